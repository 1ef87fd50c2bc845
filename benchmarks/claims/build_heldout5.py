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
    prev,
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


X, I, T = "export", "import", "total"


# == cumulative ======================================================================================
H("cumulative", "thinktank",
  "Here's what the numbers show: in H1 2023 China shipped $920.7m of goods to North Korea and took in $135.0m in return.",
  [L(X, cum(2023, 6), usd("${}m", m(X, cum(2023, 6)))),
   L(I, cum(2023, 6), usd("${}m", m(I, cum(2023, 6))))],
  "2023-07-21")
H("cumulative", "headline",
  "Chart note: China–DPRK two-way trade in Q3 2016 came to $1.55bn, +3.4% YoY.",
  [L(T, "2016-07/2016-09", usd("${}bn", m(T, "2016-07/2016-09"), "billion", 2)),
   C(T, "2016-07/2016-09", ago("2016-07/2016-09"), pc("+{}%", "3.4"))],
  "2016-10-14")
H("cumulative", "wire",
  "China's exports to North Korea in the January–September period of 2020 totaled 487.33 million dollars, a decrease of 72.8% from the same period of the previous year, according to Chinese customs statistics cited by Kyodo.",
  [L(X, cum(2020, 9), usd("{} million dollars", m(X, cum(2020, 9)), dec=2)),
   C(X, cum(2020, 9), ago(cum(2020, 9)), pc("{}%", "-72.8"))],
  "2020-10-26")
H("cumulative", "broadcast",
  "Q: How much did China sell to North Korea over the whole of 2023? A: Just over two billion dollars — $2.0035bn, to be precise — roughly 140% more than in 2022.",
  [L(X, yr(2023), said("two billion dollars", "2", "billion"), hedge="just over"),
   L(X, yr(2023), usd("${}bn", "2.0035", "billion")),
   C(X, yr(2023), yr(2022), pc("{}%", "140", 0), hedge="roughly")],
  "2024-01-25")
H("cumulative", "xinhua",
  "From January to May this year, the total import and export value of China-DPRK trade was 874.18 million US dollars, up 174 percent year-on-year, the General Administration of Customs said on Tuesday.",
  [L(T, cum(2023, 5), usd("{} million US dollars", m(T, cum(2023, 5)), dec=2)),
   C(T, cum(2023, 5), ago(cum(2023, 5)), pc("{} percent", "174", 0))],
  "2023-06-20")
H("cumulative", "wire",
  "Over those three months they amounted to $438.4 million, roughly two and a half times the level of a year earlier.",
  [L(X, cum(2023, 3), usd("${} million", m(X, cum(2023, 3)))),
   R(X, cum(2023, 3), ago(cum(2023, 3)), times("two and a half times", "2.5"), unit="times", hedge="roughly")],
  "2023-04-21",
  context="China's customs agency published its first-quarter figures on trade with North Korea on Thursday. Exports were the bright spot.")
H("cumulative", "thinktank",
  "Year-to-date through July 2017: two-way trade $3.01bn (+10.2% YoY); imports from the North $1.04bn (−16.3% YoY).",
  [L(T, cum(2017, 7), usd("${}bn", m(T, cum(2017, 7)), "billion", 2)),
   C(T, cum(2017, 7), ago(cum(2017, 7)), pc("+{}%", "10.2")),
   L(I, cum(2017, 7), usd("${}bn", m(I, cum(2017, 7)), "billion", 2)),
   C(I, cum(2017, 7), ago(cum(2017, 7)), pc("−{}%", "-16.3"))],
  "2017-08-24")
H("cumulative", "wire",
  "In the four months to April 2019, Chinese exports to the North reached $673.7 million while purchases in the other direction came to $77.3 million.",
  [L(X, cum(2019, 4), usd("${} million", m(X, cum(2019, 4)))),
   L(I, cum(2019, 4), usd("${} million", m(I, cum(2019, 4))))],
  "2019-05-24")
