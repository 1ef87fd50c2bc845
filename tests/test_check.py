"""The claim checker, on sentences written for these tests in the styles of trade news.

Expected verdicts follow from figures China Customs published (as printed beside them in the
press and recorded in datasets/raw/china_dprk), cited at each case.
"""

from __future__ import annotations

import pandas as pd
import pytest

import tradestats as ts
from tradestats.check.run import check_text


def one(text: str, date: str | None = None, **want: object) -> pd.Series:
    r = check_text(text, date=date)
    assert len(r) == 1, r[["surface", "kind", "verdict"]]
    row = r.iloc[0]
    for key, value in want.items():
        assert row[key] == value, (key, row[key], row["explanation"])
    return row


def by_surface(text: str, date: str | None = None) -> dict[str, pd.Series]:
    return {row["surface"]: row for _, row in check_text(text, date=date).iterrows()}


# -- the June 2020 article, in our own words (issue 3, "Done when") --------------------------------
ARTICLE = (
    "Customs figures from Beijing showed a 24 percent drop in trade with North Korea for January "
    "and February 2020. Shipments from China slid to $198 million, while North Korea's sales to "
    "China shrank to only $10 million, down 74 percent from a year earlier."
)


def test_the_four_verdicts_of_the_june_2020_article() -> None:
    # GACC, Kyodo 2020-03-24: exports $197.39m (-23.2%), imports $10.67m (-71.9%), total
    # $208.06m (-29.5%); Jan-Feb 2019 imports $38.09m (VOA 2020-03-25).
    c = by_surface(ARTICLE, "2020-06-17")
    total = c["24 percent"]
    assert (total["kind"], total["flow"], total["period"]) == (
        "change_pct",
        "total",
        "2020-01/2020-02",
    )
    assert total["verdict"] == "wrong" and "-29.5" in total["explanation"]
    assert "exports instead of total trade" in total["explanation"]  # the nearest reading

    exports = c["$198 million"]
    assert exports["verdict"] == "wrong"  # 197.39 rounds to 197, not 198
    assert exports["claimed_interval"] == ["197500000", "198500000"]
    assert exports["data_value"] == "197390000"

    imports = c["$10 million"]
    assert imports["verdict"] == "approx"  # [9.5, 10.5]m misses 10.67; holds only loosely
    assert imports["reading"] in ("loose", "truncation")

    change = c["74 percent"]
    assert change["verdict"] == "wrong"
    own = [
        r for r in change["readings"] if r["matches"] and "own rounded $10 million" in r["reading"]
    ]
    assert own, change["readings"]  # reproduces from the article's own $10m against $38.09m


# -- verdicts ---------------------------------------------------------------------------------------
def test_correct_change_and_level_with_their_own_precision() -> None:
    # Kyodo 2020-03-24: exports $197.39m, -23.2%.
    c = by_surface(
        "China's exports to North Korea dropped 23.2 percent to $197.39 million in January "
        "and February, customs data showed.",
        "2020-03-25",
    )
    assert c["23.2 percent"]["verdict"] == "correct"
    assert c["$197.39 million"]["verdict"] == "correct"
    assert c["$197.39 million"]["direction"] == "down"


def test_perspective_flip_north_koreas_exports_are_chinas_imports() -> None:
    # GACC: China's imports from the DPRK, Jan-Feb 2020, $10.67m; VOA: "about 72%" down.
    c = by_surface(
        "North Korea's exports to China tumbled 72 percent to $10.7 million in the first "
        "two months of 2020."
    )
    assert {r["flow"] for r in c.values()} == {"import"}
    assert {r["reporter"] for r in c.values()} == {"CHN"}
    assert c["72 percent"]["verdict"] == "correct" and c["$10.7 million"]["verdict"] == "correct"


def test_published_change_counts_as_data() -> None:
    # VOA 2022-01-19: 2021 imports $57.874m, +20.7%; the two rounded levels only allow
    # 20.566%-20.571%, so only the printed change confirms the claim.
    row = by_surface("China's imports from North Korea in 2021 rose 20.7% to $57.87 million.")[
        "20.7%"
    ]
    assert row["verdict"] == "correct"
    assert "printed by the publisher" in row["explanation"]


def test_scale_error_is_gross() -> None:
    # 2020 exports $491.059m (GACC), not billions.
    one(
        "China exported $491 billion worth of goods to North Korea in 2020.",
        verdict="wrong",
        severity="gross: off by a factor of about 1,000",
    )


def test_wrong_direction_is_gross() -> None:
    # 2021 total trade fell 41% (VOA 2022-01-19).
    one(
        "China's trade with North Korea rose 41 percent in 2021.",
        verdict="wrong",
        severity="gross: wrong direction",
    )


def test_yuan_figures_are_unverifiable_against_the_dollar_series() -> None:
    one(
        "In March 2018, China's exports to North Korea were worth 900 million yuan.",
        verdict="unverifiable",
        currency="CNY",
    )


