# The composition of a cell: cells, organisations, members and their seats (rules R1-R5).
# Commands: cell, org, member. Placeables are { $name }; plural forms use { $count -> … }.

## Rules R1-R5 (`cell check`, `cell show`): one line per finding

comp-r1-no-municipality = the cell covers no municipality
comp-r1-no-mayor = { $municipality } ({ $nis }) has no mayor or mayor's representative
comp-r1-mayor-not-covered = mayor seat for { $nis }, which the cell does not cover
comp-r1-ok-joint = joint cell of { $count } municipalities, each with a mayor
comp-r1-ok = one municipality, with its mayor
comp-r2-no-chair = no chair
comp-r2-chair-not-mayor = the chair holds no mayor seat of the cell's municipalities
comp-r2-many-chairs = { $count } chairs at once; a cell has one
comp-r2-io-not-police = the IO seat is held by someone outside the local police
comp-r2-no-io = no Information Officer (io) of the local police
comp-r2-no-prevention = no municipal prevention official
comp-r2-ok = a chair who is a mayor, an IO and a prevention official
comp-r3-no-clearance = IO without a confirmed clearance "geheim"
comp-r3-ok = every IO's clearance is confirmed
comp-r4-security = member of { $service }, a security or intelligence service
comp-r4-police-seat = local police member in a { $role } seat; the police sit only as IO
comp-r4-ok = no security or intelligence service at the table
comp-r5-none = no signed confidentiality declaration
comp-r5-expired = confidentiality declaration expired on { $date }
comp-r5-future = confidentiality declaration only signed on { $date }
comp-r5-ok = every member signed a valid confidentiality declaration

## Refusals by the rules

