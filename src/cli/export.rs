//! `export`, `report` and `remind`: what scripts and cron run.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::domain::case::Status;

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// The month's figures (--format csv, json or md; default csv), small counts hidden
    ///
    /// For a joint cell the figures are also given per municipality. Counts below K (default 3,
    /// the config's suppress_below) are hidden, and so is every figure from which a hidden one
    /// could be worked out through the sums of the table. A hidden figure is an empty value
    /// (CSV), null (JSON) or `x` (md), with `suppressed` true. With --out DIR the file is
    /// livcr-<cell>-<YYYY-MM>.<ext>, written atomically with mode 0600, with a manifest beside
    /// it.
    Monthly(MonthlyArgs),
    /// Cases with codes and coarse facts (no free text unless --with-text)
    Cases {
        /// Only this status
        #[arg(long, value_enum)]
        status: Option<Status>,
        /// Include summaries (recorded in the disclosure register)
        #[arg(long)]
        with_text: bool,
        /// Write to this file (mode 0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Meetings: dates, kinds, status, items, attendance
    Meetings {
        /// Only this status
        #[arg(long, value_enum)]
        status: Option<MeetingStatus>,
        /// Write to this file (mode 0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Actions: case code, owner, dates (no text unless --with-text)
    Actions {
        /// Only open, done or overdue actions
        #[arg(long, value_enum)]
        status: Option<ActionStatus>,
        /// Include the actions' texts (recorded in the disclosure register)
        #[arg(long)]
        with_text: bool,
        /// Write to this file (mode 0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct MonthlyArgs {
    /// The month: YYYY-MM, `last` or `this`
    #[arg(long, default_value = "last", value_name = "YYYY-MM|last")]
    pub month: String,
    /// A folder (the file is named for you) or a file
    #[arg(long, value_name = "DIR|FILE")]
    pub out: Option<PathBuf>,
    /// Hide counts below K [default: the config's suppress_below, 3]
    #[arg(long, value_name = "K")]
    pub suppress_below: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    /// The year in figures and a month-by-month table (--format md, html or json; default md)
    Annual {
        /// The year
        #[arg(long)]
        year: i32,
        /// Write to this file (mode 0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Hide counts below K [default: the config's suppress_below, 3]
        #[arg(long, value_name = "K")]
        suppress_below: Option<u32>,
    },
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    /// How far ahead to look, e.g. 14d or 2w [default: the config's remind_within, 14d]
    #[arg(long, value_name = "SPAN")]
    pub within: Option<String>,
    /// Exit with code 3 when something is due
    #[arg(long)]
    pub fail_if_due: bool,
    /// Only what concerns one organisation (its actions, the cases it leads, its members)
    #[arg(long = "for", value_name = "ORG")]
    pub for_org: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MeetingStatus {
    Planned,
    Held,
    Cancelled,
}

impl MeetingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingStatus::Planned => "planned",
            MeetingStatus::Held => "held",
            MeetingStatus::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ActionStatus {
    Open,
    Done,
    Overdue,
}
