"""Casualty and displacement figures in news text (first version: number + kind word nearby)."""

from __future__ import annotations

import re
from datetime import date

from extractors.records import Figure

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2000000}
_QUALIFIERS = (
    (r"at least|no fewer than|a minimum of", "at_least"),
    (r"more than|over|above|in excess of", "more_than"),
    (r"about|around|approximately|nearly|almost|some|roughly|an estimated", "about"),
    (r"up to|as many as", "up_to"),
    (r"fewer than|less than|under", "fewer_than"),
)
_KINDS = (
    ("killed", r"killed|dead|deaths?|died|killing|lives|death toll|bodies"),
    ("injured", r"injured|wounded|hurt|injuries"),
    ("displaced", r"displaced|fled|evacuated|homeless|out of their homes|refugees|forced to flee"),
    ("missing", r"missing|unaccounted"),
    ("arrested", r"arrested|detained"),
    ("kidnapped", r"kidnapped|abducted|taken hostage"),
)
_NUM = (
    r"(?P<num>\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
)
_FIGURE = re.compile(
    r"(?:(?P<qual>" + "|".join(q for q, _ in _QUALIFIERS) + r")\s+)?"
    r"(?:(?P<vague>" + "|".join(_VAGUE) + r")|" + _NUM + r")\b"
    r"(?P<gap>(?:\s+(?!and\b|or\b)[\w'-]+){0,4}?)\s+(?:people\s+|civilians\s+|were\s+|have\s+been\s+|had\s+been\s+)*"
    r"(?P<kind>" + "|".join(p for _, p in _KINDS) + r")\b",
    re.IGNORECASE,
)
_VERB_FIRST = re.compile(
    r"\b(?P<kind>killed|displaced|pushed|injured|wounded)\s+(?:(?P<qual>over|more than|at least|about|nearly)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b(?P<rest>\s+out of their homes)?",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?", re.UNICODE)
_CUMULATIVE = re.compile(r"\b(has|have) now\b|\bsince\b|\btoll (?:rose|has risen|climbed)\b|\bso far\b", re.I)


def _kind_of(word: str) -> str | None:
    for kind, pattern in _KINDS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return kind
    return None


def _qualifier(word: str | None) -> str:
    if not word:
        return "exact"
    for pattern, name in _QUALIFIERS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return name
    return "exact"


def _value(raw: str) -> int:
    digits = re.sub(r"[,\u00a0 ]", "", raw)
    return int(digits) if digits.isdigit() else _NUMBER_WORDS[raw.lower()]


def extract_figures(text: str, published: date | None = None) -> list[Figure]:
    """Figures found in `text`, in order of appearance, with offsets of the number.

    `published` (the publication date) anchors relative dates such as "on Saturday".
    """
    figures: list[Figure] = []
    taken: set[int] = set()
    for sentence in _SENTENCE.finditer(text or ""):
        s_text = sentence.group(0)
        scope = "cumulative" if _CUMULATIVE.search(s_text) else "unknown"
        for regex in (_FIGURE, _VERB_FIRST):
            for m in regex.finditer(s_text):
                kind_word = m.group("kind").lower()
                kind = (
                    "displaced"
                    if kind_word == "pushed" and m.groupdict().get("rest")
                    else _kind_of(kind_word)
                )
                if kind is None:
                    continue
                vague = m.groupdict().get("vague")
                span = m.span("vague") if vague else m.span("num")
                start, end = sentence.start() + span[0], sentence.start() + span[1]
                if start in taken:
                    continue
                taken.add(start)
                value = _VAGUE[vague.lower()] if vague else _value(m.group("num"))
                if 1800 <= value <= 2100 and not vague and kind != "displaced":
                    continue
                figures.append(
                    Figure(
                        kind=kind,
                        value=value,
                        qualifier=_qualifier(m.group("qual")),
                        unit="people",
                        start=start,
                        end=end,
                        sentence=s_text.strip(),
                        vague=vague.lower() if vague else None,
                        scope=scope,
                        text=text[start:end],
                    )
                )
    figures.sort(key=lambda f: f.start)
    return figures
