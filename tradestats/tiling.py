"""The value of any span from published rows: exact rows, sums that tile it, signed tilings.

A span's value is read from a row published for exactly that span; or added up from rows whose
spans cover its months once each (a quarter from three months, January–March from a combined
January–February release plus March); or obtained with + and − from rows that imply it (a
cumulative January–April figure minus March and April gives January–February). Months that no
combination determines are reported, never guessed: February 2020 alone is unknown when it was
published only inside January–February 2020.

How it works, in array time. Inside one calendar year a span [a, b] is the difference of two
year-to-date positions, C(b) − C(a − 1), so every published row is an edge between two of the 13
positions 0..12 of its series-year, and a span is determined exactly when its two end positions
are connected; the path is the formula (an edge walked backwards is subtracted). A row published
for exactly the span comes first; among the paths the one with the narrowest rounding interval
wins (the half-units of the rows add up), then the fewest subtracted rows, then the fewest
multi-month rows, then the fewest rows. A derivation whose rows come from more than one release
gives way to one within a single release when one exists, and is flagged otherwise. A release is
one publication of the customs figures: rows marked ``release == "first"`` belong to the release
of their last month (January–March and March, both first published in April's release, are one
release); any other row is its own release, named by its publication date.
The paths of every series-year that holds a multi-month row are found at once by a vectorised
Floyd–Warshall over an array of shape (series-years, 13, 13); series-years of single months only
take prefix sums over the sorted rows. A span crossing years is split at the year boundaries.
Nothing loops over series, periods or rows in Python; the formula and the sources of a value are
expanded only for the rows a caller asks to explain.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace

import numpy as np
import pandas as pd

from . import threads
from .errors import DuplicateRowsError, TilingConflictWarning, UncoveredPeriodError
from .periods import Span, parse_span
from .rounding import half_units
from .schema import SERIES

__all__ = ["SpanEngine", "span_values", "spans_values", "value_over", "DERIVATIONS"]

#: Codes of the ``derivation`` categorical of the whole-panel functions.
DERIVATIONS = ("missing", "reported", "sum", "derived")
MISSING, REPORTED, SUM, DERIVED = range(4)

_KEY = ["period", *SERIES]
_INF = np.int64(1) << 62
# Path weights, compared as one integer: the rounding (twice the half-units, bits 12+), then rows
# subtracted (bits 8-11), then multi-month rows (bits 4-7), then the number of rows (bits 0-3). A
# path has at most 12 edges, so no count overflows its four bits.
_HALF_SHIFT = 12
_BACK = np.int64(1) << 8
_MULTI = np.int64(1) << 4


def _h2(dist: np.ndarray) -> np.ndarray:
    """Twice the half-width of a path from its weight."""
    return dist >> _HALF_SHIFT


_NODES = 13


def half_units2(rows: pd.DataFrame) -> np.ndarray:
    """Twice the rounding half-unit of each row, as exact integers.

    The one place the tiling reads rounding: the printed precision stored with each row
    (``precision_usd``) where known, else inferred from the stored digits
    (:func:`tradestats.rounding.half_units`).
    """
    half = half_units(rows).to_numpy(dtype="float64", na_value=np.nan)
    return np.nan_to_num(half * 2, nan=0.0).round().astype(np.int64)


def _release_codes(rows: pd.DataFrame) -> tuple[np.ndarray, int]:
    """The release each row comes from (see the module docstring), as codes 1..k (0: unknown).

    A first release is keyed by the month it reports up to; any other row by its publication
    date. Returns the codes and k + 1, the number of codes.
    """
    n = len(rows)
    if "published" not in rows.columns or not n:
        return np.zeros(n, dtype=np.int64), 1
    pub_code, _ = pd.factorize(rows["published"])  # missing: -1
    key = pub_code.astype(np.int64)
    if "release" in rows.columns:
        first = rows["release"].eq("first").to_numpy(dtype=bool, na_value=False)
        if first.any():
            end = rows["end"].array.asi8.astype(np.int64)
            # first releases after every publication code, by their last month
            key = np.where(first, int(key.max(initial=0)) + 2 + end - int(end.min()), key)
    if n > 1 and bool((key == key[0]).all()):  # one release: no factorising
        return np.where(key < 0, 0, 1).astype(np.int64), 2
    codes, uniques = pd.factorize(key)
    codes = codes.astype(np.int64) + 1
    codes[key < 0] = 0
    return codes, len(uniques) + 1


def _arrow(values: pd.Series, *, chunked: bool = False) -> object | None:
    """The values as an Arrow array when they are Arrow-backed (pyarrow then installed).

    One contiguous array, or with ``chunked`` the array as stored (no copy).
    """
    dtype = values.dtype
    if not (isinstance(dtype, pd.ArrowDtype) or getattr(dtype, "storage", None) == "pyarrow"):
        return None
    import pyarrow as pa

    a = values.array.__arrow_array__()
    if chunked:
        return a if isinstance(a, pa.ChunkedArray) else pa.chunked_array([a])
    return a.combine_chunks() if isinstance(a, pa.ChunkedArray) else a


def _differ_arrow(a: object) -> object:
    import pyarrow.compute as pc

    n = len(a)  # type: ignore[arg-type]
    return pc.not_equal(a.slice(0, n - 1), a.slice(1)).fill_null(True)  # type: ignore[attr-defined]


def _neighbours_differ(values: pd.Series) -> np.ndarray:
    """``values[i] != values[i + 1]`` for every i, missing values counting as different."""
    a = _arrow(values, chunked=True)
    if a is not None:  # Arrow-backed strings: compare in Arrow, no copies
        return _differ_arrow(a).to_numpy(zero_copy_only=False).astype(bool)  # type: ignore[attr-defined]
    obj = values.to_numpy(dtype=object, na_value=None)
    return np.asarray(obj[:-1] != obj[1:], dtype=bool)


def _take(frame: pd.DataFrame, cols: list[str], positions: np.ndarray) -> pd.DataFrame:
    """``frame[cols].iloc[positions]`` with a fresh index (Arrow columns taken in Arrow)."""

    def take(col: object) -> object:
        values = frame[col]
        a = _arrow(values, chunked=True)
        if a is None:
            return values.array.take(positions)
        return pd.array(_take_chunked(a, positions), dtype=values.dtype)

    # Arrow columns are taken outside the interpreter lock: in threads on a long table
    threaded = all(_arrow(frame[c], chunked=True) is not None for c in cols)
    taken = threads.each(take, list(cols), len(frame) if threaded else 0)
    return pd.DataFrame(dict(zip(cols, taken)), columns=cols, copy=False)


def _take_chunked(a: object, positions: np.ndarray) -> object:
    """``a.take(positions)`` for a chunked Arrow array, taken chunk by chunk.

    (Arrow's own take of a chunked string array joins all chunks first: a copy of the column.)
    """
    import pyarrow as pa

    chunks = a.chunks  # type: ignore[attr-defined]
    if len(chunks) == 1 or not len(positions):
        return a.take(pa.array(positions)).combine_chunks()  # type: ignore[attr-defined]
    ends = np.cumsum([len(c) for c in chunks])
    which = np.searchsorted(ends, positions, side="right")
    if bool((which[1:] >= which[:-1]).all()):  # (positions in chunk order: taken in place)
        bounds = np.searchsorted(which, np.arange(len(chunks) + 1))
        return pa.concat_arrays([
            chunk.take(pa.array(positions[bounds[i] : bounds[i + 1]] - (ends[i] - len(chunk))))
            for i, chunk in enumerate(chunks)
        ])  # fmt: skip
    order = np.argsort(which, kind="stable")
    bounds = np.searchsorted(which[order], np.arange(len(chunks) + 1))
    pieces = []
    for i, chunk in enumerate(chunks):  # (one step per chunk of the column, not per row)
        local = positions[order[bounds[i] : bounds[i + 1]]] - (ends[i] - len(chunk))
        if len(local):
            pieces.append(chunk.take(pa.array(local)))
    joined = pa.concat_arrays(pieces)
    back = np.empty(len(order), dtype=np.int64)
    back[order] = np.arange(len(order))
    return joined.take(pa.array(back))


def _runs(
    frame: pd.DataFrame, cols: list[str]
) -> tuple[np.ndarray, np.ndarray, pd.DataFrame] | None:
    """Runs of equal keys: each run's first row, its series code, and the combinations.

    Panels usually hold each series in one block of rows (bulk files, generated panels): runs of
    equal keys are found by comparing neighbours, and only the runs' first rows are hashed.
    None when runs are short (hashing every row is then cheaper).
    """
    n = len(frame)
    if n < 2:
        return None
    change = np.zeros(n - 1, dtype=bool)
    acc = None  # Arrow-backed columns: one boolean array in Arrow, converted once
    arrow = [(col, _arrow(frame[col], chunked=True)) for col in cols]
    for col, a in arrow:
        if a is None:
            change |= _neighbours_differ(frame[col])
    # Arrow compares the key columns outside the interpreter lock: one thread each on a
    # large table (the peers of the benchmark use every core too)
    compared = threads.each(_differ_arrow, [a for _, a in arrow if a is not None], n)
    for ne in compared:
        import pyarrow.compute as pc

        acc = ne if acc is None else pc.or_(acc, ne)
    if acc is not None:
        change |= acc.to_numpy(zero_copy_only=False)  # type: ignore[attr-defined]
    heads = np.concatenate([[0], np.flatnonzero(change) + 1]).astype(np.int64)
    if len(heads) * 4 > n:
        return None
    head_rows = _take(frame, cols, heads)
    head_code, head_first = _hash(head_rows, cols)
    keys = head_rows.iloc[head_first].reset_index(drop=True)
    return heads, head_code, keys


def _run_codes(
    frame: pd.DataFrame, cols: list[str], dtype: type = np.int64
) -> tuple[np.ndarray, pd.DataFrame] | None:
    """Series codes hashing only the first row of each run of equal keys (None if runs are short)."""
    runs = _runs(frame, cols)
    if runs is None:
        return None
    heads, head_code, keys = runs
    # each row takes its run's code (runs are contiguous: a repeat, no cumulative sum)
    lengths = np.diff(np.append(heads, len(frame)))
    return np.repeat(head_code.astype(dtype, copy=False), lengths), keys


def _codes(
    frame: pd.DataFrame, cols: list[str], dtype: type = np.int64
) -> tuple[np.ndarray, pd.DataFrame]:
    """One dense integer code (of ``dtype``) per distinct combination of ``cols``, and the
    combinations.

    The combinations (a frame of ``cols``, one row per code, in order of first appearance).
    """
    try:
        fast = _run_codes(frame, cols, dtype)
    except (TypeError, ValueError):  # keys that do not compare: hash every row
        fast = None
    if fast is not None:
        return fast
    code, first = _hash(frame, cols)
    return code.astype(dtype, copy=False), _take(frame, cols, first)


def series_codes(frame: pd.DataFrame, cols: list[str] = SERIES) -> np.ndarray:
    """One integer per distinct combination of ``cols`` (per series), for every row."""
    return _codes(frame, cols)[0] if len(frame) else np.zeros(0, dtype=np.int64)


def _hash(frame: pd.DataFrame, cols: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Codes of the rows' combinations of ``cols`` and the first row of each."""
    n = len(frame)
    combined = np.zeros(n, dtype=np.int64)
    size = 1
    for col in cols:
        values = frame[col]
        if isinstance(values.dtype, pd.CategoricalDtype):
            codes, k = values.cat.codes.to_numpy(np.int64), len(values.cat.categories)
        else:
            codes, uniques = pd.factorize(values)
            codes, k = codes.astype(np.int64), len(uniques)
        combined = combined * (k + 1) + (codes + 1)  # missing keys (-1) get their own code
        size *= k + 1
    if size <= max(4 * n, 1 << 16):
        seen = np.zeros(size, dtype=bool)
        seen[combined] = True
        remap = np.cumsum(seen) - 1
        code = remap[combined]
    else:
        code, _ = pd.factorize(combined, sort=False)
        code = code.astype(np.int64)
    first = np.full(int(code.max()) + 1 if n else 0, -1, dtype=np.int64)
    first[code[::-1]] = np.arange(n - 1, -1, -1)
    return code, first


@dataclass
class _Result:
    """Arrays for a batch of targets (one entry per target)."""

    value: np.ndarray
    ok: np.ndarray
    kind: np.ndarray
    mixed: np.ndarray
    half2: np.ndarray | None
    conflict: np.ndarray
    direct: np.ndarray = field(repr=False)  # the row published for exactly the span, or -1
    # pieces, for explanations: target -> pieces [ptr[i], ptr[i+1])
    ptr: np.ndarray = field(repr=False)
    piece_row: np.ndarray = field(repr=False)  # direct row position or -1
    piece_group: np.ndarray = field(repr=False)  # FW group or -1
    piece_ij: np.ndarray = field(repr=False)  # (i, j) nodes, or months (a, b) for prefix sums
    piece_how: np.ndarray = field(repr=False)  # 0 none, 1 direct, 2 prefix, 3 FW
    alt_value: np.ndarray = field(repr=False)
    alt_half2: np.ndarray = field(repr=False)


class SpanEngine:
    """Span values of every series of a table, computed once per table.

    Parameters
    ----------
    view
        A canonical table with at most one row per cell (the default view); rows without a
        value are ignored.
    subtract
        Whether spans may be derived by difference (``Jan–Mar − Mar``). ``False`` keeps to
        published rows and sums of them, as an audit of what was printed needs.

    Raises
    ------
    DuplicateRowsError
        When two rows hold the same series and span.
    """

    def __init__(self, view: pd.DataFrame, *, subtract: bool = True) -> None:
        self.subtract = subtract
        has = view["value_usd"].notna()
        rows = view if bool(has.all()) else view[has]
        self.rows = rows
        n = len(rows)
        # the series of every row; int32 to keep it small (cast to int64 before arithmetic)
        self.code, keys = _codes(rows, SERIES, np.int32 if n < 2**31 else np.int64)
        self.keys = keys if n else rows[SERIES]
        self.n_series = len(self.keys)
        # month ordinals, read in place (no copies); a table of single months shares one array
        self.s = (
            np.asarray(rows["start"].array.asi8, dtype=np.int64) if n else np.zeros(0, np.int64)
        )
        e = np.asarray(rows["end"].array.asi8, dtype=np.int64) if n else self.s
        self.e = self.s if np.array_equal(e, self.s) else e
        self.value = rows["value_usd"].to_numpy(dtype=np.int64, na_value=0)
        self._release: np.ndarray | None = None
        self._triples: np.ndarray | None = None
        self._n_release = 1
        self._half2: np.ndarray | None = None
        self._prov: tuple[np.ndarray, np.ndarray] | None = None
        self.t0 = int(self.s.min()) if n else 0
        self.t1 = int(self.e.max()) if n else 0
        self.width = self.t1 - self.t0 + 1
        self._general_ready = False
        self._dense: dict[str, np.ndarray] | None = None
        # Series of single months only (the Comtrade shape) are held as a dense series × month
        # grid of prefix sums; series with multi-month rows get the general machinery.
        self.complex = np.zeros(self.n_series, dtype=bool)
        if self.e is not self.s:
            self.complex[self.code[self.s != self.e]] = True
        self.dense_ok = n > 0 and self.n_series * self.width <= max(4 * n, 1 << 20)
        self.simple = self.dense_ok and not self.complex.any()
        #: rows held in the dense grid (None: every row)
        self._dense_rows: np.ndarray | None = None
        self._flat: np.ndarray | None = None
        if self.dense_ok:
            if not self.simple:
                self._dense_rows = np.flatnonzero(~self.complex[self.code])
            # one cell per row: mark the cells; fewer cells marked than rows means duplicates
            flat = self._cells(1)
            seen = np.zeros(self.n_series * (self.width + 1), dtype=bool)
            seen[flat] = True
            if int(np.count_nonzero(seen)) != len(flat):
                counts = np.bincount(flat, minlength=len(seen))
                rows_d = self._dense_rows
                dup = np.flatnonzero(counts[flat] > 1)
                self._raise_duplicates(dup if rows_d is None else rows_d[dup])
            del seen
            self._flat = flat  # kept until the prefix grids are built
        if not self.simple:
            self._build_general()

    def _raise_duplicates(self, positions: np.ndarray) -> None:
        r = self.rows.iloc[positions[:2]]
        raise DuplicateRowsError(
            "table has more than one value for the cell "
            f"{'/'.join(map(str, r.iloc[0][SERIES]))} {r.iloc[0]['start']}..{r.iloc[0]['end']}"
            f" ({r['value_usd'].tolist()}); expected one (pass the default view)."
        )

    def _build_general(self) -> None:
        """Hash lookup of exact rows, signed-path groups and sorted single months."""
        if self._general_ready:
            return
        self._general_ready = True
        n = len(self.rows)
        # exact lookup of (series, start, end)
        self._key3 = self._k3(self.code.astype(np.int64), self.s, self.e)
        self._index3 = pd.Index(self._key3)
        if not self._index3.is_unique:
            self._raise_duplicates(np.flatnonzero(self._index3.duplicated(keep=False)))
        year_s, year_e = self.s // 12, self.e // 12
        self._y0 = int(year_s.min()) if n else 0
        self._ny = int(year_e.max()) - self._y0 + 1 if n else 1
        within = year_s == year_e
        multi = within & (self.s != self.e)
        gkey = self.code.astype(np.int64) * self._ny + (year_s - self._y0)
        self._fw_keys = np.unique(gkey[multi])
        self._fw_ready = False
        single = self.s == self.e
        in_mono = single & ~np.isin(gkey, self._fw_keys)
        mono = np.flatnonzero(in_mono)
        mk = self.code[mono].astype(np.int64) * self.width + (self.s[mono] - self.t0)
        order = np.argsort(mk, kind="stable")
        self._mono = mono[order]
        self._mono_key = mk[order]
        self._mono_cs = np.concatenate([[0], np.cumsum(self.value[self._mono])])

    # -- helpers ------------------------------------------------------------------------------
    def _k3(self, code: np.ndarray, s: np.ndarray, e: np.ndarray) -> np.ndarray:
        w = self.width
        return (code * w + (s - self.t0)) * w + (e - self.t0)

    def provenance(self) -> tuple[np.ndarray, np.ndarray]:
        """Row ids and source ids of the rows, as object arrays (built on first use)."""
        if self._prov is None:
            rows = self.rows
            ids = rows["row_id"].to_numpy(dtype=object) if "row_id" in rows.columns else None
            if ids is None:
                ids = np.arange(len(rows)).astype(object)
            src = (
                rows["source_id"].astype(object).where(rows["source_id"].notna(), None)
                if "source_id" in rows.columns
                else pd.Series([None] * len(rows))
            )
            self._prov = (ids, src.to_numpy(dtype=object))
        return self._prov

    @property
    def release(self) -> np.ndarray:
        """The release code of every row (computed on first use; 0 for an unknown release)."""
        if self._release is None:
            self._release, self._n_release = _release_codes(self.rows)
        return self._release

    def half2(self) -> np.ndarray:
        """Twice the half-unit of every row (computed on first use)."""
        if self._half2 is None:
            self._half2 = half_units2(self.rows)
        return self._half2

    def _prepare_fw(self) -> None:
        """Shortest signed paths between the 13 positions of every multi-month series-year."""
        if self._fw_ready:
            return
        self._fw_ready = True
        keys = self._fw_keys
        year_s = self.s // 12
        gkey = self.code.astype(np.int64) * self._ny + (year_s - self._y0)
        inside = (year_s == self.e // 12) & np.isin(gkey, keys)
        idx = np.flatnonzero(inside)
        i = self.s[idx] - year_s[idx] * 12
        j = self.e[idx] - year_s[idx] * 12 + 1
        self._fw = self._floyd(len(keys), np.searchsorted(keys, gkey[idx]), i, j, idx)
        # the same within each release: derivations whose rows come from one publication
        n_rel = self._n_release
        key2 = gkey[idx] * n_rel + self.release[idx]
        self._fw2_keys, g2 = np.unique(key2, return_inverse=True)
        self._n_rel = n_rel
        self._fw2 = self._floyd(len(self._fw2_keys), g2, i, j, idx)

    def _floyd(
        self, g_n: int, g: np.ndarray, i: np.ndarray, j: np.ndarray, idx: np.ndarray
    ) -> dict[str, np.ndarray]:
        """Vectorised Floyd–Warshall over ``g_n`` graphs of 13 positions; edges ``idx`` (rows)."""
        half2 = self.half2()[idx]
        w = (half2 << _HALF_SHIFT) + 1 + np.where(j - i > 1, _MULTI, 0)
        dist = np.full((g_n, _NODES, _NODES), _INF, dtype=np.int64)
        val = np.zeros((g_n, _NODES, _NODES), dtype=np.int64)
        rmin = np.zeros((g_n, _NODES, _NODES), dtype=np.int64)
        rmax = np.zeros((g_n, _NODES, _NODES), dtype=np.int64)
        neg = np.zeros((g_n, _NODES, _NODES), dtype=bool)
        via = np.full((g_n, _NODES, _NODES), -1, dtype=np.int8)
        conflict = np.zeros((g_n, _NODES, _NODES), dtype=bool)
        alt_val = np.zeros((g_n, _NODES, _NODES), dtype=np.int64)
        alt_h = np.zeros((g_n, _NODES, _NODES), dtype=np.int64)
        erow = np.full((g_n, _NODES, _NODES), -1, dtype=np.int64)
        diag = np.arange(_NODES)
        dist[:, diag, diag] = 0
        rel = self.release[idx]
        for a, b, sign in ((i, j, 1), (j, i, -1))[: 2 if self.subtract else 1]:
            dist[g, a, b] = w + (_BACK if sign < 0 else 0)
            val[g, a, b] = sign * self.value[idx]
            rmin[g, a, b] = rel
            rmax[g, a, b] = rel
            neg[g, a, b] = sign < 0
            erow[g, a, b] = idx
        for k in range(_NODES):
            dk_i = dist[:, :, k, None]
            dk_j = dist[:, None, k, :]
            cand = np.where((dk_i < _INF) & (dk_j < _INF), dk_i + dk_j, _INF)
            cval = val[:, :, k, None] + val[:, None, k, :]
            found = cand < _INF
            have = dist < _INF
            both = found & have
            gap2 = 2 * np.abs(cval - val)
            limit = _h2(cand) + _h2(dist)
            clash = both & (gap2 > limit) & ~conflict
            clash[:, diag, diag] = False
            if clash.any():
                conflict |= clash
                alt_val = np.where(clash, np.where(cand < dist, val, cval), alt_val)
                alt_h = np.where(clash, _h2(np.where(cand < dist, dist, cand)), alt_h)
            better = cand < dist
            better[:, diag, diag] = False
            if not better.any():
                continue
            dist = np.where(better, cand, dist)
            val = np.where(better, cval, val)
            rmin = np.where(better, np.minimum(rmin[:, :, k, None], rmin[:, None, k, :]), rmin)
            rmax = np.where(better, np.maximum(rmax[:, :, k, None], rmax[:, None, k, :]), rmax)
            neg = np.where(better, neg[:, :, k, None] | neg[:, None, k, :], neg)
            via = np.where(better, np.int8(k), via)
        return {
            "dist": dist,
            "val": val,
            "rmin": rmin,
            "rmax": rmax,
            "neg": neg,
            "via": via,
            "conflict": conflict,
            "alt_val": alt_val,
            "alt_h": alt_h,
            "erow": erow,
        }

    def _one_release(
        self, gk: np.ndarray, i: np.ndarray, j: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """For each (series-year, i, j): the best path within one release (group, or -1)."""
        n_rel = self._n_rel
        lo = np.searchsorted(self._fw2_keys, gk * n_rel)
        hi = np.searchsorted(self._fw2_keys, gk * n_rel + n_rel)
        counts = hi - lo
        owner = np.repeat(np.arange(len(gk)), counts)
        first = np.repeat(np.cumsum(counts) - counts, counts)
        g2 = np.repeat(lo, counts) + (np.arange(len(owner)) - first)
        d = self._fw2["dist"][g2, i[owner], j[owner]]
        best = np.full(len(gk), _INF, dtype=np.int64)
        np.minimum.at(best, owner, d)
        pick = np.full(len(gk), -1, dtype=np.int64)
        hit = (d == best[owner]) & (d < _INF)
        pick[owner[hit][::-1]] = g2[hit][::-1]
        return pick, best

    # -- resolution ---------------------------------------------------------------------------
    def resolve(
        self, series: np.ndarray, start: np.ndarray, end: np.ndarray, *, intervals: bool = True
    ) -> _Result:
        """Values of the spans ``start..end`` (month ordinals) of the series codes ``series``."""
        self._build_general()
        series = np.asarray(series, dtype=np.int64)
        start = np.asarray(start, dtype=np.int64)
        end = np.asarray(end, dtype=np.int64)
        nq = len(series)
        value = np.zeros(nq, dtype=np.int64)
        ok = np.zeros(nq, dtype=bool)
        kind = np.zeros(nq, dtype=np.int8)
        mixed = np.zeros(nq, dtype=bool)
        conflict = np.zeros(nq, dtype=bool)
        alt_value = np.zeros(nq, dtype=np.int64)
        alt_half2 = np.zeros(nq, dtype=np.int64)
        half2 = np.zeros(nq, dtype=np.int64) if intervals else None

        # 1. a row published for exactly the span
        direct = self._direct(series, start, end)
        hit = direct >= 0
        value[hit] = self.value[direct[hit]]
        ok[hit] = True
        kind[hit] = REPORTED
        if half2 is not None and hit.any():
            half2[hit] = self.half2()[direct[hit]]

        if hit.any() and len(self._fw_keys):
            self._direct_conflicts(series, start, end, hit, conflict, alt_value, alt_half2)

        # 2. the others, split at year boundaries into pieces
        rest = np.flatnonzero(~hit)
        ys, ye = start[rest] // 12, end[rest] // 12
        counts = np.where(end[rest] >= start[rest], ye - ys + 1, 0)
        tgt = np.repeat(rest, counts)
        first = np.repeat(np.cumsum(counts) - counts, counts)
        year = np.repeat(ys, counts) + (np.arange(len(tgt)) - first)
        ps = np.maximum(start[tgt], year * 12)
        pe = np.minimum(end[tgt], year * 12 + 11)
        pcode = series[tgt]
        np_ = len(tgt)
        p_val = np.zeros(np_, dtype=np.int64)
        p_ok = np.zeros(np_, dtype=bool)
        p_kind = np.zeros(np_, dtype=np.int8)
        p_rmin = np.zeros(np_, dtype=np.int64)
        p_rmax = np.zeros(np_, dtype=np.int64)
        p_h = np.zeros(np_, dtype=np.int64)
        p_conf = np.zeros(np_, dtype=bool)
        p_alt = np.zeros(np_, dtype=np.int64)
        p_alth = np.zeros(np_, dtype=np.int64)
        p_row = np.full(np_, -1, dtype=np.int64)
        p_group = np.full(np_, -1, dtype=np.int64)
        p_how = np.zeros(np_, dtype=np.int8)
        p_ij = np.zeros((np_, 2), dtype=np.int64)
        if np_:
            # 2a. a piece published as a row (a whole year inside a longer span)
            d = self._direct(pcode, ps, pe) if counts.max(initial=0) > 1 else np.full(np_, -1)
            h = d >= 0
            p_val[h], p_ok[h], p_kind[h] = self.value[d[h]], True, REPORTED
            p_rmin[h] = p_rmax[h] = self.release[d[h]]
            p_row[h], p_how[h] = d[h], 1
            if intervals:
                p_h[h] = self.half2()[d[h]]
            todo = ~h
            # 2b. series-years with multi-month rows: signed paths
            gk = pcode * self._ny + (year - self._y0)
            gpos = np.searchsorted(self._fw_keys, gk)
            gpos_c = np.minimum(gpos, max(len(self._fw_keys) - 1, 0))
            in_fw = todo & (len(self._fw_keys) > 0)
            if len(self._fw_keys):
                in_fw &= self._fw_keys[gpos_c] == gk
            if in_fw.any():
                self._prepare_fw()
                fw = self._fw
                f = np.flatnonzero(in_fw)
                g, i, j = gpos_c[f], ps[f] - year[f] * 12, pe[f] - year[f] * 12 + 1
                dist = fw["dist"][g, i, j]
                found = dist < _INF
                p_ok[f] = found
                p_val[f] = np.where(found, fw["val"][g, i, j], 0)
                single = (fw["via"][g, i, j] < 0) & ~fw["neg"][g, i, j]
                p_kind[f] = np.where(
                    ~found,
                    MISSING,
                    np.where(fw["neg"][g, i, j], DERIVED, np.where(single, REPORTED, SUM)),
                )
                p_rmin[f], p_rmax[f] = fw["rmin"][g, i, j], fw["rmax"][g, i, j]
                p_h[f] = np.where(found, _h2(dist), 0)
                p_conf[f] = fw["conflict"][g, i, j]
                p_alt[f], p_alth[f] = fw["alt_val"][g, i, j], fw["alt_h"][g, i, j]
                p_group[f], p_how[f] = g, 3
                p_ij[f, 0], p_ij[f, 1] = i, j
                # a derivation mixing releases gives way to one within a single release
                mixed_der = np.flatnonzero(
                    found & fw["neg"][g, i, j] & (fw["rmin"][g, i, j] != fw["rmax"][g, i, j])
                )
                if len(mixed_der):
                    gk_m = pcode[f[mixed_der]] * self._ny + (year[f[mixed_der]] - self._y0)
                    g2, d2 = self._one_release(gk_m, i[mixed_der], j[mixed_der])
                    use = g2 >= 0
                    q2, g2, d2 = f[mixed_der[use]], g2[use], d2[use]
                    i2, j2 = i[mixed_der[use]], j[mixed_der[use]]
                    fw2 = self._fw2
                    p_val[q2] = fw2["val"][g2, i2, j2]
                    p_kind[q2] = np.where(fw2["neg"][g2, i2, j2], DERIVED, SUM)
                    p_rmin[q2], p_rmax[q2] = fw2["rmin"][g2, i2, j2], fw2["rmax"][g2, i2, j2]
                    p_h[q2] = _h2(d2)
                    p_conf[q2] = False
                    p_group[q2], p_how[q2] = g2, 4
            # 2c. single months only: prefix sums over the sorted rows
            mono = np.flatnonzero(todo & ~in_fw)
            if len(mono):
                ka = pcode[mono] * self.width + (ps[mono] - self.t0)
                kb = pcode[mono] * self.width + (pe[mono] - self.t0)
                valid = (ps[mono] >= self.t0) & (pe[mono] <= self.t1)
                pa = np.searchsorted(self._mono_key, ka)
                pb = np.searchsorted(self._mono_key, kb)
                n_mono = len(self._mono_key)
                pa_c, pb_c = np.minimum(pa, n_mono - 1), np.minimum(pb, n_mono - 1)
                good = valid & (n_mono > 0)
                if n_mono:
                    good &= (self._mono_key[pa_c] == ka) & (self._mono_key[pb_c] == kb)
                    good &= (pb - pa) == (pe[mono] - ps[mono])
                m = mono[good]
                a, b = pa[good], pb[good]
                p_ok[m] = True
                p_val[m] = self._mono_cs[b + 1] - self._mono_cs[a]
                p_kind[m] = np.where(a == b, REPORTED, SUM)
                # a sum of months is never 'mixed': only a derivation is flagged
                p_how[m] = 2
                p_ij[m, 0], p_ij[m, 1] = a, b
                if intervals and len(m):
                    h2 = np.concatenate([[0], np.cumsum(self.half2()[self._mono])])
                    p_h[m] = h2[b + 1] - h2[a]
            # 3. pieces back to targets
            if counts.max(initial=0) <= 1:
                # one piece per target (spans inside one year): no reduction needed
                r = rest[counts > 0]
                ok[r] = p_ok
                value[r] = np.where(p_ok, p_val, 0)
                kind[r] = np.where(p_ok, p_kind, MISSING)
                mixed[r] = p_ok & (p_kind == DERIVED) & (p_rmin != p_rmax)
                conflict[r] = p_conf
                alt_value[r] = np.where(p_conf, p_alt, p_val)
                alt_half2[r] = np.where(p_conf, p_alth, p_h)
                if half2 is not None:
                    half2[r] = np.where(p_ok, p_h, 0)
            else:
                self._reduce(rest, counts, locals_=locals())
        ptr = np.zeros(nq + 1, dtype=np.int64)
        ptr[1:] = np.cumsum(np.bincount(tgt, minlength=nq)) if np_ else 0
        # direct hits keep their row as a single piece
        return _Result(
            value=value,
            ok=ok,
            kind=kind,
            mixed=mixed,
            half2=half2,
            conflict=conflict,
            ptr=ptr,
            direct=direct,
            piece_row=p_row,
            piece_group=p_group,
            piece_ij=p_ij,
            piece_how=p_how,
            alt_value=alt_value,
            alt_half2=alt_half2,
        )

    @staticmethod
    def _reduce(rest: np.ndarray, counts: np.ndarray, locals_: dict) -> None:
        """Pieces back to their targets (spans that cross a year boundary)."""
        p_ok, p_val, p_kind = locals_["p_ok"], locals_["p_val"], locals_["p_kind"]
        p_rmin, p_rmax, p_conf = locals_["p_rmin"], locals_["p_rmax"], locals_["p_conf"]
        p_alt, p_alth, p_h = locals_["p_alt"], locals_["p_alth"], locals_["p_h"]
        ok, value, kind, mixed = locals_["ok"], locals_["value"], locals_["kind"], locals_["mixed"]
        conflict, half2 = locals_["conflict"], locals_["half2"]
        alt_value, alt_half2 = locals_["alt_value"], locals_["alt_half2"]
        bounds = np.cumsum(counts) - counts
        nonempty = counts > 0
        r = rest[nonempty]
        bnd = bounds[nonempty]
        if not len(bnd):
            return
        all_ok = np.logical_and.reduceat(p_ok, bnd)
        ok[r] = all_ok
        value[r] = np.where(all_ok, np.add.reduceat(p_val, bnd), 0)
        multi_piece = counts[nonempty] > 1
        pk = np.maximum.reduceat(p_kind, bnd)
        kind[r] = np.where(all_ok, np.where(multi_piece & (pk == REPORTED), SUM, pk), MISSING)
        p_mixed = (p_kind == DERIVED) & (p_rmin != p_rmax)
        mixed[r] = all_ok & np.logical_or.reduceat(p_mixed, bnd)
        conflict[r] = np.logical_or.reduceat(p_conf, bnd)
        alt_value[r] = np.add.reduceat(np.where(p_conf, p_alt, p_val), bnd)
        alt_half2[r] = np.add.reduceat(np.where(p_conf, p_alth, p_h), bnd)
        if half2 is not None:
            half2[r] = np.where(all_ok, np.add.reduceat(p_h, bnd), 0)

    def _direct_conflicts(
        self,
        series: np.ndarray,
        start: np.ndarray,
        end: np.ndarray,
        hit: np.ndarray,
        conflict: np.ndarray,
        alt_value: np.ndarray,
        alt_half2: np.ndarray,
    ) -> None:
        """A published span that another combination of its rows contradicts."""
        year = start // 12
        q = np.flatnonzero(hit & (year == end // 12))
        gk = series[q] * self._ny + (year[q] - self._y0)
        pos = np.minimum(np.searchsorted(self._fw_keys, gk), len(self._fw_keys) - 1)
        inside = self._fw_keys[pos] == gk
        q, pos = q[inside], pos[inside]
        if not len(q):
            return
        self._prepare_fw()
        fw = self._fw
        i, j = start[q] - year[q] * 12, end[q] - year[q] * 12 + 1
        clash = fw["conflict"][pos, i, j]
        conflict[q] = clash
        best = fw["val"][pos, i, j]
        row = self._direct(series[q], start[q], end[q])
        same = best == self.value[row]
        alt_value[q] = np.where(same, fw["alt_val"][pos, i, j], best)
        alt_half2[q] = np.where(same, fw["alt_h"][pos, i, j], _h2(fw["dist"][pos, i, j]))

    def _direct(self, code: np.ndarray, s: np.ndarray, e: np.ndarray) -> np.ndarray:
        self._build_general()
        inside = (s >= self.t0) & (e <= self.t1) & (e >= s)
        out = np.full(len(code), -1, dtype=np.int64)
        if inside.any() and len(self._key3):
            out[inside] = self._index3.get_indexer(self._k3(code[inside], s[inside], e[inside]))
        return out

    # -- whole-panel grids -------------------------------------------------------------------------
    def _cells(self, first: int) -> np.ndarray:
        """Flat positions of the dense rows in a series × (``first`` + width) grid."""
        rows_d = self._dense_rows
        code = self.code if rows_d is None else self.code[rows_d]
        s = self.s if rows_d is None else self.s[rows_d]
        flat = code.astype(np.int64)
        flat *= self.width + first
        flat += s
        flat -= self.t0 - first
        return flat

    def _prefix(self, values: np.ndarray, dtype: type) -> np.ndarray:
        """Prefix sums along the months of the dense grid: (series, width + 1), column 0 zero."""
        grid = np.zeros((self.n_series, self.width + 1), dtype=dtype)
        rows_d = self._dense_rows
        whole = rows_d is None or np.ndim(values) == 0
        flat = self._flat if self._flat is not None else self._cells(1)
        grid.reshape(-1)[flat] = values if whole else values[rows_d]
        np.cumsum(grid, axis=1, out=grid)  # in place: no second grid
        return grid

    def _dense_arrays(self, intervals: bool) -> dict[str, np.ndarray]:
        """Prefix sums over the dense series × month grid (single-month panels)."""
        if self._dense is None:
            count = np.int16 if self.width < 1 << 15 else np.int32
            self._dense = {
                "cs": self._prefix(self.value, np.int64),
                "cp": self._prefix(np.asarray(1, dtype=count), count),
            }
            self._flat = None
        dense = self._dense
        if intervals and "h" not in dense:
            dense["h"] = self._prefix(self.half2(), np.int64)
        return dense

    def resolve_grid(
        self, start: np.ndarray, end: np.ndarray, *, intervals: bool = False
    ) -> SimpleNamespace:
        """Every series over every span ``start[k]..end[k]``: arrays in (span, series) order.

        The whole-panel form of :meth:`resolve` (``value``, ``ok``, ``kind``, ``mixed``,
        ``half2``), with the same answers; single-month panels take column arithmetic on prefix
        sums, other tables the general path. An export or import value its own rows leave
        unknown is then the total minus the other flow (``derived``), as in
        :func:`tradestats.values`.
        """
        start = np.asarray(start, dtype=np.int64)
        end = np.asarray(end, dtype=np.int64)
        k, ns = len(start), self.n_series
        if not self.dense_ok:
            out = self._general_grid(np.arange(ns, dtype=np.int64), start, end, intervals)
            self._fill_flows(out, k)
            return out
        d = self._dense_arrays(intervals)
        inside = (start >= self.t0) & (end <= self.t1) & (end >= start)
        a = np.clip(start - self.t0, 0, self.width - 1)
        b = np.clip(end - self.t0, 0, self.width - 1)
        # the grids transposed (month, series): gathering rows gives (span, series) arrays,
        # already in the order returned, so nothing is copied again to reorder them
        cs, cp = d["cs"].T, d["cp"].T
        n_months = (b - a + 1).astype(cp.dtype)[:, None]
        ok = cp[b + 1]
        ok -= cp[a]
        ok = ok == n_months
        ok &= inside[:, None]
        value = cs[b + 1]
        value -= cs[a]
        value *= ok
        kind = ok * np.where(a == b, REPORTED, SUM).astype(np.int8)[:, None]
        mixed = np.zeros(ok.shape, dtype=bool)  # sums of single months: never a derivation
        half2 = None
        if intervals:
            h = d["h"].T
            half2 = h[b + 1]
            half2 -= h[a]
            half2 *= ok
            half2 = half2.ravel()
        out = SimpleNamespace(
            value=value.ravel(),
            ok=ok.ravel(),
            kind=kind.ravel(),
            mixed=mixed.ravel(),
            half2=half2,
        )
        hard = np.flatnonzero(self.complex)
        if len(hard):
            # series with multi-month rows: the general path, written over their grid cells
            sub = self._general_grid(hard, start, end, intervals)
            cells = (np.arange(k)[:, None] * ns + hard[None, :]).ravel()
            for name in ("value", "ok", "kind", "mixed"):
                getattr(out, name)[cells] = getattr(sub, name)
            if intervals:
                out.half2[cells] = sub.half2
        self._fill_flows(out, k)
        return out

    def _flow_triples(self) -> np.ndarray:
        """(target, a, b, sign) series codes: an export or import is ``total − other flow``
        (sign −1), a total is ``exports + imports`` (sign +1; also in place of a total derived by
        difference), for every pair holding all three flows (shape (n, 4); computed once)."""
        if self._triples is None:
            keys = self.keys
            flow = keys["flow"].astype(object).to_numpy()
            has = {f: flow == f for f in ("export", "import", "total")}
            triples = np.zeros((0, 4), dtype=np.int64)
            if has["total"].any() and has["export"].any() and has["import"].any():
                pair = np.zeros(len(keys), dtype=np.int64)
                for col in ("reporter", "partner", "commodity"):
                    codes, uniques = pd.factorize(keys[col], use_na_sentinel=False)
                    pair = pair * (len(uniques) + 1) + codes
                pair, _ = pd.factorize(pair)
                n_pairs = int(pair.max()) + 1
                where = {}
                for f, mask in has.items():
                    where[f] = np.full(n_pairs, -1, dtype=np.int64)
                    where[f][pair[mask]] = np.flatnonzero(mask)
                parts = []
                for own, a, b, sign in (
                    ("export", "total", "import", -1),
                    ("import", "total", "export", -1),
                    ("total", "export", "import", 1),
                ):
                    t = np.stack([where[own], where[a], where[b]], axis=1)
                    t = t[(t >= 0).all(axis=1)]
                    parts.append(np.column_stack([t, np.full(len(t), sign, dtype=np.int64)]))
                triples = np.concatenate(parts)
            self._triples = triples
        return self._triples

    def _fill_flows(self, out: SimpleNamespace, k: int) -> None:
        """A flow its own rows leave unknown, from the other two (see :meth:`_flow_triples`)."""
        triples = self._flow_triples()
        if not len(triples) or not k:
            return
        ns = self.n_series
        cell = (np.arange(k, dtype=np.int64)[:, None] * ns)[:, :, None] + triples[None, :, :3]
        own, a, b = cell[..., 0], cell[..., 1], cell[..., 2]
        sign = np.broadcast_to(triples[:, 3], own.shape)
        # a total derived from its own rows gives way to exports + imports (as in ``values``)
        replace = (sign > 0) & (out.kind[own] == DERIVED)
        fill = (~out.ok[own] | replace) & out.ok[a] & out.ok[b]
        if not fill.any():
            return
        own, a, b, sign = own[fill], a[fill], b[fill], sign[fill]
        out.value[own] = out.value[a] + sign * out.value[b]
        out.ok[own] = True
        # a sum of two flows' sums stays a sum; any subtraction makes it derived
        plain = (sign > 0) & (out.kind[a] != DERIVED) & (out.kind[b] != DERIVED)
        out.kind[own] = np.where(plain, SUM, DERIVED)
        out.mixed[own] = out.mixed[a] | out.mixed[b]
        if out.half2 is not None:
            out.half2[own] = out.half2[a] + out.half2[b]

    def _general_grid(
        self, series: np.ndarray, start: np.ndarray, end: np.ndarray, intervals: bool
    ) -> SimpleNamespace:
        k, m = len(start), len(series)
        res = self.resolve(
            np.tile(series, k), np.repeat(start, m), np.repeat(end, m), intervals=intervals
        )
        return SimpleNamespace(
            value=res.value, ok=res.ok, kind=res.kind, mixed=res.mixed, half2=res.half2
        )

    # -- explanations (for the few rows a caller prints) ----------------------------------------
    def terms(self, res: _Result, target: int) -> list[tuple[int, int]]:
        """The (row position, sign) terms of one resolved target, in a readable order."""
        if res.direct[target] >= 0:
            return [(int(res.direct[target]), 1)]
        out: list[tuple[int, int]] = []
        for p in range(int(res.ptr[target]), int(res.ptr[target + 1])):
            how = int(res.piece_how[p])
            if how == 1:
                out.append((int(res.piece_row[p]), 1))
            elif how == 2:
                a, b = res.piece_ij[p]
                out += [(int(self._mono[x]), 1) for x in range(int(a), int(b) + 1)]
            elif how in (3, 4):
                fw = self._fw if how == 3 else self._fw2
                out += self._path(fw, int(res.piece_group[p]), *map(int, res.piece_ij[p]))
        return out

    def _path(self, fw: dict, g: int, i: int, j: int) -> list[tuple[int, int]]:
        k = int(fw["via"][g, i, j])
        if k < 0:
            row = int(fw["erow"][g, i, j])
            return [(row, 1 if i < j else -1)]
        return self._path(fw, g, i, k) + self._path(fw, g, k, j)


def _span_text(s: np.int64 | int, e: np.int64 | int) -> str:
    a, b = pd.Period(ordinal=int(s), freq="M"), pd.Period(ordinal=int(e), freq="M")
    return str(a) if a == b else f"{a}/{b}"


def _ordered(engine: SpanEngine, terms: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Added rows first, then subtracted ones, each in calendar order."""
    return sorted(terms, key=lambda t: (-t[1], int(engine.s[t[0]]), int(engine.e[t[0]])))


def _formula(engine: SpanEngine, terms: list[tuple[int, int]], labels: bool) -> str:
    parts = []
    for k, (row, sign) in enumerate(_ordered(engine, terms)):
        s, e = engine.s[row], engine.e[row]
        text = (
            Span(pd.Period(ordinal=int(s), freq="M"), pd.Period(ordinal=int(e), freq="M")).label
            if labels
            else _span_text(s, e)
        )
        parts.append(("" if k == 0 else (" + " if sign > 0 else " − ")) + text)
    return "".join(parts)


def spans_values(
    view: pd.DataFrame,
    periods: Iterable[str | Span],
    *,
    warn: bool = True,
    engine: SpanEngine | None = None,
) -> pd.DataFrame:
    """The value of several spans for every series of a table (see :func:`span_values`).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``period`` (``YYYY-MM/YYYY-MM``), reporter, partner, flow, commodity.
    """
    spans = list(dict.fromkeys(parse_span(p) for p in periods))
    eng = SpanEngine(view) if engine is None else engine
    ns, nsp = eng.n_series, len(spans)
    series = np.tile(np.arange(ns, dtype=np.int64), nsp)
    start = np.repeat(np.array([s.start.ordinal for s in spans], dtype=np.int64), ns)
    end = np.repeat(np.array([s.end.ordinal for s in spans], dtype=np.int64), ns)
    res = eng.resolve(series, start, end, intervals=True)
    keys = eng.keys.iloc[series].reset_index(drop=True)
    keys.insert(0, "period", np.repeat([str(s) for s in spans], ns))
    out = pd.DataFrame(index=pd.MultiIndex.from_frame(keys[_KEY]) if len(keys) else None)
    if not len(keys):
        out = pd.DataFrame(
            index=pd.MultiIndex.from_arrays([[]] * len(_KEY), names=_KEY),
            columns=[
                "value_usd", "half_width", "tiling", "formula", "derivation", "rows", "sources",
                "missing", "conflict", "mixed_releases",
            ],
        )  # fmt: skip
        return out
    out["value_usd"] = pd.array(np.where(res.ok, res.value, 0), dtype="Int64")
    out.loc[~res.ok, "value_usd"] = pd.NA
    out["value_usd"] = out["value_usd"].astype("Int64")
    assert res.half2 is not None
    out["half_width"] = np.where(res.ok, res.half2 / 2, np.nan)
    explained = [
        explain(eng, res, q, spans[q // ns], int(series[q]), warn=warn) for q in range(len(series))
    ]
    for col in ("tiling", "formula", "derivation", "rows", "sources", "missing", "conflict"):
        out[col] = [e[col] for e in explained]
    out["mixed_releases"] = res.mixed
    return out


#: The provenance of a span no rows determine: the fields :func:`explain` fills.
NO_PROVENANCE: dict = {
    "tiling": None,
    "formula": None,
    "derivation": None,
    "rows": (),
    "sources": (),
    "missing": (),
    "conflict": "",
}


def explain(
    eng: SpanEngine, res: _Result, q: int, span: Span, series: int, *, warn: bool = False
) -> dict:
    """Formula, rows, sources and missing months of one resolved target (a printed row).

    Returns a dict with ``tiling``, ``formula``, ``derivation``, ``rows``, ``sources``,
    ``missing`` and ``conflict``.
    """
    info: dict = dict(NO_PROVENANCE)
    code = int(res.kind[q])
    if res.ok[q]:
        terms = eng.terms(res, q)
        info["tiling"] = _formula(eng, terms, labels=False)
        info["formula"] = _formula(eng, terms, labels=True)
        n = len(terms)
        if code == REPORTED:
            info["derivation"] = "reported"
        elif code == SUM:
            months = all(eng.s[r] == eng.e[r] for r, _ in terms)
            info["derivation"] = f"sum of {n} months" if months else f"sum of {n} rows"
        else:
            info["derivation"] = f"derived: {info['formula']}"
        ordered = _ordered(eng, terms)
        ids, srcs = eng.provenance()
        info["rows"] = tuple(ids[r] for r, _ in ordered)
        info["sources"] = tuple(
            dict.fromkeys(srcs[r] for r, _ in ordered if isinstance(srcs[r], str))
        )
        if res.conflict[q]:
            gap = abs(int(res.value[q]) - int(res.alt_value[q]))
            allowed = (
                (int(res.half2[q]) + int(res.alt_half2[q])) / 2 if res.half2 is not None else 0
            )
            what = "as published" if code == REPORTED else "as derived"
            info["conflict"] = (
                f"{span} {what} ({int(res.value[q]):,}) and another combination of its rows "
                f"({int(res.alt_value[q]):,}) differ by {gap:,.0f} USD, more than their rounding "
                f"(±{allowed:,.0f}); the {'published span' if code == REPORTED else 'narrowest'} "
                "is used"
            )
            if warn:
                label = "/".join(map(str, eng.keys.iloc[series]))
                warnings.warn(f"{label}: {info['conflict']}", TilingConflictWarning, stacklevel=4)
        return info
    mine = np.flatnonzero(eng.code == series)
    lo, hi = span.start.ordinal, span.end.ordinal
    s, e = eng.s[mine], eng.e[mine]
    inside = (s >= lo) & (e <= hi)
    covered: set[int] = set()
    for a, b in zip(s[inside], e[inside]):
        covered.update(range(int(a), int(b) + 1))
    missing = tuple(str(m) for m in span.months if m.ordinal not in covered)
    if not missing:
        info["conflict"] = "rows overlap; no exact tiling"
        missing = tuple(str(m) for m in span.months)
    info["missing"] = missing
    wider = (e >= lo) & (s <= hi) & ~inside
    if wider.any():
        texts = sorted({_span_text(a, b) for a, b in zip(s[wider], e[wider])})
        info["tiling"] = "published only inside " + ", ".join(texts)
    return info


def span_values(view: pd.DataFrame, period: str | Span, *, warn: bool = True) -> pd.DataFrame:
    """The value of one span for every series of a table, from exact or signed tilings.

    Parameters
    ----------
    view
        A canonical table with one row per cell (the default view).
    period
        The span, as a :class:`Span` or any string :func:`parse_span` reads.
    warn
        Emit :class:`TilingConflictWarning` when two combinations of rows disagree beyond
        their rounding.

    Returns
    -------
    pandas.DataFrame
        Indexed by reporter, partner, flow, commodity (every series of ``view``), with columns
        ``value_usd`` (missing when no combination of rows determines the span),
        ``half_width`` (the exact sum of the rounding half-units of the rows used, in dollars),
        ``tiling`` (``2019-01/2019-04 − 2019-03 − 2019-04``), ``formula`` (the same in words:
        ``Jan–Apr 2019 − Mar 2019 − Apr 2019``), ``derivation`` (``reported``, ``sum of N
        months``, ``sum of N rows`` or ``derived: <formula>``), ``rows`` and ``sources`` (ids
        used), ``missing`` (months no combination covers), ``conflict`` (text when two
        combinations disagree) and ``mixed_releases`` (the rows come from more than one
        publication date).
    """
    span = parse_span(period)
    out = spans_values(view, [span], warn=warn)
    return out.droplevel("period").sort_index()


def value_over(
    view: pd.DataFrame,
    period: str | Span,
    *,
    reporter: str | None = None,
    partner: str | None = None,
    flow: str | None = None,
    commodity: str = "TOTAL",
) -> int:
    """The value of one series over a span, or an error naming the uncovered months.

    Parameters
    ----------
    view
        A canonical table with one row per cell.
    period
        The span.
    reporter, partner, flow, commodity
        Select the series; may be omitted when the table holds only one value for them.

    Returns
    -------
    int
        The value in US dollars.

    Raises
    ------
    UncoveredPeriodError
        When no combination of rows determines the span; ``.months`` lists the uncovered
        months.

    Examples
    --------
    >>> from tradestats import load_dataset
    >>> value_over(load_dataset("china_dprk"), "2020-01/02", flow="import")
    10670000
    """
    span = parse_span(period)
    sel = view
    for col, val in (
        ("reporter", reporter),
        ("partner", partner),
        ("flow", flow),
        ("commodity", commodity),
    ):
        if val is not None:
            sel = sel[sel[col] == val]
    result = span_values(sel, span)
    if len(result) != 1:
        raise UncoveredPeriodError(
            f"Expected one series for {span}; the selection holds {len(result)}. "
            "Name reporter, partner, flow and commodity.",
            [str(m) for m in span.months] if result.empty else [],
        )
    row = result.iloc[0]
    if pd.isna(row["value_usd"]):
        where = f" ({row['tiling']})" if isinstance(row["tiling"], str) else ""
        raise UncoveredPeriodError(
            f"No rows determine {span} exactly; uncovered month(s): {', '.join(row['missing'])}"
            f"{where}. No partial sum is returned.",
            row["missing"],
        )
    return int(row["value_usd"])
