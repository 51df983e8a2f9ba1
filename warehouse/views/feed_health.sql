-- One row per feed: is it healthy, when did it last work, when may it be fetched again.
CREATE OR REPLACE VIEW feed_health AS
SELECT
    name,
    feed_url,
    last_status,
    coalesce(consecutive_failures, 0) AS consecutive_failures,
    coalesce(consecutive_failures, 0) = 0 AS healthy,
    last_error,
    last_fetched_at,
    last_ok_at,
    next_fetch_at,
    entries_last
FROM feeds;
