//! Outputs carry text safely (issue 11): hostile texts kept in the file (typed in before the
//! input rules, or stored straight into it here) are read back through every output format,
//! and each format shows them as text: CSV cells a spreadsheet will not run, terminal output
//! without raw control characters, Markdown that makes no block, link or HTML, escaped HTML,
//! iCalendar lines within 75 octets that a parser reads back. The `--file` reader keeps to
//! regular files of at most 64 KiB.

mod common;

use common::hostile::{
    CORPUS, assert_csv_safe, assert_html_safe, assert_ics_safe, assert_md_safe, assert_no_hidden,
    csv_expected, has_hidden,
};
use common::scene::{self, Vlas};
use common::{Env, id, json};
use icalendar::EventLike;
use serde_json::Value;

/// A cell with a case in follow-up, a held meeting with a location, a decided item about the
/// case and a free item, an action, a note and a feedback form in draft.
struct Scene {
    env: Env,
    vlas: Vlas,
    code: String,
    meeting: String,
    form: String,
    /// The CAW's organisation id and its partner's person id.
    caw: i64,
    partner: i64,
}

fn scene() -> Scene {
    let env = Env::new();
    let vlas = scene::vlas(&env);
    let code = scene::case(&env);
    scene::advance(&env, &code, "follow_up", vlas.chair);
    let meeting = scene::plan(
        &env,
        "2026-11-23",
        "14:00",
        &["--location", "Zaal 1", "--yes"],
    );
    env.ok(&["agenda", "add", &meeting, "--case", &code, "Opvolging"]);
    env.ok(&["agenda", "add", &meeting, "Varia vrij", "--kind", "aob"]);
    let item = scene::agenda(&env, &meeting)
        .iter()
        .find(|i| i["case"].as_str() == Some(code.as_str()))
        .and_then(|i| i["item"].as_i64())
        .expect("the case's item");
    env.ok(&[
        "action",
        "add",
        &code,
        "Huisbezoek plannen",
        "--org",
        "CAW Zuid-West-Vlaanderen",
        "--due",
        "+2w",
    ]);
    env.ok(&["case", "note", &code, "Gesprek gepland"]);
    let present = [
        vlas.chair,
        vlas.io.expect("io"),
        vlas.prevention,
        vlas.partner,
        vlas.mayor_kuurne,
        vlas.mayor_lendelede,
    ]
    .map(|m| m.to_string())
    .join(",");
    env.ok(&["meeting", "attend", &meeting, "--present", &present]);
    env.ok(&[
        "meeting",
        "decide",
        &meeting,
        &item.to_string(),
        "--kind",
        "consensus",
        "--text",
        "Opnemen",
    ]);
    env.ok(&["meeting", "close", "--yes", &meeting]);
    let form = id(
        &env,
        &[
            "feedback",
            "draft",
            &code,
            "--item",
            &format!("{meeting}:{item}"),
            "Tekst van de fiche",
        ],
    )
    .to_string();
    let caw = env.count("SELECT id FROM organisation WHERE name = 'CAW Zuid-West-Vlaanderen'");
    let partner = env.count("SELECT id FROM person WHERE email = 'sara.coppens@caw.be'");
    Scene {
        env,
        vlas,
        code,
        meeting,
        form,
        caw,
        partner,
    }
}

