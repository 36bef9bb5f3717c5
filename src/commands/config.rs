//! `livcr config show|default`.

use anyhow::Result;
use serde_json::Value;

use crate::cli::ConfigCmd;
use crate::config::{DEFAULT_CONFIG, Source};
use crate::context::{Ctx, KeySource};
use crate::i18n::{LangSource, UiLang};
use crate::output::Format;

pub fn run(ctx: &mut Ctx, cmd: ConfigCmd) -> Result<u8> {
    match cmd {
        ConfigCmd::Default => {
            ctx.out.raw(DEFAULT_CONFIG)?;
        }
        ConfigCmd::Show => {
            // JSON and CSV are read by scripts: their words stay English in every language.
            let lang = match ctx.out.format {
                Format::Json | Format::Csv => UiLang::En,
                _ => crate::i18n::lang(),
            };
            let tr = |key: &str| crate::i18n::text_in(lang, key, &[]);
            let c = &ctx.config;
            let file_or_default = |set: bool| c.source_of(set).text_in(lang);
            let lang_source = if ctx.lang_flag.is_some() {
                Source::Flag("--lang").text_in(lang)
            } else {
                file_or_default(c.lang.is_some())
            };
            let ui = crate::i18n::choice();
            let ui_source = match &ui.source {
                LangSource::Env(var) => Source::Env(var).text_in(lang),
                LangSource::Config(path) => Source::File(path.clone()).text_in(lang),
                LangSource::System => tr("source-system-language"),
                LangSource::Default => Source::Default.text_in(lang),
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
                        .unwrap_or_else(|| tr("config-show-no-file"))
                        .into(),
                    match (&c.file, crate::config::Config::default_path()) {
                        (Some(_), _) => tr("config-show-read"),
                        (None, Some(p)) => crate::i18n::text_in(
                            lang,
                            "config-show-not-found",
                            &[("path", crate::i18n::arg(p.display().to_string()))],
                        ),
                        (None, None) => tr("config-show-no-folder"),
                    }
                    .into(),
                ],
                vec![
                    "db".into(),
                    ctx.db_path.display().to_string().into(),
                    ctx.db_source.text_in(lang).into(),
                ],
                vec![
                    "encrypted".into(),
                    match &found {
                        _ if encrypted => tr("config-show-encrypted-yes"),
                        Ok(crate::db::file::Found::Plain { .. }) => tr("config-show-encrypted-no"),
                        Ok(crate::db::file::Found::Missing) => tr("config-show-no-database"),
                        _ => tr("config-show-not-a-database"),
                    }
                    .into(),
                    tr("config-show-the-file").into(),
                ],
                vec![
                    "key_file".into(),
                    ctx.key_file
                        .as_ref()
                        .map(|(p, _)| p.display().to_string())
                        .unwrap_or_else(|| tr("config-show-none"))
                        .into(),
                    ctx.key_file
                        .as_ref()
                        .map(|(_, s)| s.text_in(lang))
                        .unwrap_or_else(|| Source::Default.text_in(lang))
                        .into(),
                ],
                {
                    let keyring = crate::keystore::name_in(lang);
                    let (value, source) = match encrypted {
                        true => match ctx.planned_key_source() {
                            KeySource::File(p, s) => (
                                crate::i18n::text_in(
                                    lang,
                                    "config-show-key-file",
                                    &[("path", crate::i18n::arg(p.display().to_string()))],
                                ),
                                s.text_in(lang),
                            ),
                            KeySource::Keyring => (
                                tr("config-show-os-keyring"),
                                crate::i18n::text_in(
                                    lang,
                                    "config-show-the-keyring",
                                    &[("keyring", crate::i18n::arg(keyring.clone()))],
                                ),
                            ),
                            KeySource::Prompt => (
                                "prompt".to_string(),
                                match crate::keystore::get(&ctx.db_path) {
                                    crate::keystore::Lookup::Unreachable(why) => {
                                        crate::i18n::text_in(
                                            lang,
                                            "config-show-keyring-unreachable",
                                            &[
                                                ("keyring", crate::i18n::arg(keyring.clone())),
                                                ("why", crate::i18n::arg(why.to_string())),
                                            ],
                                        )
                                    }
                                    _ => tr("config-show-no-key"),
                                },
                            ),
                        },
                        _ => (tr("config-show-not-encrypted"), String::new()),
                    };
                    vec!["key_from".into(), value.into(), source.into()]
                },
                vec![
                    "cell".into(),
                    ctx.cell
                        .clone()
                        .unwrap_or_else(|| tr("config-show-only-cell"))
                        .into(),
                    if c.cell.is_some() && ctx.cell == c.cell {
                        file_or_default(true)
                    } else if ctx.cell.is_some() {
                        Source::Flag("--cell").text_in(lang)
                    } else {
                        Source::Default.text_in(lang)
                    }
                    .into(),
                ],
                match &ctx.actor {
                    Some((actor, source)) => {
                        vec![
                            "actor".into(),
                            actor.clone().into(),
                            source.text_in(lang).into(),
                        ]
                    }
                    None => vec![
                        "actor".into(),
                        tr("config-show-actor-unknown").into(),
                        tr("config-show-actor-unknown-source").into(),
                    ],
                },
                vec!["ui_lang".into(), ui.lang.code().into(), ui_source.into()],
                vec![
                    "lang".into(),
                    ctx.lang
                        .map(|l| l.as_str().to_string())
                        .unwrap_or_else(|| tr("config-show-each-cell"))
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
