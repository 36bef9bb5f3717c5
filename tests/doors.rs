//! Doors of issues 10 and 11, tried from the command line as a determined user would: every
//! rule's refusal is tried through the other verb, the other date, the other person and the
//! other field. A refusal must name its rule and leave the file byte for byte as it was
//! (`Env::refused`); a warning goes to stderr and the write goes ahead.
//!
//! Tests marked `#[ignore = "way round: …"]` found a way round that is still open: they state
//! the behaviour the rules ask for and fail today (`cargo test --test doors -- --ignored`).

mod common;

use std::ffi::OsString;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use common::scene::*;
use common::{Env, id, json};

/// A synthetic national register number (pre-2000 rule) in its usual printed form.
const NN: &str = "85.07.30-033.28";

/// VLAS (today 2026-11-30) with a case in follow-up since 2026-06-02 (Kortrijk) and a case in
/// `signal` since 2026-06-01 (Kuurne).
struct Scene {
    v: Vlas,
    code: String,
    signal: String,
}

fn build_scene(env: &Env) -> Scene {
    let v = vlas(env);
    let code = open(
        env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--on", "2026-06-01"],
    );
    to_follow_up(env, &code, "2026-06-02", v.chair);
    let signal = open(env, "Kuurne", "mixed", "12_17", &["--on", "2026-06-01"]);
    Scene { v, code, signal }
}

// ---------------------------------------------------------------------------------------------
// Templates: each scene is built once per test run and copied into every test's own file, so
// that the suite stays quick.
// ---------------------------------------------------------------------------------------------

struct Template<T> {
    files: Vec<(OsString, Vec<u8>)>,
    data: T,
}

