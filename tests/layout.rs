//! Tables that fit: every list of the demo database rendered at 80 and 120 columns (`COLUMNS`),
//! with line widths checked and codes, dates, times and NIS codes never cut; colour only where
//! asked for.

mod common;

use std::sync::OnceLock;

use common::{Env, json};
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

/// One demo database for the whole file (building it is the slow part).
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

/// Every list (and record view) a secretariat looks at, as arguments after `--db`.
fn views(env: &Env, db: &str) -> Vec<Vec<String>> {
    let case = {
        let out = env.ok(&["--db", db, "case", "list", "--format", "json"]);
        json(&out)[0]["code"].as_str().expect("a case").to_string()
    };
    let lists: &[&str] = &[
        "municipality list",
        "cell list",
        "cell show",
        "cell check",
        "org list",
        "member list",
        "member show 1",
        "case list",
        "case list --all",
        "action list",
        "meeting list",
        "meeting show 1",
        "agenda show 1",
        "agenda show 2",
        "referral list",
        "feedback list",
        "audit list",
        "config show",
        "purge --dry-run",
    ];
    let mut v: Vec<Vec<String>> = lists
        .iter()
        .map(|l| l.split(' ').map(String::from).collect())
        .collect();
    v.push(vec!["case".into(), "show".into(), case]);
    v
}

