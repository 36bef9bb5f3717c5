//! `restore` as an adversarial tester tried it: beside a running writer, with a tampered, foreign,
//! truncated or re-keyed backup, onto an encrypted file, onto a file that is not livcr's; what a
//! purge says about livcr's own copies; stale temporary files; anchors cut short or malformed;
//! `demo` over a file that is not its own.
//!
//! `LIVCR_RESTORE_RUNS=50 cargo test --test restore beside` restores beside a writer 50 times
//! instead of the 2 CI runs.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{Env, sha256_hex};

const PASS: &str = "correct horse battery staple";
const PASS2: &str = "a second passphrase for rekey";

fn key_file(env: &Env, name: &str, pass: &str) -> PathBuf {
    let path = env.path(name);
    std::fs::write(&path, format!("{pass}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn sha(path: &Path) -> String {
    sha256_hex(&std::fs::read(path).unwrap_or_default())
}

fn holds(path: &Path, needle: &str) -> bool {
    let bytes = std::fs::read(path).unwrap_or_default();
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// Files beside the database whose name contains `part`.
fn beside(env: &Env, part: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(env.db_path().parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(part))
        .collect();
    v.sort();
    v
}

/// The texts of `case_event` rows starting with `prefix` in a plain file.
fn notes(path: &Path, prefix: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.prepare("SELECT text FROM case_event WHERE text LIKE ?1")
        .unwrap()
        .query_map([format!("{prefix}%")], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

/// The binary as a plain std command, to run from a thread.
fn livcr(env: &Env, args: &[&str]) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("livcr"));
    cmd.env_clear()
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("USER", "tester")
        .env("LIVCR_TODAY", &env.today)
        .current_dir(env.path("work"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// Finding 2: a writer loop of `case note` beside `restore`. Every note that exited 0 is in the
/// restored file or in the copy kept beside it; the file is whole and its chain and records hold.
#[test]
fn restore_beside_a_writer_loses_no_acknowledged_write() {
    let runs: usize = std::env::var("LIVCR_RESTORE_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2);
    let mut lost_total = 0;
    for run in 0..runs {
        let env = Env::new();
        common::scene::vlas(&env);
        let code = common::scene::open(&env, "Kortrijk", "religious", "18_24", &[]);
        let code = code.trim().to_string();
        let backup = env.path("work/rw.bak");
        env.ok(&["backup", s(&backup)]);
        let acked = Arc::new(Mutex::new(Vec::<String>::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let restored = std::thread::scope(|sc| {
            let (env, code, acked, stop) = (&env, &code, &acked, &stop);
            sc.spawn(move || {
                let mut i = 0;
                // Writes before, during and after the restore.
                while !stop.load(Ordering::Relaxed) || i < 3 {
                    i += 1;
                    let text = format!("RW {run} {i}");
                    let out = livcr(env, &["case", "note", code, &text]).output().unwrap();
                    if out.status.success() {
                        acked.lock().unwrap().push(text);
                    } else {
                        let err = String::from_utf8_lossy(&out.stderr);
                        assert!(!err.contains("database is locked"), "{err}");
                    }
                }
            });
            std::thread::sleep(Duration::from_millis(400 + 150 * run as u64 % 600));
            let out = livcr(env, &["--yes", "restore", s(&backup)])
                .output()
                .unwrap();
            std::thread::sleep(Duration::from_millis(300));
            stop.store(true, Ordering::Relaxed);
            out
        });
        assert!(
            restored.status.success(),
            "{}",
            String::from_utf8_lossy(&restored.stderr)
        );
        let kept = beside(&env, ".before-restore-");
        assert_eq!(kept.len(), 1, "{kept:?}");
        let mut have = notes(&env.db_path(), "RW ");
        have.extend(notes(&kept[0], "RW "));
        let acked = acked.lock().unwrap();
        assert!(acked.len() >= 3, "the writer wrote");
        let lost: Vec<&String> = acked.iter().filter(|t| !have.contains(t)).collect();
        lost_total += lost.len();
        assert!(
            lost.is_empty(),
            "run {run}: acknowledged notes lost: {lost:?}"
        );
        let check: String = env
            .db()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        env.ok(&["audit", "verify", "--deep"]);
        let log = env.ok(&["audit", "list", "--format", "json"]);
        assert!(log.contains("restored from a backup"), "{log}");
    }
    assert_eq!(lost_total, 0);
}

/// Finding 3: a backup whose records were edited outside livcr is refused, naming them.
#[test]
fn restore_refuses_a_backup_with_tampered_records() {
    let env = Env::new();
    common::scene::vlas(&env);
    common::scene::open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--summary", "Signaal via de school."],
    );
    let good = env.path("work/good.bak");
    env.ok(&["backup", s(&good)]);
    let bad = env.path("work/c.bak");
    std::fs::copy(&good, &bad).unwrap();
    let conn = rusqlite::Connection::open(&bad).unwrap();
    conn.execute("UPDATE case_file SET summary = 'tampered'", [])
        .unwrap();
    drop(conn);
    let stderr = env.refused(&["--yes", "restore", s(&bad)]);
    assert!(stderr.contains("c.bak"), "{stderr}");
    assert!(
        stderr.contains("differ from their last audited state")
            || stderr.contains("differs from its last audited state"),
        "{stderr}"
    );
    assert!(stderr.contains("case_file"), "{stderr}");
    assert!(!stderr.contains("livcr-tmp"), "{stderr}");
    assert!(beside(&env, "livcr-tmp").is_empty());
    assert!(beside(&env, "before-restore").is_empty());
    // The untouched backup restores, and the live file passes --deep after.
    env.ok(&["--yes", "restore", s(&good)]);
    env.ok(&["audit", "verify", "--deep"]);
}

/// Finding 4: a plain backup restored onto an encrypted file stays encrypted, and says so.
#[test]
fn a_plain_backup_restored_onto_an_encrypted_file_stays_encrypted() {
    let env = Env::new();
    env.ok(&["org", "add", "Politie Zwalm", "--sector", "local_police"]);
    let plain = env.path("work/plain.bak");
    env.ok(&["backup", s(&plain)]);
    let key = key_file(&env, "key", PASS);
    env.ok(&["--key-file", s(&key), "encrypt"]);
    env.ok(&[
        "--key-file",
        s(&key),
        "org",
        "add",
        "OCMW Zwalm",
        "--sector",
        "ocmw",
    ]);
    let out = env.run(&["--key-file", s(&key), "--yes", "restore", s(&plain)]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("encrypted with the current file's key"),
        "{}",
        out.stderr
    );
    let status = env.ok(&["--key-file", s(&key), "status"]);
    assert!(status.contains("encrypted (SQLCipher)"), "{status}");
    for text in ["SQLite format 3", "Politie Zwalm"] {
        assert!(!holds(&env.db_path(), text), "{text:?} readable");
    }
    let orgs = env.ok(&["--key-file", s(&key), "org", "list"]);
    assert!(
        orgs.contains("Politie Zwalm") && !orgs.contains("OCMW Zwalm"),
        "{orgs}"
    );
    env.ok(&["--key-file", s(&key), "audit", "verify", "--deep"]);
    // The kept copy is encrypted too.
    let kept = beside(&env, ".before-restore-");
    assert_eq!(kept.len(), 1);
    assert!(!holds(&kept[0], "OCMW Zwalm"));
}

/// Finding 5: a backup taken before a rekey restores with --backup-key-file; without it the
/// error names the backup and the option, never a temporary file.
#[test]
fn a_backup_taken_before_a_rekey_restores_with_its_own_key() {
    let env = Env::empty();
    let key = key_file(&env, "key", PASS);
    let key2 = key_file(&env, "key2", PASS2);
    env.ok(&["--key-file", s(&key), "init"]);
    env.ok(&[
        "--key-file",
        s(&key),
        "org",
        "add",
        "Politie Zwalm",
        "--sector",
        "local_police",
    ]);
    let old = env.path("work/old.bak");
    env.ok(&["--key-file", s(&key), "backup", s(&old)]);
    env.ok(&["--key-file", s(&key), "rekey", "--new-key-file", s(&key2)]);
    let before = sha(&env.db_path());
    let out = env.run(&["--key-file", s(&key2), "--yes", "restore", s(&old)]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!(
            "wrong passphrase for the backup {}",
            old.display()
        )),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--backup-key-file"), "{}", out.stderr);
    assert!(!out.stderr.contains("livcr-tmp"), "{}", out.stderr);
    assert_eq!(before, sha(&env.db_path()));
    // A wrong --backup-key-file is named.
    let out = env.run(&[
        "--key-file",
        s(&key2),
        "--yes",
        "restore",
        s(&old),
        "--backup-key-file",
        s(&key2),
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("key2"), "{}", out.stderr);
    assert_eq!(before, sha(&env.db_path()));
    let out = env.run(&[
        "--key-file",
        s(&key2),
        "--yes",
        "restore",
        s(&old),
        "--backup-key-file",
        s(&key),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The restored file keeps the current passphrase.
    let orgs = env.ok(&["--key-file", s(&key2), "org", "list"]);
    assert!(orgs.contains("Politie Zwalm"), "{orgs}");
    env.ok(&["--key-file", s(&key2), "audit", "verify", "--deep"]);
    let out = env.run(&["--key-file", s(&key), "org", "list"]);
    assert_eq!(out.code, 1, "the old passphrase no longer opens the file");
    assert!(beside(&env, "livcr-tmp").is_empty());
}

/// Finding 5: empty, foreign, truncated, random and text backups are refused naming the backup
/// (never a temporary file, never a bare SQLite error code), and nothing changes.
#[test]
fn a_bad_backup_is_refused_naming_the_backup() {
    let env = Env::new();
    env.ok(&["org", "add", "Politie Zwalm", "--sector", "local_police"]);
    let good = env.path("work/good.bak");
    env.ok(&["backup", s(&good)]);
    let bytes = std::fs::read(&good).unwrap();

    let empty = env.path("work/empty.bak");
    std::fs::write(&empty, b"").unwrap();
    let foreign = env.path("work/foreign.bak");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let truncated = env.path("work/truncated.bak");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let random = env.path("work/random.bak");
    std::fs::write(
        &random,
        (0..8192u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect::<Vec<u8>>(),
    )
    .unwrap();
    let text = env.path("work/notes.bak");
    std::fs::write(&text, "just some notes\n".repeat(100)).unwrap();

    for (file, says) in [
        (&empty, "is an empty file"),
        (&foreign, "is another program's SQLite database"),
        (&truncated, "cannot be read: it is damaged, truncated"),
        (&random, "is encrypted and no key was given"),
        (&text, "is a text file"),
    ] {
        let stderr = env.refused(&["--yes", "restore", s(file)]);
        assert!(
            stderr.contains(&format!("the backup {}", file.display())),
            "{stderr}"
        );
        assert!(stderr.contains(says), "{stderr}");
        assert!(!stderr.contains("livcr-tmp"), "{stderr}");
        assert!(!stderr.contains("Error code"), "{stderr}");
        assert!(
            !stderr.contains(&env.db_path().display().to_string()),
            "the live file is not blamed: {stderr}"
        );
    }
    // With a key given, random bytes are a wrong passphrase for the backup.
    let key = key_file(&env, "key", PASS);
    let stderr = env.refused(&["--yes", "restore", s(&random), "--backup-key-file", s(&key)]);
    assert!(
        stderr.contains(&format!(
            "wrong passphrase for the backup {}",
            random.display()
        )),
        "{stderr}"
    );
    assert!(beside(&env, "livcr-tmp").is_empty());
    assert!(beside(&env, "before-restore").is_empty());
}

fn set_header(path: &Path, app_id: Option<i32>, version: Option<i32>) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(conn);
    let mut bytes = std::fs::read(path).unwrap();
    if let Some(a) = app_id {
        bytes[68..72].copy_from_slice(&a.to_be_bytes());
    }
    if let Some(v) = version {
        bytes[60..64].copy_from_slice(&v.to_be_bytes());
    }
    std::fs::write(path, bytes).unwrap();
}

/// Finding 15b: restore and demo leave a live file that is not livcr's, or is newer, as it was.
#[test]
fn restore_and_demo_refuse_a_file_that_is_not_livcrs_or_is_newer() {
    let env = Env::new();
    let good = env.path("work/good.bak");
    env.ok(&["backup", s(&good)]);
    let demo = env.path("work/d.db");
    env.ok(&["demo", "--db", s(&demo)]);
    for (name, app, version, says) in [
        (
            "zeroed.db",
            Some(0),
            None,
            "another program's SQLite database",
        ),
        ("newer.db", None, Some(99), "newer livcr"),
    ] {
        let path = env.path(&format!("work/{name}"));
        std::fs::copy(&demo, &path).unwrap();
        set_header(&path, app, version);
        let before = sha(&path);
        let out = env.run(&["--db", s(&path), "--yes", "restore", s(&good)]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(out.stderr.contains(says), "{}", out.stderr);
        assert_eq!(before, sha(&path), "{name} changed by restore");
        let out = env.run(&["demo", "--db", s(&path)]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(
            out.stderr.contains("is not a livcr demo database"),
            "{}",
            out.stderr
        );
        assert_eq!(before, sha(&path), "{name} changed by demo");
    }
    // A real livcr file is not the demo's either.
    let before = sha(&env.db_path());
    let out = env.run(&["demo", "--db", s(&env.db_path())]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("another path"), "{}", out.stderr);
    assert_eq!(before, sha(&env.db_path()));
    // Its own demo file it replaces.
    env.ok(&["demo", "--db", s(&demo)]);
}

/// Finding 6: after a restore, purge names the copies livcr kept beside the file; a temporary
/// copy left by a killed livcr is removed by the next backup or restore.
#[test]
fn purge_names_livcrs_own_copies_and_stale_temporary_files_are_removed() {
    let mut env = Env::new();
    common::scene::vlas(&env);
    env.today = "2024-02-20".into();
    let code = common::scene::open(
        &env,
        "Kuurne",
        "right_wing",
        "18_24",
        &["--summary", "Affiches in de sporthal."],
    );
    let code = code.trim().to_string();
    env.ok(&[
        "case",
        "move",
        &code,
        "--to",
        "declined",
        "--reason",
        "buiten opdracht",
    ]);
    env.today = common::TODAY.into();
    let bak = env.path("work/b.bak");
    env.ok(&["backup", s(&bak)]);
    env.ok(&["--yes", "restore", s(&bak)]);
    let kept = beside(&env, ".before-restore-");
    assert_eq!(kept.len(), 1);
    let out = env.run(&["purge", "--yes"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains(&kept[0].display().to_string()),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("kept by `livcr restore`"),
        "{}",
        out.stderr
    );
    // One copy, in plain words.
    assert!(
        out.stderr
            .contains("warning: 1 copy livcr kept beside the database"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("delete it (with its -wal"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("(ies)"), "{}", out.stderr);
    assert!(
        holds(&kept[0], "Affiches in de sporthal."),
        "the kept copy is named because it still holds the case"
    );

    // Stale temporary copies (untouched for two hours) go; a fresh one stays.
    let stale = common_tmp(&env, "livcr.db.livcr-tmp-00000000deadbeef", 7200);
    let stale_wal = common_tmp(&env, "livcr.db.livcr-tmp-00000000deadbeef-wal", 7200);
    let fresh = common_tmp(&env, "livcr.db.livcr-tmp-00000000cafebabe", 0);
    let out = env.run(&["backup", s(&env.path("work/b2.bak"))]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("removed 1 temporary file left"),
        "{}",
        out.stderr
    );
    assert!(!stale.exists() && !stale_wal.exists());
    assert!(fresh.exists());
}

fn common_tmp(env: &Env, name: &str, age_secs: u64) -> PathBuf {
    let path = env.db_path().with_file_name(name);
    std::fs::write(&path, b"partial copy").unwrap();
    let f = std::fs::File::options().write(true).open(&path).unwrap();
    f.set_modified(std::time::SystemTime::now() - Duration::from_secs(age_secs))
        .unwrap();
    path
}

/// Cuts the audit log after row `keep` and rewrites the recorded head.
fn cut_tail(env: &Env, keep: i64) {
    let db = env.tamper();
    db.execute("DELETE FROM audit_log WHERE id > ?1", [keep])
        .unwrap();
    let hash: String = db
        .query_row("SELECT hash FROM audit_log WHERE id = ?1", [keep], |r| {
            r.get(0)
        })
        .unwrap();
    db.execute(
        "UPDATE setting SET value = ?1 WHERE key = 'audit_head'",
        [format!("{keep}:{hash}")],
    )
    .unwrap();
}

/// Finding 15a: a missing anchored row says where the log now ends; a malformed anchor line in
/// a file is an error naming its line number.
#[test]
fn a_missing_anchor_says_where_the_log_ends_and_a_malformed_line_is_named() {
    let env = Env::new();
    for i in 0..6 {
        env.ok(&["org", "add", &format!("Dienst {i}"), "--sector", "other"]);
    }
    let anchor = env.ok(&["audit", "anchor"]).trim().to_string();
    let row: i64 = anchor
        .split_whitespace()
        .find_map(|t| t.strip_prefix("row="))
        .unwrap()
        .parse()
        .unwrap();
    let file = env.path("anchors.txt");
    std::fs::write(
        &file,
        format!("# kept on paper\nlivcr-anchor v1 row=3 at=x sha256=zz\n{anchor}\n"),
    )
    .unwrap();
    let out = env.run(&["audit", "verify", "--anchor", s(&file)]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("line 2 of file"), "{}", out.stderr);
    assert!(out.stderr.contains("not a valid anchor"), "{}", out.stderr);

    cut_tail(&env, row - 4);
    env.ok(&["audit", "verify"]);
    let out = env.run(&["audit", "verify", "--anchor", &anchor]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!(
            "the log now ends at row {}, so rows {} to {row} at least were cut",
            row - 4,
            row - 3
        )),
        "{}",
        out.stderr
    );
}
