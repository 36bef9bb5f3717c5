//! Belgian municipalities (reference data compiled into the binary) and how a user's words
//! ("Bruxelles", "brussel", "71022", "Borsbeek") resolve to one of them.

use std::sync::OnceLock;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::domain::text::{edit_distance, fold};
use crate::error::{fail, fail_hint};

// MUNICIPALITY_TABLE: the records of data/municipalities.csv, read by build.rs.
include!(concat!(env!("OUT_DIR"), "/municipalities.rs"));
const MERGERS_CSV: &str = include_str!("../../data/mergers-2025.csv");

/// The date the 2025 mergers took effect.
pub const MERGER_DATE: &str = "2025-01-01";

/// One municipality as of 1 January 2025.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Municipality {
    pub nis: &'static str,
    pub name_nl: &'static str,
    pub name_fr: &'static str,
    pub name_de: &'static str,
    pub arrondissement_nis: &'static str,
    pub province_nis: Option<&'static str>,
    pub region: &'static str,
    pub valid_from: &'static str,
}

impl Municipality {
    /// The name in a document language (`en` uses the Dutch name in Flanders, the French one in
    /// Wallonia and both in Brussels).
    pub fn name(&self, lang: crate::domain::Lang) -> String {
        use crate::domain::Lang;
        match lang {
            Lang::Nl => self.name_nl.to_string(),
            Lang::Fr => self.name_fr.to_string(),
            Lang::De => self.name_de.to_string(),
            Lang::En => self.display_name(),
        }
    }

    /// The name in the municipality's own language (both in Brussels when they differ).
    pub fn display_name(&self) -> String {
        match self.region {
            "wallonia" if is_german_speaking(self.nis) => self.name_de.to_string(),
            "wallonia" => self.name_fr.to_string(),
            "brussels" if self.name_nl != self.name_fr => {
                format!("{} / {}", self.name_fr, self.name_nl)
            }
            _ => self.name_nl.to_string(),
        }
    }

    fn names(&self) -> [&str; 3] {
        [self.name_nl, self.name_fr, self.name_de]
    }

    /// `NIS name` followed by the other languages' names when they differ, for a choice list:
    /// `31005 Brugge (Bruges, Brügge)`, `11001 Aartselaar`.
    pub fn choice_label(&self) -> String {
        let shown = self.display_name();
        let mut others: Vec<&str> = Vec::new();
        for n in self.names() {
            if !shown.split(" / ").any(|s| s == n) && !others.contains(&n) {
                others.push(n);
            }
        }
        if others.is_empty() {
            format!("{} {shown}", self.nis)
        } else {
            format!("{} {shown} ({})", self.nis, others.join(", "))
        }
    }
}

/// What a user's words find, for a prompt that asks again instead of failing.
#[derive(Debug)]
pub enum Found {
    /// One municipality: an exact name or code (with a note for a merged one), or the only one
    /// whose names contain the words.
    One(Resolved),
    /// Several whose names (in any language) contain the words, or that share the exact name.
    Several(Vec<&'static Municipality>),
    /// None; the error says what was typed and suggests close names.
    Nothing(anyhow::Error),
}

/// One municipality [`Reference::search`] found, and the merger when it was found by a former
/// municipality's name or code.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub municipality: &'static Municipality,
    pub via: Option<&'static Merger>,
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

/// The compiled reference data (the municipalities' rows come parsed from build.rs).
pub fn reference() -> Result<&'static Reference> {
    static REF: OnceLock<std::result::Result<Reference, String>> = OnceLock::new();
    REF.get_or_init(|| load().map_err(|e| format!("{e:#}")))
        .as_ref()
        .map_err(|e| anyhow::anyhow!(crate::t!("municipality-data-broken", error = e.as_str())))
}

