"""Which period a figure belongs to and which it is compared with.

A period written beside a figure is its own; "from $X in July", "than in 2019", "on the first
half" name a base; a period that dates an event ("after the border was sealed in late January",
"Japan, which has banned trade since 2009, …") or labels or owns another figure ("Mar.: $12.4
million", "February's $9.37 million") is not a period for the figures around it; the document
model's period fills what the sentence leaves open.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from ..periods import Span
from . import vocabulary as V
from .claims import Claim
from .context import Context as _Context
from .dates import PeriodMention
from .quantities import Quantity
from .sentence import _MENTIONS, find_periods, find_quantities, number_word

__all__: list[str] = []


# -- periods and bases -------------------------------------------------------------------------
def _taken_by_bases(sentence: str, periods: list[PeriodMention]) -> set[int]:
    """Starts of the period mentions written beside base figures ("from $X in 2019")."""
    taken = set()
    bases = _base_levels(sentence)
    for q in find_quantities(sentence):
        if q.start in bases:
            p = _attached_period(sentence, q.start, q.end, periods)
            if p is not None:
                taken.add(p.start)
    return taken


def _attached_period(
    sentence: str, q_start: int, q_end: int, periods: list[PeriodMention]
) -> PeriodMention | None:
    """The period written right beside a figure: "$X in July", "July's $X", "$X for 2019"."""
    for p in periods:
        if (
            re.search(r"\b(?:levels?|figures?|totals?)\b", p.text, re.I)
            and not _LATEST.match(p.text)
        ) or re.match(r"\s*(?:levels?|figures?|totals?|marks?)\b", sentence[p.end :], re.I):
            continue  # "three times the 2021 level", "38.7 percent of the 2019 level": the base
        if (
            p.start >= q_end
            and V.ATTACHED_AFTER.fullmatch(sentence, q_end, p.start)
            and not _owned_by_another(sentence, p, q_start)
            and not (p.same and _is_base_mention(sentence, p) and not _own_same_period(sentence, p))
            # "72.8% from January–September 2019": the base the change is measured from
            and not (p.text[:5].lower() == "from " and _is_base_mention(sentence, p))
            # "2.5 times April's": what a multiple is of, not the multiple's period
            and not V.FRACTION_OF_BEFORE.search(sentence, max(0, p.start - 45), p.start)
        ):
            return p
        if p.end <= q_start and V.POSSESSIVE_BEFORE.fullmatch(sentence, p.end, q_start):
            return p
    return None


#: "in the latest figures": the figures of the period being reported, not a base's
_LATEST = re.compile(r"(?:the|its)\s+(?:latest|most\s+recent|newest)\b", re.I)


def _own_same_period(sentence: str, p: PeriodMention) -> bool:
    """ "$38.09 million in the same two months of 2019", "$98.09 million two years earlier": the
    figure's own period."""
    return bool(
        re.search(r"\b(?:in|for|during)\s+$", sentence[max(0, p.start - 10) : p.start])
        or _YEARS_EARLIER.match(p.text)
    )


#: "two years earlier", "three years before": the period in context moved back, said of a figure.
_YEARS_EARLIER = re.compile(r"[\w-]+\s+years?\s+(?:earlier|before)\b", re.I)


def _other_way(sentence: str, q: Quantity, prev: Claim | None) -> bool:
    """Whether figure ``q`` is said of the flow opposite to the level before it ("$Y flowing the
    other way", "goods moving in the opposite direction were worth $Y")."""
    if prev is None or prev.kind != "level" or prev.flow not in ("export", "import"):
        return False
    after = V.OTHER_WAY.match(sentence, q.end + 1) if sentence[q.end : q.end + 1] == " " else None
    return after is not None or bool(V.OTHER_WAY.search(sentence, prev.end, q.start))


def _is_base_level(sentence: str, q: Quantity) -> bool:
    """A figure that is the starting point of a change: "from $X", "than $X", "compared to $X",
    and the figures coordinated with one ("from $X in 2022 and $Y in 2019")."""
    return q.start in _base_levels(sentence)


