"""Phrasing classes of flows, balances, shares and ratios (issue 8, "Kinds").

Sentences written for these tests in the styles of wire copy, broadcast scripts, translated
Korean and Chinese news and think-tank reports; one group per phrasing class. Each expected
verdict is checked against the row of ``datasets/china_dprk.csv`` (China Customs via the press)
cited beside it; a share or ratio cites the rows it is computed from.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradestats.check.extract import extract_claims
from tradestats.check.run import check_text

PAIR = ("CHN", "PRK")
PAIR_TOTAL = {"reporter": "CHN", "partner": "PRK", "flow": "total"}
NK_WORLD = {"reporter": "PRK", "partner": "WLD", "flow": "total"}
Y = {y: f"{y}-01/{y}-12" for y in range(2010, 2026)}


def _ids(rows):
    return [r[1][:48] for r in rows]


def _only(text: str, date: str, kind: str):
    claims, _ = extract_claims(text, date=date)
    found = [c for c in claims if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.flow, c.surface) for c in claims]
    return found[0]


def _verdict(text: str, date: str, surface: str) -> str:
    r = check_text(text, date=date)
    row = r[r["surface"] == surface]
    assert len(row) == 1, r[["surface", "kind"]].values.tolist()
    return str(row.iloc[0]["verdict"])


# -- flow nouns: "commerce", "cargo", "consignments" ----------------------------------------------
# (date, text, flow, period, value, verdict)
FLOW_NOUNS = [
    # monthly:475 total May 2023 = $189,570,000 (and June below, the second figure)
    (
        "2023-07-20",
        "Bilateral commerce eased from $189.57 million in May to $184.2 million in June, "
        "customs data showed.",
        "total",
        "2023-05/2023-05",
        "189570000",
        "correct",
    ),
    # monthly:478 total June 2023 = $184,200,000
    (
        "2023-07-20",
        "Bilateral commerce eased from $189.57 million in May to $184.2 million in June, "
        "customs data showed.",
        "total",
        "2023-06/2023-06",
        "184200000",
        "correct",
    ),
    # annual:175 total 2021 = $318,040,000
    (
        "2022-02-01",
        "Sino-North Korean commerce in 2021 amounted to $318.04 million, according to China's "
        "General Administration of Customs.",
        "total",
        Y[2021],
        "318040000",
        "correct",
    ),
    # monthly:534 export May 2024 = $150,370,000
    (
        "2024-06-20",
        "Outbound cargo from China to the North totalled $150.37 million in May, the customs "
        "figures show.",
        "export",
        "2024-05/2024-05",
        "150370000",
        "correct",
    ),
    # monthly:535 import May 2024 = $30,960,000: $40 million is wrong
    (
        "2024-06-20",
        "Consignments from North Korea to China were worth $40 million in May, according to the "
        "data.",
        "import",
        "2024-05/2024-05",
        "40000000",
        "wrong",
    ),
]


@pytest.mark.parametrize(
    "date, text, flow, period, value, verdict", FLOW_NOUNS, ids=_ids(FLOW_NOUNS)
)
def test_commerce_and_cargo_are_trade_flows(date, text, flow, period, value, verdict) -> None:
    claims, _ = extract_claims(text, date=date)
    c = next((c for c in claims if str(c.period) == period), None)
    assert c is not None, [(c.kind, c.flow, str(c.period)) for c in claims]
    assert (c.kind, c.reporter, c.partner, c.flow) == ("level", *PAIR, flow)
    assert c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == verdict


def test_a_ministry_of_commerce_is_not_a_flow() -> None:
    # monthly_add:51 export September 2023 = $188,740,000
    text = (
        "Data from China's Ministry of Commerce show exports to North Korea of $188.74 million "
        "in September."
    )
    c = _only(text, "2023-10-25", "level")
    assert (c.flow, str(c.period)) == ("export", "2023-09/2023-09")
    assert _verdict(text, "2023-10-25", "$188.74 million") == "correct"


# -- goods named by their movement: "goods moving from China into North Korea" ---------------------
GOODS_MOVING = [
    # annual:197 / annual:205: 2,003.5 / 2,295.38 = 87.28% of the pair's trade in 2023
    (
        "2024-01-20",
        "Goods flowing from China into North Korea made up 87.3 percent of bilateral trade in "
        "2023.",
        "share",
        "export",
        Y[2023],
        "87.3",
        "correct",
    ),
    # annual:200 import 2023 = $291,890,000
    (
        "2024-01-20",
        "Products moving from the DPRK to China were valued at $291.89 million in 2023.",
        "level",
        "import",
        Y[2023],
        "291890000",
        "correct",
    ),
    # monthly:474 import May 2023 = $23,940,000
    (
        "2023-06-20",
        "Merchandise travelling from North Korea to China came to $23.94 million in May, the data "
        "showed.",
        "level",
        "import",
        "2023-05/2023-05",
        "23940000",
        "correct",
    ),
]


@pytest.mark.parametrize(
    "date, text, kind, flow, period, value, verdict", GOODS_MOVING, ids=_ids(GOODS_MOVING)
)
def test_goods_named_by_their_movement(date, text, kind, flow, period, value, verdict) -> None:
    c = _only(text, date, kind)
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, flow, period)
    assert c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == verdict


# -- a balance named in a country's favour: "the imbalance in China's favour" ---------------------
BALANCES = [
    # annual_add:4/5 2018: 2,218.14 − 213.208 = $2,004.932m surplus of China
    (
        "2019-02-01",
        "In 2018, the imbalance in China's favour in its commerce with North Korea reached "
        "$2.00 billion.",
        Y[2018],
        "2000000000",
        "correct",
    ),
    # annual:104/108 2017: 3,245 − 1,731 = $1,514m
    (
        "2018-02-01",
        "Pyongyang's trade with Beijing is lopsided: in 2017 the imbalance in Beijing's favour "
        "stood at $1.51 billion.",
        Y[2017],
        "1510000000",
        "correct",
    ),
    # annual:181/186 2022: 894.04 − 133.68 = $760.36m; a gap in China's favour is its surplus
    (
        "2023-02-01",
        "With North Korea, the trade gap in China's favour was about 760 million dollars last "
        "year.",
        Y[2022],
        "760000000",
        "correct",
    ),
]


@pytest.mark.parametrize("date, text, period, value, verdict", BALANCES, ids=_ids(BALANCES))
def test_a_balance_in_a_countrys_favour(date, text, period, value, verdict) -> None:
    c = _only(text, date, "balance")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, "balance", period)
    assert c.value == Decimal(value)  # a surplus of China, seen from China: positive
    assert _verdict(text, date, c.surface) == verdict


# -- a share whose whole is named in words, with the share's own year after it --------------------
WHOLES_IN_WORDS = [
    # annual:186 / annual:189: 133.68 / 1,027.72 = 13.01%
    (
        "2023-01-20",
        "Purchases from North Korea were 13 percent of everything China traded with the North "
        "in 2022.",
        "import",
        Y[2022],
        "13",
        "correct",
    ),
    # annual:213 / annual:217: 1,830 / 2,180.39 = 83.93%
    (
        "2025-01-20",
        "Chinese exports to North Korea were 83.9 percent of the total in 2024.",
        "export",
        Y[2024],
        "83.9",
        "correct",
    ),
    # annual:200 / annual:205: 291.89 / 2,295.38 = 12.72%
    (
        "2024-01-20",
        "Imports from the North were 12.7 percent of all the trade between the two countries in "
        "2023.",
        "import",
        Y[2023],
        "12.7",
        "correct",
    ),
]


@pytest.mark.parametrize(
    "date, text, flow, period, value, verdict", WHOLES_IN_WORDS, ids=_ids(WHOLES_IN_WORDS)
)
def test_a_share_of_a_whole_named_in_words(date, text, flow, period, value, verdict) -> None:
    c = _only(text, date, "share")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, flow, period)
    assert c.whole == PAIR_TOTAL
    assert c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == verdict


def test_a_year_inside_the_whole_still_makes_a_ratio() -> None:
    # annual:197 / annual_add:1: 2,003.5 / 2,573.822 = 77.84% of the 2019 level
    text = "China's exports to North Korea in 2023 were 77.8 percent of the 2019 total."
    c = _only(text, "2024-01-20", "ratio")
    assert (c.flow, str(c.period), str(c.base)) == ("export", Y[2023], Y[2019])
    assert _verdict(text, "2024-01-20", "77.8 percent") == "correct"


# -- a sentence opened by a concession continues the series: "Even so, the total ..." -------------
CONCESSIONS = [
    # annual:205 / annual_add:3: 2,295.38 / 2,789.019 = 82.30% of the 2019 level
    (
        "2024-01-20",
        "China's trade with North Korea jumped in 2023. Even so, the 2023 total was only 82.3 "
        "percent of its 2019 level.",
        "ratio",
        Y[2023],
        "82.3",
        "correct",
    ),
    # annual:217 total 2024 = $2,180,390,000
    (
        "2025-01-20",
        "Trade between China and North Korea slipped in 2024. Nonetheless, the total came to "
        "$2.18 billion in 2024.",
        "level",
        Y[2024],
        "2180000000",
        "correct",
    ),
    # annual:175 total 2021 = $318,040,000
    (
        "2022-01-20",
        "Trade between China and North Korea collapsed during the pandemic. Yet the total for "
        "2021 was only $318 million.",
        "level",
        Y[2021],
        "318000000",
        "correct",
    ),
]


@pytest.mark.parametrize(
    "date, text, kind, period, value, verdict", CONCESSIONS, ids=_ids(CONCESSIONS)
)
def test_a_concession_continues_the_series(date, text, kind, period, value, verdict) -> None:
    c = _only(text, date, kind)
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, "total", period)
    assert c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == verdict


# -- a country's trade with the world, and a share of a whole just stated ("... of it") ----------
def test_external_trade_is_with_the_world_and_its_share_is_unverifiable() -> None:
    # the bundled data hold no North Korean trade with the world: both unverifiable
    text = (
        "KOTRA put North Korea's total foreign trade at $710 million in 2021, with China "
        "accounting for 96 percent of it."
    )
    claims, _ = extract_claims(text, date="2022-07-20")
    level, share = claims
    assert (level.kind, level.reporter, level.partner, level.flow) == (
        "level",
        "PRK",
        "WLD",
        "total",
    )
    assert (share.kind, share.whole, str(share.period)) == ("share", NK_WORLD, Y[2021])
    assert {share.reporter, share.partner} == {"CHN", "PRK"} and share.flow == "total"
    r = check_text(text, date="2022-07-20")
    assert r["verdict"].tolist() == ["unverifiable", "unverifiable"]


def test_overseas_trade_with_a_partner_named_aside_is_still_with_the_world() -> None:
    text = "North Korea's overseas trade, mostly with China, shrank to $710 million in 2021."
    c = _only(text, "2022-07-20", "level")
    assert (c.reporter, c.partner, c.flow) == ("PRK", "WLD", "total")


SHARE_OF_IT = [
    # annual:197 / annual:205: 2,003.5 / 2,295.38 = 87.28%
    (
        "2024-01-20",
        "China's trade with North Korea reached $2.3 billion in 2023, and Chinese exports made "
        "up 87.3 percent of it.",
        "export",
        Y[2023],
        "87.3",
        "correct",
    ),
    # annual:186 / annual:189: 133.68 / 1,027.72 = 13.01%
    (
        "2023-01-20",
        "Two-way trade hit $1.03 billion in 2022, with imports from the North making up about "
        "13 percent of that.",
        "import",
        Y[2022],
        "13",
        "correct",
    ),
    # annual:186 / annual:189: 13.01%, not 31
    (
        "2023-01-20",
        "Bilateral trade came to $1.03 billion last year; purchases from Pyongyang accounted "
        "for 31 percent of the figure.",
        "import",
        Y[2022],
        "31",
        "wrong",
    ),
]


@pytest.mark.parametrize(
    "date, text, flow, period, value, verdict", SHARE_OF_IT, ids=_ids(SHARE_OF_IT)
)
def test_a_share_of_the_level_just_stated(date, text, flow, period, value, verdict) -> None:
    c = _only(text, date, "share")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, flow, period)
    assert c.whole == PAIR_TOTAL
    assert c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == verdict


# -- "over that period": during the period just named, not against it -----------------------------
OVER_THAT_PERIOD = [
    # ytd:179 export Jan-Jun 2023, +204% on the same months of 2022
    (
        "2023-07-20",
        "In the first half of 2023, China-North Korea trade came to $1.06 billion. Chinese "
        "exports over that period rose 204 percent to $920.74 million.",
        "export",
        "204",
    ),
    # ytd:180 import Jan-Jun 2023, +275%
    (
        "2023-07-20",
        "In the first half of 2023, China-North Korea trade came to $1.06 billion. Over this "
        "period, imports from the North jumped 275 percent.",
        "import",
        "275",
    ),
    # ytd:114 export Jan-Jun 2018, -38.8%
    (
        "2018-07-20",
        "Beijing's customs office put January-June trade with Pyongyang at $1.1 billion. "
        "Shipments to the North over that stretch fell 38.8 percent.",
        "export",
        "-38.8",
    ),
]


@pytest.mark.parametrize("date, text, flow, value", OVER_THAT_PERIOD, ids=_ids(OVER_THAT_PERIOD))
def test_over_that_period_is_the_period_itself(date, text, flow, value) -> None:
    c = _only(text, date, "change_pct")
    year = int(date[:4])
    assert (c.flow, str(c.period)) == (flow, f"{year}-01/{year}-06")
    assert str(c.base) == f"{year - 1}-01/{year - 1}-06"
    assert c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == "correct"


# -- fraction words as shares: "a sixth", "one-eighth", "seven-eighths" ---------------------------
FRACTIONS = [
    # annual:173 / annual:175: 57.874 / 318.04 = 18.20%, nearer a sixth (16.7%) than a fifth
    (
        "2022-02-01",
        "Pyongyang's sales to Beijing made up roughly a sixth of bilateral trade in 2021.",
        "import",
        Y[2021],
        "16.67",
        "correct",
    ),
    # annual:200 / annual:205: 291.89 / 2,295.38 = 12.72%
    (
        "2024-02-01",
        "Imports from the North accounted for about one-eighth of two-way trade in 2023.",
        "import",
        Y[2023],
        "12.50",
        "correct",
    ),
    # annual:197 / annual:205: 2,003.5 / 2,295.38 = 87.28%
    (
        "2024-02-01",
        "Chinese exports made up seven-eighths of bilateral trade in 2023.",
        "export",
        Y[2023],
        "87.50",
        "correct",
    ),
    # annual:186 / annual:189: 133.68 / 1,027.72 = 13.01%, below the rung of a sixth
    (
        "2023-02-01",
        "Purchases from North Korea made up a sixth of bilateral trade in 2022.",
        "import",
        Y[2022],
        "16.67",
        "wrong",
    ),
]


@pytest.mark.parametrize("date, text, flow, period, value, verdict", FRACTIONS, ids=_ids(FRACTIONS))
def test_fraction_words_as_shares(date, text, flow, period, value, verdict) -> None:
    c = _only(text, date, "share")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, flow, period)
    assert c.whole == PAIR_TOTAL
    assert c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == verdict


def test_an_ordinal_is_not_a_fraction() -> None:
    text = "Exports to North Korea rose for a sixth straight month in May, as a sixth round of talks opened."
    claims, _ = extract_claims(text, date="2022-06-20")
    assert [c.kind for c in claims] == ["streak"]


# -- a share whose whole leads the sentence in an "Of ..." phrase ---------------------------------
LEADING_WHOLES = [
    # annual:205 total 2023 = $2,295.38m; annual:197 exports 2,003.5 / 2,295.38 = 87.28%
    (
        "2024-02-01",
        "Of the $2.3 billion the two countries traded in 2023, Chinese exports accounted for "
        "87.3 percent.",
        "export",
    ),
    (
        "2024-02-01",
        "Of the $2.3 billion in goods that crossed the China-North Korea border in 2023, 87.3 "
        "percent were Chinese exports.",
        "export",
    ),
    (
        "2024-02-01",
        "China's trade with North Korea recovered in 2023. Of last year's $2.3 billion in trade, "
        "exports from China made up 87.3 percent.",
        "export",
    ),
]


@pytest.mark.parametrize("date, text, flow", LEADING_WHOLES, ids=_ids(LEADING_WHOLES))
def test_a_whole_in_a_leading_of_phrase(date, text, flow) -> None:
    claims, _ = extract_claims(text, date=date)
    level, share = claims
    assert (level.kind, level.reporter, level.partner, level.flow) == ("level", *PAIR, "total")
    assert str(level.period) == Y[2023] and level.value == Decimal("2300000000")
    assert (share.kind, share.flow, share.whole) == ("share", flow, PAIR_TOTAL)
    assert str(share.period) == Y[2023] and share.value == Decimal("87.3")
    r = check_text(text, date=date)
    assert r["verdict"].tolist() == ["correct", "correct"], r["explanation"].tolist()


def test_made_up_is_no_move() -> None:
    # annual:173 import 2021 = $57,874,000; "made up" states a part, not a rise from 2020
    text = (
        "Of the $318 million in China-DPRK trade in 2021, imports from the North made up just "
        "$57.87 million."
    )
    claims, _ = extract_claims(text, date="2022-02-01")
    part = claims[-1]
    assert (part.kind, part.flow, str(part.period)) == ("level", "import", Y[2021])
    assert part.direction is None and part.base is None
    assert _verdict(text, "2022-02-01", "$57.87 million") == "correct"


# -- a ratio to "the year-earlier level" ----------------------------------------------------------
YEAR_EARLIER = [
    # annual:175 / annual:161: 318.04 / 539.059 = 59.00%
    (
        "2022-02-01",
        "Trade between China and North Korea in 2021 was 59 percent of the year-earlier level.",
        "total",
        2021,
        "59",
        "correct",
    ),
    # annual:150 / annual_add:1: 491.059 / 2,573.822 = 19.08%
    (
        "2021-02-01",
        "Chinese exports to the North in 2020 were only 19 percent of the year-ago figure.",
        "export",
        2020,
        "19",
        "correct",
    ),
    # annual:173 / annual:155: 57.874 / 48.001 = 120.57%, not 90
    (
        "2022-02-01",
        "Imports from North Korea in 2021 were 90 percent of the year-earlier total.",
        "import",
        2021,
        "90",
        "wrong",
    ),
]


@pytest.mark.parametrize(
    "date, text, flow, year, value, verdict", YEAR_EARLIER, ids=_ids(YEAR_EARLIER)
)
def test_a_ratio_to_the_year_earlier_level(date, text, flow, year, value, verdict) -> None:
    c = _only(text, date, "ratio")
    assert (c.reporter, c.partner, c.flow) == (*PAIR, flow)
    assert (str(c.period), str(c.base)) == (Y[year], Y[year - 1])
    assert c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == verdict


# -- an unsigned "trade imbalance" is the deficit of the country it belongs to ------------------
IMBALANCES = [
    # annual:181 − annual:186 (2022): 894.04 − 133.68 = $760.36m, North Korea's deficit
    (
        "2023-02-01",
        "North Korea's trade imbalance with China reached $760 million in 2022.",
        Y[2022],
        "correct",
    ),
    # annual:171 − annual:173 (2021): 260.165 − 57.874 = $202.291m
    (
        "2022-02-01",
        "The North's trade imbalance with China was $202 million in 2021.",
        Y[2021],
        "correct",
    ),
    # annual:197 − annual:200 (2023): 2,003.5 − 291.89 = $1,711.61m, not $1.2 billion
    (
        "2024-02-01",
        "North Korea's trade imbalance with China stood at $1.2 billion in 2023.",
        Y[2023],
        "wrong",
    ),
]


@pytest.mark.parametrize("date, text, period, verdict", IMBALANCES, ids=_ids(IMBALANCES))
def test_an_unsigned_imbalance_is_its_owners_deficit(date, text, period, verdict) -> None:
    c = _only(text, date, "balance")
    # North Korea's deficit is China's surplus: positive from China's side
    assert (c.reporter, c.partner, str(c.period)) == (*PAIR, period) and c.value > 0
    assert _verdict(text, date, c.surface) == verdict


# -- "X's total trade" with no partner is with the world; a partner named after it wins ---------
def test_a_countrys_total_trade_is_with_the_world() -> None:
    text = "North Korea's total trade came to $3.2 billion in 2019, KOTRA said."
    c = _only(text, "2020-07-01", "level")
    assert (c.reporter, c.partner, c.flow) == ("PRK", "WLD", "total")
    assert _verdict(text, "2020-07-01", "$3.2 billion") == "unverifiable"


@pytest.mark.parametrize(
    "text, date, value",
    [
        # annual_add:3 total 2019 = $2,789,018,980
        (
            "China's total trade with North Korea came to $2.79 billion in 2019.",
            "2020-02-01",
            "2790000000",
        ),
        # annual:175 total 2021 = $318,040,000
        (
            "North Korea's foreign trade with China fell to $318 million in 2021.",
            "2022-02-01",
            "318000000",
        ),
    ],
)
def test_a_partner_named_after_total_or_foreign_trade_wins(text, date, value) -> None:
    c = _only(text, date, "level")
    assert (c.reporter, c.partner, c.flow, c.value) == (*PAIR, "total", Decimal(value))
    assert _verdict(text, date, c.surface) == "correct"


# -- "traded" with the pair as its subject; "deliveries" as shipments ----------------------------
TRADED_AND_DELIVERIES = [
    # annual:175 total 2021 = $318,040,000
    (
        "2022-02-01",
        "In 2021, China and North Korea traded just $318.04 million worth of goods.",
        "total",
        Y[2021],
        "318040000",
    ),
    # annual:189 total 2022 = $1,027,720,000
    (
        "2023-02-01",
        "North Korea and China traded goods worth $1.03 billion in 2022, customs data show.",
        "total",
        Y[2022],
        "1030000000",
    ),
    # monthly_add:51 export September 2023 = $188,740,000
    (
        "2023-10-25",
        "Chinese deliveries to the North reached $188.74 million in September.",
        "export",
        "2023-09/2023-09",
        "188740000",
    ),
    # monthly:496 import September 2023 = $27,790,000
    (
        "2023-10-25",
        "Deliveries from North Korea to China totalled $27.79 million in September.",
        "import",
        "2023-09/2023-09",
        "27790000",
    ),
]


@pytest.mark.parametrize(
    "date, text, flow, period, value", TRADED_AND_DELIVERIES, ids=_ids(TRADED_AND_DELIVERIES)
)
def test_traded_by_the_pair_and_deliveries(date, text, flow, period, value) -> None:
    c = _only(text, date, "level")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, flow, period)
    assert c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == "correct"


def test_a_currency_that_traded_at_a_rate_is_no_trade_flow() -> None:
    # monthly:473 export May 2023 = $165,630,000
    text = "The yuan traded at 7.1 per dollar in May as exports to North Korea reached $165.63 million."
    c = _only(text, "2023-06-20", "level")
    assert (c.flow, str(c.period)) == ("export", "2023-05/2023-05")


# -- "a 15.5 percent gain on the first half of 2018": the period after "on" is the base ----------
BASE_ON = [
    # ytd:138 export Jan-Jun 2019 = $1.14 billion, +15.5% on Jan-Jun 2018
    (
        "2019-07-30",
        "Over January-June 2019, exports to North Korea came to $1.14 billion, a 15.5 percent "
        "gain on the first half of 2018.",
        "export",
        2019,
        "15.5",
    ),
    # ytd:115 import Jan-Jun 2018 = $107.3 million, -87.9% on Jan-Jun 2017
    (
        "2018-07-30",
        "In the first six months of 2018, imports from the North fell to $107.3 million, an 87.9 "
        "percent drop on January-June 2017.",
        "import",
        2018,
        "-87.9",
    ),
]


@pytest.mark.parametrize("date, text, flow, year, value", BASE_ON, ids=_ids(BASE_ON))
def test_a_move_on_a_period_takes_it_as_base(date, text, flow, year, value) -> None:
    claims, _ = extract_claims(text, date=date)
    assert [str(c.period) for c in claims] == [f"{year}-01/{year}-06"] * 2
    c = next(c for c in claims if c.kind == "change_pct")
    assert (c.flow, str(c.base), c.value) == (flow, f"{year - 1}-01/{year - 1}-06", Decimal(value))
    r = check_text(text, date=date)
    assert r["verdict"].tolist() == ["correct", "correct"]


# -- "trade gap", "imbalance", "the gap between what X sold and what it bought": a size ---------
GAPS = [
    # annual:197 − annual:200 (2023): 2,003.5 − 291.89 = $1,711.61m, China's surplus
    (
        "2024-01-20",
        "China's trade gap with North Korea was $1.71 billion in 2023.",
        Y[2023],
        "correct",
    ),
    (
        "2024-01-20",
        "The gap between what China sold to North Korea and what it bought from it grew to "
        "$1.71 billion in 2023.",
        Y[2023],
        "correct",
    ),
    # annual:181 − annual:186 (2022): $760.36m, not $1.2 billion, on either side
    (
        "2023-01-20",
        "China's trade gap with the North stood at $1.2 billion in 2022.",
        Y[2022],
        "wrong",
    ),
]


@pytest.mark.parametrize("date, text, period, verdict", GAPS, ids=_ids(GAPS))
def test_an_unsigned_gap_is_checked_as_a_size(date, text, period, verdict) -> None:
    c = _only(text, date, "balance")
    assert (c.reporter, c.partner, str(c.period)) == (*PAIR, period) and c.unsigned_gap
    r = check_text(text, date=date)
    assert r["verdict"].tolist() == [verdict]
    assert "not which side" in r["explanation"].iloc[0]


def test_a_gap_is_rendered_as_a_gap_not_a_deficit() -> None:
    from tradestats.check.render import to_text

    text = "China's trade gap with North Korea was $1.71 billion in 2023."
    out = to_text(check_text(text, date="2024-01-20"), text)
    assert "trade gap with North Korea was $1.71 billion" in out.split("The text says:")[1]
    assert "deficit" not in out


@pytest.mark.parametrize(
    "date, text, flow, value",
    [
        # annual:200 / annual:205: 291.89 / 2,295.38 = 12.72%, just over an eighth (12.5%)
        (
            "2024-01-20",
            "In 2023, North Korean exports to China made up just over an eighth of bilateral trade.",
            "import",
            "12.50",
        ),
        # annual:197 / annual:205: 2,003.5 / 2,295.38 = 87.28%
        (
            "2024-01-20",
            "About 87 percent of the bilateral trade last year was Chinese exports to the North.",
            "export",
            "87",
        ),
    ],
)
def test_more_shares_in_words(date, text, flow, value) -> None:
    c = _only(text, date, "share")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, flow, Y[2023])
    assert c.whole == PAIR_TOTAL and c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == "correct"


# -- a verbal multiple before "from $X in <month> to $Y in <month>": the base is the first month ---
MULTIPLE_FROM_TO = [
    # monthly_add:16 → monthly:200 exports Feb → Mar 2019: 197.952 / 89.03 = 2.22
    (
        "2019-04-20",
        "Chinese exports to North Korea more than doubled, from $89.03 million in February to "
        "$197.95 million in March.",
        "export",
        "2019-02/2019-02",
        "2019-03/2019-03",
    ),
    # monthly:466 → monthly:468 imports Feb → Mar 2023: 20.55 / 9.37 = 2.19
    (
        "2023-04-20",
        "Imports from the North more than doubled from $9.37 million in February to $20.55 "
        "million in March.",
        "import",
        "2023-02/2023-02",
        "2023-03/2023-03",
    ),
    # monthly_add:43 → monthly_add:44 total Jun → Jul 2022: 72.72 / 21.82 = 3.33
    (
        "2022-08-20",
        "Trade between China and North Korea more than tripled, from $21.82 million in June to "
        "$72.72 million in July.",
        "total",
        "2022-06/2022-06",
        "2022-07/2022-07",
    ),
]


@pytest.mark.parametrize(
    "date, text, flow, base, period", MULTIPLE_FROM_TO, ids=_ids(MULTIPLE_FROM_TO)
)
def test_a_multiple_moves_from_the_first_figure(date, text, flow, base, period) -> None:
    c = _only(text, date, "ratio")
    assert (c.flow, str(c.period), str(c.base)) == (flow, period, base)
    r = check_text(text, date=date)
    assert r["verdict"].tolist() == ["correct"] * 3


def test_global_exports_are_with_the_world() -> None:
    c = _only("Beijing's global exports were $3.38 trillion in 2023.", "2024-02-01", "level")
    assert (c.reporter, c.partner, c.flow) == ("CHN", "WLD", "export")


# -- "of last year's trade": the period of a share's whole, unless said of a figure already given --
@pytest.mark.parametrize(
    "text",
    [
        # annual:197 / annual:205: 2,003.5 / 2,295.38 = 87.28%
        "Chinese exports accounted for 87.3 percent of last year's bilateral trade, customs data show.",
        "87.3 percent of last year's trade between China and North Korea consisted of goods shipped "
        "from China.",
    ],
)
def test_a_share_of_last_years_trade(text) -> None:
    c = _only(text, "2024-01-20", "share")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, "export", Y[2023])
    assert c.whole == PAIR_TOTAL
    assert _verdict(text, "2024-01-20", c.surface) == "correct"


def test_it_accounts_for_a_part_of_last_months_exports_is_a_ratio() -> None:
    # monthly:501 / monthly_add:51: October 2023 exports 167.6 / September 188.74 = 88.80%
    text = (
        "China's exports to North Korea slipped to $167.6 million in October. It accounts for "
        "88.8 percent of last month's exports."
    )
    c = _only(text, "2023-11-20", "ratio")
    assert (c.flow, str(c.period), str(c.base)) == ("export", "2023-10/2023-10", "2023-09/2023-09")
    assert _verdict(text, "2023-11-20", c.surface) == "correct"


# -- "a deficit of $X in its trade with Y": the balance word before the figure owns it -----------
BALANCE_OWNS = [
    # annual:197 − annual:200 (2023): $1,711.61m
    (
        "2024-01-20",
        "The DPRK recorded a deficit of US$1.71 billion in its trade with China in 2023.",
        Y[2023],
    ),
    (
        "2024-01-20",
        "China posted a surplus of $1.71bn in its trade with North Korea in 2023.",
        Y[2023],
    ),
    # annual:150 − annual:155 (2020): 491.059 − 48.001 = $443.058m
    (
        "2021-02-01",
        "Even in 2020, the North ran a deficit of about $443 million in its trade with China.",
        Y[2020],
    ),
]


@pytest.mark.parametrize("date, text, period", BALANCE_OWNS, ids=_ids(BALANCE_OWNS))
def test_a_balance_word_owns_the_figure_after_of(date, text, period) -> None:
    c = _only(text, date, "balance")
    assert (c.reporter, c.partner, str(c.period)) == (*PAIR, period) and c.value > 0
    assert _verdict(text, date, c.surface) == "correct"


# -- "North Korea's dependence on China": China's share of North Korea's trade with the world -----
@pytest.mark.parametrize(
    "text",
    [
        "North Korea's dependence on China for trade stood at 98 percent in 2023, according to KOTRA.",
        "Pyongyang's trade dependence on Beijing rose to 98.3 percent last year, KOTRA said.",
    ],
)
def test_trade_dependence_is_a_share_of_the_world_trade(text) -> None:
    c = _only(text, "2024-07-20", "share")
    assert c.whole == NK_WORLD and c.flow == "total" and str(c.period) == Y[2023]
    assert _verdict(text, "2024-07-20", c.surface) == "unverifiable"


# -- more direction verbs: "shed", "pulled back", "bounced back", "rallied" ----------------------
DIRECTION_VERBS = [
    # monthly:501 export October 2023: -11.2% on September (mom), $167.6 million
    (
        "2023-11-20",
        "China's exports to North Korea shed 11.2 percent from September to $167.6 million in "
        "October.",
        "change_pct",
        "-11.2",
    ),
    # monthly:501 $167.6 million, below September's $188.74 million (monthly_add:51)
    (
        "2023-11-20",
        "Chinese exports to North Korea pulled back to $167.6 million in October.",
        "level",
        "167600000",
    ),
    # monthly_add:51 $188.74 million, +15.9% on August
    (
        "2023-10-20",
        "Chinese exports to North Korea bounced back to $188.74 million last month.",
        "level",
        "188740000",
    ),
    (
        "2023-10-20",
        "China's exports to the North rallied 15.9 percent in September from August.",
        "change_pct",
        "15.9",
    ),
]


@pytest.mark.parametrize("date, text, kind, value", DIRECTION_VERBS, ids=_ids(DIRECTION_VERBS))
def test_more_direction_verbs(date, text, kind, value) -> None:
    c = _only(text, date, kind)
    assert c.flow == "export" and c.value == Decimal(value)
    assert c.direction == ("down" if date == "2023-11-20" else "up")
    month = "2023-10" if date == "2023-11-20" else "2023-09"
    previous = "2023-09" if date == "2023-11-20" else "2023-08"
    assert (str(c.period), str(c.base)) == (f"{month}/{month}", f"{previous}/{previous}")
    assert _verdict(text, date, c.surface) == "correct"


def test_a_fraction_of_what_it_had_been() -> None:
    # annual:161 / annual_add:3: 539.059 / 2,789.019 = 19.33%, on the rung of a fifth
    text = "Trade between China and North Korea in 2020 was one-fifth of what it had been in 2019."
    c = _only(text, "2021-02-01", "ratio")
    assert (c.flow, str(c.period), str(c.base)) == ("total", Y[2020], Y[2019])
    assert _verdict(text, "2021-02-01", c.surface) == "correct"


# -- a share named in words, then in figures: "the lion's share of bilateral trade, or 87 percent" --
APPOSED_SHARES = [
    # annual:197 / annual:205: 2,003.5 / 2,295.38 = 87.28%
    (
        "2024-01-20",
        "Exports from China made up the lion's share of bilateral trade, or 87.3 percent, in 2023.",
        "export",
        Y[2023],
        "87.3",
    ),
    # annual:186 / annual:189: 133.68 / 1,027.72 = 13.01%
    (
        "2023-01-20",
        "Imports from North Korea took up a small portion of the two-way trade, about 13 percent, "
        "in 2022.",
        "import",
        Y[2022],
        "13",
    ),
    # annual:171 / annual:175: 260.165 / 318.04 = 81.80%
    (
        "2022-01-20",
        "China's sales to the North accounted for the bulk of their trade in 2021, some 82 percent.",
        "export",
        Y[2021],
        "82",
    ),
]


@pytest.mark.parametrize(
    "date, text, flow, period, value", APPOSED_SHARES, ids=_ids(APPOSED_SHARES)
)
def test_a_share_in_words_then_in_figures(date, text, flow, period, value) -> None:
    c = _only(text, date, "share")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, flow, period)
    assert c.whole == PAIR_TOTAL and c.value == Decimal(value)
    assert _verdict(text, date, c.surface) == "correct"


# -- gerunds as flows ("while importing $X", "selling only $Y"), and a country in another clause --
GERUNDS = [
    # annual:197 export 2023 $2,003.5m; annual:200 import 2023 $291.89m
    (
        "China exported goods worth $2 billion to North Korea in 2023 while importing $292 million "
        "worth.",
        ["export", "import"],
    ),
    (
        "North Korea's trade deficit with China came to 1.71 billion dollars last year, as it "
        "imported 2 billion dollars' worth of Chinese goods while selling only 292 million "
        "dollars' worth.",
        ["balance", "export", "import"],
    ),
    (
        "In 2023 China was selling $2 billion of goods to the North and buying $292 million from it.",
        ["export", "import"],
    ),
]


@pytest.mark.parametrize("text, flows", GERUNDS, ids=[g[0][:48] for g in GERUNDS])
def test_gerunds_are_flows(text, flows) -> None:
    claims, _ = extract_claims(text, date="2024-01-20")
    assert [c.flow for c in claims] == flows
    assert all((c.reporter, c.partner, str(c.period)) == (*PAIR, Y[2023]) for c in claims)
    r = check_text(text, date="2024-01-20")
    assert set(r["verdict"]) == {"correct"}


# -- one flow "more/less than" the other: a balance -----------------------------------------------
MORE_THAN = [
    # annual:197 − annual:200 (2023): $1,711.61m, China's surplus
    "North Korea imported $1.71 billion more from China than it exported there in 2023.",
    "In 2023 China bought $1.71 billion less from the North than it sold there.",
    "China sold $1.71 billion more to North Korea than it bought from it in 2023.",
]


@pytest.mark.parametrize("text", MORE_THAN, ids=[t[:48] for t in MORE_THAN])
def test_one_flow_more_than_the_other_is_a_balance(text) -> None:
    c = _only(text, "2024-01-20", "balance")
    assert (c.reporter, c.partner, str(c.period), c.value) == (
        *PAIR,
        Y[2023],
        Decimal("1710000000"),
    )
    assert _verdict(text, "2024-01-20", c.surface) == "correct"


def test_more_than_a_year_before_is_no_balance() -> None:
    # annual:197 export 2023 = $2,003.5m
    text = (
        "China exported $2 billion worth of goods to North Korea in 2023, more than it did in 2022."
    )
    c = _only(text, "2024-01-20", "level")
    assert c.flow == "export"


# -- a multiple of the other flow in the same period: "exports were seven times imports" ----------
TIMES_OTHER_FLOW = [
    # annual:197 / annual:200: 2,003.5 / 291.89 = 6.86 times
    ("Chinese exports were worth 6.9 times North Korean exports to China in 2023.", "correct"),
    (
        "China's exports to the North were nearly seven times its imports from there in 2023.",
        "correct",
    ),
    ("In 2023 China's exports to North Korea were 4 times its imports.", "wrong"),
]


@pytest.mark.parametrize(
    "text, verdict", TIMES_OTHER_FLOW, ids=[t[0][:48] for t in TIMES_OTHER_FLOW]
)
def test_a_multiple_of_the_other_flow(text, verdict) -> None:
    c = _only(text, "2024-01-20", "ratio")
    assert (c.reporter, c.partner, c.flow, str(c.period), str(c.base)) == (
        *PAIR,
        "export",
        Y[2023],
        Y[2023],
    )
    assert c.whole == {"reporter": "CHN", "partner": "PRK", "flow": "import"}
    r = check_text(text, date="2024-01-20")
    assert r["verdict"].tolist() == [verdict]
    assert "a multiple of the same period's imports" in r["explanation"].iloc[0]
    from tradestats.check.render import to_text

    says = to_text(r, text).split("The text says:")[1].splitlines()[0]
    assert says.rstrip().endswith("times imports."), says
    published = to_text(r, text).split("Customs published:")[1].splitlines()[0]
    assert "for 2023 against imports" in published, published


def test_a_multiple_of_an_earlier_period_is_unchanged() -> None:
    # annual:173 / annual:155: 57.874 / 48.001 = 1.21 times
    c = _only(
        "Imports from North Korea in 2021 were 1.2 times those of 2020.", "2022-01-20", "ratio"
    )
    assert (c.flow, str(c.base), c.whole) == ("import", Y[2020], None)


# -- shares in a list: "87.3 percent and 12.7 percent of bilateral trade, respectively" -----------
def test_shares_listed_respectively() -> None:
    # annual:197, annual:200 / annual:205: 87.28% and 12.72%
    text = (
        "China's exports and imports accounted for 87.3 percent and 12.7 percent of bilateral "
        "trade in 2023, respectively."
    )
    claims, _ = extract_claims(text, date="2024-01-20")
    assert [(c.kind, c.flow, c.value) for c in claims] == [
        ("share", "export", Decimal("87.3")),
        ("share", "import", Decimal("12.7")),
    ]
    assert all(c.whole == PAIR_TOTAL and str(c.period) == Y[2023] for c in claims)
    assert check_text(text, date="2024-01-20")["verdict"].tolist() == ["correct", "correct"]


def test_the_remaining_share_with_its_verb_elided() -> None:
    # annual:197, annual:200 / annual:205: 87.28% and 12.72%
    text = (
        "In 2023 Chinese exports represented 87 percent of the trade with North Korea; North "
        "Korean exports, the remaining 13 percent."
    )
    claims, _ = extract_claims(text, date="2024-01-20")
    assert [(c.kind, c.flow) for c in claims] == [("share", "export"), ("share", "import")]
    assert check_text(text, date="2024-01-20")["verdict"].tolist() == ["correct", "correct"]


def test_chinas_share_in_north_koreas_trade() -> None:
    text = "China's share in North Korea's foreign trade rose to 98.3 percent in 2023."
    c = _only(text, "2024-07-20", "share")
    assert c.whole == NK_WORLD and c.value == Decimal("98.3")
    assert _verdict(text, "2024-07-20", c.surface) == "unverifiable"


# -- a period that labels the figure after it: "in May: $X (April: $Y)", "August, when ... $X" ---
def test_a_period_label_before_a_figure() -> None:
    # monthly:534 export May 2024 = $150.37m; April 2024 exports $164.9m (tests/test_check_shares)
    text = "Chinese exports to North Korea in May: $150.37 million (April: $164.9 million)."
    claims, _ = extract_claims(text, date="2024-06-20")
    assert [str(c.period) for c in claims] == ["2024-05/2024-05", "2024-04/2024-04"]
    assert check_text(text, date="2024-06-20")["verdict"].tolist() == ["correct", "correct"]


def test_a_month_with_a_when_clause_owns_its_figure() -> None:
    # monthly:475 total May 2023 = $189.57m; monthly:478 June = $184.2m
    text = (
        "Compared with May, when trade between China and North Korea stood at $189.57 million, "
        "June's $184.2 million was slightly lower."
    )
    claims, _ = extract_claims(text, date="2023-07-20")
    levels = [c for c in claims if c.kind == "level"]
    assert [str(c.period) for c in levels] == ["2023-05/2023-05", "2023-06/2023-06"]
    assert set(check_text(text, date="2023-07-20")["verdict"]) == {"correct"}


# -- a share "from X percent in 2022 to Y percent in 2023": both are shares -------------------------
FROM_SHARE_TO_SHARE = [
    # annual:181/189 (2022): 894.04 / 1,027.72 = 86.99%; annual:197/205 (2023): 87.28%
    (
        "The share of Chinese exports in bilateral trade rose from 87 percent in 2022 to 87.3 "
        "percent in 2023.",
        "export",
        ("87", "87.3"),
    ),
    # annual:186/189 (2022): 13.01%; annual:200/205 (2023): 12.72%
    (
        "Imports from the North as a share of bilateral trade fell from 13 percent in 2022 to "
        "12.7 percent in 2023.",
        "import",
        ("13", "12.7"),
    ),
]


@pytest.mark.parametrize(
    "text, flow, values", FROM_SHARE_TO_SHARE, ids=_ids([(0, *r) for r in FROM_SHARE_TO_SHARE])
)
def test_a_share_from_one_year_to_another(text, flow, values) -> None:
    claims, _ = extract_claims(text, date="2024-01-20")
    assert [(c.kind, c.flow, str(c.period), c.value) for c in claims] == [
        ("share", flow, Y[2022], Decimal(values[0])),
        ("share", flow, Y[2023], Decimal(values[1])),
    ]
    assert all(c.whole == PAIR_TOTAL for c in claims)
    assert check_text(text, date="2024-01-20")["verdict"].tolist() == ["correct", "correct"]


# -- broadcast: "seven times what it bought", "That's about 87 percent of all the trade" ----------
def test_a_multiple_of_what_it_bought() -> None:
    # annual:197 / annual:200: 2,003.5 / 291.89 = 6.86 times
    text = (
        "Beijing shipped two billion dollars' worth of goods to Pyongyang last year, roughly seven "
        "times what it bought from the North."
    )
    c = _only(text, "2024-01-20", "ratio")
    assert (c.flow, c.whole["flow"], str(c.base)) == ("export", "import", Y[2023])
    assert _verdict(text, "2024-01-20", c.surface) == "correct"


def test_thats_a_share_of_the_figure_before() -> None:
    # annual:197 / annual:205: 87.28%
    text = (
        "China sold the North some two billion dollars in goods last year. That's about "
        "eighty-seven percent of all the trade between the two."
    )
    c = _only(text, "2024-01-20", "share")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, "export", Y[2023])
    assert c.whole == PAIR_TOTAL
    assert _verdict(text, "2024-01-20", c.surface) == "correct"


# -- "22 percent below their 2019 level", "18 percent short of the 2019 figure" -------------------
BELOW_A_YEAR = [
    # annual:197 / annual_add:1: 2,003.5 / 2,573.822 − 1 = −22.16%
    (
        "Even after the rebound, Chinese exports to the North in 2023 were still 22 percent below "
        "their 2019 level.",
        "export",
        "-22",
    ),
    # annual:205 / annual_add:3: 2,295.38 / 2,789.019 − 1 = −17.70%
    ("Two-way trade in 2023 remained about 18 percent short of the 2019 figure.", "total", "-18"),
]


@pytest.mark.parametrize(
    "text, flow, value", BELOW_A_YEAR, ids=_ids([(0, *r) for r in BELOW_A_YEAR])
)
def test_a_percentage_below_a_years_level(text, flow, value) -> None:
    c = _only(text, "2024-01-20", "change_pct")
    assert (c.flow, str(c.period), str(c.base), c.value) == (flow, Y[2023], Y[2019], Decimal(value))
    assert _verdict(text, "2024-01-20", c.surface) == "correct"


def test_a_fraction_below_a_years_level() -> None:
    # "two-thirds below its 2013 level": the fraction's base is the year of the level, as a
    # percentage's is. annual:205 / annual:70 (total 2013 $6,546.53m): 2,295.38 / 6,546.53 − 1
    # = −64.94%, within "almost two-thirds"
    text = "Two-way trade in 2023 sat almost two-thirds below its 2013 level."
    c = _only(text, "2024-01-20", "change_pct")
    assert (c.flow, str(c.period), str(c.base), c.direction) == ("total", Y[2023], Y[2013], "down")
    assert _verdict(text, "2024-01-20", c.surface) == "correct"


# -- a base figure dated by an adjective: "from a year-earlier $894 million" ----------------------
YEAR_EARLIER_FIGURE = [
    # annual:197 export 2023 $2,003.5m; annual:181 export 2022 $894.04m
    (
        "Exports to North Korea went up to $2 billion in 2023 from a year-earlier $894 million.",
        "export",
    ),
    # annual:200 import 2023 $291.89m; annual:186 import 2022 $133.68m
    (
        "Imports from the North were $291.89 million last year, compared with a year-ago $133.68 "
        "million.",
        "import",
    ),
]


@pytest.mark.parametrize(
    "text, flow", YEAR_EARLIER_FIGURE, ids=_ids([(0, *r) for r in YEAR_EARLIER_FIGURE])
)
def test_a_base_figure_dated_by_an_adjective(text, flow) -> None:
    claims, _ = extract_claims(text, date="2024-01-20")
    assert [(c.flow, str(c.period), c.base_of) for c in claims] == [
        (flow, Y[2023], False),
        (flow, Y[2022], True),
    ]
    assert str(claims[0].base) == Y[2022]
    assert check_text(text, date="2024-01-20")["verdict"].tolist() == ["correct", "correct"]


def test_off_before_a_figure_is_down() -> None:
    # monthly:506 import October 2023: -10.7% on September
    text = "Imports from the North were off 10.7 percent in October from September."
    c = _only(text, "2023-11-20", "change_pct")
    assert (c.value, str(c.base)) == (Decimal("-10.7"), "2023-09/2023-09")
    assert _verdict(text, "2023-11-20", c.surface) == "correct"


# -- wholes that are a country's trade with the world ---------------------------------------------
def test_a_share_of_its_total_exports_is_of_the_world() -> None:
    text = "North Korea's exports to China made up 97 percent of its total exports in 2023."
    c = _only(text, "2024-07-20", "share")
    assert (c.flow, c.whole) == ("import", {"reporter": "PRK", "partner": "WLD", "flow": "export"})
    assert _verdict(text, "2024-07-20", c.surface) == "unverifiable"


def test_of_a_countrys_trade_so_much_was_with_another() -> None:
    text = "Of North Korea's $2.77 billion in trade last year, 98 percent was with China."
    claims, _ = extract_claims(text, date="2024-07-20")
    level, share = claims
    assert (level.reporter, level.partner, level.flow) == ("PRK", "WLD", "total")
    assert (share.kind, share.flow, share.whole) == ("share", "total", NK_WORLD)
    assert {share.reporter, share.partner} == {"CHN", "PRK"}
    assert check_text(text, date="2024-07-20")["verdict"].tolist() == ["unverifiable"] * 2


def test_of_a_pairs_trade_the_part_after_was() -> None:
    # annual:205 total 2023 $2,295.38m; annual:197 / annual:205 = 87.28%
    text = "Of China's $2.3 billion in trade with North Korea last year, 87.3 percent was exports."
    claims, _ = extract_claims(text, date="2024-02-01")
    assert [(c.kind, c.flow) for c in claims] == [("level", "total"), ("share", "export")]
    assert check_text(text, date="2024-02-01")["verdict"].tolist() == ["correct", "correct"]


# -- a share that moves in bare "points" ----------------------------------------------------------
@pytest.mark.parametrize(
    "text, date, value",
    [
        # 2023 12.72% − 2022 13.01% (annual:186/189, annual:200/205) = −0.29 points
        (
            "The share of imports in bilateral trade slipped 0.3 points to 12.7 percent in 2023.",
            "2024-01-20",
            "-0.3",
        ),
        # 2021 18.20% − 2020 8.90% (annual:173/175, annual:155/161) = +9.30 points
        (
            "The North's share of the two-way trade jumped by 9.3 points in 2021, to 18.2 percent.",
            "2022-01-20",
            "9.3",
        ),
    ],
)
def test_a_share_moves_in_points(text, date, value) -> None:
    c = _only(text, date, "pp_change")
    assert (c.flow, c.value) == ("import", Decimal(value))
    assert check_text(text, date=date)["verdict"].tolist() == ["correct", "correct"]


def test_points_of_an_index_are_no_quantity() -> None:
    text = "The Shanghai index fell 30 points as exports to North Korea reached $198.2 million in November."
    claims, _ = extract_claims(text, date="2023-12-20")
    assert [c.kind for c in claims] == ["level"]


# -- a fraction of an earlier year's level: "a fifth of 2019's", "less than a fifth of the previous
# year's level" (annual:161 / annual_add:3: 539.059 / 2,789.019 = 19.33%) -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Trade between China and North Korea in 2020 was roughly a fifth of 2019's.",
        "In 2020 trade between China and North Korea shrank to less than a fifth of the previous "
        "year's level.",
    ],
)
def test_a_fraction_of_an_earlier_years_level(text) -> None:
    c = _only(text, "2021-02-01", "ratio")
    assert (c.flow, str(c.period), str(c.base)) == ("total", Y[2020], Y[2019])
    assert _verdict(text, "2021-02-01", c.surface) == "correct"


# -- a percentage set off by commas before its "of": "the majority, at 87.3 percent, of ..." ------
def test_a_share_set_off_by_commas() -> None:
    # annual:197 / annual:205: 87.28%
    text = (
        "China's exports to the DPRK made up the majority, at 87.3 percent, of the two-way trade "
        "in 2023."
    )
    c = _only(text, "2024-01-20", "share")
    assert (c.flow, c.whole, c.value) == ("export", PAIR_TOTAL, Decimal("87.3"))
    assert _verdict(text, "2024-01-20", c.surface) == "correct"


def test_a_fraction_of_its_global_exports() -> None:
    text = "China's exports to the North were a tiny fraction, 0.06 percent, of its global exports in 2023."
    c = _only(text, "2024-01-20", "share")
    assert c.whole == {"reporter": "CHN", "partner": "WLD", "flow": "export"}
    assert _verdict(text, "2024-01-20", c.surface) == "unverifiable"


# -- two flows then two figures, "respectively" left unsaid --------------------------------------
def test_two_flows_then_two_figures_in_order() -> None:
    # annual:197 export 2023 $2,003.5m; annual:200 import $291.89m
    text = (
        "Chinese exports to and imports from North Korea were $2 billion and $291.89 million last "
        "year."
    )
    claims, _ = extract_claims(text, date="2024-01-20")
    assert [c.flow for c in claims] == ["export", "import"]
    assert check_text(text, date="2024-01-20")["verdict"].tolist() == ["correct", "correct"]


def test_two_figures_of_one_flow_are_not_reordered() -> None:
    # annual:181 / annual:197: exports $894.04m in 2022, $2,003.5m in 2023
    text = "Exports to North Korea were $894 million in 2022 and $2 billion in 2023."
    claims, _ = extract_claims(text, date="2024-01-20")
    assert [(c.flow, str(c.period)) for c in claims] == [("export", Y[2022]), ("export", Y[2023])]


# -- a total derived from shorter spans, and the exports and imports printed for the span ---------
# January-June 2019 (datasets/china_dprk.csv): no total printed for the span; ytd:137 + monthly:212
# + monthly:214 sum to $1,252.98m, while the exports and imports printed for it (ytd:138 $1.14
# billion, ytd:139 $108.4 million) give $1,248.4m ± $5.05m. A writer may use either.
def test_a_total_as_the_flows_printed_for_its_span() -> None:
    text = "Trade between China and North Korea in the first half of 2019 came to $1.248 billion."
    r = check_text(text, date="2019-07-25")
    assert r["verdict"].tolist() == ["correct"]
    assert "exports and imports printed" in r["explanation"].iloc[0]


def test_a_ratio_to_a_total_as_the_flows_printed_for_its_span() -> None:
    # ytd:183 total Jan-Jun 2023 $1,055.75m / $1,248.4m = 84.57% (against the summed $1,252.98m:
    # 84.26%)
    text = (
        "Bilateral trade between China and North Korea in January-June 2023 was 84.6 percent of "
        "its level in January-June 2019."
    )
    c = _only(text, "2023-07-25", "ratio")
    assert (str(c.period), str(c.base)) == ("2023-01/2023-06", "2019-01/2019-06")
    r = check_text(text, date="2023-07-25")
    assert r["verdict"].tolist() == ["correct"]
    assert "exports and imports printed for each span" in r["explanation"].iloc[0]


def test_a_total_far_from_both_derivations_is_still_wrong() -> None:
    text = "Trade between China and North Korea in the first half of 2019 came to $1.4 billion."
    assert check_text(text, date="2019-07-25")["verdict"].tolist() == ["wrong"]


# "half" with a hedge before it ("nearly half", "just over half") or a possessive after it
# ("half their 2020 level") is a figure; "half a year after" stays a length of time.
HEDGED_HALF = [
    # annual:99 / (annual:97 + annual:99): 2,537.31 / 5,378.52 = 47.2%, inside "nearly half"
    (
        "2018-02-10",
        "Imports from the North made up about a third of the two countries' trade in 2017, "
        "against nearly half a year earlier.",
        "share",
        "import",
        Y[2016],
        None,
        "correct",
    ),
    # annual:97 / (annual:97 + annual:99): 2,841.21 / 5,378.52 = 52.8%, "just over half"
    (
        "2017-02-10",
        "Of the two countries' trade in 2016, Chinese exports accounted for just over half.",
        "share",
        "export",
        Y[2016],
        None,
        "correct",
    ),
    # annual:171 / annual:150: 260.165 / 491.059 = 52.98%, inside "around half"
    (
        "2022-02-01",
        "Chinese shipments to the North in 2021 came to only around half their 2020 value.",
        "ratio",
        "export",
        Y[2021],
        Y[2020],
        "correct",
    ),
    # annual_add:5 / annual:108: 213.21 / 1,731 = 12.3%, nowhere near half
    (
        "2019-02-01",
        "Imports from North Korea in 2018 were about half their 2017 volume.",
        "ratio",
        "import",
        Y[2018],
        Y[2017],
        "wrong",
    ),
]


@pytest.mark.parametrize(
    "date, text, kind, flow, period, base, verdict", HEDGED_HALF, ids=_ids(HEDGED_HALF)
)
def test_a_hedged_or_possessive_half_is_a_figure(
    date, text, kind, flow, period, base, verdict
) -> None:
    claims, _ = extract_claims(text, date=date)
    found = [c for c in claims if c.surface == "half"]
    assert len(found) == 1, [(c.kind, c.flow, c.surface) for c in claims]
    c = found[0]
    assert (c.kind, c.reporter, c.partner, c.flow, str(c.period)) == (kind, *PAIR, flow, period)
    assert (str(c.base) if c.base else None) == base
    assert c.value == Decimal("50.00")
    if kind == "share":
        assert c.whole == PAIR_TOTAL
    assert _verdict(text, date, c.surface) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Shipments resumed nearly half a year after the border closed.",
        "Trade picked up in the second half, the half-year report said.",
    ],
)
def test_half_as_a_length_of_time_is_no_figure(text) -> None:
    claims, _ = extract_claims(text, date="2020-12-01")
    assert [c.surface for c in claims if c.surface.startswith("half")] == []


# "up 18.3 per cent on October": a percentage written out in words (not only "%") before "on"
# and a period names the base of the change, not the change's own period.
PERCENT_ON = [
    # monthly:515 export 2023-11 $198.2m, printed +18.3% mom (monthly:501 Oct $167.6m)
    (
        "2023-12-20",
        "Chinese exports to the North reached 198.2 million dollars in November 2023, "
        "a rise of 18.3 per cent on October.",
        "export",
        "2023-11/2023-11",
        "2023-10/2023-10",
        "correct",
    ),
    # monthly:506 import 2023-10 $24.82m, printed -10.7% mom (monthly:496 Sep $27.79m)
    (
        "2023-11-20",
        "China's imports from North Korea slipped in October. They were down 10.7 pct on September.",
        "import",
        "2023-10/2023-10",
        "2023-09/2023-09",
        "correct",
    ),
    # monthly:468 import 2023-03 $20.55m, printed +119% mom: not forty percent
    (
        "2023-04-20",
        "Chinese imports from North Korea in March jumped forty percent on February.",
        "import",
        "2023-03/2023-03",
        "2023-02/2023-02",
        "wrong",
    ),
]


@pytest.mark.parametrize(
    "date, text, flow, period, base, verdict", PERCENT_ON, ids=_ids(PERCENT_ON)
)
def test_a_percentage_on_a_period_takes_it_as_base(date, text, flow, period, base, verdict) -> None:
    c = _only(text, date, "change_pct")
    assert (c.reporter, c.partner, c.flow) == (*PAIR, flow)
    assert (str(c.period), str(c.base)) == (period, base)
    assert _verdict(text, date, c.surface) == verdict


# "goods from North Korea", "products coming from the DPRK": the exports of the country they
# come from, unless a flow word before them makes them its object ("imports of goods from").
GOODS_FROM = [
    # annual:200 / annual:205: 291.89 / 2,295.38 = 12.72% of the pair's trade in 2023
    (
        "2024-01-20",
        "Products from the DPRK made up 12.7 percent of bilateral trade in 2023.",
        "share",
        "import",
        Y[2023],
        "correct",
    ),
    # annual:181 / annual:189: 894.04 / 1,027.72 = 86.99% of the pair's trade in 2022
    (
        "2023-01-20",
        "China and North Korea traded just over $1 billion in 2022; goods from China accounted "
        "for 87 percent of it.",
        "share",
        "export",
        Y[2022],
        "correct",
    ),
    # annual:186 import 2022 = $133,680,000: a flow word governs the goods
    (
        "2023-01-20",
        "China's imports of goods from North Korea were $133.68 million in 2022.",
        "level",
        "import",
        Y[2022],
        "correct",
    ),
]


@pytest.mark.parametrize(
    "date, text, kind, flow, period, verdict", GOODS_FROM, ids=_ids(GOODS_FROM)
)
def test_goods_from_a_country_are_its_exports(date, text, kind, flow, period, verdict) -> None:
    c = _only(text, date, kind)
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, flow, period)
    assert _verdict(text, date, c.surface) == verdict


# "Exports' share of the total rose 12.4 points to 65.2 percent": the flow named before "share"
# is the part (not a country that owns the share); "to X percent" is the share itself.
FLOW_SHARES = [
    # annual:181/annual:189 = 894.04/1,027.72 = 86.99%; annual:171/annual:175 = 260.165/318.04 =
    # 81.80% in 2021: up 5.19 points
    (
        "2023-02-01",
        "The export share of bilateral trade climbed 5.2 percentage points to 87 percent in 2022.",
        [("pp_change", "export", "5.2", "correct"), ("share", "export", "87", "correct")],
    ),
    # annual:200/annual:205 = 291.89/2,295.38 = 12.72%
    (
        "2024-02-01",
        "Imports' share in the two countries' trade slipped to 12.7 percent in 2023.",
        [("share", "import", "12.7", "correct")],
    ),
    # 12.72% in 2023 against annual:186/annual:189 = 133.68/1,027.72 = 13.01% in 2022: -0.29 points
    (
        "2024-02-01",
        "China's import share of its trade with North Korea fell 0.3 percentage points in 2023.",
        [("pp_change", "import", "-0.3", "correct")],
    ),
]


@pytest.mark.parametrize("date, text, expected", FLOW_SHARES, ids=_ids(FLOW_SHARES))
def test_a_flows_share_of_the_trade(date, text, expected) -> None:
    r = check_text(text, date=date)
    got = [
        (k, f, str(v), verdict)
        for k, f, v, verdict in r[["kind", "flow", "value", "verdict"]].values
    ]
    assert got == expected
    assert set(zip(r["reporter"], r["partner"])) == {PAIR}


# "of North Korea's trade with its giant neighbour": an epithet after "with" is the other country
# of the pair, so the whole is the pair's trade, not the owner's trade with the world.
EPITHET_WHOLES = [
    # annual:197 / annual:205: 2,003.5 / 2,295.38 = 87.28%
    (
        "2024-02-01",
        "Chinese goods made up 87 percent of North Korea's trade with its giant neighbour in 2023.",
        "export",
    ),
    # annual:200 / annual:205: 291.89 / 2,295.38 = 12.72%
    (
        "2024-02-01",
        "Purchases from the North were 12.7 percent of China's commerce with its isolated ally "
        "in 2023.",
        "import",
    ),
]


@pytest.mark.parametrize("date, text, flow", EPITHET_WHOLES, ids=_ids(EPITHET_WHOLES))
def test_a_whole_with_its_neighbour_is_the_pairs_trade(date, text, flow) -> None:
    c = _only(text, date, "share")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, flow, Y[2023])
    assert c.whole == PAIR_TOTAL
    assert _verdict(text, date, c.surface) == "correct"


# A spoken second figure without its currency ("to twenty-three-point-nine-four million in May")
# is money like its digit form, read and checked in its own month.
SPOKEN_PAIRS = [
    # monthly_add:48 import 2023-04 = $34,200,000; monthly:474 import 2023-05 = $23,940,000
    (
        "2023-06-20",
        "China's imports from North Korea slid from thirty-four-point-two million dollars in "
        "April to twenty-three-point-nine-four million in May.",
        "import",
        ["34200000", "23940000"],
    ),
    # monthly:470 export 2023-04 = $165,780,000; monthly:473 export 2023-05 = $165,630,000
    (
        "2023-06-20",
        "Chinese exports to the North held at one hundred sixty-five point eight million dollars "
        "in April and one hundred sixty-five point six million in May.",
        "export",
        ["165800000", "165600000"],
    ),
]


@pytest.mark.parametrize("date, text, flow, values", SPOKEN_PAIRS, ids=_ids(SPOKEN_PAIRS))
def test_a_spoken_second_figure_is_checked_in_its_month(date, text, flow, values) -> None:
    r = check_text(text, date=date)
    assert list(r["kind"]) == ["level", "level"]
    assert set(zip(r["reporter"], r["partner"], r["flow"])) == {(*PAIR, flow)}
    assert list(r["period"].astype(str)) == ["2023-04/2023-04", "2023-05/2023-05"]
    assert [str(v) for v in r["value"]] == values
    assert list(r["verdict"]) == ["correct", "correct"]


# -- balances said around the figure: a participle clause, "a gap of $X in Y's favour", "exports
# exceeded imports by $X", "a deficit of $X for Y" (the value is China's exports minus imports) --
# Rows of datasets/china_dprk.csv: July 2016 export $194m (monthly:43), import $227m (monthly:47),
# so China's balance is -$33m; May 2016 export $239.3m (monthly:35), import $175.6m (monthly:37),
# +$63.7m; 2024 export $1.83bn (annual:213), import $350m (annual:215), +$1.48bn.
PARTICIPLES = [
    (
        "2016-08-30",
        "North Korea ran a trade surplus with China in July 2016, selling $227 million worth of "
        "goods and buying $194 million.",
        [("import", 227_000_000), ("export", 194_000_000)],  # the North's sales: China's imports
    ),
    (
        "2016-06-30",
        "In May 2016 China kept its customary surplus with the North, exporting $239.3 million "
        "while importing $175.6 million.",
        [("export", 239_300_000), ("import", 175_600_000)],
    ),
]


@pytest.mark.parametrize(("date", "text", "flows"), PARTICIPLES, ids=_ids(PARTICIPLES))
def test_a_participle_takes_the_subject_of_its_clause(date, text, flows) -> None:
    r = check_text(text, date=date)
    assert list(zip(r["flow"], r["value"].map(int), strict=True)) == flows
    assert set(r["reporter"] + r["partner"]) == {"CHNPRK"}
    assert r["verdict"].tolist() == ["correct", "correct"]


BALANCES_AROUND = [
    (
        "2016-08-30",
        "In July 2016 trade between the neighbours showed a gap of $33 million in North Korea's "
        "favour.",
        "2016-07/2016-07",
        -33_000_000,
    ),
    (
        "2016-06-30",
        "China's May 2016 trade with North Korea left a balance of $63.7 million in Beijing's "
        "favour.",
        "2016-05/2016-05",
        63_700_000,
    ),
    (
        "2025-02-01",
        "China's exports to North Korea exceeded its imports from there by $1.48 billion in 2024.",
        Y[2024],
        1_480_000_000,
    ),
    (
        "2016-08-30",
        "In July 2016, North Korea's sales to China outstripped its purchases from China by "
        "$33 million.",
        "2016-07/2016-07",
        -33_000_000,
    ),
    (
        "2016-06-30",
        "May 2016 ended with a deficit of $63.7 million for North Korea in its trade with China.",
        "2016-05/2016-05",
        63_700_000,  # the North's deficit is China's surplus
    ),
    (
        "2016-08-30",
        "The July 2016 figures for China's trade with North Korea implied a surplus of about "
        "$33 million for Pyongyang.",
        "2016-07/2016-07",
        -33_000_000,
    ),
    # "the excess of X's sales over its purchases": exports less imports, the seller's surplus.
    # 2022: exports 894.04m (annual:181) − imports 133.68m (annual:186) = 760.36m
    (
        "2023-03-01",
        "For 2022, the excess of Chinese shipments over purchases in bilateral trade reached "
        "$760.4 million.",
        Y[2022],
        760_400_000,
    ),
    # "the excess of imports over exports" of the buyer: its deficit, China's surplus.
    # 2019: exports 2,573.82m (annual_add:1) − imports 215.20m (annual_add:2) = 2,358.62m
    (
        "2020-03-01",
        "The excess of North Korea's imports over its exports in the trade with China stood at "
        "$2.36 billion in 2019.",
        Y[2019],
        2_360_000_000,
    ),
]


@pytest.mark.parametrize(
    ("date", "text", "period", "value"), BALANCES_AROUND, ids=_ids(BALANCES_AROUND)
)
def test_a_balance_whose_side_is_named_around_the_figure(date, text, period, value) -> None:
    c = _only(text, date, "balance")
    assert (c.reporter, c.partner, c.flow, str(c.period)) == (*PAIR, "balance", period)
    assert c.value == value
    assert check_text(text, date=date)["verdict"].tolist() == ["correct"]


def test_exports_exceeding_a_level_is_no_balance() -> None:
    # "exceeded $X" with no other flow is a level (hedged), not the gap between the flows
    text = "China's exports to North Korea exceeded $1.8 billion in 2024."
    c = _only(text, "2025-02-01", "level")
    assert (c.flow, str(c.period)) == ("export", Y[2024])


# -- terms named at the head of a second clause ("while in dollar terms they ...") belong to it ----
# May 2016 exports -5.9% yoy in dollars (monthly:35), January 2016 imports -4.4% yoy in dollars
# (monthly:22), datasets/china_dprk.csv; the data hold no yuan changes, so those stay unverifiable.
TERMS_BY_CLAUSE = [
    (
        "2016-06-30",
        "Measured in yuan, China's exports to North Korea fell 1.2 percent in May, whereas in "
        "dollar terms they were down 5.9 percent.",
        [("1.2 percent", "CNY", "unverifiable"), ("5.9 percent", "USD", "correct")],
    ),
    (
        "2016-03-01",
        "In yuan terms, Chinese purchases from North Korea edged up 1.6 percent in January, "
        "while in dollar terms they slipped 4.4 percent.",
        [("1.6 percent", "CNY", "unverifiable"), ("4.4 percent", "USD", "correct")],
    ),
]


@pytest.mark.parametrize(("date", "text", "want"), TERMS_BY_CLAUSE, ids=_ids(TERMS_BY_CLAUSE))
def test_terms_heading_a_later_clause_belong_to_it(date, text, want) -> None:
    r = check_text(text, date=date)
    assert list(zip(r["surface"], r["terms"], r["verdict"], strict=True)) == want


# -- a change computed from a level printed to the billion decides nothing ------------------------
# ytd:78 (datasets/china_dprk.csv): exports Jan-Apr 2017 "$1 billion" (±$500m), printed +32%;
# ytd:68: exports Jan-May 2016 "$1 billion" (±$500m), printed -1.29%. A change computed against
# such a level spans a hundred points or more: the printed change decides, or nothing does.
COARSE_CHANGES = [
    (
        "2017-05-23",
        "China's exports to North Korea in January-April 2017 rose 23 percent to $1 billion.",
        "23 percent",
        "wrong",  # printed +32%, not the computed [-60%, 475%]
    ),
    (
        "2017-05-23",
        "China's shipments to the North in the first four months of 2017 were up 32 percent.",
        "32 percent",
        "correct",
    ),
    (
        "2016-06-20",
        "China's exports to North Korea in January-May 2016 fell 9 percent from a year earlier.",
        "9 percent",
        "wrong",  # printed -1.29%
    ),
    (
        # no change printed for Jan-May 2017; against the Jan-May 2016 "$1 billion" base the data
        # give [-10.8%, 169.6%] (ytd:68 and the months of 2017): too coarse to confirm 20 percent
        "2017-06-23",
        "China's exports to North Korea in January-May 2017 rose 20 percent from a year earlier.",
        "20 percent",
        "unverifiable",
    ),
]


@pytest.mark.parametrize(
    ("date", "text", "surface", "verdict"), COARSE_CHANGES, ids=_ids(COARSE_CHANGES)
)
def test_a_change_from_a_coarse_level_confirms_nothing(date, text, surface, verdict) -> None:
    r = check_text(text, date=date)
    row = r[r["surface"] == surface].iloc[0]
    assert row["verdict"] == verdict
    if verdict == "unverifiable":
        assert "too coarse" in row["explanation"]
    if verdict == "wrong":  # nor does a reading that wide "reproduce" the claim
        assert "reproduced by" not in row["explanation"]


# -- "N times the $X of PERIOD": the figure after the multiple is its base, in its own period -----
# Annual rows of datasets/china_dprk.csv: exports 2021 $260.165m (annual:171), 2022 $894.04m
# (annual:181), 2023 $2,003.5m (annual:197); imports 2021 $57.874m (annual:173), 2023 $291.89m
# (annual:200), 2024 $350m (annual:215). Balances: 2023 $1,711.61m, 2021 $202.29m.
MULTIPLE_OF_A_FIGURE = [
    (
        "2024-01-20",
        "Chinese exports to the North reached $2 billion in 2023, nearly eight times the "
        "$260 million of 2021.",
        "export",
        Y[2023],
        Y[2021],  # 2,003.5 / 260.165 = 7.70 (against 2022 it would be 2.24)
    ),
    (
        "2024-01-20",
        "China's surplus with North Korea in 2023 was $1.71 billion, more than eight times the "
        "$202 million of 2021.",
        "balance",
        Y[2023],
        Y[2021],  # 1,711.61 / 202.29 = 8.46
    ),
    (
        "2025-01-20",
        "North Korea's sales to China in 2024, $350 million, were more than six times the "
        "$57.9 million of 2021.",
        "import",
        Y[2024],
        Y[2021],  # 350 / 57.874 = 6.05
    ),
]


@pytest.mark.parametrize(
    ("date", "text", "flow", "period", "base"), MULTIPLE_OF_A_FIGURE, ids=_ids(MULTIPLE_OF_A_FIGURE)
)
def test_a_multiple_of_a_figure_takes_its_period_as_base(date, text, flow, period, base) -> None:
    c = _only(text, date, "ratio")
    assert (c.reporter, c.partner, c.flow, str(c.period), str(c.base)) == (
        *PAIR,
        flow,
        period,
        base,
    )
    assert check_text(text, date=date)["verdict"].tolist() == ["correct"] * 3


# -- "added up to $X" is a sum (a level), not a rise ------------------------------------------------
# 2024 exports $1.83bn (annual:213) fell from $2,003.5m in 2023 (annual:197): "went up to" asserts
# a rise and is wrong; "added up to", "summed up to" assert only the level, which is right.
ADDED_UP = [
    ("Everything Beijing sold the North in 2024 added up to $1.83 billion.", None, "correct"),
    ("China's exports to North Korea in 2024 summed up to $1.83 billion.", None, "correct"),
    ("China's exports to North Korea went up to $1.83 billion in 2024.", "up", "wrong"),
]


@pytest.mark.parametrize(
    ("text", "direction", "verdict"), ADDED_UP, ids=[t[0][:40] for t in ADDED_UP]
)
def test_added_up_to_is_a_level_not_a_rise(text, direction, verdict) -> None:
    c = _only(text, "2025-03-01", "level")
    assert (c.flow, str(c.period), c.direction) == ("export", Y[2024], direction)
    assert check_text(text, date="2025-03-01")["verdict"].tolist() == [verdict]


# -- a list of changes under one verb: "fell X in March and Y in April" ---------------------------
# The second figure has no verb of its own; it moves the way the first did (a sign, not a guess:
# a verb of its own, or a share, keeps its reading).
COORDINATED_CHANGES = [
    (
        "China's shipments to the North fell 11.2 percent in June and 4.5 percent in July.",
        [("export", "down"), ("export", "down")],
    ),
    (
        "Imports from North Korea slid 20% in May, 15% in June and 7% in July.",
        [("import", "down"), ("import", "down"), ("import", "down")],
    ),
    (
        "China's exports to North Korea fell 5 percent in March and its imports rose 9 percent.",
        [("export", "down"), ("import", "up")],
    ),
    (
        "China's exports to North Korea jumped 12 percent year on year and imports 30 percent.",
        [("export", "up"), ("import", "up")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), COORDINATED_CHANGES, ids=[t[0][:40] for t in COORDINATED_CHANGES]
)
def test_a_change_listed_after_another_moves_the_same_way(text, expected) -> None:
    claims, _ = extract_claims(text, date="2021-09-01")
    changes = [c for c in claims if c.kind == "change_pct"]
    assert [(c.flow, c.direction) for c in changes] == expected
    assert all((c.value < 0) == (c.direction == "down") for c in changes)


def test_a_listed_change_is_checked_with_its_sign() -> None:
    # monthly:248 and monthly:249: China Customs printed March 2020 exports −90.9% and imports
    # −96.2% year on year; read unsigned, the imports figure would be +96.2 and wrong
    text = (
        "In March 2020, China's exports to North Korea plunged 90.9 percent from a year earlier "
        "and its imports 96.2 percent."
    )
    r = check_text(text, date="2020-04-25")
    assert r[["surface", "value", "verdict"]].values.tolist() == [
        ["90.9 percent", "-90.9", "correct"],
        ["96.2 percent", "-96.2", "correct"],
    ]


def test_a_share_after_a_change_is_not_a_change() -> None:
    claims, _ = extract_claims(
        "China's exports to North Korea fell 5 percent in March; imports were 9 percent of the "
        "total.",
        date="2021-09-01",
    )
    assert [c.kind for c in claims] == ["change_pct", "share"]


# -- a span the data give two ways that disagree ------------------------------------------------
@pytest.mark.parametrize(
    ("figure", "verdict"),
    [
        # Jan–Mar plus April: ytd_add:9 $54.59m + monthly:205 $22.265m = $76.855m
        ("$76.86 million", "correct"),
        # the span's own total less its exports: ytd:137 $750.99m − ytd:135 $673.68m = $77.31m
        ("$77.31 million", "correct"),
        # outside both
        ("$78.5 million", "wrong"),
        ("$76.5 million", "wrong"),
    ],
)
def test_a_span_summed_and_differenced_is_held_to_within_both(figure: str, verdict: str) -> None:
    text = f"North Korea's shipments to China totalled {figure} over the first four months of 2019."
    got = check_text(text, date="2019-05-25")
    assert [(r.flow, r.period, r.verdict) for r in got.itertuples()] == [
        ("import", "2019-01/2019-04", verdict)
    ]


# -- a verb's direction, a run's verb and a base named before the clause (heldout6 failures) ----
# Rows of datasets/china_dprk.csv: total 2024 $2,180.39m, printed −5.0% (annual:217); total
# 2023 $2,295.38m (annual:205).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the change carries the verb's direction and is wrong (−5.0%); the level reached is right
        (
            "Trade between China and North Korea grew 4.8 percent in 2024 to $2.18 billion, the "
            "customs office said.",
            [("4.8 percent", "wrong"), ("$2.18 billion", "correct")],
        ),
        (
            "Trade between China and North Korea fell 5 percent in 2024 to $2.18 billion.",
            [("5 percent", "correct"), ("$2.18 billion", "correct")],
        ),
        # a level with a verb of its own still answers for the direction: 2024 < 2023
        (
            "Trade between China and North Korea rose to $2.18 billion in 2024.",
            [("$2.18 billion", "wrong")],
        ),
    ],
)
def test_a_level_reached_by_a_change_leaves_the_direction_to_the_change(text, want) -> None:
    r = check_text(text, date="2025-01-20")
    assert r[["surface", "verdict"]].values.tolist() == [list(w) for w in want]


def test_a_second_clause_with_its_own_verb_is_not_the_first_clauses_move() -> None:
    # exports 2024 $1,830m (annual:213), 2023 $2,003.5m (annual:197); imports 2024 $350m
    # (annual:215), 2023 $291.89m (annual:200): exports fell, imports rose
    text = (
        "China's exports to North Korea slipped to $1.83 billion in 2024 from $2.00 billion, and "
        "imports climbed to $350 million from $292 million."
    )
    r = check_text(text, date="2025-01-20")
    assert r[["surface", "direction", "verdict"]].fillna("").values.tolist() == [
        ["$1.83 billion", "down", "correct"],
        ["$2.00 billion", "", "correct"],
        ["$350 million", "up", "correct"],
        ["$292 million", "", "correct"],
    ]


def test_a_later_move_in_a_chain_has_its_own_direction() -> None:
    # exports Mar 2021 $12.978m (monthly:333), Apr $28.751m (monthly:346), May $2.71m (monthly:355)
    text = (
        "China's exports to the North jumped to $28.8 million in April 2021 from $13.0 million in "
        "March before sinking to $2.7 million in May."
    )
    r = check_text(text, date="2021-06-20")
    assert r[["surface", "direction", "verdict"]].fillna("").values.tolist() == [
        ["$28.8 million", "up", "correct"],
        ["$13.0 million", "", "correct"],
        ["$2.7 million", "down", "correct"],
    ]


def test_a_streak_takes_the_verb_before_it_not_a_later_one() -> None:
    # imports May 2022 $5.79m (monthly:422), Jun $2.0m (monthly:426), Jul $12.0m (monthly:430),
    # Aug total $90.32m (monthly_add:45) − exports $71.54m (monthly:431) = $18.78m: two rises
    text = (
        "North Korea's shipments to China grew for a second straight month in August 2022, then "
        "slipped in September."
    )
    r = check_text(text, date="2022-10-20")
    assert r[["kind", "direction", "verdict"]].values.tolist() == [["streak", "up", "correct"]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # exports Feb 2019 $89.03m (monthly_add:16), Mar $197.952m (monthly:200), Apr $218.7m
        # (monthly:204), May $258.29m (monthly:209): three rises in a row, March to May
        (
            "Chinese exports to North Korea posted three straight monthly gains from March to May "
            "2019.",
            ["streak", "export", "2019-03/2019-05", "up", "correct"],
        ),
        # the same run, its months written after a dated month with no year of their own
        (
            "Exports to North Korea dipped to $89.0 million in February 2019, before three "
            "successive monthly rises in March, April and May.",
            ["streak", "export", "2019-03/2019-05", "up", "correct"],
        ),
        # imports Aug 2023 $28.23m (monthly:486), Sep $27.79m (monthly:496), Oct $24.82m
        # (monthly:506): two falls in a row; no unit named, the months around it give it
        (
            "Sliding through September and October 2023, China's imports from North Korea "
            "recorded two consecutive declines.",
            ["streak", "import", "2023-09/2023-10", "down", "correct"],
        ),
        # an ordinal and no unit: the same runs, and one month too many
        (
            "China's imports from North Korea fell in October 2023, a second consecutive decline.",
            ["streak", "import", "2023-09/2023-10", "down", "correct"],
        ),
        (
            "China's exports to North Korea rose in May 2019, the fourth straight gain.",
            ["streak", "export", "2019-02/2019-05", "up", "wrong"],
        ),
    ],
)
def test_a_count_of_changes_in_a_row_is_a_streak(text: str, want: list[str]) -> None:
    r = check_text(text, date="2023-12-20")
    r = r[r["kind"] == "streak"]
    assert r[["kind", "flow", "period", "direction", "verdict"]].values.tolist() == [want]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # total Apr 2023 $199.98m (monthly_add:49) / Apr 2019 $241.46m (monthly:208) − 1 = −17.18%
        (
            "Against pre-pandemic April 2019, two-way trade in April 2023 was down 17.2 percent.",
            "2023-05-20",
            ("change_pct", "2023-04/2023-04", "2019-04/2019-04", "correct"),
        ),
        # total 2023 $2,295.38m (annual:205) / 2021 $318.04m (annual:175) = 7.22
        (
            "Two-way trade in 2023 came to about seven times the figure of 2021.",
            "2024-01-20",
            ("ratio", "2023-01/2023-12", "2021-01/2021-12", "correct"),
        ),
        # total Jan–Jun 2021 $65.72m, printed −84% (ytd:164); Jan–Jun 2020 $412m (ytd:152)
        (
            "In the first half of twenty twenty-one, China-North Korea trade came to $65.7 "
            "million, down 84 percent on a year earlier.",
            "2021-07-20",
            ("change_pct", "2021-01/2021-06", "2020-01/2020-06", "correct"),
        ),
        # written in 2022, "the same period of last year" would be the claim's own half: the
        # year before it is meant
        (
            "China-North Korea trade in the first half of 2021 reached $65.7 million, down 84 "
            "percent on the same period of last year.",
            "2022-03-01",
            ("change_pct", "2021-01/2021-06", "2020-01/2020-06", "correct"),
        ),
    ],
)
def test_a_base_named_apart_from_the_figure(text, date, want) -> None:
    r = check_text(text, date=date)
    row = r[r["kind"] == want[0]]
    assert row[["kind", "period", "base", "verdict"]].values.tolist() == [list(want)]


@pytest.mark.parametrize(
    ("text", "date", "verdict"),
    [
        # imports 2024 $350m (annual:215): not below $300 million
        ("Imports from North Korea did not exceed $300 million in 2024.", "2025-01-20", "wrong"),
        # total 2021 $318.04m (annual:175): below $320 million
        (
            "China's trade with the North failed to reach even $320 million in 2021.",
            "2022-01-20",
            "correct",
        ),
        # exports 2024 $1,830m (annual:213): below $1.9 billion
        (
            "China's exports to North Korea never topped $1.9 billion in 2024.",
            "2025-01-20",
            "correct",
        ),
    ],
)
def test_a_negated_verb_of_reaching_is_an_upper_bound(text, date, verdict) -> None:
    r = check_text(text, date=date)
    assert r[["kind", "hedge", "verdict"]].values.tolist() == [["level", "less than", verdict]]


@pytest.mark.parametrize(
    ("date", "text", "surface", "base", "verdict"),
    [
        # a fraction "of the same month last year": the month a year back is the base
        # (exports Mar 2020 $18,031,000, monthly:248; Mar 2019 $197,952,000, monthly:200)
        (
            "2020-04-20",
            "In March, Chinese shipments to North Korea shrank to $18 million, less than a tenth "
            "of the same month last year.",
            "a tenth",
            "2019-03/2019-03",
            "correct",
        ),
        # "less than half the year before": the balance of the year before (2021 balance
        # $260,165,000 − $57,874,000 = $202,291,000, annual:171/173; 2020 $443,058,000 =
        # $491,059,000 − $48,001,000, annual:150/155)
        (
            "2022-02-01",
            "China's 2021 surplus with the North came to less than half the year before.",
            "half",
            "2020-01/2020-12",
            "correct",
        ),
        # "a decade earlier": the same period ten years back (exports 2013 $3,630,074,854,
        # annual:66; 2003 $627,737,013, annual:22: 5.78 times)
        (
            "2014-02-01",
            "China's exports to North Korea in 2013 were almost six times what they had been a "
            "decade earlier.",
            "six times",
            "2003-01/2003-12",
            "correct",
        ),
    ],
)
def test_a_ratio_to_the_same_month_last_year_or_a_decade_earlier(
    date, text, surface, base, verdict
) -> None:
    row = next(r for r in check_text(text, date=date).itertuples() if r.surface == surface)
    assert (row.kind, row.base, row.verdict) == ("ratio", base, verdict)


@pytest.mark.parametrize(
    ("date", "text", "surface", "value", "base"),
    [
        # 2022 total $1,027,720,000 (annual:189) − 2021 $318,040,000 (annual:175) = +$709.68m
        (
            "2023-02-01",
            "The 2022 recovery added $710 million to China's trade with North Korea.",
            "$710 million",
            "710000000",
            "2021-01/2021-12",
        ),
        # 2020 exports $491,059,000 (annual:150) − 2019 $2,573,821,663 (annual_add:1) = −$2.08bn;
        # the ratio's 2013 base after the comma is not the sum's
        (
            "2021-02-01",
            "The border closure wiped $2.1 billion off China's exports to North Korea in 2020, "
            "leaving them at a seventh of their 2013 level.",
            "$2.1 billion",
            "-2100000000",
            "2019-01/2019-12",
        ),
    ],
)
def test_a_sum_added_to_or_wiped_off_a_flow_is_an_absolute_change(
    date, text, surface, value, base
) -> None:
    row = next(r for r in check_text(text, date=date).itertuples() if r.surface == surface)
    assert (row.kind, row.value, row.base, row.verdict) == ("change_abs", value, base, "correct")


# -- a sum of money that is a change: a noun of movement after it, or a comparative -------------
@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # exports 2022 $894,040,000 (annual:181) − 2021 $260,165,000 (annual:171) = $633.875m
        (
            "A $633.9 million jump in Chinese exports to North Korea in 2022 took them to "
            "$894 million.",
            "2023-02-01",
            (
                "$633.9 million",
                "export",
                "2022-01/2022-12",
                "2021-01/2021-12",
                "633900000",
                "correct",
            ),
        ),
        # imports 2020 $48,001,000 (annual:155) − 2019 $215,197,317 (annual_add:2) = −$167.2m
        (
            "China's imports from the North in 2020 were $167.2 million smaller than in 2019.",
            "2021-02-01",
            (
                "$167.2 million",
                "import",
                "2020-01/2020-12",
                "2019-01/2019-12",
                "-167200000",
                "correct",
            ),
        ),
        # total Oct 2023 $192.42m (monthly:510) − Sep 2023 $216.53m (monthly:498) = −$24.11m
        (
            "Two-way trade between China and North Korea in October 2023 was $24.1 million below "
            "September's.",
            "2023-11-25",
            (
                "$24.1 million",
                "total",
                "2023-10/2023-10",
                "2023-09/2023-09",
                "-24100000",
                "correct",
            ),
        ),
        # exports 2024 $1,830m (annual:213) − 2023 $2,003.5m (annual:197) = −$173.5m
        (
            "Chinese exports to North Korea shed $173.5 million in 2024.",
            "2025-02-01",
            (
                "$173.5 million",
                "export",
                "2024-01/2024-12",
                "2023-01/2023-12",
                "-173500000",
                "correct",
            ),
        ),
        # exports 2022 − 2021 as above (annual:181, annual:171); the 2019 level (annual_add:1)
        # belongs to the clause after "though", not to the gain
        (
            "China's exports to North Korea gained $633.9 million in 2022, though they stayed "
            "below half of their 2019 level.",
            "2023-02-01",
            (
                "$633.9 million",
                "export",
                "2022-01/2022-12",
                "2021-01/2021-12",
                "633900000",
                "correct",
            ),
        ),
        (
            "Chinese exports to North Korea showed an increase of $633.9 million in 2022.",
            "2023-02-01",
            (
                "$633.9 million",
                "export",
                "2022-01/2022-12",
                "2021-01/2021-12",
                "633900000",
                "correct",
            ),
        ),
    ],
)
def test_a_sum_of_money_that_is_a_change(text, date, want) -> None:
    r = check_text(text, date=date)
    row = r[r["surface"] == want[0]]
    assert row[["kind", "flow", "period", "base", "value", "verdict"]].values.tolist() == [
        ["change_abs", *want[1:]]
    ]


def test_a_sum_of_money_before_a_noun_of_no_movement_stays_a_level() -> None:
    # "a $894 million market" names no move: a level (exports 2022, annual:181)
    r = check_text(
        "Chinese exports to North Korea in 2022 made a $894 million market.", date="2023-02-01"
    )
    assert r["kind"].tolist() == ["level"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # total 2023 $2,295.38m (datasets/china_dprk.csv, annual:205): not above $2.5 billion
        ("Trade between China and North Korea in 2023 crossed the $2.5 billion mark.", "wrong"),
        # … and above $2 billion
        ("China's trade with North Korea broke through $2 billion in 2023.", "correct"),
        ("Trade between China and North Korea passed $2 billion in 2023.", "correct"),
    ],
)
def test_a_verb_of_crossing_a_figure_is_a_lower_bound(text, verdict) -> None:
    r = check_text(text, date="2024-01-25")
    assert r[["kind", "hedge", "verdict"]].values.tolist() == [["level", "more than", verdict]]


@pytest.mark.parametrize(
    ("text", "hedge", "verdict"),
    [
        # exports 2024 $1,830m (datasets/china_dprk.csv, annual:213)
        (
            "China's exports to North Korea came to no more than $1.7 billion in 2024.",
            "at most",
            "wrong",
        ),
        (
            "China's exports to North Korea came to no more than $1.9 billion in 2024.",
            "at most",
            "correct",
        ),
        (
            "China's exports to North Korea were not less than $1.9 billion in 2024.",
            "at least",
            "wrong",
        ),
        (
            "China's exports to North Korea came to a shade under $1.9 billion in 2024.",
            "just under",
            "correct",
        ),
    ],
)
def test_hedges_written_in_other_words(text, hedge, verdict) -> None:
    r = check_text(text, date="2025-01-25")
    assert r[["kind", "hedge", "verdict"]].values.tolist() == [["level", hedge, verdict]]


@pytest.mark.parametrize(
    ("verb", "direction", "verdict"),
    [
        # exports Feb 2024 $93.71m (monthly:524), Mar 2024 $128.03m (monthly:527): a rise
        ("tailed off to", "down", "wrong"),
        ("softened to", "down", "wrong"),
        ("was cut to", "down", "wrong"),
        ("were trimmed to", "down", "wrong"),
        ("firmed to", "up", "correct"),
        ("strengthened to", "up", "correct"),
    ],
)
def test_more_verbs_of_movement_give_a_level_its_direction(verb, direction, verdict) -> None:
    r = check_text(
        f"China's exports to North Korea {verb} $128.0 million in March 2024.", date="2024-04-25"
    )
    assert r[["kind", "direction", "base", "verdict"]].values.tolist() == [
        ["level", direction, "2024-02/2024-02", verdict]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # exports 2023 $2,003.5m (annual:197) / 2022 $894.04m (annual:181) = 2.24×: "twice" is the
        # rung [1.75, 2.25] of "double"
        (
            "Chinese exports to North Korea in 2023 were twice the 2022 figure.",
            ["ratio", "export", "2023-01/2023-12", "2022-01/2022-12", "correct"],
        ),
        # imports 2023 $291.89m (annual:200) / 2022 $133.68m (annual:186) = 2.18×
        (
            "Purchases from the North in 2023 came to more than twice their 2022 level.",
            ["ratio", "import", "2023-01/2023-12", "2022-01/2022-12", "correct"],
        ),
        # the same 2.18× is not "thrice" ([2.75, 3.5])
        (
            "Purchases from the North in 2023 came to thrice what they were in 2022.",
            ["ratio", "import", "2023-01/2023-12", "2022-01/2022-12", "wrong"],
        ),
    ],
)
def test_twice_and_thrice_are_multiples(text: str, want: list[str]) -> None:
    r = check_text(text, date="2024-03-01")
    assert r[["kind", "flow", "period", "base", "verdict"]].values.tolist() == [want]


def test_twice_as_a_frequency_is_no_multiple() -> None:
    claims, _ = extract_claims(
        "Customs in Dandong updates its border tables twice a month; exports rose 4 percent in "
        "2023.",
        date="2024-03-01",
    )
    assert [c.kind for c in claims] == ["change_pct"]


# exports 2022 $894.04m (annual:181) − imports 2022 $133.68m (annual:186) = $760.36m, China's surplus
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a year between the balance word and the trade it is of
        ("China's surplus in its 2022 trade with North Korea was about $760 million.", "correct"),
        # one "what" for both verbs of the gap
        (
            "The gap between what Beijing sold to and bought from Pyongyang in 2022 came to "
            "$760.4 million.",
            "correct",
        ),
        # one side's goods outselling the other's: a surplus of the seller
        ("Chinese products outsold North Korean ones by about $760 million in 2022.", "correct"),
        ("North Korean goods outsold Chinese ones by about $760 million in 2022.", "wrong"),
        # "a gap of $X" after both flows: their difference, its size only
        (
            "In 2022 China shipped $894.0 million to the North and bought $133.7 million from it, "
            "a gap of $760.4 million.",
            "correct",
        ),
    ],
)
def test_balance_phrasings(text: str, want: str) -> None:
    r = check_text(text, date="2023-03-01")
    b = r[r["kind"] == "balance"]
    assert b[["flow", "period", "verdict"]].values.tolist() == [
        ["balance", "2022-01/2022-12", want]
    ]
    assert not b["explanation"].iloc[0].count("internal:")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # annual imports (annual:25..78): 2005 $499.1m, 2006 $467.8m (a fall), then rises every
        # year to 2013 $2,927.5m, and 2014 $2,867.9m: the 2014 fall was the first since 2006
        (
            "The fall in China's imports from North Korea in 2014 was the first since 2006.",
            ["superlative", "import", "2014-01/2014-12", "correct"],
        ),
        # ... and 2010 was no fall
        (
            "The fall in China's imports from North Korea in 2014 was the first since 2010.",
            ["superlative", "import", "2014-01/2014-12", "wrong"],
        ),
        # annual exports 2021 $260.2m (annual:171) below 2020's $491.1m (annual:150), then up in
        # 2022 and 2023, down in 2024 ($1,830m, annual:213): the first fall since 2021 of China's
        # sales, the flow named inside the phrase (not the purchases named before it)
        (
            "China shipped $1.83 billion to the North in 2024 and bought $350 million from it, the "
            "first drop in its sales since 2021.",
            ["superlative", "export", "2024-01/2024-12", "correct"],
        ),
        # monthly imports: Feb 2023 $9.37m (monthly:466) below every month from Jul 2022 on, Jun
        # 2022 $2.0m (monthly:426) lower still: "the least since June 2022"
        (
            "China's imports from North Korea in February 2023, $9.4 million, were the least since "
            "June 2022.",
            ["superlative", "import", "2023-02/2023-02", "correct"],
        ),
    ],
)
def test_first_since_and_most_since(text: str, want: list[str]) -> None:
    r = check_text(text, date="2025-03-01")
    r = r[r["kind"] == "superlative"]
    assert r[["kind", "flow", "period", "verdict"]].values.tolist() == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # annual imports 2006 $467.8m below 2005's $499.1m, rises every year to 2013 $2,927.5m,
        # then 2014 $2,867.9m (annual:25..78): 2014's fall was the first in eight years ...
        (
            "China bought $2.87 billion of North Korean goods in 2014, its first annual decline "
            "in eight years.",
            ["superlative", "import", "2014-01/2014-12", "2006-01/2006-12", "correct"],
        ),
        # ... and 2011 saw no fall
        (
            "China bought $2.87 billion of North Korean goods in 2014, its first annual decline "
            "in three years.",
            ["superlative", "import", "2014-01/2014-12", "2011-01/2011-12", "wrong"],
        ),
    ],
)
def test_first_change_in_n_years(text: str, want: list[str]) -> None:
    r = check_text(text, date="2015-03-01")
    r = r[r["kind"] == "superlative"]
    assert r[["kind", "flow", "period", "base", "verdict"]].values.tolist() == [want]


def test_a_superlative_said_of_the_economy_is_no_claim() -> None:
    claims, _ = extract_claims(
        "Output in North Korea's economy rose 2 percent in 2016, the first rise in two years, as "
        "coal sales to China held up.",
        date="2017-08-01",
    )
    assert [c.kind for c in claims if c.kind == "superlative"] == []


@pytest.mark.parametrize(
    ("flows", "want"),
    [
        # 2023: China's exports $2,003.5m (annual:197), imports $291.89m (annual:200): the North's
        # deficit of $1.71bn; bare flows larger first are seen from China's side ...
        ("exports of $2.0 billion against imports of $291.9 million", ["export", "import"]),
        # ... and smaller first from the North's, the owner of the deficit
        ("exports of $291.9 million against imports of $2.0 billion", ["import", "export"]),
    ],
)
def test_bare_flows_after_a_balance_meet_it(flows: str, want: list[str]) -> None:
    r = check_text(
        f"In 2023 Pyongyang's deficit with Beijing came to $1.71 billion, with {flows}.",
        date="2024-03-01",
    )
    levels = r[r["kind"] == "level"]
    assert levels["flow"].tolist() == want
    assert r["verdict"].tolist() == ["correct"] * 3


@pytest.mark.parametrize(
    "text",
    [
        # a year before the balance word dates it
        "Pyongyang's 2022 shortfall in its trade with Beijing widened to $760 million.",
        # the gap named by the two flows it lies between
        "The 2022 gap between Chinese exports to and imports from North Korea was $760 million.",
        "In 2022 the gap between China's imports from North Korea and its exports there was "
        "$760 million.",
    ],
)
def test_a_gap_between_the_flows_and_a_dated_shortfall(text: str) -> None:
    # exports 2022 $894.04m (annual:181) − imports $133.68m (annual:186) = $760.36m
    r = check_text(text, date="2023-03-01")
    assert r[["kind", "period", "verdict"]].values.tolist() == [
        ["balance", "2022-01/2022-12", "correct"]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # monthly exports: Jan 2019 $168.0m (monthly:194), Feb $89.03m (monthly_add:16), Mar
        # $197.95m, Apr $218.7m, May $258.29m (monthly:200, 204, 209): rises in March, April, May
        (
            "China's exports to North Korea have risen in each of the past three months, to "
            "$258.3 million in May 2019.",
            ["streak", "export", "2019-03/2019-05", "correct"],
        ),
        (
            "China's exports to North Korea have risen in each of the past four months, to "
            "$258.3 million in May 2019.",
            ["streak", "export", "2019-02/2019-05", "wrong"],
        ),
        # annual exports fell in 2021 ($260.2m, annual:171) and next in 2024 ($1,830m, annual:213)
        (
            "China's exports to North Korea fell in 2024 for the first time in three years.",
            ["superlative", "export", "2024-01/2024-12", "correct"],
        ),
    ],
)
def test_runs_said_as_each_of_the_past_months_and_first_time_in_years(
    text: str, want: list[str]
) -> None:
    r = check_text(text, date="2025-03-01")
    r = r[r["kind"].isin(["streak", "superlative"])]
    assert r[["kind", "flow", "period", "verdict"]].values.tolist() == [want]


# -- "grew 2.2 times in 2023": the period after the multiple is its own, the base the year before --
@pytest.mark.parametrize(
    ("text", "flow", "year", "verdict"),
    [
        # imports 2023 $291.89m (annual:200) / 2022 $133.68m (annual:186) = 2.18
        (
            "Imports from North Korea rose 2.2 times in 2023, the agency said.",
            "import",
            2023,
            "correct",
        ),
        # exports 2022 $894.04m (annual:181) / 2021 $260.165m (annual:171) = 3.44, not 2.9
        ("China's shipments to the North expanded 2.9 times in 2022.", "export", 2022, "wrong"),
    ],
)
def test_a_multiple_with_its_own_year_after_it(text, flow, year, verdict) -> None:
    c = _only(text, "2024-06-10", "ratio")
    assert (c.flow, str(c.period), str(c.base)) == (flow, Y[year], Y[year - 1])
    assert _verdict(text, "2024-06-10", c.surface) == verdict


# -- "X compares with $Y a year earlier": the figure after the verb is a base, its period owned ----
@pytest.mark.parametrize(
    ("text", "flow"),
    [
        # annual:197 export 2023 $2,003.5m; annual:181 export 2022 $894.04m
        (
            "Exports to North Korea of $2 billion in 2023 compare with $894 million a year earlier.",
            "export",
        ),
        # annual:200 import 2023 $291.89m; annual:186 import 2022 $133.68m
        (
            "The 2023 figure for imports from the North, $291.9 million, compares with "
            "$133.7 million a year before.",
            "import",
        ),
    ],
)
def test_a_figure_that_compares_with_a_base(text, flow) -> None:
    claims, _ = extract_claims(text, date="2024-01-20")
    assert [(c.flow, str(c.period), c.base_of) for c in claims] == [
        (flow, Y[2023], False),
        (flow, Y[2022], True),
    ]
    assert check_text(text, date="2024-01-20")["verdict"].tolist() == ["correct", "correct"]
