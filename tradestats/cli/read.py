"""``tradestats read``: a Comtrade bulk file or a China Customs export."""

from __future__ import annotations

import argparse

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
    rd.add_argument("--out", help="write the table to FILE (.csv or .parquet) instead of a summary")


def run(args: argparse.Namespace) -> tuple[str, int]:
    from ..readers import read_file

    table = read_file(args.file, flow=args.flow, reporter=args.reporter)
    if args.out:
        return write_table(table, args.out), 0
    cols = ["reporter", "partner", "flow", "start", "commodity", "value_usd", "note"]
    shown = table[[c for c in cols if c in table.columns]].to_string(max_rows=40)
    return f"{len(table)} rows\n{shown}\n", 0
