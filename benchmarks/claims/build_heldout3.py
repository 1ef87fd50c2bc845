# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/heldout3.jsonl: a third held-out labelled set, written blind.

    python benchmarks/claims/build_heldout3.py           # write heldout3.jsonl, print the counts
    python benchmarks/claims/build_heldout3.py --check   # only compare with the committed file

The sentences here were written for a third held-out measurement of the claim checker, without
looking at the checker's code, at its output on these sentences, or at the sentences of
``suite.jsonl``, ``heldout.jsonl`` and ``heldout2.jsonl``. They imitate wire stories, Yonhap and
NK News-like copy with datelines, translated Korean and Chinese (Xinhua-style) news, broadcast
scripts read aloud, think-tank briefs, headlines and short paragraphs whose later sentence leans
on the earlier one (the earlier one is ``context``).

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
from suitelib import Num, claim, cum, sp, yr

setup(
    "H3-",
    [
        "The figures were published by China's General Administration of Customs, which reports trade with North Korea every month.",
        "Chinese customs keeps a monthly tally of the country's commerce with North Korea.",
        "China's customs agency has put out its latest country breakdown, North Korea included.",
    ],
)


def bn(x, dec=2, tmpl="${} billion"):
    """A figure in billions of dollars, rounded from the datum (or a written mantissa)."""
    return usd(tmpl, x, "billion", dec)


def mn(x, dec=1, tmpl="${} million"):
    """A figure in millions of dollars, rounded from the datum (or a written mantissa)."""
    return usd(tmpl, x, "million", dec)


# == cumulative periods ==========================================================================
K = "cumulative"

p = cum(2013, 3)
a, b = mn(m("export", p), 0), mn(m("import", p), 0)
H(
    K,
    "wire",
    f"China's exports to North Korea fell 13.8 percent from a year earlier to {a} in the first quarter, while the value of goods it bought from its neighbour edged up 2.5 percent to {b}, according to Chinese customs data.",
    [
        L("export", p, a),
        C("export", p, ago(p), pc("{} percent", "-13.8")),
        L("import", p, b),
        C("import", p, ago(p), pc("{} percent", "2.5")),
    ],
    "2013-04-22",
)
p = cum(2013, 6)
a, b, c = (
    bn(m("total", p), tmpl="US${} billion"),
    bn(m("export", p), tmpl="${} billion"),
    bn(m("import", p), tmpl="${} billion"),
)
H(
    K,
    "yonhap",
    f"SEOUL, July 22 (Yonhap) -- Trade between North Korea and China reached {a} in the first half of the year, with the North's imports from its neighbor at {b} and its shipments to China amounting to {c}, according to Chinese customs data.",
    [L("total", p, a), L("export", p, b), L("import", p, c)],
    "2013-07-22",
)
p = cum(2013, 8)
a, b = bn(m("total", p)), bn(m("total", cum(2012, 8)), 1)
H(
    K,
    "thinktank",
    f"Over the January-August period, Sino-North Korean trade amounted to {a}, about 2.2 percent below the {b} recorded in the same eight months of 2012 — hardly the collapse some predicted after the third nuclear test.",
    [
        L("total", p, a),
        C("total", p, cum(2012, 8), pc("{} percent", chg("total", p, cum(2012, 8))), hedge="about"),
        L("total", cum(2012, 8), b),
    ],
    "2013-09-30",
    non=[NC("third nuclear test", "an ordinal count of nuclear tests, not a trade figure")],
)
p = cum(2014, 7)
a = bn(m("total", p), tmpl="{} billion U.S. dollars")
b = bn(m("export", p), tmpl="{} billion dollars")
c = bn(m("import", p), tmpl="{} billion dollars")
H(
    K,
    "xinhua",
    f"Trade between China and the DPRK reached {a} in the first seven months of 2014, with China's exports to the DPRK up 1.8 percent year on year at {b} and its imports from the DPRK down 3.4 percent at {c}, customs figures showed.",
    [
        L("total", p, a),
        C("export", p, ago(p), pc("{} percent", "1.8")),
        L("export", p, b),
        C("import", p, ago(p), pc("{} percent", "-3.4")),
        L("import", p, c),
    ],
    "2014-08-25",
    note="deliberately wrong change: January–July 2014 imports fell 4.3%; 3.4 transposes the digits (the other figures are right)",
)
p = cum(2014, 3)
a = bn(m("total", p), tmpl="${} bln")
H(
    K,
    "headline",
    f"China-N.Korea trade slips 2.8 pct in Q1 to {a}",
    [C("total", p, ago(p), pc("{} pct", "-2.8")), L("total", p, a)],
    "2014-04-23",
)
p = cum(2015, 11)
a = bn(m("total", p))
H(
    K,
    "wire",
    f"In the 11 months through November, two-way trade between China and North Korea shrank 15 percent to {a}, the customs figures showed.",
    [C("total", p, ago(p), pc("{} percent", "-15", 0)), L("total", p, a)],
    "2015-12-24",
)
p = cum(2015, 5)
a = mn(m("import", p), 0)
H(
    K,
    "wire",
    f"Chinese purchases of North Korean goods, mostly coal and iron ore, dropped 10.3 percent to {a} over the first five months, as steel mills in the northeast cut output.",
    [C("import", p, ago(p), pc("{} percent", "-10.3")), L("import", p, a)],
    "2015-06-23",
    context="China's trade with North Korea kept shrinking this spring.",
)
p = cum(2016, 2)
a = mn(m("total", p), 0)
H(
    K,
    "wire",
    f"For January and February combined, commerce between the two neighbours was up 1.3 percent at {a}.",
    [C("total", p, ago(p), pc("{} percent", "1.3")), L("total", p, a)],
    "2016-03-18",
    context="China's trade with North Korea held steady at the start of the year despite Pyongyang's nuclear test, customs figures released on Friday show.",
)
p = cum(2016, 3)
a = bn(m("total", p), 1, "US${} billion")
H(
    K,
    "yonhap",
    f"First-quarter trade between China and North Korea rose 17.2 percent on-year to {a}, Chinese data showed, even as Beijing pledged to enforce tougher U.N. sanctions adopted in early March.",
    [C("total", p, ago(p), pc("{} percent", "17.2")), L("total", p, a)],
    "2016-04-20",
    note="deliberately wrong change: customs printed +12.7% for January–March 2016; 17.2 swaps its digits (the level is right)",
)
p = cum(2017, 6)
a = bn(m("total", p))
H(
    K,
    "wire",
    f"China's trade with North Korea grew 10.5 percent in the first half of 2017 to {a}, as exports climbed 29.1 percent while imports fell 16.3 percent, Chinese customs data showed on Thursday.",
    [
        C("total", p, ago(p), pc("{} percent", "10.5")),
        L("total", p, a),
        C("export", p, ago(p), pc("{} percent", "29.1")),
        C("import", p, ago(p), pc("{} percent", "-16.3")),
    ],
    "2017-07-13",
    note="deliberately wrong period: imports fell 16.3% in January–July 2017; the January–June fall was 13.2% (the other figures are right)",
)
p = cum(2017, 9)
H(
    K,
    "broadcast",
    "In the first nine months of the year, China's exports to the North were up twenty-point-nine percent, at two-point-five-five billion dollars.",
    [
        C("export", p, ago(p), word("twenty-point-nine percent", "20.9", 1)),
        L("export", p, said("two-point-five-five billion dollars", "2.55", "billion", 2)),
    ],
    "2017-10-13",
)
p = cum(2017, 8)
a = bn(m("total", p))
H(
    K,
    "wire",
    f"Its trade with North Korea over that eight-month period came to {a}, 7.5 percent more than a year before.",
    [L("total", p, a), C("total", p, ago(p), pc("{} percent", "7.5"))],
    "2017-09-08",
    context="China's customs agency on Friday released trade figures for January through August.",
)
p = cum(2018, 10)
a, b = bn(m("export", p)), mn(m("import", p), 2)
H(
    K,
    "wire",
    f"In the 10 months to October, Chinese exports to North Korea were down 34.9 percent at {a}, while imports plunged 89.1 percent to {b} as the U.N. bans on coal, textiles and seafood bit.",
    [
        C("export", p, ago(p), pc("{} percent", "-34.9")),
        L("export", p, a),
        C("import", p, ago(p), pc("{} percent", "-89.1")),
        L("import", p, b),
    ],
    "2018-11-23",
)
p = cum(2019, 6)
a, b = bn(m("export", p)), mn(m("import", p))
H(
    K,
    "thinktank",
    f"Year-to-date figures through June put Chinese exports to the DPRK at {a} (+15.5 percent) and imports at {b} (+12 percent), a modest recovery from the 2018 trough.",
    [
        L("export", p, a),
        C("export", p, ago(p), pc("+{} percent", "15.5")),
        L("import", p, b),
        C("import", p, ago(p), pc("+{} percent", "12", 0)),
    ],
    "2019-07-25",
)
p = cum(2019, 10)
H(
    K,
    "wire",
    "Trade for the January-October period rose 15.8 percent from a year earlier to $2.42 billion, the data showed.",
    [C("total", p, ago(p), pc("{} percent", "15.8")), L("total", p, bn("2.42"))],
    "2019-11-25",
    context="China's trade with North Korea kept growing this autumn despite sanctions.",
    note="deliberately wrong level: January–October 2019 trade was $2.24 billion; 2.42 transposes two digits",
)
p = cum(2020, 2)
a, b = mn(m("export", p), 2), mn(m("import", p), 2)
H(
    K,
    "wire",
    f"China's exports to North Korea dropped 23.2 percent in January and February from a year earlier, to {a}, while imports sank 71.9 percent to {b}, after the North shut its border to keep out the coronavirus.",
    [
        C("export", p, ago(p), pc("{} percent", "-23.2")),
        L("export", p, a),
        C("import", p, ago(p), pc("{} percent", "-71.9")),
        L("import", p, b),
    ],
    "2020-03-23",
)
p = cum(2020, 9)
a = mn(m("total", p), 2)
H(
    K,
    "wire",
    f"In the first nine months of 2020, trade between China and North Korea slumped 72.8 percent from a year earlier to {a}.",
    [C("total", p, ago(p), pc("{} percent", "-72.8")), L("total", p, a)],
    "2020-10-20",
)
p = cum(2021, 6)
H(
    K,
    "yonhap",
    "SEOUL, July 19 (Yonhap) -- Trade between North Korea and China in the January-June period plunged 84 percent on-year to US$56.72 million, as the North kept its border sealed against the pandemic, data showed Monday.",
    [C("total", p, ago(p), pc("{} percent", "-84", 0)), L("total", p, mn("56.72"))],
    "2021-07-19",
    note="deliberately wrong level: January–June 2021 trade was $65.72 million; 56.72 transposes the first two digits (the change is right)",
)
p = cum(2023, 3)
a = mn(m("export", p), 2, "{} million U.S. dollars")
b = mn(m("import", p), 2, "{} million dollars")
H(
    K,
    "xinhua",
    f"China exported {a}' worth of goods to the DPRK in January-March, a year-on-year rise of 153 percent, and imported {b}' worth, 102 percent more.",
    [
        L("export", p, a),
        C("export", p, ago(p), pc("{} percent", "153", 0)),
        L("import", p, b),
        C("import", p, ago(p), pc("{} percent", "102", 0)),
    ],
    "2023-04-20",
)
p = cum(2023, 8)
a = bn(m("total", p))
H(
    K,
    "wire",
    f"Year to date, bilateral trade amounted to {a}, up 189 percent from the same period of 2022.",
    [
        L("total", p, a),
        C("total", p, ago(p), pc("{} percent", "189", 0)),
    ],
    "2023-09-20",
    context="China's trade with North Korea kept recovering in August, customs data showed on Wednesday.",
)
p = cum(2023, 10)
a = bn(m("export", p))
H(
    K,
    "wire",
    f"Chinese exports to North Korea in the first 10 months of the year rose 152.2 percent to {a}, helped by shipments of hair for wig-making, sugar and soybean oil.",
    [C("export", p, ago(p), pc("{} percent", "152.2")), L("export", p, a)],
    "2023-11-20",
    note="deliberately wrong change: +152.2% is the January–October change of total trade; exports rose 155.2% (the level is right)",
)
p = cum(2024, 7)
a = bn(m("total", p), tmpl="${}bn")
H(
    K,
    "headline",
    f"China-NK trade down 8.4% Jan-July at {a}; exports down 13.3%, imports up 24%",
    [
        C("total", p, ago(p), pc("{}%", "-8.4")),
        L("total", p, a),
        C("export", p, ago(p), pc("{}%", "-13.3")),
        C("import", p, ago(p), pc("{}%", "24", 0)),
    ],
    "2024-08-20",
)
p = cum(2024, 11)
a = bn(m("total", p))
H(
    K,
    "wire",
    f"Trade between the two countries in the 11 months to November was {a}, 6 percent lower than in the same period last year.",
    [L("total", p, a), C("total", p, ago(p), pc("{} percent", "-6", 0))],
    "2024-12-20",
    context="China and North Korea marked what was billed as a year of friendship in 2024, but the numbers told another story.",
)
H(
    K,
    "wire",
    "China's imports from North Korea in the first seven months rose 24 percent to about $200 million.",
    [
        C("import", cum(2024, 7), ago(cum(2024, 7)), pc("{} percent", "24", 0)),
        L("import", cum(2024, 7), mn("200", 0), hedge="about"),
    ],
    "2024-08-20",
    note="approx: January–July 2024 imports were $198 million; 'about $200 million' holds only on the loose tier or the ±5% band of a hedged round number",
)
p = cum(2016, 5)
a = bn(m("export", p), 1, "${} billion")
H(
    K,
    "wire",
    f"Since the start of the year through May, China has shipped {a} worth of goods to North Korea, 1.3 percent less than a year earlier.",
    [L("export", p, a), C("export", p, ago(p), pc("{} percent", "-1.3"))],
    "2016-06-21",
)
p = cum(2017, 4)
H(
    K,
    "wire",
    "Exports to North Korea in the first four months rose 23 percent to $1 billion, the data showed.",
    [C("export", p, ago(p), pc("{} percent", "23", 0)), L("export", p, bn("1", 0))],
    "2017-05-23",
    context="China's customs office released its country-by-country figures for April on Tuesday, including its trade with Pyongyang.",
    note="deliberately wrong change: January–April 2017 exports rose 32%; 23 swaps its digits (the level is right)",
)
p = cum(2023, 11)
a, b = bn(m("export", p)), mn(m("import", p), 1)
H(
    K,
    "thinktank",
    f"For January to November, Chinese exports reached {a} (up 155.2 percent) against imports of {b} (up 132.7 percent).",
    [
        L("export", p, a),
        C("export", p, ago(p), pc("{} percent", "155.2")),
        L("import", p, b),
        C("import", p, ago(p), pc("{} percent", "132.7")),
    ],
    "2023-12-28",
    context="China–North Korea trade has rebounded strongly since the border reopened to freight.",
    note="deliberately wrong period: +155.2% is the January–October change of exports; January–November exports rose 146.6% (the other figures are right)",
)


