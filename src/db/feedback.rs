//! Referrals, feedback forms with consents and confirmations, the disclosure register.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::db::gate;
use crate::domain::consensus::{self as rule, Answer, Problem};
use crate::domain::input::Shape;
use crate::error::{fail, fail_hint};

#[derive(Debug, Clone, Serialize)]
pub struct Referral {
    pub id: i64,
    pub cell_id: i64,
    pub case_id: i64,
    pub case_code: String,
    /// The case's age band (rule R12 marks minors in lists).
    pub case_age_band: String,
    pub direction: String,
    pub io_person_id: i64,
    pub io_name: String,
    pub on_date: String,
    pub reason: Option<String>,
    pub note: Option<String>,
    pub expects_feedback_by: Option<String>,
    pub status: String,
    pub status_on: String,
    pub feedback_on: Option<String>,
    /// The sent feedback form that carried the feedback back to the LTF.
    pub feedback_form_id: Option<i64>,
}

const REFERRAL_SELECT: &str = "SELECT r.*, c.code AS case_code, c.age_band AS case_age_band,
     p.name AS io_name
     FROM referral r JOIN case_file c ON c.id = r.case_id JOIN person p ON p.id = r.io_person_id";

fn referral_row(r: &Row) -> rusqlite::Result<Referral> {
    let r = super::ByName::new(r);
    Ok(Referral {
        id: r.get("id")?,
        cell_id: r.get("cell_id")?,
        case_id: r.get("case_id")?,
        case_code: r.get("case_code")?,
        case_age_band: r.get("case_age_band")?,
        direction: r.get("direction")?,
        io_person_id: r.get("io_person_id")?,
        io_name: r.get("io_name")?,
        on_date: r.get("on_date")?,
        reason: r.get("reason")?,
        note: r.get("note")?,
        expects_feedback_by: r.get("expects_feedback_by")?,
        status: r.get("status")?,
        status_on: r.get("status_on")?,
        feedback_on: r.get("feedback_on")?,
        feedback_form_id: r.get("feedback_form_id")?,
    })
}

/// Rule R12: is a case with this age band about a minor?
pub fn is_minor_band(age_band: &str) -> bool {
    crate::domain::case::AgeBand::parse(age_band)
        .is_some_and(crate::domain::case::AgeBand::is_minor)
}

pub struct NewReferral<'a> {
    pub cell_id: i64,
    pub case_id: i64,
    pub direction: &'a str,
    pub io_person_id: i64,
    pub io_seat_id: i64,
    pub on_date: &'a str,
    pub reason: Option<&'a str>,
    pub note: Option<&'a str>,
    pub expects_feedback_by: Option<&'a str>,
    pub status: &'a str,
    pub at: &'a str,
}

pub fn insert_referral(conn: &Connection, r: &NewReferral) -> Result<i64> {
    gate::opt_text(
        &crate::t!("feedback-field-referral-note"),
        Shape::Multiline,
        r.note,
    )?;
    rule::in_range(&crate::t!("feedback-field-referral-date"), r.on_date).map_err(fail)?;
    if let Some(by) = r.expects_feedback_by {
        rule::in_range("--expects-feedback-by", by).map_err(fail)?;
    }
    conn.prepare_cached(
        "INSERT INTO referral (cell_id, case_id, direction, io_person_id, io_seat_id, on_date,
             reason, note, expects_feedback_by, status, status_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?6, ?11)",
    )?
    .execute(params![
        r.cell_id,
        r.case_id,
        r.direction,
        r.io_person_id,
        r.io_seat_id,
        r.on_date,
        r.reason,
        r.note,
        r.expects_feedback_by,
        r.status,
        r.at
    ])
    .with_context(|| crate::t!("feedback-ctx-recording-the-referral"))?;
    Ok(conn.last_insert_rowid())
}

pub fn referral(conn: &Connection, id: i64) -> Result<Option<Referral>> {
    conn.prepare_cached(&format!("{REFERRAL_SELECT} WHERE r.id = ?1"))?
        .query_row(params![id], referral_row)
        .optional()
        .with_context(|| crate::t!("feedback-ctx-reading-the-referral"))
}

