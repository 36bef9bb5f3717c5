//! Cases, actions and purge: a case's life (domain.md), rules R8-R12, case codes, retention.

mod common;

use common::scene::{
    ALPHABET, IO, KORTRIJK, KUURNE, LENDELEDE, Vlas, advance, audit_rows, case, case_id, is_code,
    member, open, vlas_cell, vlas_members, vlas_orgs,
};
use common::{Env, TODAY, files_containing, id, json};
use serde_json::Value;

/// The phrase every date error carries.
const DATE_FORMS: &str = "use YYYY-MM-DD, DD/MM/YYYY, today, or a relative form like +2w, -1d, +3m";

/// The joint cell VLAS (Kortrijk, Kuurne, Lendelede, established 2024-01-01) with its
/// organisations, a mayor per municipality, Kortrijk's mayor as chair, a prevention official,
/// a CAW partner invited by the chair and, when `with_io`, an IO.
fn cell_with(env: &Env, with_io: bool) -> Vlas {
    vlas_cell(env, &[]);
    vlas_orgs(env, &[]);
    vlas_members(env, with_io, &[])
}

fn vlas(env: &Env) -> Vlas {
    cell_with(env, true)
}

/// One column of a case row.
fn field(env: &Env, code: &str, column: &str) -> Option<String> {
    env.column("case", "case_file", "code", code, column)
}

fn status(env: &Env, code: &str) -> String {
    field(env, code, "status").expect("a status")
}

/// Audit rows about a case.
fn audit_count(env: &Env, action: &str, code: &str) -> i64 {
    audit_rows(env, action, "case", code)
}

/// A valid code for seven data characters: the check character makes the sum 0 modulo 31.
fn with_check(data: &str) -> String {
    let sum: usize = data
        .chars()
        .enumerate()
        .map(|(i, c)| ALPHABET.find(c).unwrap() * (8 - i))
        .sum();
    let check = ALPHABET.as_bytes()[(31 - sum % 31) % 31] as char;
    format!("{}-{}{check}", &data[..4], &data[4..])
}

/// `case list` (or `action list`) with `args`, as JSON rows.
fn rows(env: &Env, args: &[&str]) -> Vec<Value> {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--format", "json"]);
    json(&env.ok(&all)).as_array().unwrap().clone()
}

fn codes(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

fn action_ids(rows: &[Value]) -> Vec<i64> {
    rows.iter().map(|r| r["id"].as_i64().unwrap()).collect()
}

// ---------------------------------------------------------------------------------------------
// Opening a case
// ---------------------------------------------------------------------------------------------

#[test]
fn case_help_lists_the_verbs() {
    let env = Env::new();
    let help = env.ok(&["case", "--help"]);
    for verb in [
        "open", "list", "show", "move", "note", "lead", "review", "close", "reopen",
    ] {
        assert!(help.contains(verb), "{verb} missing in:\n{help}");
    }
    let open_help = env.ok(&["case", "open", "--help"]);
    for flag in [
        "--municipality",
        "--source",
        "--phenomenon",
        "--age-band",
        "--summary",
        "--on",
    ] {
        assert!(open_help.contains(flag), "{flag} missing in:\n{open_help}");
    }
}

#[test]
fn open_prints_a_random_code_and_schedules_the_first_review() {
    let env = Env::new();
    vlas(&env);
    let out = env.run(&[
        "case",
        "open",
        "--municipality",
        "Kortrijk",
        "--source",
        "partner",
        "--source-org",
        "CAW",
        "--phenomenon",
        "right_wing",
        "--age-band",
        "25_plus",
        "--summary",
        "Zorgen over uitspraken op school",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let code = out.stdout.trim();
    assert!(is_code(code), "{code:?}");
    assert_eq!(
        out.stdout,
        format!("{code}\n"),
        "stdout holds only the code"
    );
    assert!(
        out.stderr.contains(&format!("opened case {code}")),
        "{}",
        out.stderr
    );

    assert_eq!(status(&env, code), "signal");
    assert_eq!(field(&env, code, "nis").as_deref(), Some(KORTRIJK));
    assert_eq!(field(&env, code, "opened_on").as_deref(), Some(TODAY));
    // 2026-11-30 + 12 weeks.
    assert_eq!(
        field(&env, code, "next_review_on").as_deref(),
        Some("2027-02-22")
    );
    assert_eq!(field(&env, code, "source").as_deref(), Some("partner"));
    assert_eq!(
        field(&env, code, "phenomenon").as_deref(),
        Some("right_wing")
    );
    assert_eq!(field(&env, code, "age_band").as_deref(), Some("25_plus"));
    assert_eq!(
        field(&env, code, "summary").as_deref(),
        Some("Zorgen over uitspraken op school")
    );
    assert!(field(&env, code, "closed_on").is_none());
    assert!(field(&env, code, "purge_due_on").is_none());
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event e JOIN case_file c ON c.id = e.case_id \
             WHERE c.code = '{code}' AND e.kind = 'opened' AND e.to_status = 'signal'"
        )),
        1
    );
    assert_eq!(audit_count(&env, "open", code), 1);
    // The audit summary holds no free text.
    let summary: String = env
        .db()
        .query_row(
            "SELECT summary FROM audit_log WHERE action = 'open' AND entity_id = ?1",
            [code],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!summary.contains("school"), "{summary}");

    let out = env.ok(&[
        "case",
        "open",
        "--municipality",
        KUURNE,
        "--source",
        "municipal_service",
        "--phenomenon",
        "mixed",
        "--age-band",
        "12_17",
        "--format",
        "json",
    ]);
    let value = json(&out);
    let second = value["code"].as_str().expect("a code field").to_string();
    assert!(is_code(&second), "{second:?}");
    assert!(value["id"].is_i64(), "{value}");
    assert_ne!(second, code, "codes are random");
    assert_eq!(field(&env, &second, "nis").as_deref(), Some(KUURNE));
    assert_eq!(env.count("SELECT count(*) FROM case_file"), 2);
}

#[test]
fn a_minor_is_announced_when_opening() {
    let env = Env::new();
    vlas(&env);
    let out = env.run(&[
        "case",
        "open",
        "--municipality",
        "Lendelede",
        "--source",
        "citizen_or_family",
        "--phenomenon",
        "single_issue",
        "--age-band",
        "under_12",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("minor"), "{}", out.stderr);
    assert!(out.stderr.contains("R12"), "{}", out.stderr);
}

#[test]
fn open_in_a_municipality_the_cell_does_not_cover_is_refused() {
    let env = Env::new();
    vlas(&env);
    let err = env.refused(&[
        "case",
        "open",
        "--municipality",
        "Wevelgem",
        "--source",
        "partner",
        "--phenomenon",
        "religious",
        "--age-band",
        "18_24",
    ]);
    assert!(err.contains("34041"), "{err}");
    assert!(err.contains("not covered by cell VLAS"), "{err}");
    assert_eq!(env.count("SELECT count(*) FROM case_file"), 0);
}

#[test]
fn open_in_a_municipality_that_has_left_names_no_code_that_was_never_stored() {
    let env = Env::new();
    vlas(&env);
    env.ok(&[
        "cell",
        "leave",
        "VLAS",
        "--municipality",
        LENDELEDE,
        "--on",
        "2026-06-01",
    ]);
    // Dated while Lendelede was covered: the open passes the first check and meets rule R9
    // (the cell covers it no longer today) where the case row is already drawn.
    let err = env.refused(&[
        "case",
        "open",
        "--municipality",
        LENDELEDE,
        "--source",
        "citizen_or_family",
        "--phenomenon",
        "mixed",
        "--age-band",
        "25_plus",
        "--on",
        "2026-03-01",
    ]);
    assert!(
        err.contains("the case cannot be opened: its cell no longer covers 34025 Lendelede"),
        "{err}"
    );
    assert!(err.contains("rule R9"), "{err}");
    assert!(err.contains("nothing was recorded"), "{err}");
    assert!(
        !err.split_whitespace()
            .any(|w| is_code(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))),
        "the refusal names a case code that was never stored: {err}"
    );
    assert_eq!(env.count("SELECT count(*) FROM case_file"), 0);
}

#[test]
fn source_io_needs_an_active_information_officer() {
    let env = Env::new();
    let cell = cell_with(&env, false);
    assert!(cell.io.is_none());
    let args = [
        "case",
        "open",
        "--municipality",
        "Kuurne",
        "--source",
        "io",
        "--phenomenon",
        "anti_government",
        "--age-band",
        "18_24",
    ];
    let err = env.refused(&args);
    assert!(err.contains("--source io"), "{err}");
    assert!(err.contains("Information Officer"), "{err}");
    assert!(err.contains("--role io"), "{err}");

    // Another source is fine without an IO.
    open(&env, "Kuurne", "anti_government", "18_24", &[]);

    // Once the IO has a seat, an inbound signal via the IO is accepted.
    member(&env, IO);
    let code = env.ok(&args).trim().to_string();
    assert!(is_code(&code));
    assert_eq!(field(&env, &code, "source").as_deref(), Some("io"));

    // And in a complete cell from the start.
    let env = Env::new();
    let cell = vlas(&env);
    assert!(cell.io.is_some());
    let code = env.ok(&args).trim().to_string();
    assert_eq!(field(&env, &code, "source").as_deref(), Some("io"));
}

