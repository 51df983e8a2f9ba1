"""extractors.text.normalise: one normal form for typography, and a map back to the caller's offsets."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.text.normalise import normalise


def test_plain_ascii_is_unchanged_and_maps_one_for_one():
    n = normalise("Five people were killed.")
    assert n.text == "Five people were killed."
    assert n.span(5, 11) == (5, 11)


def test_whitespace_runs_collapse_but_paragraphs_and_bullets_stay():
    assert normalise("taken  to\u00a0a\nhospital\t now").text == "taken to a hospital now"
    assert normalise("Title\n \n\nBody").text == "Title\n\nBody"
    assert normalise("list:\n• one\n• two").text == "list:\n• one\n• two"


def test_invisible_characters_are_dropped():
    assert normalise("ki\u00adlled zero\u200bwidth\ufeff").text == "killed zerowidth"


def test_dashes_apostrophes_and_quotes_are_mapped():
    assert normalise("twenty\u2013one \u2014 it\u2019s \u201cso\u201d").text == 'twenty-one - it\'s "so"'


def test_digits_of_any_script_become_ascii():
    text = "\u0661\u0662 \u06f1\u06f2 \u0967\u0968 \uff11\uff12 \u0661\u066c\u0669\u0667\u0660"
    assert normalise(text).text == "12 12 12 12 1,970"


def test_thousands_separators_apostrophe_and_thin_space():
    assert normalise("1'970 and 1\u2019970, it's 12'5").text == "1,970 and 1,970, it's 12'5"
    assert normalise("1\u2009970").text in ("1 970", "1,970")


def test_nfkc_and_combining_marks():
    assert normalise("cafe\u0301 \ufb01re").text == "café fire"


def test_spans_map_back_to_the_original():
    text = "Eleven\u00a0\u00a0people were\u00ad ki\u200blled  in  \uff11\uff12 raids"
    n = normalise(text)
    i = n.text.index("killed")
    s, e = n.span(i, i + len("killed"))
    assert text[s:e] == "ki\u200blled"
    j = n.text.index("12")
    s, e = n.span(j, j + 2)
    assert text[s:e] == "\uff11\uff12"
    assert n.span(0, len(n.text)) == (0, len(text))


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=60))
def test_any_text_maps_every_character_into_the_original(text):
    n = normalise(text)
    last = 0
    for i in range(len(n.text)):
        s, e = n.span(i, i + 1)
        assert 0 <= s <= e <= len(text)
        assert s >= last  # monotone
        last = s
    assert n.offset(len(n.text)) == len(text)


def test_normalising_twice_changes_nothing_more():
    # (an invisible character inside a digit group, "1'1\u00ad22", is the known exception)
    rng = random.Random(3)
    alphabet = "ab1 \u00a0\n\u2013\u2019'\u0661\uff12\u0301"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(30))
        once = normalise(text).text
        assert normalise(once).text == once


def test_the_nfkc_ranges_table_is_current():
    import unicodedata

    from extractors.text import nfkc_ranges
    from extractors.text.normalise import unstable_ranges

    assert unicodedata.unidata_version == nfkc_ranges.UNICODE_VERSION
    assert unstable_ranges() == nfkc_ranges.RANGES


def _plain_scans():
    """The scan patterns as first written (an alternation of named branches), which the fast ones replace."""
    import re

    from extractors.text import normalise as module

    inv, unstable = module._INVISIBLE, module._UNSTABLE
    ws = rf"(?P<ws>(?:[^\S \n]|[ \n](?=[\s{inv}]))[\s{inv}]*)"
    sep = r"(?P<sep>'(?=\d{3}(?!\d)))"
    return module, re.compile(rf"{ws}|(?P<na>[{unstable}]+)|{sep}"), re.compile(rf"{ws}|{sep}")


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=" \n\t\r\u00a0\u2009\u200b\u00ad'’1234abﬁé\u0301\U0001d7cf", max_size=30))
def test_the_scans_open_on_one_class_and_find_what_the_plain_alternations_find(text):
    module, plain, plain_ws = _plain_scans()
    for fast, slow in ((module._SCAN, plain), (module._SCAN_WS, plain_ws)):
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [
            (m.span(), m.lastgroup) for m in slow.finditer(text)
        ]


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="\n a•*x", max_size=20))
def test_lone_line_breaks_are_found_as_by_the_plain_pattern(text):
    import re

    from extractors.text import normalise as module

    plain = re.compile(r"(?<!\n)\n(?![\n•·▪*])")
    assert [m.span() for m in module._LONE_NEWLINE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=" \n\t\r\x0b\x1c\x7f'’1234ab.,\u00a0", max_size=30))
def test_the_printable_ascii_shortcut_gives_what_the_full_pass_gives(text):
    from extractors.text import normalise as module

    full = module._normalise(text)
    assert normalise(text) == full
    assert (normalise(text).text, normalise(text)._norm) == (full.text, full._norm)


def test_the_printable_ascii_shortcut_leaves_every_match_of_the_scan_to_the_full_pass():
    from extractors.text import normalise as module

    for text in (
        "a  b",
        "1'970 dead",
        "at 1'9700",
        "it's 12 o'clock",
        "x\ty",
        "a\nb",
        "a\x7fb",
        "plain text",
    ):
        shortcut = text.isascii() and text.isprintable() and "  " not in text
        shortcut = shortcut and not module._SEP_ASCII.search(text)
        assert shortcut == (not module._SCAN_WS.search(text) and "\n" not in text and text.isprintable())


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=" \n\t'’1234ab\u00a0\u200bﬁ", max_size=20))
def test_a_text_that_keeps_its_offsets_maps_every_span_to_itself(text):
    n = normalise(text)
    if n.keeps_offsets:
        assert len(n.text) == len(text)
        for a in range(len(n.text)):
            for b in range(a + 1, len(n.text) + 1):
                assert n.span(a, b) == (a, b)
    else:
        assert any(n.span(a, a + 1) != (a, a + 1) for a in range(len(n.text))) or len(n.text) != len(text)
