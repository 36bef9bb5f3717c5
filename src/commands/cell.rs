//! `livcr cell add|list|show|edit|join|leave|check`.

use anyhow::Result;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::cli::{CellAdd, CellCmd, CellEdit};
use crate::commands::lookup;
use crate::context::{Ctx, begin};
use crate::db::case::NewEvent;
use crate::db::composition::{self as comp, Cell, Coverage, NewCell, Seat};
use crate::domain::Lang;
use crate::domain::case::CloseReason;
use crate::domain::composition::{self as rules, Finding, SeatView};
use crate::domain::municipality::{self, Municipality, is_german_speaking, reference};
use crate::domain::security::security_service;
use crate::error::{fail, fail_hint};
use crate::output::Format;
use crate::prompt;

pub fn run(ctx: &mut Ctx, cmd: CellCmd) -> Result<u8> {
    match cmd {
        CellCmd::Add(args) => add(ctx, args),
        CellCmd::List => list(ctx),
        CellCmd::Show { code, on } => show(ctx, code.as_deref(), on.as_deref()),
        CellCmd::Edit(args) => edit(ctx, args),
        CellCmd::Join {
            code,
            municipality,
            from,
        } => join(ctx, &code, &municipality, from.as_deref()),
        CellCmd::Leave {
            code,
            municipality,
            on,
            transfer_to,
            close_open_cases,
        } => leave(
            ctx,
            &code,
            &municipality,
            on.as_deref(),
            transfer_to.as_deref(),
            close_open_cases,
        ),
        CellCmd::Check { code, on } => check(ctx, code.as_deref(), on.as_deref()),
    }
}

fn valid_code(code: &str) -> Result<String> {
    let upper = code.trim().to_uppercase();
    let ok = (2..=20).contains(&upper.len())
        && upper.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && upper.starts_with(|c: char| c.is_ascii_alphanumeric());
    if ok {
        Ok(upper)
    } else {
        Err(fail_hint(
            crate::t!("comp-cell-code-invalid", code = format!("{code:?}")),
            crate::t!("comp-cell-code-invalid-hint"),
        ))
    }
}

/// Resolves a municipality and prints the merger note, if any.
fn municipality(ctx: &mut Ctx, input: &str) -> Result<&'static Municipality> {
    let found = municipality::resolve(input)?;
    if let Some(note) = &found.note {
        ctx.out.note(note)?;
    }
    Ok(found.municipality)
}

/// Refuses when another cell covers `nis` at some point in [from, until).
fn ensure_free(
    conn: &Connection,
    m: &Municipality,
    from: &str,
    until: Option<&str>,
    this_cell: Option<i64>,
) -> Result<()> {
    let overlapping = comp::coverage_overlapping(conn, m.nis, from, until)?;
    if let Some(c) = overlapping.iter().find(|c| Some(c.cell_id) != this_cell) {
        let message = match &c.until_on {
            Some(until) => crate::t!(
                "comp-covered-by-until",
                municipality = m.display_name(),
                nis = m.nis,
                cell = c.cell_code.as_str(),
                from = c.from_on.as_str(),
                until = until.as_str()
            ),
            None => crate::t!(
                "comp-covered-by",
                municipality = m.display_name(),
                nis = m.nis,
                cell = c.cell_code.as_str(),
                from = c.from_on.as_str()
            ),
        };
        return Err(fail_hint(
            message,
            crate::t!(
                "comp-covered-by-hint",
                cell = c.cell_code.as_str(),
                nis = m.nis
            ),
        ));
    }
    if let Some(c) = overlapping.first() {
        return Err(fail(crate::t!(
            "comp-covered-by-this",
            municipality = m.display_name(),
            nis = m.nis,
            from = c.from_on.as_str()
        )));
    }
    Ok(())
}

fn default_lang(ctx: &mut Ctx, first: &Municipality) -> Result<Lang> {
    Ok(match first.region {
        "wallonia" if is_german_speaking(first.nis) => Lang::De,
        "wallonia" => Lang::Fr,
        "brussels" => {
            ctx.out.note(&crate::t!("comp-brussels-lang-note"))?;
            Lang::Nl
        }
        _ => Lang::Nl,
    })
}

