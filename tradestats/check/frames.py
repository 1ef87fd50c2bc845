"""Stage 3 of the checker, clause frames: which figure belongs to which verb, subject, period, base.

Between the mentions of a sentence (:mod:`.quantities`, :mod:`.dates`) and its claims
(:mod:`.claims`) sits one small structure, :class:`~.claims.Frame`, made by :func:`frame_for` for
each figure: the figure, the direction word governing it, its subject (from the flow word nearest
it and the document model :class:`.context.Context`), its period (a period written beside a
figure is its own), whether it is the base of another figure ("from $X", "than $X"), its hedge
and its source. :func:`~.claims.claim_from_frame` turns the frame into the claim it states
plainly, and the kind rules below read what the phrasing makes of it: "fell 12 percent" a change,
"accounted for 59 percent of" a share, "from $X in July to $Y in August" a level whose base is
July, "…, respectively" lists paired in order. :func:`sentence_frames` shows the frames of one
sentence. Linear in the length of the sentence.

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
``DEPENDENCE`` ("North Korea's dependence on China"). A country's trade with the world is named by
``WORLD_TRADE_WORDS`` ("external", "foreign") or ``WORLD_TOTAL`` ("X's total trade"); balances by
the ``FLOW`` groups (an unsigned "trade gap"/"imbalance" is checked as a size),
``BALANCE_OF`` ("a deficit of $X in its trade with Y") and ``MORE_THAN_OTHER_FLOW`` ("imported $X
more than it exported"); a multiple of the other flow by ``TIMES_FLOW_AFTER``.
Worked example: wire copy writes "exports skidded 8 percent"; "skidded" was not a
direction word, so the 8 percent had no sign. One line in ``DOWN_WORDS``::

    "skid(?:s|ded|ding)?",

and the frame of "8 percent" gets ``verb="skidded"``, ``direction="down"``; the claim is a change
of -8 percent. Add a test sentence of your own for it (``tests/test_check_frames.py``). Only a
phrasing that changes *which* figure, period or subject a number belongs to needs a rule here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

import pandas as pd

from ..periods import Span
from ..words import number_word as _number_word
from . import vocabulary as V
from .claims import OTHER_FLOW_NOTE, Claim, Frame, claim_from_frame
from .context import Context as _Context
from .dates import PeriodMention
from .dates import find_periods as _find_periods
from .quantities import Quantity
from .quantities import find_quantities as _find_quantities

__all__ = ["Frame", "frame_for", "sentence_claims", "sentence_frames"]


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
    return [(m.start(), m.end(), V.country_code(m)) for m in V.COUNTRY.finditer(sentence)]


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
            if code in ctx.countries:
                if any(0 <= at - end <= 3 for at in sources):
                    continue
                ctx.countries.remove(code)
            ctx.countries.append(code)  # most recent last
    ctx.sentence_countries = [c for _, _, c in countries if c != "WLD"]
    ctx.bilateral = ctx.bilateral or bool(V.BILATERAL.search(sentence))
    source = V.source_of(source_matches[0]) if source_matches else None
    if source:
        ctx.source = source
    periods = find_periods(sentence)
    is_trade = bool(V.TRADE_WORD.search(sentence)) or (
        (continued or _refers_back(sentence, periods) or _period_subject(sentence, periods))
        and ctx.flow is not None
    )
    if not is_trade:
        _remember_period(periods, ctx, dateline)
        return []
    quantities = find_quantities(sentence)
    flows = _flow_hits(sentence, countries, ctx)
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
    _from_share_to_share(sentence, claims)
    if V.RESPECTIVELY.search(sentence) or _listed_in_order(sentence, claims, flows):
        _respectively(sentence, claims, flows, periods, ctx, dateline, default_pair)
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
    for kind in dict.fromkeys(c.kind for c in own):
        group = [c for c in own if c.kind == kind]
        n = len(group)
        if n < 2:
            continue
        head = group[0].start
        hits: list[_FlowHit] = []
        for h in flows:
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
            if listed and len(months) == n and all(months):
                spans = [sp for sp in months if sp is not None]
        if len(spans) == n:
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


_YEAR_BEFORE_LEAD = re.compile(r"\W*(?:a|one)\s+year\s+(?:earlier|before|ago)\s*,\s*", re.I)


def _refers_back(sentence: str, periods: list[PeriodMention]) -> bool:
    """The sentence continues the last one's series: "They reached $X", and after a period that
    opens it, "In the same two months of 2019, they were $X"."""
    if V.REFERENCE.match(sentence):
        return True
    lead = _YEAR_BEFORE_LEAD.match(sentence)  # "A year earlier, they stood at $X"
    if lead is not None and V.REFERENCE.match(sentence[lead.end() :]):
        return True
    p = periods[0] if periods else None
    if p is None or not _LEADS_CLAUSE.fullmatch(sentence, 0, p.start):
        return False
    rest = re.match(r"\s*,", sentence[p.end :])
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
    # the figure's clause, back to a clause break ("Analysts expect trade between China and
    # North Korea to top $2.5 billion": the forecast verb stands far from the figure)
    clause = V.CLAUSE_SPLIT.split(sentence[max(0, q.start - 120) : q.start])[-1]
    return bool(V.NON_CLAIM.search(clause) or V.NON_CLAIM_AFTER.match(sentence, q.end))


# -- subjects --------------------------------------------------------------------------------
def _flow_hits(
    sentence: str, countries: list[tuple[int, int, str]], ctx: _Context
) -> list[_FlowHit]:
    hits: list[_FlowHit] = []
    agency = _agency_reporter(sentence, countries)
    for m in V.FLOW.finditer(sentence):
        word = V.flow_of(m)
        gap = None
        if word in ("deficit", "surplus", "gap"):
            flow, gap = "balance", ("deficit" if word == "gap" else word)
        elif word == "shipment":
            flow = "export"  # goods shipped are exports of the country they leave
        else:
            flow = word
        earlier = next((h.actor for h in reversed(hits) if h.actor), None)
        actor, partner = _actor_partner(sentence, m, countries, ctx, earlier)
        lead = next((h for h in reversed(hits) if h.actor), None)
        if (
            actor is None
            and partner is None
            and lead is not None
            and m.group(0).lower().endswith("ing")
            and _PARTICIPLE_LEAD.search(sentence, max(0, m.start() - 12), m.start())
        ):
            # "North Korea ran a surplus with China, selling $X ... while buying $Y": a
            # participle's subject is the clause's, the owner of the flow before it
            actor, partner = lead.actor, lead.partner
        if flow == "balance" and actor is not None and partner is None:
            # "trade between the neighbours left a gap of $X in North Korea's favour": the
            # balance of the pair whose trade the sentence named before it
            pair = next((h for h in reversed(hits) if actor in (h.actor, h.partner)), None)
            if pair is not None and None not in (pair.actor, pair.partner):
                partner = pair.partner if pair.actor == actor else pair.actor
        hits.append(_FlowHit(flow, gap, actor, partner, m.start(), unsigned=word == "gap"))
    # "North Korean goods accounted for 12.7 percent": a country's goods, with no flow word
    # before them in the clause ("imports of Chinese goods" are imports), are its exports
    for g in V.GOODS_WORD.finditer(sentence) if countries else ():
        country = next((c for c in countries if 0 <= g.start() - c[1] <= 2), None)
        # the clause before the goods, where a flow word would make them its object
        lead = re.split(r"[;:.]|,\s", sentence[max(0, g.start() - 60) : g.start()])[-1]
        if country is None:
            # "goods from North Korea", "products coming from the DPRK": the exports of the
            # country they come from, unless a flow word governs them ("imports of goods from")
            came = re.match(r"\s+(?:that\s+came\s+|coming\s+)?from\s+", sentence[g.end() :])
            at = g.end() + came.end() if came else None
            country = next((c for c in countries if at is not None and at <= c[0] <= at + 4), None)
            if country is None or any(g.start() - len(lead) <= h.pos < g.start() for h in hits):
                continue
        elif any(0 <= country[0] - h.pos < 60 or h.pos <= g.start() < h.pos + 40 for h in hits):
            continue
        if country[2] == "WLD":
            continue
        hits.append(_FlowHit("export", None, country[2], None, g.start()))
    hits.sort(key=lambda h: h.pos)
    for h in hits:
        if h.partner == _UNKNOWN:
            h.partner, h.unknown_partner = None, True
    owners = {h.actor for h in hits}
    partners_only = frozenset(h.partner for h in hits if h.partner and h.partner not in owners)
    for h in hits:
        h.agency, h.partners_only = agency, partners_only
    return hits


_PARTICIPLE_LEAD = re.compile(r"(?:,|\b(?:while|whilst|and|by|after))\s+$", re.I)


def _agency_reporter(sentence: str, countries: list[tuple[int, int, str]]) -> str | None:
    """The country whose own trade figures the source of the sentence publishes: "the Commerce
    Department said" (USA), "Japan's Finance Ministry", "South Korean customs". The first source
    named is the sentence's, unless another is cited for it ("the ministry said, citing Chinese
    customs data"); a source that re-quotes or estimates others' trade (KOTRA, KITA, the ITC,
    bare "customs") implies no reporter."""
    found = [(m.start(), V.country_code(m)) for m in V.AGENCY.finditer(sentence)]
    found += [
        (start, code)
        for start, end, code in countries
        if code != "WLD" and V.COUNTRY_AGENCY_AFTER.match(sentence, end)
    ]
    found += [(m.start(), None) for m in V.SOURCE.finditer(sentence)]
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1] is None))
    cited = [f for f in found if V.CITED_BEFORE.search(sentence, max(0, f[0] - 40), f[0])]
    return (cited or found)[0][1]


_PAIR_OTHER = "the other of the pair"
_UNKNOWN = "a partner not named as a country"  # left unknown, never filled from the context


def _actor_partner(
    sentence: str,
    m: re.Match[str],
    countries: list[tuple[int, int, str]],
    ctx: _Context,
    earlier: str | None = None,
) -> tuple[str | None, str | None]:
    start, end = m.start(), m.end()
    actor = partner = None
    world = False
    # A possessive or adjective just before the flow word: "China's exports", "North Korea-China
    # trade", "Chinese outbound shipments", "the US deficit", "its imports".
    before = [c for c in countries if c[1] <= start and start - c[1] <= 25]
    if before and before[-1][2] == "WLD" and not sentence[before[-1][1] : start].strip():
        # "Beijing's global exports", "worldwide sales": the world is the partner; the owner is
        # the country before the adjective
        at = before[-1][0]
        before = [c for c in countries if c[1] <= at and start - c[1] <= 40]
        world = True
    if before:
        gap_text = sentence[before[-1][1] : start]
        if V.POSSESSIVE_GAP.fullmatch(gap_text) and not V.NOT_POSSESSIVE.search(gap_text):
            actor = before[-1][2]
            # "North Korea's external trade", "China's total trade": with the world, unless a
            # partner is named after the flow word
            world = bool(
                V.WORLD_TRADE_BEFORE.search(gap_text) or V.WORLD_TOTAL.fullmatch(m.group(0))
            )
            pair = [c for c in before if c[0] >= before[-1][0] - 25]
            joined = sentence[pair[-2][1] : pair[-1][0]] if len(pair) >= 2 else ""
            if len(pair) >= 2 and (
                V.PAIR_JOIN.fullmatch(joined)
                # "China and North Korea traded $3.27 million": the pair, as the subject of trade
                or (m.group("total") is not None and V.PAIR_AND.fullmatch(joined))
            ):
                # "North Korea-China trade", "China to DPRK exports": first the one that reports
                actor, partner = pair[-2][2], pair[-1][2]
    if actor is None and V.ITS_BEFORE.search(sentence[max(0, start - 20) : start]):
        actor = earlier or ctx.actor

    owned = _owner_before(sentence, start, countries)
    if owned is not None and owned[1] is not None:
        actor, partner = owned[0], owned[1]  # "inter-Korean trade", "China's global surplus"
    if actor is None and V.FLOW_VERB.fullmatch(m.group(0)):
        # "North Korea's top trading partner, China, sold ...", "China, its main partner,
        # bought ...": the country in apposition to the verb's subject
        apposed = _apposed_subject(sentence, start, countries)
        if apposed is not None:
            actor = apposed
    its = V.ITS_BEFORE.search(sentence, max(0, start - 20), start)
    if actor == "WLD" and owned is None and its is not None:
        actor, partner = earlier or ctx.actor, "WLD"  # "its global exports"
    inside = [c for c in countries if start <= c[0] < end and c[2] != "WLD"]
    favour = re.search(r"favou?r", m.group(0), re.I)
    if inside and (m.group("gap") is not None or actor is None or favour):
        # "the gap between what the United States sells ...", "the gap in China's favour"
        actor = inside[0][2]
    if m.group("gap") is not None and re.search(r"\babroad\b", m.group(0), re.I):
        partner = "WLD"
    # Prepositional phrases after the flow word: "exports to X", "imports from X", "trade with X",
    # "outbound shipments from X to Y" (from = origin of exports), "between the two countries".
    after = sentence[end : end + 90]
    clause_end = V.FLOW_CLAUSE_END.search(after)
    window = after[: clause_end.start()] if clause_end else after
    flow = "export" if m.groupdict().get("shipment") is not None else "total"
    for name in ("export", "import"):
        if m.groupdict().get(name) is not None:
            flow = name
    cursor = 0  # a prepositional phrase must follow the flow word (or the previous phrase) closely
    for pm in V.FLOW_PREPOSITION.finditer(window):
        verb = V.FLOW_VERB.fullmatch(m.group(0))
        if not verb and (pm.start() - cursor > 12 or re.search(r"\d", window[cursor : pm.start()])):
            break
        at, lo = end + pm.end(), end + pm.start("prep")
        hit = next((c for c in countries if lo < c[0] <= at + 2), None)
        prep = pm.group("prep").lower()
        if hit is not None and prep == "between":
            nxt = next((c for c in countries if c[0] > hit[1]), None)
            if nxt is not None and V.PAIR_AND.fullmatch(sentence, hit[1], nxt[0]):
                # "trade between North Korea and China": the pair, seen from its first country
                actor, partner = hit[2], nxt[2]
                cursor = nxt[1] - end
                continue
            other = V.PAIR_AND.match(sentence, hit[1])
            epithet = V.PARTNER_EPITHET.match(sentence, other.end()) if other else None
            if epithet is not None:
                # "trade between China and its isolated neighbour": the pair, from the first
                actor, partner = hit[2], _PAIR_OTHER
                cursor = epithet.end() - end
                continue
        if hit is not None and prep == "in":
            nxt = next((c for c in countries if c[0] > hit[1]), None)
            if nxt is not None and V.PAIR_DASH.fullmatch(sentence[hit[1] : nxt[0]]):
                # "imports in China–DPRK trade": the pair, seen from its first country
                actor, partner = hit[2], nxt[2]
                cursor = nxt[1] - end
                continue
        if hit is not None and prep == "in" and V.OWNER_AFTER.search(sentence, hit[0], hit[1] + 3):
            # "imports in China's trade with North Korea": the trade's owner reports them
            actor = hit[2]
            cursor = hit[1] - end
            continue
        if hit is None:
            epithet = V.PARTNER_EPITHET.match(window, pm.end())
            if epithet is None and V.ENDS_WITH_EPITHET.search(pm.group(0)):
                epithet = V.EPITHET_NOUN.match(window, pm.end())  # "to the isolated country"
            if epithet is not None and prep in ("to", "into", "from", "with") and partner is None:
                # "exports to its neighbour": the other country of the pair
                partner = _PAIR_OTHER
                cursor = epithet.end()
                continue
            goods = V.GOODS_AFTER_OF.match(window, pm.end()) if prep == "of" else None
            if goods is not None:  # "imports of commodities from China": look past the goods
                cursor = goods.end()
                continue
            two = V.PAIR_PHRASE.match(sentence, at) if prep == "between" else None
            if two is not None:  # "trade between the two Koreas"
                actor, partner = V.pair_of(two)
                cursor = two.end() - end
                continue
            if prep == "between" and V.THE_PAIR.match(sentence, at):
                pair = [c for c in ctx.countries if c != "WLD"][:2]
                if len(pair) == 2:
                    actor, partner = pair
                elif ctx.default_pair:
                    actor, partner = ctx.default_pair
            continue
        cursor = hit[1] - end
        # "exports from X" and "exports of X('s goods)" name the exporter; "imports to X" the importer
        origin = (flow == "export" and prep in ("from", "of")) or (
            flow == "import" and prep in ("to", "into")
        )
        if prep == "by":  # "purchases of North Korean goods by China": the buyer
            actor = hit[2]
            if partner == actor:
                partner = None
        elif origin and actor is None:
            actor = hit[2]
        elif not origin and partner is None and hit[2] != actor:
            partner = hit[2]
    if world and partner is None:
        partner = "WLD"
    if partner == _PAIR_OTHER:
        pair = ctx.default_pair or ()
        # "Mongolia's exports to its southern neighbour": not the pair, a partner left unknown
        other = [c for c in pair if c != actor] if actor in pair else []
        partner = other[0] if other else (None if actor is None else _UNKNOWN)
    excluded = next(
        (
            c
            for c in countries
            if end <= c[0] <= end + len(window) and V.EXCLUDING_BEFORE.search(sentence, end, c[0])
        ),
        None,
    )
    if excluded is not None and partner in (None, excluded[2]):
        # "trade with countries other than China": the rest of the world, not China
        partner = _UNKNOWN
    if (
        partner is None
        and actor not in (None, "WLD")
        and _with_the_world(sentence, end, owned, its)
        and _agency_reporter(sentence, countries) in (None, actor)
    ):
        # "North Korea's total external trade", "China's exports worldwide", "its foreign
        # trade" with no partner named: the country's trade with the world (unless another
        # country's agency is the source: "North Korea's total exports ..., Chinese customs
        # said" are exports to China)
        partner = "WLD"
    if actor is None and (m.group("surplus") or m.group("deficit")):
        owner = V.BALANCE_FOR_AFTER.match(sentence, end)
        named = owner and next(
            (c for c in countries if c[0] == owner.end() and c[2] != "WLD"), None
        )
        if named:
            actor = named[2]  # "a deficit of $66.43 million for Pyongyang": that country's
    if m.group("gap") is not None and actor is None:
        later = [c for c in countries if c[0] >= end and c[0] - end < 40 and c[2] != "WLD"]
        if later:
            actor = later[0][2]
        if re.search(r"\babroad\b", sentence[end : end + 80], re.I):
            partner = "WLD"
    return actor, partner


def _apposed_subject(
    sentence: str, start: int, countries: list[tuple[int, int, str]]
) -> str | None:
    """The country set off by commas just before a verb ("…, China, sold"), or the one whose
    apposition ends there ("China, its main partner, bought")."""
    before = [c for c in countries if c[1] <= start and c[2] != "WLD"]
    for c in reversed(before[-2:]):  # the apposition may name a country itself
        gap = sentence[c[1] : start]
        if V.APPOSED_VERB_GAP.fullmatch(gap) and (
            gap.count(",") == 2 or sentence[: c[0]].rstrip().endswith(",")
        ):
            return c[2]
    return None


def _with_the_world(
    sentence: str, end: int, owned: tuple[str, str | None, int] | None, its: re.Match[str] | None
) -> bool:
    """Whether words around a flow word owned by a country (or "its") make it the country's trade
    with the world: "North Korea's total trade", "its foreign trade", "China's exports worldwide"
    ("total", "overall" only after a country's own name)."""
    if V.WORLD_AFTER.match(sentence, end):
        return owned is not None or its is not None
    if owned is not None:
        return bool(V.WORLD_OWNED_WORDS.search(sentence, owned[2], end))
    return its is not None and bool(V.WORLD_STRONG_WORDS.search(sentence, its.start(), end))


def _owner_before(
    sentence: str, start: int, countries: list[tuple[int, int, str]]
) -> tuple[str, str | None, int] | None:
    """(actor, partner or None, end of the owner's name) of the owner named just before a flow
    word by a possessive or adjective: "inter-Korean trade" (the pair), "China's global trade
    surplus", "Chinese worldwide exports" (the country with the world), "North Korea's total
    trade" (the country; whether with the world is read after its prepositions)."""
    for pm in V.PAIR_PHRASE.finditer(sentence, max(0, start - 30), start):
        if _possessive_gap(sentence[pm.end() : start]):
            return (*V.pair_of(pm), pm.end())
    before = [c for c in countries if c[1] <= start and start - c[1] <= 25]
    if not before or not _possessive_gap(sentence[before[-1][1] : start]):
        return None
    if before[-1][2] != "WLD":
        return before[-1][2], None, before[-1][1]
    owner = [c for c in countries if c[1] <= before[-1][0] and c[2] != "WLD"]
    gap = sentence[owner[-1][1] : before[-1][0]] if owner else ""
    if owner and len(gap) <= 25 and _possessive_gap(gap):
        return owner[-1][2], "WLD", owner[-1][1]
    return None


def _possessive_gap(text: str) -> bool:
    return bool(V.POSSESSIVE_GAP.fullmatch(text)) and not V.NOT_POSSESSIVE.search(text)


def _resolve_subject(
    hit: _FlowHit | None, ctx: _Context, default_pair: tuple[str, str] | None
) -> tuple[str | None, str | None, str | None, str | None]:
    """(reporter, partner, flow, gap) from the reporter's side."""
    if hit is None:
        if ctx.flow is None:
            return None, None, None, None
        return ctx.reporter, ctx.reporter_partner, ctx.flow, None
    actor, partner = hit.actor, hit.partner
    if hit.unknown_partner:
        # the owner (as written, or the last subject's) with a partner the text leaves unnamed
        actor = actor or ctx.actor
        ctx.actor, ctx.partner = actor, None
        ctx.reporter, ctx.reporter_partner = actor, None
        return actor, None, hit.flow, hit.gap
    known = [c for c in ctx.countries if c != "WLD"]
    if actor is None and partner is not None and hit.agency not in (None, partner):
        # "The deficit with China narrowed, the Commerce Department said": the agency's country
        actor = hit.agency
    if actor is None and partner is not None:
        others = [c for c in ctx.sentence_countries if c != partner]
        if (
            ctx.actor not in (None, "WLD", partner)
            and ctx.actor not in others
            and partner not in (default_pair or ())
        ):
            # "China's exports to North Korea rose. Shipments to ASEAN fell.": the series goes on
            # (a partner of the pair is read from the pair below)
            others.append(ctx.actor)
        others += [c for c in reversed(known) if c != partner and c not in others]
        if others:
            actor = others[0]
        elif default_pair and partner == default_pair[1]:
            actor = default_pair[0]
        elif default_pair and partner == default_pair[0] and hit.flow in ("export", "import"):
            # "imports from China" with no other country named: the other side of the pair (a
            # deficit "with China" is said of many countries, so balances are left open)
            actor = default_pair[1]
    if partner is None and actor is not None:
        if ctx.actor == actor and ctx.partner:
            partner = ctx.partner
        elif ctx.partner == actor and ctx.actor:
            partner = ctx.actor
        elif set(known) <= set(default_pair or ()) and len(known) == 2:
            partner = next(c for c in known if c != actor)
        elif default_pair and actor in default_pair and ctx.bilateral and len(known) == 1:
            # "Chinese exports, which accounted for 87 percent of bilateral trade": the pair
            partner = next(c for c in default_pair if c != actor)
        else:
            partner = "WLD"
    if actor is None and partner is None:
        if ctx.actor:
            actor, partner = ctx.actor, ctx.partner
        elif hit.agency is not None and not ctx.sentence_countries and not ctx.bilateral:
            # "The trade deficit narrowed to $X, the Commerce Department said": the agency's
            # country, with the world unless a later step names the partner
            actor = hit.agency
        elif len(known) >= 2:
            actor, partner = known[0], known[1]
        elif (
            len(known) == 1
            and not (default_pair and ctx.bilateral and known[0] in default_pair)
            and known[0] not in hit.partners_only
            and known[0] != ctx.partner
        ):
            # one country named: its trade with the world, unless it was named only as a
            # partner, in this sentence ("the goods deficit ... results in a total deficit with
            # China") or as the last subject's ("Imports from Vietnam fell. Exports rose.")
            actor, partner = known[0], "WLD"
        elif default_pair and ctx.bilateral:
            # "between the two countries", "bilateral trade" with no country named: the pair of
            # the data being checked. With no hint of a pair the subject stays unknown.
            actor, partner = default_pair
    if actor is not None and partner is None:
        partner = "WLD"
    ctx.actor, ctx.partner = actor, partner
    flow, gap = hit.flow, hit.gap
    if default_pair and {actor, partner} == set(default_pair) and actor == default_pair[1]:
        actor, partner = default_pair
        flow = {"export": "import", "import": "export"}.get(flow, flow)
        gap = {"surplus": "deficit", "deficit": "surplus"}.get(gap or "", gap)
    elif actor in V.NON_REPORTERS and partner not in (None, "WLD", *V.NON_REPORTERS):
        # "North Korea's exports to Russia", "DPRK-ROK trade": a country that publishes no
        # trade statistics is seen from its partner, the one that reports
        actor, partner = partner, actor
        flow = {"export": "import", "import": "export"}.get(flow, flow)
        gap = {"surplus": "deficit", "deficit": "surplus"}.get(gap or "", gap)
    ctx.reporter, ctx.reporter_partner = actor, partner
    return actor, partner, flow, gap


def _flow_for(sentence: str, q_start: int, q_end: int, flows: list[_FlowHit]) -> _FlowHit | None:
    lead = V.LEADING_OF.match(sentence)
    if lead is not None and lead.start("rest") <= q_start < lead.end("rest"):
        # "Of the $2.3 billion the two countries traded, Chinese exports accounted for 87
        # percent": the figure is the whole; its flow is named inside the phrase, or it is the
        # pair's trade
        inside = [h for h in flows if lead.start("rest") <= h.pos < lead.end("rest")]
        hit = (
            min(inside, key=lambda h: abs(h.pos - q_start))
            if inside
            else _FlowHit("total", None, None, None, lead.start("rest"))
        )
        owner = V.OWNER_BEFORE_FIGURE.search(sentence, lead.start("rest"), q_start)
        if owner is not None and hit.actor is None:
            # "Of North Korea's $2.77 billion in trade": the owner's trade (with the world,
            # unless a partner is named in the phrase)
            country = V.COUNTRY.match(owner.group("country"))
            if country is not None and V.country_code(country) != "WLD":
                actor = V.country_code(country)
                return _FlowHit(hit.flow, hit.gap, actor, hit.partner or "WLD", hit.pos)
        return hit
    owner = next((h for h in reversed(flows) if h.pos < q_start), None)
    if (
        owner is not None
        and owner.flow == "balance"
        and V.BALANCE_OF.fullmatch(sentence, owner.pos, q_start)
    ):
        # "a deficit of $1.71 billion in its trade with China": the balance word owns the figure
        return owner
    after = sentence[q_end:]
    lead = V.FORWARD_FLOW.match(after)
    at = q_end + (lead.end() if lead else 0)
    forward = next((h for h in flows if q_end <= h.pos <= at + 1), None)
    if forward is not None:
        return forward
    # "Chinese exports, which made up 87 percent of bilateral trade, rose 124 percent": the
    # subject is outside the relative clause that closed before the figure
    closed = [m for m in V.RELATIVE_CLAUSE.finditer(sentence, 0, q_start) if m.end() <= q_start]
    before = [
        h for h in flows if h.pos < q_start and not any(m.start() < h.pos < m.end() for m in closed)
    ]
    if before:
        return before[-1]
    ahead = [h for h in flows if h.pos >= q_end and h.pos - q_end <= 80]
    if ahead and V.AHEAD_CLAUSE_BREAK.search(sentence, q_end, ahead[0].pos):
        return None  # the flow word ahead is another clause's subject
    return ahead[0] if ahead else None


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
        if re.search(r"\b(?:levels?|figures?|totals?)\b", p.text, re.I) or re.match(
            r"\s*(?:levels?|figures?|totals?|marks?)\b", sentence[p.end :], re.I
        ):
            continue  # "three times the 2021 level", "38.7 percent of the 2019 level": the base
        if (
            p.start >= q_end
            and V.ATTACHED_AFTER.fullmatch(sentence, q_end, p.start)
            and not (p.same and _is_base_mention(sentence, p) and not _own_same_period(sentence, p))
        ):
            return p
        if p.end <= q_start and V.POSSESSIVE_BEFORE.fullmatch(sentence, p.end, q_start):
            return p
    return None


def _own_same_period(sentence: str, p: PeriodMention) -> bool:
    """ "$38.09 million in the same two months of 2019": the figure's own period."""
    return bool(re.search(r"\b(?:in|for|during)\s+$", sentence[max(0, p.start - 10) : p.start]))


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
        if (
            V.BASE_LEVEL_BEFORE.search(sentence[max(0, q.start - 60) : q.start])
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
    if re.search(r"\bfrom\s+$", before, re.I) and re.search(
        r"\s(?:to|through|until)\s|[-–—]", p.text
    ):
        return False  # "from January to March": a span, not a base
    if V.FRACTION_OF_BEFORE.search(before) or V.BASE_ON_BEFORE.search(before):
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
    candidates = [p for p in periods if not _is_base_mention(sentence, p) and p.start not in taken]
    if not candidates:
        return ctx.period, []

    def distance(p: PeriodMention) -> int:
        d = q_start - p.end if p.end <= q_start else p.start - q_start
        clause_break = V.PERIOD_CLAUSE_BREAK.search(
            sentence, min(p.end, q_start), max(p.start, q_start)
        )
        return d + (200 if clause_break else 0)

    best = min(candidates, key=distance)
    span = best.resolve(dateline, current if best.same and current is not None else ctx.period)
    if span is None:
        return None, [f"period '{best.text}' is relative and no dateline resolves it"]
    return span, []


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
            p.same and "year" in p.text.lower() and not re.search(r"\d{4}", p.text)
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
    if hedge is None and V.HEDGE_VERB_BEFORE.search(sentence, max(0, q.start - 25), q.start):
        hedge = "more than"  # "trade exceeded $100 million"
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
        ) and (prev is not None and prev.kind == "share" and V.APPOSITION_PP.search(before[-40:])):
            # "made up 18.2 percent of bilateral trade, up 9.3 percentage points": that share moved
            claim.reporter, claim.partner, claim.flow = prev.reporter, prev.partner, prev.flow
            claim.whole = prev.whole
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


def _source_near(sentence: str, pos: int) -> str | None:
    key = ("s", sentence)
    if key not in _MENTIONS:
        _MENTIONS[key] = [(m.start(), V.source_of(m)) for m in V.SOURCE.finditer(sentence)]
    hits = [(abs(at - pos), name) for at, name in _MENTIONS[key]]
    return min(hits)[1] if hits else None


def _change_direction(before: str, after: str) -> str | None:
    sign = V.SIGN_BEFORE.search(before)
    if sign:  # "(-8% y/y)", "+14.2%"
        return "up" if sign.group(1) == "+" else "down"
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
    claim.currency = (
        q.currency
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
    if claim.flow in ("export", "import") and V.EXCEEDED_OTHER_FLOW.search(
        sentence, max(0, q.start - 150), q.start
    ):
        # "China's exports exceeded its imports from North Korea by $X": the figure is the gap;
        # the flow named last is the smaller one
        claim.gap = "surplus" if claim.flow == "import" else "deficit"
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
        for c in reversed(previous):
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
                if c.direction is None and c.kind != "change_pct":
                    c.direction = _direction_before(before) or _direction_before(
                        sentence[: q.start]
                    )
                break
        return
    # "from $X in July to $Y in August": the second figure moves from the first
    if prev is not None and getattr(prev, "base_of", False) and V.TO_BEFORE.search(before):
        claim.base = prev.period
        _BASE_FIGURE_SET[id(claim)] = claim
        claim.direction = _direction_before(sentence[: prev.start])
        if claim.flow == "balance":
            claim.kind, claim.gap = "balance", gap
            claim.value = _signed_balance(q.value, gap)
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
        t = (terms_m.group("t") or terms_m.group("t2")).lower()
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
        and share_before
        and prev is not None
        and prev.kind in ("level", "balance")
        and not prev.base_of
        and prev.reporter is not None
        and V.ANAPHORIC_WHOLE.match(of.group("rest"))
    ):
        # "trade came to $2.77 billion, with China accounting for 98.3 percent of it"
        _share_of_previous(claim, sentence, q, prev, flows, ctx)
        return
    to_level = V.TO_AT_BEFORE.search(before[-20:])
    if of and (share_before or to_level or not _direction_before(before[-25:])):
        rest = of.group("rest").split(",")[0]
        flow_m = V.FLOW.search(rest)
        whole_m = V.SHARE_WHOLE.match(rest)
        # a year inside the whole ("of the 2019 total") makes a ratio to that year; one after a
        # whole named in words ("of everything China traded in 2022") is the share's own period
        head = rest[: flow_m.start()] if flow_m else rest
        if flow_m is None and whole_m is not None:
            head = rest[: whole_m.end()] + V.OWN_YEAR.sub("", rest[whole_m.end() :])
        ratio_words = V.RATIO_WORDS.search(head)
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
            whole = None
            if part_m is not None and subject is not None:
                # "trade hit $2.3 billion, 87 percent of which was Chinese exports": the subject
                # before the figure is the whole
                wr, wp, wf, _ = _resolve_subject(subject, ctx, ctx.default_pair)
                if wr is not None and wp is not None:
                    whole = {"reporter": wr, "partner": wp, "flow": wf or "total"}
            if part_m is not None:
                # "87 percent of the two-way trade consisted of Chinese exports": the part last
                at = q.end + of.start("rest") + part_m.end()
                subject = next((h for h in flows if at <= h.pos < at + 30), None)
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
            claim.whole = whole or _whole(rest, claim, ctx)
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
            rest_end = q.end + of.end("rest")
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
        claim.base = _base_for(sentence, q, claim.period, periods, ctx, dateline, default=False)
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
            and V.COORDINATED.fullmatch(before)
        ):
            claim.direction = prev.direction  # "fell 6.8% and 37.8%"
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
    country = next(
        (
            V.country_code(m)
            for m in V.COUNTRY.finditer(sentence, prev.end, q.start)
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
    claim.reporter, claim.partner, claim.flow, _ = _resolve_subject(hit, ctx, ctx.default_pair)
    claim.whole = _whole(m.group("whole"), claim, ctx)
    return True


def _whole(rest: str, claim: Claim, ctx: _Context) -> dict[str, str]:
    """The denominator of a share: "of North Korea's imports", "of the total trade value of X",
    "of the trade with North Korea", "of China's total imports from the North"."""
    flow_m = V.FLOW.search(rest)
    flow = "total"
    if flow_m:
        word = V.flow_of(flow_m)
        flow = word if word in ("export", "import", "total") else "total"
    countries = list(V.COUNTRY.finditer(rest))
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
        elif g["word6"] is not None and period is not None and period.is_month:
            base = Span.year(period.start.year - 1)  # "this year": the months since January
        word = (
            g["word"] or g["word2"] or g["word3"] or g["word4"] or g["word5"] or g["word6"] or ""
        ).lower()
        if word == "time":  # "shrank in 2024 for the first time since 2021": the verb's direction
            verb = _direction_before(sentence[max(0, start - 80) : start])
            if verb is None:
                continue
            word = "decline" if verb == "down" else "increase"
        # "the first decline since 2009" says 2009 held the last decline before this one: a
        # fact about the run of changes, not about the level (verify checks the changes)
        first_since = g["word4"] is not None
        out.append(
            Claim(
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
                base=base,
                source=_source_near(sentence, start) or ctx.source,
                direction="down" if word in V.SUPERLATIVE_DOWN else "up",
                sentence=index,
                notes=notes,
                first_since=first_since,
            )
        )
    taken = [(c.start, c.end) for c in out]
    for m in V.RECORD_PLAIN.finditer(sentence):  # "the lowest on record": over the whole series
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        hit = _flow_for(sentence, m.start(), m.start(), flows)
        reporter, partner, flow, _ = _resolve_subject(hit, ctx, default_pair)
        period, notes = _period_for(sentence, m.start(), periods, ctx, dateline, q_end=m.end())
        word = (m.group("word") or m.group("bare")).lower()
        out.append(
            Claim(
                start=m.start(),
                end=m.end(),
                surface=m.group(0),
                kind="superlative",
                quantity=None,
                value=None,
                unit=None,
                reporter=reporter,
                partner=partner,
                flow=flow,
                period=period,
                source=_source_near(sentence, m.start()) or ctx.source,
                direction="down" if word in V.SUPERLATIVE_DOWN else "up",
                sentence=index,
                notes=notes,
            )
        )
    return out


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
    for m in V.STREAK.finditer(sentence):
        word = m.group("n") or m.group("ord") or m.group("ord3")
        n = number_word(word) or (int(word) if word.isdecimal() else None)
        if n is None and (m.group("ord") or m.group("ord3")):
            n = V.ORDINALS.get(word.lower())
        if n is None:
            continue
        hit = _flow_for(sentence, m.start(), m.end(), flows)
        reporter, partner, flow, _ = _resolve_subject(hit, ctx, default_pair)
        latest = [c.period for c in claims if c.period is not None and not c.base_of]
        if latest:
            period, notes = max(latest, key=lambda p: p.end), []  # the sentence's own period
        else:
            period, notes = _period_for(
                sentence, m.start(), find_periods(sentence), ctx, dateline, q_end=m.end()
            )
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
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
        direction = _direction_before(sentence) or None
        end = m.end()
        if m.group("ord3"):  # "the ninth consecutive monthly increase": the noun's direction
            direction = "up" if m.group("up3") else "down"
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
