"""A page's title at the head of its text is its own sentence, said once; its figure counts once; quotes are
one sentence. Feed links that are not http(s) come back as data."""

from datetime import date

import pytest

from extractors.notify.mail import quote_span
from extractors.text.article import extract_page, page_figures, separate_title
from extractors.text.feed import parse_feed

TITLE = "Clashes near Tripoli kill 47"
BODY = "".join(
    f"<p>Fighting continued on the southern outskirts of the capital on day {i}, residents said, as "
    "families fled the area and hospitals asked for blood donations.</p>"
    for i in range(4)
)


def page(head_title: str, article: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{head_title}</title></head>"
        f"<body><article>{article}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head_title", "article", "figure_sentence"),
    [
        # <h1> then a first paragraph repeating the title, then the figure again in the body
        (TITLE, f"<h1>{TITLE}</h1><p>{TITLE}</p><p>The health ministry said 47 people died.</p>",
         "The health ministry said 47 people died."),
        # the title as the first paragraph, the body reporting the same figure
        (TITLE, f"<p>{TITLE}</p><p>The health ministry said 47 people died.</p>",
         "The health ministry said 47 people died."),
        # the head title carries the outlet's name
        (f"{TITLE} - Libya Wire", f"<h1>{TITLE}</h1><p>Clashes near Tripoli have killed 47 people, the health "
         "ministry said.</p>", "Clashes near Tripoli have killed 47 people, the health ministry said."),
        # only the title has the figure: it is kept, quoted from the title alone
        (TITLE, f"<h1>{TITLE}</h1><p>{TITLE.upper()}.</p>", TITLE),
    ],
)  # fmt: skip
def test_a_repeated_title_is_one_mention_in_its_own_sentence(head_title, article, figure_sentence):
    result = extract_page(page(head_title, article), "https://wire.example.com/a")
    assert result.text.startswith(f"{TITLE}\n\n") and result.text.casefold().count(TITLE.casefold()) == 1
    assert result.title_end == len(TITLE)
    figures = [f for f in page_figures(result, date(2024, 5, 7)) if f.kind == "killed"]
    assert [(f.value, f.sentence) for f in figures] == [(47, figure_sentence)]
    f = figures[0]
    quote, start, end = quote_span(result.text, f.sentence, f.start, f.end)
    assert quote == figure_sentence and quote[start:end] == "47" and "\n" not in quote


def test_separate_title_leaves_other_texts_alone():
    text = "Fighting continued on Tuesday.\nMore news."
    assert separate_title(text, TITLE) == (text, 0)
    assert separate_title(text, None) == (text, 0)
    assert separate_title(f"{TITLE}\n\n{TITLE}\nBody.", TITLE) == (f"{TITLE}\n\nBody.", len(TITLE))
    assert separate_title(f"  {TITLE} \nBody.", f"Libya Wire | {TITLE}") == (f"{TITLE}\n\nBody.", len(TITLE))
    assert separate_title(TITLE, TITLE) == (TITLE, len(TITLE))


def test_links_that_are_not_http_come_back_as_rejected():
    items = "".join(
        f"<item><title>t{i}</title><link>{link}</link></item>"
        for i, link in enumerate(
            ["https://news.example.com/a", "javascript:alert(1)", " JavaScript:void(0)", "mailto:x@example.com",
             "data:text/html," + "A" * 5000, "ftp://files.example.com/x", "/relative/path"]
        )
    )  # fmt: skip
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>'
    parsed = parse_feed(body.encode(), "https://news.example.com/feed", feed_name="Wire")
    assert [e.url for e in parsed.entries] == [
        "https://news.example.com/a",
        "https://news.example.com/relative/path",
    ]
    assert {e.feed_name for e in parsed.entries} == {"Wire"}
    assert [r.scheme for r in parsed.rejected] == ["javascript", "javascript", "mailto", "data", "ftp"]
    assert all(len(r.link) <= 200 for r in parsed.rejected)
    assert (
        parsed.rejected[0].reason
        == "link with scheme javascript: not followed (only http and https are fetched)"
    )
    assert parsed.problem is None


def test_a_title_figure_the_body_does_not_repeat_is_kept():
    article = (
        f"<h1>{TITLE}</h1><p>By evening the health ministry said the toll had risen to 52 people killed.</p>"
    )
    result = extract_page(page(TITLE, article), "https://wire.example.com/a")
    killed = sorted((f.value, f.sentence) for f in page_figures(result, None) if f.kind == "killed")
    assert [v for v, _ in killed] == [47, 52] and killed[0][1] == TITLE
