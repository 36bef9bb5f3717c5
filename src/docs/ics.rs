//! The meeting calendar (`livcr meeting ics`) as an RFC 5545 iCalendar file.
//!
//! The `icalendar` crate escapes TEXT values of the properties it knows (backslash, `;`, `,`,
//! line feed as `\n`) and folds lines at 75 octets on a character boundary. It does not remove
//! control characters, and it writes the values of `X-` properties as they are. So every text
//! from the file goes through [`text`] first (control characters out), and the value of an `X-`
//! property through [`x_text`] (escaped here, once, since the crate does not).

use anyhow::Result;
use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};

use crate::db::meeting::Meeting;
use crate::docs::labels;
use crate::domain::Lang;
use crate::output::escape_hidden;

/// A TEXT value for a property the crate escapes (SUMMARY, LOCATION, DESCRIPTION): CRLF and a
/// lone CR become a line feed (written `\n`), tabs stay (RFC 5545 allows them), every other
/// control character and bidirectional control is shown escaped (`\e`, `\u{202e}`), so what
/// was hidden in the text is visible in the calendar and no raw control byte is written.
pub fn text(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    escape_hidden(&s, &['\n', '\t']).into_owned()
}

/// A TEXT value for an `X-` property, which the crate writes as it is: [`text`], then the
/// RFC 5545 escapes (backslash, `;`, `,`, line feed).
pub fn x_text(s: &str) -> String {
    text(s)
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// The calendar of `meetings` of the cell `cell_code`: one event per meeting, in UTC (the crate
/// writes no VTIMEZONE), stamped `now`; `start` gives a meeting's start in UTC.
pub fn calendar(
    lang: Lang,
    cell_code: &str,
    now: DateTime<Utc>,
    meetings: &[Meeting],
    start: impl Fn(&Meeting) -> Result<DateTime<Utc>>,
) -> Result<String> {
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", "-//livcr//livcr//EN"));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    cal.append_property(Property::new(
        "X-WR-CALNAME",
        x_text(&format!("{} {}", lang.cell_term(), cell_code)).as_str(),
    ));
    for m in meetings {
        let begin = start(m)?;
        let end = begin + chrono::Duration::minutes(m.duration_min);
        let kind = labels::t(lang, &format!("meeting.{}", m.kind));
        let mut e = Event::new();
        e.uid(&text(&m.uid))
            .timestamp(now)
            .starts(begin)
            .ends(end)
            .summary(&text(&format!("{} {cell_code} – {kind}", lang.cell_term())))
            .sequence(u32::try_from(m.sequence).unwrap_or(0))
            .status(if m.status == "cancelled" {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            })
            .add_property("CLASS", "CONFIDENTIAL");
        if let Some(l) = &m.location {
            e.location(&text(l));
        }
        cal.push(e.done());
    }
    Ok(cal.done().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_removes_control_characters_and_keeps_line_breaks() {
        assert_eq!(text("a\r\nb\rc\td"), "a\nb\nc\td");
        assert_eq!(text("\u{1b}[31mred\u{7}"), "\\e[31mred\\u{7}");
        assert_eq!(text("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(x_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
