//! `livcr agenda draft|add|move|rm|show|export`, and the agenda and minutes documents.

use std::path::Path;

use anyhow::Result;
use rusqlite::Connection;
use serde_json::json;

use crate::cli::{AgendaAdd, AgendaCmd, FormatArg};
use crate::commands::lookup;
use crate::commands::meeting::{cell_title, doc_lang, find, ui_label, when_local};
use crate::context::{Ctx, begin};
use crate::db::case as cases;
use crate::db::composition::Cell;
use crate::db::meeting::{self as meetings, Item, Meeting};
use crate::docs::labels::{t, vocab};
use crate::docs::{self, Block, Doc};
use crate::domain::Lang;
use crate::domain::agenda::{FIXED, Section, section_for};
use crate::error::{fail, fail_hint};

pub fn run(ctx: &mut Ctx, cmd: AgendaCmd) -> Result<u8> {
    if let AgendaCmd::Export {
        meeting,
        for_member,
        out,
    } = &cmd
    {
        return export(ctx, meeting, for_member.as_deref(), out.as_deref());
    }
    match cmd {
        AgendaCmd::Draft { meeting } => draft(ctx, &meeting),
        AgendaCmd::Add(a) => add(ctx, a),
        AgendaCmd::Move { meeting, item, to } => move_item(ctx, &meeting, item, to),
        AgendaCmd::Rm { meeting, item } => remove(ctx, &meeting, item),
        AgendaCmd::Show { meeting } => show(ctx, &meeting),
        AgendaCmd::Export { .. } => Ok(0),
    }
}

fn editable(m: &Meeting) -> Result<()> {
    if m.status != "planned" {
        return Err(fail(crate::t!(
            "meeting-agenda-not-editable",
            id = m.id,
            status = crate::i18n::word("meeting-status", &m.status),
            state = m.status.as_str()
        )));
    }
    Ok(())
}

fn section_of(item: &Item) -> Section {
    Section::parse(&item.section).unwrap_or(Section::Aob)
}

/// Adds what the state of the cases asks for and is not on the agenda yet; keeps every item
/// that is there (drafted or added by hand) with its number. New items take the next numbers;
/// the agenda shows them under their heading. Returns the number of items added.
pub fn draft_into(conn: &Connection, cell: &Cell, m: &Meeting) -> Result<usize> {
    let date = m.date().to_string();
    let existing = meetings::items(conn, m.id)?;
    let mut wanted: Vec<(Section, Option<i64>)> = FIXED.iter().map(|s| (*s, None)).collect();
    let feedback = crate::db::feedback::pending_cases(conn, cell.id)?;
    // A strategic meeting carries no case data: only the fixed items.
    let states = if m.kind == "strategic" {
        Vec::new()
    } else {
        cases::agenda_states(conn, cell.id, &date)?
    };
    for mut state in states {
        state.feedback_pending = feedback.contains(&state.case_id);
        if let Some(s) = section_for(&state, &date) {
            wanted.push((s, Some(state.case_id)));
        }
    }
    wanted.sort_by_key(|(s, _)| *s);
    let mut added = 0;
    for (section, case_id) in wanted {
        let present = existing.iter().any(|i| match case_id {
            None => i.case_id.is_none() && i.drafted && section_of(i) == section,
            // A case already on the agenda, under any heading, is not added again.
            Some(c) => i.case_id == Some(c),
        });
        if present {
            continue;
        }
        meetings::insert_item(conn, m.id, section.as_str(), case_id, None, true)?;
        added += 1;
    }
    Ok(added)
}

fn draft(ctx: &mut Ctx, input: &str) -> Result<u8> {
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let m = find(ctx, &tx, &cell, input)?;
    editable(&m)?;
    let added = draft_into(&tx, &cell, &m)?;
    if added > 0 {
        ctx.audit(
            &tx,
            "draft",
            "agenda",
            &m.id.to_string(),
            &format!(
                "agenda drafted for {}: {} added", // i18n-ok: stored
                m.date(),
                crate::output::plural(added, "item")
            ),
        )?;
    }
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "meeting-agenda-drafted",
        id = m.id,
        date = m.date(),
        count = added
    ))?;
    show_items(ctx, &conn, &m)
}

