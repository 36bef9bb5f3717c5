//! Cases, their journal, actions, and what purge keeps.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::db::gate;
use crate::domain::input::Shape;

#[derive(Debug, Clone, Serialize)]
pub struct Case {
    pub id: i64,
    pub code: String,
    pub cell_id: i64,
    pub nis: String,
    pub opened_on: String,
    pub source: String,
    pub source_org_id: Option<i64>,
    pub source_org: Option<String>,
    pub phenomenon: String,
    pub age_band: String,
    pub summary: Option<String>,
    pub status: String,
    pub lead_org_id: Option<i64>,
    pub lead_org: Option<String>,
    pub review_weeks: i64,
    pub next_review_on: Option<String>,
    pub closed_on: Option<String>,
    pub close_reason: Option<String>,
    pub purge_due_on: Option<String>,
    /// Open actions and, of those, overdue ones (filled by the list and show queries).
    pub open_actions: i64,
    pub overdue_actions: i64,
}

impl Action {
    /// The action's case is about a minor (R12).
    pub fn case_minor(&self) -> bool {
        crate::domain::case::AgeBand::is_minor_band(&self.case_age_band)
    }
}

impl Case {
    /// Minors are marked in lists, documents and forms (R12).
    pub fn is_minor(&self) -> bool {
        crate::domain::case::AgeBand::is_minor_band(&self.age_band)
    }
}

/// What an agenda item shows of its case: its municipality and coarse facts.
pub struct Coarse {
    pub nis: String,
    pub phenomenon: String,
    pub age_band: String,
}

impl Coarse {
    /// Minors are marked on agenda items (R12).
    pub fn is_minor(&self) -> bool {
        crate::domain::case::AgeBand::is_minor_band(&self.age_band)
    }
}

/// [`Coarse`] of the case with this id (one row by its key: no organisations, no counts).
pub fn coarse(conn: &Connection, id: i64) -> Result<Option<Coarse>> {
    conn.prepare_cached("SELECT nis, phenomenon, age_band FROM case_file WHERE id = ?1")?
        .query_row(params![id], |r| {
            Ok(Coarse {
                nis: r.get(0)?,
                phenomenon: r.get(1)?,
                age_band: r.get(2)?,
            })
        })
        .optional()
        .with_context(|| crate::t!("case-ctx-reading-case"))
}

const CASE_SELECT: &str = "SELECT c.*, so.name AS source_org, lo.name AS lead_org,
        (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL)
            AS open_actions,
        (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL
            AND a.due_on < ?1) AS overdue_actions
     FROM case_file c
     LEFT JOIN organisation so ON so.id = c.source_org_id
     LEFT JOIN organisation lo ON lo.id = c.lead_org_id";

fn case_row(r: &Row) -> rusqlite::Result<Case> {
    let r = super::ByName::new(r);
    Ok(Case {
        id: r.get("id")?,
        code: r.get("code")?,
        cell_id: r.get("cell_id")?,
        nis: r.get("nis")?,
        opened_on: r.get("opened_on")?,
        source: r.get("source")?,
        source_org_id: r.get("source_org_id")?,
        source_org: r.get("source_org")?,
        phenomenon: r.get("phenomenon")?,
        age_band: r.get("age_band")?,
        summary: r.get("summary")?,
        status: r.get("status")?,
        lead_org_id: r.get("lead_org_id")?,
        lead_org: r.get("lead_org")?,
        review_weeks: r.get("review_weeks")?,
        next_review_on: r.get("next_review_on")?,
        closed_on: r.get("closed_on")?,
        close_reason: r.get("close_reason")?,
        purge_due_on: r.get("purge_due_on")?,
        open_actions: r.get("open_actions")?,
        overdue_actions: r.get("overdue_actions")?,
    })
}

/// A case by its canonical code; `today` counts overdue actions.
/// Rule R12: is the case with this code about a minor? (False when there is no such case.)
pub fn is_minor_code(conn: &Connection, code: &str) -> Result<bool> {
    let band: Option<String> = conn
        .prepare_cached("SELECT age_band FROM case_file WHERE code = ?1")?
        .query_row(params![code], |r| r.get(0))
        .optional()
        .with_context(|| crate::t!("case-ctx-reading-the-cases-age-band"))?;
    Ok(band.is_some_and(|b| crate::domain::case::AgeBand::is_minor_band(&b)))
}

