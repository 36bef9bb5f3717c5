//! `--help`, usage lines and usage errors in the interface language.
//!
//! The English help is the clap tree's own text (the doc comments of `cli`). Every other
//! language replaces it at run time, walking the built tree: a command's texts are keyed by its
//! path (`about-case-open`), an option's by path and id (`help-case-open--summary`), a possible
//! value's help by option and value (`value-source-partner`), a value name by itself
//! (`valname-DATE`). The English catalogue of those keys (`i18n/en/help.ftl`) is generated from
//! the tree by [`english_catalogue`]; a test fails when it is out of date, and another when a
//! language lacks one of its keys. clap's own words (`Usage:`, `Options:`, `[default: …]`,
//! `Print help`, its error messages) come from `clap.ftl`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

use super::{UiLang, lookup};

/// The key of a command's path: `livcr` for the root, else the names joined by `-`.
fn path_key(path: &[String]) -> String {
    if path.is_empty() {
        "livcr".to_string()
    } else {
        path.join("-")
    }
}

/// Options clap adds itself (their texts come from `clap.ftl`) or livcr gives each command
/// from code (`--format`, whose help line is keyed in `cli::formats`).
fn own_text(cmd_path: &[String], arg: &Arg) -> bool {
    let id = arg.get_id().as_str();
    id == "help" || id == "version" || (id == "format" && !cmd_path.is_empty())
}

/// Whether the command is clap's own `help` subcommand (or below it).
fn is_clap_help(path: &[String]) -> bool {
    path.first().is_some_and(|p| p == "help") || path.last().is_some_and(|p| p == "help")
}

/// The English catalogue of the tree's help texts, as `i18n/en/help.ftl` holds it.
pub fn english_catalogue(root: &Command) -> String {
    let mut entries: Vec<(String, String)> = Vec::new();
    let mut values: BTreeMap<String, String> = BTreeMap::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    collect(root, &mut Vec::new(), &mut entries, &mut values, &mut names);
    let mut text = String::from(
        "# The help of every command and option (`--help`, `livcr man`), generated from the\n\
         # doc comments in src/cli by `LIVCR_BLESS=1 cargo test --test i18n`. Do not edit the\n\
         # English here: edit the doc comment and bless. The other languages translate these keys.\n",
    );
    let mut section = |title: &str, items: &mut dyn Iterator<Item = (String, String)>| {
        let _ = write!(text, "\n## {title}\n\n");
        for (k, v) in items {
            text.push_str(&entry(&k, &v));
        }
    };
    section("Commands and options", &mut entries.clone().into_iter());
    section("Possible values", &mut values.clone().into_iter());
    section("Value names", &mut names.clone().into_iter());
    text
}

fn collect(
    cmd: &Command,
    path: &mut Vec<String>,
    entries: &mut Vec<(String, String)>,
    values: &mut BTreeMap<String, String>,
    names: &mut BTreeMap<String, String>,
) {
    if is_clap_help(path) {
        return;
    }
    let key = path_key(path);
    let mut push = |k: String, v: Option<String>| {
        if let Some(v) = v.filter(|v| !v.trim().is_empty()) {
            entries.push((k, v));
        }
    };
    push(
        format!("about-{key}"),
        cmd.get_about().map(|s| s.to_string()),
    );
    push(
        format!("long-about-{key}"),
        cmd.get_long_about().map(|s| s.to_string()),
    );
    push(
        format!("after-help-{key}"),
        cmd.get_after_help().map(|s| s.to_string()),
    );
    for arg in cmd.get_arguments() {
        if own_text(path, arg) || (arg.is_global_set() && !path.is_empty()) {
            continue;
        }
        let id = arg.get_id().as_str();
        push(
            format!("help-{key}--{id}"),
            arg.get_help().map(|s| s.to_string()),
        );
        push(
            format!("long-help-{key}--{id}"),
            arg.get_long_help().map(|s| s.to_string()),
        );
        for pv in arg.get_possible_values() {
            if let Some(h) = pv.get_help() {
                let k = value_key(id, pv.get_name());
                let h = h.to_string();
                if let Some(old) = values.get(&k) {
                    assert_eq!(
                        old, &h,
                        "two helps for the value {k}: give the options different ids"
                    );
                }
                values.insert(k, h);
            }
        }
        for n in arg.get_value_names().unwrap_or_default() {
            names.insert(format!("valname-{}", name_key(n)), n.to_string());
        }
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name().to_string());
        collect(sub, path, entries, values, names);
        path.pop();
    }
}

