"""The fault matrix's cases: hostile documents and the routes that serve each case on the local site.

`EXPECTED` maps each case to the fragment its `failures` reason must contain (None: it must load
without one). tests/test_faults.py polls them all at once; tests/test_fetch_flow.py runs some
through the real flow.
"""

from tests.faults import flaky, gzip_bomb, huge, redirect_to, rss, trickle
from tests.localsite import Route

ARABIC = "مقتل 14 شخصا في اشتباكات جنوب طرابلس"
RUSSIAN = "Тысячи жителей Ливии покинули свои дома после наводнения"
PORTUGUESE = "Inundações na Líbia: café, régime e ação humanitária"


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs &lol9;</title>
<item><title>Libya &lol9; &lol;</title><link>https://news.example/laughs</link></item>
</channel></rss>"""


SIXTY_MB = 60 * 1000 * 1000
XML = {"Content-Type": "application/rss+xml; charset=utf-8"}


def good_rss(site, slug: str) -> bytes:
    return rss([(f"Libya: {slug} story", site.url(f"/articles/{slug}.html"))]).encode()


def install(site, prefix: str = "/fault") -> None:
    """Register every case's route on the local site under `prefix` (stateful handlers start afresh)."""
    r = _Prefixed(site.routes, prefix)
    r["/fault/500-twice"] = Route(handler=flaky(2, 500, good_rss(site, "after-500")))
    r["/fault/429-short"] = Route(handler=flaky(1, 429, good_rss(site, "after-429"), {"Retry-After": "1"}))
    r["/fault/429-long"] = Route(handler=flaky(9, 429, b"", {"Retry-After": "3600"}))
    r["/fault/404"] = Route(404, b"not here", {"Content-Type": "text/plain"})
    r["/fault/410"] = Route(410, b"gone", {"Content-Type": "text/plain"})
    r["/fault/trickle"] = Route(handler=trickle(total=500, every=1.0))
    r["/fault/60mb-length"] = Route(handler=huge(SIXTY_MB, with_length=True))
    r["/fault/60mb-stream"] = Route(handler=huge(SIXTY_MB, with_length=False))
    bomb = gzip_bomb(64 * 1024 * 1024)
    r["/fault/gzip-bomb"] = Route(200, bomb, {**XML, "Content-Encoding": "gzip"})
    r["/fault/gzip-gzip-bomb"] = Route(
        200, gzip_bomb(64 * 1024 * 1024, 2), {**XML, "Content-Encoding": "gzip, gzip"}
    )
    r["/fault/loop"] = Route(handler=redirect_to(f"{prefix}/loop-back"))
    r["/fault/loop-back"] = Route(handler=redirect_to(f"{prefix}/loop"))
    r["/fault/metadata"] = Route(handler=redirect_to("http://169.254.169.254/latest/meta-data/"))
    malformed = good_rss(site, "malformed").replace(b"</channel></rss>", b"<item><title>Libya & co</title>")
    r["/fault/malformed"] = Route(200, malformed, XML)
    r["/fault/billion-laughs"] = Route(200, BILLION_LAUGHS.encode(), XML)
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<rss version="2.0"><channel><title>x</title><item><title>Libya &xxe;</title>'
        f"<link>{site.url('/articles/xxe.html')}</link></item></channel></rss>"
    )
    r["/fault/xxe"] = Route(200, xxe.encode(), XML)
    lying = rss([(RUSSIAN, site.url("/articles/ru.html"))], encoding="windows-1251").encode("windows-1251")
    r["/fault/charset-lies"] = Route(200, lying, XML)  # says utf-8 in the header
    dupes = rss(
        [
            ("Libya one", site.url("/articles/one.html#guid=g1")),
            ("Libya one again", site.url("/articles/one-again.html#guid=g1")),
            ("Libya two", site.url("/articles/two.html?utm_source=rss&utm_medium=feed")),
            ("Libya two, plain", site.url("/articles/two.html")),
        ]
    ).encode()
    r["/fault/duplicates"] = Route(200, dupes, XML)
    html = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"
    r["/fault/html"] = Route(200, html, {"Content-Type": "text/html; charset=utf-8"})
    r["/fault/empty"] = Route(200, b"", XML)


class _Prefixed(dict):
    def __init__(self, routes: dict, prefix: str):
        super().__init__()
        self.routes, self.prefix = routes, prefix

    def __setitem__(self, path: str, route: Route) -> None:
        self.routes[path.replace("/fault", self.prefix, 1)] = route


# case -> expected failure reason fragment (None: the case must load without a failure row)
EXPECTED = {
    "500-twice": None,
    "429-short": None,
    "429-long": "HTTP 429 Too Many Requests; not retried: Retry-After 3600 s",
    "404": "HTTP 404 Not Found",
    "410": "HTTP 410 Gone",
    "refused": "cannot connect",
    # the read timeout (1.4 s), retried; on a loaded machine the 1.5 s deadline can fire first: either
    # way a timeout, and the bound on elapsed time is checked separately
    "silent": "timed out",
    "trickle": "timed out: no complete response within the 1.5 s deadline",  # each read is in time
    "60mb-length": "body too large: Content-Length 60000000 bytes > cap 1048576",
    "60mb-stream": "body too large: more than 1048576 bytes",
    "gzip-bomb": "body too large once decoded: more than 2097152 bytes (a compression bomb?)",
    "gzip-gzip-bomb": "body too large once decoded: more than 2097152 bytes (a compression bomb?)",
    "loop": "redirect loop",
    "metadata": "refused by the SSRF guard: 169.254.169.254 is a link-local address",
    "malformed": "ill-formed feed: SAXParseException",
    "billion-laughs": "ill-formed feed: DOCTYPE with entity declarations removed",
    "xxe": "ill-formed feed: DOCTYPE with entity declarations removed",
    "charset-lies": "ill-formed feed: charset lies: Content-Type says utf-8; decoded as cp1251",
    "duplicates": None,
    "html": "not a feed: the server sent an HTML page (text/html)",
    "empty": "empty body",
    "good": None,
}