# == two figures in one clause ====================================================================
K = "two_figures"

a, b = mn(m("import", sp("2017-08"))), mn(m("import", sp("2017-07")))
H(
    K,
    "wire",
    f"Chinese imports from North Korea jumped to {a} in August from {b} in July, an increase of 84.4 percent, as traders rushed coal and seafood across the border before a U.N. ban took hold.",
    [
        L("import", sp("2017-08"), a, direction="up", base=sp("2017-07")),
        L("import", sp("2017-07"), b),
        C("import", sp("2017-08"), sp("2017-07"), pc("{} percent", "84.4")),
    ],
    "2017-09-23",
)
a, b = mn(m("export", sp("2020-07")), 2), mn(m("export", sp("2020-08")))
H(
    K,
    "wire",
    f"Exports from China to North Korea fell from {a} in July to {b} in August, a drop of 70.7 percent, after Pyongyang tightened its quarantine rules.",
    [
        L("export", sp("2020-07"), a),
        L("export", sp("2020-08"), b, direction="down", base=sp("2020-07")),
        C("export", sp("2020-08"), sp("2020-07"), pc("{} percent", "-70.7")),
    ],
    "2020-09-18",
)
a = mn(m("export", sp("2021-09")), 2, "{} million U.S. dollars")
b = mn(m("export", sp("2021-08")), 2, "{} million dollars")
H(
    K,
    "xinhua",
    f"China's exports to the DPRK stood at {a} in September, against {b} in August, an increase of 147 percent month on month.",
    [
        L("export", sp("2021-09"), a),
        L("export", sp("2021-08"), b),
        C("export", sp("2021-09"), sp("2021-08"), pc("{} percent", "147", 0)),
    ],
    "2021-10-20",
)
a, b = mn(m("total", sp("2022-11")), 2), mn(m("total", sp("2022-10")), 2)
H(
    K,
    "wire",
    f"Total trade slipped to {a} in November from {b} in October, though it remained well above the levels seen during the border closure.",
    [
        L("total", sp("2022-11"), a, direction="down", base=sp("2022-10")),
        L("total", sp("2022-10"), b),
    ],
    "2022-12-20",
    context="China's trade with North Korea lost some momentum at the end of the year.",
)
a, b = mn(m("export", sp("2023-03"))), mn(m("import", sp("2023-03")), 2)
H(
    K,
    "wire",
    f"China's exports to and imports from North Korea in March were {a} and {b}, respectively, the customs agency said.",
    [L("export", sp("2023-03"), a), L("import", sp("2023-03"), b)],
    "2023-04-20",
)
a, b = mn(m("import", sp("2024-03")), 2), mn(m("export", sp("2024-03")), 2)
H(
    K,
    "wire",
    f"In March, China sold {a} of goods to North Korea and bought {b} worth from it, the customs data showed.",
    [L("export", sp("2024-03"), a), L("import", sp("2024-03"), b)],
    "2024-04-20",
    note="deliberately wrong: the two March 2024 figures are swapped — China's exports were $128.03 million and its imports $30.02 million",
)
a, b = mn(m("total", sp("2018-05")), 2, "US${} million"), mn(m("total", sp("2018-04")))
H(
    K,
    "yonhap",
    f"Trade between the two sides came to {a} in May, up from {b} the previous month, as the diplomatic thaw around the summits with Seoul and Washington lifted cross-border traffic.",
    [
        L("total", sp("2018-05"), a, direction="up", base=sp("2018-04")),
        L("total", sp("2018-04"), b),
    ],
    "2018-06-22",
    context="North Korea's trade with China picked up in spring, Chinese data showed.",
)
a = mn(m("export", sp("2016-01")), 0, "{} million U.S. dollars")
b = mn(m("export", sp("2016-02")), 0, "{} million U.S. dollars")
H(
    K,
    "xinhua",
    f"China's exports to the DPRK stood at {a} in January and {b} in February, data from the General Administration of Customs showed.",
    [L("export", sp("2016-01"), a), L("export", sp("2016-02"), b)],
    "2016-03-23",
)
a, b, c = (
    mn(m("export", sp("2024-05")), 2),
    mn(m("export", sp("2024-04"))),
    mn(m("export", sp("2024-03")), 2),
)
H(
    K,
    "wire",
    f"Chinese exports to North Korea fell to {a} in May from {b} in April, though they were still above the {c} shipped in March.",
    [
        L("export", sp("2024-05"), a, direction="down", base=sp("2024-04")),
        L("export", sp("2024-04"), b),
        L("export", sp("2024-03"), c),
    ],
    "2024-06-20",
)
a, b = bn(m("total", yr(2022))), bn(m("total", yr(2023)), 1)
H(
    K,
    "thinktank",
    f"Bilateral trade more than doubled, from {a} in 2022 to {b} in 2023, but remained below pre-pandemic levels.",
    [
        L("total", yr(2022), a),
        L("total", yr(2023), b),
        R(
            "total",
            yr(2023),
            yr(2022),
            word("more than doubled", "2"),
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        ),
    ],
    "2024-02-15",
)
a, b = bn(m("total", yr(2014))), bn("6.45")
H(
    K,
    "wire",
    f"Two-way trade between China and North Korea was {a} in 2014, compared with {b} a year earlier.",
    [L("total", yr(2014), a), L("total", yr(2013), b)],
    "2015-01-23",
    note="deliberately wrong second figure: 2013 trade was $6.55 billion; 6.45 swaps two digits (the 2014 figure is right)",
)
a, b = mn(m("import", sp("2023-08")), 2), mn(m("import", sp("2023-10")), 2)
H(
    K,
    "wire",
    f"Imports from North Korea fell from {a} in September to {b} in October.",
    [
        L("import", sp("2023-09"), a),
        L("import", sp("2023-10"), b, direction="down", base=sp("2023-09")),
    ],
    "2023-11-20",
    context="China's trade with North Korea dipped in October, customs figures showed on Monday.",
    note="deliberately wrong first figure: $28.23 million was August's import figure; September's was $27.79 million (the October figure is right)",
)
H(
    K,
    "broadcast",
    "Exports went from twenty-one-point-eight million dollars in April to fifty-eight-point-six million in May.",
    [
        L("export", sp("2020-04"), said("twenty-one-point-eight million dollars", "21.8", dec=1)),
        L(
            "export",
            sp("2020-05"),
            said("fifty-eight-point-six million", "58.6", dec=1),
            direction="up",
            base=sp("2020-04"),
        ),
    ],
    "2020-06-19",
    context="China's shipments to North Korea are picking up again after the coronavirus shutdown.",
)
a = bn(m("export", yr(2013)))
b = bn(m("export", yr(2012)))
H(
    K,
    "wire",
    f"Chinese exports to North Korea grew to {a} in 2013 from {b} in 2012, the customs agency said.",
    [
        L("export", yr(2013), a, direction="up", base=yr(2012)),
        L("export", yr(2012), b),
    ],
    "2014-01-24",
)
a, b = mn(m("import", sp("2021-01")), 2), mn(m("import", sp("2021-02")), 2)
H(
    K,
    "wire",
    f"China's imports from North Korea were {a} and {b} in January and February, respectively, while its exports almost vanished.",
    [L("import", sp("2021-01"), a), L("import", sp("2021-02"), b)],
    "2021-03-18",
)
a, b = mn(m("total", sp("2023-05")), 2), mn(m("total", sp("2023-04")), 2)
H(
    K,
    "yonhap",
    f"The North's trade with China declined to {a} last month from {b} in April, down 5.2 percent.",
    [
        L("total", sp("2023-05"), a, direction="down", base=sp("2023-04")),
        L("total", sp("2023-04"), b),
        C("total", sp("2023-05"), sp("2023-04"), pc("{} percent", "-5.2")),
    ],
    "2023-06-20",
)


