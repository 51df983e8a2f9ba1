"""Two review findings fixed at the mechanism, each tested as a family of generated sentences.

- People who leave a place without being displaced (pilgrims, students, passengers, protesters ...) are
  still displaced when evacuated, relocated or sheltered, and still victims when held or searched for:
  one set (lexicon.LEAVERS) read only by the displacement check, no longer by the captivity and search rules.
- "held over / held after" is an arrest only for its subject: a number in a prepositional phrase of the
  subject ("vigils attended by 300 people were held after the shooting") is the event's, not a detainee.
"""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures
from extractors.figures.lexicon import LEAVERS


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


@pytest.mark.parametrize("head", sorted(LEAVERS))
@pytest.mark.parametrize("number, value", [("20", 20), ("twenty", 20), ("1,200", 1200)])
def test_leavers_are_victims_when_held_searched_for_or_evacuated(head, number, value):
    assert kv(f"In the kidnapping, {number} {head} are still held.") == [("kidnapped", value)]
    assert kv(f"Rescuers were searching for {number} {head}.") == [("missing", value)]
    assert kv(f"Some {number} {head} were evacuated to shelters.") == [("displaced", value)]
    assert kv(f"Officials relocated {number} {head} to a school.") == [("displaced", value)]


@pytest.mark.parametrize("head", sorted(LEAVERS))
@pytest.mark.parametrize("verb", ["left the city", "fled the square", "went home"])
def test_leavers_who_leave_are_not_displaced(head, verb):
    assert kv(f"About 200 {head} {verb} on Friday.") == []


@pytest.mark.parametrize("event", ["Vigils", "Meetings", "Prayers", "Funerals", "Talks"])
@pytest.mark.parametrize("link", ["attended by", "with", "for"])
@pytest.mark.parametrize("held", ["were held after the shooting", "were held over the weekend"])
def test_an_event_held_with_people_arrests_nobody(event, link, held):
    assert kv(f"{event} {link} 300 people {held}.") == []


@pytest.mark.parametrize("head", ["men", "suspects", "people", "youths"])
@pytest.mark.parametrize(
    "held", ["were held over the killing", "were held after the raid", "are being held over the attack"]
)
def test_people_held_over_an_event_are_arrested(head, held):
    assert kv(f"Police said 12 {head} {held}.") == [("arrested", 12)]
