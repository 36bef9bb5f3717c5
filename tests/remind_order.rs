//! The order in which `remind` prints a file's reminders, which it writes as it reads them
//! (design.md, "Performance"): groups by their earliest date (composition, reviews, actions,
//! referrals, feedback, meetings, members, retention when dates tie), lines by date and English
//! subject within a group, and lines that tie in the order they are found: two actions of one
//! case due the same day by owner, then id, across the file, and by id in one cell. The text
//! and the JSON list the same reminders in the same order, and each heading counts its lines.

mod common;

use common::{Env, json};
use serde_json::Value;

const GROUPS: &[&str] = &[
    "composition",
    "reviews",
    "actions",
    "referrals",
    "feedback",
    "meetings",
    "members",
    "retention",
];

/// A generated file of three cells, with what the generator leaves out added by hand: two more
/// actions due the same day as one already there (same case, an owner before and one after
/// it), a member without a declaration, an IO without a clearance, a cell without a chair.
/// Returns the environment, the case of the tied actions, its cell and the three actions by id.
fn scene() -> (Env, String, String, Vec<i64>) {
    let env = Env::empty();
    let db = env.db_path();
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    env.ok(&[
        "--db",
        db.to_str().unwrap(),
        "demo",
        "--scale",
        "3",
        "--cases-per-cell",
        "60",
    ]);
    let conn = env.tamper();
    let (first, case_id, org_id, due): (i64, i64, i64, String) = conn
        .query_row(
            "SELECT a.id, a.case_id, a.org_id, a.due_on FROM action a
             WHERE a.done_on IS NULL AND a.due_on <= '2026-12-14'
               AND a.org_id > (SELECT min(id) FROM organisation)
             ORDER BY a.due_on, a.id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .expect("an open action due");
    let lower: i64 = conn
        .query_row(
            "SELECT max(id) FROM organisation WHERE id < ?1",
            [org_id],
            |r| r.get(0),
        )
        .unwrap();
    let mut ids = vec![first];
    // Added later (higher ids): one owned by an organisation before the first's, one by its own.
    for org in [lower, org_id] {
        conn.execute(
            "INSERT INTO action (case_id, org_id, text, created_on, due_on)
             VALUES (?1, ?2, 'Follow-up.', '2026-11-01', ?3)",
            rusqlite::params![case_id, org, due],
        )
        .unwrap();
        ids.push(conn.last_insert_rowid());
    }
    let (code, cell): (String, String) = conn
        .query_row(
            "SELECT c.code, l.code FROM case_file c JOIN cell l ON l.id = c.cell_id
             WHERE c.id = ?1",
            [case_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    conn.execute_batch(
        "UPDATE person SET declaration_signed_on = NULL
          WHERE id = (SELECT min(person_id) FROM membership WHERE cell_id = 1);
         UPDATE person SET clearance_confirmed_on = NULL
          WHERE id IN (SELECT person_id FROM membership WHERE role = 'io' AND cell_id = 2);
         DELETE FROM membership WHERE cell_id = 3 AND role = 'chair';",
    )
    .unwrap();
    (env, code, cell, ids)
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_default()
}

/// Asserts the order of `items` (remind's JSON) and returns their groups in order.
fn assert_ordered(items: &[Value]) -> Vec<&str> {
    let mut groups: Vec<(&str, &str)> = Vec::new();
    for pair in items.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if s(a, "group") == s(b, "group") {
            assert!(
                (s(a, "due_on"), s(a, "subject")) <= (s(b, "due_on"), s(b, "subject")),
                "out of order within {}: {a} before {b}",
                s(a, "group")
            );
        }
    }
    for item in items {
        let g = s(item, "group");
        match groups.last_mut() {
            Some((last, earliest)) if *last == g => {
                *earliest = (*earliest).min(s(item, "due_on"));
            }
            _ => {
                assert!(
                    !groups.iter().any(|(x, _)| *x == g),
                    "group {g} comes twice"
                );
                groups.push((g, s(item, "due_on")));
            }
        }
    }
    let rank = |g: &str| GROUPS.iter().position(|x| *x == g).unwrap();
    for pair in groups.windows(2) {
        let ((a, da), (b, db)) = (pair[0], pair[1]);
        assert!(
            (da, rank(a)) < (db, rank(b)),
            "group {a} (earliest {da}) before {b} (earliest {db})"
        );
    }
    groups.into_iter().map(|(g, _)| g).collect()
}

/// The text's headings with their counts, and its lines.
fn text_groups(text: &str) -> (Vec<(String, usize)>, Vec<&str>) {
    let mut heads = Vec::new();
    let mut lines = Vec::new();
    for line in text.lines() {
        if let Some(l) = line.strip_prefix("  ") {
            lines.push(l);
        } else {
            let (name, rest) = line.split_once(" (").expect("a heading");
            let count = rest
                .trim_end_matches(')')
                .split(',')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            heads.push((name.to_string(), count));
        }
    }
    (heads, lines)
}

#[test]
fn remind_prints_the_file_in_order_and_the_text_lists_what_the_json_does() {
    let (env, code, cell, ids) = scene();
    for within in ["14d", "1y"] {
        let items = json(&env.ok(&["remind", "--within", within, "--format", "json"]));
        let items = items.as_array().unwrap();
        let groups = assert_ordered(items);
        for g in ["composition", "members", "actions", "reviews"] {
            assert!(groups.contains(&g), "no {g} in {groups:?}");
        }
        let text = env.ok(&["remind", "--within", within]);
        let (heads, lines) = text_groups(&text);
        let counted: Vec<(String, usize)> = groups
            .iter()
            .map(|g| {
                let n = items.iter().filter(|i| s(i, "group") == *g).count();
                (g.to_string(), n)
            })
            .collect();
        assert_eq!(heads, counted);
        assert_eq!(lines.len(), items.len());
        for (line, item) in lines.iter().zip(items) {
            let subject = format!("[{}] {}", s(item, "cell"), s(item, "subject"));
            assert!(line.contains(&subject), "{line:?} is not {item}");
            // Dates inside a text read as a person reads them in the lines, ISO in the JSON.
            if !["referrals", "meetings", "members"].contains(&s(item, "group")) {
                assert!(line.ends_with(s(item, "what")), "{line:?} is not {item}");
            }
            assert_eq!(line.starts_with("OVERDUE"), item["overdue"] == true);
            let minor = item["minor"] == true;
            assert_eq!(line.contains(" (minor): "), minor, "{line:?}");
        }
    }
    // The tied actions: across the file by owner, then id; in their cell by id.
    let action_ids = |out: &str| -> Vec<i64> {
        json(out)
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| s(i, "group") == "actions" && s(i, "case") == code)
            .filter_map(|i| {
                let what = s(i, "what").strip_prefix("action ")?;
                what.split(' ').next()?.parse().ok()
            })
            .filter(|id| ids.contains(id))
            .collect()
    };
    let whole = action_ids(&env.ok(&["remind", "--format", "json"]));
    assert_eq!(whole, [ids[1], ids[0], ids[2]]);
    let one = env.ok(&["--cell", &cell, "remind", "--format", "json"]);
    assert_ordered(json(&one).as_array().unwrap());
    assert_eq!(action_ids(&one), ids);
}

#[test]
fn a_cell_lists_what_the_file_lists_for_it() {
    let (env, _, _, _) = scene();
    let all = json(&env.ok(&["remind", "--within", "1y", "--format", "json"]));
    for cell in ["C001", "C002", "C003"] {
        let one = json(&env.ok(&[
            "--cell", cell, "remind", "--within", "1y", "--format", "json",
        ]));
        let mut mine: Vec<&Value> = all
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| s(i, "cell") == cell)
            .collect();
        let mut theirs: Vec<&Value> = one.as_array().unwrap().iter().collect();
        // The same reminders; the order of groups may differ (a cell's earliest dates are its
        // own), and ties of actions are compared apart (above).
        let key = |i: &&Value| {
            (
                s(i, "group").to_string(),
                s(i, "due_on").to_string(),
                s(i, "subject").to_string(),
                s(i, "what").to_string(),
            )
        };
        mine.sort_by_key(key);
        theirs.sort_by_key(key);
        assert_eq!(mine, theirs, "cell {cell}");
    }
}
