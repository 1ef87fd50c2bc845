"""Compare two periods for one reporter–partner pair, with the reasoning behind each number.

This is the computation behind ``tradestats compare``: :func:`tradestats.measures.change` for
one pair, plus a sentence per flow saying how its change was obtained and the full source records.
"""

from __future__ import annotations

import pandas as pd

from .countries import resolve_country
from .data import load_dataset, load_sources
from .errors import CoverageError
from .formatting import format_pct, format_usd
from .measures import change
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

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`~tradestats.measures.change` for the four flows, plus
        ``explanation`` (how the value and the change were obtained) and ``source_records``
        (a list of dicts: ``id``, ``publisher``, ``title``, ``url``, ``published``).

    Examples
    --------
    >>> c = compare("Jan-Feb 2020").set_index("flow")
    >>> int(c.loc["total", "value_usd"]), c.loc["total", "change_basis"]
    (208060000, 'published')
    """
    needed = {"reporter", "partner", "flow", "commodity", "start", "end", "value_usd"}
    if table is not None and not (isinstance(table, pd.DataFrame) and needed <= set(table)):
        from .schema import validate_table  # a raw table is validated; anything else refused

        table = validate_table(table, name="table", allow_versions=True)  # type: ignore[arg-type]
    span = parse_span(period)
    b = span.year_earlier() if base is None else parse_span(base)
    rep = resolve_country(reporter, "reporter")
    par = resolve_country(partner, "partner")
    t = load_dataset("china_dprk", versions="all") if table is None else table
    sel = t[(t["reporter"] == rep) & (t["partner"] == par) & (t["commodity"] == commodity)]
    if sel.empty:
        pairs = sorted({f"{r}-{p}" for r, p in zip(t["reporter"], t["partner"])})
        raise CoverageError(
            f"The table has no {commodity} rows for reporter {rep} and partner {par}; "
            f"it holds the pairs {pairs}."
        )
    out = change(sel, span, b)
    src = load_sources() if sources is None else sources
    lookup = src.set_index("source_id") if "source_id" in src.columns else pd.DataFrame()
    out["explanation"] = [_explain(row, span, b) for _, row in out.iterrows()]
    out["source_records"] = [_records(ids, lookup) for ids in out["sources"]]
    return out


def _records(ids: tuple[str, ...], lookup: pd.DataFrame) -> list[dict[str, str | None]]:
    records = []
    for sid in ids:
        rec: dict[str, str | None] = {"id": sid}
        if sid in lookup.index:
            row = lookup.loc[sid]
            for key in ("publisher", "title", "url", "published"):
                value = row.get(key)
                rec[key] = None if pd.isna(value) else str(value)
        records.append(rec)
    return records


def _value_text(value: object, derivation: object, missing: tuple[str, ...], label: str) -> str:
    if pd.isna(value):
        return f"{label}: no value (month(s) not in the data: {', '.join(missing) or 'all'})"
    how = "" if derivation == "reported" else f", {derivation}"
    return f"{label} {format_usd(int(value), scale='unit')}{how}"  # type: ignore[call-overload]


def _explain(row: pd.Series, span: Span, base: Span) -> str:
    """One row is one flow of a small result (four flows): a loop here is over flows, not data."""
    parts = [
        _value_text(row["value_usd"], row["derivation"], row["missing"], span.label),
        _value_text(row["base_value_usd"], row["base_derivation"], row["base_missing"], base.label),
    ]
    basis = row["change_basis"] if isinstance(row["change_basis"], str) else ""
    printed = row["published_change_pct"]
    printed_text = "" if pd.isna(printed) else f"{printed}% ({row['published_basis']})"
    if basis == "computed":
        text = (
            f"change computed from the data: {int(row['value_usd']):,} / "
            f"{int(row['base_value_usd']):,} - 1 = {format_pct(row['change_pct'], 2)}"
        )
        if printed_text:
            text += f"; the publisher printed {printed_text}"
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
    if row["conflict"]:
        text += f". Note: {row['conflict']}"
    return "; ".join(parts) + ". " + text + "."
