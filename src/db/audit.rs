//! The append-only audit log with its SHA-256 hash chain.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::db::setting;

/// The hash that stands before the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One audit row.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub summary: String,
    pub prev_hash: String,
    pub hash: String,
}

/// What a new row says. The summary never holds free text typed by a user.
pub struct NewEntry<'a> {
    pub at: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: &'a str,
    pub summary: &'a str,
}

/// Lower-case hex of bytes, through a lookup table (verify hashes every row).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

/// The row's hash. `records` joins the chain only when set (rows written before schema
/// version 5 keep their hashes).
pub(crate) fn row_hash(prev: &str, id: i64, e: &NewEntry, records: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(prev.as_bytes());
    h.update(format!("\n{id}").as_bytes());
    for field in [e.at, e.actor, e.action, e.entity, e.entity_id, e.summary] {
        h.update(b"\n");
        h.update(field.as_bytes());
    }
    if !records.is_empty() {
        h.update(b"\nrecords ");
        h.update(records.as_bytes());
    }
    hex(&h.finalize())
}

/// What `verify --deep` found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DeepReport {
    /// Records compared.
    pub records: i64,
    /// One line per record that differs from its last audited state.
    pub problems: Vec<crate::i18n::Said>,
}

/// Tables whose records are not tracked: the log itself, its register, and settings (which hold
/// the chain head).
const UNTRACKED: &[&str] = &["audit_log", "record_state", "setting"];

/// A tracked table: its name and the columns that identify a record (empty: the rowid), with
/// their positions in the table.
#[derive(Debug, Clone)]
pub(crate) struct Tracked {
    pub(crate) name: String,
    pub(crate) key_cols: Vec<String>,
    pub(crate) key_pos: Vec<i32>,
}

fn has_record_state(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_state'",
        )?
        .exists([])?)
}

/// Every tracked table with its primary key columns, read from the schema in one statement.
pub(crate) fn tracked_tables(conn: &Connection) -> Result<Vec<Tracked>> {
    // (table, pk position, column name, declared type) of the primary key columns; a table
    // without a declared key comes once with a NULL position.
    let mut stmt = conn.prepare_cached(
        "SELECT m.name, p.pk, p.name, p.type, p.cid
         FROM sqlite_master m LEFT JOIN pragma_table_xinfo(m.name) p ON p.pk > 0
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
         ORDER BY m.name, p.pk",
    )?;
    let mut rows = stmt.query([])?;
    type Pk = Vec<(String, String, i32)>;
    let mut found: Vec<(String, Pk)> = Vec::new();
    while let Some(r) = rows.next()? {
        let name: String = r.get(0)?;
        if UNTRACKED.contains(&name.as_str()) {
            continue;
        }
        if found.last().is_none_or(|(n, _)| *n != name) {
            found.push((name, Vec::new()));
        }
        if let (Some(col), Some(ty), Some(cid)) =
            (r.get::<_, Option<String>>(2)?, r.get(3)?, r.get(4)?)
            && let Some((_, pk)) = found.last_mut()
        {
            pk.push((col, ty, cid));
        }
    }
    Ok(found
        .into_iter()
        .map(|(name, pk)| {
            let rowid_alias = pk.len() == 1 && pk[0].1.eq_ignore_ascii_case("INTEGER");
            let (key_cols, key_pos) = if pk.is_empty() || rowid_alias || pk.len() > 2 {
                (Vec::new(), Vec::new())
            } else {
                pk.into_iter().map(|(n, _, cid)| (n, cid)).unzip()
            };
            Tracked {
                name,
                key_cols,
                key_pos,
            }
        })
        .collect())
}

/// The tracked tables of the schema livcr makes (`migrate::EXPECTED_SCHEMA`), with their key
/// columns and positions: what [`tracked_tables`] reads from a file whose schema is that one
/// (a test compares them on a new file). Reading them from the schema cost a million
/// instructions, a fifth of a millisecond, at every write.
const LIVCR_TABLES: &[(&str, &[(&str, i32)])] = &[
    ("action", &[]),
    ("agenda_item", &[]),
    ("agenda_number", &[]),
    ("attendance", &[("meeting_id", 0), ("person_id", 1)]),
    ("case_event", &[]),
    ("case_file", &[]),
    ("cell", &[]),
    ("cell_municipality", &[]),
    ("destruction", &[]),
    ("disclosure", &[]),
    ("feedback_confirmation", &[("form_id", 0), ("person_id", 1)]),
    ("feedback_consent", &[("form_id", 0), ("person_id", 1)]),
    ("feedback_form", &[]),
    ("item_participant", &[("item_id", 0), ("person_id", 1)]),
    ("kept_count", &[]),
    ("meeting", &[]),
    ("membership", &[]),
    ("municipality", &[("nis", 0)]),
    ("municipality_merger", &[("old_nis", 0)]),
    ("organisation", &[]),
    ("person", &[]),
    ("referral", &[]),
];

/// [`LIVCR_TABLES`] as [`Tracked`] values.
fn livcr_tables() -> Vec<Tracked> {
    LIVCR_TABLES
        .iter()
        .map(|(name, key)| Tracked {
            name: name.to_string(),
            key_cols: key.iter().map(|(c, _)| c.to_string()).collect(),
            key_pos: key.iter().map(|(_, p)| *p).collect(),
        })
        .collect()
}

/// Where [`track_writes`] finds the tracked tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// `migrate::check_schema` has just passed on the connection: the schema is the one livcr
    /// makes, whose tables are known.
    Checked,
    /// Read them from the file's schema.
    Read,
}

/// Key expressions of a record for `prefix` (`new.`, `old.` or empty).
pub(crate) fn key_exprs(t: &Tracked, prefix: &str) -> (String, String) {
    match t.key_cols.as_slice() {
        [] => (format!("{prefix}rowid"), "NULL".into()),
        [a] => (format!("{prefix}\"{a}\""), "NULL".into()),
        [a, b, ..] => (format!("{prefix}\"{a}\""), format!("{prefix}\"{b}\"")),
    }
}

