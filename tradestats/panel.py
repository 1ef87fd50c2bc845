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
from typing import Literal

import pandas as pd

from .engines import every_month, every_year, on_engines
from .periods import Span

__all__ = [
    "panel_values",
    "panel_changes",
    "panel_ytd",
    "panel_annual",
    "panel_share",
    "panel_contributions",
]

Within = Literal["flow", "commodity", "partner"]
#: Rows a whole-panel measure must see together on a partitioned engine (see tradestats.engines):
#: the flows of a series (totals and balances are derived from them), or the parts and the whole.
_PAIR = ["reporter", "partner", "commodity"]
_WHOLE = {"partner": ["reporter", "commodity"], "commodity": ["reporter", "partner"]}


def _parts_keys(kwargs: dict) -> list[str]:
    return _WHOLE.get(kwargs.get("within", "partner"), _PAIR)


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
