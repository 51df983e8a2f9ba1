"""Displacement and missing families found by the tuning half of blind batch 29 and older tuning misses
(evaluation/BLIND.md), each tested with variants written for it and near misses that must give no figure.

- leave a place: "had left the earthquake zone", "left by road and air", "have left Rafah" (a named place
  after a residents' noun), "19,000 of the city's 20,000 residents leaving" (the part, not the whole);
- cross (the border, lake, river) into a country: refugees;
- set fire to, torch, bulldoze homes: destroyed housing (households);
- vanish, forcibly disappeared, the disappearance of N: missing.
"""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


NUMBERS = [("1,970", 1970), ("19,000", 19000), ("1.6 million", 1600000), ("nineteen thousand", 19000)]


# --- leave a place ----------------------------------------------------------------------------------


@pytest.mark.parametrize("num,value", NUMBERS)
@pytest.mark.parametrize("verb", ["had left", "have already left", "left", "abandoned", "have deserted"])
@pytest.mark.parametrize(
    "place", ["the earthquake zone", "the besieged enclave", "the region", "the coastal province"]
)
def test_leaving_a_place_is_displacement(num, value, verb, place):
    assert kv(f"An estimated {num} people {verb} {place} for other provinces, officials said.") == [
        ("displaced", value)
    ]


@pytest.mark.parametrize("num,value", NUMBERS)
@pytest.mark.parametrize("who", ["", "residents ", "people "])
@pytest.mark.parametrize("means", ["by road and air", "by sea", "by boat", "on foot"])
def test_leaving_by_road_air_or_sea_is_displacement(num, value, who, means):
    text = f"As the wildfire advanced, more than {num} {who}had already left {means}."
    assert kv(text) == [("displaced", value)]


@pytest.mark.parametrize("num,value", NUMBERS[:3])
@pytest.mark.parametrize("who", ["people", "residents", "civilians", "villagers", "inhabitants"])
@pytest.mark.parametrize("verb", ["have left", "left", "had already left", "have  abandoned"])
@pytest.mark.parametrize("place", ["Rafah", "Yellowknife", "Tawergha", "Nova Kakhovka"])
@pytest.mark.parametrize("tail", [" since the assault began", ", UNRWA said", "", " in the past week"])
def test_leaving_a_named_place_is_displacement(num, value, who, verb, place, tail):
    assert kv(f"About {num} {who} {verb} {place}{tail}.") == [("displaced", value)]


def test_families_leaving_a_named_place_count_households():
    (f,) = extract_figures("Some 1,800 families have left Kadugli since the shelling began.")
    assert (f.kind, f.value, f.unit) == ("displaced", 1800, "households")


@pytest.mark.parametrize(
    "text",
    [
        "5 people left the meeting early.",
        "The train left with 300 passengers on board.",
        "2,000 tourists left the island after their holiday.",
        "2,000 tourists left Mykonos after their holiday.",
        "300 people left the stadium before the final whistle.",
        "300 trucks left the city on Monday.",
        "About 1,200 families left Rafah to return home to Khan Younis.",
        "1,200 families have returned to Rafah.",
        "Some 400 pilgrims left Mecca on Sunday.",
        "Three soldiers left Tripoli on Monday.",
        "The 1,500 residents of the island left the ferry at noon.",
        "2,000 workers left the factory at the end of the shift.",
    ],
)
def test_leaving_that_is_no_displacement(text):
    assert kv(text) == []


@pytest.mark.parametrize("who", ["residents", "people", "inhabitants"])
@pytest.mark.parametrize("verb", ["leaving by road and air", "leaving by road", "abandoning the city"])
def test_the_part_that_left_not_the_whole_population(who, verb):
    text = f"Wildfires prompted the evacuation of Yellowknife, with about 19,000 of the city's 20,000 {who} {verb}."
    assert kv(text) == [("displaced", 19000)]


def test_a_whole_with_a_past_participle_still_counts():
    assert kv("One of the 3 climbers killed in the avalanche was British.") == [("killed", 3)]


# --- cross into a country ---------------------------------------------------------------------------


