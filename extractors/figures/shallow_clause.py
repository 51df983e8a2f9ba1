"""Clause checks of the shallow figure grammar (extractors.figures.shallow): what else in the clause of a
bound figure cancels it (a release, a return, "or" with another kind, found alive) or changes its kind (held
by captors); idioms whose last word is a trigger only after the rest of the idiom.
Language-neutral: every word comes from the `Vocab`."""

from __future__ import annotations

from extractors.figures.lang import PRE, Vocab
from extractors.figures.quantities import Qty

HIDDEN = "\x00"  # marks the last word of a broken idiom ("مخيمات" not after "يعيشون في")
STOP = frozenset('.,;:!?()[]"«»')  # tokens that end a clause after a number
RELEASE_WINDOW = 6  # tokens either side: "أطلق سراح 8 صيادين", "cinq personnes enlevées libérées"
CLAUSE_WINDOW = 10  # tokens after a participle to its clause's main verb: "enlevés en juin près de Ghadamès
# ont été libérés"
CAPTOR_WINDOW = 4  # tokens: "محتجزين لدى مجموعة مسلحة", "détenus par des hommes armés"
MODAL_WINDOW = 3  # tokens before a trigger verb: "من المتوقع أن ينزح", "قد ينزح"
COMPEL_WINDOW = 6  # tokens from a forcing verb to its object, past its qualifier: "أرغمت غارات الطيران المسير
# يوم الأحد (نحو) ثلاثة آلاف مدني"
HOLD_WINDOW = (
    6  # tokens from a count to "aux mains de": "17 autres sont toujours aux mains de leurs ravisseurs"
)
MOVE_WINDOW = 8  # tokens from a count or its move verb to the destination: "أربعة من موظفي بلدية الكفرة إلى"
RETURN_WINDOW = 3  # tokens: "عادت أكثر من 200", "déplacées sont rentrées"


def held_by_captors(words: list[str], q: Qty, term: int, v: Vocab) -> bool:
    """Held by gunmen, a gang, an armed group ("احتجز مسلحون 20", "محتجزين لدى مجموعة مسلحة", "détenus par
    des hommes armés"): the agent of the detention word is a captor, so the figure is a kidnapping."""
    if term < 0:
        return False
    if term < q.i:  # an active verb: its subject stands between it and its object, or just before it
        near = range(max(0, term - CAPTOR_WINDOW), q.i)
    else:  # a participle or passive: its agent follows
        near = range(term + 1, min(len(words), term + 1 + CAPTOR_WINDOW))
    for t in near:
        if t == term or words[t] in STOP:
            continue
        if _captor(words, t, v):
            return True
    return False


def mixed(words: list[str], term: int, kind: str, v: Vocab) -> bool:
    """The trigger is one side of "or" with another casualty word ("لقوا حتفهم أو فقدوا", "tués ou
    blessés", "مقتل أو إصابة 30"): a count that mixes kinds is no figure."""
    for d, others in ((term + 1, (term + 2, term + 3)), (term + 2, (term + 3,)), (term - 1, (term - 2,))):
        if not 0 <= d < len(words) or words[d] not in v.disjunctions:
            continue
        for t in others:
            if 0 <= t < len(words) and v.trigger_stems.match(words[t]):
                hit = v.role(words[t]).trigger
                if hit is None or hit[0] != kind:
                    return True
    return False


def returned(words: list[str], q: Qty, term: int, v: Vocab) -> bool:
    """A return verb heading the clause of a displaced figure ("عادت 200 أسرة نازحة", "ont rapatrié 150
    déplacés") or right after its noun, past where they came from ("200 familles déplacées (de Mourzouq) sont
    rentrées"): people going home."""
    sides = [words[max(0, q.i - RETURN_WINDOW) : q.i][::-1]]
    if term >= q.j:
        at = term + 1
        if at + 1 < len(words) and words[at] in v.origins:
            at += 2  # past where they were displaced from: "déplacées de Mourzouq ont regagné"
        sides.append(words[at : at + RETURN_WINDOW])
    for side in sides:
        for w in side:
            if w in STOP:
                break
            if v.find(v.returns, w) is not None:
                return True
    return False


