//! Cells, the municipalities they cover, organisations, persons and seats.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::db::gate;
use crate::domain::input::Shape;

use crate::domain::composition::SeatView;

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
    gate::required("cell name", c.name)?;
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
    .with_context(|| format!("adding cell {}", c.code))?;
    Ok(conn.last_insert_rowid())
}

pub fn update_cell(conn: &Connection, c: &Cell) -> Result<()> {
    gate::changed(
        conn,
        "cell",
        "name",
        c.id,
        "cell name",
        Shape::Line,
        Some(&c.name),
    )?;
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
    .with_context(|| format!("updating cell {}", c.code))?;
    Ok(())
}

pub fn cells(conn: &Connection) -> Result<Vec<Cell>> {
    let mut stmt = conn.prepare_cached("SELECT * FROM cell ORDER BY code")?;
    let rows = stmt
        .query_map([], cell_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading cells")?;
    Ok(rows)
}

pub fn cell_by_code(conn: &Connection, code: &str) -> Result<Option<Cell>> {
    conn.prepare_cached("SELECT * FROM cell WHERE code = ?1")?
        .query_row(params![code], cell_row)
        .optional()
        .with_context(|| format!("reading cell {code}"))
}

pub fn cell_by_id(conn: &Connection, id: i64) -> Result<Cell> {
    conn.prepare_cached("SELECT * FROM cell WHERE id = ?1")?
        .query_row(params![id], cell_row)
        .with_context(|| format!("reading cell #{id}"))
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
        .with_context(|| format!("reading coverage of {nis}"))?;
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
        .context("reading the cell's municipalities")?;
    Ok(rows)
}

pub fn insert_coverage(conn: &Connection, cell_id: i64, nis: &str, from: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO cell_municipality (cell_id, nis, from_on) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![cell_id, nis, from])
    .with_context(|| format!("adding {nis} to the cell"))?;
    Ok(conn.last_insert_rowid())
}

pub fn end_coverage(conn: &Connection, id: i64, until: &str) -> Result<()> {
    conn.prepare_cached("UPDATE cell_municipality SET until_on = ?2 WHERE id = ?1")?
        .execute(params![id, until])
        .context("ending coverage")?;
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
    Ok(Org {
        id: r.get("id")?,
        name: r.get("name")?,
        sector: r.get("sector")?,
        legal_basis: r.get("legal_basis")?,
    })
}

pub fn insert_org(
    conn: &Connection,
    name: &str,
    sector: &str,
    legal_basis: Option<&str>,
    at: &str,
) -> Result<i64> {
    gate::required("organisation name", name)?;
    gate::opt_text("legal basis", Shape::Line, legal_basis)?;
    conn.prepare_cached(
        "INSERT INTO organisation (name, sector, legal_basis, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![name, sector, legal_basis, at])
    .with_context(|| format!("adding organisation {name:?}"))?;
    Ok(conn.last_insert_rowid())
}

pub fn update_org(conn: &Connection, o: &Org) -> Result<()> {
    gate::changed(
        conn,
        "organisation",
        "name",
        o.id,
        "organisation name",
        Shape::Line,
        Some(&o.name),
    )?;
    gate::changed(
        conn,
        "organisation",
        "legal_basis",
        o.id,
        "legal basis",
        Shape::Line,
        o.legal_basis.as_deref(),
    )?;
    conn.prepare_cached(
        "UPDATE organisation SET name = ?2, sector = ?3, legal_basis = ?4 WHERE id = ?1",
    )?
    .execute(params![o.id, o.name, o.sector, o.legal_basis])
    .with_context(|| format!("updating organisation #{}", o.id))?;
    Ok(())
}

pub fn orgs(conn: &Connection) -> Result<Vec<Org>> {
    let mut stmt = conn.prepare_cached("SELECT * FROM organisation ORDER BY name")?;
    let rows = stmt
        .query_map([], org_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading organisations")?;
    Ok(rows)
}

pub fn org_by_id(conn: &Connection, id: i64) -> Result<Option<Org>> {
    conn.prepare_cached("SELECT * FROM organisation WHERE id = ?1")?
        .query_row(params![id], org_row)
        .optional()
        .context("reading organisation")
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
    Ok(Person {
        id: r.get("id")?,
        name: r.get("name")?,
        email: r.get("email")?,
        phone: r.get("phone")?,
        organisation_id: r.get("organisation_id")?,
        organisation: r.get("org_name")?,
        sector: r.get("org_sector")?,
        secret_holder: r.get::<_, i64>("secret_holder")? != 0,
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
        .context("reading members")?;
    Ok(rows)
}

pub fn person(conn: &Connection, id: i64) -> Result<Option<Person>> {
    conn.prepare_cached(&format!("{PERSON_SELECT} WHERE p.id = ?1"))?
        .query_row(params![id], person_row)
        .optional()
        .context("reading member")
}

pub fn person_by_email(conn: &Connection, email: &str) -> Result<Option<Person>> {
    conn.prepare_cached(&format!("{PERSON_SELECT} WHERE p.email = ?1"))?
        .query_row(params![email], person_row)
        .optional()
        .context("reading member by e-mail")
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
    .with_context(|| format!("adding member {:?}", p.name))?;
    Ok(conn.last_insert_rowid())
}

pub fn update_person(conn: &Connection, p: &Person) -> Result<()> {
    if gate::differs(conn, "person", "name", p.id, &p.name)? {
        gate::person_name(&p.name)?;
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
    .with_context(|| format!("updating member #{}", p.id))?;
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

fn seat_row(r: &Row) -> rusqlite::Result<Seat> {
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
        person: person_row(r)?,
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
        .context("reading seats")?;
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
        .context("reading seats")?;
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

pub fn insert_seat(conn: &Connection, s: &NewSeat) -> Result<i64> {
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
    .context("adding the seat")?;
    Ok(conn.last_insert_rowid())
}

pub fn end_seat(conn: &Connection, seat_id: i64, until: &str) -> Result<()> {
    conn.prepare_cached("UPDATE membership SET until_on = ?2 WHERE id = ?1")?
        .execute(params![seat_id, until])
        .context("ending the seat")?;
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
        .context("reading seats")?;
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
        .context("reading coverage")?;
    Ok(rows)
}
