-- latest_figures: DEPRECATED, kept for one release; use headlines (and headline_changes, series_sources).
-- The old 27 columns: the headline, its previous value and latest revision come from headlines and
-- headline_steps (the rule is in headline_reports); the rest are plain aggregates.
--   range_as_of, conservative_value, highest_value, range_sources   the most recent dated day of the
--       series, and over its independent sources that day the lowest and highest totals
--   undated_value, undated_reports   cumulative reports with no date in the text and no publication date
CREATE OR REPLACE VIEW latest_figures AS
WITH cumulative AS (
    SELECT
        f.series_id, f.value,
        coalesce(f.as_of, CAST(timezone('UTC', a.published_at) AS DATE)) AS reported_on,
        coalesce(a.cluster_id, a.duplicate_of, a.article_id) AS cluster_id
    FROM figures AS f JOIN articles AS a ON a.article_id = f.article_id
    WHERE f.scope = 'cumulative'
),
counts AS (
    SELECT
        series_id,
        count(*) FILTER (WHERE reported_on IS NOT NULL) AS reports,
        max(value) FILTER (WHERE reported_on IS NULL) AS undated_value,
        count(*) FILTER (WHERE reported_on IS NULL) AS undated_reports,
        max(reported_on) AS range_as_of
    FROM cumulative
    GROUP BY series_id
),
spread AS (  -- each independent source's total on the most recent dated day of its series
    SELECT series_id, min(value) AS conservative_value, max(value) AS highest_value, count(*) AS range_sources
    FROM (
        SELECT c.series_id, c.cluster_id, max(c.value) AS value
        FROM cumulative AS c JOIN counts AS n ON n.series_id = c.series_id AND c.reported_on = n.range_as_of
        GROUP BY c.series_id, c.cluster_id
    )
    GROUP BY series_id
),
outlets AS (
    SELECT r.series_id, list_sort(list(DISTINCT r.outlet) FILTER (WHERE r.outlet IS NOT NULL)) AS outlets
    FROM headline_reports AS r JOIN headlines AS h ON h.series_id = r.series_id AND h.value = r.value
    GROUP BY r.series_id
),
steps AS (
    SELECT
        c.series_id,
        arg_max(c.value, c.seq) FILTER (WHERE c.change = 'revision') AS revised_to,
        arg_max(c.as_of, c.seq) FILTER (WHERE c.change = 'revision') AS revised_on,
        any_value(c.previous_value) FILTER (WHERE c.change <> 'revision') AS previous_value,
        any_value(c.previous_qualifier) FILTER (WHERE c.change <> 'revision') AS previous_qualifier,
        any_value(c.previous_as_of) FILTER (WHERE c.change <> 'revision') AS previous_as_of
    FROM headline_steps AS c JOIN headlines AS h ON h.series_id = c.series_id
    WHERE c.headline_value = h.value
    GROUP BY c.series_id
),
old AS (  -- a CTE: DESCRIBE shows the old view's column metadata (nullable, no key)
SELECT
    nullif(s.topic, '(unspecified)') AS topic, s.kind, s.unit, nullif(s.place, '(unspecified)') AS location,
    h.value, h.qualifier, h.as_of,
    h.sources, o.outlets,
    q.article_id AS first_article_id, q.title AS first_title, q.outlet AS first_outlet,
    q.url AS first_url, q.published_at AS first_published_at, q.sentence,
    n.range_as_of, p.conservative_value, p.highest_value, p.range_sources,
    st.revised_to, st.revised_on,
    st.previous_value, st.previous_qualifier, st.previous_as_of,
    n.reports, n.undated_value, n.undated_reports
FROM counts AS n
JOIN series AS s ON s.series_id = n.series_id
LEFT JOIN headlines AS h ON h.series_id = n.series_id
LEFT JOIN figure_history AS q ON q.figure_id = h.first_figure_id
LEFT JOIN outlets AS o ON o.series_id = n.series_id
LEFT JOIN spread AS p ON p.series_id = n.series_id
LEFT JOIN steps AS st ON st.series_id = n.series_id
)
SELECT * FROM old;
