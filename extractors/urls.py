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
