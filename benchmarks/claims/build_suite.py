# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/suite.jsonl: our own labelled sentences, one phrasing class at a time.

    python benchmarks/claims/build_suite.py

Every sentence here was written for this suite, in the styles of wire copy, broadcast scripts read
aloud, translated Korean and Chinese news, think-tank prose and table lines. Figures come from the
preferred rows of datasets/china_dprk.csv (through ``gold.py``), rounded the way writers round
them or deliberately altered: a wrong value, a correct figure pinned to the wrong month, the wrong
direction, and rounding-only differences that must not count as wrong. Verdicts are computed by
``gold.py`` from the data alone, never by tradestats.check.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

from suitelib import MONTH, Num, add, claim, cum, money, pct, sp, val, write, yr

# -- shorthands ------------------------------------------------------------------------------------


def L(flow, period, num, **kw):  # noqa: N802
    return claim("level", flow, period, num, **kw)


def C(flow, period, base, num, **kw):  # noqa: N802
    kw.setdefault("direction", "up" if Decimal(num.value) > 0 else "down")
    return claim("change_pct", flow, period, num, base=base, **kw)


def R(flow, period, base, num, **kw):  # noqa: N802  (ratio: percent-of, fold, verbal multiple)
    return claim("ratio", flow, period, num, base=base, **kw)


def S(flow, whole, period, num, **kw):  # noqa: N802
    return claim("share", flow, period, num, whole=whole, **kw)


def B(period, num, **kw):  # noqa: N802
    kw.setdefault("gap", "surplus" if Decimal(num.value) >= 0 else "deficit")
    return claim("balance", "balance", period, num, **kw)


def V(word: str, k: str) -> Num:  # a verbal multiple or fraction as written
    return Num(word, k, 0)


def m(flow: str, span: str) -> F:
    return val(flow, span)


def chg(flow: str, span: str, base: str) -> F:
    return (m(flow, span) / m(flow, base) - 1) * 100


def bal(span: str) -> F:
    return m("export", span) - m("import", span)


def prev(span: str) -> str:
    from gold import month_before

    return month_before(span)


def ago(span: str) -> str:
    from gold import year_before

    return year_before(span)


# == cumulative periods ==========================================================================
K = "cumulative"
p = cum(2023, 6)
a, b = money(m("export", p), dec=2), pct(204, 0)
add(
    K,
    "wire",
    f"China's exports to North Korea in the first six months of 2023 totalled {a}, up {b} from a year earlier, customs data showed.",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2023-07-18",
)
p = cum(2023, 8)
a = money(m("total", p), "billion", 2, "yonhap")
add(
    K,
    "yonhap",
    f"In the January-to-August period, trade between the two countries reached {a}, according to the General Administration of Customs.",
    [L("total", p, a)],
    "2023-09-18",
)
p = cum(2018, 11)
a, b = money(m("export", p), "billion", 2), pct(-33, 0)
add(
    K,
    "wire",
    f"North Korea's imports from China in the 11 months through November came to {a}, a {b} decline from the same period a year before.",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2018-12-23",
)
p, q = cum(2023, 3), cum(2022, 3)
a, b = money(m("export", p), dec=2, style="usd"), money(m("export", q), dec=1, style="usd")
add(
    K,
    "thinktank",
    f"For the first quarter of 2023, Chinese exports to the DPRK stood at {a}, against {b} in the first quarter of 2022.",
    [L("export", p, a), L("export", q, b)],
    "2023-05-02",
)
p = cum(2020, 9)
a, b = money(m("total", p), dec=2), pct(F(-728, 10))
add(
    K,
    "wire",
    f"Over January-September 2020, bilateral trade sank {b} year on year to {a}.",
    [C("total", p, ago(p), b), L("total", p, a, direction="down", base=ago(p))],
    "2020-10-23",
)
p = cum(2024, 7)
a, b = money(m("import", p), dec=0), pct(24, 0)
add(
    K,
    "wire",
    f"In the first seven months of 2024, China's imports from North Korea climbed {b} to {a}.",
    [C("import", p, ago(p), b), L("import", p, a, direction="up", base=ago(p))],
    "2024-08-18",
)
p = cum(2018, 10)
a, b = money(m("export", p), "billion", 2), pct(F(-349, 10))
add(
    K,
    "wire",
    f"Since the start of the year, China has shipped goods worth {a} to North Korea, down {b} on the year, according to figures released on Friday.",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2018-11-23",
)
p = cum(2017, 6)
a, b = money(m("export", p), "billion", 2), pct(F(219, 10))
add(
    K,
    "wire",
    f"In the first half of 2017, China's exports to North Korea rose {b} to {a}.",
    [C("export", p, ago(p), b), L("export", p, a, direction="up", base=ago(p))],
    "2017-07-14",
    note="deliberately wrong change: the customs release printed +29.1%",
)
p = cum(2017, 9)
a, b = money(m("export", p), "billion", 2), pct(F(209, 10))
add(
    K,
    "wire",
    f"Exports to North Korea over that nine-month period grew {b} to {a}.",
    [C("export", p, ago(p), b), L("export", p, a, direction="up", base=ago(p))],
    "2017-10-24",
    context="China's customs agency released trade figures for January through September on Tuesday.",
)
p = cum(2023, 3)
a, b = money(m("total", p), dec=2), pct(147, 0)
add(
    K,
    "wire",
    f"First-quarter trade between China and North Korea came to {a}, up {b} on the year.",
    [L("total", p, a), C("total", p, ago(p), b)],
    "2023-04-18",
)
p = cum(2024, 6)
a, b = money(m("total", p), dec=0), pct(-8, 0, "pct")
add(
    K,
    "table",
    f"China–DPRK trade, H1 2024: {a} (-{b} y/y)",
    [L("total", p, a), C("total", p, ago(p), b)],
    "2024-07-19",
    note="a table line; '(−8% y/y)' is written with a minus sign",
)
p = cum(2024, 2)
a, b = money(m("total", p), dec=2), pct(chg("total", p, ago(p)))
add(
    K,
    "wire",
    f"Two-way trade in January-February 2024 was {a}, down {b} from the same two months of 2023.",
    [L("total", p, a, direction="down", base=ago(p)), C("total", p, ago(p), b)],
    "2024-03-19",
)
p = cum(2023, 5)
a = money(m("import", cum(2023, 6)), dec=0)
add(
    K,
    "wire",
    f"In the first five months of 2023, China's imports from North Korea reached {a}.",
    [L("import", p, a)],
    "2023-06-19",
    note="wrong period: $135 million is the January-June figure",
)
p = cum(2018, 10)
a, b = money(m("import", p), dec=2), pct(F(-891, 10))
add(
    K,
    "wire",
    f"China's purchases from North Korea in the 10 months to October plunged {b} to {a}.",
    [C("import", p, ago(p), b), L("import", p, a, direction="down", base=ago(p))],
    "2018-11-23",
)
p = cum(2020, 6)
a = money(m("import", p), dec=2)
add(
    K,
    "yonhap",
    f"North Korea's exports to China in the first half of 2020 totalled {a}, Chinese customs data showed.",
    [L("import", p, a)],
    "2020-08-20",
)
p = cum(2020, 6)
a, b = money(m("export", p), dec=0), pct(F(-665, 10), style="pct")
add(
    K,
    "wire",
    f"China's exports to the North in January through June 2020 fell {b} to {a}.",
    [C("export", p, ago(p), b), L("export", p, a, direction="down", base=ago(p))],
    "2020-08-20",
)
p = cum(2024, 7)
a, b = money(m("total", p), "billion", 2), pct(F(84, 10))
add(
    K,
    "wire",
    f"Trade between China and North Korea in the first seven months of 2024 rose {b} to {a}.",
    [C("total", p, ago(p), b)],
    "2024-08-18",
    note="wrong direction: customs printed -8.4%",
)
p = cum(2023, 11)
a, b = money(m("export", p), "billion", 2), pct(F(1466, 10), style="pct")
add(
    K,
    "table",
    f"Jan-Nov 2023 Chinese exports to North Korea: {a}, +{b} y/y",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2023-12-20",
)
p = cum(2020, 4)
a, b = money(m("import", p), dec=2), pct(F(-825, 10))
add(
    K,
    "wire",
    f"China's imports from North Korea in the first four months of 2020 dropped {b} to {a}.",
    [C("import", p, ago(p), b), L("import", p, a, direction="down", base=ago(p))],
    "2020-05-20",
)
p = cum(2023, 5)
a, b = money(m("export", p), dec=2), pct(169, 0)
add(
    K,
    "yonhap",
    f"Year-to-date, exports from China to North Korea stand at {a}, up {b} from the same period of 2022.",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2023-06-19",
)
p = cum(2013, 3)
a, b = money(m("export", p), dec=0, style="dollars"), pct(F(-138, 10))
add(
    K,
    "xinhua",
    f"From January to March, China's exports to the DPRK fell {b} year on year to {a}.",
    [C("export", p, ago(p), b), L("export", p, a, direction="down", base=ago(p))],
    "2013-04-10",
)
p = cum(2020, 9)
a, b = money(m("import", p), dec=2), pct(F(-721, 10))
add(
    K,
    "wire",
    f"North Korea's shipments to China in the first three quarters slumped {b} to {a}.",
    [C("import", p, ago(p), b), L("import", p, a, direction="down", base=ago(p))],
    "2020-10-23",
)
p = cum(2023, 2)
a, b = money(m("export", p), dec=1), pct(F(1615, 10))
add(
    K,
    "wire",
    f"China's exports to North Korea in the first two months of 2023 jumped {b} to {a}.",
    [C("export", p, ago(p), b), L("export", p, a, direction="up", base=ago(p))],
    "2023-03-20",
)
p = cum(2018, 8)
a, b = money(m("import", p), dec=1), pct(F(-893, 10), style="pct")
add(
    K,
    "wire",
    f"In the first eight months of 2018, China's imports from the North collapsed {b} to {a}.",
    [C("import", p, ago(p), b), L("import", p, a, direction="down", base=ago(p))],
    "2018-09-23",
)
p = cum(2017, 9)
a, b = money(F(184, 100) * 10**9, "billion", 2), pct(F(-167, 10))
add(
    K,
    "wire",
    f"China's imports from North Korea for the first nine months of 2017 fell {b} to {a}.",
    [C("import", p, ago(p), b), L("import", p, a, direction="down", base=ago(p))],
    "2017-10-13",
    note="deliberately wrong level: customs printed $1.48 billion",
)
p = cum(2023, 6)
a, b = money(m("export", p), dec=2), money(m("import", p), dec=0)
add(
    K,
    "wire",
    f"In the first half, Chinese exports to North Korea were {a} and imports {b}.",
    [L("export", p, a), L("import", p, b)],
    "2023-07-18",
)
p = cum(2014, 7)
a, b = money(m("export", p), "billion", 2, "xinhua"), pct(F(18, 10))
add(
    K,
    "xinhua",
    f"During the January-July period, China's exports to the DPRK amounted to {a}, an increase of {b} over the same period last year.",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2014-08-23",
)
p = cum(2021, 6)
a, b = money(m("total", p), dec=2), pct(-84, 0)
add(
    K,
    "broadcast",
    f"For the first half of this year, trade between the two countries totalled just {a}, down {b}.",
    [L("total", p, a, hedge="just"), C("total", p, ago(p), b)],
    "2021-07-18",
)


