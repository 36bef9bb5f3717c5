//! Monthly figures of one case, as anonymous counts.
//!
//! The same function serves the monthly export (for cases still in the file) and purge (which
//! stores the figures of the cases it deletes in `kept_count`), so a report on a past month
//! gives the same numbers before and after its cases are purged.

use chrono::{Datelike, NaiveDate};

/// One anonymous count: in `month` (YYYY-MM), `measure` broken down by `dimension`
/// (`total`, or `phenomenon=religious`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub month: String,
    pub measure: &'static str,
    pub dimension: String,
    pub value: i64,
}

/// A journal entry, as far as figures need it.
#[derive(Debug, Clone)]
pub struct EventFacts {
    pub on: NaiveDate,
    pub kind: String,
    pub to_status: Option<String>,
    pub next_review_on: Option<NaiveDate>,
    /// For a closure: the reason given then (a case may be reopened and closed again).
    pub close_reason: Option<String>,
}

/// An action, as far as figures need it.
#[derive(Debug, Clone)]
pub struct ActionFacts {
    pub created_on: NaiveDate,
    pub due_on: NaiveDate,
    pub done_on: Option<NaiveDate>,
}

/// What the figures of one case are computed from.
#[derive(Debug, Clone)]
pub struct CaseFacts {
    pub opened_on: NaiveDate,
    pub source: String,
    pub phenomenon: String,
    pub age_band: String,
    pub review_weeks: i64,
    pub close_reason: Option<String>,
    pub events: Vec<EventFacts>,
    pub actions: Vec<ActionFacts>,
    /// Referrals through the IO: (date, "in" or "out").
    pub referrals: Vec<(NaiveDate, String)>,
    /// Dates feedback forms about the case were sent.
    pub forms_sent: Vec<NaiveDate>,
}

/// The reason recorded in a closure's journal entry (`reason: goals_reached`).
pub fn closure_reason(kind: &str, text: Option<&str>) -> Option<String> {
    (kind == "closed")
        .then(|| text?.strip_prefix("reason: ").map(str::to_string))
        .flatten()
}

pub fn month_key(d: NaiveDate) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// The last day of a month.
pub fn month_end(year: i32, month: u32) -> NaiveDate {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

fn first_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn next_month(d: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
}

impl CaseFacts {
    /// Status at the end of `day` (events in order).
    pub fn status_on(&self, day: NaiveDate) -> Option<String> {
        self.status_at(day).map(str::to_string)
    }

    /// [`Self::status_on`], borrowed.
    fn status_at(&self, day: NaiveDate) -> Option<&str> {
        if day < self.opened_on {
            return None;
        }
        let mut status = "signal";
        for e in &self.events {
            if e.on > day {
                break;
            }
            if let Some(s) = &e.to_status {
                status = s;
            }
        }
        Some(status)
    }

    /// The next review date in force at the end of `day`.
    pub fn next_review_on(&self, day: NaiveDate) -> Option<NaiveDate> {
        let mut next = Some(super::case::review_after(self.opened_on, self.review_weeks));
        for e in &self.events {
            if e.on > day {
                break;
            }
            if e.next_review_on.is_some() {
                next = e.next_review_on;
            }
        }
        next
    }

    /// Every month's figures from the opening month to the month of `until` (inclusive).
    pub fn facts(&self, until: NaiveDate) -> Vec<Fact> {
        let mut out = Vec::new();
        let mut cursor = Some(first_of(self.opened_on));
        while let Some(first) = cursor {
            if first > until {
                break;
            }
            self.month_facts(first.year(), first.month(), &mut out);
            cursor = next_month(first);
        }
        out
    }

    /// The figures of one month.
    pub fn month_facts(&self, year: i32, month: u32, out: &mut Vec<Fact>) {
        let key = format!("{year:04}-{month:02}");
        self.each_month_fact(year, month, |measure, dimension, value| {
            out.push(Fact {
                month: key.clone(),
                measure,
                dimension: dimension.to_string(),
                value,
            })
        });
    }

    /// Gives each figure of one month that is not zero to `count`: its measure, its dimension
    /// and its value.
    pub fn each_month_fact<'a>(
        &'a self,
        year: i32,
        month: u32,
        mut count: impl FnMut(&'static str, Dim<'a>, i64),
    ) {
        let end = month_end(year, month);
        let start = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(end);
        let in_month = |d: NaiveDate| d >= start && d <= end;
        let coarse = [
            Dim::Of("phenomenon", &self.phenomenon),
            Dim::Of("age_band", &self.age_band),
            Dim::Of("source", &self.source),
        ];
        if in_month(self.opened_on) {
            count("cases_opened", Dim::Total, 1);
            for d in coarse {
                count("cases_opened", d, 1);
            }
        }
        for e in self.events.iter().filter(|e| in_month(e.on)) {
            match (e.kind.as_str(), e.to_status.as_deref()) {
                ("closed", _) | ("status", Some("closed")) => {
                    count("cases_closed", Dim::Total, 1);
                    if let Some(r) = e.close_reason.as_ref().or(self.close_reason.as_ref()) {
                        count("cases_closed", Dim::Of("close_reason", r), 1);
                    }
                }
                ("status", Some("declined")) => count("cases_declined", Dim::Total, 1),
                ("review", _) => count("reviews_done", Dim::Total, 1),
                _ => {}
            }
        }
        let status = self
            .status_at(end)
            .filter(|s| !matches!(*s, "closed" | "declined"));
        let open_at_end = status.is_some();
        if let Some(status) = status {
            count("cases_active", Dim::Total, 1);
            for d in coarse {
                count("cases_active", d, 1);
            }
            count("cases_active", Dim::Of("status", status), 1);
            if self.next_review_on(end).is_some_and(|n| n < end) {
                count("reviews_overdue", Dim::Total, 1);
            }
        }
        for (d, direction) in &self.referrals {
            if in_month(*d) {
                let measure = if direction == "in" {
                    "referrals_in"
                } else {
                    "referrals_out"
                };
                count(measure, Dim::Total, 1);
            }
        }
        for d in &self.forms_sent {
            if in_month(*d) {
                count("feedback_forms_sent", Dim::Total, 1);
            }
        }
        for a in &self.actions {
            if in_month(a.created_on) {
                count("actions_created", Dim::Total, 1);
            }
            if a.done_on.is_some_and(in_month) {
                count("actions_done", Dim::Total, 1);
            }
            // Overdue is a stock of open work: a closed case's actions no longer count.
            if open_at_end
                && a.created_on <= end
                && a.due_on < end
                && a.done_on.is_none_or(|d| d > end)
            {
                count("actions_overdue", Dim::Total, 1);
            }
        }
    }
}

