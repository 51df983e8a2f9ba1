"""Where a figure happened: Libyan places (with transliteration variants) and country names.

`location(sentence, pos)` returns the canonical name of the place mentioned nearest to the number
at `pos`; a Libyan town beats the country "Libya" it lies in.
"""

from __future__ import annotations

import re

from extractors.figures.words import Words, anchors, word_starts

LIBYA = "Libya"
# canonical name: spellings seen in English, French and Arabic-transliterated reporting
LIBYAN_PLACES: dict[str, tuple[str, ...]] = {
    "Tripoli": ("Tripoli", "Tarabulus", "Tarablus", "Trablus", "Trablous", "Libyan capital"),
    "Misrata": ("Misrata", "Misurata", "Misratah", "Misrāta", "Misurata"),
    "Sirte": ("Sirte", "Surt", "Sirt", "Syrte"),
    "Benghazi": ("Benghazi", "Bengasi", "Banghazi", "Binghazi", "Bengazi"),
    "Tarhuna": ("Tarhuna", "Tarhouna", "Tarhunah", "Tarhounah", "Tarhona"),
    "Derna": ("Derna", "Darnah", "Darna"),
    "Sabha": ("Sabha", "Sebha", "Sabhah", "Sebhah"),
    "Zawiya": ("Zawiya", "Zawiyah", "Az-Zawiyah", "Al-Zawiya", "Zawia", "Zawiyya", "Zawiya", "Azzawiya"),
    "Gharyan": ("Gharyan", "Gharian", "Garian", "Ghiryan"),
    "Ajdabiya": ("Ajdabiya", "Ajdabiyah", "Ajdabia", "Ajdabiyya", "Agedabia", "Ajdabiyya"),
    "Tobruk": ("Tobruk", "Tubruq", "Tobrouk"),
    "Bayda": ("Bayda", "Al Bayda", "Al-Bayda", "Beida", "El Beida", "Al-Baida"),
    "Zliten": ("Zliten", "Zlitan", "Zleiten"),
    "Khoms": ("Khoms", "Al Khums", "Al-Khums", "Khums", "Al-Khoms"),
    "Sabratha": ("Sabratha", "Sabrata", "Sabratah"),
    "Zuwara": ("Zuwara", "Zuwarah", "Zuara", "Zwara"),
    "Bani Walid": ("Bani Walid", "Beni Walid", "Bani Waleed", "Bani Oualid"),
    "Ghadames": ("Ghadames", "Ghadamis", "Ghadamès"),
    "Kufra": ("Kufra", "Kufrah", "Al Kufrah", "Al-Kufra"),
    "Ubari": ("Ubari", "Awbari", "Obari"),
    "Murzuq": ("Murzuq", "Murzuk", "Marzuq", "Murzuch"),
    "Brega": ("Brega", "Marsa al-Brega", "Marsa Brega", "Burayqah"),
    "Ras Lanuf": ("Ras Lanuf", "Ras Lanouf"),
    "Tajoura": ("Tajoura", "Tajura", "Tajurah", "Tadjoura"),
    "Janzour": ("Janzour", "Janzur", "Jenzour"),
    "Zintan": ("Zintan", "Az Zintan", "Al-Zintan"),
    "Nalut": ("Nalut", "Nalout"),
    "Yafran": ("Yafran", "Yefren", "Yefrin"),
    "Jufra": ("Jufra", "Al Jufra", "Al-Jufra", "Al Jufrah"),
    "Marj": ("Al Marj", "Al-Marj", "El Marj"),
    "Shahhat": ("Shahhat", "Shahat", "Cyrene"),
    "Ain Zara": ("Ain Zara", "Ain Zarah", "Ain Zahra"),
    "Abu Salim": ("Abu Salim", "Abusalim", "Abu Sleem", "Abu Slim"),
    "Qasr bin Ghashir": ("Qasr bin Ghashir", "Qasr Bin Ghashir", "Qasr Ben Gashir", "Qasr bin Gashir"),
    "Aziziya": ("Aziziya", "Al Aziziyah", "Al-Aziziya", "Azizia"),
    "Msallata": ("Msallata", "Misallata", "Msellata"),
    "Garabulli": ("Garabulli", "Qarabulli", "Al-Qarabulli", "Castelverde"),
    "Tawergha": ("Tawergha", "Tawarga", "Tawurgha", "Tawargha"),
    "Ghat": ("Ghat",),
    "Jalu": ("Jalu", "Jalo", "Gialo"),
    "Awjila": ("Awjila", "Aujila", "Awjilah"),
    "Mizda": ("Mizda", "Mizdah"),
    "Kikla": ("Kikla", "Kikkla"),
    "Jadu": ("Jadu", "Jado"),
    "Waddan": ("Waddan", "Wadan"),
    "Sokna": ("Sokna", "Sukna", "Socna"),
    "Tiji": ("Tiji",),
    "Nafusa Mountains": (
        "Nafusa Mountains",
        "Nafusa mountains",
        "Jebel Nafusa",
        "Jabal Nafusa",
        "Western Mountains",
    ),
    "Fezzan": ("Fezzan", "Fazzan"),
    "Cyrenaica": ("Cyrenaica", "Barqa"),
    LIBYA: ("Libya", "Libye", "Libia"),
}
# Country names (short English form) with common variants; the UN member states plus a few territories.
_COUNTRIES = """Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria
|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia
|Bosnia and Herzegovina=Bosnia|Botswana|Brazil=Brasil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde=Cape Verde
|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros
|Congo=Republic of the Congo=Congo-Brazzaville
|DR Congo=Democratic Republic of the Congo=Democratic Republic of Congo=DRC=Congo-Kinshasa
|Costa Rica|Cote d'Ivoire=Côte d'Ivoire=Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic=Czechia|Denmark
|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia
|Eswatini=Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada
|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq
|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos
|Latvia|Lebanon|Lesotho|Liberia|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia
|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia
|Montenegro|Morocco|Mozambique|Myanmar=Burma|Namibia|Nauru|Nepal|Netherlands=Holland|New Zealand
|Nicaragua|Niger|Nigeria|North Korea|North Macedonia=Macedonia|Norway|Oman|Pakistan|Palau
|Palestine=Gaza Strip=Gaza=West Bank|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal
|Qatar|Romania|Russia=Russian Federation|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal
|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa
|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan
|Tanzania|Thailand|Timor-Leste=East Timor|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey=Türkiye
|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates=UAE|United Kingdom=Britain=UK=U.K.
|United States=USA=U.S.A.=United States of America|Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam=Viet Nam
|Yemen|Zambia|Zimbabwe|Western Sahara|Puerto Rico|Hong Kong"""
COUNTRIES: dict[str, tuple[str, ...]] = {}
for _entry in _COUNTRIES.replace("\n", "").split("|"):
    _names = _entry.split("=")
    COUNTRIES[_names[0]] = tuple(_names)

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ARTICLE = re.compile(r"^(?:al|el|az|as|ad|ar|at|an|ash)[-‑]", re.IGNORECASE)


