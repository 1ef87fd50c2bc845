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
        # ytd:174 exports Jan–Apr 2023 $603m: a count of months as an adjective of the trade
        (
            "Four-month exports from China to North Korea came to $603 million, customs figures "
            "showed.",
            "2023-05-20",
            ("level", "export", "2023-01/2023-04", "correct"),
        ),
        # ytd:179 exports Jan–Jun 2023 $920.74m: "first-half exports in 2023", dated a year on
        (
            "First-half exports in 2023 from China to North Korea were $920.7 million, Chinese "
            "customs said.",
            "2024-02-01",
            ("level", "export", "2023-01/2023-06", "correct"),
        ),
        # ytd:184 exports Jan–Aug 2023 $1,238.44m: goods "shipped between January and August"
        # are the months summed, not August against January
        (
            "Of the $1.24 billion in goods China shipped between January and August, most went "
            "by rail to North Korea.",
            "2023-09-20",
            ("level", "export", "2023-01/2023-08", "correct"),
        ),
        # monthly:543 imports Dec 2024 $37.6m: "the last month of the year" in a story of
        # January is December of the year before
        (
            "China bought $37.6 million of North Korean goods in the last month of the year, "
            "customs data showed.",
            "2025-01-20",
            ("level", "import", "2024-12/2024-12", "correct"),
        ),
    ],
)
def test_period_phrasings(text: str, date: str, want: object) -> None:
    got = rows(text, date)
    assert [(g[1], g[2], g[3], g[5]) for g in got] == (want if isinstance(want, list) else [want])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # exports 2011 $3,164.70m (annual:48) / 2009 $1,887.74m (annual:38) − 1 = 67.6%
        (
            "Chinese exports to North Korea rose 68 percent between 2009 and 2011.",
            ("change_pct", "export", "2011-01/2011-12", "2009-01/2009-12", "correct"),
        ),
        # imports 2012 $2,502.53m (annual:60) / 2009 $793.03m (annual:40) = 3.16×: tripled ...
        (
            "China's purchases from North Korea tripled from 2009 to 2012.",
            ("ratio", "import", "2012-01/2012-12", "2009-01/2009-12", "correct"),
        ),
        # ... and not quadrupled ([3.5, 4.5])
        (
            "China's purchases from North Korea quadrupled from 2009 to 2012.",
            ("ratio", "import", "2012-01/2012-12", "2009-01/2009-12", "wrong"),
        ),
    ],
)
def test_a_change_between_two_years(text: str, want: object) -> None:
    assert [(g[1], g[2], g[3], g[4], g[5]) for g in rows(text, "2014-03-01")] == [want]


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


# -- periods said against another figure or the dateline (fourth held-out set's classes) --------
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "the month before" after a base figure: the month before the claim's
        # (monthly:396 exports Sep 2021 $55.628m; monthly_add:29 exports Oct 2021 $39.8m)
        (
            "China shipped $39.8 million worth of goods to North Korea last month, down from "
            "$55.63 million the month before.",
            "2021-11-20",
            [("2021-10/2021-10", "correct"), ("2021-09/2021-09", "correct")],
        ),
        # "the year before" (annual:175 total 2021 $318.04m; annual:161 total 2020 $539.059m)
        (
            "Two-way trade came to $318.04 million in 2021, against $539.06 million the year "
            "before.",
            "2022-02-10",
            [("2021-01/2021-12", "correct"), ("2020-01/2020-12", "correct")],
        ),
        # "the year before last" is two years before the dateline's (annual:175, annual:161)
        (
            "Trade between the neighbours totalled $318.04 million last year and $539.06 million "
            "the year before last.",
            "2022-02-10",
            [("2021-01/2021-12", "correct"), ("2020-01/2020-12", "correct")],
        ),
        # "the month before last" (monthly_add:29 Oct 2021; monthly:396 Sep 2021)
        (
            "China's exports to the North were $39.8 million last month, against $55.63 million "
            "the month before last.",
            "2021-11-25",
            [("2021-10/2021-10", "correct"), ("2021-09/2021-09", "correct")],
        ),
        # "two years earlier" after a figure is that figure's own period: the period before it
        # moved back (monthly:421 exports May 2022 $14.51m; monthly_add:22 May 2020 $58.567m)
        (
            "China's exports to North Korea in May 2022 were $14.51 million, against $58.57 "
            "million two years earlier.",
            "2022-06-20",
            [("2022-05/2022-05", "correct"), ("2020-05/2020-05", "correct")],
        ),
    ],
)
def test_a_base_figure_dated_against_the_claim_or_the_dateline(text, date, expected) -> None:
    got = rows(text, date)
    assert [(g[3], g[5]) for g in got] == expected


