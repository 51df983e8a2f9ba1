"""The language model loaded from its unpacked copy (flows/langmodel.py) gives the library's own answers,
and any problem with the copy leaves the library to load its own model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from py3langid import langid

from flows import langmodel

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "At least 21 people were killed in clashes near Tripoli on Saturday, the UN said.",
    "Au moins 21 personnes ont été tuées dans des affrontements près de Tripoli samedi.",
    "قتل 12 شخصا وأصيب 30 آخرون في اشتباكات في طرابلس",
    "Der Bürgermeister sagte am Montag, die Straße bleibe gesperrt.",
    "El alcalde dijo el lunes que la carretera seguirá cerrada.",
    "x",
]


@pytest.fixture
def fresh_library():
    """The library without a loaded model, restored afterwards (the identifier is a module global)."""
    saved = langid.IDENTIFIER
    langid.IDENTIFIER = None
    yield
    langid.IDENTIFIER = saved


def _answers() -> list:
    return [(langid.classify(t), langid.rank(t)[:5]) for t in TEXTS]


def test_the_unpacked_model_gives_the_packed_models_answers(tmp_path, fresh_library):
    own = _answers()  # the library loads its packed model
    langid.IDENTIFIER = None
    assert langmodel.prime(tmp_path) is True
    assert [p.name for p in tmp_path.iterdir()] == [p.name for p in tmp_path.glob("py3langid-model-*.npz")]
    assert _answers() == own
    langid.IDENTIFIER = None
    assert langmodel.prime(tmp_path) is True  # the second process reads the copy the first one left
    assert _answers() == own


def test_an_unwritable_cache_leaves_the_library_its_own_model(tmp_path, fresh_library):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    assert langmodel.prime(blocked / "newsmon") is False
    assert langid.IDENTIFIER is None
    assert langid.classify(TEXTS[0])[0] == "en"  # loads its own, as before


def test_a_damaged_copy_is_unpacked_anew(tmp_path, fresh_library):
    assert langmodel.prime(tmp_path) is True
    own = _answers()
    copy = next(tmp_path.glob("py3langid-model-*.npz"))
    size = copy.stat().st_size
    copy.write_bytes(copy.read_bytes()[:1000])  # a truncated file (a full disk, a killed writer)
    langid.IDENTIFIER = None
    assert langmodel.prime(tmp_path) is True
    assert copy.stat().st_size == size
    assert _answers() == own


def test_newsmon_figures_unpacks_the_model_once_and_answers_the_same(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    lines = "\n".join(json.dumps({"id": n, "text": t}) for n, t in enumerate(TEXTS[:3])) + "\n"

    def run() -> list[dict]:
        out = subprocess.run([sys.executable, "-m", "flows.cli", "figures"], input=lines, env=env, cwd=ROOT,
                             capture_output=True, text=True, check=True)  # fmt: skip
        return [json.loads(line) for line in out.stdout.splitlines()]

    first = run()
    assert [r["language"] for r in first] == ["en", "fr", "ar"]
    assert all(r["figures"] for r in first)
    assert len(list((tmp_path / "newsmon").glob("py3langid-model-*.npz"))) == 1
    assert run() == first


def test_a_half_written_copy_left_by_a_killed_writer_is_swept(tmp_path, fresh_library):
    stale, live = tmp_path / "py3langid-dead.part", tmp_path / "py3langid-live.part"
    stale.write_bytes(b"x" * 1000)
    live.write_bytes(b"x" * 1000)
    old = time.time() - 2 * langmodel.STALE_PART_S
    os.utime(stale, (old, old))
    assert langmodel.prime(tmp_path) is True
    assert not stale.exists()  # a writer that died mid-unpack
    assert live.exists()  # one that may still be writing
    assert len(list(tmp_path.glob("py3langid-model-*.npz"))) == 1


def test_newsmon_figures_on_empty_input_leaves_a_whole_copy_not_a_part(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "flows.cli", "figures"], input="", env=env, cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    assert list((tmp_path / "newsmon").glob("*.part")) == []
    assert len(list((tmp_path / "newsmon").glob("py3langid-model-*.npz"))) == 1


def test_a_folder_that_failed_is_not_tried_again_in_the_same_process(tmp_path, fresh_library, monkeypatch):
    """A cache that cannot serve (unwritable, another library version) costs its hash and glob once per process,
    not on every batch of a run."""
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    calls = []
    real = langmodel._digest
    monkeypatch.setattr(langmodel, "_digest", lambda packed: calls.append(packed) or real(packed))
    assert langmodel.prime(blocked / "newsmon") is False
    assert langmodel.prime(blocked / "newsmon") is False
    assert len(calls) == 1
    assert langmodel.prime(tmp_path / "ok") is True  # another folder is still tried
