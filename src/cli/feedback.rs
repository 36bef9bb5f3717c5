//! `referral` and `feedback`: the Information Officer as the only bridge to the Local Taskforce.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::domain::case::{AgeBand, Phenomenon};

#[derive(Debug, Subcommand)]
pub enum ReferralCmd {
    /// Record a referral from the Local Taskforce, brought in by the IO
    ///
    /// Give the case it concerns (--case) or open a new one (--new, source io) in the same step.
    /// Record only coarse categories: security labels and classified material stay out (R13).
    In(ReferralIn),
    /// List referrals
    List {
        /// Only open ones (received, discussed, accepted)
        #[arg(long)]
        open: bool,
        /// Only one direction
        #[arg(long, value_enum)]
        direction: Option<Direction>,
    },
    /// Show a referral
    Show {
        /// Referral id
        id: i64,
    },
    /// Change a referral's status
    Update {
        /// Referral id
        id: i64,
        /// New status
        #[arg(long, value_enum)]
        status: ReferralStatus,
        /// Date [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Record that the IO carried the cell's feedback on an inbound referral back to the LTF
    ///
    /// Feedback reaches the LTF only as a feedback form sent through the consensus gate (R7):
    /// this names that sent form, and is refused while the case has none.
    Feedback {
        /// Referral id
        id: i64,
        /// The sent feedback form [default: the case's only sent form]
        #[arg(long, value_name = "FORM")]
        form: Option<i64>,
        /// Date [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ReferralIn {
    /// The IO who brought it in [default: the cell's only active IO]
    #[arg(long, value_name = "IO")]
    pub via: Option<String>,
    /// Date received
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub received: String,
    /// The case it concerns
    #[arg(
        long = "case",
        value_name = "CODE",
        conflicts_with = "new",
        required_unless_present = "new"
    )]
    pub case_code: Option<String>,
    /// Open a new case (source io) for it
    #[arg(long, requires_all = ["municipality", "phenomenon", "age_band"])]
    pub new: bool,
    /// For --new: the municipality
    #[arg(long, value_name = "NIS|NAME")]
    pub municipality: Option<String>,
    /// For --new: the phenomenon
    #[arg(long, value_enum)]
    pub phenomenon: Option<Phenomenon>,
    /// For --new: the age band
    #[arg(long, value_enum)]
    pub age_band: Option<AgeBand>,
    /// Why, as a coarse category
    #[arg(long, value_enum, default_value_t = ReferralReason::PreventiveFollowUp)]
    pub reason: ReferralReason,
    /// A short note in general terms (linted; no security labels: R13)
    #[arg(long)]
    pub note: Option<String>,
    /// When the LTF expects feedback
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub expects_feedback_by: Option<String>,
}

/// A participant's answer to a feedback form (rule R7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Answer {
    /// Consents to the form as it stands
    Yes,
    /// Does not consent: the form cannot be sent
    No,
}

impl Answer {
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum FeedbackCmd {
    /// Draft a feedback form for the police about a case, tied to the held meeting item where it
    /// was discussed (MEETING:ITEM); prints the form's id
    Draft {
        /// Case code
        code: String,
        /// The agenda item, as MEETING:ITEM (meeting id or date, item number)
        #[arg(long, value_name = "MEETING:ITEM")]
        item: String,
        /// The text, in general terms (checked by the privacy linter)
        #[arg(conflicts_with = "file", required_unless_present = "file")]
        text: Option<String>,
        /// Read the text from a file ("-" for standard input)
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Change a form's text; every consent and confirmation given so far lapses
    Edit {
        /// Form id
        id: i64,
        /// The new text, in general terms (checked by the privacy linter)
        #[arg(conflicts_with = "file", required_unless_present = "file")]
        text: Option<String>,
        /// Read the new text from a file ("-" for standard input)
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Record a participant's answer to the form: `--answer yes` (consents) or `--answer no`
    ///
    /// The answer is always spelled out: the global --yes never records consent.
    Consent {
        /// Form id
        id: i64,
        /// The participant
        #[arg(long, value_name = "MEMBER")]
        member: String,
        /// The participant's answer
        #[arg(long, value_enum, value_name = "yes|no")]
        answer: Answer,
        /// Date [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Record a secret-holder's confirmation that the form contains no professional secret
    Confirm {
        /// Form id
        id: i64,
        /// The participant who holds professional secrecy
        #[arg(long, value_name = "MEMBER")]
        member: String,
        /// Date [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Send the form through an active IO: only with every participant's consent and every
    /// secret-holder's confirmation (rule R7)
    Send {
        /// Form id
        id: i64,
        /// The IO [default: the cell's only active IO]
        #[arg(long, value_name = "IO")]
        via: Option<String>,
        /// Date [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Withdraw a form that was not sent; asks first on a terminal (--yes skips the question)
    Withdraw {
        /// Form id
        id: i64,
    },
    /// List feedback forms
    List,
    /// Show a form as handed to the IO (md or html document; json for scripts)
    Show {
        /// Form id
        id: i64,
        /// Write to this file (mode 0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Direction {
    /// From the LTF to the cell
    In,
    /// From the cell to the LTF
    Out,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum ReferralStatus {
    Received,
    Discussed,
    Accepted,
    Declined,
    Closed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum ReferralReason {
    PreventiveFollowUp,
    SocialSupport,
    Education,
    Employment,
    MentalHealth,
    FamilySupport,
    Other,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::In => "in",
            Direction::Out => "out",
        }
    }
}

impl ReferralStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReferralStatus::Received => "received",
            ReferralStatus::Discussed => "discussed",
            ReferralStatus::Accepted => "accepted",
            ReferralStatus::Declined => "declined",
            ReferralStatus::Closed => "closed",
        }
    }
}

impl ReferralReason {
    pub fn as_str(self) -> &'static str {
        match self {
            ReferralReason::PreventiveFollowUp => "preventive_follow_up",
            ReferralReason::SocialSupport => "social_support",
            ReferralReason::Education => "education",
            ReferralReason::Employment => "employment",
            ReferralReason::MentalHealth => "mental_health",
            ReferralReason::FamilySupport => "family_support",
            ReferralReason::Other => "other",
        }
    }
}
