"""Who holds whom: a kidnapping or an arrest, decided by the captor, the place and the story.

- holding: "kidnappers holding 3 UN workers", "5 others are still being held" in a kidnapping story, "600
  people were being held" in a detention centre;
- taking: "police seized 3 suspects" (arrest), "gunmen captured 5 workers" (kidnapping), a disguise;
- a craft taken with the people aboard: "pirates seized a tanker with 25 crew";
- custody: the headline "Police Hold 40", "police picked up hundreds of protesters".
"""

from __future__ import annotations

from extractors.figures import lexicon as lx
from extractors.figures.phrases import low, match_back, match_fwd, qualifier_before
from extractors.figures.sentences import Tok

_KIDNAP_STEMS = ("kidnap", "abduct", "hostage", "captor", "captive", "hijack", "pirate")
_CAPTORS = lx.CAPTORS - {"group", "men", "militia"}
_CUSTODIANS = {
    "police",
    "authorities",
    "officers",
    "officials",
    "security",
    "army",
    "troops",
    "forces",
}  # named ones: "they" is whoever the sentence is about ("militants ... said they would go on holding")
_HELD_AUX = lx.AUXILIARIES | {"still", "now", "reportedly"}
_ABOARD = ("with", "carrying", "and", ",")  # "Pirates Seize Tanker, 25 Crew"
_SEIZING_CUSTODIANS = _CUSTODIANS | {"guard", "guards", "coastguard", "customs", "navy"}
_NOT_HELD = {"talks", "a", "an", "responsible", "up", "back"}  # "held talks", "held a vigil"
_SPANS = {"day", "week", "fortnight", "month", "year"}  # "still held a month after", not "held a vigil"
_SAY = {"say", "says", "said", "saying", "told", "reported", "believe", "believed"}
# The words each rule needs at k (the token before the number): `binding` tests them before the call.
HOLDING_AT = frozenset({"other", "remaining", "holding", "hold", "holds"})
ABOARD_AT = frozenset({"its", "their", *_ABOARD})
CUSTODY_AT = frozenset({"holding", "held", "up", "hold", "holds"})
HELD_AT = frozenset(_HELD_AUX | {"held"})  # `held_after` at j
_TAKING = lx.SEIZE_FORMS | lx.CAPTURE_FORMS | {"snatched", "snatch", "snatches", "snatching"}
_TAKING |= {"grabbed", "grab", "grabs", "grabbing", "took", "take", "takes", "taking"}  # "police grabbed 3"


def taken_as_them(toks: list[Tok], i: int, np_end: int) -> lx.Trigger | None:
    """N is the object of a first verb and "them" the object of a verb of taking after "and": "herded 80
    schoolchildren out of their classrooms and abducted them", "stopped 12 men at a checkpoint and arrested
    them" (not "3 gunmen stormed the village and kidnapped them": N is the subject there)."""
    v = low(toks, qualifier_before(toks, i)[1] - 1)  # the first verb, right before N
    if v in lx.RELEASE or not (len(v) > 4 and v.endswith(("ed", "ing")) or v in _VERB_UP):
        return None
    for j in range(np_end, min(len(toks), np_end + 10)):
        if toks[j].kind == "n" or toks[j].text in (";", ":", "."):
            return None
        m = match_fwd(toks, j + 1, lx.POST) if toks[j].low == "and" else None
        if m is not None and m[1].kind in (lx.KIDNAPPED, lx.ARRESTED) and low(toks, m[0]) == "them":
            kind = taker_kind(toks, j + 1) or m[1].kind  # "police stopped 30 men and seized them": an arrest
            return lx.Trigger(kind, None, lx.POST)
    return None


_VERB_UP = {"up", "took", "held", "caught", "led", "drove", "marched", "seized"}  # "rounded up", "lined up"