/// Records which rows a write touches (SQLite's pre-update hook on this connection only, see
/// [`super::tracking`], so a plain SQLite client's edits are not recorded), for [`append`] to
/// hash. On a file whose records were never hashed, queues every record once (the baseline).
///
/// Called when a write transaction begins (`context::begin`), not when the file is opened: a
/// command that only reads sets up nothing. Once per connection; later calls return at once.
pub fn track_writes(conn: &Connection, schema: Schema) -> Result<()> {
    if is_tracking(conn)? {
        // A new transaction on a recording connection: start from an empty list (and queue the
        // baseline again if the transaction that was to take it rolled back).
        super::tracking::reset(conn);
    } else {
        if !has_record_state(conn)? {
            return Ok(());
        }
        let tables = match schema {
            Schema::Checked => livcr_tables(),
            Schema::Read => tracked_tables(conn)?,
        };
        super::tracking::start(conn, tables).with_context(|| crate::t!("file-audit-tracking"))?;
    }
    if !baselined(conn)? {
        for t in &super::tracking::tables(conn).unwrap_or_default() {
            let (k1, k2) = key_exprs(t, "");
            let mut stmt = conn.prepare(&format!("SELECT {k1}, {k2} FROM main.\"{}\"", t.name))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                super::tracking::push(
                    conn,
                    super::tracking::Touched {
                        table: t.name.clone(),
                        k1: r.get(0)?,
                        k2: r.get(1)?,
                        before: super::tracking::Before::Unknown,
                    },
                );
            }
        }
    }
    Ok(())
}

/// True when the file's records have been audited once (their baseline taken): the baseline
/// mark is set, or the audit log's last row carries the records' sum. The second test is the
/// one that counts: the mark is a setting anybody with the file can delete, and a missing mark
/// must not make the next write take a new baseline over records edited outside livcr.
fn baselined(conn: &Connection) -> Result<bool> {
    if setting::get(conn, "record_baseline")?.is_some() {
        return Ok(true);
    }
    let last: Option<Option<String>> = conn
        .prepare_cached("SELECT records FROM audit_log ORDER BY id DESC LIMIT 1")?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(last.flatten().as_deref().and_then(parse_sum).is_some())
}

/// True once [`track_writes`] ran on this connection.
fn is_tracking(conn: &Connection) -> Result<bool> {
    Ok(super::tracking::active(conn))
}

/// Prepares a transaction whose only write is its audit row (a view of case text, a document
/// or an export produced): no record is touched, so the triggers of [`track_writes`] are not needed and the row
/// carries the running sum on. A file whose records were never audited is tracked as for any
/// write, so that its first audit row takes the baseline.
pub fn track_audit_only(conn: &Connection) -> Result<()> {
    // Nothing is written but the audit row: what the connection recorded before belongs to
    // earlier transactions.
    super::tracking::reset(conn);
    if has_record_state(conn)? && !baselined(conn)? {
        track_writes(conn, Schema::Read)?;
    }
    AUDIT_ONLY_FROM.set(Some(conn.total_changes()));
    Ok(())
}

thread_local! {
    /// The connection's count of changed rows when an audit-only transaction began: the audit
    /// row that ends it checks that nothing was written since.
    static AUDIT_ONLY_FROM: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

fn key_text(v: rusqlite::types::ValueRef) -> String {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Blob(b) => hex(b),
    }
}

fn select_one(t: &Tracked) -> String {
    match t.key_cols.as_slice() {
        [] => format!("SELECT * FROM main.\"{}\" WHERE rowid = ?1", t.name),
        [a] => format!("SELECT * FROM main.\"{}\" WHERE \"{a}\" = ?1", t.name),
        [a, b, ..] => format!(
            "SELECT * FROM main.\"{}\" WHERE \"{a}\" = ?1 AND \"{b}\" = ?2",
            t.name
        ),
    }
}

pub(crate) fn record_key(k1: rusqlite::types::ValueRef, k2: rusqlite::types::ValueRef) -> String {
    match k2 {
        rusqlite::types::ValueRef::Null => key_text(k1),
        k2 => format!("{}|{}", key_text(k1), key_text(k2)),
    }
}

/// The running sum of every audited record: Σ SHA-256(table, key, record hash) mod 2^256, as
/// big-endian bytes. Each write's audit row carries it (`sum=` in `records`), so the chain covers
/// the whole audited state: editing a record together with its `record_state` row leaves the
/// records' sum different from the one the chain holds. Adding and removing one record's term
/// costs O(1), so a write pays only for what it touched.
pub(crate) type Sum = [u8; 32];

fn term(tbl: &str, key: &str, hash: &[u8]) -> Sum {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(tbl.as_bytes());
    h.update([0]);
    h.update(key.as_bytes());
    h.update([0]);
    h.update(hash);
    h.finalize().into()
}

fn sum_add(acc: &mut Sum, t: &Sum) {
    let mut carry = 0u16;
    for i in (0..32).rev() {
        let v = u16::from(acc[i]) + u16::from(t[i]) + carry;
        acc[i] = (v & 0xff) as u8;
        carry = v >> 8;
    }
}

fn sum_sub(acc: &mut Sum, t: &Sum) {
    let mut borrow = 0i16;
    for i in (0..32).rev() {
        let mut v = i16::from(acc[i]) - i16::from(t[i]) - borrow;
        borrow = 0;
        if v < 0 {
            v += 256;
            borrow = 1;
        }
        acc[i] = v as u8;
    }
}

