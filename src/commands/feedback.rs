//! `livcr feedback draft|edit|consent|confirm|send|withdraw|list|show`: the feedback form
//! (terugkoppelingsfiche) and its consensus gate, rule R7.

use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::cli::{Answer, FeedbackCmd, FormatArg};
use crate::commands::lookup;
use crate::commands::meeting::{cell_title, doc_lang, find as find_meeting};
use crate::commands::referral::io_seat;
use crate::context::{Ctx, begin};
use crate::db::case::{self as cases, NewEvent};
use crate::db::composition::Cell;
use crate::db::feedback::{self as fb, Form, NewDisclosure, NewReferral};
use crate::db::meeting as meetings;
use crate::docs::labels::{t, vocab};
use crate::docs::{Block, Doc};
use crate::domain::text::sha256_hex;
use crate::error::{fail, fail_hint};

/// The legal basis recorded in the disclosure register for a feedback form.
// i18n-ok: stored
pub const LEGAL_BASIS: &str = "law of 30 July 2018 (LIVC-R), art. 458ter Criminal Code; \
    consensus of all participants of the item (Constitutional Court 52/2021)";

pub fn run(ctx: &mut Ctx, cmd: FeedbackCmd) -> Result<u8> {
    match cmd {
        FeedbackCmd::Draft {
            code,
            item,
            text,
            file,
        } => draft(ctx, &code, &item, text, file.as_deref()),
        FeedbackCmd::Edit { id, text, file } => edit(ctx, id, text, file.as_deref()),
        FeedbackCmd::Consent {
            id,
            member,
            answer,
            on,
        } => consent(ctx, id, &member, answer, on.as_deref()),
        FeedbackCmd::Confirm { id, member, on } => confirm(ctx, id, &member, on.as_deref()),
        FeedbackCmd::Send { id, via, on } => send(ctx, id, via.as_deref(), on.as_deref()),
        FeedbackCmd::Withdraw { id } => withdraw(ctx, id),
        FeedbackCmd::List => list(ctx),
        FeedbackCmd::Show { id, out } => show(ctx, id, out.as_deref()),
    }
}

fn find(ctx: &Ctx, conn: &Connection, id: i64) -> Result<(Cell, Form)> {
    let cell = lookup::cell(ctx, conn, None)?;
    let form = fb::form(conn, id)?.ok_or_else(|| {
        fail_hint(
            crate::t!("feedback-form-id-not-found", id = id.to_string()),
            crate::t!("feedback-form-id-not-found-hint"),
        )
    })?;
    // The form's case must belong to this cell.
    lookup::case(ctx, conn, &cell, &form.case_code)?;
    Ok((cell, form))
}

/// What stands between a form and the police by rule R7, as of its answers so far (the IO is
/// named when it is sent). Empty when every answer is in.
pub fn gate(conn: &Connection, f: &Form) -> Result<Vec<String>> {
    gate_in(conn, f, crate::i18n::lang())
}

/// [`gate`] in `lang` (the JSON of `feedback show` names the problems in English).
fn gate_in(conn: &Connection, f: &Form, lang: crate::i18n::UiLang) -> Result<Vec<String>> {
    Ok(fb::gate_problems(conn, f, None)?
        .iter()
        .map(|p| p.describe(lang))
        .collect())
}

fn journal(ctx: &Ctx, conn: &Connection, case_id: i64, on: &str, text: &str) -> Result<()> {
    ctx.journal(
        conn,
        &NewEvent {
            case_id,
            on_date: on,
            kind: "feedback",
            text: Some(text),
            ..Default::default()
        },
    )?;
    Ok(())
}

