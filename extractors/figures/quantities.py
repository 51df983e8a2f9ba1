"""Quantity phrases of the shallow grammar, for any language with a `Vocab`: digits ("1 200", "1.200",
"1,5 million", "١٢"), number words ("خمسة وعشرون", "vingt et un"), scales ("3 آلاف"), duals ("قتيلان"),
vague plurals ("عشرات", "des centaines") and ranges ("ما بين 10 و20", "entre 20 et 30").
Works on folded tokens (extractors.text.arabic.fold); pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.figures.lang import Vocab

_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_DECIMAL = re.compile(r"\d+[.,]\d+")


@dataclass(slots=True)
class Qty:
    i: int  # first token
    j: int  # one past the last token
    value: int
    low: int | None = None
    high: int | None = None
    vague: str | None = None
    approx: bool = False
    plain4: bool = False  # four bare digits: maybe a year
    kind: str | None = None  # a dual that names its kind ("قتيلان")


def digits_value(word: str) -> float | None:
    """The value of a digit token: "1.200" and "1,200" are 1200, "1,5" is 1.5."""
    if word.isdigit():
        return int(word)
    if _GROUPED.fullmatch(word):
        return int(re.sub(r"[.,]", "", word))
    if _DECIMAL.fullmatch(word):
        return float(word.replace(",", "."))
    return None


def quantities(
    words: list[str], starts: list[int], ends: list[int], v: Vocab, roles: list | None = None
) -> list[Qty]:
    """Every quantity in a sentence's tokens (with their `Vocab.role`s when known), ranges joined, in order."""
    roles = roles if roles is not None else [v.role(w) for w in words]
    out: list[Qty] = []
    i, n = 0, len(words)
    while i < n:
        q = _at(words, starts, ends, i, v) if roles[i].starter else None
        if q is None:
            i += 1
            continue
        out.append(q)
        i = q.j
    return _ranges(words, out, v)


def _at(words, starts, ends, i, v: Vocab) -> Qty | None:
    w = words[i]
    if w[0].isdigit():
        return _digits(words, starts, ends, i, v)
    if (vague := _vague(words, i, v)) is not None:
        return vague
    if _number(w, v) is not None or v.find(v.scales, w, article=False) is not None:
        q = _words(words, i, v)
        if q is not None:
            return q
    dual = v.find(v.duals, w, article=False)
    if dual is not None:
        return Qty(i, i + 1, dual[0], kind=dual[1])
    return None


def _digits(words, starts, ends, i, v: Vocab) -> Qty | None:
    raw, j = words[i], i + 1
    if v.space_groups and len(raw) <= 3 and raw.isdigit():
        while j < len(words) and len(words[j]) == 3 and words[j].isdigit() and starts[j] == ends[j - 1] + 1:
            raw += words[j]
            j += 1
    value = digits_value(raw)
    if value is None:
        return None
    plain4 = len(raw) == 4 and raw.isdigit()
    if j < len(words) and (scale := v.find(v.scales, words[j], article=False)):
        return Qty(i, j + 1, int(round(value * scale)))
    if isinstance(value, float) or value == 0:
        return None
    return Qty(i, j, value, plain4=plain4)


def _vague(words, i, v: Vocab) -> Qty | None:
    first = v.forms(words[i])
    for size in (4, 3, 2, 1):
        rest = tuple(words[i + 1 : i + size])
        if len(rest) != size - 1:
            continue
        for form in first:
            hit = v.vague.get((form, *rest))
            if hit is not None:
                value, approx = hit
                label = " ".join((form, *rest))
                return Qty(i, i + size, value, vague=None if approx else label, approx=approx)
    return None


def _words(words, i, v: Vocab) -> Qty | None:
    """Number words from token i: additive, with hundreds and scales multiplying what precedes."""
    total = current = 0
    j, n, parts = i, len(words), 0
    in_range = any(w in v.range_open for w in words[max(0, i - 2) : i])
    while j < n:
        w = words[j]
        if j > i and w in v.conjunctions and j + 1 < n:
            nxt = _number(words[j + 1], v)
            if nxt is None or in_range or (not v.arabic and nxt not in (1, 11)):
                break
            j += 1
            continue
        number = _number(w, v)
        scale = v.find(v.scales, w, article=False)
        if j > i and w[0] in v.conjunctions and number is not None and in_range:
            break
        if scale is not None and (j > i or w not in v.duals):
            total += (current or 1) * scale
            current = 0
        elif number == 100 and 0 < current < 10:
            current *= 100
        elif number is not None:
            current += number
        else:
            break
        parts += 1
        j += 1
    value = total + current
    if parts == 0 or value <= 1 or (parts == 1 and words[i] in v.articles):
        return None
    return Qty(i, j, value)


def _number(w: str, v: Vocab) -> int | None:
    """The value of a number word; a hyphenated one ("trente-quatre", "quatre-vingt-dix") adds its parts,
    longest known part first."""
    n = v.find(v.numbers, w, article=False)
    if n is not None or "-" not in w:
        return n
    parts, total, k = w.split("-"), 0, 0
    while k < len(parts):
        for end in range(len(parts), k, -1):
            value = v.numbers.get("-".join(parts[k:end]))
            if value is not None:
                total, k = (total or 1) * value if value == 100 else total + value, end
                break
        else:
            return None
    return total


def _ranges(words, qs: list[Qty], v: Vocab) -> list[Qty]:
    """Join "بين 10 و20" / "entre 20 et 30" / "20 à 30" into one quantity: the low end, high kept."""
    out: list[Qty] = []
    k = 0
    while k < len(qs):
        a = qs[k]
        b = qs[k + 1] if k + 1 < len(qs) else None
        joined = (
            b is not None and not a.vague and not b.vague and b.i == a.j + 1 and words[a.j] in v.range_join
        )
        opened = any(w in v.range_open for w in words[max(0, a.i - 2) : a.i])
        if joined and (opened or words[a.j] != next(iter(v.conjunctions))) and b.value > a.value:
            out.append(Qty(a.i, b.j, a.value, low=a.value, high=b.value, plain4=a.plain4 and b.plain4))
            k += 2
            continue
        out.append(a)
        k += 1
    return out
