//! The interface language: what a person reads on stderr, in table headings, prompts and help.
//!
//! Two languages, two settings: the *interface* speaks the language of the person at the
//! keyboard (this module); the *documents* (agenda, minutes, forms, reports) speak the cell's
//! language (`--lang`, config `lang`, else the cell's own; see `docs`). Nothing a script reads
//! depends on either: command and option names, JSON and CSV field names and values, exit codes,
//! file names and the audit log are the same in every language.
//!
//! The interface language comes from `LIVCR_LANG`, else the config's `ui_lang`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`; on Windows and macOS the system's language when none is
//! set), else English. It is decided once, before the command line is parsed, so that `--help`
//! and clap's usage errors speak it too.
//!
//! The texts live in Fluent catalogues, one folder per language under `i18n/` in the
//! repository, one file per area; the English catalogue is the reference. [`t!`] looks a key up
//! in the interface language; a key missing there falls back to English (the tests fail on any
//! missing key, so that only happens in a build that skipped them).

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub mod clap_text;
mod dates;
pub use dates::{human_date, human_date_str};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiLang {
    En,
    Nl,
    Fr,
    De,
}

impl UiLang {
    pub const ALL: [UiLang; 4] = [UiLang::En, UiLang::Nl, UiLang::Fr, UiLang::De];

    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Nl => "nl",
            UiLang::Fr => "fr",
            UiLang::De => "de",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// A language from a tag or a locale: `nl`, `NL`, `nl-BE`, `nl_BE.UTF-8`, `fr_BE@euro`.
    /// `None` for anything else (including `C` and `POSIX`).
    pub fn from_tag(tag: &str) -> Option<UiLang> {
        let first = tag
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match first.as_str() {
            "en" => Some(UiLang::En),
            "nl" => Some(UiLang::Nl),
            "fr" => Some(UiLang::Fr),
            "de" => Some(UiLang::De),
            _ => None,
        }
    }
}

/// Where the interface language came from, for `config show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LangSource {
    /// The environment variable named (`LIVCR_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
    Env(&'static str),
    /// The config file's `ui_lang`.
    Config(PathBuf),
    /// The system's language (Windows, macOS), when no locale variable is set.
    System,
    /// Nothing said which: English.
    Default,
}

/// The interface language and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub lang: UiLang,
    pub source: LangSource,
    /// A setting that named no language livcr speaks: `(where, value)`, reported as a warning.
    pub ignored: Option<(String, String)>,
}

static CHOICE: OnceLock<Choice> = OnceLock::new();

/// Decides the interface language from `env` (a lookup of environment variables), the
/// config's `ui_lang` (with the file it came from) and the system's language.
///
/// `LIVCR_LANG` and `ui_lang` must name a language livcr speaks; a value that does not is set
/// aside (and reported by [`Choice::ignored`]) and the next source decides. Of the locale
/// variables, the first one set decides, as POSIX says: `LC_ALL=C` means English even when
/// `LANG=nl_BE.UTF-8`.
pub fn decide(
    env: &dyn Fn(&str) -> Option<String>,
    ui_lang: Option<(&str, &Path)>,
    system: Option<String>,
) -> Choice {
    let mut ignored = None;
    if let Some(v) = env("LIVCR_LANG").filter(|v| !v.trim().is_empty()) {
        match UiLang::from_tag(&v) {
            Some(lang) => {
                return Choice {
                    lang,
                    source: LangSource::Env("LIVCR_LANG"),
                    ignored,
                };
            }
            None => ignored = Some(("LIVCR_LANG".to_string(), v)),
        }
    }
    if let Some((v, path)) = ui_lang.filter(|(v, _)| !v.trim().is_empty()) {
        match UiLang::from_tag(v) {
            Some(lang) => {
                return Choice {
                    lang,
                    source: LangSource::Config(path.to_path_buf()),
                    ignored,
                };
            }
            None => {
                ignored = ignored.or(Some((
                    format!("ui_lang in {}", path.display()),
                    v.to_string(),
                )))
            }
        }
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = env(var).filter(|v| !v.is_empty()) {
            return Choice {
                lang: UiLang::from_tag(&v).unwrap_or(UiLang::En),
                source: LangSource::Env(var),
                ignored,
            };
        }
    }
    if let Some(lang) = system.as_deref().and_then(UiLang::from_tag) {
        return Choice {
            lang,
            source: LangSource::System,
            ignored,
        };
    }
    Choice {
        lang: UiLang::En,
        source: LangSource::Default,
        ignored,
    }
}

