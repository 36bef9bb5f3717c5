//! `livcr remind`: everything due or overdue in the file, for cron. Prints nothing when nothing
//! is due; never prompts and never writes.

use anyhow::Result;
use chrono::{Duration, Months, NaiveDate};
use rusqlite::Connection;
use serde_json::json;

use crate::cli::{FormatArg, RemindArgs};
use crate::commands::lookup;
use crate::context::Ctx;
use crate::db::composition::{self as comp, Cell};
use crate::db::remind as rem;
use crate::domain::composition::Status as RuleStatus;
use crate::domain::dates::parse_span;

/// One reminder.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Reminder {
    pub cell: String,
    pub group: &'static str,
    /// The case code, member or meeting concerned.
    pub subject: String,
    pub what: String,
    pub due_on: String,
    pub overdue: bool,
}

/// Group headings, most urgent kinds first when dates tie.
const GROUPS: &[&str] = &[
    "composition",
    "reviews",
    "actions",
    "referrals",
    "feedback",
    "meetings",
    "members",
    "retention",
];

use crate::domain::dates::iso;

/// Everything due by `horizon` in `cells` (every cell of the file, or the one chosen), with
/// one query per kind of reminder.
pub fn collect(
    conn: &Connection,
    cells: &[Cell],
    only: Option<i64>,
    today: NaiveDate,
    horizon: NaiveDate,
    no_meeting_months: u32,
    org: Option<i64>,
) -> Result<Vec<Reminder>> {
    let t = iso(today);
    let h = iso(horizon);
    let codes: std::collections::HashMap<i64, &str> =
        cells.iter().map(|c| (c.id, c.code.as_str())).collect();
    let code_of = |id: i64| codes.get(&id).copied().unwrap_or_default().to_string();
    let mut out = Vec::new();
    let mut push = |cell_id: i64, group: &'static str, subject: String, what: String, due: &str| {
        out.push(Reminder {
            cell: code_of(cell_id),
            group,
            subject,
            what,
            due_on: due.to_string(),
            overdue: due < t.as_str(),
        });
    };
    for (cell, code, lead, due) in rem::reviews(conn, only, &h)? {
        if org.is_some_and(|o| lead != Some(o)) {
            continue;
        }
        push(
            cell,
            "reviews",
            format!("case {code}"),
            "review".into(),
            &due,
        );
    }
    for (cell, code, id, _, owner, due) in rem::actions(conn, only, &h, org)? {
        push(
            cell,
            "actions",
            format!("case {code}"),
            format!("action #{id} ({owner})"),
            &due,
        );
    }
    if org.is_none() {
        let from = format!("{t}T00:00");
        let until = format!("{h}T99");
        for (cell, id, starts) in rem::meetings_without_agenda(conn, only, &from, &until)? {
            let date = starts.get(..10).unwrap_or(&starts).to_string();
            push(
                cell,
                "meetings",
                format!("meeting #{id}"),
                format!(
                    "no agenda drafted for the meeting of {}",
                    starts.replace('T', " ")
                ),
                &date,
            );
        }
        // No meeting for N months (R14), counted from the last held one or the cell's start.
        let limit = iso(today
            .checked_sub_months(Months::new(no_meeting_months))
            .unwrap_or(NaiveDate::MIN));
        for cell in cells.iter().filter(|c| only.is_none_or(|o| o == c.id)) {
            let held = rem::last_held(conn, cell.id)?;
            let since = held.clone().unwrap_or_else(|| cell.established_on.clone());
            if since < limit {
                let due = NaiveDate::parse_from_str(&since, "%Y-%m-%d")
                    .ok()
                    .and_then(|d| d.checked_add_months(Months::new(no_meeting_months)))
                    .map(iso)
                    .unwrap_or_else(|| t.clone());
                push(
                    cell.id,
                    "meetings",
                    format!("cell {}", cell.code),
                    format!(
                        "no meeting held for {no_meeting_months} months (last: {}; rule R14)",
                        held.unwrap_or_else(|| "none".into())
                    ),
                    &due,
                );
            }
        }
        for (cell, id, code, received, status, expects, feedback) in
            rem::open_referrals(conn, only)?
        {
            if matches!(status.as_str(), "received" | "discussed") {
                let limit = NaiveDate::parse_from_str(&received, "%Y-%m-%d")
                    .map(|d| d + Duration::days(30))
                    .unwrap_or(today);
                if limit <= horizon {
                    push(
                        cell,
                        "referrals",
                        format!("referral #{id} (case {code})"),
                        format!("no decision 30 days after receipt ({received})"),
                        &iso(limit),
                    );
                }
            }
            if let Some(by) = expects
                && feedback.is_none()
                && by.as_str() <= h.as_str()
            {
                push(
                    cell,
                    "referrals",
                    format!("referral #{id} (case {code})"),
                    "the LTF expects feedback".into(),
                    &by,
                );
            }
        }
        for (cell, id, code, drafted) in rem::approved_forms(conn, only)? {
            push(
                cell,
                "feedback",
                format!("form #{id} (case {code})"),
                "approved by every participant but not sent".into(),
                &drafted,
            );
        }
        for (cell, code, due) in rem::purges(conn, only, &t)? {
            push(
                cell,
                "retention",
                format!("case {code}"),
                "retention ended: purge (`livcr purge --dry-run`)".into(),
                &due,
            );
        }
    }
    // Members: declarations (R5), IO clearances (R3), and the composition rules.
    let seats = rem::seats(conn, &t, only)?;
    let coverage = comp::all_coverage(conn)?;

    for cell in cells.iter().filter(|c| only.is_none_or(|o| o == c.id)) {
        let mine: Vec<&rem::DueSeat> = seats.iter().filter(|s| s.cell_id == cell.id).collect();
        let mut seen = Vec::new();
        for s in &mine {
            let v = &s.view;
            if org.is_some_and(|o| s.organisation_id != o) || seen.contains(&v.person_id) {
                continue;
            }
            seen.push(v.person_id);
            let who = format!("{} (#{})", v.name, v.person_id);
            match (&v.declaration_signed_on, &v.declaration_valid_until) {
                (None, _) => push(
                    cell.id,
                    "members",
                    who.clone(),
                    "no signed confidentiality declaration (rule R5)".into(),
                    &s.from_on,
                ),
                (Some(_), Some(until)) if until.as_str() <= h.as_str() => push(
                    cell.id,
                    "members",
                    who.clone(),
                    format!("confidentiality declaration expires on {until} (rule R5)"),
                    until,
                ),
                _ => {}
            }
        }
        for s in mine.iter().filter(|s| s.view.role == "io") {
            if org.is_some_and(|o| s.organisation_id != o) {
                continue;
            }
            if s.view.clearance_confirmed_on.is_none() {
                push(
                    cell.id,
                    "members",
                    format!("{} (#{})", s.view.name, s.view.person_id),
                    "IO without a confirmed clearance \"geheim\" (rule R3)".into(),
                    &s.from_on,
                );
            }
        }
        // Composition errors from `cell check`, once the cell has members.
        if org.is_none() && !mine.is_empty() {
            let munis: Vec<comp::Coverage> = coverage
                .iter()
                .filter(|c| c.cell_id == cell.id)
                .cloned()
                .collect();
            let views: Vec<_> = mine.iter().map(|s| s.view.clone()).collect();
            for f in crate::commands::cell::findings_of(
                &munis,
                &views,
                &t,
                crate::domain::security::security_service,
            )
            .iter()
            .filter(|f| f.status == RuleStatus::Error)
            {
                push(
                    cell.id,
                    "composition",
                    format!("cell {}", cell.code),
                    format!("rule {}: {}", f.rule, f.detail),
                    &t,
                );
            }
        }
    }
    Ok(out)
}

