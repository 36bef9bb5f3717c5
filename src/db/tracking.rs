//! Which rows a connection's writes touch, as SQLite reports them: the pre-update hook
//! (`sqlite3_preupdate_hook`, compiled in by `SQLITE_ENABLE_PREUPDATE_HOOK`, see
//! `.cargo/config.toml`) is called before every row of a rowid table is inserted, updated or
//! deleted, whatever the statement: a trigger's body, a foreign key's cascade, an `INSERT OR
//! REPLACE` removing the row it conflicts with, a `DELETE` without `WHERE` (SQLite gives up its
//! truncate shortcut while a hook is set). It is the connection's own: a plain SQLite client's
//! edits are not seen, as they must not be (`audit verify --deep` is what finds those).
//!
//! The hook replaces 75 temporary triggers that each write transaction had to create (a third of
//! the instructions of `case note`). Its state lives in the connection's client data, which
//! SQLite frees when the connection closes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{CStr, c_char, c_int, c_void};

use anyhow::Result;
use rusqlite::Connection;
use rusqlite::ffi;
use rusqlite::types::Value;

use super::audit::Tracked;

/// The client data's name.
const NAME: &CStr = c"livcr_tracker";

/// A touched row: its table and key (the rowid, or the one or two key columns' values).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Touched {
    pub(crate) table: String,
    pub(crate) k1: Value,
    pub(crate) k2: Value,
}

/// The tracked tables by name (how their rows are identified: by rowid, or by their one or two
/// key columns) and what was touched.
struct Tracker {
    tables: HashMap<String, Tracked>,
    touched: RefCell<Vec<Touched>>,
    /// Set if a row could not be recorded (never expected: nothing holds the list while SQL
    /// runs); the audit row then refuses to be written rather than miss a record.
    lost: std::cell::Cell<bool>,
}

/// Starts recording the rows written on `conn` in `tables`. Nothing happens if the connection
/// records already.
pub(crate) fn start(conn: &Connection, tables: Vec<Tracked>) -> Result<()> {
    if active(conn) {
        return Ok(());
    }
    let tracker = Tracker {
        tables: tables.into_iter().map(|t| (t.name.clone(), t)).collect(),
        touched: RefCell::new(Vec::new()),
        lost: std::cell::Cell::new(false),
    };
    // SAFETY: the client data is a `Tracker` boxed by rusqlite, freed by SQLite (through
    // rusqlite's destructor) when the connection closes or the data is replaced; the hook
    // below is given the same pointer and is removed (`stop`) before the data is replaced, and
    // SQLite calls no hook after it began closing the connection.
    unsafe {
        let ptr = conn.set_clientdata(NAME, Some(tracker))?;
        ffi::sqlite3_preupdate_hook(conn.handle(), Some(hook), ptr.cast::<c_void>());
    }
    Ok(())
}

/// True when `conn` records its writes.
pub(crate) fn active(conn: &Connection) -> bool {
    with(conn, |_| ()).is_some()
}

/// Stops recording on `conn` and forgets what was recorded.
pub(crate) fn stop(conn: &Connection) -> Result<()> {
    if !active(conn) {
        return Ok(());
    }
    // SAFETY: the hook is removed before its data is freed (replaced by none).
    unsafe {
        ffi::sqlite3_preupdate_hook(conn.handle(), None, std::ptr::null_mut());
        conn.set_clientdata::<Tracker, _>(NAME, None)?;
    }
    Ok(())
}

/// The rows touched since the last call, each once, in the order first touched; None when
/// the connection does not record, an error when a row could not be recorded.
pub(crate) fn take(conn: &Connection) -> Option<Result<Vec<Touched>>> {
    with(conn, |t| {
        let all = std::mem::take(&mut *t.touched.borrow_mut());
        if t.lost.replace(false) {
            anyhow::bail!(crate::t!("file-audit-untracked"));
        }
        let mut seen = std::collections::HashSet::new();
        Ok(all
            .into_iter()
            .filter(|r| seen.insert((r.table.clone(), key_of(&r.k1), key_of(&r.k2))))
            .collect())
    })
}

/// The tracked table `name` of a recording connection.
pub(crate) fn table(conn: &Connection, name: &str) -> Option<Tracked> {
    with(conn, |t| t.tables.get(name).cloned()).flatten()
}

/// Records a touched row by hand (a file's first audit takes every record as touched).
pub(crate) fn push(conn: &Connection, row: Touched) {
    with(conn, |t| t.touched.borrow_mut().push(row));
}