/// Puts the file of the scene `build` makes (built once, the first time) into `env` and returns
/// the scene's ids.
fn from_template<T: Send + Sync>(
    env: &Env,
    cell: &'static OnceLock<Template<T>>,
    build: fn(&Env) -> T,
    copy: fn(&T) -> T,
) -> T {
    let t = cell.get_or_init(|| {
        let e = Env::new();
        let data = build(&e);
        let dir = e.db_path().parent().unwrap().to_path_buf();
        let files = std::fs::read_dir(&dir)
            .unwrap()
            .map(|f| {
                let f = f.unwrap();
                (f.file_name(), std::fs::read(f.path()).unwrap())
            })
            .collect();
        Template { files, data }
    });
    let dir = env.db_path().parent().unwrap().to_path_buf();
    for f in std::fs::read_dir(&dir).unwrap() {
        std::fs::remove_file(f.unwrap().path()).unwrap();
    }
    for (name, bytes) in &t.files {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    copy(&t.data)
}

fn copy_vlas(v: &Vlas) -> Vlas {
    Vlas {
        chair: v.chair,
        mayor_kortrijk: v.mayor_kortrijk,
        mayor_kuurne: v.mayor_kuurne,
        mayor_lendelede: v.mayor_lendelede,
        io: v.io,
        prevention: v.prevention,
        partner: v.partner,
    }
}

fn copy_scene(s: &Scene) -> Scene {
    Scene {
        v: copy_vlas(&s.v),
        code: s.code.clone(),
        signal: s.signal.clone(),
    }
}

/// VLAS ([`vlas`]) in `env`.
fn vlas_here(env: &Env) -> Vlas {
    static T: OnceLock<Template<Vlas>> = OnceLock::new();
    from_template(env, &T, vlas, copy_vlas)
}

/// [`build_scene`] in `env`.
fn scene(env: &Env) -> Scene {
    static T: OnceLock<Template<Scene>> = OnceLock::new();
    from_template(env, &T, build_scene, copy_scene)
}

/// [`build_text_scene`] in `env`.
fn text_scene(env: &Env) -> TextScene {
    static T: OnceLock<Template<TextScene>> = OnceLock::new();
    from_template(env, &T, build_text_scene, |t| TextScene {
        s: copy_scene(&t.s),
        action: t.action.clone(),
        planned: t.planned.clone(),
        open: t.open.clone(),
        held_item: t.held_item.clone(),
        form: t.form.clone(),
    })
}

/// [`build_expired`] in `env`.
fn expired(env: &Env) -> Expired {
    static T: OnceLock<Template<Expired>> = OnceLock::new();
    from_template(env, &T, build_expired, |(v, a, b, c, d)| {
        (copy_vlas(v), a.clone(), b.clone(), c.clone(), d.clone())
    })
}

/// The chair, the IO, the prevention official and the CAW partner.
fn present(v: &Vlas) -> String {
    format!(
        "{},{},{},{}",
        v.chair,
        v.io.unwrap(),
        v.prevention,
        v.partner
    )
}

/// A case consultation on `date` 14:00 whose item 1 is about the scene's case, attended by
/// [`present`] and decided by consensus; held when `close`.
fn meeting_with_item(env: &Env, s: &Scene, date: &str, close: bool) -> String {
    let m = plan(env, date, "14:00", &["--yes"]);
    env.ok(&["agenda", "add", &m, "--case", &s.code, "Terugkoppeling?"]);
    env.ok(&["meeting", "attend", &m, "--present", &present(&s.v)]);
    env.ok(&["meeting", "decide", &m, "1", "--kind", "consensus"]);
    if close {
        env.ok(&["meeting", "close", &m]);
    }
    m
}

/// A draft feedback form on item 1 of the held meeting `m`.
fn draft(env: &Env, s: &Scene, m: &str, text: &str) -> String {
    id(
        env,
        &[
            "feedback",
            "draft",
            &s.code,
            "--item",
            &format!("{m}:1"),
            text,
        ],
    )
    .to_string()
}

/// Refused (exit 1, the file unchanged) with a message naming `rule`.
fn refused_naming(env: &Env, args: &[&str], rule: &str) -> String {
    let err = env.refused(args);
    assert!(
        err.contains(rule),
        "livcr {args:?}: the refusal should name {rule}:\n{err}"
    );
    err
}

/// Exit 0 with a warning on stderr that holds `needle`.
fn warned(env: &Env, args: &[&str], needle: &str) {
    let out = env.run(args);
    assert_eq!(
        out.code, 0,
        "livcr {args:?} should go ahead with a warning\n{}",
        out.stderr
    );
    assert!(
        out.stderr
            .lines()
            .any(|l| l.starts_with("warning:") && l.contains(needle)),
        "livcr {args:?} should warn about {needle}:\n{}",
        out.stderr
    );
}

/// Every stored text of the scene, each as the command that would store `text`: names,
/// locations, reasons, items, decisions, notes, actions, feedback, referral notes, the actor.
/// Needs [`text_scene`].
fn text_fields(s: &TextScene, text: &str) -> Vec<Vec<String>> {
    let c = &s.s.code;
    let partner = s.s.v.partner.to_string();
    let rows: Vec<Vec<&str>> = vec![
        vec!["cell", "edit", "VLAS", "--name", text],
        vec!["org", "add", text, "--sector", "other"],
        vec![
            "org",
            "add",
            "Jeugdhulp West",
            "--sector",
            "youth_welfare",
            "--legal-basis",
            text,
        ],
        vec!["org", "edit", "5", "--name", text],
        vec!["org", "edit", "5", "--legal-basis", text],
        vec![
            "member",
            "add",
            text,
            "--org",
            "CLB Kortrijk",
            "--role",
            "partner",
            "--email",
            "nieuw@clb.example",
            "--invited-by",
            "1",
        ],
        vec!["member", "edit", &partner, "--name", text],
        vec![
            "case",
            "open",
            "--municipality",
            "Kortrijk",
            "--source",
            "partner",
            "--phenomenon",
            "mixed",
            "--age-band",
            "25_plus",
            "--summary",
            text,
        ],
        vec![
            "case",
            "move",
            &s.s.signal,
            "--to",
            "screening",
            "--reason",
            text,
        ],
        vec!["case", "note", c, text],
        vec!["action", "add", c, "--org", "CAW", "--due", "+2w", text],
        vec!["action", "edit", &s.action, "--text", text],
        vec!["meeting", "plan", "2026-12-20", "10:00", "--location", text],
        vec!["meeting", "cancel", &s.planned, "--reason", text],
        vec!["agenda", "add", &s.planned, text],
        vec![
            "meeting",
            "decide",
            &s.open,
            "1",
            "--kind",
            "consensus",
            "--text",
            text,
        ],
        vec![
            "referral",
            "in",
            "--received",
            "2026-11-30",
            "--case",
            c,
            "--note",
            text,
        ],
        vec!["feedback", "draft", c, "--item", &s.held_item, "--", text],
        vec!["feedback", "edit", &s.form, "--", text],
        vec!["--as", text, "case", "note", c, "Gesprek gehad."],
    ];
    rows.into_iter()
        .map(|r| r.into_iter().map(str::to_string).collect())
        .collect()
}

/// The scene with an open action, a planned meeting (2026-12-10, one case item), a past meeting
/// with attendance and a case item not yet decided (2026-11-24), and a held meeting
/// (2026-11-23) with a draft form on its item.
struct TextScene {
    s: Scene,
    action: String,
    planned: String,
    open: String,
    held_item: String,
    form: String,
}

fn build_text_scene(env: &Env) -> TextScene {
    let s = build_scene(env);
    let action = id(
        env,
        &[
            "action", "add", &s.code, "--org", "CAW", "--due", "+2w", "Gesprek",
        ],
    )
    .to_string();
    let planned = plan(env, "2026-12-10", "14:00", &[]);
    env.ok(&["agenda", "add", &planned, "--case", &s.code, "Bespreking"]);
    let held = meeting_with_item(env, &s, "2026-11-23", true);
    let form = draft(env, &s, &held, "De cel volgt de situatie op.");
    let open = plan(env, "2026-11-24", "10:00", &["--yes"]);
    env.ok(&["agenda", "add", &open, "--case", &s.code, "Opvolging"]);
    env.ok(&["meeting", "attend", &open, "--present", &present(&s.v)]);
    TextScene {
        s,
        action,
        planned,
        open,
        held_item: format!("{held}:1"),
        form,
    }
}

/// `referral in` for `code`, received today with `extra`; returns the referral's id (the first
/// word it prints).
fn referral_in(env: &Env, code: &str, extra: &[&str]) -> String {
    let mut a = vec!["referral", "in", "--received", "2026-11-30", "--case", code];
    a.extend_from_slice(extra);
    let out = env.ok(&a);
    out.split_whitespace().next().unwrap().to_string()
}

fn args(row: &[String]) -> Vec<&str> {
    row.iter().map(String::as_str).collect()
}

// =============================================================================================
// R8: the privacy linter
// =============================================================================================

#[test]
fn r8_the_linter_sees_through_the_listed_evasions() {
    let env = Env::new();
    let s = scene(&env);
    let evasions = [
        "nr 85073003328",
        "nr 06070500252",
        "nr 85073006197",
        "nr 85493001153",
        "nr 85 07 30 033 28",
        "nr 85_07_30_033_28",
        "nr 85.07.30.033.28",
        "nr 850730/033/28",
        "nr 85,073,003,328",
        "nr 8 5 0 7 3 0 0 3 3 2 8",
        "nr 850730\n03328",
        "nr 850730\r\n03328",
        "nr 85 07 30\n033 28",
        "nr 85.07.30-\n033.28",
        "nr 85073\u{200b}003328",
        "nr 8507300\u{2060}3328",
        "nr 85073\u{feff}003328",
        "nr 85073\u{00ad}003328",
        "nr 85073\u{200f}003328",
        "nr \u{0668}\u{0665}\u{0660}\u{0667}\u{0663}\u{0660}\u{0660}\u{0663}\u{0663}\u{0662}\u{0668}",
        "nr \u{06f8}\u{06f5}\u{06f0}\u{06f7}\u{06f3}\u{06f0}\u{06f0}\u{06f3}\u{06f3}\u{06f2}\u{06f8}",
        "nr \u{096e}\u{096b}\u{0966}\u{096d}\u{0969}\u{0966}\u{0966}\u{0969}\u{0969}\u{0968}\u{096e}",
        "nr \u{ff18}\u{ff15}\u{ff10}\u{ff17}\u{ff13}\u{ff10}\u{ff10}\u{ff13}\u{ff13}\u{ff12}\u{ff18}",
        "BE68-5390-0754-7034",
        "BE68 5390 0754 7034",
        "IBAN BE68.5390.0754.7034",
        "IBAN BE68_5390_0754_7034",
        "a\u{200b}b@example.com",
        "x\u{ff20}example.com",
        "x[at]example.com",
        "jongere (12/03/2008)",
        "zijn verjaardag is 12/03/2008",
        "anniversaire le 12/03/2008",
        "sein Geburtstag ist am 12.03.2008",
        "his birthday is 12/03/2008",
        "Jugendlicher (12.03.2008)",
        "meisje, \u{b0}12/03/2008",
        "jongere (2008-03-12)",
        "jongere (12 maart 2008)",
        "0475 12 34 56",
        "+32 475 12 34 56",
        "tel 0475/12.34.56",
    ];
    for text in evasions {
        refused_naming(&env, &["case", "note", &s.code, text], "R8");
    }
}

#[test]
fn r8_look_alikes_still_pass() {
    let env = Env::new();
    let s = scene(&env);
    for text in [
        "Casusoverleg op 12/03/2026 om 14:00",
        "Volgende evaluatie 2027-02-22",
        "Zie ook casus K7M4-QX2A in de lijst",
        "Bedrag 1.250,00 EUR voor begeleiding",
        "NIS 34022 en 34023",
        "Dossier 2026/0345 van de jeugdrechtbank",
    ] {
        env.ok(&["case", "note", &s.code, text]);
    }
}

#[test]
fn r8_the_linter_runs_on_every_stored_text() {
    let env = Env::new();
    let t = text_scene(&env);
    for text in [NN, "a\u{200b}b@example.com"] {
        for row in text_fields(&t, text) {
            refused_naming(&env, &args(&row), "R8");
        }
    }
    // The other kinds, through a field of each sort (a name, a single line, a multi-line text).
    for text in [
        "85 07 30 033 28",
        "85073\u{200b}003328",
        "BE68-5390-0754-7034",
        "0475 12 34 56",
        "jongere (12/03/2008)",
    ] {
        for row in text_fields(&t, text).iter().step_by(4) {
            refused_naming(&env, &args(row), "R8");
        }
    }
}

#[test]
fn r8_a_member_name_holds_no_identifier_and_an_email_only_in_its_field() {
    let env = Env::new();
    let s = scene(&env);
    let partner = s.v.partner.to_string();
    for name in [
        "Jan 85073003328",
        "Jan geboren 12/03/1985",
        "Jan BE68 5390 0754 7034",
        "Jan 0475 12 34 56",
        "Jan jan@caw.example",
    ] {
        refused_naming(&env, &["member", "edit", &partner, "--name", name], "R8");
    }
    env.ok(&["member", "edit", &partner, "--email", "sara.c@caw.example"]);
}

#[test]
fn r8_a_number_split_by_a_line_break_and_an_indent_is_refused() {
    let env = Env::new();
    let t = text_scene(&env);
    let split = "nr 85 07 30\n   033 28";
    // Every field but the single-line ones, which refuse a line break anyway: the summary, the
    // reason, the note, the referral note and the feedback form among them.
    let single_line = [0, 2, 4, 12, 13, 15, 19];
    for (i, row) in text_fields(&t, split).iter().enumerate() {
        if !single_line.contains(&i) {
            refused_naming(&env, &args(row), "R8");
        }
    }
}

#[test]
fn r8_a_number_split_by_a_longer_separator_is_refused() {
    let env = Env::new();
    let s = scene(&env);
    for text in [
        "nr 850730 -- 03328",
        "nr 850730\n   03328",
        "nr 850730 . . 03328",
    ] {
        refused_naming(&env, &["case", "note", &s.code, text], "R8");
    }
}

#[test]
fn r8_combining_marks_inside_a_number_do_not_hide_it() {
    let env = Env::new();
    let s = scene(&env);
    for text in [
        "nr 8\u{0301}5073003328",
        "nr 8\u{0300}5073003328",
        "nr 85073\u{0336}003328",
        "nr 85073\u{20dd}003328",
        "BE68\u{0301}5390\u{0301}0754\u{0301}7034",
    ] {
        refused_naming(&env, &["case", "note", &s.code, text], "R8");
    }
    refused_naming(&env, &["case", "note", &s.code, "Over F\u{0301}TF"], "R13");
}

#[test]
fn r8_birth_dates_in_other_phrasings_are_refused() {
    let env = Env::new();
    let s = scene(&env);
    for text in [
        "jongere (12 03 2008)",
        "jongere 12 03 2008",
        "jongere (12 /03/ 2008)",
        "jongere (12 / 03 / 2008)",
        "man (12/03/2008)",
        "vrouw (12/03/2008)",
        "femme (12/03/2008)",
        "Mann (12.03.2008)",
        "woman (12/03/2008)",
        "young man (12/03/2008)",
    ] {
        refused_naming(&env, &["case", "note", &s.code, text], "R8");
    }
}

#[test]
fn r8_spelled_out_email_addresses_are_refused() {
    let env = Env::new();
    let s = scene(&env);
    for text in [
        "mail x @ example.com",
        "mail x(at)example(dot)com",
        "mail x (at) example.com",
    ] {
        refused_naming(&env, &["case", "note", &s.code, text], "R8");
    }
}

#[test]
fn r8_a_member_name_carries_no_birth_date() {
    let env = Env::new();
    let s = scene(&env);
    let partner = s.v.partner.to_string();
    for name in ["Jan Peeters (12/03/1985)", "Jan Peeters 12.03.1985"] {
        refused_naming(&env, &["member", "edit", &partner, "--name", name], "R8");
        refused_naming(
            &env,
            &[
                "member",
                "add",
                name,
                "--org",
                "CLB Kortrijk",
                "--role",
                "partner",
                "--email",
                "jan@clb.example",
                "--invited-by",
                "1",
            ],
            "R8",
        );
    }
}

#[test]
fn r8_contact_fields_hold_no_national_number_or_date() {
    let env = Env::new();
    let s = scene(&env);
    let partner = s.v.partner.to_string();
    env.refused(&["member", "edit", &partner, "--phone", "85073003328"]);
    env.refused(&["member", "edit", &partner, "--phone", "12/03/2008"]);
    refused_naming(
        &env,
        &["member", "edit", &partner, "--email", "85073003328@caw.be"],
        "R8",
    );
}

// =============================================================================================
// R4: security and intelligence services
// =============================================================================================

#[test]
fn r4_security_services_are_refused_by_add_and_edit() {
    let env = Env::new();
    let s = scene(&env);
    let names = [
        "DirCo",
        "DirCo West-Vlaanderen",
        "Dir Co",
        "directeur-coördinator",
        "Directeur coordonnateur",
        "CGSU",
        "C.G.S.U.",
        "DSU",
        "D.S.U.",
        "DSU Kortrijk",
        "Taskforce",
        "Task Force",
        "TaskForce",
        "LTF",
        "L.T.F.",
        "TFL",
        "Lokale Taskforce Kortrijk",
        "Inlichtingendienst",
        "Inlichtingen dienst",
        "Staats veiligheid",
        "Staats_veiligheid",
        "Staats\u{ad}veiligheid",
        "Sûreté",
        "SURETE",
        "Sûreté de l'État",
        "VSSE",
        "V\u{200b}SSE",
        "OCAD",
        "\u{ff2f}\u{ff23}\u{ff21}\u{ff24}",
        "OCAM",
        "CUTA",
        "ADIV",
        "SGRS",
        "Federale Politie",
        "Police fédérale",
        "Föderale Polizei",
        "FGP Kortrijk",
        "DJSOC",
        "Nachrichtendienst",
    ];
    for name in names {
        refused_naming(&env, &["org", "add", name, "--sector", "other"], "R4");
    }
    for name in names.iter().step_by(4) {
        refused_naming(&env, &["org", "edit", "5", "--name", name], "R4");
    }
    // member edit --org passes the same test: a partner cannot move into the police zone.
    env.refused(&[
        "member",
        "edit",
        &s.v.partner.to_string(),
        "--org",
        "Politiezone Vlas",
    ]);
    refused_naming(&env, &["org", "edit", "4", "--sector", "other"], "R4");
}

#[test]
fn r4_the_local_taskforce_with_a_place_and_fedpol_are_refused() {
    let env = Env::new();
    let _ = scene(&env);
    for name in [
        "Taskforce Kortrijk",
        "Taskforce Lokaal",
        "Kortrijk Taskforce",
        "Taskforce-Lokaal",
        "Fedpol",
        "Fed Pol",
    ] {
        refused_naming(&env, &["org", "add", name, "--sector", "other"], "R4");
        refused_naming(&env, &["org", "edit", "5", "--name", name], "R4");
    }
}

// =============================================================================================
// R13: security labels need --yes
// =============================================================================================

#[test]
fn r13_every_field_naming_a_label_needs_yes() {
    let env = Env::new();
    let t = text_scene(&env);
    for row in text_fields(&t, "Over FTF") {
        refused_naming(&env, &args(&row), "R13");
    }
    for text in ["Over de GGB", "GEHEIM verslag"] {
        for row in text_fields(&t, text).iter().step_by(3) {
            refused_naming(&env, &args(row), "R13");
        }
    }
    // With --yes the write goes ahead, with the warning.
    warned(
        &env,
        &["--yes", "case", "note", &t.s.code, "Over FTF"],
        "R13",
    );
}

#[test]
fn r13_labels_are_seen_in_their_usual_spellings() {
    let env = Env::new();
    let s = scene(&env);
    for label in [
        "FTF",
        "F.T.F.",
        "F T F",
        "F. T. F.",
        "F_T_F",
        "F\u{200b}TF",
        "\u{ff26}\u{ff34}\u{ff26}",
        "ftf-dossier",
        "Foreign Terrorist Fighter",
        "combattant terroriste étranger",
        "HTF",
        "H.T.F.",
        "Homegrown terrorist fighter",
        "HP",
        "haatpropagandist",
        "propagandiste de haine",
        "PGE",
        "P.G.E.",
        "potentieel gewelddadige extremist",
        "extrémiste potentiellement violent",
        "TV",
        "terrorisme veroordeelde",
        "condamné pour terrorisme",
        "condamné terroriste",
        "wegen Terrorismus verurteilt",
        "Terrorverurteilter",
        "gemeenschappelijke gegevensbank",
        "banque de données commune",
        "gemeinsame Datenbank",
        "GGB",
        "G.G.B.",
        "BDC",
        "B.D.C.",
        "GEHEIM",
        "ZEER GEHEIM",
        "VS-GEHEIM",
        "SECRET",
        "TRÈS SECRET",
        "geclassificeerd",
        "classifié",
        "classifiée",
        "classified",
    ] {
        refused_naming(
            &env,
            &["case", "note", &s.code, &format!("Over {label}")],
            "R13",
        );
    }
}

#[test]
fn r13_labels_in_other_word_orders_and_languages_need_yes() {
    let env = Env::new();
    let s = scene(&env);
    for label in [
        "T.V.",
        "veroordeelde terrorist",
        "veroordeeld voor terrorisme",
        "terroristisch veroordeelde",
        "verurteilter Terrorist",
        "Terrorismusverurteilter",
        "condamnée pour faits de terrorisme",
        "terrorist offender",
        "buitenlandse terroristische strijder",
        "ausländischer terroristischer Kämpfer",
        "Syriëstrijder",
        "Hassprediger",
        "potenziell gewalttätiger Extremist",
        "common database",
    ] {
        refused_naming(
            &env,
            &["case", "note", &s.code, &format!("Over {label}")],
            "R13",
        );
    }
}

// =============================================================================================
// R7: the feedback gate and what a held meeting fixes
// =============================================================================================

#[test]
fn r7_a_held_meeting_is_fixed() {
    let env = Env::new();
    let s = scene(&env);
    let m = meeting_with_item(&env, &s, "2026-11-23", true);
    let kuurne = s.v.mayor_kuurne.to_string();
    let partner = s.v.partner.to_string();
    for args in [
        vec!["meeting", "attend", &m, "--present", &kuurne],
        vec!["meeting", "attend", &m, "--absent", &partner],
        vec!["meeting", "attend", &m, "--excused", &partner],
        vec!["agenda", "add", &m, "Nog een punt"],
        vec!["agenda", "rm", &m, "1"],
        vec!["agenda", "move", &m, "1", "--to", "reviews"],
        vec!["agenda", "draft", &m],
        vec!["meeting", "move", &m, "--to", "2026-12-24", "10:00"],
        vec!["meeting", "cancel", &m],
        vec!["meeting", "close", &m],
    ] {
        env.refused(&args);
    }
    for args in [
        vec!["meeting", "decide", &m, "1", "--kind", "chair"],
        vec![
            "meeting",
            "decide",
            &m,
            "1",
            "--kind",
            "consensus",
            "--left",
            &partner,
        ],
        vec![
            "meeting",
            "decide",
            &m,
            "1",
            "--kind",
            "consensus",
            "--joined",
            &kuurne,
        ],
    ] {
        refused_naming(&env, &args, "R7");
    }
    // A seat in force at the held meeting cannot end on or before it.
    refused_naming(
        &env,
        &["member", "end", &partner, "--on", "2026-11-23"],
        "R2",
    );
}

#[test]
fn r7_refusals_of_a_held_meeting_name_the_rule() {
    let env = Env::new();
    let s = scene(&env);
    let m = meeting_with_item(&env, &s, "2026-11-23", true);
    let kuurne = s.v.mayor_kuurne.to_string();
    refused_naming(&env, &["meeting", "attend", &m, "--present", &kuurne], "R7");
    refused_naming(&env, &["agenda", "add", &m, "Nog een punt"], "R7");
}

#[test]
fn r7_a_secret_holder_marked_after_the_draft_must_confirm_and_a_sent_form_is_fixed() {
    let env = Env::new();
    let s = scene(&env);
    let m = meeting_with_item(&env, &s, "2026-11-23", true);
    let form = draft(&env, &s, &m, "De cel volgt de situatie op.");
    let inbound = referral_in(&env, &s.code, &[]);
    // No sent form yet: referral feedback is refused, with or without --form.
    refused_naming(&env, &["referral", "feedback", &inbound], "R7");
    refused_naming(
        &env,
        &["referral", "feedback", &inbound, "--form", &form],
        "R7",
    );
    // A draft says so and never carries the consensus sentence.
    for format in ["md", "html"] {
        let doc = env.ok(&[
            "feedback", "show", &form, "--lang", "en", "--format", format,
        ]);
        assert!(doc.contains("must not leave the cell"), "{doc}");
        assert!(!doc.contains("Drawn up with the consensus"), "{doc}");
    }
    for p in [s.v.chair, s.v.io.unwrap(), s.v.prevention, s.v.partner] {
        env.ok(&[
            "feedback",
            "consent",
            &form,
            "--member",
            &p.to_string(),
            "--answer",
            "yes",
        ]);
    }
    let partner = s.v.partner.to_string();
    env.ok(&["member", "edit", &partner, "--secret-holder", "true"]);
    let err = refused_naming(&env, &["feedback", "send", &form], "R7");
    assert!(err.contains("Sara Coppens"), "{err}");
    env.ok(&["feedback", "confirm", &form, "--member", &partner]);
    env.ok(&["feedback", "send", &form]);
    let doc = env.ok(&["feedback", "show", &form, "--lang", "en"]);
    assert!(doc.contains("Drawn up with the consensus"), "{doc}");

    // The sent form and its answers are fixed.
    let chair = s.v.chair.to_string();
    for args in [
        vec!["feedback", "edit", &form, "Nieuwe tekst"],
        vec!["feedback", "withdraw", &form],
        vec!["feedback", "send", &form],
        vec![
            "feedback", "consent", &form, "--member", &chair, "--answer", "yes",
        ],
        vec![
            "feedback", "consent", &form, "--member", &chair, "--answer", "no",
        ],
        vec!["feedback", "confirm", &form, "--member", &partner],
    ] {
        refused_naming(&env, &args, "R7");
    }
    let out = env.run(&["referral", "feedback", &inbound]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        format!("{}{}", out.stdout, out.stderr).contains(&format!("form #{form}")),
        "{}",
        out.stderr
    );
}

#[test]
fn r7_the_draft_form_refusal_reads_as_one_sentence() {
    let env = Env::new();
    let s = scene(&env);
    let m = meeting_with_item(&env, &s, "2026-11-23", true);
    let form = draft(&env, &s, &m, "De cel volgt de situatie op.");
    let inbound = referral_in(&env, &s.code, &[]);
    let err = env.refused(&["referral", "feedback", &inbound, "--form", &form]);
    assert!(!err.contains("   "), "{err:?}");
}

#[test]
fn r7_a_member_without_a_seat_on_the_meeting_date_does_not_take_part() {
    let env = Env::new();
    let s = scene(&env);
    let m = plan(&env, "2026-11-23", "14:00", &["--yes"]);
    env.ok(&["agenda", "add", &m, "--case", &s.code, "Bespreking"]);
    env.ok(&["meeting", "attend", &m, "--present", &present(&s.v)]);
    // The partner's seat cannot end before the meeting she is recorded present at.
    let err = env.refused(&[
        "member",
        "end",
        &s.v.partner.to_string(),
        "--on",
        "2026-11-20",
    ]);
    assert!(err.contains("recorded present"), "{err}");
    env.ok(&["meeting", "decide", &m, "1", "--kind", "consensus"]);
    // Every participant held a seat on the meeting's date.
    let strays = env.count(&format!(
        "SELECT count(*) FROM item_participant ip JOIN agenda_item ai ON ai.id = ip.item_id
         WHERE ai.meeting_id = {m} AND NOT EXISTS (
             SELECT 1 FROM membership s WHERE s.person_id = ip.person_id
                AND s.from_on <= '2026-11-23'
                AND (s.until_on IS NULL OR s.until_on > '2026-11-23'))"
    ));
    assert_eq!(strays, 0, "a participant held no seat on 2026-11-23");
}

// =============================================================================================
// R9: who puts a case on the list; a case belongs to the cell that covers its municipality
// =============================================================================================

#[test]
fn r9_reopening_to_the_list_needs_the_chair_or_the_municipality_s_mayor() {
    let env = Env::new();
    let s = scene(&env);
    env.ok(&["case", "close", &s.code, "--reason", "goals_reached"]);
    refused_naming(&env, &["case", "reopen", &s.code], "R9");
    for who in [
        s.v.partner,
        s.v.io.unwrap(),
        s.v.prevention,
        s.v.mayor_kuurne,
        s.v.mayor_lendelede,
    ] {
        refused_naming(
            &env,
            &["case", "reopen", &s.code, "--decided-by", &who.to_string()],
            "R9",
        );
    }
    env.ok(&[
        "case",
        "reopen",
        &s.code,
        "--decided-by",
        &s.v.mayor_kortrijk.to_string(),
    ]);
}

#[test]
fn r9_a_municipality_with_open_cases_cannot_leave() {
    let env = Env::new();
    let s = scene(&env);
    for on in ["2026-06-01", "2026-11-30", "2026-12-31"] {
        refused_naming(
            &env,
            &[
                "cell",
                "leave",
                "VLAS",
                "--municipality",
                "Kuurne",
                "--on",
                on,
            ],
            "R9",
        );
    }
    env.refused(&[
        "cell",
        "leave",
        "VLAS",
        "--municipality",
        "Kuurne",
        "--on",
        "2026-12-31",
        "--close-open-cases",
        "other",
    ]);
    env.ok(&[
        "cell",
        "leave",
        "VLAS",
        "--municipality",
        "Kuurne",
        "--on",
        "2026-11-30",
        "--close-open-cases",
        "other",
    ]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_file WHERE code = '{}' AND status = 'declined'",
            s.signal
        )),
        1
    );
}

