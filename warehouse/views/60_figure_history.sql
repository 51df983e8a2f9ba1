-- figure_history: DEPRECATED, kept for one release; use reports (one row per figure, series_id, report_date).
-- Every reported figure with its article, outlet, dates and story cluster; the old views read it.
--   topic        the topic label of the run that loaded the figure (the latest run's label when unknown)
--   reported_on  the date the figure speaks for: its as-of date, else the article's publication date (UTC);
--                NULL means undated, and an undated figure never makes a headline (see latest_figures)
--   cluster_id   the story cluster: independent sources are counted by cluster
--   is_duplicate the article is a copy (exact or near) of an earlier one
CREATE OR REPLACE VIEW figure_history AS
SELECT
    f.figure_id,
    coalesce(r.topic, (SELECT max_by(topic, started_at) FROM runs WHERE topic IS NOT NULL)) AS topic,
    f.kind,
    f.unit,
    f.location,
    f.value,
    f.qualifier,
    f.low,
    f.high,
    f.vague,
    f.term,
    f.scope,
    f.attribution,
    f.as_of,
    coalesce(f.as_of, CAST(timezone('UTC', a.published_at) AS DATE)) AS reported_on,
    a.published_at,
    a.fetched_at,
    a.article_id,
    a.title,
    a.url,
    a.source AS outlet,
    fd.name AS feed,
    a.is_seed,
    coalesce(a.cluster_id, a.duplicate_of, a.article_id) AS cluster_id,
    a.duplicate_of IS NOT NULL AS is_duplicate,
    a.duplicate_of,
    f.sentence,
    coalesce(f.language, a.language) AS language,
    f.start,
    f."end",
    f.run_id
FROM figures AS f
JOIN articles AS a USING (article_id)
LEFT JOIN runs AS r ON r.run_id = f.run_id
LEFT JOIN feeds AS fd ON fd.feed_url = a.feed_url;
