"""Score `newsmon dedup` on a development stream built from ../shared/pages (skipped when absent).

The stream (about 425 items): 43 pages as originals, each with a copy per transformation the
pipeline must catch (wire copy with dateline and credits, light edit, excerpt of the first
paragraphs with "Read more", truncated copy, copy with an added intro line, updated story with new
figures, rewrite: one word in five replaced, body shuffled, a new kicker, see dedup_rewrite.py) and
one combined copy (wire + edit, intro + excerpt, update + edit); the same copies of the two seeds
(which must link to `seed:<stem>`, never to the other seed); and hard negatives that must stay
apart: 12 held-out pages paired to share a background paragraph (inside, at the start, or as most of
a brief; a rewrite of one of the first two kinds must find its own story), eight pairs of real pages
on one topic (`SAME_TOPIC`, always originals, so their rewrites meet the other outlet's story), four
briefs written here on one event in different words, one-liners differing by a number, and empty
or non-word texts. The real pages add their own hard cases (two outlets on one reunion tour,
same-site pages sharing boilerplate, Korean, Japanese and Russian text). The order is shuffled with
a fixed seed, so copies often arrive before their original.

Scores are pairwise over items: two items are a true pair when they come from the same original,
a predicted pair when `duplicate_of` links put them in one cluster. A false merge is a link between
items of different stories; its floor is zero. The texts are read at run time, never copied here.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from evaluation.dedup_rewrite import SAME_TOPIC, rewrite

FLOORS = Path(__file__).with_name("floors.toml")


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    text: str
    story: str  # items of one story are duplicates of each other
    kind: str


# --- transformations -------------------------------------------------------------------------------

CITIES = ["TRIPOLI", "BENGHAZI", "LONDON", "NAIROBI", "WASHINGTON", "CAIRO", "TUNIS"]
WIRES = ["Reuters", "AFP", "AP"]
CREDITS = [
    "(Reporting by Ahmed Elumami and Ayman al-Warfalli; Writing by Aidan Lewis; Editing by Alison Williams)",
    "Copyright 2019 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.",
    "(Additional reporting by Ulf Laessing in Cairo; editing by Mark Heinrich)",
    "© Agence France-Presse",
]
INTROS = [
    "This article was originally published by our partners and is republished here with permission.",
    "Editor's note: the following story first appeared on our sister site yesterday afternoon.",
    "Republished from the wire. Follow our live coverage for the latest developments.",
    "ANALYSIS:",
]
READ_MORE = ["Read more", "Read more at the source.", "Continue reading on the original site...", "[…]"]
EDITS = {
    "said": "stated",
    "says": "states",
    "the": "this",
    "will": "would",
    "also": "further",
    "people": "persons",
    "about": "around",
    "but": "yet",
    "new": "fresh",
    "more": "further",
    "after": "following",
    "big": "large",
}


def paragraphs(text: str) -> list[str]:
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) < 3:
        paras = [p.strip() for p in text.split("\n") if p.strip()]
    return paras


def syndicate(text: str, rng: random.Random) -> str:
    """A wire copy: dateline and "(Reuters) -" prefix, trailing credits."""
    return f"{rng.choice(CITIES)} ({rng.choice(WIRES)}) - {text}\n\n{rng.choice(CREDITS)}"


def light_edit(text: str, rng: random.Random, rate: float = 0.03) -> str:
    """A few words swapped or dropped, typography normalised, one sentence (of 40 words at most) cut."""
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")
    words = text.split(" ")
    for i, word in enumerate(words):
        if rng.random() < rate:
            bare = word.strip(".,;:!?\"'").lower()
            words[i] = (
                word.replace(bare, EDITS[bare]) if bare in EDITS else ("" if rng.random() < 0.5 else word)
            )
    edited = " ".join(w for w in words if w)
    sentences = re.split(r"(?<=[.!?]) +", edited)
    short = [i for i, sentence in enumerate(sentences[1:-1], 1) if len(sentence.split()) <= 40]
    if len(sentences) > 6 and short:
        del sentences[rng.choice(short)]
    return " ".join(sentences)


def excerpt(text: str, rng: random.Random) -> str:
    """The first two paragraphs and a "Read more" link (more paragraphs when those are very short)."""
    paras = paragraphs(text)
    taken: list[str] = []
    for para in paras:
        taken.append(para)
        if len(taken) >= 2 and len(" ".join(taken).split()) >= 40:
            break
    return "\n\n".join(taken) + "\n\n" + rng.choice(READ_MORE)


def truncate(text: str, rng: random.Random) -> str:
    """Cut after 40-70 % of the words, mid-sentence, with an ellipsis."""
    words = text.split(" ")
    return " ".join(words[: max(30, int(len(words) * rng.uniform(0.4, 0.7)))]) + " ..."


def add_intro(text: str, rng: random.Random) -> str:
    return f"{rng.choice(INTROS)}\n\n{text}"


def update(text: str, rng: random.Random) -> str:
    """An update in place: numbers raised, a new lead paragraph with the new toll, a closing line."""
    bump = lambda m: str(int(m.group()) + rng.randint(2, 40))  # noqa: E731
    changed = re.sub(r"\b\d{1,4}\b", bump, text, count=6)
    toll = rng.randint(20, 400)
    lead = (
        f"UPDATE: The death toll has risen to {toll}, officials said on Sunday, as rescuers kept searching."
    )
    return f"{lead}\n\n{changed}\n\nThis story has been updated with the latest figures."


SINGLE = ("syndicated", "light_edit", "excerpt", "truncated", "intro", "updated", "rewrite")
COMBINED = ("syndicated+edit", "intro+excerpt", "updated+edit")
COPIES = {
    "syndicated": syndicate,
    "light_edit": light_edit,
    "excerpt": excerpt,
    "truncated": truncate,
    "intro": add_intro,
    "updated": update,
    "rewrite": rewrite,
    "syndicated+edit": lambda t, r: light_edit(syndicate(t, r), r),
    "intro+excerpt": lambda t, r: add_intro(excerpt(t, r), r),
    "updated+edit": lambda t, r: light_edit(update(t, r), r),
}


# --- hard negatives written for this stream ---------------------------------------------------------

# Four outlets' own briefs on one event: same facts, own words. They must stay apart.
SAME_EVENT = [
    "Fighting between rival armed groups in southern Tripoli killed at least 14 people on Sunday, the "
    "health ministry said. Residents of Abu Salim reported hours of gunfire and rockets hitting houses. "
    "The UN mission urged both sides to respect the ceasefire and let ambulances reach the wounded, "
    "who numbered 37 according to the ministry's statement released late on Monday.",
    "At least fourteen people died when militias fought over a checkpoint on the southern edge of the "
    "Libyan capital, officials said. Ambulances could not reach the Abu Salim district until dawn, the "
    "Red Crescent said, while the United Nations called for calm and for civilians to be protected from "
    "the crossfire that trapped families in their homes overnight.",
    "Libya's health ministry put the toll from weekend clashes in Tripoli at 14 dead and 37 wounded. "
    "The fighting, centred on a checkpoint in Abu Salim, was the worst the city has seen this year, "
    "according to residents who described rockets striking their homes and a night of heavy gunfire "
    "that only ended when elders negotiated a pause on Monday morning.",
    "Rockets and heavy gunfire shook southern Tripoli as two armed factions battled for a checkpoint, "
    "leaving 14 people dead, according to a ministry statement. The Red Crescent said its teams were "
    "blocked for hours. Diplomats at the UN mission repeated calls for a ceasefire agreed in the spring "
    "to be respected by every faction operating in the capital.",
]
ONE_LINERS = [
    "Clashes in Tripoli kill 5 people.",
    "Clashes in Tripoli kill 7 people.",
    "Clashes in Tripoli kill 5 people, ministry says.",
    "Flood in Derna: thousands missing.",
    "Flood in Derna: hundreds missing.",
]
NON_TEXT = ["", "   ", "!!! ??? ... --- ***", "\u200b\u200b\u200b"]


def _with_paragraph(text: str, paragraph: str, after: int) -> str:
    paras = paragraphs(text)
    return "\n\n".join(paras[:after] + [paragraph] + paras[after:])


def _brief(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def _background(text: str) -> str:
    """A paragraph of 40-90 words (or the first 60 words) to share between two stories."""
    for para in paragraphs(text):
        if 40 <= len(para.split()) <= 90 and len(para) <= 700:  # not a paragraph of unspaced script
            return para
    brief = _brief(text, 60)
    return brief if len(brief) <= 600 else brief[:80]  # unspaced script: 80 characters, 80 tokens


# --- the stream ------------------------------------------------------------------------------------


def build_stream(pages: dict[str, str], seeds: dict[str, str], seed: int = 4) -> list[Item]:
    rng = random.Random(seed)
    topical = {key for pair in SAME_TOPIC for key in pair if key in pages}
    keys = sorted(set(pages) - topical)
    rng.shuffle(keys)
    held, originals = keys[:12], keys[12:] + sorted(topical)
    items: list[Item] = []
    for n, key in enumerate(originals):
        text = pages[key]
        items.append(Item(key, text, key, "original"))
        combined = COMBINED[n % len(COMBINED)]
        for name in [*SINGLE, combined]:
            items.append(Item(f"{key}~{name}", COPIES[name](text, rng), key, name))
    for stem, text in seeds.items():
        for name in SINGLE:
            items.append(Item(f"repost-{stem}~{name}", COPIES[name](text, rng), f"seed:{stem}", name))
    # Shared background paragraphs: (x, y, z) shares a paragraph of z between x and y: inside two
    # full stories, at the start of two full stories, or after the first words of two briefs.
    for i, mode in zip(range(0, 12, 3), ("inside", "start", "briefs", "briefs"), strict=True):
        x, y, z = held[i : i + 3]
        shared = _background(pages[z])
        if mode == "inside":
            pair = (_with_paragraph(pages[x], shared, 2), _with_paragraph(pages[y], shared, 5))
        elif mode == "start":
            pair = (_with_paragraph(pages[x], shared, 0), _with_paragraph(pages[y], shared, 0))
        else:
            pair = (_brief(pages[x], 90) + "\n\n" + shared, _brief(pages[y], 70) + "\n\n" + shared)
        for key, text in zip((x, y), pair, strict=True):
            items.append(Item(f"{key}+background", text, f"{key}+background", "shared_paragraph"))
        if mode != "briefs":  # a rewrite of one of them must find it, not the other
            items.append(Item(f"{x}+background~rewrite", rewrite(pair[0], rng), f"{x}+background", "rewrite"))
    for n, text in enumerate(SAME_EVENT):
        items.append(Item(f"same-event-{n}", text, f"same-event-{n}", "same_event"))
    for n, text in enumerate(ONE_LINERS):
        items.append(Item(f"one-liner-{n}", text, f"one-liner-{n}", "one_liner"))
    items.append(Item("one-liner-0~copy", ONE_LINERS[0].upper(), "one-liner-0", "one_liner_copy"))
    for n, text in enumerate(NON_TEXT):
        items.append(Item(f"non-text-{n}", text, f"non-text-{n}", "non_text"))
    rng.shuffle(items)
    return items


# --- scoring ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    false_merges: int
    wrong_roots: int
    misses: dict[str, int]  # copies left unlinked, by transformation
    merges: list[tuple[str, str]]  # (item, duplicate_of) across stories


def score(items: list[Item], outputs: list[dict]) -> Scores:
    story = {item.id: item.story for item in items}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    first: dict[str, str] = {}
    for item in items:
        first.setdefault(item.story, item.id)
    merges, wrong_roots = [], 0
    for item, out in zip(items, outputs, strict=True):
        target = out.get("duplicate_of")
        if target is None:
            continue
        parent[find(item.id)] = find(target)
        target_story = story.get(target, target)  # a seed id is its own story
        if target_story != item.story:
            merges.append((item.id, target))
        elif target != (item.story if item.story.startswith("seed:") else first[item.story]):
            wrong_roots += 1
    true_pairs = {(a.id, b.id) for a, b in combinations(items, 2) if a.story == b.story}
    predicted = {(a.id, b.id) for a, b in combinations(items, 2) if find(a.id) == find(b.id)}
    tp = len(true_pairs & predicted)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(true_pairs) if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    misses: dict[str, int] = defaultdict(int)
    for item in items:
        alone = all(find(item.id) != find(o.id) for o in items if o.story == item.story and o is not item)
        linked_to_seed = item.story.startswith("seed:") and find(item.id) == find(item.story)
        if item.kind not in ("original",) and alone and not linked_to_seed and _has_partner(item, items):
            misses[item.kind] += 1
    return Scores(precision, recall, f1, len(merges), wrong_roots, dict(misses), merges)


def _has_partner(item: Item, items: list[Item]) -> bool:
    return item.story.startswith("seed:") or any(o.story == item.story and o is not item for o in items)


def load_pages(shared: Path) -> dict[str, str]:
    truth = json.loads((shared / "pages" / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: value["articleBody"] for key, value in truth.items()}


def evaluate(shared: Path) -> tuple[Scores, list[Item]]:
    from extractors.dedup.verdict import dedup_lines
    from flows.ingest import read_seeds
    from seeds import SEEDS_DIR

    seeds = [a for a, _ in read_seeds(SEEDS_DIR)[0]]
    items = build_stream(load_pages(shared), {a.article_id.removeprefix("seed:"): a.text for a in seeds})
    lines = [json.dumps({"id": item.id, "text": item.text}) for item in items]
    outputs = list(dedup_lines(lines, seeds))
    return score(items, outputs), items


def run(shared: Path) -> bool:
    if not (shared / "pages" / "ground-truth.json").is_file():
        print(f"skip: no {shared / 'pages' / 'ground-truth.json'}")
        return True
    scores, items = evaluate(shared)
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))["dedup"]
    kinds = defaultdict(int)
    for item in items:
        kinds[item.kind] += 1
    print(f"stream: {len(items)} items ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    print(
        f"pairwise precision {scores.precision:.4f}  recall {scores.recall:.4f}  f1 {scores.f1:.4f}  "
        f"false merges {scores.false_merges}  wrong roots {scores.wrong_roots}"
    )
    if scores.misses:
        print("copies left unlinked: " + ", ".join(f"{k} {v}" for k, v in sorted(scores.misses.items())))
    for item_id, target in scores.merges:
        print(f"FALSE MERGE: {item_id} -> {target}")
    ok = (
        scores.f1 >= floors["f1"]
        and scores.precision >= floors["precision"]
        and scores.false_merges <= floors["max_false_merges"]
    )
    print(
        f"floors: f1 >= {floors['f1']}, precision >= {floors['precision']}, "
        f"false merges <= {floors['max_false_merges']}: {'ok' if ok else 'BELOW'}"
    )
    return ok