fn render(env: &Env, db: &str, args: &[String], columns: &str, extra: &[(&str, &str)]) -> String {
    let mut cmd = env.cmd();
    cmd.env("COLUMNS", columns).arg("--db").arg(db).args(args);
    for (k, v) in extra {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run livcr");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() || args[0] == "cell" && args[1] == "check",
        "livcr {args:?} failed: {stderr}"
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Values that must never be cut: dates, times, timestamps, NIS codes, case codes.
fn is_token(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let date = b.len() == 10 && digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-';
    let time = b.len() == 5 && digits(0..2) && b[2] == b':' && digits(3..5);
    let nis = b.len() == 5 && digits(0..5);
    let code = b.len() == 9
        && b[4] == b'-'
        && s.chars()
            .all(|c| c == '-' || c.is_ascii_uppercase() || c.is_ascii_digit());
    let stamp = b.len() == 20 && date_prefix(s) && b[10] == b'T';
    date || time || nis || code || stamp
}

fn date_prefix(s: &str) -> bool {
    s.len() >= 10 && is_token(&s[..10])
}

/// Every token inside the values of a JSON document.
fn tokens(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.extend(
            s.split(|c: char| c.is_whitespace() || ",;()".contains(c))
                .filter(|w| is_token(w))
                .map(String::from),
        ),
        Value::Array(a) => a.iter().for_each(|x| tokens(x, out)),
        Value::Object(o) => o.values().for_each(|x| tokens(x, out)),
        _ => {}
    }
}

fn check_fits(what: &str, text: &str, width: usize, known: &[String]) {
    for line in text.lines() {
        assert!(
            line.width() <= width,
            "{what} at {width} columns: a line of {} columns:\n{line}\n\n{text}",
            line.width()
        );
        for word in line.split_whitespace() {
            // A shortened text ends with `...`: what is before it must not be part of a token.
            if let Some(stem) = word.strip_suffix("...").or(word.strip_suffix('…')) {
                let stem = stem.trim_start_matches(|c: char| !c.is_alphanumeric());
                let whole = |t: &String| t.trim_matches(|c: char| !c.is_alphanumeric()) == stem;
                // A stem that is a whole token elsewhere, or an id (`#8` before a cut), is not
                // a cut token.
                if stem.is_empty() || word.starts_with('#') || known.iter().any(whole) {
                    continue;
                }
                assert!(
                    !known.iter().any(|t| t.starts_with(stem) && t != stem),
                    "{what} at {width} columns cuts a token: {word:?}\n{text}"
                );
            }
        }
    }
    // Piped: plain ASCII lines and shortening marks.
    assert!(
        !text.contains(['─', '…']),
        "{what}: not plain ASCII\n{text}"
    );
}

#[test]
fn every_list_fits_80_and_120_columns_and_never_cuts_a_token() {
    let (env, db) = demo();
    let mut shortened = 0;
    for args in views(env, db) {
        let what = args.join(" ");
        let mut json_args = args.clone();
        json_args.extend(["--format".to_string(), "json".to_string()]);
        let mut known = Vec::new();
        let j = render(env, db, &json_args, "200", &[]);
        if let Ok(v) = serde_json::from_str::<Value>(&j) {
            tokens(&v, &mut known);
        }
        for width in [80, 120] {
            let text = render(env, db, &args, &width.to_string(), &[]);
            assert!(!text.trim().is_empty(), "{what}: empty table");
            check_fits(&what, &text, width, &known);
            if width == 80 {
                shortened += text.matches("...").count();
            }
            // The tokens of the default columns are there whole: every case code of a case
            // list, every date of a meeting list.
            if what == "case list" || what == "meeting list" || what == "action list" {
                let rows = json(&j);
                let key = if what == "case list" {
                    "code"
                } else if what == "meeting list" {
                    "date"
                } else {
                    "due_on"
                };
                for r in rows.as_array().expect("rows") {
                    let t = r[key].as_str().expect("token");
                    assert!(text.contains(t), "{what} at {width}: {t} missing\n{text}");
                }
            }
        }
    }
    assert!(shortened > 0, "no free text was shortened at 80 columns");
}

#[test]
fn the_case_list_shows_its_default_columns_at_80_columns() {
    let (env, db) = demo();
    let args: Vec<String> = ["case", "list"].map(String::from).to_vec();
    let text = render(env, db, &args, "80", &[]);
    let header: String = text
        .lines()
        .take_while(|l| !l.starts_with('-'))
        .collect::<Vec<_>>()
        .join(" ");
    for h in [
        "code",
        "status",
        "phenomenon",
        "age",
        "band",
        "next",
        "lead",
    ] {
        assert!(header.split_whitespace().any(|w| w == h), "{h} in {header}");
    }
    assert!(header.contains("munic"), "{header}");
    // The municipality column shows the name (shortened only when it must), not a cut NIS code.
    let rows = json(&render(
        env,
        db,
        &["case", "list", "--format", "json"].map(String::from),
        "200",
        &[],
    ));
    for r in rows.as_array().expect("rows") {
        let nis = r["municipality_nis"].as_str().expect("a NIS code");
        let name = r["municipality"].as_str().expect("a name");
        let line = text
            .lines()
            .find(|l| l.starts_with(r["code"].as_str().expect("a code")))
            .expect("the case's line");
        assert!(
            !line.contains(nis),
            "the NIS code is not a default column: {line}"
        );
        let shown = line.split_whitespace().nth(1).expect("a municipality");
        let stem = shown.trim_end_matches("...");
        assert!(
            name.starts_with(stem) && stem.len() >= 3,
            "{shown:?} for {name}: {line}"
        );
    }
    let wide = render(
        env,
        db,
        &["case", "list", "--wide"].map(String::from),
        "200",
        &[],
    );
    let row = rows[0].clone();
    let line = wide
        .lines()
        .find(|l| l.starts_with(row["code"].as_str().unwrap()))
        .unwrap();
    assert!(
        line.contains(row["municipality_nis"].as_str().unwrap())
            && line.contains(row["municipality"].as_str().unwrap()),
        "--wide shows the NIS code and the whole name: {line}"
    );
    for hidden in ["minor", "source", "opened"] {
        assert!(!header.contains(hidden), "{hidden} in {header}");
    }
    // --wide shows the rest, --columns chooses, for csv too.
    let mut wide = args.clone();
    wide.push("--wide".into());
    assert!(render(env, db, &wide, "200", &[]).contains("opened"));
    let mut cols = args.clone();
    cols.extend(["--columns", "code,opened_on", "--format", "csv"].map(String::from));
    let csv = render(env, db, &cols, "80", &[]);
    assert!(csv.starts_with("code,opened_on\n"), "{csv}");
    let out = env.run(&["--db", db, "case", "list", "--columns", "code,nope"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("unknown column \"nope\""),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("next_review_on"), "{}", out.stderr);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let (env, db) = demo();
    let list: Vec<String> = ["case", "list"].map(String::from).to_vec();
    let with = |flag: &str, extra: &[(&str, &str)]| {
        let mut a = list.clone();
        a.extend(["--color".to_string(), flag.to_string()]);
        render(env, db, &a, "120", extra)
    };
    // A pipe: plain, whatever NO_COLOR says; `always` colours statuses.
    assert!(!with("auto", &[]).contains('\u{1b}'));
    assert!(!with("never", &[]).contains('\u{1b}'));
    let always = with("always", &[]);
    assert!(always.contains("\u{1b}["), "{always}");
    assert!(with("always", &[("NO_COLOR", "1")]).contains("\u{1b}["));
    // The colour does not change the layout.
    let plain = with("never", &[]);
    let stripped = strip_ansi(&always);
    assert_eq!(stripped, plain);
    assert!(!plain.contains('─'), "{plain}");
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Rule R12: a minor is marked in every list that shows a case, at 80 columns too, where the
/// `minor` column is not among the defaults: beside the age band in the case list, beside the
/// case code elsewhere, and in the reminders.
#[test]
fn a_minor_is_marked_in_every_list_that_shows_a_case_at_80_columns() {
    let (env, db) = demo();
    let cases = json(&env.ok(&["--db", db, "case", "list", "--all", "--format", "json"]));
    let (minors, adults): (Vec<&Value>, Vec<&Value>) = cases
        .as_array()
        .expect("cases")
        .iter()
        .partition(|c| c["minor"] == true);
    assert!(!minors.is_empty() && !adults.is_empty(), "{cases}");
    let code = |c: &&Value| c["code"].as_str().expect("a code").to_string();
    let minors: Vec<String> = minors.iter().map(code).collect();
    let adults: Vec<String> = adults.iter().map(code).collect();
    // The default case list: the age band says it.
    let text = render(
        env,
        db,
        &["case", "list", "--all"].map(String::from),
        "80",
        &[],
    );
    for m in &minors {
        let line = text
            .lines()
            .find(|l| l.starts_with(m.as_str()))
            .expect("listed");
        assert!(
            line.contains("12_17 minor") || line.contains("under_12 minor"),
            "{line}"
        );
    }
    // Every list showing a case marks each line of a minor's case, and no other.
    let meetings = json(&env.ok(&["--db", db, "meeting", "list", "--format", "json"]));
    let mut lists: Vec<Vec<String>> = vec![
        vec!["action".into(), "list".into(), "--all".into()],
        vec!["referral".into(), "list".into()],
        vec!["feedback".into(), "list".into()],
        vec!["remind".into(), "--within".into(), "1y".into()],
    ];
    for m in meetings.as_array().expect("meetings") {
        let id = m["id"].to_string();
        lists.push(vec!["agenda".into(), "show".into(), id.clone()]);
        lists.push(vec!["meeting".into(), "show".into(), id]);
    }
    let mut marked = 0;
    for args in &lists {
        let text = render(env, db, args, "80", &[]);
        for line in text.lines() {
            if minors.iter().any(|m| line.contains(m.as_str())) {
                assert!(
                    line.contains("minor"),
                    "{args:?}: a minor's case unmarked:\n{line}\n\n{text}"
                );
                marked += 1;
            } else if adults.iter().any(|a| line.contains(a.as_str())) {
                assert!(
                    !line.contains("minor"),
                    "{args:?}: an adult marked:\n{line}"
                );
            }
        }
    }
    assert!(marked >= 5, "only {marked} lines name a minor's case");
    // JSON and CSV carry the same as a `minor` field.
    for list in ["action", "referral", "feedback"] {
        let rows = json(&env.ok(&["--db", db, list, "list", "--format", "json"]));
        for r in rows.as_array().expect("rows") {
            let case = r["case"].as_str().expect("a case");
            assert_eq!(
                r["minor"],
                minors.contains(&case.to_string()),
                "{list}: {r}"
            );
        }
    }
}
