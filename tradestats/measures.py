"""Change measures, vectorised over any panel of reporter × partner × flow × commodity.

Every function takes a canonical table (see :mod:`tradestats.schema`) and returns a new
DataFrame; none loops over rows. Values for a span come from exact tilings
(:mod:`tradestats.tiling`); a change that cannot be computed because its base is not in the data
falls back to the change the publisher printed, and says so in ``change_basis``.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace
from typing import Literal

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from . import tablecache
from .engines import on_engines
from .errors import DuplicateRowsError, InputError
from .periods import Span, parse_span
from .rounding import written_interval
from .schema import SERIES
from .tiling import DERIVED, NO_PROVENANCE, SpanEngine, explain, series_codes
from .versions import preferred_view

__all__ = [
    "values",
    "values_many",
    "change",
    "yoy",
    "mom",
    "ytd",
    "monthly_changes",
    "rolling_sum",
    "share",
    "contributions",
    "published_changes",
]

_PAIR = ["reporter", "partner", "commodity"]
_FLOW_ORDER = {"export": 0, "import": 1, "total": 2, "balance": 3}
_OUT_CODE = _FLOW_ORDER  # a flow's position in the output flows (export, import, total, balance)
#: A base smaller than this fraction of the new value is flagged as a tiny base.
TINY_BASE_RATIO = 0.1


def _view(table: pd.DataFrame) -> pd.DataFrame:
    if "preferred" in table.columns and not table["preferred"].fillna(False).all():
        return preferred_view(table)
    has = table["value_usd"].notna()
    return table if bool(has.all()) else table[has]


def _union(a: object, b: object) -> tuple[str, ...]:
    left = a if isinstance(a, tuple) else ()
    right = b if isinstance(b, tuple) else ()
    return tuple(dict.fromkeys([*left, *right]))


def values(table: pd.DataFrame, period: str | Span) -> pd.DataFrame:
    """Value of every series over a span, with total and balance derived from the two flows.

    Parameters
    ----------
    table
        A canonical table; with several versions per cell, the preferred rows are used.
    period
        The span (any form :func:`~tradestats.periods.parse_span` reads).

    Returns
    -------
    pandas.DataFrame
        One row per reporter, partner, commodity and flow (``export``, ``import``, ``total``,
        ``balance``) with ``period``, ``value_usd``, ``half_width``, ``derivation``
        (``reported``, ``sum of N months``, ``exports + imports``, ``exports − imports``),
        ``tiling``, ``rows``, ``sources``, ``missing`` and ``conflict``.

    Examples
    --------
    >>> from tradestats import load_dataset
    >>> v = values(load_dataset("china_dprk"), "Jan-Feb 2020")
    >>> int(v.set_index("flow").loc["balance", "value_usd"])
    186720000
    """
    return values_many(table, [period])


#: The per-table cache (:mod:`tradestats.tablecache`), keyed by ``id(table)``: the span engine
#: of a table's default view and the other work that depends only on the table.
_ENGINES = tablecache.ENTRIES


def span_engine(table: pd.DataFrame) -> SpanEngine:
    """The span engine of a table's default view, kept while the table lives and is unchanged.

    Parameters
    ----------
    table
        A canonical table; with several versions per cell the preferred rows are used.

    Returns
    -------
    tradestats.tiling.SpanEngine
        Built once per table object (see :mod:`tradestats.tablecache`: a table changed in place
        gets a new engine; the cache holds no reference to the table itself).
    """
    data = tablecache.state(table)
    engine = data.get("engine")
    if engine is None:
        engine = data["engine"] = SpanEngine(_view(data["snapshot"]))
    return engine


_OUT_FLOWS = ("export", "import", "total", "balance")


def _pairs(table: pd.DataFrame) -> SimpleNamespace:
    """The table's series grouped by pair (reporter, partner, commodity) and flow; kept per
    table (:mod:`tradestats.tablecache`).

    ``pair``/``flow``: the pair and flow code (export 0, import 1, total 2) of every series of
    the span engine (-1 for other flows); ``first``: a series of each pair; ``sel``: the series
    with a flow code; ``key_cols``: the pairs' reporter, partner and commodity as arrays.
    """
    data = tablecache.state(table)
    hit = data.get("pairs")
    if hit is not None:
        return hit
    eng = span_engine(table)
    keys = eng.keys
    flow_code = {f: i for i, f in enumerate(("export", "import", "total"))}
    fcode = keys["flow"].astype(object).map(flow_code).to_numpy()
    usable = ~pd.isna(fcode)
    pair, first = _pair_codes(keys, usable)
    pk = keys.iloc[first].reset_index(drop=True)
    hit = data["pairs"] = SimpleNamespace(
        eng=eng,
        keys=keys,
        fcode=fcode,
        usable=usable,
        flow=np.where(usable, fcode, -1).astype(np.int64),
        pair=pair,
        first=first,
        sel=np.flatnonzero(usable),
        key_cols={c: pk[c].to_numpy() for c in _PAIR},
        index=None,
    )
    return hit


def _pair_index(pairs: SimpleNamespace) -> pd.MultiIndex:
    """The pairs' (reporter, partner, commodity) as an index, built on first use."""
    if pairs.index is None:
        pairs.index = pd.MultiIndex.from_arrays([pairs.key_cols[c] for c in _PAIR], names=_PAIR)
    return pairs.index


