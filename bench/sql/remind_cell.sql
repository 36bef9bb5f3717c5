-- livcr --cell C remind: the same for one cell (each in the order remind prints it, with the
-- age band of its case for the minor mark of rule R12), its seats and its last held meeting.
SELECT cell_id, code, age_band, next_review_on FROM case_file
 WHERE cell_id = :cell_id AND status IN ('signal', 'screening', 'on_list', 'follow_up') AND next_review_on <= :horizon
 ORDER BY next_review_on, code;
SELECT c.cell_id, c.code, c.age_band, a.id, o.name, a.due_on
  FROM case_file c CROSS JOIN action a ON a.case_id = c.id JOIN organisation o ON o.id = a.org_id
 WHERE c.cell_id = :cell_id AND a.done_on IS NULL AND a.due_on <= :horizon
 ORDER BY a.due_on, c.code, a.id;
SELECT m.cell_id, m.id, m.starts_at FROM meeting m
 WHERE m.cell_id = :cell_id AND m.starts_at >= :today AND m.starts_at < :horizon || 'T99' AND m.status = 'planned'
   AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id);
SELECT r.cell_id, r.id, c.code, c.age_band, r.on_date, r.status, r.expects_feedback_by
  FROM referral r CROSS JOIN case_file c ON c.id = r.case_id
 WHERE r.cell_id = :cell_id AND r.direction = 'in' AND r.status IN ('received', 'discussed', 'accepted')
   AND r.feedback_on IS NULL
 ORDER BY r.on_date, CAST(r.id AS TEXT);
SELECT c.cell_id, f.id, c.code, c.age_band, f.drafted_on
  FROM case_file c CROSS JOIN feedback_form f ON f.case_id = c.id
 WHERE c.cell_id = :cell_id AND f.status = 'approved' ORDER BY f.drafted_on, CAST(f.id AS TEXT);
SELECT cell_id, code, age_band, purge_due_on FROM case_file
 WHERE cell_id = :cell_id AND purge_due_on IS NOT NULL AND purge_due_on <= :today ORDER BY purge_due_on, code;
SELECT m.cell_id, m.person_id, p.name, o.name, m.role, p.declaration_valid_until, p.clearance_confirmed_on
  FROM membership m JOIN person p ON p.id = m.person_id JOIN organisation o ON o.id = p.organisation_id
 WHERE m.cell_id = :cell_id AND m.from_on <= :today AND (m.until_on IS NULL OR m.until_on > :today)
 ORDER BY m.person_id;
SELECT max(starts_at) FROM meeting WHERE cell_id = :cell_id AND status = 'held';
