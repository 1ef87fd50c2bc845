# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/heldout.jsonl: a held-out labelled set, written blind.

    python benchmarks/claims/build_heldout.py           # write heldout.jsonl, print the counts
    python benchmarks/claims/build_heldout.py --check   # only compare with the committed file

The sentences here were written for a held-out measurement of the claim checker, without looking
at the checker's code, at its output on these sentences, or at the sentences of ``suite.jsonl``.
They imitate what unseen articles contain: long sentences with subordinate clauses, figures in
parentheses, translated Korean and Chinese phrasings ("recorded", "tallied", "on-year", "compared
with the same period of last year"), broadcast scripts with spelled-out numbers, think-tank prose,
telegraphic headlines, two-sentence paragraphs (the first as ``context``), datelines and relative
dates, and sentences whose numbers are not trade claims at all (``non_claims``).

Figures come from the preferred rows of datasets/china_dprk.csv through ``gold.py``, rounded as
writers round them, or deliberately altered (a ``note`` says how). Every verdict is computed by
``gold.py`` from the data alone, never by tradestats.check. Figures about other pairs or in yuan
are written as a reporter would quote them; they are labelled unverifiable because the data hold
no such series, and they are not checked against any source.
"""

from __future__ import annotations

from fractions import Fraction as F
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
from suitelib import Num, claim, cum, rnd, sp, yr

setup(
    "H-",
    [
        "Chinese customs figures on commerce with North Korea were released on the usual schedule.",
        "The data cover the trade China reports with its neighbour North Korea.",
        "The following figures are China's customs statistics for its trade with the DPRK.",
    ],
)

# == cumulative periods ==========================================================================
K = "cumulative"
p = cum(2023, 6)
a, b, c = (
    usd("${} million", m("export", p)),
    pc("{}%", "204"),
    usd("${} million", m("import", p), dec=0),
)
H(
    K,
    "wire",
    f"China's shipments to North Korea in January-June amounted to {a}, up {b} on the same half of 2022, the customs administration said on Thursday, while imports from the North reached {c}.",
    [L("export", p, a), C("export", p, ago(p), b), L("import", p, c)],
    "2023-07-20",
)
p = cum(2023, 10)
a, b = usd("US${} billion", m("total", p), "billion", 2), pc("{} percent", "152.2")
H(
    K,
    "yonhap",
    f"Trade between North Korea and China in the first 10 months of the year tallied {a}, up {b} from a year earlier, according to the data compiled by the Korea International Trade Association from Chinese customs figures.",
    [L("total", p, a, source="KITA"), C("total", p, ago(p), b, source="KITA")],
    "2023-11-21",
)
p = cum(2018, 10)
a, b = usd("{} million U.S. dollars", m("import", p), dec=2), pc("{} percent", "-89.1")
H(
    K,
    "xinhua",
    f"In the January-October period, China's imports from the DPRK amounted to {a}, down {b} year-on-year, according to the General Administration of Customs.",
    [L("import", p, a), C("import", p, ago(p), b)],
    "2018-11-23",
)
p = cum(2024, 7)
b = pc("{}%", "-8.4")
H(
    K,
    "headline",
    f"China-N. Korea trade down {b} in first seven months",
    [C("total", p, ago(p), b)],
    "2024-08-20",
)
p = cum(2020, 9)
a, b = usd("${} million", m("total", p)), pc("{} percent", "-72.8")
H(
    K,
    "thinktank",
    f"Over the first three quarters of 2020 (January through September), bilateral trade came to just {a}, a contraction of {b} against the same stretch of 2019, which is to say that most of the year's decline had already happened before the autumn.",
    [L("total", p, a, hedge="just"), C("total", p, ago(p), b)],
    "2020-10-26",
)
p = cum(2019, 6)
a = said("one-point-14 billion dollars", "1.14", "billion", 2)
b = word("fifteen-point-five percent", "15.5", 1)
H(
    K,
    "broadcast",
    f"In the first half of this year, China sold {a}' worth of goods to the North, {b} more than a year earlier.",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2019-07-15",
)
p = cum(2018, 8)
a, b = usd("${} billion", m("export", p), "billion", 2), pc("{}%", "-34.9")
H(
    K,
    "wire",
    f"Chinese exports to North Korea for the January-August period fell {b} from a year earlier to {a}, a slower pace of decline than earlier in the year.",
    [C("export", p, ago(p), b), L("export", p, a, direction="down", base=ago(p))],
    "2018-09-26",
    note="wrong: -34.9% is the January-October change; January-August exports fell 38.9%",
)
p = cum(2023, 11)
a, b = usd("US${} billion", m("export", p), "billion", 2), usd("${} million", m("import", p))
H(
    K,
    "yonhap",
    f"North Korea's imports from China for the January-November period recorded {a}, while its exports to China posted {b}, the data showed.",
    [L("export", p, a), L("import", p, b)],
    "2023-12-20",
)
p = cum(2011, 9)
a, b = usd("${} billion", m("total", p), "billion", 1), pc("{} percent", "77")
H(
    K,
    "wire",
    f"For the nine months to September, two-way trade jumped {b} to {a}, a pace that analysts said reflected higher prices for the coal and iron ore the North sells across the border.",
    [C("total", p, ago(p), b), L("total", p, a, direction="up", base=ago(p))],
    "2011-10-21",
)
p = cum(2013, 8)
a = usd("${} billion", m("total", p), "billion", 2)
b = usd("${} billion", m("export", p), "billion", 2)
c = usd("${} billion", m("import", p), "billion", 2)
H(
    K,
    "thinktank",
    f"Cumulative trade for January-August 2013 stood at {a}, of which Chinese exports made up {b} and imports {c}.",
    [L("total", p, a), L("export", p, b), L("import", p, c)],
    "2013-09-30",
)
p = cum(2017, 6)
a, b = pc("{} percent", "29.1"), usd("{} billion U.S. dollars", m("export", p), "billion", 2)
c, d = pc("{} percent", "-13.2"), usd("{} million U.S. dollars", m("import", p), dec=0)
H(
    K,
    "xinhua",
    f"From January to June, China's exports to the DPRK increased {a} to {b}, while imports dropped {c} to {d}.",
    [C("export", p, ago(p), a), L("export", p, b), C("import", p, ago(p), c), L("import", p, d)],
    "2017-07-13",
)
p = cum(2023, 5)
a, b = pc("{} percent", "241"), usd("${} million", m("import", p))
H(
    K,
    "wire",
    f"In the first five months of 2023, China's imports from North Korea rose {a} to {b}, much of it wigs and false eyelashes, which are not covered by UN sanctions.",
    [C("import", p, ago(p), a), L("import", p, b)],
    "2023-06-20",
    note="wrong: the published January-May change is +214%; '241' transposes its digits",
)
p = cum(2021, 2)
b = pc("{}%", "-98")
H(
    K,
    "headline",
    f"China-North Korea trade plunges {b} in January-February as border stays shut",
    [C("total", p, ago(p), b)],
    "2021-03-18",
)
p = cum(2020, 4)
a, b = usd("${} million", m("import", p), dec=2), pc("{} percent", "-82.5")
H(
    K,
    "wire",
    f"Imports from North Korea in the year to the end of April, which had been tiny even before the pandemic, totalled {a}, {b} below the same four months of 2019.",
    [L("import", p, a), C("import", p, ago(p), b)],
    "2020-05-20",
    context="China's customs office released its April figures on Wednesday.",
)

# == two figures, two periods ====================================================================
K = "two_figures"
p = "2022-11/2022-11"
a, b = usd("${} million", m("export", p)), usd("${} million", m("export", prev(p)))
H(
    K,
    "wire",
    f"Chinese exports to North Korea fell to {a} in November from {b} in October, when a backlog of shipments held up by the Dandong lockdown had been cleared.",
    [L("export", p, a, direction="down", base=prev(p)), L("export", prev(p), b)],
    "2022-12-20",
)
p = "2023-08/2023-08"
a, b = usd("US${} million", m("total", p)), usd("${} million", m("total", prev(p)))
c = usd("${} million", m("total", "2019-08/2019-08"))
H(
    K,
    "yonhap",
    f"Trade reached {a} in August, up from {b} in July but still well below the {c} posted in August 2019, before the border was shut.",
    [
        L("total", p, a, direction="up", base=prev(p)),
        L("total", prev(p), b),
        L("total", "2019-08/2019-08", c),
    ],
    "2023-09-20",
    context="North Korea's trade with China picked up in August.",
)
a, b = (
    usd("${} billion", m("total", yr(2016)), "billion", 2),
    usd("${} million", m("total", yr(2020))),
)
c = pc("{} percent", "-90", 0)
H(
    K,
    "thinktank",
    f"Measured on an annual basis, Sino-North Korean trade sank from {a} in 2016, the year before the toughest sanctions, to {b} in 2020, a drop of roughly {c}.",
    [
        L("total", yr(2016), a),
        L("total", yr(2020), b),
        C("total", yr(2020), yr(2016), c, hedge="roughly"),
    ],
    "2021-02-10",
)
a, b = (
    usd("${} million", m("import", sp("2023-04"))),
    usd("${} million", m("import", sp("2023-05"))),
)
H(
    K,
    "wire",
    f"Imports from North Korea were {a} and {b} in April and May, respectively.",
    [L("import", sp("2023-04"), a), L("import", sp("2023-05"), b)],
    "2023-06-20",
)
a = usd("{} million U.S. dollars", "132.43")
b = usd("{} million U.S. dollars", "113.88")
H(
    K,
    "xinhua",
    f"China's exports to the DPRK stood at {a} in November and {b} in October, customs data showed.",
    [L("export", sp("2022-11"), a), L("export", sp("2022-10"), b)],
    "2022-12-20",
    note="wrong: the two months are swapped (October 132.43, November 113.88)",
)
a = said("58-point-six million dollars", "58.6", dec=1)
b = said("87-point-seven million dollars", "87.7", dec=1)
H(
    K,
    "broadcast",
    f"Between May and June, China's exports to the North climbed from {a} to {b}.",
    [
        L("export", sp("2020-05"), a),
        L("export", sp("2020-06"), b, direction="up", base=sp("2020-05")),
    ],
    "2020-07-14",
)
p = sp("2024-04")
a, b = pc("{}%", "28.9"), usd("${} million", m("export", p))
c, d = usd("${} million", m("import", p)), usd("${} million", m("import", prev(p)))
H(
    K,
    "wire",
    f"Exports rose {a} in April from March to {b}, while imports dipped to {c} from {d}.",
    [
        C("export", p, prev(p), a),
        L("export", p, b, direction="up", base=prev(p)),
        L("import", p, c, direction="down", base=prev(p)),
        L("import", prev(p), d),
    ],
    "2024-05-20",
    context="China's customs data showed its trade with North Korea picking up in April.",
)
a, b = usd("${} million", m("total", sp("2020-08"))), usd("${} million", "96.8")
H(
    K,
    "wire",
    f"Two-way trade fell to {a} in August from {b} in July, as flooding along the Yalu River compounded the pandemic closure.",
    [
        L("total", sp("2020-08"), a, direction="down", base=sp("2020-07")),
        L("total", sp("2020-07"), b),
    ],
    "2020-09-25",
    context="North Korea's trade with China slumped again in August.",
    note="wrong: $96.8 million is June's total; July's was $73.8 million",
)
a, b = (
    usd("${} million", m("import", sp("2021-01"))),
    usd("${} million", m("import", sp("2022-01"))),
)
H(
    K,
    "thinktank",
    f"Chinese purchases of North Korean goods rose from {a} in January 2021 to {b} in January 2022 (the latter month reported jointly with February in the original release).",
    [
        L("import", sp("2021-01"), a),
        L("import", sp("2022-01"), b, direction="up", base=sp("2021-01")),
    ],
    "2022-03-25",
)
a = usd("${} mln", m("total", sp("2023-11")), dec=0)
b = usd("${} mln", m("total", sp("2023-10")), dec=0)
H(
    K,
    "headline",
    f"N. Korea-China trade at {a} in Nov., up from {b} in Oct.",
    [
        L("total", sp("2023-11"), a, direction="up", base=sp("2023-10")),
        L("total", sp("2023-10"), b),
    ],
    "2023-12-20",
)
p = cum(2024, 6)
a, b = usd("${} million", m("export", p)), usd("${} million", m("import", p))
H(
    K,
    "yonhap",
    f"China's exports to North Korea and imports from it stood at {a} and {b}, respectively, in the first half, the data showed.",
    [L("export", p, a), L("import", p, b)],
    "2024-07-20",
)
p = sp("2017-09")
a, b = usd("${} million", m("export", p)), usd("${} million", m("import", p))
c, d = pc("{}%", "-6.8"), pc("{}%", "-37.8")
H(
    K,
    "wire",
    f"Exports to North Korea ({a}) and imports from it ({b}) fell {c} and {d} on the year in September, respectively.",
    [L("export", p, a), L("import", p, b), C("export", p, ago(p), c), C("import", p, ago(p), d)],
    "2017-10-24",
)
a, b = usd("${} million", m("total", sp("2022-12"))), usd("${} million", m("total", sp("2022-11")))
H(
    K,
    "wire",
    f"Trade totalled {a} in December, compared with {b} in November, before the traditional slowdown around the Lunar New Year.",
    [L("total", sp("2022-12"), a), L("total", sp("2022-11"), b)],
    "2023-01-20",
    context="China's trade with North Korea picked up at the end of 2022.",
)

# == relative dates ================================================================================
K = "relative_dates"
p = sp("2023-08")
a, b = pc("{}%", "12.7"), usd("${} million", m("import", p))
H(
    K,
    "wire",
    f"Imports from North Korea rose {a} in August from the previous month to {b}, official data showed on Monday.",
    [C("import", p, prev(p), a), L("import", p, b, direction="up", base=prev(p))],
    "2023-09-18",
)
p = sp("2021-09")
a = usd("US${} million", m("total", p), dec=0)
k = word("more than double", "2")
H(
    K,
    "yonhap",
    f"North Korea's trade with China last month amounted to {a}, {k} the figure for August, as the two sides resumed some shipments by sea.",
    [
        L("total", p, a),
        R(
            "total",
            p,
            prev(p),
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        ),
    ],
    "2021-10-18",
)
a = said("539 million dollars", "539")
b = word("more than 80 percent", "-80")
H(
    K,
    "broadcast",
    f"Last year, trade between China and North Korea came to only {a}, down {b} from the year before.",
    [
        L("total", yr(2020), a, hedge="only"),
        C("total", yr(2020), yr(2019), b, hedge="more than", surface="80 percent"),
    ],
    "2021-01-19",
)
a, b = usd("{} billion U.S. dollars", m("total", yr(2023)), "billion", 1), pc("{} percent", "137")
H(
    K,
    "xinhua",
    f"Last year, China's trade with the DPRK totalled {a}, soaring {b} from a year earlier.",
    [L("total", yr(2023), a), C("total", yr(2023), yr(2022), b)],
    "2024-01-18",
)
a = usd("${} million", m("export", yr(2022)), dec=0)
H(
    K,
    "wire",
    f"China's exports to North Korea totalled {a} last year, customs data released on Thursday showed, leaving Pyongyang's trade gap with its neighbour wide.",
    [L("export", yr(2023), a)],
    "2024-01-18",
    note="wrong: $894 million is 2022's export figure; 2023 exports were $2.0 billion",
)
p = sp("2023-03")
a = usd("${} million", m("import", p), dec=2)
k = word("more than doubling", "2")
H(
    K,
    "yonhap",
    f"China's imports from North Korea in March amounted to {a}, {k} from the previous month, according to the General Administration of Customs of China.",
    [
        L("import", p, a),
        R(
            "import",
            p,
            prev(p),
            k,
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        ),
    ],
    "2023-04-20",
)
p = sp("2020-04")
a, b = pc("{} percent", "28.7"), usd("${} million", m("total", p), dec=0)
H(
    K,
    "wire",
    f"Trade in April rose {a} on-month to {b}, still a sliver of what passed across the border a year ago.",
    [C("total", p, prev(p), a), L("total", p, b, direction="up", base=prev(p))],
    "2020-05-20",
    context="China's trade with North Korea stayed near record lows.",
)
p = cum(2018, 6)
a, b = pc("{} percent", "-87.9"), usd("US${} million", m("import", p))
H(
    K,
    "yonhap",
    f"In the first six months of this year, China's imports from North Korea plunged {a} on-year to {b}, a result of the U.N. ban on the North's coal, textiles and seafood.",
    [C("import", p, ago(p), a), L("import", p, b, direction="down", base=ago(p))],
    "2018-07-13",
)
a = usd("${} million", "132.4")
H(
    K,
    "wire",
    f"Chinese exports to North Korea surged last month to {a}, customs data showed on Tuesday.",
    [L("export", sp("2022-11"), a, direction="up", base=sp("2022-10"))],
    "2022-12-20",
    note="wrong: $132.4 million is October's figure; in November (last month for a December story) exports fell to $113.9 million",
)
p = sp("2023-11")
a = said("224-point-three million dollars", "224.3", dec=1)
b = word("16-point-six percent", "16.6", 1)
H(
    K,
    "broadcast",
    f"November's trade came to {a}, up {b} from October.",
    [L("total", p, a, direction="up", base=prev(p)), C("total", p, prev(p), b)],
    "2023-12-20",
    context="China has released its trade figures with North Korea for November.",
)
p = cum(2020, 6)
a, b = pc("{}%", "-66.5"), usd("${} million", m("export", p), dec=0)
H(
    K,
    "wire",
    f"In the first half of this year, exports fell {a} compared with the same period last year to {b}.",
    [C("export", p, ago(p), a), L("export", p, b, direction="down", base=ago(p))],
    "2020-07-14",
    context="China's customs agency said its trade with North Korea shrank sharply.",
)
a = usd("US${} million", m("import", sp("2019-04")))
H(
    K,
    "yonhap",
    f"Chinese imports from North Korea last month stood at {a}, the data showed.",
    [L("import", sp("2019-05"), a)],
    "2019-06-20",
    note="wrong: $22.3 million is April's figure; May imports were $17.1 million",
)
p = sp("2022-10")
a, b = pc("{} percent", "48"), usd("${} million", m("total", p), dec=1)
H(
    K,
    "wire",
    f"Trade between the two countries grew {a} in October from the previous month, reaching {b}.",
    [C("total", p, prev(p), a), L("total", p, b, direction="up", base=prev(p))],
    "2022-11-18",
)
p = cum(2024, 12)
a, b = pc("{}%", "19.1"), usd("${} million", m("import", p), dec=0)
H(
    K,
    "xinhua",
    f"China's imports from the DPRK last year grew {a} year on year to {b}, the General Administration of Customs said.",
    [C("import", p, ago(p), a), L("import", p, b, direction="up", base=ago(p))],
    "2025-01-20",
)

# == perspective ===================================================================================
K = "perspective"
p = sp("2024-05")
a, b = usd("${} million", m("import", p), dec=0), usd("${} million", m("export", p))
H(
    K,
    "wire",
    f"They came to about {a}, while the North bought {b} of Chinese goods over the same month.",
    [L("import", p, a, hedge="about"), L("export", p, b)],
    "2024-06-20",
    context="North Korea's exports to China held steady in May.",
)
p = sp("2021-10")
a, b = pc("{} percent", "-86"), usd("US${} million", m("import", p), dec=0)
H(
    K,
    "yonhap",
    f"SEOUL, Nov. 19 (Yonhap) -- North Korea's shipments to China sank {a} in October from a month earlier to {b}, according to Chinese customs data.",
    [C("import", p, prev(p), a), L("import", p, b, direction="down", base=prev(p))],
    "2021-11-19",
)
p = sp("2017-09")
a, b = usd("${} million", m("import", p)), pc("{}% less", "-37.8")
H(
    K,
    "thinktank",
    f"Exports of North Korean goods to China in September were worth {a}, {b} than a year earlier.",
    [L("import", p, a), C("import", p, ago(p), pc("{}%", "-37.8"))],
    "2017-10-30",
)
a = usd("${} million", m("total", yr(2021)), dec=0)
H(
    K,
    "wire",
    f"North Korea's annual trade with its main economic lifeline, China, fell to {a} in 2021, Chinese customs data showed, as Pyongyang kept its border sealed.",
    [L("total", yr(2021), a, direction="down", base=yr(2020))],
    "2022-01-18",
)
p = sp("2023-11")
a, b, c = usd("US${} million", m("export", p)), pc("{} percent", "18.3"), pc("{} percent", "5.2")
H(
    K,
    "yonhap",
    f"North Korea imported goods worth {a} from China in November, up {b} from the previous month, while its exports to China edged up {c}.",
    [L("export", p, a), C("export", p, prev(p), b), C("import", p, prev(p), c)],
    "2023-12-20",
)
a = usd("${} million", m("import", sp("2022-09")))
H(
    K,
    "wire",
    f"North Korea's imports from China were {a} in September, according to the figures.",
    [L("export", sp("2022-09"), a)],
    "2022-10-20",
    note="wrong: flow flipped; $14.2 million is what China bought from the North; North Korea's imports from China (China's exports) were $90.1 million",
)
p = sp("2021-11")
a = said("six-point-six million dollars", "6.6", dec=1)
b = said("34-point-seven million dollars", "34.7", dec=1)
H(
    K,
    "broadcast",
    f"The North exported just {a}' worth of goods in November, and bought {b}' worth.",
    [L("import", p, a, hedge="just"), L("export", p, b)],
    "2021-12-20",
    context="Now to North Korea's trade with China.",
)
p = sp("2024-03")
a = usd("${} million", m("import", p), dec=0)
H(
    K,
    "wire",
    f"Imports, by contrast, were flat at about {a}.",
    [L("import", p, a, hedge="about")],
    "2024-04-19",
    context="China's exports to North Korea rose in March.",
)
p = sp("2024-07")
a, b = pc("{} percent", chg("total", p, prev(p))), usd("US${} million", m("total", p), dec=2)
H(
    K,
    "yonhap",
    f"BEIJING, Aug. 20 (Yonhap) -- Trade between North Korea and China fell {a} on-month in July to {b}, data from China's customs agency showed.",
    [C("total", p, prev(p), a), L("total", p, b, direction="down", base=prev(p))],
    "2024-08-20",
)
a, b = (
    usd("${} billion", m("export", yr(2023)), "billion", 1),
    usd("${} million", m("import", yr(2023))),
)
H(
    K,
    "thinktank",
    f"Pyongyang's purchases from China reached {a} in 2023, against sales of {b}, a gap financed, in the authors' view, partly by unrecorded exports of labour and services.",
    [L("export", yr(2023), a), L("import", yr(2023), b)],
    "2024-02-15",
)
b = pc("{} percent", "-8.5")
H(
    K,
    "wire",
    f"Chinese imports from North Korea fell {b} last year, customs data showed on Saturday.",
    [C("import", yr(2024), yr(2023), b)],
    "2025-01-18",
    note="wrong: flow flipped; -8.5% is the change of China's exports; imports from the North rose 19.1%",
)
a, b = usd("{} million U.S. dollars", m("import", yr(2021)), dec=2), pc("{} percent", "20.7")
H(
    K,
    "xinhua",
    f"According to the customs statistics, the DPRK's exports to China in 2021 amounted to {a}, a year-on-year increase of {b}.",
    [L("import", yr(2021), a), C("import", yr(2021), yr(2020), b)],
    "2022-01-20",
)
p = sp("2022-12")
a = usd("${} million", m("export", p))
H(
    K,
    "wire",
    f"What North Korea received from China in December, {a} worth of goods, was mostly food, fertiliser and plastics.",
    [L("export", p, a)],
    "2023-01-20",
)

# == broadcast numbers =============================================================================
K = "broadcast_numbers"
a = word("eighty-point-seven percent", "-80.7", 1)
b = said("five hundred and thirty-nine million dollars", "539")
H(
    K,
    "broadcast",
    f"China's trade with the North plunged {a} last year to {b}.",
    [C("total", yr(2020), yr(2019), a), L("total", yr(2020), b, direction="down", base=yr(2019))],
    "2021-01-20",
)
a = said("one billion-28 million dollars", "1028")
H(
    K,
    "broadcast",
    f"Trade between the two neighbours recovered to {a} in 2022.",
    [L("total", yr(2022), a, direction="up", base=yr(2021))],
    "2023-01-20",
    context="China's customs agency has released its annual figures on trade with North Korea.",
)
a = said("two-point-three billion dollars", "2.3", "billion", 1)
b = word("137 per cent", "137")
H(
    K,
    "broadcast",
    f"Last year's total was {a}, up {b}.",
    [L("total", yr(2023), a), C("total", yr(2023), yr(2022), b)],
    "2024-01-20",
    context="China's trade with North Korea more than doubled in 2023.",
)
p = sp("2023-05")
a = Num("$24.m", "24000000", 0, 10**6)
H(
    K,
    "wire",
    f"Imports from the North came to {a} in May, down from April.",
    [L("import", p, a, direction="down", base=prev(p))],
    "2023-06-20",
    context="China's trade with North Korea slipped in May.",
)
p = cum(2023, 5)
a, b = pc("{} pct", "169"), usd("${} mln", m("export", p))
H(
    K,
    "headline",
    f"China's exports to N.Korea up {a} in Jan-May at {b}",
    [C("export", p, ago(p), a), L("export", p, b)],
    "2023-06-20",
)
p = cum(2023, 9)
a = said("some one-point-four billion dollars", "1.4", "billion", 1)
b = word("179-point-eight percent", "179.8", 1)
H(
    K,
    "broadcast",
    f"From January through September, China shipped {a}' worth of goods to North Korea, {b} more than in the same period of last year.",
    [
        L("export", p, Num("one-point-four billion dollars", "1400000000", 1, 10**9), hedge="some"),
        C("export", p, ago(p), b),
    ],
    "2023-10-20",
)
p = cum(2020, 6)
a, b = pc("{} per cent", "-67"), said("412 million US dollars", "412")
H(
    K,
    "broadcast",
    f"In the first six months, total trade was down {a} at {b}.",
    [C("total", p, ago(p), a), L("total", p, b)],
    "2020-07-15",
    context="China's trade with North Korea collapsed in the first half of the year.",
)
p = sp("2020-03")
a = said("point-six million dollars", "0.6", dec=1)
b = word("ninety-six-point-two percent", "-96.2", 1)
H(
    K,
    "broadcast",
    f"Chinese imports from North Korea in March were worth just {a}, a fall of {b} from the same month a year ago.",
    [L("import", p, a, hedge="just"), C("import", p, ago(p), b)],
    "2020-04-20",
)
a = said("253-thousand dollars", "253", "thousand")
b = said("148-thousand dollars", "148", "thousand")
H(
    K,
    "broadcast",
    f"China's exports to the North were worth {a} in October and only {b} in November.",
    [L("export", sp("2020-10"), a), L("export", sp("2020-11"), b, hedge="only")],
    "2020-12-18",
)
a = said("146-point-nine million dollars", "146.9", dec=1)
H(
    K,
    "broadcast",
    f"China's exports to North Korea in April stood at {a}.",
    [L("export", sp("2024-04"), a)],
    "2024-05-20",
    note="wrong: transposed digits; April exports were $164.9 million",
)
a = said("two-point-18 billion dollars", "2.18", "billion", 2)
b = word("five percent", "-5")
H(
    K,
    "broadcast",
    f"Trade between North Korea and China slipped {b} last year to {a}.",
    [C("total", yr(2024), yr(2023), b), L("total", yr(2024), a, direction="down", base=yr(2023))],
    "2025-01-20",
)
p = cum(2023, 6)
a = usd("${}mn", m("total", p), dec=2)
H(
    K,
    "wire",
    f"Total trade in January-June was {a}, customs data showed.",
    [L("total", p, a)],
    "2023-07-20",
    context="China's trade with North Korea rose steeply in the first half.",
)
a = said("USD1.03 billion", "1.03", "billion", 2)
b = pc("{} pc", "233")
H(
    K,
    "wire",
    f"North Korea-China trade rebounded to {a} in 2022, up {b} on 2021.",
    [L("total", yr(2022), a, direction="up", base=yr(2021)), C("total", yr(2022), yr(2021), b)],
    "2023-01-19",
)

# == levels with a direction =======================================================================
K = "level_direction"
p = sp("2022-11")
a, b = usd("${} million", m("import", p)), usd("${} million", m("import", prev(p)))
H(
    K,
    "wire",
    f"Purchases of North Korean goods by China slipped to {a} in November, having been {b} a month earlier, the customs figures show.",
    [L("import", p, a, direction="down", base=prev(p)), L("import", prev(p), b)],
    "2022-12-20",
)
p = sp("2023-05")
a = usd("US${} million", m("total", p))
H(
    K,
    "yonhap",
    f"Bilateral trade edged down to {a} in May from the previous month, according to the Korea International Trade Association.",
    [L("total", p, a, direction="down", base=prev(p), source="KITA")],
    "2023-06-21",
)
p = sp("2023-06")
a, b = usd("${} million", m("export", p)), usd("${} million", m("export", prev(p)), dec=2)
H(
    K,
    "yonhap",
    f"China's exports to North Korea dipped to {a} in June, down from {b} the previous month.",
    [L("export", p, a, direction="down", base=prev(p)), L("export", prev(p), b)],
    "2023-07-20",
)
p = sp("2023-07")
a = usd("${} million", m("export", p))
H(
    K,
    "wire",
    f"Shipments from China into the North slipped to {a} in July from the June level, according to the customs administration.",
    [L("export", p, a, direction="down", base=prev(p))],
    "2023-08-18",
    context="China's trade with North Korea was little changed in July.",
    note="wrong direction: July exports ($156.6m) were above June's ($154.7m)",
)
p = sp("2021-09")
a, b = (
    usd("{} million U.S. dollars", m("export", p), dec=2),
    usd("{} million dollars", m("export", prev(p)), dec=2),
)
H(
    K,
    "xinhua",
    f"China's exports to the DPRK climbed to {a} in September, compared with {b} in August, according to the General Administration of Customs.",
    [L("export", p, a, direction="up", base=prev(p)), L("export", prev(p), b)],
    "2021-10-20",
)
p = sp("2020-05")
a = said("63-point-three million dollars", "63.3", dec=1)
H(
    K,
    "broadcast",
    f"Trade bounced back to {a} in May from April.",
    [L("total", p, a, direction="up", base=prev(p))],
    "2020-06-19",
    context="China's trade with North Korea showed signs of life in May.",
)
p = sp("2022-05")
a, b = usd("${} million", "15.4"), usd("${} million", m("export", prev(p)))
H(
    K,
    "wire",
    f"Exports tumbled to {a} in May from {b} in April.",
    [L("export", p, a, direction="down", base=prev(p)), L("export", prev(p), b)],
    "2022-06-20",
    context="China's trade with North Korea shrank sharply after freight trains across the border were halted.",
    note="wrong value: May exports were $14.5 million",
)
p = sp("2018-12")
a = usd("${} million", m("import", p))
H(
    K,
    "thinktank",
    f"Chinese imports from the DPRK inched up to {a} in December, from November's level, though they remained a fraction of the pre-sanctions monthly average.",
    [L("import", p, a, direction="up", base=prev(p))],
    "2019-01-30",
)
p = sp("2017-08")
a, b = usd("US${} million", m("import", p)), usd("${} million", m("import", prev(p)))
c = pc("{} percent", "84.4")
H(
    K,
    "yonhap",
    f"China's imports from North Korea jumped to {a} in August from {b} in July, up {c}, ahead of the U.N. ban on the North's coal and iron ore.",
    [
        L("import", p, a, direction="up", base=prev(p)),
        L("import", prev(p), b),
        C("import", p, prev(p), c),
    ],
    "2017-09-25",
)
p = sp("2020-08")
a, b = usd("${} million", m("export", p)), usd("${} million", m("export", prev(p)))
H(
    K,
    "wire",
    f"Exports plummeted to {a} in August, down from {b} the previous month.",
    [L("export", p, a, direction="down", base=prev(p)), L("export", prev(p), b)],
    "2020-09-18",
    context="China's trade with North Korea fell sharply in August.",
)
p = sp("2023-04")
a, b = usd("${} million", "165.7"), usd("${} million", m("export", prev(p)))
H(
    K,
    "wire",
    f"Exports rose to {a} in April from {b} in March, the data showed.",
    [L("export", p, a, direction="up", base=prev(p)), L("export", prev(p), b)],
    "2023-05-20",
    context="China's exports to North Korea kept rising in April.",
    note="rounding only: April was $165.78 million, truncated rather than rounded (approx, not wrong)",
)
p = sp("2021-03")
a = usd("${} mln", m("export", p), dec=0)
H(
    K,
    "headline",
    f"China's exports to N. Korea jump to {a} in March",
    [L("export", p, a, direction="up", base=prev(p))],
    "2021-04-20",
)
p = sp("2018-05")
a = usd("${} million", m("import", p), dec=2)
H(
    K,
    "wire",
    f"Imports from North Korea fell to {a} in May from April.",
    [L("import", p, a, direction="down", base=prev(p))],
    "2018-06-22",
    context="China's trade with North Korea remained depressed by sanctions.",
    note="wrong direction: May imports ($13.65m) were above April's ($11.77m)",
)

# == shares and percent-of ========================================================================
K = "shares"
a = pc("{} percent", m("export", yr(2021)) / m("total", yr(2021)) * 100, 0)
b = usd("${} million", m("total", yr(2021)), dec=0)
H(
    K,
    "wire",
    f"Chinese exports made up about {a} of the {b} total in 2021.",
    [S("export", "total", yr(2021), a, hedge="about"), L("total", yr(2021), b)],
    "2022-01-18",
)
a = pc("{} percent", m("import", yr(2023)) / m("total", yr(2023)) * 100)
H(
    K,
    "thinktank",
    f"In 2023, North Korean goods accounted for only {a} of the two-way trade, a proportion that has barely moved since the border reopened.",
    [S("import", "total", yr(2023), a, hedge="only")],
    "2024-03-01",
)
p = cum(2024, 6)
k = word("a fifth", "20")
H(
    K,
    "yonhap",
    f"North Korea's exports made up nearly {k} of its trade with China in the first half of the year, according to the data.",
    [S("import", "total", p, k, hedge="nearly", rung_kind="fraction")],
    "2024-07-22",
)
k = word("a fifth", "20")
H(
    K,
    "thinktank",
    f"Even after the rebound, trade in 2022 was only about {k} of its 2016 level (see Table 2).",
    [R("total", yr(2022), yr(2016), k, hedge="about", unit="percent", rung_kind="fraction")],
    "2023-04-10",
)
a = pc("{} percent", m("total", yr(2023)) / m("total", yr(2016)) * 100)
H(
    K,
    "wire",
    f"Trade in 2023 recovered to {a} of its 2016 level, before sanctions on the North's main exports took hold.",
    [R("total", yr(2023), yr(2016), a)],
    "2024-01-20",
)
s22 = m("import", yr(2022)) / m("total", yr(2022)) * 100
s23 = m("import", yr(2023)) / m("total", yr(2023)) * 100
a = pc("{} percentage points", s23 - s22)
b = pc("{} percent", s23)
H(
    K,
    "thinktank",
    f"The North's share of bilateral trade slipped {a} in 2023, to {b}.",
    [
        claim(
            "pp_change",
            "import",
            yr(2023),
            a,
            base=yr(2022),
            unit="pp",
            whole="total",
            direction="down",
        ),
        S("import", "total", yr(2023), b),
    ],
    "2024-02-01",
)
a = pc("{} percent", m("export", yr(2020)) / m("total", yr(2020)) * 100)
H(
    K,
    "wire",
    f"Chinese exports accounted for {a} of the trade in 2020, underscoring how little the North had to sell.",
    [S("export", "total", yr(2020), a)],
    "2021-01-20",
)
k = word("a quarter", "25")
H(
    K,
    "wire",
    f"Imports from North Korea made up {k} of total trade in 2023, the data showed.",
    [S("import", "total", yr(2023), k, rung_kind="fraction")],
    "2024-01-20",
    note="wrong: North Korean goods were 12.7% of 2023 trade, not a quarter",
)
a = pc("{} percent", m("import", yr(2021)) / m("total", yr(2021)) * 100)
H(
    K,
    "xinhua",
    f"Imports from the DPRK, accounting for {a} of the bilateral trade in 2021, consisted mainly of ferroalloys and electricity.",
    [S("import", "total", yr(2021), a)],
    "2022-01-20",
)
p = cum(2023, 6)
a = pc("{} percent", m("export", p) / m("total", p) * 100)
H(
    K,
    "yonhap",
    f"Of the trade in the first six months, Chinese exports accounted for {a}, the data showed.",
    [S("export", "total", p, a)],
    "2023-07-21",
    context="North Korea's trade with China in the first half of this year tripled from a year earlier.",
)
p = cum(2023, 6)
a = pc("{} percent", m("total", p) / m("total", cum(2019, 6)) * 100)
H(
    K,
    "xinhua",
    f"Trade between China and the DPRK in the first half of 2023 reached {a} of the level of the same period in 2019.",
    [R("total", p, cum(2019, 6), a)],
    "2023-07-21",
)
a = pc("less than {}%", "2", 0)
H(
    K,
    "headline",
    f"N.Korea-China trade in Jan-Feb {a} of year-earlier level",
    [R("total", cum(2021, 2), cum(2020, 2), Num("2%", "2", 0), hedge="less than")],
    "2021-03-18",
)
p = sp("2021-09")
k = word("one-fifth", "20")
H(
    K,
    "wire",
    f"North Korean goods were roughly {k} of the two-way total in September.",
    [S("import", "total", p, k, hedge="roughly", rung_kind="fraction")],
    "2021-10-18",
    context="China's trade with North Korea rose in September.",
)

# == balance =======================================================================================
K = "balance"


def bal(span: str) -> F:
    return m("export", span) - m("import", span)


a = usd("${} billion", bal(yr(2023)), "billion", 2)
H(
    K,
    "wire",
    f"North Korea's trade deficit with China widened to {a} in 2023.",
    [B(yr(2023), a, direction="up", base=yr(2022))],
    "2024-01-20",
)
p = sp("2023-08")
a = usd("US${} million", bal(p))
H(
    K,
    "yonhap",
    f"The North's trade deficit with China came to {a} in August, the data showed.",
    [B(p, a)],
    "2023-09-20",
)
a = usd("{} billion U.S. dollars", bal(yr(2017)), "billion", 2)
H(
    K,
    "xinhua",
    f"China recorded a trade surplus of {a} with the DPRK in 2017.",
    [B(yr(2017), a)],
    "2018-01-25",
)
a = usd("${} million", m("export", yr(2022)), dec=0)
H(
    K,
    "wire",
    f"North Korea ran a deficit of {a} with China in 2022, according to Chinese data.",
    [B(yr(2022), a)],
    "2023-01-20",
    note="wrong: $894 million is China's 2022 exports; the balance was $760.4 million",
)
a = pc("{} percent", (bal(yr(2021)) / bal(yr(2020)) - 1) * 100)
b = usd("${} million", bal(yr(2021)))
H(
    K,
    "thinktank",
    f"Because imports from the North held up better than exports to it, the deficit North Korea runs with China narrowed {a} in 2021 to {b}.",
    [
        claim("change_pct", "balance", yr(2021), a, base=yr(2020), direction="down"),
        B(yr(2021), b, direction="down", base=yr(2020)),
    ],
    "2022-02-15",
)
a = usd("${} billion", bal(yr(2024)), "billion", 2)
H(
    K,
    "yonhap",
    f"North Korea's trade imbalance with China stood at {a} last year, as imports of Chinese goods far outpaced its exports.",
    [B(yr(2024), a)],
    "2025-01-21",
)
a = said("some 200 million dollars", "200")
H(
    K,
    "broadcast",
    f"The North's deficit with China last year was {a}.",
    [B(yr(2021), said("200 million dollars", "200"), hedge="some")],
    "2022-01-19",
    context="North Korea's trade with China shrank again last year.",
    note="rounding only: the 2021 balance was $202.3 million; 'some 200' holds on the loose tier (approx)",
)
p = sp("2022-11")
a = usd("${} million", bal(prev(p)), dec=0)
H(
    K,
    "wire",
    f"In November, China's surplus in its trade with the North stood at {a}, the figures indicated.",
    [B(p, a)],
    "2022-12-20",
    context="China's trade with North Korea eased in November.",
    note="wrong month: $111 million is October's balance; November's was $102.0 million",
)
p = sp("2023-05")
a = pc("{}%", (bal(p) / bal(prev(p)) - 1) * 100)
b = usd("${} million", bal(p))
H(
    K,
    "wire",
    f"China's surplus in its trade with North Korea widened {a} in May from April to {b}.",
    [
        claim("change_pct", "balance", p, a, base=prev(p), direction="up"),
        B(p, b, direction="up", base=prev(p)),
    ],
    "2023-06-20",
)
a = usd("${} bln", "1.7", "billion")
H(
    K,
    "headline",
    f"N. Korea's trade deficit with China tops {a} in 2023",
    [B(yr(2023), a, hedge="more than", surface="$1.7 bln")],
    "2024-01-20",
)
a = usd("US${} million", bal(yr(2022)))
H(
    K,
    "yonhap",
    f"North Korea ran a trade deficit of {a} with China last year, compared with $202.3 million in 2021.",
    [B(yr(2022), a), B(yr(2021), usd("${} million", bal(yr(2021))))],
    "2023-01-20",
)
a = usd("${} million", bal(yr(2016)))
H(
    K,
    "thinktank",
    f"In 2016, the last year before the sectoral sanctions, the North's exports nearly covered its imports: the gap in China's favour was only {a}.",
    [B(yr(2016), a, hedge="only")],
    "2019-05-01",
)

# == superlatives and streaks =====================================================================
K = "superlatives_streaks"
H(
    K,
    "wire",
    "China's exports to North Korea in September were the highest since July 2020, as Pyongyang allowed some cargo to move by sea.",
    [SU("export", "2021-09", "2020-07", "high", "the highest since July 2020")],
    "2021-10-18",
)
H(
    K,
    "yonhap",
    "Trade between the two sides in December was the largest since October, the data showed.",
    [SU("total", "2022-12", "2022-10", "high", "the largest since October")],
    "2023-01-20",
    context="North Korea's trade with China rose in December.",
)
H(
    K,
    "wire",
    "Trade in July was the lowest since February, as the rainy season disrupted cross-border traffic.",
    [SU("total", "2024-07", "2024-02", "low", "the lowest since February")],
    "2024-08-20",
    context="China's trade with North Korea dropped in July.",
)
H(
    K,
    "xinhua",
    "China's exports to the DPRK in September 2020 registered the lowest level since March of that year.",
    [SU("export", "2020-09", "2020-03", "low", "the lowest level since March")],
    "2020-10-20",
)
H(
    K,
    "thinktank",
    "By August 2022 Chinese exports had recovered to their highest since April, the month before Dandong's lockdown interrupted rail freight.",
    [SU("export", "2022-08", "2022-04", "high", "their highest since April")],
    "2022-09-30",
)
H(
    K,
    "wire",
    "Trade in July was the highest since March, the data showed.",
    [SU("total", "2023-07", "2023-03", "high", "the highest since March")],
    "2023-08-18",
    context="China's trade with North Korea held up in July.",
    note="wrong: April, May and June 2023 were all above July",
)
H(
    K,
    "yonhap",
    "Chinese imports from North Korea in June were the biggest since April.",
    [SU("import", "2023-06", "2023-04", "high", "the biggest since April")],
    "2023-07-20",
)
H(
    K,
    "wire",
    "Exports in August were the highest since January, the figures showed.",
    [SU("export", "2022-08", "2022-01", "high", "the highest since January")],
    "2022-09-20",
    context="China's shipments to North Korea rose in August.",
    note="wrong: April 2022 exports ($98.1m) were above August's ($71.5m)",
)
H(
    K,
    "wire",
    "Bilateral trade declined for a third straight month in July.",
    [ST("total", "2023-05", "2023-07", "down", "a third straight month")],
    "2023-08-18",
    context="China's trade with North Korea slipped again in July.",
)
H(
    K,
    "yonhap",
    "North Korea-China trade grew for the fifth month in a row in October, helped by the resumption of freight trains.",
    [ST("total", "2022-06", "2022-10", "up", "the fifth month in a row")],
    "2022-11-18",
)
H(
    K,
    "wire",
    "Chinese imports from North Korea rose for a third straight month in July.",
    [ST("import", "2018-05", "2018-07", "up", "a third straight month")],
    "2018-08-23",
    note="wrong: June 2018 imports fell from May, so July was the first rise, not the third",
)
H(
    K,
    "broadcast",
    "Trade has now fallen for three consecutive months, through July.",
    [ST("total", "2024-05", "2024-07", "down", "three consecutive months")],
    "2024-08-20",
    context="China's trade with North Korea fell again in July.",
)
H(
    K,
    "thinktank",
    "The 2014 figure marked the first annual decline since 2009, when the global financial crisis depressed commodity prices.",
    [FD("total", 2014, 2009, "the first annual decline since 2009")],
    "2015-02-20",
    context="China's trade with North Korea slipped in 2014.",
)
H(
    K,
    "wire",
    "Trade between China and North Korea fell in 2015 for the first time since 2009.",
    [FD("total", 2015, 2009, "for the first time since 2009")],
    "2016-01-25",
    note="wrong: trade had already fallen in 2014",
)

# == other pairs and currencies ===================================================================
K = "other_pairs"
H(
    K,
    "wire",
    "China's total trade with the world fell 5 percent in dollar terms last year to $5.94 trillion, while in yuan terms it edged up 0.2 percent.",
    [
        other(
            "change_pct",
            "total",
            yr(2023),
            pc("{} percent", "-5"),
            "CHN",
            "WLD",
            base=yr(2022),
            direction="down",
        ),
        other(
            "level",
            "total",
            yr(2023),
            Num("$5.94 trillion", "5940000000000", 2, 10**12),
            "CHN",
            "WLD",
        ),
        other(
            "change_pct",
            "total",
            yr(2023),
            pc("{} percent", "0.2"),
            "CHN",
            "WLD",
            base=yr(2022),
            direction="up",
            terms="CNY",
        ),
    ],
    "2024-01-12",
)
H(
    K,
    "yonhap",
    "North Korea's total trade stood at US$2.77 billion last year, according to KOTRA, which adds estimates of crude oil deliveries that Chinese customs does not report.",
    [
        other(
            "level",
            "total",
            yr(2023),
            Num("US$2.77 billion", "2770000000", 2, 10**9),
            "PRK",
            "WLD",
            source="KOTRA",
        )
    ],
    "2024-07-20",
)
a = Num("5.6 billion yuan", "5600000000", 1, 10**9)
H(
    K,
    "xinhua",
    f"In yuan terms, China's exports to the DPRK in the first half reached about {a}, the customs administration said.",
    [L("export", cum(2024, 6), a, currency="CNY", hedge="about")],
    "2024-07-20",
    note="unverifiable: a yuan level; the data hold dollar figures only",
)
H(
    K,
    "wire",
    "Measured in yuan, China's shipments to North Korea rose nearly 260 percent in 2022, faster than the dollar figure because the currency weakened.",
    [C("export", yr(2022), yr(2021), pc("{} percent", "260", 0), terms="CNY", hedge="nearly")],
    "2023-01-20",
    note="unverifiable: a yuan-terms change",
)
H(
    K,
    "wire",
    "U.S. imports from China fell 20 percent to $427 billion last year, the Commerce Department said.",
    [
        other(
            "change_pct",
            "import",
            yr(2023),
            pc("{} percent", "-20"),
            "USA",
            "CHN",
            base=yr(2022),
            direction="down",
            source="US Census",
        ),
        other(
            "level",
            "import",
            yr(2023),
            Num("$427 billion", "427000000000", 0, 10**9),
            "USA",
            "CHN",
            direction="down",
            source="US Census",
        ),
    ],
    "2024-02-07",
)
H(
    K,
    "yonhap",
    "Inter-Korean trade, which peaked at about $2.7 billion in 2015 when the Kaesong industrial park was running, has been close to zero since 2020.",
    [
        other(
            "level",
            "total",
            yr(2015),
            Num("$2.7 billion", "2700000000", 1, 10**9),
            "KOR",
            "PRK",
            hedge="about",
            source=None,
        )
    ],
    "2021-06-15",
)
H(
    K,
    "thinktank",
    "Russia's recorded trade with the DPRK was a small fraction of China's: less than $50 million in 2019 (Table 4).",
    [
        other(
            "level",
            "total",
            yr(2019),
            Num("$50 million", "50000000", 0, 10**6),
            "RUS",
            "PRK",
            hedge="less than",
            source=None,
        )
    ],
    "2021-09-01",
)
H(
    K,
    "wire",
    "South Korea's exports to China fell 19.9 percent in 2023 to $124.8 billion, trade ministry data showed.",
    [
        other(
            "change_pct",
            "export",
            yr(2023),
            pc("{} percent", "-19.9"),
            "KOR",
            "CHN",
            base=yr(2022),
            direction="down",
            source=None,
        ),
        other(
            "level",
            "export",
            yr(2023),
            Num("$124.8 billion", "124800000000", 1, 10**9),
            "KOR",
            "CHN",
            direction="down",
            source=None,
        ),
    ],
    "2024-01-02",
)
H(
    K,
    "xinhua",
    "China's imports from the DPRK totalled 2.07 billion yuan (about 291.9 million U.S. dollars) last year, the customs said.",
    [
        L("import", yr(2023), Num("2.07 billion yuan", "2070000000", 2, 10**9), currency="CNY"),
        L("import", yr(2023), usd("{} million U.S. dollars", m("import", yr(2023))), hedge="about"),
    ],
    "2024-01-20",
    note="the yuan level is unverifiable; its dollar conversion is checked",
)
H(
    K,
    "headline",
    "China's exports fall 4.6% in 2023 as global demand cools",
    [
        other(
            "change_pct",
            "export",
            yr(2023),
            pc("{}%", "-4.6"),
            "CHN",
            "WLD",
            base=yr(2022),
            direction="down",
            source=None,
        )
    ],
    "2024-01-18",
)
H(
    K,
    "wire",
    "China-North Korea trade fell about 81 percent to CNY3.7 billion in yuan terms in 2020, almost exactly the fall in dollar terms.",
    [
        C("total", yr(2020), yr(2019), pc("{} percent", "-81", 0), terms="CNY", hedge="about"),
        L(
            "total",
            yr(2020),
            Num("CNY3.7 billion", "3700000000", 1, 10**9),
            currency="CNY",
            direction="down",
        ),
    ],
    "2021-01-20",
    note="unverifiable: yuan level and yuan-terms change",
)

# == rounding and hedges ==========================================================================
K = "rounding_hedges"
H(
    K,
    "wire",
    "China's exports to North Korea in 2022 were worth nearly $900 million, a sharp rise from the year before.",
    [L("export", yr(2022), Num("$900 million", "900000000", 0, 10**6), hedge="nearly")],
    "2023-01-20",
)
H(
    K,
    "yonhap",
    "Trade between the two countries was worth more than $1 billion last year, the first full year in which freight trains ran again.",
    [L("total", yr(2022), Num("$1 billion", "1000000000", 0, 10**9), hedge="more than")],
    "2023-01-20",
)
H(
    K,
    "wire",
    "Trade between North Korea and China totalled roughly $2.2 billion last year.",
    [L("total", yr(2024), Num("$2.2 billion", "2200000000", 1, 10**9), hedge="roughly")],
    "2025-01-20",
)
H(
    K,
    "wire",
    "Trade in February was approximately $60 million, the data showed.",
    [L("total", sp("2022-02"), Num("$60 million", "60000000", 0, 10**6), hedge="approximately")],
    "2022-03-20",
    context="China's trade with North Korea resumed early in 2022.",
    note="rounding only: $60.87 million; holds only on the loose tier (approx)",
)
H(
    K,
    "wire",
    "Trade in April came to just under $200 million, the customs figures showed.",
    [L("total", sp("2023-04"), Num("$200 million", "200000000", 0, 10**6), hedge="just under")],
    "2023-05-20",
    context="China's trade with North Korea rose in April.",
)
H(
    K,
    "broadcast",
    "In November, trade between the two countries amounted to a mere one-point-three million dollars.",
    [
        L(
            "total",
            sp("2020-11"),
            said("one-point-three million dollars", "1.3", dec=1),
            hedge="a mere",
        )
    ],
    "2020-12-20",
    context="China has released its November trade figures with North Korea.",
)
H(
    K,
    "wire",
    "Trade in September exceeded $100 million, at just over $104 million.",
    [
        L("total", sp("2022-09"), Num("$100 million", "100000000", 0, 10**6), hedge="more than"),
        L("total", sp("2022-09"), Num("$104 million", "104000000", 0, 10**6), hedge="just over"),
    ],
    "2022-10-20",
    context="China's trade with North Korea kept recovering in September.",
)
H(
    K,
    "yonhap",
    "China's imports from North Korea in 2020 were less than $50 million, according to the figures.",
    [L("import", yr(2020), Num("$50 million", "50000000", 0, 10**6), hedge="less than")],
    "2021-01-20",
)
a, b = usd("{}", m("total", yr(2020)), dec=2), usd("{}", m("total", yr(2021)), dec=2)
H(
    K,
    "thinktank",
    f"Table 1. China-DPRK trade, US$ million (China Customs): 2020 | {a}; 2021 | {b}; 2022 | 1,027.27.",
    [
        L("total", yr(2020), a),
        L("total", yr(2021), b),
        L("total", yr(2022), Num("1,027.27", "1027270000", 2, 10**6)),
    ],
    "2023-03-01",
    context="The table below sets out China's annual trade with North Korea.",
    note="the 2022 cell is wrong: transposed digits; the 2022 total is $1,027.72 million",
)
H(
    K,
    "wire",
    "Trade in January and February together was some $3 million, the customs figures showed.",
    [L("total", cum(2021, 2), Num("$3 million", "3000000", 0, 10**6), hedge="some")],
    "2021-03-18",
    context="China's trade with North Korea nearly stopped early in 2021.",
)
H(
    K,
    "wire",
    "Trade in the first four months of 2020 was almost $250 million, the data showed.",
    [L("total", cum(2020, 4), Num("$250 million", "250000000", 0, 10**6), hedge="almost")],
    "2020-05-20",
    context="China's trade with North Korea was hit hard by the pandemic.",
    note="rounding only: the January-April total was $250.55 million, just above the strict top of 'almost $250 million' (250.5) but inside the loose tier of the round 250 ([245, 255]): approx (semantics.md 1.2, 1.6); labelled wrong until gold.py read 'nearly'/'almost' on the loose tier",
)
H(
    K,
    "wire",
    "Total trade rose a whopping 233 percent in 2022, albeit from a tiny base.",
    [C("total", yr(2022), yr(2021), pc("{} percent", "233"), hedge="a whopping")],
    "2023-01-20",
    context="China's trade with North Korea rebounded last year.",
)
H(
    K,
    "thinktank",
    "Trade in the first quarter of 2022 came to $196 million (Table 3), most of it Chinese exports.",
    [L("total", cum(2022, 3), Num("$196 million", "196000000", 0, 10**6))],
    "2022-05-10",
    context="China resumed rail freight to North Korea in January 2022.",
    note="rounding only: $196.9 million truncated to 196 rather than rounded to 197 (approx, not wrong)",
)
H(
    K,
    "wire",
    "China's exports to North Korea last year came to around $1.8 billion.",
    [L("export", yr(2024), Num("$1.8 billion", "1800000000", 1, 10**9), hedge="around")],
    "2025-01-20",
    note="2024 exports were $1.83 billion, inside [1.75, 1.85]",
)

# == multiples and big changes =====================================================================
K = "multiples"
r = m("total", yr(2022)) / m("total", yr(2021))
H(
    K,
    "wire",
    f"Trade in 2022 grew {rnd(r, 1)}-fold from the previous year, when both sides kept the border almost completely shut.",
    [
        R(
            "total",
            yr(2022),
            yr(2021),
            Num(f"{rnd(r, 1)}-fold", f"{rnd(r, 1)}", 1),
            unit="times",
            direction="up",
        )
    ],
    "2023-01-20",
)
H(
    K,
    "yonhap",
    "China's exports to North Korea more than tripled last year, the data showed.",
    [
        R(
            "export",
            yr(2022),
            yr(2021),
            word("more than tripled", "3"),
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        )
    ],
    "2023-01-20",
)
r = m("import", sp("2021-09")) / m("import", sp("2020-09"))
H(
    K,
    "wire",
    "Imports from North Korea in September were more than seven times their level a year earlier.",
    [
        R(
            "import",
            sp("2021-09"),
            sp("2020-09"),
            Num("seven times", "7", 0),
            unit="times",
            hedge="more than",
            direction="up",
        )
    ],
    "2021-10-18",
    context="China's trade with North Korea picked up in September.",
)
r = m("total", yr(2023)) / m("total", yr(2022))
c = R(
    "total",
    yr(2023),
    yr(2022),
    Num(f"{rnd(r, 1)} times higher", f"{rnd(r, 1)}", 1),
    unit="times",
    direction="up",
)
c["_times_higher"] = True
H(
    K,
    "wire",
    f"Last year's trade was {rnd(r, 1)} times higher than in 2022, the data showed.",
    [c],
    "2024-01-18",
    context="China's trade with North Korea surged in 2023.",
    note="ambiguous: 'k times higher' read as k holds, read as k + 1 does not",
)
H(
    K,
    "thinktank",
    "Chinese exports in 2021 fell to roughly half the 2020 figure.",
    [
        R(
            "export",
            yr(2021),
            yr(2020),
            word("half", "50"),
            unit="percent",
            hedge="roughly",
            rung_kind="fraction",
            direction="down",
        )
    ],
    "2022-03-01",
    context="China's trade with North Korea kept shrinking in 2021.",
)
H(
    K,
    "xinhua",
    "China's exports to the DPRK in August rose 217.7 percent year on year, the General Administration of Customs said.",
    [C("export", sp("2022-08"), sp("2021-08"), pc("{} percent", "217.7"))],
    "2022-09-20",
)
p, q = cum(2020, 6), cum(2019, 6)
a = pc("{} percent", -(1 - m("total", p) / m("total", q)) * 100, 0)
H(
    K,
    "wire",
    f"Trade in the first half of 2020 was {a} lower than in the same period of 2019.",
    [C("total", p, q, a)],
    "2020-07-15",
    context="China's trade with North Korea collapsed after the border was closed in January.",
)
a = usd("some ${} billion", m("export", yr(2023)) - m("export", yr(2022)), "billion", 1)
H(
    K,
    "wire",
    f"China's exports to North Korea grew by {a} in 2023.",
    [A("export", yr(2023), yr(2022), Num(a.surface[5:], a.value, 1, 10**9), hedge="some")],
    "2024-01-20",
)
d = m("total", yr(2021)) - m("total", yr(2020))
a = usd("${} million", -d, dec=0)
a = Num(a.surface, f"-{a.value}", 0, 10**6)
H(
    K,
    "thinktank",
    f"Bilateral trade shrank by {a} in 2021, as the border stayed closed to almost all freight.",
    [A("total", yr(2021), yr(2020), a)],
    "2022-02-15",
    context="China's trade with North Korea fell for a second year in 2021.",
)
H(
    K,
    "yonhap",
    "China's exports to North Korea in January and February more than doubled from a year earlier, the data showed.",
    [
        R(
            "export",
            cum(2023, 2),
            cum(2022, 2),
            word("more than doubled", "2"),
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        )
    ],
    "2023-03-20",
)
H(
    K,
    "wire",
    "Trade in July more than tripled from a year earlier.",
    [
        R(
            "total",
            sp("2022-07"),
            sp("2021-07"),
            word("more than tripled", "3"),
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        )
    ],
    "2022-08-20",
    context="China's trade with North Korea rose in July.",
)
H(
    K,
    "headline",
    "China's exports to N. Korea jump five-fold in 2022",
    [R("export", yr(2022), yr(2021), Num("five-fold", "5", 0), unit="times", direction="up")],
    "2023-01-20",
    note="wrong: 2022 exports were 3.4 times 2021's",
)
r = (m("import", sp("2021-09")) / m("import", sp("2020-09")) - 1) * 100
H(
    K,
    "wire",
    f"Imports from the North in September soared {rnd(r, 0)} percent on-year, from a very low base.",
    [C("import", sp("2021-09"), sp("2020-09"), Num(f"{rnd(r, 0)} percent", f"{rnd(r, 0)}", 0))],
    "2021-10-20",
    context="China's trade with North Korea rose in September.",
)

# == a second pass: longer sentences, more deliberate errors, figures that are not claims =========
p = cum(2024, 11)
a, b = usd("US${} billion", m("total", p), "billion", 2), pc("{} percent", "-8")
H(
    "cumulative",
    "yonhap",
    f"North Korea's trade with China in the January-November period tallied {a}, down {b} compared with the same period of last year, according to the data released by Beijing.",
    [L("total", p, a), C("total", p, ago(p), b)],
    "2024-12-20",
    note="wrong: the published January-November change is -6%; -8% is the first-half figure",
)
H(
    "relative_dates",
    "wire",
    "Imports from North Korea rose 20.7 percent last year, though from a very low base.",
    [C("import", yr(2022), yr(2021), pc("{} percent", "20.7"))],
    "2023-01-20",
    context="China's trade with North Korea rebounded in 2022.",
    note="wrong year: +20.7% is the 2021 change; 2022 imports rose 131%",
)
a, b = pc("{} percent", "244"), pc("{} percent", "131")
H(
    "two_figures",
    "xinhua",
    f"In 2022, China's exports to and imports from the DPRK increased by {a} and {b} year on year, respectively, according to the customs statistics.",
    [C("export", yr(2022), yr(2021), a), C("import", yr(2022), yr(2021), b)],
    "2023-01-20",
)
p = sp("2024-02")
a = usd("US${} million", m("total", p), dec=0)
H(
    "relative_dates",
    "yonhap",
    f"SEOUL, March 20 (Yonhap) -- North Korea's trade with China in February stood at {a}, as the Lunar New Year holiday slowed cross-border traffic, data showed Wednesday.",
    [L("total", p, a)],
    "2024-03-20",
)
p = cum(2024, 7)
a = usd("${} million", m("export", p), dec=0)
H(
    "perspective",
    "wire",
    f"North Korea's exports to China in January-July amounted to {a}, the data showed.",
    [L("import", p, a)],
    "2024-08-20",
    note="wrong: flow flipped; $914 million is China's exports to the North; North Korea's exports to China were $198 million",
)
a = usd("${} billion", bal(yr(2024)), "billion", 2)
H(
    "balance",
    "wire",
    f"North Korea's deficit with China widened to {a} last year, Chinese data showed.",
    [B(yr(2024), a, direction="up", base=yr(2023))],
    "2025-01-20",
    note="wrong direction: the 2024 balance ($1.48bn) was smaller than 2023's ($1.71bn)",
)
a = usd("${} billion", bal(yr(2024)), "billion", 2)
H(
    "balance",
    "xinhua",
    f"China's trade surplus with the DPRK narrowed to {a} in 2024 (from {usd('{} billion dollars', bal(yr(2023)), 'billion', 2)} a year earlier), as imports from the DPRK grew faster than exports to it.",
    [
        B(yr(2024), a, direction="down", base=yr(2023)),
        B(yr(2023), usd("{} billion dollars", bal(yr(2023)), "billion", 2)),
    ],
    "2025-01-22",
)
H(
    "shares",
    "wire",
    "Exports to North Korea made up 91.8 percent of China's trade with the country in 2021.",
    [S("export", "total", yr(2021), pc("{} percent", "91.8"))],
    "2022-01-18",
    note="wrong: the 2021 share was 81.8% (91.8 is a wrong digit)",
)
H(
    "multiples",
    "yonhap",
    "China's imports from North Korea nearly tripled last year, the data showed, led by wigs and eyelashes.",
    [
        R(
            "import",
            yr(2023),
            yr(2022),
            word("nearly tripled", "3"),
            unit="times",
            hedge="nearly",
            direction="up",
            rung_kind="verbal",
        )
    ],
    "2024-01-20",
    note="wrong: 2023 imports were 2.2 times 2022's, closer to doubled than tripled",
)
H(
    "superlatives_streaks",
    "wire",
    "Chinese imports from North Korea in August were the highest since January, the figures showed.",
    [SU("import", "2022-08", "2022-01", "high", "the highest since January")],
    "2022-09-20",
    context="China's trade with North Korea rose in August.",
    note="wrong: January 2022 ($17.9m) was below August ($18.8m), so August was the year's high, not the highest 'since January'",
)
H(
    "superlatives_streaks",
    "xinhua",
    "China's exports to the DPRK in June 2020 registered the highest monthly value since January of that year.",
    [SU("export", "2020-06", "2020-01", "high", "the highest monthly value since January")],
    "2020-07-20",
)
H(
    "rounding_hedges",
    "wire",
    "Trade in 2022 was more than $1.1 billion, the customs data showed.",
    [L("total", yr(2022), Num("$1.1 billion", "1100000000", 1, 10**9), hedge="more than")],
    "2023-01-20",
    context="China's trade with North Korea rebounded last year.",
    note="wrong: the 2022 total was $1.03 billion",
)
p = sp("2022-09")
a = usd("${} million", m("total", p), dec=2)
H(
    "level_direction",
    "wire",
    f"Trade fell to {a} in September from August, the data showed.",
    [L("total", p, a, direction="down", base=prev(p))],
    "2022-10-20",
    context="China's trade with North Korea was mixed in September.",
    note="wrong direction: September ($104.27m) was above August ($90.32m)",
)
a = usd("${} billion", m("export", yr(2023)), "billion", 1)
H(
    "relative_dates",
    "wire",
    f"China's exports to North Korea, a country of some 26 million people, reached {a} last year, according to customs data published on Jan. 18.",
    [L("export", yr(2023), a)],
    "2024-01-19",
    non=[NC("26 million people", "population"), NC("Jan. 18", "a date")],
)
a = usd("${} billion", m("import", yr(2017)), "billion", 2)
H(
    "level_direction",
    "thinktank",
    f"Chinese imports from North Korea fell to {a} in 2017, after U.N. Security Council Resolution 2371 banned the North's coal, iron and seafood in August of that year.",
    [L("import", yr(2017), a, direction="down", base=yr(2016))],
    "2018-03-01",
    non=[NC("Resolution 2371", "a resolution number"), NC("August of that year", "a date")],
)
p = sp("2023-05")
H(
    "relative_dates",
    "headline",
    "N.Korea-China trade falls 5.2% on-month in May",
    [C("total", p, prev(p), pc("{}%", "-5.2"))],
    "2023-06-20",
)
p = cum(2023, 11)
a, b = (
    usd("{} billion U.S. dollars", m("total", p), "billion", 2),
    usd("{} billion U.S. dollars", m("export", p), "billion", 2),
)
H(
    "cumulative",
    "xinhua",
    f"According to statistics released by the General Administration of Customs on Wednesday, China-DPRK trade in the first 11 months of 2023 registered {a}, of which China's exports were {b} (up {pc('{} percent', '146.6')} year on year).",
    [L("total", p, a), L("export", p, b), C("export", p, ago(p), pc("{} percent", "146.6"))],
    "2023-12-20",
)
p = yr(2024)
a = said("one-point-83 billion dollars", "1.83", "billion", 2)
b = word("eight-point-five percent", "-8.5", 1)
H(
    "broadcast_numbers",
    "broadcast",
    f"Exports from China to the North fell {b} last year, to {a}, while the price of a kilogram of rice in Pyongyang rose above eight thousand won.",
    [C("export", p, ago(p), b), L("export", p, a, direction="down", base=ago(p))],
    "2025-01-20",
    non=[NC("eight thousand won", "a market price")],
)
a = usd("${} million", m("import", sp("2024-12")), dec=1)
H(
    "two_figures",
    "wire",
    f"Imports from North Korea reached {a} in December, and {usd('${} million', m('import', yr(2024)), dec=0)} for the year as a whole.",
    [
        L("import", sp("2024-12"), a),
        L("import", yr(2024), usd("${} million", m("import", yr(2024)), dec=0)),
    ],
    "2025-01-20",
    context="China's imports from North Korea kept growing in 2024.",
)


p = cum(2024, 6)
H(
    "cumulative",
    "yonhap",
    "In the first half, North Korea's exports to China rose 24 percent compared with the same period of last year, according to the Korea International Trade Association.",
    [C("import", p, ago(p), pc("{} percent", "24"), source="KITA")],
    "2024-07-22",
    note="wrong period: +24% is the January-July change; first-half imports rose 30.5%. The figure is attributed to KITA, whose series is not in the data: semantics.md 2 ('checked against the named source or marked ambiguous') makes ambiguous acceptable too",
    alt={"24 percent": ["ambiguous"]},
)
a, b = usd("${} million", m("total", sp("2022-04"))), usd("${} million", m("total", sp("2022-06")))
H(
    "two_figures",
    "wire",
    f"Trade dropped from {a} in April to {b} in May, when freight trains between Dandong and Sinuiju were suspended.",
    [
        L("total", sp("2022-04"), a),
        L("total", sp("2022-05"), b, direction="down", base=sp("2022-04")),
    ],
    "2022-06-20",
    context="North Korea's trade with China collapsed in May.",
    note="wrong month: $21.8 million is June's total; May's was $20.3 million",
)
a = said("29-point-five million dollars", "29.5", dec=1)
H(
    "perspective",
    "broadcast",
    f"In June, North Korea's imports from China were worth {a}, according to Chinese customs.",
    [L("export", sp("2023-06"), a)],
    "2023-07-20",
    note="wrong: flow flipped; $29.5 million is what the North sold to China; its imports from China were $154.7 million",
)
a = usd("${} billion", bal(yr(2017)), "billion", 2)
H(
    "balance",
    "thinktank",
    f"China's surplus with North Korea was {a} in 2016, the year before the sectoral sanctions began to bite.",
    [B(yr(2016), a)],
    "2019-05-01",
    note="wrong year: $1.51 billion is the 2017 balance; 2016's was $303.9 million",
)
H(
    "multiples",
    "wire",
    "Trade in 2023 was 2.6 times the 2022 level, the figures showed.",
    [R("total", yr(2023), yr(2022), Num("2.6 times", "2.6", 1), unit="times", direction="up")],
    "2024-01-18",
    context="China's trade with North Korea surged in 2023.",
    note="wrong: 2023 trade was 2.2 times 2022's",
)
H(
    "superlatives_streaks",
    "wire",
    "Chinese exports to North Korea fell for the fourth consecutive month in November.",
    [ST("export", "2020-08", "2020-11", "down", "the fourth consecutive month")],
    "2020-12-18",
    note="wrong: exports fell in July, August, September, October and November 2020, a fifth consecutive decline",
)
H(
    "superlatives_streaks",
    "broadcast",
    "China's shipments to the North have now dropped five months running, through November.",
    [ST("export", "2020-07", "2020-11", "down", "five months running")],
    "2020-12-18",
)
a = usd("${} billion", m("export", yr(2024)), "billion", 2)
H(
    "perspective",
    "wire",
    f"Trade between China and North Korea came to {a} in 2024, customs data showed.",
    [L("total", yr(2024), a)],
    "2025-01-20",
    note="wrong flow: $1.83 billion is China's exports; total trade was $2.18 billion",
)
H(
    "rounding_hedges",
    "yonhap",
    "Trade between the two countries in June amounted to about US$180 million, down slightly from May.",
    [
        L(
            "total",
            sp("2023-06"),
            Num("US$180 million", "180000000", 0, 10**6),
            hedge="about",
            direction="down",
            base=sp("2023-05"),
        )
    ],
    "2023-07-20",
    note="rounding only: June was $184.2 million, inside the loose tier of 'about 180' [175, 185] (approx)",
)
H(
    "rounding_hedges",
    "thinktank",
    "Two-way trade in 2021 was roughly $300 million, according to Table 1, with Chinese exports making up most of it.",
    [L("total", yr(2021), Num("$300 million", "300000000", 0, 10**6), hedge="roughly")],
    "2022-03-01",
    note="rounding only: $318.0 million holds only on the loose tier of 'roughly $300 million' (approx)",
)


# quotes from officials and analysts
H(
    "multiples",
    "wire",
    '"Our shipments to North Korea last year were just over two billion dollars, more than double 2022," a customs official in Dandong told reporters, declining to be named.',
    [
        L("export", yr(2023), said("two billion dollars", "2", "billion"), hedge="just over"),
        R(
            "export",
            yr(2023),
            yr(2022),
            word("more than double", "2"),
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        ),
    ],
    "2024-01-25",
)
H(
    "perspective",
    "yonhap",
    '"The North\'s exports to China rose sharply in the first half, reaching 135 million dollars," a Unification Ministry official told reporters on condition of anonymity.',
    [L("import", cum(2023, 6), said("135 million dollars", "135"))],
    "2023-07-24",
)
H(
    "balance",
    "thinktank",
    'As one Seoul-based economist put it, "a deficit of $1.7 billion with China in a single year cannot be financed by wigs and eyelashes alone."',
    [B(yr(2023), usd("${} billion", "1.7", "billion"))],
    "2024-03-15",
    context="North Korea's imports from China far exceeded its exports to China in 2023.",
)
H(
    "cumulative",
    "broadcast",
    '"Trade in the first quarter was about 485 million dollars, up 147 percent," the official said.',
    [
        L("total", cum(2023, 3), said("485 million dollars", "485"), hedge="about"),
        C("total", cum(2023, 3), cum(2022, 3), word("147 percent", "147")),
    ],
    "2023-04-20",
    context="A Chinese customs official briefed reporters on trade with North Korea.",
    note="rounding only: the first-quarter total was $485.85 million; 'about 485' holds within the hedge band (approx)",
)


# == non-claims ====================================================================================
K = "non_claims"
NON = [
    (
        "wire",
        "The U.N. Security Council adopted Resolution 2397 in December 2017, capping North Korea's imports of refined petroleum at 500,000 barrels a year.",
        [
            NC("Resolution 2397", "a resolution number"),
            NC("500,000 barrels", "a sanctions cap in barrels, not a trade value"),
        ],
        "2018-01-10",
    ),
    (
        "wire",
        "North Korea has about 26 million people, according to U.N. estimates, and China is by far its largest trading partner.",
        [NC("26 million people", "population")],
        "2023-03-01",
    ),
    (
        "yonhap",
        "The price of rice in Pyongyang markets rose to about 6,000 won per kilogram last month, a local monitoring group said.",
        [NC("6,000 won per kilogram", "a market price")],
        "2023-02-15",
    ),
    (
        "wire",
        "China's customs agency is expected to publish the breakdown by country on June 20, two weeks after its headline figures.",
        [NC("June 20", "a date")],
        "2024-06-07",
    ),
    (
        "thinktank",
        "The 1,400-kilometre border runs along the Yalu and Tumen rivers, and most freight crosses at Dandong-Sinuiju.",
        [NC("1,400-kilometre", "a distance")],
        "2021-09-01",
    ),
    (
        "wire",
        "Analysts expect trade between China and North Korea to top $2.5 billion this year as more crossings reopen.",
        [NC("to top $2.5 billion this year", "a forecast, not a data claim")],
        "2024-03-01",
    ),
    (
        "xinhua",
        "China shipped 20,000 tonnes of fertiliser to the DPRK in the spring as part of a humanitarian programme, officials said.",
        [NC("20,000 tonnes", "a tonnage, not a value")],
        "2022-06-01",
    ),
    (
        "wire",
        "The yuan weakened to 7.3 per dollar in September, making Chinese goods cheaper for North Korean buyers.",
        [NC("7.3 per dollar", "an exchange rate")],
        "2023-10-20",
    ),
    (
        "yonhap",
        "About 40 percent of North Koreans do not have enough food, according to the World Food Programme.",
        [NC("40 percent of North Koreans", "a share of the population")],
        "2023-05-01",
    ),
    (
        "headline",
        "Kim Jong Un visits Beijing for 4th time in 10 months",
        [NC("4th time in 10 months", "a count of visits")],
        "2019-01-08",
    ),
    (
        "broadcast",
        "Chinese customs publishes the figures for January and February together, usually around the twentieth of March.",
        [NC("the twentieth of March", "a date")],
        "2024-03-07",
    ),
    (
        "thinktank",
        "Resolutions 2371 and 2375, passed in August and September 2017, banned the North's seafood and textile exports, which had been among its largest sources of hard currency.",
        [
            NC("Resolutions 2371 and 2375", "resolution numbers"),
            NC("August and September 2017", "dates"),
        ],
        "2019-05-01",
    ),
    (
        "wire",
        "Tariffs of 25 percent on $250 billion of Chinese goods took effect in 2019, the U.S. Trade Representative said.",
        [
            NC("25 percent", "a tariff rate"),
            NC(
                "$250 billion of Chinese goods",
                "the goods a tariff covers, not a trade figure of a period",
            ),
        ],
        "2019-06-01",
    ),
]
for style, text, non, dateline in NON:
    H(K, style, text, [], dateline, non=non)


write(Path(__file__).resolve().parent / "heldout.jsonl", "build_heldout.py")
