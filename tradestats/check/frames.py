"""Stage 3 of the checker, clause frames: which figure belongs to which verb, subject, period, base.

Between the mentions of a sentence (:mod:`.quantities`, :mod:`.dates`) and its claims
(:mod:`.claims`) sits one small structure, :class:`~.claims.Frame`, made by
:func:`.kinds.frame_for` for each figure: the figure, the direction word governing it, its
subject, its period (a period written beside a figure is its own), whether it is the base of
another figure ("from $X", "than $X"), its hedge and its source. :func:`~.claims.claim_from_frame`
turns the frame into the claim it states plainly, and the kind rules read what the phrasing makes
of it: "fell 12 percent" a change, "accounted for 59 percent of" a share, "from $X in July to $Y in
August" a level whose base is July, "…, respectively" lists paired in order. One module per
question:

- :mod:`.subjects`: whose trade a figure is (flow words, reporter and partner);
- :mod:`.bases`: which period a figure belongs to and which it is compared with;
- :mod:`.kinds`: the frame of one figure and its kind (level, change, balance, share, ratio,
  multiple), its direction and its whole;
- :mod:`.superlatives`: records and streaks;
- :mod:`.sentence`: the current sentence's mentions, found once;
- this module: a sentence read through them (:func:`sentence_claims`), lists "respectively",
  and :func:`sentence_frames`, which shows the frames of one sentence.

Linear in the length of the sentence.

Adding a phrasing
-----------------
The rules read named word classes only, and the classes are tables in :mod:`.vocabulary`
(direction verbs ``DOWN_WORDS``/``UP_WORDS``, level verbs ``NEUTRAL_WORDS``, the nouns that
give a percentage its sign ``DIRECTION_NOUNS``, share verbs ``SHARE_VERBS``, epithets before a
country ``COUNTRY_EPITHETS``, "the two neighbours" ``PAIR_NOUNS``, bases ``BASE_YOY``/
``BASE_MOM``, superlatives, streaks, referents). A new phrasing of a known kind is one entry
there. Shares read ``SHARE_VERBS``, ``SHARE_NOUN`` ("share", "proportion"), ``OWNED_SHARE`` /
``OWNED_SHARE_OTHER`` ("North Korea's share of the trade", "China's share of North Korea's
trade"), ``SHARE_OF_LEAD``, ``PART_AFTER_WHOLE``/``OF_WHICH`` (the part named after its whole),
``REMAINDER_BEFORE`` and ``WHOLE_PARTNER_BEFORE`` (the countries of the whole), ``ANAPHORIC_WHOLE``
("98 percent of it"), ``SHARE_APPOSITION`` ("the lion's share of the trade, or 87 percent"),
``PART_AFTER_LEAD`` ("Of the $2.3 billion traded, 87 percent were Chinese exports"),
``DEPENDENCE`` ("North Korea's dependence on China"), ``OF_WHICH_PART_BEFORE`` ("$1.59 billion, of
which commerce with China accounted for 96.7%"), ``OWNER_PRONOUN_WHOLE`` ("a fifth of what it bought":
the part owner's other flow), ``FROM_TO_PAIR`` ("… of the cargo that crossed the border went from
North Korea to China"); a clause with its verb left out repeats the ratio before it
(``GAPPED_BEFORE``: "…, and imports 27 percent"), and a change "to $X from $Y in
September" takes September as its base (``CHANGE_TO_LEVEL``). A country's trade with the world is
named by ``WORLD_TRADE_WORDS`` ("external", "foreign"), ``WORLD_TOTAL`` ("X's total trade") or
``OWNED_FIGURE_GAP`` ("Beijing's $5.9 trillion in overall goods trade"); balances by
the ``FLOW`` groups (an unsigned "trade gap"/"imbalance" is checked as a size),
``BALANCE_OF`` ("a deficit of $X in its trade with Y") and ``MORE_THAN_OTHER_FLOW`` ("imported $X
more than it exported"); a multiple of the other flow by ``TIMES_FLOW_AFTER``. Whose flow:
``FORMER_LATTER`` ("the former", "the latter": the last two flows named, kept in
``Context.named``), ``AGENT_NOUN`` ("China was the buyer of $X"), ``SPEND_VERB`` ("spent $X on
Chinese goods"), ``BOUND_GAP`` ("North Korea-bound exports"), ``IN_BALANCE_GAP`` ("with China in
deficit by $X"), ``OTHER_WAY`` ("$X … in return", "going the other way"), ``PLURAL_FIGURES``
("the figures had been $X and $Y": the two flows just stated); a sum ``MONEY_COMPARED`` ("$X lower
in 2024 than in 2023") is an absolute change.
Worked example: wire copy writes "exports skidded 8 percent"; "skidded" was not a
direction word, so the 8 percent had no sign. One line in ``DOWN_WORDS``::

    "skid(?:s|ded|ding)?",

and the frame of "8 percent" gets ``verb="skidded"``, ``direction="down"``; the claim is a change
of -8 percent. Add a test sentence of your own for it (``tests/test_check_frames.py``). Only a
phrasing that changes *which* figure, period or subject a number belongs to needs a rule, in
:mod:`.subjects`, :mod:`.bases` or :mod:`.kinds` by what it changes.
"""

