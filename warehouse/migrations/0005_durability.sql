-- Durability: incidents the operator must hear about (a WAL that would not replay was quarantined),
-- and which runs were loaded late from the spool.
CREATE TABLE incidents (
    incident_id VARCHAR PRIMARY KEY,
    "at"        TIMESTAMPTZ NOT NULL,
    kind        VARCHAR NOT NULL,          -- wal_quarantined
    detail      VARCHAR NOT NULL,
    status      VARCHAR NOT NULL DEFAULT 'pending',  -- pending | sent (e-mailed to NEWSMON_ALERT_TO)
    sent_at     TIMESTAMPTZ,
    run_id      VARCHAR
);

ALTER TABLE runs ADD COLUMN spooled BOOLEAN DEFAULT false;  -- the batch waited in the spool (database locked)
ALTER TABLE runs ADD COLUMN loaded_at TIMESTAMPTZ;          -- when its batch was committed
