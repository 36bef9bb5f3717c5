//! `livcr case open|list|show|move|note|lead|review|close|reopen`.

use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::cli::{CaseCmd, CaseList, CaseOpen};
use crate::commands::{action, feedback, lookup, referral};
use crate::context::{Ctx, begin};
use crate::db::case::{self as cases, Case, Filter, NewCase, NewEvent};
use crate::db::composition::{self as comp, Cell};
use crate::domain::case::{self as life, AgeBand, CloseReason, MoveTarget, Status};
use crate::domain::casecode;
use crate::domain::dates::parse_span;
use crate::domain::municipality;
use crate::error::{fail, fail_hint};

pub fn run(ctx: &mut Ctx, cmd: CaseCmd) -> Result<u8> {
    match cmd {
        CaseCmd::Open(a) => open(ctx, a),
        CaseCmd::List(a) => list(ctx, a),
        CaseCmd::Show { code } => show(ctx, &code),
        CaseCmd::Move {
            code,
            to,
            decided_by,
            reason,
            on,
        } => move_to(ctx, &code, to, decided_by.as_deref(), reason, on.as_deref()),
        CaseCmd::Note {
            code,
            text,
            file,
            on,
        } => note(ctx, &code, text, file.as_deref(), on.as_deref()),
        CaseCmd::Lead { code, org } => lead(ctx, &code, &org),
        CaseCmd::Review {
            code,
            on,
            next,
            interval,
        } => review(
            ctx,
            &code,
            on.as_deref(),
            next.as_deref(),
            interval.as_deref(),
        ),
        CaseCmd::Close { code, reason, on } => close(ctx, &code, reason, on.as_deref()),
        CaseCmd::Reopen {
            code,
            on,
            decided_by,
        } => reopen(ctx, &code, on.as_deref(), decided_by.as_deref()),
    }
}

use crate::domain::dates::parse_iso;

/// A date typed by the user that may not lie in the future.
fn past_date(ctx: &Ctx, input: Option<&str>, what: &str) -> Result<String> {
    let d = lookup::date_or_today(ctx, input)?;
    if d > lookup::iso(ctx.clock.today) {
        return Err(fail_hint(
            crate::t!("case-date-in-future", what = what, date = d.as_str()),
            crate::t!("case-date-in-future-hint"),
        ));
    }
    Ok(d)
}

/// The event a date may not come before.
#[derive(Clone, Copy)]
enum Since {
    Opened,
    Closed,
}

/// Refuses a date before the case was opened (or closed, `what`).
fn not_before(on: &str, earliest: &str, what: Since) -> Result<()> {
    if on < earliest {
        let message = match what {
            Since::Opened => crate::t!("case-on-before-opened", on = on, earliest = earliest),
            Since::Closed => crate::t!("case-on-before-closed", on = on, earliest = earliest),
        };
        return Err(fail_hint(message, crate::t!("case-on-before-hint")));
    }
    Ok(())
}

/// Is `nis` covered by the cell on `date`?
fn covers(conn: &Connection, cell: &Cell, nis: &str, date: &str) -> Result<bool> {
    Ok(comp::coverage_of_cell(conn, cell.id)?.iter().any(|c| {
        c.nis == nis && c.from_on.as_str() <= date && c.until_on.as_deref().is_none_or(|u| date < u)
    }))
}

/// The hint for a case date outside the cell's coverage of its municipality: the periods that
/// are covered, and for a backlog from before the cell's establishment, how to move it.
fn coverage_hint(
    conn: &Connection,
    cell: &Cell,
    m: &crate::domain::municipality::Municipality,
    on: &str,
) -> Result<String> {
    let periods: Vec<comp::Coverage> = comp::coverage_of_cell(conn, cell.id)?
        .into_iter()
        .filter(|c| c.nis == m.nis)
        .collect();
    if periods.is_empty() {
        return Ok(crate::t!(
            "case-coverage-none-hint",
            cell = cell.code.as_str()
        ));
    }
    let spans: Vec<String> = periods
        .iter()
        .map(|c| match &c.until_on {
            Some(u) => crate::t!(
                "case-coverage-span-until",
                from = c.from_on.as_str(),
                until = u.as_str()
            ),
            None => crate::t!("case-coverage-span-open", from = c.from_on.as_str()),
        })
        .collect();
    let mut hint = crate::t!(
        "case-coverage-covered",
        municipality = m.display_name(),
        periods = spans.join(&crate::t!("case-coverage-and"))
    );
    let began_with_cell = periods
        .iter()
        .map(|c| c.from_on.as_str())
        .min()
        .is_some_and(|first| on < first && first == cell.established_on.as_str());
    if began_with_cell {
        hint = crate::t!(
            "case-coverage-older-hint",
            covered = hint,
            cell = cell.code.as_str()
        );
    }
    Ok(hint)
}

