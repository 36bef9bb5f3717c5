//! The case and feedback areas in Dutch, French and German (issue 15): refusals and
//! confirmations of `case`, `action`, `referral` and `feedback` speak the interface language,
//! with no English left; the exit codes and the database are those of the English run; and the
//! machine outputs (`--format json`, `--format csv`) are byte for byte the English ones.

mod common;

use common::scene::{self, Vlas};
use common::{Env, id};

const LANGS: [&str; 3] = ["nl", "fr", "de"];

/// A feedback form text in general terms.
const TEXT: &str =
    "De cel volgt de situatie op met begeleiding op maat; school & CAW werken samen.";

/// Runs a refusal in `lang`: exit 1 as in English, a message holding `word`, no English, and
/// the database as it was. Returns stderr.
fn refused_in(env: &Env, lang: &str, args: &[&str], word: &str) -> String {
    let before = env.snapshot();
    let english = env.run(args);
    assert_eq!(english.code, 1, "English {args:?}: {}", english.stderr);
    assert_eq!(
        before,
        env.snapshot(),
        "English {args:?} changed the database"
    );
    let out = env.run_in(lang, args);
    assert_eq!(out.code, 1, "{lang} {args:?}: {}", out.stderr);
    assert!(
        out.stderr.contains(word),
        "{lang} {args:?}: {word:?} not in\n{}",
        out.stderr
    );
    assert_ne!(out.stderr, english.stderr, "{lang} {args:?} speaks English");
    no_english(lang, &out.stderr);
    assert_eq!(
        before,
        env.snapshot(),
        "{lang} {args:?} changed the database"
    );
    out.stderr
}

/// Runs a command that succeeds in `lang`; its confirmation holds `word` and no English.
/// Returns stdout.
fn done_in(env: &Env, lang: &str, args: &[&str], word: &str) -> String {
    let out = env.run_in(lang, args);
    assert_eq!(out.code, 0, "{lang} {args:?}: {}", out.stderr);
    assert!(
        out.stderr.contains(word),
        "{lang} {args:?}: {word:?} not in\n{}",
        out.stderr
    );
    no_english(lang, &out.stderr);
    out.stdout
}

/// Words that mark a sentence as English. Commands in backticks and options are left out.
const ENGLISH: &[&str] = &[
    " the ",
    " cannot ",
    " with ",
    " must ",
    " not ",
    " has ",
    " only ",
    " before ",
    " already ",
    " case ",
    " form ",
    " due ",
    " done ",
    " opened ",
    " moved ",
    " answered ",
    " referral ",
    " give ",
    " record ",
];

fn no_english(lang: &str, text: &str) {
    // What a person types stays as it is: `livcr case close`, --to declined, rule numbers.
    let plain: String = text
        .split('`')
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .filter(|w| !w.starts_with("--"))
        .collect::<Vec<_>>()
        .join(" ");
    let lower = format!(
        " {} ",
        plain.to_lowercase().replace([':', ';', ',', '(', ')'], " ")
    );
    let found: Vec<&str> = ENGLISH
        .iter()
        .copied()
        .filter(|w| lower.contains(w))
        .collect();
    assert!(found.is_empty(), "{lang}: English {found:?} in\n{text}");
}

