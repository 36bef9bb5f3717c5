//! User-facing errors: a message naming the value and what is accepted, and an optional hint.
//!
//! Anything else that goes wrong travels as a plain `anyhow::Error` with context; `main` prints
//! `error: …` once and, when the chain holds a [`UserError`] with a hint, `hint: …` after it.

use std::fmt;

/// An error the user can fix: bad value, refused by a rule, not found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserError {
    pub message: String,
    pub hint: Option<String>,
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// An error with a message only.
pub fn fail(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(UserError {
        message: message.into(),
        hint: None,
    })
}

/// An error with a message and a hint line.
pub fn fail_hint(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(UserError {
        message: message.into(),
        hint: Some(hint.into()),
    })
}

/// Shorthand for returning a user error: `bail_user!("unknown x {v:?}")`.
#[macro_export]
macro_rules! bail_user {
    ($($arg:tt)*) => {
        return Err($crate::error::fail(format!($($arg)*)))
    };
}

/// The hint carried anywhere in an error chain, if any.
pub fn hint_of(err: &anyhow::Error) -> Option<String> {
    err.chain()
        .find_map(|e| e.downcast_ref::<UserError>())
        .and_then(|u| u.hint.clone())
}
