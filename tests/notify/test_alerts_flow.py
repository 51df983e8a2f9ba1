"""End to end: runs of the real `ingest` flow against the local site, alerts to a real SMTP server."""

import pytest

from flows.cli import main
from flows.ingest import ingest
from tests.conftest import write_feeds
from tests.localsite import Route
from warehouse.db import connect

pytestmark = pytest.mark.usefixtures("prefect_harness")

ITEM = """<item><title>{title}</title><link>{base}/articles/{page}.html</link><guid>{page}</guid>
<pubDate>{date}</pubDate><description>Fighting in the Libyan capital.</description></item>"""
ITEMS = {
    "toll-day1": ("Tripoli fighting enters its second month", "Mon, 06 May 2024 08:00:00 GMT"),
    "toll-day2": ("Death toll in Tripoli fighting climbs", "Wed, 08 May 2024 11:00:00 GMT"),
}


def serve_feed(site, monkeypatch, pages):
    items = "\n".join(ITEM.format(title=ITEMS[p][0], base=site.base, page=p, date=ITEMS[p][1]) for p in pages)
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Toll wire</title>{items}</channel></rss>'
    monkeypatch.setitem(
        site.routes, "/feeds/toll.xml", Route(200, body.encode(), {"Content-Type": "application/rss+xml"})
    )


def test_a_run_that_brings_a_new_toll_sends_one_clear_email(local_env, smtp, monkeypatch, tmp_path, db_path):
    site = local_env
    # pages on the feed's own site are shown under the feed's configured name (extractors/text/outlet.py)
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Desert Times", "/feeds/toll.xml")])
    serve_feed(site, monkeypatch, ["toll-day1"])
    first = ingest(feeds_file=str(feeds), db=str(db_path))
    assert first.status == "completed"
    subjects = [m.message["Subject"] for m in smtp.inbox]
    assert (
        "Libya, Tripoli: reported deaths rose to over 500 (was at least 21)" in subjects
    )  # seed 004, then day 1
    assert len(subjects) == len(set(subjects)) == first.counts["alerts_new"] == first.counts["alerts_sent"]
    smtp.inbox.clear()

    serve_feed(site, monkeypatch, ["toll-day1", "toll-day2"])
    second = ingest(feeds_file=str(feeds), db=str(db_path))
    assert second.counts["alerts_new"] == 1 and second.counts["alerts_sent"] == 1
    assert len(smtp.inbox) == 1
    msg = smtp.inbox[0].message
    assert msg["Subject"] == "Libya, Tripoli: reported deaths rose to 653 (was over 500)"
    plain = msg.get_body(("plain",)).get_content()
    assert "has now killed **653** people" in plain and "Desert Times" in plain and "toll-day2.html" in plain
    assert "alerts: 1 new, 1 sent, 0 pending" in second.alerts

    third = ingest(feeds_file=str(feeds), db=str(db_path))
    assert third.counts["alerts_new"] == 0 and len(smtp.inbox) == 1

    con = connect(db_path, read_only=True)
    try:
        head = con.execute(
            "SELECT value, qualifier, first_outlet, sources FROM latest_figures "
            "WHERE topic = 'Libya' AND kind = 'killed' AND location = 'Tripoli'"
        ).fetchone()
        changes = con.execute(
            "SELECT change, previous_value, value FROM figure_changes WHERE kind = 'killed' ORDER BY seq"
        ).fetchall()
    finally:
        con.close()
    assert head == (653, "exact", "Desert Times", 1)
    assert changes[-1] == ("rise", 500, 653)

    out = tmp_path / "report.html"
    assert main(["report", "--db", str(db_path), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "653" in page and "Desert Times" in page and '<svg class="chart" data-kind="killed"' in page


def test_smtp_down_does_not_fail_the_run(local_env, smtp, monkeypatch, tmp_path, db_path):
    site = local_env
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Desert Times", "/feeds/toll.xml")])
    serve_feed(site, monkeypatch, ["toll-day1"])
    smtp.stop()
    summary = ingest(feeds_file=str(feeds), db=str(db_path))
    assert summary.status == "completed" and summary.counts["alerts_sent"] == 0
    assert summary.counts["alerts_pending"] == summary.counts["alerts_new"] > 0
    assert any(f.stage == "alert" and "Connection refused" in f.reason for f in summary.failures)
    assert "retried on the next run" in summary.alerts
    smtp.start()
    again = ingest(feeds_file=str(feeds), db=str(db_path))
    assert again.counts["alerts_sent"] == summary.counts["alerts_new"] == len(smtp.inbox)