fn add(ctx: &mut Ctx, mut a: CellAdd) -> Result<u8> {
    if ctx.interactive() {
        if a.code.is_none() {
            a.code = Some(prompt::text(&crate::t!("comp-prompt-cell-code"), false)?);
        }
        if a.name.is_none() {
            a.name = Some(prompt::text(&crate::t!("comp-prompt-cell-name"), false)?);
        }
        if a.municipalities.is_empty() {
            loop {
                let m = prompt::municipality(&crate::t!("comp-prompt-cell-municipality"))?;
                a.municipalities.push(m.nis.to_string());
                if !prompt::confirm(&crate::t!("comp-prompt-cell-another"), false)? {
                    break;
                }
            }
        }
    }
    let mut missing = Vec::new();
    if a.code.is_none() {
        missing.push(crate::t!("comp-missing-cell-code"));
    }
    if a.name.is_none() {
        missing.push("--name".to_string());
    }
    if a.municipalities.is_empty() {
        missing.push("--municipality".to_string());
    }
    if !missing.is_empty() {
        let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
        return Err(lookup::missing(&missing));
    }
    let code = valid_code(a.code.as_deref().unwrap_or_default())?;
    let name = a.name.unwrap_or_default().trim().to_string();
    if name.is_empty() {
        return Err(fail(crate::t!("comp-cell-name-empty")));
    }
    if !(1..=240).contains(&a.retention_months) {
        return Err(fail(crate::t!(
            "comp-retention-invalid",
            value = a.retention_months.to_string()
        )));
    }
    if !(1..=104).contains(&a.review_weeks) {
        return Err(fail(crate::t!(
            "comp-review-invalid",
            value = a.review_weeks.to_string()
        )));
    }
    let established = lookup::date_or_today(ctx, a.established.as_deref())?;
    let mut munis: Vec<&Municipality> = Vec::new();
    for input in &a.municipalities {
        let m = municipality(ctx, input)?;
        if munis.iter().any(|x| x.nis == m.nis) {
            return Err(fail(crate::t!(
                "comp-municipality-twice",
                municipality = m.display_name(),
                nis = m.nis
            )));
        }
        munis.push(m);
    }
    let lang = match ctx.lang_flag {
        Some(l) => l,
        None => default_lang(ctx, munis[0])?,
    };
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    if let Some(existing) = comp::cell_by_code(&tx, &code)? {
        return Err(fail_hint(
            crate::t!("comp-cell-exists", code = existing.code),
            crate::t!("comp-cell-exists-hint"),
        ));
    }
    for m in &munis {
        ensure_free(&tx, m, &established, None, None)?;
    }
    let stamp = ctx.clock.stamp();
    let id = comp::insert_cell(
        &tx,
        &NewCell {
            code: &code,
            name: &name,
            established_on: &established,
            lang: lang.as_str(),
            retention_months: a.retention_months,
            review_weeks: a.review_weeks,
            created_at: &stamp,
        },
    )?;
    for m in &munis {
        comp::insert_coverage(&tx, id, m.nis, &established)?;
    }
    let nis: Vec<&str> = munis.iter().map(|m| m.nis).collect();
    ctx.audit(
        &tx,
        "add",
        "cell",
        &code,
        &format!(
            // i18n-ok: stored (the audit log)
            "cell added: municipalities {}, lang {}, retention {}, review {}",
            nis.join(" "),
            lang.as_str(),
            crate::output::plural(usize::try_from(a.retention_months).unwrap_or(0), "month"),
            crate::output::plural(usize::try_from(a.review_weeks).unwrap_or(0), "week")
        ),
    )?;
    tx.commit()?;
    let names = munis
        .iter()
        .map(|m| m.display_name())
        .collect::<Vec<_>>()
        .join(", ");
    ctx.out.done(&if munis.len() > 1 {
        crate::t!(
            "comp-cell-added-joint",
            count = munis.len(),
            code = code.as_str(),
            municipalities = names,
            lang = lang.as_str()
        )
    } else {
        crate::t!(
            "comp-cell-added",
            code = code.as_str(),
            municipalities = names,
            lang = lang.as_str()
        )
    })?;
    ctx.out.value(&json!({"code": code, "id": id}), &code)?;
    Ok(0)
}

