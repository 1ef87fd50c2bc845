"""Charts of trade series. Every function takes ``ax=None`` and returns the Axes; none calls
``plt.show()``. matplotlib is imported when a chart is drawn, not when tradestats is imported.

Every chart states its units, currency and source; colours are the Okabe–Ito palette, which
stays distinct for the common forms of colour blindness. Missing months are gaps, never
interpolated; a combined January–February release is drawn across both months at its monthly
average, never as a fake month.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .events import events as _events
from .measures import change, values_many
from .periods import Span, parse_span
from .versions import preferred_view

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "COLORS",
    "plot_annual",
    "plot_comparison",
    "plot_monthly",
    "plot_products",
    "plot_yoy",
]

#: Okabe–Ito colours by flow.
COLORS = {"export": "#0072B2", "import": "#E69F00", "total": "#009E73", "balance": "#CC79A7"}
_LABEL = {"export": "Exports", "import": "Imports", "total": "Total trade", "balance": "Balance"}
SOURCE_NOTE = "Source: China Customs (GACC) figures as published; compiled by tradestats."


def _axes(ax: Axes | None, size: tuple[float, float] = (8, 4.2)) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=size, layout="constrained")
    return new


def _view(table: pd.DataFrame) -> pd.DataFrame:
    if "preferred" in table.columns and not table["preferred"].fillna(False).all():
        return preferred_view(table)
    return table[table["value_usd"].notna()]


def _pair(table: pd.DataFrame, reporter: str, partner: str) -> pd.DataFrame:
    t = _view(table)
    return t[(t["reporter"] == reporter) & (t["partner"] == partner) & (t["commodity"] == "TOTAL")]


def _finish(ax: Axes, title: str, source: str, ylabel: str = "US$ million", pad: float = 6) -> None:
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold", pad=pad)
    ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.annotate(source, xy=(0, 0), xycoords="axes fraction", xytext=(0, -28),
                textcoords="offset points", fontsize=7, color="#555555", va="top")  # fmt: skip


def plot_monthly(
    table: pd.DataFrame,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    flows: tuple[str, ...] = ("export", "import"),
    start: str | None = None,
    end: str | None = None,
    events: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """Monthly values of each flow, with gaps where months are missing.

    Combined January–February releases are drawn as a horizontal segment across both months at
    the monthly average (value ÷ 2), so no month is invented.

    Parameters
    ----------
    table
        A canonical table.
    reporter, partner
        The pair.
    flows
        Flows to draw (``export``, ``import``, ``total``).
    start, end
        First and last month shown (``YYYY-MM``); default the span of the data.
    events
        Mark the UN Security Council resolutions and the 2020 border closure.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax, (9, 4.5))
    t = _pair(table, reporter, partner)
    months = t[t["start"] == t["end"]]
    first = pd.Period(start, "M") if start else months["start"].min()
    last = pd.Period(end, "M") if end else months["end"].max()
    grid = pd.period_range(first, last, freq="M")
    x = grid.to_timestamp()
    jan_feb = (
        (t["start"].dt.month == 1)
        & (t["end"].dt.month == 2)
        & (t["start"].dt.year == t["end"].dt.year)
    )
    drew_combined = False
    for flow in flows:
        series = months[months["flow"] == flow].set_index("start")["value_usd"].astype("float64")
        y = series.reindex(grid).to_numpy() / 1e6  # missing months stay NaN: a gap
        ax.plot(
            x, y, color=COLORS[flow], linewidth=1.6, marker="o", markersize=2.5, label=_LABEL[flow]
        )
        combined = t[jan_feb & (t["flow"] == flow) & (t["start"] >= first) & (t["end"] <= last)]
        for s, value in zip(combined["start"], combined["value_usd"]):
            ax.hlines(float(value) / 2e6, s.to_timestamp(), (s + 2).to_timestamp(), colors=COLORS[flow],
                      linewidth=3.2, alpha=0.55)  # fmt: skip
            drew_combined = True
    handles, labels = ax.get_legend_handles_labels()
    if drew_combined:
        from matplotlib.lines import Line2D

        handles.append(Line2D([], [], color="#777777", linewidth=3.2, alpha=0.55))
        labels.append("Jan–Feb combined release (monthly average)")
    ax.legend(handles, labels, frameon=False, fontsize=8, loc="lower left", bbox_to_anchor=(0, 1.0),
              ncol=len(labels), borderaxespad=0)  # fmt: skip
    ax.set_ylim(bottom=0)
    ax.set_xlim(x[0], x[-1] + pd.offsets.MonthEnd(1))
    if events:
        _mark_events(ax, x[0], x[-1])
    _finish(ax, f"{reporter}–{partner} trade by month, {first.strftime('%b %Y')}–{last.strftime('%b %Y')}",
            SOURCE_NOTE + " Gaps: months not published separately.", pad=24)  # fmt: skip
    return ax


