-- A full scan of the audit table, every column audit verify reads.
SELECT id, at, actor, action, entity, entity_id, summary, prev_hash, hash, records FROM audit_log ORDER BY id;
