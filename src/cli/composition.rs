//! `cell`, `org` and `member`: the cell's composition.

use clap::{Args, Subcommand};

pub use crate::domain::composition::{Role, Sector};

#[derive(Debug, Subcommand)]
pub enum CellCmd {
    /// Add a cell covering one municipality, or several for a joint cell
    ///
    /// --lang sets the cell's document language; it defaults to the region of the first municipality (Flanders nl,
    /// Wallonia fr, Brussels nl, the nine German-speaking municipalities de). On a terminal,
    /// missing values are asked for.
    Add(CellAdd),
    /// List the cells in this file
    List,
    /// Show a cell: municipalities, members by role and the state of every rule
    Show {
        /// Cell code [default: --cell, or the only cell]
        code: Option<String>,
        /// Show the composition as it was on this date
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Change a cell's name, language (--lang), establishment date, retention or review interval
    Edit(CellEdit),
    /// A municipality joins the cell (it becomes or stays a joint cell)
    Join {
        /// Cell code
        code: String,
        /// NIS code or name of the municipality
        #[arg(long, value_name = "NIS|NAME")]
        municipality: String,
        /// First day the cell covers it [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        from: Option<String>,
    },
    /// A municipality leaves the cell; its mayor's seat ends on the same day
    ///
    /// A case belongs to the cell that covers its municipality (rule R9): while the cell holds
    /// open cases of the municipality, give --transfer-to or --close-open-cases.
    Leave {
        /// Cell code
        code: String,
        /// NIS code or name of the municipality
        #[arg(long, value_name = "NIS|NAME")]
        municipality: String,
        /// First day the cell no longer covers it [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
        /// The cell that covers the municipality from the leave date on (it joins then, if it
        /// does not yet): the open cases move to it with their history
        #[arg(long, value_name = "CELL", conflicts_with = "close_open_cases")]
        transfer_to: Option<String>,
        /// Close the open cases on the leave date with this closure reason (cases never put on
        /// the list are declined)
        #[arg(long, value_name = "REASON", value_enum)]
        close_open_cases: Option<crate::domain::case::CloseReason>,
    },
    /// Check the composition rules R1-R5 (exit 1 when a rule is broken)
    Check {
        /// Cell code [default: --cell, or the only cell]
        code: Option<String>,
        /// Check the composition as it was on this date
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct CellAdd {
    /// Short code of the cell, e.g. GENT or ZONE-VLAS (letters, digits, dashes)
    pub code: Option<String>,
    /// Full name, e.g. "LIVC-R Gent"
    #[arg(long)]
    pub name: Option<String>,
    /// A municipality the cell covers (NIS code or name); repeat for a joint cell
    #[arg(long = "municipality", value_name = "NIS|NAME")]
    pub municipalities: Vec<String>,
    /// Date the mayor(s) set up the cell [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub established: Option<String>,
    /// Months a closed case is kept before purge
    #[arg(long, value_name = "N", default_value_t = 24)]
    pub retention_months: u32,
    /// Weeks between case reviews
    #[arg(long, value_name = "N", default_value_t = 12)]
    pub review_weeks: u32,
}

#[derive(Debug, Args)]
pub struct CellEdit {
    /// Cell code
    pub code: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New establishment date; municipalities and seats that began on the old date move with it
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub established: Option<String>,
    /// Months a closed case is kept before purge; the purge dates of the cell's closed and
    /// declined cases are recomputed
    #[arg(long, value_name = "N")]
    pub retention_months: Option<u32>,
    /// Weeks between case reviews
    #[arg(long, value_name = "N")]
    pub review_weeks: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum OrgCmd {
    /// Add an organisation (security and intelligence services are refused: rule R4)
    Add {
        /// Name, e.g. "OCMW Gent" or "CPAS de Liège"
        name: Option<String>,
        /// Sector
        #[arg(long, value_enum)]
        sector: Option<Sector>,
        /// Legal basis of participation, for services of the Communities and Regions
        #[arg(long, value_name = "TEXT")]
        legal_basis: Option<String>,
    },
    /// List organisations
    List,
    /// Change an organisation's name, sector or legal basis
    Edit {
        /// Organisation id or name
        org: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New sector
        #[arg(long, value_enum)]
        sector: Option<Sector>,
        /// New legal basis of participation (services of the Communities and Regions)
        #[arg(long, value_name = "TEXT")]
        legal_basis: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    /// Give a person a seat in the cell (a new person, or an existing one found by e-mail)
    Add(MemberAdd),
    /// List members (seats in force today, or all with --all)
    List {
        /// Only this role
        #[arg(long, value_enum)]
        role: Option<Role>,
        /// Include ended seats
        #[arg(long)]
        all: bool,
    },
    /// Show a member: contact, seats, declaration and clearance
    Show {
        /// Member id, e-mail or a unique part of the name
        member: String,
    },
    /// Change a member's name, contact details, organisation or secret-holder mark
    Edit {
        /// Member id, e-mail or a unique part of the name
        member: String,
        /// New full name (a professional; never a case subject)
        #[arg(long)]
        name: Option<String>,
        /// New work e-mail
        #[arg(long)]
        email: Option<String>,
        /// New work phone
        #[arg(long)]
        phone: Option<String>,
        /// Organisation id or name
        #[arg(long)]
        org: Option<String>,
        /// Holds professional secrecy (true or false)
        #[arg(long, value_name = "BOOL")]
        secret_holder: Option<bool>,
    },
    /// End a member's seats; the history and the audit log stay. Asks first on a terminal
    /// (--yes skips the question)
    End {
        /// Member id, e-mail or a unique part of the name
        member: String,
        /// First day the seat no longer holds [default: today]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        on: Option<String>,
        /// Only the seat with this role [default: every seat the member holds in the cell]
        #[arg(long, value_enum)]
        role: Option<Role>,
    },
    /// Record a signed confidentiality declaration (rule R5)
    Declare {
        /// Member id, e-mail or a unique part of the name
        member: String,
        /// Date signed
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        signed: String,
        /// Last day it is valid [default: no end]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        valid_until: Option<String>,
    },
    /// Record the date an IO's security clearance "geheim" was confirmed (rule R3)
    Clearance {
        /// Member id, e-mail or a unique part of the name
        member: String,
        /// Date confirmed
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        confirmed: String,
    },
}

#[derive(Debug, Args)]
pub struct MemberAdd {
    /// Full name of the member (a professional; never a case subject)
    pub name: Option<String>,
    /// Organisation id or name
    #[arg(long)]
    pub org: Option<String>,
    /// Role in the cell
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    /// For a mayor seat: the municipality (NIS code or name)
    #[arg(long, value_name = "NIS|NAME")]
    pub municipality: Option<String>,
    /// Work e-mail (an existing person with this e-mail gets the extra seat)
    #[arg(long)]
    pub email: Option<String>,
    /// Work phone
    #[arg(long)]
    pub phone: Option<String>,
    /// First day of the seat [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// For partner and ad hoc seats: the mayor or chair who invited them
    #[arg(long, value_name = "MEMBER")]
    pub invited_by: Option<String>,
    /// Date of the invitation [default: the first day of the seat]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub invited_on: Option<String>,
    /// The member holds professional secrecy (asked to confirm feedback forms contain none)
    #[arg(long)]
    pub secret_holder: bool,
}
