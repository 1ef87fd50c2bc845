"""Periods as spans of whole months.

A :class:`Span` is an inclusive run of calendar months: a single month (``2020-03``), a combined
January–February release (``2020-01/02``), a cumulative year-to-date figure
(``2018-01..2018-11``), a quarter or a calendar year. Every period in tradestats is a span, so a
combined release and a cumulative figure are first-class, not special cases.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import PeriodError
from .words import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, ORDINALS, number_word

__all__ = ["Span", "parse_span"]

_MONTHS = MONTHS
_SHORT = MONTH_ABBREVIATIONS
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DASH = r"\s*(?:-|–|—|to|through|thru|and)\s*"
_YEAR = r"((?:19|20)[0-9][0-9])"

# ASCII matching only: under re.IGNORECASE, Unicode folding would let "ſept" match "sept"
# and \d match "١"; the month and ordinal lookups then fail on what the pattern accepted.
_FLAGS = re.IGNORECASE | re.ASCII
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^{_YEAR}$", _FLAGS), "year"),
    (re.compile(rf"^{_YEAR}-([0-9][0-9])$", _FLAGS), "ym"),
    (re.compile(rf"^{_YEAR}-([0-9][0-9])/([0-9][0-9])$", _FLAGS), "ym/mm"),
    (re.compile(rf"^{_YEAR}-([0-9][0-9])(?:\.\.|/){_YEAR}-([0-9][0-9])$", _FLAGS), "ym..ym"),
    (re.compile(rf"^{_MONTH},?\s+{_YEAR}$", _FLAGS), "month year"),
    (re.compile(rf"^{_MONTH}{_DASH}{_MONTH},?\s+{_YEAR}$", _FLAGS), "month-month year"),
    (re.compile(rf"^{_MONTH},?\s+{_YEAR}{_DASH}{_MONTH},?\s+{_YEAR}$", _FLAGS), "my-my"),
    (re.compile(rf"^(?:Q([1-4])\s*{_YEAR}|{_YEAR}\s*-?\s*Q([1-4]))$", _FLAGS), "quarter"),
    (re.compile(rf"^(?:H([12])\s*{_YEAR}|{_YEAR}\s*-?\s*H([12]))$", _FLAGS), "half"),
    (
        re.compile(
            rf"^(?:the\s+)?first\s+([a-z0-9]+)\s+months?\s+(?:of\s+)?{_YEAR}$",
            _FLAGS,
        ),
        "first n months",
    ),
    (
        re.compile(
            rf"^(?:the\s+)?(first|second|third|fourth)\s+quarter\s+(?:of\s+)?{_YEAR}$", _FLAGS
        ),
        "nth quarter",
    ),
    (re.compile(rf"^(?:the\s+)?(first|second)\s+half\s+(?:of\s+)?{_YEAR}$", _FLAGS), "nth half"),
]


@dataclass(frozen=True, order=True)
class Span:
    """An inclusive span of whole calendar months.

    Parameters
    ----------
    start, end
        The first and last month, as ``pandas.Period`` with monthly frequency or anything
        ``pandas.Period(..., freq="M")`` accepts (``"2020-01"``).

    Examples
    --------
    >>> s = Span("2020-01", "2020-02")
    >>> str(s), s.label, s.n_months
    ('2020-01/2020-02', 'Jan–Feb 2020', 2)
    >>> str(s.year_earlier())
    '2019-01/2019-02'
    """

    start: pd.Period
    end: pd.Period

    def __post_init__(self) -> None:
        start, end = _month(self.start, "start"), _month(self.end, "end")
        if end < start:
            raise PeriodError(
                f"Span end must not precede its start; received start={start}, end={end}."
            )
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str | Span) -> Span:
        """Parse a period string; see :func:`parse_span`."""
        return parse_span(text)

    @classmethod
    def year(cls, year: int) -> Span:
        """The calendar year ``year`` (January to December)."""
        if isinstance(year, bool) or not isinstance(year, (int, np.integer)):
            raise PeriodError(f"year must be a whole number such as 2020; received {year!r}.")
        return cls(
            pd.Period(year=year, month=1, freq="M"), pd.Period(year=year, month=12, freq="M")
        )

    # -- properties ---------------------------------------------------------------------------
    @property
    def n_months(self) -> int:
        """Number of months in the span."""
        return (self.end - self.start).n + 1

    @property
    def months(self) -> list[pd.Period]:
        """The months of the span, in order."""
        return list(pd.period_range(self.start, self.end, freq="M"))

    @property
    def is_month(self) -> bool:
        """True for a single month."""
        return self.start == self.end

    @property
    def is_calendar_year(self) -> bool:
        """True for January to December of one year."""
        return self.start.month == 1 and self.end.month == 12 and self.start.year == self.end.year

    @property
    def is_year_to_date(self) -> bool:
        """True for a cumulative span from January of one year, shorter than the year."""
        return (
            self.start.month == 1 and self.start.year == self.end.year and 1 < self.end.month < 12
        )

    @property
    def label(self) -> str:
        """A short human label: ``2019``, ``Mar 2020``, ``Jan–Feb 2020``, ``Dec 2019–Feb 2020``."""
        return self.describe()

    def describe(self, long: bool = False) -> str:
        """The span in words: :attr:`label`, or with full month names (``January–February 2020``)."""
        names = MONTH_NAMES if long else _SHORT
        s, e = self.start, self.end
        if self.is_calendar_year:
            return str(s.year)
        if self.is_month:
            return f"{names[s.month - 1]} {s.year}"
        if s.year == e.year:
            return f"{names[s.month - 1]}–{names[e.month - 1]} {s.year}"
        joiner = " to " if long else "–"
        return f"{names[s.month - 1]} {s.year}{joiner}{names[e.month - 1]} {e.year}"

    # -- arithmetic ---------------------------------------------------------------------------
    def shift(self, years: int = 0, months: int = 0) -> Span:
        """The span moved by whole years and months."""
        for name, n in (("years", years), ("months", months)):
            if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
                raise PeriodError(f"{name} must be a whole number; received {n!r}.")
        n = 12 * years + months
        return Span(self.start + n, self.end + n)

    def year_earlier(self) -> Span:
        """The same months one year earlier (the base of a year-on-year change)."""
        return self.shift(years=-1)

    def previous(self) -> Span:
        """The span of the same length just before this one (the previous month for a month)."""
        return self.shift(months=-self.n_months)

    def year_to_date(self) -> Span:
        """January of the end month's year through the end month."""
        return Span(pd.Period(year=self.end.year, month=1, freq="M"), self.end)

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def __str__(self) -> str:
        return f"{self.start}/{self.end}"

    def __repr__(self) -> str:
        return f"Span('{self.start}', '{self.end}')"