fn value_key(arg: &str, value: &str) -> String {
    format!("value-{arg}-{value}")
}

/// A value name as a key: `NIS|NAME` → `NIS-NAME`, `A,B,…` → `A-B`.
fn name_key(name: &str) -> String {
    let mut k = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            k.push(c);
        } else if !k.ends_with('-') {
            k.push('-');
        }
    }
    k.trim_end_matches('-').to_string()
}

/// One Fluent entry whose value reads back exactly as `value`.
pub fn entry(key: &str, value: &str) -> String {
    let escaped = value.replace('{', "\u{0}").replace('}', "{\"}\"}");
    let escaped = escaped.replace('\u{0}', "{\"{\"}");
    let mut out = format!("{key} =");
    for line in escaped.split('\n') {
        if line.is_empty() {
            out.push('\n');
            continue;
        }
        // Fluent reads a line starting with `[`, `*` or `.` as syntax, and drops leading
        // blanks: those are written as placeables.
        let first = line.chars().next().unwrap_or(' ');
        let body = if matches!(first, '[' | '*' | '.' | ' ') {
            let rest = &line[first.len_utf8()..];
            format!("{{\"{first}\"}}{rest}")
        } else {
            line.to_string()
        };
        out.push_str("\n    ");
        out.push_str(&body);
    }
    out.push('\n');
    out
}

fn get(lang: UiLang, id: &str) -> Option<String> {
    lookup(lang, id, &[])
}

fn clap_word(lang: UiLang, id: &str) -> String {
    super::text_in(lang, id, &[])
}

/// `label: value` as the language writes it (French puts a space before the colon).
fn colon(lang: UiLang) -> &'static str {
    if lang == UiLang::Fr { " : " } else { ": " }
}

/// A heading clap follows with `:` (French: `Options :`).
fn heading(lang: UiLang, id: &str) -> String {
    let word = clap_word(lang, id);
    if lang == UiLang::Fr {
        format!("{word} ")
    } else {
        word
    }
}

/// The tree `root` (built here) with its texts in `lang`. English is returned as it is.
pub fn localize(mut root: Command, lang: UiLang) -> Command {
    if lang == UiLang::En {
        return root;
    }
    root.build();
    walk(root, &mut Vec::new(), lang)
}

fn walk(mut cmd: Command, path: &mut Vec<String>, lang: UiLang) -> Command {
    let key = path_key(path);
    let clap_help = is_clap_help(path);
    if clap_help {
        if path.last().is_some_and(|p| p == "help") {
            cmd = cmd.about(clap_word(lang, "clap-help-command"));
        }
    } else {
        if let Some(s) = get(lang, &format!("about-{key}")) {
            cmd = cmd.about(s);
        }
        if let Some(s) = get(lang, &format!("long-about-{key}")) {
            cmd = cmd.long_about(s);
        }
        if let Some(s) = get(lang, &format!("after-help-{key}")) {
            cmd = cmd.after_help(s);
        }
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let leaf = !path.is_empty() && !cmd.has_subcommands();
    for id in &ids {
        cmd = cmd.mut_arg(id, |a| localize_arg(a, path, leaf, lang));
    }
    let usage_word = clap_word(lang, "clap-usage");
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage_word} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(heading(lang, "clap-commands"))
        .subcommand_value_name(clap_word(lang, "clap-command-placeholder"));
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .trim_start()
        .strip_prefix("Usage:")
        .unwrap_or(&usage)
        .trim()
        .replace(
            "[OPTIONS]",
            &format!("[{}]", clap_word(lang, "clap-options-placeholder")),
        );
    cmd = cmd.override_usage(usage);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| walk(sub, path, lang));
        path.pop();
    }
    cmd
}

