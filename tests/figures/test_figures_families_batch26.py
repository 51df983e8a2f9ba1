"""Families found by the tuning half of blind batch 26 (evaluation/BLIND.md), each tested with variants
written for it and near misses that must stay as they are.

- forced into shelter, evacuation or collective centres; living in a collective or transit centre;
- people who had fled and have since returned, in one clause, are no longer displaced;
- "took hostage 50 women": the object after "hostage";
- held by a criminal group, gang or militia: kidnapped;
- every item of an "including ..." list is a part of the figure ("including 20 children and nine aid
  workers, were killed");
- "in exchange for three hostages": a swap, no one taken.
"""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


@pytest.mark.parametrize(
    "where", ["1,300 shelter centres", "evacuation centres", "collective centres", "relief camps"]
)
@pytest.mark.parametrize("verb", ["have forced", "forced", "drove"])
def test_forced_into_centres_is_displacement(verb, where):
    assert kv(f"Floods in Sylhet {verb} 472,856 people into {where}, officials said.") == [
        ("displaced", 472856)
    ]


@pytest.mark.parametrize("verb", ["are living", "were staying", "are sleeping"])
@pytest.mark.parametrize("centre", ["a collective centre", "the transit centre", "two evacuation centers"])
def test_living_in_a_centre_for_the_displaced_is_shelter(verb, centre):
    text = f"Another 25 families {verb} in {centre} run by the municipality."
    if "two" in centre:
        text = text.replace("two ", "")
    assert kv(text) == [("displaced", 25)]


def test_living_in_the_city_centre_is_no_shelter():
    assert kv("About 25 families are living in the city centre near the port.") == []


@pytest.mark.parametrize(
    "who", ["who had fled the fighting in Tal Afar", "who fled the clashes in the south last year"]
)
@pytest.mark.parametrize(
    "back", ["have returned to their homes", "have since gone back home", "returned home"]
)
def test_people_who_fled_and_came_back_are_no_longer_displaced(who, back):
    assert kv(f"More than 25,000 people {who} {back}, according to IOM.") == []


@pytest.mark.parametrize(
    "text",
    [
        "More than 25,000 people fled the fighting in Tal Afar last week, and 2,000 others returned home.",
        "About 5,000 people who fled the clashes in the south are sheltering in schools.",
    ],
)
def test_a_return_in_another_clause_leaves_the_displacement(text):
    assert ("displaced", 25000 if "25,000" in text else 5000) in kv(text)


@pytest.mark.parametrize("verb", ["took hostage", "have taken hostage", "took captive"])
@pytest.mark.parametrize("number, value", [("50", 50), ("about 30", 30), ("twelve", 12)])
def test_the_object_after_hostage_is_kidnapped(verb, number, value):
    assert kv(f"Jihadists {verb} {number} women near Arbinda, the government said.") == [("kidnapped", value)]


@pytest.mark.parametrize("captor", ["a criminal group", "an armed gang", "a local militia", "traffickers"])
def test_held_by_a_group_gang_or_militia_is_kidnapped(captor):
    text = f"Around 130 migrants, mostly from Central America, are being held by {captor} in a house in Tamaulipas."
    assert kv(text) == [("kidnapped", 130)]


def test_held_by_police_is_no_kidnapping():
    assert [k for k, _ in kv("Around 130 migrants are being held by police in a house in Tamaulipas.")] != [
        "kidnapped"
    ]


@pytest.mark.parametrize("link", [" and ", ", "])
@pytest.mark.parametrize("close", [", were killed", ") were killed"])
def test_every_item_of_an_including_list_is_a_part(link, close):
    opener = "(" if close.startswith(")") else ", "
    text = f"At least 100 people{opener}including 20 children{link}nine aid workers{close} in the attacks."
    text = text.replace("people(", "people (")
    assert kv(text) == [("killed", 100)]


