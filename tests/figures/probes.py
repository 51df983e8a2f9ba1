"""What the family tests compare: the (kind, value) pairs of a sentence, in order, through the English
extractor (`kv`) and through the `newsmon figures` contract, which detects Arabic and French (`kv_lang`)."""

from __future__ import annotations

import json

from extractors.figures import extract_figures
from flows.cli.contracts import figures_line


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


def kv_lang(text: str) -> list[tuple[str, int]]:
    out = figures_line(json.dumps({"id": "t", "text": text}, ensure_ascii=False))
    return sorted((f["kind"], f["value"]) for f in out["figures"])
