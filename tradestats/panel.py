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

from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import Literal

import numpy as np
import pandas as pd

from . import threads
from .engines import every_month, every_year, on_engines
from .errors import InputError
from .periods import Span, parse_span
from .schema import SERIES
from .tiling import DERIVATIONS, REPORTED, SUM, SpanEngine, _hash, _runs, _take

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
    """``grid[:, columns]`` flattened row by row (rows taken in threads on a long grid)."""
    out = np.empty((grid.shape[0], len(columns)), dtype=grid.dtype)
    return _fill_rows(out, lambda r: np.take(grid[r], columns, axis=1))


def _period(ordinals: np.ndarray) -> pd.arrays.PeriodArray:
    return pd.arrays.PeriodArray(np.asarray(ordinals, dtype=np.int64), dtype=pd.PeriodDtype("M"))


def _code_dtype(n: int) -> type:
    """The integer type pandas keeps the codes of ``n`` categories in."""
    for dtype in (np.int8, np.int16, np.int32):
        if n < np.iinfo(dtype).max:
            return dtype
    return np.int64


def _fill_rows(grid: np.ndarray, row: Callable[[slice], np.ndarray]) -> np.ndarray:
    """``grid[r] = row(r)`` for slices ``r`` of its rows, in threads on a long grid; the grid
    flattened."""

    def put(lo: int, hi: int) -> None:
        grid[lo:hi] = row(slice(lo, hi))

    k, width = grid.shape
    step = max(1, threads.CHUNK_ROWS // max(width, 1))
    pieces = [(lo, min(lo + step, k)) for lo in range(0, k, step)]
    threads.each(lambda b: put(*b), pieces, grid.size)
    return grid.reshape(-1)


def _repeat(x: np.ndarray, n: int) -> np.ndarray:
    """``np.repeat(x, n)`` (each entry n times), written in threads when long."""
    return _fill_rows(np.empty((len(x), n), dtype=x.dtype), lambda r: x[r, None])


def _tile(x: np.ndarray, k: int) -> np.ndarray:
    """``np.tile(x, k)`` (``x`` k times over), written in threads when long."""
    return _fill_rows(np.empty((k, len(x)), dtype=x.dtype), lambda r: x)


def _spans(
    s: np.ndarray, e: np.ndarray, each: int
) -> tuple[pd.arrays.PeriodArray, pd.arrays.PeriodArray]:
    """Start and end columns, each span repeated ``each`` times.

    Spans of one month give the same array twice: :func:`_table` makes ``end`` a copy-on-write
    reference to ``start`` (no second copy of the column).
    """
    start = _period(_repeat(s, each))
    return start, (start if np.array_equal(s, e) else _period(_repeat(e, each)))


def _key_codes(keys: pd.DataFrame) -> dict[str, tuple[np.ndarray, pd.Index]]:
    """Each key column of ``keys`` factorised once: codes (missing: -1) and the distinct keys."""
    return {c: pd.factorize(keys[c]) for c in SERIES}


def _frame(
    keys: pd.DataFrame,
    series: np.ndarray,
    tiles: int = 1,
    coded: dict[str, tuple[np.ndarray, pd.Index]] | None = None,
) -> dict:
    """The series keys of the targets (``series`` repeated ``tiles`` times), as categoricals.

    ``keys`` holds one row per series code (``SpanEngine.keys``); ``coded`` is
    ``_key_codes(keys)`` when already made. Codes are taken, strings never copied. The columns
    of a result are gathered in a dict and made a frame once, without copies (:func:`_table`).
    """
    coded = coded or _key_codes(keys)
    out = {}
    for c in SERIES:
        codes, uniques = coded[c]
        # the smallest code type first: the (long) taken codes are then kept without a copy
        small = codes.astype(_code_dtype(len(uniques)))[series]
        small = _tile(small, tiles) if tiles != 1 else small
        out[c] = pd.Categorical.from_codes(small, categories=pd.Index(uniques))
    return out


def _table(columns: dict) -> pd.DataFrame:
    """The result frame from freshly built column arrays (none shared: no copies needed).

    A column given as the very array of an earlier column is inserted as that column: pandas
    then shares the memory copy-on-write (a write to either copies it first; pandas without
    copy-on-write copies on insert), so no two columns alias unprotected.
    """
    first: dict[int, str] = {}
    again: dict[str, str] = {}
    for name, values in columns.items():
        if id(values) in first:
            again[name] = first[id(values)]
        else:
            first[id(values)] = name
    frame = pd.DataFrame({k: v for k, v in columns.items() if k not in again}, copy=False)
    for name, same in again.items():
        frame.insert(list(columns).index(name), name, frame[same])
    return frame


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
    out = _frame(eng.keys, np.arange(eng.n_series), tiles=len(s))
    return out, new, old


def _shifted(grid: SimpleNamespace, ns: int) -> tuple[SimpleNamespace, SimpleNamespace]:
    """A (span, series) grid of k + 1 consecutive spans as the last k spans and, as their
    bases, the first k (copied: no two result columns share memory)."""
    new, old = SimpleNamespace(), SimpleNamespace()
    for name in ("value", "ok", "kind", "mixed", "half2"):
        a = getattr(grid, name)
        setattr(new, name, None if a is None else a[ns:])
        setattr(old, name, None if a is None else a[: len(a) - ns].copy())
    return new, old


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
    out = _frame(eng.keys, np.arange(eng.n_series), tiles=len(s))
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
    if not intervals:
        fast = _monthly_annual(table, years)
        if fast is not None:
            return fast
    eng = _engine(table)
    if years is None:
        ys = np.arange(eng.t0 // 12, eng.t1 // 12 + 1, dtype=np.int64) if eng.n_series else []
        ys = np.asarray(ys, dtype=np.int64)
    else:
        ys = np.array([int(y) - 1970 for y in years], dtype=np.int64)
    s = ys * 12
    if len(ys) > 1 and bool((np.diff(ys) == 1).all()):
        # consecutive years: each year's base is the year before, so one grid of the years and
        # the year before the first gives both
        both = eng.resolve_grid(
            np.append(s[0] - 12, s), np.append(s[0] - 1, s + 11), intervals=intervals
        )
        new, old = _shifted(both, eng.n_series)
        out = _frame(eng.keys, np.arange(eng.n_series), tiles=len(s))
    else:
        out, new, old = _changes(eng, s, s + 11, s - 12, s - 1, intervals)
    out["year"] = np.repeat(ys + 1970, eng.n_series).astype(np.int64)
    _add_change(out, new, old, intervals)
    return _table(out)


def _monthly_rows(table: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray] | None:
    """The default view's rows with a value and their months, when every row is one month."""
    from .measures import _view

    rows = _view(table)  # (the view holds only rows with a value)
    if not len(rows):
        return None
    t = np.asarray(rows["start"].array.asi8, dtype=np.int64)
    return (rows, t) if np.array_equal(t, rows["end"].array.asi8) else None


def _monthly_annual(table: pd.DataFrame, years: Iterable[int] | None) -> pd.DataFrame | None:
    """:func:`panel_annual` of a table of single months, without the span engine.

    A year's value is then the sum of its twelve monthly rows when all twelve are there, and
    missing otherwise (``sum`` or ``missing``; never a derivation). The rows are cut into runs
    of one series and year, each run is added up (``np.add.reduceat``: in a table sorted by
    series and month, a twelfth of the rows) and the runs' sums go into a (year, series) grid.
    None (the span engine answers) as for :func:`_monthly_share`: rows spanning several
    months, exports, imports and totals together, two rows in a cell, or an empty table.
    """
    monthly = _monthly_rows(table)
    if monthly is None:
        return None
    rows, t = monthly
    series = _RowSeries(rows)
    keys = series.keys
    coded = _key_codes(keys)
    if {"export", "import", "total"} <= set(coded["flow"][1]):
        return None
    ns, n = len(keys), len(rows)
    t0, t1 = int(t.min()), int(t.max())
    y0 = t0 // 12
    ny = t1 // 12 - y0 + 1
    values = rows["value_usd"].array
    codes = np.arange(ns, dtype=np.int64)

    def runs(lo: int, hi: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, bool]:
        """The chunk's runs of one series and year: (year, series) cell, sum and length; and
        whether months rise within each series' run."""
        tt = t[lo:hi]
        edge = series.starts(lo, hi)
        rising = bool(np.logical_or(np.diff(tt) > 0, edge[1:]).all())
        year = tt // 12
        edge[1:] |= year[1:] != year[:-1]
        at = np.flatnonzero(edge)
        total = np.add.reduceat(values[lo:hi].to_numpy(dtype=np.int64, na_value=0), at)
        cell = (year[at] - (y0 - 1)) * ns + series.spread(codes, lo, hi)[at]
        return cell, total, np.diff(np.append(at, hi - lo)), rising

    pieces = threads.in_chunks(runs, n)
    # every series in one block of rising months holds no month twice; else look
    if not (series.one_run_each() and all(p[3] for p in pieces)) and _month_twice(series, t, ns):
        return None
    total = np.zeros((ny + 1) * ns, dtype=np.int64)  # (row 0: the year before the first)
    count = np.zeros(len(total), dtype=np.int64)
    while pieces:  # (a run cut by a chunk's end is added up from both chunks)
        cell, sums, lengths, _ = pieces.pop()
        np.add.at(total, cell, sums)
        np.add.at(count, cell, lengths)
    full = count == 12
    total *= full
    ys = np.arange(y0, y0 + ny, dtype=np.int64)
    if years is not None:
        ys = np.array([int(y) - 1970 for y in years], dtype=np.int64)
    at = ys - (y0 - 1)  # grid rows of the years; their bases are the rows before
    k = len(ys)
    new, old = SimpleNamespace(half2=None), SimpleNamespace(half2=None)
    for res, rows_at in ((new, at), (old, at - 1)):
        inside = (rows_at >= 0) & (rows_at <= ny)
        pick = (np.clip(rows_at, 0, ny)[:, None] * ns + np.arange(ns)[None, :]).ravel()
        res.ok = full[pick]
        res.ok &= np.repeat(inside, ns)
        res.value = total[pick]
        res.value *= res.ok
        res.kind = res.ok.astype(np.int8)
        res.kind *= SUM
        res.mixed = np.zeros(k * ns, dtype=bool)
    out = _frame(keys, np.arange(ns), tiles=k, coded=coded)
    out["year"] = np.repeat(ys + 1970, ns).astype(np.int64)
    _add_change(out, new, old, False)
    return _table(out)


def _month_twice(series: _RowSeries, t: np.ndarray, ns: int) -> bool:
    """Whether two rows hold one series' same month."""
    t0 = int(t.min())
    width = int(t.max()) - t0 + 1
    seen = np.zeros(ns * width, dtype=bool)
    first = np.arange(ns, dtype=np.int64) * width - t0

    def mark(lo: int, hi: int) -> None:
        seen[series.spread(first, lo, hi) + t[lo:hi]] = True

    threads.in_chunks(mark, len(t))
    return int(np.count_nonzero(seen)) != len(t)


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
    fast = _monthly_share(table, periods, within, whole_key)
    if fast is not None:
        return fast
    eng = _engine(table)
    s, e = (_months(eng), _months(eng)) if periods is None else _ordinals(periods)
    k, ns = len(s), eng.n_series
    res = eng.resolve_grid(s, e)
    rest, is_whole = _rest_codes(eng.keys, within, whole_key)
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
    return _share_table(eng.keys, parts, s, e, v, o, kind, mixed, wv, wo)


def _share_table(
    keys: pd.DataFrame,
    parts: np.ndarray,
    s: np.ndarray,
    e: np.ndarray,
    v: np.ndarray,
    o: np.ndarray,
    kind: np.ndarray,
    mixed: np.ndarray,
    wv: np.ndarray,
    wo: np.ndarray,
    coded: dict[str, tuple[np.ndarray, pd.Index]] | None = None,
) -> pd.DataFrame:
    """:func:`panel_share`'s result from (span, part) arrays, flattened span by span.

    ``v``/``o``: the part's value (0 where missing) and whether it is known; ``kind``/``mixed``
    its derivation code and flag; ``wv``/``wo``: the value and knowledge of its whole.
    """
    invalid = np.empty(len(v), dtype=bool)
    pct = np.empty(len(v), dtype=np.float64)

    def ratio(lo: int, hi: int) -> None:
        bad, share = invalid[lo:hi], pct[lo:hi]
        np.logical_not(wo[lo:hi], out=bad)
        bad |= ~o[lo:hi]
        bad |= wv[lo:hi] == 0
        with np.errstate(divide="ignore", invalid="ignore"):
            np.divide(v[lo:hi], wv[lo:hi], out=share)  # (as float64 / float64)
        share *= 100
        np.putmask(share, bad, 0.0)

    threads.in_chunks(ratio, len(v))
    out = _frame(keys, parts, tiles=len(s), coded=coded)
    out["start"], out["end"] = _spans(s, e, len(parts))
    out["value_usd"] = pd.arrays.IntegerArray(v, ~o)
    out["derivation"] = pd.Categorical.from_codes(kind, categories=list(DERIVATIONS))
    out["mixed_releases"] = mixed
    out["whole_usd"] = pd.arrays.IntegerArray(wv, ~wo)
    out["share_pct"] = pd.arrays.FloatingArray(pct, invalid)
    return _table(out)


class _RowSeries:
    """The series of a table's rows: ``SpanEngine``'s codes and keys, in the same order.

    Rows in runs of one series (the usual layout) are coded run by run: a per-series array is
    spread over the rows by repeating each run's entry, and no code per row is built. Other
    tables hash every row.
    """

    def __init__(self, rows: pd.DataFrame) -> None:
        self.n = len(rows)
        try:
            runs = _runs(rows, SERIES)
        except (TypeError, ValueError):  # keys that do not compare: hash every row
            runs = None
        if runs is None:
            self.code, first = _hash(rows, SERIES)
            self.keys = _take(rows, SERIES, first)
            self.heads = self.head_code = None
        else:
            self.heads, self.head_code, self.keys = runs
            self.code = None

    def one_run_each(self) -> bool:
        """Whether the rows of every series are one block."""
        return self.heads is not None and len(self.heads) == len(self.keys)

    def spread(self, x: np.ndarray, lo: int = 0, hi: int | None = None) -> np.ndarray:
        """``x[series of row]`` for the rows ``lo:hi``."""
        hi = self.n if hi is None else hi
        if self.heads is None:
            return x[self.code[lo:hi]]
        heads = self.heads
        r0 = int(np.searchsorted(heads, lo, side="right")) - 1
        r1 = int(np.searchsorted(heads, hi, side="left"))
        bounds = np.clip(np.append(heads[r0:r1], hi), lo, hi)
        return np.repeat(x[self.head_code[r0:r1]], np.diff(bounds))

    def starts(self, lo: int, hi: int) -> np.ndarray:
        """Whether each row of ``lo:hi`` starts a run of its series (row ``lo`` always does)."""
        out = np.zeros(hi - lo, dtype=bool)
        if self.heads is None:
            np.not_equal(self.code[lo + 1 : hi], self.code[lo : hi - 1], out=out[1:])
        else:
            a, b = np.searchsorted(self.heads, [lo, hi])
            out[self.heads[a:b] - lo] = True
        if hi > lo:
            out[0] = True
        return out


def _pick_months(grid: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Rows ``at`` of a (month, column) grid; zero (missing) where ``at`` is outside it."""
    inside = (at >= 0) & (at < len(grid))
    out = np.zeros((len(at), grid.shape[1]), dtype=grid.dtype)
    out[inside] = grid[at[inside]]
    return out


def _monthly_share(
    table: pd.DataFrame, periods: Iterable[str | Span] | None, within: str, whole_key: str
) -> pd.DataFrame | None:
    """:func:`panel_share` of a table of single months, without the span engine.

    Every value of a single month is then a row published for it (``reported``) or missing, so
    the parts and wholes are read from one dense (month, series) grid of the rows: each row is
    written once into its cell, parts in the first columns, wholes after them. None (the span
    engine answers) when a row spans several months (cumulative or derived rows), a period is
    not one month, the table holds exports, imports and totals (a flow its own rows leave
    unknown is then derived from the other two), a cell holds two rows (the engine names
    them), or the table is empty.
    """
    monthly = _monthly_rows(table)
    if monthly is None:
        return None
    rows, t = monthly
    n = len(rows)
    s = e = None
    if periods is not None:
        s, e = _ordinals(periods)
        if not np.array_equal(s, e):
            return None
    series = _RowSeries(rows)
    keys = series.keys
    coded = _key_codes(keys)
    if {"export", "import", "total"} <= set(coded["flow"][1]):
        return None
    t0 = int(t.min())
    width = int(t.max()) - t0 + 1
    rest, is_whole = _rest_codes(keys, within, whole_key, coded)
    parts, wholes = np.flatnonzero(~is_whole), np.flatnonzero(is_whole)
    n_parts, n_rest = len(parts), int(rest.max()) + 1
    # One buffer: the (month, part) grid, then the (month, whole) grid. A row's cell is
    # month × stride + offset of its series, so both grids are filled in one pass.
    size = width * (n_parts + n_rest)
    small = size + max(abs(t0), abs(int(t.max()))) * max(n_parts, n_rest) < 2**31
    ct = np.int32 if small else np.int64  # (cells and t × stride fit)
    stride = np.full(len(keys), n_parts, dtype=ct)
    stride[wholes] = n_rest
    offset = np.empty(len(keys), dtype=np.int64)
    offset[parts] = np.arange(n_parts)
    offset[wholes] = width * n_parts + rest[wholes]
    offset -= t0 * stride  # (t - t0) × stride + offset = t × stride + (offset − t0 × stride)
    offset = offset.astype(ct)
    value = np.zeros(size, dtype=np.int64)
    known = np.zeros(size, dtype=bool)
    values = rows["value_usd"].array

    def fill(lo: int, hi: int) -> None:  # (chunks in threads write disjoint cells)
        cell = series.spread(stride, lo, hi)
        np.multiply(cell, t[lo:hi], out=cell, casting="unsafe")
        cell += series.spread(offset, lo, hi)
        value[cell] = values[lo:hi].to_numpy(dtype=np.int64, na_value=0)
        known[cell] = True

    threads.in_chunks(fill, n)
    if int(np.count_nonzero(known)) != n:  # two rows in a cell
        return None
    split = width * n_parts
    v, o = value[:split].reshape(width, n_parts), known[:split].reshape(width, n_parts)
    w_val, w_ok = value[split:].reshape(width, n_rest), known[split:].reshape(width, n_rest)
    if s is None:
        s = e = np.arange(t0, t0 + width, dtype=np.int64)
    else:
        at = s - t0
        if not np.array_equal(at, np.arange(width)):  # other months: pick (or leave missing)
            v, o, w_val, w_ok = (_pick_months(g, at) for g in (v, o, w_val, w_ok))
    wv, wo = _cols(w_val, rest[parts]), _cols(w_ok, rest[parts])
    del w_val, w_ok
    v, o = v.reshape(-1), o.reshape(-1)  # (views of the buffer: no copies)
    # REPORTED where known, MISSING (0) elsewhere
    kind = o.view(np.int8) if REPORTED == 1 else o * np.int8(REPORTED)
    mixed = np.zeros(len(o), dtype=bool)
    return _share_table(keys, parts, s, e, v, o, kind, mixed, wv, wo, coded)


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
    rest, is_whole = _rest_codes(eng.keys, within, whole_key)
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
    out = _frame(eng.keys, parts, tiles=k)
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


def _rest_codes(
    keys: pd.DataFrame,
    within: str,
    whole_key: str,
    coded: dict[str, tuple[np.ndarray, pd.Index]] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Per series (a row of ``keys``): a code for the other three keys, and whether it is the
    whole. ``coded``: ``_key_codes(keys)`` when already made."""
    coded = coded or _key_codes(keys)
    combined = np.zeros(len(keys), dtype=np.int64)
    for col in (c for c in SERIES if c != within):
        codes, uniques = coded[col]
        combined = combined * (len(uniques) + 1) + (codes + 1)  # (a missing key: code 0)
    rest, _ = pd.factorize(combined)
    codes, uniques = coded[within]
    at = np.flatnonzero(np.asarray(uniques == whole_key, dtype=bool))
    is_whole = codes == at[0] if len(at) else np.zeros(len(keys), dtype=bool)
    return rest.astype(np.int64), is_whole


def _ends(months: Iterable[str | Span]) -> np.ndarray:
    return np.array([parse_span(m).end.ordinal for m in months], dtype=np.int64)
