//! Cells, the municipalities they cover, organisations, persons and seats.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::db::gate;
use crate::domain::input::Shape;

use crate::domain::composition::{self as rules, Holder, SeatView};
use crate::domain::municipality::{Municipality, reference};
use crate::domain::security::{is_local_police, security_service};

#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub established_on: String,
    pub lang: String,
    pub retention_months: i64,
    pub review_weeks: i64,
}

fn cell_row(r: &Row) -> rusqlite::Result<Cell> {
    let r = super::ByName::new(r);
    Ok(Cell {
        id: r.get("id")?,
        code: r.get("code")?,
        name: r.get("name")?,
        established_on: r.get("established_on")?,
        lang: r.get("lang")?,
        retention_months: r.get("retention_months")?,
        review_weeks: r.get("review_weeks")?,
    })
}

pub struct NewCell<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub established_on: &'a str,
    pub lang: &'a str,
    pub retention_months: u32,
    pub review_weeks: u32,
    pub created_at: &'a str,
}

pub fn insert_cell(conn: &Connection, c: &NewCell) -> Result<i64> {
    gate::name(&crate::t!("comp-field-cell-name"), c.name)?;
    conn.prepare_cached(
        "INSERT INTO cell (code, name, established_on, lang, retention_months, review_weeks,
             created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        c.code,
        c.name,
        c.established_on,
        c.lang,
        c.retention_months,
        c.review_weeks,
        c.created_at
    ])
    .with_context(|| crate::t!("comp-ctx-adding-cell", code = c.code))?;
    Ok(conn.last_insert_rowid())
}

/// What [`update_cell`] changed besides the cell's own row.
#[derive(Debug, Default)]
pub struct CellChange {
    /// The new purge dates of the closed and declined cases whose date changed (R11).
    pub purge_dates: Vec<String>,
    /// Coverage periods and seats that began on the old establishment date and moved with it.
    pub moved_coverage: usize,
    pub moved_seats: usize,
}

/// Writes a cell's row. A new retention recomputes the purge date of every closed or declined
/// case of the cell (R11: closure date + months); a new establishment date moves the coverage
/// and seats that began on the old one, and refuses when anything else of the cell (coverage,
/// seats, held meetings) would begin before it.
pub fn update_cell(conn: &Connection, c: &Cell) -> Result<CellChange> {
    gate::changed_name(
        conn,
        "cell",
        "name",
        c.id,
        &crate::t!("comp-field-cell-name"),
        &c.name,
    )?;
    let before = cell_by_id(conn, c.id)?;
    let mut change = CellChange::default();
    if before.established_on != c.established_on {
        move_establishment(conn, &before, &c.established_on, &mut change)?;
    }
    conn.prepare_cached(
        "UPDATE cell SET name = ?2, established_on = ?3, lang = ?4, retention_months = ?5,
             review_weeks = ?6 WHERE id = ?1",
    )?
    .execute(params![
        c.id,
        c.name,
        c.established_on,
        c.lang,
        c.retention_months,
        c.review_weeks
    ])
    .with_context(|| crate::t!("comp-ctx-updating-cell", code = c.code.as_str()))?;
    if before.retention_months != c.retention_months {
        change.purge_dates = recompute_purge_dates(conn, c)?;
    }
    Ok(change)
}

