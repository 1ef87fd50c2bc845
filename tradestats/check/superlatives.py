"""Superlatives and streaks: "the highest since October", "for the fourth month in a row"."""

from __future__ import annotations

import re
from decimal import Decimal

import pandas as pd

from ..periods import Span
from . import vocabulary as V
from .bases import _period_for
from .claims import Claim
from .context import Context as _Context
from .dates import PeriodMention, month_number
from .kinds import _direction_before, _source_near
from .sentence import _FlowHit, find_periods, number_word
from .subjects import _flow_for, _resolve_subject

__all__: list[str] = []

#: Between a run and the period it ends in: "for a fifth straight month in October".
_RUN_PERIOD = re.compile(r"\s*,?\s*(?:(?:in|through|to|until|as\s+of)\s+)?", re.I)


def _superlatives(
    sentence: str,
    periods: list[PeriodMention],
    flows: list[_FlowHit],
    ctx: _Context,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
    index: int,
) -> list[Claim]:
    out = []
    for m in V.SUPERLATIVE.finditer(sentence):
        g = m.groupdict()
        start = m.start()
        hit = _flow_for(sentence, start, start, flows)
        reporter, partner, flow, _ = _resolve_subject(hit, ctx, default_pair)
        base_periods: list[PeriodMention] = []
        if g["since"] is not None:
            base_periods = [
                p
                for p in periods
                if p.start >= m.start("since") and p.start - m.start("since") < 90
            ]
        own = [p for p in periods if p.start < start or (g["since"] is None and p.start >= m.end())]
        period, notes = _period_for(
            sentence,
            start,
            own,
            ctx,
            dateline,
            q_end=m.end(),
        )
        base = None
        end = m.end()
        event = V.event_after(sentence, m.end("since")) if g["since"] and not base_periods else None
        if event is not None:  # "since the border closure": dated in verify, from the events table
            end = event[1]
        if base_periods:
            end = max(end, base_periods[0].end)
            base = base_periods[0].resolve(dateline, period)
            month = month_number(base_periods[0].text.strip(" ."))
            if month is not None and base_periods[0].relative and period is not None:
                # "exports in September 2020 the lowest since February": the last February
                # before the claimed month, not the dateline's
                y = period.end.year if month < period.end.month else period.end.year - 1
                at = pd.Period(year=y, month=month, freq="M")
                base = Span(at, at)
            if base is not None and not base.is_month and period is not None and period.is_month:
                base = Span(base.start, base.start)  # "since 2019" for a month: since January 2019
        elif g["years"] is not None and period is not None:
            n = number_word(g["years"]) or (int(g["years"]) if g["years"].isdecimal() else None)
            if n:
                base = period.shift(years=-int(n))
        elif g["span5"] is not None and period is not None:
            # "in four years": since the same period four years back; "in nearly two decades"
            # reaches back a little less than it says (18 years), never further
            n = number_word(g["years5"]) if g["years5"] else 1
            if n:
                n *= 10 if g["span5"].lower().startswith("decade") else 1
                if g["about5"]:
                    n = max(1, n - (2 if g["span5"].lower().startswith("decade") else 1))
                # a window, not "since" a month that stood as high: for a month, the months
                # after the calendar year n years back (a little less than n years, never more)
                back = period.shift(years=-int(n))
                base = Span.year(back.start.year) if period.is_month else back
        elif g["first_n"] is not None and period is not None:
            # "the first fall in three years": the first since the period three years back
            n = number_word(g["first_n"]) or (
                int(g["first_n"]) if g["first_n"].isdecimal() else None
            )
            if n and g["first_unit"].lower() == "months":
                base = period.shift(months=-int(n)) if period.is_month else None
            elif n:
                base = period.shift(years=-int(n))
        elif g["word6"] is not None and period is not None and period.is_month:
            base = Span.year(period.start.year - 1)  # "this year": the months since January
        word = (
            g["word"]
            or g["word2"]
            or g["word3"]
            or g["word4"]
            or g["word5"]
            or g["word6"]
            or g["first_word"]
            or ""
        ).lower()
        if g["bare_first"] is not None:
            # "the 2014 dip in exports was the first since 2009": the change named before it
            noun = V.FIRST_SINCE_NOUN_BEFORE.search(sentence, max(0, start - 120), start)
            if noun is None:
                continue
            down = noun.group("noun").lower() in ("dip", "slump", "slide") or (
                noun.group("noun").lower() in V.SUPERLATIVE_DOWN
            )
            word = "decline" if down else "increase"
        if word == "time":  # "shrank in 2024 for the first time since 2021": the verb's direction
            verb = _direction_before(sentence[max(0, start - 80) : start])
            if verb is None:
                continue
            word = "decline" if verb == "down" else "increase"
        # "the first decline since 2009" says 2009 held the last decline before this one: a
        # fact about the run of changes, not about the level (verify checks the changes)
        first_since = (
            g["word4"] is not None or g["first_word"] is not None or g["bare_first"] is not None
        )
        claim = _superlative(sentence, start, end, word, (reporter, partner, flow), period, ctx)
        claim.base, claim.sentence, claim.notes, claim.first_since = base, index, notes, first_since
        out.append(claim)
    taken = [(c.start, c.end) for c in out]
    for m in V.RECORD_PLAIN.finditer(sentence):  # "the lowest on record": over the whole series
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        hit = _flow_for(sentence, m.start(), m.start(), flows)
        reporter, partner, flow, _ = _resolve_subject(hit, ctx, default_pair)
        period, notes = _period_for(sentence, m.start(), periods, ctx, dateline, q_end=m.end())
        word = (m.group("word") or m.group("bare")).lower()
        claim = _superlative(
            sentence, m.start(), m.end(), word, (reporter, partner, flow), period, ctx
        )
        claim.sentence, claim.notes = index, notes
        out.append(claim)
    return out


