-- livcr schema, migration 3: meetings, agendas, attendance, decisions.
-- Same conventions as schema.sql. Never edit after a release; add a new step.

-- A meeting of a cell. Times are Europe/Brussels local time as entered (`YYYY-MM-DDTHH:MM`);
-- calendar files convert them to UTC. `uid` stays the same across exports; `sequence` grows
-- when the meeting moves or is cancelled (RFC 5545).
CREATE TABLE meeting (
    id            INTEGER PRIMARY KEY,
    cell_id       INTEGER NOT NULL REFERENCES cell (id) ON DELETE CASCADE,
    starts_at     TEXT NOT NULL,
    duration_min  INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 720),
    kind          TEXT NOT NULL CHECK (kind IN ('case', 'strategic', 'mixed')),
    location      TEXT,
    status        TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
    cancel_reason TEXT,
    forced_reason TEXT,                 -- closed as held without the statutory presence (R2)
    uid           TEXT NOT NULL UNIQUE,
    sequence      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_by_cell_start ON meeting (cell_id, starts_at);
CREATE INDEX meeting_planned_by_start ON meeting (starts_at) WHERE status = 'planned';
CREATE INDEX meeting_held_by_cell ON meeting (cell_id, starts_at) WHERE status = 'held';

-- Numbered agenda items. `section` is the heading of domain.md's agenda structure; drafted
-- items (`drafted` = 1) are about a case and carry no text of their own; items added by hand
-- carry a linted title.
CREATE TABLE agenda_item (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 1),
    section       TEXT NOT NULL CHECK (section IN ('opening', 'signals', 'new_on_list',
                      'reviews', 'overdue_actions', 'feedback', 'closures', 'policy', 'aob')),
    case_id       INTEGER REFERENCES case_file (id) ON DELETE CASCADE,
    title         TEXT,
    drafted       INTEGER NOT NULL CHECK (drafted IN (0, 1)),
    decision_kind TEXT CHECK (decision_kind IN ('consensus', 'chair', 'postponed', 'none')),
    decision_text TEXT,
    decided_at    TEXT
) STRICT;
CREATE INDEX agenda_item_by_meeting ON agenda_item (meeting_id, position);
CREATE INDEX agenda_item_by_case ON agenda_item (case_id);

-- Who was present, excused or absent.
CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    status     TEXT NOT NULL CHECK (status IN ('present', 'excused', 'absent')),
    PRIMARY KEY (meeting_id, person_id)
) STRICT;

-- Who took part in an item: the members present, minus those who left the room for it, plus
-- invitees who joined for it. Consent to a feedback form is asked of exactly these people (R7).
CREATE TABLE item_participant (
    item_id   INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    how       TEXT NOT NULL CHECK (how IN ('present', 'joined')),
    -- Whether the person held professional secrecy when the item was decided: the feedback
    -- gate (R7) asks these people to confirm, whatever the member record says later.
    secret_holder INTEGER NOT NULL DEFAULT 0 CHECK (secret_holder IN (0, 1)),
    PRIMARY KEY (item_id, person_id)
) STRICT;