H("cumulative", "thinktank",
  "Sanctions bit hardest on the North's sales: in the opening half of 2018 China's imports from North Korea collapsed by 87.9% year on year, to $170.3 million.",
  [C(I, cum(2018, 6), ago(cum(2018, 6)), pc("{}%", "-87.9")),
   L(I, cum(2018, 6), usd("${} million", "170.3"))],
  "2018-07-25",
  note="the level is the first half's $107.3 million with two digits transposed (170.3): wrong; the change is right")
H("cumulative", "headline",
  "N. Korea-bound exports Jan.-Nov. 2023: $1.78bn, up 146.6% YoY",
  [L(X, cum(2023, 11), usd("${}bn", m(X, cum(2023, 11)), "billion", 2)),
   C(X, cum(2023, 11), ago(cum(2023, 11)), pc("{}%", "146.6"))],
  "2023-12-20")
H("cumulative", "wire",
  "Between January and November 2020, China's imports from North Korea totalled some 46.4 million US dollars (-74%), a fraction of pre-pandemic levels.",
  [L(I, cum(2020, 11), usd("{} million US dollars", m(I, cum(2020, 11))), hedge="some"),
   C(I, cum(2020, 11), ago(cum(2020, 11)), pc("-{}%", "-74", 0))],
  "2020-12-21")
H("cumulative", "thinktank",
  "Bilateral trade for the first three quarters of 2017 was $4.03 billion, 7.5% higher than a year earlier, despite the new UN measures.",
  [L(T, cum(2017, 9), usd("${} billion", m(T, cum(2017, 9)), "billion", 2)),
   C(T, cum(2017, 9), ago(cum(2017, 9)), pc("{}%", "7.5"))],
  "2017-10-25",
  note="7.5% is the January–August change; January–September grew 3.7%: wrong")
H("cumulative", "wire",
  "In January and February combined, China–North Korea trade was worth $311.2mn, of which Chinese exports made up $249.0mn.",
  [L(T, cum(2024, 2), usd("${}mn", m(T, cum(2024, 2)))),
   L(X, cum(2024, 2), usd("${}mn", m(X, cum(2024, 2))))],
  "2024-03-20")
H("cumulative", "thinktank",
  "Fourth-quarter 2022 trade between China and the DPRK totaled roughly $370 million, the strongest quarter since the border shut.",
  [L(T, "2022-10/2022-12", said("$370 million", "370"), hedge="roughly")],
  "2023-01-30")
H("cumulative", "xinhua",
  "According to customs statistics, in the first quarter of 2013 China's exports to the DPRK were 720 million U.S. dollars, down 13.8 percent, while imports rose 2.5 percent to 590 million U.S. dollars.",
  [L(X, cum(2013, 3), said("720 million U.S. dollars", "720")),
   C(X, cum(2013, 3), ago(cum(2013, 3)), pc("{} percent", "-13.8")),
   C(I, cum(2013, 3), ago(cum(2013, 3)), pc("{} percent", "2.5")),
   L(I, cum(2013, 3), said("590 million U.S. dollars", "590"))],
  "2013-04-20")
H("cumulative", "headline",
  "Jan–Jun 2020 | exports to DPRK $383m (−66.5%) | imports $27.4m | total $412m (−67%)",
  [L(X, cum(2020, 6), said("$383m", "383")),
   C(X, cum(2020, 6), ago(cum(2020, 6)), pc("−{}%", "-66.5")),
   L(I, cum(2020, 6), usd("${}m", m(I, cum(2020, 6)))),
   L(T, cum(2020, 6), said("$412m", "412")),
   C(T, cum(2020, 6), ago(cum(2020, 6)), pc("−{}%", "-67", 0))],
  "2020-07-20")
H("cumulative", "thinktank",
  "Chinese purchases of North Korean goods over January through May 2017 ($692m) were 23.6% above the year-earlier level.",
  [L(I, cum(2017, 5), said("$692m", "692")),
   C(I, cum(2017, 5), ago(cum(2017, 5)), pc("{}%", "23.6"), direction="up")],
  "2017-06-23",
  note="the change was a fall of 23.6%; 'above' gives the wrong direction: wrong")
