# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/heldout2.jsonl: a second held-out labelled set, written blind.

    python benchmarks/claims/build_heldout2.py           # write heldout2.jsonl, print the counts
    python benchmarks/claims/build_heldout2.py --check   # only compare with the committed file

The sentences here were written for a second held-out measurement of the claim checker, without
looking at the checker's code, at its output on these sentences, or at the sentences of
``suite.jsonl`` and ``heldout.jsonl``. They imitate wire stories, Yonhap and NK News-like copy,
translated Korean and Chinese news, broadcast scripts read aloud, think-tank briefs, headlines and
short paragraphs whose later sentences lean on earlier ones (the earlier one is ``context``).

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
from suitelib import Num, claim, cum, rnd, sp, yr

setup(
    "H2-",
    [
        "Beijing publishes a country-by-country breakdown of its trade, including its commerce with Pyongyang.",
        "The numbers below are from China's customs service and concern its trade with North Korea.",
        "China's monthly customs release includes a line for North Korea.",
    ],
)

# == cumulative periods ==========================================================================
K = "cumulative"
p = cum(2023, 10)
a, b = usd("${} billion", m("export", p), "billion", 2), pc("{}%", "155.2")
c = usd("${} billion", m("total", p), "billion", 2)
H(
    K,
    "wire",
    f"China shipped goods worth {a} to North Korea in the first 10 months of 2023, up {b} from a year earlier, while two-way trade over the period reached {c}, customs figures showed on Monday.",
    [L("export", p, a), C("export", p, ago(p), b), L("total", p, c)],
    "2023-11-20",
)
p = cum(2020, 6)
a, b = usd("US${} million", m("total", p), dec=0), pc("{} percent", "-67")
H(
    K,
    "yonhap",
    f"Trade between North Korea and China for the January-June period tallied {a}, down {b} from the same period last year, according to data from China's General Administration of Customs.",
    [L("total", p, a), C("total", p, ago(p), b)],
    "2020-07-24",
)
p = cum(2020, 9)
b = pc("{}%", "-72.8")
H(
    K,
    "headline",
    f"China-N. Korea trade plunges {b} in Jan-Sept as border stays shut",
    [C("total", p, ago(p), b)],
    "2020-10-21",
)
p = cum(2023, 5)
a, b = usd("${} million", m("import", p), dec=0), pc("{} percent", "214")
H(
    K,
    "thinktank",
    f"Over the first five months of 2023, the value of goods China bought from North Korea rose {b} to about {a}, a rebound that owed much to processing-on-commission arrangements rather than to any easing of sanctions.",
    [C("import", p, ago(p), b), L("import", p, a, hedge="about")],
    "2023-07-03",
)
p = cum(2023, 3)
a, b = usd("{} million U.S. dollars", m("export", p), dec=2), pc("{} percent", "153")
c, d = usd("{} million U.S. dollars", m("import", p), dec=2), pc("{} percent", "102")
H(
    K,
    "xinhua",
    f"In the first quarter, China's exports to the DPRK reached {a}, up {b} year on year, while its imports from the DPRK were {c}, an increase of {d}, the General Administration of Customs said.",
    [L("export", p, a), C("export", p, ago(p), b), L("import", p, c), C("import", p, ago(p), d)],
    "2023-04-20",
)
p = cum(2024, 7)
a, b = usd("${} billion", m("total", p), "billion", 2), pc("{}%", "-8.4")
lead = f"In the seven months through July, the total came to {a}, down {b} on the same stretch of 2023, customs data showed."
H(
    K,
    "wire",
    lead,
    [L("total", p, a), C("total", p, ago(p), b)],
    "2024-08-20",
    context="China's trade with North Korea has slowed this year despite a flurry of visits by officials from both sides.",
)
c, d, e = pc("{}%", "-13.3"), usd("${} million", m("export", p), dec=0), pc("{}%", "24")
H(
    K,
    "wire",
    f"Chinese exports over that period fell {c} to {d}, while purchases from the North climbed {e}.",
    [C("export", p, ago(p), c), L("export", p, d), C("import", p, ago(p), e)],
    "2024-08-20",
    context=lead,
)
p = cum(2023, 11)
a, b = usd("${} billion", m("export", p), "billion", 2), pc("{}%", "146.6")
H(
    K,
    "wire",
    f"Year-to-date through November, China's exports to North Korea totalled {a}, up {b} on the same period of 2022.",
    [L("export", p, a), C("export", p, ago(p), b)],
    "2023-12-20",
)
p = cum(2018, 8)
a, b = pc("{} percent", "-87.9"), usd("${} million", m("import", p), dec=1)
H(
    K,
    "wire",
    f"Chinese imports from North Korea in the January-August period slumped {a} from a year earlier to {b}, as U.N. bans on coal, iron ore, seafood and textiles took hold.",
    [C("import", p, ago(p), a), L("import", p, b)],
    "2018-09-20",
    note="wrong: -87.9% is the January-June 2018 change; January-August was -89.3% (the level is right)",
)
p = cum(2020, 2)
a, b = usd("${} million", m("import", p), dec=1), pc("{}%", "-71.9")
H(
    K,
    "wire",
    f"Combined figures for January and February, which Beijing released together, put China's imports from the North at {a}, a drop of {b} from a year earlier.",
    [L("import", p, a), C("import", p, ago(p), b)],
    "2020-03-24",
)
p = cum(2017, 6)
a, b, c = (
    usd("${} billion", m("total", p), "billion", 2),
    pc("{} percent", "10.5"),
    pc("{} percent", "-16.3"),
)
H(
    K,
    "wire",
    f"China's first-half trade with North Korea rose {b} to {a}, customs data showed, although imports from the North fell {c} as a coal ban bit.",
    [C("total", p, ago(p), b), L("total", p, a), C("import", p, ago(p), c)],
    "2017-07-13",
    note="wrong: -16.3% is the January-July 2017 change in imports; January-June was -13.2%",
)
p = cum(2024, 11)
a = pc("{} percent", "-6")
H(
    K,
    "broadcast",
    f"Through the first eleven months of this year, trade between China and North Korea was down {a} compared with the same period of last year, according to Chinese customs.",
    [C("total", p, ago(p), a)],
    "2024-12-20",
)


