//! Turns reference data and catalogues into Rust at build time, so that a run does not parse
//! them on every start (each cost about two million instructions, half a millisecond, of every
//! command that shows a text or names a municipality):
//!
//! - `municipalities.rs`: the records of `data/municipalities.csv` as a static table of
//!   `domain::municipality::Municipality` (string slices into the binary: 4,500 pointers for
//!   the loader to relocate, a tenth of what splitting the text at every start cost);
//! - `catalogues.rs`: every interface catalogue file (`i18n/<lang>/<area>.ftl`, embedded with
//!   `include_str!`) and, per language, where each message starts, sorted by key for a binary
//!   search (`i18n::source`). The first file that has a key gives it, as a Fluent bundle of all
//!   the files would keep the first.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// The interface languages, in the order of `i18n::UiLang`.
const LANGS: [(&str, &str); 4] = [("En", "en"), ("Nl", "nl"), ("Fr", "fr"), ("De", "de")];

/// The catalogue areas, in the order the files are searched.
const AREAS: [&str; 10] = [
    "main",
    "clap",
    "help",
    "file",
    "case",
    "meeting",
    "composition",
    "feedback",
    "export",
    "words",
];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    println!("cargo:rerun-if-changed=build.rs");
    municipalities(out);
    catalogues(out);
}

fn municipalities(out: &Path) {
    let path = "data/municipalities.csv";
    println!("cargo:rerun-if-changed={path}");
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut code =
        String::from("/// The records of data/municipalities.csv, as build.rs read them.\n");
    code.push_str("static MUNICIPALITY_TABLE: &[Municipality] = &[\n");
    for (n, record) in reader.records().enumerate() {
        let r = record.unwrap_or_else(|e| panic!("{path}, record {}: {e}", n + 1));
        assert!(
            r.len() == 8,
            "{path}, record {}: {} fields, not 8",
            n + 1,
            r.len()
        );
        let province = match &r[5] {
            "" => "None".to_string(),
            p => format!("Some({p:?})"),
        };
        let _ = writeln!(
            code,
            "    Municipality {{ nis: {:?}, name_nl: {:?}, name_fr: {:?}, name_de: {:?}, \
             arrondissement_nis: {:?}, province_nis: {province}, region: {:?}, valid_from: {:?} }},",
            &r[0], &r[1], &r[2], &r[3], &r[4], &r[6], &r[7]
        );
    }
    code.push_str("];\n");
    fs::write(out.join("municipalities.rs"), code).expect("writing municipalities.rs");
}

fn catalogues(out: &Path) {
    println!("cargo:rerun-if-changed=i18n");
    let mut files = String::from("/// Every catalogue file, embedded in the binary.\n");
    files.push_str("pub const CATALOGUES: &[Catalogue] = &[\n");
    // Per language: (key, position in CATALOGUES, byte offset of its line).
    let mut index: Vec<Vec<(String, usize, usize)>> = vec![Vec::new(); LANGS.len()];
    let mut seen: Vec<std::collections::HashSet<String>> = vec![Default::default(); LANGS.len()];
    let mut position = 0;
    for area in AREAS {
        for (li, (variant, lang)) in LANGS.iter().enumerate() {
            let rel = format!("i18n/{lang}/{area}.ftl");
            println!("cargo:rerun-if-changed={rel}");
            let text = fs::read_to_string(&rel).unwrap_or_else(|e| panic!("{rel}: {e}"));
            let _ = writeln!(
                files,
                "    Catalogue {{ lang: UiLang::{variant}, text: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{rel}\")) }},"
            );
            for (key, at) in message_starts(&text) {
                if seen[li].insert(key.clone()) {
                    index[li].push((key, position, at));
                }
            }
            position += 1;
        }
    }
    files.push_str("];\n\n");
    files.push_str(
        "/// Per language (in the order of UiLang), sorted by key: each message's file (its position\n\
         /// in CATALOGUES), the byte offset of its line and the length of its key (the key is the\n\
         /// line's start: numbers only, nothing for the loader to relocate at every start).\n",
    );
    files.push_str("static KEY_INDEX: [&[(u16, u32, u16)]; 4] = [\n");
    for keys in &mut index {
        keys.sort();
        files.push_str("    &[\n");
        for (key, file, at) in keys.iter() {
            let _ = writeln!(files, "        ({file}, {at}, {}), // {key}", key.len());
        }
        files.push_str("    ],\n");
    }
    files.push_str("];\n");
    fs::write(out.join("catalogues.rs"), files).expect("writing catalogues.rs");
}

/// Each message of a Fluent text and the byte offset of its line `key =`: a line that starts
/// with a letter, then the key's letters, digits, `-` and `_`, spaces and `=` (what
/// `i18n::message_source`, the tests' search, finds).
fn message_starts(text: &str) -> Vec<(String, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let line_end = text[at..].find('\n').map_or(bytes.len(), |n| at + n + 1);
        if bytes[at].is_ascii_alphabetic() {
            let mut key_end = at;
            while key_end < line_end
                && (bytes[key_end].is_ascii_alphanumeric() || b"-_".contains(&bytes[key_end]))
            {
                key_end += 1;
            }
            let mut eq = key_end;
            while eq < line_end && bytes[eq] == b' ' {
                eq += 1;
            }
            if bytes.get(eq) == Some(&b'=') {
                found.push((text[at..key_end].to_string(), at));
            }
        }
        at = line_end;
    }
    found
}
