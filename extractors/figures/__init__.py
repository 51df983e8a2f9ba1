"""Casualty and displacement figures in news text.

`extract_figures(text, published)` normalises the text once (extractors.text.normalise: Unicode,
dashes, digits of any script, whitespace; offsets map back to the caller's text), finds every number (extractors.figures.numbers), binds it to a kind by
the words around it (extractors.figures.binding), and adds scope, attribution, location and as-of date from
its sentence (extractors.figures.context, extractors.figures.dates, extractors.figures.gazetteer). Pure and linear in the
length of the text: sentences without a casualty or displacement word are skipped unread.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import fields
from datetime import date
from operator import sub

from extractors.figures import shallow
from extractors.figures.binding import bind
from extractors.figures.context import scope_at, scope_cues, sentence_places
from extractors.figures.dates import date_cues, nearest_date
from extractors.figures.gazetteer import LIBYA, places
from extractors.figures.lang import vocab_for
from extractors.figures.lexicon import TRIGGER_STEMS
from extractors.figures.numbers import find_numbers
from extractors.figures.patterns import lower
from extractors.figures.restated import drop_restated_households
from extractors.figures.sentences import clean, sentence_spans, tokenize, with_triggers
from extractors.figures.sources import attribution
from extractors.figures.words import words
from extractors.records import Figure
from extractors.text.normalise import normalise


def extract_figures(text: str, published: date | None = None, *, language: str | None = None) -> list[Figure]:
    """Figures found in `text`, in order of appearance, with offsets of the number in `text`.

    `published` (the publication date) anchors relative dates such as "on Saturday". `language` "ar" or
    "fr" reads the text with the shared shallow grammar (extractors.figures.shallow); anything else is English.
    """
    if not text or not isinstance(text, str):
        return []
    vocab = vocab_for(language) if language else None
    if vocab is not None:
        return shallow.extract(text, vocab)
    norm = normalise(text)
    work = clean(norm.text)
    low = lower(work)
    triggers = _trigger_starts(low)
    if not triggers:
        return []
    figures: list[Figure] = []
    batch: list[tuple[int, int, int, list]] = []  # (start, end, first trigger, numbers), waiting (see BATCH)
    size = 0
    for s, e, t in with_triggers(sentence_spans(work), triggers):
        numbers = find_numbers(low, s, e, lowered=True)
        if numbers:
            batch.append((s, e, t, numbers))
            size += e - s
            if len(batch) == BATCH or size >= BATCH_CHARS:
                _run_batch(text, norm, work, low, triggers, batch, published, figures)
                size = 0
    _run_batch(text, norm, work, low, triggers, batch, published, figures)
    return drop_restated_households(figures, text)  # "Households: 812 / Individuals: 4,850": the people


def _trigger_starts(low: str) -> list[int]:
    """Where TRIGGER_STEMS matches in `low`, in order (finditer): for ASCII text, by its bytes twin."""
    if low.isascii():
        return list(map(_START, _TRIGGERS_ASCII.finditer(low.encode("ascii"))))
    return list(map(_START, TRIGGER_STEMS.finditer(low)))


_START = re.Match.start  # (mapped over the matches: no Python loop)


# TRIGGER_STEMS on the bytes of an ASCII text (the engine reads bytes faster): the same literals (the
# non-ASCII ones, such as "é", are in no ASCII text either way), \b on the same word characters, and \s as
# the ASCII characters it matches in a str. tests/figures/test_fast_paths_records.py checks its escapes.
_ASCII_SPACE = r"[ \t\n\r\f\v\x1c-\x1f]"
_TRIGGERS_ASCII = re.compile(TRIGGER_STEMS.pattern.replace(r"\s", _ASCII_SPACE).encode("utf-8"))

REACH = 250  # characters: no rule binds a number to a trigger word further away than this
# The sentences with numbers go through each stage (tokenize, bind, context) in batches: each stage's code and
# data stay in the processor's caches across a batch (figure-dense text: about 15% less time than one sentence
# through every stage at a time). The figures and their order are the same. A batch ends at BATCH sentences or
# BATCH_CHARS characters (the pieces of a long line are big: a few of them fill the caches).
BATCH = 32
BATCH_CHARS = 6000


def _run_batch(text, norm, work, low, triggers, batch, published, figures: list[Figure]) -> None:
    """The figures of the sentences of `batch` ((start, end, first trigger, numbers), in order; `low` is
    `work` lower-cased) onto `figures`; empties `batch`."""
    tokens = [tokenize(work, s, e, numbers) for s, e, _, numbers in batch]
    bound = [
        bind(toks, work, _near(triggers, t, s, e) if e - s > 2 * REACH else None)
        for (s, e, t, _), toks in zip(batch, tokens, strict=True)
    ]
    for (s, e, _, _), toks, bounds in zip(batch, tokens, bound, strict=True):
        if bounds:
            figures.extend(_figures(text, norm, work, low, s, e, toks, bounds, published))
    batch.clear()


def _near(triggers: list[int], first: int, start: int, end: int):
    """For a long sentence `[start, end)`: is an offset within REACH of one of its trigger words
    (`triggers[first:]`)? None (no test) when every offset is: no two trigger words of the sentence more than
    2 * REACH + 1 apart, and its first and last offsets within REACH of one (a line dense with trigger words)."""
    last = bisect_left(triggers, end, first)
    mine = triggers[first:last]
    if (
        mine[0] - start <= REACH
        and end - 1 - mine[-1] <= REACH
        and (len(mine) == 1 or max(map(sub, mine[1:], mine)) <= 2 * REACH + 1)
    ):
        return None

    def near(offset: int) -> bool:
        k = bisect_left(mine, offset)
        return (k < len(mine) and mine[k] - offset <= REACH) or (k > 0 and offset - mine[k - 1] <= REACH)

    return near


def _figures(text, norm, work, lowered, s, e, toks, bounds, published) -> list[Figure]:
    """Figure records for the bound numbers of one sentence `work[s:e]`; offsets mapped back to `text`."""
    sentence = work[s:e]
    orig_s, orig_e = norm.span(s, e)
    original = text[orig_s:orig_e]
    low = lowered[s:e]  # (lower keeps offsets: the sentence's slice of the lowered text)
    seen = words(low)  # the sentence's whole words: each context reader skips the patterns they rule out
    src = attribution(sentence, seen, low)
    source = " ".join(sentence[src[0] : src[1]].split()) if src else None
    cues = scope_cues(sentence, low, seen)
    dated, periods = date_cues(sentence, published, low, seen)
    nums = [toks[b.tok].num for b in bounds]
    where = sentence_places(places(sentence, low, seen), sentence, [n.start - s for n in nums], LIBYA)
    out = []
    for b, n, place in zip(bounds, nums, where, strict=True):
        rel = n.start - s
        start, end = norm.span(n.start, n.end)
        out.append(  # by position, in the order of Figure's fields (checked below): cheaper than by name
            Figure(
                b.kind, n.value, b.qualifier, b.unit, start, end, original, n.low, n.high, n.vague, b.term,
                scope_at(cues, rel), source, place, nearest_date(dated, rel), text[start:end],
                nearest_date(periods, rel),
            )
        )  # fmt: skip
    return out


_FIELDS = "kind value qualifier unit start end sentence low high vague term scope attribution location as_of"
if [f.name for f in fields(Figure)] != [*_FIELDS.split(), "text", "period_start"]:
    raise ImportError("extractors.records.Figure changed its fields: _figures passes them by position")
