-- An outlet is a name, not a line of text: never over 80 characters.
SELECT article_id, source
FROM articles
WHERE length(source) > 80;
