-- Migration 9: an agenda number, once given in a meeting, is never given again in it.
--
-- `agenda_number` keeps the highest number given in each meeting. A trigger raises it whenever
-- an item is added, whoever writes, so removing the last item does not free its number; an
-- item is refused a number at or under it, and an item's number never changes (`meeting
-- decide M N` and `--item M:N` name items by number). Meetings numbered before this migration
-- have no row: their highest number is that of their items (src/db/meeting.rs).
-- Like the agenda, the counter of a held meeting is fixed (migration 6).
CREATE TABLE agenda_number (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    last_given INTEGER NOT NULL CHECK (last_given >= 1)
) STRICT;

CREATE TRIGGER agenda_item_number_fresh BEFORE INSERT ON agenda_item
WHEN NEW.position <= coalesce(
    (SELECT last_given FROM agenda_number WHERE meeting_id = NEW.meeting_id), 0)
BEGIN
    SELECT RAISE(ABORT, 'an agenda item number, once given in a meeting, is not given again');
END;

CREATE TRIGGER agenda_item_number_given AFTER INSERT ON agenda_item
BEGIN
    INSERT INTO agenda_number (meeting_id, last_given) VALUES (NEW.meeting_id, NEW.position)
    ON CONFLICT (meeting_id) DO UPDATE SET last_given = max(last_given, excluded.last_given);
END;

CREATE TRIGGER agenda_item_number_kept BEFORE UPDATE OF position, meeting_id ON agenda_item
WHEN NEW.position IS NOT OLD.position OR NEW.meeting_id IS NOT OLD.meeting_id
BEGIN
    SELECT RAISE(ABORT, 'an agenda item keeps its number for the life of the meeting');
END;

CREATE TRIGGER agenda_number_held_insert BEFORE INSERT ON agenda_number
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'held'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the agenda and decisions of a held meeting are fixed');
END;

CREATE TRIGGER agenda_number_held_update BEFORE UPDATE ON agenda_number
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'held'
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'held'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the agenda and decisions of a held meeting are fixed');
END;

CREATE TRIGGER agenda_number_held_delete BEFORE DELETE ON agenda_number
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'held'
    AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'purging')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the agenda and decisions of a held meeting are fixed');
END;
