//! `livcr member add|list|show|edit|end|declare|clearance`.

use anyhow::Result;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::cli::{MemberAdd, MemberCmd, Role};
use crate::commands::lookup;
use crate::context::{Ctx, begin};
use crate::db::composition::{self as comp, Cell, NewPerson, NewSeat, Person, Seat};
use crate::domain::composition as rules;
use crate::domain::municipality;
use crate::domain::security::{is_local_police, security_service};
use crate::error::{fail, fail_hint};
use crate::output::Format;
use crate::prompt;

pub fn run(ctx: &mut Ctx, cmd: MemberCmd) -> Result<u8> {
    match cmd {
        MemberCmd::Add(a) => add(ctx, a),
        MemberCmd::List { role, all } => list(ctx, role, all),
        MemberCmd::Show { member } => show(ctx, &member),
        MemberCmd::Edit {
            member,
            name,
            email,
            phone,
            org,
            secret_holder,
        } => edit(ctx, &member, name, email, phone, org, secret_holder),
        MemberCmd::End { member, on, role } => end(ctx, &member, on.as_deref(), role),
        MemberCmd::Declare {
            member,
            signed,
            valid_until,
        } => declare(ctx, &member, &signed, valid_until.as_deref()),
        MemberCmd::Clearance { member, confirmed } => clearance(ctx, &member, &confirmed),
    }
}

fn check_email(email: &str) -> Result<String> {
    let e = email.trim();
    let ok = match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !e.contains(char::is_whitespace)
        }
        None => false,
    };
    if ok {
        Ok(e.to_string())
    } else {
        Err(fail_hint(
            crate::t!("comp-email-invalid", email = format!("{e:?}")),
            crate::t!("comp-email-invalid-hint"),
        ))
    }
}

fn check_phone(phone: &str) -> Result<String> {
    let p = phone.trim();
    let digits = p.chars().filter(char::is_ascii_digit).count();
    let ok = (8..=15).contains(&digits)
        && p.chars()
            .all(|c| c.is_ascii_digit() || " +/.-()".contains(c));
    if ok {
        Ok(p.to_string())
    } else {
        Err(fail_hint(
            crate::t!("comp-phone-invalid", phone = format!("{p:?}")),
            crate::t!("comp-phone-invalid-hint"),
        ))
    }
}

fn clean_name(name: &str) -> Result<String> {
    let n = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if n.is_empty() {
        return Err(fail(crate::t!("comp-member-name-empty")));
    }
    Ok(n)
}

/// Seats of `person_id` in `cell` in force on `date`.
fn seats_on(conn: &Connection, cell: &Cell, person_id: i64, date: &str) -> Result<Vec<Seat>> {
    Ok(comp::seats(conn, cell.id, Some(date))?
        .into_iter()
        .filter(|s| s.person_id == person_id)
        .collect())
}

/// Seats of the cell with `role` that are in force at some point from `from` on.
fn seats_from(conn: &Connection, cell: &Cell, role: &str, from: &str) -> Result<Vec<Seat>> {
    Ok(comp::seats(conn, cell.id, None)?
        .into_iter()
        .filter(|s| s.role == role && s.until_on.as_deref().is_none_or(|u| u > from))
        .collect())
}

