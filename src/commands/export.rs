//! `livcr export monthly|cases|meetings|actions`.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use rustc_hash::FxHashMap;
use serde_json::{Value, json};

use crate::cli::{ActionStatus, ExportCmd, FormatArg, MonthlyArgs};
use crate::commands::lookup;
use crate::context::{Ctx, begin};
use crate::db::composition::{self as comp, Cell};
use crate::db::feedback::{self as fb, NewDisclosure};
use crate::db::{case as cases, meeting as meetings, stats};
use crate::docs::labels::{t, vocab};
use crate::docs::{self, Block, Doc};
use crate::domain::Lang;
use crate::domain::case::{AgeBand, CloseReason, Phenomenon, Source};
use crate::domain::dates::parse_month;
use crate::domain::stats::{Dim, month_end};
use crate::domain::suppress::{self, Figure, Group};
use crate::domain::text::sha256_hex;
use crate::error::fail;

/// The measures of the monthly figures and how each breaks down. A breakdown's values add up
/// to the measure's total.
pub const MEASURES: &[(&str, &[&str])] = &[
    ("cases_opened", &["phenomenon", "age_band", "source"]),
    ("cases_closed", &["close_reason"]),
    ("cases_declined", &[]),
    (
        "cases_active",
        &["phenomenon", "age_band", "source", "status"],
    ),
    ("reviews_done", &[]),
    ("reviews_overdue", &[]),
    ("actions_created", &[]),
    ("actions_done", &[]),
    ("actions_overdue", &[]),
    ("referrals_in", &[]),
    ("referrals_out", &[]),
    ("feedback_forms_sent", &[]),
];

/// Measures of the cell as a whole (not per municipality).
pub const CELL_MEASURES: &[&str] = &["meetings_held", "attendance_rate_pct"];

fn family_values(family: &str) -> Vec<&'static str> {
    match family {
        "phenomenon" => Phenomenon::ALL.iter().map(|p| p.as_str()).collect(),
        "age_band" => AgeBand::ALL.iter().map(|p| p.as_str()).collect(),
        "source" => Source::ALL.iter().map(|p| p.as_str()).collect(),
        "status" => vec!["signal", "screening", "on_list", "follow_up"],
        "close_reason" => CloseReason::ALL.iter().map(|p| p.as_str()).collect(),
        _ => Vec::new(),
    }
}

/// One figure of the monthly table.
#[derive(Debug, Clone)]
pub struct Row {
    /// Empty for the cell as a whole.
    pub nis: String,
    pub municipality: String,
    pub measure: &'static str,
    pub dimension: String,
    pub figure: Figure,
}

/// The month's figures of a cell, suppression applied.
pub struct Monthly {
    pub cell: String,
    pub period: String,
    pub k: i64,
    pub rows: Vec<Row>,
    /// The additive relations between the rows (indexes into `rows`): each breakdown adds up
    /// to its measure's total, and in a joint cell the municipalities add up to the cell.
    pub groups: Vec<Group>,
}

fn month_bounds(year: i32, month: u32) -> Result<(String, String)> {
    let start = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(|| {
        fail(crate::t!(
            "export-invalid-month",
            month = format!("{year}-{month:02}")
        ))
    })?;
    Ok((lookup::iso(start), lookup::iso(month_end(year, month))))
}

/// A month's raw figures before suppression.
pub struct RawMonth {
    /// (nis, measure, dimension) → count.
    pub counts: BTreeMap<(String, String, String), i64>,
    pub meetings_held: i64,
    /// Present / expected attendance of the meetings held, in percent.
    pub attendance_rate: Option<i64>,
    /// The municipalities covered that month (or with figures in it).
    pub municipalities: Vec<String>,
}

