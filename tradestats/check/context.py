"""Stage 4 of the checker, the document model carried across sentences, blocks and tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..periods import Span

__all__ = ["Context"]


@dataclass
class Context:
    """The document model: what carries from one sentence (and block) to the next.

    The pair and the perspective (``actor``/``partner`` as written, ``reporter``/
    ``reporter_partner`` from the reporter's side), the current ``period``, the comparison base
    (``base_rel``), the current ``flow``, ``source`` and ``currency``, the countries named so far
    (most recent last), the flows named so far (``named``, for "the former"/"the latter") and
    whether the text spoke of "the two countries". ``assumed`` holds the
    readings of a period the text never stated (:func:`.dates.unstated_periods`) while ``period``
    is the first of them.
    """

    period: Span | None = None
    base_rel: tuple[str, object] | None = None
    actor: str | None = None
    partner: str | None = None
    flow: str | None = None
    source: str | None = None
    currency: str | None = None
    countries: list[str] = field(default_factory=list)
    reporter: str | None = None  # the last subject, from the reporter's side
    reporter_partner: str | None = None
    sentence_countries: list[str] = field(default_factory=list)
    # countries named so far only as a source's ("Chinese customs data"), never as a trader
    source_only: set[str] = field(default_factory=set)
    bilateral: bool = False
    bilateral_here: bool = False  # this sentence says "bilateral", "two-way", "both countries"
    default_pair: tuple[str, str] | None = None
    assumed: tuple[Span, ...] = ()
    asked: bool = False  # the last sentence asked about trade ("How much did China sell …?")
    # the flows named so far, as written (flow, owner, partner), most recent last: what "the
    # former" and "the latter" point back to
    named: list[tuple[str, str | None, str | None]] = field(default_factory=list)
