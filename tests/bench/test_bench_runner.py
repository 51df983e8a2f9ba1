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


def test_the_memory_row_judges_the_sampled_peak_of_the_whole_tree():
    from bench.__main__ import BENCHES

    (row,) = [r for r in BENCHES["pipeline"] if r[0].startswith("Memory")]
    _, target, show, passed = row
    memory = {"sampled": True, "tree_pss_mb": 590.0, "tree_rss_mb": 700.0, "own_rss_mb": 380.0,
              "own_hwm_mb": 420.0, "tree_peak_processes": 4}  # fmt: skip
    result = {
        "run_10k": {"memory": memory, "peak_rss_mb": 420.0},
        "peak_memory_mb": 590.0,
        "memory_target_mb": 600,
    }
    assert target == "< 600 MB" and passed(result)
    assert show(result) == (
        "590 MB (sampled: PSS 590 MB, RSS summed over its 4 processes 700 MB; the run's process alone 380 MB, "
        "its high-water mark 420 MB)"
    )
    assert not passed({**result, "peak_memory_mb": 610.0})
    unsampled = {
        "run_10k": {"memory": {"sampled": False}},
        "peak_memory_mb": float("inf"),
        "memory_target_mb": 600,
    }
    assert not passed(unsampled) and "not sampled" in show(unsampled)


def test_prefect_share_compares_the_median_runs_and_shows_every_run():
    from bench.__main__ import BENCHES
    from bench.pipeline import _median

    runs = [{"seconds": 19.0, "n": 0}, {"seconds": 30.5, "n": 1}, {"seconds": 17.2, "n": 2}]
    assert _median(runs)["n"] == 0
    (row,) = [r for r in BENCHES["pipeline"] if r[0].startswith("Orchestration")]
    _, target, show, passed = row
    result = {"prefect_share": 0.052, "run_1k": {"seconds": 18.4}, "run_1k_plain": {"seconds": 17.44},
              "runs_1k_flow_s": [19.9, 18.4, 18.1], "runs_1k_plain_s": [17.2, 17.44, 18.0],
              "prefect_attributed_s": [1.4, 0.3, 0.5]}  # fmt: skip
    assert target == "< 10%" and passed(result) and not passed({**result, "prefect_share": 0.1})
    assert show(result) == (
        "5.2% (medians of 3 alternating runs: flow 18.4 s, no decorators 17.44 s; every run, in order: "
        "flow 19.9, 18.4, 18.1 s, no decorators 17.2, 17.44, 18.0 s; timed inside each flow run: 1.4, 0.3, 0.5 s in Prefect)"
    )
