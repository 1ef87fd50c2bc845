"""Rounding intervals: how precise a published number is, in exact arithmetic.

A figure printed as ``$197.39 million`` (stored as 197390000) stands for any value in
[197,385,000, 197,395,000]; a printed change of ``-23.2`` stands for [-23.25, -23.15]. Verdicts
that rounding decides are computed with :class:`fractions.Fraction`, never binary floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

import numpy as np
import pandas as pd

from .errors import InputError

__all__ = ["Interval", "data_half_unit", "half_units", "written_interval", "change_interval"]


_ZERO = Fraction(0)


@dataclass(frozen=True)
class Interval:
    """A closed interval [lo, hi] of exact rationals."""

    lo: Fraction
    hi: Fraction

    def __post_init__(self) -> None:
        if self.hi < self.lo:
            raise InputError(f"Interval hi must be >= lo; received [{self.lo}, {self.hi}].")

    @classmethod
    def point(cls, value: int | Fraction | Decimal | str) -> Interval:
        v = Fraction(str(value)) if not isinstance(value, (int, Fraction)) else Fraction(value)
        return cls(v, v)

    @classmethod
    def around(cls, value: int | Fraction, half: Fraction) -> Interval:
        v = Fraction(value)
        return cls(v - half, v + half)

    def meets(self, other: Interval) -> bool:
        """True when the two closed intervals share at least one point."""
        return self.lo <= other.hi and other.lo <= self.hi

    def distance(self, other: Interval) -> Fraction:
        """Gap between the intervals (0 when they meet)."""
        return max(_ZERO, other.lo - self.hi, self.lo - other.hi)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __str__(self) -> str:
        return f"[{float(self.lo):.6g}, {float(self.hi):.6g}]"


def half_units(table: pd.DataFrame) -> pd.Series:
    """Half the rounding unit of each row's ``value_usd``: the one source of rounding intervals.

    The stored printed precision (column ``precision_usd``, the half-width of the last digit
    the source printed) is used where present; otherwise the precision is inferred from the
    trailing zeros of the stored integer (a user's table without the column, or a printed form
    that was not read): a value with k trailing zeros was printed to the nearest 10^k dollars
    (197390000 -> 5000); a value without trailing zeros is good to the dollar (0.5).

    Parameters
    ----------
    table
        A canonical table (at least ``value_usd``; ``precision_usd`` optional).

    Returns
    -------
    pandas.Series
        Float half-widths aligned with ``table``; missing where ``value_usd`` is missing.

    Examples
    --------
    >>> t = pd.DataFrame({"value_usd": pd.array([13000000, 13000000], dtype="Int64"),
    ...                   "precision_usd": pd.array([50000, None], dtype="Float64")})
    >>> half_units(t).tolist()
    [50000.0, 500000.0]
    """
    values = table["value_usd"]
    inferred = _inferred_half_unit(values)
    if "precision_usd" not in table.columns:
        return inferred
    stored = pd.to_numeric(table["precision_usd"], errors="coerce").astype("float64")
    stored = pd.Series(stored, index=table.index)
    return stored.where(stored.notna() & values.notna().to_numpy(), inferred)


def data_half_unit(values: pd.Series | pd.DataFrame) -> pd.Series:
    """Half the rounding unit of stored values (kept for existing callers).

    Given a table, this is :func:`half_units` (stored printed precision first). Given a bare
    Series of integer values, no printed form is known and the half-unit is inferred from the
    trailing zeros: 197390000 -> 5000; 3519651278 -> 0.5. Missing values stay missing.

    Parameters
    ----------
    values
        Integer dollar values (``Int64``), or a canonical table.

    Returns
    -------
    pandas.Series
        Float half-units, exact for these powers of ten.
    """
    if isinstance(values, pd.DataFrame):
        return half_units(values)
    return _inferred_half_unit(values)


def _inferred_half_unit(values: pd.Series) -> pd.Series:
    text = values.astype("string")
    stripped = text.str.rstrip("0")
    zeros = (text.str.len() - stripped.str.len()).astype("Float64")
    zeros = zeros.mask(values == 0, 0)
    half = np.power(10.0, zeros.astype("float64")) / 2
    return pd.Series(half, index=values.index).where(values.notna().to_numpy())


def value_interval(value: int, half: float) -> Interval:
    """The interval of a stored dollar value with its half-unit from :func:`half_units`."""
    return Interval.around(int(value), Fraction(half))


def written_interval(text: str) -> Interval:
    """The strict rounding interval of a number as written: ``"-23.2"`` -> [-23.25, -23.15].

    Parameters
    ----------
    text
        A decimal string; the number of written decimals sets the precision.

    Examples
    --------
    >>> str(written_interval("-71.9"))
    '[-71.95, -71.85]'
    """
    try:
        d = Decimal(text.strip())
    except (InvalidOperation, AttributeError) as err:
        raise InputError(
            f"text must be a decimal number such as '-23.2'; received {text!r}."
        ) from err
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    half = Fraction(1, 2) * Fraction(10) ** exponent
    return Interval.around(Fraction(d), half)


def change_interval(new: Interval, old: Interval) -> Interval | None:
    """Exact image of (new/old - 1)·100 over two intervals; None when old may be zero or below."""
    if old.lo <= 0 or new.lo < 0:
        return None
    return Interval((new.lo / old.hi - 1) * 100, (new.hi / old.lo - 1) * 100)