#[test]
fn r9_a_move_cannot_be_dated_before_the_previous_one() {
    let env = Env::new();
    let s = scene(&env);
    env.ok(&["case", "move", &s.signal, "--to", "screening"]);
    let kuurne = s.v.mayor_kuurne.to_string();
    env.ok(&[
        "member",
        "end",
        &kuurne,
        "--on",
        "2026-06-30",
        "--role",
        "mayor",
    ]);
    // Screening happened today; the ended mayor "decided" on 2026-06-15.
    env.refused(&[
        "case",
        "move",
        &s.signal,
        "--to",
        "on_list",
        "--decided-by",
        &kuurne,
        "--on",
        "2026-06-15",
    ]);
}

#[test]
fn r9_no_open_case_of_a_municipality_that_left() {
    let env = Env::new();
    let s = scene(&env);
    env.ok(&[
        "case",
        "move",
        &s.signal,
        "--to",
        "declined",
        "--on",
        "2026-07-01",
    ]);
    env.ok(&[
        "cell",
        "leave",
        "VLAS",
        "--municipality",
        "Kuurne",
        "--on",
        "2026-11-01",
    ]);
    env.refused(&[
        "case",
        "open",
        "--municipality",
        "Kuurne",
        "--source",
        "partner",
        "--phenomenon",
        "mixed",
        "--age-band",
        "25_plus",
    ]);
    env.refused(&[
        "case",
        "open",
        "--municipality",
        "Kuurne",
        "--source",
        "partner",
        "--phenomenon",
        "mixed",
        "--age-band",
        "25_plus",
        "--on",
        "2026-10-01",
    ]);
    env.refused(&[
        "referral",
        "in",
        "--received",
        "2026-10-15",
        "--new",
        "--municipality",
        "Kuurne",
        "--phenomenon",
        "mixed",
        "--age-band",
        "12_17",
    ]);
    env.refused(&["case", "reopen", &s.signal]);
}