@pytest.mark.parametrize(
    ("text", "date", "period"),
    [
        # a period in a clause dating an event after the figure is not the figure's
        # (ytd:84 imports Jan–Jun 2017 $880m, -13.2% printed)
        (
            "In the first half of 2017, China's imports from North Korea fell 13.2 percent to "
            "$880 million, before the UN banned coal purchases in August.",
            "2017-07-20",
            "2017-01/2017-06",
        ),
        # "in mid-February" dates an event (ytd:87 total Jan–Jun 2017 $2.55bn, +10.5%)
        (
            "In the first six months of 2017, as a coal ban took hold from mid-February, two-way "
            "trade between China and North Korea grew 10.5 percent to $2.55 billion.",
            "2017-07-20",
            "2017-01/2017-06",
        ),
        # a relative clause with no figure ("which has halted … since 2016") dates nothing of
        # the figure; the figure takes the latest release at the dateline, 2021 (annual:175
        # total 2021 $318.04m)
        (
            "Seoul, which has halted all trade with Pyongyang since 2016, reported nothing, "
            "while China's trade with North Korea came to $318.04 million.",
            "2022-01-20",
            "2021-01/2021-12",
        ),
        # "first-half figures for 2017" (ytd:81 exports Jan–Jun 2017 $1.67bn)
        (
            "First-half figures for 2017 show exports to North Korea of $1.67 billion.",
            "2017-08-01",
            "2017-01/2017-06",
        ),
        # (ytd_add:8 exports Jan–Mar 2019 $454.92m)
        (
            "First-quarter data for 2019 put China's exports to the North at $454.92 million.",
            "2019-05-01",
            "2019-01/2019-03",
        ),
    ],
)
def test_the_figure_period_not_an_event_period(text, date, period) -> None:
    got = rows(text, date)
    assert {(g[3], g[5]) for g in got} == {(period, "correct")}


def test_a_period_labelling_a_later_figure_is_not_an_earlier_ones() -> None:
    # monthly:400 imports Sep 2021 $14.272m; monthly:407 imports Oct 2021 $2.0m (±$0.5m)
    got = rows("Sep. 2021 imports from the DPRK: 14.27 mn USD; Oct.: 2 mn USD.", "2021-11-20")
    assert [(g[0], g[3], g[5]) for g in got] == [
        ("14.27 mn USD", "2021-09/2021-09", "correct"),
        ("2 mn USD", "2021-10/2021-10", "correct"),
    ]
    # a possessive period owns the base figure after it: the multiple and the figure after
    # keep the sentence's month (monthly_add:22 exports May 2020 $58.567m; monthly_add:20
    # exports Apr 2020 $21.8m, 2.69 times; monthly_add:23 imports May 2020 $4.748m)
    got = rows(
        "Chinese exports to North Korea in May 2020 ($58.57 million) were more than double "
        "April's $21.8 million, and imports of $4.75 million rose too.",
        "2020-06-20",
    )
    assert [(g[1], g[2], g[3], g[4], g[5]) for g in got] == [
        ("level", "export", "2020-05/2020-05", None, "correct"),
        ("ratio", "export", "2020-05/2020-05", "2020-04/2020-04", "correct"),
        ("level", "export", "2020-04/2020-04", None, "correct"),
        ("level", "import", "2020-05/2020-05", None, "correct"),
    ]


def test_a_bracketed_year_label_and_a_year_read_aloud() -> None:
    # annual:189 total 2022 $1,027.72m; annual:175 total 2021 $318.04m
    got = rows(
        "Two-way trade recovered to US$1.03 billion in 2022 (2021: US$318.04 million).",
        "2023-01-20",
    )
    assert [(g[3], g[5]) for g in got] == [
        ("2022-01/2022-12", "correct"),
        ("2021-01/2021-12", "correct"),
    ]
    # annual_add:6 total 2018 $2,431.348m; the context names the series, "the figure" goes on
    got = rows(
        "China's trade with North Korea slumped in 2020 as the border shut. Two years earlier, "
        "in twenty eighteen, the figure was two point four billion dollars.",
        "2021-01-20",
    )
    assert [(g[2], g[3], g[5]) for g in got] == [("total", "2018-01/2018-12", "correct")]


def test_the_word_months_left_out_after_first_n() -> None:
    # ytd:114 exports Jan–Jun 2018 $997.3m; ytd:118 exports Jan–Aug 2018 $1.36bn
    got = rows(
        "China's exports to North Korea in the first six months of 2018 were about $997 "
        "million, and in the first eight some $1.36 billion.",
        "2018-09-20",
    )
    assert [(g[3], g[5]) for g in got] == [
        ("2018-01/2018-06", "correct"),
        ("2018-01/2018-08", "correct"),
    ]


