"""Score Arabic and French figure extraction on the project's own dev sets (evaluation/gold/figures-*.jsonl).

Each set is split in a blind part (written and scored before any tuning, see evaluation/BLIND-ar-fr.md)
and a tuning part. Lines go through the `newsmon figures` contract without a language hint, so the
language detector decides, as it does for a caller that sends none. Scoring as evaluation.figures:
(kind, value) precision, recall, F1; qualifier accuracy on matched figures. Floors: table [figures_lang]
of evaluation/floors.toml. `python -m evaluation.figures_lang -v` prints every miss and false alarm.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

from evaluation.figures import FLOORS, Scores
from flows.cli.contracts import figures_line

GOLD = Path(__file__).with_name("gold")
NEEDS_SHARED = False  # the sets live in the repository
SETS = [(lang, split) for lang in ("ar", "fr") for split in ("blind", "tuning")]


def score(rows: list[dict], hint: bool = False) -> tuple[Scores, Counter]:
    """Scores of `rows`, and the languages the contract reported for them."""
    s, langs = Scores(), Counter()
    for row in rows:
        item = {"id": row["id"], "text": row["text"]}
        if hint:
            item["language"] = row["source"]["language"]
        out = figures_line(json.dumps(item, ensure_ascii=False))
        langs[out.get("language")] += 1
        s.tally(row, [(f["kind"], f["value"], f["qualifier"]) for f in out["figures"]], f"  {row['text']}")
    return s, langs


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(shared: Path | None = None, verbose: bool = False) -> bool:
    """Print F1, qualifier accuracy and detected-language accuracy per set; False below a floor."""
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))["figures_lang"]
    failed = False
    print(f"{'set':<10} {'P':>6} {'R':>6} {'F1':>6} {'qual':>6} {'lang':>6} {'rows':>5}")
    for lang, split in SETS:
        path = GOLD / f"figures-{lang}-{split}.jsonl"
        if not path.is_file():
            print(f"skip: no {path.name}")
            continue
        rows = _read(path)
        s, langs = score(rows)
        p, r, f1 = s.prf()
        qa = s.qual_ok / s.qual_n if s.qual_n else 1.0
        la = langs[lang] / len(rows)
        low = [
            name
            for name, value in (("f1", f1), ("qualifier_accuracy", qa), ("language_accuracy", la))
            if value < floors[f"{lang}_{split}_{name}"]
        ]
        failed = failed or bool(low)
        flag = f"  BELOW FLOOR: {', '.join(low)}" if low else ""
        print(f"{lang}-{split:<7} {p:6.3f} {r:6.3f} {f1:6.3f} {qa:6.3f} {la:6.3f} {len(rows):5d}{flag}")
        if verbose:
            print("\n".join(s.notes))
    return not failed


if __name__ == "__main__":
    sys.exit(0 if run(verbose="-v" in sys.argv[1:]) else 1)
