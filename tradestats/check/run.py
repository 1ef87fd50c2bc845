"""``check_text``: extract the claims of a text and give each a verdict with its arithmetic."""

from __future__ import annotations

import copy
import re
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any

import pandas as pd

from ..data import data_dir, load_dataset, load_sources
from ..errors import InputError
from ..periods import Span
from .claims import Claim
from .consistency import internal_inconsistencies
from .evidence import Evidence
from .extract import extract_claims
from .verify import Result, _gap_on_the_data_side, verify_claim

__all__ = ["check_text", "CLAIM_COLUMNS"]

CLAIM_COLUMNS = [
    "start",
    "end",
    "surface",
    "kind",
    "reporter",
    "partner",
    "flow",
    "period",
    "base",
    "value",
    "unit",
    "currency",
    "terms",
    "hedge",
    "direction",
    "source",
    "verdict",
    "severity",
    "data_value",
    "claimed_interval",
    "data_interval",
    "reading",
    "formula",
    "derivation",
    "explanation",
    "readings",
    "sources",
    "sentence",
    "quoted",
]

_EVIDENCE: dict[int, Evidence] = {}


def _evidence(data: pd.DataFrame | Evidence | None) -> Evidence:
    if isinstance(data, Evidence):
        return data
    if data is None:
        key = 0
        if key not in _EVIDENCE:
            _EVIDENCE[key] = Evidence(
                load_dataset("china_dprk", versions="all"), load_sources(), _events()
            )
        return _EVIDENCE[key]
    if not isinstance(data, pd.DataFrame):
        raise InputError(
            f"data must be a canonical table (a DataFrame); received {type(data).__name__}."
        )
    return Evidence(data)


def _events() -> pd.DataFrame | None:
    """The bundled dated events (``datasets/events.csv``), None when the file is absent."""
    path = data_dir() / "events.csv"
    if not path.is_file():
        return None
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _decimal(x: Fraction) -> str:
    """An interval bound as a decimal string: exact when it terminates, else to 6 decimals."""
    if abs(x) >= 10**29:  # the open side of "more than" / "less than"
        return "Infinity" if x > 0 else "-Infinity"
    with localcontext() as c:
        c.prec = 80
        d = Decimal(x.numerator) / Decimal(x.denominator)
        rounded = d.quantize(Decimal("0.000001"))
    return _value_text(rounded if d != rounded else d) or "0"


