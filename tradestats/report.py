"""Reproducible reports: a small declarative file in, Markdown, SVG charts and one
self-contained HTML page out, byte for byte the same whenever the data are the same.

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
    date = "2020-06-17"
    text = "…"

``build_report`` writes ``index.md``, ``index.html``, ``figures/*.svg`` (and ``fact-check.md``,
``fact-check.html``) into the report's folder. Nothing carries a timestamp; chart files are
written with fixed metadata and SVG hash salt; the folder is replaced atomically, so an
interrupted build leaves the previous report in place.
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

from .compare import compare
from .coverage import coverage
from .data import load_dataset, load_sources
from .errors import InputError, ReportError
from .formatting import format_pct
from .narrate import country_name, money, sentences_for_comparison
from .periods import Span, parse_span

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["ReportError", "build_all", "build_report", "list_reports"]

DEFINITION = "report.toml"


def list_reports(reports_dir: str | Path = "reports") -> list[str]:
    """Names of the report folders (those holding a ``report.toml``)."""
    root = Path(reports_dir)
    return sorted(p.parent.name for p in root.glob(f"*/{DEFINITION}"))


def _load(folder: Path) -> dict[str, Any]:
    path = folder / DEFINITION
    if not path.is_file():
        raise ReportError(
            f"No report definition at {path}; expected a {DEFINITION} in the report's folder."
        )
    try:
        with path.open("rb") as fh:
            spec = tomllib.load(fh)
    except tomllib.TOMLDecodeError as err:
        raise ReportError(f"{path} is not valid TOML: {err}") from err
    for key in ("title", "sections"):
        if key not in spec:
            raise ReportError(f"{path} must define {key!r}; found keys {sorted(spec)}.")
    return spec


class _Page:
    """One page being written: Markdown and HTML side by side, figures and sources collected."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.md: list[str] = [f"# {title}", ""]
        self.html: list[str] = [f"<h1>{html.escape(title)}</h1>"]
        self.figures: dict[str, str] = {}
        self.sources: set[str] = set()

    def heading(self, text: str) -> None:
        self.md += [f"## {text}", ""]
        self.html.append(f"<h2>{html.escape(text)}</h2>")

    def paragraph(self, text: str) -> None:
        self.md += [text, ""]
        self.html.append(f"<p>{html.escape(text)}</p>")

    def bullets(self, items: list[str]) -> None:
        self.md += [f"- {i}" for i in items] + [""]
        self.html.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")

    def table(self, frame: pd.DataFrame) -> None:
        cols = list(frame.columns)
        self.md.append("| " + " | ".join(str(c) for c in cols) + " |")
        self.md.append("|" + "---|" * len(cols))
        for row in frame.itertuples(index=False):
            self.md.append("| " + " | ".join(str(v) for v in row) + " |")
        self.md.append("")
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in cols)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
            for row in frame.itertuples(index=False)
        )
        self.html.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")

    def figure(self, name: str, svg: str, caption: str) -> None:
        self.figures[name] = svg
        self.md += [f"![{caption}](figures/{name}.svg)", "", f"*{caption}*", ""]
        inline = re.sub(r"^<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?", "", svg)
        self.html.append(
            f"<figure>{inline}<figcaption>{html.escape(caption)}</figcaption></figure>"
        )


_CSS = (
    "body{font-family:DejaVu Sans,Helvetica,Arial,sans-serif;max-width:54rem;margin:2rem auto;"
    "padding:0 1rem;color:#222;line-height:1.5}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}"
    "table{border-collapse:collapse;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;"
    "text-align:right}td:first-child,th:first-child{text-align:left}figure{margin:1rem 0}"
    "figure svg{max-width:100%;height:auto}figcaption{font-size:.85rem;color:#555}"
    ".sources li{font-size:.85rem;word-break:break-all}mark{padding:0 .15rem;border-radius:.2rem}"
    ".correct{background:#cde9dd}.approx{background:#e3f0c6}.wrong{background:#f6c6c0}"
    ".ambiguous{background:#f5e3b3}.unverifiable{background:#dedede}"
)