def _mark_events(ax: Axes, left: pd.Timestamp, right: pd.Timestamp) -> None:
    ev = _events()
    ev = ev[(ev["date"] >= left) & (ev["date"] <= right)]
    top = ax.get_ylim()[1]
    for i, (date, label) in enumerate(zip(ev["date"], ev["label"])):
        ax.axvline(date, color="#888888", linestyle=":", linewidth=0.9)
        ax.text(date, top * (0.97 - 0.07 * (i % 3)), " " + label, fontsize=7, color="#444444",
                va="top", ha="left")  # fmt: skip


def _years(t: pd.DataFrame, start: int | None, end: int | None) -> list[int]:
    """The years with a row starting in January, within [start, end]."""
    years = sorted({int(s.year) for s in t["start"] if s.month == 1})
    return [y for y in years if (start is None or y >= start) and (end is None or y <= end)]


def plot_annual(
    table: pd.DataFrame,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    start: int | None = None,
    end: int | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Annual exports and imports as side-by-side bars starting at zero.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax)
    t = _pair(table, reporter, partner)
    years = _years(t, start, end)
    v = values_many(t, [Span.year(y) for y in years])
    pos = np.arange(len(years))
    for offset, flow in ((-0.2, "export"), (0.2, "import")):
        sel = v[v["flow"] == flow].set_index("period")["value_usd"]
        heights = [float(sel.get(str(Span.year(y)), np.nan)) / 1e6 for y in years]
        ax.bar(pos + offset, heights, width=0.4, color=COLORS[flow], label=_LABEL[flow])
    ax.set_xticks(pos, [str(y) for y in years], rotation=0 if len(years) < 12 else 45)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, fontsize=8)
    _finish(ax, f"{reporter}–{partner} trade by year", SOURCE_NOTE)
    return ax


def plot_yoy(
    table: pd.DataFrame,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    flow: str = "total",
    start: int | None = None,
    end: int | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Year-on-year change of annual values (bars above or below zero, labelled).

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax)
    t = table[(table["reporter"] == reporter) & (table["partner"] == partner)]
    years = _years(_pair(table, reporter, partner), start, end)
    pct = []
    for y in years:  # one change per year shown: a handful of calls
        c = change(t, Span.year(y), Span.year(y - 1)).set_index("flow")
        pct.append(
            float(c.loc[flow, "change_pct"])
            if flow in c.index and pd.notna(c.loc[flow, "change_pct"])
            else np.nan
        )
    pos = np.arange(len(years))
    colors = [COLORS["import"] if p < 0 else COLORS["export"] for p in np.nan_to_num(pct)]
    bars = ax.bar(pos, pct, color=colors)
    for bar, p in zip(bars, pct):
        if not np.isnan(p):
            ax.annotate(f"{p:+.1f}%", (bar.get_x() + bar.get_width() / 2, p), ha="center",
                        va="bottom" if p >= 0 else "top", fontsize=7, xytext=(0, 2 if p >= 0 else -2),
                        textcoords="offset points")  # fmt: skip
    ax.axhline(0, color="#333333", linewidth=0.8)
    ax.set_xticks(pos, [str(y) for y in years])
    _finish(ax, f"{_LABEL[flow]}, change on the previous year", SOURCE_NOTE, ylabel="percent")
    return ax


