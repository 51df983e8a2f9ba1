"""The date a figure stands at: absolute dates in its sentence, or relative ones resolved against the
publication date ("on Saturday", "yesterday", "last week", "since early April", "three days ago").

A period resolves to its first day ("last week": its Monday, "early April": 1 April, "mid-April":
15 April); a weekday to the latest such day on or before publication. "as of <date>" wins over
other dates; otherwise the date nearest to the number is taken.

A date that starts the counting period ("since April", "since the assault began in April", "since
the start of the offensive on 4 April") is the figure's `period_start`, never its as-of date: `dates`
leaves it out and `period_starts` returns it. A "since" of comparison ("the deadliest attack since
2014") dates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from extractors.figures.context import SUPERLATIVE_SINCE
from extractors.figures.numbers import parse_number
from extractors.figures.patterns import lower
from extractors.figures.words import (
    Words,
    anchors,
    by_first_letter,
    gap_before,
    matches_at,
    matches_at_word_starts,
    word_starts,
)

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december" \
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"  # fmt: skip
_PART = {"early": 1, "beginning of": 1, "start of": 1, "mid": 15, "middle of": 15, "late": 20, "end of": 28}
_DATE = re.compile(
    r"(?P<asof>\bas (?:of|at|on)\s+)?(?:"
    r"\b(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))\b"
    r"|\b(?P<dotted>(?P<dd>\d{1,2})\.(?P<dm>\d{1,2})\.(?P<dy>\d{4}))\b"
    rf"|\b(?P<dmy>(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<y1>\d{{4}}))?)\b"
    rf"|\b(?P<mdy>{_MONTH.replace('month', 'month2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:)(?:,?\s+(?P<y2>\d{{4}}))?)\b"
    rf"|\b(?P<period>(?:(?P<part>early|mid|late|the beginning of|beginning of|the start of|start of|the middle of"
    rf"|middle of|the end of|end of)[-\s]+)?{_MONTH.replace('month', 'month3')}(?:\s+(?P<y3>\d{{4}}))?)\b"
    r"|\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<rel>yesterday|today|tonight|this (?:morning|afternoon|evening)|last night|the day before yesterday"
    r"|(?:last|this|past) (?:week|month|year)|earlier this (?:week|month|year)|this weekend|last weekend)\b"
    r"|\b(?P<ago>(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>day|week|month|year)s?\s+ago)\b"
    r"|\b(?:in|since|during|of)\s+(?P<year>(?:19|20)\d{2})\b(?![-/]\d)"
    r")"
)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _with_year(month: int, day: int, year: str | None, published: date | None) -> date | None:
    if year:
        return _safe(int(year), month, day)
    if published is None:
        return None
    d = _safe(published.year, month, day)
    if d is not None and d > published + timedelta(days=1):
        d = _safe(published.year - 1, month, day)
    return d


def _months_back(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - n, 12)
    return date(y, m + 1, 1)


def _relative(phrase: str, published: date) -> date | None:
    p = phrase.lower()
    monday = published - timedelta(days=published.weekday())
    table = {
        "yesterday": published - timedelta(days=1),
        "last night": published - timedelta(days=1),
        "the day before yesterday": published - timedelta(days=2),
        "last week": monday - timedelta(days=7),
        "past week": published - timedelta(days=7),
        "this week": monday,
        "earlier this week": monday,
        "last weekend": monday - timedelta(days=2),
        "this weekend": monday + timedelta(days=5)
        if published.weekday() >= 5
        else monday - timedelta(days=2),
        "last month": _months_back(published, 1),
        "past month": _months_back(published, 1),
        "this month": published.replace(day=1),
        "earlier this month": published.replace(day=1),
        "last year": date(published.year - 1, 1, 1),
        "past year": date(published.year - 1, 1, 1),
        "this year": date(published.year, 1, 1),
        "earlier this year": date(published.year, 1, 1),
    }
    return table.get(p, published)  # today, tonight, this morning ...


_MONTH_GROUP = {"dmy": "month", "mdy": "month2", "period": "month3"}  # the month group of each branch


def _resolve(m: re.Match[str], sentence: str, published: date | None) -> date | None:
    # the branch that matched is the last group to close (m.lastgroup): its groups are read, no groupdict
    branch, g = m.lastgroup, m.group
    month = _MONTH_GROUP.get(branch)
    if month is not None and not sentence[m.start(month)].isupper():
        return None  # "may", "march" as words
    if branch == "iso":
        return _safe(int(g("iy")), int(g("im")), int(g("id")))
    if branch == "dotted":
        return _safe(int(g("dy")), int(g("dm")), int(g("dd")))
    if branch == "dmy":
        return _with_year(_MONTHS[g("month").lower()], int(g("d1")), g("y1"), published)
    if branch == "mdy":
        return _with_year(_MONTHS[g("month2").lower()], int(g("d2")), g("y2"), published)
    if branch == "period":
        if (
            g("month3") == "May"
            and not (g("part") or g("y3"))
            and not re.search(
                r"\b(?:in|since|early|late|of|until|by|from|through)\s+$",
                m.string[max(0, m.start() - 8) : m.start()],
            )
        ):
            return None  # "May" the verb
        part = (g("part") or "").lower().removeprefix("the ")
        return _with_year(_MONTHS[g("month3").lower()], _PART.get(part, 1), g("y3"), published)
    if branch == "year":
        return date(int(g("year")), 1, 1)
    if published is None:
        return None
    if branch == "weekday":
        back = (published.weekday() - _WEEKDAYS.index(g("weekday").lower())) % 7
        return published - timedelta(days=back)
    if branch == "rel":
        return _relative(g("rel"), published)
    if branch == "ago":
        return _ago(g("n"), g("unit"), published)
    return None


def _ago(n_word: str, unit: str, published: date) -> date | None:
    n = {"a": 1, "an": 1}.get(n_word.lower()) or parse_number(n_word) or 0
    unit = unit.lower()
    if unit == "day":
        return published - timedelta(days=n)
    if unit == "week":
        return published - timedelta(weeks=n)
    if unit == "month":
        return _months_back(published, n)
    return _safe(published.year - n, published.month, min(published.day, 28))


# "since" then up to eight words without punctuation (the event whose start is dated), ending where the
# date begins: "since ", "since the assault began in ", "since the start of the offensive on "
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,8}?$")
_SINCE_IN = re.compile(r"since\s")
# "which began in early April", "the offensive launched on 4 April": the start of what is counted
_BEGAN_BEFORE = re.compile(
    r"\b(?:began|begun|started|erupted|broke out|launched|starting|beginning)\s+(?:in|on)\s+$"
)


def _since(low: str, m: re.Match[str], since: bool = True, began: bool = True) -> str | None:
    """'start' when the date at `m` starts a counting period, 'comparison' after a superlative, else None.

    `since`: "since" is in `low`; `began`: a word of _BEGAN_BEFORE may be (each pattern needs its words)."""
    if since and _SINCE_IN.match(low, m.start()):
        at = m.start()
    else:
        before = _SINCE_BEFORE.search(low, max(0, m.start() - 80), m.start()) if since else None
        if before is None:
            start = began and _BEGAN_BEFORE.search(low, max(0, m.start() - 30), m.start())
            return "start" if start else None
        at = before.start()
    if SUPERLATIVE_SINCE.search(low, max(0, at - 60), at):
        return "comparison"
    return "start"


Dated = tuple[int, int, date, bool]  # (start, end, date, introduced by "as of")
# Where a match of _DATE can begin, after a word boundary: the start of one of its branches, with as much of
# what must follow as keeps the test cheap. A number only before a separator, a month or a time unit
# ("2024-", "4.5.", "4 May", "3 days"), "in|of|since|during" only before a year, "as" before of/at/on, a
# part of a month before the month ("early", "the end of"), a number word before a time unit, a relative
# day with its noun ("last week"), a month or weekday as a whole word ("mar" in "markets" starts nothing).
# Each alternative starts with a letter (or the digit class), so that they can be grouped by first letter.
_UNIT = r"\s+(?:day|week|month|year)"
_DATE_LEADS = [
    r"\d(?:\d{3}-|\d?\.\d|\d?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    rf"|\d*{_UNIT})",
    *(rf"{w}\s+(?:19|20)\d" for w in ("in", "of", "since", "during")),
    "the (?:beg|sta|mid|end|day)", r"as (?:of|at|on)\s", rf"an?{_UNIT}",
    *(rf"{n}{_UNIT}" for n in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")),
    rf"eleven{_UNIT}", rf"twelve{_UNIT}",
    r"early[-\s]", r"mid[-\s]", r"late[-\s]", "beginning of", "start of", "middle of", "end of",
    *(rf"{d}\b" for d in _WEEKDAYS), r"yesterday\b", r"today\b", r"tonight\b",
    "this (?:morning|afternoon|evening|week|month|year)", "last (?:night|week|month|year)",
    "past (?:week|month|year)", "earlier this ",
    *(rf"{m}\b" for m in (
        "jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?",
        "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?",
    )),
]  # fmt: skip
_DATE_LEAD = re.compile(by_first_letter(_DATE_LEADS))  # a date can start here (after a word boundary)
_DATE_GAP = gap_before(_DATE_LEAD.pattern)


def date_matches(low: str) -> Iterator[re.Match[str]]:
    """`_DATE.finditer(low)`, trying _DATE only where one of _DATE_LEADS starts after a word boundary."""
    return matches_at_word_starts(_DATE, _DATE_LEAD, _DATE_GAP, low)


# Every date holds one of these as a whole word (a month or "ago": any branch; a weekday or a relative day:
# only the weekday and relative branches), or four digits (an ISO or dotted date, a year)
_ANY_DATE = anchors(" ".join(_MONTHS) + " ago")
_DAY_DATE = anchors(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight this last past"
)
# A date of those two branches starts at its word, at "the" (day before yesterday), "earlier" (this week), or
# "as" (of, at, on): _matches tries _DATE only there
_OF_AT_ON = anchors("of at on")
_FOUR_ASCII_DIGITS = re.compile("[0-9][0-9][0-9][0-9]")  # \d{4} in ASCII text, scanned faster
_BEGAN_ANCHORS = anchors("began begun started erupted broke launched starting beginning")


def _matches(low: str, seen: Words) -> Iterable[re.Match[str]]:
    """`_DATE.finditer(low)`; with the sentence's words, gated by the anchors above."""
    if seen is None:
        return date_matches(low)
    if not seen.isdisjoint(_ANY_DATE) or _FOUR_ASCII_DIGITS.search(low):
        return date_matches(low)
    if seen.isdisjoint(_DAY_DATE):
        return ()  # no anchor: no date
    leads = seen.intersection(_DAY_DATE)
    if b"as" in seen and not seen.isdisjoint(_OF_AT_ON):
        leads.add(b"as")  # "as of Monday"
    if b"yesterday" in seen and b"the" in seen:
        leads.add(b"the")  # "the day before yesterday"
    if b"this" in seen and b"earlier" in seen:
        leads.add(b"earlier")  # "earlier this week"
    return matches_at(_DATE, low, word_starts(low, leads))


