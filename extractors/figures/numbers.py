"""Cardinal numbers in running text: digits, number words, scale words, vague plurals and ranges.

`find_numbers` scans a text once (linear, regex driven) and returns `NumberSpan`s with character
offsets; `parse_number` parses one complete number phrase. Neither knows what the number counts.
"""

from __future__ import annotations

import re
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from extractors.figures.number_words import SCALES, TENS, UNITS, WordParser
from extractors.figures.patterns import finditer_at, lower, trie

_D = r"[0-9\u0660-\u0669\u06f0-\u06f9]"  # ASCII, Arabic-Indic and Extended Arabic-Indic digits
_SPACE_SEP = "[ \u00a0\u202f\u2009]"

# Spanish, French and Portuguese words seen in displacement reports (standalone only, no compounds).
FOREIGN = {
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "veinte": 20, "cien": 100, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10,
    "vingt": 20, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "dez": 10, "vinte": 20, "cem": 100,
}  # fmt: skip
# Digit scale suffixes: "1.2 million", "3.5m", "2.14 lakh", "2 mil" (Spanish thousand).
_SCALE_WORDS = {
    "thousand": 1_000, "k": 1_000, "mil": 1_000, "mille": 1_000, "lakh": 100_000, "lakhs": 100_000,
    "million": 1_000_000, "millions": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "m": 1_000_000,
    "millones": 1_000_000, "millón": 1_000_000, "milhões": 1_000_000, "crore": 10_000_000,
    "crores": 10_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
}  # fmt: skip
# Vague plurals take their lower bound (shared/README.md).
VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
    "tens of thousands": 20_000, "hundreds of thousands": 200_000, "tens of millions": 20_000_000,
    "hundreds of millions": 200_000_000, "several dozen": 24, "several hundred": 200,
    "several thousand": 2_000, "a few dozen": 24, "a few hundred": 200, "a few thousand": 2_000,
    "many thousands": 2_000, "decenas": 20, "cientos": 200, "centenares": 200, "miles": 2_000,
    "dizaines": 20, "centaines": 200, "milliers": 2_000, "dezenas": 20, "centenas": 200, "milhares": 2_000,
}  # fmt: skip
_FOREIGN_OF = {"decenas", "cientos", "centenares", "miles", "dizaines", "centaines", "milliers"}
_FOREIGN_OF |= {"dezenas", "centenas", "milhares"}
# Round-number nouns in the singular, approximate: "un centenar" 100, "une dizaine" 10.
_ROUND_NOUNS = {"un centenar": 100, "une centaine": 100, "un millar": 1_000, "une dizaine": 10}


class NumberSpan(NamedTuple):
    """A cardinal found in text: `text[start:end]` is the number (or range), `value` its lower bound.

    Immutable; a named tuple because a figure-dense text holds one every few words and a tuple is built
    several times faster than a frozen dataclass (`_one_digits` builds the common case with `tuple.__new__`)."""

    start: int
    end: int
    value: int
    low: int | None = None  # set for ranges ("20 to 30")
    high: int | None = None
    vague: str | None = None  # the vague word, lower-cased ("dozens", "tens of thousands")
    approx: bool = False  # "a dozen", "two dozen", "un centenar": about, not exact
    plain4: bool = False  # four bare digits (1800..2100 may be a year)
    words: bool = False  # spelled out ("twenty-one")
    scale: int = 1  # the scale word's factor ("2 million": 1_000_000)
    plus: bool = False  # "500-plus", "500-odd": more than


_new = tuple.__new__
_BIG = r"(?:hundred|dozen|thousand|million|billion)\b"
_WORD = (
    "(?:"
    + trie([*UNITS, *TENS, "hundred", *SCALES, "dozen"])
    + rf"|an?(?=\s+{_BIG})|half(?=\s+an?\s+{_BIG}))"
)


def _spaced(words) -> str:
    return trie(words).replace(r"\ ", r"\s+")


