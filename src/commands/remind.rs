//! `livcr remind`: everything due or overdue in the file, for cron. Prints nothing when nothing
//! is due; never prompts and never writes.
//!
//! A national file has tens of thousands of reminders, so they are written as they are read:
//! the reminders about cases (reviews, actions, referrals, forms, purges) come from statements
//! that return them in the order they are printed, after a summary of each group (its earliest
//! date, count and overdue count) gave the group its place and heading; only the reminders of
//! the cells themselves (meetings, members, composition: a few per cell) are gathered and
//! sorted. Each catalogue text is cut at its arguments once ([`Template`]), so a line costs no
//! formatting through Fluent and no allocation.

use std::collections::HashMap;
use std::io::Write as _;

use anyhow::Result;
use chrono::{Months, NaiveDate};
use rusqlite::Connection;

use crate::cli::{FormatArg, RemindArgs};
use crate::commands::lookup;
use crate::context::Ctx;
use crate::db::composition::{self as comp, Cell};
use crate::db::remind::{self as rem, CaseDue, CaseKind};
use crate::domain::composition::Status as RuleStatus;
use crate::domain::dates::{iso, parse_span};
use crate::i18n::{Said, UiLang};

/// One reminder of a cell itself (a meeting, a member, its composition): about no case.
#[derive(Debug)]
struct Reminder {
    cell: String,
    group: &'static str,
    /// The member, meeting or cell concerned.
    /// English in the JSON (scripts read it), the interface language in the lines a person reads.
    subject: Said,
    what: Said,
    due_on: String,
    overdue: bool,
}

/// Group headings, most urgent kinds first when dates tie.
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

/// The group of a kind of reminder about a case.
fn group_of(kind: CaseKind) -> &'static str {
    match kind {
        CaseKind::Reviews => "reviews",
        CaseKind::Actions => "actions",
        CaseKind::Referrals => "referrals",
        CaseKind::Forms => "feedback",
        CaseKind::Purges => "retention",
    }
}