@functools.lru_cache(maxsize=4)
def _base_levels(sentence: str) -> frozenset[int]:
    starts: set[int] = set()
    last_end = -1
    periods = find_periods(sentence)
    for q in find_quantities(sentence):
        if V.OTHER_WAY.match(sentence, q.end + 1):
            last_end = -1  # "against only $350 million flowing the other way": no base
            continue
        window = sentence[max(0, q.start - 60) : q.start]
        cue = V.BASE_LEVEL_BEFORE.search(window)
        if cue is not None and V.OWN_FLOW_AFTER_CUE.search(window, cue.start()):
            # "exported $3.2bn versus imports of $1.7bn": a figure of another flow set beside
            # the first, not the base the first moved from
            cue = None
        if (
            cue is not None
            or V.ARROW_AFTER.match(sentence, q.end)  # "$21.4m → $11.8m": from the first
            or last_end >= 0
            and V.COORDINATED.fullmatch(sentence, last_end, q.start)
        ):
            starts.add(q.start)
        else:
            last_end = -1
            continue
        own = _attached_period(sentence, q.start, q.end, periods)
        last_end = own.end if own is not None and own.start >= q.end else q.end
    return frozenset(starts)


def _base_level_period(
    sentence: str,
    q: Quantity,
    periods: list[PeriodMention],
    governing: Claim | None,
    ctx: _Context,
    dateline: pd.Period | None,
) -> Span | None:
    """The period of a base figure: written beside it, or relative to the claim it is the base of."""
    current = governing.period if governing is not None else ctx.period
    own = _attached_period(sentence, q.start, q.end, periods)
    if own is not None:
        span = own.resolve(dateline, current)
        if span is not None:
            if own.same and current is not None and span == current:
                return current.year_earlier()
            return span
    between = next((p for p in periods if p.base is not None), None)
    if between is not None:  # "slumped between December and January, from $X to $Y"
        span = between.base(dateline, current)
        if span is not None:
            return span
    after = sentence[q.end : q.end + 40]
    if current is not None:
        earlier = V.EARLIER_ADJ_BEFORE.search(sentence, max(0, q.start - 30), q.start)
        if earlier is not None:  # "from a year-earlier $894 million", "the month-ago $X"
            if earlier.group("unit").lower() == "month" and current.is_month:
                return current.previous()
            return current.year_earlier()
        if V.BASE_MOM_AFTER.match(after):
            return current.previous() if current.is_month else current.year_earlier()
        if V.BASE_YOY_AFTER.match(after):
            return current.year_earlier()
    if governing is not None:
        return governing.base or (governing.period.year_earlier() if governing.period else None)
    return None


def _is_base_mention(sentence: str, p: PeriodMention) -> bool:
    """True for a period that names a comparison base ("from 2019", "the same period last year")."""
    key = ("b", sentence, p.start)
    if key not in _MENTIONS:
        _MENTIONS[key] = _base_mention(sentence, p)  # type: ignore[assignment]
    return bool(_MENTIONS[key])


def _base_mention(sentence: str, p: PeriodMention) -> bool:
    if p.same and _LEADS_CLAUSE.search(sentence, 0, p.start):
        return False  # "In the same two months of 2019, exports were $X": the clause's own period
    if _FIGURES_FOR_LEAD.fullmatch(sentence, 0, p.start):
        return False  # "Combined figures for January and February put …": the sentence's subject
    if p.same and (
        re.search(r"\b(?:of|in)\s+(?:19|20)\d\d\b", p.text) or re.search(r"year", p.text)
    ):
        return True
    before = sentence[max(0, p.start - 45) : p.start]
    if (
        re.search(r"\bfrom\s+$", before + " " + p.text[:5], re.I)
        and re.search(r"[-–—]", p.text)
        and not re.search(r"\s(?:to|through|until)\s", p.text)
        and _CHANGE_FROM.search(before + " " + p.text[:5])
    ):
        return True  # "a contraction of 72.8% from January–September 2019": a change's base
    if re.search(r"\bfrom\s+$", before, re.I) and re.search(
        r"\s(?:to|through|until)\s|[-–—]", p.text
    ):
        return False  # "from January to March": a span, not a base
    if (
        V.FRACTION_OF_BEFORE.search(before)
        # (not "grew 2.5 times in 2023": a period after a preposition is the multiple's own)
        and not re.match(r"(?:in|for|during|through|throughout)\s", p.text, re.I)
    ) or V.BASE_ON_BEFORE.search(before):
        return True
    if V.OF_PERIOD.match(p.text) and V.FRACTION_BEFORE_OF_PERIOD.search(before):
        return True  # "a fifth of 2019's", "82 percent of 2019" (the mention carries its "of")
    if p.same and re.search(r"\bover\s+$", before, re.I) and V.DEMONSTRATIVE_PERIOD.match(p.text):
        return False  # "exports over that period fell 13.3%": during it, not against it
    if p.same and re.search(
        r"\b(?:from|compared\s+(?:to|with)|versus|than|over)\s+$", before, re.I
    ):
        return True
    return bool(V.BASE_MENTION_BEFORE.search(before))


