# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/heldout8.jsonl: an eighth held-out labelled set, written blind.

    python benchmarks/claims/build_heldout8.py           # write heldout8.jsonl, print the counts
    python benchmarks/claims/build_heldout8.py --check   # only compare with the committed file

The sentences here were written for an eighth held-out measurement of the claim checker, without
looking at the checker's code, at its output on any sentence, or at the sentences of ``suite.jsonl``,
``heldout.jsonl`` … ``heldout6.jsonl``, the set written alongside this one, or the dev set. Its
angle is the eras, spans and outlets the earlier sets use little: the early 2000s, the 2008–2009
crisis, 2010–2014 growth, 2016–2017 sanctions, the 2018 summits, the 2020 border closure, the 2021
trough, the 2023 reopening, 2024 and late 2025; annual totals and multi-year comparisons ("a decade
earlier", "five years before", "the first annual fall since"); the register of outlets that cover
North Korea (NK-focused analysis, defector-run dailies, Korean-service broadcasts translated into
English, Seoul trade-promotion and central-bank briefs, Chinese state media) with their number
habits ("US$", "USD", "mln", "bln", "1.2 billion dollars", Korean units such as "102 million 340
thousand dollars") and attributions; and trade figures set among sanctions, coal, textiles,
seafood, tourism, smuggling, exchange rates and Russia, whose other numbers are non-claims.

Figures come from the preferred rows of datasets/china_dprk.csv through ``gold.py``, rounded as
writers round them, or deliberately altered (a ``note`` says how). Every verdict is computed by
``gold.py`` from the data alone, never by tradestats.check. Figures about other pairs or in yuan
or won are written as a reporter would quote them and are labelled unverifiable; they are not
checked against any source. Annual records ("highest annual total since …") and annual streaks
are left out: gold.py scans monthly series only (the first annual decline since a year is kept).
"""

from __future__ import annotations

from pathlib import Path

import suitelib
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
    "H8-",
    [
        "Chinese customs figures on commerce with North Korea are the main window on the North's economy.",
        "Beijing's customs office publishes what crosses its border with Pyongyang each month.",
        "The numbers come from the Chinese customs tables for trade with North Korea.",
        "Watchers of the North Korean economy follow China's customs releases closely.",
    ],
)
X, I, T, BAL = "export", "import", "total", "balance"  # noqa: E741
WRONG = "deliberate error: "
APPROX = "rounded or truncated on purpose: "


def bn(tmpl: str, x, dec: int = 2):
    return usd(tmpl, x, "billion", dec)


def mn(tmpl: str, x, dec: int = 1):
    return usd(tmpl, x, "million", dec)


def S_(part: str, whole: str, span: str):  # noqa: N802  (a share in percent, from the data)
    return m(part, span) / m(whole, span) * 100


# == cumulative ===================================================================================
a = cum(2013, 6)
H(
    "cumulative",
    "thinktank",
    f"In the first half of 2013, the half-year in which Jang Song-thaek was still in office, Chinese shipments to the North slid {pc('{} percent', '-13.6')} on the year to {bn('US${} billion', m(X, a), 2)}.",
    [C(X, a, ago(a), pc("{} percent", "-13.6")), L(X, a, bn("US${} billion", m(X, a), 2))],
    "2013-07-22",
)
a = cum(2011, 6)
H(
    "cumulative",
    "wire",
    f"Imports from North Korea rose 202 percent in January-June 2011 to {bn('${} billion', m(I, a), 2)}, helped by coal and iron ore, the customs administration said.",
    [C(I, a, ago(a), pc("{} percent", "202", 0)), L(I, a, bn("${} billion", m(I, a), 2))],
    "2011-07-25",
)
a = cum(2017, 9)
H(
    "cumulative",
    "xinhua",
    f"China-DPRK trade in the first three quarters of 2017 was valued at {bn('{} billion U.S. dollars', m(T, a), 2)}, up {pc('{} percent', '3.7')} year on year, according to the General Administration of Customs.",
    [L(T, a, bn("{} billion U.S. dollars", m(T, a), 2)), C(T, a, ago(a), pc("{} percent", "3.7"))],
    "2017-10-24",
)
a = cum(2018, 11)
H(
    "cumulative",
    "yonhap",
    f"Trade between the two countries for the January-November period plunged {pc('{} percent', '-52.9')} from a year earlier to US$2.2 billion, data compiled by KITA from Chinese customs showed.",
    [C(T, a, ago(a), pc("{} percent", "-52.9")), L(T, a, bn("US${} billion", m(T, a), 1))],
    "2018-12-24",
    context="SEOUL, Dec. 24 (Yonhap) -- North Korea's trade with China in the first 11 months of the year fell by more than half as U.N. sanctions bit, according to Chinese customs figures.",
)
a = cum(2024, 7)
H(
    "cumulative",
    "thinktank",
    f"Through July, two-way trade stood at {bn('${} billion', m(T, a), 2)}, {pc('{} percent', '-8.4')} behind the first seven months of 2023, with Chinese exports down {pc('{}%', '-13.3')} and imports from the North up {pc('{}%', '24', 0)}.",
    [
        L(T, a, bn("${} billion", m(T, a), 2)),
        C(T, a, ago(a), pc("{} percent", "-8.4"), direction="down"),
        C(X, a, ago(a), pc("{}%", "-13.3")),
        C(I, a, ago(a), pc("{}%", "24", 0)),
    ],
    "2024-08-21",
)
a = cum(2023, 8)
H(
    "cumulative",
    "headline",
    f"China-North Korea trade hits {bn('${} bln', m(T, a), 2)} in Jan-Aug, up 189% on year",
    [L(T, a, bn("${} bln", m(T, a), 2)), C(T, a, ago(a), pc("{}%", "189", 0))],
    "2023-09-20",
)
a = cum(2016, 11)
H(
    "cumulative",
    "wire",
    f"Even after Resolution 2270 in March, bilateral trade in the first 11 months of 2016 rose {pc('{} percent', '6', 0)} to {bn('${} billion', m(T, a), 1)}.",
    [C(T, a, ago(a), pc("{} percent", "6", 0)), L(T, a, bn("${} billion", m(T, a), 1))],
    "2016-12-23",
    context="China's trade with North Korea kept growing despite new U.N. sanctions.",
    non=[NC("2270", "resolution number")],
)
a = cum(2015, 11)
H(
    "cumulative",
    "wire",
    f"Trade for January to November 2015 came to {bn('${} billion', '4.19')}, down 15 percent from the same stretch of 2014.",
    [L(T, a, bn("${} billion", "4.19")), C(T, a, ago(a), pc("{} percent", "-15", 0))],
    "2015-12-22",
    note=WRONG + "January-November 2015 trade was $4.91 billion; the digits are transposed to 4.19",
)
a = cum(2023, 11)
H(
    "cumulative",
    "yonhap",
    f"Cumulative trade for the first 11 months of the year reached US$2.05 billion, a {pc('{} percent', '146.2')} jump from a year earlier.",
    [L(T, a, bn("US${} billion", m(T, a), 2)), C(T, a, ago(a), pc("{} percent", "146.2"))],
    "2023-12-21",
    context="North Korea's trade with China has already passed its full-year 2022 level, according to Chinese customs data.",
    note=WRONG
    + "the published January-November change was +246.2 percent for total trade; 146.2 is the export figure applied to the total",
)
a = cum(2020, 9)
H(
    "cumulative",
    "broadcast",
    "For the first nine months of the year, Chinese customs put total trade with the North at five-hundred-31 million dollars, a drop of 72-point-8 percent.",
    [
        L(T, a, said("five-hundred-31 million dollars", "531")),
        C(T, a, ago(a), Num("72-point-8 percent", "-72.8", 1)),
    ],
    "2020-10-23",
)
a = cum(2006, 11)
H(
    "cumulative",
    "xinhua",
    f"In the January-November period of 2006, China's exports to the DPRK amounted to {bn('{} billion U.S. dollars', m(X, a), 2)}, up {pc('{} percent', '12.28', 2)}, while its imports from the DPRK fell {pc('{} percent', '-9.38', 2)}.",
    [
        L(X, a, bn("{} billion U.S. dollars", m(X, a), 2)),
        C(X, a, ago(a), pc("{} percent", "12.28", 2)),
        C(I, a, ago(a), pc("{} percent", "-9.38", 2)),
    ],
    "2006-12-26",
)
a = cum(2010, 5)
H(
    "cumulative",
    "thinktank",
    f"Between January and May 2010, in the months after the currency redenomination, Chinese exports to North Korea totalled {mn('${} million', m(X, a))} and imports {mn('${} million', m(I, a))}.",
    [L(X, a, mn("${} million", m(X, a))), L(I, a, mn("${} million", m(I, a)))],
    "2010-06-28",
)
a = cum(2021, 6)
H(
    "cumulative",
    "broadcast",
    f"Over the first half of this year, trade between North Korea and China came to only {mn('{} million dollars', m(T, a), 1)}, about 84 percent below the same period a year ago.",
    [
        L(T, a, mn("{} million dollars", m(T, a), 1), hedge="only"),
        C(T, a, ago(a), pc("{} percent", "-84", 0), hedge="about"),
    ],
    "2021-07-19",
    context="Radio Free Asia's Korean service reported on the state of the border.",
)
a = cum(2019, 6)
H(
    "cumulative",
    "yonhap",
    f"In the first half, the North's imports from China rose {pc('{} percent', '15.5')} on-year to US$1.14 billion, while its exports to China climbed {pc('{} percent', '12', 0)} to US$108.4 million.",
    [
        C(X, a, ago(a), pc("{} percent", "15.5")),
        L(X, a, bn("US${} billion", m(X, a), 2)),
        C(I, a, ago(a), pc("{} percent", "12", 0)),
        L(I, a, mn("US${} million", m(I, a))),
    ],
    "2019-07-24",
    context="SEOUL, July 24 (Yonhap) -- North Korea's trade with China grew in the first six months of the year despite sanctions, according to Chinese customs data compiled by the Korea International Trade Association.",
)
a = cum(2022, 10)
H(
    "cumulative",
    "thinktank",
    f"By October, trade for 2022 had reached {mn('${} million', m(T, a), 0)}, already more than double the whole of 2021.",
    [
        L(T, a, mn("${} million", m(T, a), 0)),
        R(T, a, yr(2021), word("double", "2"), rung_kind="verbal", hedge="more than", unit="times"),
    ],
    "2022-11-21",
    context="Chinese customs data show trade with North Korea recovering as freight trains run again.",
)

# == two_figures ==================================================================================
a, b = yr(2009), yr(2008)
H(
    "two_figures",
    "wire",
    f"Total trade slipped to {bn('${} billion', m(T, a), 2)} in 2009 from {bn('${} billion', m(T, b), 2)} in 2008, as the global crisis hit Chinese demand.",
    [
        L(T, a, bn("${} billion", m(T, a), 2), direction="down", base=b),
        L(T, b, bn("${} billion", m(T, b), 2)),
    ],
    "2010-01-29",
    context="Trade between China and North Korea declined last year.",
)
a, b = yr(2011), yr(2010)
H(
    "two_figures",
    "yonhap",
    "Two-way trade jumped from US$3.47 billion in 2010 to US$5.62 billion in 2011, KOTRA said in a report citing Chinese customs figures.",
    [
        L(T, b, bn("US${} billion", m(T, b), 2)),
        L(T, a, bn("US${} billion", m(T, a), 2), direction="up", base=b),
    ],
    "2012-05-21",
)
a, b = yr(2013), yr(2014)
H(
    "two_figures",
    "thinktank",
    f"Chinese exports to the North were {bn('${} billion', m(X, a), 2)} and {bn('${} billion', m(X, b), 2)} in 2013 and 2014 respectively, while imports were {bn('${} billion', m(I, a), 2)} and {bn('${} billion', m(I, b), 2)}.",
    [
        L(X, a, bn("${} billion", m(X, a), 2)),
        L(X, b, bn("${} billion", m(X, b), 2)),
        L(I, a, bn("${} billion", m(I, a), 2)),
        L(I, b, bn("${} billion", m(I, b), 2)),
    ],
    "2015-02-10",
)
a, b = yr(2021), yr(2020)
H(
    "two_figures",
    "broadcast",
    "Last year's trade of 318 million dollars was down from 539 million the year before.",
    [
        L(T, a, said("318 million dollars", "318"), direction="down", base=b),
        L(T, b, said("539 million", "539")),
    ],
    "2022-01-21",
    context="Radio Free Asia's Korean service looked back on the first full year of the border closure.",
)
a, b = sp("2020-03"), sp("2020-02")
H(
    "two_figures",
    "wire",
    f"Chinese shipments to North Korea rose to {mn('${} million', m(X, a))} in March from {mn('${} million', m(X, b))} in February, when the border was shut against the coronavirus.",
    [
        L(X, a, mn("${} million", m(X, a)), direction="up", base=b),
        L(X, b, mn("${} million", m(X, b))),
    ],
    "2020-04-20",
)
a, b = sp("2017-08"), sp("2017-07")
H(
    "two_figures",
    "thinktank",
    f"Imports from North Korea rose from {mn('${} million', m(I, b))} in July 2017 to {mn('${} million', m(I, a))} in August, a last rush before the ban on coal, iron and seafood took full effect.",
    [
        L(I, b, mn("${} million", m(I, b))),
        L(I, a, mn("${} million", m(I, a)), direction="up", base=b),
    ],
    "2017-09-25",
)
a, b = sp("2023-10"), sp("2023-09")
H(
    "two_figures",
    "yonhap",
    "Trade fell to US$192.42 million in October from US$216.53 million a month earlier, while China's imports from the North dropped 10.7 percent.",
    [
        L(T, a, said("US$192.42 million", "192.42", dec=2), direction="down", base=b),
        L(T, b, said("US$216.53 million", "216.53", dec=2)),
        C(I, a, b, pc("{} percent", "-10.7")),
    ],
    "2023-11-20",
    context="North Korea-China trade shrank in October, according to Chinese customs figures.",
)
a, b = yr(2024), yr(2023)
H(
    "two_figures",
    "headline",
    "NK-China trade: $2.18 bln in 2024 vs $2.30 bln in 2023",
    [L(T, a, bn("${} bln", m(T, a), 2)), L(T, b, bn("${} bln", m(T, b), 2))],
    "2025-01-20",
)
a, b = sp("2025-12"), sp("2025-11")
H(
    "two_figures",
    "thinktank",
    f"Chinese exports to North Korea edged up from {mn('${} million', m(X, b))} in November 2025 to {mn('${} million', m(X, a))} in December, ending the year on a high note.",
    [
        L(X, b, mn("${} million", m(X, b))),
        L(X, a, mn("${} million", m(X, a)), direction="up", base=b),
    ],
    "2026-01-21",
)
a, b = sp("2018-06"), sp("2018-05")
H(
    "two_figures",
    "wire",
    "Chinese customs said trade was $217.2 million in June, against $230.9 million in May, the month before the Singapore summit.",
    [
        L(T, a, said("$217.2 million", "217.2", dec=1)),
        L(T, b, said("$230.9 million", "230.9", dec=1)),
    ],
    "2018-07-23",
    context="Trade between China and North Korea has yet to pick up after the leaders' summits.",
)
a, b = sp("2016-07"), sp("2016-05")
H(
    "two_figures",
    "thinktank",
    f"Monthly imports from the North went from {mn('${} million', m(I, b))} in May 2016 to {mn('${} million', '272.0')} in July.",
    [L(I, b, mn("${} million", m(I, b))), L(I, a, mn("${} million", "272.0"))],
    "2016-08-25",
    note=WRONG + "July 2016 imports were $227.0 million; 272.0 swaps two digits",
)
a, b = cum(2013, 8), cum(2012, 8)
H(
    "two_figures",
    "yonhap",
    "The bilateral trade volume for January-August was US$4.01 billion, compared with US$4.1 billion for the same period a year earlier.",
    [L(T, a, bn("US${} billion", m(T, a), 2)), L(T, b, bn("US${} billion", m(T, b), 1))],
    "2013-09-24",
    context="North Korea's trade with China dipped slightly this year after the North's third nuclear test, data showed.",
)
a, b = yr(2022), yr(2021)
H(
    "two_figures",
    "broadcast",
    "China's exports to the North came to 894 million dollars last year, up from 260 million dollars in twenty-21.",
    [
        L(X, a, said("894 million dollars", "894"), direction="up", base=b),
        L(X, b, said("260 million dollars", "260")),
    ],
    "2023-01-19",
)

# == relative_dates =================================================================================
a = yr(2024)
H(
    "relative_dates",
    "wire",
    f"Trade between China and North Korea fell 5 percent last year to {bn('${} billion', m(T, a), 2)}, the first annual decline since 2021, customs data showed on Monday.",
    [
        C(T, a, ago(a), pc("{} percent", "-5", 0)),
        L(T, a, bn("${} billion", m(T, a), 2)),
        FD(T, 2024, 2021, "the first annual decline since 2021"),
    ],
    "2025-01-20",
)
a = sp("2023-09")
H(
    "relative_dates",
    "yonhap",
    "Last month's trade was US$216.53 million, up 13.3 percent from August, according to Chinese customs data cited in the Korea Development Institute's monthly review.",
    [
        L(T, a, said("US$216.53 million", "216.53", dec=2)),
        C(T, a, prev(a), pc("{} percent", "13.3")),
    ],
    "2023-10-23",
)
a = yr(2022)
H(
    "relative_dates",
    "broadcast",
    "Last year, trade between the two countries totaled one billion 27 million dollars, more than three times the year before.",
    [
        L(T, a, said("one billion 27 million dollars", "1027")),
        R(T, a, ago(a), word("three times", "3"), unit="times", hedge="more than"),
    ],
    "2023-01-20",
    context="Voice of America's Korean service looked at the latest Chinese customs figures.",
    note=APPROX
    + "the 2022 total was $1,027.72 million; the Korean reading drops the fraction (a truncation)",
)
a = sp("2024-10")
H(
    "relative_dates",
    "wire",
    f"Trade in October rose to {mn('${} million', m(T, a))} from {mn('${} million', m(T, prev(a)))} in September.",
    [
        L(T, a, mn("${} million", m(T, a)), direction="up", base=prev(a)),
        L(T, prev(a), mn("${} million", m(T, prev(a)))),
    ],
    "2024-11-20",
    context="China's trade with North Korea recovered in the autumn.",
)
a = yr(2021)
H(
    "relative_dates",
    "wire",
    "Beijing's customs data showed China's imports from North Korea rose 20.7 percent last year to $57.9 million, while its exports fell 47 percent.",
    [
        C(I, a, ago(a), pc("{} percent", "20.7")),
        L(I, a, mn("${} million", m(I, a))),
        C(X, a, ago(a), pc("{} percent", "-47", 0)),
    ],
    "2022-01-18",
)
a = sp("2021-09")
H(
    "relative_dates",
    "yonhap",
    "Last month, North Korea's imports from China jumped 147 percent from a month earlier to US$55.63 million, according to Chinese customs data compiled by the Korea International Trade Association.",
    [
        C(X, a, prev(a), pc("{} percent", "147", 0)),
        L(X, a, said("US$55.63 million", "55.63", dec=2)),
    ],
    "2021-10-20",
)
a = sp("2020-11")
H(
    "relative_dates",
    "broadcast",
    "Chinese exports to North Korea last month were worth just one-hundred-48 thousand dollars, down 42 percent from October.",
    [
        L(X, a, said("one-hundred-48 thousand dollars", "148", "thousand"), hedge="just"),
        C(X, a, prev(a), pc("{} percent", "-42", 0)),
    ],
    "2020-12-18",
)
a = cum(2024, 4)
H(
    "relative_dates",
    "thinktank",
    f"Chinese exports for the year to April were {mn('${} million', m(X, a), 0)}, {pc('{} percent', '-8.5')} below the same period last year.",
    [L(X, a, mn("${} million", m(X, a), 0)), C(X, a, ago(a), pc("{} percent", "-8.5"))],
    "2024-05-20",
)
a = sp("2018-01")
H(
    "relative_dates",
    "wire",
    "China's imports from North Korea in January plunged 77.4 percent from a year earlier to $47.09 million, the lowest monthly value since October 2010.",
    [
        C(I, a, ago(a), pc("{} percent", "-77.4")),
        L(I, a, said("$47.09 million", "47.09", dec=2)),
        SU(I, "2018-01", "2010-10", "low", "the lowest monthly value since October 2010"),
    ],
    "2018-02-23",
    context="China's customs agency released detailed January data on Friday.",
    note="the data hold no monthly import series back to 2010, so the record clause is unverifiable",
)
a = sp("2025-11")
H(
    "relative_dates",
    "thinktank",
    f"Trade last month reached {mn('${} million', m(T, a), 0)}, of which Chinese exports made up {mn('${} million', m(X, a))}.",
    [L(T, a, mn("${} million", m(T, a), 0)), L(X, a, mn("${} million", m(X, a)))],
    "2025-12-22",
)
a = sp("2020-05")
H(
    "relative_dates",
    "xinhua",
    "In May, China's trade with the DPRK rose 163.7 percent month on month to 63.32 million U.S. dollars, the customs said.",
    [
        C(T, a, prev(a), pc("{} percent", "163.7")),
        L(T, a, said("63.32 million U.S. dollars", "63.32", dec=2)),
    ],
    "2020-06-24",
)
a = yr(2016)
H(
    "relative_dates",
    "yonhap",
    f"North Korea's trade with China last year totaled US$5.38 billion, down {pc('{} percent', chg(T, a, ago(a)))} from the previous year, according to Chinese customs figures cited by KOTRA.",
    [
        L(T, a, bn("US${} billion", m(T, a), 2)),
        C(T, a, ago(a), pc("{} percent", chg(T, a, ago(a)))),
    ],
    "2017-07-21",
)
a = sp("2021-04")
H(
    "relative_dates",
    "wire",
    "China's exports to North Korea in April were down 82.4 percent from a year earlier at $28.75 million.",
    [C(X, a, ago(a), pc("{} percent", "-82.4")), L(X, a, said("$28.75 million", "28.75", dec=2))],
    "2021-05-20",
)

# == perspective ===================================================================================
a = yr(2023)
H(
    "perspective",
    "thinktank",
    f"North Korea's exports to China more than doubled to {mn('${} million', m(I, a), 0)} in 2023, led by wigs and false eyelashes, while its purchases from China reached {bn('${} billion', m(X, a), 1)}.",
    [
        L(I, a, mn("${} million", m(I, a), 0)),
        R(I, a, ago(a), word("doubled", "2"), rung_kind="verbal", hedge="more than", unit="times"),
        L(X, a, bn("${} billion", m(X, a), 1)),
    ],
    "2024-02-05",
)
a = yr(2024)
H(
    "perspective",
    "thinktank",
    f"The North's exports to China rose to {mn('${} million', m(I, a), 0)} in 2024, while what it bought from China fell to {bn('${} billion', m(X, a), 2)}.",
    [
        L(I, a, mn("${} million", m(I, a), 0), direction="up", base=ago(a)),
        L(X, a, bn("${} billion", m(X, a), 2), direction="down", base=ago(a)),
    ],
    "2025-02-03",
)
a = sp("2017-12")
H(
    "perspective",
    "yonhap",
    "SEOUL, Jan. 26 (Yonhap) -- North Korea's shipments to China stood at US$54.68 million in December, as Beijing enforced the U.N. ban on the North's coal, textiles and seafood.",
    [L(I, a, said("US$54.68 million", "54.68", dec=2))],
    "2018-01-26",
)
a = sp("2016-05")
H(
    "perspective",
    "wire",
    "North Korea's imports from China fell 5.9 percent in May from a year earlier to $239.3 million, and its exports to China dropped 12.59 percent to $175.6 million.",
    [
        C(X, a, ago(a), pc("{} percent", "-5.9")),
        L(X, a, said("$239.3 million", "239.3", dec=1)),
        C(I, a, ago(a), pc("{} percent", "-12.59", 2)),
        L(I, a, said("$175.6 million", "175.6", dec=1)),
    ],
    "2016-06-23",
)
a = yr(2021)
H(
    "perspective",
    "broadcast",
    "Pyongyang's purchases of Chinese goods last year came to just 260 million dollars.",
    [L(X, a, said("260 million dollars", "260"), hedge="just")],
    "2022-01-20",
    context="North Korea's trade with China sank to a new low in twenty-21.",
)
a = sp("2020-03")
H(
    "perspective",
    "thinktank",
    "Seen from Pyongyang, March 2020 was close to a standstill: the North sold just $616,000 worth of goods to China, 96.2% less than a year before.",
    [
        L(I, a, said("$616,000", "616", "thousand"), hedge="just"),
        C(I, a, ago(a), pc("{}%", "-96.2")),
    ],
    "2020-04-24",
)
a = cum(2014, 7)
H(
    "perspective",
    "yonhap",
    "North Korea's exports to China for January-July fell 4.3 percent on-year to US$1.57 billion, while its imports rose 1.8 percent to US$1.95 billion.",
    [
        C(I, a, ago(a), pc("{} percent", "-4.3")),
        L(I, a, bn("US${} billion", m(I, a), 2)),
        C(X, a, ago(a), pc("{} percent", "1.8")),
        L(X, a, bn("US${} billion", m(X, a), 2)),
    ],
    "2014-08-25",
    context="North Korea's trade with China slowed in the first seven months of the year after the execution of Jang Song-thaek, according to Chinese customs data.",
)
a = sp("2024-05")
H(
    "perspective",
    "thinktank",
    f"In May 2024 the North sold {mn('${} million', m(I, a))} worth of goods across the border and bought {mn('${} million', m(X, a))} from China.",
    [L(I, a, mn("${} million", m(I, a))), L(X, a, mn("${} million", m(X, a)))],
    "2024-06-20",
)
a = yr(2017)
H(
    "perspective",
    "wire",
    f"North Korea's exports to China fell {pc('{} percent', chg(I, a, ago(a)), 0)} to {bn('${} billion', m(I, a), 2)} in 2017, while its imports from China rose 14 percent.",
    [
        C(I, a, ago(a), pc("{} percent", chg(I, a, ago(a)), 0)),
        L(I, a, bn("${} billion", m(I, a), 2)),
        C(X, a, ago(a), pc("{} percent", chg(X, a, ago(a)), 0)),
    ],
    "2018-01-25",
)
a = sp("2021-02")
H(
    "perspective",
    "wire",
    "China's customs recorded a mere $3,000 of goods going to North Korea in February 2021, against $1.75 million coming the other way.",
    [
        L(X, a, said("$3,000", "3", "thousand"), hedge="a mere"),
        L(I, a, said("$1.75 million", "1.75", dec=2)),
    ],
    "2021-03-23",
)
a = sp("2023-11")
H(
    "perspective",
    "yonhap",
    "The North's imports from China in November grew 18.3 percent from the previous month to US$198.2 million, and its exports rose 5.2 percent to US$26.1 million.",
    [
        C(X, a, prev(a), pc("{} percent", "18.3")),
        L(X, a, said("US$198.2 million", "198.2", dec=1)),
        C(I, a, prev(a), pc("{} percent", "5.2")),
        L(I, a, said("US$26.1 million", "26.1", dec=1)),
    ],
    "2023-12-20",
    context="SEOUL, Dec. 20 (Yonhap) -- North Korea's trade with China grew in November, according to Chinese customs data.",
)
a = yr(2022)
H(
    "perspective",
    "thinktank",
    "Chinese purchases of North Korean goods reached $133.7 million in 2022, up 131 percent on the year.",
    [L(I, a, said("$133.7 million", "133.7", dec=1)), C(I, a, ago(a), pc("{} percent", "131", 0))],
    "2023-01-30",
)
a = yr(2020)
H(
    "perspective",
    "broadcast",
    "North Korea sold 48 million dollars worth of goods to China in twenty-20, and bought 419 million dollars worth.",
    [L(I, a, said("48 million dollars", "48")), L(X, a, said("419 million dollars", "419"))],
    "2021-01-22",
    note=WRONG
    + "Chinese exports to the North in 2020 were $491.1 million; 419 transposes the digits",
)

# == broadcast_numbers =============================================================================
a = sp("2022-04")
H(
    "broadcast_numbers",
    "broadcast",
    "Trade between North Korea and China in April reached 102 million 340 thousand dollars, as freight trains ran between Dandong and Sinuiju.",
    [L(T, a, said("102 million 340 thousand dollars", "102.34", dec=2))],
    "2022-05-20",
    note="translated from a Korean-language broadcast that reads 1억 234만 달러 as millions and thousands",
)
a = sp("2023-08")
H(
    "broadcast_numbers",
    "broadcast",
    "Imports from the North in August came to twenty-eight-point-two-three million dollars, up twelve-point-seven percent on July.",
    [
        L(I, a, said("twenty-eight-point-two-three million dollars", "28.23", dec=2)),
        C(I, a, prev(a), word("twelve-point-seven percent", "12.7", 1)),
    ],
    "2023-09-20",
)
a = yr(2012)
H(
    "broadcast_numbers",
    "broadcast",
    "In twenty-twelve, two-way trade climbed five-point-five per cent to five-point-nine-three billion dollars.",
    [
        C(T, a, ago(a), word("five-point-five per cent", "5.5", 1)),
        L(T, a, said("five-point-nine-three billion dollars", "5.93", "billion", 2)),
    ],
    "2013-01-28",
)
a = yr(2024)
H(
    "broadcast_numbers",
    "broadcast",
    "China's exports to North Korea last year were one billion 830 million dollars, and its imports 350 million dollars.",
    [
        L(X, a, said("one billion 830 million dollars", "1830")),
        L(I, a, said("350 million dollars", "350")),
    ],
    "2025-01-21",
)
a = sp("2014-05")
H(
    "broadcast_numbers",
    "headline",
    "N.Korea-China trade in May: exports USD302.51mln (-6.94%), imports USD233.64mln (-15.41%)",
    [
        L(X, a, said("USD302.51mln", "302.51", dec=2)),
        C(X, a, ago(a), word("-6.94%", "-6.94", 2), direction="down"),
        L(I, a, said("USD233.64mln", "233.64", dec=2)),
        C(I, a, ago(a), word("-15.41%", "-15.41", 2), direction="down"),
    ],
    "2014-06-24",
)
a = yr(2014)
H(
    "broadcast_numbers",
    "xinhua",
    "The bilateral trade volume reached 6.36 billion dollars in 2014, a decrease of 2.79 percent year on year.",
    [
        L(T, a, said("6.36 billion dollars", "6.36", "billion", 2)),
        C(T, a, ago(a), pc("{} percent", "-2.79", 2)),
    ],
    "2015-01-24",
)
a = sp("2021-05")
H(
    "broadcast_numbers",
    "broadcast",
    "May's trade total was three-point-four-six million dollars, as almost nothing crossed the Yalu.",
    [L(T, a, said("three-point-four-six million dollars", "3.46", dec=2))],
    "2021-06-18",
)
a = cum(2023, 3)
H(
    "broadcast_numbers",
    "broadcast",
    "For the first quarter, trade stood at four-hundred-85-point-nine million dollars, up one-hundred-and-47 percent.",
    [
        L(T, a, said("four-hundred-85-point-nine million dollars", "485.9", dec=1)),
        C(T, a, ago(a), word("one-hundred-and-47 percent", "147")),
    ],
    "2023-04-20",
)
a = sp("2022-10")
H(
    "broadcast_numbers",
    "headline",
    "China's Oct exports to NK US$132.4M, +233% y/y",
    [L(X, a, said("US$132.4M", "132.4", dec=1)), C(X, a, ago(a), word("+233%", "233"))],
    "2022-11-20",
)
a = yr(2010)
H(
    "broadcast_numbers",
    "broadcast",
    "Trade in twenty-ten was three-point-four-seven billion dollars, up almost thirty percent from the year before.",
    [
        L(T, a, said("three-point-four-seven billion dollars", "3.47", "billion", 2)),
        C(T, a, ago(a), word("thirty percent", "30"), hedge="almost"),
    ],
    "2011-01-31",
)
a = sp("2024-02")
H(
    "broadcast_numbers",
    "headline",
    "NK-China Feb trade USD 120 mln; NK exports USD 27.28 mln",
    [L(T, a, said("USD 120 mln", "120")), L(I, a, said("USD 27.28 mln", "27.28", dec=2))],
    "2024-03-20",
)
a = yr(2005)
H(
    "broadcast_numbers",
    "broadcast",
    "Back in two-thousand-five, China sold one-point-oh-eight billion dollars worth of goods to the North.",
    [L(X, a, said("one-point-oh-eight billion dollars", "1.08", "billion", 2))],
    "2006-02-10",
)

# == level_direction ===============================================================================
a = yr(2015)
H(
    "level_direction",
    "wire",
    f"Two-way trade sank to {bn('${} billion', m(T, a), 2)} in 2015 as coal prices slumped and Beijing tightened inspections.",
    [L(T, a, bn("${} billion", m(T, a), 2), direction="down", base=ago(a))],
    "2016-01-29",
)
a = yr(2013)
H(
    "level_direction",
    "thinktank",
    f"Despite the purge of Jang Song-thaek in December, annual trade climbed to {bn('${} billion', m(T, a), 2)} in 2013.",
    [L(T, a, bn("${} billion", m(T, a), 2), direction="up", base=ago(a))],
    "2014-01-27",
)
a = sp("2020-08")
H(
    "level_direction",
    "wire",
    f"China's exports to North Korea tumbled to {mn('${} million', m(X, a))} in August as Pyongyang shut its border tighter against the virus and floods hit the northwest.",
    [L(X, a, mn("${} million", m(X, a)), direction="down", base=prev(a))],
    "2020-09-18",
)
a = sp("2024-07")
H(
    "level_direction",
    "yonhap",
    "Trade between North Korea and China dropped to US$144.75 million in July from a month earlier, as relations cooled after Kim Jong-un's summit with Vladimir Putin.",
    [L(T, a, said("US$144.75 million", "144.75", dec=2), direction="down", base=prev(a))],
    "2024-08-20",
)
a = sp("2023-06")
H(
    "level_direction",
    "thinktank",
    f"Chinese exports eased to {mn('${} million', m(X, a))} in June, down {pc('{} percent', '-6.6')} on May.",
    [
        L(X, a, mn("${} million", m(X, a)), direction="down", base=prev(a)),
        C(X, a, prev(a), pc("{} percent", "-6.6")),
    ],
    "2023-07-20",
    context="China's trade with North Korea softened at the start of summer.",
)
a = sp("2021-08")
H(
    "level_direction",
    "broadcast",
    "Total trade in August climbed to 28-point-8 million dollars, up 37-point-5 percent from July.",
    [
        L(T, a, said("28-point-8 million dollars", "28.8", dec=1), direction="up", base=prev(a)),
        C(T, a, prev(a), word("37-point-5 percent", "37.5", 1)),
    ],
    "2021-09-18",
)
a = sp("2017-10")
H(
    "level_direction",
    "wire",
    f"Trade fell to {mn('${} million', m(T, a))} in October, down 20 percent from September, after the Security Council capped refined petroleum shipments at 2 million barrels a year.",
    [
        L(T, a, mn("${} million", m(T, a)), direction="down", base=prev(a)),
        C(T, a, prev(a), pc("{} percent", "-20", 0)),
    ],
    "2017-11-23",
    non=[NC("2 million barrels", "sanctions cap on petroleum, not trade value")],
)
a = sp("2022-05")
H(
    "level_direction",
    "yonhap",
    "Trade between the two countries plunged to US$20.31 million in May, as freight trains between Dandong and Sinuiju were halted over COVID-19 outbreaks.",
    [L(T, a, said("US$20.31 million", "20.31", dec=2), direction="down", base=prev(a))],
    "2022-06-20",
)
a = sp("2018-10")
H(
    "level_direction",
    "wire",
    f"China's exports to North Korea fell to {mn('${} million', m(X, a))} in October from September, as summit diplomacy failed to lift sanctions.",
    [L(X, a, mn("${} million", m(X, a)), direction="down", base=prev(a))],
    "2018-11-23",
    note=WRONG
    + "October 2018 exports ($227.45m) rose from September ($200.33m); the sentence says they fell",
)
a = yr(2021)
H(
    "level_direction",
    "thinktank",
    f"Annual trade shrank to {mn('${} million', m(T, a), 0)} in 2021, as the border stayed shut all year.",
    [L(T, a, mn("${} million", m(T, a), 0), direction="down", base=ago(a))],
    "2022-01-25",
)
a = sp("2024-08")
H(
    "level_direction",
    "wire",
    f"Trade rebounded to {mn('${} million', m(T, a))} in August, up {pc('{} percent', '22.5')} from July.",
    [
        L(T, a, mn("${} million", m(T, a)), direction="up", base=prev(a)),
        C(T, a, prev(a), pc("{} percent", "22.5")),
    ],
    "2024-09-20",
    context="Trade between China and North Korea picked up again after a summer lull.",
)
a = yr(2016)
H(
    "level_direction",
    "yonhap",
    f"China's imports from the North edged down to {bn('US${} billion', m(I, a), 2)} in 2016, while its exports slipped to {bn('US${} billion', m(X, a), 2)}.",
    [
        L(I, a, bn("US${} billion", m(I, a), 2), direction="down", base=ago(a)),
        L(X, a, bn("US${} billion", m(X, a), 2), direction="down", base=ago(a)),
    ],
    "2017-01-23",
)
a = sp("2022-11")
H(
    "level_direction",
    "yonhap",
    "China's exports to North Korea fell 14 percent in November from a month earlier to US$113.88 million, while imports from the North sank 45 percent to US$11.84 million.",
    [
        C(X, a, prev(a), pc("{} percent", "-14", 0)),
        L(X, a, said("US$113.88 million", "113.88", dec=2), direction="down", base=prev(a)),
        C(I, a, prev(a), pc("{} percent", "-45", 0)),
        L(I, a, said("US$11.84 million", "11.84", dec=2), direction="down", base=prev(a)),
    ],
    "2022-12-20",
)
a = yr(2008)
H(
    "level_direction",
    "xinhua",
    f"China-DPRK trade grew to {bn('{} billion U.S. dollars', m(T, a), 2)} in 2008, with China's exports rising to {bn('{} billion dollars', m(X, a), 2)}.",
    [
        L(T, a, bn("{} billion U.S. dollars", m(T, a), 2), direction="up", base=ago(a)),
        L(X, a, bn("{} billion dollars", m(X, a), 2), direction="up", base=ago(a)),
    ],
    "2009-02-06",
)

# == shares ========================================================================================
a = yr(2023)
H(
    "shares",
    "thinktank",
    f"Goods heading north across the Yalu were worth {pc('{} percent', S_(X, T, a))} of everything the two sides traded in 2023.",
    [S(X, T, a, pc("{} percent", S_(X, T, a)))],
    "2024-01-30",
)
a = yr(2024)
H(
    "shares",
    "wire",
    f"Imports from North Korea made up {pc('{} percent', S_(I, T, a), 0)} of the year's trade, as Chinese buyers took more of its wigs and eyelashes.",
    [S(I, T, a, pc("{} percent", S_(I, T, a), 0))],
    "2025-01-22",
    context="China's trade with North Korea fell in 2024, but imports from the North rose.",
)
a = yr(2013)
H(
    "shares",
    "yonhap",
    "China's exports took up 55.5 percent of bilateral trade in 2013, and imports 44.7 percent, according to Chinese customs figures compiled by KOTRA.",
    [S(X, T, a, pc("{} percent", "55.5")), S(I, T, a, pc("{} percent", "44.7"))],
    "2014-07-08",
)
a = yr(2016)
H(
    "shares",
    "thinktank",
    f"In 2016 the North's coal-heavy sales to China were almost half of all bilateral trade, at {pc('{} percent', S_(I, T, a))}.",
    [
        S(I, T, a, pc("{} percent", S_(I, T, a))),
        S(I, T, a, word("half", "50"), rung_kind="fraction", hedge="almost"),
    ],
    "2017-02-20",
)
a = yr(2021)
H(
    "shares",
    "wire",
    "Imports from North Korea were just under a fifth of 2021's trade, an unusually high share because Chinese exports had all but stopped.",
    [S(I, T, a, word("a fifth", "20"), rung_kind="fraction", hedge="just under")],
    "2022-01-24",
    context="China's customs published full-year figures on trade with North Korea.",
)
a = sp("2025-11")
H(
    "shares",
    "thinktank",
    f"Chinese goods made up {pc('{}%', S_(X, T, a))} of the {mn('${} million', m(T, a), 0)} in November 2025 trade.",
    [S(X, T, a, pc("{}%", S_(X, T, a))), L(T, a, mn("${} million", m(T, a), 0))],
    "2025-12-22",
)
a = yr(2022)
H(
    "shares",
    "yonhap",
    f"Imports from the North accounted for {pc('{} percent', '31.0')} of the year's total trade with China.",
    [S(I, T, a, pc("{} percent", "31.0"))],
    "2023-01-20",
    context="SEOUL, Jan. 20 (Yonhap) -- North Korea's trade with China more than tripled last year, according to Chinese customs data.",
    note=WRONG + "2022 imports were 13.0 percent of the total; 31.0 is a digit swap",
)
a = sp("2020-12")
H(
    "shares",
    "wire",
    f"In December, Chinese exports were about two-thirds of the {mn('${} million', m(T, a), 2)} total.",
    [
        S(X, T, a, word("two-thirds", "66.7", 1), rung_kind="fraction", hedge="about"),
        L(T, a, mn("${} million", m(T, a), 2)),
    ],
    "2021-01-20",
    context="China's trade with North Korea at the end of 2020 was a sliver of its usual level.",
)
a = sp("2019-10")
H(
    "shares",
    "yonhap",
    f"China's exports made up {pc('{} percent', S_(X, T, a))} of October's US$287 million in trade, with the North selling mainly watches and wigs.",
    [S(X, T, a, pc("{} percent", S_(X, T, a))), L(T, a, said("US$287 million", "287"))],
    "2019-11-25",
    context="SEOUL, Nov. 25 (Yonhap) -- North Korea's trade with China rose in October.",
)
a = cum(2023, 6)
H(
    "shares",
    "thinktank",
    f"Imports from North Korea accounted for {pc('{} percent', S_(I, T, a))} of two-way trade in the first half of 2023.",
    [S(I, T, a, pc("{} percent", S_(I, T, a)))],
    "2023-07-21",
)
a = sp("2017-08")
H(
    "shares",
    "wire",
    "In August 2017, imports from North Korea were nearly half of the month's $604.3 million in trade.",
    [
        S(I, T, a, word("half", "50"), rung_kind="fraction", hedge="nearly"),
        L(T, a, said("$604.3 million", "604.3", dec=1)),
    ],
    "2017-09-25",
)
a = yr(2000)
H(
    "shares",
    "thinktank",
    "At the turn of the century the flow was lopsided: in 2000 Chinese exports made up more than 90 percent of trade with the North.",
    [S(X, T, a, pc("{} percent", "90", 0), hedge="more than")],
    "2001-03-15",
)

# == balance =======================================================================================
a = yr(2023)
H(
    "balance",
    "thinktank",
    f"China's surplus with North Korea widened to {bn('${} billion', m(BAL, a), 2)} in 2023, a deficit the North covers through channels the customs tables do not show.",
    [B(a, bn("${} billion", m(BAL, a), 2), direction="up", base=ago(a))],
    "2024-01-25",
)
a = yr(2024)
H(
    "balance",
    "wire",
    f"The North's trade deficit with China narrowed to {bn('${} billion', m(BAL, a), 2)} in 2024 from {bn('${} billion', m(BAL, ago(a)), 2)} a year earlier.",
    [
        B(a, bn("${} billion", m(BAL, a), 2), direction="down", base=ago(a)),
        B(ago(a), bn("${} billion", m(BAL, ago(a)), 2)),
    ],
    "2025-01-23",
)
a = sp("2011-02")
H(
    "balance",
    "thinktank",
    "In February 2011, unusually, North Korea sold more to China than it bought, running a surplus of about $10.7 million on the strength of coal and iron ore.",
    [B(a, said("$10.7 million", "-10.7", dec=1), hedge="about", gap="deficit")],
    "2011-03-28",
    note="a North Korean surplus is China's deficit: the balance (China's exports minus imports) is -$10.65m",
)
a = sp("2016-07")
H(
    "balance",
    "yonhap",
    "In July 2016, China posted a rare trade deficit of US$33 million with North Korea, as the North's exports to China outpaced its imports.",
    [B(a, said("US$33 million", "-33"), gap="deficit")],
    "2016-08-24",
)
a = yr(2017)
H(
    "balance",
    "wire",
    f"China's trade surplus with North Korea jumped to {bn('${} billion', m(BAL, a), 2)} in 2017 as U.N. sanctions choked the North's coal sales.",
    [B(a, bn("${} billion", m(BAL, a), 2), direction="up", base=ago(a))],
    "2018-01-26",
)
a = yr(2013)
H(
    "balance",
    "headline",
    "China's 2013 surplus with N. Korea: US$702.6M",
    [B(a, said("US$702.6M", "702.6", dec=1))],
    "2014-01-30",
)
a = sp("2025-11")
H(
    "balance",
    "thinktank",
    f"November 2025 left China with a surplus of {mn('${} million', m(BAL, a))} on its North Korea trade.",
    [B(a, mn("${} million", m(BAL, a)))],
    "2025-12-22",
)
a = yr(2021)
H(
    "balance",
    "broadcast",
    "Last year North Korea's deficit with China came to two-hundred-2 million dollars, less than half the year before.",
    [
        B(a, said("two-hundred-2 million dollars", "202")),
        R(BAL, a, ago(a), word("half", "50"), rung_kind="fraction", hedge="less than"),
    ],
    "2022-01-20",
    context="Radio Free Asia examined the latest Chinese trade figures.",
)
a = yr(2005)
H(
    "balance",
    "thinktank",
    f"By 2005 China's surplus with the North had reached {mn('${} million', m(BAL, a), 0)}, more than double its level in 2003.",
    [
        B(a, mn("${} million", m(BAL, a), 0)),
        R(
            BAL,
            a,
            yr(2003),
            word("double", "2"),
            rung_kind="verbal",
            hedge="more than",
            unit="times",
        ),
    ],
    "2006-03-02",
)
a = sp("2023-04")
H(
    "balance",
    "yonhap",
    "China's trade surplus with the North in April was US$131.6 million.",
    [B(a, said("US$131.6 million", "131.6", dec=1))],
    "2023-05-22",
    context="SEOUL, May 22 (Yonhap) -- North Korea's trade with China grew in April, Chinese customs data showed.",
)
a = yr(2022)
H(
    "balance",
    "wire",
    f"The 2022 gap in China's favour was {mn('${} million', '670.4')}, as the North sold little beyond electricity and ferroalloys.",
    [B(a, mn("${} million", "670.4"))],
    "2023-01-31",
    note=WRONG + "the 2022 surplus was $760.4 million; 670.4 swaps two digits",
)
a = cum(2020, 6)
H(
    "balance",
    "thinktank",
    f"Even in the lockdown half-year to June 2020, China ran a surplus of {mn('${} million', m(BAL, a), 0)} with the North.",
    [B(a, mn("${} million", m(BAL, a), 0))],
    "2020-07-24",
)

# == superlatives_streaks =========================================================================
H(
    "superlatives_streaks",
    "wire",
    f"Total trade fell for a third consecutive month in July to {mn('${} million', m(T, sp('2024-07')))}, the lowest since February.",
    [
        ST(T, "2024-05", "2024-07", "down", "for a third consecutive month"),
        L(T, sp("2024-07"), mn("${} million", m(T, sp("2024-07")))),
        SU(T, "2024-07", "2024-02", "low", "the lowest since February"),
    ],
    "2024-08-20",
    context="China's trade with North Korea kept shrinking in the summer.",
)
H(
    "superlatives_streaks",
    "thinktank",
    "October 2024 marked the third straight monthly gain in trade, to $218.8 million.",
    [
        ST(T, "2024-08", "2024-10", "up", "the third straight monthly gain"),
        L(T, sp("2024-10"), said("$218.8 million", "218.8", dec=1)),
    ],
    "2024-11-20",
)
H(
    "superlatives_streaks",
    "wire",
    "Chinese exports to North Korea rose for a fourth month in a row in June 2020, to their highest since January.",
    [
        ST(X, "2020-03", "2020-06", "up", "for a fourth month in a row"),
        SU(X, "2020-06", "2020-01", "high", "their highest since January"),
    ],
    "2020-07-20",
)
H(
    "superlatives_streaks",
    "broadcast",
    "China's exports to the North have now fallen five months running, to just one-hundred-48 thousand dollars in November.",
    [
        ST(X, "2020-07", "2020-11", "down", "fallen five months running"),
        L(
            X,
            sp("2020-11"),
            said("one-hundred-48 thousand dollars", "148", "thousand"),
            hedge="just",
        ),
    ],
    "2020-12-18",
)
H(
    "superlatives_streaks",
    "yonhap",
    "North Korea's exports to China in May 2021 were US$749,000, the smallest monthly amount since March last year.",
    [
        L(I, sp("2021-05"), said("US$749,000", "749", "thousand")),
        SU(I, "2021-05", "2020-03", "low", "the smallest monthly amount since March last year"),
    ],
    "2021-06-21",
)
H(
    "superlatives_streaks",
    "wire",
    "Trade grew for a second straight month in December 2023, reaching $257 million.",
    [
        ST(T, "2023-11", "2023-12", "up", "for a second straight month"),
        L(T, sp("2023-12"), said("$257 million", "257")),
    ],
    "2024-01-19",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Trade rose for three months in a row through December 2023.",
    [ST(T, "2023-10", "2023-12", "up", "for three months in a row")],
    "2024-01-22",
    context="Chinese customs data on trade with North Korea closed 2023 on a strong run.",
    note=WRONG
    + "October 2023 trade fell from September; the run of rises is two months, not three",
)
H(
    "superlatives_streaks",
    "xinhua",
    "China's trade with the DPRK fell for the third consecutive month in July 2023, customs data showed.",
    [ST(T, "2023-05", "2023-07", "down", "fell for the third consecutive month")],
    "2023-08-20",
)
H(
    "superlatives_streaks",
    "wire",
    "Exports to North Korea rose for a second straight month in November 2018, in the months after the Singapore summit.",
    [ST(X, "2018-10", "2018-11", "up", "rose for a second straight month")],
    "2018-12-24",
)
H(
    "superlatives_streaks",
    "thinktank",
    "The North's sales to China declined for the fifth month in a row in November 2020, as the border stayed sealed.",
    [ST(I, "2020-07", "2020-11", "down", "declined for the fifth month in a row")],
    "2020-12-21",
)
H(
    "superlatives_streaks",
    "wire",
    "Annual trade fell in 2014 for the first time since 2009, customs data showed, as relations cooled after Jang Song-thaek's execution.",
    [FD(T, 2014, 2009, "for the first time since 2009")],
    "2015-01-26",
    context="China's trade with North Korea shrank last year.",
)
H(
    "superlatives_streaks",
    "thinktank",
    "China's imports from North Korea in 2014 posted their first annual decline since 2009.",
    [FD(I, 2014, 2009, "their first annual decline since 2009")],
    "2015-02-12",
    note=WRONG + "imports rose in 2009; the last annual fall before 2014 was in 2006",
)
H(
    "superlatives_streaks",
    "yonhap",
    "What Chinese buyers took from the North in April 2024 was the lowest since February, a dip that analysts put down to seasonal wig orders.",
    [SU(I, "2024-04", "2024-02", "low", "the lowest since February")],
    "2024-05-20",
    context="SEOUL, May 20 (Yonhap) -- North Korea's exports to China dipped in April, according to Chinese customs data.",
)
H(
    "superlatives_streaks",
    "wire",
    "China's trade with North Korea in November 2017 was the highest since September.",
    [SU(T, "2017-11", "2017-09", "high", "the highest since September")],
    "2017-12-26",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Shipments from Dandong and other Chinese ports to the North slipped for a second consecutive month in June 2023, even as Pyongyang prepared for a military parade.",
    [ST(X, "2023-05", "2023-06", "down", "for a second consecutive month")],
    "2023-07-20",
)
H(
    "superlatives_streaks",
    "wire",
    "Trade dropped for two straight months in July 2018, just weeks after Kim Jong-un's third visit to China.",
    [ST(T, "2018-06", "2018-07", "down", "for two straight months")],
    "2018-08-23",
)

# == other_pairs ===================================================================================
a = yr(2023)
H(
    "other_pairs",
    "thinktank",
    "Moscow's recorded commerce with Pyongyang, by contrast, was put at about $34 million in 2023 despite the summitry, a sliver of what passed through Dandong.",
    [other("level", T, a, said("$34 million", "34"), "RUS", "PRK", hedge="about")],
    "2024-03-04",
)
a = yr(2024)
H(
    "other_pairs",
    "xinhua",
    "In yuan terms, China-DPRK trade in 2024 was about 15.5 billion yuan, according to the customs.",
    [
        other(
            "level",
            T,
            a,
            said("15.5 billion yuan", "15.5", "billion", 1),
            "CHN",
            "PRK",
            currency="CNY",
            hedge="about",
        )
    ],
    "2025-01-20",
)
a = yr(2022)
H(
    "other_pairs",
    "yonhap",
    "Inter-Korean trade, by comparison, amounted to a mere US$1.1 million in 2022, according to Seoul's unification ministry.",
    [other("level", T, a, said("US$1.1 million", "1.1", dec=1), "KOR", "PRK", hedge="a mere")],
    "2023-02-14",
)
a = yr(2015)
H(
    "other_pairs",
    "wire",
    "Inter-Korean trade through the Kaesong industrial park reached $2.7 billion in 2015, the last full year before Seoul shut the complex.",
    [other("level", T, a, said("$2.7 billion", "2.7", "billion", 1), "KOR", "PRK")],
    "2016-02-15",
)
a = sp("2023-09")
H(
    "other_pairs",
    "thinktank",
    "China's exports to the whole world fell 6.2 percent in September 2023, while its shipments to North Korea rose.",
    [other("change_pct", X, a, pc("{} percent", "-6.2"), "CHN", "WLD", base=ago(a))],
    "2023-10-16",
)
a = sp("2024-12")
H(
    "other_pairs",
    "wire",
    "North Korea's imports from Russia were estimated at $1.2 billion over the past year by South Korean intelligence, dwarfing official records.",
    [other("level", I, yr(2024), said("$1.2 billion", "1.2", "billion", 1), "PRK", "RUS")],
    "2025-01-15",
)
a = yr(2019)
H(
    "other_pairs",
    "yonhap",
    "In its annual estimate, the Seoul trade-promotion agency KOTRA put the North's external trade with all partners in 2019 at US$3.24 billion.",
    [other("level", T, a, said("US$3.24 billion", "3.24", "billion", 2), "PRK", "WLD")],
    "2020-07-20",
)
a = yr(2017)
H(
    "other_pairs",
    "xinhua",
    "China's trade with the DPRK was about 33.6 billion yuan in 2017, the customs said.",
    [
        other(
            "level",
            T,
            a,
            said("33.6 billion yuan", "33.6", "billion", 1),
            "CHN",
            "PRK",
            currency="CNY",
            hedge="about",
        )
    ],
    "2018-01-24",
)
a = yr(2022)
H(
    "other_pairs",
    "thinktank",
    "Seoul's KOTRA put the North's trade with China in 2022 at $1.53 billion, higher than the Chinese customs total because it adds estimates of unrecorded goods.",
    [
        other(
            "level", T, a, said("$1.53 billion", "1.53", "billion", 2), "PRK", "CHN", source="KOTRA"
        )
    ],
    "2023-07-20",
)
a = sp("2025-09")
H(
    "other_pairs",
    "wire",
    "Russia's exports to North Korea in September 2025 were put at $5 million by Russian customs sources, against China's imports from the North of $43 million.",
    [
        other("level", X, a, said("$5 million", "5"), "RUS", "PRK"),
        L(I, a, said("$43 million", "43")),
    ],
    "2025-10-27",
)
a = yr(2014)
H(
    "other_pairs",
    "yonhap",
    "South Korea's trade with China, by contrast, was US$235.4 billion in 2014.",
    [other("level", T, a, said("US$235.4 billion", "235.4", "billion", 1), "KOR", "CHN")],
    "2015-01-23",
)
a = sp("2021-10")
H(
    "other_pairs",
    "thinktank",
    "North Korea's rice and flour imports from China were worth roughly 30 million yuan in October 2021, on Daily NK's reckoning.",
    [
        other(
            "level",
            X,
            a,
            said("30 million yuan", "30"),
            "CHN",
            "PRK",
            currency="CNY",
            hedge="roughly",
            source="Daily NK",
        )
    ],
    "2021-11-25",
    note="a commodity subset in yuan from a non-customs source: unverifiable",
)

# == rounding_hedges ===============================================================================
a = yr(2023)
H(
    "rounding_hedges",
    "wire",
    "Trade between China and North Korea came to roughly $2.3 billion in 2023, more than double the year before.",
    [
        L(T, a, said("$2.3 billion", "2.3", "billion", 1), hedge="roughly"),
        R(T, a, ago(a), word("double", "2"), rung_kind="verbal", hedge="more than", unit="times"),
    ],
    "2024-01-19",
)
a = yr(2020)
H(
    "rounding_hedges",
    "thinktank",
    "Trade in 2020 came to some $540 million, down more than 80 percent on the year.",
    [
        L(T, a, said("$540 million", "540"), hedge="some"),
        C(T, a, ago(a), pc("{} percent", "-80", 0), hedge="more than"),
    ],
    "2021-01-25",
    note=APPROX + "2020 trade was $539.06 million, rounded up to a round 540",
)
a = cum(2022, 2)
H(
    "rounding_hedges",
    "wire",
    "Chinese exports to North Korea in January and February 2022 came to nearly $120 million after freight trains resumed running.",
    [L(X, a, said("$120 million", "120"), hedge="nearly")],
    "2022-03-18",
)
a = sp("2020-04")
H(
    "rounding_hedges",
    "broadcast",
    "April trade was just 24 million dollars, about a tenth of the same month last year.",
    [
        L(T, a, said("24 million dollars", "24"), hedge="just"),
        R(T, a, ago(a), word("a tenth", "10"), rung_kind="fraction", hedge="about"),
    ],
    "2020-05-20",
    context="Voice of America's Korean service looked at China's customs figures.",
)
a = yr(2011)
H(
    "rounding_hedges",
    "wire",
    "Bilateral trade rose to over $5.6 billion in 2011, up some 62 percent, as Chinese demand for anthracite and iron ore boomed.",
    [
        L(
            T,
            a,
            said("$5.6 billion", "5.6", "billion", 1),
            hedge="over",
            direction="up",
            base=ago(a),
        ),
        C(T, a, ago(a), pc("{} percent", "62", 0), hedge="some"),
    ],
    "2012-01-30",
)
a = sp("2023-05")
H(
    "rounding_hedges",
    "yonhap",
    "North Korea-China trade in May was about US$190 million, edging down 5.2 percent from April.",
    [
        L(T, a, said("US$190 million", "190"), hedge="about"),
        C(T, a, prev(a), pc("{} percent", "-5.2")),
    ],
    "2023-06-20",
)
a = yr(2006)
H(
    "rounding_hedges",
    "wire",
    "Trade with North Korea approached $1.7 billion in 2006, despite the North's first nuclear test in October.",
    [L(T, a, said("$1.7 billion", "1.7", "billion", 1), hedge="close to")],
    "2007-01-30",
)
a = yr(2002)
H(
    "rounding_hedges",
    "thinktank",
    "In 2002 the trade was still modest: some $740 million, with Chinese grain and fuel making up much of it.",
    [L(T, a, said("$740 million", "740"), hedge="some")],
    "2013-02-08",
    note=APPROX + "2002 trade was $738.2 million (exports plus imports), rounded to 740",
)
a = sp("2022-07")
H(
    "rounding_hedges",
    "wire",
    "China's trade with North Korea in July 2022 was just over $70 million.",
    [L(T, a, said("$70 million", "70"), hedge="just over")],
    "2022-08-20",
)
a = yr(2024)
H(
    "rounding_hedges",
    "headline",
    "China-N.Korea trade dips to about $2.2 bln in 2024",
    [L(T, a, said("$2.2 bln", "2.2", "billion", 1), hedge="about", direction="down", base=ago(a))],
    "2025-01-20",
)
a = cum(2023, 2)
H(
    "rounding_hedges",
    "wire",
    "With Lunar New Year orders in, Chinese goods worth about $300 million went to North Korea over January and February 2023, up 161.5 percent on the year.",
    [
        L(X, a, said("$300 million", "300"), hedge="about"),
        C(X, a, ago(a), pc("{} percent", "161.5")),
    ],
    "2023-03-20",
)
a = yr(2007)
H(
    "rounding_hedges",
    "thinktank",
    "In 2007 China sold nearly $1.4 billion of goods to the North.",
    [L(X, a, said("$1.4 billion", "1.4", "billion", 1), hedge="nearly")],
    "2008-02-20",
)
a = sp("2021-07")
H(
    "rounding_hedges",
    "broadcast",
    "July trade stood at about 21 million dollars.",
    [L(T, a, said("21 million dollars", "21"), hedge="about")],
    "2021-08-18",
    context="North Korea's trade with China remained at a fraction of its usual level.",
)
a = yr(2024)
H(
    "rounding_hedges",
    "wire",
    "China's imports from North Korea rose nearly 20 percent in 2024, to around $350 million.",
    [
        C(I, a, ago(a), pc("{} percent", "20", 0), hedge="nearly"),
        L(I, a, said("$350 million", "350"), hedge="around"),
    ],
    "2025-01-22",
)

# == multiples =====================================================================================
a = yr(2022)
H(
    "multiples",
    "wire",
    "Trade in 2022 was more than three times the 2021 level, at $1.03 billion.",
    [
        R(T, a, yr(2021), word("three times", "3"), unit="times", hedge="more than"),
        L(T, a, said("$1.03 billion", "1.03", "billion", 2)),
    ],
    "2023-01-19",
)
a = yr(2023)
H(
    "multiples",
    "thinktank",
    "Annual trade in 2023 was only about a third of what it had been a decade earlier, in 2013.",
    [R(T, a, yr(2013), word("a third", "33.3", 1), rung_kind="fraction", hedge="about")],
    "2024-02-14",
)
a = yr(2024)
H(
    "multiples",
    "thinktank",
    "At $2.18 billion, 2024's trade was roughly a third of the level of ten years earlier.",
    [
        L(T, a, said("$2.18 billion", "2.18", "billion", 2)),
        R(T, a, yr(2014), word("a third", "33.3", 1), rung_kind="fraction", hedge="roughly"),
    ],
    "2025-01-28",
)
a = yr(2022)
H(
    "multiples",
    "wire",
    "Trade in 2022 stood at about a fifth of its level five years earlier, before the 2017 sanctions were fully enforced.",
    [R(T, a, yr(2017), word("a fifth", "20"), rung_kind="fraction", hedge="about")],
    "2023-02-06",
)
a = yr(2023)
H(
    "multiples",
    "yonhap",
    "China's imports from North Korea in 2023 were just under 10 percent of their 2013 level, as bans on coal, textiles and seafood stayed in force.",
    [R(I, a, yr(2013), pc("{} percent", "10", 0), hedge="just under")],
    "2024-01-29",
)
a = yr(2011)
H(
    "multiples",
    "wire",
    f"China's imports from the North more than doubled in 2011 to {bn('${} billion', m(I, a), 2)}, driven by coal.",
    [
        R(I, a, ago(a), word("doubled", "2"), rung_kind="verbal", hedge="more than", unit="times"),
        L(I, a, bn("${} billion", m(I, a), 2)),
    ],
    "2012-01-30",
)
a = yr(2013)
H(
    "multiples",
    "thinktank",
    "Over the decade to 2013, annual trade grew more than six-fold, from about $1 billion in 2003.",
    [
        R(T, a, yr(2003), word("six-fold", "6"), unit="times", hedge="more than"),
        L(T, yr(2003), said("$1 billion", "1", "billion"), hedge="about"),
    ],
    "2014-03-10",
)
a = sp("2020-03")
H(
    "multiples",
    "wire",
    "Trade in March 2020 was 91.3 percent lower than in March 2019, as Pyongyang sealed its border in January.",
    [C(T, a, ago(a), pc("{} percent", "-91.3"))],
    "2020-04-20",
)
a = cum(2002, 2)
H(
    "multiples",
    "thinktank",
    "Chinese purchases from the North in January-February 2002 were 5.4 times those of the same months of 2001.",
    [R(I, a, ago(a), word("5.4 times", "5.4", 1), unit="times")],
    "2002-03-25",
)
a = yr(2021)
H(
    "multiples",
    "wire",
    "Trade fell by $221 million in 2021 from the year before, as the border stayed closed.",
    [A(T, a, ago(a), said("$221 million", "-221"))],
    "2022-01-19",
)
a = yr(2023)
H(
    "multiples",
    "yonhap",
    "China's exports to North Korea in 2023 more than doubled to US$2 billion, rising 140 percent on-year.",
    [
        R(X, a, ago(a), word("doubled", "2"), rung_kind="verbal", hedge="more than", unit="times"),
        L(X, a, said("US$2 billion", "2", "billion")),
        C(X, a, ago(a), pc("{} percent", "140", 0)),
    ],
    "2024-01-18",
)
a = sp("2021-09")
H(
    "multiples",
    "thinktank",
    "Imports from the North in September 2021 were 2.3 times August's.",
    [R(I, a, prev(a), word("2.3 times", "2.3", 1), unit="times")],
    "2021-10-20",
)
a = yr(2010)
H(
    "multiples",
    "wire",
    "Trade in 2010 was seven times its 2000 level.",
    [R(T, a, yr(2000), word("seven times", "7"), unit="times")],
    "2011-02-15",
)
a = yr(2023)
H(
    "multiples",
    "thinktank",
    f"The 2023 rebound added {bn('${} billion', m(T, a) - m(T, ago(a)), 2)} to trade, though the total stayed below half its 2014 level.",
    [
        A(T, a, ago(a), bn("${} billion", m(T, a) - m(T, ago(a)), 2)),
        R(T, a, yr(2014), word("half", "50"), rung_kind="fraction", hedge="less than"),
    ],
    "2024-02-01",
)
a = yr(2017)
H(
    "multiples",
    "wire",
    "Imports from North Korea in 2017 were down by some $806 million from 2016, at $1.73 billion.",
    [
        A(I, a, ago(a), said("$806 million", "-806"), hedge="some"),
        L(I, a, said("$1.73 billion", "1.73", "billion", 2)),
    ],
    "2018-01-26",
)

# == more items with deliberate errors and truncations (a note on each) ===========================
a = cum(2020, 6)
H(
    "cumulative",
    "wire",
    "In the first half of 2020, trade between China and North Korea fell 76 percent to $412 million as the border closure dragged on.",
    [C(T, a, ago(a), pc("{} percent", "-76", 0)), L(T, a, said("$412 million", "412"))],
    "2020-07-20",
    note=WRONG + "the published first-half change was -67 percent; 76 swaps the digits",
)
a = cum(2017, 6)
H(
    "cumulative",
    "yonhap",
    "China's exports to North Korea in the first half rose 21.9 percent on-year, bringing two-way trade to US$2.55 billion.",
    [
        C(X, a, ago(a), pc("{} percent", "21.9")),
        L(T, a, said("US$2.55 billion", "2.55", "billion", 2)),
    ],
    "2017-07-14",
    context="SEOUL, July 14 (Yonhap) -- China's trade with North Korea rose in the first six months of 2017 despite Beijing's pledge to enforce sanctions, according to Chinese customs data.",
    note=WRONG + "the published first-half export change was +29.1 percent; 21.9 is a digit swap",
)
a = cum(2018, 10)
H(
    "cumulative",
    "thinktank",
    "For January to October 2018, the year of three Kim-Xi meetings, trade was down 45.7 percent at $1.95 billion.",
    [
        C(T, a, ago(a), pc("{} percent", "-45.7")),
        L(T, a, said("$1.95 billion", "1.95", "billion", 2)),
    ],
    "2018-11-26",
    note=WRONG + "the published January-October change was -54.7 percent",
)
a = cum(2013, 3)
H(
    "cumulative",
    "xinhua",
    "In the first quarter of 2013, China-DPRK trade reached 1.31 billion U.S. dollars, down 2.7 percent year on year.",
    [
        L(T, a, said("1.31 billion U.S. dollars", "1.31", "billion", 2)),
        C(T, a, ago(a), pc("{} percent", "-2.7")),
    ],
    "2013-04-22",
    note=WRONG + "the published first-quarter change was -7.2 percent",
)
a = cum(2014, 3)
H(
    "cumulative",
    "wire",
    "Trade in the first quarter of 2014 slipped 2.83 percent to $1.27 billion, the first figures since Jang Song-thaek's execution in December.",
    [
        C(T, a, ago(a), pc("{} percent", "-2.83", 2)),
        L(T, a, said("$1.27 billion", "1.27", "billion", 2)),
    ],
    "2014-04-23",
)
a = cum(2006, 11)
H(
    "cumulative",
    "wire",
    "China's imports from North Korea rose 9.38 percent in the first 11 months of 2006, even as the North tested a nuclear device.",
    [C(I, a, ago(a), pc("{} percent", "9.38", 2))],
    "2006-12-26",
    note=WRONG
    + "imports fell 9.38 percent in January-November 2006; the sentence turns the fall into a rise",
)
a, b = yr(2013), yr(2012)
H(
    "two_figures",
    "thinktank",
    "China's exports to the North went from $3.53 billion in 2012 to $3.36 billion in 2013.",
    [
        L(X, b, said("$3.53 billion", "3.53", "billion", 2)),
        L(X, a, said("$3.36 billion", "3.36", "billion", 2)),
    ],
    "2014-02-17",
    note=WRONG + "2013 exports were $3.63 billion; 3.36 swaps two digits",
)
a = yr(2024)
H(
    "relative_dates",
    "wire",
    "Beijing shipped $2.0 billion of goods to its neighbour last year, according to tables the GACC posted on its website.",
    [L(X, a, said("$2.0 billion", "2.0", "billion", 1))],
    "2025-01-20",
    note=WRONG
    + "the figure is 2023's ($2.00bn); with a January 2025 dateline 'last year' is 2024, when exports were $1.83bn",
)
a = sp("2023-09")
H(
    "relative_dates",
    "yonhap",
    "North Korea's exports to China last month came to US$28.2 million, according to Chinese customs data.",
    [L(I, a, said("US$28.2 million", "28.2", dec=1))],
    "2023-10-20",
    note=WRONG + "US$28.2 million was August's figure; September imports were US$27.79 million",
)
a = yr(2024)
H(
    "relative_dates",
    "thinktank",
    "China's imports from North Korea rose 24 percent last year, mostly wigs and eyelashes.",
    [C(I, a, ago(a), pc("{} percent", "24", 0))],
    "2025-01-24",
    note=WRONG
    + "24 percent was the January-July change; the full-year rise was 19.1 percent (published) or 19.9 percent (computed)",
)
a = yr(2022)
H(
    "perspective",
    "wire",
    "North Korea's imports from China rose to $133.7 million in 2022.",
    [L(X, a, said("$133.7 million", "133.7", dec=1), direction="up", base=ago(a))],
    "2023-01-20",
    note=WRONG
    + "$133.7 million was China's imports from the North (the North's exports); the North's imports from China were $894.0 million",
)
a = yr(2024)
H(
    "perspective",
    "yonhap",
    "North Korea's exports to China fell to US$1.83 billion last year, according to Chinese customs data.",
    [L(I, a, said("US$1.83 billion", "1.83", "billion", 2), direction="down", base=ago(a))],
    "2025-01-21",
    note=WRONG
    + "US$1.83 billion was China's exports to the North; the North's exports to China were US$350 million and rose",
)
a = yr(2024)
H(
    "broadcast_numbers",
    "broadcast",
    "By the customs tally read out on air, two-way commerce last year reached two-point-eight-one billion dollars.",
    [L(T, a, said("two-point-eight-one billion dollars", "2.81", "billion", 2))],
    "2025-01-21",
    note=WRONG + "2024 trade was $2.18 billion; the broadcast swaps two digits",
)
a = sp("2023-11")
H(
    "broadcast_numbers",
    "broadcast",
    "November trade was two-hundred-42-point-3 million dollars.",
    [L(T, a, said("two-hundred-42-point-3 million dollars", "242.3", dec=1))],
    "2023-12-20",
    context="North Korea's trade with China rose again in November, according to Chinese customs figures.",
    note=WRONG + "November 2023 trade was $224.3 million",
)
a = yr(2013)
H(
    "broadcast_numbers",
    "headline",
    "China-N.Korea trade 2013: US$6.54 bln",
    [L(T, a, said("US$6.54 bln", "6.54", "billion", 2))],
    "2014-01-24",
    note=APPROX + "2013 trade was $6,546.53 million; 6.54 truncates instead of rounding to 6.55",
)
a = yr(2016)
H(
    "level_direction",
    "wire",
    "China's exports to North Korea rose to $2.84 billion in 2016, even as the Security Council passed two sanctions resolutions.",
    [L(X, a, said("$2.84 billion", "2.84", "billion", 2), direction="up", base=ago(a))],
    "2017-01-25",
    note=WRONG + "2016 exports ($2.84bn) fell from 2015 ($2.94bn); the sentence says they rose",
)
a = sp("2024-05")
H(
    "level_direction",
    "thinktank",
    "Imports from the North fell to $30.96 million in May 2024.",
    [L(I, a, said("$30.96 million", "30.96", dec=2), direction="down", base=prev(a))],
    "2024-06-20",
    note=WRONG + "May 2024 imports ($30.96m) rose from April ($29.09m)",
)
a = yr(2024)
H(
    "shares",
    "wire",
    "Chinese exports made up 78.4 percent of trade with North Korea in 2024.",
    [S(X, T, a, pc("{} percent", "78.4"))],
    "2025-01-22",
    note=WRONG + "exports were 83.9 percent of the 2024 total",
)
a = cum(2023, 6)
H(
    "shares",
    "yonhap",
    "Imports from the North accounted for 21.8 percent of the first-half total, KITA said, citing Chinese customs.",
    [S(I, T, a, pc("{} percent", "21.8"))],
    "2023-07-24",
    context="SEOUL, July 24 (Yonhap) -- North Korea's trade with China tripled in the first half from a year earlier.",
    note=WRONG + "imports were 12.8 percent of January-June 2023 trade; 21.8 swaps two digits",
)
a = yr(2017)
H(
    "balance",
    "thinktank",
    "China's trade surplus with the North shrank to $1.51 billion in 2017.",
    [B(a, said("$1.51 billion", "1.51", "billion", 2), direction="down", base=ago(a))],
    "2018-02-01",
    note=WRONG + "the 2017 surplus ($1.51bn) grew from 2016 ($0.30bn); the sentence says it shrank",
)
a = yr(2024)
H(
    "balance",
    "wire",
    "North Korea's deficit with China stood at $1.84 billion in 2024.",
    [B(a, said("$1.84 billion", "1.84", "billion", 2))],
    "2025-01-23",
    note=WRONG + "the 2024 balance was $1.48 billion; 1.84 swaps two digits",
)
H(
    "superlatives_streaks",
    "wire",
    "Trade in July 2024 was the lowest since March.",
    [SU(T, "2024-07", "2024-03", "low", "the lowest since March")],
    "2024-08-21",
    context="China's customs released July trade figures for North Korea on Tuesday.",
    note=WRONG
    + "July 2024 was the lowest since February; March ($158.05m) was higher than July ($144.75m)",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Sino-North Korean commerce, sugar and soybean oil included, dropped for a fourth straight month in July 2024, by the GACC's tables.",
    [ST(T, "2024-04", "2024-07", "down", "for a fourth straight month")],
    "2024-08-21",
    note=WRONG + "trade rose in April 2024; July was the third fall in a row, not the fourth",
)
H(
    "superlatives_streaks",
    "wire",
    "The year of two nuclear tests, 2016, saw Sino-North Korean commerce fall for the first time since 2009.",
    [FD(T, 2016, 2009, "for the first time since 2009")],
    "2017-01-23",
    context="China's customs published full-year figures for trade with North Korea.",
    note=WRONG + "trade also fell in 2014 and 2015; 2016 was the third annual fall in a row",
)
a = yr(2022)
H(
    "multiples",
    "thinktank",
    "Trade in 2022 was more than five times the 2021 level.",
    [R(T, a, yr(2021), word("five times", "5"), unit="times", hedge="more than")],
    "2023-01-26",
    context="China's trade with North Korea recovered in 2022 as freight trains resumed.",
    note=WRONG + "2022 trade was 3.2 times 2021's",
)
a = yr(2023)
H(
    "multiples",
    "wire",
    "Purchases from the North in 2023 came to about a quarter of their 2013 level, when anthracite still flowed freely.",
    [R(I, a, yr(2013), word("a quarter", "25"), rung_kind="fraction", hedge="about")],
    "2024-01-30",
    note=WRONG + "2023 imports were 10 percent of 2013's, a tenth rather than a quarter",
)
a = yr(2023)
H(
    "rounding_hedges",
    "wire",
    "Trade between the two countries was more than $2.4 billion in 2023.",
    [L(T, a, said("$2.4 billion", "2.4", "billion", 1), hedge="more than")],
    "2024-01-19",
    context="China's trade with North Korea more than doubled last year.",
    note=WRONG
    + "2023 trade was $2.30 billion, below 2.4 (the sentence's 'topped' is read as 'more than')",
)
a = yr(2023)
H(
    "rounding_hedges",
    "thinktank",
    "The North's sales to China reached nearly $250 million in 2023.",
    [L(I, a, said("$250 million", "250"), hedge="nearly")],
    "2024-02-08",
    note=WRONG + "2023 imports from the North were $291.9 million, above 250",
)
a = yr(2023)
H(
    "two_figures",
    "wire",
    "Trade rose to $2.29 billion in 2023 from $1.03 billion in 2022.",
    [
        L(T, a, said("$2.29 billion", "2.29", "billion", 2), direction="up", base=ago(a)),
        L(T, ago(a), said("$1.03 billion", "1.03", "billion", 2)),
    ],
    "2024-01-18",
    context="China's customs released its annual figures on trade with North Korea.",
    note=APPROX + "2023 trade was $2,295.38 million; 2.29 truncates instead of rounding to 2.30",
)

# == trade sentences with numbers beside the claims that are not trade claims ======================
a = yr(2017)
H(
    "level_direction",
    "wire",
    f"China's imports from North Korea dropped to {bn('${} billion', m(I, a), 2)} in 2017 after Beijing halted coal purchases in February, when the North had shipped 1.44 million tonnes.",
    [L(I, a, bn("${} billion", m(I, a), 2), direction="down", base=ago(a))],
    "2018-01-25",
    non=[NC("1.44 million tonnes", "coal tonnage, not a trade value")],
)
a = sp("2024-09")
H(
    "relative_dates",
    "thinktank",
    f"Trade last month rose to {mn('${} million', m(T, a))}, even as the yuan traded at about 1,100 North Korean won on Pyongyang's markets.",
    [L(T, a, mn("${} million", m(T, a)), direction="up", base=prev(a))],
    "2024-10-21",
    context="Chinese customs figures on trade with North Korea came out on Friday.",
    non=[NC("1,100 North Korean won", "market exchange rate")],
)
a = yr(2023)
H(
    "other_pairs",
    "thinktank",
    f"China's imports from North Korea reached {mn('${} million', m(I, a), 0)} in 2023, while Russia, by Seoul's count, received about 1 million artillery shells from the North.",
    [L(I, a, mn("${} million", m(I, a), 0))],
    "2024-02-27",
    non=[NC("1 million artillery shells", "munitions count, not trade value")],
)
a = cum(2023, 5)
H(
    "cumulative",
    "yonhap",
    "North Korea's trade with China in the first five months came to US$874.18 million, up 174 percent, while some 200 Chinese tour operators waited for the border to reopen to visitors.",
    [
        L(T, a, said("US$874.18 million", "874.18", dec=2)),
        C(T, a, ago(a), pc("{} percent", "174", 0)),
    ],
    "2023-06-20",
    non=[NC("200", "count of tour operators")],
)
a = yr(2015)
H(
    "shares",
    "thinktank",
    f"Imports from the North made up {pc('{} percent', S_(I, T, a))} of trade in 2015, when it still sold about 19.6 million tonnes of coal to China under the livelihood exemption.",
    [S(I, T, a, pc("{} percent", S_(I, T, a)))],
    "2016-03-14",
    non=[NC("19.6 million tonnes", "coal tonnage")],
)
a = sp("2022-12")
H(
    "level_direction",
    "wire",
    "China's exports to North Korea rose 7 percent in December from November, to $122.35 million, while rice prices in Sinuiju rose about 30 percent.",
    [
        C(X, a, prev(a), pc("{} percent", "7", 0)),
        L(X, a, said("$122.35 million", "122.35", dec=2), direction="up", base=prev(a)),
    ],
    "2023-01-20",
    non=[NC("about 30 percent", "rise in rice prices, not trade")],
)
a = yr(2024)
H(
    "balance",
    "yonhap",
    f"China's trade surplus with North Korea was {bn('US${} billion', m(BAL, a), 2)} last year, while the won slid to about 20,000 to the dollar on the North's markets.",
    [B(a, bn("US${} billion", m(BAL, a), 2))],
    "2025-01-24",
    non=[NC("20,000", "market exchange rate")],
)

# == non_claims ====================================================================================
H(
    "non_claims",
    "wire",
    "The U.N. Security Council's Resolution 2371, adopted on Aug. 5, 2017, banned North Korean exports of coal, iron, lead and seafood, which a panel estimated at $1 billion a year.",
    [],
    "2017-08-07",
    non=[
        NC("2371", "resolution number"),
        NC("Aug. 5, 2017", "date"),
        NC("$1 billion a year", "an estimate of banned export earnings, not a customs figure"),
    ],
)
H(
    "non_claims",
    "thinktank",
    "On the black market in Pyongyang the dollar fetched about 8,000 won in early 2023, up from roughly 5,000 won two years earlier, according to Daily NK's price surveys.",
    [],
    "2023-03-10",
    non=[NC("8,000 won", "exchange rate"), NC("5,000 won", "exchange rate")],
)
H(
    "non_claims",
    "broadcast",
    "Foreign tourists returned to Rason in February 2025 on the first tours in five years, only for the trips to be halted again in March.",
    [],
    "2025-03-12",
    non=[NC("five years", "duration")],
)
H(
    "non_claims",
    "yonhap",
    "SEOUL, Oct. 4 (Yonhap) -- North Korea shipped around 10,000 containers of munitions to Russia between August 2023 and last month, the defense ministry estimated.",
    [],
    "2024-10-04",
    non=[NC("10,000 containers", "arms shipments to Russia, not China trade")],
)
H(
    "non_claims",
    "wire",
    "Under Resolution 2397 of December 2017, refined petroleum deliveries to the North are capped at 500,000 barrels a year and crude at 4 million barrels.",
    [],
    "2018-01-12",
    non=[
        NC("2397", "resolution number"),
        NC("500,000 barrels", "sanctions cap"),
        NC("4 million barrels", "sanctions cap"),
    ],
)
H(
    "non_claims",
    "thinktank",
    "An estimated 100,000 North Korean labourers stayed on in Chinese fish-processing plants and sewing shops around Dandong in 2019, sanctions notwithstanding.",
    [],
    "2019-11-18",
    non=[NC("100,000", "workers")],
)
H(
    "non_claims",
    "xinhua",
    "The new Yalu River bridge, 3 kilometers long and built at a cost of 2.2 billion yuan, was finished in 2014 but has yet to open to traffic.",
    [],
    "2019-06-18",
    non=[NC("3 kilometers", "length"), NC("2.2 billion yuan", "construction cost")],
)
H(
    "non_claims",
    "wire",
    "Seoul's central bank reckons the North's output expanded 3.1 percent in 2023, ending three years of shrinkage.",
    [],
    "2024-07-26",
    non=[NC("3.1 percent", "GDP growth, not trade"), NC("three years", "duration")],
)
H(
    "non_claims",
    "broadcast",
    "Rice cost about 6,000 won a kilogram at Sinuiju stalls in August, 20 percent dearer than in July, traders told Radio Free Asia.",
    [],
    "2024-09-05",
    non=[
        NC("6,000 won a kilogram", "market price"),
        NC("20 percent", "rise in rice price, not trade"),
    ],
)
H(
    "non_claims",
    "yonhap",
    "North Korea's anthracite sold for about $70 a ton at the border in 2016, well below the Australian benchmark, KITA analysts said.",
    [],
    "2016-11-28",
    non=[NC("$70 a ton", "price per ton, not a trade value")],
)
H(
    "non_claims",
    "thinktank",
    "Satellite imagery showed at least 14 North Korean ships loading coal at Nampo in the second half of 2019, in breach of the 2017 ban.",
    [],
    "2020-02-03",
    non=[NC("14", "ships"), NC("2017", "year of the ban")],
)
H(
    "non_claims",
    "headline",
    "China to reopen Dandong-Sinuiju passenger train after 4 years: report",
    [],
    "2024-03-26",
    non=[NC("4 years", "duration")],
)
H(
    "non_claims",
    "wire",
    "Trade negotiators from Beijing and Pyongyang met for 3 days in Dandong, their 2nd round of talks this year on customs procedures.",
    [],
    "2019-05-16",
    non=[NC("3 days", "duration"), NC("2nd round", "ordinal")],
)
H(
    "non_claims",
    "xinhua",
    "The China-DPRK Economic, Trade and Cultural Exhibition, held for the 15th time, drew more than 200 companies to Pyongyang this autumn.",
    [],
    "2019-10-28",
    non=[NC("15th", "ordinal"), NC("200 companies", "count of firms")],
)
H(
    "non_claims",
    "broadcast",
    "Fuel prices in Pyongyang rose to around 1.6 dollars a liter of gasoline after the Security Council cut oil supplies by 89 percent.",
    [],
    "2018-02-15",
    non=[
        NC("1.6 dollars a liter", "fuel price"),
        NC("89 percent", "cut in oil supplies, not trade"),
    ],
)


# A figure cited through a Seoul agency (KITA, KOTRA, KDI) that names Chinese customs as its source
# is labelled against the customs series; semantics.md §1.6 makes a source mismatch ambiguous, so
# a checker that reads the agency as the source may also answer "ambiguous" (as in heldout6).
SEOUL_AGENCIES = ("KITA", "KOTRA", "Korea International Trade", "Korea Development Institute")
for _it in suitelib.ITEMS:
    _text = f"{_it['context'] or ''} {_it['sentence']}"
    if _it["class"] != "other_pairs" and any(w in _text for w in SEOUL_AGENCIES):
        for _c in _it["claims"]:
            _c.setdefault("alt_verdicts", ["ambiguous"])

write(Path(__file__).resolve().parent / "heldout8.jsonl", "build_heldout8.py")
