//! A case's life (domain.md): vocabulary, status transitions, review and purge dates.

use chrono::{Duration, Months, NaiveDate};

macro_rules! vocab {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $token:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
        #[value(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vdoc])* #[value(name = $token)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $token),+
                }
            }

            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($token => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// Every token, comma-separated, for error messages.
            pub fn tokens() -> String {
                [$($token),+].join(", ")
            }
        }
    };
}

vocab!(
    /// Where a signal came from.
    Source {
        /// A partner organisation of the cell
        Partner = "partner",
        /// The Information Officer, on behalf of the Local Taskforce
        Io = "io",
        /// A municipal service
        MunicipalService = "municipal_service",
        /// A citizen or the family
        CitizenOrFamily = "citizen_or_family",
        Other = "other",
    }
);

vocab!(
    /// Phenomena (Strategie T.E.R. covers all convictions).
    Phenomenon {
        /// Religiously inspired
        Religious = "religious",
        RightWing = "right_wing",
        LeftWing = "left_wing",
        /// Anti-government or conspiracy-driven
        AntiGovernment = "anti_government",
        SingleIssue = "single_issue",
        /// Mixed or unclear
        Mixed = "mixed",
        Other = "other",
    }
);

vocab!(
    /// Age bands (never a date of birth).
    AgeBand {
        Under12 = "under_12",
        From12To17 = "12_17",
        From18To24 = "18_24",
        From25 = "25_plus",
        Unknown = "unknown",
    }
);

vocab!(
    /// Statuses of a case.
    Status {
        /// Reported, not yet looked at
        Signal = "signal",
        /// The secretariat and chair see whether it belongs in the cell
        Screening = "screening",
        /// On the case list (decided by the chair or the mayor: R9)
        OnList = "on_list",
        /// Tailored follow-up with a lead organisation and actions
        FollowUp = "follow_up",
        Closed = "closed",
        /// Not taken by the cell
        Declined = "declined",
    }
);

vocab!(
    /// Why a case was closed.
    CloseReason {
        /// Goals reached; regular care continues
        GoalsReached = "goals_reached",
        MovedAway = "moved_away",
        JudicialTrack = "judicial_track",
        NoCooperation = "no_cooperation",
        OutsideRemit = "outside_remit",
        Other = "other",
    }
);

/// The statuses `case move --to` accepts (closing has its own verb).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum MoveTarget {
    Screening,
    OnList,
    FollowUp,
    Declined,
}

impl MoveTarget {
    pub fn status(self) -> Status {
        match self {
            MoveTarget::Screening => Status::Screening,
            MoveTarget::OnList => Status::OnList,
            MoveTarget::FollowUp => Status::FollowUp,
            MoveTarget::Declined => Status::Declined,
        }
    }
}

impl Status {
    /// Open statuses need a next review date (R10).
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Closed | Status::Declined)
    }

    /// The statuses a case may move to from here (`closed` through `case close`).
    pub fn next(self) -> &'static [Status] {
        match self {
            Status::Signal => &[Status::Screening, Status::Declined],
            Status::Screening => &[Status::OnList, Status::Declined],
            Status::OnList => &[Status::FollowUp, Status::Closed],
            Status::FollowUp => &[Status::Closed],
            Status::Closed | Status::Declined => &[],
        }
    }

    pub fn can_move_to(self, to: Status) -> bool {
        self.next().contains(&to)
    }
}

/// Whether a case with this status is on the case list (on the list, or in the tailored
/// follow-up that comes after it).
pub fn on_the_list(status: &str) -> bool {
    matches!(status, "on_list" | "follow_up")
}

/// Rule R9: a change of status that puts a case on the case list (from anywhere not on it,
/// a reopening included) needs the decision of the chair or the mayor of its municipality.
pub fn needs_list_decision(from: Option<&str>, to: Option<&str>) -> bool {
    to.is_some_and(on_the_list) && !from.is_some_and(on_the_list)
}

/// Rule R9: whether a member holding `roles` (role, NIS of a mayor seat) on the day of the
/// decision may put a case of municipality `nis` on the list.
pub fn may_decide_list(roles: &[(String, Option<String>)], nis: &str) -> bool {
    roles.iter().any(|(role, seat_nis)| {
        role == "chair" || (role == "mayor" && seat_nis.as_deref() == Some(nis))
    })
}

/// Rule R10: the furthest a next review may lie ahead, in weeks (as the cell's interval).
pub const MAX_REVIEW_WEEKS: i64 = 104;

impl AgeBand {
    /// Minors are marked in lists and on feedback forms (R12).
    pub fn is_minor(self) -> bool {
        matches!(self, AgeBand::Under12 | AgeBand::From12To17)
    }

    /// Whether a stored age band is a minor's (false for one livcr does not know).
    pub fn is_minor_band(band: &str) -> bool {
        AgeBand::parse(band).is_some_and(AgeBand::is_minor)
    }
}

/// The next review: `weeks` after `from`.
pub fn review_after(from: NaiveDate, weeks: i64) -> NaiveDate {
    from + Duration::weeks(weeks)
}

/// When a closed or declined case is due for purge: `months` after closure (R11).
pub fn purge_due(closed: NaiveDate, months: u32) -> NaiveDate {
    closed
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Lists statuses as `a, b`.
pub fn list(statuses: &[Status]) -> String {
    if statuses.is_empty() {
        return crate::t!("case-statuses-none");
    }
    statuses
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_follow_a_cases_life() {
        use Status::*;
        let allowed = [
            (Signal, Screening),
            (Signal, Declined),
            (Screening, OnList),
            (Screening, Declined),
            (OnList, FollowUp),
            (OnList, Closed),
            (FollowUp, Closed),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                assert_eq!(
                    from.can_move_to(*to),
                    allowed.contains(&(*from, *to)),
                    "{from:?} -> {to:?}"
                );
            }
        }
    }

    #[test]
    fn tokens_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(*s));
        }
        assert_eq!(AgeBand::parse("12_17"), Some(AgeBand::From12To17));
        assert!(AgeBand::From12To17.is_minor() && AgeBand::Under12.is_minor());
        assert!(!AgeBand::From18To24.is_minor() && !AgeBand::Unknown.is_minor());
        assert_eq!(Phenomenon::parse("jihad"), None);
        assert!(Phenomenon::tokens().starts_with("religious, right_wing"));
    }

    #[test]
    fn dates() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        assert_eq!(
            review_after(d, 12),
            NaiveDate::from_ymd_opt(2026, 4, 25).unwrap()
        );
        assert_eq!(
            purge_due(d, 24),
            NaiveDate::from_ymd_opt(2028, 1, 31).unwrap()
        );
        assert_eq!(
            purge_due(d, 1),
            NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
        );
    }
}
