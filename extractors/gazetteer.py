"""Places."""

from __future__ import annotations


def location(sentence: str, pos: int) -> str | None:
    return None
