"""Scope and attribution of a figure, read from its sentence."""

from __future__ import annotations


def scope(sentence: str, pos: int) -> str:
    return "unknown"


def attribution(sentence: str) -> str | None:
    return None