def released(words: list[str], owner: list[int], q: Qty, v: Vocab) -> bool:
    """A release word in the clause of `q` ("أطلق سراح 8", "quatre otages ... libérés"): not a figure. A
    release joined by "و" with a count of its own ("توقيف 9 مهربين وتحرير 80 مهاجرا") frees that count, and a
    verbal noun joined after a release heads a clause of its own ("الإفراج عن 5 واعتقال 3")."""
    for t in range(q.i - 1, max(-1, q.i - 1 - RELEASE_WINDOW), -1):
        if words[t] in STOP or _joined_head(words, t, v) and v.role(words[t]).trigger is not None:
            break
        if v.role(words[t]).release:
            return True
    for t in range(q.j, min(len(words), q.j + RELEASE_WINDOW)):
        if words[t] in STOP:
            break
        if v.role(words[t]).release:
            joined = _joined_head(words, t, v) or t > q.j and _joined_head(words, t - 1, v)  # "وإطلاق سراح"
            return not (joined and any(o >= 0 for o in owner[t + 1 : t + 4]))
    return False


def _joined_head(words: list[str], t: int, v: Vocab) -> bool:
    """The word at t is joined by a conjunction (a clitic "وتحرير" or a word "et") to what precedes it."""
    w = words[t]
    return w[:1] in v.conjunctions and len(w) > 3 or t > 0 and words[t - 1] in v.conjunctions


def released_after(words: list[str], owner: list[int], term: int, v: Vocab) -> bool:
    """A release word in the clause of an abduction or detention word that follows its count, up to the main
    verb of the clause ("Deux ressortissants enlevés (en juin près de Ghadamès) ont été libérés", "ثلاثة صيادين
    محتجزين في مصراتة أفرج عنهم")."""
    left = CLAUSE_WINDOW  # function words ("le", "de", "ont été") do not count
    for t in range(term + 1, min(len(words), term + 1 + 2 * CLAUSE_WINDOW)):
        if (
            words[t] in STOP
            or owner[t] >= 0
            and not _year(words[t])
            or v.find(v.demands, words[t]) is not None
        ):
            return False  # "réclament leur libération": a demand, not a release
        if v.role(words[t]).release:
            return True
        left -= words[t] not in v.light and words[t] not in v.auxiliaries
        if not left:
            return False
    return False


def _year(word: str) -> bool:
    """A year ("depuis 2019", "منذ 2019") is no count that opens another clause."""
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def found_alive(words: list[str], term: int, v: Vocab) -> bool:
    """Missing people or hostages found alive ("4 مفقودين أحياء", "4 disparus (retrouvés) sains et saufs"): the
    alive phrase right after the word that follows the count, or after an auxiliary there."""
    at = term + 1
    if at < len(words) and words[at] in v.auxiliaries:
        at += 1
    return any(tuple(words[at : at + size]) in v.alive for size in (1, 2, 3))


def found_or_sought(words: list[str], q: Qty, term: int, v: Vocab) -> bool:
    """Missing or kidnapped people found alive (`found_alive`), or sought by the count: a search word between
    the count and the missing word after it ("شارك 500 متطوع في عمليات البحث عن المفقودين", "500 volontaires
    participent aux recherches des disparus") makes the count the searchers."""
    return found_alive(words, term, v) or any(v.find(v.searches, w) is not None for w in words[q.j : term])


def hide_broken_idioms(words: list[str], v: Vocab) -> None:
    """Hide the last word of an idiom ("appel", "vue") where the words before it are not the idiom's; a light
    word may stand inside it ("manquaient toujours à l'appel")."""
    for t, w in enumerate(words):
        heads = v.idioms.get(w)
        if heads is not None and not any(idiom_before(words, t, h, v) for h in heads):
            words[t] = HIDDEN + w