fn parse_sum(records: &str) -> Option<Sum> {
    let hex_sum = records
        .split_whitespace()
        .find_map(|t| t.strip_prefix("sum="))?;
    if hex_sum.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(hex_sum.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// The sum carried by audit row `id`, if it carries one.
fn row_sum(conn: &Connection, id: i64) -> Result<Option<Sum>> {
    let records: Option<String> = conn
        .prepare_cached("SELECT records FROM audit_log WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(records.as_deref().and_then(parse_sum))
}

/// The sum of the `record_state` register as it stands (streamed).
pub(crate) fn state_sum(conn: &Connection) -> Result<Sum> {
    let mut acc = [0u8; 32];
    let mut stmt = conn.prepare_cached("SELECT tbl, key, hash FROM record_state")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let tbl: String = r.get(0)?;
        let key: String = r.get(1)?;
        let hash: Vec<u8> = r.get(2)?;
        sum_add(&mut acc, &term(&tbl, &key, &hash));
    }
    Ok(acc)
}

/// Hashes the records touched since the last audit row, stores their state under audit row
/// `id`, and returns what the row carries: the SHA-256 of the sorted list (when something was
/// touched), then `sum=` and the running sum of every audited record.
fn absorb(conn: &Connection, id: i64, prev_id: i64, with_records: bool) -> Result<String> {
    if !with_records {
        return Ok(String::new());
    }
    if !is_tracking(conn)? {
        // An audit-only transaction (`track_audit_only`): nothing may have been written since
        // it began, so the audited state is the previous row's and the new row carries its sum.
        if AUDIT_ONLY_FROM.take() != Some(conn.total_changes()) {
            anyhow::bail!(crate::t!("file-audit-untracked"));
        }
        let sum = match row_sum(conn, prev_id)? {
            Some(s) => s,
            None => state_sum(conn)?,
        };
        return Ok(format!("sum={}", hex(&sum)));
    }
    // The previous row's sum; a file audited before sums were kept starts from its register.
    let mut sum = match row_sum(conn, prev_id)? {
        Some(s) => s,
        None => state_sum(conn)?,
    };
    let touched = super::tracking::take(conn).unwrap_or_else(|| Ok(Vec::new()))?;
    let mut lines: Vec<String> = Vec::new();
    {
        let mut upsert = conn.prepare_cached(
            "INSERT INTO record_state (tbl, key, hash, audit_id) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (tbl, key) DO UPDATE SET hash = excluded.hash, audit_id = excluded.audit_id",
        )?;
        let mut delete =
            conn.prepare_cached("DELETE FROM record_state WHERE tbl = ?1 AND key = ?2")?;
        for r in &touched {
            let tbl = &r.table;
            let Some(t) = super::tracking::table(conn, tbl) else {
                continue;
            };
            let key = record_key((&r.k1).into(), (&r.k2).into());
            let audited = audited_state(conn, tbl, &key)?;
            unchanged_since_audited(tbl, &key, &r.before, audited.as_ref())?;
            if let Some((b, _)) = &audited {
                sum_sub(&mut sum, &term(tbl, &key, b));
            }
            let mut stmt = conn.prepare_cached(&select_one(&t))?;
            let columns = stmt.column_count();
            let params: Vec<&rusqlite::types::Value> = if t.key_cols.len() == 2 {
                vec![&r.k1, &r.k2]
            } else {
                vec![&r.k1]
            };
            let mut found = stmt.query(rusqlite::params_from_iter(params))?;
            match found.next()? {
                Some(row) => {
                    let h = canonical(tbl, row, 0, columns)?;
                    sum_add(&mut sum, &term(tbl, &key, &h));
                    upsert.execute(rusqlite::params![tbl, key, h.to_vec(), id])?;
                    lines.push(format!("{tbl}\t{key}\t{}", hex(&h)));
                }
                None => {
                    delete.execute(rusqlite::params![tbl, key])?;
                    lines.push(format!("{tbl}\t{key}\t-"));
                }
            }
        }
    }
    if !baselined(conn)? {
        setting::set(conn, "record_baseline", &id.to_string())?;
    }
    let sum = format!("sum={}", hex(&sum));
    if lines.is_empty() {
        return Ok(sum);
    }
    lines.sort();
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for l in &lines {
        h.update(l.as_bytes());
        h.update(b"\n");
    }
    Ok(format!("{} {sum}", hex(&h.finalize())))
}

/// Refuses a write that touches a record changed, added or deleted outside livcr since its
/// last audited state: taking the record's new state as audited would hide the change from
/// `audit verify --deep` (the record before the write is what the pre-update hook saw).
fn unchanged_since_audited(
    tbl: &str,
    key: &str,
    before: &super::tracking::Before,
    audited: Option<&(Vec<u8>, i64)>,
) -> Result<()> {
    use super::tracking::Before;
    let what = match (before, audited) {
        (Before::Unknown, _) | (Before::Absent, None) => return Ok(()),
        (Before::Row(h), Some((a, _))) if h[..] == a[..] => return Ok(()),
        (Before::Row(_), Some((_, row))) => {
            crate::t!("audit-deep-differs", table = tbl, key = key, row = *row)
        }
        (Before::Row(_), None) => crate::t!("audit-deep-unaudited", table = tbl, key = key),
        (Before::Absent, Some((_, row))) => {
            crate::t!("audit-deep-deleted", table = tbl, key = key, row = *row)
        }
    };
    Err(crate::error::fail_hint(
        crate::t!("file-audit-changed-outside", what = what),
        crate::t!("file-audit-changed-outside-hint"),
    ))
}

/// A record's last audited state: its hash and the audit row that recorded it.
fn audited_state(conn: &Connection, tbl: &str, key: &str) -> Result<Option<(Vec<u8>, i64)>> {
    Ok(conn
        .prepare_cached("SELECT hash, audit_id FROM record_state WHERE tbl = ?1 AND key = ?2")?
        .query_row(rusqlite::params![tbl, key], |s| Ok((s.get(0)?, s.get(1)?)))
        .optional()?)
}

/// The tracked table `name` of a file whose records are audited (None otherwise, or when no
/// such table is tracked): the recording connection's own (read from the schema when its write
/// began), else read from the schema.
fn audited_table(conn: &Connection, name: &str) -> Result<Option<Tracked>> {
    if !has_record_state(conn)? || !baselined(conn)? {
        return Ok(None);
    }
    Ok(match super::tracking::table(conn, name) {
        Some(t) => Some(t),
        None => tracked_tables(conn)?.into_iter().find(|t| t.name == name),
    })
}

/// Refuses to rely on records changed outside livcr: every row of `table` whose first key
/// column is `first` must still be as it was last audited (or have been written by this
/// transaction), and none audited under it may be missing. For a decision that cannot be undone
/// once taken, made on records nobody writes in it (rule R7 sends a feedback form on its
/// members' answers, among the item's participants). `table` has a key of two columns.
pub fn require_audited(conn: &Connection, table: &str, first: i64) -> Result<()> {
    let Some(t) = audited_table(conn, table)? else {
        return Ok(());
    };
    let [c1, _] = t.key_cols.as_slice() else {
        anyhow::bail!("require_audited: {table} has no key of two columns"); // i18n-ok: machine
    };
    require_rows_audited(conn, &t, &format!("\"{c1}\" = ?1"), [first])?;
    // Audited under `first` but gone: deleted outside livcr (keys are `first|second`).
    let mut gone = conn.prepare_cached(&format!(
        "SELECT s.key, s.audit_id FROM record_state s
         WHERE s.tbl = ?1 AND s.key LIKE ?2 || '|%'
           AND NOT EXISTS (SELECT 1 FROM main.\"{table}\" r
                           WHERE r.\"{c1}\" || '|' || r.\"{}\" = s.key)",
        t.key_cols[1]
    ))?;
    let missing: Option<(String, i64)> = gone
        .query_row(rusqlite::params![table, first], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    if let Some((key, row)) = missing {
        unchanged_since_audited(
            table,
            &key,
            &super::tracking::Before::Absent,
            Some(&(Vec::new(), row)),
        )?;
    }
    Ok(())
}

/// [`require_audited`] for the rows of `table` that `filter` (an SQL condition with
/// parameters) selects, present ones only: a seat a rule judges on (rule R2's make-up of the
/// cell, the IO who sends a form).
fn require_rows_audited<P: rusqlite::Params>(
    conn: &Connection,
    t: &Tracked,
    filter: &str,
    params: P,
) -> Result<()> {
    let table = t.name.as_str();
    let (k1, k2) = key_exprs(t, "");
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {k1}, {k2}, * FROM main.\"{table}\" WHERE {filter}"
    ))?;
    let columns = stmt.column_count() - 2;
    let mut rows = stmt.query(params)?;
    while let Some(r) = rows.next()? {
        let (v1, v2): (rusqlite::types::Value, rusqlite::types::Value) = (r.get(0)?, r.get(1)?);
        if super::tracking::was_touched(conn, table, &v1, &v2) {
            continue;
        }
        let key = record_key(r.get_ref(0)?, r.get_ref(1)?);
        let hash = canonical(table, r, 2, columns)?;
        let audited = audited_state(conn, table, &key)?;
        let before = super::tracking::Before::Row(hash);
        unchanged_since_audited(table, &key, &before, audited.as_ref())?;
    }
    Ok(())
}

/// The seats of `column` = `value` (a cell's, a person's) as last audited, for a rule judged
/// on them: see [`require_rows_audited`].
pub fn require_seats_audited(conn: &Connection, column: &str, value: i64) -> Result<()> {
    let Some(t) = audited_table(conn, "membership")? else {
        return Ok(());
    };
    require_rows_audited(conn, &t, &format!("\"{column}\" = ?1"), [value])
}

/// Recomputes every tracked record and compares it with its last audited state: a record
/// that differs, one that exists without an audited state, and one that vanished outside livcr
/// (a purge deletes through livcr, so its records are accounted for under the purge's rows
/// and the destruction register). The sum of the current records is then compared with the sum
/// the chain's last row carries, which finds a record edited together with its `record_state`
/// row. Memory stays bounded: each table is streamed, and keys are looked up, not collected.
pub fn verify_deep(conn: &Connection) -> Result<DeepReport> {
    if !has_record_state(conn)? || !baselined(conn)? {
        return Err(crate::error::fail_hint(
            crate::t!("file-audit-no-state"),
            crate::t!("file-audit-no-state-hint"),
        ));
    }
    // One read transaction: the records, the register and the chain's head are one snapshot.
    let tx = conn.unchecked_transaction()?;
    let mut report = DeepReport::default();
    for (change, kind, name) in super::migrate::schema_changes(&tx)? {
        use super::migrate::Change;
        let (kind, name) = (kind.as_str(), name.as_str());
        report.problems.push(match change {
            Change::Added => crate::said_t!("audit-deep-schema-added", kind = kind, name = name),
            Change::Missing => {
                crate::said_t!("audit-deep-schema-missing", kind = kind, name = name)
            }
            Change::Altered => {
                crate::said_t!("audit-deep-schema-altered", kind = kind, name = name)
            }
        });
    }
    if super::case::purge_marker_left(&tx)? {
        report
            .problems
            .push(crate::said_t!("audit-deep-purge-marker"));
    }
    if setting::get(&tx, "record_baseline")?.is_none() {
        report.problems.push(crate::said_t!("audit-deep-baseline"));
    }
    let mut current = [0u8; 32];
    for t in tracked_tables(&tx)? {
        let (k1, k2) = key_exprs(&t, "");
        let mut stmt = tx.prepare(&format!("SELECT {k1}, {k2}, * FROM main.\"{}\"", t.name))?;
        let columns = stmt.column_count() - 2;
        let mut state = tx.prepare_cached(
            "SELECT hash, audit_id FROM record_state WHERE tbl = ?1 AND key = ?2",
        )?;
        let mut with_state = 0i64;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            report.records += 1;
            let key = record_key(r.get_ref(0)?, r.get_ref(1)?);
            // The canonical form skips the two key columns in front.
            let h = canonical(&t.name, r, 2, columns)?;
            sum_add(&mut current, &term(&t.name, &key, &h));
            let known: Option<(Vec<u8>, i64)> = state
                .query_row(rusqlite::params![t.name, key], |s| {
                    Ok((s.get(0)?, s.get(1)?))
                })
                .optional()?;
            match known {
                None => report.problems.push(crate::said_t!(
                    "audit-deep-unaudited",
                    table = t.name.as_str(),
                    key = key.as_str()
                )),
                Some((stored, row)) => {
                    with_state += 1;
                    if stored != h {
                        report.problems.push(crate::said_t!(
                            "audit-deep-differs",
                            table = t.name.as_str(),
                            key = key.as_str(),
                            row = row
                        ));
                    }
                }
            }
        }
        let registered: i64 = tx
            .prepare_cached("SELECT count(*) FROM record_state WHERE tbl = ?1")?
            .query_row([&t.name], |r| r.get(0))?;
        if registered > with_state {
            vanished(&tx, &t, &mut report)?;
        }
    }
    let (head_id, _) = head(&tx)?;
    if let Some(audited) = row_sum(&tx, head_id)? {
        if state_sum(&tx)? != audited {
            report
                .problems
                .push(crate::said_t!("audit-deep-register", row = head_id));
        }
        if current != audited && report.problems.is_empty() {
            report
                .problems
                .push(crate::said_t!("audit-deep-sum", row = head_id));
        }
    }
    tx.commit()?;
    Ok(report)
}

/// SHA-256 of a record's canonical form, the record being columns `from..from + columns` of
/// `r`: the table name, then each column in declared order as a type tag, a length and the
/// bytes. The one definition: writes, `verify --deep` and the demo's bulk load all use it.
pub(crate) fn canonical(
    table: &str,
    r: &rusqlite::Row,
    from: usize,
    columns: usize,
) -> Result<[u8; 32]> {
    canonical_of(table, (from..from + columns).map(|i| r.get_ref(i)))
}

/// [`canonical`] of a record given as its values in declared order (the pre-update hook reads
/// a row's values before a write changes it).
pub(crate) fn canonical_of<'a>(
    table: &str,
    values: impl Iterator<Item = rusqlite::Result<rusqlite::types::ValueRef<'a>>>,
) -> Result<[u8; 32]> {
    use rusqlite::types::ValueRef;
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(table.as_bytes());
    h.update([0]);
    for value in values {
        let (tag, bytes): (u8, &[u8]) = match value? {
            ValueRef::Null => (0, &[]),
            ValueRef::Integer(v) => {
                h.update([1]);
                h.update(8u64.to_be_bytes());
                h.update(v.to_be_bytes());
                continue;
            }
            ValueRef::Real(v) => {
                h.update([2]);
                h.update(8u64.to_be_bytes());
                h.update(v.to_bits().to_be_bytes());
                continue;
            }
            ValueRef::Text(x) => (3, x),
            ValueRef::Blob(b) => (4, b),
        };
        h.update([tag]);
        h.update((bytes.len() as u64).to_be_bytes());
        h.update(bytes);
    }
    Ok(h.finalize().into())
}

