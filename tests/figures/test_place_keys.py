"""Series keys of places: level and ISO 3166 code for every name the gazetteer can return."""

import pytest

from extractors.figures.gazetteer import COUNTRIES, LIBYAN_PLACES
from extractors.figures.place_keys import place_key


@pytest.mark.parametrize("country", sorted(COUNTRIES))
def test_every_gazetteer_country_has_an_iso3_code(country):
    place, level, iso3 = place_key(country)
    assert (place, level) == (country, "country") and len(iso3) == 3 and iso3 != "XXX"


def test_libyan_places_are_towns_or_regions_of_libya():
    for name in LIBYAN_PLACES:
        place, level, iso3 = place_key(name)
        assert iso3 == "LBY" and level in ("town", "region", "country"), name
    assert place_key("Fezzan")[1] == "region" and place_key("Tripoli")[1] == "town"
    assert place_key("Libya") == ("Libya", "country", "LBY")


def test_no_place_is_the_unspecified_series():
    assert place_key(None) == ("(unspecified)", "unspecified", "XXX")
    assert {place_key(c)[2] for c in ("Russia", "Turkey", "DR Congo", "Cote d'Ivoire")} == {
        "RUS",
        "TUR",
        "COD",
        "CIV",
    }
