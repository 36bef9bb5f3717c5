//! Monthly figures, list exports, the annual report and reminders: what scripts and cron run
//! (design.md, Principle 1 and "Commands"; the issue on `export`, `report annual`, `remind`).
//!
//! Golden files live in tests/golden/monthly-*. The monthly figures hold no case code, but every
//! known code is still replaced by CASE-1, CASE-2, … (in order of first appearance) and the
//! `generated_at` stamp by a placeholder before comparing. Run with `LIVCR_BLESS=1` to (re)write
//! the golden files.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::scene::{
    CHAIR, IO, KORTRIJK, KUURNE, LENDELEDE, MAYOR_KORTRIJK, PREVENTION, Vlas, member, member_from,
    open_from, to_follow_up, vlas_cell, vlas_members, vlas_orgs,
};
use common::{Env, TODAY, id, json, mode, sha256_hex};
use serde_json::Value;

/// The columns of the monthly CSV, in order (the issue).
const COLUMNS: [&str; 8] = [
    "cell",
    "period",
    "municipality_nis",
    "municipality",
    "measure",
    "dimension",
    "value",
    "suppressed",
];

/// A summary that must never leave the file without --with-text.
const SUMMARY: &str = "Exporttoets-samenvatting Boterbloem-Zonnedauw";
/// An action text that must never leave the file without --with-text.
const ACTION_TEXT: &str = "Exporttoets-actie Vlierbes-Sleedoorn";

// ---------------------------------------------------------------------------------------------
// Helpers (the cell and case helpers are in tests/common/scene.rs)
// ---------------------------------------------------------------------------------------------

/// VLAS with its organisations, a mayor per municipality, Kortrijk's mayor as chair, an IO, a
/// prevention official and a CAW partner invited by the chair; `extra` goes to `cell add`.
fn vlas(env: &Env, extra: &[&str]) -> Vlas {
    vlas_cell(env, extra);
    vlas_orgs(env, &[]);
    vlas_members(env, true, &[])
}

/// The one-municipality cell KORT (Kortrijk, established 2024-01-01), without members.
fn kort_cell(env: &Env) {
    env.ok(&[
        "cell",
        "add",
        "KORT",
        "--name",
        "LIVC-R Kortrijk",
        "--municipality",
        "Kortrijk",
        "--established",
        "2024-01-01",
    ]);
}

/// Opens a backlog case on `on` and returns its code.
fn open(
    env: &Env,
    municipality: &str,
    phenomenon: &str,
    age_band: &str,
    source: &str,
    on: &str,
    extra: &[&str],
) -> String {
    let mut args = vec!["--on", on];
    args.extend_from_slice(extra);
    open_from(env, municipality, source, phenomenon, age_band, &args)
}

fn count(env: &Env, sql: &str) -> i64 {
    env.count(sql)
}

fn audit_rows(env: &Env, action: &str, entity: &str, entity_id: &str) -> Vec<String> {
    let conn = env.db();
    let mut stmt = conn
        .prepare(
            "SELECT summary FROM audit_log WHERE action = ?1 AND entity = ?2 AND entity_id = ?3 \
             ORDER BY id",
        )
        .unwrap();
    stmt.query_map([action, entity, entity_id], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Golden files
// ---------------------------------------------------------------------------------------------

/// Replaces `codes` by CASE-1, CASE-2, … in order of first appearance, and the value of a
/// `"generated_at"` line by a placeholder.
fn normalise(text: &str, codes: &[String]) -> String {
    let mut found: Vec<(usize, &String)> = codes
        .iter()
        .filter_map(|c| text.find(c.as_str()).map(|p| (p, c)))
        .collect();
    found.sort();
    let mut out = text.to_string();
    for (n, (_, code)) in found.iter().enumerate() {
        out = out.replace(code.as_str(), &format!("CASE-{}", n + 1));
    }
    out.lines()
        .map(|l| {
            if l.trim_start().starts_with("\"generated_at\":") {
                let indent = &l[..l.len() - l.trim_start().len()];
                let comma = if l.trim_end().ends_with(',') { "," } else { "" };
                format!("{indent}\"generated_at\": \"<generated_at>\"{comma}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + if out.ends_with('\n') { "\n" } else { "" }
}

/// Compares `actual` with tests/golden/`name`, or writes it when LIVCR_BLESS=1.
fn golden(name: &str, actual: &str) {
    assert!(
        name.starts_with("monthly-"),
        "this file owns monthly-* only"
    );
    common::golden(name, actual);
}

// ---------------------------------------------------------------------------------------------
// Reading the monthly figures
// ---------------------------------------------------------------------------------------------

/// One figure of the monthly export, as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fig {
    nis: String,
    municipality: String,
    measure: String,
    dimension: String,
    /// As printed: "5", or "" when hidden.
    shown: String,
    suppressed: bool,
}

impl Fig {
    fn value(&self) -> Option<i64> {
        if self.suppressed {
            None
        } else {
            Some(
                self.shown
                    .parse()
                    .unwrap_or_else(|_| panic!("not a number: {self:?}")),
            )
        }
    }

    fn key(&self) -> (String, String, String) {
        (
            self.nis.clone(),
            self.measure.clone(),
            self.dimension.clone(),
        )
    }
}

/// Parses the monthly CSV with the csv crate: exactly the eight columns, every row of `cell`
/// and `period`, `suppressed` true exactly when the value is empty, otherwise a whole number.
fn csv_figs(text: &str, cell: &str, period: &str, k: i64) -> Vec<Fig> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(headers, COLUMNS, "the CSV columns");
    let mut out = Vec::new();
    for record in reader.records() {
        let r = record.unwrap_or_else(|e| panic!("bad CSV record ({e}):\n{text}"));
        assert_eq!(r.len(), 8, "{r:?}");
        assert_eq!(&r[0], cell, "{r:?}");
        assert_eq!(&r[1], period, "{r:?}");
        let suppressed = match &r[7] {
            "true" => true,
            "false" => false,
            other => panic!("suppressed is {other:?} in {r:?}"),
        };
        let fig = Fig {
            nis: r[2].to_string(),
            municipality: r[3].to_string(),
            measure: r[4].to_string(),
            dimension: r[5].to_string(),
            shown: r[6].to_string(),
            suppressed,
        };
        // The value column holds whole numbers only: empty when hidden (k is in the file's
        // name and the JSON, not in every cell).
        let _ = k;
        if suppressed {
            assert_eq!(fig.shown, "", "{fig:?}");
        } else {
            let v = fig.value().unwrap();
            assert!(v >= 0, "{fig:?}");
            assert_eq!(
                fig.shown,
                v.to_string(),
                "not a plain whole number: {fig:?}"
            );
        }
        out.push(fig);
    }
    assert!(!out.is_empty(), "no rows:\n{text}");
    out
}

/// The rows of the monthly JSON, in the same shape.
fn json_figs(value: &Value, k: i64) -> Vec<Fig> {
    assert_eq!(value["suppress_below"], k);
    value["rows"]
        .as_array()
        .unwrap_or_else(|| panic!("no rows array in {value}"))
        .iter()
        .map(|r| {
            let suppressed = r["suppressed"].as_bool().expect("suppressed is a boolean");
            let shown = match &r["value"] {
                Value::Number(n) => {
                    assert!(!suppressed, "{r}");
                    n.to_string()
                }
                Value::Null => {
                    assert!(suppressed, "{r}");
                    String::new()
                }
                other => panic!("value {other} in {r}"),
            };
            Fig {
                nis: r["municipality_nis"].as_str().unwrap().to_string(),
                municipality: r["municipality"].as_str().unwrap().to_string(),
                measure: r["measure"].as_str().unwrap().to_string(),
                dimension: r["dimension"].as_str().unwrap().to_string(),
                shown,
                suppressed,
            }
        })
        .collect()
}

/// A figure of the annual report's JSON: `{"value": N, "suppressed": false}` gives `Some(N)`,
/// `{"value": null, "suppressed": true}` gives `None`; any other shape fails.
fn annual_figure(v: &Value) -> Option<i64> {
    let suppressed = v["suppressed"]
        .as_bool()
        .unwrap_or_else(|| panic!("no suppressed flag in {v}"));
    match &v["value"] {
        Value::Null if suppressed => None,
        Value::Number(n) if !suppressed => Some(n.as_i64().expect("a whole number")),
        other => panic!("value {other} with suppressed {suppressed}"),
    }
}

fn fig<'a>(figs: &'a [Fig], nis: &str, measure: &str, dimension: &str) -> &'a Fig {
    figs.iter()
        .find(|f| f.nis == nis && f.measure == measure && f.dimension == dimension)
        .unwrap_or_else(|| panic!("no figure {nis:?} {measure} {dimension}"))
}

/// The shown value of a figure (panics when it is hidden).
fn val(figs: &[Fig], nis: &str, measure: &str, dimension: &str) -> i64 {
    let f = fig(figs, nis, measure, dimension);
    f.value()
        .unwrap_or_else(|| panic!("{nis:?} {measure} {dimension} is hidden: {f:?}"))
}

/// The groups of figures that add up, as the issue describes them: within each unit (the cell
/// or one municipality), every breakdown family of a measure adds up to the measure's total;
/// in a joint cell, the municipalities add up to the cell for every measure and breakdown.
/// Returns (total, members) as indexes into `figs`.
fn groups(figs: &[Fig]) -> Vec<(usize, Vec<usize>)> {
    let index: BTreeMap<(String, String, String), usize> =
        figs.iter().enumerate().map(|(i, f)| (f.key(), i)).collect();
    let mut families: BTreeMap<(String, String, String), Vec<usize>> = BTreeMap::new();
    for (i, f) in figs.iter().enumerate() {
        if let Some((family, _)) = f.dimension.split_once('=') {
            families
                .entry((f.nis.clone(), f.measure.clone(), family.to_string()))
                .or_default()
                .push(i);
        }
    }
    let mut out: Vec<(usize, Vec<usize>)> = families
        .into_iter()
        .map(|((nis, measure, _), members)| {
            let total = index[&(nis, measure, "total".to_string())];
            (total, members)
        })
        .collect();
    for (i, f) in figs.iter().enumerate().filter(|(_, f)| f.nis.is_empty()) {
        let members: Vec<usize> = figs
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                !g.nis.is_empty() && g.measure == f.measure && g.dimension == f.dimension
            })
            .map(|(j, _)| j)
            .collect();
        if !members.is_empty() {
            out.push((i, members));
        }
    }
    out
}

/// Asserts that no hidden figure can be recovered by subtraction: in no group is the total
/// shown while exactly one member is hidden.
fn assert_no_lone_hidden(figs: &[Fig]) {
    for (total, members) in groups(figs) {
        let hidden: Vec<&Fig> = members
            .iter()
            .map(|i| &figs[*i])
            .filter(|f| f.suppressed)
            .collect();
        assert!(
            figs[total].suppressed || hidden.len() != 1,
            "{:?} can be recovered: its total {:?} is shown and every other member of the \
             group is shown",
            hidden[0],
            figs[total]
        );
    }
}

