"""Reproducible reports: a small declarative file in; Markdown, SVG charts with the CSV of their
numbers, and one self-contained HTML page out, byte for byte the same whenever the data are.

A report lives in ``reports/<name>/report.toml``::

    title = "China–North Korea trade, January–February 2020"
    dataset = "china_dprk"
    reporter = "CHN"
    partner = "PRK"

    [[sections]]
    heading = "The figures"
    kind = "summary"            # sentences written from the data (checked before writing)
    period = "2020-01/02"
    base = "2019-01/02"

    [[sections]]
    kind = "chart"              # monthly | annual | yoy | comparison | products
    chart = "comparison"
    period = "2020-01/02"
    caption = "…"

    [[sections]]
    kind = "table"              # comparison | annual | coverage
    table = "annual"
    start = 2016

    [[sections]]
    kind = "text"               # prose of our own, without figures
    text = "…"

    [factcheck]                 # optional: a fact-check page beside the report
    title = "…"
    article = "…"               # the article checked: headline, author, outlet, date, url
    author = "…"
    outlet = "…"
    date = "2020-06-17"
    text = "…"

``build_report`` writes ``index.md``, ``index.html``, ``figures/NN-kind.svg`` with
``figures/NN-kind.csv`` (and ``fact-check.md``, ``fact-check.html``). Every sentence written
from the data, chart headlines included, is checked with the checker first and the build fails
unless each claim is correct. Nothing carries a timestamp; charts are written with fixed
metadata and SVG hash salt.

The report is written into a hidden staging folder and swapped in with two renames; a build
killed at any instant leaves the old report or the new one (perhaps under ``.NAME-old``), and
the next build puts back or removes whatever a killed one left.
"""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from ..atomic import write_bytes
from ..compare import compare
from ..countries import resolve_country
from ..coverage import coverage
from ..data import load_dataset, load_sources
from ..errors import InputError, ReportError, TradestatsError
from ..formatting import format_pct
from ..periods import Span, parse_span
from .sentences import country_name, money, sentences_for_comparison

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["ReportError", "build_all", "build_report", "list_reports"]

DEFINITION = "report.toml"
_OLD = "-old"  # suffix of the hidden folder holding the previous report during the swap


# ----------------------------------------------------------------------------- folders


def list_reports(reports_dir: str | Path = "reports") -> list[str]:
    """Names of the report folders (those holding a ``report.toml``; hidden folders excluded)."""
    root = Path(reports_dir)
    return sorted(
        p.parent.name for p in root.glob(f"*/{DEFINITION}") if not p.parent.name.startswith(".")
    )


def _recover(root: Path) -> None:
    """Undo what a killed build left: put back a report whose swap was cut in the middle, and
    remove staging folders and old copies no longer needed."""
    if not root.is_dir():
        return
    for hidden in sorted(p for p in root.iterdir() if p.name.startswith(".") and p.is_dir()):
        if hidden.name.endswith(_OLD):
            live = root / hidden.name[1 : -len(_OLD)]
            if not live.exists() and (hidden / DEFINITION).is_file():
                os.replace(hidden, live)  # killed between the two renames: the old report back
                continue
            shutil.rmtree(hidden, ignore_errors=True)
        elif re.fullmatch(r"\..+-new-[A-Za-z0-9_]+", hidden.name):
            shutil.rmtree(hidden, ignore_errors=True)


def _toml_error(path: Path, err: tomllib.TOMLDecodeError, text: str) -> ReportError:
    line = getattr(err, "lineno", None)
    msg = getattr(err, "msg", None) or str(err)
    if line is None:
        m = re.search(r"line (\d+)", str(err))
        line = int(m.group(1)) if m else None
    if line is None and "end of document" in str(err):
        line = max(1, len(text.splitlines()))
    msg = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(msg))
    msg = msg.strip().rstrip(".")
    where = f"{path}, line {line}" if line is not None else str(path)
    return ReportError(f"{where}: expected valid TOML; found an error: {msg}.")


def _load(folder: Path) -> dict[str, Any]:
    path = folder / DEFINITION
    if not path.is_file():
        raise ReportError(
            f"No report definition at {path}; expected a {DEFINITION} in the report's folder."
        )
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise ReportError(f"{path}: expected UTF-8 text; found byte {err.start}.") from err
    try:
        spec = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise _toml_error(path, err, text) from err
    for key in ("title", "sections"):
        if key not in spec:
            raise ReportError(f"{path} must define {key!r}; found keys {sorted(spec)}.")
    sections = spec["sections"]
    if not isinstance(sections, list) or not all(isinstance(s, dict) for s in sections):
        raise ReportError(
            f"{path}: expected 'sections' as [[sections]] tables; found {type(sections).__name__}."
        )
    for key in ("title", "subtitle", "dataset", "reporter", "partner"):
        if key in spec and not isinstance(spec[key], str):
            raise ReportError(
                f"{path}: expected {key!r} as a string; found {type(spec[key]).__name__}."
            )
    for n, section in enumerate(sections, 1):
        if section.get("kind") == "text" and not isinstance(section.get("text"), str):
            found = type(section["text"]).__name__ if "text" in section else "none"
            raise ReportError(
                f"{path}: expected section {n} (kind 'text') to have a 'text' string; found {found}."
            )
    for key in ("reporter", "partner"):
        if key in spec:
            try:
                spec[key] = resolve_country(spec[key])
            except InputError as err:
                raise ReportError(f"{path}: {key}: {err}") from err
    if "factcheck" in spec and (
        not isinstance(spec["factcheck"], dict) or "text" not in spec["factcheck"]
    ):
        raise ReportError(f"{path}: expected a [factcheck] table with a 'text'; found none.")
    return spec


# ----------------------------------------------------------------------------- page


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