/// Does the cell have an IO on `date`?
pub fn active_io(conn: &Connection, cell: &Cell, date: &str) -> Result<Vec<comp::Seat>> {
    Ok(comp::seats(conn, cell.id, Some(date))?
        .into_iter()
        .filter(|s| s.role == "io")
        .collect())
}

/// One of a vocabulary, chosen from a list on the terminal.
fn choose_one<T: Copy>(what: String, all: &[T], token: impl Fn(T) -> &'static str) -> Result<T> {
    let items: Vec<String> = all.iter().map(|v| token(*v).to_string()).collect();
    Ok(all[crate::prompt::choose(&what, &items)?])
}

/// `case open` on a terminal asks for what is missing, as `cell add` does: the municipality
/// (one of the cell's, or searched by name in any language), the source, the phenomenon, the
/// age band. Off a terminal, or with --no-input, the missing options are an error naming them.
fn ask_missing(ctx: &mut Ctx, a: &mut CaseOpen) -> Result<()> {
    if ctx.interactive() {
        if a.municipality.is_none() {
            let conn = ctx.open()?;
            let cell = lookup::cell(ctx, &conn, None)?;
            let today = lookup::iso(ctx.clock.today);
            let mut own: Vec<String> = comp::coverage_of_cell(&conn, cell.id)?
                .into_iter()
                .filter(|c| c.until_on.as_deref().is_none_or(|u| today.as_str() < u))
                .map(|c| c.nis)
                .collect();
            own.dedup();
            let refs = municipality::reference()?;
            a.municipality = Some(match own.as_slice() {
                [one] => one.clone(),
                [] => crate::prompt::municipality(&crate::t!("case-ask-municipality"))?
                    .nis
                    .to_string(),
                many => {
                    let mut items: Vec<String> = many
                        .iter()
                        .map(|n| {
                            refs.by_nis(n)
                                .map(|m| m.choice_label())
                                .unwrap_or_else(|| n.clone())
                        })
                        .collect();
                    items.push(crate::t!("case-ask-municipality-other"));
                    let i = crate::prompt::choose(&crate::t!("case-ask-municipality"), &items)?;
                    match many.get(i) {
                        Some(n) => n.clone(),
                        None => crate::prompt::municipality(&crate::t!("case-ask-municipality"))?
                            .nis
                            .to_string(),
                    }
                }
            });
        }
        if a.source.is_none() {
            a.source = Some(choose_one(
                crate::t!("case-ask-source"),
                life::Source::ALL,
                life::Source::as_str,
            )?);
        }
        if a.phenomenon.is_none() {
            a.phenomenon = Some(choose_one(
                crate::t!("case-ask-phenomenon"),
                life::Phenomenon::ALL,
                life::Phenomenon::as_str,
            )?);
        }
        if a.age_band.is_none() {
            a.age_band = Some(choose_one(
                crate::t!("case-ask-age-band"),
                AgeBand::ALL,
                AgeBand::as_str,
            )?);
        }
    }
    let missing: Vec<&str> = [
        (a.municipality.is_none(), "--municipality"),
        (a.source.is_none(), "--source"),
        (a.phenomenon.is_none(), "--phenomenon"),
        (a.age_band.is_none(), "--age-band"),
    ]
    .into_iter()
    .filter_map(|(gone, flag)| gone.then_some(flag))
    .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(lookup::missing(&missing))
    }
}

