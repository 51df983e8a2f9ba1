"""Does the cost of deduplicating a new article stay flat as the archive grows?

`measure()` builds a synthetic archive in a temporary DuckDB file at each size (10,000 and 200,000
stored articles by default), then runs batches of new articles through the dedup stage exactly as
the flow does: fingerprints (signature), `read_stored` (the candidate join on `dedup_bands` and the
other lookups), `decide` (verification) and the writes of `load_batch` (articles and band keys, in
one transaction). Half of the new articles are copies of stored stories, so candidates are found
and verified; the rest are new stories.

The archive: a few hundred generated stories with real fingerprints, and filler articles whose band
keys are pseudo-random 64-bit values (what real keys look like to the index) with a placeholder
text, so that building 200,000 articles takes seconds rather than minutes.

Timing: `ms_per_article_<size>` is the dedup stage per new article (signature, lookup, verification
and the writes of its band keys), the median over `BATCHES` batches of `BATCH`; `cpu_*` the same in
process CPU time (steadier on a busy machine); `load_articles` (the article rows themselves, not
dedup) is reported apart. The sizes take turns batch by batch. The first `WARMUP` batches after
opening a database also load the upper levels of its index (a few tenths of a second once per run at
200,000 articles): they are left out of the medians and reported as `warmup_ms_per_article_<size>`;
`ratio_with_warmup` compares the means over all batches, warm-up included.

Run: `python -m bench.dedup_scaling` (prints the dict as JSON). Takes one to two minutes.
"""

from __future__ import annotations

import gc
import json
import statistics
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import numpy as np

from extractors.dedup.fingerprint import content_hash, stable_id
from extractors.dedup.minhash import SCHEME
from extractors.dedup.verdict import FingerprintRow, decide, fingerprints
from extractors.records import Article
from flows.stages.dedup import read_stored
from warehouse import load
from warehouse.db import open_warehouse
from warehouse.dedup import save_fingerprints

SIZES = (10_000, 200_000)
STORIES = 400  # stored stories with real fingerprints, copied by the new articles
BATCH = 50
WARMUP = 4  # batches after opening the database: they load the index's upper levels, reported apart
BATCHES = 16
KEYS_PER_FILLER = 64
STEPS = ("signature", "lookup", "verify", "write_keys")  # the dedup stage; load_articles is reported apart
TARGET_MS = 5.0
TARGET_RATIO = 1.5


