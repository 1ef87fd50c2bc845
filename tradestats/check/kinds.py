"""What one figure states: its frame (:func:`frame_for`) and the kind the phrasing makes of it.

A level, a change ("fell 12 percent"), an absolute change, a balance, a share ("accounted for 59
percent of"), a ratio ("82 percent of the 2019 level"), a multiple; the direction, the base and
the whole of each. The rules read the word classes of :mod:`.vocabulary`.
"""

from __future__ import annotations

import copy
import re
from decimal import Decimal

import pandas as pd

from ..periods import Span
from . import vocabulary as V
from .bases import (
    _attached_period,
    _base_for,
    _base_level_period,
    _is_base_level,
    _is_base_mention,
    _other_way,
    _period_for,
    _taken_by_bases,
)
from .claims import OTHER_FLOW_NOTE, Claim, Frame, claim_from_frame
from .context import Context as _Context
from .dates import PeriodMention
from .quantities import Quantity
from .sentence import _BASE_FIGURE_SET, _FRAMES, _MENTIONS, _FlowHit, find_quantities
from .subjects import _flow_for, _resolve_subject

__all__ = ["frame_for"]


# -- one quantity ------------------------------------------------------------------------------
def _direction_before(text: str) -> str | None:
    """The direction of the nearest direction word in ``text`` (searched from its end)."""
    down = [m.end() for m in V.DOWN.finditer(text)]
    up = [m.end() for m in V.UP.finditer(text)]
    if not down and not up:
        return None
    return "down" if (max(down) if down else -1) > (max(up) if up else -1) else "up"


def frame_for(
    sentence: str,
    q: Quantity,
    previous: list[Claim],
    flows: list[_FlowHit],
    periods: list[PeriodMention],
    ctx: _Context,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
) -> Frame:
    """The clause frame of figure ``q``, given the claims read before it in the sentence."""
    prev = previous[-1] if previous else None
    prev_end = prev.end if prev else 0
    before = sentence[max(prev_end, 0) : q.start]
    hedge_m = V.HEDGE_BEFORE.search(sentence[max(0, q.start - 25) : q.start])
    hedge = " ".join(hedge_m.group("hedge").split()).lower() if hedge_m else None
    hedge = V.HEDGE_SYNONYMS.get(hedge, hedge) if hedge else None
    bound = None if hedge else V.HEDGE_VERB_BEFORE.search(sentence, max(0, q.start - 40), q.start)
    if bound is not None:
        # "trade exceeded $100 million"; "did not exceed", "failed to reach" bound it above
        hedge = "less than" if bound.group("not") else "more than"
    hit = _flow_for(sentence, q.start, q.end, flows)
    reporter, partner, flow, gap = _resolve_subject(hit, ctx, default_pair)
    current = next((c.period for c in reversed(previous) if c.period is not None), None)
    period, notes = _period_for(
        sentence,
        q.start,
        periods,
        ctx,
        dateline,
        current,
        q.end,
        _taken_by_bases(sentence, periods),
    )
    period = _same_measure_year_before(before, period, current or ctx.period)
    if q.unit == "money":
        period = _earlier_by_phrase(sentence, q, periods, period, previous)
    verb = _direction_word(before)
    return Frame(
        quantity=q,
        clause=(max(prev_end, 0), min(len(sentence), q.end + 60)),
        verb=verb.group(0) if verb else None,
        direction=("down" if V.DOWN.fullmatch(verb.group(0)) else "up") if verb else None,
        reporter=reporter,
        partner=partner,
        flow=flow,
        gap=gap,
        period=period,
        notes=tuple(notes),
        base_figure=_is_base_level(sentence, q),
        hedge=hedge,
        source=_source_near(sentence, q.start) or ctx.source,
        unsigned_gap=hit is not None and hit.unsigned and flow == "balance",
    )


def _same_measure_year_before(
    before: str, period: Span | None, current: Span | None
) -> Span | None:
    """ "From January to August ... 436 million euros: last year the figure was 1.5 billion": the
    figure is the same span of months a year earlier, not the whole of last year."""
    if period is None or current is None or not V.SAME_MEASURE_YEAR_BEFORE.search(before):
        return period
    earlier = current.year_earlier()
    if period == current or (
        period.is_calendar_year
        and not current.is_calendar_year
        and earlier.start.year == period.start.year
    ):
        return earlier
    return period


def _earlier_by_phrase(
    sentence: str,
    q: Quantity,
    periods: list[PeriodMention],
    period: Span | None,
    previous: list[Claim],
) -> Span | None:
    """ "slipped to $11.8 million in November, having been $21.4 million a month earlier": a
    level followed by "a month/year earlier" is of the month (year) before the sentence's own."""
    prior = next((c.period for c in reversed(previous) if c.period and not c.base_of), None)
    if prior is None or _is_base_level(sentence, q):
        return period
    if _attached_period(sentence, q.start, q.end, periods) is not None:
        return period
    after = sentence[q.end : q.end + 40]
    if V.BASE_MOM_AFTER.match(after):
        return prior.previous() if prior.is_month else prior.year_earlier()
    if V.BASE_YOY_AFTER.match(after):
        return prior.year_earlier()
    return period


def _direction_word(text: str) -> re.Match[str] | None:
    """The last direction word written in ``text``."""
    hits = list(V.DOWN.finditer(text)) + list(V.UP.finditer(text))
    return max(hits, key=lambda m: m.end()) if hits else None


def _claim_for(
    sentence: str,
    q: Quantity,
    previous: list[Claim],
    flows: list[_FlowHit],
    periods: list[PeriodMention],
    ctx: _Context,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
) -> Claim | None:
    """Frame the figure, make the plain claim of the frame, then read its kind from the phrasing."""
    frame = frame_for(sentence, q, previous, flows, periods, ctx, dateline, default_pair)
    _FRAMES.append(frame)
    claim = claim_from_frame(frame)
    prev = previous[-1] if previous else None
    before = sentence[frame.clause[0] : q.start]
    after = sentence[q.end : q.end + 60]
    gap, period = frame.gap, frame.period
    if q.unit == "money":
        _money_claim(claim, sentence, q, previous, prev, before, after, gap, ctx, periods, dateline)
        if claim.kind == "level" and not claim.base_of and V.TOTAL_AFTER.match(sentence, q.end):
            claim.flow = "total"  # "82 percent of the $318 million total"
    elif q.unit == "pp":
        claim.kind, claim.unit = "pp_change", "pp"
        claim.direction = _change_direction(before, after)
        claim.base = _base_for(sentence, q, period, periods, ctx, dateline, default=True)
        claim.value = -q.value if claim.direction == "down" else q.value
        if not (
            _owned_share(claim, sentence, q, ctx)
            or _share_of_lead(claim, sentence, q, flows, ctx)
            or _flow_share(claim, sentence, q, flows, ctx)
        ) and (
            prev is not None
            and prev.kind == "share"
            and (
                V.APPOSITION_PP.search(before[-40:])
                or (
                    V.APPOSITION_PP_BEFORE.search(before[-20:])
                    and V.APPOSITION_PP_AFTER.match(sentence, q.end)
                )
            )
        ):
            # "made up 18.2 percent of bilateral trade, up 9.3 percentage points": that share moved
            claim.reporter, claim.partner, claim.flow = prev.reporter, prev.partner, prev.flow
            claim.whole = prev.whole
            compared = V.APPOSITION_PP_AFTER.match(sentence, q.end)
            than = next((p for p in periods if compared and p.start == compared.end()), None)
            if than is not None and prev.period is not None:
                # "…, 5.1 points more than in 2023": the share's period against the one after "than"
                claim.period = prev.period
                claim.base = than.resolve(dateline, prev.period) or claim.base
    elif q.unit == "percent":
        _percent_claim(claim, sentence, q, prev, before, after, flows, ctx, periods, dateline)
        if (
            claim.kind != "share"
            and (
                _owned_share(claim, sentence, q, ctx)
                or _share_of_lead(claim, sentence, q, flows, ctx)
                or _flow_share(claim, sentence, q, flows, ctx)
                or _dependence(claim, sentence, q, ctx)
            )
            and V.SHARE_LEVEL_BEFORE.search(before[-20:])
        ):
            claim.kind, claim.direction, claim.base, claim.value = "share", None, None, q.value
    else:  # times
        claim.kind, claim.unit = "ratio", "times"
        claim.direction = "down" if q.surface.lower().startswith("halv") else "up"
        claim.times_higher = bool(V.TIMES_HIGHER.match(after)) and not q.verbal
        claim.base = _base_for(sentence, q, period, periods, ctx, dateline, default=True)
        _times_another_flow(claim, sentence, q, flows, ctx)
    return claim