fn active_coverage(all: &[Coverage], date: &str) -> Vec<Coverage> {
    all.iter()
        .filter(|c| c.from_on.as_str() <= date && c.until_on.as_deref().is_none_or(|u| date < u))
        .cloned()
        .collect()
}

fn muni_name(nis: &str) -> String {
    reference()
        .ok()
        .and_then(|r| r.by_nis(nis))
        .map(|m| m.display_name())
        .unwrap_or_else(|| nis.to_string())
}

fn list(ctx: &mut Ctx) -> Result<u8> {
    let conn = ctx.open()?;
    let today = lookup::iso(ctx.clock.today);
    let mut rows = Vec::new();
    for c in comp::cells(&conn)? {
        let cov = active_coverage(&comp::coverage_of_cell(&conn, c.id)?, &today);
        let seats = comp::seats(&conn, c.id, Some(&today))?;
        let mut people: Vec<i64> = seats.iter().map(|s| s.person_id).collect();
        people.sort_unstable();
        people.dedup();
        rows.push(vec![
            c.code.clone().into(),
            c.name.clone().into(),
            Value::Bool(cov.len() > 1),
            cov.iter().map(|m| Value::from(m.nis.clone())).collect(),
            cov.iter().map(|m| Value::from(muni_name(&m.nis))).collect(),
            people.len().into(),
            c.lang.clone().into(),
            c.established_on.clone().into(),
        ]);
    }
    ctx.out.list(
        &[
            "code",
            "name",
            "joint",
            "municipality_nis",
            "municipalities",
            "member_count",
            "lang",
            "established_on",
        ],
        &rows,
    )?;
    Ok(0)
}

/// A cell's composition on a date and the verdict of the rules.
pub struct State {
    pub cell: Cell,
    pub date: String,
    pub municipalities: Vec<Coverage>,
    pub seats: Vec<Seat>,
    pub findings: Vec<Finding>,
}

pub fn state(conn: &Connection, cell: Cell, date: &str) -> Result<State> {
    let municipalities = active_coverage(&comp::coverage_of_cell(conn, cell.id)?, date);
    let seats = comp::seats(conn, cell.id, Some(date))?;
    let findings = findings(&municipalities, &seats, date);
    Ok(State {
        cell,
        date: date.to_string(),
        municipalities,
        seats,
        findings,
    })
}

/// The verdict of rules R1-R5 on a cell's municipalities and seats in force on `date`.
pub fn findings(municipalities: &[Coverage], seats: &[Seat], date: &str) -> Vec<Finding> {
    let views: Vec<_> = seats.iter().map(Seat::view).collect();
    findings_of(municipalities, &views, date, security_service)
}

/// The same, from seat views, with the R4 name test given.
pub fn findings_of(
    municipalities: &[Coverage],
    views: &[SeatView],
    date: &str,
    security: impl Fn(&str) -> Option<&'static str>,
) -> Vec<Finding> {
    let pairs: Vec<(String, String)> = municipalities
        .iter()
        .filter(|c| c.from_on.as_str() <= date && c.until_on.as_deref().is_none_or(|u| date < u))
        .map(|c| (c.nis.clone(), muni_name(&c.nis)))
        .collect();
    rules::check(date, &pairs, views, security)
}

/// The findings as rows; the detail in the interface language for a person (table, markdown),
/// in English for a script (json, csv).
fn finding_rows(findings: &[Finding], format: Format) -> Vec<Vec<Value>> {
    let human = matches!(format, Format::Table | Format::Md);
    findings
        .iter()
        .map(|f| {
            vec![
                f.rule.into(),
                f.status.as_str().into(),
                if human { &f.detail.text } else { &f.detail.en }
                    .clone()
                    .into(),
                Value::Array(f.members.iter().map(|m| m.clone().into()).collect()),
            ]
        })
        .collect()
}

fn seat_json(s: &Seat, on: &str) -> Value {
    json!({
        "member_id": s.person_id,
        "seat_id": s.id,
        "name": s.person.name,
        "organisation": s.person.organisation,
        "role": s.role,
        "municipality_nis": s.nis,
        "from_on": s.from_on,
        "until_on": s.until_on,
        "declaration_valid": declaration_valid(s, on),
        "clearance_confirmed_on": s.person.clearance_confirmed_on,
    })
}

