//! The only place that reads the current date and time.
//!
//! `LIVCR_TODAY=YYYY-MM-DD` fixes "today" (tests, reproducible reports): the date of reports,
//! of defaults and of everything judged on today (R10, R11, dated entries), with the time of day
//! fixed at 09:00 Europe/Brussels. It never fixes when something was recorded: audit rows are
//! stamped with the real current instant ([`Clock::recorded_at`]), so the audit log tells the
//! truth even when a report is reproduced for another day.

use anyhow::Result;
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Brussels;

use crate::error::fail_hint;

/// "Now" for one run of the program.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
}

impl Clock {
    /// Reads `LIVCR_TODAY` when set, the system clock otherwise.
    pub fn from_env() -> Result<Clock> {
        match std::env::var("LIVCR_TODAY") {
            Ok(value) if !value.trim().is_empty() => Clock::fixed_str(value.trim()),
            _ => {
                let now = Utc::now();
                Ok(Clock {
                    today: now.with_timezone(&Brussels).date_naive(),
                    now,
                })
            }
        }
    }

    fn fixed_str(value: &str) -> Result<Clock> {
        let today = NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| {
            fail_hint(
                crate::t!("clock-bad-today", value = format!("{value:?}")),
                crate::t!("clock-bad-today-hint"),
            )
        })?;
        Ok(Clock::fixed(today))
    }

    /// A clock fixed at 09:00 Brussels time on `today`.
    pub fn fixed(today: NaiveDate) -> Clock {
        let nine = today.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default());
        let now = Brussels
            .from_local_datetime(&nine)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| Utc.from_utc_datetime(&nine));
        Clock { today, now }
    }

    /// "Now" for this run as UTC RFC 3339, seconds precision: with `LIVCR_TODAY`, 09:00 Brussels
    /// time on that day.
    pub fn stamp(&self) -> String {
        self.now.format(STAMP).to_string()
    }

    /// The real current instant as UTC RFC 3339, seconds precision, whatever `LIVCR_TODAY`
    /// says: the time an audit row is written.
    pub fn recorded_at(&self) -> String {
        Utc::now().format(STAMP).to_string()
    }
}

const STAMP: &str = "%Y-%m-%dT%H:%M:%SZ";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_today_does_not_fix_the_recording_time() {
        let clock = Clock::fixed(NaiveDate::from_ymd_opt(2020, 3, 2).unwrap_or_default());
        assert_eq!(clock.stamp(), "2020-03-02T08:00:00Z");
        let before = Utc::now().format(STAMP).to_string();
        let at = clock.recorded_at();
        let after = Utc::now().format(STAMP).to_string();
        assert!(before <= at && at <= after, "{before} {at} {after}");
    }
}
