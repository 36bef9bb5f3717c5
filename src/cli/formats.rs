//! Which `--format` each command accepts: the one place it is decided.
//!
//! `--format` is a global option, so that `livcr --format json case list` and
//! `livcr case list --format json` both work. [`command`] gives every command its own copy of
//! the option, whose help and accepted values are the command's own (from [`accepted`]); a
//! command that writes no format hides it. [`try_parse_from`] checks the value against the
//! command that runs wherever it was given (before the command's name it is parsed by livcr's
//! own copy, which takes every format), so every spelling is refused with the same error naming
//! what the command accepts. The command bodies only
//! read the format.

use std::ffi::{OsStr, OsString};

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::error::ErrorKind;
use clap::{Arg, ArgMatches, Args, Command, CommandFactory, FromArgMatches, ValueEnum};

use super::{Cli, FormatArg, Globals};

use FormatArg::{Csv, Html, Json, Md, Table, Text};

/// Lists and records: a terminal table by default.
pub const DATA: &[FormatArg] = &[Table, Json, Csv, Md];
/// Confidential documents: Markdown by default, or HTML to print.
pub const DOCUMENT: &[FormatArg] = &[Md, Html];
/// Commands that change the file, and the audit checks: a line saying what was done or found,
/// or the same as JSON (e.g. the code of a case opened) for scripts.
pub const WRITE: &[FormatArg] = &[Text, Json];
/// Commands that write no format (files, prompts, roff, shell scripts).
pub const NONE: &[FormatArg] = &[];

/// The formats a command accepts, its default first; `path` is the command's names below
/// `livcr` (e.g. `["case", "list"]`). `None` for a path that is not a command (the tests check
/// that every command of the tree has an entry).
pub fn accepted(path: &[&str]) -> Option<&'static [FormatArg]> {
    Some(match path {
        ["init"]
        | ["demo"]
        | ["config", "default"]
        | ["meeting", "ics"]
        | ["backup"]
        | ["restore"]
        | ["encrypt"]
        | ["rekey"]
        | ["key", _]
        | ["upgrade"]
        | ["completions"]
        | ["man"] => NONE,
        ["meeting", "minutes"] | ["agenda", "export"] => DOCUMENT,
        ["cell", "add" | "edit" | "join" | "leave"]
        | ["org", "add" | "edit"]
        | ["member", "add" | "edit" | "end" | "declare" | "clearance"]
        | [
            "case",
            "open" | "move" | "note" | "lead" | "review" | "close" | "reopen",
        ]
        | ["action", "add" | "done" | "edit"]
        | [
            "meeting",
            "plan" | "move" | "cancel" | "attend" | "decide" | "close",
        ]
        | ["agenda", "add" | "move" | "rm"]
        | ["referral", "in" | "update"]
        | [
            "feedback",
            "draft" | "edit" | "consent" | "confirm" | "send" | "withdraw",
        ]
        | ["audit", "anchor" | "verify"] => WRITE,
        ["feedback", "show"] => &[Md, Html, Json],
        ["report", "annual"] => &[Md, Html, Json],
        ["export", "monthly"] => &[Csv, Json, Md],
        ["export", "cases" | "meetings" | "actions"] => &[Csv, Json],
        ["remind"] => &[Text, Json],
        ["status"] => &[Table, Json],
        ["config", "show"]
        | ["municipality", _]
        | ["cell", _]
        | ["org", _]
        | ["member", _]
        | ["case", _]
        | ["action", _]
        | ["meeting", _]
        | ["agenda", _]
        | ["referral", _]
        | ["feedback", _]
        | ["audit", _]
        | ["purge"] => DATA,
        _ => return None,
    })
}

/// The help line of `--format` for a command accepting `formats`.
fn help_line(formats: &[FormatArg]) -> String {
    match formats {
        [] => crate::t!("format-help-none"),
        [default, ..] => crate::t!("format-help", default = default.as_str()),
    }
}

/// The clap tree of livcr: the derived one, with each command's own `--format`. Use it (not
/// `Cli::command()`) for parsing, help, completions and manual pages.
pub fn command() -> Command {
    tree(true)
}

/// The tree of [`command`]; without `texts`, the tree a command line is first parsed on (see
/// [`try_parse_from`]): the derived one, where every command has livcr's global `--format`,
/// which takes every format, and the global options have no help text. Giving each of the
/// hundred commands its own copy of `--format`, and each command on the parse's path a copy of
/// the global options' help, cost half a million instructions and 24 pages of memory on every
/// run; only help and usage errors show them.
fn tree(texts: bool) -> Command {
    let mut root = Cli::command();
    if !texts {
        return root.mut_args(no_help);
    }
    let global = root
        .get_arguments()
        .find(|a| a.get_id() == "format")
        .cloned()
        .expect("Cli has a --format option");
    for sub in root.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        with_formats(sub, &global, &[&name]);
    }
    root
}

