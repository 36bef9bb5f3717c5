//! `livcr action add|list|done|edit`.

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
        return Err(fail("empty action text; say what is to be done"));
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
        return Err(fail(format!("--on {created} is in the future")));
    }
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let c = lookup::case(ctx, &tx, &cell, code)?;
    if matches!(c.status.as_str(), "closed" | "declined") {
        return Err(fail_hint(
            format!(
                "case {} is {}; actions belong to open cases",
                c.code, c.status
            ),
            "reopen it first with `livcr case reopen`",
        ));
    }
    if created < c.opened_on {
        return Err(fail(format!(
            "--on {created} is before the case was opened ({})",
            c.opened_on
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
            "action for case {} owned by organisation #{}, due {due}",
            c.code, o.id
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&format!(
        "action #{id} for case {}: {} by {due}",
        c.code, o.name
    ))?;
    if due < today {
        ctx.out
            .warn(&format!("the due date {due} has already passed"))?;
    }
    ctx.out.value(&json!({"id": id}), &id.to_string())?;
    Ok(0)
}

fn row(a: &Action, today: &str) -> Vec<Value> {
    vec![
        a.id.into(),
        a.case_code.clone().into(),
        a.org.clone().into(),
        a.created_on.clone().into(),
        a.due_on.clone().into(),
        a.done_on.clone().into(),
        Value::Bool(a.done_on.is_none() && a.due_on.as_str() < today),
        a.text.clone().into(),
    ]
}

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
    ctx.out.list(
        &[
            "id",
            "case",
            "owner",
            "created_on",
            "due_on",
            "done_on",
            "overdue",
            "text",
        ],
        &rows,
    )?;
    // Action texts are case data: one view row for the list, naming the case when filtered.
    if !rows.is_empty() {
        let what = case.map_or_else(|| cell.code.clone(), |c| c.code);
        ctx.record_view(
            &mut conn,
            if case_id.is_some() { "case" } else { "cell" },
            &what,
            &format!("{} action(s) viewed with their texts", rows.len()),
        )?;
    }
    Ok(0)
}

fn find(ctx: &Ctx, conn: &rusqlite::Connection, id: i64) -> Result<Action> {
    let cell = lookup::cell(ctx, conn, None)?;
    let a = cases::action(conn, id)?.ok_or_else(|| {
        fail_hint(
            format!("no action with id {id}"),
            "list them with `livcr action list --all`",
        )
    })?;
    let c = lookup::case(ctx, conn, &cell, &a.case_code)?;
    debug_assert_eq!(c.id, a.case_id);
    Ok(a)
}

fn done(ctx: &mut Ctx, id: i64, on: Option<&str>) -> Result<u8> {
    let on = lookup::date_or_today(ctx, on)?;
    if on > lookup::iso(ctx.clock.today) {
        return Err(fail(format!("--on {on} is in the future")));
    }
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let mut a = find(ctx, &tx, id)?;
    if let Some(d) = &a.done_on {
        return Err(fail(format!("action #{id} was already done on {d}")));
    }
    if on < a.created_on {
        return Err(fail(format!(
            "--on {on} is before the action was created ({})",
            a.created_on
        )));
    }
    a.done_on = Some(on.clone());
    cases::update_action(&tx, &a)?;
    ctx.audit(
        &tx,
        "done",
        "action",
        &id.to_string(),
        &format!("action of case {} done on {on}", a.case_code),
    )?;
    tx.commit()?;
    ctx.out.done(&format!(
        "action #{id} of case {} done on {on}",
        a.case_code
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
    let mut changed = Vec::new();
    if let Some(o) = org {
        a.org_id = lookup::org(&tx, &o)?.id;
        changed.push("owner");
    }
    if let Some(d) = due {
        a.due_on = d;
        changed.push("due_on");
    }
    if let Some(t) = text {
        a.text = t;
        changed.push("text");
    }
    if changed.is_empty() {
        return Err(fail_hint(
            "nothing to change",
            "give --org, --due or --text",
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
    ctx.out
        .done(&format!("action #{id} updated: {}", changed.join(", ")))?;
    Ok(0)
}
