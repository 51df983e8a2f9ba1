-- headline_steps_computed: every change of a headline in read order (see headline_reports for the rule),
-- with the bookkeeping the views built on it need (seq: the report's position in its series' read order).
-- warehouse/headline_steps.py keeps its rows in the table headline_step_rows, computed again for the
-- series each write touches, and rebuilt when this definition or headline_reports changes. Query
-- headline_steps (the kept rows) or headline_changes instead.
--   first     the first dated cumulative report of the series
--   rise      a report above every earlier one: the new headline
--   revision  a lower total for a later date than the headline's; listed once per value and headline,
--             it never becomes the headline
-- Speed (1M figures): one sort of the headline reports on flat keys (a sort on the read_order struct costs
-- twice as much), a second, cheap window over seq for the headline read before each report (the last
-- 'first' or 'rise' before it: a framed arg_min over structs cost more than both), and one grouping;
-- nothing is joined back, so a filter on the series keys still reaches the scans.
CREATE OR REPLACE VIEW headline_steps_computed AS
WITH ordered AS (  -- each report, with the highest total read before it
    SELECT
        series_id, topic, place, kind, unit, figure_id, value, qualifier, report_date, outlet,
        row_number() OVER series AS seq,
        max(value) OVER before AS prior_max
    FROM headline_reports
    -- the keys of the series partition too, so that a filter on them is applied before the sort
    WINDOW series AS (
        PARTITION BY series_id, topic, place, kind, unit
        ORDER BY read_order.on, read_order.at, read_order.article, read_order.start
    ),
        before AS (series ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
),
headed AS (  -- the headline read before each report: the last report above every one before it
    SELECT
        *,
        last_value(
            CASE WHEN prior_max IS NULL OR value > prior_max THEN {'on': report_date, 'qualifier': qualifier} END
            IGNORE NULLS
        ) OVER (
            PARTITION BY series_id, topic, place, kind, unit
            ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
        ) AS headline
    FROM ordered
),
marked AS (
    SELECT
        *,
        CASE
            WHEN prior_max IS NULL THEN 'first'
            WHEN value > prior_max THEN 'rise'
            WHEN value < prior_max AND report_date > headline.on THEN 'revision'
        END AS change
    FROM headed
)
SELECT  -- a rise is one report; a revision is listed once per value and headline, at its first report
    series_id, topic, place, kind, unit,
    min(seq) AS seq,
    change,
    value,
    arg_min(qualifier, seq) AS qualifier,
    arg_min(report_date, seq) AS as_of,
    any_value(prior_max) AS previous_value,
    any_value(headline.qualifier) AS previous_qualifier,
    any_value(headline.on) AS previous_as_of,
    CASE WHEN change = 'revision' THEN any_value(prior_max) ELSE value END AS headline_value,
    arg_min(figure_id, seq) AS figure_id,
    arg_min(outlet, seq) AS outlet
FROM marked
WHERE change IS NOT NULL
GROUP BY series_id, topic, place, kind, unit, change, value, CASE WHEN change = 'revision' THEN prior_max ELSE seq END;

-- headline_steps: the kept rows of headline_steps_computed (same columns).
CREATE OR REPLACE VIEW headline_steps AS
SELECT
    series_id, topic, place, kind, unit, seq, change, value, qualifier, as_of,
    previous_value, previous_qualifier, previous_as_of, headline_value, figure_id, outlet
FROM headline_step_rows;

-- headline_changes: each rise or revision of a headline, with both values and dates.
--   change                      first | rise | revision (a revision: same series, a later date, lower)
--   value, qualifier, as_of     the new report
--   previous_value/_qualifier/_as_of   the headline it changes (for a revision, the headline it revises)
--   figure_id, outlet           the first report of the new value
CREATE OR REPLACE VIEW headline_changes AS
SELECT  -- readable columns first, ids last (a narrow terminal elides the middle)
    place, kind, change, value, qualifier, previous_value, previous_qualifier, previous_as_of,
    topic, outlet, figure_id, series_id, as_of
FROM headline_steps;
