"""Families of departure, loss of home and disappearance, written once as lemma x role x complement.

- leave + the (modifier) place: "1.6 million had left the earthquake zone", "have left the besieged enclave";
- leave + by road, air, sea: "more than 15,000 had already left by road and air";
- cross (the border, lake, river) into: "8,000 villagers have crossed into Chad" (refugees);
- leave + a named place after a residents' noun: "About 800,000 people have left Rafah" (`left_named`);
- set fire to homes: "gunmen torched 87 houses", "set ablaze 40 homes" (destroyed housing);
- outside evacuation centres: "285,000 persons outside evacuation centres" (sheltered, IDMC's term);
- vanish, disappearance of: "11 men who vanished", "the enforced disappearance of 62 people" (missing).

The words of these families; lexicon.py turns FAMILIES into triggers and STEMS into pre-filter stems; the
rules that need more than a phrase are in extractors/figures/departures.py.
"""

from __future__ import annotations

from extractors.figures.inflections import VERBS
from extractors.figures.roles import DWELL as _DWELL
from extractors.figures.roles import GAP as _GAP
from extractors.figures.roles import POST as _POST
from extractors.figures.roles import PRE as _PRE
from extractors.figures.roles import TRANS as _TRANS  # noqa: F401  (the flags a family may take)


def _forms(*lemmas: str) -> list[str]:
    """Every form of the verbs `lemmas` in the generated inflections table, sorted."""
    return sorted({w for lemma in lemmas for words in VERBS[lemma].values() for w in words})


LEAVE = _forms("leave", "abandon", "vacate", "desert")
# Places people leave when they flee (not "the meeting", "the stadium", "the party").
PLACES = ("zone", "zones", "region", "regions", "province", "provinces", "country", "capital", "island")
PLACES += ("islands", "enclave", "valley", "coast", "state", "county", "municipality", "settlement")
PLACES += ("villages", "towns", "cities", "areas", "strip", "governorate", "outskirts", "suburbs", "camps")
MEANS = ("by road", "by air", "by sea", "by boat", "by boats", "by ferry", "on foot")
CROSS = _forms("cross")
BARRIERS = ("border", "frontier", "river", "lake", "sea", "mountains", "desert", "bridge", "line", "channel")
FIRE = ("torched", "torching", "set ablaze", "set alight", "set fire to", "setting fire to", "burnt out")
FIRE += ("burned out", "bulldozed", "bulldozing")
VANISH = _forms("vanish")
# Moved in numbers to a safe place: "were ferried to safety", "bussed to evacuation centres", "airlifted out of
# the flooded town" (not "taken, brought to safety": a rescue of the trapped); "sought safety in the villages".
CARRIED = ("ferried", "bussed", "bused", "trucked", "airlifted", "flown")
SAFE_PLACES = (
    "safety",
    "safer areas",
    "safe areas",
    "higher ground",
    "evacuation centres",
    "evacuation centers",
)
SAFE_PLACES += (
    "relief camps",
    "temporary shelters",
    "emergency shelters",
    "camps",
    "a safer place",
    "safe places",
)
_TOWNS = ("town", "city", "village", "area", "district", "neighbourhood", "neighborhood")
SAFETY = ("safety", "safe haven", "a safe haven")
# IDMC's second group of the sheltered: "285,000 persons outside evacuation centres (staying with relatives)"
OUTSIDE = [f"evacuation {c}" for c in ("centres", "centers", "sites", "camps", "shelters")]

FAMILIES: list[tuple[str, str | None, int, list[str]]] = [
    ("displaced", "forced to flee", _POST, [f"{v} the {_GAP} {p}" for v in LEAVE for p in PLACES]),
    ("displaced", "forced to flee", _POST, [f"{v} {m}" for v in LEAVE for m in MEANS]),
    ("displaced", "refugees", _POST, [f"{v} {o}into" for v in CROSS for o in ("", "over ")]),
    ("displaced", "refugees", _POST, [f"{v} the {_GAP} {b} into" for v in CROSS for b in BARRIERS]),
    ("displaced", "destroyed housing", _POST | _PRE | _DWELL, list(FIRE)),
    ("displaced", "sheltered", _POST, [f"outside {_GAP} {c}" for c in OUTSIDE]),
    ("displaced", "relocated", _POST, [f"{v} to {_GAP} {n}" for v in CARRIED for n in SAFE_PLACES]),
    (
        "displaced",
        "relocated",
        _POST,
        [f"{v} out of {_GAP} {p}" for v in CARRIED for p in PLACES + _TOWNS],
    ),
    ("displaced", "sheltered", _POST, [f"{v} {s}" for v in _forms("seek", "find") for s in SAFETY]),
    ("missing", None, _POST, [*VANISH, "forcibly disappeared", "were disappeared", "was disappeared"]),
    ("missing", None, _PRE, ["disappearance of", "disappearances of", "forced disappearance of"]),
]

