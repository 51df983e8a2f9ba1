"""`newsmon`: the command line. Project errors become one clean line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from flows.config import ConfigError
from flows.serve import ServeError
from flows.settings import SETTINGS, Settings, SettingsError
from warehouse.db import WarehouseError

EXIT_ERROR = 2
READ_WAIT = 15.0  # seconds a read-only command waits while the pipeline writes (its window is short)


class CliError(Exception):
    """A one-line error for the user."""


def _json_default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, Path):
        return str(value)
    return str(value)


# --- run -------------------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from flows.config import load_watch
    from flows.lock import claim_for_run
    from flows.serve import configured_ingest
    from seeds import DEFAULT_FEEDS
    from warehouse.db import DatabaseLocked, open_warehouse

    # Validate everything that can make the run impossible before Prefect starts: one clean line.
    settings = Settings.from_env(db=args.db, feeds=args.feeds)
    load_watch(settings.feeds or DEFAULT_FEEDS)
    try:
        with open_warehouse(settings.db):
            pass
    except DatabaseLocked:
        pass  # an analyst or another run holds it: the run itself waits, then spools its batch
    console = Console(stderr=False)
    with claim_for_run(settings.db), console.status("ingesting: seeds, feeds, pages, figures ..."):
        summary = configured_ingest(settings)(
            feeds_file=str(settings.feeds) if settings.feeds else None,
            db=str(settings.db),
            refresh=args.refresh,
        )
    table = Table(title=f"run {summary.run_id}: {summary.status}", show_lines=False)
    table.add_column("feed")
    table.add_column("outcome")
    for name, url, outcome in summary.feeds:
        style = (
            "red"
            if outcome.startswith("failed")
            else ("yellow" if "ill-formed" in outcome or outcome.startswith("skipped") else "green")
        )
        table.add_row(f"{name}\n[dim]{url}[/dim]", f"[{style}]{outcome}[/{style}]")
    if summary.feeds:
        console.print(table)
    c = summary.counts
    console.print(
        f"articles new: {c.get('articles_new', 0)} (seeds new: {c.get('seeds_new', 0)}, updated: {c.get('seeds_updated', 0)}), "
        f"duplicates new: {c.get('duplicates_new', 0)}, "
        f"figures new: {c.get('figures_new', 0)}, entries seen: {c.get('entries_seen', 0)}, "
        f"pages fetched: {c.get('pages_fetched', 0)}, failures: {c.get('failures', 0)}"
    )
    if c.get("feeds_skipped"):
        console.print(
            f"[yellow]feeds skipped while backing off after failures: {c['feeds_skipped']}[/yellow] "
            "(see the table; `newsmon status` shows when each may be fetched again)"
        )
    other = [f for f in summary.failures if f.stage != "feed"]
    for failure in other[:20]:
        console.print(
            f"[yellow]{failure.stage}[/yellow] {failure.url}: {failure.reason}", markup=True, highlight=False
        )
    if len(other) > 20:
        console.print(
            f"... and {len(other) - 20} more failures: newsmon sql \"select * from failures where run_id = '{summary.run_id}'\""
        )
    if summary.alerts:
        console.print(summary.alerts, markup=False, highlight=False)
    console.print(f"database: {summary.db}")
    return 0


# --- serve -----------------------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve

    serve(Settings.from_env(db=args.db, feeds=args.feeds))
    return 0


# --- sql -------------------------------------------------------------------------------------------


def _print_rows(columns: Sequence[str], rows: Sequence[tuple], fmt: str) -> None:
    if fmt == "json":
        json.dump(
            [dict(zip(columns, row, strict=True)) for row in rows],
            sys.stdout,
            default=_json_default,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(
                [
                    "" if v is None else _json_default(v) if not isinstance(v, int | float | str) else v
                    for v in row
                ]
            )
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console().print(table)


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse.db import connect
    from warehouse.queries import run_query

    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True, lock_timeout=READ_WAIT)
    try:
        try:
            columns, rows = run_query(con, args.query)
        except duckdb.Error as exc:
            raise CliError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
    _print_rows(columns, rows, args.format)
    return 0


# --- status ----------------------------------------------------------------------------------------


def cmd_status(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from warehouse.db import connect
    from warehouse.queries import status

    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True, lock_timeout=READ_WAIT)
    try:
        info = status(con)
    finally:
        con.close()
    console = Console()
    runs = Table(title="last runs")
    for col in (
        "run_id",
        "started",
        "finished",
        "status",
        "feeds",
        "articles new",
        "figures new",
        "failures",
    ):
        runs.add_column(col)
    for row in info["runs"]:
        runs.add_row(*("" if v is None else str(v) for v in row))
    console.print(runs)
    feeds = Table(title="feed health")
    for col in (
        "feed",
        "health",
        "last status",
        "failures in a row",
        "last error",
        "last fetched",
        "last ok",
        "next allowed fetch",
    ):
        feeds.add_column(col, overflow="fold")
    now = datetime.now(UTC)
    for name, url, last_status, fails, error, fetched, ok_at, next_at, final_url, attempts in info["feeds"]:
        where = f"{name}\n[dim]{url}[/dim]"
        if final_url and final_url != url:
            where += f"\n[dim]moved to {final_url}[/dim]"
        if not fails:
            health = "[green]ok[/green]"
        elif next_at is not None and next_at > now:
            health = "[red]backing off[/red]"
        else:
            health = "[red]failing[/red]"
        status_text = str(last_status or "-") + (f" ({attempts} tries)" if attempts and attempts > 1 else "")
        feeds.add_row(
            where,
            health,
            status_text,
            f"[{'red' if fails else 'green'}]{fails}[/]",
            error or "",
            _when(fetched),
            _when(ok_at),
            _when(next_at) if next_at is not None and next_at > now else "now",
        )
    console.print(feeds)
    console.print("rows: " + ", ".join(f"{name} {count}" for name, count in info["counts"]))
    for at, kind, state, detail in info["incidents"]:
        console.print(f"[red]incident[/red] {_when(at)} {kind} ({state}): {detail}", highlight=False)
    from flows.spool import pending

    waiting = pending(settings.spool_dir)
    if waiting:
        console.print(
            f"[yellow]spool[/yellow]: {len(waiting)} batch(es) wait in {settings.spool_dir} and load with the next run",
            highlight=False,
        )
    return 0


# --- alerts and report -----------------------------------------------------------------------------


def cmd_alerts(args: argparse.Namespace) -> int:
    import duckdb
    from rich.console import Console
    from rich.table import Table

    from flows.alert_mail import subject
    from flows.alerts import deliver, summary_line
    from warehouse import alerts as outbox
    from warehouse.db import connect, open_warehouse

    settings = Settings.from_env(db=args.db)
    console = Console()
    if args.requeue or args.send:
        with open_warehouse(settings.db) as con:
            for alert_id in args.requeue or ():
                if not outbox.requeue(con, alert_id):
                    raise CliError(f"no alert {alert_id!r} in doubt (status 'sending'); see `newsmon alerts`")
                console.print(f"requeued {alert_id}", markup=False, highlight=False)
            if args.send:
                delivery = deliver(con, settings)
                console.print(summary_line(delivery), markup=False, highlight=False)
                if delivery.error or (delivery.pending and not delivery.configured):
                    return EXIT_ERROR
        return 0
    statuses = ("pending", "sending", "sent", "superseded") if args.all else ("pending", "sending")
    con = connect(settings.db, read_only=True, lock_timeout=READ_WAIT)
    try:
        try:
            alerts = outbox.list_alerts(con, statuses, limit=args.limit)
            counts = outbox.count_by_status(con)
        except duckdb.Error as exc:
            raise CliError(
                f"cannot read alerts ({str(exc).splitlines()[0]}); run `newsmon run` once"
            ) from None
    finally:
        con.close()
    table = Table(title="alerts: " + (", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "none"))
    for col in ("alert_id", "status", "subject", "sources", "created", "sent / last error"):
        table.add_column(col, overflow="fold")
    for a in alerts:
        state = {"sending": "in doubt", "pending": "pending"}.get(a.status, a.status)
        created = a.created_at.strftime("%Y-%m-%d %H:%M") if a.created_at else ""
        note = a.sent_at.strftime("%Y-%m-%d %H:%M") if a.status == "sent" and a.sent_at else ""
        table.add_row(a.alert_id, state, subject(a), str(a.sources), created, note or a.last_error or "")
    console.print(table)
    if counts.get("sending"):
        console.print(
            "in doubt: the sender stopped mid-conversation, so the e-mail may or may not have gone out; "
            "check the mailbox, then `newsmon alerts --requeue ID --send` to send it again",
            markup=False,
            highlight=False,
        )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import duckdb

    from flows.report import write_report
    from warehouse.db import connect

    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True, lock_timeout=READ_WAIT)
    try:
        try:
            out = write_report(con, args.out)
        except duckdb.Error as exc:
            raise CliError(
                f"cannot read the trend views ({str(exc).splitlines()[0]}); run `newsmon run` once"
            ) from None
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    finally:
        con.close()
    print(f"report written to {out}")
    return 0


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if value is not None else ""


# --- backup ----------------------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from warehouse.backup import backup

    settings = Settings.from_env(db=args.db)
    done = backup(settings.db, args.dest)
    print(
        f"backed up {settings.db} to {done.path} ({done.bytes / 1e6:.1f} MB, "
        f"{done.runs} runs, {done.articles} articles)"
    )
    return 0


# --- figures ---------------------------------------------------------------------------------------


def figure_to_json(figure) -> dict:
    return {
        "kind": figure.kind,
        "value": figure.value,
        "qualifier": figure.qualifier,
        "unit": figure.unit,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "low": figure.low,
        "high": figure.high,
        "vague": figure.vague,
        "term": figure.term,
        "scope": figure.scope,
        "attribution": figure.attribution,
        "location": figure.location,
        "as_of": figure.as_of.isoformat() if figure.as_of else None,
        "sentence": figure.sentence,
    }


def _parse_published(value) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError("'published' must be an ISO date string")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return date.fromisoformat(value[:10])


def figures_line(line: str) -> dict:
    """One output object for one input line of `newsmon figures`; never raises."""
    from extractors.figures import extract_figures

    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "figures": [], "error": f"invalid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(item, dict):
        return {"id": None, "figures": [], "error": "each line must be a JSON object with 'id' and 'text'"}
    out: dict = {"id": item.get("id"), "figures": []}
    text = item.get("text")
    if not isinstance(text, str):
        out["error"] = "missing or non-string 'text'"
        return out
    try:
        published = _parse_published(item.get("published"))
    except ValueError as exc:
        out["error"] = f"bad 'published': {exc}"
        published = None
    out["figures"] = [figure_to_json(f) for f in extract_figures(text, published)]
    return out


def cmd_figures(args: argparse.Namespace) -> int:
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    for raw in stdin:
        line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        result = figures_line(line)
        out = json.dumps(result, ensure_ascii=False)
        try:  # a lone surrogate ("\udcff" in the input JSON) or a non-UTF-8 stdout cannot take it raw
            out.encode(sys.stdout.encoding or "utf-8")
        except (UnicodeEncodeError, LookupError):
            out = json.dumps(result)
        sys.stdout.write(out + "\n")
        sys.stdout.flush()
    return 0


# --- dedup -----------------------------------------------------------------------------------------


def cmd_dedup(args: argparse.Namespace) -> int:
    from flows.dedup import StreamDedup
    from flows.ingest import read_seeds
    from seeds import SEEDS_DIR

    settings = Settings.from_env()
    seeds, _ = read_seeds(settings.seeds_dir or SEEDS_DIR)
    stream = StreamDedup([article for article, _ in seeds])
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    for raw in stdin:
        line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        sys.stdout.write(json.dumps(stream.line(line), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


# --- parser ----------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmon",
        description="News-monitoring ingestion: feeds -> dedup -> casualty/displacement figures -> DuckDB.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--db", type=Path, default=None, help="DuckDB file (default: $NEWSMON_DB or data/newsmon.duckdb)"
        )

    p = sub.add_parser("run", help="run one ingestion (Prefect embedded mode) into the DuckDB file")
    p.add_argument(
        "--feeds", type=Path, default=None, help="feeds file (default: $NEWSMON_FEEDS or seeds/feeds.toml)"
    )
    db_option(p)
    p.add_argument(
        "--refresh", action="store_true", help="fetch article pages again even when already stored"
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser(
        "serve",
        help="run the ingestion on the NEWSMON_SCHEDULE cron against the Prefect server at PREFECT_API_URL",
    )
    p.add_argument(
        "--feeds", type=Path, default=None, help="feeds file (default: $NEWSMON_FEEDS or seeds/feeds.toml)"
    )
    db_option(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("sql", help="run a read-only SQL query against the DuckDB file")
    db_option(p)
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (json: an array of objects)",
    )
    p.add_argument("query", help="the SQL query")
    p.set_defaults(func=cmd_sql)

    p = sub.add_parser("status", help="show the last runs, feed health and row counts")
    db_option(p)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser(
        "backup", help="copy the DuckDB file to DEST while the service runs (no run writes meanwhile)"
    )
    db_option(p)
    p.add_argument("dest", type=Path, help="the new file (must not exist)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "figures",
        help="extract figures from JSON Lines on stdin ({id, text, published?}), one line out per line in",
    )
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser(
        "alerts", help="list pending alerts (headline-figure changes); --send delivers them by SMTP"
    )
    db_option(p)
    p.add_argument("--all", action="store_true", help="list sent alerts too")
    p.add_argument("--limit", type=int, default=50, help="most alerts listed (default 50)")
    p.add_argument("--send", action="store_true", help="deliver pending alerts now (NEWSMON_SMTP_* settings)")
    p.add_argument(
        "--requeue",
        action="append",
        metavar="ALERT_ID",
        help="put an alert whose delivery is in doubt back to pending (repeatable)",
    )
    p.set_defaults(func=cmd_alerts)

    p = sub.add_parser(
        "report", help="write a self-contained HTML report: trend charts, latest figures, last run's health"
    )
    db_option(p)
    p.add_argument("--out", type=Path, default=Path("report.html"), help="output file (default report.html)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "dedup",
        help="link JSON Lines on stdin ({id, text, title?}) to the seeds and earlier lines, one line out per line in",
    )
    p.set_defaults(func=cmd_dedup)

    p = sub.add_parser("settings", help="list every NEWSMON_* setting with its default and current value")
    p.add_argument("--markdown", action="store_true", help="print the README's settings table")
    p.set_defaults(func=cmd_settings)
    return parser


def settings_markdown() -> str:
    """The README's settings table, generated from the one settings registry."""
    lines = ["| variable | default | what it does |", "|---|---|---|"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default else "(empty)"
        lines.append(f"| `{s.env}` | {default} | {s.help} |")
    return "\n".join(lines)


def cmd_settings(args: argparse.Namespace) -> int:
    import os

    if args.markdown:
        print(settings_markdown())
        return 0
    for s in SETTINGS:
        current = os.environ.get(s.env)
        if s.secret:
            current = "(set, hidden)" if current else ""
        print(f"{s.env}={current if current is not None else s.default}\t# {s.help} (default: {s.default!r})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (CliError, ConfigError, ServeError, SettingsError, WarehouseError) as exc:
        message = " ".join(line.strip() for line in str(exc).splitlines() if line.strip())
        print(f"newsmon {args.command}: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"newsmon {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
