# Words of the interface for the values a user types (roles, statuses, kinds, sectors): a
# sentence shows them in the interface language. English keeps the value itself.

## role
word-role-chair = chair
word-role-mayor = mayor
word-role-io = io
word-role-prevention = prevention
word-role-partner = partner
word-role-ad_hoc = ad_hoc
word-role-secretariat = secretariat

## meeting-status
word-meeting-status-planned = planned
word-meeting-status-held = held
word-meeting-status-cancelled = cancelled

## meeting-kind
word-meeting-kind-case = case
word-meeting-kind-strategic = strategic
word-meeting-kind-mixed = mixed

## sector
word-sector-municipality = municipality
word-sector-local_police = local_police
word-sector-ocmw = ocmw
word-sector-caw = caw
word-sector-clb = clb
word-sector-school = school
word-sector-youth_welfare = youth_welfare
word-sector-justice_house = justice_house
word-sector-employment = employment
word-sector-mental_health = mental_health
word-sector-prevention = prevention
word-sector-other = other

## attendance
word-attendance-present = present
word-attendance-excused = excused
word-attendance-absent = absent

## decision
word-decision-consensus = consensus
word-decision-chair = chair
word-decision-postponed = postponed
word-decision-none = none

## case-status
word-case-status-signal = signal
word-case-status-screening = screening
word-case-status-on_list = on_list
word-case-status-follow_up = follow_up
word-case-status-closed = closed
word-case-status-declined = declined

## bool (yes and no in a table)
word-bool-true = yes
word-bool-false = no

## mark (rule R12: a minor, beside the age band or the case code)
word-mark-minor = minor

## form-status (a feedback form)
word-form-status-draft = draft
word-form-status-approved = approved
word-form-status-sent = sent
word-form-status-withdrawn = withdrawn
