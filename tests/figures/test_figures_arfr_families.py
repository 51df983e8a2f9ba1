"""Families of Arabic and French phrasings found missing by blind batch 4 (evaluation/BLIND-ar-fr.md),
each checked with variants written here (determiners, tense and voice, number forms, Arabic-Indic digits,
synonyms) and with near misses that must stay without a figure."""

import pytest

from extractors.figures import extract_figures


def got(text, lang):
    return [(f.kind, f.value, f.qualifier) for f in extract_figures(text, language=lang)]


# A qualifier stands before the article of an "-aine" word: "plus d'une trentaine".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("La police a arrêté plus d'une trentaine de manifestants", [("arrested", 30, "more_than")]),
        ("Près d'un millier de familles ont fui Zaouïa", [("displaced", 1000, "about")]),
        ("Au moins une vingtaine de migrants ont été interpellés", [("arrested", 20, "at_least")]),
        ("Moins d'une dizaine de personnes ont été blessées", [("injured", 10, "fewer_than")]),
        ("Une quarantaine de migrants sont portés disparus", [("missing", 40, "about")]),
    ],
)
def test_qualifier_before_the_article_of_an_aine_word(text, want):
    assert got(text, "fr") == want
