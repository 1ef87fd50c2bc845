"""Periods as written in news text, resolved to month spans with a dateline.

"the first two months of 2020", "January-June", "in November", "last year", "the same period",
"Q1", "the first half": each mention becomes a :class:`~tradestats.periods.Span` once the
publication date (dateline) or the surrounding text supplies the missing year. A relative date
with nothing to resolve it stays unresolved, and the claim using it is ambiguous.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from ..periods import Span
from ..words import CARDINALS, MONTH_NAMES, MONTHS, ORDINALS, number_word
from .screen import ScreenGroup, _normalised

__all__ = [
    "PeriodMention",
    "RELEASE_DAY",
    "find_periods",
    "find_date",
    "find_dateline",
    "latest_release",
    "month_number",
    "unstated_periods",
]

_MONTHS = [name.lower() for name in MONTH_NAMES]
# "Jan.", "Sept.", "September" (the full stop after a full name ends the sentence), or a near
# miss of one ("Febuary"): a capitalised word with a month's initial (every month name starts
# with one of these letters, and :func:`month_number` reads a near miss only with the same one)
_MONTH_WORD = r"(?:[ADFJMNOS][a-z]{2,3}\.|[ADFJMNOS][a-z]{2,9})"
_YEAR = r"(?:19|20)\d\d"


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (small words only)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@functools.lru_cache(maxsize=4096)
def month_number(word: str) -> int | None:
    """1–12 for a month name or abbreviation; tolerates one typo in names of 6+ letters."""
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    if len(w) >= 6:
        for i, name in enumerate(_MONTHS):
            if (
                len(name) >= 6
                and abs(len(name) - len(w)) <= 1
                and w[0] == name[0]
                and _distance(w, name) == 1
            ):
                return i + 1
    return None


@dataclass(frozen=True)
class PeriodMention:
    """A period expression in text; ``resolve`` turns it into a span."""

    start: int
    end: int
    text: str
    resolve: Callable[[pd.Period | None, Span | None], Span | None]
    relative: bool  # needs a dateline ("last year", "in November")
    same: bool = False  # "the same period": the period of the text around it
    base: Callable[[pd.Period | None, Span | None], Span | None] | None = None  # "between X and Y"


def _ym(year: int, month: int) -> pd.Period:
    return pd.Period(year=year, month=month, freq="M")


def _year_for_month(month: int, dateline: pd.Period | None, ctx: Span | None) -> int | None:
    if dateline is not None:
        return dateline.year if month < dateline.month else dateline.year - 1
    if ctx is not None:
        return ctx.end.year
    return None


def _year_for_span(last_month: int, dateline: pd.Period | None, ctx: Span | None) -> int | None:
    if dateline is not None:
        return dateline.year if last_month < dateline.month else dateline.year - 1
    return ctx.end.year if ctx is not None else None


#: A year named as the one before the year in hand: "the year before", "a year earlier".
_YEAR_BEFORE = re.compile(
    r"the\s+(?:year\s+before|prior\s+year|preceding\s+year)|a\s+year\s+(?:earlier|before)", re.I
)


def _year_word(word: str | None, dateline: pd.Period | None) -> int | None | bool:
    """An explicit year, a relative one resolved with the dateline, or False when absent."""
    if not word:
        return False
    w = word.lower()
    if re.fullmatch(_YEAR, w):
        return int(w)
    if re.fullmatch(_SPOKEN_YEAR, w):  # "the first half of twenty twenty-one"
        return _spoken_year(w) or False
    if dateline is None:
        return None
    if "last" in w or "previous" in w or "prior" in w or _YEAR_BEFORE.fullmatch(w):
        return dateline.year - 1
    return dateline.year  # this year, the year, the current year


#: A year read aloud: "twenty twenty-one", "twenty ten", "two thousand and nine".
#: Counts of months or years spelled out ("the first seven months", "three years earlier").
_FEW = "two|three|four|five|six|seven|eight|nine|ten|eleven"
_SPOKEN_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)\b"
_SPOKEN_YEAR = (
    rf"twenty[\s-]+(?:twenty(?:[\s-]+{_SPOKEN_UNIT})?|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|thirty|[12]\d(?!\d|[,.]\d))"
    rf"|two\s+thousand(?:\s+and)?\s+(?:{_SPOKEN_UNIT}|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)"
)

_YEAR_TAIL = (
    rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}|{_SPOKEN_YEAR}|last\s+year|this\s+year|the\s+year|"
    r"the\s+previous\s+year|the\s+current\s+year))?"
)

# "first-half figures for 2019", "first-quarter data of 2023": the span's figures, then the year
_YEAR_TAIL_FIGURES = _YEAR_TAIL.replace(
    r"(?:of\s+)?",
    r"(?:of\s+|(?:figures|data|numbers|statistics|results|trade|exports|imports|shipments|"
    r"totals?)\s+(?:for|of|in)\s+)?",
    1,
)

_RANGE_SEP = r"(?:\s*-to-\s*|\s*(?:-|–|—)\s*|\s+(?:to|through|thru|and|until)\s+)"

# what "the same …" can name: "period", "months", "half", "quarter", "stretch", "four months",
# "nine-month period"
_SAME = (
    r"(?:same|corresponding)\s+(?:period|months?|time|quarter|half|stretch|"
    rf"(?:{_FEW}|\d{{1,2}})[- ]months?(?:\s+period)?)"
)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "the same period of 2019", "the same half of 2022", "the same stretch of 2019", "the same four
    # months of 2019", "the corresponding period last year": the period of the text around it,
    # moved to another year (usually the comparison base). First, so that "of 2019" alone is not
    # read as the whole year.
    (
        re.compile(
            rf"\b(?:the\s+)?{_SAME}\s+(?:of|in)\s+(?P<year>{_YEAR})\b",
            re.I,
        ),
        "same_in_year",
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?{_SAME}\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+previous\s+year|"
            r"a\s+year\s+(?:earlier|ago|before)|the\s+prior\s+year|the\s+year\s+before)\b",
            re.I,
        ),
        "same_last_year",
    ),
    # "in the year to the end of April", "year-to-date through September", "the year-to-date
    # period to May", "the year through March" (the American year-to-date idiom): January to that
    # month (the cumulative grid customs publishes). A bare "the year to April" is left alone: in
    # British writing it is 12 months.
    (
        re.compile(
            r"\b(?i:(?:the\s+)?year[- ]to[- ]date(?:\s+period)?\s+(?:through|thru|to|until|ending(?:\s+in)?)|"
            r"(?:the\s+)?year\s+(?:to|through|until)\s+the\s+end\s+of|the\s+year\s+(?:through|thru))\s+"
            rf"(?P<m1>{_MONTH_WORD})(?:,?\s+(?P<year>{_YEAR}))?"
        ),
        "ytd_through",
    ),
    # … but "the year to October" compared with "the corresponding period of 2022" is the
    # year to date: twelve rolling months are compared with the twelve before, not a "period"
    (
        re.compile(
            rf"\b(?i:(?:the\s+)?year\s+(?:to|until)\s+)(?P<m1>{_MONTH_WORD})(?:,?\s+(?P<year>{_YEAR}))?"
            r"(?=(?:[^.;]|\.(?=\d)){0,150}?\b(?i:same|corresponding)\s+(?i:period|months)\b)"
        ),
        "ytd_through",
    ),
    (
        re.compile(
            r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|so\s+far\s+this\s+year|"
            r"(?:in\s+the\s+)?year[- ]to[- ]date|this\s+year\s+so\s+far)\b",
            re.I,
        ),
        "ytd",
    ),
    (
        re.compile(
            rf"\b(?i:between)\s+(?P<m1>{_MONTH_WORD})(?:\s+(?P<y1>{_YEAR}))?\s+and\s+(?P<m2>{_MONTH_WORD}){_YEAR_TAIL}"
        ),
        "between",
    ),
    # "doubled between 2002 and 2004", "rose 30 percent from 2005 to 2007": the later year,
    # compared with the earlier (a span of years only when the clause sums them)
    (
        re.compile(
            rf"\b(?i:between\s+(?P<y1>{_YEAR})\s+and|from\s+(?P<y2>{_YEAR})\s+(?:to|through|until))"
            rf"\s+(?P<year>{_YEAR})\b(?!\s*[-–/]|\s+(?:levels?|figures?|totals?)\b)"
        ),
        "between_years",
    ),
    # "in the 1990s", "during the early 2000s": a decade, no single period of the data
    (
        re.compile(
            r"\b(?:in|during|through(?:out)?|over|across)\s+the\s+(?:(?:early|mid|late)[- ])?"
            r"(?:19|20)\d0s\b",
            re.I,
        ),
        "decade",
    ),
    # "Oct.→Nov. 2022: $21.4m → $11.8m": the later month, compared with the earlier (as "between")
    (
        re.compile(
            rf"(?<![\w.])(?P<m1>{_MONTH_WORD})(?:\s+(?P<y1>{_YEAR}))?\s*(?:→|->|⟶|➝)\s*(?P<m2>{_MONTH_WORD}){_YEAR_TAIL}"
        ),
        "between",
    ),
    # "2022 vs 2023: $1.03bn → $2.29bn", "2019→2023": the later year, compared with the earlier
    (
        re.compile(
            rf"(?<![\w.$,])(?P<y1>{_YEAR})\s*(?:→|->|⟶|➝|\s(?i:vs\.?|versus)\s)\s*(?P<y2>{_YEAR})"
            r"(?=\s*[:(])"
        ),
        "years_pair",
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?:first\s+|past\s+|last\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|"
            r"nine|ten|eleven|twelve)\s+months\s+(?:through|to|end(?:ing|ed)(?:\s+in)?|until)\s+"
            rf"(?P<m1>{_MONTH_WORD})(?:,?\s+(?P<year>{_YEAR}))?"
        ),
        "rolling",
    ),
    # "the half-year to June", "the quarter through September": the span ending in that month
    (
        re.compile(
            r"\b(?:the\s+)?(?P<unit>half[- ]year|half|quarter)\s+(?:through|to|end(?:ing|ed)(?:\s+in)?)\s+"
            rf"(?P<m1>{_MONTH_WORD})(?:,?\s+(?P<year>{_YEAR}))?"
        ),
        "rolling",
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?:first|opening|initial)\s+(?P<n>{_FEW}|\d{{1,2}})\s+months{_YEAR_TAIL}",
            re.I,
        ),
        "first_n",
    ),
    # "nine months into the year", "six months into 2024", "nine months into the pandemic
    # year": the year's first months so far
    (
        re.compile(
            rf"\b(?P<n>{_FEW}|\d{{1,2}})\s+months\s+into\s+"
            rf"(?:(?P<year>{_YEAR})\b|(?:the|this)\s+(?:[\w-]+\s+)?year\b)",
            re.I,
        ),
        "first_n",
    ),
    # "in the first ten months …, and in the first eleven around $1.7 billion": the word
    # "months" left out before a figure
    (
        re.compile(
            rf"\b(?:the\s+)?first\s+(?P<n>{_FEW})"
            r"(?=\s*,?\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than|"
            r"less\s+than|only)\s+)?(?:US|USD|S)?\$)",
            re.I,
        ),
        "first_n",
    ),
    # "five-month trade reached …", "eleven-month figures showed …": a count of months used as an
    # adjective before the trade it sums is the year's first months (customs' cumulative grid),
    # the year from the dateline; "a three-month run" names no trade
    (
        re.compile(
            rf"\b(?P<n>{_FEW})[- ]month"
            r"(?=\s+(?:bilateral\s+|cumulative\s+)?(?:trade|figures|data|totals?|exports|imports|"
            r"shipments|tally|numbers)\b)"
            # "the five-month total for 2010": the year written after the noun is the span's
            rf"(?:\s+(?:bilateral\s+|cumulative\s+)?(?:totals?|figures|data|tally|numbers)\s+"
            rf"(?:for|of|in)\s+(?P<year>{_YEAR})\b)?",
            re.I,
        ),
        "first_n",
    ),
    # "the first month of the year", "the first month of 2021": January
    (re.compile(rf"\b(?:the\s+)?first\s+month\b(?=\s+of\b){_YEAR_TAIL}", re.I), "first_n"),
    (
        re.compile(
            r"\b(?:the|that|this|those|these)\s+"
            rf"(?P<n>{_FEW}|\d{{1,2}})[- ]months?"
            rf"(?:\s+period)?(?!\s+(?:to|through|ending|earlier|before|ago))\b{_YEAR_TAIL}",
            re.I,
        ),
        "first_n",
    ),
    (
        re.compile(rf"\b(?:the\s+)?first\s+(?P<n>two|three|[23])\s+quarters{_YEAR_TAIL}", re.I),
        "first_quarters",
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?P<ord>first|opening|second|third|fourth)[\s-]+(?P<unit>quarter|half)"
            rf"(?:[\s-]year(?!\s+(?:ago|earlier|before)))?{_YEAR_TAIL_FIGURES}",
            re.I,
        ),
        "ordinal",
    ),
    # "fell 12 percent in the first quarter and 30 percent in the second": the unit left out
    # after a later ordinal is the one an earlier ordinal of the sentence named (see
    # :func:`find_periods`; with none before it, no period)
    (
        re.compile(
            r"\b(?:in|for|during|over)\s+the\s+(?P<ord>second|third|fourth)\b"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|while|as|compared|from|against|on)\b)",
            re.I,
        ),
        "elided_ordinal",
    ),
    # "Q1-Q3 2023", "Q1–Q3": the quarters from the first named to the second
    (
        re.compile(rf"\bQ(?P<a>[1-4])\s*[-–—]\s*Q(?P<b>[1-4])(?:\s+(?P<year>{_YEAR}))?\b"),
        "quarter_range",
    ),
    # "Q3", "H1 2023", "1H 2023", "3Q23", "Q1'23", "H2 FY2022" is not handled
    (
        re.compile(
            r"\b(?:(?P<qh>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<qh2>[QH]))"
            rf"(?:\s*(?:of\s+)?(?P<year>{_YEAR})|(?:\s?')?(?P<yy>\d\d))?\b"
        ),
        "qh",
    ),
    # "the last quarter of 2022", "the final half of the year": the fourth quarter, the second half
    (
        re.compile(
            rf"\b(?:the\s+)?(?:last|final)[\s-]+(?P<unit>quarter|half)\s+of\s+(?P<year>{_YEAR}|"
            r"last\s+year|this\s+year|the\s+year|the\s+previous\s+year|the\s+current\s+year)\b",
            re.I,
        ),
        "last_of",
    ),
    # "the sixth month of this year", "the tenth month of 2021", "the final month of last year":
    # that month alone (translated Chinese and Japanese releases count months this way; "the
    # first month of" is January, read above)
    (
        re.compile(
            r"\b(?:the\s+)?(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            r"eleventh|twelfth|final|last)\s+month\s+of\s+(?P<year>"
            rf"{_YEAR}|last\s+year|this\s+year|the\s+year|the\s+previous\s+year|the\s+current\s+year)\b",
            re.I,
        ),
        "nth_month",
    ),
    # "a month later", "the following month", "the next month", "one month on": the month after
    # the period of the figure before it (a period written relative to the sentence's own)
    (
        re.compile(
            r"\b(?:(?:a|one)\s+month\s+(?:later|on)|the\s+(?:following|next|subsequent)\s+month)\b",
            re.I,
        ),
        "month_later",
    ),
    # "last quarter", "the previous quarter", "the prior quarter", "the quarter before"
    (
        re.compile(
            r"\b(?:(?P<last>last)\s+quarter|the\s+(?:previous|prior|preceding)\s+quarter|"
            r"the\s+quarter\s+before)\b",
            re.I,
        ),
        "previous_quarter",
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?:period\s+)?(?:from\s+)?(?P<m1>{_MONTH_WORD}){_RANGE_SEP}(?P<m2>{_MONTH_WORD})(?:\s+(?:period|quarter|stretch))?{_YEAR_TAIL}"
        ),
        "range",
    ),
    # "By October, trade for 2022 had reached $X": the year's trade summed to that month
    (
        re.compile(
            rf"^\W*By\s+(?P<m1>{_MONTH_WORD})(?![a-z]),?\s+(?:[\w'’-]+\s+){{1,6}}?"
            rf"(?i:for|in)\s+(?P<year>{_YEAR})(?=\s+(?i:had|has|have)\b)"
        ),
        "ytd_through",
    ),
    # a sentence opening on a year: "By 2005 the surplus had reached $X" (that year; "By July
    # 2024 trade had declined" is read as the month itself, below)
    (re.compile(rf"^\W*By\s+(?P<year>{_YEAR})\b(?!\s*(?:[-–—/]|to|and)\b)"), "year"),
    # "through November", "this year through July", "as of November", "through (or by) the end
    # of November": the year to date, January to that month (a range "June through July" is read
    # above, first)
    (
        re.compile(
            # ("by the end of October": what had accumulated by then; not a bare "by October")
            r"\b(?i:(?:(?:so\s+far\s+)?this\s+year\s+)?(?:through|thru|as\s+of|up\s+to|until|"
            r"by(?=\s+the\s+end\s+of\b))\s+"
            rf"(?:the\s+end\s+of\s+)?)(?P<m1>{_MONTH_WORD})(?![a-z])(?!\.?\s+\d{{1,2}}(?!\d))"
            rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?"
        ),
        "ytd_through",
    ),
    (
        re.compile(
            # "17 June 2020" and "June 17" are dates, not periods; "Jun" is not read inside "June"
            rf"(?<![0-9] )\b(?P<m1>{_MONTH_WORD})(?![a-z])(?!\.?\s+\d{{1,2}}(?!\d))"
            rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})|"
            r"\s+(?:of\s+)?(?P<rel>last\s+year|this\s+year|the\s+previous\s+year|"
            # "May of the year before", "May a year earlier": the year before the one in hand
            r"the\s+(?:year\s+before|prior\s+year|preceding\s+year)|a\s+year\s+(?:earlier|before)))?"
        ),
        "month",
    ),
    # a year in apposition: "in the worst year of the border closure, 2020, the North …"
    (
        re.compile(rf"\byear\b[^,.;:\d]{{0,50}},\s+(?P<year>{_YEAR})(?=\s*[,;.)]|\s*$)", re.I),
        "year",
    ),
    (
        re.compile(
            # ("in calendar 2024", "over the calendar year 2023", "across calendar 2024",
            # "throughout 2023": the whole year as the calendar has it)
            rf"\b(?:(?:in|for|of|during|since|across|throughout)\s+|over\s+(?=(?:the\s+)?calendar\s))"
            rf"(?:(?:the\s+)?calendar\s+(?:year\s+)?)?(?P<year>{_YEAR})\b|"
            # "more than tripled from 2020", "higher than 2019": a year named as a base (the
            # preposition stays outside, where the base rules read it); not "from 2019 to 2021"
            # (the look-behinds after the year and the word boundary: tried at every position
            # of every sentence, a look-behind first costs the scan a fifth more)
            rf"(?P<year4>{_YEAR})(?<=\bfrom\s\d{{4}}|\bthan\s\d{{4}})\b(?!\s*(?:to|through|until|and|[-–—/])\b)|"
            rf"\b(?:(?:full|whole)[- ]year\s+)?(?P<year2>{_YEAR})\s+"
            r"(?:levels?|figures?|totals?|values?|volumes?|amounts?)\b|"
            # "China's 2023 exports", "the 2022 trade surplus": a year before the series it dates
            # ("2023's trade": the year's own, possessive)
            rf"\b(?<![$\d,.])(?P<year3>{_YEAR})(?:['’]s)?(?=\s+(?:bilateral\s+|two-way\s+)?"
            r"(?:exports?|imports?|trade|shipments?|surplus|"
            # "the 2022 gap", "the 2023 rebound": a year before the balance or change it dates
            r"deficit|shortfall|sales|purchases|gap|imbalance|balance|rebound|recovery|slump|decline|drop|"
            r"fall|dip|rise|increase|contraction|intake|deliveries|commerce|turnover)\b"
            # "2022's total", "2023's exports": the year's own (not "the 2020's", a decade)
            r"|['’]s\s(?<!\bthe\s\d{4}['’]s\s))",
            re.I,
        ),
        "year",
    ),
    # a year read aloud: "in twenty twenty-one", "for two thousand and nineteen"
    (
        re.compile(
            rf"\b(?:in|for|of|during|since|across|throughout)\s+(?:calendar\s+(?:year\s+)?)?"
            rf"(?P<spoken>{_SPOKEN_YEAR})\b",
            re.I,
        ),
        "spoken_year",
    ),
    # "two years ago" (the calendar year n before the dateline's), "three years earlier" (the
    # period in context moved back n years); "a year ago" is a comparison base (vocabulary)
    (
        re.compile(
            r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?|"
            # "a decade earlier", "two decades before"
            r"(?P<d>a|one|two|three)\s+decades?)\s+(?P<rel>ago|earlier|before)\b",
            re.I,
        ),
        "years_ago",
    ),
    # "over the decade to 2013", "in the five years to 2019": the last year, compared with the
    # year a decade (n years) before it
    (
        re.compile(
            r"\b(?:over|in|during|across)\s+the\s+(?:(?P<d>decade)|(?P<n>two|three|four|five|six|"
            rf"seven|eight|nine|ten|\d{{1,2}})\s+years)\s+(?:to|through|until|ending\s+in)\s+"
            rf"(?P<year>{_YEAR})\b",
            re.I,
        ),
        "years_to",
    ),
    # "two months ago" (the month n before the dateline's), "three months earlier" (the month in
    # context moved back n months); "a month ago" is a comparison base (vocabulary)
    (
        re.compile(
            rf"\b(?P<n>{_FEW}|\d{{1,2}})\s+months\s+"
            r"(?P<rel>ago|earlier|before)\b",
            re.I,
        ),
        "months_ago",
    ),
    # "this month a year ago", "this month last year": the dateline's month, a year back
    (
        re.compile(r"\bthis\s+month\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b", re.I),
        "month_year_ago",
    ),
    # "in the latest figures", "the latest monthly data": the period the text is reporting (the
    # document's current one, e.g. "China's March trade figures were released on Saturday")
    (
        re.compile(
            r"\b(?:the|its)\s+(?:latest|most\s+recent|newest)\s+(?:monthly\s+|customs\s+)?"
            r"(?:figures|data|numbers|statistics|release|reading)\b",
            re.I,
        ),
        "latest",
    ),
    # "the year before last", "the month before last": two years (months) before the dateline's
    (re.compile(r"\bthe\s+(?P<unit>year|month)\s+before\s+last\b", re.I), "before_last"),
    # "last year", "this month", "in the last month"; not "the last year before the sanctions"
    # (a year named by what follows it, not the one before the dateline)
    (
        re.compile(r"\b(?P<rel>last|this|the\s+current)\s+(?P<unit>year|month)\b", re.I),
        "relative",
    ),
    # "for the year as a whole", "the full year", "full-year": the calendar year of the period
    # in context (of the last month before the dateline when there is none)
    (
        re.compile(
            r"\b(?:the\s+(?:full|whole|entire)\s+year|the\s+year\s+as\s+a\s+whole|full[- ]year)\b"
            r"(?!\s+(?:of\s+)?(?:19|20)\d\d)",
            re.I,
        ),
        "whole_year",
    ),
    # a label's year before its figure: "imports from China, 2023: $427.2 billion"
    # and in brackets after a figure: "US$1.7 billion (2022: US$760 million)"
    # and a list after a heading: "China–North Korea trade: 2022: $1.03 billion; 2023: …"
    # and a dash before a sum, as annex tables set it: "imports from China, 2023 — US$ 2,003.5 million"
    (
        re.compile(
            rf"(?:(?<=,\s)|(?<=\()|(?<=;\s)|(?<=:\s)|^)(?P<year>{_YEAR})"
            r"(?=\s*:|\s+[—–]\s+(?:US\s?\$|USD|\$|RMB|CNY|¥))"
        ),
        "year",
    ),
    (re.compile(r"\b(?:the\s+same|that|this)\s+(?:period|month|time)\b", re.I), "same"),
]


# Every period expression holds a digit, a month name (or a near miss of one: its first three
# letters) or one of these words; text without any is skipped (substring tests on the screened
# text, which the period screens read next).
_DIGIT = re.compile(r"\d")
_HINT_WORDS = (
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("year", "month", "quarter", "half", "period", "time", "between", "h1", "h2", "decade"),
    *("q1", "q2", "q3", "q4"),
    # a year read aloud ("in twenty twenty-one", "two thousand and nine"), a release's figures
    # ("the latest figures", "the most recent data")
    *("twenty", "thousand", "latest", "recent", "newest"),
)


# Each pattern behind its literal screen (:mod:`.screen`): a pattern is not run on a sentence
# that holds none of the words it cannot match without. Most sentences hold none of "same",
# "quarter", "between", … and the scan was a quarter of the checker's time on long texts.
# A mention of these kinds counts only when :func:`month_number` reads its month word: a
# month's name or abbreviation, which begins with the name's first three letters, or a name of
# six letters or more with one letter wrong, which keeps its first three or last three intact.
_MONTH_PIECES = {name[:3] for name in _MONTHS} | {name[-3:] for name in _MONTHS if len(name) >= 6}
_NEEDS_A_MONTH = ("month", "range", "rolling", "ytd_through")
_SCREENS = ScreenGroup(
    [pattern for pattern, _ in _PATTERNS],
    given={
        i: frozenset(frozenset({piece}) for piece in _MONTH_PIECES)
        for i, (_, kind) in enumerate(_PATTERNS)
        if kind in _NEEDS_A_MONTH
    },
)


def find_periods(text: str) -> list[PeriodMention]:
    """All period expressions in a text, non-overlapping, in order."""
    if _DIGIT.search(text) is None:
        folded = _normalised(text)
        if not any(w in folded for w in _HINT_WORDS):
            return []
    found: list[PeriodMention] = []
    taken = bytearray(len(text) + 1)  # characters inside a mention already found (linear)
    for (pattern, kind), possible in zip(_PATTERNS, _SCREENS.candidates(text)):
        if not possible:
            continue
        needs_month = kind in _NEEDS_A_MONTH
        for m in pattern.finditer(text):
            if needs_month and month_number(m.group("m1")) is None:
                continue  # a capitalised word that is no month ("North"): no mention
            if any(taken[m.start() : m.end()]):
                continue
            mention = _mention(m, kind)
            if mention is not None:
                found.append(mention)
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    found.sort(key=lambda p: p.start)
    return _elided_ordinals(found) if any(p.resolve is _ELIDED for p in found) else found


_ORDINAL_UNIT = re.compile(
    r"\b(?P<ord>first|opening|second|third|fourth)[\s-]+(?P<unit>quarter|half)\b", re.I
)
_ORDINAL_WORDS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4}


def _elided(d: pd.Period | None, c: Span | None) -> Span | None:
    return None


_ELIDED = _elided


def _elided_ordinals(found: list[PeriodMention]) -> list[PeriodMention]:
    """ "in the first quarter and … in the second": the second is the quarter after the first's,
    in its year (a half likewise); an ordinal with no quarter or half named before it is no
    period."""
    out: list[PeriodMention] = []
    for p in found:
        if p.resolve is not _ELIDED:
            out.append(p)
            continue
        earlier = next((e for e in reversed(out) if _ORDINAL_UNIT.search(e.text)), None)
        if earlier is None:
            continue
        named = _ORDINAL_UNIT.search(earlier.text)
        assert named is not None
        size = 3 if named.group("unit").casefold() == "quarter" else 6
        step = (
            _ORDINAL_WORDS[p.text.split()[-1].casefold()]
            - _ORDINAL_WORDS[named.group("ord").casefold()]
        )
        if step <= 0 or (size == 6 and _ORDINAL_WORDS[p.text.split()[-1].casefold()] > 2):
            continue

        def moved(
            d: pd.Period | None, c: Span | None, e: PeriodMention = earlier, k: int = step * size
        ) -> Span | None:
            span = e.resolve(d, c)
            return None if span is None else span.shift(months=k)

        out.append(PeriodMention(p.start, p.end, p.text, moved, earlier.relative))
    return out


def _year_against(m: re.Match[str], text: str, year: int, base: int) -> PeriodMention:
    """A year compared with an earlier one ("2022 vs 2023", "between 2002 and 2004", "the decade
    to 2013")."""
    return PeriodMention(
        m.start(), m.end(), text, lambda d, c: Span.year(year), False,
        base=lambda d, c: Span.year(base),
    )  # fmt: skip


def _mention(m: re.Match[str], kind: str) -> PeriodMention | None:
    g = m.groupdict()
    text = m.group(0)

    def make(
        fn: Callable[[pd.Period | None, Span | None], Span | None], relative: bool
    ) -> PeriodMention:
        return PeriodMention(m.start(), m.end(), text, fn, relative)

    if kind == "same_in_year":
        year = int(g["year"])

        def shifted(d: pd.Period | None, c: Span | None) -> Span | None:
            return None if c is None else c.shift(years=year - c.end.year)

        return PeriodMention(m.start(), m.end(), text, shifted, False, same=True)
    if kind == "same_last_year":
        return PeriodMention(
            m.start(),
            m.end(),
            text,
            lambda d, c: None if c is None else c.year_earlier(),
            False,
            same=True,
        )
    if kind == "ytd":

        def ytd(d: pd.Period | None, c: Span | None) -> Span | None:
            if d is None:
                return c if c is not None and c.start.month == 1 else None
            end = d - 1
            return Span(_ym(end.year, 1), end) if end.year == d.year else None

        return make(ytd, True)
    if kind == "quarter_range":
        a, b = int(g["a"]), int(g["b"])
        if b < a:
            return None
        return make(_range_fn(3 * a - 2, 3 * b, g.get("year")), not g.get("year"))
    if kind == "whole_year":

        def whole_year(d: pd.Period | None, c: Span | None) -> Span | None:
            if c is not None:
                return Span.year(c.end.year)
            return None if d is None else Span.year((d - 1).year)  # the latest month's year

        return make(whole_year, True)
    if kind == "ytd_through":
        m1 = month_number(g["m1"])
        if m1 is None:
            return None
        return make(_range_fn(1, m1, g.get("year")), not g.get("year"))
    if kind == "previous_quarter":
        from_dateline = bool(g.get("last"))

        def previous_quarter(d: pd.Period | None, c: Span | None) -> Span | None:
            if c is not None and not from_dateline and _is_quarter(c):
                return Span(c.start - 3, c.end - 3)
            if d is None:
                return None
            first = _ym(d.year, 3 * ((d.month - 1) // 3) + 1) - 3  # the quarter before d's
            return Span(first, first + 2)

        return make(previous_quarter, True)
    if kind == "last_of":
        size = 3 if g["unit"].casefold() == "quarter" else 6
        return make(_range_fn(13 - size, 12, g["year"]), not re.fullmatch(_YEAR, g["year"] or ""))
    if kind == "years_pair":
        y1, y2 = sorted((int(g["y1"]), int(g["y2"])))
        if y1 == y2:
            return None
        return _year_against(m, text, y2, y1)
    if kind == "between":
        b1, b2 = month_number(g["m1"]), month_number(g["m2"])
        if b1 is None or b2 is None:
            return None
        if (
            b1 < b2
            and not g.get("y1")
            and (
                _SUMMED_OVER.match(m.string, m.end())
                or _SUMMED_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
                # "Between January and May 2023 imports expanded 241 per cent": from January to a
                # month months later is the year to date (customs publishes it so), unless the
                # clause names the month figures moved between ("from $X to $Y")
                or (b1 == 1 and b2 >= 3 and not _FROM_FIGURE.match(m.string, m.end()))
            )
        ):
            # "Between January and November 2020, imports totalled $46.4 million": the months
            # summed, a span (not a change from one month to the other)
            return make(_range_fn(b1, b2, g.get("year")), not g.get("year"))
        later = _month_fn(b2, g.get("year"))

        def earlier(d: pd.Period | None, c: Span | None) -> Span | None:
            end = later(d, c)
            if end is None:
                return None
            y = int(g["y1"]) if g.get("y1") else end.end.year - (1 if b1 > b2 else 0)
            return Span(_ym(y, b1), _ym(y, b1))

        relative = not g.get("year")
        return PeriodMention(m.start(), m.end(), text, later, relative, base=earlier)
    if kind == "decade":
        return make(lambda d, c: None, False)
    if kind == "between_years":
        y1, y2 = int(g["y1"] or g["y2"]), int(g["year"])
        if y1 >= y2:
            return None
        if _PER_YEAR.match(m.string, m.end()) or _PER_YEAR_BEFORE.search(
            m.string, max(0, m.start() - 60), m.start()
        ):
            # "between 2010 and 2014 exports averaged $3 billion a year": a rate over the years,
            # the figure of no one period (and no change from the first year to the last)
            return make(lambda d, c: None, False)
        if _SUMMED_OVER.match(m.string, m.end()) or _SUMMED_BEFORE.search(
            m.string, max(0, m.start() - 30), m.start()
        ):
            # "between 2010 and 2014, trade totalled …": the years summed, a span
            return make(lambda d, c: Span(_ym(y1, 1), _ym(y2, 12)), False)
        return _year_against(m, text, y2, y1)
    if kind == "years_ago":
        if g["d"]:
            n = 10 * (1 if g["d"].lower() in ("a", "one") else (number_word(g["d"]) or 0))
        else:
            n = number_word(g["n"]) if not g["n"].isdecimal() else int(g["n"])
        if not n or n < 2:
            return None
        if g["rel"].casefold() == "ago":
            return make(lambda d, c: None if d is None else Span.year(d.year - n), True)

        def earlier(d: pd.Period | None, c: Span | None) -> Span | None:
            return None if c is None else c.shift(years=-n)

        return PeriodMention(m.start(), m.end(), text, earlier, False, same=True)
    if kind == "years_to":
        last = int(g["year"])
        n = 10 if g["d"] else (int(g["n"]) if g["n"].isdecimal() else number_word(g["n"]))
        if not n:
            return None
        return _year_against(m, text, last, last - n)
    if kind == "months_ago":
        n = number_word(g["n"]) if not g["n"].isdecimal() else int(g["n"])
        if not n or n < 2:
            return None
        if g["rel"].casefold() == "ago":
            return make(lambda d, c: None if d is None else Span(d - n, d - n), True)

        def months_earlier(d: pd.Period | None, c: Span | None) -> Span | None:
            return None if c is None or not c.is_month else c.shift(months=-n)

        return PeriodMention(m.start(), m.end(), text, months_earlier, False, same=True)
    if kind == "same":
        return PeriodMention(m.start(), m.end(), text, lambda d, c: c, False, same=True)
    if kind == "nth_month":
        word = g["ord"].casefold()
        month = 12 if word in ("final", "last") else ORDINALS[word]
        # "the final month of the year" in a story of January: a bare month, the last one of its
        # name before the dateline ("this year" stays the dateline's year)
        year = None if re.fullmatch(r"the\s+year", g["year"], re.I) else g["year"]
        return make(_month_fn(month, year), not re.fullmatch(_YEAR, g["year"]))
    if kind == "month_later":

        def month_after(d: pd.Period | None, c: Span | None) -> Span | None:
            return None if c is None or not c.is_month else c.shift(months=1)

        return PeriodMention(m.start(), m.end(), text, month_after, False, same=True)
    if kind == "year":
        y = int(g.get("year") or g.get("year2") or g.get("year3") or g.get("year4"))
        return make(lambda d, c: Span.year(y), False)
    if kind == "spoken_year":
        y = _spoken_year(g["spoken"])
        return None if y is None else make(lambda d, c: Span.year(y), False)
    if kind == "month_year_ago":
        return make(lambda d, c: None if d is None else Span(d - 12, d - 12), True)
    if kind == "latest":
        return make(lambda d, c: c, True)
    if kind == "before_last":
        if g["unit"].casefold() == "year":
            return make(lambda d, c: None if d is None else Span.year(d.year - 2), True)
        return make(lambda d, c: None if d is None else Span(d - 2, d - 2), True)
    if kind == "relative":
        if (
            g["rel"].casefold() == "last"
            and re.search(r"\bthe\s+$", m.string[max(0, m.start() - 4) : m.start()], re.I)
            and re.match(r"\s*,?\s+(?:before|of|that|when|in\s+which|since)\b", m.string[m.end() :])
        ):
            return None
        unit = g["unit"].casefold()
        last = 0 if g["rel"].casefold().startswith(("this", "the current")) else 1
        if unit == "year" and not last:
            # "this year" before the year is out: the year to date, January to the month before
            # the dateline (the months the text can know)
            def this_year(d: pd.Period | None, c: Span | None) -> Span | None:
                if d is None:
                    return None
                if d.month == 1:
                    return Span.year(d.year)
                return Span(_ym(d.year, 1), d - 1)

            return make(this_year, True)
        if unit == "year":
            return make(lambda d, c: None if d is None else Span.year(d.year - last), True)
        return make(lambda d, c: None if d is None else Span(d - last, d - last), True)
    if kind in ("month", "range", "rolling"):
        m1 = month_number(g["m1"])
        m2 = month_number(g["m2"]) if g.get("m2") else None
        if m1 is None or (g.get("m2") and m2 is None):
            return None
        if (
            kind == "month"
            and g["m1"].casefold().rstrip(".") == "may"
            and not g.get("year")
            and not g.get("rel")
        ):
            # "may" is also a verb; accept it only capitalised and after "in"/"for"
            return None if not re.match(r"May\b", g["m1"]) else make(_month_fn(m1, None), True)
        year_word = g.get("year") or g.get("rel")
        if kind == "rolling" and g.get("unit"):
            n = 3 if g["unit"].casefold() == "quarter" else 6
            return make(_rolling_fn(m1, year_word, n), year_word is None)
        if kind == "rolling":
            n = number_word(g["n"]) or (int(g["n"]) if g["n"].isdecimal() else 12)
            return make(_rolling_fn(m1, year_word, int(n)), year_word is None)
        if kind == "range":
            assert m2 is not None
            if m2 < m1:
                return None
            return make(
                _range_fn(m1, m2, year_word), not (year_word and re.fullmatch(_YEAR, year_word))
            )
        return make(
            _month_fn(m1, year_word), not (year_word and re.fullmatch(_YEAR, year_word or ""))
        )
    if kind == "first_quarters":
        n = 3 * (number_word(g["n"]) or 0)
        return make(
            _range_fn(1, n, g.get("year")), not (g.get("year") and re.fullmatch(_YEAR, g["year"]))
        )
    if kind == "first_n":
        n = number_word(g["n"]) if g.get("n") else 1
        if n is None:
            return None
        return make(
            _range_fn(1, n, g.get("year")), not (g.get("year") and re.fullmatch(_YEAR, g["year"]))
        )
    if kind == "elided_ordinal":
        # resolved by find_periods against the ordinal before it
        return PeriodMention(m.start(), m.end(), text, _ELIDED, False)
    if kind in ("ordinal", "qh"):
        if kind == "ordinal":
            ordinal = g["ord"].casefold().replace("opening", "first")  # "the opening half of 2018"
            n = ["first", "second", "third", "fourth"].index(ordinal) + 1
            size = 3 if g["unit"].casefold() == "quarter" else 6
        else:
            n = int(g["n"] or g["n2"])
            size = 3 if (g["qh"] or g["qh2"]) == "Q" else 6
            if g.get("yy"):
                g["year"] = str(2000 + int(g["yy"]))
        if size == 6 and n > 2:
            return None
        first, last = size * (n - 1) + 1, size * n
        return make(
            _range_fn(first, last, g.get("year")),
            not (g.get("year") and re.fullmatch(_YEAR, g["year"] or "")),
        )
    return None


#: After "between January and November": the clause sums the months ("totalled", "amounted to",
#: "came to", "combined") and names no change from one month to the other.
# "the $1.43 billion traded between January and August", "goods shipped between March and
# June": a verb of trade just before "between" sums the months too
_SUMMED_BEFORE = re.compile(
    r"\b(?:traded|exchanged|shipped|exported|imported|sold|bought|recorded)\s+$"
    # "91.7 percent of trade between January and September": a share's whole, the months summed
    r"|\bof\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:trade|commerce|turnover|total|exports|imports|shipments)\s+$",
    re.I,
)
#: A figure said per year of a span of years: "averaged $3 billion a year", "about $3 billion
#: annually" (no change from the first year to the last).
_PER_YEAR_WORDS = (
    r"\b(?:averag(?:e|ed|es|ing)|annually|a\s+year(?!\s+(?:earlier|before|ago))|per\s+(?:year|annum)|"
    r"each\s+year|every\s+year|yearly)\b"
)
_PER_YEAR = re.compile(rf"[^;:.]{{0,80}}?{_PER_YEAR_WORDS}", re.I)
_PER_YEAR_BEFORE = re.compile(rf"{_PER_YEAR_WORDS}[^;:.]*$", re.I)
_SUMMED_OVER = re.compile(
    r"[^;:.]{0,140}?\b(?:totall?(?:ed|ing)|amount(?:ed|ing)\s+to|c(?:a|o)me\s+to|combined|"
    r"in\s+total|altogether|all\s+told|added\s+up\s+to)\b(?![^;:.]{0,80}?\bfrom\b)",
    re.I,
)


#: "… from $12 million to $30 million": the clause names the figures a change ran between.
_FROM_FIGURE = re.compile(
    r"[^;:.]{0,140}?\bfrom\s+(?:about\s+|around\s+)?(?:US|USD)?\s?[$¥€£\d]", re.I
)


def _spoken_year(text: str) -> int | None:
    """ "twenty twenty-one" → 2021, "twenty ten" → 2010, "two thousand and nine" → 2009."""
    words = re.split(r"[\s-]+", text.casefold())

    def small(word: str, lo: int, hi: int) -> int | None:
        n = CARDINALS.get(word)
        return n if n is not None and lo <= n <= hi else None

    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        n = small(rest[0], 1, 19) if len(rest) == 1 else None
        return None if n is None else 2000 + n
    rest = words[1:]
    if len(rest) == 1 and rest[0].isdecimal():  # "twenty-20", "twenty 19" (scripts read aloud)
        return 2000 + int(rest[0])
    if rest == ["thirty"]:
        return 2030
    if rest == ["twenty"]:
        return 2020
    if len(rest) == 1 and (n := small(rest[0], 10, 19)) is not None:
        return 2000 + n
    if len(rest) == 2 and rest[0] == "twenty" and (n := small(rest[1], 1, 9)) is not None:
        return 2020 + n
    return None


def _is_quarter(span: Span) -> bool:
    return span.n_months == 3 and span.start.month % 3 == 1


def _month_fn(
    month: int, year_word: str | None
) -> Callable[[pd.Period | None, Span | None], Span | None]:
    def fn(d: pd.Period | None, c: Span | None) -> Span | None:
        if year_word and c is not None and _YEAR_BEFORE.fullmatch(year_word):
            return Span(_ym(c.end.year - 1, month), _ym(c.end.year - 1, month))
        y = _year_word(year_word, d)
        if y is False:
            y = _year_for_month(month, d, c)
        if y is None:
            return None
        return Span(_ym(int(y), month), _ym(int(y), month))

    return fn


def _range_fn(
    m1: int, m2: int, year_word: str | None
) -> Callable[[pd.Period | None, Span | None], Span | None]:
    def fn(d: pd.Period | None, c: Span | None) -> Span | None:
        y = _year_word(year_word, d)
        if y is False:
            y = _year_for_span(m2, d, c)
        if y is None:
            return None
        return Span(_ym(int(y), m1), _ym(int(y), m2))

    return fn


def _rolling_fn(
    month: int, year_word: str | None, n: int = 12
) -> Callable[[pd.Period | None, Span | None], Span | None]:
    """ "the 12 months through July" (rolling); "the 11 months through November" (Jan–Nov)."""

    def fn(d: pd.Period | None, c: Span | None) -> Span | None:
        end = _month_fn(month, year_word)(d, c)
        return None if end is None or n < 1 else Span(end.end - (n - 1), end.end)

    return fn


_DATELINE = [
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_WORD})\s+(?P<y>{_YEAR})\b"),
    re.compile(rf"\b(?P<m>{_MONTH_WORD})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{_YEAR})\b"),
    re.compile(rf"\b(?P<y>{_YEAR})-(?P<mm>\d\d)-(?P<d>\d\d)\b"),
]


def find_dateline(text: str) -> pd.Period | None:
    """A publication date near the top of a text ("17 June 2020", "June 17, 2020", ISO), as a
    month; None when the first 400 characters hold none."""
    day = find_date(text)
    return None if day is None else _ym(day.year, day.month)


def find_date(text: str) -> _dt.date | None:
    """The publication date near the top of a text ("17 June 2020", "June 17, 2020", ISO), to
    the day; None when the first 400 characters hold none."""
    head = text[:400]
    for pattern in _DATELINE:
        m = pattern.search(head)
        if m:
            month = (
                int(m.group("mm"))
                if "mm" in m.groupdict() and m.group("mm")
                else month_number(m.group("m"))
            )
            if month and 1 <= month <= 12:
                try:
                    return _dt.date(int(m.group("y")), month, int(m.group("d")))
                except ValueError:
                    return _dt.date(int(m.group("y")), month, 1)
    return None


# -- a figure whose text states no period ------------------------------------------------------
#: China Customs puts out its country-by-country tables for month M around the 18th–20th of M+1
#: (the releases in ``datasets/china_dprk.csv`` are dated the 18th–20th; the December tables,
#: with the full-year totals, came out on 18–19 January in 2021–2024). A story dated on or after
#: this day of M+1 is taken to quote month M; one dated before it, month M-1 at the latest.
RELEASE_DAY = 18


def latest_release(date: str | _dt.date | pd.Period | None) -> pd.Period | None:
    """The latest month whose China Customs country figures are out at ``date``.

    ``date`` is ``YYYY-MM-DD`` (or a date); with only a month (``YYYY-MM`` or a monthly
    Period) the day is unknown and the release surely out through the whole month is taken
    (two months before it). None when there is no date.

    Examples
    --------
    >>> str(latest_release("2023-01-20")), str(latest_release("2023-01-17"))
    ('2022-12', '2022-11')
    >>> str(latest_release("2022-05"))
    '2022-03'
    """
    if date is None:
        return None
    if isinstance(date, pd.Period):
        return date.asfreq("M") - 2
    if isinstance(date, _dt.date):
        day: _dt.date | None = date
    else:
        text = str(date).strip()
        try:
            day = _dt.date.fromisoformat(text[:10]) if len(text) >= 10 else None
        except ValueError:
            day = None
        if day is None:
            try:
                return pd.Period(text[:7], freq="M") - 2
            except (ValueError, TypeError):
                return None
    month = pd.Period(year=day.year, month=day.month, freq="M")
    return month - (1 if day.day >= RELEASE_DAY else 2)


# "its April 2019 level", "the April 2019 figure", "the level of April 2019": a base that names
# only a month
_MONTH_BASE = re.compile(
    rf"\b(?:(?:its|their|the|that|this)\s+(?P<m1>{_MONTH_WORD})\s+(?P<y1>{_YEAR})\s+"
    r"(?:levels?|figures?|totals?|values?|marks?|volumes?|amounts?|peak|high|low)\b|"
    r"\b(?:levels?|figures?|totals?|values?|marks?|volumes?|amounts?)\s+(?:of|for|in|posted\s+in|"
    rf"recorded\s+in|seen\s+in)\s+(?P<m2>{_MONTH_WORD})\s+(?P<y2>{_YEAR})\b)"
)


def unstated_periods(sentence: str, release: pd.Period) -> tuple[Span, ...]:
    """The readings of a customs figure whose sentence and context state no period.

    The rule (README, "checker"), given the latest China Customs release out at the dateline
    (:func:`latest_release`, month ``M``):

    1. A base that names only a month ("42 percent of its April 2019 level", "the April 2019
       figure") puts the figure in the same calendar month, the latest one out at the dateline:
       one reading.
    2. Otherwise the figure is of the latest release, which gives two readings, the month
       alone and the year to date (January–M). The December release carries the full year,
       which stories quote, and February's comes out combined with January's: there the year
       to date is read first, otherwise the month. January is a month and its year to date at
       once: one reading.

    The first reading is the claim's period; a claim left with two readings is never called
    wrong on the guessed one (see :mod:`.run`).

    Examples
    --------
    >>> r = pd.Period("2024-07", freq="M")
    >>> [str(s) for s in unstated_periods("Trade was 42 percent of its April 2019 level.", r)]
    ['2024-04/2024-04']
    >>> [str(s) for s in unstated_periods("Exports fell 8 percent.", r)]
    ['2024-07/2024-07', '2024-01/2024-07']
    """
    m = _MONTH_BASE.search(sentence)
    if m is not None:
        month = month_number(m.group("m1") or m.group("m2"))
        year = int(m.group("y1") or m.group("y2"))
        if month is not None:
            y = release.year if month <= release.month else release.year - 1
            if y > year:
                at = _ym(y, month)
                return (Span(at, at),)
    alone, ytd = Span(release, release), Span(_ym(release.year, 1), release)
    if release.month == 12:
        return (ytd, alone)  # the full year first
    if release.month == 1:
        return (alone,)
    return (ytd, alone) if release.month == 2 else (alone, ytd)