def _superlative(
    sentence: str,
    start: int,
    end: int,
    word: str,
    subject: tuple[str | None, str | None, str | None],
    period: Span | None,
    ctx: _Context,
) -> Claim:
    """A record claim over ``sentence[start:end]``: "highest"/"lowest" (``word``) of a series."""
    reporter, partner, flow = subject
    return Claim(
        start=start,
        end=end,
        surface=sentence[start:end],
        kind="superlative",
        quantity=None,
        value=None,
        unit=None,
        reporter=reporter,
        partner=partner,
        flow=flow,
        period=period,
        source=_source_near(sentence, start) or ctx.source,
        direction="down" if word in V.SUPERLATIVE_DOWN else "up",
    )


def _streaks(
    sentence: str,
    flows: list[_FlowHit],
    ctx: _Context,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
    index: int,
    claims: list[Claim],
) -> list[Claim]:
    out = []
    nth = list(V.STREAK_NTH.finditer(sentence)) if "for " in sentence else []
    for m in [*V.STREAK.finditer(sentence), *nth]:
        g = m.groupdict()
        word = g.get("n") or g.get("ord") or g.get("ord3") or g.get("ord4") or ""
        n = number_word(word) or (int(word) if word.isdecimal() else None)
        if n is None and (g.get("ord") or g.get("ord3") or g.get("ord4")):
            n = V.ORDINALS.get(word.lower())
        if n is None:
            continue
        if (
            g.get("ord4")
            and _direction_before(sentence[max(0, m.start() - 40) : m.start()]) is None
        ):
            continue  # "for a second month" is a run only after a verb that moves
        hit = _flow_for(sentence, m.start(), m.end(), flows)
        reporter, partner, flow, _ = _resolve_subject(hit, ctx, default_pair)
        latest = [c.period for c in claims if c.period is not None and not c.base_of]
        # "rose for a fifth straight month in October": the period written after the run is its own
        written = next(
            (
                p
                for p in find_periods(sentence)
                if p.start >= m.end() and _RUN_PERIOD.fullmatch(sentence, m.end(), p.start)
            ),
            None,
        )
        own = written.resolve(dateline, ctx.period) if written is not None else None
        if own is not None:
            period, notes = own, []
        elif latest:
            period, notes = max(latest, key=lambda p: p.end), []  # the sentence's own period
        else:
            period, notes = _period_for(
                sentence, m.start(), find_periods(sentence), ctx, dateline, q_end=m.end()
            )
        unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or g.get("unit4") or "").lower()
        unit = {"monthly": "month", "annual": "year", "yearly": "year", "quarterly": "quarter"}.get(
            unit, unit
        )
        # a run that ended before the sentence's period: the one the sentence's change ended
        # ("ending four consecutive months of gains") or the one it follows ("rose in July after
        # three straight months of declines"); the run then ends one step before that period
        ended = V.STREAK_ENDED.search(sentence, 0, m.start()) is not None
        after = not ended and V.STREAK_AFTER_BEFORE.search(sentence, 0, m.start()) is not None
        if after:
            notes = [*notes, "a run before the period"]
        if period is not None and unit == "month":
            # checked on the month it ends in; reported as the n months of the run (run.py)
            last = period.end - 1 if ended or after else period.end
            period = Span(last, last)
        elif period is not None and after:
            period = period.shift(months=-{"quarter": 3}.get(unit, 12))
        made_of = V.STREAK_OF.match(sentence, m.end())
        # the verb before the run governs it ("rose for a second month, before falling back");
        # a verb after it only when none comes before ("for a third month, exports fell")
        direction = _direction_before(sentence[: m.start()]) or _direction_before(sentence)
        end = m.end()
        if g.get("ord3"):  # "the ninth consecutive monthly increase": the noun's direction
            direction = "up" if g.get("up3") else "down"
        elif made_of is not None:  # "… months of steady gains": the run's own direction
            direction = "up" if made_of.group("up") else "down"
            end = made_of.end()
        elif ended and direction is not None:
            direction = "down" if direction == "up" else "up"  # the change that ended the run
        out.append(
            Claim(
                start=m.start(),
                end=end,
                surface=sentence[m.start() : end],
                kind="streak",
                quantity=None,
                value=Decimal(n),
                unit=unit,
                reporter=reporter,
                partner=partner,
                flow=flow,
                period=period,
                source=ctx.source,
                sentence=index,
                notes=notes,
                direction=direction,
            )
        )
    return out
