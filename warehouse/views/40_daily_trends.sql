-- daily_trends: per day (the figures' reported_on date), kind and location, over dated figures
-- (a location's figures are kept apart: a city's toll is not a national one):
--   largest_cumulative  the largest cumulative total reported for that day
--   incident_sum        the sum of incident figures, copies (duplicate articles) left out; separate
--                       outlets reporting the same incident are still each counted
--   reports             articles reporting a figure of that kind that day
--   clusters            independent story clusters among them
CREATE OR REPLACE VIEW daily_trends AS
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