# == relative dates ==============================================================================
K = "relative_dates"

a = mn(m("export", sp("2017-11")), 0)
H(
    K,
    "wire",
    f"China's exports to North Korea fell 20 percent from a year earlier last month, to {a}, while imports tumbled 62 percent, data from the General Administration of Customs showed.",
    [
        C("export", sp("2017-11"), ago(sp("2017-11")), pc("{} percent", "-20", 0)),
        L("export", sp("2017-11"), a),
        C("import", sp("2017-11"), ago(sp("2017-11")), pc("{} percent", "-62", 0)),
    ],
    "2017-12-23",
)
a = mn(m("import", sp("2018-06")), 2)
H(
    K,
    "wire",
    f"In June, China's imports from North Korea were down 92 percent from the same month last year, at {a}.",
    [
        C("import", sp("2018-06"), ago(sp("2018-06")), pc("{} percent", "-92", 0)),
        L("import", sp("2018-06"), a),
    ],
    "2018-07-13",
)
a = usd("US${} million", m("total", yr(2020)), dec=2)
H(
    K,
    "yonhap",
    f"SEOUL, Jan. 19 (Yonhap) -- North Korea's trade with China plunged 80.7 percent last year to {a} as the North sealed its border against the coronavirus, data showed Tuesday.",
    [C("total", yr(2020), yr(2019), pc("{} percent", "-80.7")), L("total", yr(2020), a)],
    "2021-01-19",
)
a, b = mn(m("export", yr(2021)), 2), mn(m("import", yr(2021)), 2)
H(
    K,
    "wire",
    f"Last year China exported {a} worth of goods to North Korea, down 41 percent from the year before, while its imports rose 20.7 percent to {b}.",
    [
        L("export", yr(2021), a),
        C("export", yr(2021), yr(2020), pc("{} percent", "-41", 0)),
        C("import", yr(2021), yr(2020), pc("{} percent", "20.7")),
        L("import", yr(2021), b),
    ],
    "2022-01-18",
    note="deliberately wrong flow: −41% is the 2021 change of total trade; exports fell 47% (the other figures are right)",
)
a = mn(m("export", sp("2024-03")), 2)
H(
    K,
    "wire",
    f"China's exports to North Korea rose 36.6 percent last month to {a}, the customs agency said on Saturday.",
    [
        C("export", sp("2024-04"), prev(sp("2024-04")), pc("{} percent", "36.6")),
        L("export", sp("2024-04"), a),
    ],
    "2024-05-18",
    note="deliberately wrong month: +36.6% and $128.03 million are March 2024's; in a story dated May 18 'last month' is April (exports $164.9 million, +28.9%)",
)
H(
    K,
    "thinktank",
    "North Korea's imports from China grew 140 percent last year to $2 billion, the first full year after the border reopened to freight.",
    [
        C("export", yr(2023), yr(2022), pc("{} percent", "140", 0)),
        L("export", yr(2023), bn("2", 0)),
    ],
    "2024-01-25",
)
a = mn(m("export", sp("2022-11")), 2, "{} million U.S. dollars")
H(
    K,
    "xinhua",
    f"In November, China's exports to the DPRK decreased 14 percent from the previous month to {a}.",
    [
        C("export", sp("2022-11"), prev(sp("2022-11")), pc("{} percent", "-14", 0)),
        L("export", sp("2022-11"), a),
    ],
    "2022-12-20",
)
H(
    K,
    "wire",
    "Exports to North Korea were down 42 percent from the previous month at $148,000 in November.",
    [
        C("export", sp("2020-11"), prev(sp("2020-11")), pc("{} percent", "-42", 0)),
        L("export", sp("2020-11"), Num("$148,000", "148000", 0, 1)),
    ],
    "2020-12-18",
    context="China's customs agency published its November trade data with North Korea on Friday.",
)
a = usd("US${} million", m("total", sp("2019-05")), dec=2)
H(
    K,
    "yonhap",
    f"SEOUL, June 24 (Yonhap) -- North Korea's trade with China rose 19.3 percent on-year last month to {a}, according to Chinese customs data, in a sign that sanctions enforcement was loosening.",
    [
        C("total", sp("2019-05"), ago(sp("2019-05")), pc("{} percent", "19.3")),
        L("total", sp("2019-05"), a),
    ],
    "2019-06-24",
)
a = mn(m("import", sp("2023-11")), 1)
H(
    K,
    "wire",
    f"China's imports from North Korea rose 5.2 percent in October from September to {a}.",
    [
        C("import", sp("2023-10"), prev(sp("2023-10")), pc("{} percent", "5.2")),
        L("import", sp("2023-10"), a),
    ],
    "2023-12-20",
    note="deliberately wrong month: +5.2% and $26.1 million are November 2023's import figures; October's were $24.82 million, down 10.7%",
)
a = mn(m("export", sp("2016-05")))
H(
    K,
    "wire",
    f"Compared with the same month a year ago, Chinese exports to North Korea were down 5.9 percent in May at {a}; imports fell 12.6 percent.",
    [
        C("export", sp("2016-05"), ago(sp("2016-05")), pc("{} percent", "-5.9")),
        L("export", sp("2016-05"), a),
        C("import", sp("2016-05"), ago(sp("2016-05")), pc("{} percent", "-12.6")),
    ],
    "2016-06-21",
)
a, b = mn(m("import", yr(2024)), 0), bn(m("export", yr(2024)))
H(
    K,
    "wire",
    f"China's imports from North Korea rose 19.1 percent last year to {a}, but its exports fell 8.5 percent to {b}, leaving two-way trade down 5 percent.",
    [
        C("import", yr(2024), yr(2023), pc("{} percent", "19.1")),
        L("import", yr(2024), a),
        C("export", yr(2024), yr(2023), pc("{} percent", "-8.5")),
        L("export", yr(2024), b),
        C("total", yr(2024), yr(2023), pc("{} percent", "-5", 0)),
    ],
    "2025-01-20",
)
a = mn(m("total", sp("2022-12")), 2)
H(
    K,
    "wire",
    f"Trade in December rose 13 percent on the month before to {a}, while for the full year it was 233 percent higher than the year earlier.",
    [
        C("total", sp("2022-12"), prev(sp("2022-12")), pc("{} percent", "13", 0)),
        L("total", sp("2022-12"), a),
        C("total", yr(2022), yr(2021), pc("{} percent", "233", 0)),
    ],
    "2023-01-20",
    context="China's trade with North Korea ended 2022 on a firm note.",
)
a = mn(m("total", sp("2024-08")))
H(
    K,
    "wire",
    f"Last month's trade totalled {a}, the data showed, 22.5 percent more than in July.",
    [
        L("total", sp("2024-08"), a),
        C("total", sp("2024-08"), sp("2024-07"), pc("{} percent", "22.5")),
    ],
    "2024-09-20",
    context="Chinese customs on Friday published its August figures for trade with North Korea.",
)
a = mn(m("export", sp("2017-09")), 2)
H(
    K,
    "wire",
    f"Exports to North Korea were {a} in August, the customs figures showed.",
    [L("export", sp("2017-08"), a)],
    "2017-10-24",
    context="China's trade with North Korea slowed after the U.N. imposed new sanctions.",
    note="deliberately wrong month: $266.34 million and −6.8% are September 2017's exports; August's were $315.97 million",
)


