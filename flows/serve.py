"""`newsmon serve`: the `ingest` flow as a Prefect deployment, run on the `NEWSMON_SCHEDULE` cron.

Deployment code lives here, apart from the flow. The runner this starts registers the deployment
`ingest/newsmon` with the Prefect server at `PREFECT_API_URL`, polls it for due runs and executes each
one in a child process. Two things keep runs apart:

- the deployment's concurrency limit is 1 with the CANCEL_NEW strategy: a run that comes due while
  another is running is cancelled by the server ("Deployment concurrency limit reached." in the UI),
  so runs never pile up behind a slow one, even with several `newsmon serve` processes;
- the flow holds the database's run lock (flows/stages/lock.py), which also covers a `newsmon run` by hand.

SIGTERM (`docker compose stop`) or Ctrl-C stops polling, cancels a run in flight (its transaction is
rolled back; the next run marks its `runs` row failed), pauses the schedule so no run is queued
while nothing serves it, and exits 0. The next `newsmon serve` registers the deployment again and resumes it.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from typing import TYPE_CHECKING, Any

from flows.settings import Settings

if TYPE_CHECKING:
    from prefect import Flow

DEPLOYMENT = "newsmon"
HEALTH_TIMEOUT = 10.0


class ServeError(Exception):
    """`newsmon serve` cannot start; the message is one line saying why and what to do."""


def api_url() -> str | None:
    """The Prefect API the runner will talk to (environment or Prefect profile), or None."""
    from prefect.settings import get_current_settings

    return get_current_settings().api.url or None


def check_api(url: str, timeout: float = HEALTH_TIMEOUT) -> None:
    """Raise ServeError unless the Prefect server at `url` answers its health check."""
    import httpx

    health = url.rstrip("/") + "/health"
    try:
        response = httpx.get(health, timeout=timeout)
    except httpx.HTTPError as exc:
        raise ServeError(
            f"cannot reach the Prefect server at {url} ({type(exc).__name__}: {exc}); "
            "is `prefect server start` running there?"
        ) from None
    if response.status_code in (401, 403):
        return  # the API wants credentials: the runner uses Prefect's own and reports what fails
    if response.status_code != 200 or response.text.strip() != "true":
        raise ServeError(
            f"{url} does not answer as a Prefect API (HTTP {response.status_code} on {health}); "
            "PREFECT_API_URL should end in /api, e.g. http://HOST:4200/api"
        )


def task_runner(settings: Settings) -> Any | None:
    """The task runner for the extraction stage, or None for the flow's default (threads)."""
    if settings.task_runner != "dask":
        return None
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise ServeError(
            "NEWSMON_TASK_RUNNER=dask needs the prefect-dask package, which is not installed"
        ) from None
    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    return DaskTaskRunner()


def configured_ingest(settings: Settings) -> Flow:
    """The `ingest` flow with the task runner the settings ask for."""
    from flows.ingest import ingest

    runner = task_runner(settings)
    return ingest if runner is None else ingest.with_options(task_runner=runner)


def deployment_options(settings: Settings) -> dict[str, Any]:
    """How `ingest/newsmon` is deployed: the settings' cron, one run at a time.

    The database and feeds file are parameters, so the UI shows what each run reads and writes; every
    other setting is read from the environment of the process that serves the flow. Each start of
    `newsmon serve` registers the deployment again, so nothing stale stays on the server.
    """
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.schedules import Cron

    return {
        "name": DEPLOYMENT,
        "schedule": Cron(settings.schedule, timezone=settings.schedule_timezone),
        "concurrency_limit": ConcurrencyLimitConfig(
            limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
        ),
        "parameters": {
            "db": str(settings.db),
            "feeds_file": str(settings.feeds) if settings.feeds else None,
        },
        "paused": False,
        "tags": ["newsmon"],
        "description": "newsmon ingestion on the NEWSMON_SCHEDULE cron, one run at a time",
    }