def held_after(toks: list[Tok], j: int) -> str | None:
    """The kind of "5 others were still being held": kidnapped in a kidnapping story (police holding
    suspects excepted), arrested in a story of a detention centre or prison ("a detention centre in Tajoura,
    where around 600 people were being held")."""
    start = j
    while low(toks, j) in _HELD_AUX:
        j += 1
    if low(toks, j) != "held" or low(toks, j + 1) in _NOT_HELD and low(toks, j + 2) not in _SPANS:
        return None  # (but "still held a month after their abduction")
    still = any(t.low == "still" for t in toks[start:j])
    if any(t.low in _CUSTODIANS or t.low in ("questioning", "cells") for t in toks[j : j + 6]):
        return lx.ARRESTED if still else None  # "held by police"
    if any(t.low.startswith(_KIDNAP_STEMS) or t.low in _CAPTORS for t in toks):
        return lx.KIDNAPPED  # a kidnapping story, even one that names a prison ("jailed members freed")
    if any(t.low.startswith(("detention", "prison", "jail")) for t in toks):
        return lx.ARRESTED
    return lx.KIDNAPPED if still else None  # "Two journalists still held"


def holding(toks: list[Tok], k: int) -> bool:
    """ "kidnappers holding 3 UN workers", "are still holding 2 drivers" in a kidnapping story."""
    if low(toks, k) in ("other", "remaining"):
        k -= 2 if low(toks, k - 1) == "the" else 1  # "holding the other four", "Vow to Hold Remaining 6"
    if low(toks, k) not in ("holding", "hold", "holds"):
        return False
    before = [t.low for t in toks[max(0, k - 4) : k]]
    subject = [t.low for t in toks[max(0, k - 30) : k]]  # "Gunmen who stormed a seminary ... are holding"
    captors = any(w in _CAPTORS for w in subject)
    if any(w in _CUSTODIANS or w == "they" and not captors for w in before):
        return False  # "police are holding 5 suspects" (but "militants ... said they would go on holding")
    return captors or any(t.low.startswith(_KIDNAP_STEMS) or t.low == "ransom" for t in toks)  # "for ransom"


def aboard(toks: list[Tok], k: int) -> bool:
    """ "pirates seized a tanker with 25 crew", "hijacked a bus carrying 30 passengers", "captures UN
    helicopter with 6 aid workers": the people aboard a craft that is seized are taken with it. Not when
    custodians seize it ("police seized a truck with 40 migrants": smuggled people, not hostages)."""
    if low(toks, k) in ("its", "their"):
        k -= 1  # "seized the ship and its 25 crew"
    if low(toks, k) not in _ABOARD:
        return False
    for c in range(k - 1, max(0, k - 6), -1):
        if toks[c].low in lx.CRAFT_FORMS:
            for v in range(c - 1, max(-1, c - 6), -1):
                if toks[v].low in lx.SEIZE_FORMS:
                    return not any(t.low in _SEIZING_CUSTODIANS for t in toks[max(0, v - 6) : v])
            return False
    return False


def taker_kind(toks: list[Tok], s: int) -> str | None:
    """Who takes people decides what the taking is: "police seized 3 suspects" is an arrest, "gunmen
    captured 5 foreign workers" a kidnapping. The subject is looked for in the 12 words before the verb at s;
    None when the verb is no verb of taking or no subject is named."""
    if low(toks, s) not in _TAKING:
        return None
    lo = max(0, s - 12)
    for j in range(s - 1, lo - 1, -1):  # the subject is in the verb's own clause
        if toks[j].text in (",", ";") and low(toks, j + 1) != "who" and not _closes_relative(toks, j):
            lo = j + 1  # "After killing 3 police officers, gunmen seized 5 civilians"
            break
    lo = _chain_start(toks, s, lo)
    for j in range(lo, s):  # the first one named is the subject: "the gunmen, who killed 4 guards, seized
        w = toks[j].low  # 12 hostages", "troops shot dead 14 militants and captured 6"
        if w in _CAPTORS or w == "men" and low(toks, j - 1) in ("armed", "masked", "unidentified"):
            return lx.KIDNAPPED  # (and "armed men in police uniforms": a disguise, not the police)
        if w in _SEIZING_CUSTODIANS and low(toks, j - 1) not in ("in", "as"):
            if any(t.low in _SAY for t in toks[j + 1 : s]):
                continue  # the source, not the subject: "police (in Lagos) say kidnappers have seized 400"
            return lx.ARRESTED
    return None


