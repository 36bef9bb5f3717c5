# The case area: `livcr case …` and `livcr action …`, the case writer's refusals.
# Placeables are { $name }; plural forms use { $count -> [one] … *[other] … }.

## Dates given for a case

case-date-in-future = { $what } { $date } is in the future
case-date-in-future-hint = record what happened on or before today
case-on-before-opened = --on { $on } is before the case was opened ({ $earliest })
case-on-before-closed = --on { $on } is before the case was closed ({ $earliest })
case-on-before-hint = give the date on which it happened

## Coverage of the case's municipality

case-coverage-none-hint = a case belongs to a municipality of the cell; `livcr cell show { $cell }` lists them
case-coverage-span-until = from { $from } until { $until }
case-coverage-span-open = from { $from }
case-coverage-and = {" and "}
case-coverage-covered = { $municipality } is covered by this cell { $periods }
case-coverage-older-hint = { $covered }; to enter older cases, move the cell's establishment date first: `livcr cell edit { $cell } --established DATE` (the municipalities that began with the cell move with it)
case-not-covered = { $municipality } ({ $nis }) is not covered by cell { $cell } on { $on }

## case open

case-ask-municipality = Municipality of the case
case-ask-municipality-other = another municipality: search by name
case-ask-source = Who reported the concern
case-ask-phenomenon = Phenomenon
case-ask-age-band = Age band (never a date of birth)
case-police-through-io = { $org } is the local police: a signal from the police comes through the IO (--source io)
case-police-through-io-hint = use --source io, or `livcr referral in` for a referral from the LTF
case-io-source-not-police = --source io is a signal through the IO; { $org } is not the local police
case-io-source-no-io = --source io needs an active Information Officer in cell { $cell } on { $on }; the IO is the only bridge to the Local Taskforce
case-io-source-no-io-hint = record the IO first with `livcr member add NAME --org POLICE --role io`
case-no-free-code = could not draw a free case code; try again
case-opened = opened case { $code } ({ $municipality }, { $phenomenon }, { $age_band }), first review by { $next }
case-opened-minor = the case concerns a minor (rule R12); it is marked in lists and on forms

## case show

case-event-next-review = next review { $date }
case-event-decided-by = decided by { $name }
case-show-minor-band = { $band } (MINOR, rule R12)
case-section-journal = Journal
case-section-actions = Actions
case-section-referrals = Referrals (via the IO)
case-section-forms = Feedback forms
case-unknown-stored-status = unknown stored status { $status }

## case move, note, lead, review, close, reopen

case-move-hint-close-only = from { $from } a case can move to: closed only, with `livcr case close`
case-move-hint-or-close = from { $from } a case can move to: { $allowed }; or close it with `livcr case close`
case-move-hint = from { $from } a case can move to: { $allowed }
case-cannot-move = case { $code } cannot move from { $from } to { $to }
case-moved = case { $code } moved from { $from } to { $to }
case-declined-purge = declined: the case is due for purge on { $date } (rule R11)
case-note-added = note added to case { $code }
case-lead-not-open = case { $code } is { $status }; reopen it before changing the lead
case-lead-set = { $org } leads the follow-up of case { $code }
case-review-not-open = case { $code } is { $status }; only open cases are reviewed
case-review-not-open-hint = reopen it first with `livcr case reopen` if it needs follow-up again
case-review-next-not-after = the next review ({ $next }) must come after this review ({ $on })
case-review-next-not-after-hint = give a later --next date or an --interval like 8w
case-reviewed = case { $code } reviewed on { $on }; next review { $next }
case-cannot-close = case { $code } is { $status } and cannot be closed
case-cannot-close-hint-decline = a case not taken by the cell is declined: `livcr case move CODE --to declined`
case-cannot-close-hint-done = it is already closed or declined
case-closed = case { $code } closed ({ $reason }); due for purge on { $purge }
case-closed-open-actions = { $count ->
    [one] { $count } action of this case is still open; mark them done or leave them for the record
   *[other] { $count } actions of this case are still open; mark them done or leave them for the record
}
case-reopen-not-closed = case { $code } is { $status }, not closed
case-reopened = case { $code } reopened as { $status }; next review { $next }

## action add, list, done, edit