# Heads of a count that leaves a named place as a whole population does (not "5 users left Facebook").
RESIDENTS = {"people", "persons", "residents", "inhabitants", "villagers", "civilians", "individuals"}
RESIDENTS |= {"families", "households", "others", "townspeople", "idps"}
# Named things people leave as members or users, not places they flee (left_named): "300 people left Twitter",
# "thousands of people have left Facebook", "200 residents left Labour".
NOT_PLACES = {"twitter", "x", "facebook", "instagram", "tiktok", "whatsapp", "telegram", "threads", "bluesky"}
NOT_PLACES |= {"mastodon", "reddit", "youtube", "snapchat", "linkedin", "spotify", "netflix", "google"}
NOT_PLACES |= {"nato", "eu", "opec", "labour", "tories", "conservatives", "democrats", "republicans"}
# What a trip is for (left_named): "500 residents left Paris for the holidays", "for a weekend break".
LEISURE = {"holiday", "holidays", "weekend", "weekends", "vacation", "vacations", "break", "festival"}
LEISURE |= {"festivals", "summer", "christmas", "easter", "eid", "match", "concert", "pilgrimage", "hajj"}
CROSSERS_NOT = {
    "migrants",
    "migrant",
    "smugglers",
    "traders",
    "shoppers",
}  # cross for work or trade, not flight
STEMS = [f"{h} {v}" for h in RESIDENTS for v in LEAVE]
STEMS += ["to safety", "to safer", "to safe", "higher ground", "safe haven", "airlift", *CARRIED]
STEMS += [f"{v} safety" for v in ("sought", "seek", "seeks", "seeking", "found", "find", "finding", "finds")]
STEMS += [f"{a} {v}" for a in ("have", "has", "had", "already", "having") for v in LEAVE]
STEMS += [f"{v} by" for v in LEAVE] + [f"{v} on foot" for v in LEAVE] + [f"{v} into" for v in CROSS]
STEMS += [f"{v} over" for v in CROSS] + [f"{v} the" for v in CROSS] + ["vanish", "disappearance"]
STEMS += [
    "torch",
    "set ablaze",
    "set alight",
    "set fire",
    "setting fire",
    "burnt out",
    "burned out",
    "bulldoz",
]

# Administrative and settlement units: a count of them is no head count ("19,684 people in 26 barangays
# were displaced": the 26 is places). lexicon.NON_PERSON takes them.
PLACE_UNITS = {"barangays", "barangay", "communes", "wards", "kebeles", "woredas", "upazilas", "townships"}
PLACE_UNITS |= {"hamlets", "subdistricts", "sub-districts", "parishes", "prefectures", "cantons", "oblasts"}
PLACE_UNITS |= {"chiefdoms", "lgas", "territories", "boroughs", "arrondissements", "atolls", "islands"}
PLACE_UNITS |= {"favelas", "slums", "quarters", "suburbs", "zones", "departments", "sectors"}
# People sent to a place to work there: never displaced by it ("Police deployed 40 officers outside evacuation
# centres", "200 rescuers were moved into the camps"). lexicon.NOT_DISPLACED takes them.
RESPONDERS = {"officers", "rescuers", "firefighters", "peacekeepers", "guards", "medics", "paramedics"}
RESPONDERS |= {"investors", "shareholders", "speculators", "bondholders"}  # "investors sought safety in gold"
RESPONDERS |= {"volunteers", "policemen", "policewomen", "gendarmes", "personnel", "staffers", "deputies"}