def test_this_month_a_year_ago_and_the_latest_figures() -> None:
    # "this month" is the dateline's (November 2021): monthly:299 exports Nov 2020 $148,000;
    # "the latest figures" are those the text reports, October's: monthly_add:29 $39.8m
    got = rows(
        "China's October customs figures came out on Saturday. Exports to North Korea were "
        "$148,000 this month a year ago and $39.8 million in the latest figures.",
        "2021-11-20",
    )
    assert [(g[3], g[5]) for g in got] == [
        ("2020-11/2020-11", "correct"),
        ("2021-10/2021-10", "correct"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The year before, it was $318.04 million.",
        "The year earlier, the total was $318.04 million.",
    ],
)
def test_the_year_before_opening_the_next_sentence(second: str) -> None:
    # annual:189 total 2022 $1,027.72m; annual:175 total 2021 $318.04m
    got = rows(f"China's trade with North Korea was $1.03 billion in 2022. {second}", "2023-03-01")
    assert [(g[3], g[5]) for g in got] == [
        ("2022-01/2022-12", "correct"),
        ("2021-01/2021-12", "correct"),
    ]


# -- (h5) which period a figure belongs to: periods written relative to another, a period that
# names another figure, lists without "respectively" ------------------------------------------
def _by_surface(text: str, date: str) -> dict[str, tuple[str, str, str, str | None, str]]:
    return {s: (k, f, p, b, v) for s, k, f, p, b, v in rows(text, date)}


@pytest.mark.parametrize(
    ("text", "date", "surface", "flow", "period"),
    [
        # monthly:150 imports Mar 2018 $12.37m; monthly:154 imports Apr 2018 $11.77m
        (
            "Chinese imports from North Korea came to $12.37 million in March 2018 and "
            "$11.77 million a month later.",
            "2018-05-20",
            "$11.77 million",
            "import",
            "2018-04/2018-04",
        ),
        # monthly:281 exports Aug 2020 $19.3m; monthly:285 exports Sep 2020 $18.882m
        (
            "China shipped $19.3 million of goods to the North in August 2020 and $18.88 million "
            "the following month.",
            "2020-10-20",
            "$18.88 million",
            "export",
            "2020-09/2020-09",
        ),
        # monthly:375 exports Jul 2021 $16.8m (the seventh month of the dateline's year)
        (
            "China's exports to North Korea in the seventh month of this year were 16.8 million "
            "dollars.",
            "2021-08-20",
            "16.8 million dollars",
            "export",
            "2021-07/2021-07",
        ),
        # ytd:149 exports Jan–Jun 2020 $383m
        (
            "In the opening half of 2020, China's exports to North Korea were $383 million.",
            "2020-07-20",
            "$383 million",
            "export",
            "2020-01/2020-06",
        ),
        # ytd:188 exports Jan–Sep 2023 $1.4bn
        (
            "Between January and September 2023, China's exports to North Korea totalled "
            "$1.4 billion.",
            "2023-10-20",
            "$1.4 billion",
            "export",
            "2023-01/2023-09",
        ),
        # monthly:291 total Sep 2020 $20.818m ("the July figure" is another figure's period)
        (
            "In September 2020 two-way trade was approximately $21 million, a fraction of the "
            "July figure.",
            "2020-10-20",
            "$21 million",
            "total",
            "2020-09/2020-09",
        ),
        # annual:150 exports 2020 $491.059m: "this February" opens the next clause
        (
            "Last year Chinese exports to the North fell to $491.1 million, and this February "
            "they were only $3,000.",
            "2021-03-20",
            "$491.1 million",
            "export",
            "2020-01/2020-12",
        ),
        # monthly:325 exports Feb 2021 $3,000
        (
            "Last year Chinese exports to the North fell to $491.1 million, and this February "
            "they were only $3,000.",
            "2021-03-20",
            "$3,000",
            "export",
            "2021-02/2021-02",
        ),
    ],
)
def test_the_period_a_figure_belongs_to(
    text: str, date: str, surface: str, flow: str, period: str
) -> None:
    kind, got_flow, got_period, _, verdict = _by_surface(text, date)[surface]
    assert (got_flow, got_period) == (flow, period)
    assert verdict == "correct"


def test_a_multiple_of_a_month_named_after_times() -> None:
    # monthly:362 exports Jun 2021 $12.318m; monthly:355 exports May 2021 $2.71m: 4.5 times
    got = _by_surface(
        "Exports to North Korea in June 2021 were more than four times May's.", "2021-07-20"
    )
    assert got["four times"] == ("ratio", "export", "2021-06/2021-06", "2021-05/2021-05", "correct")


