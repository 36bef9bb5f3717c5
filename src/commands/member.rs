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
            format!("invalid e-mail address {e:?}"),
            "use a work address like name@gent.be",
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
            format!("invalid phone number {p:?}"),
            "use digits with spaces, dots, slashes or a leading +, e.g. 09 266 50 00 or +32 9 266 50 00",
        ))
    }
}

fn clean_name(name: &str) -> Result<String> {
    let n = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if n.is_empty() {
        return Err(fail("empty member name"));
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
            a.name = Some(prompt::text("Name of the member", false)?);
        }
        if a.org.is_none() {
            let orgs = comp::orgs(&conn)?;
            if orgs.is_empty() {
                return Err(fail_hint(
                    "no organisation yet",
                    "add one first with `livcr org add NAME --sector S`",
                ));
            }
            let items: Vec<String> = orgs
                .iter()
                .map(|o| format!("{} ({})", o.name, o.sector))
                .collect();
            a.org = Some(orgs[prompt::select("Organisation", &items)?].id.to_string());
        }
        if a.role.is_none() {
            let all = <Role as clap::ValueEnum>::value_variants();
            let items: Vec<String> = all.iter().map(|r| r.as_str().to_string()).collect();
            a.role = Some(all[prompt::select("Role", &items)?]);
        }
        if a.role == Some(Role::Mayor) && a.municipality.is_none() {
            a.municipality = Some(
                prompt::municipality("Municipality of this mayor")?
                    .nis
                    .clone(),
            );
        }
        while a.email.is_none() {
            let e = prompt::text(
                "Work e-mail (how livcr knows the same person in a second seat; empty to skip)",
                true,
            )?;
            if e.is_empty() {
                break;
            }
            match check_email(&e) {
                Ok(e) => a.email = Some(e),
                Err(err) => eprintln!("{err}; try again or leave it empty"),
            }
        }
    }
    let mut missing = Vec::new();
    if a.name.is_none() {
        missing.push("NAME (first argument)");
    }
    if a.org.is_none() {
        missing.push("--org");
    }
    if a.role.is_none() {
        missing.push("--role");
    }
    if a.role == Some(Role::Mayor) && a.municipality.is_none() {
        missing.push("--municipality (a mayor seat names its municipality)");
    }
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
                format!(
                    "--municipality is only for a mayor seat, not for role {}",
                    role.as_str()
                ),
                "leave --municipality out",
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
            format!(
                "{} ({}) is recorded with organisation {}, not {}",
                p.name,
                p.email.as_deref().unwrap_or_default(),
                p.organisation,
                org.name
            ),
            format!(
                "change it first with `livcr member edit {} --org ...`, or use another e-mail",
                p.id
            ),
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
                format!(
                    "cell {} does not cover {} ({}) on {from}",
                    cell.code,
                    m.display_name(),
                    m.nis
                ),
                format!(
                    "a mayor seat names one of the cell's municipalities; add it with `livcr cell \
                     join {} --municipality {}`",
                    cell.code, m.nis
                ),
            ));
        }
        if let Some(other) = seats_from(&tx, &cell, "mayor", &from)?
            .into_iter()
            .find(|s| s.nis.as_deref() == Some(m.nis.as_str()))
        {
            return Err(fail_hint(
                format!(
                    "{} ({}) already has a mayor seat: {} (#{}) from {}",
                    m.display_name(),
                    m.nis,
                    other.person.name,
                    other.person_id,
                    other.from_on
                ),
                format!(
                    "one mayor seat per municipality; end it first with `livcr member end {} --role mayor --on DATE`",
                    other.person_id
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
                format!(
                    "the chair must be a mayor of one of cell {}'s municipalities on {from}",
                    cell.code
                ),
                "give the mayor's seat first (`member add NAME --role mayor --municipality X \
                 --email E`), then the chair seat with the same --email; a mayor recorded \
                 without e-mail gets one with `livcr member edit ID --email E`",
            ));
        }
        if let Some(other) = seats_from(&tx, &cell, "chair", &from)?.into_iter().next() {
            return Err(fail_hint(
                format!(
                    "cell {} already has a chair: {} (#{}) from {}",
                    cell.code, other.person.name, other.person_id, other.from_on
                ),
                format!(
                    "one chair at a time; end that seat first with `livcr member end {} --role chair --on DATE`",
                    other.person_id
                ),
            ));
        }
    }
    if let Some(p) = &existing
        && seats_on(&tx, &cell, p.id, &from)?
            .iter()
            .any(|s| s.role == role.as_str() && s.nis.as_deref() == muni.map(|m| m.nis.as_str()))
    {
        return Err(fail(format!(
            "{} (#{}) already holds a {} seat in cell {}",
            p.name,
            p.id,
            role.as_str(),
            cell.code
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
                    format!(
                        "{} (#{}) is not a mayor or the chair of cell {} on {from}; partners are \
                         invited by a mayor or the chair",
                        inviter.name, inviter.id, cell.code
                    ),
                    "give the mayor or chair who invited them with --invited-by",
                ));
            }
            Some(inviter.id)
        }
        (Some(_), _) => {
            return Err(fail_hint(
                format!(
                    "--invited-by is for partner and ad_hoc seats, not {}",
                    role.as_str()
                ),
                "leave --invited-by out",
            ));
        }
        (None, Role::Partner | Role::AdHoc) => {
            warnings.push(
                "no inviting mayor or chair recorded; partners take part on the mayor's \
                 invitation (give --invited-by)"
                    .to_string(),
            );
            None
        }
        (None, _) => None,
    };
    let invited_on = match (&a.invited_on, invited_by) {
        (Some(d), Some(_)) => Some(lookup::date(ctx, d)?),
        (None, Some(_)) => Some(from.clone()),
        (Some(_), None) => {
            return Err(fail("--invited-on needs --invited-by"));
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
                        p.email.as_deref().unwrap_or("no e-mail")
                    )
                })
                .collect();
            let id = match same.as_slice() {
                [one] => one.id.to_string(),
                _ => "ID".to_string(),
            };
            warnings.push(format!(
                "{} already has a member of this name: {}; if it is the same person, give this \
                 seat with their --email (a member without one gets it with `livcr member edit \
                 {id} --email E`); if not, give each an --email to tell them apart",
                org.name,
                list.join(", ")
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
            nis: muni.map(|m| m.nis.as_str()),
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
            &format!("member added, organisation {}", org.id),
        )?;
    }
    ctx.audit(
        &tx,
        "add",
        "membership",
        &seat_id.to_string(),
        &format!(
            "seat {}{} for member {person_id} in cell {} from {from}",
            role.as_str(),
            muni.map(|m| format!(" ({})", m.nis)).unwrap_or_default(),
            cell.code
        ),
    )?;
    let person = comp::person(&tx, person_id)?.ok_or_else(|| fail("member vanished"))?;
    tx.commit()?;

    ctx.out.done(&format!(
        "{} {} (#{person_id}) as {} in cell {}{}",
        if created { "added" } else { "gave a seat to" },
        person.name,
        role.as_str(),
        cell.code,
        muni.map(|m| format!(" for {}", m.display_name()))
            .unwrap_or_default()
    ))?;
    if let Some(u) = &seat_until {
        ctx.out.note(&format!(
            "the cell covers this municipality until {u}; the mayor seat ends then too"
        ))?;
    }
    if !created && person.name != name {
        ctx.out.note(&format!(
            "{:?} matched the existing member {} by e-mail; the name on record was kept",
            name, person.name
        ))?;
    }
    for w in warnings {
        ctx.out.warn(&w)?;
    }
    if person.email.is_none() {
        ctx.out.note(&format!(
            "no e-mail recorded for {}: a second seat for the same person (a mayor who chairs, \
             for instance) is given with `member add` and the same --email; add it with \
             `livcr member edit {person_id} --email ADDRESS`",
            person.name
        ))?;
    }
    if role == Role::Io && person.clearance_confirmed_on.is_none() {
        ctx.out.warn(&format!(
            "no confirmed security clearance \"geheim\" for this IO (rule R3); record it with \
             `livcr member clearance {person_id} --confirmed DATE`"
        ))?;
    }
    if person.declaration_signed_on.is_none() {
        ctx.out.note(&format!(
            "record the signed confidentiality declaration with `livcr member declare {person_id} \
             --signed DATE` (rule R5)"
        ))?;
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
            p.declaration_signed_on
                .clone()
                .unwrap_or_else(|| "not signed".into())
                .into(),
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
        title: "Seats".into(),
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
            return Err(fail(format!(
                "e-mail {e:?} already belongs to {} (#{})",
                other.name, other.id
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
            "nothing to change",
            "give --name, --email, --phone, --org or --secret-holder",
        ));
    }
    comp::update_person(&tx, &p, &lookup::iso(ctx.clock.today))?;
    ctx.audit(
        &tx,
        "edit",
        "person",
        &p.id.to_string(),
        &format!("changed {}", changed.join(", ")),
    )?;
    tx.commit()?;
    ctx.out.done(&format!(
        "member {} updated: {}",
        p.id,
        changed.join(", ").replace('_', " ")
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
                &format!(
                    "End the {} {} of {} in cell {} on {on}?",
                    seats.join(", "),
                    if seats.len() == 1 { "seat" } else { "seats" },
                    p.name,
                    cell.code
                ),
                &format!("ending the seats of {} (#{})", p.name, p.id),
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
        return Err(fail_hint(
            format!(
                "{} (#{}) holds no {}seat in cell {} on {on}",
                p.name,
                p.id,
                role.map(|r| format!("{} ", r.as_str())).unwrap_or_default(),
                cell.code
            ),
            format!("`livcr member show {}` lists the seats", p.id),
        ));
    }
    for s in &open {
        if s.from_on.as_str() > on.as_str() {
            return Err(fail(format!(
                "the {} seat of {} starts on {}; end it on or after that date",
                s.role, p.name, s.from_on
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
            &format!("seat {} of member {} ended on {on}", s.role, p.id),
        )?;
    }
    tx.commit()?;
    let roles: Vec<&str> = open.iter().map(|s| s.role.as_str()).collect();
    ctx.out.done(&format!(
        "ended {} of {} (#{}) in cell {} on {on}: {}",
        crate::output::plural(open.len(), "seat"),
        p.name,
        p.id,
        cell.code,
        roles.join(", ")
    ))?;
    if roles
        .iter()
        .any(|r| matches!(*r, "chair" | "mayor" | "io" | "prevention"))
    {
        ctx.out
            .note("run `livcr cell check` to see whether the cell still meets rules R1-R2")?;
    }
    Ok(0)
}

fn declare(ctx: &mut Ctx, member: &str, signed: &str, until: Option<&str>) -> Result<u8> {
    let signed = lookup::date(ctx, signed)?;
    let until = until.map(|u| lookup::date(ctx, u)).transpose()?;
    if let Some(u) = &until
        && u.as_str() < signed.as_str()
    {
        return Err(fail(format!(
            "--valid-until {u} is before --signed {signed}"
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
        &format!(
            "confidentiality declaration signed {signed}{}",
            until
                .as_ref()
                .map(|u| format!(", valid until {u}"))
                .unwrap_or_default()
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&format!(
        "recorded the confidentiality declaration of {} (#{}), signed {signed}",
        p.name, p.id
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
        &format!("security clearance geheim confirmed {confirmed}"),
    )?;
    tx.commit()?;
    ctx.out.done(&format!(
        "recorded the clearance \"geheim\" of {} (#{}), confirmed {confirmed}",
        p.name, p.id
    ))?;
    if !is_io {
        ctx.out
            .note("this member holds no io seat; rule R3 concerns the IO")?;
    }
    Ok(0)
}