@pytest.mark.parametrize("num,value", NUMBERS)
@pytest.mark.parametrize("who", ["villagers", "civilians", "people", "others", "families"])
@pytest.mark.parametrize(
    "verb",
    [
        "have crossed into",
        "crossed the border into",
        "have crossed the lake into",
        "are crossing into",
        "crossed over into",
        "crossed  the river into",
    ],
)
def test_crossing_into_a_country_is_displacement(num, value, who, verb):
    assert kv(f"Some {num} {who} {verb} Chad after militia raids on their homes.") == [("displaced", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Some 5,000 tonnes of exports crossed into Uganda.",
        "300 trucks crossed into Uganda with aid.",
        "Some 2,000 tourists crossed into Canada for the festival.",
        "Three soldiers crossed into Lebanon overnight.",
        "Some 200 migrants crossed into Spain on Sunday.",
        "The convoy of 40 vehicles crossed into Syria.",
    ],
)
def test_crossing_that_is_no_displacement(text):
    assert kv(text) == []


# --- set fire to homes ------------------------------------------------------------------------------


@pytest.mark.parametrize("num,value", [("87", 87), ("1,970", 1970), ("forty", 40)])
@pytest.mark.parametrize("verb", ["torched", "set fire to", "set ablaze", "bulldozed", "have torched"])
@pytest.mark.parametrize("homes", ["houses", "homes", "huts"])
def test_setting_fire_to_homes_is_destroyed_housing(num, value, verb, homes):
    (f,) = extract_figures(f"Gunmen {verb} {num} {homes} in Kadia village overnight, a councillor said.")
    assert (f.kind, f.value, f.unit) == ("displaced", value, "households")


@pytest.mark.parametrize("verb", ["were torched", "were set ablaze", "were set alight", "were bulldozed"])
def test_homes_set_on_fire_passive(verb):
    assert kv(f"At least 87 houses {verb} in the raid.") == [("displaced", 87)]


@pytest.mark.parametrize(
    "text",
    [
        "Rioters torched 12 cars in the city centre.",
        "Protesters set fire to 3 vehicles.",
        "Militants torched 5 buildings and a police station.",
        "15 shops were set ablaze during the riots.",
    ],
)
def test_setting_fire_to_things_is_no_figure(text):
    assert kv(text) == []


# --- vanish, disappearance --------------------------------------------------------------------------


@pytest.mark.parametrize("num,value", [("11", 11), ("eleven", 11), ("1,970", 1970)])
@pytest.mark.parametrize(
    "phrase",
    [
        "{n} men who vanished after the protest",
        "{n} men vanished after the protest",
        "{n} activists were forcibly disappeared after the protest",
        "the enforced disappearance of at least {n} people after the protest",
        "the disappearances of {n} journalists after the protest",
    ],
)
def test_vanishing_is_missing(num, value, phrase):
    assert kv("Rights groups documented " + phrase.format(n=num) + ".") == [("missing", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 jobs vanished when the factory closed.",
        "About $5 million vanished from the account.",
        "The disappearance of 3 ships was a mystery.",
        "Some 40 species have vanished from the valley.",
    ],
)
def test_vanishing_things_is_no_figure(text):
    assert kv(text) == []


# --- an appositive count before the verb group ------------------------------------------------------


@pytest.mark.parametrize("num,value", [("30,000", 30000), ("thirty thousand", 30000), ("1,970", 1970)])
@pytest.mark.parametrize(
    "verb", ["has fled or been driven out", "have fled", "had been displaced", "were evacuated"]
)
@pytest.mark.parametrize("whole", ["The entire population of Tawergha", "Residents of 12 villages"])
def test_an_appositive_count_takes_the_verb_group(num, value, verb, whole):
    assert kv(f"{whole}, some {num} people, {verb}, Human Rights Watch said.") == [("displaced", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Derna, a city of 100,000 people, has been devastated by the flood.",
        "The town, home to 30,000 people, had been shelled for weeks.",
    ],
)
def test_an_appositive_count_without_a_trigger_is_no_figure(text):
    assert kv(text) == []


def test_the_parts_of_a_listed_apposition_are_no_figure():
    text = (
        "Japan said three of its nationals, two aid workers and a journalist, had been taken captive in Iraq."
    )
    assert [v for _, v in kv(text) if v == 2] == []  # (the 3 is a kidnapping miss of its own, stress-1679)


