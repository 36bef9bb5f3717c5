//! An independent check of disclosure control (design.md principle 1; issue 11).
//!
//! The checker here shares no code with `src/domain/suppress.rs`: it reads a table as it was
//! published (the CSV of a month, the JSON of a year), derives the sums that tie its figures
//! from the published rows alone, and asks its own linear program (the `minilp` crate; the
//! module uses another solver) for the smallest and largest value of every hidden figure that
//! agree with the shown figures and those sums, counts being whole and, since zeros are
//! shown, a hidden figure at least 1 (a stronger reader than non-negativity alone). It asserts:
//! - no hidden figure can be worked out (its smallest and largest values differ);
//! - the largest value of every hidden figure is K or more (so a small count's range reaches
//!   K; a hidden figure whose range stayed below K would be known to be small);
//! - every shown figure is its true value.
//!
//! It runs over fixed scenarios through the real binary (the issue's joint cell, the March
//! dataset's shape, a year with a hidden month), over a property test of random monthly tables
//! for joint cells of one to six municipalities (64 cases; `PROPTEST_CASES` for more), and over
//! the annual report together with every monthly export of its year.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::Env;
use common::scene::{KORTRIJK, KUURNE, LENDELEDE, open_from, vlas_cell};
use livcr::commands::export::{RawMonth, tabulate};
use minilp::{ComparisonOp, Error as LpError, OptimizationDirection, Problem};
use proptest::prelude::*;
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// The published table
// ---------------------------------------------------------------------------------------------

/// One published figure: where it is (period, NIS or "" for the whole cell, measure,
/// dimension) and its value, `None` when hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Published {
    period: String,
    nis: String,
    measure: String,
    dimension: String,
    value: Option<i64>,
}

/// Reads a monthly CSV as a reader would: `value` is a whole number or empty, `suppressed` is
/// `true` exactly when it is empty.
fn read_csv(text: &str) -> Vec<Published> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("a header row").clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let (period, nis, measure, dimension, value, suppressed) = (
        col("period"),
        col("municipality_nis"),
        col("measure"),
        col("dimension"),
        col("value"),
        col("suppressed"),
    );
    reader
        .records()
        .map(|r| {
            let r = r.expect("a CSV record");
            let hidden = match &r[suppressed] {
                "true" => true,
                "false" => false,
                other => panic!("suppressed {other:?}"),
            };
            let v = &r[value];
            let value = if hidden {
                assert_eq!(v, "", "a hidden figure shows a value: {r:?}");
                None
            } else {
                let n: i64 = v
                    .parse()
                    .unwrap_or_else(|_| panic!("value {v:?} is not a whole number: {r:?}"));
                assert!(n >= 0 && n.to_string() == v, "{r:?}");
                Some(n)
            };
            Published {
                period: r[period].to_string(),
                nis: r[nis].to_string(),
                measure: r[measure].to_string(),
                dimension: r[dimension].to_string(),
                value,
            }
        })
        .collect()
}

