//! Dates, spans, durations and times as users type them on the command line, and dates written
//! the local way for documents.
//!
//! Nothing here reads the clock: "today" is always passed in, so results are deterministic.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime};

use crate::error::{fail, fail_hint};

/// The hint of a date that is not one of the accepted forms.
fn date_hint() -> String {
    crate::t!("dates-hint")
}

/// Longest span [`parse_span`] accepts, in each unit: about a hundred years.
const SPAN_LIMITS: [(char, u32); 4] = [('d', 36_600), ('w', 5_200), ('m', 1_200), ('y', 100)];

/// Longest meeting [`parse_duration_minutes`] accepts, in minutes.
const MAX_MEETING_MINUTES: u32 = 12 * 60;

/// Reads a date typed by a user, relative to `today`.
///
/// Accepted forms:
/// - ISO `YYYY-MM-DD` (`2026-05-03`; one-digit month and day are allowed);
/// - the Belgian way `DD/MM/YYYY`, `DD.MM.YYYY` or `DD-MM-YYYY` (`3/5/2026`);
/// - `today`, `yesterday`, `tomorrow` and their Dutch (`vandaag`, `gisteren`, `morgen`),
///   French (`aujourd'hui`, `hier`, `demain`) and German (`heute`, `gestern`) forms, any case;
/// - a relative form: an optional sign, a number and a unit `d`, `w`, `m` or `y` (`+2w`, `-1d`,
///   `3m`; no sign means forward). Months and years keep the day of the month, clamped to the
///   last day of a shorter month: 31 January + 1m is 28 (or 29) February.
///
/// Anything else (`2026-02-30`, `31/02/2026`, `next tuesday`, `+2x`) is refused with a message
/// naming the value and the accepted forms.
pub fn parse_date(input: &str, today: NaiveDate) -> anyhow::Result<NaiveDate> {
    let date = parse_any_date(input, today)?;
    in_range(input, date)?;
    Ok(date)
}

/// The first day a stored date may hold.
pub const FIRST_DAY: &str = "2000-01-01";
/// The last day a stored date may hold.
pub const LAST_DAY: &str = "2099-12-31";

/// Refuses a date outside 2000-01-01..2099-12-31, the range every stored date lies in.
pub fn in_range(input: &str, date: NaiveDate) -> anyhow::Result<()> {
    let iso = date.format("%Y-%m-%d").to_string();
    if date.year() < 2000 || date.year() > 2099 {
        let message = if (0..=9999).contains(&date.year()) {
            crate::t!(
                "dates-out-of-range",
                input = format!("{input:?}"),
                date = iso,
                first = FIRST_DAY,
                last = LAST_DAY
            )
        } else {
            crate::t!(
                "dates-result-out-of-range",
                input = format!("{input:?}"),
                first = FIRST_DAY,
                last = LAST_DAY
            )
        };
        return Err(fail_hint(message, range_hint()));
    }
    Ok(())
}

/// The hint of a date out of range.
fn range_hint() -> String {
    crate::t!("dates-range-hint")
}

fn parse_any_date(input: &str, today: NaiveDate) -> anyhow::Result<NaiveDate> {
    let text = input.trim();
    let lower = text.to_lowercase().replace('\u{2019}', "'");
    match lower.as_str() {
        "today" | "vandaag" | "aujourd'hui" | "aujourdhui" | "heute" => return Ok(today),
        "yesterday" | "gisteren" | "hier" | "gestern" => {
            return shift(today, -1, 'd').ok_or_else(|| out_of_range(input));
        }
        "tomorrow" | "morgen" | "demain" => {
            return shift(today, 1, 'd').ok_or_else(|| out_of_range(input));
        }
        _ => {}
    }
    if let Some((amount, unit)) = relative(&lower) {
        return shift(today, amount, unit).ok_or_else(|| out_of_range(input));
    }
    if let Some((y, m, d)) = calendar_parts(text) {
        return NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| impossible_date(input, y, m));
    }
    Err(fail_hint(
        crate::t!("dates-invalid", input = format!("{input:?}")),
        date_hint(),
    ))
}

fn out_of_range(input: &str) -> anyhow::Error {
    fail(crate::t!(
        "dates-relative-out-of-range",
        input = format!("{input:?}"),
        first = FIRST_DAY,
        last = LAST_DAY
    ))
}

/// The error for well-shaped numbers that make no date, with a hint saying why.
fn impossible_date(input: &str, year: i32, month: u32) -> anyhow::Error {
    let ui = match crate::i18n::lang() {
        crate::i18n::UiLang::En => Lang::En,
        crate::i18n::UiLang::Nl => Lang::Nl,
        crate::i18n::UiLang::Fr => Lang::Fr,
        crate::i18n::UiLang::De => Lang::De,
    };
    let hint = match (days_in_month(year, month), month_name(month, ui)) {
        (Some(days), Some(name)) => crate::t!(
            "dates-month-has-days",
            month = name,
            year = year.to_string(),
            days = days
        ),
        _ => crate::t!("dates-months-run"),
    };
    fail_hint(
        crate::t!("dates-invalid", input = format!("{input:?}")),
        hint,
    )
}

