# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/heldout9.jsonl: a ninth held-out labelled set, written blind.

    python benchmarks/claims/build_heldout9.py           # write heldout9.jsonl, print the counts
    python benchmarks/claims/build_heldout9.py --check   # only compare with the committed file

The sentences here were written for a ninth held-out measurement of the claim checker, without
looking at the checker's code, at its output on these sentences, or at the sentences of
``suite.jsonl``, ``heldout.jsonl`` … ``heldout8.jsonl`` or the dev set. They lean on the official,
academic and long-form registers the earlier sets use little: UN Panel of Experts report prose
(paragraph numbers, annex and table references, footnote markers left beside figures by PDF
extraction), congressional and parliamentary testimony read aloud, committee reports, ministry
briefings in translation, statistics-office and central-bank notes, court filings and sanctions
designations, academic and working papers (citations, "Table 3 shows", exact dollar amounts,
estimates beside the customs figure, "compared to", "relative to", "vis-à-vis"), op-eds and
magazine prose; number formats such as "USD 2.3 bn", "2.3 billion USD", "US$ 2,295 million",
"$2.29bn", "1.03 billion U.S. dollars", "US$894,040,000", spelled-out numbers at sentence start,
and numbers that are no trade claims (resolution, paragraph, annex and page numbers, years of
publication, tonnages, caps, counts of ships and entities, GDP estimates) beside the claims.

