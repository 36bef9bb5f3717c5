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
use crate::db::{case as cases, feedback as fb, meeting as meetings};
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

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub fn collect(
    conn: &Connection,
    cell: &Cell,
    today: NaiveDate,
    horizon: NaiveDate,
    no_meeting_months: u32,
    org: Option<i64>,
) -> Result<Vec<Reminder>> {
    let t = iso(today);
    let h = iso(horizon);
    let mut out = Vec::new();
    let mut push = |group: &'static str, subject: String, what: String, due: &str| {
        out.push(Reminder {
            cell: cell.code.clone(),
            group,
            subject,
            what,
            due_on: due.to_string(),
            overdue: due < t.as_str(),
        });
    };
    // Reviews.
    for c in cases::list(
        conn,
        cell.id,
        &t,
        &cases::Filter {
            review_by: Some(&h),
            ..Default::default()
        },
    )? {
        if let Some(o) = org
            && c.lead_org_id != Some(o)
        {
            continue;
        }
        let due = c.next_review_on.clone().unwrap_or_default();
        push("reviews", format!("case {}", c.code), "review".into(), &due);
    }
    // Actions.
    for a in cases::actions(conn, cell.id, &t, false, org, None, false)? {
        if a.due_on.as_str() <= h.as_str() {
            push(
                "actions",
                format!("case {}", a.case_code),
                format!("action #{} ({})", a.id, a.org),
                &a.due_on,
            );
        }
    }
    if org.is_none() {
        // Meetings in the window without a drafted agenda.
        let from = format!("{t}T00:00");
        let until = format!("{}T99", h);
        for m in meetings::list(conn, cell.id, Some(&from), Some(&until))? {
            if m.status == "planned" && meetings::items(conn, m.id)?.is_empty() {
                push(
                    "meetings",
                    format!("meeting #{}", m.id),
                    format!(
                        "no agenda drafted for the meeting of {} {}",
                        m.date(),
                        m.time()
                    ),
                    m.date(),
                );
            }
        }
        // No meeting for N months (R14).
        let limit = today
            .checked_sub_months(Months::new(no_meeting_months))
            .unwrap_or(NaiveDate::MIN);
        let last = meetings::last_held_before(conn, cell.id, &format!("{t}T99"))?;
        let since = last
            .as_ref()
            .map(|m| m.date().to_string())
            .unwrap_or_else(|| cell.established_on.clone());
        if since.as_str() < iso(limit).as_str() {
            push(
                "meetings",
                format!("cell {}", cell.code),
                format!(
                    "no meeting held for {no_meeting_months} months (last: {}; rule R14)",
                    last.map(|m| m.date().to_string())
                        .unwrap_or_else(|| "none".into())
                ),
                &iso(NaiveDate::parse_from_str(&since, "%Y-%m-%d")
                    .ok()
                    .and_then(|d| d.checked_add_months(Months::new(no_meeting_months)))
                    .unwrap_or(today)),
            );
        }
        // Referrals.
        for r in fb::referrals(conn, cell.id, true, Some("in"), None)? {
            if matches!(r.status.as_str(), "received" | "discussed") {
                let limit = NaiveDate::parse_from_str(&r.on_date, "%Y-%m-%d")
                    .map(|d| d + Duration::days(30))
                    .unwrap_or(today);
                if limit <= horizon {
                    push(
                        "referrals",
                        format!("referral #{} (case {})", r.id, r.case_code),
                        format!("no decision 30 days after receipt ({})", r.on_date),
                        &iso(limit),
                    );
                }
            }
            if let Some(by) = &r.expects_feedback_by
                && r.feedback_on.is_none()
                && by.as_str() <= h.as_str()
            {
                push(
                    "referrals",
                    format!("referral #{} (case {})", r.id, r.case_code),
                    "the LTF expects feedback".into(),
                    by,
                );
            }
        }
        // Approved forms not sent.
        for f in fb::forms(conn, cell.id, None)? {
            if f.status == "approved" {
                push(
                    "feedback",
                    format!("form #{} (case {})", f.id, f.case_code),
                    "approved by every participant but not sent".into(),
                    &f.drafted_on,
                );
            }
        }
        // Purges due (R11).
        for c in cases::purge_due(conn, cell.id, &t)? {
            push(
                "retention",
                format!("case {}", c.code),
                "retention ended: purge (`livcr purge --dry-run`)".into(),
                c.purge_due_on.as_deref().unwrap_or(&t),
            );
        }
    }
    // Members: declarations (R5) and IO clearances (R3).
    let seats = comp::seats(conn, cell.id, Some(&t))?;
    let mut seen = Vec::new();
    for s in &seats {
        if org.is_some_and(|o| s.person.organisation_id != o) || seen.contains(&s.person_id) {
            continue;
        }
        seen.push(s.person_id);
        let who = format!("{} (#{})", s.person.name, s.person_id);
        match (
            &s.person.declaration_signed_on,
            &s.person.declaration_valid_until,
        ) {
            (None, _) => push(
                "members",
                who.clone(),
                "no signed confidentiality declaration (rule R5)".into(),
                &s.from_on,
            ),
            (Some(_), Some(until)) if until.as_str() <= h.as_str() => push(
                "members",
                who.clone(),
                format!("confidentiality declaration expires on {until} (rule R5)"),
                until,
            ),
            _ => {}
        }
    }
    for s in seats.iter().filter(|s| s.role == "io") {
        if org.is_some_and(|o| s.person.organisation_id != o) {
            continue;
        }
        if s.person.clearance_confirmed_on.is_none() {
            push(
                "members",
                format!("{} (#{})", s.person.name, s.person_id),
                "IO without a confirmed clearance \"geheim\" (rule R3)".into(),
                &s.from_on,
            );
        }
    }
    // Composition errors from `cell check` (only once the cell has members).
    if org.is_none() && !seats.is_empty() {
        let st = crate::commands::cell::state(conn, cell.clone(), &t)?;
        for f in st.findings.iter().filter(|f| f.status == RuleStatus::Error) {
            push(
                "composition",
                format!("cell {}", cell.code),
                format!("rule {}: {}", f.rule, f.detail),
                &t,
            );
        }
    }
    Ok(out)
}

pub fn run(ctx: &mut Ctx, args: &RemindArgs) -> Result<u8> {
    ctx.check_format(&[FormatArg::Text, FormatArg::Json])?;
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
    let cells = match &ctx.cell {
        Some(code) => vec![lookup::cell(ctx, &conn, Some(code))?],
        None => comp::cells(&conn)?,
    };
    let mut all = Vec::new();
    for cell in &cells {
        all.extend(collect(
            &conn,
            cell,
            ctx.clock.today,
            horizon,
            ctx.config.no_meeting_months,
            org,
        )?);
    }
    if all.is_empty() {
        return Ok(0);
    }
    let ordered = order(all);
    if ctx.format == Some(FormatArg::Json) {
        ctx.out
            .raw(&(serde_json::to_string_pretty(&json!(ordered))? + "\n"))?;
    } else {
        let text = render(&ordered, cells.len() > 1, &lookup::iso(ctx.clock.today));
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
