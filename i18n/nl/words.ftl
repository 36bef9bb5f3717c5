
## role
word-role-chair = voorzitter
word-role-mayor = burgemeester
word-role-io = information officer (IO)
word-role-prevention = preventieambtenaar
word-role-partner = vaste genodigde
word-role-ad_hoc = genodigde voor bepaalde dossiers
word-role-secretariat = secretariaat

## meeting-status
word-meeting-status-planned = gepland
word-meeting-status-held = gehouden
word-meeting-status-cancelled = geannuleerd

## meeting-kind
word-meeting-kind-case = casusoverleg
word-meeting-kind-strategic = strategisch overleg
word-meeting-kind-mixed = gemengd overleg

## sector
word-sector-municipality = gemeente
word-sector-local_police = lokale politie
word-sector-ocmw = OCMW
word-sector-caw = CAW
word-sector-clb = CLB
word-sector-school = school
word-sector-youth_welfare = jeugdhulp
word-sector-justice_house = justitiehuis
word-sector-employment = werk
word-sector-mental_health = geestelijke gezondheid
word-sector-prevention = preventie
word-sector-other = andere

## attendance
word-attendance-present = aanwezig
word-attendance-excused = verontschuldigd
word-attendance-absent = afwezig

## decision
word-decision-consensus = consensus
word-decision-chair = beslissing van de voorzitter
word-decision-postponed = uitgesteld
word-decision-none = geen beslissing

## case-status
word-case-status-signal = aanmelding
word-case-status-screening = screening
word-case-status-on_list = op de casuslijst
word-case-status-follow_up = begeleiding op maat
word-case-status-closed = afgesloten
word-case-status-declined = niet weerhouden

## bool (yes and no in a table)
word-bool-true = ja
word-bool-false = nee

## mark (rule R12: a minor, beside the age band or the case code)
word-mark-minor = minderjarig

## form-status (a feedback form)
word-form-status-draft = ontwerp
word-form-status-approved = goedgekeurd
word-form-status-sent = verzonden
word-form-status-withdrawn = ingetrokken
