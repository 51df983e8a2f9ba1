-- source_counts: DEPRECATED, kept for one release; use series_sources (long format, no lists).
-- The outlets behind each figure, one row per (topic, kind, unit, location, value).
--   sources   independent story clusters reporting the value; reports: articles (copies included)
--   outlets   the outlets, sorted; first_article_id: the first article that reported it
CREATE OR REPLACE VIEW source_counts AS
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
