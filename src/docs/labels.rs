//! Labels of documents in NL, FR, DE (provisional, see domain.md) and EN.

use crate::domain::Lang;

/// (key, nl, fr, de, en)
const LABELS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "monthly_report",
        "Maandcijfers",
        "Chiffres du mois",
        "Monatszahlen",
        "Monthly figures",
    ),
    (
        "annual_report",
        "Jaarverslag in cijfers",
        "Rapport annuel en chiffres",
        "Jahresbericht in Zahlen",
        "Annual report in figures",
    ),
    (
        "suppression_note",
        "x = verborgen: een klein aantal, of een getal waaruit men er een zou kunnen afleiden. Zo is niemand herkenbaar; klein is minder dan",
        "x = masqué : un petit nombre, ou un chiffre dont on pourrait en déduire un. Ainsi personne n'est reconnaissable ; petit veut dire moins de",
        "x = verborgen: eine kleine Zahl oder eine Zahl, aus der sich eine solche ableiten ließe. So ist niemand erkennbar; klein heißt weniger als",
        "x = hidden: a small count, or a figure from which one could be worked out. So nobody can be recognised; small means below",
    ),
    (
        "whole_cell",
        "Hele cel",
        "Cellule entière",
        "Gesamte Zelle",
        "Whole cell",
    ),
    ("measure", "Indicator", "Indicateur", "Kennzahl", "Measure"),
    (
        "breakdown",
        "Uitsplitsing",
        "Ventilation",
        "Aufschlüsselung",
        "Breakdown",
    ),
    ("value", "Aantal", "Nombre", "Anzahl", "Value"),
    ("month", "Maand", "Mois", "Monat", "Month"),
    ("year_total", "Jaar", "Année", "Jahr", "Year"),
    (
        "measure.cases_opened",
        "Nieuwe casussen",
        "Nouveaux cas",
        "Neue Fälle",
        "Cases opened",
    ),
    (
        "measure.cases_closed",
        "Afgesloten casussen",
        "Cas clôturés",
        "Abgeschlossene Fälle",
        "Cases closed",
    ),
    (
        "measure.cases_declined",
        "Niet weerhouden",
        "Non retenus",
        "Nicht aufgenommen",
        "Cases declined",
    ),
    (
        "measure.cases_active",
        "Lopende casussen (einde maand)",
        "Cas en cours (fin du mois)",
        "Laufende Fälle (Monatsende)",
        "Cases active at month end",
    ),
    (
        "measure.reviews_done",
        "Evaluaties",
        "Évaluations",
        "Überprüfungen",
        "Reviews done",
    ),
    (
        "measure.reviews_overdue",
        "Evaluaties over tijd",
        "Évaluations en retard",
        "Überfällige Überprüfungen",
        "Reviews overdue",
    ),
    (
        "measure.actions_created",
        "Nieuwe acties",
        "Nouvelles actions",
        "Neue Maßnahmen",
        "Actions created",
    ),
    (
        "measure.actions_done",
        "Uitgevoerde acties",
        "Actions réalisées",
        "Erledigte Maßnahmen",
        "Actions done",
    ),
    (
        "measure.actions_overdue",
        "Acties over tijd",
        "Actions en retard",
        "Überfällige Maßnahmen",
        "Actions overdue",
    ),
    (
        "measure.referrals_in",
        "Doorverwijzingen van de LTF",
        "Renvois de la TFL",
        "Überweisungen der LTF",
        "Referrals in",
    ),
    (
        "measure.referrals_out",
        "Doorverwijzingen naar de LTF",
        "Renvois vers la TFL",
        "Überweisungen an die LTF",
        "Referrals out",
    ),
    (
        "measure.feedback_forms_sent",
        "Verzonden terugkoppelingsfiches",
        "Fiches de retour envoyées",
        "Versandte Rückmeldebögen",
        "Feedback forms sent",
    ),
    (
        "measure.meetings_held",
        "Gehouden overlegmomenten",
        "Réunions tenues",
        "Abgehaltene Sitzungen",
        "Meetings held",
    ),
    (
        "measure.attendance_rate_pct",
        "Aanwezigheid (%)",
        "Taux de présence (%)",
        "Anwesenheit (%)",
        "Attendance rate (%)",
    ),
    (
        "source.partner",
        "partner",
        "partenaire",
        "Partner",
        "partner",
    ),
    (
        "source.io",
        "IO (namens de LTF)",
        "IO (pour la TFL)",
        "IO (für die LTF)",
        "IO (for the LTF)",
    ),
    (
        "source.municipal_service",
        "gemeentelijke dienst",
        "service communal",
        "Gemeindedienst",
        "municipal service",
    ),
    (
        "source.citizen_or_family",
        "burger of familie",
        "citoyen ou famille",
        "Bürger oder Familie",
        "citizen or family",
    ),
    ("source.other", "andere", "autre", "andere", "other"),
    (
        "close_reason.goals_reached",
        "doelen bereikt",
        "objectifs atteints",
        "Ziele erreicht",
        "goals reached",
    ),
    (
        "close_reason.moved_away",
        "verhuisd",
        "déménagé",
        "weggezogen",
        "moved away",
    ),
    (
        "close_reason.judicial_track",
        "gerechtelijk traject",
        "voie judiciaire",
        "Justizweg",
        "judicial track",
    ),
    (
        "close_reason.no_cooperation",
        "geen medewerking",
        "pas de collaboration",
        "keine Mitarbeit",
        "no cooperation",
    ),
    (
        "close_reason.outside_remit",
        "buiten opdracht",
        "hors mission",
        "außerhalb des Auftrags",
        "outside remit",
    ),
    ("close_reason.other", "andere", "autre", "andere", "other"),
    (
        "feedback_form",
        "Terugkoppelingsfiche",
        "Fiche de retour",
        "Rückmeldebogen",
        "Feedback form",
    ),
    (
        "form_text",
        "Terugkoppeling",
        "Retour",
        "Rückmeldung",
        "Feedback",
    ),
    (
        "consented",
        "Deelnemers die instemden",
        "Participants ayant consenti",
        "Teilnehmende, die zugestimmt haben",
        "Participants who consented",
    ),
    (
        "meeting_item",
        "Overleg en agendapunt",
        "Réunion et point",
        "Sitzung und Punkt",
        "Meeting and item",
    ),
    (
        "via_io",
        "Overgemaakt via de information officer",
        "Transmis via l'information officer",
        "Übermittelt über den Information Officer",
        "Handed over via the Information Officer",
    ),
    (
        "minor_mark",
        "MINDERJARIGE",
        "MINEUR",
        "MINDERJÄHRIG",
        "MINOR",
    ),
    (
        "municipality",
        "Gemeente",
        "Commune",
        "Gemeinde",
        "Municipality",
    ),
    (
        "form_status",
        "Status van de fiche",
        "Statut de la fiche",
        "Status des Bogens",
        "Form status",
    ),
    (
        "form_basis",
        "Opgesteld met de consensus van alle deelnemers aan het agendapunt (art. 458ter Sw., GwH 52/2021); bevat geen informatie die onder het beroepsgeheim valt.",
        "Établie avec le consensus de tous les participants au point (art. 458ter C. pén., C. const. 52/2021) ; ne contient aucune information couverte par le secret professionnel.",
        "Mit dem Konsens aller Teilnehmenden am Punkt erstellt (Art. 458ter StGB, VerfGH 52/2021); enthält keine dem Berufsgeheimnis unterliegenden Informationen.",
        "Drawn up with the consensus of all participants of the item (art. 458ter Criminal Code, Constitutional Court 52/2021); contains no information covered by professional secrecy.",
    ),
    (
        "form_not_sent",
        "ONTWERP — niet verzonden: de fiche kreeg (nog) niet de instemming van alle deelnemers en mag de cel niet verlaten.",
        "PROJET — non envoyée : la fiche n'a pas (encore) l'accord de tous les participants et ne peut pas quitter la cellule.",
        "ENTWURF — nicht versandt: der Bogen hat (noch) nicht die Zustimmung aller Teilnehmenden und darf die Zelle nicht verlassen.",
        "DRAFT — not sent: the form does not (yet) have the consent of every participant and must not leave the cell.",
    ),
    ("form.draft", "ontwerp", "projet", "Entwurf", "draft"),
    (
        "form.approved",
        "goedgekeurd",
        "approuvée",
        "genehmigt",
        "approved",
    ),
    ("form.sent", "verzonden", "envoyée", "versandt", "sent"),
    (
        "form.withdrawn",
        "ingetrokken",
        "retirée",
        "zurückgezogen",
        "withdrawn",
    ),
    (
        "agenda",
        "Agenda",
        "Ordre du jour",
        "Tagesordnung",
        "Agenda",
    ),
    (
        "minutes",
        "Verslag",
        "Procès-verbal",
        "Protokoll",
        "Minutes",
    ),
    (
        "meeting.case",
        "casusoverleg",
        "concertation de cas",
        "Fallbesprechung",
        "case consultation",
    ),
    (
        "meeting.strategic",
        "strategisch overleg",
        "réunion stratégique",
        "strategische Sitzung",
        "strategic meeting",
    ),
    (
        "meeting.mixed",
        "casus- en strategisch overleg",
        "concertation de cas et réunion stratégique",
        "Fall- und strategische Sitzung",
        "case and strategic meeting",
    ),
    ("cell", "Cel", "Cellule", "Zelle", "Cell"),
    ("date", "Datum", "Date", "Datum", "Date"),
    ("time", "Uur", "Heure", "Uhrzeit", "Time"),
    ("location", "Plaats", "Lieu", "Ort", "Location"),
    ("status", "Status", "Statut", "Status", "Status"),
    (
        "cancelled",
        "GEANNULEERD",
        "ANNULÉE",
        "ABGESAGT",
        "CANCELLED",
    ),
    (
        "copy_for",
        "Exemplaar voor",
        "Exemplaire pour",
        "Exemplar für",
        "Copy for",
    ),
    (
        "copy_note",
        "Dit exemplaar bevat enkel de casussen waarbij uw organisatie betrokken is.",
        "Cet exemplaire ne contient que les cas dans lesquels votre organisation est impliquée.",
        "Dieses Exemplar enthält nur die Fälle, an denen Ihre Organisation beteiligt ist.",
        "This copy holds only the cases your organisation is involved in.",
    ),
    ("case", "Casus", "Cas", "Fall", "Case"),
    ("minor", "minderjarig", "mineur", "minderjährig", "minor"),
    ("present", "Aanwezig", "Présents", "Anwesend", "Present"),
    (
        "excused",
        "Verontschuldigd",
        "Excusés",
        "Entschuldigt",
        "Excused",
    ),
    ("absent", "Afwezig", "Absents", "Abwesend", "Absent"),
    (
        "attendance",
        "Aanwezigheden",
        "Présences",
        "Anwesenheit",
        "Attendance",
    ),
    (
        "items",
        "Agendapunten en beslissingen",
        "Points et décisions",
        "Punkte und Beschlüsse",
        "Items and decisions",
    ),
    (
        "decision",
        "Beslissing",
        "Décision",
        "Beschluss",
        "Decision",
    ),
    (
        "participants",
        "Deelnemers aan dit punt",
        "Participants à ce point",
        "Teilnehmende an diesem Punkt",
        "Took part in this item",
    ),
    (
        "left",
        "Verliet de zaal",
        "A quitté la salle",
        "Verließ den Raum",
        "Left the room",
    ),
    ("joined", "Schoof aan", "A rejoint", "Kam hinzu", "Joined"),
    ("actions", "Acties", "Actions", "Maßnahmen", "Actions"),
    (
        "owner",
        "Verantwoordelijke",
        "Responsable",
        "Verantwortlich",
        "Owner",
    ),
    ("due", "Tegen", "Échéance", "Fällig", "Due"),
    (
        "text",
        "Omschrijving",
        "Description",
        "Beschreibung",
        "Description",
    ),
    ("none", "geen", "aucun", "keine", "none"),
    (
        "no_decision",
        "nog geen beslissing",
        "pas encore de décision",
        "noch kein Beschluss",
        "no decision yet",
    ),
    (
        "forced",
        "Afgesloten zonder de wettelijke aanwezigheid",
        "Clôturée sans la présence légale",
        "Ohne die gesetzliche Anwesenheit abgeschlossen",
        "Closed without the statutory presence",
    ),
    ("held", "gehouden", "tenue", "abgehalten", "held"),
    ("planned", "gepland", "prévue", "geplant", "planned"),
    (
        "decision.consensus",
        "consensus",
        "consensus",
        "Konsens",
        "consensus",
    ),
    (
        "decision.chair",
        "beslissing van de voorzitter",
        "décision du président",
        "Entscheidung des Vorsitzes",
        "chair's decision",
    ),
    (
        "decision.postponed",
        "uitgesteld",
        "reporté",
        "vertagt",
        "postponed",
    ),
    (
        "decision.none",
        "geen beslissing",
        "pas de décision",
        "kein Beschluss",
        "no decision",
    ),
    (
        "status.signal",
        "aanmelding",
        "signalement",
        "Meldung",
        "signal",
    ),
    (
        "status.screening",
        "screening",
        "screening",
        "Screening",
        "screening",
    ),
    (
        "status.on_list",
        "op de casuslijst",
        "sur la liste des cas",
        "auf der Fallliste",
        "on the case list",
    ),
    (
        "status.follow_up",
        "begeleiding op maat",
        "suivi individualisé",
        "individuelle Begleitung",
        "tailored follow-up",
    ),
    (
        "status.closed",
        "afgesloten",
        "clôturé",
        "abgeschlossen",
        "closed",
    ),
    (
        "status.declined",
        "niet weerhouden",
        "non retenu",
        "nicht aufgenommen",
        "declined",
    ),
    (
        "phenomenon.religious",
        "religieus geïnspireerd",
        "d'inspiration religieuse",
        "religiös motiviert",
        "religiously inspired",
    ),
    (
        "phenomenon.right_wing",
        "extreemrechts",
        "extrême droite",
        "rechtsextrem",
        "right-wing",
    ),
    (
        "phenomenon.left_wing",
        "extreemlinks",
        "extrême gauche",
        "linksextrem",
        "left-wing",
    ),
    (
        "phenomenon.anti_government",
        "anti-overheid of complotdenken",
        "anti-gouvernemental ou complotiste",
        "staatsfeindlich oder verschwörungsgläubig",
        "anti-government or conspiracy",
    ),
    (
        "phenomenon.single_issue",
        "single issue",
        "single issue",
        "Single Issue",
        "single issue",
    ),
    (
        "phenomenon.mixed",
        "gemengd of onduidelijk",
        "mixte ou peu clair",
        "gemischt oder unklar",
        "mixed or unclear",
    ),
    ("phenomenon.other", "ander", "autre", "andere", "other"),
    (
        "age_band.under_12",
        "jonger dan 12",
        "moins de 12 ans",
        "unter 12",
        "under 12",
    ),
    (
        "age_band.12_17",
        "12–17 jaar",
        "12–17 ans",
        "12–17 Jahre",
        "12–17",
    ),
    (
        "age_band.18_24",
        "18–24 jaar",
        "18–24 ans",
        "18–24 Jahre",
        "18–24",
    ),
    (
        "age_band.25_plus",
        "25 jaar en ouder",
        "25 ans et plus",
        "25 Jahre und älter",
        "25 and over",
    ),
    (
        "age_band.unknown",
        "leeftijd onbekend",
        "âge inconnu",
        "Alter unbekannt",
        "age unknown",
    ),
    (
        "confidential",
        "VERTROUWELIJK — beroepsgeheim (art. 458ter Strafwetboek) — niet verspreiden",
        "CONFIDENTIEL — secret professionnel (art. 458ter Code pénal) — ne pas diffuser",
        "VERTRAULICH — Berufsgeheimnis (Art. 458ter Strafgesetzbuch) — nicht weitergeben",
        "CONFIDENTIAL — professional secrecy (art. 458ter Criminal Code) — do not distribute",
    ),
    ("page", "Pagina", "Page", "Seite", "Page"),
];

