-- livcr case show: the case, its journal and its actions (livcr also writes a view audit row).
SELECT * FROM case_file WHERE code = :code;
SELECT e.* FROM case_event e WHERE e.case_id = (SELECT id FROM case_file WHERE code = :code) ORDER BY e.on_date, e.id;
SELECT a.* FROM action a WHERE a.case_id = (SELECT id FROM case_file WHERE code = :code) ORDER BY a.due_on, a.id;