/// Stores `payload` in every text column the outputs below show, straight into the file: data
/// kept from before the input rules, or written by another program.
fn store(s: &Scene, payload: &str) {
    let db = s.env.tamper();
    let updates: &[(&str, String)] = &[
        ("UPDATE cell SET name = ?1", payload.to_string()),
        (
            &format!("UPDATE organisation SET name = ?1 WHERE id = {}", s.caw),
            payload.to_string(),
        ),
        (
            &format!("UPDATE person SET name = ?1 WHERE id = {}", s.partner),
            payload.to_string(),
        ),
        ("UPDATE meeting SET location = ?1", payload.to_string()),
        (
            "UPDATE agenda_item SET title = ?1 WHERE title IS NOT NULL",
            payload.to_string(),
        ),
        (
            "UPDATE agenda_item SET decision_text = ?1 WHERE decision_text IS NOT NULL",
            payload.to_string(),
        ),
        ("UPDATE action SET text = ?1", payload.to_string()),
        (
            "UPDATE case_event SET text = ?1 WHERE kind = 'note'",
            payload.to_string(),
        ),
        (
            "UPDATE feedback_form SET text = ?1",
            format!("{payload}\n\n{payload}"),
        ),
    ];
    for (sql, value) in updates {
        db.execute(sql, [value])
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
}

/// Runs a command that must succeed; checks that neither stdout nor stderr carries a raw
/// control character; returns stdout.
fn read(env: &Env, args: &[&str]) -> String {
    let out = env.run(args);
    assert_eq!(
        out.code, 0,
        "livcr {args:?} failed\nstdout:\n{}\nstderr:\n{}",
        out.stdout, out.stderr
    );
    assert_no_hidden(&format!("stderr of {args:?}"), &out.stderr);
    out.stdout
}

/// Every string in a JSON value.
fn strings(v: &Value, into: &mut Vec<String>) {
    match v {
        Value::String(s) => into.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, into)),
        Value::Object(o) => o.values().for_each(|x| strings(x, into)),
        _ => {}
    }
}

/// Sends each payload through every field and reads it back through every format.
fn check_payloads(payloads: &[&str]) {
    let s = scene();
    let env = &s.env;
    let m = s.meeting.as_str();
    let lists: Vec<Vec<&str>> = vec![
        vec!["agenda", "show", m],
        vec!["action", "list"],
        vec!["org", "list"],
        vec!["member", "list"],
        vec!["meeting", "list"],
        vec!["meeting", "show", m],
        vec!["case", "show", &s.code],
        vec!["feedback", "list"],
        vec!["audit", "list"],
    ];
    for payload in payloads {
        store(&s, payload);
        let shown = |args: &[&str]| format!("{args:?} with {payload:?}");
        for list in &lists {
            let table = read(env, list);
            assert_no_hidden(&shown(list), &table);

            let args = [list.as_slice(), &["--format", "json"]].concat();
            let text = read(env, &args);
            assert_no_hidden(&shown(&args), &text);
            let mut all = Vec::new();
            strings(&json(&text), &mut all);
            // JSON keeps the stored text as it is (after JSON's own escapes).
            if list[..2] != ["audit", "list"] && list[..2] != ["feedback", "list"] {
                assert!(
                    all.iter().any(|x| x.contains(payload)),
                    "{}: the payload is missing or changed in:\n{text}",
                    shown(&args)
                );
            }

            let args = [list.as_slice(), &["--format", "csv"]].concat();
            let text = read(env, &args);
            let rows = assert_csv_safe(&shown(&args), &text);
            if list[..2] == ["action", "list"] && !has_hidden(payload) {
                let want = csv_expected(payload);
                assert!(
                    rows.iter().flatten().any(|c| *c == want),
                    "{}: no cell {want:?} in:\n{text}",
                    shown(&args)
                );
            }

            let args = [list.as_slice(), &["--format", "md"]].concat();
            assert_md_safe(&shown(&args), &read(env, &args));
        }
        let export = ["export", "actions", "--with-text", "--format", "csv"];
        let text = read(env, &export);
        let rows = assert_csv_safe(&shown(&export), &text);
        if !has_hidden(payload) {
            let want = csv_expected(payload);
            assert!(rows.iter().flatten().any(|c| *c == want), "{text}");
        }
        let export = ["export", "actions", "--with-text", "--format", "json"];
        assert_no_hidden(&shown(&export), &read(env, &export));

        for doc in [
            vec!["agenda", "export", m],
            vec!["agenda", "export", m, "--for", "sara.coppens@caw.be"],
            vec!["meeting", "minutes", m],
            vec!["feedback", "show", &s.form],
            vec!["export", "monthly", "--month", "2026-11"],
        ] {
            let args = [doc.as_slice(), &["--format", "md"]].concat();
            assert_md_safe(&shown(&args), &read(env, &args));
            if doc[0] != "export" {
                let args = [doc.as_slice(), &["--format", "html"]].concat();
                assert_html_safe(&shown(&args), &read(env, &args));
            }
        }

        let ics = read(env, &["meeting", "ics"]);
        let cal = assert_ics_safe(&shown(&["meeting", "ics"]), &ics);
        let location = cal
            .events()
            .find_map(|e| e.get_location().map(str::to_string))
            .expect("a LOCATION");
        if !has_hidden(payload) {
            let want = payload.replace("\r\n", "\n").replace('\r', "\n");
            assert_eq!(location, want, "{ics}");
        } else {
            assert!(
                !location.chars().any(common::hostile::hidden),
                "{location:?}"
            );
        }
    }
    let _ = &s.vlas;
}