class _Page:
    """One page being written: Markdown and HTML side by side, figures and sources collected."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.md: list[str] = [f"# {title}", ""]
        self.html: list[str] = [f"<h1>{html.escape(title)}</h1>"]
        self.files: dict[str, bytes] = {}
        self.sources: set[str] = set()
        self.ids: set[str] = set()

    def uid(self, text: str) -> str:
        base = _slug(text)
        uid, n = base, 2
        while uid in self.ids:
            uid, n = f"{base}-{n}", n + 1
        self.ids.add(uid)
        return uid

    def heading(self, text: str) -> None:
        self.md += [f"## {text}", ""]
        self.html.append(f'<h2 id="{self.uid(text)}">{html.escape(text)}</h2>')

    def paragraph(self, text: str, css: str = "") -> None:
        self.md += [text, ""]
        cls = f' class="{css}"' if css else ""
        self.html.append(f"<p{cls}>{html.escape(text)}</p>")

    def link(self, before: str, label: str, md_href: str, html_href: str, after: str = "") -> None:
        self.md += [f"{before}[{label}]({md_href}){after}", ""]
        self.html.append(
            f'<p>{html.escape(before)}<a href="{html.escape(html_href)}">{html.escape(label)}</a>'
            f"{html.escape(after)}</p>"
        )

    def table(self, frame: pd.DataFrame, caption: str, key: str = "") -> None:
        cols = list(frame.columns)
        self.md += [f"**{caption}**", ""]
        self.md.append("| " + " | ".join(str(c) for c in cols) + " |")
        self.md.append("|" + "---|" * len(cols))
        for row in frame.itertuples(index=False):
            self.md.append("| " + " | ".join(str(v) for v in row) + " |")
        self.md.append("")
        if key:
            self.md += [f"*{key}*", ""]
        head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in cols)
        body = "".join(
            "<tr>"
            + "".join(
                (f'<th scope="row">{html.escape(str(v))}</th>' if i == 0 else f"<td>{html.escape(str(v))}</td>")
                for i, v in enumerate(row)
            )
            + "</tr>"
            for row in frame.itertuples(index=False)
        )  # fmt: skip
        uid = self.uid("table-" + caption)
        self.html.append(
            f'<p class="caption" id="{uid}">{html.escape(caption)}</p>'
            f'<div class="table-wrap" role="region" aria-labelledby="{uid}" tabindex="0">'
            f'<table aria-labelledby="{uid}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody>'
            "</table></div>" + (f'<p class="key">{html.escape(key)}</p>' if key else "")
        )

    def figure(
        self,
        name: str,
        svgs: tuple[str, str],
        data: pd.DataFrame,
        caption: str,
        headline: str,
        alt: str,
    ) -> None:
        """A chart drawn twice — for wide screens and print, and for phones — with its data."""
        svg = _accessible_svg(svgs[0], name, headline, alt)
        phone = _accessible_svg(svgs[1], f"{name}-narrow", headline, alt)
        csv = data.to_csv(index=False, lineterminator="\n")
        self.files[f"figures/{name}.svg"] = svg.encode()
        self.files[f"figures/{name}.csv"] = csv.encode()
        self.md += [f"![{alt}](figures/{name}.svg)", ""]
        if caption:
            self.md += [f"*{caption}*", ""]
        self.md += [f"Data: [figures/{name}.csv](figures/{name}.csv)", ""]
        wide, narrow = (
            re.sub(r"^<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?", "", x) for x in (svg, phone)
        )
        self.ids.add(f"fig-{name}")
        cap = f"{html.escape(caption)} " if caption else ""
        self.html.append(
            f'<figure id="fig-{name}"><div class="chart wide">{wide}</div>'
            f'<div class="chart narrow">{narrow}</div><figcaption>{cap}'
            f'<a href="figures/{name}.csv">Data behind this chart (CSV)</a> · '
            f'<a href="figures/{name}.svg">Chart (SVG)</a></figcaption></figure>'
        )


def _accessible_svg(svg: str, prefix: str, title: str, desc: str) -> str:
    """Give every id in a chart a prefix of its own (ids stay unique on a page with several
    charts), and name the chart: ``role="img"``, ``<title>`` and ``<desc>``."""
    p = f"{prefix}-"
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{p}{m.group(1)}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{p}{m.group(1)})", svg)
    svg = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{p}{m.group(1)}"', svg)
    head = (
        f' role="img" aria-labelledby="{p}title {p}desc"><title id="{p}title">'
        f'{html.escape(title)}</title><desc id="{p}desc">{html.escape(desc)}</desc>'
    )
    return re.sub(r"(<svg\b[^>]*?)>", lambda m: m.group(1) + head, svg, count=1)


_FONTS = (
    'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans","Helvetica Neue",'
    "Arial,sans-serif"
)
_CSS = (
    f"body{{font-family:{_FONTS};max-width:54rem;margin:2rem auto;padding:0 1rem;color:#222;"
    "line-height:1.5;font-size:1rem}h1{font-size:1.6rem;line-height:1.25}"
    "h2{font-size:1.2rem;margin-top:2rem}a{color:#0b5cad}"
    ".lead{font-size:1.08rem}.key,figcaption{font-size:.875rem;color:#555}"
    ".table-wrap{overflow-x:auto;max-width:100%;margin:1rem 0}"
    "table{border-collapse:collapse;font-size:.9rem;font-variant-numeric:tabular-nums}"
    ".caption{font-weight:600;margin:1rem 0 .25rem}"
    "td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:right;white-space:nowrap}"
    "th[scope=row],thead th:first-child{text-align:left}thead th{border-bottom:2px solid #999}"
    "figure{margin:1.5rem 0}.chart svg{display:block;width:100%;height:auto}.chart.narrow{display:none}"
    "@media (max-width:40rem){.chart.wide{display:none}.chart.narrow{display:block}}"
    ".sources li{font-size:.875rem;overflow-wrap:anywhere}code{font-size:.85em}"
    "mark{padding:0 .15rem;border-radius:.2rem;color:#111}"
    ".correct{background:#cde9dd}.approx{background:#e3f0c6}.wrong{background:#f6c6c0}"
    ".ambiguous{background:#f5e3b3}.unverifiable{background:#dedede}"
    ".verdict{white-space:nowrap;font-weight:600;padding:0 .3rem;border-radius:.2rem}"
    ".claims td,.claims th{text-align:left;white-space:normal;vertical-align:top}"
    ".claims td:last-child{white-space:nowrap}"
    "blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #bbb;background:#f7f7f7}"
    "nav{font-size:.9rem;margin-bottom:1rem}"
    "@media (max-width:40rem){body{margin:1rem auto}h1{font-size:1.35rem}"
    "table{font-size:.8rem}td,th{padding:.2rem .3rem}thead th{white-space:normal}"
    ".claims thead{display:none}.claims tr{display:block;border-bottom:1px solid #ddd;"
    "padding:.4rem 0}.claims th,.claims td{display:block;border:0;padding:.1rem 0}"
    ".claims td::before{content:attr(data-label) ': ';font-weight:600;color:#555}}"
    "@media print{body{max-width:none;margin:0;font-size:10pt;color:#000}nav{display:none}"
    ".table-wrap{overflow:visible}.chart.wide{display:block}.chart.narrow{display:none}"
    "figure,table,tr,blockquote{break-inside:avoid}h2{break-after:avoid}"
    ".sources a[href^=http]::after{content:''}a{color:#000}"
    "mark,.verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}}"
)


def _html_page(title: str, body: list[str], *, description: str = "") -> str:
    meta = f'<meta name="description" content="{html.escape(description)}">' if description else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"{meta}<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body></html>\n"
    )


def _svg(draw: Callable[[Any], Any], size: tuple[float, float]) -> str:
    """The chart ``draw(ax)`` draws on a new figure of ``size`` inches, as SVG text."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    from .charts import figure_style

    with plt.rc_context(figure_style()):
        fig, ax = plt.subplots(figsize=size, layout="constrained")
        draw(ax)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(fig)
    return buf.getvalue()


