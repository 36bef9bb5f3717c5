//! Test environment: a temporary folder with its own HOME and XDG folders, a cleared
//! environment, LIVCR_TODAY fixed, and helpers to run the real binary and read the database.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rusqlite::Connection;
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
        env.ok(&["init"]);
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
        let out = self.cmd().args(args).output().expect("run livcr");
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
        let before = self.snapshot();
        let out = self.run(args);
        assert_eq!(
            out.code, 1,
            "livcr {args:?} should be refused\nstdout:\n{}\nstderr:\n{}",
            out.stdout, out.stderr
        );
        assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
        assert_eq!(
            before,
            self.snapshot(),
            "livcr {args:?} was refused but changed the database"
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

    pub fn count(&self, sql: &str) -> i64 {
        self.db().query_row(sql, [], |r| r.get(0)).expect(sql)
    }

    pub fn file_bytes(&self, path: &Path) -> Vec<u8> {
        std::fs::read(path).unwrap_or_default()
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
