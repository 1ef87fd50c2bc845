"""The claim: one quantitative statement about trade, as the extractor reads it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..periods import Span
from .quantities import Quantity

__all__ = ["Claim", "KINDS"]

#: Claim kinds, in the vocabulary of the labelled dev set.
KINDS = (
    "level",
    "change_pct",
    "change_abs",
    "ratio",
    "share",
    "pp_change",
    "balance",
    "superlative",
    "streak",
)


@dataclass
class Claim:
    """A claim found in text, with everything needed to check it.

    ``value`` is signed in base units: a fall of 24 percent is ``-24``, a deficit of $1 billion
    seen from the reporter's side is ``-1000000000``; ratios are multiples (``3.2``) or, for
    "percent of", percent. ``reporter``/``partner``/``flow`` are from the reporter's side: "North
    Korea's imports from China" is China's exports in China's data.
    """

    start: int
    end: int
    surface: str
    kind: str
    quantity: Quantity | None
    value: Decimal | None
    unit: str | None
    reporter: str | None = None
    partner: str | None = None
    flow: str | None = None
    whole: dict[str, str] | None = None
    period: Span | None = None
    base: Span | None = None
    currency: str | None = None
    terms: str | None = None
    terms_implied: str | None = None
    hedge: str | None = None
    direction: str | None = None
    gap: str | None = None
    source: str | None = None
    sentence: int = 0
    converted: bool = False  # a conversion in brackets ("690 million yuan ($103 million)")
    times_higher: bool = False  # "k times higher/more than" (alternative reading k + 1)
    first_since: bool = False  # "the first decline since 2009": base held the last such change
    base_level_of: int | None = None  # index of the claim this level is the base of
    base_of: bool = False  # a base figure: "from $X", "than $X a year ago"
    notes: list[str] = field(default_factory=list)

    def subject(self) -> dict[str, str | None]:
        return {"reporter": self.reporter, "partner": self.partner, "flow": self.flow}
