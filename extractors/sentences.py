"""Clean-up that keeps offsets, sentence spans and word tokens for the figure extractor."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.numbers import NumberSpan

MAX_SENTENCE = 1500  # longer "sentences" (a 5 MB line) are cut into pieces of about this size

# Escape debris in real feeds (AG News "#39;s", " quot;", "\" for a line break, HTML entities).
_DEBRIS = re.compile(r" ?#39;s\b|#\d+;|&#?\w{2,6};|\bquot;|\bamp;|\\|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DEBRIS_AS = {"#36;": "$", "&amp;": "&", "amp;": "&", "&#36;": "$"}


def _pad(m: re.Match[str]) -> str:
    raw = m.group()
    return _DEBRIS_AS.get(raw, " ").ljust(len(raw))


def clean(text: str) -> str:
    """`text` with escape debris and control characters blanked; same length, same offsets."""
    return _DEBRIS.sub(_pad, text)


_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "rev", "st", "sen", "rep", "gov",
    "pres", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "approx", "est", "inc", "corp", "co", "ltd", "jr", "sr", "mt", "ft", "fig", "al", "u.s",
    "u.n", "a.m", "p.m", "e.g", "i.e", "etc", "cf", "brig", "cmdr", "adm", "cpl", "pvt", "nb",
}  # fmt: skip
_BOUNDARY = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s)|(?<=[a-z])[.!?](?=[A-Z][a-z])|\n[ \t\r]*\n|\n(?=[ \t]*[•·▪*])"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; very long sentences come in pieces."""
    cuts = [0]
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            w = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            word = w.group(1).lower() if w else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
            nxt = text[m.end() : m.end() + 3].lstrip()
            if nxt[:1].islower():
                continue
        cuts.append(m.end())
    cuts.append(len(text))
    spans: list[tuple[int, int]] = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            spans.append((s, cut))
            s = cut
        spans.append((s, e))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@dataclass(slots=True)
class Tok:
    """A word ('w'), a number ('n', with its span), stray digits ('d') or punctuation ('p')."""

    kind: str
    text: str
    low: str
    start: int
    end: int
    num: NumberSpan | None = None
    upper: bool = False  # starts with a capital letter


_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}|[^\W\d_\ufffd]*(?:[^\W\d_]|\ufffd)(?:[-'’]?(?:[^\W\d_]|\ufffd))*|\d+|[^\w\s]"
)


def tokenize(text: str, start: int, end: int, numbers: list[NumberSpan]) -> list[Tok]:
    """Tokens of `text[start:end]`; each number of `numbers` (inside that span, in order) is one token."""
    toks: list[Tok] = []

    def words(a: int, b: int) -> None:
        for m in _TOKEN.finditer(text, a, b):
            t = m.group()
            if t[0].isdigit():
                kind = "d"
            elif t[0].isalpha():
                kind = "w"
            else:
                kind = "p"
            toks.append(Tok(kind, t, t.lower(), m.start(), m.end(), upper=t[0].isupper()))

    pos = start
    for n in numbers:
        words(pos, n.start)
        raw = text[n.start : n.end]
        toks.append(Tok("n", raw, raw.lower(), n.start, n.end, n, upper=raw[:1].isupper()))
        pos = n.end
    words(pos, end)
    return toks
