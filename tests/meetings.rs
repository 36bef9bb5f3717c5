//! Meetings and agendas (domain.md, "Meetings"; rules R2, R5, R6, R15): planning in Brussels
//! time, drafting the agenda from the state of the cases, attendance and decisions, closing,
//! the confidential documents (agenda, invitee's copy, minutes) and the calendar file.
//!
//! Golden files live in tests/golden/. Case codes are random, so every code in a document is
//! replaced by CASE-1, CASE-2, … in order of first appearance before comparing. Run with
//! `LIVCR_BLESS=1` to (re)write the golden files.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::str::FromStr;

use chrono::{DateTime, TimeZone, Utc};
use common::scene::{self, advance, agenda, audit_rows, case, case_id, member, open, plan};
use common::{Env, TODAY, files_containing, golden, id, json, mode};
use icalendar::{CalendarDateTime, Component, DatePerhapsTime, EventLike, EventStatus};

/// The meeting of next week (TODAY is Monday 2026-11-30).
const NEXT_WEEK: &str = "2026-12-07";

/// The day after next week's meeting. With LIVCR_TODAY the clock reads 09:00 Brussels time, so
/// on NEXT_WEEK itself a 14:00 meeting has not begun yet: decisions and closing wait until then.
const DAY_AFTER: &str = "2026-12-08";

// ---------------------------------------------------------------------------------------------
// Helpers (the cell and case helpers are in tests/common/scene.rs)
// ---------------------------------------------------------------------------------------------

/// Member ids of the test cell.
#[allow(dead_code)]
struct Cell {
    /// The chair: the same person as Kortrijk's mayor.
    chair: i64,
    mayor_kuurne: i64,
    mayor_lendelede: i64,
    io: i64,
    prevention: i64,
    /// Sara Coppens, CAW (standing invitee).
    partner: i64,
    /// Tom Peeters, CLB (invited for specific cases).
    ad_hoc: i64,
}

impl Cell {
    fn everyone(&self) -> [i64; 7] {
        [
            self.chair,
            self.mayor_kuurne,
            self.mayor_lendelede,
            self.io,
            self.prevention,
            self.partner,
            self.ad_hoc,
        ]
    }
}

/// The joint cell VLAS (Kortrijk, Kuurne, Lendelede, established 2024-01-01) with its
/// organisations, a mayor per municipality, Kortrijk's mayor as chair, an IO, a prevention
/// official, a CAW partner and a CLB invitee for specific cases. Nobody has signed a
/// confidentiality declaration yet (see [`declare_all`]).
fn vlas(env: &Env) -> Cell {
    let v = scene::vlas(env);
    let ad_hoc = member(
        env,
        &[
            "Tom Peeters",
            "--org",
            "CLB Kortrijk",
            "--role",
            "ad_hoc",
            "--email",
            "tom.peeters@clb.be",
            "--invited-by",
            "burgemeester@kortrijk.be",
        ],
    );
    Cell {
        chair: v.chair,
        mayor_kuurne: v.mayor_kuurne,
        mayor_lendelede: v.mayor_lendelede,
        io: v.io.expect("VLAS has an IO"),
        prevention: v.prevention,
        partner: v.partner,
        ad_hoc,
    }
}

/// Everyone in the cell signs a confidentiality declaration without an end date (R5).
fn declare_all(env: &Env, cell: &Cell) {
    for p in cell.everyone() {
        env.ok(&[
            "member",
            "declare",
            &p.to_string(),
            "--signed",
            "2024-01-01",
        ]);
    }
}

/// A case in follow-up whose next review is `review`.
fn follow_up(env: &Env, cell: &Cell, review: &str) -> String {
    let code = case(env);
    advance(env, &code, "follow_up", cell.chair);
    env.ok(&["case", "review", &code, "--next", review]);
    code
}

fn action(env: &Env, code: &str, org: &str, due: &str, text: &str) -> i64 {
    id(
        env,
        &["action", "add", code, "--org", org, "--due", due, text],
    )
}

/// A case consultation a week ago (planned with --yes).
fn last_week(env: &Env, time: &str) -> String {
    plan(env, "2026-11-23", time, &["--yes"])
}

/// One column of a meeting row.
fn meeting_field(env: &Env, meeting: &str, column: &str) -> Option<String> {
    env.column("meeting", "meeting", "id", meeting, column)
}

fn sequence(env: &Env, meeting: &str) -> i64 {
    env.count(&format!(
        "SELECT sequence FROM meeting WHERE id = {meeting}"
    ))
}

