"""The stages of one ingestion run, each a module named by what it does.

- `poll`: read each feed (conditional GET), decide its next poll time and backoff;
- `extract`: fetch pages and run the pure extractors on them (in a process pool);
- `dedup`: the I/O half of deduplication (reads the band index, plans the verdicts);
- `commit`: the one load transaction of a run's batch, with alerts queued inside it;
- `spool`: batches that could not be loaded (database locked) and their replay;
- `lock`: the database's run lock.

May import: `extractors`, `warehouse`, `flows.http`, `flows.settings`, `flows.watch`. The flow in
`flows/ingest.py` composes them.
"""
