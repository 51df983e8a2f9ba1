"""What an operator sees of a run in Prefect, and what Prefect does with the tasks' arguments.

Task arguments are passed as `opaque` (flows/ingest.py `_call`): Prefect does not walk the pages and
articles inside them (it did, twice per task call: over a second of a 1,000-article run), yet a task's
result passed whole still links the two task runs in the UI.
"""

import time

import pytest
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

from flows.ingest import _call, ingest
from tests.conftest import write_feeds

pytestmark = pytest.mark.usefixtures("prefect_harness")


class Untouchable(list):
    """A list that fails when anything iterates it: Prefect walking task arguments would."""

    def __iter__(self):
        raise AssertionError("Prefect walked a task argument")


@task(cache_policy=NO_CACHE)
def size(items, extra):
    return list.__len__(items) + len(extra)


def test_task_arguments_reach_the_task_unwalked():
    @flow
    def run() -> int:
        return _call(size, Untouchable([1, 2, 3]), extra=Untouchable())

    assert run() == 3


def _task_runs(flow_run_id, names: set[str], timeout: float = 30.0):
    """The flow run's task runs, once the server has recorded every name in `names` (from events)."""
    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while True:
            runs = client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
            )
            if names <= {run.name.rsplit("-", 1)[0] for run in runs}:
                return runs
            assert time.monotonic() < deadline, f"task runs recorded: {sorted(run.name for run in runs)}"
            time.sleep(0.2)


def test_a_run_shows_its_stages_as_linked_task_runs(local_env, tmp_path, db_path):
    feeds = write_feeds(tmp_path / "feeds.toml", local_env, [("Wire RSS", "/feeds/libya.xml")])
    state = ingest(feeds_file=str(feeds), db=str(db_path), return_state=True)
    assert state.is_completed() and state.result().counts["articles_new"] > 2
    stages = {"poll-feeds", "fetch-pages", "extract-articles", "dedup", "load"}
    runs = _task_runs(state.state_details.flow_run_id, stages)
    by_name = {run.name.rsplit("-", 1)[0]: run for run in runs}
    assert all(by_name[name].state_type.value == "COMPLETED" for name in stages)
    # the feeds' polls are passed whole to the load (as is the dedup plan): the UI links them
    load_inputs = {str(i.id) for inputs in by_name["load"].task_inputs.values() for i in inputs}
    assert str(by_name["poll-feeds"].id) in load_inputs
    assert str(by_name["dedup"].id) in load_inputs
