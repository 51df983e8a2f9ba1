"""The dedup stage against a real DuckDB file: plan_dedup (flows/stages/dedup.py) + load_batch + warehouse/dedup.py."""

from datetime import UTC, datetime

import pytest

from extractors.dedup.fingerprint import content_hash, stable_id
from extractors.dedup.minhash import SCHEME, fingerprint
from extractors.figures import extract_figures
from extractors.records import Article
from flows.ingest import load_batch, read_seeds
from flows.stages.dedup import plan_dedup
from seeds import SEEDS_DIR
from tests import dedup_samples as s
from tests.durability import rows
from warehouse import dedup as store
from warehouse.db import connect, open_warehouse


def article(name: str, text: str, published: datetime | None = None) -> tuple[Article, list]:
    url = f"https://news.example/{name}"
    a = Article(
        article_id=stable_id(url),
        url=url,
        canonical_url=url,
        title=name,
        source="news.example",
        published_at=published,
        text=text,
        content_hash=content_hash(text),
    )
    return a, extract_figures(text, published.date() if published else None)


def aid(name: str) -> str:
    return stable_id(f"https://news.example/{name}")


def links(db_path) -> dict[str, tuple]:
    return {
        r[0]: r[1:]
        for r in rows(
            db_path, "SELECT article_id, duplicate_of, dup_method, similarity, cluster_id FROM articles"
        )
    }


@pytest.fixture
def seeds():
    return read_seeds(SEEDS_DIR)[0]


def test_links_copies_to_the_archive_and_rerun_changes_nothing(db_path, seeds):
    first = [article("flood", s.FLOOD, datetime(2024, 5, 6, 8, tzinfo=UTC))]
    load_batch.fn(db_path, "run-1", seeds, [], first, [])
    second = [
        article("flood-wire", s.syndicated(s.FLOOD)),
        article("flood-excerpt", s.excerpt(s.FLOOD)),
        article("flood-same-text", s.FLOOD.upper()),
        article("port", s.PORT_STRIKE),
    ]
    counts = load_batch.fn(db_path, "run-2", seeds, [], second, [])
    assert counts["duplicates_new"] == 3
    got = links(db_path)
    assert got[aid("flood-wire")][:2] == (aid("flood"), "near")
    assert got[aid("flood-excerpt")][:2] == (aid("flood"), "near")
    assert got[aid("flood-same-text")] == (aid("flood"), "hash", 1.0, aid("flood"))
    assert got[aid("port")] == (None, None, None, aid("port"))
    assert {got[aid(n)][3] for n in ("flood", "flood-wire", "flood-excerpt", "flood-same-text")} == {
        aid("flood")
    }
    bands = rows(db_path, "SELECT count(*) FROM dedup_bands")[0][0]

    again = load_batch.fn(db_path, "run-3", seeds, [], first + second, [])
    assert again["articles_new"] == 0 and again["duplicates_new"] == 0
    assert links(db_path) == got
    assert rows(db_path, "SELECT count(*) FROM dedup_bands")[0][0] == bands


def test_a_seed_repost_arriving_in_a_feed_is_linked_to_the_seed(db_path, seeds):
    seed = next(a for a, _ in seeds if a.article_id == "seed:004_5f771e6c34acb0d5")
    repost = article("repost", "BERLIN (AFP) - " + seed.text + "\n\n(AFP, Reuters)")
    load_batch.fn(db_path, "run-1", seeds, [], [repost], [])
    assert links(db_path)[aid("repost")][:2] == ("seed:004_5f771e6c34acb0d5", "near")
    # and the two seeds, two outlets' own stories on one offensive, stay apart
    assert rows(db_path, "SELECT count(*) FROM articles WHERE is_seed AND duplicate_of IS NULL")[0][0] == 2


def test_an_updated_story_is_linked_and_its_new_figure_kept(db_path, seeds):
    load_batch.fn(db_path, "run-1", seeds, [], [article("flood", s.FLOOD)], [])
    update = article("flood-update", s.updated(s.FLOOD))
    assert any(f.kind == "killed" and f.value == 97 for f in update[1])
    load_batch.fn(db_path, "run-2", seeds, [], [update], [])
    assert links(db_path)[aid("flood-update")][:2] == (aid("flood"), "near")
    figures = rows(
        db_path,
        "SELECT f.value, a.duplicate_of IS NOT NULL, a.cluster_id FROM figures f JOIN articles a USING (article_id) "
        "WHERE f.kind = 'killed' AND NOT a.is_seed",
    )
    assert sorted(figures) == [(42, False, aid("flood")), (97, True, aid("flood"))]  # one story, two reports


def test_in_a_batch_the_earliest_published_article_is_the_root(db_path, seeds):
    batch = [
        article("late-copy", s.syndicated(s.ELECTION), datetime(2024, 5, 7, tzinfo=UTC)),
        article("undated-excerpt", s.excerpt(s.ELECTION)),
        article("early", s.ELECTION, datetime(2024, 5, 6, tzinfo=UTC)),
    ]
    load_batch.fn(db_path, "run-1", seeds, [], batch, [])
    got = links(db_path)
    assert got[aid("early")][0] is None
    assert got[aid("late-copy")][0] == aid("early") and got[aid("undated-excerpt")][0] == aid("early")