/// The system's language where there is no locale variable to say it (Windows, macOS).
fn system_language() -> Option<String> {
    #[cfg(any(windows, target_os = "macos"))]
    {
        sys_locale::get_locale()
    }
    #[cfg(not(any(windows, target_os = "macos")))]
    {
        None
    }
}

/// Decides the interface language for this run from the environment and the config file
/// (`--config` on the command line, else the default one), before the command line is parsed.
/// A config file that cannot be read or parsed is left to the config loader to report.
pub fn init_from_env(args: &[std::ffi::OsString]) -> &'static Choice {
    CHOICE.get_or_init(|| {
        let config = config_arg(args).or_else(crate::config::Config::default_path);
        let ui_lang = config
            .as_deref()
            .and_then(|p| crate::config::peek_ui_lang(p).map(|v| (v, p.to_path_buf())));
        let env = |name: &str| std::env::var(name).ok();
        let system = system_language;
        // The system is asked only when no variable answered: it may cost a system call.
        let choice = decide(
            &env,
            ui_lang.as_ref().map(|(v, p)| (v.as_str(), p.as_path())),
            None,
        );
        if choice.source == LangSource::Default {
            return decide(
                &env,
                ui_lang.as_ref().map(|(v, p)| (v.as_str(), p.as_path())),
                system(),
            );
        }
        choice
    })
}

/// `--config PATH` or `--config=PATH` on the command line, before `--`.
fn config_arg(args: &[std::ffi::OsString]) -> Option<PathBuf> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let s = a.to_string_lossy();
        if s == "--" {
            break;
        }
        if s == "--config" {
            return it.next().map(PathBuf::from);
        }
        if let Some(v) = s.strip_prefix("--config=") {
            return Some(PathBuf::from(v));
        }
    }
    None
}

/// The interface language and its source (English from nowhere when [`init_from_env`] was not
/// called, as in the library's own tests).
pub fn choice() -> &'static Choice {
    static DEFAULT: Choice = Choice {
        lang: UiLang::En,
        source: LangSource::Default,
        ignored: None,
    };
    CHOICE.get().unwrap_or(&DEFAULT)
}

thread_local! {
    /// A language forced for a moment by [`in_english`].
    static FORCED: std::cell::Cell<Option<UiLang>> = const { std::cell::Cell::new(None) };
}

/// The interface language of this run.
pub fn lang() -> UiLang {
    FORCED.with(|f| f.get()).unwrap_or_else(|| choice().lang)
}

/// `f`'s texts in English, whatever the interface language: for a text that is also a value a
/// script reads (see [`Said::of`]).
pub fn in_english<T>(f: impl FnOnce() -> T) -> T {
    struct Restore(Option<UiLang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            FORCED.with(|f| f.set(self.0));
        }
    }
    let _restore = Restore(FORCED.with(|f| f.replace(Some(UiLang::En))));
    f()
}

/// One catalogue file (one area of one language).
pub struct Catalogue {
    pub lang: UiLang,
    pub text: &'static str,
}

// CATALOGUES (every catalogue file, embedded) and KEY_INDEX (where each message starts), made
// by build.rs from the files of i18n/.
include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

type Bundle = FluentBundle<FluentResource>;

