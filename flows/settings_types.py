"""The value types of the NEWSMON_* settings: one parser per type, each naming what it accepts
(`accepts`), so a bad value's error says it. flows/settings.py holds the registry that uses them."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any


def accepts(what: str) -> Callable[[Callable[[str], Any]], Callable[[str], Any]]:
    """Name what a parser accepts; a bad value's error says it (`NEWSMON_X='abc': expected ...`)."""

    def mark(parse: Callable[[str], Any]) -> Callable[[str], Any]:
        parse.accepts = what  # type: ignore[attr-defined]
        return parse

    return mark


def number(raw: str, kind: type) -> Any:
    value = kind(raw.strip())
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


@accepts("a positive number (greater than 0)")
def positive_float(raw: str) -> float:
    value = number(raw, float)
    if value <= 0:
        raise ValueError("must be greater than 0")
    return value


@accepts("a positive integer")
def positive_int(raw: str) -> int:
    value = number(raw, int)
    if value <= 0:
        raise ValueError("must be a whole number greater than 0")
    return value


@accepts("an integer, 0 or more")
def non_negative_int(raw: str) -> int:
    value = number(raw, int)
    if value < 0:
        raise ValueError("must be a whole number, 0 or more")
    return value


@accepts("a number, 0 or more")
def non_negative_float(raw: str) -> float:
    value = number(raw, float)
    if value < 0:
        raise ValueError("must be 0 or more")
    return value


@accepts("true or false (also 1/0, yes/no, on/off)")
def boolean(raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ValueError("not a boolean")


@accepts("a comma-separated list")
def comma_list(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(",") if part.strip())


@accepts("a file or folder path (not empty)")
def path(raw: str) -> Path:
    if not raw.strip():
        raise ValueError("must not be empty")
    return Path(raw).expanduser()


@accepts("a path, or empty")
def optional_path(raw: str) -> Path | None:
    return Path(raw).expanduser() if raw.strip() else None


@accepts("any text")
def text(raw: str) -> str:
    return raw.strip()


@accepts("any text")
def secret(raw: str) -> str:
    return raw.strip("\r\n")


def choice(*choices: str) -> Callable[[str], str]:
    @accepts("one of " + ", ".join(choices))
    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return value

    return parse


_CRON_ALIASES = {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"}
_CRON_FIELDS = (  # (lowest, highest, names) of minute, hour, day of month, month, day of week
    (0, 59, ()),
    (0, 23, ()),
    (1, 31, ()),
    (1, 12, ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
    (0, 7, ("sun", "mon", "tue", "wed", "thu", "fri", "sat")),
)


def cron_value(token: str, low: int, high: int, names: tuple[str, ...]) -> int:
    token = token.lower()
    value = names.index(token) + low if token in names else int(token)
    if not low <= value <= high:
        raise ValueError(f"{token} is outside {low}-{high}")
    return value


def cron_field(text: str, low: int, high: int, names: tuple[str, ...]) -> None:
    for part in text.split(","):
        span, _, step = part.partition("/")
        if step and int(step) <= 0:
            raise ValueError("a step must be positive")
        if span == "*":
            continue
        first, _, last = span.partition("-")
        if cron_value(first, low, high, names) > (cron_value(last, low, high, names) if last else high):
            raise ValueError(f"{span} is an empty range")


@accepts("a cron expression of 5 fields or an alias such as @hourly, e.g. '*/30 * * * *'")
def cron(raw: str) -> str:
    """A standard 5-field cron expression (numbers, names, *, ranges, lists, steps) or an alias: the
    subset Prefect's scheduler reads, checked without importing Prefect."""
    value = " ".join(raw.split())
    if value.lower() in _CRON_ALIASES:
        return value
    parts = value.split()
    if len(parts) != 5:
        raise ValueError("must be a cron expression of 5 fields, e.g. '*/30 * * * *'")
    for part, (low, high, names) in zip(parts, _CRON_FIELDS, strict=True):
        cron_field(part, low, high, names)
    return value


@accepts("an IANA time zone, e.g. UTC or Africa/Tripoli")
def timezone(raw: str) -> str:
    from zoneinfo import available_timezones

    value = raw.strip()
    if value != "UTC" and value not in available_timezones():
        raise ValueError("must be an IANA time zone, e.g. UTC or Africa/Tripoli")
    return value


@accepts("an absolute change (e.g. 10) or a percentage (e.g. 5%), 0 or more")
def min_change(raw: str) -> str:
    value = raw.strip()
    number = float(value[:-1].strip() if value.endswith("%") else value)
    if not math.isfinite(number) or number < 0:
        raise ValueError("must be an absolute change (e.g. 10) or a percentage (e.g. 5%), not negative")
    return value


@accepts("a TCP port 1-65535, or 0 for the TLS mode's usual port")
def port(raw: str) -> int:
    value = number(raw, int)
    if not 0 <= value <= 65535:
        raise ValueError("must be a TCP port (1-65535), or 0 for the TLS mode's usual port")
    return value


_MEMORY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$", re.IGNORECASE)


@accepts("a memory size such as 512MB or 2GB (KB, MB, GB, TB, or KiB, MiB, GiB, TiB), or empty")
def memory_size(raw: str) -> str:
    """A size DuckDB's memory_limit takes, normalised (`512MB`); empty means DuckDB's default."""
    if not raw.strip():
        return ""
    match = _MEMORY.match(raw)
    if match is None or float(match.group(1)) <= 0:
        raise ValueError("not a memory size")
    unit = match.group(2)
    unit = unit[0].upper() + unit[1:-1].lower() + "B" if len(unit) == 3 else unit.upper()
    return f"{match.group(1)}{unit}"