fn declaration_valid(s: &Seat, on: &str) -> bool {
    rules::declaration_valid(
        s.person.declaration_signed_on.as_deref(),
        s.person.declaration_valid_until.as_deref(),
        on,
    )
}

fn show(ctx: &mut Ctx, code: Option<&str>, on: Option<&str>) -> Result<u8> {
    let conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, code)?;
    let date = lookup::date_or_today(ctx, on)?;
    let st = state(&conn, cell, &date)?;
    let c = &st.cell;
    let joint = st.municipalities.len() > 1;
    let mut people: Vec<i64> = st.seats.iter().map(|s| s.person_id).collect();
    people.sort_unstable();
    people.dedup();
    let member_count = people.len();
    let json = json!({
        "code": c.code,
        "name": c.name,
        "on": st.date,
        "joint": joint,
        "lang": c.lang,
        "established_on": c.established_on,
        "retention_months": c.retention_months,
        "review_weeks": c.review_weeks,
        "municipality_nis": st.municipalities.iter().map(|m| m.nis.clone()).collect::<Vec<_>>(),
        "municipalities": st.municipalities.iter().map(|m| muni_name(&m.nis)).collect::<Vec<_>>(),
        "member_count": member_count,
        "coverage": st.municipalities.iter().map(|m| json!({
            "municipality_nis": m.nis, "municipality": muni_name(&m.nis),
            "from_on": m.from_on, "until_on": m.until_on,
        })).collect::<Vec<_>>(),
        "members": st.seats.iter().map(|s| seat_json(s, &st.date)).collect::<Vec<_>>(),
        "checks": st.findings,
        "ok": !rules::has_errors(&st.findings),
    });
    let fields = [
        ("code", c.code.clone().into()),
        ("name", c.name.clone().into()),
        ("joint", Value::Bool(joint)),
        ("on", st.date.clone().into()),
        (
            "lang",
            format!(
                "{} ({})",
                c.lang,
                Lang::parse(&c.lang)
                    .map(Lang::cell_term)
                    .unwrap_or("LIVC-R")
            )
            .into(),
        ),
        ("established_on", c.established_on.clone().into()),
        ("retention_months", c.retention_months.into()),
        ("review_weeks", c.review_weeks.into()),
    ];
    let sections = [
        crate::output::Section {
            title: crate::t!("comp-section-municipalities"),
            columns: vec!["municipality_nis", "municipality", "from_on", "until_on"],
            rows: st
                .municipalities
                .iter()
                .map(|m| {
                    vec![
                        m.nis.clone().into(),
                        muni_name(&m.nis).into(),
                        m.from_on.clone().into(),
                        m.until_on.clone().into(),
                    ]
                })
                .collect(),
        },
        crate::output::Section {
            title: crate::t!("comp-section-members-by-role"),
            columns: vec![
                "role",
                "member_id",
                "name",
                "organisation",
                "municipality_nis",
                "from_on",
                "declaration_valid",
            ],
            rows: st
                .seats
                .iter()
                .map(|s| {
                    vec![
                        s.role.clone().into(),
                        s.person_id.into(),
                        s.person.name.clone().into(),
                        s.person.organisation.clone().into(),
                        s.nis.clone().into(),
                        s.from_on.clone().into(),
                        Value::Bool(declaration_valid(s, &st.date)),
                    ]
                })
                .collect(),
        },
        crate::output::Section {
            title: crate::t!("comp-section-rules"),
            columns: vec!["rule", "status", "detail", "members"],
            rows: finding_rows(&st.findings, ctx.out.format),
        },
    ];
    ctx.out.record(&json, &fields, &sections)?;
    Ok(0)
}

fn check(ctx: &mut Ctx, code: Option<&str>, on: Option<&str>) -> Result<u8> {
    let conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, code)?;
    let date = lookup::date_or_today(ctx, on)?;
    let st = state(&conn, cell, &date)?;
    ctx.out.list(
        &["rule", "status", "detail", "members"],
        &finding_rows(&st.findings, ctx.out.format),
    )?;
    let errors: Vec<&str> = st
        .findings
        .iter()
        .filter(|f| f.status == rules::Status::Error)
        .map(|f| f.rule)
        .collect();
    if errors.is_empty() {
        Ok(0)
    } else {
        let mut rules_broken = errors.clone();
        rules_broken.dedup();
        ctx.out.done(&format!(
            "{} {}",
            crate::t!("error-prefix"),
            crate::t!(
                "comp-cell-check-breaks",
                cell = st.cell.code.as_str(),
                rules = rules_broken.join(", "),
                count = rules_broken.len(),
                date = crate::i18n::human_date_str(st.date.as_str())
            )
        ))?;
        Ok(1)
    }
}

