//! Referrals through the Information Officer and the feedback form with its consensus gate:
//! rules R7, R12, R13 and the professional secrecy guarantees of domain.md.

mod common;

use common::scene::{self, KUURNE, agenda, audit_rows, case_id, member};
use common::{Env, TODAY, id, json, sha256_hex};
use serde_json::Value;

/// The case consultation where the case was discussed (planned in the past, then held).
const MEETING_DATE: &str = "2026-11-23";

/// A feedback form text in general terms.
const TEXT: &str =
    "De cel volgt de situatie op met begeleiding op maat; school & CAW werken samen.";

/// Member ids (and the police organisation) of the test cell.
struct Cell {
    /// The chair: the same person as Kortrijk's mayor.
    chair: i64,
    mayor_kuurne: i64,
    mayor_lendelede: i64,
    io: i64,
    police_org: i64,
    prevention: i64,
    /// CAW partner, holds professional secrecy.
    caw: i64,
    /// CLB partner, holds professional secrecy.
    clb: i64,
    /// OCMW partner (no secret-holder), present but leaves the room for the case item.
    ocmw: i64,
    /// Ad hoc invitee of a school, joins for the case item.
    school: i64,
}

impl Cell {
    /// The participants of a case item decided with [`decide`]: present − left + joined.
    fn participants(&self) -> [i64; 6] {
        [
            self.chair,
            self.io,
            self.prevention,
            self.caw,
            self.clb,
            self.school,
        ]
    }
}

/// The joint cell VLAS (Kortrijk, Kuurne, Lendelede) with a chair, two more mayors, one IO, a
/// prevention official, two secret-holding partners, an OCMW partner and an ad hoc invitee.
fn vlas(env: &Env) -> Cell {
    scene::vlas_cell(env, &[]);
    let police_org = scene::vlas_orgs(
        env,
        &[("OCMW Kortrijk", "ocmw"), ("Sint-Jozefscollege", "school")],
    );
    let v = scene::vlas_members(env, true, &["--secret-holder"]);
    let clb = member(
        env,
        &[
            "Tom Claeys",
            "--org",
            "CLB Kortrijk",
            "--role",
            "partner",
            "--email",
            "tom.claeys@clb.be",
            "--invited-by",
            "burgemeester@kortrijk.be",
            "--secret-holder",
        ],
    );
    let ocmw = member(
        env,
        &[
            "Els Wouters",
            "--org",
            "OCMW Kortrijk",
            "--role",
            "partner",
            "--email",
            "els.wouters@ocmw.be",
            "--invited-by",
            "burgemeester@kortrijk.be",
        ],
    );
    let school = member(
        env,
        &[
            "Lien Desmet",
            "--org",
            "Sint-Jozefscollege",
            "--role",
            "ad_hoc",
            "--email",
            "lien.desmet@school.be",
            "--invited-by",
            "burgemeester@kortrijk.be",
            "--from",
            "2026-11-01",
        ],
    );
    Cell {
        chair: v.chair,
        mayor_kuurne: v.mayor_kuurne,
        mayor_lendelede: v.mayor_lendelede,
        io: v.io.expect("VLAS has an IO"),
        police_org,
        prevention: v.prevention,
        caw: v.partner,
        clb,
        ocmw,
        school,
    }
}

/// A case in Kortrijk opened on 2026-11-02 and moved to follow-up on 2026-11-09.
fn follow_up_case(env: &Env, cell: &Cell, age_band: &str) -> String {
    let code = scene::open(
        env,
        "Kortrijk",
        "religious",
        age_band,
        &["--on", "2026-11-02"],
    );
    scene::to_follow_up(env, &code, "2026-11-09", cell.chair);
    code
}

/// Plans a case consultation (in the past with --yes); returns its id.
fn plan(env: &Env, date: &str) -> String {
    scene::plan(env, date, "14:00", &["--yes"])
}

/// The numbers of the items of `meeting` about case `code`, from `agenda show --format json`.
fn items_of(env: &Env, meeting: &str, code: &str) -> Vec<i64> {
    agenda(env, meeting)
        .iter()
        .filter(|i| i["case"].as_str() == Some(code))
        .map(|i| i["item"].as_i64().unwrap())
        .collect()
}

/// Chair, IO, prevention, both secret-holders and the OCMW partner present; one mayor
/// excused, one absent.
fn attend(env: &Env, meeting: &str, cell: &Cell) {
    let present = [
        cell.chair,
        cell.io,
        cell.prevention,
        cell.caw,
        cell.clb,
        cell.ocmw,
    ]
    .map(|m| m.to_string())
    .join(",");
    env.ok(&[
        "meeting",
        "attend",
        meeting,
        "--present",
        &present,
        "--excused",
        &cell.mayor_kuurne.to_string(),
        "--absent",
        &cell.mayor_lendelede.to_string(),
    ]);
}

/// A consensus on the item; the OCMW partner leaves the room, the school's invitee joins.
fn decide(env: &Env, meeting: &str, item: i64, cell: &Cell) {
    env.ok(&[
        "meeting",
        "decide",
        meeting,
        &item.to_string(),
        "--kind",
        "consensus",
        "--left",
        &cell.ocmw.to_string(),
        "--joined",
        &cell.school.to_string(),
    ]);
}

/// The common situation: the cell, a case in follow-up, and a held meeting whose item about
/// the case was decided by consensus.
struct Setup {
    cell: Cell,
    code: String,
    meeting: String,
    item: i64,
}

impl Setup {
    /// `MEETING:ITEM`.
    fn item_ref(&self) -> String {
        format!("{}:{}", self.meeting, self.item)
    }
}

/// A held meeting in the past with one decided item about each of `codes`; returns the
/// meeting id and the item numbers.
fn held_meeting(env: &Env, cell: &Cell, date: &str, codes: &[&str]) -> (String, Vec<i64>) {
    let meeting = plan(env, date);
    for code in codes {
        env.ok(&["agenda", "add", &meeting, "--case", code, "Opvolging"]);
    }
    let items: Vec<i64> = codes
        .iter()
        .map(|c| items_of(env, &meeting, c)[0])
        .collect();
    attend(env, &meeting, cell);
    for item in &items {
        decide(env, &meeting, *item, cell);
    }
    env.ok(&["meeting", "close", "--yes", &meeting]);
    (meeting, items)
}

fn setup_with(env: &Env, age_band: &str) -> Setup {
    let cell = vlas(env);
    let code = follow_up_case(env, &cell, age_band);
    let (meeting, items) = held_meeting(env, &cell, MEETING_DATE, &[&code]);
    Setup {
        cell,
        code,
        meeting,
        item: items[0],
    }
}

fn setup(env: &Env) -> Setup {
    setup_with(env, "18_24")
}

/// Drafts a form about the setup's case; returns its id.
fn draft(env: &Env, s: &Setup, text: &str) -> String {
    id(
        env,
        &["feedback", "draft", &s.code, "--item", &s.item_ref(), text],
    )
    .to_string()
}

fn consent(env: &Env, form: &str, member: i64) {
    env.ok(&[
        "feedback",
        "consent",
        form,
        "--member",
        &member.to_string(),
        "--answer",
        "yes",
    ]);
}

fn confirm(env: &Env, form: &str, member: i64) {
    env.ok(&["feedback", "confirm", form, "--member", &member.to_string()]);
}

/// Every participant consents and both secret-holders confirm.
fn answer_all(env: &Env, s: &Setup, form: &str) {
    for m in s.cell.participants() {
        consent(env, form, m);
    }
    confirm(env, form, s.cell.caw);
    confirm(env, form, s.cell.clb);
}

fn form_field(env: &Env, form: &str, column: &str) -> Option<String> {
    env.column("form", "feedback_form", "id", form, column)
}

fn form_status(env: &Env, form: &str) -> String {
    form_field(env, form, "status").expect("a status")
}

fn answers(env: &Env, form: &str) -> (i64, i64) {
    (
        env.count(&format!(
            "SELECT count(*) FROM feedback_consent WHERE form_id = {form}"
        )),
        env.count(&format!(
            "SELECT count(*) FROM feedback_confirmation WHERE form_id = {form}"
        )),
    )
}

fn show_json(env: &Env, form: &str) -> Value {
    json(&env.ok(&["feedback", "show", form, "--format", "json"]))
}

/// `referral in` with `args`; returns the referral id (the first word printed).
fn referral_in(env: &Env, args: &[&str]) -> i64 {
    let mut all = vec!["referral", "in"];
    all.extend_from_slice(args);
    let out = env.ok(&all);
    out.split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("livcr {all:?} printed no id: {out:?}"))
}

fn referral_field(env: &Env, id: i64, column: &str) -> Option<String> {
    env.column("referral", "referral", "id", id, column)
}

