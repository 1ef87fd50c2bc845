"""Render a checked text for people (text, Markdown) and programs (JSON)."""

from __future__ import annotations

import html
import json
from typing import Any

import pandas as pd

__all__ = ["to_html", "to_json", "to_markdown", "to_text"]

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


def to_html(result: pd.DataFrame, text: str, title: str = "Fact check", intro: str = "") -> str:
    """One self-contained HTML page: the text with each claim highlighted by verdict, then each
    claim's arithmetic and the readings considered. All user text is escaped."""
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
    body.append("<h2>Claims, verdicts and arithmetic</h2>")
    if result.empty:
        body.append("<p>No quantitative trade claims found.</p>")
    items = []
    for i, r in enumerate(result.itertuples(index=False), 1):
        sev = f" ({html.escape(r.severity)})" if isinstance(r.severity, str) else ""
        readings = "".join(
            f"<li>{'reproduces it' if x.get('matches') else 'nearest'}: {html.escape(str(x['reading']))} "
            f"{html.escape(str(x['interval']))}</li>"
            for x in r.readings
        )
        items.append(
            f'<li id="claim-{i}"><p><mark class="{r.verdict}">[{i}] {html.escape(r.surface)}</mark> — '
            f"<strong>{html.escape(r.verdict)}</strong>{sev}; {html.escape(_subject(r))}</p>"
            f"<p>{html.escape(r.explanation)}</p>"
            + (f"<ul>{readings}</ul>" if readings else "")
            + "</li>"
        )
    body.append('<ol class="claims">' + "".join(items) + "</ol>")
    counts = summary(result)
    body.append(
        "<p>Summary: " + html.escape(", ".join(f"{n} {v}" for v, n in counts.items() if n)) + "</p>"
    )
    return _html_page(title, body)
