//! livcr: the secretariat tool of a Belgian LIVC-R / CSIL-R. See README.md and `livcr --help`.
//!
//! A command flows one way: parse (cli) → validate (domain) → read/write in one transaction
//! (db) → compute (domain) → render (output).

pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod context;
pub mod db;
pub mod docs;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod keystore;
pub mod output;
pub mod prompt;

use anyhow::Result;

use crate::cli::{Cli, FormatArg};
use crate::context::Ctx;
use crate::output::Format;

/// Runs one command; returns the process exit code (0, or 1/3 for commands that report a
/// finding rather than fail). Errors are printed once by `main`.
pub fn run(cli: Cli) -> Result<u8> {
    // Before SQLite starts: SQLCipher's random bytes from the OS (db/random.rs).
    db::random::use_os_generator();
    let out_format = match cli.globals.format {
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Csv) => Format::Csv,
        Some(FormatArg::Md) => Format::Md,
        _ => Format::Table,
    };
    db::gate::begin(cli.globals.yes);
    let mut ctx = Ctx::new(&cli, out_format)?;
    ctx.out.set_view(output::View {
        color: cli.globals.color,
        wide: cli.globals.wide,
        columns: cli.globals.columns.clone(),
    });
    // A LIVCR_LANG or ui_lang naming a language livcr does not speak: said once per run.
    let choice = i18n::choice();
    if let Some((source, value)) = &choice.ignored {
        ctx.out.warn(&crate::t!(
            "ui-lang-ignored",
            source = source.as_str(),
            value = value.as_str(),
            lang = choice.lang.code()
        ))?;
    }
    let result = commands::dispatch(&mut ctx, cli.command);
    // Warnings of the text gate (R8 numbers to check, R13 labels recorded, R15 vocabulary)
    // are shown whether or not the command went through.
    for w in db::gate::take_warnings() {
        ctx.out.warn(&w)?;
    }
    result.map_err(|e| {
        if db::is_busy(&e) {
            error::fail_hint(
                crate::t!("db-busy", seconds = db::BUSY_TIMEOUT.as_secs()),
                crate::t!("db-busy-hint"),
            )
        } else {
            rule_of_trigger(e)
        }
    })
}

/// The messages of the file's triggers (migrations 6 and 9, `RAISE(ABORT, '…')`; the SQL stays
/// English) and the catalogue key each is shown with.
pub const TRIGGER_MESSAGES: &[(&str, &str)] = &[
    // i18n-ok-begin: the SQL triggers' own texts, matched to find their key
    (
        "rule R7: a held meeting is fixed; its date, kind, place and status can no longer change",
        "trigger-held-meeting-fixed",
    ),
    (
        "rule R7: a held meeting is kept; it cannot be deleted",
        "trigger-held-meeting-kept",
    ),
    (
        "rule R7: the attendance of a held meeting is fixed",
        "trigger-attendance-fixed",
    ),
    (
        "rule R7: the agenda and decisions of a held meeting are fixed",
        "trigger-agenda-fixed",
    ),
    (
        "rule R7: who took part in an item is fixed when the meeting is held",
        "trigger-participants-fixed",
    ),
    (
        "rule R7: a sent feedback form is fixed; it has left the cell",
        "trigger-feedback-sent-fixed",
    ),
    (
        "rule R7: the consents of a sent or withdrawn feedback form are fixed",
        "trigger-consents-sent-withdrawn-fixed",
    ),
    (
        "rule R7: the consents of a sent feedback form are fixed",
        "trigger-consents-sent-fixed",
    ),
    (
        "rule R7: the confirmations of a sent or withdrawn feedback form are fixed",
        "trigger-confirmations-sent-withdrawn-fixed",
    ),
    (
        "rule R7: the confirmations of a sent feedback form are fixed",
        "trigger-confirmations-sent-fixed",
    ),
    (
        "rule R7: the disclosure register is append-only",
        "trigger-disclosures-append-only",
    ),
    (
        "rule R11: the destruction register is append-only",
        "trigger-destructions-append-only",
    ),
    ("the audit log is append-only", "trigger-audit-append-only"),
    (
        "an agenda item number, once given in a meeting, is not given again",
        "trigger-item-number-not-reused",
    ),
    (
        "an agenda item keeps its number for the life of the meeting",
        "trigger-item-number-kept",
    ),
    // i18n-ok-end
];

/// A write refused by one of the file's triggers (migrations 6 and 9) becomes a normal error
/// that names the rule, in the interface language, without the SQL around it.
fn rule_of_trigger(err: anyhow::Error) -> anyhow::Error {
    let refused = err
        .chain()
        .find_map(|e| match e.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(_, Some(msg))) => TRIGGER_MESSAGES
                .iter()
                .find(|(sql, _)| sql == msg)
                .map(|(_, key)| *key)
                .or_else(|| {
                    // i18n-ok: machine (the start of a trigger's message)
                    (msg.starts_with("rule R") || msg.starts_with("the audit log")).then_some("")
                })
                .map(|key| (key, msg.clone())),
            _ => None,
        });
    match refused {
        Some((key, msg)) => {
            let message = if key.is_empty() {
                // A trigger of a newer file this livcr does not know: its own words.
                msg
            } else {
                i18n::text(key, &[])
            };
            error::fail_hint(message, crate::t!("trigger-hint"))
        }
        None => err,
    }
}