fn draft(
    ctx: &mut Ctx,
    code: &str,
    item_ref: &str,
    text: Option<String>,
    file: Option<&Path>,
) -> Result<u8> {
    let text = lookup::text_input(ctx, text, file, &crate::t!("feedback-field-form"))?;
    let (meeting_ref, number) = item_ref
        .rsplit_once(':')
        .and_then(|(m, n)| Some((m, n.trim().parse::<i64>().ok()?)))
        .ok_or_else(|| {
            fail_hint(
                crate::t!("feedback-invalid-item", item = format!("{item_ref:?}")),
                crate::t!("feedback-invalid-item-hint"),
            )
        })?;
    let today = lookup::iso(ctx.clock.today);
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let case = lookup::case(ctx, &tx, &cell, code)?;
    let m = find_meeting(ctx, &tx, &cell, meeting_ref)?;
    if m.kind == "strategic" {
        return Err(fail(crate::t!(
            "feedback-meeting-strategic",
            id = m.id.to_string()
        )));
    }
    if m.status != "held" {
        return Err(fail_hint(
            crate::t!(
                "feedback-meeting-not-held",
                id = m.id.to_string(),
                status = crate::i18n::word("meeting-status", m.status.as_str())
            ),
            crate::t!("feedback-meeting-not-held-hint", id = m.id.to_string()),
        ));
    }
    let item = meetings::items(&tx, m.id)?
        .into_iter()
        .find(|i| i.position == number)
        .ok_or_else(|| {
            fail(crate::t!(
                "feedback-no-such-item",
                id = m.id.to_string(),
                number = number.to_string()
            ))
        })?;
    if item.case_id != Some(case.id) {
        return Err(fail_hint(
            crate::t!(
                "feedback-item-other-case",
                number = number.to_string(),
                id = m.id.to_string(),
                code = case.code.as_str()
            ),
            crate::t!("feedback-item-other-case-hint", id = m.id.to_string()),
        ));
    }
    if meetings::participants(&tx, item.id)?.is_empty() {
        return Err(fail_hint(
            crate::t!(
                "feedback-item-no-participants",
                number = number.to_string(),
                id = m.id.to_string()
            ),
            crate::t!(
                "feedback-item-no-participants-hint",
                number = number.to_string(),
                id = m.id.to_string()
            ),
        ));
    }
    let id = fb::insert_form(&tx, case.id, item.id, &text, &today, &ctx.clock.stamp())?;
    journal(
        ctx,
        &tx,
        case.id,
        &today,
        &format!("feedback form {id} drafted"), // i18n-ok: stored
    )?;
    ctx.audit(
        &tx,
        "draft",
        "feedback_form",
        &id.to_string(),
        &format!(
            "feedback form for case {} (meeting {} item {number})", // i18n-ok: stored
            case.code, m.id
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "feedback-drafted",
        id = id.to_string(),
        code = case.code.as_str(),
        number = number.to_string()
    ))?;
    if case.is_minor() {
        ctx.out.warn(&crate::t!("feedback-drafted-minor"))?;
    }
    ctx.out.value(&json!({"id": id}), &id.to_string())?;
    Ok(0)
}

fn edit(ctx: &mut Ctx, id: i64, text: Option<String>, file: Option<&Path>) -> Result<u8> {
    let text = lookup::text_input(ctx, text, file, &crate::t!("feedback-field-form"))?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let (_, mut f) = find(ctx, &tx, id)?;
    if f.text == text {
        return Err(fail(crate::t!("feedback-text-unchanged")));
    }
    f.text = text;
    let reset = fb::update_form(&tx, &mut f, &today(ctx), &ctx.clock.stamp())?;
    ctx.audit(
        &tx,
        "edit",
        "feedback_form",
        &id.to_string(),
        &format!(
            "text changed; {} reset", // i18n-ok: stored
            crate::output::plural(reset, "answer")
        ),
    )?;
    tx.commit()?;
    ctx.out
        .done(&crate::t!("feedback-changed", id = id.to_string()))?;
    if reset > 0 {
        ctx.out
            .warn(&crate::t!("feedback-changed-answers-reset", count = reset))?;
    }
    Ok(0)
}

fn today(ctx: &Ctx) -> String {
    lookup::iso(ctx.clock.today)
}

fn consent(ctx: &mut Ctx, id: i64, member: &str, answer: Answer, on: Option<&str>) -> Result<u8> {
    let answer = answer.as_str();
    let on = lookup::date_or_today(ctx, on)?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let (_, f) = find(ctx, &tx, id)?;
    let p = lookup::member(&tx, member)?;
    let status = fb::set_consent(
        &tx,
        f.id,
        p.id,
        answer,
        &on,
        &today(ctx),
        &ctx.clock.stamp(),
    )
    .with_context(|| {
        crate::t!(
            "feedback-cannot-answer",
            name = p.name.as_str(),
            id = p.id.to_string()
        )
    })?;
    ctx.audit(
        &tx,
        "consent",
        "feedback_form",
        &id.to_string(),
        &format!("member {} answered {answer} on {on}", p.id), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "feedback-answered",
        name = p.name.as_str(),
        answer = answer,
        id = id.to_string(),
        status = crate::i18n::word("form-status", status.as_str())
    ))?;
    Ok(0)
}

