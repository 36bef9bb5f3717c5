# Meetings and agendas: `livcr meeting …`, `livcr agenda …` (src/commands/meeting.rs,
# meeting_run.rs, agenda.rs, src/db/meeting.rs).
# Statuses (planned, held, cancelled), decision kinds and section names as typed stay as they are.

## Finding a meeting
meeting-ref-at = #{ $id } at { $time }
meeting-other-cell = meeting { $id } belongs to another cell
meeting-no-id = no meeting with id { $id }
meeting-hint-list = list them with `livcr meeting list`
meeting-unknown = unknown meeting { $input }
meeting-unknown-hint = refer to a meeting by its id or its date (YYYY-MM-DD)
meeting-only-cancelled = the only meeting of cell { $cell } on { $date } was cancelled ({ $list })
meeting-only-cancelled-hint = refer to a cancelled meeting by its id
meeting-none-on-date = no meeting of cell { $cell } on { $date }
meeting-several-on-date = { $count } meetings on { $date }: { $list }
meeting-several-on-date-hint = give the meeting's id

## Times
meeting-time-gap = { $date } { $time } does not exist in Brussels (the clocks move forward that night)
meeting-time-gap-hint = choose another time
meeting-bad-stored-time = bad stored meeting time { $value }
meeting-time-missing = meeting time { $value } does not exist
meeting-bad-stored-date = bad stored meeting date
meeting-plan-past-question = the meeting of { $when } lies in the past. Continue?
meeting-plan-past = the meeting of { $when } lies in the past
meeting-move-past-question = the new time { $when } lies in the past. Continue?
meeting-move-past = the new time { $when } lies in the past
meeting-past-hint = add --yes to record a meeting in the past

