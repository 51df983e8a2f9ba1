"""`newsmon figures`: one output line per input line, bad lines get an error, never a crash."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from flows.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _run(monkeypatch, capsys, lines: list[str]) -> list[dict]:
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace"))
    assert main(["figures"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_one_line_out_per_line_in(monkeypatch, capsys):
    text = "Shelling near Gharyan killed at least 9 fighters on Saturday, a spokesman for the LNA said."
    out = _run(
        monkeypatch,
        capsys,
        [
            json.dumps({"id": "g1", "text": text, "published": "2019-04-08"}),
            "{not json",
            json.dumps({"id": "g2", "text": ""}),
            json.dumps({"id": "g3"}),
            json.dumps(["a", "list"]),
            json.dumps({"id": "g4", "text": "Some 2,000 families fled Tarhouna.", "published": "yesterday"}),
        ],
    )
    assert [o["id"] for o in out] == ["g1", None, "g2", "g3", None, "g4"]
    (fig,) = out[0]["figures"]
    assert (fig["kind"], fig["value"], fig["qualifier"], fig["unit"]) == ("killed", 9, "at_least", "people")
    assert text[fig["start"] : fig["end"]] == fig["text"] == "9"
    assert fig["scope"] == "incident" and fig["location"] == "Gharyan"
    assert fig["attribution"] == "a spokesman for the LNA" and fig["as_of"] == "2019-04-06"
    assert fig["sentence"] == text
    assert "error" in out[1] and out[1]["figures"] == []
    assert out[2]["figures"] == [] and "error" not in out[2]
    assert "error" in out[3] and "error" in out[4]
    assert "error" in out[5] and out[5]["figures"][0]["unit"] == "households"


def test_every_figure_field_is_printed(monkeypatch, capsys):
    line = json.dumps({"id": 7, "text": "Between 20 and 30 people were evacuated from Sirte."})
    (out,) = _run(monkeypatch, capsys, [line])
    (fig,) = out["figures"]
    assert set(fig) == {
        "kind", "value", "qualifier", "unit", "start", "end", "text", "low", "high", "vague", "term",
        "scope", "attribution", "location", "as_of", "sentence",
    }  # fmt: skip
    assert (fig["low"], fig["high"], fig["term"], fig["location"]) == (20, 30, "evacuated", "Sirte")


def test_binary_and_control_characters_on_stdin(monkeypatch, capsys):
    junk = json.dumps({"id": "j", "text": "\x00\x1b 12 people were killed \udcff"})
    out = _run(monkeypatch, capsys, [junk, "\x00\x01\x02"])
    assert len(out) == 2 and out[0]["figures"][0]["value"] == 12 and "error" in out[1]


def test_module_entry_point_in_a_subprocess():
    lines = [json.dumps({"id": "s", "text": "Floods displaced 4,500 people."}), "nonsense"]
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "figures"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out[0]["figures"][0]["value"] == 4500 and "error" in out[1]
