//! The database file: opening (pragmas, permissions), migrations, and one module per table
//! family. The only place with SQL.

pub mod audit;
pub mod bulk;
pub mod case;
pub mod composition;
pub mod feedback;
pub mod gate;
pub mod meeting;
pub mod migrate;
pub mod remind;
pub mod setting;
pub mod stats;

use std::fs;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags};

use crate::error::fail_hint;

/// Opens an existing database: pragmas, then migrations.
pub fn open(path: &Path) -> Result<Connection> {
    if !path.exists() {
        return Err(fail_hint(
            format!("no database at {}", path.display()),
            "create one with `livcr init`, or point to yours with --db PATH or LIVCR_DB",
        ));
    }
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("cannot open database {}", path.display()))?;
    configure(&conn).with_context(|| format!("cannot configure database {}", path.display()))?;
    migrate::migrate(&mut conn).with_context(|| format!("database {}", path.display()))?;
    Ok(conn)
}

/// Creates a new database file (mode 0600, in a folder created 0700), refusing to overwrite.
pub fn create(path: &Path) -> Result<Connection> {
    if path.exists() {
        return Err(fail_hint(
            format!("a database already exists at {}", path.display()),
            "livcr never overwrites a database; use it as it is, or choose another path with --db",
        ));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("cannot create folder {}", dir.display()))?;
    }
    // Create the file ourselves so that it is private from its first byte on; SQLite gives the
    // -wal and -shm files the same mode.
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create database {}", path.display()))?;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))
        .with_context(|| format!("cannot set the mode of {}", path.display()))?;
    let mut conn = Connection::open(path)
        .with_context(|| format!("cannot open database {}", path.display()))?;
    configure(&conn)?;
    migrate::migrate(&mut conn).with_context(|| format!("database {}", path.display()))?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        anyhow::bail!("journal_mode WAL refused (got {mode})");
    }
    Ok(())
}

/// Copies the live database to `dest` with SQLite's online backup.
pub fn backup_to(conn: &Connection, dest: &Path) -> Result<()> {
    let mut out = Connection::open(dest)
        .with_context(|| format!("cannot create backup {}", dest.display()))?;
    let backup = rusqlite::backup::Backup::new(conn, &mut out)?;
    backup.run_to_completion(256, Duration::from_millis(0), None)?;
    Ok(())
}

/// Writes the WAL back into the main file and truncates it, so that deleted content does not
/// linger in the -wal file (purge).
/// Returns false when another connection kept the checkpoint from completing.
pub fn checkpoint(conn: &Connection) -> Result<bool> {
    let busy: i64 = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
        .context("checkpointing the write-ahead log")?;
    Ok(busy == 0)
}
