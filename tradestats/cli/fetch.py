"""``tradestats fetch``: data from a statistical source into the canonical table."""

from __future__ import annotations

import argparse
import sys

from ..errors import EXIT_WRONG
from ._output import write_table

NAME = "fetch"


def add_parser(sub: argparse._SubParsersAction) -> None:
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


def run(args: argparse.Namespace) -> tuple[str, int]:
    from ..comtrade import FetchError, fetch_comtrade

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
    except FetchError:
        print("", file=sys.stderr)
        raise
    print("", file=sys.stderr)
    for line in report.log:
        print(f"  {line}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    text = write_table(table, args.out) if args.out else table.to_string(max_rows=40) + "\n"
    return text, EXIT_WRONG if report.missing else 0
