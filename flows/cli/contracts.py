"""The JSON Lines contracts other tools call: `newsmon figures` and `newsmon dedup`. Each input line gets
exactly one output line, in order; bad input is that line's `error`, never a crash."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from datetime import date, datetime

from flows.settings import Settings


def figure_to_json(figure) -> dict:
    return {
        "kind": figure.kind,
        "value": figure.value,
        "qualifier": figure.qualifier,
        "unit": figure.unit,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "low": figure.low,
        "high": figure.high,
        "vague": figure.vague,
        "term": figure.term,
        "scope": figure.scope,
        "attribution": figure.attribution,
        "location": figure.location,
        "as_of": figure.as_of.isoformat() if figure.as_of else None,
        "sentence": figure.sentence,
    }


def _parse_published(value) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError("'published' must be an ISO date string")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return date.fromisoformat(value[:10])


def figures_line(line: str) -> dict:
    """One output object for one input line of `newsmon figures`; never raises."""
    from extractors.figures import extract_figures
    from extractors.text.language import detect

    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "figures": [], "error": f"invalid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(item, dict):
        return {"id": None, "figures": [], "error": "each line must be a JSON object with 'id' and 'text'"}
    item_id = item.get("id")
    if isinstance(item_id, bool) or not isinstance(item_id, str | int) or item_id == "":
        # the same rule as `newsmon dedup`: a line a caller cannot match to its input is an error
        shown = item_id if isinstance(item_id, str | int | float | bool) else None
        return {
            "id": shown,
            "figures": [],
            "error": "missing or invalid 'id' (a non-empty string or an integer)",
        }
    out: dict = {"id": item_id, "figures": []}
    text = item.get("text")
    if not isinstance(text, str):
        out["error"] = "missing or non-string 'text'"
        return out
    try:
        published = _parse_published(item.get("published"))
    except ValueError as exc:
        out["error"] = f"bad 'published': {exc}"
        published = None
    hint = item.get("language")
    out["language"] = language = detect(text, hint if isinstance(hint, str) else None)
    out["figures"] = [figure_to_json(f) for f in extract_figures(text, published, language=language)]
    return out


def cmd_figures(args: argparse.Namespace) -> int:
    from flows.langmodel import prime

    # the language model loads (from its unpacked copy) while the figure grammar is imported
    model = threading.Thread(target=prime, name="language-model", daemon=True)
    model.start()
    import extractors.figures  # noqa: F401

    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    for raw in stdin:
        line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        model.join()  # one model: detection must not start a second load beside it
        result = figures_line(line)
        out = json.dumps(result, ensure_ascii=False)
        try:  # a lone surrogate ("\udcff" in the input JSON) or a non-UTF-8 stdout cannot take it raw
            out.encode(sys.stdout.encoding or "utf-8")
        except (UnicodeEncodeError, LookupError):
            out = json.dumps(result)
        sys.stdout.write(out + "\n")
        sys.stdout.flush()
    model.join()  # empty input: let a first unpack finish rather than leave a half-written copy behind
    return 0


def cmd_dedup(args: argparse.Namespace) -> int:
    from extractors.dedup.verdict import StreamDedup
    from flows.ingest import read_seeds
    from seeds import SEEDS_DIR

    settings = Settings.from_env()
    seeds, _ = read_seeds(settings.seeds_dir or SEEDS_DIR)
    stream = StreamDedup([article for article, _ in seeds])
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    for raw in stdin:
        line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        sys.stdout.write(json.dumps(stream.line(line), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def register(sub) -> None:
    """Add this module's commands to the `newsmon` parser."""
    p = sub.add_parser(
        "figures",
        help="extract figures from JSON Lines on stdin ({id, text, published?, language?}), one line out per line in",
    )
    p.set_defaults(func=cmd_figures)
    p = sub.add_parser(
        "dedup",
        help="link JSON Lines on stdin ({id, text, title?}) to the seeds and earlier lines, one line out per line in",
    )
    p.set_defaults(func=cmd_dedup)
