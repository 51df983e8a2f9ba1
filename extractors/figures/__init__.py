"""Casualty and displacement figures in news text.

`extract_figures(text, published)` finds every number (extractors.figures.numbers), binds it to a kind by
the words around it (extractors.figures.binding), and adds scope, attribution, location and as-of date from
its sentence (extractors.figures.context, extractors.figures.dates, extractors.figures.gazetteer). Pure and linear in the
length of the text: sentences without a casualty or displacement word are skipped unread.
"""

from __future__ import annotations

from datetime import date

from extractors.figures.binding import bind
from extractors.figures.context import attribution, scope_at, scope_cues, sentence_places
from extractors.figures.dates import dates, nearest_date, period_starts
from extractors.figures.gazetteer import LIBYA, places
from extractors.figures.lexicon import TRIGGER_STEMS
from extractors.figures.numbers import find_numbers
from extractors.figures.patterns import lower
from extractors.figures.sentences import clean, sentence_spans, tokenize
from extractors.records import Figure


def extract_figures(text: str, published: date | None = None) -> list[Figure]:
    """Figures found in `text`, in order of appearance, with offsets of the number in `text`.

    `published` (the publication date) anchors relative dates such as "on Saturday".
    """
    if not text or not isinstance(text, str):
        return []
    work = clean(text)
    low = lower(work)
    triggers = [m.start() for m in TRIGGER_STEMS.finditer(low)]
    if not triggers:
        return []
    figures: list[Figure] = []
    t = 0
    for s, e in sentence_spans(work):
        while t < len(triggers) and triggers[t] < s:
            t += 1
        if t == len(triggers):
            break
        if triggers[t] >= e:
            continue
        numbers = find_numbers(low, s, e, lowered=True)
        if not numbers:
            continue
        toks = tokenize(work, s, e, numbers)
        bounds = bind(toks, work)
        if bounds:
            figures.extend(_figures(text, work, s, e, toks, bounds, published))
    return figures


def _figures(text, work, s, e, toks, bounds, published) -> list[Figure]:
    """Figure records for the bound numbers of one sentence `work[s:e]`."""
    sentence = work[s:e]
    src = attribution(sentence)
    source = " ".join(sentence[src[0] : src[1]].split()) if src else None
    named, dated, cues = places(sentence), dates(sentence, published), scope_cues(sentence)
    periods = period_starts(sentence, published)
    where = sentence_places(named, sentence, [toks[b.tok].num.start - s for b in bounds], LIBYA)
    out = []
    for b, place in zip(bounds, where, strict=True):
        n = toks[b.tok].num
        rel = n.start - s
        out.append(
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
                scope=scope_at(cues, rel),
                attribution=source,
                location=place,
                as_of=nearest_date(dated, rel),
                text=text[n.start : n.end],
                period_start=nearest_date(periods, rel),
            )
        )
    return out
