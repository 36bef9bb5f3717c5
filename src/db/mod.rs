//! The database file: opening (what the path holds, the key, pragmas, migrations), and one
//! module per table family. The only place with SQL.

pub mod audit;
pub mod bulk;
pub mod case;
pub mod composition;
pub mod feedback;
pub mod file;
pub mod gate;
pub mod meeting;
pub mod migrate;
pub(crate) mod random;
pub mod remind;
pub mod restore;
pub mod setting;
pub mod stats;
mod tracking;

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags};

use crate::error::fail_hint;
use file::{APPLICATION_ID, Found};

/// A row read by column name, in the order its query gives the columns: each name is first
/// compared with the column after the last one read, and only then searched for (rusqlite's
/// search compares the name with every column's until it matches: about a thousand
/// instructions per value on a wide row, a tenth of `case list`).
pub(crate) struct ByName<'a, 'r> {
    row: &'a rusqlite::Row<'r>,
    next: std::cell::Cell<usize>,
}

impl<'a, 'r> ByName<'a, 'r> {
    pub(crate) fn new(row: &'a rusqlite::Row<'r>) -> Self {
        ByName {
            row,
            next: std::cell::Cell::new(0),
        }
    }

    /// The value of column `name` (as [`rusqlite::Row::get`] with a name).
    pub(crate) fn get<T: rusqlite::types::FromSql>(&self, name: &str) -> rusqlite::Result<T> {
        let stmt: &rusqlite::Statement = self.row.as_ref();
        let at = self.next.get();
        let i = match stmt.column_name(at) {
            Ok(n) if n.eq_ignore_ascii_case(name) => at,
            _ => stmt.column_index(name)?,
        };
        // rusqlite's answer is the first column of that name: a query with two columns of one
        // name read by it would read another column here. The test builds check every read.
        debug_assert_eq!(stmt.column_index(name).ok(), Some(i), "column {name}");
        self.next.set(i + 1);
        self.row.get(i)
    }
}

/// How long a command waits for another livcr's write to finish before it gives up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// What the caller will do with the file: only a writer may upgrade an older schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// Where the key of an encrypted file comes from: asked only when the file is encrypted.
pub type KeyFn<'a> = &'a mut dyn FnMut() -> Result<String>;

/// An open livcr file.
pub struct Opened {
    pub conn: Connection,
    /// The key it was opened with (None: a plain file).
    pub key: Option<String>,
}

/// Opens an existing livcr database. Refuses, without writing a byte, anything that is not a
/// livcr file (an empty file, another program's database, not a database). A file of an older
/// schema is upgraded only with [`Access::Write`], after a copy `*.before-upgrade-vN` beside it.
pub fn open_with(path: &Path, access: Access, key: KeyFn) -> Result<Opened> {
    let found = file::sniff(path)?;
    let (conn, key) = match found {
        Found::Missing => {
            return Err(fail_hint(
                crate::t!("db-missing", path = path.display().to_string()),
                crate::t!("db-missing-hint"),
            ));
        }
        Found::Empty => return Err(file::not_livcr(path, &crate::t!("db-kind-empty"))),
        Found::Plain {
            app_id,
            user_version,
        } => {
            if app_id != APPLICATION_ID
                && !(app_id == 0 && file::is_legacy_livcr(path, user_version)?)
            {
                let what = if app_id == 0 {
                    crate::t!("db-kind-other-sqlite")
                } else {
                    crate::t!("db-kind-other-sqlite-id", id = format!("{app_id:#010x}"))
                };
                return Err(file::not_livcr(path, &what));
            }
            (connect_rw(path)?, None)
        }
        Found::Opaque { text, len } => {
            if text || len < 512 {
                let what = if text {
                    crate::t!("db-kind-text")
                } else {
                    crate::t!("db-kind-not-database")
                };
                return Err(file::not_livcr(path, &what));
            }
            let k = key()?;
            let conn = connect_rw(path)?;
            file::apply_key(&conn, path, &k)?;
            let app: i32 = conn
                .query_row("PRAGMA application_id", [], |r| r.get(0))
                .with_context(|| crate::t!("db-reading", path = path.display().to_string()))?;
            if app != APPLICATION_ID {
                return Err(file::not_livcr(path, &crate::t!("db-kind-other-encrypted")));
            }
            (conn, Some(k))
        }
    };
    let mut conn = conn;
    configure(&conn)
        .with_context(|| crate::t!("db-cannot-configure", path = path.display().to_string()))?;
    let current = migrate::version(&conn)?;
    migrate::refuse_newer(current)?;
    if current < migrate::LATEST {
        if access == Access::Read {
            return Err(fail_hint(
                crate::t!(
                    "db-older-schema",
                    path = path.display().to_string(),
                    current = current,
                    latest = migrate::LATEST
                ),
                crate::t!("db-older-schema-hint"),
            ));
        }
        // i18n-ok: a file name
        let copy = file::beside(path, &format!(".before-upgrade-v{current}"));
        if !copy.exists() {
            file::copy_to(&conn, &copy, key.as_deref())
                .with_context(|| crate::t!("db-upgrade-copy", path = copy.display().to_string()))?;
        }
        migrate::migrate(&mut conn)
            .with_context(|| crate::t!("db-database", path = path.display().to_string()))?;
    }
    // Writes are tracked for `audit verify --deep` from the start of a write transaction on
    // (`context::begin`), so a command that only reads sets up nothing; an upgrade's own writes
    // are not audited records, but the rows written after it are.
    Ok(Opened { conn, key })
}