fn move_establishment(
    conn: &Connection,
    cell: &Cell,
    new: &str,
    change: &mut CellChange,
) -> Result<()> {
    let old = cell.established_on.as_str();
    let coverage = coverage_of_cell(conn, cell.id)?;
    let seats = seats(conn, cell.id, None)?;
    let mut periods: Vec<(String, String, Option<String>)> = coverage
        .iter()
        .map(|c| {
            (
                crate::t!("comp-period-coverage", municipality = muni_label(&c.nis)),
                c.from_on.clone(),
                c.until_on.clone(),
            )
        })
        .collect();
    periods.extend(seats.iter().map(|s| {
        (
            crate::t!(
                "comp-period-seat",
                role = crate::i18n::word("role", s.role.as_str()),
                name = s.person.name.as_str(),
                id = s.person_id.to_string()
            ),
            s.from_on.clone(),
            s.until_on.clone(),
        )
    }));
    if new > gate::today()?.as_str() {
        return Err(crate::error::fail_hint(
            crate::t!(
                "comp-establish-future",
                cell = cell.code.as_str(),
                new = new
            ),
            crate::t!("comp-establish-future-hint"),
        ));
    }
    // Nothing of the cell may come before its establishment: a planned or held meeting, a case.
    let earliest: Option<String> = conn
        .prepare_cached(
            "SELECT min(d) FROM (
                 SELECT substr(starts_at, 1, 10) AS d FROM meeting
                  WHERE cell_id = ?1 AND status <> 'cancelled'
                 UNION ALL SELECT opened_on FROM case_file WHERE cell_id = ?1)",
        )?
        .query_row(params![cell.id], |r| r.get(0))?;
    if let Some(first) = earliest
        && first.as_str() < new
    {
        return Err(crate::error::fail_hint(
            crate::t!(
                "comp-establish-after-records",
                cell = cell.code.as_str(),
                first = first.as_str(),
                new = new
            ),
            crate::t!("comp-establish-before-hint", date = first.as_str()),
        ));
    }
    let moved = rules::establishment_move(old, new, &periods)?;
    for i in moved {
        if let Some(c) = coverage.get(i) {
            // Moving the start earlier must not take the municipality from another cell (R1).
            if new < old
                && let Some(other) = coverage_overlapping(conn, &c.nis, new, Some(old))?
                    .into_iter()
                    .find(|o| o.cell_id != cell.id)
            {
                return Err(crate::error::fail_hint(
                    match other.until_on.as_deref() {
                        Some(until) => crate::t!(
                            "comp-establish-covered",
                            municipality = muni_label(&c.nis),
                            other = other.cell_code.as_str(),
                            until = until,
                            cell = cell.code.as_str(),
                            new = new
                        ),
                        None => crate::t!(
                            "comp-establish-covered-today",
                            municipality = muni_label(&c.nis),
                            other = other.cell_code.as_str(),
                            cell = cell.code.as_str(),
                            new = new
                        ),
                    },
                    crate::t!("comp-establish-after-hint", date = old),
                ));
            }
            conn.prepare_cached("UPDATE cell_municipality SET from_on = ?2 WHERE id = ?1")?
                .execute(params![c.id, new])
                .with_context(|| crate::t!("comp-ctx-moving-coverage"))?;
            change.moved_coverage += 1;
        } else if let Some(s) = seats.get(i - coverage.len()) {
            conn.prepare_cached("UPDATE membership SET from_on = ?2 WHERE id = ?1")?
                .execute(params![s.id, new])
                .with_context(|| crate::t!("comp-ctx-moving-seat"))?;
            change.moved_seats += 1;
        }
    }
    Ok(())
}