def test_a_figure_in_brackets_or_named_by_its_period_takes_that_period() -> None:
    # annual:186 imports 2022 $133.68m; annual:173 imports 2021 $57.874m
    got = _by_surface(
        "China's imports from the North in 2022 ($133.7 million) were more than double those "
        "of 2021 ($57.9 million).",
        "2023-02-01",
    )
    assert got["$133.7 million"][2] == "2022-01/2022-12"
    assert got["$57.9 million"][2] == "2021-01/2021-12"
    # annual:181 exports 2022 $894.04m; annual:171 exports 2021 $260.165m
    got = _by_surface(
        "China's exports to the North in 2022, $894 million, were well above the 2021 figure of "
        "$260.2 million.",
        "2023-02-01",
    )
    assert got["$894 million"][2] == "2022-01/2022-12"
    assert got["$260.2 million"][2:] == ("2021-01/2021-12", None, "correct")


def test_a_round_mark_is_no_figure_unless_crossed() -> None:
    # monthly:441 total Oct 2022 $153.86m; the $150 million mark is a line, not a claim
    got = _by_surface(
        "China-North Korea trade stayed near the $150 million mark in late 2022, with October "
        "at $153.86 million.",
        "2022-12-20",
    )
    assert list(got) == ["$153.86 million"]
    # annual:197 exports 2023 $2,003.5m: "topped the $2 billion mark" is a claim about 2023
    got = _by_surface(
        "China's exports to North Korea topped the $2 billion mark in 2023.", "2024-01-20"
    )
    assert got["$2 billion"][2:] == ("2023-01/2023-12", None, "correct")


def test_a_second_from_to_pair_repeats_the_months_of_the_first() -> None:
    # monthly:421/424 exports May/Jun 2022 $14.51m/$19.05m; monthly:422/426 imports $5.79m/$2m
    got = _by_surface(
        "Exports to North Korea rose from $14.51 million in May 2022 to $19.05 million in June, "
        "while imports went the other way, from $5.79 million to $2 million.",
        "2022-07-20",
    )
    assert got["$5.79 million"][1:3] == ("import", "2022-05/2022-05")
    assert got["$2 million"][1:3] == ("import", "2022-06/2022-06")


def test_two_months_named_together_pair_with_two_figures() -> None:
    # monthly:283 total Aug 2020 $25.83m; monthly:291 total Sep 2020 $20.818m
    got = _by_surface(
        "Two-way trade between China and North Korea for August and September 2020 came to "
        "$25.83 million and $20.82 million.",
        "2020-10-20",
    )
    assert got["$25.83 million"][2:] == ("2020-08/2020-08", None, "correct")
    assert got["$20.82 million"][2:] == ("2020-09/2020-09", None, "correct")


@pytest.mark.parametrize(
    ("text", "date", "first", "second"),
    [
        # monthly:325 exports Feb 2021 $3,000; monthly:333 exports Mar 2021 $12.978m
        (
            "China's exports to N. Korea, Feb.→Mar. 2021: $3,000 → $12.98m",
            "2021-04-20",
            ("$3,000", "2021-02/2021-02"),
            ("$12.98m", "2021-03/2021-03"),
        ),
        # monthly:281 exports Aug 2020 $19.3m; monthly:285 exports Sep 2020 $18.882m
        (
            "Chinese shipments to North Korea Aug->Sep 2020: $19.3 million -> $18.9 million.",
            "2020-10-20",
            ("$19.3 million", "2020-08/2020-08"),
            ("$18.9 million", "2020-09/2020-09"),
        ),
    ],
)
def test_an_arrow_between_months_and_figures(
    text: str, date: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    got = _by_surface(text, date)
    for surface, period in (first, second):
        assert got[surface][1:3] == ("export", period)
        assert got[surface][4] == "correct"


def test_the_year_to_a_month_compared_with_the_same_period_is_the_year_to_date() -> None:
    # ytd:184 exports Jan–Aug 2023 $1,238.44m; a bare "the year to April" stays unread
    # (test_check_dates), but one compared with "the same period" is January to that month
    got = rows(
        "In the year to August, China's exports to North Korea were $1.24 billion, up sharply on "
        "the same period a year earlier.",
        "2023-09-20",
    )
    assert [(g[1], g[2], g[3], g[5]) for g in got] == [
        ("level", "export", "2023-01/2023-08", "correct")
    ]


# -- an ordinal whose unit is left out: "in the first quarter and … in the second" ---------------
@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Exports to North Korea dropped 12 percent in the first quarter of 2019 and 30 "
            "percent in the second.",
            ["2019-01/2019-03", "2019-04/2019-06"],
        ),
        (
            "China's imports from North Korea rose 5 percent in the first half of 2023 and 9 "
            "percent in the second, customs said.",
            ["2023-01/2023-06", "2023-07/2023-12"],
        ),
        (
            "Shipments across the border were flat in the second quarter of 2021 and fell 4 "
            "percent in the third, according to customs.",
            ["2021-07/2021-09"],
        ),
    ],
)
def test_an_ordinal_takes_the_unit_an_earlier_one_named(text: str, periods: list[str]) -> None:
    claims, _ = extract_claims(text, date="2024-03-01")
    assert [str(c.period) for c in claims if c.kind == "change_pct"] == periods