## plan, move, cancel
meeting-planned = planned meeting { $id } of cell { $cell } on { $when } ({ $kind })
meeting-draft-note = draft its agenda with `livcr agenda draft { $id }`
meeting-only-planned-close = meeting { $id } is { $status }; only a planned meeting can be closed as held{ $state ->
    [held] {" "}(rule R7: a held meeting is fixed)
   *[other] {""}
}
meeting-only-planned-move = meeting { $id } is { $status }; only a planned meeting can be moved{ $state ->
    [held] {" "}(rule R7: a held meeting is fixed)
   *[other] {""}
}
meeting-only-planned-cancel = meeting { $id } is { $status }; only a planned meeting can be cancelled{ $state ->
    [held] {" "}(rule R7: a held meeting is fixed)
   *[other] {""}
}
meeting-move-to-two = --to takes a date and a time, e.g. --to 2026-12-14 14:00
meeting-moved = meeting { $id } moved from { $from } to { $to }
meeting-cancel-question = Cancel the meeting of { $when } (#{ $id })? This cannot be undone.
meeting-cancel-what = cancelling meeting { $id }
meeting-cancelled = meeting { $id } of { $when } cancelled
meeting-same-day = cell { $cell } already has a meeting that day ({ $list }); refer to each by its id, not the date

## show
meeting-show-agenda = Agenda
meeting-show-attendance = Attendance

## attend
meeting-no-seat = { $name } (#{ $id }) in { $flag } holds no seat in cell { $cell } on { $date }
meeting-no-seat-hint = invite them first: `livcr member add NAME --org ORG --role ad_hoc --invited-by CHAIR`
meeting-attend-missing = missing --present, --excused or --absent
meeting-attend-missing-hint = give them as flags (livcr asks for missing values only on a terminal without --no-input)
meeting-attendance-fixed = meeting { $id } is { $status }; its attendance can no longer change (rule R7: who took part is fixed when the meeting is held)
meeting-two-lists = { $name } (#{ $id }) is given in two lists; a member is present, excused or absent
meeting-attendance-done = attendance of meeting { $id }: { $present } present, { $excused } excused, { $absent } absent
meeting-attend-future = meeting { $id } takes place on { $date }; who was present or absent is recorded from that day on
meeting-attend-future-hint = record apologies with --excused now, and who was present on the day of the meeting or after it

## decide
meeting-was-cancelled = meeting { $id } was cancelled
meeting-decide-future = meeting { $id } starts on { $when }; decisions are recorded once it has begun
meeting-decide-future-hint = record decisions during or after the meeting
meeting-no-item = meeting { $id } has no item { $number }
meeting-no-item-removed = meeting { $id } has no item { $number } (it was removed; a number is not given again)
meeting-no-item-hint = `livcr agenda show { $id }` lists the items
meeting-no-attendance = no attendance recorded for meeting { $id }
meeting-no-attendance-hint = record it first with `livcr meeting attend { $id } --present M,…`
meeting-left-not-present = { $name } (#{ $id }) in --left was not present at the meeting
meeting-joined-already = { $name } (#{ $id }) in --joined was already present at the meeting
meeting-participants-fixed = the participants of item { $number } cannot change: feedback form { $form } decided in it was sent on { $date } with their consent (rule R7)
meeting-participants-fixed-hint = record the decision again with the same --left and --joined, or leave the item as it is
meeting-decided = item { $number } of meeting { $id }: { $kind } ({ $count ->
    [one] { $count } participant
   *[other] { $count } participants
})

## close
meeting-missing-chair = the chair or a mayor
meeting-missing-io = an Information Officer
meeting-missing-prevention = a prevention official
meeting-undecided-question = { $count ->
    [one] item { $list } of meeting { $id } has no decision
   *[other] items { $list } of meeting { $id } have no decision
}. Close it as held anyway? Those items are then fixed as "no decision".
meeting-undecided = { $count ->
    [one] item { $list } of meeting { $id } has no decision
   *[other] items { $list } of meeting { $id } have no decision
}; once held, they can no longer be decided
meeting-undecided-hint = record them with `livcr meeting decide { $id } N --kind …` (postponed or none are decisions too), or close it anyway with --yes
meeting-close-future = meeting { $id } is planned for { $when }; it can be closed once it has taken place
meeting-close-makeup = meeting { $id } cannot be closed as held: on { $date } the cell itself lacks what a case consultation needs: { $makeup } (rule R2); --force overrides who attended, never the cell's make-up
meeting-close-makeup-hint = record the missing seat with `livcr member add` (dated on or before the meeting), or cancel the meeting with `livcr meeting cancel`
meeting-force-needs-reason = --force needs a --reason that says why the statutory presence is missing
meeting-force-needs-reason-hint = give --reason TEXT (in general terms)
meeting-close-presence = meeting { $id } lacks the statutory presence for a case consultation: { $missing } not present (rule R2)
meeting-close-presence-hint = correct the attendance, or close it anyway with --force --reason TEXT (audited)
meeting-closed-forced = closed without the statutory presence ({ $missing } missing); the forced close is in the audit log and the reason is kept with the meeting
meeting-no-declaration = { $name } (#{ $id }) took part without a valid confidentiality declaration (rule R5)
meeting-closed = meeting { $id } closed as held

## ics
meeting-ics-wrote = wrote { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
} to { $path }

## meeting run
meeting-run-needs-terminal = `livcr meeting run` needs a terminal to ask its questions
meeting-run-needs-terminal-hint = in a script use `meeting attend`, `meeting decide`, `action add`, `case move`, `case review` and `meeting close`
meeting-run-status = meeting { $id } is { $status }
meeting-run-who-present = Who is present? (space to tick, enter to confirm)
meeting-run-item = Item { $number }: { $label }
meeting-run-recorded = recorded decision: { $decision }
meeting-run-keep-recorded = keep the recorded decision ({ $decision })
meeting-run-skip = skip this item for now (no decision yet)
meeting-run-decision = Decision
meeting-run-decision-text = Decision text (optional, no identifying details)
meeting-run-not-saved = not saved: { $error }
meeting-run-add-action = Add an action for this case?
meeting-run-owner = Owner organisation (id or name)
meeting-run-due = Due date (e.g. +4w or 2027-01-15)
meeting-run-what = What is to be done (no identifying details)
meeting-run-keep-status = keep it { $status }
meeting-run-move-to = move to { $status }
meeting-run-case-status = Case status
meeting-run-decided-by = Decided by (the chair or the mayor)
meeting-run-next-review = Next review (date or span like 8w; empty to keep)
meeting-run-close = Close the meeting as held?
meeting-run-close-undecided = { $count ->
    [one] Item { $list } has no decision; once held, it stays undecided. Close the meeting as held anyway?
   *[other] Items { $list } have no decision; once held, they stay undecided. Close the meeting as held anyway?
}
meeting-run-stays-planned = meeting { $id } stays planned; run `livcr meeting run { $id }` again to continue, or close it with `livcr meeting close { $id }`
meeting-run-kind-consensus = decided by consensus
meeting-run-kind-chair = decided by the chair
meeting-run-kind-postponed = postponed
meeting-run-kind-none = no decision (discussed only)
meeting-run-who-left = Who left the room for this item? (space to tick, enter to confirm)
meeting-run-who-joined = Who joined for this item? (space to tick, enter to confirm)

## agenda
meeting-agenda-not-editable = meeting { $id } is { $status }; its agenda can no longer change ({ $state ->
    [cancelled] the meeting was cancelled; plan a new one with `livcr meeting plan`
   *[other] rule R7: a held meeting is fixed
})
meeting-agenda-drafted = agenda of meeting { $id } ({ $date }): { $count ->
    [one] { $count } item
   *[other] { $count } items
} added
meeting-agenda-empty-text = empty item text
meeting-agenda-strategic-no-case = meeting { $id } is a strategic meeting, which carries no case data
meeting-agenda-strategic-no-case-hint = put the case on a case consultation (`meeting plan DATE TIME --kind case`)
meeting-agenda-kind-no-case = --kind { $kind } carries no case data; leave --case out
meeting-agenda-case-sections-hint = case items go under signals, new_on_list, reviews, overdue_actions, feedback or closures
meeting-agenda-added = added item { $number } to meeting { $id } under "{ $section }"
meeting-agenda-case-twice = case { $case } was already on this agenda (item { $items }); remove the new item with `livcr agenda rm { $id } { $number }` if it was added twice by mistake
meeting-agenda-fixed-heading = item { $number } of meeting { $id } is the fixed heading "{ $section }"; it stays where it is
meeting-agenda-fixed-heading-hint = move items added by hand or case items
meeting-agenda-case-item-section = item { $number } of meeting { $id } is about case { $case }; "{ $section }" carries no case data
meeting-agenda-moved = item { $number } of meeting { $id } is under "{ $section }"; its number stays { $number }
meeting-agenda-empty-hint = its agenda is empty; draft it with `livcr agenda draft`
meeting-agenda-numbers-hint = its items are numbered { $numbers }; see them with `livcr agenda show { $id }`
meeting-agenda-item-decided = item { $number } of meeting { $id } carries a decision and cannot be removed
meeting-agenda-remove-question = Remove item { $number } ({ $label }) from meeting { $id }?
meeting-agenda-remove-what = removing item { $number } of meeting { $id } needs confirmation
meeting-agenda-removed = removed item { $number } from meeting { $id }; the other items keep their numbers
meeting-agenda-drafted-comes-back = a drafted item comes back if you draft the agenda again
meeting-agenda-wrote-agenda = wrote the agenda of meeting { $id } to { $path }
meeting-agenda-wrote-minutes = wrote the minutes of meeting { $id } to { $path }
meeting-agenda-wrote-feedback-form = wrote feedback form { $id } to { $path }
meeting-agenda-wrote-report = wrote the annual report { $id } to { $path }
meeting-agenda-wrote-other = wrote { $what } { $id } to { $path }
meeting-agenda-export-no-seat = { $name } (#{ $id }) holds no seat in cell { $cell } on { $date }; an agenda goes only to members and invitees
meeting-agenda-export-no-seat-hint = invite them first with `livcr member add NAME --org ORG --role ad_hoc --invited-by CHAIR`

## The file's meeting records (src/db/meeting.rs)
meeting-field-date = the meeting date
meeting-field-location = location
meeting-field-the-location = the location
meeting-field-cancel-reason = cancellation reason
meeting-field-reason = reason
meeting-field-item-or-decision = an agenda item or decision
meeting-field-item = agenda item
meeting-field-decision = decision
meeting-before-established = the meeting date { $date } lies before the cell was established ({ $established })
meeting-before-established-hint = choose a later date, or correct the establishment date with `livcr cell edit --established DATE`
meeting-strategic-no-case-item = a strategic meeting carries no case data: no case item can be added
meeting-policy-no-case = the policy and trends item carries no case data: it cannot be about a case
meeting-case-free-hint = put the case on the agenda of a case meeting, under another section
meeting-ctx-reading-cell = reading the cell
meeting-ctx-planning = planning the meeting
meeting-ctx-updating = updating meeting { $id }
meeting-ctx-reading-meeting = reading the meeting
meeting-ctx-reading-meetings = reading meetings
meeting-ctx-reading-agenda = reading the agenda
meeting-ctx-reading-numbers = reading the agenda's numbers
meeting-ctx-numbering = numbering the agenda item
meeting-ctx-adding-item = adding the agenda item
meeting-ctx-moving-item = moving the agenda item
meeting-ctx-removing-item = removing the agenda item
meeting-ctx-reading-item = reading the agenda item
meeting-ctx-recording-decision = recording the decision
meeting-ctx-reading-attendance = reading attendance
meeting-ctx-recording-attendance = recording attendance
meeting-ctx-reading-participants = reading the item's participants
meeting-ctx-recording-participants = recording the item's participants
meeting-ctx-reading-previous = reading the previous meeting
meeting-ctx-reading-case-items = reading the case's agenda items