fn referral_ids(env: &Env, args: &[&str]) -> Vec<i64> {
    let mut all = vec!["referral", "list"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    json(&env.ok(&all))
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

/// Ends the IO's seat on `on`.
fn end_io(env: &Env, cell: &Cell, on: &str) {
    env.ok(&["member", "end", &cell.io.to_string(), "--on", on]);
}

/// A second IO of the same police zone, from 2026-11-01.
fn second_io(env: &Env) -> i64 {
    member(
        env,
        &[
            "Bart Peeters",
            "--org",
            "Politiezone Vlas",
            "--role",
            "io",
            "--email",
            "bart.peeters@pzvlas.be",
            "--from",
            "2026-11-01",
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// Help
// ---------------------------------------------------------------------------------------------

#[test]
fn help_lists_the_verbs_and_flags() {
    let env = Env::new();
    let help = env.ok(&["feedback", "--help"]);
    for verb in [
        "draft", "edit", "consent", "confirm", "send", "withdraw", "list", "show",
    ] {
        assert!(help.contains(verb), "{verb} missing in:\n{help}");
    }
    assert!(help.contains("R7"), "{help}");
    let send = env.ok(&["feedback", "send", "--help"]);
    for flag in ["--via", "--on"] {
        assert!(send.contains(flag), "{flag} missing in:\n{send}");
    }
    let referral = env.ok(&["referral", "--help"]);
    for verb in ["in", "list", "show", "update", "feedback"] {
        assert!(referral.contains(verb), "{verb} missing in:\n{referral}");
    }
    let inbound = env.ok(&["referral", "in", "--help"]);
    for flag in [
        "--via",
        "--received",
        "--case",
        "--new",
        "--municipality",
        "--phenomenon",
        "--age-band",
        "--note",
        "--reason",
    ] {
        assert!(inbound.contains(flag), "{flag} missing in:\n{inbound}");
    }
}

// ---------------------------------------------------------------------------------------------
// Inbound referrals
// ---------------------------------------------------------------------------------------------

#[test]
fn referral_in_new_opens_an_io_case_in_the_same_step() {
    let env = Env::new();
    let cell = vlas(&env);
    let out = env.run(&[
        "referral",
        "in",
        "--received",
        "2026-11-20",
        "--new",
        "--municipality",
        "Kuurne",
        "--phenomenon",
        "right_wing",
        "--age-band",
        "25_plus",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    let id = v["id"].as_i64().expect("an id");
    let code = v["case"].as_str().expect("a case code").to_string();
    assert!(out.stderr.contains("Ingrid Maes"), "{}", out.stderr);
    assert!(out.stderr.contains("new case"), "{}", out.stderr);

    // The case: opened on the received date, source io, organisation the IO's.
    let (status, source, org, nis, phenomenon, age_band, opened): (
        String,
        String,
        Option<i64>,
        String,
        String,
        String,
        String,
    ) = env
        .db()
        .query_row(
            "SELECT status, source, source_org_id, nis, phenomenon, age_band, opened_on
             FROM case_file WHERE code = ?1",
            [&code],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(status, "signal");
    assert_eq!(source, "io");
    assert_eq!(org, Some(cell.police_org));
    assert_eq!(nis, KUURNE);
    assert_eq!(phenomenon, "right_wing");
    assert_eq!(age_band, "25_plus");
    assert_eq!(opened, "2026-11-20");

    // The referral.
    let (case, direction, io, on, status, status_on, reason): (
        i64,
        String,
        i64,
        String,
        String,
        String,
        String,
    ) = env
        .db()
        .query_row(
            "SELECT case_id, direction, io_person_id, on_date, status, status_on, reason
             FROM referral WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(case, case_id(&env, &code));
    assert_eq!(direction, "in");
    assert_eq!(io, cell.io);
    assert_eq!(on, "2026-11-20");
    assert_eq!(status, "received");
    assert_eq!(status_on, "2026-11-20");
    assert_eq!(reason, "preventive_follow_up");

    // The journal: opened and the referral, both on the received date.
    let cid = case_id(&env, &code);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE case_id = {cid} AND kind = 'referral' \
             AND on_date = '2026-11-20' AND text LIKE '%referral {id} %'"
        )),
        1
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE case_id = {cid} AND kind = 'opened'"
        )),
        1
    );
    assert_eq!(
        audit_rows(&env, "referral_in", "referral", &id.to_string()),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM referral"), 1);
}

#[test]
fn referral_in_for_an_existing_case_uses_the_only_io() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = follow_up_case(&env, &cell, "18_24");
    let out = env.run(&[
        "referral",
        "in",
        "--received",
        "2026-11-25",
        "--case",
        &code,
        "--reason",
        "education",
        "--expects-feedback-by",
        "2027-01-31",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let id: i64 = out
        .stdout
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(out.stdout, format!("{id} {code}\n"));
    assert!(out.stderr.contains("existing case"), "{}", out.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM case_file"),
        1,
        "no new case"
    );
    assert_eq!(
        env.count(&format!(
            "SELECT io_person_id FROM referral WHERE id = {id}"
        )),
        cell.io
    );
    assert_eq!(
        referral_field(&env, id, "reason").as_deref(),
        Some("education")
    );
    assert_eq!(
        referral_field(&env, id, "expects_feedback_by").as_deref(),
        Some("2027-01-31")
    );
    // The case keeps its source and status.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_file WHERE code = '{code}' AND source = 'partner' \
             AND status = 'follow_up'"
        )),
        1
    );
    let shown = json(&env.ok(&["referral", "show", &id.to_string(), "--format", "json"]));
    assert_eq!(shown["case"], code.as_str());
    assert_eq!(shown["direction"], "in");
    assert_eq!(shown["via_io"], "Ingrid Maes");
}

#[test]
fn with_two_ios_referral_in_needs_via_and_names_both() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = follow_up_case(&env, &cell, "18_24");
    let bart = second_io(&env);
    let err = env.refused(&[
        "referral",
        "in",
        "--received",
        "2026-11-25",
        "--case",
        &code,
    ]);
    assert!(err.contains("--via"), "{err}");
    assert!(
        err.contains(&format!("Ingrid Maes (#{})", cell.io)),
        "{err}"
    );
    assert!(err.contains(&format!("Bart Peeters (#{bart})")), "{err}");

    // The same for a new case: nothing is opened.
    env.refused(&[
        "referral",
        "in",
        "--received",
        "2026-11-25",
        "--new",
        "--municipality",
        "Kortrijk",
        "--phenomenon",
        "left_wing",
        "--age-band",
        "18_24",
    ]);

    // --via someone who is not an IO.
    for not_io in [cell.prevention, cell.caw, cell.chair] {
        let err = env.refused(&[
            "referral",
            "in",
            "--received",
            "2026-11-25",
            "--case",
            &code,
            "--via",
            &not_io.to_string(),
        ]);
        assert!(err.contains(&format!("(#{not_io})")), "{err}");
        assert!(err.contains("no active io seat"), "{err}");
    }

    let id = referral_in(
        &env,
        &[
            "--received",
            "2026-11-25",
            "--case",
            &code,
            "--via",
            "bart.peeters@pzvlas.be",
        ],
    );
    assert_eq!(
        env.count(&format!(
            "SELECT io_person_id FROM referral WHERE id = {id}"
        )),
        bart
    );
}

#[test]
fn an_io_whose_seat_ended_before_the_received_date_cannot_bring_a_referral() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = follow_up_case(&env, &cell, "18_24");
    end_io(&env, &cell, "2026-11-15");
    let io = cell.io.to_string();

    // By default (no IO left), and named with --via.
    let err = env.refused(&[
        "referral",
        "in",
        "--received",
        "2026-11-20",
        "--case",
        &code,
    ]);
    assert!(err.contains("no active Information Officer"), "{err}");
    let err = env.refused(&[
        "referral",
        "in",
        "--received",
        "2026-11-20",
        "--case",
        &code,
        "--via",
        &io,
    ]);
    assert!(err.contains("Ingrid Maes"), "{err}");
    assert!(err.contains("no active io seat"), "{err}");
    // With --new: no case is opened either.
    env.refused(&[
        "referral",
        "in",
        "--received",
        "2026-11-20",
        "--new",
        "--municipality",
        "Kuurne",
        "--phenomenon",
        "mixed",
        "--age-band",
        "25_plus",
        "--via",
        &io,
    ]);
    // The day the seat ends it no longer holds.
    env.refused(&[
        "referral",
        "in",
        "--received",
        "2026-11-15",
        "--case",
        &code,
        "--via",
        &io,
    ]);
    assert_eq!(env.count("SELECT count(*) FROM referral"), 0);
    assert_eq!(env.count("SELECT count(*) FROM case_file"), 1);

    // While the seat was in force, it could.
    let id = referral_in(
        &env,
        &["--received", "2026-11-14", "--case", &code, "--via", &io],
    );
    assert_eq!(
        env.count(&format!(
            "SELECT io_person_id FROM referral WHERE id = {id}"
        )),
        cell.io
    );
}

#[test]
fn r13_a_note_with_security_labels_is_refused_without_yes() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = follow_up_case(&env, &cell, "18_24");
    for (note, label) in [
        ("Volgens de lijst een FTF", "FTF"),
        ("Mogelijk HTF, preventief bekijken", "HTF"),
        ("Signaal van het OCAD", "OCAD"),
    ] {
        let err = env.refused(&[
            "referral",
            "in",
            "--received",
            "2026-11-25",
            "--case",
            &code,
            "--note",
            note,
        ]);
        assert!(err.contains("R13"), "{err}");
        assert!(err.contains(label), "{err}");
        assert!(err.contains("not recorded"), "{err}");
        assert!(err.contains("--yes"), "{err}");
        // And with --new no case is opened.
        env.refused(&[
            "referral",
            "in",
            "--received",
            "2026-11-25",
            "--new",
            "--municipality",
            "Kortrijk",
            "--phenomenon",
            "religious",
            "--age-band",
            "18_24",
            "--note",
            note,
        ]);
    }
    assert_eq!(env.count("SELECT count(*) FROM referral"), 0);

    // With --yes it is recorded, still with the warning.
    let out = env.run(&[
        "referral",
        "in",
        "--received",
        "2026-11-25",
        "--case",
        &code,
        "--note",
        "Volgens de lijst een FTF",
        "--yes",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("R13"), "{}", out.stderr);
    let id: i64 = out
        .stdout
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        referral_field(&env, id, "note").as_deref(),
        Some("Volgens de lijst een FTF")
    );

    // A note in general terms goes through without a warning.
    let out = env.run(&[
        "referral",
        "in",
        "--received",
        "2026-11-25",
        "--case",
        &code,
        "--note",
        "Vraag naar preventieve begeleiding",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);

    // Identifiers are refused by the linter even with --yes.
    let err = env.refused(&[
        "referral",
        "in",
        "--received",
        "2026-11-25",
        "--case",
        &code,
        "--note",
        "Betrokkene 85073003328",
        "--yes",
    ]);
    assert!(err.contains("national register number"), "{err}");
    assert!(!err.contains("85073003328"), "{err}");
}

#[test]
fn referral_list_update_and_feedback() {
    let mut env = Env::new();
    let cell = vlas(&env);
    let code = follow_up_case(&env, &cell, "18_24");
    let first = referral_in(&env, &["--received", "2026-11-10", "--case", &code]);
    let second = referral_in(&env, &["--received", "2026-11-12", "--case", &code]);
    let third = referral_in(&env, &["--received", "2026-11-14", "--case", &code]);

    env.ok(&[
        "referral",
        "update",
        &second.to_string(),
        "--status",
        "accepted",
        "--on",
        "2026-11-24",
    ]);
    assert_eq!(
        referral_field(&env, second, "status").as_deref(),
        Some("accepted")
    );
    assert_eq!(
        referral_field(&env, second, "status_on").as_deref(),
        Some("2026-11-24")
    );
    assert_eq!(
        audit_rows(&env, "update", "referral", &second.to_string()),
        1
    );
    // Today by default.
    env.ok(&[
        "referral",
        "update",
        &third.to_string(),
        "--status",
        "declined",
    ]);
    assert_eq!(
        referral_field(&env, third, "status_on").as_deref(),
        Some(TODAY)
    );

    assert_eq!(referral_ids(&env, &["--open"]), [first, second]);
    assert_eq!(
        referral_ids(&env, &["--direction", "in"]),
        [first, second, third]
    );
    assert!(referral_ids(&env, &["--direction", "out"]).is_empty());
    assert_eq!(
        referral_ids(&env, &["--open", "--direction", "in"]),
        [first, second]
    );
    let rows = json(&env.ok(&["referral", "list", "--format", "json"]));
    let row = &rows.as_array().unwrap()[1];
    assert_eq!(row["case"], code.as_str());
    assert_eq!(row["via_io"], "Ingrid Maes");
    assert_eq!(row["status"], "accepted");

    // Feedback reaches the LTF only as a sent form: the case has none.
    let err = env.refused(&[
        "referral",
        "feedback",
        &first.to_string(),
        "--on",
        "2026-11-28",
    ]);
    assert!(err.contains("no feedback form of case"), "{err}");
    assert!(err.contains("(rule R7)"), "{err}");
    assert!(err.contains("hint: "), "{err}");
    assert_eq!(referral_field(&env, first, "feedback_on"), None);

    // Dates before the referral or in the future are refused.
    let err = env.refused(&[
        "referral",
        "update",
        &first.to_string(),
        "--status",
        "discussed",
        "--on",
        "2026-11-01",
    ]);
    assert!(err.contains("before the referral"), "{err}");
    env.refused(&[
        "referral",
        "feedback",
        &first.to_string(),
        "--on",
        "2026-12-15",
    ]);
    env.refused(&["referral", "update", "99", "--status", "closed"]);

    // Time passes: closing it on a later day.
    env.today = "2026-12-10".into();
    env.ok(&[
        "referral",
        "update",
        &first.to_string(),
        "--status",
        "closed",
    ]);
    assert_eq!(
        referral_field(&env, first, "status_on").as_deref(),
        Some("2026-12-10")
    );
    assert_eq!(referral_ids(&env, &["--open"]), [second]);
}

#[test]
fn a_referral_for_an_existing_case_cannot_predate_the_case() {
    let env = Env::new();
    let cell = vlas(&env);
    // Opened on 2026-11-02.
    let code = follow_up_case(&env, &cell, "18_24");
    let err = env.refused(&[
        "referral",
        "in",
        "--received",
        "2026-10-20",
        "--case",
        &code,
    ]);
    assert!(err.contains("before the case was opened"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Drafting a form
// ---------------------------------------------------------------------------------------------

#[test]
fn draft_prints_the_id_and_a_json_object() {
    let env = Env::new();
    let s = setup(&env);
    let out = env.run(&["feedback", "draft", &s.code, "--item", &s.item_ref(), TEXT]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let form = out.stdout.trim().to_string();
    assert_eq!(out.stdout, format!("{form}\n"), "stdout holds only the id");
    assert!(
        out.stderr
            .contains(&format!("drafted feedback form {form}")),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("R12"), "{}", out.stderr);
    assert_eq!(form_status(&env, &form), "draft");
    assert_eq!(form_field(&env, &form, "text").as_deref(), Some(TEXT));
    assert_eq!(
        form_field(&env, &form, "drafted_on").as_deref(),
        Some(TODAY)
    );
    assert!(form_field(&env, &form, "sent_on").is_none());
    assert_eq!(answers(&env, &form), (0, 0));
    let cid = case_id(&env, &s.code);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE case_id = {cid} AND kind = 'feedback' \
             AND text LIKE '%form {form} drafted%'"
        )),
        1
    );
    assert_eq!(audit_rows(&env, "draft", "feedback_form", &form), 1);

    // The meeting may also be named by its date.
    let out = env.run(&[
        "feedback",
        "draft",
        &s.code,
        "--item",
        &format!("{MEETING_DATE}:{}", s.item),
        "Tweede fiche in algemene termen.",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    let second = v["id"].as_i64().expect("an id");
    assert_ne!(second.to_string(), form);
    assert_eq!(env.count("SELECT count(*) FROM feedback_form"), 2);

    // The form's JSON shows its participants, none answered.
    let shown = show_json(&env, &form);
    let ids: Vec<i64> = shown["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["member_id"].as_i64().unwrap())
        .collect();
    let mut expected = s.cell.participants().to_vec();
    expected.sort();
    let mut got = ids.clone();
    got.sort();
    assert_eq!(got, expected, "present − left + joined");
    assert!(shown["sha256"].is_null());
}

#[test]
fn draft_needs_a_held_meeting() {
    let env = Env::new();
    let s = setup(&env);
    let next = env
        .ok(&["meeting", "plan", "2026-12-14", "14:00"])
        .trim()
        .to_string();
    env.ok(&["agenda", "add", &next, "--case", &s.code, "Opvolging"]);
    let item = items_of(&env, &next, &s.code)[0];
    let err = env.refused(&[
        "feedback",
        "draft",
        &s.code,
        "--item",
        &format!("{next}:{item}"),
        TEXT,
    ]);
    assert!(err.contains("planned"), "{err}");
    assert!(err.contains("held meeting"), "{err}");

    // A planned meeting in the past with the decision recorded is still not held.
    let past = plan(&env, "2026-11-26");
    env.ok(&["agenda", "add", &past, "--case", &s.code, "Opvolging"]);
    let item = items_of(&env, &past, &s.code)[0];
    attend(&env, &past, &s.cell);
    decide(&env, &past, item, &s.cell);
    let err = env.refused(&[
        "feedback",
        "draft",
        &s.code,
        "--item",
        &format!("{past}:{item}"),
        TEXT,
    ]);
    assert!(err.contains("held meeting"), "{err}");
    assert_eq!(env.count("SELECT count(*) FROM feedback_form"), 0);
}

#[test]
fn draft_needs_a_decided_item_about_the_case() {
    let env = Env::new();
    let cell = vlas(&env);
    let code = follow_up_case(&env, &cell, "18_24");
    let other = follow_up_case(&env, &cell, "25_plus");
    let meeting = plan(&env, MEETING_DATE);
    env.ok(&["agenda", "add", &meeting, "--case", &code, "Opvolging"]);
    env.ok(&["agenda", "add", &meeting, "--case", &other, "Opvolging"]);
    env.ok(&[
        "agenda",
        "add",
        &meeting,
        "--case",
        &code,
        "Tweede bespreking",
    ]);
    env.ok(&["agenda", "add", &meeting, "Varia"]);
    let ours = items_of(&env, &meeting, &code);
    let theirs = items_of(&env, &meeting, &other)[0];
    let general = agenda(&env, &meeting)
        .iter()
        .find(|i| i["case"].is_null())
        .map(|i| i["item"].as_i64().unwrap())
        .unwrap();
    attend(&env, &meeting, &cell);
    decide(&env, &meeting, ours[0], &cell);
    decide(&env, &meeting, theirs, &cell);
    decide(&env, &meeting, general, &cell);
    env.ok(&["meeting", "close", "--yes", &meeting]);

    // Another case's item.
    let err = env.refused(&[
        "feedback",
        "draft",
        &code,
        "--item",
        &format!("{meeting}:{theirs}"),
        TEXT,
    ]);
    assert!(err.contains("not about case"), "{err}");
    assert!(err.contains(&code), "{err}");
    // An item about no case.
    let err = env.refused(&[
        "feedback",
        "draft",
        &code,
        "--item",
        &format!("{meeting}:{general}"),
        TEXT,
    ]);
    assert!(err.contains("not about case"), "{err}");
    // An item about the case without recorded participants.
    let err = env.refused(&[
        "feedback",
        "draft",
        &code,
        "--item",
        &format!("{meeting}:{}", ours[1]),
        TEXT,
    ]);
    assert!(err.contains("no recorded participants"), "{err}");
    assert!(err.contains("meeting decide"), "{err}");
    // No such item, no such meeting, a malformed reference.
    env.refused(&[
        "feedback",
        "draft",
        &code,
        "--item",
        &format!("{meeting}:99"),
        TEXT,
    ]);
    env.refused(&["feedback", "draft", &code, "--item", "42:1", TEXT]);
    let err = env.refused(&["feedback", "draft", &code, "--item", &meeting, TEXT]);
    assert!(err.contains("MEETING:ITEM"), "{err}");
    assert_eq!(env.count("SELECT count(*) FROM feedback_form"), 0);

    // The right item works.
    env.ok(&[
        "feedback",
        "draft",
        &code,
        "--item",
        &format!("{meeting}:{}", ours[0]),
        TEXT,
    ]);
}

#[test]
fn draft_text_with_identifiers_is_refused_and_stored_nowhere() {
    let env = Env::new();
    let s = setup(&env);
    for (text, kind, secret) in [
        (
            "Betrokkene 85073003328 volgt begeleiding",
            "national register number",
            "85073003328",
        ),
        (
            "Contact loopt via jan.peeters@example.com",
            "e-mail address",
            "jan.peeters@example.com",
        ),
    ] {
        let err = env.refused(&["feedback", "draft", &s.code, "--item", &s.item_ref(), text]);
        assert!(err.contains("privacy linter"), "{err}");
        assert!(err.contains(kind), "{err}");
        assert!(!err.contains(secret), "the refusal echoes the value: {err}");
        // Not even with --yes.
        env.refused(&[
            "feedback",
            "draft",
            &s.code,
            "--item",
            &s.item_ref(),
            text,
            "--yes",
        ]);
        let dir = env.db_path().parent().unwrap().to_path_buf();
        for f in std::fs::read_dir(&dir).unwrap() {
            let p = f.unwrap().path();
            let bytes = env.file_bytes(&p);
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret} found in {}",
                p.display()
            );
        }
    }
    // A security label needs --yes (R13).
    let err = env.refused(&[
        "feedback",
        "draft",
        &s.code,
        "--item",
        &s.item_ref(),
        "Geen FTF-profiel volgens de cel",
    ]);
    assert!(err.contains("R13"), "{err}");
    // An empty text.
    env.refused(&["feedback", "draft", &s.code, "--item", &s.item_ref(), "  "]);
    assert_eq!(env.count("SELECT count(*) FROM feedback_form"), 0);

    // The same check guards an edit.
    let form = draft(&env, &s, TEXT);
    let err = env.refused(&[
        "feedback",
        "edit",
        &form,
        "Betrokkene 85073003328 volgt begeleiding",
    ]);
    assert!(err.contains("national register number"), "{err}");
}

#[test]
fn r12_a_form_about_a_minor_warns_and_is_marked() {
    let env = Env::new();
    let s = setup_with(&env, "12_17");
    let out = env.run(&["feedback", "draft", &s.code, "--item", &s.item_ref(), TEXT]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("warning:"), "{}", out.stderr);
    assert!(out.stderr.contains("minor"), "{}", out.stderr);
    assert!(out.stderr.contains("R12"), "{}", out.stderr);
    let form = out.stdout.trim().to_string();

    let md = env.ok(&["feedback", "show", &form]);
    assert!(
        md.contains(&format!("{} — MINDERJARIGE (R12)", s.code)),
        "{md}"
    );
    let fr = env.ok(&["feedback", "show", &form, "--lang", "fr"]);
    assert!(fr.contains("MINEUR"), "{fr}");
    let en = env.ok(&[
        "feedback", "show", &form, "--lang", "en", "--format", "html",
    ]);
    assert!(en.contains("MINOR"), "{en}");

    // An adult's form carries no such mark.
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    let md = env.ok(&["feedback", "show", &form]);
    assert!(!md.contains("MINDERJARIGE"), "{md}");
    assert!(!md.contains("R12"), "{md}");
}

// ---------------------------------------------------------------------------------------------
// The gate (R7)
// ---------------------------------------------------------------------------------------------

#[test]
fn with_one_participant_who_has_not_answered_send_is_refused_and_names_that_member_then_sent_with_the_hash_of_the_shown_text()
 {
    let mut env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    let c = &s.cell;
    for m in [c.chair, c.io, c.prevention, c.caw, c.clb] {
        consent(&env, &form, m);
    }
    confirm(&env, &form, c.caw);
    confirm(&env, &form, c.clb);

    let err = env.refused(&["feedback", "send", &form]);
    assert!(err.contains("R7"), "{err}");
    assert!(
        err.contains(&format!("no answer yet from: Lien Desmet (#{})", c.school)),
        "{err}"
    );
    for other in [
        "Ruth Vandenberghe",
        "Ingrid Maes",
        "Pieter Dewulf",
        "Sara Coppens",
        "Tom Claeys",
        "Els Wouters",
    ] {
        assert!(!err.contains(other), "{other} named in: {err}");
    }
    assert_eq!(form_status(&env, &form), "draft");
    assert_eq!(env.count("SELECT count(*) FROM disclosure"), 0);
    assert_eq!(env.count("SELECT count(*) FROM referral"), 0);

    // Two days later the last participant consents and the form leaves.
    env.today = "2026-12-02".into();
    consent(&env, &form, c.school);
    assert_eq!(form_status(&env, &form), "approved");
    env.ok(&["feedback", "send", &form]);
    assert_eq!(form_status(&env, &form), "sent");

    let shown = show_json(&env, &form);
    let text = shown["text"].as_str().expect("the text");
    assert_eq!(text, TEXT);
    let hash = sha256_hex(text.as_bytes());
    assert_eq!(shown["sha256"].as_str(), Some(hash.as_str()));
    let recorded: String = env
        .db()
        .query_row(
            "SELECT sha256 FROM disclosure WHERE what = 'feedback_form' AND ref = ?1",
            [&form],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(recorded, hash);
    assert!(shown["blocked_by"].as_array().unwrap().is_empty());
}

#[test]
fn one_no_blocks_the_form_and_is_named() {
    let env = Env::new();
    let s = setup(&env);
    let c = &s.cell;
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    assert_eq!(form_status(&env, &form), "approved");
    env.ok(&[
        "feedback",
        "consent",
        &form,
        "--member",
        "Pieter Dewulf",
        "--answer",
        "no",
    ]);
    assert_eq!(form_status(&env, &form), "draft", "a no sends it back");
    let err = env.refused(&["feedback", "send", &form]);
    assert!(
        err.contains(&format!(
            "did not consent: Pieter Dewulf (#{})",
            c.prevention
        )),
        "{err}"
    );
    assert!(!err.contains("no answer yet"), "{err}");
    assert!(!err.contains("no confirmation that"), "{err}");
    assert!(!err.contains("Sara Coppens"), "{err}");
    assert_eq!(env.count("SELECT count(*) FROM disclosure"), 0);
    let shown = show_json(&env, &form);
    let p = shown["participants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["member_id"] == c.prevention)
        .unwrap()
        .clone();
    assert_eq!(p["consent"], "no");

    // Changing the answer to yes opens the gate.
    consent(&env, &form, c.prevention);
    assert_eq!(form_status(&env, &form), "approved");
    env.ok(&["feedback", "send", &form]);
}

#[test]
fn an_unconfirmed_secret_holder_blocks_the_form_and_is_named() {
    let env = Env::new();
    let s = setup(&env);
    let c = &s.cell;
    let form = draft(&env, &s, TEXT);
    for m in c.participants() {
        consent(&env, &form, m);
    }
    confirm(&env, &form, c.caw);
    assert_eq!(form_status(&env, &form), "draft");
    let err = env.refused(&["feedback", "send", &form]);
    assert!(err.contains("professional secret"), "{err}");
    assert!(err.contains(&format!("Tom Claeys (#{})", c.clb)), "{err}");
    assert!(!err.contains("Sara Coppens"), "{err}");
    assert!(!err.contains("no answer yet"), "{err}");
    assert!(!err.contains("did not consent"), "{err}");
    let shown = show_json(&env, &form);
    assert_eq!(shown["blocked_by"].as_array().unwrap().len(), 1);

    // Confirming without consenting is not enough either: the secret-holder's consent counts.
    let form2 = id(
        &env,
        &[
            "feedback",
            "draft",
            &s.code,
            "--item",
            &s.item_ref(),
            "Een tweede fiche.",
        ],
    )
    .to_string();
    for m in [c.chair, c.io, c.prevention, c.caw, c.school] {
        consent(&env, &form2, m);
    }
    confirm(&env, &form2, c.caw);
    confirm(&env, &form2, c.clb);
    let err = env.refused(&["feedback", "send", &form2]);
    assert!(
        err.contains(&format!("no answer yet from: Tom Claeys (#{})", c.clb)),
        "{err}"
    );

    confirm(&env, &form, c.clb);
    assert_eq!(form_status(&env, &form), "approved");
    env.ok(&["feedback", "send", &form]);
}

#[test]
fn only_secret_holders_confirm() {
    let env = Env::new();
    let s = setup(&env);
    let c = &s.cell;
    let form = draft(&env, &s, TEXT);
    for m in [c.chair, c.io, c.prevention, c.school] {
        let err = env.refused(&["feedback", "confirm", &form, "--member", &m.to_string()]);
        assert!(
            err.contains("not recorded as a holder of professional secrecy"),
            "{err}"
        );
        assert!(err.contains(&format!("(#{m})")), "{err}");
    }
    assert_eq!(answers(&env, &form), (0, 0));
    // A secret-holder who is no participant cannot confirm either.
    env.ok(&[
        "member",
        "edit",
        &c.ocmw.to_string(),
        "--secret-holder",
        "true",
    ]);
    let err = env.refused(&[
        "feedback",
        "confirm",
        &form,
        "--member",
        &c.ocmw.to_string(),
    ]);
    assert!(err.contains("did not take part"), "{err}");
}

#[test]
fn only_participants_of_the_item_answer() {
    let env = Env::new();
    let s = setup(&env);
    let c = &s.cell;
    let form = draft(&env, &s, TEXT);
    // Excused, absent, and present but left the room for the item.
    for (m, name) in [
        (c.mayor_kuurne, "Francis Declercq"),
        (c.mayor_lendelede, "Karel Lagae"),
        (c.ocmw, "Els Wouters"),
    ] {
        for answer in ["yes", "no"] {
            let err = env.refused(&[
                "feedback",
                "consent",
                &form,
                "--member",
                &m.to_string(),
                "--answer",
                answer,
            ]);
            assert!(err.contains(&format!("{name} (#{m})")), "{err}");
            assert!(err.contains("did not take part"), "{err}");
        }
    }
    // An answer is required, spelled out: the global --yes is not one, nor the old --no.
    let chair_id = c.chair.to_string();
    for args in [
        vec!["--member", &chair_id],
        vec!["--member", &chair_id, "--yes"],
        vec!["-y", "--member", &chair_id],
        vec!["--member", &chair_id, "--no"],
        vec!["--member", &chair_id, "--answer", "maybe"],
        vec!["--member", &chair_id, "--answer", "yes", "--answer", "no"],
    ] {
        let mut all = vec!["feedback", "consent", form.as_str()];
        all.extend(args.iter().copied());
        let out = env.run(&all);
        assert_eq!(out.code, 2, "{all:?}");
        assert!(out.stderr.contains("--answer"), "{all:?}: {}", out.stderr);
    }
    env.refused(&[
        "feedback",
        "consent",
        "99",
        "--member",
        &c.chair.to_string(),
        "--answer",
        "yes",
    ]);
    assert_eq!(answers(&env, &form), (0, 0));

    // The invitee who joined for the item answers; by e-mail as well as by id.
    env.ok(&[
        "feedback",
        "consent",
        &form,
        "--member",
        "lien.desmet@school.be",
        "--answer",
        "yes",
    ]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM feedback_consent WHERE form_id = {form} AND person_id = {} \
             AND answer = 'yes' AND on_date = '{TODAY}'",
            c.school
        )),
        1
    );
    assert_eq!(audit_rows(&env, "consent", "feedback_form", &form), 1);
}

#[test]
fn send_through_an_io_whose_seat_ended_is_refused_and_writes_nothing() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    assert_eq!(form_status(&env, &form), "approved");
    end_io(&env, &s.cell, "2026-11-29");

    let err = env.refused(&["feedback", "send", &form]);
    assert!(err.contains("no active Information Officer"), "{err}");
    let err = env.refused(&["feedback", "send", &form, "--via", &s.cell.io.to_string()]);
    assert!(err.contains("Ingrid Maes"), "{err}");
    assert!(err.contains("no active io seat"), "{err}");
    // Someone who is not an IO cannot carry it either.
    env.refused(&[
        "feedback",
        "send",
        &form,
        "--via",
        &s.cell.prevention.to_string(),
    ]);
    assert_eq!(form_status(&env, &form), "approved");
    assert!(form_field(&env, &form, "sent_on").is_none());
    assert_eq!(env.count("SELECT count(*) FROM referral"), 0);
    assert_eq!(env.count("SELECT count(*) FROM disclosure"), 0);
    assert_eq!(audit_rows(&env, "send", "feedback_form", &form), 0);

    // A new IO takes over and carries it.
    let bart = second_io(&env);
    env.ok(&["feedback", "send", &form]);
    assert_eq!(
        env.count(&format!(
            "SELECT via_person_id FROM feedback_form WHERE id = {form}"
        )),
        bart
    );
}

#[test]
fn with_two_ios_send_needs_via() {
    let env = Env::new();
    let s = setup(&env);
    let bart = second_io(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    let err = env.refused(&["feedback", "send", &form]);
    assert!(err.contains("--via"), "{err}");
    assert!(err.contains(&format!("Bart Peeters (#{bart})")), "{err}");
    assert!(
        err.contains(&format!("Ingrid Maes (#{})", s.cell.io)),
        "{err}"
    );
    env.ok(&["feedback", "send", &form, "--via", "Bart Peeters"]);
    let recipient: String = env
        .db()
        .query_row("SELECT recipient FROM disclosure", [], |r| r.get(0))
        .unwrap();
    assert!(recipient.contains("Bart Peeters"), "{recipient}");
}

// ---------------------------------------------------------------------------------------------
// Sending
// ---------------------------------------------------------------------------------------------

#[test]
fn sending_writes_the_form_the_referral_the_disclosure_the_journal_and_the_audit_together() {
    let mut env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    env.today = "2026-12-03".into();
    let out = env.run(&["feedback", "send", &form]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("Ingrid Maes"), "{}", out.stderr);
    assert!(out.stderr.contains("disclosure register"), "{}", out.stderr);
    let hash = sha256_hex(TEXT.as_bytes());
    assert!(out.stderr.contains(&hash), "{}", out.stderr);

    // The form.
    assert_eq!(form_status(&env, &form), "sent");
    assert_eq!(
        form_field(&env, &form, "sent_on").as_deref(),
        Some("2026-12-03")
    );
    assert_eq!(
        env.count(&format!(
            "SELECT via_person_id FROM feedback_form WHERE id = {form}"
        )),
        s.cell.io
    );
    let referral = env.count(&format!(
        "SELECT referral_id FROM feedback_form WHERE id = {form}"
    ));

    // The outbound referral.
    assert_eq!(env.count("SELECT count(*) FROM referral"), 1);
    assert_eq!(
        referral_field(&env, referral, "direction").as_deref(),
        Some("out")
    );
    assert_eq!(
        referral_field(&env, referral, "status").as_deref(),
        Some("sent")
    );
    assert_eq!(
        referral_field(&env, referral, "on_date").as_deref(),
        Some("2026-12-03")
    );
    assert_eq!(
        env.count(&format!(
            "SELECT io_person_id FROM referral WHERE id = {referral}"
        )),
        s.cell.io
    );
    assert_eq!(
        env.count(&format!(
            "SELECT case_id FROM referral WHERE id = {referral}"
        )),
        case_id(&env, &s.code)
    );

    // One disclosure row.
    assert_eq!(env.count("SELECT count(*) FROM disclosure"), 1);
    let (what, reference, code, recipient, on, basis, sha): (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    ) = env
        .db()
        .query_row(
            "SELECT what, ref, case_code, recipient, on_date, legal_basis, sha256 FROM disclosure",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(what, "feedback_form");
    assert_eq!(reference, form);
    assert_eq!(code, s.code);
    assert!(recipient.contains("Ingrid Maes"), "{recipient}");
    assert!(recipient.contains("IO"), "{recipient}");
    assert_eq!(on, "2026-12-03");
    assert!(!basis.trim().is_empty());
    assert!(basis.contains("458ter"), "{basis}");
    assert_eq!(sha, hash);

    // The audit and the journal.
    assert_eq!(audit_rows(&env, "send", "feedback_form", &form), 1);
    let summary: String = env
        .db()
        .query_row(
            "SELECT summary FROM audit_log WHERE action = 'send' AND entity_id = ?1",
            [&form],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!summary.contains(TEXT), "the audit holds no form text");
    let cid = case_id(&env, &s.code);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE case_id = {cid} AND kind = 'feedback' \
             AND on_date = '2026-12-03' AND text LIKE '%form {form} sent%'"
        )),
        1
    );
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{}{}", verify.stdout, verify.stderr);
    assert!(verify.stdout.contains("ok"), "{}", verify.stdout);

    // Lists.
    assert_eq!(referral_ids(&env, &["--direction", "out"]), [referral]);
    assert!(
        referral_ids(&env, &["--open"]).is_empty(),
        "sent is not open"
    );
    let forms = json(&env.ok(&["feedback", "list", "--format", "json"]));
    let row = &forms.as_array().unwrap()[0];
    assert_eq!(row["status"], "sent");
    assert_eq!(row["consents"], "6/6");
    assert_eq!(row["confirmations"], "2/2");
    assert_eq!(row["sent_on"], "2026-12-03");
    assert_eq!(row["item"], s.item_ref().as_str());
    // The outbound referral's status follows the form.
    env.refused(&[
        "referral",
        "update",
        &referral.to_string(),
        "--status",
        "closed",
    ]);
}

#[test]
fn a_sent_form_cannot_change() {
    let env = Env::new();
    let s = setup(&env);
    let c = &s.cell;
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    env.ok(&["feedback", "send", &form]);
    let caw = c.caw.to_string();
    let chair = c.chair.to_string();
    for args in [
        vec!["feedback", "edit", &form, "Een andere tekst."],
        vec!["feedback", "withdraw", &form],
        vec![
            "feedback", "consent", &form, "--member", &chair, "--answer", "yes",
        ],
        vec![
            "feedback", "consent", &form, "--member", &chair, "--answer", "no",
        ],
        vec!["feedback", "confirm", &form, "--member", &caw],
        vec!["feedback", "send", &form],
    ] {
        let err = env.refused(&args);
        assert!(err.contains("was sent"), "{args:?}: {err}");
    }
    assert_eq!(form_status(&env, &form), "sent");
    assert_eq!(env.count("SELECT count(*) FROM disclosure"), 1);
}

#[test]
fn a_form_withdrawn_before_sending_cannot_be_sent() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    env.ok(&["feedback", "withdraw", &form]);
    assert_eq!(form_status(&env, &form), "withdrawn");
    assert_eq!(audit_rows(&env, "withdraw", "feedback_form", &form), 1);
    let chair = s.cell.chair.to_string();
    let caw = s.cell.caw.to_string();
    for args in [
        vec!["feedback", "send", &form],
        vec![
            "feedback", "consent", &form, "--member", &chair, "--answer", "yes",
        ],
        vec!["feedback", "confirm", &form, "--member", &caw],
        vec!["feedback", "edit", &form, "Een andere tekst."],
        vec!["feedback", "withdraw", &form],
    ] {
        let err = env.refused(&args);
        assert!(err.contains("withdrawn"), "{args:?}: {err}");
    }
    assert_eq!(env.count("SELECT count(*) FROM referral"), 0);
    assert_eq!(env.count("SELECT count(*) FROM disclosure"), 0);
    let rows = json(&env.ok(&["feedback", "list", "--format", "json"]));
    assert_eq!(rows[0]["status"], "withdrawn");
}

