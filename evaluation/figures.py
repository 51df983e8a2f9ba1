"""Score the figure extractor on the gold sets in shared/gold (see shared/README.md).

- figures-dev: per snippet, multiset match of (kind, value); precision, recall, F1 per kind and
  overall; qualifier accuracy on the matched figures.
- displacement-idmc-dev: value recall, an excerpt counts when a displaced figure has IDMC's value.
Floors are pinned in evaluation/floors.toml, table [figures]. `python -m evaluation.figures -v`
prints every miss and false alarm.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extractors.figures import extract_figures

KINDS = ("killed", "injured", "displaced", "missing", "arrested", "kidnapped")
FLOORS = Path(__file__).with_name("floors.toml")


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    qual_ok: int = 0
    qual_n: int = 0
    idmc_hit: int = 0
    idmc_n: int = 0
    notes: list[str] = field(default_factory=list)

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        pick = (lambda c: c[kind]) if kind else (lambda c: sum(c.values()))
        tp, fp, fn = pick(self.tp), pick(self.fp), pick(self.fn)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def tally(self, row: dict, predicted: list[tuple[str, int, str]], detail: str = "") -> None:
        """Count one labelled row: (kind, value) matches, misses and false alarms, then the qualifier of
        each matched figure. `detail` is appended to each note (the text, for a verbose listing)."""
        gold = Counter((f["kind"], f["value"]) for f in row["figures"])
        pred = Counter((kind, value) for kind, value, _ in predicted)
        for key in gold | pred:
            hit = min(gold[key], pred[key])
            self.tp[key[0]] += hit
            self.fp[key[0]] += pred[key] - hit
            self.fn[key[0]] += gold[key] - hit
            if pred[key] > hit:
                self.notes.append(f"FP {row['id']}: {key}{detail}")
            if gold[key] > hit:
                self.notes.append(f"FN {row['id']}: {key}{detail}")
        quals: dict = {}
        for kind, value, qualifier in predicted:
            quals.setdefault((kind, value), []).append(qualifier)
        for f in row["figures"]:
            if found := quals.get((f["kind"], f["value"])):
                q = found.pop(0)
                self.qual_n += 1
                self.qual_ok += q == f["qualifier"]
                if q != f["qualifier"]:
                    self.notes.append(f"QUAL {row['id']}: {f['kind']} {f['value']} {q} != {f['qualifier']}")


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score_figures(rows: list[dict], s: Scores) -> None:
    for row in rows:
        s.tally(row, [(f.kind, f.value, f.qualifier) for f in extract_figures(row["text"])])


def score_idmc(rows: list[dict], s: Scores) -> None:
    for row in rows:
        try:
            want = int(float(str(row["idmc_label"]["figure"]).replace(",", "")))
        except (TypeError, ValueError):
            continue
        s.idmc_n += 1
        values = {f.value for f in extract_figures(row["text"]) if f.kind == "displaced"}
        if want in values:
            s.idmc_hit += 1
        else:
            s.notes.append(f"IDMC miss {row['id']}: want {want}, got {sorted(values)}")


ROOT = Path(__file__).resolve().parents[1]
TUNING = ROOT / "tests" / "data" / "figures_stress.jsonl"  # the rules were tuned on it
BLIND = ROOT / "evaluation" / "data" / "blind"  # new batches, scored before tuning (evaluation/BLIND.md)


class _Report:
    """Prints score lines and remembers the ones below their floor."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def line(self, text: str, value: float, floor: float | None) -> None:
        low = floor is not None and value < floor
        if low:
            self.failed.append(text)
        print(text + (f"  BELOW FLOOR {floor:.2f}" if low else ""))

    def scored(self, title: str, rows: list[dict], floors: dict, verbose: bool) -> None:
        """Per-kind and overall P/R/F1 and qualifier accuracy of one labelled set."""
        s = Scores()
        score_figures(rows, s)
        print(f"-- {title}: {len(rows)} snippets")
        print(f"{'kind':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for kind in KINDS:
            tp, fp, fn = s.tp[kind], s.fp[kind], s.fn[kind]
            if tp + fp + fn:
                p, r, f1 = s.prf(kind)
                text = f"{kind:<10} {p:6.3f} {r:6.3f} {f1:6.3f} {tp + fn:5d} {tp + fp:5d}"
                enough = tp + fn >= floors.get("per_kind_min_gold", 0)  # a kind with 1 gold figure is noise
                self.line(text, f1, floors.get("per_kind_f1") if enough else None)
        p, r, f1 = s.prf()
        self.line(f"{'overall':<10} {p:6.3f} {r:6.3f} {f1:6.3f}", f1, floors.get("overall_f1"))
        qa = s.qual_ok / s.qual_n if s.qual_n else 1.0
        self.line(
            f"qualifier accuracy {qa:.3f} ({s.qual_ok}/{s.qual_n})", qa, floors.get("qualifier_accuracy")
        )
        if verbose:
            print("\n".join(s.notes))


def own_sets() -> dict[str, list[dict]]:
    """Our own labelled sentences: {"blind": [...], "tuning": [...]}."""
    blind = [row for path in sorted(BLIND.glob("*.jsonl")) for row in _read(path)]
    return {"blind": blind, "tuning": _read(TUNING)}


def run(shared: Path, verbose: bool = False) -> bool:
    """Print the scores; False when one is below its floor. Gold files that are absent are skipped."""
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))
    report = _Report()
    own = own_sets()
    report.scored(
        "blind batches (evaluation/data/blind; first scores in BLIND.md)",
        own["blind"],
        floors["figures_blind"],
        verbose,
    )
    report.scored(
        "tuning (tests/data/figures_stress.jsonl)", own["tuning"], floors["figures_tuning"], verbose
    )
    gold = shared / "gold"
    for name, title, table in (
        ("figures-dev.jsonl", "dev gold", "figures"),
        ("rss2024-dev.jsonl", "rss2024 dev gold", "figures_rss2024"),
    ):
        if (gold / name).is_file():
            report.scored(f"{title} ({name})", _read(gold / name), floors[table], verbose)
        else:
            print(f"skip: no {gold / name}")
    idmc = gold / "displacement-idmc-dev.jsonl"
    if idmc.is_file():
        s = Scores()
        score_idmc(_read(idmc), s)
        rec = s.idmc_hit / s.idmc_n if s.idmc_n else 1.0
        text = f"IDMC displacement value recall {rec:.3f} ({s.idmc_hit}/{s.idmc_n})"
        report.line(text, rec, floors["figures"]["idmc_displacement_recall"])
        if verbose:
            print("\n".join(s.notes))
    else:
        print(f"skip: no {idmc}")
    return not report.failed


if __name__ == "__main__":
    from evaluation.__main__ import shared_dir

    sys.exit(0 if run(shared_dir(), verbose="-v" in sys.argv[1:]) else 1)
