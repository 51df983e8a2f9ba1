-- Issue 14: the language of every article (ISO 639-1, detected with the feed's language as a hint) and of
-- each of its figures (inherited from the article). articles.language exists since 0001; kept idempotent.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS language VARCHAR;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS language VARCHAR;
UPDATE figures SET language = (SELECT a.language FROM articles AS a WHERE a.article_id = figures.article_id)
WHERE language IS NULL;
-- An alert remembers the language of the figure it reports (its e-mail names it and quotes the original).
ALTER TABLE alerts ADD COLUMN IF NOT EXISTS language VARCHAR;
