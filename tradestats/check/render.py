"""Render a checked text for people (text, Markdown) and programs (JSON)."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

__all__ = ["to_json", "to_markdown", "to_text"]

_MARK = {
    "correct": "CORRECT",
    "approx": "APPROX",
    "wrong": "WRONG",
    "ambiguous": "AMBIGUOUS",
    "unverifiable": "UNVERIFIABLE",
}


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
                "explanation": r.explanation,
                "readings": [x for x in r.readings if x.get("matches")],
                "considered": r.readings,
                "sources": r.sources,
            }
        )
    return out


def summary(result: pd.DataFrame) -> dict[str, int]:
    counts = result["verdict"].value_counts().to_dict() if len(result) else {}
    return {v: int(counts.get(v, 0)) for v in _MARK}


def to_json(result: pd.DataFrame, dateline: str | None = None) -> str:
    return json.dumps(
        {"dateline": dateline, "summary": summary(result), "claims": records(result)},
        ensure_ascii=False,
        indent=2,
    )


def _subject(r: Any) -> str:
    flow = {
        "export": "exports",
        "import": "imports",
        "total": "total trade",
        "balance": "balance",
    }.get(r.flow, r.flow or "?")
    pair = f"{r.reporter or '?'}→{r.partner or '?'}"
    when = r.period or "period unknown"
    base = f" vs {r.base}" if isinstance(r.base, str) else ""
    return f"{r.kind}, {flow} {pair}, {when}{base}"


def to_text(result: pd.DataFrame, text: str) -> str:
    """A plain-text report: each claim in context, its verdict and the arithmetic."""
    if result.empty:
        return "No quantitative trade claims found.\n"
    lines = []
    for i, r in enumerate(result.itertuples(index=False), 1):
        s, e = int(r.start), int(r.end)
        left = text[max(0, s - 50) : s].replace("\n", " ")
        right = text[e : e + 30].replace("\n", " ")
        verdict = _MARK[r.verdict] + (f" ({r.severity})" if isinstance(r.severity, str) else "")
        lines.append(f"[{i}] …{left}«{text[s:e]}»{right}…")
        lines.append(f"    {_subject(r)}")
        lines.append(f"    {verdict}: {r.explanation}")
        for reading in r.readings:
            if reading.get("matches"):
                lines.append(
                    f"    reading that reproduces it: {reading['reading']} {reading['interval']}"
                )
        lines.append("")
    counts = summary(result)
    lines.append("Summary: " + ", ".join(f"{n} {v}" for v, n in counts.items() if n))
    return "\n".join(lines) + "\n"


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def to_markdown(result: pd.DataFrame, text: str) -> str:
    """A Markdown report: a table of claims, then the arithmetic of each."""
    if result.empty:
        return "No quantitative trade claims found.\n"
    lines = ["| # | claim | subject | verdict |", "|---|---|---|---|"]
    for i, r in enumerate(result.itertuples(index=False), 1):
        verdict = r.verdict + (f" ({r.severity})" if isinstance(r.severity, str) else "")
        lines.append(f"| {i} | {_md(r.surface)} | {_md(_subject(r))} | **{verdict}** |")
    lines.append("")
    for i, r in enumerate(result.itertuples(index=False), 1):
        lines.append(f"**[{i}] {_md(r.surface)}** — {r.verdict}. {_md(r.explanation)}")
        matches = [x for x in r.readings if x.get("matches")]
        for reading in matches:
            lines.append(f"- reproduced by {_md(reading['reading'])} {reading['interval']}")
        lines.append("")
    counts = summary(result)
    lines.append("Summary: " + ", ".join(f"{n} {v}" for v, n in counts.items() if n) + ".")
    return "\n".join(lines) + "\n"
