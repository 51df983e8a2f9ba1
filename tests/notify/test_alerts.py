"""Alerts against a real SMTP server (aiosmtpd) on 127.0.0.1, through load_batch and the sender."""

import asyncio
import dataclasses
import logging
import re

import duckdb
import pytest

from flows.cli import main
from flows.ingest import load_batch
from flows.notify.delivery import AlertPolicy, deliver, rise_is_enough
from flows.settings import Settings
from tests.history import Fig, article
from tests.localsmtp import LocalSMTP
from warehouse import load, outbox
from warehouse.db import connect, open_warehouse

LIBYA = AlertPolicy(topic="Libya")
OVER_500 = article("a1", "Reuters", "2024-05-06", Fig("killed", 500, "more_than"), title="Tripoli fighting")
TOLL_653 = article("a2", "AP", "2024-05-08", Fig("killed", 653), title="Toll rises to 653")


def run(db_path, run_id, *articles, policy=LIBYA):
    """One load (with its alerts) and one delivery, as the flow does them."""
    with open_warehouse(db_path) as con:
        load.start_run(con, run_id)
    counts = load_batch.fn(db_path, run_id, [], [], list(articles), [], policy)
    with open_warehouse(db_path) as con:
        delivery = deliver(con, Settings.from_env())
    return counts, delivery


def statuses(db_path):
    con = connect(db_path, read_only=True)
    try:
        return con.execute("SELECT value, status, attempts FROM alerts ORDER BY value").fetchall()
    finally:
        con.close()


def test_a_figure_change_sends_exactly_one_email_and_a_rerun_none(db_path, smtp):
    counts, delivery = run(db_path, "run-1", OVER_500)
    assert counts["alerts_new"] == 1 and delivery.sent == 1
    first = smtp.inbox.pop()
    assert first.message["Subject"] == "Libya: reported deaths: over 500 (first figure)"

    counts, delivery = run(db_path, "run-2", OVER_500, TOLL_653)
    assert counts["alerts_new"] == 1 and delivery.sent == 1
    assert len(smtp.inbox) == 1
    mail = smtp.inbox[0]
    msg = mail.message
    assert msg["Subject"] == "Libya: reported deaths rose to 653 (was over 500)"
    assert sorted(mail.rcpt_tos) == ["desk@example.org", "duty@example.org"]
    assert mail.mail_from == "newsmon@example.org"
    plain = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    for part in (plain, html):
        assert "653" in part and "over 500" in part  # new and previous figure
        assert "https://news.example/a2" in part and "AP" in part and "2024-05-08" in part
        assert "figure_history" in part  # the query to explore it
    assert "In the latest count, **653** people were killed according to AP." in plain
    assert "<mark><strong>653</strong></mark>" in html
    # the query in the e-mail runs as it is
    sql = re.search(r'newsmon sql "(.*)"\s*$', plain, re.M).group(1)
    con = connect(db_path, read_only=True)
    try:
        assert [r[1] for r in con.execute(sql).fetchall()] == [500, 653]
    finally:
        con.close()

    counts, delivery = run(db_path, "run-3", OVER_500, TOLL_653)
    assert counts["alerts_new"] == 0 and delivery.sent == 0
    assert len(smtp.inbox) == 1
    assert statuses(db_path) == [(500, "sent", 1), (653, "sent", 1)]


def test_other_outlets_reporting_the_figure_are_listed(db_path, smtp):
    copy = dataclasses.replace(TOLL_653[0], article_id="a3", url="https://news.example/a3", source="Yahoo")
    bbc = article("a4", "BBC", "2024-05-08", Fig("killed", 653))
    run(db_path, "run-1", OVER_500, TOLL_653, (copy, TOLL_653[1]), bbc)
    mail = next(m.message for m in smtp.inbox if "653" in m.message["Subject"])
    plain = mail.get_body(("plain",)).get_content()
    assert "Other outlets reporting it: BBC, Yahoo" in plain
    assert "Independent sources reporting at least 653: 2" in plain  # the copy is not independent


def test_smtp_down_keeps_the_alert_pending_and_sends_it_once_back(db_path, smtp):
    smtp.stop()
    counts, delivery = run(db_path, "run-1", OVER_500)
    assert counts["alerts_new"] == 1 and delivery.sent == 0 and delivery.pending == 1
    assert "Connection refused" in delivery.error and f"127.0.0.1:{smtp.port}" in delivery.error
    assert statuses(db_path) == [(500, "pending", 0)]

    counts, delivery = run(db_path, "run-2", OVER_500)  # still down: still pending, not queued twice
    assert counts["alerts_new"] == 0 and delivery.pending == 1

    smtp.start()
    counts, delivery = run(db_path, "run-3", OVER_500)
    assert delivery.sent == 1 and len(smtp.inbox) == 1
    counts, delivery = run(db_path, "run-4", OVER_500)
    assert delivery.sent == 0 and len(smtp.inbox) == 1
    assert statuses(db_path) == [(500, "sent", 1)]