/// Names the records of `t` that have an audited state but are gone: each registered key is
/// looked up in the table (one indexed lookup each, nothing collected).
fn vanished(tx: &Connection, t: &Tracked, report: &mut DeepReport) -> Result<()> {
    let mut kept = tx.prepare_cached("SELECT key, audit_id FROM record_state WHERE tbl = ?1")?;
    let mut lookup = tx.prepare(&format!(
        "SELECT 1 FROM main.\"{}\" WHERE {} LIMIT 1",
        t.name,
        match t.key_cols.as_slice() {
            [] => "rowid = ?1 AND ?2 IS NULL".to_string(),
            [a] => format!("\"{a}\" = ?1 AND ?2 IS NULL"),
            [a, b, ..] => format!("\"{a}\" = ?1 AND \"{b}\" = ?2"),
        }
    ))?;
    let mut rows = kept.query([&t.name])?;
    while let Some(r) = rows.next()? {
        let key: String = r.get(0)?;
        let (a, b) = match (t.key_cols.len(), key.split_once('|')) {
            (2, Some((a, b))) => (a, Some(b)),
            _ => (key.as_str(), None),
        };
        // Keys are kept as text; an integer key is looked up as an integer.
        let typed = |v: &str| match v.parse::<i64>() {
            Ok(i) if i.to_string() == v => rusqlite::types::Value::Integer(i),
            _ => rusqlite::types::Value::Text(v.to_string()),
        };
        let b = b.map(typed).unwrap_or(rusqlite::types::Value::Null);
        if !lookup.exists(rusqlite::params![typed(a), b])? {
            let row: i64 = r.get(1)?;
            report.problems.push(crate::said_t!(
                "audit-deep-deleted",
                table = t.name.as_str(),
                key = key.as_str(),
                row = row
            ));
        }
    }
    Ok(())
}