Figures come from the preferred rows of datasets/china_dprk.csv through ``gold.py``, rounded as
writers round them, or deliberately altered (a ``note`` says how). Every verdict is computed by
``gold.py`` from the data alone, never by tradestats.check. Figures about other pairs or in yuan
are written as an author would quote them; they are labelled unverifiable because the data hold
no such series, and they are not checked against any source.
"""

from __future__ import annotations

from decimal import Decimal
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
    m,
    other,
    setup,
    usd,
    word,
    write,
)
from suitelib import Num, claim, cum, sp, yr

setup(
    "H9-",
    [
        "The figures discussed here are drawn from China's customs statistics on its trade with the DPRK.",
        "The analysis relies on the General Administration of Customs of China for trade with North Korea.",
        "Official Chinese trade data on commerce with North Korea underpin the estimates below.",
    ],
)

X, I, T, BAL = "export", "import", "total", "balance"  # noqa: E741
WRONG = "deliberate error: "
ROUND = "rounding: "


def D(surface: str, mant: str, unit: str = "million") -> Num:
    """A money figure written with its own digits: ``mant`` is the mantissa in ``unit``."""
    scale = {"one": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}[
        unit
    ]
    d = len(mant.split(".")[1]) if "." in mant else 0
    return Num(surface, str(int(Decimal(mant) * scale)), d, scale)


def P(surface: str, value: str) -> Num:
    """A percentage written as ``surface`` with the signed value ``value``."""
    d = len(value.split(".")[1]) if "." in value else 0
    return Num(surface, value, d)


def times(flow: str, span: str, base: str, num: Num, **kw) -> dict:
    return R(flow, span, base, num, unit="times", **kw)


def verbal(flow: str, span: str, base: str, num: Num, **kw) -> dict:
    return R(flow, span, base, num, unit="times", rung_kind="verbal", **kw)


def frac(flow: str, whole: str, span: str, num: Num, **kw) -> dict:
    return S(flow, whole, span, num, rung_kind="fraction", **kw)


# == cumulative ======================================================================================
K = "cumulative"
H(
    K,
    "thinktank",
    "According to the customs data of China, the country's exports to the Democratic People's Republic of Korea amounted to US$ 920.7 million in the first six months of 2023 (see annex 41), an increase of 204 per cent over the corresponding period of 2022.",
    [
        L(X, cum(2023, 6), usd("US$ {} million", m(X, cum(2023, 6)))),
        C(X, cum(2023, 6), cum(2022, 6), P("204 per cent", "204")),
    ],
    "2023-09-12",
    non=[NC("annex 41", "annex number of the report")],
)
H(
    K,
    "thinktank",
    "Table 2 reports cumulative two-way trade of US$ 1,426.2 million for January–August 2023, 189 per cent above the same eight months of 2022.",
    [
        L(T, cum(2023, 8), D("US$ 1,426.2 million", "1426.2")),
        C(T, cum(2023, 8), cum(2022, 8), P("189 per cent", "189")),
    ],
    "2023-10-05",
    context="The second part of the paper turns to the recovery of China–DPRK trade after the border reopened.",
    non=[NC("Table 2", "table number")],
)
H(
    K,
    "broadcast",
    "Through the first ten months of 2018, Mr. Chairman, Chinese exports to North Korea were down almost 35 percent, to about $1.78 billion, and imports from the North had collapsed by 89 percent.",
    [
        C(X, cum(2018, 10), cum(2017, 10), P("35 percent", "-35"), hedge="almost"),
        L(
            X,
            cum(2018, 10),
            usd("${} billion", m(X, cum(2018, 10)), "billion", 2),
            hedge="about",
            direction="down",
            base=cum(2017, 10),
        ),
        C(I, cum(2018, 10), cum(2017, 10), P("89 percent", "-89")),
    ],
    "2018-12-12",
)
H(
    K,
    "thinktank",
    "Chinese exports to the DPRK over January–September 2017 reached US$2,548 million, up 29.1% year on year (GACC 2017).",
    [
        L(X, cum(2017, 9), D("US$2,548 million", "2548")),
        C(X, cum(2017, 9), cum(2016, 9), P("29.1%", "29.1")),
    ],
    "2018-02-15",
    note=WRONG
    + "the January–September 2017 export change was +20.9%; +29.1% is the January–June figure",
    non=[NC("2017", "year of publication in the citation (GACC 2017)")],
)
H(
    K,
    "thinktank",
    "In the first quarter of 2023, trade totalled $485.85 million, a 147% rise over the first quarter of 2022, of which Chinese exports accounted for $438.42 million.",
    [
        L(T, cum(2023, 3), D("$485.85 million", "485.85")),
        C(T, cum(2023, 3), cum(2022, 3), P("147%", "147")),
        L(X, cum(2023, 3), D("$438.42 million", "438.42")),
    ],
    "2023-05-02",
)
H(
    K,
    "thinktank",
    "Imports from North Korea fell 13.2 per cent in the first half of 2017 to US$880 million, whereas Chinese exports grew 29.1 per cent to US$1.67 billion — hardly the picture of a neighbour enforcing sanctions.",
    [
        C(I, cum(2017, 6), cum(2016, 6), P("13.2 per cent", "-13.2")),
        L(I, cum(2017, 6), D("US$880 million", "880"), direction="down", base=cum(2016, 6)),
        C(X, cum(2017, 6), cum(2016, 6), P("29.1 per cent", "29.1")),
        L(
            X,
            cum(2017, 6),
            D("US$1.67 billion", "1.67", "billion"),
            direction="up",
            base=cum(2016, 6),
        ),
    ],
    "2017-08-03",
    context="Beijing's record on the DPRK resolutions deserves a closer look.",
)
H(
    K,
    "thinktank",
    "For January through September 2020, the customs administration recorded total trade of USD 531.2 mn, down 72.8% year on year.",
    [
        L(T, cum(2020, 9), D("USD 531.2 mn", "531.2")),
        C(T, cum(2020, 9), cum(2019, 9), P("72.8%", "-72.8")),
    ],
    "2020-11-04",
)
H(
    K,
    "xinhua",
    "In the first seven months, China's exports to the DPRK stood at 914 million U.S. dollars, down 13.3 percent year on year, while imports from the DPRK rose 24 percent to 198 million U.S. dollars, the ministry spokesperson said.",
    [
        L(X, cum(2024, 7), D("914 million U.S. dollars", "914")),
        C(X, cum(2024, 7), cum(2023, 7), P("13.3 percent", "-13.3")),
        C(I, cum(2024, 7), cum(2023, 7), P("24 percent", "24")),
        L(I, cum(2024, 7), D("198 million U.S. dollars", "198"), direction="up", base=cum(2023, 7)),
    ],
    "2024-08-29",
    context="Asked about trade between China and the DPRK in 2024, the spokesperson cited customs figures.",
)
H(
    K,
    "thinktank",
    "Eleven-month figures for 2018 put bilateral trade at $2.2 billion, 52.9 percent lower than a year earlier, with imports from the North down 88.6 percent to $191.75 million.",
    [
        L(T, cum(2018, 11), D("$2.2 billion", "2.2", "billion")),
        C(T, cum(2018, 11), cum(2017, 11), P("52.9 percent", "-52.9")),
        C(I, cum(2018, 11), cum(2017, 11), P("88.6 percent", "-88.6")),
        L(I, cum(2018, 11), D("$191.75 million", "191.75"), direction="down", base=cum(2017, 11)),
    ],
    "2019-01-08",
    context="Chinese customs statistics offer the most complete view of the North's external trade.",
)
H(
    K,
    "thinktank",
    "Between January and May 2016 — before the effects of resolution 2270 had fully registered — total trade amounted to US$2,021.45 million (GACC), with Chinese exports at US$1.0 billion, 1.29 percent below the same five months of 2015.",
    [
        L(T, cum(2016, 5), D("US$2,021.45 million", "2021.45")),
        L(X, cum(2016, 5), D("US$1.0 billion", "1.0", "billion")),
        C(X, cum(2016, 5), cum(2015, 5), P("1.29 percent", "-1.29")),
    ],
    "2016-07-14",
    non=[NC("2270", "resolution number")],
)
H(
    K,
    "wire",
    "Chinese exports to North Korea fell 13.6 percent in the first half of 2013 to $1.59 billion while imports from the North grew 5.3 percent to $1.37 billion, a report by the South Korean unification ministry said.",
    [
        C(X, cum(2013, 6), cum(2012, 6), P("13.6 percent", "-13.6")),
        L(
            X,
            cum(2013, 6),
            D("$1.59 billion", "1.59", "billion"),
            direction="down",
            base=cum(2012, 6),
        ),
        C(I, cum(2013, 6), cum(2012, 6), P("5.3 percent", "5.3")),
        L(
            I,
            cum(2013, 6),
            D("$1.37 billion", "1.37", "billion"),
            direction="up",
            base=cum(2012, 6),
        ),
    ],
    "2013-07-25",
)
H(
    K,
    "thinktank",
    "Total trade in the first ten months of 2019 was US$2.24 billion, up 15.8% on the corresponding period of 2018 (Table 1, column 3).",
    [
        L(T, cum(2019, 10), D("US$2.24 billion", "2.24", "billion")),
        C(T, cum(2019, 10), cum(2018, 10), P("15.8%", "15.8")),
    ],
    "2019-12-10",
    non=[NC("Table 1, column 3", "table and column numbers")],
)
H(
    K,
    "xinhua",
    "For the eleven months to November, China's exports to the DPRK reached 1,782.1 million U.S. dollars, up 146.6 percent, and its imports 266.5 million U.S. dollars, up 132.7 percent, according to the customs bulletin.",
    [
        L(X, cum(2023, 11), D("1,782.1 million U.S. dollars", "1782.1")),
        C(X, cum(2023, 11), cum(2022, 11), P("146.6 percent", "146.6")),
        L(I, cum(2023, 11), D("266.5 million U.S. dollars", "266.5")),
        C(I, cum(2023, 11), cum(2022, 11), P("132.7 percent", "132.7")),
    ],
    "2023-12-21",
)
H(
    K,
    "thinktank",
    "By the end of September 2023, Chinese exports had reached an estimated US$1.4 billion, up 155.2% on the year.",
    [
        L(X, cum(2023, 9), D("US$1.4 billion", "1.4", "billion"), hedge="an estimated"),
        C(X, cum(2023, 9), cum(2022, 9), P("155.2%", "155.2")),
    ],
    "2023-11-15",
    note=WRONG + "January–September 2023 exports rose 179.8%; 155.2% is the January–October change",
)
H(
    K,
    "wire",
    "In the first seven months of 2014, Chinese exports to North Korea edged up 1.8 percent to US$1.95 billion and imports declined 4.3 percent to US$1.57 billion, customs data cited in a parliamentary research note showed.",
    [
        C(X, cum(2014, 7), cum(2013, 7), P("1.8 percent", "1.8")),
        L(
            X,
            cum(2014, 7),
            D("US$1.95 billion", "1.95", "billion"),
            direction="up",
            base=cum(2013, 7),
        ),
        C(I, cum(2014, 7), cum(2013, 7), P("4.3 percent", "-4.3")),
        L(
            I,
            cum(2014, 7),
            D("US$1.57 billion", "1.57", "billion"),
            direction="down",
            base=cum(2013, 7),
        ),
    ],
    "2014-09-02",
)
H(
    K,
    "thinktank",
    "In the first half of 2021 two-way trade was a mere $65.72 million, 84 percent below the same half of 2020, when the border had already been sealed for months.",
    [
        L(T, cum(2021, 6), D("$65.72 million", "65.72"), hedge="a mere"),
        C(T, cum(2021, 6), cum(2020, 6), P("84 percent", "-84")),
    ],
    "2021-08-10",
)
H(
    K,
    "thinktank",
    "Total trade in the first half of 2020 came to $412 million, 76 per cent below the first half of 2019.",
    [
        L(T, cum(2020, 6), D("$412 million", "412")),
        C(T, cum(2020, 6), cum(2019, 6), P("76 per cent", "-76")),
    ],
    "2020-08-20",
    note=WRONG + "the January–June 2020 decline was 67%; the digits are swapped",
)
H(
    K,
    "xinhua",
    "From January to March, the import and export value between China and the DPRK reached 1.31 billion U.S. dollars, a drop of 7.2 percent year on year, with China's exports down 13.8 percent.",
    [
        L(T, cum(2013, 3), D("1.31 billion U.S. dollars", "1.31", "billion")),
        C(T, cum(2013, 3), cum(2012, 3), P("7.2 percent", "-7.2")),
        C(X, cum(2013, 3), cum(2012, 3), P("13.8 percent", "-13.8")),
    ],
    "2013-04-24",
)
H(
    K,
    "thinktank",
    "Chinese exports in January–April 2024 amounted to USD 537.8 million, or 8.5% less than in January–April 2023 (see Figure 2).",
    [
        L(X, cum(2024, 4), D("USD 537.8 million", "537.8")),
        C(X, cum(2024, 4), cum(2023, 4), P("8.5%", "-8.5")),
    ],
    "2024-06-03",
    non=[NC("Figure 2", "figure number")],
)

# == two_figures =====================================================================================
K = "two_figures"
H(
    K,
    "thinktank",
    "112. Chinese exports to the Democratic People's Republic of Korea fell from US$ 87.7 million in June 2020 to US$ 65.9 million in July.",
    [
        L(X, sp("2020-06"), D("US$ 87.7 million", "87.7")),
        L(X, sp("2020-07"), D("US$ 65.9 million", "65.9"), direction="down", base=sp("2020-06")),
    ],
    "2021-03-04",
    non=[NC("112.", "paragraph number of the report")],
)
H(
    K,
    "thinktank",
    "Annual imports from the DPRK recorded by China recovered from US$ 48.0 million in 2020 to US$ 57.9 million in 2021 and US$ 133.7 million in 2022 (table 4).",
    [
        L(I, yr(2020), D("US$ 48.0 million", "48.0")),
        L(I, yr(2021), D("US$ 57.9 million", "57.9"), direction="up", base=yr(2020)),
        L(I, yr(2022), D("US$ 133.7 million", "133.7"), direction="up", base=yr(2021)),
    ],
    "2023-03-07",
    non=[NC("table 4", "table number")],
)
H(
    K,
    "thinktank",
    "The rebound was steep: exports to the North rose from $894.0 million in 2022 to $2,035 million in 2023 (Kim and Lee 2024).",
    [
        L(X, yr(2022), D("$894.0 million", "894.0")),
        L(X, yr(2023), D("$2,035 million", "2035"), direction="up", base=yr(2022)),
    ],
    "2024-05-20",
    context="Chinese customs data on trade with North Korea show how quickly commerce resumed.",
    note=WRONG + "2023 exports were $2,003.5m; 2,035 swaps two digits",
    non=[NC("2024", "year of publication in the citation")],
)
H(
    K,
    "xinhua",
    "China's exports to and imports from the DPRK in 2021 were 260.2 million U.S. dollars and 57.9 million U.S. dollars, respectively.",
    [
        L(X, yr(2021), D("260.2 million U.S. dollars", "260.2")),
        L(I, yr(2021), D("57.9 million U.S. dollars", "57.9")),
    ],
    "2022-01-25",
)
H(
    K,
    "thinktank",
    "Between October and November 2022, total trade slipped from $153.9 million to $125.7 million, an 18% month-on-month decline that the authors attribute to renewed quarantine rules in Dandong.",
    [
        L(T, sp("2022-10"), D("$153.9 million", "153.9")),
        L(T, sp("2022-11"), D("$125.7 million", "125.7"), direction="down", base=sp("2022-10")),
        C(T, sp("2022-11"), sp("2022-10"), P("18%", "-18")),
    ],
    "2023-02-14",
)
H(
    K,
    "thinktank",
    "Total trade climbed from $158.5 million in March 2023 to $200.0 million in April, a pace the committee's 2019 report had not foreseen.",
    [
        L(T, sp("2023-03"), D("$158.5 million", "158.5")),
        L(T, sp("2023-04"), D("$200.0 million", "200.0"), direction="up", base=sp("2023-03")),
    ],
    "2023-06-08",
    non=[NC("2019", "year of an earlier report")],
)
H(
    K,
    "thinktank",
    "Exports rose from US$128.0 million in March 2024 to US$164.9 million in April, a gain of 28.9 percent (Figure 5, panel b).",
    [
        L(X, sp("2024-03"), D("US$128.0 million", "128.0")),
        L(X, sp("2024-04"), D("US$164.9 million", "164.9"), direction="up", base=sp("2024-03")),
        C(X, sp("2024-04"), sp("2024-03"), P("28.9 percent", "28.9")),
    ],
    "2024-07-01",
    non=[NC("Figure 5", "figure number")],
)
H(
    K,
    "thinktank",
    "Imports from North Korea jumped from $156.3 million in July 2017 to $288.3 million in August, an 84.4 percent rise, as traders rushed shipments across the river before resolution 2371 took effect.",
    [
        L(I, sp("2017-07"), D("$156.3 million", "156.3")),
        L(I, sp("2017-08"), D("$288.3 million", "288.3"), direction="up", base=sp("2017-07")),
        C(I, sp("2017-08"), sp("2017-07"), P("84.4 percent", "84.4")),
    ],
    "2017-10-02",
    non=[NC("2371", "resolution number")],
)
H(
    K,
    "broadcast",
    "Chinese exports, Madam Chair, went from one hundred sixty-one point eight million dollars in April 2018 to two hundred twenty-seven point two million in May.",
    [
        L(X, sp("2018-04"), D("one hundred sixty-one point eight million dollars", "161.8")),
        L(
            X,
            sp("2018-05"),
            D("two hundred twenty-seven point two million", "227.2"),
            direction="up",
            base=sp("2018-04"),
        ),
    ],
    "2018-07-17",
    note=WRONG + "May 2018 exports were $217.2m; 227.2 changes one digit",
)
H(
    K,
    "thinktank",
    "Chinese exports went from USD 90.1 million in September 2022 to USD 132.4 million in October, even as the Panel recorded no formal easing of border controls.",
    [
        L(X, sp("2022-09"), D("USD 90.1 million", "90.1")),
        L(X, sp("2022-10"), D("USD 132.4 million", "132.4"), direction="up", base=sp("2022-09")),
    ],
    "2022-12-06",
)
H(
    K,
    "thinktank",
    "Two-way trade fell from US$214.5 million in March 2019 to US$18.6 million in March 2020, a decline of 91.3 per cent.",
    [
        L(T, sp("2019-03"), D("US$214.5 million", "214.5")),
        L(T, sp("2020-03"), D("US$18.6 million", "18.6"), direction="down", base=sp("2019-03")),
        C(T, sp("2020-03"), sp("2019-03"), P("91.3 per cent", "-91.3")),
    ],
    "2020-05-11",
)
H(
    K,
    "thinktank",
    "Total trade reached $6.55 billion in 2013 before easing to $6.36 billion in 2014, the year after Jang Song-thaek's execution.",
    [
        L(T, yr(2013), D("$6.55 billion", "6.55", "billion")),
        L(T, yr(2014), D("$6.36 billion", "6.36", "billion"), direction="down", base=yr(2013)),
    ],
    "2015-04-20",
)
H(
    K,
    "thinktank",
    "Chinese exports declined from US$2.94 billion in 2015 to US$2.84 billion in 2016, while imports slipped from US$2.57 billion to US$2.54 billion over the same two years.",
    [
        L(X, yr(2015), D("US$2.94 billion", "2.94", "billion")),
        L(X, yr(2016), D("US$2.84 billion", "2.84", "billion"), direction="down", base=yr(2015)),
        L(I, yr(2015), D("US$2.57 billion", "2.57", "billion")),
        L(I, yr(2016), D("US$2.54 billion", "2.54", "billion"), direction="down", base=yr(2015)),
    ],
    "2017-03-09",
    context="China's customs record of its trade with North Korea barely moved in the year of two nuclear tests.",
)
H(
    K,
    "thinktank",
    "Imports from the North rose from $291.9 million in 2023 to $350 million in 2024 (+19.1%), while exports moved the other way.",
    [
        L(I, yr(2023), D("$291.9 million", "291.9")),
        L(I, yr(2024), D("$350 million", "350"), direction="up", base=yr(2023)),
        C(I, yr(2024), yr(2023), P("19.1%", "19.1")),
    ],
    "2025-03-18",
    context="Beijing's customs data for its commerce with Pyongyang show a divergence in 2024.",
)
H(
    K,
    "wire",
    "Total trade was $2.30 billion in 2023 and $2.28 billion in 2024, the researchers wrote, concluding that the recovery had stalled.",
    [
        L(T, yr(2023), D("$2.30 billion", "2.30", "billion")),
        L(T, yr(2024), D("$2.28 billion", "2.28", "billion")),
    ],
    "2025-04-02",
    context="A working paper on China–North Korea trade circulated this week.",
    note=WRONG + "2024 total trade was $2,180.39m ($2.18bn), not $2.28bn",
)
H(
    K,
    "thinktank",
    "Chinese exports rose from US$22.5 million in August 2021 to US$55.6 million in September, up 147 per cent, as freight trains resumed.",
    [
        L(X, sp("2021-08"), D("US$22.5 million", "22.5")),
        L(X, sp("2021-09"), D("US$55.6 million", "55.6"), direction="up", base=sp("2021-08")),
        C(X, sp("2021-09"), sp("2021-08"), P("147 per cent", "147")),
    ],
    "2021-11-03",
)

# == relative_dates ==================================================================================
K = "relative_dates"
H(
    K,
    "broadcast",
    "Last year, China's exports to North Korea reached just over two billion dollars, more than double the level of the year before.",
    [
        L(X, yr(2023), D("two billion dollars", "2", "billion"), hedge="just over"),
        verbal(X, yr(2023), yr(2022), word("double", "2"), hedge="more than"),
    ],
    "2024-03-12",
    context="Thank you, Chairman. Let me begin with the trade data.",
)
H(
    K,
    "xinhua",
    "Trade between China and the DPRK last year amounted to 1.03 billion U.S. dollars, an increase of 233 percent, according to figures released by the General Administration of Customs.",
    [
        L(T, yr(2022), D("1.03 billion U.S. dollars", "1.03", "billion")),
        C(T, yr(2022), yr(2021), P("233 percent", "233")),
    ],
    "2023-01-20",
)
H(
    K,
    "thinktank",
    "Last year, China's imports from North Korea totalled $48 million, down 77.7% from the year before.",
    [
        L(I, yr(2020), D("$48 million", "48")),
        C(I, yr(2020), yr(2019), P("77.7%", "-77.7")),
    ],
    "2021-01-29",
)
H(
    K,
    "xinhua",
    "In October, trade between the two countries fell 11.1 percent from the previous month to 192.4 million U.S. dollars, the statistics bulletin showed.",
    [
        C(T, sp("2023-10"), sp("2023-09"), P("11.1 percent", "-11.1")),
        L(
            T,
            sp("2023-10"),
            D("192.4 million U.S. dollars", "192.4"),
            direction="down",
            base=sp("2023-09"),
        ),
    ],
    "2023-11-21",
    context="China's trade with the DPRK, customs data.",
)
H(
    K,
    "wire",
    "Chinese imports from the North last month dropped 45 percent from October to $11.8 million, according to customs data reviewed for the committee's report.",
    [
        C(I, sp("2022-11"), sp("2022-10"), P("45 percent", "-45")),
        L(I, sp("2022-11"), D("$11.8 million", "11.8"), direction="down", base=sp("2022-10")),
    ],
    "2022-12-21",
)
H(
    K,
    "wire",
    "Last month, Chinese exports to the North were valued at $18.9 million, a 70.7 percent decrease on July, the ministry's note said.",
    [
        L(X, sp("2020-08"), D("$18.9 million", "18.9")),
        C(X, sp("2020-08"), sp("2020-07"), P("70.7 percent", "-70.7")),
    ],
    "2020-09-25",
    note=WRONG
    + "'last month' is August 2020, when exports were $19.3m; $18.9m is September's figure",
)
H(
    K,
    "yonhap",
    "China's total trade with North Korea last year came to US$2.295 billion, more than double the 2022 figure, according to Chinese customs data released the previous week.",
    [
        L(T, yr(2023), D("US$2.295 billion", "2.295", "billion")),
        verbal(T, yr(2023), yr(2022), word("double", "2"), hedge="more than"),
    ],
    "2024-01-23",
)
H(
    K,
    "wire",
    "Imports from North Korea in June fell 92 percent from a year earlier to about $13 million, months after the U.N. adopted resolution 2397 in December.",
    [
        C(I, sp("2018-06"), sp("2017-06"), P("92 percent", "-92")),
        L(
            I,
            sp("2018-06"),
            D("$13 million", "13"),
            direction="down",
            base=sp("2017-06"),
            hedge="about",
        ),
    ],
    "2018-07-20",
    non=[NC("2397", "resolution number")],
)
H(
    K,
    "xinhua",
    "Last year's total of 2.18 billion U.S. dollars was five percent lower than in 2023, the spokesperson added.",
    [
        L(T, yr(2024), D("2.18 billion U.S. dollars", "2.18", "billion")),
        C(T, yr(2024), yr(2023), P("five percent", "-5")),
    ],
    "2025-01-24",
    context="Asked about China–DPRK trade, the foreign ministry spokesperson referred to customs figures.",
)
H(
    K,
    "wire",
    "China's imports from North Korea last month plunged 62 percent from a year earlier to about $100 million, the month before resolution 2397 was adopted.",
    [
        C(I, sp("2017-11"), sp("2016-11"), P("62 percent", "-62")),
        L(
            I,
            sp("2017-11"),
            D("$100 million", "100"),
            direction="down",
            base=sp("2016-11"),
            hedge="about",
        ),
    ],
    "2017-12-27",
    non=[NC("2397", "resolution number")],
)
H(
    K,
    "thinktank",
    "In February, China sold $58.9 million worth of goods to the North, according to the monthly customs release.",
    [L(X, sp("2022-02"), D("$58.9 million", "58.9"))],
    "2022-03-25",
)
H(
    K,
    "yonhap",
    "China's exports to North Korea last year dropped 47 percent to US$260 million, while its imports rose 20.7 percent, the data showed.",
    [
        C(X, yr(2021), yr(2020), P("47 percent", "-47")),
        L(X, yr(2021), D("US$260 million", "260"), direction="down", base=yr(2020)),
        C(I, yr(2021), yr(2020), P("20.7 percent", "20.7")),
    ],
    "2022-01-20",
)
H(
    K,
    "thinktank",
    "Chinese exports to North Korea rose 6.6 per cent from May to US$154.7 million in June, the brief notes.",
    [
        C(X, sp("2023-06"), sp("2023-05"), P("6.6 per cent", "6.6")),
        L(X, sp("2023-06"), D("US$154.7 million", "154.7"), direction="up", base=sp("2023-05")),
    ],
    "2023-07-24",
    note=WRONG + "June 2023 exports fell 6.6% from May; 'rose' gives the wrong direction",
)
H(
    K,
    "wire",
    "Trade last month was worth around $420 million, 3.5 per cent less than in April, the parliamentary research service said.",
    [
        L(T, sp("2016-05"), D("$420 million", "420"), hedge="around"),
        C(T, sp("2016-05"), sp("2016-04"), P("3.5 per cent", "-3.5")),
    ],
    "2016-06-22",
)
H(
    K,
    "thinktank",
    "Last month's total of $275.4 million was 19.3 percent higher than a year earlier.",
    [
        L(T, sp("2019-05"), D("$275.4 million", "275.4")),
        C(T, sp("2019-05"), sp("2018-05"), P("19.3 percent", "19.3")),
    ],
    "2019-06-24",
)
H(
    K,
    "broadcast",
    "Chinese imports from the North more than doubled last month, jumping 129 per cent to 14.3 million dollars.",
    [
        verbal(I, sp("2021-09"), sp("2021-08"), word("doubled", "2"), hedge="more than"),
        C(I, sp("2021-09"), sp("2021-08"), P("129 per cent", "129")),
        L(I, sp("2021-09"), D("14.3 million dollars", "14.3"), direction="up", base=sp("2021-08")),
    ],
    "2021-10-21",
    context="Now to trade between China and North Korea.",
)

# == perspective =====================================================================================
K = "perspective"
H(
    K,
    "thinktank",
    "According to China's customs data, the Democratic People's Republic of Korea's recorded imports from China amounted to US$ 260.2 million in 2021 (see annex 12).",
    [L(X, yr(2021), D("US$ 260.2 million", "260.2"))],
    "2022-03-01",
    non=[NC("annex 12", "annex number")],
)
H(
    K,
    "thinktank",
    "The DPRK's exports to China, as reported by Chinese customs, totalled US$ 57.9 million in 2021, a fraction of the levels recorded before resolution 2371.",
    [L(I, yr(2021), D("US$ 57.9 million", "57.9"))],
    "2022-03-01",
    non=[NC("2371", "resolution number")],
)
H(
    K,
    "thinktank",
    "North Korea's imports from China in 2022 were officially recorded at $133.7 million.",
    [L(X, yr(2022), D("$133.7 million", "133.7"))],
    "2023-02-27",
    note=WRONG
    + "North Korea's imports from China are China's exports ($894.0m in 2022); $133.7m is the other flow",
)
H(
    K,
    "thinktank",
    "Measured from the North Korean side, exports to its neighbour reached US$291.9 million in 2023 (GACC 2024).",
    [L(I, yr(2023), D("US$291.9 million", "291.9"))],
    "2024-04-15",
    context="China is the DPRK's dominant trading partner.",
    non=[NC("2024", "year of publication in the citation")],
)
H(
    K,
    "wire",
    "The indictment notes that the DPRK's imports from the PRC in 2016 totalled approximately $2.84 billion, citing official Chinese statistics.",
    [L(X, yr(2016), D("$2.84 billion", "2.84", "billion"), hedge="approximately")],
    "2017-09-27",
)
H(
    K,
    "yonhap",
    "SEOUL, Aug. 26 (Yonhap) -- North Korea's exports to China rose 24 percent on-year to US$198 million in the first seven months of this year, according to a report by a state-run think tank.",
    [
        C(I, cum(2024, 7), cum(2023, 7), P("24 percent", "24")),
        L(I, cum(2024, 7), D("US$198 million", "198"), direction="up", base=cum(2023, 7)),
    ],
    "2024-08-26",
)
H(
    K,
    "yonhap",
    "North Korea's imports from China fell 8.5 percent last year to $1.83 billion, the ministry said in a report to the National Assembly.",
    [
        C(X, yr(2024), yr(2023), P("8.5 percent", "-8.5")),
        L(X, yr(2024), D("$1.83 billion", "1.83", "billion"), direction="down", base=yr(2023)),
    ],
    "2025-02-11",
)
H(
    K,
    "yonhap",
    "North Korea's exports to China in 2023 jumped 140 percent from a year earlier, the report said.",
    [C(I, yr(2023), yr(2022), P("140 percent", "140"))],
    "2024-02-06",
    note=WRONG
    + "North Korea's exports to China are China's imports (+118% in 2023); +140% is China's exports",
)
H(
    K,
    "thinktank",
    "The DPRK's dependence on Chinese supplies is visible in the customs record: its purchases from China reached US$3,245 million in 2017 against sales of US$1,731 million.",
    [
        L(X, yr(2017), D("US$3,245 million", "3245")),
        L(I, yr(2017), D("US$1,731 million", "1731")),
    ],
    "2018-04-10",
)
H(
    K,
    "thinktank",
    "Its shipments across the border in May 2016 amounted to $239.3 million, down 5.9 percent on the year.",
    [
        L(X, sp("2016-05"), D("$239.3 million", "239.3")),
        C(X, sp("2016-05"), sp("2015-05"), P("5.9 percent", "-5.9")),
    ],
    "2016-07-05",
    context="China's customs service reports the flows from its own side of the Yalu.",
)
H(
    K,
    "thinktank",
    "Pyongyang sold goods worth US$17.9 million to China in January 2022, while buying US$57.45 million of Chinese goods.",
    [
        L(I, sp("2022-01"), D("US$17.9 million", "17.9")),
        L(X, sp("2022-01"), D("US$57.45 million", "57.45")),
    ],
    "2022-04-12",
)
H(
    K,
    "thinktank",
    "North Korea's exports to China in August 2017 were US$316.0 million, according to the Panel's reconstruction of the customs tables (annex 7).",
    [L(I, sp("2017-08"), D("US$316.0 million", "316.0"))],
    "2018-03-05",
    note=WRONG
    + "North Korea's exports are China's imports ($288.3m in August 2017); $316.0m is China's exports",
    non=[NC("annex 7", "annex number")],
)
H(
    K,
    "thinktank",
    "For the DPRK, the import bill from China came to USD 2.0 bn in 2023, while its exports in the other direction earned USD 0.29 bn.",
    [
        L(X, yr(2023), D("USD 2.0 bn", "2.0", "billion")),
        L(I, yr(2023), D("USD 0.29 bn", "0.29", "billion")),
    ],
    "2024-06-19",
)
H(
    K,
    "thinktank",
    "What China bought from North Korea in the first two months of 2024 — US$62.2 million — was more than double what it had bought a year earlier.",
    [
        L(I, cum(2024, 2), D("US$62.2 million", "62.2")),
        verbal(I, cum(2024, 2), cum(2023, 2), word("double", "2"), hedge="more than"),
    ],
    "2024-04-09",
)

# == broadcast_numbers ===============================================================================
K = "broadcast_numbers"
H(
    K,
    "broadcast",
    "Senator, in twenty-twenty-two China's exports to North Korea were about eight hundred ninety-four million dollars.",
    [L(X, yr(2022), D("eight hundred ninety-four million dollars", "894"), hedge="about")],
    "2023-04-18",
)
H(
    K,
    "broadcast",
    "Trade in twenty-twenty-three was two-point-three billion dollars, Congressman, more than double the year before.",
    [
        L(T, yr(2023), D("two-point-three billion dollars", "2.3", "billion")),
        verbal(T, yr(2023), yr(2022), word("double", "2"), hedge="more than"),
    ],
    "2024-03-12",
    context="The witness was asked how far China–North Korea trade had recovered.",
)
H(
    K,
    "broadcast",
    "China's imports from the North were roughly three hundred fifty million dollars last year, up nineteen-point-one percent.",
    [
        L(I, yr(2024), D("three hundred fifty million dollars", "350"), hedge="roughly"),
        C(I, yr(2024), yr(2023), P("nineteen-point-one percent", "19.1")),
    ],
    "2025-02-25",
)
H(
    K,
    "broadcast",
    "In twenty-twenty, Chinese exports to the North collapsed to about four hundred and ten million dollars.",
    [
        L(
            X,
            yr(2020),
            D("four hundred and ten million dollars", "410"),
            direction="down",
            base=yr(2019),
            hedge="about",
        )
    ],
    "2021-02-23",
    context="Members, let me turn to the pandemic year in China's trade with North Korea.",
    note=WRONG + "2020 exports were $491.1m; 'four hundred and ten' misreads 491",
)
H(
    K,
    "broadcast",
    "In March twenty-twenty, China bought a mere point-six million dollars' worth of goods from North Korea.",
    [L(I, sp("2020-03"), D("point-six million dollars", "0.6"), hedge="a mere")],
    "2020-06-16",
)
H(
    K,
    "broadcast",
    "The bilateral total for twenty-twenty-two was one-point-zero-three billion dollars, the witness said.",
    [L(T, yr(2022), D("one-point-zero-three billion dollars", "1.03", "billion"))],
    "2023-03-28",
    context="Testimony turned to China's trade with the DPRK.",
)
H(
    K,
    "broadcast",
    "Chinese exports last year came to two billion, three-point-five million dollars.",
    [L(X, yr(2023), D("two billion, three-point-five million dollars", "2003.5"))],
    "2024-02-27",
    context="China's customs figures on its trade with North Korea were cited at the hearing.",
)
H(
    K,
    "broadcast",
    "One hundred thirty-three point seven million dollars: that is what China imported from North Korea in twenty-twenty-two.",
    [L(I, yr(2022), D("One hundred thirty-three point seven million dollars", "133.7"))],
    "2023-05-09",
)
H(
    K,
    "broadcast",
    "Exports from China to the North dropped to nineteen-point-three million dollars in August twenty-twenty, down seventy-point-seven percent from July.",
    [
        L(
            X,
            sp("2020-08"),
            D("nineteen-point-three million dollars", "19.3"),
            direction="down",
            base=sp("2020-07"),
        ),
        C(X, sp("2020-08"), sp("2020-07"), P("seventy-point-seven percent", "-70.7")),
    ],
    "2020-09-29",
)
H(
    K,
    "broadcast",
    "In twenty-seventeen the two-way total was four-point-nine-eight billion dollars.",
    [L(T, yr(2017), D("four-point-nine-eight billion dollars", "4.98", "billion"))],
    "2018-02-06",
    context="The hearing reviewed China's trade with North Korea before the sectoral bans.",
)
H(
    K,
    "broadcast",
    "North Korea's imports from China fell by eighty-point-nine percent in twenty-twenty, to four-ninety-one million dollars.",
    [
        C(X, yr(2020), yr(2019), P("eighty-point-nine percent", "-80.9")),
        L(
            X,
            yr(2020),
            D("four-ninety-one million dollars", "491"),
            direction="down",
            base=yr(2019),
        ),
    ],
    "2021-03-02",
)
H(
    K,
    "broadcast",
    "China's exports to the North in the first half of twenty-twenty-three were nine-twenty-point-seven million dollars, up two hundred and four percent.",
    [
        L(X, cum(2023, 6), D("nine-twenty-point-seven million dollars", "920.7")),
        C(X, cum(2023, 6), cum(2022, 6), P("two hundred and four percent", "204")),
    ],
    "2023-07-27",
)
H(
    K,
    "broadcast",
    "Imports from the North in twenty-twenty-one were fifty-eight-point-seven million dollars, I believe.",
    [L(I, yr(2021), D("fifty-eight-point-seven million dollars", "58.7"))],
    "2022-04-05",
    context="Asked about China's purchases from North Korea, the official answered from memory.",
    note=WRONG + "2021 imports were $57.9m; 58.7 transposes the digits",
)
H(
    K,
    "broadcast",
    "Chinese exports in twenty-twenty-four: one-point-eight-three billion dollars, down eight-and-a-half percent.",
    [
        L(X, yr(2024), D("one-point-eight-three billion dollars", "1.83", "billion")),
        C(X, yr(2024), yr(2023), P("eight-and-a-half percent", "-8.5")),
    ],
    "2025-03-04",
    context="Here are the China–North Korea numbers the committee asked for.",
)

# == level_direction =================================================================================
K = "level_direction"
H(
    K,
    "thinktank",
    "Chinese exports contracted to USD 14.5 million in May 2022 from USD 98.1 million in April, as Dandong went into lockdown.",
    [
        L(X, sp("2022-05"), D("USD 14.5 million", "14.5"), direction="down", base=sp("2022-04")),
        L(X, sp("2022-04"), D("USD 98.1 million", "98.1")),
    ],
    "2022-07-11",
)
H(
    K,
    "thinktank",
    "Total trade rebounded to US$104.3 million in September 2022, the Panel notes in paragraph 146.",
    [L(T, sp("2022-09"), D("US$104.3 million", "104.3"), direction="up", base=sp("2022-08"))],
    "2023-03-07",
    context="The Panel tracked monthly China–DPRK trade through the second half of 2022.",
    non=[NC("paragraph 146", "paragraph number")],
)
H(
    K,
    "thinktank",
    "Imports from North Korea dipped to $23.9 million in May 2023, down 30 percent on April.",
    [
        L(I, sp("2023-05"), D("$23.9 million", "23.9"), direction="down", base=sp("2023-04")),
        C(I, sp("2023-05"), sp("2023-04"), P("30 percent", "-30")),
    ],
    "2023-07-04",
)
H(
    K,
    "thinktank",
    "Chinese exports edged down to $162.9 million in August 2023, according to the data appendix.",
    [L(X, sp("2023-08"), D("$162.9 million", "162.9"), direction="down", base=sp("2023-07"))],
    "2023-10-09",
    note=WRONG
    + "August 2023 exports rose 4.1% from July ($156.6m); 'edged down' is the wrong direction",
)
H(
    K,
    "thinktank",
    "Chinese exports climbed to US$ 227.45 million in October 2018, a level the sanctions committee described as consistent with the caps.",
    [L(X, sp("2018-10"), D("US$ 227.45 million", "227.45"), direction="up", base=sp("2018-09"))],
    "2019-01-15",
)
H(
    K,
    "thinktank",
    "Exports advanced to $258.3 million in May 2019 from $218.7 million a month earlier.",
    [
        L(X, sp("2019-05"), D("$258.3 million", "258.3"), direction="up", base=sp("2019-04")),
        L(X, sp("2019-04"), D("$218.7 million", "218.7")),
    ],
    "2019-07-08",
)
H(
    K,
    "wire",
    "Total trade fell 20 percent in October 2017 to US$334.9 million, data in the committee report show.",
    [
        C(T, sp("2017-10"), sp("2017-09"), P("20 percent", "-20")),
        L(T, sp("2017-10"), D("US$334.9 million", "334.9"), direction="down", base=sp("2017-09")),
    ],
    "2017-12-14",
)
H(
    K,
    "thinktank",
    "Two-way trade jumped to $63.3 million in May 2020, up 163.7% on April, as the first trains crossed again.",
    [
        L(T, sp("2020-05"), D("$63.3 million", "63.3"), direction="up", base=sp("2020-04")),
        C(T, sp("2020-05"), sp("2020-04"), P("163.7%", "163.7")),
    ],
    "2020-07-06",
)
H(
    K,
    "thinktank",
    "Chinese exports recovered to $27.1 million in May 2021, the paper reports.",
    [L(X, sp("2021-05"), D("$27.1 million", "27.1"), direction="up", base=sp("2021-04"))],
    "2021-08-02",
    note=WRONG
    + "May 2021 exports were $2.71m, down from April's $28.8m; the decimal point moved and the direction is wrong",
)
H(
    K,
    "xinhua",
    "Total import and export value rose 22.5 percent month on month to 177.1 million U.S. dollars in August.",
    [
        C(T, sp("2024-08"), sp("2024-07"), P("22.5 percent", "22.5")),
        L(
            T,
            sp("2024-08"),
            D("177.1 million U.S. dollars", "177.1"),
            direction="up",
            base=sp("2024-07"),
        ),
    ],
    "2024-09-24",
    context="Trade between China and the DPRK picked up in the summer, customs statistics show.",
)
H(
    K,
    "thinktank",
    "Exports inched up to $156.6 million in July 2023, 1.2 percent above June.",
    [
        L(X, sp("2023-07"), D("$156.6 million", "156.6"), direction="up", base=sp("2023-06")),
        C(X, sp("2023-07"), sp("2023-06"), P("1.2 percent", "1.2")),
    ],
    "2023-09-05",
)
H(
    K,
    "thinktank",
    "Chinese exports stood at $28.8 million in April 2021, 82.4 percent below April 2020.",
    [
        L(X, sp("2021-04"), D("$28.8 million", "28.8")),
        C(X, sp("2021-04"), sp("2020-04"), P("82.4 percent", "-82.4")),
    ],
    "2021-06-07",
)
H(
    K,
    "thinktank",
    "Exports eased to US$150.4 million in May 2024, vis-à-vis US$164.9 million in April.",
    [
        L(X, sp("2024-05"), D("US$150.4 million", "150.4"), direction="down", base=sp("2024-04")),
        L(X, sp("2024-04"), D("US$164.9 million", "164.9")),
    ],
    "2024-07-15",
)
H(
    K,
    "thinktank",
    "Imports surged to $21.4 million in October 2022, 51 percent more than in September.",
    [
        L(I, sp("2022-10"), D("$21.4 million", "21.4"), direction="up", base=sp("2022-09")),
        C(I, sp("2022-10"), sp("2022-09"), P("51 percent", "51")),
    ],
    "2022-12-01",
)

# == shares ==========================================================================================
K = "shares"
H(
    K,
    "thinktank",
    "Ninety-one percent of the recorded trade in 2020 consisted of Chinese exports to the DPRK.",
    [S(X, T, yr(2020), word("Ninety-one percent", "91"))],
    "2021-05-17",
)
H(
    K,
    "thinktank",
    "Eighty-seven per cent of two-way trade in 2022 was accounted for by goods moving from China into North Korea.",
    [S(X, T, yr(2022), word("Eighty-seven per cent", "87"))],
    "2023-06-20",
)
H(
    K,
    "thinktank",
    "Imports from North Korea made up 12.72% of the bilateral total in 2023, compared to 13.01% in 2022.",
    [
        S(I, T, yr(2023), P("12.72%", "12.72")),
        S(I, T, yr(2022), P("13.01%", "13.01")),
    ],
    "2024-03-25",
)
H(
    K,
    "thinktank",
    "Chinese exports accounted for 86.3 per cent of the total in 2024, the appendix says.",
    [S(X, T, yr(2024), P("86.3 per cent", "86.3"))],
    "2025-02-18",
    note=WRONG + "exports were 83.9% of 2024 total trade ($1,830m of $2,180.39m)",
)
H(
    K,
    "thinktank",
    "About a fifth of the 2021 total was Chinese purchases from North Korea, relative to less than a tenth in 2020.",
    [
        frac(I, T, yr(2021), P("a fifth", "20"), hedge="about"),
        frac(I, T, yr(2020), P("a tenth", "10"), hedge="less than"),
    ],
    "2022-02-28",
)
H(
    K,
    "thinktank",
    "Roughly a third of 2017's bilateral trade consisted of Chinese imports from the North, before the coal and textile bans bit.",
    [frac(I, T, yr(2017), P("a third", "33.33"), hedge="roughly")],
    "2018-05-02",
)
H(
    K,
    "thinktank",
    "In 2013, imports from North Korea made up nearly 45 percent of China–DPRK trade, before the sectoral bans.",
    [S(I, T, yr(2013), P("45 percent", "45"), hedge="nearly")],
    "2019-09-09",
)
H(
    K,
    "thinktank",
    "More than 98 percent of the trade recorded in January 2021 was Chinese imports from North Korea.",
    [S(I, T, sp("2021-01"), P("98 percent", "98"), hedge="more than")],
    "2021-03-22",
)
H(
    K,
    "thinktank",
    "Imports were under 13 per cent of two-way trade in the first half of 2023 and 18.1 per cent in the first half of 2024.",
    [
        S(I, T, cum(2023, 6), P("13 per cent", "13"), hedge="under"),
        S(I, T, cum(2024, 6), P("18.1 per cent", "18.1")),
    ],
    "2024-08-05",
)
H(
    K,
    "thinktank",
    "Chinese exports made up three-quarters of bilateral trade in 2016.",
    [frac(X, T, yr(2016), P("three-quarters", "75"))],
    "2017-04-03",
    note=WRONG + "exports were 52.8% of 2016 trade ($2,841.2m of $5,378.5m), not three-quarters",
)
H(
    K,
    "thinktank",
    "Chinese exports accounted for 65.2 percent of bilateral trade in 2017 and 81.8 percent in 2021.",
    [
        S(X, T, yr(2017), P("65.2 percent", "65.2")),
        S(X, T, yr(2021), P("81.8 percent", "81.8")),
    ],
    "2022-05-30",
)
H(
    K,
    "headline",
    "Table 6. Share of imports from the DPRK in China–DPRK trade, 2014: 45.1%",
    [S(I, T, yr(2014), P("45.1%", "45.1"))],
    "2015-06-01",
    non=[NC("Table 6", "table number")],
)

# == balance =========================================================================================
K = "balance"
H(
    K,
    "thinktank",
    "On the basis of China's customs data, the DPRK ran a deficit of US$ 1.71 billion with China in 2023 (annex 15).",
    [B(yr(2023), D("US$ 1.71 billion", "1.71", "billion"))],
    "2024-03-07",
    non=[NC("annex 15", "annex number")],
)
H(
    K,
    "thinktank",
    "China's surplus with the North was $760.4 million in 2022, compared with $202.3 million in 2021.",
    [
        B(yr(2022), D("$760.4 million", "760.4")),
        B(yr(2021), D("$202.3 million", "202.3")),
    ],
    "2023-04-11",
)
H(
    K,
    "xinhua",
    "China's trade surplus with the DPRK last year was 1.48 billion U.S. dollars.",
    [B(yr(2024), D("1.48 billion U.S. dollars", "1.48", "billion"))],
    "2025-02-05",
)
H(
    K,
    "thinktank",
    "Tilted heavily in Beijing's favour, the 2020 ledger closed with a gap of $453.1 million, by this paper's arithmetic.",
    [B(yr(2020), D("$453.1 million", "453.1"))],
    "2021-04-19",
    context="China exports far more to North Korea than it buys.",
    note=WRONG + "the 2020 surplus was $443.1m ($491.1m − $48.0m); 453.1 changes a digit",
)
H(
    K,
    "thinktank",
    "North Korea's deficit with China narrowed by 13.5 per cent to US$1.48 billion in 2024.",
    [
        C(BAL, yr(2024), yr(2023), P("13.5 per cent", "-13.5")),
        B(yr(2024), D("US$1.48 billion", "1.48", "billion"), direction="down", base=yr(2023)),
    ],
    "2025-03-10",
)
H(
    K,
    "thinktank",
    "In 2017, China ran a surplus of US$1,514 million with the DPRK, relative to US$303.9 million in 2016.",
    [
        B(yr(2017), D("US$1,514 million", "1514")),
        B(yr(2016), D("US$303.9 million", "303.9")),
    ],
    "2018-06-25",
)
H(
    K,
    "thinktank",
    "Beijing's surplus in 2013 stood at $702.6 million, and in 2014 at $651.7 million.",
    [
        B(yr(2013), D("$702.6 million", "702.6")),
        B(yr(2014), D("$651.7 million", "651.7")),
    ],
    "2015-05-14",
    context="China's trade with North Korea has long run in one direction.",
)
H(
    K,
    "thinktank",
    "In January 2021 China even recorded a shortfall of US$1.5 million in its trade with the North, since almost nothing was shipped across the border.",
    [B(sp("2021-01"), D("US$1.5 million", "-1.5"), gap="deficit")],
    "2021-03-15",
)
H(
    K,
    "thinktank",
    "Table 4 indicates that Pyongyang's shortfall vis-à-vis Beijing widened to $1.48 billion over calendar 2024.",
    [B(yr(2024), D("$1.48 billion", "1.48", "billion"), direction="up", base=yr(2023))],
    "2025-04-22",
    note=WRONG
    + "the deficit narrowed in 2024 (from $1,711.6m to $1,480m); 'widened' is the wrong direction",
    non=[NC("Table 4", "table number")],
)
H(
    K,
    "thinktank",
    "Over January–June 2023 the excess of Chinese sales over purchases in DPRK trade amounted to $785.7 million.",
    [B(cum(2023, 6), D("$785.7 million", "785.7"))],
    "2023-08-28",
)
H(
    K,
    "thinktank",
    "In October 2022 alone the surplus reached $111.0 million, more than six times the figure for June.",
    [
        B(sp("2022-10"), D("$111.0 million", "111.0")),
        R(
            BAL,
            sp("2022-10"),
            sp("2022-06"),
            word("six times", "6"),
            unit="times",
            hedge="more than",
        ),
    ],
    "2022-12-15",
    context="China's trade with North Korea swung sharply over 2022.",
)
H(
    K,
    "thinktank",
    "Beijing ran a surplus of approximately USD 202 million with Pyongyang in 2021.",
    [B(yr(2021), D("USD 202 million", "202"), hedge="approximately")],
    "2022-06-13",
)
H(
    K,
    "thinktank",
    "The DPRK's deficit vis-à-vis China came to 2.3 billion USD in the first eleven months of 2018.",
    [B(cum(2018, 11), D("2.3 billion USD", "2.3", "billion"))],
    "2019-02-11",
    note=WRONG
    + "the January–November 2018 surplus was $1,818.3m ($2,010m − $191.75m); 2.3 billion is about total trade",
)

# == superlatives_streaks ============================================================================
K = "superlatives_streaks"
H(
    K,
    "thinktank",
    "Chinese exports of US$55.6 million in September 2021 were the highest since July 2020, a sign that the border was reopening to official freight.",
    [
        L(X, sp("2021-09"), D("US$55.6 million", "55.6")),
        SU(X, "2021-09", "2020-07", "high", "the highest since July 2020"),
    ],
    "2021-10-28",
)
H(
    K,
    "thinktank",
    "Exports fell for a fifth straight month in November 2020, to a mere $148,000, as Pyongyang shut its frontier.",
    [
        ST(X, "2020-07", "2020-11", "down", "for a fifth straight month"),
        L(
            X,
            sp("2020-11"),
            D("$148,000", "148000", "one"),
            direction="down",
            base=sp("2020-10"),
            hedge="a mere",
        ),
    ],
    "2020-12-21",
)
H(
    K,
    "thinktank",
    "By November 2020, exports had fallen for the sixth month in a row.",
    [ST(X, "2020-06", "2020-11", "down", "for the sixth month in a row")],
    "2021-01-11",
    note=WRONG
    + "exports rose in June 2020; November 2020 closed a run of five monthly falls, not six",
)
H(
    K,
    "thinktank",
    "Chinese exports rose for the fifth consecutive month in October 2022, to US$132.4 million.",
    [
        ST(X, "2022-06", "2022-10", "up", "for the fifth consecutive month"),
        L(X, sp("2022-10"), D("US$132.4 million", "132.4"), direction="up", base=sp("2022-09")),
    ],
    "2022-11-29",
)
H(
    K,
    "thinktank",
    "Total trade of $184.2 million in June 2023 was the lowest since March.",
    [
        L(T, sp("2023-06"), D("$184.2 million", "184.2")),
        SU(T, "2023-06", "2023-03", "low", "the lowest since March"),
    ],
    "2023-08-01",
)
H(
    K,
    "thinktank",
    "October's total of $192.4 million was the lowest since July, the brief observes.",
    [
        L(T, sp("2023-10"), D("$192.4 million", "192.4")),
        SU(T, "2023-10", "2023-07", "low", "the lowest since July"),
    ],
    "2023-12-04",
    context="China–DPRK trade softened in the autumn of 2023.",
    note=WRONG
    + "August 2023 ($191.1m) was lower than October ($192.4m), so October was not the lowest since July",
)
H(
    K,
    "thinktank",
    "Two-way trade rose for a third straight month in October 2024, to US$218.8 million.",
    [
        ST(T, "2024-08", "2024-10", "up", "for a third straight month"),
        L(T, sp("2024-10"), D("US$218.8 million", "218.8"), direction="up", base=sp("2024-09")),
    ],
    "2024-11-26",
)
H(
    K,
    "thinktank",
    "In July 2024, total trade declined for the third consecutive month, to $144.75 million, the lowest since February.",
    [
        ST(T, "2024-05", "2024-07", "down", "for the third consecutive month"),
        L(T, sp("2024-07"), D("$144.75 million", "144.75"), direction="down", base=sp("2024-06")),
        SU(T, "2024-07", "2024-02", "low", "the lowest since February"),
    ],
    "2024-09-02",
)
H(
    K,
    "thinktank",
    "An 8.5 per cent contraction meant Chinese deliveries to the North shrank in 2024 for the first time since 2021 (Lee 2025).",
    [
        FD(X, 2024, 2021, "for the first time since 2021"),
        C(X, yr(2024), yr(2023), P("8.5 per cent", "-8.5")),
    ],
    "2025-02-03",
)
H(
    K,
    "thinktank",
    "Total trade in 2024 posted its first annual decline since 2021 (Table 1).",
    [FD(T, 2024, 2021, "its first annual decline since 2021")],
    "2025-03-31",
    non=[NC("Table 1", "table number")],
)
H(
    K,
    "thinktank",
    "The 2014 dip in Chinese exports was the first since 2009 (Haggard and Noland 2017, p. 88).",
    [FD(X, 2014, 2009, "the first since 2009")],
    "2018-01-15",
    non=[NC("p. 88", "page number"), NC("2017", "year of publication in the citation")],
)
H(
    K,
    "thinktank",
    "Purchases by Chinese importers of North Korean goods contracted in 2014, doing so for the first time since 2006 according to GACC series.",
    [FD(I, 2014, 2006, "for the first time since 2006")],
    "2015-02-16",
)
H(
    K,
    "thinktank",
    "Chinese exports dropped in 2015 for the first time since 2009, the study finds.",
    [FD(X, 2015, 2009, "for the first time since 2009")],
    "2016-05-23",
    note=WRONG + "exports had already fallen in 2014, so 2015's fall was not the first since 2009",
)
H(
    K,
    "thinktank",
    "At $87.7 million, June 2020 exports were the highest since January, before the border closure.",
    [
        L(X, sp("2020-06"), D("$87.7 million", "87.7")),
        SU(X, "2020-06", "2020-01", "high", "the highest since January"),
    ],
    "2020-07-28",
)
H(
    K,
    "thinktank",
    "Chinese imports from the North reached $6.24 million in August 2021, the highest since August 2020.",
    [
        L(I, sp("2021-08"), D("$6.24 million", "6.24")),
        SU(I, "2021-08", "2020-08", "high", "the highest since August 2020"),
    ],
    "2021-09-27",
)
H(
    K,
    "thinktank",
    "May 2021's exports of $2.7 million were the lowest since February.",
    [
        L(X, sp("2021-05"), D("$2.7 million", "2.7")),
        SU(X, "2021-05", "2021-02", "low", "the lowest since February"),
    ],
    "2021-07-06",
)

# == other_pairs =====================================================================================
K = "other_pairs"
H(
    K,
    "thinktank",
    "According to the Korea Trade-Investment Promotion Agency, the DPRK's total external trade reached US$ 2.77 billion in 2023, of which China accounted for 98.3 per cent.",
    [
        other(
            "level",
            T,
            yr(2023),
            D("US$ 2.77 billion", "2.77", "billion"),
            "PRK",
            "WLD",
            source="KOTRA",
        ),
        other(
            "share", T, yr(2023), P("98.3 per cent", "98.3"), "PRK", "CHN", whole=T, source="KOTRA"
        ),
    ],
    "2024-07-19",
)
H(
    K,
    "thinktank",
    "Russian customs recorded exports to the DPRK of just US$ 2.3 million in 2021, a small fraction of Chinese shipments.",
    [other("level", X, yr(2021), D("US$ 2.3 million", "2.3"), "RUS", "PRK", source=None)],
    "2022-06-28",
)
H(
    K,
    "xinhua",
    "In RMB terms, China's exports to the DPRK in the first half of 2024 fell 6.8 percent year on year to 5.2 billion yuan.",
    [
        C(X, cum(2024, 6), cum(2023, 6), P("6.8 percent", "-6.8"), terms="CNY"),
        L(
            X,
            cum(2024, 6),
            D("5.2 billion yuan", "5.2", "billion"),
            direction="down",
            base=cum(2023, 6),
            currency="CNY",
        ),
    ],
    "2024-07-25",
)
H(
    K,
    "thinktank",
    "China's total goods trade with the world came to USD 5.94 trillion in 2023, which makes the DPRK's share a rounding error.",
    [
        other(
            "level",
            T,
            yr(2023),
            D("USD 5.94 trillion", "5.94", "trillion"),
            "CHN",
            "WLD",
            source=None,
        )
    ],
    "2024-02-20",
)
H(
    K,
    "thinktank",
    "Inter-Korean trade, almost all of it at the Kaesong complex, reached $2.71 billion in 2015 before the zone was shut in February 2016.",
    [other("level", T, yr(2015), D("$2.71 billion", "2.71", "billion"), "KOR", "PRK", source=None)],
    "2017-01-30",
)
H(
    K,
    "thinktank",
    "South Korea's exports to China were $124.8 billion in 2023, down 19.9% on the year, the Korea International Trade Association says.",
    [
        other(
            "level",
            X,
            yr(2023),
            D("$124.8 billion", "124.8", "billion"),
            "KOR",
            "CHN",
            source="KITA",
        ),
        other(
            "change_pct",
            X,
            yr(2023),
            P("19.9%", "-19.9"),
            "KOR",
            "CHN",
            base=yr(2022),
            direction="down",
            source="KITA",
        ),
    ],
    "2024-01-15",
)
H(
    K,
    "thinktank",
    "Mongolia's recorded trade with the DPRK was worth roughly US$ 1.1 million in 2022, according to its national statistics office.",
    [
        other(
            "level",
            T,
            yr(2022),
            D("US$ 1.1 million", "1.1"),
            "MNG",
            "PRK",
            hedge="roughly",
            source=None,
        )
    ],
    "2023-05-15",
)
H(
    K,
    "xinhua",
    "Calculated in yuan, bilateral trade with the DPRK in 2023 amounted to 16.2 billion yuan, up 144.7 percent.",
    [
        L(T, yr(2023), D("16.2 billion yuan", "16.2", "billion"), currency="CNY"),
        C(T, yr(2023), yr(2022), P("144.7 percent", "144.7"), terms="CNY"),
    ],
    "2024-01-26",
)
H(
    K,
    "thinktank",
    "The United States recorded goods imports from China of US$ 427.2 billion in 2023, dwarfing anything that crosses the Yalu.",
    [
        other(
            "level",
            I,
            yr(2023),
            D("US$ 427.2 billion", "427.2", "billion"),
            "USA",
            "CHN",
            source="US Census",
        )
    ],
    "2024-03-14",
)
H(
    K,
    "thinktank",
    "Vietnam's customs service put its exports to North Korea at about $18.5 million in 2023.",
    [
        other(
            "level",
            X,
            yr(2023),
            D("$18.5 million", "18.5"),
            "VNM",
            "PRK",
            hedge="about",
            source=None,
        )
    ],
    "2024-04-08",
)
H(
    K,
    "thinktank",
    "The Bank of Korea estimated North Korea's external trade, excluding inter-Korean flows, at US$ 2.77 billion for 2023, up 75 per cent.",
    [
        other(
            "level",
            T,
            yr(2023),
            D("US$ 2.77 billion", "2.77", "billion"),
            "PRK",
            "WLD",
            source=None,
        ),
        other(
            "change_pct",
            T,
            yr(2023),
            P("75 per cent", "75"),
            "PRK",
            "WLD",
            base=yr(2022),
            direction="up",
            source=None,
        ),
    ],
    "2024-07-26",
)
H(
    K,
    "thinktank",
    "In yuan terms, China's imports from the DPRK in 2022 came to 0.9 billion yuan.",
    [L(I, yr(2022), D("0.9 billion yuan", "0.9", "billion"), currency="CNY")],
    "2023-03-20",
)

# == rounding_hedges =================================================================================
K = "rounding_hedges"
H(
    K,
    "thinktank",
    "Bilateral trade recovered to approximately US$2.3 billion in 2023, the authors estimate.",
    [
        L(
            T,
            yr(2023),
            D("US$2.3 billion", "2.3", "billion"),
            direction="up",
            base=yr(2022),
            hedge="approximately",
        )
    ],
    "2024-02-12",
)
H(
    K,
    "thinktank",
    "China shipped some $490 million of goods to North Korea in 2020, most of it before February.",
    [L(X, yr(2020), D("$490 million", "490"), hedge="some")],
    "2021-06-21",
    note=ROUND + "2020 exports were $491.1m; the round 490 holds only on the loose tier (approx)",
)
H(
    K,
    "thinktank",
    "Table 3 shows trade of US$1,027,720,000 in 2022, with Chinese exports at US$894,040,000.",
    [
        L(T, yr(2022), D("US$1,027,720,000", "1027720000", "one")),
        L(X, yr(2022), D("US$894,040,000", "894040000", "one")),
    ],
    "2023-09-18",
    non=[NC("Table 3", "table number")],
)
H(
    K,
    "thinktank",
    "Total trade came in just under $2.2 billion in 2024.",
    [L(T, yr(2024), D("$2.2 billion", "2.2", "billion"), hedge="just under")],
    "2025-01-27",
)
H(
    K,
    "thinktank",
    "Even in 2021, at the depth of the closure, two-way trade was more than $300 million.",
    [L(T, yr(2021), D("$300 million", "300"), hedge="more than")],
    "2022-09-05",
)
H(
    K,
    "thinktank",
    "China's imports from the North were nearly $60 million in 2021.",
    [L(I, yr(2021), D("$60 million", "60"), hedge="nearly")],
    "2022-03-14",
)
H(
    K,
    "thinktank",
    "Chinese exports totalled $920 million in January–June 2023.",
    [L(X, cum(2023, 6), D("$920 million", "920"))],
    "2023-08-14",
    note=ROUND
    + "H1 2023 exports were $920.74m; the bare 920 misses [919.5, 920.5] and holds only on the loose tier (approx)",
)
H(
    K,
    "thinktank",
    "China bought $57.8 million of North Korean goods in 2021.",
    [L(I, yr(2021), D("$57.8 million", "57.8"))],
    "2022-02-08",
    note=ROUND
    + "2021 imports were $57.874m; 57.8 truncates rather than rounds (approx by the truncation reading)",
)
H(
    K,
    "thinktank",
    "Chinese exports in 2020 were more than $500 million, the note claims.",
    [L(X, yr(2020), D("$500 million", "500"), hedge="more than")],
    "2021-05-03",
    note=WRONG + "2020 exports were $491.1m, not more than $500m",
)
H(
    K,
    "thinktank",
    "Customs clearance at Dandong let through an estimated $18 million of Chinese merchandise bound for the DPRK in March 2020.",
    [L(X, sp("2020-03"), D("$18 million", "18"), hedge="an estimated")],
    "2020-05-18",
)
H(
    K,
    "thinktank",
    "Imports from the DPRK were about $130 million in 2022, the authors note.",
    [L(I, yr(2022), D("$130 million", "130"), hedge="about")],
    "2023-07-10",
    note=ROUND
    + "2022 imports were $133.68m; 'about $130 million' holds only on the loose tier (approx)",
)
H(
    K,
    "thinktank",
    "Chinese exports were almost US$3.3 billion in 2017, according to Table 2.",
    [L(X, yr(2017), D("US$3.3 billion", "3.3", "billion"), hedge="almost")],
    "2018-07-23",
    non=[NC("Table 2", "table number")],
)
H(
    K,
    "thinktank",
    "Total trade was $1,027.72 million in 2022, or $1.03bn in round terms.",
    [
        L(T, yr(2022), D("$1,027.72 million", "1027.72")),
        L(T, yr(2022), D("$1.03bn", "1.03", "billion")),
    ],
    "2023-02-06",
)
H(
    K,
    "thinktank",
    "Total trade reached about $540 million in 2020, down roughly 81 per cent.",
    [
        L(T, yr(2020), D("$540 million", "540"), hedge="about"),
        C(T, yr(2020), yr(2019), P("81 per cent", "-81"), hedge="roughly"),
    ],
    "2021-02-15",
    context="China–North Korea trade collapsed in the first pandemic year.",
    note=ROUND
    + "2020 total trade was $539.06m; 'about $540 million' misses [539.5, 540.5] and holds only on the loose tier (approx)",
)
H(
    K,
    "thinktank",
    "Chinese imports from North Korea were around $48 million in 2020 — in excess of $40 million despite the closure.",
    [
        L(I, yr(2020), D("$48 million", "48"), hedge="around"),
        L(I, yr(2020), D("$40 million", "40"), hedge="in excess of"),
    ],
    "2021-04-26",
)
H(
    K,
    "thinktank",
    "Trade fell by about eighty per cent in 2020, the commission reported.",
    [C(T, yr(2020), yr(2019), P("eighty per cent", "-80"), hedge="about")],
    "2021-03-29",
    context="China's trade with North Korea shrank dramatically once the border closed.",
    note=ROUND + "the 2020 fall was 80.67%; 'about eighty' holds only on the loose tier (approx)",
)

# == multiples =======================================================================================
K = "multiples"
H(
    K,
    "thinktank",
    "Chinese shipments to the North in the first quarter of 2022, about $173 million, were more than 13 times the figure for the same quarter of 2021.",
    [
        L(X, cum(2022, 3), D("$173 million", "173"), hedge="about"),
        times(X, cum(2022, 3), cum(2021, 3), word("13 times", "13"), hedge="more than"),
    ],
    "2022-05-16",
)
H(
    K,
    "thinktank",
    "Chinese exports grew 3.4-fold in 2022 compared to 2021, an increase of 244 per cent.",
    [
        times(X, yr(2022), yr(2021), word("3.4-fold", "3.4", dec=1)),
        C(X, yr(2022), yr(2021), P("244 per cent", "244")),
    ],
    "2023-03-13",
)
H(
    K,
    "thinktank",
    "China's imports from the DPRK more than doubled in 2023 relative to 2022, the working paper finds.",
    [verbal(I, yr(2023), yr(2022), word("more than doubled", "2"), hedge="more than")],
    "2024-05-06",
)
H(
    K,
    "thinktank",
    "Chinese exports to North Korea quadrupled in 2023, to US$2.0 billion.",
    [
        verbal(X, yr(2023), yr(2022), word("quadrupled", "4")),
        L(X, yr(2023), D("US$2.0 billion", "2.0", "billion"), direction="up", base=yr(2022)),
    ],
    "2024-02-19",
    note=WRONG
    + "2023 exports were 2.24 times 2022's ($2,003.5m vs $894.0m); 'quadrupled' is wrong",
)
H(
    K,
    "thinktank",
    "Two-way trade in 2021, at $318.0 million, was roughly three-fifths of its 2020 level.",
    [
        L(T, yr(2021), D("$318.0 million", "318.0")),
        R(T, yr(2021), yr(2020), P("three-fifths", "60"), rung_kind="fraction", hedge="roughly"),
    ],
    "2022-04-25",
)
H(
    K,
    "thinktank",
    "Chinese exports roughly halved in 2021, vis-à-vis an already depressed 2020.",
    [verbal(X, yr(2021), yr(2020), word("halved", "0.5"), hedge="roughly")],
    "2022-03-21",
)
H(
    K,
    "thinktank",
    "Chinese exports in 2023 were US$1.11 billion higher than in 2022.",
    [A(X, yr(2023), yr(2022), D("US$1.11 billion", "1.11", "billion"))],
    "2024-01-29",
)
H(
    K,
    "thinktank",
    "Total trade in 2024 was $115 million lower than in 2023, a modest step back after the 2023 surge.",
    [A(T, yr(2024), yr(2023), D("$115 million", "-115"))],
    "2025-01-30",
)
H(
    K,
    "thinktank",
    "Even after the recovery, trade in 2023 stood at only 46 percent of its 2017 level.",
    [R(T, yr(2023), yr(2017), P("46 percent", "46"), hedge="only")],
    "2024-03-04",
    context="China–North Korea trade has not returned to its pre-sanctions scale.",
)
H(
    K,
    "thinktank",
    "At $1.03 billion, turnover across the Yalu in 2022 stood at more than three times the depressed 2021 sum.",
    [
        times(T, yr(2022), yr(2021), word("three times", "3"), hedge="more than"),
        L(T, yr(2022), D("$1.03 billion", "1.03", "billion")),
    ],
    "2023-02-20",
)
_h = times(X, yr(2022), yr(2021), word("3.4 times higher", "3.4", dec=1))
_h["_times_higher"] = True
H(
    K,
    "wire",
    "China's exports to North Korea in 2022 were 3.4 times higher than in 2021, the think tank said.",
    [_h],
    "2023-01-31",
    note="'3.4 times higher': the primary reading (a ratio of 3.4) holds; the alternative reading 4.4 does not (ambiguous)",
)
H(
    K,
    "thinktank",
    "In 2020 bilateral trade was barely 8 percent of its 2013 level.",
    [R(T, yr(2020), yr(2013), P("8 percent", "8"), hedge="barely")],
    "2021-07-12",
)
H(
    K,
    "thinktank",
    "Trade in 2021 was 93.6 percent lower than in 2017, the paper calculates.",
    [C(T, yr(2021), yr(2017), P("93.6 percent", "-93.6"))],
    "2022-08-15",
)
H(
    K,
    "thinktank",
    "Relative to the pandemic trough, Beijing's 2023 intake of DPRK goods ran at 5.6 times the 2020 figure.",
    [times(I, yr(2023), yr(2020), word("5.6 times", "5.6", dec=1))],
    "2024-04-22",
    note=WRONG + "2023 imports were 6.08 times 2020's ($291.9m vs $48.0m), not 5.6",
)
H(
    K,
    "thinktank",
    "Chinese exports in 2017 were roughly 12.5 times their 2021 level, which underlines how deep the closure cut.",
    [times(X, yr(2017), yr(2021), word("12.5 times", "12.5", dec=1), hedge="roughly")],
    "2022-10-03",
)

# == non_claims ======================================================================================
K = "non_claims"
H(
    K,
    "thinktank",
    "Resolution 2397 (2017) caps the supply of refined petroleum products to the DPRK at 500,000 barrels per year (para. 5).",
    [],
    "2018-02-01",
    non=[
        NC("2397", "resolution number"),
        NC("2017", "year of adoption"),
        NC("500,000 barrels", "a cap on oil deliveries"),
        NC("para. 5", "paragraph number"),
    ],
)
H(
    K,
    "thinktank",
    "The Panel's final report, S/2024/215, runs to 615 pages including 104 annexes.",
    [],
    "2024-03-20",
    non=[
        NC("S/2024/215", "document symbol"),
        NC("615 pages", "page count"),
        NC("104 annexes", "count of annexes"),
    ],
)
H(
    K,
    "thinktank",
    "The survey behind Table 5 covered 300 Chinese firms with operations in Liaoning and Jilin.",
    [],
    "2019-10-14",
    non=[NC("Table 5", "table number"), NC("300 Chinese firms", "count of firms surveyed")],
)
H(
    K,
    "wire",
    "The designation adds eight vessels and 12 entities registered in China and Hong Kong to the list, the Treasury said.",
    [],
    "2018-02-23",
    context="The U.S. Treasury announced new sanctions tied to North Korea's trade with Chinese firms.",
    non=[NC("12 entities", "count of entities designated")],
)
H(
    K,
    "yonhap",
    "Separately, the central bank in Seoul put the North's real GDP expansion for 2023 at 3.1 percent, its quickest since 2016.",
    [],
    "2024-07-26",
    context="North Korea's trade with China picked up after the border reopened.",
    non=[NC("3.1 percent", "GDP growth estimate"), NC("2016", "comparison year for GDP growth")],
)
H(
    K,
    "thinktank",
    "Nine tankers were observed conducting ship-to-ship transfers in Chinese territorial waters during 2022 (see annex 17).",
    [],
    "2023-03-07",
    context="The Panel also documented evasion at sea involving North Korean vessels near China.",
    non=[NC("2022", "year of the observations"), NC("annex 17", "annex number")],
)
H(
    K,
    "thinktank",
    "Coal, iron and seafood have been banned since resolution 2371 of 5 August 2017, and textiles since resolution 2375 of 11 September 2017.",
    [],
    "2018-01-22",
    context="The sectoral bans reshaped what North Korea could sell to China.",
    non=[
        NC("2371", "resolution number"),
        NC("5 August 2017", "date of adoption"),
        NC("2375", "resolution number"),
        NC("11 September 2017", "date of adoption"),
    ],
)
H(
    K,
    "thinktank",
    "Figure 2 plots monthly values from January 2016 to December 2024; the shaded band marks the 33 months of border closure.",
    [],
    "2025-05-12",
    non=[NC("Figure 2", "figure number"), NC("33 months", "duration of the closure")],
)
H(
    K,
    "thinktank",
    "North Korea's population is about 26 million (UN DESA 2022), roughly one-fiftieth of China's.",
    [],
    "2023-01-09",
    context="Scale matters when comparing China and the DPRK.",
    non=[NC("26 million", "population"), NC("2022", "year of publication in the citation")],
)
H(
    K,
    "thinktank",
    "Working Paper No. 19-7 draws on 1,200 shipping records filed at Dandong and Nampo between 2014 and 2018.",
    [],
    "2019-11-25",
    context="Studies of China–North Korea trade increasingly use shipping data.",
    non=[
        NC("19-7", "working-paper number"),
        NC("1,200 shipping records", "count of records"),
        NC("between 2014 and 2018", "sample years"),
    ],
)
H(
    K,
    "broadcast",
    "Madam Chair, the cap on crude oil remains four million barrels a year, and we count at least 30 deliveries above it.",
    [],
    "2019-04-09",
    context="The hearing concerned China's enforcement of sanctions on North Korea.",
    non=[NC("four million barrels", "crude oil cap"), NC("30 deliveries", "count of deliveries")],
)
H(
    K,
    "xinhua",
    "The 70th anniversary of diplomatic ties between China and the DPRK falls on Oct. 6, 2019, the spokesperson noted.",
    [],
    "2019-09-30",
    non=[NC("70th anniversary", "anniversary"), NC("Oct. 6, 2019", "date")],
)
H(
    K,
    "thinktank",
    "On the Pyongyang market, the dollar fetched about 8,000 won in 2023, by the authors' count up from 5,000 a year earlier.",
    [],
    "2024-06-17",
    context="Prices inside North Korea moved as trade with China resumed.",
    non=[NC("8,000 won", "market exchange rate"), NC("5,000", "market exchange rate")],
)
H(
    K,
    "headline",
    "Annex 23: Vessels linked to coal shipments to China, 2019–2020 (14 entries)",
    [],
    "2021-03-04",
    context="The Panel's list of North Korean ships follows.",
    non=[
        NC("Annex 23", "annex number"),
        NC("2019–2020", "years covered"),
        NC("14 entries", "count of entries"),
    ],
)
H(
    K,
    "wire",
    "The court in Washington ordered the forfeiture of 2.2 million dollars held by a Chinese front company for North Korea's state bank, a filing dated March 2020 shows.",
    [],
    "2020-03-27",
    non=[
        NC("2.2 million dollars", "forfeited funds, not trade"),
        NC("March 2020", "date of the filing"),
    ],
)
H(
    K,
    "thinktank",
    "The sanctions committee received 56 implementation reports by 2018, of which only 11 came from Asian member states.",
    [],
    "2018-12-03",
    context="Enforcement of the China–North Korea trade bans depends on national reporting.",
    non=[NC("56 implementation reports", "count of reports"), NC("only 11", "count of reports")],
)

# == report prose with footnote markers, paragraph numbers and more formats ==========================
H(
    "level_direction",
    "thinktank",
    "Recorded bilateral trade recovered to $1.03 billion in 2022.14 The Panel was unable to verify the composition of the goods.",
    [L(T, yr(2022), D("$1.03 billion", "1.03", "billion"), direction="up", base=yr(2021))],
    "2023-03-07",
    non=[NC("2022.14", "the year 2022 followed by footnote marker 14 (PDF extraction)")],
)
H(
    "perspective",
    "thinktank",
    "In 2020, the Democratic People's Republic of Korea's imports from China fell to US$ 491 million¹², a decline of 80.9 per cent.¹³",
    [
        L(X, yr(2020), D("US$ 491 million", "491"), direction="down", base=yr(2019)),
        C(X, yr(2020), yr(2019), P("80.9 per cent", "-80.9")),
    ],
    "2021-03-04",
    non=[NC("¹²", "footnote marker"), NC("¹³", "footnote marker")],
)
H(
    "multiples",
    "thinktank",
    "Chinese exports to the DPRK reached USD 2.0 bn in 2023 [23], up 124 per cent on 2022 by our calculation.",
    [
        L(X, yr(2023), D("USD 2.0 bn", "2.0", "billion")),
        C(X, yr(2023), yr(2022), P("124 per cent", "124")),
    ],
    "2024-09-30",
    non=[NC("[23]", "reference number")],
)
H(
    "two_figures",
    "thinktank",
    "China's imports from the DPRK stood at US$ 57.9 million in 202115 and US$ 133.7 million in 2022.",
    [
        L(I, yr(2021), D("US$ 57.9 million", "57.9")),
        L(I, yr(2022), D("US$ 133.7 million", "133.7")),
    ],
    "2023-03-07",
    non=[NC("202115", "the year 2021 with footnote marker 15 glued to it (PDF extraction)")],
)
H(
    "cumulative",
    "thinktank",
    "87. China's customs data show exports to the Democratic People's Republic of Korea of US$ 383 million in the first half of 2020, 66.5 per cent less than a year earlier.16",
    [
        L(X, cum(2020, 6), D("US$ 383 million", "383")),
        C(X, cum(2020, 6), cum(2019, 6), P("66.5 per cent", "-66.5")),
    ],
    "2020-08-28",
    non=[NC("87.", "paragraph number"), NC("earlier.16", "footnote marker 16 after the sentence")],
)
H(
    "relative_dates",
    "thinktank",
    "43. In the same year, recorded imports from the Democratic People's Republic of Korea amounted to US$ 291.9 million (see table 3).",
    [L(I, yr(2023), D("US$ 291.9 million", "291.9"))],
    "2024-03-07",
    context="42. China's customs authority reported exports of US$ 2.0 billion to the Democratic People's Republic of Korea in 2023.",
    non=[NC("43.", "paragraph number"), NC("table 3", "table number")],
)
H(
    "shares",
    "thinktank",
    "The share of imports in China–DPRK trade fell 0.3 percentage points in 2023 relative to 2022.",
    [
        claim(
            "pp_change",
            I,
            yr(2023),
            P("0.3 percentage points", "-0.3"),
            base=yr(2022),
            whole=T,
            unit="pp",
            direction="down",
        )
    ],
    "2024-05-27",
)
H(
    "cumulative",
    "headline",
    "Table 7. China's exports to the DPRK, January–June 2020: US$383 million (−66.5%)",
    [
        L(X, cum(2020, 6), D("US$383 million", "383")),
        C(X, cum(2020, 6), cum(2019, 6), P("66.5%", "-66.5")),
    ],
    "2020-09-14",
    non=[NC("Table 7", "table number")],
)
H(
    "cumulative",
    "headline",
    "Chart 3: China–DPRK trade, Q3 2016 — USD 1.55 bn, +3.4% y/y",
    [
        L(T, "2016-07/2016-09", D("USD 1.55 bn", "1.55", "billion")),
        C(T, "2016-07/2016-09", "2015-07/2015-09", P("+3.4%", "3.4")),
    ],
    "2016-11-21",
    non=[NC("Chart 3", "chart number")],
)
H(
    "balance",
    "headline",
    "Figure 4. China's trade surplus with North Korea, 2022: $760 million",
    [B(yr(2022), D("$760 million", "760"))],
    "2023-05-29",
    non=[NC("Figure 4", "figure number")],
)
H(
    "relative_dates",
    "headline",
    "China-N. Korea trade slips 5% last year to 2.18 bln USD",
    [
        C(T, yr(2024), yr(2023), P("5%", "-5")),
        L(T, yr(2024), D("2.18 bln USD", "2.18", "billion"), direction="down", base=yr(2023)),
    ],
    "2025-01-24",
)
H(
    "two_figures",
    "headline",
    "Sino-DPRK trade, 2022 vs 2023: $1.03bn → $2.29bn",
    [
        L(T, yr(2022), D("$1.03bn", "1.03", "billion")),
        L(T, yr(2023), D("$2.29bn", "2.29", "billion")),
    ],
    "2024-02-01",
    note=ROUND
    + "2023 total trade was $2,295.38m; $2.29bn truncates $2.295bn (approx by the truncation reading)",
)
H(
    "rounding_hedges",
    "headline",
    "Annex 12 (continued): DPRK imports from China, 2023 — US$ 2,003.5 million",
    [L(X, yr(2023), D("US$ 2,003.5 million", "2003.5"))],
    "2024-03-07",
    non=[NC("Annex 12", "annex number")],
)
H(
    "level_direction",
    "headline",
    "China's exports to N. Korea climb to $257.4 mln in December",
    [L(X, sp("2025-12"), D("$257.4 mln", "257.4"), direction="up", base=sp("2025-11"))],
    "2026-01-21",
)
H(
    "cumulative",
    "wire",
    "A confidential U.N. report said China's exports to North Korea in the first nine months of 2020 were worth $487.3 million, down 72.8 percent from the same period a year earlier.",
    [
        L(X, cum(2020, 9), D("$487.3 million", "487.3")),
        C(X, cum(2020, 9), cum(2019, 9), P("72.8 percent", "-72.8")),
    ],
    "2020-11-12",
)
H(
    "cumulative",
    "thinktank",
    "Imports from the DPRK in the five months to May 2015 amounted to US$954 million, 10.3 per cent below the January–May total of 2014, the ministry's white paper notes.",
    [
        L(I, cum(2015, 5), D("US$954 million", "954")),
        C(I, cum(2015, 5), cum(2014, 5), P("10.3 per cent", "-10.3")),
    ],
    "2015-07-06",
)
H(
    "cumulative",
    "xinhua",
    "In the first 11 months of 2015, trade between China and the DPRK totaled 4.91 billion U.S. dollars, down 15 percent year on year.",
    [
        L(T, cum(2015, 11), D("4.91 billion U.S. dollars", "4.91", "billion")),
        C(T, cum(2015, 11), cum(2014, 11), P("15 percent", "-15")),
    ],
    "2015-12-24",
)
H(
    "relative_dates",
    "wire",
    "China's imports from North Korea fell 16.9 percent in January from a year earlier to $184.85 million, a committee staff memo said.",
    [
        C(I, sp("2015-01"), sp("2014-01"), P("16.9 percent", "-16.9")),
        L(I, sp("2015-01"), D("$184.85 million", "184.85"), direction="down", base=sp("2014-01")),
    ],
    "2015-03-02",
)
H(
    "two_figures",
    "thinktank",
    "In May 2014, Chinese exports were US$302.5 million (−6.94% y/y) and imports US$233.6 million (−15.41% y/y).",
    [
        L(X, sp("2014-05"), D("US$302.5 million", "302.5")),
        C(X, sp("2014-05"), sp("2013-05"), P("6.94%", "-6.94")),
        L(I, sp("2014-05"), D("US$233.6 million", "233.6")),
        C(I, sp("2014-05"), sp("2013-05"), P("15.41%", "-15.41")),
    ],
    "2014-07-21",
)
H(
    "level_direction",
    "thinktank",
    "Total trade rose 20 per cent on the year to $491.8 million in March 2016, the month resolution 2270 was adopted.",
    [
        C(T, sp("2016-03"), sp("2015-03"), P("20 per cent", "20")),
        L(T, sp("2016-03"), D("$491.8 million", "491.8"), direction="up", base=sp("2015-03")),
    ],
    "2016-05-09",
    non=[NC("2270", "resolution number")],
)
H(
    "relative_dates",
    "thinktank",
    "Trade in August reached $628.3 million, the paper observes, the last full month before the fifth nuclear test.",
    [L(T, sp("2016-08"), D("$628.3 million", "628.3"))],
    "2016-10-17",
    context="China–North Korea trade held up through the summer of 2016.",
)
H(
    "two_figures",
    "thinktank",
    "In November 2025 Chinese exports to the North reached US$243.6 million and imports US$37.1 million, for total trade of US$281.0 million.",
    [
        L(X, sp("2025-11"), D("US$243.6 million", "243.6")),
        L(I, sp("2025-11"), D("US$37.1 million", "37.1")),
        L(T, sp("2025-11"), D("US$281.0 million", "281.0")),
    ],
    "2025-12-22",
)
H(
    "relative_dates",
    "yonhap",
    "SEOUL, Oct. 22 (Yonhap) -- North Korea's exports to China came to US$43 million last month, data showed.",
    [L(I, sp("2025-09"), D("US$43 million", "43"))],
    "2025-10-22",
)
H(
    "rounding_hedges",
    "thinktank",
    "Imports from the North in December 2024 were roughly US$ 38 million.",
    [L(I, sp("2024-12"), D("US$ 38 million", "38"), hedge="roughly")],
    "2025-01-28",
)
H(
    "balance",
    "thinktank",
    "The op-ed's central number — a Chinese surplus of US$ 2,295 million in 2023 — is in fact total trade; the surplus was about US$1.7 billion.",
    [
        B(yr(2023), D("US$ 2,295 million", "2295")),
        B(yr(2023), D("US$1.7 billion", "1.7", "billion"), hedge="about"),
    ],
    "2024-04-29",
    note=WRONG
    + "the 2023 surplus was $1,711.6m; the op-ed's $2,295m is total trade (the rebuttal's 'about US$1.7 billion' is correct)",
)
H(
    "broadcast_numbers",
    "broadcast",
    "Chinese exports to the North in twenty-twenty-one were two-sixty million dollars, down forty-seven per cent.",
    [
        L(X, yr(2021), D("two-sixty million dollars", "260")),
        C(X, yr(2021), yr(2020), P("forty-seven per cent", "-47")),
    ],
    "2022-03-15",
)
H(
    "perspective",
    "thinktank",
    "Pyongyang's purchases from its neighbour in the third quarter of 2016 came to USD 810 million, 5.2% more than a year before, while its sales reached USD 740 million.",
    [
        L(X, "2016-07/2016-09", D("USD 810 million", "810")),
        C(X, "2016-07/2016-09", "2015-07/2015-09", P("5.2%", "5.2")),
        L(I, "2016-07/2016-09", D("USD 740 million", "740")),
    ],
    "2016-11-28",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Chinese exports grew for a fourth consecutive month in September 2021, reaching US$55.63 million (paragraph 151).",
    [
        ST(X, "2021-06", "2021-09", "up", "for a fourth consecutive month"),
        L(X, sp("2021-09"), D("US$55.63 million", "55.63")),
    ],
    "2022-03-01",
    non=[NC("paragraph 151", "paragraph number")],
)
H(
    "shares",
    "thinktank",
    "In 2024, China's purchases from the DPRK accounted for 16.1 percent of their bilateral trade, vis-à-vis 12.7 percent in 2023.",
    [
        S(I, T, yr(2024), P("16.1 percent", "16.1")),
        S(I, T, yr(2023), P("12.7 percent", "12.7")),
    ],
    "2025-03-03",
)
H(
    "multiples",
    "thinktank",
    "The 2023 total of 2.3 billion USD compares with 6.55 billion USD a decade earlier, so trade was almost two-thirds below its 2013 level.",
    [
        L(T, yr(2023), D("2.3 billion USD", "2.3", "billion")),
        L(T, yr(2013), D("6.55 billion USD", "6.55", "billion")),
        C(T, yr(2023), yr(2013), P("two-thirds", "-66.67"), hedge="almost"),
    ],
    "2024-10-14",
)


# == more deliberate errors ==========================================================================
H(
    "cumulative",
    "thinktank",
    "In January–July 2017, two-way trade reached US$3.01 billion, up 12.0% on the same period of 2016, despite resolution 2321.",
    [
        L(T, cum(2017, 7), D("US$3.01 billion", "3.01", "billion")),
        C(T, cum(2017, 7), cum(2016, 7), P("12.0%", "12.0")),
    ],
    "2017-09-11",
    note=WRONG + "January–July 2017 trade rose 10.2%; 12.0% is not the printed change",
    non=[NC("2321", "resolution number")],
)
H(
    "cumulative",
    "thinktank",
    "Cumulative Chinese purchases from the DPRK through August 2018 reached US$143.6 million, a contraction of 98.3 per cent, the committee paper states.",
    [
        L(I, cum(2018, 8), D("US$143.6 million", "143.6")),
        C(I, cum(2018, 8), cum(2017, 8), P("98.3 per cent", "-98.3")),
    ],
    "2018-10-15",
    note=WRONG + "January–August 2018 imports fell 89.3%; 98.3 swaps the digits",
)
H(
    "two_figures",
    "thinktank",
    "Chinese exports fell from $3.63 billion in 2013 to $3.25 billion in 2014, the first sign of Beijing's displeasure.",
    [
        L(X, yr(2013), D("$3.63 billion", "3.63", "billion")),
        L(X, yr(2014), D("$3.25 billion", "3.25", "billion"), direction="down", base=yr(2013)),
    ],
    "2015-06-15",
    note=WRONG + "2014 exports were $3,519.7m ($3.52bn); $3.25bn is close to the 2017 figure",
)
H(
    "relative_dates",
    "wire",
    "Imports from North Korea last month rose 119 percent from February to $25.5 million, according to the bulletin summarised for the committee.",
    [
        C(I, sp("2023-03"), sp("2023-02"), P("119 percent", "119")),
        L(I, sp("2023-03"), D("$25.5 million", "25.5"), direction="up", base=sp("2023-02")),
    ],
    "2023-04-24",
    note=WRONG + "March 2023 imports were $20.55m; $25.5m is wrong (the 119% rise is right)",
)
H(
    "perspective",
    "thinktank",
    "North Korea bought US$57.9 million worth of Chinese goods in 2021.",
    [L(X, yr(2021), D("US$57.9 million", "57.9"))],
    "2022-05-09",
    note=WRONG
    + "North Korea's purchases from China are China's exports ($260.2m in 2021); $57.9m is China's imports",
)
H(
    "broadcast_numbers",
    "broadcast",
    "As best I recall, what Beijing sold Pyongyang across calendar twenty-twenty-four was one-point-eight-six billion dollars.",
    [L(X, yr(2024), D("one-point-eight-six billion dollars", "1.86", "billion"))],
    "2025-02-11",
    context="The committee heard figures on China's trade with North Korea.",
    note=WRONG + "2024 exports were $1.83bn; 1.86 changes a digit",
)
H(
    "level_direction",
    "thinktank",
    "Total trade slid to $202.0 million in September 2024, by the authors' reckoning.",
    [L(T, sp("2024-09"), D("$202.0 million", "202.0"), direction="down", base=sp("2024-08"))],
    "2024-11-04",
    context="China–North Korea trade moved unevenly through 2024.",
    note=WRONG + "September 2024 trade rose from August ($177.1m); 'slid' is the wrong direction",
)
H(
    "shares",
    "thinktank",
    "Imports from the North were 24.8 per cent of China–DPRK trade in 2017.",
    [S(I, T, yr(2017), P("24.8 per cent", "24.8"))],
    "2018-09-17",
    note=WRONG
    + "2017 imports were 34.8% of total trade ($1,731m of $4,976m); 24.8 changes a digit",
)
H(
    "balance",
    "thinktank",
    "China's surplus with the DPRK in 2014 was $561.7 million, according to the ministry's annual review.",
    [B(yr(2014), D("$561.7 million", "561.7"))],
    "2015-04-06",
    note=WRONG + "the 2014 surplus was $651.7m; 561.7 swaps two digits",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Exports of US$28.8 million in April 2021 were the highest since August 2020.",
    [
        L(X, sp("2021-04"), D("US$28.8 million", "28.8")),
        SU(X, "2021-04", "2020-08", "high", "the highest since August 2020"),
    ],
    "2021-06-14",
    note=WRONG
    + "August 2020 exports ($19.3m) were lower than April 2021's; the last higher month was July 2020",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Imports from the North fell for a third month in a row in November 2022, to $11.8 million.",
    [
        ST(I, "2022-09", "2022-11", "down", "for a third month in a row"),
        L(I, sp("2022-11"), D("$11.8 million", "11.8"), direction="down", base=sp("2022-10")),
    ],
    "2022-12-27",
    note=WRONG
    + "imports rose in October 2022 ($21.4m); November's fall was the first, not the third",
)
H(
    "multiples",
    "thinktank",
    "Chinese exports grew two-and-a-half times in 2023, the report argues.",
    [verbal(X, yr(2023), yr(2022), word("two-and-a-half times", "2.5"))],
    "2024-06-10",
    context="China's trade with North Korea surged after the border reopened.",
    note=WRONG + "2023 exports were 2.24 times 2022's, nearer 'doubled' than two-and-a-half times",
)
H(
    "multiples",
    "thinktank",
    "Imports from the DPRK in 2022 were 2.8 times the 2021 level.",
    [times(I, yr(2022), yr(2021), word("2.8 times", "2.8", dec=1))],
    "2023-04-03",
    context="China's purchases from North Korea recovered in 2022.",
    note=WRONG + "2022 imports were 2.31 times 2021's ($133.7m vs $57.9m), not 2.8",
)
H(
    "rounding_hedges",
    "thinktank",
    "Chinese exports were nearly $250 million in 2021, by the study's count.",
    [L(X, yr(2021), D("$250 million", "250"), hedge="nearly")],
    "2022-07-18",
    context="China's shipments to North Korea bottomed out during the closure.",
    note=WRONG + "2021 exports were $260.2m, above $250m, so 'nearly $250 million' fails",
)
H(
    "cumulative",
    "thinktank",
    "Between January and May 2023 Beijing's intake from the DPRK expanded 241 per cent to US$105.5 million, the statistical annex records.",
    [
        C(I, cum(2023, 5), cum(2022, 5), P("241 per cent", "241")),
        L(I, cum(2023, 5), D("US$105.5 million", "105.5"), direction="up", base=cum(2022, 5)),
    ],
    "2023-07-03",
    note=WRONG + "January–May 2023 imports rose 214%; 241 swaps the digits",
)
H(
    "relative_dates",
    "thinktank",
    "Chinese exports in April climbed 28.9 percent from March to US$146.9 million.",
    [
        C(X, sp("2024-04"), sp("2024-03"), P("28.9 percent", "28.9")),
        L(X, sp("2024-04"), D("US$146.9 million", "146.9"), direction="up", base=sp("2024-03")),
    ],
    "2024-05-27",
    note=WRONG + "April 2024 exports were $164.9m; 146.9 swaps two digits",
)
H(
    "perspective",
    "yonhap",
    "North Korea's exports to China plunged 66.5 percent in the first half of 2020, the unification ministry said.",
    [C(I, cum(2020, 6), cum(2019, 6), P("66.5 percent", "-66.5"))],
    "2020-08-04",
    note=WRONG
    + "North Korea's exports are China's imports (down 74.8% in H1 2020); −66.5% is China's exports",
)
H(
    "two_figures",
    "thinktank",
    "Imports from North Korea were $1.4 million in October 2020 and $1.6 million in November.",
    [
        L(I, sp("2020-10"), D("$1.4 million", "1.4")),
        L(I, sp("2020-11"), D("$1.6 million", "1.6")),
    ],
    "2020-12-28",
    note=WRONG + "November 2020 imports were $1.1m; $1.6m is December's figure",
)


write(Path(__file__).resolve().parent / "heldout9.jsonl", "build_heldout9.py")
