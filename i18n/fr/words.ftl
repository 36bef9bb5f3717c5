
## role
word-role-chair = président
word-role-mayor = bourgmestre
word-role-io = information officer (IO)
word-role-prevention = fonctionnaire de prévention
word-role-partner = invité permanent
word-role-ad_hoc = invité pour certains dossiers
word-role-secretariat = secrétariat

## meeting-status
word-meeting-status-planned = planifiée
word-meeting-status-held = tenue
word-meeting-status-cancelled = annulée

## meeting-kind
word-meeting-kind-case = concertation de cas
word-meeting-kind-strategic = réunion stratégique
word-meeting-kind-mixed = réunion mixte

## sector
word-sector-municipality = commune
word-sector-local_police = police locale
word-sector-ocmw = CPAS
word-sector-caw = CAW
word-sector-clb = CPMS
word-sector-school = école
word-sector-youth_welfare = aide à la jeunesse
word-sector-justice_house = maison de justice
word-sector-employment = emploi
word-sector-mental_health = santé mentale
word-sector-prevention = prévention
word-sector-other = autre

## attendance
word-attendance-present = présent
word-attendance-excused = excusé
word-attendance-absent = absent

## decision
word-decision-consensus = consensus
word-decision-chair = décision du président
word-decision-postponed = reporté
word-decision-none = pas de décision

## case-status
word-case-status-signal = signalement
word-case-status-screening = examen préalable
word-case-status-on_list = inscrit sur la liste
word-case-status-follow_up = suivi individualisé
word-case-status-closed = clôturé
word-case-status-declined = non retenu

## bool (yes and no in a table)
word-bool-true = oui
word-bool-false = non

## mark (rule R12: a minor, beside the age band or the case code)
word-mark-minor = mineur

## form-status (a feedback form)
word-form-status-draft = brouillon
word-form-status-approved = approuvée
word-form-status-sent = envoyée
word-form-status-withdrawn = retirée