def test_an_ordinal_with_no_unit_before_it_is_no_period() -> None:
    # nothing names a quarter or a half before "the second": no period is made up
    from tradestats.check.dates import find_periods

    assert find_periods("Exports rose again in the second, officials said.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a year read aloud half in digits ("twenty-21"), as broadcast scripts print it; the
        # second clause keeps its period (exports 2021 $260,165,000, annual:171; imports
        # $57,874,000, annual:173)
        (
            "China sold North Korea 260 million dollars of goods in twenty-21, and bought 58 "
            "million dollars worth.",
            [
                ("260 million dollars", "level", "export", "2021-01/2021-12", None, "correct"),
                ("58 million dollars", "level", "import", "2021-01/2021-12", None, "correct"),
            ],
        ),
        # a year before the balance it dates: "the 2021 gap" (2021 balance $260,165,000 −
        # $57,874,000 = $202,291,000, annual:171 and annual:173)
        (
            "The 2021 gap in Beijing's favour in its trade with Pyongyang stood at $202.3 million.",
            [("$202.3 million", "balance", "balance", "2021-01/2021-12", None, "correct")],
        ),
    ],
)
def test_a_year_read_aloud_in_digits_or_before_a_gap(text: str, want: list) -> None:
    assert rows(text, "2022-03-01") == want


def test_a_long_aside_between_a_span_and_its_sum_keeps_the_span() -> None:
    # "Between January and September 2011, <a long aside>, … totalled": the months summed
    # (Jan–Sep 2011: exports $2,370,000,000, ytd:29; imports $1,820,000,000, ytd:30)
    text = (
        "Between January and September 2011, as building work on the New Yalu River Bridge got "
        "under way near Dandong, Chinese exports to North Korea totalled $2.37 billion and "
        "imports $1.82 billion."
    )
    assert [(r[0], r[3], r[5]) for r in rows(text, "2011-10-20")] == [
        ("$2.37 billion", "2011-01/2011-09", "correct"),
        ("$1.82 billion", "2011-01/2011-09", "correct"),
    ]


def test_a_sentence_opening_on_by_and_a_year_is_that_year() -> None:
    # 2008 balance: exports $2,032,431,315 (annual:36) − imports $760,412,574 (annual:37)
    text = "By 2008 China's surplus with the North had swelled to $1.27 billion."
    assert [(r[0], r[1], r[3], r[5]) for r in rows(text, "2009-03-01")] == [
        ("$1.27 billion", "balance", "2008-01/2008-12", "correct")
    ]


@pytest.mark.parametrize(
    ("date", "text", "want"),
    [
        # Jan–Apr 2024 exports $537,840,000, printed change −8.5% (ytd:198)
        (
            "2024-05-20",
            "Through April, Chinese shipments to North Korea came to $537.84 million, 8.5 "
            "percent behind the first four months of 2023.",
            (
                "8.5 percent",
                "change_pct",
                "export",
                "2024-01/2024-04",
                "2023-01/2023-04",
                "correct",
            ),
        ),
        # Jan–Oct 2023 exports $1,583,950,000, printed change +155.2% (ytd:189)
        (
            "2023-11-20",
            "Through October, China's exports to North Korea were 155.2 percent ahead of the "
            "first ten months of 2022, at $1.58 billion.",
            (
                "155.2 percent",
                "change_pct",
                "export",
                "2023-01/2023-10",
                "2022-01/2022-10",
                "correct",
            ),
        ),
    ],
)
def test_percent_behind_or_ahead_of_a_period_is_a_change_from_it(date, text, want) -> None:
    assert next(r for r in rows(text, date) if r[0] == want[0]) == want


@pytest.mark.parametrize(
    ("date", "text", "want"),
    [
        # exports 2012 $3,532,383,242 (annual:56) against 2002 $467,539,283 (annual:20): 7.6x
        (
            "2013-03-01",
            "Over the decade to 2012, China's exports to North Korea grew more than seven-fold.",
            ("seven-fold", "ratio", "export", "2012-01/2012-12", "2002-01/2002-12", "correct"),
        ),
        # exports 2013 $3,630,074,854 (annual:66) against 2008 $2,032,431,315 (annual:36): 1.8x
        (
            "2014-03-01",
            "In the five years to 2013, China's exports to the North nearly doubled.",
            ("doubled", "ratio", "export", "2013-01/2013-12", "2008-01/2008-12", "correct"),
        ),
    ],
)
def test_the_decade_or_n_years_to_a_year_compares_its_ends(date, text, want) -> None:
    assert rows(text, date) == [want]


