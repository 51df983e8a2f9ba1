-- latest_figures: the current headline figure of each series (topic, kind, unit, location), with who says so.
--   value, qualifier, as_of   the headline: the highest dated cumulative total (a lower later total is a
--                             revision: it shows in revised_to/revised_on, never as the headline)
--   sources, outlets          independent story clusters and outlets that report the headline value
--   first_*                   the first article that reported it
--   range_as_of               the most recent as-of date with reports; for that date, over independent
--   conservative_value        sources: the lowest total (as ACLED does) ...
--   highest_value             ... and the highest
--   undated_value             the largest undated total; undated figures never make the headline, so a
--                             series with only undated reports has a NULL value
-- Speed (1M figures): aggregates over the cumulative figures only, no sort and no figure_changes: the
-- headline is the first report (in figure_changes' reading order, report_order) of the highest dated
-- total; the previous headline is the highest total read before it, at its first report.
CREATE OR REPLACE VIEW latest_figures AS
WITH cumulative AS (
    SELECT
        topic, kind, unit, location, value, reported_on, cluster_id, outlet, figure_id,
        {'on': reported_on, 'at': coalesce(published_at, fetched_at), 'article': article_id, 'start': start} AS report_order
    FROM figure_history
    WHERE scope = 'cumulative'
),
series AS (
    SELECT
        topic, kind, unit, location,
        count(*) FILTER (WHERE reported_on IS NOT NULL) AS reports,
        max(value) FILTER (WHERE reported_on IS NULL) AS undated_value,
        count(*) FILTER (WHERE reported_on IS NULL) AS undated_reports,
        max(value) FILTER (WHERE reported_on IS NOT NULL) AS top,
        max(reported_on) AS range_as_of
    FROM cumulative
    GROUP BY ALL
),
backers AS (  -- the headline: the first report of the highest dated total, and who reports that total
    SELECT
        c.topic, c.kind, c.unit, c.location,
        arg_min(c.figure_id, c.report_order) AS figure_id,
        min(c.report_order) AS report_order,
        count(DISTINCT c.cluster_id) AS sources,
        list_sort(list(DISTINCT c.outlet) FILTER (WHERE c.outlet IS NOT NULL)) AS outlets
    FROM cumulative AS c JOIN series AS s
        ON c.topic IS NOT DISTINCT FROM s.topic AND c.kind = s.kind AND c.unit = s.unit
        AND c.location IS NOT DISTINCT FROM s.location AND c.value = s.top
    WHERE c.reported_on IS NOT NULL
    GROUP BY ALL
),
around AS (  -- the reports before and after the headline's first report
    SELECT c.*, c.report_order < b.report_order AS earlier, b.report_order.on AS headline_on, s.top
    FROM cumulative AS c
    JOIN backers AS b
        ON c.topic IS NOT DISTINCT FROM b.topic AND c.kind = b.kind AND c.unit = b.unit
        AND c.location IS NOT DISTINCT FROM b.location
    JOIN series AS s
        ON c.topic IS NOT DISTINCT FROM s.topic AND c.kind = s.kind AND c.unit = s.unit
        AND c.location IS NOT DISTINCT FROM s.location
    WHERE c.reported_on IS NOT NULL AND c.report_order <> b.report_order
),
before AS (  -- the headline before it: the highest total reported earlier, at its first report
    SELECT
        topic, kind, unit, location,
        arg_min(figure_id, {'value': -value, 'order': report_order}) AS figure_id,
        arg_min(reported_on, {'value': -value, 'order': report_order}) AS as_of
    FROM around
    WHERE earlier
    GROUP BY ALL
),
revision AS (  -- the latest revision: lower totals for later dates, each value at its first report
    SELECT topic, kind, unit, location, arg_max(value, report_order) AS value, max(report_order).on AS as_of
    FROM (
        SELECT topic, kind, unit, location, value, min(report_order) AS report_order
        FROM around
        WHERE NOT earlier AND value < top AND reported_on > headline_on
        GROUP BY ALL
    )
    GROUP BY ALL
),
spread AS (  -- each independent source's total on the most recent as-of date of its series
    SELECT
        topic, kind, unit, location,
        any_value(reported_on) AS range_as_of,
        min(value) AS conservative_value,
        max(value) AS highest_value,
        count(*) AS range_sources
    FROM (
        SELECT c.topic, c.kind, c.unit, c.location, c.reported_on, c.cluster_id, max(c.value) AS value
        FROM cumulative AS c JOIN series AS s
            ON c.topic IS NOT DISTINCT FROM s.topic AND c.kind = s.kind AND c.unit = s.unit
            AND c.location IS NOT DISTINCT FROM s.location AND c.reported_on = s.range_as_of
        GROUP BY ALL
    )
    GROUP BY ALL
),
quoted AS (  -- the headline's and the previous headline's reports, with their articles
    SELECT figure_id, value, qualifier, sentence, article_id, title, outlet, url, published_at
    FROM figure_history
    WHERE figure_id IN (SELECT figure_id FROM backers UNION ALL SELECT figure_id FROM before)
)
SELECT
    s.topic, s.kind, s.unit, s.location,
    h.value, h.qualifier, b.report_order.on AS as_of,
    b.sources, b.outlets,
    h.article_id AS first_article_id, h.title AS first_title, h.outlet AS first_outlet,
    h.url AS first_url, h.published_at AS first_published_at, h.sentence,
    p.range_as_of, p.conservative_value, p.highest_value, p.range_sources,
    r.value AS revised_to, r.as_of AS revised_on,
    e.value AS previous_value, e.qualifier AS previous_qualifier, bf.as_of AS previous_as_of,
    s.reports, s.undated_value, s.undated_reports
FROM series AS s
LEFT JOIN backers AS b
    ON b.topic IS NOT DISTINCT FROM s.topic AND b.kind = s.kind AND b.unit = s.unit
    AND b.location IS NOT DISTINCT FROM s.location
LEFT JOIN quoted AS h ON h.figure_id = b.figure_id
LEFT JOIN before AS bf
    ON bf.topic IS NOT DISTINCT FROM s.topic AND bf.kind = s.kind AND bf.unit = s.unit
    AND bf.location IS NOT DISTINCT FROM s.location
LEFT JOIN quoted AS e ON e.figure_id = bf.figure_id
LEFT JOIN spread AS p
    ON p.topic IS NOT DISTINCT FROM s.topic AND p.kind = s.kind AND p.unit = s.unit
    AND p.location IS NOT DISTINCT FROM s.location
LEFT JOIN revision AS r
    ON r.topic IS NOT DISTINCT FROM s.topic AND r.kind = s.kind AND r.unit = s.unit
    AND r.location IS NOT DISTINCT FROM s.location;
