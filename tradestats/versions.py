"""Several versions of one cell: the rule that picks one, and the default view built on it.

The rule (applied by the curation script to the bundled data, and available for any table):

1. A row is eligible only if it has a dollar value and is not flagged ``suspect``,
   ``yuan_only``, ``yuan_basis_pct``, ``out_of_scope`` or ``no_value``, and its compiler does not
   use another definition of trade (KOTRA's annual reports add estimated crude oil; KIEP, KDI
   and China's MOFCOM count differently).
2. Among eligible rows, more significant digits win (an exact customs figure beats a rounded
   re-quote); rows compiled by GACC, UN Comtrade or CEIC get one digit of bonus.
3. On a tie, the earliest publication wins (the original release).
4. A row whose note says it ``supersedes`` an earlier figure wins over everything (a formal
   release over a preliminary briefing).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .schema import CELL

__all__ = ["choose_preferred", "preferred_view", "EXCLUDED_FLAGS", "OTHER_DEFINITION_COMPILERS"]

EXCLUDED_FLAGS = ("suspect", "yuan_only", "yuan_basis_pct", "out_of_scope", "no_value")
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


def eligible(table: pd.DataFrame) -> pd.Series:
    """Rows that may be picked for the default view (step 1 of the rule)."""
    compiler = table["compiler"].fillna("")
    other = np.zeros(len(table), dtype=bool)
    for name in OTHER_DEFINITION_COMPILERS:
        other |= compiler.str.startswith(name).to_numpy()
    return (
        table["value_usd"].notna()
        & ~_has_flag(table["flag"], EXCLUDED_FLAGS)
        & ~pd.Series(other, index=table.index)
    ).astype(bool)


def choose_preferred(table: pd.DataFrame) -> pd.Series:
    """Apply the documented rule: a boolean Series marking one row per cell.

    Parameters
    ----------
    table
        A canonical table (several rows per cell allowed).

    Returns
    -------
    pandas.Series
        Boolean, aligned with ``table``; cells with no eligible row get no preferred row.
    """
    ok = eligible(table)
    compiler = table["compiler"].fillna("")
    bonus = np.zeros(len(table), dtype=int)
    for name in _PRIMARY_COMPILERS:
        bonus |= compiler.str.startswith(name).to_numpy().astype(int)
    ranked = table.loc[ok, CELL].copy()
    ranked["_supersedes"] = table.loc[ok, "note"].fillna("").str.contains("supersedes")
    ranked["_score"] = (
        significant_digits(table.loc[ok, "value_usd"]).to_numpy() + bonus[ok.to_numpy()]
    )
    ranked["_published"] = table.loc[ok, "published"].fillna("9999")
    ranked["_pos"] = np.arange(len(table))[ok.to_numpy()]
    ranked = ranked.sort_values(
        ["_supersedes", "_score", "_published", "_pos"], ascending=[False, False, True, True]
    )
    winners = ranked.drop_duplicates(CELL, keep="first")["_pos"].to_numpy()
    chosen = np.zeros(len(table), dtype=bool)
    chosen[winners] = True
    return pd.Series(chosen, index=table.index, dtype="boolean")


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
