"""Word classes written as lemmas; their surface forms are generated (extractors/figures/inflections.py).

extractors/figures/lexicon.py turns each class into the surface forms the rules match, so "evacuate" covers
evacuated/evacuating/evacuates, "injury" covers injuries, and a new lemma needs no list of its forms.
After changing a verb or noun list here, run scripts/gen_inflections.py (tests/figures/test_inflections.py
fails until you do).
"""

from __future__ import annotations

# The verb "be" and the other auxiliaries of a verb group ("were", "have been", "got", "remained").
BE = ("be",)
HAVE = ("have",)
GET = ("get",)
REMAIN = ("remain",)
# People who leave their own homes: "N people evacuated their homes", "forced N to abandon their houses".
SELF_DISPLACE = ("flee", "leave", "abandon", "evacuate", "desert", "vacate", "escape")
# People who arrive somewhere after fleeing: "400,000 people had arrived in the town after fleeing the camp".
ARRIVE = ("arrive", "reach", "cross", "enter")
# What they leave: "their homes", "their villages".
HOME_NOUNS = ("home", "house", "village", "town", "neighbourhood", "neighborhood", "dwelling", "farm", "land")
# Verbs that bring the hurt to hospital: "taken to a hospital", "rushed to a nearby hospital".
TO_HOSPITAL = (
    "take",
    "rush",
    "admit",
    "airlift",
    "fly",
    "bring",
    "transport",
    "transfer",
    "carry",
    "evacuate",
)
# Surface forms (not lemmas) treated in hospital: "treated at the regional hospital".
TREATED = ("treated", "admitted", "hospitalised", "hospitalized", "kept", "recovering")
# Harm that comes before the fatal verb in a coordination: "were shot and killed", "beaten and wounded".
HARM = (
    "shoot",
    "stab",
    "beat",
    "hit",
    "strike",
    "hack",
    "club",
    "torture",
    "burn",
    "crush",
    "trample",
    "attack",
)
HARM += ("wound", "injure", "capture", "abduct", "kidnap", "rape", "assault", "maim", "rob")
# Taking or keeping people captive: "took 15 sailors captive".
TAKE_HOLD = ("take", "hold", "keep")
# Detention: "police captured 5 suspects" (people; places and things are ruled out by the noun).
CAPTURE = ("capture",)
# Taking a craft with the people aboard: "pirates seized a tanker with 25 crew", "hijack a bus carrying 30".
SEIZE = ("hijack", "seize", "capture", "commandeer")
CRAFT = (
    "ship",
    "vessel",
    "tanker",
    "boat",
    "ferry",
    "trawler",
    "freighter",
    "dhow",
    "yacht",
    "bus",
    "minibus",
)
CRAFT += (
    "plane",
    "aircraft",
    "airliner",
    "jet",
    "helicopter",
    "truck",
    "lorry",
    "vehicle",
    "convoy",
    "train",
)
# Staying in a shelter or camp: "9,000 slept in evacuation centres"; "spent a third night in shelters".
STAY = ("sleep", "stay", "camp")
SPEND = ("spend",)
# Seeking a roof away from home: "sought refuge in schools", "to take temporary shelter", "found refuge".
REFUGE = ("seek", "take", "find")
# Nouns of harm that take any adjective: "moderate injuries", "treated for minor cuts and bruises".
INJURY_NOUNS = ("injury", "wound", "burn", "cut", "bruise", "fracture", "laceration")
# Verbs of bearing an injury: "suffered gunshot wounds", "sustained serious injuries".
SUFFER = ("suffer", "sustain")
# The injuries a person is "with" (cuts and fractures are left out: "budget cuts", "with a fracture of").
WOUND_NOUNS = ("injury", "wound", "burn")
# Going missing: "11 men who vanished", "vanished without trace" (extractors/figures/departure_words.py).
VANISH = ("vanish",)

VERB_LEMMAS = frozenset(
    BE
    + HAVE
    + GET
    + REMAIN
    + SELF_DISPLACE
    + ARRIVE
    + SUFFER
    + TO_HOSPITAL
    + HARM
    + CAPTURE
    + TAKE_HOLD
    + SEIZE
    + STAY
    + SPEND
    + REFUGE
    + VANISH
)
NOUN_LEMMAS = frozenset(HOME_NOUNS + INJURY_NOUNS + CRAFT + ("hospital",))
