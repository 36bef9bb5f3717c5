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

/// Picks the whole-file or the one-cell statement.
fn pick(cell: Option<i64>, whole: &'static str, one: &'static str) -> &'static str {
    if cell.is_some() { one } else { whole }
}

// The reminders about cases, one statement per kind, each in two forms (the whole file, one
// cell) and two uses: its rows in the order `remind` prints them, and a summary (earliest date,
// count, how many overdue) for the group's heading and place. Every statement reads the named
// parameters it needs of :today, :horizon, :cell and :org (see [`bind`]).
//
// The order is the one `remind` prints: by date, then by the English subject ("case CODE",
// "referral ID (case CODE)", "form ID (case CODE)"), so by code or by the id's digits as text;
// two actions of one case due the same day keep the order they are found in (by owner, then
// id, across the file; by id in a cell). Each date's rows are sorted apart (SQLite's "temp
// b-tree for right part of ORDER BY"), so the rows stream without the whole set in memory.
//
// Columns: cell id, case code, age band, due date, id (action, referral, form; 0), detail
// (an action's owner, a referral's receipt date; ''), second (a referral's expected feedback).

macro_rules! reviews {
    () => {
        "SELECT cell_id, code, age_band, next_review_on AS due, 0 AS id, '' AS detail,
            0 AS second FROM case_file
         WHERE next_review_on IS NOT NULL AND next_review_on <= :horizon
           AND status NOT IN ('closed', 'declined') AND (:org IS NULL OR lead_org_id = :org)"
    };
}
macro_rules! reviews_cell {
    () => {
        "SELECT cell_id, code, age_band, next_review_on AS due, 0 AS id, '' AS detail,
            0 AS second FROM case_file
         WHERE cell_id = :cell AND status IN ('signal', 'screening', 'on_list', 'follow_up')
           AND next_review_on <= :horizon AND (:org IS NULL OR lead_org_id = :org)"
    };
}
macro_rules! actions {
    () => {
        "SELECT c.cell_id, c.code, c.age_band, a.due_on AS due, a.id, o.name AS detail,
            0 AS second
         FROM action a JOIN case_file c ON c.id = a.case_id JOIN organisation o ON o.id = a.org_id
         WHERE a.done_on IS NULL AND a.due_on <= :horizon AND (:org IS NULL OR a.org_id = :org)"
    };
}
// The cell's cases first, then each one's open actions (CROSS JOIN keeps that order).
macro_rules! actions_cell {
    () => {
        "SELECT c.cell_id, c.code, c.age_band, a.due_on AS due, a.id, o.name AS detail,
            0 AS second
         FROM case_file c CROSS JOIN action a ON a.case_id = c.id
         JOIN organisation o ON o.id = a.org_id
         WHERE c.cell_id = :cell AND a.done_on IS NULL AND a.due_on <= :horizon
           AND (:org IS NULL OR a.org_id = :org)"
    };
}
// Open inbound referrals: no decision 30 days after receipt (received or discussed), and the
// feedback the LTF expects (any open status), the first before the second for one referral:
// each referral read once, for its two kinds (`k.second`).
macro_rules! referral_due {
    () => {
        "CASE k.second WHEN 0 THEN coalesce(date(r.on_date, '+30 days'), :today)
            ELSE r.expects_feedback_by END"
    };
}
macro_rules! referral_where {
    ($cell:literal) => {
        concat!(
            " CROSS JOIN (SELECT 0 AS second UNION ALL SELECT 1) k
             WHERE ",
            $cell,
            "r.direction = 'in' AND r.status IN ('received', 'discussed', 'accepted')
               AND CASE k.second
                   WHEN 0 THEN r.status IN ('received', 'discussed')
                       AND coalesce(date(r.on_date, '+30 days'), :today) <= :horizon
                   ELSE r.feedback_on IS NULL AND r.expects_feedback_by <= :horizon END"
        )
    };
}
macro_rules! referrals {
    ($cell:literal) => {
        concat!(
            "SELECT r.cell_id, c.code, c.age_band, ",
            referral_due!(),
            " AS due, r.id, CASE k.second WHEN 0 THEN r.on_date ELSE '' END AS detail,
                k.second, CAST(r.id AS TEXT) AS id_text
             FROM referral r CROSS JOIN case_file c ON c.id = r.case_id",
            referral_where!($cell),
            " ORDER BY due, id_text, k.second"
        )
    };
}
// The summary reads the referrals alone: each has its case (a foreign key).
macro_rules! referrals_summary {
    ($cell:literal) => {
        concat!(
            "SELECT min(due), count(*), coalesce(sum(due < :today), 0) FROM (SELECT ",
            referral_due!(),
            " AS due FROM referral r",
            referral_where!($cell),
            ")"
        )
    };
}
macro_rules! forms {
    () => {
        "SELECT c.cell_id, c.code, c.age_band, f.drafted_on AS due, f.id, '' AS detail,
            0 AS second, CAST(f.id AS TEXT) AS id_text
         FROM feedback_form f JOIN case_file c ON c.id = f.case_id WHERE f.status = 'approved'"
    };
}
// The cell's cases, then each one's forms.
macro_rules! forms_cell {
    () => {
        "SELECT c.cell_id, c.code, c.age_band, f.drafted_on AS due, f.id, '' AS detail,
            0 AS second, CAST(f.id AS TEXT) AS id_text
         FROM case_file c CROSS JOIN feedback_form f ON f.case_id = c.id
         WHERE c.cell_id = :cell AND f.status = 'approved'"
    };
}
macro_rules! purges {
    () => {
        "SELECT cell_id, code, age_band, purge_due_on AS due, 0 AS id, '' AS detail,
            0 AS second FROM case_file
         WHERE purge_due_on IS NOT NULL AND purge_due_on <= :today"
    };
}
macro_rules! purges_cell {
    () => {
        "SELECT cell_id, code, age_band, purge_due_on AS due, 0 AS id, '' AS detail,
            0 AS second FROM case_file
         WHERE cell_id = :cell AND purge_due_on IS NOT NULL AND purge_due_on <= :today"
    };
}
/// A group's earliest date, count and overdue count, from its rows.
macro_rules! summary {
    ($rows:expr) => {
        concat!(
            "SELECT min(due), count(*), coalesce(sum(due < :today), 0) FROM (",
            $rows,
            ")"
        )
    };
}