def idiom_before(words: list[str], t: int, head: tuple[str, ...], v: Vocab) -> bool:
    for want in reversed(head):
        t -= 1
        while t >= 0 and words[t] != want and words[t] in v.light:
            t -= 1
        if t < 0 or words[t] != want:
            return False
    return True


def cardinal_ones(words: list[str], qs: list[Qty], v: Vocab) -> list[Qty]:
    """`qs` with "one" after a person or casualty noun ("مقتل شخص واحد", "قتيل واحد"): the noun and "one" are
    a count of one; a casualty noun names its kind."""
    if not v.ones:
        return qs
    taken = {t for q in qs for t in range(q.i, q.j)}
    added = []
    for t in range(1, len(words)):
        if words[t] not in v.ones or t in taken or t - 1 in taken:
            continue
        hit = v.role(words[t - 1]).trigger
        if hit is not None and hit[1] != PRE:
            added.append(Qty(t - 1, t + 1, 1, kind=hit[0]))
        elif v.find(v.persons, words[t - 1]) is not None:
            added.append(Qty(t - 1, t + 1, 1))
    return sorted(qs + added, key=lambda q: q.i) if added else qs


def event_hit(word: str, v: Vocab) -> tuple[str, str] | None:
    """An event noun ("مداهمات", "rafle") read as a trigger before its number, only before a reach verb."""
    kind = v.find(v.events, word)
    return (kind, PRE) if kind is not None else None


def reach_before(words: list[str], t: int, v: Vocab) -> bool:
    """A reach verb right before the event noun at t, the verb first: "طالت حملة الاعتقالات", "شملت عمليات"."""
    return any(v.find(v.reaches, w) is not None for w in words[max(0, t - 2) : t])


def counts_people(words: list[str], q: Qty, v: Vocab) -> bool:
    """The noun counted by `q` (past light words: "une centaine de migrants") is a person or household noun:
    what a campaign "reached" ("طالت 22 شخصا", not "طالت 3 أحياء")."""
    for w in words[q.j : q.j + 3]:
        if w in v.light:
            continue
        return v.find(v.persons, w) is not None or v.find(v.households, w) is not None
    return False


def judged(
    words: list[str], owner: list[int], q: Qty, bound: tuple[str, int], v: Vocab
) -> tuple[str, int] | None:
    """What the rest of the clause makes of `q` bound to (kind, trigger index): cancelled (None: mixed kinds,
    a modal, a return, a release, found alive or sought), held by captors (kidnapped), or as bound."""
    kind, term = bound
    if term >= 0 and (mixed(words, term, kind, v) or hypothetical(words, q, term, v)):
        return None
    if term >= 0 and v.find(v.seizes, words[term]) is not None and not counts_people(words, q, v):
        return None  # "ضبط 500 قرص مخدر": goods seized, not people
    if kind == "displaced" and returned(words, q, term, v):
        return None
    if kind in ("kidnapped", "arrested") and released_after(words, owner, term, v):
        return None
    if kind in ("missing", "kidnapped") and term >= q.j and found_or_sought(words, q, term, v):
        return None
    if kind == "arrested" and held_by_captors(words, q, term, v):
        return "kidnapped", term
    if kind in ("arrested", "kidnapped") and term == q.j:
        return _harmed_later(words, owner, term, v) or bound  # "40 détenus sont morts": the dead
    return bound


def _harmed_later(words: list[str], owner: list[int], term: int, v: Vocab) -> tuple[str, int] | None:
    """A death, an injury or a disappearance told of the detainees or hostages that a count names by its
    noun (at `term`): "au moins 40 détenus sont morts", "10 رهائن لقوا حتفهم"."""
    for t in range(term + 1, min(len(words), term + 1 + CLAUSE_WINDOW)):
        if words[t] in STOP or owner[t] >= 0:
            return None
        hit = v.role(words[t]).trigger
        if hit is not None and hit[0] in ("killed", "injured", "missing") and hit[1] != PRE:
            return hit[0], t
    return None


