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

__all__ = ["Interval", "data_half_unit", "written_interval", "change_interval"]


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
        return max(Fraction(0), other.lo - self.hi, self.lo - other.hi)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __str__(self) -> str:
        return f"[{float(self.lo):.6g}, {float(self.hi):.6g}]"


def data_half_unit(values: pd.Series) -> pd.Series:
    """Half the rounding unit implied by each stored integer value.

    A value with k trailing zeros was printed to the nearest 10^k dollars (197390000 -> 5000);
    an exact figure (3519651278) is good to the dollar (0.5). Missing values stay missing.

    Parameters
    ----------
    values
        Integer dollar values (``Int64``).

    Returns
    -------
    pandas.Series
        Float half-units, exact for these powers of ten.
    """
    text = values.astype("string")
    stripped = text.str.rstrip("0")
    zeros = (text.str.len() - stripped.str.len()).astype("Float64")
    zeros = zeros.mask(values == 0, 0)
    return (np.power(10.0, zeros.astype("float64")) / 2).where(values.notna().to_numpy())


def value_interval(value: int, half: float) -> Interval:
    """The interval of a stored dollar value with its half-unit from :func:`data_half_unit`."""
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
