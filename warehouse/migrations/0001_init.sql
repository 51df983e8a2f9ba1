-- The tables analysts rely on. Every data row carries the run that wrote it.
CREATE TABLE runs (
    run_id        VARCHAR PRIMARY KEY,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    status        VARCHAR NOT NULL,          -- running | completed | failed
    feeds_polled  INTEGER DEFAULT 0,
    entries_seen  INTEGER DEFAULT 0,
    entries_in_scope INTEGER DEFAULT 0,
    articles_new  INTEGER DEFAULT 0,
    figures_new   INTEGER DEFAULT 0,
    failures      INTEGER DEFAULT 0,
    error         VARCHAR
);

CREATE TABLE feeds (
    feed_url        VARCHAR PRIMARY KEY,
    name            VARCHAR,
    language        VARCHAR,
    etag            VARCHAR,
    last_modified   VARCHAR,
    body_hash       VARCHAR,
    last_status     INTEGER,
    last_error      VARCHAR,
    last_fetched_at TIMESTAMPTZ,
    last_ok_at      TIMESTAMPTZ,
    consecutive_failures INTEGER DEFAULT 0,
    next_fetch_at   TIMESTAMPTZ,
    entries_last    INTEGER,
    run_id          VARCHAR
);

CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,       -- seed:<stem> for seeds, a hash of the canonical URL otherwise
    url           VARCHAR,
    canonical_url VARCHAR,
    title         VARCHAR,
    source        VARCHAR,                   -- outlet (site name or host)
    feed_url      VARCHAR,
    language      VARCHAR,
    published_at  TIMESTAMPTZ,
    fetched_at    TIMESTAMPTZ,
    is_seed       BOOLEAN NOT NULL DEFAULT false,
    duplicate_of  VARCHAR,                   -- earliest article of its cluster, NULL for an original
    dup_method    VARCHAR,                   -- url | hash | near
    similarity    DOUBLE,
    cluster_id    VARCHAR,                   -- story cluster: the original's article_id
    content_hash  VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    run_id        VARCHAR NOT NULL
);
CREATE INDEX articles_canonical ON articles (canonical_url);
CREATE INDEX articles_hash ON articles (content_hash);

CREATE TABLE figures (
    figure_id   VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,            -- killed | injured | displaced | missing | arrested | kidnapped
    value       BIGINT NOT NULL,
    qualifier   VARCHAR NOT NULL,            -- exact | at_least | more_than | about | up_to | fewer_than
    unit        VARCHAR NOT NULL,            -- people | households
    low         BIGINT,
    high        BIGINT,
    vague       VARCHAR,
    term        VARCHAR,
    scope       VARCHAR,                     -- cumulative | incident | unknown
    attribution VARCHAR,
    location    VARCHAR,
    as_of       DATE,
    start       INTEGER NOT NULL,            -- character offsets of the number in articles.text
    "end"       INTEGER NOT NULL,
    sentence    VARCHAR,
    run_id      VARCHAR NOT NULL
);
CREATE INDEX figures_article ON figures (article_id);

CREATE TABLE failures (
    failure_id VARCHAR PRIMARY KEY,          -- hash of (run_id, stage, url, reason): replaying a run adds nothing
    run_id  VARCHAR NOT NULL,
    stage   VARCHAR NOT NULL,                -- config | seed | feed | page | extract | load
    url     VARCHAR,
    reason  VARCHAR NOT NULL,
    "at"    TIMESTAMPTZ NOT NULL
);