fn add(ctx: &mut Ctx, mut a: MemberAdd) -> Result<u8> {
    let mut conn = ctx.open()?;
    if ctx.interactive() {
        if a.name.is_none() {
            a.name = Some(prompt::text(&crate::t!("comp-prompt-member-name"), false)?);
        }
        if a.org.is_none() {
            let orgs = comp::orgs(&conn)?;
            if orgs.is_empty() {
                return Err(fail_hint(
                    crate::t!("comp-no-org-yet"),
                    crate::t!("comp-no-org-yet-hint"),
                ));
            }
            let items: Vec<String> = orgs
                .iter()
                .map(|o| format!("{} ({})", o.name, o.sector))
                .collect();
            a.org = Some(
                orgs[prompt::select(&crate::t!("comp-prompt-member-org"), &items)?]
                    .id
                    .to_string(),
            );
        }
        if a.role.is_none() {
            let all = <Role as clap::ValueEnum>::value_variants();
            let items: Vec<String> = all.iter().map(|r| r.as_str().to_string()).collect();
            a.role = Some(all[prompt::select(&crate::t!("comp-prompt-member-role"), &items)?]);
        }
        if a.role == Some(Role::Mayor) && a.municipality.is_none() {
            a.municipality = Some(
                prompt::municipality(&crate::t!("comp-prompt-member-municipality"))?
                    .nis
                    .to_string(),
            );
        }
        while a.email.is_none() {
            let e = prompt::text(&crate::t!("comp-prompt-member-email"), true)?;
            if e.is_empty() {
                break;
            }
            match check_email(&e) {
                Ok(e) => a.email = Some(e),
                Err(err) => eprintln!(
                    "{}",
                    crate::t!("comp-email-try-again", error = err.to_string())
                ),
            }
        }
    }
    let mut missing = Vec::new();
    if a.name.is_none() {
        missing.push(crate::t!("comp-missing-name"));
    }
    if a.org.is_none() {
        missing.push("--org".to_string());
    }
    if a.role.is_none() {
        missing.push("--role".to_string());
    }
    if a.role == Some(Role::Mayor) && a.municipality.is_none() {
        missing.push(crate::t!("comp-missing-mayor-municipality"));
    }
    let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
    let (Some(name), Some(org_ref), Some(role)) = (a.name.clone(), a.org.clone(), a.role) else {
        return Err(lookup::missing(&missing));
    };
    if !missing.is_empty() {
        return Err(lookup::missing(&missing));
    }
    let name = clean_name(&name)?;
    let email = a.email.as_deref().map(check_email).transpose()?;
    let phone = a.phone.as_deref().map(check_phone).transpose()?;
    let from = lookup::date_or_today(ctx, a.from.as_deref())?;
    let muni = match (&a.municipality, role) {
        (Some(m), Role::Mayor) => {
            let found = municipality::resolve(m)?;
            if let Some(note) = &found.note {
                ctx.out.note(note)?;
            }
            Some(found.municipality)
        }
        (Some(_), _) => {
            return Err(fail_hint(
                crate::t!(
                    "comp-municipality-not-mayor",
                    role = crate::i18n::word("role", role.as_str())
                ),
                crate::t!("comp-municipality-not-mayor-hint"),
            ));
        }
        (None, _) => None,
    };
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let org = lookup::org(&tx, &org_ref)?;

    // R4, checked early for a clear message; the seat's writer checks it again.
    rules::r4_seat(
        rules::Holder {
            person_id: 0,
            person: &name,
            org_id: org.id,
            org: &org.name,
            sector: &org.sector,
        },
        role.as_str(),
        security_service,
        is_local_police,
    )?;

    // The person: an existing one found by e-mail gets the extra seat.
    let existing = match &email {
        Some(e) => comp::person_by_email(&tx, e)?,
        None => None,
    };
    if let Some(p) = &existing
        && p.organisation_id != org.id
    {
        return Err(fail_hint(
            crate::t!(
                "comp-member-other-org",
                name = p.name.as_str(),
                email = p.email.as_deref().unwrap_or_default(),
                org = p.organisation.as_str(),
                wanted = org.name.as_str()
            ),
            crate::t!("comp-member-other-org-hint", id = p.id.to_string()),
        ));
    }

    // Seat rules.
    // A mayor seat lasts as long as the cell covers the municipality.
    let mut seat_until: Option<String> = None;
    if let Some(m) = muni {
        let coverage = comp::coverage_of_cell(&tx, cell.id)?.into_iter().find(|c| {
            c.nis == m.nis
                && c.from_on.as_str() <= from.as_str()
                && c.until_on.as_deref().is_none_or(|u| from.as_str() < u)
        });
        seat_until = coverage.as_ref().and_then(|c| c.until_on.clone());
        if coverage.is_none() {
            return Err(fail_hint(
                crate::t!(
                    "comp-cell-not-covering",
                    cell = cell.code.as_str(),
                    municipality = m.display_name(),
                    nis = m.nis,
                    date = from.as_str()
                ),
                crate::t!(
                    "comp-mayor-not-covered-hint",
                    cell = cell.code.as_str(),
                    nis = m.nis
                ),
            ));
        }
        if let Some(other) = seats_from(&tx, &cell, "mayor", &from)?
            .into_iter()
            .find(|s| s.nis.as_deref() == Some(m.nis))
        {
            return Err(fail_hint(
                crate::t!(
                    "comp-mayor-seat-taken",
                    municipality = m.display_name(),
                    nis = m.nis,
                    name = other.person.name.as_str(),
                    id = other.person_id.to_string(),
                    from = other.from_on.as_str()
                ),
                crate::t!(
                    "comp-mayor-seat-taken-hint",
                    id = other.person_id.to_string()
                ),
            ));
        }
    }
    if role == Role::Chair {
        let is_mayor = existing.as_ref().is_some_and(|p| {
            seats_on(&tx, &cell, p.id, &from)
                .map(|s| s.iter().any(|x| x.role == "mayor"))
                .unwrap_or(false)
        });
        if !is_mayor {
            return Err(fail_hint(
                crate::t!(
                    "comp-chair-not-mayor",
                    cell = cell.code.as_str(),
                    date = from.as_str()
                ),
                crate::t!("comp-chair-not-mayor-hint"),
            ));
        }
        if let Some(other) = seats_from(&tx, &cell, "chair", &from)?.into_iter().next() {
            return Err(fail_hint(
                crate::t!(
                    "comp-chair-taken",
                    cell = cell.code.as_str(),
                    name = other.person.name.as_str(),
                    id = other.person_id.to_string(),
                    from = other.from_on.as_str()
                ),
                crate::t!("comp-chair-taken-hint", id = other.person_id.to_string()),
            ));
        }
    }
    if let Some(p) = &existing
        && seats_on(&tx, &cell, p.id, &from)?
            .iter()
            .any(|s| s.role == role.as_str() && s.nis.as_deref() == muni.map(|m| m.nis))
    {
        return Err(fail(crate::t!(
            "comp-seat-held-already",
            name = p.name.as_str(),
            id = p.id.to_string(),
            role = crate::i18n::word("role", role.as_str()),
            cell = cell.code.as_str()
        )));
    }
    let mut warnings = Vec::new();
    let invited_by = match (&a.invited_by, role) {
        (Some(r), Role::Partner | Role::AdHoc) => {
            let inviter = lookup::member(&tx, r)?;
            let ok = seats_on(&tx, &cell, inviter.id, &from)?
                .iter()
                .any(|s| s.role == "mayor" || s.role == "chair");
            if !ok {
                return Err(fail_hint(
                    crate::t!(
                        "comp-inviter-not-mayor",
                        name = inviter.name.as_str(),
                        id = inviter.id.to_string(),
                        cell = cell.code.as_str(),
                        date = from.as_str()
                    ),
                    crate::t!("comp-inviter-not-mayor-hint"),
                ));
            }
            Some(inviter.id)
        }
        (Some(_), _) => {
            return Err(fail_hint(
                crate::t!(
                    "comp-invited-by-role",
                    role = crate::i18n::word("role", role.as_str())
                ),
                crate::t!("comp-invited-by-role-hint"),
            ));
        }
        (None, Role::Partner | Role::AdHoc) => {
            warnings.push(crate::t!("comp-no-inviter"));
            None
        }
        (None, _) => None,
    };
    let invited_on = match (&a.invited_on, invited_by) {
        (Some(d), Some(_)) => Some(lookup::date(ctx, d)?),
        (None, Some(_)) => Some(from.clone()),
        (Some(_), None) => {
            return Err(fail(crate::t!("comp-invited-on-needs-by")));
        }
        (None, None) => None,
    };

    if existing.is_none() {
        let same = comp::namesakes(&tx, org.id, &name)?;
        if !same.is_empty() {
            let list: Vec<String> = same
                .iter()
                .map(|p| {
                    format!(
                        "{} (#{}, {})",
                        p.name,
                        p.id,
                        p.email
                            .clone()
                            .unwrap_or_else(|| crate::t!("comp-no-email"))
                    )
                })
                .collect();
            let id = match same.as_slice() {
                [one] => one.id.to_string(),
                _ => "ID".to_string(),
            };
            warnings.push(crate::t!(
                "comp-namesake",
                org = org.name.as_str(),
                members = list.join(", "),
                id = id
            ));
        }
    }

    let stamp = ctx.clock.stamp();
    let (person_id, created) = match &existing {
        Some(p) => {
            if a.secret_holder && !p.secret_holder {
                let mut q = p.clone();
                q.secret_holder = true;
                comp::update_person(&tx, &q, &lookup::iso(ctx.clock.today))?;
            }
            (p.id, false)
        }
        None => (
            comp::insert_person(
                &tx,
                &NewPerson {
                    name: &name,
                    email: email.as_deref(),
                    phone: phone.as_deref(),
                    organisation_id: org.id,
                    secret_holder: a.secret_holder,
                    created_at: &stamp,
                },
            )?,
            true,
        ),
    };
    let seat_id = comp::insert_seat(
        &tx,
        &NewSeat {
            cell_id: cell.id,
            person_id,
            role: role.as_str(),
            nis: muni.map(|m| m.nis),
            from_on: &from,
            until_on: seat_until.as_deref(),
            invited_by,
            invited_on: invited_on.as_deref(),
        },
    )?;
    if created {
        ctx.audit(
            &tx,
            "add",
            "person",
            &person_id.to_string(),
            &format!("member added, organisation {}", org.id), // i18n-ok: stored
        )?;
    }
    ctx.audit(
        &tx,
        "add",
        "membership",
        &seat_id.to_string(),
        &format!(
            // i18n-ok: stored (the audit log)
            "seat {}{} for member {person_id} in cell {} from {from}",
            role.as_str(),
            muni.map(|m| format!(" ({})", m.nis)).unwrap_or_default(),
            cell.code
        ),
    )?;
    let person =
        comp::person(&tx, person_id)?.ok_or_else(|| fail(crate::t!("comp-member-vanished")))?;
    tx.commit()?;

    let id = person_id.to_string();
    ctx.out.done(&match (created, muni) {
        (true, Some(m)) => crate::t!(
            "comp-member-added-for",
            name = person.name.as_str(),
            id = id.as_str(),
            role = crate::i18n::word("role", role.as_str()),
            cell = cell.code.as_str(),
            municipality = m.display_name()
        ),
        (true, None) => crate::t!(
            "comp-member-added",
            name = person.name.as_str(),
            id = id.as_str(),
            role = crate::i18n::word("role", role.as_str()),
            cell = cell.code.as_str()
        ),
        (false, Some(m)) => crate::t!(
            "comp-member-seat-given-for",
            name = person.name.as_str(),
            id = id.as_str(),
            role = crate::i18n::word("role", role.as_str()),
            cell = cell.code.as_str(),
            municipality = m.display_name()
        ),
        (false, None) => crate::t!(
            "comp-member-seat-given",
            name = person.name.as_str(),
            id = id.as_str(),
            role = crate::i18n::word("role", role.as_str()),
            cell = cell.code.as_str()
        ),
    })?;
    if let Some(u) = &seat_until {
        ctx.out
            .note(&crate::t!("comp-mayor-seat-until-note", date = u.as_str()))?;
    }
    if !created && person.name != name {
        ctx.out.note(&crate::t!(
            "comp-matched-by-email-note",
            given = format!("{name:?}"),
            name = person.name.as_str()
        ))?;
    }
    for w in warnings {
        ctx.out.warn(&w)?;
    }
    if person.email.is_none() {
        ctx.out.note(&crate::t!(
            "comp-no-email-note",
            name = person.name.as_str(),
            id = id.as_str()
        ))?;
    }
    if role == Role::Io && person.clearance_confirmed_on.is_none() {
        ctx.out
            .warn(&crate::t!("comp-io-no-clearance-warning", id = id.as_str()))?;
    }
    if person.declaration_signed_on.is_none() {
        ctx.out
            .note(&crate::t!("comp-no-declaration-note", id = id.as_str()))?;
    }
    ctx.out.value(
        &json!({"member_id": person_id, "seat_id": seat_id}),
        &person_id.to_string(),
    )?;
    Ok(0)
}