pub fn by_code(conn: &Connection, code: &str, today: &str) -> Result<Option<Case>> {
    conn.prepare_cached(&format!("{CASE_SELECT} WHERE c.code = ?2"))?
        .query_row(params![today, code], case_row)
        .optional()
        .with_context(|| crate::t!("case-ctx-reading-case-code", code = code.to_string()))
}

pub fn code_exists(conn: &Connection, code: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM case_file WHERE code = ?1")?
        .query_row(params![code], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The case codes of a cell (for "did you mean").
pub fn codes_of_cell(conn: &Connection, cell_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT code FROM case_file WHERE cell_id = ?1")?;
    let rows = stmt
        .query_map(params![cell_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()
        .with_context(|| crate::t!("case-ctx-reading-case-codes"))?;
    Ok(rows)
}

/// Filters of `case list`.
#[derive(Debug, Default)]
pub struct Filter<'a> {
    pub status: Option<&'a str>,
    pub nis: Option<&'a str>,
    pub phenomenon: Option<&'a str>,
    /// Only cases whose next review is on or before this date.
    pub review_by: Option<&'a str>,
    pub minors: bool,
    /// Include closed and declined cases.
    pub all: bool,
}

/// Cases of a cell, soonest review first (closed ones last, by closure date).
pub fn list(conn: &Connection, cell_id: i64, today: &str, f: &Filter) -> Result<Vec<Case>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{CASE_SELECT}
         WHERE c.cell_id = ?2
           AND (?3 IS NULL OR c.status = ?3)
           AND (?3 IS NOT NULL OR ?8 OR c.status NOT IN ('closed', 'declined'))
           AND (?4 IS NULL OR c.nis = ?4)
           AND (?5 IS NULL OR c.phenomenon = ?5)
           AND (?6 IS NULL OR c.next_review_on <= ?6)
           AND (NOT ?7 OR c.age_band IN ('under_12', '12_17'))
         ORDER BY c.next_review_on IS NULL, c.next_review_on, c.closed_on DESC, c.code"
    ))?;
    let rows = stmt
        .query_map(
            params![
                today,
                cell_id,
                f.status,
                f.nis,
                f.phenomenon,
                f.review_by,
                f.minors,
                f.all
            ],
            case_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("case-ctx-reading-cases"))?;
    Ok(rows)
}

pub struct NewCase<'a> {
    pub code: &'a str,
    pub cell_id: i64,
    pub nis: &'a str,
    pub opened_on: &'a str,
    pub source: &'a str,
    pub source_org_id: Option<i64>,
    pub phenomenon: &'a str,
    pub age_band: &'a str,
    pub summary: Option<&'a str>,
    pub review_weeks: i64,
    pub next_review_on: &'a str,
    pub created_at: &'a str,
}

/// Rule R10: the latest next review allowed from `from` (ISO), when `next` lies beyond it.
fn beyond_reach(from: &str, next: &str) -> Result<Option<String>> {
    use crate::domain::case::MAX_REVIEW_WEEKS;
    use crate::domain::dates::{iso, parse_iso};
    let furthest = parse_iso(from)? + chrono::Days::new(7 * MAX_REVIEW_WEEKS as u64);
    Ok((parse_iso(next)? > furthest).then(|| iso(furthest)))
}

/// Rule R10: a next review lies at most 104 weeks ahead of today, like the cell's interval.
fn review_in_reach(code: &str, next: Option<&str>) -> Result<()> {
    use crate::domain::case::MAX_REVIEW_WEEKS;
    let Some(next) = next else { return Ok(()) };
    gate::date_in_range(&crate::t!("case-field-next-review"), Some(next))?;
    if let Some(latest) = beyond_reach(&gate::today()?, next)? {
        return Err(crate::error::fail_hint(
            crate::t!(
                "case-review-too-far",
                code = code,
                next = next,
                weeks = MAX_REVIEW_WEEKS,
                latest = latest
            ),
            crate::t!("case-review-too-far-hint"),
        ));
    }
    Ok(())
}

