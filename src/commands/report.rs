//! `livcr report annual`: the year in figures and a month-by-month table, suppression applied.

use anyhow::Result;
use chrono::Datelike;
use serde_json::{Map, Value, json};

use crate::cli::{FormatArg, ReportCmd};
use crate::commands::export::monthly;
use crate::commands::lookup;
use crate::commands::meeting::{cell_title, doc_lang};
use crate::context::Ctx;
use crate::docs::Block;
use crate::docs::labels::t;
use crate::domain::suppress::Figure;
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
    ctx.check_format(&[FormatArg::Md, FormatArg::Html, FormatArg::Json])?;
    let today = ctx.clock.today;
    if year > today.year() {
        return Err(fail(format!("{year} has not begun yet")));
    }
    let last_month = if year == today.year() {
        today.month()
    } else {
        12
    };
    let k = i64::from(suppress_below.unwrap_or(ctx.config.suppress_below).max(1));
    let mut conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;

    // figures[month * n + column], then the year row. Each month's figures are exactly those of
    // that month's export (the same suppression), so no view of a month tells more than another.
    let n = COLUMNS.len();
    let mut figures: Vec<Figure> = Vec::new();
    for month in 1..=last_month {
        let table = monthly(&conn, &cell, year, month, k, doc_lang(ctx, &cell))?;
        for (measure, _) in COLUMNS {
            let figure = table
                .rows
                .iter()
                .find(|r| r.nis.is_empty() && r.measure == *measure && r.dimension == "total")
                .map(|r| r.figure)
                .unwrap_or(Figure::count(0));
            figures.push(figure);
        }
    }
    let months = last_month as usize;
    for (c, (_, flow)) in COLUMNS.iter().enumerate() {
        let members: Vec<Figure> = (0..months).map(|m| figures[m * n + c]).collect();
        // The year total appears in no other view: it is the figure that gives way when a
        // month is hidden.
        let year = if *flow {
            let value = members.iter().map(|f| f.value).sum();
            Figure {
                value,
                count: true,
                suppressed: members.iter().any(|f| f.suppressed) || (value > 0 && value < k),
            }
        } else {
            members.last().copied().unwrap_or(Figure::count(0))
        };
        figures.push(year);
    }
    let year_row = months * n;

    let lang = doc_lang(ctx, &cell);
    let text = if ctx.format == Some(FormatArg::Json) {
        let shown = |f: &Figure| {
            if f.suppressed {
                Value::from(format!("<{k}"))
            } else {
                Value::from(f.value)
            }
        };
        let mut totals = Map::new();
        for (c, (measure, _)) in COLUMNS.iter().enumerate() {
            totals.insert(measure.to_string(), shown(&figures[year_row + c]));
        }
        let month_rows: Vec<Value> = (0..months)
            .map(|m| {
                let mut row = Map::new();
                row.insert(
                    "month".into(),
                    Value::from(format!("{year:04}-{:02}", m + 1)),
                );
                for (c, (measure, _)) in COLUMNS.iter().enumerate() {
                    row.insert(measure.to_string(), shown(&figures[m * n + c]));
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
        doc.blocks
            .push(Block::Para(format!("{} {k}", t(lang, "suppression_note"))));
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
                        figures[year_row + c].shown(k)
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
                row.extend((0..n).map(|c| figures[m * n + c].shown(k)));
                row
            })
            .collect();
        let mut total_row = vec![t(lang, "year_total").to_string()];
        total_row.extend((0..n).map(|c| figures[year_row + c].shown(k)));
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
            what: "annual report",
            entity: "report",
            id: i64::from(year),
            note: String::new(),
        },
    )
}
