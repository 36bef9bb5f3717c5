//! dialoguer wrappers. Used only when stdin and stderr are terminals and --no-input is unset
//! (`Ctx::interactive`); everywhere else a missing value is an error naming its flag.

use anyhow::{Context, Result};
use dialoguer::{Confirm, FuzzySelect, Input};

/// Asks for a line of text (required unless `allow_empty`).
pub fn text(prompt: &str, allow_empty: bool) -> Result<String> {
    let value: String = Input::new()
        .with_prompt(prompt)
        .allow_empty(allow_empty)
        .interact_text()
        .context("reading from the terminal")?;
    Ok(value.trim().to_string())
}

/// A searchable list; returns the index chosen.
pub fn select(prompt: &str, items: &[String]) -> Result<usize> {
    FuzzySelect::new()
        .with_prompt(prompt)
        .items(items)
        .default(0)
        .interact()
        .context("reading from the terminal")
}

/// A passphrase, not echoed.
pub fn password(prompt: &str) -> Result<String> {
    dialoguer::Password::new()
        .with_prompt(prompt)
        .interact()
        .context("reading from the terminal")
}

/// A new passphrase, typed twice.
pub fn new_password(prompt: &str) -> Result<String> {
    dialoguer::Password::new()
        .with_prompt(prompt)
        .with_confirmation("Type it again", "the two passphrases differ; try again")
        .interact()
        .context("reading from the terminal")
}

/// Yes or no.
pub fn confirm(prompt: &str, default: bool) -> Result<bool> {
    Confirm::new()
        .with_prompt(prompt)
        .default(default)
        .interact()
        .context("reading from the terminal")
}

/// Opens $VISUAL / $EDITOR (default `vi`) on an empty file in a private (0700) temporary folder
/// that is removed afterwards, and returns what was written.
pub fn editor() -> Result<String> {
    let dir = tempfile::Builder::new()
        .prefix("livcr-")
        .tempdir()
        .context("creating a private temporary folder for the editor")?;
    let path = dir.path().join("note.txt");
    {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .context("creating the note file")?;
    }
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".to_string());
    let mut parts = editor.split_whitespace();
    let program = parts.next().unwrap_or("vi");
    let status = std::process::Command::new(program)
        .args(parts)
        .arg(&path)
        .status()
        .with_context(|| format!("starting the editor {editor:?}"))?;
    if !status.success() {
        anyhow::bail!("the editor {editor:?} exited with {status}; nothing was recorded");
    }
    let text = std::fs::read_to_string(&path).context("reading the note back")?;
    drop(dir);
    Ok(text)
}

/// A checklist; returns the indexes checked.
pub fn multi(prompt: &str, items: &[String], checked: &[bool]) -> Result<Vec<usize>> {
    dialoguer::MultiSelect::new()
        .with_prompt(prompt)
        .items(items)
        .defaults(checked)
        .interact()
        .context("reading from the terminal")
}

/// A plain list; returns the index chosen.
pub fn choose(prompt: &str, items: &[String]) -> Result<usize> {
    dialoguer::Select::new()
        .with_prompt(prompt)
        .items(items)
        .default(0)
        .interact()
        .context("reading from the terminal")
}