def _found(
    sentence: str, published: date | None, low: str | None = None, seen: Words = None
) -> list[tuple[int, int, date, bool, str | None]]:
    if low is None:
        low = lower(sentence)
    out = []
    since = "since" in low
    began = seen is None or not seen.isdisjoint(_BEGAN_ANCHORS)
    for m in _matches(low, seen):
        d = _resolve(m, sentence, published)
        if d is not None:
            out.append((m.start(), m.end(), d, bool(m.group("asof")), _since(low, m, since, began)))
    return out


def date_cues(
    sentence: str, published: date | None, low: str | None = None, seen: Words = None
) -> tuple[list[Dated], list[Dated]]:
    """`dates(sentence, published)` and `period_starts(sentence, published)`, read in one pass. `low` is
    `lower(sentence)` when the caller has it, `seen` its whole words (extractors.figures.words)."""
    if published is None and not _four_digits(low if low is not None else lower(sentence)):
        return [], []  # without a publication date only a date with a year (four digits) resolves
    found = _found(sentence, published, low, seen)
    return (
        [(s, e, d, asof) for s, e, d, asof, since in found if since is None],
        [(s, e, d, False) for s, e, d, _, since in found if since == "start"],
    )


# Four digits: every branch of _DATE that resolves without `published` (_resolve) holds them (an ISO or dotted
# date, a day or month with its year, "in 2019"); relative days, weekdays and years left out need `published`
_FOUR_DIGITS = re.compile(r"\d{4}")


