//! The TOML configuration file and the settings in force, with where each came from.

use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::domain::Lang;
use crate::error::{fail, fail_hint};

/// The commented default configuration, also kept as `examples/config.toml`.
pub const DEFAULT_CONFIG: &str = include_str!("../examples/config.toml");

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File(PathBuf),
    Env(&'static str),
    Flag(&'static str),
    /// The OS account: its login name from the environment variable named, or (`None`) from
    /// the system's user database.
    Account(Option<&'static str>),
}

impl Source {
    /// The source in words, in `lang` (`config show` writes its JSON and CSV in English).
    pub fn text_in(&self, lang: crate::i18n::UiLang) -> String {
        use crate::i18n::{arg, text_in};
        match self {
            Source::Default => text_in(lang, "source-default", &[]),
            Source::File(path) => text_in(
                lang,
                "source-config-file",
                &[("path", arg(path.display().to_string()))],
            ),
            Source::Env(name) => text_in(lang, "source-env", &[("name", arg(*name))]),
            Source::Flag(name) => text_in(lang, "source-flag", &[("name", arg(*name))]),
            Source::Account(Some(var)) => {
                text_in(lang, "source-account-env", &[("name", arg(*var))])
            }
            Source::Account(None) => text_in(lang, "source-account-system", &[]),
        }
    }
}

/// The source in words, in the interface language.
impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text_in(crate::i18n::lang()))
    }
}

/// The keys a config file may hold. Unknown keys and wrong types are errors naming the key and
/// the line.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    db: Option<PathBuf>,
    cell: Option<String>,
    actor: Option<String>,
    lang: Option<Lang>,
    /// Read before the command line is parsed ([`peek_ui_lang`]); here so that the key is known.
    #[allow(dead_code)]
    ui_lang: Option<String>,
    remind_within: Option<String>,
    suppress_below: Option<u32>,
    no_meeting_months: Option<u32>,
    key_file: Option<PathBuf>,
}

/// The configuration in force for one run (config file merged over the defaults). Flags and
/// environment variables are merged in by [`crate::context`].
#[derive(Debug, Clone)]
pub struct Config {
    /// The config file that was read, if any.
    pub file: Option<PathBuf>,
    pub db: Option<PathBuf>,
    pub cell: Option<String>,
    pub actor: Option<String>,
    pub lang: Option<Lang>,
    pub remind_within: String,
    pub suppress_below: u32,
    pub no_meeting_months: u32,
    /// The key file of an encrypted database (mode 0600; its first line is the passphrase).
    pub key_file: Option<PathBuf>,
}

impl Config {
    /// The default location of the config file (`$XDG_CONFIG_HOME/livcr/config.toml` on Linux).
    pub fn default_path() -> Option<PathBuf> {
        dirs::config_dir().map(|d| d.join("livcr").join("config.toml"))
    }

    /// Loads `explicit` (which must exist) or the default file (which may be absent).
    pub fn load(explicit: Option<&Path>) -> Result<Config> {
        let (path, must_exist) = match explicit {
            Some(p) => (Some(p.to_path_buf()), true),
            None => (Config::default_path(), false),
        };
        let mut parsed = FileConfig::default();
        let mut used = None;
        if let Some(path) = path {
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    parsed = parse(&text, &path)?;
                    used = Some(path);
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => {}
                Err(e) => {
                    return Err(e).with_context(|| {
                        crate::t!("config-cannot-read", path = path.display().to_string())
                    });
                }
            }
        }
        // A `ui_lang` livcr does not speak is set aside with a warning (crate::i18n::decide):
        // it must not stop `config show`, the command that finds it.
        let remind_within = parsed.remind_within.unwrap_or_else(|| "14d".to_string());
        crate::domain::dates::parse_span(&remind_within).map_err(|e| {
            fail_hint(
                crate::t!("config-bad-remind-within", error = e.to_string()),
                crate::t!("config-bad-remind-within-hint"),
            )
        })?;
        let suppress_below = parsed.suppress_below.unwrap_or(3);
        if suppress_below == 0 {
            return Err(fail(crate::t!("config-bad-suppress-below")));
        }
        Ok(Config {
            file: used,
            db: parsed.db.map(|p| expand_home(&p)),
            cell: parsed.cell,
            actor: parsed.actor,
            lang: parsed.lang,
            remind_within,
            suppress_below,
            no_meeting_months: parsed.no_meeting_months.unwrap_or(12).max(1),
            key_file: parsed.key_file.map(|p| expand_home(&p)),
        })
    }

    /// The source of a key set in the file, or the default.
    pub fn source_of(&self, set: bool) -> Source {
        match (&self.file, set) {
            (Some(path), true) => Source::File(path.clone()),
            _ => Source::Default,
        }
    }
}

/// The `ui_lang` of a config file, read before the command line is parsed (the interface
/// language decides the language of `--help`); a file that cannot be read or parsed gives
/// `None` here and its error later, from [`Config::load`].
pub fn peek_ui_lang(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    table.get("ui_lang")?.as_str().map(str::to_string)
}

fn parse(text: &str, path: &Path) -> Result<FileConfig> {
    toml::from_str(text).map_err(|e| {
        fail_hint(
            crate::t!(
                "config-invalid-file",
                path = path.display().to_string(),
                error = e.to_string().trim_end().to_string()
            ),
            crate::t!("config-invalid-file-hint"),
        )
    })
}

/// `~/x` → `$HOME/x`.
pub fn expand_home(path: &Path) -> PathBuf {
    if let Ok(rest) = path.strip_prefix("~")
        && let Some(home) = dirs::home_dir()
    {
        return home.join(rest);
    }
    path.to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_config_parses_and_has_every_key() {
        let parsed = parse(DEFAULT_CONFIG, Path::new("x")).expect("default config parses");
        assert_eq!(parsed.suppress_below, Some(3));
        for key in [
            "db",
            "cell",
            "actor",
            "lang",
            "remind_within",
            "suppress_below",
            "no_meeting_months",
            "key_file",
        ] {
            assert!(
                DEFAULT_CONFIG.contains(&format!("{key} =")),
                "{key} documented"
            );
        }
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let err = parse("lang = \"nl\"\ncolour = true\n", Path::new("c.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("colour"), "{msg}");
        assert!(msg.contains("line 2"), "{msg}");
    }

    #[test]
    fn wrong_type_names_key_and_line() {
        let err = parse("\n\nsuppress_below = \"three\"\n", Path::new("c.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("suppress_below"), "{msg}");
        assert!(msg.contains("line 3"), "{msg}");
    }
}
