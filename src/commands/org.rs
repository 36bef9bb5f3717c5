//! `livcr org add|list|edit`.

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::{OrgCmd, Sector};
use crate::commands::{DATA_FORMATS, lookup};
use crate::context::{Ctx, begin};
use crate::db::composition as comp;
use crate::domain::security::{is_local_police, security_service};
use crate::error::{fail, fail_hint};
use crate::prompt;

/// Rule R4: no security or intelligence service at the table.
pub fn refuse_security_service(name: &str) -> Result<()> {
    if let Some(service) = security_service(name) {
        return Err(fail_hint(
            format!(
                "{name:?} is {service}: security and intelligence services do not sit in an \
                 LIVC-R (rule R4)"
            ),
            "the police take part only through the Information Officer of the local police \
             (role io), who represents the Local Taskforce",
        ));
    }
    Ok(())
}

fn clean_name(name: &str) -> Result<String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(fail("empty organisation name"));
    }
    Ok(name)
}

fn legal_basis(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

pub fn run(ctx: &mut Ctx, cmd: OrgCmd) -> Result<u8> {
    ctx.check_format(DATA_FORMATS)?;
    match cmd {
        OrgCmd::Add {
            mut name,
            mut sector,
            legal_basis: basis,
        } => {
            if ctx.interactive() {
                if name.is_none() {
                    name = Some(prompt::text("Organisation name", false)?);
                }
                if sector.is_none() {
                    let all = <Sector as clap::ValueEnum>::value_variants();
                    let items: Vec<String> = all.iter().map(|s| s.as_str().to_string()).collect();
                    sector = Some(all[prompt::select("Sector", &items)?]);
                }
            }
            let mut missing = Vec::new();
            if name.is_none() {
                missing.push("NAME (first argument)");
            }
            if sector.is_none() {
                missing.push("--sector");
            }
            let (Some(name), Some(sector)) = (name, sector) else {
                return Err(lookup::missing(&missing));
            };
            let name = clean_name(&name)?;
            refuse_security_service(&name)?;
            let basis = legal_basis(basis);
            let mut conn = ctx.open()?;
            let tx = begin(&mut conn)?;
            if comp::orgs(&tx)?
                .iter()
                .any(|o| o.name.eq_ignore_ascii_case(&name))
            {
                return Err(fail_hint(
                    format!("organisation {name:?} already exists"),
                    "list them with `livcr org list`",
                ));
            }
            let id = comp::insert_org(
                &tx,
                &name,
                sector.as_str(),
                basis.as_deref(),
                &ctx.clock.stamp(),
            )?;
            ctx.audit(
                &tx,
                "add",
                "organisation",
                &id.to_string(),
                &format!(
                    "organisation added, sector {}{}",
                    sector.as_str(),
                    if basis.is_some() {
                        ", legal basis recorded"
                    } else {
                        ""
                    }
                ),
            )?;
            tx.commit()?;
            ctx.out.done(&format!(
                "added organisation #{id} {name} ({})",
                sector.as_str()
            ))?;
            if sector != Sector::LocalPolice && is_local_police(&name) {
                ctx.out.warn(&format!(
                    "{name:?} looks like a local police service; use --sector local_police so \
                     its members can hold the io seat (`livcr org edit {id} --sector local_police`)"
                ))?;
            }
            if basis.is_none()
                && matches!(
                    sector,
                    Sector::Caw
                        | Sector::Clb
                        | Sector::School
                        | Sector::YouthWelfare
                        | Sector::JusticeHouse
                        | Sector::Employment
                        | Sector::MentalHealth
                )
            {
                ctx.out.note(
                    "record the legal basis of this service's participation (e.g. the decree of \
                     21 May 2021 or of 8 June 2023) with --legal-basis",
                )?;
            }
            ctx.out.value(&json!({"id": id}), &id.to_string())?;
            Ok(0)
        }
        OrgCmd::List => {
            let conn = ctx.open()?;
            let rows: Vec<Vec<Value>> = comp::orgs(&conn)?
                .into_iter()
                .map(|o| {
                    vec![
                        o.id.into(),
                        o.name.into(),
                        o.sector.into(),
                        o.legal_basis.into(),
                    ]
                })
                .collect();
            ctx.out
                .list(&["id", "name", "sector", "legal_basis"], &rows)?;
            Ok(0)
        }
        OrgCmd::Edit {
            org,
            name,
            sector,
            legal_basis: basis,
        } => {
            let mut conn = ctx.open()?;
            let tx = begin(&mut conn)?;
            let mut o = lookup::org(&tx, &org)?;
            let mut changed = Vec::new();
            if let Some(name) = name {
                let name = clean_name(&name)?;
                refuse_security_service(&name)?;
                o.name = name;
                changed.push("name");
            }
            if let Some(sector) = sector {
                // The seats of the organisation's members must stay lawful (R4, R2).
                let today = lookup::iso(ctx.clock.today);
                for p in comp::persons(&tx)?
                    .iter()
                    .filter(|p| p.organisation_id == o.id)
                {
                    for s in comp::seats_of_person(&tx, p.id)?
                        .iter()
                        .filter(|s| s.until_on.as_deref().is_none_or(|u| u > today.as_str()))
                    {
                        if sector == Sector::LocalPolice && s.role != "io" {
                            return Err(fail_hint(
                                format!(
                                    "{} (#{}) holds a {} seat; members of the local police sit \
                                     only as Information Officer (rule R4)",
                                    p.name, p.id, s.role
                                ),
                                format!(
                                    "end that seat first (`livcr member end {} --role {}`)",
                                    p.id, s.role
                                ),
                            ));
                        }
                        if sector != Sector::LocalPolice && s.role == "io" {
                            return Err(fail_hint(
                                format!(
                                    "{} (#{}) holds the io seat, which belongs to the local police",
                                    p.name, p.id
                                ),
                                format!(
                                    "end that seat first (`livcr member end {} --role io`)",
                                    p.id
                                ),
                            ));
                        }
                    }
                }
                o.sector = sector.as_str().to_string();
                changed.push("sector");
            }
            if basis.is_some() {
                o.legal_basis = legal_basis(basis);
                changed.push("legal_basis");
            }
            if changed.is_empty() {
                return Err(fail_hint(
                    "nothing to change",
                    "give --name, --sector or --legal-basis",
                ));
            }
            comp::update_org(&tx, &o)?;
            ctx.audit(
                &tx,
                "edit",
                "organisation",
                &o.id.to_string(),
                &format!("changed {}", changed.join(", ")),
            )?;
            tx.commit()?;
            ctx.out.done(&format!(
                "organisation #{} updated: {}",
                o.id,
                changed.join(", ")
            ))?;
            Ok(0)
        }
    }
}
