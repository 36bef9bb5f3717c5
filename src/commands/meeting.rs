//! `livcr meeting plan|list|show|move|cancel|attend|decide|close|run|minutes|ics`.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Brussels;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::cli::{DecisionKind, FormatArg, MeetingCmd, MeetingKind};
use crate::commands::lookup;
use crate::context::{Ctx, begin};
use crate::db::case::{self as cases, NewEvent};
use crate::db::composition::{self as comp, Cell, Person};
use crate::db::meeting::{self as meetings, Item, Meeting, NewMeeting};
use crate::docs;
use crate::domain::agenda::Section;
use crate::domain::dates::{parse_date, parse_duration_minutes, parse_time};
use crate::error::{fail, fail_hint};

pub fn run(ctx: &mut Ctx, cmd: MeetingCmd) -> Result<u8> {
    match cmd {
        MeetingCmd::Minutes { meeting, out } => {
            return minutes(ctx, &meeting, out.as_deref());
        }
        MeetingCmd::Ics { out, from } => {
            return ics(ctx, out.as_deref(), from.as_deref());
        }
        _ => {}
    }
    match cmd {
        MeetingCmd::Plan {
            date,
            time,
            kind,
            location,
            duration,
        } => plan(ctx, &date, &time, kind, location, &duration),
        MeetingCmd::List { upcoming, past } => list(ctx, upcoming, past),
        MeetingCmd::Show { meeting } => show(ctx, &meeting),
        MeetingCmd::Move { meeting, to } => move_meeting(ctx, &meeting, &to),
        MeetingCmd::Cancel { meeting, reason } => cancel(ctx, &meeting, reason),
        MeetingCmd::Attend {
            meeting,
            present,
            excused,
            absent,
        } => attend(ctx, &meeting, &present, &excused, &absent),
        MeetingCmd::Decide {
            meeting,
            item,
            kind,
            text,
            left,
            joined,
        } => decide(ctx, &meeting, item, kind, text, &left, &joined).map(|_| 0),
        MeetingCmd::Close {
            meeting,
            force,
            reason,
        } => close(ctx, &meeting, force, reason),
        MeetingCmd::Run { meeting } => crate::commands::meeting_run::run(ctx, &meeting),
        MeetingCmd::Minutes { .. } | MeetingCmd::Ics { .. } => Ok(0),
    }
}

/// A meeting by id, or by its date when exactly one meeting of the cell falls on it.
pub fn find(ctx: &Ctx, conn: &Connection, cell: &Cell, input: &str) -> Result<Meeting> {
    let input = input.trim();
    if !input.is_empty() && input.bytes().all(|b| b.is_ascii_digit()) {
        let id: i64 = input.parse().unwrap_or(0);
        return match meetings::get(conn, id)? {
            Some(m) if m.cell_id == cell.id => Ok(m),
            Some(_) => Err(fail(crate::t!("meeting-other-cell", id = id))),
            None => Err(fail_hint(
                crate::t!("meeting-no-id", id = id),
                crate::t!("meeting-hint-list"),
            )),
        };
    }
    let date = parse_date(input, ctx.clock.today).map_err(|_| {
        fail_hint(
            crate::t!("meeting-unknown", input = format!("{input:?}")),
            crate::t!("meeting-unknown-hint"),
        )
    })?;
    let iso = lookup::iso(date);
    // A cancelled meeting is found by its id only: its date is free for the meeting that
    // replaces it.
    let (cancelled, mut found): (Vec<Meeting>, Vec<Meeting>) =
        meetings::on_date(conn, cell.id, &iso)?
            .into_iter()
            .partition(|m| m.status == "cancelled");
    match found.len() {
        1 => Ok(found.remove(0)),
        0 if !cancelled.is_empty() => Err(fail_hint(
            crate::t!(
                "meeting-only-cancelled",
                cell = cell.code.as_str(),
                date = iso.as_str(),
                list = refs_at(&cancelled)
            ),
            crate::t!("meeting-only-cancelled-hint"),
        )),
        0 => Err(fail_hint(
            crate::t!(
                "meeting-none-on-date",
                cell = cell.code.as_str(),
                date = iso.as_str()
            ),
            crate::t!("meeting-hint-list"),
        )),
        _ => Err(fail_hint(
            crate::t!(
                "meeting-several-on-date",
                count = found.len(),
                date = iso.as_str(),
                list = refs_at(&found)
            ),
            crate::t!("meeting-several-on-date-hint"),
        )),
    }
}

