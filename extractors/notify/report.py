"""`newsmon report`: one self-contained HTML page (inline CSS and SVG, no script, no remote resource).

It shows a trend chart per kind (cumulative totals as a step line of the headline, each report a point,
incident figures as daily bars), the latest-figures table with who says so, and the last run's health.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from html import escape
from typing import Any

from extractors.notify.mail import figure_text, one_line
from extractors.records import Chart, ChartKey, Health

WIDTH, HEIGHT = 760, 280
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 36
COLORS = ("#1f5fa8", "#c25b00", "#2e8540", "#7a3fa0", "#a03f5a", "#4a4a4a")
KIND_TITLES = {
    "killed": "Deaths",
    "injured": "Injured",
    "displaced": "Displaced",
    "missing": "Missing",
    "arrested": "Arrested",
    "kidnapped": "Kidnapped",
}

CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 62em; color: #222; padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { text-align: left; padding: 0.3em 0.5em; border-bottom: 1px solid #eee; vertical-align: top; }
td.num, td.date { text-align: right; white-space: nowrap; }
.muted { color: #777; } .bad { color: #b00020; } .ok { color: #2e7d32; }
figure { margin: 1em 0 2em; } figcaption { font-weight: bold; margin-bottom: 0.3em; }
svg.chart { width: 100%; height: auto; max-width: 760px; display: block; background: #fcfcfc; }
svg .axis { stroke: #999; stroke-width: 1; } svg .grid { stroke: #eee; stroke-width: 1; }
svg text { font-size: 11px; fill: #555; } svg .step { fill: none; stroke-width: 2; }
svg .bar { fill: #d9d9d9; } svg .revision { fill: #fff; stroke: #b00020; stroke-width: 2; }
svg .copy { fill-opacity: 0.35; }
.legend span { margin-right: 1.2em; font-size: 0.85em; }
"""


def _value_ticks(largest: float) -> list[int]:
    """0 and up to five round ticks (steps of 1, 2 or 5 times a power of ten) covering `largest`."""
    raw = max(largest, 1) / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return [step * i for i in range(math.ceil(largest / step) + 1 if largest > 0 else 2)]


def _date_ticks(first: date, last: date, most: int = 6) -> list[date]:
    span = (last - first).days
    count = min(most, span + 1)
    return sorted({first + timedelta(days=round(span * i / max(count - 1, 1))) for i in range(count)})


def chart_svg(chart: Chart) -> str:
    """An inline SVG: headline step lines per location, a point per report, incident bars per day."""
    days = [p.day for p in chart.points] + [d for d, _ in chart.incidents]
    days += [d for steps in chart.steps.values() for d, _, _ in steps]
    first, last = min(days), max(days)
    if first == last:
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    ticks = _value_ticks(max([p.value for p in chart.points] + [v for _, v in chart.incidents] + [1]))
    top = ticks[-1]
    span = (last - first).days
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return round(LEFT + plot_w * (day - first).days / span, 1)

    def y(value: float) -> float:
        return round(TOP + plot_h * (1 - value / top), 1)

    out = [
        f'<svg class="chart" data-kind="{escape(chart.key[1])}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(_chart_title(chart.key))}">'
    ]
    for value in ticks:
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value)}" y2="{y(value)}"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y(value) + 4}" text-anchor="end">{value:,}</text>')
    for tick in _date_ticks(first, last):
        anchor = "start" if tick == first else "end" if tick == last else "middle"
        out.append(
            f'<text x="{x(tick)}" y="{HEIGHT - BOTTOM + 16}" text-anchor="{anchor}">{tick.isoformat()}</text>'
        )
    out.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(0)}" y2="{y(0)}"/>')
    out.append(f'<line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{y(0)}"/>')
    bar_w = max(2.0, min(18.0, plot_w / (span + 1) * 0.6))
    for day, total in chart.incidents:
        out.append(
            f'<rect class="bar" x="{x(day) - bar_w / 2:.1f}" y="{y(total)}" width="{bar_w:.1f}" '
            f'height="{y(0) - y(total):.1f}"><title>{day}: {total:,} in incidents</title></rect>'
        )
    colors = series_colors(chart)
    for loc, steps in chart.steps.items():
        d = f"M {x(steps[0][0])} {y(steps[0][1])}"
        for day, value, _ in steps[1:]:
            d += f" H {x(day)} V {y(value)}"
        d += f" H {x(last)}"
        out.append(
            f'<path class="step" stroke="{colors[loc]}" d="{d}"><title>headline{_where(loc)}</title></path>'
        )
    for p in chart.points:
        color = colors.get(p.location, COLORS[-1])
        css = "point revision" if p.is_revision else ("point copy" if p.is_duplicate else "point")
        tip = f"{p.day}: {figure_text(p.value, p.qualifier)}{_where(p.location)}, {one_line(p.outlet) or 'unknown outlet'}"
        tip += (
            " (revision: lower than the headline)" if p.is_revision else (" (copy)" if p.is_duplicate else "")
        )
        out.append(
            f'<circle class="{css}" cx="{x(p.day)}" cy="{y(p.value)}" r="4" fill="{color}">'
            f"<title>{escape(tip)}</title></circle>"
        )
    out.append("</svg>")
    return "\n".join(out)


