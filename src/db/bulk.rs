//! A large synthetic file for benchmarks (`livcr demo --scale N`): N cells of two
//! municipalities, ten years of cases with their journal and actions, monthly meetings. Written
//! straight into the tables in one transaction (the command path would take hours for a
//! national-size file); the content is random but shaped like real use.

use anyhow::{Context, Result};
use chrono::{Duration, NaiveDate};
use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};
use rusqlite::{Connection, params};

use crate::domain::casecode;
use crate::domain::municipality::reference;

/// What was generated.
#[derive(Debug, Default)]
pub struct Counts {
    pub cells: i64,
    pub cases: i64,
    pub events: i64,
    pub actions: i64,
    pub meetings: i64,
}

use crate::domain::dates::iso;

const PHENOMENA: &[&str] = &[
    "religious",
    "right_wing",
    "left_wing",
    "anti_government",
    "single_issue",
    "mixed",
    "other",
];
const AGES: &[&str] = &["under_12", "12_17", "18_24", "25_plus", "unknown"];
const SOURCES: &[&str] = &[
    "partner",
    "io",
    "municipal_service",
    "citizen_or_family",
    "other",
];
const REASONS: &[&str] = &[
    "goals_reached",
    "moved_away",
    "judicial_track",
    "no_cooperation",
    "outside_remit",
    "other",
];

