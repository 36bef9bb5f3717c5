//! The only place that reads the current date and time.
//!
//! `LIVCR_TODAY=YYYY-MM-DD` fixes "today" (tests, reproducible reports); the time of day is then
//! fixed too (09:00 Europe/Brussels), so audit timestamps are deterministic as well.

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
                format!("invalid LIVCR_TODAY {value:?}; use a date as YYYY-MM-DD"),
                "unset LIVCR_TODAY to use the system clock",
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

    /// The current time as UTC RFC 3339, seconds precision.
    pub fn stamp(&self) -> String {
        self.now.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    }
}
