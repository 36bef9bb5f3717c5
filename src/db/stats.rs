//! What the monthly figures are computed from: the cases active in a month with their journal,
//! actions, referrals and forms, the counts kept by purge, and the meetings held.

use anyhow::{Context, Result};
use rusqlite::{Connection, params};
use rustc_hash::FxHashMap;

use crate::domain::stats::{ActionFacts, CaseFacts, EventFacts};

use crate::domain::dates::parse_iso as date;

/// A case of [`case_facts`]: its municipality, the days it was opened and closed as stored
/// (to tell the months it was open in), and its facts.
pub struct CaseOf {
    pub nis: String,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub facts: CaseFacts,
}

impl CaseOf {
    /// Whether the case was open at some point between `start` and `end` (inclusive): the
    /// query's own filter.
    pub fn open_between(&self, start: &str, end: &str) -> bool {
        self.opened_on.as_str() <= end && self.closed_on.as_deref().is_none_or(|c| c >= start)
    }
}

/// The journal of the cases of [`case_facts`] (`?1` the cell, `?2` and `?3` the period), each
/// case's entries in their order (day, then entry), public for the plan tests. The cases come
/// in the order the index on (cell, opening day) gives them: asked for by case, the journal
/// was sorted again in a temporary B-tree (a quarter of the query's work).
pub const JOURNAL: &str =
    "SELECT e.case_id, e.on_date, e.kind, e.to_status, e.next_review_on, e.text
     FROM case_event e JOIN case_file c ON c.id = e.case_id
     WHERE c.cell_id = ?1 AND c.opened_on <= ?3 AND (c.closed_on IS NULL OR c.closed_on >= ?2)
     ORDER BY c.opened_on, c.id, e.on_date, e.id";

/// The cases of a cell that were open at some point between `start` and `end` (inclusive),
/// with everything their figures need, by municipality.
pub fn case_facts(conn: &Connection, cell_id: i64, start: &str, end: &str) -> Result<Vec<CaseOf>> {
    const FILTER: &str = "c.cell_id = ?1 AND c.opened_on <= ?3
        AND (c.closed_on IS NULL OR c.closed_on >= ?2)";
    let mut out: Vec<CaseOf> = Vec::new();
    let mut index: FxHashMap<i64, usize> = FxHashMap::default();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT c.id, c.nis, c.opened_on, c.closed_on, c.source, c.phenomenon, c.age_band,
                c.review_weeks, c.close_reason
         FROM case_file c WHERE {FILTER}"
    ))?;
    let mut rows = stmt.query(params![cell_id, start, end])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        index.insert(id, out.len());
        let opened_on: String = r.get(2)?;
        out.push(CaseOf {
            nis: r.get(1)?,
            closed_on: r.get(3)?,
            facts: CaseFacts {
                opened_on: date(&opened_on)?,
                source: r.get(4)?,
                phenomenon: r.get(5)?,
                age_band: r.get(6)?,
                review_weeks: r.get(7)?,
                close_reason: r.get(8)?,
                events: Vec::new(),
                actions: Vec::new(),
                referrals: Vec::new(),
                forms_sent: Vec::new(),
            },
            opened_on,
        });
    }
    let mut stmt = conn.prepare_cached(JOURNAL)?;
    let mut rows = stmt.query(params![cell_id, start, end])?;
    while let Some(r) = rows.next()? {
        if let Some(i) = index.get(&r.get::<_, i64>(0)?) {
            let kind = text(r, 2)?;
            out[*i].facts.events.push(EventFacts {
                on: date(text(r, 1)?)?,
                kind: kind.to_string(),
                to_status: r.get(3)?,
                next_review_on: opt_text(r, 4)?.map(date).transpose()?,
                close_reason: crate::domain::stats::closure_reason(kind, opt_text(r, 5)?),
            });
        }
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT a.case_id, a.created_on, a.due_on, a.done_on
         FROM action a JOIN case_file c ON c.id = a.case_id WHERE {FILTER}"
    ))?;
    let mut rows = stmt.query(params![cell_id, start, end])?;
    while let Some(r) = rows.next()? {
        if let Some(i) = index.get(&r.get::<_, i64>(0)?) {
            out[*i].facts.actions.push(ActionFacts {
                created_on: date(text(r, 1)?)?,
                due_on: date(text(r, 2)?)?,
                done_on: opt_text(r, 3)?.map(date).transpose()?,
            });
        }
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT r.case_id, r.on_date, r.direction
         FROM referral r JOIN case_file c ON c.id = r.case_id WHERE {FILTER}"
    ))?;
    let mut rows = stmt.query(params![cell_id, start, end])?;
    while let Some(r) = rows.next()? {
        if let Some(i) = index.get(&r.get::<_, i64>(0)?) {
            out[*i]
                .facts
                .referrals
                .push((date(text(r, 1)?)?, r.get(2)?));
        }
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT f.case_id, f.sent_on
         FROM feedback_form f JOIN case_file c ON c.id = f.case_id
         WHERE {FILTER} AND f.sent_on IS NOT NULL"
    ))?;
    let mut rows = stmt.query(params![cell_id, start, end])?;
    while let Some(r) = rows.next()? {
        if let Some(i) = index.get(&r.get::<_, i64>(0)?) {
            out[*i].facts.forms_sent.push(date(text(r, 1)?)?);
        }
    }
    Ok(out)
}

/// Column `i` of `r` as text, borrowed from the row (the journal of a year is read in
/// thousands of rows: a column looked up by name and copied into a string cost 700
/// instructions a value). A value that is not text is refused by [`rusqlite::Row::get`], with
/// its error.
fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    match r.get_ref(i)?.as_str() {
        Ok(text) => Ok(text),
        Err(_) => Err(refusal::<String>(r, i)),
    }
}

/// [`text`], or `None` for NULL.
fn opt_text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
    match r.get_ref(i)?.as_str_or_null() {
        Ok(text) => Ok(text),
        Err(_) => Err(refusal::<Option<String>>(r, i)),
    }
}

/// The error [`rusqlite::Row::get`] gives reading column `i` of `r` as a `T`, for a value a
/// borrowed read refused.
fn refusal<T: rusqlite::types::FromSql>(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Error {
    match r.get::<_, T>(i) {
        Err(e) => e,
        Ok(_) => rusqlite::Error::InvalidColumnIndex(i),
    }
}

/// Counts kept by purge for a cell and month: (nis, measure, dimension, value).
pub fn kept_counts(
    conn: &Connection,
    cell_id: i64,
    month: &str,
) -> Result<Vec<(String, String, String, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT nis, measure, dimension, value FROM kept_count WHERE cell_id = ?1 AND month = ?2",
    )?;
    let rows = stmt
        .query_map(params![cell_id, month], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("export-reading-kept-counts"))?;
    Ok(rows)
}

/// Meetings held in [start, end] and their attendance: (meetings, present, expected).
pub fn meetings_held(
    conn: &Connection,
    cell_id: i64,
    start: &str,
    end: &str,
) -> Result<(i64, i64, i64)> {
    conn.prepare_cached(
        "SELECT count(DISTINCT m.id),
                coalesce(sum(a.status = 'present'), 0),
                count(a.person_id)
         FROM meeting m LEFT JOIN attendance a ON a.meeting_id = m.id
         WHERE m.cell_id = ?1 AND m.status = 'held' AND m.starts_at >= ?2
           AND m.starts_at < ?3 || 'T99'",
    )?
    .query_row(params![cell_id, start, end], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .with_context(|| crate::t!("export-reading-meetings-held"))
}
