//! Meetings and agendas in the interface language (issue 15): refusals, hints, confirmations
//! and warnings of `meeting` and `agenda` speak Dutch, French or German under `LIVCR_LANG`;
//! exit codes, the database (with the audit log) and `--format json` stay what they are in
//! English.

mod common;

use common::scene::{self, plan};
use common::{Env, Output};

/// The meeting of next week (TODAY is Monday 2026-11-30).
const NEXT_WEEK: &str = "2026-12-07";

const LANGS: [&str; 3] = ["nl", "fr", "de"];

/// Runs in `lang` and asserts exit 0; returns the output.
fn ok_in(env: &Env, lang: &str, args: &[&str]) -> Output {
    let out = env.run_in(lang, args);
    assert_eq!(
        out.code, 0,
        "LIVCR_LANG={lang} livcr {args:?}\nstdout:\n{}\nstderr:\n{}",
        out.stdout, out.stderr
    );
    out
}

/// Runs in `lang` and asserts the refusal English gives too: exit 1, nothing on stdout and
/// an untouched database. Returns stderr.
fn refused_in(env: &Env, lang: &str, args: &[&str]) -> String {
    let before = env.snapshot();
    let out = env.run_in(lang, args);
    assert_eq!(
        out.code, 1,
        "LIVCR_LANG={lang} livcr {args:?} should be refused\nstdout:\n{}\nstderr:\n{}",
        out.stdout, out.stderr
    );
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert_eq!(before, env.snapshot(), "LIVCR_LANG={lang} livcr {args:?}");
    out.stderr
}

/// English words left in a text, outside the commands and values in backticks.
fn english_in(text: &str) -> Vec<&'static str> {
    let plain: String = text
        .split('`')
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let plain = format!(" {} ", plain.replace(['\n', '(', ')', ',', ';', ':'], " "));
    [
        " the ",
        " no ",
        " has ",
        " with ",
        " not ",
        " meeting ",
        " item ",
        " error ",
        " hint ",
        " planned ",
        " cancelled ",
        " added ",
        " missing ",
    ]
    .into_iter()
    .filter(|w| plain.contains(w))
    .collect()
}

fn assert_speaks(lang: &str, text: &str, words: &[&str]) {
    for w in words {
        assert!(text.contains(w), "{lang}: {w:?} not in\n{text}");
    }
    let english = english_in(text);
    assert!(english.is_empty(), "{lang}: English {english:?} in\n{text}");
}

/// VLAS and a case consultation planned for next week at 14:00 (meeting 1).
/// [`scene_with_meeting`] a day after the meeting, held (attendance taken) and closed.
fn held_meeting() -> (Env, String) {
    let (mut env, v, m) = scene_with_meeting();
    env.today = "2026-12-08".into();
    let present = format!("{},{},{}", v.chair, v.io.unwrap(), v.prevention);
    env.ok(&["meeting", "attend", &m, "--present", &present]);
    env.ok(&["meeting", "close", &m, "--yes"]);
    (env, m)
}

fn scene_with_meeting() -> (Env, scene::Vlas, String) {
    let env = Env::new();
    let v = scene::vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    (env, v, m)
}

