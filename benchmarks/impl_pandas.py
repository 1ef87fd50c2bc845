"""Idiomatic pandas: merges on calendar keys, group-wise cumulative sums, a wide pivot for windows.

Each function takes the canonical panel (see ``panel.py``) and returns a pandas DataFrame with
the series keys, ``month`` (``period[M]``) or ``year`` and the measure's columns.
"""

from __future__ import annotations

import pandas as pd

KEYS = ["reporter", "partner", "flow", "commodity"]


def load(path: str) -> pd.DataFrame:
    from panel import read_panel

    return read_panel(path)


def _monthly(panel: pd.DataFrame) -> pd.DataFrame:
    m = panel[panel["preferred"] & panel["value_usd"].notna() & (panel["start"] == panel["end"])]
    return m[[*KEYS, "start", "value_usd"]].rename(columns={"start": "month"})


def _pct(new: pd.Series, old: pd.Series) -> pd.Series:
    new, old = new.astype("float64"), old.astype("float64")
    return (new / old.where(old > 0) - 1) * 100


def _lagged(panel: pd.DataFrame, lag: int) -> pd.DataFrame:
    m = _monthly(panel)
    base = m.assign(month=m["month"] + lag).rename(columns={"value_usd": "base_value_usd"})
    out = m.merge(base, on=[*KEYS, "month"], how="left")
    out["change_pct"] = _pct(out["value_usd"], out["base_value_usd"])
    return out


def yoy(panel: pd.DataFrame) -> pd.DataFrame:
    return _lagged(panel, 12)


def mom(panel: pd.DataFrame) -> pd.DataFrame:
    return _lagged(panel, 1)


def rolling(panel: pd.DataFrame) -> pd.DataFrame:
    m = _monthly(panel)
    wide = m.pivot(index=KEYS, columns="month", values="value_usd").astype("float64")
    wide = wide.reindex(columns=pd.period_range(wide.columns.min(), wide.columns.max(), freq="M"))
    roll = wide.T.rolling(12, min_periods=12).sum().T
    long = roll.stack().rename("rolling_usd")
    long.index = long.index.set_names([*KEYS, "month"])
    return m.join(long, on=[*KEYS, "month"])


def ytd(panel: pd.DataFrame) -> pd.DataFrame:
    m = _monthly(panel).sort_values([*KEYS, "month"])
    m["year"] = m["month"].dt.year
    g = m.groupby([*KEYS, "year"], sort=False, observed=True)
    complete = g.cumcount() + 1 == m["month"].dt.month
    # once a month is missing, every later month of the year is incomplete
    complete = complete.groupby([m[k] for k in [*KEYS, "year"]], sort=False).cummin()
    m["ytd_usd"] = g["value_usd"].cumsum().astype("float64").where(complete)
    base = m[[*KEYS, "month", "ytd_usd"]].rename(columns={"ytd_usd": "base_ytd_usd"})
    base["month"] = base["month"] + 12
    out = m.merge(base, on=[*KEYS, "month"], how="left")
    out["ytd_change_pct"] = _pct(out["ytd_usd"], out["base_ytd_usd"])
    return out


def annual(panel: pd.DataFrame) -> pd.DataFrame:
    m = _monthly(panel)
    m["year"] = m["month"].dt.year
    a = m.groupby([*KEYS, "year"], observed=True)["value_usd"].agg(["sum", "count"]).reset_index()
    a["annual_usd"] = a["sum"].astype("float64").where(a["count"] == 12)
    a = a.drop(columns=["sum", "count"])
    base = a.assign(year=a["year"] + 1).rename(columns={"annual_usd": "base_annual_usd"})
    out = a.merge(base, on=[*KEYS, "year"], how="left")
    out["change_pct"] = _pct(out["annual_usd"], out["base_annual_usd"])
    return out


def share(panel: pd.DataFrame) -> pd.DataFrame:
    m = _monthly(panel)
    world = m[m["partner"] == "WLD"].drop(columns="partner")
    parts = m[m["partner"] != "WLD"]
    other = ["reporter", "flow", "commodity", "month"]
    out = parts.merge(world.rename(columns={"value_usd": "world_usd"}), on=other, how="left")
    w = out["world_usd"].astype("float64")
    out["share_pct"] = out["value_usd"].astype("float64") / w.where(w > 0) * 100
    return out


OPS = {"yoy": yoy, "mom": mom, "rolling": rolling, "ytd": ytd, "annual": annual, "share": share}


def normalize(op: str, result: pd.DataFrame) -> pd.DataFrame:
    from common import normal_frame

    return normal_frame(op, result)
