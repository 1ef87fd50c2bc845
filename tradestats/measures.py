"""Change measures, vectorised over any panel of reporter × partner × flow × commodity.

Every function takes a canonical table (see :mod:`tradestats.schema`) and returns a new
DataFrame; none loops over rows. Values for a span come from exact tilings
(:mod:`tradestats.tiling`); a change that cannot be computed because its base is not in the data
falls back to the change the publisher printed, and says so in ``change_basis``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import numpy as np
import pandas as pd

from .engines import on_engines
from .errors import DuplicateRowsError, InputError
from .periods import Span, parse_span
from .rounding import written_interval
from .schema import SERIES
from .tiling import spans_values
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
#: A base smaller than this fraction of the new value is flagged as a tiny base.
TINY_BASE_RATIO = 0.1


def _view(table: pd.DataFrame) -> pd.DataFrame:
    if "preferred" in table.columns and not table["preferred"].fillna(False).all():
        return preferred_view(table)
    return table[table["value_usd"].notna()]


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
    >>> v.set_index("flow").loc["balance", "value_usd"]
    186720000
    """
    return values_many(table, [period])


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
    spans = [parse_span(p) for p in periods]
    keys = ["period", *_PAIR]
    per = spans_values(_view(table), spans, warn=False).reset_index()
    per = per[per["flow"].isin(_FLOW_ORDER)]
    cols = [c for c in per.columns if c not in (*keys, "flow")]
    wide = per.set_index([*keys, "flow"]).unstack("flow")
    if wide.empty:
        out = per.copy()
    else:
        flows = {f: _flow_frame(wide, f, cols) for f in ("export", "import", "total")}
        x, m, t = flows["export"], flows["import"], flows["total"]
        t_direct = t["value_usd"].notna() & ~t["derivation"].fillna("").str.startswith("derived")
        xm = x["value_usd"].notna() & m["value_usd"].notna()
        # exports or imports as the total minus the other flow
        for own, other, word in ((x, m, "imports"), (m, x, "exports")):
            fill = own["value_usd"].isna() & t["value_usd"].notna() & other["value_usd"].notna()
            _combine(own, fill, t, other, -1, ("total", word))
        total_xm = pd.DataFrame(index=t.index, columns=t.columns, dtype=object)
        _combine(total_xm, xm, x, m, 1, ("exports", "imports"))
        use_xm = ~t_direct & xm
        both_ways = t["value_usd"].notna() & xm
        gap = (t["value_usd"].astype("Int64") - total_xm["value_usd"].astype("Int64")).abs()
        limit = t["half_width"].astype("Float64") + total_xm["half_width"].astype("Float64")
        clash = (both_ways & (gap > limit)).fillna(False)
        notes = [
            f"total {tv:,} ({td}) and exports + imports {xv:,} differ by {g:,.0f} USD, beyond "
            f"their rounding (±{lim:,.0f}); the {'published total' if direct else 'sum of the flows'}"
            " is used"
            for tv, td, xv, g, lim, direct in zip(
                t.loc[clash, "value_usd"],
                t.loc[clash, "derivation"],
                total_xm.loc[clash, "value_usd"],
                gap[clash],
                limit[clash],
                t_direct[clash],
            )
        ]
        t.loc[use_xm] = total_xm.loc[use_xm]
        t.loc[clash, "conflict"] = notes
        bal = pd.DataFrame(index=t.index, columns=t.columns, dtype=object)
        both = x["value_usd"].notna() & m["value_usd"].notna()
        _combine(bal, both, x, m, -1, ("exports", "imports"))
        bal["missing"] = [_union(a, b) for a, b in zip(x["missing"], m["missing"])]
        parts = []
        for flow, frame in (("export", x), ("import", m), ("total", t), ("balance", bal)):
            f = frame.copy()
            f["flow"] = flow
            parts.append(f.reset_index())
        out = pd.concat(parts, ignore_index=True)
    for col, empty in (("rows", ()), ("sources", ()), ("missing", ()), ("conflict", "")):
        out[col] = [v if isinstance(v, (tuple, str)) else empty for v in out[col]]
    out["mixed_releases"] = out["mixed_releases"].fillna(False).astype(bool)
    if "derived" not in out.columns:
        out["derived"] = out["derivation"].fillna("").astype(str).str.startswith("derived")
    out["derived"] = out["derived"].fillna(False).astype(bool)
    out["value_usd"] = out["value_usd"].astype("Int64")
    out["half_width"] = out["half_width"].astype("float64")
    front = ["reporter", "partner", "flow", "commodity", "period"]
    out = out[[*front, *[c for c in out.columns if c not in front]]]
    order = out["flow"].map(_FLOW_ORDER)
    out = out.assign(_o=order).sort_values(["period", "reporter", "partner", "commodity", "_o"])
    return out.drop(columns="_o").reset_index(drop=True)