// ---------------------------------------------------------------------------------------------
// Answers lapse when the text or the participants change
// ---------------------------------------------------------------------------------------------

#[test]
fn editing_the_text_resets_every_answer_and_warns() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    // Without answers an edit says nothing about them.
    let out = env.run(&["feedback", "edit", &form, "Eerste wijziging van de tekst."]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);

    answer_all(&env, &s, &form);
    assert_eq!(form_status(&env, &form), "approved");
    assert_eq!(answers(&env, &form), (6, 2));
    let out = env.run(&[
        "feedback",
        "edit",
        &form,
        "Nieuwe tekst in algemene termen.",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("warning:"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("8 answers (consents and confirmations)"),
        "{}",
        out.stderr
    );
    assert_eq!(answers(&env, &form), (0, 0));
    assert_eq!(form_status(&env, &form), "draft");
    assert_eq!(
        form_field(&env, &form, "text").as_deref(),
        Some("Nieuwe tekst in algemene termen.")
    );
    assert_eq!(audit_rows(&env, "edit", "feedback_form", &form), 2);
    let err = env.refused(&["feedback", "send", &form]);
    assert!(err.contains("no answer yet"), "{err}");

    // The same text again is no change.
    let err = env.refused(&[
        "feedback",
        "edit",
        &form,
        "Nieuwe tekst in algemene termen.",
    ]);
    assert!(err.contains("unchanged"), "{err}");

    // The text as it left is the edited one.
    answer_all(&env, &s, &form);
    env.ok(&["feedback", "send", &form]);
    let shown = show_json(&env, &form);
    assert_eq!(
        shown["sha256"].as_str(),
        Some(sha256_hex(b"Nieuwe tekst in algemene termen.").as_str())
    );
}

#[test]
fn changing_the_items_participants_resets_every_answer() {
    let env = Env::new();
    let s = setup(&env);
    let c = &s.cell;
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    assert_eq!(form_status(&env, &form), "approved");

    // The meeting is held: who took part is fixed (R7). Recording the decision again with the
    // CLB partner out of the room is refused, and every answer stays.
    let left = format!("{},{}", c.ocmw, c.clb);
    let err = env.refused(&[
        "meeting",
        "decide",
        &s.meeting,
        &s.item.to_string(),
        "--kind",
        "consensus",
        "--left",
        &left,
        "--joined",
        &c.school.to_string(),
    ]);
    assert!(err.contains("rule R7"), "{err}");
    assert_eq!(answers(&env, &form), (6, 2));
    assert_eq!(form_status(&env, &form), "approved");
}

#[test]
fn the_participants_of_a_sent_form_stay_as_they_were() {
    let env = Env::new();
    let s = setup(&env);
    let c = &s.cell;
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    env.ok(&["feedback", "send", &form]);
    let before = env.ok(&["feedback", "show", &form]);
    for name in ["Tom Claeys", "Lien Desmet"] {
        assert!(before.contains(name), "{before}");
    }
    // The held meeting's item is decided again: CLB out of the room, the invitee not joined.
    let _ = env.run(&[
        "meeting",
        "decide",
        &s.meeting,
        &s.item.to_string(),
        "--kind",
        "consensus",
        "--left",
        &format!("{},{}", c.ocmw, c.clb),
    ]);
    // Whatever the command does (refuse, or keep the form's own record), the document of a
    // form that left the cell must keep listing everyone who consented to it.
    let after = env.ok(&["feedback", "show", &form]);
    assert_eq!(before, after);
    let shown = show_json(&env, &form);
    assert_eq!(shown["participants"].as_array().unwrap().len(), 6);
}

#[test]
fn answers_are_dated_between_the_draft_and_today() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    let chair = s.cell.chair.to_string();
    let caw = s.cell.caw.to_string();
    // In the future.
    env.refused(&[
        "feedback",
        "consent",
        &form,
        "--member",
        &chair,
        "--answer",
        "yes",
        "--on",
        "2030-01-01",
    ]);
    env.refused(&[
        "feedback",
        "confirm",
        &form,
        "--member",
        &caw,
        "--on",
        "2030-01-01",
    ]);
    // Before the form existed (and before the meeting).
    env.refused(&[
        "feedback",
        "consent",
        &form,
        "--member",
        &chair,
        "--answer",
        "yes",
        "--on",
        "2026-11-01",
    ]);
    env.refused(&[
        "feedback",
        "confirm",
        &form,
        "--member",
        &caw,
        "--on",
        "2026-11-01",
    ]);
}