# == two figures, two periods in one clause ==========================================================
K = "two_figures"
jul, aug = sp("2023-07"), sp("2023-08")
a, b = money(m("export", jul), dec=1), money(m("export", aug), dec=1)
add(
    K,
    "wire",
    f"China's exports to North Korea rose from {a} in July to {b} in August, customs data showed.",
    [L("export", jul, a), L("export", aug, b, direction="up", base=jul)],
    "2023-09-18",
)
o, n = sp("2022-10"), sp("2022-11")
a, b = money(m("total", o), dec=2), money(m("total", n), dec=2)
add(
    K,
    "wire",
    f"Trade between the two neighbours fell from {a} in October to {b} in November.",
    [L("total", o, a), L("total", n, b, direction="down", base=o)],
    "2022-12-20",
)
o, n = sp("2022-10"), sp("2022-12")
a, b = money(m("import", o), dec=2), money(m("import", sp("2022-11")), dec=2)
add(
    K,
    "wire",
    f"China's imports from North Korea slipped from {a} in October to {b} in December.",
    [L("import", o, a), L("import", n, b, direction="down", base=o)],
    "2023-01-18",
    note="wrong month: $11.84 million is November's figure; December was $19.13 million",
)
n, o, y = sp("2024-04"), sp("2024-03"), sp("2023-04")
a, b, c = money(m("export", n), dec=1), money(m("export", o), dec=2), money(m("export", y), dec=2)
add(
    K,
    "wire",
    f"Exports to North Korea climbed to {a} in April, up from {b} in March but lower compared to {c} a year ago.",
    [L("export", n, a, direction="up", base=o), L("export", o, b), L("export", y, c)],
    "2024-05-20",
)
o, n = yr(2022), yr(2023)
a, b = money(m("total", o), "billion", 2), money(m("total", n), "billion", 1)
add(
    K,
    "thinktank",
    f"Bilateral trade recovered from {a} in 2022 to {b} in 2023, still well below pre-pandemic levels.",
    [L("total", o, a), L("total", n, b, direction="up", base=o)],
    "2024-02-01",
)
o, n = sp("2021-08"), sp("2021-09")
a, k = money(m("export", n), dec=2), V("more than doubled", "2")
add(
    K,
    "wire",
    f"Between August and September, China's exports to North Korea {k}, to {a}.",
    [
        R(
            "export",
            n,
            o,
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
            surface="more than doubled",
        ),
        L("export", n, a, direction="up", base=o),
    ],
    "2021-10-18",
)
n = sp("2023-11")
a, b = money(m("export", n), dec=1), money(m("import", n), dec=1)
add(
    K,
    "wire",
    f"China's exports to and imports from North Korea in November came to {a} and {b}, respectively.",
    [L("export", n, a), L("import", n, b)],
    "2023-12-20",
)
n, o = sp("2022-12"), sp("2022-11")
a, b = pct(chg("export", n, o)), pct(chg("import", n, o))
add(
    K,
    "wire",
    f"Chinese exports to and imports from North Korea rose {a} and {b}, respectively, in December from November.",
    [C("export", n, o, a), C("import", n, o, b)],
    "2023-01-18",
)
n = sp("2023-11")
a, b = money(m("import", n), dec=1), money(m("export", n), dec=1)
add(
    K,
    "wire",
    f"China's exports to and imports from North Korea in November stood at {a} and {b}, respectively.",
    [L("export", n, a), L("import", n, b)],
    "2023-12-20",
    note="figures swapped: both wrong",
)
a, b = money(m("import", yr(2021)), dec=2), money(m("import", yr(2022)), dec=2)
add(
    K,
    "yonhap",
    f"In 2021 and 2022, China's imports from North Korea came to {a} and {b}, respectively.",
    [L("import", yr(2021), a), L("import", yr(2022), b)],
    "2023-01-19",
)
o, n = sp("2020-12"), sp("2021-01")
a, b = money(m("export", o), dec=2), Num("$29,000", "29000", 0)
add(
    K,
    "wire",
    f"Exports slumped between December and January, from {a} to just {b}.",
    [L("export", o, a), L("export", n, b, direction="down", base=o, hedge="just")],
    "2021-03-01",
    context="China's shipments to North Korea all but stopped after the border closure.",
)
n, y = sp("2024-05"), sp("2023-05")
a, b = money(m("total", n), dec=2), money(m("total", y), dec=2)
add(
    K,
    "wire",
    f"Trade in May came to {a}, down from {b} a year earlier.",
    [L("total", n, a, direction="down", base=y), L("total", y, b)],
    "2024-06-20",
    context="China's trade with North Korea slowed in May, Chinese customs data showed.",
)
o, n = sp("2022-11"), sp("2022-12")
a, b = money(m("export", o), dec=2), money(F(13235, 100) * 10**6, dec=2)
add(
    K,
    "wire",
    f"China's exports to North Korea rose from {a} in November to {b} in December.",
    [L("export", o, a), L("export", n, b, direction="up", base=o)],
    "2023-01-18",
    note="deliberately wrong: December was $122.35 million",
)
a, b = money(m("import", yr(2021)), dec=2), money(m("import", yr(2022)), dec=2)
add(
    K,
    "yonhap",
    f"North Korea's exports to China grew from {a} in 2021 to {b} in 2022, according to Chinese customs.",
    [L("import", yr(2021), a), L("import", yr(2022), b, direction="up", base=yr(2021))],
    "2023-01-19",
)
n, o = sp("2022-04"), sp("2022-03")
a, b = money(m("export", n), dec=2), money(m("export", o), dec=0)
add(
    K,
    "wire",
    f"Exports to North Korea were {a} in April, compared with {b} in March.",
    [L("export", n, a), L("export", o, b)],
    "2022-05-20",
)
n, o = sp("2021-07"), sp("2021-06")
a, b = money(m("total", n), dec=2), money(m("total", o), dec=2)
add(
    K,
    "wire",
    f"Trade between the neighbours rose between June and July, to {a} from {b}.",
    [L("total", n, a, direction="up", base=o), L("total", o, b)],
    "2021-08-18",
)
o, n = sp("2022-07"), sp("2022-08")
a, b = money(m("export", o), dec=2), money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"Chinese exports to the North fell from {a} in July to {b} in August.",
    [L("export", o, a), L("export", n, b, direction="down", base=o)],
    "2022-09-20",
    note="wrong direction: the figures are right but exports rose",
)
a, b = money(m("export", yr(2021)), dec=2), money(m("export", yr(2022)), dec=2)
add(
    K,
    "thinktank",
    f"China's exports to the DPRK rebounded from {a} in 2021 to {b} in 2022.",
    [L("export", yr(2021), a), L("export", yr(2022), b, direction="up", base=yr(2021))],
    "2023-03-01",
)
d, n, o = sp("2022-12"), sp("2022-11"), sp("2022-10")
a, b, c = money(m("import", d), dec=2), money(m("import", n), dec=2), money(m("import", o), dec=2)
add(
    K,
    "wire",
    f"Imports from North Korea were {a} in December, up from {b} in November but below the {c} of October.",
    [L("import", d, a, direction="up", base=n), L("import", n, b), L("import", o, c)],
    "2023-01-18",
)
f_, mr = sp("2024-02"), sp("2024-03")
a, b = money(m("export", mr), dec=2), money(m("export", sp("2024-04")), dec=1)
add(
    K,
    "wire",
    f"Chinese exports to North Korea climbed from {a} in February to {b} in March.",
    [L("export", f_, a), L("export", mr, b, direction="up", base=f_)],
    "2024-04-20",
    note="each figure pinned one month early: $128.03m is March and $164.9m April",
)
mr, ap = sp("2024-03"), sp("2024-04")
a, b = pct(chg("export", mr, sp("2024-02"))), pct(chg("export", ap, mr))
add(
    K,
    "wire",
    f"China's exports to North Korea rose {a} in March and {b} in April from the previous month.",
    [C("export", mr, sp("2024-02"), a), C("export", ap, mr, b)],
    "2024-05-20",
)
o, n = sp("2021-08"), sp("2021-09")
a = pct(chg("total", n, o))
add(
    K,
    "wire",
    f"Total trade jumped {a} between August and September.",
    [C("total", n, o, a)],
    "2021-10-18",
    context="China's trade with North Korea rose sharply in September.",
)
p = cum(2023, 6)
a, b = money(m("export", p), dec=2), money(m("import", p), dec=0)
add(
    K,
    "yonhap",
    f"In the first half of 2023, exports and imports stood at {a} and {b}, respectively.",
    [L("export", p, a), L("import", p, b)],
    "2023-07-18",
    context="SEOUL, July 19 (Yonhap) -- China's trade with North Korea kept recovering in the first half.",
)
o, n = sp("2018-12"), sp("2019-01")
a, b = money(m("import", o), dec=2), money(m("import", n), dec=1)
add(
    K,
    "wire",
    f"North Korea's sales to China eased from {a} in December to {b} in January.",
    [L("import", o, a), L("import", n, b, direction="down", base=o)],
    "2019-02-25",
)
o, n = sp("2023-05"), sp("2023-06")
a, b = money(m("export", o), dec=2), money(m("export", n), dec=1)
add(
    K,
    "broadcast",
    f"Exports went from {a} in May down to {b} in June.",
    [L("export", o, a), L("export", n, b, direction="down", base=o)],
    "2023-07-18",
    context="China's exports to North Korea lost momentum in June.",
)

# == relative dates ===============================================================================
K = "relative_dates"
n, o = sp("2023-08"), sp("2023-07")
a, b = pct(F(41, 10)), money(m("export", n), dec=1)
add(
    K,
    "wire",
    f"China's exports to North Korea rose {a} in August from the previous month to {b}.",
    [C("export", n, o, a), L("export", n, b, direction="up", base=o)],
    "2023-09-18",
)
n = yr(2023)
a, b = pct(chg("total", n, yr(2022))), money(m("total", n), "billion", 1)
add(
    K,
    "wire",
    f"Trade between China and North Korea rose {a} last year to {b}, Chinese customs data showed on Thursday.",
    [C("total", n, yr(2022), a), L("total", n, b, direction="up", base=yr(2022))],
    "2024-01-18",
)
n = yr(2021)
a, b = pct(-47, 0), money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"Last year, China's exports to North Korea plunged {a} to {b}.",
    [C("export", n, yr(2020), a), L("export", n, b, direction="down", base=yr(2020))],
    "2022-01-19",
)
n, y = sp("2023-11"), sp("2022-11")
a, b = money(m("import", n), dec=1), money(m("import", y), dec=2)
add(
    K,
    "wire",
    f"Chinese imports from North Korea rose to {a} in November, up from {b} a year ago.",
    [L("import", n, a, direction="up", base=y), L("import", y, b)],
    "2023-12-20",
)
p = cum(2023, 3)
k = V("more than doubled", "2")
add(
    K,
    "wire",
    f"China's exports to North Korea in the first quarter {k} from the same period last year.",
    [
        R(
            "export",
            p,
            ago(p),
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
            surface="more than doubled",
        )
    ],
    "2023-04-18",
)
n, o = sp("2021-09"), sp("2021-08")
a, b = pct(147, 0), money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"Exports to North Korea last month jumped {a} from August to {b}.",
    [C("export", n, o, a), L("export", n, b, direction="up", base=o)],
    "2021-10-18",
)
n, o = sp("2022-10"), sp("2022-09")
a, b = pct(-45, 0), money(m("import", sp("2022-11")), dec=2)
add(
    K,
    "wire",
    f"China's imports from North Korea fell {a} in October to {b}.",
    [C("import", n, o, a), L("import", n, b, direction="down", base=o)],
    "2022-12-20",
    note="pinned to the wrong month: -45% and $11.84m are November's figures (dateline December)",
)
n = sp("2023-12")
a = money(m("total", n), dec=0)
add(
    K,
    "wire",
    f"Bilateral trade hit {a} in December, the customs figures showed.",
    [L("total", n, a)],
    "2024-01-18",
)
n, o = sp("2021-08"), sp("2021-07")
a, b = pct(F(341, 10)), money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"China's exports to North Korea in August rose {a} from July to {b}.",
    [C("export", n, o, a), L("export", n, b, direction="up", base=o)],
    "2021-09-18",
)
n, o = sp("2024-04"), sp("2024-03")
a, b = pct(F(289, 10)), money(m("export", n), dec=1)
add(
    K,
    "wire",
    f"In April, China's exports to North Korea grew {a} from the previous month to {b}.",
    [C("export", n, o, a), L("export", n, b, direction="up", base=o)],
    "2024-05-20",
)
n = yr(2022)
a, b = pct(244, 0), money(m("export", n), dec=2)
add(
    K,
    "yonhap",
    f"Last year, North Korea's imports from China rose {a} to {b}.",
    [C("export", n, yr(2021), a), L("export", n, b, direction="up", base=yr(2021))],
    "2023-01-18",
)
n = yr(2023)
b = money(m("export", yr(2022)), dec=2)
add(
    K,
    "yonhap",
    f"Last year, North Korea's imports from China reached {b}.",
    [L("export", n, b)],
    "2024-01-18",
    note="wrong year: $894.04 million is 2022 (dateline January 2024)",
)
n, o = sp("2020-08"), sp("2020-07")
a, b = pct(F(-176, 10)), money(m("import", n), dec=1)
add(
    K,
    "wire",
    f"Imports from North Korea dropped {a} in August from a month earlier to {b}.",
    [C("import", n, o, a), L("import", n, b, direction="down", base=o)],
    "2020-09-16",
)
n = sp("2022-10")
a, b = pct(233, 0), money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"In October, exports to North Korea rose {a} on the year to {b}.",
    [C("export", n, ago(n), a), L("export", n, b)],
    "2022-11-18",
)
n, o = sp("2022-05"), sp("2022-04")
a = pct(-85, 0)
add(
    K,
    "wire",
    f"China's exports to North Korea in May plunged {a} from April.",
    [C("export", n, o, a)],
    "2022-06-19",
)
n, o = sp("2020-11"), sp("2020-10")
a, b = pct(-42, 0), Num("$148,000", "148000", 0)
add(
    K,
    "wire",
    f"Exports to North Korea last month fell {a} from October to just {b}.",
    [C("export", n, o, a), L("export", n, b, direction="down", base=o, hedge="just")],
    "2020-12-24",
)
n = yr(2022)
k, b = V("more than tripled", "3"), money(m("total", n), "billion", 2)
add(
    K,
    "wire",
    f"Trade in 2022 {k} from the previous year to {b}.",
    [
        R(
            "total",
            n,
            yr(2021),
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
            surface="more than tripled",
        ),
        L("total", n, b, direction="up", base=yr(2021)),
    ],
    "2023-01-18",
)
n = sp("2024-05")
a, b = pct(chg("import", n, ago(n))), money(m("import", n), dec=2)
add(
    K,
    "wire",
    f"Imports from North Korea rose {a} from a year earlier to {b} in May.",
    [C("import", n, ago(n), a), L("import", n, b, direction="up", base=ago(n))],
    "2024-06-20",
)
a = pct(F(239, 10))
add(
    K,
    "wire",
    f"Imports from North Korea in May rose {a} from a year earlier.",
    [C("import", n, ago(n), a)],
    "2024-06-20",
    note="deliberately wrong: +29.3%",
)
n = sp("2023-05")
a, b = pct(-30, 0), money(m("import", n), dec=2)
add(
    K,
    "wire",
    f"Last month, North Korea's exports to China fell {a} from April to {b}.",
    [C("import", n, prev(n), a), L("import", n, b, direction="down", base=prev(n))],
    "2023-06-19",
)
n = sp("2017-09")
a, b = pct(F(-68, 10)), money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"Exports to North Korea slid {a} last month from a year earlier to {b}.",
    [C("export", n, ago(n), a), L("export", n, b)],
    "2017-10-24",
)
p = cum(2023, 10)
a = pct(F(1552, 10))
add(
    K,
    "wire",
    f"China's exports to North Korea in the first 10 months were up {a} from the same period last year.",
    [C("export", p, ago(p), a)],
    "2023-11-18",
)
n = sp("2024-05")
a = money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"Chinese exports to North Korea were {a} last month, customs said.",
    [L("export", n, a)],
    "2024-06-20",
)
n = sp("2024-04")
a = money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"Chinese exports to North Korea were {a} last month, customs said.",
    [L("export", sp("2024-05"), a)],
    "2024-06-20",
    note="correct figure pinned to the wrong month: $164.9m is April (dateline June, so 'last month' is May)",
)
n = yr(2021)
a = pct(F(207, 10), style="per cent")
add(
    K,
    "broadcast",
    f"Imports from North Korea rose {a} last year after two years of decline.",
    [C("import", n, yr(2020), a)],
    "2022-01-19",
)
n = sp("2023-03")
a, b = pct(23, 0), money(m("export", n), dec=1)
add(
    K,
    "wire",
    f"Exports to North Korea rose {a} from the previous month to {b} in March.",
    [C("export", n, prev(n), a), L("export", n, b, direction="up", base=prev(n))],
    "2023-04-18",
)

