//! `livcr meeting run`: the meeting, live, on a terminal. Every step calls the same command
//! that a script would (attend, decide, action add, case move, case review, close), each in its
//! own transaction, so closing the terminal halfway loses nothing that was entered.

use anyhow::Result;

use crate::cli::DecisionKind;
use crate::commands::{action, case, lookup, meeting};
use crate::context::Ctx;
use crate::db::composition as comp;
use crate::db::meeting as meetings;
use crate::domain::case::MoveTarget;
use crate::domain::case::Status;
use crate::error::{fail, fail_hint};
use crate::prompt;

pub fn run(ctx: &mut Ctx, input: &str) -> Result<u8> {
    if !ctx.interactive() {
        return Err(fail_hint(
            crate::t!("meeting-run-needs-terminal"),
            crate::t!("meeting-run-needs-terminal-hint"),
        ));
    }
    let (m, cell) = {
        let conn = ctx.open()?;
        let cell = lookup::cell(ctx, &conn, None)?;
        (meeting::find(ctx, &conn, &cell, input)?, cell)
    };
    if m.status != "planned" {
        return Err(fail(crate::t!(
            "meeting-run-status",
            id = m.id,
            status = crate::i18n::word("meeting-status", &m.status)
        )));
    }
    let id = m.id.to_string();
    let date = m.date().to_string();

    // Attendance as a checklist.
    let (people, recorded) = {
        let conn = ctx.open()?;
        let mut people: Vec<(i64, String)> = Vec::new();
        for s in comp::seats(&conn, cell.id, Some(&date))? {
            if !people.iter().any(|(p, _)| *p == s.person_id) {
                people.push((
                    s.person_id,
                    format!("{} ({}, {})", s.person.name, s.person.organisation, s.role),
                ));
            }
        }
        let recorded = meetings::attendance(&conn, m.id)?;
        (people, recorded)
    };
    let labels: Vec<String> = people.iter().map(|(_, l)| l.clone()).collect();
    let checked: Vec<bool> = people
        .iter()
        .map(|(p, _)| {
            recorded
                .iter()
                .any(|a| a.person_id == *p && a.status == "present")
        })
        .collect();
    let chosen = prompt::multi(&crate::t!("meeting-run-who-present"), &labels, &checked)?;
    let present: Vec<String> = chosen.iter().map(|i| people[*i].0.to_string()).collect();
    let absent: Vec<String> = (0..people.len())
        .filter(|i| !chosen.contains(i))
        .map(|i| people[i].0.to_string())
        .collect();
    meeting::attend(ctx, &id, &present, &[], &absent)?;

    // Item by item.
    let items = {
        let conn = ctx.open()?;
        meetings::items(&conn, m.id)?
    };
    let kinds = [
        DecisionKind::Consensus,
        DecisionKind::Chair,
        DecisionKind::Postponed,
        DecisionKind::None,
    ];
    for item in items {
        let label = {
            let conn = ctx.open()?;
            meeting::item_label(&conn, &item)?
        };
        ctx.out.done(&format!(
            "\n{}",
            crate::t!(
                "meeting-run-item",
                number = item.position,
                label = label.as_str()
            )
        ))?;
        // A decision already recorded (an earlier run, `meeting decide`) is shown and kept
        // unless the user picks another one.
        let recorded = item.decision_kind.as_deref().map(|k| {
            let k = crate::i18n::word("decision", k);
            match item.decision_text.as_deref() {
                Some(t) => format!("{k} — {t}"),
                None => k,
            }
        });
        let mut choices: Vec<String> = Vec::new();
        if let Some(r) = &recorded {
            ctx.out
                .note(&crate::t!("meeting-run-recorded", decision = r.as_str()))?;
            choices.push(crate::t!(
                "meeting-run-keep-recorded",
                decision = r.as_str()
            ));
        }
        choices.extend(kinds.iter().map(|k| describe(*k)));
        if recorded.is_none() {
            choices.push(crate::t!("meeting-run-skip"));
        }
        let k = prompt::choose(&crate::t!("meeting-run-decision"), &choices)?;
        let offset = usize::from(recorded.is_some());
        if k < offset {
            continue;
        }
        let Some(kind) = kinds.get(k - offset).copied() else {
            continue;
        };
        let text = prompt::text_with(
            &crate::t!("meeting-run-decision-text"),
            item.decision_text.as_deref().unwrap_or(""),
        )?;
        // Who took part matters for a case item (its feedback form needs their consent, R7);
        // an item without a case asks nothing more.
        let (left, joined) = if item.case_id.is_some() {
            participants(&people, &present)?
        } else {
            (Vec::new(), Vec::new())
        };
        let text = (!text.is_empty()).then_some(text);
        if let Err(e) = meeting::decide(ctx, &id, item.position, kind, text, &left, &joined) {
            ctx.out.warn(&not_saved(&e))?;
            continue;
        }
        let Some(code) = item.case_code.clone() else {
            continue;
        };
        while prompt::confirm(&crate::t!("meeting-run-add-action"), false)? {
            let org = prompt::text(&crate::t!("meeting-run-owner"), false)?;
            let due = prompt::text(&crate::t!("meeting-run-due"), false)?;
            let what = prompt::text(&crate::t!("meeting-run-what"), false)?;
            if let Err(e) = action::add(ctx, &code, &org, &due, &what, None) {
                ctx.out.warn(&not_saved(&e))?;
            }
        }
        let status = {
            let conn = ctx.open()?;
            lookup::case(ctx, &conn, &cell, &code)?.status
        };
        let targets: Vec<MoveTarget> = Status::parse(&status)
            .map(|s| s.next().to_vec())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|s| match s {
                Status::Screening => Some(MoveTarget::Screening),
                Status::OnList => Some(MoveTarget::OnList),
                Status::FollowUp => Some(MoveTarget::FollowUp),
                Status::Declined => Some(MoveTarget::Declined),
                _ => None,
            })
            .collect();
        if !targets.is_empty() {
            let mut l: Vec<String> = vec![crate::t!(
                "meeting-run-keep-status",
                status = crate::i18n::word("case-status", status.as_str())
            )];
            l.extend(targets.iter().map(|t| {
                crate::t!(
                    "meeting-run-move-to",
                    status = crate::i18n::word("case-status", t.status().as_str())
                )
            }));
            let i = prompt::choose(&crate::t!("meeting-run-case-status"), &l)?;
            if i > 0 {
                let target = targets[i - 1];
                let by = if target == MoveTarget::OnList {
                    Some(prompt::text(&crate::t!("meeting-run-decided-by"), false)?)
                } else {
                    None
                };
                if let Err(e) = case::move_to(ctx, &code, target, by.as_deref(), None, Some(&date))
                {
                    ctx.out.warn(&not_saved(&e))?;
                }
            }
        }
        let next = prompt::text(&crate::t!("meeting-run-next-review"), true)?;
        if !next.is_empty() {
            let result = if next.starts_with(|c: char| c.is_ascii_digit())
                && !next.contains('-')
                && !next.contains('/')
            {
                case::review(ctx, &code, Some(&date), None, Some(&next))
            } else {
                case::review(ctx, &code, Some(&date), Some(&next), None)
            };
            if let Err(e) = result {
                ctx.out.warn(&not_saved(&e))?;
            }
        }
    }
    let undecided: Vec<String> = {
        let conn = ctx.open()?;
        meetings::items(&conn, m.id)?
            .iter()
            .filter(|i| i.decision_kind.is_none())
            .map(|i| i.position.to_string())
            .collect()
    };
    let question = if undecided.is_empty() {
        crate::t!("meeting-run-close")
    } else {
        crate::t!(
            "meeting-run-close-undecided",
            count = undecided.len(),
            list = undecided.join(", ")
        )
    };
    if prompt::confirm(&question, undecided.is_empty())? {
        meeting::close_meeting(ctx, &id, false, None, true)?;
    } else {
        ctx.out
            .note(&crate::t!("meeting-run-stays-planned", id = id.as_str()))?;
    }
    Ok(0)
}

