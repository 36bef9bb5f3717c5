//! Dates as a person reads them in the interface language: `Tue 15 Dec 2026`,
//! `di 15 dec 2026`, `mar. 15 déc. 2026`, `Di., 15. Dez. 2026`. Machine outputs keep ISO dates.

use chrono::{Datelike, NaiveDate};

use super::UiLang;

const DAYS: [[&str; 7]; 4] = [
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    ["ma", "di", "wo", "do", "vr", "za", "zo"],
    ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
];

const MONTHS: [[&str; 12]; 4] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
    [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
        "Dez.",
    ],
];

/// `d` in the interface language, with its day of the week.
pub fn human_date(d: NaiveDate) -> String {
    human_date_in(super::lang(), d)
}

/// A stored ISO date in the interface language; anything else as it is.
pub fn human_date_str(iso: &str) -> String {
    match NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
        Ok(d) => human_date(d),
        Err(_) => iso.to_string(),
    }
}

pub fn human_date_in(lang: UiLang, d: NaiveDate) -> String {
    let i = lang as usize;
    let day = DAYS[i][d.weekday().num_days_from_monday() as usize];
    let month = MONTHS[i][d.month0() as usize];
    match lang {
        UiLang::De => format!("{day}, {}. {month} {}", d.day(), d.year()),
        _ => format!("{day} {} {month} {}", d.day(), d.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
        assert_eq!(human_date_in(UiLang::En, d), "Tue 15 Dec 2026");
        assert_eq!(human_date_in(UiLang::Nl, d), "di 15 dec 2026");
        assert_eq!(human_date_in(UiLang::Fr, d), "mar. 15 déc. 2026");
        assert_eq!(human_date_in(UiLang::De, d), "Di., 15. Dez. 2026");
    }
}