/// (item, section, case) of each agenda row.
fn items(env: &Env, meeting: &str) -> Vec<(i64, String, Option<String>)> {
    agenda(env, meeting)
        .iter()
        .map(|r| {
            (
                r["item"].as_i64().unwrap(),
                r["section"].as_str().unwrap().to_string(),
                r["case"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// The sections a case is listed under.
fn sections_of(env: &Env, meeting: &str, code: &str) -> Vec<String> {
    items(env, meeting)
        .into_iter()
        .filter(|(_, _, c)| c.as_deref() == Some(code))
        .map(|(_, s, _)| s)
        .collect()
}

/// The item number of a case's item under `section`.
fn item_of(env: &Env, meeting: &str, code: &str, section: &str) -> String {
    items(env, meeting)
        .into_iter()
        .find(|(_, s, c)| c.as_deref() == Some(code) && s == section)
        .map(|(n, _, _)| n.to_string())
        .unwrap_or_else(|| panic!("{code} is not under {section}"))
}

fn item_id(env: &Env, meeting: &str, position: &str) -> i64 {
    env.count(&format!(
        "SELECT id FROM agenda_item WHERE meeting_id = {meeting} AND position = {position}"
    ))
}

/// Positions of a meeting's items, in order.
fn positions(env: &Env, meeting: &str) -> Vec<i64> {
    let conn = env.db();
    let mut stmt = conn
        .prepare("SELECT position FROM agenda_item WHERE meeting_id = ?1 ORDER BY position")
        .unwrap();
    stmt.query_map([meeting], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

/// (person, how) of an item's participants.
fn participants(env: &Env, item: i64) -> Vec<(i64, String)> {
    let conn = env.db();
    let mut stmt = conn
        .prepare(
            "SELECT person_id, how FROM item_participant WHERE item_id = ?1 ORDER BY person_id",
        )
        .unwrap();
    stmt.query_map([item], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

fn all_codes(env: &Env) -> Vec<String> {
    let conn = env.db();
    let mut stmt = conn
        .prepare("SELECT code FROM case_file ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

/// Replaces every case code of the database in `text` by CASE-1, CASE-2, … in order of first
/// appearance.
fn anonymise(env: &Env, text: &str) -> String {
    let mut found: Vec<(usize, String)> = all_codes(env)
        .into_iter()
        .filter_map(|c| text.find(&c).map(|at| (at, c)))
        .collect();
    found.sort();
    let mut out = text.to_string();
    for (n, (_, code)) in found.iter().enumerate() {
        out = out.replace(code.as_str(), &format!("CASE-{}", n + 1));
    }
    // The anchor's hash covers the random case codes of the audit log, and its time is the
    // real time of the last audit row.
    if let Some(at) = out.find("livcr-anchor v1 ")
        && let Some(h) = out[at..].find("sha256=")
    {
        let start = at + h + "sha256=".len();
        out.replace_range(start..start + 64, &"x".repeat(64));
        if let Some(t) = out[at..].find(" at=") {
            let start = at + t + " at=".len();
            out.replace_range(start..start + 20, "YYYY-MM-DDTHH:MM:SSZ");
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// A cell with a case under every heading: the scene of the agenda, the invitee's copies and the
// minutes
// ---------------------------------------------------------------------------------------------

struct Scene {
    env: Env,
    cell: Cell,
    /// The meeting of next week (2026-12-07 14:00), its agenda drafted, one item added by hand.
    meeting: String,
    /// A signal reported by the CAW.
    signal: String,
    /// A case in screening (a minor in Kuurne).
    screening: String,
    /// A case newly on the case list.
    on_list: String,
    /// In follow-up, review due before the meeting, led by the CLB with an open CLB action.
    review: String,
    /// In follow-up, review after the meeting, led by the CAW, a CAW action overdue by then.
    overdue: String,
    /// In follow-up, review due before the meeting, every action (CAW) done.
    closure: String,
    /// In follow-up, review after the meeting, nothing overdue: not on the agenda.
    later: String,
}

const HAND_ITEM: &str = "Afspraken met de scholen over het nieuwe schooljaar";

fn scene() -> Scene {
    let env = Env::new();
    let cell = vlas(&env);
    declare_all(&env, &cell);

    let signal = open(
        &env,
        "Kortrijk",
        "religious",
        "18_24",
        &["--source-org", "CAW"],
    );
    env.ok(&["case", "review", &signal, "--next", "2027-01-10"]);

    let screening = open(&env, "Kuurne", "right_wing", "12_17", &[]);
    advance(&env, &screening, "screening", cell.chair);
    env.ok(&["case", "review", &screening, "--next", "2027-01-20"]);

    let on_list = open(&env, "Lendelede", "anti_government", "25_plus", &[]);
    advance(&env, &on_list, "on_list", cell.chair);

    let review = open(&env, "Kortrijk", "left_wing", "25_plus", &[]);
    advance(&env, &review, "follow_up", cell.chair);
    env.ok(&["case", "lead", &review, "--org", "CLB"]);
    action(&env, &review, "CLB", "2026-12-20", "Gesprek met de school");
    env.ok(&["case", "review", &review, "--next", "2026-12-03"]);

    let overdue = open(&env, "Kuurne", "mixed", "18_24", &[]);
    advance(&env, &overdue, "follow_up", cell.chair);
    env.ok(&["case", "lead", &overdue, "--org", "CAW"]);
    action(&env, &overdue, "CAW", "2026-12-02", "Huisbezoek plannen");
    env.ok(&["case", "review", &overdue, "--next", "2027-01-15"]);

    let closure = open(&env, "Kortrijk", "single_issue", "unknown", &[]);
    advance(&env, &closure, "follow_up", cell.chair);
    let done = action(
        &env,
        &closure,
        "CAW",
        "2026-12-01",
        "Doorverwijzing naar reguliere hulp",
    );
    env.ok(&["action", "done", &done.to_string()]);
    env.ok(&["case", "review", &closure, "--next", "2026-12-04"]);

    let later = open(&env, "Lendelede", "other", "25_plus", &[]);
    advance(&env, &later, "follow_up", cell.chair);
    env.ok(&["case", "review", &later, "--next", "2026-12-10"]);

    let meeting = plan(
        &env,
        NEXT_WEEK,
        "14:00",
        &["--location", "Stadhuis Kortrijk, zaal 2"],
    );
    env.ok(&["agenda", "draft", &meeting]);
    env.ok(&["agenda", "add", &meeting, HAND_ITEM]);
    Scene {
        env,
        cell,
        meeting,
        signal,
        screening,
        on_list,
        review,
        overdue,
        closure,
        later,
    }
}

impl Scene {
    fn codes(&self) -> [&str; 7] {
        [
            &self.signal,
            &self.screening,
            &self.on_list,
            &self.review,
            &self.overdue,
            &self.closure,
            &self.later,
        ]
    }

    /// The meeting of the scene, held: attendance, decisions (one with a member leaving the room
    /// and an invitee joining), closed. The clock moves to the day after: decisions are recorded
    /// once the meeting has begun.
    fn hold(&mut self) {
        self.env.today = DAY_AFTER.to_string();
        let env = &self.env;
        let c = &self.cell;
        let m = self.meeting.as_str();
        env.ok(&[
            "meeting",
            "attend",
            m,
            "--present",
            &format!("{},{},{},{}", c.chair, c.io, c.prevention, c.partner),
            "--excused",
            "burgemeester@kuurne.be",
            "--absent",
            "Karel Lagae",
        ]);
        env.ok(&[
            "meeting",
            "decide",
            m,
            "1",
            "--kind",
            "consensus",
            "--text",
            "Het verslag van de vorige vergadering is goedgekeurd",
        ]);
        let signal_item = item_of(env, m, &self.signal, "signals");
        env.ok(&[
            "meeting",
            "decide",
            m,
            &signal_item,
            "--kind",
            "consensus",
            "--text",
            "Opnemen op de casuslijst",
            "--left",
            &c.io.to_string(),
            "--joined",
            "tom.peeters@clb.be",
        ]);
        let review_item = item_of(env, m, &self.review, "reviews");
        env.ok(&["meeting", "decide", m, &review_item, "--kind", "chair"]);
        let overdue_item = item_of(env, m, &self.overdue, "overdue_actions");
        env.ok(&[
            "meeting",
            "decide",
            m,
            &overdue_item,
            "--kind",
            "postponed",
            "--text",
            "Bespreken op de volgende vergadering",
        ]);
        env.ok(&["meeting", "close", "--yes", m]);
    }
}

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------

#[test]
fn meeting_help_lists_the_verbs() {
    let env = Env::new();
    let help = env.ok(&["meeting", "--help"]);
    for verb in [
        "plan", "list", "show", "move", "cancel", "attend", "decide", "close", "run", "minutes",
        "ics",
    ] {
        assert!(help.contains(verb), "{verb} missing in:\n{help}");
    }
    let help = env.ok(&["agenda", "--help"]);
    for verb in ["draft", "add", "move", "rm", "show", "export"] {
        assert!(help.contains(verb), "{verb} missing in:\n{help}");
    }
    // The calendar holds every meeting of the cell, whatever its status.
    let help = env.ok(&["meeting", "ics", "--help"]);
    assert!(help.contains("planned, held and cancelled"), "{help}");
}

#[test]
fn plan_stores_brussels_local_time() {
    let env = Env::new();
    vlas(&env);
    let out = env.run(&[
        "meeting",
        "plan",
        NEXT_WEEK,
        "14:00",
        "--location",
        "Stadhuis Kortrijk, zaal 2",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let m = out.stdout.trim().to_string();
    assert_eq!(out.stdout, format!("{m}\n"), "stdout holds only the id");
    // The confirmation names the date as a person reads it (the interface's language).
    assert!(
        out.stderr.contains("Mon 7 Dec 2026 14:00"),
        "{}",
        out.stderr
    );
    assert_eq!(
        meeting_field(&env, &m, "starts_at").as_deref(),
        Some("2026-12-07T14:00")
    );
    assert_eq!(
        meeting_field(&env, &m, "status").as_deref(),
        Some("planned")
    );
    assert_eq!(meeting_field(&env, &m, "kind").as_deref(), Some("case"));
    assert_eq!(
        meeting_field(&env, &m, "location").as_deref(),
        Some("Stadhuis Kortrijk, zaal 2")
    );
    assert_eq!(sequence(&env, &m), 0);
    assert_eq!(
        env.count(&format!("SELECT duration_min FROM meeting WHERE id = {m}")),
        120
    );
    assert_eq!(audit_rows(&env, "plan", "meeting", &m), 1);

    // Summer time, another way to write the time, a relative date, another length and kind:
    // still the local wall-clock time as entered.
    let summer = plan(
        &env,
        "2027-07-05",
        "9h30",
        &["--duration", "1h30", "--kind", "strategic"],
    );
    assert_eq!(
        meeting_field(&env, &summer, "starts_at").as_deref(),
        Some("2027-07-05T09:30")
    );
    assert_eq!(
        env.count(&format!(
            "SELECT duration_min FROM meeting WHERE id = {summer}"
        )),
        90
    );
    assert_eq!(
        meeting_field(&env, &summer, "kind").as_deref(),
        Some("strategic")
    );
    let relative = plan(&env, "+7d", "10:00", &[]);
    assert_eq!(
        meeting_field(&env, &relative, "starts_at").as_deref(),
        Some("2026-12-07T10:00")
    );
}

#[test]
fn a_meeting_in_the_past_needs_yes() {
    let env = Env::new();
    vlas(&env);
    // No terminal: no question, a refusal that names --yes.
    let err = env.refused(&["meeting", "plan", "2026-11-20", "14:00"]);
    assert!(err.contains("lies in the past"), "{err}");
    assert!(err.contains("--yes"), "{err}");
    // Earlier today (the fixed clock is 09:00) is the past too.
    let err = env.refused(&["meeting", "plan", TODAY, "08:00"]);
    assert!(err.contains("lies in the past"), "{err}");
    assert_eq!(env.count("SELECT count(*) FROM meeting"), 0);

    let m = plan(&env, "2026-11-20", "14:00", &["--yes"]);
    assert_eq!(
        meeting_field(&env, &m, "starts_at").as_deref(),
        Some("2026-11-20T14:00")
    );
    let later_today = plan(&env, TODAY, "10:00", &[]);
    assert_eq!(
        meeting_field(&env, &later_today, "starts_at").as_deref(),
        Some("2026-11-30T10:00")
    );
}

#[test]
fn a_time_in_the_daylight_saving_gap_is_refused() {
    let env = Env::new();
    vlas(&env);
    let err = env.refused(&["meeting", "plan", "2027-03-28", "02:30"]);
    assert!(err.contains("does not exist"), "{err}");
    assert!(err.contains("2027-03-28 02:30"), "{err}");
    // The hour before and after the gap exist.
    plan(&env, "2027-03-28", "01:30", &[]);
    plan(&env, "2027-03-28", "03:30", &[]);
    // Moving into the gap is refused too.
    let m = plan(&env, "2027-03-22", "14:00", &[]);
    let err = env.refused(&["meeting", "move", &m, "--to", "2027-03-28", "02:15"]);
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn list_upcoming_and_past() {
    let env = Env::new();
    vlas(&env);
    let past = plan(&env, "2026-11-20", "14:00", &["--yes"]);
    let today = plan(&env, TODAY, "10:00", &[]);
    let future = plan(&env, NEXT_WEEK, "14:00", &[]);
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["meeting", "list"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "json"]);
        json(&env.ok(&all))
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&[]), [past.clone(), today.clone(), future.clone()]);
    assert_eq!(ids(&["--upcoming"]), [today, future]);
    assert_eq!(ids(&["--past"]), [past]);
    let all = json(&env.ok(&["meeting", "list", "--format", "json"]));
    assert_eq!(all[2]["date"], NEXT_WEEK);
    assert_eq!(all[2]["time"], "14:00");
    assert_eq!(all[2]["status"], "planned");
}

#[test]
fn show_by_id_by_date_and_an_ambiguous_date() {
    let env = Env::new();
    vlas(&env);
    let m = plan(
        &env,
        NEXT_WEEK,
        "14:00",
        &["--location", "Stadhuis Kortrijk, zaal 2"],
    );
    let by_id = json(&env.ok(&["meeting", "show", &m, "--format", "json"]));
    assert_eq!(by_id["id"].as_i64().unwrap().to_string(), m);
    assert_eq!(by_id["date"], "2026-12-07");
    assert_eq!(by_id["time"], "14:00");
    assert_eq!(by_id["location"], "Stadhuis Kortrijk, zaal 2");
    let by_date = json(&env.ok(&["meeting", "show", NEXT_WEEK, "--format", "json"]));
    assert_eq!(by_date, by_id);
    let by_local_date = json(&env.ok(&["meeting", "show", "07/12/2026", "--format", "json"]));
    assert_eq!(by_local_date["id"], by_id["id"]);
    let table = env.ok(&["meeting", "show", &m]);
    assert!(table.contains("14:00"), "{table}");
    assert!(table.contains("Europe/Brussels"), "{table}");

    let morning = plan(&env, "2026-12-14", "10:00", &[]);
    let afternoon = plan(&env, "2026-12-14", "14:00", &[]);
    let err = env.refused(&["meeting", "show", "2026-12-14"]);
    assert!(err.contains(&format!("#{morning}")), "{err}");
    assert!(err.contains(&format!("#{afternoon}")), "{err}");
    assert!(err.contains("id"), "{err}");
    // An ambiguous date is refused by the commands that change a meeting, too.
    let err = env.refused(&["meeting", "cancel", "2026-12-14"]);
    assert!(err.contains(&format!("#{morning}")), "{err}");

    let err = env.refused(&["meeting", "show", "2026-12-15"]);
    assert!(err.contains("no meeting"), "{err}");
    let err = env.refused(&["meeting", "show", "999"]);
    assert!(err.contains("no meeting with id 999"), "{err}");
}

#[test]
fn move_changes_the_time_and_increments_the_sequence() {
    let env = Env::new();
    vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["meeting", "move", &m, "--to", "2026-12-14", "15:30"]);
    assert_eq!(
        meeting_field(&env, &m, "starts_at").as_deref(),
        Some("2026-12-14T15:30")
    );
    assert_eq!(sequence(&env, &m), 1);
    // By date, too.
    env.ok(&[
        "meeting",
        "move",
        "2026-12-14",
        "--to",
        "2026-12-21",
        "09:00",
    ]);
    assert_eq!(
        meeting_field(&env, &m, "starts_at").as_deref(),
        Some("2026-12-21T09:00")
    );
    assert_eq!(sequence(&env, &m), 2);
    assert_eq!(audit_rows(&env, "move", "meeting", &m), 2);
    let uid = meeting_field(&env, &m, "uid");
    assert!(uid.is_some());

    // Into the past: only with --yes.
    let err = env.refused(&["meeting", "move", &m, "--to", "2026-11-20", "14:00"]);
    assert!(err.contains("--yes"), "{err}");
    env.ok(&[
        "meeting",
        "move",
        &m,
        "--to",
        "2026-11-20",
        "14:00",
        "--yes",
    ]);
    assert_eq!(sequence(&env, &m), 3);
    assert_eq!(meeting_field(&env, &m, "uid"), uid, "the UID never changes");
}

#[test]
fn moving_onto_a_day_with_another_meeting_warns_as_planning_does() {
    let env = Env::new();
    vlas(&env);
    let first = plan(&env, "2026-12-14", "14:00", &[]);
    let second = plan(&env, "2026-12-21", "10:00", &[]);
    // Moving within its own day: no other meeting, no warning.
    let out = env.run(&["meeting", "move", &first, "--to", "2026-12-14", "15:00"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    // Onto the day of the first: moved, with the warning `meeting plan` gives.
    let out = env.run(&["meeting", "move", &second, "--to", "2026-12-14", "09:00"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!(
            "warning: cell VLAS already has a meeting that day (#{first} at 15:00); refer to each \
             by its id, not the date"
        )),
        "{}",
        out.stderr
    );
    assert_eq!(
        meeting_field(&env, &second, "starts_at").as_deref(),
        Some("2026-12-14T09:00")
    );
    assert_eq!(sequence(&env, &second), 1);
    // A cancelled meeting that day is no reason to warn.
    env.ok(&["meeting", "cancel", &first, "--yes"]);
    let out = env.run(&["meeting", "move", &second, "--to", "2026-12-14", "11:00"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        !out.stderr.contains("already has a meeting"),
        "{}",
        out.stderr
    );
}

#[test]
fn cancel_sets_the_status() {
    let env = Env::new();
    vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["meeting", "cancel", &m, "--reason", "Zaal niet beschikbaar"]);
    assert_eq!(
        meeting_field(&env, &m, "status").as_deref(),
        Some("cancelled")
    );
    assert_eq!(
        meeting_field(&env, &m, "cancel_reason").as_deref(),
        Some("Zaal niet beschikbaar")
    );
    assert_eq!(sequence(&env, &m), 1);
    assert_eq!(audit_rows(&env, "cancel", "meeting", &m), 1);
    let shown = json(&env.ok(&["meeting", "show", &m, "--format", "json"]));
    assert_eq!(shown["status"], "cancelled");

    // A reason with a national register number is refused and stored nowhere.
    let other = plan(&env, "2026-12-14", "14:00", &[]);
    let err = env.refused(&[
        "meeting",
        "cancel",
        &other,
        "--reason",
        "Afwezig: 85.07.30-033.28",
    ]);
    assert!(!err.contains("85.07.30-033.28"), "{err}");
    assert!(files_containing(&env, "033.28").is_empty());
}

#[test]
fn a_held_or_cancelled_meeting_cannot_be_moved_or_cancelled() {
    let env = Env::new();
    let cell = vlas(&env);
    let held = last_week(&env, "14:00");
    env.ok(&[
        "meeting",
        "attend",
        &held,
        "--present",
        &format!("{},{},{}", cell.chair, cell.io, cell.prevention),
    ]);
    env.ok(&["meeting", "close", "--yes", &held]);
    assert_eq!(
        meeting_field(&env, &held, "status").as_deref(),
        Some("held")
    );

    let cancelled = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["meeting", "cancel", &cancelled]);

    for (m, status) in [(&held, "held"), (&cancelled, "cancelled")] {
        let err = env.refused(&["meeting", "move", m, "--to", "2026-12-21", "14:00"]);
        assert!(err.contains(&format!("is {status}")), "{err}");
        assert!(err.contains("only a planned meeting"), "{err}");
        let err = env.refused(&["meeting", "cancel", m]);
        assert!(err.contains(&format!("is {status}")), "{err}");
        let err = env.refused(&["meeting", "close", "--yes", m]);
        assert!(err.contains(&format!("is {status}")), "{err}");
        let err = env.refused(&["agenda", "draft", m]);
        assert!(err.contains("can no longer change"), "{err}");
    }
    // Nobody attends or decides at a cancelled meeting.
    let err = env.refused(&[
        "meeting",
        "attend",
        &cancelled,
        "--present",
        &cell.chair.to_string(),
    ]);
    assert!(err.contains("cancelled"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Drafting the agenda
// ---------------------------------------------------------------------------------------------

#[test]
fn each_case_lands_under_its_heading() {
    let s = scene();
    let env = &s.env;
    let m = s.meeting.as_str();
    assert_eq!(sections_of(env, m, &s.signal), ["signals"]);
    assert_eq!(sections_of(env, m, &s.screening), ["signals"]);
    assert_eq!(sections_of(env, m, &s.on_list), ["new_on_list"]);
    assert_eq!(sections_of(env, m, &s.review), ["reviews"]);
    assert_eq!(sections_of(env, m, &s.overdue), ["overdue_actions"]);
    assert_eq!(sections_of(env, m, &s.closure), ["closures"]);
    assert!(sections_of(env, m, &s.later).is_empty());

    // The whole agenda, in the order of domain.md, numbered from 1.
    let sections: Vec<String> = items(env, m).into_iter().map(|(_, s, _)| s).collect();
    assert_eq!(
        sections,
        [
            "opening",
            "signals",
            "signals",
            "new_on_list",
            "reviews",
            "overdue_actions",
            "closures",
            "policy",
            "aob",
            "aob",
        ]
    );
    assert_eq!(positions(env, m), (1..=10).collect::<Vec<i64>>());

    // The case whose review falls after the meeting is nowhere: not in the data, not in the
    // documents.
    let shown = env.ok(&["agenda", "show", m, "--format", "json"]);
    assert!(!shown.contains(&s.later), "{shown}");
    for args in [
        vec!["agenda", "export", m],
        vec!["agenda", "export", m, "--format", "html"],
        vec!["agenda", "export", m, "--lang", "fr"],
        vec!["meeting", "show", m, "--format", "json"],
    ] {
        let out = env.ok(&args);
        assert!(!out.contains(&s.later), "{args:?}:\n{out}");
        for code in [&s.signal, &s.review, &s.overdue, &s.closure] {
            assert!(out.contains(code.as_str()), "{code} missing in {args:?}");
        }
    }
}

#[test]
fn an_agenda_drafted_for_next_week_lists_a_case_whose_review_falls_before_the_meeting_and_not_one_whose_review_falls_after()
 {
    let env = Env::new();
    let cell = vlas(&env);
    let before = follow_up(&env, &cell, "2026-12-03");
    let after = follow_up(&env, &cell, "2026-12-10");
    let m = plan(&env, "+7d", "14:00", &[]);
    assert_eq!(
        meeting_field(&env, &m, "starts_at").as_deref(),
        Some("2026-12-07T14:00")
    );
    env.ok(&["agenda", "draft", &m]);

    assert_eq!(sections_of(&env, &m, &before), ["reviews"]);
    let shown = env.ok(&["agenda", "show", &m, "--format", "json"]);
    assert!(shown.contains(&before), "{shown}");
    assert!(!shown.contains(&after), "{shown}");
    let document = env.ok(&["agenda", "export", &m]);
    assert!(document.contains(&before), "{document}");
    assert!(!document.contains(&after), "{document}");

    // A review on the meeting's day itself is due.
    env.ok(&["case", "review", &after, "--next", NEXT_WEEK]);
    env.ok(&["agenda", "draft", &m]);
    assert_eq!(sections_of(&env, &m, &after), ["reviews"]);
}

#[test]
fn drafting_twice_adds_nothing() {
    let s = scene();
    let env = &s.env;
    let m = s.meeting.as_str();
    let before = env.snapshot();
    let count = positions(env, m).len();
    let audits = audit_rows(env, "draft", "agenda", m);
    assert_eq!(audits, 1);
    let out = env.run(&["agenda", "draft", m]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("0 items added"), "{}", out.stderr);
    assert_eq!(positions(env, m).len(), count);
    assert_eq!(audit_rows(env, "draft", "agenda", m), audits);
    assert_eq!(env.snapshot(), before, "a second draft changes nothing");
}

#[test]
fn a_hand_added_item_stays_after_a_redraft() {
    let s = scene();
    let env = &s.env;
    let m = s.meeting.as_str();
    let hand = |env: &Env| -> Vec<(i64, String)> {
        let conn = env.db();
        let mut stmt = conn
            .prepare(
                "SELECT position, section FROM agenda_item WHERE meeting_id = ?1 AND title = ?2",
            )
            .unwrap();
        stmt.query_map(rusqlite::params![m, HAND_ITEM], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
    };
    assert_eq!(hand(env), [(10, "aob".to_string())]);
    // A hand item about a case, under a heading of one's choice.
    let out = env.ok(&[
        "agenda",
        "add",
        m,
        "Stand van zaken na het huisbezoek",
        "--case",
        &s.overdue,
        "--kind",
        "reviews",
    ]);
    assert_eq!(out.trim(), "11", "the next number is given and printed");
    assert_eq!(
        sections_of(env, m, &s.overdue),
        ["reviews", "overdue_actions"],
        "shown under its heading"
    );
    assert_eq!(hand(env), [(10, "aob".to_string())], "numbers never move");

    // A new signal comes in; the redraft adds it and keeps both hand items and their numbers.
    let new = case(env);
    env.ok(&["agenda", "draft", m]);
    assert_eq!(sections_of(env, m, &new), ["signals"]);
    assert_eq!(item_of(env, m, &new, "signals"), "12");
    assert_eq!(hand(env), [(10, "aob".to_string())]);
    assert_eq!(
        sections_of(env, m, &s.overdue),
        ["reviews", "overdue_actions"]
    );
    assert_eq!(positions(env, m), (1..=12).collect::<Vec<i64>>());
    assert_eq!(audit_rows(env, "draft", "agenda", m), 2);

    // A case item under a heading without case data is refused.
    let err = env.refused(&[
        "agenda",
        "add",
        m,
        "Toelichting",
        "--case",
        &s.review,
        "--kind",
        "policy",
    ]);
    assert!(err.contains("leave --case out"), "{err}");
}

#[test]
fn agenda_move_and_rm_keep_the_numbers() {
    let mut s = scene();
    let m = s.meeting.clone();
    let m = m.as_str();
    let env = &s.env;
    let hand_id = item_id(env, m, "10");
    let signal_id = item_id(env, m, "2");
    // Moving puts an item under another heading; its number stays.
    env.ok(&["agenda", "move", m, "10", "--to", "signals"]);
    assert_eq!(item_id(env, m, "10"), hand_id);
    assert_eq!(item_id(env, m, "2"), signal_id);
    assert_eq!(positions(env, m), (1..=10).collect::<Vec<i64>>());
    let shown: Vec<i64> = items(env, m).iter().map(|(n, _, _)| *n).collect();
    assert_eq!(
        shown[..4],
        [1, 2, 3, 10],
        "shown by heading, then number: {shown:?}"
    );
    assert_eq!(
        audit_rows(env, "move", "agenda_item", &hand_id.to_string()),
        1
    );

    let err = env.refused(&["agenda", "move", m, "1", "--to", "aob"]);
    assert!(err.contains("fixed heading"), "{err}");
    let err = env.refused(&["agenda", "move", m, "2", "--to", "policy"]);
    assert!(err.contains("carries no case data"), "{err}");
    let err = env.refused(&["agenda", "move", m, "12", "--to", "aob"]);
    assert!(err.contains("no item 12"), "{err}");
    assert!(err.contains("numbered 1, 2, 3"), "{err}");

    env.ok(&["agenda", "rm", m, "2"]);
    let mut left: Vec<i64> = (1..=10).collect();
    left.retain(|n| *n != 2);
    assert_eq!(positions(env, m), left, "the others keep their numbers");
    assert_eq!(item_id(env, m, "10"), hand_id);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM agenda_item WHERE id = {signal_id}"
        )),
        0
    );
    assert!(sections_of(env, m, &s.signal).is_empty());
    assert_eq!(
        audit_rows(env, "remove", "agenda_item", &signal_id.to_string()),
        1
    );
    let err = env.refused(&["agenda", "rm", m, "2"]);
    assert!(err.contains("no item 2"), "{err}");

    // An item with a decision stays (decided the day after, once the meeting has begun).
    s.env.today = DAY_AFTER.to_string();
    let env = &s.env;
    let c = &s.cell;
    env.ok(&[
        "meeting",
        "attend",
        m,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    let review_item = item_of(env, m, &s.review, "reviews");
    env.ok(&["meeting", "decide", m, &review_item, "--kind", "consensus"]);
    let err = env.refused(&["agenda", "rm", m, &review_item]);
    assert!(err.contains("carries a decision"), "{err}");
}

/// A number once given in a meeting is never given again in it: not after its item was removed
/// (the last one or one in the middle), not by a redraft; commands naming a removed number say
/// so and change nothing; the counter of a held meeting is fixed like its agenda.
#[test]
fn a_removed_items_number_is_never_given_again() {
    let mut s = scene();
    let m = s.meeting.clone();
    let m = m.as_str();
    let env = &s.env;
    let last_given = |env: &Env| {
        env.count(&format!(
            "SELECT last_given FROM agenda_number WHERE meeting_id = {m}"
        ))
    };
    assert_eq!(positions(env, m), (1..=10).collect::<Vec<i64>>());
    // The tester's steps: add a case item, remove it, add another item.
    let out = env.ok(&[
        "agenda",
        "add",
        m,
        "--case",
        &s.signal,
        "--kind",
        "signals",
        "tweede keer",
    ]);
    assert_eq!(out.trim(), "11");
    env.ok(&["agenda", "rm", m, "11", "--yes"]);
    assert_eq!(last_given(env), 11, "the counter keeps the removed number");
    let out = env.ok(&["agenda", "add", m, "nieuw punt A"]);
    assert_eq!(out.trim(), "12", "11 is not given again");
    let new_id = item_id(env, m, "12");
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM agenda_item WHERE id = {new_id} AND title = 'nieuw punt A'"
        )),
        1
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM agenda_item WHERE meeting_id = {m} AND position = 11"
        )),
        0
    );

    // Naming the removed number finds nothing, says why, and changes nothing.
    let err = env.refused(&["agenda", "rm", m, "11", "--yes"]);
    assert!(
        err.contains("has no item 11 (it was removed; a number is not given again)"),
        "{err}"
    );
    let err = env.refused(&["agenda", "move", m, "11", "--to", "aob"]);
    assert!(err.contains("it was removed"), "{err}");
    // A number never given is not called removed.
    let err = env.refused(&["agenda", "rm", m, "40", "--yes"]);
    assert!(err.contains("has no item 40"), "{err}");
    assert!(!err.contains("removed"), "{err}");

    // A removal in the middle, then a redraft: the case comes back under a new number.
    let signal_item = item_of(env, m, &s.signal, "signals");
    assert_eq!(signal_item, "2");
    env.ok(&["agenda", "rm", m, "2", "--yes"]);
    env.ok(&["agenda", "draft", m]);
    assert_eq!(item_of(env, m, &s.signal, "signals"), "13");
    let mut expected: Vec<i64> = (1..=13).collect();
    expected.retain(|n| *n != 2 && *n != 11);
    assert_eq!(positions(env, m), expected);
    assert_eq!(last_given(env), 13);
    let out = env.ok(&["agenda", "add", m, "nieuw punt B"]);
    assert_eq!(out.trim(), "14");

    // On the day after: deciding a removed number is refused and records nothing.
    s.env.today = DAY_AFTER.to_string();
    let env = &s.env;
    let c = &s.cell;
    env.ok(&[
        "meeting",
        "attend",
        m,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    let err = env.refused(&["meeting", "decide", m, "11", "--kind", "consensus"]);
    assert!(
        err.contains("has no item 11 (it was removed; a number is not given again)"),
        "{err}"
    );
    env.ok(&["meeting", "decide", m, "12", "--kind", "consensus"]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM agenda_item WHERE id = {new_id} AND decision_kind = 'consensus'"
        )),
        1,
        "item 12 is the item announced as 12"
    );

    // Held: the counter is fixed with the agenda; the database itself refuses a reused or
    // changed number.
    env.ok(&["meeting", "close", "--yes", m]);
    let conn = env.db();
    for sql in [
        format!("UPDATE agenda_number SET last_given = 2 WHERE meeting_id = {m}"),
        format!("DELETE FROM agenda_number WHERE meeting_id = {m}"),
    ] {
        let err = conn.execute(&sql, []).unwrap_err().to_string();
        assert!(err.contains("rule R7"), "{sql}: {err}");
    }
    let other = plan(env, "2026-12-14", "14:00", &[]);
    env.ok(&["agenda", "add", &other, "eerste punt"]);
    let err = conn
        .execute(
            &format!(
                "INSERT INTO agenda_item (meeting_id, position, section, drafted)
                 VALUES ({other}, 1, 'aob', 0)"
            ),
            [],
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("not given again"), "{err}");
    let err = conn
        .execute(
            &format!("UPDATE agenda_item SET position = 7 WHERE meeting_id = {other}"),
            [],
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("keeps its number"), "{err}");
    drop(conn);
    env.ok(&["audit", "verify", "--deep"]);
}

#[test]
fn drafting_a_held_meeting_is_refused() {
    let env = Env::new();
    let cell = vlas(&env);
    let m = last_week(&env, "14:00");
    env.ok(&["agenda", "draft", &m]);
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", cell.chair, cell.io, cell.prevention),
    ]);
    env.ok(&["meeting", "close", "--yes", &m]);
    case(&env);
    let err = env.refused(&["agenda", "draft", &m]);
    assert!(err.contains("is held"), "{err}");
    let err = env.refused(&["agenda", "add", &m, "Nog een punt"]);
    assert!(err.contains("can no longer change"), "{err}");
    let err = env.refused(&["agenda", "move", &m, "1", "--to", "signals"]);
    assert!(err.contains("can no longer change"), "{err}");
    let err = env.refused(&["agenda", "rm", &m, "1"]);
    assert!(err.contains("can no longer change"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Attendance and decisions
// ---------------------------------------------------------------------------------------------

#[test]
fn attend_records_present_excused_and_absent() {
    let mut env = Env::new();
    let c = vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    // Presence is recorded from the meeting's day on.
    // Before the day, only apologies are taken.
    let err = env.refused(&["meeting", "attend", &m, "--present", &c.chair.to_string()]);
    assert!(err.contains("from that day on"), "{err}");
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--excused",
        "burgemeester@kuurne.be",
    ]);
    env.today = NEXT_WEEK.to_string();
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},io@pzvlas.be,Pieter Dewulf", c.chair),
        "--excused",
        "burgemeester@kuurne.be",
        "--absent",
        "Karel Lagae,sara.coppens@caw.be",
    ]);
    let status = |p: i64| -> String {
        env.db()
            .query_row(
                "SELECT status FROM attendance WHERE meeting_id = ?1 AND person_id = ?2",
                rusqlite::params![m, p],
                |r| r.get(0),
            )
            .unwrap_or_else(|e| panic!("attendance of #{p}: {e}"))
    };
    for p in [c.chair, c.io, c.prevention] {
        assert_eq!(status(p), "present");
    }
    assert_eq!(status(c.mayor_kuurne), "excused");
    assert_eq!(status(c.mayor_lendelede), "absent");
    assert_eq!(status(c.partner), "absent");
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM attendance WHERE meeting_id = {m}"
        )),
        6
    );
    assert_eq!(audit_rows(&env, "attend", "meeting", &m), 2);
    let shown = json(&env.ok(&["meeting", "show", &m, "--format", "json"]));
    assert_eq!(shown["attendance"].as_array().unwrap().len(), 6);

    // A late correction: the partner came after all.
    env.ok(&["meeting", "attend", &m, "--present", "sara.coppens@caw.be"]);
    assert_eq!(status(c.partner), "present");

    // Nothing given is an error naming the flags.
    let err = env.refused(&["meeting", "attend", &m]);
    assert!(err.contains("--present"), "{err}");
}

#[test]
fn a_person_in_two_lists_is_refused() {
    let env = Env::new();
    let c = vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    let err = env.refused(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{}", c.chair, c.partner),
        "--excused",
        "sara.coppens@caw.be",
    ]);
    assert!(err.contains("Sara Coppens"), "{err}");
    assert!(err.contains("two lists"), "{err}");
    let err = env.refused(&[
        "meeting",
        "attend",
        &m,
        "--excused",
        &c.io.to_string(),
        "--absent",
        "io@pzvlas.be",
    ]);
    assert!(err.contains("two lists"), "{err}");
}

#[test]
fn a_person_without_a_seat_is_refused() {
    let mut env = Env::new();
    let c = vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    // Tom's seat ends today; the meeting is next week.
    env.ok(&["member", "end", "tom.peeters@clb.be"]);
    let err = env.refused(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{}", c.chair, c.ad_hoc),
    ]);
    assert!(err.contains("Tom Peeters"), "{err}");
    assert!(err.contains("holds no seat"), "{err}");
    assert!(
        err.contains("--invited-by"),
        "the hint says how to invite: {err}"
    );
    // Someone who joins the cell after the meeting has no seat at it either.
    let newcomer = id(
        &env,
        &[
            "member",
            "add",
            "Els Wouters",
            "--org",
            "CLB Kortrijk",
            "--role",
            "partner",
            "--email",
            "els.wouters@clb.be",
            "--invited-by",
            "burgemeester@kortrijk.be",
            "--from",
            "2027-01-01",
        ],
    );
    let err = env.refused(&["meeting", "attend", &m, "--absent", &newcomer.to_string()]);
    assert!(err.contains("holds no seat"), "{err}");
    // Nor for an item.
    env.ok(&["agenda", "draft", &m]);
    // Once the meeting has begun (decisions wait until then).
    env.today = DAY_AFTER.to_string();
    env.ok(&["meeting", "attend", &m, "--present", &c.chair.to_string()]);
    let err = env.refused(&[
        "meeting",
        "decide",
        &m,
        "1",
        "--kind",
        "consensus",
        "--joined",
        "tom.peeters@clb.be",
    ]);
    assert!(err.contains("holds no seat"), "{err}");
}

#[test]
fn decide_records_who_took_part() {
    let mut env = Env::new();
    let c = vlas(&env);
    let code = follow_up(&env, &c, "2026-12-03");
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    let item = item_of(&env, &m, &code, "reviews");
    let iid = item_id(&env, &m, &item);
    env.today = DAY_AFTER.to_string();

    // Before attendance: refused.
    let err = env.refused(&["meeting", "decide", &m, &item, "--kind", "consensus"]);
    assert!(err.contains("no attendance recorded"), "{err}");
    assert!(err.contains("meeting attend"), "{err}");

    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{},{}", c.chair, c.io, c.prevention, c.partner),
        "--excused",
        &c.mayor_kuurne.to_string(),
    ]);
    // --left for someone who was not present, --joined for someone who was: refused.
    let err = env.refused(&[
        "meeting",
        "decide",
        &m,
        &item,
        "--kind",
        "consensus",
        "--left",
        "burgemeester@kuurne.be",
    ]);
    assert!(err.contains("Francis Declercq"), "{err}");
    assert!(err.contains("not present"), "{err}");
    let err = env.refused(&[
        "meeting",
        "decide",
        &m,
        &item,
        "--kind",
        "consensus",
        "--joined",
        "Pieter Dewulf",
    ]);
    assert!(err.contains("Pieter Dewulf"), "{err}");
    assert!(err.contains("already present"), "{err}");
    let err = env.refused(&["meeting", "decide", &m, "99", "--kind", "consensus"]);
    assert!(err.contains("no item 99"), "{err}");

    // Participants = present − left + joined. No text: nobody has to say anything (R6).
    let out = env.run(&[
        "meeting",
        "decide",
        &m,
        &item,
        "--kind",
        "consensus",
        "--left",
        &c.io.to_string(),
        "--joined",
        "tom.peeters@clb.be",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("4 participants"), "{}", out.stderr);
    let mut expected = vec![
        (c.chair, "present".to_string()),
        (c.prevention, "present".to_string()),
        (c.partner, "present".to_string()),
        (c.ad_hoc, "joined".to_string()),
    ];
    expected.sort();
    assert_eq!(participants(&env, iid), expected);
    let decision: (Option<String>, Option<String>) = env
        .db()
        .query_row(
            "SELECT decision_kind, decision_text FROM agenda_item WHERE id = ?1",
            [iid],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(decision, (Some("consensus".to_string()), None));
    assert_eq!(
        audit_rows(&env, "decide", "agenda_item", &iid.to_string()),
        1
    );

    // The case's journal has the decision.
    let journal: Vec<(String, String)> = {
        let conn = env.db();
        let mut stmt = conn
            .prepare(
                "SELECT on_date, text FROM case_event WHERE case_id = ?1 AND kind = 'decision'",
            )
            .unwrap();
        stmt.query_map([case_id(&env, &code)], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    assert_eq!(
        journal,
        [(NEXT_WEEK.to_string(), "decision (consensus)".to_string())]
    );

    // A general item: a decision, no journal.
    env.ok(&[
        "meeting",
        "decide",
        &m,
        "1",
        "--kind",
        "chair",
        "--text",
        "Het verslag is goedgekeurd",
    ]);
    assert_eq!(participants(&env, item_id(&env, &m, "1")).len(), 4);
    assert_eq!(
        env.count("SELECT count(*) FROM case_event WHERE kind = 'decision'"),
        1
    );
}

#[test]
fn a_decision_with_a_text_goes_to_the_journal_and_identifiers_are_refused() {
    let mut env = Env::new();
    let c = vlas(&env);
    let code = follow_up(&env, &c, "2026-12-03");
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    let item = item_of(&env, &m, &code, "reviews");
    let iid = item_id(&env, &m, &item);
    env.today = DAY_AFTER.to_string();
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);

    let err = env.refused(&[
        "meeting",
        "decide",
        &m,
        &item,
        "--kind",
        "consensus",
        "--text",
        "Contact opnemen, rijksregisternummer 85.07.30-033.28",
    ]);
    assert!(err.contains("national register number"), "{err}");
    assert!(
        !err.contains("85.07.30-033.28"),
        "the number is not echoed: {err}"
    );
    assert!(participants(&env, iid).is_empty());
    assert_eq!(
        env.count("SELECT count(*) FROM case_event WHERE kind = 'decision'"),
        0
    );
    assert!(
        files_containing(&env, "033.28").is_empty(),
        "the number is stored nowhere"
    );

    env.ok(&[
        "meeting",
        "decide",
        &m,
        &item,
        "--kind",
        "chair",
        "--text",
        "Trajectbegeleiding verderzetten",
    ]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE kind = 'decision' AND case_id = {} \
             AND text = 'decision (chair): Trajectbegeleiding verderzetten'",
            case_id(&env, &code)
        )),
        1
    );
    assert_eq!(participants(&env, iid).len(), 3);
}

/// A decision is taken at the meeting: recording one before the meeting has begun (a week
/// before, or on the morning of an afternoon meeting) is refused and writes nothing, so no
/// journal event is ever dated after today.
#[test]
fn a_decision_before_the_meeting_has_begun_is_refused_and_writes_nothing() {
    let mut env = Env::new();
    let c = vlas(&env);
    let code = follow_up(&env, &c, "2026-12-03");
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    let item = item_of(&env, &m, &code, "reviews");
    let iid = item_id(&env, &m, &item);
    // Presence is recorded from the meeting's day on.
    let today = std::mem::replace(&mut env.today, NEXT_WEEK.to_string());
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    env.today = today;
    let args = ["meeting", "decide", &m, &item, "--kind", "consensus"];
    // A week before (env.refused: exit 1 and an unchanged database).
    let err = env.refused(&args);
    assert!(err.contains("Mon 7 Dec 2026 14:00"), "{err}");
    assert!(err.contains("once it has begun"), "{err}");
    // 09:00 on the day of a 14:00 meeting: not begun yet either.
    env.today = NEXT_WEEK.to_string();
    let err = env.refused(&args);
    assert!(err.contains("once it has begun"), "{err}");
    assert!(participants(&env, iid).is_empty());
    assert_eq!(
        env.count("SELECT count(*) FROM case_event WHERE kind = 'decision'"),
        0
    );
    assert_eq!(
        audit_rows(&env, "decide", "agenda_item", &iid.to_string()),
        0
    );

    // Once it has begun, the decision is recorded and dated on the meeting's day, not later
    // than today.
    env.today = DAY_AFTER.to_string();
    env.ok(&args);
    assert_eq!(participants(&env, iid).len(), 3);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE kind = 'decision' AND on_date = '{NEXT_WEEK}'"
        )),
        1
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM case_event WHERE on_date > '{DAY_AFTER}'"
        )),
        0,
        "a journal event is dated after today"
    );

    // A meeting that starts at 09:00 has begun at 09:00 the same day.
    let morning = plan(&env, "2026-12-14", "09:00", &[]);
    env.ok(&["agenda", "draft", &morning]);
    let err = env.refused(&["meeting", "decide", &morning, "1", "--kind", "chair"]);
    assert!(err.contains("once it has begun"), "{err}");
    env.today = "2026-12-14".to_string();
    env.ok(&[
        "meeting",
        "attend",
        &morning,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    env.ok(&["meeting", "decide", &morning, "1", "--kind", "chair"]);
    assert_eq!(participants(&env, item_id(&env, &morning, "1")).len(), 3);
}

// ---------------------------------------------------------------------------------------------
// Closing: R2 and R5
// ---------------------------------------------------------------------------------------------

#[test]
fn closing_a_case_meeting_needs_the_statutory_presence() {
    let env = Env::new();
    let c = vlas(&env);
    declare_all(&env, &c);
    let cases = [
        (
            "2026-11-23",
            vec![c.io, c.prevention],
            "the chair or a mayor",
        ),
        (
            "2026-11-24",
            vec![c.chair, c.prevention],
            "an Information Officer",
        ),
        ("2026-11-25", vec![c.chair, c.io], "a prevention official"),
    ];
    for (date, present, missing) in cases {
        let m = plan(&env, date, "14:00", &["--yes"]);
        let present: Vec<String> = present.iter().map(|p| p.to_string()).collect();
        env.ok(&["meeting", "attend", &m, "--present", &present.join(",")]);
        let err = env.refused(&["meeting", "close", "--yes", &m]);
        assert!(err.contains(missing), "{missing} not named in: {err}");
        assert!(err.contains("R2"), "{err}");
        assert!(err.contains("--force --reason"), "{err}");
        for other in [
            "the chair or a mayor",
            "an Information Officer",
            "a prevention official",
        ] {
            if other != missing {
                assert!(!err.contains(other), "{other} is present: {err}");
            }
        }
        assert_eq!(
            meeting_field(&env, &m, "status").as_deref(),
            Some("planned")
        );
    }
    // All three missing: all three named.
    let m = plan(&env, "2026-11-26", "14:00", &["--yes"]);
    env.ok(&["meeting", "attend", &m, "--present", &c.partner.to_string()]);
    let err = env.refused(&["meeting", "close", "--yes", &m]);
    for missing in [
        "the chair or a mayor",
        "an Information Officer",
        "a prevention official",
    ] {
        assert!(err.contains(missing), "{err}");
    }
    // A mixed meeting discusses cases too.
    let mixed = plan(&env, "2026-11-27", "14:00", &["--yes", "--kind", "mixed"]);
    env.ok(&[
        "meeting",
        "attend",
        &mixed,
        "--present",
        &c.partner.to_string(),
    ]);
    env.refused(&["meeting", "close", "--yes", &mixed]);
    // No attendance at all.
    let empty = plan(&env, "2026-11-28", "14:00", &["--yes"]);
    let err = env.refused(&["meeting", "close", "--yes", &empty]);
    assert!(err.contains("no attendance recorded"), "{err}");

    // With the three of them (another mayor than the chair will do).
    let full = plan(&env, "2026-11-29", "14:00", &["--yes"]);
    env.ok(&[
        "meeting",
        "attend",
        &full,
        "--present",
        &format!("{},{},{}", c.mayor_kuurne, c.io, c.prevention),
    ]);
    let out = env.run(&["meeting", "close", "--yes", &full]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    assert_eq!(
        meeting_field(&env, &full, "status").as_deref(),
        Some("held")
    );
    assert_eq!(meeting_field(&env, &full, "forced_reason"), None);
    assert_eq!(audit_rows(&env, "close", "meeting", &full), 1);
}

#[test]
fn force_with_a_reason_closes_without_the_statutory_presence() {
    let env = Env::new();
    let c = vlas(&env);
    declare_all(&env, &c);
    let m = last_week(&env, "14:00");
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{}", c.chair, c.prevention),
    ]);

    // --force without --reason is a usage error and changes nothing.
    let before = env.snapshot();
    let out = env.run(&["meeting", "close", "--yes", &m, "--force"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("--reason"), "{}", out.stderr);
    assert_eq!(env.snapshot(), before);

    let out = env.run(&[
        "meeting",
        "close",
        "--yes",
        &m,
        "--force",
        "--reason",
        "Informatieofficier onverwacht afwezig",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("warning"), "{}", out.stderr);
    assert!(
        out.stderr.contains("an Information Officer"),
        "{}",
        out.stderr
    );
    assert_eq!(meeting_field(&env, &m, "status").as_deref(), Some("held"));
    assert_eq!(
        meeting_field(&env, &m, "forced_reason").as_deref(),
        Some("Informatieofficier onverwacht afwezig")
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'close' AND entity = 'meeting' \
             AND entity_id = '{m}' AND summary LIKE '%WITHOUT the statutory presence%forced%'"
        )),
        1
    );
    env.ok(&["audit", "verify"]);
    let shown = json(&env.ok(&["meeting", "show", &m, "--format", "json"]));
    assert_eq!(
        shown["forced_reason"],
        "Informatieofficier onverwacht afwezig"
    );
}