# == perspective ==================================================================================
K = "perspective"

a, b = mn(m("import", sp("2022-10")), 2, "US${} million"), mn(m("export", sp("2022-10")), 2)
H(
    K,
    "yonhap",
    f"SEOUL, Nov. 18 (Yonhap) -- North Korea's exports to China rose 51 percent on-month to {a} in October, while its imports from China came to {b}, data showed Friday.",
    [
        C("import", sp("2022-10"), prev(sp("2022-10")), pc("{} percent", "51", 0)),
        L("import", sp("2022-10"), a),
        L("export", sp("2022-10"), b),
    ],
    "2022-11-18",
)
a, b = mn(m("export", sp("2019-09")), 2), mn(m("import", sp("2019-09")))
H(
    K,
    "wire",
    f"North Korea bought {a} worth of Chinese goods in September and sold {b} worth to China.",
    [L("export", sp("2019-09"), a), L("import", sp("2019-09"), b)],
    "2019-10-25",
    context="China's customs agency published its country-level trade figures on Friday.",
)
H(
    K,
    "wire",
    "North Korea's imports from China rose 19.1 percent in 2024, Chinese customs data showed, as Pyongyang's tilt toward Moscow did little to dent its reliance on Beijing.",
    [C("export", yr(2024), yr(2023), pc("{} percent", "19.1"))],
    "2025-01-20",
    note="deliberately wrong flow: +19.1% is China's imports from North Korea in 2024; North Korea's imports from China (China's exports) fell 8.5%",
)
p = cum(2017, 7)
a = bn(m("import", p), tmpl="{} billion U.S. dollars")
H(
    K,
    "xinhua",
    f"The DPRK's exports to China in the first seven months reached {a}, down 16.3 percent year on year.",
    [L("import", p, a), C("import", p, ago(p), pc("{} percent", "-16.3"))],
    "2017-08-23",
    context="China's General Administration of Customs released its July trade data on Wednesday.",
)
a, b = mn(m("export", sp("2017-10"))), mn(m("import", sp("2017-10")), 2)
H(
    K,
    "wire",
    f"Its exports to the isolated country came to {a} in October, while it bought just {b} of North Korean goods.",
    [L("export", sp("2017-10"), a), L("import", sp("2017-10"), b, hedge="just")],
    "2017-11-23",
    context="China released its monthly trade data by country on Thursday.",
)
a = mn(m("import", sp("2017-09")), 2)
H(
    K,
    "wire",
    f"Shipments of North Korean goods across the border into China fell 37.8 percent on the year in September to {a}.",
    [
        C("import", sp("2017-09"), ago(sp("2017-09")), pc("{} percent", "-37.8")),
        L("import", sp("2017-09"), a),
    ],
    "2017-10-24",
)
a, b = bn(m("export", yr(2024))), mn(m("import", yr(2024)), 0)
H(
    K,
    "wire",
    "Pyongyang bought about $230 million worth of Chinese goods in September, the figures showed.",
    [L("export", sp("2019-09"), mn("230", 0), hedge="about")],
    "2019-10-25",
    context="China's customs agency released its September trade figures by country on Friday.",
    note="approx: September 2019 exports were $227.52 million; 'about $230 million' holds only on the loose tier of a round number ([225, 235] million)",
)
H(
    K,
    "thinktank",
    f"What Pyongyang buys from Beijing — food, fertilizer, plastics and fabric for processing — was worth {a} in 2024, against only {b} flowing the other way.",
    [L("export", yr(2024), a), L("import", yr(2024), b, hedge="only")],
    "2025-03-05",
)
H(
    K,
    "wire",
    "North Korea's imports from China totalled $133.68 million last year, according to the Chinese data.",
    [L("export", yr(2022), mn("133.68"))],
    "2023-01-20",
    context="China's trade with North Korea more than tripled in 2022 as freight trains resumed.",
    note="deliberately wrong flow: $133.68 million is China's imports from North Korea in 2022; North Korea's imports from China (China's exports) were $894.04 million",
)
a = mn(m("import", yr(2023)), 2, "US${} million")
H(
    K,
    "yonhap",
    f"BEIJING, Jan. 18 (Yonhap) -- North Korea's exports to China more than doubled last year to {a}, led by wigs and false eyelashes, Chinese customs data showed Thursday.",
    [
        R(
            "import",
            yr(2023),
            yr(2022),
            word("more than doubled", "2"),
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        ),
        L("import", yr(2023), a),
    ],
    "2024-01-18",
)
a, b = mn(m("import", sp("2024-05")), 2), mn(m("export", sp("2024-05")), 2)
H(
    K,
    "wire",
    f"Chinese imports of North Korean products stood at {a} in May, while goods moving the other way were worth {b}.",
    [L("import", sp("2024-05"), a), L("export", sp("2024-05"), b)],
    "2024-06-20",
)
p = cum(2024, 2)
a = mn(m("export", p), 2, "{} million U.S. dollars")
b = mn(m("import", p), 1, "{} million dollars")
H(
    K,
    "xinhua",
    f"The DPRK imported {a} worth of goods from China in the first two months of 2024, and exported {b} worth to China, according to the customs.",
    [L("export", p, a), L("import", p, b)],
    "2024-03-20",
)
a = mn(m("import", sp("2016-07")), 0)
H(
    K,
    "wire",
    f"The North shipped {a} of goods to China in July, more than it bought, Chinese data showed.",
    [L("import", sp("2016-07"), a)],
    "2016-08-20",
    context="North Korea's trade with China tilted its way in the summer.",
)
H(
    K,
    "yonhap",
    "SEOUL, Dec. 21 (Yonhap) -- North Korea's purchases from China fell 45 percent in November from a month earlier, while its shipments to China dropped 14 percent, according to Chinese customs data.",
    [
        C("export", sp("2022-11"), prev(sp("2022-11")), pc("{} percent", "-45", 0)),
        C("import", sp("2022-11"), prev(sp("2022-11")), pc("{} percent", "-14", 0)),
    ],
    "2022-12-21",
    note="deliberately wrong flows: the two changes are swapped — China's exports (the North's purchases) fell 14% and its imports (the North's shipments) 45% in November 2022",
)


# == numbers read aloud ===========================================================================
K = "broadcast_numbers"

H(
    K,
    "broadcast",
    "Trade between China and North Korea last year came to two-point-three billion dollars, up one-hundred-and-thirty-seven percent on the year before.",
    [
        L("total", yr(2023), said("two-point-three billion dollars", "2.3", "billion", 1)),
        C("total", yr(2023), yr(2022), word("one-hundred-and-thirty-seven percent", "137")),
    ],
    "2024-01-18",
)
H(
    K,
    "broadcast",
    "China's exports to the North fell by eighty-point-nine-two percent last year, to four-hundred-ninety-one million dollars.",
    [
        C("export", yr(2020), yr(2019), word("eighty-point-nine-two percent", "-80.92", 2)),
        L("export", yr(2020), said("four-hundred-ninety-one million dollars", "491")),
    ],
    "2021-01-20",
)
H(
    K,
    "broadcast",
    "Imports from North Korea in March were a mere point-six million dollars, as the border stayed shut.",
    [L("import", sp("2020-03"), said("point-six million dollars", "0.6", dec=1), hedge="a mere")],
    "2020-04-20",
    context="China's trade with North Korea all but stopped in the spring.",
)
H(
    K,
    "broadcast",
    "For the whole of twenty twenty-two, trade between the two neighbours was worth one billion and 28 million dollars.",
    [L("total", yr(2022), said("one billion and 28 million dollars", "1028"))],
    "2023-01-20",
    context="China has released its annual trade figures with North Korea.",
)
p = cum(2020, 4)
H(
    K,
    "broadcast",
    "In the first four months of the year, China's trade with the North was down sixty-six-point-six per cent.",
    [C("total", p, ago(p), word("sixty-six-point-six per cent", "-66.6", 1))],
    "2020-05-20",
)
H(
    K,
    "broadcast",
    "China sold North Korea one-hundred-and-thirteen-point-eight-eight million dollars of goods in November.",
    [
        L(
            "export",
            sp("2022-11"),
            said("one-hundred-and-thirteen-point-eight-eight million dollars", "113.88", dec=2),
        )
    ],
    "2022-12-20",
)
H(
    K,
    "broadcast",
    "Total trade between the two rose sixteen-point-three percent in November from October.",
    [
        C(
            "total",
            sp("2023-11"),
            prev(sp("2023-11")),
            word("sixteen-point-three percent", "16.3", 1),
        )
    ],
    "2023-12-20",
    context="China's trade with North Korea picked up at the end of the year.",
    note="deliberately wrong change: total trade rose 16.6% in November 2023 from October (exports rose 18.3%); 16.3 is neither",
)
H(
    K,
    "broadcast",
    "In December, Chinese exports across the border recovered to three-point-four million dollars.",
    [
        L(
            "export",
            sp("2020-12"),
            said("three-point-four million dollars", "3.4", dec=1),
            direction="up",
            base=sp("2020-11"),
        )
    ],
    "2021-01-20",
    context="China's trade with North Korea remained at a trickle at the end of twenty-twenty.",
)
H(
    K,
    "broadcast",
    "In October, trade between China and North Korea reached two hundred and eighteen point eight million dollars, the customs figures show.",
    [
        L(
            "total",
            sp("2024-10"),
            said("two hundred and eighteen point eight million dollars", "218.8", dec=1),
        )
    ],
    "2024-11-20",
)
p = cum(2018, 8)
H(
    K,
    "broadcast",
    "Over the first eight months, trade between China and North Korea was one-point-five-one billion dollars, down fifty-seven-point-eight percent.",
    [
        L("total", p, said("one-point-five-one billion dollars", "1.51", "billion", 2)),
        C("total", p, ago(p), word("fifty-seven-point-eight percent", "-57.8", 1)),
    ],
    "2018-09-20",
)
p = cum(2024, 7)
H(
    K,
    "broadcast",
    "So far this year, China has sold some nine hundred million dollars' worth of goods to North Korea.",
    [L("export", p, said("nine hundred million dollars", "900"), hedge="some")],
    "2024-08-20",
    note="approx: January–July 2024 exports were $914 million; 'some nine hundred million' holds only on the loose tier of a round number ([850, 950] million)",
)
H(
    K,
    "broadcast",
    "North Korea sold nine-point-two-four million dollars' worth of goods to China in February, the customs figures show.",
    [L("import", sp("2018-02"), said("nine-point-two-four million dollars", "9.24", dec=2))],
    "2018-03-23",
    note="deliberately wrong: February 2018 imports were $9.42 million; 9.24 swaps the decimals",
)
H(
    K,
    "broadcast",
    "That's an increase of one-hundred-sixty-eight-point-six pct on April.",
    [
        C(
            "export",
            sp("2020-05"),
            prev(sp("2020-05")),
            word("one-hundred-sixty-eight-point-six pct", "168.6", 1),
        )
    ],
    "2020-06-19",
    context="China's exports to North Korea in May rose to 58.6 million dollars.",
)


