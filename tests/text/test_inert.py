"""The one sanitiser of web text for terminals, logs and CSV (extractors/text/inert.py)."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from extractors.text.inert import MAX_REASON, csv_cell, inert, inert_line, inert_reason


def test_controls_and_bidi_go_newline_and_tab_stay():
    raw = "a\x1b[31mb\x07c\x9bd\u202ee\u2066f\x00g\nh\ti\x7fj\r"
    assert inert(raw) == "a[31mbcdefg\nh\tij"
    assert inert_line(raw) == "a[31mbcdefg h ij"


def test_brackets_and_ordinary_text_are_untouched():
    for text in ("Toll rises [update] in Sirte", "x [/red] y", "café — ١٢٣ قتيل", ""):
        assert inert(text) == text == inert_line(text) == inert_reason(text)


def test_over_long_values_are_cut_visibly():
    assert inert("x" * 50, limit=10) == "x" * 9 + "…"


def test_a_reason_keeps_the_hash_of_the_raw_text_not_the_bytes():
    raw = "HTTP/1.1 404 Not Found\x1b]0;PWNED\x07\x1b[2J\x1b[31mRED"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:16]
    assert inert_reason(raw) == f"HTTP/1.1 404 Not Found]0;PWNED[2J[31mRED [sanitised; raw sha256 {digest}]"
    assert inert_reason(inert_reason(raw)) == inert_reason(raw)  # stored once, unchanged on reload
    assert len(inert_reason("\x1b" + "y" * 5000)) <= MAX_REASON


def test_csv_cells_that_look_like_formulas_get_a_quote():
    for cell in ("=1+1", "+cmd", "-x", "@sum", "\tx", "\rx"):
        assert csv_cell(cell) == "'" + cell
    for cell in ("plain", "a=b", "", 5, -5, 1.5, None):
        assert csv_cell(cell) == cell


@given(st.text())
def test_nothing_that_acts_on_a_terminal_survives(text):
    for out in (inert(text), inert_line(text), inert_reason(text)):
        assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in out)
        assert not any(c in out for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert "\n" not in inert_line(text) and "\n" not in inert_reason(text)
