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


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score_figures(rows: list[dict], s: Scores) -> None:
    for row in rows:
        got = extract_figures(row["text"])
        gold = Counter((f["kind"], f["value"]) for f in row["figures"])
        pred = Counter((f.kind, f.value) for f in got)
        for key in gold | pred:
            hit = min(gold[key], pred[key])
            s.tp[key[0]] += hit
            s.fp[key[0]] += pred[key] - hit
            s.fn[key[0]] += gold[key] - hit
            if pred[key] > hit:
                s.notes.append(f"FP {row['id']}: {key}")
            if gold[key] > hit:
                s.notes.append(f"FN {row['id']}: {key}")
        quals = {}
        for f in got:
            quals.setdefault((f.kind, f.value), []).append(f.qualifier)
        for f in row["figures"]:
            predicted = quals.get((f["kind"], f["value"]))
            if predicted:
                q = predicted.pop(0)
                s.qual_n += 1
                s.qual_ok += q == f["qualifier"]
                if q != f["qualifier"]:
                    s.notes.append(f"QUAL {row['id']}: {f['kind']} {f['value']} {q} != {f['qualifier']}")


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


def run(shared: Path, verbose: bool = False) -> bool:
    """Print the scores; False when one is below its floor. Gold files that are absent are skipped."""
    gold = shared / "gold"
    figs, idmc = gold / "figures-dev.jsonl", gold / "displacement-idmc-dev.jsonl"
    if not figs.is_file() and not idmc.is_file():
        print(f"skip: no gold files in {gold}")
        return True
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))["figures"]
    s = Scores()
    failed: list[str] = []

    def line(text: str, value: float, floor: float) -> None:
        if value < floor:
            failed.append(text)
        print(text + (f"  BELOW FLOOR {floor:.2f}" if value < floor else ""))

    if figs.is_file():
        score_figures(_read(figs), s)
        print(f"{'kind':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for kind in KINDS:
            tp, fp, fn = s.tp[kind], s.fp[kind], s.fn[kind]
            if tp + fp + fn:
                p, r, f1 = s.prf(kind)
                line(
                    f"{kind:<10} {p:6.3f} {r:6.3f} {f1:6.3f} {tp + fn:5d} {tp + fp:5d}",
                    f1,
                    floors["per_kind_f1"],
                )
        p, r, f1 = s.prf()
        line(f"{'overall':<10} {p:6.3f} {r:6.3f} {f1:6.3f}", f1, floors["overall_f1"])
        qa = s.qual_ok / s.qual_n if s.qual_n else 1.0
        line(f"qualifier accuracy {qa:.3f} ({s.qual_ok}/{s.qual_n})", qa, floors["qualifier_accuracy"])
    else:
        print(f"skip: no {figs.name}")
    if idmc.is_file():
        score_idmc(_read(idmc), s)
        rec = s.idmc_hit / s.idmc_n if s.idmc_n else 1.0
        text = f"IDMC displacement value recall {rec:.3f} ({s.idmc_hit}/{s.idmc_n})"
        line(text, rec, floors["idmc_displacement_recall"])
    else:
        print(f"skip: no {idmc.name}")
    if verbose:
        print("\n".join(s.notes))
    return not failed


if __name__ == "__main__":
    from evaluation.__main__ import shared_dir

    sys.exit(0 if run(shared_dir(), verbose="-v" in sys.argv[1:]) else 1)