# == two figures, two periods ====================================================================
K = "two_figures"
a, b = (
    usd("${} million", m("export", sp("2024-04")), dec=1),
    usd("${} million", m("export", sp("2024-03")), dec=2),
)
H(
    K,
    "wire",
    f"Chinese exports to North Korea rose to {a} in April from {b} in March, the customs agency's country breakdown showed on Monday.",
    [
        L("export", sp("2024-04"), a, direction="up", base=sp("2024-03")),
        L("export", sp("2024-03"), b),
    ],
    "2024-05-20",
)
a, b = (
    usd("${} million", m("total", sp("2022-10")), dec=2),
    usd("${} million", m("total", sp("2022-11")), dec=2),
)
H(
    K,
    "wire",
    f"Two-way commerce slid back from {a} in October to {b} in November as winter set in on the Yalu.",
    [
        L("total", sp("2022-10"), a),
        L("total", sp("2022-11"), b, direction="down", base=sp("2022-10")),
    ],
    "2022-12-20",
    context="China's trade with North Korea lost momentum at the end of 2022.",
)
a, b = (
    usd("${} million", m("import", sp("2023-06")), dec=1),
    usd("${} million", m("export", sp("2023-06")), dec=1),
)
H(
    K,
    "yonhap",
    f"China's imports from and exports to North Korea in June came to {a} and {b}, respectively, according to Chinese customs data.",
    [L("import", sp("2023-06"), a), L("export", sp("2023-06"), b)],
    "2023-07-21",
)
a, b, c = (
    usd("${} million", m("total", sp("2022-05")), dec=1),
    usd("${} million", m("total", sp("2022-04")), dec=2),
    pc("{} percent", "-80"),
)
H(
    K,
    "wire",
    f"North Korea-China trade slid to {a} in May from {b} in April, a drop of {c}, after an outbreak of COVID-19 in the North halted the freight trains that had resumed only months earlier.",
    [
        L("total", sp("2022-05"), a, direction="down", base=sp("2022-04")),
        L("total", sp("2022-04"), b),
        C("total", sp("2022-05"), sp("2022-04"), c),
    ],
    "2022-06-20",
)
a, b = (
    usd("${} billion", m("total", yr(2015)), "billion", 2),
    usd("${} billion", m("total", yr(2016)), "billion", 2),
)
c = pc("{} percent", chg("total", yr(2016), yr(2015)))
H(
    K,
    "thinktank",
    f"Despite two nuclear tests in 2016, bilateral trade barely moved: it went from {a} in 2015 to {b} in 2016, a decline of {c}.",
    [L("total", yr(2015), a), L("total", yr(2016), b), C("total", yr(2016), yr(2015), c)],
    "2017-03-15",
    non=[NC("two nuclear tests in 2016", "a count of tests")],
)
lead = "Chinese exports to North Korea edged up from $156.6 million in July to $162.9 million in August."
a, b = (
    usd("${} million", m("import", sp("2023-09")), dec=2),
    usd("${} million", m("import", sp("2023-08")), dec=2),
)
H(
    K,
    "wire",
    f"Imports rose to {a} in September from {b} in August.",
    [
        L("import", sp("2023-09"), a, direction="up", base=sp("2023-08")),
        L("import", sp("2023-08"), b),
    ],
    "2023-10-20",
    context=lead,
    note="wrong: both figures are right but imports fell from August (28.23) to September (27.79), so 'rose to' is the wrong direction",
)
a = pc("{} percent", "147")
b = usd("${} million", m("export", sp("2021-09")), dec=2)
H(
    K,
    "wire",
    f"Between August and September 2021, Chinese exports to the North more than doubled, rising {a} to {b}.",
    [
        claim(
            "ratio",
            "export",
            sp("2021-09"),
            word("more than doubled", "2"),
            base=sp("2021-08"),
            unit="times",
            hedge="more than",
            rung_kind="verbal",
        ),
        C("export", sp("2021-09"), sp("2021-08"), a),
        L("export", sp("2021-09"), b),
    ],
    "2021-10-20",
)
a, b = (
    usd("${} million", m("total", sp("2024-03")), dec=2),
    usd("${} million", m("total", sp("2024-02")), dec=0),
)
H(
    K,
    "yonhap",
    f"Total trade between the two sides stood at {a} in March versus {b} in February, the data showed.",
    [L("total", sp("2024-03"), a), L("total", sp("2024-02"), b)],
    "2024-04-22",
    context="BEIJING, April 22 (Yonhap) -- China's trade with North Korea picked up in March, according to Chinese customs data.",
)
a, b = (
    usd("${} million", m("total", sp("2022-08")), dec=2),
    usd("${} million", m("total", sp("2022-07")), dec=2),
)
H(
    K,
    "wire",
    f"Two-way trade rose to {a} in September from {b} in August.",
    [
        L("total", sp("2022-09"), a, direction="up", base=sp("2022-08")),
        L("total", sp("2022-08"), b),
    ],
    "2022-10-20",
    context="China's customs agency released its country breakdown of September trade on Thursday, including its figures for North Korea.",
    note="wrong: each figure is pinned a month late: 90.32 is August 2022 (September was 104.27) and 72.72 is July (August was 90.32)",
)
a, b = (
    usd("${} million", m("export", sp("2022-05")), dec=2),
    usd("${} million", m("export", sp("2022-04")), dec=2),
)
H(
    K,
    "broadcast",
    f"Chinese shipments to the North fell to {a} in May, from {b} the month before.",
    [
        L("export", sp("2022-05"), a, direction="down", base=sp("2022-04")),
        L("export", sp("2022-04"), b),
    ],
    "2022-06-21",
)


# == relative dates ==============================================================================
K = "relative_dates"
a, b = pc("{}%", "18.3"), usd("${} million", m("export", sp("2023-11")), dec=1)
H(
    K,
    "wire",
    f"China's exports to North Korea rose {a} last month from October to {b}, customs data released on Wednesday showed.",
    [C("export", sp("2023-11"), sp("2023-10"), a), L("export", sp("2023-11"), b)],
    "2023-12-20",
)
a, b = pc("{}%", "37.5"), usd("${} million", m("total", sp("2021-08")), dec=2)
H(
    K,
    "wire",
    f"Trade between the two neighbours jumped {a} in August from July, to {b}, still a fraction of pre-pandemic levels.",
    [C("total", sp("2021-08"), sp("2021-07"), a), L("total", sp("2021-08"), b)],
    "2021-09-18",
)
a, b = pc("{} percent", "-80.7"), usd("${} million", m("total", yr(2020)), dec=2)
H(
    K,
    "yonhap",
    f"Last year, North Korea's trade with China plunged {a} on-year to {b} as Pyongyang sealed its border against the coronavirus.",
    [C("total", yr(2020), yr(2019), a), L("total", yr(2020), b)],
    "2021-01-20",
)
a = usd("${} billion", m("total", yr(2023)), "billion", 1)
H(
    K,
    "wire",
    f"Trade last year more than doubled to {a}, though it remained below the levels recorded before sanctions were tightened in 2017.",
    [
        claim(
            "ratio",
            "total",
            yr(2023),
            word("more than doubled", "2"),
            base=yr(2022),
            unit="times",
            hedge="more than",
            rung_kind="verbal",
        ),
        L("total", yr(2023), a),
    ],
    "2024-01-19",
    context="China's commerce with North Korea recovered strongly in 2023.",
)
a = usd("${} million", m("export", sp("2022-11")), dec=2)
H(
    K,
    "wire",
    f"Chinese exports to North Korea last month reached {a}, the data showed.",
    [L("export", sp("2022-10"), a)],
    "2022-11-20",
    context="China's customs office on Sunday published its October trade data by country.",
    note="wrong: 113.88 is November 2022; in a November 20 story 'last month' is October, when exports were 132.43",
)
a, b = (
    usd("${} million", m("import", sp("2023-06")), dec=1),
    usd("${} million", m("import", sp("2023-05")), dec=2),
)
H(
    K,
    "yonhap",
    f"Imports from North Korea rose to {a} in June from {b} the previous month.",
    [
        L("import", sp("2023-06"), a, direction="up", base=sp("2023-05")),
        L("import", sp("2023-05"), b),
    ],
    "2023-07-20",
)
a, b = (
    pc("{}%", chg("total", sp("2024-04"), sp("2024-03"))),
    usd("${} million", m("total", sp("2024-04")), dec=0),
)
H(
    K,
    "wire",
    f"Total trade in April was up {a} from the previous month at {b}.",
    [C("total", sp("2024-04"), sp("2024-03"), a), L("total", sp("2024-04"), b)],
    "2024-05-20",
)
a = usd("${} million", m("total", sp("2020-06")), dec=1)
H(
    K,
    "wire",
    f"Trade in June came to {a}, less than half the level of a year earlier.",
    [
        L("total", sp("2020-06"), a),
        R(
            "total",
            sp("2020-06"),
            sp("2019-06"),
            word("less than half", "50"),
            hedge="less than",
            unit="percent",
            rung_kind="fraction",
        ),
    ],
    "2020-07-23",
    context="China's trade with North Korea recovered somewhat from its spring lows.",
)
a, b = pc("{}%", "-87.9"), usd("${} million", m("import", cum(2018, 6)), dec=1)
H(
    K,
    "wire",
    f"In the first half, China's imports from North Korea were down {a} from the same period last year, at {b}.",
    [C("import", cum(2018, 6), cum(2017, 6), a), L("import", cum(2018, 6), b)],
    "2018-07-13",
)
a = pc("{}%", "131")
H(
    K,
    "wire",
    f"China's imports from North Korea jumped {a} last year, helped by shipments of wigs and false eyelashes, which are not covered by U.N. sanctions.",
    [C("import", yr(2023), yr(2022), a)],
    "2024-01-18",
    note="wrong: +131% is the 2022 change in imports; in a January 2024 story 'last year' is 2023, when imports rose 118%",
)
a, b = (
    pc("{} percent", chg("export", sp("2024-03"), sp("2024-02"))),
    usd("${} million", m("export", sp("2024-03")), dec=0),
)
H(
    K,
    "broadcast",
    f"Last month, China sold the North goods worth {b}, about {a} more than in February.",
    [L("export", sp("2024-03"), b), C("export", sp("2024-03"), sp("2024-02"), a, hedge="about")],
    "2024-04-20",
)


