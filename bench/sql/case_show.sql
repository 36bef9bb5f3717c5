-- livcr case show: the case, its journal and its actions, read in the transaction that writes
-- the view's audit row.
BEGIN IMMEDIATE;
SELECT * FROM case_file WHERE code = :code;
SELECT e.* FROM case_event e WHERE e.case_id = (SELECT id FROM case_file WHERE code = :code) ORDER BY e.on_date, e.id;
SELECT a.* FROM action a WHERE a.case_id = (SELECT id FROM case_file WHERE code = :code) ORDER BY a.due_on, a.id;
-- Its audit row: a durable write in the same transaction (the chain head changed
-- and changed back, so that the file stays as livcr left it).
UPDATE setting SET value = value || ' ' WHERE key = 'audit_head';
UPDATE setting SET value = rtrim(value) WHERE key = 'audit_head';
COMMIT;
