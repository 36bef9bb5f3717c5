//! `livcr demo`: a realistic demo database, built with the same code paths as the real
//! commands, and a tour of what it shows.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};
use serde_json::Value;

use crate::cli::DemoArgs;
use crate::commands::dispatch;
use crate::context::{Ctx, begin};
use crate::db;
use crate::domain::municipality::reference;
use crate::error::fail_hint;
use crate::output::{Format, Out};

/// Where the demo writes when no --db is given.
pub const DEFAULT_DEMO_DB: &str = "livcr-demo.db";

pub fn run(ctx: &mut Ctx, args: &DemoArgs) -> Result<u8> {
    // Only an explicit --db counts: LIVCR_DB and the config point at the real database.
    let path = ctx
        .db_flag
        .clone()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DEMO_DB));
    if let Some(cells) = args.scale {
        return scale(ctx, &path, cells, args.cases_per_cell);
    }
    if path.exists() {
        ensure_is_demo(&path, None)?;
        remove_db_files(&path)?;
    }
    let mut conn = db::create(&path)?;
    {
        let tx = begin(&mut conn)?;
        db::setting::set(&tx, "demo", "1")?;
        // i18n-ok: stored (the audit log)
        ctx.audit(&tx, "init", "database", "1", "demo database created")?;
        tx.commit()?;
    }
    drop(conn);
    ctx.db_path = path.clone();
    build(ctx)?;
    let conn = ctx.open()?;
    tour(ctx, &conn, &path)?;
    Ok(0)
}

/// `demo --scale N`: the synthetic national-size file, encrypted when a key file is given.
fn scale(ctx: &mut Ctx, path: &Path, cells: usize, cases_per_cell: usize) -> Result<u8> {
    // Refuse a size the generator cannot honour before touching any file.
    db::bulk::check(cells, cases_per_cell)?;
    let key = match &ctx.key_file {
        Some((file, _)) => Some(db::file::read_key_file(file)?),
        None => None,
    };
    if path.exists() {
        ensure_is_demo(path, key.as_deref())?;
        remove_db_files(path)?;
    }
    let started = std::time::Instant::now();
    let mut conn = db::create_with(path, key.as_deref())?;
    use std::io::IsTerminal;
    let n = db::bulk::generate(
        &mut conn,
        &db::bulk::Options {
            cells,
            cases_per_cell,
            today: ctx.clock.today,
            at: &ctx.clock.stamp(),
            progress: io::stderr().is_terminal(),
        },
    )?;
    ctx.out.line(&crate::t!(
        "demo-scale-generated",
        path = path.display().to_string(),
        encrypted = if key.is_some() { "yes" } else { "no" },
        seconds = format!("{:.1}", started.elapsed().as_secs_f64()),
        cells = n.cells.to_string(),
        cases = n.cases.to_string(),
        purged = n.purged.to_string(),
        kept = n.kept_counts.to_string(),
        events = n.events.to_string(),
        actions = n.actions.to_string(),
        referrals = n.referrals.to_string(),
        meetings = n.meetings.to_string(),
        planned = n.planned.to_string(),
        forms = n.forms.to_string(),
        audit_rows = n.audit_rows.to_string(),
        records = n.records.to_string()
    ))?;
    Ok(0)
}

