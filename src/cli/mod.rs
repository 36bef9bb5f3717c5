//! Command-line types (clap derive). The doc comments are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::domain::Lang;

mod case;
mod composition;
mod export;
mod feedback;
mod formats;
pub use export::{ActionStatus, ExportCmd, MeetingStatus, MonthlyArgs, RemindArgs, ReportCmd};
pub use formats::{
    DATA, DOCUMENT, NONE, accepted, command, localized_command, parse, try_parse_from,
};
mod meeting;
pub use case::{ActionCmd, CaseCmd, CaseList, CaseOpen, PurgeArgs};
pub use composition::{CellAdd, CellCmd, CellEdit, MemberAdd, MemberCmd, OrgCmd, Role, Sector};
pub use feedback::{
    Answer, Direction, FeedbackCmd, ReferralCmd, ReferralIn, ReferralReason, ReferralStatus,
};
pub use meeting::{AgendaAdd, AgendaCmd, DecisionKind, MeetingCmd, MeetingKind};

/// The heading of the options every command takes.
pub const GLOBAL: &str = "Global options";

/// Secretariat tool for a Belgian LIVC-R / CSIL-R (local integrated security cell on
/// radicalisation, extremism and terrorism).
///
/// livcr keeps the cell's composition, its meetings, its anonymised cases and the referrals that
/// pass through the Information Officer in one local SQLite file, and produces the exports and
/// reminders a secretariat needs. Cases are random codes with coarse facts: never a name.
#[derive(Debug, Parser)]
#[command(
    name = "livcr",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(
    after_help = "Exit codes: 0 success; 1 error (bad value, refused by a rule, not found, \
                        database problem); 2 usage error; 3 `remind --fail-if-due` found work due.\n\
                        Set LIVCR_TODAY=YYYY-MM-DD to fix today's date (tests, reproducible reports)."
)]
pub struct Cli {
    #[command(flatten)]
    pub globals: Globals,

    #[command(subcommand)]
    pub command: Command,
}

/// The options every command takes (global: before or after the command's name).
#[derive(Debug, Args)]
pub struct Globals {
    /// Database file [default: $LIVCR_DB, else the config's `db`, else
    /// $XDG_DATA_HOME/livcr/livcr.db; %APPDATA%\livcr\livcr.db on Windows]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Config file [default: $XDG_CONFIG_HOME/livcr/config.toml; %APPDATA%\livcr\config.toml
    /// on Windows]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// The cell to work on, by its code [default: the only cell, or the config's `cell`]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "CODE")]
    pub cell: Option<String>,

    /// Output format: each command's --help lists the formats it accepts (lists: table, json,
    /// csv, md; documents: md, html)
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// Your name in the audit log [default: the config's `actor`, else your login name]
    #[arg(long = "as", global = true, help_heading = GLOBAL, value_name = "NAME")]
    pub actor: Option<String>,

    /// Never ask questions: a missing value is an error naming its flag
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub no_input: bool,

    /// Answer yes to confirmations
    #[arg(short = 'y', long, global = true, help_heading = GLOBAL)]
    pub yes: bool,

    /// Key file of an encrypted database: its first line is the passphrase, or the raw key
    /// written by `livcr key new`; mode 0600 [default: $LIVCR_KEY_FILE, else the config's
    /// `key_file`, else the OS keyring if the key was kept there, else a prompt on a terminal]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "FILE", env = "LIVCR_KEY_FILE")]
    pub key_file: Option<PathBuf>,

    /// Language of documents [default: the cell's language]
    #[arg(long, global = true, help_heading = GLOBAL, value_enum)]
    pub lang: Option<Lang>,

