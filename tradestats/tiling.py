"""The value of any span, summed from rows that tile it exactly.

A span's value is read from a row published for exactly that span, or added up from rows whose
spans cover its months once each (a quarter from three months, January–March from a combined
January–February release plus March). Months that no tiling covers are reported, never guessed:
February 2020 alone is unknown when it was published only inside January–February 2020.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import numpy as np
import pandas as pd

from .errors import TilingConflictWarning, UncoveredPeriodError
from .periods import Span, parse_span
from .rounding import data_half_unit
from .schema import SERIES

__all__ = ["span_values", "spans_values", "value_over"]

_KEY = ["period", *SERIES]


def _prepare(view: pd.DataFrame) -> pd.DataFrame:
    rows = view.loc[
        view["value_usd"].notna(), [*SERIES, "start", "end", "value_usd", "row_id", "source_id"]
    ].copy()
    rows["_s"] = rows["start"].array.asi8
    rows["_e"] = rows["end"].array.asi8
    rows["_half"] = data_half_unit(rows["value_usd"]).to_numpy()
    single = rows["_s"] == rows["_e"]
    rows["_span"] = (
        rows["start"]
        .astype(str)
        .where(single, rows["start"].astype(str) + "/" + rows["end"].astype(str))
    )
    return rows


def _agg(rows: pd.DataFrame) -> pd.DataFrame:
    """Sum values and half-widths, and collect provenance, per period and series."""
    g = rows.groupby(_KEY, sort=False, observed=True)
    return pd.DataFrame(
        {
            "value_usd": g["value_usd"].sum(),
            "half_width": g["_half"].sum(),
            "tiling": g["_span"].agg(" + ".join),
            "rows": g["row_id"].agg(tuple),
            "sources": g["source_id"].agg(lambda s: tuple(dict.fromkeys(s.dropna()))),
            "_n": g["value_usd"].size(),
        }
    )


def spans_values(
    view: pd.DataFrame, periods: Iterable[str | Span], *, warn: bool = True
) -> pd.DataFrame:
    """The value of several spans for every series of a table (see :func:`span_values`).

    Exact rows and complete runs of single months are matched for all spans at once; only the
    (span, series) pairs left open are searched for mixed tilings.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``period`` (``YYYY-MM/YYYY-MM``), reporter, partner, flow, commodity.
    """
    spans = list(dict.fromkeys(parse_span(p) for p in periods))
    series = view[SERIES].drop_duplicates()
    targets = pd.DataFrame(
        {
            "period": [str(s) for s in spans],
            "_ts": [s.start.ordinal for s in spans],
            "_te": [s.end.ordinal for s in spans],
            "_n": [s.n_months for s in spans],
        }
    )
    grid = targets[["period"]].merge(series, how="cross").set_index(_KEY)
    out = pd.DataFrame(index=grid.index)
    out["value_usd"] = pd.array([pd.NA] * len(out), dtype="Int64")
    out["half_width"] = np.nan
    out["tiling"] = None
    out["derivation"] = None
    for col in ("rows", "sources", "missing"):
        out[col] = [()] * len(out)
    out["conflict"] = ""
    if out.empty:
        return out

    rows = _prepare(view)
    exact = rows.merge(targets, left_on=["_s", "_e"], right_on=["_ts", "_te"])
    exact_agg = _agg(exact)
    _fill(out, exact_agg, lambda n: "reported")

    months = rows[rows["_s"] == rows["_e"]]
    multi = targets[targets["_n"] > 1]
    exploded = multi.loc[multi.index.repeat(multi["_n"])].copy()
    exploded["_s"] = exploded["_ts"] + exploded.groupby(level=0).cumcount()
    in_span = months.merge(exploded[["period", "_s", "_n"]], on="_s")
    monthly = _agg(in_span)
    need = in_span.groupby(_KEY, sort=False, observed=True)["_n"].first()
    monthly = monthly[monthly["_n"] == need.reindex(monthly.index)]
    todo = monthly.index.difference(exact_agg.index)
    _fill(out, monthly.loc[todo], lambda n: f"sum of {n} months")
    both = monthly.index.intersection(exact_agg.index)
    if len(both):
        _conflicts(out, exact_agg.loc[both], monthly.loc[both], warn)

    open_pairs = out.index[out["value_usd"].isna()]
    if len(open_pairs):
        _search(out, rows, open_pairs, {str(s): s for s in spans})
    return out


def _fill(out: pd.DataFrame, agg: pd.DataFrame, derivation) -> None:  # type: ignore[no-untyped-def]
    if agg.empty:
        return
    idx = agg.index
    out.loc[idx, "value_usd"] = agg["value_usd"].astype("Int64")
    out.loc[idx, "half_width"] = agg["half_width"]
    out.loc[idx, "tiling"] = agg["tiling"]
    out.loc[idx, "derivation"] = [derivation(n) for n in agg["_n"]]
    out.loc[idx, "rows"] = agg["rows"]
    out.loc[idx, "sources"] = agg["sources"]


def _conflicts(out: pd.DataFrame, exact: pd.DataFrame, monthly: pd.DataFrame, warn: bool) -> None:
    gap = (exact["value_usd"] - monthly["value_usd"]).abs().astype("float64")
    allowed = exact["half_width"] + monthly["half_width"]
    bad = gap > allowed
    for key in bad[bad].index:
        text = (
            f"{key[0]} as published ({int(exact.at[key, 'value_usd']):,}) and the sum of its "
            f"months ({int(monthly.at[key, 'value_usd']):,}) differ by {gap[key]:,.0f} USD, "
            f"more than their rounding (±{allowed[key]:,.0f}); the published span is used"
        )
        out.at[key, "conflict"] = text
        if warn:
            label = "/".join(map(str, key[1:]))
            warnings.warn(f"{label}: {text}", TilingConflictWarning, stacklevel=4)


def _search(
    out: pd.DataFrame, rows: pd.DataFrame, open_pairs: pd.MultiIndex, spans: dict[str, Span]
) -> None:
    """Mixed tilings and the months left uncovered, for the (span, series) pairs still open.

    A loop over open pairs (few), each over that series' rows overlapping the span.
    """
    by_series = {key: g for key, g in rows.groupby(SERIES, sort=False, observed=True)}
    for key in open_pairs:
        span = spans[key[0]]
        g = by_series.get(key[1:])
        if g is None:
            out.at[key, "missing"] = tuple(str(m) for m in span.months)
            continue
        lo, hi = span.start.ordinal, span.end.ordinal
        overlap = g[(g["_e"] >= lo) & (g["_s"] <= hi)]
        inside = overlap[(overlap["_s"] >= lo) & (overlap["_e"] <= hi)]
        path = _exact_cover(
            inside["_s"].to_numpy() - lo, inside["_e"].to_numpy() - lo, span.n_months
        )
        if path is not None:
            chosen = inside.iloc[path]
            out.at[key, "value_usd"] = int(chosen["value_usd"].sum())
            out.at[key, "half_width"] = float(chosen["_half"].sum())
            out.at[key, "tiling"] = " + ".join(chosen["_span"])
            out.at[key, "derivation"] = f"sum of {len(chosen)} rows"
            out.at[key, "rows"] = tuple(chosen["row_id"])
            out.at[key, "sources"] = tuple(dict.fromkeys(chosen["source_id"].dropna()))
            continue
        covered = set()
        for s, e in zip(inside["_s"], inside["_e"]):
            covered.update(range(s, e + 1))
        missing = tuple(str(m) for m in span.months if m.ordinal not in covered)
        if not missing:
            out.at[key, "conflict"] = "rows overlap; no exact tiling"
            missing = tuple(str(m) for m in span.months)
        out.at[key, "missing"] = missing
        wider = sorted(set(overlap.loc[~overlap.index.isin(inside.index), "_span"]))
        if wider:
            out.at[key, "tiling"] = "published only inside " + ", ".join(wider)


def _exact_cover(starts: np.ndarray, ends: np.ndarray, n: int) -> list[int] | None:
    """Positions of pieces that cover months 0..n-1 exactly once, fewest pieces first."""
    best: list[list[int] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        path = best[i]
        if path is None:
            continue
        for pos in np.flatnonzero(starts == i):
            j = int(ends[pos]) + 1
            cand = [*path, int(pos)]
            current = best[j]
            if current is None or len(cand) < len(current):
                best[j] = cand
    return best[n]


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
        (``reported`` for a single row, ``sum of N months``, ``sum of N rows``), ``rows`` and
        ``sources`` (ids used), ``missing`` (months no tiling covers) and ``conflict`` (text
        when tilings disagree).
    """
    span = parse_span(period)
    out = spans_values(view, [span], warn=warn)
    return out.droplevel("period").sort_index()


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
    for col, val in (
        ("reporter", reporter),
        ("partner", partner),
        ("flow", flow),
        ("commodity", commodity),
    ):
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