#[test]
fn open_accepts_a_backlog_date_and_refuses_a_future_one() {
    let env = Env::new();
    vlas(&env);
    let code = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--on", "2026-06-01"],
    );
    assert_eq!(
        field(&env, &code, "opened_on").as_deref(),
        Some("2026-06-01")
    );
    assert_eq!(
        field(&env, &code, "next_review_on").as_deref(),
        Some("2026-08-24")
    );
    let code = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--on", "15/03/2026"],
    );
    assert_eq!(
        field(&env, &code, "opened_on").as_deref(),
        Some("2026-03-15")
    );
    assert_eq!(
        field(&env, &code, "next_review_on").as_deref(),
        Some("2026-06-07")
    );
    let code = open(&env, "Kortrijk", "religious", "18_24", &["--on=-1w"]);
    assert_eq!(
        field(&env, &code, "opened_on").as_deref(),
        Some("2026-11-23")
    );

    for future in ["2026-12-01", "tomorrow", "+1d"] {
        let err = env.refused(&[
            "case",
            "open",
            "--municipality",
            "Kortrijk",
            "--source",
            "partner",
            "--phenomenon",
            "religious",
            "--age-band",
            "18_24",
            "--on",
            future,
        ]);
        assert!(err.contains("2026-12-01"), "{err}");
        assert!(err.contains("in the future"), "{err}");
    }
    // Before the cell covered the municipality.
    let err = env.refused(&[
        "case",
        "open",
        "--municipality",
        "Kortrijk",
        "--source",
        "partner",
        "--phenomenon",
        "religious",
        "--age-band",
        "18_24",
        "--on",
        "2023-12-31",
    ]);
    assert!(err.contains("not covered"), "{err}");
}

#[test]
fn unknown_phenomenon_is_a_usage_error() {
    let env = Env::new();
    vlas(&env);
    let before = env.snapshot();
    let out = env.run(&[
        "case",
        "open",
        "--municipality",
        "Kortrijk",
        "--source",
        "partner",
        "--phenomenon",
        "jihadism",
        "--age-band",
        "18_24",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("jihadism"), "{}", out.stderr);
    assert!(out.stderr.contains("religious"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
    assert_eq!(before, env.snapshot());
}

// ---------------------------------------------------------------------------------------------
// Transitions and R9
// ---------------------------------------------------------------------------------------------

#[test]
fn every_allowed_transition_is_recorded() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = case(&env);
    let chair = cell.chair.to_string();
    let steps: [(&str, &[&str]); 3] = [
        ("screening", &[]),
        ("on_list", &["--decided-by", &chair]),
        (
            "follow_up",
            &["--reason", "begeleiding op maat door het CAW"],
        ),
    ];
    let mut from = "signal";
    for (to, extra) in steps {
        let mut args = vec!["case", "move", &code, "--to", to];
        args.extend_from_slice(extra);
        let out = env.run(&args);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr
                .contains(&format!("case {code} moved from {from} to {to}")),
            "{}",
            out.stderr
        );
        assert_eq!(status(&env, &code), to);
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM case_event WHERE kind = 'status' \
                 AND from_status = '{from}' AND to_status = '{to}'"
            )),
            1
        );
        from = to;
    }
    assert_eq!(audit_count(&env, "move", &code), 3);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE to_status = 'on_list' AND decided_by = {}",
            cell.chair
        )),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM case_event WHERE to_status = 'follow_up' \
             AND text = 'begeleiding op maat door het CAW'"
        ),
        1
    );
    env.ok(&["case", "close", &code, "--reason", "goals_reached"]);
    assert_eq!(status(&env, &code), "closed");

    // on_list can be closed directly.
    let listed = case(&env);
    advance(&env, &listed, "on_list", cell.chair);
    env.ok(&["case", "close", &listed, "--reason", "moved_away"]);
    assert_eq!(status(&env, &listed), "closed");

    // signal → declined and screening → declined.
    let early = case(&env);
    env.ok(&["case", "move", &early, "--to", "declined"]);
    assert_eq!(status(&env, &early), "declined");
    let screened = case(&env);
    advance(&env, &screened, "screening", cell.chair);
    let out = env.run(&[
        "case",
        "move",
        &screened,
        "--to",
        "declined",
        "--reason",
        "doorverwezen naar reguliere hulpverlening",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("Thu 30 Nov 2028"), "{}", out.stderr);
    assert_eq!(status(&env, &screened), "declined");
    for c in [&early, &screened] {
        assert_eq!(field(&env, c, "closed_on").as_deref(), Some(TODAY));
        assert_eq!(
            field(&env, c, "purge_due_on").as_deref(),
            Some("2028-11-30")
        );
        assert!(field(&env, c, "next_review_on").is_none());
    }
}

