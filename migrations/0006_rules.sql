-- Migration 6: what the law has fixed, SQLite holds itself. Whatever command writes, these
-- triggers refuse to change a held meeting's attendance, items, decisions and participants, a
-- sent feedback form with its consents and confirmations, and any row of the disclosure and
-- destruction registers or the audit log. Each message names the rule; the program turns it
-- into a normal error.
--
-- Purge is the one lawful deletion of case data (R11): while it runs it holds the setting
-- 'purging' inside its own transaction, and the delete triggers let the case's rows go.

-- A held meeting (R2, R7: who took part is fixed when the meeting is held).
CREATE TRIGGER meeting_held_frozen BEFORE UPDATE ON meeting
WHEN OLD.status = 'held'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: a held meeting is fixed; its date, kind, place and status can no longer change');
END;

CREATE TRIGGER meeting_held_kept BEFORE DELETE ON meeting
WHEN OLD.status = 'held' AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'purging')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: a held meeting is kept; it cannot be deleted');
END;

CREATE TRIGGER attendance_held_insert BEFORE INSERT ON attendance
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'held'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the attendance of a held meeting is fixed');
END;

CREATE TRIGGER attendance_held_update BEFORE UPDATE ON attendance
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'held'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the attendance of a held meeting is fixed');
END;

CREATE TRIGGER attendance_held_delete BEFORE DELETE ON attendance
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'held'
    AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'purging')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the attendance of a held meeting is fixed');
END;

CREATE TRIGGER agenda_item_held_insert BEFORE INSERT ON agenda_item
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'held'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the agenda and decisions of a held meeting are fixed');
END;

CREATE TRIGGER agenda_item_held_update BEFORE UPDATE ON agenda_item
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'held'
    OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'held'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the agenda and decisions of a held meeting are fixed');
END;

CREATE TRIGGER agenda_item_held_delete BEFORE DELETE ON agenda_item
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'held'
    AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'purging')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the agenda and decisions of a held meeting are fixed');
END;

CREATE TRIGGER item_participant_held_insert BEFORE INSERT ON item_participant
WHEN (SELECT m.status FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
      WHERE i.id = NEW.item_id) = 'held'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: who took part in an item is fixed when the meeting is held');
END;

CREATE TRIGGER item_participant_held_update BEFORE UPDATE ON item_participant
WHEN (SELECT m.status FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
      WHERE i.id = OLD.item_id) = 'held'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: who took part in an item is fixed when the meeting is held');
END;

CREATE TRIGGER item_participant_held_delete BEFORE DELETE ON item_participant
WHEN (SELECT m.status FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
      WHERE i.id = OLD.item_id) = 'held'
    AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'purging')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: who took part in an item is fixed when the meeting is held');
END;

-- A sent feedback form, with its consents and confirmations (R7).
CREATE TRIGGER feedback_form_sent_update BEFORE UPDATE ON feedback_form
WHEN OLD.status = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: a sent feedback form is fixed; it has left the cell');
END;

CREATE TRIGGER feedback_form_sent_delete BEFORE DELETE ON feedback_form
WHEN OLD.status = 'sent' AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'purging')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: a sent feedback form is fixed; it has left the cell');
END;

CREATE TRIGGER feedback_consent_sent_insert BEFORE INSERT ON feedback_consent
WHEN (SELECT status FROM feedback_form WHERE id = NEW.form_id) IN ('sent', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the consents of a sent or withdrawn feedback form are fixed');
END;

CREATE TRIGGER feedback_consent_sent_update BEFORE UPDATE ON feedback_consent
WHEN (SELECT status FROM feedback_form WHERE id = OLD.form_id) = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the consents of a sent feedback form are fixed');
END;

CREATE TRIGGER feedback_consent_sent_delete BEFORE DELETE ON feedback_consent
WHEN (SELECT status FROM feedback_form WHERE id = OLD.form_id) = 'sent'
    AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'purging')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the consents of a sent feedback form are fixed');
END;

CREATE TRIGGER feedback_confirmation_sent_insert BEFORE INSERT ON feedback_confirmation
WHEN (SELECT status FROM feedback_form WHERE id = NEW.form_id) IN ('sent', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the confirmations of a sent or withdrawn feedback form are fixed');
END;

CREATE TRIGGER feedback_confirmation_sent_update BEFORE UPDATE ON feedback_confirmation
WHEN (SELECT status FROM feedback_form WHERE id = OLD.form_id) = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the confirmations of a sent feedback form are fixed');
END;

CREATE TRIGGER feedback_confirmation_sent_delete BEFORE DELETE ON feedback_confirmation
WHEN (SELECT status FROM feedback_form WHERE id = OLD.form_id) = 'sent'
    AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'purging')
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the confirmations of a sent feedback form are fixed');
END;

-- The registers: what left the cell (R7) and what purge destroyed (R11), and the audit log.
CREATE TRIGGER disclosure_append_only_update BEFORE UPDATE ON disclosure
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the disclosure register is append-only');
END;

CREATE TRIGGER disclosure_append_only_delete BEFORE DELETE ON disclosure
BEGIN
    SELECT RAISE(ABORT, 'rule R7: the disclosure register is append-only');
END;

CREATE TRIGGER destruction_append_only_update BEFORE UPDATE ON destruction
BEGIN
    SELECT RAISE(ABORT, 'rule R11: the destruction register is append-only');
END;

CREATE TRIGGER destruction_append_only_delete BEFORE DELETE ON destruction
BEGIN
    SELECT RAISE(ABORT, 'rule R11: the destruction register is append-only');
END;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
