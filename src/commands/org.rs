//! `livcr org add|list|edit`.

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::{OrgCmd, Sector};
use crate::commands::lookup;
use crate::context::{Ctx, begin};
use crate::db::composition as comp;
use crate::domain::security::is_local_police;
use crate::error::{fail, fail_hint};
use crate::prompt;

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
                o.name = clean_name(&name)?;
                changed.push("name");
            }
            if let Some(sector) = sector {
                // Rule R4 for the members' seats is kept by the writer (`update_org`).
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
            comp::update_org(&tx, &o, &lookup::iso(ctx.clock.today))?;
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