from __future__ import annotations

import copy
import re

import pandas as pd

from ..periods import Span
from . import vocabulary as V
from .bases import _LEADS_CLAUSE, _base_levels, _is_base_mention
from .claims import Claim, Frame
from .context import Context as _Context
from .dates import PeriodMention
from .dates import find_periods as _find_periods
from .kinds import _claim_for
from .quantities import Quantity
from .sentence import (
    _BASE_FIGURE_SET,
    _FRAMES,
    _MENTIONS,
    _countries,
    _FlowHit,
    find_periods,
    find_quantities,
)
from .subjects import _flow_hits, _resolve_subject
from .superlatives import _streaks, _superlatives

__all__ = ["Frame", "sentence_claims", "sentence_frames"]


def sentence_claims(
    sentence: str,
    offset: int,
    index: int,
    ctx: _Context,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
    continued: bool = False,
) -> list[Claim]:
    """The claims of one sentence (``continued``: the rest of a sentence cut for length)."""
    _MENTIONS.clear()
    _FRAMES.clear()
    _BASE_FIGURE_SET.clear()
    _base_levels.cache_clear()
    countries = _countries(sentence)
    # "according to Chinese customs": a country naming a source is not the latest trade country
    source_matches = list(V.SOURCE.finditer(sentence))
    sources = [m.start() for m in source_matches]
    for _, end, code in countries:
        if code != "WLD":
            as_source = any(0 <= at - end <= 3 for at in sources)
            if as_source and code not in ctx.countries:
                ctx.source_only.add(code)
            elif not as_source:
                ctx.source_only.discard(code)
            if code in ctx.countries:
                if as_source:
                    continue
                ctx.countries.remove(code)
            ctx.countries.append(code)  # most recent last
    ctx.sentence_countries = [c for _, _, c in countries if c != "WLD"]
    ctx.bilateral_here = bool(V.BILATERAL.search(sentence))
    ctx.bilateral = ctx.bilateral or ctx.bilateral_here
    source = V.source_of(source_matches[0]) if source_matches else None
    if source:
        ctx.source = source
    periods = find_periods(sentence)
    # "Q: How much did China sell to North Korea in 2023? A: Just over two billion dollars": the
    # sentence after a question about trade answers it, in its series and period
    answers, ctx.asked = ctx.asked, False
    is_trade = bool(V.TRADE_WORD.search(sentence)) or (
        (
            continued
            or answers
            or _refers_back(sentence, periods)
            or _period_subject(sentence, periods)
            or (len(ctx.named) >= 2 and V.FORMER_LATTER.search(sentence) is not None)
        )
        and ctx.flow is not None
    )
    if is_trade and V.QUESTION_END.search(sentence):
        ctx.asked = True
    if not is_trade:
        _remember_period(periods, ctx, dateline)
        return []
    quantities = find_quantities(sentence)
    flows = _flow_hits(sentence, countries, ctx)
    ctx.named = [
        *ctx.named,
        *((h.flow, h.actor, h.partner) for h in flows if h.flow in ("export", "import")),
    ][-4:]
    first_actor = next((h for h in flows if h.actor), None)
    if first_actor is not None and not quantities:
        ctx.actor, ctx.partner = first_actor.actor, first_actor.partner or ctx.partner
    if flows and not quantities:
        # "North Korea's exports to China rose sharply in March." sets the series that "They
        # reached $20.55 million" in the next sentence continues
        ctx.flow = _resolve_subject(flows[0], ctx, default_pair)[2]
    zones = _superlative_zones(sentence, periods)
    history = min((a for a, _ in zones), default=len(sentence) + 1)
    # after "since ...", the sentence tells the history the superlative reaches back to
    periods_for_claims = [p for p in periods if p.start < history]
    claims: list[Claim] = []
    for q in quantities:
        if _is_non_claim(sentence, q):
            continue
        if _inside(q.start, zones):
            continue
        claim = _claim_for(
            sentence, q, claims, flows, periods_for_claims, ctx, dateline, default_pair
        )
        if claim is None:
            continue
        claim.sentence = index
        claims.append(claim)
    claims.extend(_each_of_the_figures(sentence, claims))
    _from_share_to_share(sentence, claims)
    if (
        V.RESPECTIVELY.search(sentence)
        or _listed_in_order(sentence, claims, flows)
        or _months_listed(sentence, claims, periods)
    ):
        _respectively(sentence, claims, flows, periods, ctx, dateline, default_pair)
    _the_figures_were(sentence, claims)
    _flows_by_their_balance(sentence, claims)
    claims.extend(_superlatives(sentence, periods, flows, ctx, dateline, default_pair, index))
    claims.extend(_streaks(sentence, flows, ctx, dateline, default_pair, index, claims))
    for c in claims:
        c.start += offset
        c.end += offset
    if claims:
        main = claims[-1] if claims[-1].kind not in ("superlative", "streak") else claims[0]
        ctx.period = next((c.period for c in claims if c.period is not None), ctx.period)
        ctx.flow = main.flow
        ctx.source = claims[0].source or ctx.source
        money = [c.currency for c in claims if c.currency]
        if money:
            ctx.currency = money[-1]
    else:
        _remember_period(periods, ctx, dateline)
    return sorted(claims, key=lambda c: c.start)