// =============================================================================================
// R10: the next review at most 104 weeks ahead
// =============================================================================================

#[test]
fn r10_the_next_review_lies_at_most_104_weeks_ahead() {
    let env = Env::new();
    let s = scene(&env);
    for next in [
        vec!["--next", "2028-11-28"],
        vec!["--next", "+2y"],
        vec!["--next", "+105w"],
        vec!["--interval", "105w"],
        vec!["--interval", "24m"],
        vec!["--interval", "729d"],
    ] {
        let mut a = vec!["case", "review", &s.code];
        a.extend(next);
        refused_naming(&env, &a, "R10");
    }
    for weeks in ["0", "105", "9999"] {
        env.refused(&["cell", "edit", "VLAS", "--review-weeks", weeks]);
    }
    env.ok(&["case", "review", &s.code, "--interval", "104w"]);
}

#[test]
fn r10_the_bound_counts_from_the_review() {
    let env = Env::new();
    let s = scene(&env);
    // Reviewed on 2026-06-10: the next review is at most 104 weeks later (2028-06-07).
    refused_naming(
        &env,
        &[
            "case",
            "review",
            &s.code,
            "--on",
            "2026-06-10",
            "--next",
            "2028-11-20",
        ],
        "R10",
    );
}

// =============================================================================================
// R11: retention judged on today's date
// =============================================================================================

