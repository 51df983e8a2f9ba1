"""The shallow figure grammar shared by the non-English languages (Arabic, French): a quantity phrase and a
casualty predicate in the same clause, tolls and qualifiers. Everything language-specific is in a `Vocab`
(extractors.figures.lang); this module names no word of any language.

1. Fold the text once (extractors.text.arabic.fold): letter variants, diacritics, tatweel, bidi controls,
   digits of any script; offsets map back to the caller's text.
2. Skip sentences without a trigger stem; tokenise the rest; find quantities (extractors.figures.quantities).
3. Bind each quantity to a trigger: a following noun or participle ("12 قتيلا", "21 personnes tuées"),
   else a preceding verb, verbal noun or toll ("مقتل 12", "la mort de 21", "ارتفعت حصيلة القتلى إلى 12").
   Subgroups ("بينهم", "dont"), released people, years, money, ages and seats give no figure.
"""

from __future__ import annotations

import re

from extractors.figures.lang import BOTH, POST, PRE, Vocab
from extractors.figures.quantities import Qty, quantities
from extractors.figures.sentences import with_triggers
from extractors.figures.shallow_clause import (
    STOP,
    cardinal_ones,
    counts_people,
    event_hit,
    forced_out,
    held_by,
    hide_broken_idioms,
    judged,
    moved_to,
    reach_before,
    released,
    underwent,
)
from extractors.figures.shallow_counts import blocked, person_dual
from extractors.figures.shallow_lists import RESTATE, restated_people, same_kind_parts, share_coordinated
from extractors.records import Figure
from extractors.text.arabic import Folded, fold

_BOUNDARY = re.compile(r"[.!?;]+(?=\s|$)|\n+")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s']")
MAX_SENTENCE = 600  # characters; a longer "sentence" (no punctuation) is cut at a space
MAX_TOKENS_AFTER = 8  # "21 personnes ont été tuées"
MAX_TOKENS_BEFORE = 10  # "ارتفعت حصيلة ضحايا الفيضانات في درنة إلى 11300"
_STOP_BEFORE = frozenset(".;:!?()[]")


def extract(text: str, vocab: Vocab) -> list[Figure]:
    """Figures in `text` read with `vocab`, offsets into `text`, in order of appearance."""
    folded = fold(text)
    low = folded.text
    hits = [m.start() for m in vocab.trigger_stems.finditer(low)]
    if not hits:
        return []
    figures: list[Figure] = []
    for s, e, _ in with_triggers(sentence_spans(low), hits):
        figures.extend(_sentence(text, folded, s, e, vocab))
    return figures


def sentence_spans(low: str) -> list[tuple[int, int]]:
    """Sentence spans of folded text, none longer than MAX_SENTENCE."""
    spans, last = [], 0
    for m in _BOUNDARY.finditer(low):
        spans.extend(_cut(last, m.end(), low))
        last = m.end()
    spans.extend(_cut(last, len(low), low))
    return spans


def _cut(s: int, e: int, low: str) -> list[tuple[int, int]]:
    out = []
    while e - s > MAX_SENTENCE:
        cut = low.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        out.append((s, cut))
        s = cut
    if e > s and low[s:e].strip():
        out.append((s, e))
    return out


def _sentence(text: str, folded: Folded, s: int, e: int, v: Vocab) -> list[Figure]:
    matches = list(_TOKEN.finditer(folded.text, s, e))
    words = [m.group() for m in matches]
    if v.idioms:
        hide_broken_idioms(words, v)
    memo = v.memo
    roles = [memo.get(w) or v.role(w) for w in words]
    if not any(r.starter for r in roles):
        return []
    starts, ends = [m.start() for m in matches], [m.end() for m in matches]
    spaced = _spaced(folded.text, words, starts, ends) if v.space_groups else starts
    qs = cardinal_ones(words, _compounds(words, quantities(words, spaced, ends, v, roles), v), v)
    if not qs:
        return []
    owner = [-1] * len(words)
    for k, q in enumerate(qs):
        for t in range(q.i, q.j):
            owner[t] = k
    out = []
    sentence = text[folded.origin(s) : folded.origin_end(e)].strip()
    scope = _scope(roles)
    places = [
        (t, r.place)
        for t, r in enumerate(roles)
        if r.place is not None and not any(b in v.bearings for b in words[max(0, t - 2) : t])
    ]
    bounds = [_bind(words, owner, k, q, v) for k, q in enumerate(qs)]
    share_coordinated(words, qs, bounds, v)
    restated_people(words, qs, bounds, v)
    same_kind_parts(words, qs, bounds, v)
    for q, bound in zip(qs, bounds, strict=True):
        if bound is None:
            continue
        kind, term = bound
        start, end = folded.origin(starts[q.i]), folded.origin_end(ends[q.j - 1])
        out.append(
            Figure(
                kind=kind,
                value=q.value,
                qualifier=_qualifier(words, q, v),
                unit=_unit(words, q, v),
                start=start,
                end=end,
                sentence=sentence,
                low=q.low,
                high=q.high,
                vague=q.vague,
                term=text[folded.origin(starts[term]) : folded.origin_end(ends[term])] if term >= 0 else None,
                scope=scope,
                location=_place(places, q, v),
                text=text[start:end],
            )
        )
    return out