fn head(conn: &Connection) -> Result<(i64, String)> {
    Ok(
        match setting::get(conn, "audit_head")?.and_then(|v| {
            let (id, hash) = v.split_once(':')?;
            Some((id.parse().ok()?, hash.to_string()))
        }) {
            Some(h) => h,
            None => (0, GENESIS.to_string()),
        },
    )
}

/// Appends one row, chained to the previous one. Runs inside the command's transaction.
pub fn append(conn: &Connection, e: &NewEntry) -> Result<i64> {
    let (last_id, prev) = head(conn)?;
    // The recorded head must be the log's last row: a head changed outside livcr would chain
    // the new row onto a row that is not there.
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if last.unwrap_or((0, GENESIS.to_string())) != (last_id, prev.clone()) {
        return Err(crate::error::fail_hint(
            crate::t!("file-audit-head-moved", row = last_id),
            crate::t!("file-audit-changed-outside-hint"),
        ));
    }
    let id = last_id + 1;
    let with_records = has_record_state(conn)?;
    let records = absorb(conn, id, last_id, with_records)?;
    let hash = row_hash(&prev, id, e, &records);
    let sql = if with_records {
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, summary, prev_hash, hash,
             records)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
    } else {
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, summary, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let mut values: Vec<&dyn rusqlite::ToSql> = vec![
        &id,
        &e.at,
        &e.actor,
        &e.action,
        &e.entity,
        &e.entity_id,
        &e.summary,
        &prev,
        &hash,
    ];
    if with_records {
        values.push(&records);
    }
    stmt.execute(values.as_slice())
        .with_context(|| crate::t!("file-audit-writing"))?;
    setting::set(conn, "audit_head", &format!("{id}:{hash}"))?;
    Ok(id)
}

