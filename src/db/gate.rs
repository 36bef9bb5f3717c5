//! The gate every text passes before the file stores it (rules R8, R13, R15 and the input
//! rules of the outputs).
//!
//! The `db/` writer of each text column calls [`text`] (or [`opt_text`], [`person_name`]) before its
//! INSERT or UPDATE, so a command cannot store a text that skipped the linter: the rule lives
//! here, not in the commands. What it checks, in order:
//! 1. the shape of the input (control characters, bidirectional overrides, NUL, size);
//! 2. the privacy linter (R8): identifiers refuse the text, suspicious numbers warn;
//! 3. security labels and classification marks (R13): refused unless the user confirmed with
//!    `--yes`, then recorded with a warning;
//! 4. the other language's name of the cell (R15): a warning.
//!
//! Warnings are collected here and printed by the command runner once the command is over, so
//! the writers need no handle on the output. The state is per thread: one command runs per
//! process (and per test thread).

use std::cell::RefCell;

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::input::{self, Shape};
use crate::domain::privacy;
use crate::error::fail_hint;

#[derive(Default)]
struct State {
    /// `--yes` was given: security labels are recorded with a warning instead of refused.
    confirmed: bool,
    /// The document language of the cell the command works on, once known (R15).
    cell_lang: Option<String>,
    /// Today by the clock (never by a flag): what is past and what has expired is judged on it.
    today: Option<String>,
    warnings: Vec<String>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Starts a command: forgets what an earlier command on this thread left.
pub fn begin(confirmed: bool) {
    STATE.with(|s| {
        *s.borrow_mut() = State {
            confirmed,
            ..State::default()
        }
    });
}

/// Records today's date by the clock (`clock.rs`, `LIVCR_TODAY` in tests).
pub fn set_today(today: &str) {
    STATE.with(|s| s.borrow_mut().today = Some(today.to_string()));
}

/// Today by the clock, ISO: as the command set it, else read from `clock.rs` (the only place
/// that reads the time).
pub fn today() -> Result<String> {
    match STATE.with(|s| s.borrow().today.clone()) {
        Some(today) => Ok(today),
        None => Ok(crate::domain::dates::iso(
            crate::clock::Clock::from_env()?.today,
        )),
    }
}

/// Refuses a stored date outside 2000-01-01..2099-12-31 (dates computed from others, such as a
/// next review or a purge date, included).
pub fn date_in_range(field: &str, iso: Option<&str>) -> Result<()> {
    use crate::domain::dates::{FIRST_DAY, LAST_DAY};
    match iso {
        Some(d)
            if d.get(..10)
                .is_some_and(|d| !(FIRST_DAY..=LAST_DAY).contains(&d)) =>
        {
            Err(fail_hint(
                crate::t!(
                    "gate-date-out-of-range",
                    field = field,
                    date = d,
                    first = FIRST_DAY,
                    last = LAST_DAY
                ),
                crate::t!("gate-date-out-of-range-hint"),
            ))
        }
        _ => Ok(()),
    }
}

/// Records the language of the cell the command works on (R15 compares texts with it).
pub fn set_cell_lang(lang: &str) {
    STATE.with(|s| s.borrow_mut().cell_lang = Some(lang.to_string()));
}

/// The warnings gathered so far, emptied.
pub fn take_warnings() -> Vec<String> {
    STATE.with(|s| std::mem::take(&mut s.borrow_mut().warnings))
}

/// Gathers a warning to show when the command is over (the composition writers use it too).
pub fn warn(msg: String) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if !s.warnings.contains(&msg) {
            s.warnings.push(msg);
        }
    });
}

/// Checks a text the file is about to store under `field`. Refuses (the caller's transaction
/// then rolls back) or gathers warnings.
pub fn text(field: &str, shape: Shape, text: &str) -> Result<()> {
    text_as(field, shape, text, false)
}

