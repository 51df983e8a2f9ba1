-- Fetch health beyond the foundation's feed columns: where a feed ended up and what its last poll cost.
ALTER TABLE feeds ADD COLUMN final_url VARCHAR;      -- URL after redirects in the last poll (a moved feed)
ALTER TABLE feeds ADD COLUMN last_attempts INTEGER;  -- tries in the last poll (transient errors are retried)
ALTER TABLE feeds ADD COLUMN last_duration DOUBLE;   -- seconds the last poll took, retries included
