"""Rewritten copies (one word in five replaced, body paragraphs shuffled, a new kicker line): found by
the order-free signal of extractors/dedup/minhash.py, while the cases that must stay apart do."""

import json
import random

import numpy as np
import pytest

from evaluation.dedup_rewrite import rewrite
from extractors.dedup import minhash
from extractors.dedup.fingerprint import content_hash, normalize_text
from extractors.dedup.minhash import (
    BAG_JACCARD,
    COVERAGE,
    MemoryIndex,
    bag_jaccard,
    compare,
    coverage,
    fingerprint,
    judge,
    verify,
)
from extractors.dedup.tokens import token_bytes, token_hashes, tokenize
from extractors.dedup.verdict import StreamDedup
from flows.ingest import read_seeds
from seeds import SEEDS_DIR
from tests import dedup_samples as s
from tests.dedup.test_dedup import ARABIC

STORIES = {"flood": s.FLOOD, "port": s.PORT_STRIKE, "election": s.ELECTION}
SEED_A, SEED_B = "seed:000_c5e94d6caf5d1f55", "seed:004_5f771e6c34acb0d5"


def seeds():
    return [a for a, _ in read_seeds(SEEDS_DIR)[0]]


def verdict(original: str, copy: str):
    index = MemoryIndex()
    index.add("original", fingerprint(original), None)
    fp = fingerprint(copy)
    return judge(fp, index.candidates(fp))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_rewrite_is_proposed_by_the_index_and_linked_as_a_rewrite(name, seed):
    original = STORIES[name]
    copy = rewrite(original, random.Random(seed))
    a, b = fingerprint(original), fingerprint(copy)
    assert copy.split("\n\n")[0] != original.split("\n\n")[0]  # words really were replaced
    assert not verify(compare(a, b)), "3-shingle Jaccard alone misses a rewrite"
    assert set(a.keys) & set(b.keys), "the bag bands must propose the original"
    result = verdict(original, copy)
    assert (result.duplicate_of, result.method) == ("original", "rewrite")
    assert BAG_JACCARD <= result.similarity <= 1.0


def test_rewrites_of_each_transformation_are_linked_in_the_stream():
    stream = StreamDedup([])
    assert stream.line(json.dumps({"id": "flood", "text": s.FLOOD}))["duplicate_of"] is None
    copies = {
        "wire": s.syndicated(s.FLOOD),
        "edit": s.light_edit(s.FLOOD),
        "excerpt": s.excerpt(s.FLOOD),
        "intro": s.with_intro(s.FLOOD),
        "update": s.updated(s.FLOOD),
        "rewrite": rewrite(s.FLOOD, random.Random(1)),
        "rewrite-of-wire": rewrite(s.syndicated(s.FLOOD), random.Random(2)),
    }
    out = {k: stream.line(json.dumps({"id": k, "text": v})) for k, v in copies.items()}
    assert {k: o["duplicate_of"] for k, o in out.items()} == dict.fromkeys(copies, "flood")
    assert all(set(o) == {"id", "duplicate_of", "similarity"} for o in out.values())


def test_the_two_seeds_stay_apart_and_a_rewrite_of_one_finds_only_that_one():
    by_id = {a.article_id: a.text for a in seeds()}
    a, b = fingerprint(by_id[SEED_A]), fingerprint(by_id[SEED_B])
    assert not verify(compare(a, b))
    assert coverage(a, b) < COVERAGE and bag_jaccard(a, b) < BAG_JACCARD
    for n in range(8):
        stream = StreamDedup(seeds())
        for own, other in ((SEED_A, SEED_B), (SEED_B, SEED_A)):
            copy = rewrite(by_id[own], random.Random(n))
            got = stream.line(json.dumps({"id": f"{own}-rewrite-{n}", "text": copy}))
            assert got["duplicate_of"] == own != other
            # and against the other seed alone, it is no duplicate at all
            alone = MemoryIndex()
            alone.add(other, fingerprint(by_id[other]), None, seed=True)
            fp = fingerprint(copy)
            assert judge(fp, [alone.get(other)]).duplicate_of is None


