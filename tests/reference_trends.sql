-- The trend views as first written (commit 42d28ea): plain, slow, obviously right. tests/test_trend_speedups.py
-- checks that the faster views in warehouse/views/ return exactly what these return, on random histories.

-- figure_changes: every change of a headline figure, one row per change, in report order.
-- A headline is the cumulative total of one series (topic, kind, unit, location). Its dated reports are
-- read in order (as-of date, publication time): a report above every earlier one raises the headline
-- ('first' for the very first report, then 'rise'). A report below the headline, for a later date than
-- the headline's, is a 'revision': it is listed here but never becomes the headline (the headline keeps
-- the highest total; latest_figures shows the revision next to it). Each row names the first article
-- that reported its value. Undated and non-cumulative figures never change a headline.
CREATE OR REPLACE TEMP VIEW reference_figure_changes AS
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
CREATE OR REPLACE TEMP VIEW reference_latest_figures AS
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
    SELECT * FROM reference_figure_changes WHERE change IN ('first', 'rise')
    QUALIFY row_number() OVER (PARTITION BY topic, kind, unit, location ORDER BY seq DESC) = 1
),
revision AS (
    SELECT c.* FROM reference_figure_changes AS c JOIN headline AS h
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

-- daily_trends: per day (the figures' reported_on date), kind and location, over dated figures
-- (a location's figures are kept apart: a city's toll is not a national one):
--   largest_cumulative  the largest cumulative total reported for that day
--   incident_sum        the sum of incident figures, copies (duplicate articles) left out; separate
--                       outlets reporting the same incident are still each counted
--   reports             articles reporting a figure of that kind that day
--   clusters            independent story clusters among them
CREATE OR REPLACE TEMP VIEW reference_daily_trends AS
SELECT
    topic,
    reported_on AS day,
    kind,
    unit,
    location,
    max(value) FILTER (WHERE scope = 'cumulative') AS largest_cumulative,
    sum(value) FILTER (WHERE scope = 'incident' AND NOT is_duplicate) AS incident_sum,
    count(DISTINCT article_id) AS reports,
    count(DISTINCT cluster_id) AS clusters,
    count(*) AS figures
FROM figure_history
WHERE reported_on IS NOT NULL
GROUP BY ALL;

-- source_counts: the outlets behind each figure, one row per (topic, kind, unit, location, value).
--   sources   independent story clusters reporting the value; reports: articles (copies included)
--   outlets   the outlets, sorted; first_article_id: the first article that reported it
CREATE OR REPLACE TEMP VIEW reference_source_counts AS
SELECT
    topic,
    kind,
    unit,
    location,
    value,
    list_sort(list(DISTINCT qualifier)) AS qualifiers,
    list_sort(list(DISTINCT scope)) AS scopes,
    count(DISTINCT cluster_id) AS sources,
    count(DISTINCT article_id) AS reports,
    list_sort(list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL)) AS outlets,
    min(reported_on) AS first_reported_on,
    max(reported_on) AS last_reported_on,
    arg_min(article_id, (reported_on IS NULL, reported_on, coalesce(published_at, fetched_at), article_id))
        AS first_article_id
FROM figure_history
GROUP BY ALL;

-- warehouse/alerts.py: headline_candidates, as first written
CREATE OR REPLACE TEMP MACRO reference_headline_candidates(min_sources) AS TABLE
WITH dated AS (
    SELECT * FROM figure_history WHERE scope = 'cumulative' AND reported_on IS NOT NULL
),
per_cluster AS (
    SELECT topic, kind, unit, location, cluster_id, max(value) AS value FROM dated GROUP BY ALL
),
ranked AS (
    SELECT
        *,
        row_number() OVER (PARTITION BY topic, kind, unit, location ORDER BY value DESC, cluster_id) AS rank,
        count(*) OVER (PARTITION BY topic, kind, unit, location ORDER BY value DESC
                       RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS sources
    FROM per_cluster
),
candidate AS (
    SELECT topic, kind, unit, location, value, sources FROM ranked WHERE rank = min_sources
),
reports AS (
    SELECT d.*, c.sources
    FROM dated AS d JOIN candidate AS c
        ON d.topic IS NOT DISTINCT FROM c.topic AND d.kind = c.kind AND d.unit = c.unit
        AND d.location IS NOT DISTINCT FROM c.location AND d.value = c.value
),
first_report AS (
    SELECT * FROM reports
    QUALIFY row_number() OVER (
        PARTITION BY topic, kind, unit, location
        ORDER BY reported_on, coalesce(published_at, fetched_at), article_id, start
    ) = 1
),
outlets AS (
    SELECT topic, kind, unit, location, list_sort(list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL)) AS outlets
    FROM reports
    GROUP BY ALL
),
previous AS (
    SELECT ch.topic, ch.kind, ch.unit, ch.location, ch.value, ch.qualifier, ch.as_of
    FROM reference_figure_changes AS ch JOIN candidate AS c
        ON ch.topic IS NOT DISTINCT FROM c.topic AND ch.kind = c.kind AND ch.unit = c.unit
        AND ch.location IS NOT DISTINCT FROM c.location AND ch.value < c.value
    WHERE ch.change IN ('first', 'rise')
    QUALIFY row_number() OVER (PARTITION BY ch.topic, ch.kind, ch.unit, ch.location ORDER BY ch.value DESC) = 1
)
SELECT
    f.topic, f.kind, f.unit, f.location, f.value, f.qualifier, f.reported_on, f.sources,
    f.figure_id, f.article_id, f.title, f.url, f.outlet, f.published_at, f.sentence, f.start, f."end",
    a.text, o.outlets, p.value, p.qualifier, p.as_of, f.language
FROM first_report AS f
JOIN articles AS a ON a.article_id = f.article_id
JOIN outlets AS o
    ON o.topic IS NOT DISTINCT FROM f.topic AND o.kind = f.kind AND o.unit = f.unit
    AND o.location IS NOT DISTINCT FROM f.location
LEFT JOIN previous AS p
    ON p.topic IS NOT DISTINCT FROM f.topic AND p.kind = f.kind AND p.unit = f.unit
    AND p.location IS NOT DISTINCT FROM f.location
ORDER BY f.topic, f.kind, f.unit, f.location;