def _html_page(title: str, body: list[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{html.escape(title)}'
        f"</title><style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _svg(draw: Callable[[Any], Any]) -> str:
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    from .charts import figure_style

    with plt.rc_context(figure_style()):
        ax = draw(None)
        fig = ax.figure
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(fig)
    return buf.getvalue()


def _period(spec: dict[str, Any], key: str) -> Span:
    try:
        return parse_span(str(spec[key]))
    except KeyError as err:
        raise ReportError(f"section {spec} must give {key!r}") from err


def _summary(page: _Page, table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]) -> None:
    from .check.run import check_text

    period = _period(spec, "period")
    base = parse_span(str(spec["base"])) if "base" in spec else None
    result = compare(period, base, table=table, reporter=ctx["reporter"], partner=ctx["partner"])
    sentences = sentences_for_comparison(result)
    for sentence in sentences:
        checked = check_text(sentence, data=ctx["evidence"])
        bad = checked[checked["verdict"] != "correct"]
        if len(checked) == 0 or len(bad):
            detail = "; ".join(
                f"{r.surface}: {r.verdict} ({r.explanation})" for r in bad.itertuples()
            )
            raise ReportError(
                f"The report would write {sentence!r}, which does not check as correct: {detail}"
            )
    page.paragraph(" ".join(sentences))
    for ids in result["sources"]:
        page.sources.update(ids)


def _comparison_table(
    table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]
) -> pd.DataFrame:
    period = _period(spec, "period")
    base = parse_span(str(spec["base"])) if "base" in spec else period.year_earlier()
    c = compare(period, base, table=table, reporter=ctx["reporter"], partner=ctx["partner"])
    ctx["page"].sources.update(s for ids in c["sources"] for s in ids)
    names = {"export": "Exports", "import": "Imports", "total": "Total", "balance": "Balance"}
    return pd.DataFrame(
        {
            "flow": [names[f] for f in c["flow"]],
            f"{period.label} (US$)": [
                money(int(v)) if pd.notna(v) else "—" for v in c["value_usd"]
            ],
            f"{base.label} (US$)": [
                money(int(v)) if pd.notna(v) else "—" for v in c["base_value_usd"]
            ],
            "change": [format_pct(float(p), 1) if pd.notna(p) else "—" for p in c["change_pct"]],
            "how": [b if isinstance(b, str) else "—" for b in c["change_basis"]],
        }
    )


def _annual_table(table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]) -> pd.DataFrame:
    from .measures import change

    t = table[(table["reporter"] == ctx["reporter"]) & (table["partner"] == ctx["partner"])]
    rows = []
    for year in range(
        int(spec.get("start", 2016)), int(spec.get("end", 2024)) + 1
    ):  # a row per year
        c = change(t, Span.year(year), Span.year(year - 1)).set_index("flow")
        row: dict[str, str] = {"year": str(year)}
        for flow, name in (("export", "Exports"), ("import", "Imports"), ("total", "Total")):
            v, p = c.loc[flow, "value_usd"], c.loc[flow, "change_pct"]
            row[name] = money(int(v)) if pd.notna(v) else "—"
            row[f"{name} change"] = format_pct(float(p), 1) if pd.notna(p) else "—"
            ctx["page"].sources.update(c.loc[flow, "sources"])
        rows.append(row)
    return pd.DataFrame(rows)


def _coverage_table(table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]) -> pd.DataFrame:
    t = table[(table["reporter"] == ctx["reporter"]) & (table["partner"] == ctx["partner"])]
    grid = coverage(t)
    grid = grid.loc[
        int(spec.get("start", grid.index.min())) : int(spec.get("end", grid.index.max()))
    ]
    return grid.reset_index().astype(str)


_TABLES = {"comparison": _comparison_table, "annual": _annual_table, "coverage": _coverage_table}


