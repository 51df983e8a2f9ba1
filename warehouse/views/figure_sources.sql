-- Every figure with the story cluster of the article it came from. Figures are extracted from
-- duplicates too (an updated story can carry a new toll); from_duplicate marks them, and counting
-- distinct cluster_id counts a figure's independent sources.
CREATE OR REPLACE VIEW figure_sources AS
SELECT
    f.*,
    coalesce(a.cluster_id, a.article_id) AS cluster_id,
    a.duplicate_of,
    a.dup_method,
    a.similarity,
    a.duplicate_of IS NOT NULL AS from_duplicate,
    a.is_seed,
    a.source AS article_source,
    a.published_at AS article_published_at
FROM figures f
JOIN articles a USING (article_id);