fn add(ctx: &mut Ctx, a: AgendaAdd) -> Result<u8> {
    let text = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err(fail(crate::t!("meeting-agenda-empty-text")));
    }
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let m = find(ctx, &tx, &cell, &a.meeting)?;
    editable(&m)?;
    let case = a
        .case_code
        .as_deref()
        .map(|c| lookup::case(ctx, &tx, &cell, c))
        .transpose()?;
    if case.is_some() && m.kind == "strategic" {
        return Err(fail_hint(
            crate::t!("meeting-agenda-strategic-no-case", id = m.id),
            crate::t!("meeting-agenda-strategic-no-case-hint"),
        ));
    }
    let section = match (a.kind, &case) {
        (Some(k), Some(_)) if !k.is_case_section() => {
            return Err(fail_hint(
                crate::t!("meeting-agenda-kind-no-case", kind = k.as_str()),
                crate::t!("meeting-agenda-case-sections-hint"),
            ));
        }
        (Some(k), _) => k,
        (None, Some(_)) => Section::Reviews,
        (None, None) => Section::Aob,
    };
    // The same case twice on one agenda is allowed (two questions about it), but rarely meant.
    let already: Vec<i64> = match &case {
        Some(c) => meetings::items(&tx, m.id)?
            .iter()
            .filter(|i| i.case_id == Some(c.id))
            .map(|i| i.position)
            .collect(),
        None => Vec::new(),
    };
    let (id, number) = meetings::insert_item(
        &tx,
        m.id,
        section.as_str(),
        case.as_ref().map(|c| c.id),
        Some(&text),
        false,
    )?;
    ctx.audit(
        &tx,
        "add",
        "agenda_item",
        &id.to_string(),
        &format!(
            "item added by hand to meeting {} under {}{}", // i18n-ok: stored
            m.id,
            section.as_str(),
            case.as_ref()
                .map(|c| format!(", case {}", c.code))
                .unwrap_or_default()
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "meeting-agenda-added",
        number = number,
        id = m.id,
        section = ui_label(section)
    ))?;
    if let Some(c) = &case
        && !already.is_empty()
    {
        ctx.out.warn(&crate::t!(
            "meeting-agenda-case-twice",
            case = c.code.as_str(),
            items = already
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            id = m.id,
            number = number
        ))?;
    }
    ctx.out
        .value(&json!({"item": number, "id": id}), &number.to_string())?;
    Ok(0)
}

fn move_item(ctx: &mut Ctx, input: &str, number: i64, to: Section) -> Result<u8> {
    let mut conn = ctx.open()?;
    let tx = begin(&mut conn)?;
    let cell = lookup::cell(ctx, &tx, None)?;
    let m = find(ctx, &tx, &cell, input)?;
    editable(&m)?;
    let item = numbered(&tx, &m, number)?;
    let from = section_of(&item);
    if item.case_id.is_none() && item.drafted {
        return Err(fail_hint(
            crate::t!(
                "meeting-agenda-fixed-heading",
                number = number,
                id = m.id,
                section = ui_label(from)
            ),
            crate::t!("meeting-agenda-fixed-heading-hint"),
        ));
    }
    if item.case_id.is_some() && !to.is_case_section() {
        return Err(fail_hint(
            crate::t!(
                "meeting-agenda-case-item-section",
                number = number,
                id = m.id,
                case = item.case_code.as_deref().unwrap_or("?"),
                section = ui_label(to)
            ),
            crate::t!("meeting-agenda-case-sections-hint"),
        ));
    }
    if from != to {
        meetings::set_section(&tx, &item, to.as_str())?;
        ctx.audit(
            &tx,
            "move",
            "agenda_item",
            &item.id.to_string(),
            &format!(
                "meeting {} item {number} moved from {} to {}", // i18n-ok: stored
                m.id,
                from.as_str(),
                to.as_str()
            ),
        )?;
    }
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "meeting-agenda-moved",
        number = number,
        id = m.id,
        section = ui_label(to)
    ))?;
    Ok(0)
}

