-- reports: one row per reported figure, with the date it speaks for and where that date came from.
--   series_id            the series (see the `series` table: topic, kind, unit, place)
--   report_date          the date the figure is valid for: its date in the text, else the article's
--                        publication date (UTC), else the day it was fetched
--   report_date_source   text | published | fetched (a 'fetched' report never makes a headline)
--   scope                cumulative | incident | unknown; only cumulative totals make headlines
--   outlet, url          who published it; sentence: the words it was read from
--   language             the language it was read in (ISO 639-1: en, ar, fr, ...)
CREATE OR REPLACE VIEW reports AS
SELECT
    f.figure_id,
    f.series_id,
    s.place,
    f.kind,
    f.value,
    f.qualifier,
    f.scope,
    coalesce(f.as_of, CAST(timezone('UTC', a.published_at) AS DATE), CAST(timezone('UTC', a.fetched_at) AS DATE))
        AS report_date,
    CASE WHEN f.as_of IS NOT NULL THEN 'text' WHEN a.published_at IS NOT NULL THEN 'published' ELSE 'fetched' END
        AS report_date_source,
    a.source AS outlet,
    a.url,
    f.sentence,
    f.language
FROM figures AS f
JOIN articles AS a ON a.article_id = f.article_id
LEFT JOIN series AS s ON s.series_id = f.series_id;