# --- a count of administrative units is places, not people -------------------------------------------


@pytest.mark.parametrize("units", ["barangays", "communes", "wards", "kebeles", "townships", "prefectures"])
@pytest.mark.parametrize("prep", ["in", "from"])
@pytest.mark.parametrize("verb", ["were displaced", "were evacuated", "are staying in evacuation centres"])
def test_a_count_of_places_is_no_head_count(units, prep, verb):
    assert kv(f"Some 19,684 people {prep} 26 {units} {verb}.") == [("displaced", 19684)]


@pytest.mark.parametrize("units", ["barangays", "communes", "wards"])
def test_places_evacuated_are_no_figure(units):
    assert kv(f"Authorities said 26 {units} were evacuated.") == []


# --- households with a participial phrase before the verb group --------------------------------------


@pytest.mark.parametrize("num,value", [("1,800", 1800), ("eighteen hundred", 1800), ("1 800", 1800)])
@pytest.mark.parametrize("who", ["households", "families"])
@pytest.mark.parametrize(
    "rest",
    [
        "arriving in Bor town and sheltering with host communities",
        "arrived in Bor town and are sheltering with host communities",
        "arriving in Bor town are sheltering with host communities",
        "arriving  in Bor town are staying with relatives",
    ],
)
def test_households_with_a_participle_take_the_verb_group(num, value, who, rest):
    figures = extract_figures(f"Clashes in Jonglei have displaced thousands, with {num} {who} {rest}.")
    assert [(f.kind, f.value, f.unit) for f in figures if f.value == value] == [
        ("displaced", value, "households")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Some 1,800 households living in Bor town were surveyed by the agency.",
        "Some 1,800 households arriving in Bor town received food aid.",
        "About 300 families attending the festival were counted by the organisers.",
    ],
)
def test_households_with_a_participle_and_no_displacement(text):
    assert kv(text) == []


# --- outside evacuation centres (IDMC's second group of the sheltered) -------------------------------


@pytest.mark.parametrize("num,value", [("285,000", 285000), ("2,850", 2850), ("ninety", 90)])
@pytest.mark.parametrize("who", ["persons", "people", "individuals"])
@pytest.mark.parametrize(
    "where",
    ["outside evacuation centres", "outside  evacuation centers", "are staying outside the evacuation sites"],
)
def test_outside_evacuation_centres_is_shelter(num, value, who, where):
    text = f"Storm Washi: 43,000 persons in 56 evacuation centres; {num} {who} {where} (with relatives)."
    assert kv(text) == sorted([("displaced", 43000), ("displaced", value)])


@pytest.mark.parametrize(
    "text",
    [
        "About 300 people gathered outside evacuation centres to demand food.",
        "Some 300 people protested outside the evacuation centre on Monday.",
        "Police deployed 40 officers outside evacuation centres.",
    ],
)
def test_people_outside_a_centre_for_something_else(text):
    assert kv(text) == []


# --- a refugee or IDP count named by "numbers", "population", "caseload" -----------------------------


@pytest.mark.parametrize(
    "num,value", [("40,000", 40000), ("2.1 million", 2100000), ("forty thousand", 40000)]
)
@pytest.mark.parametrize("who", ["Sudanese refugee", "refugee", "IDP", "the IDP", "the refugee"])
@pytest.mark.parametrize("count", ["numbers", "population", "caseload"])
@pytest.mark.parametrize("verb", ["rose to", "has reached", "stands at", "climbed  to"])
def test_refugee_numbers_are_a_toll(num, value, who, count, verb):
    assert kv(f"{who} {count} {verb} {num}, UNHCR says.".capitalize()) == [("displaced", value)]


@pytest.mark.parametrize(
    "text",
    [
        "The number of refugee camps rose to 12.",
        "The number of IDP sites rose to 361 this year.",
        "The refugee agency's budget rose to 40,000 dollars.",
        "Refugee camp numbers 12 and 14 were flooded.",
    ],
)
def test_refugee_things_are_no_toll(text):
    assert kv(text) == []


# --- a part larger than the figure before it, of another kind, is no part of it ----------------------