def test_by_a_month_the_years_trade_had_reached_is_the_year_to_date() -> None:
    # "By November, … for 2023 had reached": January–November 2023 (imports $266,500,000,
    # ytd:194), not the whole year ($291,890,000, annual:200); "By July 2024 trade had declined"
    # (a month named with its year, no year's trade) stays the month itself
    text = "By November, China's imports from North Korea for 2023 had reached $266.5 million."
    assert rows(text, "2023-12-20") == [
        ("$266.5 million", "level", "import", "2023-01/2023-11", None, "correct")
    ]


# -- the base of a move named away from the change: a sentence that opens on its start, "after
# $X in August", "May of the year before", "beat the March figure by" --------------------------
@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # total Sep 2023 $216.53m (monthly:498), Oct 2023 $192.42m (monthly:510): −11.13%
        (
            "From $216.53 million in September 2023, China–North Korea trade slid to $192.42 "
            "million in October, an 11.1 percent fall.",
            "2023-11-25",
            ("2023-10/2023-10", "2023-09/2023-09", "-11.1", "correct"),
        ),
        # total Aug 2023 $191,129,000 (monthly:489), Sep 2023 $216.53m (monthly:498): +13.29%
        (
            "China's trade with North Korea came to $216.53 million in September 2023 after "
            "$191.13 million in August, a 13.3 percent rise.",
            "2023-10-25",
            ("2023-09/2023-09", "2023-08/2023-08", "13.3", "correct"),
        ),
        # total Aug 2023 +111.6% year on year, as printed (monthly:491)
        (
            "Two-way trade between China and North Korea in August 2023, $191.13 million, was "
            "111.6 percent above August of the year before.",
            "2023-09-25",
            ("2023-08/2023-08", "2022-08/2022-08", "111.6", "correct"),
        ),
        # total Oct 2022 +48% on the month, as printed (monthly:441)
        (
            "Trade between China and North Korea in October 2022 beat the September figure by "
            "48 percent.",
            "2022-11-25",
            ("2022-10/2022-10", "2022-09/2022-09", "48", "correct"),
        ),
    ],
)
def test_the_base_of_a_move_named_away_from_the_change(text, date, want) -> None:
    r = check_text(text, date=date)
    row = r[r["kind"] == "change_pct"]
    assert row[["period", "base", "value", "verdict"]].values.tolist() == [list(want)]


def test_a_month_a_year_earlier_is_read_from_the_year_in_hand() -> None:
    from tradestats.check.dates import find_periods
    from tradestats.periods import Span

    (p,) = find_periods("above May a year earlier")
    may_2017 = Span(pd.Period("2017-05", "M"), pd.Period("2017-05", "M"))
    assert str(p.resolve(pd.Period("2019-06", "M"), may_2017)) == "2016-05/2016-05"
    assert str(p.resolve(pd.Period("2019-06", "M"), None)) == "2018-05/2018-05"


def test_an_n_month_total_for_a_year_is_its_first_months_of_both_flows() -> None:
    # total Jan–Aug 2023 $1,426.2m (datasets/china_dprk.csv, ytd:187)
    r = check_text(
        "Counting Chinese exports to North Korea and imports from it, the eight-month total "
        "for 2023 came to $1.43 billion.",
        date="2023-09-25",
    )
    assert r[["flow", "period", "verdict"]].values.tolist() == [
        ["total", "2023-01/2023-08", "correct"]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # exports Jan–Jun 2023 $920.74m, +204% on Jan–Jun 2022 (datasets/china_dprk.csv, ytd:179)
        (
            "Six months into 2023, Chinese exports to North Korea stood at $920.7 million, a "
            "rise of 204% from January–June 2022.",
            [
                ["level", "2023-01/2023-06", None, "correct"],
                ["change_pct", "2023-01/2023-06", "2022-01/2022-06", "correct"],
            ],
        ),
        (
            "Six months into the year, Chinese exports to North Korea stood at $920.7 million.",
            [["level", "2023-01/2023-06", None, "correct"]],
        ),
    ],
)
def test_months_into_the_year_and_a_change_from_a_dashed_span(text, want) -> None:
    r = check_text(text, date="2023-07-25")
    got = r[["kind", "period", "base", "verdict"]].values.tolist()
    assert [[k, p, b if isinstance(b, str) else None, v] for k, p, b, v in got] == want


