"""What every implementation must compute, and the common form results are compared in.

Operations (every one calendar-correct: a base is found by its calendar key, never by row
position; a sum over months is given only when every month in it is present):

``yoy``      change of every series-month against the same month a year earlier (percent)
``mom``      change of every series-month against the previous month (percent)
``rolling``  sum of the trailing 12 months ending at every series-month
``ytd``      year-to-date sum through every series-month, and its change against the same
             months of the previous year
``annual``   calendar-year total of every series-year, and its change against the year before
``share``    every partner's share of the world (``WLD``) row of the same reporter, flow,
             commodity and month (percent)

A percent change is ``(new / base - 1) * 100``, missing where the base is absent or not positive.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

KEYS = ["reporter", "partner", "flow", "commodity"]
VALUES = {
    "yoy": ["change_pct"],
    "mom": ["change_pct"],
    "rolling": ["rolling_usd"],
    "ytd": ["ytd_usd", "ytd_change_pct"],
    "annual": ["annual_usd", "change_pct"],
    "share": ["share_pct"],
}
OPS = list(VALUES)


def normal_frame(op: str, result: pd.DataFrame) -> pd.DataFrame:
    """A pandas result → keys as str, ``period`` as int (month ordinal or year), values float64."""
    out = pd.DataFrame({k: result[k].astype(str).to_numpy() for k in KEYS})
    if op == "annual":
        out["period"] = np.asarray(result["year"], dtype=np.int64)
    else:
        month = result["month"]
        if isinstance(month.dtype, pd.PeriodDtype):
            out["period"] = month.array.asi8
        else:
            out["period"] = np.asarray(month, dtype=np.int64)
    for col in VALUES[op]:
        out[col] = pd.to_numeric(result[col]).astype("float64").to_numpy()
    return out


def compare(reference: pd.DataFrame, other: pd.DataFrame, op: str) -> str | None:
    """None when ``other`` gives the same values as ``reference``; else what differs.

    Per value column, the rows where it is not missing must be the same keys with the same
    values (sums exactly; percentages to 1e-12 relative, the rounding of one division).
    """
    for col in VALUES[op]:
        a = reference.loc[reference[col].notna(), [*KEYS, "period", col]]
        b = other.loc[other[col].notna(), [*KEYS, "period", col]]
        a = a.sort_values([*KEYS, "period"]).reset_index(drop=True)
        b = b.sort_values([*KEYS, "period"]).reset_index(drop=True)
        if len(a) != len(b):
            return f"{col}: {len(b)} non-missing values, reference has {len(a)}"
        if not a[[*KEYS, "period"]].equals(b[[*KEYS, "period"]]):
            return f"{col}: non-missing values at different keys"
        x, y = a[col].to_numpy(), b[col].to_numpy()
        if col.endswith("_usd"):
            if not np.array_equal(x, y):
                return f"{col}: {int((x != y).sum())} sums differ"
        elif not np.allclose(x, y, rtol=1e-12, atol=0):
            return f"{col}: {int((~np.isclose(x, y, rtol=1e-12, atol=0)).sum())} values differ"
    return None
