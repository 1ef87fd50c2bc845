"""Number formatting shared by everything that prints figures (CLI, reports, checker).

Pure functions, exact decimal rounding (half away from zero), no locale.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from numbers import Integral, Real

from .errors import InputError

__all__ = ["format_pct", "format_usd", "to_decimal"]

Number = int | float | Decimal | Fraction


def to_decimal(value: Number) -> Decimal:
    """An exact Decimal for ints, Decimals and Fractions; floats go through ``repr``.

    Raises
    ------
    InputError
        For anything that is not a number (strings, None, booleans).
    """
    if isinstance(value, Decimal):
        return value
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, bool) or not isinstance(value, (int, float, Integral, Real)):
        raise InputError(f"value must be a number; received {value!r}.")
    # repr(float(...)): numpy's repr of its floats is "np.float64(1.5)", not a number
    return Decimal(int(value)) if isinstance(value, Integral) else Decimal(repr(float(value)))


def _half_away(value: Fraction) -> int:
    """The whole number nearest ``value``, halves away from zero (exactly)."""
    n, d = abs(value.numerator), value.denominator
    whole = (2 * n + d) // (2 * d)
    return -whole if value < 0 else whole


def _round(value: Number, decimals: int) -> Decimal:
    if isinstance(decimals, bool) or not isinstance(decimals, Integral) or decimals < 0:
        raise InputError(f"decimals must be a whole number 0 or more; received {decimals!r}.")
    d = to_decimal(value)
    if not d.is_finite():
        raise InputError(f"value must be a finite number; received {value!r}.")
    with localcontext() as ctx:  # enough digits for any magnitude: quantize never overflows
        ctx.prec = max(ctx.prec, d.adjusted() + int(decimals) + 3)
        return d.quantize(Decimal(1).scaleb(-int(decimals)), rounding=ROUND_HALF_UP)


def format_pct(value: Number, decimals: int = 1, *, sign: bool = True, minus: str = "-") -> str:
    """Format a percentage: ``-23.2%``, ``+20.7%``, ``0.0%``.

    Parameters
    ----------
    value
        The percentage (``-23.2`` for a 23.2% fall).
    decimals
        Decimals to show, rounding half away from zero.
    sign
        Show ``+`` before positive values.
    minus
        The minus glyph (``"-"`` or ``"−"``).

    Examples
    --------
    >>> format_pct(-71.9873), format_pct(20.568, 1), format_pct(0)
    ('-72.0%', '+20.6%', '0.0%')
    """
    d = _round(value, decimals)
    if d == 0:
        d = abs(d)
    text = f"{abs(d):,.{decimals}f}%"
    if d < 0:
        return minus + text
    return ("+" + text) if sign and d > 0 else text


def format_usd(
    value: Number, *, scale: str = "million", decimals: int = 2, short: bool = False
) -> str:
    """Format a dollar amount: ``$197.39 million`` (or ``$197.39m`` with ``short``).

    Parameters
    ----------
    value
        Dollars.
    scale
        ``"million"``, ``"billion"``, ``"thousand"`` or ``"unit"`` (whole dollars with
        thousands separators).
    decimals
        Decimals of the scaled number.
    short
        Use ``m``/``bn``/``k`` instead of the word.

    Examples
    --------
    >>> format_usd(197390000), format_usd(10670000, short=True), format_usd(-5, scale="unit")
    ('$197.39 million', '$10.67m', '-$5')
    """
    factors = {"unit": 0, "thousand": 3, "million": 6, "billion": 9}
    if scale not in factors:
        raise InputError(f"scale must be one of {list(factors)}; received {scale!r}.")
    if scale == "unit" and type(value) in (int, Fraction):
        # whole dollars of an exact number: integer arithmetic (the checker writes thousands)
        whole = _half_away(Fraction(value))
        return f"{'-' if whole < 0 else ''}${abs(whole):,}"
    d = to_decimal(value).scaleb(-factors[scale])
    d = _round(d, 0 if scale == "unit" else decimals)
    suffix = {"unit": "", "thousand": "k" if short else " thousand",
              "million": "m" if short else " million",
              "billion": "bn" if short else " billion"}[scale]  # fmt: skip
    body = f"{abs(d):,.{0 if scale == 'unit' else decimals}f}"
    return f"{'-' if d < 0 else ''}${body}{suffix}"
