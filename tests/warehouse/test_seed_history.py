"""A seeds-only database: the seed figures in figure_history, dated only when something dates them."""

import shutil
from datetime import date

from extractors.text.seed import SeedMeta, apply_meta, parse_seed, parse_seeds_meta
from flows.ingest import load_batch, read_seeds
from seeds import SEEDS_DIR
from warehouse.db import connect

SEED_000 = "seed:000_c5e94d6caf5d1f55"
SEED_004 = "seed:004_5f771e6c34acb0d5"


def seed_history(db_path, seeds_dir):
    seeds, failures = read_seeds(seeds_dir)
    load_batch.fn(db_path, "run-seed", seeds, [], [], failures)
    con = connect(db_path, read_only=True)
    try:
        history = con.execute("SELECT article_id, kind, value, reported_on FROM figure_history").fetchall()
        latest = con.execute(
            "SELECT value, undated_value FROM latest_figures WHERE kind = 'killed'"
        ).fetchall()
    finally:
        con.close()
    return set(history), latest, failures


def test_seeds_only_database_shows_the_seed_figures(db_path):
    history, latest, failures = seed_history(db_path, SEEDS_DIR)
    assert failures == []  # the packaged seeds.toml agrees with the texts
    assert (SEED_004, "killed", 21, date(2019, 4, 5)) in history  # dated in its text
    assert (SEED_000, "killed", 500, None) in history  # seed 000 carries no date
    assert (SEED_000, "displaced", 75000, None) in history
    # the undated "over 500" never becomes the headline over the dated "at least 21"
    assert [value for value, _ in latest] in ([21], [None])
    assert all(undated == 500 for _, undated in latest)


def test_seeds_toml_can_date_a_seed(tmp_path, db_path):
    seeds_dir = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds_dir, ignore=shutil.ignore_patterns("*.py", "__pycache__", "feeds.toml"))
    (seeds_dir / "seeds.toml").write_text(
        '["000_c5e94d6caf5d1f55.txt"]\npublished = 2019-05-25\nsource = "Test outlet"\n'
        'url = "https://example.org/heavy-fighting"\n\n'
        '["004_5f771e6c34acb0d5"]\npublished = "2019-04-09"\n',  # disagrees with the text: the text wins
        encoding="utf-8",
    )
    history, latest, failures = seed_history(db_path, seeds_dir)
    assert (SEED_000, "killed", 500, date(2019, 5, 25)) in history
    assert (SEED_000, "displaced", 75000, date(2019, 5, 25)) in history
    assert (SEED_004, "killed", 21, date(2019, 4, 5)) in history
    assert [f.reason for f in failures] == [
        "published 2019-04-09 in seeds.toml differs from the date in the text (2019-04-05); the text's is kept"
    ]
    con = connect(db_path, read_only=True)
    try:
        row = con.execute("SELECT source, url FROM articles WHERE article_id = ?", [SEED_000]).fetchone()
    finally:
        con.close()
    assert row == ("Test outlet", "https://example.org/heavy-fighting")


def test_seeds_toml_problems_are_reported_not_fatal():
    metas, problems = parse_seeds_meta(
        '["a.txt"]\npublished = "2019-13-01"\n["b"]\nauthor = "x"\n["c"]\ntitle = 3\n["d"]\ntitle = " T "\n'
    )
    assert set(metas) == {"d"} and metas["d"].title == "T"
    assert len(problems) == 3 and "a.txt" in problems[0] and "unknown key(s) author" in problems[1]
    assert parse_seeds_meta("not toml [")[1][0].startswith("invalid TOML")


def test_text_wins_over_metadata_and_fills_gaps():
    doc = parse_seed("x", "A title line\n\nBody text here.")
    filled, problems = apply_meta(doc, SeedMeta(title="Another title", published_at=None))
    assert filled.title == "A title line" and problems and "title" in problems[0]
    undated = parse_seed("y", "Body only. No title, no date.")
    assert apply_meta(undated, None) == (undated, [])
