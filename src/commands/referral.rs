//! `livcr referral in|list|show|update|feedback`.

use anyhow::Result;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::cli::{ReferralCmd, ReferralIn};
use crate::commands::case::{NewCaseFacts, active_io, open_case};
use crate::commands::lookup;
use crate::context::{Ctx, begin};
use crate::db::case::NewEvent;
use crate::db::composition::{Cell, Seat};
use crate::db::feedback::{self as fb, NewReferral, Referral};
use crate::domain::case::Source;
use crate::domain::municipality;
use crate::error::{fail, fail_hint};

pub fn run(ctx: &mut Ctx, cmd: ReferralCmd) -> Result<u8> {
    match cmd {
        ReferralCmd::In(a) => inbound(ctx, a),
        ReferralCmd::List { open, direction } => list(ctx, open, direction.map(|d| d.as_str())),
        ReferralCmd::Show { id } => show(ctx, id),
        ReferralCmd::Update { id, status, on } => update(ctx, id, status.as_str(), on.as_deref()),
        ReferralCmd::Feedback { id, form, on } => feedback(ctx, id, form, on.as_deref()),
    }
}

/// The IO a referral passes through: `via` (an IO seat in force on `date`), or the only one.
pub fn io_seat(conn: &Connection, cell: &Cell, via: Option<&str>, date: &str) -> Result<Seat> {
    let ios = active_io(conn, cell, date)?;
    match via {
        Some(r) => {
            let p = lookup::member(conn, r)?;
            ios.into_iter()
                .find(|s| s.person_id == p.id)
                .ok_or_else(|| {
                    fail_hint(
                        format!(
                            "{} (#{}) holds no active io seat in cell {} on {date}; every referral \
                         passes through an active Information Officer",
                            p.name, p.id, cell.code
                        ),
                        "`livcr member list --role io --all` shows the IOs and their dates",
                    )
                })
        }
        None => match ios.len() {
            1 => Ok(ios.into_iter().next().ok_or_else(|| fail("no IO"))?),
            0 => Err(fail_hint(
                format!(
                    "cell {} has no active Information Officer on {date}; every referral passes \
                     through the IO",
                    cell.code
                ),
                "record the IO with `livcr member add NAME --org POLICE --role io`",
            )),
            _ => Err(fail_hint(
                format!(
                    "cell {} has {} IOs on {date}; say which one with --via",
                    cell.code,
                    ios.len()
                ),
                format!(
                    "one of: {}",
                    ios.iter()
                        .map(|s| format!("{} (#{})", s.person.name, s.person_id))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
        },
    }
}

/// Rule R13: security labels and classified-source words (already warned about by the linter
/// pass) need a confirmation before they are recorded with a referral or a feedback form.
fn inbound(ctx: &mut Ctx, a: ReferralIn) -> Result<u8> {
    let received = lookup::date(ctx, &a.received)?;
    if received > lookup::iso(ctx.clock.today) {
        return Err(fail(format!("--received {received} is in the future")));
    }
    let expects = a
        .expects_feedback_by
        .as_deref()
        .map(|d| lookup::date(ctx, d))
        .transpose()?;
    if let Some(e) = &expects
        && e < &received
    {
        return Err(fail(format!(
            "--expects-feedback-by {e} is before --received {received}"
        )));
    }
    let note = a
        .note
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let muni = match (&a.municipality, a.new) {
        (Some(m), true) => {
            let f = municipality::resolve(m)?;
            if let Some(n) = &f.note {
                ctx.out.note(n)?;
            }
            Some(f.municipality)
        }
        (Some(_), false) => {
            return Err(fail(
                "--municipality, --phenomenon and --age-band go with --new",
            ));
        }
        _ => None,
    };
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let io = io_seat(&tx, &cell, a.via.as_deref(), &received)?;
    let (case_id, code, opened) = match (&a.case_code, muni) {
        (Some(c), _) => {
            let c = lookup::case(ctx, &tx, &cell, c)?;
            if received < c.opened_on {
                return Err(fail(format!(
                    "--received {received} is before the case was opened ({}, case {})",
                    c.opened_on, c.code
                )));
            }
            if matches!(c.status.as_str(), "closed" | "declined") {
                return Err(fail_hint(
                    format!("case {} is {}", c.code, c.status),
                    "reopen it first with `livcr case reopen`, or open a new case with --new",
                ));
            }
            (c.id, c.code, false)
        }
        (None, Some(m)) => {
            let (Some(phenomenon), Some(age_band)) = (a.phenomenon, a.age_band) else {
                return Err(lookup::missing(&["--phenomenon", "--age-band"]));
            };
            let o = open_case(
                ctx,
                &tx,
                &cell,
                &NewCaseFacts {
                    municipality: m,
                    on: &received,
                    source: Source::Io,
                    source_org_id: Some(io.person.organisation_id),
                    phenomenon,
                    age_band,
                    summary: None,
                },
            )?;
            (o.id, o.code, true)
        }
        (None, None) => return Err(lookup::missing(&["--case CODE or --new"])),
    };
    let stamp = ctx.clock.stamp();
    let id = fb::insert_referral(
        &tx,
        &NewReferral {
            cell_id: cell.id,
            case_id,
            direction: "in",
            io_person_id: io.person_id,
            io_seat_id: io.id,
            on_date: &received,
            reason: Some(a.reason.as_str()),
            note: note.as_deref(),
            expects_feedback_by: expects.as_deref(),
            status: "received",
            at: &stamp,
        },
    )?;
    ctx.journal(
        &tx,
        &NewEvent {
            case_id,
            on_date: &received,
            kind: "referral",
            text: Some(&format!(
                "referral #{id} from the LTF via the IO ({})",
                a.reason.as_str()
            )),
            ..Default::default()
        },
    )?;
    ctx.audit(
        &tx,
        "referral_in",
        "referral",
        &id.to_string(),
        &format!(
            "inbound referral for case {code} received {received} via IO member #{}, reason {}",
            io.person_id,
            a.reason.as_str()
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&format!(
        "referral #{id} received via {} for {} case {code}",
        io.person.name,
        if opened { "new" } else { "existing" }
    ))?;
    ctx.out
        .value(&json!({"id": id, "case": code}), &format!("{id} {code}"))?;
    Ok(0)
}

fn row(r: &Referral) -> Vec<Value> {
    vec![
        r.id.into(),
        r.direction.clone().into(),
        r.case_code.clone().into(),
        r.io_name.clone().into(),
        r.on_date.clone().into(),
        r.reason.clone().into(),
        r.status.clone().into(),
        r.status_on.clone().into(),
        r.expects_feedback_by.clone().into(),
        r.feedback_on.clone().into(),
    ]
}

pub const COLUMNS: &[&str] = &[
    "id",
    "direction",
    "case",
    "via_io",
    "on_date",
    "reason",
    "status",
    "status_on",
    "expects_feedback_by",
    "feedback_on",
];

fn list(ctx: &mut Ctx, open: bool, direction: Option<&str>) -> Result<u8> {
    let conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let rows: Vec<Vec<Value>> = fb::referrals(&conn, cell.id, open, direction, None)?
        .iter()
        .map(row)
        .collect();
    ctx.out.list(COLUMNS, &rows)?;
    Ok(0)
}

fn find(ctx: &Ctx, conn: &Connection, id: i64) -> Result<(Cell, Referral)> {
    let cell = lookup::cell(ctx, conn, None)?;
    match fb::referral(conn, id)? {
        Some(r) if r.cell_id == cell.id => Ok((cell, r)),
        _ => Err(fail_hint(
            format!("no referral with id {id} in cell {}", cell.code),
            "list them with `livcr referral list`",
        )),
    }
}

fn show(ctx: &mut Ctx, id: i64) -> Result<u8> {
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let (_, r) = find(ctx, &tx, id)?;
    // The note is case text: its view is audited.
    ctx.audit(&tx, "view", "referral", &id.to_string(), "referral viewed")?;
    tx.commit()?;
    let json = serde_json::to_value(&r)?;
    let fields: Vec<(&str, Value)> = COLUMNS
        .iter()
        .copied()
        .zip(row(&r))
        .chain([
            ("feedback_form", Value::from(r.feedback_form_id)),
            ("note", Value::from(r.note.clone())),
        ])
        .collect();
    ctx.out.record(&json, &fields, &[])?;
    Ok(0)
}

fn update(ctx: &mut Ctx, id: i64, status: &str, on: Option<&str>) -> Result<u8> {
    let on = lookup::date_or_today(ctx, on)?;
    let today = lookup::iso(ctx.clock.today);
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let (_, mut r) = find(ctx, &tx, id)?;
    r.status = status.to_string();
    r.status_on = on.clone();
    fb::update_referral(&tx, &r, &today)?;
    let summary = format!("status {status} on {on}");
    ctx.audit(&tx, "update", "referral", &id.to_string(), &summary)?;
    tx.commit()?;
    ctx.out.done(&format!("referral #{id}: {summary}"))?;
    Ok(0)
}

/// The cell's feedback on an inbound referral went back to the LTF: only as a sent form (R7).
fn feedback(ctx: &mut Ctx, id: i64, form: Option<i64>, on: Option<&str>) -> Result<u8> {
    let on = lookup::date_or_today(ctx, on)?;
    let today = lookup::iso(ctx.clock.today);
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let (cell, r) = find(ctx, &tx, id)?;
    let form_id = match form {
        Some(f) => f,
        None => {
            let sent: Vec<fb::Form> = fb::forms(&tx, cell.id, Some(r.case_id))?
                .into_iter()
                .filter(|f| f.status == "sent")
                .collect();
            match sent.as_slice() {
                [f] => f.id,
                [] => {
                    return Err(fail_hint(
                        format!(
                            "no feedback form of case {} was sent; feedback reaches the LTF only \
                             as a form sent through the consensus gate (rule R7)",
                            r.case_code
                        ),
                        "draft one with `livcr feedback draft`, gather every participant's \
                         answer, then `livcr feedback send`",
                    ));
                }
                more => {
                    return Err(fail_hint(
                        format!(
                            "case {} has {} sent feedback forms; say which one with --form",
                            r.case_code,
                            more.len()
                        ),
                        format!(
                            "one of: {}",
                            more.iter()
                                .map(|f| format!(
                                    "#{} (sent {})",
                                    f.id,
                                    f.sent_on.as_deref().unwrap_or("?")
                                ))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
            }
        }
    };
    fb::record_feedback(&tx, id, form_id, &on, &today)?;
    let summary = format!("feedback carried back to the LTF on {on} in feedback form #{form_id}");
    ctx.journal(
        &tx,
        &NewEvent {
            case_id: r.case_id,
            on_date: &on,
            kind: "referral",
            text: Some(&format!(
                "feedback on referral #{id} carried back to the LTF in feedback form #{form_id}"
            )),
            ..Default::default()
        },
    )?;
    ctx.audit(&tx, "feedback", "referral", &id.to_string(), &summary)?;
    tx.commit()?;
    ctx.out.done(&format!("referral #{id}: {summary}"))?;
    Ok(0)
}
