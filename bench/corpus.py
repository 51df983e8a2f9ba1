"""A synthetic news corpus for benchmarks, assembled from the real article bodies in ../shared/pages.

Paragraphs of the 55 real articles are recombined into N pages, casualty sentences are mixed in, each
page is wrapped in realistic page furniture (navigation, related links, scripts, footer), and feeds list
the pages. Nothing here is written into the repository: the corpus is built in memory at bench time.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path

PLACES = (
    "Tripoli",
    "Misrata",
    "Benghazi",
    "Sirte",
    "Derna",
    "Sabha",
    "Zawiya",
    "Gharyan",
    "Tarhuna",
    "Ajdabiya",
)
CASUALTY = (
    "At least {n} people were killed in {place} on {day}, the health ministry said.",
    "The fighting around {place} has now killed more than {n} people since April, the UN said.",
    "About {n} families were forced to flee their homes in {place}, according to the IOM.",
    "{N} civilians were wounded when shells hit a market in {place} on {day}.",
    "The death toll from the clashes in {place} rose to {n}, officials said on {day}.",
    "Up to {n} people remain missing after the floods in {place}.",
    "Dozens of people were detained in {place} last week, a rights group reported.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WORDS = ("twelve", "fifteen", "twenty", "thirty", "forty")


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSMON_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def load_paragraphs(shared: Path | None = None) -> list[str]:
    """Paragraphs of the real article bodies (ground truth of ../shared/pages)."""
    truth = (shared or shared_dir()) / "pages" / "ground-truth.json"
    data = json.loads(truth.read_text(encoding="utf-8"))
    paragraphs = []
    for item in data.values():
        for para in item.get("articleBody", "").split("\n"):
            para = para.strip()
            if len(para) > 80:
                paragraphs.append(para)
    return paragraphs


@dataclass(frozen=True, slots=True)
class Corpus:
    pages: dict[str, bytes]  # path -> HTML
    feeds: dict[str, bytes]  # path -> RSS
    texts: dict[str, str]  # path -> the article text put into the page

    @property
    def feed_paths(self) -> list[str]:
        return sorted(self.feeds)


def casualty_sentence(rng: random.Random) -> str:
    n = rng.choice((rng.randint(2, 99), rng.randint(100, 9999), rng.randint(10_000, 90_000)))
    template = rng.choice(CASUALTY)
    return template.format(
        n=f"{n:,}", N=rng.choice(WORDS).capitalize(), place=rng.choice(PLACES), day=rng.choice(DAYS)
    )


def _furniture(rng: random.Random, n_links: int) -> str:
    links = "".join(
        f'<li><a href="/section/{i}/story-{rng.randint(1, 10**6)}.html">Related story {i}: '
        + "more headlines here</a></li>"
        for i in range(n_links)
    )
    return f"<nav><ul>{links}</ul></nav>"


def render_page(title: str, paragraphs: list[str], published: datetime, rng: random.Random) -> bytes:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    script = (
        "<script>var tracking={"
        + ",".join(f'"k{i}":{i}' for i in range(rng.randint(1500, 4000)))
        + "};</script>"
    )
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<title>{escape(title)}</title><meta property="og:site_name" content="Bench Wire">'
        f'<meta property="article:published_time" content="{published.isoformat()}">{script}</head><body>'
        f"<header>{_furniture(rng, rng.randint(150, 400))}</header>"
        f"<main><article><h1>{escape(title)}</h1>{body}</article>"
        f"<aside>{_furniture(rng, rng.randint(20, 60))}</aside></main>"
        f"<footer>{_furniture(rng, rng.randint(20, 60))}<p>Copyright Bench Wire</p></footer></body></html>"
    )
    return html.encode("utf-8")


def build(
    n_pages: int,
    base_urls: str | Sequence[str],
    per_feed: int = 50,
    seed: int = 7,
    paragraphs: list[str] | None = None,
    copy_every: int = 10,
) -> Corpus:
    """N pages and ceil(N / per_feed) RSS feeds listing them; page i links to base_urls[i % len].

    Every `copy_every`-th page is a republished copy of an earlier one (an added intro line), as wire
    stories are, so deduplication has real work to do.
    """
    rng = random.Random(seed)
    bases = [base_urls] if isinstance(base_urls, str) else list(base_urls)
    paragraphs = paragraphs or load_paragraphs()
    start = datetime(2024, 5, 1, tzinfo=UTC)
    pages: dict[str, bytes] = {}
    texts: dict[str, str] = {}
    items: list[tuple[str, str, str, datetime]] = []
    bodies: list[list[str]] = []
    for i in range(n_pages):
        if copy_every and i % copy_every == copy_every - 1 and i >= copy_every:
            paras = [f"Republished from a partner outlet on day {i}."] + bodies[
                i - rng.randint(1, copy_every - 1)
            ]
        else:
            paras = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(4, 9)))
            for _ in range(rng.randint(1, 3)):
                paras.insert(rng.randint(0, len(paras)), casualty_sentence(rng))
        bodies.append(paras)
        title = f"Libya: {rng.choice(PLACES)} report {i}"
        published = start + timedelta(minutes=17 * i)
        path = f"/news/{i // 1000}/article-{i}.html"
        pages[path] = render_page(title, paras, published, rng)
        texts[path] = "\n".join(paras)
        items.append((bases[i % len(bases)], path, title, published))
    feeds: dict[str, bytes] = {}
    for f in range(0, n_pages, per_feed):
        chunk = items[f : f + per_feed]
        xml = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed</title>']
        for base, path, title, published in chunk:
            xml.append(
                f"<item><title>{escape(title)}</title><link>{base}{path}</link><guid>{path}</guid>"
                f"<pubDate>{published.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
                "<description>Coverage of Libya.</description></item>"
            )
        xml.append("</channel></rss>")
        feeds[f"/feeds/feed-{f // per_feed}.xml"] = "".join(xml).encode("utf-8")
    return Corpus(pages=pages, feeds=feeds, texts=texts)