def _flow_arrays(table: pd.DataFrame, spans: list[Span]) -> SimpleNamespace:
    """Values of export, import, total and balance of every pair and span, as arrays.

    Arrays are indexed (pair, span, flow) with flows export, import, total, balance; ``der``
    marks values obtained by subtracting published figures.
    """
    pairs = _pairs(table)
    eng, keys, fcode, usable = pairs.eng, pairs.keys, pairs.fcode, pairs.usable
    pair, pair_first, sel = pairs.pair, pairs.first, pairs.sel
    n_pairs, n_spans = len(pair_first), len(spans)
    # target index of (pair, span, flow), -1 when the pair has no such series
    grid = np.full((n_pairs, n_spans, 3), -1, dtype=np.int64)
    series = np.tile(sel, n_spans)
    which = np.repeat(np.arange(n_spans), len(sel))
    starts = np.array([sp.start.ordinal for sp in spans], dtype=np.int64)
    ends = np.array([sp.end.ordinal for sp in spans], dtype=np.int64)
    res = eng.resolve(series, starts[which], ends[which], intervals=True)
    grid[pair[series], which, pairs.flow[series]] = np.arange(len(series))
    assert res.half2 is not None
    g_ok = np.where(grid >= 0, res.ok[grid], False)
    g_val = np.where(g_ok, res.value[grid], 0)
    g_h = np.where(g_ok, res.half2[grid], 0)
    g_der = g_ok & (res.kind[grid] == DERIVED)
    g_mix = g_ok & res.mixed[grid]
    x, m, t = 0, 1, 2
    # recipes: (own target), total - other, exports + imports, exports - imports
    ok = np.zeros((n_pairs, n_spans, 4), dtype=bool)
    val = np.zeros((n_pairs, n_spans, 4), dtype=np.int64)
    h2 = np.zeros((n_pairs, n_spans, 4), dtype=np.int64)
    der = np.zeros((n_pairs, n_spans, 4), dtype=bool)
    mix = np.zeros((n_pairs, n_spans, 4), dtype=bool)
    recipe = np.zeros((n_pairs, n_spans, 4), dtype=np.int8)  # 0 own, 1 total−other, 2 x+m, 3 x−m
    for f in (x, m, t):
        ok[..., f], val[..., f], h2[..., f] = g_ok[..., f], g_val[..., f], g_h[..., f]
        der[..., f], mix[..., f] = g_der[..., f], g_mix[..., f]
    xm = g_ok[..., x] & g_ok[..., m]
    for own, other in ((x, m), (m, x)):
        fill = ~g_ok[..., own] & g_ok[..., t] & g_ok[..., other]
        ok[..., own] |= fill
        val[..., own] = np.where(fill, g_val[..., t] - g_val[..., other], val[..., own])
        h2[..., own] = np.where(fill, g_h[..., t] + g_h[..., other], h2[..., own])
        der[..., own] |= fill
        mix[..., own] |= fill & (g_mix[..., t] | g_mix[..., other])
        recipe[..., own] = np.where(fill, 1, 0)
    t_direct = g_ok[..., t] & ~g_der[..., t]
    use_xm = ~t_direct & xm
    sum_xm = g_val[..., x] + g_val[..., m]
    h_xm = g_h[..., x] + g_h[..., m]
    clash = g_ok[..., t] & xm & (2 * np.abs(g_val[..., t] - sum_xm) > g_h[..., t] + h_xm)
    ok[..., t] |= use_xm
    val[..., t] = np.where(use_xm, sum_xm, val[..., t])
    h2[..., t] = np.where(use_xm, h_xm, h2[..., t])
    der[..., t] = np.where(use_xm, g_der[..., x] | g_der[..., m], der[..., t])
    mix[..., t] = np.where(use_xm, g_mix[..., x] | g_mix[..., m], mix[..., t])
    recipe[..., t] = np.where(use_xm, 2, 0)
    bal = ok[..., x] & ok[..., m]
    ok[..., 3] = bal
    val[..., 3] = np.where(bal, val[..., x] - val[..., m], 0)
    h2[..., 3] = np.where(bal, h2[..., x] + h2[..., m], 0)
    der[..., 3] = bal & (der[..., x] | der[..., m])
    mix[..., 3] = bal & (mix[..., x] | mix[..., m])
    recipe[..., 3] = 3

    return SimpleNamespace(**locals())


def values_many(table: pd.DataFrame, periods: Iterable[str | Span]) -> pd.DataFrame:
    """:func:`values` for several spans at once (one pass over the table).

    Each flow's value comes from its own rows first (a published row, a sum of rows, or a signed
    tiling such as ``Jan–Apr 2019 − Mar 2019 − Apr 2019``); a flow that its own rows do not
    determine is the total minus the other flow. The total is a published total (or a sum of
    published totals) first, then exports + imports, then a signed tiling of total rows; a
    total derivable both ways that disagrees beyond rounding is flagged in ``conflict``. The
    balance is exports − imports.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`values`; ``period`` tells the spans apart.
    """
    spans = list(dict.fromkeys(parse_span(p) for p in periods))
    cols, _, _, _ = _values_columns(table, spans)
    return cols if isinstance(cols, pd.DataFrame) else pd.DataFrame(cols, copy=False)


