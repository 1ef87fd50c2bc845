"""Several versions of one cell: the rule that picks one, and the default view built on it.

The rule (applied by the curation script to the bundled data, and available for any table):

1. A row is eligible only if it has a dollar value, is not flagged ``suspect``,
   ``yuan_only``, ``yuan_basis_pct``, ``yuan_converted``, ``out_of_scope`` or ``no_value``, is
   not a bound (hedge ``more than`` / ``less than``), and belongs to the default series
   (``series`` empty or ``customs``): rows of another definition of trade (KOTRA's annual
   reports add estimated crude oil; KIEP, KDI and China's MOFCOM count differently) are never
   mixed into the default view.
2. Among eligible rows, more significant digits win (an exact customs figure beats a rounded
   re-quote); the digits are those printed (:func:`tradestats.rounding.half_units`); rows
   compiled by GACC, UN Comtrade or CEIC get one digit of bonus.
3. On a tie, the earliest publication wins (the original release); a date known only to the
   month or year counts as the last day of that month or year (it is not known to be earlier).
4. A row whose note says it ``supersedes`` an earlier figure wins over everything (a formal
   release over a preliminary briefing).

``as_of`` views (:func:`known_as_of`) keep only the rows published on or before a date and
apply the same rule among them.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from .errors import DuplicateRowsError, DuplicateRowsWarning, InputError
from .rounding import half_units
from .schema import CELL, DEFAULT_SERIES, cell_label, conflict_message, drop_identical_rows

__all__ = [
    "choose_preferred",
    "known_as_of",
    "preferred_view",
    "publication_end",
    "resolve_duplicates",
    "EXCLUDED_FLAGS",
    "OTHER_DEFINITION_COMPILERS",
]

EXCLUDED_FLAGS = (
    "suspect",
    "yuan_only",
    "yuan_basis_pct",
    "yuan_converted",
    "out_of_scope",
    "no_value",
)
BOUND_HEDGES = ("more than", "less than")
OTHER_DEFINITION_COMPILERS = ("KOTRA annual", "KIEP", "KDI", "China MOFCOM")
_PRIMARY_COMPILERS = ("GACC", "UN Comtrade", "CEIC")


def _has_flag(flags: pd.Series, names: tuple[str, ...]) -> pd.Series:
    pattern = r"(?:^|;)\s*(?:" + "|".join(names) + r")\s*(?:;|$)"
    return flags.fillna("").str.contains(pattern, regex=True)


def significant_digits(values: pd.Series) -> pd.Series:
    """Number of significant digits of integer values (trailing zeros do not count).

    ``197390000`` has 5; ``3519651278`` has 10; missing stays missing.
    """
    text = values.astype("string").str.replace(r"0+$", "", regex=True).str.lstrip("-")
    return text.str.len().astype("Int64")


def printed_digits(table: pd.DataFrame) -> pd.Series:
    """Significant digits as printed: digits of the value down to its rounding unit.

    Uses :func:`tradestats.rounding.half_units` (the stored printed precision, or trailing
    zeros): ``$13.0 million`` (13000000, half-width 50000) has 3; ``3519651278`` has 10.
    """
    values = table["value_usd"]
    length = values.astype("string").str.len().astype("Float64")
    unit = 2 * half_units(table)
    dropped = np.floor(np.log10(unit.clip(lower=1).astype("float64")) + 1e-9)
    return (length - dropped).round().astype("Int64")


def publication_end(published: pd.Series) -> pd.Series:
    """The last day a publication date can mean: ``2017-07`` -> ``2017-07-31``; ``2019`` ->
    ``2019-12-31``; a full date stays; missing stays missing."""
    text = published.astype("string").str.strip()
    month = text.str.fullmatch(r"\d{4}-\d\d").fillna(False)
    year = text.str.fullmatch(r"\d{4}").fillna(False)
    out = text.copy()
    if month.any():  # an impossible month ("2020-13") becomes missing, never an exception
        starts = pd.to_datetime(text[month] + "-01", format="%Y-%m-%d", errors="coerce")
        ends = (starts + pd.offsets.MonthEnd(0)).dt.strftime("%Y-%m-%d")
        out[month] = ends.astype("string")
    out[year] = text[year] + "-12-31"
    return out


def _in_series(table: pd.DataFrame, series: str) -> pd.Series:
    """Rows of one definition; without a ``series`` column, the compiler says (KOTRA annual,
    KIEP, KDI and MOFCOM rows are not of the default series)."""
    if "series" not in table.columns:
        compiler = table["compiler"].fillna("") if "compiler" in table.columns else None
        other = np.zeros(len(table), dtype=bool)
        for name in OTHER_DEFINITION_COMPILERS if compiler is not None else ():
            other |= compiler.str.startswith(name).to_numpy()
        own = ~other if series == DEFAULT_SERIES else np.zeros(len(table), dtype=bool)
        return pd.Series(own, index=table.index)
    column = table["series"].fillna(DEFAULT_SERIES)
    return (column == series).astype(bool)


def eligible(table: pd.DataFrame, series: str = DEFAULT_SERIES) -> pd.Series:
    """Rows that may be picked for the view of one series (step 1 of the rule)."""
    bound = (
        table["hedge"].isin(BOUND_HEDGES).fillna(False).to_numpy()
        if "hedge" in table.columns
        else np.zeros(len(table), dtype=bool)
    )
    return (
        table["value_usd"].notna()
        & ~_has_flag(table["flag"], EXCLUDED_FLAGS)
        & ~pd.Series(bound, index=table.index)
        & _in_series(table, series)
    ).astype(bool)


def known_as_of(table: pd.DataFrame, as_of: str, series: str = DEFAULT_SERIES) -> pd.DataFrame:
    """The rows published on or before ``as_of``, with ``preferred`` chosen again among them.

    A row whose publication date is known only to the month or year counts from the last day
    of that month or year; a row without a publication date is left out (its date is never
    guessed).

    Parameters
    ----------
    table
        A canonical table with every version and a ``published`` column.
    as_of
        ``YYYY-MM-DD`` (also ``YYYY-MM`` or ``YYYY``: the end of that month or year).
    series
        The definition whose preferred rows are chosen (see :func:`choose_preferred`).

    Returns
    -------
    pandas.DataFrame
        The rows known on that date, all versions, ``preferred`` recomputed.

    Raises
    ------
    InputError
        When ``as_of`` is not a date.
    """
    text = str(as_of).strip()
    bound = publication_end(pd.Series([text], dtype="string")).iloc[0]
    try:
        pd.Timestamp(bound)
        ok = bool(pd.Series([text]).str.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?").iloc[0])
    except (ValueError, TypeError):
        ok = False
    if not ok:
        raise InputError(f"as_of must be a date such as '2021-12-31'; received {as_of!r}.")
    ends = publication_end(table["published"])
    known = table[(ends <= bound).fillna(False).to_numpy()].copy()
    known["preferred"] = choose_preferred(known, series)
    return known.reset_index(drop=True)


def choose_preferred(table: pd.DataFrame, series: str = DEFAULT_SERIES) -> pd.Series:
    """Apply the documented rule: a boolean Series marking one row per cell.

    Parameters
    ----------
    table
        A canonical table (several rows per cell allowed).
    series
        The definition to choose in (column ``series``); rows of other series are never
        chosen, so a view never mixes definitions.

    Returns
    -------
    pandas.Series
        Boolean, aligned with ``table``; cells with no eligible row get no preferred row.
    """
    ranked = _ranked(table, series)
    winners = ranked.drop_duplicates(CELL, keep="first")["_pos"].to_numpy()
    chosen = np.zeros(len(table), dtype=bool)
    chosen[winners] = True
    return pd.Series(chosen, index=table.index, dtype="boolean")


_RANK = ["_supersedes", "_score", "_published"]


def _ranked(table: pd.DataFrame, series: str = DEFAULT_SERIES) -> pd.DataFrame:
    """The eligible rows with the rule's keys, best first within each cell."""
    ok = eligible(table, series)
    if "precision_usd" not in table.columns:
        table = table.assign(precision_usd=pd.NA)
    compiler = table["compiler"].fillna("")
    bonus = np.zeros(len(table), dtype=int)
    for name in _PRIMARY_COMPILERS:
        bonus |= compiler.str.startswith(name).to_numpy().astype(int)
    ranked = table.loc[ok, CELL].copy()
    ranked["_supersedes"] = table.loc[ok, "note"].fillna("").str.contains("supersedes")
    ranked["_score"] = printed_digits(table.loc[ok]).to_numpy() + bonus[ok.to_numpy()]
    ranked["_published"] = publication_end(table.loc[ok, "published"]).fillna("9999")
    ranked["_pos"] = np.arange(len(table))[ok.to_numpy()]
    return ranked.sort_values([*_RANK, "_pos"], ascending=[False, False, True, True])


