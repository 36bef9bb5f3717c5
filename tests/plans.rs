//! Every query an interactive command runs keeps an index-based plan: on a small generated file
//! (`demo --scale 3`, without planner statistics, as every file livcr writes), `EXPLAIN QUERY PLAN` shows no full scan of
//! a large table. The `remind` statements come from `livcr::db::remind`; the others are copied
//! here from `src/db` (keep them in step when a query there changes).

use assert_cmd::Command;
use rusqlite::Connection;

/// Tables that grow with the file.
const LARGE: &[&str] = &[
    "case_file",
    "case_event",
    "action",
    "audit_log",
    "referral",
    "feedback_form",
    "agenda_item",
    "meeting",
    "kept_count",
    "record_state",
];

/// Queries of the interactive commands, from `src/db` (case list and show, agenda and monthly
/// export, purge). `audit::anchor` (`ORDER BY id DESC LIMIT 1`) is left out: its plan reads
/// "SCAN audit_log" but stops at the first row of the rowid order.
const COPIED: &[(&str, &str)] = &[
    (
        "case list (db::case::list)",
        "SELECT c.*, so.name AS source_org, lo.name AS lead_org,
            (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL)
                AS open_actions,
            (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL
                AND a.due_on < ?1) AS overdue_actions
         FROM case_file c
         LEFT JOIN organisation so ON so.id = c.source_org_id
         LEFT JOIN organisation lo ON lo.id = c.lead_org_id
         WHERE c.cell_id = ?2
           AND (?3 IS NULL OR c.status = ?3)
           AND (?3 IS NOT NULL OR ?8 OR c.status NOT IN ('closed', 'declined'))
           AND (?4 IS NULL OR c.nis = ?4)
           AND (?5 IS NULL OR c.phenomenon = ?5)
           AND (?6 IS NULL OR c.next_review_on <= ?6)
           AND (NOT ?7 OR c.age_band IN ('under_12', '12_17'))
         ORDER BY c.next_review_on IS NULL, c.next_review_on, c.closed_on DESC, c.code",
    ),
    (
        "case show (db::case::by_code)",
        "SELECT c.*, so.name AS source_org, lo.name AS lead_org,
            (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL)
                AS open_actions
         FROM case_file c
         LEFT JOIN organisation so ON so.id = c.source_org_id
         LEFT JOIN organisation lo ON lo.id = c.lead_org_id
         WHERE c.code = ?2",
    ),
    (
        "case show journal (db::case::events)",
        "SELECT e.*, p.name AS decided_by_name FROM case_event e
         LEFT JOIN person p ON p.id = e.decided_by
         WHERE e.case_id = ?1 ORDER BY e.on_date, e.id",
    ),
    (
        "case show actions (db::case::actions_of_case)",
        "SELECT a.*, c.code AS case_code, o.name AS org_name
         FROM action a JOIN case_file c ON c.id = a.case_id JOIN organisation o ON o.id = a.org_id
         WHERE a.case_id = ?1 ORDER BY a.due_on, a.id",
    ),
    (
        "case show referrals (db::feedback::referrals of a case)",
        "SELECT r.*, c.code AS case_code, c.age_band AS case_age_band, p.name AS io_name
         FROM referral r JOIN case_file c ON c.id = r.case_id JOIN person p ON p.id = r.io_person_id
         WHERE r.case_id = ?4 AND r.cell_id = ?1
           AND (NOT ?2 OR r.status IN ('received', 'discussed', 'accepted'))
           AND (?3 IS NULL OR r.direction = ?3)
         ORDER BY r.on_date, r.id",
    ),
    (
        "case show forms (db::feedback::forms of a case)",
        "SELECT f.*, c.code AS case_code, c.age_band AS case_age_band, i.meeting_id, i.position
         FROM feedback_form f JOIN case_file c ON c.id = f.case_id
         JOIN agenda_item i ON i.id = f.item_id
         WHERE f.case_id = ?2 AND c.cell_id = ?1 ORDER BY f.id DESC",
    ),
    (
        "agenda item's case (db::case::coarse)",
        "SELECT nis, phenomenon, age_band FROM case_file WHERE id = ?1",
    ),
    (
        "export monthly cases (db::stats::case_facts)",
        "SELECT c.id, c.nis, c.opened_on, c.source, c.phenomenon, c.age_band, c.review_weeks,
                c.close_reason
         FROM case_file c WHERE c.cell_id = ?1 AND c.opened_on <= ?3
            AND (c.closed_on IS NULL OR c.closed_on >= ?2)",
    ),
    (
        "export monthly actions (db::stats::case_facts)",
        "SELECT a.case_id, a.created_on, a.due_on, a.done_on
         FROM action a JOIN case_file c ON c.id = a.case_id WHERE c.cell_id = ?1
            AND c.opened_on <= ?3 AND (c.closed_on IS NULL OR c.closed_on >= ?2)",
    ),
    (
        "export monthly referrals (db::stats::case_facts)",
        "SELECT r.case_id, r.on_date, r.direction
         FROM referral r JOIN case_file c ON c.id = r.case_id WHERE c.cell_id = ?1
            AND c.opened_on <= ?3 AND (c.closed_on IS NULL OR c.closed_on >= ?2)",
    ),
    (
        "export monthly forms (db::stats::case_facts)",
        "SELECT f.case_id, f.sent_on
         FROM feedback_form f JOIN case_file c ON c.id = f.case_id
         WHERE c.cell_id = ?1 AND c.opened_on <= ?3
            AND (c.closed_on IS NULL OR c.closed_on >= ?2) AND f.sent_on IS NOT NULL",
    ),
    (
        "export monthly kept counts (db::stats::kept_counts)",
        "SELECT nis, measure, dimension, value FROM kept_count WHERE cell_id = ?1 AND month = ?2",
    ),
    (
        "export monthly meetings (db::stats::meetings_held)",
        "SELECT count(DISTINCT m.id), coalesce(sum(a.status = 'present'), 0), count(a.person_id)
         FROM meeting m LEFT JOIN attendance a ON a.meeting_id = m.id
         WHERE m.cell_id = ?1 AND m.status = 'held' AND m.starts_at >= ?2
           AND m.starts_at < ?3 || 'T99'",
    ),
    (
        "purge --dry-run (db::case::purge_due)",
        "SELECT c.* FROM case_file c WHERE c.cell_id = ?2 AND c.purge_due_on IS NOT NULL
            AND c.purge_due_on <= ?1",
    ),
    (
        "audit row: the previous row's sum (db::audit::row_sum)",
        "SELECT records FROM audit_log WHERE id = ?1",
    ),
    (
        "audit row: a touched record's audited state (db::audit::absorb)",
        "SELECT hash FROM record_state WHERE tbl = ?1 AND key = ?2",
    ),
    (
        "audit row: a deleted record's state (db::audit::absorb)",
        "DELETE FROM record_state WHERE tbl = ?1 AND key = ?2",
    ),
    (
        "remind last meeting (db::remind::last_held)",
        "SELECT max(starts_at) FROM meeting WHERE cell_id = ?1 AND status = 'held'",
    ),
];

