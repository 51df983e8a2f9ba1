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
CREATE OR REPLACE VIEW latest_figures AS
WITH cumulative AS (
    SELECT * FROM figure_history WHERE scope = 'cumulative'
),
series AS (
    SELECT
        topic, kind, unit, location,
        count(*) FILTER (WHERE reported_on IS NOT NULL) AS reports,
        max(value) FILTER (WHERE reported_on IS NULL) AS undated_value,
        count(*) FILTER (WHERE reported_on IS NULL) AS undated_reports
    FROM cumulative
    GROUP BY ALL
),
headline AS (
    SELECT * FROM figure_changes WHERE change IN ('first', 'rise')
    QUALIFY row_number() OVER (PARTITION BY topic, kind, unit, location ORDER BY seq DESC) = 1
),
revision AS (
    SELECT c.* FROM figure_changes AS c JOIN headline AS h
        ON c.topic IS NOT DISTINCT FROM h.topic AND c.kind = h.kind AND c.unit = h.unit
        AND c.location IS NOT DISTINCT FROM h.location AND c.seq > h.seq
    WHERE c.change = 'revision'
    QUALIFY row_number() OVER (PARTITION BY c.topic, c.kind, c.unit, c.location ORDER BY c.seq DESC) = 1
),
backers AS (
    SELECT
        h.topic, h.kind, h.unit, h.location,
        count(DISTINCT c.cluster_id) AS sources,
        list_sort(list(DISTINCT c.outlet) FILTER (WHERE c.outlet IS NOT NULL)) AS outlets
    FROM headline AS h JOIN cumulative AS c
        ON c.topic IS NOT DISTINCT FROM h.topic AND c.kind = h.kind AND c.unit = h.unit
        AND c.location IS NOT DISTINCT FROM h.location AND c.value = h.value AND c.reported_on IS NOT NULL
    GROUP BY ALL
),
per_source AS (  -- each independent source's total on the most recent as-of date of its series
    SELECT topic, kind, unit, location, reported_on, cluster_id, max(value) AS value
    FROM (
        SELECT * FROM cumulative
        WHERE reported_on IS NOT NULL
        QUALIFY reported_on = max(reported_on) OVER (PARTITION BY topic, kind, unit, location)
    )
    GROUP BY topic, kind, unit, location, reported_on, cluster_id
),
spread AS (
    SELECT
        topic, kind, unit, location,
        any_value(reported_on) AS range_as_of,
        min(value) AS conservative_value,
        max(value) AS highest_value,
        count(*) AS range_sources
    FROM per_source
    GROUP BY ALL
)
SELECT
    s.topic, s.kind, s.unit, s.location,
    h.value, h.qualifier, h.as_of,
    b.sources, b.outlets,
    h.article_id AS first_article_id, h.title AS first_title, h.outlet AS first_outlet,
    h.url AS first_url, h.published_at AS first_published_at, h.sentence,
    p.range_as_of, p.conservative_value, p.highest_value, p.range_sources,
    r.value AS revised_to, r.as_of AS revised_on,
    h.previous_value, h.previous_qualifier, h.previous_as_of,
    s.reports, s.undated_value, s.undated_reports
FROM series AS s
LEFT JOIN headline AS h
    ON h.topic IS NOT DISTINCT FROM s.topic AND h.kind = s.kind AND h.unit = s.unit
    AND h.location IS NOT DISTINCT FROM s.location
LEFT JOIN backers AS b
    ON b.topic IS NOT DISTINCT FROM s.topic AND b.kind = s.kind AND b.unit = s.unit
    AND b.location IS NOT DISTINCT FROM s.location
LEFT JOIN spread AS p
    ON p.topic IS NOT DISTINCT FROM s.topic AND p.kind = s.kind AND p.unit = s.unit
    AND p.location IS NOT DISTINCT FROM s.location
LEFT JOIN revision AS r
    ON r.topic IS NOT DISTINCT FROM s.topic AND r.kind = s.kind AND r.unit = s.unit
    AND r.location IS NOT DISTINCT FROM s.location;
