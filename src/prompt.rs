//! dialoguer wrappers. Used only when stdin and stderr are terminals and --no-input is unset
//! (`Ctx::interactive`); everywhere else a missing value is an error naming its flag.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};
use dialoguer::{Confirm, FuzzySelect, Input};

use crate::error::fail_hint;

/// dialoguer's own words in the interface language: the error prefix, `[hidden]`, and the colon
/// after a question (French puts a space before it). English reads as dialoguer's plain theme.
struct Local;

static LOCAL: Local = Local;

fn colon() -> &'static str {
    if crate::i18n::lang() == crate::i18n::UiLang::Fr {
        " :"
    } else {
        ":"
    }
}

impl dialoguer::theme::Theme for Local {
    fn format_prompt(&self, f: &mut dyn std::fmt::Write, prompt: &str) -> std::fmt::Result {
        write!(f, "{prompt}{}", colon())
    }

    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        write!(f, "{} {err}", crate::t!("error-prefix"))
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> std::fmt::Result {
        let c = colon();
        match default {
            Some(d) if prompt.is_empty() => write!(f, "[{d}]{c} "),
            Some(d) => write!(f, "{prompt} [{d}]{c} "),
            None => write!(f, "{prompt}{c} "),
        }
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> std::fmt::Result {
        write!(f, "{prompt}{} {sel}", colon())
    }

    fn format_password_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
    ) -> std::fmt::Result {
        self.format_input_prompt_selection(f, prompt, &crate::t!("prompt-hidden"))
    }
}
use crate::output::terminal_text;

/// The largest free text livcr reads from a file, standard input or the editor: 64 KiB.
pub const MAX_TEXT_BYTES: usize = crate::domain::input::MAX_BYTES;

/// Ctrl-C in a prompt: the prompt may have hidden the cursor or turned echo off, and the
/// default end of the process would leave the terminal so. The handler puts back the
/// terminal as it was before the first prompt, shows the cursor and exits 130 (128 + SIGINT),
/// as shells expect. Nothing half-written is left: every write is one transaction.
#[cfg(unix)]
mod interrupt {
    use std::sync::{Once, OnceLock};

    static INSTALL: Once = Once::new();
    static ORIGINAL: OnceLock<libc::termios> = OnceLock::new();

    extern "C" fn on_sigint(_: libc::c_int) {
        // Only async-signal-safe calls here: tcsetattr, write, _exit.
        unsafe {
            if let Some(t) = ORIGINAL.get() {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t);
            }
            let msg = b"\x1b[?25h\n";
            libc::write(libc::STDERR_FILENO, msg.as_ptr().cast(), msg.len());
            libc::_exit(130);
        }
    }

    pub fn install() {
        INSTALL.call_once(|| unsafe {
            let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
            if libc::tcgetattr(libc::STDIN_FILENO, t.as_mut_ptr()) == 0 {
                let _ = ORIGINAL.set(t.assume_init());
            }
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
        });
    }
}

/// Windows: the console's Ctrl-C handler runs on its own thread; it shows the cursor again
/// (a list prompt hides it) and exits 130 as on Unix. Nothing half-written is left: every
/// write is one transaction.
#[cfg(windows)]
mod interrupt {
    use std::sync::Once;

    static INSTALL: Once = Once::new();

    pub fn install() {
        INSTALL.call_once(|| {
            let _ = ctrlc::set_handler(|| {
                let term = console::Term::stderr();
                let _ = term.show_cursor();
                let _ = term.write_line("");
                std::process::exit(130);
            });
        });
    }
}

fn guard() {
    #[cfg(any(unix, windows))]
    interrupt::install();
}

/// Asks for a line of text (required unless `allow_empty`).
pub fn text(prompt: &str, allow_empty: bool) -> Result<String> {
    guard();
    let value: String = Input::with_theme(&LOCAL)
        .with_prompt(terminal_text(prompt))
        .allow_empty(allow_empty)
        .interact_text()
        .with_context(|| crate::t!("prompt-reading-terminal"))?;
    Ok(value.trim().to_string())
}

