"""Near misses found in the review of the merged tuning rounds (issue 13): each false positive fixed in the
review, with variants, and the figure of the family it must keep."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


# --- leave + a named place: not a platform, a bloc, or a trip ----------------------------------------


@pytest.mark.parametrize("who", ["people", "residents", "individuals"])
@pytest.mark.parametrize("verb", ["left", "have left", "had already left"])
@pytest.mark.parametrize("name", ["Twitter", "Facebook", "X", "TikTok", "Nato", "Labour"])
@pytest.mark.parametrize("tail", ["", " since the update", " after the change, a survey found"])
def test_leaving_a_platform_or_a_bloc_is_no_displacement(who, verb, name, tail):
    assert kv(f"About 300 {who} {verb} {name}{tail}.") == []


@pytest.mark.parametrize("who", ["people", "residents", "families"])
@pytest.mark.parametrize("place", ["Paris", "London", "Nova Kakhovka"])
@pytest.mark.parametrize(
    "trip", ["the holidays", "the weekend", "a weekend break", "the summer", "Christmas", "the festival"]
)
def test_leaving_a_named_place_for_a_trip_is_no_displacement(who, place, trip):
    assert kv(f"Some 500 {who} left {place} for {trip}.") == []


@pytest.mark.parametrize("place", ["Rafah", "Kharkiv", "Nova Kakhovka"])
@pytest.mark.parametrize("tail", ["", " for safer areas", " for Khan Younis", " since the assault began"])
def test_leaving_a_named_place_still_counts(place, tail):
    assert kv(f"About 800,000 people have left {place}{tail}.") == [("displaced", 800000)]


# --- N taken as "them" after "and": who takes decides the kind ------------------------------------------


@pytest.mark.parametrize("custodian", ["Police", "The coastguard", "Security forces", "Guards"])
@pytest.mark.parametrize("verb", ["seized", "captured", "grabbed"])
def test_custodians_taking_them_arrest(custodian, verb):
    assert kv(f"{custodian} stopped 30 men and {verb} them.") == [("arrested", 30)]


@pytest.mark.parametrize("captor", ["Gunmen", "Kidnappers", "Bandits", "Armed men"])
@pytest.mark.parametrize(
    "verb", ["seized", "captured", "grabbed", "abducted", "at a checkpoint and abducted"]
)
def test_captors_taking_them_kidnap(captor, verb):
    verb = verb if " " in verb else f"and {verb}"
    assert kv(f"{captor} stopped 30 men {verb} them.") == [("kidnapped", 30)]


# --- cross into: a named country, not any place -------------------------------------------------------


@pytest.mark.parametrize("who", ["people", "villagers", "civilians"])
@pytest.mark.parametrize("verb", ["crossed into", "crossed the bridge into", "have crossed over into"])
@pytest.mark.parametrize("place", ["the stadium", "the city centre for the parade", "the arena", "town"])
def test_crossing_into_an_unnamed_place_is_no_displacement(who, verb, place):
    assert kv(f"Some 5,000 {who} {verb} {place}.") == []


@pytest.mark.parametrize("verb", ["crossed into", "crossed the border into", "have crossed over into"])
@pytest.mark.parametrize(
    "place", ["Chad", "neighbouring Niger", "eastern Chad", "the Democratic Republic of Congo", "South Sudan"]
)
def test_crossing_into_a_named_country_still_counts(verb, place):
    assert kv(f"Some 5,000 villagers {verb} {place} after the raids.") == [("displaced", 5000)]


# --- a unit's name after its number, not a unit word modifying a count of people --------------------------


@pytest.mark.parametrize("num,value", [("Three", 3), ("12", 12), ("two", 2)])
@pytest.mark.parametrize("unit", ["battalion", "brigade", "division", "platoon", "regiment"])
@pytest.mark.parametrize("head", ["commanders", "members", "officers", "chiefs"])
def test_a_unit_word_before_people_still_counts_them(num, value, unit, head):
    assert kv(f"{num} {unit} {head} were killed in the strike.") == [("killed", value)]


@pytest.mark.parametrize("unit", ["Brigade", "Battalion", "Division"])
def test_a_capitalised_unit_after_its_number_is_a_name(unit):
    assert kv(f"Fighters of the 444 {unit} killed 3 people.") == [("killed", 3)]
    assert kv(f"The 444 {unit} said 12 people were killed.") == [("killed", 12)]


# --- a part with a finite verb: "two of the 4 men remain with their captors" counts the two ----------------


@pytest.mark.parametrize("verb", ["remain", "remained", "are still"])
@pytest.mark.parametrize("captors", ["their captors", "the kidnappers", "their abductors"])
@pytest.mark.parametrize("tail", ["", ", police said"])
def test_the_whole_of_a_part_with_captors_is_no_figure(verb, captors, tail):
    assert kv(f"Two of the 4 men {verb} with {captors}{tail}.") == [("kidnapped", 2)]


# --- arrivals: a camp word, not any "site" ---------------------------------------------------------------


@pytest.mark.parametrize("site", ["festival site", "construction site", "launch site", "heritage sites"])
@pytest.mark.parametrize("verb", ["were counted", "were registered in July"])
def test_arrivals_at_a_site_that_is_no_camp_are_no_figure(site, verb):
    assert kv(f"The 3,400 new arrivals at the {site} {verb}.") == []


@pytest.mark.parametrize("site", ["IDP site", "displacement site", "transit site", "camp"])
def test_arrivals_at_a_displacement_site_still_count(site):
    assert kv(f"The 3,400 new arrivals at the {site} were registered in July.") == [("displaced", 3400)]


# --- departure_words restates lexicon's role flags (it cannot import lexicon): they must agree --------------


def test_departure_words_role_flags_match_the_lexicon():
    from extractors.figures import departure_words as dw
    from extractors.figures import lexicon as lx

    assert (dw._PRE, dw._POST, dw._TRANS, dw._DWELL, dw._GAP) == (lx.PRE, lx.POST, lx.TRANS, lx.DWELL, lx.GAP)


@pytest.mark.parametrize("verb", ["vanished", "have vanished", "had vanished"])
def test_vanish_forms_come_from_the_inflection_table(verb):
    assert kv(f"Eleven fishermen {verb} at sea on Monday.") == [("missing", 11)]


# --- released people are no figure, but a later arrest or loss of them is ---------------------------------


@pytest.mark.parametrize("released", ["escaped", "freed", "released", "exchanged"])
@pytest.mark.parametrize("who", ["inmates", "prisoners", "convicts"])
@pytest.mark.parametrize(
    "verb", ["were arrested on Monday", "were captured in the forest", "were detained again"]
)
def test_released_people_arrested_again_are_a_figure(released, who, verb):
    assert kv(f"Police said 12 {released} {who} {verb}.") == [("arrested", 12)]


@pytest.mark.parametrize("rescued", ["rescued", "freed"])
@pytest.mark.parametrize("verb", ["remain missing", "are still missing"])
def test_people_rescued_who_remain_missing_are_a_figure(rescued, verb):
    assert kv(f"Some 12 people {rescued} from the boat {verb}.") == [("missing", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "The 3 freed hostages arrived in Rome.",
        "Two Italian workers freed in Libya after months in captivity flew home.",
        "The 40 released detainees were taken home.",
        "Three rescued captives were flown to Abuja.",
    ],
)
def test_released_people_described_are_still_no_figure(text):
    assert kv(text) == []


# --- leave the (place) / by road for a holiday: a trip, not a flight ---------------------------------------


@pytest.mark.parametrize(
    "verb", ["left the capital by road", "left the region", "have left the coast on foot"]
)
@pytest.mark.parametrize("trip", ["the holidays", "the summer", "a weekend break", "the festival"])
def test_leaving_a_place_for_a_trip_is_no_displacement(verb, trip):
    assert kv(f"Some 50,000 people {verb} for {trip}.") == []


@pytest.mark.parametrize("verb", ["left the capital by road", "had left the besieged enclave"])
@pytest.mark.parametrize("tail", [" for other provinces", " for safer areas", ", officials said"])
def test_leaving_a_place_for_elsewhere_still_counts(verb, tail):
    assert kv(f"Some 50,000 people {verb}{tail}.") == [("displaced", 50000)]