fn confirm(ctx: &mut Ctx, id: i64, member: &str, on: Option<&str>) -> Result<u8> {
    let on = lookup::date_or_today(ctx, on)?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let (_, f) = find(ctx, &tx, id)?;
    let p = lookup::member(&tx, member)?;
    let status = fb::set_confirmation(&tx, f.id, p.id, &on, &today(ctx), &ctx.clock.stamp())
        .with_context(|| {
            crate::t!(
                "feedback-cannot-confirm",
                name = p.name.as_str(),
                id = p.id.to_string()
            )
        })?;
    ctx.audit(
        &tx,
        "confirm",
        "feedback_form",
        &id.to_string(),
        &format!("member {} confirmed: no professional secret", p.id), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "feedback-confirmed",
        name = p.name.as_str(),
        id = id.to_string(),
        status = crate::i18n::word("form-status", status.as_str())
    ))?;
    Ok(0)
}

fn send(ctx: &mut Ctx, id: i64, via: Option<&str>, on: Option<&str>) -> Result<u8> {
    let on = lookup::date_or_today(ctx, on)?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let (cell, mut f) = find(ctx, &tx, id)?;
    // The answers first, for the message; the form's writer judges the whole of rule R7 again
    // as of the sending date and through the IO, whichever path sends.
    if matches!(f.status.as_str(), "draft" | "approved") {
        let problems = fb::gate_problems(&tx, &f, None)?;
        if !problems.is_empty() {
            return Err(fb::refusal(id, &problems));
        }
    }
    let io = io_seat(&tx, &cell, via, &on)
        .with_context(|| crate::t!("feedback-may-not-be-sent", id = id.to_string()))?;
    let stamp = ctx.clock.stamp();
    let referral = fb::insert_referral(
        &tx,
        &NewReferral {
            cell_id: cell.id,
            case_id: f.case_id,
            direction: "out",
            io_person_id: io.person_id,
            io_seat_id: io.id,
            on_date: &on,
            reason: None,
            note: None,
            expects_feedback_by: None,
            status: "sent",
            at: &stamp,
        },
    )?;
    f.status = "sent".into();
    f.sent_on = Some(on.clone());
    f.via_person_id = Some(io.person_id);
    f.referral_id = Some(referral);
    fb::update_form(&tx, &mut f, &today(ctx), &stamp)?;
    let hash = sha256_hex(f.text.as_bytes());
    fb::insert_disclosure(
        &tx,
        &NewDisclosure {
            cell_id: cell.id,
            what: "feedback_form",
            reference: &f.id.to_string(),
            case_code: Some(&f.case_code),
            recipient: &format!(
                "Local Taskforce, via IO {} (#{})", // i18n-ok: stored
                io.person.name, io.person_id
            ),
            on_date: &on,
            legal_basis: LEGAL_BASIS,
            sha256: &hash,
            actor: ctx.actor()?,
            at: &stamp,
        },
    )?;
    journal(
        ctx,
        &tx,
        f.case_id,
        &on,
        &format!("feedback form {id} sent to the LTF via the IO"), // i18n-ok: stored
    )?;
    ctx.audit(
        &tx,
        "send",
        "feedback_form",
        &id.to_string(),
        &format!(
            // i18n-ok: stored
            "sent on {on} via IO member {}, outbound referral {referral}, sha256 {hash}",
            io.person_id
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "feedback-sent",
        id = id.to_string(),
        io = io.person.name.as_str(),
        on = crate::i18n::human_date_str(&on),
        hash = hash.as_str()
    ))?;
    Ok(0)
}

