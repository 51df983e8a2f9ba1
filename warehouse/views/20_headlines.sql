-- headlines: the current headline of each series (see headline_reports for the rule).
--   value, qualifier, as_of  the highest dated cumulative total, as its first report words it, and the
--                            date it is valid for
--   sources                  independent story clusters reporting that total
--   first_outlet, first_figure_id   its first report (join `reports` on figure_id for the sentence)
--   latest_report_date       the date of the series' most recent dated report (a revision shows in
--                            headline_changes)
CREATE OR REPLACE VIEW headlines AS
WITH top AS (
    SELECT series_id, max(value) AS value, max(report_date) AS latest_report_date
    FROM headline_reports
    GROUP BY series_id
),
backers AS (
    SELECT
        r.series_id,
        arg_min(r.figure_id, r.read_order) AS figure_id,
        min(r.read_order).on AS as_of,
        count(DISTINCT r.cluster_id) AS sources
    FROM headline_reports AS r JOIN top AS t ON t.series_id = r.series_id AND t.value = r.value
    GROUP BY r.series_id
)
SELECT
    s.series_id,
    s.topic,
    s.place,
    s.kind,
    s.unit,
    t.value,
    f.qualifier,
    b.as_of,
    b.sources,
    a.source AS first_outlet,
    b.figure_id AS first_figure_id,
    t.latest_report_date
FROM top AS t
JOIN backers AS b ON b.series_id = t.series_id
JOIN series AS s ON s.series_id = t.series_id
JOIN figures AS f ON f.figure_id = b.figure_id
JOIN articles AS a ON a.article_id = f.article_id;