def test_short_and_empty_texts_are_never_near_duplicates(db_path, seeds):
    batch = [
        article("brief-5", "Clashes in Tripoli kill 5 people."),
        article("brief-7", "Clashes in Tripoli kill 7 people."),
        article("empty-1", ""),
        article("empty-2", "   "),
        article("symbols", "!!! ... ???"),
    ]
    load_batch.fn(db_path, "run-1", seeds, [], batch, [])
    assert all(dup is None for dup, *_ in links(db_path).values())
    assert (
        rows(
            db_path,
            "SELECT count(*) FROM dedup_bands WHERE article_id IN (SELECT unnest(?))",
            [[a.article_id for a, _ in batch]],
        )[0][0]
        == 0
    )


def test_candidates_are_found_by_a_join_on_band_keys(db_path, seeds):
    load_batch.fn(
        db_path, "run-1", seeds, [], [article("flood", s.FLOOD), article("port", s.PORT_STRIKE)], []
    )
    con = connect(db_path, read_only=True)
    try:
        found = store.candidates(
            con,
            {"q-copy": fingerprint(s.light_edit(s.FLOOD)).keys, "q-new": fingerprint(s.ELECTION).keys},
            limit=5,
        )
    finally:
        con.close()
    assert found == {"q-copy": [aid("flood")]}


def test_articles_without_a_current_fingerprint_are_indexed_again(db_path, seeds):
    load_batch.fn(db_path, "run-1", seeds, [], [article("flood", s.FLOOD)], [])
    keys = rows(db_path, "SELECT count(*) FROM dedup_bands WHERE article_id = ?", [aid("flood")])[0][0]
    with open_warehouse(db_path) as con:  # as if stored before the dedup migration, or by an older scheme
        con.execute(
            "UPDATE dedup_fingerprints SET scheme = ? WHERE article_id = ?", [SCHEME - 1, aid("flood")]
        )
        con.execute("DELETE FROM dedup_fingerprints WHERE article_id LIKE 'seed:%'")
        con.execute("DELETE FROM dedup_bands WHERE article_id LIKE 'seed:%'")
        plan = plan_dedup(con, [a for a, _ in seeds], [])
    assert {row.article_id: row.replace for row in plan.fingerprints} == {
        aid("flood"): True,
        "seed:000_c5e94d6caf5d1f55": False,
        "seed:004_5f771e6c34acb0d5": False,
    }
    load_batch.fn(db_path, "run-2", seeds, [], [], [], dedup=plan)
    assert (
        rows(db_path, "SELECT count(*) FROM dedup_bands WHERE article_id = ?", [aid("flood")])[0][0] == keys
    )
    assert rows(db_path, "SELECT count(*) FROM dedup_fingerprints WHERE scheme = ?", [SCHEME])[0][0] == 3


def test_a_changed_seed_replaces_its_keys(db_path, tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "flood.txt").write_text(s.FLOOD, encoding="utf-8")
    load_batch.fn(db_path, "run-1", read_seeds(folder)[0], [], [], [])
    old = set(rows(db_path, "SELECT band_key FROM dedup_bands WHERE article_id = 'seed:flood'"))
    (folder / "flood.txt").write_text(s.PORT_STRIKE, encoding="utf-8")
    load_batch.fn(db_path, "run-2", read_seeds(folder)[0], [], [], [])
    new = set(rows(db_path, "SELECT band_key FROM dedup_bands WHERE article_id = 'seed:flood'"))
    assert new and not old & new
    assert new == {(k,) for k in fingerprint(s.PORT_STRIKE).keys}


def test_a_rewrite_is_stored_as_such_and_a_rerun_changes_no_link(db_path, seeds):
    import random

    from evaluation.dedup_rewrite import rewrite

    load_batch.fn(db_path, "run-1", seeds, [], [article("port", s.PORT_STRIKE)], [])
    seed = next(a for a, _ in seeds if a.article_id == "seed:000_c5e94d6caf5d1f55")
    batch = [
        article("port-rewrite", rewrite(s.PORT_STRIKE, random.Random(1))),
        article("seed-rewrite", rewrite(seed.text, random.Random(2))),
        article("election", s.ELECTION),
    ]
    load_batch.fn(db_path, "run-2", seeds, [], batch, [])
    got = links(db_path)
    assert got[aid("port-rewrite")][:2] == (aid("port"), "rewrite")
    assert got[aid("seed-rewrite")][:2] == ("seed:000_c5e94d6caf5d1f55", "rewrite")
    assert got[aid("election")][:2] == (None, None)
    load_batch.fn(db_path, "run-3", seeds, [], batch, [])
    assert links(db_path) == got
