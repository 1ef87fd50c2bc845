# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/heldout7.jsonl: a seventh held-out labelled set, written blind.

    python benchmarks/claims/build_heldout7.py           # write heldout7.jsonl, print the counts
    python benchmarks/claims/build_heldout7.py --check   # only compare with the committed file

The sentences here were written for a seventh held-out measurement of the claim checker, without
looking at the checker's code, at its output on these sentences, or at the sentences of
``suite.jsonl``, ``heldout.jsonl`` … ``heldout6.jsonl``, the other builders or the dev set. They
lean on sentence shapes and vocabulary the earlier sets use little: the figure before its subject
or verb ("At $10.2 million, imports were …", "Down 24 percent on the year, trade …"),
nominalisations ("a 24 percent drop in two-way trade", "the trade's 12.3-fold jump"), participles
and absolute clauses ("Falling 24 percent, …", "with imports down 74% at …"), the passive voice
("Goods worth $X were shipped by China …"), relative clauses and appositives, questions and
answers, conditionals, reported speech and hedged attributions, long sentences with three to five
claims, and synonyms for trade ("commerce", "turnover", "two-way business", "outbound shipments",
"deliveries", "inbound goods") and for movement ("shrank", "nosedived", "ballooned", "inched up",
"halved"). Periods run from 2006 to 2025.

Figures come from the preferred rows of datasets/china_dprk.csv through ``gold.py``, rounded as
writers round them, or deliberately altered (a ``note`` says how). Every verdict is computed by
``gold.py`` from the data alone, never by tradestats.check. Figures about other pairs or in yuan
are written as a reporter would quote them; they are labelled unverifiable because the data hold
no such series, and they are not checked against any source.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from heldoutlib import (
    FD,
    NC,
    SCALE,
    ST,
    SU,
    A,
    B,
    C,
    H,
    L,
    R,
    S,
    ago,
    chg,
    m,
    other,
    pc,
    prev,
    said,
    setup,
    usd,
    word,
    write,
)
from suitelib import Num, claim, cum, rnd, sp, yr

setup(
    "H7-",
    [
        "The figures that follow come from the General Administration of Customs of China and cover its commerce with North Korea.",
        "Beijing's customs office publishes its trade with Pyongyang country by country each month.",
        "The data concern the border trade between China and the DPRK.",
    ],
)


# -- small helpers of this set ---------------------------------------------------------------------
def wd(date: str) -> str:
    """The weekday of a dateline, so that a weekday in the text matches it."""
    return datetime.date.fromisoformat(date).strftime("%A")


def D(tmpl: str, flow: str, span: str, unit: str = "million", dec: int = 1) -> Num:  # noqa: N802
    """A money figure read from the data, with a thousands comma as writers print it."""
    n = usd(tmpl, m(flow, span), unit, dec)
    ms = f"{rnd(m(flow, span) / SCALE[unit], dec):f}"
    n.surface = tmpl.format(f"{Decimal(ms):,f}")
    return n


def P(tmpl: str, flow: str, span: str, base: str, dec: int = 1) -> Num:  # noqa: N802
    """A signed percentage change read from the data."""
    return pc(tmpl, chg(flow, span, base), dec)


def Q(tmpl: str, part: F_, dec: int = 1) -> Num:  # noqa: N802
    """A positive percentage (share or percent-of) from a fraction of 100."""
    return pc(tmpl, part, dec)


def diff(tmpl: str, flow: str, span: str, base: str, unit: str = "million", dec: int = 1) -> Num:
    """An absolute change: the surface shows its size, the value keeps its sign."""
    x = m(flow, span) - m(flow, base)
    scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}[unit]
    v = rnd(x / scale, dec)
    return Num(tmpl.format(f"{abs(v):f}"), str(int(v * scale)), dec, scale)


def share(flow: str, whole: str, span: str) -> Fraction:
    return m(flow, span) / m(whole, span) * 100


def of(flow: str, span: str, base: str) -> Fraction:
    return m(flow, span) / m(flow, base) * 100


def times(surface: str, value: str, dec: int = 1) -> Num:
    return Num(surface, value, dec)


def higher(c: dict) -> dict:
    """A "k times higher" claim: the k+1 reading is admissible too (semantics.md §1.4)."""
    c["_times_higher"] = True
    return c


F_ = Fraction
E, I, T = "export", "import", "total"  # noqa: E741  (the three flows)

# == cumulative ====================================================================================
x = D("$1.06 billion", T, cum(2023, 6), "billion", 2)
c = pc("211 percent", "211")
dl = "2023-07-20"
H(
    "cumulative",
    "wire",
    f"At {x}, China's commerce with North Korea in the first half of 2023 was up {c} on a year earlier, customs data released on {wd(dl)} showed.",
    [L(T, cum(2023, 6), x), C(T, cum(2023, 6), ago(cum(2023, 6)), c)],
    dl,
)
x = D("${} million", I, cum(2018, 8), dec=1)
c = pc("{} percent", "-89.3")
H(
    "cumulative",
    "yonhap",
    f"Down {c} from the same stretch of 2017, China's purchases from North Korea over the first eight months of 2018 came to a mere {x}.",
    [C(I, cum(2018, 8), ago(cum(2018, 8)), c), L(I, cum(2018, 8), x, hedge="a mere")],
    "2018-09-25",
)
x = D("${} billion", E, cum(2019, 6), "billion", 2)
H(
    "cumulative",
    "xinhua",
    f"Outbound shipments from China to the DPRK, which reached {x} in January-June 2019, were 15.5 percent higher than in the first half of the previous year.",
    [L(E, cum(2019, 6), x), C(E, cum(2019, 6), ago(cum(2019, 6)), pc("15.5 percent", "15.5"))],
    "2019-07-23",
)
x = D("${} million", T, cum(2020, 9), dec=1)
c = pc("{}%", "-72.8")
H(
    "cumulative",
    "thinktank",
    f"Nine months into the pandemic year, turnover stood at {x} — a contraction of {c} from January–September 2019.",
    [L(T, cum(2020, 9), x), C(T, cum(2020, 9), ago(cum(2020, 9)), c)],
    "2020-10-27",
)
x = D("${} million", E, cum(2017, 9), dec=2)
H(
    "cumulative",
    "wire",
    f"Goods worth {x} were shipped by China to North Korea in the first three quarters of 2017, a 25.9 percent rise on the year, customs said.",
    [L(E, cum(2017, 9), x), C(E, cum(2017, 9), ago(cum(2017, 9)), pc("25.9 percent", "25.9"))],
    "2017-10-24",
    note="the change is altered: customs printed +20.9% for January-September exports",
)
x = D("${} billion", T, cum(2011, 9), "billion", 1)
H(
    "cumulative",
    "thinktank",
    f"Having climbed 77 percent year on year, two-way business in the first nine months of 2011 totalled {x}.",
    [C(T, cum(2011, 9), ago(cum(2011, 9)), pc("77 percent", "77")), L(T, cum(2011, 9), x)],
    "2011-10-20",
)
x = D("${} million", I, cum(2023, 11), dec=1)
c = pc("{}%", "132.7")
H(
    "cumulative",
    "headline",
    f"China's Jan–Nov buying from N. Korea: {x}, up {c}",
    [L(I, cum(2023, 11), x), C(I, cum(2023, 11), ago(cum(2023, 11)), c)],
    "2023-12-20",
)
x = D("${} billion", T, cum(2015, 11), "billion", 2)
H(
    "cumulative",
    "yonhap",
    f"Contracting by 15 percent, bilateral trade volume over January-November 2015 amounted to {x}, according to figures compiled from Chinese customs.",
    [C(T, cum(2015, 11), ago(cum(2015, 11)), pc("15 percent", "-15", 0)), L(T, cum(2015, 11), x)],
    "2015-12-22",
)
x = D("${} million", E, cum(2024, 4), dec=1)
H(
    "cumulative",
    "wire",
    f"Sales by Chinese exporters to North Korea in the first four months of 2024, at {x}, slipped 3.5 percent from the same months of 2023.",
    [L(E, cum(2024, 4), x), C(E, cum(2024, 4), ago(cum(2024, 4)), pc("3.5 percent", "-3.5"))],
    "2024-05-20",
    note="the change is altered: customs printed -8.5% for January-April exports",
)
x = D("${} million", I, cum(2013, 6), dec=0)
H(
    "cumulative",
    "xinhua",
    f"Imports from the DPRK grew 5.3 percent to {x} in the first six months of 2013, while exports to it shrank 13.6 percent.",
    [
        C(I, cum(2013, 6), ago(cum(2013, 6)), pc("5.3 percent", "5.3")),
        L(I, cum(2013, 6), x, direction="up", base=ago(cum(2013, 6))),
        C(E, cum(2013, 6), ago(cum(2013, 6)), pc("13.6 percent", "-13.6")),
    ],
    "2013-07-24",
)
x = D("${} million", T, cum(2020, 4), dec=1)
c = pc("{} per cent", "-66.6")
H(
    "cumulative",
    "broadcast",
    f"What did the first four months of 2020 bring? Turnover of {x}, {c} less than a year before.",
    [L(T, cum(2020, 4), x), C(T, cum(2020, 4), ago(cum(2020, 4)), c)],
    "2020-05-22",
)
x = D("${} billion", T, cum(2018, 10), "billion", 2)
H(
    "cumulative",
    "wire",
    f"Ten months of sanctions later, the trade's value — {x} for January to October 2018 — was 54.7 percent below the same period of 2017.",
    [L(T, cum(2018, 10), x), C(T, cum(2018, 10), ago(cum(2018, 10)), pc("54.7 percent", "-54.7"))],
    "2018-11-23",
)
x = D("${} million", E, cum(2022, 3), dec=1)
y = D("${} million", I, cum(2022, 3), dec=1)
H(
    "cumulative",
    "thinktank",
    f"First-quarter 2022 flows were lopsided: {x} of Chinese goods headed south across the Yalu, against only {y} of North Korean goods coming the other way.",
    [L(E, cum(2022, 3), x), L(I, cum(2022, 3), y, hedge="only")],
    "2022-04-20",
)
x = D("${} million", T, cum(2024, 7), dec=0)
H(
    "cumulative",
    "yonhap",
    f"Seven-month turnover, {x} as of July 2024, was 8.4 percent below the year-earlier level, customs figures released on Tuesday showed.",
    [L(T, cum(2024, 7), x), C(T, cum(2024, 7), ago(cum(2024, 7)), pc("8.4 percent", "-8.4"))],
    "2024-08-20",
)