pub fn insert(conn: &Connection, c: &NewCase) -> Result<i64> {
    review_in_reach(c.code, Some(c.next_review_on))?;
    gate::date_in_range(&crate::t!("case-field-opening-date"), Some(c.opened_on))?;
    gate::opt_text(
        &crate::t!("case-field-summary"),
        Shape::Multiline,
        c.summary,
    )?;
    conn.prepare_cached(
        "INSERT INTO case_file (code, cell_id, nis, opened_on, source, source_org_id, phenomenon,
             age_band, summary, status, review_weeks, next_review_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'signal', ?10, ?11, ?12)",
    )?
    .execute(params![
        c.code,
        c.cell_id,
        c.nis,
        c.opened_on,
        c.source,
        c.source_org_id,
        c.phenomenon,
        c.age_band,
        c.summary,
        c.review_weeks,
        c.next_review_on,
        c.created_at
    ])
    .with_context(|| crate::t!("case-ctx-opening-the-case"))?;
    Ok(conn.last_insert_rowid())
}

/// Writes the mutable fields of a case back.
pub fn update(conn: &Connection, c: &Case) -> Result<()> {
    alive(conn, c.id)?;
    review_in_reach(&c.code, c.next_review_on.as_deref())?;
    gate::date_in_range(
        &crate::t!("case-field-purge-date"),
        c.purge_due_on.as_deref(),
    )?;
    conn.prepare_cached(
        "UPDATE case_file SET status = ?2, lead_org_id = ?3, next_review_on = ?4,
             closed_on = ?5, close_reason = ?6, purge_due_on = ?7, review_weeks = ?8
         WHERE id = ?1",
    )?
    .execute(params![
        c.id,
        c.status,
        c.lead_org_id,
        c.next_review_on,
        c.closed_on,
        c.close_reason,
        c.purge_due_on,
        c.review_weeks
    ])
    .with_context(|| crate::t!("case-ctx-updating-case", code = c.code.as_str()))?;
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: i64,
    pub case_id: i64,
    pub on_date: String,
    pub at: String,
    pub kind: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub next_review_on: Option<String>,
    pub decided_by: Option<i64>,
    pub decided_by_name: Option<String>,
    pub text: Option<String>,
    pub actor: String,
}

#[derive(Default)]
pub struct NewEvent<'a> {
    pub case_id: i64,
    pub on_date: &'a str,
    pub kind: &'a str,
    pub from_status: Option<&'a str>,
    pub to_status: Option<&'a str>,
    pub next_review_on: Option<&'a str>,
    pub decided_by: Option<i64>,
    pub text: Option<&'a str>,
}

