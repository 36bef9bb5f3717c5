//! Belgian municipalities (reference data compiled into the binary) and how a user's words
//! ("Bruxelles", "brussel", "71022", "Borsbeek") resolve to one of them.

use std::sync::OnceLock;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::domain::text::{edit_distance, fold};
use crate::error::{fail, fail_hint};

const MUNICIPALITIES_CSV: &str = include_str!("../../data/municipalities.csv");
const MERGERS_CSV: &str = include_str!("../../data/mergers-2025.csv");

/// The date the 2025 mergers took effect.
pub const MERGER_DATE: &str = "2025-01-01";

/// One municipality as of 1 January 2025.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Municipality {
    pub nis: String,
    pub name_nl: String,
    pub name_fr: String,
    pub name_de: String,
    pub arrondissement_nis: String,
    pub province_nis: Option<String>,
    pub region: String,
    pub valid_from: String,
}

impl Municipality {
    /// The name in a document language (`en` uses the Dutch name in Flanders, the French one in
    /// Wallonia and both in Brussels).
    pub fn name(&self, lang: crate::domain::Lang) -> String {
        use crate::domain::Lang;
        match lang {
            Lang::Nl => self.name_nl.clone(),
            Lang::Fr => self.name_fr.clone(),
            Lang::De => self.name_de.clone(),
            Lang::En => self.display_name(),
        }
    }

    /// The name in the municipality's own language (both in Brussels when they differ).
    pub fn display_name(&self) -> String {
        match self.region.as_str() {
            "wallonia" if is_german_speaking(&self.nis) => self.name_de.clone(),
            "wallonia" => self.name_fr.clone(),
            "brussels" if self.name_nl != self.name_fr => {
                format!("{} / {}", self.name_fr, self.name_nl)
            }
            _ => self.name_nl.clone(),
        }
    }

    fn names(&self) -> [&str; 3] {
        [&self.name_nl, &self.name_fr, &self.name_de]
    }
}

/// A code ended by the 2025 mergers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Merger {
    pub old_nis: String,
    pub old_name: String,
    pub new_nis: String,
}

/// The nine municipalities of the German-speaking Community.
pub const GERMAN_SPEAKING: [&str; 9] = [
    "63001", "63012", "63013", "63023", "63040", "63048", "63061", "63067", "63087",
];

pub fn is_german_speaking(nis: &str) -> bool {
    GERMAN_SPEAKING.contains(&nis)
}

/// The reference data, parsed once.
pub struct Reference {
    pub municipalities: Vec<Municipality>,
    pub mergers: Vec<Merger>,
}

/// The compiled reference data. Parsing 565 lines takes well under a millisecond.
pub fn reference() -> Result<&'static Reference> {
    static REF: OnceLock<std::result::Result<Reference, String>> = OnceLock::new();
    REF.get_or_init(|| load().map_err(|e| format!("{e:#}")))
        .as_ref()
        .map_err(|e| anyhow::anyhow!("compiled municipality data is broken: {e}"))
}

fn load() -> Result<Reference> {
    let mut municipalities = Vec::with_capacity(570);
    let mut reader = csv::Reader::from_reader(MUNICIPALITIES_CSV.as_bytes());
    for record in reader.records() {
        let r = record.context("reading data/municipalities.csv")?;
        let field = |i: usize| r.get(i).unwrap_or_default().to_string();
        let province = field(5);
        municipalities.push(Municipality {
            nis: field(0),
            name_nl: field(1),
            name_fr: field(2),
            name_de: field(3),
            arrondissement_nis: field(4),
            province_nis: (!province.is_empty()).then_some(province),
            region: field(6),
            valid_from: field(7),
        });
    }
    let mut mergers = Vec::new();
    // Lines look like `Hasselt (71022) + Kortessem (73040),<TAB>Hasselt (71072)`.
    for line in MERGERS_CSV.lines().skip(1) {
        let Some((left, right)) = line.split_once(',') else {
            continue;
        };
        let (_, new_nis) = name_and_code(right).context("reading data/mergers-2025.csv")?;
        for part in left.split(" + ") {
            let (old_name, old_nis) = name_and_code(part).context("reading mergers")?;
            if old_nis != new_nis {
                mergers.push(Merger {
                    old_nis,
                    old_name,
                    new_nis: new_nis.clone(),
                });
            }
        }
    }
    Ok(Reference {
        municipalities,
        mergers,
    })
}