/// Referrals of a cell; `open` = not closed, declined or sent.
pub fn referrals(
    conn: &Connection,
    cell_id: i64,
    open: bool,
    direction: Option<&str>,
    case_id: Option<i64>,
) -> Result<Vec<Referral>> {
    // One case's referrals by the case's index, not by walking the cell's (a statement is
    // planned once for both, so `?4 IS NULL OR` would walk the cell's for a case too).
    let by = if case_id.is_some() {
        "r.case_id = ?4 AND r.cell_id = ?1"
    } else {
        "r.cell_id = ?1 AND ?4 IS NULL"
    };
    let mut stmt = conn.prepare_cached(&format!(
        "{REFERRAL_SELECT} WHERE {by}
           AND (NOT ?2 OR r.status IN ('received', 'discussed', 'accepted'))
           AND (?3 IS NULL OR r.direction = ?3)
         ORDER BY r.on_date, r.id"
    ))?;
    let rows = stmt
        .query_map(params![cell_id, open, direction, case_id], referral_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("feedback-ctx-reading-referrals"))?;
    Ok(rows)
}

/// Writes a referral's status. Only an inbound referral has a status of its own: an outbound
/// one follows its form.
pub fn update_referral(conn: &Connection, r: &Referral, today: &str) -> Result<()> {
    if r.direction == "out" {
        return Err(fail(crate::t!(
            "feedback-referral-outbound-status",
            id = r.id.to_string()
        )));
    }
    referral_date(
        conn,
        r.id,
        &crate::t!("feedback-field-status-date"),
        &r.status_on,
        today,
    )?;
    conn.prepare_cached("UPDATE referral SET status = ?2, status_on = ?3 WHERE id = ?1")?
        .execute(params![r.id, r.status, r.status_on])
        .with_context(|| crate::t!("feedback-ctx-updating-referral", id = r.id.to_string()))?;
    Ok(())
}

/// A date given for a step of a referral: in the file's range, not in the future, not before
/// the referral.
fn referral_date(conn: &Connection, id: i64, what: &str, on: &str, today: &str) -> Result<()> {
    let stored = referral(conn, id)?.ok_or_else(|| {
        fail(crate::t!(
            "feedback-referral-not-found",
            id = id.to_string()
        ))
    })?;
    rule::in_range(what, on).map_err(fail)?;
    if on > today {
        return Err(fail(crate::t!(
            "feedback-date-future",
            what = what,
            on = on
        )));
    }
    if on < stored.on_date.as_str() {
        return Err(fail(crate::t!(
            "feedback-date-before-referral",
            what = what,
            on = on,
            referral = stored.on_date.as_str()
        )));
    }
    Ok(())
}

