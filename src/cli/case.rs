//! `case`, `action` and `purge`: anonymised case follow-up.

use std::path::PathBuf;

use clap::{Args, Subcommand};

pub use crate::domain::case::{AgeBand, CloseReason, MoveTarget, Phenomenon, Source, Status};

#[derive(Debug, Subcommand)]
pub enum CaseCmd {
    /// Open a case for a new signal; prints its random code (never a name: rule R8)
    Open(CaseOpen),
    /// List cases (open ones by default), soonest review first; minors are marked (R12)
    List(CaseList),
    /// Show a case: facts, journal, actions (each view is written to the audit log)
    Show {
        /// Case code (case and dashes do not matter)
        code: String,
    },
    /// Move a case to another status (on_list only by the chair or the municipality's mayor: R9)
    Move {
        /// Case code
        code: String,
        /// New status
        #[arg(long, value_enum)]
        to: MoveTarget,
        /// The member who decided (required for on_list: the chair or the mayor)
        #[arg(long, value_name = "MEMBER")]
        decided_by: Option<String>,
        /// Why, in general terms (passes the privacy linter)
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// Date of the decision [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Add a note to the case's journal (checked by the privacy linter)
    ///
    /// Give the text as an argument, with --file, or, on a terminal, write it in $EDITOR.
    Note {
        /// Case code
        code: String,
        /// The note, in general terms: no names, numbers, contact details or birth dates
        text: Option<String>,
        /// Read the note from a file ("-" for standard input)
        #[arg(long, value_name = "FILE", conflicts_with = "text")]
        file: Option<PathBuf>,
        /// Date of the note [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Set the lead organisation of the follow-up
    Lead {
        /// Case code
        code: String,
        /// Organisation id or name
        #[arg(long)]
        org: String,
    },
    /// Record a review and set the next one (default: the case's interval)
    Review {
        /// Case code
        code: String,
        /// Date of the review [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
        /// Date of the next review
        #[arg(
            long,
            value_name = "DATE",
            conflicts_with = "interval",
            allow_hyphen_values = true
        )]
        next: Option<String>,
        /// Time to the next review, e.g. 8w or 3m
        #[arg(long, value_name = "SPAN")]
        interval: Option<String>,
    },
    /// Close a case; retention (and so the purge date) runs from closure
    Close {
        /// Case code
        code: String,
        /// Why the case is closed
        #[arg(long, value_enum)]
        reason: CloseReason,
        /// Date of closure [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Reopen a closed or declined case (only before its purge date, judged on today)
    ///
    /// The case goes back to the status it had before it was closed. When that puts it back on
    /// the case list (on_list or follow_up), the chair or the mayor of its municipality decides
    /// (rule R9): give --decided-by.
    Reopen {
        /// Case code
        code: String,
        /// Date [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
        /// The chair or the mayor of the case's municipality who decided to put it back on the
        /// case list (member id, e-mail or name)
        #[arg(long, value_name = "MEMBER")]
        decided_by: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct CaseOpen {
    /// Municipality of the case (NIS code or name); it must be covered by the cell. Required:
    /// asked on a terminal when left out
    #[arg(long, value_name = "NIS|NAME")]
    pub municipality: Option<String>,
    /// Who reported the concern (required; asked on a terminal when left out)
    #[arg(long, value_enum)]
    pub source: Option<Source>,
    /// The organisation that reported it (id or name)
    #[arg(long, value_name = "ORG")]
    pub source_org: Option<String>,
    /// Phenomenon (required; asked on a terminal when left out)
    #[arg(long, value_enum)]
    pub phenomenon: Option<Phenomenon>,
    /// Age band, never a date of birth (required; asked on a terminal when left out)
    #[arg(long, value_enum)]
    pub age_band: Option<AgeBand>,
    /// A short summary in general terms (checked by the privacy linter)
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// Date of the signal, for entering a backlog [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub on: Option<String>,
}

#[derive(Debug, Args)]
pub struct CaseList {
    /// Only this status
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Only this municipality (NIS code or name)
    #[arg(long, value_name = "NIS|NAME")]
    pub municipality: Option<String>,
    /// Only this phenomenon
    #[arg(long, value_enum)]
    pub phenomenon: Option<Phenomenon>,
    /// Only cases whose review is due (today or earlier)
    #[arg(long)]
    pub review_due: bool,
    /// Only minors (age bands under_12 and 12_17)
    #[arg(long)]
    pub minors: bool,
    /// Include closed and declined cases
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum ActionCmd {
    /// Add an action to a case: an owner organisation, a due date, a text (linted)
    Add {
        /// Case code
        code: String,
        /// Owner organisation (id or name)
        #[arg(long)]
        org: String,
        /// Due date (YYYY-MM-DD, DD/MM/YYYY or relative like +2w)
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        due: String,
        /// What is to be done, in general terms
        text: String,
        /// Date the action was agreed, for entering a backlog [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// List open actions (soonest due first)
    List {
        /// Only overdue actions
        #[arg(long)]
        overdue: bool,
        /// Only this owner organisation
        #[arg(long)]
        org: Option<String>,
        /// Only this case
        #[arg(long = "case", value_name = "CODE")]
        case_code: Option<String>,
        /// Include done actions
        #[arg(long)]
        all: bool,
    },
    /// Mark an action done
    Done {
        /// Action id
        id: i64,
        /// Date done [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Change an action's owner, due date or text
    Edit {
        /// Action id
        id: i64,
        /// New owner organisation (id or name)
        #[arg(long)]
        org: Option<String>,
        /// New due date (YYYY-MM-DD, DD/MM/YYYY or relative like +2w)
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        due: Option<String>,
        /// New text, in general terms (checked by the privacy linter)
        #[arg(long)]
        text: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Only list what would be deleted
    #[arg(long)]
    pub dry_run: bool,
}