def _times_another_flow(
    claim: Claim, sentence: str, q: Quantity, flows: list[_FlowHit], ctx: _Context
) -> None:
    """ "Chinese exports were 6.9 times North Korean exports to China": a multiple of the other
    flow in the same period (the denominator is kept as the claim's ``whole``)."""
    lead = V.TIMES_FLOW_AFTER.match(sentence, q.end)
    if lead is None or claim.period is None:
        return
    hit = next((h for h in flows if h.pos == lead.end()), None)
    part = next((h for h in reversed(flows) if h.pos < q.start), None)
    if hit is None or part is None:
        return
    reporter, partner, flow, _ = _resolve_subject(part, ctx, ctx.default_pair)
    w_reporter, w_partner, w_flow, _ = _resolve_subject(hit, ctx, ctx.default_pair)
    if flow == w_flow or {flow, w_flow} - {"export", "import", "total"}:
        return
    if (reporter, partner) != (w_reporter, w_partner):
        return
    claim.reporter, claim.partner, claim.flow = reporter, partner, flow
    claim.whole = {"reporter": reporter, "partner": partner, "flow": w_flow}
    claim.base = claim.period
    word = {"export": "exports", "import": "imports", "total": "total trade"}[w_flow]
    claim.notes.append(OTHER_FLOW_NOTE + word)
    claim.times_higher = False


_COMPARED_SOURCE = re.compile(
    r"\b(?:than|unlike|versus|vs\.?)\s+(?:the\s+|its\s+)?(?:[\w'’]+\s+){0,2}$", re.I
)


def _source_near(sentence: str, pos: int) -> str | None:
    key = ("s", sentence)
    if key not in _MENTIONS:
        _MENTIONS[key] = [
            (m.start(), V.source_of(m))
            for m in V.SOURCE.finditer(sentence)
            # "higher than the Chinese customs total": a source the figure is set against
            if not _COMPARED_SOURCE.search(sentence, max(0, m.start() - 40), m.start())
        ]
    hits = [(abs(at - pos), name) for at, name in _MENTIONS[key]]
    return min(hits)[1] if hits else None


def _change_direction(before: str, after: str) -> str | None:
    sign = V.SIGN_BEFORE.search(before)
    if sign:  # "(-8% y/y)", "+14.2%"
        return "up" if sign.group(1) == "+" else "down"
    exceeded = V.EXCEED_BY.search(before[-80:])
    if exceeded:  # "beat the March figure by 28.9 percent", "trailed April's by 5 percent"
        return "up" if exceeded.group("up") else "down"
    noun = V.DIRECTION_NOUN_AFTER.match(after)
    if noun:
        return V.DIRECTION_NOUNS[noun.group("w").lower()]
    return _direction_before(before[-80:])


