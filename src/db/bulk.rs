//! A large synthetic file for benchmarks (`livcr demo --scale N`): what ten years of N cells of
//! two municipalities would hold. Cases with their journal, actions and referrals in both
//! directions; monthly meetings (held, a few cancelled, and planned ones in the coming months)
//! with agendas, attendance and decisions; feedback forms in every state with their consents;
//! cases past retention purged, leaving their kept counts and a destruction register; and the
//! audit log the commands would have written for all of it (about ten rows a case, views
//! included), in time order, with a valid hash chain and the audited state of every record, so
//! that `audit verify` and `audit verify --deep` pass.
//!
//! Written straight into the tables in one transaction (the command path would take hours for a
//! national-size file); the content is random but shaped like real use, and the same seed gives
//! the same file.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use anyhow::{Context, Result};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};
use rusqlite::{Connection, Params, params};

use crate::db::{audit, setting};
use crate::domain::casecode;
use crate::domain::dates::iso;
use crate::domain::municipality::reference;
use crate::domain::stats::{ActionFacts, CaseFacts, EventFacts};
use crate::error::fail_hint;

/// What was generated.
#[derive(Debug, Default)]
pub struct Counts {
    pub cells: i64,
    /// Cases opened over the ten years (purged ones included).
    pub cases: i64,
    /// Of those, purged after their retention ended.
    pub purged: i64,
    /// Journal entries left in the file.
    pub events: i64,
    pub actions: i64,
    pub meetings: i64,
    pub planned: i64,
    pub referrals: i64,
    pub forms: i64,
    pub kept_counts: i64,
    pub audit_rows: i64,
    /// Records whose audited state was stored (for `audit verify --deep`).
    pub records: i64,
}

/// What to generate.
pub struct Options<'a> {
    pub cells: usize,
    pub cases_per_cell: usize,
    pub today: NaiveDate,
    /// The command's time stamp: the last audit row's.
    pub at: &'a str,
    /// Draw a progress bar on stderr (a terminal only).
    pub progress: bool,
}

/// Months a closed case is kept (R11). Shorter than the ten generated years, so the oldest
/// closures have been purged.
const RETENTION_MONTHS: u32 = 96;
/// Planned meetings ahead of today.
const PLANNED_AHEAD: usize = 3;

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
const REFERRAL_REASONS: &[&str] = &[
    "preventive_follow_up",
    "social_support",
    "education",
    "employment",
    "mental_health",
    "family_support",
];

/// The most cells the reference data allows: two municipalities each.
pub fn max_cells() -> Result<usize> {
    Ok(reference()?.municipalities.len() / 2)
}

/// Refuses sizes the generator cannot honour (rather than capping them silently).
pub fn check(cells: usize, cases_per_cell: usize) -> Result<()> {
    let max = max_cells()?;
    if cells == 0 || cells > max {
        return Err(fail_hint(
            crate::t!(
                "export-bulk-scale-range",
                scale = cells.to_string(),
                municipalities = reference()?.municipalities.len().to_string(),
                max = max.to_string()
            ),
            crate::t!("export-bulk-scale-range-hint", max = max.to_string()),
        ));
    }
    if cases_per_cell == 0 {
        return Err(fail_hint(
            crate::t!("export-bulk-no-cases"),
            crate::t!("export-bulk-no-cases-hint"),
        ));
    }
    Ok(())
}

/// One audit row waiting for its place in the chain; its texts live in [`Log::text`].
#[derive(Clone, Copy)]
struct LogRow {
    t: i64,
    actor: u32,
    action: &'static str,
    entity: &'static str,
    start: usize,
    id_len: usize,
    sum_len: usize,
}

/// The audit rows of the whole history, sorted by time before they are chained.
#[derive(Default)]
struct Log {
    rows: Vec<LogRow>,
    text: String,
    actors: Vec<String>,
}

impl Log {
    fn push(
        &mut self,
        t: i64,
        actor: u32,
        action: &'static str,
        entity: &'static str,
        id: impl std::fmt::Display,
        summary: std::fmt::Arguments,
    ) {
        let start = self.text.len();
        let _ = write!(self.text, "{id}");
        let id_len = self.text.len() - start;
        let _ = self.text.write_fmt(summary);
        self.rows.push(LogRow {
            t,
            actor,
            action,
            entity,
            start,
            id_len,
            sum_len: self.text.len() - start - id_len,
        });
    }
}

/// Seconds since the epoch of `d` at `secs` past midnight.
fn ts(d: NaiveDate, secs: i64) -> i64 {
    d.and_time(NaiveTime::MIN).and_utc().timestamp() + secs
}

