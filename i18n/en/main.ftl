# Words of the whole interface: the prefixes of messages, settings, shared words.
# Placeables are { $name }; plural forms use { $count -> [one] … *[other] … }.

error-prefix = error:
hint-prefix = hint:
warning-prefix = warning:
note-prefix = note:

# A check of the catalogues' plural forms (not shown to anyone).
test-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}

ui-lang-ignored = { $source } is { $value }, a language livcr does not speak; using { $lang } (en, nl, fr and de are spoken)

format-help = Output format [default: { $default }]
format-help-none = This command writes no --format
format-none-error = `{ $command }` writes no --format; leave --format { $value } out

## Prompts and text files (src/prompt.rs)
prompt-reading-terminal = reading from the terminal
prompt-municipality = { $prompt } (name in NL, FR or DE, or NIS code)
prompt-none-of-these = none of these: search again
prompt-municipalities-match = { $count } municipalities match
prompt-type-again = Type it again
prompt-passphrases-differ = the two passphrases differ; try again
prompt-editor-tempdir = creating a private temporary folder for the editor
prompt-editor-note-file = creating the note file
prompt-editor-start = starting the editor { $editor }
prompt-editor-failed = the editor { $editor } exited with { $status }; nothing was recorded
prompt-cannot-read-file = cannot read the { $what } file { $file }
prompt-reading-file = reading the { $what } file { $file }
prompt-source-file = the { $what } file { $file }
prompt-reading-stdin = reading the { $what } from standard input
prompt-source-stdin = the { $what } on standard input
prompt-not-regular-folder = cannot read the { $what } from { $file }: it is a folder
prompt-not-regular-device = cannot read the { $what } from { $file }: it is not a regular file (a device, FIFO or socket)
prompt-not-regular-hint = give a regular text file with --file, or `--file -` to read standard input
prompt-text-too-large = { $source } is larger than { $kib } KiB ({ $bytes } bytes); nothing was recorded
prompt-text-too-large-hint = a text livcr keeps is at most 64 KiB; shorten it
prompt-text-nul = { $source } holds a NUL byte (at byte { $at }); nothing was recorded
prompt-text-nul-hint = livcr reads plain text only; save the text as UTF-8 plain text
prompt-text-not-utf8 = { $source } is not UTF-8 text (invalid byte at { $at }); nothing was recorded
prompt-text-not-utf8-hint = save the text as UTF-8 plain text

## The run (src/lib.rs)
db-busy = another livcr is writing to the database and did not finish within { $seconds } s; this command wrote nothing
db-busy-hint = try again in a moment

## The file's triggers (migrations 6 and 9): the SQL keeps its English; this is what is shown.
trigger-hint = what the law fixed stays as it was recorded; nothing was changed
trigger-held-meeting-fixed = rule R7: a held meeting is fixed; its date, kind, place and status can no longer change
trigger-held-meeting-kept = rule R7: a held meeting is kept; it cannot be deleted
trigger-attendance-fixed = rule R7: the attendance of a held meeting is fixed
trigger-agenda-fixed = rule R7: the agenda and decisions of a held meeting are fixed
trigger-participants-fixed = rule R7: who took part in an item is fixed when the meeting is held
trigger-feedback-sent-fixed = rule R7: a sent feedback form is fixed; it has left the cell
trigger-consents-sent-withdrawn-fixed = rule R7: the consents of a sent or withdrawn feedback form are fixed
trigger-consents-sent-fixed = rule R7: the consents of a sent feedback form are fixed
trigger-confirmations-sent-withdrawn-fixed = rule R7: the confirmations of a sent or withdrawn feedback form are fixed
trigger-confirmations-sent-fixed = rule R7: the confirmations of a sent feedback form are fixed
trigger-disclosures-append-only = rule R7: the disclosure register is append-only
trigger-destructions-append-only = rule R11: the destruction register is append-only
trigger-audit-append-only = the audit log is append-only
trigger-item-number-not-reused = an agenda item number, once given in a meeting, is not given again
trigger-item-number-kept = an agenda item keeps its number for the life of the meeting