/// The reminders of the cells themselves due by `horizon` (planned meetings without agenda,
/// cells without meetings, members, composition), in the order they are found.
fn of_cells(conn: &Connection, ask: &Ask<'_>) -> Result<Vec<Reminder>> {
    let Ask {
        cells,
        only,
        today,
        horizon,
        no_meeting_months,
        org,
    } = *ask;
    let t = iso(today);
    let h = iso(horizon);
    let codes: HashMap<i64, &str> = cells.iter().map(|c| (c.id, c.code.as_str())).collect();
    let code_of = |id: i64| codes.get(&id).copied().unwrap_or_default().to_string();
    let mut out = Vec::new();
    let mut push = |cell_id: i64, group: &'static str, subject: Said, what: Said, due: &str| {
        out.push(Reminder {
            cell: code_of(cell_id),
            group,
            subject,
            what,
            due_on: due.to_string(),
            overdue: due < t.as_str(),
        });
    };
    if org.is_none() {
        let from = format!("{t}T00:00");
        let until = format!("{h}T99");
        rem::meetings_without_agenda(conn, only, &from, &until, |(cell, id, starts)| {
            let date = starts.get(..10).unwrap_or(&starts).to_string();
            let time = starts.get(11..).unwrap_or("");
            let what = crate::i18n::in_english(|| {
                crate::t!("export-remind-no-agenda", starts = starts.replace('T', " "))
            });
            let what_text = crate::t!(
                "export-remind-no-agenda",
                starts = format!("{} {time}", crate::i18n::human_date_str(&date))
                    .trim_end()
                    .to_string()
            );
            push(
                cell,
                "meetings",
                crate::said_t!("export-remind-meeting", id = id.to_string()),
                Said {
                    en: what,
                    text: what_text,
                },
                &date,
            );
        })?;
        // No meeting for N months (R14), counted from the last held one or the cell's start.
        let limit = iso(today
            .checked_sub_months(Months::new(no_meeting_months))
            .unwrap_or(NaiveDate::MIN));
        for cell in cells.iter().filter(|c| only.is_none_or(|o| o == c.id)) {
            let held = rem::last_held(conn, cell.id)?;
            let since = held.clone().unwrap_or_else(|| cell.established_on.clone());
            if since < limit {
                let due = NaiveDate::parse_from_str(&since, "%Y-%m-%d")
                    .ok()
                    .and_then(|d| d.checked_add_months(Months::new(no_meeting_months)))
                    .map(iso)
                    .unwrap_or_else(|| t.clone());
                let what = match &held {
                    Some(last) => Said {
                        en: crate::i18n::in_english(|| {
                            crate::t!(
                                "export-remind-no-meeting",
                                months = no_meeting_months,
                                last = last.as_str()
                            )
                        }),
                        text: crate::t!(
                            "export-remind-no-meeting",
                            months = no_meeting_months,
                            last = crate::i18n::human_date_str(last)
                        ),
                    },
                    None => {
                        crate::said_t!("export-remind-no-meeting-ever", months = no_meeting_months)
                    }
                };
                push(
                    cell.id,
                    "meetings",
                    crate::said_t!("export-remind-cell", code = cell.code.as_str()),
                    what,
                    &due,
                );
            }
        }
    }
    // Members: declarations (R5), IO clearances (R3), and the composition rules, cell by cell.
    let coverage = match only {
        Some(cell) => comp::coverage_of_cell(conn, cell)?,
        None => comp::all_coverage(conn)?,
    };
    // Rule R4 reads each organisation's name once for the file, not once per seat and cell.
    let services: std::cell::RefCell<HashMap<String, Option<&'static str>>> = Default::default();
    let security = |name: &str| -> Option<&'static str> {
        if let Some(found) = services.borrow().get(name) {
            return *found;
        }
        let found = crate::domain::security::security_service(name);
        services.borrow_mut().insert(name.to_string(), found);
        found
    };
    let mut municipalities: HashMap<i64, Vec<comp::Coverage>> = HashMap::new();
    for c in coverage {
        municipalities.entry(c.cell_id).or_default().push(c);
    }
    let by_id: HashMap<i64, &Cell> = cells.iter().map(|c| (c.id, c)).collect();
    rem::each_cell_seats(conn, &t, only, |seats| {
        let Some(cell) = seats.first().and_then(|s| by_id.get(&s.cell_id)) else {
            return Ok(());
        };
        let mine: Vec<&rem::DueSeat> = seats.iter().collect();
        let mut seen = Vec::new();
        for s in &mine {
            let v = &s.view;
            if org.is_some_and(|o| s.organisation_id != o) || seen.contains(&v.person_id) {
                continue;
            }
            seen.push(v.person_id);
            let who = format!("{} (#{})", v.name, v.person_id);
            let who = Said {
                en: who.clone(),
                text: who,
            };
            match (&v.declaration_signed_on, &v.declaration_valid_until) {
                (None, _) => push(
                    cell.id,
                    "members",
                    who.clone(),
                    crate::said_t!("export-remind-no-declaration"),
                    &s.from_on,
                ),
                (Some(_), Some(until)) if until.as_str() <= h.as_str() => push(
                    cell.id,
                    "members",
                    who.clone(),
                    Said {
                        en: crate::i18n::in_english(|| {
                            crate::t!("export-remind-declaration-expires", until = until.as_str())
                        }),
                        text: crate::t!(
                            "export-remind-declaration-expires",
                            until = crate::i18n::human_date_str(until)
                        ),
                    },
                    until,
                ),
                _ => {}
            }
        }
        for s in mine.iter().filter(|s| s.view.role == "io") {
            if org.is_some_and(|o| s.organisation_id != o) {
                continue;
            }
            if s.view.clearance_confirmed_on.is_none() {
                let who = format!("{} (#{})", s.view.name, s.view.person_id);
                push(
                    cell.id,
                    "members",
                    Said {
                        en: who.clone(),
                        text: who,
                    },
                    crate::said_t!("export-remind-io-clearance"),
                    &s.from_on,
                );
            }
        }
        // Composition errors from `cell check`, once the cell has members.
        if org.is_none() && !mine.is_empty() {
            let munis = municipalities
                .get(&cell.id)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let views: Vec<_> = mine.iter().map(|s| s.view.clone()).collect();
            for f in crate::commands::cell::findings_of(munis, &views, &t, security)
                .iter()
                .filter(|f| f.status == RuleStatus::Error)
            {
                push(
                    cell.id,
                    "composition",
                    crate::said_t!("export-remind-cell", code = cell.code.as_str()),
                    // The finding in English for scripts, in the interface language for a person.
                    Said {
                        en: crate::i18n::text_in(
                            crate::i18n::UiLang::En,
                            "export-remind-rule",
                            &[
                                ("rule", crate::i18n::arg(f.rule.to_string())),
                                ("detail", crate::i18n::arg(f.detail.en.as_str())),
                            ],
                        ),
                        text: crate::t!(
                            "export-remind-rule",
                            rule = f.rule.to_string(),
                            detail = f.detail.text.as_str()
                        ),
                    },
                    &t,
                );
            }
        }
        Ok(())
    })?;
    Ok(out)
}