def resolve_duplicates(table: pd.DataFrame, *, name: str = "table") -> pd.DataFrame:
    """Make a user's table hold one preferred row per cell, never by summing.

    Identical duplicate rows are dropped with a warning
    (:func:`tradestats.schema.drop_identical_rows`). Where a cell has rows with different
    values, the table must say which to use: by a ``preferred`` column (at most one ``true``
    per cell), or by versions the rule can choose between: every row of the cell carries a
    ``published`` date or a ``source_id``, no two the same, and the rule ranks one of them
    strictly first (more printed digits, or an earlier publication). Then ``preferred`` marks
    the rule's choice and every row is kept.

    Parameters
    ----------
    table
        A validated canonical table (several rows per cell allowed).
    name
        How to call the table in messages.

    Returns
    -------
    pandas.DataFrame
        The table without identical duplicates, ``preferred`` set for the conflicting cells.

    Raises
    ------
    DuplicateRowsError
        Naming the first cell with two values the rule cannot choose between, and the values.
    """
    table = drop_identical_rows(table, name=name).reset_index(drop=True)
    valued = table[table["value_usd"].notna()]
    conflict = valued.duplicated(CELL, keep=False)
    if not conflict.any():
        return table
    rows = valued[conflict]
    distinct = rows.groupby(CELL, observed=True)["value_usd"].transform("nunique")
    agree = rows[(distinct == 1).to_numpy()]
    out = table.copy()
    if not agree.empty:  # one value given by rows that differ elsewhere: keep them, use the first
        first = ~agree.duplicated(CELL, keep="first")
        out.loc[agree.index, "preferred"] = first.to_numpy()
        warnings.warn(
            f"{name}: {len(agree)} rows give the same value for {int(first.sum())} cell(s), "
            f"e.g. {cell_label(agree.iloc[0])} {int(agree['value_usd'].iloc[0])}; the first row "
            "of each is used (never summed).",
            DuplicateRowsWarning,
            stacklevel=3,
        )
        rows = rows[(distinct > 1).to_numpy()]
        if rows.empty:
            return out
    version = rows[["published", "source_id"]].astype("string").fillna("")
    unversioned = (version["published"] == "") & (version["source_id"] == "")
    repeated = rows.assign(_v=version["published"] + "|" + version["source_id"]).duplicated(
        [*CELL, "_v"], keep=False
    )
    bad = unversioned | repeated
    if bad.any():
        raise DuplicateRowsError(conflict_message(rows[bad], name=name))
    ranked = _ranked(table)
    ranked = ranked[ranked["_pos"].isin(np.flatnonzero(table.index.isin(rows.index)))]
    top = ranked.drop_duplicates(CELL, keep="first")
    ties = top.merge(ranked, on=[*CELL, *_RANK]).groupby(CELL, observed=True).size() > 1
    unchosen = set(map(tuple, rows[CELL].drop_duplicates().to_numpy())) - set(
        map(tuple, top[CELL].to_numpy())
    )
    if ties.any() or unchosen:
        cell = ties[ties].index[0] if ties.any() else next(iter(unchosen))
        first = rows[(rows[CELL] == pd.Series(cell, index=CELL)).all(axis=1)]
        raise DuplicateRowsError(
            conflict_message(first, name=name).replace(
                "rows are never summed", "the preferred-row rule cannot choose between them"
            )
        )
    chosen = np.zeros(len(table), dtype=bool)
    chosen[top["_pos"].to_numpy()] = True
    in_conflict = table.index.isin(rows.index)
    out.loc[in_conflict, "preferred"] = chosen[in_conflict]
    return out


def preferred_view(table: pd.DataFrame) -> pd.DataFrame:
    """The default view: one row per cell, the preferred one, with a dollar value.

    Parameters
    ----------
    table
        A canonical table, possibly with several versions of a cell.

    Returns
    -------
    pandas.DataFrame
        The preferred rows only, index reset.
    """
    keep = table["preferred"].fillna(False).astype(bool) & table["value_usd"].notna()
    return table[keep].reset_index(drop=True)