#[test]
fn force_with_a_blank_reason_is_refused() {
    let env = Env::new();
    let c = vlas(&env);
    let m = last_week(&env, "14:00");
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{}", c.chair, c.prevention),
    ]);
    let err = env.refused(&["meeting", "close", "--yes", &m, "--force", "--reason", " "]);
    assert!(err.contains("--reason"), "{err}");
    assert_eq!(
        meeting_field(&env, &m, "status").as_deref(),
        Some("planned")
    );
}

/// The audit log never holds free text (audit summaries have no free text): a forced close keeps
/// its reason in the meeting row, the audit row only says the close was forced, and the warning
/// says where each one is.
#[test]
fn a_forced_close_keeps_its_reason_with_the_meeting_and_out_of_the_audit_log() {
    let env = Env::new();
    let c = vlas(&env);
    let m = last_week(&env, "14:00");
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{}", c.chair, c.prevention),
    ]);
    let reason = "Informatieofficier onverwacht afwezig";
    let out = env.run(&[
        "meeting", "close", "--yes", &m, "--force", "--reason", reason,
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "the forced close is in the audit log and the reason is kept with the meeting"
        ),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("the reason is in the audit log"),
        "{}",
        out.stderr
    );
    assert_eq!(
        meeting_field(&env, &m, "forced_reason").as_deref(),
        Some(reason)
    );
    // One audit row for the close, marked as forced, without the reason's text.
    let summaries: Vec<String> = {
        let conn = env.db();
        let mut stmt = conn
            .prepare(
                "SELECT summary FROM audit_log WHERE action = 'close' AND entity = 'meeting' \
                 AND entity_id = ?1",
            )
            .unwrap();
        stmt.query_map([&m], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    assert_eq!(summaries.len(), 1, "{summaries:?}");
    assert!(summaries[0].contains("forced"), "{summaries:?}");
    assert!(
        summaries[0].contains("WITHOUT the statutory presence"),
        "{summaries:?}"
    );
    for word in ["Informatieofficier", "onverwacht", "afwezig"] {
        assert!(!summaries[0].contains(word), "{summaries:?}");
    }
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE summary LIKE '%Informatieofficier%' \
             OR summary LIKE '%onverwacht%'"
        ),
        0,
        "the reason is in no audit row"
    );
    env.ok(&["audit", "verify"]);
}