fn stamp(t: i64) -> String {
    DateTime::from_timestamp(t, 0)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

/// The first day of a month on or after `d` (purge runs on the first of each month).
fn first_on_or_after(d: NaiveDate) -> NaiveDate {
    if d.day() == 1 {
        return d;
    }
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

/// A purged case: (id, code, opened, closed, purge due, purged on, events, actions).
type Purged = (
    i64,
    String,
    NaiveDate,
    NaiveDate,
    NaiveDate,
    NaiveDate,
    i64,
    i64,
);

/// One journal entry as generated.
struct Ev {
    on: NaiveDate,
    kind: &'static str,
    from: Option<&'static str>,
    to: Option<&'static str>,
    next: Option<NaiveDate>,
    text: Option<&'static str>,
}

/// A live case, as meetings need it.
struct Live {
    id: i64,
    code: String,
    opened: NaiveDate,
    end: NaiveDate,
    referral_in: Option<i64>,
}

/// A person of the cell.
#[derive(Clone, Copy)]
struct Person {
    id: i64,
    secret_holder: bool,
}

struct CellCtx {
    id: i64,
    nis: [String; 2],
    owners: [i64; 3],
    people: Vec<Person>,
    io_person: i64,
    io_seat: i64,
    actor: u32,
}

struct Gen<'a> {
    tx: &'a Connection,
    rng: SmallRng,
    log: Log,
    n: Counts,
    today: NaiveDate,
    now_t: i64,
    start: NaiveDate,
    codes: HashSet<String>,
}

impl Gen<'_> {
    fn exec<P: Params>(&self, sql: &str, p: P) -> Result<i64> {
        self.tx.prepare_cached(sql)?.execute(p).with_context(|| {
            crate::t!(
                "export-bulk-exec",
                sql = sql.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
            )
        })?;
        Ok(self.tx.last_insert_rowid())
    }

    /// A moment during office hours on `d`, never after the command's own time.
    // i18n-ok-begin: data (the demo's generated records and their stored audit summaries)
    fn at(&mut self, d: NaiveDate) -> i64 {
        let secs = 8 * 3600 + self.rng.random_range(0..9 * 3600);
        ts(d, secs).min(self.now_t - 1)
    }

    fn cell(&mut self, c: usize, m1: (&str, &str), m2: (&str, &str)) -> Result<CellCtx> {
        let code = format!("C{:03}", c + 1);
        let lang = if m1.1 == "wallonia" { "fr" } else { "nl" };
        let start = self.start;
        let actor = self.log.actors.len() as u32;
        self.log
            .actors
            .push(format!("secretariaat.{}", code.to_lowercase()));
        let t0 = ts(start, 9 * 3600 + c as i64);
        let cell_id = self.exec(
            "INSERT INTO cell (code, name, established_on, lang, retention_months, review_weeks, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 12, ?6)",
            params![code, format!("LIVC-R {code}"), iso(start), lang, RETENTION_MONTHS, stamp(t0)],
        )?;
        self.log.push(
            t0,
            actor,
            "add",
            "cell",
            &code,
            format_args!("cell added with 2 municipalities"),
        );
        for m in [m1, m2] {
            self.exec(
                "INSERT INTO cell_municipality (cell_id, nis, from_on) VALUES (?1, ?2, ?3)",
                params![cell_id, m.0, iso(start)],
            )?;
        }
        let mut orgs = Vec::new();
        for (name, sector) in [
            (format!("Gemeente {code}"), "municipality"),
            (format!("Politiezone {code}"), "local_police"),
            (format!("OCMW {code}"), "ocmw"),
            (format!("CAW {code}"), "caw"),
        ] {
            let id = self.exec(
                "INSERT INTO organisation (name, sector, created_at) VALUES (?1, ?2, ?3)",
                params![name, sector, stamp(t0)],
            )?;
            self.log.push(
                t0,
                actor,
                "add",
                "organisation",
                id,
                format_args!("organisation added ({sector})"),
            );
            orgs.push(id);
        }
        let (town, police, ocmw, caw) = (orgs[0], orgs[1], orgs[2], orgs[3]);
        let mut people = Vec::new();
        let (mut io_person, mut io_seat) = (0, 0);
        for (i, (org_id, role, nis)) in [
            (town, "mayor", Some(m1.0)),
            (town, "mayor", Some(m2.0)),
            (police, "io", None),
            (town, "prevention", None),
            (ocmw, "partner", None),
            (caw, "partner", None),
            (town, "secretariat", None),
        ]
        .into_iter()
        .enumerate()
        {
            let secret_holder = i == 4 || i == 5;
            let pid = self.exec(
                "INSERT INTO person (name, email, organisation_id, secret_holder, declaration_signed_on,
                     clearance_confirmed_on, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    format!("Lid {i} {code}"),
                    format!("lid{i}.{}@example.org", code.to_lowercase()),
                    org_id,
                    secret_holder as i64,
                    iso(start),
                    (role == "io").then(|| iso(start)),
                    stamp(t0)
                ],
            )?;
            let seat = self.exec(
                "INSERT INTO membership (cell_id, person_id, role, nis, from_on) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![cell_id, pid, role, nis, iso(start)],
            )?;
            self.log.push(
                t0,
                actor,
                "add",
                "membership",
                seat,
                format_args!("member {pid} seated as {role}"),
            );
            if i == 0 {
                let chair = self.exec(
                    "INSERT INTO membership (cell_id, person_id, role, nis, from_on) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![cell_id, pid, "chair", Option::<String>::None, iso(start)],
                )?;
                self.log.push(
                    t0,
                    actor,
                    "add",
                    "membership",
                    chair,
                    format_args!("member {pid} seated as chair"),
                );
            }
            if role == "io" {
                (io_person, io_seat) = (pid, seat);
            }
            if role != "secretariat" {
                people.push(Person {
                    id: pid,
                    secret_holder,
                });
            }
        }
        Ok(CellCtx {
            id: cell_id,
            nis: [m1.0.to_string(), m2.0.to_string()],
            owners: [town, ocmw, caw],
            people,
            io_person,
            io_seat,
            actor,
        })
    }

    /// One case over its life. Returns it when it is still in the file, and adds the kept
    /// counts of a purged one to `kept`.
    fn case(
        &mut self,
        cell: &CellCtx,
        kept: &mut HashMap<(usize, String, &'static str, String), i64>,
        purged: &mut Vec<Purged>,
    ) -> Result<Option<Live>> {
        let today = self.today;
        let rng = &mut self.rng;
        let mut cc = casecode::generate_with(rng);
        while !self.codes.insert(cc.as_str().to_string()) {
            cc = casecode::generate_with(rng);
        }
        let code = cc.as_str().to_string();
        let opened = self.start + Duration::days(rng.random_range(0..3650));
        let nis_ix = if rng.random_bool(0.6) { 0 } else { 1 };
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
        let source = SOURCES[rng.random_range(0..SOURCES.len())];
        let phenomenon = PHENOMENA[rng.random_range(0..PHENOMENA.len())];
        let age_band = AGES[rng.random_range(0..AGES.len())];
        let reason = (status == "closed").then(|| REASONS[rng.random_range(0..REASONS.len())]);
        let lead = cell.owners[rng.random_range(0..3usize)];
        // The journal follows the status the case reached.
        let mut evs = vec![Ev {
            on: opened,
            kind: "opened",
            from: None,
            to: Some("signal"),
            next: Some(opened + Duration::weeks(12)),
            text: None,
        }];
        let path: &[&'static str] = match status {
            "signal" => &[],
            "screening" => &["screening"],
            "on_list" => &["screening", "on_list"],
            "declined" => &["screening"],
            _ => &["screening", "on_list", "follow_up"],
        };
        let mut from = "signal";
        for (k, to) in path.iter().enumerate() {
            let on = (opened + Duration::days([7, 21, 35][k])).min(end);
            evs.push(Ev {
                on,
                kind: "status",
                from: Some(from),
                to: Some(to),
                next: None,
                text: None,
            });
            from = to;
        }
        let mut reviews = Vec::new();
        if path.len() == 3 {
            let mut r = opened + Duration::weeks(12);
            while r <= end {
                reviews.push(r);
                evs.push(Ev {
                    on: r,
                    kind: "review",
                    from: None,
                    to: None,
                    next: Some(r + Duration::weeks(12)),
                    text: None,
                });
                r += Duration::weeks(12);
            }
            let note = opened + Duration::days(40);
            if note <= end {
                evs.push(Ev {
                    on: note,
                    kind: "note",
                    from: None,
                    to: None,
                    next: None,
                    text: Some("Overleg met de partners; begeleiding loopt."),
                });
            }
        }
        if declined {
            evs.push(Ev {
                on: end,
                kind: "status",
                from: Some(from),
                to: Some("declined"),
                next: None,
                text: Some("buiten opdracht"),
            });
        } else if let Some(cd) = closed_on {
            evs.push(Ev {
                on: cd,
                kind: "closed",
                from: Some(from),
                to: Some("closed"),
                next: None,
                text: Some("reason: goals_reached"),
            });
        }
        evs.sort_by_key(|e| e.on);
        let next_review = (!closed).then(|| {
            let base = reviews.last().copied().unwrap_or(opened) + Duration::weeks(12);
            // A few are overdue.
            if rng.random_bool(0.1) {
                base.min(today - Duration::days(3))
            } else {
                base
            }
        });
        let purge_due = closed_on.map(|d| crate::domain::case::purge_due(d, RETENTION_MONTHS));
        let purged_on = purge_due.map(first_on_or_after).filter(|d| *d <= today);
        let t_open = self.at(opened);
        let case_id = self.exec(
            "INSERT INTO case_file (code, cell_id, nis, opened_on, source, phenomenon, age_band,
                 status, lead_org_id, review_weeks, next_review_on, closed_on, close_reason,
                 purge_due_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 12, ?10, ?11, ?12, ?13, ?14)",
            params![
                code,
                cell.id,
                cell.nis[nis_ix],
                iso(opened),
                source,
                phenomenon,
                age_band,
                status,
                lead,
                next_review.map(iso),
                closed_on.map(iso),
                reason,
                purge_due.map(iso),
                stamp(t_open)
            ],
        )?;
        self.n.cases += 1;
        let actor = cell.actor;
        for e in &evs {
            let t = if e.kind == "opened" {
                t_open
            } else {
                self.at(e.on)
            };
            if purged_on.is_none() {
                self.exec(
                    "INSERT INTO case_event (case_id, on_date, at, kind, from_status, to_status,
                         next_review_on, text, actor)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![
                        case_id,
                        iso(e.on),
                        stamp(t),
                        e.kind,
                        e.from,
                        e.to,
                        e.next.map(iso),
                        e.text,
                        self.log.actors[actor as usize]
                    ],
                )?;
                self.n.events += 1;
            }
            let on = e.on;
            match e.kind {
                "opened" => self.log.push(
                    t,
                    actor,
                    "open",
                    "case",
                    &code,
                    format_args!("case opened on {on} ({phenomenon}, {age_band}, source {source})"),
                ),
                "status" => self.log.push(
                    t,
                    actor,
                    "move",
                    "case",
                    &code,
                    format_args!("{} -> {} on {on}", from_or(e.from), from_or(e.to)),
                ),
                "review" => self.log.push(
                    t,
                    actor,
                    "review",
                    "case",
                    &code,
                    format_args!(
                        "reviewed on {on}, next review {}",
                        e.next.map(iso).unwrap_or_default()
                    ),
                ),
                "note" => self.log.push(
                    t,
                    actor,
                    "note",
                    "case",
                    &code,
                    format_args!("journal note of {on}"),
                ),
                _ => self.log.push(
                    t,
                    actor,
                    "close",
                    "case",
                    &code,
                    format_args!("closed on {on}: {}", reason.unwrap_or("other")),
                ),
            }
        }
        if path.len() == 3 {
            let on = opened + Duration::days(35);
            let t = self.at(on.min(end));
            self.log.push(
                t,
                actor,
                "lead",
                "case",
                &code,
                format_args!("lead organisation {lead}"),
            );
        }
        // Views: the case detail is opened now and then (every `case show` writes a row).
        for _ in 0..self.rng.random_range(0..3u32) {
            let span = (end - opened).num_days().max(1);
            let on = opened + Duration::days(self.rng.random_range(0..span));
            let t = self.at(on);
            self.log.push(
                t,
                actor,
                "view",
                "case",
                &code,
                format_args!("case detail viewed"),
            );
        }
        // Actions once the case is followed up.
        let mut actions = Vec::new();
        if path.len() == 3 {
            for k in 0..3 {
                let created = opened + Duration::days(35 + 20 * k);
                if created > end {
                    continue;
                }
                let due = created + Duration::days(30);
                // Old actions were done; recent ones partly still open.
                let recent = (today - created).num_days() < 120;
                let done = if closed || !recent || self.rng.random_bool(0.7) {
                    Some((due - Duration::days(self.rng.random_range(0..20))).min(today))
                } else {
                    None
                };
                let owner = cell.owners[self.rng.random_range(0..3usize)];
                let t = self.at(created);
                let id = self.exec(
                    "INSERT INTO action (case_id, org_id, text, created_on, due_on, done_on)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        case_id,
                        owner,
                        "Gesprek plannen en aanbod bespreken",
                        iso(created),
                        iso(due),
                        done.map(iso)
                    ],
                )?;
                self.log.push(
                    t,
                    actor,
                    "add",
                    "action",
                    id,
                    format_args!("action for case {code}, owner {owner}, due {due}"),
                );
                if let Some(d) = done {
                    let t = self.at(d);
                    self.log.push(
                        t,
                        actor,
                        "done",
                        "action",
                        id,
                        format_args!("action of case {code} done on {d}"),
                    );
                }
                actions.push(ActionFacts {
                    created_on: created,
                    due_on: due,
                    done_on: done,
                });
            }
        }
        // Referrals through the IO: in for cases the IO brought, out for some followed up.
        let mut referrals = Vec::new();
        let mut referral_in = None;
        if source == "io" {
            let age = (today - opened).num_days();
            let status = if age < 30 {
                if self.rng.random_bool(0.5) {
                    "received"
                } else {
                    "discussed"
                }
            } else if declined {
                "declined"
            } else if closed {
                "closed"
            } else {
                "accepted"
            };
            let expects = self
                .rng
                .random_bool(0.6)
                .then(|| opened + Duration::days(90));
            let feedback = (closed && self.rng.random_bool(0.5)).then_some(end);
            let t = self.at(opened);
            let why = REFERRAL_REASONS[self.rng.random_range(0..REFERRAL_REASONS.len())];
            let id = self.exec(
                "INSERT INTO referral (cell_id, case_id, direction, io_person_id, io_seat_id, on_date,
                     reason, note, expects_feedback_by, status, status_on, feedback_on, created_at)
                 VALUES (?1, ?2, 'in', ?3, ?4, ?5, ?6, NULL, ?7, ?8, ?9, ?10, ?11)",
                params![
                    cell.id,
                    case_id,
                    cell.io_person,
                    cell.io_seat,
                    iso(opened),
                    why,
                    expects.map(iso),
                    status,
                    iso(if status == "received" { opened } else { (opened + Duration::days(14)).min(end) }),
                    feedback.map(iso),
                    stamp(t)
                ],
            )?;
            self.log.push(
                t,
                actor,
                "in",
                "referral",
                id,
                format_args!("inbound referral received on {opened} for case {code}"),
            );
            if status != "received" {
                let on = (opened + Duration::days(14)).min(end);
                let t = self.at(on);
                self.log.push(
                    t,
                    actor,
                    "status",
                    "referral",
                    id,
                    format_args!("referral {status} on {on}"),
                );
            }
            referral_in = Some(id);
            referrals.push((opened, "in".to_string()));
            self.n.referrals += 1;
        } else if path.len() == 3 && self.rng.random_bool(0.08) {
            let on = (opened + Duration::days(60)).min(end);
            let t = self.at(on);
            let why = REFERRAL_REASONS[self.rng.random_range(0..REFERRAL_REASONS.len())];
            let id = self.exec(
                "INSERT INTO referral (cell_id, case_id, direction, io_person_id, io_seat_id, on_date,
                     reason, note, status, status_on, created_at)
                 VALUES (?1, ?2, 'out', ?3, ?4, ?5, ?6, NULL, 'sent', ?5, ?7)",
                params![
                    cell.id,
                    case_id,
                    cell.io_person,
                    cell.io_seat,
                    iso(on),
                    why,
                    stamp(t)
                ],
            )?;
            self.log.push(
                t,
                actor,
                "out",
                "referral",
                id,
                format_args!("outbound referral sent on {on} for case {code}"),
            );
            referrals.push((on, "out".to_string()));
            self.n.referrals += 1;
        }
        self.n.actions += actions.len() as i64;
        let Some(purged_on) = purged_on else {
            return Ok(Some(Live {
                id: case_id,
                code,
                opened,
                end,
                referral_in,
            }));
        };
        // Purged: its figures stay as kept counts, it leaves a line in the destruction register.
        let facts = CaseFacts {
            opened_on: opened,
            source: source.into(),
            phenomenon: phenomenon.into(),
            age_band: age_band.into(),
            review_weeks: 12,
            close_reason: reason.map(str::to_string),
            events: evs
                .iter()
                .map(|e| EventFacts {
                    on: e.on,
                    kind: e.kind.into(),
                    to_status: e.to.map(str::to_string),
                    next_review_on: e.next,
                    close_reason: crate::domain::stats::closure_reason(e.kind, e.text),
                })
                .collect(),
            actions,
            referrals,
            forms_sent: Vec::new(),
        };
        for f in facts.facts(end) {
            *kept
                .entry((nis_ix, f.month, f.measure, f.dimension))
                .or_default() += f.value;
        }
        let t = self.at(purged_on);
        self.log.push(
            t,
            actor,
            "purge",
            "case",
            &code,
            format_args!(
                "purged: {} and {} deleted, retention ended {}",
                crate::domain::text::plural(evs.len(), "journal entry"),
                crate::domain::text::plural(facts.actions.len(), "action"),
                purge_due.map(iso).unwrap_or_default()
            ),
        );
        purged.push((
            case_id,
            code,
            opened,
            end,
            purge_due.unwrap_or(purged_on),
            purged_on,
            evs.len() as i64,
            facts.actions.len() as i64,
        ));
        self.n.purged += 1;
        self.n.actions -= facts.actions.len() as i64;
        self.n.referrals -= facts.referrals.len() as i64;
        Ok(None)
    }

    /// A case open on `d`, if one is found quickly.
    fn open_on(&mut self, live: &[Live], d: NaiveDate, taken: &[usize]) -> Option<usize> {
        if live.is_empty() {
            return None;
        }
        for _ in 0..30 {
            let i = self.rng.random_range(0..live.len());
            if live[i].opened <= d && live[i].end >= d && !taken.contains(&i) {
                return Some(i);
            }
        }
        None
    }

    /// Monthly meetings: held (a few cancelled) up to today, then planned ones.
    fn meetings(&mut self, cell: &CellCtx, live: &[Live]) -> Result<()> {
        let actor = cell.actor;
        let today = self.today;
        let mut ahead = 0;
        for mth in 0.. {
            let d = self.start + Duration::days(30 * mth + 10);
            if d > today {
                ahead += 1;
                if ahead > PLANNED_AHEAD {
                    break;
                }
            }
            let planned_on = d - Duration::days(40);
            let t_plan = self.at(planned_on.min(today));
            let uid = format!("{:032x}@livcr", self.rng.random::<u128>());
            let mid = self.exec(
                "INSERT INTO meeting (cell_id, starts_at, duration_min, kind, status, uid, sequence,
                     created_at, updated_at)
                 VALUES (?1, ?2, 120, 'case', 'planned', ?3, 0, ?4, ?4)",
                params![cell.id, format!("{}T14:00", iso(d)), uid, stamp(t_plan)],
            )?;
            self.n.meetings += 1;
            self.log.push(
                t_plan,
                actor,
                "plan",
                "meeting",
                mid,
                format_args!("meeting planned on {d} at 14:00"),
            );
            if d <= today && self.rng.random_bool(0.03) {
                let t = self.at(d - Duration::days(3));
                self.exec(
                    "UPDATE meeting SET status = 'cancelled', cancel_reason = 'te weinig leden beschikbaar' WHERE id = ?1",
                    params![mid],
                )?;
                self.log.push(
                    t,
                    actor,
                    "cancel",
                    "meeting",
                    mid,
                    format_args!("meeting cancelled"),
                );
                continue;
            }
            if d > today && ahead > 1 {
                // Later planned meetings have no agenda yet (`remind` says so).
                self.n.planned += 1;
                continue;
            }
            // The agenda, drafted a week before.
            let t_draft = self.at((d - Duration::days(7)).min(today));
            let mut taken = Vec::new();
            let mut items = Vec::new();
            for section in ["opening", "reviews", "reviews", "reviews", "policy"].iter() {
                let case = if *section == "reviews" {
                    self.open_on(live, d.min(today), &taken)
                } else {
                    None
                };
                if *section == "reviews" && case.is_none() {
                    continue;
                }
                if let Some(i) = case {
                    taken.push(i);
                }
                let held = d <= today;
                let id = self.exec(
                    "INSERT INTO agenda_item (meeting_id, position, section, case_id, title, drafted,
                         decision_kind, decision_text, decided_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8)",
                    params![
                        mid,
                        items.len() as i64 + 1,
                        section,
                        case.map(|i| live[i].id),
                        (*section == "policy").then_some("Lokaal preventiebeleid: stand van zaken"),
                        (held && case.is_some()).then_some("consensus"),
                        (held && case.is_some()).then_some("Opvolging loopt verder zoals afgesproken."),
                        (held && case.is_some()).then(|| format!("{}T15:00:00Z", iso(d)))
                    ],
                )?;
                items.push((id, case));
            }
            self.log.push(
                t_draft,
                actor,
                "draft",
                "agenda",
                mid,
                format_args!(
                    "agenda drafted for {d}: {}",
                    crate::output::plural(items.len(), "item")
                ),
            );
            if d > today {
                self.n.planned += 1;
                continue;
            }
            // Held: attendance, who took part in the items with a form, decisions, then held.
            let t = self.at(d);
            let mut present = Vec::new();
            for p in &cell.people {
                let here = self.rng.random_bool(0.85);
                self.exec(
                    "INSERT INTO attendance (meeting_id, person_id, status) VALUES (?1, ?2, ?3)",
                    params![mid, p.id, if here { "present" } else { "excused" }],
                )?;
                if here {
                    present.push(*p);
                }
            }
            self.log.push(
                t,
                actor,
                "attend",
                "meeting",
                mid,
                format_args!(
                    "attendance recorded: {} present, {} excused",
                    present.len(),
                    cell.people.len() - present.len()
                ),
            );
            let mut forms = Vec::new();
            for (pos, (item, case)) in items.iter().enumerate() {
                let Some(i) = case else { continue };
                self.log.push(
                    t,
                    actor,
                    "decide",
                    "agenda_item",
                    item,
                    format_args!("meeting {mid} item {}: consensus", pos + 1),
                );
                if self.rng.random_bool(0.1) {
                    for p in &present {
                        self.exec(
                            "INSERT INTO item_participant (item_id, person_id, how, secret_holder)
                             VALUES (?1, ?2, 'present', ?3)",
                            params![item, p.id, p.secret_holder as i64],
                        )?;
                    }
                    forms.push((*item, *i));
                }
            }
            self.exec(
                "UPDATE meeting SET status = 'held', updated_at = ?2 WHERE id = ?1",
                params![mid, stamp(t)],
            )?;
            self.log.push(
                t + 3600,
                actor,
                "close",
                "meeting",
                mid,
                format_args!("meeting held"),
            );
            for (item, i) in forms {
                self.form(cell, &live[i], item, d, &present)?;
            }
        }
        Ok(())
    }

    /// A feedback form for a case discussed on `d`, in the state its age makes likely.
    fn form(
        &mut self,
        cell: &CellCtx,
        case: &Live,
        item: i64,
        d: NaiveDate,
        present: &[Person],
    ) -> Result<()> {
        let actor = cell.actor;
        let today = self.today;
        let drafted = (d + Duration::days(2)).min(today);
        let recent = (today - drafted).num_days() < 30;
        let roll = self.rng.random_range(0..100);
        let status = if recent {
            if roll < 50 { "draft" } else { "approved" }
        } else if roll < 85 {
            "sent"
        } else if roll < 95 {
            "withdrawn"
        } else {
            "draft"
        };
        let t = self.at(drafted);
        let fid = self.exec(
            "INSERT INTO feedback_form (case_id, item_id, text, status, drafted_on, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'draft', ?4, ?5, ?5)",
            params![case.id, item, "De cel volgt de situatie op; een partner neemt de begeleiding op.", iso(drafted), stamp(t)],
        )?;
        self.n.forms += 1;
        let code = &case.code;
        self.log.push(
            t,
            actor,
            "draft",
            "feedback_form",
            fid,
            format_args!("form drafted for case {code}"),
        );
        let answered_on = (drafted + Duration::days(3)).min(today);
        for (k, p) in present.iter().enumerate() {
            // A draft is still collecting answers; a withdrawn form met a refusal.
            if status == "draft" && k % 2 == 1 {
                continue;
            }
            let answer = if status == "withdrawn" && k == 0 {
                "no"
            } else {
                "yes"
            };
            self.exec(
                "INSERT INTO feedback_consent (form_id, person_id, answer, on_date) VALUES (?1, ?2, ?3, ?4)",
                params![fid, p.id, answer, iso(answered_on)],
            )?;
            let t = self.at(answered_on);
            self.log.push(
                t,
                actor,
                "consent",
                "feedback_form",
                fid,
                format_args!("member {} answered {answer} on {answered_on}", p.id),
            );
            if p.secret_holder && status != "draft" && status != "withdrawn" {
                self.exec(
                    "INSERT INTO feedback_confirmation (form_id, person_id, on_date) VALUES (?1, ?2, ?3)",
                    params![fid, p.id, iso(answered_on)],
                )?;
                self.log.push(
                    t,
                    actor,
                    "confirm",
                    "feedback_form",
                    fid,
                    format_args!("member {} confirmed: no professional secret", p.id),
                );
            }
        }
        match status {
            "approved" => {
                self.exec(
                    "UPDATE feedback_form SET status = 'approved' WHERE id = ?1",
                    params![fid],
                )?;
            }
            "withdrawn" => {
                let t = self.at(answered_on);
                self.exec(
                    "UPDATE feedback_form SET status = 'withdrawn', updated_at = ?2 WHERE id = ?1",
                    params![fid, stamp(t)],
                )?;
                self.log.push(
                    t,
                    actor,
                    "withdraw",
                    "feedback_form",
                    fid,
                    format_args!("form withdrawn"),
                );
            }
            "sent" => {
                let sent = (answered_on + Duration::days(2)).min(today);
                let t = self.at(sent);
                let digest = format!(
                    "{:032x}{:032x}",
                    self.rng.random::<u128>(),
                    self.rng.random::<u128>()
                );
                self.exec(
                    "UPDATE feedback_form SET status = 'sent', sent_on = ?2, via_person_id = ?3,
                         referral_id = ?4, updated_at = ?5 WHERE id = ?1",
                    params![fid, iso(sent), cell.io_person, case.referral_in, stamp(t)],
                )?;
                if let Some(r) = case.referral_in {
                    self.exec(
                        "UPDATE referral SET feedback_on = ?2, feedback_form_id = ?3 WHERE id = ?1",
                        params![r, iso(sent), fid],
                    )?;
                }
                self.exec(
                    "INSERT INTO disclosure (cell_id, what, ref, case_code, recipient, on_date, legal_basis,
                         sha256, actor, at)
                     VALUES (?1, 'feedback_form', ?2, ?3, 'LTF via de IO', ?4, ?5, ?6, ?7, ?8)",
                    params![
                        cell.id,
                        fid.to_string(),
                        code,
                        iso(sent),
                        "decreet van 21 mei 2021 (LIVC-R), art. 9",
                        digest,
                        self.log.actors[actor as usize],
                        stamp(t)
                    ],
                )?;
                self.log.push(
                    t,
                    actor,
                    "send",
                    "feedback_form",
                    fid,
                    format_args!("sent via the IO on {sent} for case {code}"),
                );
            }
            _ => {}
        }
        Ok(())
    }
}