#[test]
fn spreadsheet_formulas_are_written_as_text_everywhere() {
    check_payloads(&CORPUS[..6]);
}

#[test]
fn escape_sequences_and_bidi_controls_are_shown_escaped_everywhere() {
    check_payloads(&CORPUS[6..11]);
}

#[test]
fn markdown_and_html_payloads_stay_text_everywhere() {
    check_payloads(&CORPUS[11..21]);
}

#[test]
fn line_breaks_cannot_start_a_block() {
    check_payloads(&CORPUS[21..]);
}

#[test]
fn a_terminal_shows_escape_sequences_visibly() {
    let s = scene();
    store(&s, "\x1b[31mred\x07\u{202e}x");
    let table = read(&s.env, &["action", "list"]);
    assert!(table.contains("\\e[31mred\\u{7}\\u{202e}x"), "{table}");
    let csv = read(&s.env, &["action", "list", "--format", "csv"]);
    assert!(csv.contains("\\e[31mred\\u{7}\\u{202e}x"), "{csv}");
    // JSON keeps the text faithful: it reads back as stored.
    let text = read(&s.env, &["action", "list", "--format", "json"]);
    assert_eq!(json(&text)[0]["text"], "\x1b[31mred\x07\u{202e}x");
    let md = read(&s.env, &["meeting", "minutes", &s.meeting]);
    assert!(md.contains("\\\\e\\[31mred\\\\u{7}\\\\u{202e}x"), "{md}");
}

#[test]
fn a_long_location_folds_within_75_octets_and_reads_back() {
    let s = scene();
    let long = "Zaal één, gebouw ß; ".repeat(30) + "😀 eind";
    store(&s, &long);
    let ics = read(&s.env, &["meeting", "ics"]);
    let cal = assert_ics_safe("long location", &ics);
    let location = cal
        .events()
        .find_map(|e| e.get_location().map(str::to_string));
    assert_eq!(location.as_deref(), Some(long.as_str()));
}

// ---------------------------------------------------------------------------------------------
// The --file reader
// ---------------------------------------------------------------------------------------------

fn note_file(env: &Env, code: &str, path: &str) -> String {
    env.refused(&["case", "note", code, "--file", path])
}