/// Number of days in a month, `None` when the month is not 1..=12.
fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(Months::new(1))?;
    u32::try_from(next.signed_duration_since(first).num_days()).ok()
}

/// `[+|-]N unit` with unit d/w/m/y, spaces allowed between number and unit; `None` otherwise.
fn relative(lower: &str) -> Option<(i64, char)> {
    let (sign, rest) = match lower.strip_prefix('+') {
        Some(rest) => (1, rest),
        None => match lower.strip_prefix('-') {
            Some(rest) => (-1, rest),
            None => (1, lower),
        },
    };
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, unit) = rest.split_at(digits_end);
    let unit = single_char(unit.trim_start())?;
    if digits.is_empty() || !matches!(unit, 'd' | 'w' | 'm' | 'y') {
        return None;
    }
    let amount: i64 = digits.parse().ok()?;
    Some((sign * amount, unit))
}

/// The only character of `s`, if it has exactly one.
fn single_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// Moves a date by `amount` units; `None` when the result leaves chrono's range.
fn shift(date: NaiveDate, amount: i64, unit: char) -> Option<NaiveDate> {
    let magnitude = amount.unsigned_abs();
    let forward = amount >= 0;
    match unit {
        'd' | 'w' => {
            let days = if unit == 'w' {
                magnitude.checked_mul(7)?
            } else {
                magnitude
            };
            if forward {
                date.checked_add_days(Days::new(days))
            } else {
                date.checked_sub_days(Days::new(days))
            }
        }
        'm' | 'y' => {
            let months = if unit == 'y' {
                magnitude.checked_mul(12)?
            } else {
                magnitude
            };
            let months = Months::new(u32::try_from(months).ok()?);
            // chrono clamps to the last day of a shorter month.
            if forward {
                date.checked_add_months(months)
            } else {
                date.checked_sub_months(months)
            }
        }
        _ => None,
    }
}

/// Year, month and day from `YYYY-MM-DD` or `DD/MM/YYYY`, `DD.MM.YYYY`, `DD-MM-YYYY`, without
/// checking that they make a date. `None` when the shape does not fit.
fn calendar_parts(text: &str) -> Option<(i32, u32, u32)> {
    let sep = text.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = text.split(sep).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let short = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let year = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    if sep == '-' && year(a) && short(b) && short(c) {
        Some((a.parse().ok()?, b.parse().ok()?, c.parse().ok()?))
    } else if short(a) && short(b) && year(c) {
        Some((c.parse().ok()?, b.parse().ok()?, a.parse().ok()?))
    } else {
        None
    }
}

/// A length of time in whole days, weeks, months or years: review intervals, retention periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Span {
    /// A number of days.
    Days(u32),
    /// A number of weeks (7 days each).
    Weeks(u32),
    /// A number of calendar months.
    Months(u32),
    /// A number of calendar years.
    Years(u32),
}

impl Span {
    /// The date `self` after `d`. Months and years keep the day of the month, clamped to the end
    /// of a shorter month (31 January + 1 month = 28/29 February; 29 February + 1 year = 28
    /// February). Saturates at chrono's last date instead of failing, which spans from
    /// [`parse_span`] cannot reach from any real date.
    pub fn add_to(self, d: NaiveDate) -> NaiveDate {
        let (amount, unit) = self.parts();
        shift(d, i64::from(amount), unit).unwrap_or(NaiveDate::MAX)
    }

    /// Rough length in days, for comparing spans: a month counts 30 days, a year 365.
    pub fn days_approx(self) -> i64 {
        let (amount, unit) = self.parts();
        let per = match unit {
            'w' => 7,
            'm' => 30,
            'y' => 365,
            _ => 1,
        };
        i64::from(amount) * per
    }

    fn parts(self) -> (u32, char) {
        match self {
            Span::Days(n) => (n, 'd'),
            Span::Weeks(n) => (n, 'w'),
            Span::Months(n) => (n, 'm'),
            Span::Years(n) => (n, 'y'),
        }
    }
}

impl fmt::Display for Span {
    /// The form [`parse_span`] reads: `14d`, `8w`, `3m`, `1y`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (amount, unit) = self.parts();
        write!(f, "{amount}{unit}")
    }
}

impl FromStr for Span {
    type Err = anyhow::Error;

    /// Same as [`parse_span`].
    fn from_str(s: &str) -> anyhow::Result<Self> {
        parse_span(s)
    }
}

