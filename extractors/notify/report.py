"""`newsmon report`: one self-contained HTML page (inline CSS and SVG, no script, no remote resource).

In order: what changed since the previous run (new headlines, rises, revisions, the latest first); the
headline of each series; small multiples, one chart per series (extractors.notify.charts), grouped by
kind (killed, injured, displaced, missing, arrested, kidnapped); the last run's health. A filter by place
and kind is plain HTML and CSS (radio buttons and `:has()`), so the page needs no script and no network.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Any

from extractors.notify.charts import chart_svg, chart_title
from extractors.notify.mail import figure_text, one_line
from extractors.records import Chart, Health

KIND_TITLES = {
    "killed": "Killed",
    "injured": "Injured",
    "displaced": "Displaced",
    "missing": "Missing",
    "arrested": "Arrested",
    "kidnapped": "Kidnapped",
}
UNSPECIFIED = "(unspecified)"

CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 75em; color: #222; padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; table-layout: auto; }
th, td { text-align: left; padding: 0.3em 0.5em; border-bottom: 1px solid #eee; vertical-align: top;
         overflow-wrap: anywhere; }
td.num, td.date { text-align: right; white-space: nowrap; }
.muted { color: #777; } .bad { color: #b00020; } .ok { color: #2e7d32; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 1em 1.5em; }
figure { margin: 0; min-width: 0; } figcaption { font-weight: bold; margin-bottom: 0.2em; font-size: 0.95em; }
svg.chart { width: 100%; height: auto; display: block; background: #fcfcfc; }
svg .axis, svg .tick { stroke: #999; stroke-width: 1; } svg .grid { stroke: #eee; stroke-width: 1; }
svg text { font-size: 11px; fill: #555; } svg .step { fill: none; stroke-width: 2; }
svg .bar { fill: #d9d9d9; } svg .revision { fill: #fff; stroke: #b00020; stroke-width: 2; }
svg .copy { fill-opacity: 0.35; } svg .unit { font-style: italic; }
.legend span { margin-right: 1.2em; font-size: 0.85em; }
.filters { display: flex; flex-wrap: wrap; gap: 0.4em 1.5em; font-size: 0.9em; margin: 1em 0; }
.filters fieldset { border: 1px solid #ddd; padding: 0.3em 0.8em; }
.filters label { margin-right: 0.8em; white-space: nowrap; }
"""


def _cell(value: Any) -> str:
    if value is None:
        return '<span class="muted">–</span>'
    if isinstance(value, datetime):
        return escape(value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"))
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, list | tuple):
        return f"<bdi>{escape(', '.join(one_line(str(v)) for v in value))}</bdi>"
    return f"<bdi>{escape(one_line(str(value)))}</bdi>"  # bdi: right-to-left text keeps its own direction


def _link(url: str | None, text: str | None) -> str:
    label = escape(one_line(text) or one_line(url) or "(untitled)")
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a dir="auto" href="{escape(url, quote=True)}">{label}</a>'
    return f"<bdi>{label}</bdi>"


def _place(place: str | None) -> str:
    return "place not named" if place in (None, UNSPECIFIED) else one_line(place)


def _attrs(row: dict[str, Any]) -> str:
    return f' data-place="{escape(row["place"], quote=True)}" data-kind="{escape(row["kind"], quote=True)}"'