/// Without help texts, as in the lean tree.
fn no_help(a: Arg) -> Arg {
    if a.is_global_set() {
        a.help(None).long_help(None)
    } else {
        a
    }
}

/// The lean tree of [`tree`] with only the command that `args` names, when every word before
/// its name is a global option (with its value) that livcr has; `None` otherwise, and for a
/// command that cannot be built alone ([`super::Command::alone`]). Building the hundred
/// commands of the whole tree, and freeing them, was a fifth of a short command's
/// instructions. A line parsed without error on it is parsed as on the whole tree: the global
/// options and the command are the same, and a word that names another command is an error
/// here (the whole tree then parses the line again).
fn pruned(args: &[OsString]) -> Option<Command> {
    let root = lean_root();
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        let arg = if let Some(long) = word.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((name, _)) => (name, true),
                None => (long, false),
            };
            let arg = root.get_arguments().find(|a| a.get_long() == Some(name))?;
            if value {
                continue;
            }
            arg
        } else if let Some(short) = word.strip_prefix('-') {
            let mut letters = short.chars();
            let (Some(letter), None) = (letters.next(), letters.next()) else {
                return None;
            };
            root.get_arguments()
                .find(|a| a.get_short() == Some(letter))?
        } else {
            let command = super::Command::alone(word)?;
            return Some(root.subcommand(command));
        };
        if arg.get_action().takes_values() {
            words.next()?;
        }
    }
    None
}

/// The root of the lean tree without its commands: livcr's name, version and global options.
/// (The test `each_command_built_alone_is_the_derived_one` compares it with the derived root.)
fn lean_root() -> Command {
    Globals::augment_args(Command::new("livcr"))
        .mut_args(no_help)
        .version(env!("CARGO_PKG_VERSION"))
        .propagate_version(true)
        .max_term_width(100)
        .subcommand_required(true)
        .arg_required_else_help(true)
}

/// Gives `cmd` (at `path`) and its subcommands their own `--format`. A group of commands keeps
/// livcr's, which takes every format: the check is made on the command that runs. The tree is
/// changed in place (taking each command out by name and putting it back moved a kilobyte a
/// command: a quarter of the tree's cost).
fn with_formats(cmd: &mut Command, global: &Arg, path: &[&str]) {
    if cmd.has_subcommands() {
        for sub in cmd.get_subcommands_mut() {
            let name = sub.get_name().to_string();
            let sub_path: Vec<&str> = path.iter().copied().chain([name.as_str()]).collect();
            with_formats(sub, global, &sub_path);
        }
        return;
    }
    // A command missing from the table takes none: the tests name it.
    let formats = accepted(path).unwrap_or(NONE);
    let arg = global
        .clone()
        .value_parser(FormatParser(formats))
        .hide(formats.is_empty())
        .help(help_line(formats));
    *cmd = std::mem::take(cmd).arg(arg);
}

/// Parses `--format` for one command: only the formats it accepts.
#[derive(Clone)]
struct FormatParser(&'static [FormatArg]);

impl TypedValueParser for FormatParser {
    type Value = FormatArg;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &OsStr,
    ) -> Result<FormatArg, clap::Error> {
        if self.0.is_empty() {
            let mut err = clap::Error::raw(
                ErrorKind::InvalidValue,
                format!(
                    "{}\n",
                    crate::t!(
                        "format-none-error",
                        command = cmd.get_bin_name().unwrap_or(cmd.get_name()),
                        value = value.to_string_lossy()
                    )
                ),
            );
            err = err.with_cmd(cmd);
            return Err(err);
        }
        let names = self.0.iter().map(|f| f.as_str());
        let name = PossibleValuesParser::new(names).parse_ref(cmd, arg, value)?;
        Ok(FormatArg::from_str(&name, false).expect("an accepted format is a FormatArg"))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.0.iter().map(|f| PossibleValue::new(f.as_str())),
        ))
    }
}

/// The names of the command that runs, below `livcr`, as the user typed them.
fn command_path(matches: &ArgMatches) -> Vec<String> {
    let mut path = Vec::new();
    let mut m = matches;
    while let Some((name, sub)) = m.subcommand() {
        path.push(name.to_string());
        m = sub;
    }
    path
}