fn withdraw(ctx: &mut Ctx, id: i64) -> Result<u8> {
    let mut conn = ctx.open()?;
    {
        let (_, f) = find(ctx, &conn, id)?;
        // A sent or withdrawn form is refused by its writer; ask only about one that can go.
        if matches!(f.status.as_str(), "draft" | "approved") {
            crate::commands::confirm(
                ctx,
                &crate::t!(
                    "feedback-withdraw-question",
                    id = id.to_string(),
                    code = f.case_code.as_str()
                ),
                &crate::t!("feedback-withdraw-doing", id = id.to_string()),
            )?;
        }
    }
    let tx = begin(&mut conn)?;
    let (_, mut f) = find(ctx, &tx, id)?;
    f.status = "withdrawn".into();
    fb::update_form(&tx, &mut f, &today(ctx), &ctx.clock.stamp())?;
    ctx.audit(
        &tx,
        "withdraw",
        "feedback_form",
        &id.to_string(),
        "form withdrawn", // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out
        .done(&crate::t!("feedback-withdrawn", id = id.to_string()))?;
    Ok(0)
}

/// A feedback form's fields as every list and show names them: [`COLUMNS`], in order.
pub fn row(conn: &Connection, f: &Form) -> Result<Vec<Value>> {
    let state = fb::gate_state(conn, f)?;
    let participants = &state.participants;
    let yes = state.consents.iter().filter(|c| c.yes).count();
    let secret = participants.iter().filter(|p| p.holds_secret()).count();
    let confirmed = state.confirmations.len();
    Ok(vec![
        f.id.into(),
        f.case_code.clone().into(),
        Value::Bool(fb::is_minor_band(&f.case_age_band)),
        format!("{}:{}", f.meeting_id, f.item_position).into(),
        f.status.clone().into(),
        format!("{yes}/{}", participants.len()).into(),
        format!("{confirmed}/{secret}").into(),
        f.drafted_on.clone().into(),
        f.sent_on.clone().into(),
    ])
}

pub const COLUMNS: &[&str] = &[
    "id",
    "case",
    "minor",
    "item",
    "status",
    "consents",
    "confirmations",
    "drafted_on",
    "sent_on",
];

fn list(ctx: &mut Ctx) -> Result<u8> {
    let conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let mut rows = Vec::new();
    for f in fb::forms(&conn, cell.id, None)? {
        rows.push(row(&conn, &f)?);
    }
    ctx.out.list(COLUMNS, &rows)?;
    Ok(0)
}

/// The form as handed to the IO.
fn form_doc(ctx: &Ctx, conn: &Connection, cell: &Cell, f: &Form) -> Result<Doc> {
    let lang = doc_lang(ctx, cell);
    let today = lookup::iso(ctx.clock.today);
    let m = meetings::get(conn, f.meeting_id)?
        .ok_or_else(|| fail(crate::t!("feedback-meeting-vanished")))?;
    let case = cases::by_id(conn, f.case_id, &today)?
        .ok_or_else(|| fail(crate::t!("feedback-case-vanished")))?;
    let date = f.sent_on.clone().unwrap_or_else(|| f.drafted_on.clone());
    let mut doc = Doc::new(
        lang,
        format!(
            "{} — {}",
            cell_title(conn, cell, lang, &date)?,
            t(lang, "feedback_form")
        ),
    );
    let d = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .with_context(|| crate::t!("feedback-bad-stored-date"))?;
    let md = chrono::NaiveDate::parse_from_str(m.date(), "%Y-%m-%d")
        .with_context(|| crate::t!("feedback-bad-stored-date"))?;
    let refs = crate::domain::municipality::reference()?;
    let minor = case.is_minor();
    doc.meta.push((t(lang, "cell").into(), cell.code.clone()));
    doc.meta.push((
        t(lang, "date").into(),
        crate::domain::dates::format_local(d, lang.as_str()),
    ));
    doc.meta.push((
        t(lang, "case").into(),
        if minor {
            format!("{} — {} (R12)", case.code, t(lang, "minor_mark"))
        } else {
            case.code.clone()
        },
    ));
    doc.meta.push((
        t(lang, "municipality").into(),
        refs.by_nis(&case.nis)
            .map(|x| x.name(lang))
            .unwrap_or(case.nis.clone()),
    ));
    doc.meta.push((
        t(lang, "meeting_item").into(),
        format!(
            "{} ({}:{})",
            crate::domain::dates::format_local(md, lang.as_str()),
            f.meeting_id,
            f.item_position
        ),
    ));
    doc.meta.push((
        t(lang, "form_status").into(),
        vocab(lang, "form", &f.status),
    ));
    if let Some(io) = f
        .via_person_id
        .map(|p| crate::db::composition::person(conn, p))
        .transpose()?
        .flatten()
    {
        doc.meta.push((t(lang, "via_io").into(), io.name));
    }
    let sent = f.status == "sent";
    if !sent {
        // Only a sent form went through the gate: anything else says so before its text.
        doc.blocks
            .push(Block::Para(t(lang, "form_not_sent").into()));
    }
    doc.blocks.push(Block::Heading(t(lang, "form_text").into()));
    for para in f
        .text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        doc.blocks.push(Block::Para(para.to_string()));
    }
    let consents = fb::consents(conn, f.id)?;
    let names: Vec<String> = meetings::participants(conn, f.item_id)?
        .into_iter()
        .filter(|p| {
            consents
                .iter()
                .any(|(id, a, _)| *id == p.person_id && a == "yes")
        })
        .map(|p| format!("{} ({})", p.name, p.organisation))
        .collect();
    // Nobody yet: the section is left out (a form without consents is a draft, and says so).
    if !names.is_empty() {
        doc.blocks.push(Block::Heading(t(lang, "consented").into()));
        doc.blocks.push(Block::List(names));
    }
    doc.blocks.push(Block::Para(
        t(lang, if sent { "form_basis" } else { "form_not_sent" }).into(),
    ));
    Ok(doc)
}