fn recompute_purge_dates(conn: &Connection, c: &Cell) -> Result<Vec<String>> {
    let months = u32::try_from(c.retention_months).unwrap_or(24);
    let mut stmt = conn.prepare_cached(
        "SELECT id, closed_on, purge_due_on FROM case_file
         WHERE cell_id = ?1 AND status IN ('closed', 'declined')",
    )?;
    let rows = stmt
        .query_map(params![c.id], |r| {
            Ok((
                r.get::<_, i64>("id")?,
                r.get::<_, String>("closed_on")?,
                r.get::<_, String>("purge_due_on")?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-closed-cases"))?;
    let mut changed = Vec::new();
    for (id, closed, due) in rows {
        let closed = chrono::NaiveDate::parse_from_str(&closed, "%Y-%m-%d").with_context(|| {
            crate::t!("comp-ctx-stored-closure-date", date = format!("{closed:?}"))
        })?;
        let new = crate::domain::case::purge_due(closed, months)
            .format("%Y-%m-%d")
            .to_string();
        if new != due {
            conn.prepare_cached("UPDATE case_file SET purge_due_on = ?2 WHERE id = ?1")?
                .execute(params![id, new])
                .with_context(|| crate::t!("comp-ctx-recomputing-purge-date"))?;
            changed.push(new);
        }
    }
    Ok(changed)
}

/// The held meetings of a cell, oldest first: id and date.
pub fn held_meetings(conn: &Connection, cell_id: i64) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, substr(starts_at, 1, 10) AS on_date FROM meeting
         WHERE cell_id = ?1 AND status = 'held' ORDER BY starts_at",
    )?;
    let rows = stmt
        .query_map(params![cell_id], |r| Ok((r.get("id")?, r.get("on_date")?)))?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-held-meetings"))?;
    Ok(rows)
}

fn muni_label(nis: &str) -> String {
    reference()
        .ok()
        .and_then(|r| r.by_nis(nis))
        .map(|m| format!("{} ({nis})", m.display_name()))
        .unwrap_or_else(|| nis.to_string())
}

pub fn cells(conn: &Connection) -> Result<Vec<Cell>> {
    let mut stmt = conn.prepare_cached("SELECT * FROM cell ORDER BY code")?;
    let rows = stmt
        .query_map([], cell_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-cells"))?;
    Ok(rows)
}

pub fn cell_by_code(conn: &Connection, code: &str) -> Result<Option<Cell>> {
    conn.prepare_cached("SELECT * FROM cell WHERE code = ?1")?
        .query_row(params![code], cell_row)
        .optional()
        .with_context(|| crate::t!("comp-ctx-reading-cell", cell = code))
}

pub fn cell_by_id(conn: &Connection, id: i64) -> Result<Cell> {
    conn.prepare_cached("SELECT * FROM cell WHERE id = ?1")?
        .query_row(params![id], cell_row)
        .with_context(|| crate::t!("comp-ctx-reading-cell", cell = id.to_string()))
}

/// A period during which a cell covers a municipality.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    pub id: i64,
    pub cell_id: i64,
    pub cell_code: String,
    pub nis: String,
    pub from_on: String,
    pub until_on: Option<String>,
}

fn coverage_row(r: &Row) -> rusqlite::Result<Coverage> {
    let r = super::ByName::new(r);
    Ok(Coverage {
        id: r.get("id")?,
        cell_id: r.get("cell_id")?,
        cell_code: r.get("code")?,
        nis: r.get("nis")?,
        from_on: r.get("from_on")?,
        until_on: r.get("until_on")?,
    })
}

/// Coverage periods of `nis` (by any cell) that overlap [from, until).
pub fn coverage_overlapping(
    conn: &Connection,
    nis: &str,
    from: &str,
    until: Option<&str>,
) -> Result<Vec<Coverage>> {
    let mut stmt = conn.prepare_cached(
        "SELECT cm.id, cm.cell_id, c.code, cm.nis, cm.from_on, cm.until_on
         FROM cell_municipality cm JOIN cell c ON c.id = cm.cell_id
         WHERE cm.nis = ?1 AND (?3 IS NULL OR cm.from_on < ?3)
           AND (cm.until_on IS NULL OR cm.until_on > ?2)
         ORDER BY cm.from_on",
    )?;
    let rows = stmt
        .query_map(params![nis, from, until], coverage_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-coverage-of", nis = nis))?;
    Ok(rows)
}

/// All coverage periods of a cell, oldest first.
pub fn coverage_of_cell(conn: &Connection, cell_id: i64) -> Result<Vec<Coverage>> {
    let mut stmt = conn.prepare_cached(
        "SELECT cm.id, cm.cell_id, c.code, cm.nis, cm.from_on, cm.until_on
         FROM cell_municipality cm JOIN cell c ON c.id = cm.cell_id
         WHERE cm.cell_id = ?1 ORDER BY cm.from_on, cm.nis",
    )?;
    let rows = stmt
        .query_map(params![cell_id], coverage_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-municipalities"))?;
    Ok(rows)
}

pub fn insert_coverage(conn: &Connection, cell_id: i64, nis: &str, from: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO cell_municipality (cell_id, nis, from_on) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![cell_id, nis, from])
    .with_context(|| crate::t!("comp-ctx-adding-coverage", nis = nis))?;
    Ok(conn.last_insert_rowid())
}

/// Ends a coverage period. Refused while the cell holds open cases of that municipality (R9):
/// move or close them first.
pub fn end_coverage(conn: &Connection, id: i64, until: &str) -> Result<()> {
    let (cell_id, nis): (i64, String) = conn
        .prepare_cached("SELECT cell_id, nis FROM cell_municipality WHERE id = ?1")?
        .query_row(params![id], |r| Ok((r.get("cell_id")?, r.get("nis")?)))
        .with_context(|| crate::t!("comp-ctx-reading-the-coverage"))?;
    let cell = cell_by_id(conn, cell_id)?;
    let open = open_case_codes(conn, cell_id, &nis)?;
    rules::r9_no_open_cases(&cell.code, &muni_label(&nis), &open, until)?;
    conn.prepare_cached("UPDATE cell_municipality SET until_on = ?2 WHERE id = ?1")?
        .execute(params![id, until])
        .with_context(|| crate::t!("comp-ctx-ending-coverage"))?;
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Org {
    pub id: i64,
    pub name: String,
    pub sector: String,
    pub legal_basis: Option<String>,
}

fn org_row(r: &Row) -> rusqlite::Result<Org> {
    let r = super::ByName::new(r);
    Ok(Org {
        id: r.get("id")?,
        name: r.get("name")?,
        sector: r.get("sector")?,
        legal_basis: r.get("legal_basis")?,
    })
}

/// Adds an organisation; a security or intelligence service is refused (R4).
pub fn insert_org(
    conn: &Connection,
    name: &str,
    sector: &str,
    legal_basis: Option<&str>,
    at: &str,
) -> Result<i64> {
    // R4 first: a service's name is refused as such, before the text gate sees a label in it.
    rules::r4_organisation(name, security_service)?;
    gate::name(&crate::t!("comp-field-organisation-name"), name)?;
    gate::opt_text(
        &crate::t!("comp-field-legal-basis-text"),
        Shape::Line,
        legal_basis,
    )?;
    conn.prepare_cached(
        "INSERT INTO organisation (name, sector, legal_basis, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![name, sector, legal_basis, at])
    .with_context(|| crate::t!("comp-ctx-adding-org", name = format!("{name:?}")))?;
    Ok(conn.last_insert_rowid())
}

/// Writes an organisation. A new name or sector passes rule R4 again, for the organisation and
/// for every seat its members hold from `today` on.
pub fn update_org(conn: &Connection, o: &Org, today: &str) -> Result<()> {
    let before = org_by_id(conn, o.id)?;
    let renamed = before
        .as_ref()
        .is_none_or(|b| b.name != o.name || b.sector != o.sector);
    if renamed {
        rules::r4_organisation(&o.name, security_service)?;
        for p in persons_of_org(conn, o.id)? {
            check_seats(conn, &p, o, today)?;
        }
    }
    gate::changed_name(
        conn,
        "organisation",
        "name",
        o.id,
        &crate::t!("comp-field-organisation-name"),
        &o.name,
    )?;
    gate::changed(
        conn,
        "organisation",
        "legal_basis",
        o.id,
        &crate::t!("comp-field-legal-basis-text"),
        Shape::Line,
        o.legal_basis.as_deref(),
    )?;
    let taken: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM organisation WHERE name = ?1 AND id <> ?2)")?
        .query_row(params![o.name, o.id], |r| r.get(0))?;
    if taken {
        return Err(crate::error::fail_hint(
            crate::t!("comp-org-name-taken", name = format!("{:?}", o.name)),
            crate::t!("comp-org-name-taken-hint"),
        ));
    }
    conn.prepare_cached(
        "UPDATE organisation SET name = ?2, sector = ?3, legal_basis = ?4 WHERE id = ?1",
    )?
    .execute(params![o.id, o.name, o.sector, o.legal_basis])
    .with_context(|| crate::t!("comp-ctx-updating-org", id = o.id.to_string()))?;
    if renamed {
        for p in persons_of_org(conn, o.id)? {
            warn_mayor_orgs(conn, p.id, today)?;
        }
    }
    Ok(())
}

pub fn orgs(conn: &Connection) -> Result<Vec<Org>> {
    let mut stmt = conn.prepare_cached("SELECT * FROM organisation ORDER BY name")?;
    let rows = stmt
        .query_map([], org_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-orgs"))?;
    Ok(rows)
}

pub fn org_by_id(conn: &Connection, id: i64) -> Result<Option<Org>> {
    conn.prepare_cached("SELECT * FROM organisation WHERE id = ?1")?
        .query_row(params![id], org_row)
        .optional()
        .with_context(|| crate::t!("comp-ctx-reading-org"))
}

fn persons_of_org(conn: &Connection, org_id: i64) -> Result<Vec<Person>> {
    let mut stmt = conn.prepare_cached(&format!("{PERSON_SELECT} WHERE p.organisation_id = ?1"))?;
    let rows = stmt
        .query_map(params![org_id], person_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-org-members"))?;
    Ok(rows)
}

/// Members of an organisation already called `name` (case, accents and spacing ignored): a
/// second person of the same name and organisation is allowed (two people can share a name) but
/// is worth a warning, since it is more often the same person added twice.
pub fn namesakes(conn: &Connection, org_id: i64, name: &str) -> Result<Vec<Person>> {
    let wanted = crate::domain::text::fold(name);
    Ok(persons_of_org(conn, org_id)?
        .into_iter()
        .filter(|p| crate::domain::text::fold(&p.name) == wanted)
        .collect())
}

/// Rule R4 for every seat `p` holds from `today` on, as a member of `org`.
fn check_seats(conn: &Connection, p: &Person, org: &Org, today: &str) -> Result<()> {
    for s in seats_of_person(conn, p.id)?
        .iter()
        .filter(|s| s.until_on.as_deref().is_none_or(|u| u > today))
    {
        rules::r4_seat(
            Holder {
                person_id: p.id,
                person: &p.name,
                org_id: org.id,
                org: &org.name,
                sector: &org.sector,
            },
            &s.role,
            security_service,
            is_local_police,
        )?;
    }
    Ok(())
}

/// The municipalities a cell covers at some point from `date` on.
fn municipalities_from(
    conn: &Connection,
    cell_id: i64,
    date: &str,
) -> Result<Vec<&'static Municipality>> {
    let refs = reference()?;
    Ok(coverage_of_cell(conn, cell_id)?
        .iter()
        .filter(|c| c.until_on.as_deref().is_none_or(|u| u > date))
        .filter_map(|c| refs.by_nis(&c.nis))
        .collect())
}

/// Joint cells: warns when a mayor seat of `person_id` in force from `today` on is held by a
/// member of an organisation named after another municipality of the cell.
fn warn_mayor_orgs(conn: &Connection, person_id: i64, today: &str) -> Result<()> {
    for s in seats_of_person(conn, person_id)?
        .iter()
        .filter(|s| s.role == "mayor" && s.until_on.as_deref().is_none_or(|u| u > today))
    {
        let from = if s.from_on.as_str() > today {
            s.from_on.as_str()
        } else {
            today
        };
        warn_mayor_seat(conn, s.cell_id, &s.person, s.nis.as_deref(), from)?;
    }
    Ok(())
}

fn warn_mayor_seat(
    conn: &Connection,
    cell_id: i64,
    p: &Person,
    nis: Option<&str>,
    from: &str,
) -> Result<()> {
    let Some(nis) = nis else { return Ok(()) };
    let munis = municipalities_from(conn, cell_id, from)?;
    if let Some(w) = rules::mayor_org_mismatch(&p.organisation, &p.sector, nis, &munis) {
        gate::warn(format!("{} (#{}): {w}", p.name, p.id));
    }
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub organisation_id: i64,
    pub organisation: String,
    pub sector: String,
    pub secret_holder: bool,
    pub declaration_signed_on: Option<String>,
    pub declaration_valid_until: Option<String>,
    pub clearance_confirmed_on: Option<String>,
}

const PERSON_SELECT: &str = "SELECT p.*, o.name AS org_name, o.sector AS org_sector
     FROM person p JOIN organisation o ON o.id = p.organisation_id";

fn person_row(r: &Row) -> rusqlite::Result<Person> {
    let r = super::ByName::new(r);
    Ok(Person {
        id: r.get("id")?,
        name: r.get("name")?,
        email: r.get("email")?,
        phone: r.get("phone")?,
        organisation_id: r.get("organisation_id")?,
        organisation: r.get("org_name")?,
        sector: r.get("org_sector")?,
        secret_holder: r.get::<i64>("secret_holder")? != 0,
        declaration_signed_on: r.get("declaration_signed_on")?,
        declaration_valid_until: r.get("declaration_valid_until")?,
        clearance_confirmed_on: r.get("clearance_confirmed_on")?,
    })
}

pub fn persons(conn: &Connection) -> Result<Vec<Person>> {
    let mut stmt = conn.prepare_cached(&format!("{PERSON_SELECT} ORDER BY p.name, p.id"))?;
    let rows = stmt
        .query_map([], person_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-members"))?;
    Ok(rows)
}

pub fn person(conn: &Connection, id: i64) -> Result<Option<Person>> {
    conn.prepare_cached(&format!("{PERSON_SELECT} WHERE p.id = ?1"))?
        .query_row(params![id], person_row)
        .optional()
        .with_context(|| crate::t!("comp-ctx-reading-member"))
}

pub fn person_by_email(conn: &Connection, email: &str) -> Result<Option<Person>> {
    conn.prepare_cached(&format!("{PERSON_SELECT} WHERE p.email = ?1"))?
        .query_row(params![email], person_row)
        .optional()
        .with_context(|| crate::t!("comp-ctx-reading-member-by-email"))
}

pub struct NewPerson<'a> {
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub organisation_id: i64,
    pub secret_holder: bool,
    pub created_at: &'a str,
}

pub fn insert_person(conn: &Connection, p: &NewPerson) -> Result<i64> {
    gate::person_name(p.name)?;
    gate::contact("--email", p.email)?;
    gate::contact("--phone", p.phone)?;
    conn.prepare_cached(
        "INSERT INTO person (name, email, phone, organisation_id, secret_holder, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        p.name,
        p.email,
        p.phone,
        p.organisation_id,
        p.secret_holder as i64,
        p.created_at
    ])
    .with_context(|| crate::t!("comp-ctx-adding-member", name = format!("{:?}", p.name)))?;
    Ok(conn.last_insert_rowid())
}

/// Writes a person. Dates judged on `today` (the clock's): a confidentiality declaration is
/// not signed and a clearance not confirmed in the future. A new organisation passes rule R4
/// for every seat the person holds from `today` on.
pub fn update_person(conn: &Connection, p: &Person, today: &str) -> Result<()> {
    if gate::differs(conn, "person", "name", p.id, &p.name)? {
        gate::person_name(&p.name)?;
    }
    for (column, field, value) in [
        ("email", "--email", p.email.as_deref()),
        ("phone", "--phone", p.phone.as_deref()),
    ] {
        if let Some(v) = value
            && gate::differs(conn, "person", column, p.id, v)?
        {
            gate::contact(field, Some(v))?;
        }
    }
    let before = person(conn, p.id)?;
    let was = |f: fn(&Person) -> Option<&String>| before.as_ref().and_then(f).cloned();
    for (declaration, value, old, flag) in [
        (
            true,
            p.declaration_signed_on.as_ref(),
            was(|b| b.declaration_signed_on.as_ref()),
            "--signed",
        ),
        (
            false,
            p.clearance_confirmed_on.as_ref(),
            was(|b| b.clearance_confirmed_on.as_ref()),
            "--confirmed",
        ),
    ] {
        if let Some(v) = value
            && Some(v) != old.as_ref()
            && v.as_str() > today
        {
            let message = if declaration {
                crate::t!("comp-declaration-future", date = v.as_str(), today = today)
            } else {
                crate::t!("comp-clearance-future", date = v.as_str(), today = today)
            };
            return Err(crate::error::fail_hint(
                message,
                crate::t!("comp-date-future-hint", flag = flag),
            ));
        }
    }
    let new_org = before
        .as_ref()
        .is_none_or(|b| b.organisation_id != p.organisation_id);
    if new_org {
        let org = org_by_id(conn, p.organisation_id)?
            .with_context(|| crate::t!("comp-ctx-no-org", id = p.organisation_id.to_string()))?;
        rules::r4_organisation(&org.name, security_service)?;
        check_seats(conn, p, &org, today)?;
    }
    conn.prepare_cached(
        "UPDATE person SET name = ?2, email = ?3, phone = ?4, organisation_id = ?5,
             secret_holder = ?6, declaration_signed_on = ?7, declaration_valid_until = ?8,
             clearance_confirmed_on = ?9
         WHERE id = ?1",
    )?
    .execute(params![
        p.id,
        p.name,
        p.email,
        p.phone,
        p.organisation_id,
        p.secret_holder as i64,
        p.declaration_signed_on,
        p.declaration_valid_until,
        p.clearance_confirmed_on
    ])
    .with_context(|| crate::t!("comp-ctx-updating-member", id = p.id.to_string()))?;
    if new_org {
        warn_mayor_orgs(conn, p.id, today)?;
    }
    Ok(())
}

/// A seat with its holder.
#[derive(Debug, Clone, Serialize)]
pub struct Seat {
    pub id: i64,
    pub cell_id: i64,
    pub person_id: i64,
    pub role: String,
    pub nis: Option<String>,
    pub from_on: String,
    pub until_on: Option<String>,
    pub invited_by: Option<i64>,
    pub invited_on: Option<String>,
    pub person: Person,
}

impl Seat {
    pub fn view(&self) -> SeatView {
        SeatView {
            person_id: self.person_id,
            name: self.person.name.clone(),
            organisation: self.person.organisation.clone(),
            sector: self.person.sector.clone(),
            role: self.role.clone(),
            nis: self.nis.clone(),
            declaration_signed_on: self.person.declaration_signed_on.clone(),
            declaration_valid_until: self.person.declaration_valid_until.clone(),
            clearance_confirmed_on: self.person.clearance_confirmed_on.clone(),
            invited_by: self.invited_by,
        }
    }

    pub fn active_on(&self, date: &str) -> bool {
        self.from_on.as_str() <= date && self.until_on.as_deref().is_none_or(|u| date < u)
    }
}

fn seat_row(row: &Row) -> rusqlite::Result<Seat> {
    let r = super::ByName::new(row);
    Ok(Seat {
        id: r.get("m_id")?,
        cell_id: r.get("cell_id")?,
        person_id: r.get("person_id")?,
        role: r.get("role")?,
        nis: r.get("nis")?,
        from_on: r.get("from_on")?,
        until_on: r.get("until_on")?,
        invited_by: r.get("invited_by")?,
        invited_on: r.get("invited_on")?,
        person: person_row(row)?,
    })
}

const SEAT_SELECT: &str = "SELECT m.id AS m_id, m.cell_id, m.person_id, m.role, m.nis,
         m.from_on, m.until_on, m.invited_by, m.invited_on,
         p.*, o.name AS org_name, o.sector AS org_sector
     FROM membership m
     JOIN person p ON p.id = m.person_id
     JOIN organisation o ON o.id = p.organisation_id";

/// Seats of a cell; with `on`, only those in force on that date.
pub fn seats(conn: &Connection, cell_id: i64, on: Option<&str>) -> Result<Vec<Seat>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SEAT_SELECT}
         WHERE m.cell_id = ?1
           AND (?2 IS NULL OR (m.from_on <= ?2 AND (m.until_on IS NULL OR m.until_on > ?2)))
         ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'mayor' THEN 1 WHEN 'io' THEN 2
             WHEN 'prevention' THEN 3 WHEN 'partner' THEN 4 WHEN 'ad_hoc' THEN 5 ELSE 6 END,
             p.name, m.from_on"
    ))?;
    let rows = stmt
        .query_map(params![cell_id, on], seat_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-seats"))?;
    Ok(rows)
}

/// Every seat of one person, in any cell.
pub fn seats_of_person(conn: &Connection, person_id: i64) -> Result<Vec<Seat>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SEAT_SELECT} WHERE m.person_id = ?1 ORDER BY m.from_on, m.id"
    ))?;
    let rows = stmt
        .query_map(params![person_id], seat_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-seats"))?;
    Ok(rows)
}