def _chart(
    page: _Page, table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any], n: int
) -> None:
    from . import charts

    kind = spec.get("chart")
    rp = {"reporter": ctx["reporter"], "partner": ctx["partner"]}
    draws: dict[str, Callable[[Any], Any]] = {
        "monthly": lambda ax: charts.plot_monthly(table, start=spec.get("start"), end=spec.get("end"),
                                                  events=spec.get("events", True), ax=ax, **rp),
        "annual": lambda ax: charts.plot_annual(table, start=spec.get("start"), end=spec.get("end"), ax=ax, **rp),
        "yoy": lambda ax: charts.plot_yoy(table, start=spec.get("start"), end=spec.get("end"),
                                          flow=spec.get("flow", "total"), ax=ax, **rp),
        "comparison": lambda ax: charts.plot_comparison(table, str(spec.get("period")), spec.get("base"), ax=ax, **rp),
        "products": lambda ax: charts.plot_products(ctx["products"], str(spec.get("period")),
                                                    spec.get("flow", "import"), ax=ax),
    }  # fmt: skip
    if kind not in draws:
        raise ReportError(f"chart must be one of {sorted(draws)}; received {kind!r}.")
    name = f"{n:02d}-{kind}"
    page.figure(name, _svg(draws[kind]), str(spec.get("caption", "")))
    page.sources.update(_chart_sources(table, spec, ctx))


def _chart_sources(table: pd.DataFrame, spec: dict[str, Any], ctx: dict[str, Any]) -> set[str]:
    """The sources of the rows a chart draws."""
    kind = spec.get("chart")
    if kind == "comparison":
        period = _period(spec, "period")
        base = parse_span(str(spec["base"])) if "base" in spec else None
        c = compare(period, base, table=table, reporter=ctx["reporter"], partner=ctx["partner"])
        return {s for ids in c["sources"] for s in ids}
    source = ctx["products"] if kind == "products" else table
    view = (
        source[source["preferred"].fillna(False).astype(bool)]
        if "preferred" in source.columns
        else source
    )
    if kind == "products":
        span = _period(spec, "period")
        view = view[
            (view["start"] == span.start)
            & (view["end"] == span.end)
            & (view["flow"] == spec.get("flow", "import"))
        ]
        return set(view["source_id"].dropna())
    view = view[(view["reporter"] == ctx["reporter"]) & (view["partner"] == ctx["partner"])]
    lo, hi = str(spec.get("start", "1900")), str(spec.get("end", "2999"))
    lo_p = pd.Period(lo if "-" in lo else f"{lo}-01", "M")
    hi_p = pd.Period(hi if "-" in hi else f"{hi}-12", "M")
    if kind in ("annual", "yoy"):  # calendar years only, and the year before for changes
        lo_p = lo_p - 12 if kind == "yoy" else lo_p
        view = view[(view["end"] - view["start"]).map(lambda d: d.n) == 11]
    view = view[(view["end"] >= lo_p) & (view["start"] <= hi_p)]
    return set(view["source_id"].dropna())


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
    page.md.append(
        f"Every figure above comes from these {len(items)} publications (tradestats source ids):"
    )
    page.md.append("")
    page.md += [f"- `{sid}` {title}, {date}. <{url}>" for sid, title, url, date in items]
    page.md.append("")
    lis = "".join(
        f"<li><code>{sid}</code> {html.escape(title)}, {html.escape(date)}. "
        f'<a href="{html.escape(url)}">{html.escape(url)}</a></li>'
        for sid, title, url, date in items
    )
    page.html.append(f"<p>Every figure above comes from these {len(items)} publications:</p>"
                     f"<ul class=\"sources\">{lis}</ul>")  # fmt: skip