#[test]
fn a_form_cannot_be_sent_before_it_was_drafted() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT); // drafted 2026-11-30, answers today
    answer_all(&env, &s, &form);
    env.refused(&["feedback", "send", &form, "--on", "2025-01-01"]);
    // The IO leaves; a backdated send must not go through the seat that was still in force.
    end_io(&env, &s.cell, "2026-11-28");
    env.refused(&["feedback", "send", &form]);
    env.refused(&["feedback", "send", &form, "--on", "2026-11-27"]);
    assert_eq!(env.count("SELECT count(*) FROM disclosure"), 0);
}

// ---------------------------------------------------------------------------------------------
// The document handed to the IO
// ---------------------------------------------------------------------------------------------

#[test]
fn show_md_holds_what_the_police_receive() {
    let mut env = Env::new();
    let s = setup(&env);
    let c = &s.cell;
    let form = draft(&env, &s, TEXT);
    consent(&env, &form, c.chair);
    consent(&env, &form, c.caw);
    env.ok(&[
        "feedback",
        "consent",
        &form,
        "--member",
        &c.prevention.to_string(),
        "--answer",
        "no",
    ]);
    let md = env.ok(&["feedback", "show", &form]);
    let mark = "VERTROUWELIJK";
    assert!(md.starts_with(&format!("**{mark}")), "{md}");
    assert!(
        md.trim_end().ends_with('*') && md.matches(mark).count() == 2,
        "{md}"
    );
    assert!(md.contains("LIVC-R"), "{md}");
    assert!(md.contains("Terugkoppelingsfiche"), "{md}");
    assert!(md.contains("VLAS"), "{md}");
    assert!(md.contains("30 november 2026"), "drafted date: {md}");
    assert!(md.contains(&s.code), "{md}");
    assert!(md.contains("Kortrijk"), "{md}");
    assert!(
        md.contains(&format!("23 november 2026 ({})", s.item_ref())),
        "{md}"
    );
    assert!(md.contains(TEXT), "{md}");
    assert!(md.contains("ontwerp"), "status draft: {md}");
    // Only those who said yes are listed as consenting.
    assert!(md.contains("Ruth Vandenberghe (Stad Kortrijk)"), "{md}");
    assert!(
        md.contains("Sara Coppens (CAW Zuid-West-Vlaanderen)"),
        "{md}"
    );
    for absent in ["Pieter Dewulf", "Tom Claeys", "Lien Desmet", "Els Wouters"] {
        assert!(!md.contains(absent), "{absent} listed: {md}");
    }
    assert!(md.contains("458ter"), "{md}");

    // Once sent: the sending date, the IO, every participant.
    for m in c.participants() {
        consent(&env, &form, m);
    }
    confirm(&env, &form, c.caw);
    confirm(&env, &form, c.clb);
    env.today = "2026-12-04".into();
    env.ok(&["feedback", "send", &form]);
    let md = env.ok(&["feedback", "show", &form]);
    assert!(md.contains("4 december 2026"), "{md}");
    assert!(md.contains("verzonden"), "{md}");
    assert!(md.contains("Ingrid Maes"), "{md}");
    for name in [
        "Ruth Vandenberghe",
        "Ingrid Maes",
        "Pieter Dewulf",
        "Sara Coppens",
        "Tom Claeys",
        "Lien Desmet",
    ] {
        assert!(md.contains(name), "{name} missing: {md}");
    }
    assert!(!md.contains("Els Wouters"), "{md}");
    // The Markdown format is the default.
    assert_eq!(md, env.ok(&["feedback", "show", &form, "--format", "md"]));

    // --out writes a private file.
    let path = env.path("work/fiche.md");
    env.ok(&["feedback", "show", &form, "--out", path.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), md);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn show_html_is_one_self_contained_page() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    let html = env.ok(&["feedback", "show", &form, "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("<html lang=\"nl\">"), "{html}");
    assert!(html.contains("VERTROUWELIJK"), "{html}");
    assert!(html.contains(&s.code), "{html}");
    assert!(html.contains("Kortrijk"), "{html}");
    assert!(html.contains("23 november 2026"), "{html}");
    assert!(html.contains("Tom Claeys"), "{html}");
    // The text, escaped.
    assert!(
        html.contains(&TEXT.replace('&', "&amp;")),
        "text missing or unescaped: {html}"
    );
    for external in [
        "http://", "https://", "src=", "href=", "@import", "url(", "<link", "<script", "//cdn",
    ] {
        assert!(!html.contains(external), "{external} in: {html}");
    }
    // Data formats other than json are refused for a document.
    let err = env.usage_error(&["feedback", "show", &form, "--format", "csv"]);
    assert!(err.contains("[possible values: md, html, json]"), "{err}");
}

