-- series_sources: who reports each series, one row per series and outlet (long format: no lists).
--   reports          articles of the outlet reporting a figure of the series (copies included)
--   clusters         independent story clusters among them
--   highest_value    the outlet's highest figure for the series; latest_value: its most recent one
--   first_report_date, last_report_date   as in `reports` (text, else publication, else fetch date)
CREATE OR REPLACE VIEW series_sources AS
SELECT
    s.series_id,
    any_value(s.topic) AS topic,
    any_value(s.place) AS place,
    any_value(s.kind) AS kind,
    coalesce(a.source, '(unknown)') AS outlet,
    count(DISTINCT a.article_id) AS reports,
    count(DISTINCT coalesce(a.cluster_id, a.duplicate_of, a.article_id)) AS clusters,
    max(f.value) AS highest_value,
    arg_max(f.value, (r.report_date, coalesce(a.published_at, a.fetched_at), a.article_id, f.start)) AS latest_value,
    min(r.report_date) AS first_report_date,
    max(r.report_date) AS last_report_date
FROM figures AS f
JOIN articles AS a ON a.article_id = f.article_id
JOIN series AS s ON s.series_id = f.series_id
JOIN reports AS r ON r.figure_id = f.figure_id
GROUP BY s.series_id, coalesce(a.source, '(unknown)');
