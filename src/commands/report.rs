//! `livcr report annual`: the year in figures and a month-by-month table, suppression applied.
//!
//! JSON: `totals` and each of `months` map a measure to `{"value": N, "suppressed": false}`, or
//! `{"value": null, "suppressed": true}` when hidden.

use anyhow::Result;
use chrono::Datelike;
use serde_json::{Map, Value, json};

use crate::cli::{FormatArg, ReportCmd};
use crate::commands::export::{self, figure_value, legend};
use crate::commands::lookup;
use crate::commands::meeting::{cell_title, doc_lang};
use crate::context::Ctx;
use crate::docs::Block;
use crate::docs::labels::t;
use crate::domain::suppress::{self, Figure, Group};
use crate::error::fail;

/// Columns of the month-by-month table. Flows add up over the year; stocks (the state at month
/// end) are shown for the year as they stood at its last month.
const COLUMNS: &[(&str, bool)] = &[
    ("cases_opened", true),
    ("cases_closed", true),
    ("cases_declined", true),
    ("cases_active", false),
    ("reviews_done", true),
    ("actions_created", true),
    ("actions_done", true),
    ("referrals_in", true),
    ("referrals_out", true),
    ("feedback_forms_sent", true),
    ("meetings_held", true),
];

pub fn run(ctx: &mut Ctx, cmd: ReportCmd) -> Result<u8> {
    let ReportCmd::Annual {
        year,
        out,
        suppress_below,
    } = cmd;
    let today = ctx.clock.today;
    crate::domain::dates::year_in_range(&format!("--year {year}"), year)?;
    if year > today.year() {
        return Err(fail(crate::t!(
            "export-year-not-begun",
            year = year.to_string()
        )));
    }
    let last_month = if year == today.year() {
        today.month()
    } else {
        12
    };
    let k = i64::from(suppress_below.unwrap_or(ctx.config.suppress_below).max(1));
    let mut conn = ctx.open()?;
    // A small page cache (256 KiB, not SQLite's 2 MB), as `remind`: the year's cases are read
    // once, so a larger cache adds to the memory of a national file's run, not to its speed.
    conn.pragma_update(None, "cache_size", -256)?;
    let cell = lookup::cell(ctx, &conn, None)?;

    // One table for the year: every month's figures exactly as that month's export published
    // them (so they are fixed here), then one year figure per column. A year total is one more
    // unknown in the relation "the months add up to the year"; it is shown unless that would
    // let a reader work out a hidden figure of some month together with the monthly exports,
    // and then it is the figure that gives way (a month cannot: its export is out already).
    let lang = doc_lang(ctx, &cell);
    let n = COLUMNS.len();
    let mut all: Vec<Figure> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    // cell[month][column]: index into `all`.
    let mut cell_of: Vec<Vec<usize>> = Vec::new();
    let tables = export::months(&conn, &cell, year, 1, last_month, k, lang)?;
    for (month, table) in (1..).zip(tables) {
        let offset = all.len();
        all.extend(table.rows.iter().map(|r| r.figure));
        groups.extend(table.groups.iter().map(|g| g.shifted(offset)));
        // The cell's total of each measure, found in one pass over the month's rows.
        let mut totals: Vec<Option<usize>> = vec![None; n];
        let cell_totals = table
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.nis.is_empty() && r.dimension == "total");
        for (at, r) in cell_totals {
            if let Some(c) = COLUMNS.iter().position(|(m, _)| *m == r.measure) {
                totals[c].get_or_insert(at);
            }
        }
        let mut row = Vec::with_capacity(n);
        for ((measure, _), at) in COLUMNS.iter().zip(totals) {
            let at = at.ok_or_else(|| {
                fail(crate::t!(
                    "export-measure-missing",
                    measure = *measure,
                    month = month.to_string()
                ))
            })?;
            row.push(at + offset);
        }
        cell_of.push(row);
    }
    let mut fixed = vec![true; all.len()];
    let mut year_of = Vec::with_capacity(n);
    for (c, (_, flow)) in COLUMNS.iter().enumerate() {
        if *flow {
            let members: Vec<usize> = cell_of.iter().map(|row| row[c]).collect();
            let value = members.iter().map(|i| all[*i].value).sum();
            year_of.push(all.len());
            groups.push(Group {
                total: all.len(),
                members,
            });
            all.push(Figure::count(value));
            fixed.push(false);
        } else {
            // A stock: the year shows the last month's state, the same figure.
            year_of.push(cell_of.last().map(|row| row[c]).unwrap_or(usize::MAX));
        }
    }
    // Primary suppression of the year totals (the months had theirs in their export).
    for (i, f) in all.iter_mut().enumerate().filter(|(i, _)| !fixed[*i]) {
        suppress::primary(std::slice::from_mut(f), k);
        debug_assert!(year_of.contains(&i));
    }
    suppress::protect(&mut all, &groups, k, &fixed);
    let months = last_month as usize;
    let figure = |m: usize, c: usize| all[cell_of[m][c]];
    let year_figure = |c: usize| all.get(year_of[c]).copied().unwrap_or(Figure::count(0));

    let text = if ctx.format == Some(FormatArg::Json) {
        let shown = |f: Figure| json!({"value": figure_value(&f), "suppressed": f.suppressed});
        let mut totals = Map::new();
        for (c, (measure, _)) in COLUMNS.iter().enumerate() {
            totals.insert(measure.to_string(), shown(year_figure(c)));
        }
        let month_rows: Vec<Value> = (0..months)
            .map(|m| {
                let mut row = Map::new();
                row.insert(
                    "month".into(),
                    Value::from(format!("{year:04}-{:02}", m + 1)),
                );
                for (c, (measure, _)) in COLUMNS.iter().enumerate() {
                    row.insert(measure.to_string(), shown(figure(m, c)));
                }
                Value::Object(row)
            })
            .collect();
        serde_json::to_string_pretty(&json!({
            "cell": cell.code,
            "year": year,
            "suppress_below": k,
            "totals": totals,
            "months": month_rows,
        }))? + "\n"
    } else {
        let end = format!("{year:04}-{last_month:02}-28");
        let mut doc = crate::docs::Doc::new(
            lang,
            format!(
                "{} — {} {year}",
                cell_title(&conn, &cell, lang, &end)?,
                t(lang, "annual_report")
            ),
        );
        doc.meta.push((t(lang, "cell").into(), cell.code.clone()));
        doc.blocks.push(Block::Para(legend(lang, k)));
        doc.blocks
            .push(Block::Heading(t(lang, "year_total").into()));
        doc.blocks.push(Block::List(
            COLUMNS
                .iter()
                .enumerate()
                .map(|(c, (measure, _))| {
                    format!(
                        "{}: {}",
                        t(lang, &format!("measure.{measure}")),
                        year_figure(c).shown()
                    )
                })
                .collect(),
        ));
        doc.blocks.push(Block::Heading(t(lang, "month").into()));
        let mut head = vec![t(lang, "month").to_string()];
        head.extend(
            COLUMNS
                .iter()
                .map(|(m, _)| t(lang, &format!("measure.{m}")).to_string()),
        );
        let mut rows: Vec<Vec<String>> = (0..months)
            .map(|m| {
                let mut row = vec![crate::domain::dates::format_month_local(
                    year,
                    m as u32 + 1,
                    lang.as_str(),
                )];
                row.extend((0..n).map(|c| figure(m, c).shown()));
                row
            })
            .collect();
        let mut total_row = vec![t(lang, "year_total").to_string()];
        total_row.extend((0..n).map(|c| year_figure(c).shown()));
        rows.push(total_row);
        doc.blocks.push(Block::Table(head, rows));
        doc.render(ctx.format == Some(FormatArg::Html))
    };
    crate::commands::agenda::emit(
        ctx,
        &mut conn,
        out.as_deref(),
        &text,
        crate::commands::agenda::DocKind {
            // i18n-ok: stored (the kind named in the audit summary; agenda::emit words the message)
            what: "annual report",
            entity: "report",
            id: i64::from(year),
            note: String::new(),
        },
    )
}