// i18n-ok-begin: data (the demo's cases, stored as a user would type them)
/// Cases in every status, actions (some overdue), reviews due this week, one minor.
fn cases(ctx: &mut Ctx, c: &Capture, d: &dyn Fn(i64) -> String) -> Result<()> {
    let open =
        |ctx: &mut Ctx, m: &str, src: &[&str], ph: &str, age: &str, on: i64, summary: &str| {
            let on = d(on);
            let mut args = vec![
                "case",
                "open",
                "--municipality",
                m,
                "--phenomenon",
                ph,
                "--age-band",
                age,
                "--on",
                &on,
                "--summary",
                summary,
            ];
            args.extend_from_slice(src);
            step(ctx, c, &args)
        };
    let go = |ctx: &mut Ctx, code: &str, to: &str, on: i64, by: Option<&str>| {
        let on = d(on);
        let mut args = vec!["case", "move", code, "--to", to, "--on", &on];
        if let Some(by) = by {
            args.extend_from_slice(&["--decided-by", by]);
        }
        step(ctx, c, &args).map(|_| ())
    };
    // A fresh signal from a municipal service.
    open(
        ctx,
        "Kortrijk",
        &["--source", "municipal_service"],
        "anti_government",
        "25_plus",
        5,
        "Medewerker loket meldt herhaalde uitspraken tegen de overheid",
    )?;
    // In screening.
    let s = open(
        ctx,
        "Kuurne",
        &["--source", "partner", "--source-org", "OCMW Kortrijk"],
        "religious",
        "18_24",
        20,
        "Maatschappelijk werker merkt isolement en nieuwe contacten online",
    )?;
    go(ctx, &s, "screening", 14, None)?;
    // Brought in by the IO and put on the case list by the chair.
    let l = open(
        ctx,
        "Kortrijk",
        &["--source", "io"],
        "religious",
        "18_24",
        60,
        "Aanmelding via de IO namens de LTF voor preventieve opvolging",
    )?;
    go(ctx, &l, "screening", 55, None)?;
    go(ctx, &l, "on_list", 40, Some("Els Demeester"))?;
    // A minor in follow-up, led by the CLB, with actions.
    let m = open(
        ctx,
        "Lendelede",
        &["--source", "partner", "--source-org", "CLB Kortrijk"],
        "right_wing",
        "12_17",
        150,
        "Leerling deelt extreemrechtse beelden in de klasgroep",
    )?;
    go(ctx, &m, "screening", 145, None)?;
    go(ctx, &m, "on_list", 130, Some("Hilde Verhaeghe"))?;
    go(ctx, &m, "follow_up", 128, None)?;
    step(ctx, c, &["case", "lead", &m, "--org", "CLB Kortrijk"])?;
    let (r, n) = (d(80), d(-3));
    step(ctx, c, &["case", "review", &m, "--on", &r, "--next", &n])?;
    let (due1, due2) = (d(10), d(-20));
    step(
        ctx,
        c,
        &[
            "action",
            "add",
            &m,
            "--org",
            "CLB Kortrijk",
            "--due",
            &due1,
            "Gesprek met de leerling en de ouders",
            "--on",
            &d(128),
        ],
    )?;
    let done = step(
        ctx,
        c,
        &[
            "action",
            "add",
            &m,
            "--org",
            "Sint-Amandscollege",
            "--due",
            &due1,
            "Afspraken in de klas rond online gedrag",
            "--on",
            &d(128),
        ],
    )?;
    let done_on = d(12);
    step(ctx, c, &["action", "done", &done, "--on", &done_on])?;
    step(
        ctx,
        c,
        &[
            "action",
            "add",
            &m,
            "--org",
            "CAW Zuid-West-Vlaanderen",
            "--due",
            &due2,
            "Aanbod vrijetijdsbegeleiding bespreken",
            "--on",
            &d(30),
        ],
    )?;
    step(
        ctx,
        c,
        &[
            "case",
            "note",
            &m,
            "De school ziet een positieve evolutie sinds het gesprek.",
            "--on",
            &d(30),
        ],
    )?;
    // In follow-up with an overdue review.
    let f = open(
        ctx,
        "Kortrijk",
        &[
            "--source",
            "partner",
            "--source-org",
            "CAW Zuid-West-Vlaanderen",
        ],
        "mixed",
        "25_plus",
        300,
        "Volwassene met complotdenken en conflicten met diensten",
    )?;
    go(ctx, &f, "screening", 295, None)?;
    go(ctx, &f, "on_list", 280, Some("Els Demeester"))?;
    go(ctx, &f, "follow_up", 279, None)?;
    step(
        ctx,
        c,
        &["case", "lead", &f, "--org", "CAW Zuid-West-Vlaanderen"],
    )?;
    let (r, n) = (d(100), d(2));
    step(ctx, c, &["case", "review", &f, "--on", &r, "--next", &n])?;
    step(
        ctx,
        c,
        &[
            "action",
            "add",
            &f,
            "--org",
            "VDAB Kortrijk",
            "--due",
            &d(-30),
            "Traject naar werk opstarten",
            "--on",
            &d(100),
        ],
    )?;
    // Closed: goals reached, regular care continues.
    let k = open(
        ctx,
        "Kuurne",
        &[
            "--source",
            "partner",
            "--source-org",
            "Justitiehuis Kortrijk",
        ],
        "religious",
        "25_plus",
        400,
        "Justitieassistent vraagt afstemming rond re-integratie",
    )?;
    go(ctx, &k, "screening", 395, None)?;
    go(ctx, &k, "on_list", 380, Some("Bart Vanneste"))?;
    go(ctx, &k, "follow_up", 379, None)?;
    step(
        ctx,
        c,
        &[
            "case",
            "close",
            &k,
            "--reason",
            "goals_reached",
            "--on",
            &d(200),
        ],
    )?;
    // Declined: outside the remit, referred to regular care.
    let x = open(
        ctx,
        "Kortrijk",
        &["--source", "citizen_or_family"],
        "single_issue",
        "18_24",
        100,
        "Familielid maakt zich zorgen over radicale uitspraken",
    )?;
    step(
        ctx,
        c,
        &[
            "case",
            "move",
            &x,
            "--to",
            "declined",
            "--on",
            &d(90),
            "--reason",
            "buiten opdracht: doorverwezen naar reguliere hulpverlening",
        ],
    )?;
    // Closed long ago: its retention has ended, so `purge --dry-run` lists it.
    let old = open(
        ctx,
        "Lendelede",
        &["--source", "partner", "--source-org", "OCMW Kortrijk"],
        "left_wing",
        "18_24",
        1000,
        "Oude casus, afgesloten",
    )?;
    go(ctx, &old, "screening", 995, None)?;
    go(ctx, &old, "on_list", 990, Some("Hilde Verhaeghe"))?;
    step(
        ctx,
        c,
        &[
            "case",
            "close",
            &old,
            "--reason",
            "moved_away",
            "--on",
            &d(900),
        ],
    )?;
    Ok(())
}

