"""As-of dates."""

from __future__ import annotations

from datetime import date


def as_of(sentence: str, pos: int, published: date | None) -> date | None:
    return None
