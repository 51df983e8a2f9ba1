"""Casualty and displacement figures in news text.

`extract_figures(text, published)` finds every number (extractors.numbers), binds it to a kind by
the words around it (extractors.binding), and adds scope, attribution, location and as-of date from
its sentence (extractors.context, extractors.dates, extractors.gazetteer). Pure and linear in the
length of the text: sentences without a casualty or displacement word are skipped unread.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from extractors.binding import bind
from extractors.context import attribution, scope
from extractors.dates import as_of
from extractors.gazetteer import location
from extractors.lexicon import TRIGGER_STEMS
from extractors.numbers import find_numbers
from extractors.records import Figure
from extractors.sentences import clean, sentence_spans, tokenize


def extract_figures(text: str, published: date | None = None) -> list[Figure]:
    """Figures found in `text`, in order of appearance, with offsets of the number in `text`.

    `published` (the publication date) anchors relative dates such as "on Saturday".
    """
    if not text or not isinstance(text, str):
        return []
    work = clean(text)
    numbers = find_numbers(work)
    if not numbers:
        return []
    starts = [n.start for n in numbers]
    figures: list[Figure] = []
    for s, e in sentence_spans(work):
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        if lo == hi or not TRIGGER_STEMS.search(work, s, e):
            continue
        inside = [n for n in numbers[lo:hi] if n.end <= e]
        toks = tokenize(work, s, e, inside)
        bounds = bind(toks, work)
        if not bounds:
            continue
        sentence = work[s:e]
        src = attribution(sentence)
        source = " ".join(sentence[src[0] : src[1]].split()) if src else None
        for b in bounds:
            n = toks[b.tok].num
            rel = n.start - s
            figures.append(
                Figure(
                    kind=b.kind,
                    value=n.value,
                    qualifier=b.qualifier,
                    unit=b.unit,
                    start=n.start,
                    end=n.end,
                    sentence=text[s:e],
                    low=n.low,
                    high=n.high,
                    vague=n.vague,
                    term=b.term,
                    scope=scope(sentence, rel),
                    attribution=source,
                    location=location(sentence, rel),
                    as_of=as_of(sentence, rel, published),
                    text=text[n.start : n.end],
                )
            )
    return figures
