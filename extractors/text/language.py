"""The language of a text: a small offline detector (py3langid, its bundled model) steered by the script
and by a hint (the feed's language, or the caller's "language"). Pure; nothing is downloaded.

- Text mostly in Arabic script is Arabic unless the model says another Arabic-script language.
- A short text (a headline, a feed summary) takes the hint when the hint is written in the text's script:
  the model is unreliable on a few words, the feed is not.
- Otherwise the model decides; the hint breaks a tie when the model returns nothing.
"""

from __future__ import annotations

import re

SHORT = 200  # characters: below this a script-consistent hint wins over the model
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug"})


def script(text: str) -> str | None:
    """ "arabic", "latin" or None (neither dominates, or no letters) in the first 4000 characters."""
    sample = text[:4000]
    arabic, latin = len(_ARABIC.findall(sample)), len(_LATIN.findall(sample))
    if arabic + latin == 0:
        return None
    if arabic >= 2 * latin:
        return "arabic"
    if latin >= 2 * arabic:
        return "latin"
    return None


def _script_of(code: str) -> str:
    return "arabic" if code in ARABIC_SCRIPT else "latin"


def _model(sample: str) -> str | None:
    import py3langid

    try:
        lang, _score = py3langid.classify(sample)
    except OSError:  # the model unpacks through a temporary file on first use: a full disk leaves it unknown
        return None
    return lang or None


def detect(text: str | None, hint: str | None = None) -> str | None:
    """ISO 639-1 code of `text`, using `hint` for short texts in the hint's script; None when unknown."""
    hint = re.split(r"[-_]", hint.strip().lower())[0][:3] or None if isinstance(hint, str) else None
    sample = (text or "")[:4000].strip()
    found = script(sample)
    if hint and (found is None or found == _script_of(hint)) and len(sample) < SHORT:
        return hint
    if len(sample) < 3 or found is None and not re.search(r"\w", sample):
        return hint
    lang = _model(sample)
    if found == "arabic" and lang not in ARABIC_SCRIPT:
        return "ar"
    return lang or hint
