"""Topic scope: does an item mention any of the watch's keywords?"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=64)
def _pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(
        re.escape(k.strip()) for k in sorted(keywords, key=len, reverse=True) if k.strip()
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def in_scope(keywords: tuple[str, ...], *texts: str | None) -> bool:
    """True when any keyword occurs as a whole word (case-insensitive) in any text; [] matches everything."""
    if not any(k.strip() for k in keywords):
        return True
    pattern = _pattern(tuple(keywords))
    return any(text and pattern.search(text) for text in texts)