fn entry(r: &rusqlite::Row) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: r.get("id")?,
        at: r.get("at")?,
        actor: r.get("actor")?,
        action: r.get("action")?,
        entity: r.get("entity")?,
        entity_id: r.get("entity_id")?,
        summary: r.get("summary")?,
        prev_hash: r.get("prev_hash")?,
        hash: r.get("hash")?,
    })
}

/// Rows since a date (inclusive, UTC), optionally for one entity kind, oldest first.
pub fn list(conn: &Connection, since: Option<&str>, entity: Option<&str>) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM audit_log
         WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR entity = ?2)
         ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![since, entity], entry)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("file-audit-reading"))?;
    Ok(rows)
}

/// The outcome of checking the chain.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub rows: i64,
    /// None when the chain holds; else the first row that breaks it and why.
    pub broken_at: Option<i64>,
    pub reason: Option<crate::i18n::Said>,
}

/// Walks the whole chain: every row's hash is recomputed, every link checked, ids must run
/// 1, 2, 3 … and the last row must be the head livcr recorded.
pub fn verify(conn: &Connection) -> Result<Verdict> {
    // One read transaction: the rows and the recorded head are one snapshot, however much
    // other processes write meanwhile.
    let tx = conn.unchecked_transaction()?;
    let verdict = verify_in(&tx)?;
    tx.commit()?;
    Ok(verdict)
}

fn verify_in(conn: &Connection) -> Result<Verdict> {
    let sql = if has_record_state(conn)? {
        "SELECT id, at, actor, action, entity, entity_id, summary, prev_hash, hash, records
         FROM audit_log ORDER BY id"
    } else {
        "SELECT id, at, actor, action, entity, entity_id, summary, prev_hash, hash, ''
         FROM audit_log ORDER BY id"
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_string();
    let mut expected_id = 1;
    let mut count = 0;
    let broken = |id: i64, count: i64, reason: crate::i18n::Said| Verdict {
        rows: count,
        broken_at: Some(id),
        reason: Some(reason),
    };
    while let Some(r) = rows.next()? {
        let e = Entry {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            entity: r.get(4)?,
            entity_id: r.get(5)?,
            summary: r.get(6)?,
            prev_hash: r.get(7)?,
            hash: r.get(8)?,
        };
        let records: String = r.get(9)?;
        count += 1;
        if e.id != expected_id {
            let reason = if e.id > expected_id {
                crate::said_t!("audit-broken-missing-row", row = expected_id)
            } else {
                crate::said_t!("audit-broken-order")
            };
            return Ok(broken(expected_id, count, reason));
        }
        if e.prev_hash != prev {
            return Ok(broken(e.id, count, crate::said_t!("audit-broken-link")));
        }
        let computed = row_hash(
            &prev,
            e.id,
            &NewEntry {
                at: &e.at,
                actor: &e.actor,
                action: &e.action,
                entity: &e.entity,
                entity_id: &e.entity_id,
                summary: &e.summary,
            },
            &records,
        );
        if computed != e.hash {
            return Ok(broken(e.id, count, crate::said_t!("audit-broken-hash")));
        }
        prev = e.hash;
        expected_id += 1;
    }
    let (head_id, head_hash) = head(conn)?;
    if head_id != expected_id - 1 || head_hash != prev {
        let first_missing = expected_id.min(head_id);
        return Ok(broken(
            first_missing.max(1),
            count,
            crate::said_t!("audit-broken-end", last = expected_id - 1, head = head_id),
        ));
    }
    Ok(Verdict {
        rows: count,
        broken_at: None,
        reason: None,
    })
}

/// A point of the chain kept outside the file: row number, time and hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Anchor {
    pub row: i64,
    pub at: String,
    pub sha256: String,
}

// i18n-ok: machine (the anchor line a script reads)
const ANCHOR_TAG: &str = "livcr-anchor v1";

impl Anchor {
    /// `livcr-anchor v1 row=1234 at=2026-12-01T10:00:00Z sha256=<hex>`
    pub fn line(&self) -> String {
        format!(
            // i18n-ok: machine (the anchor line a script reads)
            "{ANCHOR_TAG} row={} at={} sha256={}",
            self.row, self.at, self.sha256
        )
    }
}

/// The chain head (the last audit row) as an anchor.
pub fn anchor(conn: &Connection) -> Result<Option<Anchor>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, at, hash FROM audit_log ORDER BY id DESC LIMIT 1")?;
    let mut rows = stmt.query([])?;
    Ok(match rows.next()? {
        Some(r) => Some(Anchor {
            row: r.get(0)?,
            at: r.get(1)?,
            sha256: r.get(2)?,
        }),
        None => None,
    })
}

