# The feedback area: `livcr referral …` and `livcr feedback …`, the consensus gate (rule R7).
# Placeables are { $name }; plural forms use { $count -> [one] … *[other] … }.

## The consensus gate (rule R7)

feedback-problem-not-held = the meeting of the item is not held
feedback-problem-no-participants = the item has no recorded participants
feedback-problem-refused = did not consent: { $names }
feedback-problem-missing = no answer yet from: { $names }
feedback-problem-unconfirmed = no confirmation that the form holds no professional secret from: { $names }
feedback-problem-answered-later = answered only after the sending date: { $names }
feedback-problem-no-io = { $io } holds no io seat in force in the form's cell on { $on }; a form leaves only through an active Information Officer
feedback-date-future = { $what } { $on } is in the future
feedback-date-before-meeting = { $what } { $on } is before the meeting where the form was decided ({ $meeting })
feedback-date-before-draft = { $what } { $on } is before the form was drafted ({ $drafted })
feedback-date-out-of-range = { $what } { $on } is outside { $first }..{ $last }, the dates the file keeps
feedback-field-form-text = form text
feedback-field-sending-date = the sending date
feedback-field-consent-date = the consent's date
feedback-field-confirmation-date = the confirmation's date
feedback-answer-form-sent = the form was sent; its answers can no longer change
feedback-answer-form-withdrawn = the form is withdrawn; its answers can no longer change
feedback-answer-form-fixed-hint = a sent form is fixed with its answers; a withdrawn one is replaced by a new draft
feedback-answer-not-participant = member { $id } did not take part in the item where the form was decided
feedback-answer-not-participant-hint = only the participants of that item answer; `livcr feedback show ID --format json` lists them
feedback-answer-not-secret-holder = { $member } is not recorded as a holder of professional secrecy
feedback-answer-not-secret-holder-hint = only secret-holders confirm; if they are one, record it with `livcr member edit { $id } --secret-holder true`
feedback-answer-date-hint = give --on a date from the meeting until today

## Errors while reading or writing the file (context of an error)

feedback-ctx-recording-the-referral = recording the referral
feedback-ctx-reading-the-referral = reading the referral
feedback-ctx-reading-referrals = reading referrals
feedback-ctx-drafting-the-feedback-form = drafting the feedback form
feedback-ctx-reading-the-feedback-form = reading the feedback form
feedback-ctx-reading-feedback-forms = reading feedback forms
feedback-ctx-reading-the-items-participants = reading the item's participants
feedback-ctx-reading-confirmations = reading confirmations
feedback-ctx-reading-consents = reading consents
feedback-ctx-recording-the-consent = recording the consent
feedback-ctx-recording-the-confirmation = recording the confirmation
feedback-ctx-writing-the-disclosure-register = writing the disclosure register
feedback-ctx-reading-the-disclosure-register = reading the disclosure register
feedback-ctx-reading-pending-feedback-forms = reading pending feedback forms
feedback-ctx-updating-referral = updating referral { $id }

## The referral and form writer

feedback-field-form = feedback form
feedback-field-the-form = the feedback form
feedback-field-referral-note = referral note
feedback-field-referral-date = the referral's date
feedback-field-status-date = the status date
feedback-field-feedback-date = the feedback date
feedback-form-not-found = no feedback form { $id }
feedback-referral-not-found = no referral with id { $id }
feedback-member-not-found = no member with id { $id }
feedback-referral-outbound-status = referral { $id } is an outbound feedback form; its status follows the form
feedback-referral-is-outbound = referral { $id } is itself an outbound feedback form
feedback-date-before-referral = { $what } { $on } is before the referral ({ $referral })
feedback-form-other-case = feedback form { $form } is about case { $form_case }, referral { $referral } about case { $referral_case }
feedback-form-other-case-hint = name a sent form of the referral's case with --form
feedback-form-not-sent = feedback form { $id } is { $status }, not sent; feedback reaches the LTF only as a form sent through the consensus gate (rule R7)
feedback-form-not-sent-hint = send it first with `livcr feedback send { $id }`
feedback-date-before-sent = the feedback date { $on } is before feedback form { $id } was sent ({ $sent })
feedback-form-sent-fixed = feedback form { $id } was sent on { $on } and can no longer change (rule R7)
feedback-form-sent-fixed-hint = what left the cell is fixed with its answers and the disclosure register
feedback-form-fixed = feedback form { $id } is { $status } and can no longer change
feedback-form-fixed-hint = draft a new form for the item with `livcr feedback draft`
feedback-form-sent-needs-io = a sent form needs its date and its IO
feedback-answer-refused = feedback form { $id }: { $reason } (rule R7)
feedback-form-may-not-be-sent = feedback form { $id } may not be sent (rule R7): { $problems }
feedback-form-may-not-be-sent-hint = a form leaves only with the consent of every participant of the item and the confirmation of every secret-holder among them, through an IO in force on the sending date; a single no blocks it
feedback-ctx-reading-form-meeting = reading the meeting of feedback form { $id }

