//! The command line's help, walked from clap's command tree (`livcr::cli::command()`): every
//! argument has a help line, `--format` lists what each command accepts and nothing else,
//! global options have their own heading, `man --out` writes a page per command, and the
//! completions of every shell are generated.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use clap::Command;
use clap::error::ErrorKind;
use common::Env;
use common::scene::{self, plan};
use livcr::cli::{FormatArg, accepted};

const ALL_FORMATS: [FormatArg; 6] = [
    FormatArg::Table,
    FormatArg::Json,
    FormatArg::Csv,
    FormatArg::Md,
    FormatArg::Html,
    FormatArg::Text,
];

/// The built tree, without clap's own `help` subcommand.
fn tree() -> Command {
    let mut root = livcr::cli::command().disable_help_subcommand(true);
    root.build();
    root
}

/// Every command of the tree with its path below `livcr` (groups included).
fn commands(cmd: &Command) -> Vec<(Vec<String>, Command)> {
    fn walk(cmd: &Command, path: &[String], out: &mut Vec<(Vec<String>, Command)>) {
        for sub in cmd.get_subcommands() {
            let mut p = path.to_vec();
            p.push(sub.get_name().to_string());
            out.push((p.clone(), sub.clone()));
            walk(sub, &p, out);
        }
    }
    let mut out = Vec::new();
    walk(cmd, &[], &mut out);
    out
}

/// The commands that run (no subcommands of their own).
fn leaves() -> Vec<(Vec<String>, Command)> {
    commands(&tree())
        .into_iter()
        .filter(|(_, c)| !c.has_subcommands())
        .collect()
}

fn strs(path: &[String]) -> Vec<&str> {
    path.iter().map(String::as_str).collect()
}

fn names(formats: &[FormatArg]) -> Vec<&'static str> {
    formats.iter().map(|f| f.as_str()).collect()
}