#[test]
fn refused_transitions_name_the_allowed_next_statuses_and_change_nothing() {
    let env = Env::new();
    let cell = vlas(&env);
    let chair = cell.chair.to_string();
    let signal = case(&env);
    let screening = case(&env);
    advance(&env, &screening, "screening", cell.chair);
    let on_list = case(&env);
    advance(&env, &on_list, "on_list", cell.chair);
    let follow_up = case(&env);
    advance(&env, &follow_up, "follow_up", cell.chair);
    let declined = case(&env);
    env.ok(&["case", "move", &declined, "--to", "declined"]);
    let closed = case(&env);
    advance(&env, &closed, "follow_up", cell.chair);
    env.ok(&["case", "close", &closed, "--reason", "judicial_track"]);

    let table: [(&str, &str, &str, &[&str]); 11] = [
        (&signal, "signal", "on_list", &["screening, declined"]),
        (&signal, "signal", "follow_up", &["screening, declined"]),
        (&screening, "screening", "follow_up", &["on_list, declined"]),
        (&screening, "screening", "screening", &["on_list, declined"]),
        (
            &on_list,
            "on_list",
            "screening",
            &["follow_up", "livcr case close"],
        ),
        (
            &on_list,
            "on_list",
            "declined",
            &["follow_up", "livcr case close"],
        ),
        (&follow_up, "follow_up", "screening", &["livcr case close"]),
        (&follow_up, "follow_up", "on_list", &["livcr case close"]),
        (&declined, "declined", "screening", &["reopen"]),
        (&declined, "declined", "on_list", &["reopen"]),
        (&closed, "closed", "follow_up", &["reopen"]),
    ];
    for (code, from, to, allowed) in table {
        let before = std::fs::read(env.db_path()).unwrap();
        let mut args = vec!["case", "move", code, "--to", to];
        if to == "on_list" {
            args.extend_from_slice(&["--decided-by", &chair]);
        }
        let err = env.refused(&args);
        assert!(
            err.contains(&format!("cannot move from {from} to {to}")),
            "{from}->{to}: {err}"
        );
        assert!(
            err.contains(&format!("from {from} a case can move to")),
            "{from}->{to}: {err}"
        );
        for a in allowed {
            assert!(err.contains(a), "{from}->{to} should name {a}: {err}");
        }
        assert_eq!(
            before,
            std::fs::read(env.db_path()).unwrap(),
            "{from}->{to}: file bytes changed"
        );
        assert_eq!(status(&env, code), from);
    }

    // Closing is for cases the cell took; the others are declined.
    for code in [&signal, &screening] {
        let err = env.refused(&["case", "close", code, "--reason", "other"]);
        assert!(err.contains("cannot be closed"), "{err}");
        assert!(err.contains("--to declined"), "{err}");
    }
    for code in [&declined, &closed] {
        let err = env.refused(&["case", "close", code, "--reason", "other"]);
        assert!(err.contains("cannot be closed"), "{err}");
    }
    // `closed` is not a target of `case move`: a usage error.
    let out = env.run(&["case", "move", &follow_up, "--to", "closed"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(status(&env, &follow_up), "follow_up");
}

#[test]
fn refused_move_from_follow_up_does_not_call_the_case_closed() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = case(&env);
    advance(&env, &code, "follow_up", cell.chair);
    let err = env.refused(&["case", "move", &code, "--to", "screening"]);
    assert!(err.contains("livcr case close"), "{err}");
    assert!(!err.contains("the case is closed"), "{err}");
    assert!(!err.contains("reopen it first"), "{err}");
}

#[test]
fn r9_only_the_chair_or_the_municipalitys_mayor_puts_a_case_on_the_list() {
    let env = Env::new();
    let cell = vlas(&env);
    let kuurne = open(&env, "Kuurne", "left_wing", "18_24", &[]);
    advance(&env, &kuurne, "screening", cell.chair);

    let refused = [
        (cell.partner.to_string(), "partner"),
        (cell.io.unwrap().to_string(), "io"),
        (cell.prevention.to_string(), "prevention"),
        (cell.mayor_lendelede.to_string(), "mayor"),
        ("burgemeester@lendelede.be".to_string(), "mayor"),
    ];
    for (who, seat) in &refused {
        let err = env.refused(&[
            "case",
            "move",
            &kuurne,
            "--to",
            "on_list",
            "--decided-by",
            who,
        ]);
        assert!(err.contains("R9"), "{who}: {err}");
        assert!(err.contains("may not put case"), "{who}: {err}");
        assert!(err.contains(&format!("the seat: {seat}")), "{who}: {err}");
        assert!(err.contains("34023 Kuurne"), "{who}: {err}");
    }
    let err = env.refused(&["case", "move", &kuurne, "--to", "on_list"]);
    assert!(err.contains("--decided-by"), "{err}");
    assert!(err.contains("R9"), "{err}");
    let err = env.refused(&[
        "case",
        "move",
        &kuurne,
        "--to",
        "on_list",
        "--decided-by",
        "Nobody Known",
    ]);
    assert!(err.contains("unknown member"), "{err}");
    assert_eq!(status(&env, &kuurne), "screening");

    // The mayor of the case's municipality decides.
    env.ok(&[
        "case",
        "move",
        &kuurne,
        "--to",
        "on_list",
        "--decided-by",
        "burgemeester@kuurne.be",
    ]);
    assert_eq!(status(&env, &kuurne), "on_list");
    assert_eq!(
        env.count(&format!(
            "SELECT decided_by FROM case_event WHERE case_id = {} AND to_status = 'on_list'",
            case_id(&env, &kuurne)
        )),
        cell.mayor_kuurne
    );

    // The chair decides for any municipality of the cell (Lendelede: not the chair's own).
    let lendelede = open(&env, "Lendelede", "left_wing", "18_24", &[]);
    advance(&env, &lendelede, "screening", cell.chair);
    env.ok(&[
        "case",
        "move",
        &lendelede,
        "--to",
        "on_list",
        "--decided-by",
        &cell.chair.to_string(),
    ]);
    assert_eq!(status(&env, &lendelede), "on_list");

    // Kuurne's mayor does not decide for Kortrijk; Kortrijk's mayor does.
    let kortrijk = open(&env, "Kortrijk", "left_wing", "18_24", &[]);
    advance(&env, &kortrijk, "screening", cell.chair);
    let err = env.refused(&[
        "case",
        "move",
        &kortrijk,
        "--to",
        "on_list",
        "--decided-by",
        &cell.mayor_kuurne.to_string(),
    ]);
    assert!(err.contains("R9"), "{err}");
    env.ok(&[
        "case",
        "move",
        &kortrijk,
        "--to",
        "on_list",
        "--decided-by",
        &cell.mayor_kortrijk.to_string(),
    ]);
    assert_eq!(status(&env, &kortrijk), "on_list");
}

#[test]

fn a_move_dated_before_the_opening_is_refused() {
    let env = Env::new();
    vlas(&env);
    let code = case(&env);
    let err = env.refused(&[
        "case",
        "move",
        &code,
        "--to",
        "screening",
        "--on",
        "2025-01-01",
    ]);
    assert!(err.contains("before the case was opened"), "{err}");
}

#[test]

fn a_review_dated_before_the_opening_is_refused() {
    let env = Env::new();
    vlas(&env);
    let code = case(&env);
    let err = env.refused(&["case", "review", &code, "--on", "2025-01-01"]);
    assert!(err.contains("before the case was opened"), "{err}");
    assert_eq!(
        field(&env, &code, "next_review_on").as_deref(),
        Some("2027-02-22")
    );
}

// ---------------------------------------------------------------------------------------------
// The privacy linter, end to end (R8)
// ---------------------------------------------------------------------------------------------

/// (text, kind named in the error, values that must appear nowhere).
const IDENTIFYING: &[(&str, &str, &[&str])] = &[
    (
        "Rijksregisternummer 85073003328 gekend",
        "national register number",
        &["85073003328"],
    ),
    (
        "rrn 85.07.30-033.28 gekend",
        "national register number",
        &["85.07.30-033.28", "85073003328"],
    ),
    (
        "rrn 850730 033 28 gekend",
        "national register number",
        &["850730 033 28", "85073003328"],
    ),
    (
        "rrn 85.07.30 033-28 gekend",
        "national register number",
        &["85.07.30 033-28", "85073003328"],
    ),
    (
        "rrn 06070500252 gekend",
        "national register number",
        &["06070500252"],
    ),
    ("BIS 85493001153 gekend", "BIS number", &["85493001153"]),
    (
        "rekening BE68 5390 0754 7034 van de moeder",
        "IBAN",
        &["BE68 5390 0754 7034", "BE68539007547034", "539007547034"],
    ),
    (
        "mail jongere.x@voorbeeld.be",
        "e-mail address",
        &["jongere.x@voorbeeld.be", "voorbeeld.be"],
    ),
    (
        "gsm 0471 23 45 67 van de vader",
        "phone number",
        &["0471 23 45 67", "0471234567"],
    ),
    (
        "gsm +32 471 23 45 67 van de vader",
        "phone number",
        &["+32 471 23 45 67", "471 23 45 67", "32471234567"],
    ),
    (
        "de jongere is geboren op 3/5/2004",
        "date of birth",
        &["3/5/2004"],
    ),
    (
        "le jeune est né le 3 mai 2004",
        "date of birth",
        &["3 mai 2004"],
    ),
];

/// Asserts a refused free text left no trace: the error names the kind and never the value,
/// and no file of the database folder holds the value.
fn assert_no_trace(env: &Env, stderr: &str, field_name: &str, kind: &str, secrets: &[&str]) {
    assert!(
        stderr.contains(&format!(
            "{field_name} refused by the privacy linter (rule R8)"
        )),
        "{stderr}"
    );
    assert!(stderr.contains(kind), "should name {kind}: {stderr}");
    for s in secrets {
        assert!(!stderr.contains(s), "stderr leaks {s:?}: {stderr}");
        assert_eq!(
            files_containing(env, s),
            Vec::<String>::new(),
            "{s:?} in the database folder"
        );
    }
}

#[test]
fn notes_with_identifiers_are_refused_and_stored_nowhere() {
    let env = Env::new();
    vlas(&env);
    let code = case(&env);
    for (text, kind, secrets) in IDENTIFYING {
        let err = env.refused(&["case", "note", &code, text]);
        assert_no_trace(&env, &err, "note", kind, secrets);
    }
    assert_eq!(
        env.count("SELECT count(*) FROM case_event WHERE kind = 'note'"),
        0
    );
    assert_eq!(audit_count(&env, "note", &code), 0);

    // The same through --file and through standard input.
    let path = env.path("work/note.txt");
    std::fs::write(&path, "Gesprek met de moeder, rrn 85.07.30-033.28.\n").unwrap();
    let err = env.refused(&["case", "note", &code, "--file", path.to_str().unwrap()]);
    assert_no_trace(
        &env,
        &err,
        "note",
        "national register number",
        &["85.07.30-033.28"],
    );

    let before = env.snapshot();
    let out = env
        .cmd()
        .args(["case", "note", &code, "--file", "-"])
        .write_stdin("Bereikbaar op 0471 23 45 67.\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_no_trace(&env, &err, "note", "phone number", &["0471 23 45 67"]);
    assert_eq!(before, env.snapshot());
}

#[test]
fn every_free_text_field_passes_the_linter() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = case(&env);
    advance(&env, &code, "screening", cell.chair);
    for (text, kind, secrets) in IDENTIFYING {
        let err = env.refused(&[
            "case",
            "open",
            "--municipality",
            "Kortrijk",
            "--source",
            "partner",
            "--phenomenon",
            "religious",
            "--age-band",
            "18_24",
            "--summary",
            text,
        ]);
        assert_no_trace(&env, &err, "summary", kind, secrets);

        let err = env.refused(&["case", "move", &code, "--to", "declined", "--reason", text]);
        assert_no_trace(&env, &err, "reason", kind, secrets);

        let err = env.refused(&["action", "add", &code, "--org", "CAW", "--due", "+2w", text]);
        assert_no_trace(&env, &err, "action", kind, secrets);
    }
    assert_eq!(env.count("SELECT count(*) FROM case_file"), 1);
    assert_eq!(status(&env, &code), "screening");
    assert_eq!(env.count("SELECT count(*) FROM action"), 0);

    // Editing an action's text is linted too.
    let action = id(
        &env,
        &[
            "action",
            "add",
            &code,
            "--org",
            "CAW",
            "--due",
            "+2w",
            "Contact opnemen met de school",
        ],
    );
    let err = env.refused(&[
        "action",
        "edit",
        &action.to_string(),
        "--text",
        "bel naar 0471 23 45 67",
    ]);
    assert_no_trace(&env, &err, "action", "phone number", &["0471 23 45 67"]);
}

#[test]
fn look_alikes_pass_the_linter() {
    let env = Env::new();
    vlas(&env);
    let code = case(&env);
    let own_code = format!("zie ook case {code}");
    let texts = [
        "besproken op 2026-03-05",
        own_code.as_str(),
        "schuld van € 1.250,00 bij de woonmaatschappij",
        "verhuisd binnen NIS 71072",
    ];
    for text in texts {
        let out = env.run(&["case", "note", &code, text]);
        assert_eq!(out.code, 0, "{text}: {}", out.stderr);
        assert!(!out.stderr.contains("warning"), "{text}: {}", out.stderr);
        assert_eq!(
            env.db()
                .query_row(
                    "SELECT count(*) FROM case_event WHERE kind = 'note' AND text = ?1",
                    [text],
                    |r| r.get::<_, i64>(0)
                )
                .unwrap(),
            1,
            "{text}"
        );
    }
    // A number shaped like a national number whose checksum fails: stored, with a warning that
    // does not repeat it.
    let out = env.run(&["case", "note", &code, "dossiernummer 85073003329"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("warning:"), "{}", out.stderr);
    assert!(
        out.stderr.contains("number shaped like an identifier"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("85073003329"), "{}", out.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM case_event WHERE text = 'dossiernummer 85073003329'"),
        1
    );
    assert_eq!(audit_count(&env, "note", &code), 5);
}

// ---------------------------------------------------------------------------------------------
// Case codes as people type them
// ---------------------------------------------------------------------------------------------

#[test]
fn code_typos_resolve_or_suggest_the_real_code() {
    let env = Env::new();
    vlas(&env);
    let code = case(&env);

    // Case and dashes do not matter.
    let loose = code.to_lowercase().replace('-', "");
    let out = env.ok(&["case", "show", &loose, "--format", "json"]);
    assert_eq!(json(&out)["code"], code.as_str());
    let spaced = format!(" {} - {} ", &code[..4].to_lowercase(), &code[5..]);
    env.ok(&["case", "note", &spaced, "Gesprek met de school gepland"]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE kind = 'note' AND case_id = {}",
            case_id(&env, &code)
        )),
        1
    );

    // One wrong character (the check catches it): did you mean.
    let mut chars: Vec<char> = code.chars().collect();
    chars[1] = ALPHABET
        .chars()
        .find(|c| *c != chars[1])
        .expect("another symbol");
    let typo: String = chars.iter().collect();
    assert!(!is_code(&typo));
    let err = env.refused(&["case", "show", &typo]);
    assert!(err.contains("did you mean"), "{err}");
    assert!(err.contains(&code), "{err}");
    let err = env.refused(&["case", "note", &typo.to_lowercase(), "tekst"]);
    assert!(err.contains(&format!("did you mean {code}")), "{err}");

    // Two neighbouring characters swapped.
    let mut swapped: Vec<char> = code.chars().collect();
    if swapped[5] != swapped[6] {
        swapped.swap(5, 6);
        let swapped: String = swapped.iter().collect();
        let err = env.refused(&["case", "show", &swapped]);
        assert!(err.contains(&format!("did you mean {code}")), "{err}");
    }

    // A well-formed code nobody has: unknown case, no suggestion.
    let unknown = ["2345678", "ZYXWVUT", "HJKMNPQ"]
        .iter()
        .map(|d| with_check(d))
        .find(|c| c.chars().zip(code.chars()).filter(|(a, b)| a != b).count() > 3)
        .unwrap();
    assert!(is_code(&unknown), "{unknown}");
    let err = env.refused(&["case", "show", &unknown]);
    assert!(err.contains(&format!("unknown case {unknown}")), "{err}");
    assert!(!err.contains("did you mean"), "{err}");

    // Not a code at all.
    let err = env.refused(&["case", "show", "hello"]);
    assert!(err.contains("invalid case code"), "{err}");
    let err = env.refused(&["case", "show", "K7M0-QX2A"]);
    assert!(err.contains("'0'"), "{err}");
    assert_eq!(audit_count(&env, "view", &code), 1);
}

#[test]

fn an_identifier_typed_as_a_case_code_is_not_echoed() {
    let env = Env::new();
    vlas(&env);
    case(&env);
    let err = env.refused(&["case", "show", "85073003328"]);
    assert!(err.contains("invalid case code"), "{err}");
    assert!(!err.contains("85073003328"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Listing and showing
// ---------------------------------------------------------------------------------------------

#[test]
fn case_list_filters_sorts_and_marks_minors() {
    let env = Env::new();
    let cell = vlas(&env);
    // next review 2026-08-24 (due), 2026-12-24, 2027-02-22.
    let due = open(
        &env,
        "Kortrijk",
        "religious",
        "12_17",
        &["--on", "2026-06-01"],
    );
    let child = open(
        &env,
        "Lendelede",
        "left_wing",
        "under_12",
        &["--on", "2026-10-01"],
    );
    let adult = open(&env, "Kuurne", "right_wing", "25_plus", &[]);
    let declined = open(&env, "Kortrijk", "mixed", "18_24", &["--on", "2026-09-01"]);
    env.ok(&["case", "move", &declined, "--to", "declined"]);
    let closed = open(
        &env,
        "Kuurne",
        "right_wing",
        "12_17",
        &["--on", "2026-03-01"],
    );
    advance(&env, &closed, "follow_up", cell.chair);
    env.ok(&["case", "close", &closed, "--reason", "goals_reached"]);

    let default = rows(&env, &["case", "list"]);
    assert_eq!(
        codes(&default),
        vec![due.clone(), child.clone(), adult.clone()]
    );
    let minors: Vec<bool> = default
        .iter()
        .map(|r| r["minor"].as_bool().unwrap())
        .collect();
    assert_eq!(minors, vec![true, true, false]);
    assert_eq!(default[0]["review_overdue"], true);
    assert_eq!(default[0]["municipality_nis"], "34022");
    assert_eq!(default[0]["municipality"], "Kortrijk");
    assert_eq!(default[0]["next_review_on"], "2026-08-24");
    assert_eq!(default[2]["review_overdue"], false);

    assert_eq!(
        codes(&rows(&env, &["case", "list", "--status", "declined"])),
        vec![declined.clone()]
    );
    assert_eq!(
        codes(&rows(&env, &["case", "list", "--status", "closed"])),
        vec![closed.clone()]
    );
    assert_eq!(
        codes(&rows(&env, &["case", "list", "--municipality", "Kuurne"])),
        vec![adult.clone()]
    );
    assert_eq!(
        codes(&rows(
            &env,
            &["case", "list", "--municipality", KUURNE, "--all"]
        )),
        vec![adult.clone(), closed.clone()]
    );
    assert_eq!(
        codes(&rows(&env, &["case", "list", "--phenomenon", "left_wing"])),
        vec![child.clone()]
    );
    assert_eq!(
        codes(&rows(&env, &["case", "list", "--review-due"])),
        vec![due.clone()]
    );
    assert_eq!(
        codes(&rows(&env, &["case", "list", "--minors"])),
        vec![due.clone(), child.clone()]
    );
    assert_eq!(
        codes(&rows(&env, &["case", "list", "--minors", "--all"])),
        vec![due.clone(), child.clone(), closed.clone()]
    );
    let all = rows(&env, &["case", "list", "--all"]);
    assert_eq!(all.len(), 5);
    assert_eq!(
        codes(&all[..3]),
        vec![due.clone(), child.clone(), adult.clone()]
    );
    let mut last: Vec<String> = codes(&all[3..]);
    last.sort();
    let mut expected = vec![declined.clone(), closed.clone()];
    expected.sort();
    assert_eq!(last, expected, "closed and declined come last");
    assert!(all.iter().find(|r| r["code"] == closed.as_str()).unwrap()["closed_on"] == TODAY);

    // CSV parses back, with the minor mark.
    let text = env.ok(&["case", "list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "code");
    let minor_col = headers.iter().position(|h| h == "minor").unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 3);
    assert_eq!(&records[0][0], due.as_str());
    let marks: Vec<&str> = records.iter().map(|r| &r[minor_col]).collect();
    assert_eq!(marks, vec!["true", "true", "false"]);

    // The table marks minors too.
    let table = env.ok(&["case", "list", "--minors", "--wide"]);
    assert!(table.contains("minor"), "{table}");
    for line in table
        .lines()
        .filter(|l| l.contains(&due) || l.contains(&child))
    {
        assert!(line.contains("yes"), "{line}");
    }

    // An empty result is not an error.
    let none = env.run(&["case", "list", "--phenomenon", "other"]);
    assert_eq!(none.code, 0);
    assert_eq!(
        rows(&env, &["case", "list", "--phenomenon", "other"]),
        Vec::<Value>::new()
    );
}

#[test]
fn case_show_writes_a_view_row_each_time() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = open(
        &env,
        "Kortrijk",
        "religious",
        "12_17",
        &["--summary", "Zorgen op school"],
    );
    advance(&env, &code, "on_list", cell.chair);
    env.ok(&[
        "case",
        "note",
        &code,
        "Eerste bespreking in de casusoverleg",
    ]);
    assert_eq!(audit_count(&env, "view", &code), 0);

    let table = env.ok(&["case", "show", &code]);
    assert!(table.contains("MINOR"), "{table}");
    assert!(
        table.contains("Eerste bespreking in de casusoverleg"),
        "{table}"
    );
    assert!(table.contains("Ruth Vandenberghe"), "{table}");
    assert_eq!(audit_count(&env, "view", &code), 1);

    let value = json(&env.ok(&["case", "show", &code, "--format", "json"]));
    assert_eq!(value["code"], code.as_str());
    assert_eq!(value["status"], "on_list");
    assert_eq!(value["minor"], true);
    assert_eq!(value["summary"], "Zorgen op school");
    assert!(value["journal"].as_array().unwrap().len() >= 4);
    assert_eq!(audit_count(&env, "view", &code), 2);

    env.ok(&["case", "show", &code.to_lowercase()]);
    assert_eq!(audit_count(&env, "view", &code), 3);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'view' AND entity = 'case'"),
        3
    );
    env.ok(&["audit", "verify"]);

    // Machine formats write the age band as the lists do, with `minor` beside it.
    let csv = env.ok(&["case", "show", &code, "--format", "csv"]);
    assert!(csv.contains("\nage_band,12_17\n"), "{csv}");
    assert!(csv.contains("\nminor,true\n"), "{csv}");
    assert!(!csv.contains("MINOR"), "{csv}");
    let md = env.ok(&["case", "show", &code, "--format", "md"]);
    assert!(md.contains("- **age band**: 12\\_17\n"), "{md}");
    assert!(md.contains("| on date | kind |"), "{md}");
    let journal = &json(&env.ok(&["case", "show", &code, "--format", "json"]))["journal"];
    assert!(journal.as_array().is_some_and(|j| {
        j.iter()
            .all(|e| e["case"] == code.as_str() && e.get("case_id").is_none())
    }));
}

// ---------------------------------------------------------------------------------------------
// Reviews, lead, close, reopen
// ---------------------------------------------------------------------------------------------

#[test]
fn case_review_sets_the_next_review() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--on", "2026-11-01"],
    );
    advance(&env, &code, "follow_up", cell.chair);
    let next = |env: &Env| field(env, &code, "next_review_on").unwrap();

    env.ok(&["case", "review", &code]);
    assert_eq!(next(&env), "2027-02-22");
    env.ok(&["case", "review", &code, "--interval", "8w"]);
    assert_eq!(next(&env), "2027-01-25");
    env.ok(&["case", "review", &code, "--next", "2027-01-10"]);
    assert_eq!(next(&env), "2027-01-10");
    env.ok(&[
        "case",
        "review",
        &code,
        "--on",
        "2026-11-20",
        "--interval",
        "2w",
    ]);
    assert_eq!(next(&env), "2026-12-04");
    env.ok(&["case", "review", &code, "--next", "+3m"]);
    assert_eq!(next(&env), "2027-02-28");
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE kind = 'review' AND case_id = {}",
            case_id(&env, &code)
        )),
        5
    );
    assert_eq!(audit_count(&env, "review", &code), 5);

    // A value starting with "-" goes after "=" (see `a_negative_relative_date_can_follow_its_flag`).
    for next_date in ["2026-11-01", TODAY, "-1d"] {
        let flag = format!("--next={next_date}");
        let err = env.refused(&["case", "review", &code, &flag]);
        assert!(err.contains("must come after this review"), "{err}");
    }
    let err = env.refused(&["case", "review", &code, "--on", "+1d"]);
    assert!(err.contains("in the future"), "{err}");
    let err = env.refused(&["case", "review", &code, "--interval", "8x"]);
    assert!(err.contains("8x"), "{err}");
    // --next and --interval exclude each other.
    let out = env.run(&[
        "case",
        "review",
        &code,
        "--next",
        "2027-01-10",
        "--interval",
        "8w",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(next(&env), "2027-02-28");

    env.ok(&["case", "close", &code, "--reason", "goals_reached"]);
    let err = env.refused(&["case", "review", &code]);
    assert!(err.contains("only open cases are reviewed"), "{err}");
}

#[test]
fn case_lead_sets_the_lead_organisation() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = case(&env);
    advance(&env, &code, "follow_up", cell.chair);
    env.ok(&["case", "lead", &code, "--org", "CAW"]);
    let caw: i64 = env.count("SELECT id FROM organisation WHERE name = 'CAW Zuid-West-Vlaanderen'");
    assert_eq!(
        env.count(&format!(
            "SELECT lead_org_id FROM case_file WHERE code = '{code}'"
        )),
        caw
    );
    assert_eq!(audit_count(&env, "lead", &code), 1);
    let listed = rows(&env, &["case", "list"]);
    assert_eq!(listed[0]["lead_org"], "CAW Zuid-West-Vlaanderen");

    env.ok(&["case", "lead", &code, "--org", "CLB Kortrijk"]);
    assert_eq!(
        json(&env.ok(&["case", "show", &code, "--format", "json"]))["lead_org"],
        "CLB Kortrijk"
    );

    let err = env.refused(&["case", "lead", &code, "--org", "Onbekende Dienst"]);
    assert!(err.contains("unknown organisation"), "{err}");
    let err = env.refused(&["case", "lead", &code, "--org", "Kortrijk"]);
    assert!(err.contains("ambiguous"), "{err}");

    env.ok(&["case", "close", &code, "--reason", "goals_reached"]);
    let err = env.refused(&["case", "lead", &code, "--org", "CAW"]);
    assert!(err.contains("reopen"), "{err}");
}