def _money_claim(
    claim: Claim,
    sentence: str,
    q: Quantity,
    previous: list[Claim],
    prev: Claim | None,
    before: str,
    after: str,
    gap: str | None,
    ctx: _Context,
    periods: list[PeriodMention],
    dateline: pd.Period | None,
) -> None:
    named = (
        V.CURRENCY_NAMED_BEFORE.search(sentence, max(0, q.start - 50), q.start)
        # "In yuan, imports from North Korea in 2024 came to 2.49 billion": said for the sentence
        or V.CURRENCY_LEAD.match(sentence, 0, q.start)
        if q.currency is None
        else None
    )
    claim.currency = (
        q.currency
        # "in dollars, that's two hundred eighty-one million": the currency said before it
        or (
            ("CNY" if re.match(r"yuan|renminbi|rmb", named.group("c"), re.I) else "USD")
            if named is not None
            else None
        )
        or _previous_currency(sentence, q)
        or ctx.currency
        or ("USD" if q.scale else None)
    )
    claim.unit = "money"
    if (
        prev is not None
        and prev.unit == "money"
        and prev.currency
        and claim.currency != prev.currency
    ):
        between = sentence[max(0, q.start - 3) : q.start]
        if "(" in between or "[" in between:
            claim.converted = True
            claim.kind, claim.flow, claim.period = prev.kind, prev.flow, prev.period
            claim.reporter, claim.partner = prev.reporter, prev.partner
            claim.direction, claim.base = prev.direction, prev.base
            claim.notes.append(f"a conversion of {prev.surface}")
            return
    more = V.MORE_THAN_OTHER_FLOW.match(sentence, q.end)
    if claim.flow in ("export", "import") and more is not None:
        was_export = (claim.flow == "export") == (more.group("cmp").lower() == "more")
        # "North Korea imported $1.71 billion more from China than it exported there": the gap
        # between the flows, a balance (a surplus of the reporter when its exports are larger;
        # "bought $X less than it sold" says the same)
        claim.kind, claim.flow = "balance", "balance"
        claim.gap = "surplus" if was_export else "deficit"
        claim.value = _signed_balance(q.value, claim.gap)
        return
    compared = V.MONEY_COMPARED.match(sentence, q.end)
    if compared is not None and claim.flow != "balance":
        # "exports were $173.5 million lower in 2024 than in 2023": the figure is the difference
        # between the two periods, an absolute change, its base the period after "than"
        word = (compared.group("w") or compared.group("w2")).lower()
        claim.kind = "change_abs"
        claim.direction = V.SIZE_COMPARATIVES.get(word, "up")
        claim.base = _base_for(sentence, q, claim.period, periods, ctx, dateline, default=True)
        claim.value = -q.value if claim.direction == "down" else q.value
        return
    moved = V.MONEY_MOVED_BEFORE.search(sentence, max(0, q.start - 40), q.start)
    if moved is not None and claim.flow != "balance":
        # "an increase of $75.8 million", "gained $75.8 million", "added $1.27 billion to trade":
        # the figure is how much the flow moved
        claim.kind = "change_abs"
        claim.direction = "up" if (moved.group("up") or moved.group("up2")) else "down"
        claim.base = _base_for(sentence, q, claim.period, periods, ctx, dateline, default=True)
        claim.value = -q.value if claim.direction == "down" else q.value
        return
    noun = V.MONEY_CHANGE_NOUN.match(sentence, q.end)
    if (
        noun is not None
        and claim.flow != "balance"
        and V.MONEY_CHANGE_BEFORE.search(sentence, max(0, q.start - 40), q.start)
    ):
        # "a $75.8 million rise in imports": the figure is how much the flow moved
        claim.kind = "change_abs"
        claim.direction = V.DIRECTION_NOUNS[noun.group("w").lower()]
        claim.base = _base_for(sentence, q, claim.period, periods, ctx, dateline, default=True)
        claim.value = -q.value if claim.direction == "down" else q.value
        return
    if claim.flow in ("export", "import") and V.EXCEEDED_OTHER_FLOW.search(
        sentence, max(0, q.start - 150), q.start
    ):
        # "China's exports exceeded its imports from North Korea by $X": the figure is the gap;
        # the flow named last is the smaller one
        claim.gap = "surplus" if claim.flow == "import" else "deficit"
        claim.kind, claim.flow = "balance", "balance"
        claim.value = _signed_balance(q.value, claim.gap)
        return
    outsold = V.OUTSOLD_BY.search(sentence, max(0, q.start - 150), q.start)
    seller = V.COUNTRY.search(outsold.group("first")) if outsold is not None else None
    if seller is not None and claim.reporter is not None and claim.flow != "balance":
        # "Chinese goods outsold North Korean ones by $X": the gap, a surplus of the seller
        claim.gap = "surplus" if V.country_code(seller) == claim.reporter else "deficit"
        claim.kind, claim.flow = "balance", "balance"
        claim.value = _signed_balance(q.value, claim.gap)
        return
    if _other_way(sentence, q, prev) and prev is not None:
        # "exports were $X, against only $Y flowing the other way": the other flow of the pair,
        # in the period of the figure before unless its own is named
        claim.kind, claim.base = "level", None
        claim.flow = {"export": "import", "import": "export"}[prev.flow]
        claim.reporter, claim.partner = prev.reporter, prev.partner
        own = _attached_period(sentence, q.start, q.end, periods)
        claim.period = claim.period if own is not None else prev.period
        if (
            own is None
            and prev.base is not None
            and V.FROM_BEFORE.search(sentence, max(0, q.start - 30), q.start)
        ):
            # "exports slipped from $X in May to $Y in June, while imports went the other way,
            # from $A to $B": a second from–to pair with no months of its own repeats the first
            # pair's, so the figure after "from" is the earlier month's
            claim.period = prev.base
        claim.value = q.value
        return
    # The base of a change: "down from $247.75 million the previous month", "up from October's
    # $334.89 million", "lower than $613.2 million a year ago", "from $X in July to $Y in August".
    if _is_base_level(sentence, q) and not V.BY_BEFORE.search(before[-25:]):
        governing = next(
            (
                c
                for c in reversed(previous)
                if c.kind in ("level", "balance", "change_pct") and not c.base_of
            ),
            None,
        )
        if governing is not None and governing.kind == "change_pct":
            level_gov = next(
                (c for c in reversed(previous) if c.kind in ("level", "balance") and not c.base_of),
                None,
            )
            base_period = _base_level_period(sentence, q, periods, governing, ctx, dateline)
            governing = level_gov if level_gov is not None else governing
        else:
            base_period = _base_level_period(sentence, q, periods, governing, ctx, dateline)
        if gap is None and governing is not None and governing.kind == "balance":
            claim.kind, claim.gap = "balance", governing.gap
        elif gap is not None:
            claim.kind, claim.gap = "balance", gap
        own_subject = (
            V.FLOW.search(sentence, governing.end, q.start) if governing is not None else None
        )
        if (
            own_subject is not None
            and claim.flow in ("export", "import", "total")
            and claim.flow != governing.flow
            and own_subject.lastgroup == claim.flow
        ):
            # "exports went up from $X to $Y while imports went down from $A to $B": a new
            # subject before the second pair; its base is of its own flow
            governing = None
        if governing is not None:
            claim.flow, claim.reporter, claim.partner = (
                governing.flow,
                governing.reporter,
                governing.partner,
            )
            if governing.kind == "level" and claim.kind == "level" and gap is None:
                pass
        claim.period = base_period or claim.period
        claim.value = _signed_balance(q.value, claim.gap) if claim.kind == "balance" else q.value
        claim.notes.append("the base of a change")
        claim.base_of = True
        for k in range(len(previous) - 1, -1, -1):
            c = previous[k]
            if c.base_of:
                if c.base is None and c.period is not None:
                    break  # an earlier base of the same claim already set it ("up from $X ... but
                    # lower than $Y a year ago": the first base is the one the verb moved from)
                continue
            moves = c.kind in ("level", "balance", "change_pct") or (
                c.kind == "ratio" and c.unit == "times"  # "nearly doubled, from $X in February"
            )
            if moves and c.period is not None:
                if claim.period is not None and claim.period != c.period:
                    c.base = claim.period  # "a drop of 63 percent from $2.79 billion in 2019"
                    _BASE_FIGURE_SET[id(c)] = c
                    change = previous[k - 1] if k and c.kind == "level" else None
                    if (
                        change is not None
                        and change.kind == "change_pct"
                        and not change.base_of
                        and (change.period, change.flow) == (c.period, c.flow)
                        and V.CHANGE_TO_LEVEL.fullmatch(sentence, change.end, c.start)
                    ):  # "slid 11.2% to $167.6 million from $188.74 million in September"
                        change.base = claim.period
                        _BASE_FIGURE_SET[id(change)] = change
                if c.direction is None and c.kind != "change_pct":
                    c.direction = _direction_before(before) or _direction_before(
                        sentence[: q.start]
                    )
                break
        return
    # "from $X in July to $Y in August": the second figure moves from the first
    # (not when a verb of its own stands between: "fell to $X from $Y, while imports rose to $Z")
    if (
        prev is not None
        and getattr(prev, "base_of", False)
        and V.TO_BEFORE.search(before)
        and _direction_word(sentence[prev.end : q.start]) is None
    ):
        claim.base = prev.period
        _BASE_FIGURE_SET[id(claim)] = claim
        claim.direction = _direction_before(sentence[: prev.start])
        if claim.flow == "balance":
            claim.kind, claim.gap = "balance", gap
            claim.value = _signed_balance(q.value, gap)
        return
    added = V.ADDED_BEFORE.search(before[-40:])
    onto = V.ADDED_AFTER.match(sentence, q.end) if added is not None else None
    if added is not None and onto is not None and claim.flow != "balance":
        # "the 2023 rebound added $1.27 billion to trade": a change of the flow by that sum
        down = onto.group("w").lower() == "off" or not added.group("w").lower().startswith("add")
        claim.kind = "change_abs"
        claim.direction = "down" if down else "up"
        # (its base is named in its own clause, or the year before: not "…, though the total
        # stayed below half its 2014 level")
        stop = re.search(r"[,;]", sentence[q.end :])
        end = q.end + stop.start() if stop else len(sentence)
        own = [p for p in periods if p.end <= end]
        claim.base = _base_for(sentence, q, claim.period, own, ctx, dateline, default=True)
        claim.value = -q.value if down else q.value
        return
    change_by = V.CHANGE_BY.search(before[-35:]) and _direction_before(before)
    bare_move = V.BARE_MOVE.search(sentence[max(0, q.start - 15) : q.start])
    if change_by or bare_move:
        claim.kind = "change_abs"
        claim.direction = _direction_before(before) or (
            "up" if bare_move and "up" in bare_move.group(0).lower() else "down"
        )
        claim.base = _base_for(sentence, q, claim.period, periods, ctx, dateline, default=True)
        claim.value = -q.value if claim.direction == "down" else q.value
        if claim.flow == "balance":
            # a deficit that "narrowed by $103 billion" is a change of the deficit (−103 billion),
            # signed as the text says, as its percent change is (the labelled dev set's
            # convention); verification compares it with the change of imports − exports
            claim.gap = gap
        return
    if claim.flow == "balance":
        claim.kind, claim.gap = "balance", gap
        claim.value = _signed_balance(q.value, gap)
    # A level carries a direction only when its own verb asserts a change.
    direction = _level_direction(before, prev, [c for c in previous if c.kind == "level"])
    up_from = V.UP_FROM_AFTER.match(after)
    if direction is None and up_from:
        word = up_from.group("dir").lower()
        direction = "down" if V.DOWN.match(word) else "up"
    if direction is not None:
        claim.direction = direction
        claim.direction_on_change = (
            prev is not None
            and prev.kind in ("change_pct", "change_abs")
            and prev.direction == direction
            and not prev.base_of
            and _direction_word(sentence[prev.end : q.start]) is None
        )
        inherited = (
            prev is not None
            and prev.direction == direction
            and prev.base is not None
            and not V.NEUTRAL_VERB.search(before)
        )
        claim.base = (
            prev.base
            if inherited
            else _base_for(
                sentence, q, claim.period, periods, ctx, dateline, default=True, level=True
            )
        )
        if (
            prev is not None
            and prev.base_of
            and prev.kind == claim.kind
            and prev.period is not None
            and claim.period is not None
            and prev.period != claim.period
            and (prev.flow, prev.reporter, prev.partner)
            == (claim.flow, claim.reporter, claim.partner)
            and V.LEADING_FROM.match(sentence[: prev.start])
        ):
            # "From $202 million in September, trade rose to $218.8 million in October": the
            # figure the sentence opened on is where the move started
            claim.base = prev.period
            _BASE_FIGURE_SET[id(claim)] = claim