/// alias -> table for the FROM and JOIN clauses of `sql`.
fn aliases(sql: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = sql
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let keyword = |w: &str| {
        [
            "ON", "WHERE", "JOIN", "LEFT", "CROSS", "INNER", "ORDER", "GROUP", "LIMIT", "AS",
        ]
        .contains(&w.to_ascii_uppercase().as_str())
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if (w.eq_ignore_ascii_case("FROM") || w.eq_ignore_ascii_case("JOIN"))
            && let Some(t) = words.get(i + 1)
        {
            {
                out.push((t.to_string(), t.to_string()));
                if let Some(a) = words.get(i + 2).filter(|a| !keyword(a)) {
                    out.push((a.to_string(), t.to_string()));
                }
            }
        }
    }
    out
}

/// The lines of `sql`'s `EXPLAIN QUERY PLAN`, in order.
fn plan(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap_or_else(|e| panic!("{e}: {sql}"));
    // Unbound parameters are NULL; the plan does not depend on them.
    let nulls = vec![rusqlite::types::Value::Null; stmt.parameter_count()];
    stmt.query_map(rusqlite::params_from_iter(nulls), |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// A small generated file (`demo --scale 3`, 60 cases a cell) in a temporary folder, open.
fn generated() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("plans.db");
    Command::cargo_bin("livcr")
        .unwrap()
        .env("LIVCR_TODAY", "2026-11-30")
        .env("NO_COLOR", "1")
        .args(["--db"])
        .arg(&db)
        .args(["demo", "--scale", "3", "--cases-per-cell", "60"])
        .assert()
        .success();
    let conn = Connection::open(&db).unwrap();
    (dir, conn)
}

/// The plan's lines that scan a large table without an index.
fn full_scans(conn: &Connection, sql: &str) -> Vec<String> {
    let names = aliases(sql);
    plan(conn, sql)
        .into_iter()
        .filter(|d| {
            let Some(rest) = d.strip_prefix("SCAN ") else {
                return false;
            };
            let name = rest.split_whitespace().next().unwrap_or_default();
            let table = names
                .iter()
                .find(|(a, _)| a == name)
                .map(|(_, t)| t.as_str())
                .unwrap_or(name);
            // A scan of a covering index is still a walk of the whole table.
            LARGE.contains(&table)
        })
        .collect()
}

#[test]
fn interactive_queries_use_indexes_on_a_generated_file() {
    let (_dir, conn) = generated();
    use livcr::db::remind as r;
    let mut queries: Vec<(&str, &str)> = vec![
        ("remind reviews", r::REVIEWS),
        ("remind --cell reviews", r::REVIEWS_CELL),
        ("remind actions", r::ACTIONS),
        ("remind --cell actions", r::ACTIONS_CELL),
        ("remind meetings", r::MEETINGS),
        ("remind --cell meetings", r::MEETINGS_CELL),
        ("remind referrals", r::REFERRALS),
        ("remind --cell referrals", r::REFERRALS_CELL),
        ("remind forms", r::FORMS),
        ("remind --cell forms", r::FORMS_CELL),
        ("remind purges", r::PURGES),
        ("remind --cell purges", r::PURGES_CELL),
        ("remind reviews summary", r::REVIEWS_SUMMARY),
        ("remind --cell reviews summary", r::REVIEWS_CELL_SUMMARY),
        ("remind actions summary", r::ACTIONS_SUMMARY),
        ("remind --cell actions summary", r::ACTIONS_CELL_SUMMARY),
        ("remind referrals summary", r::REFERRALS_SUMMARY),
        ("remind --cell referrals summary", r::REFERRALS_CELL_SUMMARY),
        ("remind forms summary", r::FORMS_SUMMARY),
        ("remind --cell forms summary", r::FORMS_CELL_SUMMARY),
        ("remind purges summary", r::PURGES_SUMMARY),
        ("remind --cell purges summary", r::PURGES_CELL_SUMMARY),
        ("remind --cell seats", r::SEATS_CELL),
    ];
    queries.push((
        "export monthly journal (db::stats::JOURNAL)",
        livcr::db::stats::JOURNAL,
    ));
    queries.extend_from_slice(COPIED);
    let mut bad = Vec::new();
    for (name, sql) in &queries {
        let scans = full_scans(&conn, sql);
        if !scans.is_empty() {
            bad.push(format!("{name}: {}", scans.join("; ")));
        }
    }
    assert!(
        bad.is_empty(),
        "full scans of large tables:\n{}",
        bad.join("\n")
    );
}

/// A query for one cell is led by an index on the cell: not a walk of every cell's rows that
/// picks out the cell's afterwards (e.g. every draft form of the file, each one's case read to
/// find its cell), which no full scan betrays.
#[test]
fn queries_for_one_cell_are_led_by_the_cell() {
    let (_dir, conn) = generated();
    let queries = [
        (
            "agenda draft: cases with a form pending (db::feedback::pending_cases)",
            livcr::db::feedback::PENDING_CASES,
        ),
        ("remind --cell forms", livcr::db::remind::FORMS_CELL),
        ("remind --cell reviews", livcr::db::remind::REVIEWS_CELL),
        ("export monthly journal", livcr::db::stats::JOURNAL),
    ];
    for (name, sql) in queries {
        let first = plan(&conn, sql)
            .into_iter()
            .find(|d| d.starts_with("SEARCH") || d.starts_with("SCAN"))
            .unwrap();
        assert!(
            first.starts_with("SEARCH") && first.contains("cell_id=?"),
            "{name}: the plan starts with {first:?}"
        );
    }
}

/// A month's (or a year's) journal comes in the order the indexes give it: no temporary B-tree
/// sorts it again.
#[test]
fn the_journal_of_the_figures_is_not_sorted_again() {
    let mut conn = Connection::open_in_memory().unwrap();
    livcr::db::migrate::migrate(&mut conn).unwrap();
    let lines = plan(&conn, livcr::db::stats::JOURNAL);
    assert!(
        !lines.iter().any(|d| d.contains("TEMP B-TREE")),
        "{lines:?}"
    );
}

#[test]
fn the_check_sees_a_full_scan() {
    // The test above can fail: a query without an index is caught.
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch("CREATE TABLE case_event (id INTEGER PRIMARY KEY, text TEXT)")
        .unwrap();
    assert_eq!(
        full_scans(&conn, "SELECT e.id FROM case_event e WHERE e.text = 'x'").len(),
        1
    );
}

#[test]
fn generated_sizes_are_checked() {
    for (args, message) in [
        (vec!["--scale", "0"], "out of range"),
        (vec!["--scale", "100000"], "out of range"),
        (
            vec!["--scale", "2", "--cases-per-cell", "0"],
            "--cases-per-cell 0",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("x.db");
        Command::cargo_bin("livcr")
            .unwrap()
            .env("LIVCR_TODAY", "2026-11-30")
            .arg("--db")
            .arg(&db)
            .arg("demo")
            .args(&args)
            .assert()
            .code(1)
            .stderr(predicates::str::contains(message));
        assert!(!db.exists(), "nothing written for {args:?}");
    }
}

/// The audit row of a command that writes nothing else (a case shown, an export or a document
/// produced) is appended without setting up write tracking: it carries the previous row's sum
/// on, and `audit verify --deep` stays whole before and after a real write.
#[test]
fn audit_only_rows_carry_the_sum_and_keep_the_deep_audit_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("audit.db");
    let livcr = |args: &[&str]| {
        let out = Command::cargo_bin("livcr")
            .unwrap()
            .env("LIVCR_TODAY", "2026-11-30")
            .env("NO_COLOR", "1")
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    livcr(&["demo", "--scale", "2", "--cases-per-cell", "40"]);
    let conn = Connection::open(&db).unwrap();
    let code: String = conn
        .query_row(
            "SELECT code FROM case_file WHERE cell_id = (SELECT id FROM cell WHERE code = 'C001')
               AND status NOT IN ('closed', 'declined') LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let last = |conn: &Connection| -> (i64, String, String) {
        conn.query_row(
            "SELECT id, action, records FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
    };
    let sum = |records: &str| {
        records
            .split_whitespace()
            .find(|t| t.starts_with("sum="))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("no sum in {records:?}"))
    };
    for args in [
        vec!["--cell", "C001", "case", "show", code.as_str()],
        vec!["--cell", "C001", "export", "monthly", "--month", "2026-10"],
        vec!["--cell", "C001", "report", "annual", "--year", "2025"],
    ] {
        let (before, _, records) = last(&conn);
        livcr(&args);
        let (id, action, now) = last(&conn);
        assert_eq!(id, before + 1, "{args:?}");
        assert!(["view", "export", "document"].contains(&action.as_str()));
        // Nothing else was written: the row holds the sum alone, the previous one's.
        assert_eq!(now, sum(&records), "{args:?}");
    }
    let ok = livcr(&["audit", "verify", "--deep"]);
    assert!(ok.contains("records match their audited state"), "{ok}");
    // A real write on top, then a meeting planned and its agenda drafted (a write and a
    // document in one command).
    livcr(&[
        "--cell",
        "C001",
        "case",
        "note",
        code.as_str(),
        "Overleg gepland.",
    ]);
    let (_, action, records) = last(&conn);
    assert_eq!(action, "note");
    assert_ne!(
        records,
        sum(&records),
        "a write lists the records it touched"
    );
    livcr(&["--cell", "C001", "meeting", "plan", "2026-12-21", "14:00"]);
    livcr(&["--cell", "C001", "agenda", "draft", "2026-12-21"]);
    let ok = livcr(&["audit", "verify", "--deep"]);
    assert!(ok.contains("records match their audited state"), "{ok}");
}