# == levels with a direction ======================================================================
K = "level_direction"

a = mn(m("export", sp("2024-05")))
H(
    K,
    "wire",
    f"Chinese exports to North Korea slipped to {a} in May from April, as Beijing tightened checks at the border.",
    [L("export", sp("2024-05"), a, direction="down", base=sp("2024-04"))],
    "2024-06-20",
)
a = mn(m("total", sp("2023-07")))
H(
    K,
    "wire",
    f"Trade between China and North Korea edged up to {a} in July from June, customs data showed.",
    [L("total", sp("2023-07"), a, direction="up", base=sp("2023-06"))],
    "2023-08-18",
    note="deliberately wrong direction: July 2023 trade ($181.6 million) was below June's ($184.2 million)",
)
a = mn(m("export", sp("2023-04")), 2, "US${} million")
H(
    K,
    "yonhap",
    f"North Korea's imports from China climbed to {a} in April from March, Chinese data showed.",
    [L("export", sp("2023-04"), a, direction="up", base=sp("2023-03"))],
    "2023-05-22",
)
a = mn(m("export", sp("2017-04")))
H(
    K,
    "wire",
    f"Chinese exports to North Korea dipped to {a} in April, down 12 percent from the month before.",
    [
        L("export", sp("2017-04"), a, direction="down", base=sp("2017-03")),
        C("export", sp("2017-04"), prev(sp("2017-04")), pc("{} percent", "-12", 0)),
    ],
    "2017-05-23",
)
a, b = mn(m("import", sp("2020-08"))), mn(m("import", sp("2020-07")), 2, "July's ${} million")
H(
    K,
    "wire",
    f"Imports from North Korea eased to {a} in August from {b}.",
    [
        L("import", sp("2020-08"), a, direction="down", base=sp("2020-07")),
        L("import", sp("2020-07"), b),
    ],
    "2020-09-18",
)
a = mn(m("import", sp("2018-06")), 2)
H(
    K,
    "wire",
    f"Chinese imports from North Korea rebounded to {a} in June from May.",
    [L("import", sp("2018-06"), a, direction="up", base=sp("2018-05"))],
    "2018-07-23",
    context="China's customs published its country trade data for June on Monday, North Korea among them.",
    note="deliberately wrong direction: June 2018 imports ($12.97 million) were below May's ($13.65 million)",
)
a = mn(m("export", sp("2021-04")), 2, "{} million U.S. dollars")
H(
    K,
    "xinhua",
    f"China's exports to the DPRK rose to {a} in April from March, according to the General Administration of Customs.",
    [L("export", sp("2021-04"), a, direction="up", base=sp("2021-03"))],
    "2021-05-20",
)
a = mn(m("export", sp("2021-05")), 2)
H(
    K,
    "wire",
    f"Exports sank to {a} in May from April, the data showed.",
    [L("export", sp("2021-05"), a, direction="down", base=sp("2021-04"))],
    "2021-06-18",
    context="China's trade with North Korea shrank again in May.",
)
H(
    K,
    "headline",
    "China-N. Korea trade rises to $194.1 mln in April from March",
    [L("total", sp("2024-04"), mn("194.1", tmpl="${} mln"), direction="up", base=sp("2024-03"))],
    "2024-05-20",
    note="deliberately wrong rounding: April 2024 trade was $193.994 million, which rounds to $194.0 million, not 194.1",
)
a, b = mn(m("total", sp("2022-10")), 2), mn(m("total", sp("2022-09")), 2)
H(
    K,
    "thinktank",
    f"Trade recovered to {a} in October 2022 from {b} in September, a 48 percent jump as freight trains from Dandong resumed.",
    [
        L("total", sp("2022-10"), a, direction="up", base=sp("2022-09")),
        L("total", sp("2022-09"), b),
        C("total", sp("2022-10"), sp("2022-09"), pc("{} percent", "48", 0)),
    ],
    "2022-12-05",
)
a = mn(m("export", sp("2019-10")), 2)
H(
    K,
    "wire",
    f"China's exports to North Korea increased to {a} in October from September, the data showed.",
    [L("export", sp("2019-10"), a, direction="up", base=sp("2019-09"))],
    "2019-11-25",
)
a = mn(m("total", sp("2017-10")))
H(
    K,
    "wire",
    f"Total trade between the two countries dropped to {a} in October, 20 percent less than in September.",
    [
        L("total", sp("2017-10"), a, direction="down", base=sp("2017-09")),
        C("total", sp("2017-10"), sp("2017-09"), pc("{} percent", "-20", 0)),
    ],
    "2017-11-23",
)
a = mn(m("import", sp("2021-09")), 2)
H(
    K,
    "wire",
    f"China's imports from North Korea fell to {a} in September from August.",
    [L("import", sp("2021-09"), a, direction="down", base=sp("2021-08"))],
    "2021-10-20",
    note="deliberately wrong direction: September 2021 imports ($14.27 million) were more than double August's ($6.24 million)",
)


# == shares ======================================================================================
K = "shares"

p = cum(2019, 6)
a = bn(m("total", p))
H(
    K,
    "thinktank",
    f"Chinese exports made up 91.3 percent of the {a} in bilateral trade recorded in the first half of 2019.",
    [S("export", "total", p, pc("{} percent", "91.3")), L("total", p, a)],
    "2019-08-12",
)
H(
    K,
    "wire",
    "Chinese exports accounted for about 87 percent of its trade with North Korea last year.",
    [S("export", "total", yr(2023), pc("{} percent", "87", 0), hedge="about")],
    "2024-01-22",
)
p = cum(2018, 11)
H(
    K,
    "wire",
    "Imports from North Korea made up less than a tenth of the two countries' trade in the first 11 months of 2018.",
    [S("import", "total", p, word("a tenth", "10"), hedge="less than", rung_kind="fraction")],
    "2018-12-24",
)
H(
    K,
    "xinhua",
    "Imports from the DPRK accounted for 44.7 percent of China-DPRK trade in 2013, according to the customs.",
    [S("import", "total", yr(2013), pc("{} percent", "44.7"))],
    "2014-01-24",
)
H(
    K,
    "wire",
    "Goods bought from North Korea accounted for 12.7 percent of China's trade with the country in 2022.",
    [S("import", "total", yr(2022), pc("{} percent", "12.7"))],
    "2023-01-20",
    note="deliberately wrong year: 12.7% is the import share of 2023; in 2022 imports were 13.0% of the total",
)
p = cum(2017, 6)
H(
    K,
    "thinktank",
    "In the first half of 2017, about two-thirds of the trade was Chinese exports, reflecting the squeeze on the North's coal sales.",
    [S("export", "total", p, word("two-thirds", "66.7", 1), hedge="about", rung_kind="fraction")],
    "2017-08-02",
    context="China's trade with North Korea became more one-sided after Beijing halted coal imports.",
)
H(
    K,
    "wire",
    "China's exports made up more than half of its trade with North Korea in 2016.",
    [S("export", "total", yr(2016), word("half", "50"), hedge="more than", rung_kind="fraction")],
    "2017-01-23",
)
H(
    K,
    "thinktank",
    "Purchases from the North were about a third of Sino-DPRK trade in 2017, down from nearly half a year earlier.",
    [
        S(
            "import",
            "total",
            yr(2017),
            word("a third", "33.3", 1),
            hedge="about",
            rung_kind="fraction",
        ),
        S("import", "total", yr(2016), word("half", "50"), hedge="nearly", rung_kind="fraction"),
    ],
    "2018-02-10",
)
p = cum(2017, 9)
H(
    K,
    "wire",
    "Coal, iron ore and seafood from North Korea — about a quarter of China's trade with its neighbour in the first nine months — were all banned by September.",
    [S("import", "total", p, word("a quarter", "25"), hedge="about", rung_kind="fraction")],
    "2017-10-24",
    note="deliberately wrong share: China's imports were 36.8% of January–September 2017 trade, over a third rather than a quarter",
)
p = cum(2020, 9)
H(
    K,
    "yonhap",
    "Imports from China accounted for 91.7 percent of the North's trade with its neighbor in the January-September period, data showed.",
    [S("export", "total", p, pc("{} percent", "91.7"))],
    "2020-10-26",
)
H(
    K,
    "wire",
    "Trade in 2022 was still only about a fifth of its 2017 level, before the toughest U.N. sanctions took effect.",
    [R("total", yr(2022), yr(2017), word("a fifth", "20"), hedge="about", rung_kind="fraction")],
    "2023-01-20",
    context="China's trade with North Korea recovered last year but remained far below its former levels.",
)
H(
    K,
    "thinktank",
    "Exports' share of the total rose 12.4 percentage points to 65.2 percent in 2017.",
    [
        claim(
            "pp_change",
            "export",
            yr(2017),
            word("12.4 percentage points", "12.4", 1),
            base=yr(2016),
            unit="pp",
            whole="total",
            direction="up",
        ),
        S("export", "total", yr(2017), pc("{} percent", "65.2")),
    ],
    "2018-03-01",
    context="China's trade with North Korea grew more lopsided as sanctions cut its imports.",
)
p = cum(2024, 2)
H(
    K,
    "wire",
    "Chinese imports made up 25 percent of bilateral trade in January and February.",
    [S("import", "total", p, pc("{} percent", "25", 0))],
    "2024-03-20",
    context="North Korea's sales to China rose sharply at the start of 2024.",
    note="deliberately wrong share: imports were 20.0% of January–February 2024 trade ($62.2 million of $311.23 million)",
)
H(
    K,
    "yonhap",
    "The North's shipments to China accounted for just 5.4 percent of the two-way trade in the first half of 2020.",
    [S("import", "total", cum(2020, 6), pc("{} percent", "5.4"), hedge="just")],
    "2020-07-20",
    context="North Korea's trade with China nearly dried up in the first half.",
    note="deliberately wrong share: imports were 6.6% of January–June 2020 trade ($27.36 million of $412 million)",
)
H(
    K,
    "wire",
    "Chinese exports accounted for 83.9 percent of the total in 2024.",
    [S("export", "total", yr(2024), pc("{} percent", "83.9"))],
    "2025-01-24",
)