## referral in, list, show, update, feedback

feedback-via-not-io = { $name } (#{ $id }) holds no active io seat in cell { $cell } on { $on }; every referral passes through an active Information Officer
feedback-via-not-io-hint = `livcr member list --role io --all` shows the IOs and their dates
feedback-no-io = no IO
feedback-cell-no-io = cell { $cell } has no active Information Officer on { $on }; every referral passes through the IO
feedback-cell-no-io-hint = record the IO with `livcr member add NAME --org POLICE --role io`
feedback-cell-many-ios = cell { $cell } has { $count } IOs on { $on }; say which one with --via
feedback-one-of = one of: { $choices }
feedback-received-future = --received { $received } is in the future
feedback-expects-before-received = --expects-feedback-by { $expects } is before --received { $received }
feedback-new-case-options = --municipality, --phenomenon and --age-band go with --new
feedback-received-before-opened = --received { $received } is before the case was opened ({ $opened }, case { $code })
feedback-case-is = case { $code } is { $status }
feedback-case-is-hint = reopen it first with `livcr case reopen`, or open a new case with --new
feedback-missing-case-or-new = --case CODE or --new
feedback-referral-received-new = referral { $id } received via { $io } for new case { $code }
feedback-referral-received = referral { $id } received via { $io } for existing case { $code }
feedback-referral-not-in-cell = no referral with id { $id } in cell { $cell }
feedback-referral-not-in-cell-hint = list them with `livcr referral list`
feedback-referral-updated = referral { $id }: status { $status } on { $on }
feedback-no-sent-form = no feedback form of case { $code } was sent; feedback reaches the LTF only as a form sent through the consensus gate (rule R7)
feedback-no-sent-form-hint = draft one with `livcr feedback draft`, gather every participant's answer, then `livcr feedback send`
feedback-many-sent-forms = case { $code } has { $count } sent feedback forms; say which one with --form
feedback-sent-form-choice = #{ $id } (sent { $on })
feedback-referral-fed-back = referral { $id }: feedback carried back to the LTF on { $on } in feedback form { $form }

## feedback draft, edit, consent, confirm, send, withdraw, show

feedback-form-id-not-found = no feedback form with id { $id }
feedback-form-id-not-found-hint = list them with `livcr feedback list`
feedback-invalid-item = invalid --item { $item }
feedback-invalid-item-hint = give the meeting and the item number as MEETING:ITEM, e.g. 12:5 or 2026-12-07:5
feedback-meeting-strategic = meeting { $id } is a strategic meeting; a feedback form is decided in a case consultation
feedback-meeting-not-held = meeting { $id } is { $status }; a feedback form is decided in a held meeting
feedback-meeting-not-held-hint = close the meeting first with `livcr meeting close { $id }`
feedback-no-such-item = meeting { $id } has no item { $number }
feedback-item-other-case = item { $number } of meeting { $id } is not about case { $code }
feedback-item-other-case-hint = `livcr agenda show { $id }` lists the items and their cases
feedback-item-no-participants = item { $number } of meeting { $id } has no recorded participants
feedback-item-no-participants-hint = record the decision with `livcr meeting decide { $id } { $number } --kind consensus`
feedback-drafted = drafted feedback form { $id } for case { $code }; every participant of item { $number } must consent
feedback-drafted-minor = the case concerns a minor (rule R12); the form is marked as such
feedback-text-unchanged = the text is unchanged
feedback-changed = feedback form { $id } changed
feedback-changed-answers-reset = { $count ->
    [one] the text changed: { $count } answer (consents and confirmations) given before no longer counts; ask again
   *[other] the text changed: { $count } answers (consents and confirmations) given before no longer count; ask again
}
feedback-cannot-answer = { $name } (#{ $id }) cannot answer
feedback-answered = { $name } answered { $answer } for feedback form { $id }; the form is { $status }
feedback-cannot-confirm = { $name } (#{ $id }) cannot confirm
feedback-confirmed = { $name } confirmed that form { $id } holds no professional secret; the form is { $status }
feedback-may-not-be-sent = feedback form { $id } may not be sent (rule R7)
feedback-sent = feedback form { $id } sent via { $io } on { $on }; recorded in the disclosure register (sha256 { $hash })
feedback-withdraw-question = Withdraw feedback form { $id } (case { $code })? It cannot be sent afterwards.
feedback-withdraw-doing = withdrawing feedback form { $id }
feedback-withdrawn = feedback form { $id } withdrawn
feedback-meeting-vanished = meeting vanished
feedback-case-vanished = case vanished
feedback-bad-stored-date = bad stored date
feedback-participants-changed = the participants of this item changed: the consents to feedback form { $id } must be given again
feedback-ctx-updating-form = updating feedback form { $id }
