"""The walk from a number to the trigger after it: noun phrase, asides, relative clause, verb group
("17 people have been killed", "6 000 homeless villagers", "three soldiers and two civilians were killed").
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.figures import departures, units
from extractors.figures import lexicon as lx
from extractors.figures.asides import skip_aside, spaced
from extractors.figures.phrases import (
    ATTRIBUTIVE,
    OBJECT_RELATIVE_AT,
    adverb,
    base_trigger,
    low,
    match_fwd,
    nights_in,
    noun_phrase,
    np_done,
    np_word,
    object_relative,
    people_ahead,
    person_like,
)
from extractors.figures.sentences import Tok


@dataclass(slots=True)
class PostMatch:
    """A trigger found after a number, with the head noun of the number's noun phrase."""

    trig: lx.Trigger
    start: int  # first token of the trigger
    end: int
    head: int | None
    passive: bool
    np_end: int
    direct: bool  # nothing but adverbs between the number and the trigger
    future: bool = False  # "could be displaced", "may need to be evacuated"


def _sheltered_after(toks: list[Tok], j: int) -> bool:
    """ "rescued and taken to shelters": a rescue that ends in a shelter or a hospital."""
    for k in range(j, min(len(toks), j + 4)):
        m = match_fwd(toks, k, lx.POST)
        if m is not None:
            return m[1].kind in (lx.DISPLACED, lx.INJURED)
    return False


def _participle(toks: list[Tok], j: int) -> bool:
    """ "working" in "2 women working for a charity were kidnapped" (no trigger such as "killing")."""
    w = toks[j].low
    by = len(w) > 4 and low(toks, j + 1) in _AGENT_PREPS or w in lx.TIED  # (or "linked to", "tied to")
    if w.endswith("ed") and not toks[j].upper and by:
        # a passive participle that is no trigger: "2 aid workers employed by Save the Children were abducted"
        return match_fwd(toks, j, lx.PRE | lx.POST) is None and w not in lx.AUX
    return len(w) > 5 and w.endswith("ing") and not toks[j].upper and match_fwd(toks, j, lx.PRE) is None


_LINKING_AT = OBJECT_RELATIVE_AT | {"who", "that", "of", "and", "or", "whose"}  # _linking needs one, or -ed
_CONJ_DETERMINERS = {"a", "an", "the", "other", "their", "his", "her", "its"}  # "... and their colleague"
_AGENT_PREPS = {"by", "for", "in", "at", "from", "with", "on"}


def _dwell_after(toks: list[Tok], j: int) -> bool:
    m = match_fwd(toks, j + (low(toks, j) in ("were", "was", "have", "had")), lx.POST)
    return m is not None and bool(m[1].roles & lx.DWELL)


def _thing_after(toks: list[Tok], j: int) -> bool:
    t = toks[j] if j < len(toks) else None
    return t is not None and np_word(t) and not person_like(t) and t.low not in lx.HOUSEHOLDS


