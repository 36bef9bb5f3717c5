//! Rule R7, the consensus gate of the feedback form (Constitutional Court 52/2021): a form goes
//! to the police only when every participant of the agenda item where it was decided said yes,
//! every holder of professional secrecy among them confirmed that it holds no secret, and it goes
//! through an IO seat in force on the sending date.
//!
//! Who took part is fixed when the meeting is held (the item's participants). Who must answer,
//! and which of them must confirm, is worked out from the state at the moment of sending: a
//! participant counts as a secret-holder when flagged so at the item *or* when the person record
//! says so now, so a member made a secret-holder after the draft must still confirm.
//!
//! Pure: the `db/` writer of the form reads the state and calls [`gate`] before it stores a form
//! as sent, and [`answer`] before it stores a consent or a confirmation.

use std::fmt;

/// The first and last day the file accepts for any date.
pub const FIRST_DAY: &str = "2000-01-01";
pub const LAST_DAY: &str = "2099-12-31";

/// A participant of the item where the form was decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub person_id: i64,
    pub name: String,
    /// Flagged as a secret-holder when the item was decided.
    pub secret_at_item: bool,
    /// The person record says so now.
    pub secret_now: bool,
}

impl Participant {
    /// Must confirm that the form holds no professional secret.
    pub fn holds_secret(&self) -> bool {
        self.secret_at_item || self.secret_now
    }

    fn label(&self) -> String {
        format!("{} (#{})", self.name, self.person_id)
    }
}

/// A participant's answer to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub person_id: i64,
    pub yes: bool,
    pub on: String,
}

/// A secret-holder's "this form holds no professional secret".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    pub person_id: i64,
    pub on: String,
}

/// A seat held by the IO the form is sent through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    pub cell_id: i64,
    pub role: String,
    pub from_on: String,
    /// The first day the seat is no longer held.
    pub until_on: Option<String>,
}

impl Seat {
    /// An `io` seat of `cell_id` in force on `on`.
    pub fn io_on(&self, cell_id: i64, on: &str) -> bool {
        self.role == "io"
            && self.cell_id == cell_id
            && self.from_on.as_str() <= on
            && self.until_on.as_deref().is_none_or(|u| u > on)
    }
}

/// Sending through an IO on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sending<'a> {
    pub on: &'a str,
    pub today: &'a str,
    /// The IO's name and id, for messages.
    pub io: String,
    /// Every seat the IO holds (any cell, any role, any period).
    pub io_seats: &'a [Seat],
}

/// The state a form is judged on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form<'a> {
    pub cell_id: i64,
    pub meeting_held: bool,
    pub meeting_date: &'a str,
    pub drafted_on: &'a str,
    pub text: &'a str,
    pub participants: &'a [Participant],
    pub consents: &'a [Consent],
    pub confirmations: &'a [Confirmation],
}

/// One thing that keeps a form from the police.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NotHeld,
    NoParticipants,
    Refused(Vec<String>),
    Missing(Vec<String>),
    Unconfirmed(Vec<String>),
    /// Answers dated after the sending date: they did not exist when the form left.
    AnsweredLater(Vec<String>),
    Text(crate::i18n::Said),
    BadDate(crate::i18n::Said),
    NoIo(crate::i18n::Said),
}

