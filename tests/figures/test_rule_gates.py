"""The gates in front of the binding rules admit every number a rule can bind.

extractors.figures.binding and pre_rules call most rules only when the word at the rule's anchor is one
of a small set kept beside the rule (`counts.BREAKDOWN_AT`, `tolls.TOLL_AT`, ...): a speed-up that must
change no result. Here every gated rule runs ungated at every number of the tuning set and of sentences
recombined from it, and wherever it fires, its gate must be open. A rule that learns a new anchor word
without its gate fails here, not silently on text nobody wrote.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from extractors.figures import captivity, counts, homes, tolls, units
from extractors.figures import lexicon as lx
from extractors.figures.binding import bind
from extractors.figures.numbers import find_numbers
from extractors.figures.patterns import lower
from extractors.figures.phrases import along_with, low, noun_phrase, qualifier_before, skip_back
from extractors.figures.pre_rules import PRE_AT
from extractors.figures.sentences import clean, sentence_spans, tokenize
from extractors.text.normalise import normalise

STRESS = Path(__file__).resolve().parents[1] / "data" / "figures_stress.jsonl"


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in STRESS.open(encoding="utf-8") if line.strip()]
    rng = random.Random(7)
    words = " ".join(texts).split()
    for _ in range(3000):  # recombined halves: anchors in places no writer put them
        n = rng.randint(6, 30)
        a, b = rng.randrange(len(words) - n), rng.randrange(len(words) - n)
        texts.append(" ".join(words[a : a + n // 2] + words[b : b + n // 2]))
    return texts


def _sentences():
    """(toks, text) of every sentence with a number in the corpus."""
    for raw in _texts():
        work = clean(normalise(raw).text)
        low_text = lower(work)
        for s, e in sentence_spans(work):
            numbers = find_numbers(low_text, s, e, lowered=True)
            if numbers:
                yield tokenize(work, s, e, numbers), work


def _numbers():
    """(toks, i, text) for every number token of every sentence of the corpus."""
    for toks, work in _sentences():
        for i, t in enumerate(toks):
            if t.kind == "n":
                yield toks, i, work


def _fires(result) -> bool:
    return result is not None and result is not False


# (name, the rule called at a number, its gate): both get (toks, i, qs, k, np_end, words, text, prev)
GATES = [
    ("breakdown", lambda t, i, qs, k, ne, ws, x, p: counts.breakdown(t, qs),
     lambda t, i, qs, k, ne, ws: low(t, qs - 1) in counts.BREAKDOWN_AT),
    ("capacity", lambda t, i, qs, k, ne, ws, x, p: counts.capacity(t, qs),
     lambda t, i, qs, k, ne, ws: low(t, qs - 1) in counts.CAPACITY_AT or not ws.isdisjoint(counts.CAPACITY_NOUNS)),
    ("part_of", lambda t, i, qs, k, ne, ws, x, p: counts.part_of(t, qs),
     lambda t, i, qs, k, ne, ws: low(t, qs - 1) in counts.PART_OF_AT or low(t, qs - 1).endswith(("'s", "’s"))),
    ("subgroup", lambda t, i, qs, k, ne, ws, x, p: counts.subgroup(t, qs),
     lambda t, i, qs, k, ne, ws: low(t, qs - 1) in counts.SUBGROUP_AT),
    ("part_named", lambda t, i, qs, k, ne, ws, x, p: counts.part_named(t, i, ne),
     lambda t, i, qs, k, ne, ws: low(t, ne) == "among" or low(t, i + 1) == "of"),
    ("homes_lost", lambda t, i, qs, k, ne, ws, x, p: homes.homes_lost(t, ne),
     lambda t, i, qs, k, ne, ws: low(t, ne) in homes.HOMES_AT),
    ("fleeing_later", lambda t, i, qs, k, ne, ws, x, p: homes.fleeing_later(t, ne),
     lambda t, i, qs, k, ne, ws: "fleeing" in ws),
    ("held_after", lambda t, i, qs, k, ne, ws, x, p: captivity.held_after(t, ne),
     lambda t, i, qs, k, ne, ws: low(t, ne) in captivity.HELD_AT),
    ("along_with", lambda t, i, qs, k, ne, ws, x, p: along_with(t, qs),
     lambda t, i, qs, k, ne, ws: low(t, qs - 1) == "with"),
    ("toll", lambda t, i, qs, k, ne, ws, x, p: tolls.toll(t, i, k, p),
     lambda t, i, qs, k, ne, ws: low(t, k) in tolls.TOLL_AT),
    ("total_after", lambda t, i, qs, k, ne, ws, x, p: tolls.total_after(t, i, k, p),
     lambda t, i, qs, k, ne, ws: low(t, k) == "to"),
    ("holding", lambda t, i, qs, k, ne, ws, x, p: captivity.holding(t, k),
     lambda t, i, qs, k, ne, ws: low(t, k) in captivity.HOLDING_AT),
    ("aboard", lambda t, i, qs, k, ne, ws, x, p: captivity.aboard(t, k),
     lambda t, i, qs, k, ne, ws: low(t, k) in captivity.ABOARD_AT),
    ("listed_among", lambda t, i, qs, k, ne, ws, x, p: tolls.listed_among(t, k, p),
     lambda t, i, qs, k, ne, ws: low(t, k) in tolls.LISTED),
    ("searched_for", lambda t, i, qs, k, ne, ws, x, p: tolls.searched_for(t, k),
     lambda t, i, qs, k, ne, ws: low(t, k) == "for"),
    ("custody_hold", lambda t, i, qs, k, ne, ws, x, p: captivity.custody_hold(t, k, i),
     lambda t, i, qs, k, ne, ws: low(t, k) in captivity.CUSTODY_AT),
    ("shelter_where", lambda t, i, qs, k, ne, ws, x, p: tolls.shelter_where(t, i, k),
     lambda t, i, qs, k, ne, ws: low(t, k) == "where"),
    ("label", lambda t, i, qs, k, ne, ws, x, p: tolls.label(t, i, k, x),
     lambda t, i, qs, k, ne, ws: low(t, k) in tolls.LABEL_AT),
]  # fmt: skip
_PRE_RULES = {"toll", "total_after", "holding", "aboard", "listed_among", "searched_for", "custody_hold",
              "shelter_where", "label"}  # fmt: skip


@pytest.fixture(scope="module")
def numbers():
    out = []
    for toks, i, text in _numbers():
        qs = qualifier_before(toks, i)[1]
        k = skip_back(toks, qs - 1)
        out.append((toks, i, qs, k, noun_phrase(toks, i + 1)[1], {t.low for t in toks}, text))
    return out


@pytest.mark.parametrize("name,rule,gate", GATES, ids=[g[0] for g in GATES])
def test_a_rule_fires_only_where_its_gate_is_open(numbers, name, rule, gate):
    fired, shut = 0, []
    for toks, i, qs, k, np_end, words, text in numbers:
        for prev in (None, lx.KILLED, lx.DISPLACED):
            if _fires(rule(toks, i, qs, k, np_end, words, text, prev)):
                fired += 1
                if (
                    not gate(toks, i, qs, k, np_end, words)
                    or name in _PRE_RULES
                    and low(toks, k) not in PRE_AT
                ):
                    shut.append(" ".join(t.text for t in toks[max(0, i - 6) : i + 6]))
    assert fired, f"{name} never fires on the corpus: the check says nothing"
    assert not shut, f"{name} fires behind a shut gate: {shut[:3]}"


def test_the_thing_head_gate_changes_no_binding(monkeypatch):
    """binding ends at a count of things (units.counts_things: "rose 12 points", "4,500 injured shares") before
    any rule runs; with the gate shut every rule must still give those counts nothing."""
    sentences = list(_sentences())
    gated = [bind(toks, text) for toks, text in sentences]
    stopped = sum(
        units.counts_things([t.low for t in toks] + [""] * 8, *noun_phrase(toks, i + 1))
        for toks, _ in sentences
        for i, t in enumerate(toks)
        if t.kind == "n" and noun_phrase(toks, i + 1)[0]
    )
    monkeypatch.setattr(units, "counts_things", lambda lows, np, np_end: False)
    assert [bind(toks, text) for toks, text in sentences] == gated
    assert stopped > 300, f"the gate stops {stopped} counts: the check says little"