/// A group of reminders: where its lines come from, its earliest date and its counts.
struct Group {
    name: &'static str,
    earliest: String,
    count: usize,
    overdue: usize,
    lines: Lines,
}

enum Lines {
    /// Read in order from the file as they are written.
    Cases(CaseKind),
    /// Gathered and sorted.
    Found(Vec<Reminder>),
}

/// Every group with something due, most urgent first: groups by their earliest date (the
/// order of [`GROUPS`] when dates tie), lines by date and English subject within a group, and
/// lines that tie in the order they were found.
fn groups(conn: &Connection, ask: &Ask<'_>) -> Result<Vec<Group>> {
    let (only, org) = (ask.only, ask.org);
    let t = iso(ask.today);
    let h = iso(ask.horizon);
    let due = rem::Due {
        today: &t,
        horizon: &h,
        cell: only,
        org,
    };
    let mut all = Vec::new();
    for kind in CaseKind::ALL {
        // With --for, only the actions it owns and the cases it leads.
        if org.is_some() && !matches!(kind, CaseKind::Reviews | CaseKind::Actions) {
            continue;
        }
        if let Some(s) = rem::summary(conn, kind, &due)? {
            all.push(Group {
                name: group_of(kind),
                earliest: s.earliest,
                count: s.count,
                overdue: s.overdue,
                lines: Lines::Cases(kind),
            });
        }
    }
    let mut found = of_cells(conn, ask)?;
    // A stable sort: lines that tie keep the order they were found in, cell by cell in the
    // order of their codes (the seats come by id).
    found.sort_by(|a, b| {
        (a.due_on.as_str(), a.subject.en.as_str(), a.cell.as_str()).cmp(&(
            b.due_on.as_str(),
            b.subject.en.as_str(),
            b.cell.as_str(),
        ))
    });
    let rank = |g: &str| GROUPS.iter().position(|x| *x == g).unwrap_or(GROUPS.len());
    let mut by_group: Vec<Vec<Reminder>> = (0..=GROUPS.len()).map(|_| Vec::new()).collect();
    for r in found {
        by_group[rank(r.group)].push(r);
    }
    for (name, items) in GROUPS.iter().zip(by_group) {
        if let Some(first) = items.first() {
            all.push(Group {
                name,
                earliest: first.due_on.clone(),
                count: items.len(),
                overdue: items.iter().filter(|r| r.overdue).count(),
                lines: Lines::Found(items),
            });
        }
    }
    all.sort_by(|a, b| {
        (a.earliest.as_str(), rank(a.name)).cmp(&(b.earliest.as_str(), rank(b.name)))
    });
    Ok(all)
}

/// A catalogue text cut at its arguments: formatted once with a mark in place of each
/// argument, then written for each reminder with the arguments put back where the marks were.
/// The remind texts use their arguments as they are (no selector reads them): the test below
/// checks it in the four languages.
struct Template(Vec<Piece>);

enum Piece {
    Text(String),
    Arg(usize),
}

/// The first of the private-use characters that mark the arguments of a [`Template`].
const MARK: u32 = 0xE000;

