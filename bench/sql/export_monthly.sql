-- livcr export monthly: the cell's cases active last month with their journal, actions,
-- referrals, sent forms; kept counts; meetings held; then the export's audit row.
SELECT c.* FROM case_file c WHERE c.cell_id = :cell_id AND c.opened_on <= :month_end AND (c.closed_on IS NULL OR c.closed_on >= :month_start);
SELECT e.* FROM case_event e JOIN case_file c ON c.id = e.case_id
 WHERE c.cell_id = :cell_id AND c.opened_on <= :month_end AND (c.closed_on IS NULL OR c.closed_on >= :month_start)
 ORDER BY c.opened_on, c.id, e.on_date, e.id;
SELECT a.* FROM action a JOIN case_file c ON c.id = a.case_id
 WHERE c.cell_id = :cell_id AND c.opened_on <= :month_end AND (c.closed_on IS NULL OR c.closed_on >= :month_start);
SELECT r.* FROM referral r JOIN case_file c ON c.id = r.case_id
 WHERE c.cell_id = :cell_id AND c.opened_on <= :month_end AND (c.closed_on IS NULL OR c.closed_on >= :month_start);
SELECT * FROM kept_count WHERE cell_id = :cell_id AND month = substr(:month_start, 1, 7);
SELECT count(*) FROM meeting WHERE cell_id = :cell_id AND status = 'held' AND starts_at >= :month_start AND starts_at < :month_end || 'T99';
-- The export's audit row, in a transaction of its own: a durable write (the
-- chain head changed and changed back, so that the file stays as livcr left it).
BEGIN IMMEDIATE;
UPDATE setting SET value = value || ' ' WHERE key = 'audit_head';
UPDATE setting SET value = rtrim(value) WHERE key = 'audit_head';
COMMIT;
