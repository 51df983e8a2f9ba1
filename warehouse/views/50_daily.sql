-- daily_computed: what `daily` shows, computed from the figures (slow: distinct counts over every figure).
-- warehouse/trend_days.py keeps its rows in the table trend_days, refreshed for the (series, day) pairs
-- each write touches, and rebuilt when this definition changes. Query `daily` instead.
CREATE OR REPLACE VIEW daily_computed AS
WITH dated AS (
    SELECT
        f.series_id,
        coalesce(f.as_of, CAST(timezone('UTC', a.published_at) AS DATE)) AS day,
        f.value,
        f.scope,
        a.duplicate_of IS NOT NULL AS is_duplicate,
        a.article_id,
        coalesce(a.cluster_id, a.duplicate_of, a.article_id) AS cluster_id
    FROM figures AS f
    JOIN articles AS a ON a.article_id = f.article_id
    WHERE f.as_of IS NOT NULL OR a.published_at IS NOT NULL
),
days AS (
    SELECT
        series_id,
        day,
        max(value) FILTER (WHERE scope = 'cumulative') AS largest_cumulative,
        sum(value) FILTER (WHERE scope = 'incident' AND NOT is_duplicate) AS incident_sum,
        count(DISTINCT article_id) AS reports,
        count(DISTINCT cluster_id) AS clusters,
        count(*) AS figures
    FROM dated
    GROUP BY series_id, day
)
SELECT
    nullif(s.topic, '(unspecified)') AS topic, d.day, s.kind, s.unit, nullif(s.place, '(unspecified)') AS location,
    d.largest_cumulative, d.incident_sum, d.reports, d.clusters, d.figures, d.series_id
FROM days AS d JOIN series AS s ON s.series_id = d.series_id;

-- daily: per series and day (the report date from the text, else the publication date; figures dated only
-- by their fetch are left out):
--   largest_cumulative  the largest cumulative total reported that day
--   incident_sum        the sum of incident figures, copies (duplicate articles) left out; separate
--                       outlets reporting the same incident are still each counted
--   reports             articles reporting a figure of the series that day; clusters: independent
--                       story clusters among them; figures: figures reported
CREATE OR REPLACE VIEW daily AS
SELECT
    t.series_id, s.topic, s.place, s.kind, s.unit, t.day,
    t.largest_cumulative, t.incident_sum, t.reports, t.clusters, t.figures
FROM trend_days AS t
JOIN series AS s ON s.series_id = t.series_id;