/// Rule R11: whether retention has ended is judged on today's date by the clock, never on a
/// flag. A case past it cannot be reopened, noted, given actions, referred, or put on an agenda.
pub fn alive(conn: &Connection, case_id: i64) -> Result<()> {
    let row: Option<(String, Option<String>)> = conn
        .prepare_cached("SELECT code, purge_due_on FROM case_file WHERE id = ?1")?
        .query_row(params![case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let today = gate::today()?;
    if let Some((code, Some(due))) = row
        && due.as_str() <= today.as_str()
    {
        return Err(crate::error::fail_hint(
            crate::t!("case-past-retention", code = code, due = due),
            crate::t!("case-past-retention-hint"),
        ));
    }
    Ok(())
}

/// What the status rules need to know of a case: its code, cell and municipality.
struct Owner {
    code: String,
    cell_id: i64,
    nis: String,
}

/// Rule R9, over the journal entry that records a change of status: a case goes on the case
/// list only by the decision of the chair, or of the mayor of its municipality, holding that
/// seat on the day of the decision.
fn list_decision(conn: &Connection, e: &NewEvent, owner: &Owner) -> Result<()> {
    use crate::domain::case::{may_decide_list, needs_list_decision};
    if !needs_list_decision(e.from_status, e.to_status) {
        return Ok(());
    }
    let Owner {
        code, cell_id, nis, ..
    } = owner;
    let (cell_id, nis) = (*cell_id, nis.as_str());
    let Some(person) = e.decided_by else {
        return Err(crate::error::fail_hint(
            crate::t!("case-list-needs-decider", code = code.as_str()),
            crate::t!("case-list-needs-decider-hint"),
        ));
    };
    let roles: Vec<(String, Option<String>)> =
        crate::db::composition::seats(conn, cell_id, Some(e.on_date))?
            .into_iter()
            .filter(|s| s.person_id == person)
            .map(|s| (s.role, s.nis))
            .collect();
    if may_decide_list(&roles, nis) {
        return Ok(());
    }
    let name: String = conn
        .prepare_cached("SELECT name FROM person WHERE id = ?1")?
        .query_row(params![person], |r| r.get(0))
        .unwrap_or_else(|_| crate::t!("case-member-fallback", id = person.to_string()));
    let held: Vec<&str> = roles.iter().map(|(r, _)| r.as_str()).collect();
    Err(crate::error::fail_hint(
        crate::t!(
            "case-list-decider-refused",
            name = name.as_str(),
            id = person.to_string(),
            code = code.as_str(),
            municipality = crate::domain::municipality::label(nis),
            on = e.on_date,
            count = held.len(),
            seats = held.join(", ")
        ),
        crate::t!("case-list-decider-refused-hint"),
    ))
}

/// A change of status is not dated before the case's previous change: the journal is a history,
/// and a back-dated decision could otherwise lean on a seat that has since ended (R9).
fn in_order(conn: &Connection, e: &NewEvent) -> Result<()> {
    if e.to_status.is_none() {
        return Ok(());
    }
    let last: Option<String> = conn
        .prepare_cached(
            "SELECT max(on_date) FROM case_event WHERE case_id = ?1 AND to_status IS NOT NULL",
        )?
        .query_row(params![e.case_id], |r| r.get(0))?;
    if let Some(last) = last
        && e.on_date < last.as_str()
    {
        return Err(crate::error::fail_hint(
            crate::t!(
                "case-status-out-of-order",
                on = e.on_date,
                last = last.as_str()
            ),
            crate::t!("case-status-out-of-order-hint", last = last.as_str()),
        ));
    }
    Ok(())
}

/// A case belongs to the cell that covers its municipality (R9): an open case (opened,
/// reopened, moved) needs its municipality covered by its cell today.
fn still_covered(conn: &Connection, e: &NewEvent, owner: &Owner) -> Result<()> {
    let Some(to) = e.to_status else { return Ok(()) };
    if matches!(to, "closed" | "declined") {
        return Ok(());
    }
    let Owner { code, cell_id, nis } = owner;
    let covered: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM cell_municipality WHERE cell_id = ?1 AND nis = ?2
                 AND from_on <= ?3 AND (until_on IS NULL OR until_on > ?3))",
        )?
        .query_row(params![cell_id, nis, gate::today()?], |r| r.get(0))
        .with_context(|| crate::t!("case-ctx-reading-the-cells-coverage"))?;
    if !covered {
        let muni = crate::domain::municipality::label(nis);
        // A case being opened has no code yet that anyone could look up: the refusal rolls
        // its row back, so it names the municipality, not the code drawn for it.
        if e.kind == "opened" {
            return Err(crate::error::fail_hint(
                crate::t!("case-open-not-covered", municipality = muni.as_str()),
                crate::t!("case-open-not-covered-hint"),
            ));
        }
        return Err(crate::error::fail_hint(
            crate::t!(
                "case-open-no-longer-covered",
                code = code.as_str(),
                municipality = muni.as_str()
            ),
            crate::t!("case-open-no-longer-covered-hint"),
        ));
    }
    Ok(())
}

/// Rule R10 from the review's own date: the next review at most 104 weeks after it.
fn review_within(on: &str, next: &str) -> Result<()> {
    use crate::domain::case::MAX_REVIEW_WEEKS;
    if let Some(latest) = beyond_reach(on, next)? {
        return Err(crate::error::fail_hint(
            crate::t!(
                "case-review-too-far-after",
                next = next,
                weeks = MAX_REVIEW_WEEKS,
                on = on,
                latest = latest
            ),
            crate::t!("case-review-too-far-hint"),
        ));
    }
    Ok(())
}