def test_a_count_after_a_closed_including_list_still_counts():
    text = "The strike killed 40 people, including 3 children, and 50 others were wounded."
    assert kv(text) == [("injured", 50), ("killed", 40)]


@pytest.mark.parametrize("word", ["exchange", "swap"])
@pytest.mark.parametrize("kind", ["hostages", "captives", "prisoners"])
def test_a_swap_for_hostages_takes_no_one(word, kind):
    assert kv(f"90 Palestinian prisoners were released in {word} for three Israeli {kind}.") == []


@pytest.mark.parametrize("verb", ["have not been found", "are yet to be found", "have not yet been located"])
@pytest.mark.parametrize("number, value", [("Eight", 8), ("At least 12", 12), ("Some 1,200", 1200)])
def test_people_not_found_are_missing(verb, number, value):
    assert kv(f"{number} crew members {verb}, the coast guard said.") == [("missing", value)]


@pytest.mark.parametrize("verb", ["required", "needed"])
@pytest.mark.parametrize("care", ["medical treatment", "medical attention", "hospital treatment"])
def test_people_who_needed_treatment_are_injured(verb, care):
    assert kv(f"More than 300 people {verb} {care} after the blast.") == [("injured", 300)]


def test_care_received_in_a_camp_is_no_injury():
    assert kv("Some 2,000 people have received medical care since the camp opened.") == []


@pytest.mark.parametrize("noun", ["death sentences", "death penalties", "death threats", "death warrants"])
def test_a_court_or_a_threat_after_death_is_no_toll(noun):
    assert kv(f"The judiciary has so far handed down 11 {noun} over the protests.") == []


@pytest.mark.parametrize("verb", ["registered", "listed", "recorded"])
@pytest.mark.parametrize("state, kind", [("missing", "missing"), ("dead", "killed")])
def test_people_registered_as_missing_or_dead(verb, state, kind):
    text = f"The ICRC said families had {verb} more than 7,000 people as {state} since the conflict began."
    assert kv(text) == [(kind, 7000)]


@pytest.mark.parametrize(
    "forecast", ["is expected to rise to", "could climb to", "is likely to rise to", "may reach"]
)
def test_a_toll_forecast_is_no_figure(forecast):
    assert kv(f"The death toll {forecast} 500, officials warned.") == []


@pytest.mark.parametrize(
    "forecast", ["is forecast to force", "threatens to displace", "is expected to force"]
)
def test_a_displacement_forecast_is_no_figure(forecast):
    assert kv(f"The storm {forecast} 10,000 people from their homes.") == []


@pytest.mark.parametrize("toll", ["rose to", "has risen to", "climbed overnight to", "stood at"])
def test_a_toll_that_happened_counts(toll):
    assert kv(f"The death toll {toll} 500, officials said.") == [("killed", 500)]


@pytest.mark.parametrize("adverb", ["likely", "probably"])
@pytest.mark.parametrize(
    "frame, kind",
    [
        ("The airstrike {a} killed 30 people.", "killed"),
        ("Militants {a} kidnapped 30 workers.", "kidnapped"),
        ("Fighting has {a} displaced 30 people.", "displaced"),
        ("The storm {a} forced 30 people from their homes.", "displaced"),
    ],
)
def test_a_forecast_word_before_a_past_verb_is_no_forecast(adverb, frame, kind):
    """(review) "likely" counts as a forecast only before "to": "likely killed 30" happened."""
    assert kv(frame.format(a=adverb)) == [(kind, 30)]


@pytest.mark.parametrize(
    "text",
    [
        "The protest ended with 12 people arrested.",
        "The raid ended with 12 suspects detained by police.",
        "Police raided the camp, with 12 migrants detained.",
    ],
)
def test_people_arrested_after_with_are_arrested(text):
    """(review) only "held" is an event's verb too ("vigils attended by 300 people were held")."""
    assert kv(text) == [("arrested", 12)]
