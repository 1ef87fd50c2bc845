"""The ``tradestats`` command line: a thin layer over the library.

Library errors are caught here only, printed to stderr without a traceback, with exit code 2.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence

import pandas as pd

import tradestats

from .compare import compare
from .coverage import coverage
from .data import list_datasets, load_dataset, read_table
from .errors import InputError, TradestatsError
from .formatting import format_pct, format_usd
from .periods import parse_span

__all__ = ["main"]

_FLOW_LABEL = {"export": "exports", "import": "imports", "total": "total", "balance": "balance"}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tradestats",
        description="Trade statistics you can check: sourced figures, changes, arithmetic.",
    )
    p.add_argument("--version", action="version", version=f"tradestats {tradestats.__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    d = sub.add_parser("data", help="list the bundled datasets, or show the coverage of one")
    d.add_argument("name", nargs="?", help="dataset name (omit to list them)")
    d.add_argument("--versions", choices=["preferred", "all"], default="preferred")

    c = sub.add_parser("compare", help="compare one period with a base period for one pair")
    c.add_argument("--period", required=True, help="e.g. 'Jan-Feb 2020', '2020-01/02', '2019'")
    c.add_argument("--base", help="the base period (default: the same period a year earlier)")
    c.add_argument("--reporter", default="CHN", help="reporting country (default CHN)")
    c.add_argument("--partner", default="PRK", help="partner country (default PRK)")
    c.add_argument("--commodity", default="TOTAL", help="TOTAL or an HS code")
    c.add_argument(
        "--data", metavar="FILE", help="a canonical CSV to use instead of the bundled data"
    )
    c.add_argument("--format", choices=["table", "json", "csv"], default="table")

    k = sub.add_parser("check", help="check the quantitative trade claims of a text")
    k.add_argument("file", help="a text file, or - for standard input")
    k.add_argument("--date", help="publication date YYYY-MM-DD (resolves 'last year', 'in May')")
    k.add_argument("--data", metavar="FILE", help="a canonical CSV to check against")
    k.add_argument("--format", choices=["text", "json", "markdown", "html"], default="text")

    f = sub.add_parser(
        "fetch", help="fetch data from a statistical source into the canonical table"
    )
    fsub = f.add_subparsers(dest="source", required=True, metavar="SOURCE")
    fc = fsub.add_parser(
        "comtrade", help="UN Comtrade goods data (COMTRADE_API_KEY for the keyed API)"
    )
    fc.add_argument("--reporter", required=True)
    fc.add_argument("--partner", required=True)
    fc.add_argument(
        "--period", required=True, help="e.g. 2019-01..2020-12 (monthly) or 2015-01..2020-12"
    )
    fc.add_argument("--freq", choices=["M", "A"], default="M")
    fc.add_argument(
        "--flow", default="X,M", help="Comtrade flow codes, comma-separated (default X,M)"
    )
    fc.add_argument("--cmd", default="TOTAL", help="TOTAL or HS codes, comma-separated")
    fc.add_argument("--out", help="write the table to FILE (.csv or .parquet)")
    fc.add_argument(
        "--refresh", action="store_true", help="ask again although the answer is cached"
    )
    fc.add_argument("--as-of", help="no request: the table as the cache knew it on YYYY-MM-DD")
    fc.add_argument("--chunk-months", type=int, default=12, help=argparse.SUPPRESS)
    fc.add_argument("--max-retries", type=int, default=5, help=argparse.SUPPRESS)
    fc.add_argument("--timeout", type=float, default=60.0, help=argparse.SUPPRESS)
    fc.add_argument("--backoff", type=float, default=1.0, help=argparse.SUPPRESS)

    rd = sub.add_parser("read", help="read a Comtrade bulk file or a China Customs export")
    rd.add_argument("file")
    rd.add_argument(
        "--flow", choices=["export", "import"], help="China Customs exports do not say; give it"
    )
    rd.add_argument(
        "--reporter", default="CHN", help="reporter of a China Customs export (default CHN)"
    )
    rd.add_argument("--out", help="write the table to FILE (.csv or .parquet) instead of a summary")

    r = sub.add_parser("report", help="build the reports defined in reports/")
    rsub = r.add_subparsers(dest="action", required=True, metavar="ACTION")
    b = rsub.add_parser("build", help="rebuild one report, or all with --all")
    b.add_argument("name", nargs="?", help="the report's folder name in reports/")
    b.add_argument("--all", action="store_true", help="build every report")
    b.add_argument(
        "--reports-dir", default="reports", help="folder holding the reports (default reports)"
    )
    rsub.add_parser("list", help="list the reports").add_argument(
        "--reports-dir", default="reports"
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    status = 0
    try:
        if args.command == "data":
            text = _data(args)
        elif args.command == "compare":
            text = _compare(args)
        elif args.command == "report":
            text = _report(args)
        elif args.command == "fetch":
            text, status = _fetch(args)
        elif args.command == "read":
            text = _read(args)
        else:
            text, status = _check(args)
    except TradestatsError as err:
        print(f"tradestats: error: {err}", file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return status


def _write_table(table: pd.DataFrame, out: str) -> str:
    path = out.lower()
    frame = table.copy()
    for col in ("start", "end"):
        if col in frame.columns:
            frame[col] = frame[col].astype(str)
    if path.endswith(".parquet"):
        try:
            frame.to_parquet(out, index=False)
        except ImportError as err:
            raise InputError(
                "--out FILE.parquet needs pyarrow: pip install pyarrow (or write .csv)."
            ) from err
    elif path.endswith(".csv"):
        frame.to_csv(out, index=False, lineterminator="\n")
    else:
        raise InputError(f"--out must end in .csv or .parquet; received {out!r}.")
    return f"wrote {len(frame)} rows to {out}\n"


def _fetch(args: argparse.Namespace) -> tuple[str, int]:
    from .comtrade import FetchError, fetch_comtrade

    def progress(done: int, total: int, what: str) -> None:
        bar = "#" * int(20 * done / total)
        print(f"\r[{bar:<20}] {done}/{total} chunks ({what})", end="", file=sys.stderr, flush=True)

    try:
        table, report = fetch_comtrade(
            args.reporter, args.partner, args.period, freq=args.freq,
            flows=tuple(args.flow.split(",")), cmd=tuple(args.cmd.split(",")), refresh=args.refresh,
            as_of=args.as_of, chunk_periods=args.chunk_months, max_retries=args.max_retries,
            timeout=args.timeout, backoff=args.backoff, progress=progress,
        )  # fmt: skip
    except FetchError as err:
        print(f"\ntradestats: error: {err}", file=sys.stderr)
        return "", 1
    print("", file=sys.stderr)
    for line in report.log:
        print(f"  {line}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    text = _write_table(table, args.out) if args.out else table.to_string(max_rows=40) + "\n"
    return text, 1 if report.missing else 0


def _read(args: argparse.Namespace) -> str:
    from .readers import read_file

    table = read_file(args.file, flow=args.flow, reporter=args.reporter)
    if args.out:
        return _write_table(table, args.out)
    cols = ["reporter", "partner", "flow", "start", "commodity", "value_usd", "note"]
    return (
        f"{len(table)} rows\n"
        + table[[c for c in cols if c in table.columns]].to_string(max_rows=40)
        + "\n"
    )


def _report(args: argparse.Namespace) -> str:
    from .report import build_all, build_report, list_reports

    if args.action == "list":
        return "\n".join(list_reports(args.reports_dir)) + "\n"
    if args.all == bool(args.name):
        raise InputError("report build needs a report name or --all (not both).")
    written = build_all(args.reports_dir) if args.all else build_report(args.name, args.reports_dir)
    return "".join(f"wrote {p}\n" for p in written)


def _check(args: argparse.Namespace) -> tuple[str, int]:
    """Exit status 0 when no claim is wrong, 1 when one is."""
    from .check.render import to_html, to_json, to_markdown, to_text
    from .check.run import check_text

    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(args.file, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
        except OSError as err:
            raise InputError(
                f"file must be a readable text file or -; cannot read {args.file!r}: {err.strerror}"
            ) from err
    if args.date is not None:
        try:
            pd.Period(args.date, freq="D")
        except (ValueError, TypeError) as err:
            raise InputError(f"--date must be a date YYYY-MM-DD; received {args.date!r}.") from err
    data = read_table(args.data, allow_versions=True) if args.data else None
    result = check_text(text, data=data, date=args.date)
    status = 1 if (result["verdict"] == "wrong").any() else 0
    if args.format == "json":
        return to_json(result, args.date) + "\n", status
    if args.format == "markdown":
        return to_markdown(result, text), status
    if args.format == "html":
        return to_html(result, text, title="tradestats fact check"), status
    return to_text(result, text), status


def _data(args: argparse.Namespace) -> str:
    if not args.name:
        listing = list_datasets()
        lines = ["Bundled datasets (tradestats data NAME shows coverage):", ""]
        for _, row in listing.iterrows():
            lines.append(f"  {row['name']:<22} {row['description']}")
            if row["unit"]:
                lines.append(f"  {'':<22} unit: {row['unit']}; coverage {row['coverage']}")
        lines += ["", _cached()]
        return "\n".join(lines) + "\n"
    table = load_dataset(args.name, versions=args.versions)
    if "value_usd" not in table.columns:
        return table.to_string(index=False) + "\n"
    grid = coverage(table)
    head = (
        f"{args.name}: {len(table)} rows ({args.versions} versions), "
        f"{table['source_id'].nunique()} sources.\n"
        "Single months with a value (E exports, I imports, T total; - none), combined "
        "Jan-Feb releases, annual figures and other cumulative spans (MM..MM):\n\n"
    )
    return head + grid.to_string() + "\n"


def _cached() -> str:
    """The downloads in the cache, with their vintages."""
    import json as _json

    from .cache import cache_dir

    root = cache_dir() / "comtrade"
    queries = sorted(root.glob("*/query.json")) if root.is_dir() else []
    if not queries:
        return f"Cached downloads: none (cache {cache_dir()})."
    lines = [f"Cached downloads ({cache_dir()}):"]
    for qfile in queries:
        q = _json.loads(qfile.read_text(encoding="utf-8"))
        vintages = sorted({p.stem for p in qfile.parent.glob("*/*.json")})
        lines.append(
            f"  comtrade {q['reporter']}-{q['partner']} {q['period']} {q['freq']} {','.join(q['flows'])} "
            f"{','.join(q['cmd'])}: {len(vintages)} vintage(s), latest {vintages[-1] if vintages else '-'}"
        )
    return "\n".join(lines)


def _compare(args: argparse.Namespace) -> str:
    period = parse_span(args.period)
    base = parse_span(args.base) if args.base else period.year_earlier()
    table = read_table(args.data, allow_versions=True) if args.data else None
    result = compare(
        period,
        base,
        table=table,
        reporter=args.reporter,
        partner=args.partner,
        commodity=args.commodity,
    )
    if args.format == "json":
        return json.dumps(_records(result), ensure_ascii=False, indent=2) + "\n"
    if args.format == "csv":
        flat = pd.DataFrame(_records(result))
        for col in ("value_usd", "base_value_usd", "change_abs_usd"):
            flat[col] = flat[col].astype("Int64")
        flat["sources"] = [";".join(s["id"] for s in rec) for rec in flat["sources"]]
        buf = io.StringIO()
        flat.to_csv(buf, index=False, lineterminator="\n")
        return buf.getvalue()
    return _table(result, period.label, base.label)


def _none(value: object) -> object:
    return None if pd.isna(value) else value  # type: ignore[arg-type]


def _records(result: pd.DataFrame) -> list[dict[str, object]]:
    records = []
    for _, r in result.iterrows():
        pct = _none(r["change_pct"])
        records.append(
            {
                "reporter": r["reporter"],
                "partner": r["partner"],
                "flow": r["flow"],
                "commodity": r["commodity"],
                "period": r["period"],
                "base": r["base"],
                "value_usd": None if pd.isna(r["value_usd"]) else int(r["value_usd"]),
                "base_value_usd": None
                if pd.isna(r["base_value_usd"])
                else int(r["base_value_usd"]),
                "change_abs_usd": None if pd.isna(r["change_abs"]) else int(r["change_abs"]),
                "change_pct": None if pct is None else round(float(pct), 4),
                "change_basis": _none(r["change_basis"]),
                "published_change_pct": _none(r["published_change_pct"]),
                "base_effect": r["base_effect"] or None,
                "derivation": _none(r["derivation"]),
                "explanation": r["explanation"],
                "sources": r["source_records"],
            }
        )
    return records


def _table(result: pd.DataFrame, period: str, base: str) -> str:
    first = result.iloc[0]
    lines = [
        f"{first['reporter']} trade with {first['partner']} ({first['commodity']}), "
        f"{period} compared with {base}; US dollars, as published by the sources below.",
        "",
        f"{'flow':<9} {period:>16} {base:>16} {'change':>9}  how the change was obtained",
    ]
    refs: dict[str, int] = {}
    for _, r in result.iterrows():
        value, old = _money(r["value_usd"]), _money(r["base_value_usd"])
        pct = "—" if pd.isna(r["change_pct"]) else format_pct(r["change_pct"], 1)
        for sid in r["sources"]:
            refs.setdefault(sid, len(refs) + 1)
        marks = "".join(f"[{refs[s]}]" for s in r["sources"])
        lines.append(
            f"{_FLOW_LABEL[r['flow']]:<9} {value:>16} {old:>16} {pct:>9}  {_how(r)} {marks}"
        )
    lines += ["", "How each figure was obtained:"]
    lines += [f"  {_FLOW_LABEL[r['flow']]}: {r['explanation']}" for _, r in result.iterrows()]
    lines += ["", "Sources:"]
    records = {rec["id"]: rec for recs in result["source_records"] for rec in recs}
    for sid, n in refs.items():
        rec = records.get(sid, {})
        lines.append(f"  [{n}] {rec.get('title', sid)} ({rec.get('published', '?')})")
        lines.append(f"      {rec.get('url', '')}")
    return "\n".join(lines) + "\n"


def _money(value: object) -> str:
    """Millions with the decimals the stored digits need (2 to 3): $197.39m, $0.616m."""
    if pd.isna(value):  # type: ignore[arg-type]
        return "—"
    v = int(value)  # type: ignore[call-overload]
    needed = len(str(abs(v) % 1_000_000).zfill(6).rstrip("0"))
    return format_usd(v, short=True, decimals=min(3, max(2, needed)))


def _how(r: pd.Series) -> str:
    basis = r["change_basis"] if isinstance(r["change_basis"], str) else ""
    if basis == "computed":
        printed = r["published_change_pct"]
        return "computed" + ("" if pd.isna(printed) else f" (printed {printed}%)")
    if basis == "published":
        return "as printed by the publisher (base not in data)"
    return "not computable"
