"""Near misses from the review of the day's families (issue 13), each fixed as a family with variants, and
the figures of the same construction that must stay.

- Things given to people a trigger describes: "delivered 5,000 blankets to displaced families" counts
  blankets, not displaced people.
- A breakdown after an object count: "arrested three men, two Italians and a Canadian, in the raid" is one
  figure, the three, whose parts the aside names.
- A plan or an intention before the trigger verb: "plans to evacuate 500 refugees" is no event yet.
- Nouns with an agent-like ending that count things: "-ments" ("documents", "instruments"), "tents",
  "events".
"""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


# --- things given to people a trigger describes --------------------------------------------------------

THINGS = [
    "blankets",
    "mattresses",
    "food parcels",
    "hygiene kits",
    "tents",
    "meals",
    "water tanks",
    "cash grants",
]
GIVE = ["delivered", "distributed", "handed out", "gave", "sent", "has delivered", "were distributing"]


@pytest.mark.parametrize("things", THINGS)
@pytest.mark.parametrize("verb", GIVE)
@pytest.mark.parametrize(
    "people",
    [
        "to displaced families",
        "to the displaced families",
        "to internally displaced people",
        "for displaced families",
        "among displaced households",
        "to families displaced by the floods",
        "to people displaced by the fighting",
        "to injured people",
        "to the wounded",
        "to families of the missing",
    ],
)
def test_things_given_to_people_are_no_figure(things, verb, people):
    assert kv(f"Aid workers {verb} 5,000 {things} {people} in Derna.") == []


@pytest.mark.parametrize("verb", GIVE)
@pytest.mark.parametrize("things", ["blankets", "food parcels", "tents"])
def test_the_people_given_to_keep_their_figure(verb, things):
    assert kv(f"Aid workers {verb} {things} to 5,000 displaced families in Derna.") == [("displaced", 5000)]
    assert kv(f"Aid workers {verb} 300 {things} to 1,200 people displaced by the floods.") == [
        ("displaced", 1200)
    ]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("5,000 homes in the area were destroyed.", [("displaced", 5000)]),
        ("12 members of the family were killed.", [("killed", 12)]),
        ("The bodies of 20 migrants were recovered.", [("killed", 20)]),
        ("About 300 families in the camp were displaced again.", [("displaced", 300)]),
        ("Some 2,000 people from the town fled to the hills.", [("displaced", 2000)]),
        ("40 workers at the factory were abducted.", [("kidnapped", 40)]),
    ],
)
def test_a_count_with_a_phrase_before_its_own_trigger_stays(text, figures):
    assert kv(text) == figures


# --- a breakdown aside after an object count --------------------------------------------------------------


@pytest.mark.parametrize("verb", ["arrested", "detained", "have arrested", "rounded up"])
@pytest.mark.parametrize(
    "count, parts",
    [
        ("three men", "two Italians and a Canadian"),
        ("five people", "three Tunisians and two Egyptians"),
        ("four suspects", "two women and two minors"),
        ("12 migrants", "eight Sudanese and four Chadians"),
    ],
)
@pytest.mark.parametrize("tail", ["in the raid", "on Monday", "near the border, police said"])
def test_a_breakdown_after_an_object_count_is_no_figure_of_its_own(verb, count, parts, tail):
    n = {"three": 3, "five": 5, "four": 4, "12": 12}[count.split()[0]]
    assert kv(f"Police {verb} {count}, {parts}, {tail}.") == [("arrested", n)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a list of figures, not a breakdown: the parts do not add up to the first count
        ("Police arrested 12 men, two women and a child in the raid.", [("arrested", 2), ("arrested", 12)]),
        (
            "The strike killed 12 soldiers, 4 policemen and 3 civilians, officials said.",
            [("killed", 3), ("killed", 4), ("killed", 12)],
        ),
    ],
)
def test_a_list_of_figures_after_an_object_count_stays(text, figures):
    assert kv(text) == figures


# --- a plan before the trigger verb -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "plan",
    [
        "plans to",
        "planned to",
        "is planning to",
        "intends to",
        "aims to",
        "is preparing to",
        "prepares to",
        "is expected to",
        "is set to",
        "hopes to",
        "wants to",
        "proposed to",
        "pledged to",
        "promised to",
    ],
)
@pytest.mark.parametrize("verb", ["evacuate", "relocate", "resettle"])
@pytest.mark.parametrize("who", ["500 migrants", "some 500 residents", "about 500 people"])
def test_a_plan_to_move_people_is_no_displacement_yet(plan, verb, who):
    assert kv(f"The government {plan} {verb} {who} next week.") == []


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Gunmen threatened to kill 3 hostages unless a ransom was paid.", [("kidnapped", 3)]),
        ("The kidnappers plan to kill 4 hostages, a video said.", [("kidnapped", 4)]),
        ("The government evacuated 500 refugees last week.", [("displaced", 500)]),
        ("The army has begun to evacuate 500 residents.", [("displaced", 500)]),
        # refugees are displaced people whatever is planned for them (the noun is the figure)
        ("The government plans to evacuate 500 refugees next week.", [("displaced", 500)]),
    ],
)
def test_events_and_hostages_stay(text, figures):
    assert kv(text) == figures


# --- nouns with an agent-like ending that count things --------------------------------------------------


@pytest.mark.parametrize(
    "things",
    ["documents", "instruments", "shipments", "tents", "events", "accidents", "consignments", "apartments"],
)
@pytest.mark.parametrize("verb", ["seized", "captured", "confiscated and seized"])
def test_seized_things_are_no_arrests(things, verb):
    assert kv(f"Police {verb} 40 {things} from the office.") == []


@pytest.mark.parametrize("people", ["residents", "students", "migrants", "agents", "opponents", "dependents"])
def test_people_with_the_same_endings_stay(people):
    assert kv(f"Police seized 40 {people} in the raid.") == [("arrested", 40)]
