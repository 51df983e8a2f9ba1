"""Pure text handling: article text and metadata from HTML, charset decoding, feeds, URLs, seeds, scope.

- `article`: main text, title, date and outlet of a page (trafilatura, htmldate);
- `charset`: bytes to text with the declared or detected charset;
- `feed`: RSS/Atom bytes to entries (feedparser);
- `urls`: canonical URLs (courlan);
- `seed`: the seed-file format;
- `scope`: does an item mention the watch's keywords;
- `normalise`: one typographic normal form for any language, with a map back to the caller's offsets.

May import: the standard library, the parsing libraries, `extractors.records`. No I/O.
"""
