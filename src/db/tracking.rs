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
//!
//! Unlike a trigger's insert, a recorded row is not taken back when SQLite undoes a statement:
//! the list is emptied when a transaction begins (`audit::track_writes`, `track_audit_only`),
//! so a rolled-back transaction leaves nothing behind, and no livcr command goes on writing in
//! a transaction after one of its statements failed. The key columns are found by their
//! position among all the table's columns (`pragma_table_xinfo`, hidden and generated ones
//! included), as the hook counts them.

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

/// A touched row: its table and key (the rowid, or the one or two key columns' values), and
/// what it was before the write touched it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Touched {
    pub(crate) table: String,
    pub(crate) k1: Value,
    pub(crate) k2: Value,
    pub(crate) before: Before,
}

/// A touched row before the write: what the audited state it replaces must match.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Before {
    /// Not known: queued by hand (a file's first audit takes every record as it is).
    Unknown,
    /// There was no such row (an insert).
    Absent,
    /// The row's canonical hash ([`super::audit::canonical`]) as it was.
    Row([u8; 32]),
}

/// The tracked tables by name (how their rows are identified: by rowid, or by their one or two
/// key columns) and what was touched.
struct Tracker {
    tables: HashMap<String, Tracked>,
    touched: RefCell<Vec<Touched>>,
    /// Set if a row could not be recorded (nothing holds the list while SQL runs; a text key
    /// that is not UTF-8 can only come from another program's write); the audit row then
    /// refuses to be written rather than miss a record or hash another one.
    lost: std::cell::Cell<bool>,
    /// While set, changes are not recorded (a restore's copy of the backup's records).
    paused: std::cell::Cell<bool>,
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
        paused: std::cell::Cell::new(false),
    };
    // Statements prepared before the hook was set may use SQLite's truncate shortcut (a DELETE
    // without WHERE that calls no hook): prepared again from here on, they do not.
    conn.flush_prepared_statement_cache();
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

/// Forgets what was recorded (a transaction begins: what an earlier one recorded went with its
/// audit row, or was rolled back with it).
pub(crate) fn reset(conn: &Connection) {
    with(conn, |t| {
        t.touched.borrow_mut().clear();
        t.lost.set(false);
    });
}

/// Stops recording for a while (`true`) and starts again (`false`), forgetting what was
/// recorded before.
pub(crate) fn pause(conn: &Connection, paused: bool) {
    with(conn, |t| t.paused.set(paused));
    reset(conn);
}

/// True when the write on `conn` touched the row of `table` with key (`k1`, `k2`) since its
/// transaction began (its state is then the write's own, not yet audited).
pub(crate) fn was_touched(conn: &Connection, table: &str, k1: &Value, k2: &Value) -> bool {
    with(conn, |t| {
        t.touched
            .borrow()
            .iter()
            .any(|r| r.table == table && key_of(&r.k1) == key_of(k1) && key_of(&r.k2) == key_of(k2))
    })
    .unwrap_or(false)
}

/// The tracked table `name` of a recording connection.
pub(crate) fn table(conn: &Connection, name: &str) -> Option<Tracked> {
    with(conn, |t| t.tables.get(name).cloned()).flatten()
}

/// The tracked tables of a recording connection (None when it does not record).
pub(crate) fn tables(conn: &Connection) -> Option<Vec<Tracked>> {
    with(conn, |t| t.tables.values().cloned().collect())
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
        if tracker.paused.get() {
            return;
        }
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
                match (rc == ffi::SQLITE_OK).then(|| owned(v)).flatten() {
                    Some(value) => value,
                    None => {
                        tracker.lost.set(true);
                        Value::Null
                    }
                }
            };
            let (k1, k2) = match cols.as_slice() {
                [] => (Value::Integer(rowid), Value::Null),
                [a] => (value(*a), Value::Null),
                [a, b, ..] => (value(*a), value(*b)),
            };
            // The row before the change: the old side of an update or delete is the row as
            // it was; the new side of an insert or update had none there (a key an update
            // moves to was free, or SQLite reports the row it replaces as a delete first).
            // Only the first touch of a key in a transaction is kept ([`take`]).
            let before = if is_new {
                Before::Absent
            } else {
                let count = ffi::sqlite3_preupdate_count(db).max(0);
                let values = (0..count).map(|i| {
                    let mut v: *mut ffi::sqlite3_value = std::ptr::null_mut();
                    if ffi::sqlite3_preupdate_old(db, i, &mut v) != ffi::SQLITE_OK {
                        return Err(rusqlite::Error::InvalidColumnIndex(i as usize));
                    }
                    Ok(borrowed(v))
                });
                match super::audit::canonical_of(table, values) {
                    Ok(hash) => Before::Row(hash),
                    Err(_) => {
                        tracker.lost.set(true);
                        Before::Unknown
                    }
                }
            };
            touched.push(Touched {
                table: table.to_owned(),
                k1,
                k2,
                before,
            });
        }
    }
}

/// A protected SQLite value as rusqlite reads one, borrowed for as long as the hook runs.
unsafe fn borrowed<'a>(v: *mut ffi::sqlite3_value) -> rusqlite::types::ValueRef<'a> {
    use rusqlite::types::ValueRef;
    // SAFETY: `v` is a value SQLite handed to the hook; text and blob pointers are read for
    // the length SQLite gives, before anything else touches the value, and the slices live
    // until the hook returns and are used only inside it.
    unsafe {
        if v.is_null() {
            return ValueRef::Null;
        }
        let bytes = |p: *const u8| {
            let n = usize::try_from(ffi::sqlite3_value_bytes(v)).unwrap_or(0);
            if p.is_null() || n == 0 {
                &[][..]
            } else {
                std::slice::from_raw_parts(p, n)
            }
        };
        match ffi::sqlite3_value_type(v) {
            ffi::SQLITE_INTEGER => ValueRef::Integer(ffi::sqlite3_value_int64(v)),
            ffi::SQLITE_FLOAT => ValueRef::Real(ffi::sqlite3_value_double(v)),
            ffi::SQLITE_TEXT => ValueRef::Text(bytes(ffi::sqlite3_value_text(v))),
            ffi::SQLITE_BLOB => ValueRef::Blob(bytes(ffi::sqlite3_value_blob(v).cast::<u8>())),
            _ => ValueRef::Null,
        }
    }
}

/// An owned copy of a protected SQLite value ([`borrowed`]); None for a missing value and for
/// text that is not UTF-8 (a key no livcr write makes, which a lossy copy would confuse with
/// another).
unsafe fn owned(v: *mut ffi::sqlite3_value) -> Option<Value> {
    use rusqlite::types::ValueRef;
    if v.is_null() {
        return None;
    }
    // SAFETY: as for [`borrowed`]; the copy is made before the hook returns.
    Some(match unsafe { borrowed(v) } {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(r) => Value::Real(r),
        ValueRef::Text(bytes) => Value::Text(String::from_utf8(bytes.to_vec()).ok()?),
        ValueRef::Blob(bytes) => Value::Blob(bytes.to_vec()),
    })
}