def _four_digits(low: str) -> bool:
    """Whether `low` holds four digits in a row (in ASCII text \\d is [0-9], which is scanned faster)."""
    return (_FOUR_ASCII_DIGITS if low.isascii() else _FOUR_DIGITS).search(low) is not None


def dates(sentence: str, published: date | None) -> list[tuple[int, int, date, bool]]:
    """(start, end, date, introduced by "as of") for every date expression that resolves and that
    dates the figures (not a period start, not a comparison)."""
    return [(s, e, d, asof) for s, e, d, asof, since in _found(sentence, published) if since is None]


def period_starts(sentence: str, published: date | None) -> list[tuple[int, int, date, bool]]:
    """The dates that start a counting period ("since April"), in the shape of `dates`."""
    return [(s, e, d, False) for s, e, d, _, since in _found(sentence, published) if since == "start"]


def nearest_date(found: list[tuple[int, int, date, bool]], pos: int) -> date | None:
    """Of the `dates(...)` of a sentence, the one the figure at `pos` stands at ("as of" first)."""
    if not found:
        return None
    if len(found) == 1:
        return found[0][2]  # what the lines below give for one date
    marked = [f for f in found if f[3]]
    if marked:
        return marked[0][2]
    return min(found, key=lambda f: f[0] - pos if f[0] >= pos else (pos - f[1]) * 1.2)[2]


def as_of(sentence: str, pos: int, published: date | None) -> date | None:
    """The date the figure at `pos` in `sentence` stands at, or None when the sentence dates nothing."""
    return nearest_date(dates(sentence, published), pos)


def period_start(sentence: str, pos: int, published: date | None) -> date | None:
    """The start of the counting period of the figure at `pos` ("since April"), or None."""
    return nearest_date(period_starts(sentence, published), pos)