# == perspective ==================================================================================
K = "perspective"
a = usd("${} billion", m("export", yr(2024)), "billion", 2)
H(
    K,
    "wire",
    f"North Korea's imports from China totalled {a} last year, according to Chinese customs figures, with soybean oil, hair for wig-making and fabrics among the main items.",
    [L("export", yr(2024), a)],
    "2025-01-20",
)
a, b = pc("{} percent", "19.1"), usd("${} million", m("import", yr(2024)), dec=0)
H(
    K,
    "thinktank",
    f"Exports of North Korean goods to China rose {a} to {b} in 2024, driven largely by processed hair products.",
    [C("import", yr(2024), yr(2023), a), L("import", yr(2024), b)],
    "2025-02-10",
)
a = usd("${} million", m("import", sp("2023-04")), dec=1)
H(
    K,
    "wire",
    f"Its imports from the North amounted to {a}.",
    [L("import", sp("2023-04"), a)],
    "2023-05-20",
    context="China sold goods worth $165.78 million to North Korea in April, customs data showed.",
)
p = cum(2019, 6)
a, b = pc("{} percent", "12"), usd("${} million", m("import", p), dec=1)
c, d = pc("{} percent", "15.5"), usd("${} billion", m("export", p), "billion", 2)
H(
    K,
    "yonhap",
    f"SEOUL, July 20 (Yonhap) -- The North's shipments to China during the first half rose {a} on-year to {b}, and its purchases of Chinese goods grew {c} to {d}, data showed.",
    [C("import", p, ago(p), a), L("import", p, b), C("export", p, ago(p), c), L("export", p, d)],
    "2019-07-20",
)
a = usd("${} billion", m("export", yr(2023)), "billion", 0)
H(
    K,
    "wire",
    f"North Korea's exports to China reached {a} in 2023, a figure that analysts said reflected the return of cross-border trucking.",
    [L("import", yr(2023), a)],
    "2024-01-22",
    note="wrong: the flow is flipped: $2 billion is China's exports to North Korea in 2023 (2003.5); North Korea's exports to China (China's imports) were 291.89",
)
a = usd("${} million", m("import", yr(2021)), dec=2)
H(
    K,
    "thinktank",
    f"The North exported goods worth {a} to China in 2021, barely enough to pay for a few weeks of its pre-pandemic imports.",
    [L("import", yr(2021), a)],
    "2022-03-01",
)
a = usd("${} billion", m("total", yr(2022)), "billion", 2)
H(
    K,
    "wire",
    f"North Korea's annual trade with its economic lifeline, China, recovered to {a} in 2022 after two years of near-total border closure.",
    [L("total", yr(2022), a)],
    "2023-01-20",
)
a = usd("${} million", m("import", sp("2020-03")), dec=1)
H(
    K,
    "wire",
    f"North Korean imports from China in March sank to just {a}, customs data showed, as Pyongyang shut its border to keep out the coronavirus.",
    [L("export", sp("2020-03"), a, hedge="just")],
    "2020-04-23",
    note="wrong: the flow is flipped: $0.6 million is China's imports from North Korea in March 2020 (0.616); North Korea's imports from China (China's exports) were 18.03",
)
a, b = (
    usd("{} million U.S. dollars", m("export", sp("2024-05")), dec=2),
    usd("{} million U.S. dollars", m("import", sp("2024-05")), dec=2),
)
H(
    K,
    "xinhua",
    f"According to the data, the DPRK imported {a} worth of goods from China in May, and exported {b} worth of goods to China.",
    [L("export", sp("2024-05"), a), L("import", sp("2024-05"), b)],
    "2024-06-20",
)
lead = "North Korea's trade with China grew in the first half of 2023."
a, b = pc("{} percent", "275"), usd("${} million", m("import", cum(2023, 6)), dec=0)
H(
    K,
    "yonhap",
    f"Its outbound shipments to China soared {a} to {b} during the January-June period, while inbound shipments from China climbed {pc('{} percent', '204')}.",
    [
        C("import", cum(2023, 6), cum(2022, 6), a),
        L("import", cum(2023, 6), b),
        C("export", cum(2023, 6), cum(2022, 6), pc("{} percent", "204")),
    ],
    "2023-07-20",
    context=lead,
)