fn open(ctx: &mut Ctx, mut a: CaseOpen) -> Result<u8> {
    ask_missing(ctx, &mut a)?;
    let (Some(muni), Some(source), Some(phenomenon), Some(age_band)) = (
        a.municipality.as_deref(),
        a.source,
        a.phenomenon,
        a.age_band,
    ) else {
        return Err(lookup::missing(&[
            "--municipality, --source, --phenomenon, --age-band", // i18n-ok: machine
        ]));
    };
    let found = municipality::resolve(muni)?;
    if let Some(n) = &found.note {
        ctx.out.note(n)?;
    }
    let m = found.municipality;
    let on = past_date(ctx, a.on.as_deref(), "--on")?;
    let summary = a
        .summary
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let source_org = a
        .source_org
        .as_deref()
        .map(|o| lookup::org(&tx, o))
        .transpose()?;
    // The police reach the cell only through the IO (the bridge to the LTF).
    match (&source_org, source) {
        (Some(o), s) if o.sector == "local_police" && s != life::Source::Io => {
            return Err(fail_hint(
                crate::t!("case-police-through-io", org = o.name.as_str()),
                crate::t!("case-police-through-io-hint"),
            ));
        }
        (Some(o), life::Source::Io) if o.sector != "local_police" => {
            return Err(fail(crate::t!(
                "case-io-source-not-police",
                org = o.name.as_str()
            )));
        }
        _ => {}
    }
    let opened = open_case(
        ctx,
        &tx,
        &cell,
        &NewCaseFacts {
            municipality: m,
            on: &on,
            source,
            source_org_id: source_org.as_ref().map(|o| o.id),
            phenomenon,
            age_band,
            summary: summary.as_deref(),
        },
    )?;
    let (id, code, next) = (opened.id, opened.code, opened.next_review_on);
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "case-opened",
        code = code.as_str(),
        municipality = m.display_name(),
        phenomenon = phenomenon.as_str(),
        age_band = age_band.as_str(),
        next = crate::i18n::human_date_str(&next)
    ))?;
    if age_band.is_minor() {
        ctx.out.warn(&crate::t!("case-opened-minor"))?;
    }
    ctx.out.value(&json!({"code": code, "id": id}), &code)?;
    Ok(0)
}

/// What opening a case needs.
pub struct NewCaseFacts<'a> {
    pub municipality: &'static crate::domain::municipality::Municipality,
    pub on: &'a str,
    pub source: life::Source,
    pub source_org_id: Option<i64>,
    pub phenomenon: life::Phenomenon,
    pub age_band: AgeBand,
    pub summary: Option<&'a str>,
}

/// A case just opened.
pub struct Opened {
    pub id: i64,
    pub code: String,
    pub next_review_on: String,
}

/// Opens a case inside the caller's transaction (`case open`, `referral in --new`): checks
/// coverage and, for source io, the IO; draws a free random code; writes the case, its first
/// journal entry and the audit row.
pub fn open_case(ctx: &Ctx, tx: &Connection, cell: &Cell, f: &NewCaseFacts) -> Result<Opened> {
    let m = f.municipality;
    let on = f.on;
    if !covers(tx, cell, m.nis, on)? {
        return Err(fail_hint(
            crate::t!(
                "case-not-covered",
                municipality = m.display_name(),
                nis = m.nis,
                cell = cell.code.as_str(),
                on = on
            ),
            coverage_hint(tx, cell, m, on)?,
        ));
    }
    if f.source == life::Source::Io && active_io(tx, cell, on)?.is_empty() {
        return Err(fail_hint(
            crate::t!("case-io-source-no-io", cell = cell.code.as_str(), on = on),
            crate::t!("case-io-source-no-io-hint"),
        ));
    }
    let mut code = casecode::generate()?;
    let mut tries = 0;
    while cases::code_exists(tx, code.as_str())? {
        tries += 1;
        if tries > 20 {
            return Err(fail(crate::t!("case-no-free-code")));
        }
        code = casecode::generate()?;
    }
    let next = lookup::iso(life::review_after(parse_iso(on)?, cell.review_weeks));
    let stamp = ctx.clock.stamp();
    let id = cases::insert(
        tx,
        &NewCase {
            code: code.as_str(),
            cell_id: cell.id,
            nis: m.nis,
            opened_on: on,
            source: f.source.as_str(),
            source_org_id: f.source_org_id,
            phenomenon: f.phenomenon.as_str(),
            age_band: f.age_band.as_str(),
            summary: f.summary,
            review_weeks: cell.review_weeks,
            next_review_on: &next,
            created_at: &stamp,
        },
    )?;
    ctx.journal(
        tx,
        &NewEvent {
            case_id: id,
            on_date: on,
            kind: "opened",
            to_status: Some("signal"),
            next_review_on: Some(&next),
            ..Default::default()
        },
    )?;
    ctx.audit(
        tx,
        "open",
        "case",
        code.as_str(),
        &format!(
            // i18n-ok: stored
            "case opened on {on}: municipality {}, source {}, phenomenon {}, age band {}",
            m.nis,
            f.source.as_str(),
            f.phenomenon.as_str(),
            f.age_band.as_str()
        ),
    )?;
    Ok(Opened {
        id,
        code: code.as_str().to_string(),
        next_review_on: next,
    })
}