/// A draft nobody has consented to yet prints no empty "participants who consented" section
/// (it says it is a draft); the title names the cell by its own name.
#[test]
fn a_form_prints_no_empty_section_and_names_the_cell() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    for format in ["md", "html"] {
        let doc = env.ok(&["feedback", "show", &form, "--format", format]);
        assert!(!doc.contains("Deelnemers die instemden"), "{doc}");
        assert!(!doc.contains(": geen"), "{doc}");
        assert!(doc.contains("ONTWERP"), "{doc}");
        assert!(
            doc.contains("LIVC-R Kortrijk-Kuurne-Lendelede — Terugkoppelingsfiche"),
            "{doc}"
        );
    }
    answer_all(&env, &s, &form);
    let doc = env.ok(&["feedback", "show", &form]);
    assert!(doc.contains("## Deelnemers die instemden"), "{doc}");
    let fr = env.ok(&["feedback", "show", &form, "--lang", "fr"]);
    assert!(
        fr.contains("# CSIL-R Kortrijk-Kuurne-Lendelede — Fiche de retour"),
        "{fr}"
    );
}

#[test]
fn show_in_french_uses_csil_r() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    for format in ["md", "html"] {
        let doc = env.ok(&[
            "feedback", "show", &form, "--lang", "fr", "--format", format,
        ]);
        assert!(doc.contains("CSIL-R"), "{doc}");
        assert!(!doc.contains("LIVC-R"), "{doc}");
        assert!(doc.contains("Fiche de retour"), "{doc}");
        assert!(doc.contains("CONFIDENTIEL"), "{doc}");
        assert!(doc.contains("Courtrai"), "{doc}");
        assert!(doc.contains("23 novembre 2026"), "{doc}");
        assert!(doc.contains("Participants ayant consenti"), "{doc}");
        assert!(!doc.contains("Terugkoppelingsfiche"), "{doc}");
        assert!(!doc.contains("VERTROUWELIJK"), "{doc}");
    }
}

