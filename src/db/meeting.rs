//! Meetings, agenda items, attendance and item participants.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::db::gate;
use crate::domain::input::Shape;
use crate::error::fail_hint;

#[derive(Debug, Clone, Serialize)]
pub struct Meeting {
    pub id: i64,
    pub cell_id: i64,
    /// Europe/Brussels local time, `YYYY-MM-DDTHH:MM`.
    pub starts_at: String,
    pub duration_min: i64,
    pub kind: String,
    pub location: Option<String>,
    pub status: String,
    pub cancel_reason: Option<String>,
    pub forced_reason: Option<String>,
    pub uid: String,
    pub sequence: i64,
    pub updated_at: String,
}

impl Meeting {
    pub fn date(&self) -> &str {
        self.starts_at.get(..10).unwrap_or(&self.starts_at)
    }

    pub fn time(&self) -> &str {
        self.starts_at.get(11..16).unwrap_or("")
    }
}

fn meeting_row(r: &Row) -> rusqlite::Result<Meeting> {
    let r = super::ByName::new(r);
    Ok(Meeting {
        id: r.get("id")?,
        cell_id: r.get("cell_id")?,
        starts_at: r.get("starts_at")?,
        duration_min: r.get("duration_min")?,
        kind: r.get("kind")?,
        location: r.get("location")?,
        status: r.get("status")?,
        cancel_reason: r.get("cancel_reason")?,
        forced_reason: r.get("forced_reason")?,
        uid: r.get("uid")?,
        sequence: r.get("sequence")?,
        updated_at: r.get("updated_at")?,
    })
}

pub struct NewMeeting<'a> {
    pub cell_id: i64,
    pub starts_at: &'a str,
    pub duration_min: u32,
    pub kind: &'a str,
    pub location: Option<&'a str>,
    pub uid: &'a str,
    pub at: &'a str,
}

/// A meeting lies within the kept range of dates and not before its cell was established.
fn when_allowed(conn: &Connection, cell_id: i64, starts_at: &str) -> Result<()> {
    gate::date_in_range(&crate::t!("meeting-field-date"), Some(starts_at))?;
    let established: String = conn
        .prepare_cached("SELECT established_on FROM cell WHERE id = ?1")?
        .query_row(params![cell_id], |r| r.get(0))
        .with_context(|| crate::t!("meeting-ctx-reading-cell"))?;
    let date = starts_at.get(..10).unwrap_or(starts_at);
    if date < established.as_str() {
        return Err(fail_hint(
            crate::t!(
                "meeting-before-established",
                date = date,
                established = established.as_str()
            ),
            crate::t!("meeting-before-established-hint"),
        ));
    }
    Ok(())
}

pub fn insert(conn: &Connection, m: &NewMeeting) -> Result<i64> {
    when_allowed(conn, m.cell_id, m.starts_at)?;
    gate::opt_text(
        &crate::t!("meeting-field-location"),
        Shape::Line,
        m.location,
    )?;
    gate::no_case_data(
        conn,
        &crate::t!("meeting-field-the-location"),
        m.location,
        None,
    )?;
    conn.prepare_cached(
        "INSERT INTO meeting (cell_id, starts_at, duration_min, kind, location, status, uid,
             sequence, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 'planned', ?6, 0, ?7, ?7)",
    )?
    .execute(params![
        m.cell_id,
        m.starts_at,
        m.duration_min,
        m.kind,
        m.location,
        m.uid,
        m.at
    ])
    .with_context(|| crate::t!("meeting-ctx-planning"))?;
    Ok(conn.last_insert_rowid())
}

