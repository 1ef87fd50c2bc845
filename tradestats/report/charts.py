"""Charts of trade series. Every ``plot_*`` function takes ``ax=None`` and returns the Axes;
none calls ``plt.show()``. matplotlib is imported when a chart is drawn, not when tradestats is
imported.

Each chart comes in two steps: ``*_data`` returns the numbers the chart draws (one row per
value, with its sources; the report writes it beside the chart as CSV), and ``plot_*`` draws
them. Every chart has a headline layer: a title stating the finding (written by
:mod:`tradestats.report.sentences`, so the report checks it), a subtitle with unit, currency,
period and series, and a credit line built from the sources of the rows drawn, with the latest
publication date among them.

Colours are the Okabe–Ito palette, distinct for the common forms of colour blindness. Missing
months are gaps, never interpolated; a combined January–February release is drawn as one
two-month span at its monthly average and nothing else; a value derived from others is drawn
hollow and says so.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..measures import change, values_many
from ..periods import Span, parse_span
from ..versions import preferred_view
from . import sentences
from .events import events as _events

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "COLORS",
    "annual_data",
    "comparison_data",
    "credit_line",
    "figure_style",
    "monthly_data",
    "plot_annual",
    "plot_comparison",
    "plot_monthly",
    "plot_products",
    "plot_yoy",
    "products_data",
    "yoy_data",
]

#: Okabe–Ito colours by flow, and for rises and falls (never a flow's colour).
COLORS = {"export": "#0072B2", "import": "#E69F00", "total": "#009E73", "balance": "#CC79A7"}
RISE, FALL, BASE = "#56B4E9", "#D55E00", "#999999"
_LABEL = {"export": "Exports", "import": "Imports", "total": "Total trade", "balance": "Balance"}
_UNIT = "US$ million, current dollars"
#: Text sizes (points) that stay legible when an 8–9 inch chart is shown on a 390 px phone.
_TITLE, _TEXT, _SMALL = 13, 10.5, 9.5

_COMPILERS = {
    "GACC": "China Customs (GACC) as reported in the press",
    "UN Comtrade": "UN Comtrade (China as reporter)",
    "KITA": "KITA, compiled from GACC",
    "KOTRA (compiled": "KOTRA, compiled from GACC",
    "KOTRA annual": "KOTRA annual report (adds estimated crude oil)",
    "CEIC": "CEIC, from GACC",
    "ITC": "ITC Trade Map",
}


def _axes(ax: Axes | None, size: tuple[float, float] = (8, 4.6)) -> Axes:
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


def _ids(value: object) -> list[str]:
    if isinstance(value, str):
        return [v for v in value.split(";") if v]
    if isinstance(value, (list, tuple, np.ndarray)):
        return [str(v) for v in value if isinstance(v, str) and v]
    return []


def credit_line(table: pd.DataFrame, source_ids: object) -> str:
    """``Source: …; data as of …`` for the rows drawn, from their compilers and publication dates.

    Parameters
    ----------
    table
        The table the rows come from (its ``source_id``, ``compiler`` and ``published`` columns).
    source_ids
        The source ids of the rows drawn (any iterable of ids, or ``;``-joined strings).

    Returns
    -------
    str
    """
    ids: set[str] = set()
    for item in source_ids if not isinstance(source_ids, str) else [source_ids]:
        ids.update(_ids(item) if not isinstance(item, str) else item.split(";"))
    ids.discard("")
    cols = {"source_id", "compiler", "published"}
    if not ids or not cols <= set(table.columns):
        return "Source: the data given; compiled by tradestats."
    rows = table[table["source_id"].isin(ids)].drop_duplicates("source_id")
    names: list[str] = []
    for compiler in sorted(rows["compiler"].dropna().astype(str).unique()):
        key = next((k for k in _COMPILERS if compiler.startswith(k)), None)
        name = _COMPILERS[key] if key else compiler
        if name not in names:
            names.append(name)
    dates = rows["published"].dropna().astype(str)
    latest = max(dates) if len(dates) else None
    tail = f"; data as of {latest}" if latest else ""
    return f"Source: {'; '.join(names) or 'the data given'}{tail}. Chart: tradestats."


def _months_label(first: pd.Period, last: pd.Period) -> str:
    return f"{first.strftime('%b %Y')}–{last.strftime('%b %Y')}"


def millions(value: float) -> str:
    """Dollars in millions to the precision the stored digits have (``2,180.39``; ``1,830``)."""
    v = int(value)
    whole, rest = divmod(abs(v), 1_000_000)
    digits = str(rest).zfill(6).rstrip("0")[:3]
    return ("-" if v < 0 else "") + f"{whole:,}" + (f".{digits}" if digits else "")


def _headline(
    ax: Axes,
    title: str,
    subtitle: str,
    credit: str,
    *,
    top: float = 0,
    note: str = "",
    indent: float = 0.9,
) -> None:
    """Title (the finding), subtitle (unit, currency, period, series) and credit line.

    ``top`` is the height in points of labels drawn above the plot (event labels), which the
    title and subtitle clear.
    """
    width_in = ax.figure.get_size_inches()[0]
    # Characters per line: the text starts at the axes' left edge, about 0.8 inch in.
    chars = max(30, int((width_in - indent) * 72 / (_TITLE * 0.64)))
    sub_chars = max(40, int((width_in - indent) * 72 / (_SMALL * 0.56)))
    subtitle_text = "\n".join(textwrap.wrap(subtitle, sub_chars))
    n_sub = subtitle_text.count("\n") + 1
    ax.annotate(subtitle_text, xy=(0, 1), xycoords="axes fraction", xytext=(0, top + 6),
                textcoords="offset points", fontsize=_SMALL, color="#444444", va="bottom",
                ha="left", annotation_clip=False)  # fmt: skip
    ax.set_title("\n".join(textwrap.wrap(title, chars)), loc="left", fontsize=_TITLE,
                 fontweight="bold", pad=top + 10 + n_sub * _SMALL * 1.25)  # fmt: skip
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_axisbelow(True)
    foot_chars = max(50, int((width_in - 0.2) * 72 / ((_SMALL - 1) * 0.56)))
    foot = "\n".join(textwrap.wrap(credit, foot_chars))
    if note:
        foot = "\n".join(textwrap.wrap(note, foot_chars)) + "\n" + foot
    # The credit sits in the figure's bottom-left corner, below the axes and their labels.
    ax.figure.text(0.01, 0.005, foot, fontsize=_SMALL - 1, color="#555555", va="bottom",
                   ha="left")  # fmt: skip
    layout = ax.figure.get_layout_engine()
    if layout is not None and hasattr(layout, "set"):
        lines = foot.count("\n") + 1
        height = ax.figure.get_size_inches()[1]
        bottom = (lines * (_SMALL - 1) * 1.3 + 8) / 72 / height
        layout.set(rect=(0, bottom, 1, 1 - bottom))


# ----------------------------------------------------------------------------- monthly


def monthly_data(
    table: pd.DataFrame,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    flows: tuple[str, ...] = ("export", "import"),
    start: str | None = None,
    end: str | None = None,
) -> pd.DataFrame:
    """The values a monthly chart draws, one version per period.

    A flow's month comes from its own row when published; otherwise, when the month's total and
    the other flow are published, it is derived (total − other flow) and marked so. A combined
    January–February release replaces both single months of that flow and year. Months where
    neither flow can be had but the total is published are kept as ``total`` rows.

    Returns
    -------
    pandas.DataFrame
        ``start``, ``end`` (``YYYY-MM``), ``flow``, ``value_usd``, ``how`` (``published``,
        ``derived: total − imports`` …, ``total only``), ``months`` (1 or 2), ``sources``
        (``;``-joined ids).
    """
    t = _pair(table, reporter, partner)
    lo = pd.Period(start, "M") if start else None
    hi = pd.Period(end, "M") if end else None
    if lo is not None:
        t = t[t["start"] >= lo]
    if hi is not None:
        t = t[t["end"] <= hi]
    n = (t["end"] - t["start"]).map(lambda d: d.n)
    single = t[n == 0]
    janfeb = t[(n == 1) & (t["start"].dt.month == 1)]

    def cells(rows: pd.DataFrame) -> dict[tuple[pd.Period, str], tuple[float, str]]:
        return {
            (s, f): (int(v), str(src) if isinstance(src, str) else "")
            for s, f, v, src in zip(
                rows["start"], rows["flow"], rows["value_usd"], rows["source_id"]
            )
        }

    out: list[dict[str, Any]] = []
    for rows, months in ((single, 1), (janfeb, 2)):
        have = cells(rows)
        keys = sorted({s for s, _ in have})
        for s in keys:
            got: dict[str, bool] = {}
            for flow in flows:
                other = {"export": "import", "import": "export"}.get(flow)
                if (s, flow) in have:
                    value, src = have[(s, flow)]
                    how = "published"
                elif other and (s, "total") in have and (s, other) in have:
                    value = have[(s, "total")][0] - have[(s, other)][0]
                    src = ";".join(x for x in (have[(s, "total")][1], have[(s, other)][1]) if x)
                    how = f"derived: total − {_LABEL[other].lower()}"
                else:
                    continue
                got[flow] = True
                out.append({"start": s, "end": s + months - 1, "flow": flow, "value_usd": value,
                            "how": how, "months": months, "sources": src})  # fmt: skip
            if not got and (s, "total") in have:
                value, src = have[(s, "total")]
                out.append({"start": s, "end": s + months - 1, "flow": "total", "value_usd": value,
                            "how": "total only", "months": months, "sources": src})  # fmt: skip
    out += _derived_months(t, out, flows)
    frame = pd.DataFrame(
        out, columns=["start", "end", "flow", "value_usd", "how", "months", "sources"]
    )
    if frame.empty:
        return frame
    # One version per period: a combined Jan–Feb release wins over single January/February rows.
    combined = frame[frame["months"] == 2]
    covered = {(s.year, f) for s, f in zip(combined["start"], combined["flow"])}
    in_janfeb = np.array(
        [
            s.month in (1, 2) and (s.year, f) in covered
            for s, f in zip(frame["start"], frame["flow"])
        ],
        dtype=bool,
    )
    frame = frame[~((frame["months"] == 1).to_numpy() & in_janfeb)]
    return frame.sort_values(["start", "flow"], kind="stable").reset_index(drop=True)


def _derived_months(
    t: pd.DataFrame, have: list[dict[str, Any]], flows: tuple[str, ...]
) -> list[dict[str, Any]]:
    """Months of a flow still missing that :func:`tradestats.tiling.spans_values` derives from
    other published spans (a cumulative period less the months before it, …), marked with
    their formula. Where the tiling engine derives nothing, nothing is added."""
    import warnings

    from ..tiling import spans_values

    if t.empty:
        return []
    months = pd.period_range(t["start"].min(), t["end"].max(), freq="M")
    known = {(r["start"], r["flow"]) for r in have if r["months"] == 1}
    known |= {(r["start"] + i, r["flow"]) for r in have if r["months"] == 2 for i in (0, 1)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        v = spans_values(t, [str(m) for m in months]).reset_index()
    v = v[v["flow"].isin(flows) & v["value_usd"].notna()]
    v = v[v["derivation"].astype(str).str.startswith("derived")]
    extra = []
    for period, flow, value, how, src in zip(v["period"], v["flow"], v["value_usd"], v["derivation"],
                                             v["sources"]):  # fmt: skip
        month = pd.Period(str(period)[:7], "M")
        if (month, flow) in known:
            continue
        extra.append({"start": month, "end": month, "flow": flow, "value_usd": int(value),
                      "how": str(how), "months": 1, "sources": ";".join(_ids(src))})  # fmt: skip
    return extra


def _reference(table: pd.DataFrame, reporter: str, partner: str, year: int) -> dict[str, float]:
    """Monthly average of each flow in ``year`` (annual value ÷ 12), where the data hold it."""
    t = _pair(table, reporter, partner)
    v = values_many(t, [Span.year(year)])
    return {
        f: float(x) / 12
        for f, x in zip(v["flow"], v["value_usd"])
        if f in ("export", "import") and pd.notna(x)
    }


def plot_monthly(
    table: pd.DataFrame,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    flows: tuple[str, ...] = ("export", "import"),
    start: str | None = None,
    end: str | None = None,
    events: bool = True,
    reference: int | None = 2019,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Monthly values of each flow, with gaps where months are missing.

    A combined January–February release is one horizontal segment across both months at the
    monthly average (value ÷ 2) and nothing else; derived months are hollow; months known only
    as a total are green crosses. Events are marked at their dates with labels above the plot
    (never on the data, never on each other); a dashed line marks the ``reference`` year's
    monthly average. The axis and the subtitle span the months actually drawn.

    Parameters
    ----------
    table
        A canonical table.
    reporter, partner
        The pair.
    flows
        Flows to draw (``export``, ``import``).
    start, end
        Bounds (``YYYY-MM``); the chart spans the months drawn within them.
    events
        Mark the dated events concerning the pair (:mod:`tradestats.report.events`).
    reference
        Year whose monthly average is drawn as a dashed line (None: no line).
    title
        The headline; by default written by :func:`sentences.headline_years`.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    from matplotlib.legend_handler import HandlerTuple
    from matplotlib.lines import Line2D

    ax = _axes(ax, (9, 5.2))
    data = monthly_data(
        table, reporter=reporter, partner=partner, flows=flows, start=start, end=end
    )
    if data.empty:
        first = pd.Period(start or "2000-01", "M")
        last = pd.Period(end or start or "2000-01", "M")
    else:
        first, last = data["start"].min(), data["end"].max()
    grid = pd.period_range(first, last, freq="M")
    mid = grid.to_timestamp() + pd.Timedelta(days=14)
    handles: list[Any] = []
    labels: list[str] = []
    derived_h, combined_h = [], []
    ends: list[tuple[float, str]] = []
    for flow in flows:
        d = data[(data["flow"] == flow) & (data["months"] == 1)].set_index("start")
        y = d["value_usd"].reindex(grid).to_numpy(dtype="float64") / 1e6
        ax.plot(mid, y, color=COLORS[flow], linewidth=1.8, marker="o", markersize=3,
                label=_LABEL[flow])  # fmt: skip
        der = d["how"].reindex(grid).fillna("").str.startswith("derived").to_numpy()
        if der.any():
            ax.plot(mid[der], y[der], linestyle="none", marker="o", markersize=6,
                    markerfacecolor="white", markeredgecolor=COLORS[flow], markeredgewidth=1.4)  # fmt: skip
            derived_h.append(Line2D([], [], linestyle="none", marker="o", markersize=6,
                                    markerfacecolor="white", markeredgecolor=COLORS[flow]))  # fmt: skip
        jf = data[(data["flow"] == flow) & (data["months"] == 2)]
        for s, v, how in zip(jf["start"], jf["value_usd"], jf["how"]):
            style = "--" if how.startswith("derived") else "-"
            ax.hlines(float(v) / 2e6, s.to_timestamp(), (s + 2).to_timestamp(), colors=COLORS[flow],
                      linewidth=4, alpha=0.6, linestyles=style)  # fmt: skip
        if len(jf):
            combined_h.append(Line2D([], [], color=COLORS[flow], linewidth=4, alpha=0.6))
        known = ~np.isnan(y)
        if known.any():  # direct label beside the right edge, at the line's last value
            ends.append((float(y[int(np.flatnonzero(known)[-1])]), flow))
    tot = data[data["flow"] == "total"]
    if len(tot):
        x_tot = [
            (s.to_timestamp() + pd.Timedelta(days=14 if m == 1 else 30))
            for s, m in zip(tot["start"], tot["months"])
        ]
        ax.plot(x_tot, tot["value_usd"].to_numpy(dtype="float64") / (1e6 * tot["months"].to_numpy()),
                linestyle="none", marker="x", markersize=6, color=COLORS["total"])  # fmt: skip
        handles.append(
            Line2D([], [], linestyle="none", marker="x", markersize=6, color=COLORS["total"])
        )
        labels.append("total trade only (flows not published)")
    if combined_h:
        handles.insert(0, tuple(combined_h))
        labels.insert(0, "Jan–Feb combined release, drawn at its monthly average")
    if derived_h:
        handles.insert(0, tuple(derived_h))
        labels.insert(0, "derived from other published figures (see the CSV)")
    top_value = float(np.nanmax(data["value_usd"] / (1e6 * data["months"]))) if len(data) else 1.0
    ref = _reference(table, reporter, partner, reference) if reference is not None else {}
    ref = {f: v for f, v in ref.items() if f in flows}
    if ref and reference is not None and first.year <= reference + 1 and last.year > reference:
        for flow, v in ref.items():
            ax.axhline(v / 1e6, color=COLORS[flow], linestyle=(0, (4, 3)), linewidth=0.9, alpha=0.8)
        handles.append(Line2D([], [], color="#555555", linestyle=(0, (4, 3)), linewidth=0.9))
        labels.append(f"{reference} monthly average (annual ÷ 12)")
        top_value = max(top_value, max(ref.values()) / 1e6)
    ax.set_ylim(0, top_value * 1.08)
    gap, last_y = top_value * 1.08 * 0.06, None
    for value, flow in sorted(ends):  # bottom up, nudged apart so labels never overlap
        y_label = value if last_y is None else max(value, last_y + gap)
        last_y = y_label
        ax.annotate(_LABEL[flow], xy=(1, y_label), xycoords=("axes fraction", "data"), xytext=(4, 0),
                    textcoords="offset points", fontsize=_TEXT, color=COLORS[flow], fontweight="bold",
                    va="center", ha="left", annotation_clip=False)  # fmt: skip
    ax.set_xlim(grid[0].to_timestamp(), (grid[-1] + 1).to_timestamp())
    ax.set_ylabel(_UNIT, fontsize=_SMALL)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.tick_params(labelsize=_SMALL)
    import matplotlib.dates as mdates

    per_year = (ax.figure.get_size_inches()[0] - 1.6) / max(len(grid) / 12, 1)  # inches per year
    ax.xaxis.set_major_locator(mdates.YearLocator(1 if per_year > 0.45 else 2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    if handles:
        ax.legend(handles, labels, handler_map={tuple: HandlerTuple(ndivide=None)}, frameon=False,
                  fontsize=_SMALL - 0.5, loc="upper left",
                  bbox_to_anchor=(0, -26 / (ax.figure.get_size_inches()[1] * 72 * 0.5)),
                  ncol=2 if ax.figure.get_size_inches()[0] > 6 else 1, borderaxespad=0)  # fmt: skip
    rows = (
        _mark_events(ax, grid[0].to_timestamp(), (grid[-1] + 1).to_timestamp(), reporter, partner)
        if events
        else 0
    )
    if title is None:
        title = sentences.headline_years(table, reporter, partner, "export", first.year, last.year)
    shown = " and ".join(_LABEL[f].lower() for f in flows)
    subtitle = (f"{_UNIT}, by month, {_months_label(first, last)}; {sentences.country_name(reporter)}'s "
                f"{shown} as its customs published them (one version per month); gaps: not published.")  # fmt: skip
    ids = data["sources"].tolist()
    _headline(ax, title, subtitle, credit_line(table, ids), top=rows * 13)
    return ax


def _mark_events(
    ax: Axes, left: pd.Timestamp, right: pd.Timestamp, reporter: str, partner: str
) -> int:
    """Dotted lines at the events' dates; labels in rows above the plot, never overlapping.

    Returns the number of label rows used.
    """
    ev = _events(reporter, partner)
    ev = ev[(ev["date"] >= left) & (ev["date"] <= right)].sort_values("date")
    if ev.empty:
        return 0
    span = (right - left).days
    width_pt = (ax.figure.get_size_inches()[0] - 1.6) * 72  # the plot's width, about
    ends: list[float] = []  # per row, the right end (in days from left) of its last label
    for date, label in zip(ev["date"], ev["label"]):
        x0 = (date - left).days
        w = (len(label) + 2) * (_SMALL - 1) * 0.6 / width_pt * span
        row = next((i for i, e in enumerate(ends) if x0 > e), len(ends))
        if row == len(ends):
            ends.append(x0 + w)
        else:
            ends[row] = x0 + w
        ax.axvline(date, color="#777777", linestyle=":", linewidth=1)
        ax.annotate(label, xy=(date, 1), xycoords=("data", "axes fraction"),
                    xytext=(-2, 3 + 13 * row), textcoords="offset points", fontsize=_SMALL - 1,
                    color="#333333", ha="left", va="bottom", annotation_clip=False,
                    arrowprops=None)  # fmt: skip
    return len(ends)


# ----------------------------------------------------------------------------- annual


def _years(t: pd.DataFrame, start: int | None, end: int | None) -> list[int]:
    """The years with a calendar-year row, within [start, end]."""
    n = (t["end"] - t["start"]).map(lambda d: d.n)
    years = sorted({int(s.year) for s, k in zip(t["start"], n) if s.month == 1 and k == 11})
    return [y for y in years if (start is None or y >= start) and (end is None or y <= end)]


def annual_data(
    table: pd.DataFrame,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    start: int | None = None,
    end: int | None = None,
) -> pd.DataFrame:
    """Annual exports, imports and total (``year``, ``flow``, ``value_usd``, ``how``, ``sources``)."""
    t = _pair(table, reporter, partner)
    years = _years(t, start, end)
    v = values_many(t, [Span.year(y) for y in years])
    v = v[v["flow"].isin(["export", "import", "total"]) & v["value_usd"].notna()]
    out = pd.DataFrame(
        {
            "year": [int(str(p)[:4]) for p in v["period"]],
            "flow": v["flow"].to_numpy(),
            "value_usd": v["value_usd"].astype("int64").to_numpy(),
            "how": ["published" if d == "reported" else f"derived: {d}" for d in v["derivation"]],
            "sources": [";".join(_ids(s)) for s in v["sources"]],
        }
    ).reset_index(drop=True)
    # A derived total comes from the two flows: it carries their sources.
    flows = (
        out[out["flow"] != "total"]
        .groupby("year")["sources"]
        .agg(lambda s: ";".join(dict.fromkeys(x for v in s for x in v.split(";") if x)))
    )
    blank = (out["sources"] == "") & out["how"].str.startswith("derived")
    out.loc[blank, "sources"] = out.loc[blank, "year"].map(flows).fillna("")
    return out


def _series_breaks(table: pd.DataFrame, reporter: str, partner: str, years: list[int]) -> list[int]:
    """Years after the first drawn whose annual figures start another definition of the series
    (the ``series_break`` column: e.g. UN Comtrade's annuals giving way to customs releases)."""
    if "series_break" not in table.columns or not years:
        return []
    t = _pair(table, reporter, partner)
    annual = (
        (t["start"].dt.month == 1)
        & (t["end"].dt.month == 12)
        & (t["start"].dt.year == t["end"].dt.year)
    )
    flagged = t[annual & t["series_break"].fillna(False).astype(bool)]["start"].dt.year
    return sorted(y for y in set(flagged.tolist()) if y in years and y != years[0])


def plot_annual(
    table: pd.DataFrame,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    start: int | None = None,
    end: int | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Annual exports and imports as side-by-side bars starting at zero, labelled directly.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax, (8, 4.8))
    data = annual_data(table, reporter=reporter, partner=partner, start=start, end=end)
    years = sorted(data["year"].unique())
    pos = np.arange(len(years))
    for offset, flow in ((-0.2, "export"), (0.2, "import")):
        sel = data[data["flow"] == flow].set_index("year")["value_usd"]
        heights = [float(sel.get(y, np.nan)) / 1e6 for y in years]
        ax.bar(pos + offset, heights, width=0.4, color=COLORS[flow], label=_LABEL[flow])
        known = [i for i, h in enumerate(heights) if not np.isnan(h)]
        if known:  # direct label above the first bar of each flow
            i = known[0]
            ax.annotate(_LABEL[flow], (pos[i] + offset, heights[i]), xytext=(0, 3),
                        textcoords="offset points", ha="center", va="bottom", fontsize=_SMALL,
                        color=COLORS[flow], fontweight="bold", rotation=90 if len(years) > 6 else 0)  # fmt: skip
    ax.set_xticks(pos, [str(y) for y in years], rotation=0 if len(years) < 12 else 45)
    ax.tick_params(labelsize=_SMALL)
    drawn = data[data["flow"].isin(["export", "import"])]["value_usd"]
    ax.set_ylim(0, float(drawn.max()) / 1e6 * 1.2 if len(drawn) else 1)
    for year in _series_breaks(table, reporter, partner, years):
        i = years.index(year)
        ax.axvline(i - 0.5, color="#555555", linestyle=":", linewidth=0.9)
        ax.annotate("series break", (i - 0.5, 1), xycoords=("data", "axes fraction"),
                    xytext=(3, -3), textcoords="offset points", ha="left", va="top",
                    fontsize=_SMALL, color="#555555")  # fmt: skip
    ax.set_ylabel(_UNIT, fontsize=_SMALL)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    if title is None and years:
        title = sentences.headline_years(table, reporter, partner, "total", years[0], years[-1])
    period = f"{years[0]}–{years[-1]}" if years else "no years"
    subtitle = (f"{_UNIT}, calendar years {period}; {sentences.country_name(reporter)}'s exports to and "
                f"imports from {sentences.country_name(partner)}.")  # fmt: skip
    _headline(ax, title or "", subtitle, credit_line(table, data["sources"].tolist()))
    return ax


def yoy_data(
    table: pd.DataFrame,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    flow: str = "total",
    start: int | None = None,
    end: int | None = None,
) -> pd.DataFrame:
    """Year-on-year change of one flow: ``year``, ``value_usd``, ``base_value_usd``,
    ``change_pct``, ``how`` (computed or as published), ``sources``."""
    t = table[(table["reporter"] == reporter) & (table["partner"] == partner)]
    years = _years(_pair(table, reporter, partner), start, end)
    rows = []
    for y in years:  # one change per year shown: a handful of calls
        c = change(t, Span.year(y), Span.year(y - 1)).set_index("flow")
        if flow not in c.index or pd.isna(c.loc[flow, "change_pct"]):
            continue
        r = c.loc[flow]
        rows.append({"year": y, "value_usd": int(r["value_usd"]), "base_value_usd": int(r["base_value_usd"]),
                     "change_pct": round(float(r["change_pct"]), 4), "how": r["change_basis"],
                     "sources": ";".join(dict.fromkeys([*_ids(r["sources"]), *_ids(r["base_sources"])]))})  # fmt: skip
    return pd.DataFrame(
        rows, columns=["year", "value_usd", "base_value_usd", "change_pct", "how", "sources"]
    )


def plot_yoy(
    table: pd.DataFrame,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    flow: str = "total",
    start: int | None = None,
    end: int | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Year-on-year change of annual values (bars above or below zero, labelled).

    Rises and falls have their own colours, never a flow's.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax, (8, 4.6))
    data = yoy_data(table, reporter=reporter, partner=partner, flow=flow, start=start, end=end)
    pct = data["change_pct"].to_numpy(dtype="float64")
    pos = np.arange(len(data))
    bars = ax.bar(pos, pct, color=[FALL if p < 0 else RISE for p in pct])
    # Labels no wider than a bar's slot, so neighbours never touch.
    slot = (ax.figure.get_size_inches()[0] - 1.2) * 72 / max(len(pct), 1)
    size = min(_SMALL, max(6.5, slot / (7 * 0.62)))
    for bar, p in zip(bars, pct):
        ax.annotate(f"{p:+.1f}%", (bar.get_x() + bar.get_width() / 2, p), ha="center",
                    va="bottom" if p >= 0 else "top", fontsize=size, xytext=(0, 2 if p >= 0 else -2),
                    textcoords="offset points")  # fmt: skip
    ax.axhline(0, color="#333333", linewidth=0.8)
    ax.set_xticks(pos, [str(y) for y in data["year"]])
    ax.tick_params(labelsize=_SMALL)
    if len(pct):
        lo, hi = min(0.0, float(pct.min())), max(0.0, float(pct.max()))
        ax.set_ylim(lo * 1.2 - 5, hi * 1.2 + 5)
    ax.set_ylabel("percent change on the previous year", fontsize=_SMALL)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    years = data["year"].tolist()
    if title is None and years:
        title = sentences.headline_extremes(table, reporter, partner, flow, years[0], years[-1])
    period = f"{years[0]}–{years[-1]}" if years else "no years"
    subtitle = (f"{_LABEL[flow]}, percent change on the previous year, {period}, computed from annual "
                f"values in current US dollars (or as published); blue: rise, red: fall.")  # fmt: skip
    _headline(ax, title or "", subtitle, credit_line(table, data["sources"].tolist()))
    return ax


# ----------------------------------------------------------------------------- comparison


def comparison_data(
    table: pd.DataFrame,
    period: str | Span,
    base: str | Span | None = None,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
) -> pd.DataFrame:
    """Exports, imports and total in two periods: ``flow``, ``period``, ``base``,
    ``value_usd``, ``base_value_usd``, ``change_pct``, ``how``, ``sources``."""
    span = parse_span(period)
    b = span.year_earlier() if base is None else parse_span(base)
    t = table[(table["reporter"] == reporter) & (table["partner"] == partner)]
    c = change(t, span, b)
    c = c[c["flow"].isin(["export", "import", "total"])]
    return pd.DataFrame(
        {
            "flow": c["flow"].to_numpy(),
            "period": span.label,
            "base": b.label,
            "value_usd": c["value_usd"].astype("Int64").to_numpy(),
            "base_value_usd": c["base_value_usd"].astype("Int64").to_numpy(),
            "change_pct": [round(float(p), 4) if pd.notna(p) else np.nan for p in c["change_pct"]],
            "how": [h if isinstance(h, str) else "" for h in c["change_basis"]],
            "value_how": [_how(d) for d in c["derivation"]],
            "base_how": [_how(d) for d in c["base_derivation"]],
            "sources": [";".join(dict.fromkeys([*_ids(s), *_ids(bs)]))
                        for s, bs in zip(c["sources"], c["base_sources"])],
        }
    )  # fmt: skip


def _how(derivation: object) -> str:
    """``published`` for a value read from a row, else ``derived: <how>``."""
    if not isinstance(derivation, str) or derivation in ("", "reported", "missing"):
        return "published" if derivation == "reported" else ""
    return derivation if derivation.startswith("derived") else f"derived: {derivation}"


def plot_comparison(
    table: pd.DataFrame,
    period: str | Span,
    base: str | Span | None = None,
    *,
    reporter: str = "CHN",
    partner: str = "PRK",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Two periods side by side for exports, imports and total, with values and changes.

    The base period is grey and the period each flow's colour; the key says so in words.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax, (7, 4.8))
    span = parse_span(period)
    b = span.year_earlier() if base is None else parse_span(base)
    data = comparison_data(table, span, b, reporter=reporter, partner=partner).set_index("flow")
    flows = ["export", "import", "total"]
    pos = np.arange(len(flows))
    old = [float(data.loc[f, "base_value_usd"]) / 1e6 if pd.notna(data.loc[f, "base_value_usd"]) else np.nan
           for f in flows]  # fmt: skip
    new = [float(data.loc[f, "value_usd"]) / 1e6 if pd.notna(data.loc[f, "value_usd"]) else np.nan
           for f in flows]  # fmt: skip
    derived_old = [str(data.loc[f, "base_how"]).startswith("derived") for f in flows]
    derived_new = [str(data.loc[f, "value_how"]).startswith("derived") for f in flows]
    ax.bar(pos - 0.2, old, width=0.4, color=BASE, hatch=["///" if d else "" for d in derived_old],
           edgecolor="white", linewidth=0)  # fmt: skip
    bars = ax.bar(pos + 0.2, new, width=0.4, color=[COLORS[f] for f in flows],
                  hatch=["///" if d else "" for d in derived_new], edgecolor="white", linewidth=0)  # fmt: skip
    for i, f in enumerate(flows):
        if np.isnan(old[i]):
            ax.annotate("not\npublished", (pos[i] - 0.2, 0), ha="center", va="bottom",
                        fontsize=_SMALL - (2 if ax.figure.get_size_inches()[0] < 6 else 1),
                        color="#555555", xytext=(0, 3), textcoords="offset points")  # fmt: skip
        else:
            tag = "\n(derived)" if derived_old[i] else ""
            ax.annotate(f"{old[i]:,.2f}{tag}", (pos[i] - 0.2, old[i]), ha="center", va="bottom",
                        fontsize=_SMALL - 1, xytext=(0, 2), textcoords="offset points")  # fmt: skip
        pct = data.loc[f, "change_pct"]
        narrow = ax.figure.get_size_inches()[0] < 6
        how = (
            ""
            if data.loc[f, "how"] == "computed"
            else ("\n(as published)" if narrow else " (as published)")
        )
        label = f"{new[i]:,.2f}" + (" (derived)" if derived_new[i] else "")
        if pd.notna(pct):
            label += f"\n{float(pct):+.1f}%{how}"
        ax.annotate(label, (bars[i].get_x() + bars[i].get_width() / 2, new[i]), ha="center", va="bottom",
                    fontsize=_SMALL - 1, xytext=(0, 2), textcoords="offset points")  # fmt: skip
    ax.set_xticks(pos, [_LABEL[f] for f in flows])
    ax.tick_params(labelsize=_SMALL)
    ax.set_xlim(-0.6, len(flows) - 0.4)
    ax.set_ylim(0, np.nanmax([*old, *new]) * 1.35)
    ax.set_ylabel(_UNIT, fontsize=_SMALL)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    if title is None:
        title = sentences.headline_comparison(table, span, b, reporter, partner)
    hatched = (
        " Hatched: derived from other published figures." if any(derived_old + derived_new) else ""
    )
    subtitle = (f"{_UNIT}; left, grey: {b.label}; right, coloured: {span.label}; "
                f"{sentences.country_name(reporter)}'s exports, imports and total trade with "
                f"{sentences.country_name(partner)}.{hatched}")  # fmt: skip
    _headline(ax, title, subtitle, credit_line(table, data["sources"].tolist()))
    return ax


# ----------------------------------------------------------------------------- products

HS_CHAPTERS = sentences.HS_CHAPTERS


def products_data(
    products: pd.DataFrame, flow: str, years: list[int] | None = None
) -> pd.DataFrame:
    """Products of one flow by HS chapter, per calendar year the data hold.

    Within a chapter and year the broadest row is kept (a heading, not its own sub-heading:
    HS 91 rather than HS 9102); categories that no HS code fits are left out.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``chapter``, ``commodity`` (the code of the row drawn), ``description``,
        ``value_usd``, ``sources``.
    """
    t = _view(products)
    n = (t["end"] - t["start"]).map(lambda d: d.n)
    t = t[(t["flow"] == flow) & (n == 11) & (t["start"].dt.month == 1)]
    t = t[t["commodity"].astype(str).str.fullmatch(r"\d{2,}")]
    t = t.assign(year=t["start"].dt.year.astype(int), chapter=t["commodity"].str[:2],
                 _len=t["commodity"].str.len())  # fmt: skip
    if years is not None:
        t = t[t["year"].isin(years)]
    t = t.sort_values(["year", "chapter", "_len", "commodity"], kind="stable")
    t = t.drop_duplicates(["year", "chapter"], keep="first")
    return pd.DataFrame(
        {
            "year": t["year"].to_numpy(),
            "chapter": t["chapter"].to_numpy(),
            "commodity": t["commodity"].to_numpy(),
            "description": t["description"].astype(str).to_numpy(),
            "value_usd": t["value_usd"].astype("int64").to_numpy(),
            "sources": t["source_id"].fillna("").astype(str).to_numpy(),
        }
    ).reset_index(drop=True)


def products_height(data: pd.DataFrame, narrow: bool = False) -> float:
    """A figure height (inches) that gives each bar of a products chart the same room."""
    return max(
        4.0, 2.4 + 0.36 * len(data) + 0.4 * data["chapter"].nunique() + (1.0 if narrow else 0)
    )


def plot_products(
    products: pd.DataFrame,
    flow: str,
    *,
    years: list[int] | None = None,
    partner_name: str = "North Korea",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Products of one flow by HS chapter and year, as labelled horizontal bars.

    One group per chapter, one bar per year with a figure for it; a bar drawn from a
    sub-heading says which (``HS 6704``). A chapter and its own sub-heading are never drawn
    side by side.

    Returns
    -------
    matplotlib.axes.Axes
    """
    data = products_data(products, flow, years)
    chapters = data.groupby("chapter")["value_usd"].max().sort_values(ascending=True).index.tolist()
    all_years = sorted(data["year"].unique())
    ax = _axes(ax, (8, products_height(data)))
    import matplotlib as mpl

    shades = mpl.colormaps["Blues"](np.linspace(0.35, 0.9, max(len(all_years), 1)))
    y = 0.0
    vmax = float(data["value_usd"].max()) / 1e6 if len(data) else 1.0
    for ch in chapters:  # ascending, so the largest chapter ends on top
        rows = data[data["chapter"] == ch].sort_values("year", ascending=False)
        for r in rows.itertuples(index=False):
            v = float(r.value_usd) / 1e6
            colour = shades[all_years.index(r.year)]
            ax.barh(y, v, height=0.8, color=colour)
            sub = f", HS {r.commodity}" if len(r.commodity) > 2 else ""
            ax.annotate(f"{millions(r.value_usd)}  ({r.year}{sub})", (v, y), xytext=(4, 0),
                        textcoords="offset points", va="center", fontsize=_SMALL - 0.5,
                        color="#222222")  # fmt: skip
            y += 1
        name = HS_CHAPTERS.get(ch, textwrap.shorten(str(rows["description"].iloc[0]), 30))
        ax.text(0, y - 0.45, f"HS {ch}: {name}", fontsize=_SMALL, fontweight="bold", va="bottom",
                ha="left", color="#222222")  # fmt: skip
        y += 1.0
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_ylim(-0.7, max(y - 0.3, 1))
    ax.set_xlim(0, vmax * 1.45)
    ax.set_xlabel(_UNIT, fontsize=_SMALL)
    ax.tick_params(axis="x", labelsize=_SMALL)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    span = f"{all_years[0]}–{all_years[-1]}" if all_years else "no years"
    if title is None:
        title = sentences.headline_products(data, flow, partner_name)
    word = {
        "import": f"China's imports from {partner_name}",
        "export": f"China's exports to {partner_name}",
    }
    subtitle = (f"{word.get(flow, flow)} by HS chapter, {_UNIT}, calendar years {span} where a figure "
                f"was published (darker: later); one bar per chapter and year, the broadest figure "
                f"published.")  # fmt: skip
    note = "HS codes assigned from the published product descriptions; products as published may overlap."
    _headline(ax, title, subtitle, credit_line(products, data["sources"].tolist()), note=note,
              indent=0.4)  # fmt: skip
    return ax


def figure_style() -> dict[str, Any]:
    """rcParams that make chart files reproducible and legible at report size."""
    return {
        "svg.hashsalt": "tradestats",
        "svg.fonttype": "none",
        "font.family": ["DejaVu Sans"],
        "font.size": _TEXT,
        "figure.dpi": 100,
        "path.simplify": False,
    }