/// The item numbered `number`, or an error listing the numbers there are.
fn numbered(conn: &Connection, m: &Meeting, number: i64) -> Result<Item> {
    let items = meetings::items(conn, m.id)?;
    if let Some(i) = items.iter().find(|i| i.position == number) {
        return Ok(i.clone());
    }
    let mut numbers: Vec<i64> = items.iter().map(|i| i.position).collect();
    numbers.sort_unstable();
    Err(fail_hint(
        crate::commands::meeting::no_item(conn, m, number)?,
        if numbers.is_empty() {
            crate::t!("meeting-agenda-empty-hint")
        } else {
            crate::t!(
                "meeting-agenda-numbers-hint",
                numbers = numbers
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                id = m.id
            )
        },
    ))
}

fn remove(ctx: &mut Ctx, input: &str, number: i64) -> Result<u8> {
    let mut conn = ctx.open()?;
    let (m, item) = {
        let cell = lookup::cell(ctx, &conn, None)?;
        let m = find(ctx, &conn, &cell, input)?;
        editable(&m)?;
        let item = numbered(&conn, &m, number)?;
        (m, item)
    };
    if item.decision_kind.is_some() {
        return Err(fail(crate::t!(
            "meeting-agenda-item-decided",
            number = number,
            id = m.id
        )));
    }
    let label = crate::commands::meeting::item_label(&conn, &item)?;
    crate::commands::confirm(
        ctx,
        &crate::t!(
            "meeting-agenda-remove-question",
            number = number,
            label = label.as_str(),
            id = m.id
        ),
        &crate::t!("meeting-agenda-remove-what", number = number, id = m.id),
    )?;
    let tx = begin(&mut conn)?;
    // Read again inside the transaction: the agenda may have changed while we asked.
    let cell = lookup::cell(ctx, &tx, None)?;
    let m = find(ctx, &tx, &cell, &m.id.to_string())?;
    editable(&m)?;
    let item = numbered(&tx, &m, number)?;
    if item.decision_kind.is_some() {
        return Err(fail(crate::t!(
            "meeting-agenda-item-decided",
            number = number,
            id = m.id
        )));
    }
    meetings::delete_item(&tx, item.id)?;
    ctx.audit(
        &tx,
        "remove",
        "agenda_item",
        &item.id.to_string(),
        &format!("meeting {} item {number} removed", m.id), // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "meeting-agenda-removed",
        number = number,
        id = m.id
    ))?;
    if item.drafted {
        ctx.out
            .note(&crate::t!("meeting-agenda-drafted-comes-back"))?;
    }
    Ok(0)
}

fn show_items(ctx: &mut Ctx, conn: &Connection, m: &Meeting) -> Result<u8> {
    let human = matches!(
        ctx.out.format,
        crate::output::Format::Table | crate::output::Format::Md
    );
    let rows = meetings::items(conn, m.id)?
        .iter()
        .map(|i| crate::commands::meeting::item_row(conn, i, human))
        .collect::<Result<Vec<_>>>()?;
    ctx.out
        .list(crate::commands::meeting::ITEM_COLUMNS, &rows)?;
    Ok(0)
}

fn show(ctx: &mut Ctx, input: &str) -> Result<u8> {
    let mut conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let m = find(ctx, &conn, &cell, input)?;
    let code = show_items(ctx, &conn, &m)?;
    // The agenda names cases and their items' texts: a view of case data.
    ctx.record_view(&mut conn, "meeting", &m.id.to_string(), "agenda viewed")?; // i18n-ok: stored
    Ok(code)
}

/// A case item's coarse facts in a document: code, municipality, phenomenon, age band, status.
fn case_line(conn: &Connection, item: &Item, lang: Lang, today: &str) -> Result<String> {
    let Some(c) = item
        .case_id
        .map(|id| cases::by_id(conn, id, today))
        .transpose()?
        .flatten()
    else {
        return Ok(item.title.clone().unwrap_or_default());
    };
    let refs = crate::domain::municipality::reference()?;
    let muni = refs
        .by_nis(&c.nis)
        .map(|m| m.name(lang))
        .unwrap_or_else(|| c.nis.clone());
    let minor = c.is_minor();
    let mut line = format!(
        "{} {} — {}; {}; {}{}; {}",
        t(lang, "case"),
        c.code,
        muni,
        vocab(lang, "phenomenon", &c.phenomenon),
        vocab(lang, "age_band", &c.age_band),
        if minor {
            format!(" ({})", t(lang, "minor"))
        } else {
            String::new()
        },
        vocab(lang, "status", &c.status)
    );
    if let Some(title) = &item.title {
        line.push_str(&format!(" — {title}"));
    }
    Ok(line)
}