/// A municipality's name (in its own language), without the NIS code: the `municipality`
/// field beside `municipality_nis`.
pub fn muni_name(nis: &str) -> String {
    crate::domain::municipality::reference()
        .ok()
        .and_then(|r| r.by_nis(nis))
        .map(|m| m.display_name())
        .unwrap_or_default()
}

/// A case's fields as every list, show and export names them: [`CASE_COLUMNS`], in order.
pub fn case_row(c: &Case, today: &str) -> Vec<Value> {
    vec![
        c.code.clone().into(),
        c.status.clone().into(),
        c.nis.clone().into(),
        muni_name(&c.nis).into(),
        c.phenomenon.clone().into(),
        c.age_band.clone().into(),
        Value::Bool(c.is_minor()),
        c.source.clone().into(),
        c.source_org.clone().into(),
        c.lead_org.clone().into(),
        c.opened_on.clone().into(),
        c.next_review_on.clone().into(),
        Value::Bool(c.next_review_on.as_deref().is_some_and(|n| n < today)),
        c.open_actions.into(),
        c.overdue_actions.into(),
        c.closed_on.clone().into(),
        c.close_reason.clone().into(),
    ]
}

pub const CASE_COLUMNS: &[&str] = &[
    "code",
    "status",
    "municipality_nis",
    "municipality",
    "phenomenon",
    "age_band",
    "minor",
    "source",
    "source_org",
    "lead_org",
    "opened_on",
    "next_review_on",
    "review_overdue",
    "open_actions",
    "overdue_actions",
    "closed_on",
    "close_reason",
];

fn list(ctx: &mut Ctx, a: CaseList) -> Result<u8> {
    let nis = match &a.municipality {
        Some(m) => {
            let f = municipality::resolve(m)?;
            if let Some(n) = &f.note {
                ctx.out.note(n)?;
            }
            Some(f.municipality.nis)
        }
        None => None,
    };
    let conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let today = lookup::iso(ctx.clock.today);
    let rows: Vec<Vec<Value>> = cases::list(
        &conn,
        cell.id,
        &today,
        &Filter {
            status: a.status.map(Status::as_str),
            nis,
            phenomenon: a.phenomenon.map(|p| p.as_str()),
            review_by: a.review_due.then_some(today.as_str()),
            minors: a.minors,
            all: a.all,
        },
    )?
    .iter()
    .map(|c| case_row(c, &today))
    .collect();
    ctx.out.list(CASE_COLUMNS, &rows)?;
    Ok(0)
}

fn event_line(e: &cases::Event) -> String {
    let status = match (&e.from_status, &e.to_status) {
        (Some(f), Some(t)) => format!("{f} → {t}"),
        (None, Some(t)) => t.clone(),
        _ => String::new(),
    };
    let mut parts = vec![status];
    if let Some(n) = &e.next_review_on {
        parts.push(crate::t!("case-event-next-review", date = n.as_str()));
    }
    if let Some(by) = &e.decided_by_name {
        parts.push(crate::t!("case-event-decided-by", name = by.as_str()));
    }
    if let Some(t) = &e.text {
        parts.push(t.clone());
    }
    parts.retain(|p| !p.is_empty());
    parts.join("; ")
}

/// The single fields of `case show`, in the order a person reads them: every format writes
/// all of them (the JSON adds the lists: journal, actions, referrals, feedback forms).
const SHOW_FIELDS: &[&str] = &[
    "code",
    "status",
    "municipality",
    "municipality_nis",
    "opened_on",
    "source",
    "source_org",
    "phenomenon",
    "age_band",
    "minor",
    "lead_org",
    "next_review_on",
    "review_overdue",
    "review_weeks",
    "open_actions",
    "overdue_actions",
    "closed_on",
    "close_reason",
    "purge_due_on",
    "summary",
    "id",
];