// ---------------------------------------------------------------------------------------------
// The case and the next agenda
// ---------------------------------------------------------------------------------------------

#[test]
fn case_show_lists_the_referrals_and_the_forms() {
    let env = Env::new();
    let s = setup(&env);
    let inbound = referral_in(&env, &["--received", "2026-11-20", "--case", &s.code]);
    let sent = draft(&env, &s, TEXT);
    answer_all(&env, &s, &sent);
    env.ok(&["feedback", "send", &sent]);
    let pending = draft(&env, &s, "Een tweede fiche.");

    let shown = json(&env.ok(&["case", "show", &s.code, "--format", "json"]));
    let referrals = shown["referrals"].as_array().expect("referrals");
    assert_eq!(referrals.len(), 2);
    let r_in = referrals.iter().find(|r| r["id"] == inbound).unwrap();
    assert_eq!(r_in["direction"], "in");
    assert_eq!(r_in["status"], "received");
    let r_out = referrals.iter().find(|r| r["direction"] == "out").unwrap();
    assert_eq!(r_out["status"], "sent");
    assert_eq!(r_out["via_io"], "Ingrid Maes");

    let forms = shown["feedback_forms"].as_array().expect("feedback forms");
    assert_eq!(forms.len(), 2);
    let f_sent = forms
        .iter()
        .find(|f| f["id"].as_i64().unwrap().to_string() == sent)
        .unwrap();
    assert_eq!(f_sent["status"], "sent");
    assert_eq!(f_sent["sent_on"], TODAY);
    assert_eq!(f_sent["item"], s.item_ref().as_str());
    let f_pending = forms
        .iter()
        .find(|f| f["id"].as_i64().unwrap().to_string() == pending)
        .unwrap();
    assert_eq!(f_pending["status"], "draft");
    assert!(f_pending["sent_on"].is_null());

    // The table view has a section for each.
    let table = env.ok(&["case", "show", &s.code]);
    assert!(table.contains("Feedback forms"), "{table}");
}