// i18n-ok-end
fn from_or(s: Option<&str>) -> &str {
    s.unwrap_or("-")
}

/// Stops this connection's write tracking ([`audit::track_writes`]): the generator records the
/// state of every record once, at the end.
fn untrack(conn: &Connection) -> Result<()> {
    super::tracking::stop(conn)
}

/// Stores the audited state of every tracked record under audit row `audit_id` and returns
/// (records, the SHA-256 of their sorted list), as [`audit::append`] would for a write that
/// touched them all.
fn record_states(conn: &Connection, audit_id: i64) -> Result<(i64, String)> {
    use sha2::{Digest, Sha256};
    let mut count = 0;
    let mut ins = conn
        .prepare("INSERT INTO record_state (tbl, key, hash, audit_id) VALUES (?1, ?2, ?3, ?4)")?;
    for t in audit::tracked_tables(conn)? {
        let (k1, k2) = audit::key_exprs(&t, "");
        let mut stmt = conn.prepare(&format!("SELECT {k1}, {k2}, * FROM main.\"{}\"", t.name))?;
        let columns = stmt.column_count();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let key = audit::record_key(r.get_ref(0)?, r.get_ref(1)?);
            let hash = audit::canonical(&t.name, r, 2, columns - 2)?;
            ins.execute(params![t.name, key, &hash[..], audit_id])?;
            count += 1;
        }
    }
    // The sorted list, read back in key order (the same order as sorting the lines).
    let mut h = Sha256::new();
    let mut stmt = conn.prepare("SELECT tbl, key, hash FROM record_state ORDER BY tbl, key")?;
    let mut rows = stmt.query([])?;
    let mut line = String::new();
    while let Some(r) = rows.next()? {
        line.clear();
        let _ = writeln!(
            line,
            "{}\t{}\t{}",
            r.get_ref(0)?.as_str()?,
            r.get_ref(1)?.as_str()?,
            audit::hex(r.get_ref(2)?.as_blob()?)
        );
        h.update(line.as_bytes());
    }
    let digest = if count == 0 {
        String::new()
    } else {
        audit::hex(&h.finalize())
    };
    Ok((count, digest))
}

