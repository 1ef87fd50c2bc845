"""Shares, ratios of a part to its whole, and percentage points (semantics.md §1.4, issue 8).

Sentences written for these tests in the styles of wire copy, translated Korean and Chinese
news, broadcast scripts and think-tank reports. Each expected share is computed from the annual
or monthly rows of ``datasets/china_dprk.csv`` cited beside it (China Customs via the press):

========  ==============  =============  ===============  ==========================
period    exports (CHN→)  imports (→CHN) total            rows
========  ==============  =============  ===============  ==========================
2014      3,519.651m      2,867.931m     6,363.630m       annual 2014
2017      3,245.000m      1,731.000m     4,976.000m       annual 2017
2019      2,573.822m      215.1973m      2,789.019m       annual 2019
2020      491.059m        48.001m        539.059m         annual 2020
2021      260.165m        57.874m        318.040m         annual 2021
2022      894.040m        133.680m       1,027.720m       annual 2022
2023      2,003.500m      291.890m       2,295.380m       annual 2023
2024      1,830.000m      350.000m       2,180.390m       annual 2024
2023-09   188.740m        27.790m        216.530m         monthly September 2023
2023-11   198.200m        26.100m        224.300m         monthly November 2023
2024-04   164.900m        29.090m        193.994m         monthly April 2024
========  ==============  =============  ===============  ==========================
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradestats.check.extract import extract_claims
from tradestats.check.run import check_text

PAIR_TOTAL = {"reporter": "CHN", "partner": "PRK", "flow": "total"}
NK_WORLD = {"reporter": "PRK", "partner": "WLD", "flow": "total"}
Y = {y: f"{y}-01/{y}-12" for y in range(2010, 2026)}

# (text, date, flow, whole, period, value, verdict)
SHARES = [
    # 2023: 291.890 / 2,295.380 = 12.72%
    (
        "China's imports from North Korea accounted for 12.7 percent of bilateral trade in 2023, "
        "customs data showed.",
        "2024-01-20",
        "import",
        PAIR_TOTAL,
        Y[2023],
        "12.7",
        "correct",
    ),
    # 2023: 2,003.5 / 2,295.38 = 87.28%
    (
        "SEOUL, Jan. 20 (Yonhap) -- China's exports to North Korea made up 87.3 percent of the two "
        "countries' trade last year, according to the data.",
        "2024-01-20",
        "export",
        PAIR_TOTAL,
        Y[2023],
        "87.3",
        "correct",
    ),
    # 2020: 48.001 / 539.059 = 8.90%
    (
        "Goods bought from North Korea made up just 8.9% of the total in 2020, "
        "Chinese customs figures show.",
        "2021-02-01",
        "import",
        PAIR_TOTAL,
        Y[2020],
        "8.9",
        "correct",
    ),
    # 2021: 260.165 / 318.04 = 81.80%
    (
        "In 2021, China's exports to the DPRK comprised 81.8 percent of bilateral trade turnover.",
        "2022-03-01",
        "export",
        PAIR_TOTAL,
        Y[2021],
        "81.8",
        "correct",
    ),
    # 2019: 2,573.822 / 2,789.019 = 92.28%
    (
        "Exports to the DPRK represented 92.3 percent of the total trade volume between China and "
        "the DPRK in 2019, according to the General Administration of Customs.",
        "2020-02-01",
        "export",
        PAIR_TOTAL,
        Y[2019],
        "92.3",
        "correct",
    ),
    # 2022: 894.04 / 1,027.72 = 86.99%
    (
        "Chinese exports to the North took up some 87 percent of the two-way trade in 2022.",
        "2023-01-20",
        "export",
        PAIR_TOTAL,
        Y[2022],
        "87",
        "correct",
    ),
    # 2019: 215.1973 / 2,789.019 = 7.72%
    (
        "Imports from North Korea constituted only 7.7 percent of the bilateral total in 2019.",
        "2020-02-01",
        "import",
        PAIR_TOTAL,
        Y[2019],
        "7.7",
        "correct",
    ),
    # 2022: 133.68 / 1,027.72 = 13.01%
    (
        "The share of imports in China's trade with North Korea was 13 percent in 2022.",
        "2023-02-01",
        "import",
        PAIR_TOTAL,
        Y[2022],
        "13",
        "correct",
    ),
    # September 2023: 188.74 / 216.53 = 87.17%
    (
        "The share of Chinese exports in the trade with North Korea was 87.2 percent in September.",
        "2023-10-20",
        "export",
        PAIR_TOTAL,
        "2023-09/2023-09",
        "87.2",
        "correct",
    ),
    # 2021: 57.874 / 318.04 = 18.20% -> "nearly a fifth" (below 20)
    (
        "North Korean products made up nearly a fifth of China's trade with North Korea in 2021.",
        "2022-02-01",
        "import",
        PAIR_TOTAL,
        Y[2021],
        "20",
        "correct",
    ),
    # 2017: 1,731 / 4,976 = 34.79% -> "more than a third"
    (
        "In 2017, purchases from North Korea accounted for more than a third of the two countries' "
        "trade, before sanctions bit.",
        "2018-03-01",
        "import",
        PAIR_TOTAL,
        Y[2017],
        "33.33",
        "correct",
    ),
    # 2014: 2,867.931 / 6,363.63 = 45.07% -> "nearly half"
    (
        "China's imports from North Korea made up nearly half of bilateral trade in 2014.",
        "2015-02-01",
        "import",
        PAIR_TOTAL,
        Y[2014],
        "50",
        "correct",
    ),
    # 2024: 1,830 / 2,180.39 = 83.93% -> "more than three-quarters"
    (
        "Chinese shipments to North Korea accounted for more than three-quarters of the trade "
        "between the two countries in 2024.",
        "2025-01-20",
        "export",
        PAIR_TOTAL,
        Y[2024],
        "75",
        "correct",
    ),
    # September 2023: 188.74 / 216.53 = 87.17%
    (
        "China's exports to North Korea, at $188.74 million, were 87.2 percent of the total "
        "in September.",
        "2023-10-20",
        "export",
        PAIR_TOTAL,
        "2023-09/2023-09",
        "87.2",
        "correct",
    ),
    # 2024: 1,830 / 2,180.39 = 83.93% (bare "Exports": China's, from the sentence before)
    (
        "China's trade with North Korea eased in 2024. Exports made up 83.9 percent of bilateral "
        "trade, the customs figures showed.",
        "2025-01-20",
        "export",
        PAIR_TOTAL,
        Y[2024],
        "83.9",
        "correct",
    ),
    # November 2023: 198.2 / 224.3 = 88.36%
    (
        "Of the total trade, exports from China to North Korea accounted for 88.4% at US$198.2 "
        "million in November.",
        "2023-12-20",
        "export",
        PAIR_TOTAL,
        "2023-11/2023-11",
        "88.4",
        "correct",
    ),
    # April 2024: 29.09 / 193.994 = 15.00%
    (
        "In April, China's imports from the DPRK represented 15 percent of the bilateral trade "
        "value, the GACC said.",
        "2024-05-20",
        "import",
        PAIR_TOTAL,
        "2024-04/2024-04",
        "15",
        "correct",
    ),
    # September 2023: 27.79 / 216.53 = 12.83%
    (
        "Imports from the North came to 12.8 per cent of the total in September.",
        "2023-10-20",
        "import",
        PAIR_TOTAL,
        "2023-09/2023-09",
        "12.8",
        "correct",
    ),
    # 2020: 491.059 / 539.059 = 91.10% (North Korea's purchases = China's exports)
    (
        "North Korea's purchases from China made up 91.1 percent of bilateral trade in 2020.",
        "2021-02-01",
        "export",
        PAIR_TOTAL,
        Y[2020],
        "91.1",
        "correct",
    ),
    # 2023: 2,003.5 / 2,295.38 = 87.28% (broadcast numbers)
    (
        "In 2023, Chinese goods sent to the North made up eighty-seven point three percent of "
        "the two-way trade.",
        "2024-01-20",
        "export",
        PAIR_TOTAL,
        Y[2023],
        "87.3",
        "correct",
    ),
    # 2021: 57.874 / 318.04 = 18.20% (North Korea's share of the pair's trade is its exports)
    (
        "North Korea's share of its trade with China rose to 18.2 percent in 2021.",
        "2022-02-01",
        "import",
        PAIR_TOTAL,
        Y[2021],
        "18.2",
        "correct",
    ),
    # 2024: 1,830 / 2,180.39 = 83.93%
    (
        "China's share of the bilateral trade slipped to 83.9% in 2024.",
        "2025-01-20",
        "export",
        PAIR_TOTAL,
        Y[2024],
        "83.9",
        "correct",
    ),
    # 2024: 1,830 / 2,180.39 = 83.93% ("accounting for", a participle after the level)
    (
        "China's exports to North Korea fell to $1.83 billion last year, accounting for 83.9 "
        "percent of the total.",
        "2025-01-20",
        "export",
        PAIR_TOTAL,
        Y[2024],
        "83.9",
        "correct",
    ),
    # 2023: 2,003.5 / 2,295.38 = 87.28% ("its share": the flow of the sentence before)
    (
        "North Korea's imports from China reached $2 billion last year. Its share of bilateral "
        "trade rose to 87.3 percent.",
        "2024-01-20",
        "export",
        PAIR_TOTAL,
        Y[2023],
        "87.3",
        "correct",
    ),
    # 2024: 1,830 / 2,180.39 = 83.93%
    (
        "Chinese goods took up 83.9 percent of the overall volume of China-North Korea trade "
        "in 2024.",
        "2025-01-20",
        "export",
        PAIR_TOTAL,
        Y[2024],
        "83.9",
        "correct",
    ),
    # 2023: 2,003.5 / 2,295.38 = 87.28% (Korean-translated "took up ... of the total amount")
    (
        "China's exports to North Korea took up 87.3% of the total trade amount between the two "
        "countries last year.",
        "2024-01-20",
        "export",
        PAIR_TOTAL,
        Y[2023],
        "87.3",
        "correct",
    ),
    # 2023: 291.89 / 2,295.38 = 12.72% (Xinhua style)
    (
        "The DPRK's exports to China accounted for 12.7 percent of the total bilateral trade "
        "in 2023.",
        "2024-01-20",
        "import",
        PAIR_TOTAL,
        Y[2023],
        "12.7",
        "correct",
    ),
    # 2024: 350 / 2,180.39 = 16.05%
    (
        "The proportion of imports in China's trade with North Korea rose to 16.1 percent in 2024.",
        "2025-01-20",
        "import",
        PAIR_TOTAL,
        Y[2024],
        "16.1",
        "correct",
    ),
    # 2023: 2,003.5 / 2,295.38 = 87.28%
    (
        "Chinese exports held an 87.3 percent share of the two-way trade with North Korea in 2023.",
        "2024-01-20",
        "export",
        PAIR_TOTAL,
        Y[2023],
        "87.3",
        "correct",
    ),
    # 2023: 87.28% -> "nearly nine-tenths"
    (
        "China's exports to North Korea represented nearly nine-tenths of bilateral trade last "
        "year.",
        "2024-01-20",
        "export",
        PAIR_TOTAL,
        Y[2023],
        "90",
        "correct",
    ),
    # 2023: 2,003.5 / 2,295.38 = 87.28% (the part named after the whole)
    (
        "About 87 percent of the two-way trade between China and North Korea in 2023 consisted "
        "of Chinese exports.",
        "2024-01-20",
        "export",
        PAIR_TOTAL,
        Y[2023],
        "87",
        "correct",
    ),
    # 2021: 57.874 / 318.04 = 18.20% (passive, think-tank style)
    (
        "Some 18 percent of bilateral trade in 2021 was accounted for by North Korean shipments "
        "to China.",
        "2022-02-01",
        "import",
        PAIR_TOTAL,
        Y[2021],
        "18",
        "correct",
    ),
    # 2023: 2,003.5 / 2,295.38 = 87.28% ("Chinese customs" names the source, not the exporter)
    (
        "Exports accounted for nearly 90 per cent of China-DPRK trade in 2023, according to "
        "Chinese customs.",
        "2024-02-15",
        "export",
        PAIR_TOTAL,
        Y[2023],
        "90",
        "correct",
    ),
    # 2023 wrong on purpose: 2,003.5 / 2,295.38 = 87.28%, not 77.3%
    (
        "Chinese exports accounted for 77.3 percent of China-North Korea trade in 2023.",
        "2024-01-20",
        "export",
        PAIR_TOTAL,
        Y[2023],
        "77.3",
        "wrong",
    ),
]


def _ids(rows):
    return [r[0][:48] for r in rows]


@pytest.mark.parametrize(
    "text, date, flow, whole, period, value, verdict", SHARES, ids=_ids(SHARES)
)
def test_share_of_the_pairs_trade(text, date, flow, whole, period, value, verdict) -> None:
    claims, _ = extract_claims(text, date=date)
    shares = [c for c in claims if c.kind == "share"]
    assert len(shares) == 1, [(c.kind, c.surface) for c in claims]
    (c,) = shares
    assert (c.reporter, c.partner, c.flow) == ("CHN", "PRK", flow)
    assert c.whole == whole
    assert str(c.period) == period
    assert c.value == Decimal(value)
    r = check_text(text, date=date)
    row = r[r["kind"] == "share"].iloc[0]
    assert row["verdict"] == verdict, row["explanation"]


# Shares of a whole the bundled data do not hold: extracted, never called right or wrong.
OTHER_WHOLES = [
    (
        "China accounted for 96.7 percent of North Korea's external trade in 2021, "
        "according to KOTRA.",
        "2022-07-20",
        NK_WORLD,
        Y[2021],
        "96.7",
    ),
    (
        "China accounts for over 90 percent of North Korea's trade, and the sanctions have not "
        "changed that.",
        "2023-05-10",
        NK_WORLD,
        None,
        "90",
    ),
    (
        "China's share of North Korea's foreign trade reached 96.7 percent in 2021, KOTRA said.",
        "2022-07-20",
        NK_WORLD,
        Y[2021],
        "96.7",
    ),
    (
        "North Korea supplied a mere 0.01 percent of China's total imports in 2023.",
        "2024-02-01",
        {"reporter": "CHN", "partner": "WLD", "flow": "import"},
        Y[2023],
        "0.01",
    ),
    # the part named after "of which", the whole the level just stated
    (
        "Seoul's trade agency put North Korea's total external trade in 2021 at $710 million, of "
        "which commerce with China accounted for 96.6 percent.",
        "2022-07-20",
        NK_WORLD,
        Y[2021],
        "96.6",
    ),
    (
        "North Korea's overall trade came to US$1.59 billion in 2022, of which trade with China "
        "made up about 96.7%.",
        "2023-07-20",
        NK_WORLD,
        Y[2022],
        "96.7",
    ),
]


@pytest.mark.parametrize("text, date, whole, period, value", OTHER_WHOLES, ids=_ids(OTHER_WHOLES))
def test_a_share_of_other_data_is_unverifiable(text, date, whole, period, value) -> None:
    claims, _ = extract_claims(text, date=date)
    (c,) = [c for c in claims if c.kind == "share"]
    assert c.whole == whole
    assert c.value == Decimal(value)
    if period is not None:
        assert str(c.period) == period
    r = check_text(text, date=date)
    assert list(r[r["kind"] == "share"]["verdict"]) == ["unverifiable"]


# A product's share of a flow: the part is not a flow total. The data hold the product rows
# (datasets/china_dprk_products.csv products:147, HS 6704, 2023: $167.0m of $291.89m = 57.2%;
# products:165, 2024: $180.21m of $350m = 51.5%) but the checker does not read products yet, so
# the share must never be checked as imports / imports.
PRODUCTS = [
    (
        "Wigs and false eyelashes, worth $167 million, accounted for 57.2 percent of China's total "
        "imports from the North in 2023.",
        "2024-01-25",
        "57.2",
    ),
    (
        "Hair products alone represented about half of China's imports from North Korea in 2024.",
        "2025-01-25",
        "50",
    ),
]


@pytest.mark.parametrize("text, date, value", PRODUCTS, ids=_ids(PRODUCTS))
def test_a_products_share_is_not_a_flows_share(text, date, value) -> None:
    r = check_text(text, date=date)
    shares = r[r["kind"] == "share"]
    assert list(shares["value"]) == [value]
    assert list(shares["verdict"]) == ["unverifiable"]


# Percentage points: s_N - s_O of the shares above.
PP = [
    # import share 2021 18.20% - 2020 8.90% = +9.30 pp
    (
        "China's trade with North Korea shrank again in 2021. The share of North Korean goods "
        "in the two-way trade rose 9.3 percentage points to 18.2 percent.",
        "2022-02-01",
        "import",
        Y[2021],
        "9.3",
        "correct",
    ),
    # import share 2024 16.05% - 2023 12.72% = +3.34 pp
    (
        "North Korea's share of the bilateral trade rose 3.3 percentage points in 2024.",
        "2025-01-25",
        "import",
        Y[2024],
        "3.3",
        "correct",
    ),
    # import share 2021 18.20% - 2020 8.90% = +9.30 pp (the points move the share before them)
    (
        "North Korea's exports to China made up 18.2 percent of bilateral trade in 2021, up 9.3 "
        "percentage points from a year earlier.",
        "2022-02-01",
        "import",
        Y[2021],
        "9.3",
        "correct",
    ),
    # export share 2021 81.80% - 2020 91.10% = -9.30 pp
    (
        "China's share of the trade between the two countries dropped 9.3 percentage points "
        "in 2021.",
        "2022-02-01",
        "export",
        Y[2021],
        "-9.3",
        "correct",
    ),
]


@pytest.mark.parametrize("text, date, flow, period, value, verdict", PP, ids=_ids(PP))
def test_percentage_points_of_a_share(text, date, flow, period, value, verdict) -> None:
    claims, _ = extract_claims(text, date=date)
    (c,) = [c for c in claims if c.kind == "pp_change"]
    assert (c.reporter, c.partner, c.flow) == ("CHN", "PRK", flow)
    assert c.whole == PAIR_TOTAL
    assert str(c.period) == period
    assert c.value == Decimal(value)
    r = check_text(text, date=date)
    assert list(r[r["kind"] == "pp_change"]["verdict"]) == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese firm took a 25% stake in the Rason port venture in 2010.",
        "The state-owned company held a 50% share in the joint venture with a North Korean partner.",
        "Chinese investors own 70 percent of the mining company on the border.",
        "A North Korean trading company owns a 30 percent share of the hotel in Dandong.",
    ],
)
def test_ownership_is_not_a_share_claim(text) -> None:
    claims, _ = extract_claims(text, date="2012-01-10")
    assert [c for c in claims if c.kind in ("share", "ratio", "change_pct")] == []


def test_a_share_and_its_base_share() -> None:
    # 2024: 350 / 2,180.39 = 16.05%; 2023: 291.89 / 2,295.38 = 12.72%
    text = (
        "Imports from North Korea were 16.1 percent of China's trade with the country in 2024, "
        "up from 12.7 percent in 2023."
    )
    r = check_text(text, date="2025-01-20")
    shares = r[r["kind"] == "share"]
    assert list(shares["period"]) == [Y[2024], Y[2023]]
    assert set(shares["flow"]) == {"import"}
    assert list(shares["verdict"]) == ["correct", "correct"]


def test_a_share_in_a_relative_clause_leaves_the_subject_alone() -> None:
    # 2023 exports 2,003.5 / total 2,295.38 = 87.28%; exports 2023 / 2022 = 2,003.5 / 894.04
    # = 2.241, up 124.1% ("bilateral" makes the pair's trade with China named alone)
    text = (
        "Chinese exports, which accounted for 87.3 percent of bilateral trade, rose 124 percent "
        "last year."
    )
    r = check_text(text, date="2024-01-20")
    assert list(zip(r["kind"], r["flow"], r["partner"], r["verdict"])) == [
        ("share", "export", "PRK", "correct"),
        ("change_pct", "export", "PRK", "correct"),
    ]


@pytest.mark.parametrize(
    "text, date, flows, verdicts",
    [
        # 2023: total $2,295.38m; exports 2,003.5 / 2,295.38 = 87.28% ("of which": the level is
        # the whole, the part follows)
        (
            "Bilateral trade hit $2.3 billion last year, 87 percent of which was Chinese exports.",
            "2024-01-20",
            [("level", "total"), ("share", "export")],
            ["correct", "correct"],
        ),
        # 2024: imports 350 / 2,180.39 = 16.05%; exports 1,830 / 2,180.39 = 83.93%
        (
            "North Korea's exports to China accounted for 16 percent of the trade between the two "
            "sides last year, while imports took up the remaining 84 percent.",
            "2025-01-20",
            [("share", "import"), ("share", "export")],
            ["correct", "correct"],
        ),
    ],
)
def test_two_parts_of_one_whole(text, date, flows, verdicts) -> None:
    r = check_text(text, date=date)
    assert list(zip(r["kind"], r["flow"])) == flows
    assert list(r["verdict"]) == verdicts
    claims, _ = extract_claims(text, date=date)
    wholes = [c.whole for c in claims if c.kind == "share"]
    assert wholes and all(w == PAIR_TOTAL for w in wholes)


# -- "a quarter of what it bought": the whole is the part owner's other flow ----------------------
@pytest.mark.parametrize(
    ("text", "date", "flow", "whole_flow", "verdict"),
    [
        # imports Aug 2023 $28.23m (monthly:486) / exports Aug 2023 $162.9m (monthly:481) = 17.3
        # percent: "about a fifth" (fraction ladder [15, 22.5]) holds
        (
            "In August 2023, what North Korea sold to China was about a fifth of what it bought.",
            "2023-09-20",
            "import",
            "export",
            "correct",
        ),
        # the same month from China's side: what China bought is its imports, a fifth of its sales
        (
            "What China sold North Korea in August 2023 was about six times what it bought from "
            "the North.",
            "2023-09-20",
            None,
            None,
            None,
        ),
        # imports Oct 2023 $24.82m (monthly:506) / exports $167.6m (monthly:501) = 14.8 percent:
        # "a third" does not hold
        (
            "What the North shipped to China in October 2023 came to a third of what it bought.",
            "2023-11-20",
            "import",
            "export",
            "wrong",
        ),
    ],
)
def test_a_share_of_what_the_part_owner_bought(text, date, flow, whole_flow, verdict) -> None:
    claims, _ = extract_claims(text, date=date)
    shares = [c for c in claims if c.kind == "share"]
    if flow is None:
        assert shares == []  # "six times what it bought" is a multiple, no share
        return
    (c,) = shares
    assert (c.flow, c.whole["flow"], c.whole["reporter"]) == (flow, whole_flow, "CHN")
    r = check_text(text, date=date)
    assert r[r["kind"] == "share"]["verdict"].tolist() == [verdict]


# -- "of the goods that crossed the border, X went from A to B": a flow's share of the pair's trade
@pytest.mark.parametrize(
    ("text", "date", "flow", "verdict"),
    [
        # exports 2023 $2,003.5m (annual:197) / total $2,295.38m (annual:205) = 87.3 percent
        (
            "About nine-tenths of the goods crossing the border in 2023 went from China to North "
            "Korea.",
            "2024-02-01",
            "export",
            "correct",
        ),
        # imports 2022 $133.68m (annual:186) / total $1,027.72m (annual:189) = 13.0 percent
        (
            "About a tenth of the cargo that crossed the border in 2022 went from North Korea to "
            "China.",
            "2023-02-01",
            "import",
            "correct",
        ),
        # exports 2022 $894.04m (annual:181) / total = 87.0 percent: not three-quarters
        (
            "Three-quarters of the goods that crossed the border in 2022 went from China to the "
            "North.",
            "2023-02-01",
            "export",
            "wrong",
        ),
    ],
)
def test_a_share_of_the_goods_crossing_the_border(text, date, flow, verdict) -> None:
    claims, _ = extract_claims(text, date=date)
    (c,) = claims
    assert (c.kind, c.flow, c.whole) == ("share", flow, PAIR_TOTAL)
    assert check_text(text, date=date)["verdict"].tolist() == [verdict]


@pytest.mark.parametrize(
    ("text", "date", "flow", "period", "verdict"),
    [
        # Jan–Jul 2024 import share 17.8% is heldout5's; here other months and figures.
        # May 2022: imports $5.79m (monthly:422) / total $20.31m (monthly:423) = 28.5%
        (
            "Imports' share of China–N. Korea trade, May 2022: 28.5%",
            "2022-06-20",
            "import",
            "2022-05/2022-05",
            "correct",
        ),
        # Apr 2022: exports $98.09m (monthly:417) / total $102.34m (monthly:420) = 95.85%
        (
            "Exports' share of China–DPRK trade, April 2022: 95.8%",
            "2022-05-20",
            "export",
            "2022-04/2022-04",
            "correct",
        ),
        (
            "Exports' share of bilateral trade with the North, April 2022: 90.8%",
            "2022-05-20",
            "export",
            "2022-04/2022-04",
            "wrong",
        ),
        # 2021: exports $260.165m (annual:171) / total $318.04m (annual:175) = 81.8%
        (
            "China's exports were 81.8 percent of the China–North Korea total in 2021.",
            "2022-02-01",
            "export",
            "2021-01/2021-12",
            "correct",
        ),
        # imports $57.874m (annual:173) / $318.04m = 18.2%: "about a fifth"
        (
            "North Korean goods made up about a fifth of the China—DPRK total in 2021.",
            "2022-02-01",
            "import",
            "2021-01/2021-12",
            "correct",
        ),
    ],
)
def test_a_share_labelled_or_of_a_dashed_pairs_total(text, date, flow, period, verdict) -> None:
    (r,) = check_text(text, date=date).itertuples()
    assert (r.kind, r.flow, r.period, r.verdict) == ("share", flow, period, verdict)


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # 2021: exports $260.165m (annual:171), imports $57.874m (annual:173), total $318.04m
        # (annual:175): 81.8% and 18.2%
        (
            "Chinese exports were 81.8% of bilateral trade in 2021, with imports at 18.2%.",
            "2022-02-01",
            [("export", "2021-01/2021-12", "correct"), ("import", "2021-01/2021-12", "correct")],
        ),
        # Apr 2022: imports $4.37m (monthly:419) / total $102.34m (monthly:420) = 4.27%
        (
            "China's exports made up 95.8 percent of its trade with North Korea in April 2022, "
            "with imports at just 6.3 percent.",
            "2022-05-20",
            [("export", "2022-04/2022-04", "correct"), ("import", "2022-04/2022-04", "wrong")],
        ),
        # 2022: imports $133.68m (annual:186) / total $1,027.72m (annual:189) = 13.0%; exports
        # $894.04m (annual:181) = 87.0%: the year in the whole is the share's own period
        (
            "China's trade with North Korea grew in 2022. North Korea's sales, at $133.7 million, "
            "were only 13.0% of 2022 trade.",
            "2023-02-01",
            [("import", "2022-01/2022-12", "correct")],
        ),
        (
            "China's trade with North Korea grew in 2022. Exports to the North were 87% of 2022 "
            "trade.",
            "2023-02-01",
            [("export", "2022-01/2022-12", "correct")],
        ),
    ],
)
def test_a_gapped_share_and_a_share_of_its_own_years_trade(text, date, want) -> None:
    r = check_text(text, date=date)
    r = r[r["kind"] == "share"]
    assert list(zip(r["flow"], r["period"], r["verdict"], strict=True)) == want


def test_a_year_in_the_whole_beside_another_period_is_a_ratio() -> None:
    # "In 2023 … 200% of 2022 trade" compares two years: no share
    r = check_text(
        "China's trade with North Korea grew in 2022. In 2023 exports to the North were 200% "
        "of 2022 trade.",
        date="2024-02-01",
    )
    assert r["kind"].tolist() == ["ratio"]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's foreign trade came to $1.59 billion in 2022, 96.7 percent of it with China.",
        "By one estimate the North's external trade totalled $1.59 billion in 2022, with 96.7 "
        "percent of it conducted with China.",
    ],
)
def test_a_share_of_it_done_with_a_country(text) -> None:
    # the whole is North Korea's trade with the world, which the data do not hold
    r = check_text(text, date="2023-07-20")
    share = r[r["kind"] == "share"].iloc[0]
    assert (share["flow"], share["period"], share["verdict"]) == (
        "total",
        "2022-01/2022-12",
        "unverifiable",
    )
    assert {share["reporter"], share["partner"]} == {"CHN", "PRK"}


def test_two_flows_each_a_share_read_as_the_first() -> None:
    # Feb 2016: exports $160m (monthly_add:1), imports $160m (monthly_add:2), total $320m
    # (monthly_add:3): each half of the total
    (r,) = check_text(
        "Exports and imports each made up about half of China's trade with North Korea in "
        "February 2016.",
        date="2016-03-20",
    ).itertuples()
    assert (r.kind, r.flow, r.period, r.value) == ("share", "export", "2016-02/2016-02", "50")
    assert r.verdict in ("correct", "approx")


@pytest.mark.parametrize(
    ("text", "date", "flow", "verdict"),
    [
        # 2021: imports $57.874m (annual:173) / total $318.04m (annual:175) = 18.2%: the 1/5 rung
        (
            "Roughly one out of every five dollars of China's trade with the DPRK in 2021 was an "
            "import from the North.",
            "2022-02-10",
            "import",
            "correct",
        ),
        # exports $260.165m (annual:171) / $318.04m = 81.8%: the 4/5 rung
        (
            "In 2021 Chinese exports made up four out of every five dollars of China's trade with "
            "North Korea.",
            "2022-02-10",
            "export",
            "correct",
        ),
        # 2022: imports $133.68m (annual:186) / total $1,027.72m (annual:189) = 13.0%, not 1/3
        (
            "One in every three dollars of China–North Korea trade in 2022 was a North Korean "
            "sale to China.",
            "2023-02-10",
            "import",
            "wrong",
        ),
        # 2023: exports $2,003.5m of $2,295.38m = 87.3% (annual 2023): "nine in ten dollars"
        # with no "every" is the 9/10 rung ...
        (
            "Nearly nine in ten dollars of China's 2023 trade with North Korea were Chinese "
            "exports.",
            "2024-03-01",
            "export",
            "correct",
        ),
        # ... and not "six in ten"
        (
            "About six in ten dollars of China's 2023 trade with North Korea were Chinese exports.",
            "2024-03-01",
            "export",
            "wrong",
        ),
    ],
)
def test_one_in_every_n_dollars_is_a_share(text, date, flow, verdict) -> None:
    (r,) = check_text(text, date=date).itertuples()
    assert (r.kind, r.flow, r.verdict) == ("share", flow, verdict)


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # May 2024: imports $30.96m (monthly:535) of $181.342m (monthly:536) = 17.07%; "the
        # North's own products" are its sales to China
        (
            "Beijing's customs agency publishes what crosses the border with the North each "
            "month. The North's own products were roughly 17 percent of total trade in May 2024.",
            "2024-06-20",
            [("import", "2024-05/2024-05", "correct")],
        ),
        # June 2023 imports $29.5m of $184.2m = 16.0%; May 2023 $23.94m of $189.57m = 12.6%
        # (monthly rows): the second share leaves out its subject and verb, naming a new month
        (
            "China's purchases from North Korea were 16 percent of its trade with the country "
            "in June 2023, but just 12.6 percent in May.",
            "2023-07-20",
            [("import", "2023-06/2023-06", "correct"), ("import", "2023-05/2023-05", "correct")],
        ),
    ],
)
def test_shares_said_with_few_words(text, date, want) -> None:
    got = check_text(text, date=date)
    assert list(got["kind"]) == ["share"] * len(want)
    assert list(zip(got["flow"], got["period"], got["verdict"])) == want


def test_a_share_in_a_relative_clause_takes_the_clauses_period() -> None:
    # 2024: imports $350m of $2,180.39m = 16.05%; 2016: imports $2,537.3m (annual:99, UN
    # Comtrade) are 47.2% of China–DPRK trade — "the nearly half they accounted for in 2016"
    got = check_text(
        "China's purchases from North Korea were 16 percent of the two countries' trade in 2024, "
        "far below the nearly half they accounted for in 2016.",
        date="2025-02-10",
    )
    assert list(zip(got["kind"], got["flow"], got["period"], got["verdict"])) == [
        ("share", "import", "2024-01/2024-12", "correct"),
        ("share", "import", "2016-01/2016-12", "correct"),
    ]


def test_a_whole_in_money_with_its_period_before_the_flow_word() -> None:
    # "the $14.29 million in March 2021 trade": the whole is total trade (March 2021: total
    # $14,285,000, monthly:343; exports $12,978,000, monthly:332 → 90.85 percent)
    text = (
        "Beijing's customs office counts what crosses its border with Pyongyang. Chinese goods "
        "made up 90.9% of the $14.29 million in March 2021 trade."
    )
    r = check_text(text, date="2021-04-20")
    got = [(x.surface, x.kind, x.flow, x.verdict) for x in r.itertuples()]
    assert got == [
        ("90.9%", "share", "export", "correct"),
        ("$14.29 million", "level", "total", "correct"),
    ]


def test_a_whole_with_the_parts_reporter_as_partner_is_the_pairs_trade() -> None:
    # China's imports from North Korea as a share of "total trade with China": the North's
    # trade with China, the pair's total (2021: imports $57,874,000, annual:173; total
    # $318,040,000, annual:175 → 18.20 percent)
    text = "In 2021 imports from North Korea made up 18.2 percent of the year's total trade with China."
    claims, _ = extract_claims(text, date="2022-01-20")
    assert [(c.kind, c.flow, c.whole) for c in claims] == [
        ("share", "import", {"reporter": "CHN", "partner": "PRK", "flow": "total"})
    ]
    assert check_text(text, date="2022-01-20")["verdict"].tolist() == ["correct"]


@pytest.mark.parametrize(
    ("date", "text", "want"),
    [
        # 2019: exports $2,573,821,663 (annual_add:1) of total $2,789,018,980 (annual_add:3)
        (
            "2020-01-20",
            "In 2019 Chinese exports were more than nine-tenths of all bilateral trade, at 92.3 "
            "percent.",
            ("92.3 percent", "share", "export", "correct"),
        ),
        # 2021: imports $57,874,000 (annual:173) of total $318,040,000 (annual:175)
        (
            "2022-01-20",
            "North Korea's shipments to China in 2021 came to less than a fifth of two-way trade, "
            "or 18.2 percent.",
            ("18.2 percent", "share", "import", "correct"),
        ),
        # not a fraction: "the first half of the year" is a period (Jan–Jun 2024 total
        # $971,000,000, printed change −8%, ytd:200)
        (
            "2024-07-20",
            "Trade with North Korea in the first half of the year amounted to $971 million, 8 "
            "percent less than a year earlier.",
            ("8 percent", "change_pct", "total", "correct"),
        ),
    ],
)
def test_a_fraction_of_the_whole_then_its_percentage(date, text, want) -> None:
    r = check_text(text, date=date)
    got = [(x.surface, x.kind, x.flow, x.verdict) for x in r.itertuples()]
    assert want in got, got


def test_a_share_of_a_years_trade_moved_in_points_than_another_year() -> None:
    # 2023: imports $291.89m of $2,295.38m = 12.72%; 2022: $133.68m of $1,027.72m = 13.01%
    # (annual rows): 0.29 points less, so "0.3" holds and "1.3" does not
    for pp, verdict in (("0.3", "correct"), ("1.3", "wrong")):
        got = check_text(
            f"North Korean goods were 12.7 percent of 2023's bilateral trade, {pp} percentage "
            "points less than in 2022.",
            date="2024-03-01",
        )
        assert list(zip(got["kind"], got["flow"], got["period"], got["verdict"])) == [
            ("share", "import", "2023-01/2023-12", "correct"),
            ("pp_change", "import", "2023-01/2023-12", verdict),
        ]
        assert got["base"].iloc[1] == "2022-01/2022-12"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # 2017: imports $1,731m of $4,976m = 34.8% (annual 2017): "a third" ([29.2%, 36.7%])
        ("Roughly a third of 2017's bilateral trade was North Korean goods.", "correct"),
        ("Some 60 percent of China's 2017 trade with the North was North Korean goods.", "wrong"),
    ],
)
def test_a_countrys_goods_after_a_copula_are_the_part(text, verdict) -> None:
    got = check_text(text, date="2018-03-01")
    assert list(zip(got["kind"], got["flow"], got["period"], got["verdict"])) == [
        ("share", "import", "2017-01/2017-12", verdict)
    ]


@pytest.mark.parametrize(
    ("text", "flow", "verdict"),
    [
        # 2017: imports $1,731m, exports $3,245m of $4,976m = 34.8% and 65.2% (annual 2017)
        (
            "Making up about 35 percent of 2017's bilateral trade, purchases from the North were "
            "the smaller flow.",
            "import",
            "correct",
        ),
        (
            "Representing 45 percent of China's trade with North Korea in 2017, exports to the "
            "North dwarfed imports.",
            "export",
            "wrong",
        ),
        # the figure set before its subject with "At"
        (
            "At just 35 percent of China's 2017 trade with North Korea, purchases from the North "
            "stayed the smaller flow.",
            "import",
            "correct",
        ),
    ],
)
def test_a_share_in_a_leading_participle_clause_is_the_subjects(text, flow, verdict) -> None:
    got = check_text(text, date="2018-03-01")
    assert list(zip(got["kind"], got["flow"], got["period"], got["verdict"])) == [
        ("share", flow, "2017-01/2017-12", verdict)
    ]


@pytest.mark.parametrize(("pct", "verdict"), [("13.2", "correct"), ("31.2", "wrong")])
def test_a_shares_whole_between_two_months_sums_them(pct, verdict) -> None:
    # Jan–Aug 2023: imports $187.75m (ytd:186) of $1,426.2m (ytd:187) = 13.16%
    got = check_text(
        f"Purchases from North Korea, which made up {pct} percent of trade between January and "
        "August 2023, grew faster than sales to it.",
        date="2023-10-01",
    )
    assert list(zip(got["kind"], got["flow"], got["period"], got["verdict"])) == [
        ("share", "import", "2023-01/2023-08", verdict)
    ]


@pytest.mark.parametrize(
    ("text", "flow", "verdict"),
    [
        # 2017: exports $3,245m, imports $1,731m of $4,976m = 65.2% and 34.8% (annual 2017);
        # the whole and its year in the main clause ("2017's trade")
        (
            "With a share of 65 percent, Chinese exports dominated 2017's trade with North Korea.",
            "export",
            "correct",
        ),
        # the whole after the figure
        (
            "With a share of 45 percent of China's 2017 trade with North Korea, purchases from the "
            "North rose.",
            "import",
            "wrong",
        ),
    ],
)
def test_a_share_opened_by_with_a_share_of_is_the_subjects(text, flow, verdict) -> None:
    got = check_text(text, date="2018-03-01")
    assert list(zip(got["kind"], got["flow"], got["period"], got["verdict"])) == [
        ("share", flow, "2017-01/2017-12", verdict)
    ]


# A second share in the same clause, its verb and whole elided ("… of the trade in P1 and Y% in
# P2", "…, vis-à-vis Y% in P2", "…, relative to less than Y% in P2"): the same part of the same
# whole, in its own period. The first share keeps the period before it, not the second's.
ELIDED_SHARES = [
    (
        # 2019: 2,573.822 / 2,789.019 = 92.28%; 2020: 491.059 / 539.059 = 91.10%
        "Exports from China made up 92.3 percent of two-way trade in 2019 and 91.1 percent in "
        "2020.",
        "2021-03-01",
        [("export", Y[2019], "92.3", "correct"), ("export", Y[2020], "91.1", "correct")],
    ),
    (
        # 2022: 133.680 / 1,027.720 = 13.01%; 2021: 57.874 / 318.040 = 18.20% (16 is wrong)
        "In 2022, imports from the DPRK represented 13 percent of total bilateral trade, "
        "vis-à-vis 16 percent in 2021.",
        "2023-04-10",
        [("import", Y[2022], "13", "correct"), ("import", Y[2021], "16", "wrong")],
    ),
    (
        # 2021: 18.20% ("more than 15"); 2020: 48.001 / 539.059 = 8.90% ("under 10")
        "North Korean goods bought by China formed more than 15 per cent of the pair's trade in "
        "2021, relative to under 10 per cent in 2020.",
        "2022-05-02",
        [("import", Y[2021], "15", "correct"), ("import", Y[2020], "10", "correct")],
    ),
]


@pytest.mark.parametrize("text, date, expected", ELIDED_SHARES, ids=_ids(ELIDED_SHARES))
def test_a_second_share_with_its_verb_elided(text, date, expected) -> None:
    claims, _ = extract_claims(text, date=date)
    shares = [c for c in claims if c.kind == "share"]
    assert [(c.flow, str(c.period), c.value) for c in shares] == [
        (f, p, Decimal(v)) for f, p, v, _ in expected
    ], [(c.kind, c.flow, str(c.period), c.surface) for c in claims]
    assert all(c.whole == PAIR_TOTAL for c in shares)
    r = check_text(text, date=date)
    assert list(r[r["kind"] == "share"]["verdict"]) == [v for *_, v in expected]


# "X% of the 2022 total was …": the whole ends where the part is named after its verb; the flow
# word of the part ("sales", "shipments") is not the whole's.
PART_AFTER_THE_TOTAL = [
    # 2022: 133.680 / 1,027.720 = 13.01% ("roughly an eighth")
    (
        "Roughly an eighth of the 2022 total was North Korean sales to China.",
        "2023-02-01",
        "import",
    ),
    # 2023: 2,003.5 / 2,295.38 = 87.28%
    (
        "About 87 percent of the 2023 total was Chinese shipments to the North.",
        "2024-02-01",
        "export",
    ),
]


@pytest.mark.parametrize("text, date, flow", PART_AFTER_THE_TOTAL, ids=_ids(PART_AFTER_THE_TOTAL))
def test_a_part_named_after_the_total(text, date, flow) -> None:
    (c,) = [c for c in extract_claims(text, date=date)[0] if c.kind == "share"]
    assert (c.flow, c.whole) == (flow, PAIR_TOTAL)
    r = check_text(text, date=date)
    assert list(r[r["kind"] == "share"]["verdict"]) == ["correct"]