@pytest.mark.parametrize("rel", ["of which", "of whom", "among them"])
@pytest.mark.parametrize(
    "verb", ["are hosted in schools", "are staying with host families", "were evacuated"]
)
def test_a_larger_part_of_another_kind_is_its_own_figure(rel, verb):
    text = f"The floods have caused 12 deaths and 5,871 victims (sinistrés) in Niamey, {rel} 2,140 {verb}."
    assert ("displaced", 2140) in kv(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting displaced 6,300 people; of them, 4,100 found refuge with host families.",
        "Floods displaced 300 families, of whom 1,200 people are staying in schools.",
        "The blast killed 12 people, including 5 children.",
        "The storm killed 40 people, among them 12 who were evacuated too late.",
    ],
)
def test_a_part_of_the_same_kind_or_smaller_is_no_figure_of_its_own(text):
    values = [v for _, v in kv(text)]
    assert not {4100, 1200, 5} & set(values) and len(values) == 1


# --- a relative clause on the people's homes before the main verb group ------------------------------


@pytest.mark.parametrize("num,value", [("86", 86), ("eighty-six", 86), ("1,970", 1970)])
@pytest.mark.parametrize("who", ["families", "people", "households"])
@pytest.mark.parametrize(
    "homes",
    ["whose houses were damaged by the tremor", "whose homes were flooded", "whose homes had been cracked"],
)
@pytest.mark.parametrize(
    "verb",
    ["are temporarily staying with relatives", "have been evacuated", "remain in evacuation centres"],
)
def test_whose_homes_clause_then_the_main_verb(num, value, who, homes, verb):
    assert kv(f"A total of {num} {who} {homes} {verb}, officials said.") == [("displaced", value)]


@pytest.mark.parametrize(
    "text",
    [
        "A total of 300 people whose homes were damaged received food aid.",
        "About 300 people whose relatives were killed are staying in the city.",
        "About 300 families whose homes were damaged have returned to them.",
        "Some 300 people whose homes were flooded are expected to be evacuated next week.",
    ],
)
def test_whose_homes_clause_without_displacement(text):
    assert kv(text) == []


# --- a measure inside the prepositional phrase on the noun --------------------------------------------


@pytest.mark.parametrize("measure", ["6-km", "20-mile", "5-kilometre", "30-km", "500-metre"])
@pytest.mark.parametrize("prep", ["inside the", "from the", "living within the"])
@pytest.mark.parametrize("verb", ["were evacuated", "are in evacuation centers", "have fled"])
def test_a_measure_in_the_phrase_on_the_noun(measure, prep, verb):
    assert kv(f"Some 19,684 people {prep} {measure} danger zone {verb}.") == [("displaced", 19684)]


@pytest.mark.parametrize(
    "text",
    [
        "Some 19,684 people inside the 6-km danger zone received masks.",
        "The 6-km danger zone around the volcano was widened to 8 km.",
        "About 300 people in Sirte - 12 killed in the clashes.",
    ],
)
def test_a_measure_and_no_displacement(text):
    assert ("displaced", 19684) not in kv(text) and ("displaced", 300) not in kv(text)


# --- the destroyed part of a count of homes -----------------------------------------------------------


@pytest.mark.parametrize("homes", ["houses", "homes", "dwellings", "shelters"])
@pytest.mark.parametrize(
    "part",
    [
        "{n} of which were totally destroyed",
        "of which {n} were completely destroyed",
        "{n} of them  washed away",
    ],
)
@pytest.mark.parametrize("num,value", [("120", 120), ("one hundred and twenty", 120), ("1,970", 1970)])
def test_the_destroyed_part_of_a_count_of_homes(homes, part, num, value):
    text = f"In total, 6,800 {homes} were damaged, {part.format(n=num)}."
    (f,) = extract_figures(text)
    assert (f.kind, f.value, f.unit) == ("displaced", value, "households")


@pytest.mark.parametrize(
    "text",
    [
        "In total, 680 houses were damaged and 120 cars were destroyed.",
        "In total, 680 houses were damaged; 120 shops were destroyed.",
        "In total, 680 vehicles were damaged, 120 of which were destroyed.",
        "In total, 680 people were affected, 120 of whom lost their livestock.",
    ],
)
def test_a_destroyed_part_of_something_else(text):
    assert kv(text) == []