# ----------------------------------------------------------------------------- sections


def _period(spec: dict[str, Any], key: str) -> Span:
    if key not in spec:
        raise ReportError(f"a {spec.get('kind', '?')!r} section must give {key!r}; found keys "
                          f"{sorted(spec)}.")  # fmt: skip
    return parse_span(str(spec[key]))


def _int(spec: dict[str, Any], key: str, default: int | None = None) -> int | None:
    """An integer setting of a section (a year), or ``default`` when absent."""
    if key not in spec:
        return default
    value = spec[key]
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).isdigit():
        raise ReportError(f"{key!r} of a {spec.get('kind', '?')!r} section must be a year such as "
                          f"2016; received {value!r}.")  # fmt: skip
    return int(value)


def _month(spec: dict[str, Any], key: str) -> str | None:
    """A ``YYYY-MM`` setting of a section, or None when absent."""
    if key not in spec:
        return None
    value = str(spec[key])
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        raise ReportError(f"{key!r} of a monthly chart must be a month such as 2016-01; "
                          f"received {spec[key]!r}.")  # fmt: skip
    return value


def _checked(text: str, ctx: dict[str, Any], what: str, *, need_claims: bool = True) -> str:
    """``text`` if every claim in it checks as correct against the data; else a ReportError."""
    from ..check.run import check_text

    checked = check_text(text, data=ctx["evidence"])
    bad = checked[checked["verdict"] != "correct"]
    if (need_claims and len(checked) == 0) or len(bad):
        detail = "; ".join(f"{r.surface}: {r.verdict}" for r in bad.itertuples()) or "no claims"
        raise ReportError(
            f"{ctx['path']}: the {what} would read {text!r}, which does not check as correct "
            f"({detail})."
        )
    return text


def _summary(page: _Page, table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]) -> None:
    period = _period(spec, "period")
    base = parse_span(str(spec["base"])) if "base" in spec else None
    result = compare(period, base, table=table, reporter=ctx["reporter"], partner=ctx["partner"])
    text = " ".join(sentences_for_comparison(result))
    page.paragraph(_checked(text, ctx, "summary"), css="lead")
    for ids in result["sources"]:
        page.sources.update(ids)


def _lead(page: _Page, table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]) -> None:
    """A sentence on the whole series: its steepest fall and where the last year stands."""
    from .sentences import headline_years

    start, end = _int(spec, "start"), _int(spec, "end")
    if start is None or end is None:
        raise ReportError(f"{ctx['path']}: a 'lead' section must give 'start' and 'end' years.")
    flow = spec.get("flow", "total")
    if flow not in ("export", "import", "total"):
        raise ReportError(
            f"flow of a 'lead' section must be export, import or total; received {flow!r}."
        )
    text = headline_years(table, ctx["reporter"], ctx["partner"], flow, start, end)
    page.paragraph(_checked(text, ctx, "lead"), css="lead")


def _millions(value: object) -> str:
    """Dollars in millions, to the precision the stored digits have; a dash when missing."""
    from .charts import millions

    return "—" if pd.isna(value) else millions(float(value))  # type: ignore[arg-type]


_MARKS = ("†", "‡", "§", "¶", "#")  # footnote marks (not "*": it is Markdown's emphasis)