impl Template {
    fn new(lang: UiLang, id: &str, names: &[&str]) -> Template {
        let marks: Vec<String> = (MARK..)
            .zip(names)
            .filter_map(|(c, _)| char::from_u32(c).map(String::from))
            .collect();
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = names
            .iter()
            .zip(&marks)
            .map(|(n, m)| (*n, crate::i18n::arg(m.as_str())))
            .collect();
        let text = crate::i18n::text_in(lang, id, &args);
        let mut pieces = Vec::new();
        let mut literal = String::new();
        for c in text.chars() {
            match (c as u32).checked_sub(MARK) {
                Some(i) if (i as usize) < names.len() => {
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    pieces.push(Piece::Arg(i as usize));
                }
                _ => literal.push(c),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Template(pieces)
    }

    /// Writes the text, each argument by `arg` (its position among the names).
    fn write(&self, out: &mut Vec<u8>, mut arg: impl FnMut(usize, &mut Vec<u8>)) {
        for p in &self.0 {
            match p {
                Piece::Text(s) => out.extend_from_slice(s.as_bytes()),
                Piece::Arg(i) => arg(*i, out),
            }
        }
    }
}

/// The texts of the reminders about cases in one language.
struct CaseTexts {
    case: Template,
    review: String,
    action: Template,
    referral: Template,
    no_decision: Template,
    ltf_expects: String,
    form: Template,
    form_not_sent: String,
    purge: String,
}

impl CaseTexts {
    fn new(lang: UiLang) -> CaseTexts {
        let fixed = |id: &str| crate::i18n::text_in(lang, id, &[]);
        CaseTexts {
            case: Template::new(lang, "export-remind-case", &["code"]),
            review: fixed("export-remind-review"),
            action: Template::new(lang, "export-remind-action", &["id", "owner"]),
            referral: Template::new(lang, "export-remind-referral", &["id", "code"]),
            no_decision: Template::new(lang, "export-remind-no-decision", &["received"]),
            ltf_expects: fixed("export-remind-ltf-expects"),
            form: Template::new(lang, "export-remind-form", &["id", "code"]),
            form_not_sent: fixed("export-remind-form-not-sent"),
            purge: fixed("export-remind-purge"),
        }
    }

    /// The subject of a reminder about a case: the case, or its referral or form.
    fn subject(&self, kind: CaseKind, r: &CaseDue<'_>, out: &mut Vec<u8>) {
        let code = r.code.as_bytes();
        let tpl = match kind {
            CaseKind::Referrals => &self.referral,
            CaseKind::Forms => &self.form,
            _ => return self.case.write(out, |_, out| out.extend_from_slice(code)),
        };
        tpl.write(out, |i, out| {
            if i == 0 {
                let _ = write!(out, "{}", r.id);
            } else {
                out.extend_from_slice(code);
            }
        });
    }

    /// What is due; a referral's date of receipt as `received` writes it.
    fn what(
        &self,
        kind: CaseKind,
        r: &CaseDue<'_>,
        out: &mut Vec<u8>,
        received: impl Fn(&str) -> String,
    ) {
        match kind {
            CaseKind::Reviews => out.extend_from_slice(self.review.as_bytes()),
            CaseKind::Actions => self.action.write(out, |i, out| {
                if i == 0 {
                    let _ = write!(out, "{}", r.id);
                } else {
                    out.extend_from_slice(r.detail.as_bytes());
                }
            }),
            CaseKind::Referrals if r.second => out.extend_from_slice(self.ltf_expects.as_bytes()),
            CaseKind::Referrals => self.no_decision.write(out, |_, out| {
                out.extend_from_slice(received(r.detail).as_bytes())
            }),
            CaseKind::Forms => out.extend_from_slice(self.form_not_sent.as_bytes()),
            CaseKind::Purges => out.extend_from_slice(self.purge.as_bytes()),
        }
    }
}

/// The lines a person reads, in the interface language.
struct TextForm {
    texts: CaseTexts,
    overdue: Template,
    today: Template,
    due: Template,
    minor: String,
    /// The last date written and how it reads (lines come by date).
    date: (String, String),
}

/// Writes the reminders, as the text cron mails (a heading per group, a line per reminder) or
/// as a JSON array, in chunks to `sink`.
struct Writer<'a> {
    several: bool,
    today: &'a str,
    codes: HashMap<i64, &'a str>,
    /// The text form; None for JSON.
    text: Option<TextForm>,
    /// The English texts of the JSON.
    en: CaseTexts,
    buf: Vec<u8>,
    scratch: Vec<u8>,
    written: usize,
    sink: &'a mut dyn FnMut(&str) -> Result<()>,
}

/// Bytes gathered before they are handed on.
const CHUNK: usize = 1 << 15;

impl Writer<'_> {
    /// Hands on what was gathered once it is `at_least` bytes (always at a line's end).
    fn flush(&mut self, at_least: usize) -> Result<()> {
        if !self.buf.is_empty() && self.buf.len() >= at_least {
            (self.sink)(std::str::from_utf8(&self.buf)?)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn heading(&mut self, g: &Group) {
        if self.text.is_none() {
            return;
        }
        let group = match g.name {
            "composition" => crate::t!("export-remind-group-composition"),
            "reviews" => crate::t!("export-remind-group-reviews"),
            "actions" => crate::t!("export-remind-group-actions"),
            "referrals" => crate::t!("export-remind-group-referrals"),
            "feedback" => crate::t!("export-remind-group-feedback"),
            "meetings" => crate::t!("export-remind-group-meetings"),
            "members" => crate::t!("export-remind-group-members"),
            "retention" => crate::t!("export-remind-group-retention"),
            other => other.to_string(),
        };
        let heading = crate::t!(
            "export-remind-heading",
            group = group,
            count = g.count,
            overdue = g.overdue
        );
        self.buf.extend_from_slice(heading.as_bytes());
        self.buf.push(b'\n');
    }

    /// One line of text: `subject` and `what` write their parts of it.
    fn line(
        &mut self,
        cell: &str,
        due: &str,
        minor: bool,
        subject: impl Fn(&TextForm, &mut Vec<u8>),
        what: impl Fn(&TextForm, &mut Vec<u8>),
    ) {
        let Some(form) = self.text.as_mut() else {
            return;
        };
        if form.date.0 != due {
            form.date = (due.to_string(), crate::i18n::human_date_str(due));
        }
        let form = &*form;
        let tpl = match due.cmp(self.today) {
            std::cmp::Ordering::Less => &form.overdue,
            std::cmp::Ordering::Equal => &form.today,
            std::cmp::Ordering::Greater => &form.due,
        };
        let several = self.several;
        let out = &mut self.buf;
        out.extend_from_slice(b"  ");
        tpl.write(out, |i, out| match i {
            0 => out.extend_from_slice(form.date.1.as_bytes()),
            1 => {
                if several {
                    out.push(b'[');
                    out.extend_from_slice(cell.as_bytes());
                    out.extend_from_slice(b"] ");
                }
                subject(form, out);
                if minor {
                    out.extend_from_slice(form.minor.as_bytes());
                }
            }
            _ => what(form, out),
        });
        out.push(b'\n');
        self.written += 1;
    }

    /// One element of the JSON array, its keys in the order serde_json writes a map's.
    fn element(&mut self, r: Element<'_>) -> Result<()> {
        let out = &mut self.buf;
        // i18n-ok-begin: JSON keys and punctuation, read by scripts
        out.extend_from_slice(if self.written == 0 {
            b"[\n  {\n"
        } else {
            b",\n  {\n"
        });
        out.extend_from_slice(b"    \"case\": ");
        match r.case {
            Some(c) => serde_json::to_writer(&mut *out, c)?,
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\n    \"cell\": ");
        serde_json::to_writer(&mut *out, r.cell)?;
        out.extend_from_slice(b",\n    \"due_on\": ");
        serde_json::to_writer(&mut *out, r.due)?;
        out.extend_from_slice(b",\n    \"group\": ");
        serde_json::to_writer(&mut *out, r.group)?;
        out.extend_from_slice(b",\n    \"minor\": ");
        out.extend_from_slice(if r.minor { b"true" } else { b"false" });
        out.extend_from_slice(b",\n    \"overdue\": ");
        out.extend_from_slice(if r.due < self.today {
            b"true"
        } else {
            b"false"
        });
        out.extend_from_slice(b",\n    \"subject\": ");
        serde_json::to_writer(&mut *out, r.subject)?;
        out.extend_from_slice(b",\n    \"what\": ");
        serde_json::to_writer(&mut *out, r.what)?;
        out.extend_from_slice(b"\n  }");
        // i18n-ok-end
        self.written += 1;
        Ok(())
    }

    /// A reminder about a case, as it is read.
    fn case(&mut self, kind: CaseKind, r: &CaseDue<'_>) -> Result<()> {
        let cell = self.codes.get(&r.cell_id).copied().unwrap_or_default();
        if self.text.is_some() {
            self.line(
                cell,
                r.due,
                r.minor,
                |f, out| f.texts.subject(kind, r, out),
                |f, out| f.texts.what(kind, r, out, crate::i18n::human_date_str),
            );
        } else {
            let mut scratch = std::mem::take(&mut self.scratch);
            scratch.clear();
            self.en.subject(kind, r, &mut scratch);
            let split = scratch.len();
            self.en.what(kind, r, &mut scratch, str::to_string);
            let (subject, what) = std::str::from_utf8(&scratch)?.split_at(split);
            self.element(Element {
                case: Some(r.code),
                cell,
                due: r.due,
                group: group_of(kind),
                minor: r.minor,
                subject,
                what,
            })?;
            self.scratch = scratch;
        }
        self.flush(CHUNK)
    }

    /// A reminder of a cell itself.
    fn found(&mut self, r: &Reminder) -> Result<()> {
        if self.text.is_some() {
            self.line(
                &r.cell,
                &r.due_on,
                false,
                |_, out| out.extend_from_slice(r.subject.text.as_bytes()),
                |_, out| out.extend_from_slice(r.what.text.as_bytes()),
            );
        } else {
            self.element(Element {
                case: None,
                cell: &r.cell,
                due: &r.due_on,
                group: r.group,
                minor: false,
                subject: &r.subject.en,
                what: &r.what.en,
            })?;
        }
        self.flush(CHUNK)
    }
}

/// A reminder as the JSON says it (English texts).
struct Element<'a> {
    case: Option<&'a str>,
    cell: &'a str,
    due: &'a str,
    group: &'a str,
    minor: bool,
    subject: &'a str,
    what: &'a str,
}

/// What `remind` is asked: the cells (every cell of the file, or the one chosen in `only`),
/// the day, the horizon, the months without a meeting that call for one (R14), and the
/// organisation (None: all).
#[derive(Clone, Copy)]
pub struct Ask<'a> {
    pub cells: &'a [Cell],
    pub only: Option<i64>,
    pub today: NaiveDate,
    pub horizon: NaiveDate,
    pub no_meeting_months: u32,
    pub org: Option<i64>,
}

