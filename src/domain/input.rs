//! The shape of a text value before it is stored (issue 11): no NUL, no terminal control
//! sequences, no bidirectional overrides, one line where one line is meant, and a size limit.
//!
//! Stored text is later printed to terminals, written to CSV, Markdown, HTML and calendar
//! files. An escape sequence (`ESC [ 31 m`, an OSC title or hyperlink) would act on the
//! terminal of whoever lists it; a bidirectional override makes text read differently from
//! what is stored; a NUL cuts it short in C tools. [`check`] refuses them at the door, and
//! What may already be stored is shown escaped by `output::terminal_text`.
//!
//! Messages name the field, what was wrong and its character position, never the value.

use crate::domain::text::is_invisible;
use crate::error::fail_hint;

/// The largest text accepted, in bytes of UTF-8: 64 KiB.
pub const MAX_BYTES: usize = 65_536;

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One line: a name, a title, a location, a reason.
    Line,
    /// Several lines: notes, minutes, summaries. Line feeds (LF or CR LF) and tabs are allowed.
    Multiline,
}

/// Whether `c` is a bidirectional embedding, override or isolate (U+202A..U+202E,
/// U+2066..U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Refuses `text`, the value of the field named `field`, when it does not have the shape.
///
/// Refused in either shape: more than [`MAX_BYTES`] bytes; a NUL; a bidirectional embedding,
/// override or isolate (U+202A..U+202E, U+2066..U+2069). In [`Shape::Line`]: every control
/// character (Unicode Cc: C0 including CR, LF and TAB, DEL, C1) and the Unicode line and
/// paragraph separators (U+2028, U+2029). In [`Shape::Multiline`]: control characters other
/// than LF, TAB and a CR directly followed by LF (a lone CR is refused).
///
/// The error names the field, the first problem and its 1-based character position (the code
/// point for a control character), with a hint; it never contains the text. An empty text
/// passes: see [`require_nonempty`]. A text that is not empty but shows nothing (only invisible
/// and blank-looking characters such as a zero-width space or the braille blank U+2800, with
/// or without white space) is refused as empty: it would be stored as a value nobody can see.
pub fn check(field: &str, shape: Shape, text: &str) -> anyhow::Result<()> {
    if text.len() > MAX_BYTES {
        return Err(fail_hint(
            crate::t!(
                "input-too-long",
                field = field,
                bytes = text.len(),
                limit = MAX_BYTES
            ),
            crate::t!("input-too-long-hint"),
        ));
    }
    let mut chars = text.chars().enumerate().peekable();
    while let Some((index, c)) = chars.next() {
        let position = index + 1;
        let next = chars.peek().map(|(_, n)| *n);
        let problem = if c == '\0' {
            Some(Problem::Nul)
        } else if is_bidi_control(c) {
            Some(Problem::Bidi)
        } else {
            match shape {
                Shape::Line if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' => {
                    Some(Problem::LineBreak)
                }
                Shape::Line if c == '\t' => Some(Problem::Tab),
                Shape::Multiline if c == '\n' || c == '\t' => None,
                Shape::Multiline if c == '\r' && next == Some('\n') => None,
                Shape::Multiline if c == '\r' => Some(Problem::LoneCr),
                _ if c.is_control() => Some(Problem::Control),
                _ => None,
            }
        };
        if let Some(problem) = problem {
            return Err(problem.error(field, shape, c, position));
        }
    }
    if text.chars().any(is_invisible) && text.chars().all(|c| c.is_whitespace() || is_invisible(c))
    {
        return Err(fail_hint(
            crate::t!("input-only-invisible", field = field),
            crate::t!("input-only-invisible-hint", field = field),
        ));
    }
    Ok(())
}

/// What [`check`] found wrong.
#[derive(Debug, Clone, Copy)]
enum Problem {
    Nul,
    Bidi,
    LineBreak,
    Tab,
    LoneCr,
    Control,
}

