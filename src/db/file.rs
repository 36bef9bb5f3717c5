//! The database file itself: what a path holds (sniffed before SQLite writes a byte), the
//! SQLCipher key, private file creation on every platform, and copies written through a
//! temporary file and an atomic rename.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags};

use crate::error::fail_hint;

/// `PRAGMA application_id` of a livcr file: "LVCR" in ASCII.
pub const APPLICATION_ID: i32 = 0x4C56_4352;

/// The shortest passphrase `init`, `encrypt` and `rekey` accept.
pub const MIN_PASSPHRASE: usize = 12;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0"; // i18n-ok: machine

/// What a path holds, read from its first bytes without opening it with SQLite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Missing,
    Empty,
    /// A plain SQLite database with this application id and schema version.
    Plain {
        app_id: i32,
        user_version: i64,
    },
    /// Not a plain SQLite file: an encrypted database, or something else.
    Opaque {
        text: bool,
        len: u64,
    },
}

/// Reads the first 100 bytes of `path`.
pub fn sniff(path: &Path) -> Result<Found> {
    let mut f = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(e) => {
            return Err(e)
                .with_context(|| crate::t!("file-cannot-read", path = path.display().to_string()));
        }
    };
    let len = f
        .metadata()
        .with_context(|| crate::t!("file-cannot-read", path = path.display().to_string()))?
        .len();
    if len == 0 {
        return Ok(Found::Empty);
    }
    let mut head = Vec::with_capacity(100);
    f.by_ref()
        .take(100)
        .read_to_end(&mut head)
        .with_context(|| crate::t!("file-cannot-read", path = path.display().to_string()))?;
    if head.len() == 100 && head.starts_with(SQLITE_MAGIC) {
        let be =
            |at: usize| i32::from_be_bytes([head[at], head[at + 1], head[at + 2], head[at + 3]]);
        return Ok(Found::Plain {
            app_id: be(68),
            user_version: i64::from(be(60)),
        });
    }
    let text = head
        .iter()
        .all(|b| b.is_ascii_graphic() || b.is_ascii_whitespace());
    Ok(Found::Opaque { text, len })
}

/// The error for a file that is not a livcr database, naming what it is. Nothing was written.
pub fn not_livcr(path: &Path, what: &str) -> anyhow::Error {
    fail_hint(
        crate::t!(
            "file-not-livcr",
            path = path.display().to_string(),
            what = what
        ),
        crate::t!("file-not-livcr-hint"),
    )
}

/// The one error for a key that does not open the file.
pub fn wrong_key(path: &Path) -> anyhow::Error {
    fail_hint(
        crate::t!("file-wrong-key", path = path.display().to_string()),
        crate::t!("file-wrong-key-hint"),
    )
}

/// True for the error of [`wrong_key`].
pub fn is_wrong_key(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<crate::error::UserError>()
            .is_some_and(|u| u.hint.as_deref() == Some(crate::t!("file-wrong-key-hint").as_str()))
    })
}

/// Silences SQLCipher's own log lines (a wrong key would print "hmac check failed" on stderr).
fn quiet(conn: &Connection) {
    // Older SQLCipher builds without the pragma ignore it.
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
}

/// Sets the key as the first statement on a connection and proves it with a read.
pub fn apply_key(conn: &Connection, path: &Path, key: &str) -> Result<()> {
    quiet(conn);
    conn.pragma_update(None, "key", key)
        .with_context(|| crate::t!("file-setting-key", path = path.display().to_string()))?;
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e) if is_notadb(&e) => Err(wrong_key(path)),
        Err(e) => {
            Err(e).with_context(|| crate::t!("file-reading", path = path.display().to_string()))
        }
    }
}

/// True for SQLITE_NOTADB ("file is not a database").
pub fn is_notadb(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase)
}

/// Opens a connection with SQLCipher's log silenced.
pub fn connect(path: &Path, flags: OpenFlags) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags)
        .with_context(|| crate::t!("file-cannot-open", path = path.display().to_string()))?;
    quiet(&conn);
    Ok(conn)
}

/// True when a plain SQLite file without livcr's application id is a livcr file written before
/// the id was set (schema versions 1 to 4 with livcr's tables). Read-only; writes nothing.
pub fn is_legacy_livcr(path: &Path, user_version: i64) -> Result<bool> {
    if !(1..=4).contains(&user_version) {
        return Ok(false);
    }
    let conn = connect(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'
             AND name IN ('setting', 'municipality', 'cell', 'audit_log')",
            [],
            |r| r.get(0),
        )
        .unwrap_or(0);
    Ok(n == 4)
}