/// Fills an empty, migrated database (see the module comment).
pub fn generate(conn: &mut Connection, o: &Options) -> Result<Counts> {
    check(o.cells, o.cases_per_cell)?;
    let refs = reference()?;
    untrack(conn)?;
    conn.set_prepared_statement_cache_capacity(64);
    // A new file nobody has seen: no need to zero freed pages or sync each page.
    conn.execute_batch(
        "PRAGMA secure_delete = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;",
    )?;
    let now_t = NaiveDateTime::parse_from_str(o.at, "%Y-%m-%dT%H:%M:%SZ")
        .map(|d| d.and_utc().timestamp())
        .unwrap_or_else(|_| ts(o.today, 86_399));
    let bar = if o.progress {
        let b = indicatif::ProgressBar::new(o.cells as u64 + 2);
        b.set_style(
            // i18n-ok: machine (the bar's template)
            indicatif::ProgressStyle::with_template("{msg:24} [{bar:40}] {pos}/{len} {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        b.set_message(crate::t!("export-bulk-progress-cells"));
        b
    } else {
        indicatif::ProgressBar::hidden()
    };
    let tx = conn
        .transaction()
        .with_context(|| crate::t!("export-bulk-starting"))?;
    let start = o.today - Duration::days(3650);
    let mut g = Gen {
        tx: &tx,
        rng: SmallRng::seed_from_u64(20_250_101),
        log: Log::default(),
        n: Counts::default(),
        today: o.today,
        now_t,
        start,
        codes: HashSet::new(),
    };
    g.log.actors.push("livcr".into());
    g.log.push(
        ts(start, 8 * 3600),
        0,
        "init",
        "database",
        1,
        format_args!("database created"), // i18n-ok: stored
    );
    for c in 0..o.cells {
        let (m1, m2) = (&refs.municipalities[2 * c], &refs.municipalities[2 * c + 1]);
        let cell = g.cell(c, (m1.nis, m1.region), (m2.nis, m2.region))?;
        let mut kept = HashMap::new();
        let mut purged = Vec::new();
        let mut live = Vec::new();
        for _ in 0..o.cases_per_cell {
            if let Some(l) = g.case(&cell, &mut kept, &mut purged)? {
                live.push(l);
            }
        }
        g.meetings(&cell, &live)?;
        // Purge (R11): the cases go with their journal, actions and referrals (cascade).
        if !purged.is_empty() {
            g.exec(
                "INSERT INTO setting (key, value) VALUES ('purging', '1')",
                [],
            )?;
            for (id, code, opened, closed, due, on, events, actions) in &purged {
                g.exec(
                    "INSERT INTO destruction (cell_id, code, opened_on, closed_on, purge_due_on, purged_on,
                         events_deleted, actions_deleted, actor, at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        cell.id,
                        code,
                        iso(*opened),
                        iso(*closed),
                        iso(*due),
                        iso(*on),
                        events,
                        actions,
                        g.log.actors[cell.actor as usize],
                        stamp(ts(*on, 10 * 3600))
                    ],
                )?;
                g.exec("DELETE FROM case_file WHERE id = ?1", params![id])?;
            }
            g.exec("DELETE FROM setting WHERE key = 'purging'", [])?;
        }
        let mut kept: Vec<_> = kept.into_iter().collect();
        kept.sort();
        for ((nis, month, measure, dimension), value) in kept {
            g.exec(
                "INSERT INTO kept_count (cell_id, nis, month, measure, dimension, value)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![cell.id, cell.nis[nis], month, measure, dimension, value],
            )?;
            g.n.kept_counts += 1;
        }
        g.n.cells += 1;
        bar.inc(1);
    }
    // The audit log: every row in time order, chained.
    bar.set_message(crate::t!("export-bulk-progress-audit-log"));
    let Gen { log, mut n, .. } = g;
    let mut order: Vec<u32> = (0..log.rows.len() as u32).collect();
    order.sort_by_key(|i| log.rows[*i as usize].t);
    let mut prev = audit::GENESIS.to_string();
    let mut id = 0i64;
    {
        let mut ins = tx.prepare(
            "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, summary, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for i in order {
            let r = log.rows[i as usize];
            id += 1;
            let at = stamp(r.t);
            let entity_id = &log.text[r.start..r.start + r.id_len];
            let summary = &log.text[r.start + r.id_len..r.start + r.id_len + r.sum_len];
            let actor = &log.actors[r.actor as usize];
            let e = audit::NewEntry {
                at: &at,
                actor,
                action: r.action,
                entity: r.entity,
                entity_id,
                summary,
            };
            let hash = audit::row_hash(&prev, id, &e, "");
            ins.execute(params![
                id, at, actor, r.action, r.entity, entity_id, summary, prev, hash
            ])?;
            prev = hash;
        }
    }
    drop(log);
    bar.inc(1);
    // The audited state of every record, under the last row (as the first write after an
    // upgrade records them), so that `audit verify --deep` has a baseline.
    bar.set_message(crate::t!("export-bulk-progress-record-states"));
    setting::set(&tx, "demo", "1")?;
    id += 1;
    let (records, digest) = record_states(&tx, id)?;
    n.records = records;
    // As a command's row: the list's digest, then the running sum of every audited record.
    let sum = format!("sum={}", audit::hex(&audit::state_sum(&tx)?));
    let digest = if digest.is_empty() {
        sum
    } else {
        format!("{digest} {sum}")
    };
    let summary = format!(
        // i18n-ok: stored
        "synthetic benchmark file: {} cells, {} cases ({} purged), {} journal entries, {} actions, {} meetings",
        n.cells, n.cases, n.purged, n.events, n.actions, n.meetings
    );
    let e = audit::NewEntry {
        at: o.at,
        actor: "livcr",
        action: "generate",
        entity: "database",
        entity_id: "1",
        summary: &summary,
    };
    let hash = audit::row_hash(&prev, id, &e, &digest);
    tx.execute(
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, summary, prev_hash, hash, records)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![id, o.at, e.actor, e.action, e.entity, e.entity_id, summary, prev, hash, digest],
    )?;
    setting::set(&tx, "audit_head", &format!("{id}:{hash}"))?;
    setting::set(&tx, "record_baseline", &id.to_string())?;
    n.audit_rows = id;
    bar.inc(1);
    bar.set_message(crate::t!("export-bulk-progress-committing"));
    tx.commit()
        .with_context(|| crate::t!("export-bulk-committing"))?;
    // No ANALYZE: livcr never runs it on a file in use, so a generated file has no planner
    // statistics either (and the plans tests see the plans users get). With them, every open
    // also read the sqlite_stat4 samples this build of SQLite keeps: 2 ms per command.
    conn.execute_batch(
        "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;",
    )
    .with_context(|| crate::t!("export-bulk-finishing"))?;
    bar.finish_and_clear();
    Ok(n)
}
