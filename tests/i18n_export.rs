//! Exports, reports and reminders in Dutch, French and German: the lines a person reads speak
//! the language (dates too), while the CSV and JSON a script reads are byte for byte the English
//! ones, with the same exit codes and the same database.

mod common;

use std::sync::OnceLock;

use common::Env;

/// A demo database (cases, actions, reviews, members), made once.
fn demo() -> &'static (Env, String) {
    static DEMO: OnceLock<(Env, String)> = OnceLock::new();
    DEMO.get_or_init(|| {
        let env = Env::empty();
        let db = env
            .path("work/demo.db")
            .to_str()
            .expect("utf-8 path")
            .to_string();
        env.ok(&["demo", "--db", &db]);
        (env, db)
    })
}

/// A copy of the demo database of its own for one test (tests run side by side), named `name`.
fn demo_copy(name: &str) -> (&'static Env, String) {
    let (env, db) = demo();
    let copy = env.path(&format!("work/{name}.db"));
    for suffix in ["", "-wal"] {
        let from = format!("{db}{suffix}");
        if std::path::Path::new(&from).exists() {
            std::fs::copy(&from, format!("{}{suffix}", copy.display())).unwrap();
        }
    }
    (env, copy.to_str().expect("utf-8 path").to_string())
}

fn audit_rows(db: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn remind_lines_speak_the_language_and_its_json_does_not_change() {
    let (env, db) = demo_copy("remind");
    let db = &db;
    let args = [
        "--db",
        db.as_str(),
        "remind",
        "--within",
        "1y",
        "--fail-if-due",
    ];
    let json_args = [&args[..], &["--format", "json"]].concat();
    let english = env.run(&args);
    let json_en = env.run(&json_args);
    assert_eq!((english.code, json_en.code), (3, 3), "{}", english.stderr);
    assert!(
        english.stdout.contains("OVERDUE since"),
        "{}",
        english.stdout
    );
    let rows = audit_rows(db);
    for (lang, overdue, group, date) in [
        ("nl", "TE LAAT sinds", "evaluaties (", " nov 2026"),
        ("fr", "EN RETARD depuis le", "évaluations (", " nov. 2026"),
        ("de", "ÜBERFÄLLIG seit", "Überprüfungen (", " Nov. 2026"),
    ] {
        let out = env.run_in(lang, &args);
        assert_eq!(out.code, 3, "{lang}: {}", out.stderr);
        assert!(out.stdout.contains(overdue), "{lang}: {}", out.stdout);
        assert!(out.stdout.contains(group), "{lang}: {}", out.stdout);
        assert!(out.stdout.contains(date), "{lang}: {}", out.stdout);
        for english_word in [
            "OVERDUE",
            " overdue",
            "reviews (",
            "  due ",
            "review\n",
            "case ",
        ] {
            assert!(
                !out.stdout.contains(english_word),
                "{lang}: English {english_word:?} in:\n{}",
                out.stdout
            );
        }
        let json = env.run_in(lang, &json_args);
        assert_eq!(json.code, 3, "{lang}");
        assert_eq!(
            json.stdout, json_en.stdout,
            "{lang}: remind --format json differs"
        );
    }
    assert_eq!(audit_rows(db), rows, "remind never writes");
}

#[test]
fn export_confirms_in_the_language_and_its_csv_does_not_change() {
    let (env, db) = demo_copy("export");
    let db = db.as_str();
    let csv_en = env.ok(&["--db", db, "export", "cases"]);
    for (lang, word) in [
        ("nl", "dossiers geschreven naar"),
        ("fr", "dossiers écrits dans"),
        ("de", "Fälle in"),
    ] {
        let csv = env.run_in(lang, &["--db", db, "export", "cases"]);
        assert_eq!(
            (csv.code, csv.stdout.as_str()),
            (0, csv_en.as_str()),
            "{lang}"
        );
        let file = format!("cases-{lang}.csv");
        let rows = audit_rows(db);
        let out = env.run_in(lang, &["--db", db, "export", "cases", "--out", &file]);
        assert_eq!(out.code, 0, "{lang}: {}", out.stderr);
        assert!(out.stderr.contains(word), "{lang}: {}", out.stderr);
        assert!(!out.stderr.contains("wrote"), "{lang}: {}", out.stderr);
        assert_eq!(audit_rows(db), rows + 1, "{lang}: one audit row per export");
        let written = std::fs::read_to_string(env.path(&format!("work/{file}"))).unwrap();
        assert_eq!(written, csv_en, "{lang}: the file is the English CSV");
    }
}

#[test]
fn a_report_of_a_year_to_come_is_refused_in_the_language() {
    let (env, db) = demo_copy("report");
    let db = db.as_str();
    let rows = audit_rows(db);
    let before = common::dump(&rusqlite::Connection::open(db).unwrap());
    let english = env.run(&["--db", db, "report", "annual", "--year", "2027"]);
    assert_eq!(english.code, 1, "{}", english.stderr);
    assert!(
        english.stderr.contains("has not begun yet"),
        "{}",
        english.stderr
    );
    for (lang, word) in [
        ("nl", "nog niet begonnen"),
        ("fr", "pas encore commencé"),
        ("de", "noch nicht begonnen"),
    ] {
        let out = env.run_in(lang, &["--db", db, "report", "annual", "--year", "2027"]);
        assert_eq!(out.code, 1, "{lang}: {}", out.stderr);
        assert!(out.stderr.contains(word), "{lang}: {}", out.stderr);
        assert!(
            !out.stderr.contains("has not begun"),
            "{lang}: {}",
            out.stderr
        );
    }
    assert_eq!(audit_rows(db), rows, "a refusal writes nothing");
    assert_eq!(
        before,
        common::dump(&rusqlite::Connection::open(db).unwrap()),
        "a refusal changes nothing"
    );
}

#[test]
fn the_demo_bulk_load_refuses_a_scale_out_of_range_in_the_language() {
    let env = Env::empty();
    for (lang, word) in [
        ("nl", "gebruik"),
        ("fr", "utilisez"),
        ("de", "verwenden Sie"),
    ] {
        let db = env.path(&format!("work/bulk-{lang}.db"));
        let db = db.to_str().unwrap();
        let out = env.run_in(lang, &["demo", "--db", db, "--scale", "100000"]);
        assert_eq!(out.code, 1, "{lang}: {}", out.stderr);
        assert!(out.stderr.contains(word), "{lang}: {}", out.stderr);
        assert!(
            !out.stderr.contains("out of range"),
            "{lang}: {}",
            out.stderr
        );
        assert!(
            !std::path::Path::new(db).exists(),
            "{lang}: no file written"
        );
    }
}