# == balances ====================================================================================
K = "balance"

a, b = bn(m("balance", yr(2023))), mn(m("balance", yr(2022)), 2)
H(
    K,
    "wire",
    f"Beijing's surplus on its trade with North Korea swelled to {a} in 2023, up from {b} a year earlier.",
    [B(yr(2023), a, direction="up", base=yr(2022)), B(yr(2022), b)],
    "2024-01-22",
)
a = bn(m("balance", yr(2024)), tmpl="US${} billion")
H(
    K,
    "yonhap",
    f"North Korea's trade deficit with China came to {a} last year, Chinese data showed.",
    [B(yr(2024), a, gap="deficit")],
    "2025-01-20",
)
H(
    K,
    "wire",
    "North Korea ran a rare trade surplus with China in November, selling $1.13 million of goods while buying only $148,000, a gap of $977,000 in Pyongyang's favour.",
    [
        L("import", sp("2020-11"), mn("1.13")),
        L("export", sp("2020-11"), Num("$148,000", "148000", 0, 1), hedge="only"),
        B(sp("2020-11"), Num("$977,000", "-977000", 0, 1), gap="surplus"),
    ],
    "2020-12-18",
)
H(
    K,
    "xinhua",
    "China's surplus in its trade with the DPRK narrowed 13.5 percent in 2024, the customs data showed.",
    [C("balance", yr(2024), yr(2023), pc("{} percent", "-13.5"))],
    "2025-01-24",
)
H(
    K,
    "headline",
    "China's 2023 trade surplus with N. Korea hits $2.0 bln",
    [B(yr(2023), bn("2.0", 1, "${} bln"))],
    "2024-01-22",
    note="deliberately wrong: $2.0 billion is China's 2023 exports to North Korea; its surplus was $1.71 billion",
)
a, b = mn(m("balance", cum(2017, 6)), 0), mn(m("balance", cum(2013, 6)), 0)
H(
    K,
    "thinktank",
    f"Beijing's surplus with Pyongyang in the first half of 2017 was {a}, more than three times the {b} of the first half of 2013.",
    [
        B(cum(2017, 6), a),
        R(
            "balance",
            cum(2017, 6),
            cum(2013, 6),
            word("more than three times", "3"),
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        ),
        B(cum(2013, 6), b),
    ],
    "2017-08-02",
)
a = bn(m("balance", cum(2018, 11)))
H(
    K,
    "wire",
    f"The North's deficit with China in the 11 months through November reached {a}, as its coal and textile sales were banned.",
    [B(cum(2018, 11), a, gap="deficit")],
    "2018-12-24",
)
a = bn(m("balance", cum(2019, 6)))
H(
    K,
    "wire",
    f"China's exports exceeded its imports from North Korea by {a} in the first half of 2019.",
    [B(cum(2019, 6), a)],
    "2019-07-25",
)
a = mn(m("balance", sp("2024-02")), 2)
H(
    K,
    "wire",
    f"That meant a February trade deficit of {a} for Pyongyang.",
    [B(sp("2024-02"), a, gap="deficit")],
    "2024-03-20",
    context="China exported $93.71 million of goods to North Korea in February and imported $27.28 million.",
)
H(
    K,
    "yonhap",
    "North Korea's trade deficit with China amounted to US$135.81 million in May, according to the Chinese customs data.",
    [B(sp("2024-05"), mn("135.81"), gap="deficit")],
    "2024-06-20",
    note="deliberately wrong month: $135.81 million was the deficit of April 2024; May's was $119.41 million",
)
H(
    K,
    "wire",
    "For 2020 as a whole, China sold about $440 million more to North Korea than it bought from it.",
    [B(yr(2020), mn("440", 0), hedge="about")],
    "2021-01-20",
    note="approx: the 2020 surplus was $443.06 million; 'about $440 million' holds only on the loose tier of a round number ([435, 445] million)",
)
H(
    K,
    "broadcast",
    "North Korea's deficit with China that year was seven-hundred-and-three million dollars.",
    [B(yr(2013), said("seven-hundred-and-three million dollars", "703"), gap="deficit")],
    "2014-01-24",
    context="In twenty-thirteen, China sold three-point-six-three billion dollars of goods to North Korea and bought two-point-nine-three billion.",
)
H(
    K,
    "wire",
    "Beijing's surplus with Pyongyang more than doubled in 2023, according to calculations based on Chinese customs data.",
    [
        R(
            "balance",
            yr(2023),
            yr(2022),
            word("more than doubled", "2"),
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        )
    ],
    "2024-01-22",
)
b, c = mn(m("import", sp("2016-07")), 0), mn(m("export", sp("2016-07")), 0)
H(
    K,
    "wire",
    f"China ran a $33 million deficit with North Korea in July, as imports of {b} outstripped exports of {c}.",
    [
        B(sp("2016-07"), Num("$33 million", "-33000000", 0, 10**6)),
        L("import", sp("2016-07"), b),
        L("export", sp("2016-07"), c),
    ],
    "2016-08-20",
)
a = mn(m("balance", cum(2023, 5)), 2)
H(
    K,
    "wire",
    f"China's trade surplus with North Korea stood at {a} in the January-May period.",
    [B(cum(2023, 5), a)],
    "2023-06-20",
)
a = mn(m("balance", sp("2022-05")), 2)
H(
    K,
    "wire",
    "The North's trade gap with China narrowed to $8.72 million in May from $97.32 million in April.",
    [
        B(
            sp("2022-05"),
            mn(m("balance", sp("2022-05")), 2),
            gap="deficit",
            direction="down",
            base=sp("2022-04"),
        ),
        B(sp("2022-04"), mn("97.32"), gap="deficit"),
    ],
    "2022-06-20",
    note="deliberately wrong second figure: April 2022's gap was $93.72 million; 97.32 swaps two digits (May's figure and the direction are right)",
)


# == superlatives and streaks ====================================================================
K = "superlatives_streaks"

a = mn(m("export", sp("2017-08")), 2)
H(
    K,
    "wire",
    f"China's exports to North Korea rose to {a} in August, the highest since June, even as Beijing said it would enforce the new U.N. sanctions.",
    [
        L("export", sp("2017-08"), a, direction="up", base=sp("2017-07")),
        SU("export", "2017-08", "2017-06", "high", "the highest since June"),
    ],
    "2017-09-23",
)
H(
    K,
    "wire",
    "September's exports to the North were the highest since August 2020, the data showed.",
    [SU("export", "2021-09", "2020-08", "high", "the highest since August 2020")],
    "2021-10-20",
    context="China's trade with North Korea picked up in September.",
    note="deliberately wrong: July 2020 exports ($65.87 million) were above September 2021's ($55.63 million); August 2020 ($19.3 million) was lower, so the 'since' month is wrong",
)
H(
    K,
    "wire",
    "Chinese imports from North Korea fell to $2 million in October, the lowest since June.",
    [
        L("import", sp("2021-10"), mn("2", 0), direction="down", base=sp("2021-09")),
        SU("import", "2021-10", "2021-06", "low", "the lowest since June"),
    ],
    "2021-11-20",
)
H(
    K,
    "yonhap",
    "North Korea-China trade in July was at its lowest level since February, Chinese data showed.",
    [SU("total", "2024-07", "2024-02", "low", "its lowest level since February")],
    "2024-08-20",
)
H(
    K,
    "wire",
    "Trade in August rose to its highest since April.",
    [SU("total", "2024-08", "2024-04", "high", "its highest since April")],
    "2024-09-20",
    context="China's trade with North Korea climbed in August, customs data showed on Friday.",
    note="deliberately wrong: May 2024 trade ($181.34 million) was above August's ($177.13 million), so August was not the highest since April",
)
H(
    K,
    "broadcast",
    "China's shipments to North Korea in May were the highest since January, before the pandemic closed the border.",
    [SU("export", "2020-05", "2020-01", "high", "the highest since January")],
    "2020-06-19",
)
H(
    K,
    "wire",
    "Exports to North Korea rose for a fifth straight month in October, customs data showed.",
    [ST("export", "2022-06", "2022-10", "up", "for a fifth straight month")],
    "2022-11-18",
    context="China's trade with North Korea has been recovering since a coronavirus outbreak shut the border in the spring.",
)
H(
    K,
    "wire",
    "October marked a third consecutive monthly gain in China-North Korea trade.",
    [ST("total", "2024-08", "2024-10", "up", "a third consecutive monthly gain")],
    "2024-11-20",
)
H(
    K,
    "thinktank",
    "By September 2021, Chinese exports to the DPRK had increased four months in a row, the customs figures show.",
    [ST("export", "2021-06", "2021-09", "up", "four months in a row")],
    "2021-10-28",
)
H(
    K,
    "wire",
    "China's exports to North Korea fell in November for the fourth month running, to just $148,000.",
    [
        ST("export", "2020-08", "2020-11", "down", "for the fourth month running"),
        L("export", sp("2020-11"), Num("$148,000", "148000", 0, 1), hedge="just"),
    ],
    "2020-12-18",
    note="deliberately wrong streak: exports fell every month from July to November 2020, five months running, not four",
)
H(
    K,
    "wire",
    "The 2014 figure marked the first annual decline in China-North Korea trade since 2009.",
    [FD("total", 2014, 2009, "the first annual decline in China-North Korea trade since 2009")],
    "2015-01-23",
)
H(
    K,
    "xinhua",
    "China's imports from the DPRK in 2014 posted their first annual decrease since 2006.",
    [FD("import", 2014, 2006, "their first annual decrease since 2006")],
    "2015-01-30",
)
H(
    K,
    "wire",
    "In 2015 trade posted its first yearly fall since 2009.",
    [FD("total", 2015, 2009, "its first yearly fall since 2009")],
    "2016-01-25",
    context="China's trade with North Korea shrank last year as commodity prices slumped.",
    note="deliberately wrong: trade had already fallen in 2014, so 2015 was not the first decline since 2009",
)
H(
    K,
    "headline",
    "China's 2024 exports to N. Korea fall for first time since 2021",
    [FD("export", 2024, 2021, "for first time since 2021")],
    "2025-01-20",
)