def _comparison_table(
    table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]
) -> tuple[pd.DataFrame, str, str]:
    period = _period(spec, "period")
    base = parse_span(str(spec["base"])) if "base" in spec else period.year_earlier()
    c = compare(period, base, table=table, reporter=ctx["reporter"], partner=ctx["partner"])
    ctx["page"].sources.update(s for ids in c["sources"] for s in ids)
    names = {"export": "Exports", "import": "Imports", "total": "Total", "balance": "Balance"}
    derived: dict[str, str] = {}  # formula → its mark, in order of first use

    def cell(value: object, is_derived: object, formula: object) -> str:
        if pd.isna(value) or not is_derived:
            return _millions(value)
        mark = derived.setdefault(str(formula), _MARKS[len(derived) % len(_MARKS)])
        return f"{float(value) / 1e6:,.2f}{mark}"  # a derived value to the table's decimals

    frame = pd.DataFrame(
        {
            "flow": [names[f] for f in c["flow"]],
            period.label: [cell(*r) for r in zip(c["value_usd"], c["derived"], c["formula"])],
            base.label: [
                cell(*r) for r in zip(c["base_value_usd"], c["base_derived"], c["base_formula"])
            ],
            "change": [
                "—"
                if pd.isna(p)
                else format_pct(float(p), 1) + (" (printed)" if b == "published" else "")
                for p, b in zip(c["change_pct"], c["change_basis"])
            ],
            "printed by customs": [
                format_pct(float(p), 1) if pd.notna(p) else "—" for p in c["published_change_pct"]
            ],
        }
    )
    caption = f"{period.label} against {base.label}, US$ million"
    notes = [
        f"{mark} Not published as one figure; computed from published ones: {formula}."
        for formula, mark in derived.items()
    ]
    key = " ".join(
        [
            "Change: computed from the two values before rounding ('(printed)': no base to"
            " compute from, the change customs printed). Printed by customs: the change printed"
            " beside the figure, where one was; —: none. Balance: exports minus imports.",
            *notes,
        ]
    )
    return frame, caption, key


def _annual_table(
    table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]
) -> tuple[pd.DataFrame, str, str]:
    from ..measures import change

    t = table[(table["reporter"] == ctx["reporter"]) & (table["partner"] == ctx["partner"])]
    years = sorted(
        {p.year for p, q in zip(t["start"], t["end"]) if (q - p).n == 11 and p.month == 1}
    )
    start = _int(spec, "start", years[0] if years else 0) or 0
    end = _int(spec, "end", years[-1] if years else 0) or 0
    rows = []
    for year in range(start, end + 1):  # a row per year
        c = change(t, Span.year(year), Span.year(year - 1)).set_index("flow")
        row: dict[str, str] = {"year": str(year)}
        for flow, name in (("export", "Exports"), ("import", "Imports"), ("total", "Total")):
            v, p = c.loc[flow, "value_usd"], c.loc[flow, "change_pct"]
            row[name] = _millions(v)
            row[f"{name} change"] = format_pct(float(p), 1) if pd.notna(p) else "—"
            ctx["page"].sources.update(c.loc[flow, "sources"])
        rows.append(row)
    caption = f"By year, {start}–{end}, US$ million, and change on the previous year"
    key = ("Values in US$ million as published; changes computed from the annual values unless "
           "printed beside them; —: not published.")  # fmt: skip
    return pd.DataFrame(rows), caption, key


def _coverage_table(
    table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]
) -> tuple[pd.DataFrame, str, str]:
    t = table[(table["reporter"] == ctx["reporter"]) & (table["partner"] == ctx["partner"])]
    grid = coverage(t)
    lo = _int(spec, "start", int(grid.index.min())) or 0
    hi = _int(spec, "end", int(grid.index.max())) or 0
    grid = grid.loc[lo:hi]
    frame = grid.reset_index().astype(str)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    rename = {f"{i:02d}": m for i, m in enumerate(months, 1)}
    rename.update({"jan_feb": "Jan–Feb", "cumulative": "cumulative (from–to month)"})
    frame = frame.rename(columns=rename)
    caption = f"What the data hold, {lo}–{hi}"
    key = ("E: exports, I: imports, T: total trade published for the period; -: nothing "
           "published. Jan–Feb: a combined January–February release. Cumulative: periods "
           "from the first month of the year, as 01..03 for January–March.")  # fmt: skip
    return frame, caption, key


_TABLES = {"comparison": _comparison_table, "annual": _annual_table, "coverage": _coverage_table}


