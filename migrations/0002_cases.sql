-- livcr schema, migration 2: anonymised case follow-up (cases, journal, actions), what purge
-- keeps (anonymous counts, the destruction register). Same conventions as schema.sql.
-- Never edit after a release; add a new step.

-- A case: a random pseudonymous code (R8) and coarse facts. Never a name, a date of birth or
-- an address. `case` is an SQL keyword, hence `case_file`.
CREATE TABLE case_file (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,          -- canonical XXXX-XXXX with a check character
    cell_id        INTEGER NOT NULL REFERENCES cell (id) ON DELETE RESTRICT,
    nis            TEXT NOT NULL REFERENCES municipality (nis) ON DELETE RESTRICT,
    opened_on      TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('partner', 'io', 'municipal_service',
                       'citizen_or_family', 'other')),
    source_org_id  INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    phenomenon     TEXT NOT NULL CHECK (phenomenon IN ('religious', 'right_wing', 'left_wing',
                       'anti_government', 'single_issue', 'mixed', 'other')),
    age_band       TEXT NOT NULL CHECK (age_band IN ('under_12', '12_17', '18_24', '25_plus',
                       'unknown')),
    summary        TEXT,                          -- passed the privacy linter
    status         TEXT NOT NULL CHECK (status IN ('signal', 'screening', 'on_list',
                       'follow_up', 'closed', 'declined')),
    lead_org_id    INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    review_weeks   INTEGER NOT NULL CHECK (review_weeks BETWEEN 1 AND 104),
    next_review_on TEXT,                          -- R10: set while the case is open
    closed_on      TEXT,                          -- closure or decline date
    close_reason   TEXT CHECK (close_reason IN ('goals_reached', 'moved_away',
                       'judicial_track', 'no_cooperation', 'outside_remit', 'other')),
    purge_due_on   TEXT,                          -- R11: closed_on + the cell's retention
    created_at     TEXT NOT NULL,
    CHECK ((status IN ('closed', 'declined')) = (closed_on IS NOT NULL)),
    CHECK ((status IN ('closed', 'declined')) = (purge_due_on IS NOT NULL)),
    CHECK (status IN ('closed', 'declined') OR next_review_on IS NOT NULL),
    CHECK (close_reason IS NULL OR status = 'closed')
) STRICT;
CREATE INDEX case_by_cell_status_review ON case_file (cell_id, status, next_review_on);
CREATE INDEX case_by_purge ON case_file (purge_due_on) WHERE purge_due_on IS NOT NULL;
-- Covering index for the reviews due across the whole file (remind).
CREATE INDEX case_by_review ON case_file (next_review_on, cell_id, status, code, lead_org_id)
    WHERE next_review_on IS NOT NULL;
CREATE INDEX case_by_opened ON case_file (cell_id, opened_on);
CREATE INDEX case_by_closed ON case_file (cell_id, closed_on) WHERE closed_on IS NOT NULL;

-- The case's journal. `text` holds free text that passed the linter (notes, reasons,
-- decisions); everything else is coded.
CREATE TABLE case_event (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('opened', 'status', 'note', 'review', 'lead',
                    'closed', 'reopened', 'decision', 'referral', 'feedback')),
    from_status TEXT,
    to_status   TEXT,
    next_review_on TEXT,                          -- for reviews: the next date set
    decided_by  INTEGER REFERENCES person (id) ON DELETE SET NULL,
    text        TEXT,
    actor       TEXT NOT NULL
) STRICT;
CREATE INDEX case_event_by_case ON case_event (case_id, on_date);
CREATE INDEX case_event_by_kind_date ON case_event (kind, on_date);

-- Actions agreed for a case, with an owner organisation and a due date.
CREATE TABLE action (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    org_id     INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    text       TEXT NOT NULL,                     -- passed the privacy linter
    created_on TEXT NOT NULL,
    due_on     TEXT NOT NULL,
    done_on    TEXT
) STRICT;
CREATE INDEX action_open_by_due ON action (due_on, case_id, org_id) WHERE done_on IS NULL;
CREATE INDEX action_by_case ON action (case_id);
CREATE INDEX action_by_org ON action (org_id, due_on);

-- Anonymous monthly figures of purged cases, so that reports on past months do not change when
-- their cases are purged: one row per cell, municipality, month, measure and breakdown.
CREATE TABLE kept_count (
    id          INTEGER PRIMARY KEY,
    cell_id     INTEGER NOT NULL REFERENCES cell (id) ON DELETE CASCADE,
    nis         TEXT NOT NULL REFERENCES municipality (nis) ON DELETE RESTRICT,
    month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    measure     TEXT NOT NULL,
    dimension   TEXT NOT NULL,                    -- e.g. 'total', 'phenomenon=religious'
    value       INTEGER NOT NULL CHECK (value >= 0),
    UNIQUE (cell_id, nis, month, measure, dimension)
) STRICT;
CREATE INDEX kept_count_by_month ON kept_count (cell_id, month);

-- The destruction register: what purge removed, when and by whom (no content).
CREATE TABLE destruction (
    id              INTEGER PRIMARY KEY,
    cell_id         INTEGER NOT NULL REFERENCES cell (id) ON DELETE CASCADE,
    code            TEXT NOT NULL,
    opened_on       TEXT NOT NULL,
    closed_on       TEXT NOT NULL,
    purge_due_on    TEXT NOT NULL,
    purged_on       TEXT NOT NULL,
    events_deleted  INTEGER NOT NULL,
    actions_deleted INTEGER NOT NULL,
    actor           TEXT NOT NULL,
    at              TEXT NOT NULL
) STRICT;
