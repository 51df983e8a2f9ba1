"""Families from blind batch 15 (evaluation/BLIND.md), each tested with wordings written for it and with
the near misses that must stay no figure."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


@pytest.mark.parametrize("noun", ["neighbours", "neighbors", "shepherds", "compatriots"])
def test_more_nouns_that_count_people(noun):
    assert kv(f"Rocket fire killed four people and wounded seven {noun}.") == [("injured", 7), ("killed", 4)]


@pytest.mark.parametrize("verb", ["drown", "drowns", "perish", "die"])
@pytest.mark.parametrize("count", ["12", "Dozens", "Scores of migrants"])
def test_a_headline_in_the_present_tense_is_a_toll(count, verb):
    found = kv(f"{count} {verb} as migrant boat capsizes off Zuwara")
    assert len(found) == 1 and found[0][0] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Kidnappers demand ransom for three Turkish engineers",
        "The gang demanded a ransom for the release of three engineers.",
        "Families paid ransoms for three abducted engineers.",
    ],
)
def test_a_ransom_for_people_names_hostages(text):
    assert kv(text) == [("kidnapped", 3)]


def test_a_ransom_for_things_is_no_kidnapping():
    assert kv("The gang demanded a ransom for 3 stolen cars.") == []


@pytest.mark.parametrize(
    "participle, kind", [("abducted", "kidnapped"), ("injured", "injured"), ("detained", "arrested")]
)
def test_a_participle_in_apposition_binds_the_count(participle, kind):
    assert kv(f"The three engineers, {participle} in Ubari last week, are in a clinic.") == [(kind, 3)]


@pytest.mark.parametrize("name", ["IS", "ISIS", "US", "Islamic State"])
def test_an_acronym_spelled_like_a_stop_word_is_a_name(name):
    assert kv(f"Police arrested 40 suspected {name} militants in Tripoli.") == [("arrested", 40)]


@pytest.mark.parametrize(
    "place", ["Marawi City and nearby towns", "Sirte", "the Al-Harsha area", "their villages"]
)
@pytest.mark.parametrize("verb", ["forced", "drove", "pushed"])
def test_people_forced_from_a_named_place_are_displaced(verb, place):
    assert kv(f"The siege {verb} more than 350,000 people from {place}.") == [("displaced", 350000)]


def test_people_driven_from_one_city_to_another_are_not_displaced():
    assert kv("The army drove 30 journalists from Tripoli to Benghazi.") == []


@pytest.mark.parametrize("sep", [" | ", " / ", "; ", "\n"])
def test_a_table_cell_ends_at_a_bar_or_slash(sep):
    text = sep.join(["IDPs: 12,400", "Returnees: 31,250", "Migrants: 58,900"])
    assert kv(text) == [("displaced", 12400)]


@pytest.mark.parametrize(
    "place", ["46 safety centres", "relief centres", "transit centers", "two collective centres"]
)
def test_people_staying_in_shelter_places_are_displaced(place):
    assert kv(f"Some 4,160 people were staying in {place}.") == [("displaced", 4160)]


@pytest.mark.parametrize("verb", ["has fallen below", "fell below", "dropped below", "is now under"])
def test_a_stock_that_fell_below_a_number_is_fewer_than_it(verb):
    found = [
        (f.kind, f.value, f.qualifier)
        for f in extract_figures(f"The number of people who remain displaced {verb} 1.2 million.")
    ]
    assert found == [("displaced", 1200000, "fewer_than")]


@pytest.mark.parametrize(
    "text",
    [
        "Two oilfield workers kidnapped in 2015 raid released",
        "Two oilfield workers kidnapped in raid freed",
        "Two foreign workers kidnapped from the oilfield were released on Tuesday.",
    ],
)
def test_a_headline_release_without_its_auxiliary_undoes_the_kidnapping(text):
    assert kv(text) == []


def test_a_year_is_no_count_of_its_own():
    assert kv("Gunmen kidnapped 2 workers in 2015.") == [("kidnapped", 2)]


@pytest.mark.parametrize("verb", ["was transferred to a detention centre", "were killed", "was abducted"])
def test_a_part_after_a_comma_and_including_is_no_figure_of_its_own(verb):
    assert kv(f"The group, including 5 minors, {verb}.") == []


def test_a_whole_with_its_part_after_including_keeps_the_whole():
    assert kv("Gunmen killed 12 villagers, including five children.") == [("killed", 12)]
