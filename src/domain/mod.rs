//! Pure rules and types: no I/O, no clock, no database.

pub mod agenda;
pub mod case;
pub mod casecode;
pub mod composition;
pub mod consensus;
pub mod dates;
pub mod input;
pub mod municipality;
pub mod privacy;
pub mod security;
pub mod stats;
pub mod suppress;
pub mod text;

use serde::{Deserialize, Serialize};

/// Language of documents. `en` is the command vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    Fr,
    De,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "nl" => Some(Lang::Nl),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The name of the cell in this language (R15: LIVC-R in NL/DE/EN, CSIL-R in FR).
    pub fn cell_term(self) -> &'static str {
        match self {
            Lang::Fr => "CSIL-R",
            _ => "LIVC-R",
        }
    }
}
