-- livcr schema, migration 1.
--
-- Applied once, in one transaction, when a database is created; `PRAGMA user_version` then
-- reads 1. Never edit this file after a release: later changes are new steps in
-- src/db/migrate.rs, with their SQL in migrations/ (0002_cases.sql: cases, journal, actions,
-- purge). Conventions: STRICT tables, NOT NULL unless there is a reason, enums as
-- TEXT with CHECK, an explicit ON DELETE on every foreign key, dates as ISO YYYY-MM-DD text,
-- timestamps as UTC RFC 3339 text. Periods are half-open: a row is in force on day D when
-- from_on <= D and (until_on IS NULL or D < until_on).

-- Key/value settings of this file (demo marker, audit chain head, ...).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Belgian municipalities as of 1 January 2025 (reference data, loaded from data/ by the
-- program right after this script runs).
CREATE TABLE municipality (
    nis                TEXT PRIMARY KEY
                       CHECK (length(nis) = 5 AND nis GLOB '[0-9][0-9][0-9][0-9][0-9]'),
    name_nl            TEXT NOT NULL,
    name_fr            TEXT NOT NULL,
    name_de            TEXT NOT NULL,
    arrondissement_nis TEXT NOT NULL,
    province_nis       TEXT,            -- NULL for the 19 Brussels municipalities
    region             TEXT NOT NULL CHECK (region IN ('flanders', 'wallonia', 'brussels')),
    valid_from         TEXT NOT NULL
) STRICT;

-- Codes ended by the mergers of 1 January 2025, and the municipality they became part of.
CREATE TABLE municipality_merger (
    old_nis   TEXT PRIMARY KEY,
    old_name  TEXT NOT NULL,
    new_nis   TEXT NOT NULL REFERENCES municipality (nis) ON DELETE RESTRICT,
    merged_on TEXT NOT NULL
) STRICT;

-- An LIVC-R / CSIL-R.
CREATE TABLE cell (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name             TEXT NOT NULL,
    established_on   TEXT NOT NULL,
    lang             TEXT NOT NULL CHECK (lang IN ('nl', 'fr', 'de', 'en')),
    retention_months INTEGER NOT NULL CHECK (retention_months BETWEEN 1 AND 240),
    review_weeks     INTEGER NOT NULL CHECK (review_weeks BETWEEN 1 AND 104),
    created_at       TEXT NOT NULL
) STRICT;

-- Which municipalities a cell covers, and when (R1: one cell per municipality at a time; the
-- program checks overlaps, the index makes that check cheap).
CREATE TABLE cell_municipality (
    id       INTEGER PRIMARY KEY,
    cell_id  INTEGER NOT NULL REFERENCES cell (id) ON DELETE CASCADE,
    nis      TEXT NOT NULL REFERENCES municipality (nis) ON DELETE RESTRICT,
    from_on  TEXT NOT NULL,
    until_on TEXT,
    CHECK (until_on IS NULL OR until_on >= from_on)
) STRICT;
CREATE INDEX cell_municipality_by_nis ON cell_municipality (nis, from_on);
CREATE INDEX cell_municipality_by_cell ON cell_municipality (cell_id, from_on);

-- Organisations whose staff sit in a cell. Security and intelligence services are refused by
-- the program (R4); legal_basis records the decree or agreement that lets a federated-entity
-- service take part.
CREATE TABLE organisation (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    sector      TEXT NOT NULL CHECK (sector IN ('municipality', 'local_police', 'ocmw', 'caw',
                    'clb', 'school', 'youth_welfare', 'justice_house', 'employment',
                    'mental_health', 'prevention', 'other')),
    legal_basis TEXT,
    created_at  TEXT NOT NULL
) STRICT;

-- Members are professionals: their names and contact details are stored (never those of the
-- persons a case is about). Declaration and clearance belong to the person.
CREATE TABLE person (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL,
    email                   TEXT UNIQUE COLLATE NOCASE,
    phone                   TEXT,
    organisation_id         INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    secret_holder           INTEGER NOT NULL DEFAULT 0 CHECK (secret_holder IN (0, 1)),
    declaration_signed_on   TEXT,
    declaration_valid_until TEXT,
    clearance_confirmed_on  TEXT,      -- security clearance "geheim" (R3), for IOs
    created_at              TEXT NOT NULL
) STRICT;
CREATE INDEX person_by_organisation ON person (organisation_id);

-- A seat: a person holds a role in a cell for a period. A mayor seat names its municipality.
CREATE TABLE membership (
    id          INTEGER PRIMARY KEY,
    cell_id     INTEGER NOT NULL REFERENCES cell (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    role        TEXT NOT NULL CHECK (role IN ('chair', 'mayor', 'io', 'prevention', 'partner',
                    'ad_hoc', 'secretariat')),
    nis         TEXT REFERENCES municipality (nis) ON DELETE RESTRICT,
    from_on     TEXT NOT NULL,
    until_on    TEXT,
    invited_by  INTEGER REFERENCES person (id) ON DELETE SET NULL,
    invited_on  TEXT,
    CHECK (until_on IS NULL OR until_on >= from_on),
    CHECK ((role = 'mayor') = (nis IS NOT NULL))
) STRICT;
CREATE INDEX membership_by_cell ON membership (cell_id, role, from_on);
CREATE INDEX membership_by_person ON membership (person_id);

-- Append-only log of every change (and every view of a case's detail). The summary never
-- holds free text. hash = SHA-256 over the previous row's hash and this row's fields, so a row
-- changed, deleted or inserted behind the program's back breaks the chain (`audit verify`).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    summary   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_by_entity ON audit_log (entity, at);
CREATE INDEX audit_log_by_at ON audit_log (at);