fn localize_arg(mut a: Arg, path: &[String], leaf: bool, lang: UiLang) -> Arg {
    let id = a.get_id().to_string();
    let key = if a.is_global_set() {
        "livcr".to_string()
    } else {
        path_key(path)
    };
    match id.as_str() {
        "help" => {
            a = a
                .help(clap_word(lang, "clap-print-help"))
                .long_help(clap_word(lang, "clap-print-help-long"));
            if is_clap_help(path) {
                a = a.help(clap_word(lang, "clap-help-subcommands"));
            }
        }
        "version" => a = a.help(clap_word(lang, "clap-print-version")),
        // A command's own --format (a copy of the global option, so global too) has its help
        // from code, in the interface language, naming its default; groups of commands keep
        // livcr's global one.
        "format" if leaf => {}
        _ if is_clap_help(path) => a = a.help(clap_word(lang, "clap-help-subcommands")),
        _ => {
            if let Some(s) = get(lang, &format!("help-{key}--{id}")) {
                a = a.help(s);
            }
            if let Some(s) = get(lang, &format!("long-help-{key}--{id}")) {
                a = a.long_help(s);
            }
        }
    }
    // The value names (`<DATE>`) and the notes clap adds in English, written in `lang`.
    if let Some(names) = a.get_value_names() {
        let names: Vec<String> = names
            .iter()
            .map(|n| get(lang, &format!("valname-{}", name_key(n))).unwrap_or(n.to_string()))
            .collect();
        a = a.value_names(names);
    }
    let mut notes: Vec<String> = Vec::new();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let takes_value = a.get_num_args().is_some_and(|n| n.takes_values());
    if !defaults.is_empty() && takes_value && !a.is_hide_default_value_set() {
        notes.push(format!(
            "[{}{}{}]",
            clap_word(lang, "clap-default"),
            colon(lang),
            defaults.join(", ")
        ));
        a = a.hide_default_value(true);
    }
    if let Some(env) = a.get_env()
        && !a.is_hide_env_set()
    {
        notes.push(format!(
            "[{}{}{}]",
            clap_word(lang, "clap-env"),
            colon(lang),
            env.to_string_lossy()
        ));
        a = a.hide_env(true);
    }
    let values: Vec<clap::builder::PossibleValue> = a
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut value_list = String::new();
    if takes_value && !values.is_empty() && !a.is_hide_possible_values_set() {
        let with_help = values.iter().any(|v| v.get_help().is_some());
        notes.push(format!(
            "[{}{}{}]",
            clap_word(lang, "clap-possible-values"),
            colon(lang),
            values
                .iter()
                .map(|v| v.get_name())
                .collect::<Vec<_>>()
                .join(", ")
        ));
        if with_help {
            let _ = write!(
                value_list,
                "\n\n{}{}",
                clap_word(lang, "clap-possible-values-title"),
                colon(lang).trim_end()
            );
            for v in &values {
                let help = get(lang, &value_key(&id, v.get_name()))
                    .or_else(|| v.get_help().map(|h| h.to_string()));
                match help {
                    Some(h) => {
                        let _ = write!(value_list, "\n- {}{}{h}", v.get_name(), colon(lang));
                    }
                    None => {
                        let _ = write!(value_list, "\n- {}", v.get_name());
                    }
                }
            }
        }
        a = a.hide_possible_values(true);
    }
    if !notes.is_empty() || !value_list.is_empty() {
        let short = a.get_help().map(|s| s.to_string()).unwrap_or_default();
        let long = a.get_long_help().map(|s| s.to_string());
        let joined = notes.join(" ");
        let with = |text: &str| {
            if text.is_empty() {
                joined.clone()
            } else {
                format!("{text} {joined}")
            }
        };
        a = a.help(with(&short));
        if long.is_some() || !value_list.is_empty() {
            let base = long.unwrap_or(short);
            let long = if value_list.is_empty() {
                format!("{base}\n\n{joined}")
            } else {
                let notes_no_values: Vec<&String> = notes
                    .iter()
                    .filter(|n| {
                        !n.starts_with(&format!("[{}", clap_word(lang, "clap-possible-values")))
                    })
                    .collect();
                let mut t = format!("{base}{value_list}");
                if !notes_no_values.is_empty() {
                    t.push_str("\n\n");
                    t.push_str(
                        &notes_no_values
                            .iter()
                            .map(|s| s.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    );
                }
                t
            };
            a = a.long_help(long);
        }
    }
    if a.get_help_heading() == Some(crate::cli::GLOBAL) {
        a = a.help_heading(heading(lang, "clap-global-options"));
    } else if a.get_help_heading().is_none() {
        let id = if a.is_positional() {
            "clap-arguments"
        } else {
            "clap-options"
        };
        a = a.help_heading(heading(lang, id));
    }
    a
}

fn string(v: Option<&ContextValue>) -> Option<String> {
    match v? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(s) => Some(s.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(s) => Some(
            s.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn strings(v: Option<&ContextValue>) -> Vec<String> {
    match v {
        Some(ContextValue::Strings(s)) => s.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::StyledStrs(s)) => s.iter().map(|s| s.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// A usage error of clap in `lang`: the message, its tips, the usage line and the pointer to
/// `--help`. `None` for English (clap's own text) and for what is not an error (help, version).
pub fn render_error(err: &clap::Error, lang: UiLang) -> Option<String> {
    if lang == UiLang::En {
        return None;
    }
    let kind = err.kind();
    if matches!(
        kind,
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            | ErrorKind::DisplayVersion
    ) {
        return None;
    }
    let w = |id: &str, args: &[(&str, &str)]| {
        let args: Vec<(&str, fluent_bundle::FluentValue)> =
            args.iter().map(|(k, v)| (*k, (*v).into())).collect();
        super::text_in(lang, id, &args)
    };
    let arg = string(err.get(ContextKind::InvalidArg)).unwrap_or_default();
    let value = string(err.get(ContextKind::InvalidValue)).unwrap_or_default();
    let mut msg = match kind {
        ErrorKind::InvalidValue if value.is_empty() => {
            w("clap-err-value-required", &[("arg", &arg)])
        }
        ErrorKind::InvalidValue => {
            let mut m = w(
                "clap-err-invalid-value",
                &[("value", &value), ("arg", &arg)],
            );
            let valid = strings(err.get(ContextKind::ValidValue));
            if !valid.is_empty() {
                let _ = write!(
                    m,
                    "\n  [{}{}{}]",
                    clap_word(lang, "clap-possible-values"),
                    colon(lang),
                    valid.join(", ")
                );
            }
            m
        }
        ErrorKind::ValueValidation => {
            let mut m = w(
                "clap-err-invalid-value",
                &[("value", &value), ("arg", &arg)],
            );
            if let Some(source) = std::error::Error::source(err) {
                let _ = write!(m, ": {source}");
            }
            m
        }
        ErrorKind::UnknownArgument => w("clap-err-unknown-argument", &[("arg", &arg)]),
        ErrorKind::InvalidSubcommand => {
            let sub = string(err.get(ContextKind::InvalidSubcommand)).unwrap_or_default();
            w("clap-err-unknown-command", &[("command", &sub)])
        }
        ErrorKind::MissingRequiredArgument => {
            let mut m = w("clap-err-missing-required", &[]);
            for a in strings(err.get(ContextKind::InvalidArg)) {
                let _ = write!(m, "\n  {a}");
            }
            m
        }
        ErrorKind::MissingSubcommand => {
            let sub = string(err.get(ContextKind::InvalidSubcommand)).unwrap_or_default();
            let mut m = w("clap-err-missing-command", &[("command", &sub)]);
            let valid = strings(err.get(ContextKind::ValidSubcommand));
            if !valid.is_empty() {
                let _ = write!(
                    m,
                    "\n  [{}{}{}]",
                    clap_word(lang, "clap-commands-list"),
                    colon(lang),
                    valid.join(", ")
                );
            }
            m
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(err.get(ContextKind::PriorArg));
            if prior.iter().any(|p| p == &arg) {
                w("clap-err-used-twice", &[("arg", &arg)])
            } else {
                w(
                    "clap-err-conflict",
                    &[("arg", &arg), ("other", &prior.join(", "))],
                )
            }
        }
        ErrorKind::NoEquals => w("clap-err-no-equals", &[("arg", &arg)]),
        ErrorKind::TooManyValues => w(
            "clap-err-too-many-values",
            &[("value", &value), ("arg", &arg)],
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            w("clap-err-number-of-values", &[("arg", &arg)])
        }
        ErrorKind::InvalidUtf8 => w("clap-err-invalid-utf8", &[]),
        _ => {
            // A message livcr gave clap itself (already in `lang`): clap's text without its
            // English prefix and pointer.
            let text = err.render().to_string();
            text.lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ")
                .to_string()
        }
    };
    for (k, id) in [
        (ContextKind::SuggestedArg, "clap-tip-similar-argument"),
        (ContextKind::SuggestedSubcommand, "clap-tip-similar-command"),
        (ContextKind::SuggestedValue, "clap-tip-similar-value"),
    ] {
        let s = strings(err.get(k));
        if !s.is_empty() {
            let list = s
                .iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(msg, "\n\n  {}", w(id, &[("list", &list)]));
        }
    }
    let mut out = format!("{} {msg}\n", clap_word(lang, "error-prefix"));
    if let Some(usage) = string(err.get(ContextKind::Usage)) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        let usage = usage
            .replace(
                "[OPTIONS]",
                &format!("[{}]", clap_word(lang, "clap-options-placeholder")),
            )
            .replace(
                "<COMMAND>",
                &format!("<{}>", clap_word(lang, "clap-command-placeholder")),
            );
        let _ = write!(out, "\n{} {usage}\n", clap_word(lang, "clap-usage"));
    }
    let _ = writeln!(out, "\n{}", clap_word(lang, "clap-more-information"));
    Some(out)
}

/// clap's section headings in roff (`.SH NAME`) in `lang`, for `livcr man`.
pub fn man_headings(roff: &str, lang: UiLang) -> String {
    if lang == UiLang::En {
        return roff.to_string();
    }
    let mut out = String::with_capacity(roff.len());
    for line in roff.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        let id = match bare {
            ".SH NAME" => Some("clap-man-name"),
            ".SH SYNOPSIS" => Some("clap-man-synopsis"),
            ".SH DESCRIPTION" => Some("clap-man-description"),
            ".SH OPTIONS" => Some("clap-man-options"),
            ".SH SUBCOMMANDS" => Some("clap-man-commands"),
            ".SH VERSION" => Some("clap-man-version"),
            ".SH EXTRA" => Some("clap-man-extra"),
            _ => None,
        };
        let heading = match (id, bare.strip_prefix(".SH ")) {
            (Some(id), _) => Some(clap_word(lang, id)),
            // A heading of the help (`Options générales `): its words, without the space
            // French puts before clap's colon.
            (None, Some(h)) => Some(h.trim_matches('"').trim().to_string()),
            (None, None) => None,
        };
        match heading {
            Some(h) => {
                let h = h.to_uppercase();
                if h.contains(' ') {
                    let _ = writeln!(out, ".SH \"{h}\"");
                } else {
                    let _ = writeln!(out, ".SH {h}");
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_read_back_exactly() {
        for text in [
            "plain",
            "two\nlines",
            "with a blank\n\nline",
            "[default: x] {braces}",
            "a list:\n- one\n* two\n.three\n  indented",
        ] {
            let src = entry("k", text);
            let res = fluent_bundle::FluentResource::try_new(src.clone())
                .unwrap_or_else(|(_, e)| panic!("{src}: {e:?}"));
            let mut b = fluent_bundle::FluentBundle::<_>::new(vec!["en".parse().unwrap()]);
            b.set_use_isolating(false);
            b.add_resource(res).unwrap();
            let p = b.get_message("k").unwrap().value().unwrap();
            let got = b.format_pattern(p, None, &mut vec![]);
            assert_eq!(got, text, "{src}");
        }
    }

    #[test]
    fn value_name_keys() {
        assert_eq!(name_key("NIS|NAME"), "NIS-NAME");
        assert_eq!(name_key("A,B,…"), "A-B");
        assert_eq!(name_key("DATE"), "DATE");
    }
}