/// The sums a reader sees in a monthly table, as (total, parts) indexes: within each unit and
/// measure, the rows of one breakdown family (`phenomenon=…`) add up to the `total` row; the
/// municipalities' rows add up to the whole cell's row of the same measure and dimension.
fn sums(table: &[Published]) -> Vec<(usize, Vec<usize>)> {
    let at: BTreeMap<(&str, &str, &str, &str), usize> = table
        .iter()
        .enumerate()
        .map(|(i, p)| {
            (
                (
                    p.period.as_str(),
                    p.nis.as_str(),
                    p.measure.as_str(),
                    p.dimension.as_str(),
                ),
                i,
            )
        })
        .collect();
    let mut families: BTreeMap<(&str, &str, &str, &str), Vec<usize>> = BTreeMap::new();
    let mut municipalities: BTreeMap<(&str, &str, &str), Vec<usize>> = BTreeMap::new();
    for (i, p) in table.iter().enumerate() {
        if let Some((family, _)) = p.dimension.split_once('=') {
            families
                .entry((&p.period, &p.nis, &p.measure, family))
                .or_default()
                .push(i);
        }
        if !p.nis.is_empty() {
            municipalities
                .entry((&p.period, &p.measure, &p.dimension))
                .or_default()
                .push(i);
        }
    }
    let mut out = Vec::new();
    for ((period, nis, measure, _), parts) in families {
        out.push((at[&(period, nis, measure, "total")], parts));
    }
    for ((period, measure, dimension), parts) in municipalities {
        out.push((at[&(period, "", measure, dimension)], parts));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

/// Far above any count of a cell's month.
const CAP: f64 = 1e6;

/// Whole-number bounds of hidden figure `target`: (smallest, largest or None if unbounded).
fn bounds(
    values: &[Option<i64>],
    sums: &[(usize, Vec<usize>)],
    target: usize,
) -> (i64, Option<i64>) {
    // Only the hidden figures tied to the target matter: collect them through the sums.
    let mut linked = BTreeSet::from([target]);
    let mut used = BTreeSet::new();
    loop {
        let before = linked.len();
        for (n, (total, parts)) in sums.iter().enumerate() {
            let all: Vec<usize> = std::iter::once(*total)
                .chain(parts.iter().copied())
                .collect();
            if all.iter().any(|i| linked.contains(i)) {
                used.insert(n);
                linked.extend(all.iter().filter(|i| values[**i].is_none()));
            }
        }
        if linked.len() == before {
            break;
        }
    }
    let solve = |direction| {
        let mut lp = Problem::new(direction);
        let vars: BTreeMap<usize, _> = linked
            .iter()
            .map(|i| {
                let objective = if *i == target { 1.0 } else { 0.0 };
                // A finite cap: minilp reports some unbounded problems as NaN, so none is
                // left unbounded; a maximum at the cap means "no limit".
                (*i, lp.add_var(objective, (1.0, CAP)))
            })
            .collect();
        for n in &used {
            let (total, parts) = &sums[*n];
            // parts - total = 0, shown figures moved to the right-hand side.
            let mut terms = Vec::new();
            let mut rhs = 0.0;
            for (i, sign) in std::iter::once((*total, -1.0)).chain(parts.iter().map(|p| (*p, 1.0)))
            {
                match values[i] {
                    Some(v) => rhs -= sign * v as f64,
                    None => terms.push((vars[&i], sign)),
                }
            }
            lp.add_constraint(&terms[..], ComparisonOp::Eq, rhs);
        }
        match lp.solve() {
            Ok(solution) if solution.objective().is_finite() => Some(solution.objective()),
            Ok(solution) => panic!("the solver gave {}", solution.objective()),
            Err(LpError::Unbounded) => panic!("unbounded under a cap"),
            Err(e) => panic!("the published figures admit no solution ({e:?}): a figure is false"),
        }
    };
    let min = solve(OptimizationDirection::Minimize).expect("bounded below by 1");
    let max = solve(OptimizationDirection::Maximize).expect("bounded above by the cap");
    (
        (min - 1e-6).ceil() as i64,
        (max < CAP - 0.5).then(|| (max + 1e-6).floor() as i64),
    )
}

/// Every problem with the hidden figures of a published table: one that can be worked out,
/// or whose range stays below `k`.
fn leaks(table: &[Published], sums: &[(usize, Vec<usize>)], k: i64) -> Vec<String> {
    let values: Vec<Option<i64>> = table.iter().map(|p| p.value).collect();
    let mut out = Vec::new();
    for (i, p) in table.iter().enumerate().filter(|(_, p)| p.value.is_none()) {
        let (min, max) = bounds(&values, sums, i);
        match max {
            Some(max) if min >= max => out.push(format!("{p:?} is exactly {min}")),
            Some(max) if max < k => out.push(format!(
                "{p:?} lies in {min}..={max}: known to be below {k}"
            )),
            _ => {}
        }
    }
    out
}

fn assert_safe(table: &[Published], sums: &[(usize, Vec<usize>)], k: i64) {
    let problems = leaks(table, sums, k);
    assert!(
        problems.is_empty(),
        "{} hidden figure(s) recoverable:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every shown figure equals the true one (from `truth`, keyed like the table).
fn assert_true(table: &[Published], truth: &BTreeMap<(String, String, String, String), i64>) {
    for p in table {
        let key = (
            p.period.clone(),
            p.nis.clone(),
            p.measure.clone(),
            p.dimension.clone(),
        );
        let real = truth.get(&key).copied().unwrap_or(0);
        if let Some(v) = p.value {
            assert_eq!(v, real, "a false figure: {p:?}");
        }
    }
}

fn truth_of(table: &[Published]) -> BTreeMap<(String, String, String, String), i64> {
    table
        .iter()
        .map(|p| {
            (
                (
                    p.period.clone(),
                    p.nis.clone(),
                    p.measure.clone(),
                    p.dimension.clone(),
                ),
                p.value.expect("nothing hidden below 1"),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The checker checks: tables it must reject
// ---------------------------------------------------------------------------------------------

fn fig(nis: &str, dimension: &str, value: Option<i64>) -> Published {
    Published {
        period: "2026-10".into(),
        nis: nis.into(),
        measure: "cases_opened".into(),
        dimension: dimension.into(),
        value,
    }
}

#[test]
fn the_checker_finds_the_issues_leaks() {
    // Issue 11: the whole cell's right-wing count hidden while the municipalities' are shown
    // and add up; and Kuurne's 1 beside a shown cell total of 5 and Kortrijk's 4.
    let table = vec![
        fig("", "total", Some(5)),
        fig("", "phenomenon=right_wing", None),
        fig("", "phenomenon=religious", Some(0)),
        fig("A", "total", Some(4)),
        fig("A", "phenomenon=right_wing", Some(4)),
        fig("A", "phenomenon=religious", Some(0)),
        fig("B", "total", None),
        fig("B", "phenomenon=right_wing", None),
        fig("B", "phenomenon=religious", Some(0)),
    ];
    let s = sums(&table);
    assert_eq!(s.len(), 3 + 3, "{s:?}");
    let problems = leaks(&table, &s, 3);
    assert_eq!(problems.len(), 3, "{problems:?}");
    // Two small hidden parts beside a shown total: 1..2 each, below K.
    let table = vec![
        fig("", "total", Some(5)),
        fig("", "source=partner", Some(3)),
        fig("", "source=io", None),
        fig("", "source=other", None),
    ];
    assert_eq!(leaks(&table, &sums(&table), 3).len(), 2);
    // With a third hidden part of 3 the range reaches K: safe.
    let table = vec![
        fig("", "total", Some(5)),
        fig("", "source=partner", None),
        fig("", "source=io", None),
        fig("", "source=other", None),
    ];
    assert!(leaks(&table, &sums(&table), 3).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Fixed scenarios through the binary
// ---------------------------------------------------------------------------------------------

fn open(env: &Env, municipality: &str, phenomenon: &str, age: &str, source: &str, on: &str) {
    open_from(env, municipality, source, phenomenon, age, &["--on", on]);
}

/// The monthly CSV of `period` at K = `k`.
fn month(env: &Env, period: &str, k: i64) -> Vec<Published> {
    read_csv(&env.ok(&[
        "export",
        "monthly",
        "--month",
        period,
        "--suppress-below",
        &k.to_string(),
    ]))
}

/// Checks a month of `env` at K = 3 and 5 against its unsuppressed figures.
fn check_month(env: &Env, period: &str) {
    let truth = truth_of(&month(env, period, 1));
    for k in [3, 5] {
        let table = month(env, period, k);
        assert_true(&table, &truth);
        assert_safe(&table, &sums(&table), k);
    }
}

#[test]
fn the_issues_joint_cell_hides_nothing_recoverable_and_shows_nothing_false() {
    let env = Env::new();
    vlas_cell(&env, &[]);
    // Four right-wing cases in Kortrijk, one in Kuurne (October 2026).
    for on in ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"] {
        open(&env, "Kortrijk", "right_wing", "18_24", "partner", on);
    }
    open(
        &env,
        "Kuurne",
        "right_wing",
        "18_24",
        "partner",
        "2026-10-05",
    );
    check_month(&env, "2026-10");
    let table = month(&env, "2026-10", 3);
    let get = |nis: &str, dim: &str| {
        table
            .iter()
            .find(|p| p.nis == nis && p.measure == "cases_opened" && p.dimension == dim)
            .unwrap()
            .value
    };
    // Kuurne's 1 is hidden; Kortrijk's 4 is never printed as anything but 4.
    assert_eq!(get(KUURNE, "total"), None);
    assert!(matches!(get(KORTRIJK, "total"), None | Some(4)));
    assert!(matches!(get("", "phenomenon=right_wing"), None | Some(5)));
    assert_eq!(get(LENDELEDE, "total"), Some(0));

    // The same cell with the cases spread over phenomena, ages and sources, and a second month.
    for (m, p, a, s, on) in [
        (
            "Kortrijk",
            "religious",
            "25_plus",
            "citizen_or_family",
            "2026-10-06",
        ),
        ("Kortrijk", "religious", "12_17", "partner", "2026-10-07"),
        ("Lendelede", "mixed", "12_17", "other", "2026-10-08"),
        ("Kuurne", "left_wing", "25_plus", "partner", "2026-10-09"),
        ("Kortrijk", "religious", "25_plus", "other", "2026-11-02"),
        (
            "Kuurne",
            "religious",
            "25_plus",
            "municipal_service",
            "2026-11-03",
        ),
        (
            "Kuurne",
            "religious",
            "25_plus",
            "municipal_service",
            "2026-11-04",
        ),
    ] {
        open(&env, m, p, a, s, on);
    }
    check_month(&env, "2026-10");
    check_month(&env, "2026-11");
}

/// The annual report as published tables: the months' cell totals and the year totals, each
/// `(measure, month or "year", value)`.
fn read_annual(report: &Value) -> Vec<(String, String, Option<i64>)> {
    let figure = |v: &Value| -> Option<i64> {
        match (&v["value"], v["suppressed"].as_bool()) {
            (Value::Null, Some(true)) => None,
            (Value::Number(n), Some(false)) => Some(n.as_i64().expect("whole")),
            other => panic!("figure {v}: {other:?}"),
        }
    };
    let mut out = Vec::new();
    for (measure, v) in report["totals"].as_object().expect("totals") {
        out.push((measure.clone(), "year".to_string(), figure(v)));
    }
    for m in report["months"].as_array().expect("months") {
        let period = m["month"].as_str().unwrap().to_string();
        for (measure, v) in m.as_object().unwrap() {
            if measure != "month" {
                out.push((measure.clone(), period.clone(), figure(v)));
            }
        }
    }
    out
}

/// Checks a year's report with every monthly export of the year: the months it shows are the
/// exports' figures, its shown totals are true, and the exports and the report together let
/// no hidden figure be worked out.
fn check_year(env: &Env, year: i32, months: u32, k: i64) {
    let report = |k: i64| -> Vec<(String, String, Option<i64>)> {
        read_annual(
            &serde_json::from_str(&env.ok(&[
                "report",
                "annual",
                "--year",
                &year.to_string(),
                "--format",
                "json",
                "--suppress-below",
                &k.to_string(),
            ]))
            .unwrap(),
        )
    };
    let annual = report(k);
    // The true figures of the report (nothing hidden below 1).
    let real: BTreeMap<(String, String), i64> = report(1)
        .into_iter()
        .map(|(measure, period, v)| ((measure, period), v.expect("nothing hidden below 1")))
        .collect();
    for (measure, period, value) in &annual {
        if let Some(v) = value {
            assert_eq!(
                *v,
                real[&(measure.clone(), period.clone())],
                "{measure} {period}"
            );
        }
    }
    let mut table = Vec::new();
    for m in 1..=months {
        table.extend(month(env, &format!("{year:04}-{m:02}"), k));
    }
    let mut s = sums(&table);
    let cell_total = |measure: &str, period: &str| {
        table
            .iter()
            .position(|p| {
                p.nis.is_empty()
                    && p.measure == measure
                    && p.period == period
                    && p.dimension == "total"
            })
            .unwrap_or_else(|| panic!("no {measure} in {period}"))
    };
    let mut year_rows = Vec::new();
    let mut year_figures = Vec::new();
    for (measure, period, value) in &annual {
        if period == "year" {
            continue;
        }
        // Each month of the report is that month's export.
        assert_eq!(
            *value,
            table[cell_total(measure, period)].value,
            "{measure} {period}"
        );
    }
    for (measure, period, value) in &annual {
        if period != "year" {
            continue;
        }
        let months_of: Vec<usize> = (1..=months)
            .map(|m| cell_total(measure, &format!("{year:04}-{m:02}")))
            .collect();
        if measure == "cases_active" {
            // A stock: the year is the last month, the same figure.
            assert_eq!(*value, table[*months_of.last().unwrap()].value);
            continue;
        }
        let true_months: i64 = (1..=months)
            .map(|m| real[&(measure.clone(), format!("{year:04}-{m:02}"))])
            .sum();
        assert_eq!(real[&(measure.clone(), "year".to_string())], true_months);
        year_rows.push((table.len() + year_figures.len(), months_of));
        year_figures.push(Published {
            period: year.to_string(),
            nis: String::new(),
            measure: measure.clone(),
            dimension: "total".into(),
            value: *value,
        });
    }
    table.extend(year_figures);
    s.extend(year_rows);
    assert_safe(&table, &s, k);
}

#[test]
fn the_annual_report_with_the_monthly_exports_hides_nothing_recoverable() {
    let env = Env::new();
    vlas_cell(&env, &[]);
    // 2025: one case in January (hidden all year), a busy spring, single cases here and there.
    let mut day = 1;
    let mut next = || {
        day = day % 27 + 1;
        day
    };
    for (month, n, municipality) in [
        (1, 1, "Kortrijk"),
        (2, 4, "Kortrijk"),
        (3, 5, "Kortrijk"),
        (3, 2, "Kuurne"),
        (4, 3, "Lendelede"),
        (6, 1, "Kuurne"),
        (7, 6, "Kortrijk"),
        (9, 2, "Kortrijk"),
        (10, 4, "Kuurne"),
        (11, 3, "Kortrijk"),
    ] {
        for c in 0..n {
            let phenomenon = ["religious", "right_wing", "mixed"][c % 3];
            let age = ["18_24", "25_plus"][c % 2];
            let source = ["partner", "other", "municipal_service", "partner"][c % 4];
            open(
                &env,
                municipality,
                phenomenon,
                age,
                source,
                &format!("2025-{month:02}-{:02}", next()),
            );
        }
    }
    for k in [3, 5] {
        check_year(&env, 2025, 12, k);
    }
    // The report of a year under way: January to November 2026 (today is 2026-11-30).
    open(
        &env,
        "Kuurne",
        "religious",
        "18_24",
        "partner",
        "2026-02-10",
    );
    check_year(&env, 2026, 11, 3);
    // Cases opened in 2025: 31, and January's one case is hidden in its export and the
    // report: the year shows 31 only if that gives nothing away.
    let report: Value =
        serde_json::from_str(&env.ok(&["report", "annual", "--year", "2025", "--format", "json"]))
            .unwrap();
    assert_eq!(report["months"][0]["cases_opened"]["suppressed"], true);
    let year = &report["totals"]["cases_opened"];
    assert!(year["value"] == 31 || year["suppressed"] == true, "{year}");
}

// ---------------------------------------------------------------------------------------------
// Random monthly tables
// ---------------------------------------------------------------------------------------------

const PHENOMENA: [&str; 7] = [
    "religious",
    "right_wing",
    "left_wing",
    "anti_government",
    "single_issue",
    "mixed",
    "other",
];
const AGES: [&str; 5] = ["under_12", "12_17", "18_24", "25_plus", "unknown"];
const SOURCES: [&str; 5] = [
    "partner",
    "io",
    "municipal_service",
    "citizen_or_family",
    "other",
];
const STATUSES: [&str; 4] = ["signal", "screening", "on_list", "follow_up"];
const REASONS: [&str; 6] = [
    "goals_reached",
    "moved_away",
    "judicial_track",
    "no_cooperation",
    "outside_remit",
    "other",
];
const SIMPLE: [&str; 9] = [
    "cases_declined",
    "reviews_done",
    "reviews_overdue",
    "actions_created",
    "actions_done",
    "actions_overdue",
    "referrals_in",
    "referrals_out",
    "feedback_forms_sent",
];

/// A case of the month: municipality, phenomenon, age band, source, status, and whether it was
/// opened this month / is still active at month end.
type Case = (usize, usize, usize, usize, usize, bool, bool);

#[derive(Debug, Clone)]
struct RandomMonth {
    municipalities: usize,
    cases: Vec<Case>,
    /// (municipality, closure reason)
    closed: Vec<(usize, usize)>,
    /// (municipality, measure of SIMPLE)
    simple: Vec<(usize, usize)>,
    meetings: i64,
    k: i64,
}

fn random_month() -> impl Strategy<Value = RandomMonth> {
    (1usize..=6).prop_flat_map(|n| {
        (
            Just(n),
            // Skewed: most figures small, some large, so both kinds of suppression happen.
            prop::collection::vec(
                (
                    prop_oneof![3 => Just(0usize), 1 => 0..n],
                    prop_oneof![3 => 0usize..2, 1 => 0usize..7],
                    0usize..5,
                    prop_oneof![2 => Just(0usize), 1 => 0usize..5],
                    0usize..4,
                    any::<bool>(),
                    prop_oneof![3 => Just(true), 1 => Just(false)],
                ),
                0..30,
            ),
            prop::collection::vec((0..n, 0usize..6), 0..6),
            prop::collection::vec((0..n, 0usize..9), 0..20),
            0i64..4,
            prop_oneof![4 => Just(3i64), 1 => 2i64..=5],
        )
            .prop_map(
                |(municipalities, cases, closed, simple, meetings, k)| RandomMonth {
                    municipalities,
                    cases,
                    closed,
                    simple,
                    meetings,
                    k,
                },
            )
    })
}

fn nis(m: usize) -> String {
    format!("9900{m}")
}

/// The raw counts of a random month, as the database layer would hand them over.
fn raw(month: &RandomMonth) -> RawMonth {
    let mut counts: BTreeMap<(String, String, String), i64> = BTreeMap::new();
    let mut add = |m: usize, measure: &str, dim: String| {
        *counts
            .entry((nis(m), measure.to_string(), dim))
            .or_default() += 1;
    };
    for &(m, p, a, s, st, opened, active) in &month.cases {
        let coarse = [
            format!("phenomenon={}", PHENOMENA[p]),
            format!("age_band={}", AGES[a]),
            format!("source={}", SOURCES[s]),
        ];
        if opened {
            add(m, "cases_opened", "total".into());
            for d in &coarse {
                add(m, "cases_opened", d.clone());
            }
        }
        if active {
            add(m, "cases_active", "total".into());
            for d in &coarse {
                add(m, "cases_active", d.clone());
            }
            add(m, "cases_active", format!("status={}", STATUSES[st]));
        }
    }
    for &(m, r) in &month.closed {
        add(m, "cases_closed", "total".into());
        add(m, "cases_closed", format!("close_reason={}", REASONS[r]));
    }
    for &(m, s) in &month.simple {
        add(m, SIMPLE[s], "total".into());
    }
    RawMonth {
        counts,
        meetings_held: month.meetings,
        attendance_rate: (month.meetings > 0).then_some(80),
        municipalities: (0..month.municipalities).map(nis).collect(),
    }
}

/// The true value of every figure of a random month, keyed like the published table.
fn random_truth(month: &RandomMonth) -> BTreeMap<(String, String, String, String), i64> {
    let r = raw(month);
    let mut truth = BTreeMap::new();
    for ((n, measure, dim), v) in &r.counts {
        let joint = month.municipalities > 1;
        if joint {
            *truth
                .entry(("2026-10".into(), n.clone(), measure.clone(), dim.clone()))
                .or_default() += v;
        }
        *truth
            .entry((
                "2026-10".into(),
                String::new(),
                measure.clone(),
                dim.clone(),
            ))
            .or_default() += v;
    }
    truth.insert(
        (
            "2026-10".into(),
            String::new(),
            "meetings_held".into(),
            "total".into(),
        ),
        month.meetings,
    );
    truth.insert(
        (
            "2026-10".into(),
            String::new(),
            "attendance_rate_pct".into(),
            "total".into(),
        ),
        80,
    );
    truth
}

fn proptest_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: proptest_cases(), ..ProptestConfig::default() })]

    #[test]
    fn random_monthly_tables_hide_nothing_recoverable_and_show_nothing_false(
        month in random_month()
    ) {
        let table = tabulate(raw(&month), "TEST", 2026, 10, month.k, |n| n.to_string());
        let published = read_csv(&table.csv().unwrap());
        assert_true(&published, &random_truth(&month));
        // The rate is the only figure outside the sums; everything else has a row per unit.
        let units = if month.municipalities > 1 { month.municipalities + 1 } else { 1 };
        prop_assert_eq!(
            published.iter().filter(|p| p.measure == "cases_opened" && p.dimension == "total").count(),
            units
        );
        let problems = leaks(&published, &sums(&published), month.k);
        prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
        // Small counts are always hidden.
        for p in &published {
            if p.measure != "attendance_rate_pct" {
                prop_assert!(!matches!(p.value, Some(v) if v > 0 && v < month.k), "{:?}", p);
            }
        }
    }
}