pub fn update(conn: &Connection, m: &Meeting) -> Result<()> {
    if gate::differs(conn, "meeting", "starts_at", m.id, &m.starts_at)? {
        when_allowed(conn, m.cell_id, &m.starts_at)?;
    }
    for (column, field, value) in [
        ("location", "meeting-field-location", m.location.as_deref()),
        (
            "cancel_reason",
            "meeting-field-cancel-reason",
            m.cancel_reason.as_deref(),
        ),
        (
            "forced_reason",
            "meeting-field-reason",
            m.forced_reason.as_deref(),
        ),
    ] {
        if let Some(v) = value
            && gate::differs(conn, "meeting", column, m.id, v)?
        {
            let field = crate::i18n::text(field, &[]);
            gate::text(&field, Shape::Line, v)?;
            gate::no_case_data(conn, &field, Some(v), None)?;
        }
    }
    conn.prepare_cached(
        "UPDATE meeting SET starts_at = ?2, duration_min = ?3, kind = ?4, location = ?5,
             status = ?6, cancel_reason = ?7, forced_reason = ?8, sequence = ?9, updated_at = ?10
         WHERE id = ?1",
    )?
    .execute(params![
        m.id,
        m.starts_at,
        m.duration_min,
        m.kind,
        m.location,
        m.status,
        m.cancel_reason,
        m.forced_reason,
        m.sequence,
        m.updated_at
    ])
    .with_context(|| crate::t!("meeting-ctx-updating", id = m.id))?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Meeting>> {
    conn.prepare_cached("SELECT * FROM meeting WHERE id = ?1")?
        .query_row(params![id], meeting_row)
        .optional()
        .with_context(|| crate::t!("meeting-ctx-reading-meeting"))
}

/// Meetings of a cell, by start time; `from`/`until` bound the start (ISO date-times).
pub fn list(
    conn: &Connection,
    cell_id: i64,
    from: Option<&str>,
    until: Option<&str>,
) -> Result<Vec<Meeting>> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM meeting WHERE cell_id = ?1
           AND (?2 IS NULL OR starts_at >= ?2) AND (?3 IS NULL OR starts_at < ?3)
         ORDER BY starts_at, id",
    )?;
    let rows = stmt
        .query_map(params![cell_id, from, until], meeting_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("meeting-ctx-reading-meetings"))?;
    Ok(rows)
}

/// Meetings of a cell starting on a date.
pub fn on_date(conn: &Connection, cell_id: i64, date: &str) -> Result<Vec<Meeting>> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM meeting WHERE cell_id = ?1 AND starts_at >= ?2 AND starts_at < ?2 || 'T99'
         ORDER BY starts_at",
    )?;
    let rows = stmt
        .query_map(params![cell_id, date], meeting_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("meeting-ctx-reading-meetings"))?;
    Ok(rows)
}

/// The warning every door that puts a meeting on a day gives (`meeting plan`, `meeting move`)
/// when the cell already has another meeting that day that is not cancelled: two meetings on one
/// day are allowed, but a date no longer names one meeting. `except` is the meeting being moved.
pub fn same_day_warning(
    conn: &Connection,
    cell_id: i64,
    cell_code: &str,
    starts_at: &str,
    except: Option<i64>,
) -> Result<Option<String>> {
    let others: Vec<String> = on_date(conn, cell_id, &starts_at[..starts_at.len().min(10)])?
        .into_iter()
        .filter(|m| m.status != "cancelled" && Some(m.id) != except)
        .map(|m| crate::t!("meeting-ref-at", id = m.id, time = m.time()))
        .collect();
    Ok((!others.is_empty()).then(|| {
        crate::t!(
            "meeting-same-day",
            cell = cell_code,
            list = others.join(", ")
        )
    }))
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: i64,
    pub meeting_id: i64,
    /// The item's number (`meeting decide M N`, `--item M:N`), given once when the item is
    /// added and kept for the life of the meeting; the column kept its first name, `position`.
    pub position: i64,
    pub section: String,
    pub case_id: Option<i64>,
    pub case_code: Option<String>,
    pub title: Option<String>,
    pub drafted: bool,
    pub decision_kind: Option<String>,
    pub decision_text: Option<String>,
    pub decided_at: Option<String>,
}

fn item_row(r: &Row) -> rusqlite::Result<Item> {
    let r = super::ByName::new(r);
    Ok(Item {
        id: r.get("id")?,
        meeting_id: r.get("meeting_id")?,
        position: r.get("position")?,
        section: r.get("section")?,
        case_id: r.get("case_id")?,
        case_code: r.get("case_code")?,
        title: r.get("title")?,
        drafted: r.get::<i64>("drafted")? != 0,
        decision_kind: r.get("decision_kind")?,
        decision_text: r.get("decision_text")?,
        decided_at: r.get("decided_at")?,
    })
}

