//! Input shape of stored texts (placeholder until the full checks land).

use anyhow::Result;

/// Whether a field holds one line or several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Line,
    Multiline,
}

pub fn check(_field: &str, _shape: Shape, _text: &str) -> Result<()> {
    Ok(())
}

pub fn require_nonempty(field: &str, text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(crate::error::fail(format!("{field} may not be empty")));
    }
    Ok(())
}
