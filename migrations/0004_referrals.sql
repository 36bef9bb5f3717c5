-- livcr schema, migration 4: referrals through the Information Officer, feedback forms with
-- their consents, and the disclosure register. Same conventions as schema.sql.
-- Never edit after a release; add a new step.

-- A referral that passed through the IO, the only bridge between the Local Taskforce and the
-- cell: inbound (the LTF asks the cell to follow a person from a preventive angle) or outbound
-- (a feedback form sent). Only coarse categories; no security labels or classified material (R13).
CREATE TABLE referral (
    id                  INTEGER PRIMARY KEY,
    cell_id             INTEGER NOT NULL REFERENCES cell (id) ON DELETE CASCADE,
    case_id             INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    direction           TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    io_person_id        INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    io_seat_id          INTEGER NOT NULL REFERENCES membership (id) ON DELETE RESTRICT,
    on_date             TEXT NOT NULL,            -- received (in) or sent (out)
    reason              TEXT CHECK (reason IN ('preventive_follow_up', 'social_support',
                            'education', 'employment', 'mental_health', 'family_support',
                            'other')),
    note                TEXT,                     -- passed the privacy linter
    expects_feedback_by TEXT,
    status              TEXT NOT NULL CHECK (status IN ('received', 'discussed', 'accepted',
                            'declined', 'closed', 'sent')),
    status_on           TEXT NOT NULL,
    feedback_on         TEXT,                     -- general feedback carried back to the LTF
    created_at          TEXT NOT NULL
) STRICT;
CREATE INDEX referral_by_cell ON referral (cell_id, direction, status);
CREATE INDEX referral_by_case ON referral (case_id);

-- The feedback form (terugkoppelingsfiche) for the police about a case, decided in a held
-- meeting's agenda item. It leaves only under rule R7.
CREATE TABLE feedback_form (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    item_id      INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    text         TEXT NOT NULL,                   -- passed the privacy linter
    status       TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'sent', 'withdrawn')),
    drafted_on   TEXT NOT NULL,
    sent_on      TEXT,
    via_person_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    referral_id  INTEGER REFERENCES referral (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK ((status = 'sent') = (sent_on IS NOT NULL))
) STRICT;
CREATE INDEX feedback_form_by_case ON feedback_form (case_id);
CREATE INDEX feedback_form_by_item ON feedback_form (item_id);
CREATE INDEX feedback_form_by_status ON feedback_form (status);

-- One answer per participant of the item: yes or no. A missing answer blocks like a no.
CREATE TABLE feedback_consent (
    form_id   INTEGER NOT NULL REFERENCES feedback_form (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    answer    TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    on_date   TEXT NOT NULL,
    PRIMARY KEY (form_id, person_id)
) STRICT;

-- "This form contains no professional secret", one per holder of professional secrecy.
CREATE TABLE feedback_confirmation (
    form_id   INTEGER NOT NULL REFERENCES feedback_form (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    on_date   TEXT NOT NULL,
    PRIMARY KEY (form_id, person_id)
) STRICT;

-- The disclosure register: everything that left the cell, to whom, when, on which basis, and
-- the SHA-256 of exactly what left. Kept when the case is purged (no content).
CREATE TABLE disclosure (
    id          INTEGER PRIMARY KEY,
    cell_id     INTEGER NOT NULL REFERENCES cell (id) ON DELETE CASCADE,
    what        TEXT NOT NULL,                    -- 'feedback_form', 'export', …
    ref         TEXT NOT NULL,                    -- form id, export file name, …
    case_code   TEXT,
    recipient   TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL
) STRICT;
CREATE INDEX disclosure_by_ref ON disclosure (what, ref);
