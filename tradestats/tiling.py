"""The value of any span, summed from rows that tile it exactly.

A span's value is read from a row published for exactly that span, or added up from rows whose
spans cover its months once each (a quarter from three months, January–March from a combined
January–February release plus March). Months that no tiling covers are reported, never guessed:
February 2020 alone is unknown when it was published only inside January–February 2020.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from .errors import TilingConflictWarning, UncoveredPeriodError
from .periods import Span, parse_span
from .rounding import data_half_unit
from .schema import SERIES

__all__ = ["span_values", "value_over"]

_RESULT = [
    "value_usd",
    "half_width",
    "tiling",
    "derivation",
    "rows",
    "sources",
    "missing",
    "conflict",
]


def _agg(rows: pd.DataFrame) -> pd.DataFrame:
    """Sum values, half-widths, and collect provenance per series (vectorised groupby)."""
    g = rows.groupby(SERIES, sort=True, observed=True)
    out = pd.DataFrame(
        {
            "value_usd": g["value_usd"].sum(),
            "half_width": g["_half"].sum(),
            "tiling": g["_span"].agg(" + ".join),
            "rows": g["row_id"].agg(tuple),
            "sources": g["source_id"].agg(lambda s: tuple(dict.fromkeys(s.dropna()))),
            "_n": g["value_usd"].size(),
        }
    )
    return out


def _span_label(df: pd.DataFrame) -> pd.Series:
    single = df["start"] == df["end"]
    start, end = df["start"].astype(str), df["end"].astype(str)
    return start.where(single, start + "/" + end)


def span_values(view: pd.DataFrame, period: str | Span, *, warn: bool = True) -> pd.DataFrame:
    """The value of one span for every series of a table, from exact tilings of its rows.

    Parameters
    ----------
    view
        A canonical table with one row per cell (the default view).
    period
        The span, as a :class:`Span` or any string :func:`parse_span` reads.
    warn
        Emit :class:`TilingConflictWarning` when two tilings disagree beyond their rounding.

    Returns
    -------
    pandas.DataFrame
        Indexed by reporter, partner, flow, commodity (every series of ``view``), with columns
        ``value_usd`` (missing when the span cannot be tiled), ``half_width`` (the rounding
        half-width of the value in dollars), ``tiling`` (the spans added), ``derivation``
        (``reported`` for a single row, ``sum of N rows``), ``rows`` and ``sources`` (ids used),
        ``missing`` (months no tiling covers) and ``conflict`` (text when tilings disagree).
    """
    span = parse_span(period)
    s, e, n = span.start, span.end, span.n_months
    all_series = view[SERIES].drop_duplicates().set_index(SERIES).index.sort_values()
    out = pd.DataFrame(index=all_series, columns=_RESULT, dtype=object)
    out["value_usd"] = pd.array([pd.NA] * len(out), dtype="Int64")
    out["half_width"] = np.nan
    for col in ("rows", "sources", "missing"):
        out[col] = [()] * len(out)
    out["tiling"] = None
    out["derivation"] = None
    out["conflict"] = ""

    inside = view[(view["start"] >= s) & (view["end"] <= e) & view["value_usd"].notna()].copy()
    inside["_half"] = data_half_unit(inside["value_usd"]).to_numpy()
    inside["_span"] = _span_label(inside)

    exact = _agg(inside[(inside["start"] == s) & (inside["end"] == e)])
    months = inside[inside["start"] == inside["end"]]
    monthly = _agg(months)
    monthly = monthly[monthly["_n"] == n]
    if n == 1:
        monthly = monthly.iloc[0:0]

    _fill(out, exact, "reported")
    todo = monthly.index.difference(exact.index)
    _fill(out, monthly.loc[todo], f"sum of {n} months")
    both = monthly.index.intersection(exact.index)
    if len(both):
        _conflicts(out, exact.loc[both], monthly.loc[both], span, warn)

    # General tilings (mixed spans) for the few series still open: a loop over series, not rows.
    open_series = out.index[out["value_usd"].isna()]
    candidates = inside.set_index(SERIES).sort_index()
    for key in open_series.intersection(candidates.index.unique()):
        pieces = candidates.loc[[key]]
        path = _exact_cover(pieces, span)
        if path is not None:
            chosen = pieces.iloc[path]
            out.at[key, "value_usd"] = int(chosen["value_usd"].sum())
            out.at[key, "half_width"] = float(chosen["_half"].sum())
            out.at[key, "tiling"] = " + ".join(chosen["_span"])
            out.at[key, "derivation"] = f"sum of {len(chosen)} rows"
            out.at[key, "rows"] = tuple(chosen["row_id"])
            out.at[key, "sources"] = tuple(dict.fromkeys(chosen["source_id"].dropna()))
    _explain_missing(out, view, span)
    return out


def _fill(out: pd.DataFrame, agg: pd.DataFrame, derivation: str) -> None:
    if agg.empty:
        return
    idx = agg.index
    out.loc[idx, "value_usd"] = agg["value_usd"].astype("Int64")
    out.loc[idx, "half_width"] = agg["half_width"]
    out.loc[idx, "tiling"] = agg["tiling"]
    out.loc[idx, "derivation"] = derivation
    out.loc[idx, "rows"] = agg["rows"]
    out.loc[idx, "sources"] = agg["sources"]


def _conflicts(
    out: pd.DataFrame, exact: pd.DataFrame, monthly: pd.DataFrame, span: Span, warn: bool
) -> None:
    gap = (exact["value_usd"] - monthly["value_usd"]).abs().astype("float64")
    allowed = exact["half_width"] + monthly["half_width"]
    bad = gap > allowed
    for key in bad[bad].index:
        text = (
            f"{span} as published ({int(exact.at[key, 'value_usd']):,}) and the sum of its "
            f"months ({int(monthly.at[key, 'value_usd']):,}) differ by {gap[key]:,.0f} USD, "
            f"more than their rounding (±{allowed[key]:,.0f}); the published span is used"
        )
        out.at[key, "conflict"] = text
        if warn:
            warnings.warn(f"{'/'.join(map(str, key))}: {text}", TilingConflictWarning, stacklevel=3)


def _exact_cover(pieces: pd.DataFrame, span: Span) -> list[int] | None:
    """Positions of rows that cover the span's months exactly once, fewest pieces first."""
    base = span.start.ordinal
    starts = pieces["start"].map(lambda p: p.ordinal).to_numpy() - base
    ends = pieces["end"].map(lambda p: p.ordinal).to_numpy() - base
    n = span.n_months
    best: list[list[int] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        path = best[i]
        if path is None:
            continue
        for pos in np.flatnonzero(starts == i):
            j = ends[pos] + 1
            cand = [*path, int(pos)]
            if best[j] is None or len(cand) < len(best[j]):  # type: ignore[arg-type]
                best[j] = cand
    return best[n]


def _explain_missing(out: pd.DataFrame, view: pd.DataFrame, span: Span) -> None:
    open_series = out.index[out["value_usd"].isna()]
    if not len(open_series):
        return
    have = view[view["value_usd"].notna() & (view["end"] >= span.start) & (view["start"] <= span.end)]
    have = have.set_index(SERIES).sort_index()
    for key in open_series:
        covered: set[pd.Period] = set()
        wider: list[str] = []
        if key in have.index:
            rows = have.loc[[key]]
            for start, end in zip(rows["start"], rows["end"]):
                if start >= span.start and end <= span.end:
                    covered.update(pd.period_range(start, end, freq="M"))
                else:
                    wider.append(f"{start}/{end}" if start != end else str(start))
        missing = tuple(str(m) for m in span.months if m not in covered)
        if not missing:  # every month covered but only by overlapping rows
            out.at[key, "conflict"] = "rows overlap; no exact tiling"
            missing = tuple(str(m) for m in span.months)
        out.at[key, "missing"] = missing
        if wider:
            out.at[key, "tiling"] = "published only inside " + ", ".join(sorted(set(wider)))


def value_over(
    view: pd.DataFrame,
    period: str | Span,
    *,
    reporter: str | None = None,
    partner: str | None = None,
    flow: str | None = None,
    commodity: str = "TOTAL",
) -> int:
    """The value of one series over a span, or an error naming the uncovered months.

    Parameters
    ----------
    view
        A canonical table with one row per cell.
    period
        The span.
    reporter, partner, flow, commodity
        Select the series; may be omitted when the table holds only one value for them.

    Returns
    -------
    int
        The value in US dollars.

    Raises
    ------
    UncoveredPeriodError
        When the rows do not tile the span; ``.months`` lists the uncovered months.

    Examples
    --------
    >>> from tradestats import load_dataset
    >>> value_over(load_dataset("china_dprk"), "2020-01/02", flow="import")
    10670000
    """
    span = parse_span(period)
    sel = view
    for col, val in (("reporter", reporter), ("partner", partner), ("flow", flow), ("commodity", commodity)):
        if val is not None:
            sel = sel[sel[col] == val]
    result = span_values(sel, span)
    if len(result) != 1:
        raise UncoveredPeriodError(
            f"Expected one series for {span}; the selection holds {len(result)}. "
            "Name reporter, partner, flow and commodity.",
            [str(m) for m in span.months] if result.empty else [],
        )
    row = result.iloc[0]
    if pd.isna(row["value_usd"]):
        where = f" ({row['tiling']})" if isinstance(row["tiling"], str) else ""
        raise UncoveredPeriodError(
            f"No rows tile {span} exactly; uncovered month(s): {', '.join(row['missing'])}{where}. "
            "No partial sum is returned.",
            row["missing"],
        )
    return int(row["value_usd"])
