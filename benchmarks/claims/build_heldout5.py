# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/heldout5.jsonl: a fifth held-out labelled set, written blind.

    python benchmarks/claims/build_heldout5.py           # write heldout5.jsonl, print the counts
    python benchmarks/claims/build_heldout5.py --check   # only compare with the committed file

The sentences here were written for a fifth held-out measurement of the claim checker, without
looking at the checker's code, at its output on these sentences, or at the sentences of
``suite.jsonl``, ``heldout.jsonl`` … ``heldout4.jsonl`` or the dev set. They lean on registers
the earlier sets use little: long analytical paragraphs (a figure leaning on a sentence two
back), newsletters and explainers, Q&A and interview transcripts, ministry and press-release
copy, Chinese and Japanese media in translation ("a decrease of X% from the same month of the
previous year"), social-media-length summaries, fact-checks that quote a claim and correct it,
chart captions, quarters and halves ("Q3 2016", "H1 2023"), "YoY"/"MoM", "bn/mn/k", figures in
parentheses, minus signs, fractions ("two-thirds", "one in every five dollars"), "X-fold" and
"by a factor of", widening and narrowing gaps, records and streaks.

Figures come from the preferred rows of datasets/china_dprk.csv through ``gold.py``, rounded as
writers round them, or deliberately altered (a ``note`` says how). Every verdict is computed by
``gold.py`` from the data alone, never by tradestats.check. Figures about other pairs or in yuan
are written as a reporter would quote them; they are labelled unverifiable because the data hold
no such series, and they are not checked against any source.
"""

from __future__ import annotations

from pathlib import Path

from heldoutlib import (
    FD,
    NC,
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
    said,
    setup,
    usd,
    word,
    write,
)
from suitelib import Num, cum, sp, yr

setup(
    "H5-",
    [
        "The numbers below are drawn from Chinese customs data on trade with North Korea.",
        "This note reads China's customs returns for its commerce with the DPRK.",
        "China's customs service keeps the only regular record of its trade with North Korea.",
        "What follows uses Beijing's customs statistics on trade with Pyongyang.",
    ],
)


def neg(surface: str, mantissa: str, unit: str = "million", dec: int = 1) -> Num:
    """A money figure written as a decline or a deficit: its value is negative."""
    return said(surface, mantissa, unit, dec)


def share(flow: str, whole: str, span: str):
    return m(flow, span) / m(whole, span) * 100


def ratio(flow: str, span: str, base: str):
    return m(flow, span) / m(flow, base)


def times(surface: str, value: str, dec: int = 1) -> Num:
    return word(surface, value, dec)


X, I, T = "export", "import", "total"  # noqa: E741  (the flows, as the labels name them)


# == cumulative ======================================================================================
H(
    "cumulative",
    "thinktank",
    "Here's what the numbers show: in H1 2023 China shipped $920.7m of goods to North Korea and took in $135.0m in return.",
    [
        L(X, cum(2023, 6), usd("${}m", m(X, cum(2023, 6)))),
        L(I, cum(2023, 6), usd("${}m", m(I, cum(2023, 6)))),
    ],
    "2023-07-21",
)
H(
    "cumulative",
    "headline",
    "Chart note: China–DPRK two-way trade in Q3 2016 came to $1.55bn, +3.4% YoY.",
    [
        L(T, "2016-07/2016-09", usd("${}bn", m(T, "2016-07/2016-09"), "billion", 2)),
        C(T, "2016-07/2016-09", ago("2016-07/2016-09"), pc("+{}%", "3.4")),
    ],
    "2016-10-14",
)
H(
    "cumulative",
    "wire",
    "China's exports to North Korea in the January–September period of 2020 totaled 487.33 million dollars, a decrease of 72.8% from the same period of the previous year, according to Chinese customs statistics cited by Kyodo.",
    [
        L(X, cum(2020, 9), usd("{} million dollars", m(X, cum(2020, 9)), dec=2)),
        C(X, cum(2020, 9), ago(cum(2020, 9)), pc("{}%", "-72.8")),
    ],
    "2020-10-26",
)
H(
    "cumulative",
    "broadcast",
    "Q: How much did China sell to North Korea over the whole of 2023? A: Just over two billion dollars — $2.0035bn, to be precise — roughly 140% more than in 2022.",
    [
        L(X, yr(2023), said("two billion dollars", "2", "billion"), hedge="just over"),
        L(X, yr(2023), usd("${}bn", "2.0035", "billion")),
        C(X, yr(2023), yr(2022), pc("{}%", "140", 0), hedge="roughly"),
    ],
    "2024-01-25",
)
H(
    "cumulative",
    "xinhua",
    "From January to May this year, the total import and export value of China-DPRK trade was 874.18 million US dollars, up 174 percent year-on-year, the General Administration of Customs said on Tuesday.",
    [
        L(T, cum(2023, 5), usd("{} million US dollars", m(T, cum(2023, 5)), dec=2)),
        C(T, cum(2023, 5), ago(cum(2023, 5)), pc("{} percent", "174", 0)),
    ],
    "2023-06-20",
)
H(
    "cumulative",
    "wire",
    "Over those three months they amounted to $438.4 million, roughly two and a half times the level of a year earlier.",
    [
        L(X, cum(2023, 3), usd("${} million", m(X, cum(2023, 3)))),
        R(
            X,
            cum(2023, 3),
            ago(cum(2023, 3)),
            times("two and a half times", "2.5"),
            unit="times",
            hedge="roughly",
        ),
    ],
    "2023-04-21",
    context="China's customs agency published its first-quarter figures on trade with North Korea on Thursday. Exports were the bright spot.",
)
H(
    "cumulative",
    "thinktank",
    "Year-to-date through July 2017: two-way trade $3.01bn (+10.2% YoY); imports from the North $1.04bn (−16.3% YoY).",
    [
        L(T, cum(2017, 7), usd("${}bn", m(T, cum(2017, 7)), "billion", 2)),
        C(T, cum(2017, 7), ago(cum(2017, 7)), pc("+{}%", "10.2")),
        L(I, cum(2017, 7), usd("${}bn", m(I, cum(2017, 7)), "billion", 2)),
        C(I, cum(2017, 7), ago(cum(2017, 7)), pc("−{}%", "-16.3")),
    ],
    "2017-08-24",
)
H(
    "cumulative",
    "wire",
    "In the four months to April 2019, Chinese exports to the North reached $673.7 million while purchases in the other direction came to $77.3 million.",
    [
        L(X, cum(2019, 4), usd("${} million", m(X, cum(2019, 4)))),
        L(I, cum(2019, 4), usd("${} million", m(I, cum(2019, 4)))),
    ],
    "2019-05-24",
)
H(
    "cumulative",
    "thinktank",
    "Sanctions bit hardest on the North's sales: in the opening half of 2018 China's imports from North Korea collapsed by 87.9% year on year, to $170.3 million.",
    [
        C(I, cum(2018, 6), ago(cum(2018, 6)), pc("{}%", "-87.9")),
        L(I, cum(2018, 6), usd("${} million", "170.3")),
    ],
    "2018-07-25",
    note="the level is the first half's $107.3 million with two digits transposed (170.3): wrong; the change is right",
)
H(
    "cumulative",
    "headline",
    "N. Korea-bound exports Jan.-Nov. 2023: $1.78bn, up 146.6% YoY",
    [
        L(X, cum(2023, 11), usd("${}bn", m(X, cum(2023, 11)), "billion", 2)),
        C(X, cum(2023, 11), ago(cum(2023, 11)), pc("{}%", "146.6")),
    ],
    "2023-12-20",
)
H(
    "cumulative",
    "wire",
    "Between January and November 2020, China's imports from North Korea totalled some 46.4 million US dollars (-74%), a fraction of pre-pandemic levels.",
    [
        L(I, cum(2020, 11), usd("{} million US dollars", m(I, cum(2020, 11))), hedge="some"),
        C(I, cum(2020, 11), ago(cum(2020, 11)), pc("-{}%", "-74", 0)),
    ],
    "2020-12-21",
)
H(
    "cumulative",
    "thinktank",
    "Bilateral trade for the first three quarters of 2017 was $4.03 billion, 7.5% higher than a year earlier, despite the new UN measures.",
    [
        L(T, cum(2017, 9), usd("${} billion", m(T, cum(2017, 9)), "billion", 2)),
        C(T, cum(2017, 9), ago(cum(2017, 9)), pc("{}%", "7.5")),
    ],
    "2017-10-25",
    note="7.5% is the January–August change; January–September grew 3.7%: wrong",
)
H(
    "cumulative",
    "wire",
    "In January and February combined, China–North Korea trade was worth $311.2mn, of which Chinese exports made up $249.0mn.",
    [
        L(T, cum(2024, 2), usd("${}mn", m(T, cum(2024, 2)))),
        L(X, cum(2024, 2), usd("${}mn", m(X, cum(2024, 2)))),
    ],
    "2024-03-20",
)
H(
    "cumulative",
    "thinktank",
    "Fourth-quarter 2022 trade between China and the DPRK totaled roughly $370 million, as freight trains ran again.",
    [L(T, "2022-10/2022-12", said("$370 million", "370"), hedge="roughly")],
    "2023-01-30",
)
H(
    "cumulative",
    "xinhua",
    "According to customs statistics, in the first quarter of 2013 China's exports to the DPRK were 720 million U.S. dollars, down 13.8 percent, while imports rose 2.5 percent to 590 million U.S. dollars.",
    [
        L(X, cum(2013, 3), said("720 million U.S. dollars", "720")),
        C(X, cum(2013, 3), ago(cum(2013, 3)), pc("{} percent", "-13.8")),
        C(I, cum(2013, 3), ago(cum(2013, 3)), pc("{} percent", "2.5")),
        L(I, cum(2013, 3), said("590 million U.S. dollars", "590")),
    ],
    "2013-04-20",
)
H(
    "cumulative",
    "headline",
    "Jan–Jun 2020 | exports to DPRK $383m (−66.5%) | imports $27.4m | total $412m (−67%)",
    [
        L(X, cum(2020, 6), said("$383m", "383")),
        C(X, cum(2020, 6), ago(cum(2020, 6)), pc("−{}%", "-66.5")),
        L(I, cum(2020, 6), usd("${}m", m(I, cum(2020, 6)))),
        L(T, cum(2020, 6), said("$412m", "412")),
        C(T, cum(2020, 6), ago(cum(2020, 6)), pc("−{}%", "-67", 0)),
    ],
    "2020-07-20",
)
H(
    "cumulative",
    "thinktank",
    "Chinese purchases of North Korean goods over January through May 2017 ($692m) were 23.6% above the year-earlier level.",
    [
        L(I, cum(2017, 5), said("$692m", "692")),
        C(I, cum(2017, 5), ago(cum(2017, 5)), pc("{}%", "23.6"), direction="up"),
    ],
    "2017-06-23",
    note="the change was a fall of 23.6%; 'above' gives the wrong direction: wrong",
)
H(
    "cumulative",
    "wire",
    "TOKYO — Trade between China and North Korea in the January–June period of 2024 amounted to 971 million dollars, a decrease of 8% from the same period of the previous year, Chinese customs data showed.",
    [
        L(T, cum(2024, 6), said("971 million dollars", "971")),
        C(T, cum(2024, 6), ago(cum(2024, 6)), pc("{}%", "-8", 0)),
    ],
    "2024-07-19",
)
H(
    "cumulative",
    "broadcast",
    "So from the start of the year through October, the two countries traded one-point-nine-five billion dollars' worth of goods — that's down about 55 percent.",
    [
        L(T, cum(2018, 10), said("one-point-nine-five billion dollars", "1.95", "billion", 2)),
        C(T, cum(2018, 10), ago(cum(2018, 10)), word("55 percent", "-55"), hedge="about"),
    ],
    "2018-11-23",
)
H(
    "cumulative",
    "thinktank",
    "The 2022 annual figures close the loop: exports of $894.0 million (+244% YoY), imports of $133.7 million (+131%), and a total of $1.03 billion.",
    [
        L(X, yr(2022), usd("${} million", m(X, yr(2022)))),
        C(X, yr(2022), yr(2021), pc("+{}%", "244", 0)),
        L(I, yr(2022), usd("${} million", m(I, yr(2022)))),
        C(I, yr(2022), yr(2021), pc("+{}%", "131", 0)),
        L(T, yr(2022), usd("${} billion", m(T, yr(2022)), "billion", 2)),
    ],
    "2023-01-20",
)
H(
    "cumulative",
    "wire",
    "In the year's first half, Chinese shipments to the North came to US$1.14 billion, 15.5% more than in H1 2018, while imports were up 12% at US$108.4 million.",
    [
        L(X, cum(2019, 6), usd("US${} billion", m(X, cum(2019, 6)), "billion", 2)),
        C(X, cum(2019, 6), ago(cum(2019, 6)), pc("{}%", "15.5")),
        C(I, cum(2019, 6), ago(cum(2019, 6)), pc("{}%", "12", 0)),
        L(I, cum(2019, 6), usd("US${} million", m(I, cum(2019, 6)))),
    ],
    "2019-07-19",
)
H(
    "cumulative",
    "xinhua",
    "In the first eight months, total trade reached 1.43 billion U.S. dollars, an increase of 189 percent over the same period last year.",
    [
        L(T, cum(2023, 8), usd("{} billion U.S. dollars", m(T, cum(2023, 8)), "billion", 2)),
        C(T, cum(2023, 8), ago(cum(2023, 8)), pc("{} percent", "189", 0)),
    ],
    "2023-09-20",
    context="China and the DPRK have steadily restored trade since the border reopened.",
)
H(
    "cumulative",
    "wire",
    "Exports to North Korea totalled $537.8 million in January-April 2024, down 8.5%, and shipments for the full year eventually reached $1.83 billion.",
    [
        L(X, cum(2024, 4), usd("${} million", m(X, cum(2024, 4)))),
        C(X, cum(2024, 4), ago(cum(2024, 4)), pc("{}%", "-8.5")),
        L(X, yr(2024), usd("${} billion", m(X, yr(2024)), "billion", 2)),
    ],
    "2025-01-22",
)


# == two_figures =====================================================================================
H(
    "two_figures",
    "headline",
    "Chart: China's exports to N. Korea, $m, 2020–2024 — 491.1 / 260.2 / 894.0 / 2,003.5 / 1,830.0",
    [
        L(X, yr(2020), said("491.1", "491.1", dec=1)),
        L(X, yr(2021), said("260.2", "260.2", dec=1)),
        L(X, yr(2022), said("894.0", "894.0", dec=1)),
        L(X, yr(2023), said("2,003.5", "2003.5", dec=1)),
        L(X, yr(2024), said("1,830.0", "1830.0", dec=1)),
    ],
    "2025-02-03",
)
H(
    "two_figures",
    "wire",
    "Chinese exports to the North slipped from $165.6m in May 2023 to $154.7m in June, while imports went the other way, from $23.9m to $29.5m.",
    [
        L(X, sp("2023-05"), usd("${}m", m(X, sp("2023-05")))),
        L(X, sp("2023-06"), usd("${}m", m(X, sp("2023-06"))), direction="down", base=sp("2023-05")),
        L(I, sp("2023-05"), usd("${}m", m(I, sp("2023-05")))),
        L(I, sp("2023-06"), usd("${}m", m(I, sp("2023-06"))), direction="up", base=sp("2023-05")),
    ],
    "2023-07-20",
)
H(
    "two_figures",
    "broadcast",
    "Monthly trade went from 60.87 million dollars in February 2022 to 60.5 million in March, and then jumped to 102.34 million in April.",
    [
        L(T, sp("2022-02"), usd("{} million dollars", m(T, sp("2022-02")), dec=2)),
        L(T, sp("2022-03"), usd("{} million", m(T, sp("2022-03")))),
        L(
            T,
            sp("2022-04"),
            usd("{} million", m(T, sp("2022-04")), dec=2),
            direction="up",
            base=sp("2022-03"),
        ),
    ],
    "2022-05-20",
)
H(
    "two_figures",
    "thinktank",
    "China's exports and imports for Q3 2016 were $740 million and $810 million, respectively.",
    [
        L(X, "2016-07/2016-09", said("$740 million", "740")),
        L(I, "2016-07/2016-09", said("$810 million", "810")),
    ],
    "2016-11-02",
    note="the two figures are swapped (exports were $810 million, imports $740 million): both wrong",
)
H(
    "two_figures",
    "wire",
    "The contrast was stark: total trade of $1.76 million in February 2021 against $14.29 million in March.",
    [
        L(T, sp("2021-02"), usd("${} million", m(T, sp("2021-02")), dec=2)),
        L(T, sp("2021-03"), usd("${} million", m(T, sp("2021-03")), dec=2)),
    ],
    "2021-04-20",
    context="Trade between China and North Korea began to stir in spring 2021.",
)
H(
    "two_figures",
    "thinktank",
    "Exports to the North in 2021 ($260.2 million) were barely more than half those of 2020 ($491.1 million).",
    [
        L(X, yr(2021), usd("${} million", m(X, yr(2021)))),
        L(X, yr(2020), usd("${} million", m(X, yr(2020)))),
        R(
            X,
            yr(2021),
            yr(2020),
            word("half", "50"),
            rung_kind="fraction",
            hedge="more than",
        ),
    ],
    "2022-02-15",
)
H(
    "two_figures",
    "wire",
    "Chinese exports climbed from $57.0 million in March 2022 to $98.1 million in May.",
    [
        L(X, sp("2022-03"), usd("${} million", m(X, sp("2022-03")))),
        L(X, sp("2022-05"), usd("${} million", "98.1"), direction="up", base=sp("2022-03")),
    ],
    "2022-06-20",
    note="$98.1 million is April's figure; May's exports were $14.5 million, lower than March: wrong",
)
H(
    "two_figures",
    "headline",
    "China's imports from N. Korea, Oct.→Nov. 2022: $21.4m → $11.8m (−45% MoM)",
    [
        L(I, sp("2022-10"), usd("${}m", m(I, sp("2022-10")))),
        L(I, sp("2022-11"), usd("${}m", m(I, sp("2022-11"))), direction="down", base=sp("2022-10")),
        C(I, sp("2022-11"), sp("2022-10"), pc("−{}%", "-45", 0)),
    ],
    "2022-12-20",
)
H(
    "two_figures",
    "thinktank",
    "The annual total eased from $6.55bn in 2013 to $6.36bn in 2014.",
    [
        L(T, yr(2013), usd("${}bn", m(T, yr(2013)), "billion", 2)),
        L(T, yr(2014), usd("${}bn", m(T, yr(2014)), "billion", 2), direction="down", base=yr(2013)),
    ],
    "2015-03-10",
    context="North Korea's trade with China peaked before the 2016 sanctions.",
)
H(
    "two_figures",
    "broadcast",
    "Q: And for 2024? A: Exports of $1.83 billion, imports of $350 million, so a combined $2.18 billion.",
    [
        L(X, yr(2024), usd("${} billion", m(X, yr(2024)), "billion", 2)),
        L(I, yr(2024), said("$350 million", "350")),
        L(T, yr(2024), usd("${} billion", m(T, yr(2024)), "billion", 2)),
    ],
    "2025-01-23",
    context="Q: Let's talk about China and North Korea. What do last year's customs numbers look like?",
)
H(
    "two_figures",
    "wire",
    "In 2017 China exported $3.245bn of goods to North Korea versus imports of $1.731bn; in 2016 the figures had been $2.84bn and $2.54bn.",
    [
        L(X, yr(2017), said("$3.245bn", "3.245", "billion", 3)),
        L(I, yr(2017), said("$1.731bn", "1.731", "billion", 3)),
        L(X, yr(2016), usd("${}bn", m(X, yr(2016)), "billion", 2)),
        L(I, yr(2016), usd("${}bn", m(I, yr(2016)), "billion", 2)),
    ],
    "2018-01-26",
)
H(
    "two_figures",
    "thinktank",
    "Shipments to the DPRK stood at US$227.45m in October 2018 and US$227.7m in November: flat, for practical purposes.",
    [
        L(X, sp("2018-10"), usd("US${}m", m(X, sp("2018-10")), dec=2)),
        L(X, sp("2018-11"), usd("US${}m", m(X, sp("2018-11")))),
    ],
    "2018-12-24",
)
H(
    "two_figures",
    "wire",
    "Trade volumes for June and July 2024 came in at $178.5 million and $144.8 million.",
    [
        L(T, sp("2024-06"), said("$178.5 million", "178.5", dec=1)),
        L(T, sp("2024-07"), said("$144.8 million", "144.8", dec=1)),
    ],
    "2024-08-20",
    context="China and North Korea traded less in mid-2024.",
)
H(
    "two_figures",
    "broadcast",
    "In August 2020, exports fell to 19.3 million dollars from 65.87 million dollars in July, a decrease of about 71%, NHK reported, citing Chinese customs.",
    [
        L(
            X,
            sp("2020-08"),
            usd("{} million dollars", m(X, sp("2020-08"))),
            direction="down",
            base=sp("2020-07"),
        ),
        L(X, sp("2020-07"), usd("{} million dollars", m(X, sp("2020-07")), dec=2)),
        C(X, sp("2020-08"), sp("2020-07"), pc("{}%", "-71", 0), hedge="about"),
    ],
    "2020-09-19",
    context="China's exports to North Korea dropped sharply in the summer of 2020.",
)
H(
    "two_figures",
    "xinhua",
    "China exported 240 million US dollars of goods to the DPRK and imported 200 million US dollars from it in January, up 14.5 percent and 13.3 percent respectively.",
    [
        L(X, sp("2017-01"), said("240 million US dollars", "240")),
        L(I, sp("2017-01"), said("200 million US dollars", "200")),
        C(X, sp("2017-01"), ago(sp("2017-01")), pc("{} percent", "14.5")),
        C(I, sp("2017-01"), ago(sp("2017-01")), pc("{} percent", "13.3")),
    ],
    "2017-02-23",
)
H(
    "two_figures",
    "wire",
    "Imports from the North reached $12.0 million in July 2022 and $18.78 million the following month.",
    [
        L(I, sp("2022-07"), said("$12.0 million", "12.0", dec=1)),
        L(I, sp("2022-08"), usd("${} million", m(I, sp("2022-08")), dec=2)),
    ],
    "2022-09-20",
)
H(
    "two_figures",
    "thinktank",
    "Total trade was $199.98 million in April 2023 and $189.57 million in May, the two months either side of the $190 million mark.",
    [
        L(T, sp("2023-04"), usd("${} million", m(T, sp("2023-04")), dec=2)),
        L(T, sp("2023-05"), usd("${} million", m(T, sp("2023-05")), dec=2)),
    ],
    "2023-06-21",
    non=[NC("$190 million", "a threshold the figures are compared with, not a figure of a period")],
)
H(
    "two_figures",
    "wire",
    "China's imports from North Korea were $20.1 million in January 2019 and $22.72 million in April, between which they dipped in February and March.",
    [
        L(I, sp("2019-01"), usd("${} million", m(I, sp("2019-01")))),
        L(I, sp("2019-04"), usd("${} million", "22.72")),
    ],
    "2019-05-21",
    note="April's imports were $22.27 million, written $22.72 million (digits swapped): wrong",
)


# == relative_dates ==================================================================================
H(
    "relative_dates",
    "wire",
    "Last month China sold $198.2 million worth of goods to North Korea, 18.3% more than in October, customs data released on Wednesday showed.",
    [
        L(X, sp("2023-11"), usd("${} million", m(X, sp("2023-11")))),
        C(X, sp("2023-11"), sp("2023-10"), pc("{}%", "18.3")),
    ],
    "2023-12-20",
)
H(
    "relative_dates",
    "thinktank",
    "Monday's release put April's exports to the North at $164.9m, 28.9% above March.",
    [
        L(X, sp("2024-04"), usd("${}m", m(X, sp("2024-04")))),
        C(X, sp("2024-04"), sp("2024-03"), pc("{}%", "28.9")),
    ],
    "2024-05-20",
    context="Chinese customs publishes a country breakdown, including North Korea, each month.",
)
H(
    "relative_dates",
    "wire",
    "The October figure for Chinese imports from the North, $21.42 million, was 51% higher than the month before.",
    [
        L(I, sp("2022-10"), usd("${} million", m(I, sp("2022-10")), dec=2)),
        C(I, sp("2022-10"), sp("2022-09"), pc("{}%", "51", 0)),
    ],
    "2022-11-18",
)
H(
    "relative_dates",
    "wire",
    "For last year as a whole, trade between the neighbours amounted to just $539.1 million, 80.7% below the year before.",
    [
        L(T, yr(2020), usd("${} million", m(T, yr(2020))), hedge="just"),
        C(T, yr(2020), "2019-01/2019-12", pc("{}%", "-80.7")),
    ],
    "2021-01-20",
    context="China and North Korea closed their border in January 2020.",
)
H(
    "relative_dates",
    "xinhua",
    "Last year's imports from the DPRK, 350 million US dollars, were 19.1 percent higher than in 2023.",
    [
        L(I, yr(2024), said("350 million US dollars", "350")),
        C(I, yr(2024), yr(2023), pc("{} percent", "19.1")),
    ],
    "2025-01-20",
    context="China's customs administration released its full-year country data for trade with the DPRK.",
)
H(
    "relative_dates",
    "wire",
    "Shipments from China into North Korea last month hit $165.8 million, Thursday's customs release indicated.",
    [L(X, sp("2023-03"), usd("${} million", m(X, sp("2023-04"))))],
    "2023-04-20",
    note="'last month' at an April 20 dateline is March ($137.9 million); $165.8 million is April's figure, not yet published: wrong",
)
H(
    "relative_dates",
    "wire",
    "China's imports from North Korea in the sixth month of this year were 2 million dollars, an increase of 10.0% from the same month of the previous year.",
    [
        L(I, sp("2022-06"), said("2 million dollars", "2")),
        C(
            I,
            sp("2022-06"),
            ago(sp("2022-06")),
            pc("{}%", chg(I, sp("2022-06"), ago(sp("2022-06")))),
        ),
    ],
    "2022-07-20",
)
H(
    "relative_dates",
    "wire",
    "December's exports, at $122.35 million, were 7% higher than November's, the customs office said.",
    [
        L(X, sp("2022-12"), usd("${} million", m(X, sp("2022-12")), dec=2)),
        C(X, sp("2022-12"), sp("2022-11"), pc("{}%", "7", 0)),
    ],
    "2023-01-18",
    context="China's trade with North Korea kept recovering at the end of 2022.",
)
H(
    "relative_dates",
    "yonhap",
    "China's outbound shipments to North Korea in September amounted to US$55.6 million, up 147 percent from August, according to the data.",
    [
        L(X, sp("2021-09"), usd("US${} million", m(X, sp("2021-09")))),
        C(X, sp("2021-09"), sp("2021-08"), pc("{} percent", "147", 0)),
    ],
    "2021-10-18",
)
H(
    "relative_dates",
    "wire",
    "Last month, China's exports to North Korea came to $217.2 million, Chinese customs figures released on Friday show.",
    [L(X, sp("2018-06"), said("$217.2 million", "217.2", dec=1))],
    "2018-07-13",
    note="'last month' at a July 13 dateline is June ($204.2 million); $217.2 million is May's: wrong",
)
H(
    "relative_dates",
    "thinktank",
    "Two-way trade last month was $218.8m, the figures published on Wednesday show.",
    [L(T, sp("2024-10"), said("$218.8m", "218.8", dec=1))],
    "2024-11-20",
)
H(
    "relative_dates",
    "wire",
    "September imports: $145.82 million, or 37.8% less than in September last year.",
    [
        L(I, sp("2017-09"), usd("${} million", m(I, sp("2017-09")), dec=2)),
        C(I, sp("2017-09"), ago(sp("2017-09")), pc("{}%", "-37.8")),
    ],
    "2017-10-24",
)
H(
    "relative_dates",
    "yonhap",
    "In the first half of this year, bilateral trade totaled $65.72 million, an 84 percent drop from the same period of 2020.",
    [
        L(T, cum(2021, 6), usd("${} million", m(T, cum(2021, 6)), dec=2)),
        C(T, cum(2021, 6), ago(cum(2021, 6)), pc("{} percent", "-84", 0)),
    ],
    "2021-07-20",
    context="China's trade with North Korea stayed close to nothing in 2021.",
)
H(
    "relative_dates",
    "wire",
    "Last month's exports were 210 million dollars, an increase of 1.4% from the same month of the previous year, according to figures from Chinese customs.",
    [
        L(X, sp("2016-01"), said("210 million dollars", "210")),
        C(X, sp("2016-01"), ago(sp("2016-01")), pc("{}%", "1.4")),
    ],
    "2016-02-22",
    context="China's trade with North Korea held up at the start of 2016.",
)
H(
    "relative_dates",
    "thinktank",
    "The year before last, Chinese exports to North Korea were $894m; last year they were $2.0bn.",
    [L(X, yr(2022), said("$894m", "894")), L(X, yr(2023), said("$2.0bn", "2.0", "billion", 1))],
    "2024-03-01",
    context="China is North Korea's dominant trading partner.",
)
H(
    "relative_dates",
    "wire",
    "This year's imports from the North, through November, came to $266.5 million, up 132.7%.",
    [
        L(I, cum(2023, 11), usd("${} million", m(I, cum(2023, 11)))),
        C(I, cum(2023, 11), ago(cum(2023, 11)), pc("{}%", "132.7")),
    ],
    "2023-12-20",
    context="China's customs agency gave its country figures for North Korea on Wednesday.",
)
H(
    "relative_dates",
    "wire",
    "Last year China's exports to North Korea plunged to just $260.2 million, and this January they were a mere $29,000.",
    [
        L(X, yr(2021), usd("${} million", m(X, yr(2021))), hedge="just"),
        L(X, sp("2022-01"), said("$29,000", "29", "thousand"), hedge="a mere"),
    ],
    "2022-02-18",
    note="$29,000 is the figure for January 2021; January 2022's exports were $57.45 million: wrong",
)
H(
    "relative_dates",
    "broadcast",
    "Last year's two-way trade came to about two point three billion dollars, more than double the previous year.",
    [
        L(T, yr(2023), said("two point three billion dollars", "2.3", "billion", 1), hedge="about"),
        R(
            T,
            yr(2023),
            yr(2022),
            times("double", "2", 0),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
    ],
    "2024-01-19",
    context="China's trade with North Korea grew strongly in 2023.",
)
H(
    "relative_dates",
    "wire",
    "China's exports to the North in the latest month, November, came to $243.6 million, customs figures show.",
    [L(X, sp("2025-11"), said("$243.6 million", "243.6", dec=1))],
    "2025-12-18",
)


# == perspective =====================================================================================
H(
    "perspective",
    "wire",
    "Pyongyang's shipments to its neighbour earned it $291.9 million in 2023, Chinese data show.",
    [L(I, yr(2023), usd("${} million", m(I, yr(2023))))],
    "2024-01-22",
)
H(
    "perspective",
    "thinktank",
    "What Chinese buyers paid for North Korean goods in May 2024 ($30.96m) was small beside the $150.4m of Chinese goods going the other way.",
    [
        L(I, sp("2024-05"), usd("${}m", m(I, sp("2024-05")), dec=2)),
        L(X, sp("2024-05"), usd("${}m", m(X, sp("2024-05")))),
    ],
    "2024-06-20",
)
H(
    "perspective",
    "thinktank",
    "By that measure, the North bought $1.83bn of Chinese goods last year and sold just $350m.",
    [
        L(X, yr(2024), usd("${}bn", m(X, yr(2024)), "billion", 2)),
        L(I, yr(2024), said("$350m", "350"), hedge="just"),
    ],
    "2025-02-10",
    context="North Korea's customs office publishes nothing. Its trade with China has to be read off Chinese data.",
)
H(
    "perspective",
    "wire",
    "North Korea's exports to China hit $198.2 million in November 2023, according to Beijing's customs agency.",
    [L(I, sp("2023-11"), said("$198.2 million", "198.2", dec=1))],
    "2023-12-21",
    note="$198.2 million is what China exported to North Korea; the North's exports to China were $26.1 million: wrong flow",
)
H(
    "perspective",
    "wire",
    "DANDONG, China — Goods crossing the Yalu into North Korea were worth $132.4 million in October 2022, according to Chinese customs.",
    [L(X, sp("2022-10"), usd("${} million", m(X, sp("2022-10"))))],
    "2022-11-21",
)
H(
    "perspective",
    "thinktank",
    "They came to $37.6 million in December 2024, the customs returns show.",
    [L(I, sp("2024-12"), usd("${} million", m(I, sp("2024-12"))))],
    "2025-01-21",
    context="China's purchases from North Korea are dominated by wigs and false eyelashes. Hair products alone make up most of the value.",
)
H(
    "perspective",
    "xinhua",
    "The DPRK's exports to China in 2022 were valued at 133.68 million U.S. dollars.",
    [L(I, yr(2022), usd("{} million U.S. dollars", m(I, yr(2022)), dec=2))],
    "2023-01-20",
)
H(
    "perspective",
    "thinktank",
    "Flip the view: for North Korea, China was the buyer of $57.9 million of goods in 2021 and the seller of $260.2 million.",
    [
        L(I, yr(2021), usd("${} million", m(I, yr(2021)))),
        L(X, yr(2021), usd("${} million", m(X, yr(2021)))),
    ],
    "2022-01-25",
)
H(
    "perspective",
    "thinktank",
    "The former reached $2.0bn for the year, roughly back where it was before the pandemic.",
    [L(X, yr(2023), said("$2.0bn", "2.0", "billion", 1))],
    "2024-01-30",
    context="China's exports to North Korea rebounded in 2023. Imports, by contrast, stayed small.",
)
H(
    "perspective",
    "thinktank",
    "The latter, at $291.9 million, remained a fraction of the pre-2017 level.",
    [L(I, yr(2023), usd("${} million", m(I, yr(2023))))],
    "2024-01-30",
    context="China's exports to North Korea rebounded in 2023. Imports from the North, by contrast, stayed small.",
)
H(
    "perspective",
    "wire",
    "North Korean sales to China fell to $0.75 million in May 2021, while Chinese sales to the North were $2.71 million.",
    [
        L(
            I,
            sp("2021-05"),
            usd("${} million", m(I, sp("2021-05")), dec=2),
            direction="down",
            base=sp("2021-04"),
        ),
        L(X, sp("2021-05"), usd("${} million", m(X, sp("2021-05")), dec=2)),
    ],
    "2021-06-18",
)
H(
    "perspective",
    "yonhap",
    "SEOUL, Aug. 21 (Yonhap) -- The North's purchases from China in July were worth US$59.74 million, while its own shipments across the border came to US$12 million.",
    [
        L(X, sp("2022-07"), usd("US${} million", m(X, sp("2022-07")), dec=2)),
        L(I, sp("2022-07"), said("US$12 million", "12")),
    ],
    "2022-08-21",
)
H(
    "perspective",
    "wire",
    "Pyongyang earned $2.93 billion from sales to China in 2013, and spent $3.63 billion on Chinese goods.",
    [
        L(I, yr(2013), usd("${} billion", m(I, yr(2013)), "billion", 2)),
        L(X, yr(2013), usd("${} billion", m(X, yr(2013)), "billion", 2)),
    ],
    "2014-02-10",
)
H(
    "perspective",
    "thinktank",
    "Seen from Pyongyang, imports from China in 2016 were $2.54 billion.",
    [L(X, yr(2016), said("$2.54 billion", "2.54", "billion", 2))],
    "2017-02-20",
    note="the North's imports from China are China's exports ($2.84 billion); $2.54 billion is China's imports from the North: wrong flow",
)
H(
    "perspective",
    "wire",
    "Its exports to China, mostly hair products, came to $29.09 million in April.",
    [L(I, sp("2024-04"), usd("${} million", m(I, sp("2024-04")), dec=2))],
    "2024-05-20",
    context="North Korea's trade with China has settled into a pattern. The North sells little.",
)
H(
    "perspective",
    "broadcast",
    "For the North, what it bought from China in October 2019 came to two hundred seventy-one million dollars.",
    [L(X, sp("2019-10"), said("two hundred seventy-one million dollars", "271"))],
    "2019-11-22",
)
H(
    "perspective",
    "wire",
    "Beijing's customs data put North Korea's imports from China at $168.0 million in January 2019, before a drop to $89.0 million a month later.",
    [
        L(X, sp("2019-01"), said("$168.0 million", "168.0", dec=1)),
        L(X, sp("2019-02"), usd("${} million", m(X, sp("2019-02")))),
    ],
    "2019-03-25",
    non=[],
)


# == broadcast_numbers ===============================================================================
H(
    "broadcast_numbers",
    "broadcast",
    "China's exports to the North came to one-point-eight-three billion dollars last year, according to Chinese customs.",
    [L(X, yr(2024), said("one-point-eight-three billion dollars", "1.83", "billion", 2))],
    "2025-01-21",
)
H(
    "broadcast_numbers",
    "broadcast",
    "In February 2018, imports from North Korea were just nine-point-four-two million dollars.",
    [L(I, sp("2018-02"), said("nine-point-four-two million dollars", "9.42", dec=2), hedge="just")],
    "2018-03-23",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Total trade in twenty twenty-three: two-point-three billion dollars, give or take.",
    [L(T, yr(2023), said("two-point-three billion dollars", "2.3", "billion", 1))],
    "2024-01-19",
    context="Here is a quick look at China's trade with North Korea.",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Chinese exports to the North in November were a hundred and ninety-eight million dollars, up about eighteen percent on October.",
    [
        L(X, sp("2023-11"), said("a hundred and ninety-eight million dollars", "198")),
        C(X, sp("2023-11"), sp("2023-10"), word("eighteen percent", "18"), hedge="about"),
    ],
    "2023-12-20",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Back in twenty thirteen, trade between China and North Korea reached six-point-five billion dollars, a record at the time.",
    [L(T, yr(2013), said("six-point-five billion dollars", "6.5", "billion", 1))],
    "2017-04-12",
)
H(
    "broadcast_numbers",
    "broadcast",
    "February's trade came in at sixty-one million dollars, down from seventy-five-point-four million in January.",
    [
        L(
            T,
            sp("2022-02"),
            said("sixty-one million dollars", "61"),
            direction="down",
            base=sp("2022-01"),
        ),
        L(T, sp("2022-01"), said("seventy-five-point-four million", "75.4", dec=1)),
    ],
    "2022-03-18",
    context="Now to China and North Korea, where trade picked up after the freight trains resumed.",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Over the first nine months, Chinese exports to the North shrank by seventy-two-point-eight per cent.",
    [C(X, cum(2020, 9), ago(cum(2020, 9)), word("seventy-two-point-eight per cent", "-72.8", 1))],
    "2020-10-20",
    context="China's trade with North Korea collapsed during the pandemic.",
)
H(
    "broadcast_numbers",
    "thinktank",
    "Total 2024: $2,18bn (exports $1,83bn; imports $0,35bn).",
    [
        L(T, yr(2024), said("$2,18bn", "2.18", "billion", 2)),
        L(X, yr(2024), said("$1,83bn", "1.83", "billion", 2)),
        L(I, yr(2024), said("$0,35bn", "0.35", "billion", 2)),
    ],
    "2025-02-05",
    context="China–North Korea trade, summary table as supplied by a European analyst:",
)
H(
    "broadcast_numbers",
    "wire",
    "The trade volume hit 230.87 million US dollars in May 2018, up from 173.7 million US dollars in April.",
    [
        L(
            T,
            sp("2018-05"),
            usd("{} million US dollars", m(T, sp("2018-05")), dec=2),
            direction="up",
            base=sp("2018-04"),
        ),
        L(T, sp("2018-04"), usd("{} million US dollars", m(T, sp("2018-04")))),
    ],
    "2018-06-22",
)
H(
    "broadcast_numbers",
    "headline",
    "China exports to DPRK: USD 0.15 mn in Nov 2020",
    [L(X, sp("2020-11"), said("USD 0.15 mn", "0.15", dec=2))],
    "2020-12-18",
)
H(
    "broadcast_numbers",
    "thinktank",
    "January 2021: exports $29k, imports $1,484k.",
    [
        L(X, sp("2021-01"), said("$29k", "29", "thousand")),
        L(I, sp("2021-01"), said("$1,484k", "1484", "thousand")),
    ],
    "2021-02-20",
    context="China's customs figures for trade with North Korea, in thousands of dollars:",
)
H(
    "broadcast_numbers",
    "broadcast",
    "In January and February together, trade was three-point-three million dollars, a drop of ninety-eight-point-four percent.",
    [
        L(T, cum(2021, 2), said("three-point-three million dollars", "3.3", dec=1)),
        C(T, cum(2021, 2), ago(cum(2021, 2)), word("ninety-eight-point-four percent", "-98.4", 1)),
    ],
    "2021-03-19",
    context="China's trade with North Korea all but stopped at the start of 2021.",
)
H(
    "broadcast_numbers",
    "broadcast",
    "October's total was one hundred and fifty-three point eight six million dollars, as the trains kept running.",
    [
        L(
            T,
            sp("2022-10"),
            said("one hundred and fifty-three point eight six million dollars", "153.86", dec=2),
        )
    ],
    "2022-11-18",
    context="China's trade with North Korea rose again in October.",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Chinese shipments to the North slumped to eighty-nine million dollars in February 2019.",
    [
        L(
            X,
            sp("2019-02"),
            said("eighty-nine million dollars", "89"),
            direction="down",
            base=sp("2019-01"),
        )
    ],
    "2019-03-22",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Imports from the North in March 2020 were just six hundred and sixteen thousand dollars.",
    [
        L(
            I,
            sp("2020-03"),
            said("six hundred and sixteen thousand dollars", "616", "thousand"),
            hedge="just",
        )
    ],
    "2020-04-20",
)
H(
    "broadcast_numbers",
    "broadcast",
    "And exports? Those came to two hundred and eighteen-point-seven million dollars.",
    [
        L(
            X,
            sp("2019-04"),
            said("two hundred and eighteen-point-seven million dollars", "218.7", dec=1),
        )
    ],
    "2019-05-22",
    context="China's imports from North Korea were modest in April 2019.",
)
H(
    "broadcast_numbers",
    "broadcast",
    "That's two hundred twenty-four point three million dollars in November, up sixteen point six percent from October.",
    [
        L(
            T,
            sp("2023-11"),
            said("two hundred twenty-four point three million dollars", "224.3", dec=1),
        ),
        C(T, sp("2023-11"), sp("2023-10"), word("sixteen point six percent", "16.6", 1)),
    ],
    "2023-12-21",
    context="Trade between China and North Korea kept climbing late in 2023.",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Exports to North Korea last month were fifty-eight point six million dollars, up a hundred and sixty-eight point six percent from April.",
    [
        L(X, sp("2020-05"), said("fifty-eight point six million dollars", "58.6", dec=1)),
        C(
            X,
            sp("2020-05"),
            sp("2020-04"),
            word("a hundred and sixty-eight point six percent", "168.6", 1),
        ),
    ],
    "2020-06-19",
    context="China's customs agency released its May trade figures for North Korea.",
)
H(
    "broadcast_numbers",
    "headline",
    "China-DPRK trade Q1 2023 $485.85mn, +147pc",
    [
        L(T, cum(2023, 3), usd("${}mn", m(T, cum(2023, 3)), dec=2)),
        C(T, cum(2023, 3), ago(cum(2023, 3)), word("147pc", "147", 0)),
    ],
    "2023-04-20",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Exports in December were two hundred and thirty-one million dollars, customs said.",
    [L(X, sp("2025-12"), said("two hundred and thirty-one million dollars", "231"))],
    "2026-01-20",
    note="December (2025, from the dateline) exports were $257.4 million; 231 is a wrong value: wrong",
    context="China's customs agency gave its December trade figures for North Korea.",
)


# == level_direction =================================================================================
H(
    "level_direction",
    "wire",
    "China's exports to the North eased to $150.4 million in May 2024 from April's $164.9 million.",
    [
        L(
            X,
            sp("2024-05"),
            usd("${} million", m(X, sp("2024-05"))),
            direction="down",
            base=sp("2024-04"),
        ),
        L(X, sp("2024-04"), usd("${} million", m(X, sp("2024-04")))),
    ],
    "2024-06-20",
)
H(
    "level_direction",
    "wire",
    "Imports from North Korea ticked higher in March 2024, to $30.02m, from February.",
    [
        L(
            I,
            sp("2024-03"),
            usd("${}m", m(I, sp("2024-03")), dec=2),
            direction="up",
            base=sp("2024-02"),
        )
    ],
    "2024-04-19",
)
H(
    "level_direction",
    "wire",
    "Total trade retreated in September 2024 to $202.0 million from August, customs data showed.",
    [
        L(
            T,
            sp("2024-09"),
            said("$202.0 million", "202.0", dec=1),
            direction="down",
            base=sp("2024-08"),
        )
    ],
    "2024-10-21",
    note="September's $202.0 million was up from August's $177.1 million; 'retreated' is the wrong direction: wrong",
)
H(
    "level_direction",
    "wire",
    "Chinese shipments to the North plunged to a mere $0.25 million in October 2020, from $18.88 million in September.",
    [
        L(
            X,
            sp("2020-10"),
            usd("${} million", m(X, sp("2020-10")), dec=2),
            hedge="a mere",
            direction="down",
            base=sp("2020-09"),
        ),
        L(X, sp("2020-09"), usd("${} million", m(X, sp("2020-09")), dec=2)),
    ],
    "2020-11-20",
)
H(
    "level_direction",
    "yonhap",
    "Imports rebounded to US$14.27 million in September 2021 from August's US$6.24 million.",
    [
        L(
            I,
            sp("2021-09"),
            usd("US${} million", m(I, sp("2021-09")), dec=2),
            direction="up",
            base=sp("2021-08"),
        ),
        L(I, sp("2021-08"), usd("US${} million", m(I, sp("2021-08")), dec=2)),
    ],
    "2021-10-20",
)
H(
    "level_direction",
    "thinktank",
    "China–North Korea trade climbed to $257 million in December 2023, from $224.3 million in November.",
    [
        L(T, sp("2023-12"), said("$257 million", "257"), direction="up", base=sp("2023-11")),
        L(T, sp("2023-11"), usd("${} million", m(T, sp("2023-11")))),
    ],
    "2024-01-22",
)
H(
    "level_direction",
    "wire",
    "Exports jumped to $271.2m in May 2018 from April, the data showed.",
    [L(X, sp("2018-05"), said("$271.2m", "271.2", dec=1), direction="up", base=sp("2018-04"))],
    "2018-06-22",
    context="China's exports to North Korea rose in May 2018.",
    note="May's exports were $217.2 million; the digits are transposed (271.2): wrong",
)
H(
    "level_direction",
    "wire",
    "Trade between the two countries sank to $1.27 million in November 2020.",
    [L(T, sp("2020-11"), usd("${} million", m(T, sp("2020-11")), dec=2))],
    "2020-12-20",
    context="China's trade with North Korea dried up as Pyongyang sealed its border.",
)
H(
    "level_direction",
    "wire",
    "Exports were 113.88 million dollars, a decrease from the previous month, while imports fell to 11.84 million dollars.",
    [
        L(
            X,
            sp("2022-11"),
            usd("{} million dollars", m(X, sp("2022-11")), dec=2),
            direction="down",
            base=sp("2022-10"),
        ),
        L(
            I,
            sp("2022-11"),
            usd("{} million dollars", m(I, sp("2022-11")), dec=2),
            direction="down",
            base=sp("2022-10"),
        ),
    ],
    "2022-12-20",
    context="China's November trade with North Korea, according to Chinese customs, was as follows.",
)
H(
    "level_direction",
    "thinktank",
    "Imports surged to $288.3 million in August 2017 from $156.3 million in July, as buyers rushed to beat the coal and iron ban.",
    [
        L(
            I,
            sp("2017-08"),
            usd("${} million", m(I, sp("2017-08"))),
            direction="up",
            base=sp("2017-07"),
        ),
        L(I, sp("2017-07"), usd("${} million", m(I, sp("2017-07")))),
    ],
    "2017-09-28",
)
H(
    "level_direction",
    "wire",
    "Exports to the DPRK softened to $266.34m in September 2017 from August.",
    [
        L(
            X,
            sp("2017-09"),
            usd("${}m", m(X, sp("2017-09")), dec=2),
            direction="down",
            base=sp("2017-08"),
        )
    ],
    "2017-10-24",
    context="China trimmed its trade with North Korea after new sanctions.",
)
H(
    "level_direction",
    "wire",
    "China's exports to North Korea rose to $28.75 million in April 2021 from $12.98 million in March.",
    [
        L(
            X,
            sp("2021-04"),
            usd("${} million", m(X, sp("2021-04")), dec=2),
            direction="up",
            base=sp("2021-03"),
        ),
        L(X, sp("2021-03"), usd("${} million", m(X, sp("2021-03")), dec=2)),
    ],
    "2021-05-20",
)
H(
    "level_direction",
    "wire",
    "Imports climbed to $1.31 million in March 2021 from February.",
    [
        L(
            I,
            sp("2021-03"),
            usd("${} million", m(I, sp("2021-03")), dec=2),
            direction="up",
            base=sp("2021-02"),
        )
    ],
    "2021-04-20",
    context="China bought almost nothing from North Korea in early 2021.",
    note="March imports ($1.31 million) were down from February's $1.75 million; 'climbed' is the wrong direction: wrong",
)
H(
    "level_direction",
    "wire",
    "Trade recovered to $63.3 million in May 2020 from $24.0 million in April.",
    [
        L(
            T,
            sp("2020-05"),
            usd("${} million", m(T, sp("2020-05"))),
            direction="up",
            base=sp("2020-04"),
        ),
        L(T, sp("2020-04"), said("$24.0 million", "24.0", dec=1)),
    ],
    "2020-06-19",
    context="China's trade with North Korea began to recover after the first lockdown.",
)
H(
    "level_direction",
    "thinktank",
    "China's imports from the North slid to $16.46 million in October 2019 from September, when they were $16.2 million.",
    [
        L(
            I,
            sp("2019-10"),
            usd("${} million", m(I, sp("2019-10")), dec=2),
            direction="down",
            base=sp("2019-09"),
        ),
        L(I, sp("2019-09"), said("$16.2 million", "16.2", dec=1)),
    ],
    "2019-11-25",
    note="October's $16.46 million was a little up on September's $16.2 million; 'slid' is the wrong direction: wrong",
)
H(
    "level_direction",
    "wire",
    "Exports dropped back to $93.71m in February 2024 after a strong start to the year.",
    [L(X, sp("2024-02"), usd("${}m", m(X, sp("2024-02")), dec=2))],
    "2024-03-20",
    context="China's exports to North Korea were uneven in early 2024.",
)
H(
    "level_direction",
    "xinhua",
    "In July, China's exports to the DPRK increased to 156.6 million U.S. dollars from 154.7 million U.S. dollars in June.",
    [
        L(
            X,
            sp("2023-07"),
            usd("{} million U.S. dollars", m(X, sp("2023-07"))),
            direction="up",
            base=sp("2023-06"),
        ),
        L(X, sp("2023-06"), usd("{} million U.S. dollars", m(X, sp("2023-06")))),
    ],
    "2023-08-18",
)
H(
    "level_direction",
    "wire",
    "Imports from North Korea shrank to $13.0 million in June 2018 from $13.65 million in May.",
    [
        L(
            I,
            sp("2018-06"),
            said("$13.0 million", "13.0", dec=1),
            direction="down",
            base=sp("2018-05"),
        ),
        L(I, sp("2018-05"), usd("${} million", m(I, sp("2018-05")), dec=2)),
    ],
    "2018-07-13",
)
H(
    "level_direction",
    "headline",
    "N. Korea's purchases from China dip to $204.2m in June 2018, down from May",
    [L(X, sp("2018-06"), usd("${}m", m(X, sp("2018-06"))), direction="down", base=sp("2018-05"))],
    "2018-07-13",
)


# == shares ==========================================================================================
H(
    "shares",
    "thinktank",
    "Imports made up 18.1% of two-way trade in H1 2024, the customs breakdown shows.",
    [S(I, T, cum(2024, 6), pc("{}%", share(I, T, cum(2024, 6))))],
    "2024-07-25",
    context="China's trade with North Korea remains lopsided.",
)
H(
    "shares",
    "thinktank",
    "One in every five dollars of China–DPRK trade in 2021 was a North Korean sale to China.",
    [S(I, T, yr(2021), word("One in every five dollars", "20"), rung_kind="fraction")],
    "2022-02-10",
)
H(
    "shares",
    "wire",
    "Chinese exports accounted for about 87% of bilateral trade with North Korea in 2023.",
    [S(X, T, yr(2023), pc("{}%", "87", 0), hedge="about")],
    "2024-01-25",
)
H(
    "shares",
    "thinktank",
    "In 2017 Chinese exports made up almost two-thirds of the two countries' trade, as sanctions squeezed what the North could sell.",
    [S(X, T, yr(2017), word("two-thirds", "66.7", 1), rung_kind="fraction", hedge="almost")],
    "2018-02-20",
    context="China's trade with North Korea shifted in 2017.",
)
H(
    "shares",
    "wire",
    "North Korean goods were about a fifth of the China–North Korea total in 2021.",
    [S(I, T, yr(2021), word("a fifth", "20"), rung_kind="fraction", hedge="about")],
    "2022-01-26",
)
H(
    "shares",
    "thinktank",
    "Exports from China were more than four-fifths of all trade with the DPRK in 2022.",
    [S(X, T, yr(2022), word("four-fifths", "80"), rung_kind="fraction", hedge="more than")],
    "2023-01-27",
)
H(
    "shares",
    "wire",
    "Imports from the North were 3.3% of China–North Korea trade in March 2020, when the border had just shut.",
    [S(I, T, sp("2020-03"), pc("{}%", share(I, T, sp("2020-03"))))],
    "2020-04-20",
)
H(
    "shares",
    "headline",
    "Imports' share of China–N. Korea trade, Jan–Jul 2024: 17.8%",
    [S(I, T, cum(2024, 7), pc("{}%", share(I, T, cum(2024, 7))))],
    "2024-08-20",
)
H(
    "shares",
    "thinktank",
    "Chinese exports made up 93.1% of bilateral trade with North Korea in H1 2019.",
    [S(X, T, cum(2019, 6), pc("{}%", "93.1"))],
    "2019-07-25",
    note="exports were 91.3% of the first half's total (1,140 of 1,248.4 million); 93.1 swaps the digits: wrong",
)
H(
    "shares",
    "wire",
    "Imports were less than a tenth of two-way trade in January–November 2018.",
    [S(I, T, cum(2018, 11), word("a tenth", "10"), rung_kind="fraction", hedge="less than")],
    "2018-12-20",
    context="China's trade with North Korea fell sharply in 2018 under UN sanctions.",
)
H(
    "shares",
    "xinhua",
    "In February 2016, exports and imports each accounted for exactly half of bilateral trade.",
    [S(X, T, sp("2016-02"), word("half", "50"), rung_kind="fraction")],
    "2016-03-20",
    context="China and the DPRK traded 320 million U.S. dollars of goods in February 2016.",
    non=[],
)
H(
    "shares",
    "thinktank",
    "China's exports were 91.1 percent of the China–North Korea total in 2020.",
    [S(X, T, yr(2020), pc("{} percent", share(X, T, yr(2020))))],
    "2021-02-15",
)
H(
    "shares",
    "wire",
    "Exports accounted for roughly three-quarters of trade in 2014.",
    [S(X, T, yr(2014), word("three-quarters", "75"), rung_kind="fraction", hedge="roughly")],
    "2015-02-10",
    context="China's trade with North Korea slipped in 2014.",
    note="exports were 55.3% of the 2014 total (3,519.7 of 6,363.6 million), not three-quarters: wrong",
)
H(
    "shares",
    "thinktank",
    "The North's sales, at $47.4 million, were only 9.8% of Q1 2023 trade.",
    [
        L(I, cum(2023, 3), usd("${} million", m(I, cum(2023, 3)))),
        S(I, T, cum(2023, 3), pc("{}%", share(I, T, cum(2023, 3))), hedge="only"),
    ],
    "2023-04-25",
    context="China's trade with North Korea rebounded in early 2023.",
)
H(
    "shares",
    "wire",
    "In August 2017, imports were nearly half of the $604.3 million total.",
    [
        S(I, T, sp("2017-08"), word("half", "50"), rung_kind="fraction", hedge="nearly"),
        L(T, sp("2017-08"), usd("${} million", m(T, sp("2017-08")))),
    ],
    "2017-09-25",
    context="China's trade with North Korea spiked before a UN ban took effect.",
)
H(
    "shares",
    "thinktank",
    "Chinese exports were 57.4% of bilateral trade in 2015, with imports at 46.6%.",
    [S(X, T, yr(2015), pc("{}%", "57.4")), S(I, T, yr(2015), pc("{}%", share(I, T, yr(2015))))],
    "2016-02-20",
    context="China's trade with North Korea shrank in 2015.",
    note="exports were 53.4% of the 2015 total (2,942.9 of 5,510.6 million): 57.4 is wrong; the import share is right",
)


# == balance =========================================================================================
H(
    "balance",
    "headline",
    "Beijing's 2023 surplus in trade with Pyongyang: $1.71bn",
    [B(yr(2023), usd("${}bn", m("balance", yr(2023)), "billion", 2))],
    "2024-01-22",
)
H(
    "balance",
    "thinktank",
    "The gap widened to $141.7m in May 2023 from April.",
    [
        B(
            sp("2023-05"),
            usd("${}m", m("balance", sp("2023-05"))),
            direction="up",
            base=sp("2023-04"),
        )
    ],
    "2023-06-21",
    context="China sells far more to North Korea than it buys. The imbalance grew in spring 2023.",
)
H(
    "balance",
    "wire",
    "China's surplus with the North narrowed to $103.2 million in December 2022 from November.",
    [
        B(
            sp("2022-12"),
            usd("${} million", m("balance", sp("2022-12"))),
            direction="down",
            base=sp("2022-11"),
        )
    ],
    "2023-01-20",
    note="December's surplus ($103.2 million) was up from November's $102.0 million; 'narrowed' is the wrong direction: wrong",
)
H(
    "balance",
    "wire",
    "China ran a rare deficit with North Korea in January 2021 (−$1.46 million), as its exports fell almost to nothing.",
    [B(sp("2021-01"), neg("−$1.46 million", "-1.46", dec=2))],
    "2021-02-20",
)
H(
    "balance",
    "yonhap",
    "Beijing's surplus in H1 2020 was US$355.6mn.",
    [B(cum(2020, 6), usd("US${}mn", m("balance", cum(2020, 6))))],
    "2020-07-21",
    context="China's trade with North Korea fell by two-thirds in the first half of 2020.",
)
H(
    "balance",
    "thinktank",
    "CLAIM: China ran a $1 billion surplus with North Korea in 2017. FACT: The surplus was $1.51 billion.",
    [
        B(yr(2017), said("$1 billion", "1", "billion")),
        B(yr(2017), usd("${} billion", m("balance", yr(2017)), "billion", 2)),
    ],
    "2018-03-05",
    note="the quoted claim ($1 billion) understates the 2017 surplus of $1.514 billion; read as a truncation it holds only on the loose reading: approx; the fact-check's figure is right",
)
H(
    "balance",
    "wire",
    "North Korea's trade deficit with China in 2024 was about $1.48 billion, by Beijing's count.",
    [B(yr(2024), usd("${} billion", m("balance", yr(2024)), "billion", 2), hedge="about")],
    "2025-01-22",
)
H(
    "balance",
    "thinktank",
    "Surplus (exports minus imports), 2013: US$702.6 million.",
    [B(yr(2013), usd("US${} million", m("balance", yr(2013))))],
    "2014-03-01",
    context="Table 2. China's trade with North Korea",
)
H(
    "balance",
    "xinhua",
    "In February 2016, China's exports to and imports from the DPRK were equal, leaving a balance of zero.",
    [B(sp("2016-02"), said("zero", "0"))],
    "2016-03-20",
)
H(
    "balance",
    "wire",
    "China's trade surplus with the DPRK was $17.4 million in March 2020, down from $186.7 million in the first two months combined.",
    [
        B(sp("2020-03"), usd("${} million", m("balance", sp("2020-03")))),
        B(cum(2020, 2), usd("${} million", m("balance", cum(2020, 2)))),
    ],
    "2020-04-20",
)
H(
    "balance",
    "wire",
    "China posted a surplus of $211.3m with North Korea in October 2019.",
    [B(sp("2019-10"), said("$211.3m", "211.3", dec=1))],
    "2019-11-22",
    note="$211.3 million is September's surplus; October's was $254.5 million: wrong month",
)
H(
    "balance",
    "thinktank",
    "Over January–August 2023 the gap in China's favour came to $1.05bn.",
    [B(cum(2023, 8), usd("${}bn", m("balance", cum(2023, 8)), "billion", 2))],
    "2023-09-25",
    context="China–North Korea trade runs almost entirely one way.",
)
H(
    "balance",
    "broadcast",
    "Pyongyang's shortfall with Beijing in November 2020 was tiny — in fact it ran the other way, with China in deficit by zero-point-nine-eight million dollars.",
    [B(sp("2020-11"), neg("zero-point-nine-eight million dollars", "-0.98", dec=2))],
    "2020-12-21",
)
H(
    "balance",
    "wire",
    "China's surplus with North Korea swelled to $203.1 million in December 2017 from $187.8 million a month earlier.",
    [
        B(
            sp("2017-12"),
            usd("${} million", m("balance", sp("2017-12"))),
            direction="up",
            base=sp("2017-11"),
        ),
        B(sp("2017-11"), usd("${} million", m("balance", sp("2017-11")))),
    ],
    "2018-01-24",
)
H(
    "balance",
    "thinktank",
    "The surplus for the whole of 2022, $760.4 million, was more than three and a half times the 2021 figure of $202.3 million.",
    [
        B(yr(2022), usd("${} million", m("balance", yr(2022)))),
        R(
            "balance",
            yr(2022),
            yr(2021),
            times("three and a half times", "3.5"),
            unit="times",
            hedge="more than",
        ),
        B(yr(2021), usd("${} million", m("balance", yr(2021)))),
    ],
    "2023-02-01",
    context="China's trade with North Korea recovered in 2022.",
)
H(
    "balance",
    "wire",
    "China's surplus was $191.2 million in June 2018 (exports $204.2 million, imports $13.0 million).",
    [
        B(sp("2018-06"), usd("${} million", m("balance", sp("2018-06")))),
        L(X, sp("2018-06"), usd("${} million", m(X, sp("2018-06")))),
        L(I, sp("2018-06"), usd("${} million", m(I, sp("2018-06")))),
    ],
    "2018-07-16",
    context="Trade between China and North Korea stayed low in mid-2018.",
)
H(
    "balance",
    "xinhua",
    "China's surplus in its trade with the DPRK reached 1.48 billion U.S. dollars in 2024, compared with 1.71 billion U.S. dollars in 2023, a narrowing of 13.5 percent.",
    [
        B(yr(2024), usd("{} billion U.S. dollars", m("balance", yr(2024)), "billion", 2)),
        B(yr(2023), usd("{} billion U.S. dollars", m("balance", yr(2023)), "billion", 2)),
        C("balance", yr(2024), yr(2023), pc("{} percent", chg("balance", yr(2024), yr(2023)))),
    ],
    "2025-01-25",
)


# == superlatives_streaks ============================================================================
H(
    "superlatives_streaks",
    "wire",
    "China's exports to North Korea reached $87.7 million in June 2020, the highest since January, before the border was sealed.",
    [
        L(X, sp("2020-06"), usd("${} million", m(X, sp("2020-06")))),
        SU(X, "2020-06", "2020-01", "high", "the highest since January"),
    ],
    "2020-07-20",
)
H(
    "superlatives_streaks",
    "thinktank",
    "September 2021's $55.6m of Chinese exports was the highest since July 2020, a sign the freight link was stirring.",
    [
        L(X, sp("2021-09"), usd("${}m", m(X, sp("2021-09")))),
        SU(X, "2021-09", "2020-07", "high", "the highest since July 2020"),
    ],
    "2021-10-25",
    context="China and North Korea kept their border closed through 2021.",
)
H(
    "superlatives_streaks",
    "wire",
    "Imports from North Korea dropped to $0.75 million in May 2021, their lowest since March 2020.",
    [
        L(I, sp("2021-05"), usd("${} million", m(I, sp("2021-05")), dec=2)),
        SU(I, "2021-05", "2020-03", "low", "their lowest since March 2020"),
    ],
    "2021-06-18",
)
H(
    "superlatives_streaks",
    "thinktank",
    "At $22.3 million, April 2019's imports from the North were the highest since January 2018, when the UN ban on its main exports was only weeks old.",
    [
        L(I, sp("2019-04"), usd("${} million", m(I, sp("2019-04")))),
        SU(I, "2019-04", "2018-01", "high", "the highest since January 2018"),
    ],
    "2019-05-24",
    context="China's imports from North Korea collapsed after 2017.",
)
H(
    "superlatives_streaks",
    "wire",
    "Imports fell to $11.8 million in April 2018, the lowest since February.",
    [
        L(I, sp("2018-04"), usd("${} million", m(I, sp("2018-04")))),
        SU(I, "2018-04", "2018-02", "low", "the lowest since February"),
    ],
    "2018-05-24",
    context="China's purchases from North Korea stayed tiny in 2018.",
)
H(
    "superlatives_streaks",
    "wire",
    "China's imports from North Korea in March 2019 were the lowest since June 2018.",
    [SU(I, "2019-03", "2018-06", "low", "the lowest since June 2018")],
    "2019-04-23",
)
H(
    "superlatives_streaks",
    "wire",
    "Imports from the North rose for a second consecutive month in December 2018, to $21.5 million.",
    [
        ST(I, "2018-11", "2018-12", "up", "for a second consecutive month"),
        L(I, sp("2018-12"), usd("${} million", m(I, sp("2018-12")))),
    ],
    "2019-01-23",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Two-way trade slipped in July 2023 for the third month in a row, to $181.6 million.",
    [
        ST(T, "2023-05", "2023-07", "down", "for the third month in a row"),
        L(T, sp("2023-07"), usd("${} million", m(T, sp("2023-07")))),
    ],
    "2023-08-21",
)
H(
    "superlatives_streaks",
    "wire",
    "June 2023 marked a second straight monthly decline in Chinese exports to the North.",
    [ST(X, "2023-05", "2023-06", "down", "a second straight monthly decline")],
    "2023-07-20",
)
H(
    "superlatives_streaks",
    "wire",
    "Chinese exports to North Korea rose in October 2022 for the fifth straight month, to $132.4 million.",
    [
        ST(X, "2022-06", "2022-10", "up", "for the fifth straight month"),
        L(X, sp("2022-10"), usd("${} million", m(X, sp("2022-10")))),
    ],
    "2022-11-20",
)
H(
    "superlatives_streaks",
    "thinktank",
    "October 2022 brought a sixth consecutive monthly rise in Chinese exports to the DPRK.",
    [ST(X, "2022-05", "2022-10", "up", "a sixth consecutive monthly rise")],
    "2022-11-25",
    note="exports fell in May 2022 (to $14.5 million from $98.1 million), so October's was the fifth rise in a row, not the sixth: wrong",
)
H(
    "superlatives_streaks",
    "wire",
    "November 2020 was the fifth consecutive monthly decline in China's exports to North Korea, which fell to just $148,000.",
    [
        ST(X, "2020-07", "2020-11", "down", "the fifth consecutive monthly decline"),
        L(X, sp("2020-11"), said("$148,000", "148", "thousand"), hedge="just"),
    ],
    "2020-12-20",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Trade grew three months in a row from August to October 2024.",
    [ST(T, "2024-08", "2024-10", "up", "three months in a row")],
    "2024-11-25",
    context="China's trade with North Korea picked up in the second half of 2024.",
)
H(
    "superlatives_streaks",
    "wire",
    "By July 2024 China–North Korea trade had declined for three straight months, to $144.8 million, the lowest since February.",
    [
        ST(T, "2024-05", "2024-07", "down", "for three straight months"),
        L(T, sp("2024-07"), said("$144.8 million", "144.8", dec=1)),
        SU(T, "2024-07", "2024-02", "low", "the lowest since February"),
    ],
    "2024-08-20",
)
H(
    "superlatives_streaks",
    "thinktank",
    "The 2014 total, $6.36 billion, was the first annual decline since 2009.",
    [
        L(T, yr(2014), usd("${} billion", m(T, yr(2014)), "billion", 2)),
        FD(T, 2014, 2009, "the first annual decline since 2009"),
    ],
    "2015-02-05",
    context="China–North Korea trade had grown every year after the 2009 dip.",
)
H(
    "superlatives_streaks",
    "wire",
    "China's imports from the North fell in 2014, the first yearly fall since 2006.",
    [FD(I, 2014, 2006, "the first yearly fall since 2006")],
    "2015-01-30",
)
H(
    "superlatives_streaks",
    "wire",
    "Exports to North Korea dipped in 2024, the first drop since 2021.",
    [FD(X, 2024, 2021, "the first drop since 2021")],
    "2025-01-22",
    context="China's exports to North Korea had recovered strongly after the pandemic.",
)
H(
    "superlatives_streaks",
    "thinktank",
    "China's purchases from the North shrank in 2014 for the first time since 2009, by the customs count.",
    [FD(I, 2014, 2009, "for the first time since 2009")],
    "2015-02-12",
    note="imports rose in 2009 ($760.4 million to $793.0 million); the last annual fall before 2014 was 2006: wrong",
)
H(
    "superlatives_streaks",
    "wire",
    "China's imports from North Korea in April 2019 were the highest since August 2017.",
    [SU(I, "2019-04", "2017-08", "high", "the highest since August 2017")],
    "2019-05-22",
    note="September–December 2017 imports ($54.7–145.8 million) were all above April 2019's $22.3 million, so it was the highest only since January 2018 ($47.1 million): wrong",
)


# == other_pairs =====================================================================================
H(
    "other_pairs",
    "wire",
    "China's total trade with the world in 2023 was about $5.94 trillion, against which its North Korea trade barely registers.",
    [
        other(
            "level",
            T,
            yr(2023),
            Num("$5.94 trillion", "5940000000000", 2, 10**12),
            "CHN",
            "WLD",
            hedge="about",
        )
    ],
    "2024-01-15",
)
H(
    "other_pairs",
    "thinktank",
    "Russia's trade with North Korea was only around $34 million in 2023, by Russian count.",
    [
        other(
            "level",
            T,
            yr(2023),
            said("$34 million", "34"),
            "RUS",
            "PRK",
            hedge="around",
            source="Russian customs",
        )
    ],
    "2024-03-12",
)
H(
    "other_pairs",
    "xinhua",
    "In RMB terms, China-DPRK trade in 2023 reached 16.2 billion yuan.",
    [L(T, yr(2023), Num("16.2 billion yuan", "16200000000", 1, 10**9), currency="CNY")],
    "2024-01-20",
)
H(
    "other_pairs",
    "xinhua",
    "Calculated in yuan, the total import and export value in the first quarter was RMB 3.35 billion, up 158.6 percent year on year.",
    [
        L(T, cum(2023, 3), Num("RMB 3.35 billion", "3350000000", 2, 10**9), currency="CNY"),
        C(T, cum(2023, 3), ago(cum(2023, 3)), pc("{} percent", "158.6"), terms="CNY"),
    ],
    "2023-04-20",
    context="China's customs released its first-quarter trade figures for the DPRK.",
)
H(
    "other_pairs",
    "wire",
    "Inter-Korean trade, mostly through the Kaesong park, was $2.7 billion in 2015.",
    [
        other(
            "level",
            T,
            yr(2015),
            said("$2.7 billion", "2.7", "billion", 1),
            "KOR",
            "PRK",
            source="Korea Customs Service",
        )
    ],
    "2016-02-15",
)
H(
    "other_pairs",
    "thinktank",
    "China–South Korea trade, at roughly $310 billion in 2022, dwarfs anything that crosses the Yalu.",
    [
        other(
            "level",
            T,
            yr(2022),
            said("$310 billion", "310", "billion"),
            "CHN",
            "KOR",
            hedge="roughly",
        )
    ],
    "2023-03-01",
)
H(
    "other_pairs",
    "wire",
    "In yuan terms, exports to North Korea in December 2024 were CNY 1.4 billion.",
    [L(X, sp("2024-12"), Num("CNY 1.4 billion", "1400000000", 1, 10**9), currency="CNY")],
    "2025-01-20",
)
H(
    "other_pairs",
    "thinktank",
    "Vietnam's exports to North Korea were worth roughly $10 million in 2019, a rounding error beside China's.",
    [other("level", X, yr(2019), said("$10 million", "10"), "VNM", "PRK", hedge="roughly")],
    "2020-03-10",
)
H(
    "other_pairs",
    "wire",
    "China's exports to the United States fell 13.1 percent to $500.3 billion in 2023.",
    [
        other("change_pct", X, yr(2023), pc("{} percent", "-13.1"), "CHN", "USA", base=yr(2022)),
        other("level", X, yr(2023), said("$500.3 billion", "500.3", "billion", 1), "CHN", "USA"),
    ],
    "2024-01-12",
)
H(
    "other_pairs",
    "wire",
    "Japan's imports from North Korea have been zero since 2010, but China's imports from the North were $133.68 million in 2022.",
    [L(I, yr(2022), usd("${} million", m(I, yr(2022)), dec=2))],
    "2023-02-15",
    non=[NC("zero", "Japan's imports, a figure of another pair with no period named")],
)
H(
    "other_pairs",
    "xinhua",
    "In RMB terms, China's imports from the DPRK in the first half of the year were 930 million yuan, up 293 percent.",
    [
        L(I, cum(2023, 6), Num("930 million yuan", "930000000", 0, 10**6), currency="CNY"),
        C(I, cum(2023, 6), ago(cum(2023, 6)), pc("{} percent", "293", 0), terms="CNY"),
    ],
    "2023-07-20",
)
H(
    "other_pairs",
    "thinktank",
    "Mongolia's trade with China ran to some $16 billion in 2023, with coal and copper the bulk of it.",
    [other("level", T, yr(2023), said("$16 billion", "16", "billion"), "MNG", "CHN", hedge="some")],
    "2024-02-20",
)
H(
    "other_pairs",
    "wire",
    "By KOTRA's reckoning, the North's overall trade with the outside world amounted to $2.77 billion in 2023, with 98.3 percent of it done with China.",
    [
        other(
            "level",
            T,
            yr(2023),
            said("$2.77 billion", "2.77", "billion", 2),
            "PRK",
            "WLD",
            source="KOTRA",
        ),
        other(
            "share", T, yr(2023), pc("{} percent", "98.3"), "PRK", "CHN", whole=T, source="KOTRA"
        ),
    ],
    "2024-07-20",
)
H(
    "other_pairs",
    "broadcast",
    "In yuan, the November total was about one-point-nine-nine billion yuan — in dollars, that's two hundred eighty-one million.",
    [
        L(
            T,
            sp("2025-11"),
            Num("one-point-nine-nine billion yuan", "1990000000", 2, 10**9),
            currency="CNY",
            hedge="about",
        ),
        L(T, sp("2025-11"), said("two hundred eighty-one million", "281")),
    ],
    "2025-12-20",
    context="China's trade with North Korea grew again late in 2025.",
)


# == rounding_hedges =================================================================================
H(
    "rounding_hedges",
    "wire",
    "Sino-North Korean commerce in 2023 added up to nearly $2.3 billion.",
    [L(T, yr(2023), said("$2.3 billion", "2.3", "billion", 1), hedge="nearly")],
    "2024-01-19",
)
H(
    "rounding_hedges",
    "wire",
    "Two-way trade was just under $200 million in April 2023.",
    [L(T, sp("2023-04"), said("$200 million", "200"), hedge="just under")],
    "2023-05-22",
    context="China's trade with North Korea kept climbing in spring 2023.",
)
H(
    "rounding_hedges",
    "thinktank",
    "Year to date through July 2024, trade with the DPRK was more than $1.1 billion.",
    [L(T, cum(2024, 7), said("$1.1 billion", "1.1", "billion", 1), hedge="more than")],
    "2024-08-22",
    context="China's customs published its July figures.",
)
H(
    "rounding_hedges",
    "wire",
    "China–North Korea trade was around $190 million in May 2023.",
    [L(T, sp("2023-05"), said("$190 million", "190"), hedge="around")],
    "2023-06-20",
)
H(
    "rounding_hedges",
    "wire",
    "In June 2022 two-way trade was approximately $20 million, a fraction of the April figure.",
    [L(T, sp("2022-06"), said("$20 million", "20"), hedge="approximately")],
    "2022-07-20",
    context="China–North Korea trade dropped after a COVID outbreak in the North.",
    note="June 2022's total was $21.82 million: 'approximately $20 million' holds only on the round figure's loose tier: approx",
)
H(
    "rounding_hedges",
    "wire",
    "China's trade with North Korea in February 2022 was some $60 million.",
    [L(T, sp("2022-02"), said("$60 million", "60"), hedge="some")],
    "2022-03-20",
    note="February 2022's total was $60.87 million: 'some $60 million' is outside 59.5–60.5 and holds only on the loose tier: approx",
)
H(
    "rounding_hedges",
    "thinktank",
    "Counting every month through November 2023, outbound shipments to the North ran to roughly $1.8bn.",
    [L(X, cum(2023, 11), said("$1.8bn", "1.8", "billion", 1), hedge="roughly")],
    "2023-12-22",
    context="China's customs data for North Korea trade were released on Wednesday.",
)
H(
    "rounding_hedges",
    "wire",
    "April 2022 trade with North Korea was in excess of $100 million, Chinese customs said.",
    [L(T, sp("2022-04"), said("$100 million", "100"), hedge="in excess of")],
    "2022-05-20",
    context="China's trade with North Korea rose sharply after freight trains resumed.",
)
H(
    "rounding_hedges",
    "thinktank",
    "April 2024 two-way trade: $193.99m.",
    [L(T, sp("2024-04"), usd("${}m", m(T, sp("2024-04")), dec=2))],
    "2024-05-20",
    context="China–DPRK trade, monthly:",
)
H(
    "rounding_hedges",
    "wire",
    "Chinese exports to the North in April 2023 were $165.7 million.",
    [L(X, sp("2023-04"), said("$165.7 million", "165.7", dec=1))],
    "2023-05-22",
    note="April 2023 exports were $165.78 million: '$165.7 million' truncates rather than rounds: approx",
)
H(
    "rounding_hedges",
    "wire",
    "Imports from North Korea were close to $30 million in April 2024.",
    [L(I, sp("2024-04"), said("$30 million", "30"), hedge="close to")],
    "2024-05-21",
)
H(
    "rounding_hedges",
    "wire",
    "Total trade was almost $90 million in August 2022.",
    [L(T, sp("2022-08"), said("$90 million", "90"), hedge="almost")],
    "2022-09-20",
    context="China's trade with North Korea rose in August 2022.",
)
H(
    "rounding_hedges",
    "wire",
    "Exports from China to North Korea were just over $150 million in May 2024.",
    [L(X, sp("2024-05"), said("$150 million", "150"), hedge="just over")],
    "2024-06-20",
)
H(
    "rounding_hedges",
    "wire",
    "December 2020 trade between China and North Korea was less than $5 million.",
    [L(T, sp("2020-12"), said("$5 million", "5"), hedge="less than")],
    "2021-01-20",
)
H(
    "rounding_hedges",
    "thinktank",
    "April 2019 trade: over $240 million.",
    [L(T, sp("2019-04"), said("$240 million", "240"), hedge="over")],
    "2019-05-22",
    context="China–North Korea trade, the monthly figures.",
)
H(
    "rounding_hedges",
    "wire",
    "China's imports from North Korea in the first quarter of 2023 were more than $50 million.",
    [L(I, cum(2023, 3), said("$50 million", "50"), hedge="more than")],
    "2023-04-21",
    note="Q1 2023 imports were $47.43 million, below $50 million: wrong",
)
H(
    "rounding_hedges",
    "wire",
    "Two-way trade in 2024 was an estimated $2.2 billion.",
    [L(T, yr(2024), said("$2.2 billion", "2.2", "billion", 1), hedge="an estimated")],
    "2025-01-20",
    context="China–North Korea trade fell slightly in 2024.",
)
H(
    "rounding_hedges",
    "wire",
    "Chinese exports to the North hit a whopping $2.0 billion in 2023.",
    [L(X, yr(2023), said("$2.0 billion", "2.0", "billion", 1), hedge="a whopping")],
    "2024-01-22",
)
H(
    "rounding_hedges",
    "wire",
    "Combined trade in January–February 2021 was only about $3 million.",
    [L(T, cum(2021, 2), said("$3 million", "3"), hedge="about")],
    "2021-03-19",
    context="China's trade with North Korea nearly vanished early in 2021.",
)
H(
    "rounding_hedges",
    "thinktank",
    "The June 2018 surplus came to roughly $191 million.",
    [B(sp("2018-06"), said("$191 million", "191"), hedge="roughly")],
    "2018-07-20",
    context="China runs a large surplus in its trade with North Korea.",
)


# == multiples =======================================================================================
H(
    "multiples",
    "thinktank",
    "Chinese exports to North Korea rose 3.4-fold in 2022 from 2021.",
    [R(X, yr(2022), yr(2021), times("3.4-fold", "3.4"), unit="times")],
    "2023-01-25",
)
H(
    "multiples",
    "wire",
    "In 2023 China's exports to the North grew by a factor of 2.2 on 2022.",
    [R(X, yr(2023), yr(2022), times("2.2", "2.2"), unit="times")],
    "2024-01-22",
)
H(
    "multiples",
    "wire",
    "China's imports from North Korea more than doubled in 2023 from 2022.",
    [
        R(
            I,
            yr(2023),
            yr(2022),
            times("doubled", "2", 0),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        )
    ],
    "2024-01-22",
)
H(
    "multiples",
    "thinktank",
    "Total trade tripled in 2022 compared with 2021.",
    [R(T, yr(2022), yr(2021), times("tripled", "3", 0), unit="times", rung_kind="verbal")],
    "2023-01-30",
    context="China and North Korea resumed freight rail traffic in 2022.",
)
H(
    "multiples",
    "wire",
    "May 2020 trade was more than 2.5 times April's.",
    [
        R(
            T,
            sp("2020-05"),
            sp("2020-04"),
            times("2.5 times", "2.5"),
            unit="times",
            hedge="more than",
        )
    ],
    "2020-06-19",
    context="China's trade with North Korea recovered after the initial border closure.",
)
H(
    "multiples",
    "wire",
    "China's exports to North Korea roughly halved in 2021 from 2020.",
    [
        R(
            X,
            yr(2021),
            yr(2020),
            times("halved", "0.5"),
            unit="times",
            rung_kind="verbal",
            hedge="roughly",
        )
    ],
    "2022-01-20",
)
H(
    "multiples",
    "wire",
    "In 2021 two-way trade was 41% lower than in 2020.",
    [C(T, yr(2021), yr(2020), pc("{}%", "-41", 0))],
    "2022-01-20",
    context="China's trade with North Korea shrank again in 2021.",
)
H(
    "multiples",
    "thinktank",
    "China's imports from the North increased by $58 million in 2024 compared with 2023.",
    [A(I, yr(2024), yr(2023), said("$58 million", "58"))],
    "2025-01-25",
)
H(
    "multiples",
    "wire",
    "Chinese exports to North Korea were $173.5 million lower in 2024 than in 2023.",
    [A(X, yr(2024), yr(2023), neg("$173.5 million", "-173.5"))],
    "2025-01-22",
)
H(
    "multiples",
    "xinhua",
    "In the first half, total trade grew 211 percent year on year.",
    [C(T, cum(2023, 6), ago(cum(2023, 6)), pc("{} percent", "211", 0))],
    "2023-07-20",
    context="China-DPRK trade recovered strongly in 2023.",
)
H(
    "multiples",
    "wire",
    "China's imports from North Korea in 2023 were three times their 2022 level.",
    [R(I, yr(2023), yr(2022), times("three times", "3", 0), unit="times")],
    "2024-01-22",
    note="2023 imports ($291.9 million) were 2.18 times 2022's $133.7 million, not three times: wrong",
)
H(
    "multiples",
    "thinktank",
    "Exports in 2023 were 4.1 times those of 2020.",
    [R(X, yr(2023), yr(2020), times("4.1 times", "4.1"), unit="times")],
    "2024-02-05",
    context="China's exports to North Korea regained their pre-pandemic level in 2023.",
)
H(
    "multiples",
    "wire",
    "January–February 2022 trade was more than 40 times the level of the same period in 2021.",
    [R(T, cum(2022, 2), cum(2021, 2), times("40 times", "40", 0), unit="times", hedge="more than")],
    "2022-03-18",
    context="China's trade with North Korea resumed in January 2022.",
)
H(
    "multiples",
    "wire",
    "Compared with October 2021, China's October 2022 shipments to North Korea more than tripled.",
    [
        R(
            X,
            sp("2022-10"),
            ago(sp("2022-10")),
            times("tripled", "3", 0),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        )
    ],
    "2022-11-20",
)
H(
    "multiples",
    "wire",
    "Trade in December 2023 was $32.7 million more than in November.",
    [A(T, sp("2023-12"), sp("2023-11"), said("$32.7 million", "32.7", dec=1))],
    "2024-01-20",
    context="China's trade with North Korea closed 2023 strongly.",
)
H(
    "multiples",
    "thinktank",
    "Exports in 2023 were 2.7 times the 2022 figure.",
    [R(X, yr(2023), yr(2022), times("2.7 times", "2.7"), unit="times")],
    "2024-02-01",
    context="China's exports to North Korea jumped in 2023.",
    note="2023 exports ($2,003.5 million) were 2.24 times 2022's $894.0 million, not 2.7: wrong",
)
H(
    "multiples",
    "wire",
    "China's imports from North Korea roughly doubled in Q1 2023 from Q1 2022.",
    [
        R(
            I,
            cum(2023, 3),
            cum(2022, 3),
            times("doubled", "2", 0),
            unit="times",
            rung_kind="verbal",
            hedge="roughly",
        )
    ],
    "2023-04-21",
)
H(
    "multiples",
    "headline",
    "Exports to North Korea in 2020: $491.1 million (−80.9% on 2019)",
    [
        L(X, yr(2020), usd("${} million", m(X, yr(2020)))),
        C(X, yr(2020), "2019-01/2019-12", pc("−{}%", "-80.9")),
    ],
    "2021-01-20",
)


# == more items with deliberate errors, and figures that are no trade claims beside real ones =========
H(
    "cumulative",
    "wire",
    "Imports from the North in Q1 2023 came to $74.3 million, the customs tables show.",
    [L(I, cum(2023, 3), said("$74.3 million", "74.3", dec=1))],
    "2023-04-21",
    context="China's trade with North Korea grew quickly in early 2023.",
    note="Q1 2023 imports were $47.43 million; 74.3 swaps the digits: wrong",
)
H(
    "cumulative",
    "headline",
    "China–DPRK trade Jan–Oct 2023: $1.82bn, +155.2% YoY",
    [
        L(T, cum(2023, 10), usd("${}bn", m(T, cum(2023, 10)), "billion", 2)),
        C(T, cum(2023, 10), ago(cum(2023, 10)), pc("+{}%", "155.2")),
    ],
    "2023-11-20",
    note="+155.2% is the change in exports; total trade rose 152.2%: wrong; the level is right",
)
H(
    "cumulative",
    "xinhua",
    "From January to June, China-DPRK trade totaled 1.06 billion US dollars, up 221 percent year on year, after the country-specific release on Thursday.",
    [
        L(T, cum(2023, 6), usd("{} billion US dollars", m(T, cum(2023, 6)), "billion", 2)),
        C(T, cum(2023, 6), ago(cum(2023, 6)), pc("{} percent", "221", 0)),
    ],
    "2023-07-20",
    note="the first half's total grew 211%, written 221: wrong; the level is right",
)
H(
    "relative_dates",
    "wire",
    "Last year's imports from North Korea were $350 million, customs tables show.",
    [L(I, yr(2023), said("$350 million", "350"))],
    "2024-01-20",
    context="China published its full-year 2023 trade data by country.",
    note="'last year' at a January 2024 dateline is 2023 ($291.9 million); $350 million is 2024's: wrong year",
)
H(
    "relative_dates",
    "wire",
    "Last month's Chinese exports to North Korea were $90.1 million, the customs data show.",
    [L(X, sp("2022-10"), said("$90.1 million", "90.1", dec=1))],
    "2022-11-18",
    note="'last month' at a November 18 dateline is October ($132.4 million); $90.1 million is September's: wrong",
)
H(
    "relative_dates",
    "yonhap",
    "In September, total trade between the two sides was US$28.78 million, the data showed on Monday.",
    [L(T, sp("2021-09"), said("US$28.78 million", "28.78", dec=2))],
    "2021-10-18",
    context="China's trade with North Korea has slowly picked up.",
    note="September 2021's total was $69.99 million; $28.78 million is August's: wrong month",
)
H(
    "perspective",
    "wire",
    "North Korea's imports from China were $29.5 million in June 2023.",
    [L(X, sp("2023-06"), said("$29.5 million", "29.5", dec=1))],
    "2023-07-20",
    note="the North's imports from China are China's exports ($154.7 million); $29.5 million is the other flow: wrong",
)
H(
    "perspective",
    "thinktank",
    "The latter reached $894.0 million for the year.",
    [L(I, yr(2022), said("$894.0 million", "894.0", dec=1))],
    "2023-01-30",
    context="China's exports to North Korea grew in 2022. So did its imports, though from a far smaller base.",
    note="'the latter' is imports ($133.7 million); $894.0 million is exports: wrong flow",
)
H(
    "two_figures",
    "wire",
    "Imports were $28.23 million in August 2023 and $24.82 million in September.",
    [
        L(I, sp("2023-08"), usd("${} million", m(I, sp("2023-08")), dec=2)),
        L(I, sp("2023-09"), said("$24.82 million", "24.82", dec=2)),
    ],
    "2023-10-20",
    context="China's imports from North Korea were steady in late 2023.",
    note="$24.82 million is October's figure; September's imports were $27.79 million: wrong month",
)
H(
    "two_figures",
    "thinktank",
    "Imports were $2.0 million in June 2022 and $21.82 million in July.",
    [
        L(I, sp("2022-06"), said("$2.0 million", "2.0", dec=1)),
        L(I, sp("2022-07"), said("$21.82 million", "21.82", dec=2)),
    ],
    "2022-08-25",
    context="China's purchases from North Korea recovered in mid-2022.",
    note="$21.82 million is June's total trade; July's imports were $12.0 million: wrong",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Chinese exports to the North in August 2020 were twenty-nine-point-three million dollars.",
    [L(X, sp("2020-08"), said("twenty-nine-point-three million dollars", "29.3", dec=1))],
    "2020-09-20",
    note="August 2020 exports were $19.3 million: 29.3 is a wrong value",
)
H(
    "broadcast_numbers",
    "broadcast",
    "In the first quarter of 2019, China sold five hundred and forty-five million dollars' worth of goods to the North.",
    [L(X, cum(2019, 3), said("five hundred and forty-five million dollars", "545"))],
    "2019-04-20",
    note="Q1 2019 exports were $454.92 million: 545 is a wrong value",
)
H(
    "level_direction",
    "wire",
    "Imports fell to $34.2 million in April 2023 from March.",
    [
        L(
            I,
            sp("2023-04"),
            usd("${} million", m(I, sp("2023-04"))),
            direction="down",
            base=sp("2023-03"),
        )
    ],
    "2023-05-22",
    context="China's purchases from North Korea were volatile in spring 2023.",
    note="April's $34.2 million was up from March's $20.55 million; 'fell' is the wrong direction: wrong",
)
H(
    "shares",
    "wire",
    "Imports were about a third of total trade in 2016, the year of Resolutions 2270 and 2321.",
    [S(I, T, yr(2016), word("a third", "33.3", 1), rung_kind="fraction", hedge="about")],
    "2017-01-30",
    context="China's trade with North Korea held up in 2016.",
    note="imports were 47.2% of the 2016 total (2,537.3 of 5,378.5 million), nearer half than a third: wrong",
    non=[NC("2270", "a resolution number"), NC("2321", "a resolution number")],
)
H(
    "balance",
    "wire",
    "China's trade surplus with North Korea was $260.2 million in 2021.",
    [B(yr(2021), said("$260.2 million", "260.2", dec=1))],
    "2022-01-20",
    note="$260.2 million is China's exports in 2021; the surplus was $202.3 million: wrong",
)
H(
    "balance",
    "thinktank",
    "The surplus narrowed to $131.6 million in April 2023 from March.",
    [
        B(
            sp("2023-04"),
            usd("${} million", m("balance", sp("2023-04"))),
            direction="down",
            base=sp("2023-03"),
        )
    ],
    "2023-05-25",
    context="China's surplus with North Korea moves with its exports.",
    note="April's $131.6 million surplus was up from March's $117.35 million; 'narrowed' is the wrong direction: wrong",
)
H(
    "superlatives_streaks",
    "wire",
    "Imports from the North rose for a third consecutive month in December 2018.",
    [ST(I, "2018-10", "2018-12", "up", "for a third consecutive month")],
    "2019-01-23",
    context="China's purchases from North Korea edged up late in 2018.",
    note="October 2018 imports ($17.89 million) were down from September's $18.2 million: only the second rise in a row: wrong",
)
H(
    "superlatives_streaks",
    "thinktank",
    "April 2018's imports were the lowest since March.",
    [SU(I, "2018-04", "2018-03", "low", "the lowest since March")],
    "2018-05-25",
    context="China's imports from North Korea fell to almost nothing in 2018.",
    note="March 2018's imports ($12.37 million) were higher than April's $11.77 million, so 'since March' is wrong: the lowest since February",
)
H(
    "multiples",
    "wire",
    "China's exports to North Korea doubled in 2022 from 2021, after the freight trains restarted on January 16.",
    [R(X, yr(2022), yr(2021), times("doubled", "2", 0), unit="times", rung_kind="verbal")],
    "2023-01-20",
    note="exports were 3.44 times 2021's level, well past the rung for 'doubled': wrong",
    non=[NC("January 16", "the date freight trains restarted")],
)
H(
    "rounding_hedges",
    "wire",
    "China–North Korea trade in 2023 was almost $2.5 billion, as the border reopened fully.",
    [L(T, yr(2023), said("$2.5 billion", "2.5", "billion", 1), hedge="almost")],
    "2024-01-22",
    note="2023's total was $2.30 billion, more than 5% below $2.5 billion: wrong",
)
H(
    "level_direction",
    "wire",
    "Exports to North Korea climbed to $98.1 million in April 2022 from March, some 12 weeks after the rail link reopened.",
    [
        L(
            X,
            sp("2022-04"),
            usd("${} million", m(X, sp("2022-04"))),
            direction="up",
            base=sp("2022-03"),
        )
    ],
    "2022-05-20",
    non=[NC("12 weeks", "a duration since the rail link reopened")],
)
H(
    "cumulative",
    "thinktank",
    "For a country of 26 million people, the North's purchases from China in H1 2020 ($383m) were small.",
    [L(X, cum(2020, 6), said("$383m", "383"))],
    "2020-07-25",
    non=[NC("26 million", "population")],
)
H(
    "relative_dates",
    "wire",
    "On its 75th anniversary of ties with Beijing, North Korea's trade with China last year stood at $2.18 billion.",
    [L(T, yr(2024), usd("${} billion", m(T, yr(2024)), "billion", 2))],
    "2025-01-22",
    non=[NC("75th", "an anniversary")],
)

H(
    "rounding_hedges",
    "thinktank",
    "Monthly two-way trade, April 2024: $193.9 million, per the GACC country table.",
    [L(T, sp("2024-04"), said("$193.9 million", "193.9", dec=1))],
    "2024-05-22",
    context="China's trade with North Korea recovered in spring 2024.",
    note="April 2024's total was $193.994 million: '$193.9 million' truncates rather than rounds: approx",
)
H(
    "rounding_hedges",
    "wire",
    "Trade with North Korea in April 2022 was about $100 million, by Chinese count, as Dandong's rail yard filled up.",
    [L(T, sp("2022-04"), said("$100 million", "100"), hedge="about")],
    "2022-05-21",
    note="April 2022's total was $102.34 million: 'about $100 million' holds within the 5% band, not on the figure's strict interval: approx",
)

H(
    "two_figures",
    "headline",
    "📉 China→DPRK exports, Aug 2020: $19.3M. That's −70.7% MoM. Border basically shut.",
    [
        L(X, sp("2020-08"), usd("${}M", m(X, sp("2020-08")))),
        C(X, sp("2020-08"), sp("2020-07"), pc("−{}%", "-70.7")),
    ],
    "2020-09-19",
)
H(
    "relative_dates",
    "wire",
    "Hot take: everyone says trade with the North 'collapsed' last year. It fell 5%. To $2.18bn.",
    [
        C(T, yr(2024), yr(2023), pc("{}%", "-5", 0)),
        L(T, yr(2024), usd("${}bn", m(T, yr(2024)), "billion", 2)),
    ],
    "2025-01-24",
    context="China's customs data on North Korea are out.",
)
H(
    "level_direction",
    "wire",
    "Quick thread on the latest GACC data: North Korea's imports from China hit $257.4m in Dec, up from $243.6m in Nov.",
    [
        L(X, sp("2025-12"), said("$257.4m", "257.4", dec=1), direction="up", base=sp("2025-11")),
        L(X, sp("2025-11"), said("$243.6m", "243.6", dec=1)),
    ],
    "2026-01-20",
)


# == non_claims ======================================================================================
H(
    "non_claims",
    "wire",
    "The Dandong–Sinuiju bridge, finished in 2014 at a cost of 2.2 billion yuan, has still not opened to traffic.",
    [],
    "2023-10-05",
    non=[NC("2014", "a year of completion"), NC("2.2 billion yuan", "a construction cost")],
)
H(
    "non_claims",
    "thinktank",
    "UN Security Council Resolution 2397 caps North Korea's refined petroleum imports at 500,000 barrels a year.",
    [],
    "2018-01-10",
    non=[NC("2397", "a resolution number"), NC("500,000 barrels", "an oil cap, not a trade value")],
)
H(
    "non_claims",
    "broadcast",
    "North Korea has a population of about 26 million, roughly one-fiftieth of China's.",
    [],
    "2021-05-04",
    non=[NC("26 million", "population"), NC("one-fiftieth", "a ratio of populations")],
)
H(
    "non_claims",
    "wire",
    "Between the spring of 2018 and the summer of 2019, the North Korean leader made four trips to Beijing and elsewhere in China.",
    [],
    "2019-06-22",
    non=[NC("four trips", "a count of visits"), NC("2018", "a year"), NC("2019", "a year")],
)
H(
    "non_claims",
    "headline",
    "Chart: China's exports to N. Korea, $m, 2019–2023",
    [],
    "2024-02-01",
    non=[NC("2019–2023", "the span of a chart, no figure")],
)
H(
    "non_claims",
    "broadcast",
    "Q: How many trucks cross the bridge on a good day? A: Maybe 300, from what traders in Dandong tell us.",
    [],
    "2023-09-12",
    non=[NC("300", "a count of trucks")],
)
H(
    "non_claims",
    "wire",
    "Rice was selling for about 5,000 won a kilogram in Pyongyang markets last week, a North Korea market monitor said.",
    [],
    "2022-04-15",
    non=[NC("5,000 won", "a market price")],
)
H(
    "non_claims",
    "thinktank",
    "China's customs agency usually publishes its country-by-country data around the 18th or 20th of each month.",
    [],
    "2024-06-03",
    non=[NC("18th", "a day of the month"), NC("20th", "a day of the month")],
)
H(
    "non_claims",
    "thinktank",
    "The Bank of Korea estimates North Korea's economy grew 3.1% in 2023, its first growth in four years.",
    [],
    "2024-07-26",
    non=[NC("3.1%", "GDP growth, not trade"), NC("four years", "a span of time")],
)
H(
    "non_claims",
    "wire",
    "Before 2020 some 350,000 Chinese tourists visited North Korea each year, by one travel agency's estimate.",
    [],
    "2023-02-14",
    non=[NC("350,000", "a count of tourists")],
)
H(
    "non_claims",
    "xinhua",
    "The freight train service between Dandong and Sinuiju resumed on January 16, 2022, after a pause of 17 months.",
    [],
    "2022-01-17",
    non=[NC("January 16, 2022", "a date"), NC("17 months", "a duration")],
)
H(
    "non_claims",
    "wire",
    "North Korea's sixth nuclear test, on September 3, 2017, was followed by Resolution 2375 eight days later.",
    [],
    "2017-09-12",
    non=[
        NC("sixth", "an ordinal"),
        NC("September 3, 2017", "a date"),
        NC("2375", "a resolution number"),
        NC("eight days", "a duration"),
    ],
)
H(
    "non_claims",
    "wire",
    "A Renmin University economist expects China–North Korea trade to grow by 10% to 15% next year.",
    [],
    "2024-12-10",
    non=[NC("10% to 15%", "a forecast, not a recorded figure")],
)
H(
    "non_claims",
    "thinktank",
    "The yuan traded at 7.1 to the dollar on Friday, the rate used below to convert customs figures.",
    [],
    "2023-11-17",
    non=[NC("7.1", "an exchange rate")],
)
H(
    "non_claims",
    "headline",
    "Thread 1/5: what China's customs numbers on North Korea can and cannot tell us",
    [],
    "2024-03-05",
    non=[NC("1/5", "the numbering of a thread")],
)
H(
    "non_claims",
    "thinktank",
    "North Korea had an estimated 100,000 workers abroad before the December 2019 repatriation deadline.",
    [],
    "2020-01-08",
    non=[NC("100,000", "a count of workers"), NC("December 2019", "a deadline")],
)

write(Path(__file__).resolve().parent / "heldout5.jsonl", "build_heldout5.py")
