//! The agenda of a case consultation (domain.md, "Meetings"): its sections, their labels in each
//! language, and which case goes under which heading on a given date.

use crate::domain::Lang;

/// Agenda sections, in the order of domain.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum Section {
    /// Opening and previous minutes
    Opening,
    /// New signals and screening outcomes
    Signals,
    /// Cases newly on the case list
    NewOnList,
    /// Follow-up: reviews due
    Reviews,
    /// Follow-up: overdue actions
    OverdueActions,
    /// Feedback forms to decide
    Feedback,
    /// Closure proposals
    Closures,
    /// Policy and trends (no case data)
    Policy,
    /// Any other business and next date
    Aob,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Opening,
        Section::Signals,
        Section::NewOnList,
        Section::Reviews,
        Section::OverdueActions,
        Section::Feedback,
        Section::Closures,
        Section::Policy,
        Section::Aob,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Section::Opening => "opening",
            Section::Signals => "signals",
            Section::NewOnList => "new_on_list",
            Section::Reviews => "reviews",
            Section::OverdueActions => "overdue_actions",
            Section::Feedback => "feedback",
            Section::Closures => "closures",
            Section::Policy => "policy",
            Section::Aob => "aob",
        }
    }

    pub fn parse(s: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Whether items of this section are about one case.
    pub fn is_case_section(self) -> bool {
        !matches!(self, Section::Opening | Section::Policy | Section::Aob)
    }

    /// The heading in a document language.
    pub fn label(self, lang: Lang) -> &'static str {
        use Lang::*;
        use Section::*;
        // i18n-ok-begin: document (the cell's language; the interface borrows them per language)
        match (self, lang) {
            (Opening, Nl) => "Opening en goedkeuring van het vorige verslag",
            (Opening, Fr) => "Ouverture et approbation du procès-verbal précédent",
            (Opening, De) => "Eröffnung und Genehmigung des letzten Protokolls",
            (Opening, En) => "Opening and previous minutes",
            (Signals, Nl) => "Nieuwe aanmeldingen en screening",
            (Signals, Fr) => "Nouveaux signalements et screening",
            (Signals, De) => "Neue Meldungen und Screening",
            (Signals, En) => "New signals and screening",
            (NewOnList, Nl) => "Nieuw op de casuslijst",
            (NewOnList, Fr) => "Nouveaux cas sur la liste",
            (NewOnList, De) => "Neu auf der Fallliste",
            (NewOnList, En) => "Newly on the case list",
            (Reviews, Nl) => "Opvolging: evaluaties",
            (Reviews, Fr) => "Suivi : évaluations",
            (Reviews, De) => "Begleitung: Überprüfungen",
            (Reviews, En) => "Follow-up: reviews due",
            (OverdueActions, Nl) => "Opvolging: acties over tijd",
            (OverdueActions, Fr) => "Suivi : actions en retard",
            (OverdueActions, De) => "Begleitung: überfällige Maßnahmen",
            (OverdueActions, En) => "Follow-up: overdue actions",
            (Feedback, Nl) => "Terugkoppelingsfiches ter beslissing",
            (Feedback, Fr) => "Fiches de retour à décider",
            (Feedback, De) => "Rückmeldebögen zur Entscheidung",
            (Feedback, En) => "Feedback forms to decide",
            (Closures, Nl) => "Voorstellen tot afsluiting",
            (Closures, Fr) => "Propositions de clôture",
            (Closures, De) => "Vorschläge zum Abschluss",
            (Closures, En) => "Closure proposals",
            (Policy, Nl) => "Beleid en tendensen (zonder casusgegevens)",
            (Policy, Fr) => "Politique et tendances (sans données de cas)",
            (Policy, De) => "Politik und Tendenzen (ohne Falldaten)",
            (Policy, En) => "Policy and trends (no case data)",
            (Aob, Nl) => "Varia en volgende vergadering",
            (Aob, Fr) => "Divers et prochaine réunion",
            (Aob, De) => "Verschiedenes und nächste Sitzung",
            (Aob, En) => "Any other business and next meeting",
        }
        // i18n-ok-end
    }
}