/// Writes everything due to `sink`, as the text cron mails or as JSON; nothing when nothing
/// is due. Says whether something was due.
pub fn write(
    conn: &Connection,
    ask: &Ask<'_>,
    json: bool,
    sink: &mut dyn FnMut(&str) -> Result<()>,
) -> Result<bool> {
    // One read transaction: the headings count what the lines list, and the file is locked
    // once rather than once per statement.
    let tx = conn.unchecked_transaction()?;
    let all = groups(conn, ask)?;
    if all.is_empty() {
        return Ok(false);
    }
    let t = iso(ask.today);
    let h = iso(ask.horizon);
    let lang = crate::i18n::lang();
    let line = |id| Template::new(lang, id, &["date", "subject", "what"]);
    let mut w = Writer {
        several: ask.only.is_none() && ask.cells.len() > 1,
        today: &t,
        codes: ask.cells.iter().map(|c| (c.id, c.code.as_str())).collect(),
        text: (!json).then(|| TextForm {
            texts: CaseTexts::new(lang),
            overdue: line("export-remind-line-overdue"),
            today: line("export-remind-line-today"),
            due: line("export-remind-line-due"),
            minor: crate::t!("export-remind-minor"),
            date: (String::new(), String::new()),
        }),
        en: CaseTexts::new(UiLang::En),
        buf: Vec::with_capacity(CHUNK + 1024),
        scratch: Vec::new(),
        written: 0,
        sink,
    };
    let due = rem::Due {
        today: &t,
        horizon: &h,
        cell: ask.only,
        org: ask.org,
    };
    for g in &all {
        w.heading(g);
        match &g.lines {
            Lines::Cases(kind) => rem::each_due(conn, *kind, &due, |r| w.case(*kind, r))?,
            Lines::Found(items) => {
                for r in items {
                    w.found(r)?;
                }
            }
        }
    }
    if json {
        w.buf.extend_from_slice(b"\n]\n");
    }
    w.flush(0)?;
    tx.finish()?;
    Ok(true)
}

