"""``tradestats mirror``: A's exports to B beside B's imports from A, and the reverse."""

from __future__ import annotations

import argparse
import sys

from ._output import write_table

NAME = "mirror"


def add_parser(sub: argparse._SubParsersAction) -> None:
    m = sub.add_parser(
        NAME,
        help="mirror statistics: each flow between two countries beside its partner's report",
    )
    m.add_argument("--reporter", required=True, help="country A")
    m.add_argument("--partner", required=True, help="country B")
    m.add_argument(
        "--period", required=True, help="e.g. 2019-01..2020-12, or 2015..2020 with --freq A"
    )
    m.add_argument(
        "--data",
        metavar="FILE",
        nargs="+",
        help="one or two canonical CSV files holding both sides (default: fetch both from UN Comtrade)",
    )
    m.add_argument(
        "--freq", choices=["M", "A"], default="M", help="Comtrade frequency when fetching"
    )
    m.add_argument("--commodity", default="TOTAL", help="TOTAL or an HS code")
    m.add_argument("--out", help="write the result to FILE (.csv or .parquet)")
    m.add_argument("--quiet", action="store_true", help="no progress bar")
    m.add_argument(
        "--throttle",
        type=float,
        default=6.0,
        metavar="SECONDS",
        help="seconds between Comtrade calls",
    )


def run(args: argparse.Namespace) -> tuple[str, int]:
    from ..countries import resolve_country
    from ..data import read_table
    from ..errors import InputError
    from ..mirror import mirror
    from ..periods import parse_span

    a = resolve_country(args.reporter, "--reporter")
    b = resolve_country(args.partner, "--partner")
    if args.data:
        if len(args.data) > 2:
            raise InputError(f"--data takes one or two files; received {len(args.data)}.")
        tables = [read_table(path, allow_versions=True) for path in args.data]
    else:
        from ..sources.comtrade import fetch_comtrade
        from ..sources.progress import ProgressBar

        span = parse_span(args.period)
        period = str(span)
        tables = []
        for r, p in ((a, b), (b, a)):
            bar = ProgressBar(enabled=False if args.quiet else None)
            try:
                table, report = fetch_comtrade(r, p, period, freq=args.freq, cmd=(args.commodity,),
                                               min_interval=args.throttle, progress=bar)  # fmt: skip
            finally:
                bar.close()
            print(f"{r} → {p}: {report.summary()}", file=sys.stderr)
            tables.append(table)
    result = mirror(tables[0], tables[1] if len(tables) > 1 else None, reporter=a, partner=b,
                    period=args.period, commodity=args.commodity)  # fmt: skip
    if args.out:
        return write_table(result, args.out), 0
    shown = result.copy()
    for col in ("start", "end"):
        shown[col] = shown[col].astype(str)
    lines = [shown.to_string(index=False, max_rows=60), ""]
    for country, why in result.attrs.get("not_reporting", {}).items():
        lines.append(f"{country}: {why}.")
    lines.append("Why a flow and its mirror differ:")
    lines += [f"  - {reason}" for reason in result.attrs["reasons"]]
    return "\n".join(lines) + "\n", 0