fn with<R>(conn: &Connection, f: impl FnOnce(&Tracker) -> R) -> Option<R> {
    // SAFETY: only `start` sets this name, always to a `Tracker`.
    let tracker = unsafe { conn.get_clientdata::<Tracker, _>(NAME) }.ok()??;
    Some(f(tracker))
}

/// A hashable form of a key value (reals by their bits; keys are integers and text).
fn key_of(v: &Value) -> (u8, Vec<u8>) {
    match v {
        Value::Null => (0, Vec::new()),
        Value::Integer(i) => (1, i.to_be_bytes().to_vec()),
        Value::Real(f) => (2, f.to_bits().to_be_bytes().to_vec()),
        Value::Text(s) => (3, s.as_bytes().to_vec()),
        Value::Blob(b) => (4, b.clone()),
    }
}

/// The pre-update hook: records the key of the row before (update, delete) and after (insert,
/// update) the change, for tables of the main database that are tracked.
unsafe extern "C" fn hook(
    ctx: *mut c_void,
    db: *mut ffi::sqlite3,
    op: c_int,
    z_db: *const c_char,
    z_name: *const c_char,
    key1: ffi::sqlite3_int64,
    key2: ffi::sqlite3_int64,
) {
    // SAFETY: `ctx` is the `Tracker` given in `start`, alive while the hook is set; SQLite
    // passes NUL-terminated names; the value accessors are called inside the hook, as SQLite
    // requires, with column positions read from the table's schema.
    unsafe {
        if ctx.is_null() || z_db.is_null() || z_name.is_null() {
            return;
        }
        if CStr::from_ptr(z_db).to_bytes() != b"main" {
            return;
        }
        let Ok(table) = CStr::from_ptr(z_name).to_str() else {
            return;
        };
        let tracker = &*ctx.cast::<Tracker>();
        let Some(cols) = tracker.tables.get(table).map(|t| &t.key_pos) else {
            return;
        };
        let old = op == ffi::SQLITE_DELETE || op == ffi::SQLITE_UPDATE;
        let new = op == ffi::SQLITE_INSERT || op == ffi::SQLITE_UPDATE;
        let Ok(mut touched) = tracker.touched.try_borrow_mut() else {
            tracker.lost.set(true);
            return;
        };
        for (is_new, rowid) in [(false, key1), (true, key2)] {
            if (is_new && !new) || (!is_new && !old) {
                continue;
            }
            let value = |i: c_int| {
                let mut v: *mut ffi::sqlite3_value = std::ptr::null_mut();
                let rc = if is_new {
                    ffi::sqlite3_preupdate_new(db, i, &mut v)
                } else {
                    ffi::sqlite3_preupdate_old(db, i, &mut v)
                };
                if rc == ffi::SQLITE_OK {
                    owned(v)
                } else {
                    Value::Null
                }
            };
            let (k1, k2) = match cols.as_slice() {
                [] => (Value::Integer(rowid), Value::Null),
                [a] => (value(*a), Value::Null),
                [a, b, ..] => (value(*a), value(*b)),
            };
            touched.push(Touched {
                table: table.to_owned(),
                k1,
                k2,
            });
        }
    }
}

/// An owned copy of a protected SQLite value.
unsafe fn owned(v: *mut ffi::sqlite3_value) -> Value {
    // SAFETY: `v` is a value SQLite handed to the hook; text and blob pointers are read for
    // the length SQLite gives, before anything else touches the value.
    unsafe {
        if v.is_null() {
            return Value::Null;
        }
        match ffi::sqlite3_value_type(v) {
            ffi::SQLITE_INTEGER => Value::Integer(ffi::sqlite3_value_int64(v)),
            ffi::SQLITE_FLOAT => Value::Real(ffi::sqlite3_value_double(v)),
            ffi::SQLITE_TEXT => {
                let p = ffi::sqlite3_value_text(v);
                let n = usize::try_from(ffi::sqlite3_value_bytes(v)).unwrap_or(0);
                if p.is_null() {
                    Value::Text(String::new())
                } else {
                    let bytes = std::slice::from_raw_parts(p, n);
                    Value::Text(String::from_utf8_lossy(bytes).into_owned())
                }
            }
            ffi::SQLITE_BLOB => {
                let p = ffi::sqlite3_value_blob(v).cast::<u8>();
                let n = usize::try_from(ffi::sqlite3_value_bytes(v)).unwrap_or(0);
                if p.is_null() || n == 0 {
                    Value::Blob(Vec::new())
                } else {
                    Value::Blob(std::slice::from_raw_parts(p, n).to_vec())
                }
            }
            _ => Value::Null,
        }
    }
}