#[test]
fn an_expired_declaration_gives_an_r5_warning() {
    let env = Env::new();
    let c = vlas(&env);
    declare_all(&env, &c);
    env.ok(&[
        "member",
        "declare",
        &c.io.to_string(),
        "--signed",
        "2024-01-01",
        "--valid-until",
        "2026-06-30",
    ]);
    let m = last_week(&env, "14:00");
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    let out = env.run(&["meeting", "close", "--yes", &m]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert!(warnings[0].contains("Ingrid Maes"), "{}", out.stderr);
    assert!(warnings[0].contains("R5"), "{}", out.stderr);
    assert_eq!(meeting_field(&env, &m, "status").as_deref(), Some("held"));
}

/// R5: "attending a case item without one is flagged". An invitee who joins for one item takes
/// part in it as much as the members present.
#[test]
fn an_invitee_who_joined_without_a_declaration_gives_an_r5_warning() {
    let mut env = Env::new();
    let c = vlas(&env);
    for p in [c.chair, c.io, c.prevention] {
        env.ok(&[
            "member",
            "declare",
            &p.to_string(),
            "--signed",
            "2024-01-01",
        ]);
    }
    let code = follow_up(&env, &c, "2026-12-03");
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    let item = item_of(&env, &m, &code, "reviews");
    env.today = DAY_AFTER.to_string();
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    env.ok(&[
        "meeting",
        "decide",
        &m,
        &item,
        "--kind",
        "consensus",
        "--joined",
        "tom.peeters@clb.be",
    ]);
    let out = env.run(&["meeting", "close", "--yes", &m]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The members present all signed; the one warning is for the invitee who joined.
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert!(
        warnings[0].contains("Tom Peeters") && warnings[0].contains("R5"),
        "no R5 warning for the invitee who joined:\n{}",
        out.stderr
    );
    assert_eq!(meeting_field(&env, &m, "status").as_deref(), Some("held"));
}

/// R2 is checked when a case meeting is closed as held. The attendance is fixed once the meeting
/// is closed, so changing it afterwards cannot leave a held case meeting without its statutory
/// presence and without a forced reason.
#[test]
fn the_attendance_of_a_held_meeting_cannot_undo_r2() {
    let env = Env::new();
    let c = vlas(&env);
    declare_all(&env, &c);
    let m = last_week(&env, "14:00");
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    env.ok(&["meeting", "close", "--yes", &m]);
    // Refused, whatever the list (env.refused: exit 1 and an unchanged database).
    let err = env.refused(&[
        "meeting",
        "attend",
        &m,
        "--absent",
        &format!("{},{}", c.io, c.prevention),
    ]);
    assert!(err.contains("is held"), "{err}");
    assert!(err.contains("can no longer change"), "{err}");
    let err = env.refused(&["meeting", "attend", &m, "--present", &c.partner.to_string()]);
    assert!(err.contains("can no longer change"), "{err}");
    let present = env.count(&format!(
        "SELECT count(*) FROM attendance WHERE meeting_id = {m} AND status = 'present' \
         AND person_id IN ({}, {}, {})",
        c.chair, c.io, c.prevention
    ));
    assert_eq!(
        (
            meeting_field(&env, &m, "status").as_deref(),
            meeting_field(&env, &m, "forced_reason"),
            present
        ),
        (Some("held"), None, 3),
        "a held case meeting without the statutory presence and without a forced reason"
    );
    assert_eq!(audit_rows(&env, "attend", "meeting", &m), 1);
}

/// Closing compares the start time, not only the date, the way `meeting plan` does: a meeting at
/// 14:00 cannot be closed as held at 09:00 the same morning.
#[test]
fn a_meeting_later_today_cannot_be_closed_yet() {
    let env = Env::new();
    let c = vlas(&env);
    let m = plan(&env, TODAY, "14:00", &[]);
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    let err = env.refused(&["meeting", "close", "--yes", &m]);
    assert!(err.contains("Mon 30 Nov 2026 14:00"), "{err}");
    assert!(err.contains("once it has taken place"), "{err}");
    let err = env.refused(&[
        "meeting", "close", "--yes", &m, "--force", "--reason", "Vooraf",
    ]);
    assert!(err.contains("once it has taken place"), "{err}");
    // One that started at 09:00 today has begun and can be closed.
    let morning = plan(&env, TODAY, "09:00", &["--yes"]);
    env.ok(&[
        "meeting",
        "attend",
        &morning,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    env.ok(&["meeting", "close", "--yes", &morning]);
    assert_eq!(
        meeting_field(&env, &morning, "status").as_deref(),
        Some("held")
    );
}

#[test]
fn a_strategic_meeting_closes_without_r2() {
    let env = Env::new();
    let c = vlas(&env);
    declare_all(&env, &c);
    let m = plan(
        &env,
        "2026-11-23",
        "14:00",
        &["--yes", "--kind", "strategic"],
    );
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{}", c.partner, c.ad_hoc),
    ]);
    let out = env.run(&["meeting", "close", "--yes", &m]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("R2"), "{}", out.stderr);
    assert_eq!(meeting_field(&env, &m, "status").as_deref(), Some("held"));
    assert_eq!(meeting_field(&env, &m, "forced_reason"), None);
}

#[test]
fn closing_a_meeting_in_the_future_is_refused() {
    let mut env = Env::new();
    let c = vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    // Presence is recorded from the meeting's day on.
    let today = std::mem::replace(&mut env.today, NEXT_WEEK.to_string());
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", c.chair, c.io, c.prevention),
    ]);
    env.today = today;
    let err = env.refused(&["meeting", "close", "--yes", &m]);
    assert!(err.contains("once it has taken place"), "{err}");
    let err = env.refused(&[
        "meeting", "close", "--yes", &m, "--force", "--reason", "Vooraf",
    ]);
    assert!(err.contains("once it has taken place"), "{err}");
    // On the morning of the meeting (09:00, the meeting is at 14:00) it is still to come.
    env.today = NEXT_WEEK.to_string();
    let err = env.refused(&["meeting", "close", "--yes", &m]);
    assert!(err.contains("once it has taken place"), "{err}");
    // The day after it can be closed.
    env.today = DAY_AFTER.to_string();
    env.ok(&["meeting", "close", "--yes", &m]);
    assert_eq!(meeting_field(&env, &m, "status").as_deref(), Some("held"));
}