fn edit(ctx: &mut Ctx, a: CellEdit) -> Result<u8> {
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let mut cell = lookup::cell(ctx, &tx, Some(&a.code))?;
    let mut changed = Vec::new();
    if let Some(name) = a.name {
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err(fail(crate::t!("comp-name-empty")));
        }
        cell.name = name;
        changed.push("name");
    }
    if let Some(lang) = ctx.lang_flag {
        cell.lang = lang.as_str().to_string();
        changed.push("lang");
    }
    if let Some(d) = a.established {
        cell.established_on = lookup::date(ctx, &d)?;
        changed.push("established_on");
    }
    if let Some(n) = a.retention_months {
        if !(1..=240).contains(&n) {
            return Err(fail(crate::t!(
                "comp-retention-invalid",
                value = n.to_string()
            )));
        }
        cell.retention_months = n.into();
        changed.push("retention_months");
    }
    if let Some(n) = a.review_weeks {
        if !(1..=104).contains(&n) {
            return Err(fail(crate::t!(
                "comp-review-invalid",
                value = n.to_string()
            )));
        }
        cell.review_weeks = n.into();
        changed.push("review_weeks");
    }
    if changed.is_empty() {
        return Err(fail_hint(
            crate::t!("comp-nothing-to-change"),
            crate::t!("comp-cell-nothing-to-change-hint"),
        ));
    }
    let change = comp::update_cell(&tx, &cell)?;
    let today = lookup::iso(ctx.clock.today);
    let due_now = change
        .purge_dates
        .iter()
        .filter(|d| d.as_str() <= today.as_str())
        .count();
    // i18n-ok-begin: stored (the audit log)
    let mut summary = format!("changed {}", changed.join(", "));
    if changed.contains(&"retention_months") {
        summary.push_str(&format!(
            "; {} recomputed, {due_now} due now",
            crate::output::plural(change.purge_dates.len(), "purge date")
        ));
    }
    if change.moved_coverage + change.moved_seats > 0 {
        summary.push_str(&format!(
            "; {} and {} moved to the new establishment date",
            crate::output::plural(change.moved_coverage, "coverage period"),
            crate::output::plural(change.moved_seats, "seat")
        ));
    }
    // i18n-ok-end
    ctx.audit(&tx, "edit", "cell", &cell.code, &summary)?;
    tx.commit()?;
    // Each change with its new value: `established on 2026-01-05`, `retention 1 month`.
    let shown: Vec<String> = changed
        .iter()
        .map(|f| match *f {
            "name" => crate::t!("comp-cell-changed-name", name = cell.name.as_str()),
            "lang" => crate::t!("comp-cell-changed-lang", lang = cell.lang.as_str()),
            "established_on" => crate::t!(
                "comp-cell-changed-established",
                date = cell.established_on.as_str()
            ),
            "retention_months" => {
                crate::t!("comp-cell-changed-retention", count = cell.retention_months)
            }
            "review_weeks" => crate::t!("comp-cell-changed-review", count = cell.review_weeks),
            other => other.replace('_', " "),
        })
        .collect();
    ctx.out.done(&crate::t!(
        "comp-cell-updated",
        cell = cell.code.as_str(),
        changes = shown.join(", ")
    ))?;
    if changed.contains(&"retention_months") {
        ctx.out.note(&crate::t!(
            "comp-cell-retention-note",
            months = cell.retention_months,
            count = change.purge_dates.len(),
            due = due_now
        ))?;
    }
    if change.moved_coverage + change.moved_seats > 0 {
        ctx.out.note(&crate::t!(
            "comp-cell-moved-note",
            periods = change.moved_coverage,
            seats = change.moved_seats,
            date = cell.established_on.as_str()
        ))?;
    }
    Ok(0)
}

