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
        return Err(fail(crate::t!("comp-org-name-empty")));
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
                    name = Some(prompt::text(&crate::t!("comp-prompt-org-name"), false)?);
                }
                if sector.is_none() {
                    let all = <Sector as clap::ValueEnum>::value_variants();
                    let items: Vec<String> = all.iter().map(|s| s.as_str().to_string()).collect();
                    sector =
                        Some(all[prompt::select(&crate::t!("comp-prompt-org-sector"), &items)?]);
                }
            }
            let mut missing = Vec::new();
            if name.is_none() {
                missing.push(crate::t!("comp-missing-name"));
            }
            if sector.is_none() {
                missing.push("--sector".to_string());
            }
            let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
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
                    crate::t!("comp-org-exists", name = format!("{name:?}")),
                    crate::t!("comp-org-exists-hint"),
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
                // i18n-ok-begin: stored (the audit log)
                &format!(
                    "organisation added, sector {}{}",
                    sector.as_str(),
                    if basis.is_some() {
                        ", legal basis recorded"
                    } else {
                        ""
                    }
                ),
                // i18n-ok-end
            )?;
            tx.commit()?;
            ctx.out.done(&crate::t!(
                "comp-org-added",
                id = id.to_string(),
                name = name.as_str(),
                sector = crate::i18n::word("sector", sector.as_str())
            ))?;
            if sector != Sector::LocalPolice && is_local_police(&name) {
                ctx.out.warn(&crate::t!(
                    "comp-org-looks-police-warning",
                    name = format!("{name:?}"),
                    id = id.to_string()
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
                ctx.out.note(&crate::t!("comp-org-legal-basis-note"))?;
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
                    crate::t!("comp-nothing-to-change"),
                    crate::t!("comp-org-nothing-to-change-hint"),
                ));
            }
            comp::update_org(&tx, &o, &lookup::iso(ctx.clock.today))?;
            ctx.audit(
                &tx,
                "edit",
                "organisation",
                &o.id.to_string(),
                &format!("changed {}", changed.join(", ")), // i18n-ok: stored
            )?;
            tx.commit()?;
            let shown: Vec<String> = changed
                .iter()
                .map(|f| match *f {
                    "name" => crate::t!("comp-field-name"),
                    "sector" => crate::t!("comp-field-sector"),
                    _ => crate::t!("comp-field-legal-basis"),
                })
                .collect();
            ctx.out.done(&crate::t!(
                "comp-org-updated",
                id = o.id.to_string(),
                changes = shown.join(", ")
            ))?;
            Ok(0)
        }
    }
}