def test_stories_sharing_a_background_paragraph_or_an_event_are_no_rewrites():
    pairs = [
        (s.with_background(s.PORT_STRIKE), s.with_background(s.ELECTION)),
        (s.paragraphs(s.PORT_STRIKE)[0] + "\n\n" + s.BACKGROUND, s.with_background(s.ELECTION)),
        (s.FLOOD, s.FLOOD_OTHER_OUTLET),
        (rewrite(s.FLOOD, random.Random(3)), s.FLOOD_OTHER_OUTLET),
        (rewrite(s.with_background(s.PORT_STRIKE), random.Random(4)), s.with_background(s.ELECTION)),
    ]
    for x, y in pairs:
        assert verdict(x, y).duplicate_of is None and verdict(y, x).duplicate_of is None


def test_a_rerun_of_the_stream_changes_no_link():
    lines = [json.dumps({"id": n, "text": t}) for n, t in enumerate(_mixed_stream())]
    runs = []
    for _ in range(2):
        stream = StreamDedup(seeds())
        runs.append([stream.line(x) for x in lines])
    first, second = runs
    assert first == second
    assert sum(o["duplicate_of"] is not None for o in first) >= 6


def _mixed_stream() -> list[str]:
    rng = random.Random(9)
    texts = []
    for story in (s.FLOOD, s.PORT_STRIKE, s.ELECTION):
        texts += [story, rewrite(story, rng), s.syndicated(story), rewrite(s.light_edit(story), rng)]
    texts += [s.FLOOD_OTHER_OUTLET, "", ARABIC]
    rng.shuffle(texts)
    return texts


def test_bad_texts_never_merge_with_unrelated_articles_through_the_rewrite_signal():
    words = " ".join([s.FLOOD, s.PORT_STRIKE, s.ELECTION]).split()
    rng = random.Random(5)
    huge = " ".join(rng.choice(words) for _ in range(900_000))  # the stories' own words, 5 MB
    assert len(huge) > 5_000_000
    stream = StreamDedup(seeds())
    for key, text in {"flood": s.FLOOD, "port": s.PORT_STRIKE, "arabic": ARABIC}.items():
        assert stream.line(json.dumps({"id": key, "text": text}))["duplicate_of"] is None
    for key, text in {"empty": "", "huge": huge, "arabic-other": ARABIC[::-1]}.items():
        assert stream.line(json.dumps({"id": key, "text": text}))["duplicate_of"] is None, key
    assert fingerprint(huge).tokens == minhash.MAX_TOKENS
    # an Arabic rewrite (words replaced, sentences reordered) still finds its original
    sentences = ARABIC.split("، ")
    arabic_rewrite = "، ".join([sentences[0], *reversed(sentences[1:])]) + " تابعونا لمزيد من الأخبار."
    assert stream.line(json.dumps({"id": "ar-2", "text": arabic_rewrite}))["duplicate_of"] in (None, "arabic")


@pytest.mark.parametrize(
    "text",
    [
        s.FLOOD,
        "The  ＴＲＩＰＯＬＩ (Reuters) - fighting, 14 dead",
        "a_b C-d\te\n\nF!",
        "",
        "東京で地震 مرحبا",
        "x" * 900,
    ],
)
def test_the_ascii_fast_paths_equal_the_unicode_rules(text):
    expected = tokenize(text)
    assert token_hashes(token_bytes(text)).tolist() == token_hashes(" ".join(expected).encode()).tolist()
    assert token_hashes(token_bytes(text)).size == len(expected)
    import hashlib

    assert content_hash(text) == hashlib.sha256(normalize_text(text).encode()).hexdigest()[:32]


def test_equal_tokens_hash_equal_wherever_they_stand():
    hashes = token_hashes(b"storm  hits the coast storm the")
    assert hashes[0] == hashes[4] and hashes[2] == hashes[5] and len(set(hashes.tolist())) == 4
    assert hashes.dtype == np.uint64


def test_one_permutation_signature_agrees_in_proportion_to_the_jaccard_similarity():
    rng = np.random.default_rng(3)
    universe = rng.integers(0, np.iinfo(np.uint64).max, size=3000, dtype=np.uint64, endpoint=True)
    a, b = universe[:2000], universe[1000:3000]  # Jaccard 1/3
    sig_a, sig_b = minhash.one_permutation(a, 96), minhash.one_permutation(b, 96)
    assert 0.2 < float(np.mean(sig_a == sig_b)) < 0.47
    assert (minhash.one_permutation(a[::-1], 96) == sig_a).all()  # order-free
    few = universe[:5]  # most buckets empty: filled by their neighbours, still deterministic
    assert (minhash.one_permutation(few, 96) == minhash.one_permutation(np.concatenate([few, few]), 96)).all()
    assert minhash.one_permutation(universe[:0], 96).tolist() == [0xFFFFFFFF] * 96