# == other pairs and currencies ==================================================================
K = "other_pairs"

H(
    K,
    "wire",
    "China's overall exports rose 5.9 percent in 2024 to $3.58 trillion, while its imports edged up 1.1 percent.",
    [
        other(
            "change_pct",
            "export",
            yr(2024),
            pc("{} percent", "5.9"),
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
        other(
            "change_pct",
            "import",
            yr(2024),
            pc("{} percent", "1.1"),
            "CHN",
            "WLD",
            base=yr(2023),
            direction="up",
        ),
    ],
    "2025-01-13",
)
H(
    K,
    "yonhap",
    "At its Kaesong-era peak in 2015, trade between the two Koreas topped US$2.7 billion; it has been near zero since 2016.",
    [
        other(
            "level",
            "total",
            yr(2015),
            Num("US$2.7 billion", "2700000000", 1, 10**9),
            "KOR",
            "PRK",
            hedge="more than",
        )
    ],
    "2023-02-14",
    non=[NC("since 2016", "a year, not a figure")],
)
p = cum(2023, 5)
H(
    K,
    "xinhua",
    "In yuan terms, China's exports to the DPRK in the first five months rose 189.6 percent year on year to 5.27 billion yuan, while in dollar terms they were up 169 percent.",
    [
        claim(
            "change_pct",
            "export",
            p,
            pc("{} percent", "189.6"),
            base=ago(p),
            terms="CNY",
            direction="up",
        ),
        claim(
            "level", "export", p, Num("5.27 billion yuan", "5270000000", 2, 10**9), currency="CNY"
        ),
        C("export", p, ago(p), pc("{} percent", "169", 0)),
    ],
    "2023-06-20",
)
H(
    K,
    "wire",
    "Shipments from South Korea to China dropped 19.9 percent to $124.8 billion in 2023, Seoul's trade ministry said, as chip demand sagged.",
    [
        other(
            "change_pct", "export", yr(2023), pc("{} percent", "-19.9"), "KOR", "CHN", base=yr(2022)
        ),
        other("level", "export", yr(2023), bn("124.8", 1), "KOR", "CHN"),
    ],
    "2024-01-02",
)
H(
    K,
    "thinktank",
    "Russia's trade with North Korea, by contrast, was worth only about $34 million in 2023 by Moscow's own count.",
    [other("level", "total", yr(2023), mn("34", 0), "RUS", "PRK", hedge="about")],
    "2024-06-18",
    non=[],
)
H(
    K,
    "wire",
    "China's goods trade surplus with the United States narrowed to $279.4 billion in 2023.",
    [
        other(
            "balance",
            "balance",
            yr(2023),
            bn("279.4", 1),
            "CHN",
            "USA",
            gap="surplus",
            direction="down",
            base=yr(2022),
        )
    ],
    "2024-01-12",
)
p = cum(2024, 2)
H(
    K,
    "xinhua",
    "Measured in renminbi, China-DPRK trade in the January-February period came to 2.22 billion yuan.",
    [claim("level", "total", p, Num("2.22 billion yuan", "2220000000", 2, 10**9), currency="CNY")],
    "2024-03-20",
)
H(
    K,
    "wire",
    "Japan has banned all trade with North Korea since 2009, while Seoul's exports to the North fell to just $8 million in 2020 after the liaison office was blown up.",
    [other("level", "export", yr(2020), mn("8", 0), "KOR", "PRK", hedge="just")],
    "2021-02-10",
    non=[NC("since 2009", "a year, not a figure")],
)
H(
    K,
    "wire",
    "In yuan terms, China's imports from North Korea rose 27.3 percent in the first seven months, while in dollar terms they were up 24 percent.",
    [
        claim(
            "change_pct",
            "import",
            cum(2024, 7),
            pc("{} percent", "27.3"),
            base=ago(cum(2024, 7)),
            terms="CNY",
            direction="up",
        ),
        C("import", cum(2024, 7), ago(cum(2024, 7)), pc("{} percent", "24", 0)),
    ],
    "2024-08-20",
)
H(
    K,
    "thinktank",
    "By comparison, Vietnam's trade with China topped $200 billion last year and Mongolia's came to about $16 billion.",
    [
        other("level", "total", yr(2023), bn("200", 0), "VNM", "CHN", hedge="more than"),
        other("level", "total", yr(2023), bn("16", 0), "MNG", "CHN", hedge="about"),
    ],
    "2024-03-12",
)
H(
    K,
    "wire",
    "China's total trade with the world edged up 0.2 percent in yuan terms in 2023 to 41.76 trillion yuan, but fell 5 percent in dollar terms.",
    [
        other(
            "change_pct",
            "total",
            yr(2023),
            pc("{} percent", "0.2"),
            "CHN",
            "WLD",
            base=yr(2022),
            terms="CNY",
            direction="up",
        ),
        other(
            "level",
            "total",
            yr(2023),
            Num("41.76 trillion yuan", "41760000000000", 2, 10**12),
            "CHN",
            "WLD",
            currency="CNY",
        ),
        other(
            "change_pct",
            "total",
            yr(2023),
            pc("{} percent", "-5", 0),
            "CHN",
            "WLD",
            base=yr(2022),
            direction="down",
        ),
    ],
    "2024-01-12",
)


# == rounding and hedges =========================================================================
K = "rounding_hedges"

H(
    K,
    "wire",
    "In the first seven months, trade between China and North Korea came to about $1.1 billion.",
    [L("total", cum(2024, 7), bn("1.1", 1), hedge="about")],
    "2024-08-20",
)
H(
    K,
    "wire",
    "Annual trade between China and North Korea climbed to nearly $2.3 billion last year.",
    [L("total", yr(2023), bn("2.3", 1), hedge="nearly", direction="up", base=yr(2022))],
    "2024-01-18",
)
H(
    K,
    "wire",
    "Two-way trade reached just over $1 billion in 2022, the data showed.",
    [L("total", yr(2022), bn("1", 0), hedge="just over")],
    "2023-01-20",
    context="China's trade with North Korea rebounded in 2022 as freight trains resumed across the Yalu.",
)
H(
    K,
    "wire",
    "China shipped some $500 million of goods to North Korea in 2020.",
    [L("export", yr(2020), mn("500", 0), hedge="some")],
    "2021-01-20",
    note="approx: 2020 exports were $491.06 million; 'some $500 million' holds only on the loose tier of a round number ([450, 550] million)",
)
H(
    K,
    "wire",
    "Trade in 2020 amounted to roughly $540 million.",
    [L("total", yr(2020), mn("540", 0), hedge="roughly")],
    "2021-01-20",
    context="Trade between China and North Korea collapsed last year as the border closed.",
    note="approx: 2020 trade was $539.06 million, which rounds to $539 million; 'roughly $540 million' holds on the loose tier ([535, 545] million)",
)
H(
    K,
    "wire",
    "Beijing bought less than $50 million of North Korean goods over the whole of 2020.",
    [L("import", yr(2020), mn("50", 0), hedge="less than")],
    "2021-01-20",
)
H(
    K,
    "wire",
    "Trade between China and North Korea was over $190 million in June.",
    [L("total", sp("2023-06"), mn("190", 0), hedge="over")],
    "2023-07-20",
    note="deliberately wrong: June 2023 trade was $184.2 million, under $190 million",
)
H(
    K,
    "yonhap",
    "North Korea's trade with China was almost US$180 million in June, down slightly from May.",
    [
        L(
            "total",
            sp("2024-06"),
            mn("180", 0, "US${} million"),
            hedge="almost",
            direction="down",
            base=sp("2024-05"),
        )
    ],
    "2024-07-22",
)
H(
    K,
    "wire",
    "Trade between the two countries reached $2.30 billion last year, according to Chinese customs.",
    [L("total", yr(2023), bn("2.30"))],
    "2024-01-18",
    context="North Korea's trade with China more than doubled in 2023.",
)
H(
    K,
    "thinktank",
    "China–DPRK trade totaled exactly $1,027.72 million in 2022, by the customs tally.",
    [L("total", yr(2022), Num("$1,027.72 million", "1027720000", 2, 10**6))],
    "2023-02-15",
)
H(
    K,
    "wire",
    "From January through October 2023, China shipped $1.583 billion of goods across the border to North Korea.",
    [L("export", cum(2023, 10), bn("1.583", 3))],
    "2023-11-20",
    note="approx: January–October 2023 exports were $1,583.95 million, which rounds to $1.584 billion; '$1.583 billion' truncates it",
)
H(
    K,
    "wire",
    "China's exports to North Korea were in excess of $2 billion in 2023.",
    [L("export", yr(2023), bn("2", 0), hedge="in excess of")],
    "2024-01-18",
)
H(
    K,
    "wire",
    "Trade with North Korea was about $200 million in April, the customs said.",
    [L("total", sp("2023-04"), mn("200", 0), hedge="about")],
    "2023-05-22",
    context="China's trade figures for April were released on Monday.",
)
H(
    K,
    "xinhua",
    "China-DPRK trade in March was approximately 60 million U.S. dollars, according to the General Administration of Customs.",
    [L("total", sp("2022-03"), mn("60", 0, "{} million U.S. dollars"), hedge="approximately")],
    "2022-04-20",
)
H(
    K,
    "headline",
    "China-NK first-half trade above $980 mln, customs says",
    [L("total", cum(2024, 6), mn("980", 0, "${} mln"), hedge="above")],
    "2024-07-18",
    note="deliberately wrong: January–June 2024 trade was $971 million, below $980 million",
)
H(
    K,
    "wire",
    "A whopping $604.27 million of goods crossed the border in August.",
    [L("total", sp("2017-08"), mn("604.27"), hedge="a whopping")],
    "2017-09-23",
    context="China's trade with North Korea spiked in August as traders raced to beat new U.N. sanctions.",
)


# == multiples and large changes =================================================================
K = "multiples"

H(
    K,
    "wire",
    "Trade between China and North Korea more than tripled in 2022 from a year earlier, as freight trains resumed in January.",
    [
        R(
            "total",
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
H(
    K,
    "headline",
    "China's 2022 exports to N. Korea surge 244% as freight trains return",
    [C("export", yr(2022), yr(2021), pc("{}%", "244", 0))],
    "2023-01-20",
)
H(
    K,
    "thinktank",
    "Last year's trade came to 2.2 times the 2022 total.",
    [R("total", yr(2023), yr(2022), word("2.2 times", "2.2", 1), unit="times", direction="up")],
    "2024-02-15",
    context="China–DPRK trade recovered strongly after the border reopened.",
)
a = bn(m("total", yr(2023)) - m("total", yr(2022)))
H(
    K,
    "wire",
    f"Bilateral trade rose by {a} in 2023 from the previous year, according to calculations based on Chinese customs data.",
    [A("total", yr(2023), yr(2022), a)],
    "2024-01-18",
    context="China's trade with North Korea more than doubled last year.",
)
c = R(
    "import", yr(2022), yr(2021), word("2.3 times higher", "2.3", 1), unit="times", direction="up"
)
c["_times_higher"] = True
H(
    K,
    "wire",
    "Chinese imports from North Korea in 2022 were 2.3 times higher than a year earlier.",
    [c],
    "2023-01-20",
    context="China's trade with North Korea recovered in 2022 as freight trains resumed.",
    note="ambiguous: 2022 imports were 2.31 times 2021's, so '2.3 times higher' holds as k = 2.3 but not as k + 1 = 3.3 (semantics.md §1.4)",
)
H(
    K,
    "wire",
    "Chinese imports from North Korea quadrupled in 2023.",
    [
        R(
            "import",
            yr(2023),
            yr(2022),
            word("quadrupled", "4"),
            unit="times",
            direction="up",
            rung_kind="verbal",
        )
    ],
    "2024-01-18",
    note="deliberately wrong multiple: 2023 imports were 2.2 times 2022's ($291.89 million against $133.68 million)",
)
H(
    K,
    "wire",
    "Trade in the first half was 84 percent lower than a year earlier.",
    [C("total", cum(2021, 6), ago(cum(2021, 6)), pc("{} percent", "-84", 0))],
    "2021-07-19",
    context="China's trade with North Korea stayed depressed in the first half of 2021.",
)
H(
    K,
    "xinhua",
    "China's exports to the DPRK in September were nearly 2.5 times those of August.",
    [
        R(
            "export",
            sp("2021-09"),
            sp("2021-08"),
            word("2.5 times", "2.5", 1),
            unit="times",
            hedge="nearly",
            direction="up",
        )
    ],
    "2021-10-20",
)
H(
    K,
    "wire",
    "Exports in 2021 were roughly half their 2020 level.",
    [R("export", yr(2021), yr(2020), word("half", "50"), hedge="roughly", rung_kind="fraction")],
    "2022-01-18",
    context="China's trade with North Korea shrank again last year.",
)
a = mn(m("export", yr(2024)) - m("export", yr(2023)), 0)
H(
    K,
    "wire",
    "Chinese exports to North Korea fell by nearly $175 million last year.",
    [A("export", yr(2024), yr(2023), Num("$175 million", "-175000000", 0, 10**6), hedge="nearly")],
    "2025-01-20",
)
p = cum(2023, 2)
H(
    K,
    "xinhua",
    "In January-February, China's exports to the DPRK were 2.6 times those of the same period last year.",
    [R("export", p, ago(p), word("2.6 times", "2.6", 1), unit="times", direction="up")],
    "2023-03-20",
)
H(
    K,
    "wire",
    "Imports from North Korea in September more than doubled from August.",
    [
        R(
            "import",
            sp("2021-09"),
            sp("2021-08"),
            word("more than doubled", "2"),
            unit="times",
            hedge="more than",
            direction="up",
            rung_kind="verbal",
        )
    ],
    "2021-10-20",
    context="China's trade with North Korea jumped in September.",
)
H(
    K,
    "wire",
    "Exports to North Korea rose 168.6 percent in May from the month before.",
    [C("export", sp("2020-05"), prev(sp("2020-05")), pc("{} percent", "168.6"))],
    "2020-06-19",
    context="China's trade with North Korea began to recover in May.",
)
H(
    K,
    "headline",
    "China's exports to N. Korea jump 3.4-fold in 2022 to $894 mln",
    [
        R("export", yr(2022), yr(2021), word("3.4-fold", "3.4", 1), unit="times", direction="up"),
        L("export", yr(2022), mn("894", 0, "${} mln")),
    ],
    "2023-01-20",
)
H(
    K,
    "thinktank",
    "Exports in 2020 were 87.4 percent lower than in 2017.",
    [C("export", yr(2020), yr(2017), pc("{} percent", "-87.4"))],
    "2021-03-02",
    context="China's trade with North Korea was the lowest in decades in the pandemic year.",
    note="deliberately wrong: 2020 exports ($491.06 million) were 84.9% below 2017's ($3,245 million), not 87.4%",
)


# == figures that are not trade claims ============================================================
K = "non_claims"
NON = [
    (
        "wire",
        "With some 26 million people, North Korea relies on China for most of its fuel and food.",
        [NC("26 million people", "population")],
        "2023-03-20",
    ),
    (
        "xinhua",
        "The Sino-DPRK Friendship Bridge across the Yalu River was completed in 1943 and carries both road and rail traffic.",
        [NC("1943", "a year")],
        "2019-06-20",
    ),
    (
        "wire",
        "U.N. Security Council Resolution 2397, adopted in December 2017, caps North Korea's imports of refined petroleum at 500,000 barrels a year.",
        [NC("2397", "a resolution number"), NC("500,000 barrels", "a sanctions cap on a volume")],
        "2018-01-05",
    ),
    (
        "thinktank",
        "We expect China–North Korea trade to grow about 10 percent next year if the border stays open.",
        [NC("10 percent", "a forecast, not a reported figure")],
        "2023-12-15",
    ),
    (
        "wire",
        "The New Yalu River Bridge, which cost China about 2.2 billion yuan to build, has yet to open to traffic more than a decade after its completion.",
        [NC("2.2 billion yuan", "a construction cost"), NC("a decade", "a duration")],
        "2024-10-10",
    ),
    (
        "yonhap",
        "The price of rice at markets in Pyongyang rose to about 6,000 won per kilogram last month, according to a Daily NK survey.",
        [NC("6,000 won per kilogram", "a market price")],
        "2023-05-15",
    ),
    (
        "broadcast",
        "The border between the two countries runs some one thousand four hundred kilometres along the Yalu and Tumen rivers.",
        [NC("one thousand four hundred kilometres", "a distance")],
        "2022-09-12",
    ),
    (
        "wire",
        "Kim Jong Un visited China four times between March 2018 and January 2019.",
        [
            NC("four times", "a count of visits"),
            NC("March 2018", "a date"),
            NC("January 2019", "a date"),
        ],
        "2019-01-10",
    ),
    (
        "yonhap",
        "The won traded at about 8,000 to the U.S. dollar at private exchange booths in the North in late 2023.",
        [NC("8,000 to the U.S. dollar", "an exchange rate")],
        "2024-01-08",
    ),
    (
        "headline",
        "N. Korea fires 2 ballistic missiles into East Sea: JCS",
        [NC("2 ballistic missiles", "a count of missiles")],
        "2024-02-16",
    ),
    (
        "thinktank",
        "More than 100,000 North Korean workers were believed to be in China before the 2019 repatriation deadline set by the U.N.",
        [NC("100,000 North Korean workers", "a count of workers"), NC("2019", "a year")],
        "2020-02-05",
    ),
    (
        "wire",
        "Dandong, a border city of about 2.2 million people, handles much of the traffic across the Yalu.",
        [NC("2.2 million people", "population")],
        "2023-08-11",
    ),
]
for style, text, non, dateline in NON:
    H(K, style, text, [], dateline, non=non)

# trade sentences that carry other figures beside their claims
a = mn(m("total", sp("2017-09")), 2)
H(
    "relative_dates",
    "wire",
    f"Trade in September, the month of the North's sixth nuclear test, fell to {a} from the month before.",
    [L("total", sp("2017-09"), a, direction="down", base=sp("2017-08"))],
    "2017-10-24",
    context="China's trade with North Korea slumped after new sanctions.",
    non=[NC("sixth nuclear test", "an ordinal count of nuclear tests")],
)
H(
    "perspective",
    "headline",
    "N. Korea's imports from China hit $894.04 mln in 2022, 69 years after the armistice",
    [L("export", yr(2022), mn(m("export", yr(2022)), 2, "${} mln"))],
    "2023-01-20",
    non=[NC("69 years", "an anniversary")],
)


write(Path(__file__).resolve().parent / "heldout3.jsonl", "build_heldout3.py")
