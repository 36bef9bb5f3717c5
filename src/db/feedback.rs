//! Referrals, feedback forms with consents and confirmations, the disclosure register.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::db::gate;
use crate::domain::input::Shape;

#[derive(Debug, Clone, Serialize)]
pub struct Referral {
    pub id: i64,
    pub cell_id: i64,
    pub case_id: i64,
    pub case_code: String,
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
}

const REFERRAL_SELECT: &str = "SELECT r.*, c.code AS case_code, p.name AS io_name
     FROM referral r JOIN case_file c ON c.id = r.case_id JOIN person p ON p.id = r.io_person_id";

fn referral_row(r: &Row) -> rusqlite::Result<Referral> {
    Ok(Referral {
        id: r.get("id")?,
        cell_id: r.get("cell_id")?,
        case_id: r.get("case_id")?,
        case_code: r.get("case_code")?,
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
    })
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
    gate::opt_text("referral note", Shape::Multiline, r.note)?;
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
    .context("recording the referral")?;
    Ok(conn.last_insert_rowid())
}

pub fn referral(conn: &Connection, id: i64) -> Result<Option<Referral>> {
    conn.prepare_cached(&format!("{REFERRAL_SELECT} WHERE r.id = ?1"))?
        .query_row(params![id], referral_row)
        .optional()
        .context("reading the referral")
}

/// Referrals of a cell; `open` = not closed, declined or sent.
pub fn referrals(
    conn: &Connection,
    cell_id: i64,
    open: bool,
    direction: Option<&str>,
    case_id: Option<i64>,
) -> Result<Vec<Referral>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{REFERRAL_SELECT} WHERE r.cell_id = ?1
           AND (NOT ?2 OR r.status IN ('received', 'discussed', 'accepted'))
           AND (?3 IS NULL OR r.direction = ?3)
           AND (?4 IS NULL OR r.case_id = ?4)
         ORDER BY r.on_date, r.id"
    ))?;
    let rows = stmt
        .query_map(params![cell_id, open, direction, case_id], referral_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading referrals")?;
    Ok(rows)
}

