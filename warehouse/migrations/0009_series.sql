-- Series: one row per (topic, kind, unit, place), with non-null keys and a stable id, so that an
-- analyst joins on series_id instead of four nullable columns. Every figure names its series.
--   place         the gazetteer's canonical name, or '(unspecified)' when the sentence names no place
--                 (unlocated figures form their own series and never revise a located one)
--   place_level   country | region | town | unspecified
--   country_iso3  ISO 3166-1 alpha-3 of the place's country ('XXX' when unknown, as in ISO/IEC 7501)
--   topic         the watch's topic label, or '(unspecified)'
-- warehouse/series.py writes the rows and figures.series_id in the transaction of every load, and
-- assigns the figures stored before this migration on the first read-write open after it.
CREATE TABLE series (
    series_id     VARCHAR PRIMARY KEY,        -- 's' + 16 hex digits of md5(topic, kind, unit, place)
    topic         VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    unit          VARCHAR NOT NULL,
    place         VARCHAR NOT NULL,
    place_level   VARCHAR NOT NULL,
    country_iso3  VARCHAR NOT NULL
);

ALTER TABLE figures ADD COLUMN series_id VARCHAR;     -- series.series_id
ALTER TABLE figures ADD COLUMN period_start DATE;     -- start of the counting period ("since April"); never as_of

-- daily (and the old daily_trends) rows are kept per series and day; trend_days is rebuilt on the next open
-- because its definition (warehouse/views/50_daily.sql) changed.
ALTER TABLE trend_days ADD COLUMN series_id VARCHAR;
