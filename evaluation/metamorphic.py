"""Metamorphic tests of the figure extractor: rewrites of a labelled sentence that must keep its figures.

From every labelled sentence of our own sets (the tuning set tests/data/figures_stress.jsonl and the blind
batches in evaluation/data/blind/) `variants` makes rewrites that change no figure:

- `determiner`: a determiner inserted ("to hospital" -> "to a hospital", "Police" -> "The police");
- `tense`: a tense or voice change ("were killed" -> "had been killed", "rose to" -> "has risen to",
  "Gunmen killed 12 people" -> "12 people were killed by gunmen");
- `synonym`: a word swapped for another of its lexicon class ("wounded" -> "injured");
- `adjective`: an adjective before "injuries";
- `noise`: whitespace and Unicode noise (double spaces, NBSP, line breaks, curly quotes, en dashes,
  soft hyphens, zero-width spaces);
- `number`: a labelled number written another way (digits <-> words, "1,970" / "1 970" / "1.970",
  Arabic-Indic digits).

A variant is invariant when the extractor finds the same (kind, value) multiset in it as in the original.
`make eval` prints the rate per family; tests/figures/test_figures_metamorphic.py gates it.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from extractors.figures import extract_figures
from extractors.figures.numbers import TENS, UNITS, find_numbers

ROOT = Path(__file__).resolve().parents[1]
SETS = [
    ROOT / "tests" / "data" / "figures_stress.jsonl",
    *sorted((ROOT / "evaluation" / "data" / "blind").glob("*.jsonl")),
]
FLOORS = Path(__file__).with_name("floors.toml")

_DETERMINERS = [
    (r"\b(to|in|at) hospital\b", r"\1 a hospital"),
    (r"\b(to|in|at) hospital\b", r"\1 the hospital"),
    (r"^(Police|Troops|Gunmen|Rescuers|Officials|Authorities|Militants|Rebels|Soldiers) ", r"The \1 "),
    (r"\bfrom homes\b", "from their homes"),
]
_TENSES = [
    (
        r"\bwere (killed|injured|wounded|arrested|detained|kidnapped|abducted|evacuated|displaced)\b",
        r"had been \1",
    ),
    (
        r"\bwere (killed|injured|wounded|arrested|detained|kidnapped|abducted|evacuated|displaced)\b",
        r"have been \1",
    ),
    (
        r"\bhave been (killed|injured|wounded|arrested|detained|kidnapped|abducted|evacuated|displaced)\b",
        r"were \1",
    ),
    (r"\brose to\b", "has risen to"),
    (r"\bhas risen to\b", "rose to"),
    (r"\bclimbed to\b", "has climbed to"),
    (r"\b(people|residents|families|villagers) fled\b", r"\1 have fled"),
    (r"(?<!have )(?<!has )(?<!had )\bdied\b", "have died"),  # never "have have died"
]
_SYNONYMS = [
    ("wounded", "injured"),
    ("injured", "wounded"),
    ("kidnapped", "abducted"),
    ("abducted", "kidnapped"),
    ("arrested", "detained"),
    ("detained", "arrested"),
    ("killed", "slain"),
    ("fatalities", "deaths"),
    ("deaths(?! of)", "fatalities"),  # "the deaths of 49 recruits", never "the fatalities of"
    ("fled their homes", "left their homes"),
    ("their homes", "their houses"),
    ("residents", "inhabitants"),
    ("people", "persons"),
]
_NOISE_CHARS = ["  ", "\u00a0", "\n", " \n "]
_WORDS = {v: k for k, v in {**UNITS, **TENS}.items()}
_ARABIC_INDIC = str.maketrans("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")


def _subs(text: str, rules: list[tuple[str, str]], family: str) -> Iterator[tuple[str, str]]:
    for pattern, repl in rules:
        new = re.sub(pattern, repl, text, count=1)
        if new != text:
            yield family, new


_ACTIVE = re.compile(
    r"^(?P<subj>[A-Z][\w-]*(?: [a-z][\w-]*)?) (?P<verb>killed|wounded|injured|abducted|kidnapped|arrested"
    r"|detained|evacuated) (?P<obj>(?:at least |more than |about |some |nearly )?[\w,]+(?: [a-z]+){1,2})"
    r"(?P<rest>(?:,| (?:in|on|at|near|from|during|after|overnight|when|as)\b).*)$",
    re.S,
)


def _passive(text: str) -> Iterator[tuple[str, str]]:
    """Active to passive voice: "Gunmen killed 12 people in ..." -> "12 people were killed by gunmen in ..."."""
    m = _ACTIVE.match(text)
    if m is None or not find_numbers(m.group("obj")):
        return
    subj = m.group("subj")
    subj = (
        subj[0].lower() + subj[1:]
        if subj.split()[0] in ("The", "A", "An", "Police", "Gunmen", "Troops")
        else subj
    )
    obj = m.group("obj")
    yield "tense", f"{obj[0].upper()}{obj[1:]} were {m.group('verb')} by {subj}{m.group('rest')}"


def _synonyms(text: str) -> Iterator[tuple[str, str]]:
    for old, new in _SYNONYMS:
        out = re.sub(rf"\b{old}\b", new, text, count=1)  # `old` is a pattern
        if out != text:
            yield "synonym", out


def _adjective(text: str) -> Iterator[tuple[str, str]]:
    if re.search(r"\binjuries\b", text):
        for adj in ("moderate", "life-threatening"):
            yield (
                "adjective",
                re.sub(
                    r"\b(?:(?:minor|serious|severe|critical|moderate|slight) )?injuries\b",
                    f"{adj} injuries",
                    text,
                    count=1,
                ),
            )


def _noise(text: str, rng: random.Random) -> Iterator[tuple[str, str]]:
    spaces = [m.start() for m in re.finditer(" ", text)]
    for sep in _NOISE_CHARS:
        if spaces:
            cut = set(rng.sample(spaces, max(1, len(spaces) // 3)))
            if "\n" in sep:  # two line breaks side by side make a blank line: a paragraph break, not noise
                cut = {i for i in cut if i - 1 not in cut and text[i - 1 : i] != "\n"}
            yield "noise", "".join(sep if i in cut else c for i, c in enumerate(text))
    curly = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text).replace("'", "\u2019")
    if curly != text:
        yield "noise", curly
    dashed = re.sub(r"(?<=[a-z])-(?=[a-z])", "\u2013", text).replace(" - ", " \u2014 ")
    if dashed != text:
        yield "noise", dashed
    words = [m for m in re.finditer(r"[A-Za-z]{6,}", text)]
    if words:
        picks = rng.sample(words, min(3, len(words)))
        out = text
        for m in sorted(picks, key=lambda m: -m.start()):
            mid = m.start() + 3
            out = out[:mid] + rng.choice(["\u00ad", "\u200b"]) + out[mid:]
        yield "noise", out


def _number_forms(raw: str, value: int, words: bool) -> list[str]:
    """Other spellings of the number `raw` (value `value`) that cannot be read another way."""
    forms = []
    if words:
        forms.append(f"{value:,}")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):
        forms += [raw.replace(",", " "), raw.replace(",", "."), raw.replace(",", "\u2009")]
    elif raw.isdigit() and 0 < value < 100:
        tens, unit = divmod(value, 10)
        forms.append(_WORDS[value] if value < 20 or not unit else f"{_WORDS[tens * 10]}-{_WORDS[unit]}")
    if not words and re.fullmatch(r"[\d,]+", raw):
        forms.append(raw.translate(_ARABIC_INDIC))
    return forms


def _numbers(text: str, values: set[int]) -> Iterator[tuple[str, str]]:
    for n in find_numbers(text):
        if n.value not in values or n.vague or n.approx or n.low is not None or n.scale > 1:
            continue
        raw = text[n.start : n.end]
        for form in _number_forms(raw, n.value, n.words):
            if n.start == 0 or text[n.start - 2 : n.start] in (". ", "\n\n"):
                form = form[:1].upper() + form[1:]
            yield "number", text[: n.start] + form + text[n.end :]


def variants(row: dict) -> list[tuple[str, str]]:
    """(family, rewritten text) for one labelled row; deterministic for a given row id."""
    text = row["text"]
    rng = random.Random(zlib.crc32(row["id"].encode()))
    values = {f["value"] for f in row["figures"]}
    makers: list[Callable[[], Iterator[tuple[str, str]]]] = [
        lambda: _subs(text, _DETERMINERS, "determiner"),
        lambda: _subs(text, _TENSES, "tense"),
        lambda: _passive(text),
        lambda: _synonyms(text),
        lambda: _adjective(text),
        lambda: _noise(text, rng),
        lambda: _numbers(text, values),
    ]
    return [v for make in makers for v in make() if v[1] != text]


def _key(text: str) -> Counter:
    return Counter((f.kind, f.value) for f in extract_figures(text))


def invariance(rows: list[dict]) -> tuple[Counter, Counter, list[str]]:
    """(variants per family, invariant variants per family, notes on the variants that changed)."""
    total: Counter = Counter()
    kept: Counter = Counter()
    notes: list[str] = []
    for row in rows:
        want = _key(row["text"])
        for family, text in variants(row):
            total[family] += 1
            got = _key(text)
            if got == want:
                kept[family] += 1
            else:
                notes.append(
                    f"{family} {row['id']}: {sorted(want.elements())} -> {sorted(got.elements())}: {text!r}"
                )
    return total, kept, notes


def rows() -> list[dict]:
    out = []
    for path in SETS:
        with path.open(encoding="utf-8") as fh:
            out += [json.loads(line) for line in fh if line.strip()]
    return out


def run(shared: Path | None = None, verbose: bool = False) -> bool:
    """Print the invariance rate per family and overall; False when it is below its floor."""
    floor = tomllib.loads(FLOORS.read_text(encoding="utf-8"))["metamorphic"]["invariance"]
    total, kept, notes = invariance(rows())
    for family in sorted(total):
        print(f"{family:<11} {kept[family] / total[family]:6.3f} ({kept[family]}/{total[family]})")
    rate = sum(kept.values()) / max(1, sum(total.values()))
    ok = rate >= floor
    print(
        f"invariance {rate:.3f} ({sum(kept.values())}/{sum(total.values())})"
        + ("" if ok else f"  BELOW FLOOR {floor:.2f}")
    )
    if verbose:
        print("\n".join(notes))
    return ok


if __name__ == "__main__":
    import sys

    sys.exit(0 if run(verbose="-v" in sys.argv[1:]) else 1)