impl Problem {
    fn error(self, field: &str, shape: Shape, c: char, position: usize) -> anyhow::Error {
        let code = format!("U+{:04X}", u32::from(c));
        let (what, hint) = match self {
            Problem::Nul => ("input-contains-nul", "input-contains-nul-hint"),
            Problem::Bidi => ("input-contains-bidi", "input-contains-bidi-hint"),
            Problem::LineBreak => (
                "input-contains-line-break",
                "input-contains-line-break-hint",
            ),
            Problem::Tab => ("input-contains-tab", "input-contains-tab-hint"),
            Problem::LoneCr => ("input-contains-lone-cr", "input-contains-lone-cr-hint"),
            Problem::Control => (
                "input-contains-control",
                match shape {
                    Shape::Line => "input-contains-control-line-hint",
                    Shape::Multiline => "input-contains-control-multiline-hint",
                },
            ),
        };
        use crate::i18n::{arg, text};
        fail_hint(
            text(
                what,
                &[
                    ("field", arg(field)),
                    ("code", arg(code)),
                    ("position", arg(position)),
                ],
            ),
            text(hint, &[]),
        )
    }
}

/// Refuses an empty `text` for the required field `field`, or one holding only white space and
/// invisible characters (a zero-width space is no value either).
pub fn require_nonempty(field: &str, text: &str) -> anyhow::Result<()> {
    if text.chars().all(|c| c.is_whitespace() || is_invisible(c)) {
        return Err(fail_hint(
            crate::t!("input-empty", field = field),
            crate::t!("input-empty-hint", field = field),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserError;

    fn user(err: &anyhow::Error) -> &UserError {
        err.downcast_ref::<UserError>().expect("a UserError")
    }

    #[test]
    fn accepted_texts() {
        let big = "a".repeat(MAX_BYTES);
        let cases: &[(Shape, &str)] = &[
            (Shape::Line, ""),
            (Shape::Line, "Stad Gent - Dienst Preventie"),
            (Shape::Line, "Sûreté, Brüssel, ½, 😀, \u{200b}"),
            (Shape::Line, "\\e[31m is only text"),
            (Shape::Line, "\u{200f}\u{200e} marks are not overrides"),
            (Shape::Multiline, "line one\nline two"),
            (Shape::Multiline, "line one\r\nline two\r\n"),
            (Shape::Multiline, "a\tb\n\tc"),
            (Shape::Multiline, "\n\n\n"),
            (Shape::Line, &big),
            (Shape::Multiline, &big),
        ];
        for (shape, text) in cases {
            assert!(
                check("note", *shape, text).is_ok(),
                "{shape:?} {:?}",
                &text[..text.len().min(40)]
            );
        }
    }

    #[test]
    fn refused_texts() {
        let big = "a".repeat(MAX_BYTES + 1);
        let mib = "0123456789abcdef".repeat(1 << 16);
        let multibyte = "é".repeat(MAX_BYTES / 2 + 1);
        let cases: &[(Shape, &str, &str)] = &[
            // NUL and bidi in either shape
            (
                Shape::Line,
                "ab\0cd",
                "note contains a NUL character (U+0000) at character 3",
            ),
            (
                Shape::Multiline,
                "\0",
                "note contains a NUL character (U+0000) at character 1",
            ),
            (
                Shape::Line,
                "abc\u{202e}fed",
                "note contains a bidirectional control character (U+202E) at character 4",
            ),
            (
                Shape::Multiline,
                "x\n\u{2066}y\u{2069}",
                "note contains a bidirectional control character (U+2066) at character 3",
            ),
            (
                Shape::Line,
                "\u{202a}",
                "note contains a bidirectional control character (U+202A) at character 1",
            ),
            (
                Shape::Multiline,
                "\u{202d}",
                "note contains a bidirectional control character (U+202D) at character 1",
            ),
            (
                Shape::Line,
                "\u{2068}",
                "note contains a bidirectional control character (U+2068) at character 1",
            ),
            // ANSI and OSC sequences in either shape
            (
                Shape::Line,
                "\u{1b}[31mred",
                "note contains a control character (U+001B) at character 1",
            ),
            (
                Shape::Multiline,
                "ok\n\u{1b}[31mred",
                "note contains a control character (U+001B) at character 4",
            ),
            (
                Shape::Multiline,
                "\u{1b}]0;title\u{7}",
                "note contains a control character (U+001B) at character 1",
            ),
            (
                Shape::Line,
                "see \u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\",
                "note contains a control character (U+001B) at character 5",
            ),
            (
                Shape::Multiline,
                "bell\u{7}",
                "note contains a control character (U+0007) at character 5",
            ),
            (
                Shape::Multiline,
                "del\u{7f}",
                "note contains a control character (U+007F) at character 4",
            ),
            (
                Shape::Multiline,
                "c1 \u{9b}31m",
                "note contains a control character (U+009B) at character 4",
            ),
            (
                Shape::Multiline,
                "back\u{8}space",
                "note contains a control character (U+0008) at character 5",
            ),
            // line breaks and tabs in a line
            (
                Shape::Line,
                "a\nb",
                "note contains a line break (U+000A) at character 2",
            ),
            (
                Shape::Line,
                "a\r\nb",
                "note contains a line break (U+000D) at character 2",
            ),
            (
                Shape::Line,
                "a\u{2028}b",
                "note contains a line break (U+2028) at character 2",
            ),
            (
                Shape::Line,
                "a\tb",
                "note contains a tab (U+0009) at character 2",
            ),
            (
                Shape::Line,
                "a\u{85}b",
                "note contains a control character (U+0085) at character 2",
            ),
            // a lone CR in several lines
            (
                Shape::Multiline,
                "a\rb",
                "note contains a carriage return not followed by a line feed (U+000D) at character 2",
            ),
            (
                Shape::Multiline,
                "a\r\n\r",
                "note contains a carriage return not followed by a line feed (U+000D) at character 4",
            ),
            (
                Shape::Multiline,
                "a\n\rb",
                "note contains a carriage return not followed by a line feed (U+000D) at character 3",
            ),
            // positions count characters, not bytes
            (
                Shape::Line,
                "Sûreté\u{1b}",
                "note contains a control character (U+001B) at character 7",
            ),
            // size
            (
                Shape::Line,
                &big,
                "note is too long: 65537 bytes, the limit is 65536 bytes (64 KiB)",
            ),
            (
                Shape::Multiline,
                &mib,
                "note is too long: 1048576 bytes, the limit is 65536 bytes (64 KiB)",
            ),
            (
                Shape::Multiline,
                &multibyte,
                "note is too long: 65538 bytes, the limit is 65536 bytes (64 KiB)",
            ),
        ];
        for (shape, text, message) in cases {
            let err = check("note", *shape, text).expect_err(message);
            let user = user(&err);
            assert_eq!(user.message, *message);
            let hint = user.hint.as_deref().expect("a hint");
            assert!(!hint.is_empty());
            for secret in ["title", "http", "red", "fed", "space"] {
                assert!(!user.message.contains(secret), "{message} leaks {secret}");
            }
        }
    }

    #[test]
    fn hints_fit_the_problem() {
        let hint = |shape: Shape, text: &str| {
            let err = check("name", shape, text).expect_err(text);
            user(&err).hint.clone().expect("a hint")
        };
        assert!(hint(Shape::Line, "a\nb").contains("one line"));
        assert!(hint(Shape::Multiline, "\u{1b}[0m").contains("only line breaks and tabs"));
        assert!(hint(Shape::Line, "\u{202e}").contains("bidirectional"));
        assert!(hint(Shape::Multiline, "a\rb").contains("CR LF"));
        assert!(hint(Shape::Line, &"x".repeat(MAX_BYTES + 1)).contains("shorten"));
    }

    #[test]
    fn require_nonempty_table() {
        for text in [
            "",
            " ",
            "\n\t ",
            "\u{a0}\u{3000}",
            "\u{200b}",
            " \u{feff} ",
            "\u{2800}",
            "\u{3164}",
            "\u{115f}\u{1160}",
            "\u{ffa0} \u{2800}",
        ] {
            let err = require_nonempty("title", text).expect_err(text);
            assert_eq!(user(&err).message, "title is empty");
            assert!(
                user(&err)
                    .hint
                    .as_deref()
                    .is_some_and(|h| h.contains("title"))
            );
        }
        for text in ["x", " x ", "0", "\u{200b}x"] {
            assert!(require_nonempty("title", text).is_ok(), "{text:?}");
        }
    }

    #[test]
    fn check_refuses_texts_that_show_nothing() {
        for text in [
            "\u{200b}",
            "\u{2800}",
            " \u{2800} ",
            "\u{3164}",
            "\u{115f}",
            "\u{1160}",
            "\u{ffa0}",
            "\u{feff}\u{200d}",
        ] {
            for shape in [Shape::Line, Shape::Multiline] {
                let err = check("note", shape, text).expect_err(text);
                assert_eq!(
                    user(&err).message,
                    "note is empty: it holds only invisible characters"
                );
            }
        }
        for text in ["", " ", "\u{200b}x", "x\u{2800}", "\n"] {
            assert!(check("note", Shape::Multiline, text).is_ok(), "{text:?}");
        }
    }
}