/// A journal entry as `case show --format json` writes it: the case named by its code under
/// `case`, as every other view names it, not by the file's internal number.
fn journal_entry(e: &cases::Event, code: &str) -> Result<Value> {
    let mut v = serde_json::to_value(e)?;
    if let Value::Object(o) = &mut v {
        o.remove("case_id");
        o.insert("case".into(), code.into());
    }
    Ok(v)
}

fn show(ctx: &mut Ctx, code: &str) -> Result<u8> {
    let mut conn = ctx.open()?;
    let tx = crate::context::begin_audit_only(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let c = lookup::case(ctx, &tx, &cell, code)?;
    let events = cases::events(&tx, c.id)?;
    let actions = cases::actions_of_case(&tx, c.id)?;
    let referrals = crate::db::feedback::referrals(&tx, cell.id, false, None, Some(c.id))?;
    let forms = crate::db::feedback::forms(&tx, cell.id, Some(c.id))?;
    ctx.audit(&tx, "view", "case", &c.code, "case detail viewed")?; // i18n-ok: stored
    let today = lookup::iso(ctx.clock.today);
    let object = |cols: &[&str], row: Vec<Value>| {
        Value::Object(cols.iter().map(|c| (*c).to_string()).zip(row).collect())
    };
    let mut json = object(CASE_COLUMNS, case_row(&c, &today));
    json["id"] = c.id.into();
    json["review_weeks"] = c.review_weeks.into();
    json["purge_due_on"] = c.purge_due_on.clone().into();
    json["summary"] = c.summary.clone().into();
    json["journal"] = events
        .iter()
        .map(|e| journal_entry(e, &c.code))
        .collect::<Result<_>>()?;
    json["actions"] = actions
        .iter()
        .map(|a| object(action::ACTION_COLUMNS, action::row(a, &today)))
        .collect();
    json["referrals"] = referrals
        .iter()
        .map(|r| object(referral::COLUMNS, referral::row(r)))
        .collect();
    let mut form_rows = Vec::new();
    for f in &forms {
        form_rows.push(feedback::row(&tx, f)?);
    }
    json["feedback_forms"] = form_rows
        .iter()
        .map(|r| object(feedback::COLUMNS, r.clone()))
        .collect();
    tx.commit()?;
    // Every format carries the fields of the JSON, in one form: the human table alone marks
    // a minor beside the age band (rule R12); csv and md write `age_band` and `minor` as the
    // lists and exports do.
    let table = ctx.out.format == crate::output::Format::Table;
    let fields: Vec<(&str, Value)> = SHOW_FIELDS
        .iter()
        .map(|k| {
            let v = match (*k, &json[*k]) {
                ("age_band", Value::String(band)) if table && c.is_minor() => {
                    crate::t!("case-show-minor-band", band = band.as_str()).into()
                }
                (_, v) => v.clone(),
            };
            (*k, v)
        })
        .collect();
    let sections = [
        crate::output::Section {
            title: crate::t!("case-section-journal"),
            columns: vec!["on_date", "kind", "detail", "actor"],
            rows: events
                .iter()
                .map(|e| {
                    vec![
                        e.on_date.clone().into(),
                        e.kind.clone().into(),
                        event_line(e).into(),
                        e.actor.clone().into(),
                    ]
                })
                .collect(),
        },
        crate::output::Section {
            title: crate::t!("case-section-actions"),
            columns: vec!["id", "owner_org", "due_on", "done_on", "overdue", "text"],
            rows: actions
                .iter()
                .map(|a| {
                    vec![
                        a.id.into(),
                        a.org.clone().into(),
                        a.due_on.clone().into(),
                        a.done_on.clone().into(),
                        Value::Bool(a.done_on.is_none() && a.due_on < today),
                        a.text.clone().into(),
                    ]
                })
                .collect(),
        },
        crate::output::Section {
            title: crate::t!("case-section-referrals"),
            columns: vec![
                "id",
                "direction",
                "on_date",
                "via_io",
                "reason",
                "status",
                "feedback_on",
            ],
            rows: referrals
                .iter()
                .map(|r| {
                    vec![
                        r.id.into(),
                        r.direction.clone().into(),
                        r.on_date.clone().into(),
                        r.io_name.clone().into(),
                        r.reason.clone().into(),
                        r.status.clone().into(),
                        r.feedback_on.clone().into(),
                    ]
                })
                .collect(),
        },
        crate::output::Section {
            title: crate::t!("case-section-forms"),
            columns: vec!["id", "item", "status", "drafted_on", "sent_on"],
            rows: forms
                .iter()
                .map(|f| {
                    vec![
                        f.id.into(),
                        format!("{}:{}", f.meeting_id, f.item_position).into(),
                        f.status.clone().into(),
                        f.drafted_on.clone().into(),
                        f.sent_on.clone().into(),
                    ]
                })
                .collect(),
        },
    ];
    ctx.out.record(&json, &fields, &sections)?;
    Ok(0)
}

fn status_of(c: &Case) -> Result<Status> {
    Status::parse(&c.status).with_context(|| {
        crate::t!(
            "case-unknown-stored-status",
            status = format!("{:?}", c.status)
        )
    })
}

pub fn move_to(
    ctx: &mut Ctx,
    code: &str,
    to: MoveTarget,
    decided_by: Option<&str>,
    reason: Option<String>,
    on: Option<&str>,
) -> Result<u8> {
    let on = past_date(ctx, on, "--on")?;
    let reason = reason
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let mut c = lookup::case(ctx, &tx, &cell, code)?;
    not_before(&on, &c.opened_on, Since::Opened)?;
    let from = status_of(&c)?;
    let target = to.status();
    if !from.can_move_to(target) {
        let allowed: Vec<Status> = from
            .next()
            .iter()
            .copied()
            .filter(|s| *s != Status::Closed)
            .collect();
        let hint = match (allowed.is_empty(), from.can_move_to(Status::Closed)) {
            (true, true) => crate::t!(
                "case-move-hint-close-only",
                from = crate::i18n::word("case-status", from.as_str())
            ),
            (_, true) => crate::t!(
                "case-move-hint-or-close",
                from = crate::i18n::word("case-status", from.as_str()),
                allowed = life::list(&allowed)
            ),
            _ => crate::t!(
                "case-move-hint",
                from = crate::i18n::word("case-status", from.as_str()),
                allowed = life::list(&allowed)
            ),
        };
        return Err(fail_hint(
            crate::t!(
                "case-cannot-move",
                code = c.code.as_str(),
                from = crate::i18n::word("case-status", from.as_str()),
                to = crate::i18n::word("case-status", target.as_str())
            ),
            hint,
        ));
    }
    let decider = decided_by.map(|d| lookup::member(&tx, d)).transpose()?;
    // Rule R9 (who may put the case on the list) is kept by the journal writer.
    c.status = target.as_str().to_string();
    if target == Status::Declined {
        c.closed_on = Some(on.clone());
        c.next_review_on = None;
        c.purge_due_on = Some(lookup::iso(life::purge_due(
            parse_iso(&on)?,
            u32::try_from(cell.retention_months).unwrap_or(24),
        )));
    }
    cases::update(&tx, &c)?;
    ctx.journal(
        &tx,
        &NewEvent {
            case_id: c.id,
            on_date: &on,
            kind: "status",
            from_status: Some(from.as_str()),
            to_status: Some(target.as_str()),
            decided_by: decider.as_ref().map(|p| p.id),
            text: reason.as_deref(),
            ..Default::default()
        },
    )?;
    ctx.audit(
        &tx,
        "move",
        "case",
        &c.code,
        &format!(
            "status {} -> {} on {on}{}", // i18n-ok: stored
            from.as_str(),
            target.as_str(),
            decider
                .as_ref()
                .map(|p| format!(", decided by member {}", p.id)) // i18n-ok: stored
                .unwrap_or_default()
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "case-moved",
        code = c.code.as_str(),
        from = crate::i18n::word("case-status", from.as_str()),
        to = crate::i18n::word("case-status", target.as_str())
    ))?;
    if let Some(p) = &c.purge_due_on {
        ctx.out.note(&crate::t!(
            "case-declined-purge",
            date = crate::i18n::human_date_str(p)
        ))?;
    }
    Ok(0)
}

fn note(
    ctx: &mut Ctx,
    code: &str,
    text: Option<String>,
    file: Option<&Path>,
    on: Option<&str>,
) -> Result<u8> {
    let on = past_date(ctx, on, "--on")?;
    let text = lookup::text_input(ctx, text, file, &crate::t!("case-field-note"))?;
    // The linter runs before the database is touched: refused text is stored nowhere.
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let c = lookup::case(ctx, &tx, &cell, code)?;
    not_before(&on, &c.opened_on, Since::Opened)?;
    let id = ctx.journal(
        &tx,
        &NewEvent {
            case_id: c.id,
            on_date: &on,
            kind: "note",
            text: Some(&text),
            ..Default::default()
        },
    )?;
    ctx.audit(
        &tx,
        "note",
        "case",
        &c.code,
        &format!(
            "journal note {id} added ({} characters)", // i18n-ok: stored
            text.chars().count()
        ),
    )?;
    tx.commit()?;
    ctx.out
        .done(&crate::t!("case-note-added", code = c.code.as_str()))?;
    Ok(0)
}

fn lead(ctx: &mut Ctx, code: &str, org: &str) -> Result<u8> {
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let mut c = lookup::case(ctx, &tx, &cell, code)?;
    if !status_of(&c)?.is_open() {
        return Err(fail(crate::t!(
            "case-lead-not-open",
            code = c.code.as_str(),
            status = crate::i18n::word("case-status", c.status.as_str())
        )));
    }
    let o = lookup::org(&tx, org)?;
    c.lead_org_id = Some(o.id);
    cases::update(&tx, &c)?;
    let today = lookup::iso(ctx.clock.today);
    ctx.journal(
        &tx,
        &NewEvent {
            case_id: c.id,
            on_date: &today,
            kind: "lead",
            text: Some(&format!("lead organisation: {}", o.name)), // i18n-ok: stored
            ..Default::default()
        },
    )?;
    ctx.audit(
        &tx,
        "lead",
        "case",
        &c.code,
        &format!("lead organisation {}", o.id), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "case-lead-set",
        org = o.name.as_str(),
        code = c.code.as_str()
    ))?;
    Ok(0)
}