pub fn update_referral(conn: &Connection, r: &Referral) -> Result<()> {
    conn.prepare_cached(
        "UPDATE referral SET status = ?2, status_on = ?3, feedback_on = ?4 WHERE id = ?1",
    )?
    .execute(params![r.id, r.status, r.status_on, r.feedback_on])
    .with_context(|| format!("updating referral #{}", r.id))?;
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Form {
    pub id: i64,
    pub case_id: i64,
    pub case_code: String,
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

const FORM_SELECT: &str = "SELECT f.*, c.code AS case_code, i.meeting_id, i.position
     FROM feedback_form f JOIN case_file c ON c.id = f.case_id
     JOIN agenda_item i ON i.id = f.item_id";

fn form_row(r: &Row) -> rusqlite::Result<Form> {
    Ok(Form {
        id: r.get("id")?,
        case_id: r.get("case_id")?,
        case_code: r.get("case_code")?,
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
    gate::text("feedback form", Shape::Multiline, text)?;
    gate::no_case_data(conn, "the feedback form", Some(text), Some(case_id))?;
    conn.prepare_cached(
        "INSERT INTO feedback_form (case_id, item_id, text, status, drafted_on, created_at,
             updated_at)
         VALUES (?1, ?2, ?3, 'draft', ?4, ?5, ?5)",
    )?
    .execute(params![case_id, item_id, text, on, at])
    .context("drafting the feedback form")?;
    Ok(conn.last_insert_rowid())
}

pub fn form(conn: &Connection, id: i64) -> Result<Option<Form>> {
    conn.prepare_cached(&format!("{FORM_SELECT} WHERE f.id = ?1"))?
        .query_row(params![id], form_row)
        .optional()
        .context("reading the feedback form")
}

/// Forms of a cell (optionally of one case), newest first.
pub fn forms(conn: &Connection, cell_id: i64, case_id: Option<i64>) -> Result<Vec<Form>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{FORM_SELECT} WHERE c.cell_id = ?1 AND (?2 IS NULL OR f.case_id = ?2)
         ORDER BY f.id DESC"
    ))?;
    let rows = stmt
        .query_map(params![cell_id, case_id], form_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading feedback forms")?;
    Ok(rows)
}

/// Forms decided in an agenda item.
pub fn forms_of_item(conn: &Connection, item_id: i64) -> Result<Vec<Form>> {
    let mut stmt = conn.prepare_cached(&format!("{FORM_SELECT} WHERE f.item_id = ?1"))?;
    let rows = stmt
        .query_map(params![item_id], form_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading feedback forms")?;
    Ok(rows)
}

pub fn update_form(conn: &Connection, f: &Form, at: &str) -> Result<()> {
    if gate::differs(conn, "feedback_form", "text", f.id, &f.text)? {
        gate::text("feedback form", Shape::Multiline, &f.text)?;
        gate::no_case_data(conn, "the feedback form", Some(&f.text), Some(f.case_id))?;
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
    .with_context(|| format!("updating feedback form #{}", f.id))?;
    Ok(())
}

/// (person id, answer, date) for every consent given to a form.
pub fn consents(conn: &Connection, form_id: i64) -> Result<Vec<(i64, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT person_id, answer, on_date FROM feedback_consent WHERE form_id = ?1",
    )?;
    let rows = stmt
        .query_map(params![form_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading consents")?;
    Ok(rows)
}

pub fn set_consent(
    conn: &Connection,
    form_id: i64,
    person_id: i64,
    answer: &str,
    on: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO feedback_consent (form_id, person_id, answer, on_date) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (form_id, person_id) DO UPDATE SET answer = excluded.answer,
             on_date = excluded.on_date",
    )?
    .execute(params![form_id, person_id, answer, on])
    .context("recording the consent")?;
    Ok(())
}

pub fn confirmations(conn: &Connection, form_id: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT person_id FROM feedback_confirmation WHERE form_id = ?1")?;
    let rows = stmt
        .query_map(params![form_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()
        .context("reading confirmations")?;
    Ok(rows)
}

pub fn set_confirmation(conn: &Connection, form_id: i64, person_id: i64, on: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO feedback_confirmation (form_id, person_id, on_date) VALUES (?1, ?2, ?3)
         ON CONFLICT (form_id, person_id) DO UPDATE SET on_date = excluded.on_date",
    )?
    .execute(params![form_id, person_id, on])
    .context("recording the confirmation")?;
    Ok(())
}

/// Drops every consent and confirmation of a form (its text or its participants changed).
pub fn reset_answers(conn: &Connection, form_id: i64) -> Result<usize> {
    let a = conn
        .prepare_cached("DELETE FROM feedback_consent WHERE form_id = ?1")?
        .execute(params![form_id])?;
    let b = conn
        .prepare_cached("DELETE FROM feedback_confirmation WHERE form_id = ?1")?
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
    .context("writing the disclosure register")?;
    Ok(conn.last_insert_rowid())
}

/// The SHA-256 recorded for what left under `what`/`reference`.
pub fn disclosure_hash(conn: &Connection, what: &str, reference: &str) -> Result<Option<String>> {
    conn.prepare_cached(
        "SELECT sha256 FROM disclosure WHERE what = ?1 AND ref = ?2 ORDER BY id DESC LIMIT 1",
    )?
    .query_row(params![what, reference], |r| r.get(0))
    .optional()
    .context("reading the disclosure register")
}

/// Cases of a cell with a form in draft or approved status.
pub fn pending_cases(conn: &Connection, cell_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT f.case_id FROM feedback_form f JOIN case_file c ON c.id = f.case_id
         WHERE c.cell_id = ?1 AND f.status IN ('draft', 'approved')",
    )?;
    let rows = stmt
        .query_map(params![cell_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()
        .context("reading pending feedback forms")?;
    Ok(rows)
}