def test_crlf_in_a_title_or_location_cannot_inject_headers(db_path, smtp):
    evil = article(
        "e1",
        "Evil\r\nBcc: outlet@attacker.example",
        "2024-05-08",
        Fig("killed", 77, location="Tripoli\r\nBcc: loc@attacker.example\r\nSubject: fake"),
        title="Toll\r\nBcc: title@attacker.example\nSubject: spoofed\rX-Evil: 1",
    )
    run(db_path, "run-1", evil)
    assert len(smtp.inbox) == 1
    mail = smtp.inbox[0]
    msg = mail.message
    assert len(msg.get_all("Subject")) == 1
    assert msg["Subject"].startswith(
        "Libya, Tripoli Bcc: loc@attacker.example Subject: fake: reported deaths"
    )
    assert msg.get_all("Bcc") is None and msg.get_all("X-Evil") is None
    assert sorted(mail.rcpt_tos) == ["desk@example.org", "duty@example.org"]
    head = mail.raw.split(b"\r\n\r\n", 1)[0].decode()
    assert "attacker" not in "".join(
        line for line in head.splitlines() if not line.startswith(("Subject", " "))
    )


def test_min_change_is_respected():
    assert rise_is_enough(None, 1, "50")
    assert not rise_is_enough(500, 520, "50") and rise_is_enough(500, 550, "50")
    assert not rise_is_enough(500, 540, "10%") and rise_is_enough(500, 550, "10%")
    assert not rise_is_enough(500, 500, "0") and rise_is_enough(500, 501, "0")


def test_min_change_compares_with_the_last_alert(db_path, smtp):
    policy = AlertPolicy(topic="Libya", min_change="10%")
    small = article("b1", "AFP", "2024-05-07", Fig("killed", 520))
    run(db_path, "run-1", OVER_500, policy=policy)
    counts, _ = run(db_path, "run-2", OVER_500, small, policy=policy)
    assert counts["alerts_new"] == 0  # 4% above the last alert
    counts, _ = run(db_path, "run-3", OVER_500, small, TOLL_653, policy=policy)
    assert counts["alerts_new"] == 1
    assert smtp.inbox[-1].message["Subject"] == "Libya: reported deaths rose to 653 (was over 500)"


def test_min_sources_waits_for_independent_sources(db_path, smtp):
    policy = AlertPolicy(topic="Libya", min_sources=2)
    counts, _ = run(db_path, "run-1", TOLL_653, policy=policy)
    assert counts["alerts_new"] == 0
    copy = dataclasses.replace(TOLL_653[0], article_id="a3", url="https://news.example/a3", source="Yahoo")
    counts, _ = run(db_path, "run-2", TOLL_653, (copy, TOLL_653[1]), policy=policy)
    assert counts["alerts_new"] == 0  # a copy of the same story is not a second source
    counts, _ = run(db_path, "run-3", article("a4", "BBC", "2024-05-09", Fig("killed", 700)), policy=policy)
    assert counts["alerts_new"] == 1  # two clusters now report at least 653
    msg = smtp.inbox[-1].message
    assert msg["Subject"] == "Libya: reported deaths: 653 (first figure)"