/// Fills an empty, migrated database with `cells` cells and `cases_per_cell` cases each.
pub fn generate(
    conn: &mut Connection,
    cells: usize,
    cases_per_cell: usize,
    today: NaiveDate,
    at: &str,
) -> Result<Counts> {
    let refs = reference()?;
    let cells = cells.min(refs.municipalities.len() / 2);
    let mut rng = SmallRng::seed_from_u64(20_250_101);
    let mut n = Counts::default();
    let tx = conn.transaction().context("starting the bulk load")?;
    {
        let mut cell_ins = tx.prepare(
            "INSERT INTO cell (code, name, established_on, lang, retention_months, review_weeks, created_at)
             VALUES (?1, ?2, ?3, ?4, 120, 12, ?5)",
        )?;
        let mut cov_ins = tx
            .prepare("INSERT INTO cell_municipality (cell_id, nis, from_on) VALUES (?1, ?2, ?3)")?;
        let mut org_ins =
            tx.prepare("INSERT INTO organisation (name, sector, created_at) VALUES (?1, ?2, ?3)")?;
        let mut person_ins = tx.prepare(
            "INSERT INTO person (name, email, organisation_id, secret_holder, declaration_signed_on,
                 clearance_confirmed_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let mut seat_ins = tx.prepare(
            "INSERT INTO membership (cell_id, person_id, role, nis, from_on) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut case_ins = tx.prepare(
            "INSERT INTO case_file (code, cell_id, nis, opened_on, source, phenomenon, age_band,
                 status, lead_org_id, review_weeks, next_review_on, closed_on, close_reason,
                 purge_due_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 12, ?10, ?11, ?12, ?13, ?14)",
        )?;
        let mut ev_ins = tx.prepare(
            "INSERT INTO case_event (case_id, on_date, at, kind, from_status, to_status,
                 next_review_on, text, actor)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'bulk')",
        )?;
        let mut act_ins = tx.prepare(
            "INSERT INTO action (case_id, org_id, text, created_on, due_on, done_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut meet_ins = tx.prepare(
            "INSERT INTO meeting (cell_id, starts_at, duration_min, kind, status, uid, sequence,
                 created_at, updated_at)
             VALUES (?1, ?2, 120, 'case', ?3, ?4, 0, ?5, ?5)",
        )?;
        let mut held_upd = tx.prepare_cached("UPDATE meeting SET status = 'held' WHERE id = ?1")?;
        let mut item_ins = tx.prepare(
            "INSERT INTO agenda_item (meeting_id, position, section, case_id, drafted)
             VALUES (?1, ?2, ?3, ?4, 1)",
        )?;
        let mut att_ins = tx.prepare(
            "INSERT INTO attendance (meeting_id, person_id, status) VALUES (?1, ?2, ?3)",
        )?;
        let start = today - Duration::days(3650);
        let mut codes = std::collections::HashSet::new();
        for c in 0..cells {
            let code = format!("C{:03}", c + 1);
            let m1 = &refs.municipalities[2 * c];
            let m2 = &refs.municipalities[2 * c + 1];
            let lang = if m1.region == "wallonia" { "fr" } else { "nl" };
            cell_ins.execute(params![
                code,
                format!("LIVC-R {code}"),
                iso(start),
                lang,
                at
            ])?;
            let cell_id = tx.last_insert_rowid();
            for m in [m1, m2] {
                cov_ins.execute(params![cell_id, m.nis, iso(start)])?;
            }
            let mut org = |name: String, sector: &str| -> Result<i64> {
                org_ins.execute(params![name, sector, at])?;
                Ok(tx.last_insert_rowid())
            };
            let town = org(format!("Gemeente {code}"), "municipality")?;
            let police = org(format!("Politiezone {code}"), "local_police")?;
            let ocmw = org(format!("OCMW {code}"), "ocmw")?;
            let caw = org(format!("CAW {code}"), "caw")?;
            let owners = [town, ocmw, caw];
            let mut people = Vec::new();
            for (i, (org_id, role, nis)) in [
                (town, "mayor", Some(m1.nis.as_str())),
                (town, "mayor", Some(m2.nis.as_str())),
                (police, "io", None),
                (town, "prevention", None),
                (ocmw, "partner", None),
                (caw, "partner", None),
            ]
            .into_iter()
            .enumerate()
            {
                person_ins.execute(params![
                    format!("Lid {i} {code}"),
                    format!("lid{i}.{}@example.org", code.to_lowercase()),
                    org_id,
                    (i >= 4) as i64,
                    iso(start),
                    (role == "io").then(|| iso(start)),
                    at
                ])?;
                let pid = tx.last_insert_rowid();
                seat_ins.execute(params![cell_id, pid, role, nis, iso(start)])?;
                if i == 0 {
                    seat_ins.execute(params![
                        cell_id,
                        pid,
                        "chair",
                        Option::<String>::None,
                        iso(start)
                    ])?;
                }
                people.push(pid);
            }
            let mut case_ids = Vec::new();
            for _ in 0..cases_per_cell {
                let mut cc = casecode::generate_with(&mut rng);
                while !codes.insert(cc.as_str().to_string()) {
                    cc = casecode::generate_with(&mut rng);
                }
                let opened = start + Duration::days(rng.random_range(0..3650));
                let nis = if rng.random_bool(0.6) {
                    &m1.nis
                } else {
                    &m2.nis
                };
                let age_days = (today - opened).num_days();
                // Older cases are mostly closed; recent ones spread over the open statuses.
                let closed_after = rng.random_range(30..500);
                let closed = age_days > closed_after && rng.random_bool(0.9);
                let declined = closed && rng.random_bool(0.15);
                let closed_on = closed.then(|| opened + Duration::days(closed_after));
                let status = if declined {
                    "declined"
                } else if closed {
                    "closed"
                } else {
                    [
                        "signal",
                        "screening",
                        "on_list",
                        "follow_up",
                        "follow_up",
                        "follow_up",
                    ][rng.random_range(0..6usize)]
                };
                let end = closed_on.unwrap_or(today);
                // Reviews every 12 weeks until closure.
                let mut reviews = Vec::new();
                let mut r = opened + Duration::weeks(12);
                while r <= end && !declined {
                    reviews.push(r);
                    r += Duration::weeks(12);
                }
                let next_review = (!closed).then(|| {
                    let base = reviews.last().copied().unwrap_or(opened) + Duration::weeks(12);
                    // A few are overdue.
                    if rng.random_bool(0.1) {
                        base.min(today - Duration::days(3))
                    } else {
                        base
                    }
                });
                case_ins.execute(params![
                    cc.as_str(),
                    cell_id,
                    nis,
                    iso(opened),
                    SOURCES[rng.random_range(0..SOURCES.len())],
                    PHENOMENA[rng.random_range(0..PHENOMENA.len())],
                    AGES[rng.random_range(0..AGES.len())],
                    status,
                    owners[rng.random_range(0..3usize)],
                    next_review.map(iso),
                    closed_on.map(iso),
                    (status == "closed").then(|| REASONS[rng.random_range(0..REASONS.len())]),
                    closed_on.map(|d| iso(d + Duration::days(3650))),
                    at
                ])?;
                let case_id = tx.last_insert_rowid();
                case_ids.push(case_id);
                n.cases += 1;
                let mut ev = |on: NaiveDate,
                              kind: &str,
                              from: Option<&str>,
                              to: Option<&str>,
                              next: Option<NaiveDate>,
                              text: Option<&str>|
                 -> Result<()> {
                    ev_ins.execute(params![
                        case_id,
                        iso(on),
                        at,
                        kind,
                        from,
                        to,
                        next.map(iso),
                        text
                    ])?;
                    n.events += 1;
                    Ok(())
                };
                ev(
                    opened,
                    "opened",
                    None,
                    Some("signal"),
                    Some(opened + Duration::weeks(12)),
                    None,
                )?;
                ev(
                    opened + Duration::days(7),
                    "status",
                    Some("signal"),
                    Some("screening"),
                    None,
                    None,
                )?;
                if declined {
                    ev(
                        closed_on.unwrap_or(end),
                        "status",
                        Some("screening"),
                        Some("declined"),
                        None,
                        Some("buiten opdracht"),
                    )?;
                } else {
                    ev(
                        opened + Duration::days(21),
                        "status",
                        Some("screening"),
                        Some("on_list"),
                        None,
                        None,
                    )?;
                    ev(
                        opened + Duration::days(35),
                        "status",
                        Some("on_list"),
                        Some("follow_up"),
                        None,
                        None,
                    )?;
                    for rv in &reviews {
                        ev(
                            *rv,
                            "review",
                            None,
                            None,
                            Some(*rv + Duration::weeks(12)),
                            None,
                        )?;
                    }
                    ev(
                        opened + Duration::days(40),
                        "note",
                        None,
                        None,
                        None,
                        Some("Overleg met de partners; begeleiding loopt."),
                    )?;
                    if let Some(cd) = closed_on {
                        ev(
                            cd,
                            "closed",
                            Some("follow_up"),
                            Some("closed"),
                            None,
                            Some("reason: goals_reached"),
                        )?;
                    }
                }
                for k in 0..3 {
                    let created = opened + Duration::days(35 + 20 * k);
                    if created > today {
                        continue;
                    }
                    let due = created + Duration::days(30);
                    // Old actions were done; recent ones partly still open.
                    let recent = (today - created).num_days() < 120;
                    let done = if closed || !recent || rng.random_bool(0.7) {
                        Some((due - Duration::days(rng.random_range(0..20))).min(today))
                    } else {
                        None
                    };
                    act_ins.execute(params![
                        case_id,
                        owners[rng.random_range(0..3usize)],
                        "Gesprek plannen en aanbod bespreken",
                        iso(created),
                        iso(due),
                        done.map(iso)
                    ])?;
                    n.actions += 1;
                }
            }
            // Monthly meetings over the ten years, and one next month.
            for mth in 0..=120 {
                let d = start + Duration::days(30 * mth + 10);
                let status = if d <= today { "held" } else { "planned" };
                // Planned first, held once its items and attendance are in (migration 6 fixes
                // a held meeting's records).
                meet_ins.execute(params![
                    cell_id,
                    format!("{}T14:00", iso(d)),
                    "planned",
                    format!("{:032x}@livcr", rng.random::<u128>()),
                    at
                ])?;
                let mid = tx.last_insert_rowid();
                n.meetings += 1;
                for (pos, section) in ["opening", "reviews", "reviews", "reviews", "policy"]
                    .iter()
                    .enumerate()
                {
                    let case = (*section == "reviews")
                        .then(|| case_ids[rng.random_range(0..case_ids.len())]);
                    item_ins.execute(params![mid, pos as i64 + 1, section, case])?;
                }
                if status == "held" {
                    // Attendance first: a held meeting's attendance is fixed (migration 6).
                    for p in &people {
                        att_ins.execute(params![
                            mid,
                            p,
                            if rng.random_bool(0.85) {
                                "present"
                            } else {
                                "excused"
                            }
                        ])?;
                    }
                    held_upd.execute(params![mid])?;
                }
            }
            n.cells += 1;
        }
    }
    tx.commit().context("committing the bulk load")?;
    conn.execute_batch("ANALYZE")
        .context("analysing the bulk file")?;
    Ok(n)
}
