//! Schema migrations: an ordered ladder of steps, each applied in its own transaction that
//! bumps `PRAGMA user_version`. Never edit a released step; add a new one.

use anyhow::{Context, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior, params};

use crate::domain::municipality::{MERGER_DATE, reference};
use crate::error::fail_hint;

type Step = fn(&Transaction) -> Result<()>;

/// The steps, in order; step i brings the file to user_version i + 1.
const STEPS: &[Step] = &[
    step1, step2, step3, step4, step5, step6, step7, step8, step9,
];

/// The schema version this program writes.
pub const LATEST: i64 = STEPS.len() as i64;

/// Migration 1: `schema.sql`, then the municipality reference data.
fn step1(tx: &Transaction) -> Result<()> {
    tx.execute_batch(include_str!("../../schema.sql"))
        .with_context(|| crate::t!("file-migrate-applying", file = "schema.sql"))?;
    let refs = reference()?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO municipality (nis, name_nl, name_fr, name_de, arrondissement_nis,
             province_nis, region, valid_from)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for m in &refs.municipalities {
        insert.execute(params![
            m.nis,
            m.name_nl,
            m.name_fr,
            m.name_de,
            m.arrondissement_nis,
            m.province_nis,
            m.region,
            m.valid_from
        ])?;
    }
    let mut merger = tx.prepare_cached(
        "INSERT INTO municipality_merger (old_nis, old_name, new_nis, merged_on)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for g in &refs.mergers {
        merger.execute(params![g.old_nis, g.old_name, g.new_nis, MERGER_DATE])?;
    }
    Ok(())
}

/// Runs one file of `migrations/` (embedded in the binary) in `tx`, naming it on failure.
macro_rules! apply {
    ($tx:expr, $file:literal) => {
        $tx.execute_batch(include_str!(concat!("../../migrations/", $file)))
            .with_context(|| {
                crate::t!(
                    "file-migrate-applying",
                    file = concat!("migrations/", $file)
                )
            })
    };
}

/// Migration 2: cases, their journal and actions, what purge keeps.
fn step2(tx: &Transaction) -> Result<()> {
    apply!(tx, "0002_cases.sql")
}

/// Migration 3: meetings, agendas, attendance, decisions.
fn step3(tx: &Transaction) -> Result<()> {
    apply!(tx, "0003_meetings.sql")
}

/// Migration 4: referrals, feedback forms with consents, the disclosure register.
fn step4(tx: &Transaction) -> Result<()> {
    apply!(tx, "0004_referrals.sql")
}

/// Migration 5: an inbound referral's feedback names the sent form that carried it (R7).
fn step5(tx: &Transaction) -> Result<()> {
    apply!(tx, "0005_referral_feedback.sql")
}

/// Migration 6: triggers that hold what the law fixed (held meetings, sent forms, registers).
fn step6(tx: &Transaction) -> Result<()> {
    apply!(tx, "0006_rules.sql")
}

/// Migration 7: the audited state of every record (`audit verify --deep`).
fn step7(tx: &Transaction) -> Result<()> {
    apply!(tx, "0007_file.sql")
}

/// Migration 8: indexes for `remind` over the whole file and for one cell.
fn step8(tx: &Transaction) -> Result<()> {
    apply!(tx, "0008_indexes.sql")
}

/// Migration 9: an agenda number, once given in a meeting, is never given again in it.
fn step9(tx: &Transaction) -> Result<()> {
    apply!(tx, "0009_agenda_numbers.sql")
}

/// The file's schema version.
pub fn version(conn: &Connection) -> Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .with_context(|| crate::t!("file-migrate-reading-version"))
}

/// Brings the file up to [`LATEST`], refusing a file written by a newer livcr.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current = version(conn)?;
    refuse_newer(current)?;
    for (i, step) in STEPS.iter().enumerate().skip(current.max(0) as usize) {
        let target = i as i64 + 1;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        step(&tx).with_context(|| crate::t!("file-migrate-step", version = target.to_string()))?;
        tx.pragma_update(None, "user_version", target)?;
        // Marks the file as livcr's, so that nothing else is ever opened as one.
        tx.pragma_update(None, "application_id", crate::db::file::APPLICATION_ID)?;
        tx.commit()
            .with_context(|| crate::t!("file-migrate-commit", version = target.to_string()))?;
    }
    Ok(())
}

/// One object of a file's schema: type, name, table and its SQL, as `sqlite_master` holds it.
pub type SchemaObject = (String, String, String, Option<String>);

/// The schema objects of `conn`'s main database, by type and name. Left out: what SQLite makes
/// by itself as a file is used, exactly as it makes it (the tables of the AUTOINCREMENT
/// counters and of the planner's statistics, with SQLite's own definition; the indexes of
/// UNIQUE and PRIMARY KEY constraints, which have no SQL and follow their tables); any other
/// object, whatever its name, counts (a trigger slipped in through `writable_schema` under a
/// name SQLite keeps for itself, `sqlite_stat4` included).
pub fn schema(conn: &Connection) -> Result<Vec<SchemaObject>> {
    let mut stmt = conn.prepare_cached(SCHEMA)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<Vec<SchemaObject>>>()?;
    Ok(rows)
}