def test_years_as_labels_of_a_list_after_a_heading() -> None:
    # total 2022 $1,027.72m (annual:189), 2023 $2,295.38m (annual:205), 2024 $2,180.39m (annual:217)
    r = check_text(
        "China-North Korea trade: 2022: $1.03 billion; 2023: $2.30 billion; 2024: $2.18 billion.",
        date="2025-01-25",
    )
    assert r[["period", "verdict"]].values.tolist() == [
        ["2022-01/2022-12", "correct"],
        ["2023-01/2023-12", "correct"],
        ["2024-01/2024-12", "correct"],
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # exports Feb 2024 $93.71m (monthly:524): two months before the dateline's April
        (
            "Two months ago, China's exports to North Korea came to $93.7 million.",
            [["2024-02/2024-02", "correct"]],
        ),
        # exports Mar 2024 $128.03m (monthly:527); four months earlier, Nov 2023 $198.2m
        # (monthly:515)
        (
            "China's exports to North Korea were $128.0 million in March 2024; four months "
            "earlier they were $198.2 million.",
            [["2024-03/2024-03", "correct"], ["2023-11/2023-11", "correct"]],
        ),
    ],
)
def test_n_months_ago_and_n_months_earlier(text, want) -> None:
    r = check_text(text, date="2024-04-25")
    assert r[["period", "verdict"]].values.tolist() == want


@pytest.mark.parametrize(
    "text",
    [
        "Between 2010 and 2014, China's exports to North Korea averaged $3 billion a year.",
        "China's exports to North Korea came to about $3 billion annually from 2010 to 2014.",
    ],
)
def test_a_figure_per_year_over_two_years_is_of_no_single_year(text: str) -> None:
    # a yearly rate over 2010–2014 is neither the 2014 figure (exports $3,519.65m, annual:73)
    # nor the sum of the five years: no period of the data to check it against
    (got,) = rows(text, "2015-03-01")
    assert (got[1], got[3], got[5]) == ("level", None, "unverifiable")


def test_a_decade_is_no_single_period() -> None:
    # "in the 1990s" names ten years: neither one of them nor a later year named in the sentence
    # ("since 2010", the other pair's) is the figure's period
    (got,) = rows(
        "China's exports to North Korea, about $500 million a year in the 1990s, have been "
        "larger than that since 2005.",
        "2006-03-01",
    )
    assert (got[1], got[3], got[5]) == ("level", None, "unverifiable")


@pytest.mark.parametrize(
    "text",
    [
        "Imports from North Korea totalled $291.9 million over calendar 2023, the ministry said.",
        "In the calendar year 2023, imports from North Korea totalled $291.9 million.",
    ],
)
def test_a_calendar_year(text: str) -> None:
    # "calendar 2023", "the calendar year 2023": the year itself, not the dateline's month.
    # China's 2023 imports from North Korea: $291.89 million (annual:200, as the press reported
    # GACC's figure)
    assert rows(text, "2024-06-20") == [
        ("$291.9 million", "level", "import", "2023-01/2023-12", None, "correct")
    ]


def test_a_year_before_a_noun_of_trade() -> None:
    # "China's 2021 intake of North Korean goods": the year dates the flow it stands before.
    # China's 2021 imports from North Korea: $57.874 million (annual:173)
    text = "China's 2021 intake of North Korean goods came to a mere $57.9 million."
    assert rows(text, "2022-06-20") == [
        ("$57.9 million", "level", "import", "2021-01/2021-12", None, "correct")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # annual:186: China's 2022 imports from North Korea $133.68m
        (
            "Figure 5: North Korean exports to China, 2022 — US$ 133.7 million",
            ("US$ 133.7 million", "level", "import", "2022-01/2022-12", None, "correct"),
        ),
        # annual:150: China's 2020 exports $491.059m; "$519.1 million" is wrong
        (
            "Table 2. Chinese exports to the DPRK, 2020 – $519.1 million",
            ("$519.1 million", "level", "export", "2020-01/2020-12", None, "wrong"),
        ),
    ],
)
def test_a_year_set_off_by_a_dash_before_its_sum(text, want) -> None:
    # a report's table caption: "…, 2022 — US$ 133.7 million": the year labels the sum after
    assert rows(text, "2024-03-07") == [want]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # exports Nov 2022 $113.88m, printed -14% on October (monthly:446)
        (
            "Chinese exports to North Korea eased again. Last month's figure of $113.88 million "
            "was 14 percent lower than in October.",
            "2022-12-25",
            [
                ["level", "export", "2022-11/2022-11", "correct"],
                ["change_pct", "export", "2022-11/2022-11", "correct"],
            ],
        ),
        # total 2023 $2,295.38m (annual:205) against 2022 $1,027.72m (annual:189): +123.3%
        (
            "China's trade with North Korea recovered strongly. Last year's total of 2.3 billion "
            "dollars was 123 percent higher than in 2022.",
            "2024-02-10",
            [
                ["level", "total", "2023-01/2023-12", "correct"],
                ["change_pct", "total", "2023-01/2023-12", "correct"],
            ],
        ),
    ],
)
def test_a_period_s_total_of_a_figure_as_the_subject(text, date, want) -> None:
    r = check_text(text, date=date)
    assert r[["kind", "flow", "period", "verdict"]].values.tolist() == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # exports Jan–Jun 2019 $1.14bn, printed +15.5% on Jan–Jun 2018 (ytd:138)
        (
            "Between January and June 2019 Chinese exports to North Korea grew 15.5 percent to "
            "$1.14 billion.",
            [
                ["change_pct", "export", "2019-01/2019-06", "correct"],
                ["level", "export", "2019-01/2019-06", "correct"],
            ],
        ),
        # imports Jan–Jul 2024 $198m, printed +24% on Jan–Jul 2023 (ytd:202); "intake from" is
        # what a country takes in from another: its imports
        (
            "Between January and July 2024, Beijing's intake from Pyongyang climbed 24 percent to "
            "$198 million.",
            [
                ["change_pct", "import", "2024-01/2024-07", "correct"],
                ["level", "import", "2024-01/2024-07", "correct"],
            ],
        ),
    ],
)
def test_between_january_and_a_later_month_is_the_year_to_date(text, want) -> None:
    r = check_text(text, date="2024-09-01")
    assert r[["kind", "flow", "period", "verdict"]].values.tolist() == want


