"""HTTP for the flows: one fetch with its guards, and nothing else.

- `fetch`: one GET with retries, redirects and a one-line failure reason;
- `guard`: the SSRF guard (no private, loopback or link-local address unless allowed);
- `body`: the size- and decompression-capped body reader;
- `polite`: per-host slots and spacing;
- `robots`: robots.txt for pages.

May import: the standard library, httpx/httpcore, `flows.settings`. Never `warehouse` or the stages.
"""