pub fn review(
    ctx: &mut Ctx,
    code: &str,
    on: Option<&str>,
    next: Option<&str>,
    interval: Option<&str>,
) -> Result<u8> {
    let on = past_date(ctx, on, "--on")?;
    let on_d = parse_iso(&on)?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let mut c = lookup::case(ctx, &tx, &cell, code)?;
    not_before(&on, &c.opened_on, Since::Opened)?;
    if !status_of(&c)?.is_open() {
        return Err(fail_hint(
            crate::t!(
                "case-review-not-open",
                code = c.code.as_str(),
                status = crate::i18n::word("case-status", c.status.as_str())
            ),
            crate::t!("case-review-not-open-hint"),
        ));
    }
    let next_d = match (next, interval) {
        (Some(n), _) => crate::domain::dates::parse_date(n, on_d)?,
        (None, Some(i)) => parse_span(i)?.add_to(on_d),
        (None, None) => life::review_after(on_d, c.review_weeks),
    };
    if next_d <= on_d {
        return Err(fail_hint(
            crate::t!(
                "case-review-next-not-after",
                next = lookup::iso(next_d),
                on = on.as_str()
            ),
            crate::t!("case-review-next-not-after-hint"),
        ));
    }
    let next_s = lookup::iso(next_d);
    c.next_review_on = Some(next_s.clone());
    cases::update(&tx, &c)?;
    ctx.journal(
        &tx,
        &NewEvent {
            case_id: c.id,
            on_date: &on,
            kind: "review",
            next_review_on: Some(&next_s),
            ..Default::default()
        },
    )?;
    ctx.audit(
        &tx,
        "review",
        "case",
        &c.code,
        &format!("reviewed on {on}, next review {next_s}"), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "case-reviewed",
        code = c.code.as_str(),
        on = on.as_str(),
        next = crate::i18n::human_date_str(&next_s)
    ))?;
    Ok(0)
}