# == broadcast numbers ===========================================================================
K = "broadcast_numbers"
H(
    K,
    "broadcast",
    "North Korea's trade with China last year reached two-point-three billion dollars, according to Chinese customs.",
    [L("total", yr(2023), said("two-point-three billion dollars", "2.3", "billion", 1))],
    "2024-01-19",
)
H(
    K,
    "broadcast",
    "That is a fall of eighty-point-seven percent from the year before.",
    [C("total", yr(2020), yr(2019), word("eighty-point-seven percent", "-80.7", 1))],
    "2021-01-19",
    context="China's customs agency says its trade with North Korea came to five hundred and thirty-nine million dollars last year.",
)
H(
    K,
    "broadcast",
    "Two years ago, the total was one billion 28 million dollars, as trains and trucks began crossing the border again.",
    [L("total", yr(2022), said("one billion 28 million dollars", "1028", "million", 0))],
    "2024-03-05",
    context="Trade between China and North Korea has been rising steadily.",
)
H(
    K,
    "broadcast",
    "Chinese imports from the North came to some 350 million U.S. dollars in 2024, the customs figures show.",
    [L("import", yr(2024), said("350 million U.S. dollars", "350", "million", 0), hedge="some")],
    "2025-01-21",
)
a = usd("{} billion dollars", m("export", yr(2024)), "billion", 2)
H(
    K,
    "broadcast",
    f"Chinese exports to North Korea dropped 8.5 per cent to {a} in 2024.",
    [C("export", yr(2024), yr(2023), word("8.5 per cent", "-8.5", 1)), L("export", yr(2024), a)],
    "2025-01-21",
)
H(
    K,
    "headline",
    "China's Sept exports to N.Korea jump to US$55.6mn",
    [L("export", sp("2021-09"), said("US$55.6mn", "55.6", "million", 1))],
    "2021-10-20",
)
H(
    K,
    "broadcast",
    "In November, China's exports to North Korea were worth just 148-thousand dollars.",
    [L("export", sp("2020-11"), said("148-thousand dollars", "148", "thousand", 0), hedge="just")],
    "2020-12-20",
)
H(
    K,
    "broadcast",
    "In May, China's exports to the North came to one hundred sixty-five-point-six million dollars.",
    [
        L(
            "export",
            sp("2023-05"),
            said("one hundred sixty-five-point-six million dollars", "165.6", "million", 1),
        )
    ],
    "2023-06-20",
)
H(
    K,
    "headline",
    "N.Korea-China trade up 13.3 pct in Sept from Aug",
    [C("total", sp("2023-09"), sp("2023-08"), word("13.3 pct", "13.3", 1))],
    "2023-10-20",
)
H(
    K,
    "broadcast",
    "China's exports to the North last year were two-point-one billion dollars.",
    [L("export", yr(2023), said("two-point-one billion dollars", "2.1", "billion", 1))],
    "2024-01-19",
    note="wrong: 2023 exports were 2003.5 million; '2.1 billion' needs [2.05, 2.15] billion",
)
H(
    K,
    "broadcast",
    "Imports from North Korea, meanwhile, were up one-hundred-eighteen percent, to roughly two hundred ninety-two million dollars.",
    [
        C("import", yr(2023), yr(2022), word("one-hundred-eighteen percent", "118", 0)),
        L(
            "import",
            yr(2023),
            said("two hundred ninety-two million dollars", "292", "million", 0),
            hedge="roughly",
        ),
    ],
    "2024-01-19",
    context="China's trade with North Korea more than doubled last year, according to figures from Beijing.",
)


# == levels with a direction =====================================================================
K = "level_direction"
a = usd("${} million", m("export", sp("2023-07")), dec=1)
H(
    K,
    "wire",
    f"Shipments from China to its isolated neighbour edged up to {a} in July, according to the Beijing customs tally.",
    [L("export", sp("2023-07"), a, direction="up", base=sp("2023-06"))],
    "2023-08-20",
)
a = usd("${} million", m("export", sp("2024-05")), dec=2)
H(
    K,
    "wire",
    f"In May, China's shipments to its neighbour slipped to {a}.",
    [L("export", sp("2024-05"), a, direction="down", base=sp("2024-04"))],
    "2024-06-20",
    context="Chinese exports to North Korea reached $164.9 million in April, the highest in months.",
)
a = usd("${} million", m("export", sp("2023-04")), dec=2)
H(
    K,
    "wire",
    f"Chinese exports to North Korea slipped to {a} in April from March, the data showed.",
    [L("export", sp("2023-04"), a, direction="down", base=sp("2023-03"))],
    "2023-05-20",
    note="wrong: the level is right but April 2023 exports (165.78) were above March (137.9): 'slipped' is the wrong direction",
)
a, b = (
    usd("${} million", m("total", sp("2018-12")), dec=2),
    usd("${} million", m("total", sp("2018-11")), dec=2),
)
H(
    K,
    "yonhap",
    f"The December figure for overall China-North Korea trade was {a}, down from {b} the previous month.",
    [
        L("total", sp("2018-12"), a, direction="down", base=sp("2018-11")),
        L("total", sp("2018-11"), b),
    ],
    "2019-01-23",
)
a = usd("${} million", m("total", sp("2023-09")), dec=2)
H(
    K,
    "xinhua",
    f"Bilateral trade between China and the DPRK climbed to {a} in September from August.",
    [L("total", sp("2023-09"), a, direction="up", base=sp("2023-08"))],
    "2023-10-20",
)
H(
    K,
    "wire",
    "China's imports from the North rose to $23.28 million in August from July, the figures showed.",
    [L("import", sp("2023-08"), usd("${} million", "23.28"), direction="up", base=sp("2023-07"))],
    "2023-09-20",
    note="wrong: transposed digits: August 2023 imports were 28.23 million (the direction 'rose' from July, 25.0, holds in the data; only the value is wrong)",
)
a = usd("${} million", m("total", sp("2023-05")), dec=2)
H(
    K,
    "wire",
    f"Trade between the two countries dipped to {a} in May from April.",
    [L("total", sp("2023-05"), a, direction="down", base=sp("2023-04"))],
    "2023-06-20",
)
a = usd("${} million", m("total", sp("2020-05")), dec=1)
H(
    K,
    "wire",
    f"China-North Korea trade rebounded to {a} in May from April, when it had collapsed under pandemic border controls.",
    [L("total", sp("2020-05"), a, direction="up", base=sp("2020-04"))],
    "2020-06-23",
)
a = usd("${} million", m("import", sp("2022-12")), dec=2)
H(
    K,
    "yonhap",
    f"China's imports from North Korea bounced back to {a} in December from November.",
    [L("import", sp("2022-12"), a, direction="up", base=sp("2022-11"))],
    "2023-01-20",
)
a = usd("${} million", m("total", sp("2017-10")), dec=1)
H(
    K,
    "wire",
    f"Trade sank to {a} in October from September as sanctions on textiles and seafood took full effect.",
    [L("total", sp("2017-10"), a, direction="down", base=sp("2017-09"))],
    "2017-11-23",
)


