"""Clean-up that keeps offsets, sentence spans and word tokens for the figure extractor."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from extractors.figures.numbers import NumberSpan

MAX_SENTENCE = 1500  # longer "sentences" (a 5 MB line) are cut into pieces of about this size

# Escape debris in real feeds (AG News "#39;s", " quot;", "\\" for a line break, HTML entities).
_LINE_BREAK = re.compile(r"(?<=[\w)'\"”’])\\(?=[A-Z])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\\]")
_DEBRIS = re.compile(r"(?:#\d{1,4}|&#?[A-Za-z0-9]{2,6}|(?<![\w&#])quot|(?<![\w&#])amp);$")
_DEBRIS_AS = {"#36;": "$", "&#36;": "$", "&amp;": "&", "amp;": "&", "&#38;": "&"}


def clean(text: str) -> str:
    """`text` with escape debris and control characters blanked; same length, same offsets."""
    if "\\" in text:  # AG News escapes a line break as a backslash: "... After Kidnapping\\Some 5,000 troops"
        text = _LINE_BREAK.sub(".", text)  # the headline ends there (a full stop keeps the offsets)
    text = _CONTROL.sub(" ", text)
    if ";" not in text:
        return text
    pieces, last = [], 0
    for p in _SEMI.finditer(text):
        m = _DEBRIS.search(text, max(last, p.start() - 7), p.end())
        if m is None:
            continue
        s, e = m.span()
        raw = m.group()
        repl = _DEBRIS_AS.get(raw, " ")
        if raw == "#39;" and text[e : e + 1] == "s" and not text[e + 1 : e + 2].isalnum():
            e += 1  # "Pakistan #39;s" -> "Pakistan"
            repl = " "
        pieces.append(text[last:s])
        pieces.append(repl.ljust(e - s))
        last = e
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


_SEMI = re.compile(";")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "rev", "st", "sen", "rep", "gov",
    "pres", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "approx", "est", "inc", "corp", "co", "ltd", "jr", "sr", "mt", "ft", "fig", "al", "u.s",
    "u.n", "a.m", "p.m", "e.g", "i.e", "etc", "cf", "brig", "cmdr", "adm", "cpl", "pvt", "nb",
}  # fmt: skip
_CANDIDATE = re.compile(r"[.!?\n][.!?\"'”’)\]\s]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    seg, p, e = m.group(), m.start(), m.end()
    if "\n" in seg and (_BLANK_LINE.search(seg) or text[e : e + 1] in ("•", "·", "▪", "*")):
        return True
    if seg[0] not in ".!?":
        return False
    if seg.split() == [seg]:  # no space in it (seg[0] is none): "on Wednesday.The stabbing"
        nxt = text[e : e + 2]
        return seg == "." and p > 0 and text[p - 1].islower() and nxt[:1].isupper() and nxt[1:].islower()
    if seg[0] == "." and seg[:2] != "..":
        w = _WORD_BEFORE.search(text, max(0, p - 12), p)
        word = w.group(1).lower() if w else ""
        if word in _ABBREV or (len(word) == 1 and word.isalpha()):
            return False
    return not text[e : e + 1].islower()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; very long sentences come in pieces."""
    cuts = [0]
    for m in _CANDIDATE.finditer(text):
        if _is_boundary(text, m):
            cuts.append(m.end())
    cuts.append(len(text))
    spans: list[tuple[int, int]] = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        while (
            e - s > MAX_SENTENCE
        ):  # cut at a clause break, else before a capital, else a space, else anywhere
            lo, hi = s + MAX_SENTENCE // 2, s + MAX_SENTENCE
            cut = max(text.rfind("; ", lo, hi), text.rfind(", ", lo, hi)) + 1 or _before_capital(text, lo, hi)
            cut = cut if cut > s else hi
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


# Up to the last space before a capital: the engine takes the rest of the window and backs off to it (one match,
# not a loop over every capital of the window).
_LAST_SPACE_CAPITAL = re.compile(r".* (?=[A-Z])", re.S)


def _before_capital(text: str, lo: int, hi: int) -> int:
    """The last space before a capital in text[lo:hi] ("... fled hands at 10:30 | Markets rose"), else the last
    space: a cut there does not split a noun phrase ("4,500 injured | shares"). -1 when there is no space."""
    m = _LAST_SPACE_CAPITAL.match(text, lo, hi)
    return m.end() - 1 if m else text.rfind(" ", lo, hi)


class Tok(NamedTuple):
    """A word ('w'), a number ('n', with its span), stray digits ('d') or punctuation ('p').

    A named tuple: a sentence of a 5 MB line makes hundreds of thousands, and a tuple is built three
    times faster than a dataclass instance (`tokenize` builds them with `tuple.__new__`)."""

    kind: str
    text: str
    low: str
    start: int
    end: int
    num: NumberSpan | None = None
    upper: bool = False  # starts with a capital letter


