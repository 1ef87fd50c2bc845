"""What the held-out builders share: shorthands for labelled claims, one item, the output.

``build_heldout.py`` and ``build_heldout2.py`` hold only their sentences; each calls
:func:`setup` first and :func:`write` last. Gold verdicts come from ``gold.py`` through
``suitelib.add``, never from tradestats.check.
"""

# ruff: noqa: N802  (one-letter claim constructors read like the labels they write)
from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

import suitelib
from gold import month_before, year_before
from suitelib import Num, claim, rnd, sp, val, yr

#: the suite's twelve phrasing classes, plus sentences whose figures are not trade claims
CLASSES = dict(suitelib.CLASSES)
CLASSES["non_claims"] = (
    "figures that are not trade claims: population, dates, resolution numbers, prices, tonnages, "
    "forecasts, percentages of other things"
)
suitelib.CLASSES.update(CLASSES)
#: the id prefix of the set being built ("H-", "H2-"), set by :func:`setup`
PREFIX = ["H-"]


def setup(prefix: str, leads: list[str]) -> None:
    """Start a held-out set: its id prefix and its neutral leads (no figures, no period) for
    sentences that do not name the pair themselves."""
    PREFIX[0] = prefix
    suitelib.PAIR_LEADS[:] = leads


STYLES = ("wire", "broadcast", "yonhap", "xinhua", "thinktank", "headline")


# -- shorthands ------------------------------------------------------------------------------------
def m(flow: str, span: str) -> F:
    return val(flow, span)


def chg(flow: str, span: str, base: str) -> F:
    return (m(flow, span) / m(flow, base) - 1) * 100


def ago(span: str) -> str:
    return year_before(span)


def prev(span: str) -> str:
    return month_before(span)


SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


def usd(tmpl: str, x: F | str, unit: str = "million", dec: int = 1) -> Num:
    """A money figure: ``tmpl`` holds ``{}`` for the mantissa; x a datum (rounded here) or a
    written mantissa string (a deliberately wrong figure)."""
    scale = SCALE[unit]
    ms = x if isinstance(x, str) else f"{rnd(F(x) / scale, dec):f}"
    d = len(ms.split(".")[1]) if "." in ms else 0
    return Num(tmpl.format(ms), str(int(Decimal(ms) * scale)), d, scale)


def said(surface: str, value: str, unit: str = "million", dec: int = 0) -> Num:
    """A money figure spelled out or read aloud, with its value as a mantissa string."""
    scale = SCALE[unit]
    return Num(surface, str(int(Decimal(value) * scale)), dec, scale)


def pc(tmpl: str, x: F | str, dec: int = 1) -> Num:
    """A percentage: x a computed change (rounded here, signed) or a written signed string."""
    if isinstance(x, str):
        v = Decimal(x)
        d = len(x.split(".")[1]) if "." in x else 0
    else:
        v = rnd(x, dec)
        d = dec
    return Num(tmpl.format(f"{abs(v):f}"), f"{v:f}", d)


def word(surface: str, value: str, dec: int = 0) -> Num:
    return Num(surface, value, dec)


def L(flow, period, num, **kw):  # noqa: N802
    return claim("level", flow, period, num, **kw)


def C(flow, period, base, num, **kw):  # noqa: N802
    kw.setdefault("direction", "up" if Decimal(num.value) > 0 else "down")
    return claim("change_pct", flow, period, num, base=base, **kw)


def R(flow, period, base, num, **kw):  # noqa: N802
    return claim("ratio", flow, period, num, base=base, **kw)


def S(flow, whole, period, num, **kw):  # noqa: N802
    return claim("share", flow, period, num, whole=whole, **kw)


def B(period, num, **kw):  # noqa: N802
    kw.setdefault("gap", "surplus" if Decimal(num.value) >= 0 else "deficit")
    return claim("balance", "balance", period, num, **kw)


def A(flow, period, base, num, **kw):  # noqa: N802  (absolute change)
    kw.setdefault("direction", "up" if Decimal(num.value) > 0 else "down")
    return claim("change_abs", flow, period, num, base=base, **kw)


def SU(flow, month, since, sup, surface):  # noqa: N802
    return claim(
        "superlative",
        flow,
        sp(month),
        None,
        base=sp(since),
        direction="up" if sup == "high" else "down",
        surface=surface,
        sup=sup,
    )


def ST(flow, first, last, direction, surface):  # noqa: N802
    return claim("streak", flow, f"{first}/{last}", None, direction=direction, surface=surface)


def FD(flow, year, since, surface):  # noqa: N802  ("the first decline since <year>")
    return claim(
        "superlative",
        flow,
        yr(year),
        None,
        base=yr(since),
        direction="down",
        surface=surface,
        sup="first_decline",
    )


def other(kind, flow, period, num, reporter, partner, **kw):
    return claim(kind, flow, period, num, reporter=reporter, partner=partner, **kw)


def NC(surface: str, reason: str) -> dict:
    return {"surface": surface, "reason": reason}


def H(  # noqa: N802
    cls: str,
    style: str,
    sentence: str,
    claims: list[dict],
    dateline: str | None,
    context: str | None = None,
    note: str | None = None,
    non: list[dict] | None = None,
    alt: dict[str, list[str]] | None = None,
) -> None:
    """One held-out item: suitelib.add computes the gold verdicts; the id and non-claims are
    set here."""
    assert style in STYLES, style
    for nc in non or []:
        assert nc["surface"] in sentence, (nc["surface"], sentence)
    before = len(suitelib.ITEMS)
    suitelib.add(cls, style, sentence, claims, dateline, context=context, note=note)
    if len(suitelib.ITEMS) == before:  # dropped: its verdict hung on how a datum is widened
        return
    item = suitelib.ITEMS[-1]
    item["id"] = PREFIX[0] + item["id"]
    item["non_claims"] = non or []
    for c in item["claims"]:  # verdicts a documented alternative rule also gives
        if alt and c["surface"] in alt:
            c["alt_verdicts"] = alt[c["surface"]]


# -- output ------------------------------------------------------------------------------------------
def write(path: Path, script: str) -> None:
    """Write the set to ``path`` and print its size per class; ``--check`` only compares."""
    items = suitelib.ITEMS
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    text = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
    if "--check" in sys.argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{path} is out of date: run python benchmarks/claims/{script}")
            sys.exit(1)
        print(f"{path} is up to date ({len(items)} items)")
        return
    path.write_text(text, encoding="utf-8")
    per = Counter(it["class"] for it in items)
    claims = Counter(it["class"] for it in items for _ in it["claims"])
    styles = Counter(it["style"] for it in items)
    verdicts = Counter(c["verdict"] for it in items for c in it["claims"])
    print(f"{len(items)} items, {sum(claims.values())} claims -> {path}")
    for k in CLASSES:
        print(f"  {k:22s} {per.get(k, 0):4d} items {claims.get(k, 0):4d} claims")
    print("  styles:", dict(styles))
    print("  verdicts:", dict(verdicts))
    for d in suitelib.DROPPED:
        print("dropped:", d, file=sys.stderr)