/// Reads a span: a positive number followed by a unit, `14d`, `8w`, `3m` or `1y` (any case,
/// spaces allowed between number and unit). A plain number, zero, a sign or another unit is
/// refused, as is anything over about a hundred years.
pub fn parse_span(input: &str) -> anyhow::Result<Span> {
    let lower = input.trim().to_lowercase();
    let shape_error = || {
        fail_hint(
            crate::t!("dates-invalid-span", input = format!("{input:?}")),
            crate::t!("dates-invalid-span-hint"),
        )
    };
    if lower.starts_with(['+', '-']) {
        return Err(shape_error());
    }
    let (amount, unit) = relative(&lower).ok_or_else(shape_error)?;
    let amount = u32::try_from(amount).map_err(|_| shape_error())?;
    if amount == 0 {
        return Err(fail(crate::t!(
            "dates-span-zero",
            input = format!("{input:?}")
        )));
    }
    let limit = SPAN_LIMITS
        .iter()
        .find(|(u, _)| *u == unit)
        .map_or(0, |(_, l)| *l);
    if amount > limit {
        return Err(fail(crate::t!(
            "dates-span-too-long",
            input = format!("{input:?}"),
            limit = format!("{limit}{unit}")
        )));
    }
    Ok(match unit {
        'd' => Span::Days(amount),
        'w' => Span::Weeks(amount),
        'm' => Span::Months(amount),
        _ => Span::Years(amount),
    })
}

/// Reads the length of a meeting in minutes: `2h`, `90m` (or `90min`), `1h30`, `1h30m` or
/// `1:30`; `u` (Dutch "uur") works like `h`. It must be more than zero and at most 12 hours.
pub fn parse_duration_minutes(input: &str) -> anyhow::Result<u32> {
    let lower: String = input
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let minutes = duration_minutes(&lower).ok_or_else(|| {
        fail_hint(
            crate::t!("dates-invalid-duration", input = format!("{input:?}")),
            crate::t!("dates-invalid-duration-hint"),
        )
    })?;
    if minutes == 0 {
        return Err(fail(crate::t!(
            "dates-duration-zero",
            input = format!("{input:?}")
        )));
    }
    if minutes > MAX_MEETING_MINUTES {
        return Err(fail(crate::t!(
            "dates-duration-too-long",
            input = format!("{input:?}")
        )));
    }
    Ok(minutes)
}

fn duration_minutes(s: &str) -> Option<u32> {
    let number = |t: &str| -> Option<u32> {
        if t.is_empty() || t.len() > 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        t.parse().ok()
    };
    let two_digit_minutes = |t: &str| -> Option<u32> {
        let m = number(t)?;
        (t.len() == 2 && m < 60).then_some(m)
    };
    if let Some((h, m)) = s.split_once(':') {
        return Some(number(h)? * 60 + two_digit_minutes(m)?);
    }
    if let Some(m) = s.strip_suffix("min").or_else(|| s.strip_suffix('m')) {
        if let Some((h, m)) = m.split_once(['h', 'u']) {
            return Some(number(h)? * 60 + hour_minutes(m)?);
        }
        return number(m);
    }
    if let Some((h, m)) = s.split_once(['h', 'u']) {
        let minutes = if m.is_empty() { 0 } else { hour_minutes(m)? };
        return Some(number(h)? * 60 + minutes);
    }
    None
}

/// Minutes written after hours (`1h30`, `1h5m`): one or two digits, below 60.
fn hour_minutes(t: &str) -> Option<u32> {
    if t.is_empty() || t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let m: u32 = t.parse().ok()?;
    (m < 60).then_some(m)
}

/// Reads a time of day on the 24-hour clock: `14:00`, `9:30`, `14h`, `14h30`, `14.30`, and the
/// Dutch `14u`, `14u30`. Minutes, when given, have two digits.
pub fn parse_time(input: &str) -> anyhow::Result<NaiveTime> {
    let lower = input.trim().to_lowercase();
    let error = || {
        fail_hint(
            crate::t!("dates-invalid-time", input = format!("{input:?}")),
            crate::t!("dates-invalid-time-hint"),
        )
    };
    let (h, m) = match lower.split_once([':', '.', 'h', 'u']) {
        Some((h, m)) => {
            let sep_is_hour = lower
                .get(h.len()..)
                .is_some_and(|rest| rest.starts_with(['h', 'u']));
            if m.is_empty() && sep_is_hour {
                (h, "00")
            } else {
                (h, m)
            }
        }
        None => return Err(error()),
    };
    let hour_ok = (1..=2).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_digit());
    let minute_ok = m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit());
    if !hour_ok || !minute_ok {
        return Err(error());
    }
    let hour: u32 = h.parse().map_err(|_| error())?;
    let minute: u32 = m.parse().map_err(|_| error())?;
    NaiveTime::from_hms_opt(hour, minute, 0).ok_or_else(error)
}