def _key(word: str) -> str:
    """A word without its sentence full stop ("Sirte." -> "Sirte"), abbreviations kept ("U.K.")."""
    return word[:-1] if word.endswith(".") and "." not in word[:-1] else word


# first word -> [(words of the spelling, canonical, is a Libyan place below country level)], longest first
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}


def _add(spelling: str, canon: str, local: bool) -> None:
    for form in {spelling, spelling.upper()} if len(spelling) > 3 else {spelling}:
        words = tuple(_key(w) for w in _WORD.findall(form))
        _BY_FIRST.setdefault(words[0], []).append((words, canon, local))


for _canon, _variants in COUNTRIES.items():
    for _v in _variants:
        _add(_v, _canon, False)
for _canon, _variants in LIBYAN_PLACES.items():
    for _v in (_canon, *_variants):
        _add(_v, _canon, _canon != LIBYA)
for _entries in _BY_FIRST.values():
    _entries.sort(key=lambda e: len(e[0]), reverse=True)
_PREPOSITION = re.compile(
    r"\b(?:in|near|at|around|outside|across|of|from|inside|throughout)\s+(?:the\s+)?$", re.I
)


# Where a place name may start: a capital, or an article ("al-", "El ", "az-") before one, with no word
# character, apostrophe, dot or hyphen before it: (?<![\w'’.-])(?:(?:[Aa]l|[Ee]l|[Aa][zsdrt])[-\s])?[A-ZÀ-ÖØ-Þ].
# Written to open on one character class, so that the regex engine skips to the next capital, "a" or "e" in C;
# each lookbehind then checks the character before the match start.
_CAP = "A-ZÀ-ÖØ-Þ"
_CANDIDATE = re.compile(
    rf"[{_CAP}ae](?:(?<=[Aa])(?:l|[zsdrt])[-\s](?<![\w'’.-]...)[{_CAP}]|(?<=[Ee])l[-\s](?<![\w'’.-]...)[{_CAP}]"
    rf"|(?<![\w'’.-].)(?<=[{_CAP}]))",
    re.DOTALL,
)
_MAX_WORDS = max(len(spelling) for entries in _BY_FIRST.values() for spelling, _, _ in entries)


