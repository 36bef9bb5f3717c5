//! The interface language for the whole program (area `main`): refusals of the shared code
//! (lookups, dates, case codes, municipalities, the text gate, columns), `config show`'s
//! `ui_lang`, table headings, the demo's tour and the manual pages speak Dutch, French and
//! German; exit codes, the database and the JSON and CSV outputs stay as in English.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::Env;

const LANGS: [&str; 3] = ["nl", "fr", "de"];

/// Words that mark a sentence as English (as in tests/i18n.rs).
const ENGLISH: &[&str] = &[
    " the ",
    " cannot ",
    " which ",
    " should ",
    " must ",
    " with ",
    " found",
    " missing",
    " invalid",
    " unknown ",
    " print ",
    " show ",
    " when ",
    " this ",
];

fn english_words(text: &str) -> Vec<&'static str> {
    let lower = format!(
        " {} ",
        text.to_lowercase().replace(['\n', '(', ')', ','], " ")
    );
    ENGLISH
        .iter()
        .filter(|w| lower.contains(*w))
        .copied()
        .collect()
}

/// The error prefix of each language (main.ftl's `error-prefix`).
fn error_prefix(lang: &str) -> &'static str {
    match lang {
        "nl" => "fout: ",
        "fr" => "erreur : ",
        "de" => "Fehler: ",
        _ => "error: ",
    }
}

/// A refusal in `lang`: exit 1 as in English, the database untouched, the message starting
/// with the language's error prefix, holding `word` and no English. Returns stderr.
fn refused_in(env: &Env, lang: &str, args: &[&str], word: &str) -> String {
    let before = env.snapshot();
    let english = env.run(args);
    assert_eq!(
        english.code, 1,
        "English run of {args:?}: {}",
        english.stderr
    );
    assert_eq!(
        before,
        env.snapshot(),
        "English {args:?} changed the database"
    );
    let out = env.run_in(lang, args);
    assert_eq!(
        out.code, english.code,
        "{lang} {args:?}: exit code differs from English\n{}",
        out.stderr
    );
    assert_eq!(
        before,
        env.snapshot(),
        "{lang} {args:?} changed the database"
    );
    assert!(
        out.stderr.starts_with(error_prefix(lang)),
        "{lang} {args:?}: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains(word),
        "{lang} {args:?}: {word:?} not in\n{}",
        out.stderr
    );
    let words = english_words(&out.stderr);
    assert!(
        words.is_empty(),
        "{lang} {args:?}: English words {words:?} in\n{}",
        out.stderr
    );
    out.stderr
}

#[test]
fn refusals_of_the_shared_code_speak_each_language() {
    let env = Env::new();
    common::scene::vlas(&env);
    // (args, a word of the Dutch, French and German message)
    let cases: &[(&[&str], [&str; 3])] = &[
        (
            &["case", "show", "K7M4-QX2B"],
            ["dossiercode", "code du dossier", "Fallcode"],
        ),
        (
            &["case", "show", "ABC"],
            ["dossiercode", "code du dossier", "Fallcode"],
        ),
        (
            &["municipality", "show", "99999"],
            ["NIS-code", "code INS", "NIS-Code"],
        ),
        (
            &["municipality", "show", "Atlantis"],
            ["onbekende gemeente", "commune", "unbekannte Gemeinde"],
        ),
        (
            &["case", "list", "--columns", "code,shoe_size"],
            ["onbekende kolom", "colonne", "unbekannte Spalte"],
        ),
        (
            &["--cell", "NOPE", "case", "list"],
            ["onbekende LIVC-R", "CSIL-R", "unbekannte LIVC-R"],
        ),
        (
            &[
                "case",
                "open",
                "--municipality",
                "Kortrijk",
                "--phenomenon",
                "religious",
                "--age-band",
                "18_24",
                "--source",
                "partner",
                "--on",
                "31/02/2026",
                "--summary",
                "Zorgen op school",
            ],
            ["ongeldige datum", "date", "ungültiges Datum"],
        ),
        (
            &[
                "case",
                "open",
                "--municipality",
                "Kortrijk",
                "--phenomenon",
                "religious",
                "--age-band",
                "18_24",
                "--source",
                "partner",
                "--summary",
                "Mail naar jan.peeters@example.org gestuurd",
            ],
            ["privacycontrole", "confidentialité", "Datenschutzprüfung"],
        ),
    ];
    for (args, words) in cases {
        for (lang, word) in LANGS.iter().zip(words) {
            refused_in(&env, lang, args, word);
        }
    }
}

