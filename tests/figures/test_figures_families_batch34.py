"""Families from the tuning halves of blind batch 34 and ar/fr batch 12 (issue 13), each with variants and the
near misses that must stay as they are."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures
from tests.figures.probes import kv, kv_lang


def kvu(text: str) -> list[tuple[str, int, str]]:
    return sorted((f.kind, f.value, f.unit) for f in extract_figures(text))


# --- a table's next cell names no unit of the number before it ---------------------------------------------


@pytest.mark.parametrize("label", ["Newly displaced individuals", "Displaced persons", "IDPs (individuals)"])
@pytest.mark.parametrize("sep", [" | ", " / ", "; "])
def test_the_next_cells_households_label_is_not_the_peoples_unit(label, sep):
    text = f"Round 18. {label}: 4,312{sep}Households: 986{sep}Districts affected: Macomia, Chiure."
    assert kvu(text) == [("displaced", 4312, "people")]


def test_a_household_word_before_the_number_still_gives_households():
    assert kvu("The number of displaced families reached 530, officials said.") == [
        ("displaced", 530, "households")
    ]


# --- survivors are no casualty, unless they are detained ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 25 survivors are being held at the Tariq al-Sikka detention centre in Tripoli.",
        "Police detained 25 survivors of the shipwreck.",
        "The 25 survivors were taken into custody.",
    ],
)
def test_detained_survivors_are_arrested(text):
    assert kv(text) == [("arrested", 25)]


@pytest.mark.parametrize(
    "text", ["16 survivors were taken to hospital.", "Rescuers pulled 16 survivors from the rubble."]
)
def test_survivors_are_no_casualty(text):
    assert kv(text) == []


# --- Arabic: crowds, the affected and places are no count of casualties -------------------------------------


@pytest.mark.parametrize(
    "text, figures",
    [
        ("شارك آلاف المواطنين في تشييع جثامين ضحايا الهجوم في الزاوية.", []),
        ("حضر مئات الأشخاص تشييع جثامين القتلى.", []),
        ("بلغت حصيلة الفيضانات 576 وفاة ونحو 1.7 مليون متضرر في 23 ولاية.", [("killed", 576)]),
        ("تخطط السلطات لإجلاء سكان 3 أحياء قريبة من الوادي.", []),
        ("نزوح سكان 5 قرى بسبب القتال.", []),
        ("نزوح 500 أسرة من 5 قرى بسبب القتال.", [("displaced", 500)]),
    ],
)
def test_arabic_crowds_affected_and_places(text, figures):
    assert kv_lang(text) == figures


# --- detainees or hostages who died are the dead -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Amnesty affirme qu'au moins 40 détenus sont morts dans des centres de détention.", "killed"),
        ("Au moins 40 otages ont été tués lors de l'assaut.", "killed"),
        ("Au moins 40 détenus ont été blessés lors d'une mutinerie.", "injured"),
        ("قالت منظمة العفو إن 40 معتقلا على الأقل لقوا حتفهم في مراكز الاحتجاز.", "killed"),
    ],
)
def test_detainees_who_died_are_the_dead(text, kind):
    assert kv_lang(text) == [(kind, 40)]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Au moins 40 détenus ont été libérés.", []),
        ("Quelque 900 migrants sont détenus dans le centre de détention.", [("arrested", 900)]),
    ],
)
def test_detainees_released_or_held_keep_their_reading(text, figures):
    assert kv_lang(text) == figures


# --- a household count restated in people gives the people -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quelque 250 ménages, soit environ 1 400 personnes, ont été déplacés par les crues à Ghat.",
        "Les crues ont déplacé 250 familles, soit 1 400 personnes, à Ghat.",
        "نزحت 250 أسرة، أي نحو 1400 شخص، من أحياء جنوب طرابلس.",
    ],
)
def test_households_restated_in_people_give_the_people(text):
    assert kv_lang(text) == [("displaced", 1400)]


def test_households_alone_stay_households():
    assert kv_lang("Quelque 250 ménages ont été déplacés par les crues.") == [("displaced", 250)]


# --- the whole of a released part, held in the captors' relative clause --------------------------------------


@pytest.mark.parametrize("release", ["released", "freed", "have freed"])
@pytest.mark.parametrize(
    "clause",
    ["they had been holding", "they had taken", "they have been holding", "they held", "they abducted"],
)
@pytest.mark.parametrize("whole", ["the 40 hostages", "the roughly 40 Yazidi hostages", "the 40 students"])
def test_the_whole_of_a_released_part_held_by_its_captors_is_kidnapped(release, clause, whole):
    value = [("kidnapped", 40)]
    assert kv(f"The militants {release} 19 of {whole} {clause} since August, an official said.") == value


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Nine of the 15 hostages were freed on Sunday.", []),  # no captors' clause: the release story
        ("The militants released 5 of the 12 hostages.", []),
        ("Police released 4 of the 19 suspects they had detained.", [("arrested", 19)]),
    ],
)
def test_a_part_released_without_the_captors_clause_keeps_its_reading(text, figures):
    assert kv(text) == figures