/// Asserts that shown figures add up: where a group's total and every member are shown, the
/// members sum to the total.
fn assert_shown_groups_add_up(figs: &[Fig]) {
    for (total, members) in groups(figs) {
        let t = &figs[total];
        let values: Option<Vec<i64>> = members.iter().map(|i| figs[*i].value()).collect();
        if let (Some(t_value), Some(values)) = (t.value(), values) {
            assert_eq!(
                values.iter().sum::<i64>(),
                t_value,
                "members of {t:?} do not add up: {:?}",
                members.iter().map(|i| &figs[*i]).collect::<Vec<_>>()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The fixed dataset: cell VLAS in March 2026
// ---------------------------------------------------------------------------------------------

/// The cases of the March dataset, by letter.
struct March {
    env: Env,
    /// A: Kortrijk, followed since February, reviewed in March, an action created and done in
    /// March, a referral in from the LTF, discussed at the meeting, a feedback form sent.
    a: String,
    /// B: Kuurne, opened in February, declined in March.
    b: String,
    /// C1..C4: Kortrijk, opened in March (two religious, one right_wing, one mixed).
    c: Vec<String>,
    /// D: Kuurne, opened in March.
    d: String,
    /// E: Lendelede, followed since January, closed (moved_away) in March.
    e: String,
    /// F: Kortrijk, followed since November 2025, review overdue, an action overdue.
    f: String,
    meeting: String,
}

impl March {
    fn codes(&self) -> Vec<String> {
        let mut all = vec![self.a.clone(), self.b.clone()];
        all.extend(self.c.iter().cloned());
        all.extend([self.d.clone(), self.e.clone(), self.f.clone()]);
        all
    }
}

/// The month the golden files are about.
const PERIOD: &str = "2026-03";
/// The day the March figures are exported.
const EXPORT_DAY: &str = "2026-04-15";

/// Builds the March dataset; leaves `env.today` on [`EXPORT_DAY`].
///
/// Expected figures of March 2026 (before suppression):
/// - cases opened: Kortrijk 4 (C1-C4), Kuurne 1 (D), Lendelede 0: cell 5
/// - closed 1 (E, Lendelede, moved_away); declined 1 (B, Kuurne)
/// - active at month end: Kortrijk 6 (A, C1-C4, F), Kuurne 1 (D): cell 7
/// - reviews done 1 (A), overdue 1 (F); actions created 1 and done 1 (A), overdue 1 (F)
/// - referrals in 1 (A), out 1 and feedback forms sent 1 (A's form)
/// - meetings held 1; attendance 4 present of 6 = 67 %
fn march() -> March {
    let mut env = Env::empty();
    env.today = "2026-01-01".into();
    env.ok(&["init", "--plain"]);
    let members = vlas(&env, &[]);
    let chair = members.chair;

    env.today = "2026-03-24".into();
    let a = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        "partner",
        "2026-01-15",
        &["--summary", SUMMARY],
    );
    to_follow_up(&env, &a, "2026-02-02", chair);
    env.ok(&["case", "review", &a, "--on", "2026-03-10"]);
    let a_action = id(
        &env,
        &[
            "action",
            "add",
            &a,
            "--org",
            "CAW",
            "--due",
            "2026-03-20",
            "--on",
            "2026-03-05",
            "Gesprek plannen",
        ],
    );
    env.ok(&[
        "action",
        "done",
        &a_action.to_string(),
        "--on",
        "2026-03-18",
    ]);

    let b = open(
        &env,
        "Kuurne",
        "right_wing",
        "12_17",
        "partner",
        "2026-02-10",
        &[],
    );
    env.ok(&["case", "move", &b, "--to", "declined", "--on", "2026-03-03"]);

    let c = vec![
        open(
            &env,
            "Kortrijk",
            "religious",
            "18_24",
            "partner",
            "2026-03-02",
            &[],
        ),
        open(
            &env,
            "Kortrijk",
            "religious",
            "25_plus",
            "municipal_service",
            "2026-03-04",
            &[],
        ),
        open(
            &env,
            "Kortrijk",
            "right_wing",
            "18_24",
            "partner",
            "2026-03-09",
            &[],
        ),
        open(
            &env,
            "Kortrijk",
            "mixed",
            "12_17",
            "citizen_or_family",
            "2026-03-16",
            &[],
        ),
    ];
    let d = open(
        &env,
        "Kuurne",
        "anti_government",
        "25_plus",
        "partner",
        "2026-03-20",
        &[],
    );
    let e = open(
        &env,
        "Lendelede",
        "left_wing",
        "18_24",
        "other",
        "2026-01-05",
        &[],
    );
    to_follow_up(&env, &e, "2026-01-12", chair);
    let f = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        "partner",
        "2025-11-01",
        &[],
    );
    to_follow_up(&env, &f, "2025-11-10", chair);
    id(
        &env,
        &[
            "action",
            "add",
            &f,
            "--org",
            "CLB",
            "--due",
            "2026-02-15",
            "--on",
            "2026-02-01",
            "Overleg met de school",
        ],
    );
    env.ok(&["referral", "in", "--case", &a, "--received", "2026-03-12"]);

    // A case consultation on 23 March about A: 4 present, 1 excused, 1 absent.
    let meeting = env
        .ok(&["meeting", "plan", "2026-03-23", "14:00", "--yes"])
        .trim()
        .to_string();
    env.ok(&["agenda", "add", &meeting, "--case", &a, "Opvolging"]);
    let present = [
        members.chair,
        members.io.expect("VLAS has an IO"),
        members.prevention,
        members.partner,
    ]
    .map(|m| m.to_string())
    .join(",");
    env.ok(&[
        "meeting",
        "attend",
        &meeting,
        "--present",
        &present,
        "--excused",
        &members.mayor_kuurne.to_string(),
        "--absent",
        &members.mayor_lendelede.to_string(),
    ]);
    env.ok(&["meeting", "decide", &meeting, "1", "--kind", "consensus"]);
    env.ok(&["meeting", "close", "--yes", &meeting]);
    let form = id(
        &env,
        &[
            "feedback",
            "draft",
            &a,
            "--item",
            &format!("{meeting}:1"),
            "De cel volgt de situatie op met begeleiding op maat.",
        ],
    )
    .to_string();
    for m in [
        members.chair,
        members.io.expect("VLAS has an IO"),
        members.prevention,
        members.partner,
    ] {
        env.ok(&[
            "feedback",
            "consent",
            &form,
            "--member",
            &m.to_string(),
            "--answer",
            "yes",
        ]);
    }

    env.today = "2026-03-27".into();
    env.ok(&[
        "case",
        "close",
        &e,
        "--reason",
        "moved_away",
        "--on",
        "2026-03-25",
    ]);
    env.ok(&["feedback", "send", &form]);

    env.today = EXPORT_DAY.into();
    March {
        env,
        a,
        b,
        c,
        d,
        e,
        f,
        meeting,
    }
}

fn monthly(env: &Env, format: &str, extra: &[&str]) -> String {
    let mut args = vec!["export", "monthly", "--month", PERIOD, "--format", format];
    args.extend_from_slice(extra);
    env.ok(&args)
}

// ---------------------------------------------------------------------------------------------
// Monthly figures: golden files and figures by hand
// ---------------------------------------------------------------------------------------------

#[test]
fn monthly_figures_of_a_joint_cell_match_the_golden_files() {
    let m = march();
    let env = &m.env;
    let codes = m.codes();

    let csv = monthly(env, "csv", &[]);
    let json_text = monthly(env, "json", &[]);
    let md = monthly(env, "md", &[]);
    golden("monthly-vlas-2026-03.csv", &normalise(&csv, &codes));
    golden("monthly-vlas-2026-03.json", &normalise(&json_text, &codes));
    golden("monthly-vlas-2026-03.md", &normalise(&md, &codes));

    // Figures are anonymous: no case code in any view.
    for text in [&csv, &json_text, &md] {
        for code in &codes {
            assert!(!text.contains(code.as_str()), "{code} in:\n{text}");
        }
    }

    // By hand, with the default threshold 3. New cases: 5 = religious 2 + right_wing 1 +
    // anti_government 1 + mixed 1. Zeros are shown, so a hidden figure is at least 1: with the
    // total shown, each of the four would be 1 or 2, never 3 or more. So the total goes too.
    let figs = csv_figs(&csv, "VLAS", PERIOD, 3);
    assert!(fig(&figs, "", "cases_opened", "total").suppressed);
    assert!(fig(&figs, "", "cases_opened", "phenomenon=right_wing").suppressed);
    assert_eq!(val(&figs, "", "cases_opened", "phenomenon=left_wing"), 0);
    assert_eq!(val(&figs, LENDELEDE, "cases_opened", "total"), 0);
    // Kuurne's one new case is hidden, and so is Kortrijk's 4 (5 = 4 + 1 + 0).
    assert_eq!(fig(&figs, KUURNE, "cases_opened", "total").shown, "");
    assert!(fig(&figs, KUURNE, "cases_opened", "total").suppressed);
    assert!(fig(&figs, KORTRIJK, "cases_opened", "total").suppressed);
    assert!(fig(&figs, "", "meetings_held", "total").suppressed);
    // A rate is not a count: it is shown.
    assert_eq!(val(&figs, "", "attendance_rate_pct", "total"), 67);
    assert_eq!(
        fig(&figs, KORTRIJK, "cases_opened", "total").municipality,
        "Kortrijk"
    );
    assert_eq!(fig(&figs, "", "cases_opened", "total").municipality, "all");
    assert_no_lone_hidden(&figs);
    assert_shown_groups_add_up(&figs);

    // Every measure of the issue is there for the cell, and per municipality.
    for measure in [
        "cases_opened",
        "cases_closed",
        "cases_declined",
        "cases_active",
        "reviews_done",
        "reviews_overdue",
        "actions_created",
        "actions_done",
        "actions_overdue",
        "referrals_in",
        "referrals_out",
        "feedback_forms_sent",
    ] {
        for nis in ["", KORTRIJK, KUURNE, LENDELEDE] {
            fig(&figs, nis, measure, "total");
        }
    }
    for dim in [
        "phenomenon=religious",
        "age_band=12_17",
        "source=partner",
        "status=follow_up",
    ] {
        fig(&figs, "", "cases_active", dim);
    }
    fig(&figs, "", "meetings_held", "total");

    // Without suppression every figure is the one we built.
    let all = csv_figs(
        &monthly(env, "csv", &["--suppress-below", "1"]),
        "VLAS",
        PERIOD,
        1,
    );
    assert!(all.iter().all(|f| !f.suppressed));
    let expected: &[(&str, &str, &str, i64)] = &[
        ("", "cases_opened", "total", 5),
        (KORTRIJK, "cases_opened", "total", 4),
        (KUURNE, "cases_opened", "total", 1),
        (LENDELEDE, "cases_opened", "total", 0),
        ("", "cases_opened", "phenomenon=religious", 2),
        ("", "cases_opened", "phenomenon=right_wing", 1),
        ("", "cases_opened", "phenomenon=anti_government", 1),
        ("", "cases_opened", "phenomenon=mixed", 1),
        ("", "cases_opened", "age_band=18_24", 2),
        ("", "cases_opened", "age_band=25_plus", 2),
        ("", "cases_opened", "age_band=12_17", 1),
        ("", "cases_opened", "source=partner", 3),
        ("", "cases_opened", "source=municipal_service", 1),
        ("", "cases_opened", "source=citizen_or_family", 1),
        ("", "cases_closed", "total", 1),
        (LENDELEDE, "cases_closed", "close_reason=moved_away", 1),
        ("", "cases_declined", "total", 1),
        (KUURNE, "cases_declined", "total", 1),
        ("", "cases_active", "total", 7),
        (KORTRIJK, "cases_active", "total", 6),
        (KUURNE, "cases_active", "total", 1),
        (LENDELEDE, "cases_active", "total", 0),
        ("", "cases_active", "status=signal", 5),
        ("", "cases_active", "status=follow_up", 2),
        ("", "cases_active", "phenomenon=religious", 4),
        ("", "reviews_done", "total", 1),
        ("", "reviews_overdue", "total", 1),
        ("", "actions_created", "total", 1),
        ("", "actions_done", "total", 1),
        ("", "actions_overdue", "total", 1),
        ("", "referrals_in", "total", 1),
        ("", "referrals_out", "total", 1),
        ("", "feedback_forms_sent", "total", 1),
        (KORTRIJK, "feedback_forms_sent", "total", 1),
        ("", "meetings_held", "total", 1),
        ("", "attendance_rate_pct", "total", 67),
    ];
    for (nis, measure, dim, value) in expected {
        assert_eq!(
            val(&all, nis, measure, dim),
            *value,
            "{nis:?} {measure} {dim}"
        );
    }
    // Unsuppressed, every group adds up exactly.
    assert_shown_groups_add_up(&all);

    // The md report is in the cell's language (Dutch for VLAS) and names the threshold.
    assert!(md.contains("Maandcijfers maart 2026"), "{md}");
    assert!(md.contains("## Hele cel"), "{md}");
    assert!(md.contains("## Kuurne (34023)"), "{md}");
    assert!(md.contains("| Nieuwe casussen |  | x |"), "{md}");
    assert!(md.contains("x = verborgen: een klein aantal"), "{md}");
    assert!(!md.contains("<3"), "{md}");
}

#[test]
fn monthly_md_is_in_the_cells_language() {
    let env = Env::new();
    env.ok(&[
        "cell",
        "add",
        "LIEGE",
        "--name",
        "CSIL-R Liège",
        "--municipality",
        "Liège",
        "--established",
        "2024-01-01",
    ]);
    for on in ["2026-10-05", "2026-10-06", "2026-10-07"] {
        open(&env, "Liège", "religious", "18_24", "partner", on, &[]);
    }
    let md = env.ok(&["export", "monthly", "--month", "2026-10", "--format", "md"]);
    for phrase in [
        "Chiffres du mois",
        "Cellule entière",
        "| Nouveaux cas |  | 3 |",
    ] {
        assert!(md.contains(phrase), "{phrase:?} missing in:\n{md}");
    }
    assert!(!md.contains("Nieuwe casussen"), "{md}");
}

#[test]
fn monthly_csv_has_the_eight_columns_and_agrees_with_the_json() {
    let m = march();
    let env = &m.env;
    for k in [3, 1] {
        let flag = k.to_string();
        let csv = monthly(env, "csv", &["--suppress-below", &flag]);
        let value = json(&monthly(env, "json", &["--suppress-below", &flag]));
        let from_csv = csv_figs(&csv, "VLAS", PERIOD, k);
        let from_json = json_figs(&value, k);
        assert_eq!(value["cell"], "VLAS");
        assert_eq!(value["period"], PERIOD);
        assert_eq!(value["suppress_below"], k);
        let stamp = value["generated_at"].as_str().expect("generated_at");
        assert!(
            stamp.starts_with("2026-04-15T") && stamp.ends_with('Z'),
            "{stamp}"
        );
        // Same rows, in the same order, with the same values and suppressed flags.
        assert_eq!(from_csv.len(), from_json.len());
        for (c, j) in from_csv.iter().zip(&from_json) {
            assert_eq!(c, j);
        }
        // No figure twice.
        let keys: BTreeSet<_> = from_csv.iter().map(Fig::key).collect();
        assert_eq!(keys.len(), from_csv.len(), "a figure appears twice");
        // The per-municipality rows add up to the cell rows where nothing is hidden.
        for cell_fig in from_csv.iter().filter(|f| f.nis.is_empty()) {
            let parts: Vec<&Fig> = from_csv
                .iter()
                .filter(|f| {
                    !f.nis.is_empty()
                        && f.measure == cell_fig.measure
                        && f.dimension == cell_fig.dimension
                })
                .collect();
            if cell_fig.measure == "meetings_held" || cell_fig.measure == "attendance_rate_pct" {
                assert!(parts.is_empty(), "{cell_fig:?} is a cell measure");
                continue;
            }
            assert_eq!(parts.len(), 3, "{cell_fig:?}: {parts:?}");
            let values: Option<Vec<i64>> = parts.iter().map(|f| f.value()).collect();
            if let (Some(total), Some(values)) = (cell_fig.value(), values) {
                assert_eq!(values.iter().sum::<i64>(), total, "{cell_fig:?}: {parts:?}");
            }
        }
        assert_shown_groups_add_up(&from_csv);
        assert_no_lone_hidden(&from_csv);
    }
    // Quoting: a municipality name with a comma or quote would still parse; the names here are
    // plain, and every row has exactly eight fields (checked by csv_figs).
}

// ---------------------------------------------------------------------------------------------
// Suppression
// ---------------------------------------------------------------------------------------------

/// Every number in a markdown table cell, with its row.
fn md_cells(md: &str) -> Vec<(String, String)> {
    md.lines()
        .filter(|l| l.starts_with('|'))
        .flat_map(|l| {
            l.split('|')
                .map(|c| (c.trim().to_string(), l.to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Every value in a JSON document (recursively), as text.
fn json_values(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| json_values(x, out)),
        Value::Object(o) => o.values().for_each(|x| json_values(x, out)),
        other => out.push(other.to_string()),
    }
}

#[test]
fn one_case_in_a_municipality_shows_as_below_three_in_every_view_of_that_month() {
    let mut env = Env::empty();
    env.today = "2026-01-01".into();
    env.ok(&["init", "--plain"]);
    vlas_cell(&env, &[]);
    env.today = EXPORT_DAY.into();
    let code = open(
        &env,
        "Kuurne",
        "right_wing",
        "12_17",
        "partner",
        "2026-03-10",
        &[],
    );

    // CSV.
    let csv = monthly(&env, "csv", &[]);
    let figs = csv_figs(&csv, "VLAS", PERIOD, 3);
    for (nis, measure, dim) in [
        (KUURNE, "cases_opened", "total"),
        (KUURNE, "cases_opened", "phenomenon=right_wing"),
        (KUURNE, "cases_active", "total"),
        (KUURNE, "cases_active", "status=signal"),
        ("", "cases_opened", "total"),
        ("", "cases_active", "age_band=12_17"),
    ] {
        let f = fig(&figs, nis, measure, dim);
        assert_eq!(f.shown, "", "{f:?}");
        assert!(f.suppressed, "{f:?}");
    }
    assert!(figs.iter().all(|f| f.shown != "1"), "a 1 is shown:\n{csv}");
    assert_no_lone_hidden(&figs);

    // JSON.
    let value = json(&monthly(&env, "json", &[]));
    let jf = json_figs(&value, 3);
    assert!(fig(&jf, KUURNE, "cases_opened", "total").suppressed);
    assert!(
        value["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["value"] != 1),
        "a 1 is shown in the JSON"
    );

    // md.
    let md = monthly(&env, "md", &[]);
    assert!(md.contains("## Kuurne (34023)"), "{md}");
    let kuurne = md.split("## Kuurne (34023)").nth(1).unwrap();
    assert!(kuurne.contains("| Nieuwe casussen |  | x |"), "{md}");
    for (cell, line) in md_cells(&md) {
        assert_ne!(cell, "1", "a 1 is shown in the md report: {line}");
    }

    // The annual report of the year.
    let annual = json(&env.ok(&["report", "annual", "--year", "2026", "--format", "json"]));
    assert_eq!(annual["months"][2]["month"], PERIOD);
    for figure in [
        &annual["months"][2]["cases_opened"],
        &annual["totals"]["cases_opened"],
        &annual["totals"]["cases_active"],
    ] {
        assert_eq!(figure["suppressed"], true, "{annual}");
        assert_eq!(figure["value"], Value::Null, "{annual}");
    }
    let mut values = Vec::new();
    json_values(&annual, &mut values);
    assert!(
        !values.iter().any(|v| v == "1"),
        "a 1 is shown in the annual report: {annual}"
    );
    for format in ["md", "html"] {
        let text = env.ok(&["report", "annual", "--year", "2026", "--format", format]);
        assert!(text.contains("| x |") || text.contains(">x<"), "{text}");
        assert!(!text.contains("<3") && !text.contains("&lt;3"), "{text}");
        assert!(!text.contains("| 1 |"), "{text}");
        assert!(!text.contains(">1<"), "{text}");
        assert!(!text.contains(&code), "{text}");
    }
}

/// KORT with five cases opened in October 2026: 4 religious and 1 right_wing, all 18_24 and
/// from a partner.
fn five_cases() -> Env {
    let env = Env::new();
    kort_cell(&env);
    for (phenomenon, on) in [
        ("religious", "2026-10-01"),
        ("religious", "2026-10-02"),
        ("religious", "2026-10-03"),
        ("religious", "2026-10-04"),
        ("right_wing", "2026-10-05"),
    ] {
        open(&env, "Kortrijk", phenomenon, "18_24", "partner", on, &[]);
    }
    env
}

fn october(env: &Env, extra: &[&str]) -> String {
    let mut args = vec!["export", "monthly", "--month", "2026-10"];
    args.extend_from_slice(extra);
    env.ok(&args)
}

#[test]
fn a_lone_small_member_of_a_breakdown_takes_another_with_it() {
    let env = five_cases();
    let figs = csv_figs(&october(&env, &[]), "KORT", "2026-10", 3);
    // One cell only: no per-municipality rows.
    assert!(
        figs.iter()
            .all(|f| f.nis.is_empty() && f.municipality == "all")
    );
    // 5 = 4 + 1: the 1 is hidden, and so is the 4; the total stays.
    assert_eq!(val(&figs, "", "cases_opened", "total"), 5);
    let right = fig(&figs, "", "cases_opened", "phenomenon=right_wing");
    assert!(right.suppressed && right.shown.is_empty(), "{right:?}");
    let religious = fig(&figs, "", "cases_opened", "phenomenon=religious");
    assert!(religious.suppressed, "{religious:?}");
    // Other breakdowns hold no small count: shown.
    assert_eq!(val(&figs, "", "cases_opened", "age_band=18_24"), 5);
    assert_eq!(val(&figs, "", "cases_opened", "source=partner"), 5);
    assert_eq!(val(&figs, "", "cases_opened", "phenomenon=left_wing"), 0);
    assert_eq!(val(&figs, "", "cases_active", "total"), 5);
    assert!(fig(&figs, "", "cases_active", "phenomenon=right_wing").suppressed);
    assert!(fig(&figs, "", "cases_active", "phenomenon=religious").suppressed);
    assert_no_lone_hidden(&figs);

    // The same in the JSON and the md report.
    let jf = json_figs(&json(&october(&env, &["--format", "json"])), 3);
    assert_eq!(jf, figs);
    let md = october(&env, &["--format", "md"]);
    assert!(
        md.contains("| Nieuwe casussen | extreemrechts | x |"),
        "{md}"
    );
    assert!(
        md.contains("| Nieuwe casussen | religieus geïnspireerd | x |"),
        "{md}"
    );
    assert!(md.contains("| Nieuwe casussen |  | 5 |"), "{md}");

    // In the joint cell of the March dataset, 5 = Kortrijk 4 + Kuurne 1 + Lendelede 0 for the
    // new cases: see monthly_figures_of_a_joint_cell_match_the_golden_files.
}

#[test]
fn suppress_below_one_shows_everything_and_the_configs_threshold_is_the_default() {
    let env = five_cases();
    let all = csv_figs(
        &october(&env, &["--suppress-below", "1"]),
        "KORT",
        "2026-10",
        1,
    );
    assert!(all.iter().all(|f| !f.suppressed));
    assert_eq!(val(&all, "", "cases_opened", "phenomenon=religious"), 4);
    assert_eq!(val(&all, "", "cases_opened", "phenomenon=right_wing"), 1);
    let value = json(&october(
        &env,
        &["--suppress-below", "1", "--format", "json"],
    ));
    assert_eq!(value["suppress_below"], 1);
    assert!(json_figs(&value, 1).iter().all(|f| !f.suppressed));

    // The config's suppress_below is the default.
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "suppress_below = 5\n").unwrap();
    let figs = csv_figs(&october(&env, &[]), "KORT", "2026-10", 5);
    // 5 is not below 5, but 5 = 4 + 1 with both hidden would leave each at most 4, short of
    // K = 5; and with the total hidden, the age band 18_24 (the only non-zero one) and the
    // source `partner` would still give it. So every non-zero figure of the month is hidden.
    for dim in [
        "total",
        "phenomenon=religious",
        "phenomenon=right_wing",
        "age_band=18_24",
        "source=partner",
    ] {
        assert!(fig(&figs, "", "cases_opened", dim).suppressed, "{dim}");
    }
    assert_eq!(val(&figs, "", "cases_opened", "age_band=12_17"), 0);
    assert_no_lone_hidden(&figs);
    assert_eq!(
        json(&october(&env, &["--format", "json"]))["suppress_below"],
        5
    );
    let md = october(&env, &["--format", "md"]);
    assert!(md.contains("| x |"), "{md}");
    assert!(
        md.contains("kleiner dan 5") || md.contains("minder dan 5"),
        "{md}"
    );
    assert!(!md.contains("<5") && !md.contains("<3"), "{md}");
    let annual = json(&env.ok(&["report", "annual", "--year", "2026", "--format", "json"]));
    assert_eq!(annual["suppress_below"], 5);
    assert_eq!(annual["months"][9]["cases_opened"]["value"], Value::Null);
    assert_eq!(annual["months"][9]["cases_opened"]["suppressed"], true);

    // The flag wins over the config: with K = 2 the 1 is hidden and the 4 with it (each then
    // 1 to 4), and the total stays.
    let figs = csv_figs(
        &october(&env, &["--suppress-below", "2"]),
        "KORT",
        "2026-10",
        2,
    );
    assert!(fig(&figs, "", "cases_opened", "phenomenon=right_wing").suppressed);
    assert!(fig(&figs, "", "cases_opened", "phenomenon=religious").suppressed);
    assert_eq!(val(&figs, "", "cases_opened", "total"), 5);
}

#[test]
fn two_hidden_members_cannot_be_recovered_from_their_sum() {
    // KORT, October 2026: 5 new cases, 3 from a partner, 1 from a municipal service, 1 from a
    // citizen or family. Were it to show total 5, partner 3 and two hidden: 5 - 3 = 2 shared by
    // two hidden counts that are not 0 (a 0 is printed as 0), so each is exactly 1.
    let env = Env::new();
    kort_cell(&env);
    for (source, on) in [
        ("partner", "2026-10-01"),
        ("partner", "2026-10-02"),
        ("partner", "2026-10-03"),
        ("municipal_service", "2026-10-04"),
        ("citizen_or_family", "2026-10-05"),
    ] {
        open(&env, "Kortrijk", "religious", "18_24", source, on, &[]);
    }
    let figs = csv_figs(&october(&env, &[]), "KORT", "2026-10", 3);
    assert_no_lone_hidden(&figs);
    for (total, members) in groups(&figs) {
        let Some(t) = figs[total].value() else {
            continue;
        };
        let shown: i64 = members.iter().filter_map(|i| figs[*i].value()).sum();
        let hidden: Vec<&Fig> = members
            .iter()
            .map(|i| &figs[*i])
            .filter(|f| f.suppressed)
            .collect();
        assert!(
            hidden.is_empty() || t - shown != hidden.len() as i64,
            "every hidden member of the group of {:?} is 1: total {t}, shown members sum to \
             {shown}, {} hidden: {hidden:?}",
            figs[total],
            hidden.len()
        );
    }
}

#[test]
fn a_hidden_month_of_the_annual_report_cannot_be_recovered_with_the_monthly_exports() {
    let env = Env::new();
    kort_cell(&env);
    for on in [
        "2025-01-10",
        "2025-02-03",
        "2025-02-05",
        "2025-02-07",
        "2025-02-09",
    ] {
        open(&env, "Kortrijk", "religious", "18_24", "partner", on, &[]);
    }
    let annual = json(&env.ok(&["report", "annual", "--year", "2025", "--format", "json"]));
    assert_eq!(annual_figure(&annual["months"][0]["cases_opened"]), None);
    // Every month's own export, as a script on the 1st of each month would have written it.
    let mut known = 0;
    let mut hidden = Vec::new();
    for month in 1..=12 {
        let period = format!("2025-{month:02}");
        let figs = csv_figs(
            &env.ok(&["export", "monthly", "--month", &period]),
            "KORT",
            &period,
            3,
        );
        match fig(&figs, "", "cases_opened", "total").value() {
            Some(v) => known += v,
            None => hidden.push(period),
        }
    }
    // January alone is hidden: the year total (5) would give it, so the year gives way.
    assert_eq!(hidden, ["2025-01"]);
    assert_eq!(annual_figure(&annual["totals"]["cases_opened"]), None);
    if let Some(total) = annual_figure(&annual["totals"]["cases_opened"]) {
        assert!(
            hidden.len() != 1,
            "the year total {total} minus the shown months ({known}) gives {} = {} new case(s)",
            hidden[0],
            total - known
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Which month
// ---------------------------------------------------------------------------------------------

#[test]
fn month_last_on_the_first_of_january_is_december_of_the_year_before() {
    let mut env = Env::new();
    kort_cell(&env);
    open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        "partner",
        "2026-11-02",
        &[],
    );
    env.today = "2027-01-01".into();
    let last = env.ok(&["export", "monthly", "--month", "last"]);
    csv_figs(&last, "KORT", "2026-12", 3);
    // `last` is the default.
    assert_eq!(env.ok(&["export", "monthly"]), last);
    let value = json(&env.ok(&["export", "monthly", "--month", "last", "--format", "json"]));
    assert_eq!(value["period"], "2026-12");
    let md = env.ok(&["export", "monthly", "--month", "last", "--format", "md"]);
    assert!(md.contains("december 2026"), "{md}");
    // `this` is January.
    csv_figs(
        &env.ok(&["export", "monthly", "--month", "this"]),
        "KORT",
        "2027-01",
        3,
    );
    // With --out DIR the file is named for December.
    let dir = env.path("out");
    std::fs::create_dir_all(&dir).unwrap();
    env.ok(&[
        "export",
        "monthly",
        "--month",
        "last",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(dir.join("livcr-KORT-2026-12.csv").exists());
    // An impossible month is refused and names the value.
    for bad in ["2026-13", "2026-00", "12-2026", "december"] {
        let err = env.refused(&["export", "monthly", "--month", bad]);
        assert!(err.contains(bad), "{err}");
    }
}

// ---------------------------------------------------------------------------------------------
// Purge keeps the figures
// ---------------------------------------------------------------------------------------------

/// Every view of a month that must not change: CSV and JSON, suppressed and not.
fn views(env: &Env, months: &[&str]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for month in months {
        for extra in [
            &["--format", "csv"][..],
            &["--format", "csv", "--suppress-below", "1"][..],
            &["--format", "json"][..],
            &["--format", "md", "--suppress-below", "1"][..],
        ] {
            let mut args = vec!["export", "monthly", "--month", month];
            args.extend_from_slice(extra);
            out.push((format!("{month} {extra:?}"), env.ok(&args)));
        }
    }
    let annual = env.ok(&[
        "report",
        "annual",
        "--year",
        "2026",
        "--format",
        "json",
        "--suppress-below",
        "1",
    ]);
    out.push(("annual 2026".into(), annual));
    out
}

#[test]
fn a_past_months_figures_do_not_change_when_its_cases_are_purged() {
    let mut env = Env::empty();
    env.today = "2026-01-01".into();
    env.ok(&["init", "--plain"]);
    let members = vlas(&env, &["--retention-months", "1"]);
    env.today = "2026-03-25".into();
    // P1: Kortrijk, followed, reviewed, an action done, a referral in, closed on 2026-02-10.
    let p1 = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        "partner",
        "2026-01-10",
        &["--summary", SUMMARY],
    );
    to_follow_up(&env, &p1, "2026-01-12", members.chair);
    env.ok(&["case", "review", &p1, "--on", "2026-01-25"]);
    let action = id(
        &env,
        &[
            "action",
            "add",
            &p1,
            "--org",
            "CAW",
            "--due",
            "2026-01-30",
            "--on",
            "2026-01-15",
            ACTION_TEXT,
        ],
    );
    env.ok(&["action", "done", &action.to_string(), "--on", "2026-01-28"]);
    env.ok(&["referral", "in", "--case", &p1, "--received", "2026-01-20"]);
    env.ok(&[
        "case",
        "close",
        &p1,
        "--reason",
        "goals_reached",
        "--on",
        "2026-02-10",
    ]);
    // P2: Kuurne, declined on 2026-02-05.
    let p2 = open(
        &env,
        "Kuurne",
        "right_wing",
        "12_17",
        "partner",
        "2026-01-20",
        &[],
    );
    env.ok(&[
        "case",
        "move",
        &p2,
        "--to",
        "declined",
        "--on",
        "2026-02-05",
    ]);
    // P3: Kortrijk, screened, declined on 2026-02-20.
    let p3 = open(
        &env,
        "Kortrijk",
        "mixed",
        "25_plus",
        "municipal_service",
        "2026-02-03",
        &[],
    );
    env.ok(&[
        "case",
        "move",
        &p3,
        "--to",
        "screening",
        "--on",
        "2026-02-04",
    ]);
    env.ok(&[
        "case",
        "move",
        &p3,
        "--to",
        "declined",
        "--on",
        "2026-02-20",
    ]);
    // K: Lendelede, still open: it stays.
    let kept_case = open(
        &env,
        "Lendelede",
        "left_wing",
        "18_24",
        "other",
        "2026-01-12",
        &[],
    );

    env.today = EXPORT_DAY.into();
    let months = ["2026-01", "2026-02", "2026-03"];
    let before = views(&env, &months);
    // The figures are the ones built (January, unsuppressed).
    let jan = csv_figs(&before[1].1, "VLAS", "2026-01", 1);
    assert_eq!(val(&jan, "", "cases_opened", "total"), 3);
    assert_eq!(val(&jan, KORTRIJK, "cases_opened", "total"), 1);
    assert_eq!(val(&jan, "", "reviews_done", "total"), 1);
    assert_eq!(val(&jan, "", "actions_done", "total"), 1);
    assert_eq!(val(&jan, "", "referrals_in", "total"), 1);
    let feb = csv_figs(&before[5].1, "VLAS", "2026-02", 1);
    assert_eq!(val(&feb, "", "cases_closed", "total"), 1);
    assert_eq!(val(&feb, "", "cases_declined", "total"), 2);
    assert_eq!(val(&feb, "", "cases_active", "total"), 1);

    let out = env.run(&["purge", "--yes"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("purged 3 cases"), "{}", out.stderr);
    for code in [&p1, &p2, &p3] {
        assert_eq!(
            count(
                &env,
                &format!("SELECT count(*) FROM case_file WHERE code = '{code}'")
            ),
            0
        );
    }
    assert_eq!(
        count(
            &env,
            &format!("SELECT count(*) FROM case_file WHERE code = '{kept_case}'")
        ),
        1
    );
    assert!(count(&env, "SELECT count(*) FROM kept_count") > 0);

    let after = views(&env, &months);
    for ((what, b), (_, a)) in before.iter().zip(&after) {
        assert_eq!(b, a, "{what} changed with the purge");
    }
    // The texts are gone from every view (they never were in any).
    for (_, text) in &after {
        assert!(!text.contains(SUMMARY) && !text.contains(ACTION_TEXT));
    }
}

#[test]
fn purge_does_not_change_the_months_after_a_closure_with_an_open_action() {
    let mut env = Env::empty();
    env.today = "2026-01-01".into();
    env.ok(&["init", "--plain"]);
    env.ok(&[
        "cell",
        "add",
        "KORT",
        "--name",
        "LIVC-R Kortrijk",
        "--municipality",
        "Kortrijk",
        "--established",
        "2024-01-01",
        "--retention-months",
        "1",
    ]);
    env.ok(&["org", "add", "CAW", "--sector", "caw"]);
    env.today = "2026-02-20".into();
    let code = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        "partner",
        "2026-01-10",
        &[],
    );
    // An action that is never done, then the case is declined (purge due 2026-03-10).
    id(
        &env,
        &[
            "action",
            "add",
            &code,
            "--org",
            "CAW",
            "--due",
            "2026-01-20",
            "--on",
            "2026-01-12",
            "Gesprek",
        ],
    );
    env.ok(&[
        "case",
        "move",
        &code,
        "--to",
        "declined",
        "--on",
        "2026-02-10",
    ]);
    env.today = "2026-05-02".into();
    let months = ["2026-01", "2026-02", "2026-03", "2026-04"];
    let export = |env: &Env, month: &str| {
        env.ok(&[
            "export",
            "monthly",
            "--month",
            month,
            "--suppress-below",
            "1",
        ])
    };
    let before: Vec<String> = months.iter().map(|m| export(&env, m)).collect();
    env.ok(&["purge", "--yes"]);
    for (month, b) in months.iter().zip(&before) {
        let a = export(&env, month);
        let (fb, fa) = (
            csv_figs(b, "KORT", month, 1),
            csv_figs(&a, "KORT", month, 1),
        );
        for (x, y) in fb.iter().zip(&fa) {
            assert_eq!(x, y, "{month}: the purge changed a figure");
        }
    }
}

#[test]
fn a_reopened_case_does_not_rewrite_the_close_reason_of_a_past_month() {
    let mut env = Env::empty();
    env.today = "2026-01-01".into();
    env.ok(&["init", "--plain"]);
    kort_cell(&env);
    env.ok(&["org", "add", "Stad Kortrijk", "--sector", "municipality"]);
    let mayor = member(&env, MAYOR_KORTRIJK);
    env.today = "2026-05-10".into();
    let code = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        "partner",
        "2026-01-10",
        &[],
    );
    to_follow_up(&env, &code, "2026-01-11", mayor);
    env.ok(&[
        "case",
        "close",
        &code,
        "--reason",
        "goals_reached",
        "--on",
        "2026-02-10",
    ]);
    let feb = |env: &Env| {
        env.ok(&[
            "export",
            "monthly",
            "--month",
            "2026-02",
            "--suppress-below",
            "1",
        ])
    };
    let before = feb(&env);
    assert_eq!(
        val(
            &csv_figs(&before, "KORT", "2026-02", 1),
            "",
            "cases_closed",
            "close_reason=goals_reached"
        ),
        1
    );
    let by = mayor.to_string();
    env.ok(&[
        "case",
        "reopen",
        &code,
        "--on",
        "2026-03-05",
        "--decided-by",
        &by,
    ]);
    env.ok(&[
        "case",
        "close",
        &code,
        "--reason",
        "moved_away",
        "--on",
        "2026-04-05",
    ]);
    // February's closure was for goals reached, whatever happened in April.
    let after = csv_figs(&feb(&env), "KORT", "2026-02", 1);
    for reason in ["goals_reached", "moved_away"] {
        let dim = format!("close_reason={reason}");
        assert_eq!(
            val(&after, "", "cases_closed", &dim),
            val(
                &csv_figs(&before, "KORT", "2026-02", 1),
                "",
                "cases_closed",
                &dim
            ),
            "February's {dim} changed after a reopen in March and a closure in April"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// --out DIR: the file, its manifest, the audit log
// ---------------------------------------------------------------------------------------------

/// VLAS with three cases opened in October 2026 (today is 2026-11-30).
fn october_cell() -> Env {
    let env = Env::new();
    vlas_cell(&env, &[]);
    for (muni, on) in [
        ("Kortrijk", "2026-10-01"),
        ("Kortrijk", "2026-10-08"),
        ("Kuurne", "2026-10-15"),
    ] {
        open(&env, muni, "religious", "18_24", "partner", on, &[]);
    }
    env
}

#[test]
fn out_dir_writes_a_private_named_file_with_a_manifest_and_an_audit_row() {
    let env = october_cell();
    let dir = env.path("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let d = dir.to_str().unwrap();
    for format in ["csv", "json", "md"] {
        let printed = env.ok(&[
            "export", "monthly", "--month", "2026-10", "--format", format,
        ]);
        let out = env.run(&[
            "--as",
            "Secretariaat",
            "export",
            "monthly",
            "--month",
            "2026-10",
            "--format",
            format,
            "--out",
            d,
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(out.stdout, "", "the figures go to the file only");
        let name = format!("livcr-VLAS-2026-10.{format}");
        let file = dir.join(&name);
        assert!(out.stderr.contains(&name), "{}", out.stderr);
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(mode(&file), 0o600, "{name}");
        // The file holds what the command prints.
        assert_eq!(String::from_utf8(bytes.clone()).unwrap(), printed, "{name}");

        let manifest_path = dir.join(format!("{name}.manifest.json"));
        assert_eq!(mode(&manifest_path), 0o600);
        let manifest = json(&std::fs::read_to_string(&manifest_path).unwrap());
        let hash = sha256_hex(&bytes);
        assert_eq!(manifest["sha256"], hash.as_str(), "{manifest}");
        assert_eq!(manifest["period"], "2026-10");
        assert_eq!(manifest["cell"], "VLAS");
        assert_eq!(manifest["format"], format);
        assert_eq!(manifest["file"], name.as_str());
        assert_eq!(manifest["generated_by"], "Secretariaat");
        assert!(
            manifest["what"]
                .as_str()
                .is_some_and(|w| w.contains("monthly")),
            "{manifest}"
        );
        assert!(
            manifest["generated_at"]
                .as_str()
                .is_some_and(|s| s.starts_with("2026-11-30T")),
            "{manifest}"
        );

        // The audit log has the export, with the file's hash.
        let rows = audit_rows(&env, "export", "monthly", "2026-10");
        let last = rows.last().expect("an audit row for the export");
        assert!(last.contains(&hash), "{last}");
        assert!(last.contains(format), "{last}");
    }
    let actor: String = env
        .db()
        .query_row(
            "SELECT actor FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(actor, "Secretariaat");
    env.ok(&["audit", "verify"]);

    // Nothing else in the folder: no temporary file left behind.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "livcr-VLAS-2026-10.csv",
            "livcr-VLAS-2026-10.csv.manifest.json",
            "livcr-VLAS-2026-10.json",
            "livcr-VLAS-2026-10.json.manifest.json",
            "livcr-VLAS-2026-10.md",
            "livcr-VLAS-2026-10.md.manifest.json",
        ]
    );

    // An existing file readable by others is replaced by a private one.
    let file = dir.join("livcr-VLAS-2026-10.csv");
    std::fs::write(&file, "old").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.ok(&["export", "monthly", "--month", "2026-10", "--out", d]);
    assert_eq!(mode(&file), 0o600);
    assert_ne!(std::fs::read_to_string(&file).unwrap(), "old");

    // --out FILE: that very file, with its manifest beside it.
    let custom = env.path("oktober.csv");
    env.ok(&[
        "export",
        "monthly",
        "--month",
        "2026-10",
        "--out",
        custom.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&custom).unwrap();
    assert_eq!(mode(&custom), 0o600);
    let manifest = json(&std::fs::read_to_string(env.path("oktober.csv.manifest.json")).unwrap());
    assert_eq!(manifest["sha256"], sha256_hex(&bytes).as_str());
}

// ---------------------------------------------------------------------------------------------
// export cases | meetings | actions
// ---------------------------------------------------------------------------------------------

fn export_disclosures(env: &Env) -> i64 {
    count(
        env,
        "SELECT count(*) FROM disclosure WHERE what LIKE 'export%'",
    )
}

#[test]
fn export_cases_holds_no_free_text_unless_with_text_which_is_registered() {
    let m = march();
    let env = &m.env;
    assert_eq!(export_disclosures(env), 0);

    let csv = env.ok(&["export", "cases"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert!(!headers.iter().any(|h| h == "summary"), "{headers:?}");
    for col in [
        "code",
        "status",
        "municipality_nis",
        "phenomenon",
        "age_band",
    ] {
        assert!(
            headers.iter().any(|h| h == col),
            "{col} missing: {headers:?}"
        );
    }
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    // Every case, closed and declined ones included.
    assert_eq!(records.len(), m.codes().len(), "{csv}");
    for code in m.codes() {
        assert!(csv.contains(&code), "{code} missing:\n{csv}");
    }
    assert!(!csv.contains(SUMMARY), "{csv}");
    let plain_json = env.ok(&["export", "cases", "--format", "json"]);
    assert!(!plain_json.contains(SUMMARY), "{plain_json}");
    let rows = json(&plain_json);
    let row_a = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == m.a.as_str())
        .expect("case A");
    assert!(row_a.get("summary").is_none(), "{row_a}");
    assert_eq!(row_a["status"], "follow_up");
    assert_eq!(row_a["municipality_nis"], KORTRIJK);
    assert_eq!(export_disclosures(env), 0, "no disclosure without text");
    // The export itself is in the audit log (without the text).
    let audit = audit_rows(env, "export", "cases", "standard output");
    assert_eq!(audit.len(), 2, "{audit:?}");
    assert!(audit.iter().all(|s| !s.contains(SUMMARY)));

    // --status.
    let declined = json(&env.ok(&[
        "export", "cases", "--status", "declined", "--format", "json",
    ]));
    let codes: Vec<&str> = declined
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, [m.b.as_str()]);

    // --with-text: the summary, and one row in the disclosure register.
    let with_text = env.ok(&["export", "cases", "--with-text", "--format", "json"]);
    assert!(with_text.contains(SUMMARY), "{with_text}");
    assert_eq!(export_disclosures(env), 1);
    let (what, hash): (String, String) = env
        .db()
        .query_row(
            "SELECT what, sha256 FROM disclosure WHERE what LIKE 'export%'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(what, "export_cases");
    assert_eq!(hash, sha256_hex(with_text.as_bytes()));
    let csv_text = env.ok(&["export", "cases", "--with-text"]);
    assert!(csv_text.contains(SUMMARY), "{csv_text}");
    assert_eq!(export_disclosures(env), 2);
    let audit = audit_rows(env, "export", "cases", "standard output");
    assert!(audit.iter().all(|s| !s.contains(SUMMARY)), "{audit:?}");

    // --out FILE: a private file holding what would be printed, and nothing on stdout.
    let file = env.path("cases.csv");
    let out = env.run(&["export", "cases", "--out", file.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    assert_eq!(mode(&file), 0o600);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), csv);
    assert_eq!(export_disclosures(env), 2, "no text, no disclosure");
    env.ok(&["audit", "verify"]);
}

#[test]
fn export_actions_by_status_and_meetings_as_json() {
    let m = march();
    let env = &m.env;
    // March dataset, today 2026-04-15: A's action done on 2026-03-18, F's overdue since 02-15.
    let overdue = json(&env.ok(&[
        "export", "actions", "--status", "overdue", "--format", "json",
    ]));
    let overdue = overdue.as_array().unwrap();
    assert_eq!(overdue.len(), 1, "{overdue:?}");
    assert_eq!(overdue[0]["case"], m.f.as_str());
    assert_eq!(overdue[0]["due_on"], "2026-02-15");
    assert_eq!(overdue[0]["overdue"], true);
    assert!(overdue[0]["done_on"].is_null());
    assert!(overdue[0].get("text").is_none(), "{:?}", overdue[0]);

    let done = json(&env.ok(&["export", "actions", "--status", "done", "--format", "json"]));
    let done = done.as_array().unwrap();
    assert_eq!(done.len(), 1, "{done:?}");
    assert_eq!(done[0]["case"], m.a.as_str());
    assert_eq!(done[0]["done_on"], "2026-03-18");

    let csv = env.ok(&["export", "actions", "--status", "overdue"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert!(!headers.iter().any(|h| h == "text"), "{headers:?}");
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 1, "{csv}");
    assert!(!csv.contains("Overleg met de school"), "{csv}");
    assert_eq!(export_disclosures(env), 0);

    let all = json(&env.ok(&["export", "actions", "--format", "json"]));
    assert_eq!(all.as_array().unwrap().len(), 2, "{all}");
    let with_text = env.ok(&["export", "actions", "--with-text", "--format", "json"]);
    assert!(with_text.contains("Overleg met de school"), "{with_text}");
    assert_eq!(export_disclosures(env), 1);

    // Meetings: one held, 4 present, 1 excused, 1 absent, one decided item.
    let meetings = json(&env.ok(&["export", "meetings", "--format", "json"]));
    let meetings = meetings.as_array().expect("a JSON array");
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    let mt = &meetings[0];
    assert_eq!(mt["id"].to_string(), m.meeting);
    assert_eq!(mt["date"], "2026-03-23");
    assert_eq!(mt["status"], "held");
    assert_eq!(mt["items"], 1);
    assert_eq!(mt["decided"], 1);
    assert_eq!(mt["present"], 4);
    assert_eq!(mt["excused"], 1);
    assert_eq!(mt["absent"], 1);
    let planned = json(&env.ok(&[
        "export", "meetings", "--status", "planned", "--format", "json",
    ]));
    assert_eq!(planned.as_array().unwrap().len(), 0);
    let csv = env.ok(&["export", "meetings"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.records().count(), 1, "{csv}");

    // Lists are CSV or JSON only.
    let err = env.usage_error(&["export", "cases", "--format", "md"]);
    assert!(err.contains("[possible values: csv, json]"), "{err}");
}

#[test]
fn a_failed_export_with_text_registers_nothing() {
    let m = march();
    let env = &m.env;
    let missing = env.path("no-such-folder/cases.csv");
    let audit_before = count(env, "SELECT count(*) FROM audit_log");
    let out = env.run(&[
        "export",
        "cases",
        "--with-text",
        "--out",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("no-such-folder"), "{}", out.stderr);
    assert!(!missing.exists());
    // Nothing left the cell, so nothing is in the disclosure register or the audit log.
    assert_eq!(
        export_disclosures(env),
        0,
        "a disclosure row for an export that failed"
    );
    assert_eq!(
        count(env, "SELECT count(*) FROM audit_log"),
        audit_before,
        "an audit row for an export that failed: {:?}",
        audit_rows(env, "export", "cases", missing.to_str().unwrap())
    );
}

// ---------------------------------------------------------------------------------------------
// report annual
// ---------------------------------------------------------------------------------------------

const FLOWS: &[&str] = &[
    "cases_opened",
    "cases_closed",
    "cases_declined",
    "reviews_done",
    "actions_created",
    "actions_done",
    "referrals_in",
    "referrals_out",
    "feedback_forms_sent",
    "meetings_held",
];

#[test]
fn annual_report_totals_are_the_sum_of_the_months() {
    let m = march();
    let env = &m.env;
    for k in ["3", "1"] {
        let report = json(&env.ok(&[
            "report",
            "annual",
            "--year",
            "2026",
            "--format",
            "json",
            "--suppress-below",
            k,
        ]));
        assert_eq!(report["cell"], "VLAS");
        assert_eq!(report["year"], 2026);
        assert_eq!(report["suppress_below"], k.parse::<i64>().unwrap());
        let months = report["months"].as_array().unwrap();
        // Today is 2026-04-15: January to April.
        let names: Vec<&str> = months
            .iter()
            .map(|m| m["month"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["2026-01", "2026-02", "2026-03", "2026-04"]);
        let at = |v: &Value| annual_figure(v);
        for measure in FLOWS {
            let total = at(&report["totals"][measure]);
            let values: Option<Vec<i64>> = months.iter().map(|m| at(&m[measure])).collect();
            if let (Some(total), Some(values)) = (total, values) {
                assert_eq!(values.iter().sum::<i64>(), total, "{measure}: {report}");
            } else {
                assert_ne!(k, "1", "nothing is hidden below 1: {measure}");
            }
            // A hidden month never stands alone beside a shown total.
            let hidden = months.iter().filter(|m| at(&m[measure]).is_none()).count();
            assert!(
                total.is_none() || hidden != 1,
                "{measure}: one hidden month beside a shown total: {report}"
            );
        }
        // A stock: the year shows the last month's state.
        assert_eq!(report["totals"]["cases_active"], months[3]["cases_active"]);
        if k == "1" {
            assert_eq!(at(&report["totals"]["cases_opened"]), Some(8));
            assert_eq!(at(&months[2]["cases_opened"]), Some(5));
            assert_eq!(at(&months[0]["cases_opened"]), Some(2));
            assert_eq!(at(&months[1]["cases_opened"]), Some(1));
            assert_eq!(at(&months[2]["meetings_held"]), Some(1));
            assert_eq!(at(&report["totals"]["cases_active"]), Some(7));
            assert_eq!(at(&report["totals"]["feedback_forms_sent"]), Some(1));
        } else {
            // Each month exactly as its export: March's 5 new cases are hidden there (see
            // monthly_figures_of_a_joint_cell_match_the_golden_files), January's 2 and
            // February's 1 are small.
            for month in &months[..3] {
                assert_eq!(at(&month["cases_opened"]), None, "{month}");
            }
            assert_eq!(at(&months[3]["cases_opened"]), Some(0));
        }
    }
    // The monthly export and the annual report agree on March.
    let figs = csv_figs(&monthly(env, "csv", &[]), "VLAS", PERIOD, 3);
    let report = json(&env.ok(&["report", "annual", "--year", "2026", "--format", "json"]));
    for (i, measure) in FLOWS.iter().enumerate() {
        let f = fig(&figs, "", measure, "total");
        assert_eq!(
            annual_figure(&report["months"][2][measure]),
            f.value(),
            "{i} {measure}"
        );
    }

    let md = env.ok(&["report", "annual", "--year", "2026"]);
    let html = env.ok(&["report", "annual", "--year", "2026", "--format", "html"]);
    for month in ["januari 2026", "februari 2026", "maart 2026", "april 2026"] {
        assert!(md.contains(month), "{month} missing in:\n{md}");
        assert!(html.contains(month), "{month} missing in:\n{html}");
    }
    assert!(!md.contains("mei 2026"), "{md}");
    assert!(md.contains("| x |"), "{md}");
    assert!(md.contains("x = verborgen"), "{md}");
    assert!(html.contains(">x<"), "{html}");
    assert!(html.contains("x = verborgen"), "{html}");
    assert!(!md.contains("<3") && !html.contains("&lt;3"), "{md}{html}");
    assert!(html.contains("<table"), "{html}");
    for code in m.codes() {
        assert!(!md.contains(&code) && !html.contains(&code));
    }
    // A year that has not begun.
    env.refused(&["report", "annual", "--year", "2027"]);
    // A past year has its twelve months.
    let past = json(&env.ok(&["report", "annual", "--year", "2025", "--format", "json"]));
    assert_eq!(past["months"].as_array().unwrap().len(), 12);
}

// ---------------------------------------------------------------------------------------------
// remind
// ---------------------------------------------------------------------------------------------

/// Every file of the database folder with its bytes.
fn db_files(env: &Env) -> BTreeMap<String, Vec<u8>> {
    let dir = env.db_path().parent().unwrap().to_path_buf();
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap_or_default(),
            )
        })
        .collect()
}

/// Runs `remind` with `args` and asserts it wrote nothing.
fn remind(env: &Env, args: &[&str]) -> common::Output {
    let before = (db_files(env), env.snapshot());
    let mut all = vec!["remind"];
    all.extend_from_slice(args);
    let out = env.run(&all);
    assert_eq!(
        (db_files(env), env.snapshot()),
        before,
        "livcr {all:?} changed the database"
    );
    out
}

fn assert_silent(out: &common::Output, what: &str) {
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", ""),
        "{what}: remind should be silent"
    );
}

/// KORT established 2026-06-01 with a complete composition (Kortrijk's mayor as chair, an IO
/// with a confirmed clearance, a prevention official, every declaration signed), CAW and CLB,
/// and one case in follow_up led by CAW, reviewed on 2026-11-20, next review 2027-03-01.
/// Returns the case code.
fn quiet_cell(env: &Env) -> String {
    env.ok(&[
        "cell",
        "add",
        "KORT",
        "--name",
        "LIVC-R Kortrijk",
        "--municipality",
        "Kortrijk",
        "--established",
        "2026-06-01",
    ]);
    for (name, sector) in [
        ("Stad Kortrijk", "municipality"),
        ("Politiezone Vlas", "local_police"),
        ("CAW Zuid-West-Vlaanderen", "caw"),
        ("CLB Kortrijk", "clb"),
    ] {
        env.ok(&["org", "add", name, "--sector", sector]);
    }
    let from = "2026-06-01";
    let mayor = member_from(env, MAYOR_KORTRIJK, from);
    let chair = member_from(env, CHAIR, from);
    assert_eq!(chair, mayor);
    let io = member_from(env, IO, from);
    let prevention = member_from(env, PREVENTION, from);
    for m in [mayor, io, prevention] {
        env.ok(&[
            "member",
            "declare",
            &m.to_string(),
            "--signed",
            "2026-06-01",
        ]);
    }
    env.ok(&[
        "member",
        "clearance",
        &io.to_string(),
        "--confirmed",
        "2026-06-01",
    ]);
    let code = open(
        env,
        "Kortrijk",
        "religious",
        "18_24",
        "partner",
        "2026-10-01",
        &[],
    );
    to_follow_up(env, &code, "2026-10-02", chair);
    env.ok(&["case", "lead", &code, "--org", "CAW"]);
    env.ok(&[
        "case",
        "review",
        &code,
        "--on",
        "2026-11-20",
        "--next",
        "2027-03-01",
    ]);
    code
}

#[test]
fn remind_is_silent_on_a_cell_without_members_or_cases() {
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
    assert_silent(&remind(&env, &[]), "no members, no cases");
    assert_silent(&remind(&env, &["--fail-if-due"]), "--fail-if-due");
    assert_silent(&remind(&env, &["--format", "json"]), "--format json");
    assert_silent(&remind(&env, &["--within", "60d"]), "--within 60d");
}

#[test]
fn remind_is_silent_on_a_quiet_day() {
    let env = Env::new();
    quiet_cell(&env);
    // The composition is complete: every rule of `cell check` is ok.
    let check = json(&env.ok(&["cell", "check", "--format", "json"]));
    for rule in check.as_array().unwrap() {
        assert_eq!(rule["status"], "ok", "{rule}");
    }
    assert_silent(&remind(&env, &[]), "a quiet day");
    assert_silent(
        &remind(&env, &["--fail-if-due"]),
        "--fail-if-due on a quiet day",
    );
    assert_silent(&remind(&env, &["--format", "json"]), "--format json");
    assert_silent(&remind(&env, &["--for", "CAW"]), "--for CAW");
}

#[test]
fn remind_reports_an_overdue_review_and_exits_3_with_fail_if_due() {
    let mut env = Env::new();
    let code = quiet_cell(&env);
    // The review of 2027-03-01 falls inside the 14-day window on 2027-02-20.
    env.today = "2027-02-20".into();
    let out = remind(&env, &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let line = out
        .stdout
        .lines()
        .find(|l| l.contains(&code))
        .unwrap_or_else(|| panic!("no line with {code}:\n{}", out.stdout));
    assert!(
        line.contains("Mon 1 Mar 2027") && line.contains("review"),
        "{line}"
    );
    assert!(!line.contains("OVERDUE"), "{line}");
    // With a shorter window it is not due yet.
    assert_silent(&remind(&env, &["--within", "1w"]), "review beyond one week");

    env.today = "2027-03-05".into();
    let out = remind(&env, &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stderr, "");
    let line = out
        .stdout
        .lines()
        .find(|l| l.contains(&code))
        .unwrap_or_else(|| panic!("no line with {code}:\n{}", out.stdout));
    assert!(
        line.contains("OVERDUE") && line.contains("Mon 1 Mar 2027"),
        "{line}"
    );
    assert!(line.contains("review"), "{line}");
    let failing = remind(&env, &["--fail-if-due"]);
    assert_eq!(failing.code, 3, "{}", failing.stderr);
    assert_eq!(failing.stdout, out.stdout);
    assert!(!failing.stderr.contains("error"), "{}", failing.stderr);

    let items = json(&remind(&env, &["--format", "json"]).stdout);
    let items = items.as_array().expect("a JSON array");
    let review = items
        .iter()
        .find(|i| i["group"] == "reviews")
        .unwrap_or_else(|| panic!("{items:?}"));
    assert_eq!(review["subject"], format!("case {code}"));
    assert_eq!(review["due_on"], "2027-03-01");
    assert_eq!(review["overdue"], true);
    assert_eq!(review["cell"], "KORT");
    let json_fail = remind(&env, &["--format", "json", "--fail-if-due"]);
    assert_eq!(json_fail.code, 3);
    // The case is led by CAW: its review is CAW's, not CLB's.
    assert!(remind(&env, &["--for", "CAW"]).stdout.contains(&code));
    assert_silent(&remind(&env, &["--for", "CLB"]), "CLB has nothing due");
}

#[test]
fn remind_lists_actions_due_within_the_window_and_filters_by_organisation() {
    let env = Env::new();
    let code = quiet_cell(&env);
    let action = |org: &str, due: &str, text: &str| {
        id(
            &env,
            &["action", "add", &code, "--org", org, "--due", due, text],
        )
    };
    // Today is 2026-11-30.
    let caw_soon = action("CAW", "2026-12-10", "Gesprek met de school");
    let clb_later = action("CLB", "2026-12-20", "Overleg plannen");
    let clb_overdue = action("CLB", "2026-11-25", "Verslag bezorgen");
    let ids_in = |out: &common::Output| -> Vec<i64> {
        [caw_soon, clb_later, clb_overdue]
            .into_iter()
            .filter(|i| out.stdout.contains(&format!("action {i} ")))
            .collect()
    };

    let out = remind(&env, &["--within", "14d"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(ids_in(&out), [caw_soon, clb_overdue], "{}", out.stdout);
    assert!(
        out.stdout.contains("OVERDUE since Wed 25 Nov 2026"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("due Thu 10 Dec 2026"), "{}", out.stdout);
    assert!(!out.stdout.contains("2026-12-20"), "{}", out.stdout);
    // The config's remind_within (14d) is the default.
    assert_eq!(remind(&env, &[]).stdout, out.stdout);
    assert_eq!(
        ids_in(&remind(&env, &["--within", "30d"])),
        [caw_soon, clb_later, clb_overdue]
    );
    assert_eq!(ids_in(&remind(&env, &["--within", "1w"])), [clb_overdue]);
    assert_eq!(remind(&env, &["--fail-if-due"]).code, 3);
    // The action texts are not in a cron mail.
    assert!(
        !out.stdout.contains("Gesprek met de school"),
        "{}",
        out.stdout
    );

    let items = json(&remind(&env, &["--format", "json"]).stdout);
    let items = items.as_array().expect("a JSON array");
    assert_eq!(items.len(), 2, "{items:?}");
    for item in items {
        assert_eq!(item["group"], "actions");
        assert_eq!(item["subject"], format!("case {code}"));
        for key in ["cell", "what", "due_on", "overdue"] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
    }
    assert_eq!(items[0]["due_on"], "2026-11-25", "most urgent first");
    assert_eq!(items[0]["overdue"], true);

    // --for ORG: only that organisation's items.
    let caw = remind(&env, &["--for", "CAW"]);
    assert_eq!(ids_in(&caw), [caw_soon], "{}", caw.stdout);
    let clb = remind(&env, &["--for", "CLB Kortrijk", "--within", "30d"]);
    assert_eq!(ids_in(&clb), [clb_later, clb_overdue], "{}", clb.stdout);
    let err = env.refused(&["remind", "--for", "Onbekende dienst"]);
    assert!(err.contains("Onbekende dienst"), "{err}");

    // Done: the overdue action is no longer listed.
    env.ok(&["action", "done", &clb_overdue.to_string()]);
    assert_eq!(ids_in(&remind(&env, &[])), [caw_soon]);
}

/// Waits for a child for at most `limit`; kills it (by its own id) when it takes longer.
fn wait_at_most(child: &mut std::process::Child, limit: Duration) -> Option<i32> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn remind_never_prompts_even_on_a_terminal() {
    let env = Env::new();
    let code = quiet_cell(&env);
    env.ok(&[
        "action",
        "add",
        &code,
        "--org",
        "CAW",
        "--due",
        "2026-11-25",
        "Te laat",
    ]);
    // Without a terminal (stdin closed): as everywhere else in this file.
    let out = remind(&env, &["--fail-if-due"]);
    assert_eq!(out.code, 3, "{}", out.stderr);

    // On a pseudo-terminal, through util-linux `script`, when it is there.
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        eprintln!("skipping the terminal part: no /usr/bin/script");
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("livcr");
    let before = (db_files(&env), env.snapshot());
    for args in ["remind --fail-if-due", "remind --for CAW --fail-if-due"] {
        let mut child = Command::new(script)
            .args(["-qec", &format!("'{}' {args}", bin.display()), "/dev/null"])
            .env_clear()
            .env("HOME", env.path("home"))
            .env("XDG_CONFIG_HOME", env.path("config"))
            .env("XDG_DATA_HOME", env.path("data"))
            .env("USER", "tester")
            .env("TERM", "dumb")
            .env("LIVCR_TODAY", &env.today)
            .current_dir(env.path("work"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run script");
        let code = wait_at_most(&mut child, Duration::from_secs(20));
        let mut stdout = String::new();
        if let Some(mut s) = child.stdout.take() {
            use std::io::Read;
            let _ = s.read_to_string(&mut stdout);
        }
        assert_eq!(
            code,
            Some(3),
            "livcr {args} on a terminal did not end with 3 (a prompt?):\n{stdout}"
        );
        assert!(stdout.contains("OVERDUE since Wed 25 Nov 2026"), "{stdout}");
    }
    assert_eq!((db_files(&env), env.snapshot()), before);
}

// ---------------------------------------------------------------------------------------------
// examples/monthly-export.sh and examples/crontab
// ---------------------------------------------------------------------------------------------

#[test]
fn monthly_export_script_writes_a_dated_folder_with_checksums() {
    let env = Env::empty();
    let db = env.path("demo.db");
    env.ok(&["demo", "--db", db.to_str().unwrap()]);
    let dest = env.path("exports");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/monthly-export.sh");
    let bin = assert_cmd::cargo::cargo_bin("livcr");
    let run = || {
        Command::new("bash")
            .arg(&script)
            .arg(&dest)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", env.path("home"))
            .env("XDG_CONFIG_HOME", env.path("config"))
            .env("XDG_DATA_HOME", env.path("data"))
            .env("USER", "tester")
            .env("LIVCR", &bin)
            .env("LIVCR_DB", &db)
            .env("LIVCR_TODAY", TODAY)
            .current_dir(env.path("work"))
            .stdin(Stdio::null())
            .output()
            .expect("run bash")
    };
    let out = run();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "monthly-export.sh failed:\n{stderr}");
    assert!(stderr.contains("2026-10"), "{stderr}");

    // TODAY is 2026-11-30: last month is October.
    let dir = dest.join("2026-10");
    assert_eq!(mode(&dir), 0o700);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "SHA256SUMS",
            "livcr-VLAS-2026-10.csv",
            "livcr-VLAS-2026-10.csv.manifest.json",
            "livcr-VLAS-2026-10.json",
            "livcr-VLAS-2026-10.json.manifest.json",
        ]
    );
    for name in &names {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }

    // SHA256SUMS verifies, and names both exports.
    let sums = std::fs::read_to_string(dir.join("SHA256SUMS")).unwrap();
    let mut listed = Vec::new();
    for line in sums.lines() {
        let (hash, name) = line
            .split_once("  ")
            .unwrap_or_else(|| panic!("not a sha256sum line: {line:?}"));
        let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(hash, sha256_hex(&bytes), "{name}");
        listed.push(name.to_string());
    }
    for name in ["livcr-VLAS-2026-10.csv", "livcr-VLAS-2026-10.json"] {
        assert!(listed.iter().any(|l| l == name), "{name} not in:\n{sums}");
        // Each manifest holds its file's hash.
        let manifest =
            json(&std::fs::read_to_string(dir.join(format!("{name}.manifest.json"))).unwrap());
        let bytes = std::fs::read(dir.join(name)).unwrap();
        assert_eq!(manifest["sha256"], sha256_hex(&bytes).as_str());
        assert_eq!(manifest["period"], "2026-10");
    }
    if Path::new("/usr/bin/sha256sum").exists() {
        let check = Command::new("/usr/bin/sha256sum")
            .args(["-c", "--quiet", "SHA256SUMS"])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
    }

    // The CSV is what `export monthly` prints, with the usual columns.
    let csv = std::fs::read_to_string(dir.join("livcr-VLAS-2026-10.csv")).unwrap();
    let figs = csv_figs(&csv, "VLAS", "2026-10", 3);
    assert_no_lone_hidden(&figs);
    let printed = env.ok(&[
        "--db",
        db.to_str().unwrap(),
        "export",
        "monthly",
        "--month",
        "2026-10",
    ]);
    assert_eq!(csv, printed);
    let value = json(&std::fs::read_to_string(dir.join("livcr-VLAS-2026-10.json")).unwrap());
    assert_eq!(json_figs(&value, 3), figs);

    // The exports are in the demo file's audit log.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let exports: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'monthly' \
             AND entity_id = '2026-10'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(exports >= 2, "{exports}");

    // A second run on the same day gives the same files.
    let first = std::fs::read(dir.join("livcr-VLAS-2026-10.csv")).unwrap();
    let again = run();
    assert!(again.status.success());
    assert_eq!(
        std::fs::read(dir.join("livcr-VLAS-2026-10.csv")).unwrap(),
        first
    );
}

#[test]
fn crontab_runs_remind_and_the_monthly_script() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/crontab"))
            .unwrap();
    let jobs: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.contains('='))
        .collect();
    assert!(
        jobs.iter().any(|j| j.contains("livcr remind")),
        "no `livcr remind` job:\n{text}"
    );
    assert!(
        jobs.iter().any(|j| j.contains("monthly-export.sh")),
        "no monthly-export.sh job:\n{text}"
    );
    // Five schedule fields before the command.
    for job in &jobs {
        let fields: Vec<&str> = job.split_whitespace().collect();
        assert!(fields.len() > 5, "{job}");
        for f in &fields[..5] {
            assert!(
                f.chars().all(|c| c.is_ascii_digit() || ",-*/".contains(c)),
                "not a schedule field {f:?} in {job}"
            );
        }
    }
    // The monthly job runs on the 1st of the month.
    let monthly = jobs
        .iter()
        .find(|j| j.contains("monthly-export.sh"))
        .unwrap();
    assert_eq!(monthly.split_whitespace().nth(2), Some("1"), "{monthly}");
}

/// `--out` naming a device or a pipe is refused, and the device or pipe is left as it was: run
/// as an administrator, writing a file over `/dev/null` would break the whole system. (Tried on
/// a pipe: a test never points at the real `/dev/null`.)
#[test]
#[cfg(unix)]
fn out_naming_a_pipe_is_refused_and_left_alone() {
    use std::os::unix::fs::FileTypeExt;
    let env = Env::new();
    common::scene::vlas(&env);
    let pipe = env.path("work/pipe");
    let made = Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success());
    for args in [
        vec!["export", "cases", "--out", pipe.to_str().unwrap()],
        vec![
            "export",
            "monthly",
            "--month",
            "2026-10",
            "--out",
            pipe.to_str().unwrap(),
        ],
    ] {
        let err = env.refused(&args);
        assert!(err.contains("is not a regular file"), "{err}");
        assert!(err.contains("hint: give a file name"), "{err}");
        let meta = std::fs::symlink_metadata(&pipe).unwrap();
        assert!(meta.file_type().is_fifo(), "the pipe is still a pipe");
    }
}

#[test]
fn each_month_of_a_generated_year_is_in_the_annual_report_as_its_export_published_it() {
    // Ten years of two generated cells (joint cells: figures per municipality and for the
    // cell, so months need linear programs): every month of the annual report, worked out
    // together from one reading of the year and on several threads, shows each column exactly
    // as that month's own export shows the cell's total, for two thresholds and a year under
    // way.
    let env = Env::new();
    let db = env.path("work/gen.db");
    let db = db.to_str().unwrap();
    env.ok(&[
        "--db",
        db,
        "demo",
        "--scale",
        "2",
        "--cases-per-cell",
        "150",
    ]);
    let run = |args: &[&str]| -> Value {
        let mut all = vec!["--db", db];
        all.extend_from_slice(args);
        json(&env.ok(&all))
    };
    let mut hidden = 0;
    for (cell, year, months, k) in [
        ("C001", 2025, 12, "3"),
        ("C002", 2024, 12, "5"),
        ("C002", 2026, 11, "3"),
    ] {
        let y = year.to_string();
        let report = run(&[
            "--cell",
            cell,
            "report",
            "annual",
            "--year",
            &y,
            "--suppress-below",
            k,
            "--format",
            "json",
        ]);
        let rows = report["months"].as_array().unwrap();
        assert_eq!(rows.len(), months, "{cell} {year}");
        for (m, row) in rows.iter().enumerate() {
            let period = format!("{year:04}-{:02}", m + 1);
            assert_eq!(row["month"], period.as_str());
            let export = run(&[
                "--cell",
                cell,
                "export",
                "monthly",
                "--month",
                &period,
                "--suppress-below",
                k,
                "--format",
                "json",
            ]);
            let figs = json_figs(&export, k.parse().unwrap());
            for measure in FLOWS.iter().chain(["cases_active"].iter()) {
                let f = fig(&figs, "", measure, "total");
                assert_eq!(
                    annual_figure(&row[*measure]),
                    f.value(),
                    "{cell} {period} {measure}: {row}"
                );
                hidden += usize::from(f.value().is_none());
            }
        }
    }
    assert!(hidden > 0, "the generated months hide some totals");
}

/// A journal entry whose stored text is not UTF-8 (written by another SQLite client: STRICT
/// lets such text through) stops the monthly figures with the error that names the column's
/// position and the bad bytes, as reading it through rusqlite does, in the monthly export and
/// in the annual report; nothing is written.
#[test]
fn a_journal_text_that_is_not_utf8_stops_the_figures_with_its_position() {
    let env = Env::new();
    kort_cell(&env);
    let code = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        "partner",
        "2026-10-05",
        &[],
    );
    env.ok(&["case", "note", &code, "--on", "2026-10-06", "Een notitie."]);
    let id: i64 = env.count("SELECT max(id) FROM case_event WHERE kind = 'note'");
    env.db()
        .execute(
            "UPDATE case_event SET text = CAST(X'FF41' AS TEXT) WHERE id = ?1",
            [id],
        )
        .unwrap();
    let err = env.refused(&["export", "monthly", "--month", "2026-10"]);
    assert!(err.contains("invalid utf-8"), "{err}");
    assert!(err.contains("at index 5"), "{err}");
    // The annual report reads the months on the way to its threads: the same error, and no
    // month tabulated or written.
    let err = env.refused(&["report", "annual", "--year", "2026"]);
    assert!(err.contains("invalid utf-8"), "{err}");
    assert!(err.contains("at index 5"), "{err}");
}
