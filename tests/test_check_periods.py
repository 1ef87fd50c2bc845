"""Periods the checker must read from the document, the dateline or a table written in a sentence.

Every sentence here is our own, in the styles of wire copy, broadcast scripts, translated news and
think-tank notes. The expected figures are China Customs' as recorded in
``datasets/china_dprk.csv``; the row is cited beside each assertion.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tradestats.check.dates import latest_release, unstated_periods
from tradestats.check.extract import extract_claims
from tradestats.check.run import check_text


def rows(text: str, date: str) -> list[tuple[str, str, str, str | None, str | None, str]]:
    r = check_text(text, date=date)
    return [
        (
            x.surface,
            x.kind,
            x.flow,
            x.period,
            x.base if isinstance(x.base, str) else None,
            x.verdict,
        )
        for x in r.itertuples()
    ]


# -- (a) "the same N months of YEAR" takes its span from the period in context ------------------
def test_same_two_months_of_a_year_opening_a_sentence() -> None:
    text = (
        "Chinese imports from North Korea totalled $10.67 million in the first two months of "
        "2020. In the same two months of 2019, they had come to $38.09 million."
    )
    got = rows(text, "2020-03-25")
    # monthly:236 imports Jan–Feb 2020 $10.67m; monthly:196 imports Jan–Feb 2019 $38.09m
    assert got[0][:4] == ("$10.67 million", "level", "import", "2020-01/2020-02")
    assert got[1] == ("$38.09 million", "level", "import", "2019-01/2019-02", None, "correct")


def test_same_period_of_a_year_as_its_own_clause_in_broadcast_style() -> None:
    text = (
        "China sold North Korea goods worth $197.39 million in January and February. "
        "During the same period of 2019, imports from the North came to $38.09 million."
    )
    got = rows(text, "2020-03-26")
    # monthly:231 exports Jan–Feb 2020 $197.39m; monthly:196 imports Jan–Feb 2019 $38.09m
    assert got[0][2:4] == ("export", "2020-01/2020-02")
    assert got[1][1:4] == ("level", "import", "2019-01/2019-02")
    assert got[1][-1] == "correct"


@pytest.mark.parametrize(
    "second",
    [
        "That compares with $38.09 million in the same two months of 2019.",
        "For the same two months of 2019, the figure was $38.09 million.",
        "A year earlier, they stood at $38.09 million.",
        "In the corresponding period of 2019, imports were $38.09 million.",
    ],
)
def test_the_year_before_in_the_next_sentence(second: str) -> None:
    text = "China's imports from North Korea were $10.67 million in January and February. " + second
    got = rows(text, "2020-03-25")
    # monthly:236 imports Jan–Feb 2020 $10.67m; monthly:196 imports Jan–Feb 2019 $38.09m
    assert [(g[0], g[2], g[3], g[5]) for g in got] == [
        ("$10.67 million", "import", "2020-01/2020-02", "correct"),
        ("$38.09 million", "import", "2019-01/2019-02", "correct"),
    ]


# -- (b) a table written in a sentence -----------------------------------------------------------
def test_inline_table_of_one_series() -> None:
    text = (
        "China-North Korea trade by year (US$ million): 2020 | 539.06; 2021 | 318.04; "
        "2022 | 1,027.27."
    )
    got = rows(text, "2023-03-01")
    # annual:161 total 2020 $539.059m; annual:175 total 2021 $318.04m
    assert got[0] == ("539.06", "level", "total", "2020-01/2020-12", None, "correct")
    assert got[1] == ("318.04", "level", "total", "2021-01/2021-12", None, "correct")
    # annual:189 total 2022 is $1,027.72m: the transposed digits are wrong
    assert got[2][:4] == ("1,027.27", "level", "total", "2022-01/2022-12")
    assert got[2][-1] == "wrong"


def test_inline_table_written_from_the_partner_side() -> None:
    text = "North Korea's exports to China, in US$ million: 2021 | 57.87; 2022 | 133.68"
    got = rows(text, "2023-03-01")
    # North Korea's exports are China's imports: annual:173 2021 $57.874m, annual:186 2022 $133.68m
    assert got == [
        ("57.87", "level", "import", "2021-01/2021-12", None, "correct"),
        ("133.68", "level", "import", "2022-01/2022-12", None, "correct"),
    ]


def test_inline_table_with_a_header_row() -> None:
    text = (
        "China's trade with North Korea, US$ million - Year | Exports | Imports; "
        "2022 | 894.04 | 133.68; 2023 | 2,003.5 | 291.89"
    )
    got = [g[:4] for g in rows(text, "2024-02-01")]
    # annual:181 exports 2022 $894.04m, annual:186 imports $133.68m, annual:197 exports 2023
    # $2,003.5m, annual:200 imports 2023 $291.89m
    assert got == [
        ("894.04", "level", "export", "2022-01/2022-12"),
        ("133.68", "level", "import", "2022-01/2022-12"),
        ("2,003.5", "level", "export", "2023-01/2023-12"),
        ("291.89", "level", "import", "2023-01/2023-12"),
    ]


def test_bars_that_are_not_a_table_are_prose() -> None:
    found, _ = extract_claims("Exports | a note on method; see the annex.", "2024-01-20")
    assert found == []


# -- (c) a figure whose text states no period ----------------------------------------------------
def test_latest_release_by_day() -> None:
    # the December 2022 tables came out on 18 January 2023 (annual:181 published 2023-01-18)
    assert str(latest_release("2023-01-18")) == "2022-12"
    assert str(latest_release("2023-01-10")) == "2022-11"
    assert str(latest_release(pd.Period("2023-01", freq="M"))) == "2022-11"  # day unknown
    assert latest_release(None) is None


def test_unstated_readings() -> None:
    december = pd.Period("2023-12", freq="M")
    july = pd.Period("2024-07", freq="M")
    february = pd.Period("2024-02", freq="M")
    assert [str(s) for s in unstated_periods("Imports rose.", december)] == [
        "2023-01/2023-12",
        "2023-12/2023-12",
    ]
    assert [str(s) for s in unstated_periods("Imports rose.", july)] == [
        "2024-07/2024-07",
        "2024-01/2024-07",
    ]
    assert [str(s) for s in unstated_periods("Imports rose.", february)][0] == "2024-01/2024-02"
    # a base naming only a month: the same month, the latest out
    got = unstated_periods("Trade was 40 percent of the level of April 2019.", july)
    assert [str(s) for s in got] == ["2024-04/2024-04"]


def test_unstated_period_after_the_december_release_is_the_year() -> None:
    text = "China's imports from North Korea came to $291.89 million, customs data showed."
    r = check_text(text, date="2024-01-19")
    # annual:200 imports 2023 $291.89m, published 2024-01-18
    assert (r.period[0], r.verdict[0]) == ("2023-01/2023-12", "correct")
    assert "the text states no period" in r.explanation[0]
    assert "2023" in r.explanation[0]


def test_unstated_period_is_never_wrong_on_a_guess() -> None:
    # dated before the December release: the latest tables are November's, which give November
    # 2023 and January–November 2023; the full-year figure (annual:200, $291.89m) is neither
    text = "Beijing's purchases from the North reached $291.89 million."
    r = check_text(text, date="2024-01-10")
    assert r.period[0] == "2023-11/2023-11"
    assert r.verdict[0] == "ambiguous"
    assert "not called wrong on a guessed period" in r.explanation[0]


def test_unstated_period_takes_the_reading_that_holds() -> None:
    text = "Shipments from China to North Korea stood at $914 million, the customs agency said."
    r = check_text(text, date="2024-08-20")
    # the July 2024 tables give July alone (monthly: total $144.75m) and January–July;
    # ytd:201 exports Jan–Jul 2024 $914m
    assert (r.period[0], r.verdict[0]) == ("2024-01/2024-07", "correct")
    assert "Jul 2024" in r.explanation[0]


def test_a_base_naming_only_a_month() -> None:
    text = "Trade between the two countries was just 42 percent of its April 2019 level."
    got = rows(text, "2022-06-01")
    # 1 June 2022: the April 2022 tables are the latest out. monthly:420 total Apr 2022 $102.34m,
    # monthly:208 total Apr 2019 $241.46m: 42.38 percent
    assert got == [
        ("42 percent", "ratio", "total", "2022-04/2022-04", "2019-04/2019-04", "correct")
    ]
    r = check_text(text, date="2022-06-01")
    assert "the text states no period" in r.explanation[0]


def test_a_stated_period_is_not_assumed() -> None:
    text = "In 2023, China's imports from North Korea came to $291.89 million."
    r = check_text(text, date="2024-01-19")
    # annual:200 imports 2023 $291.89m
    assert (r.period[0], r.verdict[0]) == ("2023-01/2023-12", "correct")
    assert "states no period" not in r.explanation[0]


def test_plain_words_say_the_period_was_assumed() -> None:
    from tradestats.check.render import to_text

    text = "Beijing's purchases from the North reached $291.89 million."
    out = to_text(check_text(text, date="2024-01-10"), text)
    assert "assumed: the text states no period" in out
    assert "not called wrong on a guessed period" in out


# -- other period phrasings ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # annual:189 total 2022 $1,027.72m; broadcast style, "two years ago" from a 2024 dateline
        (
            "Trade between the two neighbours has grown. Two years ago, the total was one "
            "billion 28 million dollars.",
            "2024-03-05",
            ("level", "total", "2022-01/2022-12", "correct"),
        ),
        # annual:155 / 161: the balance 2020 = 491.059 - 48.001 = $443.058m; a year in apposition
        (
            "In the hardest year of the pandemic, 2020, China's surplus with North Korea was "
            "$443 million.",
            "2021-06-01",
            ("balance", "balance", "2020-01/2020-12", "correct"),
        ),
        # monthly:231 exports Jan–Feb 2020 $197.39m; "figures for" opening the sentence
        (
            "Figures for January and February show Chinese exports to the North at $197.39 "
            "million.",
            "2020-03-25",
            ("level", "export", "2020-01/2020-02", "correct"),
        ),
        # ytd:202 imports Jan–Jul 2024 $198m, +24% (ytd): a change "on" its base
        (
            "Imports from North Korea reached $198 million in the first seven months, up 24 "
            "percent on January-July 2023.",
            "2024-08-20",
            [
                ("level", "import", "2024-01/2024-07", "correct"),
                ("change_pct", "import", "2024-01/2024-07", "correct"),
            ],
        ),
        # ytd:199 imports Jan–Jun 2024 $176.156m: "the half-year to June"
        (
            "In the half-year to June, China's imports from North Korea amounted to $176.16 "
            "million.",
            "2024-07-20",
            ("level", "import", "2024-01/2024-06", "correct"),
        ),
        (
            "China's imports from North Korea in the six months ended June reached $176.16 "
            "million.",
            "2024-07-20",
            ("level", "import", "2024-01/2024-06", "correct"),
        ),
        # annual:197 exports 2023 $2,003.5m: a year written before the series it dates
        (
            "China's 2023 exports to North Korea came in at slightly more than $2 billion.",
            "2024-03-01",
            ("level", "export", "2023-01/2023-12", "correct"),
        ),
        # monthly:523 total Jan–Feb 2024 $311.23m; "two-way trade" names the pair; spoken number
        (
            "Two-way trade in the first two months came to three hundred eleven point two "
            "million dollars.",
            "2024-03-19",
            ("level", "total", "2024-01/2024-02", "correct"),
        ),
        # the trailing full stop is not a decimal point: US$176,156,000 exactly (ytd:199)
        (
            "China's imports from North Korea in the first six months of 2024 amounted to "
            "US$176,156,000.",
            "2024-07-20",
            ("level", "import", "2024-01/2024-06", "correct"),
        ),
        # ytd:193 exports Jan–Nov 2023 $1,782.1m: "through November", "as of November"
        (
            "Through November, Chinese exports to North Korea totaled $1.78 billion.",
            "2023-12-20",
            ("level", "export", "2023-01/2023-11", "correct"),
        ),
        (
            "As of November, China's shipments to the North stood at $1.78 billion this year.",
            "2023-12-20",
            ("level", "export", "2023-01/2023-11", "correct"),
        ),
        # ytd:203 total Jan–Jul 2024 $1.11bn: "this year through July"
        (
            "China's trade with North Korea this year through July totaled $1.11 billion.",
            "2024-08-20",
            ("level", "total", "2024-01/2024-07", "correct"),
        ),
    ],
)
def test_period_phrasings(text: str, date: str, want: object) -> None:
    got = rows(text, date)
    assert [(g[1], g[2], g[3], g[5]) for g in got] == (want if isinstance(want, list) else [want])


def test_first_time_since_after_a_verb() -> None:
    # exports 2020 $491.059m (annual:150), 2021 $260.165m (annual:171), 2022 $894.04m
    # (annual:181), 2023 $2,003.5m (annual:197), 2024 $1,830m (annual:213): 2024 is the first
    # fall since the one of 2021
    got = rows(
        "China's exports to North Korea fell in 2024 for the first time since 2021.", "2025-02-01"
    )
    assert got == [
        (
            "the first time since 2021",
            "superlative",
            "export",
            "2024-01/2024-12",
            "2021-01/2021-12",
            "correct",
        )
    ]
    # imports rose in 2024 (annual:215 $350m against annual:200 $291.89m): no fall at all
    got = rows(
        "What China buys from the North shrank in 2024 for the first time since 2021.", "2025-02-01"
    )
    assert got[0][-1] == "wrong"


def test_unstated_period_after_the_december_release_can_be_december_alone() -> None:
    text = "North Korea bought $122.35 million of Chinese goods, customs figures showed."
    r = check_text(text, date="2023-01-25")
    # the December 2022 tables (published 2023-01-18) give the year (annual:181 exports 2022
    # $894.04m) and December alone (monthly:451 exports Dec 2022 $122.35m): the figure is the month
    assert (r.flow[0], r.period[0], r.verdict[0]) == ("export", "2022-12/2022-12", "correct")
    assert "the text states no period" in r.explanation[0]


def test_first_month_of_the_year() -> None:
    found, _ = extract_claims(
        "In the first month of the year, China's exports to North Korea were $29,000.", "2021-02-25"
    )
    assert [(c.flow, str(c.period)) for c in found] == [("export", "2021-01/2021-01")]


def test_streak_written_as_an_ordinal_noun() -> None:
    found, _ = extract_claims(
        "Chinese exports to the North rose in September, the fifth consecutive monthly increase.",
        "2023-10-20",
    )
    streaks = [c for c in found if c.kind == "streak"]
    assert [(c.flow, str(c.period), int(c.value), c.unit, c.direction) for c in streaks] == [
        ("export", "2023-09/2023-09", 5, "month", "up")
    ]
    found, _ = extract_claims(
        "North Korea's purchases from China fell in 2021, a second straight annual decline.",
        "2022-02-01",
    )
    streaks = [c for c in found if c.kind == "streak"]
    # North Korea's purchases are China's exports
    assert [(c.flow, int(c.value), c.unit, c.direction) for c in streaks] == [
        ("export", 2, "year", "down")
    ]


def test_superlative_this_year() -> None:
    # exports Sep 2023 $188.74m (monthly_add:51) against Mar–Aug 2023 at most $165.8m
    # (monthly:470): the highest of the year so far
    got = rows(
        "September's exports from China to North Korea were the highest this year.", "2023-10-20"
    )
    assert [(g[0], g[3], g[5]) for g in got] == [
        ("the highest this year", "2023-09/2023-09", "correct")
    ]


@pytest.mark.parametrize(
    ("text", "date", "surface", "period", "verdict"),
    [
        # total 2020 $539.059m (annual:161); every year 2003–2019 is higher: exports alone
        # exceeded it from 2003 on ($627.7m, annual:22; $2,573.8m in 2019, annual_add:1)
        (
            "China's trade with North Korea in 2020 was the lowest in nearly two decades.",
            "2021-01-25",
            "the lowest in nearly two decades",
            "2020-01/2020-12",
            "correct",
        ),
        # exports 2023 $2,003.5m (annual:197) against 2020 $491.059m, 2021 $260.165m, 2022
        # $894.04m: the highest of the four years 2020–2023
        (
            "Chinese exports to the North last year were their largest in four years.",
            "2024-01-25",
            "their largest in four years",
            "2023-01/2023-12",
            "correct",
        ),
        # exports Sep 2023 $188.74m (monthly_add:51): above every month of 2021 to August 2023
        # held (the largest, Apr 2023 $165.8m, monthly:470)
        (
            "In September, Chinese shipments to North Korea hit their highest level in more "
            "than two years.",
            "2023-10-25",
            "their highest level in more than two years",
            "2023-09/2023-09",
            "correct",
        ),
    ],
)
def test_superlative_over_a_window_of_years(
    text: str, date: str, surface: str, period: str, verdict: str
) -> None:
    got = [g for g in rows(text, date) if g[1] == "superlative"]
    assert [(g[0], g[3], g[5]) for g in got] == [(surface, period, verdict)]


def test_wire_abbreviations() -> None:
    # annual:215 imports 2024 $350m
    got = rows("China's imports from North Korea last year reached 350 mln dlrs.", "2025-01-25")
    assert [(g[0], g[2], g[3], g[5]) for g in got] == [
        ("350 mln dlrs", "import", "2024-01/2024-12", "correct")
    ]


def test_spoken_compound_with_a_decimal_and_us_dollars() -> None:
    # annual:197 exports 2023 $2,003.5m; annual:205 total 2023 $2,295.38m
    got = rows(
        "Last year China's exports to North Korea amounted to two billion three point five "
        "million dollars.",
        "2024-01-25",
    )
    assert [(g[0], g[3], g[5]) for g in got] == [
        ("two billion three point five million dollars", "2023-01/2023-12", "correct")
    ]
    got = rows(
        "Trade between China and North Korea last year came to about two point three billion "
        "U-S dollars.",
        "2024-01-25",
    )
    assert [(g[2], g[3], g[5]) for g in got] == [("total", "2023-01/2023-12", "correct")]


@pytest.mark.parametrize(
    ("text", "hedge", "verdict"),
    [
        # annual:161 total 2020 $539.059m
        (
            "China's trade with North Korea in 2020 was just shy of $540 million.",
            "just shy of",
            "correct",
        ),
        ("Two-way trade in 2020 came in north of half a billion dollars.", "north of", "correct"),
        ("Bilateral trade in 2020 was upwards of $550 million.", "upwards of", "wrong"),
        (
            "China's trade with North Korea in 2020 was in the region of $540 million.",
            "in the region of",
            "approx",
        ),
    ],
)
def test_hedges_as_writers_put_them(text: str, hedge: str, verdict: str) -> None:
    r = check_text(text, date="2021-01-25")
    assert (r.hedge[0], r.period[0], r.verdict[0]) == (hedge, "2020-01/2020-12", verdict)