def _chart(
    page: _Page, table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any], n: int
) -> None:
    from . import charts, sentences

    kind = spec.get("chart")
    rp = {"reporter": ctx["reporter"], "partner": ctx["partner"]}
    if kind == "monthly":
        start, end = _month(spec, "start"), _month(spec, "end")
    else:
        start, end = _int(spec, "start"), _int(spec, "end")
    if kind == "monthly":
        data = charts.monthly_data(table, start=start, end=end, **rp)
        if data.empty:
            raise ReportError(
                f"{ctx['path']}: the monthly chart has no data between {start} and {end}."
            )
        years = sorted({p.year for p in data["start"]} | {p.year for p in data["end"]})
        headline = sentences.headline_years(
            table, **rp, flow="export", first=years[0], last=years[-1]
        )

        def draw(ax: Any) -> Any:
            return charts.plot_monthly(table, start=start, end=end, events=spec.get("events", True),
                                       title=headline, ax=ax, **rp)  # fmt: skip

        out = data.assign(start=data["start"].astype(str), end=data["end"].astype(str))
    elif kind == "annual":
        out = charts.annual_data(table, start=start, end=end, **rp)
        years = sorted(out["year"].unique())
        headline = sentences.headline_years(
            table, **rp, flow="total", first=int(years[0]), last=int(years[-1])
        )

        def draw(ax: Any) -> Any:
            return charts.plot_annual(table, start=start, end=end, title=headline, ax=ax, **rp)
    elif kind == "yoy":
        flow = spec.get("flow", "total")
        out = charts.yoy_data(table, start=start, end=end, flow=flow, **rp)
        headline = sentences.headline_extremes(table, **rp, flow=flow, first=int(out["year"].min()),
                                               last=int(out["year"].max()))  # fmt: skip

        def draw(ax: Any) -> Any:
            return charts.plot_yoy(
                table, start=start, end=end, flow=flow, title=headline, ax=ax, **rp
            )
    elif kind == "comparison":
        period = _period(spec, "period")
        base = parse_span(str(spec["base"])) if "base" in spec else period.year_earlier()
        out = charts.comparison_data(table, period, base, **rp)
        headline = sentences.headline_comparison(table, period, base, **rp)

        def draw(ax: Any) -> Any:
            return charts.plot_comparison(table, period, base, title=headline, ax=ax, **rp)
    elif kind == "products":
        if ctx["products"] is None:
            raise ReportError(f"{ctx['path']}: a products chart needs 'products = \"<dataset>\"'.")
        flow = spec.get("flow", "import")
        years = None
        if "start" in spec or "end" in spec:
            years = list(range(_int(spec, "start", 1900) or 0, (_int(spec, "end", 2100) or 0) + 1))
        out = charts.products_data(ctx["products"], flow, years)
        partner_name = country_name(ctx["partner"])
        headline = sentences.headline_products(out, flow, partner_name)

        def draw(ax: Any) -> Any:
            return charts.plot_products(ctx["products"], flow, years=years, partner_name=partner_name,
                                        title=headline, ax=ax)  # fmt: skip
    else:
        raise ReportError(
            f"chart must be one of ['annual', 'comparison', 'monthly', 'products', 'yoy']; "
            f"received {kind!r}."
        )
    _checked(headline, ctx, f"title of the {kind} chart", need_claims=kind != "products")
    name = f"{n:02d}-{kind}"
    ids = {s for v in out["sources"] for s in str(v).split(";") if s}
    page.sources.update(ids)
    alt = f"{headline} {_alt_detail(kind, out)}"
    wide, narrow = _SIZES.get(str(kind), ((8, 4.8), (4.8, 4.8)))
    if kind == "products":
        wide = (8, charts.products_height(out))
        narrow = (4.8, charts.products_height(out, narrow=True))
    svgs = (_svg(draw, wide), _svg(draw, narrow))
    page.figure(name, svgs, out, str(spec.get("caption", "")), headline, alt)


#: Figure sizes in inches, (wide screens and print, phones). At 390 px a phone chart is drawn
#: at about four fifths of its size, so 9.5-point text stays near 10 px.
_SIZES = {
    "monthly": ((9, 5.4), (4.8, 6.2)),
    "annual": ((8, 4.8), (4.8, 4.8)),
    "yoy": ((8, 4.6), (4.8, 4.6)),
    "comparison": ((7, 4.8), (4.8, 5.0)),
}


def _alt_detail(kind: str | None, data: pd.DataFrame) -> str:
    """What a chart draws, in words, for its text alternative."""
    if kind == "monthly":
        derived = int(data["how"].str.startswith("derived").sum())
        combined = int((data["months"] == 2).sum())
        first, last = pd.Period(min(data["start"]), "M"), pd.Period(max(data["end"]), "M")
        return (f"Line chart of {len(data)} monthly values from {first.strftime('%B %Y')} to "
                f"{last.strftime('%B %Y')}; {combined} combined January–February releases drawn as "
                f"two-month spans; {derived} values derived. The numbers are in the CSV file "
                "linked below the chart.")  # fmt: skip
    if kind == "products":
        return "Bar chart by HS chapter and year; the numbers are in the CSV file linked below."
    return "Bar chart; the numbers are in the CSV file linked below the chart."


def _methods(page: _Page, spec: dict[str, Any], ctx: dict[str, Any]) -> None:
    rep, par = country_name(ctx["reporter"]), country_name(ctx["partner"])
    page.heading("Methods")
    page.paragraph(
        f"Series: {rep}'s trade with {par} as {rep}'s customs (GACC) reported it, in current US "
        f"dollars, with {rep} as the reporting country: exports are goods {rep} sent to {par}, "
        f"imports goods {rep} received from {par}. Annual values for the years before customs "
        "releases were quoted come from UN Comtrade (China as reporter). The rows come from the "
        f"bundled dataset {spec.get('dataset', 'china_dprk')!r}, each with the publication it "
        "was taken from (listed under Sources)."
    )
    page.paragraph(
        "One version per figure: where several publications give a figure for the same period "
        "and flow, the report uses the one marked preferred when the data were compiled — "
        "suspect, yuan-based and differently defined figures are left out, then the version "
        "with the most significant digits wins (customs, UN Comtrade or CEIC first), then the "
        "earliest publication. The other versions stay in the data."
    )
    page.paragraph(
        "Derived: a value not published but computed from published ones, and marked so in "
        "charts (hollow markers, dashed spans) and in the CSV files — a total as exports plus "
        "imports, a balance as exports minus imports, a month's flow as the month's total "
        "minus the other flow, or a span as a cumulative figure minus the months it holds "
        "(January–February as January–March minus March); where several ways exist, the one "
        "whose rounding leaves the narrowest interval is used. Nothing is interpolated: a month "
        "nobody published stays a gap. "
        "China's customs publishes January and February together; that release is drawn as "
        "one two-month span at its monthly average."
    )
    page.paragraph(
        "Crude oil: the Korean trade agency KOTRA publishes its own China–North Korea totals, "
        "which add an estimate of the crude oil China delivers by pipeline; China's customs has "
        "recorded those deliveries as zero since 2014. KOTRA's totals are therefore higher than "
        "the customs figures used here; they stay in the data, labelled, and are never used in "
        "this report."
    )
    page.paragraph(
        "Every sentence written from the data, chart titles included, was checked against the "
        "data with tradestats check before the report was written."
    )