fn list(ctx: &mut Ctx, role: Option<Role>, all: bool) -> Result<u8> {
    let conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let today = lookup::iso(ctx.clock.today);
    let seats = comp::seats(&conn, cell.id, if all { None } else { Some(&today) })?;
    let rows: Vec<Vec<Value>> = seats
        .iter()
        .filter(|s| role.is_none_or(|r| s.role == r.as_str()))
        .map(|s| {
            vec![
                s.person_id.into(),
                s.person.name.clone().into(),
                s.person.organisation.clone().into(),
                s.role.clone().into(),
                s.nis.clone().into(),
                s.nis
                    .as_deref()
                    .map(crate::commands::case::muni_name)
                    .into(),
                s.from_on.clone().into(),
                s.until_on.clone().into(),
                s.person.email.clone().into(),
                s.person.declaration_signed_on.clone().into(),
                s.person.declaration_valid_until.clone().into(),
                s.person.clearance_confirmed_on.clone().into(),
                Value::Bool(s.person.secret_holder),
            ]
        })
        .collect();
    ctx.out.list(
        &[
            "id",
            "name",
            "organisation",
            "role",
            "municipality_nis",
            "municipality",
            "from_on",
            "until_on",
            "email",
            "declaration_signed_on",
            "declaration_valid_until",
            "clearance_confirmed_on",
            "secret_holder",
        ],
        &rows,
    )?;
    Ok(0)
}

