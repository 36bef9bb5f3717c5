//! `livcr action add|list|done|edit`.

use crate::output::plural;
use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::ActionCmd;
use crate::commands::lookup;
use crate::context::{Ctx, begin};
use crate::db::case::{self as cases, Action};
use crate::error::{fail, fail_hint};

pub fn run(ctx: &mut Ctx, cmd: ActionCmd) -> Result<u8> {
    match cmd {
        ActionCmd::Add {
            code,
            org,
            due,
            text,
            on,
        } => add(ctx, &code, &org, &due, &text, on.as_deref()),
        ActionCmd::List {
            overdue,
            org,
            case_code,
            all,
        } => list(ctx, overdue, org.as_deref(), case_code.as_deref(), all),
        ActionCmd::Done { id, on } => done(ctx, id, on.as_deref()),
        ActionCmd::Edit { id, org, due, text } => edit(ctx, id, org, due, text),
    }
}

fn clean(text: &str) -> Result<String> {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.is_empty() {
        return Err(fail(crate::t!("case-action-empty")));
    }
    Ok(t)
}

pub fn add(
    ctx: &mut Ctx,
    code: &str,
    org: &str,
    due: &str,
    text: &str,
    on: Option<&str>,
) -> Result<u8> {
    let text = clean(text)?;
    let due = lookup::date(ctx, due)?;
    let today = lookup::iso(ctx.clock.today);
    let created = lookup::date_or_today(ctx, on)?;
    if created > today {
        return Err(fail(crate::t!(
            "case-action-on-future",
            on = created.as_str()
        )));
    }
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let c = lookup::case(ctx, &tx, &cell, code)?;
    if matches!(c.status.as_str(), "closed" | "declined") {
        return Err(fail_hint(
            crate::t!(
                "case-action-case-not-open",
                code = c.code.as_str(),
                status = crate::i18n::word("case-status", c.status.as_str())
            ),
            crate::t!("case-action-case-not-open-hint"),
        ));
    }
    if created < c.opened_on {
        return Err(fail(crate::t!(
            "case-action-on-before-opened",
            on = created.as_str(),
            opened = c.opened_on.as_str()
        )));
    }
    let o = lookup::org(&tx, org)?;
    let id = cases::insert_action(&tx, c.id, o.id, &text, &created, &due)?;
    ctx.audit(
        &tx,
        "add",
        "action",
        &id.to_string(),
        &format!(
            "action for case {} owned by organisation {}, due {due}", // i18n-ok: stored
            c.code, o.id
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "case-action-added",
        id = id.to_string(),
        code = c.code.as_str(),
        org = o.name.as_str(),
        due = crate::i18n::human_date_str(&due)
    ))?;
    if due < today {
        ctx.out
            .warn(&crate::t!("case-action-due-passed", due = due.as_str()))?;
    }
    ctx.out.value(&json!({"id": id}), &id.to_string())?;
    Ok(0)
}

/// An action's fields as every list, show and export names them: [`ACTION_COLUMNS`].
pub fn row(a: &Action, today: &str) -> Vec<Value> {
    vec![
        a.id.into(),
        a.case_code.clone().into(),
        Value::Bool(a.case_minor()),
        a.org.clone().into(),
        a.created_on.clone().into(),
        a.due_on.clone().into(),
        a.done_on.clone().into(),
        Value::Bool(a.done_on.is_none() && a.due_on.as_str() < today),
        a.text.clone().into(),
    ]
}

pub const ACTION_COLUMNS: &[&str] = &[
    "id",
    "case",
    "minor",
    "owner_org",
    "created_on",
    "due_on",
    "done_on",
    "overdue",
    "text",
];