def _chain_start(toks: list[Tok], s: int, lo: int) -> int:
    """Where the subject of the verb at s is looked for when the verb ends a chain of verb phrases that share
    one subject: "Gunmen stopped a bus near Kalat, checked identity cards and took away six men" (the clause
    before the comma at lo - 1, up to the previous comma); lo itself when there is no chain."""
    w = low(toks, lo)
    if lo == 0 or low(toks, s - 1) != "and" or not (len(w) > 4 and w.endswith("ed") or w in _PAST_TAKING):
        return lo
    for j in range(lo - 2, max(-1, lo - 16), -1):
        if toks[j].text in (",", ";", ":"):
            return j + 1
    return max(0, lo - 16)


_PAST_TAKING = {"took", "stole", "shot", "set", "made", "drove", "held", "burnt", "hit", "cut", "tore"}


def fronted(toks: list[Tok], k: int) -> str | None:
    """The kind of a captivity predicate fronted before the copula at k and N: "Still in the hands of Abu
    Sayyaf militants are three Indonesian fishermen", "Still missing are 20 fishermen", "Also in custody were
    9 migrants"; only after "still", "also" or nothing at the start of the sentence."""
    m = match_back(toks, k - 1, lx.POST)
    if m is None or m[1].kind not in (lx.KIDNAPPED, lx.ARRESTED, lx.MISSING):
        return None
    return m[1].kind if all(t.low in ("still", "also", "now", "and") for t in toks[: m[0]]) else None


FRONTED_AT = frozenset({"are", "were", "is", "was", "remain", "remained"})  # the copula before N


def custody_hold(toks: list[Tok], k: int, i: int) -> bool:
    """A headline's "Police Hold 40 After Riot", "Authorities hold 12 over attack": custodians hold people;
    "they were holding four men suspected of ...", "police picked up hundreds of protesters"."""
    w = low(toks, k)
    if w in ("holding", "held") and "suspected" in (low(toks, i + 2), low(toks, i + 3)):
        return True  # (not "police are holding three suspects" in a kidnapping story)
    custodians = _SEIZING_CUSTODIANS
    if w in ("holding", "hold", "holds") and (_custodian_holds(toks, k) or _incommunicado(toks, i)):
        t = toks[i + 1] if i + 1 < len(toks) else None  # "police are holding 12 suspects"
        if t is None or t.kind != "w" or t.low in lx.PREPOSITIONS:
            return True  # "holding 40 over the riot"
        for t in toks[i + 1 : i + 4]:  # the head, past up to two modifiers: "60,000 political prisoners"
            if t.kind != "w":
                break
            if t.low in lx.PERSONS or t.low.endswith(lx.PERSON_SUFFIXES) and t.low not in lx.NON_PERSON:
                return True  # "holding 12 suspects", "9,400 Palestinians"
        return False
    if w == "up" and low(toks, k - 1) in ("picked", "picks", "pick", "picking"):
        k, custodians = k - 1, _CUSTODIANS  # (the coastguard picks up migrants at sea: a rescue)
    elif w not in ("hold", "holds"):
        return False
    head = low(toks, i + 1)  # "Police Hold 40 After Riot", not "Police Hold Two Press Conferences"
    if head and toks[i + 1].kind == "w" and head not in lx.PERSONS and head not in lx.PREPOSITIONS:
        return False
    return any(t.low in custodians for t in toks[max(0, k - 3) : k])


def _custodian_holds(toks: list[Tok], k: int) -> bool:
    """The verb at k ("holding") has a custodian for its subject, right before its auxiliaries ("security forces
    are holding") or named before "said it / they" ("the prison service said it was holding")."""
    j = k - 1
    while low(toks, j) in _HELD_AUX:
        j -= 1
    if low(toks, j) in ("it", "they"):  # "said (in July) it was holding": the pronoun is the speaker
        say = next((s for s in range(j - 1, max(-1, j - 5), -1) if low(toks, s) in _SAY), None)
        if say is None:
            return False
        return any(t.low in _CUSTODIANS or t.low in _JAILERS for t in toks[max(0, say - 4) : say])
    if low(toks, j) in _AGENCY and low(toks, j - 1) in _JAILERS:
        return True  # "the prison service is holding", "the Internal Security Agency is holding"
    return low(toks, j) in _CUSTODIANS or low(toks, j) in _JAILERS