def _previous_currency(sentence: str, q: Quantity) -> str | None:
    for other in reversed(find_quantities(sentence)):
        if other.start < q.start and other.unit == "money" and other.currency:
            return other.currency
    return None


def _signed_balance(value: Decimal, gap: str | None) -> Decimal:
    return -value if gap == "deficit" else value


def _level_direction(before: str, prev: Claim | None, levels: list[Claim]) -> str | None:
    """Direction asserted by the verb governing a level ("fell to", "rose 20% to", "reaching")."""
    text = before
    neutral = [m.end() for m in V.NEUTRAL_VERB.finditer(text)]
    moves = [(m.end(), "down") for m in V.DOWN.finditer(text)] + [
        (m.end(), "up") for m in V.UP.finditer(text)
    ]
    moves = [mv for mv in moves if not re.match(r"\s+from\b", text[mv[0] :])]
    last_move = max(moves) if moves else None
    last_neutral = max(neutral) if neutral else -1
    if last_move and last_move[0] > last_neutral:
        return last_move[1]
    if last_neutral >= 0:
        return None
    # No verb since the previous quantity: "fell 33 percent to $2.01 billion", ", reaching
    # $188.7 million": the previous claim's verb governs. After a new subject ("... and imports
    # to just $10 million") the verb is elided: the previous level's verb governs.
    if prev is None or not re.search(r"\bto\b|\breaching\b", text, re.I):
        return None
    if V.FLOW.search(text):
        return levels[-1].direction if levels else None
    return prev.direction


