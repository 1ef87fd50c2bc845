"""Independent gold verdicts for the labelled suite (does NOT use tradestats.check).

Reads ``datasets/china_dprk.csv`` with the csv module, keeps the preferred China–DPRK rows and
decides each gold claim with the interval rules of semantics.md §1 in exact ``Fraction``
arithmetic. A datum is widened to the half-unit of its last non-zero digit ("reported" figures
such as 188,700,000); ``decide`` is run on both the point and the widened datum and the builder
drops any claim whose verdict depends on that choice, so every label in the suite is decisive.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "datasets" / "china_dprk.csv"

#: Cells the data helper is correcting (shared/data/china_dprk/update_2026-11/corrections.csv):
#: the suite does not use them.
AVOID = {
    ("total", "2021-11/2021-11"),
    ("export", "2021-12/2021-12"),
    ("total", "2021-12/2021-12"),
    ("import", "2019-01/2019-03"),
    ("export", "2019-01/2019-12"),
    ("import", "2019-01/2019-12"),
    ("total", "2019-01/2019-12"),
    ("export", "2018-01/2018-12"),
    ("import", "2018-01/2018-12"),
    ("total", "2018-01/2018-12"),
    ("import", "2017-03/2017-03"),
    ("total", "2020-10/2020-10"),
    ("export", "2023-09/2023-09"),
    ("import", "2020-01/2020-01"),
    ("export", "2023-10/2023-10"),
}


@dataclass(frozen=True)
class Datum:
    value: Fraction
    lo: Fraction
    hi: Fraction
    how: str  # "row monthly:12" or "export + import"
    change: str | None = None  # the change printed with the figure
    basis: str | None = None


def _half_unit(v: int) -> Fraction:
    """Half a unit of the last non-zero digit of an integer datum (0 for v == 0)."""
    if v == 0:
        return Fraction(0)
    step = 1
    while v % (step * 10) == 0:
        step *= 10
    return Fraction(step, 2)


def _load() -> dict[tuple[str, str], dict[str, str]]:
    out: dict[tuple[str, str], dict[str, str]] = {}
    with DATA.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["preferred"] != "True" or row["commodity"] != "TOTAL":
                continue
            if (row["reporter"], row["partner"]) != ("CHN", "PRK") or not row["value_usd"]:
                continue
            key = (row["flow"], f"{row['start']}/{row['end']}")
            if key in out:
                raise ValueError(f"two preferred rows for {key}")
            out[key] = row
    return out


PREFERRED = _load()


def datum(flow: str, span: str) -> Datum | None:
    """The preferred figure for flow and span, or its exact sum/difference from the other flows."""
    if (flow, span) in AVOID:
        return None
    row = PREFERRED.get((flow, span))
    if row is not None:
        v = int(row["value_usd"])
        h = _half_unit(v)
        return Datum(
            Fraction(v),
            v - h,
            v + h,
            f"row {row['row_id']}",
            row["change_pct"] or None,
            row["change_basis"] or None,
        )
    parts = {f: PREFERRED.get((f, span)) for f in ("export", "import", "total")}
    if any((f, span) in AVOID for f in parts):
        return None
    vals = {f: int(r["value_usd"]) for f, r in parts.items() if r is not None}
    if flow == "balance" and {"export", "import"} <= vals.keys():
        x, m = vals["export"], vals["import"]
        hx, hm = _half_unit(x), _half_unit(m)
        return Datum(Fraction(x - m), x - m - hx - hm, x - m + hx + hm, "export − import")
    if flow == "total" and {"export", "import"} <= vals.keys():
        x, m = vals["export"], vals["import"]
        hx, hm = _half_unit(x), _half_unit(m)
        return Datum(Fraction(x + m), x + m - hx - hm, x + m + hx + hm, "export + import")
    if flow in ("export", "import") and {"total"} <= vals.keys():
        other = "import" if flow == "export" else "export"
        if other in vals:
            t, o = vals["total"], vals[other]
            ht, ho = _half_unit(t), _half_unit(o)
            return Datum(Fraction(t - o), t - o - ht - ho, t - o + ht + ho, f"total − {other}")
    return None


# -- spans ------------------------------------------------------------------------------------------
def months(span: str) -> list[str]:
    a, b = span.split("/")
    ya, ma = map(int, a.split("-"))
    yb, mb = map(int, b.split("-"))
    out = []
    while (ya, ma) <= (yb, mb):
        out.append(f"{ya:04d}-{ma:02d}")
        ma += 1
        if ma == 13:
            ya, ma = ya + 1, 1
    return out


def shift(month: str, by: int) -> str:
    y, m = map(int, month.split("-"))
    k = y * 12 + m - 1 + by
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def year_before(span: str) -> str:
    a, b = span.split("/")
    return f"{shift(a, -12)}/{shift(b, -12)}"


def month_before(span: str) -> str:
    a, _ = span.split("/")
    p = shift(a, -1)
    return f"{p}/{p}"


def one(month: str) -> str:
    return f"{month}/{month}"


# -- claim intervals (semantics.md §1.2–1.3) -----------------------------------------------------
APPROX_HEDGES = {"about", "around", "roughly", "approximately", "some", "an estimated"}
BELOW_HEDGES = {"nearly", "almost", "just under", "close to"}
ABOVE_HEDGES = {"more than", "over", "above", "in excess of", "just over"}
EMPHASIS = {"just", "only", "a mere", "a whopping", None}
BAND = Fraction(5, 100)


def strict(value: str, decimals: int, scale: int = 1) -> tuple[Fraction, Fraction]:
    m = Fraction(Decimal(value))
    h = Fraction(1, 2) * Fraction(10) ** -decimals * scale
    return m - h, m + h


def loose(value: str, decimals: int, scale: int = 1) -> tuple[Fraction, Fraction]:
    """Step at the last non-zero digit of the mantissa as written (integers with trailing zeros)."""
    d = Decimal(value) / scale
    if decimals > 0 or d != d.to_integral_value() or d == 0:
        return strict(value, decimals, scale)
    n = int(abs(d))
    step = 1
    while n % (step * 10) == 0:
        step *= 10
    m = Fraction(Decimal(value))
    return m - Fraction(step, 2) * scale, m + Fraction(step, 2) * scale


def meets(a: tuple[Fraction, Fraction], b: tuple[Fraction, Fraction]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def fmt(x: Fraction, unit: str) -> str:
    if unit == "money":
        return f"${float(x) / 1e6:,.4f}m"
    return f"{float(x):.4f}"


def _interval_verdict(
    claimed: tuple[Fraction, Fraction],
    loose_iv: tuple[Fraction, Fraction],
    data: tuple[Fraction, Fraction],
    hedge: str | None,
    x: Fraction,
) -> str:
    if x < 0:  # a decline: decide on magnitudes
        claimed, loose_iv = (-claimed[1], -claimed[0]), (-loose_iv[1], -loose_iv[0])
        data, x = (-data[1], -data[0]), -x
    lo, hi = claimed
    if hedge in BELOW_HEDGES:
        if data[1] < x * (1 - BAND):
            return "wrong"
        # "nearly x": at most the top of x's interval; a round x may use its loose tier (approx)
        return "correct" if data[0] <= hi else ("approx" if data[0] <= loose_iv[1] else "wrong")
    if hedge in ABOVE_HEDGES:
        upper = x * (1 + BAND) if hedge == "just over" else None
        ok = data[1] > lo and (upper is None or data[0] <= upper)
        return "correct" if ok else "wrong"
    if hedge in ("less than", "under", "below"):
        return "correct" if data[0] < hi else "wrong"
    if meets(claimed, data):
        return "correct"
    if hedge in APPROX_HEDGES:
        band = (x * (1 - BAND), x * (1 + BAND)) if x >= 0 else (x * (1 + BAND), x * (1 - BAND))
        if meets(loose_iv, data) or meets(band, data):
            return "approx"
        return "wrong"
    if meets(loose_iv, data):
        return "approx"
    if hedge in EMPHASIS and data[1] >= x and data[0] < x + 2 * (hi - x):
        return "approx"  # truncation reading [x, x + 2h)
    return "wrong"


# -- verdicts ---------------------------------------------------------------------------------------
LADDER = [Fraction(3, 2), Fraction(2), Fraction(5, 2), Fraction(3), Fraction(4), Fraction(5)]
FRACTIONS = [
    Fraction(1, 10),
    Fraction(1, 5),
    Fraction(1, 4),
    Fraction(1, 3),
    Fraction(2, 5),
    Fraction(1, 2),
    Fraction(3, 5),
    Fraction(2, 3),
    Fraction(3, 4),
    Fraction(4, 5),
    Fraction(9, 10),
]


def rung(ladder: list[Fraction], k: Fraction) -> tuple[Fraction, Fraction]:
    """Nearest-rung interval: between the midpoints to the neighbours on the ladder."""
    i = ladder.index(k)
    lo = (ladder[i - 1] + k) / 2 if i else k - (ladder[1] - k) / 2
    hi = (ladder[i + 1] + k) / 2 if i + 1 < len(ladder) else k + (k - ladder[i - 1]) / 2
    return lo, hi


def _ratio(n: Datum, o: Datum, widen: bool) -> tuple[Fraction, Fraction]:
    if not widen:
        r = n.value / o.value
        return r, r
    return n.lo / o.hi, n.hi / o.lo


def _published(n: Datum, period: str, base: str | None) -> tuple[Fraction, Fraction] | None:
    if n.change is None or base is None:
        return None
    single = period.split("/")[0] == period.split("/")[1]
    if base == year_before(period):
        ok = n.basis in ("yoy", "ytd")
    elif single and base == month_before(period):
        ok = n.basis == "mom"
    else:
        ok = False
    if not ok:
        return None
    text = n.change.lstrip("+")
    d = -Decimal(text).as_tuple().exponent
    return strict(text, max(d, 0))


def decide(c: dict, widen: bool) -> tuple[str, str | None, str]:
    """(verdict, data_value, why) for one gold claim, from the data alone."""
    kind, flow = c["kind"], c["subject"]["flow"]
    period, base = c["period"], c.get("base")
    if (
        c["subject"]["reporter"] != "CHN"
        or c["subject"]["partner"] != "PRK"
        or (c.get("currency") not in (None, "USD"))
        or (c.get("terms") not in (None, "USD"))
    ):
        return "unverifiable", None, "the data hold only China–DPRK trade in US dollars"
    hedge = c.get("hedge")
    if kind in ("level", "balance", "change_abs"):
        x = Fraction(Decimal(c["value"]))
        cl = strict(c["value"], c["_dec"], c["_scale"])
        lo = loose(c["value"], c["_dec"], c["_scale"])
        if kind == "change_abs":
            n, o = datum(flow, period), datum(flow, base)
            if n is None or o is None:
                return "unverifiable", None, f"no {flow} figure for {period} or {base}"
            dv = (n.lo - o.hi, n.hi - o.lo) if widen else (n.value - o.value,) * 2
            v = _interval_verdict(cl, lo, dv, hedge, x)
            return (
                v,
                str(int(n.value - o.value)),
                f"claimed [{fmt(cl[0], 'money')}, {fmt(cl[1], 'money')}]; data "
                f"{fmt(n.value, 'money')} − {fmt(o.value, 'money')} = "
                f"{fmt(n.value - o.value, 'money')} → {v}",
            )
        d = datum(flow, period)
        if d is None:
            return "unverifiable", None, f"no {flow} figure for {period} in the data"
        dv = (d.lo, d.hi) if widen else (d.value, d.value)
        v = _interval_verdict(cl, lo, dv, hedge, x)
        why = (
            f"claimed [{fmt(cl[0], 'money')}, {fmt(cl[1], 'money')}]"
            + (f" (hedge '{hedge}')" if hedge else "")
            + f"; data {flow} {period} = {fmt(d.value, 'money')} ({d.how}) → {v}"
        )
        if c.get("direction") and base:
            o = datum(flow, base)
            if o is not None:
                up = d.value > o.value
                if up != (c["direction"] == "up"):
                    v = "wrong"
                    why += (
                        f"; but direction '{c['direction']}' fails: {base} "
                        f"{fmt(o.value, 'money')} → {fmt(d.value, 'money')} → wrong"
                    )
                else:
                    why += f"; direction holds ({fmt(o.value, 'money')} in {base})"
        return v, str(int(d.value)), why
    if kind in ("change_pct", "ratio", "share", "pp_change"):
        if kind == "share":
            n, o = datum(flow, period), datum(c["whole"]["flow"], period)
        elif kind == "pp_change":
            return _pp(c, widen)
        elif flow == "balance":
            n, o = datum("balance", period), datum("balance", base)
        else:
            n, o = datum(flow, period), datum(flow, base)
        x = Fraction(Decimal(c["value"]))
        if c.get("_rung") == "verbal":  # "halved": a verbal multiple below 1 on the fraction ladder
            cl = rung(LADDER, x) if x >= 1 else rung(FRACTIONS, x)
        elif c.get("_rung") == "fraction":
            f = rung(FRACTIONS, min(FRACTIONS, key=lambda r: abs(r - x / 100)))
            cl = (f[0] * 100, f[1] * 100)
        else:
            cl = strict(c["value"], c["_dec"])
        lo = loose(c["value"], c["_dec"]) if not c.get("_rung") else cl
        if c.get("_rung") and hedge in ABOVE_HEDGES:
            cl, hedge = (x, cl[1] * 1000), None
        elif c.get("_rung") and hedge in BELOW_HEDGES | {"less than"}:
            cl, hedge = (cl[0] if hedge != "less than" else -cl[1] * 1000, x), None
        if c.get("_rung"):
            lo = cl
        pub = _published(n, period, base) if (kind == "change_pct" and n) else None
        if (n is None or o is None) and pub is None:
            return "unverifiable", None, f"no {flow} figures for {period} and {base}"
        parts = []
        meet = []
        dval = None
        if n is not None and o is not None:
            r = _ratio(n, o, widen)
            if kind == "change_pct":
                rec = ((r[0] - 1) * 100, (r[1] - 1) * 100)
                pv = (n.value / o.value - 1) * 100
            elif c["unit"] == "times":
                rec = r
                pv = n.value / o.value
            else:
                rec = (r[0] * 100, r[1] * 100)
                pv = n.value / o.value * 100
            dval = f"{float(pv):.2f}" if c["unit"] != "times" else f"{float(pv):.3f}"
            parts.append(
                f"computed {fmt(n.value, 'money')} / {fmt(o.value, 'money')} → {float(pv):.3f}"
            )
            meet.append(_interval_verdict(cl, lo, rec, hedge, x))
        if pub is not None:
            parts.append(f"published change {n.change}% ({n.basis})")
            meet.append(_interval_verdict(cl, lo, pub, hedge, x))
            dval = dval or n.change.lstrip("+")
        order = ["correct", "approx", "wrong"]
        v = min(meet, key=order.index)
        if c.get("_times_higher") and v == "correct" and n is not None and o is not None:
            alt = (x + 1 - Fraction(1, 20), x + 1 + Fraction(1, 20))
            if not meets(alt, _ratio(n, o, widen)):
                v = "ambiguous"
                parts.append(f"'times higher' read as {float(x) + 1:g}× does not hold")
        return (
            v,
            dval,
            f"claimed [{float(cl[0]):.3f}, {float(cl[1]):.3f}]"
            + (f" (hedge '{hedge}')" if hedge else "")
            + "; "
            + "; ".join(parts)
            + f" → {v}",
        )
    if kind == "superlative":
        return _superlative(c)
    if kind == "streak":
        return _streak(c)
    raise ValueError(kind)


def _series(flow: str, first: str, last: str) -> dict[str, Fraction] | None:
    out = {}
    for m in months(f"{first}/{last}"):
        d = datum(flow, one(m))
        if d is None:
            return None
        out[m] = d.value
    return out


def _superlative(c: dict) -> tuple[str, str | None, str]:
    flow, sup = c["subject"]["flow"], c["_sup"]
    if sup == "first_decline":
        y, y0 = int(c["period"][:4]), int(c["base"][:4])
        ann = {}
        for year in range(y0 - 1, y + 1):
            d = datum(flow, f"{year}-01/{year}-12")
            if d is None:
                return "unverifiable", None, f"no annual {flow} for {year}"
            ann[year] = d.value
        fell = {year: ann[year] < ann[year - 1] for year in range(y0, y + 1)}
        ok = fell[y] and fell[y0] and not any(fell[k] for k in range(y0 + 1, y))
        v = "correct" if ok else "wrong"
        seq = ", ".join(f"{k} {fmt(ann[k], 'money')}" for k in sorted(ann))
        return v, None, f"annual {flow}: {seq} → declines in {[k for k in fell if fell[k]]} → {v}"
    m = c["period"].split("/")[0]
    x = c["base"].split("/")[0]
    s = _series(flow, x, m)
    if s is None:
        return "unverifiable", None, f"monthly {flow} {x}..{m} incomplete in the data"
    vm, vx = s[m], s[x]
    between = [s[k] for k in s if k not in (m, x)]
    ok = (
        all(vm > b for b in between) and vx >= vm
        if sup == "high"
        else all(vm < b for b in between) and vx <= vm
    )
    v = "correct" if ok else "wrong"
    seq = ", ".join(f"{k} {float(s[k]) / 1e6:.3f}" for k in s)
    return (
        v,
        str(int(vm)),
        f"monthly {flow} ($m): {seq}; {sup}est since {x} (X itself excluded) → {v}",
    )


def _streak(c: dict) -> tuple[str, str | None, str]:
    flow = c["subject"]["flow"]
    first, last = c["period"].split("/")
    s = _series(flow, shift(first, -2), last)
    if s is None:
        return "unverifiable", None, f"monthly {flow} around {c['period']} incomplete in the data"
    up = c["direction"] == "up"
    keys = list(s)
    moves = {keys[i]: s[keys[i]] > s[keys[i - 1]] for i in range(1, len(keys))}
    run = [moves[k] == up for k in months(c["period"])]
    before = moves[shift(first, -1)] == up
    ok = all(run) and not before
    v = "correct" if ok else "wrong"
    seq = ", ".join(f"{k} {float(s[k]) / 1e6:.3f}" for k in s)
    return (
        v,
        None,
        f"monthly {flow} ($m): {seq}; run of {len(run)} {c['direction']} moves ending {last}, not {len(run) + 1} → {v}",
    )


def _pp(c: dict, widen: bool) -> tuple[str, str | None, str]:
    flow, whole = c["subject"]["flow"], c["whole"]["flow"]
    sh = []
    for span in (c["period"], c["base"]):
        p, t = datum(flow, span), datum(whole, span)
        if p is None or t is None:
            return "unverifiable", None, f"no {flow}/{whole} for {span}"
        sh.append(
            (p.lo / t.hi * 100, p.hi / t.lo * 100) if widen else (p.value / t.value * 100,) * 2
        )
    d = (sh[0][0] - sh[1][1], sh[0][1] - sh[1][0])
    cl = strict(c["value"], c["_dec"])
    v = "correct" if meets(cl, d) else "wrong"
    mid = (d[0] + d[1]) / 2
    return (
        v,
        f"{float(mid):.2f}",
        (
            f"claimed [{float(cl[0]):.2f}, {float(cl[1]):.2f}] pp; share {c['period']} "
            f"{float(sh[0][0]):.3f}% − share {c['base']} {float(sh[1][0]):.3f}% = {float(mid):.3f} pp → {v}"
        ),
    )
