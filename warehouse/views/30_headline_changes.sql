-- headline_steps: every change of a headline in read order (see headline_reports for the rule), with the
-- bookkeeping the views built on it need (seq: the report's position in its series' read order).
--   first     the first dated cumulative report of the series
--   rise      a report above every earlier one: the new headline
--   revision  a lower total for a later date than the headline's; listed once per value and headline,
--             it never becomes the headline
-- Speed (1M figures): one sort of the headline reports (the window); revisions are grouped against the
-- few rises instead of self-joined.
CREATE OR REPLACE VIEW headline_steps AS
WITH ordered AS NOT MATERIALIZED (
    SELECT
        series_id, topic, place, kind, unit, figure_id, value, qualifier, report_date, read_order, outlet,
        row_number() OVER series AS seq,
        max(value) OVER (series ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prior_max
    FROM headline_reports
    -- the keys of the series partition too, so that a filter on them is applied before the sort
    WINDOW series AS (PARTITION BY series_id, topic, place, kind, unit ORDER BY read_order)
),
rises AS NOT MATERIALIZED (
    SELECT * FROM ordered WHERE prior_max IS NULL OR value > prior_max
)
SELECT
    series_id, topic, place, kind, unit, seq,
    CASE WHEN prior_max IS NULL THEN 'first' ELSE 'rise' END AS change,
    value, qualifier, report_date AS as_of,
    prior_max AS previous_value,
    lag(qualifier) OVER series AS previous_qualifier,
    lag(report_date) OVER series AS previous_as_of,
    value AS headline_value,
    figure_id,
    outlet
FROM rises
WINDOW series AS (PARTITION BY series_id, topic, place, kind, unit ORDER BY seq)
UNION ALL
SELECT
    r.series_id, r.topic, r.place, r.kind, r.unit, min(r.seq), 'revision', r.value, arg_min(r.qualifier, r.seq),
    arg_min(r.report_date, r.seq), r.prior_max, any_value(h.qualifier), any_value(h.report_date), r.prior_max,
    arg_min(r.figure_id, r.seq), arg_min(r.outlet, r.seq)
FROM ordered AS r JOIN rises AS h ON h.series_id = r.series_id AND h.value = r.prior_max
WHERE r.value < r.prior_max AND r.report_date > h.report_date
GROUP BY r.series_id, r.topic, r.place, r.kind, r.unit, r.prior_max, r.value;

-- headline_changes: each rise or revision of a headline, with both values and dates.
--   change                      first | rise | revision (a revision: same series, a later date, lower)
--   value, qualifier, as_of     the new report
--   previous_value/_qualifier/_as_of   the headline it changes (for a revision, the headline it revises)
--   figure_id, outlet           the first report of the new value
CREATE OR REPLACE VIEW headline_changes AS
SELECT
    series_id, topic, place, kind, change, value, qualifier, as_of,
    previous_value, previous_qualifier, previous_as_of, figure_id, outlet
FROM headline_steps;
