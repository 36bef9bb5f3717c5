//! Restoring a backup THROUGH SQLite: the backup's contents replace the live file's inside one
//! write transaction on the live file, under SQLite's own locks. No file is renamed over a
//! database another process may have open, so a writer that waits for the lock writes into the
//! restored file, and one that committed before it is in the copy kept beside it.

use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::Connection;

use crate::error::fail_hint;

/// The name the backup is attached under while it is restored.
const SOURCE: &str = "livcr_restore_source";

/// Opens a candidate backup (a private copy of it) with `key` (None: a plain file) and proves the
/// key with a read. SQLite's own errors are returned as they come, for the caller to name the
/// backup rather than its copy.
pub fn open_candidate(copy: &Path, key: Option<&str>) -> Result<Connection> {
    let conn = super::file::connect(
        copy,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    if let Some(k) = key {
        conn.pragma_update(None, "key", k)?;
    }
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    Ok(conn)
}

/// The application id and schema version of an open file.
pub fn identity(conn: &Connection) -> Result<(i32, i64)> {
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok((app, version))
}

/// `PRAGMA integrity_check`: "ok" or the first problem.
pub fn integrity(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
}

/// Attaches the checked copy of the backup to the live connection and takes the write lock
/// (BEGIN IMMEDIATE): from here until [`finish`] or [`abandon`], no other livcr can write.
/// Foreign keys are off for the swap (the backup's records are whole; its triggers come last).
pub fn begin(live: &Connection, copy: &Path, key: Option<&str>) -> Result<()> {
    let copy_str = copy.to_str().ok_or_else(|| {
        anyhow::anyhow!(crate::t!(
            "file-path-not-utf8",
            path = copy.display().to_string()
        ))
    })?;
    // The restore's audit row is appended in this transaction: writes are tracked from here
    // (a connection sets up tracking when its first write transaction begins).
    super::audit::track_writes(live, super::audit::Schema::Read)?;
    live.execute_batch("PRAGMA foreign_keys = OFF")?;
    live.execute(
        &format!("ATTACH DATABASE ?1 AS {SOURCE} KEY ?2"),
        rusqlite::params![copy_str, key.unwrap_or("")],
    )
    .with_context(|| crate::t!("file-restore-attaching"))?;
    if let Err(e) = live.execute_batch("BEGIN IMMEDIATE") {
        let _ = live.execute_batch(&format!("DETACH DATABASE {SOURCE}"));
        if matches!(&e, rusqlite::Error::SqliteFailure(f, _)
            if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
        {
            return Err(fail_hint(
                crate::t!("file-restore-busy"),
                crate::t!("file-rewrite-raced-hint"),
            ));
        }
        return Err(e).with_context(|| crate::t!("file-restore-locking"));
    }
    Ok(())
}

/// Inside the transaction of [`begin`]: drops every table, view and trigger of the live file and
/// copies the backup's schema and records in (`sqlcipher_export`, which writes with the live
/// file's key), with its schema version and application id. Returns the backup's head as the
/// live file now holds it.
pub fn replace_contents(live: &Connection) -> Result<Option<super::audit::Anchor>> {
    // The backup's records are taken as they are, with their own audited state: not recorded
    // as touched (a national file's every key would be held in memory to be thrown away).
    super::tracking::pause(live, true);
    let contents = replace(live);
    super::tracking::pause(live, false);
    contents
}

fn replace(live: &Connection) -> Result<Option<super::audit::Anchor>> {
    let objects: Vec<(String, String)> = live
        .prepare(
            "SELECT type, name FROM main.sqlite_master
             WHERE type IN ('view', 'trigger', 'table') AND name NOT LIKE 'sqlite_%'
             ORDER BY CASE type WHEN 'view' THEN 0 WHEN 'trigger' THEN 1 ELSE 2 END",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (kind, name) in &objects {
        let quoted = name.replace('"', "\"\"");
        live.execute_batch(&format!(
            "DROP {} IF EXISTS main.\"{quoted}\"",
            kind.to_ascii_uppercase()
        ))
        .with_context(|| {
            crate::t!(
                "file-restore-clearing",
                kind = kind.as_str(),
                name = name.as_str()
            )
        })?;
    }
    let has_sequence = live
        .prepare("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'")?
        .exists([])?;
    if has_sequence {
        live.execute_batch("DELETE FROM main.sqlite_sequence")?;
    }
    for stat in ["sqlite_stat1", "sqlite_stat4"] {
        let there = live
            .prepare("SELECT 1 FROM main.sqlite_master WHERE name = ?1")?
            .exists([stat])?;
        if there {
            live.execute_batch(&format!("DROP TABLE main.{stat}"))?;
        }
    }
    live.query_row(
        &format!("SELECT sqlcipher_export('main', '{SOURCE}')"),
        [],
        |_| Ok(()),
    )
    .with_context(|| crate::t!("file-restore-copying"))?;
    let version: i64 =
        live.query_row(&format!("PRAGMA {SOURCE}.user_version"), [], |r| r.get(0))?;
    let app: i32 = live.query_row(&format!("PRAGMA {SOURCE}.application_id"), [], |r| r.get(0))?;
    live.execute_batch(&format!(
        "PRAGMA main.user_version = {version}; PRAGMA main.application_id = {app};"
    ))?;
    super::audit::anchor(live)
}

/// Commits the swap (with whatever the caller wrote in the same transaction) and detaches the
/// backup.
pub fn finish(live: &Connection) -> Result<()> {
    live.execute_batch("COMMIT")
        .with_context(|| crate::t!("file-restore-committing"))?;
    let _ = live.execute_batch(&format!("DETACH DATABASE {SOURCE}"));
    Ok(())
}

/// Rolls the swap back: the live file is as it was.
pub fn abandon(live: &Connection) {
    let _ = live.execute_batch("ROLLBACK");
    let _ = live.execute_batch(&format!("DETACH DATABASE {SOURCE}"));
}
