"""Families of Arabic and French phrasings found missing by the tuning half of batch 6 (Libya 2023-2025,
evaluation/BLIND-ar-fr.md), each checked with variants written here and with near misses that keep their
figure."""

import pytest

from extractors.figures import extract_figures


def got(text, lang):
    return [(f.kind, f.value, f.qualifier) for f in extract_figures(text, language=lang)]


# The count of people who search for the missing (volunteers, divers, rescuers) is not a count of the missing:
# a search word stands between the count and the missing word after it.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("شارك 500 متطوع في عمليات البحث عن المفقودين في درنة", "ar"),
        ("يواصل ١٢٠ غواصا البحث عن المفقودين قبالة طبرق", "ar"),
        ("انضم 40 منقذا إلى فرق البحث عن المفقودين", "ar"),
        ("يشارك نحو ألف عنصر في تمشيط الوادي بحثا عن المفقودين", "ar"),
        ("500 volontaires participent aux recherches des disparus à Derna", "fr"),
        ("Une centaine de plongeurs recherchent les disparus", "fr"),
        ("Quelque 300 secouristes fouillent les décombres pour retrouver les disparus", "fr"),
    ],
)
def test_the_count_of_searchers_is_no_figure(text, lang):
    assert got(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("البحث عن 9 مفقودين مستمر", "ar", [("missing", 9, "exact")]),
        ("استمرار البحث عن ٩ مفقودين قبالة زوارة", "ar", [("missing", 9, "exact")]),
        ("فقدان 61 مهاجرا وتواصل البحث عنهم", "ar", [("missing", 61, "exact")]),
        ("12 مهاجرا مفقودا وفرق الإنقاذ تواصل البحث", "ar", [("missing", 12, "exact")]),
        ("يبحث 300 متطوع عن 40 مفقودا", "ar", [("missing", 40, "exact")]),
        ("شارك 500 متطوع في البحث عن 40 مخطوفا", "ar", [("kidnapped", 40, "exact")]),
        ("Les recherches continuent pour 22 migrants portés disparus", "fr", [("missing", 22, "exact")]),
        (
            "200 secouristes fouillent les décombres à la recherche de 30 disparus",
            "fr",
            [("missing", 30, "exact")],
        ),
    ],
)
def test_the_sought_count_keeps_its_figure(text, lang, want):
    assert got(text, lang) == want


# French words of imprisonment are arrests, as "détenus" and "en détention" are: jailed, incarcerated, committed
# ("écroués"), held in administrative detention ("en rétention"); variants of "150 migrants placés en détention".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("150 migrants placés en rétention à Tripoli", [("arrested", 150, "exact")]),
        ("Douze personnes ont été écrouées après les heurts de Misrata", [("arrested", 12, "exact")]),
        ("Trente migrants incarcérés à Tarik al-Sikka", [("arrested", 30, "exact")]),
        ("Huit militants emprisonnés à Benghazi", [("arrested", 8, "exact")]),
        ("Le juge a ordonné l'incarcération de cinq suspects", [("arrested", 5, "exact")]),
        ("Quelque 400 migrants retenus dans un centre de rétention", [("arrested", 400, "about")]),
        # near misses: released, a capacity, a jail term
        ("Huit militants emprisonnés à Benghazi ont été libérés", []),
        ("Le centre de rétention de Tripoli, d'une capacité de 500 places", []),
        ("Cinq suspects incarcérés, trois autres libérés", [("arrested", 5, "exact")]),
        ("Il a été condamné à 5 ans d'emprisonnement", []),
    ],
)
def test_french_imprisonment_is_arrest(text, want):
    assert got(text, "fr") == want


# A year between the abduction or detention word and a release does not end its clause ("détenus depuis 2019 ont
# été relâchés"); a count there still does.
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Trois hommes détenus depuis 2019 ont été relâchés", "fr", []),
        ("Deux ressortissants enlevés en 2023 ont été libérés", "fr", []),
        ("ثلاثة صيادين محتجزين منذ ٢٠٢٣ أفرج عنهم", "ar", []),
        ("Trois hommes détenus depuis 2019 à Mitiga", "fr", [("arrested", 3, "exact")]),
        ("Trois hommes détenus depuis 2019 et 40 autres libérés", "fr", [("arrested", 3, "exact")]),
    ],
)
def test_a_year_before_a_release(text, lang, want):
    assert got(text, lang) == want