/// VLAS with a case closed on 2024-06-01 (retention ended 2026-06-01), an open action, a held
/// meeting of 2024-03-10 with an item about it, and a planned meeting of 2026-12-10.
fn build_expired(env: &Env) -> Expired {
    let v = vlas(env);
    let code = open(env, "Kortrijk", "mixed", "25_plus", &["--on", "2024-02-01"]);
    to_follow_up(env, &code, "2024-02-02", v.chair);
    let action = id(
        env,
        &[
            "action",
            "add",
            &code,
            "--org",
            "CAW",
            "--due",
            "2024-05-01",
            "--on",
            "2024-03-01",
            "Gesprek",
        ],
    )
    .to_string();
    let held = plan(env, "2024-03-10", "10:00", &["--yes"]);
    env.ok(&["agenda", "add", &held, "--case", &code, "Bespreking"]);
    env.ok(&[
        "meeting",
        "attend",
        &held,
        "--present",
        &format!(
            "{},{},{},{}",
            v.chair,
            v.io.unwrap(),
            v.prevention,
            v.partner
        ),
    ]);
    env.ok(&["meeting", "decide", &held, "1", "--kind", "consensus"]);
    env.ok(&["meeting", "close", &held]);
    env.ok(&[
        "case",
        "close",
        &code,
        "--reason",
        "goals_reached",
        "--on",
        "2024-06-01",
    ]);
    let planned = plan(env, "2026-12-10", "10:00", &[]);
    (v, code, action, held, planned)
}

type Expired = (Vlas, String, String, String, String);

#[test]
fn r11_a_case_past_its_retention_is_left_alone_whatever_the_date_given() {
    let env = Env::new();
    let (v, code, action, held, planned) = expired(&env);
    let chair = v.chair.to_string();
    let item = format!("{held}:1");
    for args in [
        vec!["case", "reopen", &code, "--decided-by", &chair],
        vec![
            "case",
            "reopen",
            &code,
            "--decided-by",
            &chair,
            "--on",
            "2026-05-01",
        ],
        vec!["case", "note", &code, "Nieuw gesprek"],
        vec!["action", "edit", &action, "--text", "Nieuw"],
        vec!["action", "edit", &action, "--due", "+1w"],
        vec!["action", "done", &action],
        vec!["action", "done", &action, "--on", "2024-05-01"],
        vec!["agenda", "add", &planned, "--case", &code, "Bespreking"],
        vec!["feedback", "draft", &code, "--item", &item, "Tekst"],
    ] {
        refused_naming(&env, &args, "R11");
    }
    env.ok(&["agenda", "draft", &planned]);
    assert!(
        agenda(&env, &planned).iter().all(|i| i["case"] != code),
        "a case past retention is not drafted onto an agenda"
    );
}

#[test]
fn r11_changing_the_retention_recomputes_purge_dates_with_a_note() {
    let env = Env::new();
    let (_, code, ..) = expired(&env);
    let out = env.run(&["cell", "edit", "VLAS", "--retention-months", "12"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("note:") && out.stderr.contains("R11"),
        "{}",
        out.stderr
    );
    assert_eq!(
        env.column("case", "case_file", "code", &code, "purge_due_on")
            .as_deref(),
        Some("2025-06-01")
    );
    for months in ["0", "241"] {
        env.refused(&["cell", "edit", "VLAS", "--retention-months", months]);
    }
}

#[test]
#[ignore = "way round (if retention is final): `cell edit --retention-months 60` revives a case already past its retention, which can then be reopened"]
fn r11_a_longer_retention_does_not_revive_an_expired_case() {
    let env = Env::new();
    let (v, code, ..) = expired(&env);
    env.ok(&["cell", "edit", "VLAS", "--retention-months", "60"]);
    refused_naming(
        &env,
        &[
            "case",
            "reopen",
            &code,
            "--decided-by",
            &v.chair.to_string(),
        ],
        "R11",
    );
}

// =============================================================================================
// R2: --force overrides who attended, never the cell's make-up
// =============================================================================================

#[test]
fn r2_force_never_makes_up_for_a_missing_io_in_the_cell() {
    let env = Env::new();
    let v = vlas_here(&env);
    env.ok(&[
        "member",
        "end",
        &v.io.unwrap().to_string(),
        "--on",
        "2026-10-31",
    ]);
    let m = plan(&env, "2026-11-10", "10:00", &["--yes"]);
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", v.chair, v.prevention, v.partner),
    ]);
    refused_naming(&env, &["meeting", "close", &m], "R2");
    refused_naming(
        &env,
        &["meeting", "close", &m, "--force", "--reason", "IO ziek"],
        "R2",
    );
    // Before the seat ended, --force overrides who attended.
    let earlier = plan(&env, "2026-10-20", "10:00", &["--yes"]);
    env.ok(&[
        "meeting",
        "attend",
        &earlier,
        "--present",
        &format!("{},{}", v.prevention, v.partner),
    ]);
    env.ok(&[
        "meeting",
        "close",
        &earlier,
        "--force",
        "--reason",
        "Burgemeester ziek",
    ]);
}

// =============================================================================================
// Case data out of strategic meetings, the policy item and other people's copies
// =============================================================================================

/// The notations of `code` that must be seen as that code.
fn notations(code: &str) -> Vec<String> {
    let (a, b) = code.split_at(4);
    let b = &b[1..];
    let zw: String = code
        .chars()
        .flat_map(|c| [c, '\u{200b}'])
        .collect::<String>();
    let full: String = code
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                char::from_u32(c as u32 + 0xFEE0).unwrap()
            } else {
                c
            }
        })
        .collect();
    vec![
        code.to_string(),
        code.to_lowercase(),
        format!("{a}{b}"),
        format!("{a} {b}"),
        format!("{a}.{b}"),
        format!("{a}_{b}"),
        format!("{a}/{b}"),
        format!("{a}\n{b}"),
        format!("({code})"),
        zw,
        full,
    ]
}

/// The notations a reader still reads as `code` that are let through today.
fn other_notations(code: &str) -> Vec<String> {
    let (a, b) = code.split_at(4);
    let b = &b[1..];
    let spaced: String = code.chars().map(|c| format!("{c} ")).collect();
    vec![
        format!("{} {}", a.to_lowercase(), b.to_lowercase()),
        format!("{a}\u{2013}{b}"),
        format!("{a}\u{2212}{b}"),
        format!("{a}\u{2010}{b}"),
        format!("{a} - {b}"),
        spaced.trim_end().to_string(),
    ]
}

#[test]
fn case_codes_stay_out_of_strategic_meetings_and_the_policy_item() {
    let env = Env::new();
    let s = scene(&env);
    let strategic = plan(&env, "2026-12-12", "10:00", &["--kind", "strategic"]);
    env.ok(&["agenda", "draft", &strategic]);
    refused_naming(
        &env,
        &["agenda", "add", &strategic, "--case", &s.code, "Bespreking"],
        "strategic",
    );
    let case_meeting = plan(&env, "2026-12-10", "14:00", &[]);
    env.refused(&[
        "agenda",
        "add",
        &case_meeting,
        "--kind",
        "policy",
        "--case",
        &s.code,
        "Trend",
    ]);
    let mut codes = notations(&s.code);
    codes.push("K7M4-QX2A".to_string()); // shaped like a valid code, not in the file
    for (i, c) in codes.iter().enumerate() {
        let text = format!("Over {c}");
        env.refused(&["agenda", "add", &strategic, &text]);
        env.refused(&["agenda", "add", &case_meeting, "--kind", "policy", &text]);
        if i % 3 == 0 {
            env.refused(&["agenda", "add", &case_meeting, "--kind", "aob", &text]);
            env.refused(&[
                "meeting",
                "plan",
                "2026-12-20",
                "10:00",
                "--location",
                &text,
            ]);
        }
    }
    // A case item names only its own case.
    for c in notations(&s.signal) {
        env.refused(&[
            "agenda",
            "add",
            &case_meeting,
            "--case",
            &s.code,
            &format!("Zie ook {c}"),
        ]);
    }
    env.ok(&[
        "agenda",
        "add",
        &case_meeting,
        "--case",
        &s.code,
        &format!("Over {}", s.code),
    ]);
    // A decision of a strategic meeting holds no case code either.
    let held = plan(
        &env,
        "2026-11-25",
        "10:00",
        &["--kind", "strategic", "--yes"],
    );
    env.ok(&["agenda", "draft", &held]);
    env.ok(&["meeting", "attend", &held, "--present", &present(&s.v)]);
    for c in notations(&s.code) {
        env.refused(&[
            "meeting",
            "decide",
            &held,
            "2",
            "--kind",
            "consensus",
            "--text",
            &format!("Over {c}"),
        ]);
    }
}

#[test]
fn case_codes_in_other_dashes_and_spacings_stay_out_too() {
    let env = Env::new();
    let s = scene(&env);
    let strategic = plan(&env, "2026-12-12", "10:00", &["--kind", "strategic"]);
    env.ok(&["agenda", "draft", &strategic]);
    let case_meeting = plan(&env, "2026-12-10", "14:00", &[]);
    for c in other_notations(&s.code) {
        let text = format!("Over {c}");
        env.refused(&["agenda", "add", &strategic, &text]);
        env.refused(&["agenda", "add", &case_meeting, "--kind", "policy", &text]);
        env.refused(&[
            "meeting",
            "plan",
            "2026-12-20",
            "10:00",
            "--location",
            &text,
        ]);
    }
    for c in other_notations(&s.signal) {
        env.refused(&[
            "agenda",
            "add",
            &case_meeting,
            "--case",
            &s.code,
            &format!("Zie ook {c}"),
        ]);
    }
}