def hypothetical(words: list[str], q: Qty, term: int, v: Vocab) -> bool:
    """A modal between `q` and the trigger after it ("20 000 personnes pourraient être évacuées"), or just
    before the trigger verb before it ("من المتوقع أن ينزح 3 آلاف", "قد ينزح 5000"): no event yet."""
    if term >= q.j and _planned_verb_before(words, q, v):
        return True  # "prévoit d'évacuer 500 réfugiés": the noun counts no one the plan has not moved yet
    span = range(q.j, term) if term >= q.j else range(term - 1, max(-1, term - 1 - MODAL_WINDOW), -1)
    return _modal_in(words, span, v)


def _planned_verb_before(words: list[str], q: Qty, v: Vocab) -> bool:
    """A trigger verb just before `q` (in the same clause) with a modal before it."""
    for t in range(q.i - 1, max(-1, q.i - 1 - MODAL_WINDOW), -1):
        if words[t] in STOP:
            return False
        if words[t] in v.planned or v.find(v.triggers, words[t]) is not None:
            return _modal_in(words, range(t - 1, max(-1, t - 1 - MODAL_WINDOW), -1), v)
    return False


def _modal_in(words: list[str], span: range, v: Vocab) -> bool:
    """A modal (or a hedge before a present form) among the tokens of `span`, read up to a clause stop."""
    for t in span:
        if words[t] in STOP:
            return False
        if v.find(v.modals, words[t]) is not None:
            return True
        if words[t] in v.hedges and t + 1 < len(words) and v.find(v.presents, words[t + 1]) is not None:
            return True
    return False


def underwent(words: list[str], q: Qty, t: int, v: Vocab) -> bool:
    """The verbal noun at t after `q` carries the undergo clitic ("للخطف") and an undergo verb stands just
    before `q` or between them ("تعرض ثلاثة ... للخطف", "ثلاثة مهاجرين تعرضوا للخطف")."""
    if not v.undergo_clitic or not words[t].startswith(v.undergo_clitic):
        return False
    return any(
        v.find(v.undergo, words[u]) is not None for u in (*range(max(0, q.i - 3), q.i), *range(q.j, t))
    )


def forced_out(words: list[str], owner: list[int], q: Qty, v: Vocab) -> tuple[str, int] | None:
    """A forcing verb before `q` (or between it and the link) and a leaving word after a link ("دفعت
    الاشتباكات مئات الأسر إلى مغادرة منازلها", "ont obligé 40 familles à partir"): ("displaced", its index)."""
    if not v.compel:
        return None
    forced = False
    at = q.i - qualifier_before(words, q, v)
    for t in range(at - 1, max(-1, at - 1 - COMPEL_WINDOW), -1):
        if words[t] in STOP or owner[t] >= 0:
            break
        if v.find(v.compel, words[t]) is not None:
            forced = True
            break
    for t in range(q.j, min(len(words) - 1, q.j + COMPEL_WINDOW)):
        if words[t] in STOP or owner[t] >= 0:
            return None
        forced = forced or v.find(v.compel, words[t]) is not None
        if forced and words[t] in v.compel_links and _leaving(words[t + 1], v):
            return "displaced", t + 1
    return None


def qualifier_before(words: list[str], q: Qty, v: Vocab) -> int:
    """Tokens of the qualifier phrase right before `q` ("أكثر من", "ما لا يقل عن", "plus de"), 0 when none."""
    for size in (4, 3, 2, 1):
        if q.i - size >= 0:
            first, rest = words[q.i - size], tuple(words[q.i - size + 1 : q.i])
            if any((form, *rest) in v.qualifiers_before for form in v.forms(first, article=False)):
                return size
    return 0


def _leaving(word: str, v: Vocab) -> bool:
    hit = v.role(word).trigger
    return v.find(v.leaving, word) is not None or hit is not None and hit[0] == "displaced"