# == perspective ==================================================================================
K = "perspective"
n, o = sp("2022-12"), sp("2022-11")
a, b = pct(chg("export", n, o)), money(m("export", n), dec=2)
c, d = pct(chg("import", n, o)), money(m("import", n), dec=2)
add(
    K,
    "wire",
    f"Exports rose {a} from November to {b}, while imports jumped {c} to {d}.",
    [
        C("export", n, o, a),
        L("export", n, b, direction="up", base=o),
        C("import", n, o, c),
        L("import", n, d, direction="up", base=o),
    ],
    "2023-01-18",
    context="China's customs agency released December figures for its trade with North Korea on Wednesday.",
)
n = sp("2024-05")
a = money(m("import", n), dec=2)
add(
    K,
    "wire",
    f"The North exported {a} worth of goods to China in May, Chinese data showed.",
    [L("import", n, a)],
    "2024-06-20",
)
n = sp("2023-08")
a = money(m("import", n), dec=2)
add(
    K,
    "wire",
    f"Exports of North Korean goods to China came to {a} in August.",
    [L("import", n, a)],
    "2023-09-18",
)
n = sp("2024-04")
a, b = pct(F(289, 10)), money(m("export", n), dec=1)
add(
    K,
    "yonhap",
    f"SEOUL, May 21 (Yonhap) -- North Korea's imports from China grew {a} in April from a month earlier to {b}, according to Chinese customs data.",
    [C("export", n, prev(n), a), L("export", n, b, direction="up", base=prev(n))],
    "2024-05-21",
)
n = yr(2021)
a = money(m("total", n), dec=2)
add(
    K,
    "wire",
    f"North Korea's annual trade with its economic lifeline, China, shrank to {a} in 2021.",
    [L("total", n, a, direction="down", base=yr(2020))],
    "2022-01-19",
)
n = yr(2023)
a = money(m("export", n), "billion", 0)
add(
    K,
    "wire",
    f"Pyongyang's purchases from Beijing totalled {a} last year.",
    [L("export", n, a)],
    "2024-01-18",
)
n = sp("2020-09")
a = money(m("import", n), dec=2)
add(
    K,
    "wire",
    f"North Korean exports to China fell to {a} in September.",
    [L("import", n, a, direction="down", base=prev(n))],
    "2020-10-20",
)
n = sp("2021-04")
a, b = money(m("import", n), dec=2), money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"Its exports to China rose to {a}, while its imports from China reached {b}.",
    [L("import", n, a, direction="up", base=prev(n)), L("export", n, b)],
    "2021-05-18",
    context="North Korea's trade with China rebounded in April, Chinese figures showed.",
)
n = sp("2021-09")
a = money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"North Korea's exports to China jumped to {a} in September.",
    [L("import", n, a, direction="up", base=prev(n))],
    "2021-10-18",
    note="wrong flow: $55.63m is China's exports to the North; North Korea's exports were $14.27m",
)
n = sp("2023-11")
a = money(m("import", n), dec=1)
add(
    K,
    "wire",
    f"North Korea sold goods worth {a} to China in November.",
    [L("import", n, a)],
    "2023-12-20",
)
n = sp("2023-03")
a = money(m("export", n), dec=1)
add(
    K,
    "wire",
    f"Chinese customs data showed the North bought {a} of Chinese goods in March.",
    [L("export", n, a)],
    "2023-04-18",
)
n = sp("2023-03")
a, b = money(m("import", n), dec=2), pct(119, 0)
add(
    K,
    "wire",
    f"They reached {a}, up {b} from February.",
    [L("import", n, a, direction="up", base=prev(n)), C("import", n, prev(n), b)],
    "2023-04-18",
    context="North Korea's exports to China rose sharply in March.",
)
n = sp("2023-06")
a, b = money(m("total", n), dec=1, style="yonhap"), pct(chg("total", n, prev(n)))
add(
    K,
    "korean",
    f"North Korea-China trade volume in June recorded {a}, a {b} decrease from the previous month.",
    [L("total", n, a), C("total", n, prev(n), b)],
    "2023-07-20",
)
n = yr(2024)
a, b = money(m("export", n), "billion", 2, "xinhua"), pct(F(-85, 10))
add(
    K,
    "xinhua",
    f"China's exports to the DPRK amounted to {a} in 2024, down {b} year on year.",
    [L("export", n, a), C("export", n, yr(2023), b)],
    "2025-01-20",
)
n = sp("2020-08")
a = money(m("export", n), dec=1)
add(
    K,
    "wire",
    f"Beijing's shipments to Pyongyang dwindled to {a} in August.",
    [L("export", n, a, direction="down", base=prev(n))],
    "2020-09-16",
)
n = sp("2024-05")
a = money(m("total", n), dec=2, style="yonhap")
add(
    K,
    "yonhap",
    f"SEOUL (Yonhap) -- Trade volume between North Korea and China came to {a} in May, data showed.",
    [L("total", n, a)],
    "2024-06-21",
)
n = sp("2022-04")
a, b = money(m("export", n), dec=2), money(m("import", n), dec=2)
add(
    K,
    "korean",
    f"In April, North Korea imported {a} worth of goods from China and exported {b} worth.",
    [L("export", n, a), L("import", n, b)],
    "2022-05-20",
)
n = sp("2022-04")
a = money(m("export", n), dec=2)
add(
    K,
    "korean",
    f"In April, North Korea exported {a} worth of goods to China.",
    [L("import", n, a)],
    "2022-05-20",
    note="wrong flow: $98.09m is what the North bought from China",
)
n = yr(2023)
a, b = money(m("import", n), dec=2), pct(118, 0)
add(
    K,
    "wire",
    f"Shipments from North Korea to China rose {b} last year to {a}.",
    [C("import", n, yr(2022), b), L("import", n, a, direction="up", base=yr(2022))],
    "2024-01-18",
)
n = sp("2024-02")
a = money(m("import", cum(2024, 2)), dec=1)
add(
    K,
    "wire",
    f"Chinese imports from its isolated neighbour reached {a} in January and February combined.",
    [L("import", cum(2024, 2), a)],
    "2024-03-19",
)
n = sp("2021-09")
a, b = money(m("import", n), dec=2), pct(129, 0)
add(
    K,
    "wire",
    f"Imports from the North rose {b} on the month to {a}, the Chinese figures showed.",
    [C("import", n, prev(n), b), L("import", n, a, direction="up", base=prev(n))],
    "2021-10-18",
    context="North Korea's trade with China picked up in September.",
)
n = yr(2020)
a = money(m("import", n), dec=2)
add(
    K,
    "thinktank",
    f"The DPRK's exports to China collapsed to {a} in 2020.",
    [L("import", n, a, direction="down", base=yr(2019))],
    "2021-03-01",
)
n = sp("2023-05")
a = money(m("import", n), dec=2, style="yonhap")
add(
    K,
    "yonhap",
    f"SEOUL, June 20 (Yonhap) -- China imported {a} worth of goods from North Korea in May.",
    [L("import", n, a)],
    "2023-06-20",
)
n = sp("2018-06")
a, b = money(m("import", n), dec=2), pct(-92, 0)
add(
    K,
    "wire",
    f"Purchases of North Korean goods by China dropped {b} year on year to {a} in June.",
    [C("import", n, ago(n), b), L("import", n, a, direction="down", base=ago(n))],
    "2018-07-13",
)

