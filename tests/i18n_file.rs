//! The file commands (init, encrypt, key, backup, restore, audit, purge, status) in Dutch,
//! French and German: refusals and confirmations speak the language, exit codes and the
//! database are as in English, and the JSON a script reads is byte for byte the English one.

mod common;

use common::Env;

/// Each language with a word of its translation that the messages below use.
const LANGS: [(&str, &str); 3] = [("nl", "back-up"), ("fr", "sauvegarde"), ("de", "Sicherung")];

/// Phrases of the English messages that no translation keeps.
const ENGLISH: &[&str] = &[
    " the ",
    " cannot ",
    " with ",
    "nothing was changed",
    " give ",
    " already ",
    " written ",
    " verified",
];

fn assert_no_english(lang: &str, text: &str) {
    let lower = text.to_lowercase();
    for w in ENGLISH {
        assert!(!lower.contains(w), "{lang}: English {w:?} in:\n{text}");
    }
}

/// A refusal in `lang`: exit 1 as in English, the database untouched, the message in the
/// language. Returns stderr.
fn refused_in(env: &Env, lang: &str, args: &[&str]) -> String {
    let before = env.snapshot();
    let english = env.run(args);
    let out = env.run_in(lang, args);
    assert_eq!(english.code, 1, "English {args:?}: {}", english.stderr);
    assert_eq!(out.code, 1, "{lang} {args:?}: {}", out.stderr);
    assert_eq!(
        env.snapshot(),
        before,
        "{lang} {args:?} changed the database"
    );
    assert_ne!(out.stderr, english.stderr, "{lang} {args:?} speaks English");
    assert_no_english(lang, &out.stderr);
    out.stderr
}

#[test]
fn restore_refusals_speak_the_language_and_change_nothing() {
    let env = Env::new();
    std::fs::write(env.path("work/notes.txt"), "not a database at all\n").unwrap();
    std::fs::write(env.path("work/empty.db"), "").unwrap();
    for (lang, word) in LANGS {
        let missing = refused_in(&env, lang, &["restore", "missing.db", "--yes"]);
        assert!(missing.contains(word), "{lang}: {missing}");
        assert!(missing.contains("missing.db"), "{lang}: {missing}");
        let text = refused_in(&env, lang, &["restore", "notes.txt", "--yes"]);
        assert!(
            text.contains(word) && text.contains("livcr"),
            "{lang}: {text}"
        );
        let empty = refused_in(&env, lang, &["restore", "empty.db", "--yes"]);
        assert!(empty.contains(word), "{lang}: {empty}");
    }
}

#[test]
fn a_passphrase_cannot_be_asked_here_in_any_language() {
    let env = Env::new();
    for (lang, word) in [
        ("nl", "wachtwoordzin"),
        ("fr", "phrase secrète"),
        ("de", "Passphrase"),
    ] {
        let err = refused_in(&env, lang, &["encrypt"]);
        assert!(
            err.contains(word) && err.contains("`livcr encrypt`"),
            "{lang}: {err}"
        );
        let err = refused_in(&env, lang, &["rekey"]);
        assert!(err.contains("livcr encrypt"), "{lang}: {err}");
    }
}

#[test]
fn backup_confirms_in_the_language_and_stores_the_english_audit_line() {
    let env = Env::new();
    for (lang, word) in LANGS {
        let name = format!("b-{lang}.db");
        let out = env.run_in(lang, &["backup", &name]);
        assert_eq!(out.code, 0, "{lang}: {}", out.stderr);
        assert!(out.stderr.contains(word), "{lang}: {}", out.stderr);
        assert_no_english(lang, &out.stderr);
        assert!(env.path(&format!("work/{name}")).is_file(), "{lang}");
        // The audit log is the same in every language.
        let summary: String = env
            .db()
            .query_row(
                "SELECT summary FROM audit_log WHERE action = 'backup' ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            summary.starts_with("verified backup written, plain, up to audit row"),
            "{summary}"
        );
        // A second backup to the same name is refused, in the language.
        let err = refused_in(&env, lang, &["backup", &name]);
        assert!(err.contains(&name), "{lang}: {err}");
    }
}