/// Creates `path` empty and private (0600 on Unix; on Windows the folder's ACL applies),
/// refusing to overwrite.
pub fn create_private(path: &Path) -> Result<fs::File> {
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let f = opts
        .open(path)
        .with_context(|| crate::t!("file-cannot-create", path = path.display().to_string()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600)).with_context(|| {
            crate::t!("file-cannot-set-mode", path = path.display().to_string())
        })?;
    }
    Ok(f)
}

/// Creates a folder (and its parents) private to the user (0700 on Unix).
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir).with_context(|| {
        crate::t!(
            "file-cannot-create-folder",
            path = dir.display().to_string()
        )
    })
}

/// A path beside `path` with `suffix` appended to its file name.
pub fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// A fresh temporary path in the folder of `dest` (so that the rename is atomic).
pub fn temp_beside(dest: &Path) -> PathBuf {
    let n: u64 = rand::random();
    beside(dest, &format!(".livcr-tmp-{n:016x}")) // i18n-ok: machine
}

/// Removes a temporary database and its journal files; errors are ignored (best effort).
pub fn remove_db_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = fs::remove_file(beside(path, suffix));
    }
}

/// Flushes a file to disk.
pub fn sync_file(path: &Path) -> Result<()> {
    fs::File::open(path)
        .and_then(|f| f.sync_all())
        .with_context(|| crate::t!("file-cannot-flush", path = path.display().to_string()))
}

