"""Verdicts: recompute each claim from the data with the precision its text implies.

semantics.md §1.6, generalised from statcheck: a claim is *correct* when some value that rounds
to what was written agrees with the data (strict tier, primary reading); *approx* when it holds
only on the loose tier, under truncation or within a hedge band; *wrong* when no admissible
reading holds (gross: wrong direction, ×1000, a part above its whole); *ambiguous* when readings
the text licenses disagree, or the source uses another definition; *unverifiable* when the data
hold no matching series or period. Alternative readings explain an error; they never make a
claim correct.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pandas as pd

from ..formatting import format_pct, format_usd
from ..periods import Span
from ..rounding import Interval, change_interval
from . import vocabulary as V
from .claims import Claim
from .evidence import Datum, Evidence, after, same_url
from .intervals import claim_interval

__all__ = ["Result", "verify_claim"]

_OTHER_DEFINITION_SOURCES = {"KOTRA", "KITA", "ITC"}
_FLOWS = ("export", "import", "total", "balance")
_FLOW_WORD = {
    "export": "exports",
    "import": "imports",
    "total": "total trade",
    "balance": "the balance",
}


@dataclass
class Target:
    """One figure the data give for what a claim asserts."""

    interval: Interval
    label: str  # e.g. "computed from the data", "printed by the publisher"
    formula: str
    sources: tuple[str, ...] = ()
    point: Fraction | None = None
    tier: int = 0  # trust of the printer: 0 official release, 1 compilation, 2 re-quote
    derivation: str = ""  # how a level was obtained from the rows: "reported", "derived: …"


@dataclass
class Result:
    """The verdict on one claim, with the arithmetic behind it."""

    verdict: str
    severity: str | None = None
    reading: str | None = None
    claimed: Interval | None = None
    data: Interval | None = None
    data_value: str | None = None
    formula: str = ""
    explanation: str = ""
    sources: tuple[str, ...] = ()
    readings: list[dict[str, object]] = field(default_factory=list)
    derivation: str = ""  # of the data figure reported, when it is a level


def _num(x: Fraction, unit: str | None) -> str:
    if unit == "money":
        return format_usd(x, scale="unit")
    if unit == "times":
        return f"{float(x):.4g}×"
    return format_pct(x, 2, sign=False) if unit == "percent" else f"{float(x):.4g}"


#: Beyond this an interval's end is open ("more than $X" has no upper end).
_UNBOUNDED = Fraction(10) ** 29


def _iv(iv: Interval, unit: str | None) -> str:
    lo = "−∞" if iv.lo <= -_UNBOUNDED else _num(iv.lo, unit)
    hi = "∞" if iv.hi >= _UNBOUNDED else _num(iv.hi, unit)
    return f"[{lo}, {hi}]"


def _unit(claim: Claim) -> str | None:
    return "money" if claim.kind in ("level", "balance", "change_abs") else claim.unit


def _targets(
    claim: Claim,
    ev: Evidence,
    flow: str | None = None,
    period: Span | None = None,
    base: Span | None = None,
    own_new: Interval | None = None,
) -> list[Target]:
    """The figures the data give for a claim (optionally under another flow or period)."""
    rep, par = claim.reporter, claim.partner
    assert rep is not None and par is not None
    flow = flow or claim.flow
    period = period or claim.period
    base = base or claim.base
    if flow is None or period is None:
        return []
    kind = claim.kind
    if kind in ("level", "balance"):
        d = ev.value(rep, par, "balance" if kind == "balance" else flow, period)
        if d is None:
            return []
        alt = _flows_sum(ev, rep, par, period) if kind == "level" and flow == "total" else None
        return [
            Target(
                d.interval,
                f"{_FLOW_WORD.get(flow, flow)} {period.label} in the data ({d.derivation})",
                f"{format_usd(d.value, scale='unit')} ±{format_usd(d.half, scale='unit')}",
                d.sources,
                Fraction(d.value),
                derivation=d.derivation,
            )
        ] + (
            [
                Target(
                    alt.interval,
                    f"total trade {period.label} as the exports and imports printed for it",
                    f"{format_usd(alt.value, scale='unit')} ±{format_usd(alt.half, scale='unit')}",
                    alt.sources,
                    Fraction(alt.value),
                    derivation=alt.derivation,
                )
            ]
            if alt is not None
            else []
        )
    if base is None:
        return []
    new = ev.value(rep, par, flow, period)
    old = ev.value(rep, par, flow, base)
    whole = claim.whole if kind == "ratio" else None
    if whole is not None and (whole["reporter"], whole["partner"]) == (rep, par):
        # "exports were 6.9 times imports": the other flow is the denominator
        old = ev.value(rep, par, whole["flow"], base)
    new_iv = own_new or (new.interval if new else None)
    out: list[Target] = []
    if kind == "change_pct":
        if new_iv is not None and old is not None:
            iv = change_interval(new_iv, old.interval)
            if iv is not None:
                n_text = (
                    "the text's own figure"
                    if own_new
                    else format_usd(new.value, scale="unit")
                    if new
                    else "?"
                )
                out.append(
                    Target(
                        iv,
                        "computed from the data",
                        f"({n_text} / {format_usd(old.value, scale='unit')} − 1) × 100",
                        (new.sources if new else ()) + old.sources,
                    )
                )
        if own_new is None:
            for p in ev.printed(rep, par, flow, period, base):
                if p.counted:
                    out.append(
                        Target(
                            p.interval,
                            "printed by the publisher beside the figure",
                            f"{p.pct}% ({p.basis}, {ev.describe_source(p.source)})",
                            (p.source,),
                            tier=ev.trust(p.source, p.compiler)[0],
                        )
                    )
        return out
    if kind == "change_abs" and new is not None and old is not None:
        iv = new.interval - old.interval
        formula = f"{format_usd(new.value, scale='unit')} − {format_usd(old.value, scale='unit')}"
        if flow == "balance" and claim.gap == "deficit":
            # the change of a deficit (imports − exports) is minus the change of the balance
            iv = Interval(-iv.hi, -iv.lo)
            formula = f"−({formula}), the change of the deficit"
        return [Target(iv, "computed from the data", formula, new.sources + old.sources)]
    if kind == "ratio":
        scale = Fraction(100) if claim.unit == "percent" else Fraction(1)
        if flow == "total" and whole is None and own_new is None and new is not None:
            # the total of a span also as the exports and imports printed for that span
            alt_new = _flows_sum(ev, rep, par, period) or new
            alt_old = _flows_sum(ev, rep, par, base) or old
            if (alt_new, alt_old) != (new, old) and alt_old is not None and alt_old.interval.lo > 0:
                a, b = alt_new.interval, alt_old.interval
                out.append(
                    Target(
                        Interval(a.lo / b.hi * scale, a.hi / b.lo * scale),
                        "computed from the exports and imports printed for each span",
                        f"{format_usd(alt_new.value, scale='unit')} / "
                        f"{format_usd(alt_old.value, scale='unit')}"
                        + (" × 100" if scale == 100 else ""),
                        alt_new.sources + alt_old.sources,
                    )
                )
        if new_iv is not None and old is not None and old.interval.lo > 0:
            # a balance can be negative: the quotient's bounds are its extreme corners
            corners = [
                a / b for a in (new_iv.lo, new_iv.hi) for b in (old.interval.lo, old.interval.hi)
            ]
            iv = Interval(min(corners) * scale, max(corners) * scale)
            out.append(
                Target(
                    iv,
                    "computed from the data",
                    f"{format_usd(new.value, scale='unit') if new else '?'} / "
                    f"{format_usd(old.value, scale='unit')}" + (" × 100" if scale == 100 else ""),
                    (new.sources if new else ()) + old.sources,
                )
            )
        if claim.unit == "times" and own_new is None:
            for p in ev.printed(rep, par, flow, period, base):
                if p.counted:
                    piv = p.interval
                    out.append(
                        Target(
                            Interval(1 + piv.lo / 100, 1 + piv.hi / 100),
                            "printed by the publisher beside the figure",
                            f"1 + {p.pct.lstrip('+')}% ({ev.describe_source(p.source)})",
                            (p.source,),
                            tier=ev.trust(p.source, p.compiler)[0],
                        )
                    )
        return out
    return out


def _flows_sum(ev: Evidence, rep: str, par: str, span: Span) -> Datum | None:
    """Total trade of a span as its exports plus its imports, when both were printed for that very
    span and the total in the data is derived otherwise (summed from shorter spans): two customs
    derivations of one figure, either of which a writer may have used."""
    total = ev.value(rep, par, "total", span)
    if total is None or total.derivation == "reported":
        return None
    x, m = ev.value(rep, par, "export", span), ev.value(rep, par, "import", span)
    if x is None or m is None or x.derivation != "reported" or m.derivation != "reported":
        return None
    return Datum(
        x.value + m.value,
        x.half + m.half,
        "exports + imports",
        x.rows + m.rows,
        x.sources + m.sources,
    )


def _pp_targets(claim: Claim, ev: Evidence) -> list[Target]:
    """A percentage-point change: share in the period minus share in the base (semantics.md
    §1.5: s_N − s_O ∈ [s_N⁻ − s_O⁺, s_N⁺ − s_O⁻])."""
    if claim.base is None:
        return []
    now = _share_targets(claim, ev)
    then = _share_targets(claim, ev, claim.base)
    if not now or not then:
        return []
    a, b = now[0].interval, then[0].interval
    return [
        Target(
            Interval(a.lo - b.hi, a.hi - b.lo),
            "computed from the data",
            f"share {claim.period.label if claim.period else '?'} ({now[0].formula}) − share "
            f"{claim.base.label} ({then[0].formula})",
            now[0].sources + then[0].sources,
        )
    ]


def _share_of_itself(claim: Claim) -> bool:
    """A share whose part is read as the very flow it is a share of (the part is a product)."""
    whole = claim.whole or {}
    return (whole.get("reporter"), whole.get("partner"), whole.get("flow")) == (
        claim.reporter,
        claim.partner,
        claim.flow,
    )


def _share_targets(claim: Claim, ev: Evidence, period: Span | None = None) -> list[Target]:
    whole = claim.whole or {}
    if (whole.get("reporter"), whole.get("partner")) != (claim.reporter, claim.partner):
        return []
    period = period or claim.period
    assert claim.reporter and claim.partner and claim.flow and period
    part = ev.value(claim.reporter, claim.partner, claim.flow, period)
    total = ev.value(claim.reporter, claim.partner, whole.get("flow", "total"), period)
    if part is None or total is None or total.interval.lo <= 0:
        return []
    iv = Interval(
        part.interval.lo / total.interval.hi * 100, part.interval.hi / total.interval.lo * 100
    )
    return [
        Target(
            iv,
            "computed from the data",
            f"{format_usd(part.value, scale='unit')} / {format_usd(total.value, scale='unit')} × 100",
            part.sources + total.sources,
        )
    ]


def _no_figures_for(claim: Claim) -> str:
    """ "the data hold no figures for trade between Mongolia and an unnamed partner"."""
    from ..sources.countries import country_name

    a, b = (
        country_name(c) if isinstance(c, str) and c else "an unnamed country"
        for c in (claim.reporter, claim.partner)
    )
    return f"the data hold no figures for trade between {a} and {b}"


def _first_meeting(claimed: Interval | None, targets: list[Target]) -> Target | None:
    if claimed is None:
        return None
    return next((t for t in targets if claimed.meets(t.interval)), None)


def verify_claim(
    claim: Claim,
    ev: Evidence,
    others: list[Claim],
    *,
    as_of: str | None = None,
    url: str | None = None,
) -> Result:
    """Check one claim against the data.

    Parameters
    ----------
    claim
        The claim.
    ev
        The data.
    others
        The other claims of the same text (for the article's own figures as a reading).
    as_of
        The checked text's publication date (``YYYY[-MM[-DD]]``): a version of a figure printed
        after it cannot be where the text took its figure from, so it is never a reading.
    url
        Where the checked text was published: a version printed by the text itself is never a
        reading of it.
    """
    if claim.kind == "superlative":
        return _superlative(claim, ev)
    if claim.kind == "streak":
        return _streak(claim, ev)
    if claim.period is None:
        if any("relative" in n for n in claim.notes):
            return Result("ambiguous", explanation=claim.notes[0] + "; give the publication date")
        return Result("unverifiable", explanation="the text gives no period for this figure")
    if not ev.has_pair(claim.reporter, claim.partner):
        return Result(
            "unverifiable",
            explanation=_no_figures_for(claim),
        )
    if claim.kind in ("level", "balance", "change_abs") and claim.currency not in (None, "USD"):
        return Result(
            "unverifiable",
            explanation=f"a {claim.currency} figure cannot be checked against the dollar series",
        )
    if claim.kind in ("change_pct", "ratio") and "CNY" in (claim.terms, claim.terms_implied):
        return Result(
            "unverifiable",
            explanation="a change in yuan terms cannot be checked against the dollar series",
        )
    if claim.kind == "pp_change":
        targets = _pp_targets(claim, ev)
        if not targets:
            return Result(
                "unverifiable",
                explanation="the shares this percentage-point change compares are not in the data",
            )
        return _decide(claim, ev, targets, others, as_of, url)
    if claim.kind == "share" and _share_of_itself(claim):
        # "wigs accounted for 57 percent of China's imports from North Korea": the part is a
        # product (or a port, a province) inside the whole, which the flow totals do not hold
        return Result(
            "unverifiable",
            explanation="the part of this share is a product or subset of the flow it is a "
            "share of, and the data hold only the flow's total",
        )
    if claim.kind == "balance" and claim.unsigned_gap:
        claim = _gap_on_the_data_side(claim, ev)
    if claim.kind == "share":
        targets = _share_targets(claim, ev)
        if not targets:
            return Result(
                "unverifiable", explanation="the whole this share refers to is not in the data"
            )
    else:
        targets = _targets(claim, ev)
    if not targets:
        what = f"{claim.period}" + (
            f" or its base {claim.base}"
            if claim.base and claim.kind not in ("level", "balance")
            else ""
        )
        return Result(
            "unverifiable",
            explanation=f"the data hold no {_FLOW_WORD.get(claim.flow or '', claim.flow)} figure for {what}",
        )
    return _decide(claim, ev, targets, others, as_of, url)


def _gap_on_the_data_side(claim: Claim, ev: Evidence) -> Claim:
    """ "North Korea's trade gap with China was $1.7 billion": "gap" and "imbalance" give the
    size of the balance, not which side runs the surplus. The figure is read on the side the data
    put the balance (the verdict then checks the size only)."""
    assert claim.reporter is not None and claim.partner is not None and claim.period is not None
    d = ev.value(claim.reporter, claim.partner, "balance", claim.period)
    if d is None or d.value == 0 or claim.value is None or (d.value > 0) == (claim.value > 0):
        return claim
    return replace(claim, value=-claim.value)


def _decide(
    claim: Claim,
    ev: Evidence,
    targets: list[Target],
    others: list[Claim],
    as_of: str | None = None,
    url: str | None = None,
) -> Result:
    unit = _unit(claim)
    strict = claim_interval(claim, "strict")
    assert strict is not None
    unique: dict[tuple[object, object], Target] = {}
    for t in targets:
        unique.setdefault((t.interval.lo, t.interval.hi), t)
    targets = list(unique.values())
    coarse = [t for t in targets if _too_coarse(t.interval, strict)]
    if coarse and len(coarse) < len(targets):
        # "rose 23 percent to $1 billion": a change computed from a figure rounded to the billion
        # spans hundreds of points and decides nothing; the figures that can decide do
        targets = [t for t in targets if t not in coarse]
    elif coarse and _first_meeting(strict, targets) is not None:
        t = coarse[0]
        return Result(
            "unverifiable",
            claimed=strict,
            data=t.interval,
            formula=t.formula,
            sources=tuple(s for t in targets for s in t.sources),
            explanation=(
                f"claimed {_iv(strict, unit)}; {t.label}: {t.formula} = {_iv(t.interval, unit)}, "
                "too coarse (the data are rounded too far) to decide the claim"
            ),
        )
    primary = targets[0]
    result = Result(
        "wrong",
        claimed=strict,
        data=primary.interval,
        formula=primary.formula,
        sources=tuple(s for t in targets for s in t.sources),
    )
    result.data_value = _point_text(primary, unit)
    hit = _first_meeting(strict, targets)
    if hit is not None:
        result.verdict, result.reading = "correct", "strict"
        _use(result, hit, unit)
        result.explanation = (
            f"claimed {_iv(strict, unit)}; {hit.label}: {hit.formula} = {_iv(hit.interval, unit)}"
        )
    else:
        held = []
        for tier, label in (
            ("band", "within the ±5% band of its hedge"),
            ("loose", "on the loose tier of a round number"),
            ("truncation", "if the writer truncated instead of rounding"),
        ):
            iv = claim_interval(claim, tier)
            hit = _first_meeting(iv, targets)
            if hit is not None and iv is not None:
                held.append((tier, label, iv, hit))
        if held:
            tier, _, _, hit = held[0]
            result.verdict, result.reading = "approx", tier
            _use(result, hit, unit)
            result.explanation = (
                f"strict {_iv(strict, unit)} misses {hit.label} {_iv(hit.interval, unit)}; holds only "
                + " and ".join(f"{label} {_iv(iv, unit)}" for _, label, iv, _ in held)
            )
    if result.verdict == "wrong":
        # report the nearest figure among the most trusted: the official release before a
        # re-quote of it that happens to lie nearer
        best = min(t.tier for t in targets)
        nearest = min(
            (t for t in targets if t.tier == best), key=lambda t: strict.distance(t.interval)
        )
        _use(result, nearest, unit)
        gap = strict.distance(nearest.interval)
        result.severity = _severity(claim, strict, nearest.interval)
        result.explanation = (
            f"claimed {_iv(strict, unit)}; {nearest.label}: {nearest.formula} = "
            f"{_iv(nearest.interval, unit)}; off by {_num(gap, unit)}"
        )
        if len(targets) > 1:
            result.explanation += "; " + "; ".join(
                f"{t.label}: {_iv(t.interval, unit)}" for t in targets if t is not nearest
            )
    if result.verdict == "wrong" and as_of:
        _as_published_then(claim, ev, strict, as_of, result, unit)
    if result.verdict != "correct" and claim.kind in ("level", "balance"):
        result.explanation += _as_written(claim, result)
    _check_direction(claim, ev, result)
    if result.verdict not in ("correct",):
        result.readings = _readings(claim, ev, others, strict, as_of, url)
    elif claim.kind == "ratio" and claim.times_higher:
        # "k times higher" may mean k + 1 times as much: when that reading fails, the two
        # readings the text licenses disagree (semantics.md §1.4) and the claim is ambiguous
        plus = Interval(strict.lo + 1, strict.hi + 1)
        if _first_meeting(plus, targets) is None:
            result.verdict = "ambiguous"
            result.explanation += (
                f"; read as {float(strict.lo + 1):g}–{float(strict.hi + 1):g} times as much "
                "('times higher' as k + 1) it does not hold"
            )
    _apply_licensed_readings(claim, result)
    if result.verdict in ("wrong", "approx") and claim.converted:
        result.verdict = "ambiguous"
        result.explanation += (
            "; the figure is a currency conversion in brackets, which may use another rate"
        )
    elif result.verdict == "wrong" and claim.source in _OTHER_DEFINITION_SOURCES:
        result.verdict = "ambiguous"
        result.explanation += (
            f"; the text cites {claim.source}, whose series may differ from China customs "
            "(KOTRA adds estimated crude oil)"
        )
    return result


#: A figure from the data whose interval is more than this many times as wide as the claimed
#: figure itself cannot confirm it: the data's rounding (semantics.md §1.2) swamps what is claimed
#: ("rose 23 percent" against [−60%, 475%] computed from a level printed as "$1 billion").
_COARSE = 5


def _too_coarse(data: Interval, claimed: Interval) -> bool:
    limit = _coarse_limit(claimed)
    return limit is not None and data.hi - data.lo > limit


# The claimed interval whose limit was computed last: every reading of a claim asks again.
_LAST_LIMIT: list[object] = [None, None]


def _coarse_limit(claimed: Interval) -> Fraction | None:
    """The widest data interval that can still confirm ``claimed`` (None: no limit)."""
    if _LAST_LIMIT[0] is claimed:
        return _LAST_LIMIT[1]  # type: ignore[return-value]
    width = claimed.hi - claimed.lo
    limit = None
    if width < _UNBOUNDED:  # "more than": a bound, not a figure
        limit = _COARSE * max(abs(claimed.lo + claimed.hi) / 2, width)
    _LAST_LIMIT[0], _LAST_LIMIT[1] = claimed, limit
    return limit


def _as_published_then(
    claim: Claim, ev: Evidence, strict: Interval, as_of: str, result: Result, unit: str | None
) -> None:
    """A level the data now hold revised is still correct when it is the figure the data held
    when the text was written: the preferred version among those published by ``as_of`` (the
    preferred-row rule of :mod:`tradestats.versions` applied to that vintage)."""
    if claim.kind not in ("level", "balance") or not (
        claim.reporter and claim.partner and claim.flow and claim.period
    ):
        return
    flow = "balance" if claim.kind == "balance" else claim.flow
    found = ev.preferred_as_of(claim.reporter, claim.partner, flow, claim.period, as_of)
    if found is None:
        return
    interval, row = found
    if not strict.meets(interval):
        return
    result.verdict, result.reading = "correct", "as published at the time"
    result.explanation = (
        f"claimed {_iv(strict, unit)}; the figure published {row['published']}, before the "
        f"text, was {_iv(interval, unit)} ({row['source_id']}); the data now hold a revised "
        f"{result.data_value}"
    )


def _use(result: Result, target: Target, unit: str | None) -> None:
    """Make ``target`` the data figure the verdict reports."""
    result.data, result.formula, result.data_value, result.derivation = (
        target.interval,
        target.formula,
        _point_text(target, unit),
        target.derivation,
    )
    # the source of the figure reported comes first
    result.sources = tuple(dict.fromkeys(target.sources + result.sources))


def _as_written(claim: Claim, result: Result) -> str:
    """ "; written to the same precision, the data give $197 million"."""
    q = claim.quantity
    if q is None or result.data is None or q.verbal:
        return ""
    mid = (result.data.lo + result.data.hi) / 2
    scaled = Decimal(mid.numerator) / Decimal(mid.denominator) / (Decimal(10) ** q.scale)
    rounded = scaled.quantize(Decimal(1).scaleb(-q.decimals), rounding=ROUND_HALF_UP)
    word = {3: " thousand", 6: " million", 9: " billion", 12: " trillion"}.get(q.scale, "")
    return f"; written to the same precision, the data give ${abs(rounded):,}{word}"


def _point_text(t: Target, unit: str | None) -> str:
    if t.point is not None:
        return str(int(t.point)) if t.point.denominator == 1 else f"{float(t.point):.6g}"
    mid = (t.interval.lo + t.interval.hi) / 2
    return f"{float(mid):.4f}".rstrip("0").rstrip(".") if unit != "money" else str(round(mid))


def _severity(claim: Claim, claimed: Interval, data: Interval) -> str:
    if claim.kind in ("change_pct", "change_abs", "balance") and (
        (claimed.hi < 0 < data.lo) or (data.hi < 0 < claimed.lo)
    ):
        return "gross: wrong direction"
    if claim.kind in ("level", "balance", "change_abs") and data.hi != 0 and claimed.hi != 0:
        ratio = abs(claimed.hi / data.hi) if data.hi else Fraction(0)
        if ratio > 300 or (ratio and ratio < Fraction(1, 300)):
            return "gross: off by a factor of about 1,000"
    if claim.kind == "share" and claimed.lo > 100:
        return "gross: part above its whole"
    return "minor"


def _check_direction(claim: Claim, ev: Evidence, result: Result) -> None:
    """A level that says "fell to" also claims a fall: the data must agree."""
    if claim.kind not in ("level", "balance") or claim.direction is None or claim.base is None:
        return
    if claim.direction_on_change:  # "rose 5 percent to $X": the change figure holds the verb
        return
    assert claim.reporter and claim.partner and claim.flow and claim.period
    flow = "balance" if claim.kind == "balance" else claim.flow
    new, old = (
        ev.value(claim.reporter, claim.partner, flow, claim.period),
        ev.value(claim.reporter, claim.partner, flow, claim.base),
    )
    sign: int | None = None
    how = ""
    same_month = None
    if old is not None and old.derivation != "reported" and claim.base.is_month:
        # the month's own published flows give it exactly (total − exports, exports + imports):
        # the month was published, whatever cumulative figure also holds it
        same_month = _same_month_figure(ev, claim.reporter, claim.partner, flow, claim.base)
        old = same_month or old
    if (
        new is not None
        and old is not None
        and old.derivation != "reported"
        and same_month is None
        and claim.base.is_month
        and claim.period.is_month
    ):  # the month before was published only inside a combined release: compare with the
        # release's monthly average, as the publisher's own sequence of releases has it
        release = _release_holding(ev, claim.reporter, claim.partner, flow, claim.base)
        if release is not None:
            span, datum = release
            months = span.n_months
            diff = new.interval - Interval(datum.interval.lo / months, datum.interval.hi / months)
            sign = 1 if diff.lo > 0 else -1 if diff.hi < 0 else None
            how = (
                f"{format_usd(datum.value, scale='unit')} in {span.label} (a monthly average of "
                f"{format_usd(round(datum.value / months), scale='unit')}) → "
                f"{format_usd(new.value, scale='unit')}"
            )
            old = None
    if sign is None and new is not None and old is not None:
        diff = new.interval - old.interval
        sign = 1 if diff.lo > 0 else -1 if diff.hi < 0 else None
        how = f"{format_usd(old.value, scale='unit')} → {format_usd(new.value, scale='unit')}"
    else:
        printed = [
            p
            for p in ev.printed(claim.reporter, claim.partner, flow, claim.period, claim.base)
            if p.counted
        ]
        if printed:
            value = float(printed[0].pct)
            sign = 1 if value > 0 else -1 if value < 0 else None
            how = f"printed change {printed[0].pct}%"
    if sign is None:
        return
    want = 1 if claim.direction == "up" else -1
    if sign != want:
        result.verdict, result.severity = "wrong", "gross: wrong direction"
        result.explanation += (
            f"; the text says it {'rose' if want > 0 else 'fell'}, but the data show {how}"
        )
    else:
        result.explanation += f"; direction holds ({how})"


def _same_month_figure(
    ev: Evidence, reporter: str, partner: str, flow: str, month: Span
) -> Datum | None:
    """A month's flow from the other flows published for that very month: imports as total −
    exports, total as exports + imports (the labels' rule: exact arithmetic on complete parts)."""
    if flow == "total":
        return _flows_sum(ev, reporter, partner, month)
    if flow not in ("export", "import"):
        return None
    other = "import" if flow == "export" else "export"
    total = ev.value(reporter, partner, "total", month)
    part = ev.value(reporter, partner, other, month)
    if total is None or part is None:
        return None
    if total.derivation != "reported" or part.derivation != "reported":
        return None
    return Datum(
        total.value - part.value,
        total.half + part.half,
        f"total − {other}s",
        total.rows + part.rows,
        total.sources + part.sources,
    )


def _release_holding(
    ev: Evidence, reporter: str, partner: str, flow: str, month: Span
) -> tuple[Span, Datum] | None:
    """The published multi-month release that ends with ``month`` (a combined January–February
    release for February), if the data hold one."""
    for first in range(month.start.month - 1, 0, -1):
        span = Span(month.start - first, month.end)
        datum = ev.value(reporter, partner, flow, span)
        if datum is not None and datum.derivation == "reported":
            return span, datum
    return None


def _reading(
    desc: str, iv: Interval, strict: Interval, unit: str | None, priority: int = 1
) -> dict[str, object]:
    # the interval is written out only for the readings kept (see _readings)
    return {
        "reading": desc,
        "interval": iv,
        "unit": unit,
        "matches": strict.meets(iv),
        # a figure hundreds of points wide reproduces nothing and is near nothing (_too_coarse)
        "coarse": _too_coarse(iv, strict),
        "distance": float(strict.distance(iv)),
        "priority": priority,
    }


def _readings(
    claim: Claim,
    ev: Evidence,
    others: list[Claim],
    strict: Interval,
    as_of: str | None = None,
    url: str | None = None,
) -> list[dict[str, object]]:
    """Readings that would reproduce the claim: matching ones first, then the nearest.

    Order: the text's own figures, then another flow or period of the data, then other printed
    versions by trust — an official release before a compilation of it before a secondary
    re-quote. A version printed after the text (``as_of``) or by the text itself (``url``) is
    not a reading."""
    unit = _unit(claim)
    found: list[dict[str, object]] = []
    if claim.kind in ("level", "change_pct", "change_abs", "ratio"):
        for flow in _FLOWS:
            if flow == claim.flow or (flow == "balance") != (claim.flow == "balance"):
                continue
            for t in _targets(claim, ev, flow=flow):
                found.append(
                    _reading(
                        f"{_FLOW_WORD[flow]} instead of {_FLOW_WORD.get(claim.flow or '', claim.flow)} "
                        f"({t.label})",
                        t.interval,
                        strict,
                        unit,
                    )
                )
    period = claim.period
    if period is not None and claim.kind != "share":
        alt_periods: list[tuple[str, Span, Span | None]] = []
        if period.is_month and period.start.month > 1:
            ytd = period.year_to_date()
            alt_periods.append(
                (f"the cumulative {ytd.label} instead of {period.label}", ytd, ytd.year_earlier())
            )
        if not period.is_month:
            last = Span(period.end, period.end)
            alt_periods.append(
                (f"{last.label} alone instead of {period.label}", last, last.year_earlier())
            )
        if claim.base is not None and period.is_month:
            if claim.base == period.year_earlier():
                alt_periods.append(
                    ("month on month instead of year on year", period, period.previous())
                )
            elif claim.base == period.previous():
                alt_periods.append(
                    ("year on year instead of month on month", period, period.year_earlier())
                )
        for desc, p, b in alt_periods:
            for t in _targets(claim, ev, period=p, base=b):
                found.append(_reading(f"{desc} ({t.label})", t.interval, strict, unit))
        if claim.kind in ("level", "balance", "change_pct") and (
            period.is_month or period.is_calendar_year
        ):
            step = 1 if period.is_month else 12
            for k in (-1, 1):  # a correct figure pinned to the neighbouring month or year
                p = Span(period.start + k * step, period.end + k * step)
                b = (
                    None
                    if claim.base is None
                    else Span(claim.base.start + k * step, claim.base.end + k * step)
                )
                for t in _targets(claim, ev, period=p, base=b):
                    found.append(
                        _reading(
                            f"the figure of {p.label} pinned to {period.label} ({t.label})",
                            t.interval,
                            strict,
                            unit,
                            priority=2,
                        )
                    )
    if (
        claim.kind in ("level", "balance")
        and claim.flow
        and period is not None
        and claim.reporter
        and claim.partner
    ):
        series = "balance" if claim.kind == "balance" else claim.flow
        preferred = ev.value(claim.reporter, claim.partner, series, period)
        for v in ev.versions(claim.reporter, claim.partner, series, period):
            if preferred is not None and v.datum.value == preferred.value:
                continue  # the preferred figure itself is not another version
            if not _may_be_read(ev, v.source, v.published, as_of, url):
                continue
            note = f", flagged {v.flag}" if v.flag else ""
            found.append(
                _reading(
                    f"another published version: {format_usd(v.datum.value, scale='unit')} "
                    f"({ev.describe_source(v.source)}, {v.trust}{note})",
                    Interval.point(v.datum.value),
                    strict,
                    unit,
                    priority=3 + v.tier,
                )
                | {"source": v.source, "published": v.published, "trust": v.tier}
            )
    if (
        claim.kind == "change_pct"
        and claim.flow
        and period is not None
        and claim.base is not None
        and claim.reporter
        and claim.partner
    ):
        for p in ev.printed(claim.reporter, claim.partner, claim.flow, period, claim.base):
            if p.counted or not _may_be_read(ev, p.source, p.published, as_of, url):
                continue
            tier, trust = ev.trust(p.source, p.compiler)
            found.append(
                _reading(
                    f"another published change: {p.pct}% ({ev.describe_source(p.source)}, "
                    f"{trust}{', flagged ' + p.flag if p.flag else ''})",
                    p.interval,
                    strict,
                    unit,
                    priority=3 + tier,
                )
                | {"source": p.source, "published": p.published, "trust": tier}
            )
    if claim.kind in ("change_pct", "ratio") and period is not None:
        own = [
            o for o in _levels_by_subject(others).get((claim.flow, period), []) if o is not claim
        ]
        for o in own[:1]:
            iv = claim_interval(o, "strict")
            assert iv is not None
            for t in _targets(claim, ev, own_new=iv):
                found.append(
                    _reading(
                        f"the text's own rounded {o.surface} against the data's base",
                        t.interval,
                        strict,
                        unit,
                        priority=0,
                    )
                )
    if claim.kind == "ratio" and claim.times_higher and claim.quantity is not None:
        plus = Interval(strict.lo + 1, strict.hi + 1)
        for t in _targets(claim, ev):
            found.append(
                {
                    "reading": f"'{claim.surface} higher' as {float(strict.lo + 1):g}–{float(strict.hi + 1):g} times",
                    "interval": plus,
                    "unit": unit,
                    "matches": plus.meets(t.interval),
                    "distance": float(plus.distance(t.interval)),
                    "licensed": True,
                }
            )
    found = [r for r in found if not r.pop("coarse", False)]
    kept = [r for r in found if r["matches"]] or sorted(found, key=lambda r: r["distance"])[:1]
    unique: dict[tuple[object, object], dict[str, object]] = {}
    for r in kept:
        iv = r["interval"]
        assert isinstance(iv, Interval)
        r["interval"] = _iv(iv, r.pop("unit"))  # type: ignore[arg-type]
        unique.setdefault((r["reading"], r["interval"]), r)
    if kept and not kept[0]["matches"]:
        kept[0]["nearest"] = True
        return kept
    return sorted(unique.values(), key=lambda r: (r.get("priority", 1), r["distance"]))


def _may_be_read(
    ev: Evidence, source: str, published: str | None, as_of: str | None, url: str | None
) -> bool:
    """A printed version can be where the text took its figure from: printed no later than the
    text, and not by the text itself."""
    if after(published, as_of):
        return False
    return not (url and same_url(ev.source_info(source)[2], url))


def _apply_licensed_readings(claim: Claim, result: Result) -> None:
    """Readings the text itself licenses ("k times higher" as k + 1) make a claim ambiguous."""
    licensed = [r for r in result.readings if r.get("licensed") and r["matches"]]
    if licensed and result.verdict in ("wrong", "approx"):
        result.verdict = "ambiguous"
        result.explanation += f"; it holds when read as {licensed[0]['reading']}"
    if result.readings and result.verdict in ("wrong", "approx", "ambiguous"):
        best = result.readings[0]
        word = "nearest reading" if best.get("nearest") else "reproduced by"
        result.explanation += f"; {word}: {best['reading']} {best['interval']}"


_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b\d{4}\b|\b\d{1,2}\b"
    r"|\b(?:of|in|the|last|this|previous|a|year|years|ago|month|start|beginning|end|early|late|mid)\b",
    re.IGNORECASE,
)


def _since_names_an_event(surface: str) -> bool:
    """Whether "since X" names an event ("since sanctions were imposed in February 2018")
    rather than a date ("since February of last year"): words remain once the date words go."""
    _, found, after = surface.lower().rpartition("since ")
    if not found:
        return False
    return bool(re.search(r"[a-z]", _DATE_WORDS.sub(" ", after)))


_LEVELS: list[object] = [None, -1, {}]  # the claims list indexed last, its length, its index


def _levels_by_subject(others: list[Claim]) -> dict[tuple[str | None, Span], list[Claim]]:
    """The dollar levels of a document by (flow, period), in text order: built once per
    document, so a reading from the text's own level costs the same for every claim (linear)."""
    if _LEVELS[0] is not others or _LEVELS[1] != len(others):
        index: dict[tuple[str | None, Span], list[Claim]] = {}
        for o in others:
            if (
                o.kind == "level"
                and o.period is not None
                and o.quantity is not None
                and o.currency in (None, "USD")
            ):
                index.setdefault((o.flow, o.period), []).append(o)
        _LEVELS[0], _LEVELS[1], _LEVELS[2] = others, len(others), index
    return _LEVELS[2]  # type: ignore[return-value]


def _superlative(claim: Claim, ev: Evidence) -> Result:
    """ "Highest since X" (semantics.md §1.4): the claimed month (or year) exceeds every one strictly
    between X and it, and X itself stood at least as high — X is the last time the series was
    there. With X a year ("since 2019") or an event, only the periods after X count.
    Unverifiable when some of them are missing."""
    period, base = claim.period, claim.base
    if period is None or not (period.is_month or period.is_calendar_year):
        return Result(
            "unverifiable",
            explanation="a superlative is checked on a single month or year",
        )
    if not ev.has_pair(claim.reporter, claim.partner) or claim.flow is None:
        return Result(
            "unverifiable",
            explanation=_no_figures_for(claim),
        )
    assert claim.reporter and claim.partner
    since_label = base.label if base is not None else ""
    at = claim.surface.lower().rfind("since")
    event = V.event_after(claim.surface, at + len("since")) if base is None and at >= 0 else None
    if event is not None:  # "since the border closure": dated by a source, or not at all
        named = claim.surface[at + len("since") : event[1]].strip()
        dated = ev.event(event[0])
        if dated is None:
            return Result(
                "unverifiable",
                explanation=f"“since {named}” names an event whose date is not in the data: no "
                "source among the bundled events dates it, so the periods after it are unknown",
            )
        month, _label, by = dated
        base = Span(month, month)
        since_label = f"{named} ({month.strftime('%B %Y')}, as dated by {by})"
    elif base is None and at < 0 and _RECORD.search(claim.surface):
        return _record(claim, ev, period)
    if base is None:
        return Result(
            "unverifiable",
            explanation="the text does not say since when: a superlative is checked against "
            "a stated month, year or dated event, or over the whole series for a record",
        )
    if claim.first_since:
        return _first_change_since(claim, ev, period, base)
    step = 1 if period.is_month else 12
    # "since June": June stood at least as high; "since <an event> in February": only after it
    anchored = period.is_month and base.is_month and not _since_names_an_event(claim.surface)
    if period.is_month:
        start = base.start if anchored else base.end + 1
    elif base.is_calendar_year:  # "the lowest since 1993": the years after 1993
        start = Span.year(base.start.year + 1).start
    else:  # "since the pandemic broke out in January 2020": the years from 2020
        start = Span.year(base.start.year).start
    earlier: list[Span] = []
    cursor = start
    while cursor < period.start:
        earlier.append(Span(cursor, cursor + step - 1))
        cursor = cursor + step

    def value(span: Span) -> int | None:
        d = ev.value(claim.reporter or "", claim.partner or "", claim.flow or "", span)
        return d.value if d is not None else None

    target = value(period)
    if target is None:
        return Result("unverifiable", explanation=f"{period.label} is not in the data")
    anchor = earlier[0] if anchored and earlier else None
    between = earlier[1:] if anchor is not None else earlier
    held = {s: v for s in between if (v := value(s)) is not None}
    missing = [s.label for s in between if s not in held]
    higher = claim.direction != "down"
    beaten = [s.label for s, v in held.items() if (v >= target if higher else v <= target)]
    word = "highest" if higher else "lowest"
    more = "higher" if higher else "lower"
    usd = format_usd(target, scale="unit")
    if beaten:
        return Result(
            "wrong",
            severity="minor",
            data_value=str(target),
            explanation=f"{period.label} ({usd}) is not the {word} since {since_label}: "
            f"{', '.join(beaten[:3])} {'was' if len(beaten) == 1 else 'were'} {more}",
        )
    if anchor is not None:
        at_anchor = value(anchor)
        if at_anchor is None:
            missing.insert(0, anchor.label)
        elif (at_anchor < target) if higher else (at_anchor > target):
            return Result(
                "wrong",
                severity="minor",
                data_value=str(target),
                explanation=f"{period.label} ({usd}) is {more} than {anchor.label} "
                f"({format_usd(at_anchor, scale='unit')}) too, so {anchor.label} is not the last "
                f"time the series stood this {'high' if higher else 'low'}",
            )
    if missing:
        return Result(
            "unverifiable",
            data_value=str(target),
            explanation=f"the {word} of the {len(held)} periods held since {since_label}, but "
            f"{len(missing)} are missing ({', '.join(missing[:4])}{'…' if len(missing) > 4 else ''})",
        )
    since = (
        f"every period after {since_label} up to {period.label}, and {since_label} stood at least as "
        f"{'high' if higher else 'low'}"
        if anchor is not None
        else f"every period after {since_label} up to {period.label}"
    )
    return Result(
        "correct",
        data_value=str(target),
        reading="strict",
        explanation=f"{usd} in {period.label} is the {word} of {since}",
    )


_RECORD = re.compile(r"\b(?:record|all[- ]time|on\s+record|ever)\b", re.I)


def _record(claim: Claim, ev: Evidence, period: Span) -> Result:
    """ "A record low in March", "the highest on record" (semantics.md §1.4): the claimed period
    against every earlier one of the series. A month is read on two grids: single months, and
    the periods as customs released them (January and February together in the years the data
    hold a combined release). When one grid contradicts the claim and the other does not, the
    grid decides and the claim is ambiguous; gaps in the series leave an unbeaten claim open."""
    rep, par, flow = claim.reporter or "", claim.partner or "", claim.flow or ""
    higher = claim.direction != "down"
    word, more = ("highest", "higher") if higher else ("lowest", "lower")

    def value(span: Span) -> int | None:
        d = ev.value(rep, par, flow, span)
        return d.value if d is not None else None

    target = value(period)
    if target is None:
        return Result("unverifiable", explanation=f"{period.label} is not in the data")
    if period.is_month:
        months = {m: v for m, v in ev.months(rep, par, flow).items() if m < period.start}
        if not months:
            return Result("unverifiable", explanation=f"no month before {period.label} is held")
        first = min(months)
        grid = [Span(first + k, first + k) for k in range(period.start.ordinal - first.ordinal)]
        monthly = {s: months.get(s.start) for s in grid}
        released: dict[Span, int | None] = {}
        for s in grid:
            year = s.start.year
            jan_feb = Span(pd.Period(f"{year}-01", "M"), pd.Period(f"{year}-02", "M"))
            combined = ev.value(rep, par, flow, jan_feb) if s.start.month <= 2 else None
            if combined is not None and combined.derivation == "reported":
                if period.start.year == year and period.start.month <= 2:
                    released[s] = monthly[s]  # the claimed month itself is inside the release
                else:
                    released[jan_feb] = combined.value
            else:
                released[s] = monthly[s]
        grids = [("single months", monthly)]
        if released.keys() != monthly.keys():
            grids.append(("the periods as customs released them", released))
    else:
        years = {}
        for y in range(1990, period.start.year):
            v = value(Span.year(y))
            if v is not None or years:
                years[Span.year(y)] = v
        if not years:
            return Result("unverifiable", explanation=f"no year before {period.label} is held")
        grids = [("calendar years", years)]
    usd = format_usd(target, scale="unit")
    outcomes = []
    for name, series in grids:
        beaten = [
            f"{s.label} ({format_usd(v, scale='unit')})"
            for s, v in series.items()
            if v is not None and (v >= target if higher else v <= target)
        ]
        missing = [s.label for s, v in series.items() if v is None]
        outcomes.append((name, beaten, missing, len(series) - len(missing)))
    first_label = next(iter(grids[0][1])).label
    wrong = [o for o in outcomes if o[1]]
    if wrong and len(wrong) == len(outcomes):
        name, beaten, _, _ = wrong[0]
        return Result(
            "wrong",
            severity="minor",
            data_value=str(target),
            explanation=f"{period.label} ({usd}) is not the {word} on record: "
            f"{', '.join(beaten[:3])} {'was' if len(beaten) == 1 else 'were'} {more}",
        )
    if wrong:
        name, beaten, _, _ = wrong[0]
        other = next(o for o in outcomes if not o[1])
        gaps = f" ({len(other[2])} of them missing)" if other[2] else ""
        return Result(
            "ambiguous",
            data_value=str(target),
            explanation=f"the period grid decides: on {name}, {', '.join(beaten[:3])} "
            f"{'was' if len(beaten) == 1 else 'were'} {more} than {period.label} ({usd}); on "
            f"{other[0]}, no period held since {first_label} was {more}{gaps}",
        )
    name, _, missing, held = outcomes[-1]
    if any(o[2] for o in outcomes):
        missing = max((o[2] for o in outcomes), key=len)
        return Result(
            "unverifiable",
            data_value=str(target),
            explanation=f"{period.label} ({usd}) is the {word} of the {held} periods held since "
            f"{first_label}, but {len(missing)} are missing ({', '.join(missing[:4])}"
            f"{'…' if len(missing) > 4 else ''})",
        )
    return Result(
        "correct",
        data_value=str(target),
        reading="strict",
        explanation=f"{usd} in {period.label} is the {word} of every period since {first_label}",
    )


def _first_change_since(claim: Claim, ev: Evidence, period: Span, base: Span) -> Result:
    """ "The first decline since 2009" (semantics.md §1.4): the claimed period fell against the
    one before it, the base period fell too, and none in between did."""
    step = 1 if period.is_month else 12
    if base.n_months != period.n_months or base >= period:
        return Result("unverifiable", explanation=f"no run of changes from {base.label}")
    spans = []
    cursor = Span(base.start - step, base.end - step)
    while cursor.start <= period.start:
        spans.append(cursor)
        cursor = Span(cursor.start + step, cursor.end + step)
    data = {
        s: ev.value(claim.reporter or "", claim.partner or "", claim.flow or "", s) for s in spans
    }
    missing = [s.label for s, d in data.items() if d is None]
    if missing:
        return Result(
            "unverifiable", explanation=f"the data lack {', '.join(missing[:4])} for the run"
        )
    want = -1 if claim.direction == "down" else 1
    signs = {}
    for before, after_ in zip(spans, spans[1:]):
        diff = data[after_].interval - data[before].interval  # type: ignore[union-attr]
        signs[after_] = 1 if diff.lo > 0 else -1 if diff.hi < 0 else 0
    word = "decline" if want < 0 else "rise"
    run = ", ".join(f"{s.label} {format_usd(data[s].value, scale='unit')}" for s in spans)  # type: ignore[union-attr]
    if 0 in signs.values():
        return Result("unverifiable", explanation=f"rounding leaves a change undecided: {run}")
    between = [s.label for s in spans[2:-1] if signs[s] == want]
    if signs[period] != want:
        why = f"{period.label} was no {word}"
    elif signs[base] != want:
        why = f"{base.label} was no {word}"
    elif between:
        why = f"{', '.join(between[:3])} {'was a' if len(between) == 1 else 'were'} {word} too"
    else:
        return Result(
            "correct", reading="strict", explanation=f"{run}: the first {word} since {base.label}"
        )
    return Result("wrong", severity="minor", explanation=f"{run}: {why}")


def _streak(claim: Claim, ev: Evidence) -> Result:
    """ "Fell for the fourth month in a row": month-on-month moves in the stated direction for
    exactly that many months up to the claimed one (the month before the run moved the other
    way). The same run of year-on-year changes is the alternative reading: when only it holds,
    the claim is ambiguous."""
    if (
        claim.period is None
        or not claim.period.is_month
        or claim.value is None
        or claim.unit != "month"
    ):
        return Result(
            "unverifiable", explanation="a streak is checked on consecutive single months"
        )
    if not ev.has_pair(claim.reporter, claim.partner) or claim.flow is None:
        return Result(
            "unverifiable",
            explanation=_no_figures_for(claim),
        )
    assert claim.reporter and claim.partner
    n = int(claim.value)
    want = -1 if claim.direction == "down" else 1
    word = "fall" if want < 0 else "rise"

    def value(m: pd.Period) -> int | None:
        d = ev.value(claim.reporter or "", claim.partner or "", claim.flow or "", Span(m, m))
        return d.value if d is not None else None

    def run(lag: int) -> tuple[bool | None, str]:
        """Whether the run holds with this lag, and the figures that show it."""
        last = claim.period.start  # type: ignore[union-attr]
        shown = []
        for k in range(n + 1):  # the n months of the run, then the month before it
            m = last - k
            new, old = value(m), value(m - lag)
            if new is None or old is None:
                return (None if k < n else True), ", ".join(reversed(shown))
            moved = (new - old) * want > 0
            shown.append(f"{m.strftime('%b %Y')} {format_usd(new, scale='unit')}")
            if k < n and not moved:
                return False, ", ".join(reversed(shown))
            if k == n:
                return not moved, ", ".join(reversed(shown))
        return True, ", ".join(reversed(shown))

    mom, mom_figures = run(1)
    yoy, _ = run(12)
    series = f"monthly {_FLOW_WORD.get(claim.flow, claim.flow)}"
    if mom is True:
        return Result(
            "correct",
            reading="month on month",
            explanation=f"{series}: {mom_figures} — {n} {word}s in a row from the month before",
        )
    if yoy is True:
        return Result(
            "ambiguous",
            reading="year on year",
            explanation=f"{n} {word}s in a row only against the same months a year earlier; "
            f"from month to month ({mom_figures}) it does not hold",
        )
    if mom is None:
        return Result("unverifiable", explanation="months of the streak are missing from the data")
    return Result(
        "wrong",
        severity="minor",
        explanation=f"{series}: {mom_figures} — not {n} {word}s in a row",
    )
