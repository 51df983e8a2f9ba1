"""English number words ("twenty-one", "two hundred and five", "half a million"), split into as many
well-formed numbers as a run of them holds (used by extractors.figures.numbers)."""

from __future__ import annotations

from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


class WordParser:
    """English number words, split into as many well-formed numbers as the run holds."""

    @staticmethod
    def split(tokens: list[str]) -> list[tuple[int, int, int, bool]]:
        """(first token, end token, value, approx) for each well-formed number in `tokens`."""
        out: list[tuple[int, int, int, bool]] = []
        i = 0
        while i < len(tokens):
            end, value, approx = WordParser.longest(tokens, i)
            if end > i:
                out.append((i, end, value, approx))
                i = end
            else:
                i += 1
        return out

    @staticmethod
    def longest(tokens: list[str], i: int) -> tuple[int, int, bool]:
        """(end token, value, approx) of the longest well-formed number starting at token i."""
        run = _Run(tokens)
        best = (i, 0, False)
        j = i
        while j < len(tokens):
            if tokens[j] == "half":  # "half a million", "half a dozen"
                if not run.half(j):
                    break
                j += 3
                best = (j, run.total, run.approx)
                continue
            step = _STEPS.get(
                tokens[j], _Run.unit if tokens[j] in UNITS else _Run.tens if tokens[j] in TENS else None
            )
            if step is None or not step(run, j):
                break
            j += 1
            if run.last not in ("a", "and"):
                best = (j, run.total + run.current, run.approx)
        return best


@dataclass(slots=True)
class _Run:
    """The state of `WordParser.longest`: each step takes one more word or refuses it."""

    tokens: list[str]
    total: int = 0
    current: int = 0
    last: str = "start"  # the class of the last word taken
    approx: bool = False

    def article(self, j: int) -> bool:  # "a hundred", "an eighty" is no number
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else ""
        if self.last not in ("start", "half") or nxt not in ("hundred", "dozen", *SCALES):
            return False
        self.current, self.last = 1, "a"
        return True

    def half(self, j: int) -> bool:
        t = self.tokens
        if self.last != "start" or j + 2 >= len(t) or t[j + 1] != "a" or t[j + 2] not in ("dozen", *SCALES):
            return False
        mult = 12 if t[j + 2] == "dozen" else SCALES[t[j + 2]]
        self.total, self.current, self.last, self.approx = mult // 2, 0, "scale", t[j + 2] == "dozen"
        return True

    def conj(self, j: int) -> bool:  # "two hundred and five"
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else ""
        if self.last not in ("hundred", "scale") or (nxt not in UNITS and nxt not in TENS):
            return False
        self.last = "and"
        return True

    def unit(self, j: int) -> bool:
        value = UNITS[self.tokens[j]]
        if self.last not in ("start", "tens", "hundred", "scale", "and"):
            return False
        if self.last == "tens" and (value > 9 or value == 0):
            return False  # "twenty twelve", "twenty zero"
        self.current += value
        self.last = "unit" if value < 10 else "teen"
        return True

    def tens(self, j: int) -> bool:
        if self.last not in ("start", "hundred", "scale", "and"):
            return False
        self.current += TENS[self.tokens[j]]
        self.last = "tens"
        return True

    def hundred(self, j: int) -> bool:
        if self.last not in ("start", "a", "unit", "teen") or self.current % 100 == 0 and self.current:
            return False
        self.current, self.last = max(self.current, 1) * 100, "hundred"
        return True

    def dozen(self, j: int) -> bool:
        if self.last not in ("a", "unit", "teen", "start"):
            return False
        self.current, self.approx, self.last = max(self.current, 1) * 12, True, "dozen"
        return True

    def scale(self, j: int) -> bool:
        factor = SCALES[self.tokens[j]]
        if self.last in ("start", "and", "scale") or (
            self.total and self.total < factor and self.last != "hundred"
        ):
            return False
        self.total += max(self.current, 1) * factor
        self.current, self.last = 0, "scale"
        return True


_STEPS = {
    "a": _Run.article,
    "an": _Run.article,
    "and": _Run.conj,
    "hundred": _Run.hundred,
    "dozen": _Run.dozen,
}
_STEPS |= dict.fromkeys(SCALES, _Run.scale)
