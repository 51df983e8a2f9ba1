"""Language detection (extractors.text.language), Arabic/Latin folding (extractors.text.arabic) and
topic scope in any script (extractors.text.scope)."""

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.text.arabic import clitic_forms, fold
from extractors.text.language import detect
from extractors.text.scope import in_scope
from flows.cli.contracts import figures_line


@pytest.mark.parametrize(
    ("text", "hint", "want"),
    [
        ("قتل 12 شخصا وأصيب 30 آخرون في اشتباكات مسلحة اندلعت ليلة الاثنين في طرابلس.", None, "ar"),
        ("Au moins 21 personnes ont été tuées lundi dans des affrontements armés à Tripoli.", None, "fr"),
        ("At least 21 people were killed on Monday in armed clashes in Tripoli, officials said.", None, "en"),
        ("طرابلس", "ar", "ar"),  # short text: a hint in the text's script wins
        ("Tripoli", "fr-FR", "fr"),
        ("Tripoli", "ar", None),  # a hint in another script is ignored for a short text ...
        ("", "ar", "ar"),
        ("", None, None),
    ],
)
def test_detect(text, hint, want):
    got = detect(text, hint)
    if want is None and text:
        assert got != "ar"
    else:
        assert got == want


def test_fold_maps_offsets_back():
    text = "\u200fأُصيبَ ـــ ١٬٢٠٠ Évacués\u202c"
    folded = fold(text)
    assert folded.text == "اصيب  1,200 evacues"
    at = folded.text.index("1,200")
    assert text[folded.origin(at) : folded.origin_end(at + 5)] == "١٬٢٠٠"
    assert clitic_forms("وبالزاويه")[-1] == "زاويه"


def test_scope_in_any_script():
    keywords = ("Libya", "ليبيا", "طرابلس", "الزاوية", "Zaouïa")
    for text in (
        "وطرابلس",
        "بطرابلس",
        "لليبيا",
        "للزاوية",
        "بالزاوية",
        "في طرابـــلس",
        "في طَرَابُلُس",
        "à Zaouia",
    ):
        assert in_scope(keywords, text), text
    for text in ("في القاهرة", "Paris", "طرابلسيات كثيرة"):
        assert not in_scope(keywords, text), text
    assert in_scope(("Libya",), "LIBYA")


def test_figures_contract_reports_the_language():
    ar = figures_line(json.dumps({"id": 1, "text": "قتل 12 شخصا وأصيب 30 آخرون في اشتباكات في طرابلس"}))
    assert ar["language"] == "ar" and [(f["kind"], f["value"]) for f in ar["figures"]] == [
        ("killed", 12),
        ("injured", 30),
    ]
    fr = figures_line(json.dumps({"id": 2, "text": "Au moins 21 personnes ont été tuées à Tripoli"}))
    assert fr["language"] == "fr" and fr["figures"][0]["qualifier"] == "at_least"
    hinted = figures_line(json.dumps({"id": 3, "text": "21 tués", "language": "fr"}))
    assert hinted["language"] == "fr" and hinted["figures"][0]["value"] == 21
    en = figures_line(json.dumps({"id": 4, "text": "At least 21 people were killed in Tripoli on Monday."}))
    assert en["language"] == "en" and en["figures"][0]["value"] == 21
    odd = figures_line(json.dumps({"id": 5, "text": "قتل 3", "language": 7}))
    assert odd["language"] == "ar" and "error" not in odd


_POOL = "قتل ١٢٣ 45 أإآىة ــ \u064b\u064e\u0651 \u200f\u202b\u202c ﻻﻗ Éé,.٬٫ abc"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_POOL, max_size=60))
def test_fold_offsets_are_monotone_and_round_trip(text):
    folded = fold(text)
    origins = [folded.origin(i) for i in range(len(folded.text) + 1)]
    assert origins == sorted(origins) and all(0 <= o <= len(text) for o in origins)
    for m in re.finditer(r"\d+", folded.text):
        span = text[folded.origin(m.start()) : folded.origin_end(m.end())]
        assert fold(span).text == m.group()
