//! The `setting` key/value table.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    conn.prepare_cached("SELECT value FROM setting WHERE key = ?1")?
        .query_row(params![key], |r| r.get("value"))
        .optional()
        .with_context(|| crate::t!("file-setting-reading", key = key))
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])
    .with_context(|| crate::t!("file-setting-writing", key = key))?;
    Ok(())
}
