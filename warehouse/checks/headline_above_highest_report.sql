-- No headline is higher than the highest figure reported for its series.
SELECT h.series_id, h.value, max(r.value) AS highest_report
FROM headlines AS h
LEFT JOIN reports AS r ON r.series_id = h.series_id
GROUP BY h.series_id, h.value
HAVING h.value > coalesce(max(r.value), -1);