def latest_table(rows: list[dict[str, Any]]) -> str:
    """The headline of each series, and who first reported it."""
    if not rows:
        return '<p class="muted">No cumulative figures yet.</p>'
    head = (
        "<tr><th>kind</th><th>place</th><th>headline</th><th>as of</th><th>sources</th>"
        "<th>first report</th><th>revised to</th><th>undated</th></tr>"
    )
    body = []
    for r in rows:
        headline = figure_text(r["value"], r["qualifier"]) if r["value"] is not None else None
        unit = " households" if r["unit"] == "households" else ""
        revised = f"{r['revised_to']:,} ({r['revised_on']})" if r["revised_to"] is not None else None
        first = (
            _link(r["first_url"], r["first_title"])
            + f"<br><span class='muted'>{_cell(r['first_outlet'])}</span>"
            if r["value"] is not None
            else _cell(None)
        )
        body.append(
            f"<tr{_attrs(r)}><td>{_cell(r['kind'])}</td><td>{escape(_place(r['place']))}</td>"
            f"<td class='num'><strong>{_cell(headline)}</strong>{unit}</td><td class='date'>{_cell(r['as_of'])}</td>"
            f"<td class='num'>{_cell(r['sources'])}</td><td>{first}</td>"
            f"<td class='bad'>{_cell(revised)}</td><td class='num'>{_cell(r['undated_value'])}</td></tr>"
        )
    return f"<table>{head}{''.join(body)}</table>"


def changes_table(rows: list[dict[str, Any]]) -> str:
    """What changed since the previous run: new headlines, rises and revisions, the latest first."""
    if not rows:
        return '<p class="muted">No headline changed in the last run.</p>'
    names = {"first": "new headline", "rise": "rise", "revision": "revision (lower, later)"}
    head = "<tr><th>date</th><th>kind</th><th>place</th><th>change</th><th>now</th><th>before</th><th>outlet</th></tr>"
    body = []
    for r in rows:
        before = (
            f"{figure_text(r['previous_value'], r['previous_qualifier'] or 'exact')} ({r['previous_as_of']})"
            if r["previous_value"] is not None
            else None
        )
        css = "bad" if r["change"] == "revision" else ""
        body.append(
            f"<tr{_attrs(r)}><td class='date'>{_cell(r['as_of'])}</td><td>{_cell(r['kind'])}</td>"
            f"<td>{escape(_place(r['place']))}</td><td class='{css}'>{names.get(r['change'], r['change'])}</td>"
            f"<td class='num'><strong>{_cell(figure_text(r['value'], r['qualifier']))}</strong></td>"
            f"<td class='num'>{_cell(before)}</td><td>{_cell(r['outlet'])}</td></tr>"
        )
    return f"<table>{head}{''.join(body)}</table>"


def filters(charts: list[Chart], latest: list[dict[str, Any]]) -> tuple[str, str]:
    """Radio buttons by place and by kind, and the CSS that hides what they filter out (no script)."""
    places = sorted(
        {c.place for c in charts} | {r["place"] for r in latest}, key=lambda p: (p == UNSPECIFIED, p)
    )
    kinds = [k for k in KIND_TITLES if k in {c.kind for c in charts} | {r["kind"] for r in latest}]
    html, css = ['<form class="filters" aria-label="filter">'], []
    for group, values, label in (("place", places, _place), ("kind", kinds, str)):
        html.append(f"<fieldset><legend>{group}</legend>")
        html.append(f'<label><input type="radio" name="{group}" id="{group}-all" checked> all</label>')
        for i, value in enumerate(values):
            html.append(
                f'<label><input type="radio" name="{group}" id="{group}-{i}" '
                f'value="{escape(value, quote=True)}"> {escape(label(value))}</label>'
            )
            quoted = value.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
            css.append(
                f'body:has(#{group}-{i}:checked) [data-{group}]:not([data-{group}="{quoted}"]) {{ display: none; }}'
            )
        html.append("</fieldset>")
    html.append("</form>")
    return "".join(html), "\n".join(css)


def trends_section(charts: list[Chart]) -> str:
    """Small multiples, grouped by kind in the order of KIND_TITLES."""
    if not charts:
        return '<p class="muted">No dated figures yet.</p>'
    out = []
    for kind in dict.fromkeys(c.kind for c in charts):
        figures = "".join(
            f'<figure data-place="{escape(c.place, quote=True)}" data-kind="{escape(c.kind, quote=True)}">'
            f"<figcaption>{escape(chart_title(c))}</figcaption>{chart_svg(c)}</figure>"
            for c in charts
            if c.kind == kind
        )
        out.append(
            f'<section data-kind="{escape(kind, quote=True)}"><h3>{escape(KIND_TITLES.get(kind, kind))}</h3>'
            f'<div class="grid">{figures}</div></section>'
        )
    return "\n".join(out)