fn meeting_meta(doc: &mut Doc, m: &Meeting, lang: Lang, cell: &Cell) -> Result<()> {
    let (date, time) = when_local(m, lang)?;
    doc.meta.push((t(lang, "cell").into(), cell.code.clone()));
    doc.meta.push((t(lang, "date").into(), date));
    doc.meta.push((t(lang, "time").into(), time));
    if let Some(l) = &m.location {
        doc.meta.push((t(lang, "location").into(), l.clone()));
    }
    if m.status == "cancelled" {
        doc.meta
            .push((t(lang, "status").into(), t(lang, "cancelled").into()));
    }
    Ok(())
}

/// The agenda as a document; with `only_cases`, an invitee's copy limited to those cases.
pub fn agenda_doc(
    conn: &Connection,
    cell: &Cell,
    m: &Meeting,
    lang: Lang,
    today: &str,
    copy_for: Option<(&str, &[i64])>,
) -> Result<Doc> {
    let title = format!(
        "{} — {} {}",
        cell_title(conn, cell, lang, m.date())?,
        t(lang, "agenda"),
        t(lang, &format!("meeting.{}", m.kind))
    );
    let mut doc = Doc::new(lang, title);
    meeting_meta(&mut doc, m, lang, cell)?;
    if let Some((who, _)) = copy_for {
        doc.meta.push((t(lang, "copy_for").into(), who.to_string()));
        doc.blocks.push(Block::Para(t(lang, "copy_note").into()));
    }
    let items = meetings::items(conn, m.id)?;
    for section in Section::ALL {
        let in_section: Vec<&Item> = items
            .iter()
            .filter(|i| section_of(i) == section)
            .filter(|i| match (copy_for, i.case_id) {
                (Some((_, allowed)), Some(c)) => allowed.contains(&c),
                _ => true,
            })
            .collect();
        // A section without items is left out (an invitee's copy leaves out the sections of
        // other organisations' cases the same way).
        if in_section.is_empty() {
            continue;
        }
        // A fixed heading (opening, policy, any other business) carries the number of its
        // drafted item, also when items are added under it: those follow as numbered lines,
        // and no number moves.
        let (fixed, rest): (Vec<&Item>, Vec<&Item>) = in_section
            .into_iter()
            .partition(|i| !section.is_case_section() && i.case_id.is_none() && i.title.is_none());
        if fixed.is_empty() {
            doc.blocks.push(Block::Heading(section.label(lang).into()));
        } else {
            let numbers: Vec<String> = fixed.iter().map(|i| i.position.to_string()).collect();
            doc.blocks.push(Block::Heading(format!(
                "{}. {}",
                numbers.join(", "),
                section.label(lang)
            )));
        }
        if rest.is_empty() {
            continue;
        }
        let mut lines = Vec::new();
        for i in rest {
            let text = if i.case_id.is_some() {
                case_line(conn, i, lang, today)?
            } else {
                i.title
                    .clone()
                    .unwrap_or_else(|| section.label(lang).into())
            };
            lines.push((i.position, text));
        }
        doc.blocks.push(Block::Numbered(lines));
    }
    Ok(doc)
}