/// The name under which a journal entry's text is checked and reported.
fn event_field(kind: &str) -> String {
    match kind {
        "note" => crate::t!("case-field-note"),
        "decision" => crate::t!("case-field-decision"),
        "status" | "closed" | "reopened" => crate::t!("case-field-reason"),
        _ => crate::t!("case-field-journal-text"),
    }
}

/// Writes a journal entry; `at` and `actor` say when and by whom it was recorded.
pub fn add_event(conn: &Connection, e: &NewEvent, at: &str, actor: &str) -> Result<i64> {
    gate::opt_text(&event_field(e.kind), Shape::Multiline, e.text)?;
    gate::date_in_range(&crate::t!("case-field-date"), Some(e.on_date))?;
    gate::date_in_range(&crate::t!("case-field-next-review"), e.next_review_on)?;
    // A closure writes its purge date first (through `update`, which judged the case before
    // the change); its own entry may then record a retention that has already run out.
    if !matches!(e.kind, "opened" | "status" | "closed") {
        alive(conn, e.case_id)?;
    }
    // The status rules read the case's cell and municipality once.
    if e.to_status.is_some() {
        let owner: Owner = conn
            .prepare_cached("SELECT code, cell_id, nis FROM case_file WHERE id = ?1")?
            .query_row(params![e.case_id], |r| {
                Ok(Owner {
                    code: r.get(0)?,
                    cell_id: r.get(1)?,
                    nis: r.get(2)?,
                })
            })
            .with_context(|| crate::t!("case-ctx-reading-the-case"))?;
        list_decision(conn, e, &owner)?;
        in_order(conn, e)?;
        still_covered(conn, e, &owner)?;
    }
    if e.kind == "review"
        && let Some(next) = e.next_review_on
    {
        review_within(e.on_date, next)?;
    }
    conn.prepare_cached(
        "INSERT INTO case_event (case_id, on_date, at, kind, from_status, to_status,
             next_review_on, decided_by, text, actor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        e.case_id,
        e.on_date,
        at,
        e.kind,
        e.from_status,
        e.to_status,
        e.next_review_on,
        e.decided_by,
        e.text,
        actor
    ])
    .with_context(|| crate::t!("case-ctx-writing-the-case-journal"))?;
    Ok(conn.last_insert_rowid())
}