fn close(ctx: &mut Ctx, code: &str, reason: CloseReason, on: Option<&str>) -> Result<u8> {
    let on = past_date(ctx, on, "--on")?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let mut c = lookup::case(ctx, &tx, &cell, code)?;
    let from = status_of(&c)?;
    if !from.can_move_to(Status::Closed) {
        return Err(fail_hint(
            crate::t!(
                "case-cannot-close",
                code = c.code.as_str(),
                status = crate::i18n::word("case-status", from.as_str())
            ),
            match from {
                Status::Signal | Status::Screening => crate::t!("case-cannot-close-hint-decline"),
                _ => crate::t!("case-cannot-close-hint-done"),
            },
        ));
    }
    let purge = close_in(ctx, &tx, &cell, &mut c, reason, &on)?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "case-closed",
        code = c.code.as_str(),
        reason = reason.as_str(),
        purge = crate::i18n::human_date_str(&purge)
    ))?;
    if c.open_actions > 0 {
        ctx.out.warn(&crate::t!(
            "case-closed-open-actions",
            count = c.open_actions
        ))?;
    }
    Ok(0)
}

/// Closes an open case on `on` inside the caller's transaction: the status (closed, or
/// declined for a case never taken on the list), the purge date (R11), a journal entry and an
/// audit row. Returns the purge date. `case close` (after its own checks) and `cell leave
/// --close-open-cases` use it.
pub(crate) fn close_in(
    ctx: &Ctx,
    tx: &Connection,
    cell: &Cell,
    c: &mut Case,
    reason: CloseReason,
    on: &str,
) -> Result<String> {
    not_before(on, &c.opened_on, Since::Opened)?;
    let from = status_of(c)?;
    let to = if from.can_move_to(Status::Closed) {
        Status::Closed
    } else {
        Status::Declined
    };
    let purge = lookup::iso(life::purge_due(
        parse_iso(on)?,
        u32::try_from(cell.retention_months).unwrap_or(24),
    ));
    c.status = to.as_str().to_string();
    c.closed_on = Some(on.to_string());
    c.close_reason = (to == Status::Closed).then(|| reason.as_str().to_string());
    c.purge_due_on = Some(purge.clone());
    c.next_review_on = None;
    cases::update(tx, c)?;
    ctx.journal(
        tx,
        &NewEvent {
            case_id: c.id,
            on_date: on,
            kind: if to == Status::Closed {
                "closed"
            } else {
                "status"
            },
            from_status: Some(from.as_str()),
            to_status: Some(to.as_str()),
            text: Some(&format!("reason: {}", reason.as_str())), // i18n-ok: stored
            ..Default::default()
        },
    )?;
    ctx.audit(
        tx,
        if to == Status::Closed {
            "close"
        } else {
            "move"
        },
        "case",
        &c.code,
        &format!(
            "{} on {on}, reason {}, purge due {purge}", // i18n-ok: stored
            to.as_str(),
            reason.as_str()
        ),
    )?;
    Ok(purge)
}

