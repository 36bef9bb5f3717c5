//! The foundation: init, files, config, output formats, municipalities, audit, demo.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::Env;
use rusqlite::Connection;

#[test]
fn cli_definition_is_consistent() {
    use clap::CommandFactory;
    livcr::cli::Cli::command().debug_assert();
    // The tree livcr parses with: each command's own --format.
    livcr::cli::command().debug_assert();
}

#[test]
fn init_creates_a_private_file_in_a_private_folder() {
    let env = Env::empty();
    let out = env.run(&["init", "--plain"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("created database"), "{}", out.stderr);
    let db = env.db_path();
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "database mode");
    let dir_mode = std::fs::metadata(db.parent().unwrap())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(dir_mode, 0o700, "folder mode");
    assert_eq!(env.count("SELECT count(*) FROM municipality"), 565);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'init'"),
        1
    );
    let version: i64 = env
        .db()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert!(version >= 1);
}

#[test]
fn init_twice_is_refused_and_the_file_is_unchanged() {
    let env = Env::new();
    let before = std::fs::read(env.db_path()).unwrap();
    let err = env.refused(&["init"]);
    assert!(err.contains("already exists"), "{err}");
    assert!(err.contains(&env.db_path().display().to_string()), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert_eq!(
        before,
        std::fs::read(env.db_path()).unwrap(),
        "bytes unchanged"
    );
}

#[test]
fn db_path_comes_from_flag_then_env_then_config() {
    let env = Env::empty();
    let flag = env.path("work/flag.db");
    env.ok(&["--db", flag.to_str().unwrap(), "init", "--plain"]);
    assert!(flag.exists());

    let via_env = env.path("work/env.db");
    let out = env
        .cmd()
        .env("LIVCR_DB", &via_env)
        .args(["init", "--plain"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(via_env.exists());

    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    let via_config = env.path("work/config.db");
    std::fs::write(
        env.config_path(),
        format!(
            "db = \"{}\"\nactor = \"Secretariaat\"\n",
            via_config.display()
        ),
    )
    .unwrap();
    env.ok(&["init", "--plain"]);
    assert!(via_config.exists());
    let show = env.ok(&["config", "show", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&show).unwrap();
    let actor = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == "actor")
        .unwrap();
    assert_eq!(actor["value"], "Secretariaat");
    assert!(actor["source"].as_str().unwrap().contains("config file"));
    let rows: Vec<String> = Connection::open(&via_config)
        .unwrap()
        .prepare("SELECT actor FROM audit_log")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(rows, vec!["Secretariaat".to_string()]);
}

#[test]
fn config_errors_name_the_key_and_the_line() {
    let env = Env::new();
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "lang = \"nl\"\ncolor = \"yes\"\n").unwrap();
    let out = env.run(&["config", "show"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("color"), "{}", out.stderr);
    assert!(out.stderr.contains("line 2"), "{}", out.stderr);

    std::fs::write(env.config_path(), "suppress_below = \"three\"\n").unwrap();
    let out = env.run(&["config", "show"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("suppress_below"), "{}", out.stderr);
    assert!(out.stderr.contains("line 1"), "{}", out.stderr);
}

#[test]
fn config_default_is_the_example_file_and_loads() {
    let env = Env::new();
    let text = env.ok(&["config", "default"]);
    assert_eq!(
        text,
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/config.toml"))
            .unwrap()
    );
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), &text).unwrap();
    env.ok(&["config", "show"]);
}

#[test]
fn a_newer_database_is_refused_naming_both_versions() {
    let env = Env::new();
    env.db().pragma_update(None, "user_version", 99).unwrap();
    let before = std::fs::read(env.db_path()).unwrap();
    let out = env.run(&["audit", "list"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("newer livcr"), "{}", out.stderr);
    assert!(out.stderr.contains("99"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("up to {}", livcr::db::migrate::LATEST)),
        "{}",
        out.stderr
    );
    assert_eq!(before, std::fs::read(env.db_path()).unwrap());
}

#[test]
fn missing_database_says_how_to_create_one() {
    let env = Env::empty();
    let out = env.run(&["audit", "list"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("no database at"), "{}", out.stderr);
    assert!(out.stderr.contains("livcr init"), "{}", out.stderr);
    assert!(!env.db_path().exists());
}

#[test]
fn municipality_list_in_every_format_parses_back() {
    let env = Env::empty();
    let csv_text = env.ok(&["municipality", "list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "nis");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 565);
    assert!(
        rows.iter()
            .any(|r| &r[0] == "21004" && &r[2] == "Bruxelles")
    );

    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["municipality", "list", "--format", "json"])).unwrap();
    let array = json.as_array().unwrap();
    assert_eq!(array.len(), 565);
    assert_eq!(array[0]["nis"], "11001");
    let brussels = array.iter().find(|m| m["nis"] == "21004").unwrap();
    assert!(brussels["province_nis"].is_null());

    let md = env.ok(&[
        "municipality",
        "list",
        "--format",
        "md",
        "--region",
        "brussels",
    ]);
    assert_eq!(md.lines().count(), 2 + 19, "{md}");
    assert!(md.starts_with("| nis | name_nl |"));

    let table = env.ok(&["municipality", "list", "--region", "brussels"]);
    assert!(table.is_ascii() || table.contains("Brüssel"));
    assert!(table.contains("21004"));
}

#[test]
fn search_works_in_three_languages_ignoring_case_and_accents() {
    let env = Env::empty();
    for query in ["Bruxelles", "brussel", "Brüssel", "BRUSSEL"] {
        let json: serde_json::Value = serde_json::from_str(&env.ok(&[
            "municipality",
            "list",
            "--search",
            query,
            "--format",
            "json",
        ]))
        .unwrap();
        let codes: Vec<&str> = json
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["nis"].as_str().unwrap())
            .collect();
        assert!(codes.contains(&"21004"), "{query}: {codes:?}");
        let show = env.ok(&["municipality", "show", query, "--format", "json"]);
        assert!(show.contains("\"21004\""), "{query}");
    }
    let liege = env.ok(&["municipality", "show", "liege", "--format", "json"]);
    assert!(liege.contains("62063"));
}

#[test]
fn merged_codes_and_names_are_mapped_with_a_note() {
    let env = Env::empty();
    let out = env.run(&["municipality", "show", "71022", "--format", "json"]);
    assert_eq!(out.code, 0);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["nis"], "71072");
    assert!(
        out.stderr.contains("note:") && out.stderr.contains("71072"),
        "{}",
        out.stderr
    );

    let out = env.run(&["municipality", "show", "Borsbeek", "--format", "json"]);
    assert_eq!(out.code, 0);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["nis"], "11002");
    assert!(out.stderr.contains("Antwerpen"), "{}", out.stderr);
}

#[test]
fn unknown_municipality_suggests_close_names() {
    let env = Env::empty();
    let out = env.run(&["municipality", "show", "Haselt"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("unknown municipality \"Haselt\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: did you mean Hasselt (71072)"),
        "{}",
        out.stderr
    );
    let out = env.run(&["municipality", "show", "99999"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("99999"), "{}", out.stderr);
}

#[test]
fn audit_verify_catches_a_row_changed_behind_its_back() {
    let env = Env::new();
    env.ok(&[
        "--as",
        "alice",
        "backup",
        env.path("work/b1.db").to_str().unwrap(),
    ]);
    let ok = env.ok(&["audit", "verify"]);
    assert!(ok.contains("audit chain ok"), "{ok}");

    env.tamper()
        .execute("UPDATE audit_log SET actor = 'mallory' WHERE id = 1", [])
        .unwrap();
    let out = env.run(&["audit", "verify"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("row 1"), "{}", out.stderr);
}

#[test]
fn audit_verify_catches_deleted_and_inserted_rows() {
    let env = Env::new();
    // Three more rows through the tool.
    for i in 0..3 {
        env.ok(&[
            "backup",
            env.path(&format!("work/b{i}.db")).to_str().unwrap(),
        ]);
    }
    let total = env.count("SELECT count(*) FROM audit_log");
    assert!(total >= 4, "{total}");
    let deleted = Env::new();
    std::fs::copy(env.db_path(), deleted.db_path()).unwrap();
    deleted
        .tamper()
        .execute("DELETE FROM audit_log WHERE id = 2", [])
        .unwrap();
    let out = deleted.run(&["audit", "verify"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("row 2"), "{}", out.stderr);

    let last = Env::new();
    std::fs::copy(env.db_path(), last.db_path()).unwrap();
    last.tamper()
        .execute(
            "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
            [],
        )
        .unwrap();
    assert_eq!(last.run(&["audit", "verify"]).code, 1);

    env.db()
        .execute(
            "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, summary, prev_hash, hash)
             SELECT 100, at, actor, action, entity, entity_id, summary, hash, hash
             FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
            [],
        )
        .unwrap();
    assert_eq!(env.run(&["audit", "verify"]).code, 1);
}

#[test]
fn audit_list_filters_by_entity_and_date() {
    let env = Env::new();
    let json: serde_json::Value = serde_json::from_str(
        &env.ok(&["audit", "list", "--entity", "database", "--format", "json"]),
    )
    .unwrap();
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["actor"], "tester");
    // Stamped with the real time of the write, not LIVCR_TODAY's day (issue 13, part 6).
    let at = json[0]["at"].as_str().unwrap();
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    assert!(
        at.len() == 20 && at.ends_with('Z') && at <= now.as_str(),
        "{at}"
    );
    let later: serde_json::Value = serde_json::from_str(&env.ok(&[
        "audit",
        "list",
        "--since",
        "2099-12-31",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(later.as_array().unwrap().len(), 0);
    let err = env.refused(&["audit", "list", "--since", "2026-13-01"]);
    assert!(err.contains("2026-13-01"), "{err}");
}

#[test]
fn broken_pipe_ends_quietly() {
    let env = Env::empty();
    let bin = assert_cmd::cargo::cargo_bin("livcr");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' municipality list --format csv | head -1; echo \"status=${{PIPESTATUS:-x}}\"",
            bin.display()
        ))
        .env("HOME", env.path("home"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("nis,"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
    // The exit status of livcr itself in a pipeline.
    let status = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "set -o pipefail; '{}' municipality list --format csv | head -1 >/dev/null",
            bin.display()
        ))
        .env("HOME", env.path("home"))
        .status()
        .unwrap();
    assert!(status.success(), "livcr exited non-zero on a closed pipe");
}

#[test]
fn wrong_format_for_a_command_is_refused() {
    // A usage error (exit 2) naming the formats the command accepts; nothing is written.
    let env = Env::new();
    let before = env.snapshot();
    for args in [
        &["municipality", "list", "--format", "html"][..],
        &["--format", "html", "municipality", "list"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr
                .contains("invalid value 'html' for '--format <FORMAT>'")
                && out
                    .stderr
                    .contains("[possible values: table, json, csv, md]"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(before, env.snapshot());
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    let out = env.run(&["municipality", "list", "--region", "mars"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn bad_livcr_today_is_an_error() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("LIVCR_TODAY", "30/11/2026")
        .args(["audit", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("LIVCR_TODAY"));
}

#[test]
fn demo_writes_its_own_file_and_refuses_a_real_database() {
    let env = Env::new();
    // LIVCR_DB pointing at the real database must not redirect the demo.
    let out = env
        .cmd()
        .env("LIVCR_DB", env.db_path())
        .arg("demo")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let demo = env.path("work/livcr-demo.db");
    assert!(demo.exists());
    // A second run replaces its own demo.
    env.ok(&["demo"]);
    // A real database is never overwritten by the demo.
    let real = env.db_path();
    let before = std::fs::read(&real).unwrap();
    let out = env.run(&["demo", "--db", real.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("not a livcr demo database"),
        "{}",
        out.stderr
    );
    assert_eq!(before, std::fs::read(&real).unwrap());
    // Nor is any other file.
    let other = env.path("work/notes.txt");
    std::fs::write(&other, "keep me").unwrap();
    assert_eq!(env.run(&["demo", "--db", other.to_str().unwrap()]).code, 1);
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "keep me");
}