#[test]
fn close_sets_the_purge_date_from_the_cells_retention() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = case(&env);
    advance(&env, &code, "follow_up", cell.chair);
    id(
        &env,
        &[
            "action",
            "add",
            &code,
            "--org",
            "CAW",
            "--due",
            "+2w",
            "Opvolging op school",
        ],
    );
    let out = env.run(&["case", "close", &code, "--reason", "goals_reached"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The confirmation names the purge date as a person reads it (2028-11-30).
    assert!(out.stderr.contains("Thu 30 Nov 2028"), "{}", out.stderr);
    assert!(out.stderr.contains("still open"), "{}", out.stderr);
    assert_eq!(status(&env, &code), "closed");
    assert_eq!(field(&env, &code, "closed_on").as_deref(), Some(TODAY));
    assert_eq!(
        field(&env, &code, "close_reason").as_deref(),
        Some("goals_reached")
    );
    assert_eq!(
        field(&env, &code, "purge_due_on").as_deref(),
        Some("2028-11-30")
    );
    assert!(field(&env, &code, "next_review_on").is_none());
    assert_eq!(audit_count(&env, "close", &code), 1);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE kind = 'closed' AND case_id = {} \
             AND from_status = 'follow_up' AND to_status = 'closed'",
            case_id(&env, &code)
        )),
        1
    );

    // A backdated closure counts from its own date.
    let earlier = open(&env, "Kuurne", "mixed", "18_24", &["--on", "2026-06-01"]);
    let chair = cell.chair.to_string();
    env.ok(&[
        "case",
        "move",
        &earlier,
        "--to",
        "screening",
        "--on",
        "2026-06-02",
    ]);
    env.ok(&[
        "case",
        "move",
        &earlier,
        "--to",
        "on_list",
        "--decided-by",
        &chair,
        "--on",
        "2026-06-03",
    ]);
    env.ok(&[
        "case",
        "close",
        &earlier,
        "--reason",
        "moved_away",
        "--on",
        "2026-08-31",
    ]);
    assert_eq!(
        field(&env, &earlier, "purge_due_on").as_deref(),
        Some("2028-08-31")
    );

    let err = env.refused(&["case", "close", &earlier, "--reason", "other"]);
    assert!(err.contains("cannot be closed"), "{err}");
    let before_opening = open(&env, "Kuurne", "mixed", "18_24", &["--on", "2026-06-01"]);
    env.ok(&[
        "case",
        "move",
        &before_opening,
        "--to",
        "screening",
        "--on",
        "2026-06-02",
    ]);
    env.ok(&[
        "case",
        "move",
        &before_opening,
        "--to",
        "on_list",
        "--decided-by",
        &chair,
        "--on",
        "2026-06-03",
    ]);
    let err = env.refused(&[
        "case",
        "close",
        &before_opening,
        "--reason",
        "other",
        "--on",
        "2026-05-31",
    ]);
    assert!(err.contains("before the case was opened"), "{err}");
    let err = env.refused(&[
        "case",
        "close",
        &before_opening,
        "--reason",
        "other",
        "--on",
        "+1d",
    ]);
    assert!(err.contains("in the future"), "{err}");
    let out = env.run(&["case", "close", &before_opening, "--reason", "bored"]);
    assert_eq!(out.code, 2, "{}", out.stderr);

    // A cell with another retention: 6 months (31 August + 6 months is clamped to 28 February).
    env.ok(&["cell", "edit", "VLAS", "--retention-months", "6"]);
    env.ok(&[
        "case",
        "close",
        &before_opening,
        "--reason",
        "no_cooperation",
        "--on",
        "2026-08-31",
    ]);
    assert_eq!(
        field(&env, &before_opening, "purge_due_on").as_deref(),
        Some("2027-02-28")
    );
    let declined = case(&env);
    env.ok(&["case", "move", &declined, "--to", "declined"]);
    assert_eq!(
        field(&env, &declined, "purge_due_on").as_deref(),
        Some("2027-05-30")
    );
}