impl Problem {
    /// The problem in `lang`: messages speak the interface language, the JSON of `feedback
    /// show` (`blocked_by`) names it in English whatever the language.
    pub fn describe(&self, lang: crate::i18n::UiLang) -> String {
        use crate::i18n::{arg, text_in};
        let names = |key: &str, w: &[String]| text_in(lang, key, &[("names", arg(w.join(", ")))]);
        match self {
            Problem::NotHeld => text_in(lang, "feedback-problem-not-held", &[]),
            Problem::NoParticipants => text_in(lang, "feedback-problem-no-participants", &[]),
            Problem::Refused(w) => names("feedback-problem-refused", w),
            Problem::Missing(w) => names("feedback-problem-missing", w),
            Problem::Unconfirmed(w) => names("feedback-problem-unconfirmed", w),
            Problem::AnsweredLater(w) => names("feedback-problem-answered-later", w),
            Problem::Text(e) | Problem::BadDate(e) | Problem::NoIo(e) => {
                e.in_lang(lang).to_string()
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(crate::i18n::lang()))
    }
}

/// Checks a date given for a step of the form: within the file's range, not in the future, not
/// before the meeting where the form was decided nor before the draft.
pub fn date(what: &str, on: &str, form: &Form, today: &str) -> Result<(), String> {
    in_range(what, on)?;
    if on > today {
        return Err(crate::t!("feedback-date-future", what = what, on = on));
    }
    if on < form.meeting_date {
        return Err(crate::t!(
            "feedback-date-before-meeting",
            what = what,
            on = on,
            meeting = form.meeting_date
        ));
    }
    if on < form.drafted_on {
        return Err(crate::t!(
            "feedback-date-before-draft",
            what = what,
            on = on,
            drafted = form.drafted_on
        ));
    }
    Ok(())
}

/// A date within 2000-01-01..2099-12-31.
pub fn in_range(what: &str, on: &str) -> Result<(), String> {
    if !(FIRST_DAY..=LAST_DAY).contains(&on) {
        return Err(crate::t!(
            "feedback-date-out-of-range",
            what = what,
            on = on,
            first = FIRST_DAY,
            last = LAST_DAY
        ));
    }
    Ok(())
}

/// What stands between the form and the police (empty: it may leave). Without `sending`, the
/// form is judged as of its answers so far (draft or approved); with it, as of the sending date
/// and through that IO.
pub fn gate(form: &Form, sending: Option<&Sending>) -> Vec<Problem> {
    let mut problems = Vec::new();
    if !form.meeting_held {
        problems.push(Problem::NotHeld);
    }
    if form.participants.is_empty() {
        problems.push(Problem::NoParticipants);
    }
    let cutoff = sending.map(|s| s.on);
    let counts = |on: &str| cutoff.is_none_or(|c| on <= c);
    let (mut refused, mut missing, mut unconfirmed, mut later) = (vec![], vec![], vec![], vec![]);
    for p in form.participants {
        match form.consents.iter().find(|c| c.person_id == p.person_id) {
            Some(c) if !counts(&c.on) => later.push(p.label()),
            Some(c) if !c.yes => refused.push(p.label()),
            Some(_) => {}
            None => missing.push(p.label()),
        }
        if p.holds_secret() {
            match form
                .confirmations
                .iter()
                .find(|c| c.person_id == p.person_id)
            {
                Some(c) if !counts(&c.on) => later.push(p.label()),
                Some(_) => {}
                None => unconfirmed.push(p.label()),
            }
        }
    }
    later.dedup();
    for (list, make) in [
        (refused, Problem::Refused as fn(Vec<String>) -> Problem),
        (missing, Problem::Missing),
        (unconfirmed, Problem::Unconfirmed),
        (later, Problem::AnsweredLater),
    ] {
        if !list.is_empty() {
            problems.push(make(list));
        }
    }
    // A problem is a message and a value of `feedback show --format json`: said in both.
    let text_problem = || {
        crate::domain::privacy::check(&crate::t!("feedback-field-form-text"), form.text)
            .err()
            .map(|e| e.to_string())
    };
    if text_problem().is_some() {
        problems.push(Problem::Text(crate::i18n::Said::of(|| {
            text_problem().unwrap_or_default()
        })));
    }
    if let Some(s) = sending {
        let date_problem = || {
            date(
                &crate::t!("feedback-field-sending-date"),
                s.on,
                form,
                s.today,
            )
            .err()
        };
        if date_problem().is_some() {
            problems.push(Problem::BadDate(crate::i18n::Said::of(|| {
                date_problem().unwrap_or_default()
            })));
        }
        if !s.io_seats.iter().any(|x| x.io_on(form.cell_id, s.on)) {
            problems.push(Problem::NoIo(crate::said_t!(
                "feedback-problem-no-io",
                io = s.io.as_str(),
                on = s.on
            )));
        }
    }
    problems
}

/// Which answer is being given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Consent,
    Confirmation,
}

