"""Folding of Arabic and Latin-script news text for matching, with a map back to the original offsets.

`fold(text)` returns the text with:
- tatweel, Arabic diacritics (harakat, shadda, sukun, dagger alef), zero-width and bidi controls removed;
- Arabic presentation forms (ligatures) expanded to their letters (NFKC);
- alef variants (أ إ آ ٱ) to ا, ta marbuta ة to ه, alef maqsura ى to ي;
- Arabic-Indic and Persian digits to ASCII, ٬ (thousands) to ",", ٫ (decimal) to ".", ، ؛ ؟ to , ; ?;
- Latin letters lower-cased and stripped of accents, no-break and thin spaces to a space, ’ to '.
`Folded.origin(i)` maps an offset of the folded text back to the original. Pure, linear in the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

# Removed: tatweel, harakat and Quranic marks, zero-width and bidi controls, BOM, soft hyphen.
_DROP = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff"
# Expanded: Arabic presentation forms A and B (their NFKC form may be longer than one character).
_EXPAND = "\ufb50-\ufdff\ufe70-\ufefc"
_SPECIAL = re.compile(f"[{_DROP}]+|[{_EXPAND}]")
_DROPS = re.compile(f"[{_DROP}]+")
_EXPANDS = re.compile(f"[{_EXPAND}]")

_ONE_TO_ONE = {
    **dict.fromkeys("أإآٱ", "ا"),
    "ة": "ه",
    "ى": "ي",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
    "٬": ",",
    "٫": ".",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
}


def _latin_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x41, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        low = base.lower()
        if len(low) == 1 and low != ch and (ch.isalpha()):
            table[code] = low
    return table


TABLE = str.maketrans({**_latin_table(), **_ONE_TO_ONE})
ARABIC_LETTER = re.compile("[\u0621-\u064a]")


@dataclass(frozen=True, slots=True)
class Folded:
    text: str
    _starts: tuple[int, ...] = ()  # folded offsets where a piece starts
    _origins: tuple[int, ...] = ()  # original offsets of those pieces
    _lengths: tuple[int, ...] = ()  # original length of the piece (1:1 pieces: -1)
    _drops: tuple[int, ...] = ()  # text with deletions only: folded offsets where characters were dropped
    _removed: tuple[int, ...] = ()  # characters dropped before each of those (prefix sums, one more entry)

    def origin(self, i: int) -> int:
        """The original offset of folded offset `i` (an end offset maps to the end of its character)."""
        if self._drops:
            return i + self._removed[bisect_right(self._drops, i)]
        if not self._starts:
            return i
        k = bisect_right(self._starts, i) - 1
        if k < 0:
            return i
        start, orig, length = self._starts[k], self._origins[k], self._lengths[k]
        if length < 0:
            return orig + (i - start)
        return orig + (0 if i == start else length)

    def origin_end(self, i: int) -> int:
        """The original offset just past folded character i-1 (an end offset: no trailing dropped marks)."""
        if self._drops and i > 0:
            return self.origin(i - 1) + 1
        if not self._starts or i <= 0:
            return self.origin(i)
        k = bisect_right(self._starts, i - 1) - 1
        start, orig, length = self._starts[k], self._origins[k], self._lengths[k]
        return orig + (i - start) if length < 0 else orig + length


def fold_word(word: str) -> str:
    """The folded form of one vocabulary word (for building lookup tables)."""
    return fold(word).text.strip()


def fold(text: str) -> Folded:
    """`text` folded for matching (see the module docstring), with its offset map."""
    if not _SPECIAL.search(text):
        return Folded(text.translate(TABLE))
    if not _EXPANDS.search(text):  # the common case: diacritics, tatweel, marks to drop, nothing to expand
        spans = [m.span() for m in _DROPS.finditer(text)]
        removed = tuple(accumulate((e - s for s, e in spans), initial=0))
        drops = tuple(s - removed[k] for k, (s, _) in enumerate(spans))
        return Folded(_DROPS.sub("", text).translate(TABLE), _drops=drops, _removed=removed)
    pieces: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    lengths: list[int] = []
    pos = last = 0
    for m in _SPECIAL.finditer(text):
        if m.start() > last:
            starts.append(pos)
            origins.append(last)
            lengths.append(-1)
            chunk = text[last : m.start()].translate(TABLE)
            pieces.append(chunk)
            pos += len(chunk)
        raw = m.group()
        repl = "" if raw[0] not in _EXPANDABLE else unicodedata.normalize("NFKC", raw).translate(TABLE)
        starts.append(pos)
        origins.append(m.start())
        lengths.append(len(raw))
        pieces.append(repl)
        pos += len(repl)
        last = m.end()
    starts.append(pos)
    origins.append(last)
    lengths.append(-1)
    pieces.append(text[last:].translate(TABLE))
    return Folded("".join(pieces), tuple(starts), tuple(origins), tuple(lengths))


_EXPANDABLE = frozenset(chr(c) for c in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)])

# Proclitics, outermost first: conjunction, then preposition, then the article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def clitic_forms(word: str) -> list[str]:
    """`word` (folded) and the forms left after stripping Arabic proclitics: و، ف، ب، ل، ك، ال، لل."""
    forms = [word]
    w = word
    if len(w) > 2 and w[0] in _CONJ:
        w = w[1:]
        forms.append(w)
    if len(w) > 3 and w.startswith("لل"):
        forms.append(w[2:])
        forms.append("ال" + w[2:])
        return forms
    if len(w) > 3 and w[0] in _PREP:  # (not down to two letters: "كفر" is Kafr, not "ك" + "فر", fled)
        w = w[1:]
        forms.append(w)
    if len(w) > 3 and w.startswith("ال"):
        forms.append(w[2:])
    return forms