/// Meetings as `#3 at 14:00, #4 at 16:00`.
fn refs_at(list: &[Meeting]) -> String {
    list.iter()
        .map(|m| crate::t!("meeting-ref-at", id = m.id, time = m.time()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A stored `YYYY-MM-DDTHH:MM` as a person reads it: the date in the interface language and
/// the time (`Mon 14 Dec 2026 14:00`).
pub fn human_when(starts_at: &str) -> String {
    match starts_at.split_once('T') {
        Some((d, t)) => format!("{} {t}", crate::i18n::human_date_str(d)),
        None => crate::i18n::human_date_str(starts_at),
    }
}

/// A section's label in the interface language (the documents' labels, which exist in the
/// four languages).
pub fn ui_label(section: Section) -> &'static str {
    section.label(crate::i18n::as_doc_lang())
}

/// `YYYY-MM-DDTHH:MM` in Brussels time, refusing a time that does not exist (the spring
/// daylight-saving gap).
fn local_start(ctx: &Ctx, date: &str, time: &str) -> Result<(String, DateTime<Utc>)> {
    let d = parse_date(date, ctx.clock.today)?;
    let t = parse_time(time)?;
    let local = d.and_time(t);
    let utc = to_utc(&local).ok_or_else(|| {
        fail_hint(
            crate::t!(
                "meeting-time-gap",
                date = lookup::iso(d),
                time = t.format("%H:%M").to_string()
            ),
            crate::t!("meeting-time-gap-hint"),
        )
    })?;
    Ok((local.format("%Y-%m-%dT%H:%M").to_string(), utc))
}

fn to_utc(local: &NaiveDateTime) -> Option<DateTime<Utc>> {
    Brussels
        .from_local_datetime(local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The start of a stored meeting in UTC.
pub fn start_utc(m: &Meeting) -> Result<DateTime<Utc>> {
    let local =
        NaiveDateTime::parse_from_str(&m.starts_at, "%Y-%m-%dT%H:%M").with_context(|| {
            crate::t!(
                "meeting-bad-stored-time",
                value = format!("{:?}", m.starts_at)
            )
        })?;
    to_utc(&local).with_context(|| crate::t!("meeting-time-missing", value = m.starts_at.as_str()))
}

/// `question` on a terminal, else `refusal` (both say what lies in the past).
fn confirm_past(ctx: &Ctx, when: &DateTime<Utc>, question: &str, refusal: String) -> Result<()> {
    if *when >= ctx.clock.now || ctx.yes {
        return Ok(());
    }
    if ctx.interactive() && crate::prompt::confirm(question, false)? {
        return Ok(());
    }
    Err(fail_hint(refusal, crate::t!("meeting-past-hint")))
}

fn plan(
    ctx: &mut Ctx,
    date: &str,
    time: &str,
    kind: MeetingKind,
    location: Option<String>,
    duration: &str,
) -> Result<u8> {
    let (starts_at, utc) = local_start(ctx, date, time)?;
    let minutes = parse_duration_minutes(duration)?;
    let location = location
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());
    let when = starts_at.replace('T', " ");
    confirm_past(
        ctx,
        &utc,
        &crate::t!("meeting-plan-past-question", when = when.as_str()),
        crate::t!("meeting-plan-past", when = when.as_str()),
    )?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let same_day = meetings::same_day_warning(&tx, cell.id, &cell.code, &starts_at, None)?;
    let uid = format!("{:032x}@livcr", rand::random::<u128>());
    let stamp = ctx.clock.stamp();
    let id = meetings::insert(
        &tx,
        &NewMeeting {
            cell_id: cell.id,
            starts_at: &starts_at,
            duration_min: minutes,
            kind: kind.as_str(),
            location: location.as_deref(),
            uid: &uid,
            at: &stamp,
        },
    )?;
    ctx.audit(
        &tx,
        "plan",
        "meeting",
        &id.to_string(),
        &format!(
            // i18n-ok: stored
            "{} meeting planned for {starts_at}, {minutes} minutes",
            kind.as_str()
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "meeting-planned",
        id = id,
        cell = cell.code.as_str(),
        when = human_when(&starts_at),
        kind = crate::i18n::word("meeting-kind", kind.as_str())
    ))?;
    if let Some(warning) = same_day {
        ctx.out.warn(&warning)?;
    }
    ctx.out.note(&crate::t!("meeting-draft-note", id = id))?;
    ctx.out.value(&json!({"id": id}), &id.to_string())?;
    Ok(0)
}

/// A meeting's fields as every list, show and export names them: [`MEETING_COLUMNS`].
fn meeting_row(m: &Meeting, t: meetings::Tally) -> Vec<Value> {
    vec![
        m.id.into(),
        m.date().to_string().into(),
        m.time().to_string().into(),
        m.duration_min.into(),
        m.kind.clone().into(),
        m.status.clone().into(),
        m.location.clone().into(),
        t.items.into(),
        t.decided.into(),
    ]
}

pub const MEETING_COLUMNS: &[&str] = &[
    "id",
    "date",
    "time",
    "duration_min",
    "kind",
    "status",
    "location",
    "items",
    "decided",
];

fn list(ctx: &mut Ctx, upcoming: bool, past: bool) -> Result<u8> {
    let conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let today = format!("{}T00:00", lookup::iso(ctx.clock.today));
    let (from, until) = match (upcoming, past) {
        (true, _) => (Some(today.as_str()), None),
        (_, true) => (None, Some(today.as_str())),
        _ => (None, None),
    };
    let tallies = meetings::tallies(&conn, cell.id)?;
    let rows: Vec<Vec<Value>> = meetings::list(&conn, cell.id, from, until)?
        .iter()
        .map(|m| meeting_row(m, tallies.get(&m.id).copied().unwrap_or_default()))
        .collect();
    ctx.out.list(MEETING_COLUMNS, &rows)?;
    Ok(0)
}

/// An agenda item's fields as the agenda and the meeting name them: [`ITEM_COLUMNS`].
/// `human` (a table or Markdown) names a fixed heading in the interface language; a script
/// (json, csv) reads it in English.
pub fn item_row(conn: &Connection, item: &Item, human: bool) -> Result<Vec<Value>> {
    let lang = if human {
        crate::i18n::as_doc_lang()
    } else {
        crate::domain::Lang::En
    };
    let case = coarse_of(conn, item)?;
    let minor = case.as_ref().is_some_and(|c| c.is_minor());
    Ok(vec![
        item.position.into(),
        item.section.clone().into(),
        Value::from(item.case_code.clone()),
        Value::Bool(minor),
        describe(item, case.as_ref(), false, lang).into(),
        Value::Bool(item.drafted),
        Value::from(item.decision_kind.clone()),
        Value::from(item.decision_text.clone()),
    ])
}

pub const ITEM_COLUMNS: &[&str] = &[
    "item",
    "section",
    "case",
    "minor",
    "about",
    "drafted",
    "decision",
    "decision_text",
];

/// A JSON object of a row's fields.
fn object(columns: &[&str], row: Vec<Value>) -> Value {
    Value::Object(columns.iter().map(|c| (*c).to_string()).zip(row).collect())
}

/// The coarse facts of an item's case, if it has one.
fn coarse_of(conn: &Connection, item: &Item) -> Result<Option<cases::Coarse>> {
    Ok(item
        .case_id
        .map(|id| cases::coarse(conn, id))
        .transpose()?
        .flatten())
}

/// An agenda item's one-line description (codes and coarse facts only); a minor's case is
/// marked right after its code (R12), so that the mark stays on the first line when wrapped.
pub fn item_label(conn: &Connection, item: &Item) -> Result<String> {
    let case = coarse_of(conn, item)?;
    Ok(describe(
        item,
        case.as_ref(),
        true,
        crate::i18n::as_doc_lang(),
    ))
}

/// What an item is about: its case's code (`with_code`; beside the `case` field of a list it
/// is left out) and coarse facts, and the item's title.
fn describe(
    item: &Item,
    case: Option<&cases::Coarse>,
    with_code: bool,
    lang: crate::domain::Lang,
) -> String {
    let section = Section::parse(&item.section).unwrap_or(Section::Aob);
    let mut parts = Vec::new();
    if let Some(code) = &item.case_code {
        let minor = case.as_ref().is_some_and(|c| c.is_minor());
        // Rule R12's mark: English for a script (json, csv), the person's language in a table.
        let mark = if lang == crate::domain::Lang::En {
            "minor".to_string()
        } else {
            crate::i18n::word("mark", "minor")
        };
        if with_code {
            parts.push(if minor {
                format!("{code} {mark}")
            } else {
                code.clone()
            });
        }
        if let Some(c) = case {
            parts.push(format!(
                "{}, {}, {}{}",
                crate::commands::case::muni_name(&c.nis),
                c.phenomenon,
                c.age_band,
                if minor && !with_code {
                    format!(" {mark}")
                } else {
                    String::new()
                }
            ));
        }
    }
    if let Some(t) = &item.title {
        parts.push(t.clone());
    }
    if parts.is_empty() {
        parts.push(section.label(lang).to_string());
    }
    parts.join(" — ")
}

fn show(ctx: &mut Ctx, input: &str) -> Result<u8> {
    let mut conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let m = find(ctx, &conn, &cell, input)?;
    let items = meetings::items(&conn, m.id)?;
    let attendance = meetings::attendance(&conn, m.id)?;
    let mut item_rows = Vec::new();
    let mut item_json = Vec::new();
    for i in &items {
        let participants = meetings::participants(&conn, i.id)?;
        let human = matches!(
            ctx.out.format,
            crate::output::Format::Table | crate::output::Format::Md
        );
        let row = item_row(&conn, i, human)?;
        let mut j = object(ITEM_COLUMNS, row.clone());
        j["participants"] = participants
            .iter()
            .map(|p| {
                json!({
                    "member_id": p.person_id,
                    "name": p.name,
                    "organisation": p.organisation,
                    "secret_holder": p.secret_holder,
                    "how": p.how,
                })
            })
            .collect();
        item_json.push(j);
        // The table: the item, its case's code and facts in one column (a minor marked, R12),
        // the decision, and how many took part.
        item_rows.push(vec![
            row[0].clone(),
            row[1].clone(),
            item_label(&conn, i)?.into(),
            row[6].clone(),
            row[7].clone(),
            participants.len().into(),
        ]);
    }
    let tallies = meetings::tallies(&conn, cell.id)?;
    let tally = tallies.get(&m.id).copied().unwrap_or_default();
    let mut json = object(MEETING_COLUMNS, meeting_row(&m, tally));
    json["cell"] = cell.code.clone().into();
    json["cancel_reason"] = m.cancel_reason.clone().into();
    json["forced_reason"] = m.forced_reason.clone().into();
    json["agenda"] = Value::Array(item_json);
    json["attendance"] = attendance
        .iter()
        .map(|a| {
            json!({
                "member_id": a.person_id,
                "name": a.name,
                "organisation": a.organisation,
                "status": a.status,
            })
        })
        .collect();
    let fields = [
        ("id", m.id.into()),
        ("cell", cell.code.clone().into()),
        ("date", m.date().to_string().into()),
        // i18n-ok: data (the time zone's name)
        ("time", format!("{} (Europe/Brussels)", m.time()).into()),
        ("duration_min", m.duration_min.into()),
        ("kind", m.kind.clone().into()),
        ("status", m.status.clone().into()),
        ("location", m.location.clone().into()),
        ("cancel_reason", m.cancel_reason.clone().into()),
        ("forced_reason", m.forced_reason.clone().into()),
    ];
    let sections = [
        crate::output::Section {
            title: crate::t!("meeting-show-agenda"),
            columns: vec![
                "item",
                "section",
                "about",
                "decision",
                "decision_text",
                "participants",
            ],
            rows: item_rows,
        },
        crate::output::Section {
            title: crate::t!("meeting-show-attendance"),
            columns: vec!["member_id", "name", "organisation", "status"],
            rows: attendance
                .iter()
                .map(|a| {
                    vec![
                        a.person_id.into(),
                        a.name.clone().into(),
                        a.organisation.clone().into(),
                        a.status.clone().into(),
                    ]
                })
                .collect(),
        },
    ];
    ctx.out.record(&json, &fields, &sections)?;
    // The items and decisions name cases and say what was decided about them.
    if items
        .iter()
        .any(|i| i.case_id.is_some() || i.decision_text.is_some())
    {
        // i18n-ok: stored
        ctx.record_view(&mut conn, "meeting", &m.id.to_string(), "meeting viewed")?;
    }
    Ok(0)
}

/// What is done to a meeting that only a planned one allows.
#[derive(Clone, Copy)]
enum Change {
    Close,
    Move,
    Cancel,
}

fn only_planned(m: &Meeting, change: Change) -> Result<()> {
    if m.status != "planned" {
        // `state` chooses the sentence (the stored value), `status` shows it as a word.
        let (id, status, state) = (
            m.id,
            crate::i18n::word("meeting-status", &m.status),
            m.status.as_str(),
        );
        return Err(fail(match change {
            Change::Close => {
                crate::t!(
                    "meeting-only-planned-close",
                    id = id,
                    status = status,
                    state = state
                )
            }
            Change::Move => {
                crate::t!(
                    "meeting-only-planned-move",
                    id = id,
                    status = status,
                    state = state
                )
            }
            Change::Cancel => {
                crate::t!(
                    "meeting-only-planned-cancel",
                    id = id,
                    status = status,
                    state = state
                )
            }
        }));
    }
    Ok(())
}

fn move_meeting(ctx: &mut Ctx, input: &str, to: &[String]) -> Result<u8> {
    let (date, time) = match to {
        [d, t] => (d.as_str(), t.as_str()),
        _ => {
            return Err(fail(crate::t!("meeting-move-to-two")));
        }
    };
    let (starts_at, utc) = local_start(ctx, date, time)?;
    let when = starts_at.replace('T', " ");
    confirm_past(
        ctx,
        &utc,
        &crate::t!("meeting-move-past-question", when = when.as_str()),
        crate::t!("meeting-move-past", when = when.as_str()),
    )?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let mut m = find(ctx, &tx, &cell, input)?;
    only_planned(&m, Change::Move)?;
    let old = m.starts_at.clone();
    let same_day = meetings::same_day_warning(&tx, cell.id, &cell.code, &starts_at, Some(m.id))?;
    m.starts_at = starts_at.clone();
    m.sequence += 1;
    m.updated_at = ctx.clock.stamp();
    meetings::update(&tx, &m)?;
    ctx.audit(
        &tx,
        "move",
        "meeting",
        &m.id.to_string(),
        &format!("moved from {old} to {starts_at}"), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "meeting-moved",
        id = m.id,
        from = human_when(&old),
        to = human_when(&starts_at)
    ))?;
    if let Some(warning) = same_day {
        ctx.out.warn(&warning)?;
    }
    Ok(0)
}

fn cancel(ctx: &mut Ctx, input: &str, reason: Option<String>) -> Result<u8> {
    let reason = reason
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    let mut conn = ctx.open()?;
    {
        let cell = lookup::cell(ctx, &conn, None)?;
        let m = find(ctx, &conn, &cell, input)?;
        only_planned(&m, Change::Cancel)?;
        crate::commands::confirm(
            ctx,
            &crate::t!(
                "meeting-cancel-question",
                when = human_when(&m.starts_at),
                id = m.id
            ),
            &crate::t!("meeting-cancel-what", id = m.id),
        )?;
    }
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let mut m = find(ctx, &tx, &cell, input)?;
    only_planned(&m, Change::Cancel)?;
    m.status = "cancelled".into();
    m.cancel_reason = reason;
    m.sequence += 1;
    m.updated_at = ctx.clock.stamp();
    meetings::update(&tx, &m)?;
    ctx.audit(
        &tx,
        "cancel",
        "meeting",
        &m.id.to_string(),
        "meeting cancelled", // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "meeting-cancelled",
        id = m.id,
        when = human_when(&m.starts_at)
    ))?;
    Ok(0)
}

fn resolve_members(
    conn: &Connection,
    cell: &Cell,
    date: &str,
    refs: &[String],
    flag: &str,
) -> Result<Vec<Person>> {
    let seats = comp::seats(conn, cell.id, Some(date))?;
    let mut out: Vec<Person> = Vec::new();
    for r in refs.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        let p = lookup::member(conn, r)?;
        if !seats.iter().any(|s| s.person_id == p.id) {
            return Err(fail_hint(
                crate::t!(
                    "meeting-no-seat",
                    name = p.name.as_str(),
                    id = p.id,
                    flag = flag,
                    cell = cell.code.as_str(),
                    date = date
                ),
                crate::t!("meeting-no-seat-hint"),
            ));
        }
        if !out.iter().any(|x| x.id == p.id) {
            out.push(p);
        }
    }
    Ok(out)
}

