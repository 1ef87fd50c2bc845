"""tradestats' public functions on the canonical panel (pandas in, pandas out)."""

from __future__ import annotations

import pandas as pd

import tradestats as ts


def load(path: str) -> pd.DataFrame:
    from panel import read_panel

    return read_panel(path)


def reset() -> None:
    """Forget the span engine tradestats keeps for a table between calls (measures.span_engine):
    every timed run pays for the whole computation, as the peers' runs do."""
    cache = getattr(ts.measures, "_ENGINES", None)
    if cache is not None:
        cache.clear()


def yoy(panel: pd.DataFrame) -> pd.DataFrame:
    return ts.monthly_changes(panel, lag=12)


def mom(panel: pd.DataFrame) -> pd.DataFrame:
    return ts.monthly_changes(panel, lag=1)


def rolling(panel: pd.DataFrame) -> pd.DataFrame:
    return ts.rolling_sum(panel, window=12)


def ytd(panel: pd.DataFrame) -> pd.DataFrame:
    return ts.panel_ytd(panel)


def annual(panel: pd.DataFrame) -> pd.DataFrame:
    return ts.panel_annual(panel)


def share(panel: pd.DataFrame) -> pd.DataFrame:
    return ts.panel_share(panel, within="partner")


OPS = {"yoy": yoy, "mom": mom, "rolling": rolling, "ytd": ytd, "annual": annual, "share": share}


def normalize(op: str, result: pd.DataFrame) -> pd.DataFrame:
    from common import normal_frame

    if op == "ytd":
        result = result.rename(columns={"value_usd": "ytd_usd", "change_pct": "ytd_change_pct"})
    elif op == "annual":
        result = result.rename(columns={"value_usd": "annual_usd"})
    elif op == "share":
        result = result[(result["start"] == result["end"]) & (result["partner"] != "WLD")]
        result = result.rename(columns={"start": "month"})
    return normal_frame(op, result)