/// The reminders as the text cron mails (the demo shows them); empty when nothing is due.
pub fn text(conn: &Connection, ask: &Ask<'_>) -> Result<String> {
    let mut text = String::new();
    write(conn, ask, false, &mut |s| {
        text.push_str(s);
        Ok(())
    })?;
    Ok(text)
}

pub fn run(ctx: &mut Ctx, args: &RemindArgs) -> Result<u8> {
    let within = args
        .within
        .clone()
        .unwrap_or_else(|| ctx.config.remind_within.clone());
    let horizon = parse_span(&within)?.add_to(ctx.clock.today);
    let conn = ctx.open()?;
    // A small page cache (256 KiB, not SQLite's 2 MB; it also bounds the memory of a sort
    // before it spills): the reminders stream and each page is read about once, so a larger
    // cache only adds to the memory of a national file's run, not to its speed.
    conn.pragma_update(None, "cache_size", -256)?;
    let org = args
        .for_org
        .as_deref()
        .map(|o| lookup::org(&conn, o))
        .transpose()?
        .map(|o| o.id);
    let cells = comp::cells(&conn)?;
    let only = match &ctx.cell {
        Some(code) => Some(lookup::cell(ctx, &conn, Some(code))?.id),
        None => None,
    };
    let ask = Ask {
        cells: &cells,
        only,
        today: ctx.clock.today,
        horizon,
        no_meeting_months: ctx.config.no_meeting_months,
        org,
    };
    let json = ctx.format == Some(FormatArg::Json);
    let out = &mut ctx.out;
    let due = write(&conn, &ask, json, &mut |s| out.raw(s))?;
    Ok(if due && args.fail_if_due { 3 } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text remind cuts at its arguments reads, in every language, as Fluent writes it
    /// with the arguments in place: no selector or function of the catalogue reads them.
    #[test]
    fn templates_write_what_fluent_writes() {
        let texts: &[(&str, &[(&str, &str)])] = &[
            ("export-remind-case", &[("code", "K7QX-2M4P")]),
            (
                "export-remind-action",
                &[("id", "17"), ("owner", "CAW Gent")],
            ),
            (
                "export-remind-referral",
                &[("id", "5"), ("code", "K7QX-2M4P")],
            ),
            (
                "export-remind-no-decision",
                &[("received", "Tue 1 Dec 2026")],
            ),
            ("export-remind-form", &[("id", "9"), ("code", "K7QX-2M4P")]),
            (
                "export-remind-line-overdue",
                &[("date", "Mon 30 Nov 2026"), ("subject", "s"), ("what", "w")],
            ),
            (
                "export-remind-line-today",
                &[("date", "Mon 30 Nov 2026"), ("subject", "s"), ("what", "w")],
            ),
            (
                "export-remind-line-due",
                &[("date", "Mon 30 Nov 2026"), ("subject", "s"), ("what", "w")],
            ),
        ];
        for lang in [UiLang::En, UiLang::Nl, UiLang::Fr, UiLang::De] {
            for (id, args) in texts {
                let names: Vec<&str> = args.iter().map(|(n, _)| *n).collect();
                let mut out = Vec::new();
                Template::new(lang, id, &names).write(&mut out, |i, out| {
                    out.extend_from_slice(args[i].1.as_bytes())
                });
                let fluent: Vec<_> = args
                    .iter()
                    .map(|(n, v)| (*n, crate::i18n::arg(*v)))
                    .collect();
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    crate::i18n::text_in(lang, id, &fluent),
                    "{id} in {lang:?}"
                );
            }
        }
    }
}
