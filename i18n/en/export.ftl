# Exports, reports, reminders, statistics and the demo's bulk load.
# Placeables are { $name }; plural forms use { $count -> [one] … *[other] … }.

## export, report
export-invalid-month = invalid month { $month }
export-monthly-written = wrote the figures of { $period } to { $path }
export-cases-written = wrote { $count } cases to { $path }
export-meetings-written = wrote { $count } meetings to { $path }
export-actions-written = wrote { $count } actions to { $path }
export-year-not-begun = { $year } has not begun yet
export-measure-missing = no { $measure } in the figures of month { $month }
export-reading-kept-counts = reading kept counts
export-reading-meetings-held = reading meetings held

## remind: the lines cron mails (the JSON keeps the English subject and what)
export-remind-case = case { $code }
export-remind-review = review
export-remind-action = action { $id } ({ $owner })
export-remind-meeting = meeting { $id }
export-remind-no-agenda = no agenda drafted for the meeting of { $starts }
export-remind-cell = cell { $code }
export-remind-no-meeting = no meeting held for { $months } months (last: { $last }; rule R14)
export-remind-no-meeting-ever = no meeting held for { $months } months (last: none; rule R14)
export-remind-referral = referral { $id } (case { $code })
export-remind-no-decision = no decision 30 days after receipt ({ $received })
export-remind-ltf-expects = the LTF expects feedback
export-remind-form = form { $id } (case { $code })
export-remind-form-not-sent = approved by every participant but not sent
export-remind-purge = retention ended: purge (`livcr purge --dry-run`)
export-remind-no-declaration = no signed confidentiality declaration (rule R5)
export-remind-declaration-expires = confidentiality declaration expires on { $until } (rule R5)
export-remind-io-clearance = IO without a confirmed clearance "geheim" (rule R3)
export-remind-rule = rule { $rule }: { $detail }
export-remind-group-composition = composition
export-remind-group-reviews = reviews
export-remind-group-actions = actions
export-remind-group-referrals = referrals
export-remind-group-feedback = feedback
export-remind-group-meetings = meetings
export-remind-group-members = members
export-remind-group-retention = retention
export-remind-heading = { $group } ({ $count }{ $overdue ->
    [0] {""}
   *[other] , { $overdue } overdue
})
export-remind-minor = {" "}(minor)
export-remind-line-overdue = OVERDUE since { $date }  { $subject }: { $what }
export-remind-line-today = due today, { $date }  { $subject }: { $what }
export-remind-line-due = due { $date }  { $subject }: { $what }
export-reading-reviews-due = reading reviews due
export-reading-actions-due = reading actions due
export-reading-planned-meetings = reading planned meetings
export-reading-open-referrals = reading open referrals
export-reading-approved-forms = reading approved forms
export-reading-purges-due = reading purges due
export-reading-last-meeting = reading the last meeting
export-reading-seats = reading seats

## the demo's bulk load (`livcr demo --scale`)
export-bulk-scale-range = --scale { $scale } is out of range: the { $municipalities } municipalities make at most { $max } cells of two
export-bulk-scale-range-hint = use --scale 1 to { $max }
export-bulk-no-cases = --cases-per-cell 0 gives nothing to generate
export-bulk-no-cases-hint = use --cases-per-cell 1 or more (400 gives a national-size file at --scale 250)
export-bulk-exec = bulk load: { $sql }
export-bulk-progress-cells = cells
export-bulk-progress-audit-log = audit log
export-bulk-progress-record-states = record states
export-bulk-progress-committing = committing
export-bulk-starting = starting the bulk load
export-bulk-committing = committing the bulk load
export-bulk-finishing = writing the bulk file out of its journal
