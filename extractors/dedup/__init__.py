"""Pure deduplication: content hashes and ids, MinHash signatures, bands and verdicts.

- `fingerprint`: content hashes and stable ids;
- `minhash`: shingles, signatures, LSH bands, similarity and the verdict rules.

May import: the standard library, numpy, `extractors.records`. No I/O: the band index lives in
`warehouse/dedup.py` and the stage that reads it in `flows/stages/dedup.py`.
"""