H("cumulative", "wire",
  "TOKYO — Trade between China and North Korea in the January–June period of 2024 amounted to 971 million dollars, a decrease of 8% from the same period of the previous year, Chinese customs data showed.",
  [L(T, cum(2024, 6), said("971 million dollars", "971")),
   C(T, cum(2024, 6), ago(cum(2024, 6)), pc("{}%", "-8", 0))],
  "2024-07-19")
H("cumulative", "broadcast",
  "So from the start of the year through October, the two countries traded one-point-nine-five billion dollars' worth of goods — that's down about 55 percent.",
  [L(T, cum(2018, 10), said("one-point-nine-five billion dollars", "1.95", "billion", 2)),
   C(T, cum(2018, 10), ago(cum(2018, 10)), word("55 percent", "-55"), hedge="about")],
  "2018-11-23")
H("cumulative", "thinktank",
  "The 2022 annual figures close the loop: exports of $894.0 million (+244% YoY), imports of $133.7 million (+131%), and a total of $1.03 billion.",
  [L(X, yr(2022), usd("${} million", m(X, yr(2022)))),
   C(X, yr(2022), yr(2021), pc("+{}%", "244", 0)),
   L(I, yr(2022), usd("${} million", m(I, yr(2022)))),
   C(I, yr(2022), yr(2021), pc("+{}%", "131", 0)),
   L(T, yr(2022), usd("${} billion", m(T, yr(2022)), "billion", 2))],
  "2023-01-20")
H("cumulative", "wire",
  "In the year's first half, Chinese shipments to the North came to US$1.14 billion, 15.5% more than in H1 2018, while imports were up 12% at US$108.4 million.",
  [L(X, cum(2019, 6), usd("US${} billion", m(X, cum(2019, 6)), "billion", 2)),
   C(X, cum(2019, 6), ago(cum(2019, 6)), pc("{}%", "15.5")),
   C(I, cum(2019, 6), ago(cum(2019, 6)), pc("{}%", "12", 0)),
   L(I, cum(2019, 6), usd("US${} million", m(I, cum(2019, 6))))],
  "2019-07-19")
H("cumulative", "xinhua",
  "In the first eight months, total trade reached 1.43 billion U.S. dollars, an increase of 189 percent over the same period last year.",
  [L(T, cum(2023, 8), usd("{} billion U.S. dollars", m(T, cum(2023, 8)), "billion", 2)),
   C(T, cum(2023, 8), ago(cum(2023, 8)), pc("{} percent", "189", 0))],
  "2023-09-20",
  context="China and the DPRK have steadily restored trade since the border reopened.")
H("cumulative", "wire",
  "Exports to North Korea totalled $537.8 million in January-April 2024, down 8.5%, and shipments for the full year eventually reached $1.83 billion.",
  [L(X, cum(2024, 4), usd("${} million", m(X, cum(2024, 4)))),
   C(X, cum(2024, 4), ago(cum(2024, 4)), pc("{}%", "-8.5")),
   L(X, yr(2024), usd("${} billion", m(X, yr(2024)), "billion", 2))],
  "2025-01-22")


# == two_figures =====================================================================================
H("two_figures", "headline",
  "Chart: China's exports to N. Korea, $m, 2020–2024 — 491.1 / 260.2 / 894.0 / 2,003.5 / 1,830.0",
  [L(X, yr(2020), said("491.1", "491.1", dec=1)),
   L(X, yr(2021), said("260.2", "260.2", dec=1)),
   L(X, yr(2022), said("894.0", "894.0", dec=1)),
   L(X, yr(2023), said("2,003.5", "2003.5", dec=1)),
   L(X, yr(2024), said("1,830.0", "1830.0", dec=1))],
  "2025-02-03")