#: Between a figure and a later clause of its own: "; …", ", though …", ", while …".
_LATER_CLAUSE = re.compile(
    r";|,\s*(?:though|although|but|while|whereas|yet|even\s+(?:as|though))\b", re.I
)

#: A change just before "from": "72.8% from", "down from", "$49.6 million from".
_CHANGE_FROM = re.compile(
    r"(?:%|\b(?:percent|per\s*cent|pct|million|billion|bn|mn|up|down|higher|lower))\s+from\s+$",
    re.I,
)

#: Before a period that opens its clause: "In the same two months of 2019, …", "During that
#: period, …" (the clause's own period, not a comparison base).
_LEADS_CLAUSE = re.compile(
    rf"(?:^|[,;:]\s*)\W*(?:(?:{V.DISCOURSE})\s*,?\s+)?(?:(?:in|during|for|over|through|across)\s+)?$",
    re.I,
)

#: A sentence opening on the figures of a period: "Figures for March showed …", "The combined
#: data for January and February put …".
_FIGURES_FOR_LEAD = re.compile(
    r"\W*(?:[\w-]+\s+){0,2}(?:figures?|data|statistics|numbers)\s+(?:for|of|covering)\s+", re.I
)


def _period_for(
    sentence: str,
    q_start: int,
    periods: list[PeriodMention],
    ctx: _Context,
    dateline: pd.Period | None,
    current: Span | None = None,
    q_end: int | None = None,
    taken_by_bases: set[int] | None = None,
) -> tuple[Span | None, list[str]]:
    own = _attached_period(sentence, q_start, q_end, periods) if q_end is not None else None
    if own is not None and q_end is not None and V.OF_PERIOD.match(own.text):
        own = None  # "a fifth of 2019's": the period after "of" is the base, not the figure's
    own = _labelled_period(sentence, q_start, periods) or own
    if own is not None:
        span = own.resolve(dateline, current if own.same and current is not None else ctx.period)
        if span is not None:
            return span, []
    taken = taken_by_bases or set()
    candidates = [
        p
        for p in periods
        if not _is_base_mention(sentence, p)
        and p.start not in taken
        and not _dates_an_aside(sentence, p, q_start, q_end)
        and not _owned_by_another(sentence, p, q_start)
    ]
    if not candidates:
        return ctx.period, []

    def distance(p: PeriodMention) -> int:
        d = q_start - p.end if p.end <= q_start else p.start - q_start
        clause_break = V.PERIOD_CLAUSE_BREAK.search(
            sentence, min(p.end, q_start), max(p.start, q_start)
        )
        if not clause_break and p.start > q_start:
            # "…plunged to $260.2 million, and this January they were …": a period that opens
            # the next clause is that clause's
            clause_break = V.PERIOD_OPENS_NEXT_CLAUSE.search(sentence, q_start, p.start)
        return d + (200 if clause_break else 0)

    best = min(candidates, key=distance)
    span = best.resolve(dateline, current if best.same and current is not None else ctx.period)
    if span is None and not best.relative:
        # "between 2010 and 2014 … $3 billion a year", "in the 1990s": a rate over the years
        return None, [f"'{best.text}' names no single period: a figure over several years"]
    if span is None:
        return None, [f"period '{best.text}' is relative and no dateline resolves it"]
    return span, []


def _owned_by_another(sentence: str, p: PeriodMention, q_start: int) -> bool:
    """A period that owns the figure after it, possessive ("more than double February's $9.37
    million") or as its label ("…; Mar.: 12.37 mn USD"): that figure's, not a period for the
    other figures of the sentence."""
    if p.start < q_start or sentence[p.end : p.end + 1] not in ("'", "’", ":", " ", ","):
        return (
            False  # a figure after the label is described by it ("Jan-Oct: $1.95 bln, down 57.8%")
        )
    nxt = next((f for f in find_quantities(sentence) if f.start >= p.end), None)
    if nxt is None or nxt.start == q_start:
        return False
    return bool(
        V.POSSESSIVE_BEFORE.fullmatch(sentence, p.end, nxt.start)
        or V.PERIOD_LABEL.fullmatch(sentence, p.end, nxt.start)
    )


def _dates_an_aside(sentence: str, p: PeriodMention, q_start: int, q_end: int | None) -> bool:
    """A period that dates an event beside the figure, not the figure: "…, after the border was
    sealed in late January", "before the nuclear test in February", "Japan, which has banned
    trade since 2009, …" (a relative clause that holds no figure)."""
    if V.MONTH_NAMES.match(p.text) and V.PART_OF_MONTH_BEFORE.search(
        sentence, max(0, p.start - 6), p.start
    ):
        return True
    if V.ERA_PREFIX_BEFORE.search(sentence, max(0, p.start - 5), p.start):
        return True  # "the pre-2017 level": an era, not the figure's period
    end = q_end if q_end is not None else q_start
    if p.start >= end and V.EVENT_BEFORE_PERIOD.search(sentence, max(end, p.start - 100), p.start):
        return True
    if p.end <= q_start and ", " in sentence[p.end : q_start]:
        return any(a < p.start and p.end <= b <= q_start for a, b in _asides(sentence))
    return False