# --- a labelled household count restated in people: the people ---------------------------------------


@pytest.mark.parametrize(
    "hh_label", ["Households displaced: ", "Families displaced: ", "Displaced households - "]
)
@pytest.mark.parametrize(
    "pp_label", ["Individuals displaced: ", "People displaced: ", "Displaced persons - "]
)
@pytest.mark.parametrize("sep", [". ", ".\n", ".  "])
@pytest.mark.parametrize("order", ["households first", "people first"])
def test_a_labelled_household_count_restated_in_people(hh_label, pp_label, sep, order):
    hh, pp = f"{hh_label}2,340", f"{pp_label}11,870"
    rows = [hh, pp] if order == "households first" else [pp, hh]
    text = (
        "Afar region, rapid assessment, 3 February. "
        + sep.join(rows)
        + f"{sep}Shelters partially damaged: 610."
    )
    assert kv(text) == [("displaced", 11870)]


@pytest.mark.parametrize(
    "text,want",
    [  # destroyed homes stay; another kind is no restatement; a people count of another size is another group
        (
            "Houses destroyed: 3,250. People in relief camps: 4,980.",
            [("displaced", 3250), ("displaced", 4980)],
        ),
        ("Households displaced: 487; persons injured: 1,900.", [("displaced", 487), ("injured", 1900)]),
        (
            "Households displaced: 2,340. Individuals displaced: 98,000.",
            [("displaced", 2340), ("displaced", 98000)],
        ),
        (
            "About 2,340 households were displaced, and 11,870 people were evacuated from the coast.",
            [("displaced", 2340), ("displaced", 11870)],
        ),
    ],
)
def test_no_restatement(text, want):
    assert kv(text) == sorted(want)


# --- arrivals counted in a camp ---------------------------------------------------------------------------


@pytest.mark.parametrize("num,value", [("3,400", 3400), ("three thousand", 3000), ("1,970", 1970)])
@pytest.mark.parametrize("who", ["new arrivals", "arrivals", "new  arrivals"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Displaced families shelter in the Anka IDP camp, where {n} {w} were registered in July.",
        "The transit site registered {n} {w} in July.",
        "The camp has seen {n} {w} since May, UNHCR said.",
    ],
)
def test_arrivals_in_a_camp_are_displaced(num, value, who, sentence):
    assert kv(sentence.format(n=num, w=who)) == [("displaced", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Lampedusa registered 3,400 new arrivals by sea in July.",
        "The airport counted 3,400 new arrivals on Monday.",
        "The resort welcomed 3,400 new arrivals over the holiday weekend.",
    ],
)
def test_arrivals_elsewhere_are_no_figure(text):
    assert kv(text) == []


# --- moved in numbers to a safe place; seeking safety -----------------------------------------------------


@pytest.mark.parametrize("num,value", [("600", 600), ("six hundred", 600), ("1,970", 1970)])
@pytest.mark.parametrize("verb", ["were ferried", "have been airlifted", "were bussed", "were  flown"])
@pytest.mark.parametrize(
    "where", ["to safety", "to higher ground", "to evacuation centres", "out of the flooded town"]
)
def test_moved_in_numbers_to_a_safe_place(num, value, verb, where):
    assert kv(f"At least {num} people {verb} {where}, officials said.") == [("displaced", value)]


@pytest.mark.parametrize(
    "verb", ["have sought safety", "sought safety", "are seeking safety", "found safety"]
)
def test_seeking_safety_is_displacement(verb):
    assert kv(f"Some 5,000 people {verb} in neighbouring villages.") == [("displaced", 5000)]


@pytest.mark.parametrize(
    "text",
    [
        "Some 5,000 investors sought safety in gold.",
        "Rescuers brought 30 miners to safety after the collapse.",
        "The cable car carried 300 tourists to safety.",
        "At least 600 people were taken to hospital.",
        "About 300 fans were bussed to the stadium.",
        "Some 40 officers were flown to the capital.",
    ],
)
def test_moved_without_displacement(text):
    assert ("displaced", 600) not in kv(text) and not [k for k, _ in kv(text) if k == "displaced"]