H("two_figures", "wire",
  "Chinese exports to the North slipped from $165.6m in May 2023 to $154.7m in June, while imports went the other way, from $23.9m to $29.5m.",
  [L(X, sp("2023-05"), usd("${}m", m(X, sp("2023-05")))),
   L(X, sp("2023-06"), usd("${}m", m(X, sp("2023-06"))), direction="down", base=sp("2023-05")),
   L(I, sp("2023-05"), usd("${}m", m(I, sp("2023-05")))),
   L(I, sp("2023-06"), usd("${}m", m(I, sp("2023-06"))), direction="up", base=sp("2023-05"))],
  "2023-07-20")
H("two_figures", "broadcast",
  "Monthly trade went from 60.87 million dollars in February 2022 to 60.5 million in March, and then jumped to 102.34 million in April.",
  [L(T, sp("2022-02"), usd("{} million dollars", m(T, sp("2022-02")), dec=2)),
   L(T, sp("2022-03"), usd("{} million", m(T, sp("2022-03")))),
   L(T, sp("2022-04"), usd("{} million", m(T, sp("2022-04")), dec=2), direction="up", base=sp("2022-03"))],
  "2022-05-20")
H("two_figures", "thinktank",
  "China's exports and imports for Q3 2016 were $740 million and $810 million, respectively.",
  [L(X, "2016-07/2016-09", said("$740 million", "740")),
   L(I, "2016-07/2016-09", said("$810 million", "810"))],
  "2016-11-02",
  note="the two figures are swapped (exports were $810 million, imports $740 million): both wrong")
H("two_figures", "wire",
  "The contrast was stark: total trade of $1.76 million in February 2021 against $14.29 million in March.",
  [L(T, sp("2021-02"), usd("${} million", m(T, sp("2021-02")), dec=2)),
   L(T, sp("2021-03"), usd("${} million", m(T, sp("2021-03")), dec=2))],
  "2021-04-20",
  context="Trade between China and North Korea began to stir in spring 2021.")
H("two_figures", "thinktank",
  "Exports to the North in 2021 ($260.2 million) were barely more than half those of 2020 ($491.1 million).",
  [L(X, yr(2021), usd("${} million", m(X, yr(2021)))),
   L(X, yr(2020), usd("${} million", m(X, yr(2020))))],
  "2022-02-15")
H("two_figures", "wire",
  "Chinese exports climbed from $57.0 million in March 2022 to $98.1 million in May.",
  [L(X, sp("2022-03"), usd("${} million", m(X, sp("2022-03")))),
   L(X, sp("2022-05"), usd("${} million", "98.1"), direction="up", base=sp("2022-03"))],
  "2022-06-20",
  note="$98.1 million is April's figure; May's exports were $14.5 million, lower than March: wrong")
H("two_figures", "headline",
  "China's imports from N. Korea, Oct.→Nov. 2022: $21.4m → $11.8m (−45% MoM)",
  [L(I, sp("2022-10"), usd("${}m", m(I, sp("2022-10")))),
   L(I, sp("2022-11"), usd("${}m", m(I, sp("2022-11"))), direction="down", base=sp("2022-10")),
   C(I, sp("2022-11"), sp("2022-10"), pc("−{}%", "-45", 0))],
  "2022-12-20")
H("two_figures", "thinktank",
  "The annual total eased from $6.55bn in 2013 to $6.36bn in 2014.",
  [L(T, yr(2013), usd("${}bn", m(T, yr(2013)), "billion", 2)),
   L(T, yr(2014), usd("${}bn", m(T, yr(2014)), "billion", 2), direction="down", base=yr(2013))],
  "2015-03-10",
  context="North Korea's trade with China peaked before the 2016 sanctions.")
H("two_figures", "broadcast",
  "Q: And for 2024? A: Exports of $1.83 billion, imports of $350 million, so a combined $2.18 billion.",
  [L(X, yr(2024), usd("${} billion", m(X, yr(2024)), "billion", 2)),
   L(I, yr(2024), said("$350 million", "350")),
   L(T, yr(2024), usd("${} billion", m(T, yr(2024)), "billion", 2))],
  "2025-01-23",
  context="Q: Let's talk about China and North Korea. What do last year's customs numbers look like?")
