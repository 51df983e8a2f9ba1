"""`newsmon alerts` (list, send, requeue) and `newsmon report` (the HTML report)."""

from __future__ import annotations

import argparse
from pathlib import Path

from flows.cli import common, output
from flows.settings import Settings


def cmd_alerts(args: argparse.Namespace) -> int:
    import duckdb
    from rich.table import Table

    from extractors.notify.mail import subject
    from flows.notify.delivery import deliver, summary_line
    from warehouse import outbox
    from warehouse.db import connect, open_warehouse

    settings = Settings.from_env(db=args.db)
    console = output.console()
    if args.requeue or args.send:
        with open_warehouse(settings.db) as con:
            for alert_id in args.requeue or ():
                if not outbox.requeue(con, alert_id):
                    raise common.CliError(
                        f"no alert {alert_id!r} in doubt (status 'sending'); see `newsmon alerts`"
                    )
                console.print(output.line(f"requeued {alert_id}"))
            if args.send:
                delivery = deliver(con, settings)
                console.print(output.line(summary_line(delivery)))
                if delivery.error or (delivery.pending and not delivery.configured):
                    return common.EXIT_ERROR
        return 0
    statuses = ("pending", "sending", "sent", "superseded") if args.all else ("pending", "sending")
    con = connect(settings.db, read_only=True, lock_timeout=common.READ_WAIT)
    try:
        try:
            alerts = outbox.list_alerts(con, statuses, limit=args.limit)
            counts = outbox.count_by_status(con)
        except duckdb.Error as exc:
            raise common.CliError(
                f"cannot read alerts ({str(exc).splitlines()[0]}); run `newsmon run` once"
            ) from None
    finally:
        con.close()
    title = "alerts: " + (", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "none")
    table = Table(title=output.cell(title))
    for col in ("alert_id", "status", "subject", "sources", "created", "sent / last error"):
        table.add_column(col, overflow="fold")
    for a in alerts:
        state = {"sending": "in doubt", "pending": "pending"}.get(a.status, a.status)
        note = output.when(a.sent_at) if a.status == "sent" and a.sent_at else ""
        table.add_row(
            *(output.cell(v) for v in (a.alert_id, state, subject(a), a.sources, a.created_at)),
            output.cell(note or a.last_error or "", one_line=True),
        )
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

    from flows.notify.report import write_report
    from warehouse.db import connect

    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True, lock_timeout=common.READ_WAIT)
    try:
        try:
            out = write_report(con, args.out)
        except duckdb.Error as exc:
            raise common.CliError(
                f"cannot read the trend views ({str(exc).splitlines()[0]}); run `newsmon run` once"
            ) from None
        except OSError as exc:
            raise common.CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    finally:
        con.close()
    print(f"report written to {out}")
    return 0


def register(sub) -> None:
    """Add this module's commands to the `newsmon` parser."""
    p = sub.add_parser(
        "alerts", help="list pending alerts (headline-figure changes); --send delivers them by SMTP"
    )
    common.db_option(p)
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
    common.db_option(p)
    p.add_argument("--out", type=Path, default=Path("report.html"), help="output file (default report.html)")
    p.set_defaults(func=cmd_report)