/// The minutes: attendance, items with decisions and participants, the cases' open actions.
pub fn minutes_doc(
    conn: &Connection,
    cell: &Cell,
    m: &Meeting,
    lang: Lang,
    today: &str,
) -> Result<Doc> {
    let title = format!(
        "{} — {} {}",
        cell_title(conn, cell, lang, m.date())?,
        t(lang, "minutes"),
        t(lang, &format!("meeting.{}", m.kind))
    );
    let mut doc = Doc::new(lang, title);
    meeting_meta(&mut doc, m, lang, cell)?;
    if let Some(reason) = &m.forced_reason {
        doc.meta.push((t(lang, "forced").into(), reason.clone()));
    }
    // Attendance once recorded: who was present (also "none"), and the excused and the absent
    // when there are any. Sections without content are left out.
    let attendance = meetings::attendance(conn, m.id)?;
    if !attendance.is_empty() {
        doc.blocks
            .push(Block::Heading(t(lang, "attendance").into()));
    }
    for status in ["present", "excused", "absent"] {
        let names: Vec<String> = attendance
            .iter()
            .filter(|a| a.status == status)
            .map(|a| format!("{} ({})", a.name, a.organisation))
            .collect();
        if attendance.is_empty() || (names.is_empty() && status != "present") {
            continue;
        }
        doc.blocks.push(Block::Para(format!(
            "{}: {}",
            t(lang, status),
            if names.is_empty() {
                t(lang, "none").to_string()
            } else {
                names.join("; ")
            }
        )));
    }
    let items = meetings::items(conn, m.id)?;
    if !items.is_empty() {
        doc.blocks.push(Block::Heading(t(lang, "items").into()));
    }
    // In the agenda's order (by section); every item keeps its number.
    for i in items {
        let section = section_of(&i);
        let about = if i.case_id.is_some() {
            case_line(conn, &i, lang, today)?
        } else {
            i.title
                .clone()
                .unwrap_or_else(|| section.label(lang).into())
        };
        let heading = if i.case_id.is_none() && i.title.is_none() {
            format!("{}. {}", i.position, section.label(lang))
        } else {
            format!("{}. {} — {about}", i.position, section.label(lang))
        };
        let mut lines = Vec::new();
        match &i.decision_kind {
            Some(k) => lines.push(format!(
                "{}: {}{}",
                t(lang, "decision"),
                vocab(lang, "decision", k),
                i.decision_text
                    .as_ref()
                    .map(|x| format!(" — {x}"))
                    .unwrap_or_default()
            )),
            // Once held, an undecided item stays undecided: "none", never "not yet".
            None => lines.push(format!(
                "{}: {}",
                t(lang, "decision"),
                if m.status == "held" {
                    vocab(lang, "decision", "none")
                } else {
                    t(lang, "no_decision").to_string()
                }
            )),
        }
        let participants = meetings::participants(conn, i.id)?;
        if !participants.is_empty() {
            let names: Vec<String> = participants
                .iter()
                .map(|p| {
                    if p.how == "joined" {
                        format!("{} ({})", p.name, t(lang, "joined").to_lowercase())
                    } else {
                        p.name.clone()
                    }
                })
                .collect();
            lines.push(format!("{}: {}", t(lang, "participants"), names.join(", ")));
            let left: Vec<String> = attendance
                .iter()
                .filter(|a| a.status == "present")
                .filter(|a| !participants.iter().any(|p| p.person_id == a.person_id))
                .map(|a| a.name.clone())
                .collect();
            if !left.is_empty() {
                lines.push(format!("{}: {}", t(lang, "left"), left.join(", ")));
            }
        }
        doc.blocks.push(Block::Subheading(heading));
        doc.blocks.push(Block::List(lines));
        if let Some(case_id) = i.case_id {
            let actions: Vec<Vec<String>> = cases::actions_of_case(conn, case_id)?
                .into_iter()
                .filter(|a| a.done_on.is_none())
                .map(|a| {
                    let due = chrono::NaiveDate::parse_from_str(&a.due_on, "%Y-%m-%d")
                        .map(|d| crate::domain::dates::format_local(d, lang.as_str()))
                        .unwrap_or(a.due_on);
                    vec![a.org, due, a.text]
                })
                .collect();
            if !actions.is_empty() {
                doc.blocks.push(Block::Table(
                    vec![
                        t(lang, "owner").into(),
                        t(lang, "due").into(),
                        t(lang, "actions").into(),
                    ],
                    actions,
                ));
            }
        }
    }
    Ok(doc)
}

