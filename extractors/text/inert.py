"""Text from the web made inert before it reaches a terminal, a log or a spreadsheet.

Pure functions, no I/O:
- `inert(text)`: drops C0/C1 control characters (ESC, BEL, CSI, ...), DEL and the Unicode bidi
  overrides and isolates (which reorder what a terminal shows), keeping newline and tab, and truncates
  what is over-long with a visible marker;
- `inert_line(text)`: the same, on one line (newlines and tabs become spaces), for one-line reasons;
- `inert_reason(text)`: a stored failure reason or feed error; when anything was dropped it ends with a
  short SHA-256 of the raw text, so the original bytes can be matched without being stored;
- `csv_cell(value)`: a CSV cell a spreadsheet cannot execute (OWASP: a string starting with = + - @,
  a tab or CR gets a leading ').
"""

from __future__ import annotations

import hashlib
import re

MAX_CHARS = 2000  # longest value shown in a terminal
MAX_REASON = 500  # longest stored failure reason

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_LINE_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def inert(text: str, limit: int = MAX_CHARS) -> str:
    """`text` with control and bidi characters removed (newline and tab kept), at most `limit` chars."""
    return _truncate(_CONTROL.sub("", text), limit)


def inert_line(text: str, limit: int = MAX_CHARS) -> str:
    """`text` on one line: control and bidi characters removed, newlines and tabs as spaces."""
    flat = text.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _truncate(_LINE_CONTROL.sub("", flat), limit)


def inert_reason(text: str, limit: int = MAX_REASON) -> str:
    """A one-line failure reason safe to store and print; notes the raw text's hash when it changed."""
    clean = inert_line(text, limit)
    if clean == text:
        return clean
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    note = f" [sanitised; raw sha256 {digest}]"
    return _truncate(clean, limit - len(note)) + note


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet reads as text: strings starting like a formula get a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
