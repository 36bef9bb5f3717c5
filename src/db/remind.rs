//! Whole-file queries for `remind`: one query per kind of reminder across every cell (or one
//! cell), each on an index, so the morning cron job stays fast on a national-size file.
//!
//! Each kind has two statements, one for the whole file and one for a cell, rather than one
//! with `(?2 IS NULL OR cell_id = ?2)`: SQLite plans such a statement once for both cases, so
//! the cell's reminders would walk every due row of the file. The statements are public so that
//! `tests/plans.rs` can check their plans.

use anyhow::{Context, Result};
use rusqlite::{Connection, Params, Row, params};

/// Runs `sql` and hands each row, read by `read`, to `f`: the rows are streamed, not collected
/// (remind reads every due item of a national file).
fn each<T>(
    conn: &Connection,
    sql: &str,
    values: impl Params,
    read: impl Fn(&Row) -> rusqlite::Result<T>,
    what: &str,
    mut f: impl FnMut(T),
) -> Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(values).with_context(|| what.to_string())?;
    while let Some(r) = rows.next().with_context(|| what.to_string())? {
        f(read(r).with_context(|| what.to_string())?);
    }
    Ok(())
}

/// (cell id, case code, lead organisation, next review).
pub type DueReview = (i64, String, Option<i64>, String);

/// Reviews due by ?1 across the file (a covering index on the review date).
pub const REVIEWS: &str = "SELECT cell_id, code, lead_org_id, next_review_on FROM case_file
     WHERE next_review_on IS NOT NULL AND next_review_on <= ?1
       AND status NOT IN ('closed', 'declined')";
/// Reviews due by ?1 in cell ?2: one index range per open status.
pub const REVIEWS_CELL: &str = "SELECT cell_id, code, lead_org_id, next_review_on FROM case_file
     WHERE cell_id = ?2 AND status IN ('signal', 'screening', 'on_list', 'follow_up')
       AND next_review_on <= ?1";

/// Picks the whole-file or the one-cell statement and its parameters.
fn pick<'a>(
    cell: &'a Option<i64>,
    whole: &'static str,
    one: &'static str,
) -> (&'static str, Option<&'a i64>) {
    match cell {
        Some(c) => (one, Some(c)),
        None => (whole, None),
    }
}

/// Reviews due by `by`, one at a time to `f`.
pub fn reviews(
    conn: &Connection,
    cell: Option<i64>,
    by: &str,
    f: impl FnMut(DueReview),
) -> Result<()> {
    let (sql, c) = pick(&cell, REVIEWS, REVIEWS_CELL);
    let mut values: Vec<&dyn rusqlite::ToSql> = vec![&by];
    if let Some(c) = c {
        values.push(c);
    }
    each(
        conn,
        sql,
        values.as_slice(),
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        &crate::t!("export-reading-reviews-due"),
        f,
    )
}

/// Open actions due by ?1 across the file (owner ?3 or all), by due date.
pub const ACTIONS: &str = "SELECT c.cell_id, c.code, a.id, a.org_id, o.name, a.due_on
     FROM action a JOIN case_file c ON c.id = a.case_id JOIN organisation o ON o.id = a.org_id
     WHERE a.done_on IS NULL AND a.due_on <= ?1 AND ?2 IS NULL
       AND (?3 IS NULL OR a.org_id = ?3)";
/// Open actions due by ?1 of the cases of cell ?2: the cell's cases first, then each one's
/// open actions (CROSS JOIN keeps that order).
pub const ACTIONS_CELL: &str = "SELECT c.cell_id, c.code, a.id, a.org_id, o.name, a.due_on
     FROM case_file c CROSS JOIN action a ON a.case_id = c.id
     JOIN organisation o ON o.id = a.org_id
     WHERE c.cell_id = ?2 AND a.done_on IS NULL AND a.due_on <= ?1
       AND (?3 IS NULL OR a.org_id = ?3)";

/// (cell id, case code, action id, owner id, owner name, due).
pub type DueAction = (i64, String, i64, i64, String, String);