# == broadcast numbers ============================================================================
K = "broadcast_numbers"
n = sp("2024-04")
a = pct(F(m("total", n) * 100, m("total", ago(ago(ago(ago(ago(n))))))), style="spoken")
add(
    K,
    "broadcast",
    f"Trade in April recovered to {a} of the level of April 2019.",
    [R("total", n, ago(ago(ago(ago(ago(n))))), a, unit="percent")],
    "2024-05-21",
)
n = yr(2023)
a = money(m("total", n), "billion", 1, "spoken")
add(K, "broadcast", f"Trade last year stood at {a}.", [L("total", n, a)], "2024-01-19")
a = Num("two-point-29 billion dollars", "2290000000", 2, 10**9)
add(
    K,
    "broadcast",
    f"China's trade with the North last year came to {a}.",
    [L("total", n, a)],
    "2024-01-19",
    note="2,295.38m rounds to 2.30, not 2.29: outside the strict interval, holds only when truncated",
)
n = yr(2022)
a = Num("one billion-28 million dollars", "1028000000", 0, 10**6)
add(K, "broadcast", f"Trade in 2022 totalled {a}.", [L("total", n, a)], "2023-01-19")
p = cum(2023, 8)
a = Num("one-and-a-half billion U.S. dollars", "1500000000", 1, 10**9)
add(
    K,
    "broadcast",
    f"Trade in the first eight months reached some {a}.",
    [L("total", p, a, hedge="some")],
    "2023-09-19",
)
p = cum(2011, 6)
a = Num("one-and-a-half billion U.S. dollars", "1500000000", 1, 10**9)
add(
    K,
    "broadcast",
    f"Some {a}' worth of Chinese goods went to North Korea in the first half.",
    [L("export", p, a, hedge="some")],
    "2011-07-20",
)
n = yr(2021)
a = pct(F(207, 10), style="per cent")
add(
    K,
    "broadcast",
    f"Imports from North Korea rose {a} in 2021, customs figures show.",
    [C("import", n, yr(2020), a)],
    "2022-01-20",
)
n = sp("2022-03")
a = Num("$57.m", "57000000", 0, 10**6)
add(
    K,
    "thinktank",
    f"Exports to the North hit {a} in March (customs).",
    [L("export", n, a)],
    "2022-04-20",
)
n = sp("2020-03")
a = pct(F(-913, 10), style="spoken")
add(
    K,
    "broadcast",
    f"Trade plunged {a} in March from a year earlier.",
    [C("total", n, ago(n), a)],
    "2020-04-24",
)
n = sp("2020-10")
a = Num("253-thousand dollars", "253000", 0, 1000)
add(
    K,
    "broadcast",
    f"In October, China sold just {a} worth of goods to the North.",
    [L("export", n, a, hedge="just")],
    "2020-11-20",
)
n = sp("2020-07")
a = money(m("import", n), dec=2, style="spoken")
add(
    K,
    "broadcast",
    f"North Korea's exports to China in July were {a}.",
    [L("import", n, a)],
    "2020-08-26",
)
n = sp("2020-03")
a = pct(F(m("import", n) * 100, m("import", ago(n))), style="spoken")
add(
    K,
    "broadcast",
    f"Imports from the North in March were {a} of the level a year earlier.",
    [R("import", n, ago(n), a, unit="percent")],
    "2020-04-24",
)
n = sp("2021-09")
a = money(m("total", n), dec=1, style="spoken")
add(
    K,
    "broadcast",
    f"Trade in September came to {a}, customs data showed.",
    [L("total", n, a)],
    "2021-10-19",
)
n = yr(2021)
a = pct(-41, 0, style="per cent")
add(
    K,
    "broadcast",
    "Two-way trade fell 41 per cent last year.",
    [C("total", n, yr(2020), a)],
    "2022-01-19",
)
n = yr(2024)
a = money(m("total", n), "billion", 2, "spoken")
add(
    K,
    "broadcast",
    f"Last year's trade between the two came to {a}.",
    [L("total", n, a)],
    "2025-01-20",
)
n = yr(2024)
a = Num("two-point-81 billion dollars", "2810000000", 2, 10**9)
add(
    K,
    "broadcast",
    f"Last year's trade between the two was {a}.",
    [L("total", n, a)],
    "2025-01-20",
    note="deliberately wrong: 2,180.39m",
)
n = sp("2023-12")
a = Num("two-hundred-57 million dollars", "257000000", 0, 10**6)
add(K, "broadcast", f"December's trade hit {a}.", [L("total", n, a)], "2024-01-18")
n = sp("2022-09")
a = pct(F(625, 10), style="spoken")
add(
    K,
    "broadcast",
    f"Exports to North Korea in September were up {a} on the year.",
    [C("export", n, ago(n), a)],
    "2022-10-24",
)
n = sp("2022-08")
a = pct(F(2177, 10), style="pct.")
add(
    K,
    "thinktank",
    f"China's exports to the DPRK in Aug 2022: +{a} y/y.",
    [C("export", n, ago(n), a)],
    "2022-09-20",
)
n = sp("2023-05")
a = Num("$165.63mn", "165630000", 2, 10**6)
add(
    K,
    "thinktank",
    f"Chinese exports to North Korea, May 2023: {a}.",
    [L("export", n, a)],
    "2023-06-19",
)
n = sp("2021-06")
a = pct(-85, 0, style="per cent")
add(
    K,
    "broadcast",
    "Trade in June was down 85 per cent on a year earlier.",
    [C("total", n, ago(n), a)],
    "2021-07-18",
)
n = sp("2020-06")
a = money(m("export", n), dec=1, style="spoken")
add(
    K,
    "broadcast",
    f"China's exports to the North in June were {a}.",
    [L("export", n, a)],
    "2020-07-20",
)
n = sp("2020-06")
a = Num("eighty-seven-point-seven million dollars", "87700000", 1, 10**6)
add(
    K,
    "broadcast",
    f"In June China shipped {a} of goods across the border.",
    [L("export", n, a)],
    "2020-07-20",
)
n = sp("2022-11")
a = pct(-14, 0, style="pct")
add(
    K,
    "thinktank",
    "Exports to North Korea fell 14pct in November from October.".replace("14pct", "14%"),
    [C("export", n, prev(n), a)],
    "2022-12-20",
)
n = sp("2022-12")
a = Num("one-hundred-22 million dollars", "122000000", 0, 10**6)
add(
    K,
    "broadcast",
    f"Exports rebounded to {a} in December.",
    [L("export", n, a, direction="up", base=prev(n))],
    "2023-01-18",
)

# == levels with a direction, sign verbs ==========================================================
K = "level_direction"


def lv(
    style,
    text,
    flow,
    month,
    dec=2,
    dateline=None,
    direction=None,
    value=None,
    note=None,
    context=None,
    hedge=None,
):
    n = sp(month)
    a = money(
        value if value is not None else m(flow, n),
        dec=dec,
        style=style if style in ("wire", "yonhap", "xinhua") else "wire",
    )
    if direction:  # say the base: "rose to" alone leaves month-on-month or year-on-year open
        text = text[:-1] + f" from {MONTH[int(prev(n)[5:7]) - 1]}."
    add(
        K,
        style,
        text.format(a=a),
        [L(flow, n, a, direction=direction, base=prev(n) if direction else None, hedge=hedge)],
        dateline,
        context=context,
        note=note,
    )


lv(
    "wire",
    "China's exports to North Korea edged up to {a} in July.",
    "export",
    "2023-07",
    1,
    "2023-08-13",
    "up",
)
lv(
    "wire",
    "Imports from North Korea slipped to {a} in November.",
    "import",
    "2023-11",
    1,
    "2023-12-20",
    "down",
    note="wrong direction: November imports rose from $24.82m in October",
)
lv("wire", "Total trade edged down to {a} in July.", "total", "2023-07", 1, "2023-08-13", "down")
lv(
    "wire",
    "Exports to North Korea sank to {a} in May.",
    "export",
    "2022-05",
    2,
    "2022-06-19",
    "down",
    value=F(1415, 100) * 10**6,
    note="digits transposed: May exports were $14.51m",
)
lv(
    "wire",
    "Trade climbed to {a} in September.",
    "total",
    "2023-09",
    2,
    "2023-10-20",
    "up",
    context="China's trade with North Korea kept growing in the autumn.",
)
lv(
    "wire",
    "China's exports to North Korea tumbled to {a} in August.",
    "export",
    "2020-08",
    1,
    "2020-09-16",
    "down",
)
lv(
    "wire",
    "Exports to the North dipped to {a} in September.",
    "export",
    "2020-09",
    2,
    "2020-10-20",
    "down",
)
lv(
    "wire",
    "China's exports to North Korea rebounded to {a} in December.",
    "export",
    "2020-12",
    2,
    "2021-01-18",
    "up",
)
lv(
    "wire",
    "Chinese exports to North Korea shrank to {a} in May.",
    "export",
    "2021-05",
    2,
    "2021-06-18",
    "down",
)
lv(
    "yonhap",
    "North Korea's exports to China edged up to {a} in May.",
    "import",
    "2024-05",
    2,
    "2024-06-20",
    "up",
)
lv(
    "yonhap",
    "North Korea's exports to China slipped to {a} in April.",
    "import",
    "2024-04",
    2,
    "2024-05-20",
    "down",
)
lv(
    "wire",
    "China's exports to North Korea rose to {a} in June.",
    "export",
    "2023-06",
    1,
    "2023-07-18",
    "up",
    note="wrong direction: June exports fell from $165.63m in May",
)
lv(
    "wire",
    "China's exports to the North fell to {a} in March.",
    "export",
    "2024-03",
    2,
    "2024-04-20",
    "down",
    note="wrong direction: March exports rose from $93.71m in February",
)
lv(
    "wire",
    "Exports to North Korea rose to {a} in June.",
    "export",
    "2018-06",
    2,
    "2018-07-13",
    "up",
    note="wrong direction: June 2018 exports fell from $217.2m in May",
)
lv(
    "wire",
    "Exports to the North dropped to {a} in July.",
    "export",
    "2018-07",
    2,
    "2018-08-08",
    "down",
)
lv(
    "wire",
    "China's exports to North Korea advanced to {a} in November.",
    "export",
    "2018-11",
    1,
    "2018-12-23",
    "up",
)
lv(
    "xinhua",
    "China's imports from the DPRK went up to {a} in September.",
    "import",
    "2021-09",
    2,
    "2021-10-18",
    "up",
)
lv(
    "wire",
    "Exports to North Korea edged up to {a} in April.",
    "export",
    "2023-04",
    1,
    "2023-05-20",
    "up",
    value=F(1659, 10) * 10**6,
    note="wrong rounding: $165.78m rounds to $165.8m, not $165.9m",
)
lv(
    "wire",
    "Exports to North Korea rose to {a} in April.",
    "export",
    "2023-04",
    0,
    "2023-05-20",
    "up",
)
lv(
    "wire",
    "China's exports to the North plunged to {a} in November.",
    "export",
    "2020-11",
    2,
    "2020-12-24",
    "down",
)
n, o = sp("2022-11"), sp("2022-10")
a, b = money(m("export", n), dec=2), money(m("export", o), dec=2)
add(
    K,
    "wire",
    f"Exports sank to {a} in November, down from {b} the previous month.",
    [L("export", n, a, direction="down", base=o), L("export", o, b)],
    "2022-12-20",
)
n, o = sp("2024-05"), sp("2024-04")
a, b = money(m("export", n), dec=2), money(m("export", o), dec=1)
add(
    K,
    "wire",
    f"Chinese exports to the North came to {a} in May, down from {b} the previous month.",
    [L("export", n, a, direction="down", base=o), L("export", o, b)],
    "2024-06-20",
)
n = sp("2023-05")
a, b = pct(F(-52, 10)), money(m("total", n), dec=2)
add(
    K,
    "wire",
    f"Trade slid {a} to {b} in May from April.",
    [C("total", n, prev(n), a), L("total", n, b, direction="down", base=prev(n))],
    "2023-06-19",
)
n = sp("2020-09")
a, b = pct(F(-705, 10)), money(m("import", n), dec=2)
add(
    K,
    "wire",
    f"Imports from North Korea sank {a} from August to {b}.",
    [C("import", n, prev(n), a), L("import", n, b, direction="down", base=prev(n))],
    "2020-10-20",
    context="China's trade with North Korea shrank again in September.",
)
n = sp("2022-12")
a, b = pct(13, 0), money(m("total", n), dec=2)
add(
    K,
    "wire",
    f"Total trade edged up {a} to {b} in December from November.",
    [C("total", n, prev(n), a), L("total", n, b, direction="up", base=prev(n))],
    "2023-01-18",
)
n = sp("2022-11")
a = pct(14, 0)
add(
    K,
    "wire",
    f"Exports to North Korea rose {a} in November from October.",
    [C("export", n, prev(n), a)],
    "2022-12-20",
    note="wrong sign: exports fell 14%",
)

# == shares and percent-of ========================================================================
K = "shares"


def sh(style, text, flow, whole, span, num, dateline, note=None, context=None, **kw):
    add(
        K,
        style,
        text.format(a=num),
        [S(flow, whole, span, num, **kw)],
        dateline,
        context=context,
        note=note,
    )


def share(flow, whole, span):
    return m(flow, span) * 100 / m(whole, span)


