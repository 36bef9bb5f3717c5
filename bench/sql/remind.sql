-- livcr remind over the whole file: reviews, actions, planned meetings without agenda, open
-- referrals, approved forms, purges due.
SELECT cell_id, code, lead_org_id, next_review_on FROM case_file
 WHERE next_review_on IS NOT NULL AND next_review_on <= :horizon AND status NOT IN ('closed', 'declined');
SELECT c.cell_id, c.code, a.id, a.org_id, o.name, a.due_on
  FROM action a JOIN case_file c ON c.id = a.case_id JOIN organisation o ON o.id = a.org_id
 WHERE a.done_on IS NULL AND a.due_on <= :horizon;
SELECT m.cell_id, m.id, m.starts_at FROM meeting m
 WHERE m.status = 'planned' AND m.starts_at >= :today AND m.starts_at < :horizon || 'T99'
   AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id);
SELECT r.cell_id, r.id, c.code, r.on_date, r.status FROM referral r CROSS JOIN case_file c ON c.id = r.case_id
 WHERE r.direction = 'in' AND r.status IN ('received', 'discussed', 'accepted');
SELECT c.cell_id, f.id, c.code FROM feedback_form f JOIN case_file c ON c.id = f.case_id WHERE f.status = 'approved';
SELECT cell_id, code, purge_due_on FROM case_file WHERE purge_due_on IS NOT NULL AND purge_due_on <= :today;