/// Asks for an optional line of text, starting from `initial` (editable; empty allowed).
pub fn text_with(prompt: &str, initial: &str) -> Result<String> {
    guard();
    let value: String = Input::with_theme(&LOCAL)
        .with_prompt(terminal_text(prompt))
        .with_initial_text(initial)
        .allow_empty(true)
        .interact_text()
        .with_context(|| crate::t!("prompt-reading-terminal"))?;
    Ok(value.trim().to_string())
}

/// Items as the terminal shows them: stored names with control characters escaped.
fn shown(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|i| terminal_text(i).replace(['\n', '\t'], " "))
        .collect()
}

/// A searchable list; returns the index chosen.
pub fn select(prompt: &str, items: &[String]) -> Result<usize> {
    guard();
    FuzzySelect::with_theme(&LOCAL)
        .with_prompt(terminal_text(prompt))
        .items(shown(items))
        .default(0)
        .interact()
        .with_context(|| crate::t!("prompt-reading-terminal"))
}

/// Asks for a municipality by a name in Dutch, French or German (accents optional) or a NIS
/// code, with the matching of every `--municipality` argument
/// ([`crate::domain::municipality::Reference::find`]): one match is taken, several are offered
/// in a list, none asks again with suggestions. A name or code ended by the 2025 mergers is
/// taken as the new municipality, with a note saying so.
pub fn municipality(prompt: &str) -> Result<&'static crate::domain::municipality::Municipality> {
    use crate::domain::municipality::{Found, reference};
    let refs = reference()?;
    loop {
        let typed = text(&crate::t!("prompt-municipality", prompt = prompt), false)?;
        match refs.find(&typed) {
            Found::One(found) => {
                if let Some(note) = &found.note {
                    eprintln!("{} {}", crate::t!("note-prefix"), terminal_text(note));
                }
                return Ok(found.municipality);
            }
            Found::Several(many) => {
                let mut items: Vec<String> = many.iter().map(|m| m.choice_label()).collect();
                items.push(crate::t!("prompt-none-of-these"));
                let i = choose(
                    &crate::t!("prompt-municipalities-match", count = many.len()),
                    &items,
                )?;
                if let Some(m) = many.get(i) {
                    return Ok(m);
                }
            }
            Found::Nothing(err) => {
                eprintln!("{}", terminal_text(&err.to_string()));
                if let Some(hint) = crate::error::hint_of(&err) {
                    eprintln!("{}", terminal_text(&hint));
                }
            }
        }
    }
}

/// A passphrase, not echoed.
pub fn password(prompt: &str) -> Result<String> {
    guard();
    dialoguer::Password::with_theme(&LOCAL)
        .with_prompt(prompt)
        .interact()
        .with_context(|| crate::t!("prompt-reading-terminal"))
}

/// A new passphrase, typed twice.
pub fn new_password(prompt: &str) -> Result<String> {
    guard();
    dialoguer::Password::with_theme(&LOCAL)
        .with_prompt(prompt)
        .with_confirmation(
            crate::t!("prompt-type-again"),
            crate::t!("prompt-passphrases-differ"),
        )
        .interact()
        .with_context(|| crate::t!("prompt-reading-terminal"))
}

