//! The append-only audit log with its SHA-256 hash chain.

use anyhow::{Context, Result};
use rusqlite::{Connection, params};
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

fn row_hash(prev: &str, id: i64, e: &NewEntry) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(prev.as_bytes());
    h.update(format!("\n{id}").as_bytes());
    for field in [e.at, e.actor, e.action, e.entity, e.entity_id, e.summary] {
        h.update(b"\n");
        h.update(field.as_bytes());
    }
    hex(&h.finalize())
}

/// What `verify --deep` found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DeepReport {
    /// Records compared.
    pub records: i64,
    /// One line per record that differs from its last audited state.
    pub problems: Vec<String>,
}

/// Not yet available: refuses rather than report a check it did not make.
pub fn verify_deep(_conn: &Connection) -> Result<DeepReport> {
    Err(crate::error::fail(
        "audit verify --deep is not available in this build yet",
    ))
}

/// Does nothing yet: the records a write touches are tracked from schema version 5 on.
pub fn track_writes(_conn: &Connection) -> Result<()> {
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
    let id = last_id + 1;
    let hash = row_hash(&prev, id, e);
    conn.prepare_cached(
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, summary, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        id,
        e.at,
        e.actor,
        e.action,
        e.entity,
        e.entity_id,
        e.summary,
        prev,
        hash
    ])
    .context("writing the audit log")?;
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
        .context("reading the audit log")?;
    Ok(rows)
}

/// The outcome of checking the chain.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub rows: i64,
    /// None when the chain holds; else the first row that breaks it and why.
    pub broken_at: Option<i64>,
    pub reason: Option<String>,
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
    let mut stmt = conn.prepare_cached(
        "SELECT id, at, actor, action, entity, entity_id, summary, prev_hash, hash
         FROM audit_log ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_string();
    let mut expected_id = 1;
    let mut count = 0;
    let broken = |id: i64, count: i64, reason: String| Verdict {
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
        count += 1;
        if e.id != expected_id {
            let reason = if e.id > expected_id {
                format!("row {expected_id} is missing (deleted?)")
            } else {
                "rows out of order".to_string()
            };
            return Ok(broken(expected_id, count, reason));
        }
        if e.prev_hash != prev {
            return Ok(broken(
                e.id,
                count,
                "its link to the previous row does not match (a row before it was changed, \
                 deleted or inserted)"
                    .to_string(),
            ));
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
        );
        if computed != e.hash {
            return Ok(broken(
                e.id,
                count,
                "its content does not match its hash (the row was changed)".to_string(),
            ));
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
            format!(
                "the log ends at row {} but livcr last wrote row {head_id} (rows deleted at the \
                 end, or the recorded head was changed)",
                expected_id - 1
            ),
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

const ANCHOR_TAG: &str = "livcr-anchor v1";

impl Anchor {
    /// `livcr-anchor v1 row=1234 at=2026-12-01T10:00:00Z sha256=<hex>`
    pub fn line(&self) -> String {
        format!(
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
        None => Err(crate::error::fail(
            "the audit log is empty: there is no row to anchor",
        )),
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
pub fn check_anchor(conn: &Connection, a: &Anchor) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached("SELECT at, hash FROM audit_log WHERE id = ?1")?;
    let mut rows = stmt.query([a.row])?;
    Ok(match rows.next()? {
        None => Some(format!(
            "anchored row {} ({}) is missing: the log was cut after row {}",
            a.row,
            a.at,
            a.row - 1
        )),
        Some(r) => {
            let at: String = r.get(0)?;
            let hash: String = r.get(1)?;
            if at != a.at || hash != a.sha256 {
                Some(format!(
                    "anchored row {} ({}) differs from the anchor: the log was rewritten",
                    a.row, a.at
                ))
            } else {
                None
            }
        }
    })
}

/// [`verify`] and every anchor in one read transaction.
pub fn verify_anchored(conn: &Connection, anchors: &[Anchor]) -> Result<(Verdict, Vec<String>)> {
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