def _compounds(words: list[str], qs: list[Qty], v: Vocab) -> list[Qty]:
    """Join a scaled number and the smaller one after "و": "3 آلاف و845", "ألفين و300", "١٠ آلاف و٢٠٠"; drop a
    person dual right after a number, which counts it as a plural."""
    out: list[Qty] = []
    for q in qs:
        last = out[-1] if out else None
        if last is not None and last.j == q.i and q.j == q.i + 1 and person_dual(words[q.i], v):
            continue  # "ثلاثة صحفيين": a plural counted by the number before it, not a dual
        if (
            last is not None
            and q.i == last.j + 1
            and words[last.j] in v.conjunctions
            and last.vague is None
            and last.low is None
            and q.vague is None
            and q.low is None
            and q.kind is None
            and (v.find(v.scales, words[last.j - 1], article=False) or v.find(v.duals, words[last.j - 1]))
        ):
            unit = 1000 ** ((len(str(last.value)) - 1) // 3)
            if unit > 1 and last.value % unit == 0 and q.value < unit:
                out[-1] = Qty(last.i, q.j, last.value + q.value, approx=last.approx, kind=last.kind)
                continue
        out.append(q)
    return out


def _spaced(low: str, words: list[str], starts: list[int], ends: list[int]) -> list[int]:
    """Token starts with a run of spaces between two digit tokens read as one ("4  352" is "4 352")."""
    out = list(starts)
    for j in range(1, len(words)):
        if words[j][:1].isdigit() and words[j - 1][-1:].isdigit() and (gap := low[ends[j - 1] : starts[j]]):
            out[j] = ends[j - 1] + 1 if gap.isspace() and "\n" not in gap else starts[j]
    return out


def _bind(words: list[str], owner: list[int], k: int, q: Qty, v: Vocab) -> tuple[str, int] | None:
    """(kind, index of the trigger token, -1 for a dual) of quantity `q`, or None."""
    if blocked(words, q, v):
        return None
    if released(words, owner, q, v):
        return None
    if q.kind is not None:
        return q.kind, -1
    bound = (
        forced_out(words, owner, q, v) or _bind_trigger(words, owner, q, v) or moved_to(words, owner, q, v)
    )
    if bound is None and (captor := held_by(words, owner, q, v)) is not None:
        return "kidnapped", captor  # "17 autres sont toujours aux mains de leurs ravisseurs"
    return None if bound is None else judged(words, owner, q, bound, v)


def _bind_trigger(words: list[str], owner: list[int], q: Qty, v: Vocab) -> tuple[str, int] | None:
    t, end = q.j, min(len(words), q.j + MAX_TOKENS_AFTER)
    base = end
    while t < end:
        w = words[t]
        if w == "," and t + 1 < len(words) and (v.role(words[t + 1]).subgroup or words[t + 1] in RESTATE):
            close = words.index(",", t + 1) if "," in words[t + 1 : t + 8] else -1
            if close > 0:  # ", dont un médecin," / "، بينهم طبيب،" / ", soit 1 400 personnes,": look past it
                t, end = close + 1, min(len(words), close + 1 + MAX_TOKENS_AFTER)
                base = end
                continue
        if w in STOP or owner[t] >= 0:
            break
        hit = v.role(w).trigger
        t += 1
        if hit is None:
            if w in v.light or w in v.auxiliaries:  # function words do not count: "Trois membres du
                end = min(len(words), end + 1)  # conseil municipal de Koufra ont été kidnappés"
            continue
        if t > base and words[t - 2] not in v.auxiliaries and w not in v.idioms:
            break  # past the plain window only a verb after its auxiliary: not "... ont démissionné après la mort"
        kind, where = hit
        before = _bind_before(words, owner, q, v) if t - 2 == q.j and words[q.j] in v.origins else None
        if before is not None and before[0] != kind:
            return before  # "وفاة 4 من المصابين": the part of the injured who died
        if where == PRE and t - 2 >= q.j and words[t - 2] in v.compel_links and _intransitive(words, t, v):
            return kind, t - 1  # "اضطر أكثر من 500 شخص إلى الفرار", "أجبرت 2000 عائلة على النزوح"
        if where == PRE and underwent(words, q, t - 1, v):
            return kind, t - 1  # "تعرض ثلاثة من أعضاء المجلس البلدي للخطف"
        if where == PRE or where == BOTH and _opens_next(words, owner, t - 1, q, v):
            break
        if _links_next(words, owner, t - 1, v):
            break  # "عدد قتلى ... إلى 11300 شخص والمفقودين إلى 10100": the next number's toll
        if _joined(words, t - 1, v) and (before := _bind_before(words, owner, q, v)) is not None:
            return before  # "مقتل طفلين وإصابة والدتهما": the word after "و" opens its own clause
        return kind, t - 1
    return _bind_before(words, owner, q, v)


def _intransitive(words: list[str], t: int, v: Vocab) -> bool:
    """The verbal noun before t has no object after it ("على النزوح", "إلى الفرار من"; not "على إجلاء المرضى")."""
    return t >= len(words) or words[t] in STOP or v.find(v.prepositions, words[t], article=False) is not None


def _joined(words: list[str], t: int, v: Vocab) -> bool:
    """The trigger at t is joined by a conjunction to what precedes it ("وإصابة", "et blessé")."""
    w = words[t]
    clitic = w[:1] in v.conjunctions and len(w) > 2 and v.find(v.triggers, w[1:]) is not None
    return clitic or t > 0 and words[t - 1] in v.conjunctions


def _opens_next(words: list[str], owner: list[int], t: int, q: Qty, v: Vocab) -> bool:
    """A trigger that may stand before its number and is followed by the next one: "وإصابة 5", "و120 إصابة"
    keeps it only when it is right after `q` and not joined to what follows by a conjunction clitic."""
    nxt = t + 1 + _qualifier_size(words, t + 1, v)  # "وإصابة أكثر من 100"
    if not any(o >= 0 for o in owner[nxt : nxt + 2]) or words[t - 1] in v.definite:
        return False  # (a noun after its article is no count's: "14 migrants ont trouvé la mort et 9 ...")
    w = words[t]
    return t > q.j or (w[:1] in v.conjunctions and v.find(v.triggers, w[1:]) is not None)


def _qualifier_size(words: list[str], t: int, v: Vocab) -> int:
    """Tokens of a qualifier phrase starting at token t ("ما لا يقل عن", "plus de"), 0 when none."""
    for size in (4, 3, 2, 1):
        if t + size <= len(words):
            rest = tuple(words[t + 1 : t + size])
            if any((form, *rest) in v.qualifiers_before for form in v.forms(words[t], article=False)):
                return size
    return 0


def _bind_before(words: list[str], owner: list[int], q: Qty, v: Vocab) -> tuple[str, int] | None:
    toll: tuple[str, int] | None = None
    reached = carried = False  # a reach verb between the trigger and q, or before it: "حملة اعتقالات طالت 22"
    for t in range(q.i - 1, max(-1, q.i - 1 - MAX_TOKENS_BEFORE), -1):
        w = words[t]
        if w in _STOP_BEFORE or owner[t] >= 0 or w in v.clause_breaks:
            return None  # (another clause: "... قد يجبرون على النزوح، فيما يحتاج 150 ألفا آخرون")
        # "غرق قارب يقل 60 مهاجرا": the boat sank, not all 60 died (not "ما لا يقل عن 27": a qualifier)
        carried = carried or w in v.carriers and _qualifier_size(words, t + 1, v) == q.i - t - 1
        reached = reached or reach_before(words, t, v)  # "طالت حملة الاعتقالات ... 60 شخصا"
        hit = v.role(w).trigger or (event_hit(w, v) if reached else None)
        if hit is not None and reached and not counts_people(words, q, v):
            return None  # "a touché 22 villages"
        reached = reached or v.find(v.reaches, w) is not None
        if hit is not None:
            kind, where = hit
            if carried and kind in ("killed", "injured"):
                return None
            if (
                where != PRE
                and where != BOTH
                and not _after_toll(words, t, v)
                and not _linked(words, t, q, v)
            ):
                return None
            if _paired(words, owner, t, kind, v):
                return None  # "مقتل وجرح العشرات": killed and wounded together, neither figure
            return kind, t
        if toll is None and (head := v.find(v.tolls, w)) is not None:
            toll = (head, t)
    return toll


def _paired(words: list[str], owner: list[int], t: int, kind: str, v: Vocab) -> bool:
    """A trigger joined by a conjunction to a trigger of another kind just before it, which has no number
    of its own ("مقتل وجرح العشرات"; not "٥ قتلى وإصابة ١٤")."""
    w = words[t]
    joined = w[:1] in v.conjunctions and len(w) > 2 or t > 1 and words[t - 1] in v.conjunctions
    if not joined:
        return False
    b = t - 2 if words[t - 1] in v.conjunctions else t - 1
    if b < 0 or b > 0 and (owner[b - 1] >= 0 or any(v.find(v.persons, w) for w in words[max(0, b - 2) : b])):
        return False  # (the first has its own subject: "عنصرا أمنيا قُتل وأُصيب 3 آخرون")
    hit = v.role(words[b]).trigger
    return hit is not None and hit[0] != kind and hit[1] != POST


def _links_next(words: list[str], owner: list[int], t: int, v: Vocab) -> bool:
    """The trigger at t is followed by a toll link and a number, after a toll head ("عدد قتلى ... إلى 11300
    شخص والمفقودين إلى 10100")."""
    if t + 1 >= len(words) or words[t + 1] not in v.toll_links:
        return False
    nxt = t + 2 + _qualifier_size(words, t + 2, v)
    return nxt < len(words) and owner[nxt] >= 0 and any(v.role(w).toll for w in words[:t])


def _linked(words: list[str], t: int, q: Qty, v: Vocab) -> bool:
    """A trigger linked to `q` by a toll link ("إلى", "à") after a toll head earlier in the sentence: "ارتفع
    عدد القتلى إلى 50 والجرحى إلى 120", "le bilan est passé à 32 morts et celui des blessés à 159"."""
    if t + 1 >= q.i or words[t + 1] not in v.toll_links:
        return False
    if q.i - t - 2 != _qualifier_size(words, t + 2, v):
        return False
    return any(v.role(w).toll for w in words[:t])


def _after_toll(words: list[str], t: int, v: Vocab) -> bool:
    """ "عدد القتلى", "le nombre de morts", "حصيلة ضحايا": a toll head just before a kind word."""
    return any(v.role(w).toll for w in words[max(0, t - 3) : t])


def _qualifier(words: list[str], q: Qty, v: Vocab) -> str:
    # "plus d'une trentaine", "près d'un millier": the qualifier stands before the article of an "-aine" word
    at = q.i - 1 if q.approx and q.i > 0 and words[q.i - 1] in v.articles else q.i
    for size in (4, 3, 2, 1):
        if at - size < 0:
            continue
        first, rest = words[at - size], tuple(words[at - size + 1 : at])
        for form in v.forms(first, article=False):
            if (form, *rest) in v.qualifiers_before:
                return v.qualifiers_before[(form, *rest)]
    if (head := _toll_head_qualifier(words, q, v)) is not None:
        return head
    for t in range(q.j, min(len(words), q.j + 3)):
        for size in (2, 1):
            key = tuple(words[t : t + size])
            if key in v.qualifiers_after:
                return v.qualifiers_after[key]
    if q.vague or q.low is not None:
        return "at_least"
    return "about" if q.approx else "exact"


def _scope(roles: list) -> str:
    """'cumulative' when the sentence has a running-total cue, else 'incident' with an event cue, else 'unknown'."""
    if any(r.cumulative for r in roles):
        return "cumulative"
    return "incident" if any(r.incident for r in roles) else "unknown"


def _place(places: list[tuple[int, str]], q: Qty, v: Vocab) -> str | None:
    """The place named nearest to `q` in its sentence; a town beats the country it lies in."""
    towns = [(t, p) for t, p in places if p != v.country] or places
    if not towns:
        return None
    return min(towns, key=lambda tp: min(abs(tp[0] - q.i), abs(tp[0] - q.j)))[1]


def _toll_head_qualifier(words: list[str], q: Qty, v: Vocab) -> str | None:
    """ "تجاوز عدد الوفيات ... 200", "dépasse le nombre de ... 5 000": a qualifier before the toll head."""
    for t in range(q.i - 1, max(0, q.i - 1 - MAX_TOKENS_BEFORE), -1):
        if words[t] in _STOP_BEFORE:
            return None
        if v.role(words[t]).toll:
            for form in v.forms(words[t - 1], article=False) if t > 0 else ():
                if (form,) in v.qualifiers_before:
                    return v.qualifiers_before[(form,)]
            return None
    return None


def _unit(words: list[str], q: Qty, v: Vocab) -> str:
    for w in words[q.j : q.j + 2]:
        if v.find(v.households, w):
            return "households"
    return "people"