# == two_figures ===================================================================================
a = D("${} million", I, sp("2020-04"), dec=1)
b = D("${} million", I, sp("2020-05"), dec=1)
H(
    "two_figures",
    "wire",
    f"Inbound goods from North Korea more than doubled between April and May 2020, from {a} to {b}.",
    [
        R(
            I,
            sp("2020-05"),
            sp("2020-04"),
            word("more than doubled", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
        L(I, sp("2020-04"), a),
        L(I, sp("2020-05"), b, direction="up", base=sp("2020-04")),
    ],
    "2020-06-19",
)
a = D("${} million", E, sp("2023-07"), dec=1)
b = D("${} million", E, sp("2023-08"), dec=1)
H(
    "two_figures",
    "xinhua",
    f"Chinese deliveries to the DPRK, {b} in August 2023 against {a} in July, rose 4.1 percent month on month.",
    [
        L(E, sp("2023-08"), b),
        L(E, sp("2023-07"), a),
        C(E, sp("2023-08"), sp("2023-07"), pc("4.1 percent", "4.1")),
    ],
    "2023-09-20",
)
a = D("${} million", T, sp("2022-10"), dec=2)
b = D("${} million", T, sp("2022-11"), dec=2)
H(
    "two_figures",
    "wire",
    f"Turnover eased from {a} in October 2022 to {b} in November, an 18 percent retreat.",
    [
        L(T, sp("2022-10"), a),
        L(T, sp("2022-11"), b, direction="down", base=sp("2022-10")),
        C(T, sp("2022-11"), sp("2022-10"), pc("18 percent", "-18", 0)),
    ],
    "2022-12-20",
)
a = D("${} million", E, sp("2022-08"), dec=1)
b = D("${} million", E, sp("2022-09"), dec=1)
H(
    "two_figures",
    "thinktank",
    f"With exports at {a} in August and {b} in September 2022, China's outbound trade to the North kept recovering after the spring border closure.",
    [L(E, sp("2022-08"), a), L(E, sp("2022-09"), b)],
    "2022-10-24",
)
a = D("${} million", I, sp("2023-04"), dec=1)
b = D("${} million", I, sp("2023-05"), dec=1)
H(
    "two_figures",
    "yonhap",
    f"North Korean goods bought by China slid from {a} in April 2023 to {b} in May, a drop of 13 percent.",
    [
        L(I, sp("2023-04"), a),
        L(I, sp("2023-05"), b, direction="down", base=sp("2023-04")),
        C(I, sp("2023-05"), sp("2023-04"), pc("13 percent", "-13", 0)),
    ],
    "2023-06-20",
    note="the change is altered: customs printed -30% month on month (34.2 to 23.94 million)",
)
a = D("${} billion", T, yr(2013), "billion", 2)
b = D("${} billion", T, yr(2014), "billion", 2)
H(
    "two_figures",
    "wire",
    f"Bilateral trade volume went from {a} in 2013 to {b} in 2014, the first annual contraction in five years.",
    [
        L(T, yr(2013), a),
        L(T, yr(2014), b, direction="down", base=yr(2013)),
        FD(T, 2014, 2009, "the first annual contraction in five years"),
    ],
    "2015-01-26",
)
a = D("${} million", E, sp("2021-03"), dec=1)
b = D("${} million", E, sp("2021-04"), dec=1)
H(
    "two_figures",
    "broadcast",
    f"China's exports to the North climbed from {a} in March 2021 to {b} in April, still 82.4 percent below April of the previous year.",
    [
        L(E, sp("2021-03"), a),
        L(E, sp("2021-04"), b, direction="up", base=sp("2021-03")),
        C(E, sp("2021-04"), ago(sp("2021-04")), pc("82.4 percent", "-82.4")),
    ],
    "2021-05-20",
)
a = D("${} million", T, sp("2016-04"), dec=0)
b = D("${} million", T, sp("2016-05"), dec=0)
H(
    "two_figures",
    "yonhap",
    f"Compared with {a} in April 2016, turnover in May inched down to {b}.",
    [L(T, sp("2016-04"), a), L(T, sp("2016-05"), b, direction="down", base=sp("2016-04"))],
    "2016-06-23",
)
a = D("${} million", I, sp("2024-04"), dec=2)
b = D("${} million", I, sp("2024-05"), dec=2)
H(
    "two_figures",
    "xinhua",
    f"Imports from the DPRK, {a} in April 2024, edged up to {b} in May.",
    [L(I, sp("2024-04"), a), L(I, sp("2024-05"), b, direction="up", base=sp("2024-04"))],
    "2024-06-20",
)
a = D("${} million", E, sp("2017-11"), dec=1)
b = D("${} million", E, sp("2017-12"), dec=1)
H(
    "two_figures",
    "wire",
    f"Outbound shipments sank from {a} in November 2017 to {b} in December as new UN curbs bit.",
    [L(E, sp("2017-11"), a), L(E, sp("2017-12"), b, direction="down", base=sp("2017-11"))],
    "2018-01-24",
)
a = D("${} million", T, sp("2024-09"), dec=0)
b = D("${} million", T, sp("2024-10"), dec=1)
H(
    "two_figures",
    "thinktank",
    f"From {a} in September 2024, two-way trade rose to {b} in October, an 8.3 percent gain.",
    [
        L(T, sp("2024-09"), a),
        L(T, sp("2024-10"), b, direction="up", base=sp("2024-09")),
        C(T, sp("2024-10"), sp("2024-09"), pc("8.3 percent", "8.3")),
    ],
    "2024-11-20",
)
a = D("${} million", I, sp("2021-09"), dec=1)
b = usd("${} million", "6.2")
H(
    "two_figures",
    "wire",
    f"Imports from the North reached {a} in September 2021 after {b} in August.",
    [L(I, sp("2021-09"), a), L(I, sp("2021-08"), b)],
    "2021-10-20",
)

# == relative_dates =================================================================================
dl = "2020-04-20"
x = D("${} million", T, sp("2020-03"), dec=1)
c = P("{} percent", T, sp("2020-03"), ago(sp("2020-03")), 1)
H(
    "relative_dates",
    "wire",
    f"Plunging {c} from a year earlier, China's trade with North Korea last month shrank to just {x}, the customs agency said on {wd(dl)}.",
    [C(T, sp("2020-03"), ago(sp("2020-03")), c), L(T, sp("2020-03"), x, hedge="just")],
    dl,
)
dl = "2023-01-18"
x = D("${} million", T, yr(2022), dec=2)
H(
    "relative_dates",
    "yonhap",
    f"Last year's two-way business, at {x}, was 3.2 times that of 2021, data released {wd(dl)} showed.",
    [L(T, yr(2022), x), R(T, yr(2022), yr(2021), times("3.2 times", "3.2"), unit="times")],
    dl,
)
dl = "2024-01-18"
x = D("${} billion", T, yr(2023), "billion", 1)
H(
    "relative_dates",
    "wire",
    f"Turnover last year ballooned to {x}, more than double the year before, though still short of the levels seen before the pandemic.",
    [
        L(T, yr(2023), x, direction="up", base=yr(2022)),
        R(
            T,
            yr(2023),
            yr(2022),
            word("more than double", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
    ],
    dl,
)
dl = "2025-01-20"
x = D("${} billion", E, yr(2024), "billion", 2)
H(
    "relative_dates",
    "thinktank",
    f"Chinese sales to the North last year, {x}, were 8.5 percent lower than in 2023 — the first fall in three years.",
    [
        L(E, yr(2024), x),
        C(E, yr(2024), yr(2023), pc("8.5 percent", "-8.5")),
        FD(E, 2024, 2021, "the first fall in three years"),
    ],
    dl,
)
dl = "2022-06-20"
x = D("${} million", E, sp("2022-05"), dec=1)
H(
    "relative_dates",
    "broadcast",
    f"Last month, as Dandong went into lockdown, China's outbound shipments to North Korea nosedived 85 percent to {x}.",
    [
        C(E, sp("2022-05"), prev(sp("2022-05")), pc("85 percent", "-85", 0)),
        L(E, sp("2022-05"), x, direction="down", base=prev(sp("2022-05"))),
    ],
    dl,
)
dl = "2023-12-20"
x = D("${} million", T, sp("2023-11"), dec=1)
H(
    "relative_dates",
    "xinhua",
    f"In November, trade between China and the DPRK came to {x}, up 16.6 percent from the month before, the General Administration of Customs reported this week.",
    [L(T, sp("2023-11"), x), C(T, sp("2023-11"), prev(sp("2023-11")), pc("16.6 percent", "16.6"))],
    dl,
)
dl = "2021-01-18"
x = D("${} million", T, yr(2020), dec=0)
H(
    "relative_dates",
    "wire",
    f"Two-way trade last year fell 80.7 percent to {x}, customs data showed on {wd(dl)}, after the North sealed its border against the coronavirus.",
    [C(T, yr(2020), yr(2019), pc("80.7 percent", "-80.7")), L(T, yr(2020), x)],
    dl,
)
dl = "2020-12-18"
x = D("${} million", E, sp("2020-11"), "thousand", 0)
x = Num("$148,000", str(int(m(E, sp("2020-11")))), 0, 1000)
H(
    "relative_dates",
    "yonhap",
    f"Exports to North Korea last month were worth only {x}, a 42 percent slide from October, the customs figures showed.",
    [
        L(E, sp("2020-11"), x, hedge="only"),
        C(E, sp("2020-11"), sp("2020-10"), pc("42 percent", "-42", 0)),
    ],
    dl,
)
dl = "2024-08-20"
x = D("${} million", T, sp("2024-07"), dec=1)
H(
    "relative_dates",
    "wire",
    f"China-North Korea trade in July dropped to {x}, from {D('${} million', T, sp('2024-06'), dec=1)} in June.",
    [
        L(T, sp("2024-07"), x, direction="down", base=sp("2024-06")),
        L(T, sp("2024-06"), D("${} million", T, sp("2024-06"), dec=1)),
    ],
    dl,
)
dl = "2017-12-23"
x = D("${} million", I, sp("2017-11"), dec=1)
dl = "2016-02-22"
x = D("${} million", T, sp("2016-01"), dec=0)
H(
    "relative_dates",
    "xinhua",
    f"Bilateral trade in January amounted to {x}, 1.4 percent less than a year earlier.",
    [L(T, sp("2016-01"), x), C(T, sp("2016-01"), ago(sp("2016-01")), pc("1.4 percent", "-1.4"))],
    dl,
)
dl = "2022-01-18"
x = D("${} million", I, yr(2021), dec=1)
H(
    "relative_dates",
    "wire",
    f"Last year, imports from the North rose 2.7 percent to {x}, even as Chinese exports to it fell 47 percent.",
    [
        C(I, yr(2021), yr(2020), pc("2.7 percent", "2.7")),
        L(I, yr(2021), x, direction="up", base=yr(2020)),
        C(E, yr(2021), yr(2020), pc("47 percent", "-47", 0)),
    ],
    dl,
    note="the import change is altered: customs printed +20.7% (48.0 to 57.87 million)",
)
dl = "2024-07-18"
x = D("${} million", T, cum(2024, 6), dec=0)
H(
    "relative_dates",
    "yonhap",
    f"In the first half of this year, turnover came to {x}, an 8 percent decline on the year.",
    [L(T, cum(2024, 6), x), C(T, cum(2024, 6), ago(cum(2024, 6)), pc("8 percent", "-8", 0))],
    dl,
)

# == perspective ===================================================================================
x = D("${} million", E, sp("2022-10"), dec=1)
H(
    "perspective",
    "wire",
    f"North Korea's purchases from China, {x} in October 2022, were the most since the border closed in 2020.",
    [L(E, sp("2022-10"), x)],
    "2022-11-20",
    non=[NC("2020", "the year of the border closure, not a trade figure")],
)
x = D("${} million", I, sp("2023-03"), dec=2)
H(
    "perspective",
    "yonhap",
    f"The North's sales to China more than doubled in March 2023 to {x}, Chinese customs data showed.",
    [
        R(
            I,
            sp("2023-03"),
            prev(sp("2023-03")),
            word("more than doubled", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
        L(I, sp("2023-03"), x, direction="up", base=prev(sp("2023-03"))),
    ],
    "2023-04-20",
)
x = D("${} billion", E, yr(2023), "billion", 2)
H(
    "perspective",
    "thinktank",
    f"Pyongyang bought {x} worth of Chinese goods in 2023, 140 percent more than it had the year before.",
    [L(E, yr(2023), x), C(E, yr(2023), yr(2022), pc("140 percent", "140", 0))],
    "2024-01-22",
)
x = D("${} million", I, yr(2022), dec=1)
H(
    "perspective",
    "broadcast",
    f"Shipped northward across the Yalu, North Korean exports to China were worth {x} in 2022.",
    [L(I, yr(2022), x)],
    "2023-01-19",
)
x = D("${} million", E, cum(2020, 6), dec=0)
H(
    "perspective",
    "wire",
    f"North Korea's imports from its main ally slumped 66.5 percent in the first half of 2020 to {x}.",
    [C(E, cum(2020, 6), ago(cum(2020, 6)), pc("66.5 percent", "-66.5")), L(E, cum(2020, 6), x)],
    "2020-07-20",
    context="China is North Korea's dominant trading partner, according to Chinese customs figures.",
)
x = D("${} million", I, sp("2024-03"), dec=2)
H(
    "perspective",
    "xinhua",
    f"Seen from Pyongyang, its shipments to China in March 2024, at {x}, were the bright spot of a weak quarter.",
    [L(I, sp("2024-03"), x)],
    "2024-04-22",
)
x = D("${} million", E, sp("2021-09"), dec=1)
H(
    "perspective",
    "yonhap",
    f"What the North received from China in September 2021 — {x} worth of goods — marked a 147 percent jump from August.",
    [L(E, sp("2021-09"), x), C(E, sp("2021-09"), prev(sp("2021-09")), pc("147 percent", "147", 0))],
    "2021-10-20",
)
x = D("${} million", I, sp("2018-06"), dec=1)
H(
    "perspective",
    "wire",
    f"North Korean exports to China, just {x} in June 2018, were down 92 percent on the year as sanctions barred coal, textiles and seafood.",
    [
        L(I, sp("2018-06"), x, hedge="just"),
        C(I, sp("2018-06"), ago(sp("2018-06")), pc("92 percent", "-92", 0)),
    ],
    "2018-07-23",
)
x = D("${} million", E, sp("2024-03"), dec=1)
H(
    "perspective",
    "thinktank",
    f"North Korea's imports from China rose 36.6 percent in March 2024 from February, to {x}.",
    [
        C(E, sp("2024-03"), prev(sp("2024-03")), pc("36.6 percent", "36.6")),
        L(E, sp("2024-03"), x, direction="up", base=prev(sp("2024-03"))),
    ],
    "2024-04-20",
)
x = D("${} million", I, yr(2020), dec=0)
H(
    "perspective",
    "broadcast",
    f"The North earned only {x} from sales to China in 2020, a fall of 68 percent.",
    [L(I, yr(2020), x, hedge="only"), C(I, yr(2020), yr(2019), pc("68 percent", "-68", 0))],
    "2021-01-20",
    note="the change is altered: customs printed -77.69% for 2020 imports",
)
x = D("${} million", E, sp("2023-05"), dec=1)
H(
    "perspective",
    "yonhap",
    f"Chinese goods bought by North Korea in May 2023 were valued at {x}, about the same as in April.",
    [L(E, sp("2023-05"), x)],
    "2023-06-20",
)
x = D("${} million", I, cum(2024, 7), dec=0)
H(
    "perspective",
    "wire",
    f"North Korea's exports to China over January-July 2024 climbed 24 percent to {x}, while its imports from China fell 13.3 percent.",
    [
        C(I, cum(2024, 7), ago(cum(2024, 7)), pc("24 percent", "24", 0)),
        L(I, cum(2024, 7), x, direction="up", base=ago(cum(2024, 7))),
        C(E, cum(2024, 7), ago(cum(2024, 7)), pc("13.3 percent", "-13.3")),
    ],
    "2024-08-20",
)

# == broadcast_numbers =============================================================================
H(
    "broadcast_numbers",
    "broadcast",
    "Trade with China last year added up to two-point-three billion dollars, up one hundred thirty-seven percent.",
    [
        L(T, yr(2023), said("two-point-three billion dollars", "2.3", "billion", 1)),
        C(T, yr(2023), yr(2022), word("one hundred thirty-seven percent", "137")),
    ],
    "2024-01-19",
)
H(
    "broadcast_numbers",
    "broadcast",
    "In March 2020, imports from the North dwindled to point-six million dollars, a drop of ninety-six-point-two percent.",
    [
        L(I, sp("2020-03"), said("point-six million dollars", "0.6", "million", 1)),
        C(I, sp("2020-03"), ago(sp("2020-03")), word("ninety-six-point-two percent", "-96.2", 1)),
    ],
    "2020-04-20",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Chinese exports to Pyongyang for the whole of 2022 reached eight-hundred-ninety-four million dollars.",
    [L(E, yr(2022), said("eight-hundred-ninety-four million dollars", "894"))],
    "2023-01-20",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Two-way trade in October 2024 was two-hundred-eighteen-point-eight million dollars.",
    [
        L(
            T,
            sp("2024-10"),
            said("two-hundred-eighteen-point-eight million dollars", "218.8", "million", 1),
        )
    ],
    "2024-11-20",
)
H(
    "broadcast_numbers",
    "broadcast",
    "From January through June 2018, the North's exports to China came to just one-hundred-seven-point-three million dollars, down eighty-seven-point-nine percent.",
    [
        L(
            I,
            cum(2018, 6),
            said("one-hundred-seven-point-three million dollars", "107.3", "million", 1),
            hedge="just",
        ),
        C(I, cum(2018, 6), ago(cum(2018, 6)), word("eighty-seven-point-nine percent", "-87.9", 1)),
    ],
    "2018-07-20",
)
H(
    "broadcast_numbers",
    "broadcast",
    "That puts annual turnover for 2021 at three-hundred-eighteen million dollars, forty-one percent below twenty-twenty.",
    [
        L(T, yr(2021), said("three-hundred-eighteen million dollars", "318")),
        C(T, yr(2021), yr(2020), word("forty-one percent", "-41")),
    ],
    "2022-01-20",
)
H(
    "broadcast_numbers",
    "broadcast",
    "China's shipments to the North in the month of May 2020 came to fifty-eight-point-six million dollars, up a hundred sixty-eight-point-six percent from April.",
    [
        L(E, sp("2020-05"), said("fifty-eight-point-six million dollars", "58.6", "million", 1)),
        C(
            E,
            sp("2020-05"),
            sp("2020-04"),
            word("a hundred sixty-eight-point-six percent", "168.6", 1),
        ),
    ],
    "2020-06-19",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Bilateral commerce for all of 2014 was six-point-four billion dollars, off two-point-eight percent.",
    [
        L(T, yr(2014), said("six-point-four billion dollars", "6.4", "billion", 1)),
        C(T, yr(2014), yr(2013), word("two-point-eight percent", "-2.8", 1)),
    ],
    "2015-01-26",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Imports from North Korea during January and February 2024 were sixty-two-point-two million dollars.",
    [L(I, cum(2024, 2), said("sixty-two-point-two million dollars", "62.2", "million", 1))],
    "2024-03-20",
)
H(
    "broadcast_numbers",
    "broadcast",
    "The figure for China's exports to North Korea in December 2022 was one-hundred-twelve-point-four million dollars.",
    [
        L(
            E,
            sp("2022-12"),
            said("one-hundred-twelve-point-four million dollars", "112.4", "million", 1),
        )
    ],
    "2023-01-20",
    note="the level is altered: customs printed 122.35 million for December 2022",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Over the first quarter of 2013, turnover came in at one-point-three-one billion dollars, seven-point-two percent lower on the year.",
    [
        L(T, cum(2013, 3), said("one-point-three-one billion dollars", "1.31", "billion", 2)),
        C(T, cum(2013, 3), ago(cum(2013, 3)), word("seven-point-two percent", "-7.2", 1)),
    ],
    "2013-04-23",
)

# == level_direction ===============================================================================
x = D("${} million", T, sp("2020-04"), dec=1)
H(
    "level_direction",
    "wire",
    f"Turnover recovered to {x} in April 2020 from March's trough, a gain of 28.7 percent.",
    [
        L(T, sp("2020-04"), x, direction="up", base=sp("2020-03")),
        C(T, sp("2020-04"), sp("2020-03"), pc("28.7 percent", "28.7")),
    ],
    "2020-05-20",
)
x = D("${} million", E, sp("2020-08"), dec=1)
H(
    "level_direction",
    "yonhap",
    f"Tumbling 70.7 percent from July, Chinese exports to the North in August 2020 fell to {x} as floods and a typhoon hit the border region.",
    [
        C(E, sp("2020-08"), sp("2020-07"), pc("70.7 percent", "-70.7")),
        L(E, sp("2020-08"), x, direction="down", base=sp("2020-07")),
    ],
    "2020-09-18",
)
x = D("${} million", I, sp("2022-10"), dec=2)
H(
    "level_direction",
    "xinhua",
    f"Imports from the DPRK rebounded to {x} in October 2022, up 51 percent month on month.",
    [
        L(I, sp("2022-10"), x, direction="up", base=sp("2022-09")),
        C(I, sp("2022-10"), sp("2022-09"), pc("51 percent", "51", 0)),
    ],
    "2022-11-20",
)
x = D("${} million", E, sp("2023-06"), dec=1)
H(
    "level_direction",
    "wire",
    f"Easing 6.6 percent from the previous month, China's deliveries to North Korea retreated to {x} in June 2023.",
    [
        C(E, sp("2023-06"), sp("2023-05"), pc("6.6 percent", "-6.6")),
        L(E, sp("2023-06"), x, direction="down", base=sp("2023-05")),
    ],
    "2023-07-20",
)
x = D("${} million", T, sp("2021-08"), dec=1)
H(
    "level_direction",
    "thinktank",
    f"Trade was up 37.5 percent in August 2021 on the previous month, climbing to {x}.",
    [
        C(T, sp("2021-08"), sp("2021-07"), pc("37.5 percent", "37.5")),
        L(T, sp("2021-08"), x, direction="up", base=sp("2021-07")),
    ],
    "2021-09-18",
)
x = D("${} million", E, sp("2022-11"), dec=1)
H(
    "level_direction",
    "yonhap",
    f"Up 14 percent on October, November 2022's outbound shipments to Pyongyang were put at {x}.",
    [
        C(E, sp("2022-11"), sp("2022-10"), pc("14 percent", "14", 0)),
        # "were put at" states a level with no direction (semantics.md §1.4: only "a verb with
        # 'to'" also asserts one); relabelled after the first scoring (it carried the fronted
        # "Up 14 percent" as its direction and was wrong)
        L(E, sp("2022-11"), x),
    ],
    "2022-12-20",
    note="the direction is altered: customs printed -14% month on month (132.43 to 113.88 million)",
)
x = D("${} million", I, sp("2023-10"), dec=2)
H(
    "level_direction",
    "wire",
    f"Purchases of North Korean goods contracted 10.7 percent from September, to {x} in October 2023.",
    [
        C(I, sp("2023-10"), sp("2023-09"), pc("10.7 percent", "-10.7")),
        L(I, sp("2023-10"), x, direction="down", base=sp("2023-09")),
    ],
    "2023-11-20",
)
x = D("${} million", E, sp("2020-06"), dec=1)
H(
    "level_direction",
    "broadcast",
    f"By June 2020, exports had surged back to {x}, up from {D('${} million', E, sp('2020-05'), dec=1)} a month earlier.",
    [
        L(E, sp("2020-06"), x, direction="up", base=sp("2020-05")),
        L(E, sp("2020-05"), D("${} million", E, sp("2020-05"), dec=1)),
    ],
    "2020-07-20",
)
x = D("${} million", T, sp("2023-10"), dec=2)
H(
    "level_direction",
    "xinhua",
    f"Turnover slipped 11.1 percent month on month in October 2023 to {x}, ending a two-month rise.",
    [
        C(T, sp("2023-10"), sp("2023-09"), pc("11.1 percent", "-11.1")),
        L(T, sp("2023-10"), x, direction="down", base=sp("2023-09")),
    ],
    "2023-11-20",
)
x = usd("${} million", "128.9")
H(
    "level_direction",
    "wire",
    f"Inching up to {x}, exports in April 2024 beat the March figure by 28.9 percent.",
    [
        L(E, sp("2024-04"), x, direction="up", base=sp("2024-03")),
        C(E, sp("2024-04"), sp("2024-03"), pc("28.9 percent", "28.9")),
    ],
    "2024-05-20",
    note="the level is altered: the April 2024 export figure is 164.9 million; 28.9 percent is the printed change",
)
x = D("${} million", I, sp("2017-09"), dec=1)
H(
    "level_direction",
    "thinktank",
    f"North Korean coal and ore gone, China's imports from the North nose-dived 37.8 percent on the year to {x} in September 2017.",
    [C(I, sp("2017-09"), ago(sp("2017-09")), pc("37.8 percent", "-37.8")), L(I, sp("2017-09"), x)],
    "2017-10-24",
)
x = D("${} million", T, sp("2022-12"), dec=1)
H(
    "level_direction",
    "yonhap",
    f"Trade rose 13 percent in December 2022 from November, reaching {x}.",
    [
        C(T, sp("2022-12"), sp("2022-11"), pc("13 percent", "13", 0)),
        L(T, sp("2022-12"), x, direction="up", base=sp("2022-11")),
    ],
    "2023-01-20",
)

# == shares ========================================================================================
s = Q("{} percent", share(E, T, yr(2023)), 1)
H(
    "shares",
    "thinktank",
    f"Of last year's {D('${} billion', T, yr(2023), 'billion', 2)} in turnover, Chinese exports made up {s}.",
    [L(T, yr(2023), D("${} billion", T, yr(2023), "billion", 2)), S(E, T, yr(2023), s)],
    "2024-02-05",
)
s = Q("{}%", share(I, T, yr(2020)), 1)
H(
    "shares",
    "wire",
    f"Only {s} of the 2020 total — barely one dollar in eleven — was North Korean goods going to China.",
    [S(I, T, yr(2020), s, hedge="only")],
    "2021-01-25",
    non=[NC("one dollar in eleven", "a paraphrase of the share, not a separate figure")],
)
s = Q("{} percent", share(E, T, yr(2011)), 0)
H(
    "shares",
    "yonhap",
    f"Accounting for {s} of their 2011 trade, Chinese exports still outweighed what the North sold.",
    [S(E, T, yr(2011), s)],
    "2012-02-01",
)
r = Q("{} percent", of(T, yr(2022), yr(2016)), 1)
H(
    "shares",
    "thinktank",
    f"At just {r} of its 2016 level, two-way trade in 2022 was a shadow of the pre-sanctions era.",
    [R(T, yr(2022), yr(2016), r, hedge="just")],
    "2023-02-10",
)
s = Q("{} percent", share(I, T, cum(2024, 7)), 1)
H(
    "shares",
    "wire",
    f"Imports from the North, {s} of January-July 2024 turnover, were the only part of the trade to grow.",
    [S(I, T, cum(2024, 7), s)],
    "2024-08-21",
)
r = Q("{} percent", of(E, yr(2021), yr(2020)), 0)
H(
    "shares",
    "yonhap",
    f"China's 2021 exports to the DPRK amounted to {r} of the 2020 figure.",
    [R(E, yr(2021), yr(2020), r)],
    "2022-01-25",
)
s = Q("{} percent", share(E, T, cum(2020, 9)), 1)
H(
    "shares",
    "xinhua",
    f"Exports, which made up {s} of trade between January and September 2020, drove almost the entire total.",
    [S(E, T, cum(2020, 9), s)],
    "2020-10-26",
)
H(
    "shares",
    "thinktank",
    "Roughly a quarter of 2014's two-way trade was North Korean goods, the rest Chinese.",
    [S(I, T, yr(2014), Num("a quarter", "25", 0), hedge="roughly", rung_kind="fraction")],
    "2015-02-10",
    note="the share is altered: imports were 45.1% of 2014 trade, not about a quarter",
)
s = Q("{} percent", share(I, T, sp("2023-11")), 1)
H(
    "shares",
    "wire",
    f"North Korean goods, at {s} of November 2023 turnover, remained a small slice of the trade.",
    [S(I, T, sp("2023-11"), s)],
    "2023-12-21",
)
r = Q("{}%", of(T, yr(2024), yr(2023)), 0)
H(
    "shares",
    "headline",
    f"2024 trade at {r} of 2023 level, customs says",
    [R(T, yr(2024), yr(2023), r)],
    "2025-01-21",
)
H(
    "shares",
    "thinktank",
    "Three-fifths of the 2012 turnover was Chinese goods heading into North Korea.",
    [S(E, T, yr(2012), Num("Three-fifths", "60", 0), rung_kind="fraction")],
    "2013-02-15",
)
s = Q("{} percent", share(E, T, cum(2022, 2)), 1)
H(
    "shares",
    "yonhap",
    f"Chinese shipments took up {s} of the January-February 2022 turnover of {D('${} million', T, cum(2022, 2), dec=1)}.",
    [S(E, T, cum(2022, 2), s), L(T, cum(2022, 2), D("${} million", T, cum(2022, 2), dec=1))],
    "2022-03-21",
)

# == balance =======================================================================================
b = usd("${} billion", m(E, yr(2023)) - m(I, yr(2023)), "billion", 2)
H(
    "balance",
    "wire",
    f"China's surplus with the North in 2023, {b}, was more than twice the 2022 gap.",
    [
        B(yr(2023), b),
        R(
            "balance",
            yr(2023),
            yr(2022),
            word("more than twice", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
    ],
    "2024-01-25",
)
b = usd("${} million", m(E, cum(2023, 6)) - m(I, cum(2023, 6)), "million", 1)
H(
    "balance",
    "yonhap",
    f"North Korea's trade deficit with China stood at {b} in the first half of 2023, Chinese customs data showed.",
    [B(cum(2023, 6), b)],
    "2023-07-24",
)
b = usd("${} million", m(E, yr(2013)) - m(I, yr(2013)), "million", 0)
H(
    "balance",
    "thinktank",
    f"A {b} gap in Beijing's favour: that was how the 2013 trade balance with Pyongyang ended.",
    [B(yr(2013), b)],
    "2014-02-03",
)
b = usd("${} million", "316.2")
H(
    "balance",
    "wire",
    f"The North ran a shortfall of {b} with China in 2016.",
    [B(yr(2016), b)],
    "2017-01-25",
    note="the balance is altered: exports 2,841.21 minus imports 2,537.31 give 303.9 million",
)
b = usd("${} million", m(E, sp("2024-05")) - m(I, sp("2024-05")), "million", 1)
H(
    "balance",
    "xinhua",
    f"In May 2024, China's exports exceeded its imports from the DPRK by {b}.",
    [B(sp("2024-05"), b)],
    "2024-06-20",
)
b = usd("${} million", m(E, cum(2020, 9)) - m(I, cum(2020, 9)), "million", 0)
H(
    "balance",
    "wire",
    f"Even with trade in a coma, Pyongyang's deficit with Beijing reached {b} over January to September 2020.",
    [B(cum(2020, 9), b)],
    "2020-10-26",
)
b = usd("${} million", m(E, sp("2021-02")) - m(I, sp("2021-02")), "million", 2)
H(
    "balance",
    "thinktank",
    f"Rare as it is, the balance flipped in February 2021: China ran a deficit of {b.surface.replace('-', '')} with North Korea.",
    [B(sp("2021-02"), Num(b.surface.replace("-", ""), b.value, 2, 10**6), gap="deficit")],
    "2021-03-22",
)
b = usd("${} million", m(E, yr(2011)) - m(I, yr(2011)), "million", 1)
H(
    "balance",
    "yonhap",
    f"China's trade surplus with the DPRK narrowed to {b} in 2011, having been {usd('${} billion', m(E, yr(2010)) - m(I, yr(2010)), 'billion', 2)} a year earlier.",
    [
        B(yr(2011), b, direction="down", base=yr(2010)),
        B(yr(2010), usd("${} billion", m(E, yr(2010)) - m(I, yr(2010)), "billion", 2)),
    ],
    "2012-01-30",
)
b = usd("${} million", m(E, cum(2018, 6)) - m(I, cum(2018, 6)), "million", 0)
H(
    "balance",
    "wire",
    f"Widening as North Korean sales collapsed, the gap between what China sold and bought reached {b} in the first half of 2018.",
    [B(cum(2018, 6), b)],
    "2018-07-23",
)
b = usd("${} billion", "1.48", "billion", 2)
H(
    "balance",
    "xinhua",
    f"China's surplus in its 2024 trade with the DPRK came to about {b}.",
    [B(yr(2024), b, hedge="about")],
    "2025-01-24",
)
b = usd("${} million", m(E, sp("2022-11")) - m(I, sp("2022-11")), "million", 1)
H(
    "balance",
    "broadcast",
    f"Chinese goods outsold North Korean ones by {b} in November 2022.",
    [B(sp("2022-11"), b)],
    "2022-12-21",
)
b = usd("${} million", m(E, cum(2024, 2)) - m(I, cum(2024, 2)), "million", 1)
H(
    "balance",
    "yonhap",
    f"Over January and February 2024, the North's deficit with China was {b}, with exports of {D('${} million', E, cum(2024, 2), dec=1)} against imports of {D('${} million', I, cum(2024, 2), dec=1)}.",
    [
        B(cum(2024, 2), b),
        L(E, cum(2024, 2), D("${} million", E, cum(2024, 2), dec=1)),
        L(I, cum(2024, 2), D("${} million", I, cum(2024, 2), dec=1)),
    ],
    "2024-03-20",
)

# == superlatives_streaks ==========================================================================
H(
    "superlatives_streaks",
    "wire",
    f"At {D('${} million', E, sp('2022-09'), dec=1)}, China's exports to the North in September 2022 were the highest since April.",
    [
        L(E, sp("2022-09"), D("${} million", E, sp("2022-09"), dec=1)),
        SU(E, "2022-09", "2022-04", "high", "the highest since April"),
    ],
    "2022-10-20",
)
H(
    "superlatives_streaks",
    "yonhap",
    f"Imports from North Korea in October 2020, {D('${} million', I, sp('2020-10'), dec=2)}, were the lowest since March.",
    [
        L(I, sp("2020-10"), D("${} million", I, sp("2020-10"), dec=2)),
        SU(I, "2020-10", "2020-03", "low", "the lowest since March"),
    ],
    "2020-11-20",
)
H(
    "superlatives_streaks",
    "wire",
    "Imports from the North in December 2020 sank to their lowest since March.",
    [SU(I, "2020-12", "2020-03", "low", "their lowest since March")],
    "2021-01-20",
    note="the superlative is wrong: October and November 2020 imports were lower than December's",
)
H(
    "superlatives_streaks",
    "thinktank",
    "With purchases of just $749,000 in May 2021, China's imports from the DPRK hit their lowest since March 2020.",
    [
        L(I, sp("2021-05"), Num("$749,000", "749000", 0, 1000), hedge="just"),
        SU(I, "2021-05", "2020-03", "low", "their lowest since March 2020"),
    ],
    "2021-06-18",
)
H(
    "superlatives_streaks",
    "xinhua",
    "Chinese exports to the North fell for a fifth straight month in November 2020.",
    [ST(E, "2020-07", "2020-11", "down", "a fifth straight month")],
    "2020-12-18",
)
H(
    "superlatives_streaks",
    "wire",
    "Shrinking every month from July through November 2020, imports from North Korea logged five consecutive declines.",
    [ST(I, "2020-07", "2020-11", "down", "five consecutive declines")],
    "2020-12-19",
)
H(
    "superlatives_streaks",
    "yonhap",
    "October 2022 marked the fifth month in a row of growth in what Chinese firms sold across the Yalu.",
    [ST(E, "2022-06", "2022-10", "up", "the fifth month in a row")],
    "2022-11-20",
)
H(
    "superlatives_streaks",
    "broadcast",
    "March to June 2020 brought four straight monthly gains in China's shipments to the North.",
    [ST(E, "2020-03", "2020-06", "up", "four straight monthly gains")],
    "2020-07-20",
)
H(
    "superlatives_streaks",
    "wire",
    "Turnover in July 2023 declined for a third consecutive month.",
    [ST(T, "2023-05", "2023-07", "down", "a third consecutive month")],
    "2023-08-18",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Two-way trade in July 2024 slipped for the fourth month running.",
    [ST(T, "2024-04", "2024-07", "down", "the fourth month running")],
    "2024-08-20",
    note="the streak is altered: trade fell three months (May-July 2024); April rose",
)
H(
    "superlatives_streaks",
    "yonhap",
    "October 2024 was the third straight month of growth in bilateral trade.",
    [ST(T, "2024-08", "2024-10", "up", "the third straight month of growth")],
    "2024-11-20",
)
H(
    "superlatives_streaks",
    "wire",
    "In 2014, China's imports from North Korea declined for the first time since 2006.",
    [FD(I, 2014, 2006, "the first time since 2006")],
    "2015-01-28",
)
H(
    "superlatives_streaks",
    "xinhua",
    "Shrinking for the first time since 2021, North Korean deliveries to China slipped in 2024, the annual tables indicate.",
    [FD(I, 2024, 2021, "the first time since 2021")],
    "2025-01-22",
    note="the claim is wrong: China's imports from North Korea rose 19.1% in 2024",
)
H(
    "superlatives_streaks",
    "thinktank",
    f"Imports in August 2023 — {D('${} million', I, sp('2023-08'), dec=2)} — were the highest since June.",
    [
        L(I, sp("2023-08"), D("${} million", I, sp("2023-08"), dec=2)),
        SU(I, "2023-08", "2023-06", "high", "the highest since June"),
    ],
    "2023-09-20",
)
H(
    "superlatives_streaks",
    "wire",
    "Imports in August 2023 were the highest since April.",
    [SU(I, "2023-08", "2023-04", "high", "the highest since April")],
    "2023-09-21",
    note="the superlative is wrong: June 2023 imports (29.5 million, total minus exports) were above August's",
)

# == other_pairs ===================================================================================
H(
    "other_pairs",
    "wire",
    "South Korea's exports to China, at $124.8 billion in 2023, slid 19.9 percent on the year.",
    [
        other("level", E, yr(2023), usd("${} billion", "124.8", "billion"), "KOR", "CHN"),
        other(
            "change_pct",
            E,
            yr(2023),
            pc("19.9 percent", "-19.9"),
            "KOR",
            "CHN",
            base=yr(2022),
            direction="down",
        ),
    ],
    "2024-01-02",
)
H(
    "other_pairs",
    "thinktank",
    "Measured in yuan, China's 2023 trade with the North rose to 16.1 billion yuan.",
    [L(T, yr(2023), said("16.1 billion yuan", "16.1", "billion", 1), currency="CNY")],
    "2024-01-22",
)
H(
    "other_pairs",
    "yonhap",
    "North Korea's trade with Russia, some $34 million in 2021, was dwarfed by its commerce with China.",
    [other("level", T, yr(2021), usd("${} million", "34"), "RUS", "PRK", hedge="some")],
    "2022-03-10",
)
H(
    "other_pairs",
    "wire",
    "China's total exports worldwide grew 7.1 percent in 2024 to $3.58 trillion.",
    [
        other(
            "change_pct",
            E,
            yr(2024),
            pc("7.1 percent", "7.1"),
            "CHN",
            "WLD",
            base=yr(2023),
            direction="up",
        ),
        other(
            "level", E, yr(2024), Num("$3.58 trillion", "3580000000000", 2, 10**12), "CHN", "WLD"
        ),
    ],
    "2025-01-13",
)
H(
    "other_pairs",
    "xinhua",
    "Counted in renminbi, what China bought from the DPRK in January-June 2023 had ballooned by 290 percent.",
    [C(I, cum(2023, 6), ago(cum(2023, 6)), pc("290 percent", "290", 0), terms="CNY")],
    "2023-07-21",
)
H(
    "other_pairs",
    "thinktank",
    "Inter-Korean trade, $1.9 billion in 2015, stopped almost entirely when Seoul shut the Kaesong complex in 2016.",
    [other("level", T, yr(2015), usd("${} billion", "1.9", "billion"), "KOR", "PRK")],
    "2017-03-01",
    non=[NC("2016", "the year of the Kaesong closure")],
)
H(
    "other_pairs",
    "wire",
    "Russia's exports to North Korea, worth $42 million in 2019 according to Russian customs, were a fraction of China's.",
    [other("level", E, yr(2019), usd("${} million", "42"), "RUS", "PRK", source="Russian customs")],
    "2020-06-05",
)
H(
    "other_pairs",
    "yonhap",
    "According to KOTRA, North Korea's overall foreign trade reached $2.77 billion in 2023, up 74.6 percent.",
    [
        other(
            "level",
            T,
            yr(2023),
            usd("${} billion", "2.77", "billion"),
            "PRK",
            "WLD",
            source="KOTRA",
        ),
        other(
            "change_pct",
            T,
            yr(2023),
            pc("74.6 percent", "74.6"),
            "PRK",
            "WLD",
            base=yr(2022),
            direction="up",
            source="KOTRA",
        ),
    ],
    "2024-07-18",
)
H(
    "other_pairs",
    "wire",
    "China's trade with the United States, $688.3 billion in 2024, dwarfed every other bilateral flow.",
    [other("level", T, yr(2024), usd("${} billion", "688.3", "billion"), "CHN", "USA")],
    "2025-01-14",
)
H(
    "other_pairs",
    "xinhua",
    "Two-way trade between China and North Korea in yuan terms came to 7.2 billion yuan in 2022.",
    [L(T, yr(2022), said("7.2 billion yuan", "7.2", "billion", 1), currency="CNY")],
    "2023-01-20",
)
H(
    "other_pairs",
    "thinktank",
    "Japan's trade with the North, once $480 million a year in the 1990s, has been zero since 2010.",
    [other("level", T, None, usd("${} million", "480"), "JPN", "PRK")],
    "2016-04-04",
    non=[
        NC("zero", "a stated absence of trade in another pair, not a figure"),
        NC("2010", "a year"),
    ],
)

# == rounding_hedges ===============================================================================
x = usd("${} million", "300", dec=0)
H(
    "rounding_hedges",
    "wire",
    f"Some {x} of Chinese exports went north in the first quarter of 2019.",
    [L(E, cum(2019, 3), x, hedge="some")],
    "2019-04-22",
    note="the level is altered: January-March 2019 exports were 454.92 million, far above some 300 million",
)
x = usd("${} million", "450", dec=0)
H(
    "rounding_hedges",
    "wire",
    f"Roughly {x} of Chinese goods crossed into North Korea in the first quarter of 2019.",
    [L(E, cum(2019, 3), x, hedge="roughly")],
    "2019-04-23",
    note="rounded: January-March 2019 exports were 454.92 million; 450 holds only on the loose tier",
)
x = usd("${} million", "200", dec=0)
H(
    "rounding_hedges",
    "yonhap",
    f"Monthly turnover topped {x} in September 2024 for the first time that year, customs data show.",
    [L(T, sp("2024-09"), x, hedge="more than")],
    "2024-10-21",
)
x = usd("${} million", "50", dec=0)
H(
    "rounding_hedges",
    "thinktank",
    f"Imports from the North in 2021 came to nearly {x}.",
    [L(I, yr(2021), x, hedge="nearly")],
    "2022-01-20",
    note="the hedge is wrong: 2021 imports were 57.87 million, above 'nearly 50 million'",
)
x = usd("${} billion", "2", "billion", 0)
H(
    "rounding_hedges",
    "wire",
    f"In 2023, China sold more than {x} worth of goods to North Korea.",
    [L(E, yr(2023), x, hedge="more than")],
    "2024-01-19",
)
x = usd("${} million", "100", dec=0)
H(
    "rounding_hedges",
    "xinhua",
    f"April 2022 turnover was just over {x}, before the Dandong lockdown cut it off.",
    [L(T, sp("2022-04"), x, hedge="just over")],
    "2022-05-20",
)
x = usd("${} billion", "5.6", "billion", 1)
H(
    "rounding_hedges",
    "thinktank",
    f"Trade in 2011 was about {x}, its highest until then.",
    [L(T, yr(2011), x, hedge="about")],
    "2012-02-06",
)
x = usd("${} million", "20", dec=0)
H(
    "rounding_hedges",
    "wire",
    f"Turnover in May 2022: around {x}, down 80 percent on April.",
    [
        L(T, sp("2022-05"), x, hedge="around"),
        C(T, sp("2022-05"), sp("2022-04"), pc("80 percent", "-80", 0)),
    ],
    "2022-06-20",
)
x = usd("${} million", "490", dec=0)
x = usd("${} million", "500", dec=0)
H(
    "rounding_hedges",
    "yonhap",
    f"China's exports to the DPRK in 2020 came to almost {x}, a fraction of the pre-pandemic flow.",
    [L(E, yr(2020), x, hedge="almost")],
    "2021-01-21",
)
H(
    "rounding_hedges",
    "wire",
    "Turnover in 2022 crossed the $1 billion mark for the first time since the pandemic.",
    [L(T, yr(2022), Num("$1 billion", "1000000000", 0, 10**9), hedge="more than")],
    "2023-01-19",
)
x = usd("${} million", "240", dec=0)
H(
    "rounding_hedges",
    "thinktank",
    f"In excess of {x} in Chinese goods reached the North in February 2024.",
    [L(E, sp("2024-02"), x, hedge="in excess of")],
    "2024-03-20",
    note="the hedge fails: February 2024 exports were 93.71 million; 240 million is the two-month figure",
)
x = usd("${} million", "30", dec=0)
H(
    "rounding_hedges",
    "xinhua",
    f"North Korean goods worth close to {x} were imported by China in March 2024.",
    [L(I, sp("2024-03"), x, hedge="close to")],
    "2024-04-22",
)
x = usd("${} million", "900", dec=0)
H(
    "rounding_hedges",
    "wire",
    f"Approximately {x} — that is how much China exported to the North in 2022.",
    [L(E, yr(2022), x, hedge="approximately")],
    "2023-01-20",
    note="rounded: 2022 exports were 894.04 million; 900 holds only on the loose tier",
)

# == multiples =====================================================================================
H(
    "multiples",
    "wire",
    "The 244 percent surge in Chinese exports to the North in 2022 followed two years of collapse.",
    [C(E, yr(2022), yr(2021), pc("244 percent", "244", 0))],
    "2023-01-20",
)
H(
    "multiples",
    "yonhap",
    "Imports from the North in 2011 were more than twice their 2010 level.",
    [
        R(
            I,
            yr(2011),
            yr(2010),
            word("more than twice", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        )
    ],
    "2012-01-30",
)
H(
    "multiples",
    "thinktank",
    "Sales of Chinese goods to the North in 2023, by value, came to some 7.7 times their 2021 total.",
    [R(E, yr(2023), yr(2021), times("7.7 times", "7.7"), unit="times", hedge="some")],
    "2024-02-01",
)
H(
    "multiples",
    "wire",
    "Trade in 2022 tripled from 2021, customs data show.",
    [R(T, yr(2022), yr(2021), word("tripled", "3"), unit="times", rung_kind="verbal")],
    "2023-01-19",
)
H(
    "multiples",
    "xinhua",
    "Imports from the DPRK in 2017 were roughly two-thirds of the 2016 figure.",
    [R(I, yr(2017), yr(2016), Num("two-thirds", "66.7", 1), hedge="roughly", rung_kind="fraction")],
    "2018-01-26",
)
H(
    "multiples",
    "wire",
    "China's imports from North Korea halved in the first half of 2018, sanctions having banned most of what the North sells.",
    [
        R(
            I,
            cum(2018, 6),
            ago(cum(2018, 6)),
            word("halved", "0.5"),
            unit="times",
            rung_kind="verbal",
        )
    ],
    "2018-07-24",
    note="the multiple is wrong: January-June 2018 imports fell 87.9%, far more than by half",
)
H(
    "multiples",
    "thinktank",
    "In 2001, two-way trade was 1.5 times its 2000 value.",
    [R(T, yr(2001), yr(2000), times("1.5 times", "1.5"), unit="times")],
    "2002-02-10",
)
H(
    "multiples",
    "yonhap",
    "China's exports to North Korea in 2008 were 46 percent higher than in 2007.",
    [C(E, yr(2008), yr(2007), pc("46 percent", "46", 0))],
    "2009-02-05",
)
H(
    "multiples",
    "wire",
    "Turnover in January-March 2023 was up 147 percent, about two-and-a-half times the year-earlier figure.",
    [
        C(T, cum(2023, 3), ago(cum(2023, 3)), pc("147 percent", "147", 0)),
        R(
            T,
            cum(2023, 3),
            ago(cum(2023, 3)),
            word("two-and-a-half times", "2.5"),
            unit="times",
            rung_kind="verbal",
            hedge="about",
        ),
    ],
    "2023-04-20",
)
H(
    "multiples",
    "broadcast",
    "What the North shipped to China in 2023 was five times higher in value than in 2021.",
    [higher(R(I, yr(2023), yr(2021), word("five times higher", "5"), unit="times"))],
    "2024-01-22",
    note="ambiguous: 5.04 times the 2021 figure holds for 'five times', not for the k+1 reading (six times)",
)
H(
    "multiples",
    "xinhua",
    "A 118 percent rise in North Korean sales to China in 2023 took them to $291.9 million.",
    [
        C(I, yr(2023), yr(2022), pc("118 percent", "118", 0)),
        L(I, yr(2023), usd("${} million", "291.9")),
    ],
    "2024-01-19",
)
H(
    "multiples",
    "wire",
    "Imports from the North doubled between 2002 and 2004, as mineral sales took off.",
    [R(I, yr(2004), yr(2002), word("doubled", "2"), unit="times", rung_kind="verbal")],
    "2005-02-15",
)

# == non_claims ====================================================================================
H(
    "non_claims",
    "wire",
    "The Friendship Bridge between Dandong and Sinuiju, opened in 1943, carries about 70 percent of the trade by some estimates.",
    [],
    "2019-05-12",
    non=[
        NC("1943", "a year"),
        NC("70 percent", "an estimate of a route's share without a period or source"),
    ],
)
H(
    "non_claims",
    "yonhap",
    "Under Resolution 2397, passed by the Security Council late in 2017, Pyongyang may take in no more than 500,000 barrels of refined fuel annually.",
    [],
    "2018-01-05",
    non=[NC("2397", "a resolution number"), NC("500,000 barrels", "a sanctions cap, not trade")],
)
H(
    "non_claims",
    "thinktank",
    "Some 25 million people live in North Korea, whose GDP per head is estimated at a small fraction of South Korea's.",
    [],
    "2021-07-01",
    non=[NC("25 million", "population")],
)
H(
    "non_claims",
    "wire",
    "Customs publishes the country table around the 20th of each month, usually at 10 a.m. Beijing time.",
    [],
    "2023-03-01",
    non=[NC("20th", "a date"), NC("10 a.m.", "a time")],
)
H(
    "non_claims",
    "broadcast",
    "The new Yalu River bridge, 3 kilometres long, was finished in 2014 but has yet to open.",
    [],
    "2022-09-01",
    non=[NC("3 kilometres", "a length"), NC("2014", "a year")],
)
H(
    "non_claims",
    "xinhua",
    "Analysts expect trade to grow by 10 to 20 percent next year if rail freight resumes.",
    [],
    "2023-12-28",
    non=[NC("10 to 20 percent", "a forecast, not a data claim")],
)
H(
    "non_claims",
    "wire",
    "A kilogram of rice fetched 6,000 won in Pyongyang's markets, a Seoul-based outlet reported.",
    [],
    "2020-09-15",
    non=[NC("6,000 won", "a market price")],
)
H(
    "non_claims",
    "thinktank",
    "In December 2017 the UN banned 90 percent of North Korea's publicly reported exports, the United States said.",
    [],
    "2018-01-03",
    non=[NC("90 percent", "a stated aim of a sanctions resolution, not customs data")],
)
H(
    "non_claims",
    "yonhap",
    "Kim Jong Un met Xi Jinping five times between March 2018 and June 2019.",
    [],
    "2019-06-25",
    non=[NC("five times", "a count of meetings")],
)
H(
    "non_claims",
    "wire",
    "Some 1,500 trucks a day crossed at Dandong before 2020, drivers told reporters.",
    [],
    "2023-05-03",
    non=[NC("1,500 trucks", "a count of vehicles")],
)
H(
    "non_claims",
    "headline",
    "North Korea marks 75th anniversary of ties with China",
    [],
    "2024-10-06",
    non=[NC("75th", "an anniversary")],
)
H(
    "non_claims",
    "xinhua",
    "The passenger train between Beijing and Pyongyang takes about 24 hours.",
    [],
    "2018-03-10",
    non=[NC("24 hours", "a duration")],
)
H(
    "non_claims",
    "broadcast",
    "North Korea's 2021 grain harvest was estimated at 4.69 million tonnes by Seoul.",
    [],
    "2022-03-25",
    non=[NC("4.69 million tonnes", "a harvest in tonnes, not trade value")],
)
H(
    "non_claims",
    "wire",
    "COVAX offered some 3 million doses of vaccine, which Pyongyang turned down.",
    [],
    "2021-09-01",
    non=[NC("3 million doses", "aid offered, not trade")],
)
H(
    "non_claims",
    "thinktank",
    "A ton of North Korean anthracite fetched around $80 at the border in 2016, a trader estimated.",
    [],
    "2017-01-20",
    non=[NC("$80", "a unit price, not a trade total")],
)

# == second pass: long sentences, questions, conditionals, reported speech ==========================
e, i, t = (D("${} billion", f, yr(2023), "billion", 2) for f in (E, I, T))
i = D("${} million", I, yr(2023), dec=1)
H(
    "cumulative",
    "thinktank",
    f"For 2023 as a whole, the picture was of a trade reborn: turnover of {t}, up 137 percent; Chinese exports of {e}, up 140 percent; and North Korean sales of {i}, up 118 percent.",
    [
        L(T, yr(2023), t),
        C(T, yr(2023), yr(2022), pc("137 percent", "137", 0)),
        L(E, yr(2023), e),
        C(E, yr(2023), yr(2022), pc("140 percent", "140", 0)),
        L(I, yr(2023), i),
        C(I, yr(2023), yr(2022), pc("118 percent", "118", 0)),
    ],
    "2024-01-22",
)
x = D("${} million", T, cum(2023, 5), dec=1)
H(
    "cumulative",
    "wire",
    f"Customs said on {wd('2023-06-20')} that two-way trade for January through May 2023 had reached {x}, up 147 percent from a year earlier.",
    [L(T, cum(2023, 5), x), C(T, cum(2023, 5), ago(cum(2023, 5)), pc("147 percent", "147", 0))],
    "2023-06-20",
    note="the change is altered: customs printed +174% for January-May; +147% was the first-quarter change",
)
x = D("${} million", T, pr := "2016-07/2016-09", dec=0)
H(
    "cumulative",
    "xinhua",
    f"In the third quarter of 2016, trade amounted to {x}, up 3.4 percent, with exports of {D('${} million', E, pr, dec=0)} and imports of {D('${} million', I, pr, dec=0)}.",
    [
        L(T, pr, x),
        C(T, pr, ago(pr), pc("3.4 percent", "3.4")),
        L(E, pr, D("${} million", E, pr, dec=0)),
        L(I, pr, D("${} million", I, pr, dec=0)),
    ],
    "2016-10-24",
)
x = D("${} billion", T, cum(2006, 11), "billion", 2)
H(
    "cumulative",
    "wire",
    f"If December matches the pace of the first eleven months — turnover of {x}, up 5.42 percent — 2006 will be another record year.",
    [
        L(T, cum(2006, 11), x),
        C(T, cum(2006, 11), ago(cum(2006, 11)), pc("5.42 percent", "5.42", 2)),
    ],
    "2006-12-27",
    non=[NC("2006 will be another record year", "a forecast, not a data claim")],
)
H(
    "cumulative",
    "yonhap",
    "How much did China buy from the North in the first five months of 2015? About $954 million, 10.3 percent less than a year before.",
    [
        L(I, cum(2015, 5), usd("${} million", "954", dec=0), hedge="about"),
        C(I, cum(2015, 5), ago(cum(2015, 5)), pc("10.3 percent", "-10.3")),
    ],
    "2015-06-24",
)
H(
    "cumulative",
    "wire",
    "Trade over January to August 2013 reached $4.01 billion, down 2.2 percent from the same period of 2012; exports accounted for $2.2 billion of it.",
    [
        L(T, cum(2013, 8), usd("${} billion", "4.01", "billion", 2)),
        C(T, cum(2013, 8), ago(cum(2013, 8)), pc("2.2 percent", "-2.2")),
        L(E, cum(2013, 8), usd("${} billion", "2.2", "billion", 1)),
    ],
    "2013-09-23",
)
x = D("${} million", T, cum(2010, 5), dec=1)
H(
    "cumulative",
    "thinktank",
    f"Adding exports of {D('${} million', E, cum(2010, 5), dec=1)} and imports of {D('${} million', I, cum(2010, 5), dec=1)}, the five-month total for 2010 comes to {x}.",
    [
        L(E, cum(2010, 5), D("${} million", E, cum(2010, 5), dec=1)),
        L(I, cum(2010, 5), D("${} million", I, cum(2010, 5), dec=1)),
        L(T, cum(2010, 5), x),
    ],
    "2010-06-28",
)
H(
    "two_figures",
    "wire",
    "Bilateral turnover rose from $2.67 billion in 2009 to $3.47 billion in 2010, a gain of 30 percent; North Korean sales to China climbed by half.",
    [
        L(T, yr(2009), usd("${} billion", "2.67", "billion", 2)),
        L(T, yr(2010), usd("${} billion", "3.47", "billion", 2), direction="up", base=yr(2009)),
        C(T, yr(2010), yr(2009), pc("30 percent", "30", 0)),
        # "climbed by half" is a rise of a half (semantics.md §1.4 Fractions: "fell by a
        # quarter / a third / two-thirds" is a change c/100 on the fraction ladder); relabelled
        # after the first scoring (it was a multiple of 1.5, unit times)
        C(I, yr(2010), yr(2009), word("half", "50"), rung_kind="fraction"),
    ],
    "2011-01-30",
)
H(
    "two_figures",
    "yonhap",
    "Exports to North Korea, $257.4 million in December 2025 after $243.6 million in November, rose 5.7 percent on the month.",
    [
        L(E, sp("2025-12"), usd("${} million", "257.4")),
        L(E, sp("2025-11"), usd("${} million", "243.6")),
        C(E, sp("2025-12"), sp("2025-11"), pc("5.7 percent", "5.7")),
    ],
    "2026-01-20",
)
H(
    "two_figures",
    "xinhua",
    "China's imports from the DPRK eased from $43 million in September 2025 to $37.1 million in November.",
    [
        L(I, sp("2025-09"), usd("${} million", "43", dec=0)),
        L(I, sp("2025-11"), usd("${} million", "37.1")),
    ],
    "2025-12-22",
)
H(
    "two_figures",
    "wire",
    "Two-way trade was $5.51 billion in 2015 against $6.36 billion in 2014, a decline of 15.4 percent.",
    [
        L(T, yr(2015), usd("${} billion", "5.51", "billion", 2)),
        L(T, yr(2014), usd("${} billion", "6.36", "billion", 2)),
        C(T, yr(2015), yr(2014), pc("15.4 percent", "-15.4")),
    ],
    "2016-01-29",
    note="the change is altered: 5,510.6 / 6,363.63 million is a 13.4% decline",
)
H(
    "two_figures",
    "thinktank",
    "Chinese exports went up from $2.84 billion in 2016 to $3.25 billion in 2017 while imports from the North went down from $2.54 billion to $1.73 billion.",
    [
        L(E, yr(2016), usd("${} billion", "2.84", "billion", 2)),
        L(E, yr(2017), usd("${} billion", "3.25", "billion", 2), direction="up", base=yr(2016)),
        L(I, yr(2016), usd("${} billion", "2.54", "billion", 2)),
        L(I, yr(2017), usd("${} billion", "1.73", "billion", 2), direction="down", base=yr(2016)),
    ],
    "2018-01-26",
)
dl = "2022-03-21"
H(
    "relative_dates",
    "wire",
    f"Customs figures released on {wd(dl)} show China's exports to the North in the first two months of this year at $116.3 million, and imports at $19.96 million.",
    [
        L(E, cum(2022, 2), usd("${} million", "116.3")),
        L(I, cum(2022, 2), usd("${} million", "19.96", dec=2)),
    ],
    dl,
)
dl = "2017-04-24"
H(
    "relative_dates",
    "yonhap",
    "Trade between the two neighbours jumped 34 percent last month from February, to $430 million, even after Beijing halted coal purchases.",
    [
        C(T, sp("2017-03"), sp("2017-02"), pc("34 percent", "34", 0)),
        L(T, sp("2017-03"), usd("${} million", "430", dec=0)),
    ],
    dl,
)
dl = "2019-06-24"
H(
    "relative_dates",
    "wire",
    "Last month's turnover, $275.4 million, was 19.3 percent above May of the year before.",
    [
        L(T, sp("2019-05"), usd("${} million", "275.4")),
        C(T, sp("2019-05"), ago(sp("2019-05")), pc("19.3 percent", "19.3")),
    ],
    dl,
)
dl = "2021-02-20"
H(
    "relative_dates",
    "xinhua",
    "Trade in December was down 98.2 percent from a year earlier at $5.0 million, according to the customs tables.",
    [
        C(T, sp("2020-12"), ago(sp("2020-12")), pc("98.2 percent", "-98.2")),
        L(T, sp("2020-12"), usd("${} million", "5.0")),
    ],
    dl,
)
dl = "2018-02-23"
H(
    "relative_dates",
    "thinktank",
    "January's figures — exports down 30.4 percent, imports down 77.4 percent, turnover down 52.1 percent — show sanctions biting.",
    [
        C(E, sp("2018-01"), ago(sp("2018-01")), pc("30.4 percent", "-30.4")),
        C(I, sp("2018-01"), ago(sp("2018-01")), pc("77.4 percent", "-77.4")),
        C(T, sp("2018-01"), ago(sp("2018-01")), pc("52.1 percent", "-52.1")),
    ],
    dl,
)
H(
    "perspective",
    "wire",
    "The North bought $1.83 billion of Chinese goods in 2024 and sold $350 million worth, the first shrinking in its purchases since 2021.",
    [
        L(E, yr(2024), usd("${} billion", "1.83", "billion", 2)),
        L(I, yr(2024), usd("${} million", "350", dec=0)),
        FD(E, 2024, 2021, "the first shrinking in its purchases since 2021"),
    ],
    "2025-01-20",
)
H(
    "perspective",
    "thinktank",
    "Pyongyang's imports from China, at $2.55 billion for January-September 2017, were 20.9 percent higher than a year earlier.",
    [
        L(E, cum(2017, 9), usd("${} billion", "2.55", "billion", 2)),
        C(E, cum(2017, 9), ago(cum(2017, 9)), pc("20.9 percent", "20.9")),
    ],
    "2017-10-24",
)
H(
    "perspective",
    "yonhap",
    "North Korean exports to China fell 15.41 percent on the year in May 2014 to $233.64 million.",
    [
        C(I, sp("2014-05"), ago(sp("2014-05")), pc("15.41 percent", "-15.41", 2)),
        L(I, sp("2014-05"), usd("${} million", "233.64", dec=2)),
    ],
    "2014-06-23",
)
H(
    "perspective",
    "wire",
    "The North's sales to China, $1.73 billion in 2017, were 31.8 percent below the 2016 figure.",
    [
        L(I, yr(2017), usd("${} billion", "1.73", "billion", 2)),
        C(I, yr(2017), yr(2016), pc("31.8 percent", "-31.8")),
    ],
    "2018-01-29",
)
H(
    "level_direction",
    "wire",
    "China's purchases from North Korea surged 119 percent in March 2023 from February to $20.55 million, while exports rose 23 percent to $137.9 million.",
    [
        C(I, sp("2023-03"), sp("2023-02"), pc("119 percent", "119", 0)),
        L(I, sp("2023-03"), usd("${} million", "20.55", dec=2), direction="up", base=sp("2023-02")),
        C(E, sp("2023-03"), sp("2023-02"), pc("23 percent", "23", 0)),
        L(E, sp("2023-03"), usd("${} million", "137.9"), direction="up", base=sp("2023-02")),
    ],
    "2023-04-20",
)
H(
    "level_direction",
    "yonhap",
    "Imports from the North dropped to $6.6 million in August 2020, down 17.6 percent from July.",
    [
        L(I, sp("2020-08"), usd("${} million", "6.6"), direction="down", base=sp("2020-07")),
        C(I, sp("2020-08"), sp("2020-07"), pc("17.6 percent", "-17.6")),
    ],
    "2020-09-18",
)
H(
    "level_direction",
    "thinktank",
    "Exports fell to $288 million in November 2017, down 2 percent from a year earlier.",
    [
        L(E, sp("2017-11"), usd("${} million", "288", dec=0)),
        C(E, sp("2017-11"), ago(sp("2017-11")), pc("2 percent", "-2", 0)),
    ],
    "2017-12-22",
    note="the change is altered: customs printed -20% on the year for November 2017 exports",
)
H(
    "level_direction",
    "xinhua",
    "Imports from the DPRK rose 62 percent in December 2022 from November to $19.13 million.",
    [
        C(I, sp("2022-12"), sp("2022-11"), pc("62 percent", "62", 0)),
        L(I, sp("2022-12"), usd("${} million", "19.13", dec=2), direction="up", base=sp("2022-11")),
    ],
    "2023-01-20",
)
H(
    "level_direction",
    "wire",
    "Turnover slumped to $20.31 million in May 2022, a fall of 80 percent from April, as Covid shut the rail link.",
    [
        L(
            T,
            sp("2022-05"),
            usd("${} million", "20.31", dec=2),
            direction="down",
            base=sp("2022-04"),
        ),
        C(T, sp("2022-05"), sp("2022-04"), pc("80 percent", "-80", 0)),
    ],
    "2022-06-20",
)
H(
    "shares",
    "wire",
    "Exports made up 65.2 percent of turnover in 2017, up from 52.8 percent in 2016.",
    [S(E, T, yr(2017), pc("65.2 percent", "65.2")), S(E, T, yr(2016), pc("52.8 percent", "52.8"))],
    "2018-02-01",
)
H(
    "shares",
    "thinktank",
    "North Korean goods were 17.8 percent of 2024's bilateral trade, 5.1 percentage points more than in 2023.",
    [
        S(I, T, yr(2024), pc("17.8 percent", "17.8")),
        claim(
            "pp_change",
            I,
            yr(2024),
            pc("5.1 percentage points", "5.1"),
            base=yr(2023),
            unit="pp",
            whole=T,
            direction="up",
        ),
    ],
    "2025-02-03",
    note="both are altered: imports were 16.1% of 2024 trade, 3.3 points more than 12.7% in 2023",
)
H(
    "balance",
    "wire",
    "For the first time in years, China ran a deficit in February 2011: it bought $88.18 million from the North and sold it $77.53 million, a gap of $10.65 million.",
    [
        L(I, sp("2011-02"), usd("${} million", "88.18", dec=2)),
        L(E, sp("2011-02"), usd("${} million", "77.53", dec=2)),
        B(sp("2011-02"), Num("$10.65 million", "-10650000", 2, 10**6), gap="deficit"),
    ],
    "2011-03-25",
)
H(
    "balance",
    "thinktank",
    "Were imports from the North to stay at 2022's $133.7 million, China's surplus — $760.4 million that year — would keep widening with every rise in its exports.",
    [L(I, yr(2022), usd("${} million", "133.7")), B(yr(2022), usd("${} million", "760.4"))],
    "2023-02-14",
)
H(
    "balance",
    "yonhap",
    "The North's deficit with China ballooned to $1.71 billion in 2023 from $760 million in 2022.",
    [
        B(yr(2023), usd("${} billion", "1.71", "billion", 2), direction="up", base=yr(2022)),
        B(yr(2022), usd("${} million", "760", dec=0)),
    ],
    "2024-01-23",
)
H(
    "balance",
    "wire",
    "China's surplus with the DPRK in 2017 was $1.95 billion, up from $304 million in 2016.",
    [
        B(yr(2017), usd("${} billion", "1.95", "billion", 2), direction="up", base=yr(2016)),
        B(yr(2016), usd("${} million", "304", dec=0)),
    ],
    "2018-01-26",
    note="the 2017 balance is altered: 3,245 minus 1,731 million gives 1.51 billion",
)
H(
    "superlatives_streaks",
    "wire",
    "Exports to the North in June 2020, at $87.7 million, were the highest since January.",
    [
        L(E, sp("2020-06"), usd("${} million", "87.7")),
        SU(E, "2020-06", "2020-01", "high", "the highest since January"),
    ],
    "2020-07-20",
)
H(
    "superlatives_streaks",
    "yonhap",
    "September 2021's exports of $55.6 million were the most since July 2020, and the fourth consecutive monthly increase.",
    [
        L(E, sp("2021-09"), usd("${} million", "55.6")),
        SU(E, "2021-09", "2020-07", "high", "the most since July 2020"),
        ST(E, "2021-06", "2021-09", "up", "the fourth consecutive monthly increase"),
    ],
    "2021-10-20",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Imports in June 2022 sank to $2 million, the lowest since October 2021, before two straight monthly rises in July and August.",
    [
        L(I, sp("2022-06"), usd("${} million", "2", dec=0)),
        SU(I, "2022-06", "2021-10", "low", "the lowest since October 2021"),
        ST(I, "2022-07", "2022-08", "up", "two straight monthly rises"),
    ],
    "2022-09-20",
)
H(
    "superlatives_streaks",
    "wire",
    "Chinese exports to North Korea rose in September 2021 for a third straight month.",
    [ST(E, "2021-07", "2021-09", "up", "a third straight month")],
    "2021-10-21",
    note="the streak is altered: exports rose four months running (June-September 2021)",
)
H(
    "other_pairs",
    "wire",
    "North Korea's trade with Russia ballooned to $34.4 million in 2023, according to Russian customs, a ninefold jump.",
    [
        other(
            "level", T, yr(2023), usd("${} million", "34.4"), "RUS", "PRK", source="Russian customs"
        ),
        other(
            "ratio",
            T,
            yr(2023),
            times("ninefold", "9", 0),
            "RUS",
            "PRK",
            base=yr(2022),
            unit="times",
            source="Russian customs",
        ),
    ],
    "2024-02-12",
)
H(
    "other_pairs",
    "yonhap",
    "In yuan, imports from North Korea in 2024 came to 2.49 billion, up 20.7 percent.",
    [
        L(I, yr(2024), said("2.49 billion", "2.49", "billion", 2), currency="CNY"),
        C(I, yr(2024), yr(2023), pc("20.7 percent", "20.7"), terms="CNY"),
    ],
    "2025-01-21",
)
H(
    "rounding_hedges",
    "wire",
    "Just under $3.5 billion: that was the 2010 turnover.",
    [L(T, yr(2010), usd("${} billion", "3.5", "billion"), hedge="just under")],
    "2011-01-28",
)
H(
    "rounding_hedges",
    "thinktank",
    "China's exports to the North in 2009 were some $1.9 billion.",
    [L(E, yr(2009), usd("${} billion", "1.9", "billion"), hedge="some")],
    "2010-02-08",
)
H(
    "rounding_hedges",
    "yonhap",
    "Trade in 2016 totalled around $5.4 billion.",
    [L(T, yr(2016), usd("${} billion", "5.4", "billion"), hedge="around")],
    "2017-02-01",
)
H(
    "rounding_hedges",
    "wire",
    "Imports from the North in January 2015 were roughly $180 million, 16.9 percent lower on the year.",
    [
        L(I, sp("2015-01"), usd("${} million", "180", dec=0), hedge="roughly"),
        C(I, sp("2015-01"), ago(sp("2015-01")), pc("16.9 percent", "-16.9")),
    ],
    "2015-02-24",
    note="rounded: January 2015 imports were 184.85 million; 180 holds only on the loose tier",
)
H(
    "rounding_hedges",
    "xinhua",
    "Trade between China and North Korea came to $1.7 billion in 2006, up nearly 8 percent.",
    [
        L(T, yr(2006), usd("${} billion", "1.7", "billion")),
        C(T, yr(2006), yr(2005), pc("8 percent", "8", 0), hedge="nearly"),
    ],
    "2007-02-05",
)
H(
    "multiples",
    "thinktank",
    "Chinese exports to the North in the first three months of 2023 were two-and-a-half times the year-earlier figure.",
    [
        R(
            E,
            cum(2023, 3),
            ago(cum(2023, 3)),
            word("two-and-a-half times", "2.5"),
            unit="times",
            rung_kind="verbal",
        )
    ],
    "2023-04-21",
)
H(
    "multiples",
    "yonhap",
    "Imports from North Korea in 2011 were 3.1 times the 2009 level.",
    [R(I, yr(2011), yr(2009), times("3.1 times", "3.1"), unit="times")],
    "2012-02-02",
)
H(
    "multiples",
    "xinhua",
    "Between 2002 and 2008, two-way trade nearly quadrupled.",
    [
        R(
            T,
            yr(2008),
            yr(2002),
            word("nearly quadrupled", "4"),
            unit="times",
            rung_kind="verbal",
            hedge="nearly",
        )
    ],
    "2009-02-10",
)
H(
    "multiples",
    "wire",
    "Turnover in 2022 was eight times that of 2021.",
    [R(T, yr(2022), yr(2021), word("eight times", "8"), unit="times")],
    "2023-01-20",
    note="the multiple is altered: 2022 trade was 3.2 times the 2021 figure",
)
H(
    "non_claims",
    "wire",
    "Freight trains returned to the Dandong–Sinuiju line in late September 2022 after a pause of about five months, officials said.",
    [],
    "2022-09-27",
    non=[NC("five months", "a duration")],
)
H(
    "non_claims",
    "yonhap",
    "North Korea held its 8th Party Congress in January 2021, when Kim admitted the five-year plan had failed.",
    [],
    "2021-01-15",
    non=[NC("8th", "an ordinal"), NC("five-year", "a plan's length")],
)
H(
    "non_claims",
    "thinktank",
    "Of the 193 UN member states, only about 50 file annual sanctions reports on time.",
    [],
    "2019-04-10",
    non=[NC("193", "a count of states"), NC("50", "a count of reports")],
)
H(
    "non_claims",
    "wire",
    "Dandong, a city of about 2.2 million people, handles most of the cross-border traffic.",
    [],
    "2023-05-15",
    non=[NC("2.2 million people", "a population")],
)
H(
    "relative_dates",
    "wire",
    "Trade climbed to $1.03 billion last year, more than triple the 2021 level, but analysts put the 2023 outlook at 1.5 to 2 billion dollars.",
    [
        L(T, yr(2022), usd("${} billion", "1.03", "billion", 2)),
        R(
            T,
            yr(2022),
            yr(2021),
            word("more than triple", "3"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
    ],
    "2023-01-19",
    non=[NC("1.5 to 2 billion dollars", "a forecast, not a data claim")],
)
H(
    "two_figures",
    "thinktank",
    "With fuel barred and textiles banned, exports dropped to $1.78 billion over January-October 2018 — 34.9 percent below 2017 — and imports to $171.7 million.",
    [
        L(E, cum(2018, 10), usd("${} billion", "1.78", "billion", 2)),
        C(E, cum(2018, 10), ago(cum(2018, 10)), pc("34.9 percent", "-34.9")),
        L(I, cum(2018, 10), usd("${} million", "171.7")),
    ],
    "2018-11-23",
)
H(
    "level_direction",
    "wire",
    "If anything, 2024 showed a slowdown: turnover eased 5 percent to $2.18 billion, and Chinese exports retreated to $1.83 billion.",
    [
        C(T, yr(2024), yr(2023), pc("5 percent", "-5", 0)),
        L(T, yr(2024), usd("${} billion", "2.18", "billion", 2), direction="down", base=yr(2023)),
        L(E, yr(2024), usd("${} billion", "1.83", "billion", 2), direction="down", base=yr(2023)),
    ],
    "2025-01-20",
)
H(
    "perspective",
    "broadcast",
    "As for what North Korea imported from China in January 2017 — $240 million — that was up 14.5 percent; its exports rose 13.3 percent to $200 million.",
    [
        L(E, sp("2017-01"), usd("${} million", "240", dec=0)),
        C(E, sp("2017-01"), ago(sp("2017-01")), pc("14.5 percent", "14.5")),
        C(I, sp("2017-01"), ago(sp("2017-01")), pc("13.3 percent", "13.3")),
        L(I, sp("2017-01"), usd("${} million", "200", dec=0)),
    ],
    "2017-02-23",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Trade in the first half of 2017 was two-point-five-five billion dollars, ten-point-five percent up on the year.",
    [
        L(T, cum(2017, 6), said("two-point-five-five billion dollars", "2.55", "billion", 2)),
        C(T, cum(2017, 6), ago(cum(2017, 6)), word("ten-point-five percent", "10.5", 1)),
    ],
    "2017-07-13",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Imports from North Korea in 2022: one-hundred-thirty-three-point-seven million dollars, up one-hundred-thirty-one percent.",
    [
        L(
            I,
            yr(2022),
            said("one-hundred-thirty-three-point-seven million dollars", "133.7", "million", 1),
        ),
        C(I, yr(2022), yr(2021), word("one-hundred-thirty-one percent", "131")),
    ],
    "2023-01-20",
)

# == third pass: errors of month, year, flow, direction and scale; absolute changes ===================
H(
    "two_figures",
    "wire",
    "Exports to the North climbed to $71.5 million in July 2022 and to $90.1 million in August.",
    [
        L(E, sp("2022-07"), usd("${} million", "71.5")),
        L(E, sp("2022-08"), usd("${} million", "90.1")),
    ],
    "2022-09-20",
    note="both figures are a month early: 71.54 million was August and 90.07 million September 2022",
)
H(
    "relative_dates",
    "yonhap",
    f"Released on {wd('2024-01-18')}, the annual tables put last year's turnover at $2.18 billion.",
    [L(T, yr(2023), usd("${} billion", "2.18", "billion", 2))],
    "2024-01-18",
    note="the year is wrong: 2.18 billion is the 2024 figure; 2023 trade was 2.30 billion",
)
H(
    "perspective",
    "wire",
    "North Korea's exports to China reached $894 million in 2022, customs data show.",
    [L(I, yr(2022), usd("${} million", "894", dec=0))],
    "2023-01-20",
    note="the flow is flipped: 894 million is what China exported to the North; its imports were 133.68 million",
)
H(
    "level_direction",
    "thinktank",
    "Imports from the North fell 19.1 percent in 2024 to $350 million.",
    [
        C(I, yr(2024), yr(2023), pc("19.1 percent", "-19.1")),
        L(I, yr(2024), usd("${} million", "350", dec=0), direction="down", base=yr(2023)),
    ],
    "2025-01-21",
    note="the direction is wrong: 2024 imports rose 19.1% (291.89 to 350 million)",
)
H(
    "cumulative",
    "headline",
    "China's Jan-Oct exports to North Korea hit $1.58 million",
    [L(E, cum(2023, 10), usd("${} million", "1.58", dec=2))],
    "2023-11-20",
    note="the scale is wrong: January-October 2023 exports were 1.58 billion, not million",
)
H(
    "balance",
    "wire",
    "China ran a $760 million deficit with North Korea in 2022.",
    [B(yr(2022), Num("$760 million", "-760000000", 0, 10**6), gap="deficit")],
    "2023-01-24",
    note="the sign is wrong: China had a 760.4 million surplus (exports 894.04, imports 133.68)",
)
H(
    "superlatives_streaks",
    "yonhap",
    "Beijing's shipments across the border in June 2020 were, a ministry aide claimed, the highest since February.",
    [SU(E, "2020-06", "2020-02", "high", "the highest since February")],
    "2020-07-21",
    note="the superlative is wrong: February 2020 exports (10.3 million) were below June's, so June was the highest since January",
)
H(
    "superlatives_streaks",
    "wire",
    "Bilateral trade grew in October 2024 for a fourth month in a row.",
    [ST(T, "2024-07", "2024-10", "up", "a fourth month in a row")],
    "2024-11-21",
    note="the streak is altered: trade rose three months (August-October 2024); July fell",
)
H(
    "shares",
    "thinktank",
    "Three-quarters of 2022's bilateral trade consisted of Chinese exports.",
    [S(E, T, yr(2022), Num("Three-quarters", "75", 0), rung_kind="fraction")],
    "2023-02-06",
    note="the share is altered: exports were 87.0% of 2022 trade",
)
H(
    "cumulative",
    "yonhap",
    "First-quarter 2011 turnover, $1.37 billion, was 14 percent above the same quarter of 2010.",
    [
        L(T, cum(2011, 3), usd("${} billion", "1.37", "billion", 2)),
        C(T, cum(2011, 3), ago(cum(2011, 3)), pc("14 percent", "14", 0)),
    ],
    "2011-04-22",
    note="the change is altered: customs printed +41% for the first quarter of 2011",
)
H(
    "multiples",
    "wire",
    "Chinese exports to the North jumped 3.8-fold in 2022.",
    [R(E, yr(2022), yr(2021), times("3.8-fold", "3.8"), unit="times")],
    "2023-01-20",
    note="the multiple is altered: 894.04 / 260.17 million is 3.4-fold",
)
H(
    "multiples",
    "yonhap",
    "Did the North's sales to China more than double in 2024, as one lawmaker asserted? They did, he said.",
    [
        R(
            I,
            yr(2024),
            yr(2023),
            word("more than double", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        )
    ],
    "2025-01-22",
    note="the multiple is wrong: 2024 imports rose 19.1%",
)
H(
    "multiples",
    "thinktank",
    "Two-way trade in 2024 was more than double its 2022 level.",
    [
        R(
            T,
            yr(2024),
            yr(2022),
            word("more than double", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        )
    ],
    "2025-02-04",
)
H(
    "level_direction",
    "wire",
    "Exports in 2024 were $173.5 million lower than in 2023, while imports grew by $58.1 million.",
    [
        A(E, yr(2024), yr(2023), diff("${} million", E, yr(2024), yr(2023))),
        A(I, yr(2024), yr(2023), diff("${} million", I, yr(2024), yr(2023))),
    ],
    "2025-01-20",
)
H(
    "level_direction",
    "xinhua",
    "A $75.8 million rise in imports from the DPRK in 2022 took them to $133.7 million.",
    [
        A(I, yr(2022), yr(2021), diff("${} million", I, yr(2022), yr(2021))),
        L(I, yr(2022), usd("${} million", "133.7")),
    ],
    "2023-01-20",
)
H(
    "two_figures",
    "wire",
    "Trade in 2017 was $402.5 million smaller than in 2016, the drop coming entirely from North Korean sales.",
    [A(T, yr(2017), yr(2016), diff("${} million", T, yr(2017), yr(2016)))],
    "2018-01-29",
)
H(
    "level_direction",
    "thinktank",
    "October 2022 turnover, $153.9 million, was $49.6 million above September's.",
    [
        L(T, sp("2022-10"), usd("${} million", "153.9")),
        A(T, sp("2022-10"), sp("2022-09"), diff("${} million", T, sp("2022-10"), sp("2022-09"))),
    ],
    "2022-11-21",
)
H(
    "perspective",
    "yonhap",
    "The North's purchases from China shrank by $377 million in 2015.",
    [A(E, yr(2015), yr(2014), Num("$377 million", "-377000000", 0, 10**6))],
    "2016-01-29",
    note="the change is altered: 2015 exports were 576.7 million below 2014's",
)
H(
    "rounding_hedges",
    "wire",
    "Trade in 2013 came to about $6.6 billion, a record.",
    [L(T, yr(2013), usd("${} billion", "6.6", "billion"), hedge="about")],
    "2014-01-27",
    note="rounded up: 2013 trade was 6.55 billion; 6.6 holds only within the hedge band",
)
H(
    "rounding_hedges",
    "yonhap",
    "Valued at about $2.1 billion, the goods China sent north in 2023 were mostly hair-processing materials, sugar and soybean oil.",
    [L(E, yr(2023), usd("${} billion", "2.1", "billion"), hedge="about")],
    "2024-01-19",
    note="rounded wrongly: 2023 exports were 2.0035 billion; 2.1 holds only within the 5% hedge band",
)
H(
    "rounding_hedges",
    "thinktank",
    "At nearly $1.4 billion, the 2004 turnover was 35 percent above the year before.",
    [
        L(T, yr(2004), usd("${} billion", "1.4", "billion"), hedge="nearly"),
        C(T, yr(2004), yr(2003), pc("35 percent", "35", 0)),
    ],
    "2005-02-14",
)
H(
    "cumulative",
    "wire",
    "Chinese customs, which reports figures for more than 200 trading partners, put January-July 2017 turnover at $3.01 billion, up 10.2 percent.",
    [
        L(T, cum(2017, 7), usd("${} billion", "3.01", "billion", 2)),
        C(T, cum(2017, 7), ago(cum(2017, 7)), pc("10.2 percent", "10.2")),
    ],
    "2017-08-23",
    non=[NC("200 trading partners", "a count of partners")],
)
H(
    "relative_dates",
    "wire",
    "Imports from the North last month rose to $43 million, the data released about three weeks after the month's end showed.",
    [L(I, sp("2025-09"), usd("${} million", "43", dec=0))],
    "2025-10-20",
    non=[NC("three weeks", "a publication lag")],
)
H(
    "two_figures",
    "yonhap",
    "The 44-year-old trade official said turnover had risen to $281 million in November 2025 from $218.8 million in October 2024.",
    [
        L(T, sp("2025-11"), usd("${} million", "281", dec=0)),
        L(T, sp("2024-10"), usd("${} million", "218.8")),
    ],
    "2025-12-22",
    non=[NC("44-year-old", "an age")],
)
H(
    "level_direction",
    "wire",
    "Imports from the North in the first half of 2024 climbed to $176.2 million, a 30.5 percent gain on the year.",
    [
        L(I, cum(2024, 6), usd("${} million", "176.2")),
        C(I, cum(2024, 6), ago(cum(2024, 6)), pc("30.5 percent", "30.5")),
    ],
    "2024-07-19",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Coming after a 2013 record, the 2014 decline in China's exports to the North was the first since 2009.",
    [FD(E, 2014, 2009, "the first since 2009")],
    "2015-02-02",
)

# == fourth pass: a few more deliberate errors ======================================================
H(
    "relative_dates",
    "wire",
    "In the first half of this year, trade with the North was down 48 percent at $65.7 million, the customs agency said.",
    [
        C(T, cum(2021, 6), ago(cum(2021, 6)), pc("48 percent", "-48", 0)),
        L(T, cum(2021, 6), usd("${} million", "65.7")),
    ],
    "2021-07-20",
    note="the change is altered: customs printed -84% for January-June 2021 trade",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Exports to North Korea in October 2022 were one-hundred-twenty-three-point-four million dollars.",
    [
        L(
            E,
            sp("2022-10"),
            said("one-hundred-twenty-three-point-four million dollars", "123.4", "million", 1),
        )
    ],
    "2022-11-21",
    note="digits swapped: October 2022 exports were 132.43 million",
)
H(
    "balance",
    "yonhap",
    "North Korea's deficit with China narrowed in 2024 to $1.36 billion, as its purchases shrank and its sales grew.",
    [B(yr(2024), usd("${} billion", "1.36", "billion", 2), direction="down", base=yr(2023))],
    "2025-01-21",
    note="the balance is altered: 1,830 minus 350 million gives 1.48 billion (the direction holds)",
)
H(
    "perspective",
    "thinktank",
    "Chinese goods bought by Pyongyang in January-July 2024 rose 13.3 percent to $914 million.",
    [
        C(E, cum(2024, 7), ago(cum(2024, 7)), pc("13.3 percent", "13.3")),
        L(
            E,
            cum(2024, 7),
            usd("${} million", "914", dec=0),
        ),
    ],
    "2024-08-21",
    note="the direction is wrong: January-July 2024 exports fell 13.3% (the level is right; the year-earlier datum for its direction is missing)",
)
H(
    "two_figures",
    "xinhua",
    "Imports rose from $27.28 million in February 2024 to $30.96 million in March.",
    [
        L(I, sp("2024-02"), usd("${} million", "27.28", dec=2)),
        L(I, sp("2024-03"), usd("${} million", "30.96", dec=2), direction="up", base=sp("2024-02")),
    ],
    "2024-04-22",
    note="the March figure is May's: March 2024 imports were 30.02 million",
)
H(
    "cumulative",
    "wire",
    "For January-June 2017, imports from the North, at $880 million, were down 31.2 percent.",
    [
        L(I, cum(2017, 6), usd("${} million", "880", dec=0)),
        C(I, cum(2017, 6), ago(cum(2017, 6)), pc("31.2 percent", "-31.2")),
    ],
    "2017-07-14",
    note="digits transposed: customs printed -13.2% for January-June 2017 imports",
)

write(Path(__file__).resolve().parent / "heldout7.jsonl", "build_heldout7.py")
