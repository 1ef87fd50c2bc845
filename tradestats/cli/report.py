"""``tradestats report``: build the reports defined in reports/."""

from __future__ import annotations

import argparse
import os

from ..errors import InputError

NAME = "report"


def add_parser(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser(NAME, help="build the reports defined in reports/")
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


def run(args: argparse.Namespace) -> tuple[str, int]:
    from ..report import build_all, build_report, list_reports

    if not os.path.isdir(args.reports_dir):
        raise InputError(
            f"--reports-dir must be an existing folder of reports; received {args.reports_dir!r}."
        )
    if args.action == "list":
        return "\n".join(list_reports(args.reports_dir)) + "\n", 0
    if args.all == bool(args.name):
        raise InputError("report build needs a report name or --all (not both).")
    written = build_all(args.reports_dir) if args.all else build_report(args.name, args.reports_dir)
    return "".join(f"wrote {p}\n" for p in written), 0