fn name_and_code(s: &str) -> Result<(String, String)> {
    let s = s.trim();
    let open = s.rfind('(').context("no code in parentheses")?;
    let code = s[open + 1..].trim_end_matches(')').trim().to_string();
    let name = s[..open].trim();
    // "(voorlopige naam)" notes: keep the name only.
    let name = name.split(" (").next().unwrap_or(name).to_string();
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        anyhow::bail!("bad NIS code {code:?}");
    }
    Ok((name, code))
}

/// A municipality found from a user's words, and a note when an old name or code was mapped.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub municipality: &'static Municipality,
    pub note: Option<String>,
}

impl Reference {
    pub fn by_nis(&self, nis: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.nis == nis)
    }

    /// Municipalities whose names (any language, without Statbel's suffix) contain `text`,
    /// ignoring case and accents; a NIS code or its beginning matches too.
    pub fn search<'a>(&'a self, text: &str) -> Vec<&'a Municipality> {
        let needle = fold(text);
        self.municipalities
            .iter()
            .filter(|m| {
                m.nis.starts_with(text.trim())
                    || m.names().iter().any(|n| fold(n).contains(&needle))
            })
            .collect()
    }

    /// Resolves a NIS code or a name in NL, FR or DE. Codes and names ended by the 2025 mergers
    /// map to the new municipality with a note; anything else unknown is an error that suggests
    /// the closest names.
    pub fn resolve(&'static self, input: &str) -> Result<Resolved> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(fail_hint(
                "empty municipality",
                "give a NIS code (5 digits, e.g. 44021) or a name in Dutch, French or German",
            ));
        }
        if trimmed.bytes().all(|b| b.is_ascii_digit()) {
            return self.resolve_code(trimmed);
        }
        let folded = fold(trimmed);
        let exact: Vec<&Municipality> = self
            .municipalities
            .iter()
            .filter(|m| m.names().iter().any(|n| name_matches(n, &folded)))
            .collect();
        match exact.as_slice() {
            [one] => {
                return Ok(Resolved {
                    municipality: one,
                    note: None,
                });
            }
            [] => {}
            many => {
                let list: Vec<String> = many
                    .iter()
                    .map(|m| format!("{} {}", m.nis, m.display_name()))
                    .collect();
                return Err(fail_hint(
                    format!("municipality {trimmed:?} is ambiguous: {}", list.join(", ")),
                    "give the NIS code instead",
                ));
            }
        }
        if let Some(merger) = self.mergers.iter().find(|g| fold(&g.old_name) == folded) {
            return self.merged(merger);
        }
        Err(self.unknown_name(trimmed, &folded))
    }

    fn resolve_code(&'static self, code: &str) -> Result<Resolved> {
        if code.len() != 5 {
            return Err(fail_hint(
                format!("invalid NIS code {code:?}; a NIS code has 5 digits"),
                "find a code with `livcr municipality list --search NAME`",
            ));
        }
        if let Some(m) = self.by_nis(code) {
            return Ok(Resolved {
                municipality: m,
                note: None,
            });
        }
        if let Some(merger) = self.mergers.iter().find(|g| g.old_nis == code) {
            return self.merged(merger);
        }
        let near: Vec<String> = self
            .municipalities
            .iter()
            .filter(|m| m.arrondissement_nis[..2] == code[..2])
            .filter(|m| edit_distance(&m.nis, code) <= 1)
            .take(5)
            .map(|m| format!("{} {}", m.nis, m.display_name()))
            .collect();
        let hint = if near.is_empty() {
            "find a code with `livcr municipality list --search NAME`".to_string()
        } else {
            format!(
                "close codes: {}; or search with `livcr municipality list --search NAME`",
                near.join(", ")
            )
        };
        Err(fail_hint(
            format!("unknown NIS code {code:?}: no Belgian municipality has this code since 2025"),
            hint,
        ))
    }

    fn merged(&'static self, merger: &Merger) -> Result<Resolved> {
        let m = self.by_nis(&merger.new_nis).with_context(|| {
            format!(
                "merger target {} missing from reference data",
                merger.new_nis
            )
        })?;
        Ok(Resolved {
            municipality: m,
            note: Some(format!(
                "{} ({}) merged into {} ({}) on {MERGER_DATE}; using {}",
                merger.old_name,
                merger.old_nis,
                m.display_name(),
                m.nis,
                m.nis
            )),
        })
    }

    fn unknown_name(&self, input: &str, folded: &str) -> anyhow::Error {
        let mut scored: Vec<(usize, &Municipality)> = self
            .municipalities
            .iter()
            .map(|m| {
                let best = m
                    .names()
                    .iter()
                    .map(|n| edit_distance(&fold(strip_suffix(n)), folded))
                    .min()
                    .unwrap_or(usize::MAX);
                (best, m)
            })
            .collect();
        scored.sort_by_key(|(d, m)| (*d, m.nis.clone()));
        let suggestions: Vec<String> = scored
            .iter()
            .take(3)
            .map(|(_, m)| format!("{} ({})", m.display_name(), m.nis))
            .collect();
        fail_hint(
            format!("unknown municipality {input:?}"),
            format!(
                "did you mean {}? Search with `livcr municipality list --search TEXT`",
                suggestions.join(", ")
            ),
        )
    }
}

