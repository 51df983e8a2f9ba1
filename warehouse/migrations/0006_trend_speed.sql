-- daily_trends is read from a table instead of aggregating every figure per query: its distinct article
-- and cluster counts take about half a second over a million figures. warehouse/daily_trends.py keeps
-- the table up to date in the transaction of every write that changes it, and fills it on the first
-- open after this migration (or after its definition changed).
CREATE TABLE trend_days (                 -- what daily_trends shows: one row per (topic, day, kind, unit, location)
    topic              VARCHAR,
    day                DATE,
    kind               VARCHAR,
    unit               VARCHAR,
    location           VARCHAR,
    largest_cumulative BIGINT,
    incident_sum       HUGEINT,
    reports            BIGINT,
    clusters           BIGINT,
    figures            BIGINT
);

CREATE TABLE kept_views (                 -- a view kept as a table, and the definition it was last built with
    name        VARCHAR PRIMARY KEY,
    definition  VARCHAR NOT NULL,         -- hash of the SQL that computes it; another hash means rebuild
    built_at    TIMESTAMPTZ NOT NULL
);