#[test]
fn a_file_without_a_cell_and_a_missing_database_are_refused_in_each_language() {
    let env = Env::new();
    for (lang, word) in LANGS.iter().zip([
        "nog geen LIVC-R",
        "pas encore de CSIL-R",
        "noch keine LIVC-R",
    ]) {
        refused_in(&env, lang, &["case", "list"], word);
    }
    let empty = Env::empty();
    for (lang, word) in
        LANGS
            .iter()
            .zip(["geen databank", "pas de base de données", "keine Datenbank"])
    {
        let out = empty.run_in(lang, &["case", "list"]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(out.stderr.contains(word), "{lang}: {}", out.stderr);
        assert!(english_words(&out.stderr).is_empty(), "{}", out.stderr);
        assert!(!empty.db_path().exists());
    }
}

#[test]
fn a_bad_livcr_today_is_refused_in_each_language() {
    let env = Env::new();
    for (lang, word) in LANGS.iter().zip([
        "ongeldige LIVCR_TODAY",
        "LIVCR_TODAY",
        "ungültiges LIVCR_TODAY",
    ]) {
        let out = env
            .cmd()
            .env("LIVCR_LANG", lang)
            .env("LIVCR_TODAY", "morgen-ochtend")
            .args(["status"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.starts_with(error_prefix(lang)), "{stderr}");
        assert!(stderr.contains(word), "{lang}: {stderr}");
        assert!(english_words(&stderr).is_empty(), "{lang}: {stderr}");
    }
}

#[test]
fn machine_outputs_are_byte_identical_in_every_language() {
    let env = Env::new();
    common::scene::vlas(&env);
    common::scene::case(&env);
    let commands: &[&[&str]] = &[
        &["case", "list", "--all", "--format", "json"],
        &["case", "list", "--all", "--format", "csv"],
        &["cell", "list", "--format", "json"],
        &["cell", "check", "--format", "csv"],
        &["member", "list", "--all", "--format", "csv"],
        &[
            "municipality",
            "list",
            "--search",
            "gent",
            "--format",
            "csv",
        ],
        &["municipality", "show", "71022", "--format", "json"],
        &["municipality", "show", "44021", "--format", "csv"],
        &[
            "case",
            "list",
            "--columns",
            "code,status",
            "--format",
            "json",
        ],
    ];
    for args in commands {
        let english = env.run(args);
        assert_eq!(english.code, 0, "{args:?}: {}", english.stderr);
        for lang in LANGS {
            let out = env.run_in(lang, args);
            assert_eq!(out.code, english.code, "{lang} {args:?}");
            assert!(
                out.stdout == english.stdout,
                "{lang} {args:?}: stdout differs from English\n{}\n---\n{}",
                out.stdout,
                english.stdout
            );
        }
    }
}

#[test]
fn table_headings_and_record_labels_follow_the_language() {
    let env = Env::new();
    common::scene::vlas(&env);
    let expected = [
        ("nl", "gewest", "naam (nl)", "gefuseerd in 2025"),
        ("fr", "région", "nom (nl)", "fusionnées en 2025"),
        ("de", "Region", "Name (nl)", "fusioniert 2025"),
    ];
    for (lang, region, name_nl, merged) in expected {
        let list = env.run_in(lang, &["municipality", "list", "--search", "hasselt"]);
        assert_eq!(list.code, 0, "{}", list.stderr);
        let heading = list.stdout.lines().next().unwrap_or("");
        assert!(heading.contains(region), "{lang}: {}", list.stdout);
        assert!(heading.contains(name_nl), "{lang}: {}", list.stdout);
        assert!(!heading.contains("name_nl"), "{lang}: {}", list.stdout);
        let show = env.run_in(lang, &["municipality", "show", "71072"]);
        assert_eq!(show.code, 0, "{}", show.stderr);
        assert!(show.stdout.contains(merged), "{lang}: {}", show.stdout);
        // The values stay as stored: the region is a value, not a heading.
        assert!(show.stdout.contains("flanders"), "{lang}: {}", show.stdout);
    }
    // English keeps today's headings.
    let list = env.ok(&["municipality", "list", "--search", "hasselt"]);
    assert!(list.starts_with("nis "), "{list}");
    assert!(list.lines().next().unwrap().contains("name nl"), "{list}");
}

#[test]
fn config_show_names_the_interface_language_and_where_it_came_from() {
    let env = Env::new();
    let out = env.run_in("nl", &["config", "show"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let row = out
        .stdout
        .lines()
        .find(|l| l.starts_with("ui_lang"))
        .unwrap_or_else(|| panic!("{}", out.stdout));
    assert!(row.contains(" nl "), "{row}");
    assert!(row.contains("omgevingsvariabele LIVCR_LANG"), "{row}");
    // `lang`, the documents' language, stays its own row with its own source.
    assert!(
        out.stdout.lines().any(|l| l.starts_with("lang ")),
        "{}",
        out.stdout
    );
    // The JSON keeps the shape and the English words of every other row.
    let json = |lang: &str| -> serde_json::Value {
        let out = env.run_in(lang, &["config", "show", "--format", "json"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        serde_json::from_str(&out.stdout).unwrap()
    };
    let en = json("en");
    let fr = json("fr");
    let rows = |v: &serde_json::Value| v.as_array().unwrap().clone();
    assert_eq!(rows(&en).len(), rows(&fr).len());
    for (a, b) in rows(&en).iter().zip(rows(&fr).iter()) {
        if a["setting"] == "ui_lang" {
            assert_eq!(a["value"], "en");
            assert_eq!(b["value"], "fr");
            assert_eq!(a["source"], "environment variable LIVCR_LANG");
            assert_eq!(b["source"], "environment variable LIVCR_LANG");
        } else {
            assert_eq!(a, b);
        }
    }
    // From the locale, and from the config file.
    let out = env
        .cmd()
        .env("LANG", "de_BE.UTF-8")
        .args(["config", "show", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ui = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == "ui_lang")
        .unwrap()
        .clone();
    assert_eq!(ui["value"], "de");
    assert_eq!(ui["source"], "environment variable LANG");
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "ui_lang = \"fr\"\n").unwrap();
    let out = env.run(&["config", "show"]);
    let row = out
        .stdout
        .lines()
        .find(|l| l.starts_with("ui_lang"))
        .unwrap();
    assert!(row.contains(" fr "), "{row}");
    assert!(row.contains("fichier de configuration"), "{row}");
}

#[test]
fn a_language_livcr_does_not_speak_is_named_once_and_the_next_source_decides() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("LIVCR_LANG", "it")
        .env("LANG", "nl_BE.UTF-8")
        .args(["config", "show"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr.matches("waarschuwing: ").count(), 1, "{stderr}");
    assert!(stderr.contains("LIVCR_LANG is it,"), "{stderr}");
    assert!(
        stderr.contains("een taal die livcr niet spreekt"),
        "{stderr}"
    );
    let row = stdout.lines().find(|l| l.starts_with("ui_lang")).unwrap();
    assert!(row.contains(" nl "), "{row}");
    assert!(row.contains("omgevingsvariabele LANG"), "{row}");
}

/// The column names of every list and the fields of every record, from a demo database.
fn columns_and_fields() -> BTreeSet<String> {
    let env = Env::empty();
    let db = env.path("work/demo.db");
    let db = db.to_str().unwrap();
    env.ok(&["--db", db, "demo"]);
    let mut names = BTreeSet::new();
    let lists: &[&[&str]] = &[
        &["case", "list", "--all"],
        &["cell", "list"],
        &["cell", "check"],
        &["org", "list"],
        &["member", "list", "--all"],
        &["meeting", "list"],
        &["referral", "list"],
        &["feedback", "list"],
        &["action", "list"],
        &["audit", "list"],
        &["municipality", "list"],
        &["purge", "--dry-run"],
        &["agenda", "show", "1"],
        &["export", "cases"],
        &["export", "meetings"],
        &["export", "actions"],
        &["export", "monthly"],
        &["config", "show"],
    ];
    for args in lists {
        let mut all = vec!["--db", db];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "csv"]);
        let out = env.ok(&all);
        let header = out.lines().next().unwrap_or_default();
        names.extend(header.split(',').map(str::to_string));
    }
    let code = env.ok(&["--db", db, "case", "list", "--format", "csv"]);
    let code = code.lines().nth(1).unwrap().split(',').next().unwrap();
    let records: &[&[&str]] = &[
        &["case", "show", code],
        &["cell", "show"],
        &["member", "show", "1"],
        &["meeting", "show", "1"],
        &["referral", "show", "1"],
        &["municipality", "show", "71072"],
    ];
    for args in records {
        let mut all = vec!["--db", db];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "csv"]);
        let out = env.ok(&all);
        for line in out.lines().skip(1) {
            let field = line.split(',').next().unwrap().trim_matches('"');
            names.insert(field.to_string());
        }
    }
    names
}

/// The keys of `i18n/<lang>/main.ftl`.
fn keys(lang: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/main.ftl"));
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_string()))
        .filter(|k| !k.starts_with('#') && !k.contains(' '))
        .collect()
}