fn connect_rw(path: &Path) -> Result<Connection> {
    file::connect(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// Creates a new plain database file (mode 0600, in a folder created 0700), refusing to
/// overwrite. The demo uses it; `init` uses [`create_with`].
pub fn create(path: &Path) -> Result<Connection> {
    create_with(path, None)
}

/// Creates a new database, encrypted with `key` unless it is None.
pub fn create_with(path: &Path, key: Option<&str>) -> Result<Connection> {
    if path.exists() {
        return Err(fail_hint(
            crate::t!("db-exists", path = path.display().to_string()),
            crate::t!("db-exists-hint"),
        ));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        file::create_private_dir(dir)?;
    }
    // Create the file ourselves so that it is private from its first byte on; SQLite gives the
    // -wal and -shm files the same mode.
    drop(file::create_private(path)?);
    let made = (|| -> Result<Connection> {
        let mut conn = connect_rw(path)?;
        if let Some(k) = key {
            file::apply_key(&conn, path, k)?;
        }
        configure(&conn)?;
        migrate::migrate(&mut conn)
            .with_context(|| crate::t!("db-database", path = path.display().to_string()))?;
        audit::track_writes(&conn, audit::Schema::Read)?;
        Ok(conn)
    })();
    if made.is_err() {
        file::remove_db_files(path);
    }
    made
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // The query planner's stability guarantee: a plan does not depend on the values bound.
    // Without it SQLite marks a statement with a join and a `column = ?` term for a new plan
    // when its bindings are cleared, which rusqlite does each time a cached statement goes back
    // to its cache: every reuse was prepared again (a third of a millisecond each; `agenda
    // show` spent 40 of its 57 million instructions on it). livcr's plans are index plans that
    // no value changes (tests/plans.rs).
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            anyhow::bail!(crate::t!("db-wal-refused", mode = mode));
        }
    }
    Ok(())
}

/// True when the file at `path` is encrypted (not a plain SQLite file).
pub fn is_encrypted(path: &Path) -> Result<bool> {
    Ok(looks_encrypted(&file::sniff(path)?))
}

/// What [`file::sniff`] found looks like an encrypted database: whole pages of random-looking
/// bytes (SQLCipher's pages are at least 512 bytes); a text file, a stub or a torn header is
/// not one.
pub fn looks_encrypted(found: &Found) -> bool {
    matches!(found, Found::Opaque { text: false, len } if *len >= 512 && *len % 512 == 0)
}

/// Writes the WAL back into the main file and truncates it, so that deleted content does not
/// linger in the -wal file (purge).
/// Returns false when another connection kept the checkpoint from completing.
pub fn checkpoint(conn: &Connection) -> Result<bool> {
    let busy: i64 = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
        .with_context(|| crate::t!("db-checkpointing"))?;
    Ok(busy == 0)
}

/// True when an error comes from SQLite's "database is locked/busy" after the busy timeout.
pub fn is_busy(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        matches!(
            e.downcast_ref::<rusqlite::Error>(),
            Some(rusqlite::Error::SqliteFailure(f, _))
                if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    })
}

#[cfg(test)]
mod tests {
    use rusqlite::StatementStatus;

    /// A cached statement with a join and `column = ?` terms is run again without being
    /// prepared again (rusqlite clears its bindings each time it goes back to the cache).
    #[test]
    fn a_cached_join_is_not_prepared_again_when_reused() {
        let dir = tempfile::tempdir().unwrap();
        let conn = super::create(&dir.path().join("t.db")).unwrap();
        let sql = "SELECT c.id, o.name FROM case_file c
                   LEFT JOIN organisation o ON o.id = c.lead_org_id
                   WHERE c.id = ?1 AND c.cell_id = ?2";
        for id in 1..=4i64 {
            let mut stmt = conn.prepare_cached(sql).unwrap();
            let _ = stmt.query_row([id, 1], |_| Ok(()));
        }
        let stmt = conn.prepare_cached(sql).unwrap();
        assert_eq!(stmt.get_status(StatementStatus::RePrepare), 0);
    }

    /// A row read by name gives each column its own value, whether the names come in the
    /// query's order, out of it, or in another case.
    #[test]
    fn a_row_read_by_name_in_any_order_reads_the_right_columns() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let mut stmt = conn
            .prepare("SELECT 1 AS a, 'two' AS b, 3.5 AS c, NULL AS d")
            .unwrap();
        let got = stmt
            .query_row([], |r| {
                let r = super::ByName::new(r);
                Ok((
                    r.get::<String>("b")?,
                    r.get::<Option<i64>>("d")?,
                    r.get::<i64>("A")?,
                    r.get::<f64>("c")?,
                    r.get::<i64>("a")?,
                ))
            })
            .unwrap();
        assert_eq!(got, ("two".to_string(), None, 1, 3.5, 1));
        let missing = stmt.query_row([], |r| super::ByName::new(r).get::<i64>("e"));
        assert!(matches!(missing, Err(rusqlite::Error::InvalidColumnName(n)) if n == "e"));
    }
}