# == shares and percent-of ========================================================================
K = "shares"
a = pc("{} percent", m("export", yr(2023)) / m("total", yr(2023)) * 100)
H(
    K,
    "thinktank",
    f"China's exports made up {a} of the two-way total in 2023, a lopsided pattern that has held since the sanctions of 2017.",
    [S("export", "total", yr(2023), a)],
    "2024-03-12",
)
H(
    K,
    "wire",
    "North Korean goods accounted for about 16 percent of the two countries' trade in 2024.",
    [S("import", "total", yr(2024), word("16 percent", "16"), hedge="about")],
    "2025-01-21",
)
H(
    K,
    "thinktank",
    "In 2020, purchases from the North made up less than a tenth of bilateral trade with China.",
    [
        S(
            "import",
            "total",
            yr(2020),
            word("less than a tenth", "10"),
            hedge="less than",
            rung_kind="fraction",
        )
    ],
    "2021-04-01",
)
H(
    K,
    "thinktank",
    "Even after the reopening, trade in 2022 stood at about a fifth of its 2017 level.",
    [
        R(
            "total",
            yr(2022),
            yr(2017),
            word("a fifth", "20"),
            hedge="about",
            unit="percent",
            rung_kind="fraction",
        )
    ],
    "2023-03-01",
    context="China's trade with North Korea has yet to recover from sanctions and the pandemic.",
)
a = pc("{} percent", m("import", cum(2023, 6)) / m("total", cum(2023, 6)) * 100)
H(
    K,
    "yonhap",
    f"Imports from the North took up {a} of China's trade with North Korea in the first half of the year.",
    [S("import", "total", cum(2023, 6), a)],
    "2023-07-20",
)
H(
    K,
    "wire",
    "Goods moving from China into North Korea represented 91.8 percent of the two-way flow in 2024.",
    [S("export", "total", yr(2024), word("91.8 percent", "91.8", 1))],
    "2025-01-21",
    context="China's trade with North Korea dipped last year.",
    note="wrong: exports were 1830 of 2180.39 million in 2024, 83.9 percent",
)
H(
    K,
    "thinktank",
    "Chinese goods sent north accounted for roughly four-fifths of the meagre trade China and North Korea conducted in 2021.",
    [
        S(
            "export",
            "total",
            yr(2021),
            word("four-fifths", "80"),
            hedge="roughly",
            rung_kind="fraction",
        )
    ],
    "2022-02-15",
)
H(
    K,
    "thinktank",
    "The share of North Korean goods in the bilateral total rose 3.3 percentage points in 2024 from the previous year.",
    [
        claim(
            "pp_change",
            "import",
            yr(2024),
            word("3.3 percentage points", "3.3", 1),
            base=yr(2023),
            unit="pp",
            whole="total",
            direction="up",
        )
    ],
    "2025-02-10",
    context="China's customs figures show a slow shift in the composition of its trade with North Korea.",
)
a = pc("{} percent", m("total", yr(2023)) / m("total", yr(2016)) * 100)
H(
    K,
    "wire",
    f"Even so, the 2023 total was only {a} of its 2016 level, before the toughest U.N. sanctions were imposed.",
    [R("total", yr(2023), yr(2016), a, unit="percent")],
    "2024-01-19",
    context="China's trade with North Korea more than doubled in 2023.",
)
H(
    K,
    "yonhap",
    "In April, imports from the North represented 15 percent of total bilateral trade, Chinese data showed.",
    [S("import", "total", sp("2024-04"), word("15 percent", "15"))],
    "2024-05-20",
)


# == balance ======================================================================================
K = "balance"
a = usd("${} billion", m("balance", yr(2023)), "billion", 2)
H(
    K,
    "wire",
    f"China ran a trade surplus of {a} with North Korea in 2023, customs figures showed.",
    [B(yr(2023), a)],
    "2024-01-19",
)
a, b = (
    pc("{} percent", chg("balance", yr(2024), yr(2023))),
    usd("${} billion", m("balance", yr(2024)), "billion", 2),
)
H(
    K,
    "yonhap",
    f"North Korea's trade deficit with China narrowed {a} on-year to {b} last year.",
    [C("balance", yr(2024), yr(2023), a), B(yr(2024), b, gap="deficit")],
    "2025-01-21",
)
a = usd("${} million", m("balance", yr(2020)), dec=0)
H(
    K,
    "thinktank",
    f"Even in the worst year of the border closure, 2020, the North ran a deficit of {a} with China.",
    [B(yr(2020), a, gap="deficit")],
    "2021-06-01",
)
a = usd("${} million", m("balance", sp("2024-04")), dec=1)
H(
    K,
    "wire",
    f"China's surplus in April was {a}, according to Reuters calculations based on the customs data.",
    [B(sp("2024-04"), a)],
    "2024-05-20",
    context="China's customs agency released its April trade data by country on Monday, including North Korea.",
)
H(
    K,
    "wire",
    "China's trade surplus with North Korea reached $894 million in 2022.",
    [B(yr(2022), usd("${} million", "894"))],
    "2023-01-20",
    note="wrong: $894 million is China's 2022 exports; the surplus (exports 894.04 minus imports 133.68) was 760.36 million",
)
a = usd("${} billion", m("balance", yr(2017)), "billion", 2)
H(
    K,
    "thinktank",
    f"In 2017, the imbalance in China's favour came to {a}.",
    [B(yr(2017), a)],
    "2018-04-01",
)
p = cum(2019, 6)
a = usd("US${} billion", m("balance", p), "billion", 2)
H(
    K,
    "yonhap",
    f"The North's deficit with China in the January-June period amounted to {a}, according to the data.",
    [B(p, a, gap="deficit")],
    "2019-07-20",
)
a = usd("${} million", m("balance", sp("2023-05")), dec=1)
H(
    K,
    "wire",
    f"Beijing's April surplus in its dealings with Pyongyang worked out to {a}.",
    [B(sp("2023-04"), a)],
    "2023-05-20",
    note="wrong: 141.7 million is the May 2023 surplus (165.63 − 23.94); April's was 131.58 million (165.78 − 34.2)",
)
a = usd("${} million", m("balance", yr(2014)), dec=0)
H(
    K,
    "wire",
    f"China's surplus with North Korea was {a} in 2014, the customs data showed.",
    [B(yr(2014), a)],
    "2015-01-23",
)


# == superlatives and streaks =====================================================================
K = "superlatives_streaks"
H(
    K,
    "wire",
    "China's imports from North Korea climbed in April to the highest since January 2018.",
    [SU("import", "2019-04", "2018-01", "high", "the highest since January 2018")],
    "2019-05-23",
)
H(
    K,
    "wire",
    "September's shipments north of the border marked the highest since July 2020, by the Chinese count.",
    [SU("export", "2021-09", "2020-07", "high", "the highest since July 2020")],
    "2021-10-20",
    context="China's trade with North Korea picked up in the autumn of 2021.",
)
H(
    K,
    "headline",
    "China's exports to N.Korea in May lowest since February",
    [SU("export", "2021-05", "2021-02", "low", "lowest since February")],
    "2021-06-20",
)
H(
    K,
    "yonhap",
    "Imports from North Korea in March fell to the lowest level since June of last year.",
    [SU("import", "2019-03", "2018-06", "low", "the lowest level since June of last year")],
    "2019-04-23",
)
H(
    K,
    "wire",
    "The value of goods China bought from North Korea in May was the lowest since June 2018.",
    [SU("import", "2019-05", "2018-06", "low", "the lowest since June 2018")],
    "2019-06-20",
    note="wrong: March 2019 imports (16.555) were below May 2019 (17.09), so May is not the lowest since June 2018",
)
H(
    K,
    "wire",
    "Trade between China and North Korea rose in October for a fifth straight month.",
    [ST("total", "2022-06", "2022-10", "up", "for a fifth straight month")],
    "2022-11-20",
)
H(
    K,
    "broadcast",
    "Trade between the two countries increased in October for the fourth month in a row.",
    [ST("total", "2022-07", "2022-10", "up", "for the fourth month in a row")],
    "2022-11-21",
    note="wrong: the run was five months (June to October 2022 each rose); June's rise makes it the fifth, not the fourth",
)
H(
    K,
    "wire",
    "Bilateral trade fell in July for the third consecutive month.",
    [ST("total", "2023-05", "2023-07", "down", "for the third consecutive month")],
    "2023-08-20",
)
H(
    K,
    "wire",
    "China's exports to North Korea rose in November for the second straight month.",
    [ST("export", "2018-10", "2018-11", "up", "for the second straight month")],
    "2018-12-20",
)
H(
    K,
    "wire",
    "China's trade with North Korea shrank in 2024, the first annual decline since 2021.",
    [FD("total", 2024, 2021, "the first annual decline since 2021")],
    "2025-01-21",
)
H(
    K,
    "wire",
    "What China buys from North Korea shrank in 2024 for the first time since 2021, one analyst wrote.",
    [FD("import", 2024, 2021, "for the first time since 2021")],
    "2025-01-21",
    note="wrong: imports rose in 2024 (350 against 291.89 million); exports, not imports, fell",
)
H(
    K,
    "wire",
    "Chinese exports to the North in September were the highest since June 2020.",
    [SU("export", "2021-09", "2020-06", "high", "the highest since June 2020")],
    "2021-10-20",
    note="wrong: July 2020 exports (65.9) were above September 2021 (55.6); the highest since July 2020, not June",
)
H(
    K,
    "yonhap",
    "China's exports to North Korea in October were the lowest since August.",
    [SU("export", "2021-10", "2021-08", "low", "the lowest since August")],
    "2021-11-20",
)


