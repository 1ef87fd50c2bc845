"""What a table covers: which months, combined releases and cumulative spans hold values."""

from __future__ import annotations

import pandas as pd

from .versions import preferred_view

__all__ = ["coverage"]

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
    needed = {"reporter", "partner", "flow", "commodity", "start", "end", "value_usd"}
    t = table
    if not isinstance(t, pd.DataFrame) or not needed <= set(t.columns):
        from .schema import validate_table  # a raw table is validated; anything else refused

        t = validate_table(t, name="table", allow_versions=True)
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