def _percent_claim(
    claim: Claim,
    sentence: str,
    q: Quantity,
    prev: Claim | None,
    before: str,
    after: str,
    flows: list[_FlowHit],
    ctx: _Context,
    periods: list[PeriodMention],
    dateline: pd.Period | None,
) -> None:
    # the terms named nearest the figure ("7.4 percent ... in dollar terms ... but 10.2 percent in
    # yuan terms"): the first after it in its clause, else the last before it
    terms = list(V.TERMS.finditer(sentence))
    after_q = [
        t
        for t in terms
        # (a clause of its own after "while", "whereas" takes the terms for its own figure)
        if t.start() >= q.end
        and not re.search(r"[;]|\b(?:but|while|whereas|whilst)\b|\d", sentence[q.end : t.start()])
    ]
    before_q = [t for t in terms if t.end() <= q.start]
    terms_m = (
        after_q[0] if after_q else (before_q[-1] if before_q else (terms[0] if terms else None))
    )
    if terms_m:
        t = (terms_m.group("t") or terms_m.group("t2") or terms_m.group("t3")).lower()
        claim.terms = "CNY" if t in ("yuan", "rmb", "renminbi") else "USD"
    # "(a share of 91.3%,) higher than the previous year's 90.1%": the base of a share
    if (
        prev is not None
        and prev.kind in ("share", "ratio")
        and not prev.base_of
        and _is_base_level(sentence, q)
    ):
        claim.kind, claim.unit, claim.whole = prev.kind, "percent", prev.whole
        claim.flow, claim.reporter, claim.partner = prev.flow, prev.reporter, prev.partner
        claim.period = _base_level_period(sentence, q, periods, prev, ctx, dateline)
        claim.base_of = True
        claim.notes.append("the base of a change")
        return
    of = V.PERCENT_OF.match(sentence[q.end :])
    coordinated = V.COORDINATED_PERCENT.match(sentence, q.end) if of is None else None
    if coordinated is not None:
        # "87.3 percent and 12.7 percent of bilateral trade": the whole of the second is the first's
        of = V.PERCENT_OF.match(sentence[coordinated.end() :])
    if of is None and q.verbal:
        of = V.FRACTION_THE.match(sentence[q.end :])
    if of is None and V.SHARE_WORD_BEFORE.search(sentence, max(0, q.start - 40), q.start):
        # "made up the majority, at 87.3 percent, of the two-way trade", "a tiny fraction, 0.06
        # percent, of its global exports": the figure set off by commas before its "of"
        of = V.COMMA_OF.match(sentence[q.end :])
    share_before = V.SHARE_BEFORE.search(sentence[max(0, q.start - 60) : q.start])
    subject = next((h for h in reversed(flows) if h.pos < q.start), None)
    share_of = V.SHARE_OF.search(sentence[max(0, q.start - 90) : q.start])
    if share_of and not of:
        # "the share of imports in total trade was 12.8 percent"
        offset = max(0, q.start - 90)
        part_at = offset + share_of.start("part")
        hit = next((h for h in flows if part_at <= h.pos < offset + share_of.end("part")), None)
        if hit is not None:
            claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(
                hit, ctx, ctx.default_pair
            )
        claim.kind, claim.unit = "share", "percent"
        claim.whole = _whole(share_of.group("whole"), claim, ctx)
        return
    apposed = None if of else V.SHARE_APPOSITION.search(sentence, max(0, q.start - 120), q.start)
    if apposed is not None:
        # "Chinese goods accounted for the bulk of the trade, some 87 percent": the whole is
        # named before the figure, the part is the subject of the verb
        part = next((h for h in reversed(flows) if h.pos < apposed.start()), None)
        if part is not None:
            claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(
                part, ctx, ctx.default_pair
            )
        claim.kind, claim.unit = "share", "percent"
        claim.direction, claim.base, claim.value = None, None, q.value
        claim.whole = _whole(apposed.group("rest"), claim, ctx)
        return
    share_noun = None if of else V.SHARE_NOUN_AFTER.match(sentence, q.end)
    lead = V.LEADING_OF.match(sentence)
    part_after = (
        V.PART_AFTER_LEAD.match(sentence, q.end)
        if lead is not None and not of and q.start >= lead.end()
        else None
    )
    if part_after is not None:
        # "Of the $2.3 billion traded in 2023, 87.3 percent were Chinese exports": the part is
        # named after the figure, the whole before it
        at = part_after.end()
        hit = next((h for h in flows if at <= h.pos < at + 30), None)
        with_m = V.WITH_COUNTRY.match(sentence, at)
        with_c = V.COUNTRY.match(sentence, with_m.end()) if with_m is not None else None
        if hit is None and with_c is not None and prev is not None and prev.kind == "level":
            # "Of North Korea's $2.77 billion in trade, 98 percent was with China": the whole's
            # owner's trade with that country
            other = V.country_code(with_c)
            if prev.reporter is not None and other not in (prev.reporter, "WLD"):
                reporter, partner, flow = prev.reporter, other, "total"
                pair = ctx.default_pair
                if pair and (reporter, partner) == (pair[1], pair[0]):
                    reporter, partner = pair
                claim.reporter, claim.partner, claim.flow = reporter, partner, flow
                claim.kind, claim.unit = "share", "percent"
                claim.whole = {
                    "reporter": prev.reporter,
                    "partner": prev.partner or "WLD",
                    "flow": prev.flow or "total",
                }
                return
        if hit is not None:
            claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(
                hit, ctx, ctx.default_pair
            )
            claim.kind, claim.unit = "share", "percent"
            claim.whole = _whole(lead.group("rest"), claim, ctx)
            return
    with_share = V.SHARE_WITH_LEAD.fullmatch(sentence, 0, q.start) if not of else None
    after_with = V.SHARE_WITH_AFTER.match(sentence, q.end) if with_share is not None else None
    if after_with is not None:
        # "With a share of 87.3 percent, Chinese exports dominated the trade": the part is the
        # subject of the clause after the comma, the whole the pair's trade
        at = after_with.end()
        part = next((h for h in flows if at <= h.pos < at + 40), None)
        if part is not None:
            claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(
                part, ctx, ctx.default_pair
            )
            claim.kind, claim.unit = "share", "percent"
            claim.direction, claim.base, claim.value = None, None, q.value
            claim.whole = _whole(after_with.group("rest") or "", claim, ctx)
            later = next((p for p in periods if p.start >= at), None)
            span = later.resolve(dateline, ctx.period) if later is not None else None
            if span is not None:  # "…, Chinese exports dominated 2023's trade": its period
                claim.period = span
            return
    if share_noun is not None or (share_before and not of and lead is not None):
        # "Of the trade in the first half, Chinese exports accounted for 87.2 percent"
        # "China took up a 95.6% share (of North Korea's trade)": the subject is the part
        lead = V.LEADING_OF.match(sentence)
        rest = (share_noun.group("rest") if share_noun else None) or (
            lead.group("rest") if lead else ""
        )
        claim.kind, claim.unit = "share", "percent"
        claim.whole = _whole(rest, claim, ctx)
        return
    if (
        not of
        and prev is not None
        and prev.kind == "share"
        and V.REMAINDER_BEFORE.search(before[-25:])
        and (share_before or V.THE_REMAINDER_BEFORE.search(before[-25:]))
    ):
        # "..., while imports took up the remaining 84 percent": a share of the same whole
        if subject is not None:
            claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(
                subject, ctx, ctx.default_pair
            )
        claim.kind, claim.unit, claim.whole = "share", "percent", prev.whole
        return
    if (
        of is not None
        # "… with 98.3 percent of it done with China": the part named after the whole
        and (share_before or V.PART_WITH_AFTER.match(of.group("rest")))
        and prev is not None
        and prev.kind in ("level", "balance")
        and not prev.base_of
        and prev.reporter is not None
        and V.ANAPHORIC_WHOLE.match(of.group("rest"))
    ):
        # "trade came to $2.77 billion, with China accounting for 98.3 percent of it"
        _share_of_previous(claim, sentence, q, prev, flows, ctx)
        return
    if (
        not of
        and prev is not None
        and prev.kind in ("level", "balance")
        and not prev.base_of
        and prev.reporter is not None
        and V.OF_WHICH_PART_BEFORE.search(sentence, max(prev.end, q.start - 100), q.start)
    ):
        # "…'s overall trade came to $1.59 billion, of which trade with China made up 96.7%"
        _share_of_previous(claim, sentence, q, prev, flows, ctx)
        return
    if of is not None and not share_before and _ratio_to_own_trade(claim, q, of, periods, dateline):
        return
    to_level = V.TO_AT_BEFORE.search(before[-20:])
    if of and (share_before or to_level or not _direction_before(before[-25:])):
        rest = re.split(r"[,;]", of.group("rest"))[0]
        flow_m = V.FLOW.search(rest)
        whole_m = V.SHARE_WHOLE.match(rest)
        # a year inside the whole ("of the 2019 total") makes a ratio to that year; one after a
        # whole named in words ("of everything China traded in 2022") is the share's own period
        head = rest[: flow_m.start()] if flow_m else rest
        if flow_m is None and whole_m is not None:
            head = rest[: whole_m.end()] + V.OWN_YEAR.sub("", rest[whole_m.end() :])
        ratio_words = V.RATIO_WORDS.search(head)
        if ratio_words is not None and re.fullmatch(r"(?:19|20)\d\d", ratio_words.group(0)):
            rest_at = q.end + of.start("rest")
            if periods and all(
                rest_at - 4 <= p.start
                for p in periods
                # (a period in a later clause, "…, 5.1 points more than in 2023", is another's)
                if p.start < rest_at + len(rest)
            ):
                # "were 9.8% of Q1 2023 trade", no other period named: the whole's period is the
                # share's own, not a second period compared with
                ratio_words = None
        committed = V.COMMITTED.search(rest)
        other_period = V.OTHER_PERIOD.search(rest)
        part_after = subject is None and V.PART_AFTER_WHOLE.search(rest)
        share_cue = share_before or part_after
        if (
            other_period is not None
            and (part_after or (share_before and subject is not None))
            and V.WHOLE_NOUN_AFTER.match(rest, other_period.end())
        ):
            # "Chinese exports accounted for 87 percent of last year's trade": the period of the
            # share's whole (but "It accounts for 7.9 percent of last month's trade", said of a
            # figure already given, compares two periods)
            other_period = None
        if (
            (flow_m or whole_m)
            and not other_period
            and (share_cue or not (ratio_words or committed))
        ):
            # a share: the part is the subject before the verb, the whole follows "of"
            part_m = V.PART_AFTER_WHOLE.search(rest) if subject is None else V.OF_WHICH.match(rest)
            # "a quarter of 2014's trade was North Korean goods": the whole ends before its part
            whole_rest = rest[: part_m.start()] if part_m is not None and subject is None else rest
            whole = None
            if part_m is not None and subject is not None:
                # "trade hit $2.3 billion, 87 percent of which was Chinese exports": the subject
                # before the figure is the whole
                wr, wp, wf, _ = _resolve_subject(subject, ctx, ctx.default_pair)
                if wr is not None and wp is not None:
                    whole = {"reporter": wr, "partner": wp, "flow": wf or "total"}
            lead_clause = V.SHARE_PARTICIPLE_LEAD.match(sentence) if subject is None else None
            if part_m is None and lead_clause is not None and q.start < lead_clause.end():
                # "Accounting for 56 percent of their 2011 trade, Chinese exports …": the part is
                # the subject of the clause after the participle's
                at = lead_clause.end()
                subject = next((h for h in flows if at <= h.pos < at + 40), None)
            if part_m is not None:
                # "87 percent of the two-way trade consisted of Chinese exports": the part last
                at = q.end + of.start("rest") + part_m.end()
                subject = next((h for h in flows if at <= h.pos < at + 30), None)
                if subject is None:
                    subject = _directed_part(rest, part_m.end(), at)
            if subject is not None:
                claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(
                    subject, ctx, ctx.default_pair
                )
            elif (
                part_m is None
                and V.PRONOUN_PART.match(sentence)
                and ctx.flow in ("export", "import")
                and ctx.reporter is not None
            ):
                # "China sold the North $2 billion in goods. That's about 87 percent of all the
                # trade between the two": the part is the figure of the sentence before
                claim.reporter, claim.partner, claim.flow = (
                    ctx.reporter,
                    ctx.reporter_partner,
                    ctx.flow,
                )
            claim.kind, claim.unit = "share", "percent"
            claim.whole = whole or _whole(
                whole_rest, claim, ctx, subject.actor if subject is not None else None
            )
            own_world = V.ITS_WORLD_WHOLE.match(rest)
            owner = (subject.actor if subject is not None else None) or ctx.actor
            if whole is None and own_world is not None and owner is not None:
                # "North Korea's exports to China made up 97 percent of its total exports": the
                # whole is the owner's trade with the world, not the pair's
                word = own_world.group("flow").lower()
                flow = (
                    "export"
                    if word.startswith("export")
                    else "import"
                    if word.startswith("import")
                    else "total"
                )
                claim.whole = {"reporter": owner, "partner": "WLD", "flow": flow}
            # (the whole ends at its clause: "…, vis-à-vis 12.7 percent in 2023" is another's)
            rest_end = q.end + of.start("rest") + len(rest)
            inside = [p for p in periods if q.end <= p.start < rest_end]
            if inside:  # "a third of the September total": the share's own period
                span = inside[0].resolve(dateline, claim.period or ctx.period)
                claim.period = span or claim.period
            return
        if flow_m is not None and not share_before:
            at = q.end + of.start("rest") + flow_m.start()
            hit = next((h for h in flows if h.pos == at), None)
            if hit is not None:
                reporter, partner, flow, _ = _resolve_subject(hit, ctx, ctx.default_pair)
                claim.reporter, claim.partner, claim.flow = reporter, partner, flow
        claim.kind, claim.unit = "ratio", "percent"
        if _ratio_of_a_figure(claim, prev, q, of, periods, dateline):
            return
        claim.base = _base_for(sentence, q, claim.period, periods, ctx, dateline, default=False)
        return
    if (
        prev is not None
        and prev.kind in ("ratio", "share")
        and prev.unit == "percent"
        and not prev.base_of
        and V.GAPPED_BEFORE.search(sentence, max(prev.end, q.start - 60), q.start)
        and V.GAPPED_AFTER.match(sentence, q.end)
        and _direction_before(sentence[prev.end : q.start]) is None
    ):
        # "… were 10 percent of their 2019 level, and imports 27 percent": the verb and
        # the whole of the clause before, said of a new subject
        claim.kind, claim.unit, claim.direction, claim.value = prev.kind, "percent", None, q.value
        claim.base = prev.base
        if prev.kind == "share":
            claim.whole = prev.whole
        return
    if (
        prev is not None
        and prev.kind == "share"
        and prev.unit == "percent"
        and V.SHARE_CLAUSE_AFTER.match(sentence, q.end)
    ):
        # "up from 13 percent, a fraction of the roughly half they made up in 2016": the share
        # of the same part, in the period its clause names
        claim.kind, claim.unit, claim.direction, claim.value = "share", "percent", None, q.value
        claim.flow, claim.reporter, claim.partner = prev.flow, prev.reporter, prev.partner
        claim.whole, claim.base = prev.whole, None
        clause = V.SHARE_CLAUSE_AFTER.match(sentence, q.end)
        named = next(
            (
                p
                for p in periods
                if clause is not None
                and clause.end() <= p.start < clause.end() + 30
                and not re.search(r"[,;.]", sentence[clause.end() : p.start])
            ),
            None,
        )
        if named is not None:  # "… they accounted for in 2016": the clause's period
            claim.period = named.resolve(dateline, claim.period) or claim.period
        return
    if (
        prev is not None
        and prev.kind == "share"
        and prev.unit == "percent"
        and not prev.base_of
        and V.ELIDED_BEFORE.search(sentence, max(prev.end, q.start - 30), q.start)
        and V.ELIDED_PERIOD_AFTER.match(sentence, q.end)
        and _direction_before(sentence[prev.end : q.start]) is None
    ):
        # "made up 16 percent of June's trade, and 13.4 percent in May": the same part of the
        # same whole, in the period named after it
        claim.kind, claim.unit, claim.direction, claim.value = "share", "percent", None, q.value
        claim.flow, claim.reporter, claim.partner = prev.flow, prev.reporter, prev.partner
        claim.whole = prev.whole
        return
    lh = V.LOWER_HIGHER.match(after)
    claim.kind, claim.unit = "change_pct", "percent"
    if lh:
        word = lh.group("w").lower()
        claim.direction = V.COMPARATIVES[word]
    else:
        claim.direction = _change_direction(before, after)
        if claim.direction is None and prev is not None and V.APPOSITION.fullmatch(before):
            claim.direction = prev.direction  # "fell by $914 million, or 13.3 percent"
        elif (
            claim.direction is None
            and prev is not None
            and prev.kind == "change_pct"
            and not prev.base_of
            and (V.COORDINATED.fullmatch(before) or V.COORDINATED_CHANGE.fullmatch(before))
        ):
            # "fell 6.8% and 37.8%", "fell 5.3 percent in March and 9.1 percent in April"
            claim.direction = prev.direction
    claim.base = _base_for(sentence, q, claim.period, periods, ctx, dateline, default=True)
    moved = _moved_from(sentence, q, prev, periods)
    if moved is not None and moved.period == claim.period:
        # "sank from $5.38 billion in 2016 to $539.1 million in 2020, a drop of 90 percent":
        # the change is between the two figures
        claim.base = moved.base
    claim.value = -q.value if claim.direction == "down" else q.value
    # The level this change leads to ("fell 88.7 percent ... to 690 million yuan") sets the terms.
    nxt = [
        o
        for o in find_quantities(sentence)
        if o.unit == "money" and q.end <= o.start and o.end <= q.end + 80
    ]
    if nxt and re.match(r"^[^,;]{0,60}?\b(?:to|at)\s+(?:\w+\s+)?$", sentence[q.end : nxt[0].start]):
        claim.terms_implied = claim.terms or nxt[0].currency
    else:
        claim.terms_implied = claim.terms or (
            prev.currency if prev is not None and prev.unit == "money" else None
        )