pub struct NewSeat<'a> {
    pub cell_id: i64,
    pub person_id: i64,
    pub role: &'a str,
    pub nis: Option<&'a str>,
    pub from_on: &'a str,
    pub until_on: Option<&'a str>,
    pub invited_by: Option<i64>,
    pub invited_on: Option<&'a str>,
}

/// Adds a seat. Its holder passes rule R4 for its role; in a joint cell a mayor seat held by a
/// member of another municipality's organisation is warned about.
pub fn insert_seat(conn: &Connection, s: &NewSeat) -> Result<i64> {
    let p = person(conn, s.person_id)?
        .with_context(|| crate::t!("comp-ctx-no-member", id = s.person_id.to_string()))?;
    rules::r4_seat(
        Holder {
            person_id: p.id,
            person: &p.name,
            org_id: p.organisation_id,
            org: &p.organisation,
            sector: &p.sector,
        },
        s.role,
        security_service,
        is_local_police,
    )?;
    if s.role == "mayor" {
        warn_mayor_seat(conn, s.cell_id, &p, s.nis, s.from_on)?;
    }
    conn.prepare_cached(
        "INSERT INTO membership (cell_id, person_id, role, nis, from_on, until_on, invited_by,
             invited_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        s.cell_id,
        s.person_id,
        s.role,
        s.nis,
        s.from_on,
        s.until_on,
        s.invited_by,
        s.invited_on
    ])
    .with_context(|| crate::t!("comp-ctx-adding-seat"))?;
    Ok(conn.last_insert_rowid())
}