#[test]
fn a_cell_created_with_another_retention_uses_it() {
    let env = Env::new();
    env.ok(&[
        "cell",
        "add",
        "KORTRIJK",
        "--name",
        "LIVC-R Kortrijk",
        "--municipality",
        KORTRIJK,
        "--established",
        "2024-01-01",
        "--retention-months",
        "36",
        "--review-weeks",
        "8",
    ]);
    let code = open(&env, "Kortrijk", "religious", "18_24", &[]);
    // 2026-11-30 + 8 weeks.
    assert_eq!(
        field(&env, &code, "next_review_on").as_deref(),
        Some("2027-01-25")
    );
    env.ok(&["case", "move", &code, "--to", "declined"]);
    assert_eq!(
        field(&env, &code, "purge_due_on").as_deref(),
        Some("2029-11-30")
    );
}

#[test]
fn reopen_within_retention_returns_to_the_previous_status() {
    let env = Env::new();
    let cell = vlas(&env);

    let followed = case(&env);
    advance(&env, &followed, "follow_up", cell.chair);
    env.ok(&["case", "close", &followed, "--reason", "no_cooperation"]);
    // Back on the list only by the chair's or the mayor's decision (R9).
    let err = env.refused(&["case", "reopen", &followed]);
    assert!(
        err.contains("rule R9") && err.contains("--decided-by"),
        "{err}"
    );
    let err = env.refused(&[
        "case",
        "reopen",
        &followed,
        "--decided-by",
        &cell.prevention.to_string(),
    ]);
    assert!(err.contains("rule R9") && err.contains("may not"), "{err}");
    assert_eq!(status(&env, &followed), "closed");
    let chair = cell.chair.to_string();
    let out = env.run(&["case", "reopen", &followed, "--decided-by", &chair]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("reopened as follow_up"),
        "{}",
        out.stderr
    );
    assert_eq!(status(&env, &followed), "follow_up");
    assert!(field(&env, &followed, "closed_on").is_none());
    assert!(field(&env, &followed, "close_reason").is_none());
    assert!(field(&env, &followed, "purge_due_on").is_none());
    assert_eq!(
        field(&env, &followed, "next_review_on").as_deref(),
        Some("2027-02-22")
    );
    assert_eq!(audit_count(&env, "reopen", &followed), 1);

    let listed = case(&env);
    advance(&env, &listed, "on_list", cell.chair);
    env.ok(&["case", "close", &listed, "--reason", "other"]);
    env.ok(&["case", "reopen", &listed, "--decided-by", &chair]);
    assert_eq!(status(&env, &listed), "on_list");

    let screened = case(&env);
    advance(&env, &screened, "screening", cell.chair);
    env.ok(&["case", "move", &screened, "--to", "declined"]);
    env.ok(&["case", "reopen", &screened]);
    assert_eq!(status(&env, &screened), "screening");

    let signal = case(&env);
    env.ok(&["case", "move", &signal, "--to", "declined"]);
    env.ok(&["case", "reopen", &signal]);
    assert_eq!(status(&env, &signal), "signal");

    // An open case is not reopened.
    let err = env.refused(&["case", "reopen", &signal]);
    assert!(err.contains("not closed"), "{err}");

    // Closed again after a reopen, reopened again: the latest closure counts.
    env.ok(&["case", "close", &followed, "--reason", "goals_reached"]);
    env.ok(&["case", "reopen", &followed, "--decided-by", &chair]);
    assert_eq!(status(&env, &followed), "follow_up");

    // After the purge date: refused.
    let old = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--on", "2024-02-01"],
    );
    env.ok(&[
        "case",
        "move",
        &old,
        "--to",
        "declined",
        "--on",
        "2024-03-01",
    ]);
    assert_eq!(
        field(&env, &old, "purge_due_on").as_deref(),
        Some("2026-03-01")
    );
    let err = env.refused(&["case", "reopen", &old]);
    assert!(err.contains("retention ended on 2026-03-01"), "{err}");
    assert!(err.contains("R11"), "{err}");
    // A back-dated --on does not move today: still refused, and so are a note and an action.
    let err = env.refused(&["case", "reopen", &old, "--on", "2026-02-01"]);
    assert!(err.contains("R11"), "{err}");
    let err = env.refused(&["case", "note", &old, "Nog een nota", "--on", "2026-02-01"]);
    assert!(err.contains("R11"), "{err}");
    assert_eq!(status(&env, &old), "declined");
}