@dataclass(slots=True)
class _Walk:
    """The walk of `scan` from a number to its trigger: position, noun phrase, state, what was used."""

    toks: list[Tok]
    lows: list[str]  # the lower-cased tokens, padded (binding.bind)
    j: int
    np: list[int]
    state: str  # "np" (in the noun phrase), "after" (past it), "aux" (in the verb group)
    used: set[str]
    passive: bool = False
    future: bool = False
    direct: bool = False

    def trigger(self) -> PostMatch | None:
        """A POST or NOUN trigger at the current token, with what the walk found before it."""
        toks, lows, j = self.toks, self.lows, self.j
        m = match_fwd(toks, j, lx.POST | lx.NOUN)  # (scan calls it only where a phrase starts)
        if m is None or lows[m[0]] == "to" and lows[m[0] + 1] == "death":
            return None  # "burned to death": the death, not the burning
        if m[1].roles & lx.PLACE and toks[j].low in lx.DWELLINGS and _dwell_after(toks, m[0]):
            return None  # "3,200 shelters destroyed": the place is the dwelling that was destroyed
        thing = lows[m[0] - 1] in ATTRIBUTIVE and _thing_after(toks, m[0])
        if thing and "pp" in self.used and self.state != "aux":
            return None  # "placed 4 players on the injured reserve list"
        np = self.np
        head = np[-1] if np else None
        end = np[-1] + 1 if np else j
        return PostMatch(m[1], j, m[0], head, self.passive, end, self.direct and not np, self.future)

    def number(self, t: Tok) -> bool:
        """ "three soldiers and two civilians were killed": one more conjunct with its number."""
        toks, lows, used = self.toks, self.lows, self.used
        if (
            self.state == "after"
            and not used & {"conj-num", "pp"}
            and self.np
            and lows[self.j - 1] in ("and", ",")
        ):
            used.add("conj-num")
            _, self.j = noun_phrase(toks, self.j + 1)
            return True
        return False

    def punct(self, t: Tok) -> bool:
        """An aside ("( ... )", ", ... ,"), ", and", or ", who" continues the walk."""
        toks, lows, j, np = self.toks, self.lows, self.j, self.np
        if t.text == "," and np and lows[j + 1].endswith("ed") and match_fwd(toks, j + 1, lx.POST):
            self.j += 1  # a participle in apposition: "The three engineers, abducted in Ubari last week, ..."
            return True
        if (t.text in "(," or t.text == "-" and spaced(toks, j)) and "aside" not in self.used:
            after = skip_aside(toks, j, np)
            if after is not None:
                self.used.add("aside")
                self.direct, self.j = False, after
                return True
        if t.text == "," and np and "conj-num" not in self.used and lows[j + 1] == "and":
            self.j += 1
            return True
        if t.text == "," and np and "rel" not in self.used and lows[j + 1] in ("who", "which"):
            self.j += 1  # "the 3 men, who were arrested in May, ..."
            return True
        if t.text == "," and np and self.state != "aux" and departures.apposed(lows[j + 1], self.used):
            self.j += 1  # an appositive count: "Residents of 12 villages, around 40,000 people, were told to
            return True  # leave", "The population of Tawergha, some 30,000 people, has fled"
        return False

    def word(self, t: Tok) -> bool:
        if self.state == "np" and len(self.np) < 5 and np_word(t) and not np_done(self.toks, self.np, t):
            self.np.append(self.j)
            self.j += 1
            return True
        self.state = "after" if self.state == "np" else self.state
        w = t.low
        done = self._linking(t, w) if w in _LINKING_AT or w.endswith("ed") else None  # (what it needs)
        if done is None:
            done = self._attached(t, w)
        if done is None:
            done = self._verb_group(t, w)
        return bool(done)

    def _linking(self, t: Tok, w: str) -> bool | None:
        """Relative pronouns and "and" between the noun phrase and the verb group."""
        toks, lows, j, np, used = self.toks, self.lows, self.j, self.np, self.used
        nxt = toks[min(j + 1, len(toks) - 1)].kind
        if np and "rel" not in used and w in OBJECT_RELATIVE_AT and (verb := object_relative(toks, j)):
            used.add("rel")  # "the 12 workers (that) they abducted": the number is the verb's object
            self.passive, self.state, self.j = True, "aux", verb
        elif "rel" not in used and (end := departures.relative_end(toks, j, w, bool(np))):
            used.add("rel")  # "who", "of which", "whose homes were flooded": the verb group after it
            self.state, self.j = "aux", end
        elif (
            w in ("and", "or") and np and toks[np[-1]].low.endswith("ed") and match_fwd(toks, j + 1, lx.POST)
        ):
            np.pop()  # "scores trapped and missing"
            self.j += 1
        elif w.endswith("ed") and lows[j + 1] == "to" and lows[j + 2] == "death":
            self.j += 1  # "gored to death"
        elif w == "and" and np and "conj" not in used and self.state == "after" and nxt == "w":
            used.add("conj")
            self.j += 2 if lows[j + 1] in _CONJ_DETERMINERS else 1
            more, self.j = noun_phrase(toks, self.j)
            return bool(more)
        elif w == "and" and np and self.state == "after" and nxt == "n":
            self.j += 1
        else:
            return None
        return True

    def _attached(self, t: Tok, w: str) -> bool | None:
        """A prepositional or participial phrase on the noun: "residents living in sheds in low-lying areas"."""
        toks, np, used = self.toks, self.np, self.used
        if not np or "pp2" in used:
            return None
        participle = self.state == "after" and "pp" not in used and _participle(toks, self.j)
        if not (w in lx.PREPOSITIONS or participle and departures.counts_people(toks[np[-1]])):
            return None
        used.add("pp2" if "pp" in used else "pp")
        j, n = self.j + 1, len(toks)
        for _ in range(
            14 if participle else 6
        ):  # "migrants intercepted at sea by the coast guard on Saturday"
            if j < n and (skip := departures.count_in_phrase(toks, j)):
                j += skip  # "10,000 people in 23 villages were displaced", "people from 2,715 families", "inside
                continue  # the 6-km danger zone"
            if j >= n or toks[j].kind != "w" or toks[j].low in lx.AUX_VERBS or match_fwd(toks, j, lx.POST):
                break
            j += 1
        self.j = j
        return True

    def _verb_group(self, t: Tok, w: str) -> bool | None:
        """Auxiliaries, adverbs, an adjective before "injuries", "shot and" before the verb."""
        toks, lows, j = self.toks, self.lows, self.j
        if w in lx.AUX or adverb(w):
            self.passive = self.passive or w in lx.PASSIVE
            self.future = self.future or (  # "could be displaced", "would have to leave", "would leave
                w in lx.MODAL_VERBS  # their homes next year": no event yet
                and (lows[j + 1] == "be" or lows[j + 2] == "to" or base_trigger(toks, j + 1))
            )
            self.direct = self.direct and adverb(w)
            self.state, self.j = "aux", j + 1
        elif self.state == "aux" and np_word(t) and _injury_after_modifiers(toks, j + 1):
            self.j += 1  # any adjective before "injuries": "suffered (life-threatening) moderate injuries"
        elif (
            (w.endswith("ed") or w in lx.HARM_PARTICIPLES)
            and lows[j + 1] in ("and", "or")
            and (self.state == "aux" or self.state == "after" and self.np and self.np[-1] == j - 1)
            and (w not in lx.NEG_BEFORE or _sheltered_after(toks, j + 2))
        ):
            self.j += 2  # "were shot and killed", "7,916 people rescued and evacuated to safer places"
        elif w in lx.SPEND_FORMS and (at := nights_in(toks, j + 1)):
            self.state, self.j = "aux", at  # "spent a third night in evacuation centres"
        elif self.state == "aux" and w in ("in", "at", "into") and _place_ahead(toks, j + 1):
            self.j += 1  # "some 9,000 remained in emergency shelters"
        else:
            return None
        return True