/// Ends a seat on `until`. Refused when the seat was in force at a meeting held on or after
/// that day (R2: a held meeting's composition is fixed); warns when the cell is left without
/// what rule R2 asks for (a chair who is a mayor, an IO, a prevention official).
pub fn end_seat(conn: &Connection, seat_id: i64, until: &str) -> Result<()> {
    let s = conn
        .prepare_cached(&format!("{SEAT_SELECT} WHERE m.id = ?1"))?
        .query_row(params![seat_id], seat_row)
        .with_context(|| crate::t!("comp-ctx-reading-seat", id = seat_id.to_string()))?;
    rules::r2_keeps_held_meetings(
        &s.role,
        &s.from_on,
        s.until_on.as_deref(),
        until,
        &held_meetings(conn, s.cell_id)?,
    )?;
    // Who is recorded present at a meeting held a seat that day: after ending this seat, the
    // member must still hold one on the date of every meeting they are recorded present at.
    let stranded: Option<(i64, String)> = conn
        .prepare_cached(
            "SELECT m.id, substr(m.starts_at, 1, 10) FROM attendance a
               JOIN meeting m ON m.id = a.meeting_id
              WHERE a.person_id = ?1 AND m.cell_id = ?2 AND m.status <> 'cancelled'
                AND a.status = 'present' AND substr(m.starts_at, 1, 10) >= ?3
                AND NOT EXISTS (
                    SELECT 1 FROM membership o WHERE o.person_id = ?1 AND o.cell_id = ?2
                       AND o.id <> ?4 AND o.from_on <= substr(m.starts_at, 1, 10)
                       AND (o.until_on IS NULL OR o.until_on > substr(m.starts_at, 1, 10)))
              ORDER BY m.starts_at LIMIT 1",
        )?
        .query_row(params![s.person_id, s.cell_id, until, seat_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    if let Some((meeting, date)) = stranded {
        return Err(crate::error::fail_hint(
            crate::t!(
                "comp-seat-end-present",
                name = s.person.name.as_str(),
                id = s.person_id.to_string(),
                meeting = meeting.to_string(),
                date = date.as_str(),
                until = until
            ),
            crate::t!(
                "comp-seat-end-present-hint",
                date = date.as_str(),
                meeting = meeting.to_string(),
                id = s.person_id.to_string()
            ),
        ));
    }
    let before = r2_errors(conn, s.cell_id, until)?;
    conn.prepare_cached("UPDATE membership SET until_on = ?2 WHERE id = ?1")?
        .execute(params![seat_id, until])
        .with_context(|| crate::t!("comp-ctx-ending-seat"))?;
    let cell = cell_by_id(conn, s.cell_id)?;
    for e in r2_errors(conn, s.cell_id, until)? {
        if !before.contains(&e) {
            gate::warn(crate::t!(
                "comp-seat-end-breaks-r2",
                until = until,
                cell = cell.code.as_str(),
                problem = e.as_str()
            ));
        }
    }
    Ok(())
}

/// The rule R2 errors of a cell on `date`.
fn r2_errors(conn: &Connection, cell_id: i64, date: &str) -> Result<Vec<String>> {
    let refs = reference()?;
    let munis: Vec<(String, String)> = coverage_of_cell(conn, cell_id)?
        .into_iter()
        .filter(|c| c.from_on.as_str() <= date && c.until_on.as_deref().is_none_or(|u| date < u))
        .map(|c| {
            let name = refs
                .by_nis(&c.nis)
                .map(Municipality::display_name)
                .unwrap_or_else(|| c.nis.clone());
            (c.nis, name)
        })
        .collect();
    let views: Vec<SeatView> = seats(conn, cell_id, Some(date))?
        .iter()
        .map(Seat::view)
        .collect();
    Ok(rules::check(date, &munis, &views, security_service)
        .into_iter()
        .filter(|f| f.rule == "R2" && f.status == rules::Status::Error)
        .map(|f| f.detail.text)
        .collect())
}

/// Codes of the open cases (not closed or declined) a cell holds in one municipality.
pub fn open_case_codes(conn: &Connection, cell_id: i64, nis: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT code FROM case_file
         WHERE cell_id = ?1 AND nis = ?2 AND status NOT IN ('closed', 'declined')
         ORDER BY opened_on, code",
    )?;
    let rows = stmt
        .query_map(params![cell_id, nis], |r| r.get("code"))?
        .collect::<rusqlite::Result<Vec<String>>>()
        .with_context(|| crate::t!("comp-ctx-reading-open-cases"))?;
    Ok(rows)
}

/// Moves a case to another cell with its history: the journal, actions and forms follow the
/// case by its id; the referrals carry the cell too. Meetings stay with the cell that held them.
pub fn move_case(conn: &Connection, case_id: i64, to_cell: i64) -> Result<()> {
    conn.prepare_cached("UPDATE case_file SET cell_id = ?2 WHERE id = ?1")?
        .execute(params![case_id, to_cell])
        .with_context(|| crate::t!("comp-ctx-moving-case"))?;
    conn.prepare_cached("UPDATE referral SET cell_id = ?2 WHERE case_id = ?1")?
        .execute(params![case_id, to_cell])
        .with_context(|| crate::t!("comp-ctx-moving-referrals"))?;
    Ok(())
}

/// Every seat of every cell in force on `date` (for whole-file reminders).
pub fn all_seats(conn: &Connection, date: &str) -> Result<Vec<Seat>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SEAT_SELECT}
         WHERE m.from_on <= ?1 AND (m.until_on IS NULL OR m.until_on > ?1)
         ORDER BY m.cell_id, p.name"
    ))?;
    let rows = stmt
        .query_map(params![date], seat_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-seats"))?;
    Ok(rows)
}

/// Every coverage period of every cell.
pub fn all_coverage(conn: &Connection) -> Result<Vec<Coverage>> {
    let mut stmt = conn.prepare_cached(
        "SELECT cm.id, cm.cell_id, c.code, cm.nis, cm.from_on, cm.until_on
         FROM cell_municipality cm JOIN cell c ON c.id = cm.cell_id ORDER BY cm.from_on, cm.nis",
    )?;
    let rows = stmt
        .query_map([], coverage_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("comp-ctx-reading-coverage"))?;
    Ok(rows)
}