#[test]

fn reopen_dated_before_the_closure_is_refused() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = case(&env);
    advance(&env, &code, "follow_up", cell.chair);
    env.ok(&["case", "close", &code, "--reason", "goals_reached"]);
    env.refused(&["case", "reopen", &code, "--on", "2026-01-01"]);
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

#[test]
fn actions_add_list_done_and_edit() {
    let env = Env::new();
    let cell = vlas(&env);
    let first = case(&env);
    advance(&env, &first, "follow_up", cell.chair);
    let second = open(&env, "Kuurne", "mixed", "12_17", &[]);
    advance(&env, &second, "on_list", cell.chair);

    let in_two_weeks = id(
        &env,
        &[
            "action",
            "add",
            &first,
            "--org",
            "CAW",
            "--due",
            "+2w",
            "Gesprek met de jongere",
        ],
    );
    let out = env.run(&[
        "action",
        "add",
        &first,
        "--org",
        "CLB",
        "--due=-1d",
        "Overleg met de school",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("already passed"), "{}", out.stderr);
    let overdue: i64 = out.stdout.trim().parse().unwrap();
    let today = id(
        &env,
        &[
            "action",
            "add",
            &first,
            "--org",
            "CAW",
            "--due",
            "today",
            "Terugkoppeling aan de ouders",
        ],
    );
    let other = json(&env.ok(&[
        "action",
        "add",
        &second,
        "--org",
        "CLB Kortrijk",
        "--due",
        "31/12/2026",
        "Trajectbegeleiding opstarten",
        "--format",
        "json",
    ]))["id"]
        .as_i64()
        .unwrap();

    let due_of = |env: &Env, id: i64| -> String {
        env.db()
            .query_row("SELECT due_on FROM action WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap()
    };
    assert_eq!(due_of(&env, in_two_weeks), "2026-12-14");
    assert_eq!(due_of(&env, overdue), "2026-11-29");
    assert_eq!(due_of(&env, today), TODAY);
    assert_eq!(due_of(&env, other), "2026-12-31");
    assert_eq!(audit_rows(&env, "add", "action", &overdue.to_string()), 1);

    let all_open = rows(&env, &["action", "list"]);
    assert_eq!(
        action_ids(&all_open),
        vec![overdue, today, in_two_weeks, other]
    );
    assert_eq!(all_open[0]["overdue"], true);
    assert_eq!(all_open[1]["overdue"], false);
    assert_eq!(all_open[0]["case"], first.as_str());
    assert_eq!(all_open[0]["owner_org"], "CLB Kortrijk");
    assert_eq!(
        action_ids(&rows(&env, &["action", "list", "--overdue"])),
        vec![overdue]
    );
    assert_eq!(
        action_ids(&rows(&env, &["action", "list", "--org", "CLB"])),
        vec![overdue, other]
    );
    assert_eq!(
        action_ids(&rows(
            &env,
            &["action", "list", "--case", &second.to_lowercase()]
        )),
        vec![other]
    );
    assert_eq!(
        action_ids(&rows(
            &env,
            &["action", "list", "--case", &first, "--org", "CAW"]
        )),
        vec![today, in_two_weeks]
    );
    let listed = rows(&env, &["case", "list"]);
    let first_row = listed.iter().find(|r| r["code"] == first.as_str()).unwrap();
    assert_eq!(first_row["open_actions"], 3);
    assert_eq!(first_row["overdue_actions"], 1);

    // Done.
    env.ok(&["action", "done", &overdue.to_string()]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM action WHERE id = {overdue} AND done_on = '{TODAY}'"
        )),
        1
    );
    assert_eq!(
        rows(&env, &["action", "list", "--overdue"]),
        Vec::<Value>::new()
    );
    let err = env.refused(&["action", "done", &overdue.to_string()]);
    assert!(err.contains("already done on 2026-11-30"), "{err}");
    let err = env.refused(&["action", "done", &today.to_string(), "--on", "+1d"]);
    assert!(err.contains("in the future"), "{err}");
    let err = env.refused(&["action", "done", &today.to_string(), "--on=-1d"]);
    assert!(err.contains("before the action was created"), "{err}");
    let err = env.refused(&["action", "done", "9999"]);
    assert!(err.contains("no action with id 9999"), "{err}");
    assert_eq!(
        action_ids(&rows(&env, &["action", "list"])),
        vec![today, in_two_weeks, other]
    );
    let with_done = rows(&env, &["action", "list", "--all"]);
    assert_eq!(
        action_ids(&with_done),
        vec![today, in_two_weeks, other, overdue]
    );
    assert_eq!(with_done[3]["done_on"], TODAY);
    assert_eq!(audit_rows(&env, "done", "action", &overdue.to_string()), 1);

    // Edit.
    env.ok(&[
        "action",
        "edit",
        &in_two_weeks.to_string(),
        "--due",
        "2027-01-15",
        "--org",
        "CLB",
        "--text",
        "Gesprek met de jongere en een ouder",
    ]);
    let edited = rows(&env, &["action", "list", "--case", &first]);
    let row = edited.iter().find(|r| r["id"] == in_two_weeks).unwrap();
    assert_eq!(row["due_on"], "2027-01-15");
    assert_eq!(row["owner_org"], "CLB Kortrijk");
    assert_eq!(row["text"], "Gesprek met de jongere en een ouder");
    assert_eq!(
        audit_rows(&env, "edit", "action", &in_two_weeks.to_string()),
        1
    );
    let err = env.refused(&["action", "edit", &in_two_weeks.to_string()]);
    assert!(err.contains("nothing to change"), "{err}");
    let err = env.refused(&[
        "action",
        "edit",
        &in_two_weeks.to_string(),
        "--due",
        "2027-02-30",
    ]);
    assert!(err.contains("2027-02-30"), "{err}");

    // Refused additions.
    let err = env.refused(&[
        "action", "add", &first, "--org", "Onbekend", "--due", "+1w", "Iets",
    ]);
    assert!(err.contains("unknown organisation"), "{err}");
    let err = env.refused(&[
        "action", "add", &first, "--org", "CAW", "--due", "+1w", "   ",
    ]);
    assert!(err.contains("empty action text"), "{err}");

    // Actions belong to open cases.
    env.ok(&["case", "close", &second, "--reason", "goals_reached"]);
    let err = env.refused(&[
        "action", "add", &second, "--org", "CAW", "--due", "+1w", "Nog iets",
    ]);
    assert!(err.contains("actions belong to open cases"), "{err}");
    let declined = case(&env);
    env.ok(&["case", "move", &declined, "--to", "declined"]);
    let err = env.refused(&[
        "action", "add", &declined, "--org", "CAW", "--due", "+1w", "Nog iets",
    ]);
    assert!(err.contains("actions belong to open cases"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Dates as people type them
// ---------------------------------------------------------------------------------------------

#[test]
fn relative_dates_are_accepted_and_impossible_ones_refused() {
    let env = Env::new();
    vlas(&env);
    // Opened a month ago, so that notes dated up to two weeks back are after the opening.
    let code = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--on", "2026-10-30"],
    );
    let id_of = case_id(&env, &code);
    for (input, stored) in [
        ("today", TODAY),
        ("-1d", "2026-11-29"),
        ("yesterday", "2026-11-29"),
        ("gisteren", "2026-11-29"),
        ("28/11/2026", "2026-11-28"),
        ("-2w", "2026-11-16"),
    ] {
        let text = format!("bespreking {input}");
        let flag = format!("--on={input}");
        env.ok(&["case", "note", &code, &text, &flag]);
        let on: String = env
            .db()
            .query_row(
                "SELECT on_date FROM case_event WHERE case_id = ?1 AND text = ?2",
                rusqlite::params![id_of, text],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(on, stored, "{input}");
    }
    let action = id(
        &env,
        &[
            "action",
            "add",
            &code,
            "--org",
            "CAW",
            "--due",
            "+2w",
            "Huisbezoek plannen",
        ],
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM action WHERE id = {action} AND due_on = '2026-12-14'"
        )),
        1
    );

    for bad in ["2026-02-30", "31/02/2026", "next tuesday", "+2x"] {
        let err = env.refused(&["case", "note", &code, "tekst", "--on", bad]);
        assert!(err.contains(&format!("invalid date {bad:?}")), "{err}");
        assert!(err.contains(DATE_FORMS), "{err}");
        let err = env.refused(&[
            "action", "add", &code, "--org", "CAW", "--due", bad, "tekst",
        ]);
        assert!(err.contains(&format!("invalid date {bad:?}")), "{err}");
        assert!(err.contains(DATE_FORMS), "{err}");
    }
    let err = env.refused(&["case", "note", &code, "tekst", "--on", "2026-02-30"]);
    assert!(err.contains("February 2026 has 28 days"), "{err}");
    let err = env.refused(&["case", "move", &code, "--to", "screening", "--on", "+2w"]);
    assert!(err.contains("2026-12-14 is in the future"), "{err}");
}

#[test]
fn a_negative_relative_date_can_follow_its_flag() {
    let env = Env::new();
    vlas(&env);
    let code = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--on", "2026-11-01"],
    );
    env.ok(&[
        "case",
        "note",
        &code,
        "bespreking van gisteren",
        "--on",
        "-1d",
    ]);
    env.ok(&[
        "action",
        "add",
        &code,
        "--org",
        "CAW",
        "--due",
        "-1d",
        "Overleg met de school",
    ]);
    open(&env, "Kortrijk", "religious", "18_24", &["--on", "-1w"]);
}