# All patterns run on lower-cased text (see patterns.lower).
_DIGITS = re.compile(
    # 75,000 | 2,14,000 | 75 000 | 75.000 | ٧٥٬٠٠٠ | 61, 000 | 1500 | 1.2  (at most 15 digits)
    rf"(?P<dig>{_D}{{1,3}}(?:,{_D}{{3}}){{1,4}}(?!{_D})|{_D}{{1,2}}(?:,{_D}{{2}}){{1,4}},{_D}{{3}}(?!{_D})"
    rf"|{_D}{{1,3}}(?:{_SPACE_SEP}{_D}{{3}}){{1,4}}(?![.,]?{_D})|{_D}{{1,3}}(?:\.{_D}{{3}}){{1,4}}(?![.,]?{_D})"
    rf"|{_D}{{1,3}}(?:\u066c{_D}{{3}}){{1,4}}|{_D}{{1,3}},\s0{_D}{{2}}(?![.,]?{_D})"
    rf"|{_D}{{1,12}}(?:[.\u066b]{_D}{{1,6}})?)"
    r"(?:(?P<scale_attached>m|bn|mn|k)|\s*(?P<scale>"
    + trie(set(_SCALE_WORDS) - {"m", "k"})
    + r")(?![\w-])|(?P<plural>s))?(?![\w%]|[.,]\d)"
)
_WORDY = re.compile(
    rf"\b(?:(?P<vague>{_spaced(VAGUE)})|(?P<coll>{_spaced(_ROUND_NOUNS)})"
    rf"|(?P<words>{_WORD}(?:(?:\s+|-)(?:and\s+)?{_WORD})*)|(?P<foreign>{trie(FOREIGN)}))\b"
)
# A word every match of _WORDY holds: the longest word of each vague or round phrase ("tens of thousands":
# "thousands"), a number word (an "a" or "half" only counts before one of them) or a foreign number.
_WORDY_WORDS = {max(k.split(), key=len) for k in (*VAGUE, *_ROUND_NOUNS)}
_WORDY_WORDS |= {*UNITS, *TENS, "hundred", *SCALES, "dozen", *FOREIGN}
_WORDY_GATE = re.compile(trie(_WORDY_WORDS))
# On ASCII text, the words as whole words: each word of a match of _WORDY stands between \b, whitespace and "-",
# so it is a run of [A-Za-z0-9_] (what \b separates in ASCII text). The runs of a span are found in C
# (translate every other byte to a space, split), faster than the scan of _WORDY_GATE over every character.
_WORDY_RUNS = frozenset(w.encode("ascii") for w in _WORDY_WORDS if w.isascii())
_NON_WORD_TO_SPACE = bytes(c if chr(c).isalnum() and c < 128 or c == 95 else 32 for c in range(256))


def _may_hold_number_words(low: str, start: int, end: int) -> bool:
    """False when `low[start:end]` holds no match of _WORDY (a match always holds one of _WORDY_WORDS)."""
    span = low[start:end]
    if span.isascii():
        return not _WORDY_RUNS.isdisjoint(span.encode("ascii").translate(_NON_WORD_TO_SPACE).split())
    return _WORDY_GATE.search(low, start, end) is not None


_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|and|a|à|y)\s*")
_CHANGE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|climbed|jumped|grew|revised|raised|raising|went|up|bringing|brought|pushing)"
    r"(?:\s+[^\s\d]+){0,4}?\s+from\s+$"  # "raising the toll from 14 to 18"
)


_BETWEEN = re.compile(r"\b(?:between|entre)\s+$", re.I)
_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+", re.ASCII)
_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")
_LETTERS = re.compile(r"[^\W\d_]+")


def _digits_value(raw: str, scale: int | None) -> int | None:
    raw = raw.replace("\u066b", ".").replace("\u066c", ",")
    if scale is None and _EUROPEAN.fullmatch(raw) is None:
        s = _SEPARATORS.sub("", raw)
        if "." in s:
            return None  # a decimal without a scale word is no head count
        return int(s)
    if scale is None:  # European thousands: "75.000"
        return int(raw.replace(".", ""))
    s = _SEPARATORS.sub("", raw) if raw.count(".") <= 1 else raw.replace(".", "")
    try:
        return round(float(s) * scale)
    except ValueError:
        return None


