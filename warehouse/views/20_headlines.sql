-- headlines: the current headline of each series (see headline_reports for the rule).
--   value, qualifier, as_of  the highest dated cumulative total, as its first report words it, and the
--                            date it is valid for
--   sources                  independent story clusters reporting that total
--   first_outlet, first_figure_id   its first report (join `reports` on figure_id for the sentence)
--   latest_report_date       the date of the series' most recent dated report (a revision shows in
--                            headline_changes)
-- Speed (1M figures): two aggregates over the headline reports, no sort and no join back to figures.
CREATE OR REPLACE VIEW headlines AS
WITH top AS (
    SELECT
        series_id, any_value(topic) AS topic, any_value(place) AS place, any_value(kind) AS kind,
        any_value(unit) AS unit, max(value) AS value, max(report_date) AS latest_report_date
    FROM headline_reports
    GROUP BY series_id
),
backers AS (
    SELECT
        r.series_id,
        arg_min({'figure_id': r.figure_id, 'qualifier': r.qualifier, 'outlet': r.outlet}, r.read_order) AS first,
        min(r.read_order).on AS as_of,
        count(DISTINCT r.cluster_id) AS sources
    FROM headline_reports AS r JOIN top AS t ON t.series_id = r.series_id AND t.value = r.value
    GROUP BY r.series_id
)
SELECT  -- what an analyst reads first comes first, the ids last (a narrow terminal elides the middle)
    t.place, t.kind, t.value,
    b.first.qualifier AS qualifier,
    b.sources,
    t.topic, t.unit,
    b.first.outlet AS first_outlet,
    b.first.figure_id AS first_figure_id,
    t.series_id,
    t.latest_report_date,
    b.as_of
FROM top AS t JOIN backers AS b ON b.series_id = t.series_id;