#[test]
fn an_invitee_s_copy_shows_no_other_case_in_any_field() {
    let env = Env::new();
    let v = vlas_here(&env);
    let caw = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--on", "2026-06-01", "--source-org", "CAW"],
    );
    let other = open(&env, "Kuurne", "mixed", "12_17", &["--on", "2026-06-01"]);
    to_follow_up(&env, &caw, "2026-06-02", v.chair);
    let m = plan(&env, "2026-12-10", "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    let (a, b) = other.split_at(4);
    let b = &b[1..];
    let _ = env.run(&[
        "agenda",
        "add",
        &m,
        "--case",
        &caw,
        &format!("Zie ook {a}\u{2013}{b}"),
    ]);
    let _ = env.run(&[
        "agenda",
        "add",
        &m,
        "--kind",
        "aob",
        &format!("Varia {a} - {b}"),
    ]);
    let copy = env.ok(&[
        "agenda",
        "export",
        &m,
        "--for",
        &v.partner.to_string(),
        "--format",
        "md",
    ]);
    assert!(copy.contains(&caw), "{copy}");
    assert!(
        !copy.contains(a),
        "the CAW's copy shows case {other}, in which the CAW has no part:\n{copy}"
    );
}

// =============================================================================================
// Views audited
// =============================================================================================

#[test]
fn every_view_of_case_text_writes_one_audit_row() {
    let env = Env::new();
    let s = scene(&env);
    env.ok(&[
        "action", "add", &s.code, "--org", "CAW", "--due", "+2w", "Gesprek",
    ]);
    let held = meeting_with_item(&env, &s, "2026-11-23", false);
    env.ok(&[
        "meeting",
        "decide",
        &held,
        "1",
        "--kind",
        "consensus",
        "--text",
        "Opvolgen via de CAW",
    ]);
    let referral = referral_in(
        &env,
        &s.code,
        &["--note", "Vraag tot preventieve opvolging"],
    );
    let views = || env.count("SELECT count(*) FROM audit_log WHERE action = 'view'");
    for format in ["table", "json", "csv", "md"] {
        for args in [
            vec!["action", "list"],
            vec!["action", "list", "--case", &s.code],
            vec!["action", "list", "--org", "CAW"],
            vec!["referral", "show", &referral],
            vec!["agenda", "show", &held],
            vec!["meeting", "show", &held],
            vec!["case", "show", &s.code],
        ] {
            let before = views();
            let mut a = args.clone();
            a.extend(["--format", format]);
            env.ok(&a);
            assert_eq!(views(), before + 1, "livcr {a:?} wrote no view row");
        }
    }
}

// =============================================================================================
// Dates
// =============================================================================================

#[test]
fn dates_stay_within_2000_and_2099_and_the_cell_s_life() {
    let env = Env::new();
    let s = scene(&env);
    for due in [
        "+99999y",
        "2100-01-01",
        "1999-12-31",
        "01/01/2100",
        "+99999w",
    ] {
        let err = env.refused(&[
            "action", "add", &s.code, "--org", "CAW", "--due", due, "Gesprek",
        ]);
        assert!(
            err.contains("2000-01-01") && err.contains("2099-12-31"),
            "{err}"
        );
    }
    for on in ["1999-12-31", "-99999y"] {
        let on = format!("--on={on}");
        env.refused(&[
            "case",
            "open",
            "--municipality",
            "Kortrijk",
            "--source",
            "partner",
            "--phenomenon",
            "mixed",
            "--age-band",
            "25_plus",
            &on,
        ]);
    }
    env.refused(&["meeting", "plan", "2100-01-01", "10:00"]);
    env.refused(&["meeting", "plan", "+99999y", "10:00"]);
    // Not before the cell was established (2024-01-01).
    env.refused(&["meeting", "plan", "2023-12-31", "10:00", "--yes"]);
    // A declaration or a clearance is not dated in the future.
    let partner = s.v.partner.to_string();
    env.refused(&["member", "declare", &partner, "--signed", "+1d"]);
    env.refused(&[
        "member",
        "clearance",
        &s.v.io.unwrap().to_string(),
        "--confirmed",
        "2026-12-01",
    ]);
    // Presence and absence from the meeting's day on; apologies before.
    let m = plan(&env, "2026-12-10", "14:00", &[]);
    env.refused(&["meeting", "attend", &m, "--present", &partner]);
    env.refused(&["meeting", "attend", &m, "--absent", &partner]);
    env.ok(&["meeting", "attend", &m, "--excused", &partner]);
    for year in ["2027", "2100", "99999"] {
        env.refused(&["report", "annual", "--year", year]);
    }
}

#[test]
fn a_huge_relative_date_names_the_range() {
    let env = Env::new();
    let s = scene(&env);
    let err = env.refused(&[
        "action",
        "add",
        &s.code,
        "--org",
        "CAW",
        "--due",
        "+999999999d",
        "Gesprek",
    ]);
    assert!(err.contains("2099-12-31"), "{err}");
}

#[test]
fn reports_and_exports_stay_within_the_range() {
    let env = Env::new();
    let _ = scene(&env);
    for year in ["0", "1", "1999"] {
        env.refused(&["report", "annual", "--year", year]);
    }
    for month in ["0000-01", "1999-12", "2100-01"] {
        env.refused(&["export", "monthly", "--month", month]);
    }
}

#[test]
fn a_later_establishment_date_leaves_nothing_before_it() {
    let env = Env::new();
    let s = scene(&env);
    let _m = plan(&env, "2026-12-10", "14:00", &[]);
    // The planned meeting (2026-12-10) and the cases (opened 2026-06-01) would come before it.
    env.refused(&["cell", "edit", "VLAS", "--established", "2026-12-31"]);
    env.refused(&["cell", "edit", "VLAS", "--established", "2026-07-01"]);
    let _ = s;
}

// =============================================================================================
// Joint cells: a mayor seat held by another municipality's organisation
// =============================================================================================

#[test]
fn a_mayor_seat_under_another_municipality_s_organisation_is_warned_about() {
    let env = Env::new();
    let v = vlas_here(&env);
    env.ok(&[
        "member",
        "end",
        &v.mayor_kuurne.to_string(),
        "--on",
        "2026-11-29",
        "--role",
        "mayor",
    ]);
    warned(
        &env,
        &[
            "member",
            "add",
            "Jan Peeters",
            "--org",
            "Stad Kortrijk",
            "--role",
            "mayor",
            "--municipality",
            "Kuurne",
            "--email",
            "jan@kuurne.example",
            "--from",
            "2026-11-30",
        ],
        "Kuurne",
    );
    warned(
        &env,
        &["org", "edit", "3", "--name", "Gemeentebestuur Kuurne"],
        "Lendelede",
    );
    env.ok(&[
        "org",
        "add",
        "Ville de Courtrai",
        "--sector",
        "municipality",
    ]);
    warned(
        &env,
        &[
            "member",
            "edit",
            &v.mayor_lendelede.to_string(),
            "--org",
            "Ville de Courtrai",
        ],
        "Lendelede",
    );
}

#[test]
#[ignore = "way round: when a municipality joins, a mayor seat already held under that municipality's organisation is not warned about (nor by cell check)"]
fn a_joining_municipality_is_checked_against_the_mayor_seats() {
    let env = Env::empty();
    env.ok(&["init", "--plain"]);
    env.ok(&[
        "cell",
        "add",
        "VK",
        "--name",
        "LIVC-R Kortrijk-Kuurne",
        "--municipality",
        "Kortrijk",
        "--municipality",
        "Kuurne",
        "--established",
        "2024-01-01",
    ]);
    env.ok(&["org", "add", "Stad Kortrijk", "--sector", "municipality"]);
    env.ok(&[
        "org",
        "add",
        "Gemeente Harelbeke",
        "--sector",
        "municipality",
    ]);
    env.ok(&[
        "member",
        "add",
        "A",
        "--org",
        "Stad Kortrijk",
        "--role",
        "mayor",
        "--municipality",
        "Kortrijk",
        "--email",
        "a@kortrijk.example",
        "--from",
        "2024-01-01",
    ]);
    env.ok(&[
        "member",
        "add",
        "B",
        "--org",
        "Gemeente Harelbeke",
        "--role",
        "mayor",
        "--municipality",
        "Kuurne",
        "--email",
        "b@kuurne.example",
        "--from",
        "2024-01-01",
    ]);
    let join = env.run(&[
        "cell",
        "join",
        "VK",
        "--municipality",
        "Harelbeke",
        "--from",
        "2026-11-30",
    ]);
    assert_eq!(join.code, 0, "{}", join.stderr);
    let check = env.run(&["cell", "check"]);
    assert!(
        join.stderr.contains("Gemeente Harelbeke")
            || check.stdout.contains("Gemeente Harelbeke")
            || check.stderr.contains("Gemeente Harelbeke"),
        "Kuurne's mayor sits for Gemeente Harelbeke, now a municipality of the cell:\n{}\n{}",
        join.stderr,
        check.stdout
    );
}