/// Reads a calendar month as `(year, month)`: `YYYY-MM` (`2026-05`), `this` for the month of
/// `today`, `last` for the one before (on 1 January 2027 that is December 2026). Dutch
/// `deze`/`vorige` and French `ce`/`dernier` work too, any case.
pub fn parse_month(input: &str, today: NaiveDate) -> anyhow::Result<(i32, u32)> {
    let (year, month) = parse_any_month(input, today)?;
    year_in_range(
        &crate::t!("dates-month-what", input = format!("{input:?}")),
        year,
    )?;
    Ok((year, month))
}

/// Refuses a year outside 2000..2099, the range every stored date lies in.
pub fn year_in_range(what: &str, year: i32) -> anyhow::Result<()> {
    if !(2000..=2099).contains(&year) {
        return Err(fail_hint(
            crate::t!(
                "dates-year-out-of-range",
                what = what,
                first = FIRST_DAY,
                last = LAST_DAY
            ),
            crate::t!("dates-year-out-of-range-hint"),
        ));
    }
    Ok(())
}

fn parse_any_month(input: &str, today: NaiveDate) -> anyhow::Result<(i32, u32)> {
    let lower = input.trim().to_lowercase();
    let error = || {
        fail_hint(
            crate::t!("dates-invalid-month", input = format!("{input:?}")),
            crate::t!("dates-invalid-month-hint"),
        )
    };
    match lower.as_str() {
        // i18n-ok-begin: data (the words a user may type)
        "this" | "current" | "deze" | "ce" | "ce mois" => return Ok((today.year(), today.month())),
        "last" | "previous" | "vorige" | "dernier" | "le mois dernier" | "précédent" => {
            // i18n-ok-end
            return if today.month() == 1 {
                Ok((today.year() - 1, 12))
            } else {
                Ok((today.year(), today.month() - 1))
            };
        }
        _ => {}
    }
    let (y, m) = lower.split_once('-').ok_or_else(error)?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if y.len() != 4 || !(1..=2).contains(&m.len()) || !digits(y) || !digits(m) {
        return Err(error());
    }
    let year: i32 = y.parse().map_err(|_| error())?;
    let month: u32 = m.parse().map_err(|_| error())?;
    if !(1..=12).contains(&month) {
        return Err(error());
    }
    Ok((year, month))
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS_NL: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];
const WEEKDAYS_FR: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const WEEKDAYS_DE: [&str; 7] = [
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Nl,
    Fr,
    De,
    En,
}

/// The language from a tag like `nl`, `fr-BE`, `de_BE`, `EN`; English when not nl, fr or de.
fn lang_of(tag: &str) -> Lang {
    let primary = tag
        .trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "nl" => Lang::Nl,
        "fr" => Lang::Fr,
        "de" => Lang::De,
        _ => Lang::En,
    }
}

fn month_name(month: u32, lang: Lang) -> Option<&'static str> {
    let table = match lang {
        Lang::Nl => &MONTHS_NL,
        Lang::Fr => &MONTHS_FR,
        Lang::De => &MONTHS_DE,
        Lang::En => &MONTHS_EN,
    };
    table
        .get(usize::try_from(month).ok()?.checked_sub(1)?)
        .copied()
}

/// A date written the local way for documents: nl `3 mei 2026`, fr `3 mai 2026` (`1er mai 2026`
/// on the first), de `3. Mai 2026`, en `3 May 2026`. `lang` is a tag like `nl`, `fr-BE` or
/// `de_BE`; any other language gets English.
pub fn format_local(d: NaiveDate, lang: &str) -> String {
    let lang = lang_of(lang);
    let month = month_name(d.month(), lang).unwrap_or("");
    let (day, year) = (d.day(), d.year());
    match lang {
        Lang::Fr if day == 1 => format!("1er {month} {year}"),
        Lang::De => format!("{day}. {month} {year}"),
        _ => format!("{day} {month} {year}"),
    }
}

/// A month written the local way, for headings of monthly reports: nl `mei 2026`, fr
/// `mai 2026`, de `Mai 2026`, en `May 2026`. A month outside 1..=12 is written `YYYY-MM`.
pub fn format_month_local(year: i32, month: u32, lang: &str) -> String {
    match month_name(month, lang_of(lang)) {
        Some(name) => format!("{name} {year}"),
        None => format!("{year:04}-{month:02}"),
    }
}

/// The day of the week of `d` in the document language: maandag, lundi, Montag, Monday … (lower
/// case in Dutch and French, capitalised in German and English, as each language writes it).
/// Any language but nl, fr and de gets English.
pub fn weekday_local(d: NaiveDate, lang: &str) -> &'static str {
    let table = match lang_of(lang) {
        Lang::Nl => &WEEKDAYS_NL,
        Lang::Fr => &WEEKDAYS_FR,
        Lang::De => &WEEKDAYS_DE,
        Lang::En => &WEEKDAYS_EN,
    };
    let index = d.weekday().num_days_from_monday() as usize;
    table.get(index).copied().unwrap_or("")
}

