//! `livcr municipality list|show`: reference data, no database needed.

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::MunicipalityCmd;
use crate::context::Ctx;
use crate::domain::municipality::{Hit, Municipality, merger_note, reference};

const COLUMNS: &[&str] = &[
    "nis",
    "name_nl",
    "name_fr",
    "name_de",
    "arrondissement_nis",
    "province_nis",
    "region",
];

fn row(m: &Municipality) -> Vec<Value> {
    vec![
        m.nis.into(),
        m.name_nl.into(),
        m.name_fr.into(),
        m.name_de.into(),
        m.arrondissement_nis.into(),
        m.province_nis.into(),
        m.region.into(),
    ]
}

pub fn run(ctx: &mut Ctx, cmd: MunicipalityCmd) -> Result<u8> {
    let refs = reference()?;
    match cmd {
        MunicipalityCmd::List { search, region } => {
            // Best matches first: exact names or codes, then beginnings, then parts of names;
            // former municipalities (2025 mergers) find what they became, with a note.
            let found: Vec<Hit> = match &search {
                Some(text) => refs.search(text),
                None => refs
                    .municipalities
                    .iter()
                    .map(|m| Hit {
                        municipality: m,
                        via: None,
                    })
                    .collect(),
            };
            let found: Vec<Hit> = found
                .into_iter()
                .filter(|h| region.is_none_or(|r| h.municipality.region == r.as_str()))
                .collect();
            for h in &found {
                if let Some(g) = h.via {
                    ctx.out.note(&merger_note(g, h.municipality))?;
                }
            }
            let rows: Vec<Vec<Value>> = found.iter().map(|h| row(h.municipality)).collect();
            if rows.is_empty()
                && let Some(text) = &search
            {
                ctx.out.note(&crate::t!(
                    "municipality-no-match",
                    text = format!("{text:?}")
                ))?;
                return Ok(0);
            }
            ctx.out.list(COLUMNS, &rows)?;
        }
        MunicipalityCmd::Show { municipality } => {
            let found = refs.resolve(&municipality)?;
            if let Some(note) = &found.note {
                ctx.out.note(note)?;
            }
            let m = found.municipality;
            let merged: Vec<Value> = refs
                .mergers
                .iter()
                .filter(|g| g.new_nis == m.nis)
                .map(|g| json!({"nis": g.old_nis, "name": g.old_name}))
                .collect();
            let mut json = serde_json::to_value(m)?;
            json["merged_in_2025"] = Value::Array(merged.clone());
            let merged_text: Vec<String> = merged
                .iter()
                .map(|g| {
                    format!(
                        "{} ({})",
                        g["name"].as_str().unwrap_or(""),
                        g["nis"].as_str().unwrap_or("")
                    )
                })
                .collect();
            // i18n-ok-begin: field names; the labels come from the catalogue's field- keys
            let fields = [
                ("nis", m.nis.into()),
                ("name (nl)", m.name_nl.into()),
                ("name (fr)", m.name_fr.into()),
                ("name (de)", m.name_de.into()),
                ("arrondissement", m.arrondissement_nis.into()),
                ("province", m.province_nis.into()),
                ("region", m.region.into()),
                ("valid from", m.valid_from.into()),
                ("merged in 2025", merged_text.join(", ").into()),
            ];
            // i18n-ok-end
            ctx.out.record(&json, &fields, &[])?;
        }
    }
    Ok(0)
}