fn show(ctx: &mut Ctx, member: &str) -> Result<u8> {
    let conn = ctx.open()?;
    let p = lookup::member(&conn, member)?;
    let seats = comp::seats_of_person(&conn, p.id)?;
    let cells: Vec<String> = seats
        .iter()
        .map(|s| comp::cell_by_id(&conn, s.cell_id).map(|c| c.code))
        .collect::<Result<_>>()?;
    let today = lookup::iso(ctx.clock.today);
    let seat_rows: Vec<Vec<Value>> = seats
        .iter()
        .zip(&cells)
        .map(|(s, c)| {
            vec![
                s.id.into(),
                c.clone().into(),
                s.role.clone().into(),
                s.nis.clone().into(),
                s.from_on.clone().into(),
                s.until_on.clone().into(),
                Value::Bool(s.active_on(&today)),
                s.invited_by.into(),
            ]
        })
        .collect();
    let mut json = serde_json::to_value(&p)?;
    json["seats"] = Value::Array(
        seats
            .iter()
            .zip(&cells)
            .map(|(s, c)| {
                json!({"seat_id": s.id, "cell": c, "role": s.role, "municipality_nis": s.nis,
                   "municipality": s.nis.as_deref().map(crate::commands::case::muni_name),
                   "from_on": s.from_on, "until_on": s.until_on, "active": s.active_on(&today),
                   "invited_by": s.invited_by, "invited_on": s.invited_on})
            })
            .collect(),
    );
    // "not signed" is a text for a person in a table; csv keeps the English for scripts.
    let not_signed = if matches!(ctx.out.format, Format::Table | Format::Md) {
        crate::t!("comp-not-signed")
    } else {
        "not signed".to_string() // i18n-ok: data (the csv value scripts read)
    };
    let fields = [
        ("id", p.id.into()),
        ("name", p.name.clone().into()),
        ("organisation", p.organisation.clone().into()),
        ("sector", p.sector.clone().into()),
        ("email", p.email.clone().into()),
        ("phone", p.phone.clone().into()),
        ("secret_holder", Value::Bool(p.secret_holder)),
        (
            "declaration_signed_on",
            p.declaration_signed_on.clone().unwrap_or(not_signed).into(),
        ),
        (
            "declaration_valid_until",
            p.declaration_valid_until.clone().into(),
        ),
        (
            "clearance_confirmed_on",
            p.clearance_confirmed_on.clone().into(),
        ),
    ];
    let sections = [crate::output::Section {
        title: crate::t!("comp-section-seats"),
        columns: vec![
            "seat_id",
            "cell",
            "role",
            "municipality_nis",
            "from_on",
            "until_on",
            "active",
            "invited_by",
        ],
        rows: seat_rows,
    }];
    ctx.out.record(&json, &fields, &sections)?;
    Ok(0)
}