def test_relative_date_without_dateline_is_ambiguous_and_resolves_with_one() -> None:
    text = "China's exports to North Korea fell to $491.06 million last year."
    one(text, verdict="ambiguous")
    # 2020 exports $491.059m (GACC); "last year" from a 2021 dateline is 2020.
    one(text, "2021-01-20", verdict="correct", period="2020-01/2020-12")


def test_other_pairs_are_unverifiable_without_their_data() -> None:
    one(
        "China's exports to the United States rose 12.6 per cent in June.",
        "2023-07-13",
        verdict="unverifiable",
        partner="USA",
    )


def test_forecasts_are_not_claims() -> None:
    assert check_text(
        "Economists expect trade with North Korea to rise 10 percent next year."
    ).empty
    assert check_text("The bonds will cover 60 percent of the budget.").empty


def test_times_higher_is_ambiguous_when_k_plus_one_fits() -> None:
    # 2023 exports $2,003.5m vs 2022 $894.04m = 2.24 times: "1.2 times higher" holds only as 1 + 1.2.
    one(
        "China's exports to North Korea were 1.2 times higher in 2023 than in 2022.",
        verdict="ambiguous",
        kind="ratio",
    )


def test_verbal_multiples_use_rungs_and_hedges_bound() -> None:
    # 2022 total $1,027.72m vs 2021 $318.04m: 3.23 times.
    one("Bilateral trade in 2022 was more than three times the 2021 level.", verdict="correct")
    # 2023 vs 2022: 2.23 times, not "more than tripled".
    one(
        "Trade between the two countries more than tripled in 2023 compared with 2022.",
        verdict="wrong",
    )


def test_share_balance_and_absolute_change() -> None:
    # 2020: exports $491.059m of total $539.059m = 91.10%; balance 491.059 - 48.001 = 443.058.
    one(
        "Exports made up 91.1 percent of China-North Korea trade in 2020.",
        verdict="correct",
        kind="share",
    )
    one(
        "China's trade surplus with North Korea was $443.06 million in 2020.",
        verdict="correct",
        kind="balance",
        value="443060000",
    )
    # North Korea's deficit with China is China's surplus with North Korea.
    one(
        "North Korea's trade deficit with China stood at $443.1 million in 2020.",
        verdict="correct",
        value="443100000",
    )
    # 2021 exports $260.165m vs 2020 $491.059m: down $230.894m.
    one(
        "China's exports to North Korea fell by $230.9 million in 2021.",
        verdict="correct",
        kind="change_abs",
        value="-230900000",
    )


def test_hedges() -> None:
    # 2023 total $2,295.38m (GACC).
    one(
        "China-North Korea trade totalled nearly $2.3 billion in 2023.",
        verdict="correct",
        hedge="nearly",
    )
    one("China-North Korea trade totalled less than $2.2 billion in 2023.", verdict="wrong")
    # "almost", "nearly" are reached from below (semantics.md §1.2): 2020 exports $491.059m
    # (annual:150) lie under "almost $500 million" but above "almost $480 million", which no
    # looser reading or ±5% band may excuse.
    one("China's exports to North Korea reached almost $500 million in 2020.", verdict="correct")
    one("China's exports to North Korea reached almost $480 million in 2020.", verdict="wrong")


def test_context_carries_the_period_across_sentences() -> None:
    # Reuters 2018-12-23: Jan-Nov 2018 exports $2.01bn (-33%), imports $191.75m (-88.6%).
    c = by_surface(
        "China's exports to North Korea fell 33 percent to $2.01 billion in January-November "
        "2018. Imports dropped 88.6 percent in the same period.",
        "2018-12-23",
    )
    assert c["88.6 percent"]["period"] == "2018-01/2018-11"
    assert all(r["verdict"] == "correct" for r in c.values())


def test_month_on_month_and_base_levels() -> None:
    # Sep 2023 exports $188.7m; Aug $162.9m (GACC via Yonhap): +15.8%-15.9%.
    c = by_surface(
        "Chinese shipments to North Korea rose to $188.7 million in September 2023, up 15.9% "
        "from August."
    )
    assert c["15.9%"]["base"] == "2023-08/2023-08" and c["15.9%"]["verdict"] == "correct"
    c = by_surface(
        "Chinese exports to North Korea jumped to $300.5 million in the first two months of "
        "2023 from $116.3 million a year ago."
    )
    assert c["$116.3 million"]["period"] == "2022-01/2022-02"
    assert c["$300.5 million"]["direction"] == "up"
    assert all(r["verdict"] == "correct" for r in c.values())


def test_internal_inconsistency_without_data() -> None:
    text = (
        "Russia's exports to Japan were $300.4 million and its imports from Japan $100.2 million in "
        "May 2021, for total trade of $500 million."
    )
    c = by_surface(text)
    assert c["$500 million"]["verdict"] == "ambiguous"
    assert "internal" in c["$500 million"]["explanation"]


