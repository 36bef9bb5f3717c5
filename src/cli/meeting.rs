//! `meeting` and `agenda`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

pub use crate::domain::agenda::Section;

#[derive(Debug, Subcommand)]
pub enum MeetingCmd {
    /// Plan a meeting (Europe/Brussels local time); a date in the past needs --yes
    Plan {
        /// Date (YYYY-MM-DD, DD/MM/YYYY, or relative like +7d)
        #[arg(allow_hyphen_values = true)]
        date: String,
        /// Start time, e.g. 14:00 or 14h30
        time: String,
        /// Kind of meeting
        #[arg(long, value_enum, default_value_t = MeetingKind::Case)]
        kind: MeetingKind,
        /// Where (no case data)
        #[arg(long)]
        location: Option<String>,
        /// Length, e.g. 2h, 90m, 1h30
        #[arg(long, default_value = "2h")]
        duration: String,
    },
    /// List meetings
    List {
        /// Only meetings from today on
        #[arg(long, conflicts_with = "past")]
        upcoming: bool,
        /// Only meetings before today
        #[arg(long)]
        past: bool,
    },
    /// Show a meeting: time, place, agenda, attendance, decisions
    Show {
        /// Meeting id, or its date when only one meeting falls on it
        meeting: String,
    },
    /// Move a planned meeting to another date and time
    Move {
        /// Meeting id or date
        meeting: String,
        /// New date and time: `--to 2026-12-14 14:00`
        #[arg(long, num_args = 2, value_names = ["DATE", "TIME"], required = true, allow_hyphen_values = true)]
        to: Vec<String>,
    },
    /// Cancel a planned meeting; asks first on a terminal (--yes skips the question)
    Cancel {
        /// Meeting id or date
        meeting: String,
        /// Why (no case data)
        #[arg(long)]
        reason: Option<String>,
    },
    /// Record who was present, excused or absent (members by id, e-mail or name, comma-separated)
    Attend {
        /// Meeting id or date
        meeting: String,
        /// Members who were present
        #[arg(long, value_delimiter = ',', value_name = "M,…")]
        present: Vec<String>,
        /// Members who were excused (sent apologies)
        #[arg(long, value_delimiter = ',', value_name = "M,…")]
        excused: Vec<String>,
        /// Members who were absent without excuse
        #[arg(long, value_delimiter = ',', value_name = "M,…")]
        absent: Vec<String>,
    },
    /// Record the decision on an agenda item and who took part in it
    ///
    /// The participants are the members present, minus those who left the room for this item,
    /// plus invitees who joined for it. Nobody is obliged to say anything (R6): the text is
    /// optional. For a case item the decision is written to the case's journal.
    Decide {
        /// Meeting id or date
        meeting: String,
        /// Item number
        item: i64,
        /// Kind of decision
        #[arg(long, value_enum)]
        kind: DecisionKind,
        /// The decision, in general terms (checked by the privacy linter)
        #[arg(long)]
        text: Option<String>,
        /// Members who left the room for this item
        #[arg(long, value_delimiter = ',', value_name = "M,…")]
        left: Vec<String>,
        /// Invitees who joined for this item
        #[arg(long, value_delimiter = ',', value_name = "M,…")]
        joined: Vec<String>,
    },
    /// Mark a meeting as held (a case consultation needs its statutory presence: R2)
    ///
    /// Its items are then fixed: with items still undecided it asks first on a terminal, and
    /// needs --yes elsewhere.
    Close {
        /// Meeting id or date
        meeting: String,
        /// Close even without the statutory presence (needs --reason; audited)
        #[arg(long, requires = "reason")]
        force: bool,
        /// Why the meeting is closed without the statutory presence (with --force)
        #[arg(long, requires = "force")]
        reason: Option<String>,
    },
    /// Walk through a meeting on a terminal: attendance, then item by item
    Run {
        /// Meeting id or date
        meeting: String,
    },
    /// Write the minutes: attendance, items, decisions, actions (confidential)
    Minutes {
        /// Meeting id or date
        meeting: String,
        /// Write to this file (mode 0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write an iCalendar file (RFC 5545) of the cell's meetings: planned, held and cancelled
    Ics {
        /// Write to this file (mode 0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Only meetings from this date on [default: all]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        from: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AgendaCmd {
    /// Draft the agenda from the state of the cases on the meeting's date (idempotent)
    Draft {
        /// Meeting id or date
        meeting: String,
    },
    /// Add an item by hand
    Add(AgendaAdd),
    /// Put an item under another heading; it keeps its number
    ///
    /// Item numbers are given once and never change while the meeting lives, so that
    /// `meeting decide M N` and `feedback draft --item M:N` always mean the same item. The
    /// agenda shows items by heading, then by number.
    Move {
        /// Meeting id or date
        meeting: String,
        /// Item number (as `agenda show` lists it)
        item: i64,
        /// The heading it goes under
        #[arg(long, value_enum, value_name = "SECTION")]
        to: Section,
    },
    /// Remove an item (not one with a decision); asks first on a terminal (--yes skips it)
    ///
    /// The other items keep their numbers.
    Rm {
        /// Meeting id or date
        meeting: String,
        /// Item number (as `agenda show` lists it)
        item: i64,
    },
    /// Show the agenda
    Show {
        /// Meeting id or date
        meeting: String,
    },
    /// Write the confidential agenda as a document (md or html), optionally one invitee's copy
    Export {
        /// Meeting id or date
        meeting: String,
        /// The invitee's copy: general items plus the cases their organisation is involved in
        #[arg(long = "for", value_name = "MEMBER")]
        for_member: Option<String>,
        /// Write to this file (mode 0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct AgendaAdd {
    /// Meeting id or date
    pub meeting: String,
    /// The item's text (checked by the privacy linter)
    pub text: String,
    /// The case the item is about
    #[arg(long = "case", value_name = "CODE")]
    pub case_code: Option<String>,
    /// The heading it goes under [default: aob, or reviews for a case]
    #[arg(long, value_enum)]
    pub kind: Option<Section>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MeetingKind {
    /// Case consultation
    Case,
    /// Strategic meeting (no case data)
    Strategic,
    /// Both
    Mixed,
}

impl MeetingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::Case => "case",
            MeetingKind::Strategic => "strategic",
            MeetingKind::Mixed => "mixed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DecisionKind {
    /// Decided by consensus
    Consensus,
    /// Decided by the chair
    Chair,
    /// Postponed
    Postponed,
    /// No decision
    None,
}

impl DecisionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionKind::Consensus => "consensus",
            DecisionKind::Chair => "chair",
            DecisionKind::Postponed => "postponed",
            DecisionKind::None => "none",
        }
    }
}
