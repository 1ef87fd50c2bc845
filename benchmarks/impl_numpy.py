"""The floor: factorised keys, a dense series × month grid, whole-array numpy.

Keys are factorised (``pandas.factorize`` per column, combined into one integer per series),
values are placed in a dense ``series × month`` float grid (NaN where a month is missing), and
every measure is a shifted array operation on the grid, read back at the rows of the input.
The result is arrays, not a labelled table: this is the lower bound the libraries are
measured against, not a rival API.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

KEYS = ["reporter", "partner", "flow", "commodity"]


def load(path: str) -> pd.DataFrame:
    from panel import read_panel

    return read_panel(path)


def _grid(panel: pd.DataFrame, keys: list[str] = KEYS):  # noqa: ANN202
    ok = (
        panel["preferred"].to_numpy(bool, na_value=False)
        & panel["value_usd"].notna().to_numpy()
        & (panel["start"].array.asi8 == panel["end"].array.asi8)
    )
    rows = np.flatnonzero(ok)
    code = np.zeros(len(rows), dtype=np.int64)
    for k in keys:
        c, u = pd.factorize(panel[k].to_numpy()[rows] if len(rows) < len(panel) else panel[k])
        code = code * len(u) + c
    series, uniq = pd.factorize(code)
    t = panel["start"].array.asi8[rows]
    t0 = int(t.min())
    t = t - t0
    grid = np.full((len(uniq), int(t.max()) + 1), np.nan)
    grid[series, t] = panel["value_usd"].to_numpy("float64", na_value=np.nan)[rows]
    return rows, series, t, t0, grid


def _pct(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return (new / np.where(old > 0, old, np.nan) - 1) * 100


def _shift(grid: np.ndarray, lag: int) -> np.ndarray:
    out = np.full_like(grid, np.nan)
    out[:, lag:] = grid[:, :-lag]
    return out


def _lagged(panel: pd.DataFrame, lag: int) -> dict:
    rows, s, t, _, g = _grid(panel)
    return {"rows": rows, "change_pct": _pct(g, _shift(g, lag))[s, t]}


def yoy(panel: pd.DataFrame) -> dict:
    return _lagged(panel, 12)


def mom(panel: pd.DataFrame) -> dict:
    return _lagged(panel, 1)


def rolling(panel: pd.DataFrame) -> dict:
    rows, s, t, _, g = _grid(panel)
    c = np.cumsum(np.nan_to_num(g), axis=1)
    gaps = np.cumsum(np.isnan(g), axis=1)
    roll = np.full_like(c, np.nan)
    roll[:, 11] = c[:, 11]
    roll[:, 12:] = c[:, 12:] - c[:, :-12]
    bad = gaps.copy()
    bad[:, 12:] -= gaps[:, :-12]
    roll[bad > 0] = np.nan
    return {"rows": rows, "rolling_usd": roll[s, t]}


def _years(g: np.ndarray, t0: int) -> tuple[np.ndarray, int]:
    """The grid as series × year × 12 (calendar months), NaN-padded at both ends."""
    lead = t0 % 12
    n = g.shape[1] + lead
    width = -(-n // 12) * 12
    full = np.full((g.shape[0], width), np.nan)
    full[:, lead : lead + g.shape[1]] = g
    return full.reshape(g.shape[0], -1, 12), lead


def ytd(panel: pd.DataFrame) -> dict:
    rows, s, t, t0, g = _grid(panel)
    y, lead = _years(g, t0)
    cum = np.cumsum(y, axis=2)  # NaN propagates: a gap makes the rest of the year missing
    base = np.full_like(cum, np.nan)
    base[:, 1:] = cum[:, :-1]
    cum, base = cum.reshape(len(g), -1), base.reshape(len(g), -1)
    i = t + lead
    return {"rows": rows, "ytd_usd": cum[s, i], "ytd_change_pct": _pct(cum, base)[s, i]}


def annual(panel: pd.DataFrame) -> dict:
    rows, s, _, t0, g = _grid(panel)
    y, _ = _years(g, t0)
    total = y.sum(axis=2)  # NaN where any month is missing
    base = np.full_like(total, np.nan)
    base[:, 1:] = total[:, :-1]
    first = rows[np.unique(s, return_index=True)[1]]
    return {
        "series_rows": first,
        "year0": int(t0 // 12 + 1970),
        "annual_usd": total,
        "change_pct": _pct(total, base),
    }


def share(panel: pd.DataFrame) -> dict:
    ok = panel["value_usd"].notna().to_numpy() & panel["preferred"].to_numpy(bool, na_value=False)
    rows = np.flatnonzero(ok)
    code = np.zeros(len(rows), dtype=np.int64)
    for k in ("reporter", "flow", "commodity"):
        c, u = pd.factorize(panel[k])
        code = code * len(u) + c[rows]
    grp, _ = pd.factorize(code)
    part, names = pd.factorize(panel["partner"])
    part = part[rows]
    t = panel["start"].array.asi8[rows]
    t = t - t.min()
    grid = np.full((grp.max() + 1, len(names), t.max() + 1), np.nan)
    grid[grp, part, t] = panel["value_usd"].to_numpy("float64", na_value=np.nan)[rows]
    world = grid[:, list(names).index("WLD"), :]
    with np.errstate(invalid="ignore", divide="ignore"):
        pct = grid / np.where(world > 0, world, np.nan)[:, None, :] * 100
    keep = part != list(names).index("WLD")
    return {"rows": rows[keep], "share_pct": pct[grp[keep], part[keep], t[keep]]}


OPS = {"yoy": yoy, "mom": mom, "rolling": rolling, "ytd": ytd, "annual": annual, "share": share}


def normalize(op: str, result: dict, panel: pd.DataFrame) -> pd.DataFrame:
    from common import VALUES, normal_frame

    if op == "annual":
        first = result["series_rows"]
        n_years = result["annual_usd"].shape[1]
        keys = panel.iloc[np.repeat(first, n_years)][KEYS].reset_index(drop=True)
        keys["year"] = np.tile(np.arange(n_years) + result["year0"], len(first))
        for col in VALUES[op]:
            keys[col] = result[col].ravel()
        return normal_frame(op, keys)
    frame = panel.iloc[result["rows"]][KEYS].reset_index(drop=True)
    frame["month"] = panel["start"].array.asi8[result["rows"]]
    for col in VALUES[op]:
        frame[col] = result[col]
    return normal_frame(op, frame)
