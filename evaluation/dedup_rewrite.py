"""The rewrite transformation of the dedup development stream, and the same-topic page pairs.

A rewrite is how an aggregator or a content farm republishes a wire story: about one word in five
replaced (a synonym or a paraphrase where the word has one, else another ordinary word), the body
paragraphs after the lead shuffled, and a new kicker line at the end. Its 3-shingle Jaccard with the
original is about 0.3, below what `verify` accepts, so it needs the order-free signal.
"""

from __future__ import annotations

import random
import re

# Substitutions a spinner makes: news verbs, connectives, common adjectives and nouns.
SYNONYMS = {
    "said": ["stated", "told reporters", "noted"],
    "says": ["states", "notes"],
    "told": ["informed", "said to"],
    "announced": ["unveiled", "revealed"],
    "reported": ["disclosed", "stated"],
    "according": ["as per"],
    "people": ["persons", "individuals"],
    "killed": ["left dead", "slain"],
    "attack": ["assault", "strike"],
    "officials": ["authorities", "functionaries"],
    "government": ["administration", "authorities"],
    "city": ["town", "municipality"],
    "country": ["nation", "state"],
    "year": ["twelvemonth", "annum"],
    "years": ["yrs", "annums"],
    "week": ["seven days"],
    "new": ["fresh", "novel"],
    "big": ["large", "huge"],
    "large": ["big", "sizeable"],
    "small": ["little", "minor"],
    "many": ["numerous", "lots of"],
    "more": ["additional", "further"],
    "also": ["additionally", "as well"],
    "but": ["however", "yet"],
    "however": ["but", "nonetheless"],
    "after": ["following", "subsequent to"],
    "before": ["prior to", "ahead of"],
    "about": ["around", "roughly"],
    "because": ["since", "as"],
    "while": ["whereas", "although"],
    "first": ["initial", "earliest"],
    "last": ["final", "previous"],
    "help": ["assist", "aid"],
    "make": ["create", "produce"],
    "made": ["created", "produced"],
    "use": ["utilise", "employ"],
    "used": ["utilised", "employed"],
    "show": ["demonstrate", "reveal"],
    "important": ["significant", "key"],
    "major": ["main", "principal"],
    "group": ["team", "body"],
    "company": ["firm", "business"],
    "president": ["head of state", "leader"],
    "began": ["started", "commenced"],
    "start": ["begin", "commence"],
    "called": ["termed", "dubbed"],
    "think": ["believe", "reckon"],
    "very": ["extremely", "highly"],
    "could": ["might", "may"],
    "would": ["will", "might"],
    "will": ["shall", "is set to"],
    "get": ["obtain", "receive"],
    "including": ["such as", "among them"],
    "around": ["about", "approximately"],
    "during": ["throughout", "in the course of"],
    "later": ["subsequently", "afterwards"],
    "now": ["currently", "at present"],
    "still": ["yet", "nevertheless"],
    "several": ["a number of", "various"],
    "because of": ["due to"],
    "home": ["house", "residence"],
    "work": ["labour", "job"],
    "fight": ["battle", "struggle"],
    "fighting": ["combat", "clashes"],
}
# Paraphrase-like fillers for words with no synonym above (a spinner's worst, but it happens).
FILLERS = ["reportedly", "apparently", "indeed", "notably", "essentially", "particularly", "basically"]
KICKERS = [
    "Stay tuned to our site for more updates on this developing story.",
    "What do you think? Share your views in the comments below.",
    "Follow us for the latest news, analysis and opinion from around the world.",
    "This report was compiled by our news desk from multiple sources.",
]
_WORD = re.compile(r"^(\W*)(\w[\w'’-]*)(\W*)$")


def paragraphs(text: str) -> list[str]:
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) < 3:
        paras = [p.strip() for p in text.split("\n") if p.strip()]
    return paras


def _spin(word: str, rng: random.Random, force: bool) -> str:
    """A substitute for one whitespace-separated word, keeping its punctuation and capital."""
    match = _WORD.match(word)
    if not match:
        return word
    before, bare, after = match.groups()
    choices = SYNONYMS.get(bare.lower())
    if choices:
        new = rng.choice(choices)
    elif force:
        new = rng.choice(FILLERS)
    else:
        return word
    if bare[:1].isupper():
        new = new[:1].upper() + new[1:]
    return before + new + after


def spin(text: str, rng: random.Random, rate: float = 0.2) -> str:
    """About `rate` of the words replaced: every word with a synonym is a candidate, the rest of the
    budget goes to other words at random (replaced by a filler)."""
    words = text.split(" ")
    budget = int(len(words) * rate)
    with_synonym = [
        i for i, w in enumerate(words) if (m := _WORD.match(w)) and m.group(2).lower() in SYNONYMS
    ]
    rng.shuffle(with_synonym)
    chosen = set(with_synonym[: int(budget * 0.6)])
    others = [i for i in range(len(words)) if i not in chosen]
    chosen.update(rng.sample(others, min(len(others), budget - len(chosen))))
    return " ".join(_spin(w, rng, i in chosen) if i in chosen else w for i, w in enumerate(words))


def rewrite(text: str, rng: random.Random) -> str:
    """About 20% of the words replaced, the paragraphs after the lead shuffled, a new kicker line."""
    paras = [spin(p, rng) for p in paragraphs(text)]
    body = paras[1:]
    rng.shuffle(body)
    return "\n\n".join([*paras[:1], *body, rng.choice(KICKERS)])


# Pages of ../shared/pages on one topic by different outlets (or one site's boilerplate): their own
# stories, and rewrites of them, must stay apart.
SAME_TOPIC = [
    ("35b158918c67", "9cb8224b660f"),  # The Doobie Brothers' reunion tour
    ("156770d676ce", "c13b9c0e04fb"),  # South Dakota's anti-meth campaign
    ("82b6d780c792", "f5c90a6d5253"),  # the impeachment inquiry
    ("39d5c43beb60", "b6906ca016bb"),  # US-China trade
    ("57e2e98887a1", "dfd43bc0d46e"),  # native-ad recommendation widgets
    ("30b771a40a4e", "612cd2982662"),  # one site's product tests ("Tested by: ... RRP")
    ("0ec95c7261d1", "9da36ae4714b"),  # one Korean site's TV columns
    ("686bb170effe", "f344ca5fb36e"),  # NASA planetary science
]
