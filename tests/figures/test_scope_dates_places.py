"""Scope, period start and place, tested with families of variants (issue 17), not single sentences."""

from datetime import date
from itertools import product

import pytest

from extractors.figures import extract_figures

PUBLISHED = date(2019, 7, 5)  # a Friday

SUBJECTS = ("Clashes near Tripoli", "The fighting in Tripoli", "Weeks of shelling around Tripoli", "The war")
PERFECTS = ("have killed", "has killed", "have now killed", "have so far killed", "has left")
AMOUNTS = ("over 500", "at least 500", "more than 500", "500")


def figures(text: str, published: date | None = PUBLISHED):
    return extract_figures(text, published)


@pytest.mark.parametrize(
    "subject, verb, amount", [(s, v, a) for s, v, a in product(SUBJECTS, PERFECTS, AMOUNTS)]
)
def test_present_perfect_totals_are_cumulative(subject, verb, amount):
    verb = verb.replace("have", "has") if subject.startswith(("The ", "Weeks")) and "have" in verb else verb
    text = f"{subject} {verb} {amount} people{' dead' if 'left' in verb else ''}, the WHO said."
    found = [f for f in figures(text) if f.value == 500]
    assert found and all(f.scope == "cumulative" for f in found), text


TOLLS = (
    "The death toll rose to {n}.",
    "The toll has risen to {n}, officials said.",
    "The death toll climbed to {n} on Monday.",
    "The number of people killed reached {n} on Thursday, bringing the toll to {n}.",
    "So far, {n} people have been killed.",
    "A total of {n} people have been killed since April.",
)


@pytest.mark.parametrize("template, n", list(product(TOLLS, ("45", "1,200", "forty-five"))))
def test_toll_constructions_are_cumulative(template, n):
    text = template.format(n=n)
    found = figures(text)
    assert found and all(f.scope == "cumulative" for f in found), text


EVENTS = ("in a car bomb", "in an airstrike", "in a suicide attack", "in a roadside bombing", "in an ambush")
DAYS = ("on Tuesday", "on Saturday", "yesterday", "overnight")


@pytest.mark.parametrize("event, day", list(product(EVENTS, DAYS)))
def test_dated_single_events_are_incidents(event, day):
    for text in (
        f"Three people were killed {event} in Benghazi {day}.",
        f"Three people were killed {event} in the city {day}, as the death toll from the unrest rose.",
        f"{day.capitalize()}, three people were killed {event}, police said.",
        f"An airstrike has killed three people {day}.",
    ):
        found = [f for f in figures(text) if f.value == 3]
        assert found and all(f.scope == "incident" for f in found), text


def test_a_toll_after_an_incident_is_cumulative_and_the_incident_is_not():
    for event, day in product(EVENTS, DAYS):
        text = f"Three people were killed {event} {day}, bringing the death toll this month to 40."
        scopes = {f.value: f.scope for f in figures(text)}
        assert scopes == {3: "incident", 40: "cumulative"}, text


PERIODS = {
    "since April": date(2019, 4, 1),
    "since early April": date(2019, 4, 1),
    "since mid-April": date(2019, 4, 15),
    "since 4 April": date(2019, 4, 4),
    "since April 4": date(2019, 4, 4),
    "since the assault began in April": date(2019, 4, 1),
    "since the offensive on Tripoli began in early April": date(2019, 4, 1),
    "since the start of the offensive on 4 April": date(2019, 4, 4),
}


@pytest.mark.parametrize("phrase", PERIODS)
@pytest.mark.parametrize(
    "template",
    (
        "At least 3,547 people have been wounded {p}, the WHO said.",
        "Fighting has killed 653 people {p}.",
        "{P}, 120,000 people have fled their homes.",
    ),
)
def test_a_period_start_is_never_the_as_of_date(template, phrase):
    text = template.format(p=phrase, P=phrase[0].upper() + phrase[1:])
    found = figures(text)
    assert found, text
    for f in found:
        assert f.period_start == PERIODS[phrase], text
        assert f.as_of is None, text  # the figure is valid at publication, not at the period's start


def test_an_explicit_date_with_a_period_start_keeps_both():
    for phrase, start in PERIODS.items():
        text = f"As of 30 June, 653 people had been killed {phrase}."
        (f,) = figures(text)
        assert (f.as_of, f.period_start) == (date(2019, 6, 30), start), text
        assert f.as_of >= f.period_start


def test_a_superlative_since_is_no_period_start():
    for text in (
        "The strike killed 14 fighters in the deadliest raid since 2014.",
        "It was the worst attack since April, killing 14 people.",
    ):
        assert all(f.period_start is None for f in figures(text)), text


PLACES = ("Tripoli", "Misrata", "Sirte", "Benghazi")


@pytest.mark.parametrize("place", PLACES)
def test_figures_of_one_sentence_share_its_place(place):
    for text in (
        f"Clashes near {place} have killed 653 people and wounded 3,547 since April.",
        f"At least 653 people were killed and 3,547 wounded in {place}, the WHO said.",
        f"The fighting for {place} has killed 653 people, wounded 3,547 and displaced 120,000.",
        f"In {place}, 653 people have been killed and 3,547 wounded, according to the UN.",
        f"{place.upper()} (Reuters) - Fighting has killed 653 people and at least 3,547 people have been wounded.",
    ):
        found = figures(text)
        assert len(found) >= 2, text
        assert {f.location for f in found} == {place}, text


@pytest.mark.parametrize("first, second", [(a, b) for a, b in product(PLACES, PLACES) if a != b])
def test_a_sentence_naming_two_places_keeps_them_apart(first, second):
    text = f"Twelve people were killed in {first} and 30 were wounded in {second} on Monday."
    places = {f.kind: f.location for f in figures(text)}
    assert places == {"killed": first, "injured": second}, text


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_a_day_that_dates_the_statement_keeps_a_total_cumulative(subject, day):
    verb = "has" if subject.startswith(("The ", "Weeks")) else "have"
    for text in (
        f"{subject} {verb} now killed 653 people, the health ministry said {day}.",
        f"{subject} {verb} killed 653 people, officials told reporters {day}, as shelling continued overnight.",
        f"Death toll climbs\n{subject} {verb} now killed 653 people, the ministry said {day}.",  # a title above
    ):
        found = [f for f in figures(text) if f.value == 653]
        assert found and all(f.scope == "cumulative" for f in found), text