/// `Hove (Antwerpen)` → `Hove`.
pub fn strip_suffix(name: &str) -> &str {
    match name.find(" (") {
        Some(i) if name.ends_with(')') => &name[..i],
        _ => name,
    }
}

fn name_matches(name: &str, folded_input: &str) -> bool {
    fold(name) == folded_input || fold(strip_suffix(name)) == folded_input
}

/// Parses a municipality and fails as [`Reference::resolve`] does.
pub fn resolve(input: &str) -> Result<Resolved> {
    reference()?.resolve(input)
}

/// The error for a municipality that exists but is not covered by a cell.
pub fn not_covered(m: &Municipality, cell: &str) -> anyhow::Error {
    fail(format!(
        "{} ({}) is not covered by cell {cell}",
        m.display_name(),
        m.nis
    ))
}

/// `NIS name` for messages, e.g. `34022 Kortrijk`; the bare code when it is unknown.
pub fn label(nis: &str) -> String {
    reference()
        .ok()
        .and_then(|r| r.by_nis(nis))
        .map(|m| format!("{} {}", nis, m.display_name()))
        .unwrap_or_else(|| nis.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r() -> &'static Reference {
        reference().expect("reference data loads")
    }

    #[test]
    fn counts_match_statbel() {
        let refs = r();
        assert_eq!(refs.municipalities.len(), 565);
        let count = |region: &str| {
            refs.municipalities
                .iter()
                .filter(|m| m.region == region)
                .count()
        };
        assert_eq!(count("flanders"), 285);
        assert_eq!(count("wallonia"), 261);
        assert_eq!(count("brussels"), 19);
        assert_eq!(refs.mergers.len(), 29);
    }

    #[test]
    fn names_in_three_languages() {
        for name in ["Bruxelles", "brussel", "Brüssel", "BRUSSEL", "bruxelles "] {
            let found = r().resolve(name).expect(name);
            assert_eq!(found.municipality.nis, "21004", "{name}");
            assert!(found.note.is_none());
        }
        assert_eq!(r().resolve("Liège").unwrap().municipality.nis, "62063");
        assert_eq!(r().resolve("luik").unwrap().municipality.nis, "62063");
        assert_eq!(r().resolve("Lüttich").unwrap().municipality.nis, "62063");
        assert_eq!(r().resolve("Hove").unwrap().municipality.nis, "11021");
    }

    #[test]
    fn merged_codes_and_names_map_with_a_note() {
        let h = r().resolve("71022").unwrap();
        assert_eq!(h.municipality.nis, "71072");
        assert!(h.note.unwrap().contains("71072"));
        let b = r().resolve("Borsbeek").unwrap();
        assert_eq!(b.municipality.nis, "11002");
        assert!(b.note.unwrap().contains("Antwerpen"));
        assert_eq!(r().resolve("Hasselt").unwrap().municipality.nis, "71072");
        assert_eq!(r().resolve("11056").unwrap().municipality.nis, "46030");
    }

    #[test]
    fn unknown_names_suggest_close_ones() {
        let err = r().resolve("Haselt").unwrap_err();
        let hint = crate::error::hint_of(&err).unwrap();
        assert!(hint.contains("Hasselt"), "{hint}");
        let err = r().resolve("99999").unwrap_err();
        assert!(err.to_string().contains("99999"));
        assert!(r().resolve("7102").is_err());
    }
}