/// Open actions due by `by` (of owner `org`, or all), one at a time to `f`.
pub fn actions(
    conn: &Connection,
    cell: Option<i64>,
    by: &str,
    org: Option<i64>,
    f: impl FnMut(DueAction),
) -> Result<()> {
    let sql = if cell.is_some() {
        ACTIONS_CELL
    } else {
        ACTIONS
    };
    each(
        conn,
        sql,
        params![by, cell, org],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        },
        &crate::t!("export-reading-actions-due"),
        f,
    )
}

/// Planned meetings starting in [?1, ?2) with no agenda item, across the file.
pub const MEETINGS: &str = "SELECT m.cell_id, m.id, m.starts_at FROM meeting m
     WHERE m.status = 'planned' AND m.starts_at >= ?1 AND m.starts_at < ?2 AND ?3 IS NULL
       AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id)";
/// The same for cell ?3.
pub const MEETINGS_CELL: &str = "SELECT m.cell_id, m.id, m.starts_at FROM meeting m
     WHERE m.cell_id = ?3 AND m.starts_at >= ?1 AND m.starts_at < ?2 AND m.status = 'planned'
       AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id)";

/// Planned meetings starting in [from, until) with no agenda item: (cell id, id, starts_at),
/// one at a time to `f`.
pub fn meetings_without_agenda(
    conn: &Connection,
    cell: Option<i64>,
    from: &str,
    until: &str,
    f: impl FnMut((i64, i64, String)),
) -> Result<()> {
    let sql = if cell.is_some() {
        MEETINGS_CELL
    } else {
        MEETINGS
    };
    each(
        conn,
        sql,
        params![from, until, cell],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        &crate::t!("export-reading-planned-meetings"),
        f,
    )
}

/// The date of a cell's last held meeting (one index probe per cell: SQLite's max()
/// optimisation does not apply to a GROUP BY over all cells).
pub fn last_held(conn: &Connection, cell_id: i64) -> Result<Option<String>> {
    let last: Option<String> = conn
        .prepare_cached(
            "SELECT max(starts_at) FROM meeting WHERE cell_id = ?1 AND status = 'held'",
        )?
        .query_row(params![cell_id], |r| r.get(0))
        .with_context(|| crate::t!("export-reading-last-meeting"))?;
    Ok(last.map(|s| s.get(..10).unwrap_or(&s).to_string()))
}

/// Open inbound referrals: (cell id, id, case code, received, status, expects feedback by,
/// feedback given on).
pub type OpenReferral = (
    i64,
    i64,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// Open inbound referrals across the file (?1 is NULL).
pub const REFERRALS: &str = "SELECT r.cell_id, r.id, c.code, r.on_date, r.status,
        r.expects_feedback_by, r.feedback_on
     FROM referral r CROSS JOIN case_file c ON c.id = r.case_id
     WHERE r.direction = 'in' AND r.status IN ('received', 'discussed', 'accepted')
       AND ?1 IS NULL";
/// Open inbound referrals of cell ?1.
pub const REFERRALS_CELL: &str = "SELECT r.cell_id, r.id, c.code, r.on_date, r.status,
        r.expects_feedback_by, r.feedback_on
     FROM referral r CROSS JOIN case_file c ON c.id = r.case_id
     WHERE r.cell_id = ?1 AND r.direction = 'in'
       AND r.status IN ('received', 'discussed', 'accepted')";

/// Open inbound referrals, one at a time to `f`.
pub fn open_referrals(
    conn: &Connection,
    cell: Option<i64>,
    f: impl FnMut(OpenReferral),
) -> Result<()> {
    let sql = if cell.is_some() {
        REFERRALS_CELL
    } else {
        REFERRALS
    };
    each(
        conn,
        sql,
        params![cell],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        },
        &crate::t!("export-reading-open-referrals"),
        f,
    )
}

/// Approved forms not sent, across the file (?1 is NULL).
pub const FORMS: &str = "SELECT c.cell_id, f.id, c.code, f.drafted_on FROM feedback_form f
     JOIN case_file c ON c.id = f.case_id
     WHERE f.status = 'approved' AND ?1 IS NULL";
/// The same for cell ?1: its cases, then each one's forms.
pub const FORMS_CELL: &str = "SELECT c.cell_id, f.id, c.code, f.drafted_on
     FROM case_file c CROSS JOIN feedback_form f ON f.case_id = c.id
     WHERE c.cell_id = ?1 AND f.status = 'approved'";