/// Runs `f` on the bundle of `lang` once it holds `id`; `None` when no catalogue file of
/// `lang` defines `id` (the first file that does gives it, as one bundle of all the files
/// would keep the first). Each message is parsed alone, from its own lines, when first asked
/// for: parsing the whole catalogue took a millisecond of every run that showed one text.
fn with_message<R>(lang: UiLang, id: &str, f: impl FnOnce(&Bundle) -> R) -> Option<R> {
    static BUNDLES: [OnceLock<Mutex<Bundle>>; 4] = [const { OnceLock::new() }; 4];
    let bundle = BUNDLES[lang.index()].get_or_init(|| Mutex::new(empty_bundle(lang)));
    let mut bundle = bundle.lock().unwrap_or_else(|e| e.into_inner());
    if !bundle.has_message(id) {
        let source = entry_lines(source(lang, id)?);
        // A syntax error leaves out the entries it spoils; the catalogue tests name it.
        let res = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(res);
    }
    bundle.has_message(id).then(|| f(&bundle))
}

/// A bundle for `lang` without messages yet.
fn empty_bundle(lang: UiLang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .expect("a two-letter language code is a language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around placeables: terminals show them as garbage, and the
    // texts livcr prints are checked for invisible characters.
    bundle.set_use_isolating(false);
    bundle
}

/// The catalogue text of `lang` from message `id`'s line `key =` on (its lines are
/// [`entry_lines`] of it): a binary search in the index build.rs made (the first file that
/// has a key gives it).
fn source(lang: UiLang, id: &str) -> Option<&'static str> {
    let index = KEY_INDEX[lang.index()];
    let at = index.binary_search_by(|e| key_of(e).cmp(id)).ok()?;
    let (file, offset, _) = index[at];
    CATALOGUES
        .get(usize::from(file))?
        .text
        .get(offset as usize..)
}

/// The key of an entry of [`KEY_INDEX`]: the start of its line.
fn key_of(&(file, offset, len): &(u16, u32, u16)) -> &'static str {
    let start = offset as usize;
    CATALOGUES
        .get(usize::from(file))
        .and_then(|c| c.text.get(start..start + usize::from(len)))
        .unwrap_or_default()
}

/// The texts of `lang`'s catalogue files, in the order of [`CATALOGUES`].
#[cfg(test)]
fn files(lang: UiLang) -> impl Iterator<Item = &'static str> {
    CATALOGUES
        .iter()
        .filter(move |c| c.lang == lang)
        .map(|c| c.text)
}

/// The lines of message `id` in the Fluent text `text` (how build.rs, [`source`] and [`entry_lines`]
/// find them, written as a search; the tests compare): from its line `id =` up to the next
/// line that starts another entry or a comment (a letter, `-` or `#` in the first column;
/// the lines of a message's value are indented, or close a selection with `}`).
#[cfg(test)]
fn message_source<'a>(text: &'a str, id: &str) -> Option<&'a str> {
    if id.is_empty() {
        return None;
    }
    let start = text.match_indices(id).map(|(at, _)| at).find(|at| {
        (*at == 0 || text.as_bytes()[at - 1] == b'\n')
            && text[at + id.len()..]
                .trim_start_matches(' ')
                .starts_with('=')
    })?;
    Some(entry_lines(&text[start..]))
}

/// The lines of the entry that `rest` starts with (see [`message_source`]).
fn entry_lines(rest: &str) -> &str {
    let mut end = rest.find('\n').map_or(rest.len(), |n| n + 1);
    while end < rest.len() {
        let line = &rest[end..];
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            break;
        }
        end += line.find('\n').map_or(line.len(), |n| n + 1);
    }
    &rest[..end]
}

/// Whether `lang`'s catalogue has `id`.
pub fn has(lang: UiLang, id: &str) -> bool {
    with_message(lang, id, |_| ()).is_some()
}