#[allow(clippy::too_many_arguments)]
fn edit(
    ctx: &mut Ctx,
    member: &str,
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    org: Option<String>,
    secret_holder: Option<bool>,
) -> Result<u8> {
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let mut p: Person = lookup::member(&tx, member)?;
    let mut changed = Vec::new();
    if let Some(n) = name {
        p.name = clean_name(&n)?;
        changed.push("name");
    }
    if let Some(e) = email {
        let e = check_email(&e)?;
        if let Some(other) = comp::person_by_email(&tx, &e)?
            && other.id != p.id
        {
            return Err(fail(crate::t!(
                "comp-email-taken",
                email = format!("{e:?}"),
                name = other.name.as_str(),
                id = other.id.to_string()
            )));
        }
        p.email = Some(e);
        changed.push("email");
    }
    if let Some(ph) = phone {
        p.phone = Some(check_phone(&ph)?);
        changed.push("phone");
    }
    if let Some(o) = org {
        // Rule R4 for the member's seats is kept by the writer (`update_person`).
        p.organisation_id = lookup::org(&tx, &o)?.id;
        changed.push("organisation");
    }
    if let Some(s) = secret_holder {
        p.secret_holder = s;
        changed.push("secret_holder");
    }
    if changed.is_empty() {
        return Err(fail_hint(
            crate::t!("comp-nothing-to-change"),
            crate::t!("comp-member-nothing-to-change-hint"),
        ));
    }
    comp::update_person(&tx, &p, &lookup::iso(ctx.clock.today))?;
    ctx.audit(
        &tx,
        "edit",
        "person",
        &p.id.to_string(),
        &format!("changed {}", changed.join(", ")), // i18n-ok: stored
    )?;
    tx.commit()?;
    let shown: Vec<String> = changed
        .iter()
        .map(|f| match *f {
            "name" => crate::t!("comp-field-name"),
            "email" => crate::t!("comp-field-email"),
            "phone" => crate::t!("comp-field-phone"),
            "organisation" => crate::t!("comp-field-organisation"),
            "secret_holder" => crate::t!("comp-field-secret-holder"),
            other => other.replace('_', " "),
        })
        .collect();
    ctx.out.done(&crate::t!(
        "comp-member-updated",
        id = p.id.to_string(),
        changes = shown.join(", ")
    ))?;
    Ok(0)
}