def _each_of_the_figures(sentence: str, claims: list[Claim]) -> list[Claim]:
    """ "… goods worth $438 million and took $47 million in return, each more than double the
    level of early 2022": a change or multiple said of "each" of the levels before it holds for
    every one of them; the claim read for the first is copied for the others."""
    extra: list[Claim] = []
    for i, c in enumerate(claims):
        if c.kind not in ("ratio", "change_pct") or c.period is None:
            continue
        prev_end = claims[i - 1].end if i else 0
        if not V.EACH_BEFORE.search(sentence, max(prev_end, c.start - 40), c.start):
            continue
        levels = [
            lv
            for lv in claims[:i]
            if lv.kind == "level" and lv.period == c.period and lv.flow in ("export", "import")
        ]
        if len(levels) < 2 or len({lv.flow for lv in levels}) != len(levels):
            continue
        for lv in levels:
            if (lv.flow, lv.reporter, lv.partner) == (c.flow, c.reporter, c.partner):
                continue
            twin = copy.copy(c)
            twin.notes = [*c.notes, "said of each figure"]
            twin.flow, twin.reporter, twin.partner = lv.flow, lv.reporter, lv.partner
            extra.append(twin)
    return extra


def sentence_frames(
    sentence: str,
    dateline: pd.Period | str | None = None,
    default_pair: tuple[str, str] | None = ("CHN", "PRK"),
) -> list[Frame]:
    """The clause frames of one sentence read on its own, with a fresh document model.

    For reading and testing the frame stage: one :class:`~.claims.Frame` per figure that is a
    claim (figures in forecasts, denials and superlative histories have none).
    """
    if isinstance(dateline, str):
        dateline = pd.Period(dateline[:7], freq="M")
    ctx = _Context(default_pair=default_pair)
    sentence_claims(sentence, 0, 0, ctx, dateline, default_pair)
    return list(_FRAMES)


def _the_figures_were(sentence: str, claims: list[Claim]) -> None:
    """ "China exported $3.2bn versus imports of $1.7bn; in 2016 the figures had been $2.8bn and
    $2.5bn": two figures given together as "the figures" are the two flows just stated, in order."""
    levels = [c for c in claims if c.kind == "level" and not c.base_of]
    for i in range(2, len(levels) - 1):
        first, second = levels[i], levels[i + 1]
        if not V.PLURAL_FIGURES.search(sentence, max(0, first.start - 40), first.start):
            continue
        if not V.COORDINATED.fullmatch(sentence, first.end, second.start):
            continue
        a, b = levels[i - 2], levels[i - 1]
        if (
            a.flow == b.flow
            or a.flow not in ("export", "import")
            or b.flow not in ("export", "import")
        ):
            continue
        for c, model in ((first, a), (second, b)):
            c.reporter, c.partner, c.flow = model.reporter, model.partner, model.flow