/// A meeting's items in the order of the agenda: by section, then by number.
pub fn items(conn: &Connection, meeting_id: i64) -> Result<Vec<Item>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.*, c.code AS case_code FROM agenda_item i
         LEFT JOIN case_file c ON c.id = i.case_id
         WHERE i.meeting_id = ?1 ORDER BY i.position, i.id",
    )?;
    let mut rows = stmt
        .query_map(params![meeting_id], item_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("meeting-ctx-reading-agenda"))?;
    rows.sort_by_key(|i| (section_rank(&i.section), i.position, i.id));
    Ok(rows)
}

fn section_rank(section: &str) -> usize {
    crate::domain::agenda::Section::ALL
        .iter()
        .position(|s| s.as_str() == section)
        .unwrap_or(usize::MAX)
}

/// The item with number `number` of a meeting.
pub fn item_numbered(conn: &Connection, meeting_id: i64, number: i64) -> Result<Option<Item>> {
    Ok(items(conn, meeting_id)?
        .into_iter()
        .find(|i| i.position == number))
}

/// Whether number `number` was given in a meeting and its item removed since (numbers are not
/// given again, so a command naming it would otherwise find nothing without saying why).
pub fn number_removed(conn: &Connection, meeting_id: i64, number: i64) -> Result<bool> {
    let last: Option<i64> = conn
        .prepare_cached("SELECT last_given FROM agenda_number WHERE meeting_id = ?1")?
        .query_row(params![meeting_id], |r| r.get(0))
        .optional()
        .with_context(|| crate::t!("meeting-ctx-reading-numbers"))?;
    let present = conn
        .prepare_cached("SELECT 1 FROM agenda_item WHERE meeting_id = ?1 AND position = ?2")?
        .exists(params![meeting_id, number])
        .with_context(|| crate::t!("meeting-ctx-reading-agenda"))?;
    Ok(number >= 1 && number <= last.unwrap_or(0) && !present)
}

/// Case data stays out of strategic meetings and out of the policy item of any meeting, and
/// an item's text names no case other than its own (what every invitee sees).
fn item_case_rules(
    conn: &Connection,
    meeting_id: i64,
    section: &str,
    case_id: Option<i64>,
    text: Option<&str>,
) -> Result<()> {
    let kind: String = conn
        .prepare_cached("SELECT kind FROM meeting WHERE id = ?1")?
        .query_row(params![meeting_id], |r| r.get(0))
        .with_context(|| crate::t!("meeting-ctx-reading-meeting"))?;
    let case_free = kind == "strategic" || section == "policy";
    if case_free && case_id.is_some() {
        return Err(fail_hint(
            if kind == "strategic" {
                crate::t!("meeting-strategic-no-case-item")
            } else {
                crate::t!("meeting-policy-no-case")
            },
            crate::t!("meeting-case-free-hint"),
        ));
    }
    gate::no_case_data(
        conn,
        &crate::t!("meeting-field-item-or-decision"),
        text,
        if case_free { None } else { case_id },
    )
}

/// Adds an item under the next number of its meeting and returns its id and number. A number
/// is given once: never again in that meeting, also after its item was removed, and never
/// changed (migration 9 keeps the highest number given in `agenda_number` and refuses reuse).
pub fn insert_item(
    conn: &Connection,
    meeting_id: i64,
    section: &str,
    case_id: Option<i64>,
    title: Option<&str>,
    drafted: bool,
) -> Result<(i64, i64)> {
    gate::opt_text(&crate::t!("meeting-field-item"), Shape::Line, title)?;
    if let Some(c) = case_id {
        crate::db::case::alive(conn, c)?;
    }
    item_case_rules(conn, meeting_id, section, case_id, title)?;
    let position: i64 = conn
        .prepare_cached(
            // A meeting numbered before migration 9 has no counter yet: its items tell.
            "SELECT max(
                 coalesce((SELECT last_given FROM agenda_number WHERE meeting_id = ?1), 0),
                 coalesce((SELECT max(position) FROM agenda_item WHERE meeting_id = ?1), 0)
             ) + 1",
        )?
        .query_row(params![meeting_id], |r| r.get(0))
        .with_context(|| crate::t!("meeting-ctx-numbering"))?;
    conn.prepare_cached(
        "INSERT INTO agenda_item (meeting_id, position, section, case_id, title, drafted)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        meeting_id,
        position,
        section,
        case_id,
        title,
        drafted as i64
    ])
    .with_context(|| crate::t!("meeting-ctx-adding-item"))?;
    Ok((conn.last_insert_rowid(), position))
}

