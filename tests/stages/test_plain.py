"""Take the decorators off and it is still working Python: `run_plain` loads what the flow loads."""

import pytest

from flows.ingest import ingest, run_plain
from tests.conftest import write_feeds
from tests.durability import snapshot


@pytest.mark.usefixtures("prefect_harness")
def test_run_plain_loads_the_same_rows_as_the_flow(local_env, tmp_path):
    feeds = write_feeds(
        tmp_path / "feeds.toml", local_env, [("Wire RSS", "/feeds/libya.xml"), ("Atom", "/feeds/libya.atom")]
    )
    flow_run = ingest(feeds_file=str(feeds), db=str(tmp_path / "flow.duckdb"))
    plain_run = run_plain(feeds_file=str(feeds), db=str(tmp_path / "plain.duckdb"))
    assert plain_run.status == flow_run.status == "completed"
    assert plain_run.counts["articles_new"] == flow_run.counts["articles_new"] > 2
    assert snapshot(tmp_path / "plain.duckdb") == snapshot(tmp_path / "flow.duckdb")