// =============================================================================================
// Agenda drafting
// =============================================================================================

#[test]
fn drafting_lists_a_case_once() {
    let env = Env::new();
    let s = scene(&env);
    let held = meeting_with_item(&env, &s, "2026-11-23", true);
    let form = draft(&env, &s, &held, "De cel volgt de situatie op.");
    env.ok(&[
        "action",
        "add",
        &s.code,
        "--org",
        "CAW",
        "--due",
        "2026-11-20",
        "--on",
        "2026-11-01",
        "Gesprek",
    ]);
    env.ok(&["case", "review", &s.code, "--next", "2026-12-05"]);
    let m = plan(&env, "2026-12-16", "10:00", &[]);
    let once = |env: &Env| {
        let n = agenda(env, &m)
            .iter()
            .filter(|i| i["case"] == s.code.as_str())
            .count();
        assert_eq!(n, 1, "{:?}", agenda(env, &m));
    };
    env.ok(&["agenda", "draft", &m]);
    once(&env);
    env.ok(&["feedback", "withdraw", &form]);
    env.ok(&["agenda", "draft", &m]);
    once(&env);
    // A case put on by hand is not drafted a second time.
    let m2 = plan(&env, "2026-12-17", "10:00", &[]);
    env.ok(&[
        "agenda",
        "add",
        &m2,
        "--case",
        &s.code,
        "--kind",
        "closures",
        "Afsluiten?",
    ]);
    env.ok(&["agenda", "draft", &m2]);
    let n = agenda(&env, &m2)
        .iter()
        .filter(|i| i["case"] == s.code.as_str())
        .count();
    assert_eq!(n, 1);
}

// =============================================================================================
// R15: one vocabulary per cell
// =============================================================================================

#[test]
fn r15_the_other_language_s_cell_name_is_warned_about() {
    let env = Env::new();
    let t = text_scene(&env);
    let c = t.s.code.clone();
    for text in ["Over CSIL-R", "Over csil-r", "Over CSILR", "Over CSIL R"] {
        for a in [
            vec!["case", "note", &c, text],
            vec!["action", "add", &c, "--org", "CAW", "--due", "+2w", text],
            vec!["agenda", "add", &t.planned, text],
            vec!["meeting", "plan", "2026-12-20", "10:00", "--location", text],
            vec!["cell", "edit", "VLAS", "--name", text],
            vec![
                "referral",
                "in",
                "--received",
                "2026-11-30",
                "--case",
                &c,
                "--note",
                text,
            ],
        ] {
            warned(&env, &a, "R15");
        }
    }
    warned(
        &env,
        &[
            "member",
            "add",
            "CSIL-R secretariaat",
            "--org",
            "Stad Kortrijk",
            "--role",
            "secretariat",
            "--email",
            "secretariaat@kortrijk.example",
        ],
        "R15",
    );
}

#[test]
fn r15_names_are_checked_by_every_verb() {
    let env = Env::new();
    let s = scene(&env);
    let partner = s.v.partner.to_string();
    for a in [
        vec!["org", "add", "Secretariaat CSIL-R", "--sector", "other"],
        vec!["org", "edit", "5", "--name", "CAW CSIL-R"],
        vec!["org", "edit", "5", "--legal-basis", "protocol CSIL-R"],
        vec!["member", "edit", &partner, "--name", "Sara CSIL-R"],
    ] {
        warned(&env, &a, "R15");
    }
}

// =============================================================================================
// Issue 11: what a text may hold
// =============================================================================================

#[test]
fn single_line_fields_refuse_controls_and_every_field_refuses_bidi_overrides() {
    let env = Env::new();
    let t = text_scene(&env);
    let c = t.s.code.clone();
    for bad in ["a\rb", "a\x1b[31mb", "a\x7fb", "a\nb"] {
        for a in [
            vec!["meeting", "plan", "2026-12-20", "10:00", "--location", bad],
            vec!["cell", "edit", "VLAS", "--name", bad],
            vec!["org", "edit", "5", "--legal-basis", bad],
            vec!["meeting", "cancel", &t.planned, "--reason", bad],
            vec![
                "meeting",
                "decide",
                &t.open,
                "1",
                "--kind",
                "consensus",
                "--text",
                bad,
            ],
            vec!["--as", bad, "case", "note", &c, "Gesprek."],
        ] {
            env.refused(&a);
        }
    }
    // Multi-line texts: line feeds and tabs only.
    env.ok(&["case", "note", &c, "Eerste lijn\n\tTweede lijn"]);
    for bad in [
        "a\rb",
        "a\x1b[31mb",
        "a\x07b",
        "a\x0bb",
        "a\x0cb",
        "a\u{85}b",
    ] {
        env.refused(&["case", "note", &c, bad]);
    }
    for bidi in [
        "a\u{202a}b",
        "a\u{202b}b",
        "a\u{202c}b",
        "a\u{202d}b",
        "a\u{202e}b",
        "a\u{2066}b",
        "a\u{2067}b",
        "a\u{2068}b",
        "a\u{2069}b",
    ] {
        env.refused(&["case", "note", &c, bidi]);
        env.refused(&["--as", bidi, "case", "note", &c, "Gesprek."]);
    }
    for row in text_fields(&t, "a\u{202e}b") {
        env.refused(&args(&row));
    }
    for row in text_fields(&t, "a\u{2066}b").iter().skip(1).step_by(3) {
        env.refused(&args(row));
    }
}

#[test]
fn texts_are_at_most_64_kib_and_files_are_regular_utf8_without_nul() {
    let env = Env::new();
    let s = scene(&env);
    let at_limit = "a".repeat(65536);
    let over = "a".repeat(65537);
    env.ok(&["case", "note", &s.code, &at_limit]);
    env.refused(&["case", "note", &s.code, &over]);
    env.refused(&[
        "action", "add", &s.code, "--org", "CAW", "--due", "+2w", &over,
    ]);
    env.refused(&["org", "add", &over, "--sector", "other"]);
    env.refused(&["--as", &over, "case", "note", &s.code, "Gesprek."]);

    let dir = env.path("work");
    std::fs::write(dir.join("big"), &over).unwrap();
    std::fs::write(dir.join("nul"), b"ab\0cd").unwrap();
    std::fs::write(dir.join("latin1"), b"\xff\xfe").unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero-link")).unwrap();
    let fifo = dir.join("fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    for file in [
        "/dev/zero".to_string(),
        "/dev/null".to_string(),
        dir.display().to_string(),
        fifo.display().to_string(),
        dir.join("zero-link").display().to_string(),
        dir.join("big").display().to_string(),
        dir.join("nul").display().to_string(),
        dir.join("latin1").display().to_string(),
    ] {
        env.refused(&["case", "note", &s.code, "--file", &file]);
    }
    // Standard input: 1 MiB is refused without reading it all.
    let before = env.snapshot();
    let out = env
        .cmd()
        .args(["case", "note", &s.code, "--file", "-"])
        .write_stdin(vec![b'a'; 1 << 20])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(before, env.snapshot());
}

#[test]
fn the_actor_may_not_be_empty() {
    let env = Env::new();
    let s = scene(&env);
    for actor in ["", "   ", "\u{200b}", "\u{a0}", "\u{3000}", "\u{3164}"] {
        env.refused(&["--as", actor, "case", "note", &s.code, "Gesprek."]);
    }
    for empty in ["", "   "] {
        env.refused(&["case", "note", &s.code, empty]);
        env.refused(&[
            "action", "add", &s.code, "--org", "CAW", "--due", "+2w", empty,
        ]);
    }
}

#[test]
fn invisible_only_texts_count_as_empty() {
    let env = Env::new();
    let s = scene(&env);
    env.refused(&["case", "note", &s.code, "\u{200b}"]);
    env.refused(&["case", "note", &s.code, "\u{2800}"]);
    env.refused(&["--as", "\u{2800}", "case", "note", &s.code, "Gesprek."]);
}

#[test]
fn csv_cells_that_could_be_formulas_get_a_quote() {
    let env = Env::new();
    let s = scene(&env);
    for text in ["=1+2", "+cmd", "-1+2", "@SUM(A1)", "-2*3"] {
        env.ok(&[
            "action", "add", &s.code, "--org", "CAW", "--due", "+2w", "--", text,
        ]);
    }
    env.ok(&["--as", "=HYPERLINK(1)", "case", "note", &s.code, "Gesprek."]);
    let partner = s.v.partner.to_string();
    env.ok(&["member", "edit", &partner, "--phone", "+32 9 266 50 00"]);
    let csv = env.ok(&["action", "list", "--format", "csv"]);
    for text in ["'=1+2", "'+cmd", "'-1+2", "'@SUM(A1)", "'-2*3"] {
        assert!(csv.lines().any(|l| l.ends_with(text)), "{text}:\n{csv}");
    }
    let export = env.ok(&["export", "actions", "--with-text"]);
    assert!(export.contains(",'=1+2"), "{export}");
    let audit = env.ok(&["audit", "list", "--format", "csv"]);
    assert!(audit.contains(",'=HYPERLINK(1),"), "{audit}");
    let member = env.ok(&["member", "show", &partner, "--format", "csv"]);
    assert!(member.contains("'+32 9 266 50 00"), "{member}");
    let json_out = json(&env.ok(&["action", "list", "--format", "json"]));
    assert!(
        json_out
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["text"] == "=1+2"),
        "JSON keeps the text as stored"
    );
}

