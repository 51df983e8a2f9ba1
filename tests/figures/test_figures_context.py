"""Scope, attribution, location and as-of date of figures, and the seed corpus regression."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.figures import extract_figures
from extractors.figures.dates import as_of
from extractors.figures.gazetteer import location
from extractors.text.seed import parse_seed

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FRIDAY = date(2019, 4, 5)


def one(text: str, published: date | None = None):
    figures = extract_figures(text, published)
    assert len(figures) == 1, figures
    return figures[0]


# --- scope -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, scope",
    [
        ("The conflict has now killed over 500 people.", "cumulative"),
        ("At least 90 civilians have been killed since April.", "cumulative"),
        ("The death toll rose to 45 on Monday.", "cumulative"),
        ("So far 3,000 families have been displaced.", "cumulative"),
        ("21 people were killed in an airstrike on Saturday.", "incident"),
        ("A car bomb killed 7 soldiers at a checkpoint.", "incident"),
        ("Six people were arrested yesterday.", "incident"),
        ("Sixty prisoners are missing.", "unknown"),
    ],
)
def test_scope(text, scope):
    assert one(text).scope == scope


def test_a_superlative_since_is_no_cumulative_cue():
    f = one("The strike killed 14 fighters in the deadliest raid since the truce.")
    assert f.scope == "incident"


# --- attribution -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("The WHO said 56 people had died in the clashes.", "The WHO"),
        ("According to the UN, 120,000 people have fled.", "the UN"),
        (
            "Five fighters were killed, said Ahmed Ali, a spokesman for the LNA.",
            "a spokesman for the LNA",
        ),
        ("Three people died, police and medical sources said.", "police and medical sources"),
        ("Eleven people were hurt, the health ministry said in a statement.", "the health ministry"),
        (
            "At least 40 houses were destroyed, said provincial governor Omar Saleh.",
            "provincial governor Omar Saleh",
        ),
        ("The quake killed 12 people, Reuters reported.", "Reuters"),
        ("Twelve people were killed in the blast.", None),
        ("He said 12 people were killed.", None),
    ],
)
def test_attribution(text, source):
    assert one(text).attribution == source


# --- location --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, place",
    [
        ("Fighting near Tarhouna killed 12 fighters.", "Tarhuna"),
        ("In Misurata, 450 families were sheltered in schools.", "Misrata"),
        ("Shelling in Tarabulus wounded 30 people.", "Tripoli"),
        ("Clashes in Surt left 8 dead.", "Sirte"),
        ("The clashes in al-Zawiya killed 5 people.", "Zawiya"),
        ("Some 2,000 people fled Sebha.", "Sabha"),
        ("The war in Libya has killed 500 people, mostly around Gharian.", "Gharyan"),
        ("Airstrikes on the Libyan capital killed 9 people.", "Tripoli"),
        ("Floods in Bangladesh killed 600 people.", "Bangladesh"),
        ("An earthquake in the Democratic Republic of the Congo killed 30 people.", "DR Congo"),
        ("Twelve people were killed in the attack.", None),
    ],
)
def test_location(text, place):
    assert one(text).location == place


def test_the_country_gives_way_to_the_town():
    assert location("In Libya, 20 people were killed in Ajdabiyah.", 10) == "Ajdabiya"


# --- as-of date ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("21 people were killed in an airstrike on Saturday.", date(2019, 3, 30)),
        ("Nine people died yesterday.", date(2019, 4, 4)),
        ("Fighting last week killed 20 people.", date(2019, 3, 25)),
        ("The siege, which began in early April, has killed 50 people.", None),  # a period start (issue 17)
        ("Since mid-March, 300 people have fled.", None),  # a period start (issue 17)
        ("As of 28 March, 60 people had been killed.", date(2019, 3, 28)),
        ("Three days ago 12 people were arrested.", date(2019, 4, 2)),
        ("On Sept. 7, 2004, 14 militants were killed.", date(2004, 9, 7)),
        ("On 2019-03-30 five people were killed.", date(2019, 3, 30)),
        ("Twelve people were killed.", None),
    ],
)
def test_as_of_resolves_against_the_publication_date(text, expected):
    assert one(text, FRIDAY).as_of == expected


def test_relative_dates_need_a_publication_date():
    assert one("21 people were killed on Saturday.").as_of is None
    assert one("On 4 March 2012, 21 people were killed.").as_of == date(2012, 3, 4)


def test_as_of_prefers_an_explicit_as_of_date():
    text = "Since 1 March, and as of 20 March, 60 people had been killed."
    assert as_of(text, text.index("60"), FRIDAY) == date(2019, 3, 20)


def test_may_the_verb_is_no_month():
    assert one("Up to 40 people may have died.", FRIDAY).as_of is None


# --- the seed corpus -------------------------------------------------------------------------------


def _seed_figures(name: str):
    doc = parse_seed(Path(name).stem, (SEEDS / name).read_text(encoding="utf-8"))
    published = doc.published_at.date() if doc.published_at else None
    return extract_figures(doc.text, published), doc.text


def test_seed_000_toll_and_displacement():
    figures, text = _seed_figures("000_c5e94d6caf5d1f55.txt")
    by_kind = {f.kind: f for f in figures}
    killed, displaced = by_kind["killed"], by_kind["displaced"]
    assert (killed.value, killed.qualifier, killed.scope) == (500, "more_than", "cumulative")
    assert (displaced.value, displaced.unit, displaced.term) == (75_000, "people", "forced to flee")
    assert text[displaced.start : displaced.end] == "75,000"
    assert "out of their homes" in displaced.sentence
    assert killed.location == "Tripoli"


def test_seed_004_at_least_21_killed():
    figures, _ = _seed_figures("004_5f771e6c34acb0d5.txt")
    assert [(f.kind, f.value, f.qualifier) for f in figures] == [("killed", 21, "at_least")]
    assert figures[0].scope == "cumulative"
