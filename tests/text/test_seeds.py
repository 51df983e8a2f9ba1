import shutil
from datetime import UTC, datetime

from extractors.text.seed import parse_seed
from flows.ingest import load_batch, read_seeds
from seeds import SEEDS_DIR
from warehouse.db import connect


def test_title_line():
    doc = parse_seed("x", "A headline here\n\nFirst paragraph. Second sentence.\n")
    assert doc.title == "A headline here"
    assert doc.text == "First paragraph. Second sentence."
    assert doc.published_at is None


def test_leading_date():
    doc = parse_seed("y", " date 2019-04-05 At least 21 people have been killed.\nMore text.")
    assert doc.published_at == datetime(2019, 4, 5, tzinfo=UTC)
    assert doc.title is None
    assert doc.text.startswith("At least 21 people")


def test_no_title_no_date():
    doc = parse_seed("z", "Just a body of text that goes on.\nAnd a second line.")
    assert doc.title is None
    assert doc.text.startswith("Just a body")


def test_bad_date_is_ignored_not_fatal():
    doc = parse_seed("w", "date 2019-13-45 Body text.")
    assert doc.published_at is None
    assert doc.text == "Body text."


def test_packaged_seeds_are_verbatim_copies():
    stems = sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
    assert stems == ["000_c5e94d6caf5d1f55", "004_5f771e6c34acb0d5"]
    shared = SEEDS_DIR.parent.parent / "shared" / "seeds"
    if shared.is_dir():
        for path in SEEDS_DIR.glob("*.txt"):
            assert path.read_bytes() == (shared / path.name).read_bytes()


def test_seed_loading_is_idempotent_and_updates_changed_files(tmp_path, db_path):
    seeds_dir = tmp_path / "seeds"
    seeds_dir.mkdir()
    for path in SEEDS_DIR.glob("*.txt"):
        shutil.copy(path, seeds_dir / path.name)
    (seeds_dir / "010_extra.txt").write_text(
        "An extra seed\n\nIn Tripoli at least 9 people were killed on Monday.\n"
    )

    seeds, failures = read_seeds(seeds_dir)
    assert failures == []
    assert {a.article_id for a, _ in seeds} == {
        "seed:000_c5e94d6caf5d1f55",
        "seed:004_5f771e6c34acb0d5",
        "seed:010_extra",
    }
    first = load_batch.fn(db_path, "run-1", seeds, [], [], [])
    assert first["seeds_new"] == 3
    again = load_batch.fn(db_path, "run-2", seeds, [], [], [])
    assert again["seeds_new"] == 0 and again["seeds_updated"] == 0 and again["articles_new"] == 0

    (seeds_dir / "010_extra.txt").write_text(
        "An extra seed\n\nIn Tripoli at least 12 people were killed on Monday.\n"
    )
    seeds, _ = read_seeds(seeds_dir)
    changed = load_batch.fn(db_path, "run-3", seeds, [], [], [])
    assert changed["seeds_updated"] == 1
    con = connect(db_path, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles WHERE is_seed").fetchone()[0] == 3
        text, run_id = con.execute(
            "SELECT text, run_id FROM articles WHERE article_id = 'seed:010_extra'"
        ).fetchone()
        assert "12 people" in text and run_id == "run-3"
        values = [
            r[0]
            for r in con.execute("SELECT value FROM figures WHERE article_id = 'seed:010_extra'").fetchall()
        ]
        assert values == [12]
    finally:
        con.close()