/// The text of `id` in `lang` with `args`, or `None` when the catalogue has no such key.
pub fn lookup(lang: UiLang, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    with_message(lang, id, |b| {
        let pattern = b.get_message(id)?.value()?;
        let mut fargs = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        let text = b.format_pattern(pattern, Some(&fargs), &mut errors);
        Some(text.into_owned())
    })?
}

/// The text of `id` in the interface language (English when the key is missing there; the key
/// itself when it is missing in English too, which the tests forbid).
pub fn text(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    text_in(lang(), id, args)
}

/// The text of `id` in `lang`.
pub fn text_in(lang: UiLang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    lookup(lang, id, args)
        .or_else(|| lookup(UiLang::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// The interface language as a document language, for the texts both share (the fixed
/// headings of an agenda shown in a table).
pub fn as_doc_lang() -> crate::domain::Lang {
    match lang() {
        UiLang::En => crate::domain::Lang::En,
        UiLang::Nl => crate::domain::Lang::Nl,
        UiLang::Fr => crate::domain::Lang::Fr,
        UiLang::De => crate::domain::Lang::De,
    }
}

/// An error and its causes on one line, as `{err:#}` writes them, in the interface language:
/// the system's common file errors (not found, permission denied, already exists) are said in
/// the language instead of the OS's English, and French puts a space before each colon.
/// English is `{err:#}` itself.
pub fn error_chain(err: &anyhow::Error) -> String {
    let lang = lang();
    if lang == UiLang::En {
        return format!("{err:#}");
    }
    let links: Vec<&(dyn std::error::Error + 'static)> = err.chain().collect();
    let mut parts: Vec<String> = Vec::new();
    for (i, e) in links.iter().enumerate() {
        let own = e.to_string();
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            let id = match io.kind() {
                std::io::ErrorKind::NotFound => Some("io-not-found"),
                std::io::ErrorKind::PermissionDenied => Some("io-permission-denied"),
                std::io::ErrorKind::AlreadyExists => Some("io-already-exists"),
                _ => None,
            };
            parts.push(id.map_or(own, |id| text(id, &[])));
            continue;
        }
        // A link that only repeats its cause with more detail (a path) gives way to it.
        let next_is_io = links
            .get(i + 1)
            .and_then(|n| n.downcast_ref::<std::io::Error>())
            .is_some_and(|io| own.starts_with(&io.to_string()));
        if !next_is_io {
            parts.push(own);
        }
    }
    parts.join(if lang == UiLang::Fr { " : " } else { ": " })
}

/// A value a user types (a role, a status, a kind, a sector) as a word of the interface
/// language: `word("role", "chair")` is `voorzitter` in Dutch; English keeps the value itself,
/// and so does a value without a word in the catalogue.
pub fn word(group: &str, value: &str) -> String {
    lookup(lang(), &format!("word-{group}-{value}"), &[]).unwrap_or_else(|| value.to_string())
}

/// A value for a placeable: numbers stay numbers (for plural forms), the rest is text.
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// A text a script reads in English (a JSON value) that a person reads in the interface
/// language: it serialises as `en` and displays as `text`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Said {
    pub en: String,
    pub text: String,
}

impl Said {
    pub fn new(id: &str, args: &[(&str, FluentValue<'_>)]) -> Said {
        Said {
            en: text_in(UiLang::En, id, args),
            text: text(id, args),
        }
    }

    /// A text built by `f` (a message of a check, say), in both languages.
    pub fn of(f: impl Fn() -> String) -> Said {
        Said {
            en: in_english(&f),
            text: f(),
        }
    }

    /// The text in `lang`'s place: English for `UiLang::En`, else the interface language.
    pub fn in_lang(&self, lang: UiLang) -> &str {
        if lang == UiLang::En {
            &self.en
        } else {
            &self.text
        }
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<Said> for FluentValue<'static> {
    fn from(s: Said) -> Self {
        FluentValue::String(Cow::Owned(s.text))
    }
}

impl serde::Serialize for Said {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.en)
    }
}

/// A catalogue text in English for scripts and in the interface language for a person:
/// `said_t!("key", name = value)` is a [`Said`].
#[macro_export]
macro_rules! said_t {
    ($id:literal $(, $name:ident = $val:expr)* $(,)?) => {
        $crate::i18n::Said::new($id, &[$((stringify!($name), $crate::i18n::arg($val))),*])
    };
}

/// The text of a catalogue key in the interface language:
/// `t!("case-opened", code = code, count = n)`. Values are anything `FluentValue` takes
/// (`&str`, `String`, `&String`, numbers); use `.to_string()` for other types.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $val:expr),+ $(,)?) => {
        $crate::i18n::text(
            $id,
            &[$((stringify!($name), $crate::i18n::arg($val))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn each_message_read_alone_says_what_the_whole_catalogue_says() {
        // Every message of every language, parsed from its own lines (`message_source`), is
        // formatted exactly as in one bundle of all the files of that language (with made-up
        // values for its placeables, so every selection is exercised with a number).
        use fluent_bundle::FluentArgs;
        use fluent_syntax::ast;
        let mut checked = 0;
        for lang in [UiLang::En, UiLang::Nl, UiLang::Fr, UiLang::De] {
            let mut whole = empty_bundle(lang);
            let mut ids = Vec::new();
            for text in files(lang) {
                let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                for entry in res.entries() {
                    if let ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_string());
                    }
                }
                let _ = whole.add_resource(res);
            }
            for id in ids {
                let source = files(lang)
                    .find_map(|text| message_source(text, &id))
                    .unwrap_or_else(|| panic!("{lang:?} {id}: no source"));
                assert_eq!(
                    super::source(lang, &id).map(entry_lines),
                    Some(source),
                    "{lang:?} {id}: the index finds other lines"
                );
                let mut alone = empty_bundle(lang);
                let res = FluentResource::try_new(source.to_string())
                    .unwrap_or_else(|(_, e)| panic!("{lang:?} {id}: {e:?} in {source:?}"));
                alone.add_resource(res).unwrap();
                for n in [0, 1, 2, 7] {
                    let mut args = FluentArgs::new();
                    for name in ["n", "count", "cases", "days", "rows", "records", "k"] {
                        args.set(name, n);
                    }
                    let say = |b: &Bundle| {
                        let m = b.get_message(&id).expect("message");
                        let mut errors = Vec::new();
                        let value = m
                            .value()
                            .map(|p| b.format_pattern(p, Some(&args), &mut errors).into_owned());
                        let attributes: Vec<String> = m
                            .attributes()
                            .map(|a| {
                                b.format_pattern(a.value(), Some(&args), &mut errors)
                                    .into_owned()
                            })
                            .collect();
                        (value, attributes)
                    };
                    assert_eq!(say(&alone), say(&whole), "{lang:?} {id}");
                }
                checked += 1;
            }
        }
        assert!(checked > 7000, "{checked} messages");
        for lang in [UiLang::En, UiLang::Nl, UiLang::Fr, UiLang::De] {
            // Only messages are indexed (no comment or continuation line taken for a key).
            for entry in KEY_INDEX[lang.index()] {
                let id = key_of(entry);
                let rest = super::source(lang, id).expect("an indexed key has its text");
                let res = FluentResource::try_new(entry_lines(rest).to_string())
                    .unwrap_or_else(|(_, e)| panic!("{lang:?} {id}: {e:?}"));
                assert!(
                    res.entries()
                        .any(|e| matches!(e, ast::Entry::Message(m) if m.id.name == id)),
                    "{lang:?} {id}"
                );
            }
        }
    }

    #[test]
    fn tags_and_locales() {
        assert_eq!(UiLang::from_tag("nl_BE.UTF-8"), Some(UiLang::Nl));
        assert_eq!(UiLang::from_tag("fr_BE@euro"), Some(UiLang::Fr));
        assert_eq!(UiLang::from_tag("de-BE"), Some(UiLang::De));
        assert_eq!(UiLang::from_tag("EN"), Some(UiLang::En));
        assert_eq!(UiLang::from_tag("C"), None);
        assert_eq!(UiLang::from_tag("POSIX"), None);
        assert_eq!(UiLang::from_tag("it_IT.UTF-8"), None);
        assert_eq!(UiLang::from_tag(""), None);
    }

    /// Every catalogue file of i18n/ is embedded (build.rs lists the areas), once.
    #[test]
    fn every_catalogue_file_is_embedded() {
        for lang in UiLang::ALL {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("i18n")
                .join(lang.code());
            let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .map(|p| std::fs::read_to_string(p).unwrap())
                .collect();
            let mut embedded: Vec<String> = files(lang).map(str::to_string).collect();
            on_disk.sort();
            embedded.sort();
            assert!(
                on_disk == embedded,
                "{lang:?}: the embedded files differ from i18n/"
            );
        }
    }

    #[test]
    fn order_of_the_sources() {
        let p = Path::new("/c.toml");
        let c = decide(
            &env_of(&[("LIVCR_LANG", "de"), ("LANG", "fr_BE.UTF-8")]),
            Some(("nl", p)),
            None,
        );
        assert_eq!(
            (c.lang, c.source),
            (UiLang::De, LangSource::Env("LIVCR_LANG"))
        );
        let c = decide(&env_of(&[("LANG", "fr_BE.UTF-8")]), Some(("nl", p)), None);
        assert_eq!(
            (c.lang, c.source),
            (UiLang::Nl, LangSource::Config(p.into()))
        );
        let c = decide(
            &env_of(&[("LC_MESSAGES", "de_BE.UTF-8"), ("LANG", "fr_BE.UTF-8")]),
            None,
            None,
        );
        assert_eq!(
            (c.lang, c.source),
            (UiLang::De, LangSource::Env("LC_MESSAGES"))
        );
        // LC_ALL=C decides: English, even with LANG in Dutch.
        let c = decide(
            &env_of(&[("LC_ALL", "C"), ("LANG", "nl_BE.UTF-8")]),
            None,
            None,
        );
        assert_eq!((c.lang, c.source), (UiLang::En, LangSource::Env("LC_ALL")));
        let c = decide(&env_of(&[]), None, Some("fr-BE".into()));
        assert_eq!((c.lang, c.source), (UiLang::Fr, LangSource::System));
        let c = decide(&env_of(&[]), None, None);
        assert_eq!((c.lang, c.source), (UiLang::En, LangSource::Default));
    }

    #[test]
    fn a_language_livcr_does_not_speak_is_set_aside_and_named() {
        let c = decide(
            &env_of(&[("LIVCR_LANG", "it"), ("LANG", "nl_BE.UTF-8")]),
            None,
            None,
        );
        assert_eq!(c.lang, UiLang::Nl);
        assert_eq!(c.ignored, Some(("LIVCR_LANG".into(), "it".into())));
    }

    #[test]
    fn config_arg_forms() {
        let a = |v: &[&str]| -> Vec<std::ffi::OsString> { v.iter().map(|s| s.into()).collect() };
        assert_eq!(
            config_arg(&a(&["livcr", "--config", "x.toml", "status"])),
            Some(PathBuf::from("x.toml"))
        );
        assert_eq!(
            config_arg(&a(&["livcr", "status", "--config=y.toml"])),
            Some(PathBuf::from("y.toml"))
        );
        assert_eq!(config_arg(&a(&["livcr", "--", "--config", "z"])), None);
    }

    #[test]
    fn plural_forms_and_no_isolation_marks() {
        for lang in UiLang::ALL {
            let one = text_in(lang, "test-items", &[("count", arg(1))]);
            let many = text_in(lang, "test-items", &[("count", arg(3))]);
            assert_ne!(one, many, "{lang:?}");
            assert!(!one.contains('\u{2068}') && !one.contains('\u{2069}'));
        }
    }
}