def _place_ahead(toks: list[Tok], j: int) -> bool:
    """A shelter or camp (a PLACE trigger) within three words: "in (the town's) temporary shelters"."""
    return any(match_fwd(toks, k, lx.PLACE) is not None for k in range(j, min(len(toks), j + 3)))


def _injury_after_modifiers(toks: list[Tok], j: int) -> bool:
    """ "injuries" (a POST trigger) at j, or after one more modifier word."""
    if low(toks, j) in lx.INJURY_FORMS:
        return match_fwd(toks, j, lx.POST) is not None
    return j < len(toks) and np_word(toks[j]) and low(toks, j + 1) in lx.INJURY_FORMS


def scan(
    toks: list[Tok], lows: list[str], j: int, np: list[int], state: str, conj_num: bool = True
) -> PostMatch | None:
    """From j, walk noun phrase, asides, relative pronoun, verb group up to the first trigger."""
    walk = _Walk(
        toks, lows, j, np, state, set() if conj_num else {"conj-num"}, direct=not np and state == "np"
    )
    for _ in range(30):
        if walk.j >= len(toks):
            return None
        found = walk.trigger() if lows[walk.j] in lx.FIRST_WORDS else None  # (trigger() finds none elsewhere)
        if found is not None:
            return found
        t = toks[walk.j]
        step = walk.number if t.kind in "nd" else walk.punct if t.kind == "p" else walk.word
        if not step(t):
            return None
    return None