/// Yes or no.
pub fn confirm(prompt: &str, default: bool) -> Result<bool> {
    guard();
    if crate::i18n::lang() == crate::i18n::UiLang::En {
        return Confirm::with_theme(&LOCAL)
            .with_prompt(terminal_text(prompt))
            .default(default)
            .interact()
            .with_context(|| crate::t!("prompt-reading-terminal"));
    }
    // Other languages answer in their own words (j/ja, o/oui, j/ja); y/yes and n/no are
    // understood too, as a keyboard habit.
    let yes_words = crate::t!("prompt-yes-words");
    let no_words = crate::t!("prompt-no-words");
    let first = |words: &str| words.split_whitespace().next().unwrap_or("").to_string();
    let (yes, no) = (first(&yes_words), first(&no_words));
    let choices = if default {
        format!("[{}/{}]", yes.to_uppercase(), no)
    } else {
        format!("[{}/{}]", yes, no.to_uppercase())
    };
    let matches = |words: &str, answer: &str| {
        words
            .split_whitespace()
            .chain(["y", "yes"].into_iter().filter(|_| words == yes_words))
            .chain(["n", "no"].into_iter().filter(|_| words == no_words))
            .any(|w| w == answer)
    };
    let answer: String = Input::with_theme(&LOCAL)
        .with_prompt(format!("{} {choices}", terminal_text(prompt)))
        .allow_empty(true)
        .validate_with(|a: &String| -> std::result::Result<(), String> {
            let a = a.trim().to_lowercase();
            if a.is_empty() || matches(&yes_words, &a) || matches(&no_words, &a) {
                Ok(())
            } else {
                Err(crate::t!(
                    "prompt-answer-yes-or-no",
                    yes = yes.as_str(),
                    no = no.as_str()
                ))
            }
        })
        .interact_text()
        .with_context(|| crate::t!("prompt-reading-terminal"))?;
    let a = answer.trim().to_lowercase();
    Ok(if a.is_empty() {
        default
    } else {
        matches(&yes_words, &a)
    })
}

/// The editor when neither $VISUAL nor $EDITOR is set.
#[cfg(not(windows))]
const DEFAULT_EDITOR: &str = "vi";
#[cfg(windows)]
const DEFAULT_EDITOR: &str = "notepad";

/// The program and arguments of an editor setting: the whole setting when it names an
/// existing file (`C:\Program Files\Notepad++\notepad++.exe`), else its first word.
fn editor_command(editor: &str) -> (&str, Vec<&str>) {
    let editor = editor.trim();
    if Path::new(editor.trim_matches('"')).is_file() {
        return (editor.trim_matches('"'), Vec::new());
    }
    if let Some(rest) = editor.strip_prefix('"')
        && let Some((program, args)) = rest.split_once('"')
    {
        return (program, args.split_whitespace().collect());
    }
    let mut parts = editor.split_whitespace();
    let program = parts.next().unwrap_or(DEFAULT_EDITOR);
    (program, parts.collect())
}

/// Opens $VISUAL / $EDITOR (default `vi`, Notepad on Windows) on an empty file in a private
/// temporary folder (0700 on Unix; on Windows in the user's own temporary folder) that is
/// removed afterwards, and returns what was written.
pub fn editor() -> Result<String> {
    let dir = tempfile::Builder::new()
        .prefix("livcr-")
        .tempdir()
        .with_context(|| crate::t!("prompt-editor-tempdir"))?;
    let path = dir.path().join("note.txt");
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        opts.open(&path)
            .with_context(|| crate::t!("prompt-editor-note-file"))?;
    }
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| DEFAULT_EDITOR.to_string());
    let (program, args) = editor_command(&editor);
    let status = std::process::Command::new(program)
        .args(args)
        .arg(&path)
        .status()
        .with_context(|| crate::t!("prompt-editor-start", editor = format!("{editor:?}")))?;
    if !status.success() {
        anyhow::bail!(crate::t!(
            "prompt-editor-failed",
            editor = format!("{editor:?}"),
            status = status.to_string()
        ));
    }
    // The editor may have replaced the file (by rename, or with anything else): read it back
    // as any other text file.
    let text = read_text_file(&path, "note")?;
    drop(dir);
    Ok(text)
}

