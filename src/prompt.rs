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

/// Yes or no.
pub fn confirm(prompt: &str, default: bool) -> Result<bool> {
    Confirm::new()
        .with_prompt(prompt)
        .default(default)
        .interact()
        .context("reading from the terminal")
}
