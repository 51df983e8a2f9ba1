"""Honest decoding of article pages: the declared charset when it decodes, a detected web charset when
it does not, and a failure (`undecodable`) rather than mojibake when nothing does."""

from __future__ import annotations

import random

import pytest

from extractors.text.article import Rejected, extract_page
from extractors.text.charset import Undecodable, decode_html

ARABIC = (
    "قال مسؤولون في طرابلس إن الاشتباكات أسفرت عن مقتل عشرين شخصا وتشريد مئات العائلات "
    "من منازلها في جنوب العاصمة الليبية، بحسب وزارة الصحة. "
)
FRENCH = "Le patron du café, René Haddad, dit que la rue devant sa boutique a été touchée deux fois. "


def _page(title: str, paragraph: str, meta: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{meta}"><title>{title}</title></head><body><article>'
        f"<h1>{title}</h1>" + f"<p>{paragraph * 3}</p>" * 3 + "</article></body></html>"
    )


def test_a_utf8_page_with_one_invalid_byte_stays_utf8():
    body = _page("Syrte", FRENCH).encode("utf-8").replace(b"deux fois.", b"deux fois \xff.", 1)
    decoded = decode_html(body, "text/html; charset=UTF-8")
    assert (decoded.charset, decoded.source) == ("utf-8", "declared")
    assert "café" in decoded.text and "René" in decoded.text
    assert "├" not in decoded.text and "Ã©" not in decoded.text
    page = extract_page(body, "https://example.test/syrte", "text/html; charset=UTF-8")
    assert "Le patron du café, René Haddad" in page.text
    assert (page.charset, page.charset_source) == ("utf-8", "declared")


def test_a_windows_1256_page_declared_utf8_is_detected():
    body = _page("ليبيا", ARABIC).encode("cp1256")
    decoded = decode_html(body, "text/html; charset=utf-8")
    assert (decoded.charset, decoded.source) == ("cp1256", "detected")
    page = extract_page(body, "https://example.test/ar", "text/html; charset=utf-8")
    assert "الاشتباكات أسفرت عن مقتل عشرين شخصا" in page.text
    assert page.charset_source == "detected"


def test_declared_detected_and_lying_single_byte_labels():
    latin = _page("Syrte", FRENCH, meta="iso-8859-1").encode("cp1252")
    decoded = decode_html(latin, "text/html")  # only the <meta> says it
    assert (decoded.charset, decoded.source) == ("cp1252", "declared") and "René" in decoded.text
    utf8 = _page("Syrte", FRENCH, meta="windows-1252").encode("utf-8")  # the label lies, the body is UTF-8
    decoded = decode_html(utf8, "text/html; charset=windows-1252")
    assert (decoded.charset, decoded.source) == ("utf-8", "detected") and "René" in decoded.text
    nothing = _page("Syrte", FRENCH, meta="").replace('<meta charset="">', "").encode("utf-8")
    assert decode_html(nothing).source == "detected"


def test_bytes_no_charset_decodes_are_undecodable_not_mojibake():
    rng = random.Random(1)
    noise = bytes(rng.randrange(128, 256) for _ in range(3000))
    body = b'<html><head><meta charset="utf-8"></head><body><p>' + noise + b"</p></body></html>"
    with pytest.raises(Undecodable):
        decode_html(body, "text/html; charset=utf-8")
    with pytest.raises(Rejected, match="^undecodable: declared utf-8"):
        extract_page(body, "https://example.test/noise", "text/html; charset=utf-8")
