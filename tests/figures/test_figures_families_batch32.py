"""Families from the tuning half of blind batch 32 and ar/fr batch 10 (issue 13), each with variants and the
near misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figures.probes import kv, kv_lang

# --- an order is done; asking for it is not ----------------------------------------------------------------


@pytest.mark.parametrize("who", ["The prosecutor", "Libya's Attorney General", "A military court"])
@pytest.mark.parametrize("verb", ["ordered", "has ordered", "orders"])
@pytest.mark.parametrize("what, kind", [("detention", "arrested"), ("evacuation", "displaced")])
def test_an_ordered_detention_or_evacuation_happened(who, verb, what, kind):
    people = "officials" if kind == "arrested" else "residents"
    assert kv(f"{who} {verb} the {what} of 16 {people} pending an investigation.") == [(kind, 16)]


@pytest.mark.parametrize("who", ["A court in Tripoli", "The prosecutor"])
@pytest.mark.parametrize("verb", ["ordered", "has ordered", "issued warrants for", "issued a warrant for"])
def test_an_ordered_arrest_is_a_warrant_not_an_arrest(who, verb):
    assert kv(f"{who} {verb} the arrest of 12 former officials over the dam collapse.") == []


@pytest.mark.parametrize(
    "asked", ["sought", "demanded", "requested", "urged", "called for", "is calling for"]
)
@pytest.mark.parametrize("what", ["detention", "evacuation", "release"])
def test_asking_for_it_is_no_event(asked, what):
    assert kv(f"The prosecutor {asked} the {what} of 16 officials.") == []


# --- a superseded toll --------------------------------------------------------------------------------------


@pytest.mark.parametrize("old", ["an earlier toll of 27", "a previous toll of 27", "an initial death toll of 27",
                                 "the earlier figure of 27", "a prior tally of 27 dead"])  # fmt: skip
@pytest.mark.parametrize("verb", ["revising", "up from", "raising it from"])
def test_a_superseded_toll_is_no_figure(old, verb):
    assert kv(f"The attack killed 55 people, the ministry said, {verb} {old}.") == [("killed", 55)]


@pytest.mark.parametrize(
    "toll", ["a toll of 27 dead", "a preliminary toll of 27 dead", "a new toll of 27 dead"]
)
def test_a_current_toll_stays(toll):
    assert kv(f"The ministry gave {toll}.") == [("killed", 27)]


# --- a search that goes on is for the missing ---------------------------------------------------------------


@pytest.mark.parametrize("goes_on", ["continued", "continues", "is continuing", "was continuing", "resumed",
                                     "went on"])  # fmt: skip
@pytest.mark.parametrize("who", ["30 others", "at least 30 people", "30 fishermen", "some 30 migrants"])
def test_the_search_goes_on_for_the_missing(goes_on, who):
    assert kv(f"The search {goes_on} for {who} who had been on the boat.") == [("missing", 30)]


@pytest.mark.parametrize(
    "text", ["Police said the search continues for 3 suspects.", "The search went on for 2 days."]
)
def test_a_search_for_suspects_or_for_days_is_no_figure(text):
    assert kv(text) == []


# --- returnees are no displaced figure; a building's residents are no shelter -------------------------------


@pytest.mark.parametrize("verb", ["identified", "counted", "recorded"])
def test_returnees_beside_displaced_people_are_no_displaced_figure(verb):
    text = f"IOM {verb} 125,802 internally displaced persons and 705,746 returnees across Libya."
    assert kv(text) == [("displaced", 125802)]


@pytest.mark.parametrize("home", ["the building", "the apartment block", "the tower", "each block"])
@pytest.mark.parametrize("verb", ["housed", "houses"])
def test_a_building_housing_its_residents_is_no_shelter(home, verb):
    assert kv(f"Residents said {home} {verb} about 40 people in small rented rooms.") == []


@pytest.mark.parametrize("shelter", ["Schools in the city", "The stadium", "Mosques and churches"])
def test_shelters_housing_people_stay(shelter):
    assert kv(f"{shelter} housed about 4,000 people after the floods.") == [("displaced", 4000)]


# --- Arabic and French: counts joined by a conjunction share the verb ---------------------------------------


@pytest.mark.parametrize(
    "text, kind",
    [
        ("أصيب 7 شرطيين و3 مدنيين في هجوم مسلح.", "injured"),
        ("أصيب 7 من عناصر الشرطة و3 مدنيين في هجوم مسلح.", "injured"),
        ("قتل 7 جنود و3 مدنيين في قصف.", "killed"),
        ("Des hommes armés ont blessé sept policiers et trois civils.", "injured"),
        ("Sept policiers et trois civils ont été blessés dans l'attaque.", "injured"),
        ("L'explosion a tué 7 soldats et 3 civils.", "killed"),
        ("Les gendarmes ont interpellé 7 passeurs et 3 complices.", "arrested"),
    ],
)
def test_coordinated_counts_share_the_verb(text, kind):
    assert kv_lang(text) == sorted([(kind, 7), (kind, 3)])


def test_a_list_of_three_shares_it_too():
    assert kv_lang("Des hommes armés ont tué sept policiers, deux soldats et trois civils.") == [
        ("killed", 2), ("killed", 3), ("killed", 7)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Les ravisseurs ont libéré 5 otages et 3 enfants.", []),  # a release counts nobody
        ("La police a saisi 7 voitures et 3 motos.", []),  # things
        ("Sept policiers ont été blessés et trois civils tués.", [("injured", 7), ("killed", 3)]),
        ("قتل 5 أشخاص وأصيب 3 آخرون.", [("injured", 3), ("killed", 5)]),
    ],
)
def test_counts_with_their_own_verb_or_no_people_keep_theirs(text, figures):
    assert kv_lang(text) == figures


# --- Arabic martyrs, French remains -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("ارتفاع عدد الشهداء إلى 35 ألفا و173 منذ السابع من أكتوبر.", 35173),
        ("ارتفع عدد الشهداء إلى 1200.", 1200),
        ("Les restes de neuf personnes ont été exhumés d'une fosse commune.", 9),
        ("Les dépouilles de 9 migrants ont été rapatriées.", 9),
    ],
)
def test_martyrs_and_remains_are_the_dead(text, value):
    assert kv_lang(text) == [("killed", value)]


@pytest.mark.parametrize(
    "text", ["Quelque 200 habitants sont restés chez eux.", "Ils sont restés 3 jours sans eau."]
)
def test_stayed_is_no_remains(text):
    assert kv_lang(text) == []
