"""Per-language vocabulary for the shared shallow figure grammar (extractors.figures.shallow).

A language module (ar, fr) lists its words as they are written; `Vocab.build` folds them
(extractors.text.arabic.fold) so that lookups on folded text match every spelling variant. The grammar
never names a word of any language: everything it knows about a language is in one `Vocab`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.text.arabic import clitic_forms, fold_word

PRE, POST, BOTH = "pre", "post", "both"  # where a trigger stands relative to its number


def forms(kind: str, pre: str = "", post: str = "", both: str = "") -> dict[str, tuple[str, str]]:
    """Trigger words of one kind, by where they stand: before the number, after it, or either."""
    out = {w: (kind, PRE) for w in pre.split()}
    out.update({w: (kind, POST) for w in post.split()})
    out.update({w: (kind, BOTH) for w in both.split()})
    return out


def _f(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold_word(w) for w in words)


def _phrases(table: Mapping[str, object]) -> dict[tuple[str, ...], object]:
    return {tuple(fold_word(k).split()): v for k, v in table.items()}


@dataclass(frozen=True, slots=True)
class Role:
    """What one folded token can be, looked up once per distinct word (the hot loops read only this)."""

    starter: bool  # may start a quantity: a digit, a number, scale, dual or vague word
    trigger: tuple[str, str] | None  # (kind, PRE|POST|BOTH)
    release: bool
    subgroup: bool
    toll: bool  # a toll head, with or without a default kind
    cumulative: bool
    incident: bool
    place: str | None


@dataclass(frozen=True)
class Vocab:
    """Everything the grammar knows about one language, folded."""

    code: str
    numbers: Mapping[str, int]  # number words: units, teens, tens, hundreds ("مئة" 100 multiplies)
    scales: Mapping[str, int]  # thousand, million: multiply what precedes
    duals: Mapping[str, tuple[int, str | None]]  # "قتيلان" -> (2, killed), "ألفين" -> (2000, None)
    vague: Mapping[tuple[str, ...], tuple[int, bool]]  # "des centaines" -> (200, approx=False)
    triggers: Mapping[str, tuple[str, str]]  # word -> (kind, PRE|POST|BOTH)
    tolls: Mapping[str, str | None]  # toll heads: "حصيلة" -> killed; "عدد" -> None (needs a kind word)
    qualifiers_before: Mapping[tuple[str, ...], str]
    qualifiers_after: Mapping[tuple[str, ...], str]
    households: frozenset[str]
    persons: frozenset[str]  # count nouns a year-like number may be followed by
    blockers_after: frozenset[str]  # years, money, barrels, ages, seats: the number is not a figure
    blockers_before: frozenset[str]  # "عام 2011", "en 2011"
    subgroup: frozenset[str]  # "بينهم", "dont": a subgroup, not a separate figure
    release: frozenset[str]  # released hostages and detainees are not figures
    conjunctions: frozenset[str]  # joins number words and ranges ("و", "et")
    range_open: frozenset[str]  # "بين", "entre"
    range_join: frozenset[str]  # "و", "et", "à", "إلى", "-"
    articles: frozenset[str] = frozenset()  # "un", "une": a number only inside a compound
    returns: frozenset[str] = frozenset()  # "عادت", "rentrées": people going home are not displaced
    disjunctions: frozenset[str] = frozenset()  # "أو", "ou": "morts ou disparus" mixes kinds, no figure
    idioms: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # last word -> the words
    # that must precede it for it to be a trigger ("appel" only in "manquent à l'appel")
    alive: Mapping[tuple[str, ...], bool] = field(
        default_factory=dict
    )  # "أحياء", "sains et saufs": found alive
    ones: frozenset[str] = frozenset()  # "واحد" after a person noun: "مقتل شخص واحد" is one
    compel_links: frozenset[str] = frozenset()  # "أجبر 2000 عائلة على النزوح": a verbal noun after them
    prepositions: frozenset[str] = (
        frozenset()
    )  # may follow that verbal noun ("إلى الفرار من"), an object may not
    auxiliaries: frozenset[str] = frozenset()  # "ont été", "تم": a verb after them may stand further out
    light: frozenset[str] = frozenset()  # "de la", "toujours": not counted in the window after a number
    demands: frozenset[str] = frozenset()  # "réclament", "طالبوا": "réclament leur libération" is no release
    searches: frozenset[str] = frozenset()  # "البحث", "recherches": "500 متطوع في البحث عن المفقودين" search
    origins: frozenset[str] = frozenset()  # "من", "de": "déplacées de Mourzouq ont regagné" (a return)
    toll_links: frozenset[str] = frozenset()  # "إلى", "à": "والمفقودين إلى 10100", "celui des blessés à 159"
    captors: frozenset[str] = frozenset()  # "مسلحة", "armés": held by them is kidnapped, not arrested
    cumulative: frozenset[str] = frozenset()  # "حصيلة", "bilan", "depuis": the figure is a running total
    incident: frozenset[str] = frozenset()  # "هجوم", "attaque": the figure is one event's
    reaches: frozenset[str] = frozenset()  # "طالت", "touché": "حملة اعتقالات طالت 22 شخصا" (people only)
    events: Mapping[str, str] = field(default_factory=dict)  # "مداهمات" -> arrested, only before a reach verb
    seizes: frozenset[str] = frozenset()  # "ضبط": a trigger whose count must be people ("ضبطت 8 مهربين", not
    # "ضبط 500 قرص")
    moves: Mapping[str, str] = field(
        default_factory=dict
    )  # "اقتيد" -> "arrested kidnapped": a verb of leading
    # or moving, and the kinds its destinations may give ("نقل" -> "displaced kidnapped")
    destinations: Mapping[tuple[str, ...], str] = field(default_factory=dict)  # "جهة مجهولة" -> kidnapped,
    # "السجن" -> arrested, "مراكز الإيواء" -> displaced
    move_links: frozenset[str] = frozenset()  # "إلى", "vers": the destination follows
    household_shelters: frozenset[str] = frozenset()  # "مدارس", "écoles": a shelter for families only
    compel: frozenset[str] = frozenset()  # "دفعت", "contraint": "دفعت ... مئات الأسر إلى مغادرة منازلها"
    leaving: frozenset[str] = frozenset()  # "مغادرة", "abandonner": left home when forced to
    undergo: frozenset[str] = frozenset()  # "تعرض": "تعرض ثلاثة ... للخطف" takes the verbal noun's kind
    undergo_clitic: str = ""  # "ل": the verbal noun after an undergo verb carries it ("للخطف")
    modals: frozenset[str] = frozenset()  # "pourraient", "المتوقع", "مهددة": no event yet, no figure
    clause_breaks: frozenset[str] = frozenset()  # "فيما", "tandis": no trigger before binds a count after
    definite: frozenset[str] = (
        frozenset()
    )  # "la", "le": a trigger after them is a noun, no count's ("la mort")
    carriers: frozenset[str] = frozenset()  # "يقل": a death before it is no death of all the count it carries
    planned: frozenset[str] = frozenset()  # "évacuer": an infinitive of moving people; under a modal before a
    # count ("prévoit d'évacuer 500 réfugiés") it makes the count's noun no figure yet
    hedges: frozenset[str] = frozenset()  # "قد": a modal only before a present form ("قد ينزح")
    presents: frozenset[str] = frozenset()  # present forms that make a hedge a modal
    holds: Mapping[tuple[str, ...], bool] = field(default_factory=dict)  # "aux mains", "في قبضة" (+ captors)
    places: Mapping[str, str] = field(default_factory=dict)  # "طرابلس" -> "Tripoli" (the gazetteer's names)
    country: str | None = None  # the canonical name a town beats ("Libya")
    bearings: frozenset[str] = frozenset()  # "غرب طرابلس", "au sud de Tripoli": not the place itself
    space_groups: bool = False  # "1 200" is one number
    arabic: bool = False  # strip Arabic proclitics in lookups
    trigger_stems: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    memo: dict[str, Role] = field(default_factory=dict, compare=False, repr=False)

    @staticmethod
    def build(code: str, *, trigger_stems: Iterable[str], **lists) -> Vocab:
        """Fold every word list of a language module into a `Vocab`."""
        folded: dict = {}
        idioms = lists.pop("idioms", {})
        for name, value in lists.items():
            if name in ("vague", "qualifiers_before", "qualifiers_after", "alive", "holds", "destinations"):
                folded[name] = _phrases(value)
            elif isinstance(value, Mapping):
                folded[name] = {fold_word(k): v for k, v in value.items()}
            elif isinstance(value, bool | str):
                folded[name] = value
            else:
                folded[name] = _f(value)
        # every trigger and move verb is its own stem: none unreachable
        words = {*folded["triggers"], *folded["tolls"], *folded.get("moves", ())}
        stems = sorted({fold_word(s) for s in trigger_stems} | words, key=len, reverse=True)
        heads: dict[str, list[tuple[str, ...]]] = {}
        for phrase, hit in idioms.items():  # an idiom's last word is a trigger, its stem is in trigger_stems
            *before, last = fold_word(phrase).split()
            heads.setdefault(last, []).append(tuple(before))
            folded["triggers"][last] = hit
        folded["idioms"] = {k: tuple(v) for k, v in heads.items()}
        return Vocab(code=code, trigger_stems=re.compile(_trie(stems)), **folded)

    def role(self, word: str) -> Role:
        """The `Role` of a folded token (memoised)."""
        found = self.memo.get(word)
        if found is None:
            if len(self.memo) > 100_000:
                self.memo.clear()
            found = self.memo[word] = self._role(word)
        return found

    def _role(self, word: str) -> Role:
        forms = self.forms(word)
        starter = (
            word[0].isdigit()
            or "-" in word
            or any(
                f in self.numbers or f in self.scales or f in self.duals or f in self.vague_heads
                for f in forms
            )
        )
        return Role(
            starter=starter,
            trigger=self.find(self.triggers, word),
            release=self.find(self.release, word) is not None,
            subgroup=self.find(self.subgroup, word) is not None,
            toll=any(f in self.tolls for f in forms),
            cumulative=self.find(self.cumulative, word) is not None,
            incident=self.find(self.incident, word) is not None,
            place=self.find(self.places, word),
        )

    @property
    def vague_heads(self) -> frozenset[str]:
        return _heads(self.code, self.vague)

    def forms(self, word: str, article: bool = True) -> list[str]:
        """Lookup forms of a folded token: itself and, in Arabic, without its proclitics."""
        if not self.arabic:
            return [word]
        forms = clitic_forms(word)
        return forms if article else [f for f in forms if not _lost_article(word, f)]

    def find(self, table: Mapping[str, object] | frozenset[str], word: str, article: bool = True):
        """The entry of `word` (or of a clitic-stripped form) in `table`; the matched form for a set."""
        return _lookup(self, id(table), table, word, article)


@lru_cache(maxsize=8)
def _heads_cached(code: str, keys: tuple) -> frozenset[str]:
    return frozenset(k[0] for k in keys)


def _heads(code: str, vague: Mapping[tuple[str, ...], object]) -> frozenset[str]:
    return _heads_cached(code, tuple(vague))


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of `words`, shaped as a trie: one branch per first letter, far faster than a
    flat alternation of a few hundred words."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(tree)


def _lost_article(word: str, form: str) -> bool:
    """True when `form` was obtained by dropping the article ال (or لل) of `word`."""
    return ("ال" + form) in word or ("لل" + form) in word


_MEMO: dict[tuple, object] = {}


def _lookup(vocab: Vocab, key: int, table, word: str, article: bool):
    memo_key = (vocab.code, key, word, article)
    if memo_key in _MEMO:
        return _MEMO[memo_key]
    found = None
    for form in vocab.forms(word, article):
        if form in table:
            found = table[form] if isinstance(table, Mapping) else form
            break
    if len(_MEMO) > 200_000:
        _MEMO.clear()
    _MEMO[memo_key] = found
    return found


@lru_cache(maxsize=4)
def vocab_for(code: str | None) -> Vocab | None:
    """The vocabulary of a language code ("ar", "fr"), None for languages without one."""
    if code == "ar":
        from extractors.figures.lang.ar import VOCAB

        return VOCAB
    if code == "fr":
        from extractors.figures.lang.fr import VOCAB

        return VOCAB
    return None
