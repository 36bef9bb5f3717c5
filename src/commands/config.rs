//! `livcr config show|default`.

use anyhow::Result;
use serde_json::Value;

use crate::cli::ConfigCmd;
use crate::config::{DEFAULT_CONFIG, Source};
use crate::context::{Ctx, KeySource};

pub fn run(ctx: &mut Ctx, cmd: ConfigCmd) -> Result<u8> {
    match cmd {
        ConfigCmd::Default => {
            ctx.out.raw(DEFAULT_CONFIG)?;
        }
        ConfigCmd::Show => {
            let c = &ctx.config;
            let file_or_default = |set: bool| c.source_of(set).to_string();
            let lang_source = if ctx.lang.is_some() && c.lang.is_none() {
                Source::Flag("--lang").to_string()
            } else {
                file_or_default(c.lang.is_some())
            };
            // The file's header, read once for the two rows that depend on it.
            let found = crate::db::file::sniff(&ctx.db_path);
            let encrypted = found.as_ref().is_ok_and(crate::db::looks_encrypted);
            let rows: Vec<Vec<Value>> = vec![
                vec![
                    "config".into(),
                    c.file
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| "(none: defaults)".into())
                        .into(),
                    match (&c.file, crate::config::Config::default_path()) {
                        (Some(_), _) => "read".into(),
                        (None, Some(p)) => format!("not found at {}", p.display()),
                        (None, None) => "no config folder".into(),
                    }
                    .into(),
                ],
                vec![
                    "db".into(),
                    ctx.db_path.display().to_string().into(),
                    ctx.db_source.to_string().into(),
                ],
                vec![
                    "encrypted".into(),
                    match &found {
                        _ if encrypted => "yes (SQLCipher)",
                        Ok(crate::db::file::Found::Plain { .. }) => "no (plain file)",
                        Ok(crate::db::file::Found::Missing) => "(no database)",
                        _ => "(not a database)",
                    }
                    .into(),
                    "the file".into(),
                ],
                vec![
                    "key_file".into(),
                    ctx.key_file
                        .as_ref()
                        .map(|(p, _)| p.display().to_string())
                        .unwrap_or_else(|| "(none)".into())
                        .into(),
                    ctx.key_file
                        .as_ref()
                        .map(|(_, s)| s.to_string())
                        .unwrap_or_else(|| Source::Default.to_string())
                        .into(),
                ],
                {
                    let (value, source) = match encrypted {
                        true => match ctx.planned_key_source() {
                            KeySource::File(p, s) => {
                                (format!("key file {}", p.display()), s.to_string())
                            }
                            KeySource::Keyring => (
                                "OS keyring".to_string(),
                                format!("the {}", crate::keystore::name()),
                            ),
                            KeySource::Prompt => (
                                "prompt".to_string(),
                                match crate::keystore::get(&ctx.db_path) {
                                    crate::keystore::Lookup::Unreachable(why) => format!(
                                        "no key file; the {} could not be reached ({why})",
                                        crate::keystore::name()
                                    ),
                                    _ => "no key file, nothing kept in the OS keyring".to_string(),
                                },
                            ),
                        },
                        _ => ("(none: not encrypted)".to_string(), String::new()),
                    };
                    vec!["key_from".into(), value.into(), source.into()]
                },
                vec![
                    "cell".into(),
                    ctx.cell
                        .clone()
                        .unwrap_or_else(|| "(the only cell)".into())
                        .into(),
                    if c.cell.is_some() && ctx.cell == c.cell {
                        file_or_default(true)
                    } else if ctx.cell.is_some() {
                        Source::Flag("--cell").to_string()
                    } else {
                        Source::Default.to_string()
                    }
                    .into(),
                ],
                match &ctx.actor {
                    Some((actor, source)) => {
                        vec![
                            "actor".into(),
                            actor.clone().into(),
                            source.to_string().into(),
                        ]
                    }
                    None => vec![
                        "actor".into(),
                        "(unknown: give --as or set actor in the config)".into(),
                        "no --as, no config `actor`, no OS account name".into(),
                    ],
                },
                vec![
                    "lang".into(),
                    ctx.lang
                        .map(|l| l.as_str().to_string())
                        .unwrap_or_else(|| "(each cell's own)".into())
                        .into(),
                    lang_source.into(),
                ],
                vec![
                    "remind_within".into(),
                    c.remind_within.clone().into(),
                    file_or_default(c.remind_within != "14d").into(),
                ],
                vec![
                    "suppress_below".into(),
                    c.suppress_below.into(),
                    file_or_default(c.suppress_below != 3).into(),
                ],
                vec![
                    "no_meeting_months".into(),
                    c.no_meeting_months.into(),
                    file_or_default(c.no_meeting_months != 12).into(),
                ],
            ];
            ctx.out.list(&["setting", "value", "source"], &rows)?;
        }
    }
    Ok(0)
}
