"""newsmon's `newsmon dedup` contract vs datasketch's MinHashLSH, side by side on one stream.

The stream: `ARTICLES` generated news-like articles (Zipf pseudo-words in sentences and paragraphs),
60% new stories and 40% copies of an earlier one (wire copy, excerpt, light edit, rewrite), as JSON
lines. Both read the same lines in the same process, chunk by chunk in turns (a busy machine slows
them alike):

- newsmon: `StreamDedup.line` (parse, fingerprint, candidates, exact verification, index);
- datasketch: its README configuration: `MinHash(num_perm=128)` over the text's word 3-shingles
  (`update_batch`), `MinHashLSH(threshold=0.5, num_perm=128)`, `query` then `insert`; the first
  result is the verdict.

Reported: wall and CPU milliseconds per article for each, and each one's pairwise F1 on the stream.
Run: `python -m bench.dedup_speed` (prints the dict as JSON). Needs the `dev` extra (datasketch).
"""

from __future__ import annotations

import gc
import json
import random
import time
from itertools import combinations

import numpy as np

ARTICLES = 20_000
CHUNK = 500
SEED = 11


def generate(count: int = ARTICLES, seed: int = SEED) -> list[tuple[str, str, str]]:
    """(id, text, story) for `count` articles; a copy's story is its original's id."""
    from evaluation.dedup_rewrite import rewrite

    rng = np.random.default_rng(seed)
    py = random.Random(seed)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    words = np.array(["".join(rng.choice(letters, size=n)) for n in rng.integers(2, 11, size=30_000)])
    ranks = np.arange(1, words.size + 1)
    p = (1 / ranks) / (1 / ranks).sum()
    out: list[tuple[str, str, str]] = []
    originals: list[tuple[str, str]] = []
    for n in range(count):
        if originals and py.random() < 0.4:
            key, text = py.choice(originals)
            out.append((f"a{n}", _copy(text, py, words, rewrite), key))
            continue
        picks = words[rng.choice(words.size, size=int(rng.integers(150, 700)), p=p)]
        sentences = [" ".join(picks[i : i + 18]).capitalize() + "." for i in range(0, picks.size, 18)]
        text = "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4))
        originals.append((f"a{n}", text))
        out.append((f"a{n}", text, f"a{n}"))
    return out


def _copy(text: str, rng: random.Random, words: np.ndarray, rewrite) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"CITY (Reuters) - {text}\n\n(Reporting by A. Reporter; Editing by An Editor)"
    if kind == 1:
        return "\n\n".join(text.split("\n\n")[:2]) + "\n\nRead more"
    if kind == 2:
        split = text.split(" ")
        for i in rng.sample(range(len(split)), len(split) // 30):
            split[i] = str(words[rng.randrange(2000)])
        return " ".join(split)
    return rewrite(text, rng)


class Datasketch:
    """datasketch's README configuration behind the same one-line-in, one-verdict-out loop."""

    def __init__(self) -> None:
        from datasketch import MinHash, MinHashLSH

        self.minhash = MinHash
        self.lsh = MinHashLSH(threshold=0.5, num_perm=128)

    def line(self, line: str) -> dict:
        item = json.loads(line)
        tokens = item["text"].lower().split()
        shingles = {" ".join(tokens[i : i + 3]) for i in range(max(1, len(tokens) - 2))}
        m = self.minhash(num_perm=128)
        m.update_batch([s.encode("utf-8") for s in shingles])
        found = self.lsh.query(m)
        self.lsh.insert(item["id"], m)
        return {"id": item["id"], "duplicate_of": min(found) if found else None}


def f1(stream: list[tuple[str, str, str]], outputs: list[dict]) -> float:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for out in outputs:
        if out.get("duplicate_of"):
            parent[find(out["id"])] = find(out["duplicate_of"])
    groups: dict[str, list[str]] = {}
    for key, _, story in stream:
        groups.setdefault(story, []).append(key)
    true = {pair for members in groups.values() for pair in combinations(sorted(members), 2)}
    clusters: dict[str, list[str]] = {}
    for key, _, _ in stream:
        clusters.setdefault(find(key), []).append(key)
    predicted = {pair for members in clusters.values() for pair in combinations(sorted(members), 2)}
    tp = len(true & predicted)
    precision, recall = tp / max(1, len(predicted)), tp / max(1, len(true))
    return round(2 * precision * recall / (precision + recall), 4) if tp else 0.0


def measure(count: int = ARTICLES) -> dict:
    from extractors.dedup.verdict import StreamDedup

    stream = generate(count)
    lines = [json.dumps({"id": key, "text": text}) for key, text, _ in stream]
    runners = {"newsmon": StreamDedup([]), "datasketch": Datasketch()}
    outputs: dict[str, list[dict]] = {name: [] for name in runners}
    wall = dict.fromkeys(runners, 0.0)
    cpu = dict.fromkeys(runners, 0.0)
    gc.disable()
    try:
        for start in range(0, len(lines), CHUNK):
            for name, runner in runners.items():
                c, t = time.process_time(), time.perf_counter()
                outputs[name].extend(runner.line(line) for line in lines[start : start + CHUNK])
                wall[name] += time.perf_counter() - t
                cpu[name] += time.process_time() - c
    finally:
        gc.enable()
    result: dict = {"articles": len(lines), "copies": sum(k != s for k, _, s in stream)}
    for name in runners:
        result[f"{name}_ms_per_article"] = round(1000 * wall[name] / len(lines), 3)
        result[f"{name}_cpu_ms_per_article"] = round(1000 * cpu[name] / len(lines), 3)
        result[f"{name}_f1"] = f1(stream, outputs[name])
    result["ratio"] = round(wall["newsmon"] / wall["datasketch"], 3)
    result["ok"] = result["newsmon_ms_per_article"] <= result["datasketch_ms_per_article"]
    return result


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
