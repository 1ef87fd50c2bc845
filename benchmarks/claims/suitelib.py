"""Helpers for build_suite.py: numbers as written, gold claims, items.

Every sentence below was written for this suite (wire copy, broadcast scripts read aloud,
translated Korean and Chinese news, think-tank prose and table lines). Figures are taken from the
preferred rows of datasets/china_dprk.csv, rounded the way a writer rounds them, or deliberately
altered (wrong value, wrong month, wrong direction, rounding that must NOT count as wrong). The
gold verdict, data value and arithmetic of each claim are computed by ``gold.py`` from the data
alone (not by tradestats.check); a claim whose verdict would depend on how a rounded datum is
widened is dropped, so every label is decisive.
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gold  # noqa: E402

OUT = HERE / "suite.jsonl"
MONTH = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SPELL = {
    "0": "zero",
    "1": "one",
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
}
CLASSES = {
    "cumulative": "cumulative periods: January-to-August, the first N months, first quarter/half",
    "two_figures": "two figures or two periods in one clause: from X in July to Y in August, "
    "up from … but lower than a year ago, between August and September, respectively",
    "relative_dates": "months and years resolved from the dateline: in August, last year, "
    "the previous month, a year ago, the same period last year",
    "perspective": "whose exports: context sentence, 'The North exported', exports of North "
    "Korean goods to China, dateline SEOUL (Yonhap)",
    "broadcast_numbers": "numbers as read aloud or mistyped: 82-point-three, two-point-79 "
    "billion, one billion-28 million, one-and-a-half billion, per cent, $55.m",
    "level_direction": "levels with a direction and sign verbs: down from X the previous "
    "month, edged up to, slipped, sank",
    "shares": "shares and percent-of: accounting for N percent of the total, a quarter of, "
    "N percent of the level posted in a base period",
    "balance": "balances and their changes: surplus/deficit levels, deficit narrowed by N "
    "percent to X",
    "superlatives_streaks": "superlatives and streaks: highest since X (X excluded), lowest "
    "since, Nth month in a row, first decline since a year",
    "other_pairs": "other pairs and currencies: US–China, China–world, yuan terms "
    "(unverifiable against the China–DPRK dollar series)",
    "rounding_hedges": "semantics.md §2 precision: hedges (about, nearly, more than, some), "
    "trailing zeros, over-precise figures, rounding-only differences",
    "multiples": "semantics.md §2 quantity types: changes above 100%, fold and times, "
    "verbal multiples (doubled, more than tripled), % lower than, absolute changes",
}

ITEMS: list[dict] = []
#: Lead sentences (no figures, no period) for items whose sentence does not name China and North
#: Korea: a story states the pair before it gives figures.
PAIR_LEADS = [
    "China's customs administration has released its figures on trade with North Korea.",
    "Beijing's customs data on its trade with Pyongyang were published this week.",
    "The figures come from China's General Administration of Customs and cover its trade with "
    "North Korea.",
    "Chinese customs statistics track the country's commerce with North Korea.",
]
DROPPED: list[str] = []


# -- numbers as written ----------------------------------------------------------------------------
def rnd(x: Fraction | int, places: int) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return (
        Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else Decimal(x)
    ).quantize(q, rounding=ROUND_HALF_UP)


def val(flow: str, span: str) -> Fraction:
    d = gold.datum(flow, span)
    if d is None:
        raise ValueError(f"no datum {flow} {span}")
    return d.value


class Num:
    """A written number: surface, gold value string, decimals and scale."""

    def __init__(self, surface: str, value: str, dec: int, scale: int = 1) -> None:
        self.surface, self.value, self.dec, self.scale = surface, value, dec, scale

    def __str__(self) -> str:
        return self.surface


def money(
    x: Fraction | int | Decimal, unit: str = "million", dec: int = 1, style: str = "wire"
) -> Num:
    scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}[unit]
    m = Decimal(x) if isinstance(x, Decimal) else rnd(Fraction(x) / scale, dec)
    ms = f"{m:f}"
    if style == "wire":
        s = f"${ms} {unit}"
    elif style == "yonhap":
        s = f"US${ms} {unit}"
    elif style == "xinhua":
        s = f"{ms} {unit} U.S. dollars"
    elif style == "dollars":
        s = f"{ms} {unit} dollars"
    elif style == "abbrev":
        s = f"${ms}{ {'million': 'm', 'billion': 'bn', 'thousand': 'k'}[unit] }"
    elif style == "usd":
        s = f"USD {ms} {unit}"
    elif style == "spoken":
        s = f"{spoken(ms)} {unit} dollars"
    else:
        raise ValueError(style)
    value = str(int(Decimal(ms) * scale))
    return Num(s, value, dec, scale)


def spoken(ms: str) -> str:
    """'188.7' → '188-point-7'; '2.79' → 'two-point-79'; '0.8' → 'point-eight'."""
    if "." not in ms:
        return ms
    a, b = ms.split(".")
    head = SPELL[a] if len(a) == 1 and a != "0" else ("" if a == "0" else a)
    tail = SPELL[b] if len(b) == 1 else b
    return f"{head}-point-{tail}" if head else f"point-{tail}"


def pct(
    x: Fraction | Decimal | float, dec: int = 1, style: str = "percent", signed: bool = True
) -> Num:
    m = Decimal(str(x)) if not isinstance(x, Fraction) else rnd(x, dec)
    m = m.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    a = f"{abs(m):f}"
    word = {"percent": " percent", "pct": "%", "per cent": " per cent", "pct.": " pct"}
    s = f"{spoken(a)} percent" if style == "spoken" else f"{a}{word[style]}"
    return Num(s, f"{m:f}" if signed else a, dec)


def change(flow: str, period: str, base: str) -> Fraction:
    return (val(flow, period) / val(flow, base) - 1) * 100


# -- items -----------------------------------------------------------------------------------------
def claim(
    kind: str,
    flow: str,
    period: str | None,
    num: Num | None,
    *,
    base: str | None = None,
    unit: str | None = None,
    hedge: str | None = None,
    direction: str | None = None,
    reporter: str = "CHN",
    partner: str = "PRK",
    currency: str | None = None,
    terms: str | None = None,
    source: str | None = "China customs",
    whole: str | None = None,
    gap: str | None = None,
    surface: str | None = None,
    value: str | None = None,
    sup: str | None = None,
    rung_kind: str | None = None,
) -> dict:
    if unit is None:
        unit = {"level": "money", "balance": "money", "change_abs": "money"}.get(kind)
        if kind in ("change_pct", "share") or (kind == "ratio" and rung_kind != "verbal"):
            unit = "percent"
    if currency is None and unit == "money":
        currency = "USD"
    c = {
        "kind": kind,
        "subject": {"reporter": reporter, "partner": partner, "flow": flow},
        "period": period,
        "base": base,
        "surface": surface if surface is not None else (num.surface if num else None),
        "value": value if value is not None else (num.value if num else None),
        "unit": unit,
        "currency": currency,
        "terms": terms,
        "hedge": hedge,
        "direction": direction,
        "source": source,
    }
    if whole:
        c["whole"] = {"reporter": reporter, "partner": partner, "flow": whole}
    if gap:
        c["gap"] = gap
    c["_dec"] = num.dec if num else 0
    c["_scale"] = num.scale if num else 1
    if sup:
        c["_sup"] = sup
    if rung_kind:
        c["_rung"] = rung_kind
    return c


def add(
    cls: str,
    style: str,
    sentence: str,
    claims: list[dict],
    dateline: str | None,
    context: str | None = None,
    note: str | None = None,
) -> None:
    assert cls in CLASSES, cls
    for c in claims:
        assert c["surface"] is None or c["surface"] in sentence, (c["surface"], sentence)
    out = []
    for c in claims:
        v1 = gold.decide(c, widen=False)
        v2 = gold.decide(c, widen=True)
        if v1[0] != v2[0]:
            DROPPED.append(f"{cls}: {sentence} [{c['surface']}] point {v1[0]} vs widened {v2[0]}")
            return
        verdict, data_value, why = v1
        c = {k: v for k, v in c.items() if not k.startswith("_")}
        c.update(verdict=verdict, data_value=data_value, why=why)
        out.append(c)
    both = f"{context or ''} {sentence}"
    if cls != "other_pairs" and not (
        any(w in both for w in ("China", "Chinese", "Beijing"))
        and any(w in both for w in ("Korea", "DPRK", "Pyongyang"))
    ):
        # the sentence alone does not name the pair: give it the lead a real story would have
        prefix = PAIR_LEADS[len(ITEMS) % len(PAIR_LEADS)]
        context = f"{prefix} {context}" if context else prefix
    n = sum(1 for it in ITEMS if it["class"] == cls) + 1
    ITEMS.append(
        {
            "id": f"{cls}-{n:03d}",
            "class": cls,
            "style": style,
            "sentence": sentence,
            "url": None,
            "dateline": dateline,
            "dateline_basis": "written with the sentence" if dateline else None,
            "context": context,
            "context_kind": "verbatim" if context else None,
            "claims": out,
            "non_claims": [],
            "note": note,
        }
    )


def mon(period_month: str) -> str:
    return MONTH[int(period_month[5:7]) - 1]


def sp(m: str) -> str:
    return f"{m}/{m}"


def yr(y: int) -> str:
    return f"{y}-01/{y}-12"


def cum(y: int, last: int) -> str:
    return f"{y}-01/{y}-{last:02d}"


def wrongly(x: Fraction, by: Fraction = Fraction(113, 100)) -> Fraction:
    return x * by


def write(path: Path = OUT) -> None:
    """Write the suite and print its size per class; with ``--check`` on the command line,
    only compare with the file (exit 1 when the labels no longer follow from the data)."""
    from collections import Counter

    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids))
    text = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS)
    if "--check" in sys.argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{path} is out of date: run python benchmarks/claims/build_suite.py")
            sys.exit(1)
        print(f"{path} is up to date ({len(ITEMS)} items)")
        return
    path.write_text(text, encoding="utf-8")
    counts = Counter(it["class"] for it in ITEMS)
    verdicts = Counter(c["verdict"] for it in ITEMS for c in it["claims"])
    print(f"{len(ITEMS)} items, {sum(len(it['claims']) for it in ITEMS)} claims -> {path}")
    for k in CLASSES:
        print(f"  {k:22s} {counts.get(k, 0)}")
    print("  verdicts:", dict(verdicts))
    for d in DROPPED:
        print("dropped:", d, file=sys.stderr)
