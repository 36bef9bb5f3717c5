-- livcr schema, migration 5: an inbound referral's feedback names the feedback form that carried
-- it. Feedback reaches the Local Taskforce only as a form sent through the consensus gate (R7), so
-- `referral feedback` records which sent form it was. Same conventions as schema.sql.
-- Never edit after a release; add a new step.

ALTER TABLE referral ADD COLUMN feedback_form_id INTEGER
    REFERENCES feedback_form (id) ON DELETE SET NULL;