def _ratio_to_own_trade(
    claim: Claim,
    q: Quantity,
    of: re.Match[str],
    periods: list[PeriodMention],
    dateline: pd.Period | None,
) -> bool:
    """ "what the North sold in 2020 came to less than half of what it would sell in 2021": the
    same trade in the period before the figure, against the period of the clause after "of"."""
    rest = of.group("rest")
    what = V.WHAT_IT_TRADED.match(rest)
    if what is None or claim.flow not in ("export", "import", "total"):
        return False
    rest_at = q.end + of.start("rest")
    clause_end = rest_at + len(re.split(r"[,;.]\s", rest)[0])
    inside = [p for p in periods if rest_at + what.end() <= p.start < clause_end]
    earlier = [p for p in periods if p.end <= q.start]
    if len(inside) != 1 or not earlier:
        return False
    period = earlier[-1].resolve(dateline, None)
    base = inside[0].resolve(dateline, period)
    if period is None or base is None or base == period or base.n_months != period.n_months:
        return False
    claim.kind, claim.unit, claim.period, claim.base = "ratio", "percent", period, base
    return True


def _ratio_of_a_figure(
    claim: Claim,
    prev: Claim | None,
    q: Quantity,
    of: re.Match[str],
    periods: list[PeriodMention],
    dateline: pd.Period | None,
) -> bool:
    """ "October 2023 trade of $192.4 million was two-thirds of the $287 million recorded in
    October 2019": a fraction of a figure stated with its own period compares the level just
    given (its period) with that period (the base)."""
    rest = of.group("rest")
    if (
        prev is None
        or prev.kind != "level"
        or prev.period is None
        or prev.flow not in ("export", "import", "total")
        or not V.MONEY_HEAD.match(rest)
    ):
        return False
    rest_end = q.end + of.start("rest") + len(re.split(r"[,;]", rest)[0])
    inside = [p for p in periods if q.end <= p.start < rest_end]
    if len(inside) != 1:
        return False
    base = inside[0].resolve(dateline, prev.period)
    if base is None or base == prev.period or base.n_months != prev.period.n_months:
        return False
    claim.period, claim.base = prev.period, base
    claim.flow, claim.reporter, claim.partner = prev.flow, prev.reporter, prev.partner
    return True


