"""Compare two periods for one reporter–partner pair, with the reasoning behind each number.

This is the computation behind ``tradestats compare``: :func:`tradestats.measures.change` for
one pair, plus a sentence per flow saying how its change was obtained and the full source records.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

from . import tablecache
from .countries import resolve_country
from .data import load_dataset, load_sources
from .errors import CoverageError
from .formatting import format_pct, format_usd
from .measures import _change_columns, check_comparable
from .periods import Span, parse_span

__all__ = ["compare"]


def compare(
    period: str | Span,
    base: str | Span | None = None,
    *,
    table: pd.DataFrame | None = None,
    reporter: str = "CHN",
    partner: str = "PRK",
    commodity: str = "TOTAL",
    sources: pd.DataFrame | None = None,
    allow_mismatch: bool = False,
) -> pd.DataFrame:
    """Exports, imports, total and balance of one pair in two periods, explained.

    Parameters
    ----------
    period
        The span to report (``"Jan-Feb 2020"``, ``"2020-01/02"``, ...).
    base
        The span to compare with; by default the same span a year earlier.
    table
        A canonical table; by default every version of the bundled ``china_dprk`` data.
    reporter, partner
        Country names or codes (resolved to ISO3).
    commodity
        ``TOTAL`` or an HS code.
    sources
        A sources table to describe source ids; by default the bundled one.
    allow_mismatch
        Compare spans of different lengths; by default an :class:`InputError`.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`~tradestats.measures.change` for the four flows, plus
        ``explanation`` (how the value and the change were obtained) and ``source_records``
        (a list of dicts: ``id``, ``publisher``, ``title``, ``url``, ``published``). A derived
        value (``Jan–Apr 2019 − Mar 2019 − Apr 2019``) carries its formula, its rows and their
        sources; it is never stored as if published.

    Raises
    ------
    InputError
        When the two spans differ in length and ``allow_mismatch`` is not given.
    CoverageError
        When the table holds no rows for the pair, or ``period`` lies wholly outside the months
        the pair's rows cover (the message names that range).

    Examples
    --------
    >>> c = compare("Jan-Feb 2020").set_index("flow")
    >>> int(c.loc["total", "value_usd"]), c.loc["total", "change_basis"]
    (208060000, 'computed')
    """
    needed = {"reporter", "partner", "flow", "commodity", "start", "end", "value_usd"}
    if table is not None and not (isinstance(table, pd.DataFrame) and needed <= set(table)):
        from .schema import validate_table  # a raw table is validated; anything else refused

        table = validate_table(table, name="table", allow_versions=True)  # type: ignore[arg-type]
    span = parse_span(period)
    b = span.year_earlier() if base is None else parse_span(base)
    check_comparable(span, b, allow_mismatch=allow_mismatch)
    rep = resolve_country(reporter, "reporter")
    par = resolve_country(partner, "partner")
    t = _bundled() if table is None else table
    sel, first, last = _select(t, rep, par, commodity)
    if sel.empty:
        pairs = sorted({f"{r}-{p}" for r, p in zip(t["reporter"], t["partner"])})
        raise CoverageError(
            f"The table has no {commodity} rows for reporter {rep} and partner {par}; "
            f"it holds the pairs {pairs}."
        )
    if first is None or span.end < first or span.start > last:
        held = "no values" if first is None else f"values for {Span(first, last).label}"
        raise CoverageError(
            f"period {span.label} lies outside the data: the table holds {held} "
            f"for {rep}-{par} {commodity}; expected a period inside that range."
        )
    cols = _change_columns(sel, span, b)
    lookup = _bundled_sources() if sources is None else _lookup(sources)
    # one row is one flow of a small result (four flows): the cells as iterrows gives them
    cells = {c: np.asarray(a, dtype=object) for c, a in cols.items()}
    rows = [dict(zip(cells, values)) for values in zip(*cells.values())]
    cols["explanation"] = [_explain(row, span, b) for row in rows]
    cols["sources"] = [
        tuple(dict.fromkeys([*a, *(b if isinstance(b, tuple) else ())]))
        for a, b in zip(cells["sources"], cells["base_sources"])
    ]
    cols["source_records"] = [_records(ids, lookup) for ids in cols["sources"]]
    explanation = cols.pop("explanation")
    records = cols.pop("source_records")
    return pd.DataFrame({**cols, "explanation": explanation, "source_records": records})


def _select(
    t: pd.DataFrame, rep: str, par: str, commodity: str
) -> tuple[pd.DataFrame, pd.Period | None, pd.Period | None]:
    """The pair's rows and the first and last month they give values for (``None`` when they
    give none); the same objects for repeated calls on an unchanged table (the selection is
    kept with the table, :mod:`tradestats.tablecache`)."""
    selections = tablecache.state(t).setdefault("compare", {})
    key = (rep, par, commodity)
    hit = selections.get(key)
    if hit is None:
        if len(selections) > 32:
            selections.clear()
        sel = t[(t["reporter"] == rep) & (t["partner"] == par) & (t["commodity"] == commodity)]
        have = sel[sel["value_usd"].notna()]
        first, last = (None, None) if have.empty else (have["start"].min(), have["end"].max())
        hit = selections[key] = (sel, first, last)
    return hit


@cache
def _bundled() -> pd.DataFrame:
    """Every version of the bundled data, loaded once (compare never changes it)."""
    return load_dataset("china_dprk", versions="all")


_FIELDS = ("publisher", "title", "url", "published")


def _lookup(src: pd.DataFrame) -> dict[str, dict[str, str | None]]:
    """Source id -> its publisher, title, url and publication date (None when absent)."""
    if "source_id" not in src.columns:
        return {}
    cols = {
        k: (src[k].astype(object).where(src[k].notna(), None).tolist() if k in src else None)
        for k in _FIELDS
    }
    out: dict[str, dict[str, str | None]] = {}
    for n, sid in enumerate(src["source_id"].tolist()):
        if sid in out:
            continue
        out[sid] = {k: (None if v is None or v[n] is None else str(v[n])) for k, v in cols.items()}
    return out


@cache
def _bundled_sources() -> dict[str, dict[str, str | None]]:
    return _lookup(load_sources())


def _records(
    ids: tuple[str, ...], lookup: dict[str, dict[str, str | None]]
) -> list[dict[str, str | None]]:
    return [{"id": sid, **lookup.get(sid, {})} for sid in ids]


def _value_text(row: pd.Series, prefix: str, label: str) -> str:
    value, derivation = row[f"{prefix}value_usd"], row[f"{prefix}derivation"]
    if pd.isna(value):
        missing = row[f"{prefix}missing"]
        return f"{label}: no value (month(s) not in the data: {', '.join(missing) or 'all'})"
    text = f"{label} {format_usd(int(value), scale='unit')}"  # type: ignore[call-overload]
    if derivation == "reported":
        return text
    half = row[f"{prefix}half_width"]
    if _flag(row[f"{prefix}derived"]):
        text += f", derived (not published): {row[f'{prefix}formula']}"
        if pd.notna(half):
            text += f", ± {half:,.0f} from the rounding of its parts"
        if row[f"{prefix}mixed_releases"]:
            text += "; its parts come from more than one release"
        return text
    return f"{text}, {derivation}"


def _explain(row: pd.Series, span: Span, base: Span) -> str:
    """One row is one flow of a small result (four flows): a loop here is over flows, not data."""
    parts = [_value_text(row, "", span.label), _value_text(row, "base_", base.label)]
    basis = row["change_basis"] if isinstance(row["change_basis"], str) else ""
    printed = row["published_change_pct"]
    printed_text = "" if pd.isna(printed) else f"{printed}% ({row['published_basis']})"
    if basis == "computed":
        text = (
            f"change computed from the data: {int(row['value_usd']):,} / "
            f"{int(row['base_value_usd']):,} - 1 = {format_pct(row['change_pct'], 2)}"
        )
        lo, hi = row["change_pct_lo"], row["change_pct_hi"]
        if pd.notna(lo) and round(lo, 1) != round(hi, 1):
            text += f" (between {format_pct(lo, 2)} and {format_pct(hi, 2)} given the rounding)"
        if printed_text:
            check = row["printed_check"]
            verdict = {
                "agrees": "which the computed range agrees with",
                "disagrees": "which lies outside the computed range",
                "too coarse to decide": "which the data are too coarse to confirm or refute",
            }.get(check if isinstance(check, str) else "", "")
            text += f"; the publisher printed {printed_text}" + (f", {verdict}" if verdict else "")
    elif basis == "published":
        text = (
            f"change as published: {printed_text}, printed beside the figure "
            f"(source {row['published_source']}); it cannot be computed because the base is "
            "not in the data"
        )
    elif row["base_effect"]:
        text = f"no percentage change: {row['base_effect']}"
    else:
        text = "no change: a value is missing and no publisher printed the change"
    if row["base_effect"] and basis == "computed":
        text += f" (caution: {row['base_effect']})"
    for key in ("conflict", "base_conflict"):
        if isinstance(row[key], str) and row[key]:
            text += f". Note: {row[key]}"
    return "; ".join(parts) + ". " + text + "."


def _flag(value: object) -> bool:
    """A boolean cell that may be missing (a flow absent from the base)."""
    return bool(value) if not pd.isna(value) else False  # type: ignore[arg-type]
