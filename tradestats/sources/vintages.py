"""Compare two vintages of a table: which cells changed, appeared or disappeared, and by how much."""

from __future__ import annotations

import pandas as pd

from ..schema import CELL

__all__ = ["diff_tables"]


def diff_tables(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Cells whose value differs between two canonical tables (one row per cell each).

    Parameters
    ----------
    old, new
        Two versions of the same table, e.g. a Comtrade fetch ``as_of`` two dates.

    Returns
    -------
    pandas.DataFrame
        One row per changed cell: the cell columns, ``old_usd``, ``new_usd``, ``change_usd``,
        ``change_pct`` and ``status`` (``revised``, ``added``, ``removed``). Unchanged cells are
        left out.
    """
    a = old.set_index(CELL)["value_usd"].rename("old_usd")
    b = new.set_index(CELL)["value_usd"].rename("new_usd")
    both = pd.concat([a, b], axis=1, join="outer")
    status = pd.Series("revised", index=both.index, dtype="string")
    status = status.mask(both["old_usd"].isna(), "added").mask(both["new_usd"].isna(), "removed")
    changed = (both["old_usd"] != both["new_usd"]).fillna(True)
    out = both[changed].copy()
    out["change_usd"] = (out["new_usd"] - out["old_usd"]).astype("Int64")
    out["change_pct"] = (
        out["new_usd"].astype("Float64") / out["old_usd"].astype("Float64") - 1
    ) * 100
    out["status"] = status[changed]
    return out.reset_index()