/// Puts an item under another heading of the agenda; its number stays.
pub fn set_section(conn: &Connection, item: &Item, section: &str) -> Result<()> {
    item_case_rules(
        conn,
        item.meeting_id,
        section,
        item.case_id,
        item.title.as_deref(),
    )?;
    conn.prepare_cached("UPDATE agenda_item SET section = ?2 WHERE id = ?1")?
        .execute(params![item.id, section])
        .with_context(|| crate::t!("meeting-ctx-moving-item"))?;
    Ok(())
}

pub fn delete_item(conn: &Connection, item_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM agenda_item WHERE id = ?1")?
        .execute(params![item_id])
        .with_context(|| crate::t!("meeting-ctx-removing-item"))?;
    Ok(())
}

pub fn set_decision(
    conn: &Connection,
    item_id: i64,
    kind: &str,
    text: Option<&str>,
    at: &str,
) -> Result<()> {
    gate::opt_text(&crate::t!("meeting-field-decision"), Shape::Line, text)?;
    let (meeting_id, section, case_id): (i64, String, Option<i64>) = conn
        .prepare_cached("SELECT meeting_id, section, case_id FROM agenda_item WHERE id = ?1")?
        .query_row(params![item_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .with_context(|| crate::t!("meeting-ctx-reading-item"))?;
    item_case_rules(conn, meeting_id, &section, case_id, text)?;
    conn.prepare_cached(
        "UPDATE agenda_item SET decision_kind = ?2, decision_text = ?3, decided_at = ?4
         WHERE id = ?1",
    )?
    .execute(params![item_id, kind, text, at])
    .with_context(|| crate::t!("meeting-ctx-recording-decision"))?;
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Attendee {
    pub person_id: i64,
    pub name: String,
    pub organisation: String,
    pub status: String,
}

pub fn attendance(conn: &Connection, meeting_id: i64) -> Result<Vec<Attendee>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.person_id, p.name, o.name AS org, a.status FROM attendance a
         JOIN person p ON p.id = a.person_id JOIN organisation o ON o.id = p.organisation_id
         WHERE a.meeting_id = ?1
         ORDER BY CASE a.status WHEN 'present' THEN 0 WHEN 'excused' THEN 1 ELSE 2 END, p.name",
    )?;
    let rows = stmt
        .query_map(params![meeting_id], |r| {
            Ok(Attendee {
                person_id: r.get("person_id")?,
                name: r.get("name")?,
                organisation: r.get("org")?,
                status: r.get("status")?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("meeting-ctx-reading-attendance"))?;
    Ok(rows)
}

pub fn set_attendance(
    conn: &Connection,
    meeting_id: i64,
    person_id: i64,
    status: &str,
) -> Result<()> {
    // Attendance is recorded from the meeting's date on, judged on today by the clock.
    let date: String = conn
        .prepare_cached("SELECT substr(starts_at, 1, 10) FROM meeting WHERE id = ?1")?
        .query_row(params![meeting_id], |r| r.get(0))
        .with_context(|| crate::t!("meeting-ctx-reading-meeting"))?;
    // Apologies (excused) may come in before.
    if status != "excused" && date.as_str() > gate::today()?.as_str() {
        return Err(fail_hint(
            crate::t!(
                "meeting-attend-future",
                id = meeting_id,
                date = date.as_str()
            ),
            crate::t!("meeting-attend-future-hint"),
        ));
    }
    conn.prepare_cached(
        "INSERT INTO attendance (meeting_id, person_id, status) VALUES (?1, ?2, ?3)
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status",
    )?
    .execute(params![meeting_id, person_id, status])
    .with_context(|| crate::t!("meeting-ctx-recording-attendance"))?;
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Participant {
    pub person_id: i64,
    pub name: String,
    pub organisation: String,
    pub secret_holder: bool,
    pub how: String,
}

pub fn participants(conn: &Connection, item_id: i64) -> Result<Vec<Participant>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ip.person_id, p.name, o.name AS org, ip.secret_holder, ip.how
         FROM item_participant ip JOIN person p ON p.id = ip.person_id
         JOIN organisation o ON o.id = p.organisation_id
         WHERE ip.item_id = ?1 ORDER BY p.name",
    )?;
    let rows = stmt
        .query_map(params![item_id], |r| {
            Ok(Participant {
                person_id: r.get("person_id")?,
                name: r.get("name")?,
                organisation: r.get("org")?,
                secret_holder: r.get::<_, i64>("secret_holder")? != 0,
                how: r.get("how")?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("meeting-ctx-reading-participants"))?;
    Ok(rows)
}

pub fn set_participants(conn: &Connection, item_id: i64, people: &[(i64, &str)]) -> Result<()> {
    conn.prepare_cached("DELETE FROM item_participant WHERE item_id = ?1")?
        .execute(params![item_id])?;
    // The secret-holder mark is copied from the member record as it stands at the decision.
    let mut insert = conn.prepare_cached(
        "INSERT INTO item_participant (item_id, person_id, how, secret_holder)
         SELECT ?1, ?2, ?3, secret_holder FROM person WHERE id = ?2",
    )?;
    for (person, how) in people {
        insert
            .execute(params![item_id, person, how])
            .with_context(|| crate::t!("meeting-ctx-recording-participants"))?;
    }
    Ok(())
}

/// The last meeting of a cell held before `before` (ISO date-time).
pub fn last_held_before(conn: &Connection, cell_id: i64, before: &str) -> Result<Option<Meeting>> {
    conn.prepare_cached(
        "SELECT * FROM meeting WHERE cell_id = ?1 AND status = 'held' AND starts_at < ?2
         ORDER BY starts_at DESC LIMIT 1",
    )?
    .query_row(params![cell_id, before], meeting_row)
    .optional()
    .with_context(|| crate::t!("meeting-ctx-reading-previous"))
}

/// Agenda items about a case, with their meeting (newest first).
pub fn items_of_case(conn: &Connection, case_id: i64) -> Result<Vec<(Meeting, Item)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.*, c.code AS case_code FROM agenda_item i
         LEFT JOIN case_file c ON c.id = i.case_id
         JOIN meeting m ON m.id = i.meeting_id
         WHERE i.case_id = ?1 ORDER BY m.starts_at DESC, i.position",
    )?;
    let items = stmt
        .query_map(params![case_id], item_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("meeting-ctx-reading-case-items"))?;
    let mut out = Vec::new();
    for i in items {
        if let Some(m) = get(conn, i.meeting_id)? {
            out.push((m, i));
        }
    }
    Ok(out)
}

/// Per meeting of a cell: agenda items, decided items, and attendance by status, in one pass
/// (lists of meetings would otherwise query twice per meeting).
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    pub items: i64,
    pub decided: i64,
    pub present: i64,
    pub excused: i64,
    pub absent: i64,
}

pub fn tallies(conn: &Connection, cell_id: i64) -> Result<std::collections::HashMap<i64, Tally>> {
    let mut out: std::collections::HashMap<i64, Tally> = std::collections::HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT i.meeting_id, count(*), count(i.decision_kind) FROM agenda_item i
         JOIN meeting m ON m.id = i.meeting_id WHERE m.cell_id = ?1 GROUP BY i.meeting_id",
    )?;
    let mut rows = stmt.query(params![cell_id])?;
    while let Some(r) = rows.next()? {
        let t = out.entry(r.get(0)?).or_default();
        t.items = r.get(1)?;
        t.decided = r.get(2)?;
    }
    let mut stmt = conn.prepare_cached(
        "SELECT a.meeting_id, a.status, count(*) FROM attendance a
         JOIN meeting m ON m.id = a.meeting_id WHERE m.cell_id = ?1
         GROUP BY a.meeting_id, a.status",
    )?;
    let mut rows = stmt.query(params![cell_id])?;
    while let Some(r) = rows.next()? {
        let t = out.entry(r.get(0)?).or_default();
        let n: i64 = r.get(2)?;
        match r.get::<_, String>(1)?.as_str() {
            "present" => t.present = n,
            "excused" => t.excused = n,
            _ => t.absent = n,
        }
    }
    Ok(out)
}