/// The statement of [`schema`].
const SCHEMA: &str = "SELECT type, name, tbl_name, sql FROM main.sqlite_master
     WHERE NOT ((type = 'table' AND tbl_name = name AND sql IN (
                    'CREATE TABLE sqlite_sequence(name,seq)',
                    'CREATE TABLE sqlite_stat1(tbl,idx,stat)',
                    'CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)'))
                OR (type = 'index' AND sql IS NULL
                    AND name LIKE 'sqlite\\_autoindex\\_%' ESCAPE '\\'))
     ORDER BY type, name";

/// SHA-256 of a schema: what [`EXPECTED_SCHEMA`] is compared with.
pub fn fingerprint(objects: &[SchemaObject]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for (kind, name, table, sql) in objects {
        for field in [kind.as_str(), name, table, sql.as_deref().unwrap_or("")] {
            add_field(&mut h, field.as_bytes());
        }
    }
    crate::db::audit::hex(&h.finalize())
}

fn add_field(h: &mut sha2::Sha256, field: &[u8]) {
    use sha2::Digest;
    h.update((field.len() as u64).to_be_bytes());
    h.update(field);
}

/// The [`fingerprint`] of `conn`'s schema, hashed as its rows are read (before each write:
/// copying its hundred objects first cost a tenth of a millisecond). `None` when a field is
/// neither text nor NULL: [`schema`] says what is wrong.
fn read_fingerprint(conn: &Connection) -> Result<Option<String>> {
    use rusqlite::types::ValueRef;
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let mut stmt = conn.prepare_cached(SCHEMA)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        for i in 0..4 {
            match r.get_ref(i)? {
                ValueRef::Text(text) => add_field(&mut h, text),
                ValueRef::Null if i == 3 => add_field(&mut h, b""),
                _ => return Ok(None),
            }
        }
    }
    Ok(Some(crate::db::audit::hex(&h.finalize())))
}

/// The fingerprint of the schema the steps make (tables, indexes, and the triggers that keep
/// the rules). A test compares it with a new file's; change it with a new step.
pub const EXPECTED_SCHEMA: &str =
    "cf8dc3911b0b73502fad19651c34f1072ec1fc8db9e09a7bc679911d11760532";

/// The schema the steps make, as an empty file migrated in memory holds it (built once).
pub fn expected_schema() -> Result<&'static [SchemaObject]> {
    static EXPECTED: std::sync::OnceLock<std::result::Result<Vec<SchemaObject>, String>> =
        std::sync::OnceLock::new();
    EXPECTED
        .get_or_init(|| {
            (|| -> Result<Vec<SchemaObject>> {
                let mut conn = Connection::open_in_memory()?;
                migrate(&mut conn)?;
                schema(&conn)
            })()
            .map_err(|e| format!("{e:#}"))
        })
        .as_deref()
        .map_err(|e| anyhow::anyhow!("{e}"))
}

/// How a schema object differs from the one livcr makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Added,
    Missing,
    Altered,
}

/// One object that differs: how, its type and its name.
pub type SchemaChange = (Change, String, String);

/// How the schema of `conn` differs from the one livcr makes: each object added, missing or
/// changed outside livcr (a trigger planted or dropped, an index or column changed). Empty
/// when they are the same.
pub fn schema_changes(conn: &Connection) -> Result<Vec<SchemaChange>> {
    if read_fingerprint(conn)?.as_deref() == Some(EXPECTED_SCHEMA) {
        return Ok(Vec::new());
    }
    let found = schema(conn)?;
    let expected = expected_schema()?;
    let same_object = |a: &SchemaObject, b: &SchemaObject| a.0 == b.0 && a.1 == b.1;
    let mut changes = Vec::new();
    for o in &found {
        match expected.iter().find(|e| same_object(e, o)) {
            None => changes.push((Change::Added, o.0.clone(), o.1.clone())),
            Some(e) if e != o => changes.push((Change::Altered, o.0.clone(), o.1.clone())),
            Some(_) => {}
        }
    }
    for e in expected {
        if !found.iter().any(|o| same_object(o, e)) {
            changes.push((Change::Missing, e.0.clone(), e.1.clone()));
        }
    }
    Ok(changes)
}