_QUOTES = {'"', "“", "”", "«", "»", "‘", "’", "'", "„", "‹", "›"}
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}|[^\W\d_\ufffd]*(?:[^\W\d_]|\ufffd)(?:[-'’]?(?:[^\W\d_]|\ufffd))*|\d+|[^\w\s]"
)
# The same tokens on ASCII text (no letter class to look up in the Unicode tables): faster.
_TOKEN_ASCII = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:[-']?[A-Za-z])*|\d+|[^\w\s]")
_new = tuple.__new__
# Punctuation that ends a word ("Saturday,"): _TOKEN gives the letters before it one word token and itself one
# punctuation token (no quote: quotes are dropped; no "-" or "'": they may join letters).
_END_PUNCT = frozenset(",.;:!?)")
# ASCII punctuation that is one punctuation token on its own (no quote, no "_": a word character).
_ONE_PUNCT = frozenset("!#$%&()*+,-./:;<=>?@[\\]^`{|}~")


def with_triggers(spans: Iterable[tuple[int, int]], triggers: list[int]) -> Iterator[tuple[int, int, int]]:
    """The sentence spans that hold a trigger word, with the index of their first trigger in `triggers`
    (sorted offsets); a sentence without one is skipped, and the walk stops after the last trigger.
    Both grammars (English, and the shallow one of Arabic and French) read only these sentences."""
    t = 0
    for s, e in spans:
        while t < len(triggers) and triggers[t] < s:
            t += 1
        if t == len(triggers):
            return
        if triggers[t] < e:
            yield s, e, t


def tokenize(text: str, start: int, end: int, numbers: list[NumberSpan]) -> list[Tok]:
    """Tokens of `text[start:end]`; each number of `numbers` (inside that span, in order) is one token.

    No token holds a space, so the span is split once into chunks between spaces (`str.split(" ")`, in C),
    and on an ASCII span its lower-cased copy is split alongside (one `lower` for the span, not one a word).
    A chunk of letters only ("killed", "Sirte") is one word token without a regular expression, and so is
    one followed by a full stop or comma ("Saturday,": two tokens); a chunk that holds a number, or anything
    else ("(UN)", "10:30"), goes through `_TOKEN` around its numbers (`_pieces`). The tokens are the same as
    `_TOKEN` over the text between the numbers (tests/figures/test_tokenize_chunks.py)."""
    toks: list[Tok] = []
    add = toks.append
    seg = text[start:end]
    chunks = seg.split(" ")
    if seg.isascii():  # lower-casing keeps every character in place: the two splits line up
        lows, finditer = seg.lower().split(" "), _TOKEN_ASCII.finditer
    else:
        lows, finditer = [c.lower() for c in chunks], _TOKEN.finditer
    nums = iter(numbers)
    n = next(nums, None)
    nstart = end if n is None else n.start  # where the next number starts
    done = start  # the end of the last number: text before it is read
    pos = start - 1
    for chunk, low in zip(chunks, lows, strict=True):  # (a chunk with another space character: _TOKEN)
        at = pos + 1  # one space before each chunk: no search for where it starts
        pos = at + len(chunk)
        if pos <= nstart and at >= done:  # the common case: no number in or over the chunk
            if chunk.isalpha():
                add(_new(Tok, ("w", chunk, low, at, pos, None, chunk[0].isupper())))
            elif chunk[-1:] in _END_PUNCT and chunk[:-1].isalpha():  # "Saturday,", "said.": two tokens
                add(_new(Tok, ("w", chunk[:-1], low[:-1], at, pos - 1, None, chunk[0].isupper())))
                add(_new(Tok, ("p", chunk[-1], chunk[-1], pos - 1, pos, None, False)))
            elif chunk:  # (an empty chunk: two spaces in a row)
                _pieces(text, at, pos, add, finditer)
            continue
        a = at if at > done else done  # (a number may reach into this chunk: "75 000", "20 to 30")
        while nstart < pos:  # each number that starts in the chunk, with the text before it
            if a < nstart:
                _pieces(text, a, nstart, add, finditer)
            if nstart == at and n.end == pos:  # the number is the chunk ("21"): its lower case is read
                add(_new(Tok, ("n", chunk, low, at, pos, n, chunk[:1].isupper())))
            else:
                raw = text[nstart : n.end]
                add(_new(Tok, ("n", raw, raw.lower(), nstart, n.end, n, raw[:1].isupper())))
            done = a = n.end
            n = next(nums, None)
            nstart = end if n is None else n.start
        if a < pos:
            _pieces(text, a, pos, add, finditer)
    return toks


def _pieces(text: str, a: int, b: int, add, finditer) -> None:
    """The tokens of `text[a:b]` (no space in it) by `_TOKEN`, onto `add`; quotes dropped."""
    if b - a == 1 and text[a] in _ONE_PUNCT:  # ":" in "10:30", "(" in "(21)": what _TOKEN gives, without it
        add(_new(Tok, ("p", text[a], text[a], a, b, None, False)))
        return
    for m in finditer(text, a, b):
        t = m.group()
        c = t[0]
        if c.isdigit():
            kind = "d"
        elif c.isalpha() or c == "\ufffd":
            kind = "w"
        elif t in _QUOTES:
            continue  # quotes are transparent: « twenty-one » people
        else:
            kind = "p"
        s, e = m.span()
        add(_new(Tok, (kind, t, t.lower(), s, e, None, c.isupper())))