n = sp("2023-11")
sh(
    "wire",
    "Exports accounted for {a} of the total.",
    "export",
    "total",
    n,
    pct(share("export", "total", n)),
    "2023-12-20",
    context="China's trade with North Korea reached $224.3 million in November.",
)
sh(
    "wire",
    "Chinese exports made up {a} of bilateral trade last year.",
    "export",
    "total",
    yr(2023),
    pct(share("export", "total", yr(2023))),
    "2024-01-18",
)
sh(
    "wire",
    "North Korea's sales to China took up {a} of the overall volume in October.",
    "import",
    "total",
    sp("2017-10"),
    V("a quarter", "25"),
    "2017-11-23",
    unit="percent",
    rung_kind="fraction",
)
sh(
    "wire",
    "Exports, accounting for {a} of the total, drove the 2021 figure.",
    "export",
    "total",
    yr(2021),
    pct(share("export", "total", yr(2021))),
    "2022-01-19",
)
sh(
    "wire",
    "Imports made up {a} of the total in 2023.",
    "import",
    "total",
    yr(2023),
    pct(F(217, 10)),
    "2024-01-18",
    note="deliberately wrong: 12.7%",
)
sh(
    "wire",
    "Imports from the North were about {a} of the September total.",
    "import",
    "total",
    sp("2017-09"),
    V("a third", "33.33"),
    "2017-10-24",
    hedge="about",
    unit="percent",
    rung_kind="fraction",
    note="September total derived as exports + imports",
)
sh(
    "thinktank",
    "Chinese exports made up {a} of the two countries' trade in July 2017.",
    "export",
    "total",
    sp("2017-07"),
    V("two-thirds", "66.67"),
    "2017-08-23",
    unit="percent",
    rung_kind="fraction",
)
sh(
    "wire",
    "Chinese exports accounted for nearly {a} of the trade in October.",
    "export",
    "total",
    sp("2017-10"),
    V("three-quarters", "75"),
    "2017-11-23",
    hedge="nearly",
    unit="percent",
    rung_kind="fraction",
)
p = cum(2023, 6)
sh(
    "wire",
    "The share of imports in total trade was {a} in the first half.",
    "import",
    "total",
    p,
    pct(share("import", "total", p)),
    "2023-07-18",
)
p = cum(2024, 2)
sh(
    "wire",
    "Imports from North Korea were {a} of the January-February total.",
    "import",
    "total",
    p,
    V("a fifth", "20"),
    "2024-03-19",
    unit="percent",
    rung_kind="fraction",
)
sh(
    "wire",
    "Exports were less than {a} of the July total.",
    "export",
    "total",
    sp("2016-07"),
    V("half", "50"),
    "2016-08-24",
    hedge="less than",
    unit="percent",
    rung_kind="fraction",
)
n = sp("2022-04")
a = pct(m("total", n) * 100 / m("total", sp("2019-04")))
add(
    K,
    "wire",
    f"Trade recovered to {a} of its April 2019 level.",
    [R("total", n, sp("2019-04"), a)],
    "2022-05-20",
)
n = sp("2021-09")
a = pct(F(387, 10))
add(
    K,
    "wire",
    f"Trade in September stood at {a} of the September 2019 level.",
    [R("total", n, sp("2019-09"), a)],
    "2021-10-18",
    note="deliberately wrong: 28.7%",
)
n = yr(2023)
a = pct(m("total", n) * 100 / m("total", yr(2017)))
add(
    K,
    "thinktank",
    f"Trade in 2023 reached {a} of the 2017 level, before sanctions bit.",
    [R("total", n, yr(2017), a)],
    "2024-02-01",
)
sh(
    "wire",
    "Exports made up {a} of trade in 2020.",
    "export",
    "total",
    yr(2020),
    pct(share("export", "total", yr(2020))),
    "2021-01-18",
)
n = sp("2021-09")
sh(
    "wire",
    "Exports were {a} of the total in September.",
    "export",
    "total",
    n,
    pct(share("export", "total", n)),
    "2021-10-18",
)
sh(
    "wire",
    "North Korea's exports to China account for only {a} of the two countries' trade.",
    "import",
    "total",
    yr(2023),
    pct(share("import", "total", yr(2023))),
    "2024-01-18",
    context="China's trade with North Korea more than doubled last year.",
)
sh(
    "table",
    "Share of China's exports in bilateral trade, 2022: {a}",
    "export",
    "total",
    yr(2022),
    pct(share("export", "total", yr(2022)), style="pct"),
    "2023-01-18",
)
sh(
    "table",
    "Share of China's exports in bilateral trade, 2022: {a}",
    "export",
    "total",
    yr(2022),
    pct(F(869, 10), style="pct"),
    "2023-01-18",
    note="86.99% rounds to 87.0, not 86.9: holds only as a truncation → approx",
)
p = cum(2023, 6)
sh(
    "wire",
    "Imports, at {a} of total trade in the first half, remained small.",
    "import",
    "total",
    p,
    pct(F(135, 10)),
    "2023-07-18",
    note="deliberately wrong: 12.8%",
)
sh(
    "wire",
    "Chinese exports accounted for {a} of bilateral trade in 2024.",
    "export",
    "total",
    yr(2024),
    pct(84, 0),
    "2025-01-20",
)
n = sp("2024-05")
a = pct(m("export", n) * 100 / m("export", ago(n)))
add(
    K,
    "wire",
    f"Exports in May were {a} of the level a year earlier.",
    [R("export", n, ago(n), a)],
    "2024-06-20",
)
n = sp("2023-05")
a = pct(m("total", n) * 100 / m("total", sp("2019-05")))
add(
    K,
    "wire",
    f"Trade in May was {a} of the level posted in May 2019.",
    [R("total", n, sp("2019-05"), a)],
    "2023-06-19",
)
a, b = Num("9.3 percentage points", "9.3", 1), pct(share("import", "total", yr(2021)))
add(
    K,
    "thinktank",
    f"North Korea's share of the two-way trade rose {a} in 2021 to {b}.",
    [
        claim(
            "pp_change",
            "import",
            yr(2021),
            a,
            base=yr(2020),
            unit="pp",
            whole="total",
            direction="up",
        ),
        S("import", "total", yr(2021), b),
    ],
    "2022-02-01",
)
n = sp("2017-11")
sh(
    "wire",
    "Imports from the North made up {a} of November's trade.",
    "import",
    "total",
    n,
    V("a quarter", "25"),
    "2017-12-27",
    unit="percent",
    rung_kind="fraction",
)

# == balances =====================================================================================
K = "balance"


def BC(period, base, num, **kw):  # noqa: N802  (change of the balance)
    kw.setdefault("direction", "up" if Decimal(num.value) > 0 else "down")
    return claim("change_pct", "balance", period, num, base=base, **kw)


n = yr(2023)
a = money(bal(n), "billion", 2)
add(
    K,
    "wire",
    f"China's trade surplus with North Korea widened to {a} last year.",
    [B(n, a, direction="up", base=yr(2022))],
    "2024-01-18",
)
n = sp("2024-05")
a, b = pct((bal(n) / bal(prev(n)) - 1) * 100), money(bal(n), dec=2)
add(
    K,
    "wire",
    f"North Korea's trade deficit with China narrowed by {a} to {b} in May from April.",
    [BC(n, prev(n), a), B(n, b, direction="down", base=prev(n))],
    "2024-06-20",
)
n = sp("2023-11")
a = money(bal(n), dec=1)
add(K, "wire", f"North Korea ran a deficit of {a} with China in November.", [B(n, a)], "2023-12-20")
n = yr(2022)
a = money(m("export", n), dec=2)
add(
    K,
    "wire",
    f"China's surplus with North Korea in 2022 came to {a}.",
    [B(n, a)],
    "2023-01-19",
    note="another series: $894.04m is China's exports; the surplus was $760.36m",
)
n = yr(2023)
a, b = pct((bal(n) / bal(yr(2022)) - 1) * 100), money(bal(n), "billion", 2)
add(
    K,
    "wire",
    f"The North's trade gap with China widened {a} to {b} in 2023.",
    [BC(n, yr(2022), a), B(n, b, direction="up", base=yr(2022))],
    "2024-01-19",
)
n = yr(2020)
a = money(bal(n), dec=2)
add(
    K,
    "wire",
    f"China posted a {a} surplus in its trade with North Korea in 2020.",
    [B(n, a)],
    "2021-01-19",
)
n = yr(2021)
a, b = pct((bal(n) / bal(yr(2020)) - 1) * 100), money(bal(n), dec=2)
add(
    K,
    "wire",
    f"North Korea's deficit with China shrank {a} in 2021 to {b}.",
    [BC(n, yr(2020), a), B(n, b, direction="down", base=yr(2020))],
    "2022-01-19",
)
n = sp("2023-08")
a = money(bal(n), dec=2)
add(
    K,
    "wire",
    f"In August, China's surplus in trade with the North stood at {a}.",
    [B(n, a)],
    "2023-09-18",
)
n = sp("2022-11")
a = money(100 * 10**6, dec=0)
add(
    K,
    "wire",
    f"North Korea's trade deficit with China was about {a} in November.",
    [B(n, a, hedge="about")],
    "2022-12-20",
)
n = sp("2022-11")
a = money(bal(prev(n)), dec=2)
add(
    K,
    "wire",
    f"China's trade surplus with the North rose to {a} in November from October.",
    [B(n, a, direction="up", base=prev(n))],
    "2022-12-20",
    note="wrong month: $111.01m is October's surplus, and November's fell",
)
a, b = pct((bal(n) / bal(prev(n)) - 1) * 100), money(bal(n), dec=2)
add(
    K,
    "wire",
    f"North Korea's deficit narrowed by {a} to {b} in November from October.",
    [BC(n, prev(n), a), B(n, b, direction="down", base=prev(n))],
    "2022-12-20",
)
n = sp("2024-04")
a = money(bal(n), dec=2, style="dollars")
add(
    K,
    "korean",
    f"North Korea recorded a trade deficit of {a} with China in April.",
    [B(n, a)],
    "2024-05-21",
)
p = cum(2023, 6)
a = money(bal(p), dec=2)
add(
    K,
    "wire",
    f"China's trade surplus with North Korea in the first half of 2023 reached {a}.",
    [B(p, a)],
    "2023-07-18",
)
n = yr(2022)
a = money(F(107, 100) * 10**9, "billion", 2)
add(
    K,
    "wire",
    f"China's surplus with North Korea was {a} in 2022.",
    [B(n, a)],
    "2023-01-19",
    note="deliberately wrong: $760.36m",
)
n = sp("2022-12")
a = money(bal(n), dec=2)
add(
    K,
    "wire",
    f"The North's deficit with China widened to {a} in December from November.",
    [B(n, a, direction="up", base=prev(n))],
    "2023-01-18",
)
p = cum(2023, 3)
a = money(bal(p), dec=0)
add(
    K,
    "wire",
    f"In the first quarter, North Korea's deficit with China was {a}.",
    [B(p, a)],
    "2023-04-18",
)
n = yr(2021)
a = pct(-54, 0)
add(
    K,
    "wire",
    f"China's surplus in trade with North Korea narrowed {a} last year.",
    [BC(n, yr(2020), a)],
    "2022-01-19",
)
n = sp("2024-05")
a = pct(-(bal(n) / bal(prev(n)) - 1) * 100)
add(
    K,
    "wire",
    f"China's surplus with North Korea widened by {a} in May from April.",
    [BC(n, prev(n), a)],
    "2024-06-20",
    note="wrong direction: the surplus narrowed 12.1%",
)
n = yr(2024)
a = money(bal(n), "billion", 2)
add(K, "wire", f"In 2024, China's trade surplus with the North was {a}.", [B(n, a)], "2025-01-20")
n = yr(2024)
a = money(F(138, 100) * 10**9, "billion", 2)
add(
    K,
    "wire",
    f"China's surplus in its trade with North Korea came to {a} in 2024.",
    [B(n, a)],
    "2025-01-20",
    note="deliberately wrong: $1.48bn",
)
n = sp("2021-09")
a = money(bal(n), dec=2)
add(K, "wire", f"China ran a {a} surplus with the North in September.", [B(n, a)], "2021-10-18")
n = sp("2024-02")
a = money(bal(cum(2024, 2)), dec=2)
add(
    K,
    "wire",
    f"North Korea's deficit with China in the first two months was {a}.",
    [B(cum(2024, 2), a)],
    "2024-03-19",
)
n = sp("2023-05")
a = money(bal(n), dec=2, style="yonhap")
add(
    K,
    "yonhap",
    f"North Korea's trade deficit with China amounted to {a} in May.",
    [B(n, a)],
    "2023-06-20",
)
n = sp("2018-06")
a = money(bal(n), dec=2)
add(K, "wire", f"China's surplus with North Korea in June was {a}.", [B(n, a)], "2018-07-13")
n = yr(2021)
a = money(bal(n), dec=1, style="xinhua")
add(K, "xinhua", f"China's trade surplus with the DPRK was {a} in 2021.", [B(n, a)], "2022-01-20")

# == superlatives and streaks =====================================================================
K = "superlatives_streaks"


def SU(style, text, flow, month, since, sup, dateline, note=None, context=None):
    add(
        K,
        style,
        text,
        [
            claim(
                "superlative",
                flow,
                sp(month),
                None,
                base=sp(since),
                direction="up" if sup == "high" else "down",
                surface=text_surface(text),
                sup=sup,
            )
        ],
        dateline,
        context=context,
        note=note,
    )


def text_surface(text):
    import re

    return re.search(r"the (?:highest|lowest) since [^,.]+", text).group(0)


