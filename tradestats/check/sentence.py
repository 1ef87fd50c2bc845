"""The current sentence's mentions, found once and read by every stage of the clause frames.

The caches hold the current sentence only, so memory stays flat and nothing carries over
between sentences; :func:`.frames.sentence_claims` clears them at each sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..words import number_word as _number_word
from . import vocabulary as V
from .claims import Claim, Frame
from .dates import PeriodMention
from .dates import find_periods as _find_periods
from .quantities import Quantity
from .quantities import find_quantities as _find_quantities

__all__ = ["find_periods", "find_quantities", "number_word"]


@dataclass
class _FlowHit:
    flow: str  # export, import, total, balance
    # sentence facts set by :func:`_flow_hits`: the reporter a national agency named as source
    # implies, and the countries named only as partners ("a deficit with China"), never owners
    agency: str | None = field(default=None, init=False)
    partners_only: frozenset[str] = field(default=frozenset(), init=False)
    # "trade with countries other than China", "exports to its southern neighbour" (not of the
    # pair): a partner the text does not name as a country, left unknown
    unknown_partner: bool = field(default=False, init=False)
    # the last two countries named before an unowned flow word in its sentence, in order
    recent_pair: tuple[str, str] | None = field(default=None, init=False)
    gap: str | None
    actor: str | None
    partner: str | None
    pos: int
    unsigned: bool = False  # "trade gap", "imbalance": the side is not stated


# One sentence is read many times (per figure); its mentions are found once. The caches hold the
# current sentence only, so memory stays flat and nothing carries over between sentences.
_MENTIONS: dict[tuple, object] = {}
# The frames of the current sentence, in the order read (see :func:`sentence_frames`).
_FRAMES: list[Frame] = []
# Claims of the current sentence whose base a base figure set ("from $X in July to $Y").
_BASE_FIGURE_SET: dict[int, Claim] = {}


def number_word(word: str) -> int | None:
    """A count written in digits or words; None for anything else (a superscript "²" too)."""
    return _number_word(word) if word.isdecimal() or word.isalpha() else None


def find_quantities(sentence: str) -> list[Quantity]:
    key = ("q", sentence)
    if key not in _MENTIONS:
        _MENTIONS[key] = _find_quantities(sentence)
    return _MENTIONS[key]


def find_periods(sentence: str) -> list[PeriodMention]:
    key = ("p", sentence)
    if key not in _MENTIONS:
        _MENTIONS[key] = _find_periods(sentence)
    return _MENTIONS[key]


def _countries(sentence: str) -> list[tuple[int, int, str]]:
    """The countries named in a sentence as (start, end, code); a name that is an event's ("the
    Singapore summit") or an outlet's ("Voice of America") is none."""
    return [
        (m.start(), m.end(), V.country_code(m))
        for m in V.COUNTRY.finditer(sentence)
        if not V.NOT_COUNTRY_AFTER.match(sentence, m.end())
        and not V.NOT_COUNTRY_BEFORE.search(sentence, max(0, m.start() - 16), m.start())
    ]
