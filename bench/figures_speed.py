"""Throughput of extractors.figures.extract_figures on one core, in MB of text per second.

`measure()` runs it over a news corpus (the article bodies and gold snippets in ../shared when
present, else a built-in mix of figure and non-figure sentences), over a worst case where every
sentence holds two figures, and times one 5 MB line dense with trigger words (no number on it is a figure)
and one where every number is a figure; each figure is the median of
three runs (CPU seconds of this process; each run's are in the output). Targets: at least 2 MB/s on news
text (issue 3), at least 1 MB/s on the figure-dense text and the 5 MB trigger-dense line in under 2 s
(issue 13). The figure-dense text passes no publication date, as `newsmon figures` without "published".
"""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path

from extractors.figures import extract_figures

TARGET_MB_PER_S = 2.0
TARGET_DENSE_LINE_S = 2.0  # a 5 MB line dense with trigger words (issue 13)
LANG_TARGET_MB_PER_S = 1.0  # issue 14: Arabic and French, UTF-8 megabytes per second on one core
_GOLD = Path(__file__).resolve().parents[1] / "evaluation" / "gold"
_SIZE = 4_000_000  # characters per run
RUNS = 3  # each figure is the median of this many runs
_FALLBACK = [
    "The central bank kept its main rate at 4.5% on Thursday, citing inflation of 3.1% in March.",
    "Shares in the company rose 12 points after it reported revenue of $2.3 billion for 2018.",
    "The city council voted 7-2 to approve the new stadium, which will seat 45,000 fans.",
    "At least 21 people were killed and 37 wounded in clashes near Tripoli on Saturday, the UN said.",
    "More than 2,300 families have fled their homes in Misrata since the shelling began last month.",
    "The minister, 64, said the talks in Geneva would resume on 14 May after a two-week break.",
    "Rescuers said three climbers were missing after an avalanche in the Alps on Sunday.",
    "The film took $40 million in its first weekend and was shown in 3,200 cinemas.",
]


def _shared() -> Path:
    return Path(os.environ.get("NEWSMON_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def news_corpus() -> tuple[str, str]:
    """(name, text) of the news corpus used for the measurement."""
    shared = _shared()
    texts: list[str] = []
    truth = shared / "pages" / "ground-truth.json"
    if truth.is_file():
        texts += [v.get("articleBody") or "" for v in json.loads(truth.read_text(encoding="utf-8")).values()]
    for name in ("figures-dev.jsonl", "displacement-idmc-dev.jsonl"):
        path = shared / "gold" / name
        if path.is_file():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    if texts:
        return "shared pages and gold snippets", "\n\n".join(texts)
    return "built-in sentences", " ".join(_FALLBACK)


def dense_trigger_line(size: int = 5_000_000) -> str:
    """One 5 MB line, no sentence break, dense with trigger words and numbers (issue 13)."""
    unit = "Markets rose 12 points on 3 March as killed deals and 4,500 injured shares fled hands at 10:30 "
    return (unit * (size // len(unit) + 1))[:size]


def binding_line(size: int = 5_000_000) -> str:
    """One 5 MB line, no sentence break, where every number is a figure: the worst case of the same target
    (each number goes through every binding rule, and each figure through the context readers)."""
    unit = "21 people were killed and 37 wounded in Sirte, "
    return (unit * (size // len(unit) + 1))[:size]


def _timed(text: str, runs: int = RUNS) -> tuple[float, float, int, list[float]]:
    """(wall seconds, CPU seconds of this process, figures, every run's CPU seconds) of extracting `text`:
    the median of `runs` runs. The machine may be shared: the CPU time is what one core spent, whatever else
    runs, and the median keeps one slow run (a busy neighbour on the host) from deciding the figure."""
    times = []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        n = len(extract_figures(text))
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return (
        statistics.median(w for w, _ in times),
        statistics.median(c for _, c in times),
        n,
        [c for _, c in times],
    )


def measure(size: int = _SIZE) -> dict:
    """MB/s on the news corpus and on figure-dense text, with the number of figures found."""
    name, base = news_corpus()
    news = ((base + "\n\n") * (size // len(base) + 1))[:size]
    dense = (
        "At least 21 people were killed and 37 wounded in Sirte on Saturday, the UN said. " * (size // 82 + 1)
    )[: size // 4]
    extract_figures(base[:20_000])  # warm up
    news_s, news_cpu, news_figures, news_runs = _timed(news)
    dense_s, dense_cpu, dense_figures, dense_runs = _timed(dense)
    line_s, line_cpu, _, line_runs = _timed(dense_trigger_line())
    bound_s, bound_cpu, bound_figures, bound_runs = _timed(binding_line())
    mb, dense_mb = len(news) / 1e6, len(dense) / 1e6
    return {
        **measure_languages(size // 4),
        "corpus": name,
        "mb": round(mb, 2),
        "mb_per_s": round(mb / news_s, 2),
        "mb_per_cpu_s": round(mb / news_cpu, 2),
        "figures": news_figures,
        "dense_mb_per_s": round(dense_mb / dense_s, 2),
        "dense_mb_per_cpu_s": round(dense_mb / dense_cpu, 2),
        "dense_figures": dense_figures,
        "dense_line_5mb_s": round(line_s, 2),
        "dense_line_5mb_cpu_s": round(line_cpu, 2),
        "binding_line_5mb_s": round(bound_s, 2),
        "binding_line_5mb_cpu_s": round(bound_cpu, 2),
        "binding_line_figures": bound_figures,
        "runs": RUNS,
        "cpu_s_per_run": {
            "news": [round(c, 3) for c in news_runs],
            "dense": [round(c, 3) for c in dense_runs],
            "line_5mb": [round(c, 3) for c in line_runs],
            "binding_line_5mb": [round(c, 3) for c in bound_runs],
        },
        "target_mb_per_s": TARGET_MB_PER_S,
        "target_dense_line_s": TARGET_DENSE_LINE_S,
        "ok": mb / news_cpu >= TARGET_MB_PER_S,
    }


def measure_languages(size: int) -> dict:
    """UTF-8 MB per CPU second of Arabic and French extraction over the dev-set sentences (evaluation/gold),
    repeated to `size` characters: a dense case, most sentences hold a figure."""
    out: dict = {}
    for lang in ("ar", "fr"):
        texts = [
            json.loads(line)["text"]
            for path in sorted(_GOLD.glob(f"figures-{lang}-*.jsonl"))
            for line in path.open(encoding="utf-8")
            if line.strip()
        ]
        base = " ".join(texts)
        text = ((base + "\n") * (size // max(1, len(base)) + 1))[:size]
        extract_figures(base, language=lang)  # warm up
        start = time.process_time()  # CPU seconds: "per core", whatever else the machine runs
        n = len(extract_figures(text, language=lang))
        rate = len(text.encode("utf-8")) / 1e6 / (time.process_time() - start)
        out[f"{lang}_mb_per_s"], out[f"{lang}_figures"] = round(rate, 2), n
    out["lang_ok"] = min(out["ar_mb_per_s"], out["fr_mb_per_s"]) >= LANG_TARGET_MB_PER_S
    return out


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