def _directed_part(rest: str, pos: int, at: int) -> _FlowHit | None:
    """ "(… of the goods that crossed the border) went from China to North Korea": the part is
    the first country's exports to the second."""
    m = V.FROM_TO_PAIR.match(rest, pos)
    if m is None:
        return None
    a, b = V.COUNTRY.match(m.group("a")), V.COUNTRY.match(m.group("b"))
    if a is None or b is None or a.end() != len(m.group("a")):
        return None
    exporter, importer = V.country_code(a), V.country_code(b)
    if "WLD" in (exporter, importer) or exporter == importer:
        return None
    return _FlowHit("export", None, exporter, importer, at)


def _moved_from(
    sentence: str, q: Quantity, prev: Claim | None, periods: list[PeriodMention]
) -> Claim | None:
    """The level just before a percentage when it moved from a base figure written beside it
    ("from $X in July to $Y in August, up 84 percent"), unless the percentage names its own base."""
    moved = [c for c in _BASE_FIGURE_SET.values() if c.end <= q.start]
    if prev is None or not moved:
        return None
    last = max(moved, key=lambda c: c.end)
    if not (prev is last or (prev.base_of and prev.start > last.start)):
        return None
    if last.kind not in ("level", "balance") or last.base is None:
        return None
    after = sentence[q.end : q.end + 60]
    if V.BASE_YOY.match(after.lstrip(" ,")) or V.BASE_MOM.match(after.lstrip(" ,")):
        return None
    if any(_is_base_mention(sentence, p) for p in periods if q.end <= p.start < q.end + 60):
        return None
    return last


def _share_of_previous(
    claim: Claim, sentence: str, q: Quantity, prev: Claim, flows: list[_FlowHit], ctx: _Context
) -> None:
    """A share whose whole is the level just stated ("North Korea's external trade came to $2.77
    billion, with China accounting for 98.3 percent of it"). The part is the flow named between
    the two figures, or a country there: the whole's owner's trade with that country."""
    whole = {"reporter": prev.reporter, "partner": prev.partner or "WLD", "flow": prev.flow}
    if whole["flow"] not in ("export", "import", "total"):
        whole["flow"] = "total"
    claim.kind, claim.unit, claim.whole = "share", "percent", whole
    claim.direction, claim.base, claim.value = None, None, q.value
    hit = next((h for h in reversed(flows) if prev.end <= h.pos < q.start), None)
    if hit is not None:
        claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(hit, ctx, ctx.default_pair)
        return
    owner = whole["reporter"]
    after = (
        V.PART_WITH_AFTER.match(sentence, q.end + 4)
        if sentence[q.end : q.end + 4] == " of "
        else None
    )
    country = next(
        (
            V.country_code(m)
            for m in V.COUNTRY.finditer(
                sentence, prev.end, after.end() + 40 if after is not None else q.start
            )
            if V.country_code(m) not in ("WLD", owner)
        ),
        None,
    )
    if country is None:
        claim.reporter, claim.partner, claim.flow = prev.reporter, prev.partner, prev.flow
        return
    reporter, partner, flow = owner, country, whole["flow"]
    pair = ctx.default_pair
    if pair and (reporter, partner) == (pair[1], pair[0]):
        reporter, partner = pair  # the pair, seen from its reporter
        flow = {"export": "import", "import": "export"}.get(flow, flow)
    claim.reporter, claim.partner, claim.flow = reporter, partner, flow


def _owned_share(claim: Claim, sentence: str, q: Quantity, ctx: _Context) -> bool:
    """ "North Korea's share of the two-way trade rose 9.3 percentage points ... to 18.2 percent":
    a country's share of a pair's trade is what it ships (its exports), seen from the reporter."""
    m = V.OWNED_SHARE.search(sentence[max(0, q.start - 90) : q.start])
    if m is None:
        return _share_of_other(claim, sentence, q, ctx)
    if V.FLOW_SHARE.search(sentence, max(0, q.start - 90), q.start):
        return False  # "China's import share of the trade": the flow's share, not the country's
    country = V.COUNTRY.search(m.group("owner"))
    pair = ctx.default_pair
    if (
        country is None
        and pair is not None
        and re.fullmatch(r"\W*(?:its|their)", m.group("owner"), re.I)
        and ctx.flow in ("export", "import")
        and (ctx.reporter, ctx.reporter_partner) == pair
    ):
        # "Exports reached $2 billion. Their share of bilateral trade rose to 87 percent": the
        # share of the flow the text is about
        claim.reporter, claim.partner, claim.flow = pair[0], pair[1], ctx.flow
        claim.whole = {"reporter": pair[0], "partner": pair[1], "flow": "total"}
        return True
    if country is None or pair is None:
        return False
    owner = V.country_code(country)
    if owner not in pair:
        return False
    other = pair[1] if owner == pair[0] else pair[0]
    hit = _FlowHit("export", None, owner, other, -1)
    claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(hit, ctx, pair)
    claim.whole = {"reporter": pair[0], "partner": pair[1], "flow": "total"}
    return True


