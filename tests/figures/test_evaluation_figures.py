"""evaluation.figures scores a gold set against the extractor and fails below the floors."""

from __future__ import annotations

import json

from evaluation.figures import run


def _write(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _figure(kind, value, qualifier="exact"):
    return {"kind": kind, "value": value, "qualifier": qualifier, "unit": "people", "evidence": ""}


def test_scores_pass_when_the_extractor_agrees(tmp_path, capsys):
    _write(
        tmp_path / "gold" / "figures-dev.jsonl",
        [
            {"id": "a", "text": "At least 12 people were killed and 30 wounded.", "figures": [
                _figure("killed", 12, "at_least"), _figure("injured", 30)]},
            {"id": "b", "text": "The army deployed 4,000 troops.", "figures": []},
        ],
    )  # fmt: skip
    _write(
        tmp_path / "gold" / "displacement-idmc-dev.jsonl",
        [
            {
                "id": "c",
                "text": "Floods forced 3,700 people from their homes.",
                "idmc_label": {"figure": "3700"},
            }
        ],
    )
    assert run(tmp_path) is True
    out = capsys.readouterr().out
    assert "killed" in out and "qualifier accuracy 1.000 (2/2)" in out and "recall 1.000 (1/1)" in out


def test_scores_fail_below_the_floor(tmp_path, capsys):
    _write(
        tmp_path / "gold" / "figures-dev.jsonl",
        [{"id": "a", "text": "Nothing happened here.", "figures": [_figure("killed", 5)]}],
    )
    assert run(tmp_path, verbose=True) is False
    out = capsys.readouterr().out
    assert "BELOW FLOOR" in out and "FN a: ('killed', 5)" in out


def test_skips_without_gold_files(tmp_path, capsys):
    assert run(tmp_path) is True
    assert "skip" in capsys.readouterr().out