// i18n-ok-end

/// The agenda item number of a case in a meeting.
fn item_of(ctx: &Ctx, meeting: &str, code: &str) -> Result<String> {
    let conn = ctx.open()?;
    let id: i64 = meeting.parse().unwrap_or(0);
    crate::db::meeting::items(&conn, id)?
        .into_iter()
        .find(|i| i.case_code.as_deref() == Some(code))
        .map(|i| i.position.to_string())
        .ok_or_else(|| {
            anyhow::anyhow!(crate::t!(
                "demo-item-missing",
                code = code,
                meeting = meeting
            ))
        })
}

/// The codes of the demo's open cases, by status.
fn codes(ctx: &Ctx, status: &str, age_band: Option<&str>) -> Result<Vec<String>> {
    let conn = ctx.open()?;
    let cell = crate::commands::lookup::cell(ctx, &conn, None)?;
    let today = crate::commands::lookup::iso(ctx.clock.today);
    Ok(
        crate::db::case::list(&conn, cell.id, &today, &Default::default())?
            .into_iter()
            .filter(|k| k.status == status && age_band.is_none_or(|a| k.age_band == a))
            .map(|k| k.code)
            .collect(),
    )
}

// i18n-ok-begin: data (the demo's meetings, stored as a user would type them)
/// An inbound referral that opened a case, a held meeting with attendance, decisions and
/// minutes, one feedback form sent and one blocked by a missing consent, and an upcoming
/// meeting with a drafted agenda.
fn meetings(ctx: &mut Ctx, c: &Capture, d: &dyn Fn(i64) -> String) -> Result<()> {
    let received = d(21);
    let referred = step(
        ctx,
        c,
        &[
            "referral",
            "in",
            "--received",
            &received,
            "--new",
            "--municipality",
            "Kuurne",
            "--phenomenon",
            "religious",
            "--age-band",
            "18_24",
            "--reason",
            "preventive_follow_up",
            "--expects-feedback-by",
            &d(-30),
            "--note",
            "De LTF vraagt een preventieve opvolging via de IO",
        ],
    )?;
    let referred = referred
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string();
    let referred = if referred.contains('-') {
        referred
    } else {
        codes(ctx, "signal", Some("18_24"))?
            .into_iter()
            .next()
            .unwrap_or_default()
    };
    step(
        ctx,
        c,
        &[
            "case",
            "move",
            &referred,
            "--to",
            "screening",
            "--on",
            &d(18),
        ],
    )?;
    step(
        ctx,
        c,
        &[
            "case",
            "move",
            &referred,
            "--to",
            "on_list",
            "--on",
            &d(16),
            "--decided-by",
            "Bart Vanneste",
        ],
    )?;

    // The meeting of two weeks ago.
    let held = step(
        ctx,
        c,
        &[
            "--yes",
            "meeting",
            "plan",
            &d(14),
            "14:00",
            "--location",
            "Stadhuis Kortrijk, zaal 2",
        ],
    )?;
    step(ctx, c, &["agenda", "draft", &held])?;
    step(
        ctx,
        c,
        &[
            "agenda",
            "add",
            &held,
            "--kind",
            "policy",
            "Nieuw lokaal preventieplan: stand van zaken",
        ],
    )?;
    step(
        ctx,
        c,
        &[
            "meeting",
            "attend",
            &held,
            "--present",
            "Els Demeester,Tom Claeys,Sofie Deleu,Nathalie Desmet,Pieter Vermeulen,An Callens,Karim Benali,Bart Vanneste",
            "--excused",
            "Hilde Verhaeghe",
            "--absent",
            "Joris Maes",
        ],
    )?;
    let minor = codes(ctx, "follow_up", Some("12_17"))?
        .into_iter()
        .next()
        .unwrap_or_default();
    step(
        ctx,
        c,
        &[
            "agenda",
            "add",
            &held,
            "--case",
            &minor,
            "--kind",
            "feedback",
            "Terugkoppeling aan de politie?",
        ],
    )?;
    let item = item_of(ctx, &held, &minor)?;
    step(
        ctx,
        c,
        &[
            "meeting",
            "decide",
            &held,
            &item,
            "--kind",
            "consensus",
            "--text",
            "Begeleiding door het CLB loopt; de school volgt mee op. Terugkoppeling aan de politie via de IO.",
            "--joined",
            "Lies Vandamme",
        ],
    )?;
    let item2 = item_of(ctx, &held, &referred)?;
    step(
        ctx,
        c,
        &[
            "meeting",
            "decide",
            &held,
            &item2,
            "--kind",
            "consensus",
            "--text",
            "Opvolging op maat; het OCMW neemt de lead.",
            "--left",
            "Pieter Vermeulen",
        ],
    )?;
    step(
        ctx,
        c,
        &[
            "case",
            "move",
            &referred,
            "--to",
            "follow_up",
            "--on",
            &d(14),
        ],
    )?;
    step(
        ctx,
        c,
        &["case", "lead", &referred, "--org", "OCMW Kortrijk"],
    )?;
    step(
        ctx,
        c,
        &[
            "action",
            "add",
            &referred,
            "--org",
            "OCMW Kortrijk",
            "--due",
            &d(-14),
            "Kennismakingsgesprek en aanbod begeleiding",
            "--on",
            &d(14),
        ],
    )?;
    step(ctx, c, &["meeting", "close", &held, "--yes"])?;

    // Feedback form 1: everyone consented, the secret-holders confirmed: sent via the IO.
    let sent = step(
        ctx,
        c,
        &[
            "feedback",
            "draft",
            &minor,
            "--item",
            &format!("{held}:{item}"),
            "De cel heeft de situatie besproken. Er loopt een begeleiding op maat; er zijn op dit moment geen bijkomende zorgen die een politionele opvolging vragen.",
        ],
    )?;
    for m in [
        "Els Demeester",
        "Tom Claeys",
        "Sofie Deleu",
        "Nathalie Desmet",
        "Pieter Vermeulen",
        "An Callens",
        "Karim Benali",
        "Bart Vanneste",
        "Lies Vandamme",
    ] {
        step(
            ctx,
            c,
            &[
                "feedback", "consent", &sent, "--member", m, "--answer", "yes",
            ],
        )?;
    }
    for m in ["Nathalie Desmet", "Pieter Vermeulen", "An Callens"] {
        step(ctx, c, &["feedback", "confirm", &sent, "--member", m])?;
    }
    step(ctx, c, &["feedback", "send", &sent])?;
    // Feedback form 2: one participant has not answered yet, so it cannot leave.
    let blocked = step(
        ctx,
        c,
        &[
            "feedback",
            "draft",
            &referred,
            "--item",
            &format!("{held}:{item2}"),
            "De persoon wordt opgevolgd in de cel; het OCMW neemt de lead van de begeleiding.",
        ],
    )?;
    for m in [
        "Els Demeester",
        "Tom Claeys",
        "Sofie Deleu",
        "Nathalie Desmet",
        "An Callens",
        "Karim Benali",
    ] {
        step(
            ctx,
            c,
            &[
                "feedback", "consent", &blocked, "--member", m, "--answer", "yes",
            ],
        )?;
    }
    for m in ["Nathalie Desmet", "An Callens"] {
        step(ctx, c, &["feedback", "confirm", &blocked, "--member", m])?;
    }
    step(
        ctx,
        c,
        &[
            "referral",
            "update",
            "1",
            "--status",
            "accepted",
            "--on",
            &d(14),
        ],
    )?;

    // The next meeting, in a week, with its agenda drafted.
    let next = step(
        ctx,
        c,
        &[
            "meeting",
            "plan",
            &d(-7),
            "14:00",
            "--location",
            "Stadhuis Kortrijk, zaal 2",
        ],
    )?;
    step(ctx, c, &["agenda", "draft", &next])?;
    Ok(())
}