_JAILERS = {"prison", "prisons", "jailers", "wardens", "guards", "intelligence", "security"}  # "the Israel
# Prison Service", "the National Intelligence Service", "the Internal Security Agency"
_AGENCY = {"service", "services", "agency", "agencies", "directorate"}


def _incommunicado(toks: list[Tok], i: int) -> bool:
    """ "holding 18 residents of Tarhuna incommunicado", "holding 25 activists without charge": the manner of
    holding says it is a detention, whoever holds (within the clause after N)."""
    for j in range(i + 1, min(len(toks), i + 9)):
        w = toks[j].low
        if w == "incommunicado" or w == "without" and low(toks, j + 1) in ("charge", "charges", "trial"):
            return True
        if toks[j].kind == "p" or toks[j].kind == "n":
            return False
    return False


def _closes_relative(toks: list[Tok], j: int) -> bool:
    """The comma at j closes a relative clause opened by ", who" or ", which" in the eight words before
    ("the gunmen, who killed 4 guards, seized 12 hostages")."""
    return any(low(toks, x) in ("who", "which") and low(toks, x - 1) == "," for x in range(max(0, j - 8), j))


def released_described(lows: list[str], i: int, start: int, passive: bool) -> bool:
    """A release word between N and its trigger at `start` that describes the people, with no verb group of
    its own before the trigger: "the 5 freed hostages", "two workers freed after months in captivity" (not "12
    escaped inmates were arrested", "people rescued from the boat remain missing": a later event)."""
    if passive or lows[start - 1] in lx.AUX:
        return False
    return not lx.RELEASE.isdisjoint(lows[i + 1 : start])


def still_held_kind(toks: list[Tok], start: int, trig: lx.Trigger, head: int | None) -> lx.Trigger:
    """The trigger of "N still held after ..." (read as an arrest, "12 held after the riot") in a kidnapping story
    that names no custodian is a kidnapping: "Nine freed, 12 still held after Kaduna church abduction" (but "12
    people were held after the kidnapping": suspects, no "still")."""
    if (
        trig.kind != lx.ARRESTED
        or low(toks, start) != "held"
        or low(toks, start - 1) not in ("still", "remain")
    ):
        return trig
    if any(t.low in _CUSTODIANS for t in toks) or not any(t.low.startswith(_KIDNAP_STEMS) for t in toks):
        return trig
    if head is not None and toks[head].low in lx.NOT_DISPLACED:
        return trig  # "Five suspects still held over Kaduna school kidnapping": the suspects are arrested
    return lx.Trigger(lx.KIDNAPPED, None, trig.roles)


# Who holds the whole of a released part, in a relative clause after it: "they", the captors (not custodians).
_HOLDERS = {
    "they",
    "it",
    "he",
    "kidnappers",
    "captors",
    "abductors",
    "gunmen",
    "militants",
    "rebels",
    "pirates",
}
_HOLDERS |= {"bandits", "jihadists", "insurgents", "group", "gang", "militia", "militiamen", "attackers"}
_HELD_VERBS = {"holding", "held", "taken", "took", "seized", "abducted", "kidnapped", "captured", "kept"}


def held_whole(toks: list[Tok], i: int) -> int:
    """The end of the relative clause that holds the whole at i of a part ("released 19 of the roughly 40 Yazidi
    hostages they had been holding", "freed 4 of the 19 students the gunmen took"); 0 when there is none."""
    for j in range(i + 1, min(len(toks), i + 6)):
        k = j + (low(toks, j) in ("that", "whom"))
        k += low(toks, k) == "the"
        if low(toks, k) in _HOLDERS:
            k += 1
            k += low(toks, k) in ("had", "have", "has")
            k += low(toks, k) == "been"
            return k + 1 if low(toks, k) in _HELD_VERBS else 0
        if toks[j].kind != "w":
            return 0
    return 0