/// Approved forms not sent: (cell id, form id, case code, drafted on), one at a time to `f`.
pub fn approved_forms(
    conn: &Connection,
    cell: Option<i64>,
    f: impl FnMut((i64, i64, String, String)),
) -> Result<()> {
    let sql = if cell.is_some() { FORMS_CELL } else { FORMS };
    each(
        conn,
        sql,
        params![cell],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        &crate::t!("export-reading-approved-forms"),
        f,
    )
}

/// Cases whose retention ended by ?1, across the file (?2 is NULL).
pub const PURGES: &str = "SELECT cell_id, code, purge_due_on FROM case_file
     WHERE purge_due_on IS NOT NULL AND purge_due_on <= ?1 AND ?2 IS NULL";
/// The same for cell ?2.
pub const PURGES_CELL: &str = "SELECT cell_id, code, purge_due_on FROM case_file
     WHERE cell_id = ?2 AND purge_due_on IS NOT NULL AND purge_due_on <= ?1";

/// Cases whose retention ended: (cell id, code, purge due), one at a time to `f`.
pub fn purges(
    conn: &Connection,
    cell: Option<i64>,
    today: &str,
    f: impl FnMut((i64, String, String)),
) -> Result<()> {
    let sql = if cell.is_some() { PURGES_CELL } else { PURGES };
    each(
        conn,
        sql,
        params![today, cell],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        &crate::t!("export-reading-purges-due"),
        f,
    )
}

/// Seats in force on ?1 across the file (?2 is NULL): every seat of the file is read.
pub const SEATS: &str = "SELECT m.cell_id, p.organisation_id, m.from_on, m.person_id, p.name,
        o.name, o.sector, m.role, m.nis, p.declaration_signed_on, p.declaration_valid_until,
        p.clearance_confirmed_on, m.invited_by
     FROM membership m JOIN person p ON p.id = m.person_id
     JOIN organisation o ON o.id = p.organisation_id
     WHERE m.from_on <= ?1 AND (m.until_on IS NULL OR m.until_on > ?1) AND ?2 IS NULL
     ORDER BY m.cell_id, m.person_id";
/// The seats of cell ?2.
pub const SEATS_CELL: &str = "SELECT m.cell_id, p.organisation_id, m.from_on, m.person_id, p.name,
        o.name, o.sector, m.role, m.nis, p.declaration_signed_on, p.declaration_valid_until,
        p.clearance_confirmed_on, m.invited_by
     FROM membership m JOIN person p ON p.id = m.person_id
     JOIN organisation o ON o.id = p.organisation_id
     WHERE m.cell_id = ?2 AND m.from_on <= ?1 AND (m.until_on IS NULL OR m.until_on > ?1)
     ORDER BY m.cell_id, m.person_id";

/// A seat in force, as much as reminders and the composition rules need of it.
pub struct DueSeat {
    pub cell_id: i64,
    pub organisation_id: i64,
    pub from_on: String,
    pub view: crate::domain::composition::SeatView,
}

/// The seats in force on `date` (one cell or all), read by position: this runs for every cell
/// of the file each morning.
pub fn seats(conn: &Connection, date: &str, cell: Option<i64>) -> Result<Vec<DueSeat>> {
    let sql = if cell.is_some() { SEATS_CELL } else { SEATS };
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt
        .query_map(params![date, cell], |r| {
            Ok(DueSeat {
                cell_id: r.get(0)?,
                organisation_id: r.get(1)?,
                from_on: r.get(2)?,
                view: crate::domain::composition::SeatView {
                    person_id: r.get(3)?,
                    name: r.get(4)?,
                    organisation: r.get(5)?,
                    sector: r.get(6)?,
                    role: r.get(7)?,
                    nis: r.get(8)?,
                    declaration_signed_on: r.get(9)?,
                    declaration_valid_until: r.get(10)?,
                    clearance_confirmed_on: r.get(11)?,
                    invited_by: r.get(12)?,
                },
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("export-reading-seats"))?;
    Ok(rows)
}