def _word_numbers(m: re.Match[str]) -> list[NumberSpan]:
    raw = m.group("words")
    base = m.start("words")
    pieces = [(p.start(), p.end(), p.group().lower()) for p in _LETTERS.finditer(raw)]
    out = []
    for first, end, value, approx in WordParser.split([p[2] for p in pieces]):
        if value <= 0:
            continue
        s, e = base + pieces[first][0], base + pieces[end - 1][1]
        out.append(NumberSpan(s, e, value, approx=approx, words=True))
    return out


def _one(m: re.Match[str]) -> list[NumberSpan]:
    if m.re is _DIGITS:
        return _one_digits(m)
    if m.group("words") is not None:
        return _word_numbers(m)
    s, e = m.span()
    if m.group("vague") is not None:
        word = " ".join(m.group("vague").lower().split())
        if word in _FOREIGN_OF and not re.match(r"\s+d[e']", m.string[e : e + 4], re.IGNORECASE):
            return []  # "miles" is only vague in "miles de personas"
        return [NumberSpan(s, e, VAGUE[word], vague=word)]
    if m.group("coll") is not None:
        return [NumberSpan(s, e, _ROUND_NOUNS[" ".join(m.group("coll").lower().split())], approx=True)]
    if m.group("foreign") is not None:
        return [NumberSpan(s, e, FOREIGN[m.group("foreign").lower()], words=True)]
    return []


def _one_digits(m: re.Match[str]) -> list[NumberSpan]:
    s, e = m.span()
    raw, scale_attached, scale_word, plural = m.group("dig", "scale_attached", "scale", "plural")
    if scale_attached is None and scale_word is None and plural is None and raw.isascii():
        if raw.isdigit():
            # the common case, "21", "1500": NumberSpan(s, e, int(raw), plain4=len(raw) == 4), built directly
            return [
                _new(NumberSpan, (s, e, int(raw), None, None, None, False, len(raw) == 4, False, 1, False))
            ]
        plain = raw.replace(",", "")
        if plain.isdigit():  # "4,500": what _digits_value gives when only commas separate the digits
            return [_new(NumberSpan, (s, e, int(plain), None, None, None, False, False, False, 1, False))]
    scale_word = (m.group("scale") or m.group("scale_attached") or "").lower()
    if m.group("plural"):  # "100s", "1000s"; a decade ("1990s") is no count
        value = _digits_value(raw, None)
        vague = {"100": "hundreds", "1000": "thousands"}.get(raw)
        return [NumberSpan(s, e, VAGUE[vague], vague=vague)] if vague and value else []
    scale = _SCALE_WORDS.get(scale_word)
    value = _digits_value(raw, scale)
    if value is None:
        return []
    plain4 = not scale_word and len(raw) == 4 and raw.isdigit()
    return [NumberSpan(s, e, value, plain4=plain4, scale=scale or 1)]


def _compound(text: str, span: NumberSpan) -> bool:
    """Part of a word: "12-year-old", "three-day", "one-third", "F-16", "COVID-19"."""
    end, start = span.end, span.start
    return (text.startswith("-", end) and text[end + 1 : end + 2].isalpha()) or (
        start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()
    )


_DE_BEFORE = re.compile(r"\bde\s+$")
_START, _END = itemgetter(0), itemgetter(1)  # NumberSpan.start, NumberSpan.end