def _sources(page: _Page) -> None:
    table = load_sources().set_index("source_id")
    items = []
    for sid in sorted(page.sources):
        if sid not in table.index:
            continue
        r = table.loc[sid]
        date = r["published"] if isinstance(r["published"], str) else "date not given"
        items.append((sid, str(r["title"]), str(r["url"]), date))
    items.sort(key=lambda i: (i[3], i[1], i[0]))
    page.heading("Sources")
    intro = f"Every figure above comes from these {len(items)} publications, oldest first"
    page.md += [intro + " (tradestats source ids):", ""]
    page.md += [f"- `{sid}` {title}, {date}. <{url}>" for sid, title, url, date in items]
    page.md.append("")
    lis = "".join(
        f'<li id="{html.escape(sid)}">{html.escape(title)}, {html.escape(date)}. '
        f'<a href="{html.escape(url)}">{html.escape(_host(url))}</a> <code>{sid}</code></li>'
        for sid, title, url, date in items
    )
    page.ids.update(sid for sid, *_ in items)
    page.html.append(f'<p>{intro}:</p><ol class="sources">{lis}</ol>')


def _host(url: str) -> str:
    m = re.match(r"https?://([^/]+)", url)
    return m.group(1) if m else url


# ----------------------------------------------------------------------------- fact check

_ICON = {"correct": "✔", "approx": "≈", "wrong": "✘", "ambiguous": "?", "unverifiable": "–"}
_WORD = {"correct": "correct", "approx": "approximately right", "wrong": "wrong",
         "ambiguous": "ambiguous", "unverifiable": "cannot be checked"}  # fmt: skip
_FLOW = {"export": "China's exports to North Korea", "import": "China's imports from North Korea",
         "total": "China's total trade with North Korea", "balance": "China's trade balance"}  # fmt: skip


def _what(r: Any) -> str:
    """What a claim is about, in words (no internal tokens)."""
    flow = _FLOW.get(r.flow, "trade") if isinstance(r.flow, str) else "trade"
    when = (
        Span.parse(r.period).describe(long=True)
        if isinstance(r.period, str)
        else "a period not given"
    )
    base = Span.parse(r.base).describe(long=True) if isinstance(r.base, str) else ""
    if r.kind == "change_pct":
        return f"the change in {flow}, {when} against {base}"
    if r.kind == "level":
        return f"{flow}, {when}"
    return f"{flow}, {when}" + (f" against {base}" if base else "")


def _pct(v: str) -> str:
    """A percentage as the data hold it, to at most one decimal, without sign."""
    digits = len(v.split(".")[1]) if "." in v else 0
    return f"{abs(float(v)):.{min(digits, 1)}f}%"


def _data_says(r: Any) -> str:
    """The customs figure a claim is checked against, in words."""
    v = r.data_value
    if not isinstance(v, str) or not v:
        return "no figure in the data"
    if r.kind == "change_pct":
        return f"{'a fall' if float(v) < 0 else 'a rise'} of {_pct(v)}"
    if r.kind == "level" or r.unit == "money":
        return money(int(round(float(v))))
    return v


_NUMBER = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_SHORT_FLOW = {
    "export": "exports",
    "import": "imports",
    "total": "total trade",
    "balance": "the balance",
}


def _count(n: int) -> str:
    return _NUMBER[n] if n < len(_NUMBER) else str(n)


def _summary_paragraph(result: pd.DataFrame, spec: dict[str, Any]) -> tuple[str, str]:
    """One paragraph a journalist could quote: how many figures hold, and what the data say."""
    counts = result["verdict"].value_counts()
    order = ["wrong", "approx", "correct", "ambiguous", "unverifiable"]
    tally = [f"{_count(int(counts[v]))} {'are' if counts[v] > 1 else 'is'} {_WORD[v]}"
             for v in order if v in counts]  # fmt: skip
    periods = {p for p in result["period"] if isinstance(p, str)}
    when = f" in {Span.parse(periods.pop()).describe(long=True)}" if len(periods) == 1 else ""
    phrases = []
    for r in result.itertuples(index=False):
        flow = _SHORT_FLOW.get(r.flow, "trade") if isinstance(r.flow, str) else "trade"
        data = _data_says(r)
        if r.kind == "change_pct" and isinstance(r.data_value, str):
            word = "fall" if float(r.data_value) < 0 else "rise"
            subject, value = f"the {word} in {flow}", _pct(r.data_value)
        else:
            subject, value = flow, data
        verb = "were" if subject in ("exports", "imports") else "was"
        if r.verdict == "wrong":
            phrases.append(f"{subject} {verb} {value}, not {r.surface}")
        elif r.verdict == "approx":
            phrases.append(f"{subject} of {value} are given loosely as {r.surface}")
        elif r.verdict == "correct":
            phrases.append(f"{subject}, {r.surface}, is right")
        else:
            phrases.append(f"{subject}, {r.surface}, {_WORD[r.verdict]}")
    rest = f" and {', '.join(tally[1:])}" if len(tally) > 1 else ""
    head = (f"Of the {_count(len(result))} figures {_article(spec)} gave for China's trade with "
            f"North Korea{when}, {tally[0]}{rest} when checked against the figures China's "
            "customs published.")  # fmt: skip
    body = "; ".join(phrases[:-1]) + ("; and " if len(phrases) > 1 else "") + phrases[-1]
    return head, f"{body[0].upper() + body[1:]}."