H("two_figures", "wire",
  "In 2017 China exported $3.245bn of goods to North Korea versus imports of $1.731bn; in 2016 the figures had been $2.84bn and $2.54bn.",
  [L(X, yr(2017), said("$3.245bn", "3.245", "billion", 3)),
   L(I, yr(2017), said("$1.731bn", "1.731", "billion", 3)),
   L(X, yr(2016), usd("${}bn", m(X, yr(2016)), "billion", 2)),
   L(I, yr(2016), usd("${}bn", m(I, yr(2016)), "billion", 2))],
  "2018-01-26")
H("two_figures", "thinktank",
  "Shipments to the DPRK stood at US$227.45m in October 2018 and US$227.7m in November: flat, for practical purposes.",
  [L(X, sp("2018-10"), usd("US${}m", m(X, sp("2018-10")), dec=2)),
   L(X, sp("2018-11"), usd("US${}m", m(X, sp("2018-11"))))],
  "2018-12-24")
H("two_figures", "wire",
  "Trade volumes for June and July 2024 came in at $178.5 million and $144.8 million.",
  [L(T, sp("2024-06"), said("$178.5 million", "178.5", dec=1)),
   L(T, sp("2024-07"), said("$144.8 million", "144.8", dec=1))],
  "2024-08-20",
  context="China and North Korea traded less in mid-2024.")
H("two_figures", "broadcast",
  "In August 2020, exports fell to 19.3 million dollars from 65.87 million dollars in July, a decrease of about 71%, NHK reported, citing Chinese customs.",
  [L(X, sp("2020-08"), usd("{} million dollars", m(X, sp("2020-08"))), direction="down", base=sp("2020-07")),
   L(X, sp("2020-07"), usd("{} million dollars", m(X, sp("2020-07")), dec=2)),
   C(X, sp("2020-08"), sp("2020-07"), pc("{}%", "-71", 0), hedge="about")],
  "2020-09-19",
  context="China's exports to North Korea dropped sharply in the summer of 2020.")
H("two_figures", "xinhua",
  "China exported 240 million US dollars of goods to the DPRK and imported 200 million US dollars from it in January, up 14.5 percent and 13.3 percent respectively.",
  [L(X, sp("2017-01"), said("240 million US dollars", "240")),
   L(I, sp("2017-01"), said("200 million US dollars", "200")),
   C(X, sp("2017-01"), ago(sp("2017-01")), pc("{} percent", "14.5")),
   C(I, sp("2017-01"), ago(sp("2017-01")), pc("{} percent", "13.3"))],
  "2017-02-23")
H("two_figures", "wire",
  "Imports from the North reached $12.0 million in July 2022 and $18.78 million the following month.",
  [L(I, sp("2022-07"), said("$12.0 million", "12.0", dec=1)),
   L(I, sp("2022-08"), usd("${} million", m(I, sp("2022-08")), dec=2))],
  "2022-09-20")
H("two_figures", "thinktank",
  "Total trade was $199.98 million in April 2023 and $189.57 million in May, the two months either side of the $190 million mark.",
  [L(T, sp("2023-04"), usd("${} million", m(T, sp("2023-04")), dec=2)),
   L(T, sp("2023-05"), usd("${} million", m(T, sp("2023-05")), dec=2))],
  "2023-06-21",
  non=[NC("$190 million", "a threshold the figures are compared with, not a figure of a period")])
H("two_figures", "wire",
  "China's imports from North Korea were $20.1 million in January 2019 and $22.72 million in April, between which they dipped in February and March.",
  [L(I, sp("2019-01"), usd("${} million", m(I, sp("2019-01")))),
   L(I, sp("2019-04"), usd("${} million", "22.72"))],
  "2019-05-21",
  note="April's imports were $22.27 million, written $22.72 million (digits swapped): wrong")
