"""Measure candidate order-free signals for rewritten copies on the dedup development stream.

`python -m evaluation.dedup_signals` prints, for each signal, the lowest score of a rewrite and its
original, the highest score of two items of different stories (hard negatives included), and the
recall on rewrites at the lowest threshold with no false merge. Exact measures on whole texts (the
MinHash / SimHash estimates only pick the candidates). Not part of `make eval` (no `run`).
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from itertools import combinations

import numpy as np

from evaluation.__main__ import shared_dir
from evaluation.dedup import Item, build_stream, load_pages
from extractors.dedup.minhash import COVERAGE, MIN_TOKENS, coverage, fingerprint, tokenize

_CAPITAL = re.compile(r"\b(?:[A-Z][\w'’-]+|\d[\d.,]*)")


def bag(text: str) -> set:
    tokens = tokenize(text)
    return set(tokens) | set(zip(tokens, tokens[1:], strict=False))


_STOP_WORDS = (
    "a an the and or but if of to in on at by for with from as is are was were be been being it its this that "
    "these those he she they we you i his her their our your him them us not no so than then there here "
    "have has had do does did will would can could may might should shall also more most very just about "
    "into over after before up down out who whom which what when where why how all any some such said says"
)
STOP = frozenset(_STOP_WORDS.split(" "))


def content_bag(text: str) -> set:
    tokens = [t for t in tokenize(text) if t not in STOP]
    return set(tokens) | set(zip(tokens, tokens[1:], strict=False))


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def rare(text: str, df: Counter, n_docs: int) -> set:
    """Names, numbers and places: capitalised words and numbers not at a sentence start, that are
    not among the stream's common words."""
    words = set()
    for match in _CAPITAL.finditer(text):
        start = match.start()
        if start and text[max(0, start - 2) : start].strip() in (".", "!", "?", ""):
            continue
        word = match.group().casefold().rstrip(".,")
        if df[word] / n_docs < 0.1:
            words.add(word)
    return words


def containment(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def simhash(tokens: list[str], idf: dict[str, float]) -> int:
    weights = Counter(tokens)
    acc = np.zeros(64)
    for token, tf in weights.items():
        h = hash_token(token)
        bits = np.array([(h >> i) & 1 for i in range(64)]) * 2 - 1
        acc += bits * tf * idf.get(token, 1.0)
    return int(sum(1 << i for i in range(64) if acc[i] > 0))


def hash_token(token: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")


def measure(items: list[Item], originals: dict[str, str]) -> dict[str, dict]:
    texts = {i.id: i.text for i in items} | originals
    toks = {k: tokenize(v) for k, v in texts.items()}
    df: Counter = Counter()
    for tokens in toks.values():
        df.update(set(tokens))
    n = len(toks)
    idf = {t: math.log(n / c) for t, c in df.items()}
    bags = {k: bag(v) for k, v in texts.items()}
    cbags = {k: content_bag(v) for k, v in texts.items()}
    rares = {k: rare(v, df, n) for k, v in texts.items()}
    sims = {k: simhash(v, idf) for k, v in toks.items() if v}
    signals = {
        "a: word 1/2-gram bag Jaccard": lambda x, y: jaccard(bags[x], bags[y]),
        "a2: content-word 1/2-gram bag Jaccard": lambda x, y: jaccard(cbags[x], cbags[y]),
        "b: TF-IDF SimHash (1 - hamming/64)": lambda x, y: (
            1 - bin(sims[x] ^ sims[y]).count("1") / 64 if x in sims and y in sims else 0.0
        ),
        "c: rare words shared (of the smaller set)": lambda x, y: containment(rares[x], rares[y]),
        "c': rare words Jaccard": lambda x, y: jaccard(rares[x], rares[y]),
    }
    prints = {k: fingerprint(v) for k, v in texts.items()}
    signals["a + coverage: bag Jaccard where shared shingles cover both texts (kept)"] = lambda x, y: (
        jaccard(bags[x], bags[y]) if coverage(prints[x], prints[y]) >= COVERAGE else 0.0
    )
    signals["coverage alone (minhash.coverage)"] = lambda x, y: coverage(prints[x], prints[y])
    story = {i.id: i.story for i in items} | {k: k for k in originals}
    positives = [(i.id, i.story if i.story in texts else i.id) for i in items if i.kind == "rewrite"]
    positives = [(a, b) for a, b in positives if b in texts and a != b]
    ids = [k for k in texts if len(toks[k]) >= MIN_TOKENS]  # shorter texts go by exact hash only
    negatives = [(a, b) for a, b in combinations(ids, 2) if story[a] != story[b]]
    out = {}
    for name, fn in signals.items():
        pos = sorted(fn(a, b) for a, b in positives)
        neg = sorted(((fn(a, b), a, b) for a, b in negatives), reverse=True)
        top = neg[0][0]
        out[name] = {
            "rewrite_min": round(pos[0], 3),
            "rewrite_median": round(pos[len(pos) // 2], 3),
            "negative_max": round(top, 3),
            "worst_negatives": [(round(s, 3), a, b) for s, a, b in neg[:3]],
            "recall_at_zero_false": round(sum(p > top for p in pos) / len(pos), 3),
        }
    return out


def main() -> int:
    from flows.ingest import read_seeds
    from seeds import SEEDS_DIR

    shared = shared_dir()
    pages = load_pages(shared)
    seeds = {a.article_id.removeprefix("seed:"): a.text for a, _ in read_seeds(SEEDS_DIR)[0]}
    items = build_stream(pages, seeds)
    originals = {f"seed:{k}": v for k, v in seeds.items()}
    for name, row in measure(items, originals).items():
        print(name)
        for key, value in row.items():
            print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