def held_by(words: list[str], owner: list[int], q: Qty, v: Vocab) -> int | None:
    """`q` held by captors: a hold phrase after it ("aux mains de", "في قبضة", "لدى") with a captor word right
    after the phrase ("leurs ravisseurs", "الخاطفين"); the captor's index."""
    if not v.holds or q.j < len(words) and v.role(words[q.j]).subgroup:
        return None  # "وما زال 5 منهم في قبضة الخاطفين": a part of a count given before
    for t in range(q.j, min(len(words), q.j + HOLD_WINDOW)):
        if words[t] in STOP or owner[t] >= 0:
            return None
        size = next((n for n in (3, 2, 1) if tuple(words[t : t + n]) in v.holds), 0)
        if size:
            return next(
                (u for u in range(t + size, min(len(words), t + size + 3)) if _captor(words, u, v)), None
            )
    return None


def _captor(words: list[str], t: int, v: Vocab) -> bool:
    pair = f"{words[t]} {words[t + 1]}" if t + 1 < len(words) else ""
    return v.find(v.captors, words[t]) is not None or bool(pair) and v.find(v.captors, pair) is not None


def moved_to(words: list[str], owner: list[int], q: Qty, v: Vocab) -> tuple[str, int] | None:
    """`q` led or moved to a destination that names its kind: a move verb before `q` (past its subject) or
    after it (past auxiliaries: "ont été conduits"), then a link and a destination ("اقتيد 6 صحفيين إلى مقر
    جهاز الأمن", "اقتاد مسلحون أربعة من موظفي البلدية إلى جهة مجهولة", "نقل 46 عائلة متضررة إلى مدارس
    المدينة"): (kind, the verb's index) when the verb may take its count there."""
    verb = _move_verb(words, owner, q, v) if v.moves else None
    if verb is None:
        return None
    kinds = v.find(v.moves, words[verb]).split()
    first = max(q.j, verb + 1)
    for t in range(first, min(len(words), first + MOVE_WINDOW)):
        if words[t] in STOP or owner[t] >= 0:
            return None
        if words[t] in v.move_links and (kind := _destination(words, t + 1, q, v)) is not None:
            return (kind, verb) if kind in kinds else None
    return None


def _move_verb(words: list[str], owner: list[int], q: Qty, v: Vocab) -> int | None:
    at = q.i - qualifier_before(words, q, v)
    for t in range(at - 1, max(-1, at - 1 - COMPEL_WINDOW), -1):
        if words[t] in STOP or owner[t] >= 0:
            break
        if v.find(v.moves, words[t]) is not None:
            return t
    left = 3  # "35 familles (ont été) relogées", "quatre employés (ont été) emmenés"
    for t in range(q.j, min(len(words), q.j + 2 * MOVE_WINDOW)):
        if words[t] in STOP or owner[t] >= 0 or not left:
            return None
        if v.find(v.moves, words[t]) is not None:
            return t
        left -= words[t] not in v.light and words[t] not in v.auxiliaries
    return None


def _destination(words: list[str], t: int, q: Qty, v: Vocab) -> str | None:
    """The kind named by the destination phrase from token t (past articles), anywhere in its first words
    ("مقر جهاز الأمن", "une destination inconnue", "des centres d'hébergement"); a shelter for families only
    ("مدارس", "écoles") for a count of households."""
    while t < len(words) and (words[t] in v.light or words[t] in v.articles):
        t += 1
    for u in range(t, min(len(words), t + 4)):
        if words[u] in STOP or words[u] in v.move_links:
            return None
        for size in (3, 2, 1):
            rest = tuple(w.lstrip(HIDDEN) for w in words[u + 1 : u + size])  # an idiom's word is a place here
            forms = v.forms(words[u].lstrip(HIDDEN))
            kind = next((v.destinations[k] for f in forms if (k := (f, *rest)) in v.destinations), None)
            if kind is None:
                continue
            if size == 1 and v.find(v.household_shelters, words[u]) is not None:
                return kind if any(v.find(v.households, w) for w in words[q.j : q.j + 2]) else None
            return kind
    return None