def post_trigger(toks: list[Tok], lows: list[str], i: int) -> PostMatch | None:
    """N [noun phrase] [verb group] TRIGGER, with attributive triggers ("6 000 homeless villagers")."""
    j = i + 1
    if lows[j] == "or" and lows[j + 1] in ("more", "so") or lows[j] == "-" and lows[j + 1] in ("plus", "odd"):
        j += 2  # "20 or more", "20-odd"
    elif lows[j] == "+":
        j += 1
    state, partitive = "np", False
    if lows[j] == "of":
        if lows[j + 1] in ("which", "whom", "them"):
            j, state = j + 2, "aux"
        elif toks[i].num.vague or toks[i].num.approx:
            j += 2 if lows[j + 1] in ("the", "those") else 1
        elif lows[j + 1] in ("the", "those", "these", "their") and (w := departures.whole_at(toks, j + 2)):
            j, partitive = w + 1, True  # "two of the (town's) 30 passengers were killed": counts the two
        elif lows[j + 1] in ("its", "their", "his", "her", "our"):
            j += 2  # "6 of its staff were abducted"
        elif lows[j + 1] in ("the", "those", "these") and people_ahead(toks, j + 2):
            j, partitive = j + 2, True  # "four of the group's staff were killed": a part, no whole given
        else:
            return None
    first = scan(toks, lows, j, [], state)
    things = first is not None and units.things_for(toks, lows, first.head, first.start, first.trig)
    if first is None or things and not first.trig.roles & lx.NOUN:
        return None  # "delivered 5,000 blankets to displaced families": N counts the things
    if first.trig.kind in _DIED_LATER and not (partitive or first.passive or lows[i - 2] == "of"):
        # a reduced relative: "11 people detained after the protests had died in custody" are killed
        main = _main_verb(toks, lows, first)
        if main is not None and main.trig.kind == lx.KILLED:
            return main
    if partitive and not first.passive:  # "8 of the 30 people wounded in the blast later died": the
        main = _main_verb(toks, lows, first)  # participle is the 30's; the main verb counts the 8
        if main is not None:
            return main
        if any(t.low in lx.RETURN or t.low == "back" for t in toks[first.end : first.end + 12]):
            return None  # "6,000 of the 8,400 people evacuated ... have since gone back": the part returned
    if first.trig.roles & lx.NOUN:
        head = first.end - 1
        if first.direct and lows[first.end] in lx.NON_PERSON:
            return None  # "361 IDP sites", "3 refugee camps": the noun modifies a thing
        if toks[head].low not in lx.PERSONS:
            return first  # "584 deaths", "two fatalities": the noun is the figure
        if things:
            return None  # "carrying 200 tonnes of food for Sudanese refugees": N counts the things
    elif first.direct and lows[first.end - 1] in ATTRIBUTIVE:
        np, _ = noun_phrase(toks, first.end)
        if not np or toks[np[0]].low.endswith("ed"):
            return first  # "the 10 dead included ..."
        if not (person_like(toks[np[-1]]) or toks[np[-1]].low in lx.HOUSEHOLDS):
            return None  # "3 dead batteries"
        head = np[-1]
    else:
        return first
    later = scan(toks, lows, head + 1, [head], "after", conj_num=False)
    if later is not None and later.start < head + 9 and not later.trig.roles & lx.NOUN:
        later.head = head
        return later
    first.head, first.np_end = head, head + 1
    return first


_DIED_LATER = {lx.ARRESTED, lx.KIDNAPPED, lx.INJURED}


def _main_verb(toks: list[Tok], lows: list[str], reduced: PostMatch) -> PostMatch | None:
    """The finite trigger after a reduced relative ("wounded in the blast"), in the same clause: after an
    auxiliary or adverb ("later died", "have since died", "were killed"), or a past form ("died")."""
    for k in range(reduced.end, min(len(toks), reduced.end + 10)):
        t = toks[k]
        if t.kind == "n" or t.text in (",", ";", ":", "(") or t.low in ("and", "but", "while", "who"):
            return None
        if lows[k] not in lx.FIRST_WORDS:
            continue  # no trigger phrase starts with the word (match_fwd finds none)
        m = match_fwd(toks, k, lx.POST)
        if m is None:
            continue
        before = low(toks, k - 1)
        if before in lx.AUX or adverb(before) or t.low.endswith("ed"):
            return PostMatch(m[1], k, m[0], reduced.head, True, reduced.np_end, False, reduced.future)
        return None
    return None
