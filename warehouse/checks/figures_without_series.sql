-- Every figure belongs to a series that exists (warehouse/series.py assigns it in the load's transaction).
SELECT f.figure_id, f.series_id
FROM figures AS f
LEFT JOIN series AS s ON s.series_id = f.series_id
WHERE s.series_id IS NULL;
