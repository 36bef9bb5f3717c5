//! Whole-file queries for `remind`: one query per kind of reminder across every cell (or one
//! cell), each on an index, so the morning cron job stays fast on a national-size file.

use anyhow::{Context, Result};
use rusqlite::{Connection, params};

/// (cell id, case code, lead organisation, next review).
pub type DueReview = (i64, String, Option<i64>, String);

pub fn reviews(conn: &Connection, cell: Option<i64>, by: &str) -> Result<Vec<DueReview>> {
    let mut stmt = conn.prepare_cached(
        "SELECT cell_id, code, lead_org_id, next_review_on FROM case_file
         WHERE next_review_on IS NOT NULL AND next_review_on <= ?1
           AND status NOT IN ('closed', 'declined') AND (?2 IS NULL OR cell_id = ?2)",
    )?;
    let rows = stmt
        .query_map(params![by, cell], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading reviews due")?;
    Ok(rows)
}

/// (cell id, case code, action id, owner id, owner name, due).
pub type DueAction = (i64, String, i64, i64, String, String);

pub fn actions(
    conn: &Connection,
    cell: Option<i64>,
    by: &str,
    org: Option<i64>,
) -> Result<Vec<DueAction>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.cell_id, c.code, a.id, a.org_id, o.name, a.due_on
         FROM action a JOIN case_file c ON c.id = a.case_id JOIN organisation o ON o.id = a.org_id
         WHERE a.done_on IS NULL AND a.due_on <= ?1
           AND (?2 IS NULL OR c.cell_id = ?2) AND (?3 IS NULL OR a.org_id = ?3)",
    )?;
    let rows = stmt
        .query_map(params![by, cell, org], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading actions due")?;
    Ok(rows)
}

/// Planned meetings starting in [from, until) with no agenda item: (cell id, id, starts_at).
pub fn meetings_without_agenda(
    conn: &Connection,
    cell: Option<i64>,
    from: &str,
    until: &str,
) -> Result<Vec<(i64, i64, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.cell_id, m.id, m.starts_at FROM meeting m
         WHERE m.status = 'planned' AND m.starts_at >= ?1 AND m.starts_at < ?2
           AND (?3 IS NULL OR m.cell_id = ?3)
           AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id)",
    )?;
    let rows = stmt
        .query_map(params![from, until, cell], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading planned meetings")?;
    Ok(rows)
}

/// The date of a cell's last held meeting (one index probe per cell: SQLite's max()
/// optimisation does not apply to a GROUP BY over all cells).
pub fn last_held(conn: &Connection, cell_id: i64) -> Result<Option<String>> {
    let last: Option<String> = conn
        .prepare_cached(
            "SELECT max(starts_at) FROM meeting WHERE cell_id = ?1 AND status = 'held'",
        )?
        .query_row(params![cell_id], |r| r.get(0))
        .context("reading the last meeting")?;
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

pub fn open_referrals(conn: &Connection, cell: Option<i64>) -> Result<Vec<OpenReferral>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.cell_id, r.id, c.code, r.on_date, r.status, r.expects_feedback_by, r.feedback_on
         FROM referral r CROSS JOIN case_file c ON c.id = r.case_id
         WHERE r.direction = 'in' AND r.status IN ('received', 'discussed', 'accepted')
           AND (?1 IS NULL OR r.cell_id = ?1)",
    )?;
    let rows = stmt
        .query_map(params![cell], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading open referrals")?;
    Ok(rows)
}

/// Approved forms not sent: (cell id, form id, case code, drafted on).
pub fn approved_forms(
    conn: &Connection,
    cell: Option<i64>,
) -> Result<Vec<(i64, i64, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.cell_id, f.id, c.code, f.drafted_on FROM feedback_form f
         JOIN case_file c ON c.id = f.case_id
         WHERE f.status = 'approved' AND (?1 IS NULL OR c.cell_id = ?1)",
    )?;
    let rows = stmt
        .query_map(params![cell], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading approved forms")?;
    Ok(rows)
}

/// Cases whose retention ended: (cell id, code, purge due).
pub fn purges(
    conn: &Connection,
    cell: Option<i64>,
    today: &str,
) -> Result<Vec<(i64, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT cell_id, code, purge_due_on FROM case_file
         WHERE purge_due_on IS NOT NULL AND purge_due_on <= ?1 AND (?2 IS NULL OR cell_id = ?2)",
    )?;
    let rows = stmt
        .query_map(params![today, cell], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading purges due")?;
    Ok(rows)
}