    /// Colour in tables (statuses, overdue dates): auto colours on a terminal unless NO_COLOR
    /// is set or TERM=dumb
    #[arg(
        long,
        global = true,
        help_heading = GLOBAL,
        value_enum,
        value_name = "WHEN",
        default_value = "auto"
    )]
    pub color: crate::output::ColorChoice,

    /// Show every column of a list (a table shows the default columns that fit 80 columns)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub wide: bool,

    /// Show these columns of a list, in this order, in any format (names as in the JSON/CSV
    /// header, e.g. `--columns code,status,opened_on`)
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "A,B,…", value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
}

/// Every value `--format` takes; each command says which it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Csv,
    Md,
    Html,
    Text,
}

impl FormatArg {
    pub fn as_str(self) -> &'static str {
        match self {
            FormatArg::Table => "table",
            FormatArg::Json => "json",
            FormatArg::Csv => "csv",
            FormatArg::Md => "md",
            FormatArg::Html => "html",
            FormatArg::Text => "text",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new, empty database (never overwrites one), encrypted unless --plain
    ///
    /// The passphrase comes from --key-file (LIVCR_KEY_FILE, the config's `key_file`), else it
    /// is asked twice on a terminal, and then livcr asks whether to keep it in the OS keyring
    /// (default No). A lost passphrase means lost data: keep it in a password manager or a
    /// sealed envelope, never beside the file or its backups.
    Init(InitArgs),
    /// Build a realistic demo database and show what livcr does with it
    ///
    /// Without --db it writes livcr-demo.db in the current folder, never your real database,
    /// and it refuses to overwrite a file that is not a demo database.
    Demo(DemoArgs),
    /// Show the settings in force, or print a commented default config file
    #[command(subcommand)]
    Config(ConfigCmd),
    /// Belgian municipalities (reference data, NIS codes, 2025 mergers)
    #[command(subcommand, alias = "mun")]
    Municipality(MunicipalityCmd),
    /// Cells: the municipalities they cover, their composition and the rules R1-R5
    #[command(subcommand)]
    Cell(CellCmd),
    /// Organisations whose staff sit in the cell
    #[command(subcommand)]
    Org(OrgCmd),
    /// Members: seats held by people of organisations, declarations and clearances
    #[command(subcommand)]
    Member(MemberCmd),
    /// Anonymised cases: codes, status, journal, reviews, closure
    #[command(subcommand)]
    Case(CaseCmd),
    /// Actions agreed for cases: owner, due date, done
    #[command(subcommand)]
    Action(ActionCmd),
    /// Meetings: planning, attendance, decisions, minutes, calendar
    #[command(subcommand)]
    Meeting(MeetingCmd),
    /// Agendas: drafted from the state of the cases, edited, exported per invitee
    #[command(subcommand)]
    Agenda(AgendaCmd),
    /// Referrals through the Information Officer (the only bridge to the Local Taskforce)
    #[command(subcommand)]
    Referral(ReferralCmd),
    /// Feedback forms for the police, sent only with every participant's consent (rule R7)
    #[command(subcommand)]
    Feedback(FeedbackCmd),
    /// Exports for scripts: the monthly figures, and lists of cases, meetings and actions
    #[command(subcommand)]
    Export(ExportCmd),
    /// Reports for the mayors and the council
    #[command(subcommand)]
    Report(ReportCmd),
    /// What is due or overdue, for cron: prints nothing when nothing is due; never prompts or writes
    Remind(RemindArgs),
    /// Delete closed and declined cases whose retention has ended (rule R11)
    ///
    /// Use --dry-run first to see what would go, then --yes. Anonymous monthly counts are kept
    /// so that reports on past months do not change; a destruction register row is written.
    Purge(PurgeArgs),
    /// The audit log: every change, hash-chained
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Copy the database safely while it may be in use, verified before it is reported
    ///
    /// The copy is one consistent snapshot, encrypted with the same key as the file.
    Backup(BackupArgs),
    /// Replace the database with a backup, after checks and a confirmation
    ///
    /// The current file is kept beside it as `*.before-restore-<time>`.
    Restore(RestoreArgs),
    /// Encrypt a plain database in place (SQLCipher), with a key file or a typed passphrase
    Encrypt,
    /// Change the passphrase of an encrypted database (and the OS keyring's entry, if any)
    Rekey(RekeyArgs),
    /// The key of an encrypted database: a new random key file, or kept in the OS keyring
    #[command(subcommand)]
    Key(KeyCmd),
    /// Upgrade a database written by an older livcr (a copy is kept beside it first)
    Upgrade,
    /// Show the database file: path, encryption, schema version, audit chain head
    Status,
    /// Print shell completions (bash, zsh, fish, elvish, powershell)
    ///
    /// e.g. `livcr completions bash > ~/.local/share/bash-completion/completions/livcr`
    Completions {
        /// The shell to write completions for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write one page per command with --out
    ///
    /// `livcr man --out ~/.local/share/man/man1` writes livcr.1, livcr-case.1,
    /// livcr-case-list.1, … (then `man livcr-case-list`); `livcr man` alone prints livcr.1.
    Man(ManArgs),
}

impl Command {
    /// The clap command of the top-level command `name` (or an alias) as the derived tree has
    /// it, texts aside, built alone: the first parse of a command line builds only the command
    /// it names (see `formats::try_parse_from`). `None` for a name that is not a command, and
    /// for `completions`, whose arguments are declared inline. The test
    /// `each_command_built_alone_is_the_derived_one` compares every one with the derived tree.
    pub(crate) fn alone(name: &str) -> Option<clap::Command> {
        use clap::Command as C;
        fn group<T: Subcommand>(name: &'static str) -> C {
            T::augment_subcommands(C::new(name))
                .subcommand_required(true)
                .arg_required_else_help(true)
        }
        fn args<T: Args>(name: &'static str) -> C {
            T::augment_args(C::new(name))
        }
        Some(match name {
            "init" => args::<InitArgs>("init"),
            "demo" => args::<DemoArgs>("demo"),
            "config" => group::<ConfigCmd>("config"),
            "municipality" | "mun" => group::<MunicipalityCmd>("municipality").alias("mun"),
            "cell" => group::<CellCmd>("cell"),
            "org" => group::<OrgCmd>("org"),
            "member" => group::<MemberCmd>("member"),
            "case" => group::<CaseCmd>("case"),
            "action" => group::<ActionCmd>("action"),
            "meeting" => group::<MeetingCmd>("meeting"),
            "agenda" => group::<AgendaCmd>("agenda"),
            "referral" => group::<ReferralCmd>("referral"),
            "feedback" => group::<FeedbackCmd>("feedback"),
            "export" => group::<ExportCmd>("export"),
            "report" => group::<ReportCmd>("report"),
            "remind" => args::<RemindArgs>("remind"),
            "purge" => args::<PurgeArgs>("purge"),
            "audit" => group::<AuditCmd>("audit"),
            "backup" => args::<BackupArgs>("backup"),
            "restore" => args::<RestoreArgs>("restore"),
            "encrypt" => C::new("encrypt"),
            "rekey" => args::<RekeyArgs>("rekey"),
            "key" => group::<KeyCmd>("key"),
            "upgrade" => C::new("upgrade"),
            "status" => C::new("status"),
            "man" => args::<ManArgs>("man"),
            _ => return None,
        })
    }
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write a manual page per command (livcr.1, livcr-case.1, livcr-case-list.1, …) into this
    /// folder, created if missing; pages already there are replaced
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Instead of the tour, generate a large synthetic file for benchmarks: N cells of two
    /// municipalities, each with ten years of cases, journal, actions and monthly meetings
    /// (250 gives a national-size file: 100,000 cases, about a million journal entries)
    #[arg(long, value_name = "N")]
    pub scale: Option<usize>,
    /// With --scale: cases per cell
    #[arg(long, value_name = "N", default_value_t = 400, requires = "scale")]
    pub cases_per_cell: usize,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Create an unencrypted file: anyone holding a copy of it (a backup, a laptop sent for
    /// repair) can read every case
    #[arg(long)]
    pub plain: bool,
    /// Keep the key in the OS keyring (Windows Credential Manager, macOS Keychain, Secret
    /// Service on Linux) so that later commands on this account need no key file or prompt
    #[arg(long, conflicts_with = "plain")]
    pub keyring: bool,
}

#[derive(Debug, Subcommand)]
pub enum KeyCmd {
    /// Write a new key file holding a random 256-bit key (mode 0600; never overwrites)
    ///
    /// A raw key opens the file at once, where a typed passphrase costs SQLCipher's key
    /// derivation (256,000 rounds of PBKDF2) on every command. Use it with `livcr init
    /// --key-file FILE`, `livcr encrypt --key-file FILE` or `livcr rekey --new-key-file FILE`,
    /// and keep a copy of it away from the database and its backups: a lost key means lost data.
    New {
        /// The key file to write (must not exist)
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Keep the key of the database in the OS keyring (the key from --key-file or typed)
    ///
    /// Later commands run by this account on this computer then open the file without a key
    /// file or a prompt. Anyone who can use the account can then read the file: keep the
    /// account locked.
    Store,
    /// Remove the database's key from the OS keyring (livcr asks for it again)
    Forget,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file to restore (written by `livcr backup`)
    #[arg(value_name = "FILE")]
    pub from: PathBuf,
    /// File holding the backup's own passphrase on its first line (mode 0600), for a backup
    /// taken before a `livcr rekey` [default: the current key, else asked on a terminal]
    #[arg(long, value_name = "FILE")]
    pub backup_key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RekeyArgs {
    /// File holding the new passphrase on its first line, or a raw key from `livcr key new`
    /// (mode 0600) [default: asked twice on a terminal]
    #[arg(long, value_name = "FILE")]
    pub new_key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The backup file to write (must not exist)
    #[arg(value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Print every setting in force and where it came from
    Show,
    /// Print a fully commented default config file (the same as examples/config.toml)
    Default,
}

#[derive(Debug, Subcommand)]
pub enum MunicipalityCmd {
    /// List municipalities, optionally filtered
    List {
        /// Only names (NL, FR or DE; case, accents and St./Sint/Saint/Sankt ignored) or NIS
        /// codes matching TEXT, exact matches first; former municipalities (merged in 2025)
        /// find what they became
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Only one region
        #[arg(long, value_enum)]
        region: Option<Region>,
    },
    /// Show one municipality, by NIS code or name (codes ended by the 2025 mergers are mapped)
    Show {
        /// NIS code (5 digits) or name in NL, FR or DE
        #[arg(value_name = "NIS|NAME")]
        municipality: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Region {
    Flanders,
    Wallonia,
    Brussels,
}

impl Region {
    pub fn as_str(self) -> &'static str {
        match self {
            Region::Flanders => "flanders",
            Region::Wallonia => "wallonia",
            Region::Brussels => "brussels",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// List audit rows, oldest first
    List {
        /// Only rows on or after this date (YYYY-MM-DD or a relative form like -30d)
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        since: Option<String>,
        /// Only rows about one kind of entity (cell, organisation, person, membership, database, …)
        #[arg(long, value_name = "ENTITY")]
        entity: Option<String>,
    },
    /// Check the hash chain; exit 1 naming the first row that breaks it
    Verify {
        /// Also check anchors kept outside the file: an anchor line, or a file of lines or a
        /// manifest that holds them; fails when an anchored row is missing or differs
        #[arg(long, value_name = "LINE|FILE")]
        anchor: Vec<String>,
        /// Also recompute every record and compare it with its last audited state
        #[arg(long)]
        deep: bool,
    },
    /// Print the chain head as one line to keep elsewhere (`audit verify --anchor LINE`)
    Anchor,
}
