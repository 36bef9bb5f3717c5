//! The scene the CLI tests share: the joint cell VLAS (Kortrijk, Kuurne, Lendelede) with its
//! organisations and members, and helpers to open cases, move them along, plan meetings and read
//! the rows they leave.
#![allow(dead_code)]

use serde_json::Value;

use super::{Env, id, json};

pub const KORTRIJK: &str = "34022";
pub const KUURNE: &str = "34023";
pub const LENDELEDE: &str = "34025";

/// The symbols of case codes, in value order (domain: 2-9 and A-Z without I, L, O).
pub const ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// Whether `code` is canonical `XXXX-XXXX` from [`ALPHABET`] with a correct check character
/// (position weights 8..1, weighted sum 0 modulo 31).
pub fn is_code(code: &str) -> bool {
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != 9 || chars[4] != '-' {
        return false;
    }
    let mut sum = 0;
    for (i, c) in chars.iter().filter(|c| **c != '-').enumerate() {
        match ALPHABET.find(*c) {
            Some(v) => sum += v * (8 - i),
            None => return false,
        }
    }
    sum % 31 == 0
}

// ---------------------------------------------------------------------------------------------
// The people of VLAS: the arguments of `member add` without `--from`
// ---------------------------------------------------------------------------------------------

pub const MAYOR_KORTRIJK: &[&str] = &[
    "Ruth Vandenberghe",
    "--org",
    "Stad Kortrijk",
    "--role",
    "mayor",
    "--municipality",
    "Kortrijk",
    "--email",
    "burgemeester@kortrijk.be",
];

pub const MAYOR_KUURNE: &[&str] = &[
    "Francis Declercq",
    "--org",
    "Gemeente Kuurne",
    "--role",
    "mayor",
    "--municipality",
    "Kuurne",
    "--email",
    "burgemeester@kuurne.be",
];

pub const MAYOR_LENDELEDE: &[&str] = &[
    "Karel Lagae",
    "--org",
    "Gemeente Lendelede",
    "--role",
    "mayor",
    "--municipality",
    "Lendelede",
    "--email",
    "burgemeester@lendelede.be",
];

/// The chair seat of Kortrijk's mayor (the same person as [`MAYOR_KORTRIJK`]).
pub const CHAIR: &[&str] = &[
    "Ruth Vandenberghe",
    "--org",
    "Stad Kortrijk",
    "--role",
    "chair",
    "--email",
    "burgemeester@kortrijk.be",
];

pub const IO: &[&str] = &[
    "Ingrid Maes",
    "--org",
    "Politiezone Vlas",
    "--role",
    "io",
    "--email",
    "io@pzvlas.be",
];

pub const PREVENTION: &[&str] = &[
    "Pieter Dewulf",
    "--org",
    "Stad Kortrijk",
    "--role",
    "prevention",
    "--email",
    "preventie@kortrijk.be",
];

/// Sara Coppens of the CAW, invited by the chair.
pub const CAW_PARTNER: &[&str] = &[
    "Sara Coppens",
    "--org",
    "CAW Zuid-West-Vlaanderen",
    "--role",
    "partner",
    "--email",
    "sara.coppens@caw.be",
    "--invited-by",
    "burgemeester@kortrijk.be",
];

/// `member add` with `args` as they are; returns the member id.
pub fn add_member(env: &Env, args: &[&str]) -> i64 {
    id(env, &[&["member", "add"], args].concat())
}

/// `member add` with `args` and `--from from`; returns the member id.
pub fn member_from(env: &Env, args: &[&str], from: &str) -> i64 {
    add_member(env, &[args, &["--from", from]].concat())
}

/// `member add` with `args`, from 2024-01-01 (the day VLAS was established) unless `args` give
/// their own `--from`; returns the member id.
pub fn member(env: &Env, args: &[&str]) -> i64 {
    if args.contains(&"--from") {
        add_member(env, args)
    } else {
        member_from(env, args, "2024-01-01")
    }
}

// ---------------------------------------------------------------------------------------------
// The joint cell VLAS
// ---------------------------------------------------------------------------------------------

/// The organisations of VLAS, in the order they are added.
pub const VLAS_ORGS: [(&str, &str); 6] = [
    ("Stad Kortrijk", "municipality"),
    ("Gemeente Kuurne", "municipality"),
    ("Gemeente Lendelede", "municipality"),
    ("Politiezone Vlas", "local_police"),
    ("CAW Zuid-West-Vlaanderen", "caw"),
    ("CLB Kortrijk", "clb"),
];

/// Member ids of VLAS.
pub struct Vlas {
    /// The chair: the same person as Kortrijk's mayor.
    pub chair: i64,
    pub mayor_kortrijk: i64,
    pub mayor_kuurne: i64,
    pub mayor_lendelede: i64,
    pub io: Option<i64>,
    pub prevention: i64,
    /// Sara Coppens, CAW ([`CAW_PARTNER`]).
    pub partner: i64,
}

/// The joint cell VLAS (Kortrijk, Kuurne, Lendelede, established 2024-01-01), without
/// organisations or members; `extra` goes to `cell add`.
pub fn vlas_cell(env: &Env, extra: &[&str]) {
    let mut args = vec![
        "cell",
        "add",
        "VLAS",
        "--name",
        "LIVC-R Kortrijk-Kuurne-Lendelede",
        "--municipality",
        "Kortrijk",
        "--municipality",
        "Kuurne",
        "--municipality",
        "Lendelede",
        "--established",
        "2024-01-01",
    ];
    args.extend_from_slice(extra);
    env.ok(&args);
}