def _paren(formula: object) -> str:
    text = str(formula)
    return f"({text})" if any(op in text for op in (" + ", " − ")) else text


def _flow_frame(wide: pd.DataFrame, flow: str, cols: list[str]) -> pd.DataFrame:
    """One flow's columns of the wide table (all missing when the flow is absent)."""
    frame = pd.DataFrame(index=wide.index)
    for col in cols:
        frame[col] = wide[(col, flow)] if (col, flow) in wide.columns else None
    for col, empty in (("rows", ()), ("sources", ()), ("missing", ()), ("conflict", "")):
        frame[col] = [v if isinstance(v, (tuple, str)) else empty for v in frame[col]]
    frame["derived"] = frame["derivation"].fillna("").astype(str).str.startswith("derived")
    frame = frame.astype(object)
    frame["value_usd"] = frame["value_usd"].astype("Int64").astype(object)
    return frame


def _combine(
    out: pd.DataFrame,
    mask: pd.Series,
    a: pd.DataFrame,
    b: pd.DataFrame,
    sign: int,
    words: tuple[str, str],
) -> None:
    """Write ``a ± b`` into the rows ``mask`` of ``out``, with the formula and provenance."""
    if not mask.any():
        return
    idx = mask[mask].index
    va = a.loc[idx, "value_usd"].astype("Int64")
    vb = b.loc[idx, "value_usd"].astype("Int64")
    out.loc[idx, "value_usd"] = (va + sign * vb).astype(object)
    ha = a.loc[idx, "half_width"].astype(float)
    out.loc[idx, "half_width"] = (ha + b.loc[idx, "half_width"].astype(float)).astype(object)
    op = " + " if sign > 0 else " − "
    wa, wb = words
    what = f"{wa}{op}{wb}"
    formulas = [
        f"{wa} {_paren(fa)}{op}{wb} {_paren(fb)}"
        for fa, fb in zip(a.loc[idx, "formula"], b.loc[idx, "formula"])
    ]
    out.loc[idx, "formula"] = formulas
    out.loc[idx, "tiling"] = [
        f"({ta}){op}({tb})" for ta, tb in zip(a.loc[idx, "tiling"], b.loc[idx, "tiling"])
    ]
    out.loc[idx, "derivation"] = what
    out.loc[idx, "rows"] = pd.Series(
        [_union(ra, rb) for ra, rb in zip(a.loc[idx, "rows"], b.loc[idx, "rows"])], index=idx
    )
    out.loc[idx, "sources"] = pd.Series(
        [_union(ra, rb) for ra, rb in zip(a.loc[idx, "sources"], b.loc[idx, "sources"])],
        index=idx,
    )
    out.loc[idx, "missing"] = pd.Series([()] * len(idx), index=idx)
    out.loc[idx, "conflict"] = ""
    out.loc[idx, "derived"] = (
        a.loc[idx, "derived"].fillna(False).astype(bool)
        | b.loc[idx, "derived"].fillna(False).astype(bool)
        | (wa == "total")
    )
    pub = a.loc[idx, "mixed_releases"].fillna(False).astype(bool)
    out.loc[idx, "mixed_releases"] = pub | b.loc[idx, "mixed_releases"].fillna(False).astype(bool)


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
    span, b = parse_span(period), parse_span(base)
    if b == span.year_earlier():
        bases = ["yoy", "ytd"]
    elif span.is_month and b == span.previous():
        bases = ["mom"]
    else:
        bases = []
    t = table[
        (table["start"] == span.start)
        & (table["end"] == span.end)
        & table["change_pct"].notna()
        & table["change_basis"].isin(bases)
        & (table["change_terms"].fillna("USD") == "USD")
        & ~table["flag"].fillna("").str.contains("suspect|out_of_scope")
    ].copy()
    t["_pref"] = ~t["preferred"].fillna(False).astype(bool)
    t["_gacc"] = ~t["compiler"].fillna("").str.startswith("GACC")
    t["_dec"] = -t["change_pct"].str.extract(r"\.(\d+)$")[0].str.len().fillna(0)
    t = t.sort_values(["_pref", "_gacc", "_dec", "published"]).drop_duplicates(SERIES)
    return t.set_index(SERIES)[["change_pct", "change_basis", "row_id", "source_id"]].rename(
        columns={
            "change_pct": "published_change_pct",
            "change_basis": "published_basis",
            "row_id": "published_row",
            "source_id": "published_source",
        }
    )


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