// i18n-ok-end

/// A buffer that collects what a demo step prints on stdout.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if let Ok(mut v) = self.0.lock() {
            v.extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Capture {
    fn take(&self) -> String {
        self.0
            .lock()
            .map(|mut v| {
                String::from_utf8_lossy(&std::mem::take(&mut *v))
                    .trim()
                    .to_string()
            })
            .unwrap_or_default()
    }
}

/// Runs one livcr command line against the demo database, as a user would type it, through
/// the same parsing and validation. Returns what it printed on stdout.
fn step(ctx: &mut Ctx, capture: &Capture, args: &[&str]) -> Result<String> {
    let mut argv = vec!["livcr", "--no-input", "--as", "demo", "--format", "json"];
    argv.extend_from_slice(args);
    let cli = crate::cli::try_parse_from(&argv).map_err(|e| {
        anyhow::anyhow!(crate::t!(
            "demo-step-parse",
            step = format!("{args:?}"),
            error = e.to_string()
        ))
    })?;
    let saved_actor = ctx
        .actor
        .replace(("demo".to_string(), crate::config::Source::Flag("--as")));
    let saved = (ctx.lang_flag, ctx.yes, ctx.no_input);
    ctx.lang_flag = cli.globals.lang;
    ctx.yes = cli.globals.yes;
    ctx.no_input = true;
    let result = dispatch(ctx, cli.command);
    ctx.actor = saved_actor;
    (ctx.lang_flag, ctx.yes, ctx.no_input) = saved;
    let code = result.with_context(|| crate::t!("demo-step", step = args.join(" ")))?;
    if code != 0 {
        anyhow::bail!(crate::t!(
            "demo-step-exited",
            step = args.join(" "),
            code = code.to_string()
        ));
    }
    let out = capture.take();
    // Commands print `{"id": ...}`-like objects in JSON mode; hand back the bare value.
    Ok(match serde_json::from_str::<Value>(&out) {
        Ok(Value::Object(map)) => map
            .values()
            .next()
            .map(crate::output::cell_text)
            .unwrap_or_default(),
        _ => out,
    })
}

