//! The composition commands (cell, org, member) in Dutch, French and German: refusals and
//! confirmations speak the interface language, exit codes and the database are as in English,
//! and what scripts read (`--format json`, csv, the json `detail` of the rules) stays the same.

mod common;

use common::Env;
use common::scene::{self, IO, KUURNE};

const LANGS: [&str; 3] = ["nl", "fr", "de"];

/// Words that mark a sentence as English (outside command lines in backticks).
const ENGLISH: &[&str] = &[
    " the ",
    " cannot ",
    " which ",
    " with ",
    " this ",
    " when ",
    " must ",
    " should ",
    " invalid ",
    " already ",
    " added ",
    " seat ",
    " member ",
    " rule ",
    " only ",
    " use ",
];

/// The English words of `text`, command lines in backticks left out.
fn english(text: &str) -> Vec<&'static str> {
    let plain: String = text
        .split('`')
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace(['\n', '(', ')', ',', ';', ':'], " ");
    let plain = format!(" {plain} ");
    ENGLISH
        .iter()
        .copied()
        .filter(|w| plain.contains(w))
        .collect()
}

/// Runs `args` refused in every language: exit 1 as in English, nothing changed, and stderr
/// holding the word of each language (`words` = nl, fr, de) and no English.
fn refused_everywhere(env: &Env, args: &[&str], english_part: &str, words: [&str; 3]) {
    let before = env.snapshot();
    let en = env.run_in("en", args);
    assert_eq!(en.code, 1, "{args:?}: {}", en.stderr);
    assert!(en.stderr.contains(english_part), "{}", en.stderr);
    for (lang, word) in LANGS.iter().zip(words) {
        let out = env.run_in(lang, args);
        assert_eq!(out.code, en.code, "{lang} {args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{lang}: {}", out.stdout);
        assert!(
            out.stderr.contains(word),
            "{lang} {args:?}: no {word:?} in\n{}",
            out.stderr
        );
        assert!(
            !out.stderr.contains(english_part),
            "{lang} {args:?}: English left in\n{}",
            out.stderr
        );
        // The name of a security service comes from the reference list, in English.
        let left = english(
            &out.stderr
                .replace("the State Security Service (VSSE)", "VSSE"),
        );
        assert!(left.is_empty(), "{lang}: {left:?} in\n{}", out.stderr);
        assert_eq!(
            before,
            env.snapshot(),
            "{lang} {args:?} changed the database"
        );
    }
}

#[test]
fn refusals_speak_the_interface_language_and_change_nothing() {
    let env = Env::new();
    scene::vlas_cell(&env, &[]);
    scene::vlas_orgs(&env, &[]);
    refused_everywhere(
        &env,
        &["cell", "add", "X!", "--name", "X", "--municipality", "Gent"],
        "invalid cell code",
        ["ongeldige code", "non valable", "ungültiger Code"],
    );
    refused_everywhere(
        &env,
        &["org", "add", "Staatsveiligheid", "--sector", "other"],
        "security and intelligence services do not sit",
        [
            "inlichtingendiensten",
            "renseignement",
            "Nachrichtendienste",
        ],
    );
    refused_everywhere(
        &env,
        &[
            "member",
            "add",
            "Ann Peeters",
            "--org",
            "Politiezone Vlas",
            "--role",
            "partner",
        ],
        "is a local police service",
        [
            "lokale politiedienst",
            "police locale",
            "lokaler Polizeidienst",
        ],
    );
    refused_everywhere(
        &env,
        &["cell", "join", "VLAS", "--municipality", KUURNE],
        "is already covered by this cell",
        [
            "al door deze LIVC-R bediend",
            "déjà couverte",
            "bereits ab dem",
        ],
    );
    refused_everywhere(
        &env,
        &["org", "edit", "1"],
        "nothing to change",
        ["niets te wijzigen", "rien à modifier", "nichts zu ändern"],
    );
    // The prefixes of the error and its hint come from the main catalogue.
    let fr = env.run_in("fr", &["org", "edit", "1"]);
    assert!(
        fr.stderr.starts_with("erreur : rien à modifier"),
        "{}",
        fr.stderr
    );
    assert!(
        fr.stderr.contains("\nconseil : donnez --name"),
        "{}",
        fr.stderr
    );
}