#[test]
fn meeting_run_without_a_terminal_names_the_script_commands() {
    let env = Env::new();
    vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    let err = env.refused(&["meeting", "run", &m]);
    assert!(err.contains("needs a terminal"), "{err}");
    for command in [
        "meeting attend",
        "meeting decide",
        "action add",
        "case move",
        "case review",
        "meeting close",
    ] {
        assert!(err.contains(command), "{command} missing in: {err}");
    }
    // --no-input says the same, even on a terminal.
    let err = env.refused(&["meeting", "run", &m, "--no-input"]);
    assert!(err.contains("meeting attend"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Documents: agenda, invitee's copy, minutes
// ---------------------------------------------------------------------------------------------

/// Asserts the R15 vocabulary and the confidentiality marking of a document.
fn assert_document(text: &str, fr: bool, html: bool, what: &str) {
    if fr {
        assert!(text.contains("CSIL-R"), "{what}: no CSIL-R\n{text}");
        assert!(
            !text.contains("LIVC-R"),
            "{what}: LIVC-R in French (R15)\n{text}"
        );
        assert!(text.contains("CONFIDENTIEL"), "{what}\n{text}");
    } else {
        assert!(text.contains("LIVC-R"), "{what}: no LIVC-R\n{text}");
        assert!(
            !text.contains("CSIL-R"),
            "{what}: CSIL-R in Dutch (R15)\n{text}"
        );
        assert!(text.contains("VERTROUWELIJK"), "{what}\n{text}");
    }
    let mark = if fr { "CONFIDENTIEL" } else { "VERTROUWELIJK" };
    assert!(
        text.matches(mark).count() >= 2,
        "{what}: the marking at the top and the bottom\n{text}"
    );
    if html {
        assert!(text.starts_with("<!DOCTYPE html>"), "{what}");
        assert_eq!(text.matches("<html").count(), 1, "{what}: one page");
        assert!(text.trim_end().ends_with("</html>"), "{what}");
        let lower = text.to_lowercase();
        for banned in [
            "http:", "https:", "<script", "<link", "src=", "@import", "url(",
        ] {
            assert!(
                !lower.contains(banned),
                "{what}: {banned} in a self-contained page"
            );
        }
        assert!(
            text.contains(&format!("<header class=\"confidential\">{mark}")),
            "{what}: the marking in the header"
        );
        assert!(
            text.contains(&format!("<footer class=\"confidential\">{mark}")),
            "{what}: the marking in the footer"
        );
        let lang = if fr {
            "<html lang=\"fr\">"
        } else {
            "<html lang=\"nl\">"
        };
        assert!(text.contains(lang), "{what}");
    }
}

#[test]
fn agenda_documents_in_dutch_and_french() {
    let s = scene();
    let env = &s.env;
    let m = s.meeting.as_str();
    for (lang, format, name) in [
        ("nl", "md", "agenda-nl.md"),
        ("nl", "html", "agenda-nl.html"),
        ("fr", "md", "agenda-fr.md"),
        ("fr", "html", "agenda-fr.html"),
    ] {
        let mut args = vec!["agenda", "export", m, "--format", format];
        if lang == "fr" {
            args.extend_from_slice(&["--lang", "fr"]);
        }
        let text = env.ok(&args);
        assert_document(&text, lang == "fr", format == "html", name);
        for code in s.codes() {
            if code != s.later {
                assert!(text.contains(code), "{name}: {code} missing");
            }
        }
        assert!(text.contains(HAND_ITEM), "{name}: the hand-added item");
        golden(name, &anonymise(env, &text));
    }
    // The cell's language is the default; --lang nl says the same.
    assert_eq!(
        env.ok(&["agenda", "export", m]),
        env.ok(&["agenda", "export", m, "--lang", "nl", "--format", "md"])
    );
    // Markdown headings and numbers in French.
    let fr = env.ok(&["agenda", "export", m, "--lang", "fr"]);
    assert!(fr.contains("Ordre du jour"), "{fr}");
    assert!(fr.contains("14 h 00"), "{fr}");
    assert!(fr.contains("lundi 7 décembre 2026"), "{fr}");
    let nl = env.ok(&["agenda", "export", m]);
    assert!(nl.contains("14.00 uur"), "{nl}");
    assert!(nl.contains("maandag 7 december 2026"), "{nl}");
    assert!(
        nl.contains("minderjarig"),
        "the minor is marked (R12)\n{nl}"
    );
}

/// The `## ` headings of a Markdown document, in order.
fn md_headings(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(str::to_string)
        .collect()
}

/// The `<h2>` headings of an HTML document, in order.
fn html_headings(text: &str) -> Vec<String> {
    text.split("<h2>")
        .skip(1)
        .filter_map(|rest| rest.split_once("</h2>"))
        .map(|(h, _)| h.to_string())
        .collect()
}

/// The numbered lines of a Markdown document (`N\. text`, outside headings), in order.
fn md_numbers(text: &str) -> Vec<i64> {
    text.lines()
        .filter_map(|l| l.split_once("\\. "))
        .filter_map(|(n, _)| n.parse().ok())
        .collect()
}

/// An agenda whose case sections are all empty prints its three numbered fixed headings and no
/// empty section; an item added by hand under a fixed heading and a case item added later leave
/// every heading's number where it was, and still no empty section is printed (md and html, in
/// both languages).
#[test]
fn adding_items_keeps_the_section_numbers_and_prints_no_empty_section() {
    let env = Env::new();
    vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    assert_eq!(positions(&env, &m), [1, 2, 3]);
    let fixed_ids: Vec<i64> = ["1", "2", "3"]
        .iter()
        .map(|n| item_id(&env, &m, n))
        .collect();
    let empty_marks = [
        "(geen punten)",
        "(aucun point)",
        "geen punten",
        "aucun point",
    ];
    let export = |format: &str, lang: &str| {
        env.ok(&["agenda", "export", &m, "--format", format, "--lang", lang])
    };
    let nl_fixed = [
        "1. Opening en goedkeuring van het vorige verslag",
        "2. Beleid en tendensen (zonder casusgegevens)",
        "3. Varia en volgende vergadering",
    ];
    let fr_fixed = [
        "1. Ouverture et approbation du procès-verbal précédent",
        "2. Politique et tendances (sans données de cas)",
        "3. Divers et prochaine réunion",
    ];
    for (lang, fixed) in [("nl", &nl_fixed), ("fr", &fr_fixed)] {
        let md = export("md", lang);
        assert_eq!(md_headings(&md), *fixed, "only the fixed headings:\n{md}");
        assert!(md_numbers(&md).is_empty(), "no numbered lines:\n{md}");
        let html = export("html", lang);
        assert_eq!(html_headings(&html), *fixed, "{html}");
        assert!(!html.contains("<ol>"), "{html}");
        for mark in empty_marks {
            assert!(!md.contains(mark) && !html.contains(mark), "{mark}:\n{md}");
        }
    }

    // An item by hand under "any other business", then a case item under signals.
    assert_eq!(env.ok(&["agenda", "add", &m, HAND_ITEM]).trim(), "4");
    let code = case(&env);
    assert_eq!(
        env.ok(&[
            "agenda",
            "add",
            &m,
            "Eerste bespreking",
            "--case",
            &code,
            "--kind",
            "signals",
        ])
        .trim(),
        "5"
    );
    assert_eq!(positions(&env, &m), [1, 2, 3, 4, 5]);
    let now: Vec<i64> = ["1", "2", "3"]
        .iter()
        .map(|n| item_id(&env, &m, n))
        .collect();
    assert_eq!(now, fixed_ids, "the fixed items keep their numbers");
    assert_eq!(sections_of(&env, &m, &code), ["signals"]);

    let signals = [
        ("nl", "Nieuwe aanmeldingen en screening"),
        ("fr", "Nouveaux signalements et screening"),
    ];
    for ((lang, fixed), (_, signal_heading)) in [("nl", &nl_fixed), ("fr", &fr_fixed)]
        .into_iter()
        .zip(signals)
    {
        // The headings: the fixed ones with their numbers unchanged, the signals in its place,
        // and no empty section.
        let expected = vec![
            fixed[0].to_string(),
            signal_heading.to_string(),
            fixed[1].to_string(),
            fixed[2].to_string(),
        ];
        let md = export("md", lang);
        assert_eq!(md_headings(&md), expected, "{lang}:\n{md}");
        // The signal's item under its heading, the hand item under "3.".
        assert_eq!(md_numbers(&md), [5, 4], "{lang}:\n{md}");
        let after_signals = md.split(signal_heading).nth(1).unwrap();
        assert!(
            after_signals.trim_start().starts_with("5\\. "),
            "{lang}:\n{md}"
        );
        assert!(after_signals.contains(&code), "{lang}:\n{md}");
        let after_aob = md.split(fixed[2]).nth(1).unwrap();
        assert!(
            after_aob
                .trim_start()
                .starts_with(&format!("4\\. {HAND_ITEM}")),
            "{lang}:\n{md}"
        );
        // No line is a Markdown ordered list, which a renderer would number from its first
        // item on (5 then 6, not 5 then 4).
        assert!(
            !md.lines().any(|l| {
                let digits = l.bytes().take_while(u8::is_ascii_digit).count();
                digits > 0 && l[digits..].starts_with(['.', ')'])
            }),
            "{lang}:\n{md}"
        );
        let html = export("html", lang);
        assert_eq!(html_headings(&html), expected, "{lang}:\n{html}");
        assert!(
            html.contains(&format!(
                "<h2>{}</h2>\n<ol>\n<li value=\"4\">{HAND_ITEM}</li>\n</ol>",
                fixed[2]
            )),
            "{lang}:\n{html}"
        );
        assert!(
            html.contains(&format!(
                "<h2>{signal_heading}</h2>\n<ol>\n<li value=\"5\">"
            )),
            "{lang}:\n{html}"
        );
        assert_eq!(html.matches("<li value=").count(), 2, "{lang}:\n{html}");
        for mark in empty_marks {
            assert!(!md.contains(mark) && !html.contains(mark), "{mark}:\n{md}");
        }
    }
    // The agenda itself is unchanged by the exports.
    assert_eq!(positions(&env, &m), [1, 2, 3, 4, 5]);
    assert_eq!(audit_rows(&env, "document", "meeting", &m), 8);
}

/// The minutes print no empty section either: no attendance heading before attendance is
/// recorded, no items heading for an empty agenda, and no "excused"/"absent" line without
/// anyone in it.
#[test]
fn minutes_print_no_empty_section() {
    let mut env = Env::new();
    let cell = vlas(&env);
    declare_all(&env, &cell);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    for format in ["md", "html"] {
        let text = env.ok(&["meeting", "minutes", &m, "--format", format]);
        for absent in [
            "Aanwezigheden",
            "Agendapunten",
            "Aanwezig",
            "Verontschuldigd",
            "Afwezig",
        ] {
            assert!(!text.contains(absent), "{absent} ({format}):\n{text}");
        }
    }
    env.ok(&["agenda", "draft", &m]);
    env.today = DAY_AFTER.to_string();
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", cell.chair, cell.io, cell.prevention),
    ]);
    let md = env.ok(&["meeting", "minutes", &m]);
    assert_eq!(
        md_headings(&md),
        ["Aanwezigheden", "Agendapunten en beslissingen"],
        "{md}"
    );
    assert!(md.contains("Aanwezig: "), "{md}");
    for absent in ["Verontschuldigd", "Afwezig", "geen punten"] {
        assert!(!md.contains(absent), "{absent}:\n{md}");
    }
    // The items in the agenda's order, each with its own number.
    assert_eq!(
        md.lines()
            .filter_map(|l| l.strip_prefix("### ")?.split_once(". "))
            .filter_map(|(n, _)| n.parse::<i64>().ok())
            .collect::<Vec<_>>(),
        [1, 2, 3],
        "{md}"
    );
    assert_eq!(positions(&env, &m), [1, 2, 3]);
}

/// The title of every document names the cell by its own name (a joint cell's too), with the
/// term of the document's language (R15), also after the cell is renamed.
#[test]
fn the_title_carries_the_cells_name() {
    let mut s = scene();
    s.hold();
    let env = &s.env;
    let m = s.meeting.as_str();
    let title = |args: &[&str]| -> String {
        let text = env.ok(args);
        text.lines()
            .find_map(|l| l.strip_prefix("# "))
            .unwrap_or_else(|| panic!("no title in:\n{text}"))
            .to_string()
    };
    let check = |name_nl: &str, name_fr: &str| {
        for (lang, name, agenda, minutes, annual) in [
            (
                "nl",
                name_nl,
                "Agenda casusoverleg",
                "Verslag casusoverleg",
                "Jaarverslag in cijfers 2026",
            ),
            (
                "fr",
                name_fr,
                "Ordre du jour concertation de cas",
                "Procès-verbal concertation de cas",
                "Rapport annuel en chiffres 2026",
            ),
        ] {
            assert_eq!(
                title(&["agenda", "export", m, "--lang", lang]),
                format!("{name} — {agenda}")
            );
            assert_eq!(
                title(&["meeting", "minutes", m, "--lang", lang]),
                format!("{name} — {minutes}")
            );
            assert_eq!(
                title(&["report", "annual", "--year", "2026", "--lang", lang]),
                format!("{name} — {annual}")
            );
            let html = env.ok(&["agenda", "export", m, "--lang", lang, "--format", "html"]);
            assert!(
                html.contains(&format!("<title>{name} — {agenda}</title>")),
                "{html}"
            );
            assert!(
                html.contains(&format!("<h1>{name} — {agenda}</h1>")),
                "{html}"
            );
        }
    };
    // The joint cell's own name; in French with the French term.
    check(
        "LIVC-R Kortrijk-Kuurne-Lendelede",
        "CSIL-R Kortrijk-Kuurne-Lendelede",
    );
    // A name without the term gets it in front.
    env.ok(&["cell", "edit", "VLAS", "--name", "Vlas"]);
    assert_eq!(
        env.column("cell", "cell", "code", "VLAS", "name")
            .as_deref(),
        Some("Vlas")
    );
    check("LIVC-R Vlas", "CSIL-R Vlas");
}

#[test]
fn documents_refuse_data_formats() {
    let s = scene();
    let env = &s.env;
    let m = s.meeting.as_str();
    for format in ["csv", "json", "table"] {
        let err = env.usage_error(&["agenda", "export", m, "--format", format]);
        assert!(err.contains(&format!("invalid value '{format}'")), "{err}");
        assert!(err.contains("[possible values: md, html]"), "{err}");
        let err = env.usage_error(&["meeting", "minutes", m, "--format", format]);
        assert!(err.contains(&format!("invalid value '{format}'")), "{err}");
        assert!(err.contains("[possible values: md, html]"), "{err}");
    }
    let err = env.usage_error(&["meeting", "ics", "--format", "html"]);
    assert!(
        err.contains("`livcr meeting ics` writes no --format"),
        "{err}"
    );
}

#[test]
fn out_writes_documents_with_mode_0600() {
    let mut s = scene();
    let m = s.meeting.clone();
    let dir = s.env.path("work");
    let md = dir.join("agenda.md");
    let html = dir.join("agenda.html");
    // An existing world-readable file is replaced by a private one.
    std::fs::write(&html, "old").unwrap();
    std::fs::set_permissions(&html, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = s
        .env
        .run(&["agenda", "export", &m, "--out", md.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty(), "the document goes to the file only");
    assert_eq!(mode(&md), 0o600);
    assert_eq!(
        std::fs::read_to_string(&md).unwrap(),
        s.env.ok(&["agenda", "export", &m])
    );
    s.env.ok(&[
        "agenda",
        "export",
        &m,
        "--format",
        "html",
        "--lang",
        "fr",
        "--out",
        "agenda.html",
    ]);
    assert_eq!(mode(&html), 0o600);
    assert_document(&std::fs::read_to_string(&html).unwrap(), true, true, "file");
    let copy = dir.join("copy.md");
    s.env.ok(&[
        "agenda",
        "export",
        &m,
        "--for",
        "sara.coppens@caw.be",
        "--out",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(mode(&copy), 0o600);

    s.hold();
    let minutes = dir.join("minutes.html");
    s.env.ok(&[
        "meeting",
        "minutes",
        &m,
        "--format",
        "html",
        "--out",
        minutes.to_str().unwrap(),
    ]);
    assert_eq!(mode(&minutes), 0o600);
    assert_document(
        &std::fs::read_to_string(&minutes).unwrap(),
        false,
        true,
        "minutes file",
    );
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with(".livcr-")), "{names:?}");
}

#[test]
fn an_invitees_copy_holds_only_the_cases_of_their_organisation() {
    let s = scene();
    let env = &s.env;
    let m = s.meeting.as_str();
    // The CAW reported the signal, leads the overdue case and owns the closure case's action.
    let caw = [&s.signal, &s.overdue, &s.closure];
    // The CLB leads the review case and owns its action.
    let clb = [&s.review];
    for (who, theirs, golden_name) in [
        (
            "sara.coppens@caw.be",
            &caw[..],
            Some("agenda-nl-for-caw.md"),
        ),
        ("Tom Peeters", &clb[..], None),
    ] {
        for (format, lang) in [("md", "nl"), ("html", "nl"), ("md", "fr"), ("html", "fr")] {
            let text = env.ok(&[
                "agenda", "export", m, "--for", who, "--format", format, "--lang", lang,
            ]);
            let what = format!("copy for {who} ({format}, {lang})");
            assert_document(&text, lang == "fr", format == "html", &what);
            for code in theirs {
                assert!(
                    text.contains(code.as_str()),
                    "{what}: {code} missing\n{text}"
                );
            }
            for code in s.codes() {
                if !theirs.iter().any(|c| c.as_str() == code) {
                    assert!(!text.contains(code), "{what}: holds {code}\n{text}");
                }
            }
            // The general items are all there.
            assert!(text.contains(HAND_ITEM), "{what}\n{text}");
            let general = if lang == "fr" {
                ["Ouverture", "Politique et tendances", "Divers"]
            } else {
                ["Opening", "Beleid en tendensen", "Varia"]
            };
            for g in general {
                assert!(text.contains(g), "{what}: {g} missing\n{text}");
            }
        }
        if let Some(name) = golden_name {
            golden(
                name,
                &anonymise(env, &env.ok(&["agenda", "export", m, "--for", who])),
            );
        }
    }
    let copy = env.ok(&["agenda", "export", m, "--for", "sara.coppens@caw.be"]);
    assert!(
        copy.contains("Sara Coppens (CAW Zuid-West-Vlaanderen)"),
        "{copy}"
    );
    // Someone of an organisation involved in nothing gets the general items only.
    let io_copy = env.ok(&["agenda", "export", m, "--for", "io@pzvlas.be"]);
    for code in s.codes() {
        assert!(!io_copy.contains(code), "{io_copy}");
    }
    assert!(io_copy.contains(HAND_ITEM), "{io_copy}");
    // The full agenda holds everything but the case not on it.
    let full = env.ok(&["agenda", "export", m]);
    for code in s.codes() {
        assert_eq!(full.contains(code), code != s.later, "{code}\n{full}");
    }
}

/// An invitee's copy must never hold the code of a case their organisation is not involved in.
/// A general item added by hand is free text that reaches every copy, so a case code in it is
/// refused; the case goes on the agenda as a case item instead, which only its organisations see.
#[test]
fn an_invitees_copy_never_holds_another_cases_code_in_free_text() {
    let s = scene();
    let env = &s.env;
    let m = s.meeting.as_str();
    let count = positions(env, m).len();
    let text = format!("Stand van zaken {}", s.review);
    // Refused: exit 1, the database unchanged.
    let err = env.refused(&["agenda", "add", m, &text]);
    assert!(err.contains("agenda item"), "{err}");
    assert!(err.contains("case code"), "{err}");
    assert!(err.contains("--case"), "the hint names --case: {err}");
    // Also under a general heading chosen by hand.
    env.refused(&["agenda", "add", m, &text, "--kind", "policy"]);
    assert_eq!(positions(env, m).len(), count);
    let copy = env.ok(&["agenda", "export", m, "--for", "sara.coppens@caw.be"]);
    assert!(
        !copy.contains(&s.review),
        "the CAW's copy holds the CLB's case {}:\n{copy}",
        s.review
    );

    // As a case item it is accepted, and the CAW's copy still does not hold it.
    env.ok(&[
        "agenda",
        "add",
        m,
        "Stand van zaken",
        "--case",
        &s.review,
        "--kind",
        "reviews",
    ]);
    assert_eq!(positions(env, m).len(), count + 1);
    assert_eq!(sections_of(env, m, &s.review), ["reviews", "reviews"]);
    let copy = env.ok(&["agenda", "export", m, "--for", "sara.coppens@caw.be"]);
    assert!(!copy.contains(&s.review), "{copy}");
    let clb = env.ok(&["agenda", "export", m, "--for", "tom.peeters@clb.be"]);
    assert!(clb.contains(&s.review), "{clb}");
}

#[test]
fn minutes_in_dutch_and_french() {
    let mut s = scene();
    s.hold();
    let env = &s.env;
    let m = s.meeting.as_str();
    for (lang, format, name) in [
        ("nl", "md", "minutes-nl.md"),
        ("nl", "html", "minutes-nl.html"),
        ("fr", "md", "minutes-fr.md"),
        ("fr", "html", "minutes-fr.html"),
    ] {
        let text = env.ok(&["meeting", "minutes", m, "--format", format, "--lang", lang]);
        assert_document(&text, lang == "fr", format == "html", name);
        golden(name, &anonymise(env, &text));
    }
    let nl = env.ok(&["meeting", "minutes", m]);
    // Attendance.
    assert!(
        nl.contains(
            "Aanwezig: Ingrid Maes (Politiezone Vlas); Pieter Dewulf (Stad Kortrijk); \
             Ruth Vandenberghe (Stad Kortrijk); Sara Coppens (CAW Zuid-West-Vlaanderen)"
        ),
        "{nl}"
    );
    assert!(
        nl.contains("Verontschuldigd: Francis Declercq (Gemeente Kuurne)"),
        "{nl}"
    );
    assert!(
        nl.contains("Afwezig: Karel Lagae (Gemeente Lendelede)"),
        "{nl}"
    );
    // Decisions, participants, who left and who joined.
    assert!(
        nl.contains("Beslissing: consensus — Opnemen op de casuslijst"),
        "{nl}"
    );
    assert!(
        nl.contains(
            "Deelnemers aan dit punt: Pieter Dewulf, Ruth Vandenberghe, Sara Coppens, \
             Tom Peeters (schoof aan)"
        ),
        "{nl}"
    );
    assert!(nl.contains("Verliet de zaal: Ingrid Maes"), "{nl}");
    assert!(
        nl.contains("Beslissing: beslissing van de voorzitter"),
        "{nl}"
    );
    assert!(
        nl.contains("Beslissing: uitgesteld — Bespreken op de volgende vergadering"),
        "{nl}"
    );
    // Held: an undecided item is "no decision", never "not yet".
    assert!(nl.contains("Beslissing: geen beslissing"), "{nl}");
    assert!(!nl.contains("nog geen beslissing"), "{nl}");
    // Open actions of the cases discussed; the done one is not listed.
    assert!(
        nl.contains("| CLB Kortrijk | 20 december 2026 | Gesprek met de school |"),
        "{nl}"
    );
    assert!(
        nl.contains("| CAW Zuid-West-Vlaanderen | 2 december 2026 | Huisbezoek plannen |"),
        "{nl}"
    );
    assert!(!nl.contains("Doorverwijzing naar reguliere hulp"), "{nl}");
    assert!(!nl.contains(&s.later), "{nl}");

    let fr = env.ok(&["meeting", "minutes", m, "--lang", "fr"]);
    assert!(fr.contains("Procès-verbal"), "{fr}");
    assert!(fr.contains("Tom Peeters (a rejoint)"), "{fr}");
    assert!(fr.contains("A quitté la salle: Ingrid Maes"), "{fr}");
    assert!(fr.contains("Décision: reporté"), "{fr}");
}

#[test]
fn minutes_of_a_forced_or_cancelled_meeting_say_so() {
    let env = Env::new();
    let c = vlas(&env);
    let m = last_week(&env, "14:00");
    env.ok(&["agenda", "draft", &m]);
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{}", c.chair, c.prevention),
    ]);
    env.ok(&[
        "meeting",
        "close",
        "--yes",
        &m,
        "--force",
        "--reason",
        "Informatieofficier onverwacht afwezig",
    ]);
    let nl = env.ok(&["meeting", "minutes", &m]);
    assert!(
        nl.contains(
            "Afgesloten zonder de wettelijke aanwezigheid**: Informatieofficier onverwacht afwezig"
        ),
        "{nl}"
    );
    let cancelled = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["meeting", "cancel", &cancelled]);
    let fr = env.ok(&["agenda", "export", &cancelled, "--lang", "fr"]);
    assert!(fr.contains("ANNULÉE"), "{fr}");
}

