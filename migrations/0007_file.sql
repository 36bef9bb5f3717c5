-- Migration 7: the records each audited write left behind, for `livcr audit verify --deep`.
--
-- Each audit row of a write carries in `records` the SHA-256 of the records it wrote (table,
-- key and the SHA-256 of the record's canonical form, sorted), and so the hash chain covers
-- them. `record_state` holds the last audited hash of every record; `audit verify --deep`
-- recomputes every record and reports those that differ, exist without an audited state, or
-- vanished outside livcr.
ALTER TABLE audit_log ADD COLUMN records TEXT NOT NULL DEFAULT '';

CREATE TABLE record_state (
    tbl      TEXT NOT NULL,
    key      TEXT NOT NULL,
    hash     BLOB NOT NULL,
    audit_id INTEGER NOT NULL,
    PRIMARY KEY (tbl, key)
) STRICT, WITHOUT ROWID;
