"""Typographic normalisation at the door, with a map back to the caller's offsets.

`normalise(text)` returns a `Normalised`: `.text` is the text that rules and parsers read, and
`.span(start, end)` turns a span of `.text` back into the span of the caller's `text` that produced it.
Language-neutral (English, Arabic, French and others alike). One pass, linear in the length of the text:

- NFKC (full-width letters and digits, ligatures, compatibility forms), base letter + combining mark composed;
- zero-width characters, the BOM and soft hyphens dropped;
- dash variants (hyphen, non-breaking hyphen, figure/en/em dash, minus) to "-", apostrophe variants to
  "'", curly double quotes to '"';
- digits of any script (Arabic-Indic, Persian, Devanagari, full-width ...) to ASCII; the Arabic thousands
  and decimal separators to "," and ".";
- a thousands separator written as an apostrophe or a thin space between digits ("1'970", "1 970") to ",";
- whitespace runs (NBSP, tabs, line breaks inside a paragraph) to one space; a blank line stays a blank
  line ("\\n\\n") and a line break before a bullet stays a line break, so paragraph and list boundaries stay.

Characters that are replaced one for one keep their position, so plain text costs one regex scan and no map.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from extractors.text.nfkc_ranges import RANGES

__all__ = ["Normalised", "normalise"]

_MAP = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u2032\uff07", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
    "\u066c": ",",  # Arabic thousands separator
    "\u066b": ".",  # Arabic decimal separator
}
_THOUSANDS = frozenset("'\u2019\u2009\u202f")  # between a digit and three digits: "1'970", "1 970"
_BULLETS = frozenset("•·▪*")
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"
_DROP = frozenset(_INVISIBLE)


def _table() -> dict[int, str]:
    """str.translate table of the one-character replacements: _MAP, digits, single whitespace to a space."""
    table = {ord(k): v for k, v in _MAP.items()}
    for code in [*range(0x0600, 0x2000), *range(0xFF10, 0xFF1A)]:  # the digits of most scripts
        ch = chr(code)
        if ch.isdecimal():
            table[code] = str(unicodedata.decimal(ch))
    for ch in "\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u205f\u3000" + "".join(
        chr(c) for c in range(0x2000, 0x200B)
    ):
        table[ord(ch)] = " "
    table[0x202F] = " "
    return table


_TABLE = _table()


def unstable_ranges() -> list[tuple[int, int]]:
    """(first, last) code points of the BMP characters that NFKC changes or composes, and the invisible
    ones. Slow (65,536 checks): extractors/text/nfkc_ranges.py holds the result, a test keeps it current."""
    codes = [
        cp
        for cp in range(0x80, 0x10000)
        if not 0xD800 <= cp < 0xE000
        and not chr(cp).isspace()
        and (not unicodedata.is_normalized("NFKC", chr(cp)) or unicodedata.combining(chr(cp)))
    ]
    ranges: list[list[int]] = []
    for cp in sorted({*codes, *map(ord, _INVISIBLE)}):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return [(a, b) for a, b in ranges]


def _unstable_body() -> str:
    """The inside of a regex class of those characters, and of every astral character (rare in news; checked
    one by one)."""
    body = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in RANGES)
    return f"{body}\U00010000-\U0010ffff"


# After the table: a whitespace run (or a lone CR) | a run of characters NFKC changes | an ASCII apostrophe
# before three digits. A lone line break stays for the scan and becomes a space after it (same length, no
# callback). Invisible characters inside a whitespace run go with it.
#
# Each match opens on one character class (whitespace, an unstable character, an apostrophe), so that the
# engine skips in C to the next character of the class; the branch is then chosen by that first character
# (the classes do not overlap) and named by an empty group, which m.lastgroup reports:
# - "ws": a whitespace character other than a space or a line break, or a space or line break followed by
#   whitespace or an invisible character; then the rest of the run;
# - "na": a run of unstable characters;
# - "sep": an apostrophe before exactly three digits.
_UNSTABLE = _unstable_body()
_WS = rf"(?<=\s)(?P<ws>)(?:(?<![ \n])|(?=[\s{_INVISIBLE}]))[\s{_INVISIBLE}]*"
_SEP = r"(?<=')(?P<sep>)(?=\d{3}(?!\d))"
_SCAN = re.compile(rf"[\s'{_UNSTABLE}](?:{_WS}|(?<=[{_UNSTABLE}])(?P<na>)[{_UNSTABLE}]*|{_SEP})")
_SCAN_WS = re.compile(rf"[\s'](?:{_WS}|{_SEP})")  # for NFKC-stable text
_LONE_NEWLINE = re.compile(r"\n(?<!\n\n)(?![\n•·▪*])")  # opens on a literal: found by a fast search
_ONE = re.compile("[" + re.escape("".join(map(chr, _TABLE))) + "]")
_INVISIBLES = re.compile(f"[{_INVISIBLE}]")


def _one_for_one(text: str) -> str:
    """`text` with the table's one-character replacements (only the characters that have one)."""
    if text.isascii() and not _ONE.search(text):
        return text
    return _ONE.sub(lambda m: _TABLE[ord(m.group())], text)


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and the map of its offsets back to the original.

    `_norm[i]`, `_orig[i]`, `_end[i]`: from normalised offset `_norm[i]` on, characters map to the original
    from `_orig[i]` on, one for one when `_end[i]` is -1, else all to the original span `_orig[i]:_end[i]`.
    """

    text: str
    original_length: int
    _norm: list[int] = field(default_factory=list, repr=False)
    _orig: list[int] = field(default_factory=list, repr=False)
    _end: list[int] = field(default_factory=list, repr=False)

    def _char(self, i: int) -> tuple[int, int]:
        """Original (start, end) of normalised character `i`."""
        k = bisect_right(self._norm, i) - 1
        if k < 0:
            return i, i + 1
        if self._end[k] < 0:
            o = self._orig[k] + i - self._norm[k]
            return o, o + 1
        return self._orig[k], self._end[k]

    def offset(self, i: int) -> int:
        """The original offset where normalised offset `i` starts (`len(text)` maps to the original end)."""
        if i >= len(self.text):
            return self.original_length
        return self._char(max(i, 0))[0]

    @property
    def keeps_offsets(self) -> bool:
        """Whether every offset of `.text` is the same offset of the original (no change of length)."""
        return not self._norm

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that produced `text[start:end]`."""
        if not self._norm and end > start:
            return start, end  # no change of length: every character maps to itself (what _char gives)
        if end <= start:
            o = self.offset(start)
            return o, o
        return self._char(start)[0], self._char(end - 1)[1]


