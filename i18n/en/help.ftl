# The help of every command and option (`--help`, `livcr man`), generated from the
# doc comments in src/cli by `LIVCR_BLESS=1 cargo test --test i18n`. Do not edit the
# English here: edit the doc comment and bless. The other languages translate these keys.

## Commands and options

about-livcr =
    Secretariat tool for a Belgian LIVC-R / CSIL-R (local integrated security cell on radicalisation, extremism and terrorism)
long-about-livcr =
    Secretariat tool for a Belgian LIVC-R / CSIL-R (local integrated security cell on radicalisation, extremism and terrorism).

    livcr keeps the cell's composition, its meetings, its anonymised cases and the referrals that pass through the Information Officer in one local SQLite file, and produces the exports and reminders a secretariat needs. Cases are random codes with coarse facts: never a name.
after-help-livcr =
    Exit codes: 0 success; 1 error (bad value, refused by a rule, not found, database problem); 2 usage error; 3 `remind --fail-if-due` found work due.
    Set LIVCR_TODAY=YYYY-MM-DD to fix today's date (tests, reproducible reports).
help-livcr--db =
    Database file [default: $LIVCR_DB, else the config's `db`, else $XDG_DATA_HOME/livcr/livcr.db; %APPDATA%\livcr\livcr.db on Windows]
help-livcr--config =
    Config file [default: $XDG_CONFIG_HOME/livcr/config.toml; %APPDATA%\livcr\config.toml on Windows]
help-livcr--cell =
    The cell to work on, by its code [default: the only cell, or the config's `cell`]
help-livcr--format =
    Output format: each command's --help lists the formats it accepts (lists: table, json, csv, md; documents: md, html)
help-livcr--actor =
    Your name in the audit log [default: the config's `actor`, else your login name]
help-livcr--no_input =
    Never ask questions: a missing value is an error naming its flag
help-livcr--yes =
    Answer yes to confirmations
help-livcr--key_file =
    Key file of an encrypted database: its first line is the passphrase, or the raw key written by `livcr key new`; mode 0600 [default: $LIVCR_KEY_FILE, else the config's `key_file`, else the OS keyring if the key was kept there, else a prompt on a terminal]
help-livcr--lang =
    Language of documents [default: the cell's language]
help-livcr--color =
    Colour in tables (statuses, overdue dates): auto colours on a terminal unless NO_COLOR is set or TERM=dumb
help-livcr--wide =
    Show every column of a list (a table shows the default columns that fit 80 columns)
help-livcr--columns =
    Show these columns of a list, in this order, in any format (names as in the JSON/CSV header, e.g. `--columns code,status,opened_on`)
about-init =
    Create a new, empty database (never overwrites one), encrypted unless --plain
long-about-init =
    Create a new, empty database (never overwrites one), encrypted unless --plain

    The passphrase comes from --key-file (LIVCR_KEY_FILE, the config's `key_file`), else it is asked twice on a terminal, and then livcr asks whether to keep it in the OS keyring (default No). A lost passphrase means lost data: keep it in a password manager or a sealed envelope, never beside the file or its backups.
help-init--plain =
    Create an unencrypted file: anyone holding a copy of it (a backup, a laptop sent for repair) can read every case
help-init--keyring =
    Keep the key in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux) so that later commands on this account need no key file or prompt
about-demo =
    Build a realistic demo database and show what livcr does with it
long-about-demo =
    Build a realistic demo database and show what livcr does with it

    Without --db it writes livcr-demo.db in the current folder, never your real database, and it refuses to overwrite a file that is not a demo database.
help-demo--scale =
    Instead of the tour, generate a large synthetic file for benchmarks: N cells of two municipalities, each with ten years of cases, journal, actions and monthly meetings (250 gives a national-size file: 100,000 cases, about a million journal entries)
help-demo--cases_per_cell =
    With --scale: cases per cell
about-config =
    Show the settings in force, or print a commented default config file
about-config-show =
    Print every setting in force and where it came from
about-config-default =
    Print a fully commented default config file (the same as examples/config.toml)
about-municipality =
    Belgian municipalities (reference data, NIS codes, 2025 mergers)
about-municipality-list =
    List municipalities, optionally filtered
help-municipality-list--search =
    Only names (NL, FR or DE; case, accents and St./Sint/Saint/Sankt ignored) or NIS codes matching TEXT, exact matches first; former municipalities (merged in 2025) find what they became
help-municipality-list--region =
    Only one region
about-municipality-show =
    Show one municipality, by NIS code or name (codes ended by the 2025 mergers are mapped)
help-municipality-show--municipality =
    NIS code (5 digits) or name in NL, FR or DE
about-cell =
    Cells: the municipalities they cover, their composition and the rules R1-R5
about-cell-add =
    Add a cell covering one municipality, or several for a joint cell
long-about-cell-add =
    Add a cell covering one municipality, or several for a joint cell

    --lang sets the cell's document language; it defaults to the region of the first municipality (Flanders nl, Wallonia fr, Brussels nl, the nine German-speaking municipalities de). On a terminal, missing values are asked for.
help-cell-add--code =
    Short code of the cell, e.g. GENT or ZONE-VLAS (letters, digits, dashes)
help-cell-add--name =
    Full name, e.g. "LIVC-R Gent"
help-cell-add--municipalities =
    A municipality the cell covers (NIS code or name); repeat for a joint cell
help-cell-add--established =
    Date the mayor(s) set up the cell [default: today]
help-cell-add--retention_months =
    Months a closed case is kept before purge
help-cell-add--review_weeks =
    Weeks between case reviews
about-cell-list =
    List the cells in this file
about-cell-show =
    Show a cell: municipalities, members by role and the state of every rule
help-cell-show--code =
    Cell code [default: --cell, or the only cell]
help-cell-show--on =
    Show the composition as it was on this date
about-cell-edit =
    Change a cell's name, language (--lang), establishment date, retention or review interval
help-cell-edit--code =
    Cell code
help-cell-edit--name =
    New name
help-cell-edit--established =
    New establishment date; municipalities and seats that began on the old date move with it
help-cell-edit--retention_months =
    Months a closed case is kept before purge; the purge dates of the cell's closed and declined cases are recomputed
help-cell-edit--review_weeks =
    Weeks between case reviews
about-cell-join =
    A municipality joins the cell (it becomes or stays a joint cell)
help-cell-join--code =
    Cell code
help-cell-join--municipality =
    NIS code or name of the municipality
help-cell-join--from =
    First day the cell covers it [default: today]
about-cell-leave =
    A municipality leaves the cell; its mayor's seat ends on the same day
long-about-cell-leave =
    A municipality leaves the cell; its mayor's seat ends on the same day

    A case belongs to the cell that covers its municipality (rule R9): while the cell holds open cases of the municipality, give --transfer-to or --close-open-cases.
help-cell-leave--code =
    Cell code
help-cell-leave--municipality =
    NIS code or name of the municipality
help-cell-leave--on =
    First day the cell no longer covers it [default: today]
help-cell-leave--transfer_to =
    The cell that covers the municipality from the leave date on (it joins then, if it does not yet): the open cases move to it with their history
help-cell-leave--close_open_cases =
    Close the open cases on the leave date with this closure reason (cases never put on the list are declined)
about-cell-check =
    Check the composition rules R1-R5 (exit 1 when a rule is broken)
help-cell-check--code =
    Cell code [default: --cell, or the only cell]
help-cell-check--on =
    Check the composition as it was on this date
about-org =
    Organisations whose staff sit in the cell
about-org-add =
    Add an organisation (security and intelligence services are refused: rule R4)
help-org-add--name =
    Name, e.g. "OCMW Gent" or "CPAS de Liège"
help-org-add--sector =
    Sector
help-org-add--legal_basis =
    Legal basis of participation, for services of the Communities and Regions
about-org-list =
    List organisations
about-org-edit =
    Change an organisation's name, sector or legal basis
help-org-edit--org =
    Organisation id or name
help-org-edit--name =
    New name
help-org-edit--sector =
    New sector
help-org-edit--legal_basis =
    New legal basis of participation (services of the Communities and Regions)
about-member =
    Members: seats held by people of organisations, declarations and clearances
about-member-add =
    Give a person a seat in the cell (a new person, or an existing one found by e-mail)
help-member-add--name =
    Full name of the member (a professional; never a case subject)
help-member-add--org =
    Organisation id or name
help-member-add--role =
    Role in the cell
help-member-add--municipality =
    For a mayor seat: the municipality (NIS code or name)
help-member-add--email =
    Work e-mail (an existing person with this e-mail gets the extra seat)
help-member-add--phone =
    Work phone
help-member-add--from =
    First day of the seat [default: today]
help-member-add--invited_by =
    For partner and ad hoc seats: the mayor or chair who invited them
help-member-add--invited_on =
    Date of the invitation [default: the first day of the seat]
help-member-add--secret_holder =
    The member holds professional secrecy (asked to confirm feedback forms contain none)
about-member-list =
    List members (seats in force today, or all with --all)
help-member-list--role =
    Only this role
help-member-list--all =
    Include ended seats
about-member-show =
    Show a member: contact, seats, declaration and clearance
help-member-show--member =
    Member id, e-mail or a unique part of the name
about-member-edit =
    Change a member's name, contact details, organisation or secret-holder mark
help-member-edit--member =
    Member id, e-mail or a unique part of the name
help-member-edit--name =
    New full name (a professional; never a case subject)
help-member-edit--email =
    New work e-mail
help-member-edit--phone =
    New work phone
help-member-edit--org =
    Organisation id or name
help-member-edit--secret_holder =
    Holds professional secrecy (true or false)
about-member-end =
    End a member's seats; the history and the audit log stay. Asks first on a terminal (--yes skips the question)
help-member-end--member =
    Member id, e-mail or a unique part of the name
help-member-end--on =
    First day the seat no longer holds [default: today]
help-member-end--role =
    Only the seat with this role [default: every seat the member holds in the cell]
about-member-declare =
    Record a signed confidentiality declaration (rule R5)
help-member-declare--member =
    Member id, e-mail or a unique part of the name
help-member-declare--signed =
    Date signed
help-member-declare--valid_until =
    Last day it is valid [default: no end]
about-member-clearance =
    Record the date an IO's security clearance "geheim" was confirmed (rule R3)
help-member-clearance--member =
    Member id, e-mail or a unique part of the name
help-member-clearance--confirmed =
    Date confirmed
about-case =
    Anonymised cases: codes, status, journal, reviews, closure
about-case-open =
    Open a case for a new signal; prints its random code (never a name: rule R8)
help-case-open--municipality =
    Municipality of the case (NIS code or name); it must be covered by the cell. Required: asked on a terminal when left out
help-case-open--source =
    Who reported the concern (required; asked on a terminal when left out)
help-case-open--source_org =
    The organisation that reported it (id or name)
help-case-open--phenomenon =
    Phenomenon (required; asked on a terminal when left out)
help-case-open--age_band =
    Age band, never a date of birth (required; asked on a terminal when left out)
help-case-open--summary =
    A short summary in general terms (checked by the privacy linter)
help-case-open--on =
    Date of the signal, for entering a backlog [default: today]
about-case-list =
    List cases (open ones by default), soonest review first; minors are marked (R12)
help-case-list--status =
    Only this status
help-case-list--municipality =
    Only this municipality (NIS code or name)
help-case-list--phenomenon =
    Only this phenomenon
help-case-list--review_due =
    Only cases whose review is due (today or earlier)
help-case-list--minors =
    Only minors (age bands under_12 and 12_17)
help-case-list--all =
    Include closed and declined cases
about-case-show =
    Show a case: facts, journal, actions (each view is written to the audit log)
help-case-show--code =
    Case code (case and dashes do not matter)
about-case-move =
    Move a case to another status (on_list only by the chair or the municipality's mayor: R9)
help-case-move--code =
    Case code
help-case-move--to =
    New status
help-case-move--decided_by =
    The member who decided (required for on_list: the chair or the mayor)
help-case-move--reason =
    Why, in general terms (passes the privacy linter)
help-case-move--on =
    Date of the decision [default: today]
about-case-note =
    Add a note to the case's journal (checked by the privacy linter)
long-about-case-note =
    Add a note to the case's journal (checked by the privacy linter)

    Give the text as an argument, with --file, or, on a terminal, write it in $EDITOR.
help-case-note--code =
    Case code
help-case-note--text =
    The note, in general terms: no names, numbers, contact details or birth dates
help-case-note--file =
    Read the note from a file ("-" for standard input)
help-case-note--on =
    Date of the note [default: today]
about-case-lead =
    Set the lead organisation of the follow-up
help-case-lead--code =
    Case code
help-case-lead--org =
    Organisation id or name
about-case-review =
    Record a review and set the next one (default: the case's interval)
help-case-review--code =
    Case code
help-case-review--on =
    Date of the review [default: today]
help-case-review--next =
    Date of the next review
help-case-review--interval =
    Time to the next review, e.g. 8w or 3m
about-case-close =
    Close a case; retention (and so the purge date) runs from closure
help-case-close--code =
    Case code
help-case-close--reason =
    Why the case is closed
help-case-close--on =
    Date of closure [default: today]
about-case-reopen =
    Reopen a closed or declined case (only before its purge date, judged on today)
long-about-case-reopen =
    Reopen a closed or declined case (only before its purge date, judged on today)

    The case goes back to the status it had before it was closed. When that puts it back on the case list (on_list or follow_up), the chair or the mayor of its municipality decides (rule R9): give --decided-by.
help-case-reopen--code =
    Case code
help-case-reopen--on =
    Date [default: today]
help-case-reopen--decided_by =
    The chair or the mayor of the case's municipality who decided to put it back on the case list (member id, e-mail or name)
about-action =
    Actions agreed for cases: owner, due date, done
about-action-add =
    Add an action to a case: an owner organisation, a due date, a text (linted)
help-action-add--code =
    Case code
help-action-add--org =
    Owner organisation (id or name)
help-action-add--due =
    Due date (YYYY-MM-DD, DD/MM/YYYY or relative like +2w)
help-action-add--text =
    What is to be done, in general terms
help-action-add--on =
    Date the action was agreed, for entering a backlog [default: today]
about-action-list =
    List open actions (soonest due first)
help-action-list--overdue =
    Only overdue actions
help-action-list--org =
    Only this owner organisation
help-action-list--case_code =
    Only this case
help-action-list--all =
    Include done actions
about-action-done =
    Mark an action done
help-action-done--id =
    Action id
help-action-done--on =
    Date done [default: today]
about-action-edit =
    Change an action's owner, due date or text
help-action-edit--id =
    Action id
help-action-edit--org =
    New owner organisation (id or name)
help-action-edit--due =
    New due date (YYYY-MM-DD, DD/MM/YYYY or relative like +2w)
help-action-edit--text =
    New text, in general terms (checked by the privacy linter)
about-meeting =
    Meetings: planning, attendance, decisions, minutes, calendar
about-meeting-plan =
    Plan a meeting (Europe/Brussels local time); a date in the past needs --yes
help-meeting-plan--date =
    Date (YYYY-MM-DD, DD/MM/YYYY, or relative like +7d)
help-meeting-plan--time =
    Start time, e.g. 14:00 or 14h30
help-meeting-plan--kind =
    Kind of meeting
help-meeting-plan--location =
    Where (no case data)
help-meeting-plan--duration =
    Length, e.g. 2h, 90m, 1h30
about-meeting-list =
    List meetings
help-meeting-list--upcoming =
    Only meetings from today on
help-meeting-list--past =
    Only meetings before today
about-meeting-show =
    Show a meeting: time, place, agenda, attendance, decisions
help-meeting-show--meeting =
    Meeting id, or its date when only one meeting falls on it
about-meeting-move =
    Move a planned meeting to another date and time
help-meeting-move--meeting =
    Meeting id or date
help-meeting-move--to =
    New date and time: `--to 2026-12-14 14:00`
about-meeting-cancel =
    Cancel a planned meeting; asks first on a terminal (--yes skips the question)
help-meeting-cancel--meeting =
    Meeting id or date
help-meeting-cancel--reason =
    Why (no case data)
about-meeting-attend =
    Record who was present, excused or absent (members by id, e-mail or name, comma-separated)
help-meeting-attend--meeting =
    Meeting id or date
help-meeting-attend--present =
    Members who were present
help-meeting-attend--excused =
    Members who were excused (sent apologies)
help-meeting-attend--absent =
    Members who were absent without excuse
about-meeting-decide =
    Record the decision on an agenda item and who took part in it
long-about-meeting-decide =
    Record the decision on an agenda item and who took part in it

    The participants are the members present, minus those who left the room for this item, plus invitees who joined for it. Nobody is obliged to say anything (R6): the text is optional. For a case item the decision is written to the case's journal.
help-meeting-decide--meeting =
    Meeting id or date
help-meeting-decide--item =
    Item number
help-meeting-decide--kind =
    Kind of decision
help-meeting-decide--text =
    The decision, in general terms (checked by the privacy linter)
help-meeting-decide--left =
    Members who left the room for this item
help-meeting-decide--joined =
    Invitees who joined for this item
about-meeting-close =
    Mark a meeting as held (a case consultation needs its statutory presence: R2)
long-about-meeting-close =
    Mark a meeting as held (a case consultation needs its statutory presence: R2)

    Its items are then fixed: with items still undecided it asks first on a terminal, and needs --yes elsewhere.
help-meeting-close--meeting =
    Meeting id or date
help-meeting-close--force =
    Close even without the statutory presence (needs --reason; audited)
help-meeting-close--reason =
    Why the meeting is closed without the statutory presence (with --force)
about-meeting-run =
    Walk through a meeting on a terminal: attendance, then item by item
help-meeting-run--meeting =
    Meeting id or date
about-meeting-minutes =
    Write the minutes: attendance, items, decisions, actions (confidential)
help-meeting-minutes--meeting =
    Meeting id or date
help-meeting-minutes--out =
    Write to this file (mode 0600) instead of standard output
about-meeting-ics =
    Write an iCalendar file (RFC 5545) of the cell's meetings: planned, held and cancelled
help-meeting-ics--out =
    Write to this file (mode 0600) instead of standard output
help-meeting-ics--from =
    Only meetings from this date on [default: all]
about-agenda =
    Agendas: drafted from the state of the cases, edited, exported per invitee
about-agenda-draft =
    Draft the agenda from the state of the cases on the meeting's date (idempotent)
help-agenda-draft--meeting =
    Meeting id or date
about-agenda-add =
    Add an item by hand
help-agenda-add--meeting =
    Meeting id or date
help-agenda-add--text =
    The item's text (checked by the privacy linter)
help-agenda-add--case_code =
    The case the item is about
help-agenda-add--kind =
    The heading it goes under [default: aob, or reviews for a case]
about-agenda-move =
    Put an item under another heading; it keeps its number
long-about-agenda-move =
    Put an item under another heading; it keeps its number

    Item numbers are given once and never change while the meeting lives, so that `meeting decide M N` and `feedback draft --item M:N` always mean the same item. The agenda shows items by heading, then by number.
help-agenda-move--meeting =
    Meeting id or date
help-agenda-move--item =
    Item number (as `agenda show` lists it)
help-agenda-move--to =
    The heading it goes under
about-agenda-rm =
    Remove an item (not one with a decision); asks first on a terminal (--yes skips it)
long-about-agenda-rm =
    Remove an item (not one with a decision); asks first on a terminal (--yes skips it)

    The other items keep their numbers.
help-agenda-rm--meeting =
    Meeting id or date
help-agenda-rm--item =
    Item number (as `agenda show` lists it)
about-agenda-show =
    Show the agenda
help-agenda-show--meeting =
    Meeting id or date
about-agenda-export =
    Write the confidential agenda as a document (md or html), optionally one invitee's copy
help-agenda-export--meeting =
    Meeting id or date
help-agenda-export--for_member =
    The invitee's copy: general items plus the cases their organisation is involved in
help-agenda-export--out =
    Write to this file (mode 0600) instead of standard output
about-referral =
    Referrals through the Information Officer (the only bridge to the Local Taskforce)
about-referral-in =
    Record a referral from the Local Taskforce, brought in by the IO
long-about-referral-in =
    Record a referral from the Local Taskforce, brought in by the IO

    Give the case it concerns (--case) or open a new one (--new, source io) in the same step. Record only coarse categories: security labels and classified material stay out (R13).
help-referral-in--via =
    The IO who brought it in [default: the cell's only active IO]
help-referral-in--received =
    Date received
help-referral-in--case_code =
    The case it concerns
help-referral-in--new =
    Open a new case (source io) for it
help-referral-in--municipality =
    For --new: the municipality
help-referral-in--phenomenon =
    For --new: the phenomenon
help-referral-in--age_band =
    For --new: the age band
help-referral-in--reason =
    Why, as a coarse category
help-referral-in--note =
    A short note in general terms (linted; no security labels: R13)
help-referral-in--expects_feedback_by =
    When the LTF expects feedback
about-referral-list =
    List referrals
help-referral-list--open =
    Only open ones (received, discussed, accepted)
help-referral-list--direction =
    Only one direction
about-referral-show =
    Show a referral
help-referral-show--id =
    Referral id
about-referral-update =
    Change a referral's status
help-referral-update--id =
    Referral id
help-referral-update--status =
    New status
help-referral-update--on =
    Date [default: today]
about-referral-feedback =
    Record that the IO carried the cell's feedback on an inbound referral back to the LTF
long-about-referral-feedback =
    Record that the IO carried the cell's feedback on an inbound referral back to the LTF

    Feedback reaches the LTF only as a feedback form sent through the consensus gate (R7): this names that sent form, and is refused while the case has none.
help-referral-feedback--id =
    Referral id
help-referral-feedback--form =
    The sent feedback form [default: the case's only sent form]
help-referral-feedback--on =
    Date [default: today]
about-feedback =
    Feedback forms for the police, sent only with every participant's consent (rule R7)
about-feedback-draft =
    Draft a feedback form for the police about a case, tied to the held meeting item where it was discussed (MEETING:ITEM); prints the form's id
help-feedback-draft--code =
    Case code
help-feedback-draft--item =
    The agenda item, as MEETING:ITEM (meeting id or date, item number)
help-feedback-draft--text =
    The text, in general terms (checked by the privacy linter)
help-feedback-draft--file =
    Read the text from a file ("-" for standard input)
about-feedback-edit =
    Change a form's text; every consent and confirmation given so far lapses
help-feedback-edit--id =
    Form id
help-feedback-edit--text =
    The new text, in general terms (checked by the privacy linter)
help-feedback-edit--file =
    Read the new text from a file ("-" for standard input)
about-feedback-consent =
    Record a participant's answer to the form: `--answer yes` (consents) or `--answer no`
long-about-feedback-consent =
    Record a participant's answer to the form: `--answer yes` (consents) or `--answer no`

    The answer is always spelled out: the global --yes never records consent.
help-feedback-consent--id =
    Form id
help-feedback-consent--member =
    The participant
help-feedback-consent--answer =
    The participant's answer
help-feedback-consent--on =
    Date [default: today]
about-feedback-confirm =
    Record a secret-holder's confirmation that the form contains no professional secret
help-feedback-confirm--id =
    Form id
help-feedback-confirm--member =
    The participant who holds professional secrecy
help-feedback-confirm--on =
    Date [default: today]
about-feedback-send =
    Send the form through an active IO: only with every participant's consent and every secret-holder's confirmation (rule R7)
help-feedback-send--id =
    Form id
help-feedback-send--via =
    The IO [default: the cell's only active IO]
help-feedback-send--on =
    Date [default: today]
about-feedback-withdraw =
    Withdraw a form that was not sent; asks first on a terminal (--yes skips the question)
help-feedback-withdraw--id =
    Form id
about-feedback-list =
    List feedback forms
about-feedback-show =
    Show a form as handed to the IO (md or html document; json for scripts)
help-feedback-show--id =
    Form id
help-feedback-show--out =
    Write to this file (mode 0600) instead of standard output
about-export =
    Exports for scripts: the monthly figures, and lists of cases, meetings and actions
about-export-monthly =
    The month's figures (--format csv, json or md; default csv), small counts hidden
long-about-export-monthly =
    The month's figures (--format csv, json or md; default csv), small counts hidden

    For a joint cell the figures are also given per municipality. Counts below K (default 3, the config's suppress_below) are hidden, and so is every figure from which a hidden one could be worked out through the sums of the table. A hidden figure is an empty value (CSV), null (JSON) or `x` (md), with `suppressed` true. With --out DIR the file is livcr-<cell>-<YYYY-MM>.<ext>, written atomically with mode 0600, with a manifest beside it.
help-export-monthly--month =
    The month: YYYY-MM, `last` or `this`
help-export-monthly--out =
    A folder (the file is named for you) or a file
help-export-monthly--suppress_below =
    Hide counts below K [default: the config's suppress_below, 3]
about-export-cases =
    Cases with codes and coarse facts (no free text unless --with-text)
help-export-cases--status =
    Only this status
help-export-cases--with_text =
    Include summaries (recorded in the disclosure register)
help-export-cases--out =
    Write to this file (mode 0600) instead of standard output
about-export-meetings =
    Meetings: dates, kinds, status, items, attendance
help-export-meetings--status =
    Only this status
help-export-meetings--out =
    Write to this file (mode 0600) instead of standard output
about-export-actions =
    Actions: case code, owner, dates (no text unless --with-text)
help-export-actions--status =
    Only open, done or overdue actions
help-export-actions--with_text =
    Include the actions' texts (recorded in the disclosure register)
help-export-actions--out =
    Write to this file (mode 0600) instead of standard output
about-report =
    Reports for the mayors and the council
about-report-annual =
    The year in figures and a month-by-month table (--format md, html or json; default md)
help-report-annual--year =
    The year
help-report-annual--out =
    Write to this file (mode 0600) instead of standard output
help-report-annual--suppress_below =
    Hide counts below K [default: the config's suppress_below, 3]
about-remind =
    What is due or overdue, for cron: prints nothing when nothing is due; never prompts or writes
help-remind--within =
    How far ahead to look, e.g. 14d or 2w [default: the config's remind_within, 14d]
help-remind--fail_if_due =
    Exit with code 3 when something is due
help-remind--for_org =
    Only what concerns one organisation (its actions, the cases it leads, its members)
about-purge =
    Delete closed and declined cases whose retention has ended (rule R11)
long-about-purge =
    Delete closed and declined cases whose retention has ended (rule R11)

    Use --dry-run first to see what would go, then --yes. Anonymous monthly counts are kept so that reports on past months do not change; a destruction register row is written.
help-purge--dry_run =
    Only list what would be deleted
about-audit =
    The audit log: every change, hash-chained
about-audit-list =
    List audit rows, oldest first
help-audit-list--since =
    Only rows on or after this date (YYYY-MM-DD or a relative form like -30d)
help-audit-list--entity =
    Only rows about one kind of entity (cell, organisation, person, membership, database, …)
about-audit-verify =
    Check the hash chain; exit 1 naming the first row that breaks it
help-audit-verify--anchor =
    Also check anchors kept outside the file: an anchor line, or a file of lines or a manifest that holds them; fails when an anchored row is missing or differs
help-audit-verify--deep =
    Also recompute every record and compare it with its last audited state
about-audit-anchor =
    Print the chain head as one line to keep elsewhere (`audit verify --anchor LINE`)
about-backup =
    Copy the database safely while it may be in use, verified before it is reported
long-about-backup =
    Copy the database safely while it may be in use, verified before it is reported

    The copy is one consistent snapshot, encrypted with the same key as the file.
help-backup--out =
    The backup file to write (must not exist)
about-restore =
    Replace the database with a backup, after checks and a confirmation
long-about-restore =
    Replace the database with a backup, after checks and a confirmation

    The current file is kept beside it as `*.before-restore-<time>`.
help-restore--from =
    The backup file to restore (written by `livcr backup`)
help-restore--backup_key_file =
    File holding the backup's own passphrase on its first line (mode 0600), for a backup taken before a `livcr rekey` [default: the current key, else asked on a terminal]
about-encrypt =
    Encrypt a plain database in place (SQLCipher), with a key file or a typed passphrase
about-rekey =
    Change the passphrase of an encrypted database (and the OS keyring's entry, if any)
help-rekey--new_key_file =
    File holding the new passphrase on its first line, or a raw key from `livcr key new` (mode 0600) [default: asked twice on a terminal]
about-key =
    The key of an encrypted database: a new random key file, or kept in the OS keyring
about-key-new =
    Write a new key file holding a random 256-bit key (mode 0600; never overwrites)
long-about-key-new =
    Write a new key file holding a random 256-bit key (mode 0600; never overwrites)

    A raw key opens the file at once, where a typed passphrase costs SQLCipher's key derivation (256,000 rounds of PBKDF2) on every command. Use it with `livcr init --key-file FILE`, `livcr encrypt --key-file FILE` or `livcr rekey --new-key-file FILE`, and keep a copy of it away from the database and its backups: a lost key means lost data.
help-key-new--file =
    The key file to write (must not exist)
about-key-store =
    Keep the key of the database in the OS keyring (the key from --key-file or typed)
long-about-key-store =
    Keep the key of the database in the OS keyring (the key from --key-file or typed)

    Later commands run by this account on this computer then open the file without a key file or a prompt. Anyone who can use the account can then read the file: keep the account locked.
about-key-forget =
    Remove the database's key from the OS keyring (livcr asks for it again)
about-upgrade =
    Upgrade a database written by an older livcr (a copy is kept beside it first)
about-status =
    Show the database file: path, encryption, schema version, audit chain head
about-completions =
    Print shell completions (bash, zsh, fish, elvish, powershell)
long-about-completions =
    Print shell completions (bash, zsh, fish, elvish, powershell)

    e.g. `livcr completions bash > ~/.local/share/bash-completion/completions/livcr`
help-completions--shell =
    The shell to write completions for
about-man =
    Print the manual page (roff), or write one page per command with --out
long-about-man =
    Print the manual page (roff), or write one page per command with --out

    `livcr man --out ~/.local/share/man/man1` writes livcr.1, livcr-case.1, livcr-case-list.1, … (then `man livcr-case-list`); `livcr man` alone prints livcr.1.
help-man--out =
    Write a manual page per command (livcr.1, livcr-case.1, livcr-case-list.1, …) into this folder, created if missing; pages already there are replaced

## Possible values

value-answer-no =
    Does not consent: the form cannot be sent
value-answer-yes =
    Consents to the form as it stands
value-close_open_cases-goals_reached =
    Goals reached; regular care continues
value-color-always =
    Always, also into a pipe or a file
value-color-auto =
    On a terminal, unless NO_COLOR is set or TERM is dumb
value-color-never =
    Never
value-direction-in =
    From the LTF to the cell
value-direction-out =
    From the cell to the LTF
value-kind-aob =
    Any other business and next date
value-kind-case =
    Case consultation
value-kind-chair =
    Decided by the chair
value-kind-closures =
    Closure proposals
value-kind-consensus =
    Decided by consensus
value-kind-feedback =
    Feedback forms to decide
value-kind-mixed =
    Both
value-kind-new_on_list =
    Cases newly on the case list
value-kind-none =
    No decision
value-kind-opening =
    Opening and previous minutes
value-kind-overdue_actions =
    Follow-up: overdue actions
value-kind-policy =
    Policy and trends (no case data)
value-kind-postponed =
    Postponed
value-kind-reviews =
    Follow-up: reviews due
value-kind-signals =
    New signals and screening outcomes
value-kind-strategic =
    Strategic meeting (no case data)
value-phenomenon-anti_government =
    Anti-government or conspiracy-driven
value-phenomenon-mixed =
    Mixed or unclear
value-phenomenon-religious =
    Religiously inspired
value-reason-goals_reached =
    Goals reached; regular care continues
value-role-ad_hoc =
    Invited for specific cases
value-role-chair =
    Chair: a mayor of one of the cell's municipalities
value-role-io =
    Information Officer of the local police, representing the Local Taskforce
value-role-mayor =
    Mayor (or the mayor's representative) of one municipality
value-role-partner =
    Standing invitee
value-role-prevention =
    The municipal prevention official
value-role-secretariat =
    Secretariat
value-source-citizen_or_family =
    A citizen or the family
value-source-io =
    The Information Officer, on behalf of the Local Taskforce
value-source-municipal_service =
    A municipal service
value-source-partner =
    A partner organisation of the cell
value-status-declined =
    Not taken by the cell
value-status-follow_up =
    Tailored follow-up with a lead organisation and actions
value-status-on_list =
    On the case list (decided by the chair or the mayor: R9)
value-status-screening =
    The secretariat and chair see whether it belongs in the cell
value-status-signal =
    Reported, not yet looked at
value-to-aob =
    Any other business and next date
value-to-closures =
    Closure proposals
value-to-feedback =
    Feedback forms to decide
value-to-new_on_list =
    Cases newly on the case list
value-to-opening =
    Opening and previous minutes
value-to-overdue_actions =
    Follow-up: overdue actions
value-to-policy =
    Policy and trends (no case data)
value-to-reviews =
    Follow-up: reviews due
value-to-signals =
    New signals and screening outcomes

## Value names

valname-A-B =
    A,B,…
valname-AGE_BAND =
    AGE_BAND
valname-ALL =
    ALL
valname-BOOL =
    BOOL
valname-CELL =
    CELL
valname-CODE =
    CODE
valname-DATE =
    DATE
valname-DEEP =
    DEEP
valname-DIR =
    DIR
valname-DIR-FILE =
    DIR|FILE
valname-DIRECTION =
    DIRECTION
valname-DRY_RUN =
    DRY_RUN
valname-DURATION =
    DURATION
valname-EMAIL =
    EMAIL
valname-ENTITY =
    ENTITY
valname-FAIL_IF_DUE =
    FAIL_IF_DUE
valname-FILE =
    FILE
valname-FORCE =
    FORCE
valname-FORM =
    FORM
valname-FORMAT =
    FORMAT
valname-ID =
    ID
valname-IO =
    IO
valname-ITEM =
    ITEM
valname-K =
    K
valname-KEYRING =
    KEYRING
valname-KIND =
    KIND
valname-LANG =
    LANG
valname-LINE-FILE =
    LINE|FILE
valname-LOCATION =
    LOCATION
valname-M =
    M,…
valname-MEETING =
    MEETING
valname-MEETING-ITEM =
    MEETING:ITEM
valname-MEMBER =
    MEMBER
valname-MINORS =
    MINORS
valname-N =
    N
valname-NAME =
    NAME
valname-NEW =
    NEW
valname-NIS-NAME =
    NIS|NAME
valname-NOTE =
    NOTE
valname-NO_INPUT =
    NO_INPUT
valname-OPEN =
    OPEN
valname-ORG =
    ORG
valname-OVERDUE =
    OVERDUE
valname-PAST =
    PAST
valname-PATH =
    PATH
valname-PHENOMENON =
    PHENOMENON
valname-PHONE =
    PHONE
valname-PLAIN =
    PLAIN
valname-REASON =
    REASON
valname-REGION =
    REGION
valname-REVIEW_DUE =
    REVIEW_DUE
valname-ROLE =
    ROLE
valname-SECRET_HOLDER =
    SECRET_HOLDER
valname-SECTION =
    SECTION
valname-SECTOR =
    SECTOR
valname-SHELL =
    SHELL
valname-SOURCE =
    SOURCE
valname-SPAN =
    SPAN
valname-STATUS =
    STATUS
valname-TEXT =
    TEXT
valname-TIME =
    TIME
valname-TO =
    TO
valname-UPCOMING =
    UPCOMING
valname-WHEN =
    WHEN
valname-WIDE =
    WIDE
valname-WITH_TEXT =
    WITH_TEXT
valname-YEAR =
    YEAR
valname-YES =
    YES
valname-YYYY-MM-last =
    YYYY-MM|last
valname-yes-no =
    yes|no