fn list(
    ctx: &mut Ctx,
    overdue: bool,
    org: Option<&str>,
    case_code: Option<&str>,
    all: bool,
) -> Result<u8> {
    let mut conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let org_id = org
        .map(|o| lookup::org(&conn, o))
        .transpose()?
        .map(|o| o.id);
    let case = case_code
        .map(|c| lookup::case(ctx, &conn, &cell, c))
        .transpose()?;
    let case_id = case.as_ref().map(|c| c.id);
    let today = lookup::iso(ctx.clock.today);
    let rows: Vec<Vec<Value>> =
        cases::actions(&conn, cell.id, &today, overdue, org_id, case_id, all)?
            .iter()
            .map(|a| row(a, &today))
            .collect();
    ctx.out.list(ACTION_COLUMNS, &rows)?;
    // Action texts are case data: one view row for the list, naming the case when filtered.
    if !rows.is_empty() {
        let what = case.map_or_else(|| cell.code.clone(), |c| c.code);
        ctx.record_view(
            &mut conn,
            if case_id.is_some() { "case" } else { "cell" },
            &what,
            &format!("{} viewed with their texts", plural(rows.len(), "action")), // i18n-ok: stored
        )?;
    }
    Ok(0)
}

fn find(ctx: &Ctx, conn: &rusqlite::Connection, id: i64) -> Result<Action> {
    let cell = lookup::cell(ctx, conn, None)?;
    let a = cases::action(conn, id)?.ok_or_else(|| {
        fail_hint(
            crate::t!("case-action-not-found", id = id.to_string()),
            crate::t!("case-action-not-found-hint"),
        )
    })?;
    let c = lookup::case(ctx, conn, &cell, &a.case_code)?;
    debug_assert_eq!(c.id, a.case_id);
    Ok(a)
}

fn done(ctx: &mut Ctx, id: i64, on: Option<&str>) -> Result<u8> {
    let on = lookup::date_or_today(ctx, on)?;
    if on > lookup::iso(ctx.clock.today) {
        return Err(fail(crate::t!("case-action-on-future", on = on.as_str())));
    }
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let mut a = find(ctx, &tx, id)?;
    if let Some(d) = &a.done_on {
        return Err(fail(crate::t!(
            "case-action-already-done",
            id = id.to_string(),
            on = d.as_str()
        )));
    }
    if on < a.created_on {
        return Err(fail(crate::t!(
            "case-action-on-before-created",
            on = on.as_str(),
            created = a.created_on.as_str()
        )));
    }
    a.done_on = Some(on.clone());
    cases::update_action(&tx, &a)?;
    ctx.audit(
        &tx,
        "done",
        "action",
        &id.to_string(),
        &format!("action of case {} done on {on}", a.case_code), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "case-action-done",
        id = id.to_string(),
        code = a.case_code.as_str(),
        on = on.as_str()
    ))?;
    Ok(0)
}

fn edit(
    ctx: &mut Ctx,
    id: i64,
    org: Option<String>,
    due: Option<String>,
    text: Option<String>,
) -> Result<u8> {
    let text = text.map(|t| clean(&t)).transpose()?;
    let due = due.map(|d| lookup::date(ctx, &d)).transpose()?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let mut a = find(ctx, &tx, id)?;
    // The audit names the fields (stored); the confirmation says them in the interface's words.
    let mut changed = Vec::new();
    let mut said = Vec::new();
    if let Some(o) = org {
        a.org_id = lookup::org(&tx, &o)?.id;
        changed.push("owner");
        said.push(crate::t!("case-action-field-owner"));
    }
    if let Some(d) = due {
        a.due_on = d;
        changed.push("due_on");
        said.push(crate::t!("case-action-field-due"));
    }
    if let Some(t) = text {
        a.text = t;
        changed.push("text");
        said.push(crate::t!("case-action-field-text"));
    }
    if changed.is_empty() {
        return Err(fail_hint(
            crate::t!("case-action-nothing-to-change"),
            crate::t!("case-action-nothing-to-change-hint"),
        ));
    }
    cases::update_action(&tx, &a)?;
    ctx.audit(
        &tx,
        "edit",
        "action",
        &id.to_string(),
        &format!("changed {}", changed.join(", ")),
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "case-action-updated",
        id = id.to_string(),
        fields = said.join(", ")
    ))?;
    Ok(0)
}
