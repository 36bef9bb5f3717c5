//! The file: encryption at rest, only livcr files opened, anchors, backup and restore, writers
//! side by side, a writer killed at random moments.

mod common;

use std::path::{Path, PathBuf};

use common::{Env, json, sha256_hex};

const PASS: &str = "correct horse battery staple";

/// A key file of mode 0600 in the test folder.
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

/// An environment whose database is encrypted with [`PASS`]; returns the key file.
fn encrypted_env() -> (Env, PathBuf) {
    let env = Env::empty();
    let key = key_file(&env, "key", PASS);
    env.ok(&["--key-file", key.to_str().unwrap(), "init"]);
    (env, key)
}

fn k(key: &Path) -> &str {
    key.to_str().unwrap()
}

fn sha(path: &Path) -> String {
    sha256_hex(&std::fs::read(path).unwrap_or_default())
}

/// Raw bytes of a file and its -wal contain `needle`.
fn holds(path: &Path, needle: &str) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    [path.to_path_buf(), PathBuf::from(wal)].iter().any(|p| {
        let bytes = std::fs::read(p).unwrap_or_default();
        bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
    })
}

#[test]
fn init_without_key_or_plain_is_refused_naming_both() {
    let env = Env::empty();
    let out = env.run(&["--no-input", "init"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("--key-file"), "{}", out.stderr);
    assert!(out.stderr.contains("--plain"), "{}", out.stderr);
    assert!(!env.db_path().exists(), "no file left behind");
}

#[test]
fn plain_init_says_what_it_means() {
    let env = Env::empty();
    let out = env.run(&["init", "--plain"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("(plain: not encrypted)"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("livcr encrypt"), "{}", out.stderr);
    let status = json(&env.ok(&["status", "--format", "json"]));
    assert_eq!(status["encrypted"], false);
}

#[test]
fn key_file_must_be_private_and_long_enough() {
    let env = Env::empty();
    let short = key_file(&env, "short", "too short");
    let out = env.run(&["--key-file", k(&short), "init"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("shorter than 12"), "{}", out.stderr);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let open = key_file(&env, "open", PASS);
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = env.run(&["--key-file", k(&open), "init"]);
        assert_eq!(out.code, 1);
        assert!(out.stderr.contains("mode 0644"), "{}", out.stderr);
        assert!(out.stderr.contains("chmod 600"), "{}", out.stderr);
    }
    // A folder is not a key file, and the hint does not say to chmod it (found in review).
    let folder = env.path("a-folder");
    std::fs::create_dir_all(&folder).unwrap();
    let out = env.run(&["--key-file", k(&folder), "init"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("not a regular file"), "{}", out.stderr);
    assert!(!out.stderr.contains("chmod"), "{}", out.stderr);
    assert!(!env.db_path().exists());
}

#[test]
fn an_encrypted_file_shows_no_text_and_needs_its_key() {
    let (env, key) = encrypted_env();
    let kf = k(&key);
    env.ok(&[
        "--key-file",
        kf,
        "cell",
        "add",
        "ZWLG",
        "--name",
        "Veiligheidscel Zwalmdelta",
        "--municipality",
        "Zwalm",
    ]);
    // Checkpoint by a clean close happened; neither the file nor its -wal shows the name.
    assert!(!holds(&env.db_path(), "Zwalmdelta"));
    assert!(!holds(&env.db_path(), "SQLite format 3"));
    assert!(!holds(&env.db_path(), "audit_log"));

    let status = json(&env.ok(&["--key-file", kf, "status", "--format", "json"]));
    assert_eq!(status["encrypted"], true);
    let show = env.ok(&["--key-file", kf, "config", "show", "--format", "json"]);
    assert!(show.contains("yes (SQLCipher)"), "{show}");

    // No key: one clear error, file unchanged.
    let before = sha(&env.db_path());
    let out = env.run(&["--no-input", "cell", "list"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("is encrypted"), "{}", out.stderr);
    assert!(out.stderr.contains("--key-file"), "{}", out.stderr);
    // Wrong key: the one error, nothing else on stderr (SQLCipher's log silenced).
    let wrong = key_file(&env, "wrong", "wrong horse battery staple");
    let out = env.run(&["--key-file", k(&wrong), "cell", "list"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("error: wrong passphrase or not a livcr database"),
        "{}",
        out.stderr
    );
    // The key also comes from the environment and from the config.
    let out = env
        .cmd()
        .env("LIVCR_KEY_FILE", &key)
        .args(["cell", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(
        env.config_path(),
        format!("key_file = \"{}\"\n", key.display()),
    )
    .unwrap();
    assert!(env.ok(&["cell", "list"]).contains("ZWLG"));
    assert_eq!(before, sha(&env.db_path()), "reads did not change the file");
}

#[test]
fn only_livcr_files_are_opened_and_never_written() {
    let env = Env::empty();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.db", Vec::new(), "an empty file"),
        ("notes.db", b"some notes\n".to_vec(), "a text file"),
        (
            "random.db",
            (0..4096u32).map(|i| (i * 7 % 251) as u8).collect(),
            "",
        ),
    ];
    for (name, bytes, what) in cases {
        let path = env.path(name);
        std::fs::write(&path, &bytes).unwrap();
        for args in [
            vec!["cell", "list"],
            vec!["audit", "verify"],
            vec![
                "cell",
                "add",
                "XY",
                "--name",
                "XY",
                "--municipality",
                "Zwalm",
            ],
        ] {
            let mut full = vec!["--db", path.to_str().unwrap(), "--no-input"];
            full.extend(args);
            let out = env.run(&full);
            assert_eq!(out.code, 1, "{name}: {}", out.stderr);
            assert!(out.stderr.contains(what), "{name}: {}", out.stderr);
            assert!(
                out.stderr.contains("not a livcr database")
                    || out.stderr.contains("is encrypted and no key"),
                "{name}: {}",
                out.stderr
            );
            assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} untouched");
        }
    }
    // Another program's SQLite database.
    let other = env.path("other.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    let before = sha(&other);
    let out = env.run(&["--db", other.to_str().unwrap(), "case", "list"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("another program's SQLite database"),
        "{}",
        out.stderr
    );
    assert_eq!(before, sha(&other));
    // A wrong key on a random file: the one error.
    let key = key_file(&env, "key", PASS);
    let out = env.run(&[
        "--db",
        env.path("random.db").to_str().unwrap(),
        "--key-file",
        k(&key),
        "cell",
        "list",
    ]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("wrong passphrase or not a livcr database"),
        "{}",
        out.stderr
    );
}

#[test]
fn init_sets_the_application_id() {
    let env = Env::new();
    let id: i32 = env
        .db()
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(id, livcr::db::file::APPLICATION_ID);
}

#[test]
fn anchor_finds_a_cut_or_rewritten_tail() {
    let env = Env::new();
    env.ok(&["org", "add", "Politie Zwalm", "--sector", "local_police"]);
    let anchor = env.ok(&["audit", "anchor"]).trim().to_string();
    assert!(anchor.starts_with("livcr-anchor v1 row=2 at="), "{anchor}");
    env.ok(&["org", "add", "OCMW Zwalm", "--sector", "ocmw"]);
    let ok = env.ok(&["audit", "verify", "--anchor", &anchor]);
    assert!(ok.contains("1 anchor matches"), "{ok}");
    // A manifest or a file of lines works too.
    let file = env.path("anchors.txt");
    std::fs::write(&file, format!("kept on paper\n{anchor}\n")).unwrap();
    env.ok(&["audit", "verify", "--anchor", file.to_str().unwrap()]);

    // Whoever can write the file cuts the last two rows and fixes the head: the chain alone
    // says ok, the anchor does not.
    let db = env.tamper();
    db.execute_batch("DELETE FROM audit_log WHERE id >= 2")
        .unwrap();
    let (id, hash): (i64, String) = db
        .query_row(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    db.execute(
        "UPDATE setting SET value = ?1 WHERE key = 'audit_head'",
        [format!("{id}:{hash}")],
    )
    .unwrap();
    drop(db);
    env.ok(&["audit", "verify"]);
    let out = env.run(&["audit", "verify", "--anchor", &anchor]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("anchored row 2"), "{}", out.stderr);
    assert!(out.stderr.contains("missing"), "{}", out.stderr);
    let out = env.run(&["audit", "verify", "--anchor", "no anchor here"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("no anchor line"), "{}", out.stderr);
}

#[test]
fn backup_of_an_encrypted_file_is_encrypted_verified_and_restorable() {
    let (env, key) = encrypted_env();
    let kf = k(&key);
    env.ok(&[
        "--key-file",
        kf,
        "org",
        "add",
        "Politie Zwalm",
        "--sector",
        "local_police",
    ]);
    let backup = env.path("work/backup.db");
    let out = env.run(&["--key-file", kf, "backup", backup.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("encrypted with the same key"),
        "{}",
        out.stderr
    );
    assert!(!holds(&backup, "Politie Zwalm"));
    assert!(!holds(&backup, "SQLite format 3"));
    let leftovers: Vec<_> = std::fs::read_dir(env.path("work"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        leftovers,
        vec!["backup.db".to_string()],
        "no temporary file left"
    );
    // Never overwrites.
    let out = env.run(&["--key-file", kf, "backup", backup.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);

    env.ok(&[
        "--key-file",
        kf,
        "org",
        "add",
        "OCMW Zwalm",
        "--sector",
        "ocmw",
    ]);
    // Restore needs confirmation.
    let before = sha(&env.db_path());
    let out = env.run(&["--key-file", kf, "restore", backup.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert_eq!(before, sha(&env.db_path()));
    let out = env.run(&[
        "--key-file",
        kf,
        "--yes",
        "restore",
        backup.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("1 cell,") || out.stderr.contains("0 cells,"));
    assert!(out.stderr.contains("before-restore-"), "{}", out.stderr);
    let orgs = env.ok(&["--key-file", kf, "org", "list", "--format", "json"]);
    assert!(
        orgs.contains("Politie Zwalm") && !orgs.contains("OCMW Zwalm"),
        "{orgs}"
    );
    let log = env.ok(&["--key-file", kf, "audit", "list", "--format", "json"]);
    assert!(
        log.contains("restored from a backup whose last audit row is 2"),
        "{log}"
    );
    env.ok(&["--key-file", kf, "audit", "verify"]);
    // The previous file is kept beside it, whole.
    let kept: Vec<PathBuf> = std::fs::read_dir(env.db_path().parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".before-restore-"))
        .collect();
    assert_eq!(kept.len(), 1);
    let out = env.run(&[
        "--db",
        kept[0].to_str().unwrap(),
        "--key-file",
        kf,
        "org",
        "list",
    ]);
    assert!(out.stdout.contains("OCMW Zwalm"), "{}", out.stderr);
}

#[test]
fn restore_refuses_a_bad_candidate_and_changes_nothing() {
    let env = Env::new();
    let before = sha(&env.db_path());
    let junk = env.path("work/junk.db");
    std::fs::write(&junk, b"").unwrap();
    let out = env.run(&["--yes", "restore", junk.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("empty file"), "{}", out.stderr);
    let out = env.run(&[
        "--yes",
        "restore",
        env.path("work/none.db").to_str().unwrap(),
    ]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("no backup at"), "{}", out.stderr);
    assert_eq!(before, sha(&env.db_path()));
    let names: Vec<String> = std::fs::read_dir(env.db_path().parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("livcr-tmp") || n.contains("before-restore"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn encrypt_and_rekey_in_place() {
    let env = Env::new();
    env.ok(&["org", "add", "Politie Zwalm", "--sector", "local_police"]);
    assert!(holds(&env.db_path(), "Politie Zwalm"));
    let out = env.run(&["--no-input", "encrypt"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("--key-file"), "{}", out.stderr);
    let key = key_file(&env, "key", PASS);
    env.ok(&["--key-file", k(&key), "encrypt"]);
    assert!(!holds(&env.db_path(), "Politie Zwalm"));
    let out = env.run(&["--key-file", k(&key), "org", "list"]);
    assert!(out.stdout.contains("Politie Zwalm"), "{}", out.stderr);
    let out = env.run(&["--key-file", k(&key), "encrypt"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("already encrypted"), "{}", out.stderr);

    let new = key_file(&env, "new", "another long passphrase");
    env.ok(&["--key-file", k(&key), "rekey", "--new-key-file", k(&new)]);
    let out = env.run(&["--key-file", k(&key), "org", "list"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("wrong passphrase"), "{}", out.stderr);
    let log = env.ok(&["--key-file", k(&new), "audit", "list", "--format", "json"]);
    assert!(
        log.contains("\"encrypt\"") && log.contains("\"rekey\""),
        "{log}"
    );
    env.ok(&["--key-file", k(&new), "audit", "verify"]);
    let names: Vec<String> = std::fs::read_dir(env.db_path().parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("livcr-tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn a_newer_file_is_refused_untouched() {
    let env = Env::new();
    env.db().pragma_update(None, "user_version", 99).unwrap();
    let before = sha(&env.db_path());
    let out = env.run(&["org", "list"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("newer livcr"), "{}", out.stderr);
    assert_eq!(before, sha(&env.db_path()));
}

#[test]
fn deep_verify_names_records_changed_outside_livcr() {
    let env = Env::new();
    audited_case(&env);

    // Edited with a plain SQLite client: the chain alone still says ok, --deep does not.
    let db = env.tamper();
    db.execute_batch("UPDATE organisation SET name = 'Someone else' WHERE id = 1;")
        .unwrap();
    let journal: i64 = db
        .query_row("SELECT count(*) FROM case_event", [], |r| r.get(0))
        .unwrap();
    assert!(journal > 0);
    drop(db);
    env.ok(&["audit", "verify"]);
    let out = env.run(&["audit", "verify", "--deep"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("organisation 1: differs from its last audited state"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("1 record or schema object differs"),
        "{}",
        out.stderr
    );
    // A record inserted outside livcr has no audited state.
    env.db()
        .execute_batch(
            "INSERT INTO setting (key, value) VALUES ('x', 'y');
             INSERT INTO municipality_merger SELECT '99999', 'Nowhere', new_nis, merged_on
               FROM municipality_merger LIMIT 1;",
        )
        .unwrap();
    let out = env.run(&["audit", "verify", "--deep", "--format", "json"]);
    assert_eq!(out.code, 1);
    let v = json(&out.stdout);
    let problems = v["deep"]["problems"].to_string();
    assert!(
        problems.contains("municipality_merger 99999: exists without"),
        "{problems}"
    );
}

/// A scene with one case with a journal note, every record as audited (`verify --deep`
/// passes); returns the case's code.
fn audited_case(env: &Env) -> String {
    common::scene::vlas(env);
    let code = common::scene::open(env, "Kortrijk", "religious", "18_24", &[]);
    let code = code.trim().to_string();
    env.ok(&[
        "case",
        "note",
        &code,
        "Eerste overleg met de school gepland.",
    ]);
    let ok = env.ok(&["audit", "verify", "--deep"]);
    assert!(ok.contains("records match their audited state"), "{ok}");
    code
}

/// A write refused because of what was changed outside livcr left the file as it was.
fn refused_untouched(env: &Env, args: &[&str], expected: &[&str]) {
    let before = sha(&env.db_path());
    let rows = env.count("SELECT count(*) FROM audit_log");
    let out = env.run(args);
    assert_eq!(out.code, 1, "{args:?}: {}", out.stderr);
    for e in expected {
        assert!(out.stderr.contains(e), "{args:?}: {e:?} in {}", out.stderr);
    }
    assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log"),
        rows,
        "{args:?}"
    );
    assert_eq!(sha(&env.db_path()), before, "{args:?}");
}

/// Found by the adversarial review: a livcr write that touched a record edited outside livcr
/// took the edited record as its audited state, and `verify --deep` passed afterwards. Such a
/// write is refused, whether the record was edited, added or deleted outside livcr (a deleted
/// journal entry's id given again to a new one).
#[test]
fn a_write_that_would_hide_a_change_made_outside_livcr_is_refused() {
    let env = Env::new();
    let code = audited_case(&env);
    let id = env.count(&format!("SELECT id FROM case_file WHERE code = '{code}'"));
    env.db()
        .execute(
            "UPDATE case_file SET summary = 'changed outside' WHERE id = ?1",
            [id],
        )
        .unwrap();
    refused_untouched(
        &env,
        &["case", "review", &code, "--interval", "4w"],
        &[&format!(
            "case_file {id}: differs from its last audited state"
        )],
    );
    // Still found by verify --deep, and a write that does not touch it goes through.
    let out = env.run(&["audit", "verify", "--deep"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    env.ok(&["org", "add", "OCMW Zwalm", "--sector", "ocmw"]);

    // A record added outside livcr, then edited through livcr.
    let env = Env::new();
    audited_case(&env);
    env.db()
        .execute_batch(
            "INSERT INTO organisation (id, name, sector, created_at)
             SELECT 99, 'Planted', sector, created_at FROM organisation LIMIT 1",
        )
        .unwrap();
    refused_untouched(
        &env,
        &["org", "edit", "99", "--legal-basis", "x"],
        &["organisation 99: exists without an audited state"],
    );

    // The last journal entry deleted outside livcr: the next note would take its id.
    let env = Env::new();
    let code = audited_case(&env);
    let last = env.count("SELECT max(id) FROM case_event");
    env.tamper()
        .execute("DELETE FROM case_event WHERE id = ?1", [last])
        .unwrap();
    refused_untouched(
        &env,
        &["case", "note", &code, "Tweede overleg."],
        &[&format!("case_event {last}: deleted outside livcr")],
    );
}

/// Found by the adversarial review: a trigger planted with a plain SQLite client made livcr's
/// own writes carry its changes, audited as livcr's, and `verify --deep` did not look at the
/// schema. Every write (and every audited view) is refused while the schema differs from the
/// one livcr makes, and `verify --deep` names what differs.
#[test]
fn a_file_whose_schema_was_changed_outside_livcr_takes_no_write() {
    let env = Env::new();
    let code = audited_case(&env);
    env.db()
        .execute_batch(
            "CREATE TRIGGER planted AFTER INSERT ON case_event BEGIN
                 UPDATE case_file SET summary = 'planted' WHERE id = NEW.case_id;
             END;",
        )
        .unwrap();
    refused_untouched(
        &env,
        &["case", "note", &code, "Tweede overleg."],
        &["trigger planted: added outside livcr"],
    );
    refused_untouched(&env, &["case", "show", &code], &["trigger planted"]);
    let out = env.run(&["audit", "verify", "--deep", "--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        json(&out.stdout)["deep"]["problems"]
            .to_string()
            .contains("schema: trigger planted added outside livcr"),
        "{}",
        out.stdout
    );
    // A rule's trigger dropped, or changed, is named too.
    let env = Env::new();
    let code = audited_case(&env);
    env.db()
        .execute_batch(
            "DROP TRIGGER meeting_held_frozen;
             DROP INDEX meeting_held_by_cell;
             CREATE INDEX meeting_held_by_cell ON meeting (cell_id);",
        )
        .unwrap();
    refused_untouched(
        &env,
        &["case", "note", &code, "Tweede overleg."],
        &[
            "trigger meeting_held_frozen: removed outside livcr",
            "index meeting_held_by_cell: changed outside livcr",
        ],
    );
    // A trigger slipped in under a name SQLite keeps for its statistics (writable_schema)
    // counts too (found by the second adversarial review: such names were left out).
    let env = Env::new();
    let code = audited_case(&env);
    env.db()
        .execute_batch(
            "PRAGMA writable_schema = ON;
             INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql)
             VALUES ('trigger', 'sqlite_stat4', 'case_event', 0,
                     'CREATE TRIGGER sqlite_stat4 AFTER INSERT ON case_event BEGIN
                        UPDATE case_file SET summary = ''planted'' WHERE id = NEW.case_id;
                      END');",
        )
        .unwrap();
    refused_untouched(
        &env,
        &["case", "note", &code, "Tweede overleg."],
        &["trigger sqlite_stat4: added outside livcr"],
    );
}

/// Found by the second adversarial review: the purge marker, set with a plain SQLite client,
/// switched off the rule triggers for every client, went unreported, and made purge fail with
/// a raw constraint error. A write is refused while it is there; `verify --deep` names it.
#[test]
fn a_purge_marker_left_outside_livcr_takes_no_write() {
    let env = note_after_outside(
        "INSERT INTO setting (key, value) VALUES ('purging', '1')",
        "the setting 'purging'",
    );
    let out = env.run(&["audit", "verify", "--deep"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("setting purging: set outside a purge"),
        "{}",
        out.stderr
    );
}

/// Found by the second adversarial review: the audit log's recorded head, changed outside
/// livcr, was trusted, and the next row chained onto a row that is not there. The write is
/// refused, naming the head.
#[test]
fn a_head_that_is_not_the_logs_last_row_takes_no_write() {
    note_after_outside(
        "UPDATE setting SET value = '999:abc' WHERE key = 'audit_head'",
        "recorded head (row 999) is not its last row",
    );
}

/// An audited case, `sql` run on the file with a plain SQLite client, and a note refused for
/// it (naming `expected`) with the file left as it was.
fn note_after_outside(sql: &str, expected: &str) -> Env {
    let env = Env::new();
    let code = audited_case(&env);
    env.db().execute_batch(sql).unwrap();
    refused_untouched(
        &env,
        &["case", "note", &code, "Tweede overleg."],
        &[expected],
    );
    env
}

/// Cuts the audit log after row `keep` and rewrites the recorded head, as an attacker with a
/// plain SQLite client would (the triggers dropped first).
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

#[test]
fn the_monthly_manifest_and_the_minutes_carry_an_anchor() {
    let env = Env::new();
    common::scene::vlas(&env);
    common::scene::open(&env, "Kortrijk", "religious", "18_24", &[]);
    let dir = env.path("work/export");
    std::fs::create_dir_all(&dir).unwrap();
    env.ok(&[
        "export",
        "monthly",
        "--month",
        "2026-11",
        "--out",
        dir.to_str().unwrap(),
    ]);
    let manifest = dir.join("livcr-VLAS-2026-11.csv.manifest.json");
    let m = json(&std::fs::read_to_string(&manifest).unwrap());
    let line = m["anchor"].as_str().expect("an anchor in the manifest");
    let anchored: i64 = line
        .split_whitespace()
        .find_map(|t| t.strip_prefix("row="))
        .unwrap()
        .parse()
        .unwrap();
    assert!(line.starts_with("livcr-anchor v1 row="), "{line}");
    // The manifest is accepted as it was written.
    let ok = env.ok(&["audit", "verify", "--anchor", manifest.to_str().unwrap()]);
    assert!(ok.contains("1 anchor matches"), "{ok}");

    // Minutes of a meeting, in Markdown and HTML, carry the head as one line too.
    let meeting = common::scene::plan(&env, "2026-12-07", "14:00", &[]);
    for format in ["md", "html"] {
        let out = env.path(&format!("work/minutes.{format}"));
        env.ok(&[
            "meeting",
            "minutes",
            &meeting,
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        let text = std::fs::read_to_string(&out).unwrap();
        assert_eq!(text.matches("livcr-anchor v1 row=").count(), 1, "{text}");
        let ok = env.ok(&["audit", "verify", "--anchor", out.to_str().unwrap()]);
        assert!(ok.contains("1 anchor matches"), "{ok}");
    }

    // The tail cut back to before the exported row, the head recomputed: the chain alone
    // holds, the manifest does not.
    cut_tail(&env, anchored - 1);
    env.ok(&["audit", "verify"]);
    let out = env.run(&["audit", "verify", "--anchor", manifest.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!("anchored row {anchored}")),
        "{}",
        out.stderr
    );
    let minutes = env.path("work/minutes.md");
    let out = env.run(&["audit", "verify", "--anchor", minutes.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
}

/// A file with a case (summary and a note), a disclosure-register row, and a clean
/// `audit verify --deep`; returns the case code.
fn deep_scene(env: &Env) -> String {
    common::scene::vlas(env);
    let code = common::scene::open(
        env,
        "Kortrijk",
        "religious",
        "18_24",
        &[
            "--summary",
            "Signaal via de school over uitspraken in de klas.",
        ],
    )
    .trim()
    .to_string();
    env.ok(&[
        "case",
        "note",
        &code,
        "Eerste overleg met de school gepland.",
    ]);
    env.ok(&["export", "cases", "--with-text", "--format", "json"]);
    assert!(env.count("SELECT count(*) FROM disclosure") > 0);
    let ok = env.ok(&["audit", "verify", "--deep"]);
    assert!(ok.contains("records match their audited state"), "{ok}");
    code
}

fn deep_fails(env: &Env, expect: &[&str]) {
    env.ok(&["audit", "verify"]);
    let out = env.run(&["audit", "verify", "--deep"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    for e in expect {
        assert!(out.stderr.contains(e), "{e:?} not in:\n{}", out.stderr);
    }
}

#[test]
fn deep_verify_finds_a_summary_edited_with_a_plain_client() {
    let env = Env::new();
    let code = deep_scene(&env);
    env.tamper()
        .execute(
            "UPDATE case_file SET summary = 'Iets anders.' WHERE code = ?1",
            [&code],
        )
        .unwrap();
    deep_fails(&env, &["case_file ", "differs from its last audited state"]);
}

#[test]
fn deep_verify_finds_a_case_deleted_with_its_journal() {
    let env = Env::new();
    let code = deep_scene(&env);
    let db = env.tamper();
    db.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    let id: i64 = db
        .query_row("SELECT id FROM case_file WHERE code = ?1", [&code], |r| {
            r.get(0)
        })
        .unwrap();
    db.execute("DELETE FROM case_event WHERE case_id = ?1", [id])
        .unwrap();
    db.execute("DELETE FROM case_file WHERE id = ?1", [id])
        .unwrap();
    drop(db);
    deep_fails(
        &env,
        &[
            &format!("case_file {id}: deleted outside livcr"),
            "case_event ",
        ],
    );
}

#[test]
fn deep_verify_finds_a_disclosure_hash_changed() {
    let env = Env::new();
    deep_scene(&env);
    env.tamper()
        .execute_batch("UPDATE disclosure SET sha256 = '00' || substr(sha256, 3)")
        .unwrap();
    deep_fails(&env, &["disclosure 1: differs from its last audited state"]);
}

#[test]
fn deep_verify_finds_a_record_edited_with_its_audited_state() {
    let env = Env::new();
    let code = deep_scene(&env);
    // The attacker edits the summary and copies its new hash into record_state, so the two
    // agree; only the sum the chain carries gives it away.
    let db = env.tamper();
    let id: i64 = db
        .query_row("SELECT id FROM case_file WHERE code = ?1", [&code], |r| {
            r.get(0)
        })
        .unwrap();
    db.execute(
        "UPDATE case_file SET summary = 'Iets anders.' WHERE id = ?1",
        [id],
    )
    .unwrap();
    drop(db);
    let out = env.run(&["audit", "verify", "--deep"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    // The canonical form is public: the attacker recomputes the record's hash.
    let hash = canonical_hash(&env, "case_file", id);
    env.tamper()
        .execute(
            "UPDATE record_state SET hash = ?1 WHERE tbl = 'case_file' AND key = ?2",
            rusqlite::params![hash, id.to_string()],
        )
        .unwrap();
    deep_fails(&env, &["record_state", "audit row"]);
    // A later write through livcr does not launder it.
    env.ok(&[
        "org",
        "add",
        "Jeugdhulp Kortrijk",
        "--sector",
        "youth_welfare",
    ]);
    deep_fails(&env, &["record_state"]);
}

/// The canonical SHA-256 of one record (livcr's form: table name, NUL, then each column as a
/// type tag, a big-endian length and the bytes), as an attacker would recompute it.
fn canonical_hash(env: &Env, table: &str, rowid: i64) -> Vec<u8> {
    use rusqlite::types::ValueRef;
    use sha2::{Digest, Sha256};
    let db = env.db();
    let mut stmt = db
        .prepare(&format!("SELECT * FROM {table} WHERE rowid = ?1"))
        .unwrap();
    let n = stmt.column_count();
    let mut rows = stmt.query([rowid]).unwrap();
    let r = rows.next().unwrap().unwrap();
    let mut h = Sha256::new();
    h.update(table.as_bytes());
    h.update([0]);
    for i in 0..n {
        let (tag, bytes): (u8, Vec<u8>) = match r.get_ref(i).unwrap() {
            ValueRef::Null => (0, Vec::new()),
            ValueRef::Integer(v) => (1, v.to_be_bytes().to_vec()),
            ValueRef::Real(v) => (2, v.to_bits().to_be_bytes().to_vec()),
            ValueRef::Text(t) => (3, t.to_vec()),
            ValueRef::Blob(b) => (4, b.to_vec()),
        };
        h.update([tag]);
        h.update((bytes.len() as u64).to_be_bytes());
        h.update(&bytes);
    }
    h.finalize().to_vec()
}

/// A case whose note and summary must be gone after the purge: opened and declined on
/// 2024-02-20 (retention ended 2026-02-20), with a case that stays; returns the stay's summary.
fn purge_scene(env: &mut Env, note: &str, summary: &str, kept: &str) {
    common::scene::vlas(env);
    env.today = "2024-02-20".into();
    let code = common::scene::open(
        env,
        "Kuurne",
        "right_wing",
        "18_24",
        &["--summary", summary],
    );
    let code = code.trim().to_string();
    env.ok(&["case", "note", &code, note]);
    env.ok(&[
        "case",
        "move",
        &code,
        "--to",
        "declined",
        "--reason",
        "buiten opdracht",
    ]);
    common::scene::open(env, "Kortrijk", "religious", "18_24", &["--summary", kept]);
    env.today = common::TODAY.into();
}

/// Whether any of `paths` (and their -wal) holds `needle` in its raw bytes.
fn any_holds(paths: &[&Path], needle: &str) -> bool {
    paths.iter().any(|p| holds(p, needle))
}

#[test]
fn purged_text_is_gone_from_the_file_its_wal_and_a_later_backup() {
    const NOTE: &str = "Gesprek met de broer in het jeugdhuis verliep moeizaam.";
    const SUMMARY: &str = "Signaal over affiches in de sporthal van Kuurne.";
    const KEPT: &str = "Signaal via de school over uitspraken in de klas.";
    // A plain file: the texts are readable before the purge, gone after it.
    let mut env = Env::new();
    purge_scene(&mut env, NOTE, SUMMARY, KEPT);
    assert!(holds(&env.db_path(), NOTE), "the note is in the file first");
    env.ok(&["purge", "--yes"]);
    let backup = env.path("work/after-purge.db");
    env.ok(&["backup", backup.to_str().unwrap()]);
    for text in [NOTE, SUMMARY] {
        assert!(
            !any_holds(&[&env.db_path(), &backup], text),
            "{text:?} survived the purge"
        );
    }
    assert!(holds(&backup, KEPT), "the backup holds the kept case");
    env.ok(&["audit", "verify", "--deep"]);

    // An encrypted file (key from the config): no readable text at any time, none after.
    let mut env = Env::empty();
    let key = key_file(&env, "key", PASS);
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(
        env.config_path(),
        format!("key_file = \"{}\"\n", key.display()),
    )
    .unwrap();
    env.ok(&["init"]);
    purge_scene(&mut env, NOTE, SUMMARY, KEPT);
    for text in [NOTE, SUMMARY, KEPT, "SQLite format 3", "case_file"] {
        assert!(!holds(&env.db_path(), text), "{text:?} readable");
    }
    env.ok(&["purge", "--yes"]);
    let backup = env.path("work/after-purge.db");
    env.ok(&["backup", backup.to_str().unwrap()]);
    for text in [NOTE, SUMMARY, KEPT, "SQLite format 3", "Kuurne"] {
        assert!(
            !any_holds(&[&env.db_path(), &backup], text),
            "{text:?} readable after the purge"
        );
    }
    // The backup opens with the key and holds the kept case, not the purged one.
    let cases = env.ok(&[
        "--db",
        backup.to_str().unwrap(),
        "case",
        "list",
        "--format",
        "json",
    ]);
    assert_eq!(json(&cases).as_array().unwrap().len(), 1, "{cases}");
    env.ok(&["audit", "verify", "--deep"]);
}

#[test]
fn a_foreign_sqlite_file_is_refused_by_reads_and_writes_and_left_as_it_was() {
    let env = Env::empty();
    let other = env.path("other.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch(
            "PRAGMA journal_mode = DELETE; CREATE TABLE t (x); INSERT INTO t VALUES (1);",
        )
        .unwrap();
    }
    let empty = env.path("empty.db");
    std::fs::write(&empty, b"").unwrap();
    for path in [&other, &empty] {
        let before = std::fs::read(path).unwrap();
        for args in [
            vec!["case", "list"],
            vec!["audit", "verify"],
            vec!["org", "add", "Politie Zwalm", "--sector", "local_police"],
            vec!["backup", "copy.db"],
        ] {
            let mut full = vec!["--db", path.to_str().unwrap(), "--no-input"];
            full.extend(args.iter().copied());
            let out = env.run(&full);
            assert_eq!(out.code, 1, "{args:?}: {}", out.stderr);
            assert!(
                out.stderr.contains("not a livcr database"),
                "{args:?}: {}",
                out.stderr
            );
            assert_eq!(std::fs::read(path).unwrap(), before, "{args:?} changed it");
        }
        let dir: Vec<String> = std::fs::read_dir(env.path(""))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with("-wal") || n.ends_with("-shm") || n.ends_with("-journal"))
            .collect();
        assert!(dir.is_empty(), "{dir:?}");
        assert!(!env.path("work/copy.db").exists());
    }
}

#[test]
fn deep_verify_is_not_laundered_by_removing_the_baseline_mark() {
    // Found in review: the attacker edits a summary and deletes the setting that marks the
    // first audited state; the next ordinary write used to take a new baseline over the edit.
    let env = Env::new();
    let code = deep_scene(&env);
    let anchor = env.ok(&["audit", "anchor"]).trim().to_string();
    env.tamper()
        .execute_batch(&format!(
            "UPDATE case_file SET summary = 'Iets anders.' WHERE code = '{code}';
             DELETE FROM setting WHERE key = 'record_baseline';"
        ))
        .unwrap();
    deep_fails(&env, &["record_baseline", "case_file ", "differs"]);
    env.ok(&[
        "org",
        "add",
        "Jeugdhulp Kortrijk",
        "--sector",
        "youth_welfare",
    ]);
    // Neither the write nor the anchor hides it.
    deep_fails(&env, &["case_file ", "differs from its last audited state"]);
    let out = env.run(&["audit", "verify", "--deep", "--anchor", &anchor]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("differs"), "{}", out.stderr);
}

/// Runs livcr with the test keyring (a file, LIVCR_KEYRING_FILE) in place of the OS keyring.
fn with_ring(env: &Env, ring: &Path, args: &[&str]) -> common::Output {
    let out = env
        .cmd()
        .env("LIVCR_KEYRING_FILE", ring)
        .args(args)
        .output()
        .unwrap();
    common::Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn ring_ok(env: &Env, ring: &Path, args: &[&str]) -> common::Output {
    let out = with_ring(env, ring, args);
    assert_eq!(out.code, 0, "livcr {args:?}\n{}", out.stderr);
    out
}

/// The test keyring's entry for the environment's database.
fn ring_entry(ring: &Path, env: &Env) -> Option<String> {
    let text = std::fs::read_to_string(ring).ok()?;
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
    let account = std::fs::canonicalize(env.db_path()).unwrap();
    map.get(&format!("livcr\n{}", account.display()))
        .map(|v| v.as_str().unwrap().to_string())
}

/// A raw SQLCipher key with the database's salt: `x'<64 hex><32 hex>'`, the salt being the
/// file's first 16 bytes.
fn assert_raw_with_salt(kept: &str, env: &Env) {
    assert_eq!(kept.len(), 99, "{kept}");
    assert!(kept.starts_with("x'") && kept.ends_with('\''), "{kept}");
    let salt: String = std::fs::read(env.db_path()).unwrap()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(&kept[66..98], salt);
}

#[test]
fn the_key_kept_in_the_keyring_opens_the_file_until_forgotten() {
    let env = Env::empty();
    let key = key_file(&env, "key", PASS);
    let ring = env.path("ring.json");
    let out = ring_ok(&env, &ring, &["--key-file", k(&key), "init", "--keyring"]);
    assert!(
        out.stderr.contains("kept in the test keyring file"),
        "{}",
        out.stderr
    );
    // The keyring keeps the key derived from the passphrase with the file's salt, not the
    // passphrase: it opens the file without the 256,000 rounds of PBKDF2.
    let kept = ring_entry(&ring, &env).unwrap();
    assert_raw_with_salt(&kept, &env);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&ring).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // Later commands: no key file, no prompt.
    ring_ok(
        &env,
        &ring,
        &[
            "--no-input",
            "org",
            "add",
            "Politie Zwalm",
            "--sector",
            "local_police",
        ],
    );
    assert!(!holds(&env.db_path(), "Politie Zwalm"));
    let out = ring_ok(&env, &ring, &["--no-input", "org", "list"]);
    assert!(out.stdout.contains("Politie Zwalm"), "{}", out.stdout);
    let status = json(&ring_ok(&env, &ring, &["status", "--format", "json"]).stdout);
    assert_eq!(status["encrypted"], true);
    assert_eq!(status["key_from"], "OS keyring");
    let show = ring_ok(&env, &ring, &["config", "show", "--format", "json"]).stdout;
    assert!(show.contains("\"OS keyring\""), "{show}");
    // A backup taken with the keyring's key opens with the passphrase too, and restores.
    let backup = env.path("b.db");
    ring_ok(&env, &ring, &["backup", backup.to_str().unwrap()]);
    assert!(!holds(&backup, "Politie Zwalm"));
    let out = env.run(&[
        "--db",
        backup.to_str().unwrap(),
        "--key-file",
        k(&key),
        "org",
        "list",
    ]);
    assert!(out.stdout.contains("Politie Zwalm"), "{}", out.stderr);
    ring_ok(&env, &ring, &["--yes", "restore", backup.to_str().unwrap()]);
    // A key file still comes first.
    let status = json(
        &ring_ok(
            &env,
            &ring,
            &["--key-file", k(&key), "status", "--format", "json"],
        )
        .stdout,
    );
    assert_eq!(status["key_from"], "key file");

    // Forgotten: refused with the sources named, file unchanged.
    let out = ring_ok(&env, &ring, &["key", "forget"]);
    assert!(out.stderr.contains("removed the key"), "{}", out.stderr);
    assert_eq!(ring_entry(&ring, &env), None);
    let before = sha(&env.db_path());
    let out = with_ring(&env, &ring, &["--no-input", "org", "list"]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(
        out.stderr.contains("is encrypted and no key was given"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--key-file"), "{}", out.stderr);
    assert_eq!(before, sha(&env.db_path()));
    let show = ring_ok(&env, &ring, &["config", "show", "--format", "json"]).stdout;
    assert!(show.contains("\"prompt\""), "{show}");
    let out = ring_ok(&env, &ring, &["key", "forget"]);
    assert!(out.stderr.contains("held no key"), "{}", out.stderr);

    // Kept again from the key file, with an audit row.
    let out = ring_ok(&env, &ring, &["--key-file", k(&key), "key", "store"]);
    assert!(out.stderr.contains("kept the key"), "{}", out.stderr);
    let log = ring_ok(&env, &ring, &["audit", "list", "--format", "json"]).stdout;
    assert!(log.contains("\"key store\""), "{log}");
    ring_ok(&env, &ring, &["audit", "verify"]);
}

#[test]
fn a_wrong_key_in_the_keyring_is_the_one_error_and_changes_nothing() {
    let (env, key) = encrypted_env();
    let ring = env.path("ring.json");
    ring_ok(&env, &ring, &["--key-file", k(&key), "key", "store"]);
    let kept = ring_entry(&ring, &env).unwrap();
    // The passphrase changed elsewhere (this account's keyring not reachable there).
    let new = key_file(&env, "new", "another long passphrase");
    env.ok(&["--key-file", k(&key), "rekey", "--new-key-file", k(&new)]);
    assert_eq!(ring_entry(&ring, &env), Some(kept.clone()));
    let before = sha(&env.db_path());
    let out = with_ring(&env, &ring, &["--no-input", "cell", "list"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .starts_with("error: wrong passphrase or not a livcr database"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("livcr key forget"), "{}", out.stderr);
    assert!(out.stderr.contains("--key-file"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
    assert_eq!(before, sha(&env.db_path()), "file unchanged");
    // A rekey with the keyring reachable replaces the entry.
    let newer = key_file(&env, "newer", "yet another long passphrase");
    let out = ring_ok(&env, &ring, &["--key-file", k(&new), "key", "store"]);
    assert!(out.stderr.contains("kept the key"), "{}", out.stderr);
    let out = ring_ok(&env, &ring, &["rekey", "--new-key-file", k(&newer)]);
    assert!(
        out.stderr.contains("replaces the old one"),
        "{}",
        out.stderr
    );
    let now = ring_entry(&ring, &env).unwrap();
    assert_raw_with_salt(&now, &env);
    assert_ne!(now, kept);
    ring_ok(&env, &ring, &["--no-input", "cell", "list"]);
}

#[test]
fn a_keyring_out_of_reach_falls_back_quietly_and_says_so_when_asked() {
    let env = Env::empty();
    let key = key_file(&env, "key", PASS);
    // A test keyring whose folder does not exist cannot be reached.
    let ring = env.path("no-session/ring.json");
    let out = ring_ok(&env, &ring, &["--key-file", k(&key), "init", "--keyring"]);
    assert!(
        out.stderr
            .contains("warning: could not keep the key in the OS keyring"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("livcr key store"), "{}", out.stderr);
    // Quietly the next source: the key file, else the error naming the key sources.
    let out = ring_ok(&env, &ring, &["--key-file", k(&key), "cell", "list"]);
    assert!(!out.stderr.contains("keyring"), "{}", out.stderr);
    let before = sha(&env.db_path());
    let out = with_ring(&env, &ring, &["--no-input", "cell", "list"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("is encrypted and no key was given"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("no-session"), "{}", out.stderr);
    // Asked for by name: says so, changes nothing.
    let out = with_ring(&env, &ring, &["--key-file", k(&key), "key", "store"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("error: could not keep the key in the OS keyring"),
        "{}",
        out.stderr
    );
    let out = with_ring(&env, &ring, &["key", "forget"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("could not reach the OS keyring"),
        "{}",
        out.stderr
    );
    assert_eq!(before, sha(&env.db_path()), "file unchanged");
    assert!(!ring.parent().unwrap().exists());
}

#[test]
fn a_plain_file_has_no_key_to_keep() {
    let env = Env::new();
    let ring = env.path("ring.json");
    let before = sha(&env.db_path());
    let out = with_ring(&env, &ring, &["key", "store"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("is not encrypted"), "{}", out.stderr);
    assert!(!ring.exists());
    assert_eq!(before, sha(&env.db_path()));
    let out = env.run(&["--no-input", "init", "--plain", "--keyring"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn a_raw_key_file_from_key_new_opens_the_file_and_old_passphrase_files_still_work() {
    let env = Env::empty();
    let raw = env.path("raw.key");
    let out = env.run(&["key", "new", k(&raw)]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = std::fs::read_to_string(&raw).unwrap();
    let first = text.lines().next().unwrap();
    assert_eq!(first.len(), 67, "{first}");
    assert!(first.starts_with("x'") && first.ends_with('\''), "{first}");
    assert!(first[2..66].bytes().all(|b| b.is_ascii_hexdigit()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&raw).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // Never overwritten.
    let out = env.run(&["key", "new", k(&raw)]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    assert_eq!(text, std::fs::read_to_string(&raw).unwrap());
    // Two keys differ.
    let other = env.path("other.key");
    env.ok(&["key", "new", k(&other)]);
    assert_ne!(text, std::fs::read_to_string(&other).unwrap());

    env.ok(&["--key-file", k(&raw), "init"]);
    env.ok(&[
        "--key-file",
        k(&raw),
        "org",
        "add",
        "Politie Zwalm",
        "--sector",
        "local_police",
    ]);
    assert!(!holds(&env.db_path(), "Politie Zwalm"));
    let before = sha(&env.db_path());
    let out = env.run(&["--key-file", k(&other), "org", "list"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("wrong passphrase"), "{}", out.stderr);
    assert_eq!(before, sha(&env.db_path()));
    // From a raw key to a passphrase file and back: both kinds keep working.
    let pass = key_file(&env, "pass", PASS);
    env.ok(&["--key-file", k(&raw), "rekey", "--new-key-file", k(&pass)]);
    assert!(
        env.ok(&["--key-file", k(&pass), "org", "list"])
            .contains("Politie Zwalm")
    );
    env.ok(&["--key-file", k(&pass), "rekey", "--new-key-file", k(&other)]);
    assert!(
        env.ok(&["--key-file", k(&other), "org", "list"])
            .contains("Politie Zwalm")
    );
    env.ok(&["--key-file", k(&other), "audit", "verify"]);
    // A backup of a raw-key file opens with the same key file.
    let backup = env.path("b.db");
    env.ok(&["--key-file", k(&other), "backup", backup.to_str().unwrap()]);
    assert!(!holds(&backup, "Politie Zwalm"));
}

#[test]
fn a_command_that_only_reads_leaves_an_older_file_as_it_is() {
    // Found in review: `case list` on a file of an older schema upgraded it (and wrote the
    // copy beside it), although only a command that writes may upgrade.
    let env = Env::new();
    common::scene::vlas(&env);
    {
        let db = env.db();
        db.execute_batch(
            "DROP TRIGGER agenda_item_number_fresh; DROP TRIGGER agenda_item_number_given;
             DROP TRIGGER agenda_item_number_kept; DROP TRIGGER agenda_number_held_insert;
             DROP TRIGGER agenda_number_held_update; DROP TRIGGER agenda_number_held_delete;
             DROP TABLE agenda_number; PRAGMA user_version = 8;",
        )
        .unwrap();
    }
    let copy = env.path("data/livcr/livcr.db.before-upgrade-v8");
    let before = std::fs::read(env.db_path()).unwrap();
    for args in [
        &["case", "list"][..],
        &["cell", "list"],
        &["org", "list"],
        &["member", "list"],
        &["meeting", "list"],
        &["referral", "list"],
        &["feedback", "list"],
        &["purge", "--dry-run"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 1, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("schema version 8") && out.stderr.contains("livcr upgrade"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(!copy.exists(), "{args:?} wrote {}", copy.display());
        assert_eq!(std::fs::read(env.db_path()).unwrap(), before, "{args:?}");
    }
    // A command that writes upgrades it, after the copy.
    env.ok(&[
        "org",
        "add",
        "Jeugdhulp Kortrijk",
        "--sector",
        "youth_welfare",
    ]);
    assert!(copy.exists());
    assert_eq!(env.count("SELECT count(*) FROM agenda_number"), 0);
    env.ok(&["case", "list"]);
}

#[test]
fn config_show_does_not_call_a_stub_file_encrypted() {
    // Found in review: a 16-byte file holding only the SQLite header was "yes (SQLCipher)".
    let env = Env::empty();
    std::fs::create_dir_all(env.db_path().parent().unwrap()).unwrap();
    std::fs::write(env.db_path(), b"SQLite format 3\0").unwrap();
    let show = env.ok(&["config", "show"]);
    assert!(show.contains("(not a database)"), "{show}");
    assert!(!show.contains("SQLCipher"), "{show}");
    assert_eq!(std::fs::read(env.db_path()).unwrap(), b"SQLite format 3\0");
}

/// `init` on a path the keyring still holds a key for (an earlier database there, deleted by
/// hand) replaces that entry when it keeps the new key, else removes it with a note: a stale
/// entry would be tried, and fail, on every later command.
#[test]
fn init_replaces_or_removes_a_stale_keyring_entry() {
    let env = Env::empty();
    let key = key_file(&env, "key", PASS);
    let ring = env.path("ring.json");
    ring_ok(&env, &ring, &["--key-file", k(&key), "init", "--keyring"]);
    let first = ring_entry(&ring, &env).unwrap();
    let remove = |env: &Env| {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = env.db_path().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    };
    // A plain file: the entry goes, with a note; later commands work.
    remove(&env);
    let out = ring_ok(&env, &ring, &["init", "--plain"]);
    assert!(
        out.stderr.contains("removed the key the test keyring file"),
        "{}",
        out.stderr
    );
    assert_eq!(ring_entry(&ring, &env), None);
    ring_ok(&env, &ring, &["--no-input", "org", "list"]);
    // An encrypted file with a key file, not kept: the stale entry goes too.
    remove(&env);
    ring_ok(&env, &ring, &["--key-file", k(&key), "init", "--keyring"]);
    remove(&env);
    let other = key_file(&env, "other", "another long passphrase");
    let out = ring_ok(&env, &ring, &["--key-file", k(&other), "init"]);
    assert!(out.stderr.contains("removed the key"), "{}", out.stderr);
    assert_eq!(ring_entry(&ring, &env), None);
    ring_ok(&env, &ring, &["--key-file", k(&other), "org", "list"]);
    // Kept: the new key replaces the old one, no note about removing.
    remove(&env);
    let out = ring_ok(&env, &ring, &["--key-file", k(&key), "init", "--keyring"]);
    assert!(!out.stderr.contains("removed the key"), "{}", out.stderr);
    let now = ring_entry(&ring, &env).unwrap();
    assert_ne!(now, first, "a new file has a new salt, so a new kept key");
    ring_ok(&env, &ring, &["--no-input", "org", "list"]);
}

/// `rekey` with the keyring out of reach succeeds but warns that an entry kept there holds the
/// old key, naming `livcr key forget` and `livcr key store`.
#[test]
fn rekey_with_the_keyring_out_of_reach_warns() {
    let (env, key) = encrypted_env();
    let ring = env.path("no-session/ring.json");
    let new = key_file(&env, "new", "another long passphrase");
    let out = ring_ok(
        &env,
        &ring,
        &["--key-file", k(&key), "rekey", "--new-key-file", k(&new)],
    );
    assert!(
        out.stderr.contains("warning: the test keyring file"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("could not be reached")
            && out.stderr.contains("`livcr key forget`")
            && out.stderr.contains("`livcr key store`"),
        "{}",
        out.stderr
    );
    env.ok(&["--key-file", k(&new), "audit", "verify"]);
}

/// Key files: a UTF-8 byte order mark is not part of the passphrase; a first line that starts
/// like a raw key but is not one is refused, not taken as a passphrase; `rekey` to the key the
/// file already has changes nothing and says so.
#[test]
fn key_files_with_a_bom_a_malformed_raw_key_and_the_same_key() {
    let env = Env::empty();
    let key = key_file(&env, "key", PASS);
    env.ok(&["--key-file", k(&key), "init"]);
    let bom = key_file(&env, "bom", &format!("\u{feff}{PASS}"));
    env.ok(&["--key-file", k(&bom), "org", "list"]);

    for bad in [
        "x'abc'",
        &format!("x'{}", "a".repeat(64)),
        &format!("x'{}'", "g".repeat(64)),
    ] {
        let badkey = key_file(&env, "bad", bad);
        let before = sha(&env.db_path());
        let out = env.run(&["--key-file", k(&badkey), "org", "list"]);
        assert_eq!(out.code, 1, "{bad}: {}", out.stdout);
        assert!(
            out.stderr
                .contains("starts like a raw key (x'…) but is not one")
                && out.stderr.contains("64 hexadecimal digits"),
            "{}",
            out.stderr
        );
        assert!(
            !out.stderr.contains(bad),
            "the key is not echoed: {}",
            out.stderr
        );
        assert_eq!(before, sha(&env.db_path()));
        // Nor as a new key.
        let out = env.run(&["--key-file", k(&key), "rekey", "--new-key-file", k(&badkey)]);
        assert_eq!(out.code, 1);
        assert!(
            out.stderr.contains("starts like a raw key"),
            "{}",
            out.stderr
        );
        assert_eq!(before, sha(&env.db_path()));
        std::fs::remove_file(&badkey).unwrap();
    }
    let fresh = Env::empty();
    let badkey = key_file(&fresh, "bad", "x'abc'");
    let out = fresh.run(&["--key-file", k(&badkey), "init"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("starts like a raw key"),
        "{}",
        out.stderr
    );
    assert!(!fresh.db_path().exists());

    // The same key again, as the same passphrase or through the BOM file.
    let rows = |env: &Env| env.ok(&["--key-file", k(&key), "audit", "list", "--format", "json"]);
    let log_before = rows(&env);
    let before = sha(&env.db_path());
    for same in [&key, &bom] {
        let out = env.run(&["--key-file", k(&key), "rekey", "--new-key-file", k(same)]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains("already has: nothing was changed"),
            "{}",
            out.stderr
        );
        assert_eq!(before, sha(&env.db_path()));
    }
    assert_eq!(log_before, rows(&env), "no rekey row");
    // With the key kept in the keyring (its raw form), the passphrase is still the same key.
    let ring = env.path("ring.json");
    ring_ok(&env, &ring, &["--key-file", k(&key), "key", "store"]);
    let out = ring_ok(&env, &ring, &["rekey", "--new-key-file", k(&key)]);
    assert!(out.stderr.contains("nothing was changed"), "{}", out.stderr);
}

/// With no keyring reachable, `config show` says so rather than "nothing kept"; `key store`
/// failing with a key file given does not tell to give one.
#[test]
fn an_unreachable_keyring_is_named_as_such() {
    let (env, key) = encrypted_env();
    let ring = env.path("no-session/ring.json");
    let show = ring_ok(&env, &ring, &["config", "show"]).stdout;
    let line = show.lines().find(|l| l.starts_with("key_from")).unwrap();
    assert!(
        line.contains("could not be reached") && !line.contains("nothing kept"),
        "{line}"
    );
    let before = sha(&env.db_path());
    let out = with_ring(&env, &ring, &["--key-file", k(&key), "key", "store"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("could not keep the key in the OS keyring"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("give the key with --key-file")
            && out.stderr.contains(&format!("the key file {}", k(&key))),
        "{}",
        out.stderr
    );
    assert_eq!(before, sha(&env.db_path()));
    // A reachable, empty keyring: "nothing kept" is true there.
    let ring = env.path("ring.json");
    let show = ring_ok(&env, &ring, &["config", "show"]).stdout;
    let line = show.lines().find(|l| l.starts_with("key_from")).unwrap();
    assert!(line.contains("nothing kept in the OS keyring"), "{line}");
}