pub fn events(conn: &Connection, case_id: i64) -> Result<Vec<Event>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.*, p.name AS decided_by_name FROM case_event e
         LEFT JOIN person p ON p.id = e.decided_by
         WHERE e.case_id = ?1 ORDER BY e.on_date, e.id",
    )?;
    let rows = stmt
        .query_map(params![case_id], |r| {
            Ok(Event {
                id: r.get("id")?,
                case_id: r.get("case_id")?,
                on_date: r.get("on_date")?,
                at: r.get("at")?,
                kind: r.get("kind")?,
                from_status: r.get("from_status")?,
                to_status: r.get("to_status")?,
                next_review_on: r.get("next_review_on")?,
                decided_by: r.get("decided_by")?,
                decided_by_name: r.get("decided_by_name")?,
                text: r.get("text")?,
                actor: r.get("actor")?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("case-ctx-reading-the-case-journal"))?;
    Ok(rows)
}

#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub id: i64,
    pub case_id: i64,
    pub case_code: String,
    /// The case's age band (rule R12 marks minors wherever an action is listed).
    pub case_age_band: String,
    pub org_id: i64,
    pub org: String,
    pub text: String,
    pub created_on: String,
    pub due_on: String,
    pub done_on: Option<String>,
}

const ACTION_SELECT: &str = "SELECT a.*, c.code AS case_code, c.age_band AS case_age_band,
     o.name AS org_name
     FROM action a JOIN case_file c ON c.id = a.case_id JOIN organisation o ON o.id = a.org_id";

fn action_row(r: &Row) -> rusqlite::Result<Action> {
    let r = super::ByName::new(r);
    Ok(Action {
        id: r.get("id")?,
        case_id: r.get("case_id")?,
        case_code: r.get("case_code")?,
        case_age_band: r.get("case_age_band")?,
        org_id: r.get("org_id")?,
        org: r.get("org_name")?,
        text: r.get("text")?,
        created_on: r.get("created_on")?,
        due_on: r.get("due_on")?,
        done_on: r.get("done_on")?,
    })
}

pub fn insert_action(
    conn: &Connection,
    case_id: i64,
    org_id: i64,
    text: &str,
    created_on: &str,
    due_on: &str,
) -> Result<i64> {
    gate::text(&crate::t!("case-field-action"), Shape::Line, text)?;
    gate::date_in_range(&crate::t!("case-field-due-date"), Some(due_on))?;
    alive(conn, case_id)?;
    conn.prepare_cached(
        "INSERT INTO action (case_id, org_id, text, created_on, due_on) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![case_id, org_id, text, created_on, due_on])
    .with_context(|| crate::t!("case-ctx-adding-the-action"))?;
    Ok(conn.last_insert_rowid())
}

pub fn update_action(conn: &Connection, a: &Action) -> Result<()> {
    gate::changed(
        conn,
        "action",
        "text",
        a.id,
        &crate::t!("case-field-action"),
        Shape::Line,
        Some(&a.text),
    )?;
    gate::date_in_range(&crate::t!("case-field-due-date"), Some(&a.due_on))?;
    alive(conn, a.case_id)?;
    conn.prepare_cached(
        "UPDATE action SET org_id = ?2, text = ?3, due_on = ?4, done_on = ?5 WHERE id = ?1",
    )?
    .execute(params![a.id, a.org_id, a.text, a.due_on, a.done_on])
    .with_context(|| crate::t!("case-ctx-updating-action", id = a.id.to_string()))?;
    Ok(())
}

pub fn action(conn: &Connection, id: i64) -> Result<Option<Action>> {
    conn.prepare_cached(&format!("{ACTION_SELECT} WHERE a.id = ?1"))?
        .query_row(params![id], action_row)
        .optional()
        .with_context(|| crate::t!("case-ctx-reading-the-action"))
}

/// Actions of a cell: open ones, or all with `all`; optionally only overdue on `today`, one
/// owner, one case. Soonest due first.
#[allow(clippy::too_many_arguments)]
pub fn actions(
    conn: &Connection,
    cell_id: i64,
    today: &str,
    overdue: bool,
    org_id: Option<i64>,
    case_id: Option<i64>,
    all: bool,
) -> Result<Vec<Action>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{ACTION_SELECT}
         WHERE c.cell_id = ?1
           AND (?6 OR a.done_on IS NULL)
           AND (NOT ?3 OR (a.done_on IS NULL AND a.due_on < ?2))
           AND (?4 IS NULL OR a.org_id = ?4)
           AND (?5 IS NULL OR a.case_id = ?5)
         ORDER BY a.done_on IS NOT NULL, a.due_on, a.id"
    ))?;
    let rows = stmt
        .query_map(
            params![cell_id, today, overdue, org_id, case_id, all],
            action_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("case-ctx-reading-actions"))?;
    Ok(rows)
}

/// Closed and declined cases of a cell whose purge date has come.
pub fn purge_due(conn: &Connection, cell_id: i64, today: &str) -> Result<Vec<Case>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{CASE_SELECT} WHERE c.cell_id = ?2 AND c.purge_due_on IS NOT NULL AND c.purge_due_on <= ?1
         ORDER BY c.purge_due_on, c.code"
    ))?;
    let rows = stmt
        .query_map(params![today, cell_id], case_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("case-ctx-reading-cases-due-for-purge"))?;
    Ok(rows)
}

/// Adds anonymous counts kept for reports (summed into existing rows).
pub fn keep_count(
    conn: &Connection,
    cell_id: i64,
    nis: &str,
    month: &str,
    measure: &str,
    dimension: &str,
    value: i64,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO kept_count (cell_id, nis, month, measure, dimension, value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (cell_id, nis, month, measure, dimension)
         DO UPDATE SET value = value + excluded.value",
    )?
    .execute(params![cell_id, nis, month, measure, dimension, value])
    .with_context(|| crate::t!("case-ctx-keeping-anonymous-counts"))?;
    Ok(())
}

/// One row of the destruction register.
pub struct Destruction<'a> {
    pub cell_id: i64,
    pub code: &'a str,
    pub opened_on: &'a str,
    pub closed_on: &'a str,
    pub purge_due_on: &'a str,
    pub purged_on: &'a str,
    pub events_deleted: i64,
    pub actions_deleted: i64,
    pub actor: &'a str,
    pub at: &'a str,
}