def _factcheck(spec: dict[str, Any], ctx: dict[str, Any]) -> tuple[str, str]:
    from .check.render import to_html, to_markdown
    from .check.run import check_text

    text = str(spec["text"]).strip()
    result = check_text(text, data=ctx["evidence"], date=spec.get("date"))
    title = str(spec.get("title", "Fact check"))
    intro = str(spec.get("intro", "")).strip()
    md = (
        f"# {title}\n\n"
        + (f"{intro}\n\n" if intro else "")
        + "## The text checked\n\n> "
        + text
        + "\n\n"
    )
    md += "## Claims and verdicts\n\n" + to_markdown(result, text)
    return md, to_html(result, text, title=title, intro=intro)


def _write_atomically(folder: Path, files: dict[str, bytes]) -> None:
    """Write all files into a new folder and swap it in: never a half-written report."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        for rel, data in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        definition = folder / DEFINITION
        if definition.is_file():
            shutil.copy2(definition, staging / DEFINITION)
        old = folder.with_name(f".{folder.name}-old")
        if old.exists():
            shutil.rmtree(old)
        if folder.exists():
            os.replace(folder, old)
        os.replace(staging, folder)
        if old.exists():
            shutil.rmtree(old)
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
        For an invalid definition, or when a sentence the report would write does not check as
        correct against the data.
    """
    from .check.evidence import Evidence

    folder = Path(reports_dir) / name
    if not folder.is_dir():
        known = ", ".join(list_reports(reports_dir)) or "none"
        raise ReportError(f"No report {name!r} in {reports_dir}; the reports are: {known}.")
    spec = _load(folder)
    table = load_dataset(spec.get("dataset", "china_dprk"), versions="all")
    page = _Page(str(spec["title"]))
    ctx: dict[str, Any] = {
        "reporter": spec.get("reporter", "CHN"),
        "partner": spec.get("partner", "PRK"),
        "evidence": Evidence(table, load_sources()),
        "page": page,
        "products": load_dataset(spec["products"], versions="all") if "products" in spec else None,
    }
    if "subtitle" in spec:
        page.paragraph(str(spec["subtitle"]))
    for n, section in enumerate(spec["sections"], 1):
        if "heading" in section:
            page.heading(str(section["heading"]))
        kind = section.get("kind")
        if kind == "summary":
            _summary(page, table, section, ctx)
        elif kind == "text":
            page.paragraph(str(section["text"]).strip())
        elif kind == "table":
            which = section.get("table")
            if which not in _TABLES:
                raise ReportError(f"table must be one of {sorted(_TABLES)}; received {which!r}.")
            page.table(_TABLES[which](table, section, ctx))
        elif kind == "chart":
            _chart(page, table, section, ctx, n)
        else:
            raise ReportError(
                f"section kind must be summary, text, table or chart; received {kind!r}."
            )
    page.paragraph(
        f"Built by tradestats from the bundled dataset {spec.get('dataset', 'china_dprk')!r}: values are "
        "as published, in current US dollars; totals and balances not published are derived as "
        f"exports ± imports. {country_name(ctx['reporter'])} is the reporting country."
    )
    _sources(page)
    files: dict[str, bytes] = {
        "index.md": ("\n".join(page.md).rstrip() + "\n").encode(),
        "index.html": _html_page(page.title, page.html).encode(),
    }
    for fig, svg in sorted(page.figures.items()):
        files[f"figures/{fig}.svg"] = svg.encode()
    if "factcheck" in spec:
        md, page_html = _factcheck(spec["factcheck"], ctx)
        files["fact-check.md"] = md.encode()
        files["fact-check.html"] = page_html.encode()
    target = Path(out_dir) if out_dir is not None else folder
    if out_dir is not None:
        target.mkdir(parents=True, exist_ok=True)
        for rel, data in files.items():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(data)
    else:
        _write_atomically(folder, files)
    return [target / rel for rel in files]


def build_all(reports_dir: str | Path = "reports") -> list[Path]:
    """Build every report in ``reports_dir``; returns the files written."""
    names = list_reports(reports_dir)
    if not names:
        raise InputError(
            f"reports_dir must hold report folders with a {DEFINITION}; found none in {reports_dir}."
        )
    written: list[Path] = []
    for name in names:
        written += build_report(name, reports_dir)
    return written