fn join(ctx: &mut Ctx, code: &str, input: &str, from: Option<&str>) -> Result<u8> {
    let m = municipality(ctx, input)?;
    let from = lookup::date_or_today(ctx, from)?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, Some(code))?;
    ensure_free(&tx, m, &from, None, Some(cell.id))?;
    comp::insert_coverage(&tx, cell.id, m.nis, &from)?;
    ctx.audit(
        &tx,
        "join",
        "cell",
        &cell.code,
        &format!("municipality {} joined from {from}", m.nis), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "comp-cell-joins",
        municipality = m.display_name(),
        nis = m.nis,
        cell = cell.code.as_str(),
        from = from.as_str()
    ))?;
    ctx.out
        .note(&crate::t!("comp-cell-joins-note", nis = m.nis))?;
    Ok(0)
}

fn leave(
    ctx: &mut Ctx,
    code: &str,
    input: &str,
    on: Option<&str>,
    transfer_to: Option<&str>,
    close_reason: Option<CloseReason>,
) -> Result<u8> {
    let m = municipality(ctx, input)?;
    let on = lookup::date_or_today(ctx, on)?;
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, Some(code))?;
    let all = comp::coverage_of_cell(&tx, cell.id)?;
    let Some(cov) = all.iter().find(|c| {
        c.nis == m.nis
            && c.from_on.as_str() <= on.as_str()
            && c.until_on.as_deref().is_none_or(|u| on.as_str() < u)
    }) else {
        return Err(fail_hint(
            crate::t!(
                "comp-cell-not-covering",
                cell = cell.code.as_str(),
                municipality = m.display_name(),
                nis = m.nis,
                date = on.as_str()
            ),
            crate::t!("comp-cell-not-covering-hint"),
        ));
    };
    // R1 must hold from the leave date on, not only on that day: another municipality must be
    // covered from that day with no end.
    let remaining = all
        .iter()
        .filter(|c| c.id != cov.id && c.until_on.is_none() && c.from_on.as_str() <= on.as_str())
        .count();
    if remaining == 0 {
        return Err(fail_hint(
            crate::t!(
                "comp-cell-last-municipality",
                municipality = m.display_name(),
                nis = m.nis,
                cell = cell.code.as_str()
            ),
            crate::t!("comp-cell-last-municipality-hint"),
        ));
    }
    // R9: the open cases of the municipality move to the cell that covers it next, or close;
    // `end_coverage` refuses while any is left.
    let open = comp::open_case_codes(&tx, cell.id, m.nis)?;
    let today = lookup::iso(ctx.clock.today);
    let mut target = None;
    if let Some(t) = transfer_to
        && !open.is_empty()
    {
        target = Some(take_over(ctx, &tx, &cell, t, m, &on)?);
    }
    if close_reason.is_some() && !open.is_empty() && on.as_str() > today.as_str() {
        return Err(fail_hint(
            crate::t!("comp-close-future", date = on.as_str()),
            crate::t!("comp-close-future-hint"),
        ));
    }
    for code in &open {
        let mut c = lookup::case(ctx, &tx, &cell, code)?;
        if let Some((to, _)) = &target {
            comp::move_case(&tx, c.id, to.id)?;
            ctx.journal(
                &tx,
                &NewEvent {
                    case_id: c.id,
                    on_date: &on,
                    kind: "note",
                    text: Some(&format!(
                        // i18n-ok: stored (the case's journal)
                        "moved from cell {} to cell {}: the municipality changed cells on {on} \
                         (rule R9)",
                        cell.code, to.code
                    )),
                    ..Default::default()
                },
            )?;
            ctx.audit(
                &tx,
                "transfer",
                "case",
                &c.code,
                // i18n-ok: stored (the audit log)
                &format!("moved from cell {} to cell {} on {on}", cell.code, to.code),
            )?;
        } else if let Some(reason) = close_reason {
            crate::commands::case::close_in(ctx, &tx, &cell, &mut c, reason, &on)?;
        }
    }
    comp::end_coverage(&tx, cov.id, &on)?;
    let mut ended = 0;
    // Every mayor seat of that municipality still running on the leave date or starting later
    // ends with the coverage (a seat starting later gets an empty period: it never held).
    for s in comp::seats(&tx, cell.id, None)? {
        if s.role == "mayor"
            && s.nis.as_deref() == Some(m.nis)
            && s.until_on.as_deref().is_none_or(|u| u > on.as_str())
        {
            let until = if s.from_on > on {
                s.from_on.clone()
            } else {
                on.clone()
            };
            comp::end_seat(&tx, s.id, &until)?;
            ended += 1;
        }
    }
    if let Some((to, true)) = &target {
        comp::insert_coverage(&tx, to.id, m.nis, &on)?;
        ctx.audit(
            &tx,
            "join",
            "cell",
            &to.code,
            &format!("municipality {} joined from {on}", m.nis), // i18n-ok: stored
        )?;
    }
    ctx.audit(
        &tx,
        "leave",
        "cell",
        &cell.code,
        // i18n-ok-begin: stored (the audit log)
        &format!(
            "municipality {} left on {on}; {} ended; {} {}",
            m.nis,
            crate::output::plural(ended, "mayor seat"),
            crate::output::plural(open.len(), "open case"),
            match (&target, close_reason) {
                (Some((to, _)), _) => format!("moved to cell {}", to.code),
                (None, Some(r)) => format!("closed, reason {}", r.as_str()),
                _ => "none".to_string(),
            }
        ),
        // i18n-ok-end
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "comp-cell-leaves",
        municipality = m.display_name(),
        nis = m.nis,
        cell = cell.code.as_str(),
        date = on.as_str()
    ))?;
    if ended > 0 {
        ctx.out.note(&crate::t!(
            "comp-cell-leaves-mayor-note",
            date = on.as_str()
        ))?;
    }
    if !open.is_empty() {
        ctx.out.note(&match (&target, close_reason) {
            (Some((to, true)), _) => crate::t!(
                "comp-cell-leaves-moved-joined",
                count = open.len(),
                cell = to.code.as_str(),
                municipality = m.display_name(),
                date = on.as_str(),
                nis = m.nis
            ),
            (Some((to, false)), _) => crate::t!(
                "comp-cell-leaves-moved",
                count = open.len(),
                cell = to.code.as_str()
            ),
            (None, Some(r)) => crate::t!(
                "comp-cell-leaves-closed",
                count = open.len(),
                date = on.as_str(),
                reason = r.as_str()
            ),
            _ => String::new(),
        })?;
    }
    Ok(0)
}