/// Raw (unsuppressed) counts of each month from `first` to `last` of `year` by (nis, measure,
/// dimension), plus the cell measures, reading the cases once: `each` is given each month's
/// figures, in order, as soon as they are counted.
fn raw_months(
    conn: &Connection,
    cell: &Cell,
    year: i32,
    first: u32,
    last: u32,
    mut each: impl FnMut(u32, RawMonth),
) -> Result<()> {
    let coverage = comp::coverage_of_cell(conn, cell.id)?;
    let (from, _) = month_bounds(year, first)?;
    let (_, to) = month_bounds(year, last)?;
    let cases = stats::case_facts(conn, cell.id, &from, &to)?;
    // Counted under borrowed keys, made owned once per key at the month's end (hashed with
    // FxHash: the keys are the program's own, not an attacker's, and SipHash cost a fifth of
    // reading the year).
    let mut tally: FxHashMap<(&str, &'static str, Dim), i64> = FxHashMap::default();
    for month in first..=last {
        let (start, end) = month_bounds(year, month)?;
        let key = format!("{year:04}-{month:02}");
        let mut counts: BTreeMap<(String, String, String), i64> = BTreeMap::new();
        let mut munis: BTreeSet<String> = coverage
            .iter()
            .filter(|c| {
                c.from_on.as_str() <= end.as_str()
                    && c.until_on.as_deref().is_none_or(|u| u > start.as_str())
            })
            .map(|c| c.nis.clone())
            .collect();
        tally.clear();
        for case in cases.iter().filter(|c| c.open_between(&start, &end)) {
            case.facts
                .each_month_fact(year, month, |measure, dimension, value| {
                    *tally.entry((&case.nis, measure, dimension)).or_default() += value;
                });
            if !munis.contains(&case.nis) {
                munis.insert(case.nis.clone());
            }
        }
        for ((nis, measure, dimension), value) in tally.drain() {
            *counts
                .entry((nis.to_string(), measure.to_string(), dimension.to_string()))
                .or_default() += value;
        }
        for (nis, measure, dimension, value) in stats::kept_counts(conn, cell.id, &key)? {
            *counts.entry((nis.clone(), measure, dimension)).or_default() += value;
            munis.insert(nis);
        }
        let (held, present, expected) = stats::meetings_held(conn, cell.id, &start, &end)?;
        let rate = (expected > 0).then(|| (present * 100 + expected / 2) / expected);
        each(
            month,
            RawMonth {
                counts,
                meetings_held: held,
                attendance_rate: rate,
                municipalities: munis.into_iter().collect(),
            },
        );
    }
    Ok(())
}

/// The month's figures with suppression (threshold `k`).
pub fn monthly(
    conn: &Connection,
    cell: &Cell,
    year: i32,
    month: u32,
    k: i64,
    lang: Lang,
) -> Result<Monthly> {
    let mut tables = months(conn, cell, year, month, month, k, lang)?;
    Ok(tables.pop().expect("one month asked, one given"))
}

/// The tables of the months of `year` from `first` to `last`, in order: each is the one
/// [`monthly`] gives, as a month's suppression is its own (one month's figures never bound
/// another's). While this thread counts the months, helpers on the thread pool (one fewer than
/// its threads) tabulate each as soon as it is counted; this thread then tabulates with them.
pub fn months(
    conn: &Connection,
    cell: &Cell,
    year: i32,
    first: u32,
    last: u32,
    k: i64,
    lang: Lang,
) -> Result<Vec<Monthly>> {
    let refs = crate::domain::municipality::reference()?;
    let name_of = |nis: &str| {
        refs.by_nis(nis)
            .map(|m| m.name(lang))
            .unwrap_or_else(|| nis.to_string())
    };
    let code = cell.code.as_str();
    // One month has nothing to share: no threads started for it.
    if first == last {
        let mut out = Vec::with_capacity(1);
        raw_months(conn, cell, year, first, last, |month, raw| {
            out.push(tabulate(raw, code, year, month, k, name_of));
        })?;
        return Ok(out);
    }
    // This thread and the helpers are as many as the pool's threads (one per core): a thread
    // more than cores waits for one of them, and a month's table with it.
    let helpers = rayon::current_num_threads().saturating_sub(1);
    let queue = Queue::default();
    let tables: Mutex<Vec<Option<Monthly>>> = Mutex::new((first..=last).map(|_| None).collect());
    let work = || {
        while let Some((month, raw)) = queue.take() {
            let table = tabulate(raw, code, year, month, k, name_of);
            lock(&tables)[(month - first) as usize] = Some(table);
        }
    };
    // The helpers run on the pool, which the year's checks use next.
    rayon::in_place_scope(|s| {
        for _ in 0..helpers.min((last - first) as usize) {
            s.spawn(|_| work());
        }
        // Closed however the counting ends, a panic included: a helper waiting for a month
        // would otherwise keep the scope open for ever.
        let closing = Closing(&queue);
        let counted = raw_months(conn, cell, year, first, last, |month, raw| {
            queue.push(month, raw)
        });
        if counted.is_err() {
            // The error is the answer: the months counted before it are not tabulated.
            lock(&queue.months).0.clear();
        }
        drop(closing);
        work();
        counted
    })?;
    Ok(tables
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .into_iter()
        .map(|t| t.expect("each month tabulated"))
        .collect())
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The months counted and not yet taken, and whether the counting is over.
#[derive(Default)]
struct Queue {
    months: Mutex<(VecDeque<(u32, RawMonth)>, bool)>,
    ready: Condvar,
}

/// Closes its queue when dropped.
struct Closing<'a>(&'a Queue);

impl Drop for Closing<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

impl Queue {
    fn push(&self, month: u32, raw: RawMonth) {
        lock(&self.months).0.push_back((month, raw));
        self.ready.notify_one();
    }

    fn close(&self) {
        lock(&self.months).1 = true;
        self.ready.notify_all();
    }

    /// The next month counted, waiting for it; `None` once every month is taken.
    fn take(&self) -> Option<(u32, RawMonth)> {
        let mut months = lock(&self.months);
        loop {
            if let Some(next) = months.0.pop_front() {
                return Some(next);
            }
            if months.1 {
                return None;
            }
            months = self
                .ready
                .wait(months)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// The table of a month's raw figures, with its relations and suppression (threshold `k`);
/// `name_of` names a municipality by its NIS code.
pub fn tabulate(
    raw: RawMonth,
    cell: &str,
    year: i32,
    month: u32,
    k: i64,
    name_of: impl Fn(&str) -> String,
) -> Monthly {
    let RawMonth {
        counts,
        meetings_held: held,
        attendance_rate: rate,
        municipalities: munis,
    } = raw;
    let mut units: Vec<(String, String)> = vec![(String::new(), "all".to_string())];
    if munis.len() > 1 {
        units.extend(munis.iter().map(|n| (n.clone(), name_of(n))));
    }
    // The counts by (nis, measure, dimension) and, summed over the municipalities, by
    // (measure, dimension) for the cell: each looked up without a copy of its key.
    let mut by_unit: FxHashMap<(&str, &str, &str), i64> = FxHashMap::default();
    let mut by_cell: FxHashMap<(&str, &str), i64> = FxHashMap::default();
    for ((nis, measure, dim), value) in &counts {
        by_unit.insert((nis, measure, dim), *value);
        *by_cell.entry((measure, dim)).or_default() += value;
    }
    let get = |nis: &str, measure: &str, dim: &str| -> i64 {
        if nis.is_empty() {
            by_cell.get(&(measure, dim)).copied().unwrap_or(0)
        } else {
            by_unit.get(&(nis, measure, dim)).copied().unwrap_or(0)
        }
    };
    let mut rows: Vec<Row> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    // (measure, dimension) -> index per unit, to chain municipalities to the cell total.
    let mut by_key: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (nis, name) in &units {
        for (measure, families) in MEASURES {
            let total = rows.len();
            rows.push(Row {
                nis: nis.clone(),
                municipality: name.clone(),
                measure,
                dimension: "total".into(),
                figure: Figure::count(get(nis, measure, "total")),
            });
            by_key
                .entry((measure.to_string(), "total".into()))
                .or_default()
                .push(total);
            for family in *families {
                let mut members = Vec::new();
                for value in family_values(family) {
                    let dim = format!("{family}={value}");
                    members.push(rows.len());
                    by_key
                        .entry((measure.to_string(), dim.clone()))
                        .or_default()
                        .push(rows.len());
                    rows.push(Row {
                        nis: nis.clone(),
                        municipality: name.clone(),
                        measure,
                        figure: Figure::count(get(nis, measure, &dim)),
                        dimension: dim,
                    });
                }
                groups.push(Group { total, members });
            }
        }
    }
    if units.len() > 1 {
        for idx in by_key.values() {
            groups.push(Group {
                total: idx[0],
                members: idx[1..].to_vec(),
            });
        }
    }
    rows.push(Row {
        nis: String::new(),
        municipality: "all".into(),
        measure: CELL_MEASURES[0],
        dimension: "total".into(),
        figure: Figure::count(held),
    });
    // The attendance rate is about the members' presence, not about cases: its numerator and
    // denominator (attendances) are no figures of the table, so it joins no relation and is
    // shown as it is.
    if let Some(rate) = rate {
        rows.push(Row {
            nis: String::new(),
            municipality: "all".into(),
            measure: CELL_MEASURES[1],
            dimension: "total".into(),
            figure: Figure::rate(rate),
        });
    }
    let mut figures: Vec<Figure> = rows.iter().map(|r| r.figure).collect();
    suppress::apply(&mut figures, &groups, k);
    for (r, f) in rows.iter_mut().zip(figures) {
        r.figure = f;
    }
    Monthly {
        cell: cell.to_string(),
        period: format!("{year:04}-{month:02}"),
        k,
        rows,
        groups,
    }
}

pub const CSV_COLUMNS: &[&str] = &[
    "cell",
    "period",
    "municipality_nis",
    "municipality",
    "measure",
    "dimension",
    "value",
    "suppressed",
];

/// Booleans in CSV files for scripts: `true` / `false`.
fn bool_text(b: bool) -> Value {
    Value::from(if b { "true" } else { "false" })
}

/// A figure in JSON and CSV: the number, or `null` (an empty CSV field) when hidden.
pub fn figure_value(f: &Figure) -> Value {
    f.published().map_or(Value::Null, Value::from)
}

/// The legend of the hidden-figure mark in documents.
pub fn legend(lang: Lang, k: i64) -> String {
    format!("{} {k}.", t(lang, "suppression_note"))
}

impl Monthly {
    pub fn csv(&self) -> Result<String> {
        let rows: Vec<Vec<Value>> = self
            .rows
            .iter()
            .map(|r| {
                vec![
                    self.cell.clone().into(),
                    self.period.clone().into(),
                    r.nis.clone().into(),
                    r.municipality.clone().into(),
                    r.measure.into(),
                    r.dimension.clone().into(),
                    figure_value(&r.figure),
                    bool_text(r.figure.suppressed),
                ]
            })
            .collect();
        crate::output::csv_text(CSV_COLUMNS, &rows)
    }

    pub fn json(&self, generated_at: &str) -> Value {
        json!({
            "cell": self.cell,
            "period": self.period,
            "suppress_below": self.k,
            "generated_at": generated_at,
            "rows": self.rows.iter().map(|r| json!({
                "municipality_nis": r.nis,
                "municipality": r.municipality,
                "measure": r.measure,
                "dimension": r.dimension,
                "value": figure_value(&r.figure),
                "suppressed": r.figure.suppressed,
            })).collect::<Vec<_>>(),
        })
    }

    pub fn doc(&self, conn: &Connection, cell: &Cell, lang: Lang) -> Result<Doc> {
        let (year, month) = self
            .period
            .split_once('-')
            .and_then(|(y, m)| Some((y.parse().ok()?, m.parse().ok()?)))
            .unwrap_or((1970, 1));
        let (_, end) = month_bounds(year, month)?;
        let mut doc = Doc::new(
            lang,
            format!(
                "{} — {} {}",
                crate::commands::meeting::cell_title(conn, cell, lang, &end)?,
                t(lang, "monthly_report"),
                crate::domain::dates::format_month_local(year, month, lang.as_str())
            ),
        );
        doc.meta.push((t(lang, "cell").into(), cell.code.clone()));
        doc.blocks.push(Block::Para(legend(lang, self.k)));
        let units: Vec<(String, String)> = {
            let mut seen = Vec::new();
            for r in &self.rows {
                if !seen.iter().any(|(n, _): &(String, String)| *n == r.nis) {
                    seen.push((r.nis.clone(), r.municipality.clone()));
                }
            }
            seen
        };
        for (nis, name) in units {
            doc.blocks.push(Block::Heading(if nis.is_empty() {
                t(lang, "whole_cell").to_string()
            } else {
                format!("{name} ({nis})")
            }));
            let rows: Vec<Vec<String>> = self
                .rows
                .iter()
                .filter(|r| r.nis == nis)
                .map(|r| {
                    let dim = match r.dimension.split_once('=') {
                        Some((family, value)) => vocab(lang, family, value),
                        None => String::new(),
                    };
                    vec![
                        t(lang, &format!("measure.{}", r.measure)).to_string(),
                        dim,
                        r.figure.shown(),
                    ]
                })
                .collect();
            doc.blocks.push(Block::Table(
                vec![
                    t(lang, "measure").into(),
                    t(lang, "breakdown").into(),
                    t(lang, "value").into(),
                ],
                rows,
            ));
        }
        Ok(doc)
    }
}

pub fn run(ctx: &mut Ctx, cmd: ExportCmd) -> Result<u8> {
    match cmd {
        ExportCmd::Monthly(a) => export_monthly(ctx, &a),
        ExportCmd::Cases {
            status,
            with_text,
            out,
        } => export_list(
            ctx,
            "cases",
            status.map(|s| s.as_str()),
            with_text,
            out.as_deref(),
        ),
        ExportCmd::Meetings { status, out } => export_list(
            ctx,
            "meetings",
            status.map(|s| s.as_str()),
            false,
            out.as_deref(),
        ),
        ExportCmd::Actions {
            status,
            with_text,
            out,
        } => {
            let s = status.map(|s| match s {
                ActionStatus::Open => "open",
                ActionStatus::Done => "done",
                ActionStatus::Overdue => "overdue",
            });
            export_list(ctx, "actions", s, with_text, out.as_deref())
        }
    }
}

/// Where a file goes: into DIR under `default_name`, or to FILE.
fn target(out: &Path, default_name: &str) -> PathBuf {
    if out.is_dir() {
        out.join(default_name)
    } else {
        out.to_path_buf()
    }
}

/// Writes the monthly figures `text` and its manifest (what, cell, period, when, by whom,
/// SHA-256).
fn write_with_manifest(
    ctx: &Ctx,
    path: &Path,
    text: &str,
    m: &Monthly,
    format: &str,
    anchor: Option<String>,
) -> Result<String> {
    let actor = ctx.actor()?;
    docs::write_private(path, text)?;
    let hash = sha256_hex(text.as_bytes());
    let manifest = json!({
        "what": "monthly figures", // i18n-ok: machine (the manifest a script reads)
        "cell": m.cell,
        "period": m.period,
        "format": format,
        "file": path.file_name().map(|f| f.to_string_lossy().to_string()),
        "generated_at": ctx.clock.stamp(),
        "generated_by": actor,
        "livcr_version": env!("CARGO_PKG_VERSION"),
        "sha256": hash,
        // The audit chain's head when the figures were taken: `livcr audit verify --anchor
        // MANIFEST` finds a log cut or rewritten after it.
        "anchor": anchor,
    });
    let mut mpath = path.as_os_str().to_owned();
    mpath.push(".manifest.json");
    if let Err(e) = docs::write_private(
        Path::new(&mpath),
        &(serde_json::to_string_pretty(&manifest)? + "\n"),
    ) {
        // No file without its manifest.
        let _ = std::fs::remove_file(path);
        return Err(e);
    }
    Ok(hash)
}

fn export_monthly(ctx: &mut Ctx, a: &MonthlyArgs) -> Result<u8> {
    let (year, month) = parse_month(&a.month, ctx.clock.today)?;
    let k = i64::from(a.suppress_below.unwrap_or(ctx.config.suppress_below).max(1));
    let format = match ctx.format {
        Some(FormatArg::Json) => "json",
        Some(FormatArg::Md) => "md",
        _ => "csv",
    };
    let mut conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let lang = crate::commands::meeting::doc_lang(ctx, &cell);
    let m = monthly(&conn, &cell, year, month, k, lang)?;
    let text = match format {
        "json" => serde_json::to_string_pretty(&m.json(&ctx.clock.stamp()))? + "\n",
        "md" => m.doc(&conn, &cell, lang)?.markdown(),
        _ => m.csv()?,
    };
    let tx = crate::context::begin_audit_only(&mut conn)?;
    match &a.out {
        Some(out) => {
            let path = target(out, &format!("livcr-{}-{}.{format}", cell.code, m.period));
            let anchor = crate::db::audit::anchor(&tx)?.map(|a| a.line());
            let hash = write_with_manifest(ctx, &path, &text, &m, format, anchor)?;
            ctx.audit(
                &tx,
                "export",
                "monthly",
                &m.period,
                // i18n-ok: stored
                &format!("monthly figures written ({format}, suppress below {k}), sha256 {hash}"),
            )?;
            tx.commit()?;
            ctx.out.done(&crate::t!(
                "export-monthly-written",
                period = m.period.as_str(),
                path = path.display().to_string()
            ))?;
        }
        None => {
            ctx.audit(
                &tx,
                "export",
                "monthly",
                &m.period,
                &format!("monthly figures printed ({format}, suppress below {k})"), // i18n-ok: stored
            )?;
            tx.commit()?;
            ctx.out.raw(&text)?;
        }
    }
    Ok(0)
}

fn export_list(
    ctx: &mut Ctx,
    what: &str,
    status: Option<&str>,
    with_text: bool,
    out: Option<&Path>,
) -> Result<u8> {
    let mut conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let today = lookup::iso(ctx.clock.today);
    let (columns, rows): (Vec<&str>, Vec<Vec<Value>>) = match what {
        "cases" => {
            let mut cols = crate::commands::case::CASE_COLUMNS.to_vec();
            if with_text {
                cols.push("summary");
            }
            let list = cases::list(
                &conn,
                cell.id,
                &today,
                &cases::Filter {
                    status,
                    all: true,
                    ..Default::default()
                },
            )?;
            let rows = list
                .iter()
                .map(|c| {
                    let mut r = crate::commands::case::case_row(c, &today);
                    if with_text {
                        r.push(c.summary.clone().into());
                    }
                    r
                })
                .collect();
            (cols, rows)
        }
        "meetings" => {
            let cols = vec![
                "id",
                "date",
                "time",
                "duration_min",
                "kind",
                "status",
                "items",
                "decided",
                "present",
                "excused",
                "absent",
            ];
            let mut rows = Vec::new();
            let tallies = meetings::tallies(&conn, cell.id)?;
            for m in meetings::list(&conn, cell.id, None, None)? {
                if status.is_some_and(|s| s != m.status) {
                    continue;
                }
                let t = tallies.get(&m.id).copied().unwrap_or_default();
                rows.push(vec![
                    m.id.into(),
                    m.date().to_string().into(),
                    m.time().to_string().into(),
                    m.duration_min.into(),
                    m.kind.clone().into(),
                    m.status.clone().into(),
                    t.items.into(),
                    t.decided.into(),
                    t.present.into(),
                    t.excused.into(),
                    t.absent.into(),
                ]);
            }
            (cols, rows)
        }
        _ => {
            // The action list's fields; the text only with --with-text.
            let columns = crate::commands::action::ACTION_COLUMNS;
            let keep = if with_text {
                columns.len()
            } else {
                columns.len() - 1
            };
            let cols = columns[..keep].to_vec();
            let all = cases::actions(
                &conn,
                cell.id,
                &today,
                status == Some("overdue"),
                None,
                None,
                status != Some("open") && status != Some("overdue"),
            )?;
            let rows = all
                .iter()
                .filter(|a| status != Some("done") || a.done_on.is_some())
                .map(|a| {
                    let mut r = crate::commands::action::row(a, &today);
                    r.truncate(keep);
                    r
                })
                .collect();
            (cols, rows)
        }
    };
    let text = if ctx.format == Some(FormatArg::Json) {
        let array: Vec<Value> = rows
            .iter()
            .map(|r| {
                Value::Object(
                    columns
                        .iter()
                        .zip(r)
                        .map(|(c, v)| (c.to_string(), v.clone()))
                        .collect(),
                )
            })
            .collect();
        serde_json::to_string_pretty(&array)? + "\n"
    } else {
        let rows: Vec<Vec<Value>> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|v| match v {
                        Value::Bool(b) => bool_text(*b),
                        other => other.clone(),
                    })
                    .collect()
            })
            .collect();
        crate::output::csv_text(&columns, &rows)?
    };
    let tx = begin(&mut conn)?;
    let hash = sha256_hex(text.as_bytes());
    let reference = out
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "standard output".to_string()); // i18n-ok: stored (the disclosure's reference)
    if with_text {
        fb::insert_disclosure(
            &tx,
            &NewDisclosure {
                cell_id: cell.id,
                what: &format!("export_{what}"),
                reference: &reference,
                case_code: None,
                recipient: &format!("{} (export with free text)", ctx.actor()?), // i18n-ok: stored
                on_date: &today,
                // i18n-ok: stored
                legal_basis: "export by the secretariat for the cell's own work (law of 30 July 2018)",
                sha256: &hash,
                actor: ctx.actor()?,
                at: &ctx.clock.stamp(),
            },
        )?;
    }
    ctx.audit(
        &tx,
        "export",
        what,
        &reference,
        &format!(
            "{}{}, sha256 {hash}",
            crate::output::plural(rows.len(), "row"),
            if with_text {
                " with free text (disclosure registered)" // i18n-ok: stored
            } else {
                ""
            }
        ),
    )?;
    // The file first: if it cannot be written, the transaction rolls back and nothing is
    // registered as having left.
    if let Some(p) = out {
        docs::write_private(p, &text)?;
    }
    if let Err(e) = tx.commit() {
        if let Some(p) = out {
            let _ = std::fs::remove_file(p);
        }
        return Err(e.into());
    }
    match out {
        Some(p) => ctx.out.done(&{
            let (count, path) = (rows.len(), p.display().to_string());
            match what {
                "cases" => crate::t!("export-cases-written", count = count, path = path),
                "meetings" => crate::t!("export-meetings-written", count = count, path = path),
                _ => crate::t!("export-actions-written", count = count, path = path),
            }
        })?,
        None => ctx.out.raw(&text)?,
    }
    Ok(0)
}