/// [`text`], with `identity` saying whether the value names someone or something (see
/// [`name`]). The caller says it: the field's name is shown in the interface language.
fn text_as(field: &str, shape: Shape, text: &str, identity: bool) -> Result<()> {
    input::check(field, shape, text)?;
    for w in privacy::check(field, text)? {
        warn(crate::t!(
            "gate-check-identifies-nobody",
            field = field,
            finding = w.describe()
        ));
    }
    let labels = privacy::security_labels(text);
    if !labels.is_empty() {
        let confirmed = STATE.with(|s| s.borrow().confirmed);
        let what = crate::t!(
            "gate-security-labels",
            field = field,
            labels = labels.join(", ")
        );
        if !confirmed {
            return Err(fail_hint(what, crate::t!("gate-security-labels-hint")));
        }
        warn(what);
    }
    let lang = STATE.with(|s| s.borrow().cell_lang.clone());
    if let Some(lang) = lang
        && let Some(other) = privacy::other_vocabulary(text, &lang)
    {
        warn(crate::t!(
            "gate-other-vocabulary",
            field = field,
            other = other.to_string(),
            name = if lang == "fr" { "CSIL-R" } else { "LIVC-R" }
        ));
    }
    // Last, so that an identifier or a label hidden by an invisible character is refused
    // under its own rule.
    if identity {
        visible_strict(field, text)
    } else {
        visible(field, text)
    }
}

/// [`text`] for an optional value.
pub fn opt_text(field: &str, shape: Shape, value: Option<&str>) -> Result<()> {
    match value {
        Some(t) => text(field, shape, t),
        None => Ok(()),
    }
}

/// A name (a cell, an organisation, a person, the actor): not empty, then [`text`] with only
/// visible characters and plain spaces. Such a value is compared with others, so an invisible
/// character or an unusual space would make a look-alike second one.
pub fn name(field: &str, value: &str) -> Result<()> {
    input::require_nonempty(field, value)?;
    text_as(field, Shape::Line, value, true)
}

/// Whether `value` differs from what column `column` of row `id` in `table` holds now.
/// `table` and `column` are constants of the caller, never user input.
pub fn differs(conn: &Connection, table: &str, column: &str, id: i64, value: &str) -> Result<bool> {
    let old: Option<String> = conn
        .prepare_cached(&format!("SELECT {column} FROM {table} WHERE id = ?1"))?
        .query_row(params![id], |r| r.get(0))
        .optional()?
        .flatten();
    Ok(old.as_deref() != Some(value))
}

/// [`text`] for an UPDATE: only a value that differs from the stored one is checked, so that
/// changing a date does not ask again about a text recorded before.
pub fn changed(
    conn: &Connection,
    table: &str,
    column: &str,
    id: i64,
    field: &str,
    shape: Shape,
    value: Option<&str>,
) -> Result<()> {
    match value {
        Some(new) if differs(conn, table, column, id, new)? => text(field, shape, new),
        _ => Ok(()),
    }
}

/// [`name`] for an UPDATE: only a name that differs from the stored one is checked.
pub fn changed_name(
    conn: &Connection,
    table: &str,
    column: &str,
    id: i64,
    field: &str,
    value: &str,
) -> Result<()> {
    if differs(conn, table, column, id, value)? {
        name(field, value)?;
    }
    Ok(())
}

/// A member's name: a professional's name is allowed, an identifier in it is not (an e-mail
/// address belongs in `--email`).
pub fn person_name(name: &str) -> Result<()> {
    let field = crate::t!("gate-member-name");
    self::name(&field, name)?;
    // Any full date in a person's name is a date of birth.
    privacy::check_name(&field, name)?;
    Ok(())
}

/// A member's professional phone or e-mail: the value itself is allowed, a national number,
/// IBAN or date in it is not (R8).
pub fn contact(field: &str, value: Option<&str>) -> Result<()> {
    if let Some(v) = value {
        input::check(field, Shape::Line, v)?;
        privacy::check_contact(field, v)?;
        visible_strict(field, v)?;
    }
    Ok(())
}

