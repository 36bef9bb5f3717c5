//! Answers that cannot be mistaken (issue 13, part 4): consent spelled out, agenda numbers that
//! never move, closing with undecided items, meetings found by their date.

mod common;

use common::scene::{advance, agenda, case, plan, vlas};
use common::{Env, id};

/// The meeting of next week (TODAY is Monday 2026-11-30).
const NEXT_WEEK: &str = "2026-12-07";

/// (number, section, case) of `agenda show`, in the order shown.
fn shown(env: &Env, meeting: &str) -> Vec<(i64, String, Option<String>)> {
    agenda(env, meeting)
        .iter()
        .map(|r| {
            (
                r["item"].as_i64().unwrap(),
                r["section"].as_str().unwrap().to_string(),
                r["case"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn item_ids(env: &Env, meeting: &str) -> Vec<(i64, i64)> {
    let conn = env.db();
    let mut stmt = conn
        .prepare("SELECT position, id FROM agenda_item WHERE meeting_id = ?1 ORDER BY position")
        .unwrap();
    stmt.query_map([meeting], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn agenda_numbers_stay_with_their_items() {
    let env = Env::new();
    let cell = vlas(&env);
    let follow = case(&env);
    advance(&env, &follow, "follow_up", cell.chair);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    let before = item_ids(&env, &m);
    let last = before.last().unwrap().0;

    // A case item under an earlier heading than the last ones: it takes the next number and
    // is shown under its heading; every number given before still names the same item.
    let signal = case(&env);
    let out = env.ok(&[
        "agenda",
        "add",
        &m,
        "Nieuwe melding",
        "--case",
        &signal,
        "--kind",
        "signals",
    ]);
    assert_eq!(out.trim(), (last + 1).to_string());
    let after = item_ids(&env, &m);
    for (number, item) in &before {
        assert!(after.contains(&(*number, *item)), "item {number} moved");
    }
    let order = shown(&env, &m);
    let at = order
        .iter()
        .position(|(_, _, c)| c.as_deref() == Some(&signal))
        .unwrap();
    assert_eq!(order[at].1, "signals");
    assert!(at < order.len() - 1, "shown under its heading: {order:?}");

    // Removing an item renumbers nothing.
    env.ok(&["agenda", "rm", &m, "1"]);
    let kept = item_ids(&env, &m);
    for (number, item) in after.iter().filter(|(n, _)| *n != 1) {
        assert!(kept.contains(&(*number, *item)), "item {number} moved");
    }
}

#[test]
fn agenda_add_warns_when_the_case_is_already_on_it() {
    let env = Env::new();
    vlas(&env);
    // A new signal: the draft lists it.
    let code = case(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    let out = env.run(&["agenda", "add", &m, "Nog een vraag", "--case", &code]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("case {code} was already on this agenda")),
        "{}",
        out.stderr
    );
}

#[test]
fn closing_with_undecided_items_needs_yes_off_a_terminal() {
    let env = Env::new();
    let cell = vlas(&env);
    let m = plan(&env, "2026-11-23", "14:00", &["--yes"]);
    env.ok(&["agenda", "draft", &m]);
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", cell.chair, cell.io.unwrap(), cell.prevention),
    ]);
    env.ok(&["meeting", "decide", &m, "1", "--kind", "consensus"]);
    let err = env.refused(&["meeting", "close", &m]);
    assert!(err.contains("items 2, 3"), "{err}");
    assert!(err.contains("--yes"), "{err}");
    env.ok(&["meeting", "close", &m, "--yes"]);
    let minutes = env.ok(&["meeting", "minutes", &m, "--lang", "en"]);
    assert!(!minutes.contains("no decision yet"), "{minutes}");
    assert!(minutes.contains("Decision: no decision"), "{minutes}");
}

#[test]
fn consent_is_spelled_out() {
    let env = Env::new();
    vlas(&env);
    for args in [
        &["feedback", "consent", "1", "--member", "1"][..],
        &["-y", "feedback", "consent", "1", "--member", "1"],
        &["feedback", "consent", "1", "--member", "1", "--no"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains("--answer"), "{}", out.stderr);
    }
    let help = env.ok(&["feedback", "consent", "--help"]);
    assert!(help.contains("--answer <yes|no>"), "{help}");
}

#[test]
fn a_cancelled_meeting_is_not_found_by_its_date_and_a_second_one_is_warned_about() {
    let env = Env::new();
    vlas(&env);
    let first = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["meeting", "cancel", NEXT_WEEK]);
    let err = env.refused(&["meeting", "show", NEXT_WEEK]);
    assert!(err.contains("cancelled"), "{err}");
    env.ok(&["meeting", "show", &first]);

    let second = env.run(&["meeting", "plan", NEXT_WEEK, "10:00"]);
    assert_eq!(second.code, 0);
    assert!(
        !second.stderr.contains("already has a meeting"),
        "{}",
        second.stderr
    );
    let again = id(&env, &["meeting", "plan", NEXT_WEEK, "16:00"]).to_string();
    let out = env.run(&["meeting", "plan", NEXT_WEEK, "18:00"]);
    assert!(
        out.stderr.contains("already has a meeting that day"),
        "{}",
        out.stderr
    );
    let err = env.refused(&["meeting", "show", NEXT_WEEK]);
    assert!(err.contains("meetings on"), "{err}");
    env.ok(&["meeting", "show", &again]);
}

// ---------------------------------------------------------------------------------------------
// Prompts and edits a person expects (issue 13, part 6)
// ---------------------------------------------------------------------------------------------

/// livcr on a terminal: the binary runs under `script` (util-linux), which gives it a
/// pseudo-terminal; the test waits for each prompt before typing, as a person would.
struct Terminal {
    child: std::process::Child,
    keys: std::process::ChildStdin,
    screen: std::sync::mpsc::Receiver<Vec<u8>>,
    seen: String,
    /// How much of `seen` earlier `expect`s consumed.
    at: usize,
}

impl Terminal {
    /// None when `script` is not installed (the test then says so and passes).
    fn spawn(env: &Env, args: &[&str]) -> Option<Terminal> {
        Terminal::spawn_after(env, "", args)
    }

    /// As [`Terminal::spawn`], with a shell command run on the terminal first (e.g. `stty`).
    fn spawn_after(env: &Env, first: &str, args: &[&str]) -> Option<Terminal> {
        use std::process::{Command, Stdio};
        if Command::new("script").arg("--version").output().is_err() {
            eprintln!("`script` (util-linux) is not installed: terminal prompts not tested");
            return None;
        }
        let bin = assert_cmd::cargo::cargo_bin("livcr");
        let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
        let line = std::iter::once(quote(&bin.display().to_string()))
            .chain(args.iter().map(|a| quote(a)))
            .collect::<Vec<_>>()
            .join(" ");
        let line = format!("{first}{line}");
        let mut child = Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .env_clear()
            .env("HOME", env.path("home"))
            .env("XDG_CONFIG_HOME", env.path("config"))
            .env("XDG_DATA_HOME", env.path("data"))
            .env("USER", "tester")
            .env("LIVCR_TODAY", &env.today)
            .env("TERM", "xterm")
            .env("PATH", "/usr/bin:/bin")
            .env("SHELL", "/bin/sh")
            .current_dir(env.path("work"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("run script");
        let keys = child.stdin.take().unwrap();
        let mut out = child.stdout.take().unwrap();
        let (tx, screen) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::Read;
            let mut buf = [0u8; 4096];
            while let Ok(n) = out.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Some(Terminal {
            child,
            keys,
            screen,
            seen: String::new(),
            at: 0,
        })
    }

    /// Waits (at most 30 s) until `text` appears after what earlier calls consumed.
    fn expect(&mut self, text: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            if let Some(i) = self.seen[self.at..].find(text) {
                self.at += i + text.len();
                return;
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.screen.recv_timeout(left) {
                Ok(bytes) => self.seen.push_str(&String::from_utf8_lossy(&bytes)),
                Err(_) => {
                    let _ = self.child.kill();
                    panic!("no {text:?} on the terminal; it shows:\n{}", self.seen);
                }
            }
        }
    }

    fn send(&mut self, keys: &str) {
        use std::io::Write;
        self.keys.write_all(keys.as_bytes()).unwrap();
        self.keys.flush().unwrap();
    }

    /// Waits for the end and returns the exit status and everything shown.
    fn finish(mut self) -> (i32, String) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                while let Ok(bytes) = self
                    .screen
                    .recv_timeout(std::time::Duration::from_millis(200))
                {
                    self.seen.push_str(&String::from_utf8_lossy(&bytes));
                }
                return (status.code().unwrap_or(-1), self.seen);
            }
            if std::time::Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("livcr did not end; the terminal shows:\n{}", self.seen);
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";

fn coverage(env: &Env, cell: &str) -> Vec<String> {
    let conn = env.db();
    let mut stmt = conn
        .prepare(
            "SELECT v.nis FROM cell_municipality v JOIN cell c ON c.id = v.cell_id WHERE c.code = ?1 \
             ORDER BY v.id",
        )
        .unwrap();
    stmt.query_map([cell], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn the_municipality_prompt_finds_names_in_dutch_french_and_german() {
    let env = Env::new();
    let Some(mut t) = Terminal::spawn(&env, &["cell", "add"]) else {
        return;
    };
    t.expect("Cell code");
    t.send(&format!("KUST{ENTER}"));
    t.expect("Name of the cell");
    t.send(&format!("LIVC-R Kust{ENTER}"));
    // French: one match, taken at once.
    t.expect("name in NL, FR or DE, or NIS code");
    t.send(&format!("Bruges{ENTER}"));
    t.expect("Add another municipality");
    t.send("y");
    // German, the umlaut left out.
    t.expect("name in NL, FR or DE, or NIS code");
    t.send(&format!("Luttich{ENTER}"));
    t.expect("Add another municipality");
    t.send("y");
    // Part of a name: a list in every language; "none of these" asks again.
    t.expect("name in NL, FR or DE, or NIS code");
    t.send(&format!("brug{ENTER}"));
    t.expect("31005 Brugge (Bruges, Brügge)");
    t.expect("none of these");
    t.send(&format!("{DOWN}{DOWN}{ENTER}"));
    // Nothing found: the error and close names, and the question again.
    t.expect("name in NL, FR or DE, or NIS code");
    t.send(&format!("Anverz{ENTER}"));
    t.expect("unknown municipality");
    t.expect("Anvers (Antwerpen, 11002)");
    t.expect("name in NL, FR or DE, or NIS code");
    t.send(&format!("anvers{ENTER}"));
    t.expect("Add another municipality");
    t.send("n");
    let (code, screen) = t.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("added joint cell of 3 municipalities KUST"),
        "{screen}"
    );
    assert_eq!(coverage(&env, "KUST"), ["31005", "62063", "11002"]);

    // The same matching for every --municipality argument and for the search.
    for name in ["Brügge", "Brugge", "BRUGES"] {
        let out = env.ok(&["municipality", "list", "--search", name, "--format", "csv"]);
        assert!(out.contains("31005,Brugge,Bruges,Brügge"), "{name}: {out}");
        let show = env.ok(&["municipality", "show", name, "--format", "json"]);
        assert!(show.contains("\"31005\""), "{name}: {show}");
    }
    let err = env.refused(&[
        "cell",
        "add",
        "LUIK",
        "--name",
        "Luik",
        "--municipality",
        "Lüttich",
    ]);
    assert!(
        err.contains("Liège (62063) is already covered by cell KUST"),
        "{err}"
    );
}

#[test]
fn case_open_asks_for_what_is_missing_on_a_terminal_only() {
    let env = Env::new();
    vlas(&env);
    // Off a terminal: one error naming every missing option, and nothing written.
    let err = env.refused(&["case", "open", "--source", "partner"]);
    assert!(
        err.contains("missing --municipality, --phenomenon, --age-band"),
        "{err}"
    );
    assert!(err.contains("hint: give them as flags"), "{err}");

    // On a terminal with --no-input: the same error, no question.
    let Some(t) = Terminal::spawn(&env, &["--no-input", "case", "open"]) else {
        return;
    };
    let (code, screen) = t.finish();
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains("missing --municipality, --source, --phenomenon, --age-band"),
        "{screen}"
    );
    assert_eq!(env.count("SELECT count(*) FROM case_file"), 0);

    let Some(mut t) = Terminal::spawn(&env, &["case", "open", "--summary", "Zorgen op school"])
    else {
        return;
    };
    // The cell's own municipalities first, with a way out to any other.
    t.expect("Municipality of the case");
    t.expect("another municipality: search by name");
    t.send(&format!("{DOWN}{ENTER}"));
    t.expect("Who reported the concern");
    t.send(ENTER);
    t.expect("Phenomenon");
    t.send(&format!("{DOWN}{ENTER}"));
    t.expect("Age band");
    t.send(&format!("{DOWN}{ENTER}"));
    let (code, screen) = t.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("opened case"), "{screen}");
    let conn = env.db();
    let row: (String, String, String, String) = conn
        .query_row(
            "SELECT nis, source, phenomenon, age_band FROM case_file",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        row,
        (
            "34023".to_string(),
            "partner".to_string(),
            "right_wing".to_string(),
            "12_17".to_string()
        )
    );
}

#[test]
fn ctrl_c_in_a_prompt_shows_the_cursor_again_and_exits_130() {
    let env = Env::new();
    vlas(&env);
    let before = env.snapshot();
    let Some(mut t) = Terminal::spawn(&env, &["case", "open", "--municipality", "Kuurne"]) else {
        return;
    };
    // A list hides the cursor while it is shown.
    t.expect("\x1b[?25l");
    t.expect("Who reported the concern");
    t.expect("citizen_or_family");
    t.send("\x03");
    let (code, screen) = t.finish();
    assert_eq!(code, 130, "{screen}");
    let after_prompt = &screen[screen.rfind("Who reported the concern").unwrap()..];
    assert!(
        after_prompt.contains("\x1b[?25h"),
        "cursor not shown: {after_prompt:?}"
    );
    assert_eq!(
        before,
        env.snapshot(),
        "an interrupted prompt wrote something"
    );
}

#[test]
fn member_add_asks_for_the_email_and_says_how_to_add_it_later() {
    let env = Env::new();
    vlas(&env);
    let Some(mut t) = Terminal::spawn(
        &env,
        &[
            "member",
            "add",
            "Jan Janssens",
            "--org",
            "CLB Kortrijk",
            "--role",
            "partner",
        ],
    ) else {
        return;
    };
    t.expect("Work e-mail");
    t.send(&format!("jan.janssens@clb{ENTER}"));
    t.expect("invalid e-mail address");
    t.expect("Work e-mail");
    t.send(&format!("jan.janssens@clbkortrijk.be{ENTER}"));
    let (code, screen) = t.finish();
    assert_eq!(code, 0, "{screen}");
    assert_eq!(
        env.count(
            "SELECT count(*) FROM person WHERE name = 'Jan Janssens' \
             AND email = 'jan.janssens@clbkortrijk.be'"
        ),
        1
    );

    // Without an e-mail, the note says how a second seat works and how to add it.
    let out = env.run(&[
        "member",
        "add",
        "Els Peeters",
        "--org",
        "CLB Kortrijk",
        "--role",
        "partner",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let id = out.stdout.trim();
    assert!(
        out.stderr
            .contains(&format!("`livcr member edit {id} --email ADDRESS`")),
        "{}",
        out.stderr
    );
    assert_eq!(
        env.count("SELECT count(*) FROM person WHERE name = 'Els Peeters' AND email IS NULL"),
        1
    );
}

#[test]
fn a_backlog_before_the_cell_is_entered_after_moving_its_establishment() {
    let env = Env::new();
    vlas(&env);
    let open = |on: &str| {
        vec![
            "case",
            "open",
            "--municipality",
            "Kortrijk",
            "--source",
            "partner",
            "--phenomenon",
            "mixed",
            "--age-band",
            "25_plus",
            "--on",
            on,
        ]
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<String>>()
    };
    let args = open("2023-06-01");
    let err = env.refused(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        err.contains("not covered by cell VLAS on 2023-06-01"),
        "{err}"
    );
    assert!(
        err.contains("Kortrijk is covered by this cell from 2024-01-01"),
        "{err}"
    );
    assert!(
        err.contains("livcr cell edit VLAS --established DATE"),
        "{err}"
    );

    let out = env.run(&["cell", "edit", "VLAS", "--established", "2023-01-01"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("3 municipality periods"),
        "{}",
        out.stderr
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM cell_municipality v JOIN cell c ON c.id = v.cell_id \
             WHERE c.code = 'VLAS' AND v.from_on = '2023-01-01'"
        ),
        3
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE action = 'edit' AND entity = 'cell' \
             AND summary LIKE '%3 coverage periods%'"
        ),
        1
    );
    let code = env.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_file WHERE code = '{}' AND opened_on = '2023-06-01'",
            code.trim()
        )),
        1
    );
    // A cell is never established after its cases.
    let err = env.refused(&["cell", "edit", "VLAS", "--established", "2023-07-01"]);
    assert!(err.contains("dated 2023-06-01"), "{err}");

    // A municipality that joined later: the hint gives its own period.
    env.ok(&[
        "cell",
        "join",
        "VLAS",
        "--municipality",
        "Harelbeke",
        "--from",
        "2026-03-01",
    ]);
    let mut args = open("2026-02-01");
    args[3] = "Harelbeke".to_string();
    let err = env.refused(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        err.contains("Harelbeke is covered by this cell from 2026-03-01"),
        "{err}"
    );
    assert!(!err.contains("cell edit"), "{err}");
}

#[test]
fn audit_rows_get_the_real_time_while_today_stays_fixed() {
    let env = Env::new();
    vlas(&env);
    let stamp = || chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let before = stamp();
    let code = case(&env);
    let after = stamp();
    let (at, opened): (String, String) = env
        .db()
        .query_row(
            "SELECT a.at, c.opened_on FROM audit_log a JOIN case_file c ON c.code = a.entity_id \
             WHERE a.action = 'open' AND c.code = ?1",
            [&code],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(before <= at && at <= after, "{before} <= {at} <= {after}");
    // What is judged on today keeps LIVCR_TODAY.
    assert_eq!(opened, env.today);
    env.ok(&["audit", "verify"]);
}

#[test]
fn a_terminal_that_reports_columns_but_no_rows_still_gets_tables_that_fit() {
    // Found in review: a pseudo-terminal whose rows were never set (`stty cols 80` under
    // `script`, a CI runner) gave no width at all, and long names ran past the edge.
    let env = Env::new();
    vlas(&env);
    env.ok(&[
        "org",
        "add",
        "Vereniging voor de begeleiding van jongeren en gezinnen in Kortrijk en omstreken vzw",
        "--sector",
        "other",
    ]);
    let Some(t) = Terminal::spawn_after(
        &env,
        "stty rows 0 cols 80; ",
        &["--color", "never", "org", "list"],
    ) else {
        return;
    };
    let (code, screen) = t.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Vereniging"), "{screen}");
    for line in screen.lines() {
        let width = line.trim_end_matches('\r').chars().count();
        assert!(width <= 80, "{width} columns: {line:?}");
    }
}

#[test]
fn municipality_search_ranks_exact_names_first_and_finds_former_municipalities() {
    let env = Env::new();
    let codes = |text: &str| -> (Vec<String>, String) {
        let out = env.run(&["municipality", "list", "--search", text, "--format", "csv"]);
        assert_eq!(out.code, 0, "{text}: {}", out.stderr);
        let codes = out
            .stdout
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap_or_default().to_string())
            .collect();
        (codes, out.stderr)
    };
    // A former municipality, by name or code: what it became, and a note saying so.
    for old in ["Borsbeek", "11007"] {
        let (found, stderr) = codes(old);
        assert_eq!(found, ["11002"], "{old}");
        assert!(
            stderr.contains("note: Borsbeek (11007) merged into Antwerpen (11002) on 2025-01-01"),
            "{old}: {stderr}"
        );
    }
    let (found, stderr) = codes("71022");
    assert_eq!(found, ["71072"]);
    assert!(
        stderr.contains("Hasselt (71022) merged into Hasselt (71072)"),
        "{stderr}"
    );
    // Mons is "Bergen" in Dutch: the exact name comes first, then names containing it.
    let (found, _) = codes("Bergen");
    assert_eq!(found[0], "53053", "{found:?}");
    assert!(found.len() > 1, "{found:?}");
    // Saint abbreviations, dots and hyphens are equal, in the search and in arguments.
    for name in ["St. Vith", "Sankt-Vith", "saint vith"] {
        let (found, stderr) = codes(name);
        assert_eq!(found, ["63067"], "{name}");
        assert!(stderr.is_empty(), "{stderr}");
        let show = env.ok(&["municipality", "show", name, "--format", "json"]);
        assert!(show.contains("\"63067\""), "{name}: {show}");
    }
    // Nothing found is still said plainly.
    let out = env.run(&["municipality", "list", "--search", "Xyzzy"]);
    assert_eq!(out.code, 0);
    assert!(
        out.stderr.contains("no municipality matches \"Xyzzy\""),
        "{}",
        out.stderr
    );
}