#[test]
fn every_column_of_every_list_has_a_heading_in_every_language() {
    let names = columns_and_fields();
    assert!(names.contains("next_review_on") && names.contains("name_nl"));
    let mut missing = Vec::new();
    for lang in ["en", "nl", "fr", "de"] {
        let keys = keys(lang);
        for name in &names {
            let key = livcr::output::field_key("field", name);
            if !keys.contains(&key) {
                missing.push(format!("{lang}: {key} (column {name})"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_trigger_of_the_file_has_a_message_in_every_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut raised = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for part in text.split("RAISE(ABORT, '").skip(1) {
            raised.insert(part.split("')").next().unwrap().to_string());
        }
    }
    assert_eq!(raised.len(), 15, "{raised:?}");
    for msg in &raised {
        let (_, key) = livcr::TRIGGER_MESSAGES
            .iter()
            .find(|(sql, _)| sql == msg)
            .unwrap_or_else(|| panic!("no key for the trigger message {msg:?}"));
        // The English catalogue says what the SQL says.
        assert_eq!(
            livcr::i18n::text_in(livcr::i18n::UiLang::En, key, &[]),
            *msg
        );
        for lang in [
            livcr::i18n::UiLang::Nl,
            livcr::i18n::UiLang::Fr,
            livcr::i18n::UiLang::De,
        ] {
            let text = livcr::i18n::text_in(lang, key, &[]);
            assert_ne!(&text, msg, "{lang:?} {key}");
            // Rules keep their numbers.
            if let Some(rule) = msg.split(':').next().filter(|r| r.starts_with("rule R")) {
                let number = rule.trim_start_matches("rule ");
                assert!(text.contains(number), "{lang:?} {key}: {text}");
            }
        }
    }
}

#[test]
fn the_demo_tour_speaks_each_language_and_its_data_stays_as_it_is() {
    for (lang, heading, data) in [
        (
            "nl",
            "== Gemeenten (referentiegegevens, 2025) ==",
            "Kortrijk",
        ),
        (
            "fr",
            "== Communes (données de référence, 2025) ==",
            "Kortrijk",
        ),
        ("de", "== Gemeinden (Referenzdaten, 2025) ==", "Kortrijk"),
    ] {
        let env = Env::empty();
        let out = env.run_in(lang, &["--db", "demo.db", "demo"]);
        assert_eq!(out.code, 0, "{lang}: {}", out.stderr);
        assert!(out.stdout.contains(heading), "{lang}: {}", out.stdout);
        assert!(out.stdout.contains(data), "{lang}: {}", out.stdout);
        for english in [
            "Municipalities (reference data",
            "Open cases, soonest review first",
            "past retention",
            "Audit chain",
            "rows, chain intact",
        ] {
            assert!(!out.stdout.contains(english), "{lang}: {english}");
        }
        // The demo's stored texts are data: the Dutch case summaries of the Kortrijk cell.
        let db = rusqlite::Connection::open(env.path("work/demo.db")).unwrap();
        let n: i64 = db
            .query_row(
                "SELECT count(*) FROM case_file WHERE summary LIKE 'Medewerker loket%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1, "{lang}");
    }
}

#[test]
fn manual_pages_speak_the_interface_language_under_the_same_file_names() {
    let env = Env::new();
    let en = env.ok(&["man"]);
    assert!(en.contains(".SH NAME"), "{en}");
    for (lang, heading) in LANGS
        .iter()
        .zip([".SH NAAM", ".SH SYNOPSIS\n", ".SH ÜBERSICHT"])
    {
        let out = env.run_in(lang, &["man"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stdout.contains(heading), "{lang}");
        assert!(!out.stdout.contains(".SH SUBCOMMANDS"), "{lang}");
    }
    let fr = env.run_in("fr", &["man"]).stdout;
    let upper = fr.to_uppercase();
    assert!(
        upper.contains(".SH NOM") && upper.contains(".SH COMMANDES"),
        "{fr}"
    );
    let dir_en = env.path("work/man-en");
    let dir_de = env.path("work/man-de");
    env.ok(&["man", "--out", dir_en.to_str().unwrap()]);
    let out = env.run_in("de", &["man", "--out", dir_de.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("Handbuchseiten"), "{}", out.stderr);
    let names = |d: &Path| -> BTreeSet<String> {
        std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(names(&dir_en), names(&dir_de));
    let page = std::fs::read_to_string(dir_de.join("livcr-case.1")).unwrap();
    assert!(page.to_uppercase().contains(".SH BEFEHLE"), "{page}");
}

#[test]
fn a_commands_own_format_help_names_its_default_in_each_language() {
    // A command's --format says its default and the formats it takes, in every language; a
    // group of commands says where to look. (French, Dutch and German used to show the group's
    // sentence on every command.)
    let env = Env::new();
    let expected = [
        ("en", "Output format [default: table]", "Output format"),
        (
            "nl",
            "Uitvoerformaat [standaard: table]",
            "Uitvoerformaat: ",
        ),
        (
            "fr",
            "Format de sortie [par défaut : table]",
            "Format de sortie : ",
        ),
        ("de", "Ausgabeformat [Standard: table]", "Ausgabeformat: "),
    ];
    for (lang, leaf, group) in expected {
        let out = env.run_in(lang, &["case", "list", "--help"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stdout.contains(leaf), "{lang}: {}", out.stdout);
        let out = env.run_in(lang, &["case", "--help"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stdout.contains(group), "{lang}: {}", out.stdout);
        assert!(!out.stdout.contains(leaf), "{lang}: {}", out.stdout);
        // A refused format still names the accepted ones.
        let out = env.run_in(lang, &["case", "list", "--format", "pdf"]);
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(
            out.stderr.contains("table, json, csv, md"),
            "{lang}: {}",
            out.stderr
        );
    }
}