pub fn attend(
    ctx: &mut Ctx,
    input: &str,
    present: &[String],
    excused: &[String],
    absent: &[String],
) -> Result<u8> {
    if present.is_empty() && excused.is_empty() && absent.is_empty() {
        return Err(fail_hint(
            crate::t!("meeting-attend-missing"),
            crate::t!("meeting-attend-missing-hint"),
        ));
    }
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let m = find(ctx, &tx, &cell, input)?;
    if m.status != "planned" {
        return Err(fail(crate::t!(
            "meeting-attendance-fixed",
            id = m.id,
            status = crate::i18n::word("meeting-status", &m.status)
        )));
    }
    let date = m.date().to_string();
    let lists = [
        (
            "present",
            resolve_members(&tx, &cell, &date, present, "--present")?,
        ),
        (
            "excused",
            resolve_members(&tx, &cell, &date, excused, "--excused")?,
        ),
        (
            "absent",
            resolve_members(&tx, &cell, &date, absent, "--absent")?,
        ),
    ];
    let mut seen = BTreeSet::new();
    for (_, people) in &lists {
        for p in people {
            if !seen.insert(p.id) {
                return Err(fail(crate::t!(
                    "meeting-two-lists",
                    name = p.name.as_str(),
                    id = p.id
                )));
            }
        }
    }
    for (status, people) in &lists {
        for p in people {
            meetings::set_attendance(&tx, m.id, p.id, status)?;
        }
    }
    let counts: Vec<String> = lists
        .iter()
        .map(|(s, p)| format!("{} {s}", p.len()))
        .collect();
    ctx.audit(
        &tx,
        "attend",
        "meeting",
        &m.id.to_string(),
        &format!("attendance recorded: {}", counts.join(", ")), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "meeting-attendance-done",
        id = m.id,
        present = lists[0].1.len(),
        excused = lists[1].1.len(),
        absent = lists[2].1.len()
    ))?;
    Ok(0)
}

