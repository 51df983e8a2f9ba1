"""Seed documents: `*.txt` files with a title line, or starting with ` date YYYY-MM-DD`; and `seeds.toml`."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_MAX_TITLE = 300


@dataclass(frozen=True, slots=True)
class SeedDoc:
    stem: str
    title: str | None
    published_at: datetime | None
    text: str


def parse_seed(stem: str, raw: str) -> SeedDoc:
    """Split a seed file into title, date and body.

    - A text that starts with ` date YYYY-MM-DD` has that publication date and no title line.
    - Otherwise a short first line followed by a blank line is the title.
    - Otherwise the whole file is the body.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    match = _DATE_PREFIX.match(raw)
    if match:
        try:
            published = datetime.strptime(match.group(1), "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            published = None
        return SeedDoc(stem=stem, title=None, published_at=published, text=raw[match.end() :].strip())
    first, sep, rest = raw.strip().partition("\n")
    if (
        sep
        and first.strip()
        and len(first) <= _MAX_TITLE
        and rest.startswith("\n")
        and not first.rstrip().endswith((".", ","))
    ):
        return SeedDoc(stem=stem, title=first.strip(), published_at=None, text=rest.strip())
    return SeedDoc(stem=stem, title=None, published_at=None, text=raw.strip())


# --- seeds.toml: optional metadata per seed file ---------------------------------------------------

META_FILE = "seeds.toml"
_META_KEYS = ("title", "url", "source", "published")


@dataclass(frozen=True, slots=True)
class SeedMeta:
    """What `seeds.toml` says about one seed file; every field is optional."""

    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None


def _as_datetime(value: object) -> datetime | None:
    """A TOML date or datetime, or a 'YYYY-MM-DD[THH:MM...]' string, as an aware datetime (UTC if naive)."""
    if isinstance(value, str):
        text = value.strip()
        value = (
            datetime.fromisoformat(text.replace("Z", "+00:00")) if "T" in text else date.fromisoformat(text)
        )
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    raise ValueError("expected a date YYYY-MM-DD")


def parse_seeds_meta(raw: str) -> tuple[dict[str, SeedMeta], list[str]]:
    """Parse `seeds.toml`: one table per seed file (named with or without `.txt`).

    Returns the metadata by file stem and the problems found, one line each; a bad entry is left out
    whole, a bad file yields no metadata at all.
    """
    try:
        doc = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        return {}, [f"invalid TOML: {exc}"]
    metas: dict[str, SeedMeta] = {}
    problems: list[str] = []
    for name, entry in doc.items():
        stem = name.removesuffix(".txt")
        if not isinstance(entry, dict):
            problems.append(f"entry {name!r}: must be a table of {', '.join(_META_KEYS)}")
            continue
        unknown = sorted(set(entry) - set(_META_KEYS))
        if unknown:
            problems.append(
                f"entry {name!r}: unknown key(s) {', '.join(unknown)} (allowed: {', '.join(_META_KEYS)})"
            )
            continue
        texts = {key: entry.get(key) for key in ("title", "url", "source")}
        bad = [key for key, value in texts.items() if value is not None and not isinstance(value, str)]
        if bad:
            problems.append(f"entry {name!r}: {', '.join(bad)} must be text")
            continue
        try:
            published = _as_datetime(entry["published"]) if "published" in entry else None
        except ValueError as exc:
            problems.append(f"entry {name!r}: published {entry['published']!r}: {exc}")
            continue
        metas[stem] = SeedMeta(
            title=(texts["title"] or "").strip() or None,
            url=(texts["url"] or "").strip() or None,
            source=(texts["source"] or "").strip() or None,
            published_at=published,
        )
    return metas, problems


def apply_meta(doc: SeedDoc, meta: SeedMeta | None) -> tuple[SeedDoc, list[str]]:
    """Fill what the seed's own text does not say from its metadata.

    The text wins: a seed file is a verbatim copy, the metadata an annotation. A title or date that both
    give, differently, keeps the text's and is returned as a problem so the run lists it.
    """
    if meta is None:
        return doc, []
    problems: list[str] = []
    title, published = doc.title, doc.published_at
    if meta.title and title and meta.title != title:
        problems.append(f"title in {META_FILE} differs from the file's title line; the file's is kept")
    if meta.published_at and published and meta.published_at != published:
        problems.append(
            f"published {meta.published_at.date()} in {META_FILE} differs from the date in the text "
            f"({published.date()}); the text's is kept"
        )
    return replace(doc, title=title or meta.title, published_at=published or meta.published_at), problems