fn load() -> Result<Reference> {
    let municipalities = MUNICIPALITY_TABLE.to_vec();
    let mut mergers = Vec::new();
    // Lines look like `Hasselt (71022) + Kortessem (73040),<TAB>Hasselt (71072)`.
    for line in MERGERS_CSV.lines().skip(1) {
        let Some((left, right)) = line.split_once(',') else {
            continue;
        };
        // i18n-ok-begin: a bug in the compiled data, named by its file
        let (_, new_nis) = name_and_code(right).context("reading data/mergers-2025.csv")?;
        for part in left.split(" + ") {
            let (old_name, old_nis) = name_and_code(part).context("reading mergers")?;
            // i18n-ok-end
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
    // i18n-ok-begin: a bug in the compiled data
    let open = s.rfind('(').context("no code in parentheses")?;
    let code = s[open + 1..].trim_end_matches(')').trim().to_string();
    let name = s[..open].trim();
    // "(voorlopige naam)" notes: keep the name only.
    let name = name.split(" (").next().unwrap_or(name).to_string();
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        anyhow::bail!("bad NIS code {code:?}");
    }
    // i18n-ok-end
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

    /// Every municipality the words match, best first: an exact name (any language, without
    /// Statbel's suffix) or NIS code, then names or codes that begin with the words, then names
    /// that contain them. Case, accents, hyphens, dots and the saint abbreviations ("St.",
    /// "Sankt", "Saint", "Sint") are ignored ([`match_key`]). A name or code ended by the 2025
    /// mergers finds the municipality it became, with the merger in [`Hit::via`].
    pub fn search(&'static self, text: &str) -> Vec<Hit> {
        let code = text.trim();
        let needle = match_key(text);
        if needle.is_empty() && code.is_empty() {
            return self
                .municipalities
                .iter()
                .map(|m| Hit {
                    municipality: m,
                    via: None,
                })
                .collect();
        }
        let rank_name = |name: &str| -> Option<u8> {
            let k = match_key(strip_suffix(name));
            if k == needle || match_key(name) == needle {
                Some(0)
            } else if needle.is_empty() {
                None
            } else if k.starts_with(&needle) {
                Some(1)
            } else if k.contains(&needle) {
                Some(2)
            } else {
                None
            }
        };
        let rank_code = |nis: &str| -> Option<u8> {
            if !code.bytes().all(|b| b.is_ascii_digit()) || code.is_empty() {
                None
            } else if nis == code {
                Some(0)
            } else if nis.starts_with(code) {
                Some(1)
            } else {
                None
            }
        };
        // (rank, order in the reference, hit)
        let mut ranked: Vec<(u8, usize, Hit)> = Vec::new();
        for (i, m) in self.municipalities.iter().enumerate() {
            let rank = m
                .names()
                .iter()
                .filter_map(|n| rank_name(n))
                .chain(rank_code(m.nis))
                .min();
            if let Some(rank) = rank {
                ranked.push((
                    rank,
                    i,
                    Hit {
                        municipality: m,
                        via: None,
                    },
                ));
            }
        }
        for g in &self.mergers {
            let Some(rank) = rank_name(&g.old_name)
                .into_iter()
                .chain(rank_code(&g.old_nis))
                .min()
            else {
                continue;
            };
            let Some(i) = self.municipalities.iter().position(|m| m.nis == g.new_nis) else {
                continue;
            };
            match ranked.iter_mut().find(|(_, j, _)| *j == i) {
                // Found by its own name at least as well: the merger adds nothing.
                Some((r, _, _)) if *r <= rank => {}
                Some(entry) => {
                    entry.0 = rank;
                    entry.2.via = Some(g);
                }
                None => ranked.push((
                    rank,
                    i,
                    Hit {
                        municipality: &self.municipalities[i],
                        via: Some(g),
                    },
                )),
            }
        }
        ranked.sort_by_key(|(rank, i, _)| (*rank, *i));
        ranked.into_iter().map(|(_, _, hit)| hit).collect()
    }

    /// For prompts: an exact match as [`Reference::resolve`] finds it, else every municipality
    /// [`Reference::search`] finds, best first. The same matching as `municipality list
    /// --search` and every `--municipality` argument: names in Dutch, French and German, case,
    /// accents and saint abbreviations ignored, former municipalities included.
    pub fn find(&'static self, text: &str) -> Found {
        let exact = match self.resolve(text) {
            Ok(found) => return Found::One(found),
            Err(e) => e,
        };
        if text.trim().is_empty() {
            return Found::Nothing(exact);
        }
        let found = self.search(text);
        match found.as_slice() {
            [] => Found::Nothing(exact),
            [one] => Found::One(Resolved {
                municipality: one.municipality,
                note: one.via.map(|g| merger_note(g, one.municipality)),
            }),
            _ => Found::Several(found.iter().map(|h| h.municipality).collect()),
        }
    }

    /// Resolves a NIS code or a name in NL, FR or DE. Codes and names ended by the 2025 mergers
    /// map to the new municipality with a note; anything else unknown is an error that suggests
    /// the closest names.
    pub fn resolve(&'static self, input: &str) -> Result<Resolved> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(fail_hint(
                crate::t!("municipality-empty"),
                crate::t!("municipality-empty-hint"),
            ));
        }
        if trimmed.bytes().all(|b| b.is_ascii_digit()) {
            return self.resolve_code(trimmed);
        }
        let folded = match_key(trimmed);
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
                    crate::t!(
                        "municipality-ambiguous",
                        input = format!("{trimmed:?}"),
                        matches = list.join(", ")
                    ),
                    crate::t!("municipality-ambiguous-hint"),
                ));
            }
        }
        if let Some(merger) = self
            .mergers
            .iter()
            .find(|g| match_key(&g.old_name) == folded)
        {
            return self.merged(merger);
        }
        Err(self.unknown_name(trimmed, &folded))
    }

    fn resolve_code(&'static self, code: &str) -> Result<Resolved> {
        if code.len() != 5 {
            return Err(fail_hint(
                crate::t!("municipality-bad-nis", code = format!("{code:?}")),
                crate::t!("municipality-find-code"),
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
            .filter(|m| edit_distance(m.nis, code) <= 1)
            .take(5)
            .map(|m| format!("{} {}", m.nis, m.display_name()))
            .collect();
        let hint = if near.is_empty() {
            crate::t!("municipality-find-code")
        } else {
            crate::t!("municipality-close-codes", codes = near.join(", "))
        };
        Err(fail_hint(
            crate::t!("municipality-unknown-nis", code = format!("{code:?}")),
            hint,
        ))
    }

    fn merged(&'static self, merger: &Merger) -> Result<Resolved> {
        let m = self.by_nis(&merger.new_nis).with_context(|| {
            format!(
                // i18n-ok: a bug in the compiled data
                "merger target {} missing from reference data",
                merger.new_nis
            )
        })?;
        Ok(Resolved {
            municipality: m,
            note: Some(crate::t!(
                "municipality-merged-using",
                old_name = merger.old_name.as_str(),
                old_nis = merger.old_nis.as_str(),
                new_name = m.display_name(),
                new_nis = m.nis,
                date = MERGER_DATE
            )),
        })
    }

    fn unknown_name(&self, input: &str, folded: &str) -> anyhow::Error {
        // Each municipality by its name closest to the input, in whichever language.
        let mut scored: Vec<(usize, &str, &Municipality)> = self
            .municipalities
            .iter()
            .filter_map(|m| {
                m.names()
                    .into_iter()
                    .map(|n| (edit_distance(&match_key(strip_suffix(n)), folded), n, m))
                    .min_by_key(|(d, _, _)| *d)
            })
            .collect();
        scored.sort_by_key(|(d, _, m)| (*d, m.nis));
        let suggestions: Vec<String> = scored
            .iter()
            .take(3)
            .map(|(_, name, m)| {
                let shown = m.display_name();
                if shown.split(" / ").any(|s| s == *name) {
                    format!("{shown} ({})", m.nis)
                } else {
                    format!("{name} ({shown}, {})", m.nis)
                }
            })
            .collect();
        fail_hint(
            crate::t!("municipality-unknown", input = format!("{input:?}")),
            crate::t!(
                "municipality-unknown-hint",
                suggestions = suggestions.join(", ")
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
    match_key(name) == folded_input || match_key(strip_suffix(name)) == folded_input
}

/// A name as it is compared: [`fold`]ed (case, accents, hyphens, dots and spaces ignored) and
/// the saint abbreviations made one word, so "St. Vith", "Sankt Vith" and "Saint-Vith" match.
pub fn match_key(name: &str) -> String {
    fold(name)
        .split(' ')
        .map(|w| match w {
            "st" | "sankt" | "saint" | "sint" => "st",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Borsbeek (11007) merged into Antwerpen (11002) on 2025-01-01".
pub fn merger_note(merger: &Merger, m: &Municipality) -> String {
    crate::t!(
        "municipality-merged",
        old_name = merger.old_name.as_str(),
        old_nis = merger.old_nis.as_str(),
        new_name = m.display_name(),
        new_nis = m.nis,
        date = MERGER_DATE
    )
}

/// Parses a municipality and fails as [`Reference::resolve`] does.
pub fn resolve(input: &str) -> Result<Resolved> {
    reference()?.resolve(input)
}

/// The error for a municipality that exists but is not covered by a cell.
pub fn not_covered(m: &Municipality, cell: &str) -> anyhow::Error {
    fail(crate::t!(
        "municipality-not-covered",
        name = m.display_name(),
        nis = m.nis,
        cell = cell
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
    fn every_language_and_accents_optional() {
        let cases: [(&str, &[&str]); 4] = [
            (
                "31005",
                &["Bruges", "Brügge", "Brugge", "brugge", "BRUGES", "Brugge "],
            ),
            ("11002", &["Anvers", "Antwerpen", "anvers"]),
            (
                "62063",
                &["Liège", "Liege", "LIEGE", "Luik", "Lüttich", "Luttich"],
            ),
            ("21004", &["Bruxelles", "Brussel", "Brüssel", "Brussel"]),
        ];
        for (nis, names) in cases {
            for name in names {
                assert_eq!(
                    r().resolve(name).expect(name).municipality.nis,
                    nis,
                    "{name}"
                );
                match r().find(name) {
                    Found::One(f) => assert_eq!(f.municipality.nis, nis, "{name}"),
                    other => panic!("{name}: {other:?}"),
                }
                let searched: Vec<&str> = r()
                    .search(name)
                    .iter()
                    .map(|h| h.municipality.nis)
                    .collect();
                assert!(searched.contains(&nis), "{name}: {searched:?}");
            }
        }
    }

    #[test]
    fn find_offers_every_partial_match_and_suggests_when_none() {
        // Part of a name, in any language: "Lütt" finds Liège through its German name.
        match r().find("lütt") {
            Found::One(f) => assert_eq!(f.municipality.nis, "62063"),
            other => panic!("{other:?}"),
        }
        // Statbel's suffix is not part of the name: "Antwerpen" is not Hove (Antwerpen).
        let searched: Vec<&str> = r()
            .search("antwerp")
            .iter()
            .map(|h| h.municipality.nis)
            .collect();
        assert_eq!(searched, ["11002"]);
        let Found::Several(many) = r().find("brug") else {
            panic!("brug finds several");
        };
        let codes: Vec<&str> = many.iter().map(|m| m.nis).collect();
        assert!(
            codes.contains(&"31005") && codes.contains(&"51012"),
            "{codes:?}"
        );
        // A merged name maps with its note.
        let Found::One(b) = r().find("Borsbeek") else {
            panic!("Borsbeek");
        };
        assert_eq!(b.municipality.nis, "11002");
        assert!(b.note.is_some());
        let Found::Nothing(err) = r().find("Bruggez") else {
            panic!("Bruggez finds nothing");
        };
        let hint = crate::error::hint_of(&err).unwrap();
        assert!(hint.contains("Brugge"), "{hint}");
        // Suggested in the language typed, with the municipality's own name.
        let Found::Nothing(err) = r().find("Anverz") else {
            panic!("Anverz finds nothing");
        };
        let hint = crate::error::hint_of(&err).unwrap();
        assert!(hint.contains("Anvers (Antwerpen, 11002)"), "{hint}");
        assert!(matches!(r().find("  "), Found::Nothing(_)));
    }

    #[test]
    fn choice_labels_name_every_language_once() {
        let label = |nis: &str| r().by_nis(nis).unwrap().choice_label();
        assert_eq!(label("31005"), "31005 Brugge (Bruges, Brügge)");
        assert_eq!(label("62063"), "62063 Liège (Luik, Lüttich)");
        assert_eq!(label("11001"), "11001 Aartselaar");
        assert_eq!(label("21004"), "21004 Bruxelles / Brussel (Brüssel)");
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

    #[test]
    fn search_ranks_exact_then_prefix_then_part_and_finds_former_municipalities() {
        let codes = |text: &str| -> Vec<&str> {
            r().search(text)
                .iter()
                .map(|h| h.municipality.nis)
                .collect()
        };
        // Mons is "Bergen" in Dutch: an exact name comes before names that contain it.
        let bergen = codes("Bergen");
        assert_eq!(bergen[0], "53053", "{bergen:?}");
        assert!(bergen.len() > 1, "{bergen:?}");
        // A beginning before a part: "Brug" finds Brugge before Zeebrugge-like names.
        let brug = r().search("Brug");
        let first_part = brug
            .iter()
            .position(|h| {
                !h.municipality
                    .names()
                    .iter()
                    .any(|n| match_key(n).starts_with("brug"))
            })
            .unwrap_or(brug.len());
        assert!(
            brug[..first_part].iter().all(|h| h
                .municipality
                .names()
                .iter()
                .any(|n| match_key(n).starts_with("brug"))),
            "{brug:?}"
        );
        // Former municipalities, by name or code, find what they became.
        for old in ["Borsbeek", "borsbeek", "11007"] {
            let hits = r().search(old);
            assert_eq!(hits.len(), 1, "{old}");
            assert_eq!(hits[0].municipality.nis, "11002");
            assert_eq!(hits[0].via.map(|g| g.old_nis.as_str()), Some("11007"));
        }
        assert_eq!(codes("71022"), ["71072"]);
        // Found by its own name, a municipality carries no merger.
        assert!(r().search("Hasselt")[0].via.is_none());
        // Saint abbreviations, hyphens and dots are equal.
        for name in [
            "St. Vith",
            "St Vith",
            "Sankt-Vith",
            "saint vith",
            "SANKT VITH",
        ] {
            assert_eq!(codes(name), ["63067"], "{name}");
            assert_eq!(r().resolve(name).unwrap().municipality.nis, "63067");
        }
        assert_eq!(r().resolve("St-Truiden").unwrap().municipality.nis, "71053");
        assert_eq!(
            r().resolve("Sint Truiden").unwrap().municipality.nis,
            "71053"
        );
        // Making the abbreviations equal makes no two municipalities' full names equal.
        let mut seen = std::collections::HashMap::new();
        for m in &r().municipalities {
            for n in m.names() {
                if let Some(other) = seen.insert(match_key(n), &m.nis)
                    && other != &m.nis
                {
                    panic!("{n}: {other} and {}", m.nis);
                }
            }
        }
    }
}
