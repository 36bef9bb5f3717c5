-- A write: one journal INSERT plus its audit INSERT in one transaction (what `case note` does
-- at the least). Run on a copy: the audit row it adds is not chained.
BEGIN IMMEDIATE;
INSERT INTO case_event (case_id, on_date, at, kind, text, actor)
  VALUES ((SELECT id FROM case_file WHERE code = :code), :today, :today || 'T10:00:00Z', 'note', 'Bench note.', 'bench');
INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, prev_hash, hash)
  VALUES (:today || 'T10:00:00Z', 'bench', 'note', 'case', :code, 'journal note', 'x', 'y');
COMMIT;