async def _run_until_stopped(runner: Any) -> None:
    """Run the runner until SIGTERM or Ctrl-C, then stop it through its own shutdown path.

    Prefect's default SIGTERM handler calls sys.exit() in the middle of the event loop, which tears
    the runner down without cancelling its flow-run process: the process hung until that run ended.
    Here a signal only sets an event; `Runner.astop()` then cancels the run in flight (the server
    marks it Cancelled and the child process is terminated), pauses the schedule and exits cleanly.
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def request_stop(*_: Any) -> None:
        loop.call_soon_threadsafe(stop.set)

    runner.handle_sigterm = request_stop  # Runner.start() installs `self.handle_sigterm` for SIGTERM
    loop.add_signal_handler(signal.SIGINT, stop.set)
    serving = asyncio.ensure_future(runner.start())
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if serving.done():
        stopping.cancel()
        serving.result()  # the runner ended on its own: raise its error, if any
        return
    if runner.started:
        await runner.astop()
    await serving


def summary_lines(summary: Any) -> list[list[tuple[str, str]]]:
    """What a finished run reports, as lines of (text, style) parts: each feed's outcome, the counts,
    the page failures (at most 20), the alerts. `newsmon run` prints them; a scheduled run logs them.
    The text parts are raw data: the printer or logger sanitises them."""
    lines: list[list[tuple[str, str]]] = [[(f"run {summary.run_id}: {summary.status}", "bold")]]
    for name, url, outcome in summary.feeds:
        style = (
            "red"
            if outcome.startswith("failed")
            else ("yellow" if "ill-formed" in outcome or outcome.startswith("skipped") else "green")
        )
        lines.append([("feed ", ""), (name, ""), (" ", ""), (url, "dim"), (": ", ""), (outcome, style)])
    c = summary.counts
    lines.append(
        [
            (
                f"articles new: {c.get('articles_new', 0)} (seeds new: {c.get('seeds_new', 0)}, "
                f"updated: {c.get('seeds_updated', 0)}), duplicates new: {c.get('duplicates_new', 0)}, "
                f"figures new: {c.get('figures_new', 0)}, entries seen: {c.get('entries_seen', 0)}, "
                f"pages fetched: {c.get('pages_fetched', 0)}, failures: {c.get('failures', 0)}",
                "",
            )
        ]
    )
    if c.get("feeds_skipped"):
        lines.append(
            [
                (f"feeds skipped while backing off after failures: {c['feeds_skipped']}", "yellow"),
                (" (`newsmon status` shows when each may be fetched again)", ""),
            ]
        )
    other = [f for f in summary.failures if f.stage != "feed"]
    for failure in other[:20]:
        lines.append(
            [(failure.stage, "yellow"), (" ", ""), (failure.url or "", ""), (": ", ""), (failure.reason, "")]
        )
    if len(other) > 20:
        query = f"select * from failures where run_id = '{summary.run_id}'"
        lines.append([(f'... and {len(other) - 20} more failures: newsmon sql "{query}"', "")])
    if summary.alerts:
        lines.append([(summary.alerts, "")])
    lines.append([(f"database: {summary.db}", "")])
    return lines


def log_summary(flow: Any, flow_run: Any, state: Any) -> None:
    """The flow's completion hook: a scheduled run logs the summary `newsmon run` prints."""
    from prefect.logging.loggers import flow_run_logger

    from extractors.text.inert import inert_line

    logger = flow_run_logger(flow_run, flow)
    try:
        summary = state.result(raise_on_failure=False)
    except Exception as exc:  # the result is not in this process: say so rather than fail the hook
        logger.info("run summary unavailable: %s", type(exc).__name__)
        return
    if not hasattr(summary, "counts"):
        return
    for parts in summary_lines(summary):
        logger.info("%s", inert_line("".join(text for text, _ in parts)))


CANCELLED_LINE = "cancelled by SIGTERM; nothing written"
_TERMINATION = "aborted by a termination signal"


class _CancelledQuietly(logging.Filter):
    """In a served run's process: SIGTERM is how the runner cancels a run, not a crash. Prefect's task
    engine logs it as `ERROR Crash detected! Execution was aborted by a termination signal.` and then
    `Finished in state Running()`; the first becomes our one INFO line, the rest is dropped. The load
    is one transaction, so a run stopped before its commit wrote nothing."""

    said = False

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TERMINATION not in message and message != "Finished in state Running()":
            return True
        if _CancelledQuietly.said:
            return False
        _CancelledQuietly.said = True
        record.msg, record.args = CANCELLED_LINE, ()
        record.levelno, record.levelname = logging.INFO, "INFO"
        return True


def quiet_cancellation(flow: Any, flow_run: Any, state: Any) -> None:
    """The flow's on_running hook (it runs in the served run's own process): install the filter."""
    for name in ("prefect.task_runs", "prefect.flow_runs"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _CancelledQuietly) for f in logger.filters):
            logger.addFilter(_CancelledQuietly())


def serve(settings: Settings) -> None:
    """Register the deployment and run its schedule until SIGTERM or Ctrl-C.

    Everything that would make the scheduled runs fail is checked first and raised as one line:
    no Prefect server, an unreachable one, a bad feeds file, an unwritable database.
    """
    from prefect.runner import Runner

    from flows.watch import load_watch
    from seeds import DEFAULT_FEEDS
    from warehouse.db import open_warehouse

    url = api_url()
    if not url:
        raise ServeError(
            "PREFECT_API_URL is not set: a schedule needs a Prefect server "
            "(start one with `prefect server start`, then set PREFECT_API_URL=http://HOST:4200/api)"
        )
    check_api(url)
    load_watch(settings.feeds or DEFAULT_FEEDS)
    with open_warehouse(settings.db):
        pass
    flow = configured_ingest(settings).with_options(
        on_completion=[log_summary], on_running=[quiet_cancellation]
    )
    runner = Runner(name="newsmon", pause_on_shutdown=True)
    # add_flow (not add_deployment) keeps the flow object in the runner, so each run executes this
    # very flow, with its task runner, in a child process instead of re-importing an entrypoint.
    runner.add_flow(flow, **deployment_options(settings))
    print(
        f"newsmon serve: deployment 'ingest/{DEPLOYMENT}' on {settings.schedule!r} "
        f"({settings.schedule_timezone}), database {settings.db}, Prefect API {url}",
        file=sys.stderr,
        flush=True,
    )
    asyncio.run(_run_until_stopped(runner))
    print("newsmon serve: stopped", file=sys.stderr, flush=True)
