-- livcr --cell C remind: the same for one cell.
SELECT cell_id, code, lead_org_id, next_review_on FROM case_file
 WHERE cell_id = :cell_id AND status IN ('signal', 'screening', 'on_list', 'follow_up') AND next_review_on <= :horizon;
SELECT c.cell_id, c.code, a.id, a.org_id, o.name, a.due_on
  FROM case_file c CROSS JOIN action a ON a.case_id = c.id JOIN organisation o ON o.id = a.org_id
 WHERE c.cell_id = :cell_id AND a.done_on IS NULL AND a.due_on <= :horizon;
SELECT r.id FROM referral r WHERE r.cell_id = :cell_id AND r.direction = 'in' AND r.status IN ('received', 'discussed', 'accepted');
SELECT cell_id, code, purge_due_on FROM case_file WHERE cell_id = :cell_id AND purge_due_on IS NOT NULL AND purge_due_on <= :today;