# == other pairs and currencies (unverifiable) ====================================================
K = "other_pairs"
H(
    K,
    "wire",
    "China's exports to the world rose 5.9% to $3.58 trillion in 2024.",
    [
        other(
            "change_pct",
            "export",
            yr(2024),
            word("5.9%", "5.9", 1),
            "CHN",
            "WLD",
            base=yr(2023),
            direction="up",
        ),
        other(
            "level",
            "export",
            yr(2024),
            Num("$3.58 trillion", "3580000000000", 2, 10**12),
            "CHN",
            "WLD",
        ),
    ],
    "2025-01-13",
)
H(
    K,
    "xinhua",
    "In yuan terms, China's exports to the DPRK rose 130.5 percent to 14.1 billion yuan in 2023.",
    [
        claim(
            "change_pct",
            "export",
            yr(2023),
            word("130.5 percent", "130.5", 1),
            base=yr(2022),
            terms="CNY",
            direction="up",
        ),
        claim(
            "level",
            "export",
            yr(2023),
            Num("14.1 billion yuan", "14100000000", 1, 10**9),
            currency="CNY",
        ),
    ],
    "2024-01-19",
)
H(
    K,
    "yonhap",
    "Inter-Korean trade, by contrast, stood at just $1.1 million last year, according to Seoul's unification ministry.",
    [
        other(
            "level",
            "total",
            yr(2023),
            Num("$1.1 million", "1100000", 1, 10**6),
            "KOR",
            "PRK",
            hedge="just",
            source="Ministry of Unification",
        )
    ],
    "2024-02-05",
)
H(
    K,
    "wire",
    "Russia's trade with North Korea amounted to $34.4 million in 2023, according to Russian customs figures cited by Interfax.",
    [
        other(
            "level",
            "total",
            yr(2023),
            Num("$34.4 million", "34400000", 1, 10**6),
            "RUS",
            "PRK",
            source="Russian customs",
        )
    ],
    "2024-03-04",
)
H(
    K,
    "wire",
    "The U.S. goods deficit with China narrowed to $279 billion in 2023.",
    [
        other(
            "balance",
            "balance",
            yr(2023),
            Num("$279 billion", "-279000000000", 0, 10**9),
            "USA",
            "CHN",
            gap="deficit",
            direction="down",
            source="U.S. Census Bureau",
        )
    ],
    "2024-02-07",
)
H(
    K,
    "thinktank",
    "KOTRA estimated North Korea's total external trade at $2.77 billion in 2023, with China accounting for 98.3 percent of it.",
    [
        other(
            "level",
            "total",
            yr(2023),
            Num("$2.77 billion", "2770000000", 2, 10**9),
            "PRK",
            "WLD",
            source="KOTRA",
        ),
        other(
            "share",
            "total",
            yr(2023),
            word("98.3 percent", "98.3", 1),
            "PRK",
            "CHN",
            whole="total",
            source="KOTRA",
        ),
    ],
    "2024-07-20",
)
H(
    K,
    "wire",
    "China's imports from Russia rose 12.7 percent to $129.1 billion last year, Chinese customs data showed.",
    [
        other(
            "change_pct",
            "import",
            yr(2023),
            word("12.7 percent", "12.7", 1),
            "CHN",
            "RUS",
            base=yr(2022),
            direction="up",
        ),
        other(
            "level",
            "import",
            yr(2023),
            Num("$129.1 billion", "129100000000", 1, 10**9),
            "CHN",
            "RUS",
        ),
    ],
    "2024-01-12",
)
a = usd("${} million", m("import", yr(2024)), dec=0)
H(
    K,
    "xinhua",
    f"China's imports from the DPRK were 2.49 billion yuan in 2024, or about {a}, the customs figures showed.",
    [
        claim(
            "level",
            "import",
            yr(2024),
            Num("2.49 billion yuan", "2490000000", 2, 10**9),
            currency="CNY",
        ),
        L("import", yr(2024), a, hedge="about"),
    ],
    "2025-01-21",
)
H(
    K,
    "wire",
    "South Korea's exports to China fell 19.9 percent last year to $124.8 billion, Seoul's trade ministry said.",
    [
        other(
            "change_pct",
            "export",
            yr(2023),
            word("19.9 percent", "-19.9", 1),
            "KOR",
            "CHN",
            base=yr(2022),
            direction="down",
        ),
        other(
            "level",
            "export",
            yr(2023),
            Num("$124.8 billion", "124800000000", 1, 10**9),
            "KOR",
            "CHN",
        ),
    ],
    "2024-01-02",
)
H(
    K,
    "xinhua",
    "Measured in renminbi, bilateral trade between China and the DPRK was down 3.1 percent in the first seven months.",
    [
        claim(
            "change_pct",
            "total",
            cum(2024, 7),
            word("3.1 percent", "-3.1", 1),
            base=cum(2023, 7),
            terms="CNY",
            direction="down",
        )
    ],
    "2024-08-20",
)


