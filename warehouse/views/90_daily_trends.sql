-- daily_trends: DEPRECATED, kept for one release; use daily (the same rows, keyed by series_id).
-- No place means location NULL, no topic means topic NULL. Rows are kept in trend_days (see 50_daily.sql).
CREATE OR REPLACE VIEW daily_trends AS
SELECT topic, day, kind, unit, location, largest_cumulative, incident_sum, reports, clusters, figures
FROM trend_days;
