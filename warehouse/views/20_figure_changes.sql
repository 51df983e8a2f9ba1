-- figure_changes: every change of a headline figure, one row per change, in report order.
-- A headline is the cumulative total of one series (topic, kind, unit, location). Its dated reports are
-- read in order (as-of date, publication time): a report above every earlier one raises the headline
-- ('first' for the very first report, then 'rise'). A report below the headline, for a later date than
-- the headline's, is a 'revision': it is listed here but never becomes the headline (the headline keeps
-- the highest total; latest_figures shows the revision next to it). Each row names the first article
-- that reported its value. Undated and non-cumulative figures never change a headline.
-- Speed (1M figures): one sort of the dated cumulative reports (the window); the wide columns are joined
-- only to the changes, and revisions are grouped against the few rises instead of self-joined.
CREATE OR REPLACE VIEW figure_changes AS
WITH reports AS (  -- dated cumulative reports in reading order, each with the highest total read before it
    SELECT
        topic, kind, unit, location, value, qualifier, reported_on, figure_id,
        row_number() OVER series AS seq,
        max(value) OVER (series ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prior_max
    FROM figure_history
    WHERE scope = 'cumulative' AND reported_on IS NOT NULL
    WINDOW series AS (
        PARTITION BY topic, kind, unit, location
        ORDER BY reported_on, coalesce(published_at, fetched_at), article_id, start
    )
),
rises AS (  -- a report above every earlier one raises the headline
    SELECT * FROM reports WHERE prior_max IS NULL OR value > prior_max
),
changes AS (
    SELECT
        topic, kind, unit, location, seq,
        CASE WHEN prior_max IS NULL THEN 'first' ELSE 'rise' END AS change,
        prior_max AS previous_value,
        lag(qualifier) OVER series AS previous_qualifier,
        lag(reported_on) OVER series AS previous_as_of,
        value, qualifier, reported_on AS as_of, value AS headline_value, figure_id
    FROM rises
    WINDOW series AS (PARTITION BY topic, kind, unit, location ORDER BY seq)
    UNION ALL
    -- a lower total for a later date than the headline's is a revision, listed once per value and headline;
    -- the headline it is read against is the rise that set the highest total before it (headlines only rise)
    SELECT
        r.topic, r.kind, r.unit, r.location, min(r.seq), 'revision',
        r.prior_max, any_value(h.qualifier), any_value(h.reported_on),
        r.value, arg_min(r.qualifier, r.seq), arg_min(r.reported_on, r.seq), r.prior_max, arg_min(r.figure_id, r.seq)
    FROM reports AS r JOIN rises AS h
        ON r.topic IS NOT DISTINCT FROM h.topic AND r.kind = h.kind AND r.unit = h.unit
        AND r.location IS NOT DISTINCT FROM h.location AND r.prior_max = h.value
    WHERE r.value < r.prior_max AND r.reported_on > h.reported_on
    GROUP BY r.topic, r.kind, r.unit, r.location, r.prior_max, r.value
)
SELECT
    c.*, h.article_id, h.title, h.outlet, h.url, h.published_at, h.cluster_id, h.sentence
FROM changes AS c JOIN figure_history AS h USING (figure_id);