def _char_out(ch: str, string: str, pos: int) -> str:
    """The normalised form of one non-ASCII, non-space character at `string[pos]`."""
    if ch in _DROP:
        return ""
    if ch in _THOUSANDS and _digit_group_around(string, pos):
        return ","
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    out = unicodedata.normalize("NFKC", ch)
    return ch if out == ch else _mapped(out)


def _mapped(out: str) -> str:
    return "".join(_MAP.get(c) or (str(unicodedata.decimal(c)) if c.isdecimal() else c) for c in out)


def _digit_group_around(s: str, pos: int) -> bool:
    """A digit before `s[pos]` and exactly three digits after it."""
    return (
        pos > 0
        and s[pos - 1].isdecimal()
        and s[pos + 1 : pos + 4].isdecimal()
        and len(s[pos + 1 : pos + 4]) == 3
        and not s[pos + 4 : pos + 5].isdecimal()
    )


def _whitespace(run: str, following: str) -> str:
    newlines = run.count("\n") + (run.count("\r") if "\n" not in run else 0)
    if newlines >= 2:
        return "\n\n"
    if newlines == 1 and following in _BULLETS:
        return "\n"
    return " "


def _pieces(m: re.Match[str]) -> list[tuple[str, int, int]]:
    """(output, original start, original end) pieces for one match of _SCAN."""
    s, e = m.span()
    if m.lastgroup == "ws":
        return [(_whitespace(m.group(), m.string[e : e + 1]), s, e)]
    string = m.string
    if m.lastgroup == "sep":
        return [("," if s and string[s - 1].isdecimal() else "'", s, e)]
    run = m.group()
    if (
        not _DROP.intersection(run)
        and unicodedata.is_normalized("NFKC", run)
        and not unicodedata.combining(run[0])
    ):
        return []  # most non-ASCII text ("é", "Misrātah", Arabic words) needs nothing
    out: list[tuple[str, int, int]] = []
    # a combining mark after an ASCII letter composes with it ("e" + U+0301): that letter joins the cluster
    i = (
        s - 1
        if s and unicodedata.combining(string[s]) and string[s - 1].isascii() and string[s - 1].isalpha()
        else s
    )
    while i < e:  # clusters: a character and the combining marks after it
        j = i + 1
        while j < e and unicodedata.combining(string[j]):
            j += 1
        if j == i + 1:
            out.append((_char_out(string[i], string, i), i, j))
        else:
            out.append((_mapped(unicodedata.normalize("NFKC", string[i:j])), i, j))
        i = j
    return out


def normalise(text: str) -> Normalised:
    """`text` normalised as the module docstring says, with the map back to `text`'s offsets."""
    if (
        text.isascii()
        and text.isprintable()
        and "  " not in text
        and not ("'" in text and _SEP_ASCII.search(text))
    ):
        return Normalised(text, len(text))  # what _normalise gives: no match of _SCAN_WS, no line break
    return _normalise(text)


# In printable ASCII text (no whitespace but the space, nothing the table or NFKC changes) _SCAN_WS matches
# only at two spaces in a row or at an apostrophe before exactly three digits, which this finds.
_SEP_ASCII = re.compile(r"'\d{3}(?!\d)")


def _normalise(text: str) -> Normalised:
    """`normalise(text)` for any text."""
    parts: list[str] = []
    norm: list[int] = []
    orig: list[int] = []
    end: list[int] = []
    last = 0  # original offset copied up to
    n = 0  # length of the normalised text so far
    original, text = text, _one_for_one(text)  # offsets unchanged
    stable = text.isascii() or unicodedata.is_normalized("NFKC", text) and not _INVISIBLES.search(text)
    for m in (_SCAN_WS if stable else _SCAN).finditer(text):
        for out, s, e in _pieces(m):
            if s > last:
                parts.append(text[last:s])
                n += s - last
            if len(out) != e - s:  # one for one keeps the map; a change of length adds breakpoints
                for c in range(len(out)):
                    norm.append(n + c)
                    orig.append(s)
                    end.append(e)
                norm.append(n + len(out))
                orig.append(e)
                end.append(-1)
            parts.append(out)
            n += len(out)
            last = e
    if last == 0 and not parts:
        return Normalised(_lone_newlines(text), len(original))
    parts.append(text[last:])
    return Normalised(_lone_newlines("".join(parts)), len(original), norm, orig, end)


def _lone_newlines(text: str) -> str:
    """A line break inside a paragraph becomes a space (a blank line and a line before a bullet stay)."""
    return _LONE_NEWLINE.sub(" ", text) if "\n" in text else text
