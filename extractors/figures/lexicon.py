# generated or vocabulary list: exempt from the size rules
"""Words that make a number a casualty or displacement figure, and words that rule it out.

Everything is lower-case. A trigger is a phrase (tuple of words) with the kind it signals, the IDMC
displacement term, and the positions it may take relative to the number (see the role flags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.figures import departure_words
from extractors.figures import lemmas as lm
from extractors.figures.inflections import NOUNS, VERBS
from extractors.figures.patterns import trie

# (re-exported: lx.POST, lx.GAP ... are read everywhere)
from extractors.figures.roles import DWELL, GAP, HOST, LABEL, NOUN, PLACE, POST, PRE, TRANS  # noqa: F401

KILLED, INJURED, DISPLACED = "killed", "injured", "displaced"
MISSING, ARRESTED, KIDNAPPED = "missing", "arrested", "kidnapped"


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    term: str | None
    roles: int


# (not "received medical care": in a camp or an epidemic, care is for the sick too)
_CARE_VERBS = ("required", "requiring", "needed", "needing")
_CARE = ("treatment", "attention")


def _t(kind: str, term: str | None, roles: int, *phrases: str) -> list[tuple[tuple[str, ...], Trigger]]:
    return [(tuple(p.split()), Trigger(kind, term, roles)) for p in phrases]


# fmt: off
# still away: "44,800 people remain unable to return home", "thousands still cannot go home" (not "unable to
# return to school", "yet to return from recess")
_NO_RETURN = ("unable to return", "unable to go", "cannot return", "cannot go", "could not return", "could not go")
_NO_RETURN += ("not able to return", "yet to return", "can't go", "not yet returned")
_HOMEWARD = ("home", "to their homes", "to their villages", "to their areas", "to their houses")
# "22 people remained in a hospital" (a verb first: not "the 12 doctors in the hospital went on strike")
_IN_HOSPITAL = ("remained", "remain", "remains", "still", "were", "are", "was", "is", "being", "lying")

_CAPTOR_NOUNS = ("captors", "kidnappers", "abductors")  # "8 remain with their captors"

_ENTRIES = [
    # killed
    *_t(KILLED, None, POST | PRE | TRANS, "killed", "murdered", "massacred", "slaughtered", "slain"),
    *_t(KILLED, None, POST | TRANS, "executed", "beheaded", "lynched", "gunned down", "mowed down"),
    *_t(KILLED, None, POST, "electrocuted", "asphyxiated", "suffocated", "incinerated"),
    *_t(KILLED, None, PRE, "kill", "kills", "killing", "murdering", "massacring", "shot dead", "shooting dead"),
    *_t(KILLED, None, PRE, "claimed the lives of", "claiming the lives of", "took the lives of"),
    *_t(KILLED, None, PRE, "taking the lives of", "cost the lives of", "costing the lives of"),
    *_t(KILLED, None, PRE, "deaths of", "death of", "killing of", "killings of", "murder of", "murders of"),
    *_t(KILLED, None, PRE, "massacre of", "bodies of", "corpses of", "remains of", "gunning down"),
    *_t(KILLED, None, PRE, "beheading of", "beheadings of", "execution of", "executions of", "lynching of"),
    *_t(KILLED, None, POST, "dead", "died", "die", "dies", "perished", "perish", "perishes", "drowned", "drown", "drowns", "to death", "shot dead"),
    *_t(KILLED, None, POST, "lost their lives", "lost his life", "lost her life", "fallecidos", "muertos"),
    *_t(KILLED, None, POST | NOUN, "morts", "tués", "mortos"),
    *_t(KILLED, None, POST | NOUN | LABEL, "deaths", "death", "fatalities", "fatality", "bodies", "corpses"),
    *_t(KILLED, None, LABEL, "killed", "dead"),
    # injured
    *_t(INJURED, None, POST | PRE | TRANS, "injured", "wounded", "hurt", "maimed"),
    *_t(INJURED, None, PRE, "injure", "injures", "injuring", "wound", "wounds", "wounding", "hurting", "hurts"),
    *_t(INJURED, None, PRE, "maiming", "injuries to"),
    *_t(INJURED, None, POST, "hospitalised", "hospitalized", "heridos"),
    # "more than 300 people required medical treatment", "45 needed hospital treatment"
    *_t(INJURED, None, POST, *(f"{v} {m} {c}" for v in _CARE_VERBS for m in ("medical", "hospital") for c in _CARE)),
    *_t(INJURED, None, POST | NOUN, "blessés", "feridos"),
    *_t(INJURED, None, POST | PRE | TRANS, "stabbed"),
    *_t(INJURED, None, PRE, "stabbing"),
    *_t(INJURED, None, POST | NOUN | LABEL, "injuries"),
    *_t(INJURED, None, LABEL, "injured", "wounded"),
    # missing
    *_t(MISSING, None, POST | LABEL, "missing", "unaccounted for", "disappeared", "desaparecidos", "untraced"),
    *_t(MISSING, None, POST, "went missing", "gone missing", "listed as missing", "declared missing"),
    *_t(MISSING, None, POST, "lost at sea", "missing at sea"),
    # not found yet: "eight crew members have not been found", "12 others are yet to be found"
    *_t(MISSING, None, POST, "not been found", "not yet been found", "yet to be found", "not been located"),
    *_t(MISSING, None, POST, "not yet been located", "yet to be located", "still not found"),
    # arrested
    *_t(ARRESTED, None, POST | PRE | TRANS, "arrested", "detained", "apprehended", "rounded up", "nabbed"),
    *_t(ARRESTED, None, PRE, "arrest", "arresting", "detain", "detains", "detaining", "round up"),
    *_t(ARRESTED, None, PRE, "rounding up", "rounds up", "apprehending", "arrest of", "arrests of"),
    *_t(ARRESTED, None, PRE, "detention of"),
    *_t(ARRESTED, None, POST, "taken into custody", "in custody", "in police custody", "held for questioning"),
    *_t(ARRESTED, None, POST, "in military custody", "in army custody", "in security custody"),
    *_t(ARRESTED, None, POST | PRE, "into custody", "into police custody"),
    *_t(ARRESTED, None, POST, "taken in for questioning", "brought in for questioning"),
    *_t(ARRESTED, None, POST | NOUN | PRE, "arrests"),
    *_t(ARRESTED, None, POST | NOUN, "detentions"),  # "Foro Penal counted 1,905 political detentions"
    *_t(ARRESTED, None, POST, "behind bars"),  # "more than 800 political prisoners still behind bars"
    # a register of people: "registered more than 7,000 people as missing", "listed 40 people as dead"
    *_t(MISSING, None, POST, "as missing"),
    *_t(KILLED, None, POST, "as dead"),
    # kidnapped
    *_t(KIDNAPPED, None, POST | PRE | TRANS, "kidnapped", "abducted", "seized", "snatched"),
    *_t(KIDNAPPED, None, POST | NOUN, "kidnappings", "abductions"),  # "Mexico recorded 438 kidnappings"
    *_t(KIDNAPPED, None, PRE, "kidnappings of", "abductions of"),
    *_t(KIDNAPPED, None, POST | NOUN, "abductees", "kidnap victims", "kidnapping victims", "captives"),
    *_t(KIDNAPPED, None, POST, "in captivity", "still missing in captivity"),
    # still with their captors: "8 remain with their captors", "14 are still with the kidnappers" (not "spent a
    # month with their captors", "were with the kidnappers when arrested")
    *_t(
        KIDNAPPED, None, POST,
        *(f"{v} with ~ {c}" for v in ("remain", "remains", "remained", "still") for c in _CAPTOR_NOUNS),
    ),
    *_t(ARRESTED, None, POST, "in pre-trial detention", "in pretrial detention", "in preventive detention"),
    *_t(ARRESTED, None, PRE, "nab", "nabs", "nabbed", "nabbing", "hauled in", "hauls in", "haul in"),
    *_t(ARRESTED, None, POST, "in for questioning"),  # "had taken 11 people in for questioning"
    *_t(KIDNAPPED, None, PRE, "kidnap", "kidnaps", "kidnapping", "abduct", "abducts", "abducting", "seizing"),
    *_t(KIDNAPPED, None, PRE, "seize", "seizes", "snatch", "snatches", "snatching"),
    # "gunmen grabbed 9 farmers" (police grabbing suspects arrest them: captivity.taker_kind)
    *_t(KIDNAPPED, None, POST | PRE | TRANS, "grabbed"),
    *_t(KIDNAPPED, None, PRE, "grab", "grabs", "grabbing"),
    # only with a captor or a custodian for its subject (pre_rules): "gunmen ... took away 39 pupils"
    *_t(KIDNAPPED, None, PRE, "took away", "take away", "takes away", "taking away"),
    # kept or held by captors: "40 migrants were held for ransom", "kept in captivity", "in the hands of kidnappers"
    # (not "had been held for ransom": a captivity that is over, often in a release story)
    *_t(KIDNAPPED, None, POST, "kept in captivity", "kept captive", "kept hostage", "being held for ransom"),
    *_t(KIDNAPPED, None, PRE, "ransom for", "ransom for the release of", "ransoms for", "ransom demand for"),
    *_t(KIDNAPPED, None, PRE, "kidnapping of", "abduction of", "kidnappers of", "abductors of", "captors of"),
    *_t(KIDNAPPED, None, POST, "taken hostage", "held hostage", "taken captive", "held captive", "hostage"),
    # the object after "hostage": "jihadists took hostage 50 women"
    *_t(KIDNAPPED, None, PRE, "took hostage", "take hostage", "takes hostage", "taking hostage", "took captive"),
    *_t(KIDNAPPED, None, PRE, "taken hostage", "taken captive"),  # "have taken hostage 50 women"
    *_t(KIDNAPPED, None, POST, "captive"),  # "took 15 sailors captive"
    *_t(KIDNAPPED, None, POST | PRE | TRANS, "dragged away", "dragged off"),  # "dragged away 50 residents"
    *_t(KIDNAPPED, None, POST | PRE | TRANS, "carried off", "spirited away", "whisked away"),  # "carried off 20"
    *_t(KIDNAPPED, None, PRE, "made off with", "making off with"),  # "gunmen made off with 20 women"
    *_t(ARRESTED, None, PRE, "net", "nets", "netted"),  # headlines: "Raids net 17"
    *_t(ARRESTED, None, POST, "held arbitrarily", "held without charge", "held without trial"),
    *_t(ARRESTED, None, POST, "held incommunicado", "arbitrarily held", "arbitrarily detained"),
    *_t(DISPLACED, "forced to flee", PRE, "drives out", "drove out", "driving out", "forces out", "forced out"),
    *_t(DISPLACED, "forced to flee", PRE, "pushed out", "pushes out", "chased out", "chases out"),
    *_t(KIDNAPPED, None, POST | NOUN, "hostages"),
    # displaced, with IDMC's terms
    *_t(DISPLACED, "displaced", POST | PRE | TRANS | LABEL, "displaced"),
    *_t(DISPLACED, "displaced", POST | LABEL, "internally displaced", "uprooted", "desplazados"),
    *_t(DISPLACED, "displaced", POST, "desplazadas", "se han desplazado", "se desplazaron", "deslocados"),
    *_t(DISPLACED, "displaced", POST | LABEL, "déplacés", "déplacées", "deplaces", "deplace", "déplacé"),
    *_t(DISPLACED, "displaced", PRE, "displace", "displaces", "displacing", "displacement of", "uprooting"),
    *_t(DISPLACED, "displaced", POST | NOUN | LABEL, "idps", "idp", "pdi", "pdis"),
    *_t(DISPLACED, "evacuated", POST | PRE | TRANS | LABEL, "evacuated"),
    *_t(DISPLACED, "evacuated", POST | PRE | TRANS, "evacuate"),
    *_t(DISPLACED, "evacuated", PRE, "evacuating", "evacuates", "evacuation of", "evacuations of", "evacuar"),
    *_t(DISPLACED, "evacuated", POST | LABEL, "evacuados", "evacuadas", "evacuada", "evacuado", "évacués"),
    *_t(DISPLACED, "evacuated", POST | LABEL, "évacuées", "evacues", "desalojados", "desalojadas"),
    *_t(DISPLACED, "evacuated", POST, "had to evacuate", "forced to evacuate", "forced to be evacuated"),
    *_t(DISPLACED, "evacuated", POST, "ordered to evacuate", "under evacuation orders", "évacuées", "évacués"),
    *_t(DISPLACED, "evacuated", POST, "told to evacuate", "ordered to leave", "told to leave", "ordered out"),
    *_t(DISPLACED, "evacuated", PRE, "evacuaron", "evacuó", "desalojaron", "desalojó", "évacué"),
    *_t(DISPLACED, "evacuated", LABEL, "evacuation", "evacuations"),
    *_t(DISPLACED, "evacuated", POST | NOUN | LABEL, "evacuees"),
    *_t(DISPLACED, "forced to flee", POST, "fled", "flee", "fleeing", "forced to flee", "forced to leave"),
    *_t(DISPLACED, "forced to flee", POST, "forced from", "forced out", "driven from", "driven out"),
    *_t(DISPLACED, "forced to flee", POST, "pushed out", "chased from", "forced to abandon", "forced to move"),
    *_t(DISPLACED, "forced to flee", PRE, "exodus of"),
    *_t(DISPLACED, "homeless", POST | LABEL, "homeless", "lost their homes", "lost their houses"),
    *_t(DISPLACED, "homeless", POST, "lost their shelters", "lost their dwellings", "lost their shelter"),
    *_t(DISPLACED, "homeless", POST, "out of their homes", "out of their houses", "out of home"),
    *_t(DISPLACED, "sheltered", POST, *(f"hosted in {n}" for n in ("schools", "shelters", "camps", "centres"))),
    *_t(DISPLACED, "sheltered", POST, "hosted in centers", "hosted in schools of", "hosted by host families"),
    *_t(INJURED, None, POST, *(f"{v} in {d}hospital" for v in _IN_HOSPITAL for d in ("", "a ", "the ", "local "))),
    *_t(MISSING, None, POST, "feared buried", "believed buried", "feared trapped", "believed trapped"),
    *_t(ARRESTED, None, POST, "taken prisoner", "taken prisoners", "taken as prisoners"),
    *_t(ARRESTED, None, POST, "held over", "held after", "held in connection with", "held on suspicion"),
    # still away: "44,800 people remain unable to return home", "thousands still cannot go home"
    *_t(DISPLACED, "displaced", POST, *(f"{v} {h}" for v in _NO_RETURN for h in _HOMEWARD)),
    *_t(DISPLACED, "homeless", POST, "without shelter", "without homes", "without a home", "without a roof"),
    *_t(DISPLACED, "homeless", POST, "without housing", "sin hogar", "sin hogares", "sin techo", "sans abri"),
    *_t(DISPLACED, "homeless", POST, "sans abris", "sans-abri", "sans-abris", "desabrigados", "desabrigadas"),
    *_t(DISPLACED, "relocated", POST | PRE | TRANS | LABEL, "relocated"),
    *_t(DISPLACED, "relocated", POST, "moved to safer", "moved to safety", "moved to safe", "resettled"),
    *_t(DISPLACED, "relocated", POST, "moved to higher ground", "moved to a safer", "moved to a safe"),
    *_t(DISPLACED, "relocated", POST, "shifted to safer", "shifted to safe", "shifted to safety"),
    *_t(DISPLACED, "relocated", PRE, "relocating", "relocation of", "resettlement of"),
    *_t(DISPLACED, "sheltered", POST | PRE, "sheltered", "sheltering", "accommodated", "housed"),
    *_t(DISPLACED, "sheltered", POST, "forced into", "took shelter", "taken shelter", "taking shelter"),
    *_t(DISPLACED, "sheltered", POST, "sought shelter", "seeking shelter", "in need of shelter", "albergados"),
    *_t(DISPLACED, "sheltered", POST, "in need of emergency shelter", "sought refuge", "took refuge"),
    *_t(DISPLACED, "sheltered", POST, "taken refuge", "taking refuge", "seeking refuge", "found refuge"),
    *_t(DISPLACED, "sheltered", POST | PLACE, "shelters", "evacuation centres", "evacuation centers", "tents"),
    *_t(DISPLACED, "sheltered", POST | PLACE, "evacuation centre", "evacuation center", "emergency shelters"),
    *_t(DISPLACED, "sheltered", POST | PLACE, "tent camps", "makeshift camps", "temporary shelters"),
    *_t(DISPLACED, "sheltered", POST | PLACE, "temporary accommodation", "emergency accommodation"),
    *_t(DISPLACED, "sheltered", PRE | HOST, "accommodating", "hosting", "housing", "hosts", "hosted"),
    *_t(DISPLACED, "in relief camp", POST | PLACE, "relief camps", "relief camp", "displacement camps"),
    *_t(DISPLACED, "in relief camp", POST | PLACE, "idp camps", "camps", "refugee camps"),
    *_t(DISPLACED, "in relief camp", POST | PLACE, "displacement sites", "idp sites", "evacuation sites"),
    *_t(DISPLACED, "in relief camp", POST | PLACE, "collective centres", "collective centers"),
    *_t(DISPLACED, "sheltered", POST | PLACE, "safety centres", "safety centers", "relief centres", "relief centers"),
    *_t(DISPLACED, "sheltered", POST | PLACE, "transit centres", "transit centers", "evacuation shelters"),
    *_t(DISPLACED, "sheltered", POST | PLACE, "tent settlements", "tent cities", "tent villages", "container cities"),
    *_t(DISPLACED, "sheltered", POST | PLACE, "accommodation centres", "accommodation centers", "container camps"),
    *_t(DISPLACED, "displaced", POST, "experienced displacement", "have been displaced at least once"),
    *_t(KILLED, None, POST | NOUN, "killings"),  # "killings rose to 1,554"
    *_t(DISPLACED, "evicted", POST | PRE | TRANS, "evicted", "forcibly evicted"),
    *_t(DISPLACED, "evicted", PRE, "evicting", "evict", "evicts", "eviction of"),
    *_t(DISPLACED, "relocated", POST, "moved out of", "moved away from"),
    *_t(DISPLACED, "displaced", POST | NOUN, "displacements", "internal displacements"),  # IDMC's unit
    *_t(DISPLACED, "refugees", POST | NOUN | LABEL, "refugees", "refugiados", "réfugiés", "refugies"),
    *_t(DISPLACED, "destroyed housing", POST | PRE | TRANS | DWELL, "destroyed", "razed", "flattened"),
    *_t(DISPLACED, "destroyed housing", POST | PRE | DWELL, "buried", "washed away", "swept away"),
    *_t(DISPLACED, "destroyed housing", POST | PRE | DWELL, "burned down", "burnt down", "gutted", "levelled"),
    *_t(DISPLACED, "destroyed housing", POST | DWELL, "collapsed", "leveled", "reduced to rubble"),
    # a state a home is left in: "left 1,900 homes in ruins", "2,000 houses are uninhabitable"
    *_t(DISPLACED, "destroyed housing", POST | DWELL, "in ruins", "in rubble", "uninhabitable"),
    *_t(DISPLACED, "destroyed housing", POST | DWELL, "beyond repair", "unfit to live in"),
    *_t(DISPLACED, "destroyed housing", POST | PRE | DWELL, "burned", "burnt"),  # "burned 210 houses"
    *_t(DISPLACED, "destroyed housing", POST | DWELL, "destruidas", "destruidos", "détruites"),
    *_t(DISPLACED, "destroyed housing", POST | DWELL, "détruits", "destruites", "destruídas", "destruídos"),
    *_t(DISPLACED, "destroyed housing", PRE | DWELL, "destroying", "destroy", "destroys", "razing"),
    *_t(DISPLACED, "destroyed housing", PRE | DWELL, "détruit", "détruisant", "destruyó", "destruyeron"),
    *_t(DISPLACED, "destroyed housing", POST | PRE | DWELL, "demolished"),  # "35 shelters were demolished"
    *_t(DISPLACED, "destroyed housing", PRE | DWELL, "demolishing", "demolition of"),
    *_t(DISPLACED, "destroyed housing", PRE | DWELL, "flattening", "destruction of", "burying"),
    *_t(DISPLACED, "destroyed housing", LABEL, "destroyed housing", "destroyed houses", "destroyed homes"),
    *_t(DISPLACED, "destroyed housing", LABEL, "houses destroyed", "homes destroyed"),
]
# fmt: on


def forms(lemmas, *tags: str) -> set[str]:
    """Surface forms of verb lemmas (tags: VB VBP VBZ VBG VBD VBN; none: all) or of noun lemmas."""
    out: set[str] = set()
    for lemma in lemmas:
        if lemma in VERBS:
            for tag, words in VERBS[lemma].items():
                if not tags or tag in tags:
                    out.update(words)
        else:
            out.update(NOUNS[lemma])
    return out


_POSSESSIVES = ("their", "his", "her", "its")
# "hostage" as a modifier, not the trigger: "hostage takers", "a hostage crisis", "two hostage negotiators".
HOSTAGE_NOT = {"takers", "taker", "taking", "crisis", "situation", "drama", "siege", "-", "negotiators"}
HOSTAGE_NOT |= {"negotiator", "talks", "deal", "video", "release", "swap", "exchange", "rescue", "families"}
# Who holds hostages (the nouns, plural and the collective "group"): "taken by an armed group".
CAPTORS = {"militants", "gunmen", "insurgents", "rebels", "pirates", "guerrillas", "bandits", "jihadists"}
CAPTORS |= {
    "abductors",
    "kidnappers",
    "captors",
    "militias",
    "militiamen",
    "hijackers",
    "group",
    "men",
    "militia",
    "traffickers",  # "traffickers were holding 150 migrants in a warehouse"
    "smugglers",
}
HOSPITALS = forms(["hospital"])


_RECEIVING = (
    "received",
    "receiving",
    "receive",
    "receives",
    "needed",
    "needing",
    "need",
    "needs",
    "required",
)
_RECEIVING += ("requiring", "require", "requires", "got", "getting", "underwent", "undergoing", "given")


def _generated() -> list[tuple[tuple[str, ...], Trigger]]:
    """Families written once as lemmas: every inflection, determiner and possessive is generated."""
    out = []
    for lemma in lm.SELF_DISPLACE:  # "N people evacuated their homes", "were abandoning their villages"
        term = "evacuated" if lemma == "evacuate" else "forced to flee"
        for verb in forms([lemma]):
            for noun in forms(lm.HOME_NOUNS):
                out += _t(DISPLACED, term, POST, *(f"{verb} {p} {noun}" for p in _POSSESSIVES))
    hospital = [f"{verb} to {GAP} {h}" for verb in forms(lm.TO_HOSPITAL, "VBD", "VBN") for h in HOSPITALS]
    hospital += [f"{v} {p} {GAP} {h}" for v in lm.TREATED for p in ("in", "at") for h in HOSPITALS]
    out += _t(
        INJURED, None, POST, *hospital
    )  # "rushed to a nearby hospital", "treated at the local hospital"
    out += _t(INJURED, None, POST, *(f"treated for {GAP} {noun}" for noun in forms(lm.INJURY_NOUNS)))
    # "a further 40,000 are staying with host families", "living with relatives and friends"
    stay = ("staying", "stayed", "stay", "stays", "living", "lived", "sheltering", "sheltered", "lodging")
    out += _t(
        DISPLACED,
        "sheltered",
        POST,
        *(
            f"{v} with {h} {c}"
            for v in stay
            for h in ("host", "hosting")
            for c in ("families", "communities")
        ),
    )
    now = (
        "staying",
        "living",
        "sheltering",
        "lodging",
    )  # an ongoing stay, not "12 students stayed with friends"
    out += _t(
        DISPLACED,
        "sheltered",
        POST,
        *(f"{v} with {h}" for v in now for h in ("relatives", "relatives and friends")),
    )
    # "2,000 tourists were moved by bus to schools", "11,213 had been moved to the homes of relatives"
    movers = ("moved", "relocated", "transferred", "shifted", "bussed")
    means = ("", "by bus ", "by boat ", "by road ", "by helicopter ", "by truck ")
    shelters = ("school", "schools", "shelters", "evacuation centres", "evacuation centers", "relief camps")
    shelters += ("homes of relatives", "relatives", "host families", "a shelter", "temporary shelters")
    out += _t(
        DISPLACED,
        "relocated",
        POST,
        *(f"{v} {m}to {GAP} {n}" for v in movers for m in means for n in shelters),
    )
    # "Dozens of families left the Al-Harsha neighbourhood after heavy fighting", "abandoned the town"
    leave = forms(["leave", "abandon", "vacate", "desert"])
    areas = ("neighbourhood", "neighborhood", "district", "area", "village", "town", "city")
    out += _t(DISPLACED, "forced to flee", POST, *(f"{v} the {GAP} {n}" for v in leave for n in areas))
    # "prompting 3,000 villagers to seek refuge in schools", "took temporary shelter", "have found refuge"
    refuge = [f"{v} {GAP} {n}" for v in forms(lm.REFUGE) for n in ("refuge", "shelter")]
    out += _t(DISPLACED, "sheltered", POST, *refuge)
    # "11 firefighters received (medical) treatment for minor injuries"
    care = [f"{v} {GAP} treatment for {GAP} {n}" for v in _RECEIVING for n in forms(lm.INJURY_NOUNS)]
    out += _t(INJURED, None, POST, *care)
    # people left or found with injuries: "leaving 20 others with gunshot wounds", "30 people with burns"
    wounds = [noun for lemma in lm.WOUND_NOUNS for noun in NOUNS[lemma]]
    out += _t(INJURED, None, POST, *(f"with {GAP} {noun}" for noun in wounds))
    # "32 people were admitted with injuries", "four officers suffered gunshot wounds"
    brought = forms(lm.TO_HOSPITAL, "VBD", "VBN")
    out += _t(INJURED, None, POST, *(f"{v} with {GAP} {noun}" for v in brought for noun in wounds))
    out += _t(INJURED, None, POST, *(f"{v} {GAP} {n}" for v in forms(lm.SUFFER) for n in wounds))
    # people who need a roof: "1,150 people now need emergency shelter", "are in need of temporary shelter"
    need = [f"{v} {GAP} shelter" for v in ("need", "needs", "needed", "needing", "in need of")]
    out += _t(DISPLACED, "sheltered", POST, *need)
    # people who arrive after fleeing: "400,000 people had arrived in the town after fleeing the camp"
    fled = ("after fleeing", "having fled", "after having fled", "after being displaced")
    arrive = [f"{v} {p} {GAP} {f}" for v in forms(lm.ARRIVE) for p in ("in", "at", "into") for f in fled]
    out += _t(
        DISPLACED,
        "forced to flee",
        POST,
        *arrive,
        *(f"{v} {GAP} {f}" for v in forms(lm.ARRIVE) for f in fled),
    )
    # people still away from home: "11,000 former residents are still living away from the city"
    away = [  # with a determiner: "living away from home" is a student's, not a displacement
        f"{v} away from {d} {n}"
        for v in ("living", "live", "lived")
        for d in (*_POSSESSIVES, "the")
        for n in (*forms(lm.HOME_NOUNS), "city")
    ]
    out += _t(DISPLACED, "displaced", POST, *away)
    # held in custody: "300 were being held at the Ganfouda detention centre", "held in a military prison"
    places = ("detention", "prison", "prisons", "jail", "jails", "custody", "facility")  # not "city centre"
    out += _t(ARRESTED, None, POST, *(f"held {p} {GAP} {n}" for p in ("at", "in") for n in places))
    # "intercepted migrants were taken to the Tariq al-Sikka detention centre", "transferred to prison"
    moved = ("taken", "transferred", "moved", "sent", "brought", "returned", "transported", "driven")
    jails = ("detention", "prison", "jail", "custody")
    out += _t(
        ARRESTED,
        None,
        POST,
        *(f"{v} {p} {GAP} {GAP} {n}" for v in moved for p in ("to", "into") for n in jails),
    )
    # a name and an adjective before "detention": "held in overcrowded Tarik al-Sikka detention centre"
    out += _t(ARRESTED, None, POST, *(f"held {p} {GAP} {GAP} detention" for p in ("at", "in")))
    # held by captors: "still held by their kidnappers", "taken by the attackers"
    captors = ("kidnappers", "captors", "abductors", "gunmen", "attackers", "traffickers", "smugglers")
    held_by = [f"held by {GAP} {c}" for c in (*captors, "group", "gang", "gangs", "militia", "militias")]
    held_by += [  # "15 workers remain in the hands of the kidnappers", "in the hands of Abu Sayyaf militants"
        f"in the hands of {GAP} {c}"
        for c in (*captors, *CAPTORS, "group", "gang", "gangs", "militia", "militias")
    ]
    # picked up by custodians: "dozens of migrants were picked up in raids", "picked up by police"
    held_by_police = [f"picked up {p}" for p in ("in raids", "in a raid", "by police", "by the police")]
    out += _t(KIDNAPPED, None, POST, *held_by, f"taken by {GAP} attackers", f"taken by {GAP} assailants")
    out += _t(ARRESTED, None, POST, *held_by_police)
    # taken by captors: "were taken by an armed group", "taken away by gunmen"
    out += _t(KIDNAPPED, None, POST, *(f"taken {a}by {GAP} {c}" for a in ("", "away ") for c in CAPTORS))
    out += _t(ARRESTED, None, POST | PRE | TRANS, *forms(lm.CAPTURE, "VBD", "VBN"))
    out += _t(ARRESTED, None, PRE, *forms(lm.CAPTURE, "VB", "VBZ", "VBG"), "capture of")
    out += _t(ARRESTED, None, POST | PRE, "into detention", "in detention", "into military detention")
    out += _t(
        ARRESTED, None, POST | PRE, "in police detention", "into police detention", "in military detention"
    )
    # detention with any modifier: "remain in administrative detention", "in prolonged pretrial detention" (not
    # "custody" with any word before it: "children in state custody" may be in foster care)
    out += _t(ARRESTED, None, POST, *(f"{p} {GAP} detention" for p in ("in", "into")))
    # people camping or sleeping in public buildings, tents or the open: "3,600 people were camping at Madogo
    # primary school" (a term of its own: students sleeping at their school are no displacement, _not_displaced)
    camping = [f"{v} {p} {GAP} {site}" for v in _CAMP_VERBS for p in ("in", "at") for site in _CAMP_SITES]
    out += _t(DISPLACED, "in makeshift shelter", POST, *camping, *(f"{v} in the open" for v in _CAMP_VERBS))
    # a centre run for the displaced: "25 families are living in a collective centre" (not "the city centre")
    centres = [
        f"{v} {p} {GAP} {kind} {c}"
        for v in _CAMP_VERBS
        for p in ("in", "at")
        for kind in ("collective", "evacuation", "transit", "reception", "displacement", "relief")
        for c in ("centre", "centres", "center", "centers")
    ]
    out += _t(DISPLACED, "sheltered", POST, *centres)
    for kind, term, roles, phrases in departure_words.FAMILIES:  # leave, cross into, set fire to, vanish
        out += _t(kind, term, roles, *phrases)
    explicit = {phrase for phrase, _ in _ENTRIES}
    return [(phrase, trig) for phrase, trig in out if phrase not in explicit]


_CAMP_VERBS = ("camping", "camped", "sleeping", "slept", "staying", "stayed", "living")
_CAMP_SITES = ("school", "schools", "church", "churches", "mosque", "mosques", "stadium", "stadiums", "gym")
_CAMP_SITES += ("gyms", "gymnasium", "classrooms", "warehouses", "streets", "buildings", "parks")


_ENTRIES += _generated()
TRIGGERS: dict[tuple[str, ...], list[Trigger]] = {}
for _phrase, _trig in _ENTRIES:
    TRIGGERS.setdefault(_phrase, []).append(_trig)
FIRST_WORDS: dict[str, list[tuple[str, ...]]] = {}
LAST_WORDS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(TRIGGERS, key=len, reverse=True):
    FIRST_WORDS.setdefault(_phrase[0], []).append(_phrase)
    LAST_WORDS.setdefault(_phrase[-1], []).append(_phrase)

# Verbs that push people out: "pushed 75,000 out of their homes", "forced 6,000 to leave".
FORCE_VERBS = {"forced", "forcing", "pushed", "pushing", "drove", "driven", "chased", "chasing", "obligó"}
FORCE_VERBS |= {"drives", "drive", "driving", "forces", "force", "pushes", "push", "chases"}
FORCE_VERBS |= {"obligaron", "ordered", "ordering"}
FORCE_VERBS |= {
    "moved",
    "moves",
    "relocated",
    "relocates",
    "shifted",
    "move",  # (base forms: "forced authorities to move 19,000 people from hotels"; not "plan to move",
    "moving",  # phrases.unrealised)
    "relocate",
    "relocating",
}  # only with "into shelters", "out of their homes"  # "ordered 6,400 people to leave"
# Verbs that take or keep people captive: "took 15 sailors captive", "held 9 passengers hostage".
TAKE_HOLD = forms(lm.TAKE_HOLD)
# Capture of soldiers by the other side makes prisoners of war, not arrests ("rebels captured 40 soldiers").
CAPTURE_FORMS = forms(lm.CAPTURE)
# Taking a craft with the people aboard: "pirates seized a tanker with 25 crew" (captivity.aboard).
SEIZE_FORMS, CRAFT_FORMS = forms(lm.SEIZE), forms(lm.CRAFT)
MILITARY = {"soldiers", "troops", "servicemen", "marines", "sailors", "airmen", "conscripts", "paratroopers"}
# Verbs that send people to hospital: "sent 12 people to hospital", "left 5 in hospital".
HOSPITAL_VERBS = {"sent", "sending", "sends", "send", "put", "putting", "puts", "landed", "landing", "left"}
HOSPITAL_VERBS |= {"leaving", "leaves"}
# Verbs that make "N lives" a death count: "claimed 180 lives" (but not "could save 7,000 lives").
LIVES_VERBS = {"claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took", "taking"}
LIVES_VERBS |= {"takes", "take", "lost", "losing", "ended", "snuffed"}
# "death toll to 31", "the number of displaced is estimated to be 530", "toll tops 1,000"
TOLL_NOUNS = {
    "deaths",
    "dead",
    "fatalities",
    "casualties",
    "arrests",
    "evacuees",
    "refugees",
    "idps",
    "missing",
}
TOLL_NOUNS |= {
    "arrivals",
    "killings",
    "kidnappings",
    "abductions",
    "displacement",  # "Displacement in North Kivu rose to 2.4 million people"
}  # arrivals of refugees only (tolls.kind_word)
TOLL_WORDS = {"toll", "tally", "number", "count", "total", "figure", "numbers", "population", "caseload"}
TOLL_CONNECTORS = {"to", "at", "of", "reached", "reaches", "reach", "hit", "hits", "is", "was", "be", "now"}
TOLL_CONNECTORS |= {"stands", "stood", "rose", "risen", "climbed", "jumped", ":", "tops", "topped", "over"}
TOLL_CONNECTORS |= {"passed", "passes", "exceeded", "exceeds", "surpassed", "crossed", "topping", "-", "–"}
TOLL_CONNECTORS |= {"numbered", "number", "totalled", "totaled", "totalling", "totaling", "totals", "stand"}
TOLL_CONNECTORS |= {"numbering"}  # "Tawergha's displaced residents, numbering about 48,000"
TOLL_CONNECTORS |= {"past", "beyond", "soared", "surged", "mounted", "increased", "grew", "rises", "climbs"}
# Verbs of a toll construction before "to N" / "at N": "deaths rose to 3,400", "the toll stood at 58".
TOLL_VERBS = {
    "rose",
    "risen",
    "rising",
    "rises",
    "climbed",
    "climbing",
    "climbs",
    "jumped",
    "jumping",
    "jumps",
}
TOLL_VERBS |= {"increased", "increasing", "grew", "grown", "soared", "surged", "mounted", "stood", "stands"}
TOLL_VERBS |= {"stand", "standing", "reached", "spiked", "shot", "leapt", "leaped", "swelled", "swollen"}
TOLL_MORE_THAN = {"tops", "topped", "topping", "passed", "passes", "exceeded", "exceeds", "surpassed"}
TOLL_MORE_THAN |= {"crossed", "over", "past", "beyond", "pass", "top", "exceed", "surpass"}
TOLL_CONNECTORS |= {"pass", "top", "exceed", "surpass"}  # "refugee arrivals pass 95,000"
TOLL_CONNECTORS |= {
    "below",
    "under",
}  # "the number of people who remain displaced has fallen below 1.2 million"
# The qualifier a toll's connector gives an exact number: "the toll tops 1,000", "fell below 1.2 million".
_NEARS = {"nears", "neared", "nearing", "approaches", "approached", "approaching"}  # "Toll Nears 31,000"
TOLL_CONNECTORS |= _NEARS
TOLL_QUALIFIER = {**dict.fromkeys(TOLL_MORE_THAN, "more_than"), "below": "fewer_than", "under": "fewer_than"}
TOLL_QUALIFIER |= dict.fromkeys(_NEARS, "about")
TOLL_KIND_WORDS = {
    "dead": KILLED, "deaths": KILLED, "death": KILLED, "fatalities": KILLED, "killed": KILLED,
    "victims": KILLED, "injured": INJURED, "wounded": INJURED, "injuries": INJURED, "missing": MISSING,
    "displaced": DISPLACED, "evacuees": DISPLACED, "evacuated": DISPLACED, "homeless": DISPLACED,
    "idps": DISPLACED, "refugees": DISPLACED, "arrests": ARRESTED, "arrested": ARRESTED, "detentions": ARRESTED,
    "detained": ARRESTED, "hostages": KIDNAPPED, "kidnapped": KIDNAPPED, "abducted": KIDNAPPED,
    "bodies": KILLED, "corpses": KILLED, "arrivals": DISPLACED,  # bodies found count as killed: "the number of bodies recovered"
    "killings": KILLED, "kidnappings": KIDNAPPED, "abductions": KIDNAPPED,  # "killings rose to 1,554"
    "displacement": DISPLACED,
}  # fmt: skip
DISPLACED_TERMS = {
    "displaced": "displaced", "evacuees": "evacuated", "evacuated": "evacuated", "homeless": "homeless",
    "idps": "displaced", "refugees": "refugees", "arrivals": "refugees", "displacement": "displaced",
}  # fmt: skip
TOLL_KIND_WORDS |= {"refugee": DISPLACED, "idp": DISPLACED}  # "refugee numbers top 40,000", "IDP caseload"
DISPLACED_TERMS |= {"refugee": "refugees", "idp": "displaced"}

# Words in the verb group between a noun phrase and its trigger: "were confirmed", "have had to be".
AUX = {
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "get", "got", "gets", "getting",
    "remain", "remained", "remains", "remaining", "still", "now", "also", "all", "both", "reported",
    "confirmed", "believed", "feared", "presumed", "thought", "said", "known", "to", "found", "left",
    "rendered", "made", "become", "became", "becoming", "so", "far", "each", "either", "already", "may",
    "might", "could", "would", "will", "must", "then", "later", "sustained", "suffered", "received",
    "placed", "moved", "taken", "put", "altogether",
    "fueron", "han", "sido", "se", "son", "están", "quedaron", "sont", "ont", "été", "foram", "estão",
    "gunshot", "stab", "burn",
    "officially", "reportedly", "just", "only", "since", "yet", "again", "there", "staying", "sleeping",
    "camping", "camped", "shifted", "transferred", "living",
}  # fmt: skip
# Past forms of harm that may come before the fatal verb: "were shot and killed", "beaten and wounded".
HARM_PARTICIPLES = forms(lm.HARM, "VBD", "VBN")
# Nouns of harm that take any adjective before them: "moderate injuries", "life-threatening wounds".
INJURY_FORMS = forms(lm.INJURY_NOUNS)
# Auxiliaries of a verb group ("had climbed", "have been", "got", "remained"): "be", "have", "get", "remain".
AUXILIARIES = forms(lm.BE + lm.HAVE + lm.GET + lm.REMAIN) | {"am", "are"}
# Staying in shelters: "slept in evacuation centres" (a verb of the group before "in <shelter>"), "spent a
# third night in shelters" (walk._nights_in).
AUX |= forms(lm.STAY, "VBD", "VBN", "VBG") | {"sleep", "stay"}  # not "camp", "camps": nouns too
SPEND_FORMS = forms(lm.SPEND)
FOREIGN_AUX = {"fueron", "han", "sido", "sont", "ont", "été", "foram"}
MODAL_VERBS = {"would", "could", "might", "may", "will", "shall", "must"}
# Words that start a verb group after a noun phrase ("people in shelters were ...", "... will be").
AUX_VERBS = AUXILIARIES | MODAL_VERBS | FOREIGN_AUX
# Markers of a passive or a resulting state: "were killed", "got hurt", "left homeless", "became refugees".
PASSIVE = forms(lm.BE + lm.GET + lm.REMAIN) | FOREIGN_AUX | {"left", "rendered", "made", "become", "became"}
# Nouns of a group counted by "of N": "its crew of 4", "the family of 6".
GROUP_NOUNS = {"crew", "family", "group", "team", "party", "delegation", "band", "contingent", "gang", "cell"}
GROUP_NOUNS |= {"ring", "network", "batch"}  # "arrested a gang of seven people"
ADVERB_NOT = {"family", "ally", "assembly", "rally", "supply", "july", "italy", "belly", "bully", "anomaly"}

# Nouns that count people, households or homes.
PERSONS = {
    "people", "persons", "person", "peoples", "individuals", "individual", "civilians", "civilian",
    "children", "child", "kids", "boys", "girls", "boy", "girl", "women", "woman", "men", "man", "babies",
    "infants", "toddlers", "teenagers", "teens", "adults", "elderly", "youths", "residents", "villagers",
    "inhabitants", "citizens", "nationals", "locals", "passengers", "pilgrims", "worshippers", "tourists",
    "visitors", "shoppers", "students", "pupils", "schoolchildren", "teachers", "workers", "employees",
    "staff", "miners", "fishermen", "farmers", "herders", "shepherds", "neighbours", "neighbors", "compatriots", "migrants", "refugees", "soldiers", "troops", "accomplices", "associates",
    "passersby", "passers-by", "orphans", "widows", "stowaways", "fugitives", "farmhands", "penitents",
    "servicemen", "marines", "sailors", "airmen", "officers", "policemen", "police", "policewomen",
    "officials", "guards", "militants", "fighters", "rebels", "insurgents", "gunmen", "attackers",
    "assailants", "terrorists", "jihadists", "militiamen", "militia", "militias", "members", "supporters",
    "demonstrators", "protesters", "protestors", "activists", "journalists", "reporters", "doctors",
    "nurses", "medics", "volunteers", "firefighters", "rescuers", "crew", "crewmen", "climbers", "hikers",
    "motorists", "drivers", "pedestrians", "bystanders", "victims", "patients", "prisoners", "inmates",
    "detainees", "hostages", "captives", "suspects", "relatives", "personnel", "others", "policeman",
    "soldier", "officer", "journalist", "worker", "contractors", "engineers", "jockeys", "mourners",
    "guests", "fans", "spectators", "voters", "opponents", "dissidents", "bloggers", "evacuees", "idps",
    "individu", "individus", "personnes", "personas", "pessoas", "habitantes", "habitants", "vecinos",
    "residentes", "moradores", "mineros", "niños", "enfants", "ciudadanos", "victimes", "víctimas",
    "nuns", "priests", "monks", "clerics", "imams", "rabbis", "bishops", "sisters", "brothers",
    "sons", "daughters", "mothers", "fathers", "wives", "husbands", "siblings", "cousins", "parents",
    "nephews", "nieces", "uncles", "aunts", "grandchildren", "grandsons", "granddaughters", "in-laws",
    "grandparents", "friends", "colleagues", "comrades", "companions", "customers", "clients", "diners",
    "divers", "athletes", "adolescents", "minors", "juveniles", "pensioners", "newborns", "schoolgirls",
    "schoolboys", "diplomats", "envoys", "ministers", "mps", "judges", "surgeons", "pirates", "spies",
    "cops", "pilots", "guerrillas", "commandos", "bandits", "thieves", "smugglers", "poachers",
    "criminals", "gangsters", "nomads", "recruits", "cadets", "conscripts", "noncombatants", "more",
    "other", "wounded", "dead", "injured", "casualties", "survivors", "youngsters", "folks",
    "bodyguards", "bodyguard", "aides", "aide", "escorts", "staffers", "expatriates", "expats", "elders",
    "gendarmes", "paramilitaries", "chiefs", "seniors", "crewmembers", "convicts", "pows", "deputies",
    "constables", "sheriffs", "wardens", "scouts", "guides", "sherpas", "youth", "kid", "peacekeepers",
}  # fmt: skip
# People who flee or are moved without being displaced ("the gunmen fled"), or moved by an employer.
NOT_DISPLACED = {
    "suspects", "suspect", "gunmen", "gunman", "attackers", "attacker", "assailants", "robbers", "militants",
    "rebels", "fighters", "thieves", "prisoners", "inmates", "troops", "soldiers", "police", "policemen",
    "kidnappers", "hijackers", "bombers", "terrorists", "insurgents", "raiders", "bandits", "pirates",
    "smugglers", "driver", "drivers", "players", "fans", "delegates", "spectators", "damaged", "affected",
}  # fmt: skip
NOT_DISPLACED |= departure_words.RESPONDERS  # "deployed 40 officers outside evacuation centres"
# People who leave a place without being displaced ("200 pilgrims left Mecca", "the protesters fled"), but
# who are displaced when evacuated, relocated or sheltered, and victims when held, missing or hurt.
LEAVERS = {
    "tourists", "protesters", "demonstrators", "pilgrims", "worshippers", "mourners", "lawmakers", "students",
    "passengers",
}  # fmt: skip
# A number after these is in a phrase of the subject, not the one arrested: "meetings with 40 residents were held
# over the weekend", "vigils attended by 300 people were held after the shooting" (events are held too).
EVENT_PEOPLE_LINKS = frozenset({"for", "by", "with"})
MOVED_STAFF = {"employees", "staff", "workers", "personnel", "executives", "jobs", "diplomats", "offices"}
DISPLACED_HEADS = {
    "refugees",
    "idps",
    "evacuees",
    "displaced",
    "homeless",
    "families",
    "households",
}  # not "migrants": "the hangar housing about 120 migrants" (a detention centre) is no displacement
DISPLACED_HEADS |= {"asylum-seekers", "people", "persons", "survivors", "victims", "residents", "villagers"}
HOUSEHOLDS = {"families", "family", "households", "household", "familias", "familles", "famílias", "ménages"}
HOUSEHOLDS |= {"menages", "hogares", "familles"}
DWELLINGS = {
    "homes", "houses", "home", "house", "dwellings", "huts", "shelters", "residences", "homesteads",
    "shacks", "apartments", "flats", "housing", "viviendas", "casas", "maisons", "habitations", "logements",
    "moradias", "residências",
}  # fmt: skip
PERSON_SUFFIXES = ("ers", "ors", "ists", "ants", "ents", "ians", "men", "ees", "ites", "ics", "iers")
PERSON_SUFFIXES += ("ian", "ist", "man", "ee")  # singular: "one civilian", "one journalist", "one detainee"
# Singular heads of a count of one: "one teacher was killed", "at least one migrant died". A set of their
# own: a noun phrase does not end at them ("3 suspect packages", "4 guard posts", "3 member states").
SINGULAR_PERSONS = {
    w[:-1] for w in PERSONS if w.endswith(("ers", "ors", "ants", "ents", "iers")) and len(w) > 5
}
SINGULAR_PERSONS -= {"minor", "senior", "junior", "member", "suspect", "guard", "officer", "patient"}
SINGULAR_PERSONS |= {"teacher", "worker", "driver", "farmer", "passenger", "villager", "engineer", "fighter"}
SINGULAR_PERSONS |= {"reporter", "photographer", "trader", "herder", "student", "resident", "nurse", "doctor"}
SINGULAR_PERSONS |= {"tourist", "migrant", "employee", "volunteer", "protester", "pilgrim", "prisoner"}
SINGULAR_PERSONS |= {"militant", "rebel", "detainee", "soldier", "pupil", "officer", "civilian", "journalist"}
SINGULAR_PERSONS -= PERSONS
PERSONS |= {"missionaries", "missionary", "dignitaries", "functionaries", "emissaries", "secretaries"}
PERSONS |= {"militant", "rebel", "hostage", "suspect", "detainee", "member", "officer", "soldier", "pupil"}
# Heads that are not people: a number counting these is no figure.
# Squad members: an injured one is a team sheet's news, no casualty figure.
SPORT = {"players", "defenders", "strikers", "midfielders", "forwards", "goalkeepers", "batsmen", "bowlers"}
SPORT |= {"starters", "regulars", "teammates", "squad"}
NON_PERSON = {
    # a court's or a threat's words after "death": "handed down 11 death sentences"
    "sentences", "penalties", "threats", "certificates", "verdicts",
    # time, measures, money, sport
    "years", "year", "months", "month", "weeks", "week", "days", "day", "nights", "night", "hours", "hour",
    "minutes",
    "minute", "seconds", "decades", "centuries", "am", "pm", "a.m.", "p.m.", "gmt", "percent", "per",
    "pc", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "feet", "foot", "ft",
    "kg", "tonnes", "tons", "mm", "cm", "mph", "hectares", "acres", "degrees", "dollars", "euros",
    "pounds", "yuan", "rupees", "francs", "shekels", "dinars", "yen", "cents", "points", "goals", "runs",
    "wickets", "votes", "seats", "times", "games", "matches", "laps", "shots",
    # weapons, vehicles, buildings, places, events, documents, animals
    "bombs", "bomb", "rockets", "missiles", "shells", "mortars", "grenades", "mines", "guns", "rifles",
    "drones", "cars", "car", "trucks", "buses", "vehicles", "planes", "aircraft", "helicopters", "jets",
    "boats", "ships", "trains", "carriages", "tanks", "buildings", "schools", "hospitals", "mosques",
    "churches", "bridges", "roads", "shops", "stores", "facilities", "offices", "factories", "plants",
    "villages", "towns", "cities", "districts", "provinces", "counties", "states", "regions", "areas",
    "municipalities", "governorates", "localities", "settlements", "neighbourhoods", "neighborhoods",
    "communities", "camps", "centres", "centers", "sites", "blocks", "trees", "crops", "cases", "attacks",
    "incidents", "blasts", "explosions", "strikes", "raids", "bombings", "clashes", "protests",
    "operations", "videos", "letters", "reports", "warrants", "charges", "counts", "jobs", "cards",
    "viruses", "cattle", "cows", "sheep", "goats", "livestock", "animals", "birds", "dogs", "horses",
    "camels", "fish", "chickens", "pigs", "poultry", "whales", "dolphins", "elephants", "bulls", "sharks",
    "heads", "calls", "floors", "storeys", "stories", "rounds", "bullets", "homicides", "sq", "square",
    "lives", "injuries", "deaths", "wounds", "detainee", "million", "billion", "thousand", "hundred",
    "bills", "proposals", "plans", "talks", "deals", "projects", "products", "programs", "programmes",
    "measures", "amendments", "motions", "stocks", "shares", "companies", "firms", "banks", "flights",
    "cells", "species", "computers", "pcs", "servers", "files",
    "accounts", "websites", "pages", "emails", "messages", "items", "units", "bugs",
    "flaws", "branches", "hives", "colonies", "batteries", "engines", "lights",
}  # fmt: skip
NON_PERSON |= departure_words.PLACE_UNITS  # "people in 26 barangays", "from 12 communes"
# Things whose ending looks like a person's (PERSON_SUFFIXES): "seized 40 documents", "5,000 cash grants",
# "20 ventilators". The "-ments", "-tents" and "-vents" words are never people (NOT_PERSON_ENDINGS).
NOT_PERSON_ENDINGS = ("ments", "tents", "vents")
AGENT_LIKE_THINGS = {
    "grants", "restaurants", "variants", "pollutants", "implants", "accidents", "papers", "numbers", "orders",
    "borders", "towers", "trailers", "posters", "chapters", "layers", "waters", "answers", "headquarters",
    "corners", "markers", "liters", "litres", "parameters", "centimeters", "millimeters", "diameters",
    "transformers", "printers", "trackers", "stickers", "boulders", "fingers", "powers", "flowers", "rivers",
    "filters", "clusters", "disasters", "matters", "bunkers", "lockers", "doors", "motors", "tractors",
    "generators", "reactors", "corridors", "mirrors", "errors", "factors", "colors", "sensors", "vectors",
    "ventilators", "incubators", "elevators", "indicators", "detectors", "radiators", "calculators",
    "clinics", "statistics", "graphics", "topics", "tactics", "plastics", "fabrics", "electronics", "lists",
    "satellites", "rites", "suites", "parasites", "fees", "decrees", "specimens", "barriers", "frontiers",
    "lanterns", "heaters", "coolers", "cookers",
}  # fmt: skip
NON_PERSON |= AGENT_LIKE_THINGS
NON_PERSON |= {
    "tankers",
    "freighters",
    "trawlers",
    "ferries",
    "lorries",
    "minibuses",
    "containers",
    "barrels",
}
# Words that end a noun phrase: prepositions, conjunctions, determiners, pronouns.
PREPOSITIONS = {
    "in", "on", "at", "of", "from", "by", "with", "for", "to", "into", "across", "near", "around", "inside",
    "outside", "within", "throughout", "during", "after", "before", "since", "until", "over", "under",
    "along", "among", "between", "through", "toward", "towards", "against", "behind", "beyond", "via",
    "en", "de", "del", "dans", "à", "em", "da", "do", "no", "na", "por", "para", "sur", "y", "et", "e",
    "living", "mainly", "mostly", "including",
}  # fmt: skip
STOP = PREPOSITIONS | {
    "and", "or", "but", "nor", "the", "a", "an", "this", "that", "these", "those", "their", "its", "his",
    "her", "our", "my", "your", "who", "which", "whom", "whose", "when", "where", "while", "as", "if",
    "than", "then", "also", "said", "says", "say", "told", "according", "not", "no", "never", "it", "they",
    "he", "she", "we", "you", "i", "there", "here", "yesterday", "today", "tonight", "last", "next",
    "ago", "earlier", "later", "most", "some", "many", "all", "each", "both", "such", "so",
    "que", "qui", "los", "las", "les", "des", "el", "la", "le", "se", "il", "ils", "una", "unos", "unas",
}  # fmt: skip
# Before a number: a rescue, release or survival is no casualty ("freed three of the hostages").
NEG_BEFORE = {"released", "freed", "rescued", "free", "freeing", "releasing", "rescuing", "saved", "saving"}
NEG_BEFORE |= {"release", "rescue", "save", "charged", "jailed", "sentenced", "convicted"}
NEG_BEFORE |= {
    "sentences",
    "sentence",
    "sentencing",
    "condemned",
    "condemns",
    "condemn",
}  # "sentences nine to death"
NEG_BEFORE |= {"acquitted", "indicted", "survived", "survivors", "spared"}
NEG_BEFORE |= {"frees", "rescues"}  # "Colombian Army Frees 4 Kidnap Victims"
# After a kidnap/arrest trigger: "... were kidnapped last week were released".
NEG_AFTER = {"released", "freed", "rescued", "escaped", "returned", "survived", "alive", "unharmed"}
# After a missing figure: the missing were found ("the 4 missing climbers were found safe").
FOUND_SAFE = {"safe", "alive", "rescued", "unharmed", "reunited", "located"}
RETURN = {"returned", "return", "returning", "repatriated"}
# In a sentence about hostages: the release is the story, the count is no kidnapping figure.
RELEASE = {"released", "freed", "rescued", "escaped", "liberated", "exchanged", "swapped"}
# A part of a group before "of whom / of them": "40 villagers, many of whom were released" (not "all of").
SOME_OF = {"many", "some", "most", "several", "dozens", "scores", "hundreds", "half", "few"}
SOME_OF |= {"majority", "number"}
# Participles that name people by their ties: "17 men linked to Jemaah Islamiyah were taken into custody".
TIED = {"linked", "related", "connected", "tied", "affiliated", "allied"}
# Hypothetical or planned harm is no figure ("would kill one captive").
MODALS = MODAL_VERBS | {"threatened", "threatening", "vowed", "plans"}
MODALS |= {"plan", "planned", "planning", "attempt", "attempted", "trying", "tried", "try", "wants"}
MODALS |= {"intends", "intend", "intended", "intending", "aims", "aim", "aiming", "seeks", "seeking", "want"}
# Forecasts, no event yet, only before "to": "is forecast to force 10,000 people from their homes", "threatens
# to displace 5,000 families" (but "the airstrike likely killed 30 people" happened).
FORECASTS = {"threatens", "threaten", "expected", "likely", "forecast", "projected", "poised"}
FORECASTS |= {
    "set",
    "due",
    "scheduled",
    "slated",
    "pledged",
    "pledges",
    "promised",
    "promises",
}  # "is set to"
MODALS |= {
    "prepares",
    "preparing",
    "prepared",
    "hopes",
    "hoping",
    "proposes",
    "proposed",
    "offered",
    "offers",
}
# "including five children": a subgroup of a figure already counted.
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre",
}  # fmt: skip
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Before a number: what it numbers is not a head count ("aged 30", "No. 5", "Highway 11").
MIXED_COUNTS = {"casualties", "casualty"}  # a count of more than one kind: its parts are the figures
BODIES = {"bodies", "corpses"}  # a count of bodies coordinated after another figure is of the dead
# A military unit's name after its number ("the 444 Brigade", "166 Battalion"): singular, so no count of units.
UNIT_NAMES = {"brigade", "battalion", "regiment", "division", "squadron", "corps", "platoon"}
NOT_COUNT_BEFORE = {"aged", "age", "ages", "no", "number", "page", "section", "article", "resolution"}
NOT_COUNT_BEFORE |= {"flight", "route", "highway", "chapter", "room", "level", "category", "phase"}
NOT_COUNT_BEFORE |= {"grade", "magnitude", "gate", "platform", "line", "bus", "road", "street", "km", "mile"}
NOT_COUNT_BEFORE |= {"rs", "usd", "eur", "gbp", "inr", "dollars", "euros", "uss", "us$", "€", "£", "$", "¥"}

# A cheap pre-filter (on lower-cased text): a sentence without any of these stems holds no figure.
_STEMS = """kill|ordered|ordering|captur|hospital|abandon|vacat|desert|escap|left their|leaving their|leaves their|dead|death|die|fatal|perish|slain|slaughter|murder|massacr|drown|bodies|corpse|lives|his life
|her life|toll|injur|wound|hurt|maim|missing|unaccounted|untraced|disappear|arrest|detain|detention|custody
|rounded up|round up|rounding up|rounds up|apprehend|nabbed|kidnap|abduct|hostage|ransom|captive|captor|seiz|snatch|hijack|commandeer|prison|jail|with relatives|with host|with friends|safety cent|relief cent|tent settlement|tent cit|tent village|container cit|accommodation cent|experienced displacement|killings|unable to|cannot go|cannot return|could not return|could not go|able to return|yet to return|not yet returned|can't go|go home|left the|leaving the|leaves the|leave the|abandon|vacat|desert|transit cent|collective cent
|displac|evacu|fled|flee|homeless|homes|houses|without a home|without a roof|refugee|idp|pdi|relocat|resettle
|shelter|accommodat|housed|hosting|hosts|hosted|housing|camps|relief camp|destroy|destruct|collaps|razed
|razing|flatten|buried|burying|washed away|swept away|burned|burnt|gutted|levelled|leveled|demoli|rubble
|forced|forcing|pushed|pushing|driven|drove|chased|chasing|uproot|exodus|moved to safe|moved to higher|moved |relocated |transferred |shifted |bussed
|evacuad|desplaz|desaloj|albergad|sin hogar|sin techo|sans abri|sans-abri|déplac|deplac|évacu|réfugi|refugi
|desabrig|desloc|fallecid|muert|herid|desaparec|destru|détrui|shot dead|shooting dead|obligó|obligaron
|tents|tent camps|refuge|executed|behead|lynch|remains of|casualt|execution|gunned down|gunning down
|mowed down|stab|holding|hold |holds |searching for|search for|kidnappings|abductions|abductee|captivity|still held|still being held|hauled in|hauls in|haul in|picked up|nab|held by|taken by|pre-trial|pretrial|searched for|looking for|held over|held after|held in connection|held on suspicion|taken prisoner|feared buried|believed buried|feared trapped|believed trapped|in hospital|out of their|out of home|hosted in|electrocut|asphyxiat|suffocat|incinerat|hospitali|treated for|treatment for|treated in|treated at|treated in|treated at|for questioning|moved to a safe
|ordered to leave|told to leave|told to evacuate|ordered out|shifted to|leave their|morts|tués|mortos|bless|ferido
|destruy|burn|lost at sea|dragged away|dragged off|taken by|taken away by|having fled|after fleeing|after being displaced|need|away from|held at|held in|accommodation|arrivals|force|push|drive|driving|chases|evict|moved out of|moved away from|displacement sites|idp sites|evacuation sites|collective cent|net|held arbitrarily|held without|incommunicado|moved|moves|shifted|arbitrarily held
|in ruins|uninhabitable|beyond repair|unfit to live|camping|camped|sleeping|slept|staying|stayed|living in|living at|move|moving|took away|take away|takes away|taking away|behind bars|as missing|as dead|not been found|not yet been found|yet to be found|not been located|not yet been located|yet to be located|still not found|medical treatment|medical attention|hospital treatment|hospital attention|grab|kept in captivity|kept captive|kept hostage|in the hands of|carried off|spirited away|whisked away|made off with|making off with"""
# Multi-word stems match any whitespace run between their words ("to  hospital", "to\nhospital").
_GENERATED_STEMS = [f"{p} {noun}" for p in _POSSESSIVES for noun in forms(lm.HOME_NOUNS)]  # "left his farm"
_GENERATED_STEMS += departure_words.STEMS
# the captors' relative clause after the whole of a released part (captivity.held_whole): "freed 4 of the 19
# students they had taken", "released 19 of the 40 hostages they had been holding"
_GENERATED_STEMS += [
    f"{s} {v}" for s in ("they", "had", "have", "had been", "have been") for v in ("taken", "held", "holding")
]
_GENERATED_STEMS += ["they took", "they seized"]
# a search that goes on is for the missing (tolls.searched_for): "the search continued for 30 others"
_GENERATED_STEMS += [
    f"search {v}" for v in ("continu", "is continu", "was continu", "resum", "goes on", "went on")
]
TRIGGER_STEMS = re.compile(
    r"\b(?:" + trie([*_STEMS.replace("\n", "").split("|"), *_GENERATED_STEMS]).replace(r"\ ", r"\s+") + ")"
)
LABEL_FILLERS = {
    ":",
    "|",
    "-",
    "–",
    "=",
    "total",
    "people",
    "persons",
    "individuals",
    "individu",
    "individus",
}
LABEL_FILLERS |= {"personnes", "personas", "pessoas", "families", "households", "ménages", "nb", "of", "no"}
LABEL_FILLERS |= {"number", "estimated", "figure"}
QUALIFIERS = {
    "at_least": ["at least", "no fewer than", "no less than", "not less than", "a minimum of", "at minimum",
                 "por lo menos", "al menos", "au moins", "pelo menos", "ao menos"],
    "more_than": ["more than", "more then", "over", "above", "in excess of", "upwards of", "well over",
                  "just over", "exceeding", "greater than", "más de", "mas de", "plus de", "mais de",
                  "well above", "nearly over"],
    "about": ["about", "around", "approximately", "approx", "nearly", "almost", "some", "roughly",
              "an estimated", "estimated", "close to", "circa", "an approximate", "unas", "unos",
              "alrededor de", "cerca de", "casi", "aproximadamente", "environ", "près de", "quelque",
              "quase", "approximately some", "perhaps", "possibly", "maybe", "an estimate of"],
    "up_to": ["up to", "as many as", "as much as", "no more than", "not more than", "at most",
              "a maximum of", "hasta", "jusqu'à", "até"],
    "fewer_than": ["fewer than", "less than", "under", "below", "just under", "menos de", "moins de"],
}  # fmt: skip
QUALIFIER_PHRASES = {tuple(p.split()): q for q, ps in QUALIFIERS.items() for p in ps}
# Heads that end a number's binding at once (extractors.figures.binding): a noun phrase ending in one of these
# counts things ("rose 12 points", "4,500 injured shares", "three hours"), and every rule gives such a count no
# unit. The words a rule reads as a head of its own are left out: trigger words ("584 deaths", "28 injuries"),
# homes, households, bodies, toll and label words, lives, and scale words. tests/figures/test_rule_gates.py
# checks that the gate changes no output.
THING_HEADS = frozenset(
    NON_PERSON
    - {w for phrase in TRIGGERS for w in phrase}
    - DWELLINGS
    - HOUSEHOLDS
    - BODIES
    - TOLL_WORDS
    - LABEL_FILLERS
    - {"lives", "heads", "million", "billion", "thousand", "hundred", "per", "detainee", "cases", "camps"}
)