/// Records a decision; returns the item's id. Used by `meeting decide` and `meeting run`.
#[allow(clippy::too_many_arguments)]
pub fn decide(
    ctx: &mut Ctx,
    input: &str,
    number: i64,
    kind: DecisionKind,
    text: Option<String>,
    left: &[String],
    joined: &[String],
) -> Result<i64> {
    let text = text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let m = find(ctx, &tx, &cell, input)?;
    if m.status == "cancelled" {
        return Err(fail(crate::t!("meeting-was-cancelled", id = m.id)));
    }
    if start_utc(&m)? > ctx.clock.now {
        return Err(fail_hint(
            crate::t!(
                "meeting-decide-future",
                id = m.id,
                when = human_when(&m.starts_at)
            ),
            crate::t!("meeting-decide-future-hint"),
        ));
    }
    let items = meetings::items(&tx, m.id)?;
    let Some(item) = items.iter().find(|i| i.position == number) else {
        return Err(fail_hint(
            no_item(&tx, &m, number)?,
            crate::t!("meeting-no-item-hint", id = m.id),
        ));
    };
    let date = m.date().to_string();
    let present: Vec<i64> = meetings::attendance(&tx, m.id)?
        .into_iter()
        .filter(|a| a.status == "present")
        .map(|a| a.person_id)
        .collect();
    if present.is_empty() {
        return Err(fail_hint(
            crate::t!("meeting-no-attendance", id = m.id),
            crate::t!("meeting-no-attendance-hint", id = m.id),
        ));
    }
    let left = resolve_members(&tx, &cell, &date, left, "--left")?;
    for p in &left {
        if !present.contains(&p.id) {
            return Err(fail(crate::t!(
                "meeting-left-not-present",
                name = p.name.as_str(),
                id = p.id
            )));
        }
    }
    let joined = resolve_members(&tx, &cell, &date, joined, "--joined")?;
    for p in &joined {
        if present.contains(&p.id) {
            return Err(fail(crate::t!(
                "meeting-joined-already",
                name = p.name.as_str(),
                id = p.id
            )));
        }
    }
    let mut participants: Vec<(i64, &str)> = present
        .iter()
        .filter(|id| !left.iter().any(|p| p.id == **id))
        .map(|id| (*id, "present"))
        .collect();
    participants.extend(joined.iter().map(|p| (p.id, "joined")));
    let before: BTreeSet<i64> = meetings::participants(&tx, item.id)?
        .iter()
        .map(|p| p.person_id)
        .collect();
    let after: BTreeSet<i64> = participants.iter().map(|(id, _)| *id).collect();
    if !before.is_empty()
        && before != after
        && let Some(sent) = crate::db::feedback::forms_of_item(&tx, item.id)?
            .into_iter()
            .find(|f| f.status == "sent")
    {
        return Err(fail_hint(
            crate::t!(
                "meeting-participants-fixed",
                number = number,
                form = sent.id,
                date = crate::i18n::human_date_str(sent.sent_on.as_deref().unwrap_or("?"))
            ),
            crate::t!("meeting-participants-fixed-hint"),
        ));
    }
    meetings::set_participants(&tx, item.id, &participants)?;
    let stamp = ctx.clock.stamp();
    meetings::set_decision(&tx, item.id, kind.as_str(), text.as_deref(), &stamp)?;
    if !before.is_empty() && before != after {
        crate::commands::feedback::participants_changed(ctx, &tx, item.id)?;
    }
    if let Some(case_id) = item.case_id {
        let journal = match &text {
            Some(t) => format!("decision ({}): {t}", kind.as_str()), // i18n-ok: stored
            None => format!("decision ({})", kind.as_str()),         // i18n-ok: stored
        };
        ctx.journal(
            &tx,
            &NewEvent {
                case_id,
                on_date: &date,
                kind: "decision",
                text: Some(&journal),
                ..Default::default()
            },
        )?;
    }
    ctx.audit(
        &tx,
        "decide",
        "agenda_item",
        &item.id.to_string(),
        &format!(
            // i18n-ok: stored
            "meeting {} item {number}: {} with {}{}",
            m.id,
            kind.as_str(),
            crate::output::plural(participants.len(), "participant"),
            item.case_code
                .as_ref()
                .map(|c| format!(", case {c}"))
                .unwrap_or_default()
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "meeting-decided",
        number = number,
        id = m.id,
        kind = crate::i18n::word("decision", kind.as_str()),
        count = participants.len()
    ))?;
    Ok(item.id)
}

