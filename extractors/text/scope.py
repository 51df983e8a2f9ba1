"""Topic scope: does an item mention any of the watch's keywords? Keywords may be in any script.

Keywords and texts are folded alike (extractors.text.arabic.fold): case, Latin accents ("Zaouïa" =
"zaouia"), Arabic letter variants, tatweel and diacritics do not matter. An Arabic keyword also matches
behind the proclitics و ف ب ل ك ال لل ("وطرابلس", "بطرابلس", "لليبيا", "للزاوية") and before a nisba
ending ("ليبي" matches "الليبية", "ليبيين").
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.text.arabic import ARABIC_LETTER, fold, fold_word

_SUFFIX = "(?:ه|يه|ين|يين|يون|ون)?"


def _alternative(keyword: str) -> str:
    word = fold_word(keyword)
    if not ARABIC_LETTER.search(word):
        return re.escape(word)
    if word.startswith("ال") and len(word) > 3:
        return f"[وف]?(?:[بك]?ال|لل){re.escape(word[2:])}{_SUFFIX}"
    return f"[وف]?(?:[بلك]|لل)?(?:ال)?{re.escape(word)}{_SUFFIX}"


@lru_cache(maxsize=64)
def _pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(
        _alternative(k) for k in sorted(keywords, key=len, reverse=True) if k.strip() and fold_word(k)
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def in_scope(keywords: tuple[str, ...], *texts: str | None) -> bool:
    """True when any keyword occurs as a whole word (folded, see above) in any text; [] matches everything."""
    if not any(k.strip() for k in keywords):
        return True
    pattern = _pattern(tuple(keywords))
    return any(text and pattern.search(fold(text).text) for text in texts)
