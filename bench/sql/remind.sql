-- livcr remind over the whole file: reviews, actions, planned meetings without agenda, open
-- referrals, approved forms, purges due, each in the order remind prints it and with the age
-- band of its case (the minor mark of rule R12); the seats in force and each cell's last held
-- meeting (members and composition).
SELECT cell_id, code, age_band, next_review_on FROM case_file
 WHERE next_review_on IS NOT NULL AND next_review_on <= :horizon AND status NOT IN ('closed', 'declined')
 ORDER BY next_review_on, code;
SELECT c.cell_id, c.code, c.age_band, a.id, o.name, a.due_on
  FROM action a JOIN case_file c ON c.id = a.case_id JOIN organisation o ON o.id = a.org_id
 WHERE a.done_on IS NULL AND a.due_on <= :horizon
 ORDER BY a.due_on, c.code, a.org_id, a.id;
SELECT m.cell_id, m.id, m.starts_at FROM meeting m
 WHERE m.status = 'planned' AND m.starts_at >= :today AND m.starts_at < :horizon || 'T99'
   AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id);
SELECT r.cell_id, r.id, c.code, c.age_band, r.on_date, r.status, r.expects_feedback_by
  FROM referral r INDEXED BY referral_by_direction_status CROSS JOIN case_file c ON c.id = r.case_id
 WHERE r.direction = 'in' AND r.status IN ('received', 'discussed', 'accepted') AND r.feedback_on IS NULL
 ORDER BY r.on_date, CAST(r.id AS TEXT);
SELECT c.cell_id, f.id, c.code, c.age_band, f.drafted_on FROM feedback_form f JOIN case_file c ON c.id = f.case_id
 WHERE f.status = 'approved' ORDER BY f.drafted_on, CAST(f.id AS TEXT);
SELECT cell_id, code, age_band, purge_due_on FROM case_file WHERE purge_due_on IS NOT NULL AND purge_due_on <= :today
 ORDER BY purge_due_on, code;
SELECT m.cell_id, m.person_id, p.name, o.name, m.role, p.declaration_valid_until, p.clearance_confirmed_on
  FROM membership m JOIN person p ON p.id = m.person_id JOIN organisation o ON o.id = p.organisation_id
 WHERE m.from_on <= :today AND (m.until_on IS NULL OR m.until_on > :today) ORDER BY m.cell_id, m.person_id;
SELECT cell_id, max(starts_at) FROM meeting WHERE status = 'held' GROUP BY cell_id;
