"""Claims of a table: each figure's flow, period and base come from its column and row headers.

A cell is read with the headers of its column (first row) and of its row (first cell):
"Exports" or "Imports change" give the flow, "2016" or "Jan–Feb 2020" the period, "change",
"y/y" or "% chg" make a percentage a change on the same span a year earlier (or on the other
period column of the table, when the table compares two), "share" makes it a share. A header
the vocabulary does not know leaves the cell out: a table of checked claims or of product names
is not a table of trade figures. What the headers leave open (the pair of countries, the period
of a table with none in its headers) comes from the document model of the text around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from ..periods import Span
from . import vocabulary as V
from .claims import Claim
from .dates import find_periods
from .quantities import Quantity, UnitCaption, cell_quantity, find_quantities, find_unit_caption

__all__ = ["TableContext", "inline_table", "series_table", "table_claims"]

_BARE_YEAR = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s*$")
_ISO_MONTH = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])\s*$")
_MINUS = re.compile(r"[-−–]\s*$")
_PLUS = re.compile(r"\+\s*$")


@dataclass
class TableContext:
    """What the text around a table says: the pair, the period, the source and the dateline."""

    reporter: str | None
    partner: str | None
    period: Span | None
    dateline: pd.Period | None
    source: str | None = None
    unit: UnitCaption | None = None  # "US$ million" said just before the table, for bare cells
    flow: str | None = None  # the series when no header names one (an inline table's lead)
    flip: bool = False  # headers written from the partner's side ("North Korea's exports")


def header_period(text: str, dateline: pd.Period | None, current: Span | None) -> Span | None:
    """The span a header names: "2016", "2020-03", "Jan–Feb 2020", "first half of 2019"."""
    m = _BARE_YEAR.match(text)
    if m:
        y = int(m.group("y"))
        return Span(pd.Period(f"{y}-01", freq="M"), pd.Period(f"{y}-12", freq="M"))
    m = _ISO_MONTH.match(text)
    if m:
        p = pd.Period(f"{m.group('y')}-{m.group('m')}", freq="M")
        return Span(p, p)
    mentions = find_periods(text) or find_periods(f"in {text}")
    for mention in mentions:
        if mention.same:
            continue
        span = mention.resolve(dateline, current)
        if span is not None:
            return span
    return None


def _flow(text: str) -> tuple[str, str | None] | None:
    m = V.FLOW.search(text)
    if m is None:
        if V.TABLE_BALANCE.search(text):
            return "balance", None
        if V.TABLE_TOTAL.search(text):
            return "total", None
        return None
    word = V.flow_of(m)
    if word in ("deficit", "surplus", "gap"):
        return "balance", ("deficit" if word == "gap" else word)
    if word == "shipment":
        return "export", None
    return word, None


def _cell_quantities(
    text: str, a: int, b: int, col_head: str, row_head: str, unit: UnitCaption | None
) -> list[Quantity]:
    """The figures of a cell; a bare number ("539.06") in the unit its column header, its row
    header or the line before the table declares ("US$ million"), when one does."""
    found = find_quantities(text[a:b])
    if found and any(q.unit is not None for q in found):
        return found
    declared = find_unit_caption(col_head) or find_unit_caption(row_head) or unit
    if declared is None:
        return found
    q = cell_quantity(text[a:b], declared)
    return found if q is None else [q]


def table_claims(
    text: str,
    rows: tuple[tuple[tuple[int, int], ...], ...],
    ctx: TableContext,
    claim_factory: Callable[..., Claim] = Claim,
) -> list[Claim]:
    """The claims of the figures of one table.

    Parameters
    ----------
    text
        The document text the cell spans index.
    rows
        Cells of each row as ``(start, end)`` spans; the first row is the header.
    ctx
        The document model at the table: pair, current period, dateline, source.

    Returns
    -------
    list of Claim
        One claim per figure whose flow the headers (or the text around) determine.
    """
    if len(rows) < 2:
        return []
    header = [text[a:b] for a, b in rows[0]]
    col_periods = [header_period(h, ctx.dateline, ctx.period) for h in header]
    period_cols = [i for i, p in enumerate(col_periods) if p is not None]
    # beside two period columns, a change (or a bare percentage) is the later against the earlier
    spans = sorted(col_periods[i] for i in period_cols)  # type: ignore[type-var]
    later = spans[-1] if spans else None
    earlier = spans[0] if len(spans) > 1 else None
    claims: list[Claim] = []
    for row in rows[1:]:
        if not row:
            continue
        row_head = text[row[0][0] : row[0][1]]
        row_has_figure = bool(find_quantities(row_head))
        row_period = None if row_has_figure else header_period(row_head, ctx.dateline, ctx.period)
        row_flow = None if row_has_figure else _flow(row_head)
        for c, (a, b) in enumerate(row):
            if c == 0 and not row_has_figure:
                continue
            col_head = header[c] if c < len(header) else ""
            flow = _flow(col_head) or row_flow
            if flow is not None and ctx.flip:
                flow = (_FLIP.get(flow[0], flow[0]), _FLIP.get(flow[1] or "", flow[1]))
            if flow is None and ctx.flow is not None:
                flow = (ctx.flow, None)
            if flow is None:
                continue
            own = (col_periods[c] if c < len(col_periods) else None) or row_period
            change = bool(V.TABLE_CHANGE.search(col_head))
            share = bool(V.TABLE_SHARE.search(col_head))
            for q in _cell_quantities(text, a, b, col_head, row_head, ctx.unit):
                period, base = own, None
                if (
                    own is None
                    and later is not None
                    and (change or (q.unit == "percent" and not share))
                ):
                    period, base = later, earlier  # "change" or "% " beside two period columns
                period = period or ctx.period
                if period is None:
                    continue
                start, end = a + q.start, a + q.end
                kind, unit, value = "level", q.unit, q.value
                direction = None
                if flow[0] == "balance":
                    kind = "balance"
                    if flow[1] == "deficit" or _MINUS.search(text[a:start]):
                        value = -value
                if q.unit in ("percent", "pp") and share:
                    kind = "share"
                elif q.unit == "percent" and (change or kind == "level"):
                    kind = "change_pct"
                    if _MINUS.search(text[a:start]):
                        direction, value = "down", -value
                    else:
                        direction = "up" if value != 0 else None
                elif q.unit == "times":
                    kind = "ratio"
                if kind == "level" and q.unit != "money":
                    continue
                claim = claim_factory(
                    start=start,
                    end=end,
                    surface=text[start:end],
                    kind=kind,
                    quantity=q,
                    value=value,
                    unit=unit,
                    reporter=ctx.reporter,
                    partner=ctx.partner,
                    flow=flow[0],
                    period=period,
                    source=ctx.source,
                    direction=direction,
                    gap=flow[1],
                )
                if q.unit == "money":
                    claim.currency = q.currency or ("USD" if q.scale or "$" in q.surface else None)
                if kind in ("change_pct", "ratio"):
                    claim.base = base or (
                        period.previous()
                        if V.BASE_MOM.search(col_head) and period.is_month
                        else period.year_earlier()
                    )
                    claim.terms_implied = "USD"
                claims.append(claim)
    return claims


_FLIP = {"export": "import", "import": "export", "surplus": "deficit", "deficit": "surplus"}

# -- a table written inside a sentence ----------------------------------------------------------
#: An item of an inline table: cells joined by bars ("2021 | 318.04", "Year | Exports | Imports"),
#: items apart by semicolons, line breaks or a spaced dash ("— Jun 2022 | … — Jul 2022 | …").
_INLINE_ITEM = re.compile(r"[^|;\n—–\s](?:(?!\s[—–]\s)[^|;\n])*(?:\|(?:(?!\s[—–]\s)[^|;\n])+)+")
#: A cell that names its own column before its figure: "exports 19.05", "imports: 2.00".
_NAMED_CELL = re.compile(r"\s*(?P<name>[A-Za-z][\w -]*?)\s*:?\s+(?=[-+−]?[\d.,]+\s*$)")
#: Where the lead ends and the first row label starts: "… (US$ million): 2020 | …"
_LEAD_END = re.compile(r".*(?:[:—–]|\s-)\s*", re.S)


def inline_table(
    text: str, start: int, end: int, dateline: pd.Period | None = None
) -> tuple[int, tuple[tuple[tuple[int, int], ...], ...]] | None:
    """A table written inside a sentence, as rows of cell spans, and where its lead ends.

    "China's trade with North Korea (US$ million): 2020 | 539.06; 2021 | 318.04" is a table of
    one column: each item is a row, its label the period, its cell the figure; the lead before
    the first label says the series and the unit. A first item of words ("Year | Exports |
    Imports") is the header row. None unless at least two rows have the same number of cells
    and every row label names a period.

    Returns
    -------
    (lead end, rows)
        Rows of ``(start, end)`` spans; the first row is the header (when the text writes
        none, an empty label cell and the lead's flow word, or an empty cell).
    """
    if text.find("|", start, end) < 0:
        return None
    items = [(m.start(), m.end()) for m in _INLINE_ITEM.finditer(text, start, end)]
    if len(items) < 2:
        return None
    a0 = items[0][0]
    lead = _LEAD_END.match(text, start, text.find("|", a0, end))
    lead_end = lead.end() if lead is not None and lead.end() > a0 else a0
    items[0] = (lead_end, items[0][1])
    rows = []
    for a, b in items:
        cells, at = [], a
        for part in text[a:b].split("|"):
            raw = part.rstrip(". ") if at + len(part) >= b else part
            left = len(raw) - len(raw.lstrip())
            cells.append((at + left, at + len(raw.rstrip())))
            at += len(part) + 1
        rows.append(tuple(cells))
    width = len(rows[0])
    if any(len(r) != width for r in rows) or any(c[0] >= c[1] for r in rows for c in r):
        return None
    header, rows = _named_columns(text, rows)
    first = [text[x:y] for x, y in rows[0]]
    if (
        header is None
        and not find_quantities(" ".join(first[1:]))
        and not any(re.fullmatch(r"[-+−]?[\d.,]+", c.strip()) for c in first[1:])
    ):
        header, rows = rows[0], rows[1:]
    if len(rows) < 2 and header is None:
        return None
    if not rows or any(
        header_period(text[r[0][0] : r[0][1]], dateline, None) is None for r in rows
    ):
        return None
    if header is None:
        m = V.FLOW.search(text, start, lead_end)
        flow_cell = (m.start(), m.end()) if m is not None else (lead_end, lead_end)
        header = ((lead_end, lead_end), *([flow_cell] * (width - 1)))
    return lead_end, (header, *rows)


def _named_columns(
    text: str, rows: list[tuple[tuple[int, int], ...]]
) -> tuple[tuple[tuple[int, int], ...] | None, list[tuple[tuple[int, int], ...]]]:
    """ "Jun 2022 | exports 19.05 | imports 2.00 — Jul 2022 | exports 59.74 | imports 12.00":
    each cell names its column (the same flow word in every row); the first row's names are
    the header and the cells keep only their figures. (None, rows) when the cells name none."""
    names: list[tuple[int, int]] = []
    cut_rows = []
    for r in rows:
        cells = [r[0]]
        for i, (a, b) in enumerate(r[1:]):
            m = _NAMED_CELL.match(text, a, b)
            if m is None or V.FLOW.fullmatch(m.group("name")) is None:
                return None, rows
            if not names or len(names) <= i:
                names.append((m.start("name"), m.end("name")))
            elif m.group("name").lower() != text[names[i][0] : names[i][1]].lower():
                return None, rows
            cells.append((m.end(), b))
        cut_rows.append(tuple(cells))
    return ((rows[0][0][0], rows[0][0][0]), *names), cut_rows


# -- a chart caption's series -------------------------------------------------------------------
#: "China's exports to N. Korea, $m, 2020–2024 — 491.1 / 260.2 / 894.0 / 2,003.5 / 1,830.0": a lead
#: naming the series, its unit and a span of years, then one bare figure a year apart by slashes.
_SERIES = re.compile(
    r"(?P<lead>.*?\b(?P<y1>(?:19|20)\d\d)\s*(?:[-–—]|to)\s*(?P<y2>(?:19|20)\d\d)\b[^\d/]*?)"
    r"\s*[—–:]\s*(?P<values>[-+−]?\d[\d.,]*(?:\s*/\s*[-+−]?\d[\d.,]*)+)\s*\.?\s*",
    re.S,
)
_SERIES_VALUE = re.compile(r"[-+−]?\d[\d.,]*\d|\d")


def series_table(text: str, start: int, end: int) -> tuple[str, dict[int, int]] | None:
    """A chart caption's series of yearly figures, written as an inline table.

    "Exports to N. Korea, $m, 2020–2024 — 491.1 / 260.2 / 894.0 / 2,003.5 / 1,830.0" holds one
    figure for each year of the span, in order; it is read as "… $m, 2020–2024: 2020 | 491.1;
    2021 | 260.2; …" (:func:`inline_table`). None unless the figures are exactly as many as the
    years.

    Returns
    -------
    (table text, offsets)
        The text of the inline table (its lead is the caption's, unchanged) and, for each position
        of that text inside a figure, its position in ``text``.
    """
    m = _SERIES.fullmatch(text, start, end)
    if m is None:
        return None
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    values = list(_SERIES_VALUE.finditer(text, m.start("values"), m.end("values")))
    if y2 <= y1 or len(values) != y2 - y1 + 1:
        return None
    lead = text[start : m.end("lead")]
    out = lead + ": "
    offsets = {i: start + i for i in range(len(lead))}
    for k, v in enumerate(values):
        if k:
            out += "; "
        out += f"{y1 + k} | "
        for i in range(v.end() - v.start()):
            offsets[len(out) + i] = v.start() + i
        offsets[len(out) + v.end() - v.start()] = v.end()
        out += v.group(0)
    return out, offsets