SU(
    "wire",
    "China's exports to North Korea in December were the highest since October, customs data showed.",
    "export",
    "2022-12",
    "2022-10",
    "high",
    "2023-01-18",
)
SU(
    "wire",
    "Exports to North Korea in September reached the highest since April.",
    "export",
    "2022-09",
    "2022-04",
    "high",
    "2022-10-24",
)
SU(
    "wire",
    "August's shipments to the North were the highest since April.",
    "export",
    "2022-08",
    "2022-04",
    "high",
    "2022-09-20",
)
SU(
    "wire",
    "November's exports to North Korea were the lowest since August, the data showed.",
    "export",
    "2022-11",
    "2022-08",
    "low",
    "2022-12-20",
    note="wrong: September ($90.07m) was lower than November ($113.88m)",
)
SU(
    "wire",
    "November's exports to North Korea were the lowest since September.",
    "export",
    "2022-11",
    "2022-09",
    "low",
    "2022-12-20",
)
SU(
    "wire",
    "Exports to North Korea in September were the highest since July 2020.",
    "export",
    "2021-09",
    "2020-07",
    "high",
    "2021-10-18",
)
SU(
    "wire",
    "Exports to North Korea in September were the highest since June 2020.",
    "export",
    "2021-09",
    "2020-06",
    "high",
    "2021-10-18",
    note="wrong: July 2020 ($65.87m) was higher than September 2021 ($55.63m)",
)
SU(
    "wire",
    "April's exports were the highest since July 2020.",
    "export",
    "2021-04",
    "2020-07",
    "high",
    "2021-05-18",
)
SU(
    "wire",
    "Total trade in August reached the highest since April.",
    "total",
    "2021-08",
    "2021-04",
    "high",
    "2021-09-18",
)
SU(
    "wire",
    "Trade in June was the highest since April.",
    "total",
    "2021-06",
    "2021-04",
    "high",
    "2021-07-18",
)
SU(
    "wire",
    "Trade in June was the highest since March.",
    "total",
    "2021-06",
    "2021-03",
    "high",
    "2021-07-18",
    note="wrong: April ($30.6m) was higher than June ($14.14m)",
)
SU(
    "wire",
    "Trade in October fell to the lowest since August.",
    "total",
    "2023-10",
    "2023-08",
    "low",
    "2023-11-18",
)
SU(
    "wire",
    "Trade in August was the highest since May.",
    "total",
    "2023-08",
    "2023-05",
    "high",
    "2023-09-18",
    note="wrong: May ($189.57m) was below August ($191.13m), so August is higher than May too",
)
SU(
    "wire",
    "Exports in August were the highest since May.",
    "export",
    "2023-08",
    "2023-05",
    "high",
    "2023-09-18",
)
SU(
    "wire",
    "June's exports were the lowest since March.",
    "export",
    "2023-06",
    "2023-03",
    "low",
    "2023-07-18",
)
SU(
    "wire",
    "Exports in May were the lowest since March.",
    "export",
    "2024-05",
    "2024-03",
    "low",
    "2024-06-20",
)
SU(
    "wire",
    "Exports in August 2018 were the highest since June.",
    "export",
    "2018-08",
    "2018-06",
    "high",
    "2018-09-23",
)
SU(
    "wire",
    "Exports in December were the lowest since September.",
    "export",
    "2018-12",
    "2018-09",
    "low",
    "2019-01-23",
)
SU(
    "wire",
    "January's exports to the North were the lowest since April 2018.",
    "export",
    "2019-01",
    "2018-04",
    "low",
    "2019-02-25",
)
SU(
    "wire",
    "January's exports to the North were the lowest since July 2018.",
    "export",
    "2019-01",
    "2018-07",
    "low",
    "2019-02-25",
    note="wrong: July 2018 ($177.48m) was above January 2019 ($168m)",
)
SU(
    "wire",
    "Imports from North Korea in December were the highest since January.",
    "import",
    "2018-12",
    "2018-01",
    "high",
    "2019-01-23",
)
SU(
    "wire",
    "Imports from North Korea in April were the highest since January 2018.",
    "import",
    "2019-04",
    "2018-01",
    "high",
    "2019-05-23",
)
SU(
    "wire",
    "Imports from the North in March were the lowest since June 2018.",
    "import",
    "2019-03",
    "2018-06",
    "low",
    "2019-04-20",
)


def ST(style, text, surface, flow, first, last, direction, dateline, note=None, context=None):
    add(
        K,
        style,
        text,
        [claim("streak", flow, f"{first}/{last}", None, direction=direction, surface=surface)],
        dateline,
        context=context,
        note=note,
    )


ST(
    "wire",
    "China's exports to North Korea rose for the fourth straight month in September.",
    "the fourth straight month",
    "export",
    "2021-06",
    "2021-09",
    "up",
    "2021-10-18",
)
ST(
    "wire",
    "Exports to the North fell for a second month in a row in February.",
    "a second month in a row",
    "export",
    "2021-01",
    "2021-02",
    "down",
    "2021-03-19",
)
ST(
    "wire",
    "Imports from North Korea rose for a fourth consecutive month in September.",
    "a fourth consecutive month",
    "import",
    "2021-06",
    "2021-09",
    "up",
    "2021-10-18",
)
ST(
    "wire",
    "Imports from North Korea rose for a fifth consecutive month in September.",
    "a fifth consecutive month",
    "import",
    "2021-05",
    "2021-09",
    "up",
    "2021-10-18",
    note="wrong: May was a fall, so September is the fourth",
)
ST(
    "wire",
    "Exports to North Korea climbed for the fifth month in a row in October.",
    "the fifth month in a row",
    "export",
    "2022-06",
    "2022-10",
    "up",
    "2022-11-18",
)
ST(
    "wire",
    "Exports declined for a second consecutive month in June.",
    "a second consecutive month",
    "export",
    "2023-05",
    "2023-06",
    "down",
    "2023-07-18",
    context="China's exports to North Korea slowed in June.",
)
ST(
    "wire",
    "Exports to North Korea rose for a third straight month in August.",
    "a third straight month",
    "export",
    "2023-06",
    "2023-08",
    "up",
    "2023-09-18",
    note="wrong: June was a fall; August is the second rise",
)
ST(
    "wire",
    "Imports from North Korea fell for a third straight month in March.",
    "a third straight month",
    "import",
    "2019-01",
    "2019-03",
    "down",
    "2019-04-20",
)
ST(
    "wire",
    "Total trade rose for a third month in a row in April.",
    "a third month in a row",
    "total",
    "2021-02",
    "2021-04",
    "up",
    "2021-05-18",
)
ST(
    "wire",
    "Total trade rose for a fourth month in a row in April.",
    "a fourth month in a row",
    "total",
    "2021-01",
    "2021-04",
    "up",
    "2021-05-18",
    note="wrong: January was a fall",
)
add(
    K,
    "wire",
    "Trade fell in 2014, the first annual decline since 2009.",
    [
        claim(
            "superlative",
            "total",
            yr(2014),
            None,
            base=yr(2009),
            direction="down",
            surface="the first annual decline since 2009",
            sup="first_decline",
        )
    ],
    "2015-01-29",
)
add(
    K,
    "wire",
    "China's imports from North Korea dropped in 2014, the first decline since 2006.",
    [
        claim(
            "superlative",
            "import",
            yr(2014),
            None,
            base=yr(2006),
            direction="down",
            surface="the first decline since 2006",
            sup="first_decline",
        )
    ],
    "2015-02-01",
)
add(
    K,
    "wire",
    "China's imports from North Korea dropped in 2014, the first decline since 2009.",
    [
        claim(
            "superlative",
            "import",
            yr(2014),
            None,
            base=yr(2009),
            direction="down",
            surface="the first decline since 2009",
            sup="first_decline",
        )
    ],
    "2015-02-01",
    note="wrong: imports rose in 2009; the last fall was in 2006",
)

# == other pairs and currencies ===================================================================
K = "other_pairs"


def U(
    kind,
    reporter,
    partner,
    flow,
    period,
    surface,
    value,
    dateline,
    text,
    style="wire",
    unit=None,
    currency=None,
    terms=None,
    direction=None,
    base=None,
    note=None,
    extra=(),
):
    c = claim(
        kind,
        flow,
        period,
        None,
        reporter=reporter,
        partner=partner,
        surface=surface,
        value=value,
        unit=unit,
        currency=currency,
        terms=terms,
        direction=direction,
        base=base,
        source=None,
    )
    add(K, style, text, [c, *extra], dateline, note=note)


U(
    "change_pct",
    "CHN",
    "USA",
    "export",
    sp("2023-05"),
    "7.7 percent",
    "-7.7",
    "2023-06-07",
    "China's exports to the United States fell 7.7 percent in May from a year earlier.",
    unit="percent",
    direction="down",
    base=sp("2022-05"),
)
U(
    "level",
    "CHN",
    "WLD",
    "export",
    yr(2023),
    "$3.38 trillion",
    "3380000000000",
    "2024-01-12",
    "China's total exports to the world reached $3.38 trillion last year.",
    currency="USD",
)
U(
    "balance",
    "CHN",
    "WLD",
    "balance",
    sp("2023-12"),
    "$75.34 billion",
    "75340000000",
    "2024-01-12",
    "China's global trade surplus narrowed to $75.34 billion in December.",
    currency="USD",
    direction="down",
    base=sp("2023-11"),
)
U(
    "change_pct",
    "CHN",
    "PRK",
    "export",
    sp("2023-12"),
    "15 percent",
    "15",
    "2024-01-18",
    "In yuan terms, China's exports to North Korea rose 15 percent in December.",
    unit="percent",
    terms="CNY",
    direction="up",
    base=sp("2022-12"),
)
U(
    "level",
    "CHN",
    "PRK",
    "total",
    yr(2023),
    "16.2 billion yuan",
    "16200000000",
    "2024-01-18",
    "China's trade with North Korea came to 16.2 billion yuan last year.",
    currency="CNY",
)
U(
    "balance",
    "USA",
    "CHN",
    "balance",
    yr(2023),
    "$279.4 billion",
    "-279400000000",
    "2024-02-07",
    "The U.S. goods trade deficit with China shrank to $279.4 billion in 2023.",
    currency="USD",
    direction="down",
    base=yr(2022),
)
U(
    "change_pct",
    "CHN",
    "WLD",
    "import",
    sp("2024-03"),
    "1.9 percent",
    "-1.9",
    "2024-04-12",
    "China's imports from the rest of the world fell 1.9 percent in March.",
    unit="percent",
    direction="down",
    base=sp("2023-03"),
)
U(
    "change_pct",
    "CHN",
    "PRK",
    "import",
    yr(2022),
    "88 percent",
    "-88",
    "2023-01-20",
    "China's imports from North Korea were down 88 percent at CNY140 million in yuan terms.",
    unit="percent",
    terms="CNY",
    direction="down",
    base=yr(2021),
    note="a yuan-terms change: unverifiable against the dollar series",
    extra=[
        claim(
            "level",
            "import",
            yr(2022),
            None,
            surface="CNY140 million",
            value="140000000",
            currency="CNY",
            source=None,
        )
    ],
)
U(
    "level",
    "KOR",
    "CHN",
    "export",
    sp("2024-05"),
    "$11.4 billion",
    "11400000000",
    "2024-06-01",
    "South Korea's exports to China rose to $11.4 billion in May.",
    currency="USD",
    direction="up",
    base=sp("2024-04"),
)
U(
    "level",
    "CHN",
    "RUS",
    "total",
    yr(2023),
    "$240.1 billion",
    "240100000000",
    "2024-01-12",
    "China's trade with Russia reached $240.1 billion last year.",
    currency="USD",
)
U(
    "change_pct",
    "USA",
    "CHN",
    "import",
    yr(2023),
    "20 percent",
    "-20",
    "2024-02-07",
    "U.S. imports from China dropped 20 percent last year.",
    unit="percent",
    direction="down",
    base=yr(2022),
)
U(
    "level",
    "CHN",
    "PRK",
    "import",
    sp("2023-11"),
    "185 million yuan",
    "185000000",
    "2023-12-20",
    "Imports from North Korea were worth 185 million yuan in November.",
    currency="CNY",
    style="xinhua",
)
U(
    "level",
    "CHN",
    "WLD",
    "total",
    yr(2023),
    "41.76 trillion yuan",
    "41760000000000",
    "2024-01-12",
    "China's total foreign trade reached 41.76 trillion yuan in 2023, the customs administration said.",
    currency="CNY",
    style="xinhua",
)
U(
    "level",
    "JPN",
    "CHN",
    "export",
    yr(2023),
    "$126 billion",
    "126000000000",
    "2024-02-15",
    "Japan's exports to China slipped to $126 billion last year.",
    currency="USD",
    direction="down",
    base=yr(2022),
)
U(
    "change_pct",
    "CHN",
    "USA",
    "total",
    cum(2024, 6),
    "1.5 percent",
    "1.5",
    "2024-07-12",
    "Trade between China and the United States edged up 1.5 percent in the first half.",
    unit="percent",
    direction="up",
    base=cum(2023, 6),
)
U(
    "balance",
    "CHN",
    "USA",
    "balance",
    sp("2024-06"),
    "$31.6 billion",
    "31600000000",
    "2024-07-12",
    "China's trade surplus with the U.S. widened to $31.6 billion in June.",
    currency="USD",
    direction="up",
    base=sp("2024-05"),
)
U(
    "level",
    "CHN",
    "WLD",
    "export",
    sp("2024-06"),
    "$307.8 billion",
    "307800000000",
    "2024-07-12",
    "Overall Chinese exports came to $307.8 billion in June.",
    currency="USD",
)
U(
    "change_pct",
    "CHN",
    "PRK",
    "total",
    cum(2023, 6),
    "187 percent",
    "187",
    "2023-07-18",
    "Measured in yuan, trade with North Korea grew 187 percent in the first half.",
    unit="percent",
    terms="CNY",
    direction="up",
    base=cum(2022, 6),
)
n = sp("2022-12")
a = pct(chg("export", n, prev(n)))
U(
    "change_pct",
    "CHN",
    "PRK",
    "export",
    n,
    "10.2 percent",
    "10.2",
    "2023-01-18",
    f"China's exports to North Korea rose {a} from November in dollar terms in December but 10.2 percent in yuan terms.",
    unit="percent",
    terms="CNY",
    direction="up",
    base=prev(n),
    extra=[C("export", n, prev(n), a, terms="USD")],
)
U(
    "level",
    "RUS",
    "PRK",
    "total",
    yr(2023),
    "$34.3 million",
    "34300000",
    "2024-02-01",
    "Russia's trade with North Korea came to $34.3 million last year, Russian data showed.",
    currency="USD",
)
U(
    "change_pct",
    "CHN",
    "VNM",
    "export",
    sp("2024-04"),
    "8.3 percent",
    "8.3",
    "2024-05-09",
    "Chinese shipments to Vietnam climbed 8.3 percent in April.",
    unit="percent",
    direction="up",
    base=sp("2023-04"),
)
U(
    "level",
    "CHN",
    "PRK",
    "export",
    yr(2023),
    "14.1 billion yuan",
    "14100000000",
    "2024-01-18",
    "In yuan terms China's exports to North Korea were 14.1 billion yuan last year.",
    currency="CNY",
    style="xinhua",
)
U(
    "change_abs",
    "USA",
    "CHN",
    "balance",
    yr(2023),
    "$103 billion",
    "-103000000000",  # the deficit's change, signed as the text says (the dev set's convention)
    "2024-02-07",
    "The deficit with China narrowed by $103 billion last year, the Commerce Department said.",
    currency="USD",
    direction="down",
    base=yr(2022),
)
U(
    "level",
    "KOR",
    "PRK",
    "total",
    yr(2023),
    "$1.5 million",
    "1500000",
    "2024-01-30",
    "Inter-Korean trade fell to just $1.5 million last year.",
    currency="USD",
    direction="down",
    base=yr(2022),
)
U(
    "level",
    "CHN",
    "WLD",
    "import",
    sp("2024-06"),
    "$208.8 billion",
    "208800000000",
    "2024-07-12",
    "China's worldwide imports stood at $208.8 billion in June.",
    currency="USD",
)