fn reopen(ctx: &mut Ctx, code: &str, on: Option<&str>, decided_by: Option<&str>) -> Result<u8> {
    let on = past_date(ctx, on, "--on")?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let mut c = lookup::case(ctx, &tx, &cell, code)?;
    let decider = decided_by.map(|d| lookup::member(&tx, d)).transpose()?;
    let from = status_of(&c)?;
    if from.is_open() {
        return Err(fail(crate::t!(
            "case-reopen-not-closed",
            code = c.code.as_str(),
            status = crate::i18n::word("case-status", c.status.as_str())
        )));
    }
    if let Some(closed) = &c.closed_on {
        not_before(&on, closed, Since::Closed)?;
    }
    // Retention (R11) is judged on today by the case writer, never on --on.
    // Back to the status it had before it was closed or declined.
    let events = cases::events(&tx, c.id)?;
    let previous = events
        .iter()
        .rev()
        .find(|e| matches!(e.to_status.as_deref(), Some("closed" | "declined")))
        .and_then(|e| e.from_status.clone())
        .unwrap_or_else(|| "screening".to_string());
    let next = lookup::iso(life::review_after(parse_iso(&on)?, c.review_weeks));
    c.status = previous.clone();
    c.closed_on = None;
    c.close_reason = None;
    c.purge_due_on = None;
    c.next_review_on = Some(next.clone());
    cases::update(&tx, &c)?;
    ctx.journal(
        &tx,
        &NewEvent {
            case_id: c.id,
            on_date: &on,
            kind: "reopened",
            from_status: Some(from.as_str()),
            to_status: Some(&previous),
            next_review_on: Some(&next),
            decided_by: decider.as_ref().map(|p| p.id),
            ..Default::default()
        },
    )?;
    ctx.audit(
        &tx,
        "reopen",
        "case",
        &c.code,
        &format!("reopened on {on} as {previous}, next review {next}"), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "case-reopened",
        code = c.code.as_str(),
        status = crate::i18n::word("case-status", previous.as_str()),
        next = crate::i18n::human_date_str(&next)
    ))?;
    Ok(0)
}
