//! Answers that cannot be mistaken (issue 13, part 4): consent spelled out, agenda numbers that
//! never move, closing with undecided items, meetings found by their date.

mod common;

use common::scene::{advance, agenda, case, plan, vlas};
use common::{Env, id};

/// The meeting of next week (TODAY is Monday 2026-11-30).
const NEXT_WEEK: &str = "2026-12-07";

/// (number, section, case) of `agenda show`, in the order shown.
fn shown(env: &Env, meeting: &str) -> Vec<(i64, String, Option<String>)> {
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

fn item_ids(env: &Env, meeting: &str) -> Vec<(i64, i64)> {
    let conn = env.db();
    let mut stmt = conn
        .prepare("SELECT position, id FROM agenda_item WHERE meeting_id = ?1 ORDER BY position")
        .unwrap();
    stmt.query_map([meeting], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn agenda_numbers_stay_with_their_items() {
    let env = Env::new();
    let cell = vlas(&env);
    let follow = case(&env);
    advance(&env, &follow, "follow_up", cell.chair);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    let before = item_ids(&env, &m);
    let last = before.last().unwrap().0;

    // A case item under an earlier heading than the last ones: it takes the next number and
    // is shown under its heading; every number given before still names the same item.
    let signal = case(&env);
    let out = env.ok(&[
        "agenda",
        "add",
        &m,
        "Nieuwe melding",
        "--case",
        &signal,
        "--kind",
        "signals",
    ]);
    assert_eq!(out.trim(), (last + 1).to_string());
    let after = item_ids(&env, &m);
    for (number, item) in &before {
        assert!(after.contains(&(*number, *item)), "item {number} moved");
    }
    let order = shown(&env, &m);
    let at = order
        .iter()
        .position(|(_, _, c)| c.as_deref() == Some(&signal))
        .unwrap();
    assert_eq!(order[at].1, "signals");
    assert!(at < order.len() - 1, "shown under its heading: {order:?}");

    // Removing an item renumbers nothing.
    env.ok(&["agenda", "rm", &m, "1"]);
    let kept = item_ids(&env, &m);
    for (number, item) in after.iter().filter(|(n, _)| *n != 1) {
        assert!(kept.contains(&(*number, *item)), "item {number} moved");
    }
}

#[test]
fn agenda_add_warns_when_the_case_is_already_on_it() {
    let env = Env::new();
    vlas(&env);
    // A new signal: the draft lists it.
    let code = case(&env);
    let m = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["agenda", "draft", &m]);
    let out = env.run(&["agenda", "add", &m, "Nog een vraag", "--case", &code]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("case {code} was already on this agenda")),
        "{}",
        out.stderr
    );
}

#[test]
fn closing_with_undecided_items_needs_yes_off_a_terminal() {
    let env = Env::new();
    let cell = vlas(&env);
    let m = plan(&env, "2026-11-23", "14:00", &["--yes"]);
    env.ok(&["agenda", "draft", &m]);
    env.ok(&[
        "meeting",
        "attend",
        &m,
        "--present",
        &format!("{},{},{}", cell.chair, cell.io.unwrap(), cell.prevention),
    ]);
    env.ok(&["meeting", "decide", &m, "1", "--kind", "consensus"]);
    let err = env.refused(&["meeting", "close", &m]);
    assert!(err.contains("items 2, 3"), "{err}");
    assert!(err.contains("--yes"), "{err}");
    env.ok(&["meeting", "close", &m, "--yes"]);
    let minutes = env.ok(&["meeting", "minutes", &m, "--lang", "en"]);
    assert!(!minutes.contains("no decision yet"), "{minutes}");
    assert!(minutes.contains("Decision: no decision"), "{minutes}");
}

#[test]
fn consent_is_spelled_out() {
    let env = Env::new();
    vlas(&env);
    for args in [
        &["feedback", "consent", "1", "--member", "1"][..],
        &["-y", "feedback", "consent", "1", "--member", "1"],
        &["feedback", "consent", "1", "--member", "1", "--no"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains("--answer"), "{}", out.stderr);
    }
    let help = env.ok(&["feedback", "consent", "--help"]);
    assert!(help.contains("--answer <yes|no>"), "{help}");
}

#[test]
fn a_cancelled_meeting_is_not_found_by_its_date_and_a_second_one_is_warned_about() {
    let env = Env::new();
    vlas(&env);
    let first = plan(&env, NEXT_WEEK, "14:00", &[]);
    env.ok(&["meeting", "cancel", NEXT_WEEK]);
    let err = env.refused(&["meeting", "show", NEXT_WEEK]);
    assert!(err.contains("cancelled"), "{err}");
    env.ok(&["meeting", "show", &first]);

    let second = env.run(&["meeting", "plan", NEXT_WEEK, "10:00"]);
    assert_eq!(second.code, 0);
    assert!(
        !second.stderr.contains("already has a meeting"),
        "{}",
        second.stderr
    );
    let again = id(&env, &["meeting", "plan", NEXT_WEEK, "16:00"]).to_string();
    let out = env.run(&["meeting", "plan", NEXT_WEEK, "18:00"]);
    assert!(
        out.stderr.contains("already has a meeting that day"),
        "{}",
        out.stderr
    );
    let err = env.refused(&["meeting", "show", NEXT_WEEK]);
    assert!(err.contains("meetings on"), "{err}");
    env.ok(&["meeting", "show", &again]);
}
