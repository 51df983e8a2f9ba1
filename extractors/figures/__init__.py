"""Casualty and displacement figures in news text.

`extract_figures(text, published)` finds every number (extractors.figures.numbers), binds it to a kind by
the words around it (extractors.figures.binding), and adds scope, attribution, location and as-of date from
its sentence (extractors.figures.context, extractors.figures.dates, extractors.figures.gazetteer). Pure and linear in the
length of the text: sentences without a casualty or displacement word are skipped unread.
"""

from __future__ import annotations

from datetime import date

from extractors.figures import shallow
from extractors.figures.binding import bind
from extractors.figures.context import attribution, scope_at, scope_cues
from extractors.figures.dates import dates, nearest_date
from extractors.figures.gazetteer import nearest_place, places
from extractors.figures.lang import vocab_for
from extractors.figures.lexicon import TRIGGER_STEMS
from extractors.figures.numbers import find_numbers
from extractors.figures.patterns import lower
from extractors.figures.sentences import clean, sentence_spans, tokenize
from extractors.records import Figure


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
    out = []
    for b in bounds:
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
                location=nearest_place(named, sentence, rel),
                as_of=nearest_date(dated, rel),
                text=text[n.start : n.end],
            )
        )
    return out
