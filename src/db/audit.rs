//! The append-only audit log with its SHA-256 hash chain.

use anyhow::{Context, Result};
use rusqlite::{Connection, params};
use serde::Serialize;

use crate::db::setting;
use crate::domain::text::sha256_hex;

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

fn row_hash(prev: &str, id: i64, e: &NewEntry) -> String {
    let text = format!(
        "{prev}\n{id}\n{}\n{}\n{}\n{}\n{}\n{}",
        e.at, e.actor, e.action, e.entity, e.entity_id, e.summary
    );
    sha256_hex(text.as_bytes())
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
    let mut stmt = conn.prepare_cached("SELECT * FROM audit_log ORDER BY id")?;
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
        let e = entry(r)?;
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