/// The dimension of a figure: the measure's total, or one value of a breakdown
/// (`phenomenon=religious`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dim<'a> {
    Total,
    /// A breakdown (family) and its value.
    Of(&'static str, &'a str),
}

impl std::fmt::Display for Dim<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Dim::Total => f.write_str("total"),
            Dim::Of(family, value) => write!(f, "{family}={value}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn ev(on: &str, kind: &str, to: Option<&str>, next: Option<&str>) -> EventFacts {
        EventFacts {
            on: d(on),
            kind: kind.into(),
            to_status: to.map(Into::into),
            next_review_on: next.map(d),
            close_reason: None,
        }
    }

    fn sample() -> CaseFacts {
        CaseFacts {
            opened_on: d("2026-01-10"),
            source: "partner".into(),
            phenomenon: "religious".into(),
            age_band: "12_17".into(),
            review_weeks: 4,
            close_reason: Some("goals_reached".into()),
            events: vec![
                ev("2026-01-10", "opened", None, None),
                ev("2026-01-20", "status", Some("screening"), None),
                ev("2026-02-05", "status", Some("on_list"), None),
                ev("2026-02-10", "review", None, Some("2026-03-10")),
                ev("2026-03-20", "closed", Some("closed"), None),
            ],
            actions: vec![ActionFacts {
                created_on: d("2026-02-10"),
                due_on: d("2026-02-20"),
                done_on: Some(d("2026-03-05")),
            }],
            referrals: vec![
                (d("2026-01-10"), "in".into()),
                (d("2026-03-01"), "out".into()),
            ],
            forms_sent: vec![d("2026-03-01")],
        }
    }

    fn value(f: &[Fact], month: &str, measure: &str, dim: &str) -> i64 {
        f.iter()
            .filter(|x| x.month == month && x.measure == measure && x.dimension == dim)
            .map(|x| x.value)
            .sum()
    }

    #[test]
    fn a_cases_months() {
        let f = sample().facts(d("2026-12-31"));
        assert_eq!(value(&f, "2026-01", "cases_opened", "total"), 1);
        assert_eq!(value(&f, "2026-01", "cases_opened", "age_band=12_17"), 1);
        assert_eq!(value(&f, "2026-01", "cases_active", "status=screening"), 1);
        assert_eq!(value(&f, "2026-02", "cases_active", "status=on_list"), 1);
        assert_eq!(value(&f, "2026-02", "reviews_done", "total"), 1);
        assert_eq!(value(&f, "2026-02", "actions_created", "total"), 1);
        assert_eq!(value(&f, "2026-02", "actions_overdue", "total"), 1);
        assert_eq!(value(&f, "2026-03", "actions_done", "total"), 1);
        assert_eq!(value(&f, "2026-03", "actions_overdue", "total"), 0);
        assert_eq!(
            value(&f, "2026-03", "cases_closed", "close_reason=goals_reached"),
            1
        );
        assert_eq!(value(&f, "2026-03", "cases_active", "total"), 0);
        // The first review was due 2026-02-07, done 2026-02-10: not overdue at January's end.
        assert_eq!(value(&f, "2026-01", "reviews_overdue", "total"), 0);
        assert_eq!(value(&f, "2026-01", "referrals_in", "total"), 1);
        assert_eq!(value(&f, "2026-03", "referrals_out", "total"), 1);
        assert_eq!(value(&f, "2026-03", "feedback_forms_sent", "total"), 1);
        assert!(f.iter().all(|x| x.month.as_str() <= "2026-12"));
    }

    #[test]
    fn month_ends() {
        assert_eq!(month_end(2024, 2), d("2024-02-29"));
        assert_eq!(month_end(2026, 12), d("2026-12-31"));
    }
}
