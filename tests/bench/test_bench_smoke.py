"""bench/dedup_scaling.py still runs (tiny sizes, no timing asserted: `make bench` measures)."""

from bench import dedup_scaling


def test_dedup_scaling_runs_and_finds_every_copy(monkeypatch):
    monkeypatch.setattr(dedup_scaling, "STORIES", 40)
    monkeypatch.setattr(dedup_scaling, "BATCH", 10)
    monkeypatch.setattr(dedup_scaling, "WARMUP", 1)
    monkeypatch.setattr(dedup_scaling, "BATCHES", 2)
    result = dedup_scaling.measure((300, 600))
    assert result["duplicates_found_300"] == result["duplicates_found_600"] == result["copies_made"] == 15
    assert {"ratio", "ms_per_article_600", "signature_and_lookup_ms_600", "ok"} <= set(result)


def test_dedup_speed_runs_both_side_by_side_and_newsmon_finds_the_rewrites():
    from bench import dedup_speed

    result = dedup_speed.measure(300)
    assert result["articles"] == 300 and result["copies"] > 50
    assert result["newsmon_ms_per_article"] > 0 and result["datasketch_ms_per_article"] > 0
    assert result["newsmon_f1"] >= 0.99 > result["datasketch_f1"]
