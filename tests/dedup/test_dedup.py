"""Near-duplicate fingerprints and verdicts (extractors/dedup/minhash.py), on texts written for the suite."""

import numpy as np
import pytest

from extractors.dedup import minhash as dedup
from extractors.dedup.minhash import MemoryIndex, compare, fingerprint, judge, tokenize, verify
from tests import dedup_samples as s


def is_dup(a: str, b: str) -> bool:
    return verify(compare(fingerprint(a), fingerprint(b)))


def shares_a_key(a: str, b: str) -> bool:
    return bool(set(fingerprint(a).keys) & set(fingerprint(b).keys))


def test_tokens_are_folded_words_and_unspaced_scripts_one_per_character():
    assert tokenize("The  ＴＲＩＰＯＬＩ (Reuters) - fighting, 14 dead") == [
        "the",
        "tripoli",
        "reuters",
        "fighting",
        "14",
        "dead",
    ]
    assert tokenize("東京で地震") == ["東", "京", "で", "地", "震"]
    assert tokenize("word " * 100, limit=7) == ["word"] * 7


@pytest.mark.parametrize(
    "transform", [s.syndicated, s.light_edit, s.excerpt, s.with_intro, s.updated], ids=lambda f: f.__name__
)
def test_each_transformation_is_a_duplicate_found_by_the_index(transform):
    for story in (s.FLOOD, s.PORT_STRIKE, s.ELECTION):
        copy = transform(story)
        assert shares_a_key(story, copy), "LSH must propose the original as a candidate"
        assert is_dup(story, copy) and is_dup(copy, story)


def test_excerpt_with_intro_line_is_a_duplicate():
    copy = s.with_intro(s.excerpt(s.FLOOD))
    assert shares_a_key(s.FLOOD, copy)
    assert is_dup(s.FLOOD, copy)


def test_an_excerpt_is_far_from_its_original_by_jaccard_but_leads_it():
    match = compare(fingerprint(s.excerpt(s.FLOOD)), fingerprint(s.FLOOD))
    assert match.jaccard < 0.5 and match.leading >= 0.9


def test_own_stories_about_one_event_are_not_duplicates():
    assert not is_dup(s.FLOOD, s.FLOOD_OTHER_OUTLET)


def test_stories_sharing_a_background_paragraph_are_not_duplicates():
    a, b = s.with_background(s.PORT_STRIKE), s.with_background(s.ELECTION)
    assert not is_dup(a, b)
    # even when one of them is a brief made of little more than its lead and the background
    brief = s.paragraphs(s.PORT_STRIKE)[0] + "\n\n" + s.BACKGROUND
    assert not is_dup(brief, b)
    assert not is_dup(brief, s.BACKGROUND + "\n\n" + s.ELECTION)


def test_unrelated_stories_are_not_duplicates():
    for a, b in ((s.FLOOD, s.PORT_STRIKE), (s.FLOOD, s.ELECTION), (s.PORT_STRIKE, s.ELECTION)):
        assert compare(fingerprint(a), fingerprint(b)).similarity < 0.2


def test_short_texts_get_no_keys_and_fall_back_to_the_exact_hash():
    one_liner = fingerprint("Clashes in Tripoli kill 5 people, the health ministry says.")
    assert one_liner.short and not one_liner.keys
    assert fingerprint(s.FLOOD).keys and not fingerprint(s.FLOOD).short


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t ", "!!! ??? ... --- *** \u200b", "x" * 5_000_000, "word " * 1_000_000],
    ids=["empty", "blank", "no words", "5 MB one token", "one word repeated"],
)
def test_degenerate_texts_do_not_crash_and_match_nothing(text):
    fp = fingerprint(text)
    assert fp.short
    for story in (s.FLOOD, s.PORT_STRIKE):
        assert not verify(compare(fp, fingerprint(story)))


def test_a_5_mb_text_is_cut_and_matches_no_unrelated_article():
    words = [f"w{i % 9973}x{i % 7}" for i in range(900_000)]
    huge = " ".join(words)
    assert len(huge) > 5_000_000
    fp = fingerprint(huge)
    assert fp.tokens == dedup.MAX_TOKENS
    for story in (s.FLOOD, s.ELECTION):
        assert not verify(compare(fp, fingerprint(story)))
        assert not set(fp.keys) & set(fingerprint(story).keys)


ARABIC = (
    "قالت السلطات المحلية إن الفيضانات اجتاحت المدينة الساحلية خلال الليل بعد انهيار سدين بسبب الأمطار "
    "الغزيرة، وإن فرق الإنقاذ وصلت عند الفجر وتعمل على انتشال العالقين تحت الأنقاض في الأحياء القريبة "
    "من مصب النهر، فيما نُقل آلاف السكان إلى المدارس والمساجد في المناطق المرتفعة."
)


def test_arabic_text_matches_its_copy_and_nothing_else():
    fp = fingerprint(ARABIC)
    assert not fp.short
    assert is_dup(ARABIC, "عاجل: " + ARABIC + " (رويترز)")
    for story in (s.FLOOD, s.PORT_STRIKE, s.ELECTION):
        assert not verify(compare(fp, fingerprint(story)))


def test_keys_are_stable_across_processes_and_versions():
    """Band keys are stored: a change here must come with a new extractors.dedup.minhash.SCHEME."""
    fp = fingerprint(s.FLOOD)
    assert dedup.SCHEME == 2
    # the two lead windows overlap and share a band numbering: a band may repeat (kept once)
    assert dedup.BAG_BANDS + dedup.LEAD_BANDS < len(fp.keys) <= dedup.BAG_BANDS + 2 * dedup.LEAD_BANDS
    assert fp.keys[:3] == (6753433539454371872, -929961704971183923, 1447919261467242690)
    assert fp.keys[-1] == -6188875637846722652
    assert fp.shingles.dtype == np.uint64


def test_memory_index_links_a_copy_to_the_earliest_cluster():
    index = MemoryIndex()
    index.add("seed:flood", fingerprint(s.FLOOD), None, seed=True)
    index.add("later-original", fingerprint(s.updated(s.FLOOD)), None)
    copy = fingerprint(s.syndicated(s.FLOOD))
    verdict = judge(copy, index.candidates(copy))
    assert verdict.duplicate_of == "seed:flood" and verdict.method == "near"
    assert 0.5 < verdict.similarity <= 1.0


def test_a_copy_of_a_copy_points_at_the_root():
    index = MemoryIndex()
    index.add("original", fingerprint(s.PORT_STRIKE), None)
    index.add("copy", fingerprint(s.syndicated(s.PORT_STRIKE)), None, root="original")
    fp = fingerprint(s.light_edit(s.syndicated(s.PORT_STRIKE)))
    assert judge(fp, [index.get("copy")]).duplicate_of == "original"


def test_no_candidate_gives_no_verdict_but_reports_the_best_similarity():
    fp = fingerprint(s.FLOOD)
    verdict = judge(fp, [MemoryIndexEntry("other", s.FLOOD_OTHER_OUTLET)])
    assert verdict.duplicate_of is None and verdict.method is None
    assert 0.0 <= verdict.similarity < 0.5


def MemoryIndexEntry(article_id: str, text: str):
    index = MemoryIndex()
    index.add(article_id, fingerprint(text), None)
    return index.get(article_id)
