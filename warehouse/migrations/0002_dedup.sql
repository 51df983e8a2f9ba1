-- Near-duplicate index (extractors/dedup.py, flows/dedup.py): the LSH band keys of each article's
-- MinHash signatures. Candidates for a new article are the articles sharing a key with it: a join on
-- band_key, served by the index so its cost does not grow with the archive.
CREATE TABLE dedup_bands (
    band_key   BIGINT NOT NULL,
    article_id VARCHAR NOT NULL
);
CREATE INDEX dedup_bands_key ON dedup_bands (band_key);

-- One row per fingerprinted article. An article without a row for the current scheme (stored before
-- this migration, or fingerprinted with older parameters) is indexed again by the next run.
CREATE TABLE dedup_fingerprints (
    article_id VARCHAR PRIMARY KEY,
    scheme     INTEGER NOT NULL,             -- extractors.dedup.SCHEME: the parameters of the keys
    tokens     INTEGER NOT NULL,             -- tokens fingerprinted; under MIN_TOKENS: no keys, exact hash only
    band_keys  INTEGER NOT NULL,
    run_id     VARCHAR NOT NULL
);
