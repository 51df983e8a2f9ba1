-- headline_reports: THE HEADLINE RULE, written once. headlines, headline_changes, the old latest_figures
-- and figure_changes, the report and the alerts' candidates (warehouse/outbox.py) all read it.
-- A report can make its series' headline when it is a cumulative total with a date from its text or its
-- publication (a report dated only by its fetch never does). Reports are read in this order:
--   read_order   (report date, publication time else fetch time, article, offset of the number)
-- The headline of a series is its highest total; it is reported first by the first report (in read
-- order) of that total. A lower total reported for a later date than the headline's is a revision.
-- The series keys are carried along so that a filter on them (place = 'Tripoli') reaches the scans.
CREATE OR REPLACE VIEW headline_reports AS
SELECT
    f.series_id,
    s.topic,
    coalesce(f.location, '(unspecified)') AS place,  -- = series.place (checks/series_keys_consistent.sql), filterable in the scan
    f.kind,
    f.unit,
    f.figure_id,
    f.value,
    f.qualifier,
    coalesce(f.as_of, CAST(timezone('UTC', a.published_at) AS DATE)) AS report_date,
    {
        'on': coalesce(f.as_of, CAST(timezone('UTC', a.published_at) AS DATE)),
        'at': coalesce(a.published_at, a.fetched_at),
        'article': a.article_id,
        'start': f.start
    } AS read_order,
    coalesce(a.cluster_id, a.duplicate_of, a.article_id) AS cluster_id,
    a.source AS outlet
FROM figures AS f
JOIN articles AS a ON a.article_id = f.article_id
JOIN series AS s ON s.series_id = f.series_id
WHERE f.scope = 'cumulative' AND (f.as_of IS NOT NULL OR a.published_at IS NOT NULL);