def _values_columns(
    table: pd.DataFrame, spans: list[Span]
) -> tuple[dict | pd.DataFrame, np.ndarray, np.ndarray, np.ndarray]:
    """The columns of :func:`values_many` in their final order (the frame itself when it has no
    rows), and every row's pair, span and flow codes (positions in :func:`_pairs`, ``spans`` and
    ``_OUT_FLOWS``)."""
    a = _flow_arrays(table, spans)
    eng, grid, res = a.eng, a.grid, a.res
    series, which, g_ok, g_val, g_h = a.series, a.which, a.g_ok, a.g_val, a.g_h
    ok, val, h2, der, mix, recipe = a.ok, a.val, a.h2, a.der, a.mix, a.recipe
    clash, sum_xm, h_xm, t_direct = a.clash, a.sum_xm, a.h_xm, a.t_direct
    n_pairs, n_spans, x, m, t = a.n_pairs, a.n_spans, 0, 1, 2
    # rows of the result: pairs present, every span, the four flows (flows absent skipped)
    present = (grid >= 0).any(axis=(1, 2))
    flows_present = (grid >= 0).any(axis=1)  # (pair, flow)
    fp = flows_present
    avail = np.stack(
        [
            fp[:, x] | (fp[:, t] & fp[:, m]),
            fp[:, m] | (fp[:, t] & fp[:, x]),
            fp[:, t] | (fp[:, x] & fp[:, m]),
        ],
        axis=1,
    )
    keep = np.zeros((n_pairs, n_spans, 4), dtype=bool)
    keep[..., :3] = avail[:, None, :]
    keep[..., 3] = (avail[:, x] & avail[:, m])[:, None]
    keep &= present[:, None, None]
    P, S, F = np.nonzero(keep)
    key_cols = a.pairs.key_cols
    cache: dict[int, dict] = {}

    def info(target: int) -> dict:
        if target < 0:
            return _EMPTY
        if target not in cache:
            cache[target] = explain(
                eng, res, target, spans[int(which[target])], int(series[target])
            )
        return cache[target]

    texts = [
        _texts(info, grid[p, s_], int(f), int(recipe[p, s_, f]), bool(clash[p, s_]),
               int(g_val[p, s_, t]), int(sum_xm[p, s_]), (int(g_h[p, s_, t]) + int(h_xm[p, s_])) / 2,
               bool(t_direct[p, s_]), bool(g_ok[p, s_, t]))
        for p, s_, f in zip(P, S, F)
    ]  # fmt: skip
    cols: dict = {
        "reporter": key_cols["reporter"][P],
        "partner": key_cols["partner"][P],
        "flow": np.array(_OUT_FLOWS, dtype=object)[F],
        "commodity": key_cols["commodity"][P],
        "period": np.array([str(sp) for sp in spans], dtype=object)[S]
        if n_spans
        else np.zeros(0, object),
        "value_usd": pd.arrays.IntegerArray(val[P, S, F], ~ok[P, S, F]),
        "half_width": np.where(ok[P, S, F], h2[P, S, F] / 2, np.nan),
    }
    texts_cols = ("tiling", "formula", "derivation", "rows", "sources", "missing", "conflict")
    if not len(P):
        out = pd.DataFrame(cols)
        for col in texts_cols:
            out[col] = [tx[col] for tx in texts]
        out["mixed_releases"] = mix[P, S, F]
        out["derived"] = der[P, S, F]
        return out, P, S, F
    order = np.lexsort(
        (
            F,
            *(
                np.asarray(cols[c]).astype(str)
                for c in ("commodity", "partner", "reporter", "period")
            ),
        )
    )
    # the columns put in order once, then made a frame without further copies
    out_cols = {c: v[order] for c, v in cols.items()}
    for col in texts_cols:
        if col in _TUPLE_COLUMNS:
            out_cols[col] = pd.array([texts[i][col] for i in order], dtype=object)
        else:
            out_cols[col] = np.array([texts[i][col] for i in order], dtype=object)
    out_cols["mixed_releases"] = mix[P, S, F][order]
    out_cols["derived"] = der[P, S, F][order]
    _as_text(out_cols, _TEXT_COLUMNS)
    return out_cols, P[order], S[order], F[order]


_TUPLE_COLUMNS = ("rows", "sources", "missing")
_TEXT_COLUMNS = (
    "reporter",
    "partner",
    "flow",
    "commodity",
    "period",
    "tiling",
    "formula",
    "derivation",
    "conflict",
)


def _as_text(cols: dict, names: Iterable[str], dtype: object = None) -> None:
    """Make the object columns ``names`` of ``cols`` string arrays with one conversion for all.

    With ``dtype=None`` a column becomes what a DataFrame infers from it (``str`` when it holds
    text and missing values only, else it is left alone); otherwise every column becomes
    ``dtype``. Converting once and slicing saves a conversion per column (what dominates the
    cost of building a small result frame).
    """
    infer = dtype is None
    names = [c for c in names if not infer or infer_dtype(cols[c], skipna=True) == "string"]
    if not names:
        return
    n = len(cols[names[0]])
    joined_values = np.concatenate([np.asarray(cols[c], dtype=object) for c in names])
    if dtype is None:
        joined = pd.Series(joined_values, copy=False).array
        if joined.dtype == object:  # pandas without a default string dtype: nothing to do
            return
    else:
        joined = pd.array(joined_values, dtype=dtype)
    for i, c in enumerate(names):
        cols[c] = joined[i * n : (i + 1) * n]


_EMPTY = NO_PROVENANCE