/// The anchor line of the chain head, to print in the monthly manifest and the minutes:
/// `livcr-anchor v1 row=1234 at=2026-12-01T10:00:00Z sha256=<hex>`. Kept elsewhere, it lets
/// `livcr audit verify --anchor` find a log cut or rewritten after that row.
pub fn anchor_line(conn: &Connection) -> Result<String> {
    match anchor(conn)? {
        Some(a) => Ok(a.line()),
        None => Err(crate::error::fail(crate::t!("file-audit-empty"))),
    }
}

/// Every anchor line found in `text` (one line, a file of lines, a manifest in any format that
/// keeps the line whole), in order.
pub fn parse_anchors(text: &str) -> Vec<Anchor> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(ANCHOR_TAG) {
        rest = &rest[at + ANCHOR_TAG.len()..];
        let mut a = Anchor {
            row: 0,
            at: String::new(),
            sha256: String::new(),
        };
        for token in rest.split_whitespace().take(3) {
            let token = token.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
            if let Some(v) = token.strip_prefix("row=") {
                a.row = v.parse().unwrap_or(0);
            } else if let Some(v) = token.strip_prefix("at=") {
                a.at = v.to_string();
            } else if let Some(v) = token.strip_prefix("sha256=") {
                a.sha256 = v.to_ascii_lowercase();
            }
        }
        if a.row > 0 && !a.at.is_empty() && a.sha256.len() == 64 {
            found.push(a);
        }
    }
    found
}

/// Checks one anchor against the file: None when the anchored row is there unchanged, else why
/// not. Run inside the same read transaction as [`verify`] for one snapshot.
pub fn check_anchor(conn: &Connection, a: &Anchor) -> Result<Option<crate::i18n::Said>> {
    let mut stmt = conn.prepare_cached("SELECT at, hash FROM audit_log WHERE id = ?1")?;
    let mut rows = stmt.query([a.row])?;
    Ok(match rows.next()? {
        None => {
            let last: i64 = conn
                .prepare_cached("SELECT coalesce(max(id), 0) FROM audit_log")?
                .query_row([], |r| r.get(0))?;
            Some(if last < a.row {
                crate::said_t!(
                    "audit-anchor-cut",
                    row = a.row,
                    at = a.at.as_str(),
                    last = last,
                    from = last + 1
                )
            } else {
                crate::said_t!("audit-anchor-deleted", row = a.row, at = a.at.as_str())
            })
        }
        Some(r) => {
            let at: String = r.get(0)?;
            let hash: String = r.get(1)?;
            if at != a.at || hash != a.sha256 {
                Some(crate::said_t!(
                    "audit-anchor-rewritten",
                    row = a.row,
                    at = a.at.as_str()
                ))
            } else {
                None
            }
        }
    })
}

