"""Small multiples for the HTML report: one inline SVG per series (place x kind), each with its own y-axis.

Each dated cumulative report is a point whose tooltip names the outlet and quotes the sentence; the
headline is a step line (a series with one report stays a point); incident figures are daily bars.
Date ticks fall on round dates (the 1st of a month, or days 1, 5, 10, ...), labelled by month or day.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from html import escape

from extractors.notify.mail import figure_text, one_line
from extractors.records import Chart

WIDTH, HEIGHT = 380, 210
LEFT, RIGHT, TOP, BOTTOM = 58, 14, 22, 30
LINE, REVISION = "#1f5fa8", "#b00020"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def value_ticks(largest: float) -> list[int]:
    """0 and up to five round ticks (steps of 1, 2 or 5 times a power of ten) covering `largest`."""
    raw = max(largest, 1) / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(1, int(next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)))
    return [step * i for i in range(math.ceil(largest / step) + 1 if largest > 0 else 2)]


def _month_starts(first: date, last: date) -> list[date]:
    out, d = [], date(first.year, first.month, 1)
    while d <= last:
        if d >= first:
            out.append(d)
        d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


def date_ticks(first: date, last: date, most: int = 5) -> list[tuple[date, str]]:
    """Round dates between `first` and `last` with their labels: month starts ("May 2024") over long
    spans, else days 1, 5, 10, 15, 20, 25 of a month, thinned to at most `most` ("3 May")."""
    span = (last - first).days
    months = _month_starts(first, last)
    if span > 70 and len(months) >= 2:
        step = math.ceil(len(months) / most)
        return [(d, f"{_MONTHS[d.month - 1]} {d.year}") for d in months[::step]]
    days = [first + timedelta(days=i) for i in range(span + 1)]
    for every in (None, (1, 5, 10, 15, 20, 25), (1, 10, 20), (1, 15), (1,)):
        ticks = days if every is None else [d for d in days if d.day in every]
        if 0 < len(ticks) <= most:
            break
    else:
        ticks = [first]
    return [(d, f"{d.day} {_MONTHS[d.month - 1]}") for d in ticks]


def _domain(chart: Chart) -> tuple[date, date]:
    days = [p.day for p in chart.points] + [d for d, _ in chart.incidents]
    first, last = min(days), max(days)
    if (last - first).days < 2:
        return first - timedelta(days=1), last + timedelta(days=1)
    return first, last


def unit_label(chart: Chart) -> str:
    return "households" if chart.unit == "households" else "people"


def chart_title(chart: Chart) -> str:
    place = "place not named" if chart.place == "(unspecified)" else chart.place
    return f"{chart.kind.capitalize()} — {one_line(place)}"


def chart_svg(chart: Chart) -> str:
    """The series' SVG: its own y-axis (with its unit), round date ticks, reports, headline, incidents."""
    first, last = _domain(chart)
    ticks = value_ticks(max([p.value for p in chart.points] + [v for _, v in chart.incidents] + [1]))
    top, span = ticks[-1], (last - first).days
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return round(LEFT + plot_w * (day - first).days / span, 1)

    def y(value: float) -> float:
        return round(TOP + plot_h * (1 - value / top), 1)

    out = [
        f'<svg class="chart" data-kind="{escape(chart.kind)}" data-place="{escape(chart.place)}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-label="{escape(chart_title(chart))}">',
        f'<text class="unit" x="4" y="12">{escape(unit_label(chart))}</text>',
    ]
    for value in ticks:
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value)}" y2="{y(value)}"/>')
        out.append(
            f'<text class="value" x="{LEFT - 5}" y="{y(value) + 4}" text-anchor="end">{value:,}</text>'
        )
    for tick, label in date_ticks(first, last):
        out.append(f'<line class="tick" x1="{x(tick)}" x2="{x(tick)}" y1="{y(0)}" y2="{y(0) + 4}"/>')
        anchor = "end" if x(tick) > WIDTH - RIGHT - 20 else "middle"
        out.append(
            f'<text class="date" x="{x(tick)}" y="{HEIGHT - BOTTOM + 16}" text-anchor="{anchor}">{label}</text>'
        )
    out.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(0)}" y2="{y(0)}"/>')
    out.append(f'<line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{y(0)}"/>')
    bar_w = max(2.0, min(14.0, plot_w / (span + 1) * 0.6))
    for day, total in chart.incidents:
        out.append(
            f'<rect class="bar" x="{x(day) - bar_w / 2:.1f}" y="{y(total)}" width="{bar_w:.1f}" '
            f'height="{y(0) - y(total):.1f}"><title>{day}: {total:,} in incidents</title></rect>'
        )
    if len(chart.points) > 1 and chart.steps:
        d = f"M {x(chart.steps[0][0])} {y(chart.steps[0][1])}"
        for day, value, _ in chart.steps[1:]:
            d += f" H {x(day)} V {y(value)}"
        d += f" H {x(max(p.day for p in chart.points))}"
        out.append(f'<path class="step" stroke="{LINE}" d="{d}"><title>headline</title></path>')
    out += [_point(p, x(p.day), y(p.value)) for p in chart.points]
    out.append("</svg>")
    return "\n".join(out)


def _point(p, cx: float, cy: float) -> str:
    css = "point revision" if p.is_revision else ("point copy" if p.is_duplicate else "point")
    tip = f"{p.day}: {figure_text(p.value, p.qualifier)}, {one_line(p.outlet) or 'unknown outlet'}"
    tip += (
        " (revision: lower than the headline, later)"
        if p.is_revision
        else (" (copy)" if p.is_duplicate else "")
    )
    if p.sentence:
        tip += f"\n“{one_line(p.sentence)[:300]}”"
    fill = REVISION if p.is_revision else LINE
    return (
        f'<circle class="{css}" cx="{cx}" cy="{cy}" r="4" fill="{fill}" data-outlet="{escape(p.outlet or "")}">'
        f"<title>{escape(tip)}</title></circle>"
    )
