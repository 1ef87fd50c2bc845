"""Whose trade a figure is: the flow words of a sentence and the reporter and partner of each.

Possessives ("China's exports"), prepositions ("exports to X", "trade between X and Y"),
epithets ("its impoverished neighbour"), the world ("global", "external"), an agency named as
the source, and the document model's pair when the sentence names none.
"""

from __future__ import annotations

import re

from . import vocabulary as V
from .context import Context as _Context
from .sentence import _FlowHit

__all__: list[str] = []


# -- subjects --------------------------------------------------------------------------------
#: A copula between a flow word and a country's goods: the goods are the complement, not its
#: object ("a quarter of the trade was North Korean goods").
_COPULA = re.compile(r"\b(?:was|were|is|are)\b", re.I)


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
        both = V.BOTH_FLOWS.fullmatch(m.group(0)) if flow == "total" else None
        if both is not None and V.EACH_AFTER.match(sentence, m.end()):
            # "exports and imports each accounted for half": said of each flow, the first named
            flow = "export" if both.group("a").lower().startswith("export") else "import"
        earlier = next((h.actor for h in reversed(hits) if h.actor), None)
        actor, partner = _actor_partner(sentence, m, countries, ctx, earlier)
        if actor is None and partner is not None:
            # "while Russia reported barely $34 million of trade with the North": the country
            # that records the trade is its reporter
            actor = _reporting_subject(sentence, m.start(), countries, partner)
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
        if actor is not None and partner is None and flow == "total":
            partner_of = _parallel_partner(sentence, m.start(), countries, hits, actor)
            if partner_of is not None:
                # "China-Russia trade up 26.3%; North Korea trade more than doubles": a list of one
                # reporter's partners, the country before the bare "trade" its partner
                actor, partner = partner_of, actor
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
        country = next(
            (
                c
                for c in countries
                # "North Korean goods", "the North's own goods"
                if 0 <= g.start() - c[1] <= 2 or _OWN_GAP.fullmatch(sentence, c[1], g.start())
            ),
            None,
        )
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
        elif any(
            (g.start() - len(lead) <= h.pos < g.start() or h.pos <= g.start() < h.pos + 40)
            # ("a quarter of 2014's trade was North Korean goods": a copula between, no object)
            and not _COPULA.search(sentence, h.pos, g.start())
            for h in hits
        ):
            continue  # a flow word in the goods' clause governs them ("imports of Chinese goods")
        if country[2] == "WLD":
            continue
        hits.append(_FlowHit("export", None, country[2], None, g.start()))
    # "The former reached $2.0bn": the first of the last two flows named, "the latter" the second
    named = [*ctx.named, *((h.flow, h.actor, h.partner) for h in hits)]
    for m in V.FORMER_LATTER.finditer(sentence):
        earlier = [n for n in named if n[0] in ("export", "import")]
        pair = [n for i, n in enumerate(earlier) if n[0] not in (e[0] for e in earlier[i + 1 :])]
        if len(pair) >= 2:
            flow, actor, partner = pair[-2] if m.group("w").lower() == "former" else pair[-1]
            hits.append(_FlowHit(flow, None, actor, partner, m.start()))
    hits.sort(key=lambda h: h.pos)
    for h in hits:
        if h.partner == _UNKNOWN:
            h.partner, h.unknown_partner = None, True
    for h in hits:
        if h.actor is None and h.partner is None:
            named: list[str] = []
            for c in reversed([c[2] for c in countries if c[1] <= h.pos and c[2] != "WLD"]):
                if c not in named:
                    named.insert(0, c)
                if len(named) == 2:
                    h.recent_pair = (named[0], named[1])
                    break
    owners = {h.actor for h in hits}
    partners_only = frozenset(h.partner for h in hits if h.partner and h.partner not in owners)
    for h in hits:
        h.agency, h.partners_only = agency, partners_only
    return hits


_OWN_GAP = re.compile(r"\s+own\s+", re.I)
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