/// The demo's content: a joint cell of the three municipalities of police zone Vlas, its
/// members and partners. Names are invented.
fn build(ctx: &mut Ctx) -> Result<()> {
    let capture = Capture::default();
    let real_out = std::mem::replace(
        &mut ctx.out,
        Out::to_writers(
            Format::Json,
            Box::new(capture.clone()),
            Box::new(io::sink()),
        ),
    );
    let result = build_steps(ctx, &capture);
    ctx.out = real_out;
    result
}

// i18n-ok-begin: data (the demo's cell and members, stored as a user would type them)
fn build_steps(ctx: &mut Ctx, c: &Capture) -> Result<()> {
    let today = ctx.clock.today;
    let d = move |days: i64| {
        (today - chrono::Duration::days(days))
            .format("%Y-%m-%d")
            .to_string()
    };
    let established = d(3 * 365);
    step(
        ctx,
        c,
        &[
            "cell",
            "add",
            "VLAS",
            "--name",
            "LIVC-R Kortrijk-Kuurne-Lendelede",
            "--municipality",
            "Kortrijk",
            "--municipality",
            "Kuurne",
            "--municipality",
            "Lendelede",
            "--established",
            &established,
        ],
    )?;
    for (name, sector, basis) in [
        ("Stad Kortrijk", "municipality", None),
        ("Gemeente Kuurne", "municipality", None),
        ("Gemeente Lendelede", "municipality", None),
        ("Politiezone Vlas", "local_police", None),
        ("OCMW Kortrijk", "ocmw", None),
        (
            "CAW Zuid-West-Vlaanderen",
            "caw",
            Some("decreet van 21 mei 2021 (LIVC-R), art. 4"),
        ),
        (
            "CLB Kortrijk",
            "clb",
            Some("decreet van 21 mei 2021 (LIVC-R), art. 4"),
        ),
        (
            "VDAB Kortrijk",
            "employment",
            Some("decreet van 21 mei 2021 (LIVC-R), art. 4"),
        ),
        (
            "Sint-Amandscollege",
            "school",
            Some("decreet van 21 mei 2021 (LIVC-R), art. 4"),
        ),
        (
            "Justitiehuis Kortrijk",
            "justice_house",
            Some("decreet van 21 mei 2021 (LIVC-R), art. 4"),
        ),
    ] {
        let mut args = vec!["org", "add", name, "--sector", sector];
        if let Some(b) = basis {
            args.extend_from_slice(&["--legal-basis", b]);
        }
        step(ctx, c, &args)?;
    }
    let from = established.as_str();
    let seats: &[(&str, &str, &str, &[&str])] = &[
        (
            "Els Demeester",
            "Stad Kortrijk",
            "els.demeester@kortrijk.example",
            &["--role", "mayor", "--municipality", "Kortrijk"],
        ),
        (
            "Els Demeester",
            "Stad Kortrijk",
            "els.demeester@kortrijk.example",
            &["--role", "chair"],
        ),
        (
            "Bart Vanneste",
            "Gemeente Kuurne",
            "burgemeester@kuurne.example",
            &["--role", "mayor", "--municipality", "Kuurne"],
        ),
        (
            "Hilde Verhaeghe",
            "Gemeente Lendelede",
            "burgemeester@lendelede.example",
            &["--role", "mayor", "--municipality", "Lendelede"],
        ),
        (
            "Inspecteur Tom Claeys",
            "Politiezone Vlas",
            "io@pzvlas.example",
            &["--role", "io"],
        ),
        (
            "Sofie Deleu",
            "Stad Kortrijk",
            "preventie@kortrijk.example",
            &["--role", "prevention"],
        ),
        (
            "Karim Benali",
            "Stad Kortrijk",
            "secretariaat.livcr@kortrijk.example",
            &["--role", "secretariat"],
        ),
        (
            "Nathalie Desmet",
            "OCMW Kortrijk",
            "n.desmet@ocmw.example",
            &[
                "--role",
                "partner",
                "--invited-by",
                "Els Demeester",
                "--secret-holder",
            ],
        ),
        (
            "Pieter Vermeulen",
            "CAW Zuid-West-Vlaanderen",
            "p.vermeulen@caw.example",
            &[
                "--role",
                "partner",
                "--invited-by",
                "Els Demeester",
                "--secret-holder",
            ],
        ),
        (
            "An Callens",
            "CLB Kortrijk",
            "a.callens@clb.example",
            &[
                "--role",
                "partner",
                "--invited-by",
                "Els Demeester",
                "--secret-holder",
            ],
        ),
        (
            "Joris Maes",
            "VDAB Kortrijk",
            "j.maes@vdab.example",
            &["--role", "partner", "--invited-by", "Bart Vanneste"],
        ),
        (
            "Lies Vandamme",
            "Sint-Amandscollege",
            "l.vandamme@school.example",
            &["--role", "ad_hoc", "--invited-by", "Els Demeester"],
        ),
        (
            "Koen Dewitte",
            "Justitiehuis Kortrijk",
            "k.dewitte@justitie.example",
            &[
                "--role",
                "partner",
                "--invited-by",
                "Hilde Verhaeghe",
                "--secret-holder",
            ],
        ),
    ];
    for (name, org, email, extra) in seats {
        let mut args = vec![
            "member", "add", name, "--org", org, "--email", email, "--from", from,
        ];
        args.extend_from_slice(extra);
        step(ctx, c, &args)?;
    }
    step(
        ctx,
        c,
        &[
            "member",
            "clearance",
            "io@pzvlas.example",
            "--confirmed",
            &d(2 * 365),
        ],
    )?;
    for (_, _, email, _) in seats {
        step(ctx, c, &["member", "declare", email, "--signed", from])?;
    }
    // Left in on purpose: an expired declaration, so `cell check` shows a rule R5 warning.
    step(
        ctx,
        c,
        &[
            "member",
            "declare",
            "j.maes@vdab.example",
            "--signed",
            from,
            "--valid-until",
            &d(30),
        ],
    )?;
    cases(ctx, c, &d)?;
    meetings(ctx, c, &d)?;
    Ok(())
}