pub fn run(ctx: &mut Ctx, args: &RemindArgs) -> Result<u8> {
    let within = args
        .within
        .clone()
        .unwrap_or_else(|| ctx.config.remind_within.clone());
    let horizon = parse_span(&within)?.add_to(ctx.clock.today);
    let conn = ctx.open()?;
    let org = args
        .for_org
        .as_deref()
        .map(|o| lookup::org(&conn, o))
        .transpose()?
        .map(|o| o.id);
    let cells = comp::cells(&conn)?;
    let only = match &ctx.cell {
        Some(code) => Some(lookup::cell(ctx, &conn, Some(code))?.id),
        None => None,
    };
    let all = collect(
        &conn,
        &cells,
        only,
        ctx.clock.today,
        horizon,
        ctx.config.no_meeting_months,
        org,
    )?;
    if all.is_empty() {
        return Ok(0);
    }
    let ordered = order(all);
    if ctx.format == Some(FormatArg::Json) {
        ctx.out
            .raw(&(serde_json::to_string_pretty(&json!(ordered))? + "\n"))?;
    } else {
        let several = only.is_none() && cells.len() > 1;
        let text = render(&ordered, several, &lookup::iso(ctx.clock.today));
        ctx.out.raw(&text)?;
    }
    Ok(if args.fail_if_due { 3 } else { 0 })
}

/// Most urgent first: groups ordered by their earliest date, lines by date within a group.
pub fn order(mut all: Vec<Reminder>) -> Vec<Reminder> {
    all.sort_by(|a, b| {
        (a.due_on.as_str(), a.subject.as_str()).cmp(&(b.due_on.as_str(), b.subject.as_str()))
    });
    let mut groups: Vec<&'static str> = Vec::new();
    for r in &all {
        if !groups.contains(&r.group) {
            groups.push(r.group);
        }
    }
    groups.sort_by_key(|g| {
        (
            all.iter()
                .filter(|r| r.group == *g)
                .map(|r| r.due_on.clone())
                .min()
                .unwrap_or_default(),
            GROUPS.iter().position(|x| x == g).unwrap_or(99),
        )
    });
    groups
        .iter()
        .flat_map(|g| all.iter().filter(move |r| r.group == *g).cloned())
        .collect()
}

/// The text cron mails: a heading per group, one line per reminder.
pub fn render(ordered: &[Reminder], several_cells: bool, today: &str) -> String {
    let mut text = String::new();
    let mut i = 0;
    while i < ordered.len() {
        let g = ordered[i].group;
        let items: Vec<&Reminder> = ordered[i..].iter().take_while(|r| r.group == g).collect();
        i += items.len();
        let overdue = items.iter().filter(|r| r.overdue).count();
        text.push_str(&format!(
            "{g} ({}{})\n",
            items.len(),
            if overdue > 0 {
                format!(", {overdue} overdue")
            } else {
                String::new()
            }
        ));
        for r in items {
            let when = if r.overdue {
                "OVERDUE since"
            } else if r.due_on == today {
                "due today,"
            } else {
                "due"
            };
            text.push_str(&format!(
                "  {when} {}  {}{}: {}\n",
                r.due_on,
                if several_cells {
                    format!("[{}] ", r.cell)
                } else {
                    String::new()
                },
                r.subject,
                r.what
            ));
        }
    }
    text
}