#[test]
fn a_closed_standard_error_does_not_panic() {
    let env = Env::new();
    let s = scene(&env);
    let mut child = Command::new(env!("CARGO_BIN_EXE_livcr"))
        .env_clear()
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("LIVCR_TODAY", &env.today)
        .current_dir(env.path("work"))
        .args(["case", "note", &s.code, "--file", "/dev/zero"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1));
}

// =============================================================================================
// Invisible characters (gate::visible)
// =============================================================================================

/// Invisible characters and spaces other than U+0020, each with a name the message gives.
const INVISIBLE: &[(char, &str)] = &[
    ('\u{200b}', "U+200B (ZERO WIDTH SPACE)"),
    ('\u{200c}', "U+200C (ZERO WIDTH NON-JOINER)"),
    ('\u{200d}', "U+200D (ZERO WIDTH JOINER)"),
    ('\u{200e}', "U+200E (LEFT-TO-RIGHT MARK)"),
    ('\u{200f}', "U+200F (RIGHT-TO-LEFT MARK)"),
    ('\u{061c}', "U+061C (ARABIC LETTER MARK)"),
    ('\u{2060}', "U+2060 (WORD JOINER)"),
    ('\u{feff}', "U+FEFF (ZERO WIDTH NO-BREAK SPACE)"),
    ('\u{00ad}', "U+00AD (SOFT HYPHEN)"),
    ('\u{180e}', "U+180E (MONGOLIAN VOWEL SEPARATOR)"),
    ('\u{2063}', "U+2063"),
    ('\u{e0041}', "U+E0041"),
    ('\u{fe0f}', "U+FE0F"),
    ('\u{3164}', "U+3164"),
];

/// A name, an e-mail address, a phone number or the actor with an invisible character would be
/// a look-alike of another one ("CLB Kortrijk" and "CLB Kortrijk" + U+200F): refused, naming
/// the field and the character, and nothing is stored.
#[test]
fn names_emails_and_the_actor_hold_no_invisible_character() {
    let env = Env::new();
    let t = text_scene(&env);
    // The tester's look-alikes.
    let err = env.refused(&["org", "add", "CLB Kortrijk\u{200f}", "--sector", "clb"]);
    assert!(
        err.contains(
            "organisation name contains an invisible character, U+200F (RIGHT-TO-LEFT MARK) at \
             character 13"
        ),
        "{err}"
    );
    assert!(err.contains("hint: retype the value"), "{err}");
    assert!(!err.contains("CLB"), "the value is not echoed: {err}");
    let add = |email: &str| {
        vec![
            "member",
            "add",
            "Jan Test",
            "--org",
            "CLB Kortrijk",
            "--role",
            "partner",
            "--email",
            email,
            "--invited-by",
            "1",
        ]
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>()
    };
    let partner = t.s.v.partner.to_string();
    let mut cases: Vec<(Vec<String>, &str)> = Vec::new();
    for (c, name) in INVISIBLE {
        let value = format!("Nieuwe{c}Naam");
        // The cell, organisation and member names (add and edit) and the actor.
        for (i, row) in text_fields(&t, &value).into_iter().enumerate() {
            if [0, 1, 3, 5, 6, 19].contains(&i) {
                cases.push((row, name));
            }
        }
        cases.push((add(&format!("jan.test@a.be{c}")), name));
        cases.push((
            [
                "member",
                "edit",
                &partner,
                "--email",
                &format!("sara{c}@caw.be"),
            ]
            .map(str::to_string)
            .to_vec(),
            name,
        ));
    }
    // Eight fields for each character: the cell name, the organisation and member names (add and
    // edit), the actor, the e-mail address (add and edit). (A phone number is refused before, as
    // holding something other than digits and separators.)
    assert_eq!(cases.len(), INVISIBLE.len() * 8, "{cases:?}");
    for (row, name) in &cases {
        let err = env.refused(&args(row));
        assert!(
            err.contains(&format!("invisible character, {name}")),
            "livcr {row:?}:\n{err}"
        );
        assert!(
            ["name contains", "--as) contains", "--email contains"]
                .iter()
                .any(|f| err.contains(f)),
            "the field is named: {row:?}:\n{err}"
        );
    }
    // Spaces other than a plain space in the actor (names are stored with their spaces made
    // plain, and an e-mail address holds no space).
    for (c, name) in [
        ('\u{a0}', "U+00A0 (NO-BREAK SPACE)"),
        ('\u{202f}', "U+202F (NARROW NO-BREAK SPACE)"),
        ('\u{2009}', "U+2009 (THIN SPACE)"),
    ] {
        let err = env.refused(&[
            "--as",
            &format!("Jan{c}Test"),
            "case",
            "note",
            &t.s.code,
            "x",
        ]);
        assert!(
            err.contains(&format!(
                "the actor (--as) contains a space other than a plain space, {name}"
            )),
            "{err}"
        );
    }
    // The same values without the character pass.
    env.ok(&args(&add("jan.test@a.be")));
    env.ok(&["org", "add", "Nieuwe Naam", "--sector", "other"]);
    env.ok(&["--as", "Jan Test", "case", "note", &t.s.code, "Gesprek."]);
}

/// Free texts (notes, summaries, items, reasons, …) refuse the zero-width characters and the
/// bidirectional marks, and keep what writing needs: the zero-width joiner and non-joiner
/// (Persian, Indic scripts, emoji), the soft hyphen and no-break spaces.
#[test]
fn free_texts_hold_no_zero_width_character_or_bidirectional_mark() {
    let env = Env::new();
    let t = text_scene(&env);
    for (c, name) in [
        ('\u{200b}', "U+200B (ZERO WIDTH SPACE)"),
        ('\u{200e}', "U+200E (LEFT-TO-RIGHT MARK)"),
        ('\u{200f}', "U+200F (RIGHT-TO-LEFT MARK)"),
        ('\u{061c}', "U+061C (ARABIC LETTER MARK)"),
        ('\u{2060}', "U+2060 (WORD JOINER)"),
        ('\u{feff}', "U+FEFF (ZERO WIDTH NO-BREAK SPACE)"),
        ('\u{180e}', "U+180E (MONGOLIAN VOWEL SEPARATOR)"),
    ] {
        let text = format!("Gesprek{c} gepland");
        for row in text_fields(&t, &text) {
            let err = env.refused(&args(&row));
            assert!(
                err.contains(&format!(
                    "contains an invisible character, {name} at character 8"
                )),
                "livcr {row:?}:\n{err}"
            );
        }
    }
    let err = env.refused(&["case", "note", &t.s.code, "Gesprek\u{200b}gepland"]);
    assert!(
        err.contains("note contains an invisible character, U+200B (ZERO WIDTH SPACE)"),
        "{err}"
    );
    assert!(err.contains("hint: remove it"), "{err}");
    let before = env.count("SELECT count(*) FROM case_event");
    for text in [
        "Gezin \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} aanwezig",
        "Naam in het Perzisch: \u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645}",
        "Ge\u{ad}sprek met de school",
        "Rendez-vous\u{202f}: mardi\u{a0}14\u{a0}h",
    ] {
        env.ok(&["case", "note", &t.s.code, text]);
    }
    assert_eq!(env.count("SELECT count(*) FROM case_event"), before + 4);
}

/// A text file saved as "UTF-8 with BOM" (Notepad) is read without its byte-order mark, which
/// is not text; a U+FEFF further on is refused like any zero-width character.
#[test]
fn a_byte_order_mark_at_the_start_of_a_file_is_not_text() {
    let env = Env::new();
    let s = scene(&env);
    let file = env.path("work/note.txt");
    std::fs::write(
        &file,
        "\u{feff}Gesprek met de school.\r\nVolgende week opnieuw.\r\n",
    )
    .unwrap();
    env.ok(&[
        "case",
        "note",
        &s.code,
        "--file",
        &file.display().to_string(),
    ]);
    let stored: String = env
        .db()
        .query_row(
            "SELECT text FROM case_event WHERE kind = 'note' ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(stored.starts_with("Gesprek met de school."), "{stored:?}");
    assert!(!stored.contains('\u{feff}'), "{stored:?}");
    std::fs::write(&file, "Gesprek\u{feff} met de school.\n").unwrap();
    let err = env.refused(&[
        "case",
        "note",
        &s.code,
        "--file",
        &file.display().to_string(),
    ]);
    assert!(
        err.contains("U+FEFF (ZERO WIDTH NO-BREAK SPACE) at character 8"),
        "{err}"
    );
}