def _flows_by_their_balance(sentence: str, claims: list[Claim]) -> None:
    """ "the North's deficit with China was $186.8 million, with exports of $249.0 million against
    imports of $62.2 million": flows named with no owner after a balance whose side is stated are
    seen from the side that makes them meet it (the larger flow is the exports of the side in
    surplus), not read from the balance's owner when that contradicts the text's own balance."""
    for b in claims:
        if b.kind != "balance" or b.unsigned_gap or not b.value or b.base_of:
            continue
        pair = [
            c
            for c in claims
            if c.kind == "level"
            and not c.base_of
            and c.start > b.start
            and c.flow in ("export", "import")
            and (c.reporter, c.partner, c.period) == (b.reporter, b.partner, b.period)
            and c.value is not None
        ]
        if len(pair) != 2 or pair[0].flow == pair[1].flow:
            continue
        # (a flow whose owner is named next to it, "North Korean exports of $X", keeps its side)
        if any(V.COUNTRY.search(sentence, max(b.end, c.start - 30), c.start) for c in pair):
            continue
        x, m = (pair[0], pair[1]) if pair[0].flow == "export" else (pair[1], pair[0])
        assert x.value is not None and m.value is not None
        if (x.value - m.value) * b.value < 0:
            x.flow, m.flow = "import", "export"


def _listed_in_order(sentence: str, claims: list[Claim], flows: list[_FlowHit]) -> bool:
    """ "Chinese exports to and imports from North Korea were $2 billion and $291.89 million":
    two flows named together, then two figures joined by "and" (a "respectively" left unsaid)."""
    own = [c for c in claims if not c.base_of and c.kind == "level"]
    if len(own) != 2 or not V.COORDINATED.fullmatch(sentence, own[0].end, own[1].start):
        return False
    named = [h for h in flows if h.pos < own[0].start]
    if any(own[0].start <= h.pos < own[1].start for h in flows):
        return False
    kinds = [h.flow for h in named[-2:]]
    return len(kinds) == 2 and kinds[0] != kinds[1] and "balance" not in kinds


def _months_listed(sentence: str, claims: list[Claim], periods: list[PeriodMention]) -> bool:
    """ "Trade for June and July 2024 came in at $178.5 million and $144.8 million": two months
    named together before two figures joined by "and" (a "respectively" left unsaid)."""
    own = [c for c in claims if not c.base_of and c.kind == "level"]
    if len(own) != 2 or not V.COORDINATED.fullmatch(sentence, own[0].end, own[1].start):
        return False
    before = [p for p in periods if p.end <= own[0].start]
    if len(before) != 1:
        return False
    names = list(V.MONTH_NAMES.finditer(sentence, before[0].start, before[0].end))
    return len(names) == 2 and bool(
        V.LIST_JOIN.fullmatch(sentence, names[0].end(), names[1].start())
    )


def _from_share_to_share(sentence: str, claims: list[Claim]) -> None:
    """ "China's share ... climbed from 57 percent in 2008 to 98 percent in 2023": the first
    percentage is the same share in the earlier period, not a change."""
    for a, b in zip(claims, claims[1:]):
        if (
            a.kind == "change_pct"
            and b.kind in ("share", "ratio")
            and b.unit == "percent"
            and a.quantity is not None
            and V.FROM_BEFORE.search(sentence, max(0, a.start - 30), a.start)
            and V.TO_NEXT.fullmatch(sentence, a.end, b.start)
        ):
            a.kind, a.unit, a.whole = b.kind, "percent", b.whole
            a.reporter, a.partner, a.flow = b.reporter, b.partner, b.flow
            a.direction, a.base, a.value = None, None, a.quantity.value
            a.base_of = True
            a.notes.append("the base of a change")