# == precision: hedges, trailing zeros, over-precise figures, rounding ==============================
K = "rounding_hedges"


def H(style, text, flow, span, num, dateline, hedge=None, note=None, context=None):
    add(
        K,
        style,
        text.format(a=num),
        [L(flow, span, num, hedge=hedge)],
        dateline,
        note=note,
        context=context,
    )


H(
    "wire",
    "Trade was about {a} in May.",
    "total",
    sp("2023-05"),
    money(190 * 10**6, dec=0),
    "2023-06-19",
    "about",
)
H(
    "wire",
    "Exports to North Korea reached nearly {a} in November.",
    "export",
    sp("2023-11"),
    money(200 * 10**6, dec=0),
    "2023-12-20",
    "nearly",
)
H(
    "wire",
    "China's exports to North Korea were more than {a} last year.",
    "export",
    yr(2023),
    money(2 * 10**9, "billion", 0),
    "2024-01-18",
    "more than",
)
H(
    "wire",
    "Trade in 2022 came to just over {a}.",
    "total",
    yr(2022),
    money(10**9, "billion", 0),
    "2023-01-18",
    "just over",
)
H(
    "wire",
    "Imports from the North were less than {a} in 2020.",
    "import",
    yr(2020),
    money(50 * 10**6, dec=0),
    "2021-01-18",
    "less than",
)
H(
    "yonhap",
    "Exports to the North came to some {a} in the first two months.",
    "export",
    cum(2023, 2),
    money(300 * 10**6, dec=0, style="yonhap"),
    "2023-03-20",
    "some",
)
H(
    "wire",
    "Exports to the North were around {a} in August.",
    "export",
    sp("2020-08"),
    money(20 * 10**6, dec=0),
    "2020-09-16",
    "around",
    note="19.3 is outside [19.5, 20.5]; holds only on the loose tier or the 5% band → approx",
)
H(
    "wire",
    "Exports in January and February were {a}.",
    "export",
    cum(2020, 2),
    money(m("export", cum(2020, 2)), dec=1),
    "2020-03-24",
)
H(
    "wire",
    "Exports in January and February were {a}.",
    "export",
    cum(2020, 2),
    money(m("export", cum(2020, 2)), dec=0),
    "2020-03-24",
)
H(
    "wire",
    "Trade in April totalled {a}.",
    "total",
    sp("2024-04"),
    money(m("total", sp("2024-04")), dec=0),
    "2024-05-20",
)
H(
    "wire",
    "Trade in April totalled {a}.",
    "total",
    sp("2024-04"),
    money(F(1939, 10) * 10**6, dec=1),
    "2024-05-20",
    note="193.994 rounds to 194.0; 193.9 holds only as a truncation → approx",
)
H(
    "thinktank",
    "China–DPRK trade in 2022 was {a}.",
    "total",
    yr(2022),
    Num("$1,027.72 million", "1027720000", 2, 10**6),
    "2023-02-01",
)
H(
    "wire",
    "Trade in 2022 came to {a}.",
    "total",
    yr(2022),
    money(m("total", yr(2022)), "billion", 2),
    "2023-01-18",
)
H(
    "wire",
    "Trade in 2022 came to {a}.",
    "total",
    yr(2022),
    money(F(104, 100) * 10**9, "billion", 2),
    "2023-01-18",
    note="deliberately wrong: $1.03 billion",
)
H(
    "wire",
    "China sold {a} worth of goods to North Korea in October.",
    "export",
    sp("2020-10"),
    Num("$250,000", "250000", 0),
    "2020-11-20",
    note="253,000 is outside [249,500, 250,500]; inside the loose tier [245,000, 255,000] → approx",
)
H(
    "wire",
    "Trade last year hit a whopping {a}.",
    "total",
    yr(2023),
    money(m("total", yr(2023)), "billion", 1),
    "2024-01-18",
    "a whopping",
)
H(
    "wire",
    "China shipped a mere {a} of goods to the North in February.",
    "export",
    sp("2021-02"),
    Num("$3,000", "3000", 0),
    "2021-03-19",
    "a mere",
)
H(
    "wire",
    "Exports in January were only {a}.",
    "export",
    sp("2021-01"),
    Num("$29,000", "29000", 0),
    "2021-02-20",
    "only",
)
H(
    "wire",
    "Exports in the first half of 2018 were almost {a}.",
    "export",
    cum(2018, 6),
    money(10**9, "billion", 0),
    "2018-07-23",
    "almost",
)
H(
    "wire",
    "Trade in the first 11 months of 2016 was in excess of {a}.",
    "total",
    cum(2016, 11),
    money(5 * 10**9, "billion", 0),
    "2016-12-20",
    "in excess of",
)
H(
    "wire",
    "Exports in the first seven months of 2024 were over {a}.",
    "export",
    cum(2024, 7),
    money(900 * 10**6, dec=0),
    "2024-08-18",
    "over",
)
H(
    "wire",
    "Exports last year came to approximately {a}.",
    "export",
    yr(2021),
    money(260 * 10**6, dec=0),
    "2022-01-19",
    "approximately",
)
H(
    "wire",
    "Exports last year came to {a}.",
    "export",
    yr(2021),
    money(m("export", yr(2021)), dec=1),
    "2022-01-19",
)
H(
    "wire",
    "Imports in the first quarter were roughly {a}.",
    "import",
    cum(2023, 3),
    money(47 * 10**6, dec=0),
    "2023-04-18",
    "roughly",
)
H(
    "wire",
    "Trade in the first quarter of 2023 was nearly {a}.",
    "total",
    cum(2023, 3),
    money(600 * 10**6, dec=0),
    "2023-04-18",
    "nearly",
    note="nearly $600 million: 485.85 is more than 5% below → wrong",
)
n = yr(2021)
a = pct(20, 0)
add(
    K,
    "wire",
    f"Imports from North Korea rose about {a} last year.",
    [C("import", n, yr(2020), a, hedge="about")],
    "2022-01-19",
    note="+20.7% printed, +20.6% computed: outside [19.5, 20.5], inside the loose tier [15, 25] → approx",
)
p = cum(2023, 6)
a = pct(200, 0)
add(
    K,
    "wire",
    f"Exports in the first half grew more than {a}.",
    [C("export", p, ago(p), a, hedge="more than")],
    "2023-07-18",
)
p = cum(2018, 8)
a = pct(-90, 0)
add(
    K,
    "wire",
    f"Imports from the North in the first eight months plunged nearly {a}.",
    [C("import", p, ago(p), a, hedge="nearly")],
    "2018-09-23",
)

# == quantity types: changes above 100%, fold, verbal multiples, % lower than, absolute changes ======
K = "multiples"
n = yr(2023)
a = pct(137, 0)
add(
    K,
    "wire",
    f"Trade between the two countries surged {a} last year.",
    [C("total", n, yr(2022), a)],
    "2024-01-18",
    note="the change customs printed (+137%); recomputation from the printed levels gives +123.3%",
)
n = yr(2022)
k = Num("3.4-fold", "3.4", 1)
add(
    K,
    "wire",
    f"Chinese exports to the North grew {k} in 2022.",
    [R("export", n, yr(2021), k, unit="times", direction="up")],
    "2023-01-18",
)
n = sp("2022-04")
k = V("more than tripled", "3")
add(
    K,
    "wire",
    f"Exports in April {k} from a year earlier.",
    [
        R(
            "export",
            n,
            ago(n),
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
            surface="more than tripled",
        )
    ],
    "2022-05-20",
)
n = sp("2023-11")
k = V("doubled", "2")
add(
    K,
    "wire",
    f"Imports from North Korea in November {k} from a year earlier.",
    [R("import", n, ago(n), k, unit="times", direction="up", rung_kind="verbal")],
    "2023-12-20",
)
n = sp("2023-05")
k = Num("11 times", "11", 0)
add(
    K,
    "wire",
    f"Exports in May were more than {k} the level of a year earlier.",
    [R("export", n, ago(n), k, unit="times", hedge="more than", direction="up")],
    "2023-06-19",
)
n = sp("2021-06")
a = pct(-(1 - m("total", n) / m("total", ago(n))) * 100)
add(
    K,
    "wire",
    f"Trade in June was {a} lower than a year earlier.",
    [C("total", n, ago(n), a)],
    "2021-07-18",
)
n = sp("2023-05")
a = pct(chg("export", n, ago(n)))
add(
    K,
    "wire",
    f"Exports in May jumped {a} from a year earlier.",
    [C("export", n, ago(n), a)],
    "2023-06-19",
)
n = yr(2023)
a = money(m("total", n) - m("total", yr(2022)), "billion", 2)
add(
    K,
    "wire",
    f"Trade rose by {a} in 2023.",
    [claim("change_abs", "total", n, a, base=yr(2022), direction="up")],
    "2024-01-18",
)
n = yr(2021)
a = money(m("total", n) - m("total", yr(2020)), dec=0)
a = Num(a.surface.replace("-", ""), a.value, a.dec, a.scale)
add(
    K,
    "wire",
    f"Trade fell by {a} in 2021.",
    [claim("change_abs", "total", n, a, base=yr(2020), direction="down")],
    "2022-01-19",
)
n = sp("2024-05")
a = money(m("export", n) - m("export", prev(n)), dec=2)
a = Num(a.surface.replace("-", ""), a.value, a.dec, a.scale)
add(
    K,
    "wire",
    f"Exports fell by {a} in May from April.",
    [claim("change_abs", "export", n, a, base=prev(n), direction="down")],
    "2024-06-20",
)
n = sp("2024-04")
a = money(F(352, 10) * 10**6, dec=1)
add(
    K,
    "wire",
    f"Exports rose by {a} in April from March.",
    [claim("change_abs", "export", n, a, base=prev(n), direction="up")],
    "2024-05-20",
    note="deliberately wrong: +$36.87m",
)
p = cum(2023, 9)
a = pct(F(1798, 10), style="pct")
b = money(m("export", p), "billion", 1, "abbrev")
add(
    K,
    "table",
    f"China exports to DPRK, Jan-Sep 2023: {b}, a {a} increase",
    [L("export", p, b), C("export", p, ago(p), a)],
    "2023-10-20",
)
n = sp("2022-04")
a = pct(chg("export", n, ago(n)), dec=0)
add(
    K,
    "wire",
    f"Exports in April surged {a} on the year.",
    [C("export", n, ago(n), a)],
    "2022-05-20",
)
a = pct(chg("total", n, ago(n)))
add(
    K,
    "wire",
    f"Total trade in April jumped {a} year on year.",
    [C("total", n, ago(n), a)],
    "2022-05-20",
)
n = yr(2022)
a = pct(332, 0)
add(
    K,
    "wire",
    f"Trade in 2022 rose {a}.",
    [C("total", n, yr(2021), a)],
    "2023-01-18",
    note="deliberately wrong: +223% computed, +233% printed",
)
n = sp("2021-09")
k = Num("2.5 times", "2.5", 1)
c = R("export", n, prev(n), k, unit="times", direction="up")
c["_times_higher"] = True
add(
    K,
    "wire",
    f"Exports in September were {k} higher than in August.",
    [c],
    "2021-10-18",
    note="'k times higher': 2.47 matches k = 2.5; the k + 1 reading (3.5) does not → ambiguous",
)
k = V("nearly tripled", "3")
add(
    K,
    "wire",
    f"Total trade {k} between August and September.",
    [
        R(
            "total",
            n,
            prev(n),
            k,
            unit="times",
            hedge="nearly",
            direction="up",
            rung_kind="verbal",
            surface="nearly tripled",
        )
    ],
    "2021-10-18",
    note="2.43 is below the 'tripled' rung [2.75, 3.25]",
)
k = V("more than doubled", "2")
add(
    K,
    "wire",
    f"Total trade {k} in September from August.",
    [
        R(
            "total",
            n,
            prev(n),
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
            surface="more than doubled",
        )
    ],
    "2021-10-18",
)
n = sp("2023-11")
k = Num("2.2 times", "2.2", 1)
add(
    K,
    "wire",
    f"Imports in November were {k} those of a year earlier.",
    [R("import", n, ago(n), k, unit="times", direction="up")],
    "2023-12-20",
)
n = yr(2022)
a = pct(131, 0)
add(
    K,
    "wire",
    f"North Korea's exports to China rose {a} in 2022.",
    [C("import", n, yr(2021), a)],
    "2023-01-18",
)
n = sp("2021-09")
a = pct(236, 0)
add(
    K,
    "wire",
    f"Trade in September was up {a} on a year earlier.",
    [C("total", n, ago(n), a)],
    "2021-10-18",
)
n = yr(2020)
a = pct(F(-8092, 100))
add(
    K,
    "xinhua",
    f"China's exports to the DPRK in 2020 were down {a} year on year.",
    [C("export", n, yr(2019), a)],
    "2021-01-20",
)
n = yr(2022)
a = pct(244, 0)
k = V("more than threefold", "3")
add(
    K,
    "wire",
    f"Chinese exports to North Korea rose {a} in 2022, a {k} gain.",
    [
        C("export", n, yr(2021), a),
        R(
            "export",
            n,
            yr(2021),
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        ),
    ],
    "2023-01-18",
)
n = yr(2024)
a = pct(F(-85, 10))
add(
    K,
    "wire",
    f"Exports to the North were {a} lower in 2024 than in 2023.",
    [C("export", n, yr(2023), a)],
    "2025-01-20",
)
n = sp("2023-11")
a = pct(chg("total", n, ago(n)))
add(
    K,
    "wire",
    f"Trade in November was up {a} from a year earlier.",
    [C("total", n, ago(n), a)],
    "2023-12-20",
)