/// A word of each language: `[nl, fr, de]`.
fn word(lang: &str, words: [&'static str; 3]) -> &'static str {
    match lang {
        "nl" => words[0],
        "fr" => words[1],
        _ => words[2],
    }
}

/// VLAS, a case in follow-up discussed in a held meeting (2026-11-23) whose item was decided by
/// consensus (chair, IO, prevention official and CAW partner present), and a drafted form.
struct Setup {
    cell: Vlas,
    code: String,
    form: String,
}

fn setup(env: &Env) -> Setup {
    let cell = scene::vlas(env);
    let code = scene::open(
        env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--on", "2026-11-02"],
    );
    scene::to_follow_up(env, &code, "2026-11-09", cell.chair);
    let meeting = scene::plan(env, "2026-11-23", "14:00", &["--yes"]);
    env.ok(&["agenda", "add", &meeting, "--case", &code, "Opvolging"]);
    let item = scene::agenda(env, &meeting)
        .iter()
        .find(|i| i["case"].as_str() == Some(code.as_str()))
        .and_then(|i| i["item"].as_i64())
        .expect("the item about the case");
    let io = cell.io.expect("VLAS has an IO");
    let present = [cell.chair, io, cell.prevention, cell.partner]
        .map(|m| m.to_string())
        .join(",");
    env.ok(&[
        "meeting",
        "attend",
        &meeting,
        "--present",
        &present,
        "--excused",
        &cell.mayor_kuurne.to_string(),
        "--absent",
        &cell.mayor_lendelede.to_string(),
    ]);
    env.ok(&[
        "meeting",
        "decide",
        &meeting,
        &item.to_string(),
        "--kind",
        "consensus",
    ]);
    env.ok(&["meeting", "close", "--yes", &meeting]);
    let form = id(
        env,
        &[
            "feedback",
            "draft",
            &code,
            "--item",
            &format!("{meeting}:{item}"),
            TEXT,
        ],
    )
    .to_string();
    Setup { cell, code, form }
}

#[test]
fn case_refusals_speak_each_language_and_change_nothing() {
    let env = Env::new();
    let v = scene::vlas(&env);
    let code = scene::case(&env);
    for lang in LANGS {
        let err = refused_in(
            &env,
            lang,
            &["case", "move", &code, "--to", "follow_up"],
            word(
                lang,
                ["kan niet van", "ne peut pas passer", "kann nicht von"],
            ),
        );
        // The statuses read as words of the language; the hint lists the values to type.
        let (from, to) = match lang {
            "nl" => ("aanmelding", "begeleiding op maat"),
            "fr" => ("signalement", "suivi individualisé"),
            _ => ("Meldung", "individuelle Begleitung"),
        };
        assert!(err.contains(from) && err.contains(to), "{err}");
        assert!(err.contains("screening, declined"), "{err}");
        refused_in(
            &env,
            lang,
            &["case", "close", &code, "--reason", "goals_reached"],
            word(
                lang,
                [
                    "kan niet afgesloten",
                    "ne peut pas être clôturé",
                    "kann nicht abgeschlossen",
                ],
            ),
        );
        refused_in(
            &env,
            lang,
            &[
                "case",
                "note",
                &code,
                "--on",
                "2026-12-24",
                "Gesprek met de school",
            ],
            word(lang, ["in de toekomst", "dans le futur", "in der Zukunft"]),
        );
        refused_in(
            &env,
            lang,
            &["action", "done", "9999"],
            word(lang, ["geen actie", "aucune action", "keine Maßnahme"]),
        );
    }
    // Rule R9 in each language: the list needs the chair's or the mayor's decision.
    env.ok(&["case", "move", &code, "--to", "screening"]);
    for lang in LANGS {
        let err = refused_in(
            &env,
            lang,
            &["case", "move", &code, "--to", "on_list"],
            word(lang, ["regel R9", "règle R9", "Regel R9"]),
        );
        assert!(err.contains("--decided-by"), "{err}");
        refused_in(
            &env,
            lang,
            &[
                "case",
                "move",
                &code,
                "--to",
                "on_list",
                "--decided-by",
                &v.prevention.to_string(),
            ],
            word(lang, ["burgemeester", "bourgmestre", "Bürgermeister"]),
        );
    }
}

#[test]
fn case_confirmations_speak_each_language() {
    let env = Env::new();
    scene::vlas(&env);
    for lang in LANGS {
        let code = done_in(
            &env,
            lang,
            &[
                "case",
                "open",
                "--municipality",
                "Kortrijk",
                "--source",
                "partner",
                "--phenomenon",
                "religious",
                "--age-band",
                "12_17",
            ],
            word(lang, ["geopend", "ouvert", "eröffnet"]),
        );
        let code = code.trim().to_string();
        assert!(scene::is_code(&code), "{code:?}");
        let status: String = env
            .db()
            .query_row(
                "SELECT status || ' ' || age_band FROM case_file WHERE code = ?1",
                [&code],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(status, "signal 12_17");
        // The due date as a person reads it in the language.
        done_in(
            &env,
            lang,
            &[
                "action",
                "add",
                &code,
                "--org",
                "CAW",
                "--due",
                "2026-12-15",
                "Gesprek met de school",
            ],
            word(
                lang,
                ["di 15 dec 2026", "mar. 15 déc. 2026", "Di., 15. Dez. 2026"],
            ),
        );
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM action a JOIN case_file c ON c.id = a.case_id \
                 WHERE c.code = '{code}' AND a.due_on = '2026-12-15'"
            )),
            1
        );
        let before = env.snapshot();
        let out = env.run_in(lang, &["case", "close", &code, "--reason", "goals_reached"]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert_eq!(
            before,
            env.snapshot(),
            "{lang}: a refused close changes nothing"
        );
        done_in(
            &env,
            lang,
            &[
                "case",
                "move",
                &code,
                "--to",
                "declined",
                "--reason",
                "geen grond",
            ],
            word(lang, ["gewist", "purgé", "löschen"]),
        );
        let status: String = env
            .db()
            .query_row(
                "SELECT status FROM case_file WHERE code = ?1",
                [&code],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(status, "declined");
        done_in(
            &env,
            lang,
            &["case", "reopen", &code],
            word(lang, ["heropend", "rouvert", "wieder geöffnet"]),
        );
    }
}

#[test]
fn feedback_refusals_and_confirmations_speak_each_language() {
    let env = Env::new();
    let s = setup(&env);
    let io = s.cell.io.expect("IO").to_string();
    for lang in LANGS {
        let err = refused_in(
            &env,
            lang,
            &["feedback", "send", &s.form],
            word(lang, ["regel R7", "règle R7", "Regel R7"]),
        );
        assert!(
            err.contains(word(
                lang,
                [
                    "nog geen antwoord",
                    "pas encore de réponse",
                    "noch keine Antwort"
                ]
            )),
            "{err}"
        );
        // A member who was not in the room does not answer.
        refused_in(
            &env,
            lang,
            &[
                "feedback",
                "consent",
                &s.form,
                "--member",
                &s.cell.mayor_kuurne.to_string(),
                "--answer",
                "yes",
            ],
            word(lang, ["nam niet deel", "n'a pas participé", "nicht an dem"]),
        );
        refused_in(
            &env,
            lang,
            &["referral", "update", "999", "--status", "closed"],
            word(
                lang,
                [
                    "geen doorverwijzing",
                    "aucune orientation",
                    "keine Verweisung",
                ],
            ),
        );
        refused_in(
            &env,
            lang,
            &["feedback", "draft", &s.code, "--item", "nonsense", TEXT],
            "--item",
        );
    }
    // Every participant consents, each in another language.
    let participants = [s.cell.chair, s.cell.prevention, s.cell.partner];
    for (member, lang) in participants.iter().zip(LANGS) {
        done_in(
            &env,
            lang,
            &[
                "feedback",
                "consent",
                &s.form,
                "--member",
                &member.to_string(),
                "--answer",
                "yes",
            ],
            word(lang, ["antwoordde yes", "a répondu yes", "yes geantwortet"]),
        );
    }
    done_in(
        &env,
        "de",
        &[
            "feedback", "consent", &s.form, "--member", &io, "--answer", "yes",
        ],
        "yes geantwortet",
    );
    done_in(
        &env,
        "fr",
        &["feedback", "send", &s.form],
        "inscrite au registre des communications",
    );
    let status: String = env
        .db()
        .query_row(
            "SELECT status FROM feedback_form WHERE id = ?1",
            [&s.form],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(status, "sent");
    refused_in(
        &env,
        "nl",
        &["feedback", "withdraw", "--yes", &s.form],
        "kan niet meer wijzigen",
    );
}

#[test]
fn machine_outputs_are_the_same_in_every_language() {
    let env = Env::new();
    let s = setup(&env);
    env.ok(&[
        "action",
        "add",
        &s.code,
        "--org",
        "CAW",
        "--due",
        "2026-12-15",
        "Gesprek met de school",
    ]);
    let minor = scene::open(&env, "Kuurne", "left_wing", "12_17", &[]);
    let outputs: Vec<Vec<&str>> = vec![
        vec!["case", "list", "--all", "--format", "json"],
        vec!["case", "list", "--all", "--format", "csv"],
        vec!["case", "show", &s.code, "--format", "json"],
        vec!["case", "show", &s.code, "--format", "csv"],
        vec!["case", "show", &minor, "--format", "json"],
        vec!["action", "list", "--all", "--format", "json"],
        vec!["action", "list", "--all", "--format", "csv"],
        vec!["feedback", "list", "--format", "json"],
        vec!["feedback", "list", "--format", "csv"],
        // A form still blocked by rule R7: its `blocked_by` names the problems in English.
        vec!["feedback", "show", &s.form, "--format", "json"],
        vec!["referral", "list", "--format", "json"],
    ];
    for args in &outputs {
        let english = env.run(args);
        assert_eq!(english.code, 0, "{args:?}: {}", english.stderr);
        for lang in LANGS {
            let out = env.run_in(lang, args);
            assert_eq!(out.code, 0, "{lang} {args:?}: {}", out.stderr);
            assert_eq!(out.stdout, english.stdout, "{lang} {args:?}");
        }
    }
    let shown = env.ok(&["feedback", "show", &s.form, "--format", "json"]);
    assert!(shown.contains("no answer yet from"), "{shown}");
}

/// A privacy finding in a form's text (written outside livcr, past the gate) is a problem a
/// person reads in the interface language and a script reads in English: `feedback show
/// --format json` keeps its `blocked_by` English in every language.
#[test]
fn a_privacy_finding_in_blocked_by_stays_english_for_scripts() {
    let env = Env::new();
    let s = setup(&env);
    env.tamper()
        .execute(
            "UPDATE feedback_form SET text = 'Rijksregisternummer 85.07.30-033.28' WHERE id = ?1",
            [&s.form],
        )
        .unwrap();
    let english = env.ok(&["feedback", "show", &s.form, "--format", "json"]);
    let blocked: serde_json::Value = serde_json::from_str(&english).unwrap();
    let blocked = blocked["blocked_by"].to_string();
    assert!(blocked.contains("national"), "{blocked}");
    for lang in LANGS {
        let out = env.run_in(lang, &["feedback", "show", &s.form, "--format", "json"]);
        assert_eq!(out.code, 0, "{lang}: {}", out.stderr);
        assert_eq!(out.stdout, english, "{lang}");
    }
}