/// Reviews due by :horizon across the file (the review-date index), by date and code.
pub const REVIEWS: &str = concat!(reviews!(), " ORDER BY next_review_on, code");
/// Reviews due in cell :cell: one index range per open status.
pub const REVIEWS_CELL: &str = concat!(reviews_cell!(), " ORDER BY next_review_on, code");
pub const REVIEWS_SUMMARY: &str = summary!(reviews!());
pub const REVIEWS_CELL_SUMMARY: &str = summary!(reviews_cell!());
/// Open actions due by :horizon (of owner :org, or all), on the open-actions-by-date index.
pub const ACTIONS: &str = concat!(actions!(), " ORDER BY a.due_on, c.code, a.org_id, a.id");
pub const ACTIONS_CELL: &str = concat!(actions_cell!(), " ORDER BY a.due_on, c.code, a.id");
/// The summary reads the open-actions index alone: each action has its case and owner
/// (foreign keys).
pub const ACTIONS_SUMMARY: &str = "SELECT min(due_on), count(*), coalesce(sum(due_on < :today), 0)
     FROM action WHERE done_on IS NULL AND due_on <= :horizon AND (:org IS NULL OR org_id = :org)";
pub const ACTIONS_CELL_SUMMARY: &str = "SELECT min(a.due_on), count(*),
        coalesce(sum(a.due_on < :today), 0)
     FROM case_file c CROSS JOIN action a ON a.case_id = c.id
     WHERE c.cell_id = :cell AND a.done_on IS NULL AND a.due_on <= :horizon
       AND (:org IS NULL OR a.org_id = :org)";