/// Records that the IO carried feedback on an inbound referral back to the LTF on `on`, in
/// sent feedback form `form_id` of the same case: feedback leaves only through the gate (R7).
pub fn record_feedback(
    conn: &Connection,
    referral_id: i64,
    form_id: i64,
    on: &str,
    today: &str,
) -> Result<()> {
    let r = referral(conn, referral_id)?.ok_or_else(|| {
        fail(crate::t!(
            "feedback-referral-not-found",
            id = referral_id.to_string()
        ))
    })?;
    let f = form(conn, form_id)?.ok_or_else(|| {
        fail(crate::t!(
            "feedback-form-not-found",
            id = form_id.to_string()
        ))
    })?;
    if r.direction != "in" {
        return Err(fail(crate::t!(
            "feedback-referral-is-outbound",
            id = referral_id.to_string()
        )));
    }
    if f.case_id != r.case_id {
        return Err(fail_hint(
            crate::t!(
                "feedback-form-other-case",
                form = form_id.to_string(),
                form_case = f.case_code.as_str(),
                referral = referral_id.to_string(),
                referral_case = r.case_code.as_str()
            ),
            crate::t!("feedback-form-other-case-hint"),
        ));
    }
    let Some(sent_on) = f.sent_on.as_deref().filter(|_| f.status == "sent") else {
        return Err(fail_hint(
            crate::t!(
                "feedback-form-not-sent",
                id = form_id.to_string(),
                status = crate::i18n::word("form-status", f.status.as_str())
            ),
            crate::t!("feedback-form-not-sent-hint", id = form_id.to_string()),
        ));
    };
    referral_date(
        conn,
        referral_id,
        &crate::t!("feedback-field-feedback-date"),
        on,
        today,
    )?;
    if on < sent_on {
        return Err(fail(crate::t!(
            "feedback-date-before-sent",
            on = on,
            id = form_id.to_string(),
            sent = sent_on
        )));
    }
    conn.prepare_cached(
        "UPDATE referral SET feedback_on = ?2, feedback_form_id = ?3 WHERE id = ?1",
    )?
    .execute(params![referral_id, on, form_id])
    .with_context(|| {
        crate::t!(
            "feedback-ctx-updating-referral",
            id = referral_id.to_string()
        )
    })?;
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Form {
    pub id: i64,
    pub case_id: i64,
    pub case_code: String,
    /// The case's age band (rule R12 marks minors in lists and on the form).
    pub case_age_band: String,
    pub item_id: i64,
    pub meeting_id: i64,
    pub item_position: i64,
    pub text: String,
    pub status: String,
    pub drafted_on: String,
    pub sent_on: Option<String>,
    pub via_person_id: Option<i64>,
    pub referral_id: Option<i64>,
}

const FORM_SELECT: &str = "SELECT f.*, c.code AS case_code, c.age_band AS case_age_band,
     i.meeting_id, i.position
     FROM feedback_form f JOIN case_file c ON c.id = f.case_id
     JOIN agenda_item i ON i.id = f.item_id";

fn form_row(r: &Row) -> rusqlite::Result<Form> {
    let r = super::ByName::new(r);
    Ok(Form {
        id: r.get("id")?,
        case_id: r.get("case_id")?,
        case_code: r.get("case_code")?,
        case_age_band: r.get("case_age_band")?,
        item_id: r.get("item_id")?,
        meeting_id: r.get("meeting_id")?,
        item_position: r.get("position")?,
        text: r.get("text")?,
        status: r.get("status")?,
        drafted_on: r.get("drafted_on")?,
        sent_on: r.get("sent_on")?,
        via_person_id: r.get("via_person_id")?,
        referral_id: r.get("referral_id")?,
    })
}

pub fn insert_form(
    conn: &Connection,
    case_id: i64,
    item_id: i64,
    text: &str,
    on: &str,
    at: &str,
) -> Result<i64> {
    gate::text(&crate::t!("feedback-field-form"), Shape::Multiline, text)?;
    gate::no_case_data(
        conn,
        &crate::t!("feedback-field-the-form"),
        Some(text),
        Some(case_id),
    )?;
    conn.prepare_cached(
        "INSERT INTO feedback_form (case_id, item_id, text, status, drafted_on, created_at,
             updated_at)
         VALUES (?1, ?2, ?3, 'draft', ?4, ?5, ?5)",
    )?
    .execute(params![case_id, item_id, text, on, at])
    .with_context(|| crate::t!("feedback-ctx-drafting-the-feedback-form"))?;
    Ok(conn.last_insert_rowid())
}

pub fn form(conn: &Connection, id: i64) -> Result<Option<Form>> {
    conn.prepare_cached(&format!("{FORM_SELECT} WHERE f.id = ?1"))?
        .query_row(params![id], form_row)
        .optional()
        .with_context(|| crate::t!("feedback-ctx-reading-the-feedback-form"))
}

/// Forms of a cell (optionally of one case), newest first.
pub fn forms(conn: &Connection, cell_id: i64, case_id: Option<i64>) -> Result<Vec<Form>> {
    // One case's forms by the case's index (see `referrals`).
    let by = if case_id.is_some() {
        "f.case_id = ?2 AND c.cell_id = ?1"
    } else {
        "c.cell_id = ?1 AND ?2 IS NULL"
    };
    let mut stmt = conn.prepare_cached(&format!("{FORM_SELECT} WHERE {by} ORDER BY f.id DESC"))?;
    let rows = stmt
        .query_map(params![cell_id, case_id], form_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("feedback-ctx-reading-feedback-forms"))?;
    Ok(rows)
}

/// Forms decided in an agenda item.
pub fn forms_of_item(conn: &Connection, item_id: i64) -> Result<Vec<Form>> {
    let mut stmt = conn.prepare_cached(&format!("{FORM_SELECT} WHERE f.item_id = ?1"))?;
    let rows = stmt
        .query_map(params![item_id], form_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("feedback-ctx-reading-feedback-forms"))?;
    Ok(rows)
}

/// The state rule R7 judges a form on, read in the command's transaction.
pub struct GateState {
    pub cell_id: i64,
    pub meeting_held: bool,
    pub meeting_date: String,
    pub participants: Vec<rule::Participant>,
    pub consents: Vec<rule::Consent>,
    pub confirmations: Vec<rule::Confirmation>,
}

impl GateState {
    pub fn form<'a>(&'a self, f: &'a Form) -> rule::Form<'a> {
        rule::Form {
            cell_id: self.cell_id,
            meeting_held: self.meeting_held,
            meeting_date: &self.meeting_date,
            drafted_on: &f.drafted_on,
            text: &f.text,
            participants: &self.participants,
            consents: &self.consents,
            confirmations: &self.confirmations,
        }
    }
}

