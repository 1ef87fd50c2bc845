"""The mention stage, periods: each written period becomes one span of months, with its kind.

The sentences are the project's own. A relative period is resolved with the dateline given in
each case; the expected span follows from the words and that date alone.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tradestats.check.dates import find_periods
from tradestats.periods import Span

OCT_2023 = pd.Period("2023-10", freq="M")


def _span(text: str, dateline: pd.Period | None = OCT_2023, ctx: Span | None = None) -> str:
    found = find_periods(text)
    assert len(found) == 1, [p.text for p in found]
    span = found[0].resolve(dateline, ctx)
    return str(span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # cumulative, from January
        ("Exports over the first five months climbed.", "2023-01/2023-05"),
        ("Trade in the first 10 months of 2021 shrank.", "2021-01/2021-10"),
        ("Shipments from January through May rose.", "2023-01/2023-05"),
        ("In the January-June period imports fell.", "2023-01/2023-06"),
        ("Jan.-May exports were small.", "2023-01/2023-05"),
        ("the January-March quarter of 2019", "2019-01/2019-03"),
        ("in the first seven months of this year", "2023-01/2023-07"),
        ("for the first half of the year", "2023-01/2023-06"),
        ("in the first three quarters", "2023-01/2023-09"),
        # "the year to the end of X" and year-to-date through X: January to X
        ("Imports in the year to the end of June dropped.", "2023-01/2023-06"),
        ("Exports year-to-date through August were up.", "2023-01/2023-08"),
        ("the year-to-date period to July 2019", "2019-01/2019-07"),
        # rolling
        ("in the 12 months to June", "2022-07/2023-06"),
        # quarters and halves in every spelling
        ("1H 2022 exports", "2022-01/2022-06"),
        ("exports in 2H21", "2021-07/2021-12"),
        ("3Q 2020 imports", "2020-07/2020-09"),
        ("Q2'22 imports", "2022-04/2022-06"),
        ("the third quarter", "2023-07/2023-09"),
        ("the last quarter of 2019", "2019-10/2019-12"),
        ("the final half of 2018", "2018-07/2018-12"),
        ("Imports last quarter fell.", "2023-07/2023-09"),
    ],
)
def test_period_forms(text: str, span: str) -> None:
    assert _span(text) == span


def test_previous_quarter_follows_the_quarter_in_context() -> None:
    q2 = Span(pd.Period("2022-04", freq="M"), pd.Period("2022-06", freq="M"))
    assert _span("than in the previous quarter", ctx=q2) == "2022-01/2022-03"
    # with no quarter in context, the quarter before the dateline's
    assert _span("than in the prior quarter") == "2023-07/2023-09"


@pytest.mark.parametrize(
    "text",
    [
        "up 61% on the same half of 2019",
        "a fall against the same stretch of 2018",
        "below the same four months of 2019",
        "above the same nine-month period of 2017",
        "compared with the corresponding period of 2019",
        "the same quarter of 2019",
    ],
)
def test_same_period_of_a_year_is_the_context_moved(text: str) -> None:
    """Not the whole named year: the period around it, in that year (a comparison base)."""
    found = find_periods(text)
    assert len(found) == 1 and found[0].same, [p.text for p in found]
    jan_jun_2023 = Span(pd.Period("2023-01", freq="M"), pd.Period("2023-06", freq="M"))
    got = found[0].resolve(OCT_2023, jan_jun_2023)
    year = int(text[-4:])
    assert str(got) == f"{year}-01/{year}-06"


@pytest.mark.parametrize(
    "text",
    [
        "the same half a year earlier",
        "the same stretch last year",
        "the corresponding months of the previous year",
    ],
)
def test_same_period_last_year(text: str) -> None:
    found = find_periods(text)
    assert len(found) == 1 and found[0].same, [p.text for p in found]
    jan_sep = Span(pd.Period("2020-01", freq="M"), pd.Period("2020-09", freq="M"))
    assert str(found[0].resolve(None, jan_sep)) == "2019-01/2019-09"


@pytest.mark.parametrize(
    "text",
    [
        "the year to April",  # 12 months in much writing: not read as January-April
        "in Q3 12 percent of the total",  # "12" is not a two-digit year
    ],
)
def test_not_over_read(text: str) -> None:
    for p in find_periods(text):
        span = p.resolve(OCT_2023, None)
        assert span is None or span.start.month != 1 or span.n_months != 4
        assert span is None or span.start.year != 2012


@pytest.mark.parametrize(
    ("text", "ctx", "span"),
    [
        # the calendar year of the period in context
        ("and $90 million for the year as a whole", "2021-12", "2021-01/2021-12"),
        ("the full year brought a rebound", "2019-06", "2019-01/2019-12"),
        # no period in context: the year of the last month before the dateline (Oct 2023)
        ("full-year imports were lower", None, "2023-01/2023-12"),
    ],
)
def test_whole_year(text: str, ctx: str | None, span: str) -> None:
    c = None if ctx is None else Span(pd.Period(ctx, freq="M"), pd.Period(ctx, freq="M"))
    assert _span(text, ctx=c) == span


@pytest.mark.parametrize(
    "text",
    [
        "In 2015, the last year before the new sanctions, trade was larger.",
        "the last year of the old regime",
    ],
)
def test_the_last_year_before_is_not_last_year(text: str) -> None:
    assert all("last year" not in p.text.lower() for p in find_periods(text))


def test_in_the_last_month_is_still_last_month() -> None:
    assert _span("Imports in the last month rose.") == "2023-09/2023-09"


@pytest.mark.parametrize("text", ["data published on Jan. 18", "released on Sept. 7"])
def test_a_day_is_not_a_period(text: str) -> None:
    assert find_periods(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("in the first half year exports rose", "2023-01/2023-06"),
        ("in the first half-year of 2021", "2021-01/2021-06"),
        ("in the first 3 quarters of 2018", "2018-01/2018-09"),
        ("Q1-Q3 2022 imports", "2022-01/2022-09"),
        ("Q2–Q3 trade", "2023-04/2023-09"),
    ],
)
def test_translated_half_years_and_quarter_ranges(text: str, span: str) -> None:
    assert _span(text) == span


# -- months counted, halves opened, a month after the figure before ----------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        # translated releases count the months of the year
        ("in the third month of this year", "2023-03/2023-03"),
        ("during the eleventh month of last year", "2022-11/2022-11"),
        ("the ninth month of 2021", "2021-09/2021-09"),
        ("the final month of the previous year", "2022-12/2022-12"),
        # "opening" for "first"
        ("in the opening half of 2019", "2019-01/2019-06"),
        ("the opening quarter of 2022", "2022-01/2022-03"),
    ],
)
def test_counted_months_and_opening_spans(text: str, span: str) -> None:
    assert _span(text) == span


@pytest.mark.parametrize("text", ["a month later", "the following month", "one month on"])
def test_a_month_after_the_period_in_context(text: str) -> None:
    march = Span(pd.Period("2021-03", freq="M"), pd.Period("2021-03", freq="M"))
    assert _span(f"then {text}", ctx=march) == "2021-04/2021-04"
    # after a span of several months it names no single month
    q1 = Span(pd.Period("2021-01", freq="M"), pd.Period("2021-03", freq="M"))
    assert find_periods(f"then {text}")[0].resolve(OCT_2023, q1) is None


def test_between_two_months_summed_is_a_span() -> None:
    # "totalled": the months added up
    assert _span("Between February and May 2022, exports totalled $X.") == "2022-02/2022-05"
    assert _span("Between March and August, trade came to $X.") == "2023-03/2023-08"
    # a change from one month to the other keeps the later month (its base is the first)
    found = find_periods("Between March and April 2022, exports rose from $X to $Y.")
    assert str(found[0].resolve(OCT_2023, None)) == "2022-04/2022-04"
    assert str(found[0].base(OCT_2023, None)) == "2022-03/2022-03"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the first half of twenty twenty-one was weak", ("2021-01", "2021-06")),
        ("in the first quarter of twenty nineteen", ("2019-01", "2019-03")),
        # a spoken year ends on its last number word, not on the word after it
        ("the first half of twenty twenty tells the story", ("2020-01", "2020-06")),
        ("in twenty twenty trade fell", ("2020-01", "2020-12")),
    ],
)
def test_a_spoken_year_closes_a_span(text: str, want: tuple[str, str]) -> None:
    (p,) = find_periods(text)
    span = p.resolve(None, None)
    assert (str(span.start), str(span.end)) == want
