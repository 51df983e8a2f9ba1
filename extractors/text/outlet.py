"""Which outlet an article is shown under (`articles.source`): a name tied to the page's domain.

A page can call itself anything (`og:site_name`, publisher metadata), and trafilatura falls back to a
piece of the <title> or to the URL's `host:port` when it finds no name. So the outlet is decided here:

1. a page on the feed's own registered domain gets the feed's configured name (the operator chose it);
2. otherwise the page's name is shown only when it matches a known name of the page's registered domain
   (its own label: "Libya Observer" on libyaobserver.ly, "BBC News" on bbc.co.uk, "AFP" on afp.com),
   or next to that domain: "Reuters (via example-mirror.net)";
3. otherwise the registered domain itself (public-suffix list: the `tld` package's bundled snapshot, no
   download); the bare host only when the domain cannot be found (an IP address, an unknown suffix).

A name that reads like a line of text (a dateline, a sentence, a URL) is never a name, and nothing over
`MAX_OUTLET` characters is returned. Pure: no I/O.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from functools import lru_cache

from tld import get_fld

from extractors.text import urls

MAX_OUTLET = 80
MAX_NAME_WORDS = 6
MAX_NAME_CHARS = 60
SEED_OUTLET = "seed corpus"

# Words an outlet adds to its domain's label in its name: "BBC News" on bbc.co.uk, "Reuters.com".
_GENERIC = (
    "news",
    "online",
    "english",
    "arabic",
    "international",
    "world",
    "tv",
    "media",
    "com",
    "net",
    "org",
)
_SENTENCE = re.compile(r"[.?;…](\s|$)|:\s|[\"“”«»|]|https?://|www\.|\s[-–—]\s")
_DATELINE = re.compile(r"^(?:[A-Z][A-Z'-]+\s)*[A-Z][A-Z'-]+\s*[,(]")  # "LONDON (Wire)", "TRIPOLI, Libya (AP)"
_DOMAIN_LIKE = re.compile(r"^[\w-]+(\.[\w-]+)+\.?(:\d+)?$")


def host_of(url: str) -> str:
    """The lower-case host of `url`, without port or trailing dot ('' when it has none)."""
    return urls.host_of(url.strip()).rstrip(".")


def registered_domain(url: str) -> str | None:
    """The registered domain of `url` ("bbc.co.uk" for https://news.bbc.co.uk:8080/x); None without one."""
    return _domain_of_host(host_of(url))


@lru_cache(maxsize=4096)
def _domain_of_host(host: str) -> str | None:
    if not host:
        return None
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    return get_fld(f"http://{host}", fail_silently=True) or None


def site_label(url: str) -> str:
    """The domain's own name: the registered domain without its public suffix, else the host."""
    domain = registered_domain(url)
    return domain.split(".", 1)[0] if domain else host_of(url)


def _squash(text: str) -> str:
    """Lower-case letters and digits only, accents removed: 'The Libya Observer' -> 'thelibyaobserver'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def clean_name(name: str | None, title: str | None = None) -> str | None:
    """`name` on one line if it can be an outlet's name; None for text lines, sentences, URLs, hosts,
    and for the article's own `title`."""
    if not name or (title and _squash(name) == _squash(title)):
        return None
    text = " ".join("".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in name).split())
    text = text.lstrip("@")
    if not text or len(text) > MAX_NAME_CHARS or len(text.split()) > MAX_NAME_WORDS:
        return None
    if _SENTENCE.search(text) or _DATELINE.match(text) or (_DOMAIN_LIKE.match(text) and ":" in text):
        return None
    if not any(ch.isalpha() for ch in text):
        return None
    return text


def _forms(name: str) -> set[str]:
    """The squashed name, with a leading 'the' and trailing generic words ('news', '.com') taken off,
    and its initials for a name of several words ('Agence France-Presse' -> 'afp')."""
    squashed = _squash(name)
    forms = {squashed, squashed.removeprefix("the")}
    for form in list(forms):
        for word in _GENERIC:
            if form.endswith(word) and len(form) > len(word) + 1:
                forms.add(form[: -len(word)])
    words = [w for w in re.split(r"[\s\-–.]+", name) if w]
    if len(words) >= 2:
        forms.add("".join(_squash(w)[:1] for w in words))
    return {f for f in forms if f}


def matches_domain(name: str, url: str) -> bool:
    """Whether `name` is a known name of the page's domain: its label, give or take 'The', 'News', '.com'."""
    label = _squash(site_label(url))
    return bool(label) and (label in _forms(name) or label.removeprefix("the") in _forms(name))


def _fit(text: str) -> str:
    return text if len(text) <= MAX_OUTLET else text[: MAX_OUTLET - 1].rstrip() + "…"


def outlet_name(
    page_url: str,
    site_name: str | None = None,
    feed_name: str | None = None,
    feed_url: str | None = None,
    title: str | None = None,
) -> str | None:
    """The outlet to show for a page at `page_url` (its final URL), found in a feed named `feed_name` at
    `feed_url`, whose metadata calls the site `site_name`. The page's `title` is shown as a name only
    when it is the domain's own name. None only when the URL has no host and there is no feed name."""
    domain = registered_domain(page_url)
    host = host_of(page_url)
    feed = clean_name(feed_name)
    if feed and feed_url:
        feed_domain = registered_domain(feed_url)
        on_feed_site = domain == feed_domain if domain else host == host_of(feed_url)
        if host and on_feed_site:
            return _fit(feed)
    where = domain or host
    if not where:
        return _fit(feed) if feed else None
    name = clean_name(site_name)
    if name and _squash(name) == _squash(where):
        name = None  # the name is the domain itself: the domain is shown
    if name and matches_domain(name, page_url):
        return _fit(name)
    name = clean_name(name, title)  # a headline copied into the site name is not shown next to the domain
    if feed and matches_domain(feed, page_url):
        return _fit(feed)  # a feed hosted elsewhere (FeedBurner) named after the page's site
    if name and not _DOMAIN_LIKE.match(name):
        shown = f"{name} (via {where})"
        if len(shown) <= MAX_OUTLET:
            return shown
    return _fit(where)


def seed_outlet(source: str | None, url: str | None, title: str | None = None) -> str:
    """A seed's outlet: its metadata's `source` name, else the registered domain of its `url`, else
    'seed corpus'. A source that reads like a line of text, or is the seed's `title`, is not a name."""
    name = clean_name(source, title)
    if name:
        return _fit(name)
    if url:
        where = registered_domain(url) or host_of(url)
        if where:
            return _fit(where)
    return SEED_OUTLET