def _change_bounds(
    v: pd.Series, hv: pd.Series, o: pd.Series, ho: pd.Series
) -> tuple[pd.Series, pd.Series]:
    """Exact-interval image of (v/o − 1)·100 in floats: missing when the base may be ≤ 0."""
    vlo, vhi = v - hv, v + hv
    olo, ohi = o - ho, o + ho
    ok = (olo > 0) & (vlo >= 0)
    lo = ((vlo / ohi.where(ok)) - 1) * 100
    hi = ((vhi / olo.where(ok)) - 1) * 100
    return lo.where(ok), hi.where(ok)


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
    >>> c.set_index("flow").loc[["export", "import"], ["change_pct", "change_basis"]].round(2)
            change_pct change_basis
    flow
    export      -23.20    published
    import      -71.99     computed
    """
    span = parse_span(period)
    b = span.year_earlier() if base is None else parse_span(base)
    check_comparable(span, b, allow_mismatch=allow_mismatch)
    both = values_many(table, [span, b])
    new = both[both["period"] == str(span)].reset_index(drop=True)
    old = both[both["period"] == str(b)].reset_index(drop=True)
    keys = [*_PAIR, "flow"]
    old = old.set_index(keys).add_prefix("base_")
    out = new.set_index(keys).join(old, how="left").reset_index()
    out["base"] = str(b)
    out = out.rename(columns={"base_value_usd": "base_value_usd"})
    v = out["value_usd"].astype("Float64")
    o = out["base_value_usd"].astype("Float64")
    out["change_abs"] = (out["value_usd"] - out["base_value_usd"]).astype("Int64")
    valid = v.notna() & o.notna() & (o > 0) & (v >= 0)
    pct = ((v / o.where(o > 0)) - 1) * 100
    out["change_pct"] = pct.where(valid).astype("Float64")
    out["change_basis"] = pd.Series(np.where(valid.fillna(False), "computed", None), dtype="string")

    effect = pd.Series("", index=out.index, dtype="string")
    effect = effect.mask((o == 0).fillna(False), "zero base")
    effect = effect.mask((valid & (o < TINY_BASE_RATIO * v)).fillna(False), "tiny base")
    effect = effect.mask(
        ((o < 0) & (v >= 0)).fillna(False) | ((o > 0) & (v < 0)).fillna(False), "sign change"
    )
    effect = effect.mask(((o < 0) & (v < 0)).fillna(False), "negative base")
    out["base_effect"] = effect

    lo, hi = _change_bounds(
        v, out["half_width"].astype("Float64"), o, out["base_half_width"].astype("Float64")
    )
    out["change_pct_lo"] = lo.where(valid).astype("Float64")
    out["change_pct_hi"] = hi.where(valid).astype("Float64")
    pub = published_changes(table, span, b)
    out = out.join(pub, on=SERIES)
    out["printed_check"] = pd.Series(
        _printed_check(out["published_change_pct"], out["change_pct_lo"], out["change_pct_hi"]),
        index=out.index,
        dtype="string",
    )
    out.loc[out["change_basis"].isna(), "printed_check"] = pd.NA
    use_pub = out["change_pct"].isna() & out["published_change_pct"].notna()
    out.loc[use_pub, "change_pct"] = out.loc[use_pub, "published_change_pct"].astype("Float64")
    out.loc[use_pub, "change_basis"] = "published"
    out["sources"] = [
        _union(s, (p,) if isinstance(p, str) and u else ())
        for s, p, u in zip(out["sources"], out["published_source"], use_pub)
    ]
    cols = [
        *_PAIR[:2], "flow", *_PAIR[2:], "period", "base", "value_usd", "base_value_usd",
        "change_abs", "change_pct", "change_pct_lo", "change_pct_hi", "change_basis",
        "published_change_pct", "published_basis", "published_row", "published_source",
        "printed_check", "base_effect", "half_width", "base_half_width", "derivation",
        "base_derivation", "formula", "base_formula", "derived", "base_derived", "mixed_releases",
        "base_mixed_releases",
        "rows", "base_rows", "sources", "base_sources", "missing", "base_missing", "conflict",
        "base_conflict",
    ]  # fmt: skip
    return out[cols]


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
    m = view[view["start"] == view["end"]]
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
    # One integer key per (series, month); the base is found by looking up key - lag.
    code = m.groupby(SERIES, sort=False, observed=True).ngroup().to_numpy(np.int64)
    t = m["_t"].to_numpy(np.int64)
    span = int(t.max() - t.min()) + lag + 1 if len(t) else 1
    key = code * span + (t - (t.min() if len(t) else 0))
    index = pd.Index(key)
    if not index.is_unique:
        raise DuplicateRowsError(
            "table has more than one value for the same series and month; expected one "
            "(pass the default view, or add a 'preferred' column)."
        )
    pos = index.get_indexer(key - lag)
    found = pos >= 0
    base = pd.array(np.zeros(len(m), dtype=np.int64), dtype="Int64")
    base[found] = m["value_usd"].array[pos[found]]
    base[~found] = pd.NA
    out = m
    out["base_value_usd"] = base
    v = out["value_usd"].astype("Float64")
    o = out["base_value_usd"].astype("Float64")
    out["change_pct"] = ((v / o.where(o > 0)) - 1) * 100
    return out.drop(columns="_t").reset_index(drop=True)


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
    # One integer key per (series, month), in calendar order within a series; a window is
    # complete when the row window - 1 places earlier in key order is window - 1 months earlier.
    valid = m["value_usd"].notna().to_numpy()
    code = m.groupby(SERIES, sort=False, observed=True).ngroup().to_numpy(np.int64)[valid]
    t = m["_t"].to_numpy(np.int64)[valid]
    t0 = int(t.min()) if len(t) else 0
    # (a gap of ``window`` between series keeps a window from reaching into the previous one)
    key = code * ((int(t.max()) - t0 if len(t) else 0) + window + 1) + (t - t0)
    order = np.argsort(key, kind="stable")
    k = key[order]
    if len(k) and (k[1:] == k[:-1]).any():
        raise DuplicateRowsError(
            "table has more than one value for the same series and month; expected one "
            "(pass the default view, or add a 'preferred' column)."
        )
    cum = np.zeros(len(k) + 1, dtype=np.int64)
    np.cumsum(m["value_usd"].to_numpy(np.int64, na_value=0)[valid][order], out=cum[1:])
    i = np.arange(len(k))
    j = i - (window - 1)
    ok = j >= 0
    ok[ok] = k[j[ok]] == k[ok] - (window - 1)
    total = np.zeros(len(k), dtype=np.int64)
    total[ok] = cum[i[ok] + 1] - cum[j[ok]]
    rolling = np.zeros(len(m), dtype=np.int64)
    complete = np.zeros(len(m), dtype=bool)
    rows = np.flatnonzero(valid)[order]
    rolling[rows], complete[rows] = total, ok
    m["rolling_usd"] = pd.arrays.IntegerArray(rolling, ~complete)
    return m.drop(columns="_t")


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
