"""Render a checked text for people (text, Markdown, HTML) and programs (JSON).

For people, each claim is told in plain words, once: what the text says; what customs published
(value, period, source and date); the difference in the unit a reader uses (dollars for a
level, percentage points between two percentages); the most likely cause; the verdict; and a
corrected sentence where one can be written. Internal tokens (claim kinds, basis codes, country
codes, flags) appear only in the JSON.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import pandas as pd

from ..periods import Span
from .claims import OTHER_FLOW_NOTE, UNSIGNED_GAP_NOTE

__all__ = ["explain", "records", "summary", "to_html", "to_json", "to_markdown", "to_text"]

_MARK = {
    "correct": "CORRECT",
    "approx": "APPROX",
    "wrong": "WRONG",
    "ambiguous": "AMBIGUOUS",
    "unverifiable": "UNVERIFIABLE",
}
_VERDICT_WORDS = {
    "correct": "Correct.",
    "approx": "Approximately right: it holds only as a rounded figure.",
    "wrong": "Wrong.",
    "ambiguous": "Ambiguous: readings the text allows disagree.",
    "unverifiable": "Cannot be checked against the data.",
}
_COUNTRY = {
    "CHN": "China",
    "PRK": "North Korea",
    "KOR": "South Korea",
    "USA": "the United States",
    "JPN": "Japan",
    "RUS": "Russia",
    "WLD": "the world",
    "VNM": "Vietnam",
}
_FLOW_NOUN = {"export": "exports", "import": "imports", "total": "total trade"}
_BASIS = {"ytd": "year to date", "yoy": "year on year", "mom": "month on month"}


# -- JSON (the documented schema of ``tradestats check --format json``) -----------------------------
def _none(v: object) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and v != v:
        return None
    return v


def records(result: pd.DataFrame) -> list[dict[str, Any]]:
    """One JSON-ready dict per claim (the documented JSON schema of ``tradestats check``)."""
    out = []
    for r in result.itertuples(index=False):
        out.append(
            {
                "span": [int(r.start), int(r.end)],
                "surface": r.surface,
                "kind": r.kind,
                "subject": {
                    "reporter": _none(r.reporter),
                    "partner": _none(r.partner),
                    "flow": _none(r.flow),
                },
                "period": _none(r.period),
                "base": _none(r.base),
                "value": _none(r.value),
                "unit": _none(r.unit),
                "currency": _none(r.currency),
                "terms": _none(r.terms),
                "hedge": _none(r.hedge),
                "direction": _none(r.direction),
                "source": _none(r.source),
                "verdict": r.verdict,
                "severity": _none(r.severity),
                "data_value": _none(r.data_value),
                "claimed_interval": _none(r.claimed_interval),
                "data_interval": _none(r.data_interval),
                "reading": _none(r.reading),
                "formula": r.formula,
                "derivation": _none(getattr(r, "derivation", None)),
                "explanation": r.explanation,
                "readings": [x for x in r.readings if x.get("matches")],
                "considered": r.readings,
                "sources": r.sources,
                "quoted": _none(getattr(r, "quoted", None)),
            }
        )
    return out


def summary(result: pd.DataFrame) -> dict[str, int]:
    """Claims per verdict."""
    counts = result["verdict"].value_counts().to_dict() if len(result) else {}
    return {v: int(counts.get(v, 0)) for v in _MARK}


def to_json(result: pd.DataFrame, dateline: str | None = None) -> str:
    """The checked text as JSON: dateline, summary and one record per claim."""
    return json.dumps(
        {"dateline": dateline, "summary": summary(result), "claims": records(result)},
        ensure_ascii=False,
        indent=2,
    )


# -- plain words ---------------------------------------------------------------------------------
@dataclass
class Explained:
    """One claim in plain words: each field is one sentence, or empty when it does not apply."""

    quote: str  # the claim in its sentence
    says: str  # what the text says
    published: str  # what customs published
    difference: str  # in the reader's unit
    cause: str  # the most likely cause
    verdict: str  # the verdict in words
    corrected: str  # the sentence with the published figure, where one can be written

    def lines(self) -> list[tuple[str, str]]:
        pairs = [
            ("The text says", self.says),
            ("Customs published", self.published),
            ("Difference", self.difference),
            ("Most likely cause", self.cause),
            ("Verdict", self.verdict),
            ("Corrected", self.corrected),
        ]
        return [(k, v) for k, v in pairs if v]


@lru_cache(maxsize=1)
def _sources() -> dict[str, tuple[str, str, str]]:
    """source_id → (publisher, title, published) of the bundled sources table."""
    try:
        from ..data import load_sources

        s = load_sources()
    except Exception:  # noqa: BLE001 - no sources table: name sources by id
        return {}
    return {
        str(r.source_id): (
            str(r.publisher),
            str(r.title),
            str(r.published) if isinstance(r.published, str) else "",
        )
        for r in s.itertuples(index=False)
    }


def _source_words(ids: object) -> str:
    if not isinstance(ids, (list, tuple)) or not ids:
        return ""
    known = _sources()
    sid = str(ids[0])
    if sid not in known:
        return f"source {sid}"
    publisher, title, date = known[sid]
    title = re.sub(r"\s*\((?:via|citing|repost)[^)]*\)$", "", title).strip()
    return f"{publisher}, “{title}”" + (f", {date}" if date else "")


def _country(code: object) -> str:
    if not isinstance(code, str) or not code:
        return "an unnamed country"  # the text names no country for this side
    if code in _COUNTRY:
        return _COUNTRY[code]
    from ..sources.countries import country_name  # any other country or area by its name

    return country_name(code)


def _subject(r: Any) -> str:
    rep, par = _country(r.reporter), _country(r.partner)
    poss = f"{rep}'" if rep.endswith("s") else f"{rep}'s"
    return {
        "export": f"{poss} exports to {par}",
        "import": f"{poss} imports from {par}",
        "total": f"trade between {rep} and {par}",
        "balance": f"{poss} trade balance with {par}",
    }.get(r.flow if isinstance(r.flow, str) else "", f"{poss} trade with {par}")


def _when(period: object) -> str:
    if not isinstance(period, str):
        return "an unstated period"
    return _label(period)


@lru_cache(maxsize=1024)
def _label(period: str) -> str:
    """The words for a ``YYYY-MM/YYYY-MM`` span (a report repeats a few periods many times)."""
    try:
        return Span.parse(period).label
    except Exception:  # noqa: BLE001 - a label the parser does not know: print it as is
        return period


def _dec(x: object) -> Decimal | None:
    if x is None or (isinstance(x, float) and x != x):
        return None
    try:
        return Decimal(str(x))
    except InvalidOperation:
        return None


def _money(v: Decimal, step: Decimal | None = None) -> str:
    """$197.39 million, $2.3 billion, $29,000: a dollar figure as a reader writes it."""
    sign = "−" if v < 0 else ""
    a = abs(v)
    for scale, word in ((Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if step is None and word == "billion" and a < 10 * scale and a % (10 * 10**6):
            continue  # an exact figure: $1,027.72 million, not $1.03 billion
        if a >= scale:
            m = a / scale
            if step is not None and step > 0:
                places = max(0, -(step / scale).normalize().as_tuple().exponent)  # type: ignore[operator]
                m = m.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
            else:
                m = m.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
            return f"{sign}${m:,f} {word}"
    return f"{sign}${a.quantize(Decimal(1), rounding=ROUND_HALF_UP):,f}"


def _pct(v: Decimal) -> str:
    a = abs(v)
    if a.as_tuple().exponent < -2:  # type: ignore[operator]
        a = a.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{a.normalize():,f}%"


def _spct(v: Decimal) -> str:
    return ("−" if v < 0 else "") + _pct(v)


def _pp(v: Decimal) -> str:
    v = abs(v).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    return f"{v:f} percentage point" + ("" if v == 1 else "s")


def _percent_kind(r: Any) -> bool:
    return r.kind in ("change_pct", "share", "pp_change") or (
        r.kind == "ratio" and r.unit == "percent"
    )


def _quoting(says: str, quoted: object) -> str:
    """What the text says, with whom it quotes when the figure is inside a quotation."""
    if not isinstance(quoted, str) or not says:
        return says
    who = f"in the words of {quoted}" if quoted else "in a quotation"
    return f"{says.rstrip('.')} ({who})."


def _says(r: Any) -> str:
    subject = _subject(r)
    head = subject[:1].upper() + subject[1:]
    when = _when(r.period)
    if "the text states no period" in str(r.explanation):
        when += " (assumed: the text states no period)"
    base = f" compared with {_when(r.base)}" if isinstance(r.base, str) else ""
    v = _dec(r.value)
    up = r.direction == "up" or (v is not None and v > 0)
    hedge = f"{r.hedge} " if isinstance(r.hedge, str) else ""
    if r.kind in ("level", "balance"):
        plural = r.flow in ("export", "import") and r.kind == "level"
        verb = {"up": "rose to", "down": "fell to"}.get(r.direction, "were" if plural else "was")
        if r.kind == "balance" and v is not None:
            gap = "surplus" if v >= 0 else "deficit"
            if UNSIGNED_GAP_NOTE in str(r.explanation):
                gap = "gap"  # "trade gap", "imbalance": the text does not say which side
            return f"{_subject(r).replace('trade balance', 'trade ' + gap)} {verb} {hedge}{r.surface} in {when}{base}."
        return f"{head} {verb} {hedge}{r.surface} in {when}{base}."
    if r.kind == "change_pct" and v is not None:
        return f"{head} {'rose' if up else 'fell'} {hedge}{_pct(v)} in {when}{base}."
    if r.kind == "change_abs":
        return f"{head} {'rose' if up else 'fell'} by {hedge}{r.surface} in {when}{base}."
    if r.kind == "share" and v is not None:
        return f"{head} made up {hedge}{_pct(v)} of the whole in {when}."
    if r.kind == "pp_change" and v is not None:
        return f"A share moved {_pp(v)} in {when}{base}."
    if r.kind == "ratio" and v is not None:
        if r.unit == "percent":
            return f"{head} in {when} came to {hedge}{_pct(v)} of the level of {_when(r.base)}."
        other = re.search(re.escape(OTHER_FLOW_NOTE) + r"([a-z ]+)", str(r.explanation))
        if other:  # "exports were seven times imports"
            return f"{head} in {when} came to {hedge}{v.normalize():f} times {other.group(1)}."
        return (
            f"{head} in {when} came to {hedge}{v.normalize():f} times the level of {_when(r.base)}."
        )
    if r.kind == "superlative":
        word = "lowest" if r.direction == "down" else "highest"
        since = f" since {_when(r.base)}" if isinstance(r.base, str) else ""
        event = re.search(r"\bsince\s+(.+)$", str(r.surface))
        if not since and event:  # "since the border closure": the event as the text names it
            since = f" since {event.group(1)}"
        elif not since and re.search(r"\b(?:record|ever)\b", str(r.surface)):
            since = " on record"
        verb = "were" if r.flow in ("export", "import") else "was"
        return f"{head} in {when} {verb} the {word}{since}."
    if r.kind == "streak":
        n = f"{int(v)} months" if v is not None and v == v.to_integral_value() else "several months"
        way = "down" if r.direction == "down" else "up"
        return f"{head} moved {way} from month to month for {n} in a row, up to {when}."
    return f"“{r.surface}” about {subject}, {when}."


def _scrub(text: str) -> str:
    """Internal tokens out of a sentence meant for people."""
    text = re.sub(r",? ?flagged [a-z_;]+", "", text)
    text = text.replace("CNY", "yuan")
    text = re.sub(r"\b(ytd|yoy|mom)\b", lambda m: _BASIS[m.group(1)], text)
    text = re.sub(
        r"\b([A-Z]{3})[→–-]([A-Z]{3})\b",
        lambda m: f"{_country(m.group(1))}–{_country(m.group(2))}",
        text,
    )
    for token in ("change_pct", "change_abs", "pp_change"):
        text = text.replace(token, "change")
    return text


def _level_words(money: str, when: str, derivation: object, by: str) -> str:
    """What customs published for a level, saying how a figure not printed as one was obtained."""
    text = str(derivation) if isinstance(derivation, str) else ""
    if not text or text == "reported":
        return f"{money} for {when}{by}."
    if text == "exports − imports":
        return f"exports and imports that give {money} for {when}{by}."
    if text.startswith("sum of"):
        return f"no single figure for {when}; the {text.removeprefix('sum of ')} it published add up to {money}{by}."
    formula = text.removeprefix("derived: ")
    return f"no single figure for {when}; its published figures give {money} ({formula}){by}."


def _published(r: Any) -> str:
    dv = _dec(r.data_value)
    when = _when(r.period)
    src = _source_words(r.sources)
    by = f" ({src})" if src else ""
    if r.kind in ("superlative", "streak") and r.verdict != "unverifiable":
        return _scrub(str(r.explanation)).rstrip(".") + "."
    if r.verdict == "unverifiable" or dv is None:
        return ""
    if r.kind in ("level", "balance"):
        return _level_words(_money(dv), when, getattr(r, "derivation", None), by)
    if r.kind == "change_abs":
        return f"figures that differ by {_money(dv)} between {_when(r.base)} and {when}{by}."
    if r.kind == "change_pct":
        how = "computed from its figures" if "/" in str(r.formula) else "as printed with the figure"
        word = "a rise" if dv > 0 else "a fall" if dv < 0 else "no change"
        return f"{word} of {_pct(dv)} for {when} against {_when(r.base)}, {how}{by}."
    if r.kind in ("share", "pp_change") or (r.kind == "ratio" and r.unit == "percent"):
        return f"figures that give {_pct(dv)} for {when}{by}."
    if r.kind == "ratio":
        times = dv.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP).normalize()
        other = re.search(re.escape(OTHER_FLOW_NOTE) + r"([a-z ]+)", str(r.explanation))
        against = other.group(1) if other else _when(r.base)
        return f"figures that give {times:f} times for {when} against {against}{by}."
    return ""


def _difference(r: Any) -> str:
    v, dv = _dec(r.value), _dec(r.data_value)
    if (
        v is None
        or dv is None
        or r.verdict in ("unverifiable", "correct")
        or r.kind in ("superlative", "streak")
    ):
        return ""
    gap = v - dv
    if gap == 0:
        return ""
    if r.kind in ("level", "balance", "change_abs"):
        more = "more" if gap > 0 else "less"
        share = abs(gap) / abs(dv) * 100 if dv else None
        rel = (
            ""
            if share is None
            else " (under 0.1%)"
            if share < Decimal("0.1")
            else f" ({share:.1f}%)"
        )
        return f"The text's figure is {_money(abs(gap))} {more} than the published one{rel}."
    if _percent_kind(r):
        return f"{_pp(gap)} apart ({_spct(v)} in the text, {_spct(dv)} published)."
    return (
        f"{abs(gap).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP).normalize():f} times apart."
    )


def _cause(r: Any) -> str:
    if r.verdict == "ambiguous":
        return _ambiguity(str(r.explanation))
    if r.verdict in ("correct", "unverifiable") or r.kind in ("superlative", "streak"):
        return ""
    if r.reading == "truncation":
        return "Rounding: the writer cut the published figure off instead of rounding it."
    if r.reading == "loose":
        return "Rounding: the text gives a round number for the published figure."
    if "the text says it" in str(r.explanation) and "but the data show" in str(r.explanation):
        return "The direction: customs' figures moved the other way."
    readings = [x for x in r.readings if x.get("matches")] or list(r.readings)[:1]
    if not readings:
        if r.kind in ("superlative", "streak"):
            return _scrub(str(r.explanation)).rstrip(".") + "."
        return "No other reading of the data reproduces the figure."
    x = readings[0]
    desc = str(x["reading"])
    lead = "" if x.get("matches") else "Nearest, though it does not reproduce it: "
    if "source" in x and not x.get("matches"):
        who = _source_words([x["source"]]) or "another publication"
        return (
            "No reading of the data reproduces the figure; the nearest is a version printed by "
            f"{who}."
        )
    if "source" in x:
        who = _source_words([x["source"]]) or "another publication"
        trust = {
            0: "from the official release",
            1: "from a compilation of it",
            2: "a secondary re-quote",
        }.get(int(x.get("trust", 1)), "")
        what = "change" if "change" in desc.split(":")[0] else "figure"
        return (
            f"{lead}The text repeats another published version of the {what}, "
            f"printed by {who} ({trust}); customs' preferred figure differs (a revision or a "
            f"different release)."
        )
    m = re.match(r"the figure of (.+) pinned to (.+?) \(", desc)
    if m:
        return (
            f"{lead}A correct figure pinned to the wrong period: it is the figure for "
            f"{m.group(1)}, not {m.group(2)}."
        )
    m = re.match(
        r"(exports|imports|total trade|the balance) instead of (exports|imports|total trade|the balance)",
        desc,
    )
    if m:
        return f"{lead}Another series: the figure matches {m.group(1)}, not {m.group(2)}."
    if desc.startswith("month on month instead of year on year"):
        return f"{lead}Another base: the change is against the previous month, not the same period a year earlier."
    if desc.startswith("year on year instead of month on month"):
        return f"{lead}Another base: the change is against the same month a year earlier, not the previous month."
    if desc.startswith("the cumulative"):
        return f"{lead}Another period: the figure is the cumulative total since January, not the single month."
    if " alone instead of " in desc:
        return f"{lead}Another period: the figure is for the last month alone."
    m = re.match(r"the text's own rounded (.+) against the data's base", desc)
    if m:
        return (
            f"{lead}Arithmetic on a rounded figure: the change was worked out from the text's "
            f"own {m.group(1)}, not the exact published figure."
        )
    if "higher' as" in desc:
        return f"{lead}“Times higher” read as “times as much” plus one: {_scrub(desc)}."
    return f"{lead}{_scrub(desc)}."


_AMBIGUITY = (
    "it holds when read as",
    "the text cites",
    "currency conversion",
    "times as much",
    "holds only month on month",
    "only against the same months",
    "give the publication date",
    "not called wrong on a guessed period",
)


def _ambiguity(explanation: str) -> str:
    """The reason a claim is ambiguous: the clause of the explanation that says which readings
    disagree."""
    parts = [p.strip() for p in explanation.split(";") if p.strip()]
    for p in reversed(parts):
        if any(key in p for key in _AMBIGUITY):
            text = _scrub(p).rstrip(".")
            return text[:1].upper() + text[1:] + "."
    return _scrub(parts[-1]).rstrip(".") + "." if parts else ""


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    s = left + 1 if left >= 0 else 0
    while s < start and text[s] in " \n":
        s += 1
    right = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    e = min(right) + 1 if right else len(text)
    return s, e


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _corrected(r: Any, text: str) -> str:
    if r.verdict not in ("wrong", "approx") or r.kind in ("superlative", "streak", "ratio"):
        return ""
    v, dv = _dec(r.value), _dec(r.data_value)
    if v is None or dv is None or (v > 0) != (dv > 0) and dv != 0 and v != 0:
        return ""  # the other way round: a number cannot fix the verb
    if _cause(r).startswith(("A correct figure pinned", "The direction")):
        return ""  # the period or the verb is what is wrong, not the number
    surface = str(r.surface)
    spoken = bool(re.search(r"[a-z]-\d|\d-[a-z]|point-|[a-z]-[a-z]", surface))
    if r.kind in ("level", "balance", "change_abs"):
        iv = r.claimed_interval
        step = None
        if isinstance(iv, (list, tuple)) and len(iv) == 2:
            step = (Decimal(str(iv[1])) - Decimal(str(iv[0]))).copy_abs()
        new = _money(abs(dv), step if step else None)
        m = re.search(
            r"(?:US\$|USD ?|\$)?\s?\d[\d,]*(?:\.\d+)?\s?(?:billion|million|thousand|bn|mn|m\b|k\b)?",
            surface,
        )
        if spoken:
            replacement = new.replace("$", "") + " dollars" if "dollars" in surface else new
        elif m and any(c.isdigit() for c in surface):
            replacement = surface[: m.start()] + new + surface[m.end() :]
            if "dollars" in surface:
                replacement = replacement.replace("$", "").replace(" dollars", "") + " dollars"
        else:
            replacement = new
        if (
            _dec(_NUMBER.search(new.replace(",", "")).group(0) if _NUMBER.search(new) else None)
            is None
        ):
            return ""
    elif _percent_kind(r):
        places = max(0, -dv.normalize().as_tuple().exponent)  # type: ignore[operator]
        if "/" in str(r.formula):  # computed, not printed: one decimal, as customs prints
            places = min(places, 1)
        number = f"{abs(dv).quantize(Decimal(1).scaleb(-min(places, 2)), rounding=ROUND_HALF_UP):f}"
        m = _NUMBER.search(surface)
        replacement = (
            surface[: m.start()] + number + surface[m.end() :]
            if m and not spoken
            else f"{number} percent"
        )
    else:
        return ""
    s, e = _sentence_around(text, int(r.start), int(r.end))
    sentence = text[s : int(r.start)] + replacement + text[int(r.end) : e]
    return "“" + " ".join(sentence.split()) + "”"


def explain(r: Any, text: str) -> Explained:
    """One claim of a checked text (a row of :func:`~tradestats.check.run.check_text`) in plain
    words."""
    s, e = _sentence_around(text, int(r.start), int(r.end))
    left = " ".join(text[s : int(r.start)].split())
    right = " ".join(text[int(r.end) : e].split())
    if len(left) > 90:  # a long sentence: the words around the figure are enough
        left = "…" + left[-80:].split(" ", 1)[-1]
    if len(right) > 90:
        right = right[:80].rsplit(" ", 1)[0] + "…"
    gap = "" if right[:1] in tuple(",.;:)!?") else " "
    quote = f"{left} «{' '.join(text[int(r.start) : int(r.end)].split())}»{gap}{right}".strip()
    verdict = _VERDICT_WORDS.get(r.verdict, r.verdict)
    if r.verdict == "wrong" and r.severity == "gross":
        verdict = "Wrong, grossly (the direction or the order of magnitude)."
    if r.verdict == "correct" and r.kind not in ("superlative", "streak"):
        verdict = "Correct: the published figure rounds to what the text says."
    if r.verdict == "correct" and r.kind in ("superlative", "streak"):
        verdict = "Correct."
    if r.verdict == "unverifiable":
        verdict = verdict.rstrip(".") + ": " + _scrub(str(r.explanation)).rstrip(".") + "."
    return Explained(
        quote=quote,
        says=_quoting(_says(r), getattr(r, "quoted", None)),
        published=_published(r),
        difference=_difference(r),
        cause=_cause(r),
        verdict=verdict,
        corrected=_corrected(r, text),
    )


# -- renderers -----------------------------------------------------------------------------------
def _summary_line(result: pd.DataFrame) -> str:
    words = {"approx": "approximately right"}
    return ", ".join(f"{n} {words.get(v, v)}" for v, n in summary(result).items() if n)


def to_text(result: pd.DataFrame, text: str) -> str:
    """A plain-text report: each claim in its sentence, then the verdict in plain words."""
    if result.empty:
        return "No quantitative trade claims found.\n"
    lines = []
    for i, r in enumerate(result.itertuples(index=False), 1):
        x = explain(r, text)
        lines.append(f"[{i}] {_MARK[r.verdict]} — {x.quote}")
        for label, value in x.lines():
            lines.append(f"    {label}: {value}")
        lines.append("")
    lines.append("Summary: " + _summary_line(result))
    return "\n".join(lines) + "\n"


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def to_markdown(result: pd.DataFrame, text: str) -> str:
    """A Markdown report: a table of claims and verdicts, then each claim in plain words."""
    if result.empty:
        return "No quantitative trade claims found.\n"
    lines = ["| # | claim | subject | verdict |", "|---|---|---|---|"]
    for i, r in enumerate(result.itertuples(index=False), 1):
        subject = f"{_subject(r)}, {_when(r.period)}"
        lines.append(
            f"| {i} | {_md(r.surface)} | {_md(subject)} | **{_MARK[r.verdict].lower()}** |"
        )
    lines.append("")
    # Each claim's account is a block quote: it restates the checked text and the data, so a
    # checker reading this page (tradestats check on a report) leaves it alone.
    for i, r in enumerate(result.itertuples(index=False), 1):
        x = explain(r, text)
        lines.append(f"> **[{i}] {_md(r.surface)}** — {_md(x.quote)}")
        lines.append(">")
        for label, value in x.lines():
            lines.append(f"> - *{label}:* {_md(value)}")
        lines.append("")
    lines.append("Summary: " + _summary_line(result) + ".")
    return "\n".join(lines) + "\n"


def to_html(result: pd.DataFrame, text: str, title: str = "Fact check", intro: str = "") -> str:
    """One self-contained HTML page: the text with each claim highlighted by verdict, then each
    claim in plain words. All user text is escaped."""
    from ..report import _html_page

    parts, pos = [], 0
    for i, r in enumerate(result.itertuples(index=False), 1):
        s, e = int(r.start), int(r.end)
        if s < pos:
            continue
        parts.append(html.escape(text[pos:s]))
        parts.append(
            f'<mark class="{r.verdict}" title="{html.escape(r.verdict)}">{html.escape(text[s:e])}'
            f"<sup>[{i}]</sup></mark>"
        )
        pos = e
    parts.append(html.escape(text[pos:]))
    body = [f"<h1>{html.escape(title)}</h1>"]
    if intro:
        body.append(f"<p>{html.escape(intro)}</p>")
    legend = " ".join(f'<mark class="{v}">{v}</mark>' for v in _MARK)
    body.append(f"<p>Verdicts: {legend}</p>")
    body.append("<h2>The text checked</h2>")
    body.append("<blockquote>" + "".join(parts).replace("\n", "<br>") + "</blockquote>")
    body.append("<h2>Claims and verdicts</h2>")
    if result.empty:
        body.append("<p>No quantitative trade claims found.</p>")
    items = []
    for i, r in enumerate(result.itertuples(index=False), 1):
        x = explain(r, text)
        rows = "".join(
            f"<dt>{html.escape(label)}</dt><dd>{html.escape(value)}</dd>"
            for label, value in x.lines()
        )
        items.append(
            f'<li id="claim-{i}"><p><mark class="{r.verdict}">[{i}] {html.escape(r.surface)}</mark> — '
            f"<strong>{html.escape(_MARK[r.verdict].lower())}</strong></p><dl>{rows}</dl></li>"
        )
    body.append('<ol class="claims">' + "".join(items) + "</ol>")
    body.append("<p>Summary: " + html.escape(_summary_line(result)) + "</p>")
    return _html_page(title, body)
