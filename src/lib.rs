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
    let mut ctx = Ctx::new(&cli, out_format)?;
    commands::dispatch(&mut ctx, cli.command).map_err(|e| {
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
            e
        }
    })
}