/// Parses livcr's command line: clap's checks, then `--format` against the command that runs,
/// wherever on the line it was given.
pub fn try_parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    // The tree's texts matter only for help and usage errors: a command line is parsed first on
    // the lean tree of `tree(false)` (holding only the command the line names, when `pruned`
    // can tell which), then `--format` is checked against the command that runs,
    // and only a line that fails is parsed again on the whole tree in the interface language,
    // whose commands each have their own `--format`, for its message (reading the catalogue and
    // translating ~500 texts cost a few milliseconds per run).
    parse_args(args.into_iter().map(Into::into).collect())
}

/// [`try_parse_from`]. The parse tree is freed before the command runs: its memory (most of a
/// megabyte) is then reused by what the command allocates. Left allocated, it made each command
/// touch 125 more fresh pages, which cost more than freeing the tree (5% of a `case show`).
fn parse_args(args: Vec<OsString>) -> Result<Cli, clap::Error> {
    let mut root = pruned(&args).unwrap_or_else(|| tree(false));
    let parsed = parse_on(&mut root, args.clone());
    drop(root);
    match parsed {
        Ok(cli) => Ok(cli),
        Err(e) if e.kind() == ErrorKind::DisplayVersion => Err(e),
        Err(_) if crate::i18n::lang() != crate::i18n::UiLang::En => {
            parse_on(&mut localized_command(), args)
        }
        Err(_) => parse_on(&mut command(), args),
    }
}

/// Parses `args` on the tree `root` (see [`try_parse_from`]).
fn parse_on(root: &mut Command, args: Vec<OsString>) -> Result<Cli, clap::Error> {
    let matches = root.try_get_matches_from_mut(args)?;
    if let Some(format) = matches.get_one::<FormatArg>("format") {
        let path = command_path(&matches);
        let names: Vec<&str> = path.iter().map(String::as_str).collect();
        let formats = accepted(&names).unwrap_or(NONE);
        if !formats.contains(format) {
            // The error as the command's own --format gives it (built only for the error).
            root.build();
            let mut leaf = &*root;
            for name in &path {
                leaf = leaf
                    .find_subcommand(name)
                    .expect("a parsed subcommand is in the tree");
            }
            if let Some(arg) = leaf.get_arguments().find(|a| a.get_id() == "format") {
                FormatParser(formats).parse_ref(leaf, Some(arg), OsStr::new(format.as_str()))?;
            }
        }
    }
    Cli::from_arg_matches(&matches)
}

/// The clap tree in the interface language (`--help`, usage errors, completions, manual
/// pages). English is [`command`] as it is.
pub fn localized_command() -> Command {
    crate::i18n::clap_text::localize(command(), crate::i18n::lang())
}