def _words_from(sentence: str, pos: int, limit: int = _MAX_WORDS) -> list[tuple[int, int, str]]:
    """Up to `limit` words from `pos`, separated by spaces only."""
    words = []
    while len(words) < limit:
        m = _WORD.match(sentence, pos)
        if m is None:
            break
        words.append((m.start(), m.end(), _key(m.group())))
        pos = m.end()
        while pos < len(sentence) and sentence[pos] == " ":
            pos += 1
    return words


def _strip(word: str) -> str:
    """`word` without an article joined by a hyphen ("Al-Zawiya" -> "Zawiya"); without a hyphen, `word`."""
    return _ARTICLE.sub("", word) if "-" in word or "‑" in word else word


# first word -> the most words of a spelling starting with it
_LONGEST = {first: max(len(spelling) for spelling, _, _ in entries) for first, entries in _BY_FIRST.items()}


def _need(word: str) -> int:
    """How many words from the first word `word` `_lookup` can compare (all of them after an article, for
    the retry at the next word): reading more changes nothing."""
    if word.lower() in _AL:
        return _MAX_WORDS
    return max(_LONGEST.get(word, 1), _LONGEST.get(_strip(word), 1))


def _lookup(words: list[tuple[int, int, str]]) -> tuple[int, int, str, bool] | None:
    word = words[0][2]
    for first in dict.fromkeys((word, _strip(word))):
        for spelling, canon, local in _BY_FIRST.get(first, ()):
            n = len(spelling)
            if tuple(w for _, _, w in words[1:n]) == spelling[1:]:
                return words[0][0], words[n - 1][1], canon, local
    return None


_AL = ("al", "el", "az", "as", "ad", "ar", "at")
_ARTICLES = (*_AL, "an", "ash")  # and those _ARTICLE strips before a hyphen


def _first_word(word: str) -> bool:
    """Whether a spelling in the gazetteer starts with `word` (the keys `_lookup` tries)."""
    return word in _BY_FIRST or (("-" in word or "‑" in word) and _ARTICLE.sub("", word) in _BY_FIRST)


def _may_start(sentence: str, first: re.Match[str]) -> bool:
    """Whether a place name can start at the word `first` ("Sirte"), or at the word after it when it is an
    article ("al Zawiya"): what `_lookup` and its retry would try. Most capitals ("At", "Saturday") fail."""
    word = _key(first.group())
    if _first_word(word):
        return True
    if word.lower() not in _AL:
        return False
    pos = first.end()
    while pos < len(sentence) and sentence[pos] == " ":
        pos += 1
    second = _WORD.match(sentence, pos)
    return second is not None and _first_word(_key(second.group()))


# A first word whose spellings all have one word, with no article before or in it ("Sirte", "Libya"): its
# (canonical name, is local) as `_lookup` would find it.
_ONE_WORD = {
    key: entries[0][1:]
    for key, entries in _BY_FIRST.items()
    if _LONGEST[key] == 1 and "-" not in key and "‑" not in key and key.lower() not in _AL
}