#[test]
fn file_must_be_a_regular_file_of_at_most_64_kib_of_utf8_without_nul() {
    let env = Env::new();
    scene::vlas(&env);
    let code = scene::case(&env);

    let err = note_file(&env, &code, "/dev/zero");
    assert!(
        err.contains("/dev/zero") && err.contains("not a regular file"),
        "{err}"
    );
    assert!(err.contains("hint: "), "{err}");

    let dir = env.path("work");
    let err = note_file(&env, &code, dir.to_str().unwrap());
    assert!(err.contains("it is a folder"), "{err}");

    let fifo = env.path("work/fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let err = note_file(&env, &code, fifo.to_str().unwrap());
    assert!(err.contains("not a regular file"), "{err}");

    let big = env.path("work/big.txt");
    std::fs::write(&big, "a".repeat(64 * 1024 + 1)).unwrap();
    let err = note_file(&env, &code, big.to_str().unwrap());
    assert!(err.contains("larger than 64 KiB"), "{err}");
    let mib = env.path("work/mib.txt");
    std::fs::write(&mib, "a".repeat(1024 * 1024)).unwrap();
    let err = note_file(&env, &code, mib.to_str().unwrap());
    assert!(err.contains("larger than 64 KiB"), "{err}");

    let nul = env.path("work/nul.txt");
    std::fs::write(&nul, b"Gesprek\0gepland").unwrap();
    let err = note_file(&env, &code, nul.to_str().unwrap());
    assert!(err.contains("NUL byte (at byte 7)"), "{err}");

    let latin1 = env.path("work/latin1.txt");
    std::fs::write(&latin1, b"Gespr\xe9k").unwrap();
    let err = note_file(&env, &code, latin1.to_str().unwrap());
    assert!(err.contains("not UTF-8 text (invalid byte at 5)"), "{err}");

    // A regular file at the limit is read.
    let ok = env.path("work/ok.txt");
    std::fs::write(&ok, "Gesprek gepland met de school.\n").unwrap();
    env.ok(&["case", "note", &code, "--file", ok.to_str().unwrap()]);
}

#[test]
fn standard_input_is_read_within_the_same_limit() {
    let env = Env::new();
    scene::vlas(&env);
    let code = scene::case(&env);
    let before = env.snapshot();
    let out = env
        .cmd()
        .args(["case", "note", &code, "--file", "-"])
        .write_stdin(vec![b'a'; 1024 * 1024])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("standard input is larger than 64 KiB"),
        "{err}"
    );
    assert_eq!(before, env.snapshot());
    let out = env
        .cmd()
        .args(["case", "note", &code, "--file", "-"])
        .write_stdin(b"a\0b".to_vec())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("NUL byte"));
    assert_eq!(before, env.snapshot());
}

#[test]
fn the_audit_log_csv_writes_a_formula_like_actor_as_text() {
    let env = Env::new();
    env.ok(&[
        "--as",
        "=HYPERLINK(\"http://evil\")",
        "org",
        "add",
        "CLB Kortrijk",
        "--sector",
        "clb",
    ]);
    let text = read(&env, &["audit", "list", "--format", "csv"]);
    let rows = assert_csv_safe("audit list", &text);
    assert!(
        rows.iter()
            .flatten()
            .any(|c| c == "'=HYPERLINK(\"http://evil\")"),
        "{text}"
    );
}