/// "meeting 3 has no item 9", saying when that number was removed.
pub fn no_item(conn: &Connection, m: &Meeting, number: i64) -> Result<String> {
    Ok(if meetings::number_removed(conn, m.id, number)? {
        crate::t!("meeting-no-item-removed", id = m.id, number = number)
    } else {
        crate::t!("meeting-no-item", id = m.id, number = number)
    })
}

/// Rule R2 at the table: who of the statutory members is present.
pub fn presence_problems(conn: &Connection, cell: &Cell, m: &Meeting) -> Result<Vec<String>> {
    let present: Vec<i64> = meetings::attendance(conn, m.id)?
        .into_iter()
        .filter(|a| a.status == "present")
        .map(|a| a.person_id)
        .collect();
    let seats = comp::seats(conn, cell.id, Some(m.date()))?;
    let has = |roles: &[&str]| {
        seats
            .iter()
            .any(|s| present.contains(&s.person_id) && roles.contains(&s.role.as_str()))
    };
    let mut missing = Vec::new();
    if !has(&["chair", "mayor"]) {
        missing.push(crate::t!("meeting-missing-chair"));
    }
    if !has(&["io"]) {
        missing.push(crate::t!("meeting-missing-io"));
    }
    if !has(&["prevention"]) {
        missing.push(crate::t!("meeting-missing-prevention"));
    }
    Ok(missing)
}