/// Parses `std::env::args_os()` in the interface language (decided here, before parsing); on
/// an error prints it and exits (2, or 0 for --help).
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    crate::i18n::init_from_env(&args);
    parse_args(args).unwrap_or_else(|e| {
        match crate::i18n::clap_text::render_error(&e, crate::i18n::lang()) {
            Some(text) => {
                use std::io::Write;
                let _ = std::io::stderr().write_all(text.as_bytes());
                std::process::exit(e.exit_code())
            }
            None => e.exit(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Command as Top;

    /// `cmd` without its texts and its place in its parent's list: what parsing depends on.
    fn bare(mut cmd: Command) -> Command {
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            cmd = cmd.mut_subcommand(name, bare);
        }
        cmd.about(None)
            .long_about(None)
            .display_order(0)
            .mut_args(|a| a.help(None).long_help(None))
    }

    #[test]
    fn each_command_built_alone_is_the_derived_one() {
        let whole = tree(false);
        let mut alone = 0;
        for sub in whole.get_subcommands() {
            let name = sub.get_name();
            let Some(built) = Top::alone(name) else {
                assert_eq!(
                    name, "completions",
                    "only `completions` is left to the whole tree"
                );
                continue;
            };
            assert_eq!(
                format!("{:#?}", bare(built)),
                format!("{:#?}", bare(sub.clone())),
                "`{name}` built alone"
            );
            for alias in sub.get_all_aliases() {
                let by_alias = Top::alone(alias).expect("an alias");
                assert_eq!(by_alias.get_name(), name);
            }
            alone += 1;
        }
        assert_eq!(alone, whole.get_subcommands().count() - 1);
        // The root: the same name, version and global options.
        let root = lean_root();
        assert_eq!(root.get_name(), whole.get_name());
        assert_eq!(root.get_version(), whole.get_version());
        assert_eq!(
            root.is_propagate_version_set(),
            whole.is_propagate_version_set()
        );
        assert_eq!(
            root.is_subcommand_required_set(),
            whole.is_subcommand_required_set()
        );
        assert_eq!(
            root.is_arg_required_else_help_set(),
            whole.is_arg_required_else_help_set()
        );
        // No root setting beyond those: a new one on `Cli` must be mirrored in `lean_root`.
        let settings = |c: &Command| {
            [
                c.is_allow_external_subcommands_set(),
                c.is_args_conflicts_with_subcommands_set(),
                c.is_subcommand_precedence_over_arg_set(),
                c.is_subcommand_negates_reqs_set(),
                c.is_multicall_set(),
                c.is_no_binary_name_set(),
                c.is_dont_delimit_trailing_values_set(),
                c.is_allow_missing_positional_set(),
                c.is_hide_set(),
                c.is_disable_help_flag_set(),
                c.is_disable_version_flag_set(),
                c.is_disable_help_subcommand_set(),
            ]
        };
        assert_eq!(settings(&root), settings(&whole));
        let groups = |c: &Command| {
            let mut ids: Vec<String> = c
                .get_groups()
                .filter(|g| g.get_args().next().is_some())
                .map(|g| g.get_id().to_string())
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(
            groups(&root),
            groups(&whole),
            "argument groups with members"
        );
        let args = |c: &Command| format!("{:#?}", c.get_arguments().collect::<Vec<_>>());
        assert_eq!(args(&root), args(&whole));
        // Names that are not commands, and `help`, are left to the whole tree.
        for name in ["help", "cases", "Case", "", "-"] {
            assert!(Top::alone(name).is_none(), "{name:?}");
        }
    }

    fn line(words: &str) -> Vec<OsString> {
        std::iter::once("livcr")
            .chain(words.split(' ').filter(|w| !w.is_empty()))
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn a_line_parses_on_its_command_alone_as_on_the_whole_tree() {
        // Global options before and after the command, with values in both spellings, odd
        // values, and lines the whole tree refuses: wherever the pruned tree is used, it gives
        // the same command or refuses too (the whole tree then says why).
        let lines = [
            "case list",
            "--db /tmp/x.db case list --format json",
            "--db=/tmp/x.db --cell C1 -y case note AB12-CD34 text",
            "--columns code,status case list --wide",
            "--format json --as Jan status",
            "--lang fr --color never report annual --year 2025",
            "mun list --search gent",
            "municipality show 11002",
            "--cell case case list",
            "--cell -y case list",
            "case",
            "case note",
            "case bogus",
            "--format html case list",
            "case list --format html",
            "export monthly --month 2025-10 --format csv",
            "remind --cell C1 --format json",
            "status extra",
            "upgrade --yes",
            "audit verify --anchor x --deep",
            "key new /tmp/k",
            "init --plain --keyring",
            "--no-input feedback show AB12-CD34",
            "case list --",
            "case list -V",
            "case --version list",
            "case note --version",
            "--color case list",
            "-y",
            "--db",
        ];
        let mut pruned_used = 0;
        for words in lines {
            let args = line(words);
            let whole = parse_on(&mut tree(false), args.clone());
            let Some(mut root) = pruned(&args) else {
                continue;
            };
            pruned_used += 1;
            let alone = parse_on(&mut root, args);
            match (&whole, &alone) {
                (Ok(w), Ok(a)) => assert_eq!(format!("{w:?}"), format!("{a:?}"), "`{words}`"),
                // The version is printed from the tree that parsed the line; any other error
                // is parsed again on the whole tree.
                (Err(w), Err(a)) if a.kind() == ErrorKind::DisplayVersion => {
                    assert_eq!(w.kind(), ErrorKind::DisplayVersion, "`{words}`");
                    assert_eq!(w.to_string(), a.to_string(), "`{words}`");
                }
                (Err(_), Err(_)) => {}
                _ => panic!("`{words}`: whole {whole:?}, alone {alone:?}"),
            }
        }
        assert!(pruned_used >= 20, "{pruned_used}");
    }

    #[test]
    fn only_a_line_whose_first_words_are_global_options_is_pruned() {
        let name = |words: &str| {
            pruned(&line(words)).map(|root| {
                let names: Vec<String> = root
                    .get_subcommands()
                    .map(|s| s.get_name().to_string())
                    .collect();
                names.join(",")
            })
        };
        assert_eq!(name("case list").as_deref(), Some("case"));
        assert_eq!(name("--db=x -y mun list").as_deref(), Some("municipality"));
        assert_eq!(
            name("--cell C1 --columns a,b report annual").as_deref(),
            Some("report")
        );
        // Help, version, unknown or bundled options, `--`, `help`, a misspelt or inline
        // command, and a value missing at the end: the whole tree.
        for words in [
            "--help case list",
            "-V",
            "--bogus case list",
            "-yV case list",
            "-- case list",
            "help case",
            "cas list",
            "completions bash",
            "--cell",
            "",
        ] {
            assert_eq!(name(words), None, "`{words}`");
        }
    }
}
