"""extractors.figures on bad input (empty, huge, binary, control characters, mixed scripts), Hypothesis
properties, and the consistency of the trigger lexicon with its pre-filter."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.figures import extract_figures

# --- bad input -------------------------------------------------------------------------------------


def test_empty_and_blank_text():
    assert extract_figures("") == []
    assert extract_figures("   \n\n\t ") == []


def test_a_5_mb_single_line_runs():
    line = ("Markets rose 12 points on 3 March and 4,500 shares changed hands at 10:30 " * 70_000)[:5_000_000]
    assert "\n" not in line and extract_figures(line) == []


def test_a_long_single_line_full_of_figures_runs():
    line = "At least 21 people were killed and 37 wounded in Sirte on Saturday, the UN said. " * 2_000
    figures = extract_figures(line.replace(". ", "; "), date(2019, 4, 5))
    assert len(figures) == 4_000
    assert all(line[f.start : f.end] in ("21", "37") for f in figures)
    assert max(len(f.sentence) for f in figures) <= 2_000


def test_binary_junk_and_control_characters():
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(200_000))
    for text in (
        junk.decode("latin-1"),
        junk.decode("utf-8", "replace"),
        "\x00\x01 5 people\x07 were\x1b killed\x7f",
    ):
        for f in extract_figures(text):
            assert text[f.start : f.end] == f.text


def test_endless_digits_do_not_overflow():
    for text in ("killed " + "1" * 6000 + " people", "killed " + "1,000" * 3000, "killed " + "٠" * 6000):
        assert all(f.value < 10**16 for f in extract_figures(text))


def test_control_characters_inside_a_figure_sentence():
    assert [(f.kind, f.value) for f in extract_figures("7\x00 people were\x0b killed.")] == [("killed", 7)]


def test_mixed_arabic_and_english():
    text = "قتل ٢١ شخصا في طرابلس. In Tripoli, ١٢ people were killed and 30 wounded, وقالت الأمم المتحدة"
    assert [(f.kind, f.value, f.text) for f in extract_figures(text)] == [
        ("killed", 12, "١٢"),
        ("injured", 30, "30"),
    ]


def test_not_a_string():
    assert extract_figures(None) == []  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.none() | st.dates())
def test_no_input_crashes_the_extractor(text, published):
    for f in extract_figures(text, published):
        assert text[f.start : f.end] == f.text and f.value >= 0
        assert f.kind in ("killed", "injured", "displaced", "missing", "arrested", "kidnapped")


_WORDS = st.sampled_from(
    [
        "killed",
        "wounded",
        "dead",
        "at",
        "least",
        "more",
        "than",
        "about",
        "people",
        "were",
        "the",
        "in",
        "and",
        ",",
        ".",
        "12",
        "twenty-one",
        "3,000",
        "dozens",
        "of",
        "hostages",
        "fled",
        "homes",
        "destroyed",
        "toll",
        "rose",
        "to",
        "since",
        "Monday",
        "Tripoli",
        "a",
        "spokesman",
        "said",
        "(",
        ")",
        "-",
        "including",
        "children",
        "families",
        "evacuated",
        "1.5",
        "million",
        "between",
        "20",
        "30",
        "aged",
        "2011",
        "%",
        "$",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=60))
def test_word_salad_never_crashes(words):
    text = " ".join(words)
    for f in extract_figures(text, date(2020, 1, 1)):
        assert text[f.start : f.end] == f.text


# --- lexicon consistency ---------------------------------------------------------------------------


def test_the_prefilter_lets_every_trigger_through():
    from extractors.figures import lexicon as lx
    from extractors.figures.patterns import lower

    words = [" ".join(p) for p in lx.TRIGGERS] + sorted(lx.FORCE_VERBS | lx.TOLL_NOUNS) + ["toll", "lives"]
    assert [w for w in words if not lx.TRIGGER_STEMS.search(lower(w))] == []


# --- typography: the same sentence typed differently gives the same figure, offsets into the input ---


def test_typography_does_not_change_the_figure():
    variants = [
        "Eight people were taken\u00a0to\nhospital.",
        "Eight people were taken  to  hospital.",
        "Ei\u00adght people were tak\u200ben to hospital.",
        "\u201cEight\u201d people were taken to hospital.",
    ]
    for text in variants:
        got = extract_figures(text)
        assert [(f.kind, f.value) for f in got] == [("injured", 8)], text
        assert text[got[0].start : got[0].end] == got[0].text
        assert got[0].text.replace("\u00ad", "").replace("\u200b", "") == "Eight"


def test_numbers_in_other_scripts_and_separators():
    for text, value in [
        ("1'970 people were killed.", 1970),
        ("1\u2009970 people were killed.", 1970),
        ("twenty\u2013one people were killed.", 21),
        ("\uff11\uff12 people were killed.", 12),
        ("\u06f1\u06f2 people were killed.", 12),
        ("\u0967\u0968 people were killed.", 12),
    ]:
        got = extract_figures(text)
        assert [(f.kind, f.value) for f in got] == [("killed", value)], text
        assert got[0].text == text[got[0].start : got[0].end] == text.split(" people")[0]


def test_a_long_single_line_dense_with_trigger_words_runs():
    """Every piece of this line holds trigger words, so every piece reaches the parser (bench/figures_speed.py
    times the 5 MB version); here 1 MB, with a sanity bound only."""
    import time

    from bench.figures_speed import dense_trigger_line

    # one real figure in the middle: the line's own phrases are no figures ("4,500 injured shares"), and a
    # piece cut inside one ("... 4,500 injured | shares") must not make one
    line = (
        dense_trigger_line(500_000)
        + ". Gunmen killed 12 villagers near Sirte. "
        + dense_trigger_line(499_960)
    )
    start = time.perf_counter()
    figures = extract_figures(line)
    assert time.perf_counter() - start < 20
    assert "\n" not in line and figures
    assert all(line[f.start : f.end] == f.text for f in figures)
    assert [(f.kind, f.value) for f in figures] == [("killed", 12)]


def test_lone_surrogates_nul_and_odd_unicode_never_crash():
    for text in (
        "\ud800 5 people were killed \udfff",
        "\x00" * 1000 + "7 people were killed" + "\x00",
        "\u202e12 people were killed\u202c \U0001f600 \ufffd\ufffd",
        "\u0301\u0301 3 people\u0301 were killed",
        "½ 5 people were killed ﷺ",
    ):
        for f in extract_figures(text):
            assert text[f.start : f.end] == f.text