#[test]
fn audit_verify_and_status_keep_their_json_and_speak_the_language() {
    let env = Env::new();
    let json_en = env.ok(&["audit", "verify", "--format", "json"]);
    let status_en = env.ok(&["status", "--format", "json"]);
    let text_en = env.ok(&["audit", "verify"]);
    for (lang, word) in [
        ("nl", "auditketen"),
        ("fr", "chaîne d'audit"),
        ("de", "Prüfkette"),
    ] {
        let json = env.run_in(lang, &["audit", "verify", "--format", "json"]);
        assert_eq!(
            (json.code, json.stdout.as_str()),
            (0, json_en.as_str()),
            "{lang}"
        );
        let status = env.run_in(lang, &["status", "--format", "json"]);
        assert_eq!(
            (status.code, status.stdout.as_str()),
            (0, status_en.as_str()),
            "{lang}"
        );
        let text = env.run_in(lang, &["audit", "verify"]);
        assert_eq!(text.code, 0, "{lang}: {}", text.stderr);
        assert!(text.stdout.contains(word), "{lang}: {}", text.stdout);
        assert_ne!(text.stdout, text_en, "{lang}");
        assert_no_english(lang, &text.stdout);
    }
}

#[test]
fn anchors_and_key_files_are_refused_in_the_language() {
    let env = Env::new();
    std::fs::write(env.path("work/anchors.txt"), "nothing here\n").unwrap();
    std::fs::write(env.path("work/k.key"), "x").unwrap();
    for (lang, word) in [
        ("nl", "ankerregel"),
        ("fr", "ligne d'ancre"),
        ("de", "Ankerzeile"),
    ] {
        let err = refused_in(&env, lang, &["audit", "verify", "--anchor", "anchors.txt"]);
        assert!(err.contains(word), "{lang}: {err}");
        let err = refused_in(&env, lang, &["key", "new", "k.key"]);
        assert!(
            err.contains("k.key") && err.contains("livcr"),
            "{lang}: {err}"
        );
    }
}

#[test]
fn purge_with_nothing_due_says_so_in_the_language() {
    let env = Env::new();
    env.ok(&[
        "cell",
        "add",
        "KORT",
        "--name",
        "LIVC-R Kortrijk",
        "--municipality",
        "Kortrijk",
    ]);
    let before = env.snapshot();
    for (lang, word) in [("nl", "dossier"), ("fr", "dossier"), ("de", "Fall")] {
        let out = env.run_in(lang, &["purge", "--dry-run"]);
        assert_eq!(out.code, 0, "{lang}: {}", out.stderr);
        assert!(out.stderr.contains(word), "{lang}: {}", out.stderr);
        assert_no_english(lang, &out.stderr);
        assert!(!out.stderr.contains("no case"), "{lang}: {}", out.stderr);
    }
    assert_eq!(env.snapshot(), before);
}

/// A broken chain and a changed record are named in the interface language on stderr, while
/// `audit verify --format json` keeps its English reasons in every language.
#[test]
fn tamper_reports_speak_the_interface_language_and_json_stays_english() {
    let env = Env::new();
    common::scene::vlas(&env);
    let code = common::scene::case(&env);
    env.ok(&["case", "show", &code]);
    // A record changed behind livcr's back, then an audit row.
    let db = env.tamper();
    db.execute("UPDATE organisation SET name = 'X' WHERE id = 1", [])
        .unwrap();
    let deep_en = env.run(&["audit", "verify", "--deep"]);
    assert_eq!(deep_en.code, 1, "{}", deep_en.stderr);
    assert!(
        deep_en
            .stderr
            .contains("differs from its last audited state")
    );
    for (lang, words) in [
        ("nl", "verschilt van de laatst geauditeerde toestand"),
        ("fr", "diffère de son dernier état audité"),
        ("de", "weicht vom zuletzt geprüften Zustand ab"),
    ] {
        let out = env.run_in(lang, &["audit", "verify", "--deep"]);
        assert_eq!(out.code, 1, "{lang}");
        assert!(out.stderr.contains(words), "{lang}: {}", out.stderr);
        assert!(
            !out.stderr.contains("differs from"),
            "{lang}: {}",
            out.stderr
        );
    }
    db.execute("UPDATE audit_log SET actor = 'mallory' WHERE id = 5", [])
        .unwrap();
    let json_en = env.run(&["audit", "verify", "--format", "json"]);
    assert_eq!(json_en.code, 1);
    assert!(
        json_en
            .stdout
            .contains("its content does not match its hash")
    );
    for (lang, words) in [
        ("nl", "de inhoud klopt niet met de hash"),
        ("fr", "son contenu ne correspond pas à son empreinte"),
        ("de", "ihr Inhalt stimmt nicht mit ihrem Hash überein"),
    ] {
        let out = env.run_in(lang, &["audit", "verify"]);
        assert_eq!(out.code, 1, "{lang}");
        assert!(out.stderr.contains(words), "{lang}: {}", out.stderr);
        assert!(
            !out.stderr.contains("does not match"),
            "{lang}: {}",
            out.stderr
        );
        let json = env.run_in(lang, &["audit", "verify", "--format", "json"]);
        assert_eq!(json.stdout, json_en.stdout, "{lang}: the JSON is the same");
        assert_eq!(json.code, 1);
    }
}