/// Deletes a case with its journal and actions (cascade) and registers the destruction.
pub fn destroy(conn: &Connection, case_id: i64, d: &Destruction) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO destruction (cell_id, code, opened_on, closed_on, purge_due_on, purged_on,
             events_deleted, actions_deleted, actor, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        d.cell_id,
        d.code,
        d.opened_on,
        d.closed_on,
        d.purge_due_on,
        d.purged_on,
        d.events_deleted,
        d.actions_deleted,
        d.actor,
        d.at
    ])
    .with_context(|| crate::t!("case-ctx-writing-the-destruction-register"))?;
    // Purge is the one lawful deletion of what a held meeting or a sent form fixed: the
    // triggers of migration 6 let the case's rows go while this marker exists. It lives and
    // dies inside the command's transaction.
    conn.prepare_cached("INSERT INTO setting (key, value) VALUES ('purging', '1')")?
        .execute([])?;
    conn.prepare_cached("DELETE FROM case_file WHERE id = ?1")?
        .execute(params![case_id])
        .with_context(|| crate::t!("case-ctx-deleting-case", code = d.code))?;
    conn.prepare_cached("DELETE FROM setting WHERE key = 'purging'")?
        .execute([])?;
    Ok(())
}

/// True when the purge marker is set outside a purge: it lives and dies inside a purge's
/// transaction, so one found between commands was set by another program, and switches off the
/// triggers that hold held meetings and sent forms for every client.
pub fn purge_marker_left(conn: &Connection) -> Result<bool> {
    Ok(super::setting::get(conn, "purging")?.is_some())
}

/// Active actions of a case, all of them.
pub fn actions_of_case(conn: &Connection, case_id: i64) -> Result<Vec<Action>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{ACTION_SELECT} WHERE a.case_id = ?1 ORDER BY a.due_on, a.id"
    ))?;
    let rows = stmt
        .query_map(params![case_id], action_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("case-ctx-reading-the-cases-actions"))?;
    Ok(rows)
}

/// Open cases of a cell with the action counts the agenda draft needs on `date`.
pub fn agenda_states(
    conn: &Connection,
    cell_id: i64,
    date: &str,
) -> Result<Vec<crate::domain::agenda::CaseState>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.status, c.next_review_on,
            (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL
                AND a.due_on < ?2) AS overdue,
            (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL) AS open,
            (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NOT NULL)
                AS done
         FROM case_file c
         WHERE c.cell_id = ?1 AND c.status NOT IN ('closed', 'declined') AND c.opened_on <= ?2
         ORDER BY c.next_review_on, c.code",
    )?;
    let rows = stmt
        .query_map(params![cell_id, date], |r| {
            Ok(crate::domain::agenda::CaseState {
                case_id: r.get("id")?,
                status: r.get("status")?,
                next_review_on: r.get("next_review_on")?,
                overdue_actions: r.get("overdue")?,
                open_actions: r.get("open")?,
                done_actions: r.get("done")?,
                feedback_pending: false,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("case-ctx-reading-the-state-of-the-cases"))?;
    Ok(rows)
}

/// A case by id.
pub fn by_id(conn: &Connection, id: i64, today: &str) -> Result<Option<Case>> {
    conn.prepare_cached(&format!("{CASE_SELECT} WHERE c.id = ?2"))?
        .query_row(params![today, id], case_row)
        .optional()
        .with_context(|| crate::t!("case-ctx-reading-case"))
}

/// Cases of a cell an organisation is involved in: as lead, as source, or as owner of an action.
pub fn involving_org(conn: &Connection, cell_id: i64, org_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id FROM case_file c WHERE c.cell_id = ?1
           AND (c.lead_org_id = ?2 OR c.source_org_id = ?2
                OR EXISTS (SELECT 1 FROM action a WHERE a.case_id = c.id AND a.org_id = ?2))",
    )?;
    let rows = stmt
        .query_map(params![cell_id, org_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()
        .with_context(|| crate::t!("case-ctx-reading-the-organisations-cases"))?;
    Ok(rows)
}