def health_section(h: Health) -> str:
    if h.run is None:
        return '<p class="muted">No run yet.</p>'
    run = h.run
    status_css = "ok" if run["status"] == "completed" else "bad"
    facts = [
        ("run", run["run_id"]),
        ("status", f'<span class="{status_css}">{escape(run["status"])}</span>'),
        ("started", _cell(run["started_at"])),
        ("finished", _cell(run["finished_at"])),
        ("feeds polled", _cell(run["feeds_polled"])),
        ("entries seen / in scope", f"{_cell(run['entries_seen'])} / {_cell(run['entries_in_scope'])}"),
        ("new articles / figures", f"{_cell(run['articles_new'])} / {_cell(run['figures_new'])}"),
        ("failures", _cell(run["failures"])),
        ("alerts", escape(", ".join(f"{n} {s}" for s, n in sorted(h.alerts.items())) or "none")),
        ("rows", escape(", ".join(f"{k} {v}" for k, v in h.counts.items()))),
    ]
    if run.get("error"):
        facts.append(("error", f'<span class="bad">{_cell(run["error"])}</span>'))
    out = ["<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts) + "</table>"]
    if h.failures:
        out.append(
            "<h3>Failures of this run</h3><table><tr><th>stage</th><th>count</th><th>example</th></tr>"
        )
        out += [
            f"<tr><td>{_cell(f['stage'])}</td><td class='num'>{f['n']}</td>"
            f"<td>{_cell(f['example_url'])}: {_cell(f['example_reason'])}</td></tr>"
            for f in h.failures
        ]
        out.append("</table>")
    if h.feeds:
        out.append("<h3>Feeds</h3><table><tr><th>feed</th><th>last status</th><th>failures in a row</th>")
        out.append("<th>last error</th><th>last ok</th></tr>")
        for f in h.feeds:
            css = "bad" if f["consecutive_failures"] else "ok"
            out.append(
                f"<tr><td>{_cell(f['name'])}<br><span class='muted'>{_cell(f['feed_url'])}</span></td>"
                f"<td>{_cell(f['last_status'])}</td><td class='num {css}'>{f['consecutive_failures']}</td>"
                f"<td>{_cell(f['last_error'])}</td><td>{_cell(f['last_ok_at'])}</td></tr>"
            )
        out.append("</table>")
    return "\n".join(out)


def _legend() -> str:
    return (
        '<p class="legend"><span>— headline (highest dated cumulative total)</span><span>● report (hover: '
        'outlet and sentence)</span><span class="muted">● copy of an earlier article</span>'
        '<span class="bad">○ revision (lower, later)</span><span>▮ incident figures, summed per day</span></p>'
    )


def page(
    charts: list[Chart],
    latest: list[dict[str, Any]],
    changes: list[dict[str, Any]],
    health: Health,
    now: datetime,
) -> str:
    """The whole report page, from what the warehouse read."""
    topics = sorted({c.topic for c in charts if c.topic and c.topic != UNSPECIFIED})
    title = f"newsmon: {', '.join(topics)}" if topics else "newsmon report"
    form, filter_css = filters(charts, latest)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{CSS}
{filter_css}</style></head>
<body>
<h1>{escape(title)}</h1>
<p class="muted">Generated {now.astimezone(UTC):%Y-%m-%d %H:%M UTC}. Figures are as reported by the outlets;
undated figures never make a headline, and a later lower total is shown as a revision.</p>
{form}
<h2>What changed</h2>
{changes_table(changes)}
<h2>Latest figures</h2>
{latest_table(latest)}
<h2>Trends</h2>
{_legend() if charts else ""}
{trends_section(charts)}
<h2>Last run</h2>
{health_section(health)}
</body></html>
"""