# == rounding and hedges ==========================================================================
K = "rounding_hedges"
H(
    K,
    "wire",
    "Trade between China and North Korea in May came to about $190 million.",
    [L("total", sp("2023-05"), usd("${} million", "190"), hedge="about")],
    "2023-06-20",
)
H(
    K,
    "wire",
    "China's trade with North Korea in April reached nearly $200 million.",
    [L("total", sp("2023-04"), usd("${} million", "200"), hedge="nearly")],
    "2023-05-20",
)
H(
    K,
    "yonhap",
    "China's exports to North Korea topped US$2 billion last year, Chinese customs data showed.",
    [
        L(
            "export",
            yr(2023),
            usd("US${} billion", "2", "billion"),
            hedge="more than",
            surface="US$2 billion",
        )
    ],
    "2024-01-19",
)
H(
    K,
    "wire",
    "Trade in April stood at $193.9 million, according to the figures.",
    [L("total", sp("2024-04"), usd("${} million", "193.9"))],
    "2024-05-20",
    context="China's customs agency published its April data for North Korea on Monday.",
    note="approx: 193.994 million truncated to 193.9 rather than rounded to 194.0; a rounding-only difference",
)
H(
    K,
    "wire",
    "China's July trade with North Korea was around $150 million.",
    [L("total", sp("2024-07"), usd("${} million", "150"), hedge="around")],
    "2024-08-20",
    note="approx: July 2024 total was 144.75 million, outside the loose tier [145, 155] of 'around $150 million' but within its ±5% band",
)
H(
    K,
    "wire",
    "Bilateral trade last year came to just under $2.2 billion.",
    [L("total", yr(2024), usd("${} billion", "2.2", "billion"), hedge="just under")],
    "2025-01-21",
    context="China's trade with North Korea slipped in 2024, customs data showed.",
)
H(
    K,
    "thinktank",
    "In 2020, China bought less than $50 million worth of goods from North Korea.",
    [L("import", yr(2020), usd("${} million", "50"), hedge="less than")],
    "2021-03-01",
)
H(
    K,
    "wire",
    "China-North Korea trade in 2022 was in excess of $1 billion, customs data showed.",
    [L("total", yr(2022), usd("${} billion", "1", "billion"), hedge="in excess of")],
    "2023-01-20",
)
H(
    K,
    "wire",
    "China's imports from North Korea were more than $300 million last year.",
    [L("import", yr(2023), usd("${} million", "300"), hedge="more than")],
    "2024-01-19",
    note="wrong: 2023 imports were 291.89 million, not more than 300 million",
)
H(
    K,
    "xinhua",
    "China-DPRK trade in 2022 totaled 1,027.72 million U.S. dollars, customs data showed.",
    [
        L(
            "total",
            yr(2022),
            usd("{} million U.S. dollars", "1,027.72".replace(",", "")),
            surface="1,027.72 million U.S. dollars",
        )
    ],
    "2023-01-20",
)
p = cum(2021, 2)
H(
    K,
    "wire",
    "In January and February, China and North Korea traded a mere $3.27 million worth of goods.",
    [L("total", p, usd("${} million", "3.27"), hedge="a mere")],
    "2021-03-20",
)
H(
    K,
    "wire",
    "For all of 2021, Beijing booked roughly $60 million of purchases from its neighbour.",
    [L("import", yr(2021), usd("${} million", "60"), hedge="roughly")],
    "2022-01-18",
    note="approx: 2021 imports were 57.87 million, inside the loose tier [55, 65] of a round hedged 60",
)
H(
    K,
    "wire",
    "Despite 11 rounds of U.N. sanctions since 2006, China's exports to North Korea reached $2.0 billion last year.",
    [L("export", yr(2023), usd("${} billion", "2.0", "billion"))],
    "2024-01-20",
    non=[NC("11 rounds of U.N. sanctions", "a count of resolutions"), NC("since 2006", "a year")],
)


# == multiples, large changes, absolute changes ==================================================
K = "multiples"
H(
    K,
    "wire",
    "China's exports to North Korea more than tripled in 2022 as freight trains resumed.",
    [
        claim(
            "ratio",
            "export",
            yr(2022),
            word("more than tripled", "3"),
            base=yr(2021),
            unit="times",
            hedge="more than",
            rung_kind="verbal",
        )
    ],
    "2023-01-20",
)
a = word("2.2 times", f"{rnd(m('total', yr(2023)) / m('total', yr(2022)), 1):f}", 1)
H(
    K,
    "thinktank",
    f"Bilateral trade in 2023 was {a} its 2022 value.",
    [R("total", yr(2023), yr(2022), a, unit="times")],
    "2024-02-01",
    context="China's customs data show how quickly trade with North Korea recovered.",
)
H(
    K,
    "wire",
    "Chinese shipments to North Korea jumped 3.4-fold last year.",
    [R("export", yr(2022), yr(2021), word("3.4-fold", "3.4", 1), unit="times")],
    "2023-01-20",
)
H(
    K,
    "wire",
    "Trade in 2020 was 89.2 percent lower than in 2017, before the toughest sanctions were in force.",
    [C("total", yr(2020), yr(2017), word("89.2 percent", "-89.2", 1))],
    "2021-01-20",
    context="China's trade with North Korea collapsed in 2020.",
)
H(
    K,
    "yonhap",
    "China's exports to North Korea in the first nine months of 2023 jumped 179.8 percent on-year.",
    [C("export", cum(2023, 9), cum(2022, 9), word("179.8 percent", "179.8", 1))],
    "2023-10-20",
)
H(
    K,
    "wire",
    "Trade rose by $1.27 billion in 2023 from a year earlier.",
    [A("total", yr(2023), yr(2022), usd("${} billion", "1.27", "billion"))],
    "2024-01-19",
    context="China's commerce with North Korea expanded sharply last year.",
)
H(
    K,
    "wire",
    "China-North Korea trade more than doubled in May from April as some border crossings reopened.",
    [
        claim(
            "ratio",
            "total",
            sp("2020-05"),
            word("more than doubled", "2"),
            base=sp("2020-04"),
            unit="times",
            hedge="more than",
            rung_kind="verbal",
        )
    ],
    "2020-06-23",
)
H(
    K,
    "thinktank",
    "Chinese imports of North Korean goods quadrupled in 2022 from the year before.",
    [
        claim(
            "ratio",
            "import",
            yr(2022),
            word("quadrupled", "4"),
            base=yr(2021),
            unit="times",
            rung_kind="verbal",
        )
    ],
    "2023-02-15",
    note="wrong: imports rose from 57.87 to 133.68 million in 2022, 2.3 times, not about four times",
)
a = usd("${} million", m("export", yr(2023)) - m("export", yr(2024)), dec=1)
H(
    K,
    "wire",
    f"Chinese exports to North Korea fell by {a} in 2024.",
    [A("export", yr(2024), yr(2023), Num(a.surface, "-" + a.value, a.dec, a.scale))],
    "2025-01-21",
)
H(
    K,
    "xinhua",
    "China-DPRK trade in 2022 posted a 233 percent increase year on year.",
    [C("total", yr(2022), yr(2021), word("233 percent", "233"))],
    "2023-01-20",
)
H(
    K,
    "wire",
    "In October, Chinese exports to North Korea were 3.3 times what they had been a year earlier.",
    [R("export", sp("2022-10"), sp("2021-10"), word("3.3 times", "3.3", 1), unit="times")],
    "2022-11-20",
)