def _share_of_other(claim: Claim, sentence: str, q: Quantity, ctx: _Context) -> bool:
    """ "China's share of North Korea's foreign trade reached 96.7 percent": the owner's trade
    with that country, as a share of that country's trade with the world."""
    m = V.OWNED_SHARE_OTHER.search(sentence[max(0, q.start - 120) : q.start])
    owner = V.COUNTRY.search(m.group("owner")) if m else None
    other = V.COUNTRY.search(m.group("whole")) if m else None
    if m is None or owner is None or other is None:
        return False
    a, b = V.country_code(owner), V.country_code(other)
    if a == b or "WLD" in (a, b):
        return False
    pair = ctx.default_pair
    claim.reporter, claim.partner = (a, b) if not pair or (b, a) != pair else pair
    claim.flow = "total"
    claim.whole = {
        "reporter": b,
        "partner": "WLD",
        "flow": _whole(m.group("whole"), claim, ctx)["flow"],
    }
    return True


def _dependence(claim: Claim, sentence: str, q: Quantity, ctx: _Context) -> bool:
    """ "North Korea's dependence on China for trade stood at 98 percent": the partner's share of
    the country's trade with the world."""
    m = V.DEPENDENCE.search(sentence, max(0, q.start - 120), q.start)
    if m is None or V.AHEAD_CLAUSE_BREAK.search(sentence, m.end(), q.start):
        return False
    owner = V.COUNTRY.search(m.group("owner"))
    on = V.COUNTRY.search(m.group("on"))
    if owner is None or on is None:
        return False
    a, b = V.country_code(owner), V.country_code(on)
    if a == b or "WLD" in (a, b):
        return False
    pair = ctx.default_pair
    claim.reporter, claim.partner = (b, a) if not pair or (a, b) != pair else pair
    claim.flow = "total"
    claim.whole = {"reporter": a, "partner": "WLD", "flow": "total"}
    return True


def _share_of_lead(
    claim: Claim, sentence: str, q: Quantity, flows: list[_FlowHit], ctx: _Context
) -> bool:
    """ "The share of North Korean goods in the two-way trade rose 9.3 percentage points to
    18.2 percent": the subject of the figure is the part, its whole the words after "in"."""
    lo = max(0, q.start - 150)
    m = max(V.SHARE_OF_LEAD.finditer(sentence, lo, q.start), key=lambda x: x.start(), default=None)
    if m is None or V.AHEAD_CLAUSE_BREAK.search(sentence, m.end(), q.start):
        return False
    hit = next((h for h in flows if m.start("part") <= h.pos < m.end("part")), None)
    if hit is None:
        return False
    claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(hit, ctx, ctx.default_pair)
    claim.whole = _whole(m.group("whole"), claim, ctx)
    return True


def _flow_share(
    claim: Claim, sentence: str, q: Quantity, flows: list[_FlowHit], ctx: _Context
) -> bool:
    """ "Exports' share of the total rose 12.4 percentage points to 65.2 percent": the flow named
    before "share" is the part, its whole the words after "of"."""
    lo = max(0, q.start - 150)
    m = max(V.FLOW_SHARE.finditer(sentence, lo, q.start), key=lambda x: x.start(), default=None)
    if m is None or V.AHEAD_CLAUSE_BREAK.search(sentence, m.end(), q.start):
        return False
    hit = next((h for h in flows if m.start("part") <= h.pos < m.end("part")), None)
    if hit is None or hit.flow not in ("export", "import"):
        return False
    if hit.pos + 40 > m.start("whole") and V.COUNTRY.search(m.group("whole")):
        # "Imports' share of China–N. Korea trade": the countries after "share of" name the
        # whole, not the partner of the flow before it
        hit = copy.copy(hit)
        hit.actor = hit.partner = None
    claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(hit, ctx, ctx.default_pair)
    claim.whole = _whole(m.group("whole"), claim, ctx)
    return True


def _whole(rest: str, claim: Claim, ctx: _Context, part_owner: str | None = None) -> dict[str, str]:
    """The denominator of a share: "of North Korea's imports", "of the total trade value of X",
    "of the trade with North Korea", "of China's total imports from the North"; "of what it
    bought", said of the part's owner (``part_owner``), is that owner's own flow."""
    flow_m = V.FLOW.search(rest)
    flow = "total"
    if flow_m:
        word = V.flow_of(flow_m)
        flow = word if word in ("export", "import", "total") else "total"
    countries = list(V.COUNTRY.finditer(rest))
    if (
        not countries
        and part_owner is not None
        and claim.reporter is not None
        and part_owner != claim.reporter
        and V.OWNER_PRONOUN_WHOLE.match(rest)
    ):
        # "What North Korea sold to China was about a fifth of what it bought": its purchases,
        # China's exports as China reports them
        flow = {"export": "import", "import": "export"}.get(flow, flow)
    # "of the total", "of bilateral trade", "of the two countries' trade": the pair's own total
    if not countries and claim.reporter is not None and claim.partner is not None:
        return {"reporter": claim.reporter, "partner": claim.partner, "flow": flow}
    # the countries of the whole: its owner ("China's imports"), then those joined to it by a
    # preposition ("... from the North", "trade with North Korea", "between China and the DPRK")
    named: list[str] = []
    for i, m in enumerate(countries):
        gap = rest[countries[i - 1].end() : m.start()] if i else rest[: m.start()]
        if i and (
            len(gap) > 40 or V.NEUTRAL_VERB.search(gap) or not V.WHOLE_PARTNER_BEFORE.search(gap)
        ):
            break  # "of North Korea's imports in 2020 were from China": the noun phrase ended
        named.append(V.country_code(m))
    owner: str | None = named[0] if named else None
    if countries and V.WHOLE_PARTNER_BEFORE.search(rest[: countries[0].start()]):
        owner = claim.reporter  # "of the trade with North Korea": the claim's reporter's trade
        if named and named[0] == claim.reporter and claim.partner not in (None, "WLD"):
            # "imports from the North made up 13 percent of total trade with China": the trade
            # with the part's reporter is its partner's, the pair's
            owner = claim.partner
    reporter = owner or claim.reporter or "WLD"
    partner = next((c for c in named if c != reporter), None)
    pair = ctx.default_pair
    epithet = re.search(r"\b(?:with|and|to|from)\s+", rest)
    if (
        partner is None
        and pair is not None
        and reporter in pair
        and epithet is not None
        and V.PARTNER_EPITHET.match(rest, epithet.end())
    ):
        # "of the North's trade with its neighbour": the other country of the pair
        partner = pair[1] if reporter == pair[0] else pair[0]
    if partner is None:
        partner = "WLD"
        if reporter == claim.reporter and reporter is not None:
            partner = claim.partner or "WLD"
            if re.search(r"\btotal\b|\boverall\b|\ball\b", rest[:40], re.I):
                partner = "WLD"
    if pair and (reporter, partner) == (pair[1], pair[0]):
        # "of North Korea's trade with China": the pair, seen from its reporter
        reporter, partner = pair
        flow = {"export": "import", "import": "export"}.get(flow, flow)
    return {"reporter": reporter, "partner": partner, "flow": flow}