/// Refuses to write into a file whose schema was changed outside livcr: a trigger planted there
/// would make livcr's own writes carry changes nobody asked for, audited as livcr's, and a rule
/// trigger dropped would let a write through that the rules refuse. Called when a write
/// transaction begins (`context::begin`).
pub fn check_schema(conn: &Connection) -> Result<()> {
    // The purge marker switches the rule triggers off: found between commands, it was set
    // outside livcr, as good as a trigger dropped.
    if crate::db::case::purge_marker_left(conn)? {
        return Err(fail_hint(
            crate::t!("file-purge-marker-left"),
            crate::t!("file-schema-changed-hint"),
        ));
    }
    let changes = schema_changes(conn)?;
    if changes.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = changes
        .iter()
        .map(|(change, kind, name)| {
            let (kind, name) = (kind.as_str(), name.as_str());
            match change {
                Change::Added => crate::t!("file-schema-added", kind = kind, name = name),
                Change::Missing => crate::t!("file-schema-missing", kind = kind, name = name),
                Change::Altered => crate::t!("file-schema-altered", kind = kind, name = name),
            }
        })
        .collect();
    Err(fail_hint(
        crate::t!("file-schema-changed", changes = list.join("; ")),
        crate::t!("file-schema-changed-hint"),
    ))
}

/// Refuses a file written by a newer livcr.
pub fn refuse_newer(current: i64) -> Result<()> {
    if current > LATEST {
        return Err(fail_hint(
            crate::t!(
                "file-db-newer",
                version = current.to_string(),
                latest = LATEST.to_string()
            ),
            crate::t!("file-db-newer-hint"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fingerprint livcr checks before each write is that of the schema its steps make.
    #[test]
    fn the_expected_schema_is_the_one_the_steps_make() {
        let found = fingerprint(expected_schema().unwrap());
        assert_eq!(
            found, EXPECTED_SCHEMA,
            "the steps make another schema: set EXPECTED_SCHEMA to {found}"
        );
        // Triggers are part of it (the rules they keep).
        assert!(
            expected_schema()
                .unwrap()
                .iter()
                .any(|o| o.0 == "trigger" && o.1 == "meeting_held_frozen")
        );
    }

    /// The fingerprint hashed as the rows are read is the one of the objects read: on the
    /// schema livcr makes, on one changed outside it, and on a NULL where text belongs.
    #[test]
    fn the_fingerprint_read_row_by_row_is_that_of_the_objects() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(
            read_fingerprint(&conn).unwrap().as_deref(),
            Some(EXPECTED_SCHEMA)
        );
        conn.execute_batch(
            "CREATE TRIGGER planted AFTER INSERT ON case_event BEGIN SELECT 1; END;
             DROP INDEX feedback_form_by_status;",
        )
        .unwrap();
        let read = read_fingerprint(&conn).unwrap().unwrap();
        assert_ne!(read, EXPECTED_SCHEMA);
        assert_eq!(read, fingerprint(&schema(&conn).unwrap()));
        assert_eq!(schema_changes(&conn).unwrap().len(), 2);
        conn.execute_batch(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_master SET tbl_name = NULL WHERE name = 'planted';
             PRAGMA writable_schema = OFF;",
        )
        .unwrap();
        assert_eq!(read_fingerprint(&conn).unwrap(), None);
        assert!(check_schema(&conn).is_err());
    }

    #[test]
    fn each_step_applies_on_an_empty_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        let n: i64 = conn
            .query_row("SELECT count(*) FROM municipality", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 565);
        let fk: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(fk, 0);
        // Running again is a no-op.
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
    }

    /// A file written by each earlier version upgrades to the latest with its data kept.
    #[test]
    fn each_upgrade_step_keeps_the_data() {
        for from in 1..LATEST {
            let mut conn = Connection::open_in_memory().unwrap();
            conn.pragma_update(None, "foreign_keys", "ON").unwrap();
            for (i, step) in STEPS.iter().enumerate().take(from as usize) {
                let tx = conn.transaction().unwrap();
                step(&tx).unwrap();
                tx.pragma_update(None, "user_version", i as i64 + 1)
                    .unwrap();
                tx.commit().unwrap();
            }
            conn.execute(
                "INSERT INTO cell (code, name, established_on, lang, retention_months,
                     review_weeks, created_at)
                 VALUES ('OLD', 'Old cell', '2024-01-01', 'nl', 24, 12, 'x')",
                [],
            )
            .unwrap();
            migrate(&mut conn).unwrap();
            assert_eq!(version(&conn).unwrap(), LATEST, "from {from}");
            let n: i64 = conn
                .query_row("SELECT count(*) FROM cell WHERE code = 'OLD'", [], |r| {
                    r.get(0)
                })
                .unwrap();
            assert_eq!(n, 1, "from {from}");
            for table in ["case_file", "meeting", "feedback_form", "disclosure"] {
                conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
                    r.get::<_, i64>(0)
                })
                .unwrap();
            }
        }
    }

    #[test]
    fn newer_database_is_refused_naming_both_versions() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", LATEST + 5)
            .unwrap();
        let msg = migrate(&mut conn).unwrap_err().to_string();
        assert!(msg.contains(&format!("{}", LATEST + 5)), "{msg}");
        assert!(msg.contains(&format!("up to {LATEST}")), "{msg}");
    }
}
