//! Test environment: a temporary folder with its own HOME and XDG folders, a cleared
//! environment, LIVCR_TODAY fixed, and helpers to run the real binary and read the database.
//! The joint cell VLAS and the case helpers the CLI tests share are in [`scene`].
#![allow(dead_code)]

pub mod hostile;
pub mod scene;

use std::fmt::Display;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rusqlite::{Connection, ToSql};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

pub const TODAY: &str = "2026-11-30";

pub struct Env {
    pub dir: TempDir,
    pub today: String,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Env {
    /// A fresh environment with an initialised database.
    pub fn new() -> Env {
        let env = Env::empty();
        env.ok(&["init", "--plain"]);
        env
    }

    /// A fresh environment without a database.
    pub fn empty() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        for sub in ["home", "config", "data", "work"] {
            std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        }
        Env {
            dir,
            today: TODAY.to_string(),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn db_path(&self) -> PathBuf {
        self.path("data/livcr/livcr.db")
    }

    pub fn config_path(&self) -> PathBuf {
        self.path("config/livcr/config.toml")
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("livcr").expect("binary");
        cmd.env_clear()
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("USER", "tester")
            .env("LIVCR_TODAY", &self.today)
            .current_dir(self.path("work"));
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with(self.cmd(), args)
    }

    /// Runs livcr with the interface in `lang` (`LIVCR_LANG`).
    pub fn run_in(&self, lang: &str, args: &[&str]) -> Output {
        let mut cmd = self.cmd();
        cmd.env("LIVCR_LANG", lang);
        self.run_with(cmd, args)
    }

    fn run_with(&self, mut cmd: Command, args: &[&str]) -> Output {
        let out = cmd.args(args).output().expect("run livcr");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs and asserts exit 0; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.code, 0,
            "livcr {args:?} failed\nstdout:\n{}\nstderr:\n{}",
            out.stdout, out.stderr
        );
        out.stdout
    }

    /// Runs and asserts exit 1 and an untouched database file; returns stderr.
    pub fn refused(&self, args: &[&str]) -> String {
        self.refused_with(args, |stderr| {
            assert!(stderr.starts_with("error: "), "{stderr}");
        })
    }

    /// Like [`Env::refused`], for a refusal that follows warnings: exit 1, an error line, and an
    /// untouched database. Returns stderr.
    pub fn refused_after_warning(&self, args: &[&str]) -> String {
        self.refused_with(args, |stderr| {
            assert!(stderr.starts_with("warning: "), "{stderr}");
            assert!(stderr.contains("\nerror: "), "{stderr}");
        })
    }

    /// Runs and asserts a usage error refused by clap before anything is done: exit 2, an error
    /// line, nothing on stdout and an untouched database file. Returns stderr.
    pub fn usage_error(&self, args: &[&str]) -> String {
        let before = self.snapshot();
        let before_bytes = self.file_bytes(&self.db_path());
        let out = self.run(args);
        assert_eq!(
            out.code, 2,
            "livcr {args:?} should be a usage error\nstdout:\n{}\nstderr:\n{}",
            out.stdout, out.stderr
        );
        assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
        assert!(out.stdout.is_empty(), "{}", out.stdout);
        assert_eq!(
            before,
            self.snapshot(),
            "livcr {args:?} changed the database"
        );
        assert!(
            before_bytes == self.file_bytes(&self.db_path()),
            "livcr {args:?} was a usage error but changed the database file's bytes"
        );
        out.stderr
    }

    /// Runs and asserts exit 1, then `check` on stderr, then an untouched database file;
    /// returns stderr.
    fn refused_with(&self, args: &[&str], check: impl FnOnce(&str)) -> String {
        let before = self.snapshot();
        let before_bytes = self.file_bytes(&self.db_path());
        let out = self.run(args);
        assert_eq!(
            out.code, 1,
            "livcr {args:?} should be refused\nstdout:\n{}\nstderr:\n{}",
            out.stdout, out.stderr
        );
        check(&out.stderr);
        assert_eq!(
            before,
            self.snapshot(),
            "livcr {args:?} was refused but changed the database"
        );
        assert!(
            before_bytes == self.file_bytes(&self.db_path()),
            "livcr {args:?} was refused but changed the database file's bytes"
        );
        out.stderr
    }

    /// The database's logical content (every table), to compare before and after a command.
    pub fn snapshot(&self) -> String {
        let path = self.db_path();
        if !path.exists() {
            return String::new();
        }
        let conn = Connection::open(&path).expect("open db");
        dump(&conn)
    }

    pub fn db(&self) -> Connection {
        Connection::open(self.db_path()).expect("open db")
    }

    /// A connection as an attacker with a plain SQLite client would use it: the triggers that
    /// keep the registers and the audit log append-only are dropped first, and put back, as
    /// they were, when the connection is dropped (a careful attacker leaves the schema as
    /// livcr made it; livcr refuses to write into a file whose schema was changed).
    pub fn tamper(&self) -> Tampered {
        let conn = self.db();
        let triggers: Vec<(String, String)> = conn
            .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")
            .and_then(|mut st| st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .expect("list triggers");
        for (n, _) in &triggers {
            conn.execute_batch(&format!("DROP TRIGGER \"{n}\""))
                .expect("drop trigger");
        }
        Tampered { conn, triggers }
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.db().query_row(sql, [], |r| r.get(0)).expect(sql)
    }

    /// One column, as text, of the row of `table` whose `key` is `value`; `what` names the row
    /// when the query fails.
    pub fn column<V: ToSql + Display>(
        &self,
        what: &str,
        table: &str,
        key: &str,
        value: V,
        column: &str,
    ) -> Option<String> {
        self.db()
            .query_row(
                &format!("SELECT {column} FROM {table} WHERE {key} = ?1"),
                [&value],
                |r| r.get(0),
            )
            .unwrap_or_else(|e| panic!("{what} {value} {column}: {e}"))
    }

    pub fn file_bytes(&self, path: &Path) -> Vec<u8> {
        std::fs::read(path).unwrap_or_default()
    }
}

/// Parses `text` as JSON, showing it when it is not.
pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// Runs a command that prints an id on stdout (`member add`, `org add`, `action add`,
/// `meeting plan`, …) and returns it.
pub fn id(env: &Env, args: &[&str]) -> i64 {
    let out = env.ok(args);
    out.trim()
        .parse()
        .unwrap_or_else(|_| panic!("livcr {args:?} printed no id: {out:?}"))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The permission bits of a file.
pub fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Names of the files in the database folder (db, -wal, -shm, …) whose raw bytes contain
/// `needle`.
pub fn files_containing(env: &Env, needle: &str) -> Vec<String> {
    let dir = env.db_path().parent().unwrap().to_path_buf();
    let needle = needle.as_bytes();
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| env.file_bytes(p).windows(needle.len()).any(|w| w == needle))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

pub fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
        .join(name)
}

/// Compares `actual` with tests/golden/`name`, or writes it when LIVCR_BLESS=1.
pub fn golden(name: &str, actual: &str) {
    // The test target that includes this module, for the hint on how to write the file.
    let test = env!("CARGO_CRATE_NAME");
    let path = golden_path(name);
    if std::env::var("LIVCR_BLESS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing golden file {}; run `LIVCR_BLESS=1 cargo test --test {test}` to write it\n\
             actual:\n{actual}",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the output at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             (LIVCR_BLESS=1 rewrites it)\nfull output:\n{actual}",
            path.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>"),
        );
    }
}

/// Every row of every table, in a stable order.
pub fn dump(conn: &Connection) -> String {
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    tables.retain(|t| !t.starts_with("sqlite_"));
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("## {t}\n"));
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    out.push_str(&format!("user_version {version}\n"));
    out
}

/// A connection of [`Env::tamper`]: puts the dropped triggers back when dropped.
pub struct Tampered {
    conn: Connection,
    triggers: Vec<(String, String)>,
}

impl std::ops::Deref for Tampered {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.conn
    }
}

impl Drop for Tampered {
    fn drop(&mut self) {
        for (_, sql) in &self.triggers {
            self.conn.execute_batch(sql).expect("put a trigger back");
        }
    }
}