def series_colors(chart: Chart) -> dict[str | None, str]:
    """A color per location with a headline (None, the whole topic, first)."""
    return {loc: COLORS[i % len(COLORS)] for i, loc in enumerate(sorted(chart.steps, key=lambda v: v or ""))}


def _series_legend(chart: Chart) -> str:
    colors = series_colors(chart)
    if not any(colors):
        return ""
    items = "".join(
        f'<span style="color: {color}">— {escape(one_line(loc) or "no location given")}</span>'
        for loc, color in colors.items()
    )
    return f'<p class="legend">{items}</p>'


def _where(location: str | None) -> str:
    return f" in {one_line(location)}" if location else ""


def _chart_title(key: ChartKey) -> str:
    topic, kind, unit = key
    title = KIND_TITLES.get(kind, kind.capitalize())
    return (
        f"{one_line(topic) + ': ' if topic else ''}{title}{' (households)' if unit == 'households' else ''}"
    )


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


def latest_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return '<p class="muted">No cumulative figures yet.</p>'
    head = (
        "<tr><th>topic</th><th>kind</th><th>location</th><th>headline</th><th>as of</th><th>sources</th>"
        "<th>outlets</th><th>conservative – highest</th><th>revised to</th><th>undated</th><th>first report</th></tr>"
    )
    body = []
    for r in rows:
        headline = figure_text(r["value"], r["qualifier"]) if r["value"] is not None else None
        spread = (
            f"{r['conservative_value']:,} – {r['highest_value']:,} ({r['range_as_of']}, "
            f"{r['range_sources']} source{'s' if r['range_sources'] != 1 else ''})"
            if r["conservative_value"] is not None
            else None
        )
        revised = f"{r['revised_to']:,} ({r['revised_on']})" if r["revised_to"] is not None else None
        first = (
            _link(r["first_url"], r["first_title"])
            + f"<br><span class='muted'>{_cell(r['first_outlet'])}</span>"
        )
        body.append(
            f"<tr><td>{_cell(r['topic'])}</td><td>{_cell(r['kind'])}</td><td>{_cell(r['location'])}</td>"
            f"<td class='num'><strong>{_cell(headline)}</strong></td><td class='date'>{_cell(r['as_of'])}</td>"
            f"<td class='num'>{_cell(r['sources'])}</td><td>{_cell(r['outlets'])}</td><td>{_cell(spread)}</td>"
            f"<td class='bad'>{_cell(revised)}</td><td class='num'>{_cell(r['undated_value'])}</td>"
            f"<td>{first if r['value'] is not None else _cell(None)}</td></tr>"
        )
    return f"<table>{head}{''.join(body)}</table>"


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
        '<p class="legend"><span>— headline (highest dated cumulative total)</span><span>● report</span>'
        '<span class="muted">● copy of an earlier article</span><span class="bad">○ revision (lower, later)</span>'
        "<span>▮ incident figures, summed per day</span></p>"
    )


def page(charts: list[Chart], latest: list[dict[str, Any]], health: Health, now: datetime) -> str:
    """The whole report page, from what the warehouse read."""
    topics = sorted({c.key[0] for c in charts if c.key[0]})
    title = f"newsmon: {', '.join(topics)}" if topics else "newsmon report"
    figures = "\n".join(
        f"<figure><figcaption>{escape(_chart_title(c.key))}</figcaption>{chart_svg(c)}{_series_legend(c)}</figure>"
        for c in charts
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{CSS}</style></head>
<body>
<h1>{escape(title)}</h1>
<p class="muted">Generated {now.astimezone(UTC):%Y-%m-%d %H:%M UTC}. Figures are as reported by the outlets;
undated figures never make a headline, and a later lower total is shown as a revision.</p>
<h2>Latest figures</h2>
{latest_table(latest)}
<h2>Trends</h2>
{_legend() if charts else ""}
{figures or '<p class="muted">No dated figures yet.</p>'}
<h2>Last run</h2>
{health_section(health)}
</body></html>
"""