// ---------------------------------------------------------------------------------------------
// The calendar
// ---------------------------------------------------------------------------------------------

fn calendar(text: &str) -> icalendar::Calendar {
    icalendar::Calendar::from_str(text)
        .unwrap_or_else(|e| panic!("not an iCalendar file ({e}):\n{text}"))
}

fn events(text: &str) -> Vec<icalendar::Event> {
    calendar(text).events().cloned().collect()
}

fn event_of<'a>(events: &'a [icalendar::Event], env: &Env, meeting: &str) -> &'a icalendar::Event {
    let uid = meeting_field(env, meeting, "uid").unwrap();
    events
        .iter()
        .find(|e| e.get_uid() == Some(uid.as_str()))
        .unwrap_or_else(|| panic!("no event with UID {uid}"))
}

fn utc(dt: Option<DatePerhapsTime>) -> DateTime<Utc> {
    match dt {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(t))) => t,
        other => panic!("not a UTC date-time: {other:?}"),
    }
}

#[test]
fn ics_parses_and_keeps_its_uids() {
    let env = Env::new();
    let c = vlas(&env);
    let codes = [
        case(&env),
        follow_up(&env, &c, "2026-12-03"),
        open(&env, "Kuurne", "mixed", "12_17", &[]),
    ];
    let a = plan(
        &env,
        NEXT_WEEK,
        "14:00",
        &["--location", "Stadhuis Kortrijk, zaal 2"],
    );
    let b = plan(
        &env,
        "2026-12-21",
        "09:30",
        &["--kind", "strategic", "--duration", "90m"],
    );
    env.ok(&["agenda", "draft", &a]);

    let text = env.ok(&["meeting", "ics"]);
    // Every line ends in CRLF.
    assert!(text.ends_with("\r\n"), "{text:?}");
    for line in text.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "a line without CRLF: {line:?}");
    }
    let cal = calendar(&text);
    assert_eq!(cal.property_value("VERSION"), Some("2.0"));
    assert_eq!(cal.property_value("PRODID"), Some("-//livcr//livcr//EN"));
    let evs = events(&text);
    assert_eq!(evs.len(), 2);
    let ea = event_of(&evs, &env, &a);
    let eb = event_of(&evs, &env, &b);
    assert_eq!(
        utc(ea.get_start()),
        Utc.with_ymd_and_hms(2026, 12, 7, 13, 0, 0).unwrap()
    );
    assert_eq!(
        utc(ea.get_end()),
        Utc.with_ymd_and_hms(2026, 12, 7, 15, 0, 0).unwrap()
    );
    assert_eq!(
        utc(eb.get_end()) - utc(eb.get_start()),
        chrono::Duration::minutes(90)
    );
    assert_eq!(ea.get_sequence(), Some(0));
    assert_eq!(ea.get_status(), Some(EventStatus::Confirmed));
    assert!(ea.get_location().unwrap().contains("Stadhuis Kortrijk"));
    assert!(ea.get_summary().unwrap().contains("LIVC-R"), "{text}");
    assert!(text.contains("CLASS:CONFIDENTIAL"), "{text}");

    // SUMMARY and LOCATION hold no case code; nor does anything else in the file.
    for e in &evs {
        for code in &codes {
            assert!(!e.get_summary().unwrap_or("").contains(code.as_str()));
            assert!(!e.get_location().unwrap_or("").contains(code.as_str()));
        }
    }
    for code in &codes {
        assert!(
            !text.contains(code.as_str()),
            "{code} in the calendar:\n{text}"
        );
    }

    // The same UIDs on every export.
    let again = env.ok(&["meeting", "ics"]);
    let uids = |t: &str| -> Vec<String> {
        events(t)
            .iter()
            .map(|e| e.get_uid().unwrap().to_string())
            .collect()
    };
    assert_eq!(uids(&text), uids(&again));
    assert_eq!(text, again, "nothing changed, nothing differs");
    let stored: Vec<String> = [&a, &b]
        .iter()
        .map(|m| meeting_field(&env, m, "uid").unwrap())
        .collect();
    assert_eq!(uids(&text), stored);

    // --from leaves out the earlier meetings.
    let from = env.ok(&["meeting", "ics", "--from", "2026-12-08"]);
    assert_eq!(uids(&from), [stored[1].clone()]);

    // In French: the French term.
    let fr = env.ok(&["meeting", "ics", "--lang", "fr"]);
    let fr_events = events(&fr);
    assert!(
        event_of(&fr_events, &env, &a)
            .get_summary()
            .unwrap()
            .contains("CSIL-R")
    );
    assert!(
        calendar(&fr)
            .property_value("X-WR-CALNAME")
            .unwrap()
            .contains("CSIL-R")
    );
}