def _month(value: object, name: str) -> pd.Period:
    if isinstance(value, pd.Period) and value.freqstr == "M":
        return value
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9][0-9]", value.strip()):
        year, month = int(value[:4]), int(value.strip()[5:])
        return _ym(year, month, value)
    problem = PeriodError(f"Span {name} must be a month such as '2020-01'; received {value!r}.")
    # numbers are refused: pandas would read 2020 as the 2020th month after January 1970
    if not isinstance(value, (str, pd.Period, pd.Timestamp, datetime.date, np.datetime64)):
        raise problem
    try:
        month = pd.Period(value, freq="M")
    except (ValueError, TypeError, OverflowError, AttributeError) as err:
        raise problem from err
    if pd.isna(month):
        raise problem
    return month


def _ym(year: int, month: int, text: str) -> pd.Period:
    if not 1 <= month <= 12:
        raise PeriodError(
            f"Month must be 01 to 12 in period {_quote(text)}; received month {month}."
        )
    return pd.Period(year=year, month=month, freq="M")


def _quote(text: str, limit: int = 60) -> str:
    """``repr(text)``, cut to about ``limit`` characters so that a message stays one short line."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"… ({len(text)} characters)"


def parse_span(text: str | Span) -> Span:
    """Parse a period as written by people and statistics offices into a :class:`Span`.

    Parameters
    ----------
    text
        One of: ``2020-01``; ``2020-01/02`` (a combined release); ``2020-01..2020-11`` or
        ``2020-01/2020-02``; ``Jan-Feb 2020``, ``January–November 2018``, ``January and
        February 2020``, ``Dec 2019 - Feb 2020``; ``March 2020``; ``Q1 2017``, ``2017Q1``;
        ``H1 2018``; ``first two months of 2020``, ``first nine months of 2017``,
        ``first quarter of 2017``, ``first half of 2018``; ``2019``. A :class:`Span` is
        returned unchanged.

    Returns
    -------
    Span

    Raises
    ------
    PeriodError
        When the text is none of the accepted forms, or names an impossible month.

    Examples
    --------
    >>> str(parse_span("Jan-Feb 2020"))
    '2020-01/2020-02'
    >>> str(parse_span("first nine months of 2017"))
    '2017-01/2017-09'
    """
    if isinstance(text, Span):
        return text
    if not isinstance(text, str):
        raise PeriodError(f"period must be a string such as '2020-01/02'; received {text!r}.")
    t = " ".join(text.strip().split())
    for pattern, kind in _PATTERNS:
        m = pattern.match(t)
        if m:
            try:
                return _build(kind, [g for g in m.groups() if g is not None], text)
            except PeriodError as err:
                if _quote(text) in str(err):
                    raise
                raise PeriodError(f"Cannot read period {_quote(text)}: {err}") from err
    raise PeriodError(
        f"Cannot read period {_quote(text)}. Expected a form such as '2020-01', '2020-01/02', "
        "'2020-01..2020-11', 'Jan-Feb 2020', 'Q1 2017', 'H1 2018', "
        "'first two months of 2020' or '2019'."
    )


def _build(kind: str, g: list[str], text: str) -> Span:
    if kind == "year":
        return Span.year(int(g[0]))
    if kind == "ym":
        m = _ym(int(g[0]), int(g[1]), text)
        return Span(m, m)
    if kind == "ym/mm":
        y = int(g[0])
        return Span(_ym(y, int(g[1]), text), _ym(y, int(g[2]), text))
    if kind == "ym..ym":
        return Span(_ym(int(g[0]), int(g[1]), text), _ym(int(g[2]), int(g[3]), text))
    if kind == "month year":
        m = _ym(int(g[1]), _MONTHS[g[0].lower()], text)
        return Span(m, m)
    if kind == "month-month year":
        y = int(g[2])
        return Span(_ym(y, _MONTHS[g[0].lower()], text), _ym(y, _MONTHS[g[1].lower()], text))
    if kind == "my-my":
        return Span(
            _ym(int(g[1]), _MONTHS[g[0].lower()], text),
            _ym(int(g[3]), _MONTHS[g[2].lower()], text),
        )
    if kind in ("quarter", "half"):
        n, y = (int(g[0]), int(g[1])) if len(g[0]) == 1 else (int(g[1]), int(g[0]))
        size = 3 if kind == "quarter" else 6
        return Span(_ym(y, size * (n - 1) + 1, text), _ym(y, size * n, text))
    if kind == "first n months":
        word = g[0].lower()
        n = number_word(word) or 0
        if not 1 <= n <= 12:
            raise PeriodError(
                f"Cannot read period {_quote(text)}: the number of months must be 1 to 12; "
                f"received {_quote(g[0])}."
            )
        return Span(_ym(int(g[1]), 1, text), _ym(int(g[1]), n, text))
    if kind in ("nth quarter", "nth half"):
        n, y = ORDINALS[g[0].lower()], int(g[1])
        size = 3 if kind == "nth quarter" else 6
        return Span(_ym(y, size * (n - 1) + 1, text), _ym(y, size * n, text))
    raise AssertionError(kind)  # pragma: no cover
