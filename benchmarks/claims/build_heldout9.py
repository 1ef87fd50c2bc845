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
    chg,
    m,
    other,
    pc,
    setup,
    usd,
    word,
    write,
)
from suitelib import Num, cum, sp, yr

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
        L(X, cum(2018, 10), usd("${} billion", m(X, cum(2018, 10)), "billion", 2), hedge="about"),
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
        L(I, cum(2017, 6), D("US$880 million", "880")),
        C(X, cum(2017, 6), cum(2016, 6), P("29.1 per cent", "29.1")),
        L(X, cum(2017, 6), D("US$1.67 billion", "1.67", "billion")),
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
        L(I, cum(2018, 11), D("$191.75 million", "191.75")),
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
        L(X, cum(2013, 6), D("$1.59 billion", "1.59", "billion")),
        C(I, cum(2013, 6), cum(2012, 6), P("5.3 percent", "5.3")),
        L(I, cum(2013, 6), D("$1.37 billion", "1.37", "billion")),
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
    note=WRONG
    + "January–September 2023 exports rose 179.8%; 155.2% is the January–October change",
)
H(
    K,
    "wire",
    "In the first seven months of 2014, Chinese exports to North Korea edged up 1.8 percent to US$1.95 billion and imports declined 4.3 percent to US$1.57 billion, customs data cited in a parliamentary research note showed.",
    [
        C(X, cum(2014, 7), cum(2013, 7), P("1.8 percent", "1.8")),
        L(X, cum(2014, 7), D("US$1.95 billion", "1.95", "billion")),
        C(I, cum(2014, 7), cum(2013, 7), P("4.3 percent", "-4.3")),
        L(I, cum(2014, 7), D("US$1.57 billion", "1.57", "billion")),
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

write(Path(__file__).resolve().parent / "heldout9.jsonl", "build_heldout9.py")