/// The label for `key` in `lang`; the key itself when unknown (visible in review, never a
/// panic).
pub fn t(lang: Lang, key: &str) -> &'static str {
    LABELS
        .iter()
        .find(|row| row.0 == key)
        .map(|row| match lang {
            Lang::Nl => row.1,
            Lang::Fr => row.2,
            Lang::De => row.3,
            Lang::En => row.4,
        })
        .unwrap_or("?")
}

/// The coded value `token` of `kind` (status, phenomenon, age_band, decision) in `lang`.
pub fn vocab(lang: Lang, kind: &str, token: &str) -> String {
    let key = format!("{kind}.{token}");
    match t(lang, &key) {
        "?" => token.to_string(),
        s => s.to_string(),
    }
}

pub fn confidential(lang: Lang) -> &'static str {
    t(lang, "confidential")
}

/// "Page", before the page number in a printed document's margin.
pub fn page(lang: Lang) -> &'static str {
    t(lang, "page")
}

/// A time written the local way: nl `14.00 uur`, fr `14 h 00`, de `14:00 Uhr`, en `14:00`.
pub fn time_local(hhmm: &str, lang: Lang) -> String {
    let (h, m) = hhmm.split_once(':').unwrap_or((hhmm, "00"));
    match lang {
        Lang::Nl => format!("{h}.{m} uur"),
        Lang::Fr => format!("{} h {m}", h.trim_start_matches('0').max("0")),
        Lang::De => format!("{h}:{m} Uhr"),
        Lang::En => format!("{h}:{m}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_unique_and_translated() {
        let mut keys: Vec<&str> = LABELS.iter().map(|r| r.0).collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(n, keys.len(), "duplicate label keys");
        for row in LABELS {
            assert!(
                !row.1.is_empty() && !row.2.is_empty() && !row.3.is_empty() && !row.4.is_empty()
            );
        }
        assert_eq!(t(Lang::Fr, "agenda"), "Ordre du jour");
        assert_eq!(vocab(Lang::Nl, "status", "on_list"), "op de casuslijst");
        assert_eq!(time_local("09:30", Lang::Fr), "9 h 30");
        assert_eq!(time_local("14:00", Lang::Nl), "14.00 uur");
    }
}