#[test]
fn the_next_agenda_lists_a_form_awaiting_decision_under_feedback() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    let next = env
        .ok(&["meeting", "plan", "2026-12-14", "14:00"])
        .trim()
        .to_string();
    let items = json(&env.ok(&["agenda", "draft", &next, "--format", "json"]));
    let feedback: Vec<&Value> = items
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["section"] == "feedback")
        .collect();
    assert_eq!(feedback.len(), 1, "{items:#}");
    assert_eq!(feedback[0]["case"], s.code.as_str());
    let doc = env.ok(&["agenda", "export", &next]);
    let heading = doc
        .find("Terugkoppelingsfiches")
        .expect("the feedback heading");
    assert!(doc[heading..].contains(&s.code), "{doc}");

    // A sent form (and a withdrawn one) awaits nothing.
    answer_all(&env, &s, &form);
    env.ok(&["feedback", "send", &form]);
    let withdrawn = draft(&env, &s, "Een tweede fiche.");
    env.ok(&["feedback", "withdraw", &withdrawn]);
    let later = env
        .ok(&["meeting", "plan", "2026-12-21", "14:00"])
        .trim()
        .to_string();
    let items = json(&env.ok(&["agenda", "draft", &later, "--format", "json"]));
    assert!(
        !items
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["section"] == "feedback"),
        "{items:#}"
    );
}

// ---------------------------------------------------------------------------------------------
// Trying the doors of R7 (adversarial-review.md)
// ---------------------------------------------------------------------------------------------

/// The setup, with the form drafted on 2026-11-24 (the day after the meeting) and today back at
/// [`TODAY`].
fn drafted_the_day_after(env: &mut Env) -> (Setup, String) {
    let s = setup(env);
    env.today = "2026-11-24".into();
    let form = draft(env, &s, TEXT);
    env.today = TODAY.into();
    (s, form)
}

fn consent_on(env: &Env, form: &str, member: i64, on: &str) -> String {
    env.ok(&[
        "feedback",
        "consent",
        form,
        "--member",
        &member.to_string(),
        "--answer",
        "yes",
        "--on",
        on,
    ])
}

#[test]
fn referral_feedback_names_the_sent_form_and_is_refused_until_one_is_sent() {
    let mut env = Env::new();
    let (s, form) = drafted_the_day_after(&mut env);
    let r = referral_in(&env, &["--received", "2026-11-10", "--case", &s.code]).to_string();

    // A draft carries nothing back.
    let err = env.refused(&["referral", "feedback", &r]);
    assert!(err.contains("no feedback form of case"), "{err}");
    assert!(err.contains("(rule R7)"), "{err}");
    let err = env.refused(&["referral", "feedback", &r, "--form", &form]);
    assert!(err.contains("not sent"), "{err}");
    assert!(err.contains("(rule R7)"), "{err}");
    assert!(err.contains("hint: send it first"), "{err}");

    for m in s.cell.participants() {
        consent_on(&env, &form, m, "2026-11-25");
    }
    for m in [s.cell.caw, s.cell.clb] {
        let m = m.to_string();
        env.ok(&[
            "feedback",
            "confirm",
            &form,
            "--member",
            &m,
            "--on",
            "2026-11-25",
        ]);
    }
    env.ok(&["feedback", "send", &form, "--on", "2026-11-27"]);
    // Not before the form left, not in the future, not outside the file's range.
    let err = env.refused(&["referral", "feedback", &r, "--on", "2026-11-26"]);
    assert!(err.contains("before feedback form"), "{err}");
    env.refused(&["referral", "feedback", &r, "--on", "2026-12-01"]);
    env.refused(&["referral", "feedback", &r, "--on", "1999-12-31"]);
    // The outbound referral of the form is not an inbound one to answer.
    let out = env
        .count("SELECT referral_id FROM feedback_form")
        .to_string();
    env.refused(&["referral", "feedback", &out]);

    env.ok(&["referral", "feedback", &r, "--on", "2026-11-28"]);
    assert_eq!(
        referral_field(&env, r.parse().unwrap(), "feedback_on").as_deref(),
        Some("2026-11-28")
    );
    assert_eq!(
        env.count(&format!(
            "SELECT feedback_form_id FROM referral WHERE id = {r}"
        ))
        .to_string(),
        form
    );
    assert_eq!(audit_rows(&env, "feedback", "referral", &r), 1);
    let shown = json(&env.ok(&["referral", "show", &r, "--format", "json"]));
    assert_eq!(shown["feedback_form_id"].as_i64(), form.parse().ok());
}

#[test]
fn referral_feedback_for_a_form_of_another_case_is_refused() {
    let env = Env::new();
    let s = setup(&env);
    let other = follow_up_case(&env, &s.cell, "25_plus");
    let r = referral_in(&env, &["--received", "2026-11-10", "--case", &other]).to_string();
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    env.ok(&["feedback", "send", &form]);
    let err = env.refused(&["referral", "feedback", &r, "--form", &form]);
    assert!(err.contains("is about case"), "{err}");
    env.refused(&["referral", "feedback", &r]);
}

#[test]
fn a_member_made_secret_holder_after_consenting_must_confirm_before_it_is_sent() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    assert_eq!(form_status(&env, &form), "approved");
    let prevention = s.cell.prevention.to_string();
    // Only secret-holders confirm: not yet.
    env.refused(&["feedback", "confirm", &form, "--member", &prevention]);

    env.ok(&["member", "edit", &prevention, "--secret-holder", "true"]);
    let err = env.refused(&["feedback", "send", &form]);
    assert!(err.contains("(rule R7)"), "{err}");
    assert!(err.contains("no confirmation"), "{err}");
    assert!(err.contains("Pieter Dewulf"), "{err}");
    assert!(err.contains("hint: "), "{err}");
    assert!(
        show_json(&env, &form)["blocked_by"]
            .to_string()
            .contains("Pieter Dewulf")
    );

    env.ok(&["feedback", "confirm", &form, "--member", &prevention]);
    env.ok(&["feedback", "send", &form]);
    assert_eq!(form_status(&env, &form), "sent");
}

#[test]
fn a_secret_holder_at_the_item_still_confirms_after_the_mark_is_removed() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    for m in s.cell.participants() {
        consent(&env, &form, m);
    }
    confirm(&env, &form, s.cell.clb);
    env.ok(&[
        "member",
        "edit",
        &s.cell.caw.to_string(),
        "--secret-holder",
        "false",
    ]);
    let err = env.refused(&["feedback", "send", &form]);
    assert!(err.contains("Sara Coppens"), "{err}");
}

#[test]
fn sending_is_dated_from_the_meeting_to_today_and_counts_only_answers_given_by_then() {
    let mut env = Env::new();
    let (s, form) = drafted_the_day_after(&mut env);
    // Answers: not before the meeting, not before the draft, not in the future.
    let chair = s.cell.chair.to_string();
    for (on, want) in [
        ("2026-11-22", "before the meeting"),
        ("2026-11-23", "before the form was drafted"),
        ("2026-12-01", "in the future"),
        ("1999-12-31", "out of range"),
    ] {
        let err = env.refused(&[
            "feedback", "consent", &form, "--member", &chair, "--answer", "yes", "--on", on,
        ]);
        assert!(err.contains(want), "{on}: {err}");
        // A date outside the kept range is refused when it is read, before any rule.
        assert!(
            on == "1999-12-31" || err.contains("(rule R7)"),
            "{on}: {err}"
        );
        let err = env.refused(&[
            "feedback",
            "confirm",
            &form,
            "--member",
            &s.cell.caw.to_string(),
            "--on",
            on,
        ]);
        assert!(err.contains(want), "{on}: {err}");
    }
    for m in s.cell.participants() {
        consent_on(&env, &form, m, "2026-11-26");
    }
    for m in [s.cell.caw, s.cell.clb] {
        env.ok(&[
            "feedback",
            "confirm",
            &form,
            "--member",
            &m.to_string(),
            "--on",
            "2026-11-26",
        ]);
    }
    assert_eq!(form_status(&env, &form), "approved");
    // Back-dated before the answers existed: they do not count.
    let err = env.refused(&["feedback", "send", &form, "--on", "2026-11-25"]);
    assert!(
        err.contains("answered only after the sending date"),
        "{err}"
    );
    // Before the meeting, in the future.
    env.refused(&["feedback", "send", &form, "--on", "2026-11-20"]);
    let err = env.refused(&["feedback", "send", &form, "--on", "2026-12-01"]);
    assert!(err.contains("(rule R7)"), "{err}");
    env.ok(&["feedback", "send", &form, "--on", "2026-11-26"]);
    assert_eq!(
        form_field(&env, &form, "sent_on").as_deref(),
        Some("2026-11-26")
    );
}

#[test]
fn an_io_seat_ended_before_the_sending_date_cannot_carry_it_back_dating_included() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    // The IO's seat ends on 2026-11-30 (today): no seat in force today.
    end_io(&env, &s.cell, TODAY);
    let io = s.cell.io.to_string();
    let err = env.refused(&["feedback", "send", &form, "--via", &io]);
    assert!(err.contains("(rule R7)"), "{err}");
    // An io seat in another cell does not carry a form of this one.
    env.ok(&[
        "cell",
        "add",
        "GENT",
        "--name",
        "LIVC-R Gent",
        "--municipality",
        "Gent",
        "--established",
        "2024-01-01",
    ]);
    env.ok(&[
        "--cell",
        "GENT",
        "member",
        "add",
        "Ingrid Maes",
        "--org",
        "Politiezone Vlas",
        "--role",
        "io",
        "--email",
        "io@pzvlas.be",
        "--from",
        "2026-11-01",
    ]);
    let err = env.refused(&["--cell", "VLAS", "feedback", "send", &form, "--via", &io]);
    assert!(err.contains("(rule R7)"), "{err}");
    assert_eq!(env.count("SELECT count(*) FROM referral"), 0);
    assert_eq!(env.count("SELECT count(*) FROM disclosure"), 0);
}

