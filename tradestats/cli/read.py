"""``tradestats read``: a Comtrade bulk file or a China Customs export."""

from __future__ import annotations

import argparse
import sys

from ._output import write_table

NAME = "read"


def add_parser(sub: argparse._SubParsersAction) -> None:
    rd = sub.add_parser(NAME, help="read a Comtrade bulk file or a China Customs export")
    rd.add_argument("file")
    rd.add_argument(
        "--flow", choices=["export", "import"], help="China Customs exports do not say; give it"
    )
    rd.add_argument(
        "--reporter", default="CHN", help="reporter of a China Customs export (default CHN)"
    )
    rd.add_argument(
        "--period",
        help="the months a cumulative China Customs export covers, e.g. 2024-01..2024-06",
    )
    rd.add_argument("--out", help="write the table to FILE (.csv or .parquet) instead of a summary")
    rd.add_argument(
        "--other-flows",
        metavar="FILE",
        help="write the rows of a Comtrade bulk file's other flows (RX, RM, ...) to FILE",
    )
    rd.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> tuple[str, int]:
    from ..errors import InputError
    from ..sources.progress import ProgressBar
    from ..sources.readers import is_comtrade_bulk, read_comtrade_bulk, read_file

    bar = ProgressBar(enabled=False if args.quiet else None, minimum=0)
    other = None
    try:
        if is_comtrade_bulk(args.file):
            table, other = read_comtrade_bulk(args.file, with_other_flows=True, progress=bar)
        else:
            if args.other_flows:
                raise InputError(
                    "--other-flows is for Comtrade bulk files; a China Customs export has one flow."
                )
            table = read_file(args.file, flow=args.flow, reporter=args.reporter, period=args.period)
    finally:
        bar.close()
    if other is not None and len(other):
        counts = ", ".join(f"{f} {n}" for f, n in other["flow"].value_counts().sort_index().items())
        kept = (
            f"written to {args.other_flows}"
            if args.other_flows
            else "--other-flows FILE writes them"
        )
        print(
            f"other flows in the file, not in the table: {counts} row(s) ({kept})", file=sys.stderr
        )
        if args.other_flows:
            write_table(other, args.other_flows)
    if args.out:
        return write_table(table, args.out), 0
    cols = ["reporter", "partner", "flow", "start", "commodity", "value_usd", "note"]
    shown = table[[c for c in cols if c in table.columns]].to_string(max_rows=40)
    return f"{len(table)} rows\n{shown}\n", 0