/// What a document is, for the audit log.
pub struct DocKind<'a> {
    /// "agenda", "minutes", …
    pub what: &'a str,
    /// The audited entity and its id ("meeting", 12).
    pub entity: &'a str,
    pub id: i64,
    /// Extra words for the audit summary (never free text).
    pub note: String,
}

/// Writes a confidential document to `out` (mode 0600, atomically) or to stdout, and records
/// in the audit log that it was produced (kind, subject, SHA-256; never its content).
pub fn emit(
    ctx: &mut Ctx,
    conn: &mut Connection,
    out: Option<&Path>,
    text: &str,
    kind: DocKind,
) -> Result<u8> {
    let DocKind {
        what,
        entity,
        id,
        note,
    } = kind;
    let tx = crate::context::begin_audit_only(conn)?;
    let hash = crate::domain::text::sha256_hex(text.as_bytes());
    ctx.audit(
        &tx,
        "document",
        entity,
        &id.to_string(),
        // i18n-ok-begin: stored (the audit log)
        &format!(
            "{what} written to {}{note}, sha256 {hash}",
            if out.is_some() {
                "a file"
            } else {
                "standard output"
            }
        ),
        // i18n-ok-end
    )?;
    match out {
        Some(path) => {
            docs::write_private(path, text)?;
            tx.commit()?;
            // In the person's words: "the agenda of meeting 3", "feedback form 1", "the
            // annual report 2026" (not the audit log's entity names).
            let path = path.display().to_string();
            let path = path.as_str();
            ctx.out.done(&match (entity, what) {
                ("meeting", "agenda") => {
                    crate::t!("meeting-agenda-wrote-agenda", id = id, path = path)
                }
                ("meeting", "minutes") => {
                    crate::t!("meeting-agenda-wrote-minutes", id = id, path = path)
                }
                ("feedback_form", _) => {
                    crate::t!("meeting-agenda-wrote-feedback-form", id = id, path = path)
                }
                ("report", _) => crate::t!("meeting-agenda-wrote-report", id = id, path = path),
                _ => crate::t!(
                    "meeting-agenda-wrote-other",
                    what = what,
                    id = id,
                    path = path
                ),
            })?;
        }
        None => {
            tx.commit()?;
            ctx.out.raw(text)?;
        }
    }
    Ok(0)
}

fn export(ctx: &mut Ctx, input: &str, for_member: Option<&str>, out: Option<&Path>) -> Result<u8> {
    let mut conn = ctx.open()?;
    let cell = lookup::cell(ctx, &conn, None)?;
    let m = find(ctx, &conn, &cell, input)?;
    let lang = doc_lang(ctx, &cell);
    let today = lookup::iso(ctx.clock.today);
    let person = for_member.map(|p| lookup::member(&conn, p)).transpose()?;
    if let Some(p) = &person
        && !crate::db::composition::seats(&conn, cell.id, Some(m.date()))?
            .iter()
            .any(|s| s.person_id == p.id)
    {
        return Err(fail_hint(
            crate::t!(
                "meeting-agenda-export-no-seat",
                name = p.name.as_str(),
                id = p.id,
                cell = cell.code.as_str(),
                date = m.date()
            ),
            crate::t!("meeting-agenda-export-no-seat-hint"),
        ));
    }
    let allowed = match &person {
        Some(p) => cases::involving_org(&conn, cell.id, p.organisation_id)?,
        None => Vec::new(),
    };
    let label = person
        .as_ref()
        .map(|p| format!("{} ({})", p.name, p.organisation));
    let doc = agenda_doc(
        &conn,
        &cell,
        &m,
        lang,
        &today,
        label.as_deref().map(|l| (l, allowed.as_slice())),
    )?;
    let text = doc.render(ctx.format == Some(FormatArg::Html));
    let note = person
        .as_ref()
        .map(|p| format!(" (copy for member {})", p.id)) // i18n-ok: stored
        .unwrap_or_default();
    emit(
        ctx,
        &mut conn,
        out,
        &text,
        DocKind {
            what: "agenda",
            entity: "meeting",
            id: m.id,
            note,
        },
    )
}