#[test]
fn only_the_items_participants_answer_whoever_they_claim_to_be() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    // The same person as the CAW partner, under a second e-mail: another record, no part in
    // the item.
    let twin = member(
        &env,
        &[
            "Sara Coppens",
            "--org",
            "CAW Zuid-West-Vlaanderen",
            "--role",
            "ad_hoc",
            "--email",
            "s.coppens@caw.be",
            "--invited-by",
            "burgemeester@kortrijk.be",
            "--secret-holder",
        ],
    );
    for who in [twin.to_string(), "s.coppens@caw.be".to_string()] {
        let err = env.refused(&[
            "feedback", "consent", &form, "--member", &who, "--answer", "yes",
        ]);
        assert!(err.contains("did not take part"), "{err}");
        assert!(err.contains("(rule R7)"), "{err}");
        let err = env.refused(&["feedback", "confirm", &form, "--member", &who]);
        assert!(err.contains("did not take part"), "{err}");
    }
    // Excused and absent mayors, the OCMW partner who left the room.
    for m in [s.cell.mayor_kuurne, s.cell.mayor_lendelede, s.cell.ocmw] {
        env.refused(&[
            "feedback",
            "consent",
            &form,
            "--member",
            &m.to_string(),
            "--answer",
            "yes",
        ]);
    }
    // A participant whose seat ended after the meeting still answers: they took part.
    env.ok(&[
        "member",
        "end",
        &s.cell.school.to_string(),
        "--on",
        "2026-11-25",
    ]);
    consent(&env, &form, s.cell.school);
    // The chair holds two seats (chair and mayor): one person, one answer.
    consent(&env, &form, s.cell.chair);
    assert_eq!(answers(&env, &form), (2, 0));
}

#[test]
fn a_second_form_for_the_same_item_starts_without_answers() {
    let env = Env::new();
    let s = setup(&env);
    let first = draft(&env, &s, TEXT);
    answer_all(&env, &s, &first);
    let second = draft(&env, &s, "Een tweede fiche in algemene termen.");
    assert_eq!(answers(&env, &second), (0, 0));
    assert_eq!(form_status(&env, &second), "draft");
    let err = env.refused(&["feedback", "send", &second]);
    assert!(err.contains("no answer yet"), "{err}");

    // Withdraw, then draft again: the new form asks everyone again.
    env.ok(&["feedback", "withdraw", &first]);
    let third = draft(&env, &s, TEXT);
    assert_eq!(answers(&env, &third), (0, 0));
    env.refused(&["feedback", "send", &third]);
    answer_all(&env, &s, &third);
    env.ok(&["feedback", "send", &third]);
    // The withdrawn form stays withdrawn and keeps what it had.
    assert_eq!(form_status(&env, &first), "withdrawn");
    assert_eq!(answers(&env, &first), (6, 2));
}

#[test]
fn editing_an_approved_form_sends_it_back_to_draft() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    assert_eq!(form_status(&env, &form), "approved");
    env.ok(&[
        "feedback",
        "edit",
        &form,
        "Een andere tekst in algemene termen.",
    ]);
    assert_eq!(form_status(&env, &form), "draft");
    assert_eq!(answers(&env, &form), (0, 0));
    let err = env.refused(&["feedback", "send", &form]);
    assert!(err.contains("(rule R7)"), "{err}");
}

#[test]
fn a_form_not_sent_says_draft_in_every_language_and_never_states_consensus() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    let langs = [
        ("nl", "ONTWERP", "consensus van alle deelnemers"),
        ("fr", "PROJET", "consensus de tous les participants"),
        ("de", "ENTWURF", "Konsens aller Teilnehmenden"),
        ("en", "DRAFT", "consensus of all participants"),
    ];
    let check = |sent: bool| {
        for (lang, banner, basis) in langs {
            for format in ["md", "html"] {
                let doc = env.ok(&[
                    "feedback", "show", &form, "--lang", lang, "--format", format,
                ]);
                assert_eq!(doc.contains(banner), !sent, "{lang} {format}:\n{doc}");
                assert_eq!(doc.contains(basis), sent, "{lang} {format}:\n{doc}");
            }
        }
    };
    check(false);
    answer_all(&env, &s, &form);
    assert_eq!(form_status(&env, &form), "approved");
    check(false);
    env.ok(&["feedback", "send", &form]);
    check(true);

    // A withdrawn form says so too.
    let other = draft(&env, &s, "Een tweede fiche in algemene termen.");
    env.ok(&["feedback", "withdraw", &other]);
    let doc = env.ok(&["feedback", "show", &other, "--lang", "en", "--format", "md"]);
    assert!(doc.contains("DRAFT"), "{doc}");
    assert!(!doc.contains("consensus of all participants"), "{doc}");
}

#[test]
fn showing_case_text_is_audited_once_per_view() {
    let env = Env::new();
    let s = setup(&env);
    let r = referral_in(
        &env,
        &[
            "--received",
            "2026-11-10",
            "--case",
            &s.code,
            "--note",
            "Vraag om preventieve opvolging.",
        ],
    )
    .to_string();
    let form = draft(&env, &s, TEXT);

    env.ok(&["referral", "show", &r]);
    env.ok(&["referral", "show", &r, "--format", "json"]);
    assert_eq!(audit_rows(&env, "view", "referral", &r), 2);

    show_json(&env, &form);
    assert_eq!(audit_rows(&env, "view", "feedback_form", &form), 1);
    env.ok(&["feedback", "show", &form, "--format", "md"]);
    assert_eq!(audit_rows(&env, "document", "feedback_form", &form), 1);

    // The lists carry no texts, and write nothing.
    let before = env.count("SELECT count(*) FROM audit_log");
    for args in [
        ["referral", "list", "--format", "json"],
        ["referral", "list", "--format", "csv"],
        ["feedback", "list", "--format", "json"],
        ["feedback", "list", "--format", "csv"],
    ] {
        let out = env.ok(&args);
        assert!(!out.contains("preventieve"), "{args:?}: {out}");
        assert!(!out.contains("begeleiding"), "{args:?}: {out}");
    }
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), before);
    // An unknown referral writes nothing either.
    env.refused(&["referral", "show", "99"]);
}

/// Every participant but the school consents and both secret-holders confirm (the school's
/// answer is each test's own).
fn answer_all_but_school(env: &Env, s: &Setup, form: &str) {
    let c = &s.cell;
    for m in [c.chair, c.io, c.prevention, c.caw, c.clb] {
        consent(env, form, m);
    }
    confirm(env, form, c.caw);
    confirm(env, form, c.clb);
}

/// `feedback send` refused because what rule R7 judges on was changed outside livcr (`what`
/// names the record): nothing left, nothing registered.
fn not_sent_for_outside_change(env: &Env, form: &str, what: &str) {
    let err = env.refused(&["feedback", "send", form]);
    assert!(err.contains("nothing was written"), "{err}");
    assert!(err.contains(what), "{what:?} in {err}");
    assert_ne!(form_status(env, form), "sent");
    assert_eq!(env.count("SELECT count(*) FROM disclosure"), 0);
    assert_eq!(env.count("SELECT count(*) FROM referral"), 0);
}

/// Found by the adversarial review: a member's "no" turned into "yes" with a plain SQLite
/// client let the form leave (rule R7 judged the edited answer). A form is sent only on
/// answers as livcr recorded them; nothing leaves, nothing is registered.
#[test]
fn a_consent_changed_outside_livcr_does_not_send_the_form() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    let c = &s.cell;
    env.ok(&[
        "feedback",
        "consent",
        &form,
        "--member",
        &c.school.to_string(),
        "--answer",
        "no",
    ]);
    answer_all_but_school(&env, &s, &form);
    env.db()
        .execute(
            "UPDATE feedback_consent SET answer = 'yes' WHERE form_id = ?1 AND person_id = ?2",
            [form.parse::<i64>().unwrap(), c.school],
        )
        .unwrap();
    not_sent_for_outside_change(&env, &form, "feedback_consent");
}

/// Found by the second adversarial review: a participant who never answered, removed from the
/// held item with a plain SQLite client (its trigger dropped and put back), let the form leave
/// without that member's consent. The participants R7 counts are those livcr recorded.
#[test]
fn a_participant_removed_outside_livcr_does_not_send_the_form() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all_but_school(&env, &s, &form);
    let school = s.cell.school;
    env.tamper()
        .execute(
            "DELETE FROM item_participant WHERE item_id = ?1 AND person_id = ?2",
            [s.item, school],
        )
        .unwrap();
    let what = format!(
        "item_participant {}|{school}: deleted outside livcr",
        s.item
    );
    not_sent_for_outside_change(&env, &form, &what);
}

/// Found by the second adversarial review: the IO's seat, ended through livcr, was un-ended
/// with a plain SQLite client, and the form left through that IO. The seat R7 sends through is
/// the one livcr recorded.
#[test]
fn an_io_seat_changed_outside_livcr_does_not_send_the_form() {
    let env = Env::new();
    let s = setup(&env);
    let form = draft(&env, &s, TEXT);
    answer_all(&env, &s, &form);
    env.ok(&[
        "member",
        "end",
        &s.cell.io.to_string(),
        "--on",
        "2026-11-25",
    ]);
    let err = env.refused(&["feedback", "send", &form]);
    assert!(err.contains("R7") || err.contains("IO"), "{err}");
    env.db()
        .execute(
            "UPDATE membership SET until_on = NULL WHERE person_id = ?1 AND role = 'io'",
            [s.cell.io],
        )
        .unwrap();
    not_sent_for_outside_change(&env, &form, "membership");
}
