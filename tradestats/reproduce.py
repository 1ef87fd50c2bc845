"""Recompute every percentage a source printed beside a figure, and say whether it reproduces.

A printed change reproduces when some value inside the rounding interval of the figure and of
its base gives a change that rounds to what was printed (exact :class:`~fractions.Fraction`
arithmetic; the intervals come from :func:`tradestats.rounding.half_units`). This audits a
dataset, and is the test that the bundled data and the measures agree with what the
publishers printed.

The audit is honest about what it can decide:

* Only dollar changes are **counted**: a yuan-based percentage, a hedged one ("more than
  60%"), or one whose base the data hold only in another series (another definition of
  trade) is recorded with its cause but not counted.
* A reproduction is **decisive** when the rounding of the figure and of its base leaves the
  recomputed change tight: the interval ``[lo, hi]`` is at most 1% of the level ``100 + change``
  wide (one percentage point for small changes). A "$1bn" base that allows anything from
  +53% to +359% reproduces, but decides nothing.
* Every miss carries its cause: ``source error`` (the row is flagged suspect, a correction
  recorded in its note says the source computed it on an erroneous base, or the printed change
  reproduces only against a base version flagged suspect: the source used a wrong base),
  ``rounding`` (within 0.1 point: the source computed from unrounded figures),
  ``revised base`` (the base the printed change implies lies within 12% of the base held:
  customs computes changes on revised prior-year figures that first-release quotes do not
  give), or ``unresolved``.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pandas as pd

from .periods import Span
from .rounding import Interval, change_interval, half_units, written_interval
from .schema import DEFAULT_SERIES, SERIES
from .tiling import SpanEngine, spans_values
from .versions import choose_preferred, preferred_view

__all__ = ["reproduce_published_changes", "TIGHT_SHARE", "REVISION_LIMIT"]

#: A recomputed change is decisive when its interval is at most this share of 100 + change.
TIGHT_SHARE = Fraction(1, 100)
#: A miss whose implied base lies within this share of the base held is a revised base.
REVISION_LIMIT = Fraction(12, 100)
_ROUNDING_PP = Fraction(1, 10)


def _base_span(start: pd.Period, end: pd.Period, basis: str) -> Span | None:
    span = Span(start, end)
    if basis in ("yoy", "ytd"):
        return span.year_earlier()
    if basis == "mom":
        return span.previous()
    return None


def _series_column(table: pd.DataFrame) -> pd.Series:
    if "series" in table.columns:
        return table["series"].fillna(DEFAULT_SERIES).astype(str)
    return pd.Series(DEFAULT_SERIES, index=table.index)


def _lookup(view: pd.DataFrame, spans: list[Span]) -> pd.DataFrame:
    """Values of spans in a view (a reported row, or a tiling of rows), with the half-width
    of a reported row taken from its printed precision (:func:`half_units`)."""
    if view.empty or not spans:
        return pd.DataFrame(columns=["value_usd", "half_width"])
    # Published values and sums of them only: a base derived by difference is not "held".
    found = spans_values(view, spans, warn=False, engine=SpanEngine(view, subtract=False))
    found = found[["value_usd", "half_width"]].reorder_levels([*SERIES, "period"])
    direct = view.assign(
        period=[str(Span(s, e)) for s, e in zip(view["start"], view["end"])],
        _half=half_units(view).to_numpy(),
    ).set_index([*SERIES, "period"])[["value_usd", "_half"]]
    direct = direct[~direct.index.duplicated()].reindex(found.index)
    same = (direct["value_usd"] == found["value_usd"]).fillna(False).to_numpy(dtype=bool)
    found.loc[same, "half_width"] = direct.loc[same, "_half"].to_numpy()
    return found


def reproduce_published_changes(table: pd.DataFrame) -> pd.DataFrame:
    """Recompute the printed changes of a table from its own values, within each series.

    Parameters
    ----------
    table
        A canonical table with every version (``load_dataset(name, versions="all")``).

    Returns
    -------
    pandas.DataFrame
        One row per row of ``table`` with a printed ``change_pct``: ``row_id``, the cell
        columns, ``row_series`` (the row's definition), ``period``, ``base``, ``change_pct``
        (as printed), ``value_usd`` (the row's own value, or its series' preferred value of
        the cell when the row printed only the percentage), ``base_value_usd`` (the series'
        default-view value of the base span), ``base_used`` (the base row that reproduced or
        came closest), ``computed_lo``/``computed_hi`` (the exact range of the recomputed
        change, as floats), ``distance_pp`` (gap between printed and recomputed intervals),
        ``status`` (``reproduced``, ``not reproduced``, ``not counted``, ``inputs missing``),
        ``decisive`` (the recomputed interval is tight, see the module), ``cause`` (why a
        change was not reproduced or not counted; empty for reproductions).
    """
    series = _series_column(table)
    rows = table[table["change_pct"].notna()].copy()
    rows["row_series"] = series[rows.index]
    bases = [
        _base_span(s, e, b) for s, e, b in zip(rows["start"], rows["end"], rows["change_basis"])
    ]
    rows["period"] = [str(Span(s, e)) for s, e in zip(rows["start"], rows["end"])]
    rows["base"] = [str(b) if b else None for b in bases]
    rows["half"] = half_units(rows)

    # Each series' own default view: a base is looked up in the row's series only.
    views = {}
    for name in sorted(set(series)):
        own = table[(series == name).to_numpy()].copy()
        own["preferred"] = choose_preferred(own, name)
        views[name] = preferred_view(own)
    cell_value = pd.Series(np.nan, index=rows.index, dtype="float64")
    base_value = pd.Series(np.nan, index=rows.index, dtype="float64")
    base_half = pd.Series(np.nan, index=rows.index, dtype="float64")
    for name, group in rows.groupby("row_series"):
        own_spans = [Span(s, e) for s, e in zip(group["start"], group["end"])]
        base_spans = [bases[rows.index.get_loc(i)] for i in group.index]
        cells = _lookup(views[name], own_spans)
        found = _lookup(views[name], [b for b in base_spans if b is not None])
        keys = pd.MultiIndex.from_arrays([group[c] for c in SERIES] + [group["period"]])
        cell_value[group.index] = cells.reindex(keys)["value_usd"].to_numpy(dtype="float64")
        bkeys = pd.MultiIndex.from_arrays([group[c] for c in SERIES] + [group["base"]])
        hit = found.reindex(bkeys)
        base_value[group.index] = hit["value_usd"].to_numpy(dtype="float64")
        base_half[group.index] = hit["half_width"].to_numpy(dtype="float64")
    own_value = rows["value_usd"].astype("Float64")
    rows["value_usd"] = own_value.fillna(cell_value).round().astype("Int64")
    filled = own_value.isna() & rows["value_usd"].notna()
    if filled.any():  # the half-unit of the series' value used for a percentage-only row
        rows.loc[filled, "half"] = np.nan
        rows["half"] = rows["half"].fillna(
            half_units(rows[["value_usd"]].assign(precision_usd=pd.NA))
        )
    rows["base_value_usd"] = base_value.round().astype("Int64")
    rows["base_half"] = base_half

    # Every version of every base cell, by series: the publisher may have used any of them.
    versions = table[table["value_usd"].notna()].copy()
    versions["_series"] = series[versions.index]
    versions["_span"] = [str(Span(s, e)) for s, e in zip(versions["start"], versions["end"])]
    versions["_half"] = half_units(versions)
    versions["_suspect"] = versions["flag"].fillna("").str.contains("suspect")
    alternatives = {
        key: list(zip(g["value_usd"], g["_half"], g["row_id"], g["_suspect"]))
        for key, g in versions.groupby(["_series", *SERIES, "_span"], sort=False)
    }
    any_series = {
        key[1:] for key in alternatives
    }  # cells held in some series, to tell "other series" from "inputs missing"

    out: dict[str, list] = {k: [] for k in ("status", "decisive", "cause", "used", "lo", "hi",
                                            "dist")}  # fmt: skip
    for r in rows.itertuples(index=False):
        claim = written_interval(r.change_pct)
        key = (r.row_series, *(getattr(r, c) for c in SERIES), r.base)
        flags = r.flag if isinstance(r.flag, str) else ""
        hedge = getattr(r, "change_hedge", None)
        hedge = hedge if isinstance(hedge, str) else ""
        new = None if pd.isna(r.value_usd) else Interval.around(int(r.value_usd), Fraction(r.half))
        candidates = [] if pd.isna(r.base_value_usd) else [
            (int(r.base_value_usd), r.base_half, "default view", False)
        ]  # fmt: skip
        candidates += [
            a for a in alternatives.get(key, [])
            if pd.isna(r.base_value_usd) or a[0] != r.base_value_usd or a[3]
        ]  # fmt: skip
        computed = []
        for value, half, rid, suspect in candidates:
            got = change_interval(new, Interval.around(int(value), Fraction(half))) if new else None
            if got is not None:
                computed.append((got, rid, suspect, int(value)))
        clean = [c for c in computed if not c[2]]
        best = min(clean, key=lambda c: claim.distance(c[0]), default=None)
        if best is None and computed:  # the base is held only in rows flagged suspect
            _append(out, "not counted", False, "source error", None, None)
            continue
        if best is None:
            held_elsewhere = r.base is not None and tuple(key[1:]) in any_series
            status = "not counted" if held_elsewhere and new else "inputs missing"
            cause = "other series" if status == "not counted" else ""
            _append(out, status, False, cause, None, None)
            continue
        interval, rid = best[0], best[1]
        reproduced = claim.meets(interval)
        level = 100 + (claim.lo + claim.hi) / 2
        decisive = (interval.hi - interval.lo) <= TIGHT_SHARE * abs(level)
        if r.change_terms == "CNY" or "yuan" in flags:
            status, cause = "not counted", "yuan"
        elif hedge:
            status, cause = "not counted", f"hedged ({hedge})"
        elif reproduced:
            status, cause = "reproduced", ""
        else:
            status = "not reproduced"
            note = r.note if isinstance(r.note, str) else ""
            cause = _cause(claim, interval, best[3], int(r.value_usd), flags, note, computed)
        _append(out, status, decisive, cause, rid, interval, claim)
    rows["status"], rows["decisive"], rows["cause"] = out["status"], out["decisive"], out["cause"]
    rows["base_used"] = out["used"]
    rows["computed_lo"], rows["computed_hi"] = out["lo"], out["hi"]
    rows["distance_pp"] = out["dist"]
    cols = [
        "row_id", *SERIES, "row_series", "period", "base", "change_pct", "change_basis",
        "change_terms", "value_usd", "base_value_usd", "base_used", "computed_lo", "computed_hi",
        "distance_pp", "status", "decisive", "cause", "flag", "compiler", "source_id",
    ]  # fmt: skip
    return rows[cols].reset_index(drop=True)


def _append(
    out: dict[str, list],
    status: str,
    decisive: bool,
    cause: str,
    used: str | None,
    interval: Interval | None,
    claim: Interval | None = None,
) -> None:
    out["status"].append(status)
    out["decisive"].append(bool(decisive))
    out["cause"].append(cause)
    out["used"].append(used)
    out["lo"].append(None if interval is None else float(interval.lo))
    out["hi"].append(None if interval is None else float(interval.hi))
    out["dist"].append(
        None if interval is None or claim is None else float(claim.distance(interval))
    )


def _cause(
    claim: Interval,
    interval: Interval,
    base: int,
    value: int,
    flags: str,
    note: str,
    computed: list[tuple[Interval, str, bool, int]],
) -> str:
    """Why a counted dollar change does not reproduce."""
    if "suspect" in flags or ("[correction" in note and "erroneous" in note):
        return "source error"
    if any(suspect and claim.meets(got) for got, _, suspect, _ in computed):
        return "source error"
    if claim.distance(interval) <= _ROUNDING_PP:
        return "rounding"
    mid = (claim.lo + claim.hi) / 2
    if mid > -100:
        implied = Fraction(value) / (1 + mid / 100)
        if abs(implied / base - 1) <= REVISION_LIMIT:
            return "revised base"
    return "unresolved"