// i18n-ok-end

fn ensure_is_demo(path: &Path, key: Option<&str>) -> Result<()> {
    let refuse = || {
        fail_hint(
            crate::t!("demo-not-demo", path = path.display().to_string()),
            crate::t!("demo-not-demo-hint"),
        )
    };
    // Only a livcr file this livcr knows (its application id, a schema not newer) can be a
    // demo file; anything else is left as it is.
    match db::file::sniff(path)? {
        db::file::Found::Plain {
            app_id,
            user_version,
        } if app_id == db::file::APPLICATION_ID && user_version <= db::migrate::LATEST => {}
        db::file::Found::Opaque { text: false, .. } if key.is_some() => {}
        _ => return Err(refuse()),
    }
    let conn = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|_| refuse())?;
    if let Some(k) = key.filter(|_| db::is_encrypted(path).unwrap_or(false)) {
        db::file::apply_key(&conn, path, k).map_err(|_| refuse())?;
    }
    let known = db::restore::identity(&conn).is_ok_and(|(app, version)| {
        app == db::file::APPLICATION_ID && version <= db::migrate::LATEST
    });
    let is_demo = known && db::setting::get(&conn, "demo").ok().flatten().as_deref() == Some("1");
    drop(conn);
    if is_demo { Ok(()) } else { Err(refuse()) }
}