def _article(spec: dict[str, Any]) -> str:
    bits = []
    if spec.get("article"):
        bits.append(f"“{spec['article']}”")
    by = ", ".join(str(spec[k]) for k in ("author", "outlet") if spec.get(k))
    date = str(spec.get("date", ""))
    when = (
        pd.Timestamp(date).strftime("%-d %B %Y") if re.fullmatch(r"\d{4}-\d\d-\d\d", date) else date
    )
    tail = ", ".join(x for x in (by, when) if x)
    return "the article " + " ".join(bits) + (f" ({tail})" if tail else "") if bits else (
        f"the article of {when}" if when else "the article")  # fmt: skip


def _factcheck(
    spec: dict[str, Any], ctx: dict[str, Any], report_title: str
) -> tuple[str, str, str]:
    """The fact-check page (Markdown, HTML) and the one-paragraph summary."""
    from ..check.run import check_text

    text = str(spec["text"]).strip()
    result = check_text(text, data=ctx["evidence"], date=spec.get("date"))
    title = str(spec.get("title", "Fact check"))
    intro = str(spec.get("intro", "")).strip()
    head, body = (
        _summary_paragraph(result, spec) if len(result) else ("No figures found to check.", "")
    )
    summary = f"{head} {body}".strip()
    article = _article(spec)
    url = str(spec.get("url", ""))
    md = [f"# {title}", "", f"[← Back to the report: {report_title}](index.md)", ""]
    md += [f"Checked: {article}" + (f", <{url}>" if url else "") + ".", ""]
    md += ["## In short", "", summary, ""]
    if intro:
        md += [intro, ""]
    md += ["## The text checked", "", "> " + text, ""]
    md += ["## Claims and verdicts", "", "| # | the text says | about | the customs figures | verdict |",
           "|---|---|---|---|---|"]  # fmt: skip
    rows_html = []
    for i, r in enumerate(result.itertuples(index=False), 1):
        verdict = f"{_ICON[r.verdict]} {_WORD[r.verdict]}"
        md.append(f"| {i} | {r.surface} | {_what(r)} | {_data_says(r)} | **{verdict}** |")
        rows_html.append(
            f'<tr id="claim-{i}"><th scope="row">{i}</th>'
            f'<td data-label="the text says">{html.escape(r.surface)}</td>'
            f'<td data-label="about">{html.escape(_what(r))}</td>'
            f'<td data-label="the customs figures">{html.escape(_data_says(r))}</td>'
            f'<td data-label="verdict"><span class="verdict {r.verdict}">{html.escape(verdict)}'
            "</span></td></tr>"
        )
    md += ["", "Verdict key: ✔ correct · ≈ approximately right (holds only as a loose rounding) · "
           "✘ wrong · ? ambiguous · – cannot be checked.", ""]  # fmt: skip
    md += ["## How each figure was checked", ""]
    details = []
    for i, r in enumerate(result.itertuples(index=False), 1):
        line = _how(r)
        md += [f"**{i}. {r.surface}** — {line}", ""]
        details.append(f"<li><strong>{html.escape(r.surface)}</strong> — {html.escape(line)}</li>")
    md += ["## Sources", "", "The customs figures and the publications that printed them are listed "
           f"in the report: [{report_title}](index.md#sources).", ""]  # fmt: skip
    # The text with each claim marked by verdict, icon and number.
    parts, pos = [], 0
    for i, r in enumerate(result.itertuples(index=False), 1):
        s, e = int(r.start), int(r.end)
        if s < pos:
            continue
        parts.append(html.escape(text[pos:s]))
        parts.append(f'<mark class="{r.verdict}"><a href="#claim-{i}">{html.escape(text[s:e])}'
                     f"<sup>[{i}] {_ICON[r.verdict]}</sup></a></mark>")  # fmt: skip
        pos = e
    parts.append(html.escape(text[pos:]))
    key = " ".join(
        f'<span class="verdict {v}">{_ICON[v]} {html.escape(_WORD[v])}</span>' for v in _ICON
    )
    link = f' <a href="{html.escape(url)}">{html.escape(_host(url))}</a>' if url else ""
    page = [
        f'<nav><a href="index.html">← Back to the report: {html.escape(report_title)}</a></nav>',
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="key">Checked: {html.escape(article)}{link}.</p>',
        '<h2 id="in-short">In short</h2>',
        f'<p class="lead">{html.escape(summary)}</p>',
    ]
    if intro:
        page.append(f"<p>{html.escape(intro)}</p>")
    page += [
        '<h2 id="the-text-checked">The text checked</h2>',
        "<blockquote>" + "".join(parts).replace("\n", "<br>") + "</blockquote>",
        '<h2 id="claims-and-verdicts">Claims and verdicts</h2>',
        '<p class="caption" id="claims-caption">Each figure in the text, what it refers to, the '
        "customs figure and the verdict</p>"
        '<div class="table-wrap" role="region" aria-labelledby="claims-caption" tabindex="0">'
        '<table class="claims" aria-labelledby="claims-caption"><thead><tr><th scope="col">#</th>'
        '<th scope="col">the text says</th><th scope="col">about</th>'
        '<th scope="col">the customs figures</th><th scope="col">verdict</th></tr></thead>'
        f"<tbody>{''.join(rows_html)}</tbody></table></div>",
        f'<p class="key">Verdict key: {key}</p>',
        '<h2 id="how-each-figure-was-checked">How each figure was checked</h2>',
        f"<ol>{''.join(details)}</ol>",
        '<h2 id="sources">Sources</h2>',
        "<p>The customs figures and the publications that printed them are listed in the report: "
        f'<a href="index.html#sources">{html.escape(report_title)}</a>.</p>',
    ]
    return "\n".join(md).rstrip() + "\n", _html_page(title, page, description=summary), head


