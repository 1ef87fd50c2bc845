"""``tradestats check``: the quantitative trade claims of a text, checked against the data."""

from __future__ import annotations

import argparse
import codecs
import datetime
import os
import re
import sys

from ..data import read_table
from ..errors import EXIT_WRONG, InputError
from ..progress import Progress

NAME = "check"


def add_parser(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser(NAME, help="check the quantitative trade claims of a text")
    k.add_argument("file", help="a text file, or - for standard input")
    k.add_argument("--date", help="publication date YYYY-MM-DD (resolves 'last year', 'in May')")
    k.add_argument("--data", metavar="FILE", help="a canonical CSV to check against")
    k.add_argument("--format", choices=["text", "json", "markdown", "html"], default="text")
    k.add_argument(
        "--encoding", default="utf-8", help="the text's encoding (default utf-8; a BOM is honoured)"
    )


def run(args: argparse.Namespace) -> tuple[str, int]:
    """Exit status 0 when no claim is wrong, 1 when one is."""
    from ..check.render import to_html, to_json, to_markdown, to_text
    from ..check.run import check_text

    text = read_text(args.file, args.encoding)
    if args.date is not None and not _is_date(args.date):
        raise InputError(f"--date must be a date YYYY-MM-DD (or YYYY-MM); received {args.date!r}.")
    data = read_table(args.data, allow_versions=True) if args.data is not None else None
    with Progress(f"checking {_name(args.file)} ({len(text):,} characters)") as bar, bar.ticking():
        result = check_text(text, data=data, date=args.date)
        status = EXIT_WRONG if (result["verdict"] == "wrong").any() else 0
        if args.format == "json":
            return to_json(result, args.date) + "\n", status
        if args.format == "markdown":
            return to_markdown(result, text), status
        if args.format == "html":
            return to_html(result, text, title="tradestats fact check"), status
        return to_text(result, text), status


_BLOCK = 1 << 20


def _is_date(text: str) -> bool:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}(-[0-9]{2})?", text):
        return False
    try:
        datetime.date.fromisoformat(text if len(text) == 10 else text + "-01")
    except ValueError:
        return False
    return True


def _name(file: str) -> str:
    return "standard input" if file == "-" else os.path.basename(file)


def read_text(file: str, encoding: str = "utf-8") -> str:
    """The text of ``file`` (``-``: standard input), decoded strictly; progress while reading.

    Raises
    ------
    InputError
        The file cannot be read, is not text (NUL bytes), or is not in ``encoding``.
    """
    try:
        codec = codecs.lookup(encoding).name
    except LookupError as err:
        raise InputError(
            f"--encoding must be a text encoding such as utf-8 or cp1252; received {encoding!r}."
        ) from err
    what = "standard input" if file == "-" else repr(file)
    try:
        if file == "-":
            raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else None
            if raw is None:  # a text stream without bytes (tests, embedding)
                return sys.stdin.read()
        else:
            size = os.path.getsize(file) if os.path.isfile(file) else None
            with (
                open(file, "rb") as fh,
                Progress(f"reading {_name(file)}", size, unit="bytes") as bar,
            ):
                parts = []
                while block := fh.read(_BLOCK):
                    parts.append(block)
                    bar.advance(len(block))
                raw = b"".join(parts)
    except OSError as err:
        raise InputError(
            f"file must be a readable text file or -; cannot read {what}: {err.strerror or err}."
        ) from err
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and codec.startswith("utf-8"):
        codec = "utf-16"
    elif raw.startswith(codecs.BOM_UTF8) and codec == "utf-8":
        codec = "utf-8-sig"
    if b"\x00" in raw and not codec.startswith("utf-16"):
        raise InputError(
            f"file {what} must be a text file; it holds NUL bytes (offset {raw.index(0)}): "
            "a binary file such as a PDF, a spreadsheet or a compressed file?"
        )
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as err:
        bad = raw[err.start : err.start + 1].hex()
        raise InputError(
            f"file {what} must be {encoding} text; byte 0x{bad} at offset {err.start} is not "
            f"(give the right one with --encoding, e.g. --encoding cp1252)."
        ) from err
