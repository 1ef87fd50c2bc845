from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradestats import PeriodError, Span, parse_span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-01", "2020-01/2020-01"),
        ("2020-01/02", "2020-01/2020-02"),
        ("2020-01..2020-11", "2020-01/2020-11"),
        ("2020-01/2020-02", "2020-01/2020-02"),
        ("Jan-Feb 2020", "2020-01/2020-02"),
        ("Jan–Feb 2020", "2020-01/2020-02"),
        ("January–November 2018", "2018-01/2018-11"),
        ("January and February 2020", "2020-01/2020-02"),
        ("Dec 2019 - Feb 2020", "2019-12/2020-02"),
        ("March 2020", "2020-03/2020-03"),
        ("Sept. 2021", "2021-09/2021-09"),
        ("Q1 2017", "2017-01/2017-03"),
        ("2017Q4", "2017-10/2017-12"),
        ("H1 2018", "2018-01/2018-06"),
        ("H2 2018", "2018-07/2018-12"),
        ("first two months of 2020", "2020-01/2020-02"),
        ("the first nine months of 2017", "2017-01/2017-09"),
        ("first quarter of 2017", "2017-01/2017-03"),
        ("first half of 2018", "2018-01/2018-06"),
        ("2019", "2019-01/2019-12"),
        ("  2019  ", "2019-01/2019-12"),
    ],
)
def test_parse_span_forms(text: str, expected: str) -> None:
    assert str(parse_span(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["", "2020-13", "2020-00", "2020-05/03", "Jan-Foo 2020", "first fifteen months of 2020",
     "Q5 2020", "20200", "last year"],
)  # fmt: skip
def test_parse_span_rejects_malformed(text: str) -> None:
    with pytest.raises(PeriodError) as err:
        parse_span(text)
    assert repr(text) in str(err.value) or "must" in str(err.value)


def test_parse_span_rejects_non_string() -> None:
    with pytest.raises(PeriodError, match="received 2020"):
        parse_span(2020)  # type: ignore[arg-type]


def test_span_arithmetic() -> None:
    s = parse_span("2020-01/02")
    assert s.n_months == 2
    assert s.year_earlier() == Span("2019-01", "2019-02")
    assert s.shift(years=2) == Span("2022-01", "2022-02")
    assert parse_span("2020-01").previous() == Span("2019-12", "2019-12")
    assert parse_span("Q1 2020").previous() == parse_span("Q4 2019")
    assert parse_span("2018-11").year_to_date() == parse_span("January-November 2018")
    assert s.months == [pd.Period("2020-01", "M"), pd.Period("2020-02", "M")]
    assert s.is_year_to_date and not s.is_calendar_year and parse_span("2019").is_calendar_year


@pytest.mark.parametrize(
    ("text", "label"),
    [("2019", "2019"), ("2020-03", "Mar 2020"), ("2020-01/02", "Jan–Feb 2020"),
     ("Dec 2019-Feb 2020", "Dec 2019–Feb 2020")],
)  # fmt: skip
def test_span_label(text: str, label: str) -> None:
    assert parse_span(text).label == label


def test_span_end_before_start_is_an_error() -> None:
    with pytest.raises(PeriodError, match="must not precede"):
        Span("2020-03", "2020-01")


@given(
    st.integers(1990, 2030), st.integers(1, 12), st.integers(0, 40),
)  # fmt: skip
def test_span_text_round_trips(year: int, month: int, length: int) -> None:
    start = pd.Period(year=year, month=month, freq="M")
    span = Span(start, start + length)
    assert parse_span(str(span)) == span
    assert span.shift(years=3).year_earlier().shift(years=-2) == span
    assert span.n_months == length + 1 == len(span.months)


@given(st.text(max_size=40))
def test_parse_span_never_fails_unexpectedly(text: str) -> None:
    try:
        span = parse_span(text)
    except PeriodError:
        return
    assert span.start <= span.end