#[test]
fn ics_sequence_grows_and_a_cancelled_meeting_says_so() {
    let env = Env::new();
    vlas(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    let other = plan(&env, "2026-12-14", "14:00", &[]);
    let first = events(&env.ok(&["meeting", "ics"]));
    assert_eq!(event_of(&first, &env, &m).get_sequence(), Some(0));
    let uid = event_of(&first, &env, &m).get_uid().unwrap().to_string();

    env.ok(&["meeting", "move", &m, "--to", "2026-12-08", "10:00"]);
    let moved = events(&env.ok(&["meeting", "ics"]));
    let e = event_of(&moved, &env, &m);
    assert_eq!(e.get_uid(), Some(uid.as_str()), "same UID after a move");
    assert_eq!(e.get_sequence(), Some(1));
    assert_eq!(
        utc(e.get_start()),
        Utc.with_ymd_and_hms(2026, 12, 8, 9, 0, 0).unwrap()
    );
    assert_eq!(e.get_status(), Some(EventStatus::Confirmed));

    env.ok(&["meeting", "cancel", &m, "--reason", "Zaal niet beschikbaar"]);
    let text = env.ok(&["meeting", "ics"]);
    assert!(text.contains("STATUS:CANCELLED\r\n"), "{text}");
    let cancelled = events(&text);
    let e = event_of(&cancelled, &env, &m);
    assert_eq!(e.get_status(), Some(EventStatus::Cancelled));
    assert_eq!(e.get_sequence(), Some(2));
    assert_eq!(e.get_uid(), Some(uid.as_str()));
    // The other meeting did not change.
    let o = event_of(&cancelled, &env, &other);
    assert_eq!(o.get_sequence(), Some(0));
    assert_eq!(o.get_status(), Some(EventStatus::Confirmed));
}

#[test]
fn ics_times_are_right_across_daylight_saving_changes() {
    let env = Env::new();
    vlas(&env);
    let expected = [
        ("2027-03-22", (2027, 3, 22, 13)),  // CET, UTC+1
        ("2027-03-29", (2027, 3, 29, 12)),  // CEST, UTC+2
        ("2027-10-25", (2027, 10, 25, 12)), // CEST
        ("2027-11-01", (2027, 11, 1, 13)),  // CET
    ];
    let ids: Vec<String> = expected
        .iter()
        .map(|(date, _)| plan(&env, date, "14:00", &[]))
        .collect();
    let text = env.ok(&["meeting", "ics"]);
    let evs = events(&text);
    for (m, (date, (y, mo, d, h))) in ids.iter().zip(expected) {
        let e = event_of(&evs, &env, m);
        assert_eq!(
            utc(e.get_start()),
            Utc.with_ymd_and_hms(y, mo, d, h, 0, 0).unwrap(),
            "{date} 14:00 Brussels"
        );
        assert_eq!(
            utc(e.get_end()),
            Utc.with_ymd_and_hms(y, mo, d, h + 2, 0, 0).unwrap(),
            "{date} 16:00 Brussels"
        );
    }
    assert!(text.contains("DTSTART:20270322T130000Z\r\n"), "{text}");
    assert!(text.contains("DTSTART:20270329T120000Z\r\n"), "{text}");
    assert!(text.contains("DTSTART:20271025T120000Z\r\n"), "{text}");
    assert!(text.contains("DTSTART:20271101T130000Z\r\n"), "{text}");
}

#[test]
fn ics_out_writes_mode_0600() {
    let env = Env::new();
    vlas(&env);
    plan(&env, NEXT_WEEK, "14:00", &[]);
    let path = env.path("work/livcr.ics");
    let out = env.run(&["meeting", "ics", "--out", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(out.stderr.contains("wrote 1 meeting to"), "{}", out.stderr);
    assert_eq!(mode(&path), 0o600);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(events(&text).len(), 1);
    assert_eq!(text, env.ok(&["meeting", "ics"]));
}

/// The location is "(no case data)" and calendars end up on phones and cloud services: a case
/// code typed in --location is refused, so it never reaches the calendar's LOCATION.
#[test]
fn a_case_code_never_reaches_the_calendar_location() {
    let env = Env::new();
    let c = vlas(&env);
    let code = follow_up(&env, &c, "2026-12-03");
    let location = format!("Stadhuis, bespreking {code}");
    // Refused: exit 1, the database unchanged, no meeting planned.
    let err = env.refused(&[
        "meeting",
        "plan",
        NEXT_WEEK,
        "14:00",
        "--location",
        &location,
    ]);
    assert!(err.contains("case code"), "{err}");
    assert_eq!(env.count("SELECT count(*) FROM meeting"), 0);
    // A location without case data is fine and is what the calendar shows.
    plan(
        &env,
        NEXT_WEEK,
        "14:00",
        &["--location", "Stadhuis Kortrijk, zaal 2"],
    );
    let text = env.ok(&["meeting", "ics"]);
    let evs = events(&text);
    assert_eq!(evs.len(), 1, "{text}");
    assert_eq!(evs[0].get_location(), Some("Stadhuis Kortrijk, zaal 2"));
    assert!(!text.contains(&code), "the calendar holds {code}:\n{text}");
}

/// A cancellation reason is shown with the meeting to everyone invited: a case code in it is
/// refused and the meeting stays planned.
#[test]
fn a_case_code_in_a_cancellation_reason_is_refused() {
    let env = Env::new();
    let c = vlas(&env);
    let code = follow_up(&env, &c, "2026-12-03");
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    let reason = format!("Enkel {code} stond op de agenda");
    let err = env.refused(&["meeting", "cancel", &m, "--reason", &reason]);
    assert!(err.contains("case code"), "{err}");
    assert_eq!(
        meeting_field(&env, &m, "status").as_deref(),
        Some("planned")
    );
    assert_eq!(meeting_field(&env, &m, "cancel_reason"), None);
    assert_eq!(sequence(&env, &m), 0);
    let text = env.ok(&["meeting", "ics"]);
    assert!(!text.contains(&code), "{text}");
    // Without the code the meeting is cancelled.
    env.ok(&["meeting", "cancel", &m, "--reason", "Geen dringende punten"]);
    assert_eq!(
        meeting_field(&env, &m, "status").as_deref(),
        Some("cancelled")
    );
}
