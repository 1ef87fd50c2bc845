"""The interval a written claim stands for (semantics §1.2–1.4), in exact rationals.

Strict tier: ± half a unit of the last written digit. Loose tier: the step at the last non-zero
digit of a round number. Truncation: [x, x + 2h). Hedges bound one side. Verbal multiples and
fractions use the nearest rung of their ladder.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from ..rounding import Interval
from .claims import Claim

__all__ = [
    "BAND",
    "claim_interval",
    "hedge_kind",
    "loose_interval",
    "strict_interval",
    "truncated_interval",
]

#: Relative band of approximate hedges ("about", "nearly"), 5%.
BAND = Fraction(5, 100)
_INF = Fraction(10) ** 30
_RUNGS = [
    Fraction(3, 2),
    Fraction(2),
    Fraction(5, 2),
    Fraction(3),
    Fraction(4),
    Fraction(5),
    Fraction(6),
    Fraction(8),
    Fraction(10),
]
_FRACTION_RUNGS = [
    Fraction(1, 10),
    Fraction(1, 5),
    Fraction(1, 4),
    Fraction(1, 3),
    Fraction(2, 5),
    Fraction(1, 2),
    Fraction(3, 5),
    Fraction(2, 3),
    Fraction(3, 4),
    Fraction(4, 5),
    Fraction(9, 10),
]
_APPROX = {
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "an estimated",
    "estimated",
    "in the region of",
    "in the neighborhood of",
    "in the neighbourhood of",
    "on the order of",
}
_BELOW = {"nearly", "almost", "just under", "close to", "just shy of", "shy of", "just short of"}
_ABOVE = {"more than", "over", "above", "in excess of", "just over", "north of", "upwards of"}
_ABOVE |= {"upward of"}
_UPPER = {"less than", "under", "below", "south of"}


def hedge_kind(hedge: str | None) -> str:
    """``exact`` (no hedge or emphasis), ``approx``, ``below``, ``above``, ``upper``,
    ``at least`` or ``at most``."""
    if hedge is None:
        return "exact"
    h = hedge.lower()
    if h in _APPROX:
        return "approx"
    if h in _BELOW:
        return "below"
    if h in _ABOVE:
        return "above"
    if h in _UPPER:
        return "upper"
    if h in ("at least", "at most"):
        return h
    return "exact"  # just, only, a mere, a whopping: emphasis


def _magnitude(claim: Claim) -> tuple[Fraction, Fraction]:
    """(|value| in base units, half-unit of the last written digit) of a numeric claim."""
    q = claim.quantity
    assert q is not None
    return _scaled(q.mantissa, q.decimals, q.scale)


@lru_cache(maxsize=4096)
def _scaled(mantissa: object, decimals: int, scale: int) -> tuple[Fraction, Fraction]:
    # (every reading of a claim asks again; a document repeats a figure's form often)
    m = Fraction(mantissa)  # type: ignore[arg-type]
    half = Fraction(1, 2) * Fraction(10) ** (-decimals)
    factor = Fraction(10) ** scale
    return m * factor, half * factor


def _rung(value: Fraction, rungs: list[Fraction]) -> Interval:
    i = min(range(len(rungs)), key=lambda k: abs(rungs[k] - value))
    lo = (rungs[i - 1] + rungs[i]) / 2 if i > 0 else rungs[i] - (rungs[1] - rungs[0]) / 2
    hi = (
        (rungs[i] + rungs[i + 1]) / 2
        if i + 1 < len(rungs)
        else rungs[i] + (rungs[i] - rungs[i - 1]) / 2
    )
    return Interval(lo, hi)


def strict_interval(claim: Claim) -> Interval:
    """The strict rounding interval of the magnitude written (before hedges and sign)."""
    q = claim.quantity
    assert q is not None
    if q.verbal and q.unit == "percent":  # "a third": the fraction ladder, in percent
        # a fraction off the common ladder ("a sixth", "seven-eighths") is a rung of its own
        written = (Fraction(q.mantissa) / 100).limit_denominator(12)
        rung = _rung(written, sorted({*_FRACTION_RUNGS, written}))
        return Interval(rung.lo * 100, rung.hi * 100)
    if q.verbal:
        v = Fraction(q.mantissa)
        return _rung(v, _RUNGS) if v >= 1 else _rung(v, _FRACTION_RUNGS)
    x, h = _magnitude(claim)
    return Interval(x - h, x + h)


def loose_interval(claim: Claim) -> Interval | None:
    """The loose tier for round numbers ("$10 million" → [5, 15] million); None if not round."""
    q = claim.quantity
    assert q is not None
    if q.verbal or q.decimals > 0 or q.mantissa == 0:
        return None
    digits = str(int(q.mantissa))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return None
    x, _ = _magnitude(claim)
    half = Fraction(1, 2) * Fraction(10) ** (zeros + q.scale)
    return Interval(x - half, x + half)


def truncated_interval(claim: Claim) -> Interval:
    """Truncation reading [x, x + 2h] (an alternative: it never makes a claim correct)."""
    x, h = _magnitude(claim)
    return Interval(x, x + 2 * h)


def _hedged(base: Interval, x: Fraction, kind: str) -> Interval:
    if kind == "below":
        return Interval(min(base.lo, x * (1 - BAND)), base.hi)
    if kind == "above":
        return Interval(base.lo, _INF)
    if kind == "upper":
        return Interval(Fraction(0), base.hi)
    if kind == "at least":
        return Interval(base.lo, _INF)
    if kind == "at most":
        return Interval(Fraction(0), base.hi)
    return base


def _signed(magnitude: Interval, claim: Claim) -> Interval:
    negative = (
        claim.kind in ("change_pct", "change_abs", "pp_change") and claim.direction == "down"
    ) or (claim.kind == "balance" and claim.value is not None and claim.value < 0)
    if negative:
        return Interval(-magnitude.hi, -magnitude.lo)
    return magnitude


def claim_interval(claim: Claim, tier: str = "strict") -> Interval | None:
    """The interval of the claimed quantity under a tier, with hedge and sign applied.

    Parameters
    ----------
    claim
        A numeric claim.
    tier
        ``strict``, ``loose``, ``truncation`` or ``band`` (the ±5% band of approximate hedges).

    Returns
    -------
    Interval or None
        None when the tier does not apply (the loose tier of a number that is not round).
    """
    if claim.quantity is None:
        return None
    kind = hedge_kind(claim.hedge)
    x, _ = _magnitude(claim)
    if tier != "strict" and kind in ("above", "upper", "at least", "at most"):
        return None  # a bound is a bound: no looser reading of "less than $2.2 billion"
    if kind == "above" and claim.quantity.verbal and claim.quantity.unit == "times":
        # "more than doubled": r > 2, not above the rung's lower edge (semantics.md §1.3)
        return Interval(x, _INF) if tier == "strict" else None
    if tier == "strict":
        base = strict_interval(claim)
    elif tier == "loose":
        loose = loose_interval(claim)
        if loose is None:
            return None
        base = loose
    elif tier == "truncation":
        if claim.quantity.verbal:
            return None
        base = truncated_interval(claim)
    elif tier == "band":
        if kind not in ("approx", "below"):
            return None
        base = Interval(x * (1 - BAND), x * (1 + BAND))
    else:
        raise ValueError(f"tier must be strict, loose, truncation or band; received {tier!r}")
    if kind == "below" and tier in ("loose", "band"):
        # "nearly $250 million" is reached from below: no looser reading lets it run past the
        # figure as written (semantics.md §1.2: v ≤ max I(x))
        base = Interval(base.lo, min(base.hi, strict_interval(claim).hi))
    return _signed(_hedged(base, x, kind), claim)