def plot_comparison(
    table: pd.DataFrame,
    period: str | Span,
    base: str | Span | None = None,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    ax: Axes | None = None,
) -> Axes:
    """Two periods side by side for exports, imports and total, with values and changes.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax, (7, 4.2))
    span = parse_span(period)
    b = span.year_earlier() if base is None else parse_span(base)
    t = table[(table["reporter"] == reporter) & (table["partner"] == partner)]
    c = change(t, span, b).set_index("flow")
    flows = ["export", "import", "total"]
    pos = np.arange(len(flows))
    old = [
        float(c.loc[f, "base_value_usd"]) / 1e6 if pd.notna(c.loc[f, "base_value_usd"]) else np.nan
        for f in flows
    ]
    new = [
        float(c.loc[f, "value_usd"]) / 1e6 if pd.notna(c.loc[f, "value_usd"]) else np.nan
        for f in flows
    ]
    ax.bar(pos - 0.2, old, width=0.4, color="#BBBBBB", label=b.label)
    bars = ax.bar(pos + 0.2, new, width=0.4, color=[COLORS[f] for f in flows], label=span.label)
    for i, f in enumerate(flows):
        if np.isnan(old[i]):
            ax.annotate("not\npublished", (pos[i] - 0.2, 0), ha="center", va="bottom", fontsize=7,
                        color="#555555", xytext=(0, 3), textcoords="offset points")  # fmt: skip
        else:
            ax.annotate(f"{old[i]:,.2f}", (pos[i] - 0.2, old[i]), ha="center", va="bottom", fontsize=7,
                        xytext=(0, 2), textcoords="offset points")  # fmt: skip
        pct = c.loc[f, "change_pct"]
        how = "" if c.loc[f, "change_basis"] == "computed" else " (as published)"
        label = f"{new[i]:,.2f}"
        if pd.notna(pct):
            label += f"\n{float(pct):+.1f}%{how}"
        ax.annotate(label, (bars[i].get_x() + bars[i].get_width() / 2, new[i]), ha="center", va="bottom",
                    fontsize=7, xytext=(0, 2), textcoords="offset points")  # fmt: skip
    ax.set_xticks(pos, [_LABEL[f] for f in flows])
    ax.set_xlim(-0.6, len(flows) - 0.4)
    ax.set_ylim(0, np.nanmax([*old, *new]) * 1.3)
    from matplotlib.patches import Patch

    ax.legend(
        [Patch(color="#BBBBBB"), Patch(color="#555555")],
        [b.label, span.label],
        frameon=False,
        fontsize=8,
    )
    _finish(ax, f"{reporter}–{partner} trade, {span.label} against {b.label}", SOURCE_NOTE)
    return ax


def plot_products(
    products: pd.DataFrame,
    period: str | Span,
    flow: str,
    *,
    top: int = 10,
    ax: Axes | None = None,
) -> Axes:
    """The largest products of one flow in one period, as horizontal bars.

    Parameters
    ----------
    products
        A product table (``china_dprk_products``) with a ``description`` column.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax, (8, 4.2))
    span = parse_span(period)
    t = _view(products)
    t = t[(t["flow"] == flow) & (t["start"] == span.start) & (t["end"] == span.end)]
    t = t.sort_values(["value_usd", "commodity"], ascending=[False, True]).head(top).iloc[::-1]

    def short(text: object) -> str:
        s = str(text).split(" (")[0]
        return s if len(s) <= 38 else s[:37] + "…"

    labels = [
        f"{short(d)} (HS {c})" if c != "UNSPECIFIED" else short(d)
        for d, c in zip(t["description"], t["commodity"])
    ]
    ax.barh(
        np.arange(len(t)), t["value_usd"].astype("float64") / 1e6, color=COLORS.get(flow, "#555555")
    )
    ax.set_yticks(np.arange(len(t)), labels, fontsize=8)
    ax.set_xlim(left=0)
    ax.set_xlabel("US$ million")
    _finish(ax, f"{_LABEL.get(flow, flow)} by product, {span.label}",
            "Source: GACC figures as published. HS codes assigned from the description;\n"
            "categories as published may overlap.", ylabel="")  # fmt: skip
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    return ax


def figure_style() -> dict[str, Any]:
    """rcParams that make chart files reproducible and legible at report size."""
    return {
        "svg.hashsalt": "tradestats",
        "svg.fonttype": "none",
        "font.family": "DejaVu Sans",
        "font.size": 9,
        "figure.dpi": 100,
        "path.simplify": False,
    }