comp-r4-org-refused = { $name } is { $service }: security and intelligence services do not sit in an LIVC-R (rule R4)
comp-r4-org-refused-hint = the police take part only through the Information Officer of the local police (role io), who represents the Local Taskforce
comp-r4-police-not-io = { $org } is a local police service; its members sit only as Information Officer (rule R4), and { $who } would hold a { $role } seat
comp-r4-police-not-io-hint = for a new seat use --role io or the member's other organisation; a seat held already ends with `livcr member end { $member } --role { $role }`
comp-r4-io-not-police = the io seat belongs to the local police's Information Officer (rule R4); { $who } would hold it as a member of { $org }, sector { $sector }
comp-r4-io-not-police-hint = choose the local police organisation (sector local_police); a seat held already ends with `livcr member end { $member } --role io`
comp-r4-looks-police = { $org } looks like a local police service; its members sit only as Information Officer (rule R4), and { $who } would hold a { $role } seat
comp-r4-looks-police-hint = if it is the police, set its sector with `livcr org edit { $id } --sector local_police`; if not, rename it
comp-r2-held-meeting = the { $role } seat was in force at meeting { $id } held on { $date }; it cannot end on { $until }, before that meeting (rule R2: a held meeting's composition is fixed)
comp-end-after-hint = end it after { $date }
comp-r9-open-cases = cell { $cell } still holds { $count ->
        [one] 1 open case
       *[other] { $count } open cases
    } of { $municipality } ({ $codes }); a case belongs to the cell that covers its municipality (rule R9), so { $municipality } cannot leave on { $on }
comp-r9-open-cases-hint = move them with --transfer-to CELL (the cell that covers it next) or close them with --close-open-cases REASON
comp-mayor-org-mismatch = the mayor seat for { $municipality } is held by a member of { $org }, which names { $named }: in a joint cell each mayor speaks for their own municipality (check the organisation or the seat)
comp-establish-ended = { $label } began with the cell on { $old } and ended on { $until }; the cell cannot be established on { $new }, after it
comp-establish-depends = { $label } begins on { $from }, before { $new }; the cell cannot be established after what depends on it
comp-establish-before-hint = give an establishment date on or before { $date }

## The composition's writers

comp-period-coverage = the coverage of { $municipality }
comp-period-seat = the { $role } seat of { $name } (#{ $id })
comp-establish-future = cell { $cell } cannot be established on { $new }: that date has not come yet
comp-establish-future-hint = give the date the cell was set up, today or before
comp-establish-after-records = cell { $cell } has a meeting or a case dated { $first }; it cannot be established on { $new }, after it
comp-establish-covered = { $municipality } is covered by cell { $other } until { $until }; cell { $cell } cannot cover it from { $new } (rule R1: one cell per municipality at a time)
comp-establish-covered-today = { $municipality } is covered by cell { $other } until today; cell { $cell } cannot cover it from { $new } (rule R1: one cell per municipality at a time)
comp-establish-after-hint = give an establishment date on or after { $date }
comp-org-name-taken = another organisation is already called { $name }
comp-org-name-taken-hint = choose another name, or list them with `livcr org list`
comp-declaration-future = confidentiality declaration signed on { $date } is in the future (today is { $today })
comp-clearance-future = clearance "geheim" confirmed on { $date } is in the future (today is { $today })
comp-date-future-hint = give with { $flag } the date it happened, on or before today
comp-seat-end-present = { $name } (#{ $id }) is recorded present at meeting { $meeting } on { $date }; the seat cannot end on { $until }, before that meeting
comp-seat-end-present-hint = end it after { $date }, or correct the attendance first (`livcr meeting attend { $meeting } --absent { $id }`)
comp-seat-end-breaks-r2 = from { $until } cell { $cell } breaks rule R2: { $problem } (`livcr cell check --on { $until }`)

## What was being done when the file failed (error context)

comp-ctx-adding-cell = adding cell { $code }
comp-ctx-updating-cell = updating cell { $code }
comp-ctx-moving-coverage = moving the coverage with the establishment date
comp-ctx-moving-seat = moving the seat with the establishment date
comp-ctx-reading-closed-cases = reading the cell's closed cases
comp-ctx-stored-closure-date = stored closure date { $date }
comp-ctx-recomputing-purge-date = recomputing a purge date
comp-ctx-reading-held-meetings = reading the held meetings
comp-ctx-reading-cells = reading cells
comp-ctx-reading-cell = reading cell { $cell }
comp-ctx-reading-coverage-of = reading coverage of { $nis }
comp-ctx-reading-municipalities = reading the cell's municipalities
comp-ctx-adding-coverage = adding { $nis } to the cell
comp-ctx-reading-the-coverage = reading the coverage
comp-ctx-ending-coverage = ending coverage
comp-ctx-adding-org = adding organisation { $name }
comp-ctx-updating-org = updating organisation { $id }
comp-ctx-reading-orgs = reading organisations
comp-ctx-reading-org = reading organisation
comp-ctx-reading-org-members = reading the organisation's members
comp-ctx-reading-members = reading members
comp-ctx-reading-member = reading member
comp-ctx-reading-member-by-email = reading member by e-mail
comp-ctx-adding-member = adding member { $name }
comp-ctx-no-org = no organisation { $id }
comp-ctx-updating-member = updating member { $id }
comp-ctx-reading-seats = reading seats
comp-ctx-no-member = no member { $id }
comp-ctx-adding-seat = adding the seat
comp-ctx-reading-seat = reading seat { $id }
comp-ctx-ending-seat = ending the seat
comp-ctx-reading-open-cases = reading the open cases
comp-ctx-moving-case = moving the case
comp-ctx-moving-referrals = moving the case's referrals
comp-ctx-reading-coverage = reading coverage

## livcr cell

comp-cell-code-invalid = invalid cell code { $code }
comp-cell-code-invalid-hint = use 2 to 20 letters, digits or dashes, starting with a letter or digit, e.g. GENT or ZONE-VLAS
comp-covered-by = { $municipality } ({ $nis }) is already covered by cell { $cell } from { $from } (rule R1: one cell per municipality at a time)
comp-covered-by-until = { $municipality } ({ $nis }) is already covered by cell { $cell } from { $from } until { $until } (rule R1: one cell per municipality at a time)
comp-covered-by-hint = first end that coverage with `livcr cell leave { $cell } --municipality { $nis } --on DATE`
comp-covered-by-this = { $municipality } ({ $nis }) is already covered by this cell from { $from }
comp-brussels-lang-note = a Brussels cell gets Dutch documents by default; French is available with --lang fr (at `cell add` or later with `cell edit`)
comp-prompt-cell-code = Cell code (e.g. GENT)
comp-prompt-cell-name = Name of the cell
comp-prompt-cell-municipality = Municipality the cell covers
comp-prompt-cell-another = Add another municipality (joint cell)?
comp-missing-cell-code = CODE (the cell code, first argument)
comp-cell-name-empty = empty --name; give the cell's full name
comp-name-empty = empty --name
comp-retention-invalid = invalid --retention-months { $value }; use 1 to 240
comp-review-invalid = invalid --review-weeks { $value }; use 1 to 104
comp-municipality-twice = { $municipality } ({ $nis }) is given twice
comp-cell-exists = a cell with code { $code } already exists
comp-cell-exists-hint = choose another code, or change that cell with `livcr cell edit`
comp-cell-added = added cell { $code } ({ $municipalities }), documents in { $lang }
comp-cell-added-joint = added joint cell of { $count } municipalities { $code } ({ $municipalities }), documents in { $lang }
comp-section-municipalities = Municipalities
comp-section-members-by-role = Members by role
comp-section-rules = Rules
comp-cell-check-breaks = cell { $cell } breaks { $count ->
    [one] rule
   *[other] rules
} { $rules } on { $date }
comp-nothing-to-change = nothing to change
comp-cell-nothing-to-change-hint = give --name, --lang, --established, --retention-months or --review-weeks
comp-cell-changed-name = name { $name }
comp-cell-changed-lang = lang { $lang }
comp-cell-changed-established = established on { $date }
comp-cell-changed-retention = retention { $count ->
        [one] 1 month
       *[other] { $count } months
    }
comp-cell-changed-review = review every { $count ->
        [one] 1 week
       *[other] { $count } weeks
    }
comp-cell-updated = cell { $cell } updated: { $changes }
comp-cell-retention-note = retention { $months ->
        [one] 1 month
       *[other] { $months } months
    }: { $count ->
        [one] 1 case
       *[other] { $count } cases
    } (closed or declined) got a new purge date, { $due } of them due for purge now (rule R11; `livcr purge --dry-run` lists them)
comp-cell-moved-note = { $periods ->
        [one] 1 municipality period
       *[other] { $periods } municipality periods
    } and { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    } that began with the cell now begin on { $date }
comp-cell-joins = { $municipality } ({ $nis }) joins cell { $cell } from { $from }
comp-cell-joins-note = add its mayor with `livcr member add NAME --org ORG --role mayor --municipality { $nis }`
comp-cell-not-covering = cell { $cell } does not cover { $municipality } ({ $nis }) on { $date }
comp-cell-not-covering-hint = `livcr cell show` lists the municipalities and their dates
comp-cell-last-municipality = { $municipality } ({ $nis }) is the last municipality of cell { $cell }; a cell covers at least one (rule R1)
comp-cell-last-municipality-hint = let another municipality join first
comp-close-future = --close-open-cases closes the cases on the leave date, { $date }, which is in the future; a closure is recorded once it happened
comp-close-future-hint = leave on or before today, or give --transfer-to CELL
comp-cell-leaves = { $municipality } ({ $nis }) leaves cell { $cell } on { $date }
comp-cell-leaves-mayor-note = its mayor's seat ends on { $date } as well
comp-cell-leaves-moved = { $count ->
        [one] 1 open case
       *[other] { $count } open cases
    } moved to cell { $cell } with their history
comp-cell-leaves-moved-joined = { $count ->
        [one] 1 open case
       *[other] { $count } open cases
    } moved to cell { $cell } with their history; cell { $cell } covers { $municipality } from { $date }: add its mayor with `livcr --cell { $cell } member add NAME --org ORG --role mayor --municipality { $nis }`
comp-cell-leaves-closed = { $count ->
        [one] 1 open case
       *[other] { $count } open cases
    } closed on { $date } ({ $reason }); their purge dates follow the retention
comp-transfer-same-cell = --transfer-to { $cell } is the cell the municipality leaves
comp-transfer-same-cell-hint = give the cell that covers it next
comp-transfer-not-established = cell { $cell } is established on { $established }, after the leave date { $date }; it cannot cover { $municipality } ({ $nis }) from { $date } (rule R9: a case belongs to the cell that covers its municipality)
comp-transfer-not-established-hint = leave on or after { $established }, or correct the establishment date with `livcr cell edit { $cell } --established DATE`
comp-transfer-covered = { $municipality } ({ $nis }) is covered by cell { $other } from { $from }; cell { $cell } cannot cover it from { $date } on (rule R1), so the cases cannot move there
comp-transfer-covered-hint = transfer them to cell { $other } instead

## livcr member

comp-email-invalid = invalid e-mail address { $email }
comp-email-invalid-hint = use a work address like name@gent.be
comp-phone-invalid = invalid phone number { $phone }
comp-phone-invalid-hint = use digits with spaces, dots, slashes or a leading +, e.g. 09 266 50 00 or +32 9 266 50 00
comp-member-name-empty = empty member name
comp-prompt-member-name = Name of the member
comp-prompt-member-org = Organisation
comp-prompt-member-role = Role
comp-prompt-member-municipality = Municipality of this mayor
comp-prompt-member-email = Work e-mail (how livcr knows the same person in a second seat; empty to skip)
comp-email-try-again = { $error }; try again or leave it empty
comp-no-org-yet = no organisation yet
comp-no-org-yet-hint = add one first with `livcr org add NAME --sector S`
comp-missing-name = NAME (first argument)
comp-missing-mayor-municipality = --municipality (a mayor seat names its municipality)
comp-municipality-not-mayor = --municipality is only for a mayor seat, not for role { $role }
comp-municipality-not-mayor-hint = leave --municipality out
comp-member-other-org = { $name } ({ $email }) is recorded with organisation { $org }, not { $wanted }
comp-member-other-org-hint = change it first with `livcr member edit { $id } --org ...`, or use another e-mail
comp-mayor-not-covered-hint = a mayor seat names one of the cell's municipalities; add it with `livcr cell join { $cell } --municipality { $nis }`
comp-mayor-seat-taken = { $municipality } ({ $nis }) already has a mayor seat: { $name } (#{ $id }) from { $from }
comp-mayor-seat-taken-hint = one mayor seat per municipality; end it first with `livcr member end { $id } --role mayor --on DATE`
comp-chair-not-mayor = the chair must be a mayor of one of cell { $cell }'s municipalities on { $date }
comp-chair-not-mayor-hint = give the mayor's seat first (`member add NAME --role mayor --municipality X --email E`), then the chair seat with the same --email; a mayor recorded without e-mail gets one with `livcr member edit ID --email E`
comp-chair-taken = cell { $cell } already has a chair: { $name } (#{ $id }) from { $from }
comp-chair-taken-hint = one chair at a time; end that seat first with `livcr member end { $id } --role chair --on DATE`
comp-seat-held-already = { $name } (#{ $id }) already holds a { $role } seat in cell { $cell }
comp-inviter-not-mayor = { $name } (#{ $id }) is not a mayor or the chair of cell { $cell } on { $date }; partners are invited by a mayor or the chair
comp-inviter-not-mayor-hint = give the mayor or chair who invited them with --invited-by
comp-invited-by-role = --invited-by is for partner and ad_hoc seats, not { $role }
comp-invited-by-role-hint = leave --invited-by out
comp-no-inviter = no inviting mayor or chair recorded; partners take part on the mayor's invitation (give --invited-by)
comp-invited-on-needs-by = --invited-on needs --invited-by
comp-no-email = no e-mail
comp-namesake = { $org } already has a member of this name: { $members }; if it is the same person, give this seat with their --email (a member without one gets it with `livcr member edit { $id } --email E`); if not, give each an --email to tell them apart
comp-member-vanished = member vanished
comp-member-added = added { $name } (#{ $id }) as { $role } in cell { $cell }
comp-member-added-for = added { $name } (#{ $id }) as { $role } in cell { $cell } for { $municipality }
comp-member-seat-given = gave a seat to { $name } (#{ $id }) as { $role } in cell { $cell }
comp-member-seat-given-for = gave a seat to { $name } (#{ $id }) as { $role } in cell { $cell } for { $municipality }
comp-mayor-seat-until-note = the cell covers this municipality until { $date }; the mayor seat ends then too
comp-matched-by-email-note = { $given } matched the existing member { $name } by e-mail; the name on record was kept
comp-no-email-note = no e-mail recorded for { $name }: a second seat for the same person (a mayor who chairs, for instance) is given with `member add` and the same --email; add it with `livcr member edit { $id } --email ADDRESS`
comp-io-no-clearance-warning = no confirmed security clearance "geheim" for this IO (rule R3); record it with `livcr member clearance { $id } --confirmed DATE`
comp-no-declaration-note = record the signed confidentiality declaration with `livcr member declare { $id } --signed DATE` (rule R5)
comp-not-signed = not signed
comp-section-seats = Seats
comp-email-taken = e-mail { $email } already belongs to { $name } (#{ $id })
comp-member-nothing-to-change-hint = give --name, --email, --phone, --org or --secret-holder
comp-field-name = name
comp-field-email = email
comp-field-phone = phone
comp-field-organisation = organisation
comp-field-secret-holder = secret holder
comp-member-updated = member { $id } updated: { $changes }
comp-end-seats-question = End the { $roles } { $count ->
        [one] seat
       *[other] seats
    } of { $name } in cell { $cell } on { $date }?
comp-end-seats-what = ending the seats of { $name } (#{ $id })
comp-no-seat = { $name } (#{ $id }) holds no seat in cell { $cell } on { $date }
comp-no-seat-of-role = { $name } (#{ $id }) holds no { $role } seat in cell { $cell } on { $date }
comp-no-seat-hint = `livcr member show { $id }` lists the seats
comp-seat-starts-later = the { $role } seat of { $name } starts on { $date }; end it on or after that date
comp-seats-ended = ended { $count ->
        [one] 1 seat
       *[other] { $count } seats
    } of { $name } (#{ $id }) in cell { $cell } on { $date }: { $roles }
comp-seats-ended-check-note = run `livcr cell check` to see whether the cell still meets rules R1-R2
comp-valid-until-before-signed = --valid-until { $until } is before --signed { $signed }
comp-declaration-recorded = recorded the confidentiality declaration of { $name } (#{ $id }), signed { $date }
comp-clearance-recorded = recorded the clearance "geheim" of { $name } (#{ $id }), confirmed { $date }
comp-clearance-not-io-note = this member holds no io seat; rule R3 concerns the IO

## livcr org

comp-org-name-empty = empty organisation name
comp-prompt-org-name = Organisation name
comp-prompt-org-sector = Sector
comp-org-exists = organisation { $name } already exists
comp-org-exists-hint = list them with `livcr org list`
comp-org-added = added organisation { $id } { $name } ({ $sector })
comp-org-looks-police-warning = { $name } looks like a local police service; use --sector local_police so its members can hold the io seat (`livcr org edit { $id } --sector local_police`)
comp-org-legal-basis-note = record the legal basis of this service's participation (e.g. the decree of 21 May 2021 or of 8 June 2023) with --legal-basis
comp-org-nothing-to-change-hint = give --name, --sector or --legal-basis
comp-field-sector = sector
comp-field-legal-basis = legal_basis
comp-org-updated = organisation { $id } updated: { $changes }

# Field names in the text gate's messages.
comp-field-cell-name = cell name
comp-field-organisation-name = organisation name
comp-field-legal-basis-text = legal basis