/// A text file's content: a regular file (not a device such as /dev/zero, a FIFO or a
/// folder) of at most [`MAX_TEXT_BYTES`], UTF-8, without NUL bytes. `what` names the text in
/// messages.
pub fn read_text_file(path: &Path, what: &str) -> Result<String> {
    let shown = terminal_text(&path.display().to_string()).into_owned();
    // Looked at before opening: opening a FIFO would wait for a writer.
    let meta = std::fs::metadata(path).with_context(|| {
        crate::t!(
            "prompt-cannot-read-file",
            what = what,
            file = shown.as_str()
        )
    })?;
    if !meta.is_file() {
        return Err(not_regular(&shown, what, &meta));
    }
    let file = std::fs::File::open(path).with_context(|| {
        crate::t!(
            "prompt-cannot-read-file",
            what = what,
            file = shown.as_str()
        )
    })?;
    // And again on what was opened, in case the path changed in between.
    let meta = file.metadata().with_context(|| {
        crate::t!(
            "prompt-cannot-read-file",
            what = what,
            file = shown.as_str()
        )
    })?;
    if !meta.is_file() {
        return Err(not_regular(&shown, what, &meta));
    }
    let bytes = read_bounded(file)
        .with_context(|| crate::t!("prompt-reading-file", what = what, file = shown.as_str()))?;
    text_of(
        bytes,
        &crate::t!("prompt-source-file", what = what, file = shown.as_str()),
    )
}

/// Standard input's content, with the limits of [`read_text_file`]; never read past them.
pub fn read_text_stdin(what: &str) -> Result<String> {
    let bytes = read_bounded(std::io::stdin().lock())
        .with_context(|| crate::t!("prompt-reading-stdin", what = what))?;
    text_of(bytes, &crate::t!("prompt-source-stdin", what = what))
}

fn not_regular(shown: &str, what: &str, meta: &std::fs::Metadata) -> anyhow::Error {
    let message = if meta.is_dir() {
        crate::t!("prompt-not-regular-folder", what = what, file = shown)
    } else {
        crate::t!("prompt-not-regular-device", what = what, file = shown)
    };
    fail_hint(message, crate::t!("prompt-not-regular-hint"))
}

/// At most one byte more than the limit, so a larger input is seen without reading it all.
fn read_bounded(reader: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_TEXT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The text of `bytes` read from `source`, refused when too large, holding NUL or not UTF-8.
fn text_of(bytes: Vec<u8>, source: &str) -> Result<String> {
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(fail_hint(
            crate::t!(
                "prompt-text-too-large",
                source = source,
                kib = MAX_TEXT_BYTES / 1024,
                bytes = MAX_TEXT_BYTES
            ),
            crate::t!("prompt-text-too-large-hint"),
        ));
    }
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(fail_hint(
            crate::t!("prompt-text-nul", source = source, at = at),
            crate::t!("prompt-text-nul-hint"),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        fail_hint(
            crate::t!(
                "prompt-text-not-utf8",
                source = source,
                at = e.utf8_error().valid_up_to()
            ),
            crate::t!("prompt-text-not-utf8-hint"),
        )
    })?;
    // A byte-order mark (Notepad's "UTF-8 with BOM") marks the encoding; it is not text, and
    // the gate refuses U+FEFF inside a text.
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// A checklist; returns the indexes checked.
pub fn multi(prompt: &str, items: &[String], checked: &[bool]) -> Result<Vec<usize>> {
    guard();
    dialoguer::MultiSelect::with_theme(&LOCAL)
        .with_prompt(terminal_text(prompt))
        .items(shown(items))
        .defaults(checked)
        .interact()
        .with_context(|| crate::t!("prompt-reading-terminal"))
}

/// A plain list; returns the index chosen.
pub fn choose(prompt: &str, items: &[String]) -> Result<usize> {
    guard();
    dialoguer::Select::with_theme(&LOCAL)
        .with_prompt(terminal_text(prompt))
        .items(shown(items))
        .default(0)
        .interact()
        .with_context(|| crate::t!("prompt-reading-terminal"))
}