def _respectively(
    sentence: str,
    claims: list[Claim],
    flows: list[_FlowHit],
    periods: list[PeriodMention],
    ctx: _Context,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
) -> None:
    """ "exports and imports came to $X and $Y, respectively", "in 2021 and 2022 ... $X and $Y,
    respectively": the n subjects or periods named before the figures go to them in order."""
    own = [c for c in claims if not c.base_of and not c.converted]
    # "exports were $X in January and $Y in February, while imports were $A and $B respectively":
    # the list that "respectively" closes is the clause's own, after the last clause break
    resp = V.RESPECTIVELY.search(sentence)
    cut, stop = -1, len(sentence)
    if resp is not None:
        for b in V.PERIOD_CLAUSE_BREAK.finditer(sentence, 0, resp.start()):
            cut = b.start()
        # "…, while imports were $A and $B": a clause after the list is not in it
        after = V.PERIOD_CLAUSE_BREAK.search(sentence, resp.end())
        stop = after.start() if after is not None else stop
    for kind in dict.fromkeys(c.kind for c in own):
        group = [c for c in own if c.kind == kind]
        flows_from = -1
        later = [c for c in group if cut < c.start < stop]
        parallel = [c for c in group if c.start > stop]
        if len(later) >= 2 and len(later) < len(group):
            group, flows_from = later, max(cut, -1)
        n = len(group)
        if n < 2:
            continue
        head = group[0].start
        hits: list[_FlowHit] = []
        for h in flows:
            if h.pos < flows_from:
                continue
            if h.pos >= head:
                break
            both = V.BOTH_FLOWS.match(sentence, h.pos)
            if h.flow == "total" and both:
                for word in (both.group("a"), both.group("b")):
                    flow = "export" if word.lower().startswith("export") else "import"
                    hits.append(_FlowHit(flow, None, h.actor, h.partner, h.pos))
            else:
                hits.append(h)
        if len(hits) == n:
            for c, h in zip(group, hits):
                c.reporter, c.partner, c.flow, _ = _resolve_subject(h, ctx, default_pair)
        spans = [
            sp
            for p in periods
            if p.start < head and not _is_base_mention(sentence, p)
            for sp in [p.resolve(dateline, ctx.period)]
            if sp is not None
        ]
        if len(spans) < n:
            years = re.findall(r"\b((?:19|20)\d\d)\b", sentence[:head])
            if len(years) != n and resp is not None and group[-1].end < resp.start():
                # "$3.63 billion and $3.52 billion in 2013 and 2014 respectively"
                years = re.findall(r"\b((?:19|20)\d\d)\b", sentence[group[-1].end : resp.start()])
            if len(years) == n:
                spans = [Span.year(int(y)) for y in years]
        if len(spans) < n:
            # "in January and February, ... $X and $Y, respectively": one month each
            names = list(V.MONTH_NAMES.finditer(sentence, 0, head))
            if len(names) != n:  # "$X and $Y in April and May, respectively"
                names = list(V.MONTH_NAMES.finditer(sentence))
            listed = all(
                V.LIST_JOIN.fullmatch(sentence, a.end(), b.start())
                for a, b in zip(names, names[1:])
            )
            months = [
                p.resolve(dateline, ctx.period)
                for m in names
                for p in _find_periods(f"in {m.group(0)}")[:1]
            ]
            covering = next(
                (
                    p
                    for p in periods
                    if names and p.start <= names[0].start() and names[-1].end() <= p.end
                ),
                None,
            )
            whole = covering.resolve(dateline, ctx.period) if covering is not None else None
            if whole is not None:
                # "June and July 2024": each month in the year the list is written with
                months = [
                    next((Span(m, m) for m in whole.months if m.month == sp.start.month), sp)
                    if sp is not None
                    else None
                    for sp in months
                ]
            if listed and len(months) == n and all(months):
                spans = [sp for sp in months if sp is not None]
        if (
            len(spans) == n
            and len(parallel) == n
            and group[0].start > cut
            and not any(p.start > stop for p in periods)
        ):
            # "…, while imports were $2.93 billion and $2.87 billion": the same list again
            group = group + parallel
            spans = spans + spans
        if len(spans) == len(group):
            for c, sp in zip(group, spans):
                if c.base is not None and c.period is not None:
                    if c.base == c.period.year_earlier():
                        c.base = sp.year_earlier()
                    elif c.period.is_month and c.base == c.period.previous():
                        c.base = sp.previous()
                c.period = sp


def _period_subject(sentence: str, periods: list[PeriodMention]) -> bool:
    """ "October was the lowest on record": a period as the subject continues the last series."""
    if not periods:
        return False
    p = periods[0]
    return bool(
        V.PERIOD_SUBJECT_LEAD.fullmatch(sentence, 0, p.start)
        and V.PERIOD_SUBJECT_VERB.match(sentence, p.end)
    )