def _pair_codes(keys: pd.DataFrame, usable: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    combined = np.zeros(len(keys), dtype=np.int64)
    for col in _PAIR:
        codes, uniques = pd.factorize(keys[col], use_na_sentinel=False)
        combined = combined * (len(uniques) + 1) + codes
    combined = np.where(usable, combined, -1)
    code, uniques = pd.factorize(combined)
    first = np.zeros(len(uniques), dtype=np.int64)
    first[code[::-1]] = np.arange(len(code) - 1, -1, -1)
    valid = uniques >= 0
    remap = np.cumsum(valid) - 1
    return np.where(usable, remap[code], -1), first[valid]


def _paren(formula: object) -> str:
    text = str(formula)
    return f"({text})" if any(op in text for op in (" + ", " − ")) else text


def _texts(
    info,  # type: ignore[no-untyped-def]
    targets: np.ndarray,
    flow: int,
    recipe: int,
    clash: bool,
    total: int,
    sum_xm: int,
    allowed: float,
    t_direct: bool,
    t_ok: bool,
) -> dict:
    """The formula, rows, sources and notes of one output row (a printed row)."""
    x, m, t = (info(int(targets[i])) for i in range(3))
    if recipe == 0:
        own = dict(info(int(targets[flow])))
        if flow == 2 and clash:
            own["conflict"] = (
                f"total {total:,} ({own['derivation']}) and exports + imports {sum_xm:,} differ by "
                f"{abs(total - sum_xm):,} USD, beyond their rounding (±{allowed:,.0f}); the "
                "published total is used"
            )
        return own
    if recipe == 1:
        a, b, wa, wb = t, (m if flow == 0 else x), "total", ("imports" if flow == 0 else "exports")
        op = " − "
    else:
        a, b, wa, wb = x, m, "exports", "imports"
        op = " + " if recipe == 2 else " − "
    if a["formula"] is None or b["formula"] is None:
        return {**_EMPTY, "missing": _union(a["missing"], b["missing"])}
    conflict = ""
    if recipe == 2 and clash:
        conflict = (
            f"total {total:,} ({t['derivation']}) and exports + imports {sum_xm:,} differ by "
            f"{abs(total - sum_xm):,} USD, beyond their rounding (±{allowed:,.0f}); the sum of "
            "the flows is used"
        )
    return {
        "tiling": f"({a['tiling']}){op}({b['tiling']})",
        "formula": f"{wa} {_paren(a['formula'])}{op}{wb} {_paren(b['formula'])}",
        "derivation": f"{wa}{op}{wb}",
        "rows": _union(a["rows"], b["rows"]),
        "sources": _union(a["sources"], b["sources"]),
        "missing": (),
        "conflict": conflict,
    }


def _printed_rows(table: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """The rows of a table with a usable printed change, ranked, and a memo of the lookups made
    in them (kept while the table lives unchanged: :mod:`tradestats.tablecache`)."""
    data = tablecache.state(table)
    hit = data.get("printed")
    if hit is not None:
        return hit
    table = data["snapshot"]
    t = table[
        table["change_pct"].notna()
        & (table["change_terms"].fillna("USD") == "USD")
        & ~table["flag"].fillna("").str.contains("suspect|out_of_scope")
    ].copy()
    t["_pref"] = ~t["preferred"].fillna(False).astype(bool)
    t["_gacc"] = ~t["compiler"].fillna("").str.startswith("GACC")
    t["_dec"] = -t["change_pct"].str.extract(r"\.(\d+)$")[0].str.len().fillna(0)
    data["printed"] = (t, {})
    return data["printed"]


def _published(table: pd.DataFrame, span: Span, b: Span) -> pd.DataFrame:
    """:func:`published_changes` without the copy (the frame is kept: do not change it)."""
    if b == span.year_earlier():
        bases = ["yoy", "ytd"]
    elif span.is_month and b == span.previous():
        bases = ["mom"]
    else:
        bases = []
    printed, memo = _printed_rows(table)
    memo_key = (str(span), str(b))
    if memo_key in memo:
        return memo[memo_key]
    t = printed[
        (printed["start"] == span.start)
        & (printed["end"] == span.end)
        & printed["change_basis"].isin(bases)
    ]
    t = t.sort_values(["_pref", "_gacc", "_dec", "published"]).drop_duplicates(SERIES)
    result = t.set_index(SERIES)[["change_pct", "change_basis", "row_id", "source_id"]].rename(
        columns={
            "change_pct": "published_change_pct",
            "change_basis": "published_basis",
            "row_id": "published_row",
            "source_id": "published_source",
        }
    )
    if len(memo) > 256:
        memo.clear()
    memo[memo_key] = result
    return result


_PUBLISHED_COLUMNS = (
    "published_change_pct",
    "published_basis",
    "published_row",
    "published_source",
)


def _published_at(
    table: pd.DataFrame,
    span: Span,
    b: Span,
    pairs: SimpleNamespace,
    pair: np.ndarray,
    flow: np.ndarray,
) -> dict[str, np.ndarray]:
    """The printed change of ``span`` against ``b`` for output rows given by pair and flow codes
    (codes of :func:`_pairs`): the columns of :func:`published_changes`, ``None`` where none."""
    printed, memo = _printed_rows(table)
    memo_key = ("codes", str(span), str(b))
    hit = memo.get(memo_key)
    if hit is None:
        pub = _published(table, span, b)
        if len(pub) and len(pairs.first):
            idx = pub.index
            where = _pair_index(pairs).get_indexer(
                pd.MultiIndex.from_arrays([idx.get_level_values(c) for c in _PAIR])
            )
            fcode = np.array(
                [_OUT_CODE.get(f, -1) for f in idx.get_level_values("flow")], dtype=np.int64
            )
            ok = (where >= 0) & (fcode >= 0)
            keys = (where * 4 + fcode)[ok]
            order = np.argsort(keys, kind="stable")
            cols = {c: pub[c].to_numpy(dtype=object)[ok][order] for c in _PUBLISHED_COLUMNS}
            hit = (keys[order], cols)
        else:
            hit = (np.zeros(0, dtype=np.int64), {})
        memo[memo_key] = hit
    keys, cols = hit
    n = len(pair)
    out = {c: np.full(n, None, dtype=object) for c in _PUBLISHED_COLUMNS}
    if len(keys) and n:
        want = pair.astype(np.int64) * 4 + flow
        pos = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
        found = keys[pos] == want
        for c in _PUBLISHED_COLUMNS:
            out[c][found] = cols[c][pos[found]]
    return out


def published_changes(table: pd.DataFrame, period: str | Span, base: str | Span) -> pd.DataFrame:
    """The changes the publishers printed for ``period`` against ``base``, one per series.

    Only a change whose basis matches the pair of spans is used: ``yoy``/``ytd`` when ``base``
    is the same span a year earlier, ``mom`` when it is the previous month. Rows flagged
    suspect or out of scope, and changes in yuan terms, are not used. Among several, the one
    printed with the preferred value wins, then GACC's own, then the most decimals, then the
    earliest.

    Returns
    -------
    pandas.DataFrame
        Indexed by reporter, partner, flow, commodity with ``published_change_pct`` (text as
        printed), ``published_basis``, ``published_row`` and ``published_source``.
    """
    return _published(table, parse_span(period), parse_span(base)).copy()


def check_comparable(span: Span, base: Span, *, allow_mismatch: bool = False) -> None:
    """Raise :class:`InputError` when a change between ``span`` and ``base`` makes no sense.

    Two spans compare when they hold the same number of months (a month with a month, January–
    February with January–February, a year with a year). Pass ``allow_mismatch=True`` to compare
    spans of different lengths on purpose.
    """
    if allow_mismatch or span.n_months == base.n_months:
        return
    raise InputError(
        f"period {span.label} ({span.n_months} months) and base {base.label} "
        f"({base.n_months} months) differ in length; expected spans of the same length "
        "(pass allow_mismatch=True, or --allow-mismatch, to compare them anyway)."
    )


def _printed_check(printed: pd.Series, lo: pd.Series, hi: pd.Series) -> list[str | None]:
    """``agrees``, ``disagrees`` or ``too coarse to decide`` for each printed change."""
    out: list[str | None] = []
    for text, a, b in zip(printed, lo, hi):
        if not isinstance(text, str):
            out.append(None)
            continue
        if pd.isna(a) or pd.isna(b):
            out.append("too coarse to decide" if pd.notna(text) else None)
            continue
        iv = written_interval(text)
        plo, phi = float(iv.lo), float(iv.hi)
        if b < plo or a > phi:
            out.append("disagrees")
        elif plo <= a and b <= phi:
            out.append("agrees")
        elif a <= float(text) <= b or (a <= phi and plo <= b):
            # the computed interval holds values inside and outside the printed rounding
            out.append("too coarse to decide")
        else:  # pragma: no cover - the cases above are exhaustive
            out.append(None)
    return out


def change(
    table: pd.DataFrame,
    period: str | Span,
    base: str | Span | None = None,
    *,
    allow_mismatch: bool = False,
) -> pd.DataFrame:
    """Change between two spans for every series: percent and absolute.

    Parameters
    ----------
    table
        A canonical table (all versions, or the default view).
    period
        The span of the new value.
    base
        The span to compare with; by default the same span a year earlier.
    allow_mismatch
        Compare spans of different lengths (``2020`` against ``Jan-Feb 2019``); by default that
        is an :class:`~tradestats.errors.InputError`.

    Returns
    -------
    pandas.DataFrame
        One row per series and flow (export, import, total, balance) with ``period``, ``base``,
        ``value_usd``, ``base_value_usd``, ``change_abs``, ``change_pct`` and
        ``change_basis`` — ``computed`` from the two values, ``published`` when the base is not
        in the data but the publisher printed the change, missing when neither — plus
        ``published_change_pct`` (the printed change, also when a computed one exists),
        ``change_pct_lo``/``change_pct_hi`` (the exact range of the change over the rounding
        intervals of both values), ``printed_check`` (``agrees``, ``disagrees`` or ``too
        coarse to decide`` against the printed change), ``base_effect`` (``zero base``, ``tiny
        base``, ``sign change``, ``negative base``), ``half_width``/``base_half_width``,
        ``formula``/``base_formula``, ``derived``/``base_derived`` (the value was obtained by
        subtracting published figures, so it is not itself published) and
        ``mixed_releases``/``base_mixed_releases`` (a derived value whose rows come from more
        than one release),
        ``derivation``/``base_derivation``, ``rows``/``base_rows``, ``sources`` (every
        source used, including the one of a published change), ``missing``/``base_missing``
        and ``conflict``.

    Examples
    --------
    >>> from tradestats import load_dataset
    >>> c = change(load_dataset("china_dprk", versions="all"), "2020-01/02", "2019-01/02")
    >>> c = c.set_index("flow")
    >>> [(c.loc[f, "change_basis"], round(float(c.loc[f, "change_pct"]), 1)) for f in ("export", "import")]
    [('computed', -23.2), ('computed', -72.0)]
    """
    span = parse_span(period)
    b = span.year_earlier() if base is None else parse_span(base)
    check_comparable(span, b, allow_mismatch=allow_mismatch)
    return pd.DataFrame(_change_columns(table, span, b))


def _change_columns(table: pd.DataFrame, span: Span, b: Span) -> dict:
    """The columns of :func:`change` (spans already checked), in order."""
    spans = [span] if b == span else [span, b]
    cols, P, S, F = _values_columns(table, spans)
    # _values_columns gives every span the same pairs and flows in the same order; the columns
    # of the two spans are taken from its arrays (no intermediate frames)
    if isinstance(cols, pd.DataFrame):  # no rows
        cols = {c: cols[c].array for c in cols.columns}
    at_new = np.flatnonzero(S == 0)
    new_rows = _positions(at_new)
    nc = {c: a[new_rows] for c, a in cols.items()}
    if b == span:
        oc = nc
    else:
        old_rows = _positions(np.flatnonzero(S == 1))
        oc = {c: a[old_rows] for c, a in cols.items()}
    n = len(at_new)
    v = nc["value_usd"].to_numpy(dtype="float64", na_value=np.nan)
    o = oc["value_usd"].to_numpy(dtype="float64", na_value=np.nan)
    hv = np.asarray(nc["half_width"], dtype="float64")
    ho = np.asarray(oc["half_width"], dtype="float64")
    have = ~np.isnan(v) & ~np.isnan(o)
    valid = have & (o > 0) & (v >= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = (v / np.where(o > 0, o, np.nan) - 1) * 100
        lo = ((v - hv) / (o + ho) - 1) * 100
        hi = ((v + hv) / (o - ho) - 1) * 100
    bounded = valid & (o - ho > 0) & (v - hv >= 0)
    effect = np.full(n, "", dtype=object)
    effect[have & (o == 0)] = "zero base"
    effect[valid & (o < TINY_BASE_RATIO * v)] = "tiny base"
    effect[have & (((o < 0) & (v >= 0)) | ((o > 0) & (v < 0)))] = "sign change"
    effect[have & (o < 0) & (v < 0)] = "negative base"
    diff = nc["value_usd"].to_numpy(dtype="int64", na_value=0) - oc["value_usd"].to_numpy(
        dtype="int64", na_value=0
    )
    published = _published_at(table, span, b, _pairs(table), P[at_new], F[at_new])
    printed = published["published_change_pct"]
    has_printed = np.array([isinstance(x, str) for x in printed], dtype=bool)
    check = np.full(n, None, dtype=object)
    rows_printed = np.flatnonzero(has_printed & valid)
    if len(rows_printed):
        check[rows_printed] = _printed_check(
            pd.Series(printed[rows_printed]),
            pd.Series(np.where(bounded, lo, np.nan)[rows_printed]),
            pd.Series(np.where(bounded, hi, np.nan)[rows_printed]),
        )
    use_pub = ~valid & has_printed
    pct_out = np.where(valid, pct, 0.0)
    pct_mask = ~valid
    basis = np.where(valid, "computed", None).astype(object)
    if use_pub.any():
        pct_out[use_pub] = [float(x) for x in printed[use_pub]]
        pct_mask = pct_mask & ~use_pub
        basis[use_pub] = "published"
    sources = list(nc["sources"])
    for i in np.flatnonzero(use_pub):
        sources[i] = _union(sources[i], (published["published_source"][i],))
    text = {"change_basis": basis, **published, "printed_check": check, "base_effect": effect}
    _as_text(text, list(text), pd.StringDtype())
    return {
        "reporter": nc["reporter"],
        "partner": nc["partner"],
        "flow": nc["flow"],
        "commodity": nc["commodity"],
        "period": nc["period"],
        "base": np.full(n, str(b), dtype=object),
        "value_usd": nc["value_usd"],
        "base_value_usd": oc["value_usd"],
        "change_abs": pd.arrays.IntegerArray(np.where(have, diff, 0), ~have),
        "change_pct": pd.arrays.FloatingArray(pct_out, pct_mask),
        "change_pct_lo": pd.arrays.FloatingArray(np.where(bounded, lo, 0.0), ~bounded),
        "change_pct_hi": pd.arrays.FloatingArray(np.where(bounded, hi, 0.0), ~bounded),
        "change_basis": text["change_basis"],
        **{k: text[k] for k in published},
        "printed_check": text["printed_check"],
        "base_effect": text["base_effect"],
        "half_width": hv,
        "base_half_width": ho,
        "derivation": nc["derivation"],
        "base_derivation": oc["derivation"],
        "formula": nc["formula"],
        "base_formula": oc["formula"],
        "derived": nc["derived"],
        "base_derived": oc["derived"],
        "mixed_releases": nc["mixed_releases"],
        "base_mixed_releases": oc["mixed_releases"],
        "rows": nc["rows"],
        "base_rows": oc["rows"],
        "sources": pd.Series(sources, dtype=object).array if n else nc["sources"],
        "base_sources": oc["sources"],
        "missing": nc["missing"],
        "base_missing": oc["missing"],
        "conflict": nc["conflict"],
        "base_conflict": oc["conflict"],
    }


def _positions(rows: np.ndarray) -> np.ndarray | slice:
    """Sorted row positions as a slice when they are consecutive (a cheaper take)."""
    if len(rows) and int(rows[-1]) - int(rows[0]) + 1 == len(rows):
        return slice(int(rows[0]), int(rows[-1]) + 1)
    return rows


def yoy(table: pd.DataFrame, period: str | Span) -> pd.DataFrame:
    """Year-on-year change of a span: :func:`change` against the same span a year earlier."""
    span = parse_span(period)
    return change(table, span, span.year_earlier())


def mom(table: pd.DataFrame, period: str | Span) -> pd.DataFrame:
    """Month-on-month change of a month against the previous month (see :func:`change`)."""
    span = parse_span(period)
    if not span.is_month:
        raise InputError(
            f"period must be a single month for a month-on-month change; received {span}."
        )
    return change(table, span, span.previous())


def ytd(table: pd.DataFrame, month: str | Span) -> pd.DataFrame:
    """Year to date through ``month`` against the same months of the previous year."""
    span = parse_span(month).year_to_date()
    return change(table, span, span.year_earlier())


def _monthly(table: pd.DataFrame) -> pd.DataFrame:
    view = _view(table)
    s, e = view["start"].array.asi8, view["end"].array.asi8
    m = view if np.array_equal(s, e) else view[s == e]  # no copy when all are single months
    out = m[[*SERIES, "start", "value_usd"]].rename(columns={"start": "month"})
    out["_t"] = out["month"].array.asi8  # month ordinals
    return out


@on_engines(SERIES)
def monthly_changes(table: pd.DataFrame, lag: int = 12) -> pd.DataFrame:
    """Change of every single-month value against the month ``lag`` months earlier.

    Unlike ``groupby(...).pct_change(12)``, the base is found by calendar month, not by row
    position: a gap in a series gives a missing change, never a change against the wrong month.

    Parameters
    ----------
    table
        A canonical table (a Comtrade-shaped monthly panel, or the bundled data).
    lag
        12 for year-on-year, 1 for month-on-month.

    Returns
    -------
    pandas.DataFrame
        ``reporter``, ``partner``, ``flow``, ``commodity``, ``month``, ``value_usd``,
        ``base_value_usd``, ``change_pct`` (missing where the base month is absent or zero).
    """
    if not isinstance(lag, (int, np.integer)) or lag < 1:
        raise InputError(f"lag must be a positive whole number of months; received {lag!r}.")
    m = _monthly(table).reset_index(drop=True)
    n = len(m)
    # One integer key per (series, month); the base is found by looking up key - lag (a gap of
    # ``lag`` slots after every series keeps a lookup from reaching into the previous series).
    code = series_codes(m)
    t = m["_t"].to_numpy(np.int64)
    t0 = int(t.min()) if n else 0
    span = int(t.max()) - t0 + lag + 1 if n else 1
    key = code * span + (t - t0)
    n_cells = (int(code.max()) + 1) * span if n else 0
    duplicate = DuplicateRowsError(
        "table has more than one value for the same series and month; expected one "
        "(pass the default view, or add a 'preferred' column)."
    )
    if n_cells <= max(4 * n, 1 << 20):  # a dense (series, month) grid of row positions
        where = np.full(n_cells, -1, dtype=np.int32 if n < 2**31 else np.int64)
        where[key] = np.arange(n)
        if n and int(np.count_nonzero(where >= 0)) != n:
            raise duplicate
        prev = key - lag
        pos = where[np.maximum(prev, 0)]
        pos[prev < 0] = -1
        del where, prev
    else:
        index = pd.Index(key)
        if not index.is_unique:
            raise duplicate
        pos = index.get_indexer(key - lag)
    del key, t, code
    values = m["value_usd"].array
    data = values.to_numpy(dtype=np.int64, na_value=0)
    vmask = np.asarray(values.isna(), dtype=bool)
    found = pos >= 0
    pos[~found] = 0
    bdata = data[pos]
    bmask = vmask[pos]
    bmask |= ~found
    bdata[bmask] = 0
    out = {c: m[c] for c in [*SERIES, "month", "value_usd"]}  # (columns set once: no copies)
    out["base_value_usd"] = pd.arrays.IntegerArray(bdata, bmask)
    # (new / base - 1) * 100, missing where either is missing or the base is not positive
    invalid = bmask | vmask
    invalid |= bdata <= 0
    base = bdata.astype(np.float64)
    base[invalid] = 1.0
    pct = data.astype(np.float64)
    pct /= base
    del base
    pct -= 1
    pct *= 100
    pct[invalid] = 0.0
    out["change_pct"] = pd.arrays.FloatingArray(pct, invalid)
    return pd.DataFrame(out, copy=False)


_DUPLICATE_MONTHS = (
    "table has more than one value for the same series and month; expected one "
    "(pass the default view, or add a 'preferred' column)."
)


def _rolling_dense(
    code: np.ndarray, t: np.ndarray, values: np.ndarray, n_series: int, width: int, window: int
) -> tuple[np.ndarray, np.ndarray]:
    """Trailing sums by prefix sums over a dense (series, month) grid; rows in input order.

    ``t`` is the month's position 0..width-1.
    """
    flat = code * (width + 1)
    flat += t
    flat += 1  # column 0 of each series is the empty prefix
    count_type = np.int16 if width < 1 << 15 else np.int32
    counts = np.zeros((n_series, width + 1), dtype=count_type)
    counts.reshape(-1)[flat] = 1
    np.cumsum(counts, axis=1, out=counts)
    if int(counts[:, -1].sum(dtype=np.int64)) != len(flat):
        raise DuplicateRowsError(_DUPLICATE_MONTHS)
    sums = np.zeros((n_series, width + 1), dtype=np.int64)
    sums.reshape(-1)[flat] = values
    np.cumsum(sums, axis=1, out=sums)
    ok = t >= window - 1
    lo = flat - window
    lo[~ok] = flat[~ok]
    c, s = counts.reshape(-1), sums.reshape(-1)
    ok &= (c[flat] - c[lo]) == window
    total = s[flat]
    total -= s[lo]
    total[~ok] = 0
    return total, ok


def _rolling_sorted(
    code: np.ndarray, t: np.ndarray, values: np.ndarray, window: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Trailing sums over the rows sorted by (series, month): sums, completeness, sort order.

    ``t`` is the month's position from the first month of the table.
    """
    # (a gap of ``window`` between series keeps a window from reaching into the previous one)
    key = code * ((int(t.max()) if len(t) else 0) + window + 1) + t
    order = np.argsort(key, kind="stable")
    k = key[order]
    if len(k) and (k[1:] == k[:-1]).any():
        raise DuplicateRowsError(_DUPLICATE_MONTHS)
    cum = np.zeros(len(k) + 1, dtype=np.int64)
    np.cumsum(values[order], out=cum[1:])
    i = np.arange(len(k))
    j = i - (window - 1)
    ok = j >= 0
    ok[ok] = k[j[ok]] == k[ok] - (window - 1)
    total = np.zeros(len(k), dtype=np.int64)
    total[ok] = cum[i[ok] + 1] - cum[j[ok]]
    return total, ok, order


@on_engines(SERIES)
def rolling_sum(table: pd.DataFrame, window: int = 12) -> pd.DataFrame:
    """Sum over the trailing ``window`` months of every single-month series.

    A sum is given only where all ``window`` months are present; a gap makes it missing,
    never a partial sum. Rows come in the order of the table (no sort of the key columns).

    Returns
    -------
    pandas.DataFrame
        ``reporter``, ``partner``, ``flow``, ``commodity``, ``month``, ``value_usd`` (the
        month), ``rolling_usd`` (the trailing sum, ``Int64``).
    """
    if not isinstance(window, (int, np.integer)) or window < 1:
        raise InputError(f"window must be a positive whole number of months; received {window!r}.")
    m = _monthly(table).reset_index(drop=True)
    # One integer per series; the window's sum is a difference of prefix sums over a dense
    # (series, month) grid, complete when all its months are present (sparse panels: over the
    # rows sorted by series and month).
    valid = m["value_usd"].notna().to_numpy()
    sel = slice(None) if valid.all() else valid  # (no copies when every row has a value)
    code = series_codes(m)[sel]
    t = m["_t"].to_numpy(np.int64)[sel]
    t0 = int(t.min()) if len(t) else 0
    values = m["value_usd"].to_numpy(np.int64, na_value=0)[sel]
    width = int(t.max()) - t0 + 1 if len(t) else 0
    n_series = int(code.max()) + 1 if len(t) else 0
    t = t - t0
    if len(t) and n_series * (width + 1) <= max(4 * len(t), 1 << 20):
        total, ok = _rolling_dense(code, t, values, n_series, width, window)
        rows = None if isinstance(sel, slice) else np.flatnonzero(valid)
    else:
        total, ok, rows = _rolling_sorted(code, t, values, window)
        rows = rows if isinstance(sel, slice) else np.flatnonzero(valid)[rows]
    del code, t, values
    if rows is None:  # every row, in order
        rolling, complete = total, ok
    else:
        rolling = np.zeros(len(m), dtype=np.int64)
        complete = np.zeros(len(m), dtype=bool)
        rolling[rows], complete[rows] = total, ok
    out = {c: m[c] for c in m.columns if c != "_t"}  # (columns set once: no copies)
    out["rolling_usd"] = pd.arrays.IntegerArray(rolling, ~complete)
    return pd.DataFrame(out, copy=False)


def share(
    table: pd.DataFrame,
    period: str | Span,
    within: Literal["flow", "commodity", "partner"] = "flow",
    whole: str | None = None,
) -> pd.DataFrame:
    """Share of each part in its whole over a span, in percent.

    Parameters
    ----------
    within
        ``flow``: exports and imports as shares of total trade; ``commodity``: each HS code as
        a share of ``TOTAL``; ``partner``: each partner as a share of the world (``WLD``).
    whole
        The key of the whole; defaults to ``total``, ``TOTAL`` or ``WLD``.

    Returns
    -------
    pandas.DataFrame
        The rows of :func:`values` for the parts, with ``whole_usd`` and ``share_pct``.
    """
    defaults = {"flow": "total", "commodity": "TOTAL", "partner": "WLD"}
    if within not in defaults:
        raise InputError(f"within must be one of {list(defaults)}; received {within!r}.")
    whole_key = whole or defaults[within]
    v = values(table, period)
    v = v[v["flow"] != "balance"]
    keys = [c for c in ["reporter", "partner", "flow", "commodity"] if c != within]
    wholes = v[v[within] == whole_key].set_index(keys)["value_usd"].rename("whole_usd")
    parts = v[v[within] != whole_key].join(wholes, on=keys)
    parts["share_pct"] = (
        parts["value_usd"].astype("Float64") / parts["whole_usd"].astype("Float64") * 100
    )
    return parts.reset_index(drop=True)


def contributions(
    table: pd.DataFrame,
    period: str | Span,
    base: str | Span | None = None,
    within: Literal["flow", "commodity", "partner"] = "flow",
    whole: str | None = None,
) -> pd.DataFrame:
    """Contribution of each part to the change of its whole, in percentage points.

    The contribution of a part is (new part − old part) / old whole × 100; the contributions of
    parts that add up to the whole add up to the whole's percent change.

    Returns
    -------
    pandas.DataFrame
        The rows of :func:`change` for the parts, with ``whole_base_usd`` and
        ``contribution_pp``.
    """
    defaults = {"flow": "total", "commodity": "TOTAL", "partner": "WLD"}
    if within not in defaults:
        raise InputError(f"within must be one of {list(defaults)}; received {within!r}.")
    whole_key = whole or defaults[within]
    c = change(table, period, base)
    c = c[c["flow"] != "balance"]
    keys = [k for k in ["reporter", "partner", "flow", "commodity"] if k != within]
    wholes = c[c[within] == whole_key].set_index(keys)["base_value_usd"].rename("whole_base_usd")
    parts = c[c[within] != whole_key].join(wholes, on=keys)
    diff = parts["change_abs"].astype("Float64")
    parts["contribution_pp"] = diff / parts["whole_base_usd"].astype("Float64") * 100
    return parts.reset_index(drop=True)
