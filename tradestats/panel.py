"""Whole-panel measures: every series, every period, in array time.

Each function takes a canonical table (any number of reporters, partners, flows, commodities,
months; several versions per cell allowed, the preferred rows are used) and returns one row per
series and period. Values for a span come from the vectorised span engine
(:func:`tradestats.tiling.span_engine`): a row published for the span, a sum of rows that tile
it, or a signed tiling (a cumulative span minus the months it contains) — never a partial sum.
Bases are found by calendar key (the same months a year earlier), never by row position.

The single-period functions of :mod:`tradestats.measures` (``values``, ``change``, ``ytd``,
``share``, ``contributions``) are thin cases of these.

Provenance is kept as codes: ``derivation`` is a categorical (``reported``, ``sum``,
``derived``, ``missing``) and ``mixed_releases`` flags a derived value whose rows come from more
than one release; :func:`tradestats.measures.values` expands the formula and sources for the
rows a user prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace
from typing import Literal

import numpy as np
import pandas as pd

from .engines import every_month, every_year, on_engines
from .errors import InputError
from .periods import Span, parse_span
from .schema import SERIES
from .tiling import DERIVATIONS, SpanEngine

__all__ = [
    "panel_values",
    "panel_changes",
    "panel_ytd",
    "panel_annual",
    "panel_share",
    "panel_contributions",
]

Within = Literal["flow", "commodity", "partner"]
_WHOLE = {"flow": "total", "commodity": "TOTAL", "partner": "WLD"}
#: The rows a measure must see together on a partitioned engine (see tradestats.engines): the
#: flows of a series, or the parts and their whole.
_PAIR = ["reporter", "partner", "commodity"]
_TOGETHER = {"partner": ["reporter", "commodity"], "commodity": ["reporter", "partner"]}


def _parts_keys(kwargs: dict) -> list[str]:
    return _TOGETHER.get(kwargs.get("within", "partner"), _PAIR)


def _engine(table: pd.DataFrame) -> SpanEngine:
    """The table's span engine (kept while the table lives unchanged; see ``span_engine``)."""
    from .measures import span_engine

    return span_engine(table)


def _ordinals(periods: Iterable[str | Span]) -> tuple[np.ndarray, np.ndarray]:
    spans = [parse_span(p) for p in periods]
    return (
        np.array([s.start.ordinal for s in spans], dtype=np.int64),
        np.array([s.end.ordinal for s in spans], dtype=np.int64),
    )


def _months(eng: SpanEngine) -> np.ndarray:
    return np.arange(eng.t0, eng.t1 + 1, dtype=np.int64) if eng.n_series else np.zeros(0, np.int64)