def test_checks_any_canonical_table() -> None:
    table = ts.validate_table(
        pd.DataFrame(
            {
                "reporter": ["CHN"] * 4,
                "partner": ["USA"] * 4,
                "flow": ["export"] * 4,
                "period": ["2022-06", "2023-06", "2023-05", "2023-04"],
                # April above June: "highest since April" says April stood at least as high
                # (semantics.md §1.4, X itself excluded)
                "value_usd": ["50000000000", "56300000000", "48000000000", "57000000000"],
            }
        )
    )
    r = check_text(
        "China's exports to the United States rose 12.6 per cent in June.",
        data=table,
        date="2023-07-13",
    )
    assert r.iloc[0]["verdict"] == "correct"
    r = check_text(
        "China's exports to the United States in June 2023 were the highest since April 2023.",
        data=table,
    )
    assert r.iloc[0]["kind"] == "superlative" and r.iloc[0]["verdict"] == "correct"


def test_streaks() -> None:
    months = pd.period_range("2021-01", "2022-12", freq="M")
    values = [100 + i for i in range(12)] + [90 - i for i in range(12)]
    table = ts.validate_table(
        pd.DataFrame(
            {
                "reporter": "CHN",
                "partner": "PRK",
                "flow": "export",
                "period": [str(m) for m in months],
                "value_usd": values,
            }
        )
    )
    r = check_text(
        "China's exports to North Korea fell for the seventh consecutive month in July 2022.",
        data=table,
    )
    assert r.iloc[0]["kind"] == "streak" and r.iloc[0]["verdict"] == "correct"


def test_json_has_the_documented_keys() -> None:
    from tradestats.check.render import records

    rec = records(check_text(ARTICLE, date="2020-06-17"))[0]
    for key in (
        "span",
        "surface",
        "kind",
        "subject",
        "period",
        "base",
        "value",
        "currency",
        "terms",
        "hedge",
        "direction",
        "verdict",
        "data_value",
        "explanation",
        "readings",
    ):
        assert key in rec
    assert rec["subject"] == {"reporter": "CHN", "partner": "PRK", "flow": "total"}
    assert ARTICLE[rec["span"][0] : rec["span"][1]] == rec["surface"]
    assert rec["value"] == "-24" and rec["period"] == "2020-01/2020-02"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$198 million", "198000000", "money"),
        ("US$1.7 million", "1700000", "money"),
        ("two-point-three billion U.S. dollars", "2300000000", "money"),
        ("one-point-66 million dollars", "1660000", "money"),
        ("point-eight percent", "0.8", "percent"),
        ("99-point-four percent", "99.4", "percent"),
        ("17.6 per cent", "17.6", "percent"),
        ("$1,027.72 million", "1027720000", "money"),
        ("$55.m", "55000000", "money"),
        ("300-thousand dollars", "300000", "money"),
        ("$130.8bn", "130800000000", "money"),
        ("USD1.749 trillion", "1749000000000", "money"),
        ("3.2-fold", "3.2", "times"),
        ("7.8 percentage points", "7.8", "pp"),
        ("$300,000", "300000", "money"),
    ],
)
def test_number_parser(text: str, value: str, unit: str) -> None:
    from tradestats.check.quantities import find_quantities

    (q,) = find_quantities(f"it was {text} then")
    assert (q.value_text(), q.unit, q.surface) == (value, unit, text)


def test_annual_superlatives_scan_every_year() -> None:
    # Annual totals 1993-2021 (UN Comtrade exports + imports to 2016, customs after): 2021's
    # $318.04m is below every year since 1993; 2013 ($6.54bn) was above 2014 ($6.36bn).
    r = check_text(
        "Trade between North Korea and China fell to $318.04 million in 2021, the lowest level since 1993."
    )
    sup = r[r["kind"] == "superlative"].iloc[0]
    assert sup["verdict"] == "correct" and sup["base"] == "1993-01/1993-12"
    r = check_text("China-North Korea trade in 2014 was the highest since 2010.")
    assert r.iloc[0]["verdict"] == "wrong" and "2013 was higher" in r.iloc[0]["explanation"]


def test_fractions_use_the_fraction_ladder() -> None:
    # 2021 exports $260.165m against 2020 $491.059m: -47.0%. "by almost half" reads [-55, -45]
    # bounded above by the hedge; "by a third" reads [-36.7, -29.2].
    one(
        "China's exports to North Korea fell by almost half in 2021.",
        verdict="correct",
        kind="change_pct",
    )
    row = one("China's exports to North Korea fell by a third in 2021.", verdict="wrong")
    assert row["claimed_interval"] == ["-36.666667", "-29.166667"]
    # 2020: imports $48.001m of total $539.059m = 8.9%: "a tenth" reads [5, 15] percent.
    one(
        "Imports made up a tenth of China-North Korea trade in 2020.",
        verdict="correct",
        kind="share",
    )
    assert check_text("Trade fell in the first half of 2020.").empty
