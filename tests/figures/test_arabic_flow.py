"""End to end in Arabic: a local site with an Arabic feed and pages (tests/fixtures/site/ar) through the real
`ingest` flow, a real DuckDB file and a real SMTP server."""

import pytest

from flows.ingest import ingest
from warehouse.db import connect

pytestmark = pytest.mark.usefixtures("prefect_harness")

QUOTED = "ارتفعت حصيلة الاشتباكات المسلحة في مدينة الزاوية غرب طرابلس إلى **27** قتيلاً و106 جرحى"


def _feeds(path, site):
    path.write_text(
        '[topic]\nkeywords = ["ليبيا", "الزاوية"]\n\n'
        f'[[feeds]]\nname = "بوابة الاختبار"\nurl = "{site.url("/feeds/ar-libya.xml")}"\nlanguage = "ar"\n',
        encoding="utf-8",
    )
    return path


def test_an_arabic_feed_goes_through_the_flow(local_env, smtp, tmp_path, db_path):
    summary = ingest(feeds_file=str(_feeds(tmp_path / "feeds.toml", local_env)), db=str(db_path))
    assert summary.status == "completed"
    con = connect(db_path, read_only=True)
    try:
        articles = con.execute("SELECT url, language FROM articles WHERE NOT is_seed ORDER BY url").fetchall()
        figures = con.execute(
            "SELECT DISTINCT f.kind, f.value, f.qualifier, f.unit, f.location, f.scope, f.language, "
            'substr(a.text, f.start + 1, f."end" - f.start) '
            "FROM figures AS f JOIN articles AS a USING (article_id) WHERE NOT a.is_seed ORDER BY 2"
        ).fetchall()
        history = con.execute(
            "SELECT DISTINCT language FROM figure_history WHERE NOT is_seed ORDER BY language"
        ).fetchall()
    finally:
        con.close()
    # "بالزاوية" (the keyword behind two proclitics) and "ليبيا" put the two Libyan items in scope; the Cairo
    # book fair stays out.
    assert [(url.rsplit("/", 1)[-1], lang) for url, lang in articles] == [
        ("bayda-floods.html", "ar"),
        ("tripoli-clashes.html", "ar"),
    ]
    # The toll sentence is cumulative and placed in Zawiya; 50 million dinars is money, not a figure; the
    # headline's present tense counts ("السيول تشرد مئات العائلات").
    assert figures == [
        ("killed", 12, "exact", "people", None, "cumulative", "ar", "12"),
        ("killed", 27, "exact", "people", "Zawiya", "cumulative", "ar", "27"),
        ("injured", 30, "exact", "people", None, "cumulative", "ar", "30"),
        ("injured", 106, "exact", "people", "Zawiya", "cumulative", "ar", "106"),
        ("displaced", 200, "at_least", "households", "Bayda", "unknown", "ar", "مئات"),  # "السيول تشرد مئات"
        ("displaced", 400, "about", "households", "Bayda", "unknown", "ar", "400"),
    ]
    assert history == [("ar",)]
    arabic = [m.message for m in smtp.inbox if QUOTED in m.message.get_body(("plain",)).get_content()]
    assert arabic, [m.message["Subject"] for m in smtp.inbox]
    msg = arabic[0]
    assert "Language:         ar" in msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert msg["Subject"] == "ليبيا, Zawiya: reported deaths: 27 (first figure)"
    assert '<blockquote dir="auto" lang="ar"' in html and "<mark><strong>27</strong></mark>" in html