#[test]
fn every_option_and_positional_argument_has_a_help_line() {
    let root = tree();
    let mut all = vec![(Vec::new(), root.clone())];
    all.extend(commands(&root));
    let mut missing = Vec::new();
    for (path, cmd) in &all {
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            let help = arg
                .get_help()
                .or(arg.get_long_help())
                .map(|h| h.to_string())
                .unwrap_or_default();
            if help.trim().is_empty() {
                let name = match arg.get_long() {
                    Some(long) => format!("--{long}"),
                    None => format!("<{id}>"),
                };
                missing.push(format!("livcr {} {name}", path.join(" ")));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "arguments without a help line (add a doc comment):\n{}",
        missing.join("\n")
    );
    assert!(all.len() > 80, "the walk saw {} commands", all.len());
}

#[test]
fn every_command_says_which_formats_it_accepts() {
    let unlisted: Vec<String> = leaves()
        .iter()
        .filter(|(path, _)| accepted(&strs(path)).is_none())
        .map(|(path, _)| format!("livcr {}", path.join(" ")))
        .collect();
    assert!(
        unlisted.is_empty(),
        "commands missing from cli::formats::accepted:\n{}",
        unlisted.join("\n")
    );
}

/// The formats `--format` lists in a command's long help (none when it is not shown), and the
/// default it names.
fn formats_in_help(cmd: &mut Command) -> (Vec<String>, Option<String>) {
    let help = cmd.render_long_help().to_string();
    let Some(start) = help.find("--format <FORMAT>") else {
        return (Vec::new(), None);
    };
    let entry = &help[start..];
    let end = entry[1..].find("\n      --").map_or(entry.len(), |e| e + 1);
    let entry = &entry[..end];
    let list = entry
        .split("[possible values: ")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .unwrap_or_else(|| panic!("--format without its values:\n{entry}"));
    let default = entry
        .split("[default: ")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .map(str::to_string);
    (list.split(", ").map(str::to_string).collect(), default)
}

/// A command line that parses for `cmd` at `path` (every required argument given a value).
fn minimal_args(path: &[String], cmd: &Command) -> Vec<String> {
    let mut args = path.to_vec();
    for arg in cmd.get_arguments().filter(|a| a.is_required_set()) {
        let value = arg
            .get_possible_values()
            .first()
            .map_or("1".to_string(), |v| v.get_name().to_string());
        let count = arg.get_num_args().map_or(1, |n| n.min_values().max(1));
        if let Some(long) = arg.get_long() {
            args.push(format!("--{long}"));
        }
        args.extend(std::iter::repeat_n(value, count));
    }
    // Required only when another argument is absent.
    match strs(path).as_slice() {
        ["referral", "in"] => args.extend(["--case".to_string(), "X".to_string()]),
        ["feedback", "draft" | "edit"] => args.push("text".to_string()),
        _ => {}
    }
    args
}

#[test]
fn format_help_lists_exactly_what_each_command_accepts_wherever_format_is_given() {
    let mut checked = 0;
    for (path, mut cmd) in leaves() {
        let want = accepted(&strs(&path)).unwrap_or_default();
        let (listed, default) = formats_in_help(&mut cmd);
        assert_eq!(
            listed,
            names(want),
            "`livcr {} --help` lists other formats than it accepts",
            path.join(" ")
        );
        assert_eq!(
            default.as_deref(),
            want.first().map(|f| f.as_str()),
            "`livcr {} --help`: the default format",
            path.join(" ")
        );
        let base = minimal_args(&path, &cmd);
        livcr::cli::try_parse_from(std::iter::once("livcr".to_string()).chain(base.clone()))
            .unwrap_or_else(|e| panic!("`livcr {}` does not parse: {e}", base.join(" ")));
        for format in ALL_FORMATS {
            let value = format.as_str();
            let flag = ["--format".to_string(), value.to_string()];
            let after: Vec<String> = ["livcr".to_string()]
                .into_iter()
                .chain(base.clone())
                .chain(flag.clone())
                .collect();
            let before: Vec<String> = ["livcr".to_string()]
                .into_iter()
                .chain(flag.clone())
                .chain(base.clone())
                .collect();
            for argv in [after, before] {
                let line = argv.join(" ");
                match livcr::cli::try_parse_from(&argv) {
                    Ok(cli) => {
                        assert!(want.contains(&format), "`{line}` was accepted");
                        assert_eq!(cli.globals.format, Some(format), "`{line}`");
                    }
                    Err(e) => {
                        assert!(!want.contains(&format), "`{line}` was refused: {e}");
                        assert_eq!(e.kind(), ErrorKind::InvalidValue, "`{line}`: {e}");
                        assert_eq!(e.exit_code(), 2, "`{line}`");
                        let msg = e.render().to_string();
                        if want.is_empty() {
                            assert!(
                                msg.contains(&format!(
                                    "livcr {}` writes no --format",
                                    path.join(" ")
                                )),
                                "`{line}`: {msg}"
                            );
                        } else {
                            assert!(
                                msg.contains(&format!("invalid value '{value}' for '--format"))
                                    && msg.contains(&format!(
                                        "[possible values: {}]",
                                        names(want).join(", ")
                                    )),
                                "`{line}`: {msg}"
                            );
                        }
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 900, "{checked} command lines checked");
}

/// A cell with members, a case, an action and a meeting with its agenda drafted.
fn scene_env() -> (Env, String, String, i64) {
    let env = Env::new();
    let vlas = scene::vlas(&env);
    let code = scene::case(&env);
    env.ok(&[
        "action",
        "add",
        &code,
        "--org",
        "CAW Zuid-West-Vlaanderen",
        "--due",
        "+2w",
        "Contact opnemen",
    ]);
    let meeting = plan(&env, "2026-12-14", "14:00", &[]);
    env.ok(&["agenda", "draft", &meeting]);
    (env, code, meeting, vlas.chair)
}

/// Every read command, in each format it accepts, runs and writes that format; given a format
/// it does not accept, before or after its name, it stops with a usage error naming the
/// accepted ones and changes nothing.
#[test]
fn read_commands_write_every_format_they_accept_and_refuse_the_others() {
    let (env, code, meeting, chair) = scene_env();
    let chair = chair.to_string();
    let lines: Vec<Vec<&str>> = vec![
        vec!["config", "show"],
        vec!["municipality", "list", "--search", "kortrijk"],
        vec!["municipality", "show", "34022"],
        vec!["cell", "list"],
        vec!["cell", "show"],
        vec!["org", "list"],
        vec!["member", "list"],
        vec!["member", "show", &chair],
        vec!["case", "list"],
        vec!["case", "show", &code],
        vec!["action", "list"],
        vec!["meeting", "list"],
        vec!["meeting", "show", &meeting],
        vec!["meeting", "minutes", &meeting],
        vec!["agenda", "show", &meeting],
        vec!["agenda", "export", &meeting],
        vec!["referral", "list"],
        vec!["feedback", "list"],
        vec!["export", "monthly", "--month", "2026-10"],
        vec!["export", "cases"],
        vec!["export", "meetings"],
        vec!["export", "actions"],
        vec!["report", "annual", "--year", "2025"],
        vec!["remind"],
        vec!["status"],
        vec!["audit", "list"],
        vec!["audit", "anchor"],
        vec!["purge", "--dry-run"],
    ];
    for line in &lines {
        let path: Vec<&str> = line
            .iter()
            .take_while(|w| !w.starts_with("--"))
            .copied()
            .collect();
        let path = &path[..path.len().min(2)];
        let path = if accepted(path).is_some() {
            path
        } else {
            &path[..1]
        };
        let want = accepted(path).unwrap_or_else(|| panic!("{line:?} has no formats"));
        for format in want {
            let args: Vec<&str> = line
                .iter()
                .copied()
                .chain(["--format", format.as_str()])
                .collect();
            let out = env.ok(&args);
            match format {
                FormatArg::Json if !out.trim().is_empty() => {
                    serde_json::from_str::<serde_json::Value>(&out)
                        .unwrap_or_else(|e| panic!("{args:?} is not JSON ({e}):\n{out}"));
                }
                FormatArg::Html => assert!(out.contains("</html>"), "{args:?}:\n{out}"),
                _ => {}
            }
        }
        let wrong = ALL_FORMATS.iter().find(|f| !want.contains(f)).unwrap();
        let before = env.snapshot();
        let flag = ["--format", wrong.as_str()];
        let after_name: Vec<&str> = line.iter().copied().chain(flag).collect();
        let before_name: Vec<&str> = flag.into_iter().chain(line.iter().copied()).collect();
        for args in [after_name, before_name] {
            let out = env.run(&args);
            assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
            assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
            assert!(
                out.stderr.contains(&format!(
                    "invalid value '{}' for '--format <FORMAT>'",
                    wrong.as_str()
                )) && out
                    .stderr
                    .contains(&format!("[possible values: {}]", names(want).join(", "))),
                "{args:?}: {}",
                out.stderr
            );
        }
        assert_eq!(
            before,
            env.snapshot(),
            "{line:?} refused but changed the database"
        );
    }
}

#[test]
fn a_command_without_formats_refuses_one_and_hides_the_option() {
    let env = Env::empty();
    for args in [
        &["init", "--plain", "--format", "json"][..],
        &["--format", "json", "init", "--plain"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr
                .contains("`livcr init` writes no --format; leave --format json out"),
            "{}",
            out.stderr
        );
        assert!(!env.db_path().exists(), "{args:?} created a database");
    }
    let help = env.ok(&["init", "--help"]);
    assert!(!help.contains("--format"), "{help}");
}

#[test]
fn global_options_have_their_own_heading_in_every_commands_help() {
    let root = tree();
    let globals: Vec<String> = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| format!("--{}", a.get_long().unwrap()))
        .collect();
    assert!(globals.len() >= 10, "{globals:?}");
    let mut all = vec![(Vec::new(), root.clone())];
    all.extend(commands(&root));
    for (path, mut cmd) in all {
        for arg in cmd.get_arguments().filter(|a| a.is_global_set()) {
            assert_eq!(
                arg.get_help_heading(),
                Some("Global options"),
                "livcr {} --{}",
                path.join(" "),
                arg.get_long().unwrap_or_default()
            );
        }
        let help = cmd.render_help().to_string();
        let (own, global) = help.split_once("\nGlobal options:\n").unwrap_or_else(|| {
            panic!(
                "`livcr {} -h` has no Global options:\n{help}",
                path.join(" ")
            )
        });
        for flag in &globals {
            let shown = cmd
                .get_arguments()
                .any(|a| a.get_long() == Some(&flag[2..]) && !a.is_hide_set());
            if shown {
                assert!(
                    global.contains(flag.as_str()),
                    "livcr {} -h: {flag}",
                    path.join(" ")
                );
            }
            assert!(
                !own.lines()
                    .any(|l| l.trim_start().starts_with(flag.as_str())),
                "livcr {} -h lists {flag} among its own options",
                path.join(" ")
            );
        }
    }
    // And as the binary prints it.
    let env = Env::new();
    let help = env.ok(&["case", "list", "--help"]);
    assert!(help.contains("\nGlobal options:\n"), "{help}");
}

/// The expected page names: `livcr.1`, then `livcr-<path>.1` for every command.
fn expected_pages() -> BTreeSet<String> {
    let mut pages: BTreeSet<String> = commands(&tree())
        .iter()
        .filter(|(_, c)| !c.is_hide_set())
        .map(|(path, _)| format!("livcr-{}.1", path.join("-")))
        .collect();
    pages.insert("livcr.1".to_string());
    pages
}

fn groff_check(page: &Path) {
    let Ok(out) = std::process::Command::new("groff")
        .args(["-k", "-man", "-Tutf8", "-ww", "-z"])
        .arg(page)
        .output()
    else {
        return; // groff is not installed: the structural checks stand alone.
    };
    assert!(out.status.success(), "groff failed on {}", page.display());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.trim().is_empty(),
        "groff warns on {}:\n{stderr}",
        page.display()
    );
}

/// The values listed under `--format` in a manual page.
fn formats_in_page(text: &str) -> Vec<&str> {
    let start = text
        .find("\n\\fB\\-\\-format\\fR \\fI")
        .expect("the page shows --format");
    let entry = &text[start..];
    let entry = &entry[..entry.find(".RE").expect("a list of values")];
    let lines: Vec<&str> = entry.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0] == ".IP \\(bu 2")
        .map(|w| w[1])
        .collect()
}

#[test]
fn man_out_writes_a_page_per_command_and_man_alone_prints_the_main_page() {
    let env = Env::empty();
    let dir = env.path("work/man/man1");
    let out = env.run(&["man", "--out", dir.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let expected = expected_pages();
    assert!(
        out.stderr
            .contains(&format!("wrote {} manual pages", expected.len())),
        "{}",
        out.stderr
    );
    let written: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written, expected, "the pages differ from the command tree");
    for required in [
        "livcr.1",
        "livcr-case.1",
        "livcr-case-list.1",
        "livcr-export-monthly.1",
    ] {
        assert!(written.contains(required), "{required}");
    }
    for name in &written {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        let title = name.trim_end_matches(".1");
        let th = text
            .lines()
            .find(|l| l.starts_with(".TH "))
            .unwrap_or_else(|| panic!("{name} has no .TH"));
        assert!(
            th.starts_with(&format!(".TH {title} 1 ")) && th.contains("\"livcr "),
            "{name}: {th}"
        );
        assert!(text.contains("\n.SH NAME\n"), "{name}");
        assert!(text.contains("\n.SH SYNOPSIS\n"), "{name}");
        for line in text.lines().filter(|l| l.starts_with('.')) {
            let mac = line[1..].split_whitespace().next().unwrap_or("");
            assert!(
                !mac.is_empty() && mac.chars().all(|c| c.is_ascii_alphanumeric()),
                "{name}: not a roff request: {line}"
            );
        }
        groff_check(&path);
    }
    // Each page documents its command's own formats, under the global options.
    for (page, want) in [
        ("livcr-case-list.1", livcr::cli::DATA),
        ("livcr-meeting-minutes.1", livcr::cli::DOCUMENT),
        (
            "livcr-export-monthly.1",
            &[FormatArg::Csv, FormatArg::Json, FormatArg::Md][..],
        ),
    ] {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        assert_eq!(formats_in_page(&text), names(want), "{page}");
        let global = text.find(".SH \"GLOBAL OPTIONS\"").expect(page);
        assert!(
            text.find("\n\\fB\\-\\-format\\fR \\fI").unwrap() > global,
            "{page}"
        );
    }
    let init = std::fs::read_to_string(dir.join("livcr-init.1")).unwrap();
    assert!(
        !init.contains("\\-\\-format"),
        "livcr-init.1 shows --format"
    );

    // Again into the same folder: the pages are replaced, not refused.
    assert_eq!(env.run(&["man", "--out", dir.to_str().unwrap()]).code, 0);

    let main = env.ok(&["man"]);
    let th = main.lines().find(|l| l.starts_with(".TH ")).unwrap();
    assert!(th.starts_with(".TH livcr 1 "), "{th}");
    assert!(
        main.contains("livcr\\-case(1)"),
        "the main page lists its commands"
    );
    assert_eq!(main, std::fs::read_to_string(dir.join("livcr.1")).unwrap());
}

#[test]
fn man_out_into_a_file_is_an_error() {
    let env = Env::empty();
    let file = env.path("work/not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let out = env.run(&["man", "--out", file.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("not-a-folder"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}

#[test]
fn completions_are_generated_for_every_shell() {
    let env = Env::empty();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = env.run(&["completions", shell]);
        assert_eq!(out.code, 0, "{shell}: {}", out.stderr);
        let script = out.stdout;
        assert!(script.len() > 10_000, "{shell}: {} bytes", script.len());
        for word in ["case", "minutes", "format", "no-input", "columns"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
        // Each command completes its own formats: `agenda export` offers html, lists do not.
        assert!(script.contains("html"), "{shell}");
    }
    // The bash script is valid bash, and offers a list's formats where a list is completed.
    let bash = env.ok(&["completions", "bash"]);
    assert!(
        bash.contains("\"table json csv md\""),
        "bash: no list formats"
    );
    assert!(bash.contains("\"md html\""), "bash: no document formats");
    let path = env.path("work/livcr.bash");
    std::fs::write(&path, &bash).unwrap();
    if let Ok(out) = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
    {
        assert!(
            out.status.success(),
            "bash -n: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Without a shell it is a usage error naming the shells.
    let out = env.run(&["completions", "tcsh"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("bash") && out.stderr.contains("powershell"),
        "{}",
        out.stderr
    );
}