/// Items of a meeting without a decision, by number.
fn undecided(conn: &Connection, m: &Meeting) -> Result<Vec<i64>> {
    let mut numbers: Vec<i64> = meetings::items(conn, m.id)?
        .iter()
        .filter(|i| i.decision_kind.is_none())
        .map(|i| i.position)
        .collect();
    numbers.sort_unstable();
    Ok(numbers)
}

/// Closing fixes the items for good: undecided ones stay "no decision" in the minutes. On a
/// terminal this asks (default No); elsewhere it needs --yes. `asked`: the caller already asked.
fn confirm_undecided(ctx: &Ctx, conn: &Connection, m: &Meeting, asked: bool) -> Result<()> {
    let open = undecided(conn, m)?;
    if open.is_empty() || ctx.yes || asked {
        return Ok(());
    }
    let list = open
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let count = open.len();
    if ctx.interactive()
        && crate::prompt::confirm(
            &crate::t!(
                "meeting-undecided-question",
                count = count,
                list = list.as_str(),
                id = m.id
            ),
            false,
        )?
    {
        return Ok(());
    }
    Err(fail_hint(
        crate::t!(
            "meeting-undecided",
            count = count,
            list = list.as_str(),
            id = m.id
        ),
        crate::t!("meeting-undecided-hint", id = m.id),
    ))
}

