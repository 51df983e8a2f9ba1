"""bench/__main__.py: the results block of BENCHMARKS.md is replaced, the rest of the file kept."""

from bench.__main__ import record


def test_record_replaces_only_the_results_block(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(
        "# Benchmarks\n\nintro\n\n<!-- bench:begin -->\nold\n<!-- bench:end -->\n\n## Notes\nkept\n"
    )
    record(
        path,
        ["| figure | measured | target | result |", "|---|---|---|---|", "| a | 1 | 2 | pass |"],
        12.0,
        {"a": {"x": 1}},
    )
    text = path.read_text()
    assert "old" not in text and "| a | 1 | 2 | pass |" in text and "took 12 s" in text
    assert text.startswith("# Benchmarks\n\nintro") and text.endswith("## Notes\nkept\n")