def _value_text(v: Decimal | None) -> str | None:
    if v is None:
        return None
    text = format(v, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


_FOLDED_TO_ASCII = {0x017F: "s", 0x212A: "K", 0x0131: "i", 0x0130: "I"}
# a footnote mark in superscript digits ("US$ 491 million¹²", "a decline of 80.9 per cent.¹³")
# is no part of the word or number it follows: a space each, so spans stay the text's
_FOLDED_TO_ASCII.update(dict.fromkeys((0xB9, 0xB2, 0xB3, 0x2070, *range(0x2074, 0x207A)), " "))


#: "US$ 57.9 million in 202115 and …": a year with a footnote number glued to it (text taken
#: from a PDF); the number is read as spaces, so the spans stay the text's
_GLUED_FOOTNOTE = re.compile(
    r"(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bfor\s))((?:19[5-9]|20[0-4])\d)(\d{1,2})"
    r"(?=[,.;:)\]]|\s+(?!(?:tonnes?|tons?|units?|people|won|yuan|dollars?|percent|per)\b)[a-z]+\b|\s*$)"
)


def _folded(text: str) -> str:
    """Letters that case-insensitive patterns match as ASCII ("ſ" as s, the Kelvin sign as k)
    read as those letters, and superscript footnote digits as spaces, one for one, so the spans
    stay those of the text."""
    if _GLUED_FOOTNOTE.search(text):
        text = _GLUED_FOOTNOTE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    if text.isascii() or not any(chr(c) in text for c in _FOLDED_TO_ASCII):
        return text
    return text.translate(_FOLDED_TO_ASCII)


def check_text(
    text: str,
    data: pd.DataFrame | Evidence | None = None,
    date: str | None = None,
    url: str | None = None,
) -> pd.DataFrame:
    """Find every quantitative trade claim in a text and check it against the data.

    Parameters
    ----------
    text
        A sentence, paragraph or article (any Unicode).
    data
        A canonical table (every version, ideally); by default the bundled ``china_dprk`` data.
    date
        Publication date ``YYYY-MM-DD`` (or ``YYYY-MM``) to resolve "last year", "in November";
        by default a date found near the top of the text, if any. A version of a figure
        printed after this date is never offered as the text's source.
    url
        Where the text was published: a version printed by the text itself is never offered
        as its source.

    Returns
    -------
    pandas.DataFrame
        One row per claim, in text order, with the columns of :data:`CLAIM_COLUMNS`:
        character span, surface, kind, subject, period and base (``YYYY-MM/YYYY-MM``), value
        (signed decimal string), hedge, direction, source, ``verdict`` (correct, approx, wrong,
        ambiguous, unverifiable), ``severity`` for wrong claims, the data value, the claimed and
        data intervals, the formula, an explanation and the alternative ``readings`` considered.

    Examples
    --------
    >>> r = check_text("China's imports from North Korea fell 88.6 percent to $191.75 million in "
    ...                "January-November 2018.")
    >>> r[["surface", "verdict"]].values.tolist()
    [['88.6 percent', 'correct'], ['$191.75 million', 'correct']]
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a string; received {type(text).__name__}.")
    ev = _evidence(data)
    pairs = sorted(ev.pairs)
    default_pair = pairs[0] if len(pairs) == 1 else ("CHN", "PRK")
    text = _folded(text)
    claims, _ = extract_claims(text, date, default_pair)
    notes = internal_inconsistencies(claims)
    ev.prefetch(_spans_needed(claims))
    rows = []
    for i, c in enumerate(claims):
        result = verify_claim(c, ev, claims, as_of=date, url=url)
        if c.assumed_periods:
            result = _unstated_period(c, result, ev, claims, date, url)
        if i in notes:
            _apply_internal(result, notes[i])
        if c.kind == "balance" and c.unsigned_gap and None not in (c.reporter, c.partner, c.period):
            # "the gap widened to $X": a size, read on the side the data put the balance
            c = _gap_on_the_data_side(c, ev)
        rows.append(_row(c, result))
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def _unstated_period(
    c: Claim, result: Result, ev: Evidence, claims: list[Claim], date: str | None, url: str | None
) -> Result:
    """A figure whose text states no period, read in the period the rule assumed
    (:func:`.dates.unstated_periods`). With two readings (a month and its year to date) the
    claim is never called wrong on the guessed one: the reading that holds is kept, and when
    neither holds the verdict is at most ambiguous. The explanation says so in plain words."""
    readings = c.assumed_periods
    first = c.period
    held_off = False
    if len(readings) > 1 and result.verdict in ("wrong", "ambiguous"):
        for alt in readings[1:]:
            trial = copy.copy(c)
            trial.period = alt
            trial.base = _moved_base(c, alt)
            other = verify_claim(trial, ev, claims, as_of=date, url=url)
            if other.verdict in ("correct", "approx"):
                c.period, c.base, result = trial.period, trial.base, other
                break
        else:
            if result.verdict == "wrong":
                result.verdict, result.severity, held_off = "ambiguous", None, True
    label = c.period.label if c.period is not None else readings[0].label
    note = (
        f"the text states no period; assumed: {label} (the latest China Customs release out "
        "at the text's date"
    )
    if held_off:
        both = " nor ".join(r.label for r in readings)
        note += f"); it holds for neither {both}, so it is not called wrong on a guessed period"
    elif first != c.period and first is not None:
        note += f"; it does not hold for {first.label}, the release's other figure)"
    elif len(readings) > 1:
        note += f"; that release also gives {' and '.join(r.label for r in readings[1:])})"
    else:
        note += ")"
    result.explanation = note + ("; " + result.explanation if result.explanation else "")
    return result


def _moved_base(c: Claim, period: Span) -> Span | None:
    """The claim's base moved with its period: a year earlier stays a year earlier, the month
    before stays the month before; a base the text names stays."""
    if c.base is None or c.period is None:
        return c.base
    if c.base == c.period.year_earlier():
        return period.year_earlier()
    if c.period.is_month and c.base == c.period.previous():
        return period.previous() if period.is_month else period.year_earlier()
    return c.base


def _spans_needed(claims: list[Claim]) -> set[tuple[str, str, Span]]:
    """Every span a verdict or reading may look up, so the data are read in one pass per pair."""
    wanted: set[tuple[str, str, Span]] = set()
    for c in claims:
        if c.reporter is None or c.partner is None or c.period is None:
            continue
        p = c.period
        spans = {p, p.year_earlier(), p.year_to_date(), p.year_to_date().year_earlier()}
        for other in c.assumed_periods:  # the other readings of a period the text never stated
            spans.update({other, other.year_earlier(), other.previous()})
        if c.base is not None:
            spans.add(c.base)
        if p.is_month:
            spans.add(p.previous())
        else:
            last = Span(p.end, p.end)
            spans.update({last, last.year_earlier()})
        wanted.update((c.reporter, c.partner, s) for s in spans)
    return wanted


def _apply_internal(result: Result, note: str) -> None:
    result.explanation = (result.explanation + "; " if result.explanation else "") + note
    if result.verdict == "unverifiable":
        result.verdict = "ambiguous"
    elif result.verdict == "ambiguous" and "series may differ" in result.explanation:
        result.verdict = "wrong"
        result.severity = result.severity or "minor"
        result.explanation += "; wrong under every reading: the text's own figures disagree too"


def _period_text(c: Claim) -> str | None:
    """The claim's period; for a streak of n months, the n months of the run (semantics: the
    streak "for the fourth month in a row" in July covers April–July)."""
    if c.period is None:
        return None
    if c.kind == "streak" and c.unit == "month" and c.value and c.period.is_month:
        n = int(c.value)
        if 1 <= n <= 600:
            return str(Span(c.period.end - (n - 1), c.period.end))
    return str(c.period)


def _row(c: Claim, r: Result) -> dict[str, Any]:
    # a figure inside a quotation is its speaker's claim: said apart from the explanation
    quoted = next((n for n in c.notes if n.startswith(_QUOTED_NOTES)), None)
    notes = [n for n in c.notes if n is not quoted]
    return {
        "start": c.start,
        "end": c.end,
        "surface": c.surface,
        "kind": c.kind,
        "reporter": c.reporter,
        "partner": c.partner,
        "flow": c.flow,
        "period": _period_text(c),
        "base": str(c.base) if c.base else None,
        # a streak's count is how it is checked, not a figure of the series (semantics: null)
        "value": None if c.kind in ("streak", "superlative") else _value_text(c.value),
        "unit": c.unit,
        "currency": c.currency,
        "terms": c.terms or c.terms_implied,
        "hedge": c.hedge,
        "direction": c.direction,
        "source": c.source,
        "verdict": r.verdict,
        "severity": r.severity,
        "data_value": r.data_value,
        "claimed_interval": [_decimal(r.claimed.lo), _decimal(r.claimed.hi)] if r.claimed else None,
        "data_interval": [_decimal(r.data.lo), _decimal(r.data.hi)] if r.data else None,
        "reading": r.reading,
        "formula": r.formula,
        "derivation": r.derivation or None,
        "explanation": "; ".join([*notes, r.explanation]) if notes else r.explanation,
        "readings": r.readings,
        "sources": list(r.sources),
        "sentence": c.sentence,
        "quoted": _speaker(quoted),
    }


_QUOTED_NOTES = ("quoted from ", "inside a quotation")


def _speaker(note: str | None) -> str | None:
    """Who a quoted figure belongs to ("" when the text does not say), None when not quoted."""
    if note is None:
        return None
    return note.removeprefix("quoted from ") if note.startswith("quoted from ") else ""