pub fn close(ctx: &mut Ctx, input: &str, force: bool, reason: Option<String>) -> Result<u8> {
    close_meeting(ctx, input, force, reason, false)
}

/// `asked`: the user already agreed to close with undecided items (`meeting run`).
pub fn close_meeting(
    ctx: &mut Ctx,
    input: &str,
    force: bool,
    reason: Option<String>,
    asked: bool,
) -> Result<u8> {
    let reason = reason
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    let mut conn = ctx.open()?;
    {
        let cell = lookup::cell(ctx, &conn, None)?;
        let m = find(ctx, &conn, &cell, input)?;
        if m.status == "planned" && start_utc(&m)? <= ctx.clock.now {
            confirm_undecided(ctx, &conn, &m, asked)?;
        }
    }
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let mut m = find(ctx, &tx, &cell, input)?;
    only_planned(&m, Change::Close)?;
    if start_utc(&m)? > ctx.clock.now {
        return Err(fail(crate::t!(
            "meeting-close-future",
            id = m.id,
            when = human_when(&m.starts_at)
        )));
    }
    let attendance = meetings::attendance(&tx, m.id)?;
    if !attendance.iter().any(|a| a.status == "present") {
        return Err(fail_hint(
            crate::t!("meeting-no-attendance", id = m.id),
            crate::t!("meeting-no-attendance-hint", id = m.id),
        ));
    }
    let mut warnings = Vec::new();
    if m.kind != "strategic" {
        // The cell's make-up on the meeting's date (a chair, an IO, a prevention official)
        // is the law, not an attendance problem: --force never overrides it. Judged on seats
        // as livcr recorded them.
        crate::db::audit::require_seats_audited(&tx, "cell_id", cell.id)?;
        let st = crate::commands::cell::state(&tx, cell.clone(), m.date())?;
        let makeup: Vec<String> = st
            .findings
            .iter()
            .filter(|f| f.rule == "R2" && f.status == crate::domain::composition::Status::Error)
            .map(|f| f.detail.text.clone())
            .collect();
        if !makeup.is_empty() {
            return Err(fail_hint(
                crate::t!(
                    "meeting-close-makeup",
                    id = m.id,
                    date = crate::i18n::human_date_str(m.date()),
                    makeup = makeup.join("; ")
                ),
                crate::t!("meeting-close-makeup-hint"),
            ));
        }
        let missing: Vec<String> = presence_problems(&tx, &cell, &m)?;
        if !missing.is_empty() {
            if force && reason.is_none() {
                return Err(fail_hint(
                    crate::t!("meeting-force-needs-reason"),
                    crate::t!("meeting-force-needs-reason-hint"),
                ));
            }
            if !force {
                return Err(fail_hint(
                    crate::t!(
                        "meeting-close-presence",
                        id = m.id,
                        missing = missing.join(", ")
                    ),
                    crate::t!("meeting-close-presence-hint"),
                ));
            }
            m.forced_reason = reason.clone();
            warnings.push(crate::t!(
                "meeting-closed-forced",
                missing = missing.join(", ")
            ));
        }
    }
    // R5: participants (present, or joined for an item) without a valid declaration.
    let date = m.date().to_string();
    let mut people: BTreeSet<i64> = attendance
        .iter()
        .filter(|a| a.status == "present")
        .map(|a| a.person_id)
        .collect();
    for item in meetings::items(&tx, m.id)? {
        people.extend(
            meetings::participants(&tx, item.id)?
                .iter()
                .map(|p| p.person_id),
        );
    }
    for person in people {
        if let Some(p) = comp::person(&tx, person)? {
            let valid = crate::domain::composition::declaration_valid(
                p.declaration_signed_on.as_deref(),
                p.declaration_valid_until.as_deref(),
                &date,
            );
            if !valid {
                warnings.push(crate::t!(
                    "meeting-no-declaration",
                    name = p.name.as_str(),
                    id = p.id
                ));
            }
        }
    }
    m.status = "held".into();
    m.updated_at = ctx.clock.stamp();
    meetings::update(&tx, &m)?;
    ctx.audit(
        &tx,
        "close",
        "meeting",
        &m.id.to_string(),
        if m.forced_reason.is_some() {
            // i18n-ok: stored
            "meeting closed as held WITHOUT the statutory presence (forced, reason recorded)"
        } else {
            "meeting closed as held" // i18n-ok: stored
        },
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!("meeting-closed", id = m.id))?;
    for w in warnings {
        ctx.out.warn(&w)?;
    }
    Ok(0)
}