# == figures that are not trade claims ============================================================
K = "non_claims"
NON = [
    (
        "wire",
        "North Korea, a country of roughly 26 million people, relies on China for most of its food and fuel imports.",
        [NC("26 million people", "population")],
        "2023-06-01",
    ),
    (
        "thinktank",
        "The New Yalu River Bridge between Dandong and Sinuiju, finished in 2014 at a cost of about 2.2 billion yuan, still has not opened to traffic.",
        [NC("2014", "a year of construction"), NC("2.2 billion yuan", "a construction cost")],
        "2022-09-01",
    ),
    (
        "wire",
        "Under Resolution 2397 of December 2017, Pyongyang may bring in no more than 500,000 barrels of refined fuel annually.",
        [
            NC("Resolution 2397", "a resolution number"),
            NC("December 2017", "a date"),
            NC("500,000 barrels", "a sanctions cap in barrels"),
        ],
        "2023-03-01",
    ),
    (
        "yonhap",
        "The market rate of the U.S. dollar in Pyongyang climbed past 8,000 won late last year, according to a Seoul-based monitoring website.",
        [NC("8,000 won", "an exchange rate")],
        "2024-01-10",
    ),
    (
        "xinhua",
        "China and the DPRK marked the 75th anniversary of the establishment of diplomatic ties in 2024, designated as the China-DPRK Friendship Year.",
        [NC("75th anniversary", "an anniversary"), NC("2024", "a year")],
        "2024-04-12",
    ),
    (
        "broadcast",
        "Freight trains between Dandong and Sinuiju started running again in January 2022, after a halt of about 17 months.",
        [NC("January 2022", "a date"), NC("17 months", "a duration")],
        "2022-01-18",
    ),
    (
        "wire",
        "As many as 100,000 North Korean workers are believed to remain in China despite a December 2019 deadline for their repatriation.",
        [
            NC("100,000 North Korean workers", "a count of workers"),
            NC("December 2019", "a deadline"),
        ],
        "2023-11-01",
    ),
    (
        "thinktank",
        "Analysts at the institute expect bilateral trade to grow by around 10 percent next year if the border stays open.",
        [NC("10 percent", "a forecast, not a data claim")],
        "2024-12-01",
    ),
    (
        "wire",
        "The 1,400-km border between the two countries is lined with new fences and surveillance cameras, satellite images show.",
        [NC("1,400-km", "a distance")],
        "2023-08-01",
    ),
    (
        "headline",
        "China customs to publish country data for November on Dec. 20",
        [NC("Dec. 20", "a date")],
        "2023-12-07",
    ),
    (
        "yonhap",
        "North Korea brought in 52,000 tonnes of Chinese fertilizer in the spring planting season, a source said.",
        [NC("52,000 tonnes", "a tonnage, not a dollar value of a customs period")],
        "2021-06-10",
    ),
]
for style, text, non, dateline in NON:
    H(K, style, text, [], dateline, non=non)


# == more deliberately wrong figures (one per class), written with the rest ========================
p = cum(2024, 6)
a = usd("${} million", m("export", p), dec=1)
H(
    "cumulative",
    "wire",
    f"Over January to June 2024, Chinese deliveries to the North were valued at {a}, an 8 percent slide on the first half of 2023.",
    [L("export", p, a), C("export", p, ago(p), word("8 percent", "-8"))],
    "2024-07-20",
    note="wrong: -8% is the January-June 2024 change of total trade; exports fell 13.7% (794.84 against 920.74 million)",
)
a = usd("${} million", m("export", sp("2024-04")), dec=1)
H(
    "relative_dates",
    "wire",
    f"Chinese exports to North Korea last month were {a}, customs data showed on Thursday.",
    [L("export", sp("2024-05"), a)],
    "2024-06-20",
    note="wrong: 164.9 million is April 2024; in a June 20 story 'last month' is May, when exports were 150.37 million",
)
H(
    "perspective",
    "wire",
    "Chinese goods bought by North Korea in 2021 were worth just $57.9 million, a fraction of pre-pandemic levels.",
    [L("export", yr(2021), usd("${} million", "57.9"), hedge="just")],
    "2022-01-18",
    note="wrong: the flow is flipped: 57.87 million is what China bought from North Korea in 2021; North Korea's purchases of Chinese goods were 260.17 million",
)
H(
    "broadcast_numbers",
    "broadcast",
    "China's imports from North Korea rose twenty-point-seven percent in 2022, the figures show.",
    [C("import", yr(2022), yr(2021), word("twenty-point-seven percent", "20.7", 1))],
    "2023-01-21",
    note="wrong: +20.7% is the 2021 change in imports; in 2022 they rose 131%",
)
H(
    "multiples",
    "thinktank",
    "Chinese exports to the North in 2023 were 2.5 times their 2022 level.",
    [R("export", yr(2023), yr(2022), word("2.5 times", "2.5", 1), unit="times")],
    "2024-02-20",
    note="wrong: 2003.5 against 894.04 million is 2.24 times",
)
b = usd("${} million", m("export", sp("2024-02")), dec=2)
H(
    "two_figures",
    "wire",
    f"Outbound Chinese cargo to the DPRK went from {b} in February to $164.9 million in March, the figures indicate.",
    [
        L("export", sp("2024-02"), b),
        L("export", sp("2024-03"), usd("${} million", "164.9"), direction="up", base=sp("2024-02")),
    ],
    "2024-04-20",
    note="wrong: 164.9 million is April 2024; March exports were 128.03 million (February's figure is right)",
)
a = usd("${} million", m("total", sp("2023-07")), dec=1)
H(
    "level_direction",
    "yonhap",
    f"Bilateral trade rose to {a} in July from June, the data showed.",
    [L("total", sp("2023-07"), a, direction="up", base=sp("2023-06"))],
    "2023-08-20",
    note="wrong: the level is right but July 2023 (181.6) was below June (184.2): 'rose' is the wrong direction",
)
H(
    "shares",
    "wire",
    "Purchases from the North were 21 percent of everything China traded with its neighbour in 2022.",
    [S("import", "total", yr(2022), word("21 percent", "21"))],
    "2023-01-20",
    note="wrong: imports were 133.68 of 1027.72 million in 2022, 13.0 percent",
)


# == further balances and rounding-only differences ===============================================
p = cum(2023, 2)
a = usd("{} million U.S. dollars", m("balance", p), dec=2)
H(
    "balance",
    "xinhua",
    f"In the first two months, China's trade surplus with the DPRK stood at {a}, according to calculations based on customs data.",
    [B(p, a)],
    "2023-03-20",
)
H(
    "balance",
    "broadcast",
    "That left North Korea with a deficit of around 660 million dollars with China for the five months.",
    [B(cum(2023, 5), usd("{} million dollars", "660"), hedge="around", gap="deficit")],
    "2023-06-21",
    context="From January through May, North Korea bought Chinese goods worth 769 million dollars and sold goods worth 105 million dollars to China.",
    note="approx: the January-May 2023 balance was 663.19 million (768.68 − 105.49), inside the loose tier [655, 665] of a round hedged 660 but not its strict interval",
)
H(
    "broadcast_numbers",
    "wire",
    "Chinese exports to the North in October amounted to $250,000, according to the customs figures.",
    [L("export", sp("2020-10"), Num("$250,000", "250000", 0, 1))],
    "2020-11-20",
    context="China's trade with North Korea all but stopped in the autumn of 2020.",
    note="approx: October 2020 exports were 253,000 dollars; $250,000 is a rounding to the nearest ten thousand (loose tier [245,000, 255,000])",
)


write(Path(__file__).resolve().parent / "heldout2.jsonl", "build_heldout2.py")
