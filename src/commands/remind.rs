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
use crate::i18n::Said;

/// One reminder.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Reminder {
    pub cell: String,
    pub group: &'static str,
    /// The case code, member or meeting concerned.
    /// English in the JSON (scripts read it), the interface language in the lines a person reads.
    pub subject: Said,
    /// The case concerned, if any.
    pub case: Option<String>,
    /// The case is about a minor (rule R12).
    pub minor: bool,
    pub what: Said,
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
    let mut push = |cell_id: i64, group: &'static str, subject: Said, what: Said, due: &str| {
        out.push(Reminder {
            cell: code_of(cell_id),
            group,
            subject,
            case: None,
            minor: false,
            what,
            due_on: due.to_string(),
            overdue: due < t.as_str(),
        });
    };
    rem::reviews(conn, only, &h, |(cell, code, lead, due)| {
        if org.is_none_or(|o| lead == Some(o)) {
            push(
                cell,
                "reviews",
                crate::said_t!("export-remind-case", code = code.as_str()),
                crate::said_t!("export-remind-review"),
                &due,
            );
        }
    })?;
    rem::actions(conn, only, &h, org, |(cell, code, id, _, owner, due)| {
        push(
            cell,
            "actions",
            crate::said_t!("export-remind-case", code = code.as_str()),
            crate::said_t!(
                "export-remind-action",
                id = id.to_string(),
                owner = owner.as_str()
            ),
            &due,
        );
    })?;
    if org.is_none() {
        let from = format!("{t}T00:00");
        let until = format!("{h}T99");
        rem::meetings_without_agenda(conn, only, &from, &until, |(cell, id, starts)| {
            let date = starts.get(..10).unwrap_or(&starts).to_string();
            let time = starts.get(11..).unwrap_or("");
            let what = crate::i18n::in_english(|| {
                crate::t!("export-remind-no-agenda", starts = starts.replace('T', " "))
            });
            let what_text = crate::t!(
                "export-remind-no-agenda",
                starts = format!("{} {time}", crate::i18n::human_date_str(&date))
                    .trim_end()
                    .to_string()
            );
            push(
                cell,
                "meetings",
                crate::said_t!("export-remind-meeting", id = id.to_string()),
                Said {
                    en: what,
                    text: what_text,
                },
                &date,
            );
        })?;
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
                let what = match &held {
                    Some(last) => Said {
                        en: crate::i18n::in_english(|| {
                            crate::t!(
                                "export-remind-no-meeting",
                                months = no_meeting_months,
                                last = last.as_str()
                            )
                        }),
                        text: crate::t!(
                            "export-remind-no-meeting",
                            months = no_meeting_months,
                            last = crate::i18n::human_date_str(last)
                        ),
                    },
                    None => {
                        crate::said_t!("export-remind-no-meeting-ever", months = no_meeting_months)
                    }
                };
                push(
                    cell.id,
                    "meetings",
                    crate::said_t!("export-remind-cell", code = cell.code.as_str()),
                    what,
                    &due,
                );
            }
        }
        rem::open_referrals(
            conn,
            only,
            |(cell, id, code, received, status, expects, feedback)| {
                if matches!(status.as_str(), "received" | "discussed") {
                    let limit = NaiveDate::parse_from_str(&received, "%Y-%m-%d")
                        .map(|d| d + Duration::days(30))
                        .unwrap_or(today);
                    if limit <= horizon {
                        let what = Said {
                            en: crate::i18n::in_english(|| {
                                crate::t!("export-remind-no-decision", received = received.as_str())
                            }),
                            text: crate::t!(
                                "export-remind-no-decision",
                                received = crate::i18n::human_date_str(&received)
                            ),
                        };
                        push(
                            cell,
                            "referrals",
                            crate::said_t!(
                                "export-remind-referral",
                                id = id.to_string(),
                                code = code.as_str()
                            ),
                            what,
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
                        crate::said_t!(
                            "export-remind-referral",
                            id = id.to_string(),
                            code = code.as_str()
                        ),
                        crate::said_t!("export-remind-ltf-expects"),
                        &by,
                    );
                }
            },
        )?;
        rem::approved_forms(conn, only, |(cell, id, code, drafted)| {
            push(
                cell,
                "feedback",
                crate::said_t!(
                    "export-remind-form",
                    id = id.to_string(),
                    code = code.as_str()
                ),
                crate::said_t!("export-remind-form-not-sent"),
                &drafted,
            );
        })?;
        rem::purges(conn, only, &t, |(cell, code, due)| {
            push(
                cell,
                "retention",
                crate::said_t!("export-remind-case", code = code.as_str()),
                crate::said_t!("export-remind-purge"),
                &due,
            );
        })?;
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
            let who = Said {
                en: who.clone(),
                text: who,
            };
            match (&v.declaration_signed_on, &v.declaration_valid_until) {
                (None, _) => push(
                    cell.id,
                    "members",
                    who.clone(),
                    crate::said_t!("export-remind-no-declaration"),
                    &s.from_on,
                ),
                (Some(_), Some(until)) if until.as_str() <= h.as_str() => push(
                    cell.id,
                    "members",
                    who.clone(),
                    Said {
                        en: crate::i18n::in_english(|| {
                            crate::t!("export-remind-declaration-expires", until = until.as_str())
                        }),
                        text: crate::t!(
                            "export-remind-declaration-expires",
                            until = crate::i18n::human_date_str(until)
                        ),
                    },
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
                let who = format!("{} (#{})", s.view.name, s.view.person_id);
                push(
                    cell.id,
                    "members",
                    Said {
                        en: who.clone(),
                        text: who,
                    },
                    crate::said_t!("export-remind-io-clearance"),
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
                    crate::said_t!("export-remind-cell", code = cell.code.as_str()),
                    // The finding in English for scripts, in the interface language for a person.
                    Said {
                        en: crate::i18n::text_in(
                            crate::i18n::UiLang::En,
                            "export-remind-rule",
                            &[
                                ("rule", crate::i18n::arg(f.rule.to_string())),
                                ("detail", crate::i18n::arg(f.detail.en.as_str())),
                            ],
                        ),
                        text: crate::t!(
                            "export-remind-rule",
                            rule = f.rule.to_string(),
                            detail = f.detail.text.as_str()
                        ),
                    },
                    &t,
                );
            }
        }
    }
    // Rule R12: a reminder about a case says whether it is about a minor (one lookup by code
    // per case reminder; reminders are few).
    let case_groups = ["reviews", "actions", "referrals", "feedback", "retention"];
    for r in out.iter_mut().filter(|r| case_groups.contains(&r.group)) {
        let code = r
            .subject
            .en
            .split("case ")
            .nth(1)
            .map(|rest| rest.trim_end_matches(')').to_string());
        if let Some(code) = code {
            r.minor = crate::db::case::is_minor_code(conn, &code)?;
            r.case = Some(code);
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
/// Sorted in place (a national file has tens of thousands of reminders): one stable sort on
/// (group's rank, date, subject) keeps lines that tie in the order they were found.
pub fn order(mut all: Vec<Reminder>) -> Vec<Reminder> {
    // Each group present, with its earliest date.
    let mut earliest: Vec<(&'static str, &str)> = Vec::new();
    for r in &all {
        match earliest.iter_mut().find(|(g, _)| *g == r.group) {
            Some((_, d)) if r.due_on.as_str() < *d => *d = r.due_on.as_str(),
            Some(_) => {}
            None => earliest.push((r.group, r.due_on.as_str())),
        }
    }
    let mut groups: Vec<(String, usize, &'static str)> = earliest
        .into_iter()
        .map(|(g, d)| {
            let pos = GROUPS.iter().position(|x| *x == g).unwrap_or(99);
            (d.to_string(), pos, g)
        })
        .collect();
    groups.sort();
    let rank = |g: &str| {
        groups
            .iter()
            .position(|(_, _, x)| *x == g)
            .unwrap_or(usize::MAX)
    };
    all.sort_by(|a, b| {
        (rank(a.group), a.due_on.as_str(), a.subject.en.as_str()).cmp(&(
            rank(b.group),
            b.due_on.as_str(),
            b.subject.en.as_str(),
        ))
    });
    all
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
        let group = match g {
            "composition" => crate::t!("export-remind-group-composition"),
            "reviews" => crate::t!("export-remind-group-reviews"),
            "actions" => crate::t!("export-remind-group-actions"),
            "referrals" => crate::t!("export-remind-group-referrals"),
            "feedback" => crate::t!("export-remind-group-feedback"),
            "meetings" => crate::t!("export-remind-group-meetings"),
            "members" => crate::t!("export-remind-group-members"),
            "retention" => crate::t!("export-remind-group-retention"),
            other => other.to_string(),
        };
        text.push_str(&crate::t!(
            "export-remind-heading",
            group = group,
            count = items.len(),
            overdue = overdue
        ));
        text.push('\n');
        for r in items {
            let date = crate::i18n::human_date_str(&r.due_on);
            let subject = format!(
                "{}{}{}",
                if several_cells {
                    format!("[{}] ", r.cell)
                } else {
                    String::new()
                },
                r.subject.text,
                if r.minor {
                    crate::t!("export-remind-minor")
                } else {
                    String::new()
                },
            );
            let what = r.what.text.as_str();
            let line = if r.overdue {
                crate::t!(
                    "export-remind-line-overdue",
                    date = date,
                    subject = subject,
                    what = what
                )
            } else if r.due_on == today {
                crate::t!(
                    "export-remind-line-today",
                    date = date,
                    subject = subject,
                    what = what
                )
            } else {
                crate::t!(
                    "export-remind-line-due",
                    date = date,
                    subject = subject,
                    what = what
                )
            };
            text.push_str(&format!("  {line}\n"));
        }
    }
    text
}
