"""Decoding an XML feed's bytes to text when its declared charset may lie.

Order of evidence: a byte-order mark; the UTF-16/32 signature of `<?`; valid UTF-8 (a non-ASCII text
in a single-byte charset is practically never valid UTF-8, so a body that is valid UTF-8 is UTF-8
whatever the header says); then the charsets the Content-Type header and the XML declaration name,
tried strictly (when both decode, charset_normalizer picks the more plausible); last a guess by
charset_normalizer. Anything but a clean agreement is reported as a `problem`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
_SIGNATURES = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""")
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:\-]+)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    problem: str | None = None


def _codec(name: str | None) -> str | None:
    """Python's codec for a charset label; ISO-8859-1 and ASCII labels mean windows-1252, as on the web."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if codec in ("iso8859-1", "latin-1", "ascii") else codec


def header_charset(content_type: str | None) -> str | None:
    match = _CHARSET_PARAM.search(content_type or "")
    return match.group(1) if match else None


def declared_charset(body: bytes) -> str | None:
    match = _XML_DECL.match(body[:512])
    return match.group(1).decode("ascii") if match else None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess(body: bytes, candidates: list[str] | None = None) -> str | None:
    """charset_normalizer's pick; among equally clean decodings, windows-1252 (the web's usual legacy)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(body, cp_isolation=candidates) if candidates else from_bytes(body))
    if not matches:
        return None
    cleanest = min(m.chaos for m in matches)
    tied = [_codec(m.encoding) for m in matches if m.chaos <= cleanest + 0.01]
    return "cp1252" if "cp1252" in tied else tied[0]


def decode_xml(body: bytes, content_type: str | None = None) -> Decoded:
    """The text of an XML document, with the encoding used and what was wrong with the declarations."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom) :].decode(codec, "replace"), codec)
    for signature, codec in _SIGNATURES:
        if body.startswith(signature):
            return Decoded(body.decode(codec, "replace"), codec)

    from_header, from_xml = header_charset(content_type), declared_charset(body)
    named = [(f"Content-Type says {n}", _codec(n), n) for n in (from_header,) if n]
    named += [(f"the XML declaration says {n}", _codec(n), n) for n in (from_xml,) if n]
    unknown = [f"unknown charset {raw!r} ({where})" for where, codec, raw in named if codec is None]
    named_codecs = [codec for _, codec, _ in named if codec]

    if body.isascii():
        return Decoded(body.decode("ascii"), "ascii", "; ".join(unknown) or None)

    text = _strict(body, "utf-8")
    if text is not None:
        wrong = [where for where, codec, _ in named if codec and codec != "utf-8"]
        problem = f"charset lies: {' and '.join(wrong)}, but the body is UTF-8" if wrong else None
        return Decoded(text, "utf-8", "; ".join([*unknown, *([problem] if problem else [])]) or None)

    fitting = list(dict.fromkeys(c for c in named_codecs if c != "utf-8" and _strict(body, c) is not None))
    if len(fitting) > 1:
        fitting = [_guess(body, fitting) or fitting[0]]
    problems = list(unknown)
    if fitting:
        codec = fitting[0]
        wrong = [where for where, c, _ in named if c and c != codec]
        if wrong:
            problems.append(f"charset lies: {' and '.join(wrong)}; decoded as {codec}")
        return Decoded(body.decode(codec), codec, "; ".join(problems) or None)

    codec = _guess(body) or "windows-1252"
    if named_codecs:
        problems.append(f"charset lies: {' and '.join(w for w, c, _ in named if c)}; guessed {codec}")
    else:
        problems.append(f"no charset declared and the body is not UTF-8; guessed {codec}")
    return Decoded(body.decode(codec, "replace"), codec, "; ".join(problems))


# --- HTML pages ------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
# The legacy encodings a browser knows (WHATWG Encoding Standard): a detector's pick outside them (a DOS
# code page such as cp437 or cp1125) is a misreading of a web page, never its charset.
WEB_CHARSETS = [
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_10",
    "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "mac_roman", "mac_cyrillic",
    "cp866", "gb18030", "big5", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr",
]  # fmt: skip
MOSTLY_UTF8 = 0.01  # invalid sequences per decoded non-ASCII character a UTF-8 page may have (a stray byte)


class Undecodable(ValueError):
    """No charset decodes the page without replacement characters; the message says what was tried."""


@dataclass(frozen=True, slots=True)
class DecodedPage:
    text: str
    charset: str  # Python's codec name
    source: str  # declared | detected | fallback


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


def _mostly_utf8(body: bytes) -> bool:
    """Valid UTF-8 but for a stray invalid byte or two (the page is UTF-8; a byte got mangled)."""
    text = body.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return good > 0 and bad <= max(1, int(good * MOSTLY_UTF8))


def decode_html(body: bytes, content_type: str | None = None) -> DecodedPage:
    """The text of an HTML page, the codec used and where it came from.

    - `declared`: the BOM, else the Content-Type charset, else the `<meta>` charset decodes the bytes
      cleanly; or the page is declared UTF-8 and is UTF-8 but for a stray invalid byte (that byte
      becomes U+FFFD: a DOS code page would turn every accented letter into box drawings instead).
    - `detected`: nothing is declared, or the declaration fails (or names a single-byte charset for
      a body that is valid UTF-8): valid UTF-8, else charset_normalizer's pick, if it decodes cleanly.
    - `fallback`: nothing decodes cleanly: Undecodable is raised (the page is a failure, not mojibake).
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return DecodedPage(body[len(bom) :].decode(codec, "replace"), codec, "declared")
    raw = header_charset(content_type) or meta_charset(body)
    declared = _codec(raw)
    if body.isascii():
        return DecodedPage(body.decode("ascii"), declared or "ascii", "declared" if declared else "detected")
    utf8 = _strict(body, "utf-8")
    if declared and (declared == "utf-8" or utf8 is None):
        text = _strict(body, declared)
        if text is not None:
            return DecodedPage(text, declared, "declared")
        if declared == "utf-8" and _mostly_utf8(body):
            return DecodedPage(body.decode("utf-8", "replace"), "utf-8", "declared")
    if utf8 is not None:
        return DecodedPage(utf8, "utf-8", "detected")
    guess = _guess(body, WEB_CHARSETS)
    text = _strict(body, guess) if guess else None
    if guess and text is not None:
        return DecodedPage(text, guess, "detected")
    said = f"declared {raw}" if raw else "no charset declared"
    raise Undecodable(f"undecodable: {said}, not UTF-8, and no detected charset decodes it cleanly")