class Writer:
    """Generated news-like text: Zipf-distributed pseudo-words in sentences and paragraphs."""

    def __init__(self, seed: int = 7, vocabulary: int = 30_000) -> None:
        self.rng = np.random.default_rng(seed)
        letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
        lengths = self.rng.integers(2, 11, size=vocabulary)
        self.words = ["".join(self.rng.choice(letters, size=n)) for n in lengths]
        ranks = np.arange(1, vocabulary + 1)
        self.p = (1 / ranks) / (1 / ranks).sum()

    def story(self, words: int = 450) -> str:
        picks = self.rng.choice(len(self.words), size=words, p=self.p)
        out, sentence = [], []
        for n, i in enumerate(picks):
            sentence.append(self.words[i])
            if len(sentence) >= self.rng.integers(12, 26) or n == words - 1:
                out.append(" ".join(sentence).capitalize() + ".")
                sentence = []
        paras = [" ".join(out[i : i + 4]) for i in range(0, len(out), 4)]
        return "\n\n".join(paras)

    def copy(self, text: str) -> str:
        """A wire copy, an excerpt or a light edit, in turn."""
        kind = self.rng.integers(0, 3)
        if kind == 0:
            return f"CITY (Reuters) - {text}\n\n(Reporting by A. Reporter; Editing by An Editor)"
        if kind == 1:
            return "\n\n".join(text.split("\n\n")[:2]) + "\n\nRead more"
        words = text.split(" ")
        for i in self.rng.choice(len(words), size=len(words) // 30, replace=False):
            words[i] = self.words[self.rng.integers(0, 2000)]
        return " ".join(words)


def _article(key: str, text: str) -> Article:
    url = f"https://bench.example/{key}"
    return Article(
        article_id=stable_id(url),
        url=url,
        canonical_url=url,
        title=key,
        source="bench",
        published_at=None,
        text=text,
        content_hash=content_hash(text),
    )


def build_archive(db: Path, size: int, stories: list[str]) -> None:
    """`size` stored articles: the generated stories (real keys) and filler (random keys)."""
    fillers = size - len(stories)
    with open_warehouse(db) as con:
        con.execute("BEGIN TRANSACTION")
        real = [(_article(f"story-{i}", text), []) for i, text in enumerate(stories)]
        load.load_articles(con, real, "bench-archive")
        prints = fingerprints([a for a, _ in real])
        rows = [FingerprintRow(i, fp.tokens, fp.keys) for i, fp in prints.items()]
        save_fingerprints(con, rows, SCHEME, "bench-archive")
        con.execute(
            """
            INSERT INTO articles (article_id, url, canonical_url, title, source, fetched_at, is_seed,
                                  cluster_id, content_hash, text, run_id)
            SELECT 'filler-' || i, NULL, NULL, NULL, 'bench', now(), false, 'filler-' || i,
                   md5(i::VARCHAR), 'filler', 'bench-archive'
            FROM range(?) t(i)
            """,
            [fillers],
        )
        con.execute(
            "INSERT INTO dedup_fingerprints SELECT 'filler-' || i, ?, 400, ?, 'bench-archive' FROM range(?) t(i)",
            [SCHEME, KEYS_PER_FILLER, fillers],
        )
        con.execute(
            """
            INSERT INTO dedup_bands
            SELECT (hash(i, j)::HUGEINT - 9223372036854775808)::BIGINT, 'filler-' || i
            FROM range(?) t(i), range(?) u(j)
            """,
            [fillers, KEYS_PER_FILLER],
        )
        con.execute("COMMIT")


def run_batch(con, batch: list[Article], run_id: str) -> dict[str, float]:
    """Dedup and load one batch as the flow does; wall seconds per step (and process CPU seconds)."""
    gc.disable()
    try:
        cpu, t0 = time.process_time(), time.perf_counter()
        prints = fingerprints(batch)
        t1 = time.perf_counter()
        stored = read_stored(con, [], batch, prints)
        t2 = time.perf_counter()
        plan = decide([], batch, prints, stored)
        t3 = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        save_fingerprints(con, plan.fingerprints, SCHEME, run_id)
        t4 = time.perf_counter()
        cpu = time.process_time() - cpu
        load.load_articles(con, [(a, []) for a in batch], run_id, plan.duplicates, plan.clusters)
        con.execute("COMMIT")
        t5 = time.perf_counter()
    finally:
        gc.enable()
    return {
        "signature": t1 - t0,
        "lookup": t2 - t1,
        "verify": t3 - t2,
        "write_keys": t4 - t3,
        "cpu": cpu,
        "load_articles": t5 - t4,
        "duplicates": len(plan.duplicates),
    }


def new_batches(writer: Writer, stories: list[str]) -> list[list[Article]]:
    """`WARMUP + BATCHES` batches of `BATCH` new articles: every other one a copy of a stored story."""
    batches = []
    for b in range(WARMUP + BATCHES):
        batch = []
        for i in range(BATCH):
            text = writer.copy(stories[(b * BATCH + i) % len(stories)]) if i % 2 else writer.story()
            batch.append(_article(f"new-{b}-{i}", text))
        batches.append(batch)
    return batches


def measure(sizes: tuple[int, ...] = SIZES) -> dict:
    """Per-article cost of the dedup stage at each archive size, and the ratio largest / smallest."""
    writer = Writer()
    stories = [writer.story() for _ in range(STORIES)]
    batches = new_batches(writer, stories)
    result: dict = {"batch": BATCH, "warmup_batches": WARMUP, "batches": BATCHES}
    timings: dict[int, list[dict[str, float]]] = {size: [] for size in sizes}
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        cons = {}
        for size in sizes:
            db = Path(tmp) / f"archive-{size}.duckdb"
            t = time.perf_counter()
            build_archive(db, size, stories)
            result[f"build_s_{size}"] = round(time.perf_counter() - t, 1)
            result[f"db_mb_{size}"] = round(db.stat().st_size / 1e6, 1)
            cons[size] = stack.enter_context(open_warehouse(db))
        # Sizes take turns batch by batch, so a busy machine slows them alike.
        for n, batch in enumerate(batches):
            for size in sizes:
                timings[size].append(run_batch(cons[size], batch, f"bench-{n}"))

    def per_article(rows: list[dict[str, float]], step: str) -> float:
        return 1000 * statistics.median(r[step] for r in rows) / BATCH

    for size in sizes:
        warmup, steady = timings[size][:WARMUP], timings[size][WARMUP:]
        steps = {step: round(per_article(steady, step), 3) for step in (*STEPS, "load_articles")}
        result[f"ms_per_article_{size}"] = round(sum(steps[step] for step in STEPS), 3)
        result[f"cpu_ms_per_article_{size}"] = round(per_article(steady, "cpu"), 3)
        result[f"signature_and_lookup_ms_{size}"] = round(
            sum(steps[s] for s in ("signature", "lookup", "verify")), 3
        )
        result[f"steps_ms_{size}"] = steps
        result[f"warmup_ms_per_article_{size}"] = round(
            1000 * sum(r[s] for r in warmup for s in STEPS) / (WARMUP * BATCH), 3
        )
        result[f"duplicates_found_{size}"] = sum(r["duplicates"] for r in timings[size])
    small, large = min(sizes), max(sizes)
    result["copies_made"] = (WARMUP + BATCHES) * BATCH // 2
    result["ratio"] = round(result[f"ms_per_article_{large}"] / result[f"ms_per_article_{small}"], 3)
    with_warmup = {
        size: sum(r[s] for r in timings[size] for s in STEPS) / len(timings[size]) for size in sizes
    }
    result["ratio_with_warmup"] = round(with_warmup[large] / with_warmup[small], 3)
    result["cpu_ratio"] = round(
        result[f"cpu_ms_per_article_{large}"] / result[f"cpu_ms_per_article_{small}"], 3
    )
    result["ok"] = result["ratio"] <= TARGET_RATIO and result[f"signature_and_lookup_ms_{large}"] < TARGET_MS
    return result


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