/// The actor of the audit log defaults to the OS account, also when cron starts livcr without
/// `USER`: `USER`, else `USERNAME`, else `LOGNAME`, else the system's user database; `config
/// show` says where it came from.
#[test]
fn the_actor_is_the_os_account_even_without_user() {
    let env = Env::new();
    let actor_of_last_row = |env: &Env| -> String {
        env.db()
            .query_row(
                "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .expect("an audit row")
    };
    let run = |vars: &[(&str, &str)], args: &[&str]| -> String {
        let mut cmd = env.cmd();
        cmd.env_remove("USER");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.args(args).output().expect("run livcr");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let actor_line = |text: &str| -> String {
        text.lines()
            .find(|l| l.starts_with("actor"))
            .expect("an actor line")
            .to_string()
    };
    // LOGNAME, as cron sets it.
    run(
        &[("LOGNAME", "cronjob")],
        &["org", "add", "CAW Kortrijk", "--sector", "caw"],
    );
    assert_eq!(actor_of_last_row(&env), "cronjob");
    let shown = actor_line(&run(&[("LOGNAME", "cronjob")], &["config", "show"]));
    assert!(
        shown.contains("cronjob") && shown.contains("OS account (environment variable LOGNAME)"),
        "{shown}"
    );
    // USERNAME (Windows) before LOGNAME; USER before both.
    let shown = actor_line(&run(
        &[("USERNAME", "winuser"), ("LOGNAME", "cronjob")],
        &["config", "show"],
    ));
    assert!(shown.contains("winuser"), "{shown}");
    let shown = actor_line(&run(
        &[("USER", "tester"), ("USERNAME", "winuser")],
        &["config", "show"],
    ));
    assert!(
        shown.contains("tester") && shown.contains("variable USER"),
        "{shown}"
    );
    // No variable at all: the user database names the account running the test.
    let account = std::process::Command::new("id")
        .arg("-un")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .expect("id -un");
    run(&[], &["org", "add", "OCMW Kortrijk", "--sector", "ocmw"]);
    assert_eq!(actor_of_last_row(&env), account);
    let shown = actor_line(&run(&[], &["config", "show"]));
    assert!(
        shown.contains(&account) && shown.contains("OS account (the system's user database)"),
        "{shown}"
    );
    // --as and the config's `actor` win, and say so.
    let shown = actor_line(&run(&[], &["--as", "Els", "config", "show"]));
    assert!(shown.contains("Els") && shown.contains("--as"), "{shown}");
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "actor = \"Secretariaat\"\n").unwrap();
    let shown = actor_line(&run(&[], &["config", "show"]));
    assert!(
        shown.contains("Secretariaat") && shown.contains("config file"),
        "{shown}"
    );
}

/// Runs `args` with `edit` applied to the harness's command; returns (exit code, stdout,
/// stderr).
fn run_with(
    env: &Env,
    edit: impl FnOnce(&mut assert_cmd::Command),
    args: &[&str],
) -> (i32, String, String) {
    let mut cmd = env.cmd();
    edit(&mut cmd);
    let out = cmd.args(args).output().expect("run livcr");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Without any user name (no USER, USERNAME, LOGNAME, no passwd entry for the uid: a container
/// or a locked-down job), reading commands work and `config show` says the actor is unknown;
/// a writing command is refused before it changes anything, with a hint naming commands that
/// exist. Needs root to run livcr as a uid without a passwd entry (setpriv); skipped otherwise.
#[test]
fn without_a_user_name_reads_work_and_writes_are_refused() {
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let setpriv = std::process::Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !is_root || !setpriv {
        eprintln!("skipped: needs root and setpriv to run as a uid without a passwd entry");
        return;
    }
    let env = Env::new();
    env.ok(&["org", "add", "CAW Kortrijk", "--sector", "caw"]);
    // The stranger uid must reach the files.
    use std::os::unix::fs::PermissionsExt;
    let open_up = |p: &std::path::Path, mode: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    for sub in ["", "home", "config", "data", "data/livcr", "work"] {
        open_up(&env.path(sub), 0o777);
    }
    open_up(&env.db_path(), 0o666);
    // The harness's environment, without USER, run as uid 54321 through setpriv.
    let stranger = |args: &[&str]| {
        let mut cmd = std::process::Command::new("setpriv");
        cmd.args(["--reuid", "54321", "--regid", "54321", "--clear-groups"])
            .arg(assert_cmd::cargo::cargo_bin("livcr"))
            .args(args)
            .env_clear()
            .env("HOME", env.path("home"))
            .env("XDG_CONFIG_HOME", env.path("config"))
            .env("XDG_DATA_HOME", env.path("data"))
            .env("LIVCR_TODAY", &env.today)
            .current_dir(env.path("work"));
        let out = cmd.output().expect("run setpriv livcr");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for args in [
        &["remind"][..],
        &["status"],
        &["org", "list"],
        &["audit", "verify"],
    ] {
        let (code, _, stderr) = stranger(args);
        assert_eq!(code, 0, "livcr {args:?}: {stderr}");
    }
    let (code, stdout, stderr) = stranger(&["config", "show"]);
    assert_eq!(code, 0, "{stderr}");
    let actor = stdout
        .lines()
        .find(|l| l.starts_with("actor"))
        .expect("an actor line");
    assert!(
        actor.contains("(unknown: give --as or set actor in the config)"),
        "{actor}"
    );
    let before = env.snapshot();
    let (code, stdout, stderr) = stranger(&["org", "add", "OCMW Kortrijk", "--sector", "ocmw"]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(
        stderr.starts_with("error: cannot tell who is working"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--as NAME") && stderr.contains("`livcr config show`"),
        "{stderr}"
    );
    assert!(!stderr.contains("config path"), "{stderr}");
    assert_eq!(before, env.snapshot(), "a refused write changed the file");
    // --as is enough.
    let (code, _, stderr) = stranger(&[
        "--as",
        "Els",
        "org",
        "add",
        "OCMW Kortrijk",
        "--sector",
        "ocmw",
    ]);
    assert_eq!(code, 0, "{stderr}");
}

/// An actor with an invisible character is refused naming where it came from: the environment
/// variable USER or the config's `actor`, not `--as` that was never given.
#[test]
fn an_invisible_character_in_the_actor_names_its_source() {
    let env = Env::new();
    let before = env.snapshot();
    let (code, _, stderr) = run_with(
        &env,
        |cmd| {
            cmd.env("USER", "te\u{200b}ster");
        },
        &["org", "add", "CAW Kortrijk", "--sector", "caw"],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with("error: the actor (environment variable USER) contains"),
        "{stderr}"
    );
    assert_eq!(before, env.snapshot());
    // Reading needs no actor.
    let (code, _, stderr) = run_with(
        &env,
        |cmd| {
            cmd.env("USER", "te\u{200b}ster");
        },
        &["org", "list"],
    );
    assert_eq!(code, 0, "{stderr}");
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "actor = \"Secr\u{200b}etariaat\"\n").unwrap();
    let (code, _, stderr) = run_with(&env, |_| {}, &["org", "add", "CAW Kortrijk"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with("error: the actor (config `actor` in ")
            && stderr.contains("config.toml) contains"),
        "{stderr}"
    );
    assert_eq!(before, env.snapshot());
    // --as wins and is named as such.
    let (code, _, stderr) = run_with(
        &env,
        |_| {},
        &["--as", "E\u{200b}ls", "org", "add", "CAW Kortrijk"],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with("error: the actor (--as) contains"),
        "{stderr}"
    );
    assert_eq!(before, env.snapshot());
}

/// The actor is a name wherever it comes from: a space other than a plain space is refused in
/// USER and in the config's `actor` as it is in `--as` (a look-alike second actor), and nothing
/// is written.
#[test]
fn an_unusual_space_in_the_actor_is_refused_from_every_source() {
    let env = Env::new();
    let before = env.snapshot();
    let (code, _, stderr) = run_with(
        &env,
        |cmd| {
            cmd.env("USER", "te\u{a0}ster");
        },
        &["org", "add", "CAW Kortrijk", "--sector", "caw"],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with("error: the actor (environment variable USER) contains a space")
            && stderr.contains("U+00A0 (NO-BREAK SPACE)"),
        "{stderr}"
    );
    assert_eq!(before, env.snapshot());
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "actor = \"Secretariaat\u{202f}LIVC\"\n").unwrap();
    let (code, _, stderr) = run_with(&env, |_| {}, &["org", "add", "CAW Kortrijk"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with("error: the actor (config `actor` in ")
            && stderr.contains("U+202F (NARROW NO-BREAK SPACE)"),
        "{stderr}"
    );
    assert_eq!(before, env.snapshot());
}