/// [`verify`] and every anchor in one read transaction.
pub fn verify_anchored(
    conn: &Connection,
    anchors: &[Anchor],
) -> Result<(Verdict, Vec<crate::i18n::Said>)> {
    let tx = conn.unchecked_transaction()?;
    let verdict = verify_in(&tx)?;
    let mut problems = Vec::new();
    for a in anchors {
        if let Some(p) = check_anchor(&tx, a)? {
            problems.push(p);
        }
    }
    tx.commit()?;
    Ok((verdict, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_matches_format() {
        let bytes: Vec<u8> = (0..=255).collect();
        let slow: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex(&bytes), slow);
    }

    fn new_file() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        drop(crate::db::create(&path).unwrap());
        (dir, path)
    }

    fn entry<'a>(action: &'a str) -> NewEntry<'a> {
        NewEntry {
            at: "2026-11-30T10:00:00Z",
            actor: "test",
            action,
            entity: "case",
            entity_id: "X",
            summary: "s",
        }
    }

    #[test]
    fn tracked_tables_read_in_one_statement_match_each_tables_key() {
        let (_dir, path) = new_file();
        let conn = Connection::open(&path).unwrap();
        let tables = tracked_tables(&conn).unwrap();
        let names: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                 ORDER BY name",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let expected: Vec<&String> = names
            .iter()
            .filter(|n| !UNTRACKED.contains(&n.as_str()))
            .collect();
        assert_eq!(tables.iter().map(|t| &t.name).collect::<Vec<_>>(), expected);
        for t in &tables {
            let mut pk: Vec<(i64, String, String)> = conn
                .prepare(&format!(
                    "SELECT pk, name, type FROM pragma_table_info('{}') WHERE pk > 0",
                    t.name
                ))
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            pk.sort();
            let alias = pk.len() == 1 && pk[0].2.eq_ignore_ascii_case("INTEGER");
            let cols: Vec<String> = if pk.is_empty() || alias || pk.len() > 2 {
                Vec::new()
            } else {
                pk.into_iter().map(|(_, n, _)| n).collect()
            };
            assert_eq!(t.key_cols, cols, "{}", t.name);
        }
        assert!(tables.iter().any(|t| t.key_cols.len() == 2));
        // The tables a checked schema is known to have are these.
        let known = livcr_tables();
        let key = |t: &Tracked| (t.name.clone(), t.key_cols.clone(), t.key_pos.clone());
        assert_eq!(
            known.iter().map(key).collect::<Vec<_>>(),
            tables.iter().map(key).collect::<Vec<_>>(),
            "LIVCR_TABLES differs from the schema livcr makes"
        );
    }

    #[test]
    fn an_audit_only_row_carries_the_sum_and_refuses_untracked_writes() {
        let (_dir, path) = new_file();
        // A write through a tracked connection: its row carries the records and the sum.
        let conn = Connection::open(&path).unwrap();
        track_writes(&conn, Schema::Read).unwrap();
        conn.execute("INSERT INTO setting (key, value) VALUES ('x', '1')", [])
            .unwrap();
        append(&conn, &entry("first")).unwrap();
        let (id, _) = head(&conn).unwrap();
        let sum = row_sum(&conn, id).unwrap().expect("a sum");
        drop(conn);
        // An audit-only row on a fresh connection: no tracking, the same sum carried on.
        let conn = Connection::open(&path).unwrap();
        track_audit_only(&conn).unwrap();
        assert!(!is_tracking(&conn).unwrap());
        append(&conn, &entry("view")).unwrap();
        let (id, _) = head(&conn).unwrap();
        assert_eq!(row_sum(&conn, id).unwrap(), Some(sum));
        let records: String = conn
            .query_row("SELECT records FROM audit_log WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(records, format!("sum={}", hex(&sum)));
        assert!(verify(&conn).unwrap().broken_at.is_none());
        assert!(verify_deep(&conn).unwrap().problems.is_empty());
        // A second audit-only row on the same connection is fine.
        track_audit_only(&conn).unwrap();
        append(&conn, &entry("view")).unwrap();
        let (id, _) = head(&conn).unwrap();
        assert_eq!(row_sum(&conn, id).unwrap(), Some(sum));
        // A row written in an audit-only transaction is refused, as is an audit row on a
        // connection that began neither kind of transaction; nothing is appended.
        track_audit_only(&conn).unwrap();
        conn.execute("INSERT INTO setting (key, value) VALUES ('y', '1')", [])
            .unwrap();
        let err = append(&conn, &entry("view")).unwrap_err();
        assert!(err.to_string().contains("without tracking"), "{err}");
        drop(conn);
        let conn = Connection::open(&path).unwrap();
        assert!(append(&conn, &entry("view")).is_err());
        assert_eq!(head(&conn).unwrap().0, id);
    }

    /// Every way SQLite changes a row reaches the audited state: a trigger's body, a foreign
    /// key's cascade, `INSERT OR REPLACE` removing the row it conflicts with, a `DELETE`
    /// without `WHERE`, a key changed by an update; a plain connection's edit does not.
    #[test]
    fn every_way_a_row_changes_is_tracked_and_a_plain_connections_edit_is_not() {
        let (_dir, path) = new_file();
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE t_parent (id INTEGER PRIMARY KEY, v TEXT NOT NULL);
             CREATE TABLE t_child (code TEXT PRIMARY KEY,
                 parent INTEGER NOT NULL REFERENCES t_parent (id) ON DELETE CASCADE, n INTEGER);
             CREATE TABLE t_pair (a TEXT, b INTEGER, note TEXT, PRIMARY KEY (a, b));
             CREATE TRIGGER t_parent_child AFTER INSERT ON t_parent BEGIN
                 INSERT INTO t_child (code, parent, n) VALUES ('c' || new.id, new.id, 0);
             END;",
        )
        .unwrap();
        drop(conn);
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        track_writes(&conn, Schema::Read).unwrap();
        // The test's own tables are schema livcr does not make: only records are looked at.
        let records = |conn: &Connection| -> Vec<String> {
            verify_deep(conn)
                .unwrap()
                .problems
                .iter()
                .map(ToString::to_string)
                .filter(|p| !p.starts_with("schema:"))
                .collect()
        };
        let clean = |conn: &Connection, step: &str| {
            let problems = records(conn);
            assert!(problems.is_empty(), "{step}: {problems:?}");
        };
        let steps: &[(&str, &str)] = &[
            (
                "trigger body",
                "INSERT INTO t_parent (id, v) VALUES (1, 'x'), (2, 'y')",
            ),
            (
                "replace",
                "INSERT OR REPLACE INTO t_child (code, parent, n) VALUES ('c1', 2, 5)",
            ),
            (
                "pair",
                "INSERT INTO t_pair VALUES ('k', 1, 'a'), ('k', 2, 'b')",
            ),
            ("key update", "UPDATE t_pair SET b = 3 WHERE b = 2"),
            (
                "upsert",
                "INSERT INTO t_pair VALUES ('k', 1, 'c') ON CONFLICT DO UPDATE SET note = excluded.note",
            ),
            ("cascade", "DELETE FROM t_parent WHERE id = 2"),
            ("truncate", "DELETE FROM t_pair"),
            ("truncate with cascade", "DELETE FROM t_parent"),
        ];
        for (step, sql) in steps {
            conn.execute_batch(sql).unwrap();
            append(&conn, &entry(step)).unwrap();
            clean(&conn, step);
        }
        conn.execute("INSERT INTO t_parent (id, v) VALUES (7, 'z')", [])
            .unwrap();
        append(&conn, &entry("again")).unwrap();
        clean(&conn, "again");
        // The same edit by a plain connection is found, and the next write does not absorb it.
        let plain = Connection::open(&path).unwrap();
        plain
            .execute("UPDATE t_parent SET v = 'edited' WHERE id = 7", [])
            .unwrap();
        drop(plain);
        conn.execute("INSERT INTO t_pair VALUES ('z', 9, 'n')", [])
            .unwrap();
        append(&conn, &entry("after")).unwrap();
        let problems = records(&conn);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("t_parent"), "{problems:?}");
    }

    #[test]
    fn anchors_are_found_in_lines_and_manifests() {
        let h = "ab".repeat(32);
        let line = format!("livcr-anchor v1 row=12 at=2026-12-01T10:00:00Z sha256={h}");
        assert_eq!(parse_anchors(&line).len(), 1);
        let json = format!("{{\"anchor\": \"{line}\"}}\n# {line}\n");
        let found = parse_anchors(&json);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].row, 12);
        assert_eq!(found[0].sha256, h);
        assert_eq!(found[0].line(), line);
        assert!(parse_anchors("livcr-anchor v1 row=x at= sha256=zz").is_empty());
    }
}
