"""Insight charts as SVG, drawn on the server with pygal in Setdown's palette.

They are served as images (no script in them); each has a text alternative
and a table beside it on the page.
"""

from __future__ import annotations

import re

import pygal
from pygal.style import Style

from setdown.insights.selectors import Insights
from setdown.program import content

FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
THEMES = {
    "light": {
        "ink": "#1f1b18",
        "muted": "#564d46",
        "grid": "#ddd3c8",
        "colors": ("#2b6358", "#8a4b2a", "#6b5a9e", "#3f6f95"),
    },
    "dark": {
        "ink": "#f3ede6",
        "muted": "#c9beb3",
        "grid": "#423b36",
        "colors": ("#94cfc1", "#f1b48f", "#c4b5f0", "#9cc2ff"),
    },
}


def _style(theme: str) -> Style:
    t = THEMES.get(theme, THEMES["light"])
    return Style(
        background="transparent",
        plot_background="transparent",
        foreground=t["ink"],
        foreground_strong=t["ink"],
        foreground_subtle=t["grid"],
        opacity="1",
        opacity_hover="1",
        colors=t["colors"],
        font_family=FONT,
        label_font_family=FONT,
        major_label_font_family=FONT,
        value_font_family=FONT,
        legend_font_family=FONT,
        title_font_family=FONT,
        label_font_size=17,
        major_label_font_size=17,
        legend_font_size=19,
        value_font_size=16,
        title_font_size=20,
        stroke_width=3,
    )


def _config(theme: str) -> dict:
    return {
        "style": _style(theme),
        "js": [],
        "disable_xml_declaration": True,
        "width": 560,
        "height": 380,
        "legend_at_bottom": True,
        "legend_at_bottom_columns": 2,
        "truncate_label": -1,
        "truncate_legend": -1,
        "margin": 12,
        "print_values": False,
    }


SCRIPT_RE = re.compile(r"<script\b.*?</script>", re.DOTALL)


def _render(chart) -> str:
    """The SVG without pygal's configuration script: these charts are pictures only."""
    return SCRIPT_RE.sub("", chart.render(is_unicode=True))


def _date_label(range_key: str, when) -> str:
    return when.strftime("%-d %b") if range_key in ("4w", "3m", "1y") else when.strftime("%b %Y")


def heaviness_svg(data: Insights, theme: str) -> str:
    chart = pygal.Line(
        **_config(theme),
        range=(0, 10),
        y_labels=[0, 2, 4, 6, 8, 10],
        x_title="Check-in date",
        y_title="How heavy (0 to 10)",
        dots_size=4,
        allow_interruptions=True,
        show_minor_x_labels=False,
    )
    labels = [_date_label(data.range_key, b[0]) for b in data.heaviness]
    chart.x_labels = labels
    chart.x_labels_major_every = max(1, len(labels) // 6)
    chart.add("Before naming it", [round(b[1], 1) for b in data.heaviness])
    chart.add("Afterwards", [round(b[2], 1) if b[2] is not None else None for b in data.heaviness])
    return _render(chart)


def drivers_svg(data: Insights, theme: str) -> str:
    most = max([*data.drivers_recent.values(), *data.drivers_earlier.values(), 1])
    step = max(1, round(most / 4))
    chart = pygal.HorizontalBar(
        **_config(theme), x_title="Check-ins", y_labels=list(range(0, most + step, step))
    )
    steps = content.steps()
    chart.x_labels = [s.title for s in steps]
    chart.add("Last 30 days", [data.drivers_recent.get(s.key, 0) for s in steps])
    chart.add("Before that", [data.drivers_earlier.get(s.key, 0) for s in steps])
    return _render(chart)


def practices_svg(data: Insights, theme: str) -> str:
    most = max([data.moments.get("done", 0), data.repairs, *data.boundaries.values(), 1])
    step = max(1, round(most / 5))
    chart = pygal.Bar(
        **_config(theme), y_title="How many times", y_labels=list(range(0, most + step, step))
    )
    chart.x_labels = ["Moments shared", "Repairs made", "Boundaries held"]
    chart.add("Yes", [data.moments.get("done", 0), data.repairs, data.boundaries.get("yes", 0)])
    chart.add(
        "Partly or let go", [data.moments.get("let_go", 0), 0, data.boundaries.get("partly", 0)]
    )
    return _render(chart)


CHARTS = {"heaviness": heaviness_svg, "drivers": drivers_svg, "practices": practices_svg}