fn show(ctx: &mut Ctx, id: i64, out: Option<&Path>) -> Result<u8> {
    let mut conn = ctx.open()?;
    let (cell, f) = find(ctx, &conn, id)?;
    if ctx.format == Some(FormatArg::Json) {
        let state = fb::gate_state(&conn, &f)?;
        let mut json = Value::Object(
            COLUMNS
                .iter()
                .map(|c| (*c).to_string())
                .zip(row(&conn, &f)?)
                .collect(),
        );
        json["text"] = f.text.clone().into();
        json["referral_id"] = f.referral_id.into();
        json["via_io"] = f
            .via_person_id
            .map(|p| crate::db::composition::person(&conn, p))
            .transpose()?
            .flatten()
            .map(|p| p.name)
            .into();
        json["sha256"] = fb::disclosure_hash(&conn, "feedback_form", &f.id.to_string())?
            .map(Value::from)
            .unwrap_or(Value::Null);
        json["participants"] = Value::Array(
            state
                .participants
                .iter()
                .map(|p| {
                    json!({
                        "member_id": p.person_id,
                        "name": p.name,
                        "secret_holder": p.holds_secret(),
                        "consent": state.consents.iter().find(|c| c.person_id == p.person_id)
                            .map(|c| if c.yes { "yes" } else { "no" }),
                        "confirmed": state.confirmations.iter().any(|c| c.person_id == p.person_id),
                    })
                })
                .collect(),
        );
        // Names of the problems for scripts: English whatever the interface language.
        json["blocked_by"] = Value::Array(
            gate_in(&conn, &f, crate::i18n::UiLang::En)?
                .into_iter()
                .map(Value::from)
                .collect(),
        );
        // The form's text is case text: its view is audited like a document.
        let tx = crate::context::begin_audit_only(&mut conn)?;
        ctx.audit(
            &tx,
            "view",
            "feedback_form",
            &id.to_string(),
            "feedback form viewed (json)", // i18n-ok: stored
        )?;
        tx.commit()?;
        ctx.out.value(&json, "")?;
        return Ok(0);
    }
    let doc = form_doc(ctx, &conn, &cell, &f)?;
    let text = doc.render(ctx.format == Some(FormatArg::Html));
    crate::commands::agenda::emit(
        ctx,
        &mut conn,
        out,
        &text,
        crate::commands::agenda::DocKind {
            // Named in the audit log (stored) as well as in the confirmation.
            what: "feedback form", // i18n-ok: stored
            entity: "feedback_form",
            id,
            note: String::new(),
        },
    )
}

/// The participants of an agenda item changed: consents and confirmations given to forms
/// decided in that item no longer hold.
pub fn participants_changed(ctx: &mut Ctx, conn: &Connection, item_id: i64) -> Result<()> {
    for mut f in fb::forms_of_item(conn, item_id)? {
        if !matches!(f.status.as_str(), "draft" | "approved") {
            continue;
        }
        let reset = fb::reset_answers(conn, f.id)?;
        fb::update_form(conn, &mut f, &today(ctx), &ctx.clock.stamp())?;
        ctx.audit(
            conn,
            "reset",
            "feedback_form",
            &f.id.to_string(),
            &format!(
                "participants of the item changed; {} reset", // i18n-ok: stored
                crate::output::plural(reset, "answer")
            ),
        )?;
        ctx.out.warn(&crate::t!(
            "feedback-participants-changed",
            id = f.id.to_string()
        ))?;
    }
    Ok(())
}
