-- Pages that failed for a transient reason wait here for their next try; how each article's bytes were
-- decoded; paywall teasers; aggregator links; and the in-place replacements of teasers by full texts.
CREATE TABLE pending_pages (              -- a page whose fetch failed transiently (timeout, 5xx, 429, connection)
    canonical_url   VARCHAR PRIMARY KEY,  -- the article's canonical URL (one entry per canonical URL)
    url             VARCHAR NOT NULL,     -- the feed item's link, fetched again
    feed_url        VARCHAR,              -- the feed that listed it (a feed dropped from the feeds file drops it)
    title           VARCHAR,              -- the feed item's title and date, used when the page has none
    published_at    TIMESTAMPTZ,
    guid            VARCHAR,
    via_url         VARCHAR,              -- the aggregator link the url was decoded from
    attempts        INTEGER NOT NULL,     -- failed fetches so far
    last_reason     VARCHAR NOT NULL,     -- why the last one failed
    first_failed_at TIMESTAMPTZ NOT NULL,
    last_failed_at  TIMESTAMPTZ NOT NULL,
    next_due_at     TIMESTAMPTZ NOT NULL, -- the first run at or after this time fetches it again
    run_id          VARCHAR NOT NULL
);

ALTER TABLE articles ADD COLUMN charset VARCHAR;         -- codec the page's bytes were decoded with
ALTER TABLE articles ADD COLUMN charset_source VARCHAR;  -- declared | detected | fallback (NULL: seeds, older rows)
ALTER TABLE articles ADD COLUMN access VARCHAR DEFAULT 'full';  -- full | teaser (a paywalled page's visible text)
ALTER TABLE articles ADD COLUMN via_url VARCHAR;         -- the aggregator link (Google News) that led to the page

CREATE TABLE article_changes (            -- an article replaced in place (a teaser by its full text)
    article_id       VARCHAR NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL,
    change           VARCHAR NOT NULL,    -- teaser_to_full
    old_content_hash VARCHAR,
    new_content_hash VARCHAR,
    old_chars        INTEGER,
    new_chars        INTEGER,
    run_id           VARCHAR NOT NULL,
    PRIMARY KEY (article_id, run_id, change)
);