/// Adds [`VLAS_ORGS`], then `more`; returns the id of the police zone.
pub fn vlas_orgs(env: &Env, more: &[(&str, &str)]) -> i64 {
    let mut police_org = 0;
    for (name, sector) in VLAS_ORGS.iter().chain(more) {
        let org = id(env, &["org", "add", name, "--sector", sector]);
        if *sector == "local_police" {
            police_org = org;
        }
    }
    police_org
}

/// The members of VLAS (after [`vlas_cell`] and [`vlas_orgs`]), from 2024-01-01: a mayor per
/// municipality, Kortrijk's mayor as chair, when `with_io` an IO, a prevention official and the
/// CAW partner ([`CAW_PARTNER`] followed by `partner_extra`). Nobody has signed a
/// confidentiality declaration.
pub fn vlas_members(env: &Env, with_io: bool, partner_extra: &[&str]) -> Vlas {
    let mayor_kortrijk = member(env, MAYOR_KORTRIJK);
    let mayor_kuurne = member(env, MAYOR_KUURNE);
    let mayor_lendelede = member(env, MAYOR_LENDELEDE);
    let chair = member(env, CHAIR);
    assert_eq!(chair, mayor_kortrijk, "the chair is Kortrijk's mayor");
    let io = with_io.then(|| member(env, IO));
    let prevention = member(env, PREVENTION);
    let partner = member(env, &[CAW_PARTNER, partner_extra].concat());
    Vlas {
        chair,
        mayor_kortrijk,
        mayor_kuurne,
        mayor_lendelede,
        io,
        prevention,
        partner,
    }
}

/// VLAS with its organisations, a mayor per municipality, Kortrijk's mayor as chair, an IO, a
/// prevention official and a CAW partner invited by the chair.
pub fn vlas(env: &Env) -> Vlas {
    vlas_cell(env, &[]);
    vlas_orgs(env, &[]);
    vlas_members(env, true, &[])
}

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

/// Opens a case reported by a partner and returns its code (stdout).
pub fn open(
    env: &Env,
    municipality: &str,
    phenomenon: &str,
    age_band: &str,
    extra: &[&str],
) -> String {
    open_from(env, municipality, "partner", phenomenon, age_band, extra)
}

/// Opens a case from `source` and returns its code (stdout).
pub fn open_from(
    env: &Env,
    municipality: &str,
    source: &str,
    phenomenon: &str,
    age_band: &str,
    extra: &[&str],
) -> String {
    let mut args = vec![
        "case",
        "open",
        "--municipality",
        municipality,
        "--source",
        source,
        "--phenomenon",
        phenomenon,
        "--age-band",
        age_band,
    ];
    args.extend_from_slice(extra);
    let code = env.ok(&args).trim().to_string();
    assert!(is_code(&code), "not a case code: {code:?}");
    code
}

/// A plain case in Kortrijk, opened today.
pub fn case(env: &Env) -> String {
    open(env, "Kortrijk", "religious", "18_24", &[])
}

/// Moves a signal case along signal → screening → on_list (decided by `chair`) → follow_up
/// until it reaches `target`; `extra` goes to every move (`--on DATE`).
fn move_along(env: &Env, code: &str, target: &str, chair: i64, extra: &[&str]) {
    let chair = chair.to_string();
    for step in ["screening", "on_list", "follow_up"] {
        let mut args = vec!["case", "move", code, "--to", step];
        if step == "on_list" {
            args.extend_from_slice(&["--decided-by", &chair]);
        }
        args.extend_from_slice(extra);
        env.ok(&args);
        if step == target {
            return;
        }
    }
    panic!("cannot advance to {target}");
}

/// Moves a signal case along signal → screening → on_list (the chair decides) → follow_up until
/// it reaches `target`.
pub fn advance(env: &Env, code: &str, target: &str, chair: i64) {
    move_along(env, code, target, chair, &[]);
}

/// Moves a signal case to follow_up on `on` (screening, on_list by the chair, follow_up).
pub fn to_follow_up(env: &Env, code: &str, on: &str, chair: i64) {
    move_along(env, code, "follow_up", chair, &["--on", on]);
}

pub fn case_id(env: &Env, code: &str) -> i64 {
    env.db()
        .query_row("SELECT id FROM case_file WHERE code = ?1", [code], |r| {
            r.get(0)
        })
        .unwrap()
}

/// The number of audit rows with this action about this entity.
pub fn audit_rows(env: &Env, action: &str, entity: &str, entity_id: &str) -> i64 {
    env.db()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = ?1 AND entity = ?2 AND entity_id = ?3",
            [action, entity, entity_id],
            |r| r.get(0),
        )
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------------

/// Plans a meeting and returns its id (as text, the way commands take it).
pub fn plan(env: &Env, date: &str, time: &str, extra: &[&str]) -> String {
    let mut args = vec!["meeting", "plan", date, time];
    args.extend_from_slice(extra);
    id(env, &args).to_string()
}

/// `agenda show` as JSON rows.
pub fn agenda(env: &Env, meeting: &str) -> Vec<Value> {
    json(&env.ok(&["agenda", "show", meeting, "--format", "json"]))
        .as_array()
        .unwrap()
        .clone()
}