case-action-empty = empty action text; say what is to be done
case-action-on-future = --on { $on } is in the future
case-action-case-not-open = case { $code } is { $status }; actions belong to open cases
case-action-case-not-open-hint = reopen it first with `livcr case reopen`
case-action-on-before-opened = --on { $on } is before the case was opened ({ $opened })
case-action-added = action { $id } for case { $code }: { $org } by { $due }
case-action-due-passed = the due date { $due } has already passed
case-action-not-found = no action with id { $id }
case-action-not-found-hint = list them with `livcr action list --all`
case-action-already-done = action { $id } was already done on { $on }
case-action-on-before-created = --on { $on } is before the action was created ({ $created })
case-action-done = action { $id } of case { $code } done on { $on }
case-action-field-owner = owner
case-action-field-due = due on
case-action-field-text = text
case-action-nothing-to-change = nothing to change
case-action-nothing-to-change-hint = give --org, --due or --text
case-action-updated = action { $id } updated: { $fields }

## Errors while reading or writing the file (context of an error)

case-ctx-reading-the-cases-age-band = reading the case's age band
case-ctx-reading-case-codes = reading case codes
case-ctx-reading-cases = reading cases
case-ctx-opening-the-case = opening the case
case-ctx-reading-the-cells-coverage = reading the cell's coverage
case-ctx-reading-the-case = reading the case
case-ctx-writing-the-case-journal = writing the case journal
case-ctx-reading-the-case-journal = reading the case journal
case-ctx-adding-the-action = adding the action
case-ctx-reading-the-action = reading the action
case-ctx-reading-actions = reading actions
case-ctx-reading-cases-due-for-purge = reading cases due for purge
case-ctx-keeping-anonymous-counts = keeping anonymous counts
case-ctx-writing-the-destruction-register = writing the destruction register
case-ctx-reading-the-cases-actions = reading the case's actions
case-ctx-reading-the-state-of-the-cases = reading the state of the cases
case-ctx-reading-case = reading case
case-ctx-reading-the-organisations-cases = reading the organisation's cases
case-ctx-updating-case = updating case { $code }
case-ctx-updating-action = updating action { $id }
case-ctx-deleting-case = deleting case { $code }

## The names under which the case writer checks a value (they open the checks' messages)

case-field-next-review = the next review
case-field-opening-date = the opening date
case-field-purge-date = the purge date
case-field-summary = summary
case-field-note = note
case-field-decision = decision
case-field-reason = reason
case-field-journal-text = journal text
case-field-date = the date
case-field-action = action
case-field-due-date = the due date

## The case writer's rules (R9, R10, R11)

case-review-too-far = the next review of case { $code } ({ $next }) lies more than { $weeks } weeks ahead (rule R10); the latest is { $latest }
case-review-too-far-after = the next review ({ $next }) lies more than { $weeks } weeks after the review of { $on } (rule R10); the latest is { $latest }
case-review-too-far-hint = give an earlier --next date or an --interval of at most 104w
case-past-retention = case { $code } is past its retention: its retention ended on { $due } (rule R11), judged on today's date; it can no longer be reopened, noted, given actions or put on an agenda
case-past-retention-hint = purge it with `livcr purge --dry-run`, then `livcr purge --yes`; open a new case if the concern is back
case-list-needs-decider = putting case { $code } on the case list needs --decided-by: only the chair or the mayor of its municipality decides (rule R9)
case-list-needs-decider-hint = give --decided-by MEMBER (the chair, or the mayor of the case's municipality, holding that seat on the date of the decision)
case-member-fallback = member { $id }
case-list-decider-refused = { $name } (#{ $id }) may not put case { $code } on the case list: only the chair or the mayor of { $municipality } decides (rule R9); on { $on } { $name } holds { $count ->
    [0] no seat in the cell
    [one] the seat: { $seats }
   *[other] the seats: { $seats }
}
case-list-decider-refused-hint = give the chair or that municipality's mayor with --decided-by
case-status-out-of-order = this change of status is dated { $on }, before the case's previous change on { $last }
case-status-out-of-order-hint = date it on or after { $last } (--on)
case-open-not-covered = the case cannot be opened: its cell no longer covers { $municipality }, and a case belongs to the cell that covers its municipality today (rule R9); nothing was recorded
case-open-not-covered-hint = open it in the cell that covers the municipality now
case-open-no-longer-covered = case { $code } would be open in a cell that no longer covers { $municipality } (rule R9): a case belongs to the cell that covers its municipality today
case-open-no-longer-covered-hint = reopen it in the cell that covers the municipality now
case-ctx-reading-case-code = reading case { $code }