/// Open inbound referrals across the file.
pub const REFERRALS: &str = referrals!("");
pub const REFERRALS_CELL: &str = referrals!("r.cell_id = :cell AND ");
pub const REFERRALS_SUMMARY: &str = referrals_summary!("");
pub const REFERRALS_CELL_SUMMARY: &str = referrals_summary!("r.cell_id = :cell AND ");
/// Approved forms not sent.
pub const FORMS: &str = concat!(forms!(), " ORDER BY due, id_text");
pub const FORMS_CELL: &str = concat!(forms_cell!(), " ORDER BY due, id_text");
/// The summary reads the forms alone: each has its case (a foreign key).
pub const FORMS_SUMMARY: &str = "SELECT min(drafted_on), count(*),
        coalesce(sum(drafted_on < :today), 0)
     FROM feedback_form WHERE status = 'approved'";
pub const FORMS_CELL_SUMMARY: &str = summary!(forms_cell!());
/// Cases whose retention ended by :today.
pub const PURGES: &str = concat!(purges!(), " ORDER BY purge_due_on, code");
pub const PURGES_CELL: &str = concat!(purges_cell!(), " ORDER BY purge_due_on, code");
pub const PURGES_SUMMARY: &str = summary!(purges!());
pub const PURGES_CELL_SUMMARY: &str = summary!(purges_cell!());

/// The kinds of reminder about a case, each a group of `remind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseKind {
    Reviews,
    Actions,
    Referrals,
    Forms,
    Purges,
}

impl CaseKind {
    pub const ALL: [CaseKind; 5] = [
        CaseKind::Reviews,
        CaseKind::Actions,
        CaseKind::Referrals,
        CaseKind::Forms,
        CaseKind::Purges,
    ];

    /// The statements of the kind: (rows, summary) for the file or for one cell.
    fn sql(self, cell: Option<i64>) -> (&'static str, &'static str) {
        let (rows, rows_cell, sum, sum_cell) = match self {
            CaseKind::Reviews => (REVIEWS, REVIEWS_CELL, REVIEWS_SUMMARY, REVIEWS_CELL_SUMMARY),
            CaseKind::Actions => (ACTIONS, ACTIONS_CELL, ACTIONS_SUMMARY, ACTIONS_CELL_SUMMARY),
            CaseKind::Referrals => (
                REFERRALS,
                REFERRALS_CELL,
                REFERRALS_SUMMARY,
                REFERRALS_CELL_SUMMARY,
            ),
            CaseKind::Forms => (FORMS, FORMS_CELL, FORMS_SUMMARY, FORMS_CELL_SUMMARY),
            CaseKind::Purges => (PURGES, PURGES_CELL, PURGES_SUMMARY, PURGES_CELL_SUMMARY),
        };
        (pick(cell, rows, rows_cell), pick(cell, sum, sum_cell))
    }

    /// What `remind` says while reading the kind, if it fails.
    fn reading(self) -> String {
        match self {
            CaseKind::Reviews => crate::t!("export-reading-reviews-due"),
            CaseKind::Actions => crate::t!("export-reading-actions-due"),
            CaseKind::Referrals => crate::t!("export-reading-open-referrals"),
            CaseKind::Forms => crate::t!("export-reading-approved-forms"),
            CaseKind::Purges => crate::t!("export-reading-purges-due"),
        }
    }
}

/// What the statements of a kind are asked: the day, the horizon, the cell (None: every
/// cell), the owner or lead organisation (None: all).
#[derive(Debug, Clone, Copy)]
pub struct Due<'a> {
    pub today: &'a str,
    pub horizon: &'a str,
    pub cell: Option<i64>,
    pub org: Option<i64>,
}

/// Binds the named parameters `stmt` has of :today, :horizon, :cell and :org.
fn bind(stmt: &mut rusqlite::Statement<'_>, due: &Due<'_>) -> rusqlite::Result<()> {
    let values: [(&str, &dyn rusqlite::ToSql); 4] = [
        (":today", &due.today),
        (":horizon", &due.horizon),
        (":cell", &due.cell),
        (":org", &due.org),
    ];
    for (name, value) in values {
        if let Some(i) = stmt.parameter_index(name)? {
            stmt.raw_bind_parameter(i, value)?;
        }
    }
    Ok(())
}