/// The words a person reads for a decision kind.
fn describe(kind: DecisionKind) -> String {
    match kind {
        DecisionKind::Consensus => crate::t!("meeting-run-kind-consensus"),
        DecisionKind::Chair => crate::t!("meeting-run-kind-chair"),
        DecisionKind::Postponed => crate::t!("meeting-run-kind-postponed"),
        DecisionKind::None => crate::t!("meeting-run-kind-none"),
    }
}

/// The warning for a step that was refused: the step goes on with the next question.
fn not_saved(e: &anyhow::Error) -> String {
    crate::t!("meeting-run-not-saved", error = crate::i18n::error_chain(e))
}

/// Who left the room for a case item, and who joined for it.
fn participants(
    people: &[(i64, String)],
    present: &[String],
) -> Result<(Vec<String>, Vec<String>)> {
    let present_people: Vec<&(i64, String)> = people
        .iter()
        .filter(|(p, _)| present.contains(&p.to_string()))
        .collect();
    let others: Vec<&(i64, String)> = people
        .iter()
        .filter(|(p, _)| !present.contains(&p.to_string()))
        .collect();
    let left: Vec<String> = if present_people.is_empty() {
        Vec::new()
    } else {
        let l: Vec<String> = present_people.iter().map(|(_, l)| l.clone()).collect();
        prompt::multi(
            &crate::t!("meeting-run-who-left"),
            &l,
            &vec![false; l.len()],
        )?
        .into_iter()
        .map(|i| present_people[i].0.to_string())
        .collect()
    };
    let joined: Vec<String> = if others.is_empty() {
        Vec::new()
    } else {
        let l: Vec<String> = others.iter().map(|(_, l)| l.clone()).collect();
        prompt::multi(
            &crate::t!("meeting-run-who-joined"),
            &l,
            &vec![false; l.len()],
        )?
        .into_iter()
        .map(|i| others[i].0.to_string())
        .collect()
    };
    Ok((left, joined))
}
