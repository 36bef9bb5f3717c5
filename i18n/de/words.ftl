
## role
word-role-chair = Vorsitzender
word-role-mayor = Bürgermeister
word-role-io = Information Officer (IO)
word-role-prevention = Präventionsbeauftragter
word-role-partner = ständiger Gast
word-role-ad_hoc = Gast für bestimmte Fälle
word-role-secretariat = Sekretariat

## meeting-status
word-meeting-status-planned = geplant
word-meeting-status-held = abgehalten
word-meeting-status-cancelled = abgesagt

## meeting-kind
word-meeting-kind-case = Fallbesprechung
word-meeting-kind-strategic = strategische Sitzung
word-meeting-kind-mixed = gemischte Sitzung

## sector
word-sector-municipality = Gemeinde
word-sector-local_police = lokale Polizei
word-sector-ocmw = ÖSHZ
word-sector-caw = CAW
word-sector-clb = ZFP
word-sector-school = Schule
word-sector-youth_welfare = Jugendhilfe
word-sector-justice_house = Justizhaus
word-sector-employment = Beschäftigung
word-sector-mental_health = psychische Gesundheit
word-sector-prevention = Prävention
word-sector-other = sonstige

## attendance
word-attendance-present = anwesend
word-attendance-excused = entschuldigt
word-attendance-absent = abwesend

## decision
word-decision-consensus = Konsens
word-decision-chair = Entscheidung des Vorsitzenden
word-decision-postponed = vertagt
word-decision-none = keine Entscheidung

## case-status
word-case-status-signal = Meldung
word-case-status-screening = Vorprüfung
word-case-status-on_list = auf der Fallliste
word-case-status-follow_up = individuelle Begleitung
word-case-status-closed = abgeschlossen
word-case-status-declined = nicht aufgenommen

## bool (yes and no in a table)
word-bool-true = ja
word-bool-false = nein

## mark (rule R12: a minor, beside the age band or the case code)
word-mark-minor = minderjährig

## form-status (a feedback form)
word-form-status-draft = Entwurf
word-form-status-approved = genehmigt
word-form-status-sent = versandt
word-form-status-withdrawn = zurückgezogen
