"""Stage 5 of the checker: claims, and the clause frames they are made from.

The frame stage (:mod:`.frames`) reads each figure of a sentence into a :class:`Frame`: the
figure, the direction word governing it, its subject, its period, whether it is the base of
another figure, its hedge and source. :func:`claim_from_frame` turns a frame into the
:class:`Claim` it states plainly (a level of that subject in that period); the kind rules of
:mod:`.frames` then read what the phrasing makes of it (a change, a share, a base, a balance).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..periods import Span
from .quantities import Quantity

__all__ = ["Claim", "Frame", "KINDS", "OTHER_FLOW_NOTE", "UNSIGNED_GAP_NOTE", "claim_from_frame"]

#: Said of a multiple of the other flow in the same period ("exports were seven times imports"),
#: followed by what the figure is a multiple of ("imports", "exports", "total trade").
OTHER_FLOW_NOTE = "a multiple of the same period's "

#: Said of a balance named by "trade gap" or "imbalance" (read as a size, on the data's side).
UNSIGNED_GAP_NOTE = "the text gives the size of the gap, not which side runs the surplus"

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
    unsigned_gap: bool = False  # "trade gap", "imbalance": a balance whose side is not stated
    # "rose 5 percent to $X": the verb's direction is written on the change figure, which answers
    # for it; the level reached is checked as a level only (its direction is not judged twice)
    direction_on_change: bool = False
    notes: list[str] = field(default_factory=list)
    # the text states no period: the readings assumed (dates.unstated_periods), the first is period
    assumed_periods: tuple[Span, ...] = ()

    def subject(self) -> dict[str, str | None]:
        return {"reporter": self.reporter, "partner": self.partner, "flow": self.flow}


@dataclass(frozen=True)
class Frame:
    """The clause frame of one figure: which verb, subject, period and base it belongs to.

    ``clause`` is the span of the sentence read for it (from the previous figure's end to a
    little after it); ``verb`` is the last direction word written in it before the figure ("fell",
    "up", ``None`` for none) and ``direction`` its sign; ``reporter``/``partner``/``flow``/``gap``
    the subject from the reporter's side; ``period`` the period it belongs to (with ``notes``
    when it could not be resolved); ``base_figure`` is true for the starting point of a change
    ("from $X", "than $X a year ago"); ``unsigned_gap`` marks a balance named by a word that does
    not say which side runs the surplus ("trade gap", "imbalance").
    """

    quantity: Quantity
    clause: tuple[int, int]
    verb: str | None
    direction: str | None
    reporter: str | None
    partner: str | None
    flow: str | None
    gap: str | None
    period: Span | None
    notes: tuple[str, ...]
    base_figure: bool
    hedge: str | None
    source: str | None
    unsigned_gap: bool = False


def claim_from_frame(frame: Frame) -> Claim:
    """The claim a frame states plainly: its figure as a level of its subject in its period."""
    q = frame.quantity
    return Claim(
        start=q.start,
        end=q.end,
        surface=q.surface,
        kind="level",
        quantity=q,
        value=q.value,
        unit=q.unit,
        reporter=frame.reporter,
        partner=frame.partner,
        flow=frame.flow,
        period=frame.period,
        source=frame.source,
        hedge=frame.hedge,
        unsigned_gap=frame.unsigned_gap,
        notes=[*frame.notes, *([UNSIGNED_GAP_NOTE] if frame.unsigned_gap else [])],
    )