fn remove_db_files(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = PathBuf::from(p);
        if p.exists() {
            std::fs::remove_file(&p).with_context(|| {
                crate::t!("demo-cannot-replace", path = p.display().to_string())
            })?;
        }
    }
    Ok(())
}

fn heading(ctx: &mut Ctx, title: &str) -> Result<()> {
    ctx.out.line(&format!("\n== {title} =="))
}

fn tour(ctx: &mut Ctx, conn: &rusqlite::Connection, path: &Path) -> Result<()> {
    ctx.out.line(&crate::t!(
        "demo-written",
        path = path.display().to_string(),
        version = db::migrate::version(conn)?
    ))?;
    ctx.out
        .line(&crate::t!("demo-try", path = path.display().to_string()))?;

    heading(ctx, &crate::t!("demo-heading-municipalities"))?;
    let refs = reference()?;
    let rows: Vec<Vec<Value>> = ["flanders", "wallonia", "brussels"]
        .iter()
        .map(|r| {
            let n = refs
                .municipalities
                .iter()
                .filter(|m| m.region == *r)
                .count();
            vec![(*r).into(), n.into()]
        })
        .collect();
    ctx.out.list(&["region", "municipalities"], &rows)?;
    let hasselt = refs.resolve("71022")?;
    ctx.out.line(&crate::t!(
        "demo-old-code",
        note = hasselt.note.unwrap_or_default()
    ))?;

    heading(ctx, &crate::t!("demo-heading-cell"))?;
    let conn2 = ctx.open()?;
    let cell = crate::commands::lookup::cell(ctx, &conn2, None)?;
    let st =
        crate::commands::cell::state(&conn2, cell, &crate::commands::lookup::iso(ctx.clock.today))?;
    let rows: Vec<Vec<Value>> = st
        .seats
        .iter()
        .map(|s| {
            vec![
                s.role.clone().into(),
                s.person.name.clone().into(),
                s.person.organisation.clone().into(),
                s.nis.clone().into(),
            ]
        })
        .collect();
    ctx.out.line(&crate::t!(
        "demo-joint-cell",
        code = st.cell.code.as_str(),
        name = st.cell.name.as_str(),
        count = st.municipalities.len()
    ))?;
    ctx.out
        .list(&["role", "name", "organisation", "municipality_nis"], &rows)?;

    heading(ctx, &crate::t!("demo-heading-rules"))?;
    let rows: Vec<Vec<Value>> = st
        .findings
        .iter()
        .map(|f| {
            vec![
                f.rule.into(),
                f.status.as_str().into(),
                f.detail.text.clone().into(),
                f.members.join(", ").into(),
            ]
        })
        .collect();
    ctx.out
        .list(&["rule", "status", "detail", "members"], &rows)?;

    heading(ctx, &crate::t!("demo-heading-cases"))?;
    let today = crate::commands::lookup::iso(ctx.clock.today);
    let list = crate::db::case::list(&conn2, st.cell.id, &today, &Default::default())?;
    // The rows and default columns of `livcr case list` itself (a minor marked, R12).
    let rows: Vec<Vec<Value>> = list
        .iter()
        .map(|k| crate::commands::case::case_row(k, &today))
        .collect();
    ctx.out.list(crate::commands::case::CASE_COLUMNS, &rows)?;
    let purge = crate::db::case::purge_due(&conn2, st.cell.id, &today)?;
    ctx.out
        .line(&crate::t!("demo-past-retention", count = purge.len()))?;

    heading(ctx, &crate::t!("demo-heading-meetings"))?;
    let ms = crate::db::meeting::list(&conn2, st.cell.id, None, None)?;
    let rows: Vec<Vec<Value>> = ms
        .iter()
        .map(|m| {
            vec![
                m.id.into(),
                m.date().to_string().into(),
                m.time().to_string().into(),
                m.status.clone().into(),
                m.location.clone().into(),
            ]
        })
        .collect();
    ctx.out
        .list(&["id", "date", "time", "status", "location"], &rows)?;
    if let Some(next) = ms.iter().find(|m| m.status == "planned") {
        heading(ctx, &crate::t!("demo-heading-agenda", id = next.id))?;
        let rows: Vec<Vec<Value>> = crate::db::meeting::items(&conn2, next.id)?
            .iter()
            .map(|i| {
                Ok(vec![
                    i.position.into(),
                    i.section.clone().into(),
                    crate::commands::meeting::item_label(&conn2, i)?.into(),
                ])
            })
            .collect::<Result<_>>()?;
        ctx.out.list(&["item", "section", "about"], &rows)?;
    }
    if let Some(held) = ms.iter().find(|m| m.status == "held") {
        ctx.out.line(&crate::t!(
            "demo-minutes",
            path = path.display().to_string(),
            id = held.id
        ))?;
    }

    heading(ctx, &crate::t!("demo-heading-feedback"))?;
    for f in crate::db::feedback::forms(&conn2, st.cell.id, None)? {
        let problems = crate::commands::feedback::gate(&conn2, &f)?;
        ctx.out
            .line(&if f.status == "sent" || problems.is_empty() {
                crate::t!(
                    "demo-form",
                    id = f.id,
                    code = f.case_code.as_str(),
                    status = f.status.as_str()
                )
            } else {
                crate::t!(
                    "demo-form-blocked",
                    id = f.id,
                    code = f.case_code.as_str(),
                    status = f.status.as_str(),
                    problems = problems.join("; ")
                )
            })?;
    }
    let refs = crate::db::feedback::referrals(&conn2, st.cell.id, false, None, None)?;
    ctx.out.line(&crate::t!(
        "demo-referrals",
        count = refs.len(),
        inbound = refs.iter().filter(|r| r.direction == "in").count(),
        outbound = refs.iter().filter(|r| r.direction == "out").count()
    ))?;

    let (y, m) = crate::domain::dates::parse_month("last", ctx.clock.today)?;
    let k = i64::from(ctx.config.suppress_below);
    let lang = crate::commands::meeting::doc_lang(ctx, &st.cell);
    let monthly = crate::commands::export::monthly(&conn2, &st.cell, y, m, k, lang)?;
    heading(ctx, &crate::t!("demo-heading-figures", below = k))?;
    let rows: Vec<Vec<Value>> = monthly
        .rows
        .iter()
        .filter(|r| r.nis.is_empty() && r.dimension == "total")
        .map(|r| vec![r.measure.into(), r.figure.shown().into()])
        .collect();
    ctx.out.list(&["measure", monthly.period.as_str()], &rows)?;

    heading(ctx, &crate::t!("demo-heading-reminders"))?;
    let horizon =
        crate::domain::dates::parse_span(&ctx.config.remind_within)?.add_to(ctx.clock.today);
    let text = crate::commands::remind::text(
        &conn2,
        &crate::commands::remind::Ask {
            cells: std::slice::from_ref(&st.cell),
            only: None,
            today: ctx.clock.today,
            horizon,
            no_meeting_months: ctx.config.no_meeting_months,
            org: None,
        },
    )?;
    ctx.out.raw(&text)?;

    heading(ctx, &crate::t!("demo-heading-audit"))?;
    let verdict = db::audit::verify(conn)?;
    ctx.out.line(&if verdict.broken_at.is_none() {
        crate::t!("demo-audit-intact", count = verdict.rows)
    } else {
        crate::t!("demo-audit-broken", count = verdict.rows)
    })?;
    Ok(())
}
