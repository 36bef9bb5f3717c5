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
    let out_format = match cli.format {
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Csv) => Format::Csv,
        Some(FormatArg::Md) => Format::Md,
        _ => Format::Table,
    };
    db::gate::begin(cli.yes);
    let mut ctx = Ctx::new(&cli, out_format)?;
    ctx.out.set_view(output::View {
        color: cli.color,
        wide: cli.wide,
        columns: cli.columns.clone(),
    });
    let result = commands::dispatch(&mut ctx, cli.command);
    // Warnings of the text gate (R8 numbers to check, R13 labels recorded, R15 vocabulary)
    // are shown whether or not the command went through.
    for w in db::gate::take_warnings() {
        ctx.out.warn(&w)?;
    }
    result.map_err(|e| {
        if db::is_busy(&e) {
            error::fail_hint(
                format!(
                    "another livcr is writing to the database and did not finish within {} s; \
                     this command wrote nothing",
                    db::BUSY_TIMEOUT.as_secs()
                ),
                "try again in a moment",
            )
        } else {
            rule_of_trigger(e)
        }
    })
}

/// A write refused by one of the file's triggers (migration 6) becomes a normal error that
/// names the rule, without the SQL around it.
fn rule_of_trigger(err: anyhow::Error) -> anyhow::Error {
    let refused = err
        .chain()
        .find_map(|e| match e.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(_, Some(msg)))
                if msg.starts_with("rule R") || msg.starts_with("the audit log") =>
            {
                Some(msg.clone())
            }
            _ => None,
        });
    match refused {
        Some(msg) => error::fail_hint(
            msg,
            "what the law fixed stays as it was recorded; nothing was changed",
        ),
        None => err,
    }
}
