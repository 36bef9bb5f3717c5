-- Migration 8: indexes for the queries `remind` runs across the file and for one cell, so that
-- neither walks a large table (see tests/plans.rs, which checks every interactive query's plan).

-- Open actions of a case: `remind --cell` reaches them through the cell's cases, so its cost
-- does not grow with the other cells.
CREATE INDEX action_open_by_case ON action (case_id, due_on) WHERE done_on IS NULL;

-- Open inbound referrals across the file (`referral_by_cell` needs the cell first).
CREATE INDEX referral_by_direction_status ON referral (direction, status);

-- Cases past retention of one cell (`case_by_purge` serves the whole file).
CREATE INDEX case_purge_by_cell ON case_file (cell_id, purge_due_on)
    WHERE purge_due_on IS NOT NULL;