def _merge_ranges(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """Join "20 to 30", "20-30" and "between 20 and 30" into one span; keep everything else."""
    if not any(map(_RANGE_SEP.fullmatch, repeat(text), map(_END, spans), map(_START, spans[1:]))):
        return spans  # no separator between two numbers, so no range (the common case; one pass in C)
    return _merge_loop(text, spans)


def _merge_loop(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """`_merge_ranges`, pair by pair."""
    out: list[NumberSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        if i + 1 < len(spans) and not a.vague and not spans[i + 1].vague:
            b = spans[i + 1]
            sep = _RANGE_SEP.fullmatch(text, a.end, b.start)
            if sep is None:  # the common case: every rule below needs a separator
                out.append(a)
                i += 1
                continue
            word = sep.group().strip().lower()
            low, high = a.value, b.value
            if word in ("and", "y"):
                sep = (
                    sep if _BETWEEN.search(text[max(0, a.start - 10) : a.start]) else None
                )  # "between 10 and 15"
            elif word in ("a", "à"):
                sep = sep if _DE_BEFORE.search(text[max(0, a.start - 5) : a.start]) else None  # "de 10 à 15"
            if sep and b.scale > 1 and a.scale == 1 and not a.words and a.value * b.scale <= b.value:
                low = a.value * b.scale  # "1 to 2 million"
            if sep and _CHANGE.search(text, max(0, a.start - 40), a.start):
                sep = None  # "rose from 20 to 30" is a change, not a range
            if sep and low < high:
                plain4 = a.plain4 and b.plain4  # "between 2009 and 2018": years
                out.append(NumberSpan(a.start, b.end, low, low=low, high=high, words=a.words, plain4=plain4))
                i += 2
                continue
            if sep and sep.group() == "-":  # "6-3": a score or a ratio, no count
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def find_numbers(
    text: str, start: int = 0, end: int | None = None, *, lowered: bool = False
) -> list[NumberSpan]:
    """Every cardinal number in `text[start:end]`, in order, ranges merged.

    Pass `lowered=True` when `text` is already lower-cased with `patterns.lower` (offsets match).
    """
    low = text if lowered else lower(text)
    end = len(low) if end is None else end
    # _WORDY runs only when one of its words is in the span: a test of the span's words is faster than its branches
    wordy = (
        [(m.start(), m) for m in _WORDY.finditer(low, start, end)]
        if _may_hold_number_words(low, start, end)
        else []
    )
    if not wordy:
        return _merge_ranges(low, _digit_spans(low, start, end))
    found = _digit_matches(low, start, end)
    found.extend(wordy)
    found.sort(key=_first)
    spans: list[NumberSpan] = []
    last_end = -1
    for pos, m in found:
        if pos < last_end:
            continue
        for sp in _one(m):
            if low.startswith(_PLUS, sp.end):
                spans.append(sp._replace(plus=True))
            elif not _compound(low, sp):
                spans.append(sp)
        last_end = m.end()
    return _merge_ranges(low, spans)


_PLUS = ("-plus", "-odd")


def _digit_spans(low: str, start: int, end: int) -> list[NumberSpan]:
    """The spans `find_numbers` gives when `low[start:end]` holds no number word: its loop over
    `_digit_matches` (which never overlap), without the list of matches and the sort. The loop of
    `patterns.finditer_at` and the common case of `_one_digits` ("21", "4,500") are written out here: a
    figure-dense text holds a number every few words. One `_SCAN.finditer` finds both the common shape
    (`_PLAIN`, not glued to a word) and every other digit, where `_DIGITS` is tried."""
    spans: list[NumberSpan] = []
    add = spans.append
    match = _DIGITS.match
    pos = start  # the end of the last match of _DIGITS: digits before it are read
    for c in _SCAN.finditer(low, start, end):
        s = c.start()
        if s < pos:
            continue  # a digit inside the last match of _DIGITS
        if c.lastindex:  # "21 people": what the code below gives for it, without _DIGITS
            raw = c.group()
            if not (s >= 2 and low[s - 1] == "-" and low[s - 2].isalpha()):  # not _compound
                if "," in raw:
                    value, plain4 = int(raw.replace(",", "")), False
                else:
                    value, plain4 = int(raw), len(raw) == 4
                add(_new(NumberSpan, (s, c.end(), value, None, None, None, False, plain4, False, 1, False)))
            continue
        m = match(low, s, end)
        if m is None:
            continue
        pos = e = m.end()
        if s and (low[s - 1].isalnum() or low[s - 1] in "_#"):
            continue  # glued to a word before it
        raw = m.group(1)  # "dig"
        value = None
        if e - s == len(raw) and raw.isascii():  # no scale word, no plural: "21", "4,500" (see _one_digits)
            if raw.isdigit():
                value, plain4 = int(raw), len(raw) == 4
            elif (plain := raw.replace(",", "")).isdigit():
                value, plain4 = int(plain), False
        if value is not None and not low.startswith("-", e):  # the common case: no dash after it
            if not (s >= 2 and low[s - 1] == "-" and low[s - 2].isalpha()):  # not _compound(low, span)
                add(_new(NumberSpan, (s, e, value, None, None, None, False, plain4, False, 1, False)))
            continue
        if value is not None:  # NumberSpan(s, e, value, plain4=plain4), built directly
            found = (_new(NumberSpan, (s, e, value, None, None, None, False, plain4, False, 1, False)),)
        else:
            found = _one_digits(m)
        for sp in found:
            if low.startswith("-", sp.end):  # (the common case, no dash on either side, tested inline)
                if low.startswith(_PLUS, sp.end):
                    add(sp._replace(plus=True))
                elif not _compound(low, sp):
                    add(sp)
            elif not (sp.start >= 2 and low[sp.start - 1] == "-" and low[sp.start - 2].isalpha()):
                add(sp)  # not _compound(low, sp)
    return spans


_A_DIGIT = re.compile(_D)  # every match of _DIGITS starts with one: try it only there (patterns.finditer_at)
# The common shapes "21 people", "4,500 people", "3 March", "10:30": up to 12 ASCII digits (or 1 to 3 and groups
# of 3 after commas), then ":", ";" or ")" (no separator, decimal point or scale word starts with one), or one
# space, then no space, no digit and no scale word ("million", but "March" is none). There
# _DIGITS matches exactly these characters (no other separator, decimal point, scale or plural can follow), so
# `_digit_spans` takes them without running _DIGITS.
_PLAIN = re.compile(
    r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,12})(?=[:;)]| (?!(?:"
    + trie(set(_SCALE_WORDS) - {"m", "k"})
    + r")(?![\w-]))[^\s"
    + _D[1:-1]
    + "])"
)


# One scan for `_digit_spans`: a digit, and after it the rest of a match of _PLAIN (group 1) when the digit is
# ASCII and not glued to a word before it (\w: the characters `str.isalnum` accepts, and "_"). The first digit
# stands outside the group so that the engine finds candidates by their first character (a pattern that starts
# with a lookbehind or a group is tried at every position: twice as slow). A glued match of _PLAIN is one of
# _DIGITS too, with the same end: `_digit_spans` skips it there, as before.
_PLAIN_HEAD = "(?:[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,12})"
_PLAIN_REST = "(?:[0-9]{0,2}(?:,[0-9]{3}){1,4}|[0-9]{0,11})" + _PLAIN.pattern.removeprefix(_PLAIN_HEAD)
_SCAN = re.compile(rf"{_D}(?:(?<=(?<![\w#])[0-9])({_PLAIN_REST}))?")
if not _PLAIN.pattern.startswith(_PLAIN_HEAD):
    raise ImportError("numbers._PLAIN changed its head: _SCAN repeats it")


def _first(item: tuple[int, re.Match[str]]) -> int:
    return item[0]


def _digit_matches(low: str, start: int, end: int) -> list[tuple[int, re.Match[str]]]:
    """The matches of _DIGITS in `low[start:end]` that are not glued to a word before them."""
    out = []
    for m in finditer_at(_DIGITS, _A_DIGIT, low, start, end):
        at = m.start()
        before = low[at - 1] if at else " "
        if not (before.isalnum() or before in "_#"):
            out.append((at, m))
    return out


def parse_number(phrase: str) -> int | None:
    """The value of one complete number phrase ("twenty-one", "75 000", "1.2 million"), else None."""
    phrase = phrase.strip()
    spans = find_numbers(phrase)
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(phrase):
        return None
    return spans[0].value