/// Flushes a folder's entries (the rename) to disk; a no-op where folders cannot be opened.
pub fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(f) = fs::File::open(dir)
    {
        let _ = f.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Reads a key file: it must be private to its owner (no group or other permission bits on
/// Unix) and hold, on its first line, a passphrase of at least [`MIN_PASSPHRASE`] characters or
/// a raw key written by [`write_new_key_file`].
pub fn read_key_file(path: &Path) -> Result<String> {
    let shown = path.display().to_string();
    let meta = fs::metadata(path)
        .with_context(|| crate::t!("file-cannot-read-key-file", path = shown.as_str()))?;
    if !meta.is_file() {
        return Err(fail_hint(
            crate::t!("file-key-file-not-regular", path = shown.as_str()),
            crate::t!("file-key-file-not-regular-hint"),
        ));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(fail_hint(
                crate::t!(
                    "file-key-file-mode",
                    path = shown.as_str(),
                    mode = format!("{mode:04o}")
                ),
                crate::t!("file-key-file-mode-hint", path = shown.as_str()),
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    let text = fs::read_to_string(path)
        .with_context(|| crate::t!("file-cannot-read-key-file", path = shown.as_str()))?;
    // A UTF-8 byte order mark (Notepad writes one) is not part of the passphrase.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let key = text
        .lines()
        .next()
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string();
    if key.starts_with("x'") && !is_raw_key(&key) {
        return Err(fail_hint(
            crate::t!("file-key-file-bad-raw", path = shown.as_str()),
            crate::t!("file-key-file-bad-raw-hint"),
        ));
    }
    check_passphrase(&key).map_err(|_| {
        fail_hint(
            crate::t!(
                "file-key-file-short",
                path = shown.as_str(),
                min = MIN_PASSPHRASE
            ),
            crate::t!("file-key-file-short-hint"),
        )
    })?;
    Ok(key)
}

/// True when `key` is a raw SQLCipher key `x'<64 hex digits>'`: used as it is, without the
/// key derivation (256,000 rounds of PBKDF2) that a passphrase costs on every open.
/// The longer form `x'<64 hex digits><32 hex digits>'` also names the salt.
pub fn is_raw_key(key: &str) -> bool {
    (key.len() == 67 || key.len() == 99)
        && key.starts_with("x'")
        && key.ends_with('\'')
        && key[2..key.len() - 1].bytes().all(|b| b.is_ascii_hexdigit())
}

/// SQLCipher 4's key derivation rounds (PBKDF2-HMAC-SHA512), its default.
const KDF_ROUNDS: u32 = 256_000;

/// The key to keep in the OS keyring for the encrypted file at `path`: for a passphrase, the
/// key SQLCipher derives from it with the file's salt, as `x'<key><salt>'`, which opens the
/// file without the 256,000 rounds of PBKDF2 on every command (the derivation runs here once);
/// checked to open the file, else the passphrase itself. A raw key is kept as it is.
pub fn keyring_form(path: &Path, key: &str) -> String {
    if is_raw_key(key) {
        return key.to_string();
    }
    let mut salt = [0u8; 16];
    let read = fs::File::open(path).and_then(|mut f| f.read_exact(&mut salt));
    if read.is_err() {
        return key.to_string();
    }
    let mut derived = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha512>(key.as_bytes(), &salt, KDF_ROUNDS, &mut derived);
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let raw = format!("x'{}{}'", hex(&derived), hex(&salt));
    let opens = connect(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .and_then(|conn| apply_key(&conn, path, &raw))
    .is_ok();
    if opens { raw } else { key.to_string() }
}

/// Writes a new key file at `path` (which must not exist, mode 0600): a random 256-bit raw key
/// from the thread's CSPRNG (ChaCha12 seeded by the OS), then a comment line. Returns the key.
pub fn write_new_key_file(path: &Path) -> Result<String> {
    use std::io::Write;
    let mut raw = [0u8; 32];
    rand::fill(&mut raw);
    let hex: String = raw.iter().map(|b| format!("{b:02x}")).collect();
    let key = format!("x'{hex}'");
    let mut f = create_private(path)?;
    let written = f
        .write_all(
            format!(
                // i18n-ok: data (the file's own comment line, the same in every language)
                "{key}\n# livcr key file: a raw 256-bit SQLCipher key; a lost key means lost data\n"
            )
            .as_bytes(),
        )
        .and_then(|()| f.sync_all());
    if let Err(e) = written {
        drop(f);
        let _ = fs::remove_file(path);
        return Err(e)
            .with_context(|| crate::t!("file-cannot-write", path = path.display().to_string()));
    }
    Ok(key)
}

/// Refuses a passphrase shorter than [`MIN_PASSPHRASE`] characters.
pub fn check_passphrase(p: &str) -> Result<()> {
    if p.chars().count() < MIN_PASSPHRASE {
        return Err(fail_hint(
            crate::t!("file-passphrase-short", min = MIN_PASSPHRASE),
            crate::t!("file-passphrase-short-hint"),
        ));
    }
    Ok(())
}

/// Writes a consistent copy of the open database to `dest` (which must not exist) in one read
/// transaction, encrypted with `key` (or plain with None), through a temporary file beside
/// `dest` that is flushed and renamed: `dest` is either complete or absent.
pub fn copy_to(conn: &Connection, dest: &Path, key: Option<&str>) -> Result<()> {
    let tmp = temp_beside(dest);
    drop(create_private(&tmp)?);
    let result = export(conn, &tmp, key).and_then(|()| {
        sync_file(&tmp)?;
        // Refuses to replace a file that appeared meanwhile (hard link, then drop the name).
        fs::hard_link(&tmp, dest)
            .or_else(|_| {
                if dest.exists() {
                    Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
                } else {
                    fs::rename(&tmp, dest)
                }
            })
            .with_context(|| crate::t!("file-cannot-write", path = dest.display().to_string()))?;
        sync_dir(dest);
        Ok(())
    });
    remove_db_files(&tmp);
    result
}

/// `sqlcipher_export` of `main` into a new file, inside one transaction so that the copy is one
/// snapshot however much others write meanwhile; copies the schema version and application id.
fn export(conn: &Connection, tmp: &Path, key: Option<&str>) -> Result<()> {
    let tmp_str = tmp.to_str().ok_or_else(|| {
        anyhow::anyhow!(crate::t!(
            "file-path-not-utf8",
            path = tmp.display().to_string()
        ))
    })?;
    conn.execute(
        "ATTACH DATABASE ?1 AS livcr_copy KEY ?2",
        rusqlite::params![tmp_str, key.unwrap_or("")],
    )
    .with_context(|| crate::t!("file-cannot-create", path = tmp.display().to_string()))?;
    let run = || -> Result<()> {
        conn.execute_batch("BEGIN")?;
        let body = || -> Result<()> {
            let version: i64 = conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
            let app: i32 = conn.query_row("PRAGMA main.application_id", [], |r| r.get(0))?;
            conn.query_row("SELECT sqlcipher_export('livcr_copy')", [], |_| Ok(()))
                .with_context(|| crate::t!("file-copying-database"))?;
            conn.execute_batch(&format!(
                "PRAGMA livcr_copy.user_version = {version};
                 PRAGMA livcr_copy.application_id = {app};"
            ))?;
            Ok(())
        };
        match body() {
            Ok(()) => {
                conn.execute_batch("COMMIT")?;
                Ok(())
            }
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    };
    let result = run();
    let detached = conn.execute_batch("DETACH DATABASE livcr_copy");
    result?;
    detached.with_context(|| crate::t!("file-closing-copy"))?;
    Ok(())
}

/// Replaces the database at `path` with the complete database at `tmp` (same folder) by an
/// atomic rename, after the -wal of the old file has been emptied and the file closed.
pub fn swap_in(tmp: &Path, path: &Path) -> Result<()> {
    sync_file(tmp)?;
    for suffix in ["-wal", "-shm"] {
        let side = beside(path, suffix);
        if side.exists() {
            fs::remove_file(&side).with_context(|| {
                crate::t!("file-cannot-remove", path = side.display().to_string())
            })?;
        }
    }
    fs::rename(tmp, path)
        .with_context(|| crate::t!("file-cannot-replace", path = path.display().to_string()))?;
    sync_dir(path);
    Ok(())
}
