"""Canonical URLs: one spelling per article, whatever tracking or AMP dressing a feed adds."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import courlan

# Parameters that never change which article a URL points at (courlan drops utm_*/fbclid/gclid/...;
# these are the ones feeds add on top).
_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|"
    r"cmpid|ncid|ocid|rss|outputtype|amp|at_medium|at_campaign|__twitter_impression|"
    r"guccounter|guce_referrer\w*|sharetype|s_cid|smid|taid)$",
    re.IGNORECASE,
)
_AMP_PATH = re.compile(r"(/amp/?$)|(\.amp(?=\.html?$|$))", re.IGNORECASE)
_AMP_PREFIX = re.compile(r"^/amp(?=/)", re.IGNORECASE)


def canonical_url(url: str) -> str | None:
    """Return the canonical form of `url`, or None when it is not an http(s) URL.

    Lower-cases scheme and host, drops default ports, fragments and tracking parameters, sorts the
    query, maps http to https and strips AMP variants (`/amp`, `.amp.html`, `?amp=1`, `amp.` hosts).
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    try:
        normalized = courlan.normalize_url(url, strict=False)
    except (ValueError, TypeError):
        return None
    parts = urlsplit(normalized)
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("amp."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = _AMP_PREFIX.sub("", parts.path)
    path = _AMP_PATH.sub("", path) or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    query.sort()
    return urlunsplit(("https", host, path, urlencode(query), ""))


def host_of(url: str) -> str:
    """The lower-case host name of `url` ('' when it has none)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


# Hosts whose item links only redirect to the article (Google News, FeedBurner's feedproxy).
_REDIRECTOR_HOSTS = {
    "news.google.com": ("/rss/articles/", "/articles/", "/__i/rss/rd/articles/"),
    "feedproxy.google.com": ("/",),
    "feeds.feedburner.com": ("/~r/",),
    "feedburner.google.com": ("/~r/",),
}


def is_redirector(url: str) -> bool:
    """Whether `url` is a redirector link (its target, not itself, is the article)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    prefixes = _REDIRECTOR_HOSTS.get((parts.hostname or "").lower().rstrip("."))
    return bool(prefixes) and parts.path.startswith(prefixes)


def article_canonical(feed_url: str, final_url: str | None) -> str | None:
    """The canonical URL of the article a feed item links to, once its page was fetched.

    For a redirector link it is the final URL's canonical form; otherwise the feed's URL decides (a
    site's own redirects, e.g. to a login or a moved path, do not rename the article).
    """
    if final_url and is_redirector(feed_url) and not is_redirector(final_url):
        return canonical_url(final_url)
    return canonical_url(feed_url)