## Settings and where they came from (src/config.rs)
source-default = default
source-config-file = config file { $path }
source-env = environment variable { $name }
source-flag = command-line flag { $name }
source-account-env = OS account (environment variable { $name })
source-account-system = OS account (the system's user database)
source-system-language = the system's language
config-cannot-read = cannot read config file { $path }
config-bad-remind-within = invalid remind_within in the config file: { $error }
config-bad-remind-within-hint = use a number and a unit, for example "14d" or "2w"
config-bad-suppress-below = invalid suppress_below 0 in the config file; use a whole number of at least 1
config-invalid-file = invalid config file { $path }: { $error }
config-invalid-file-hint = `livcr config default` prints every accepted key with its meaning

## config show (src/commands/config.rs): the table's words; JSON and CSV keep the English ones
config-show-no-file = (none: defaults)
config-show-read = read
config-show-not-found = not found at { $path }
config-show-no-folder = no config folder
config-show-encrypted-yes = yes (SQLCipher)
config-show-encrypted-no = no (plain file)
config-show-no-database = (no database)
config-show-not-a-database = (not a database)
config-show-the-file = the file
config-show-none = (none)
config-show-key-file = key file { $path }
config-show-os-keyring = OS keyring
config-show-the-keyring = the { $keyring }
config-show-keyring-unreachable = no key file; the { $keyring } could not be reached ({ $why })
config-show-no-key = no key file, nothing kept in the OS keyring
config-show-not-encrypted = (none: not encrypted)
config-show-only-cell = (the only cell)
config-show-actor-unknown = (unknown: give --as or set actor in the config)
config-show-actor-unknown-source = no --as, no config `actor`, no OS account name
config-show-each-cell = (each cell's own)

## The OS keyring (src/keystore.rs)
keyring-test-file = test keyring file (LIVCR_KEYRING_FILE)
keyring-windows = Windows Credential Manager
keyring-macos = macOS Keychain
keyring-secret-service = Secret Service keyring
keyring-none-here = this system has no keyring that keeps entries (livcr knows Windows Credential Manager, the macOS Keychain and the Secret Service on Linux)
keyring-test-file-error = test keyring file { $path }: { $error }
keyring-test-no-folder = its folder does not exist

## Opening the file, the key, who is working (src/context.rs)
ctx-keyring-wrong-key = wrong passphrase or not a livcr database: { $path } (the key kept for it in the { $keyring } does not open it)
ctx-keyring-wrong-key-hint = remove that entry with `livcr key forget`, then give the key with --key-file FILE or type it (and `livcr key store` to keep it again); the file was not changed
ctx-passphrase-prompt = Passphrase of { $path }
ctx-no-key = { $path } is encrypted and no key was given
ctx-no-key-hint = give a key file with --key-file FILE, LIVCR_KEY_FILE or the config's `key_file` (mode 0600), keep the key in the OS keyring with `livcr key store`, or run livcr on a terminal to type the passphrase
ctx-no-actor = cannot tell who is working: no --as, no `actor` in the config, and no OS account name (USER, USERNAME, LOGNAME or the system's user database)
ctx-no-actor-hint = give your name for the audit log with --as NAME, or set `actor = "NAME"` in the config file ({ $file }; `livcr config show` shows which file is read)
ctx-no-actor-give-config = give one with --config FILE
ctx-actor-flag = the actor ({ $flag })
ctx-actor-config = the actor (config `actor` in { $path })
ctx-actor-env = the actor (environment variable { $name })
ctx-actor-account = the actor (the OS account name)
ctx-actor-other = the actor ({ $source })

## Confirmations (src/commands/mod.rs) and the clock (src/clock.rs)
confirm-not-confirmed = { $what }: not confirmed, nothing was changed
confirm-not-confirmed-hint = answer y to the question, or add --yes
clock-bad-today = invalid LIVCR_TODAY { $value }; use a date as YYYY-MM-DD
clock-bad-today-hint = unset LIVCR_TODAY to use the system clock

## Finding what was typed (src/commands/lookup.rs)
word-or = or
lookup-unknown-cell = unknown cell { $code }
lookup-no-cell-yet = no cell yet: add one with `livcr cell add CODE --name NAME --municipality NIS`
lookup-cells-in-file = cells in this file: { $cells }
lookup-file-no-cell = this file holds no cell yet
lookup-file-no-cell-hint = add one with `livcr cell add CODE --name NAME --municipality NIS`
lookup-several-cells = this file holds several cells; say which one
lookup-several-cells-hint = use --cell CODE (one of: { $cells }) or set `cell` in the config
lookup-no-org-id = no organisation with id { $id }
lookup-list-orgs = list them with `livcr org list`
lookup-unknown-org = unknown organisation { $input }
lookup-unknown-org-hint = list them with `livcr org list`, or add it with `livcr org add NAME --sector S`
lookup-org-ambiguous = organisation { $input } is ambiguous: { $matches }
lookup-org-ambiguous-hint = give the id or the full name
lookup-no-member-id = no member with id { $id }
lookup-list-members = list them with `livcr member list --all`
lookup-no-member-email = no member with e-mail { $input }
lookup-empty-member = empty member reference; give an id, an e-mail or a name
lookup-unknown-member = unknown member { $input }
lookup-unknown-member-hint = refer to a member by id, e-mail or a part of the name; list them with `livcr member list --all`
lookup-member-ambiguous = member { $input } is ambiguous: { $matches }
lookup-member-ambiguous-hint = give the id or the e-mail
lookup-missing = missing { $flags }
lookup-missing-hint = give them as flags (livcr asks for missing values only on a terminal without --no-input)
lookup-invalid-case-code = invalid case code ({ $count } characters); a case code has 8 characters from { $alphabet }, shaped XXXX-XXXX
lookup-not-a-case-code = { $code } is not a valid case code
lookup-unknown-case = unknown case { $code }
lookup-list-cases = list the cases with `livcr case list --all`
lookup-did-you-mean = did you mean { $codes }?
lookup-empty-text = empty { $what }; nothing was recorded

## Case codes (src/domain/casecode.rs) and case statuses (src/domain/case.rs)
casecode-hint = case codes look like { $example }; case and dashes do not matter
casecode-random-failed = the operating system's random source failed while drawing a case code
casecode-wrong-length = invalid case code { $input }: it has { $count } characters; a case code has 8, shaped XXXX-XXXX
casecode-bad-character = invalid case code { $input }: { $character } is not used in case codes; they use the digits 2-9 and the letters A-Z except I, L and O
casecode-bad-check = invalid case code { $input }: the check character does not match; a character is probably mistyped or two are swapped
case-statuses-none = none (the case is closed; reopen it first)

## Dates, spans, durations and times as typed (src/domain/dates.rs)
dates-hint = relative dates count from today in d (days), w (weeks), m (months) or y (years); words: today, yesterday, tomorrow, vandaag, gisteren, morgen, aujourd'hui, hier, demain
dates-invalid = invalid date { $input }; use YYYY-MM-DD, DD/MM/YYYY, today, or a relative form like +2w, -1d, +3m
dates-out-of-range = invalid date { $input }: { $date } is out of range; livcr keeps dates from { $first } to { $last }
dates-result-out-of-range = invalid date { $input }: the result is out of range; livcr keeps dates from { $first } to { $last }
dates-relative-out-of-range = invalid date { $input }: the result is out of range; livcr keeps dates from { $first } to { $last }; use YYYY-MM-DD, DD/MM/YYYY, today, or a relative form like +2w, -1d, +3m
dates-range-hint = give a date from 2000-01-01 to 2099-12-31, e.g. 2026-12-15 or +2w
dates-month-has-days = { $month } { $year } has { $days } days
dates-months-run = months run from 1 to 12
dates-invalid-span = invalid span { $input }; use a number and a unit d (days), w (weeks), m (months) or y (years), like 14d, 8w, 3m or 1y
dates-invalid-span-hint = the unit says what the number counts: 14d is 14 days, 8w 8 weeks, 3m 3 months, 1y 1 year
dates-span-zero = invalid span { $input }: it must be at least 1, like 14d, 8w, 3m or 1y
dates-span-too-long = invalid span { $input }: it is longer than 100 years (at most { $limit })
dates-invalid-duration = invalid duration { $input }; use a form like 90m, 2h, 1h30 or 1:30
dates-invalid-duration-hint = write minutes as 90m, hours as 2h, or both as 1h30 or 1:30 (minutes below 60)
dates-duration-zero = invalid duration { $input }: a meeting must last more than zero minutes
dates-duration-too-long = invalid duration { $input }: a meeting lasts at most 12h
dates-invalid-time = invalid time { $input }; use the 24-hour clock like 14:00, 9:30, 14h or 14h30
dates-invalid-time-hint = hours run from 0 to 23, minutes from 00 to 59
dates-month-what = month { $input }
dates-year-out-of-range = { $what } is out of range: livcr keeps dates from { $first } to { $last }
dates-year-out-of-range-hint = give a year from 2000 to 2099
dates-invalid-month = invalid month { $input }; use YYYY-MM, this or last
dates-invalid-month-hint = months run from 01 to 12, e.g. 2026-05
dates-bad-stored = bad stored date { $value }; expected YYYY-MM-DD

## Texts as typed (src/domain/input.rs); { $field } names the field, as the command calls it
input-too-long = { $field } is too long: { $bytes } bytes, the limit is { $limit } bytes (64 KiB)
input-too-long-hint = shorten the text, or keep the long document outside the tool and refer to it
input-only-invisible = { $field } is empty: it holds only invisible characters
input-only-invisible-hint = give a visible value for { $field }, or leave it out
input-empty = { $field } is empty
input-empty-hint = give a value for { $field }; white space alone does not count
input-contains-nul = { $field } contains a NUL character ({ $code }) at character { $position }
input-contains-nul-hint = remove the NUL character; paste the text as plain text
input-contains-bidi = { $field } contains a bidirectional control character ({ $code }) at character { $position }
input-contains-bidi-hint = bidirectional overrides and isolates make text read differently from what is stored; retype the text without them
input-contains-line-break = { $field } contains a line break ({ $code }) at character { $position }
input-contains-line-break-hint = this field holds one line; put the text on a single line
input-contains-tab = { $field } contains a tab ({ $code }) at character { $position }
input-contains-tab-hint = this field holds one line; use spaces instead of tabs
input-contains-lone-cr = { $field } contains a carriage return not followed by a line feed ({ $code }) at character { $position }
input-contains-lone-cr-hint = end lines with LF or CR LF; a lone carriage return overwrites the line on a terminal
input-contains-control = { $field } contains a control character ({ $code }) at character { $position }
input-contains-control-line-hint = remove control characters such as terminal escape sequences; this field holds one line of plain text
input-contains-control-multiline-hint = remove control characters such as terminal escape sequences; only line breaks and tabs are allowed

## Municipalities (src/domain/municipality.rs)
municipality-data-broken = compiled municipality data is broken: { $error }
municipality-empty = empty municipality
municipality-empty-hint = give a NIS code (5 digits, e.g. 44021) or a name in Dutch, French or German
municipality-ambiguous = municipality { $input } is ambiguous: { $matches }
municipality-ambiguous-hint = give the NIS code instead
municipality-bad-nis = invalid NIS code { $code }; a NIS code has 5 digits
municipality-find-code = find a code with `livcr municipality list --search NAME`
municipality-close-codes = close codes: { $codes }; or search with `livcr municipality list --search NAME`
municipality-unknown-nis = unknown NIS code { $code }: no Belgian municipality has this code since 2025
municipality-merged = { $old_name } ({ $old_nis }) merged into { $new_name } ({ $new_nis }) on { $date }
municipality-merged-using = { $old_name } ({ $old_nis }) merged into { $new_name } ({ $new_nis }) on { $date }; using { $new_nis }
municipality-unknown = unknown municipality { $input }
municipality-unknown-hint = did you mean { $suggestions }? Search with `livcr municipality list --search TEXT`
municipality-not-covered = { $name } ({ $nis }) is not covered by cell { $cell }

## The privacy linter, rule R8 (src/domain/privacy.rs)
privacy-kind-national-number = national register number
privacy-kind-bis-number = BIS number
privacy-kind-iban = IBAN
privacy-kind-email = e-mail address
privacy-kind-phone = phone number
privacy-kind-birth-date = date of birth
privacy-kind-unchecked-number = number shaped like an identifier
privacy-found-national-number = a national register number at character { $position }
privacy-found-bis-number = a BIS number at character { $position }
privacy-found-iban = an IBAN at character { $position }
privacy-found-email = an e-mail address at character { $position }
privacy-found-phone = a phone number at character { $position }
privacy-found-birth-date = a date of birth at character { $position }
privacy-found-unchecked-number = a number shaped like an identifier at character { $position }
privacy-refused = { $field } refused by the privacy linter (rule R8): { $findings }
privacy-rephrase-hint = describe the situation in general terms and refer to people by their role ("the youngster", "a parent", "the teacher"); use the age band instead of a date of birth. Never write names, identification or account numbers, addresses, e-mail addresses or phone numbers.

## The text gate: every stored text passes it (src/db/gate.rs)
gate-date-out-of-range = { $field } { $date } is out of range; livcr keeps dates from { $first } to { $last }
gate-date-out-of-range-hint = choose an earlier date or a shorter interval
gate-check-identifies-nobody = { $field }: { $finding } (check that it identifies nobody)
gate-security-labels = { $field } names { $labels } (rule R13): security labels and classified LTF information are not recorded in the cell
gate-security-labels-hint = leave the label out and describe the concern in general terms; if the text must stay as it is, repeat the command with --yes
gate-other-vocabulary = { $field } uses { $other }, the name of the cell in another language (rule R15): documents of this cell say { $name }
gate-member-name = member name
gate-invisible-character = { $field } contains an invisible character, { $character } at character { $position }
gate-invisible-character-hint = remove it (retype the text, or paste it as plain text): zero-width characters and bidirectional marks change how a text reads or matches without being seen
gate-unusual-space = { $field } contains a space other than a plain space, { $character } at character { $position }
gate-strict-hint = retype the value with visible characters and plain spaces only: names, e-mail addresses and the actor are compared with others, and an invisible character or an unusual space would make a look-alike second one
gate-names-another-case = { $field } names another case; a case item's text names only its own case, so that an invitee's copy shows no other case
gate-holds-case-code = { $field } holds a case code; case data stays out of texts every invitee sees and out of strategic meetings and the policy item
gate-case-data-hint = put a case on the agenda of a case meeting with `livcr agenda add MEETING --case CODE TEXT`, and write about it only in its own item

## Opening and creating the file (src/db/mod.rs)
db-missing = no database at { $path }
db-missing-hint = create one with `livcr init`, or point to yours with --db PATH or LIVCR_DB
db-kind-empty = an empty file
db-kind-other-sqlite = another program's SQLite database
db-kind-other-sqlite-id = another program's SQLite database (application id { $id })
db-kind-text = a text file
db-kind-not-database = not a database
db-kind-other-encrypted = an encrypted database of another program
db-reading = reading { $path }
db-cannot-configure = cannot configure database { $path }
db-older-schema = { $path } has schema version { $current }; this livcr reads version { $latest }
db-older-schema-hint = run `livcr upgrade` (or any command that changes the file): it keeps a copy beside the file, then upgrades it
db-upgrade-copy = keeping a copy before the upgrade at { $path }
db-database = database { $path }
db-exists = a database already exists at { $path }
db-exists-hint = livcr never overwrites a database; use it as it is, or choose another path with --db
db-wal-refused = journal_mode WAL refused (got { $mode })
db-checkpointing = checkpointing the write-ahead log
municipality-no-match = no municipality matches { $text }

## Manual pages (src/commands/help.rs)
man-wrote-pages = wrote { $count } manual pages to { $dir } (livcr.1, livcr-case.1, …)
man-manual = livcr manual
man-cannot-create-folder = cannot create the folder { $dir }
man-cannot-write-page = cannot write a manual page into { $dir }

## Tables and records (src/output.rs)
output-nothing-to-show = nothing to show
output-more-columns = ({ $count } more: { $columns }; see --wide and --columns)
output-unknown-column = unknown column { $column } in --columns
output-this-list-has = this list has: { $columns }
output-none = (none)
output-writing-stdout = writing to standard output
output-rendering-json = rendering JSON
output-rendering-csv = rendering CSV

## Column headings of tables and labels of records (src/output.rs): `field-` + the column's
## name; `heading-` where a table's heading is shorter than the name. JSON and CSV keep the names.
field-about = about
field-absent = absent
field-action = action
field-active = active
field-actor = actor
field-age-band = age band
field-arrondissement = arrondissement
field-arrondissement-nis = arrondissement nis
field-at = at
field-cancel-reason = cancel reason
field-case = case
field-cell = cell
field-clearance-confirmed-on = clearance confirmed on
field-close-reason = close reason
field-closed-on = closed on
field-code = code
field-confirmations = confirmations
field-consents = consents
field-created-on = created on
field-date = date
field-decided = decided
field-decision = decision
field-decision-text = decision text
field-declaration-signed-on = declaration signed on
field-declaration-valid = declaration valid
field-declaration-valid-until = declaration valid until
field-detail = detail
field-dimension = dimension
field-direction = direction
field-done-on = done on
field-drafted = drafted
field-drafted-on = drafted on
field-due-on = due on
field-duration-min = duration min
field-email = email
field-entity = entity
field-entity-id = entity id
field-established-on = established on
field-excused = excused
field-expects-feedback-by = expects feedback by
field-feedback-form-id = feedback form id
field-feedback-on = feedback on
field-forced-reason = forced reason
field-from-on = from on
field-hash = hash
field-id = id
field-invited-by = invited by
field-item = item
field-items = items
field-joint = joint
field-kind = kind
field-lang = lang
field-lead-org = lead org
field-legal-basis = legal basis
field-location = location
field-measure = measure
field-member-count = member count
field-member-id = member id
field-members = members
field-merged-in-2025 = merged in 2025
field-minor = minor
field-municipalities = municipalities
field-municipality = municipality
field-municipality-nis = municipality nis
field-name = name
field-name-de = name de
field-name-fr = name fr
field-name-nl = name nl
field-next-review-on = next review on
field-nis = nis
field-note = note
field-on = on
field-on-date = on date
field-open-actions = open actions
field-opened-on = opened on
field-organisation = organisation
field-overdue = overdue
field-overdue-actions = overdue actions
field-owner-org = owner org
field-participants = participants
field-period = period
field-phenomenon = phenomenon
field-phone = phone
field-present = present
field-province = province
field-province-nis = province nis
field-purge-due = purge due
field-purge-due-on = purge due on
field-reason = reason
field-region = region
field-retention-months = retention months
field-review-overdue = review overdue
field-review-weeks = review weeks
field-role = role
field-rule = rule
field-seat-id = seat id
field-secret-holder = secret holder
field-section = section
field-sector = sector
field-sent-on = sent on
field-setting = setting
field-source = source
field-source-org = source org
field-status = status
field-status-on = status on
field-summary = summary
field-suppressed = suppressed
field-text = text
field-time = time
field-until-on = until on
field-valid-from = valid from
field-value = value
field-via-io = via io
heading-municipality-nis = nis
heading-lead-org = lead
heading-owner-org = owner
heading-source-org = source org
heading-declaration-signed-on = declared
heading-clearance-confirmed-on = clearance
heading-duration-min = min
heading-member-id = id
heading-seat-id = seat
heading-declaration-valid = decl. valid
heading-member-count = members
heading-arrondissement-nis = arr. nis
heading-next-review-on = next review
heading-expects-feedback-by = feedback due

## livcr demo: its tour and messages (src/commands/demo.rs); the demo's data stays as it is
demo-scale-generated = generated { $path }{ $encrypted ->
        [yes] {" "}(encrypted)
       *[other] {""}
    } in { $seconds } s: { $cells } cells, { $cases } cases opened over ten years ({ $purged } purged, their counts kept: { $kept } rows), { $events } journal entries, { $actions } actions, { $referrals } referrals, { $meetings } meetings ({ $planned } planned), { $forms } feedback forms, { $audit_rows } audit rows, { $records } audited record states
demo-item-missing = demo: case { $code } is not on meeting { $meeting }'s agenda
demo-step-parse = demo step { $step } does not parse: { $error }
demo-step = demo step `livcr { $step }`
demo-step-exited = demo step `livcr { $step }` exited { $code }
demo-not-demo = { $path } exists and is not a livcr demo database
demo-not-demo-hint = livcr demo only replaces its own demo files; pass another path with --db
demo-cannot-replace = cannot replace the old demo file { $path }
demo-written = livcr demo database written to { $path } (schema version { $version })
demo-try = Try: livcr --db { $path } municipality list --search gent
demo-heading-municipalities = Municipalities (reference data, 2025)
demo-old-code = Old code 71022 is accepted: { $note }
demo-heading-cell = The cell (livcr cell show)
demo-joint-cell = { $code } { $name }: joint cell of { $count } municipalities
demo-heading-rules = Composition rules (livcr cell check)
demo-heading-cases = Open cases, soonest review first (livcr case list)
demo-past-retention = { $count ->
        [one] { $count } case
       *[other] { $count } cases
    } past retention: `livcr purge --dry-run` lists them (rule R11)
demo-heading-meetings = Meetings (livcr meeting list)
demo-heading-agenda = Drafted agenda of the next meeting (livcr agenda show { $id })
demo-minutes = Minutes of the held meeting: livcr --db { $path } meeting minutes { $id } --format html --out minutes.html
demo-heading-feedback = Feedback forms (livcr feedback list)
demo-form = form { $id } for case { $code }: { $status }
demo-form-blocked = form { $id } for case { $code }: { $status } — blocked (rule R7): { $problems }
demo-referrals = { $count ->
        [one] { $count } referral
       *[other] { $count } referrals
    } through the IO ({ $inbound } in, { $outbound } out)
demo-heading-figures = Last month's figures, whole cell (livcr export monthly --month last --format md); counts below { $below } hidden
demo-heading-reminders = Today's reminders (livcr remind)
demo-heading-audit = Audit chain
demo-audit-intact = { $count } rows, chain intact
demo-audit-broken = { $count } rows, chain BROKEN

## Rule R4: the services that may not sit in the cell (src/domain/security.rs)
security-service-ocad = the Coordination Unit for Threat Analysis (OCAD/OCAM)
security-service-vsse = the State Security Service (VSSE)
security-service-adiv = the General Intelligence and Security Service (ADIV/SGRS)
security-service-intelligence = an intelligence service
security-service-jic = the Joint Intelligence Centre (JIC)
security-service-jdc = the Joint Decision Centre (JDC)
security-service-ltf = the Local Taskforce (LTF) as such
security-service-federal-police = the federal police

## Record labels that differ from the column of the same name
label-name-nl = name (nl)
label-name-fr = name (fr)
label-name-de = name (de)

# The answers to a yes/no question (first word: the letter shown in [j/N]).
prompt-yes-words = y yes
prompt-no-words = n no
prompt-answer-yes-or-no = answer { $yes } or { $no }

# Writing a document or export file.
docs-cannot-write-in = cannot write in { $dir }
docs-setting-mode = setting the file mode
docs-writing = writing { $path }
docs-not-a-regular-file = { $path } is not a regular file (a device, a pipe or a folder); livcr writes only files
docs-not-a-regular-file-hint = give a file name, or a folder where the command names the file itself

# What a prompt shows in place of a typed passphrase.
prompt-hidden = [hidden]

# The system's common file errors, in place of the OS's English (not used in English).
io-not-found = file or folder not found
io-permission-denied = permission denied
io-already-exists = it already exists
