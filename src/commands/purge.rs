//! `livcr purge`: retention (rule R11).

use anyhow::Result;
use serde_json::Value;

use crate::cli::PurgeArgs;
use crate::commands::case::muni_name;
use crate::commands::lookup;
use crate::context::{Ctx, begin};
use crate::db::{self, case as cases};
use crate::domain::stats::{ActionFacts, CaseFacts, EventFacts};
use crate::error::fail_hint;

use crate::domain::dates::parse_iso as date;

/// The figures a case contributes to monthly reports, from its journal and actions.
pub fn case_facts(
    c: &cases::Case,
    events: &[cases::Event],
    actions: &[cases::Action],
    referrals: &[(String, String)],
    forms_sent: &[String],
) -> Result<CaseFacts> {
    Ok(CaseFacts {
        opened_on: date(&c.opened_on)?,
        source: c.source.clone(),
        phenomenon: c.phenomenon.clone(),
        age_band: c.age_band.clone(),
        review_weeks: c.review_weeks,
        close_reason: c.close_reason.clone(),
        events: events
            .iter()
            .map(|e| {
                Ok(EventFacts {
                    on: date(&e.on_date)?,
                    kind: e.kind.clone(),
                    to_status: e.to_status.clone(),
                    next_review_on: e.next_review_on.as_deref().map(date).transpose()?,
                    close_reason: crate::domain::stats::closure_reason(&e.kind, e.text.as_deref()),
                })
            })
            .collect::<Result<_>>()?,
        actions: actions
            .iter()
            .map(|a| {
                Ok(ActionFacts {
                    created_on: date(&a.created_on)?,
                    due_on: date(&a.due_on)?,
                    done_on: a.done_on.as_deref().map(date).transpose()?,
                })
            })
            .collect::<Result<_>>()?,
        referrals: referrals
            .iter()
            .map(|(d, dir)| Ok((date(d)?, dir.clone())))
            .collect::<Result<_>>()?,
        forms_sent: forms_sent.iter().map(|d| date(d)).collect::<Result<_>>()?,
    })
}

/// A case due for purge, as listed.
fn row(c: &cases::Case) -> Vec<Value> {
    vec![
        c.code.clone().into(),
        c.status.clone().into(),
        c.nis.clone().into(),
        muni_name(&c.nis).into(),
        c.phenomenon.clone().into(),
        c.age_band.clone().into(),
        Value::Bool(c.is_minor()),
        c.opened_on.clone().into(),
        c.closed_on.clone().into(),
        c.purge_due_on.clone().into(),
    ]
}

pub fn run(ctx: &mut Ctx, args: &PurgeArgs) -> Result<u8> {
    let today = lookup::iso(ctx.clock.today);
    let mut conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let due = cases::purge_due(&conn, cell.id, &today)?;
    let rows: Vec<Vec<Value>> = due.iter().map(row).collect();
    let columns = [
        "code",
        "status",
        "municipality_nis",
        "municipality",
        "phenomenon",
        "age_band",
        "minor",
        "opened_on",
        "closed_on",
        "purge_due_on",
    ];
    if args.dry_run {
        if due.is_empty() {
            ctx.out.note(&crate::t!("file-purge-none-due"))?;
            return Ok(0);
        }
        ctx.out.list(&columns, &rows)?;
        ctx.out
            .note(&crate::t!("file-purge-would-delete", count = due.len()))?;
        return Ok(0);
    }
    if due.is_empty() {
        ctx.out.note(&crate::t!("file-purge-none-due"))?;
        return Ok(0);
    }
    if !ctx.yes {
        let confirmed = ctx.interactive()
            && crate::prompt::confirm(&crate::t!("file-purge-question", count = due.len()), false)?;
        if !confirmed {
            return Err(fail_hint(
                crate::t!("file-purge-needs-yes", count = due.len()),
                crate::t!("file-purge-needs-yes-hint"),
            ));
        }
    }
    let tx = begin(&mut conn)?;
    // Read again inside the transaction: a case reopened meanwhile is no longer due.
    let due = cases::purge_due(&tx, cell.id, &today)?;
    let rows: Vec<Vec<Value>> = due.iter().map(row).collect();
    let stamp = ctx.clock.stamp();
    let until = ctx.clock.today;
    for c in &due {
        let events = cases::events(&tx, c.id)?;
        let actions = cases::actions_of_case(&tx, c.id)?;
        let referrals: Vec<(String, String)> =
            crate::db::feedback::referrals(&tx, cell.id, false, None, Some(c.id))?
                .into_iter()
                .map(|r| (r.on_date, r.direction))
                .collect();
        let forms_sent: Vec<String> = crate::db::feedback::forms(&tx, cell.id, Some(c.id))?
            .into_iter()
            .filter_map(|f| f.sent_on)
            .collect();
        let facts = case_facts(c, &events, &actions, &referrals, &forms_sent)?;
        // Figures up to the month of closure: the live figures stop there too.
        let last = c
            .closed_on
            .as_deref()
            .map(date)
            .transpose()?
            .unwrap_or(until);
        for f in facts.facts(last) {
            cases::keep_count(
                &tx,
                cell.id,
                &c.nis,
                &f.month,
                f.measure,
                &f.dimension,
                f.value,
            )?;
        }
        cases::destroy(
            &tx,
            c.id,
            &cases::Destruction {
                cell_id: cell.id,
                code: &c.code,
                opened_on: &c.opened_on,
                closed_on: c.closed_on.as_deref().unwrap_or(&today),
                purge_due_on: c.purge_due_on.as_deref().unwrap_or(&today),
                purged_on: &today,
                events_deleted: events.len() as i64,
                actions_deleted: actions.len() as i64,
                actor: ctx.actor()?,
                at: &stamp,
            },
        )?;
        ctx.audit(
            &tx,
            "purge",
            "case",
            &c.code,
            &format!(
                "purged: {} and {} deleted, retention ended {}", // i18n-ok: stored
                crate::output::plural(events.len(), "journal entry"),
                crate::output::plural(actions.len(), "action"),
                c.purge_due_on.as_deref().unwrap_or("")
            ),
        )?;
    }
    tx.commit()?;
    // Write the WAL back into the main file and truncate it, so that the deleted text does not
    // linger in the -wal file; secure_delete has zeroed it in the main file.
    match db::checkpoint(&conn) {
        Ok(true) => {}
        Ok(false) => ctx.out.warn(&crate::t!("file-purge-wal-busy"))?,
        Err(e) => ctx.out.warn(&crate::t!(
            "file-purge-wal-failed",
            error = format!("{e:#}")
        ))?,
    }
    ctx.out.list(&columns, &rows)?;
    ctx.out.done(&crate::t!("file-purged", count = due.len()))?;
    ctx.out.note(&crate::t!("file-purge-backups-note"))?;
    // livcr's own copies beside the file hold them too: name each one.
    let copies = crate::commands::restore::livcr_copies(&ctx.db_path);
    if !copies.is_empty() {
        use crate::commands::restore::Kept;
        let listed: Vec<String> = copies
            .iter()
            .map(|(p, kind)| {
                let path = p.display().to_string();
                match kind {
                    Kept::BeforeRestore => crate::t!("file-copy-before-restore", path = path),
                    Kept::BeforeUpgrade => crate::t!("file-copy-before-upgrade", path = path),
                    Kept::Temp => crate::t!("file-copy-temp", path = path),
                }
            })
            .collect();
        ctx.out.warn(&crate::t!(
            "file-purge-copies",
            count = copies.len(),
            copies = listed.join(", ")
        ))?;
    }
    Ok(0)
}
