-- figure_changes: every change of a headline figure, one row per change, in report order.
-- A headline is the cumulative total of one series (topic, kind, unit, location). Its dated reports are
-- read in order (as-of date, publication time): a report above every earlier one raises the headline
-- ('first' for the very first report, then 'rise'). A report below the headline, for a later date than
-- the headline's, is a 'revision': it is listed here but never becomes the headline (the headline keeps
-- the highest total; latest_figures shows the revision next to it). Each row names the first article
-- that reported its value. Undated and non-cumulative figures never change a headline.
CREATE OR REPLACE VIEW figure_changes AS
WITH reports AS (
    SELECT
        *,
        row_number() OVER (
            PARTITION BY topic, kind, unit, location
            ORDER BY reported_on, coalesce(published_at, fetched_at), article_id, start
        ) AS seq
    FROM figure_history
    WHERE scope = 'cumulative' AND reported_on IS NOT NULL
),
marked AS (
    SELECT
        *,
        max(value) OVER (
            PARTITION BY topic, kind, unit, location ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
        ) AS prior_max
    FROM reports
),
rises AS (
    SELECT
        *,
        lag(value) OVER series AS previous_value,
        lag(qualifier) OVER series AS previous_qualifier,
        lag(reported_on) OVER series AS previous_as_of,
        lead(seq) OVER series AS next_rise_seq
    FROM marked
    WHERE prior_max IS NULL OR value > prior_max
    WINDOW series AS (PARTITION BY topic, kind, unit, location ORDER BY seq)
),
revisions AS (
    SELECT
        m.*,
        h.value AS previous_value,
        h.qualifier AS previous_qualifier,
        h.reported_on AS previous_as_of
    FROM marked AS m
    JOIN rises AS h
        ON m.topic IS NOT DISTINCT FROM h.topic
        AND m.kind = h.kind
        AND m.unit = h.unit
        AND m.location IS NOT DISTINCT FROM h.location
        AND m.seq > h.seq
        AND (h.next_rise_seq IS NULL OR m.seq < h.next_rise_seq)
    WHERE m.value < h.value AND m.reported_on > h.reported_on
    QUALIFY row_number() OVER (PARTITION BY m.topic, m.kind, m.unit, m.location, h.seq, m.value ORDER BY m.seq) = 1
)
SELECT
    topic, kind, unit, location, seq,
    CASE WHEN previous_value IS NULL THEN 'first' ELSE 'rise' END AS change,
    previous_value, previous_qualifier, previous_as_of,
    value, qualifier, reported_on AS as_of,
    value AS headline_value,
    figure_id, article_id, title, outlet, url, published_at, cluster_id, sentence
FROM rises
UNION ALL
SELECT
    topic, kind, unit, location, seq,
    'revision' AS change,
    previous_value, previous_qualifier, previous_as_of,
    value, qualifier, reported_on AS as_of,
    previous_value AS headline_value,
    figure_id, article_id, title, outlet, url, published_at, cluster_id, sentence
FROM revisions;