/// The cell that takes over `m` from `on` for `cell leave --transfer-to`, and whether it still
/// has to join (the current cell covers the municipality until then, so it cannot have joined
/// already). Refused, naming what is needed, when that cell cannot cover it from `on` on.
fn take_over(
    ctx: &Ctx,
    tx: &Connection,
    cell: &Cell,
    to: &str,
    m: &Municipality,
    on: &str,
) -> Result<(Cell, bool)> {
    let target = lookup::cell(ctx, tx, Some(to))?;
    // Texts written by this command belong to the cell the municipality leaves (R15).
    crate::db::gate::set_cell_lang(&cell.lang);
    if target.id == cell.id {
        return Err(fail_hint(
            crate::t!("comp-transfer-same-cell", cell = target.code.as_str()),
            crate::t!("comp-transfer-same-cell-hint"),
        ));
    }
    if target.established_on.as_str() > on {
        return Err(fail_hint(
            crate::t!(
                "comp-transfer-not-established",
                cell = target.code.as_str(),
                established = target.established_on.as_str(),
                date = on,
                municipality = m.display_name(),
                nis = m.nis
            ),
            crate::t!(
                "comp-transfer-not-established-hint",
                established = target.established_on.as_str(),
                cell = target.code.as_str()
            ),
        ));
    }
    let later = comp::coverage_overlapping(tx, m.nis, on, None)?;
    if later
        .iter()
        .any(|c| c.cell_id == target.id && c.from_on.as_str() <= on)
    {
        return Ok((target, false));
    }
    if let Some(other) = later.iter().find(|c| c.cell_id != cell.id) {
        return Err(fail_hint(
            crate::t!(
                "comp-transfer-covered",
                municipality = m.display_name(),
                nis = m.nis,
                other = other.cell_code.as_str(),
                from = other.from_on.as_str(),
                cell = target.code.as_str(),
                date = on
            ),
            crate::t!(
                "comp-transfer-covered-hint",
                other = other.cell_code.as_str()
            ),
        ));
    }
    Ok((target, true))
}