/// A date as stored: ISO `YYYY-MM-DD`.
pub fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A date read back from the database (always ISO); an error names the bad value.
pub fn parse_iso(s: &str) -> anyhow::Result<NaiveDate> {
    // The form livcr stores, read digit by digit: chrono's parser reads its format string again
    // at every call (a thousand instructions a date; `report annual` reads 3,000). Anything
    // else goes to chrono, which decides as it always did.
    if let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *s.as_bytes() {
        let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
        if digits.iter().all(u8::is_ascii_digit) {
            let n = |ds: &[u8]| {
                ds.iter()
                    .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
            };
            let year = n(&digits[..4]) as i32;
            if let Some(date) = NaiveDate::from_ymd_opt(year, n(&digits[4..6]), n(&digits[6..])) {
                return Ok(date);
            }
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| anyhow::anyhow!(crate::t!("dates-bad-stored", value = format!("{s:?}"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    // The English texts (the library's tests run in English).
    const DATE_FORMS: &str =
        "use YYYY-MM-DD, DD/MM/YYYY, today, or a relative form like +2w, -1d, +3m";
    const DATE_HINT: &str = "relative dates count from today in d (days), w (weeks), m (months) \
                             or y (years); words: today, yesterday, tomorrow, vandaag, gisteren, \
                             morgen, aujourd'hui, hier, demain";
    const RANGE_HINT: &str = "give a date from 2000-01-01 to 2099-12-31, e.g. 2026-12-15 or +2w";
    use crate::error::hint_of;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: (i32, u32, u32) = (2026, 5, 3);

    fn today() -> NaiveDate {
        date(TODAY.0, TODAY.1, TODAY.2)
    }

    /// The stored form read digit by digit gives chrono's answer, and what it does not read
    /// goes to chrono.
    #[test]
    fn stored_dates_read_as_chrono_reads_them() {
        let mut day = date(2000, 1, 1);
        while day <= date(2099, 12, 31) {
            let text = day.format("%Y-%m-%d").to_string();
            assert_eq!(parse_iso(&text).unwrap(), day, "{text}");
            day += chrono::Duration::days(1);
        }
        for text in [
            "0000-01-01",
            "9999-12-31",
            "2024-02-29",
            "2026-5-3",
            "+2026-05-03",
            "2026-05-3 ",
        ] {
            assert_eq!(
                parse_iso(text).ok(),
                NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
                "{text:?}"
            );
        }
        for text in [
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-01-32",
            "2026/01/02",
            "2026-01-0x",
            "２０２６-01-02",
            "",
            "2026-01-02T10:00:00Z",
        ] {
            assert!(parse_iso(text).is_err(), "{text:?}");
            assert!(
                NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn parse_date_accepts() {
        let table = [
            ("2026-05-03", date(2026, 5, 3)),
            (" 2026-5-3 ", date(2026, 5, 3)),
            ("2024-02-29", date(2024, 2, 29)),
            ("03/05/2026", date(2026, 5, 3)),
            ("3/5/2026", date(2026, 5, 3)),
            ("03.05.2026", date(2026, 5, 3)),
            ("03-05-2026", date(2026, 5, 3)),
            ("29/02/2028", date(2028, 2, 29)),
            ("today", today()),
            ("Today", today()),
            ("vandaag", today()),
            ("aujourd'hui", today()),
            ("Aujourd\u{2019}hui", today()),
            ("heute", today()),
            ("yesterday", date(2026, 5, 2)),
            ("gisteren", date(2026, 5, 2)),
            ("hier", date(2026, 5, 2)),
            ("gestern", date(2026, 5, 2)),
            ("tomorrow", date(2026, 5, 4)),
            ("morgen", date(2026, 5, 4)),
            ("demain", date(2026, 5, 4)),
            ("+2w", date(2026, 5, 17)),
            ("2w", date(2026, 5, 17)),
            ("2 W", date(2026, 5, 17)),
            ("-1d", date(2026, 5, 2)),
            ("+0d", today()),
            ("+3m", date(2026, 8, 3)),
            ("-3m", date(2026, 2, 3)),
            ("+1y", date(2027, 5, 3)),
            ("-1y", date(2025, 5, 3)),
            ("+30d", date(2026, 6, 2)),
        ];
        for (input, expected) in table {
            assert_eq!(parse_date(input, today()).unwrap(), expected, "{input:?}");
        }
    }

    #[test]
    fn relative_months_and_years_clamp_to_month_end() {
        let table = [
            (date(2026, 1, 31), "+1m", date(2026, 2, 28)),
            (date(2028, 1, 31), "+1m", date(2028, 2, 29)),
            (date(2026, 3, 31), "-1m", date(2026, 2, 28)),
            (date(2026, 5, 31), "+1m", date(2026, 6, 30)),
            (date(2028, 2, 29), "+1y", date(2029, 2, 28)),
            (date(2028, 2, 29), "-1y", date(2027, 2, 28)),
            (date(2028, 2, 29), "+4y", date(2032, 2, 29)),
            (date(2026, 12, 31), "+2m", date(2027, 2, 28)),
            (date(2026, 12, 31), "+1d", date(2027, 1, 1)),
            (date(2027, 1, 1), "-1d", date(2026, 12, 31)),
            (date(2028, 2, 28), "+1d", date(2028, 2, 29)),
            (date(2099, 12, 30), "+1d", date(2099, 12, 31)),
            (date(2000, 2, 28), "+1d", date(2000, 2, 29)),
        ];
        for (from, input, expected) in table {
            assert_eq!(parse_date(input, from).unwrap(), expected, "{from} {input}");
        }
    }

    #[test]
    fn parse_date_refuses() {
        let table = [
            ("2026-02-30", Some("February 2026 has 28 days")),
            ("2026-02-29", Some("February 2026 has 28 days")),
            ("2028-02-30", Some("February 2028 has 29 days")),
            ("31/02/2026", Some("February 2026 has 28 days")),
            ("31/04/2026", Some("April 2026 has 30 days")),
            ("2026-13-01", Some("months run from 1 to 12")),
            ("00/01/2026", Some("January 2026 has 31 days")),
            ("next tuesday", Some(DATE_HINT)),
            ("+2x", Some(DATE_HINT)),
            ("+w", Some(DATE_HINT)),
            ("2", Some(DATE_HINT)),
            ("", Some(DATE_HINT)),
            ("+-2d", Some(DATE_HINT)),
            ("2w3d", Some(DATE_HINT)),
            ("26-05-03", Some(DATE_HINT)),
            ("03/05/26", Some(DATE_HINT)),
            ("2026/05/03", Some(DATE_HINT)),
            ("2026-05-03T10:00", Some(DATE_HINT)),
            ("3 mei 2026", Some(DATE_HINT)),
            ("+99999999999999999999d", Some(DATE_HINT)),
            ("+999999999d", None),
            ("+999999y", None),
        ];
        for (input, hint) in table {
            let err = parse_date(input, today()).unwrap_err();
            let msg = err.to_string();
            assert!(msg.starts_with(&format!("invalid date {input:?}")), "{msg}");
            assert!(msg.contains(DATE_FORMS), "{msg}");
            assert_eq!(hint_of(&err).as_deref(), hint, "{input:?}");
        }
    }

    #[test]
    fn dates_outside_2000_to_2099_are_refused() {
        for input in [
            "+99999y",
            "1999-12-31",
            "2100-01-01",
            "-30y",
            "31/12/1999",
            "+74y",
        ] {
            let err = parse_date(input, today()).unwrap_err();
            let msg = err.to_string();
            assert!(msg.contains("out of range"), "{input}: {msg}");
            assert!(
                msg.contains("2000-01-01") && msg.contains("2099-12-31"),
                "{msg}"
            );
            assert_eq!(hint_of(&err).as_deref(), Some(RANGE_HINT), "{input:?}");
        }
        for input in ["2000-01-01", "2099-12-31", "01/01/2000"] {
            assert!(parse_date(input, today()).is_ok(), "{input}");
        }
    }

    #[test]
    fn parse_date_error_text() {
        let err = parse_date("next tuesday", today()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid date \"next tuesday\"; use YYYY-MM-DD, DD/MM/YYYY, today, or a relative \
             form like +2w, -1d, +3m"
        );
    }

    #[test]
    fn odd_input_is_refused_without_panicking() {
        let long = "9".repeat(60);
        let inputs = [
            "\u{0}",
            "ß",
            "１４:００",
            "14h\u{301}",
            "+\u{663}d",
            "\u{663}/\u{665}/2026",
            "🙂",
            "-",
            "+",
            ":",
            ".",
            "h",
            "u",
            "//",
            "..",
            "-d",
            long.as_str(),
        ];
        for input in inputs {
            assert!(parse_date(input, today()).is_err(), "{input:?}");
            assert!(parse_span(input).is_err(), "{input:?}");
            assert!(parse_duration_minutes(input).is_err(), "{input:?}");
            assert!(parse_time(input).is_err(), "{input:?}");
            assert!(parse_month(input, today()).is_err(), "{input:?}");
        }
        // Near the ends of chrono's range: an error, not a panic.
        assert!(parse_date("+1d", NaiveDate::MAX).is_err());
        assert!(parse_date("-1m", NaiveDate::MIN).is_err());
        assert_eq!(Span::Days(1).add_to(NaiveDate::MAX), NaiveDate::MAX);
    }

    #[test]
    fn parse_span_accepts() {
        let table = [
            ("14d", Span::Days(14)),
            ("8w", Span::Weeks(8)),
            ("12W", Span::Weeks(12)),
            ("3m", Span::Months(3)),
            ("24 m", Span::Months(24)),
            (" 1y ", Span::Years(1)),
            ("100y", Span::Years(100)),
            ("1200m", Span::Months(1200)),
        ];
        for (input, expected) in table {
            assert_eq!(parse_span(input).unwrap(), expected, "{input:?}");
            assert_eq!(
                parse_span(&expected.to_string()).unwrap(),
                expected,
                "round trip"
            );
        }
        assert_eq!("8w".parse::<Span>().unwrap(), Span::Weeks(8));
    }

    #[test]
    fn parse_span_refuses() {
        let table = [
            ("14", "unit d (days), w (weeks), m (months) or y (years)"),
            ("", "unit d (days)"),
            ("d", "unit d (days)"),
            ("+2w", "unit d (days)"),
            ("-2w", "unit d (days)"),
            ("2x", "unit d (days)"),
            ("2 weeks", "unit d (days)"),
            ("1.5m", "unit d (days)"),
            ("0d", "at least 1"),
            ("0w", "at least 1"),
            ("101y", "longer than 100 years (at most 100y)"),
            ("5201w", "at most 5200w"),
            ("99999999999999d", "unit d (days)"),
        ];
        for (input, expected) in table {
            let msg = parse_span(input).unwrap_err().to_string();
            assert!(msg.starts_with(&format!("invalid span {input:?}")), "{msg}");
            assert!(msg.contains(expected), "{input:?}: {msg}");
        }
    }

    #[test]
    fn span_add_to_and_days_approx() {
        let table = [
            (Span::Days(14), date(2026, 5, 3), date(2026, 5, 17), 14),
            (Span::Weeks(12), date(2026, 5, 3), date(2026, 7, 26), 84),
            (Span::Months(1), date(2026, 1, 31), date(2026, 2, 28), 30),
            (Span::Months(1), date(2028, 1, 31), date(2028, 2, 29), 30),
            (Span::Months(24), date(2026, 5, 3), date(2028, 5, 3), 720),
            (Span::Years(1), date(2028, 2, 29), date(2029, 2, 28), 365),
            (Span::Years(2), date(2026, 12, 31), date(2028, 12, 31), 730),
        ];
        for (span, from, expected, approx) in table {
            assert_eq!(span.add_to(from), expected, "{span} after {from}");
            assert_eq!(span.days_approx(), approx, "{span}");
        }
        assert_eq!(
            Span::Years(u32::MAX).add_to(date(2026, 1, 1)),
            NaiveDate::MAX
        );
        assert_eq!(Span::Days(u32::MAX).days_approx(), i64::from(u32::MAX));
    }

    #[test]
    fn parse_duration_accepts() {
        let table = [
            ("2h", 120),
            ("2H", 120),
            ("90m", 90),
            ("90min", 90),
            ("90 min", 90),
            ("1h30", 90),
            ("1h30m", 90),
            ("1h5", 65),
            ("1h05", 65),
            ("1 h 30", 90),
            ("1:30", 90),
            ("0:45", 45),
            ("1u30", 90),
            ("2u", 120),
            ("12h", 720),
            ("720m", 720),
            ("11:59", 719),
            ("1m", 1),
        ];
        for (input, expected) in table {
            assert_eq!(
                parse_duration_minutes(input).unwrap(),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn parse_duration_refuses() {
        let table = [
            ("0m", "more than zero"),
            ("0h", "more than zero"),
            ("0:00", "more than zero"),
            ("12h01", "at most 12h"),
            ("13h", "at most 12h"),
            ("721m", "at most 12h"),
            ("99999h", "use a form like 90m, 2h, 1h30 or 1:30"),
            ("90", "use a form like"),
            ("", "use a form like"),
            ("1h60", "use a form like"),
            ("1:5", "use a form like"),
            ("1:75", "use a form like"),
            ("1.5h", "use a form like"),
            ("-1h", "use a form like"),
            ("h30", "use a form like"),
            ("2 hours", "use a form like"),
            ("1h30x", "use a form like"),
            ("m", "use a form like"),
        ];
        for (input, expected) in table {
            let msg = parse_duration_minutes(input).unwrap_err().to_string();
            assert!(
                msg.starts_with(&format!("invalid duration {input:?}")),
                "{msg}"
            );
            assert!(msg.contains(expected), "{input:?}: {msg}");
        }
    }

    #[test]
    fn parse_time_accepts() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let table = [
            ("14:00", t(14, 0)),
            ("9:30", t(9, 30)),
            ("09:30", t(9, 30)),
            ("14h", t(14, 0)),
            ("14H", t(14, 0)),
            ("14h30", t(14, 30)),
            ("14.30", t(14, 30)),
            ("14u", t(14, 0)),
            ("14u30", t(14, 30)),
            (" 0:00 ", t(0, 0)),
            ("23:59", t(23, 59)),
        ];
        for (input, expected) in table {
            assert_eq!(parse_time(input).unwrap(), expected, "{input:?}");
        }
    }

    #[test]
    fn parse_time_refuses() {
        for input in [
            "24:00", "14:60", "14", "14:0", "14:000", "2pm", "", "14:", "14.", ":30", "h30",
            "123:00", "14h3", "14:30:00", "14h30m", "-1:00", "1 4:00",
        ] {
            let err = parse_time(input).unwrap_err();
            let msg = err.to_string();
            assert!(msg.starts_with(&format!("invalid time {input:?}")), "{msg}");
            assert!(msg.contains("14:00, 9:30, 14h or 14h30"), "{msg}");
            assert!(hint_of(&err).is_some());
        }
    }

    #[test]
    fn parse_month_table() {
        let table = [
            ("2026-05", today(), (2026, 5)),
            ("2026-5", today(), (2026, 5)),
            ("this", today(), (2026, 5)),
            ("THIS", today(), (2026, 5)),
            ("deze", today(), (2026, 5)),
            ("last", today(), (2026, 4)),
            ("vorige", today(), (2026, 4)),
            ("dernier", today(), (2026, 4)),
            ("last", date(2027, 1, 1), (2026, 12)),
            ("this", date(2027, 1, 1), (2027, 1)),
            ("last", date(2026, 12, 31), (2026, 11)),
            ("last", date(2028, 3, 31), (2028, 2)),
        ];
        for (input, today, expected) in table {
            assert_eq!(parse_month(input, today).unwrap(), expected, "{input:?}");
        }
    }

    #[test]
    fn parse_month_refuses() {
        for input in [
            "2026-13",
            "2026-00",
            "2026",
            "05-2026",
            "26-05",
            "next",
            "",
            "2026-05-01",
        ] {
            let msg = parse_month(input, today()).unwrap_err().to_string();
            assert_eq!(
                msg,
                format!("invalid month {input:?}; use YYYY-MM, this or last")
            );
        }
    }

    #[test]
    fn format_local_table() {
        let table = [
            (date(2026, 5, 3), "nl", "3 mei 2026"),
            (date(2026, 5, 3), "fr", "3 mai 2026"),
            (date(2026, 5, 1), "fr", "1er mai 2026"),
            (date(2026, 5, 1), "nl", "1 mei 2026"),
            (date(2026, 5, 3), "de", "3. Mai 2026"),
            (date(2026, 5, 3), "en", "3 May 2026"),
            (date(2026, 8, 15), "fr-BE", "15 août 2026"),
            (date(2026, 3, 1), "de_BE", "1. März 2026"),
            (date(2026, 12, 31), "NL", "31 december 2026"),
            (date(2026, 2, 21), "fr", "21 février 2026"),
            (date(2026, 5, 3), "xx", "3 May 2026"),
            (date(2026, 5, 3), "", "3 May 2026"),
        ];
        for (d, lang, expected) in table {
            assert_eq!(format_local(d, lang), expected, "{d} {lang}");
        }
    }

    #[test]
    fn format_month_local_table() {
        let table = [
            (2026, 5, "nl", "mei 2026"),
            (2026, 8, "fr", "août 2026"),
            (2026, 3, "de", "März 2026"),
            (2026, 12, "en", "December 2026"),
            (2026, 13, "nl", "2026-13"),
            (2026, 0, "fr", "2026-00"),
        ];
        for (y, m, lang, expected) in table {
            assert_eq!(format_month_local(y, m, lang), expected);
        }
    }

    #[test]
    fn weekday_local_table() {
        // 2026-05-04 is a Monday.
        let monday = date(2026, 5, 4);
        let table = [
            (
                "nl",
                [
                    "maandag",
                    "dinsdag",
                    "woensdag",
                    "donderdag",
                    "vrijdag",
                    "zaterdag",
                    "zondag",
                ],
            ),
            (
                "fr",
                [
                    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                ],
            ),
            (
                "de",
                [
                    "Montag",
                    "Dienstag",
                    "Mittwoch",
                    "Donnerstag",
                    "Freitag",
                    "Samstag",
                    "Sonntag",
                ],
            ),
            (
                "en",
                [
                    "Monday",
                    "Tuesday",
                    "Wednesday",
                    "Thursday",
                    "Friday",
                    "Saturday",
                    "Sunday",
                ],
            ),
        ];
        for (lang, days) in table {
            for (offset, expected) in days.iter().enumerate() {
                let d = monday + Days::new(offset as u64);
                assert_eq!(weekday_local(d, lang), *expected, "{d} {lang}");
            }
        }
        assert_eq!(weekday_local(monday, "it"), "Monday");
    }
}
