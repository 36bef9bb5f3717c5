-- livcr agenda draft: the cell's open cases with their open and overdue actions (what the
-- draft lists), then the document's audit row.
SELECT c.*, so.name, lo.name,
       (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL),
       (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL AND a.due_on < :today)
FROM case_file c
LEFT JOIN organisation so ON so.id = c.source_org_id
LEFT JOIN organisation lo ON lo.id = c.lead_org_id
WHERE c.cell_id = :cell_id AND c.status NOT IN ('closed', 'declined')
ORDER BY c.next_review_on IS NULL, c.next_review_on, c.closed_on DESC, c.code;
-- The document's audit row, in a transaction of its own: a durable write (the
-- chain head changed and changed back, so that the file stays as livcr left it).
BEGIN IMMEDIATE;
UPDATE setting SET value = value || ' ' WHERE key = 'audit_head';
UPDATE setting SET value = rtrim(value) WHERE key = 'audit_head';
COMMIT;