/// A group's earliest date, number of reminders and how many are overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub earliest: String,
    pub count: usize,
    pub overdue: usize,
}

/// The summary of a kind, or None when nothing of it is due.
pub fn summary(conn: &Connection, kind: CaseKind, due: &Due<'_>) -> Result<Option<Summary>> {
    let read = || -> rusqlite::Result<Option<Summary>> {
        let mut stmt = conn.prepare_cached(kind.sql(due.cell).1)?;
        bind(&mut stmt, due)?;
        let mut rows = stmt.raw_query();
        let Some(r) = rows.next()? else {
            return Ok(None);
        };
        let count: i64 = r.get(1)?;
        if count == 0 {
            return Ok(None);
        }
        Ok(Some(Summary {
            earliest: r.get(0)?,
            count: usize::try_from(count).unwrap_or_default(),
            overdue: usize::try_from(r.get::<_, i64>(2)?).unwrap_or_default(),
        }))
    };
    read().with_context(|| kind.reading())
}

/// One reminder about a case, borrowed from the row being read.
#[derive(Debug, Clone, Copy)]
pub struct CaseDue<'a> {
    pub cell_id: i64,
    pub code: &'a str,
    /// The case is about a minor (rule R12).
    pub minor: bool,
    pub due: &'a str,
    /// The action, referral or form (0 for reviews and purges).
    pub id: i64,
    /// An action's owner, a referral's date of receipt ("" otherwise).
    pub detail: &'a str,
    /// A referral's expected feedback (not its missing decision).
    pub second: bool,
}

/// The reminders of a kind in the order they are printed, one at a time to `f`, read in place
/// (a national file has tens of thousands: no row is kept or copied).
pub fn each_due(
    conn: &Connection,
    kind: CaseKind,
    due: &Due<'_>,
    mut f: impl FnMut(&CaseDue<'_>) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(kind.sql(due.cell).0)?;
    bind(&mut stmt, due).with_context(|| kind.reading())?;
    let mut rows = stmt.raw_query();
    while let Some(r) = rows.next().with_context(|| kind.reading())? {
        let row = (|| -> rusqlite::Result<CaseDue<'_>> {
            let band = r.get_ref(2)?.as_str_or_null()?;
            Ok(CaseDue {
                cell_id: r.get(0)?,
                code: r.get_ref(1)?.as_str()?,
                minor: band
                    .and_then(crate::domain::case::AgeBand::parse)
                    .is_some_and(crate::domain::case::AgeBand::is_minor),
                due: r.get_ref(3)?.as_str()?,
                id: r.get(4)?,
                detail: r.get_ref(5)?.as_str()?,
                second: r.get::<_, i64>(6)? != 0,
            })
        })()
        .with_context(|| kind.reading())?;
        f(&row)?;
    }
    Ok(())
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

/// The seats in force on `date` (one cell or all), handed to `f` one cell at a time (in the
/// order of the cells' ids): a national file's seats are never all in memory at once.
pub fn each_cell_seats(
    conn: &Connection,
    date: &str,
    cell: Option<i64>,
    mut f: impl FnMut(&[DueSeat]) -> Result<()>,
) -> Result<()> {
    let sql = if cell.is_some() { SEATS_CELL } else { SEATS };
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt
        .query(params![date, cell])
        .with_context(|| crate::t!("export-reading-seats"))?;
    let mut mine: Vec<DueSeat> = Vec::new();
    while let Some(r) = rows
        .next()
        .with_context(|| crate::t!("export-reading-seats"))?
    {
        let seat = (|| -> rusqlite::Result<DueSeat> {
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
        })()
        .with_context(|| crate::t!("export-reading-seats"))?;
        if mine.last().is_some_and(|s| s.cell_id != seat.cell_id) {
            f(&mine)?;
            mine.clear();
        }
        mine.push(seat);
    }
    if !mine.is_empty() {
        f(&mine)?;
    }
    Ok(())
}