// ---------------------------------------------------------------------------------------------
// Purge (R11)
// ---------------------------------------------------------------------------------------------

const NOTE_TEXT: &str = "Purgetoets-notitie Zwaluwstaart-Kwikstaart-Oranjeboom";
const SUMMARY_TEXT: &str = "Purgetoets-samenvatting Korenbloem-Klaproos";
const ACTION_TEXT: &str = "Purgetoets-actie Vlierbes-Meidoorn";

fn kept(env: &Env, nis: &str, month: &str, measure: &str, dimension: &str) -> i64 {
    env.db()
        .query_row(
            "SELECT coalesce(sum(value), 0) FROM kept_count \
             WHERE nis = ?1 AND month = ?2 AND measure = ?3 AND dimension = ?4",
            [nis, month, measure, dimension],
            |r| r.get(0),
        )
        .unwrap()
}

fn row_dump(env: &Env, code: &str) -> String {
    let conn = env.db();
    let mut stmt = conn
        .prepare("SELECT * FROM case_file WHERE code = ?1")
        .unwrap();
    let n = stmt.column_count();
    stmt.query_row([code], |r| {
        Ok((0..n)
            .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
            .collect::<Vec<_>>()
            .join("|"))
    })
    .unwrap()
}

#[test]
fn purge_deletes_cases_whose_retention_ended_and_keeps_counts() {
    let mut env = Env::empty();
    env.today = "2024-01-01".into();
    env.ok(&["init", "--plain"]);
    let cell = vlas(&env);

    // A case followed in 2024 and closed on 2024-06-01: retention ends 2026-06-01.
    env.today = "2024-02-10".into();
    let purged = open(
        &env,
        "Kortrijk",
        "religious",
        "12_17",
        &["--summary", SUMMARY_TEXT],
    );
    env.ok(&["case", "note", &purged, NOTE_TEXT]);
    env.ok(&["case", "move", &purged, "--to", "screening"]);
    // A case declined on 2024-02-20: retention ends 2026-02-20.
    env.today = "2024-02-20".into();
    let declined = open(&env, "Kuurne", "right_wing", "18_24", &[]);
    env.ok(&[
        "case",
        "move",
        &declined,
        "--to",
        "declined",
        "--reason",
        "buiten opdracht",
    ]);
    env.today = "2024-03-01".into();
    env.ok(&[
        "case",
        "move",
        &purged,
        "--to",
        "on_list",
        "--decided-by",
        &cell.chair.to_string(),
    ]);
    env.ok(&["case", "move", &purged, "--to", "follow_up"]);
    env.ok(&["case", "lead", &purged, "--org", "CAW"]);
    let action = id(
        &env,
        &[
            "action",
            "add",
            &purged,
            "--org",
            "CAW",
            "--due",
            "+2w",
            ACTION_TEXT,
        ],
    );
    env.ok(&["case", "review", &purged]);
    // A case that stays open.
    env.today = "2024-03-10".into();
    let open_case = open(&env, "Lendelede", "mixed", "25_plus", &[]);
    env.today = "2024-03-20".into();
    env.ok(&["action", "done", &action.to_string()]);
    env.today = "2024-06-01".into();
    env.ok(&["case", "close", &purged, "--reason", "goals_reached"]);
    assert_eq!(
        field(&env, &purged, "purge_due_on").as_deref(),
        Some("2026-06-01")
    );
    // A case closed recently: not due before 2028-10-01.
    env.today = "2026-09-01".into();
    let recent = open(&env, "Kortrijk", "left_wing", "18_24", &[]);
    advance(&env, &recent, "follow_up", cell.chair);
    env.today = "2026-10-01".into();
    env.ok(&["case", "close", &recent, "--reason", "moved_away"]);

    env.today = TODAY.into();
    let purged_id = case_id(&env, &purged);
    let declined_id = case_id(&env, &declined);
    let events_before = env.count(&format!(
        "SELECT count(*) FROM case_event WHERE case_id = {purged_id}"
    ));
    assert!(events_before >= 7, "{events_before}");
    let open_before = row_dump(&env, &open_case);
    let recent_before = row_dump(&env, &recent);
    // The texts are in the file before purge.
    for text in [NOTE_TEXT, SUMMARY_TEXT, ACTION_TEXT] {
        assert!(
            !files_containing(&env, text).is_empty(),
            "{text:?} should be in the database folder before purge"
        );
    }

    // Dry run: lists, changes nothing.
    let before = env.snapshot();
    let out = env.run(&["purge", "--dry-run"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains(&purged), "{}", out.stdout);
    assert!(out.stdout.contains(&declined), "{}", out.stdout);
    assert!(!out.stdout.contains(&open_case), "{}", out.stdout);
    assert!(!out.stdout.contains(&recent), "{}", out.stdout);
    assert!(
        out.stderr.contains("2 cases would be deleted"),
        "{}",
        out.stderr
    );
    let dry = rows(&env, &["purge", "--dry-run"]);
    assert_eq!(codes(&dry), vec![declined.clone(), purged.clone()]);
    assert_eq!(dry[1]["purge_due_on"], "2026-06-01");
    assert_eq!(before, env.snapshot(), "dry run changed the database");

    // Without --yes and without a terminal: refused.
    let err = env.refused(&["purge"]);
    assert!(err.contains("needs confirmation"), "{err}");
    assert!(err.contains("--yes"), "{err}");

    // For real.
    let out = env.run(&["purge", "--yes"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains(&purged), "{}", out.stdout);
    assert!(out.stderr.contains("purged 2 cases"), "{}", out.stderr);

    for (code, id) in [(&purged, purged_id), (&declined, declined_id)] {
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM case_file WHERE code = '{code}'"
            )),
            0
        );
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM case_event WHERE case_id = {id}"
            )),
            0
        );
        assert_eq!(
            env.count(&format!("SELECT count(*) FROM action WHERE case_id = {id}")),
            0
        );
        assert_eq!(audit_count(&env, "purge", code), 1);
    }
    assert_eq!(env.count("SELECT count(*) FROM action"), 0);
    assert_eq!(env.count("SELECT count(*) FROM destruction"), 2);
    let (events_deleted, actions_deleted, closed_on, due, purged_on): (
        i64,
        i64,
        String,
        String,
        String,
    ) = env
        .db()
        .query_row(
            "SELECT events_deleted, actions_deleted, closed_on, purge_due_on, purged_on \
             FROM destruction WHERE code = ?1",
            [&purged],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(events_deleted, events_before);
    assert_eq!(actions_deleted, 1);
    assert_eq!(closed_on, "2024-06-01");
    assert_eq!(due, "2026-06-01");
    assert_eq!(purged_on, TODAY);

    // Anonymous monthly counts stay.
    assert_eq!(kept(&env, KORTRIJK, "2024-02", "cases_opened", "total"), 1);
    assert_eq!(
        kept(
            &env,
            KORTRIJK,
            "2024-02",
            "cases_opened",
            "phenomenon=religious"
        ),
        1
    );
    assert_eq!(
        kept(&env, KORTRIJK, "2024-02", "cases_opened", "age_band=12_17"),
        1
    );
    assert_eq!(kept(&env, KUURNE, "2024-02", "cases_opened", "total"), 1);
    assert_eq!(kept(&env, KUURNE, "2024-02", "cases_declined", "total"), 1);
    assert_eq!(
        kept(
            &env,
            KORTRIJK,
            "2024-06",
            "cases_closed",
            "close_reason=goals_reached"
        ),
        1
    );
    assert_eq!(
        kept(&env, KORTRIJK, "2024-03", "actions_created", "total"),
        1
    );
    assert_eq!(kept(&env, KORTRIJK, "2024-03", "actions_done", "total"), 1);
    assert_eq!(kept(&env, KORTRIJK, "2024-03", "reviews_done", "total"), 1);
    assert_eq!(
        kept(
            &env,
            KORTRIJK,
            "2024-04",
            "cases_active",
            "status=follow_up"
        ),
        1
    );
    assert_eq!(kept(&env, LENDELEDE, "2024-03", "cases_opened", "total"), 0);
    assert_eq!(kept(&env, KORTRIJK, "2024-07", "cases_active", "total"), 0);

    // The deleted texts are gone from every file of the database folder.
    for text in [NOTE_TEXT, SUMMARY_TEXT, ACTION_TEXT] {
        assert_eq!(
            files_containing(&env, text),
            Vec::<String>::new(),
            "{text:?} survived the purge"
        );
    }

    // Open and not-yet-due cases are untouched.
    assert_eq!(row_dump(&env, &open_case), open_before);
    assert_eq!(row_dump(&env, &recent), recent_before);
    assert_eq!(status(&env, &open_case), "signal");

    let out = env.run(&["audit", "verify"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);

    // Nothing left to purge; a purged code is unknown now.
    let out = env.run(&["purge", "--yes"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("no case is due for purge"),
        "{}",
        out.stderr
    );
    let err = env.refused(&["case", "show", &purged]);
    assert!(err.contains(&format!("unknown case {purged}")), "{err}");
}

#[test]
fn purge_with_nothing_due_changes_nothing() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = case(&env);
    advance(&env, &code, "follow_up", cell.chair);
    env.ok(&["case", "close", &code, "--reason", "goals_reached"]);
    let before = env.snapshot();
    for args in [
        &["purge", "--dry-run"][..],
        &["purge"][..],
        &["purge", "--yes"][..],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("no case is due for purge"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(before, env.snapshot());
    assert_eq!(status(&env, &code), "closed");
}

// ---------------------------------------------------------------------------------------------
// Messages in plain words: counts with their singular, changes with their values
// ---------------------------------------------------------------------------------------------

#[test]
fn cell_edit_names_each_change_with_its_value_and_counts_in_plain_words() {
    let env = Env::new();
    vlas(&env);
    let out = env.run(&["cell", "edit", "VLAS", "--established", "2023-12-01"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("cell VLAS updated: established on 2023-12-01"),
        "{}",
        out.stderr
    );
    assert_eq!(
        env.column("cell", "cell", "code", "VLAS", "established_on")
            .as_deref(),
        Some("2023-12-01")
    );

    let out = env.run(&["cell", "edit", "VLAS", "--retention-months", "1"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("cell VLAS updated: retention 1 month\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("note: retention 1 month:"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("1 months"), "{}", out.stderr);

    let out = env.run(&["cell", "edit", "VLAS", "--review-weeks", "1"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("cell VLAS updated: review every 1 week\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_backup_of_a_file_with_one_audit_row_says_one_row() {
    let env = Env::new();
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), 1);
    let out = env.run(&["backup", "one.bak"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains(", 1 audit row verified,"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_agenda_of_a_cancelled_meeting_is_refused_as_cancelled_not_as_held() {
    let env = Env::new();
    vlas(&env);
    let m = common::scene::plan(&env, "2026-12-14", "14:00", &[]);
    env.ok(&["meeting", "cancel", &m, "--reason", "Zaal niet beschikbaar"]);
    let before = env.snapshot();
    for args in [
        vec!["agenda", "draft", m.as_str()],
        vec!["agenda", "add", m.as_str(), "Nog een punt"],
    ] {
        let err = env.refused(&args);
        assert!(err.contains("is cancelled"), "{err}");
        assert!(err.contains("the meeting was cancelled"), "{err}");
        assert!(!err.contains("held"), "{err}");
        assert!(!err.contains("R7"), "{err}");
    }
    assert_eq!(env.snapshot(), before);
}