/// Refuses invisible characters that [`input::check`] lets through (it refuses controls and
/// bidirectional overrides and isolates). In a name, an e-mail address, a phone number and the
/// actor: every invisible character (Unicode category Cf: zero-width characters, bidirectional
/// marks, the soft hyphen, …; fillers and variation selectors, see `text::is_invisible`) and
/// every space other than U+0020 (no-break, narrow, ideographic, …): they would make a
/// look-alike second organisation, person or e-mail address. In any other text: the zero-width
/// characters that join or split nothing a reader sees (U+200B, U+2060..U+2064, U+FEFF,
/// U+180E) and the bidirectional marks (U+200E, U+200F, U+061C), which move what is shown
/// around them. Free texts keep the zero-width joiner and non-joiner (U+200D, U+200C: needed to
/// spell Persian and Indic words and emoji sequences), the soft hyphen and no-break spaces
/// (typography pasted from a word processor, French `:` spacing).
fn visible(field: &str, value: &str) -> Result<()> {
    let found = value.chars().enumerate().find(|(_, c)| {
        matches!(
            c,
            '\u{200b}' | '\u{2060}'
                ..='\u{2064}' | '\u{feff}' | '\u{180e}' | '\u{200e}' | '\u{200f}' | '\u{61c}'
        )
    });
    match found {
        None => Ok(()),
        Some((i, c)) => Err(fail_hint(
            crate::t!(
                "gate-invisible-character",
                field = field,
                character = char_name(c),
                position = i + 1
            ),
            crate::t!("gate-invisible-character-hint"),
        )),
    }
}

/// [`visible`] for a name, a contact or the actor.
fn visible_strict(field: &str, value: &str) -> Result<()> {
    let found = value
        .chars()
        .enumerate()
        .find(|(_, c)| crate::domain::text::is_invisible(*c) || (c.is_whitespace() && *c != ' '));
    match found {
        None => Ok(()),
        Some((i, c)) => Err(fail_hint(
            if c.is_whitespace() {
                crate::t!(
                    "gate-unusual-space",
                    field = field,
                    character = char_name(c),
                    position = i + 1
                )
            } else {
                crate::t!(
                    "gate-invisible-character",
                    field = field,
                    character = char_name(c),
                    position = i + 1
                )
            },
            crate::t!("gate-strict-hint"),
        )),
    }
}

/// `U+XXXX` and, for the characters met in pasted text, the Unicode name.
fn char_name(c: char) -> String {
    // i18n-ok-begin: Unicode's own names of characters, the same in every language
    let name = match c {
        '\u{a0}' => "NO-BREAK SPACE",
        '\u{ad}' => "SOFT HYPHEN",
        '\u{61c}' => "ARABIC LETTER MARK",
        '\u{180e}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{2007}' => "FIGURE SPACE",
        '\u{2009}' => "THIN SPACE",
        '\u{200b}' => "ZERO WIDTH SPACE",
        '\u{200c}' => "ZERO WIDTH NON-JOINER",
        '\u{200d}' => "ZERO WIDTH JOINER",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
        '\u{202f}' => "NARROW NO-BREAK SPACE",
        '\u{2060}' => "WORD JOINER",
        '\u{3000}' => "IDEOGRAPHIC SPACE",
        '\u{feff}' => "ZERO WIDTH NO-BREAK SPACE",
        _ => "",
    };
    // i18n-ok-end
    let code = format!("U+{:04X}", u32::from(c));
    if name.is_empty() {
        code
    } else {
        format!("{code} ({name})")
    }
}

/// Refuses a case code in `text` other than the code of `own_case`: texts every invitee sees
/// (locations, reasons, general items, the policy item, strategic meetings) name no case, and a
/// case item's text names only its own case.
pub fn no_case_data(
    conn: &Connection,
    field: &str,
    text: Option<&str>,
    own_case: Option<i64>,
) -> Result<()> {
    let Some(text) = text else { return Ok(()) };
    let mut codes = crate::domain::casecode::codes_in(text);
    // Lower-case halves joined by a space count when they name a case of this file.
    for code in crate::domain::casecode::loose_codes_in(text) {
        let known: bool = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM case_file WHERE code = ?1)")?
            .query_row(params![code], |r| r.get(0))?;
        if known && !codes.contains(&code) {
            codes.push(code);
        }
    }
    if codes.is_empty() {
        return Ok(());
    }
    let own: Option<String> = match own_case {
        Some(id) => conn
            .prepare_cached("SELECT code FROM case_file WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?,
        None => None,
    };
    if codes.iter().all(|c| own.as_deref() == Some(c.as_str())) {
        return Ok(());
    }
    Err(fail_hint(
        match own {
            Some(_) => crate::t!("gate-names-another-case", field = field),
            None => crate::t!("gate-holds-case-code", field = field),
        },
        crate::t!("gate-case-data-hint"),
    ))
}