def _asides(sentence: str) -> list[tuple[int, int]]:
    """The relative clauses of a sentence that hold no figure (found once per sentence)."""
    key = ("asides", sentence)
    if key not in _MENTIONS:
        figures = [f.start for f in find_quantities(sentence)]
        _MENTIONS[key] = [
            (m.start(), m.end())
            for m in V.RELATIVE_CLAUSE.finditer(sentence)
            if not any(m.start() <= f < m.end() for f in figures)
        ]
    return _MENTIONS[key]  # type: ignore[return-value]


def _labelled_period(
    sentence: str, q_start: int, periods: list[PeriodMention]
) -> PeriodMention | None:
    """A period that labels the figure after it: "in May: $150.37 million", "(April: $164.9
    million)", "Compared with August, when trade stood at $191.1 million"."""
    before = [p for p in periods if p.end <= q_start]
    if not before:
        return None
    p = before[-1]
    return p if V.PERIOD_LABEL.fullmatch(sentence, p.end, q_start) else None


def _base_for(
    sentence: str,
    q: Quantity,
    period: Span | None,
    periods: list[PeriodMention],
    ctx: _Context,
    dateline: pd.Period | None,
    default: bool,
    level: bool = False,
) -> Span | None:
    if period is None:
        return None
    cues: list[tuple[int, str, object]] = []
    for p in periods:
        if p.base is not None:
            cues.append((p.start, "between", p))
        if _is_base_mention(sentence, p) and not (
            p.same
            and "year" in p.text.lower()
            and not re.search(r"\d{4}", p.text)
            and not re.search(r"years\b", p.text, re.I)  # "two years earlier": not a year on year
        ):
            cues.append((p.start, "explicit", p))
    for m in V.BASE_MOM.finditer(sentence):
        cues.append((m.start(), "mom", None))
    for m in V.BASE_YOY.finditer(sentence):
        cues.append((m.start(), "yoy", None))
    for m in V.IN_YEARS.finditer(sentence):
        if V.SUPERLATIVE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "the highest in three years" is a superlative's reach, not a base
        n = number_word(m.group("n")) or (int(m.group("n")) if m.group("n").isdecimal() else None)
        if n:
            cues.append((m.start(), "shift", n))
    # a cue in a later clause of its own (", though … its 2014 level", "; imports …") is that
    # clause's base
    cues = [c for c in cues if c[0] < q.end or not _LATER_CLAUSE.search(sentence, q.end, c[0])]
    if cues:
        pos, kind, arg = min(
            cues, key=lambda c: abs(c[0] - q.start) + (0 if c[0] >= q.start else 5)
        )
        ctx.base_rel = (kind, arg)
    elif ctx.base_rel is not None and ctx.base_rel[0] != "explicit":
        kind, arg = ctx.base_rel  # "on-month" carries to the next sentence; "from March" does not
    elif default:
        # a single month that "rose to" a level moved from the month before; a change in percent
        # with no stated base is year on year (semantics.md §2, comparison base)
        kind, arg = ("mom" if level and period.is_month else "yoy"), None
    else:
        return None
    if kind == "between":
        assert isinstance(arg, PeriodMention) and arg.base is not None
        return arg.base(dateline, period)
    if kind == "mom":
        return period.previous() if period.is_month else period.year_earlier()
    if kind == "yoy":
        return period.year_earlier()
    if kind == "shift":
        return period.shift(years=-int(arg))  # type: ignore[call-overload]
    mention: PeriodMention = arg  # type: ignore[assignment]
    resolved = mention.resolve(dateline, period)
    if resolved == period and mention.relative:
        # "X percent of last month's volume" said of last month's own figure: the month before
        return period.previous() if period.is_month else period.year_earlier()
    if (
        resolved is not None
        and resolved.n_months == 12
        and not period.is_calendar_year
        and not mention.same
        and not V.WHOLE_YEAR_BEFORE.search(sentence, max(0, mention.start - 30), mention.start)
        and not re.match(r"(?:full|whole)[- ]year\b", mention.text, re.I)
    ):
        # "from 2019 levels" for a month or a span: the same months of that year
        return period.shift(years=resolved.start.year - period.start.year)
    return resolved
