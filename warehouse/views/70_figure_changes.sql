-- figure_changes: DEPRECATED, kept for one release; use headline_changes. The old columns over headline_steps
-- (the headline rule is in headline_reports); no place means location NULL, no topic means topic NULL.
CREATE OR REPLACE VIEW figure_changes AS
WITH old AS (  -- a CTE: DESCRIBE shows the old view's column metadata (nullable, no key)
SELECT
    nullif(s.topic, '(unspecified)') AS topic, s.kind, s.unit, nullif(s.place, '(unspecified)') AS location,
    c.seq, c.change, c.previous_value, c.previous_qualifier, c.previous_as_of,
    c.value, c.qualifier, c.as_of, c.headline_value, c.figure_id,
    h.article_id, h.title, h.outlet, h.url, h.published_at, h.cluster_id, h.sentence
FROM headline_steps AS c
JOIN series AS s ON s.series_id = c.series_id
JOIN figure_history AS h ON h.figure_id = c.figure_id
)
SELECT * FROM old;