# == more styles: translated Korean and Chinese copy, broadcast scripts, tables, think-tank prose ==
K = "cumulative"
p = cum(2023, 5)
a, b = money(m("total", p), dec=2, style="yonhap"), pct(174, 0)
add(
    K,
    "korean",
    f"North Korea-China trade in the January-May period amounted to {a}, a {b} increase from a year earlier, according to data released by China's General Administration of Customs.",
    [L("total", p, a), C("total", p, ago(p), b)],
    "2023-06-20",
)
p = cum(2023, 10)
a, b = Num("US$1,583.95 million", "1583950000", 2, 10**6), pct(F(1552, 10), style="pct")
add(
    K,
    "table",
    f"China to DPRK exports, January–October 2023: {a} (+{b} y/y)",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2023-11-18",
)
p = cum(2017, 9)
a, b = money(m("export", p), "billion", 2, "xinhua"), pct(F(209, 10))
add(
    K,
    "xinhua",
    f"In the first three quarters of 2017, China's exports to the DPRK reached {a}, up {b} year on year.",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2017-10-24",
)

K = "two_figures"
o, n = sp("2022-03"), sp("2022-04")
a, b = money(m("export", o), dec=0, style="dollars"), money(m("export", n), dec=0, style="dollars")
add(
    K,
    "broadcast",
    f"China's exports to the North rose from {a} in March to {b} in April.",
    [L("export", o, a), L("export", n, b, direction="up", base=o)],
    "2022-05-20",
)
a, b = (
    money(m("export", yr(2022)), dec=2, style="yonhap"),
    money(m("export", yr(2023)), "billion", 1, "yonhap"),
)
add(
    K,
    "korean",
    f"North Korea's imports from China in 2022 and 2023 stood at {a} and {b}, respectively.",
    [L("export", yr(2022), a), L("export", yr(2023), b)],
    "2024-01-19",
)
a, b = (
    money(m("total", yr(2021)), dec=2, style="xinhua"),
    money(m("total", yr(2022)), "billion", 2, "xinhua"),
)
add(
    K,
    "xinhua",
    f"China-DPRK trade grew from {a} in 2021 to {b} in 2022.",
    [L("total", yr(2021), a), L("total", yr(2022), b, direction="up", base=yr(2021))],
    "2023-01-20",
)

K = "relative_dates"
n = sp("2024-04")
a, b = money(m("import", n), dec=2, style="yonhap"), pct(chg("import", n, prev(n)))
add(
    K,
    "korean",
    f"Last month, North Korea's exports to China were {a}, down {b} from the previous month.",
    [L("import", n, a, direction="down", base=prev(n)), C("import", n, prev(n), b)],
    "2024-05-21",
)
n = yr(2020)
a, b = money(m("total", n), dec=0, style="dollars"), pct(-80, 0)
add(
    K,
    "broadcast",
    f"Last year's trade between the two came to {a}, down more than {b}.",
    [
        L("total", n, a, direction="down", base=yr(2019)),
        C("total", n, yr(2019), b, hedge="more than"),
    ],
    "2021-01-19",
)
p = cum(2023, 6)
a = money(m("import", p), dec=0, style="xinhua")
add(
    K,
    "xinhua",
    f"In the first half of this year, China's imports from the DPRK totalled {a}.",
    [L("import", p, a)],
    "2023-07-20",
)

K = "perspective"
n = sp("2024-03")
a = money(m("import", n), dec=2, style="yonhap")
add(
    K,
    "korean",
    f"According to the data, North Korea's exports to China in March totalled {a}.",
    [L("import", n, a)],
    "2024-04-20",
)
n = sp("2023-04")
a = Num("165 million dollars", "165000000", 0, 10**6)
add(
    K,
    "broadcast",
    f"North Korea bought some {a}' worth of goods from China in April.",
    [L("export", n, a, hedge="some")],
    "2023-05-20",
    note="165.78 is outside [164.5, 165.5]; inside the 5% band of 'some' → approx",
)
n = yr(2024)
a = money(m("export", n), "billion", 2, "xinhua")
add(
    K,
    "xinhua",
    f"The DPRK's imports from China reached {a} in 2024.",
    [L("export", n, a)],
    "2025-01-20",
)

K = "broadcast_numbers"
n = yr(2024)
a = money(m("export", n), "billion", 2, "spoken")
add(
    K,
    "broadcast",
    f"China's exports to the North last year were {a}.",
    [L("export", n, a)],
    "2025-01-20",
)
p = cum(2020, 6)
a = Num("sixty-seven percent", "-67", 0)
add(
    K,
    "broadcast",
    f"Trade in the first half plunged {a} from a year before.",
    [C("total", p, ago(p), a)],
    "2020-08-20",
)
p = cum(2023, 6)
a = money(m("total", p), "billion", 2, "abbrev")
add(
    K,
    "thinktank",
    f"Bilateral trade, H1 2023: {a} (China customs).",
    [L("total", p, a)],
    "2023-07-20",
)

K = "level_direction"
n = sp("2023-09")
a = money(m("import", n), dec=2, style="yonhap")
add(
    K,
    "korean",
    f"North Korea's exports to China declined to {a} in September from August.",
    [L("import", n, a, direction="down", base=prev(n))],
    "2023-10-20",
)
n = sp("2020-09")
a = money(m("export", n), dec=1, style="spoken")
add(
    K,
    "broadcast",
    f"Exports to the North slumped to just {a} in September from August.",
    [L("export", n, a, direction="down", base=prev(n), hedge="just")],
    "2020-10-20",
)
n = sp("2023-11")
a = money(m("total", n), dec=1, style="xinhua")
add(
    K,
    "xinhua",
    f"China-DPRK trade climbed to {a} in November from October.",
    [L("total", n, a, direction="up", base=prev(n))],
    "2023-12-20",
)

K = "shares"
sh(
    "korean",
    "North Korea's imports from China made up {a} of the two countries' trade last year.",
    "export",
    "total",
    yr(2023),
    pct(share("export", "total", yr(2023))),
    "2024-01-19",
)
p = cum(2023, 6)
sh(
    "table",
    "Share of imports in China–DPRK trade, Jan–Jun 2023: {a}",
    "import",
    "total",
    p,
    pct(share("import", "total", p), style="pct"),
    "2023-07-20",
)
a = pct(m("import", yr(2021)) * 100 / m("import", yr(2020)))
add(
    K,
    "thinktank",
    f"North Korea's exports to China in 2021 were {a} of the 2020 level.",
    [R("import", yr(2021), yr(2020), a)],
    "2022-03-01",
)

K = "balance"
n = yr(2023)
a = money(bal(n), "billion", 2, "yonhap")
add(
    K,
    "korean",
    f"North Korea's trade deficit with China last year was {a}.",
    [B(n, a)],
    "2024-01-19",
)
p = cum(2024, 2)
a = money(bal(p), dec=2, style="abbrev")
add(K, "table", f"China's surplus with the DPRK, Jan–Feb 2024: {a}", [B(p, a)], "2024-03-19")
n = sp("2023-11")
a = money(bal(n), dec=1, style="spoken")
add(
    K,
    "broadcast",
    f"China's surplus in the trade came to {a} in November.",
    [B(n, a)],
    "2023-12-20",
)

K = "superlatives_streaks"
SU(
    "korean",
    "North Korea's exports to China in December were the highest since October.",
    "import",
    "2022-12",
    "2022-10",
    "high",
    "2023-01-19",
)
SU(
    "xinhua",
    "China's imports from the DPRK in May 2018 reached the highest since January.",
    "import",
    "2018-05",
    "2018-01",
    "high",
    "2018-06-23",
)
SU(
    "broadcast",
    "Trade in December 2022 was the highest since October.",
    "total",
    "2022-12",
    "2022-10",
    "high",
    "2023-01-18",
)

K = "other_pairs"
U(
    "change_pct",
    "KOR",
    "CHN",
    "export",
    sp("2024-05"),
    "2.1 percent",
    "-2.1",
    "2024-06-01",
    "South Korea's exports to China fell 2.1 percent in May, the trade ministry said.",
    style="korean",
    unit="percent",
    direction="down",
    base=sp("2023-05"),
)
U(
    "level",
    "CHN",
    "WLD",
    "total",
    sp("2024-05"),
    "3.71 trillion yuan",
    "3710000000000",
    "2024-06-07",
    "China's total imports and exports reached 3.71 trillion yuan in May.",
    style="xinhua",
    currency="CNY",
)
U(
    "level",
    "USA",
    "CHN",
    "import",
    yr(2023),
    "$427.2 billion",
    "427200000000",
    "2024-02-07",
    "U.S. goods imports from China, 2023: $427.2 billion",
    style="table",
    currency="USD",
)

K = "rounding_hedges"
H(
    "korean",
    "North Korea-China trade volume in September 2023 was about {a}.",
    "total",
    sp("2023-09"),
    money(220 * 10**6, dec=0, style="yonhap"),
    "2023-10-20",
    "about",
    note="216.53: loose tier [215, 225] → approx",
)
H(
    "broadcast",
    "Exports to the North were roughly {a} last year.",
    "export",
    yr(2023),
    Num("two billion dollars", "2000000000", 0, 10**9),
    "2024-01-19",
    "roughly",
)
H(
    "xinhua",
    "China's imports from the DPRK last year were more than {a}.",
    "import",
    yr(2023),
    money(290 * 10**6, dec=0, style="xinhua"),
    "2024-01-20",
    "more than",
)

K = "multiples"
n = sp("2023-11")
k = V("more than doubled", "2")
add(
    K,
    "korean",
    f"North Korea's exports to China in November {k} from a year earlier.",
    [
        R(
            "import",
            n,
            ago(n),
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
            surface="more than doubled",
        )
    ],
    "2023-12-21",
)
p = cum(2023, 3)
a = pct(chg("export", p, ago(p)))
add(
    K,
    "xinhua",
    f"China's exports to the DPRK in the first quarter of 2023 rose {a} year on year.",
    [C("export", p, ago(p), a)],
    "2023-04-19",
)
n = yr(2023)
k = V("more than double", "2")
add(
    K,
    "broadcast",
    f"Trade in 2023 was {k} that of 2022.",
    [
        R(
            "total",
            n,
            yr(2022),
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
            surface="more than double",
        )
    ],
    "2024-01-19",
)

write()