#[test]
fn refusals_of_meeting_speak_the_interface_language() {
    let (env, _, m) = scene_with_meeting();
    // The same refusals in English, for the exit code and the words the others replace.
    let en = refused_in(&env, "en", &["meeting", "show", "99"]);
    assert!(en.contains("no meeting with id 99"), "{en}");
    let cases: [(&[&str], [&[&str]; 3]); 4] = [
        (
            &["meeting", "show", "99"],
            [
                &["fout:", "geen vergadering met id 99", "tip:"],
                &["erreur :", "aucune réunion avec l'id 99", "conseil :"],
                &["keine Sitzung mit der ID 99"],
            ],
        ),
        (
            // Before the meeting has begun: its date as a person reads it, in the language.
            &["meeting", "decide", &m, "1", "--kind", "consensus"],
            [
                &["begint op ma 7 dec 2026 14:00"],
                &["commence le lun. 7 déc. 2026 14:00"],
                &["beginnt am Mo., 7. Dez. 2026 14:00"],
            ],
        ),
        (
            &["meeting", "attend", &m],
            [
                &["--present, --excused of --absent ontbreekt"],
                &["--present, --excused ou --absent manquant"],
                &["es fehlt --present, --excused oder --absent"],
            ],
        ),
        (
            // 02:30 on the last Sunday of March 2027 does not exist in Brussels.
            &["meeting", "plan", "2027-03-28", "02:30"],
            [
                &[
                    "2027-03-28 02:30 bestaat niet in Brussel",
                    "kies een ander uur",
                ],
                &[
                    "2027-03-28 02:30 n'existe pas à Bruxelles",
                    "choisissez une autre heure",
                ],
                &[
                    "2027-03-28 02:30 gibt es in Brüssel nicht",
                    "wählen Sie eine andere Uhrzeit",
                ],
            ],
        ),
    ];
    for (args, words) in cases {
        let english = refused_in(&env, "en", args);
        assert!(english.starts_with("error: "), "{english}");
        for (lang, words) in LANGS.iter().zip(words) {
            let err = refused_in(&env, lang, args);
            assert_speaks(lang, &err, words);
        }
    }
}

#[test]
fn refusals_of_the_agenda_speak_the_interface_language() {
    let (env, _, m) = scene_with_meeting();
    env.ok(&["agenda", "draft", &m]);
    let cases: [(&[&str], [&[&str]; 3]); 3] = [
        (
            &["agenda", "rm", &m, "99"],
            [
                &[
                    "vergadering 1 heeft geen punt 99",
                    "de punten hebben de nummers",
                ],
                &[
                    "la réunion 1 n'a pas de point 99",
                    "ses points portent les numéros",
                ],
                &[
                    "Sitzung 1 hat keinen Punkt 99",
                    "ihre Punkte haben die Nummern",
                ],
            ],
        ),
        (
            // Item 1 is the fixed opening: its heading named in the interface's language.
            &["agenda", "move", &m, "1", "--to", "aob"],
            [
                &["is de vaste rubriek \"Opening en goedkeuring van het vorige verslag\""],
                &["est la rubrique fixe « Ouverture et approbation du procès-verbal précédent »"],
                &["ist die feste Rubrik „Eröffnung und Genehmigung des letzten Protokolls“"],
            ],
        ),
        (
            &["agenda", "add", &m, "   "],
            [
                &["lege tekst voor het punt"],
                &["texte du point vide"],
                &["leerer Text des Punktes"],
            ],
        ),
    ];
    for (args, words) in cases {
        refused_in(&env, "en", args);
        for (lang, words) in LANGS.iter().zip(words) {
            let err = refused_in(&env, lang, args);
            assert_speaks(lang, &err, words);
        }
    }
    // A held meeting's agenda is fixed: the R7 reason in each language (the status value
    // `held` stays as it is).
    let (env, m) = held_meeting();
    for (lang, words) in LANGS.iter().zip([
        ["vergadering 1 is gehouden", "regel R7"],
        ["la réunion 1 est tenue", "règle R7"],
        ["Sitzung 1 ist abgehalten", "Regel R7"],
    ]) {
        let err = refused_in(&env, lang, &["agenda", "add", &m, "Varia"]);
        assert_speaks(lang, &err, &words);
    }
}

/// The confirmations of planning, drafting, moving and cancelling in `lang`; returns the
/// environment for the database checks.
fn scenario(lang: &str) -> (Env, Vec<String>) {
    let env = Env::new();
    scene::vlas(&env);
    let mut said = Vec::new();
    let out = ok_in(
        &env,
        lang,
        &[
            "meeting",
            "plan",
            NEXT_WEEK,
            "14:00",
            "--location",
            "Stadhuis",
        ],
    );
    assert_eq!(out.stdout, "1\n", "stdout holds only the id");
    said.push(out.stderr);
    // A second meeting the same day: the warning.
    let out = ok_in(&env, lang, &["meeting", "plan", NEXT_WEEK, "16:00"]);
    said.push(out.stderr);
    said.push(ok_in(&env, lang, &["agenda", "draft", "1"]).stderr);
    said.push(ok_in(&env, lang, &["agenda", "add", "1", "Jaarplanning"]).stderr);
    said.push(
        ok_in(
            &env,
            lang,
            &["meeting", "move", "2", "--to", "2026-12-09", "10:00"],
        )
        .stderr,
    );
    said.push(
        ok_in(
            &env,
            lang,
            &["meeting", "cancel", "2", "--yes", "--reason", "Verlof"],
        )
        .stderr,
    );
    (env, said)
}

