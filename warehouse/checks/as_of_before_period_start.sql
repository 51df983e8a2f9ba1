-- A figure is valid for a date inside its counting period, never before the period began.
SELECT figure_id, as_of, period_start
FROM figures
WHERE as_of < period_start;
