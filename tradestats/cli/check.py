"""``tradestats check``: the quantitative trade claims of a text, checked against the data."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from ..data import read_table
from ..errors import EXIT_WRONG, InputError

NAME = "check"


def add_parser(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser(NAME, help="check the quantitative trade claims of a text")
    k.add_argument("file", help="a text file, or - for standard input")
    k.add_argument("--date", help="publication date YYYY-MM-DD (resolves 'last year', 'in May')")
    k.add_argument("--data", metavar="FILE", help="a canonical CSV to check against")
    k.add_argument("--format", choices=["text", "json", "markdown", "html"], default="text")


def run(args: argparse.Namespace) -> tuple[str, int]:
    """Exit status 0 when no claim is wrong, 1 when one is."""
    from ..check.render import to_html, to_json, to_markdown, to_text
    from ..check.run import check_text

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
    status = EXIT_WRONG if (result["verdict"] == "wrong").any() else 0
    if args.format == "json":
        return to_json(result, args.date) + "\n", status
    if args.format == "markdown":
        return to_markdown(result, text), status
    if args.format == "html":
        return to_html(result, text, title="tradestats fact check"), status
    return to_text(result, text), status