#[test]
fn confirmations_speak_the_interface_language_and_store_the_same() {
    let expected: [[&[&str]; 6]; 3] = [
        [
            &[
                "vergadering 1 van LIVC-R VLAS gepland op ma 7 dec 2026 14:00 (casusoverleg)",
                "stel de agenda op met `livcr agenda draft 1`",
            ],
            &[
                "waarschuwing:",
                "LIVC-R VLAS heeft die dag al een vergadering (#1 om 14:00)",
            ],
            &["agenda van vergadering 1 (2026-12-07): 3 punten toegevoegd"],
            &["punt 4 toegevoegd aan vergadering 1 onder \"Varia en volgende vergadering\""],
            &["vergadering 2 verplaatst van ma 7 dec 2026 16:00 naar wo 9 dec 2026 10:00"],
            &["vergadering 2 van wo 9 dec 2026 10:00 geannuleerd"],
        ],
        [
            &[
                "réunion 1 de la CSIL-R VLAS planifiée le lun. 7 déc. 2026 14:00 (concertation de cas)",
                "préparez son ordre du jour avec `livcr agenda draft 1`",
            ],
            &[
                "avertissement :",
                "la CSIL-R VLAS a déjà une réunion ce jour-là (#1 à 14:00)",
            ],
            &["ordre du jour de la réunion 1 (2026-12-07) : 3 points ajoutés"],
            &["point 4 ajouté à la réunion 1 sous « Divers et prochaine réunion »"],
            &["réunion 2 déplacée du lun. 7 déc. 2026 16:00 au mer. 9 déc. 2026 10:00"],
            &["réunion 2 du mer. 9 déc. 2026 10:00 annulée"],
        ],
        [
            &[
                "Sitzung 1 der LIVC-R VLAS geplant am Mo., 7. Dez. 2026 14:00 (Fallbesprechung)",
                "erstellen Sie ihre Tagesordnung mit `livcr agenda draft 1`",
            ],
            &["die LIVC-R VLAS hat an diesem Tag bereits eine Sitzung (#1 um 14:00)"],
            &["Tagesordnung der Sitzung 1 (2026-12-07): 3 Punkte hinzugefügt"],
            &["Punkt 4 zur Sitzung 1 unter „Verschiedenes und nächste Sitzung“ hinzugefügt"],
            &["Sitzung 2 verlegt von Mo., 7. Dez. 2026 16:00 auf Mi., 9. Dez. 2026 10:00"],
            &["Sitzung 2 vom Mi., 9. Dez. 2026 10:00 abgesagt"],
        ],
    ];
    let (en_env, en_said) = scenario("en");
    assert!(
        en_said[0].contains("planned meeting 1 of cell VLAS on Mon 7 Dec 2026 14:00 (case)"),
        "{}",
        en_said[0]
    );
    assert!(en_said[2].contains("3 items added"), "{}", en_said[2]);
    // What the file keeps, the audit log's details included, is English in every language
    // (uid is random, the audit chain's hashes follow from it).
    let stored = |env: &Env| -> Vec<String> {
        let conn = env.db();
        let mut out = Vec::new();
        for sql in [
            "SELECT id || '|' || starts_at || '|' || kind || '|' || status || '|' || \
             coalesce(location, '') || '|' || coalesce(cancel_reason, '') || '|' || sequence \
             FROM meeting ORDER BY id",
            "SELECT meeting_id || '|' || position || '|' || section || '|' || \
             coalesce(title, '') || '|' || drafted FROM agenda_item ORDER BY id",
            "SELECT action || '|' || entity || '|' || entity_id || '|' || summary \
             FROM audit_log ORDER BY id",
        ] {
            let mut stmt = conn.prepare(sql).unwrap();
            let rows = stmt
                .query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .collect::<Result<Vec<_>, _>>()
                .unwrap();
            out.extend(rows);
        }
        out
    };
    let en_stored = stored(&en_env);
    assert!(
        en_stored.iter().any(|r| r.contains("meeting cancelled")),
        "{en_stored:?}"
    );
    for (lang, expected) in LANGS.iter().zip(expected) {
        let (env, said) = scenario(lang);
        for (text, words) in said.iter().zip(expected) {
            assert_speaks(lang, text, words);
        }
        assert_eq!(stored(&env), en_stored, "{lang}: the file keeps the same");
    }
}

