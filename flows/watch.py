"""The feeds file: `[topic] keywords` and `[[feeds]] name/url/language`, validated with clear errors."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from extractors.records import FeedSpec, Topic


class ConfigError(ValueError):
    """The feeds file is unusable; the message names the file, the entry and the problem."""


@dataclass(frozen=True, slots=True)
class Watch:
    path: Path
    topic: Topic
    feeds: tuple[FeedSpec, ...]


_FEED_KEYS = {"name", "url", "language"}


def load_watch(path: Path) -> Watch:
    """Read and validate a feeds file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read feeds file: {exc.strerror or exc}") from None
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None

    unknown = set(doc) - {"topic", "feeds"}
    if unknown:
        raise ConfigError(
            f"{path}: unknown top-level key(s) {', '.join(sorted(unknown))} (expected [topic] and [[feeds]])"
        )
    topic = doc.get("topic", {})
    if not isinstance(topic, dict):
        raise ConfigError(f"{path}: [topic] must be a table")
    keywords = topic.get("keywords", [])
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise ConfigError(f"{path}: [topic] keywords must be a list of strings")

    entries = doc.get("feeds", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: feeds must be an array of tables ([[feeds]])")
    feeds: list[FeedSpec] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        where = f"{path}: [[feeds]] entry {index}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: must be a table with name and url")
        if isinstance(entry.get("name"), str) and entry["name"].strip():
            where += f" ({entry['name'].strip()!r})"
        extra = set(entry) - _FEED_KEYS
        if extra:
            raise ConfigError(
                f"{where}: unknown key(s) {', '.join(sorted(extra))} (allowed: language, name, url)"
            )
        name, url, language = entry.get("name"), entry.get("url"), entry.get("language")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{where}: missing or empty 'name'")
        if not isinstance(url, str) or not url.strip():
            raise ConfigError(f"{where}: missing or empty 'url'")
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(f"{where}: url {url!r} is not an http(s) URL")
        if language is not None and (not isinstance(language, str) or not language.strip()):
            raise ConfigError(f"{where}: 'language' must be a non-empty string when given")
        if url in seen:
            raise ConfigError(f"{where}: url {url!r} is already listed in entry {seen[url]}")
        seen[url] = index
        feeds.append(FeedSpec(name=name.strip(), url=url, language=language.strip() if language else None))
    return Watch(path=path, topic=Topic(keywords=tuple(k for k in keywords if k.strip())), feeds=tuple(feeds))