/// Whether `person_id` may give this answer on `on` to a form in `status`: only to a form not
/// sent nor withdrawn, only a participant of the item, a confirmation only from a secret-holder
/// among them, and dated by [`date`]. `Err` is (message, hint).
pub fn answer(
    kind: Answer,
    status: &str,
    form: &Form,
    person_id: i64,
    on: &str,
    today: &str,
) -> Result<(), (String, String)> {
    if !matches!(status, "draft" | "approved") {
        let message = if status == "sent" {
            crate::t!("feedback-answer-form-sent")
        } else {
            crate::t!("feedback-answer-form-withdrawn")
        };
        return Err((message, crate::t!("feedback-answer-form-fixed-hint")));
    }
    let Some(p) = form.participants.iter().find(|p| p.person_id == person_id) else {
        return Err((
            crate::t!(
                "feedback-answer-not-participant",
                id = person_id.to_string()
            ),
            crate::t!("feedback-answer-not-participant-hint"),
        ));
    };
    if kind == Answer::Confirmation && !p.holds_secret() {
        return Err((
            crate::t!("feedback-answer-not-secret-holder", member = p.label()),
            crate::t!(
                "feedback-answer-not-secret-holder-hint",
                id = p.person_id.to_string()
            ),
        ));
    }
    let what = match kind {
        Answer::Consent => crate::t!("feedback-field-consent-date"),
        Answer::Confirmation => crate::t!("feedback-field-confirmation-date"),
    };
    date(&what, on, form, today).map_err(|e| (e, crate::t!("feedback-answer-date-hint")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(id: i64, at_item: bool, now: bool) -> Participant {
        Participant {
            person_id: id,
            name: format!("P{id}"),
            secret_at_item: at_item,
            secret_now: now,
        }
    }

    fn yes(id: i64, on: &str) -> Consent {
        Consent {
            person_id: id,
            yes: true,
            on: on.into(),
        }
    }

    fn conf(id: i64, on: &str) -> Confirmation {
        Confirmation {
            person_id: id,
            on: on.into(),
        }
    }

    fn io(from: &str, until: Option<&str>) -> Seat {
        Seat {
            cell_id: 1,
            role: "io".into(),
            from_on: from.into(),
            until_on: until.map(Into::into),
        }
    }

    fn form<'a>(ps: &'a [Participant], cs: &'a [Consent], fs: &'a [Confirmation]) -> Form<'a> {
        Form {
            cell_id: 1,
            meeting_held: true,
            meeting_date: "2026-11-23",
            drafted_on: "2026-11-24",
            text: "De cel volgt op.",
            participants: ps,
            consents: cs,
            confirmations: fs,
        }
    }

    fn sending<'a>(on: &'a str, seats: &'a [Seat]) -> Sending<'a> {
        Sending {
            on,
            today: "2026-11-30",
            io: "IO (#9)".into(),
            io_seats: seats,
        }
    }

    fn kinds(ps: &[Problem]) -> Vec<&'static str> {
        ps.iter()
            .map(|p| match p {
                Problem::NotHeld => "not_held",
                Problem::NoParticipants => "none",
                Problem::Refused(_) => "refused",
                Problem::Missing(_) => "missing",
                Problem::Unconfirmed(_) => "unconfirmed",
                Problem::AnsweredLater(_) => "later",
                Problem::Text(_) => "text",
                Problem::BadDate(_) => "date",
                Problem::NoIo(_) => "io",
            })
            .collect()
    }

    #[test]
    fn the_gate_table() {
        let ps = [p(1, false, false), p(2, true, false), p(3, false, true)];
        let all_yes = [
            yes(1, "2026-11-25"),
            yes(2, "2026-11-25"),
            yes(3, "2026-11-25"),
        ];
        let both = [conf(2, "2026-11-25"), conf(3, "2026-11-25")];
        let seats = [io("2024-01-01", None)];
        let one_no = [
            yes(1, "2026-11-25"),
            Consent {
                person_id: 2,
                yes: false,
                on: "2026-11-25".into(),
            },
            yes(3, "2026-11-25"),
        ];
        let ended = [io("2024-01-01", Some("2026-11-27"))];
        let other_cell = [Seat {
            cell_id: 2,
            ..io("2024-01-01", None)
        }];
        let other_role = [Seat {
            role: "partner".into(),
            ..io("2024-01-01", None)
        }];
        let cases: Vec<(&str, Form, Option<Sending>, Vec<&str>)> = vec![
            ("all answered", form(&ps, &all_yes, &both), None, vec![]),
            (
                "sent through an io in force",
                form(&ps, &all_yes, &both),
                Some(sending("2026-11-28", &seats)),
                vec![],
            ),
            ("one no", form(&ps, &one_no, &both), None, vec!["refused"]),
            (
                "one missing",
                form(&ps, &all_yes[..2], &both),
                None,
                vec!["missing"],
            ),
            (
                // Secret-holder now, not at the item: must confirm all the same.
                "made secret-holder later",
                form(&ps, &all_yes, &both[..1]),
                None,
                vec!["unconfirmed"],
            ),
            (
                "answers after the sending date",
                form(&ps, &all_yes, &both),
                Some(sending("2026-11-24", &seats)),
                vec!["later"],
            ),
            (
                "io seat ended the day before",
                form(&ps, &all_yes, &both),
                Some(sending("2026-11-28", &ended)),
                vec!["io"],
            ),
            (
                "io seat ends on the sending day",
                form(&ps, &all_yes, &both),
                Some(sending("2026-11-27", &ended)),
                vec!["io"],
            ),
            (
                "io seat in another cell",
                form(&ps, &all_yes, &both),
                Some(sending("2026-11-28", &other_cell)),
                vec!["io"],
            ),
            (
                "a seat that is not io",
                form(&ps, &all_yes, &both),
                Some(sending("2026-11-28", &other_role)),
                vec!["io"],
            ),
            (
                "sent in the future",
                form(&ps, &all_yes, &both),
                Some(sending("2026-12-01", &seats)),
                vec!["date"],
            ),
            ("no participants", form(&[], &[], &[]), None, vec!["none"]),
        ];
        for (name, f, s, want) in cases {
            assert_eq!(kinds(&gate(&f, s.as_ref())), want, "{name}");
        }
        let not_held = Form {
            meeting_held: false,
            ..form(&ps, &all_yes, &both)
        };
        assert_eq!(kinds(&gate(&not_held, None)), ["not_held"]);
    }

    #[test]
    fn answers_come_from_participants_in_time_to_an_open_form() {
        let ps = [p(1, false, false), p(2, false, true)];
        let f = form(&ps, &[], &[]);
        let t = "2026-11-30";
        assert!(answer(Answer::Consent, "draft", &f, 1, "2026-11-25", t).is_ok());
        assert!(answer(Answer::Confirmation, "approved", &f, 2, "2026-11-25", t).is_ok());
        let refused = [
            (Answer::Consent, "sent", 1, "2026-11-25", "was sent"),
            (
                Answer::Consent,
                "withdrawn",
                1,
                "2026-11-25",
                "is withdrawn",
            ),
            (
                Answer::Consent,
                "draft",
                7,
                "2026-11-25",
                "did not take part",
            ),
            (
                Answer::Confirmation,
                "draft",
                1,
                "2026-11-25",
                "not recorded",
            ),
            (
                Answer::Consent,
                "draft",
                1,
                "2026-11-20",
                "before the meeting",
            ),
            (Answer::Consent, "draft", 1, "2026-11-23", "before the form"),
            (Answer::Consent, "draft", 1, "2026-12-01", "future"),
            (Answer::Consent, "draft", 1, "1999-12-31", "outside"),
        ];
        for (kind, status, who, on, want) in refused {
            let err = answer(kind, status, &f, who, on, t).unwrap_err();
            assert!(err.0.contains(want), "{status} {who} {on}: {}", err.0);
        }
        assert!(in_range("d", "2100-01-01").is_err());
        assert!(in_range("d", "2099-12-31").is_ok());
    }
}