#[test]
fn json_and_exit_codes_are_the_same_in_every_language() {
    let (env, v, m) = scene_with_meeting();
    let code = scene::case(&env);
    env.ok(&["agenda", "add", &m, "Stand van zaken", "--case", &code]);
    let mut env = env;
    env.today = "2026-12-08".into();
    let present = format!("{},{},{}", v.chair, v.io.unwrap(), v.prevention);
    // French counts 0 and 1 as one: "0 excusé", "3 présents".
    let out = ok_in(
        &env,
        "fr",
        &["meeting", "attend", &m, "--present", &present],
    );
    assert_speaks(
        "fr",
        &out.stderr,
        &["présences de la réunion 1 : 3 présents, 0 excusé, 0 absent"],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM attendance WHERE status = 'present'"),
        3
    );
    let reads: [&[&str]; 5] = [
        &["meeting", "list", "--format", "json"],
        &["meeting", "show", &m, "--format", "json"],
        &["agenda", "show", &m, "--format", "json"],
        &["meeting", "list", "--format", "csv"],
        &["meeting", "ics"],
    ];
    for args in reads {
        let en = ok_in(&env, "en", args);
        for lang in LANGS {
            let out = ok_in(&env, lang, args);
            assert_eq!(out.stdout, en.stdout, "{lang}: livcr {args:?}");
        }
    }
    // A refusal exits 1 in every language, a usage error 2.
    for lang in ["en", "nl", "fr", "de"] {
        refused_in(&env, lang, &["meeting", "close", &m]);
        let out = env.run_in(lang, &["meeting", "decide", &m]);
        assert_eq!(out.code, 2, "{lang}: {}", out.stderr);
    }
    // The close refused above (item 1 undecided, no --yes on a pipe) names the items in each
    // language with the right plural: one, then four once the fixed items are drafted.
    let err = refused_in(&env, "nl", &["meeting", "close", &m]);
    assert_speaks(
        "nl",
        &err,
        &["punt 1 van vergadering 1 heeft geen beslissing"],
    );
    env.ok(&["agenda", "draft", &m]);
    let err = refused_in(&env, "fr", &["meeting", "close", &m]);
    assert_speaks(
        "fr",
        &err,
        &["les points 1, 2, 3, 4 de la réunion 1 n'ont pas de décision"],
    );
    let err = refused_in(&env, "de", &["meeting", "close", &m]);
    assert_speaks(
        "de",
        &err,
        &["Punkte 1, 2, 3, 4 der Sitzung 1 haben keinen Beschluss"],
    );
}

/// The sentence is chosen by the stored status, not by its translated word: a held meeting's
/// refusal names rule R7 and a cancelled meeting's names the cancellation, in every language.
#[test]
fn the_reason_follows_the_meetings_status_in_every_language() {
    let (env, m) = held_meeting();
    for (lang, r7) in LANGS.iter().zip(["regel R7", "règle R7", "Regel R7"]) {
        let err = refused_in(&env, lang, &["meeting", "cancel", &m, "--yes"]);
        assert!(err.contains(r7), "{lang}: {err}");
    }
    let later = scene::plan(&env, "2026-12-22", "14:00", &[]);
    env.ok(&[
        "meeting",
        "cancel",
        &later,
        "--yes",
        "--reason",
        "Geen dossiers",
    ]);
    for (lang, cancelled) in LANGS.iter().zip([
        "de vergadering werd geannuleerd",
        "la réunion a été annulée",
        "die Sitzung wurde abgesagt",
    ]) {
        let err = refused_in(&env, lang, &["agenda", "add", &later, "Varia"]);
        assert!(err.contains(cancelled), "{lang}: {err}");
        assert!(!err.contains("R7"), "{lang}: {err}");
    }
}