/// What the drafting rule needs to know about a case on the meeting's date.
#[derive(Debug, Clone)]
pub struct CaseState {
    pub case_id: i64,
    pub status: String,
    pub next_review_on: Option<String>,
    /// Actions not done whose due date is before the meeting date.
    pub overdue_actions: i64,
    pub open_actions: i64,
    pub done_actions: i64,
    /// A feedback form waiting for the cell's decision.
    pub feedback_pending: bool,
}

/// The section a case belongs under on `date` (ISO), if any. A case appears once, under its
/// most urgent reason: a feedback form waiting for the cell's decision first (the LTF waits for
/// it, and the case is discussed there), else the first heading that applies:
/// - `signal` and `screening` cases: new signals and screening;
/// - `on_list` cases: newly on the case list;
/// - `follow_up` cases whose review is due by the meeting date: a closure proposal when all
///   their actions are done, a review otherwise;
/// - other `follow_up` cases with overdue actions: overdue actions.
pub fn section_for(c: &CaseState, date: &str) -> Option<Section> {
    if c.feedback_pending {
        return Some(Section::Feedback);
    }
    let review_due = c.next_review_on.as_deref().is_some_and(|n| n <= date);
    match c.status.as_str() {
        "signal" | "screening" => Some(Section::Signals),
        "on_list" => Some(Section::NewOnList),
        "follow_up" if review_due && c.open_actions == 0 && c.done_actions > 0 => {
            Some(Section::Closures)
        }
        "follow_up" if review_due => Some(Section::Reviews),
        "follow_up" if c.overdue_actions > 0 => Some(Section::OverdueActions),
        _ => None,
    }
}

/// The fixed items every agenda has.
pub const FIXED: [Section; 3] = [Section::Opening, Section::Policy, Section::Aob];

#[cfg(test)]
mod tests {
    use super::*;

    fn state(status: &str, review: &str, overdue: i64, open: i64, done: i64) -> CaseState {
        CaseState {
            case_id: 1,
            status: status.into(),
            next_review_on: Some(review.into()),
            overdue_actions: overdue,
            open_actions: open,
            done_actions: done,
            feedback_pending: false,
        }
    }

    #[test]
    fn which_heading_on_which_date() {
        let d = "2026-12-07";
        assert_eq!(
            section_for(&state("signal", "2027-03-01", 0, 0, 0), d),
            Some(Section::Signals)
        );
        assert_eq!(
            section_for(&state("screening", "2027-03-01", 0, 0, 0), d),
            Some(Section::Signals)
        );
        assert_eq!(
            section_for(&state("on_list", "2027-03-01", 0, 0, 0), d),
            Some(Section::NewOnList)
        );
        assert_eq!(
            section_for(&state("follow_up", "2026-12-07", 0, 1, 0), d),
            Some(Section::Reviews)
        );
        assert_eq!(
            section_for(&state("follow_up", "2026-12-01", 1, 1, 0), d),
            Some(Section::Reviews)
        );
        assert!(section_for(&state("follow_up", "2026-12-08", 0, 1, 0), d).is_none());
        assert_eq!(
            section_for(&state("follow_up", "2026-12-08", 2, 2, 0), d),
            Some(Section::OverdueActions)
        );
        assert_eq!(
            section_for(&state("follow_up", "2026-12-01", 0, 0, 3), d),
            Some(Section::Closures)
        );
        assert!(section_for(&state("closed", "2026-12-01", 0, 0, 0), d).is_none());
        // Once, under the most urgent reason: a form waiting for a decision.
        let mut waiting = state("follow_up", "2026-12-01", 1, 1, 0);
        waiting.feedback_pending = true;
        assert_eq!(section_for(&waiting, d), Some(Section::Feedback));
    }

    #[test]
    fn sections_are_ordered_and_labelled() {
        let mut sorted = Section::ALL;
        sorted.sort();
        assert_eq!(sorted, Section::ALL);
        for s in Section::ALL {
            assert_eq!(Section::parse(s.as_str()), Some(s));
            for l in [Lang::Nl, Lang::Fr, Lang::De, Lang::En] {
                assert!(!s.label(l).is_empty());
            }
        }
    }
}