def _parallel_partner(
    sentence: str,
    start: int,
    countries: list[tuple[int, int, str]],
    hits: list[_FlowHit],
    actor: str,
) -> str | None:
    """The reporter of a pair named in an earlier clause of the sentence when this flow word's
    country is a bare modifier ("DPRK trade", not "the DPRK's trade") after a clause break."""
    lead = next((h for h in reversed(hits) if h.actor and h.partner), None)
    if lead is None or lead.partner == "WLD" or actor in (lead.actor, lead.partner):
        return None
    owner = next((c for c in reversed(countries) if c[1] <= start), None)
    if owner is None or sentence[owner[1] : start].strip() or owner[2] != actor:
        return None
    if re.search(r"['’]s$", sentence[owner[0] : owner[1]]):
        return None  # "North Korea's trade": the country's own
    if not re.search(r"[;,]", sentence[lead.pos : owner[0]]):
        return None
    return lead.actor


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
    owned_figure = None
    if not before or not V.POSSESSIVE_GAP.fullmatch(sentence, before[-1][1], start):
        # "Beijing's $5.9 trillion in overall goods trade": the owner before the figure
        near = [c for c in countries if c[1] <= start and start - c[1] <= 60]
        owned_figure = V.OWNED_FIGURE_GAP.fullmatch(sentence, near[-1][1], start) if near else None
        if owned_figure is not None and near[-1][2] != "WLD" and owned_figure.group("total"):
            actor, world = near[-1][2], True
    if before and before[-1][2] == "WLD" and not sentence[before[-1][1] : start].strip():
        # "Beijing's global exports", "worldwide sales": the world is the partner; the owner is
        # the country before the adjective
        at = before[-1][0]
        before = [c for c in countries if c[1] <= at and start - c[1] <= 40]
        world = True
    if before:
        gap_text = sentence[before[-1][1] : start]
        if m.group("deficit") is not None or m.group("surplus") is not None:
            in_balance = V.IN_BALANCE_GAP.fullmatch(gap_text)
        else:
            in_balance = None
        if in_balance is not None:
            actor = before[-1][2]  # "with China in deficit by $0.98 million": China's deficit
        elif V.BOUND_GAP.fullmatch(gap_text):
            # "North Korea-bound exports", "China-bound cargo": the country goods go to
            partner = before[-1][2]
        elif (
            V.POSSESSIVE_GAP.fullmatch(gap_text)
            and not V.NOT_POSSESSIVE.search(gap_text)
            # "China's trade with North Korea Surplus (…)": the partner of the flow before it,
            # not the owner of this one (unless it says so: "… with North Korea's surplus")
            and not (
                V.PARTNER_PREPOSITION_BEFORE.search(
                    sentence, max(0, before[-1][0] - 40), before[-1][0]
                )
                and not re.search(r"['’]", gap_text)
            )
        ):
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
    if actor is None and V.AGENT_NOUN.fullmatch(m.group(0)):
        # "China was the buyer of $X ... and the seller of $Y": the subject of the clause owns it
        subject = next(
            (c for c in reversed(countries) if V.AGENT_NOUN_GAP.fullmatch(sentence, c[1], start)),
            None,
        )
        if subject is not None:
            actor = subject[2]
        elif re.search(r"\band\s+(?:the|a|an)\s+$", sentence[max(0, start - 12) : start]):
            actor = earlier
    if actor is None and V.SPEND_VERB.fullmatch(m.group(0)):
        # "Pyongyang earned $X from sales to China, and spent $Y on Chinese goods": the spender
        # is the subject the sentence opens with
        opening = next(
            (c for c in countries if V.SENTENCE_SUBJECT_LEAD.fullmatch(sentence, 0, c[0])), None
        )
        if opening is not None and not re.match(r"['’]", sentence[opening[1] : opening[1] + 1]):
            actor = opening[2]

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
    if actor is None:
        # "Measured from the North Korean side, exports to its neighbour …": the side's own flow
        for c in countries:
            if c[1] > start or c[2] == "WLD":
                break
            lead = V.PERSPECTIVE_BEFORE.search(sentence, max(0, c[0] - 40), c[0])
            if lead is not None and (lead.group("of") or V.PERSPECTIVE_AFTER.match(sentence, c[1])):
                actor = c[2]
                break
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
            (
                c
                for c in countries
                if c[0] == owner.end()
                and c[2] != "WLD"
                # "the surplus on China's side": "on" names the owner only before its side
                and (owner.group("on") is None or V.BALANCE_SIDE.match(sentence, c[1]))
            ),
            None,
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


def _reporting_subject(
    sentence: str, start: int, countries: list[tuple[int, int, str]], partner: str
) -> str | None:
    """The country that is the subject of a verb of recording before a flow word ("Russia,
    despite …, reported barely $34 million of trade with"), if it is not the partner."""
    before = [c for c in countries if c[1] <= start and start - c[1] <= 130 and c[2] != "WLD"]
    if not before or before[-1][2] == partner:
        return None
    if not V.REPORTING_SUBJECT_GAP.fullmatch(sentence, before[-1][1], start):
        return None
    return before[-1][2]


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
    if (
        actor is None
        and partner is not None
        and hit.agency not in (None, partner)
        # "Chinese exports to North Korea fell … while imports from the North grew …, a South
        # Korean ministry said": the series of the sentence goes on, the agency only reports it
        and not (ctx.actor not in (None, "WLD", partner) and ctx.actor in ctx.sentence_countries)
    ):
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
        if ctx.actor and not (ctx.bilateral_here and ctx.partner == "WLD" and default_pair):
            # (not "bilateral trade" after "the North's external trade": two countries' trade
            # is no country's trade with the world)
            actor, partner = ctx.actor, ctx.partner
        elif hit.agency is not None and not ctx.sentence_countries and not ctx.bilateral:
            # "The trade deficit narrowed to $X, the Commerce Department said": the agency's
            # country, with the world unless a later step names the partner
            actor = hit.agency
        elif hit.recent_pair is not None:
            # the last two countries named before it in the sentence ("visits between Moscow and
            # Pyongyang, China remained the North's main partner: two-way trade …" is China's and
            # the North's)
            actor, partner = hit.recent_pair
        elif len(known) >= 2:
            actor, partner = known[0], known[1]
        elif default_pair and known == [default_pair[0]] and known[0] in ctx.source_only:
            # "April trade was $24 million, Chinese customs data show": the one country named
            # is the source's, the reporter of the data checked; the trade is the data's pair
            actor, partner = default_pair
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
    if forward is not None and "(" not in sentence[q_end : forward.pos]:
        # (not "Total: $2.18bn (exports $1.83bn; …)": a bracket after the figure opens its parts)
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