/// The language of a cell's documents: --lang (or the config's), else the cell's own.
pub fn doc_lang(ctx: &Ctx, cell: &Cell) -> crate::domain::Lang {
    ctx.lang
        .or_else(|| crate::domain::Lang::parse(&cell.lang))
        .unwrap_or(crate::domain::Lang::Nl)
}

/// The title of a cell's documents: the cell's own name, as the cell wrote it (in the cell's
/// language; a joint cell's name too), with the term of the document's language (R15: a
/// `LIVC-R` in the name reads `CSIL-R` in a French document and the other way round; a name
/// without the term gets it in front). A name whose other-language term cannot be replaced
/// cleanly falls back to the term and the covered municipalities' names in the document's
/// language, so that a document never mixes the vocabularies.
pub fn cell_title(
    conn: &Connection,
    cell: &Cell,
    lang: crate::domain::Lang,
    date: &str,
) -> Result<String> {
    if let Some(name) = docs::cell_name_in(&cell.name, lang) {
        return Ok(name);
    }
    let refs = crate::domain::municipality::reference()?;
    let names: Vec<String> = comp::coverage_of_cell(conn, cell.id)?
        .iter()
        .filter(|c| c.from_on.as_str() <= date && c.until_on.as_deref().is_none_or(|u| date < u))
        .filter_map(|c| refs.by_nis(&c.nis))
        .map(|m| crate::domain::municipality::strip_suffix(&m.name(lang)).to_string())
        .collect();
    Ok(format!("{} {}", lang.cell_term(), names.join(" – ")))
}

/// The date and time of a meeting written the local way.
pub fn when_local(m: &Meeting, lang: crate::domain::Lang) -> Result<(String, String)> {
    let d = NaiveDate::parse_from_str(m.date(), "%Y-%m-%d")
        .with_context(|| crate::t!("meeting-bad-stored-date"))?;
    let l = lang.as_str();
    Ok((
        format!(
            "{} {}",
            crate::domain::dates::weekday_local(d, l),
            crate::domain::dates::format_local(d, l)
        ),
        docs::labels::time_local(m.time(), lang),
    ))
}

fn minutes(ctx: &mut Ctx, input: &str, out: Option<&Path>) -> Result<u8> {
    let mut conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let m = find(ctx, &conn, &cell, input)?;
    let lang = doc_lang(ctx, &cell);
    let doc = crate::commands::agenda::minutes_doc(
        &conn,
        &cell,
        &m,
        lang,
        &lookup::iso(ctx.clock.today),
    )?;
    // The minutes carry the audit chain's head, an anchor kept outside the file.
    let mut doc = doc;
    doc.anchor = crate::db::audit::anchor(&conn)?.map(|a| a.line());
    let text = doc.render(ctx.format == Some(FormatArg::Html));
    crate::commands::agenda::emit(
        ctx,
        &mut conn,
        out,
        &text,
        crate::commands::agenda::DocKind {
            what: "minutes",
            entity: "meeting",
            id: m.id,
            note: String::new(),
        },
    )
}

fn ics(ctx: &mut Ctx, out: Option<&Path>, from: Option<&str>) -> Result<u8> {
    let conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let from = from
        .map(|f| lookup::date(ctx, f))
        .transpose()?
        .map(|d| format!("{d}T00:00"));
    let lang = doc_lang(ctx, &cell);
    let list = meetings::list(&conn, cell.id, from.as_deref(), None)?;
    let count = list.len();
    let text = docs::ics::calendar(lang, &cell.code, ctx.clock.now, &list, start_utc)?;
    if let Some(path) = out {
        docs::write_private(path, &text)?;
        ctx.out.done(&crate::t!(
            "meeting-ics-wrote",
            count = count,
            path = path.display().to_string()
        ))?;
    } else {
        ctx.out.raw(&text)?;
    }
    Ok(0)
}