fn end(ctx: &mut Ctx, member: &str, on: Option<&str>, role: Option<Role>) -> Result<u8> {
    let on = lookup::date_or_today(ctx, on)?;
    let mut conn = ctx.open()?;
    {
        // Asked before the write begins; the seats are read again inside it.
        let cell = lookup::cell(ctx, &conn, None)?;
        let p = lookup::member(&conn, member)?;
        let seats: Vec<String> = comp::seats(&conn, cell.id, None)?
            .into_iter()
            .filter(|s| {
                s.person_id == p.id
                    && s.until_on.as_deref().is_none_or(|u| u > on.as_str())
                    && role.is_none_or(|r| s.role == r.as_str())
            })
            .map(|s| s.role)
            .collect();
        if !seats.is_empty() {
            crate::commands::confirm(
                ctx,
                &crate::t!(
                    "comp-end-seats-question",
                    roles = seats.join(", "),
                    count = seats.len(),
                    name = p.name.as_str(),
                    cell = cell.code.as_str(),
                    date = on.as_str()
                ),
                &crate::t!(
                    "comp-end-seats-what",
                    name = p.name.as_str(),
                    id = p.id.to_string()
                ),
            )?;
        }
    }
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let p = lookup::member(&tx, member)?;
    let open: Vec<Seat> = comp::seats(&tx, cell.id, None)?
        .into_iter()
        .filter(|s| {
            s.person_id == p.id
                && s.until_on.as_deref().is_none_or(|u| u > on.as_str())
                && role.is_none_or(|r| s.role == r.as_str())
        })
        .collect();
    if open.is_empty() {
        let message = match role {
            Some(r) => crate::t!(
                "comp-no-seat-of-role",
                name = p.name.as_str(),
                id = p.id.to_string(),
                role = crate::i18n::word("role", r.as_str()),
                cell = cell.code.as_str(),
                date = on.as_str()
            ),
            None => crate::t!(
                "comp-no-seat",
                name = p.name.as_str(),
                id = p.id.to_string(),
                cell = cell.code.as_str(),
                date = on.as_str()
            ),
        };
        return Err(fail_hint(
            message,
            crate::t!("comp-no-seat-hint", id = p.id.to_string()),
        ));
    }
    for s in &open {
        if s.from_on.as_str() > on.as_str() {
            return Err(fail(crate::t!(
                "comp-seat-starts-later",
                role = crate::i18n::word("role", s.role.as_str()),
                name = p.name.as_str(),
                date = s.from_on.as_str()
            )));
        }
    }
    for s in &open {
        comp::end_seat(&tx, s.id, &on)?;
        ctx.audit(
            &tx,
            "end",
            "membership",
            &s.id.to_string(),
            &format!("seat {} of member {} ended on {on}", s.role, p.id), // i18n-ok: stored
        )?;
    }
    tx.commit()?;
    let roles: Vec<&str> = open.iter().map(|s| s.role.as_str()).collect();
    ctx.out.done(&crate::t!(
        "comp-seats-ended",
        count = open.len(),
        name = p.name.as_str(),
        id = p.id.to_string(),
        cell = cell.code.as_str(),
        date = on.as_str(),
        roles = roles.join(", ")
    ))?;
    if roles
        .iter()
        .any(|r| matches!(*r, "chair" | "mayor" | "io" | "prevention"))
    {
        ctx.out.note(&crate::t!("comp-seats-ended-check-note"))?;
    }
    Ok(0)
}