def places(sentence: str, low: str | None = None, seen: Words = None) -> list[tuple[int, int, str, bool]]:
    """(start, end, canonical name, is a Libyan town/region) for every place named in `sentence`.

    With `seen`, the whole words of `low` (`lower(sentence)`, extractors.figures.words), only the words that
    can start a place name are read; without it every capital is."""
    if seen is not None and low is not None:
        return _places_at(sentence, _starts(low, seen))
    out: list[tuple[int, int, str, bool]] = []
    pos = 0
    while True:
        m = _CANDIDATE.search(sentence, pos)
        if m is None:
            return out
        hit, pos = _place_at(sentence, m)
        if hit:
            out.append(hit)


def _place_at(sentence: str, m: re.Match[str]) -> tuple[tuple[int, int, str, bool] | None, int]:
    """The place named from the candidate `m` (a match of _CANDIDATE), and where to look for the next one."""
    first = _WORD.match(sentence, m.start())
    if first is None:
        return None, m.end()
    one = _ONE_WORD.get(_key(first.group()))
    if one is not None:  # what the lines below give for a word that only starts one-word spellings
        return (m.start(), first.end(), *one), first.end()
    if not _may_start(sentence, first):
        return None, first.end()  # "Saturday", "UN": no place name starts with it
    words = _words_from(sentence, m.start(), _need(_key(first.group())))
    hit = _lookup(words)
    if hit is None and len(words) > 1 and words[0][2].lower() in _AL:
        hit = _lookup(words[1:])  # "al Zawiya"
    if hit:
        return hit, hit[1]
    return None, words[0][1] if words else m.end()


def _places_at(sentence: str, starts: list[int]) -> list[tuple[int, int, str, bool]]:
    """`places(sentence)`, trying only the candidates at `starts`: a candidate that names no place moves on
    to the end of its own word, where no other candidate can start."""
    out: list[tuple[int, int, str, bool]] = []
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = _CANDIDATE.match(sentence, start)
        if m is not None:
            hit, pos = _place_at(sentence, m)
            if hit:
                out.append(hit)
    return out


# The first word of every spelling (and every article), lower-cased, as its first run of word characters:
# a place name can only start at such a run.
_FIRST_RUNS = anchors(
    run for key in [*_BY_FIRST, *_ARTICLES] if key.isascii() for run in re.findall(r"\w+", key.lower())[:1]
)


def _starts(low: str, seen: set[bytes]) -> list[int]:
    """Offsets of the whole words of `low` that can start a place name (in _FIRST_RUNS), in order; an article
    followed by a space and a word that is in no spelling ("At least") starts nothing."""
    starts = word_starts(low, seen.intersection(_FIRST_RUNS))
    if seen.isdisjoint(_ARTICLE_RUNS):
        return starts
    return [at for at in starts if not ((m := _ARTICLE_THEN.match(low, at)) and m[1] not in _ALL_RUNS)]


_ARTICLE_RUNS = anchors(_ARTICLES)
_ARTICLE_THEN = re.compile(rf"(?:{'|'.join(_ARTICLES)})\s+(\w+)")  # an article, alone, and the next word
_ALL_RUNS = frozenset(  # every word of every spelling, lower-cased
    run
    for entries in _BY_FIRST.values()
    for words, _, _ in entries
    for w in words
    for run in re.findall(r"\w+", w.lower())
)


def nearest_place(found: list[tuple[int, int, str, bool]], sentence: str, pos: int) -> str | None:
    """Of the `places(sentence)`, the canonical name nearest to the number at `pos`."""
    if not found:
        return None
    has_local = any(local for *_, local in found)

    def cost(item: tuple[int, int, str, bool]) -> float:
        start, end, canon, local = item
        distance = start - pos if start >= pos else (pos - end) * 1.5
        if _PREPOSITION.search(sentence, max(0, start - 12), start):
            distance *= 0.6  # "in Tripoli", "near Sirte"
        if canon == LIBYA and has_local:
            distance += 1000
        return distance

    return min(found, key=cost)[2]


def location(sentence: str, pos: int) -> str | None:
    """The canonical place nearest to the number at `pos` in `sentence`, or None."""
    return nearest_place(places(sentence), sentence, pos)