/// Reads what rule R7 needs: the item's participants, whether each holds professional secrecy
/// at the item or now, the answers given, the meeting's date and status.
pub fn gate_state(conn: &Connection, f: &Form) -> Result<GateState> {
    let (cell_id, status, date): (i64, String, String) = conn
        .prepare_cached(
            "SELECT c.cell_id, m.status, substr(m.starts_at, 1, 10)
             FROM feedback_form f JOIN case_file c ON c.id = f.case_id
             JOIN agenda_item i ON i.id = f.item_id JOIN meeting m ON m.id = i.meeting_id
             WHERE f.id = ?1",
        )?
        .query_row(params![f.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .with_context(|| crate::t!("feedback-ctx-reading-form-meeting", id = f.id.to_string()))?;
    let participants = conn
        .prepare_cached(
            "SELECT ip.person_id, p.name, ip.secret_holder AS at_item, p.secret_holder AS now
             FROM item_participant ip JOIN person p ON p.id = ip.person_id
             WHERE ip.item_id = ?1 ORDER BY p.name, p.id",
        )?
        .query_map(params![f.item_id], |r| {
            Ok(rule::Participant {
                person_id: r.get("person_id")?,
                name: r.get("name")?,
                secret_at_item: r.get::<_, i64>("at_item")? != 0,
                secret_now: r.get::<_, i64>("now")? != 0,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("feedback-ctx-reading-the-items-participants"))?;
    let consents = consents(conn, f.id)?
        .into_iter()
        .map(|(person_id, answer, on)| rule::Consent {
            person_id,
            yes: answer == "yes",
            on,
        })
        .collect();
    let confirmations = conn
        .prepare_cached("SELECT person_id, on_date FROM feedback_confirmation WHERE form_id = ?1")?
        .query_map(params![f.id], |r| {
            Ok(rule::Confirmation {
                person_id: r.get(0)?,
                on: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("feedback-ctx-reading-confirmations"))?;
    Ok(GateState {
        cell_id,
        meeting_held: status == "held",
        meeting_date: date,
        participants,
        consents,
        confirmations,
    })
}

/// Rule R7 over the stored state of `f`: as of its answers so far, or, with `sending`
/// (date, today, IO person id), as of sending it on that date through that IO.
pub fn gate_problems(
    conn: &Connection,
    f: &Form,
    sending: Option<(&str, &str, i64)>,
) -> Result<Vec<Problem>> {
    let state = gate_state(conn, f)?;
    let Some((on, today, io)) = sending else {
        return Ok(rule::gate(&state.form(f), None));
    };
    let person = crate::db::composition::person(conn, io)?
        .ok_or_else(|| fail(crate::t!("feedback-member-not-found", id = io.to_string())))?;
    let seats: Vec<rule::Seat> = crate::db::composition::seats_of_person(conn, io)?
        .into_iter()
        .map(|s| rule::Seat {
            cell_id: s.cell_id,
            role: s.role,
            from_on: s.from_on,
            until_on: s.until_on,
        })
        .collect();
    let sending = rule::Sending {
        on,
        today,
        io: format!("{} (#{})", person.name, person.id),
        io_seats: &seats,
    };
    Ok(rule::gate(&state.form(f), Some(&sending)))
}

/// The refusal of rule R7, naming every problem.
pub fn refusal(id: i64, problems: &[Problem]) -> anyhow::Error {
    fail_hint(
        crate::t!(
            "feedback-form-may-not-be-sent",
            id = id.to_string(),
            problems = problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        ),
        crate::t!("feedback-form-may-not-be-sent-hint"),
    )
}

/// Writes a form. Only a draft or approved form changes; a new text lapses every answer given
/// (returned: how many); a draft or approved form gets the status its answers give it; a form
/// is stored as sent only when rule R7 lets it leave on its `sent_on` through `via_person_id`.
pub fn update_form(conn: &Connection, f: &mut Form, today: &str, at: &str) -> Result<usize> {
    let stored = form(conn, f.id)?
        .ok_or_else(|| fail(crate::t!("feedback-form-not-found", id = f.id.to_string())))?;
    match stored.status.as_str() {
        "draft" | "approved" => {}
        "sent" => {
            return Err(fail_hint(
                crate::t!(
                    "feedback-form-sent-fixed",
                    id = f.id.to_string(),
                    on = stored.sent_on.as_deref().unwrap_or("?")
                ),
                crate::t!("feedback-form-sent-fixed-hint"),
            ));
        }
        other => {
            return Err(fail_hint(
                crate::t!(
                    "feedback-form-fixed",
                    id = f.id.to_string(),
                    status = crate::i18n::word("form-status", other)
                ),
                crate::t!("feedback-form-fixed-hint"),
            ));
        }
    }
    let mut reset = 0;
    if gate::differs(conn, "feedback_form", "text", f.id, &f.text)? {
        gate::text(&crate::t!("feedback-field-form"), Shape::Multiline, &f.text)?;
        gate::no_case_data(
            conn,
            &crate::t!("feedback-field-the-form"),
            Some(&f.text),
            Some(f.case_id),
        )?;
        reset = reset_answers(conn, f.id)?;
    }
    match f.status.as_str() {
        "sent" => {
            let (Some(on), Some(io)) = (f.sent_on.clone(), f.via_person_id) else {
                return Err(fail(crate::t!("feedback-form-sent-needs-io")));
            };
            // What rule R7 judges on must be what the members answered through livcr: a form
            // that has left cannot be called back.
            crate::db::audit::require_audited(conn, "feedback_consent", f.id)?;
            crate::db::audit::require_audited(conn, "feedback_confirmation", f.id)?;
            crate::db::audit::require_audited(conn, "item_participant", f.item_id)?;
            crate::db::audit::require_seats_audited(conn, "person_id", io)?;
            let problems = gate_problems(conn, f, Some((&on, today, io)))?;
            if !problems.is_empty() {
                return Err(refusal(f.id, &problems));
            }
        }
        "withdrawn" => {}
        _ => {
            f.status = if gate_problems(conn, f, None)?.is_empty() {
                "approved".into()
            } else {
                "draft".into()
            };
        }
    }
    conn.prepare_cached(
        "UPDATE feedback_form SET text = ?2, status = ?3, sent_on = ?4, via_person_id = ?5,
             referral_id = ?6, updated_at = ?7
         WHERE id = ?1",
    )?
    .execute(params![
        f.id,
        f.text,
        f.status,
        f.sent_on,
        f.via_person_id,
        f.referral_id,
        at
    ])
    .with_context(|| crate::t!("feedback-ctx-updating-form", id = f.id.to_string()))?;
    Ok(reset)
}

/// (person id, answer, date) for every consent given to a form.
pub fn consents(conn: &Connection, form_id: i64) -> Result<Vec<(i64, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT person_id, answer, on_date FROM feedback_consent WHERE form_id = ?1",
    )?;
    let rows = stmt
        .query_map(params![form_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("feedback-ctx-reading-consents"))?;
    Ok(rows)
}

/// Records a participant's answer (rule R7: only a participant of the item, to a form not sent
/// nor withdrawn, dated from the meeting until today), then settles the form's status.
pub fn set_consent(
    conn: &Connection,
    form_id: i64,
    person_id: i64,
    answer: &str,
    on: &str,
    today: &str,
    at: &str,
) -> Result<String> {
    allowed(conn, Answer::Consent, form_id, person_id, on, today)?;
    conn.prepare_cached(
        "INSERT INTO feedback_consent (form_id, person_id, answer, on_date) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (form_id, person_id) DO UPDATE SET answer = excluded.answer,
             on_date = excluded.on_date",
    )?
    .execute(params![form_id, person_id, answer, on])
    .with_context(|| crate::t!("feedback-ctx-recording-the-consent"))?;
    settle(conn, form_id, today, at)
}

fn allowed(
    conn: &Connection,
    kind: Answer,
    form_id: i64,
    person_id: i64,
    on: &str,
    today: &str,
) -> Result<()> {
    let f = form(conn, form_id)?.ok_or_else(|| {
        fail(crate::t!(
            "feedback-form-not-found",
            id = form_id.to_string()
        ))
    })?;
    let state = gate_state(conn, &f)?;
    rule::answer(kind, &f.status, &state.form(&f), person_id, on, today).map_err(|(m, h)| {
        fail_hint(
            crate::t!(
                "feedback-answer-refused",
                id = form_id.to_string(),
                reason = m
            ),
            h,
        )
    })
}

/// Draft or approved, by the answers so far.
fn settle(conn: &Connection, form_id: i64, today: &str, at: &str) -> Result<String> {
    let mut f = form(conn, form_id)?.ok_or_else(|| {
        fail(crate::t!(
            "feedback-form-not-found",
            id = form_id.to_string()
        ))
    })?;
    update_form(conn, &mut f, today, at)?;
    Ok(f.status)
}

pub fn confirmations(conn: &Connection, form_id: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT person_id FROM feedback_confirmation WHERE form_id = ?1")?;
    let rows = stmt
        .query_map(params![form_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()
        .with_context(|| crate::t!("feedback-ctx-reading-confirmations"))?;
    Ok(rows)
}

/// Records a secret-holder's confirmation (rule R7: only a participant who holds professional
/// secrecy at the item or now, to a form not sent nor withdrawn, dated from the meeting until
/// today), then settles the form's status.
pub fn set_confirmation(
    conn: &Connection,
    form_id: i64,
    person_id: i64,
    on: &str,
    today: &str,
    at: &str,
) -> Result<String> {
    allowed(conn, Answer::Confirmation, form_id, person_id, on, today)?;
    conn.prepare_cached(
        "INSERT INTO feedback_confirmation (form_id, person_id, on_date) VALUES (?1, ?2, ?3)
         ON CONFLICT (form_id, person_id) DO UPDATE SET on_date = excluded.on_date",
    )?
    .execute(params![form_id, person_id, on])
    .with_context(|| crate::t!("feedback-ctx-recording-the-confirmation"))?;
    settle(conn, form_id, today, at)
}

/// Drops every consent and confirmation of a form not yet sent nor withdrawn (its text or its
/// participants changed). What a sent form was sent with stays.
pub fn reset_answers(conn: &Connection, form_id: i64) -> Result<usize> {
    let open = "EXISTS (SELECT 1 FROM feedback_form
                 WHERE id = ?1 AND status IN ('draft', 'approved'))";
    let a = conn
        .prepare_cached(&format!(
            "DELETE FROM feedback_consent WHERE form_id = ?1 AND {open}"
        ))?
        .execute(params![form_id])?;
    let b = conn
        .prepare_cached(&format!(
            "DELETE FROM feedback_confirmation WHERE form_id = ?1 AND {open}"
        ))?
        .execute(params![form_id])?;
    Ok(a + b)
}

pub struct NewDisclosure<'a> {
    pub cell_id: i64,
    pub what: &'a str,
    pub reference: &'a str,
    pub case_code: Option<&'a str>,
    pub recipient: &'a str,
    pub on_date: &'a str,
    pub legal_basis: &'a str,
    pub sha256: &'a str,
    pub actor: &'a str,
    pub at: &'a str,
}

pub fn insert_disclosure(conn: &Connection, d: &NewDisclosure) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO disclosure (cell_id, what, ref, case_code, recipient, on_date, legal_basis,
             sha256, actor, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        d.cell_id,
        d.what,
        d.reference,
        d.case_code,
        d.recipient,
        d.on_date,
        d.legal_basis,
        d.sha256,
        d.actor,
        d.at
    ])
    .with_context(|| crate::t!("feedback-ctx-writing-the-disclosure-register"))?;
    Ok(conn.last_insert_rowid())
}

/// The SHA-256 recorded for what left under `what`/`reference`.
pub fn disclosure_hash(conn: &Connection, what: &str, reference: &str) -> Result<Option<String>> {
    conn.prepare_cached(
        "SELECT sha256 FROM disclosure WHERE what = ?1 AND ref = ?2 ORDER BY id DESC LIMIT 1",
    )?
    .query_row(params![what, reference], |r| r.get(0))
    .optional()
    .with_context(|| crate::t!("feedback-ctx-reading-the-disclosure-register"))
}

/// The statement of [`pending_cases`] (`?1` the cell), public for the plan tests. Led by the
/// cell's cases (an index holds them) and each one's forms: led by the forms' status, SQLite
/// walked every draft and approved form of the whole file and read each one's case row,
/// scattered over the file (679 pages read at 250 cells, against 24).
pub const PENDING_CASES: &str = "SELECT c.id FROM case_file c
     WHERE c.cell_id = ?1 AND EXISTS (SELECT 1 FROM feedback_form f
                                      WHERE f.case_id = c.id AND f.status IN ('draft', 'approved'))";

/// Cases of a cell with a form in draft or approved status.
pub fn pending_cases(conn: &Connection, cell_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(PENDING_CASES)?;
    let rows = stmt
        .query_map(params![cell_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()
        .with_context(|| crate::t!("feedback-ctx-reading-pending-feedback-forms"))?;
    Ok(rows)
}
