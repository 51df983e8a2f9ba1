-- Alerts: an outbox of headline-figure changes, written in the same transaction as the data that caused
-- them, then delivered by SMTP and marked sent. Also the watch's topic label on each run.
ALTER TABLE runs ADD COLUMN topic VARCHAR;      -- topic label of the watch (NEWSMON_TOPIC or the feeds file)

CREATE TABLE alerts (
    alert_id        VARCHAR PRIMARY KEY,      -- hash of (topic, kind, unit, location, value): one alert per value, ever
    topic           VARCHAR,
    kind            VARCHAR NOT NULL,
    unit            VARCHAR NOT NULL,
    location        VARCHAR,
    change          VARCHAR NOT NULL,         -- first | rise
    value           BIGINT NOT NULL,
    qualifier       VARCHAR NOT NULL,
    as_of           DATE,
    previous_value  BIGINT,                   -- the value of the last alert of this series (or the previous headline)
    previous_qualifier VARCHAR,
    previous_as_of  DATE,
    sources         INTEGER NOT NULL,         -- independent story clusters reporting at least this value
    figure_id       VARCHAR NOT NULL,         -- the first report of the value
    article_id      VARCHAR NOT NULL,
    title           VARCHAR,
    url             VARCHAR,
    outlet          VARCHAR,
    published_at    TIMESTAMPTZ,
    quote           VARCHAR,                  -- the sentence that reports the value
    quote_start     INTEGER,                  -- the number's offsets in quote
    quote_end       INTEGER,
    other_outlets   VARCHAR[],
    status          VARCHAR NOT NULL DEFAULT 'pending',  -- pending | sending (in doubt) | sent | superseded
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      VARCHAR,
    created_at      TIMESTAMPTZ NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    message_id      VARCHAR,
    run_id          VARCHAR NOT NULL
);