fn declare(ctx: &mut Ctx, member: &str, signed: &str, until: Option<&str>) -> Result<u8> {
    let signed = lookup::date(ctx, signed)?;
    let until = until.map(|u| lookup::date(ctx, u)).transpose()?;
    if let Some(u) = &until
        && u.as_str() < signed.as_str()
    {
        return Err(fail(crate::t!(
            "comp-valid-until-before-signed",
            until = u.as_str(),
            signed = signed.as_str()
        )));
    }
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let mut p = lookup::member(&tx, member)?;
    p.declaration_signed_on = Some(signed.clone());
    p.declaration_valid_until = until.clone();
    comp::update_person(&tx, &p, &lookup::iso(ctx.clock.today))?;
    ctx.audit(
        &tx,
        "declare",
        "person",
        &p.id.to_string(),
        // i18n-ok-begin: stored (the audit log)
        &format!(
            "confidentiality declaration signed {signed}{}",
            until
                .as_ref()
                .map(|u| format!(", valid until {u}"))
                .unwrap_or_default()
        ),
        // i18n-ok-end
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "comp-declaration-recorded",
        name = p.name.as_str(),
        id = p.id.to_string(),
        date = signed.as_str()
    ))?;
    Ok(0)
}

fn clearance(ctx: &mut Ctx, member: &str, confirmed: &str) -> Result<u8> {
    let confirmed = lookup::date(ctx, confirmed)?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let mut p = lookup::member(&tx, member)?;
    let is_io = comp::seats_of_person(&tx, p.id)?
        .iter()
        .any(|s| s.role == "io");
    p.clearance_confirmed_on = Some(confirmed.clone());
    comp::update_person(&tx, &p, &lookup::iso(ctx.clock.today))?;
    ctx.audit(
        &tx,
        "clearance",
        "person",
        &p.id.to_string(),
        &format!("security clearance geheim confirmed {confirmed}"), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "comp-clearance-recorded",
        name = p.name.as_str(),
        id = p.id.to_string(),
        date = confirmed.as_str()
    ))?;
    if !is_io {
        ctx.out.note(&crate::t!("comp-clearance-not-io-note"))?;
    }
    Ok(0)
}