def test_without_smtp_alerts_wait_and_are_listed(db_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    counts, delivery = run(db_path, "run-1", OVER_500)
    assert counts["alerts_new"] == 1 and not delivery.configured and delivery.pending == 1
    capsys.readouterr()
    assert main(["alerts", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "1 pending" in out and "over 500" in out
    assert main(["alerts", "--db", str(db_path), "--send"]) == 2
    assert "no SMTP configured" in capsys.readouterr().out
    assert statuses(db_path) == [(500, "pending", 0)]


def test_cli_send_delivers_pending_alerts(db_path, smtp, capsys):
    smtp.stop()
    run(db_path, "run-1", OVER_500)
    smtp.start()
    assert main(["alerts", "--db", str(db_path), "--send"]) == 0
    assert "alerts: 1 sent, 0 pending" in capsys.readouterr().out
    assert len(smtp.inbox) == 1
    assert main(["alerts", "--db", str(db_path), "--all"]) == 0
    assert "sent" in capsys.readouterr().out


def test_password_never_in_logs_errors_or_the_database(db_path, monkeypatch, tmp_path, caplog, capsys):
    secret = "s3cr3t-Pa55"
    caplog.set_level(logging.DEBUG)
    with LocalSMTP(user="newsmon", password=secret) as server:
        for key, value in server.env().items():
            monkeypatch.setenv(key, value)
        monkeypatch.setenv("NEWSMON_SMTP_USER", "newsmon")
        monkeypatch.setenv("NEWSMON_SMTP_PASSWORD", "wrong-" + secret)
        _, delivery = run(db_path, "run-1", OVER_500)
        assert delivery.sent == 0 and "535" in delivery.error and secret not in delivery.error
        assert secret not in repr(Settings.from_env())
        capsys.readouterr()
        main(["settings"])
        assert secret not in capsys.readouterr().out

        password_file = tmp_path / "smtp_password"
        password_file.write_text(secret + "\n")
        monkeypatch.delenv("NEWSMON_SMTP_PASSWORD")
        monkeypatch.setenv("NEWSMON_SMTP_PASSWORD_FILE", str(password_file))
        _, delivery = run(db_path, "run-2", OVER_500)
        assert delivery.sent == 1 and len(server.inbox) == 1
    assert secret not in caplog.text
    assert secret.encode() not in db_path.read_bytes()
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        dump = str(con.execute("SELECT * FROM alerts").fetchall())
    finally:
        con.close()
    assert secret not in dump


class _Stall:
    """A server that takes the whole message, then never answers: the client cannot know if it was sent."""

    def __init__(self):
        self.received = 0

    async def handle_DATA(self, server, session, envelope):
        self.received += 1
        await asyncio.sleep(3)
        return "250 OK"


def test_a_broken_conversation_is_in_doubt_and_resent_once_with_the_same_message_id(
    db_path, smtp, monkeypatch, capsys
):
    """At-least-once delivery, deduplicated by key: a conversation that broke after the message went
    out leaves the alert in doubt; the next delivery sends it again with the same Message-ID, and a
    sent alert is never sent again."""
    from aiosmtpd.controller import Controller

    smtp.stop()
    stall = _Stall()
    controller = Controller(stall, hostname="127.0.0.1", port=smtp.port)
    controller.start()
    monkeypatch.setenv("NEWSMON_READ_TIMEOUT", "0.5")
    try:
        _, delivery = run(db_path, "run-1", OVER_500)
        assert delivery.in_doubt == 1 and delivery.sent == 0 and "in doubt" in delivery.error
    finally:
        controller.stop()
    assert statuses(db_path) == [(500, "sending", 1)]
    assert main(["alerts", "--db", str(db_path)]) == 0
    assert "in doubt" in capsys.readouterr().out

    smtp.start()
    _, delivery = run(db_path, "run-2", OVER_500)
    assert delivery.sent == 1 and len(smtp.inbox) == 1
    assert statuses(db_path) == [(500, "sent", 2)]
    alert_id = outbox.alert_id("Libya", "killed", "people", None, 500)
    con = connect(db_path, read_only=True)
    try:
        message_id = con.execute("SELECT message_id FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()[0]
    finally:
        con.close()
    assert message_id and message_id == smtp.inbox[0].message["Message-ID"]
    _, delivery = run(db_path, "run-3", OVER_500)
    assert delivery.sent == 0 and len(smtp.inbox) == 1


@pytest.mark.parametrize("tls", ["starttls", "ssl"])
def test_tls_is_never_silently_dropped(db_path, smtp, monkeypatch, tls):
    monkeypatch.setenv("NEWSMON_SMTP_TLS", tls)  # the test server speaks plain SMTP only
    monkeypatch.setenv("NEWSMON_READ_TIMEOUT", "2")
    _, delivery = run(db_path, "run-1", OVER_500)
    assert delivery.sent == 0 and delivery.pending == 1 and delivery.error
    assert smtp.inbox == [] and statuses(db_path) == [(500, "pending", 0)]


def test_an_outdated_pending_alert_is_superseded_not_sent(db_path, smtp):
    run(db_path, "run-1", OVER_500)
    smtp.inbox.clear()
    smtp.stop()
    run(db_path, "run-2", OVER_500, article("b1", "AFP", "2024-05-07", Fig("killed", 600)))
    run(db_path, "run-3", OVER_500, TOLL_653)  # 600 was never sent: the reader last saw "over 500"
    assert statuses(db_path) == [(500, "sent", 1), (600, "superseded", 0), (653, "pending", 0)]
    smtp.start()
    _, delivery = run(db_path, "run-4", OVER_500, TOLL_653)
    assert delivery.sent == 1 and len(smtp.inbox) == 1
    assert smtp.inbox[0].message["Subject"] == "Libya: reported deaths rose to 653 (was over 500)"
