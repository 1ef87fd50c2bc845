"""Recompute every percentage a source printed beside a figure, and say whether it reproduces.

A printed change reproduces when some value inside the rounding interval of the figure and of
its base gives a change that rounds to what was printed (exact :class:`~fractions.Fraction`
arithmetic; see :mod:`tradestats.rounding`). This audits a dataset, and is the test that the
bundled data and the measures agree with what the publishers printed.
"""

from __future__ import annotations

from fractions import Fraction

import pandas as pd

from .periods import Span
from .rounding import Interval, change_interval, data_half_unit, written_interval
from .schema import SERIES
from .tiling import spans_values
from .versions import preferred_view

__all__ = ["reproduce_published_changes"]


def _base_span(start: pd.Period, end: pd.Period, basis: str) -> Span | None:
    span = Span(start, end)
    if basis in ("yoy", "ytd"):
        return span.year_earlier()
    if basis == "mom":
        return span.previous()
    return None


def reproduce_published_changes(table: pd.DataFrame) -> pd.DataFrame:
    """Recompute the printed changes of a table from its own values.

    Parameters
    ----------
    table
        A canonical table with every version (``load_dataset(name, versions="all")``).

    Returns
    -------
    pandas.DataFrame
        One row per row of ``table`` with a printed ``change_pct``: ``row_id``, the series,
        ``period``, ``base``, ``change_pct`` (as printed), ``value_usd`` (the row's own value,
        or the preferred value of its cell when the row printed only the percentage),
        ``base_value_usd`` (the default view's value of the base span), ``computed_lo`` and
        ``computed_hi`` (the exact range of the recomputed change, as floats for display),
        ``status``: ``reproduced``, ``not reproduced``, or ``inputs missing`` (the data do
        not hold the value or its base), and ``distance_pp`` (how far the printed interval is
        from the recomputed one, in percentage points). The base is the default view's value
        of the base span; when that does not reproduce the printed change, the other published
        versions of the base cell are tried (a publisher computes against the release it had),
        giving ``reproduced (other base version)``; ``base_used`` names the base row.
    """
    view = preferred_view(table)
    rows = table[table["change_pct"].notna()].copy()
    bases = [
        _base_span(s, e, b) for s, e, b in zip(rows["start"], rows["end"], rows["change_basis"])
    ]
    rows["period"] = [str(Span(s, e)) for s, e in zip(rows["start"], rows["end"])]
    rows["base"] = [str(b) if b else None for b in bases]

    def lookup(spans: list[Span | None]) -> pd.DataFrame:
        found = spans_values(view, [s for s in spans if s is not None], warn=False)
        # Published values and sums of them only: derived (signed) values are not used here yet.
        found.loc[found["derivation"].fillna("").str.startswith("derived"), "value_usd"] = pd.NA
        return found[["value_usd", "half_width"]].reorder_levels([*SERIES, "period"])

    cell_values = lookup([Span(s, e) for s, e in zip(rows["start"], rows["end"])])
    base_values = lookup(bases)
    own = rows["value_usd"]
    cell = cell_values.reindex(
        pd.MultiIndex.from_arrays([rows[c] for c in SERIES] + [rows["period"]])
    )
    rows["value_usd"] = own.fillna(pd.Series(cell["value_usd"].to_numpy(), index=rows.index))
    rows["half"] = data_half_unit(rows["value_usd"])
    base = base_values.reindex(
        pd.MultiIndex.from_arrays([rows[c] for c in SERIES] + [rows["base"]])
    )
    rows["base_value_usd"] = pd.array(base["value_usd"].to_numpy(), dtype="Int64")
    rows["base_half"] = base["half_width"].to_numpy()

    # Other published versions of the base cell: the publisher may have used any of them.
    others = table[
        table["value_usd"].notna() & ~table["flag"].fillna("").str.contains("suspect")
    ].copy()
    others["_span"] = [str(Span(s, e)) for s, e in zip(others["start"], others["end"])]
    others["_half"] = data_half_unit(others["value_usd"])
    alternatives = {
        key: list(zip(g["value_usd"], g["_half"], g["row_id"]))
        for key, g in others.groupby([*SERIES, "_span"], sort=False)
    }

    status, used, lo, hi, dist = [], [], [], [], []
    for key, v, h, o, oh, printed in zip(
        zip(*(rows[c] for c in SERIES), rows["base"]),
        rows["value_usd"],
        rows["half"],
        rows["base_value_usd"],
        rows["base_half"],
        rows["change_pct"],
    ):  # exact Fraction arithmetic, one printed change at a time
        claim = written_interval(printed)
        new_value = None if pd.isna(v) else Interval.around(int(v), Fraction(h))
        bases = [] if pd.isna(o) else [(int(o), oh, "default view")]
        bases += [
            (int(a), ah, rid) for a, ah, rid in alternatives.get(key, []) if pd.isna(o) or a != o
        ]
        best: tuple[Interval, str] | None = None
        for value, half, rid in bases:
            computed = (
                change_interval(new_value, Interval.around(value, Fraction(half)))
                if new_value
                else None
            )
            if computed is None:
                continue
            if best is None or claim.distance(computed) < claim.distance(best[0]):
                best = (computed, rid)
            if claim.meets(computed):
                break
        if best is None:
            status.append("inputs missing")
            used.append(None)
            lo.append(None)
            hi.append(None)
            dist.append(None)
            continue
        computed, rid = best
        ok = claim.meets(computed)
        status.append(
            ("reproduced" if rid == "default view" else "reproduced (other base version)")
            if ok
            else "not reproduced"
        )
        used.append(rid)
        lo.append(float(computed.lo))
        hi.append(float(computed.hi))
        dist.append(float(claim.distance(computed)))
    rows["base_used"] = used
    rows["computed_lo"], rows["computed_hi"] = lo, hi
    rows["status"], rows["distance_pp"] = status, dist
    cols = [
        "row_id", *SERIES, "period", "base", "change_pct", "change_basis", "change_terms",
        "value_usd", "base_value_usd", "base_used", "computed_lo", "computed_hi", "status",
        "distance_pp",
        "flag", "compiler", "source_id",
    ]  # fmt: skip
    return rows[cols].reset_index(drop=True)
