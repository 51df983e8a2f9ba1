-- daily_trends: per day (the figures' reported_on date), kind and location, over dated figures
-- (a location's figures are kept apart: a city's toll is not a national one):
--   largest_cumulative  the largest cumulative total reported for that day
--   incident_sum        the sum of incident figures, copies (duplicate articles) left out; separate
--                       outlets reporting the same incident are still each counted
--   reports             articles reporting a figure of that kind that day
--   clusters            independent story clusters among them
-- The rows are computed by warehouse/daily_trends.py and kept in trend_days, which every load updates
-- for the days it touches (counting distinct articles and clusters over a million figures per query
-- took about half a second).
CREATE OR REPLACE VIEW daily_trends AS
SELECT topic, day, kind, unit, location, largest_cumulative, incident_sum, reports, clusters, figures
FROM trend_days;