#[test]
fn confirmations_speak_the_language_and_write_as_in_english() {
    let mut ids = Vec::new();
    for (lang, word) in [
        ("en", "added organisation"),
        ("nl", "toegevoegd"),
        ("fr", "ajoutée"),
        ("de", "hinzugefügt"),
    ] {
        let env = Env::new();
        scene::vlas_cell(&env, &[]);
        let out = env.run_in(lang, &["org", "add", "CAW Zuid", "--sector", "caw"]);
        assert_eq!(out.code, 0, "{lang}: {}", out.stderr);
        assert!(out.stderr.contains(word), "{lang}: {}", out.stderr);
        if lang != "en" {
            // The note about the legal basis is translated too.
            assert!(english(&out.stderr).is_empty(), "{lang}: {}", out.stderr);
        }
        assert_eq!(
            env.count(
                "SELECT count(*) FROM organisation WHERE name = 'CAW Zuid' AND sector = 'caw'"
            ),
            1,
            "{lang}"
        );
        ids.push(out.stdout);
        // A seat ended after the question (answered by --yes): the same row as in English.
        scene::vlas_orgs(&env, &[]);
        let io = scene::add_member(&env, IO);
        let io_s = io.to_string();
        let out = env.run_in(
            lang,
            &["member", "end", &io_s, "--on", "2026-11-30", "--yes"],
        );
        assert_eq!(out.code, 0, "{lang}: {}", out.stderr);
        let ended = match lang {
            "en" => "ended 1 seat of",
            "nl" => "1 zetel van",
            "fr" => "1 siège terminé pour",
            _ => "1 Sitz von",
        };
        assert!(out.stderr.contains(ended), "{lang}: {}", out.stderr);
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM membership WHERE person_id = {io} AND until_on = '2026-11-30'"
            )),
            1,
            "{lang}"
        );
    }
    assert!(ids.windows(2).all(|w| w[0] == w[1]), "{ids:?}");
}

#[test]
fn machine_outputs_are_the_same_in_every_language() {
    let env = Env::new();
    scene::vlas(&env);
    let runs: &[&[&str]] = &[
        &["cell", "check", "--format", "json"],
        &["cell", "check", "--format", "csv"],
        &["cell", "show", "--format", "json"],
        &["cell", "show", "--format", "csv"],
        &["cell", "list", "--format", "json"],
        &["member", "list", "--format", "csv"],
        &["member", "show", "1", "--format", "json"],
        &["member", "show", "1", "--format", "csv"],
        &["org", "list", "--format", "json"],
    ];
    for args in runs {
        let en = env.run_in("en", args);
        for lang in LANGS {
            let out = env.run_in(lang, args);
            assert_eq!(out.code, en.code, "{lang} {args:?}");
            assert!(
                out.stdout == en.stdout,
                "{lang} {args:?}: the output differs from English\n{}\n---\n{}",
                en.stdout,
                out.stdout
            );
        }
    }
    // The json detail of a rule is English for scripts; the table speaks the language.
    let json = env.run_in("fr", &["cell", "check", "--format", "json"]);
    assert!(
        json.stdout.contains("joint cell of 3 municipalities"),
        "{}",
        json.stdout
    );
    let table = env.run_in("fr", &["cell", "check", "--wide"]);
    assert!(
        table.stdout.contains("CSIL-R commune à 3 communes"),
        "{}",
        table.stdout
    );
    assert!(!table.stdout.contains("joint cell"), "{}", table.stdout);
}

#[test]
fn a_broken_rule_exits_1_in_every_language_with_a_translated_verdict() {
    let env = Env::new();
    scene::vlas_cell(&env, &[]);
    scene::vlas_orgs(&env, &[]);
    let en = env.run_in("en", &["cell", "check"]);
    assert_eq!(en.code, 1, "{}", en.stderr);
    assert!(
        en.stderr.contains("error: cell VLAS breaks rules R1, R2"),
        "{}",
        en.stderr
    );
    for (lang, verdict, detail) in [
        ("nl", "niet aan regels R1, R2", "geen voorzitter"),
        (
            "fr",
            "la CSIL-R VLAS enfreint les règles R1, R2",
            "pas de président",
        ),
        (
            "de",
            "LIVC-R VLAS verstößt am Mo., 30. Nov. 2026 gegen die Regeln R1, R2",
            "kein Vorsitzender",
        ),
    ] {
        let out = env.run_in(lang, &["cell", "check", "--wide"]);
        assert_eq!(out.code, 1, "{lang}: {}", out.stderr);
        assert!(out.stderr.contains(verdict), "{lang}: {}", out.stderr);
        assert!(out.stdout.contains(detail), "{lang}: {}", out.stdout);
        assert!(!out.stdout.contains("no chair"), "{lang}: {}", out.stdout);
    }
}