def _cols(grid: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """``grid[:, columns]`` flattened row by row (``np.take`` keeps rows contiguous)."""
    return np.take(grid, columns, axis=1).ravel()


def _period(ordinals: np.ndarray) -> pd.arrays.PeriodArray:
    return pd.arrays.PeriodArray(np.asarray(ordinals, dtype=np.int64), dtype=pd.PeriodDtype("M"))


def _code_dtype(n: int) -> type:
    """The integer type pandas keeps the codes of ``n`` categories in."""
    for dtype in (np.int8, np.int16, np.int32):
        if n < np.iinfo(dtype).max:
            return dtype
    return np.int64


def _spans(
    s: np.ndarray, e: np.ndarray, each: int
) -> tuple[pd.arrays.PeriodArray, pd.arrays.PeriodArray]:
    """Start and end columns, each span repeated ``each`` times."""
    start = _period(np.repeat(s, each))
    return start, (start.copy() if np.array_equal(s, e) else _period(np.repeat(e, each)))


def _frame(eng: SpanEngine, series: np.ndarray, tiles: int = 1) -> dict:
    """The series keys of the targets (``series`` repeated ``tiles`` times), as categoricals.

    Codes are taken, strings never copied. The columns of a result are gathered in a dict and
    made a frame once, without copies (:func:`_table`).
    """
    out = {}
    for c in SERIES:
        codes, uniques = pd.factorize(eng.keys[c])
        # the smallest code type first: the (long) taken codes are then kept without a copy
        small = codes.astype(_code_dtype(len(uniques)))[series]
        small = np.tile(small, tiles) if tiles != 1 else small
        out[c] = pd.Categorical.from_codes(small, categories=pd.Index(uniques))
    return out


def _table(columns: dict) -> pd.DataFrame:
    """The result frame from freshly built column arrays (none shared: no copies needed)."""
    return pd.DataFrame(columns, copy=False)


def _columns(out: dict, res: object, prefix: str, intervals: bool) -> None:  # res: tiling._Result
    ok = res.ok  # type: ignore[attr-defined]
    out[f"{prefix}value_usd"] = pd.arrays.IntegerArray(res.value, ~ok)  # type: ignore[attr-defined]
    out[f"{prefix}derivation"] = pd.Categorical.from_codes(
        res.kind.astype(np.int8),
        categories=list(DERIVATIONS),  # type: ignore[attr-defined]
    )
    out[f"{prefix}mixed_releases"] = res.mixed  # type: ignore[attr-defined]
    if intervals:
        out[f"{prefix}half_width"] = np.where(ok, res.half2 / 2, np.nan)  # type: ignore[attr-defined]


def _pct(
    new: np.ndarray, new_ok: np.ndarray, old: np.ndarray, old_ok: np.ndarray
) -> pd.arrays.FloatingArray:
    valid = new_ok & old_ok & (old > 0) & (new >= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = (new / np.where(valid, old, 1) - 1) * 100
    return pd.arrays.FloatingArray(np.where(valid, pct, 0.0), ~valid)


def _changes(
    eng: SpanEngine,
    s: np.ndarray,
    e: np.ndarray,
    bs: np.ndarray,
    be: np.ndarray,
    intervals: bool,
) -> tuple[dict, object, object]:
    """Values of the spans ``s..e`` and of their bases ``bs..be`` (one per span) for all series."""
    new = eng.resolve_grid(s, e, intervals=intervals)
    old = eng.resolve_grid(bs, be, intervals=intervals)
    out = _frame(eng, np.arange(eng.n_series), tiles=len(s))
    return out, new, old


def _add_change(out: dict, new: object, old: object, intervals: bool) -> None:
    _columns(out, new, "", intervals)
    _columns(out, old, "base_", intervals)
    both = new.ok & old.ok  # type: ignore[attr-defined]
    out["change_abs"] = pd.arrays.IntegerArray(
        np.where(both, new.value - old.value, 0),
        ~both,  # type: ignore[attr-defined]
    )
    out["change_pct"] = _pct(new.value, new.ok, old.value, old.ok)  # type: ignore[attr-defined]


@on_engines(_PAIR)
def panel_values(
    table: pd.DataFrame, periods: Iterable[str | Span], *, intervals: bool = False
) -> pd.DataFrame:
    """The value of every span in ``periods`` for every series of ``table``.

    Parameters
    ----------
    table
        A canonical table.
    periods
        Spans (``Span`` or any text :func:`~tradestats.periods.parse_span` reads).
    intervals
        Also return ``half_width``: the exact sum of the rounding half-units of the rows used.

    Returns
    -------
    pandas.DataFrame
        One row per series and span: ``reporter``, ``partner``, ``flow``, ``commodity``,
        ``start``, ``end`` (monthly ``Period``), ``value_usd`` (``Int64``, missing when no
        tiling exists), ``derivation`` (categorical), ``mixed_releases`` (bool) and, with
        ``intervals``, ``half_width``.
    """
    eng = _engine(table)
    s, e = _ordinals(periods)
    res = eng.resolve_grid(s, e, intervals=intervals)
    out = _frame(eng, np.arange(eng.n_series), tiles=len(s))
    out["start"], out["end"] = _spans(s, e, eng.n_series)
    _columns(out, res, "", intervals)
    return _table(out)


@on_engines(_PAIR)
def panel_changes(
    table: pd.DataFrame,
    periods: Iterable[str | Span],
    bases: Iterable[str | Span] | None = None,
    *,
    intervals: bool = False,
) -> pd.DataFrame:
    """Change of every span against its base for every series (whole-panel :func:`change`).

    Parameters
    ----------
    table
        A canonical table.
    periods
        The spans of the new values.
    bases
        One base per period; by default each period's same months a year earlier.
    intervals
        Also return ``half_width`` and ``base_half_width``.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`panel_values` plus ``base_start``, ``base_end``,
        ``base_value_usd``, ``base_derivation``, ``change_abs`` (``Int64``) and ``change_pct``
        (``Float64``; missing when either value is missing or the base is not positive).
    """
    spans = [parse_span(p) for p in periods]
    base_spans = (
        [s.year_earlier() for s in spans] if bases is None else [parse_span(b) for b in bases]
    )
    if len(base_spans) != len(spans):
        raise InputError(
            f"bases must give one base per period; received {len(base_spans)} for "
            f"{len(spans)} periods."
        )
    eng = _engine(table)
    s, e = _ordinals(spans)
    bs, be = _ordinals(base_spans)
    out, new, old = _changes(eng, s, e, bs, be, intervals)
    out["start"], out["end"] = _spans(s, e, eng.n_series)
    out["base_start"], out["base_end"] = _spans(bs, be, eng.n_series)
    _add_change(out, new, old, intervals)
    return _table(out)


@on_engines(_PAIR, defaults=every_month("months"))
def panel_ytd(
    table: pd.DataFrame, months: Iterable[str | Span] | None = None, *, intervals: bool = False
) -> pd.DataFrame:
    """Year to date through every month, for every series, with its year-earlier change.

    Parameters
    ----------
    table
        A canonical table.
    months
        The end months; by default every month from the first to the last in the table.
    intervals
        Also return the half-widths.

    Returns
    -------
    pandas.DataFrame
        ``reporter``, ``partner``, ``flow``, ``commodity``, ``month`` (the end month),
        ``value_usd`` (January through ``month``), ``base_value_usd`` (the same months a year
        earlier), ``change_abs``, ``change_pct``, ``derivation``, ``base_derivation``.
    """
    eng = _engine(table)
    ends = _months(eng) if months is None else _ends(months)
    starts = ends - ends % 12
    out, new, old = _changes(eng, starts, ends, starts - 12, ends - 12, intervals)
    out["month"] = _period(np.repeat(ends, eng.n_series))
    _add_change(out, new, old, intervals)
    return _table(out)


@on_engines(_PAIR, defaults=every_year("years"))
def panel_annual(
    table: pd.DataFrame, years: Iterable[int] | None = None, *, intervals: bool = False
) -> pd.DataFrame:
    """Calendar-year totals of every series, with the change from the year before.

    Parameters
    ----------
    table
        A canonical table.
    years
        The years; by default every year the table touches.
    intervals
        Also return the half-widths.

    Returns
    -------
    pandas.DataFrame
        ``reporter``, ``partner``, ``flow``, ``commodity``, ``year`` (int), ``value_usd``,
        ``base_value_usd`` (the year before), ``change_abs``, ``change_pct``, ``derivation``,
        ``base_derivation``.
    """
    eng = _engine(table)
    if years is None:
        ys = np.arange(eng.t0 // 12, eng.t1 // 12 + 1, dtype=np.int64) if eng.n_series else []
        ys = np.asarray(ys, dtype=np.int64)
    else:
        ys = np.array([int(y) - 1970 for y in years], dtype=np.int64)
    s = ys * 12
    out, new, old = _changes(eng, s, s + 11, s - 12, s - 1, intervals)
    out["year"] = np.repeat(ys + 1970, eng.n_series).astype(np.int64)
    _add_change(out, new, old, intervals)
    return _table(out)


@on_engines(_parts_keys, defaults=every_month("periods"))
def panel_share(
    table: pd.DataFrame,
    periods: Iterable[str | Span] | None = None,
    within: Within = "partner",
    whole: str | None = None,
) -> pd.DataFrame:
    """Every part's share of its whole, for every period at once, in percent.

    Parameters
    ----------
    table
        A canonical table.
    periods
        The spans; by default every single month from the first to the last in the table.
    within
        ``partner``: each partner's share of the reporter's trade with the world (``WLD``);
        ``commodity``: each HS code's share of ``TOTAL``; ``flow``: exports and imports as
        shares of ``total``.
    whole
        The key of the whole; defaults to ``WLD``, ``TOTAL`` or ``total``.

    Returns
    -------
    pandas.DataFrame
        One row per part and span: the columns of :func:`panel_values` plus ``whole_usd`` and
        ``share_pct`` (``Float64``; missing when the part or the whole is missing or the whole
        is zero).
    """
    whole_key = _whole(within, whole)
    eng = _engine(table)
    s, e = (_months(eng), _months(eng)) if periods is None else _ordinals(periods)
    k, ns = len(s), eng.n_series
    res = eng.resolve_grid(s, e)
    rest, is_whole = _rest_codes(eng, within, whole_key)
    # (span, series) grids; the whole of every (span, other keys) by column indexing
    value, ok = res.value.reshape(k, ns), res.ok.reshape(k, ns)
    wholes = np.flatnonzero(is_whole)
    parts = np.flatnonzero(~is_whole)
    n_rest = int(rest.max()) + 1 if ns else 0
    w_val = np.zeros((k, n_rest), dtype=np.int64)
    w_ok = np.zeros((k, n_rest), dtype=bool)
    w_val[:, rest[wholes]] = np.take(value, wholes, axis=1)
    w_ok[:, rest[wholes]] = np.take(ok, wholes, axis=1)
    # values are 0 wherever they are missing (resolve_grid's contract): no masking copies
    v, o = _cols(value, parts), _cols(ok, parts)
    kind, mixed = _cols(res.kind.reshape(k, ns), parts), _cols(res.mixed.reshape(k, ns), parts)
    del res, value, ok  # (the grids of every series: freed before the columns are built)
    wv, wo = _cols(w_val, rest[parts]), _cols(w_ok, rest[parts])
    del w_val, w_ok
    invalid = ~wo
    invalid |= ~o
    invalid |= wv == 0
    pct = v.astype(np.float64)
    denom = wv.astype(np.float64)
    denom[invalid] = 1.0
    pct /= denom
    del denom
    pct *= 100
    pct[invalid] = 0.0
    out = _frame(eng, parts, tiles=k)
    out["start"], out["end"] = _spans(s, e, len(parts))
    out["value_usd"] = pd.arrays.IntegerArray(v, ~o)
    out["derivation"] = pd.Categorical.from_codes(kind, categories=list(DERIVATIONS))
    out["mixed_releases"] = mixed
    out["whole_usd"] = pd.arrays.IntegerArray(wv, ~wo)
    out["share_pct"] = pd.arrays.FloatingArray(pct, invalid)
    return _table(out)


@on_engines(_parts_keys, defaults=every_month("periods"))
def panel_contributions(
    table: pd.DataFrame,
    periods: Iterable[str | Span] | None = None,
    within: Within = "partner",
    whole: str | None = None,
) -> pd.DataFrame:
    """Contribution of every part to the year-on-year change of its whole, every period at once.

    The contribution is (part − part a year earlier) / whole a year earlier × 100, in percentage
    points; the contributions of parts that add up to the whole add up to its percent change.

    Parameters
    ----------
    table
        A canonical table.
    periods
        The spans; by default every single month from the first to the last in the table.
    within, whole
        As in :func:`panel_share`.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`panel_changes` for the parts, plus ``whole_base_usd`` and
        ``contribution_pp``.
    """
    whole_key = _whole(within, whole)
    eng = _engine(table)
    s, e = (_months(eng), _months(eng)) if periods is None else _ordinals(periods)
    k, ns = len(s), eng.n_series
    new = eng.resolve_grid(s, e)
    old = eng.resolve_grid(s - 12, e - 12)
    rest, is_whole = _rest_codes(eng, within, whole_key)
    wholes, parts = np.flatnonzero(is_whole), np.flatnonzero(~is_whole)
    n_rest = int(rest.max()) + 1 if ns else 0
    w_val = np.zeros((k, n_rest), dtype=np.int64)
    w_ok = np.zeros((k, n_rest), dtype=bool)
    w_val[:, rest[wholes]] = np.take(old.value.reshape(k, ns), wholes, axis=1)
    w_ok[:, rest[wholes]] = np.take(old.ok.reshape(k, ns), wholes, axis=1)
    wv, wo = _cols(w_val, rest[parts]), _cols(w_ok, rest[parts])

    def pick(res: SimpleNamespace) -> SimpleNamespace:
        return SimpleNamespace(**{f: _cols(getattr(res, f).reshape(k, ns), parts) for f in _FIELDS})

    new, old = pick(new), pick(old)
    out = _frame(eng, parts, tiles=k)
    out["start"], out["end"] = _spans(s, e, len(parts))
    _add_change(out, new, old, False)
    both = new.ok & old.ok
    diff = (new.value - old.value).astype(np.float64)
    out["whole_base_usd"] = pd.arrays.IntegerArray(np.where(wo, wv, 0), ~wo)
    valid = wo & both & (wv != 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        pp = diff / np.where(valid, wv, 1) * 100
    out["contribution_pp"] = pd.arrays.FloatingArray(np.where(valid, pp, 0.0), ~valid)
    return _table(out)


_FIELDS = ("value", "ok", "kind", "mixed")


def _whole(within: str, whole: str | None) -> str:
    if within not in _WHOLE:
        raise InputError(f"within must be one of {list(_WHOLE)}; received {within!r}.")
    return whole or _WHOLE[within]


def _rest_codes(eng: SpanEngine, within: str, whole_key: str) -> tuple[np.ndarray, np.ndarray]:
    """Per series: a code for the other three keys, and whether it is the whole."""
    others = [c for c in SERIES if c != within]
    combined = np.zeros(eng.n_series, dtype=np.int64)
    for col in others:
        codes, uniques = pd.factorize(eng.keys[col], use_na_sentinel=False)
        combined = combined * (len(uniques) + 1) + codes
    rest, _ = pd.factorize(combined)
    is_whole = (eng.keys[within].astype(object) == whole_key).to_numpy(dtype=bool)
    return rest.astype(np.int64), is_whole


def _ends(months: Iterable[str | Span]) -> np.ndarray:
    return np.array([parse_span(m).end.ordinal for m in months], dtype=np.int64)