_YEAR_BEFORE_LEAD = re.compile(
    r"\W*(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|the\s+year\s+(?:before|earlier)|"
    # "In yuan, the November total was …": the terms the figure is given in
    r"in\s+(?:yuan|renminbi|rmb|(?:u\.?s\.?\s+)?dollars?)(?:\s+terms)?)\s*,\s*",
    re.I,
)


def _refers_back(sentence: str, periods: list[PeriodMention]) -> bool:
    """The sentence continues the last one's series: "They reached $X", and after a period that
    opens it, "In the same two months of 2019, they were $X"."""
    if V.REFERENCE.match(sentence) or V.FRAGMENT_LEVEL.match(sentence):
        return True  # "They reached $X"; "It fell 5%. To $2.18bn.": the verb before goes on
    lead = _YEAR_BEFORE_LEAD.match(sentence)  # "A year earlier, they stood at $X"
    if lead is not None and V.REFERENCE.match(sentence[lead.end() :]):
        return True
    p = periods[0] if periods else None
    if p is None or not _LEADS_CLAUSE.fullmatch(sentence, 0, p.start):
        return False
    for q in periods[1:]:  # "Two years ago, in twenty twenty-one, the figure was …"
        if not re.fullmatch(r"\s*,\s*(?:in\s+|during\s+)?", sentence[p.end : q.start]):
            break
        p = q
    # "In the same two months of 2019, they were $X", "Over those three months they amounted to"
    rest = re.match(r"\s*,?", sentence[p.end :])
    return rest is not None and bool(V.REFERENCE.match(sentence[p.end + rest.end() :]))


def _superlative_zones(sentence: str, periods: list[PeriodMention]) -> list[tuple[int, int]]:
    """Where a "highest since ..." phrase names its starting point: figures and periods there
    are the base of the superlative, not claims of their own."""
    zones = []
    for m in V.SUPERLATIVE.finditer(sentence):
        if m.group("since") is None:
            continue
        a = m.start("since")
        following = [p for p in periods if p.start >= a and p.start - a < 90]
        zones.append((a, following[0].end if following else m.end()))
    return zones


def _inside(pos: int, zones: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in zones)


def _remember_period(
    periods: list[PeriodMention], ctx: _Context, dateline: pd.Period | None
) -> None:
    for p in periods:
        if not p.same:
            span = p.resolve(dateline, ctx.period)
            if span is not None:
                ctx.period = span
                return


def _is_non_claim(sentence: str, q: Quantity) -> bool:
    before = sentence[max(0, q.start - 45) : q.start]
    if V.REFUTED_BEFORE.search(before):
        return True
    verb = V.NON_CLAIM_VERB_BEFORE.search(before)
    if verb is not None and (verb.group("route") is None or q.unit == "percent"):
        return True  # "the UN banned 90 percent of its exports", "the bridge carries 70 percent"
    if (
        V.THRESHOLD_AFTER.match(sentence, q.end)
        and V.THRESHOLD_BEFORE.search(before)
        and not V.THRESHOLD_CROSSED.search(before)
    ):
        return True  # "either side of the $190 million mark": a line, not a figure of a period
    economy = V.NON_TRADE_SUBJECT_BEFORE.search(sentence, max(0, q.start - 45), q.start)
    # a flow word before it in its own clause only ("exports rose 7 percent, while rice prices
    # rose 30 percent": the prices are not the exports')
    breaks = (
        list(V.CLAUSE_SPLIT.finditer(sentence, max(0, q.start - 120), economy.start()))
        if economy
        else []
    )
    if economy is not None and not V.FLOW.search(
        sentence, breaks[-1].end() if breaks else max(0, q.start - 120), economy.start()
    ):
        # "North Korea's economy grew 3.1 percent": growth of output, not of trade (but "exports
        # to the world's largest economy fell 13 percent" are trade)
        return True
    rate = V.CURRENCY_SUBJECT.match(sentence)
    if rate is not None and not V.FLOW.search(sentence, rate.end(), q.start):
        return True  # "The yuan stood at 1,150 won, triple …" (no trade named)
    # the figure's clause, back to a clause break ("Analysts expect trade between China and
    # North Korea to top $2.5 billion": the forecast verb stands far from the figure)
    clause = V.CLAUSE_SPLIT.split(sentence[max(0, q.start - 120) : q.start])[-1]
    return bool(V.NON_CLAIM.search(clause) or V.NON_CLAIM_AFTER.match(sentence, q.end))
