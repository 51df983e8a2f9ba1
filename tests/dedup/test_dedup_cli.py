"""`newsmon dedup`: JSON Lines in, one verdict per line out, against the seeds and the earlier lines."""

import io
import json
import subprocess
import sys

from extractors.dedup.verdict import StreamDedup
from flows.cli import main
from flows.ingest import read_seeds
from seeds import SEEDS_DIR
from tests import dedup_samples as s
from tests.dedup.test_dedup import ARABIC


def run_dedup(monkeypatch, capsys, lines: list[str]) -> list[dict]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("\n".join(lines) + "\n").encode())))
    assert main(["dedup"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def line(item_id, text, **extra) -> str:
    return json.dumps({"id": item_id, "text": text, **extra})


def seed_text(stem: str) -> str:
    return next(a.text for a, _ in read_seeds(SEEDS_DIR)[0] if a.article_id == f"seed:{stem}")


def test_contract_links_to_the_earliest_member_and_reports_similarity(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("NEWSMON_DB", str(tmp_path / "untouched.duckdb"))
    out = run_dedup(
        monkeypatch,
        capsys,
        [
            line("flood", s.FLOOD, title="Floods"),
            line("port", s.PORT_STRIKE),
            line("flood-wire", s.syndicated(s.FLOOD)),
            line("flood-wire-edit", s.light_edit(s.syndicated(s.FLOOD))),
            line("flood-excerpt", s.excerpt(s.FLOOD)),
            line("flood-other-outlet", s.FLOOD_OTHER_OUTLET),
            line(7, s.with_intro(s.PORT_STRIKE)),
        ],
    )
    assert [(o["id"], o["duplicate_of"]) for o in out] == [
        ("flood", None),
        ("port", None),
        ("flood-wire", "flood"),
        ("flood-wire-edit", "flood"),
        ("flood-excerpt", "flood"),
        ("flood-other-outlet", None),
        (7, "port"),
    ]
    assert all(set(o) == {"id", "duplicate_of", "similarity"} for o in out)
    assert all(isinstance(o["similarity"], float) and 0.0 <= o["similarity"] <= 1.0 for o in out)
    assert out[2]["similarity"] > 0.8 and out[5]["similarity"] < 0.5
    assert not (tmp_path / "untouched.duckdb").exists()


def test_reposts_of_the_seeds_are_linked_to_the_seed_ids(monkeypatch, capsys):
    text = seed_text("000_c5e94d6caf5d1f55")
    out = run_dedup(
        monkeypatch,
        capsys,
        [
            line("repost", "(Reuters) - " + text),
            line("excerpt", "\n\n".join(text.split("\n\n")[:2]) + "\n\nRead more"),
            line("other-seed", seed_text("004_5f771e6c34acb0d5")),
        ],
    )
    assert [o["duplicate_of"] for o in out] == [
        "seed:000_c5e94d6caf5d1f55",
        "seed:000_c5e94d6caf5d1f55",
        "seed:004_5f771e6c34acb0d5",
    ]


def test_bad_lines_get_an_error_and_the_stream_goes_on(monkeypatch, capsys):
    out = run_dedup(
        monkeypatch,
        capsys,
        [
            "not json",
            "[1, 2]",
            "",
            json.dumps({"text": s.FLOOD}),
            json.dumps({"id": "no-text"}),
            json.dumps({"id": {"a": 1}, "text": "x"}),
            line("ok", s.FLOOD),
        ],
    )
    assert len(out) == 7
    assert all("error" in o and o["duplicate_of"] is None for o in out[:6])
    assert out[4]["id"] == "no-text"
    assert out[6] == {"id": "ok", "duplicate_of": None, "similarity": out[6]["similarity"]}


def test_bad_texts_do_not_merge_with_unrelated_items():
    stream = StreamDedup([a for a, _ in read_seeds(SEEDS_DIR)[0]])
    texts = {
        "empty-1": "",
        "empty-2": "",
        "no-words": "... --- !!!",
        "no-words-2": "... --- !!!",
        "arabic": ARABIC,
        "big": " ".join(f"t{i % 4999}q{i % 11}" for i in range(800_000)),
        "flood": s.FLOOD,
        "brief-5": "Clashes in Tripoli kill 5 people.",
        "brief-7": "Clashes in Tripoli kill 7 people.",
    }
    out = {key: stream.line(line(key, text)) for key, text in texts.items()}
    assert all(o["duplicate_of"] is None for o in out.values()), out
    # a copy of the Arabic text finds it, an exact short copy falls back to the hash
    assert stream.line(line("arabic-copy", ARABIC + " رويترز"))["duplicate_of"] == "arabic"
    assert (
        stream.line(line("brief-5-again", "CLASHES in Tripoli kill 5 people!"))["duplicate_of"] == "brief-5"
    )


def test_a_repeated_id_is_not_its_own_duplicate():
    stream = StreamDedup([])
    assert stream.line(line("a", s.FLOOD))["duplicate_of"] is None
    assert stream.line(line("a", s.FLOOD))["duplicate_of"] is None
    assert stream.line(line("b", s.FLOOD))["duplicate_of"] == "a"


def test_command_runs_as_a_process_on_raw_bytes(tmp_path):
    lines = [
        line("a", s.ELECTION).encode(),
        b"\xff\xfe not utf-8",
        line("b", s.syndicated(s.ELECTION)).encode(),
    ]
    stdin = b"\n".join(lines) + b"\n"
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "dedup"], input=stdin, capture_output=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [o.get("duplicate_of") for o in out] == [None, None, "a"] and "error" in out[1]