def test_a_change_noun_over_a_period_names_its_base() -> None:
    # exports Jan–Jun 2019 $1.14bn, printed +15.5% on Jan–Jun 2018 (ytd:138)
    r = check_text(
        "In the first half of 2019 China's exports to North Korea reached $1.14 billion, a 15.5 "
        "percent increase over the first half of 2018.",
        date="2019-08-01",
    )
    got = r[["kind", "period", "base", "verdict"]].values.tolist()
    assert [[k, p, b if isinstance(b, str) else None, v] for k, p, b, v in got] == [
        ["level", "2019-01/2019-06", None, "correct"],
        ["change_pct", "2019-01/2019-06", "2018-01/2018-06", "correct"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Across calendar 2023, China's exports to North Korea came to 2.1 billion dollars.",
        "Throughout twenty twenty-three, Beijing's sales to Pyongyang came to 2.1 billion dollars.",
    ],
)
def test_across_or_throughout_a_year_states_the_year(text) -> None:
    # exports 2023 $2,003.5m (annual:197): 2.1 billion is wrong for the year the text states
    # (with no period stated it would be ambiguous, not wrong)
    r = check_text(text, date="2024-03-01")
    assert r[["period", "verdict"]].values.tolist() == [["2023-01/2023-12", "wrong"]]


def test_two_years_set_against_each_other_before_their_figures() -> None:
    # exports 2021 $260.165m (annual:171) and 2022 $894.04m (annual:181): the years in order,
    # then the figures in the same order (the earlier year the base of the later)
    r = check_text(
        "China's exports to North Korea, 2021 vs 2022 (USD): 260.2 million → 894.0 million",
        date="2023-03-01",
    )
    assert r[["period", "verdict"]].values.tolist() == [
        ["2021-01/2021-12", "correct"],
        ["2022-01/2022-12", "correct"],
    ]


def test_the_month_before_an_event_is_no_base() -> None:
    # exports Nov 2022 $113.88m, -14% on October (monthly:446): "the month before <event>" says
    # when the figure was, not that it is the previous month's
    r = check_text(
        "China's exports to North Korea last month fell 14 percent to $113.88 million, the month "
        "before the rail link reopened.",
        date="2022-12-25",
    )
    assert r[["kind", "period", "verdict"]].values.tolist() == [
        ["change_pct", "2022-11/2022-11", "correct"],
        ["level", "2022-11/2022-11", "correct"],
    ]


def test_over_calendar_a_year_and_a_year_before_intake() -> None:
    # imports 2022 $133.68m (annual:186), 2020 $48.001m (annual:155): 2.8 times (2.785) the 2020 level
    r = check_text(
        "Beijing's 2022 intake of North Korean goods was 2.8 times the 2020 figure.",
        date="2023-03-01",
    )
    assert r[["kind", "flow", "period", "verdict"]].values.tolist() == [
        ["ratio", "import", "2022-01/2022-12", "correct"]
    ]
    # imports 2022 $133.68m (annual:186): "over calendar 2022" states the year
    r = check_text(
        "China's imports from North Korea reached $150 million over calendar 2022.",
        date="2023-03-01",
    )
    assert r[["period", "verdict"]].values.tolist() == [["2022-01/2022-12", "wrong"]]
