"""What a table covers: which months, combined releases and cumulative spans hold values.

:func:`coverage` lists what was published; :func:`coverage_status` says, month by month and
flow by flow, whether a value is published (``direct``: a row, or a sum of rows), only
``derived`` (a difference of published figures, e.g. January–April minus March and April), or
``missing``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .periods import Span
from .versions import preferred_view

__all__ = ["coverage", "coverage_status"]

_LETTER = {"export": "E", "import": "I", "total": "T"}


def coverage(table: pd.DataFrame, commodity: str = "TOTAL") -> pd.DataFrame:
    """A year × month grid of the flows with a value in the default view.

    Each cell holds the letters of the flows present for that single month (``E`` exports,
    ``I`` imports, ``T`` total; ``-`` none). Three more columns list the spans that are not
    single months: ``jan_feb`` (combined January–February releases), ``cumulative`` (other
    spans within the year) and ``annual``.

    Parameters
    ----------
    table
        A canonical table (the preferred rows are used when it holds several versions).
    commodity
        Which commodity to show.

    Returns
    -------
    pandas.DataFrame
        Indexed by year, with columns ``01`` … ``12``, ``jan_feb``, ``cumulative``, ``annual``.
    """
    t = table
    if "preferred" in t.columns and not t["preferred"].fillna(False).all():
        t = preferred_view(t)
    t = t[(t["commodity"] == commodity) & t["value_usd"].notna()].copy()
    if t.empty:
        return pd.DataFrame(columns=[f"{m:02d}" for m in range(1, 13)])
    t["year"] = t["start"].dt.year
    t["letter"] = t["flow"].map(_LETTER)
    t["n"] = (t["end"] - t["start"]).map(lambda d: d.n) + 1
    years = range(int(t["year"].min()), int(t["end"].dt.year.max()) + 1)

    def letters(rows: pd.DataFrame) -> pd.Series:
        return rows.groupby("_key")["letter"].agg(
            lambda s: "".join(sorted(set(s), key="EIT".index))
        )

    single = t[t["n"] == 1].assign(_key=lambda d: list(zip(d["year"], d["start"].dt.month)))
    grid = pd.DataFrame(
        "-", index=pd.Index(years, name="year"), columns=[f"{m:02d}" for m in range(1, 13)]
    )
    for (year, month), value in letters(single).items():
        grid.loc[year, f"{month:02d}"] = value
    multi = t[t["n"] > 1]
    jan_feb = multi[(multi["start"].dt.month == 1) & (multi["n"] == 2)]
    annual = multi[multi["n"] == 12]
    other = multi[~multi.index.isin(jan_feb.index) & ~multi.index.isin(annual.index)]
    grid["jan_feb"] = letters(jan_feb.assign(_key=jan_feb["year"])).reindex(grid.index).fillna("-")
    grid["annual"] = letters(annual.assign(_key=annual["year"])).reindex(grid.index).fillna("-")
    spans = (
        other.assign(_span=other["start"].dt.strftime("%m") + ".." + other["end"].dt.strftime("%m"))
        .groupby("year")["_span"]
        .agg(lambda s: " ".join(sorted(set(s))))
    )
    grid["cumulative"] = spans.reindex(grid.index).fillna("")
    return grid


def coverage_status(
    table: pd.DataFrame,
    commodity: str = "TOTAL",
    reporter: str | None = None,
    partner: str | None = None,
) -> pd.DataFrame:
    """Month by month and flow by flow: ``direct``, ``derived`` or ``missing``.

    ``direct`` means a published row for the month, or a sum of published rows; ``derived``
    means the month is known only as a difference of published figures (a cumulative span
    minus the months it contains, or the total minus the other flow); ``missing`` means no
    combination of published rows determines it. Derived values are never stored.

    Parameters
    ----------
    table
        A canonical table (the preferred rows are used when it holds several versions).
    commodity
        Which commodity to show.
    reporter, partner
        Restrict to one pair; by default every pair in the table.

    Returns
    -------
    pandas.DataFrame
        Indexed by reporter, partner, flow (``export``, ``import``, ``total``) and year, with
        columns ``01`` … ``12``.

    Examples
    --------
    >>> from tradestats import load_dataset
    >>> grid = coverage_status(load_dataset("china_dprk", versions="all"))
    >>> grid.loc[("CHN", "PRK", "export", 2019), ["01", "02", "03"]].tolist()
    ['direct', 'derived', 'direct']
    """
    from .measures import _flow_arrays

    t = table[table["commodity"] == commodity]
    if reporter is not None:
        t = t[t["reporter"] == reporter]
    if partner is not None:
        t = t[t["partner"] == partner]
    have = t[t["value_usd"].notna()]
    cols = [f"{m:02d}" for m in range(1, 13)]
    if have.empty:
        return pd.DataFrame(columns=cols)
    y0, y1 = int(have["start"].dt.year.min()), int(have["end"].dt.year.max())
    months = pd.period_range(f"{y0}-01", f"{y1}-12", freq="M")
    a = _flow_arrays(t, [Span(mo, mo) for mo in months])
    status = np.where(a.ok[..., :3], np.where(a.der[..., :3], "derived", "direct"), "missing")
    n_pairs, n_months = status.shape[0], status.shape[1]
    years = n_months // 12
    # (pair, month, flow) -> (pair, flow, year, month)
    grid = status.reshape(n_pairs, years, 12, 3).transpose(0, 3, 1, 2).reshape(-1, 12)
    keys = a.keys.iloc[a.pair_first].reset_index(drop=True)
    index = pd.MultiIndex.from_arrays(
        [
            np.repeat(keys["reporter"].to_numpy(dtype=object), 3 * years),
            np.repeat(keys["partner"].to_numpy(dtype=object), 3 * years),
            np.tile(
                np.repeat(np.array(["export", "import", "total"], dtype=object), years), n_pairs
            ),
            np.tile(np.arange(y0, y0 + years), 3 * n_pairs),
        ],
        names=["reporter", "partner", "flow", "year"],
    )
    return pd.DataFrame(grid, index=index, columns=cols)
