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
                        crate::t!(
                            "feedback-via-not-io",
                            name = p.name.as_str(),
                            id = p.id.to_string(),
                            cell = cell.code.as_str(),
                            on = date
                        ),
                        crate::t!("feedback-via-not-io-hint"),
                    )
                })
        }
        None => match ios.len() {
            1 => Ok(ios
                .into_iter()
                .next()
                .ok_or_else(|| fail(crate::t!("feedback-no-io")))?),
            0 => Err(fail_hint(
                crate::t!("feedback-cell-no-io", cell = cell.code.as_str(), on = date),
                crate::t!("feedback-cell-no-io-hint"),
            )),
            _ => Err(fail_hint(
                crate::t!(
                    "feedback-cell-many-ios",
                    cell = cell.code.as_str(),
                    count = ios.len(),
                    on = date
                ),
                crate::t!(
                    "feedback-one-of",
                    choices = ios
                        .iter()
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
        return Err(fail(crate::t!(
            "feedback-received-future",
            received = received.as_str()
        )));
    }
    let expects = a
        .expects_feedback_by
        .as_deref()
        .map(|d| lookup::date(ctx, d))
        .transpose()?;
    if let Some(e) = &expects
        && e < &received
    {
        return Err(fail(crate::t!(
            "feedback-expects-before-received",
            expects = e.as_str(),
            received = received.as_str()
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
            return Err(fail(crate::t!("feedback-new-case-options")));
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
                return Err(fail(crate::t!(
                    "feedback-received-before-opened",
                    received = received.as_str(),
                    opened = c.opened_on.as_str(),
                    code = c.code.as_str()
                )));
            }
            if matches!(c.status.as_str(), "closed" | "declined") {
                return Err(fail_hint(
                    crate::t!(
                        "feedback-case-is",
                        code = c.code.as_str(),
                        status = crate::i18n::word("case-status", c.status.as_str())
                    ),
                    crate::t!("feedback-case-is-hint"),
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
        (None, None) => {
            return Err(lookup::missing(&[&crate::t!(
                "feedback-missing-case-or-new"
            )]));
        }
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
                "referral {id} from the LTF via the IO ({})", // i18n-ok: stored
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
            // i18n-ok: stored
            "inbound referral for case {code} received {received} via IO member {}, reason {}",
            io.person_id,
            a.reason.as_str()
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&if opened {
        crate::t!(
            "feedback-referral-received-new",
            id = id.to_string(),
            io = io.person.name.as_str(),
            code = code.as_str()
        )
    } else {
        crate::t!(
            "feedback-referral-received",
            id = id.to_string(),
            io = io.person.name.as_str(),
            code = code.as_str()
        )
    })?;
    ctx.out
        .value(&json!({"id": id, "case": code}), &format!("{id} {code}"))?;
    Ok(0)
}

/// A referral's fields as every list and show names them: [`COLUMNS`], in order.
pub fn row(r: &Referral) -> Vec<Value> {
    vec![
        r.id.into(),
        r.direction.clone().into(),
        r.case_code.clone().into(),
        Value::Bool(fb::is_minor_band(&r.case_age_band)),
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
    "minor",
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
            crate::t!(
                "feedback-referral-not-in-cell",
                id = id.to_string(),
                cell = cell.code.as_str()
            ),
            crate::t!("feedback-referral-not-in-cell-hint"),
        )),
    }
}

fn show(ctx: &mut Ctx, id: i64) -> Result<u8> {
    let mut conn = ctx.open()?;
    let tx = crate::context::begin_audit_only(&mut conn)?;
    let (_, r) = find(ctx, &tx, id)?;
    // The note is case text: its view is audited.
    ctx.audit(&tx, "view", "referral", &id.to_string(), "referral viewed")?; // i18n-ok: stored
    tx.commit()?;
    let fields: Vec<(&str, Value)> = COLUMNS
        .iter()
        .copied()
        .zip(row(&r))
        .chain([
            ("feedback_form_id", Value::from(r.feedback_form_id)),
            ("note", Value::from(r.note.clone())),
        ])
        .collect();
    let json = Value::Object(
        fields
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
    );
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
    let summary = format!("status {status} on {on}"); // i18n-ok: stored
    ctx.audit(&tx, "update", "referral", &id.to_string(), &summary)?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "feedback-referral-updated",
        id = id.to_string(),
        status = status,
        on = on.as_str()
    ))?;
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
                        crate::t!("feedback-no-sent-form", code = r.case_code.as_str()),
                        crate::t!("feedback-no-sent-form-hint"),
                    ));
                }
                more => {
                    return Err(fail_hint(
                        crate::t!(
                            "feedback-many-sent-forms",
                            code = r.case_code.as_str(),
                            count = more.len()
                        ),
                        crate::t!(
                            "feedback-one-of",
                            choices = more
                                .iter()
                                .map(|f| crate::t!(
                                    "feedback-sent-form-choice",
                                    id = f.id.to_string(),
                                    on = f.sent_on.as_deref().unwrap_or("?")
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
    // i18n-ok: stored
    let summary = format!("feedback carried back to the LTF on {on} in feedback form {form_id}");
    ctx.journal(
        &tx,
        &NewEvent {
            case_id: r.case_id,
            on_date: &on,
            kind: "referral",
            text: Some(&format!(
                // i18n-ok: stored
                "feedback on referral {id} carried back to the LTF in feedback form {form_id}"
            )),
            ..Default::default()
        },
    )?;
    ctx.audit(&tx, "feedback", "referral", &id.to_string(), &summary)?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "feedback-referral-fed-back",
        id = id.to_string(),
        on = on.as_str(),
        form = form_id.to_string()
    ))?;
    Ok(0)
}
