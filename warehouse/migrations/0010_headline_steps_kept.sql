-- headline_changes (and figure_changes, latest_figures, the report) read the steps of every headline from a
-- table instead of sorting every dated cumulative report per query: over a million figures the sort and
-- its two windows take about half a second. warehouse/headline_steps.py keeps the table up to date, for
-- the series each write touches, in that write's transaction, and fills it on the first open after this
-- migration (or after the headline rule changed). What a row means: headline_steps_computed.
CREATE TABLE headline_step_rows (         -- one row per change of a headline (first, rise, revision)
    series_id          VARCHAR NOT NULL,
    topic              VARCHAR,
    place              VARCHAR,
    kind               VARCHAR,
    unit               VARCHAR,
    seq                BIGINT,
    change             VARCHAR,
    value              BIGINT,
    qualifier          VARCHAR,
    as_of              DATE,
    previous_value     BIGINT,
    previous_qualifier VARCHAR,
    previous_as_of     DATE,
    headline_value     BIGINT,
    figure_id          VARCHAR,
    outlet             VARCHAR
);
