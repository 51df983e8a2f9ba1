-- The kept rows of headline_changes (headline_step_rows) are what the headline rule computes now: a write
-- to figures or articles that went around the loads leaves them behind (warehouse/headline_steps.py).
(SELECT 'kept, not computed' AS problem, * FROM headline_steps EXCEPT ALL SELECT 'kept, not computed', * FROM headline_steps_computed)
UNION ALL
(SELECT 'computed, not kept', * FROM headline_steps_computed EXCEPT ALL SELECT 'computed, not kept', * FROM headline_steps);