def _how(r: Any) -> str:
    """How one claim was checked, in words: the range the wording allows, the data's figure."""
    interval = r.claimed_interval if isinstance(r.claimed_interval, list) else None
    if interval and r.kind == "change_pct":
        lo, hi = sorted(abs(float(x)) for x in interval)
        word = "a fall" if float(interval[0]) < 0 else "a rise"
        allowed = f"As written it stands for {word} of {lo:.2f}% to {hi:.2f}%"
    elif interval:
        lo, hi = sorted(float(x) for x in interval)
        allowed = f"As written it stands for {money(int(lo))} to {money(int(hi))}"
    else:
        allowed = "As written"
    text = f"{allowed}; the customs figures give {_data_says(r)}, so it is {_WORD[r.verdict]}."
    matches = [str(x.get("reading", "")) for x in r.readings if x.get("matches")]
    plain = [m for m in matches if not re.search(r"\b[a-z]+_[a-z_]+\b", m)]
    if r.verdict != "correct" and plain:
        lead = "What it matches instead" if r.verdict == "wrong" else "It matches exactly"
        text += f" {lead}: {plain[0]}."
    return text


# ----------------------------------------------------------------------------- build


def _write(folder: Path, files: dict[str, bytes]) -> None:
    """Write all files into a hidden staging folder and swap it in with two renames."""
    root = folder.parent
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-new-", dir=root))
    old = root / f".{folder.name}{_OLD}"
    try:
        for rel, data in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, data)
        definition = folder / DEFINITION
        if definition.is_file():
            shutil.copy2(definition, staging / DEFINITION)
        if old.exists():
            shutil.rmtree(old)
        if folder.exists():
            os.replace(folder, old)
        os.replace(staging, folder)  # killed before this line: the next build puts `old` back
        shutil.rmtree(old, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def build_report(
    name: str, reports_dir: str | Path = "reports", out_dir: str | Path | None = None
) -> list[Path]:
    """Build one report from ``reports/<name>/report.toml``.

    Parameters
    ----------
    name
        The report's folder name.
    reports_dir
        The folder holding the reports.
    out_dir
        Where to write (default: the report's own folder, replaced atomically).

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    ReportError
        For an invalid definition (naming the file and, for bad TOML, the line), or when a
        sentence the report would write does not check as correct against the data.
    """

    root = Path(reports_dir)
    _recover(root)
    folder = root / name
    if name.startswith(".") or not folder.is_dir():
        known = ", ".join(list_reports(reports_dir)) or "none"
        raise ReportError(f"No report {name!r} in {reports_dir}; the reports are: {known}.")
    spec = _load(folder)
    path = folder / DEFINITION
    try:
        files = _render(spec, path)
    except ReportError:
        raise
    except TradestatsError as err:
        raise ReportError(f"{path}: {err}") from err
    except (KeyError, TypeError, ValueError) as err:
        raise ReportError(f"{path}: expected a valid report definition; found {err!r}.") from err
    if out_dir is not None:
        target = Path(out_dir)
        for rel, data in files.items():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            write_bytes(target / rel, data)
    else:
        target = folder
        _write(folder, files)
    return [target / rel for rel in files]


def _render(spec: dict[str, Any], path: Path) -> dict[str, bytes]:
    from ..check.evidence import Evidence

    table = load_dataset(spec.get("dataset", "china_dprk"), versions="all")
    title = str(spec["title"])
    page = _Page(title)
    ctx: dict[str, Any] = {
        "reporter": spec.get("reporter", "CHN"),
        "partner": spec.get("partner", "PRK"),
        "evidence": Evidence(table, load_sources()),
        "page": page,
        "path": path,
        "products": load_dataset(spec["products"], versions="all") if "products" in spec else None,
    }
    if "subtitle" in spec:
        page.paragraph(str(spec["subtitle"]))
    fact = None
    if "factcheck" in spec:
        fact = _factcheck(spec["factcheck"], ctx, title)
    for n, section in enumerate(spec["sections"], 1):
        if "heading" in section:
            page.heading(str(section["heading"]))
        kind = section.get("kind")
        if kind == "summary":
            _summary(page, table, section, ctx)
        elif kind == "lead":
            _lead(page, table, section, ctx)
        elif kind == "text":
            page.paragraph(str(section["text"]).strip())
        elif kind == "table":
            which = section.get("table")
            if which not in _TABLES:
                raise ReportError(f"table must be one of {sorted(_TABLES)}; received {which!r}.")
            page.table(*_TABLES[which](table, section, ctx))
        elif kind == "chart":
            _chart(page, table, section, ctx, n)
        elif kind == "factcheck-link":
            if fact is None:
                raise ReportError(f"{path}: a 'factcheck-link' section needs a [factcheck] table.")
            page.paragraph(fact[2])
            page.link("Each figure, its verdict and the arithmetic: ",
                      str(spec["factcheck"].get("title", "the fact check")), "fact-check.md",
                      "fact-check.html", ".")  # fmt: skip
        else:
            raise ReportError(
                f"section kind must be summary, lead, text, table, chart or factcheck-link; "
                f"received {kind!r}."
            )
    _methods(page, spec, ctx)
    _sources(page)
    files: dict[str, bytes] = {
        "index.md": ("\n".join(page.md).rstrip() + "\n").encode(),
        "index.html": _html_page(
            page.title, page.html, description=str(spec.get("subtitle", ""))
        ).encode(),
    }
    files.update(sorted(page.files.items()))
    if fact is not None:
        files["fact-check.md"] = fact[0].encode()
        files["fact-check.html"] = fact[1].encode()
    return files


def build_all(reports_dir: str | Path = "reports") -> list[Path]:
    """Build every report in ``reports_dir``; returns the files written.

    A report whose folder a killed build left missing is put back first.
    """
    root = Path(reports_dir)
    _recover(root)
    names = list_reports(reports_dir)
    if not names:
        raise InputError(
            f"reports_dir must hold report folders with a {DEFINITION}; found none in {reports_dir}."
        )
    written: list[Path] = []
    for name in names:
        written += build_report(name, reports_dir)
    return written
