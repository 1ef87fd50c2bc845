"""The ``tradestats`` command line: a thin layer over the library.

One module per command (``data``, ``compare``, ``check``, ``fetch``, ``read``, ``report``); each
has ``add_parser(subparsers)`` and ``run(args) -> (text, status)``. This module assembles them and
keeps the error contract: every failure a user can cause is one line on stderr and an exit code
(see ``tradestats --help`` and :mod:`tradestats.errors`); a bug prints one line and where to
report it, and its traceback only with ``--debug``.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

import tradestats

from ..errors import EXIT_BUG, EXIT_INTERRUPTED, EXIT_USAGE, TradestatsError
from . import check, compare, data, fetch, read, report, scale

__all__ = ["main"]

_COMMANDS = {m.NAME: m for m in (data, compare, check, fetch, read, report, scale)}

_EPILOG = """exit codes:
  0    success
  1    a claim checked as wrong, or an incomplete result you asked to accept
  2    bad usage or bad input
  3    a failure outside your input: network, service, disk
  70   a bug in tradestats (one line; --debug shows the traceback)
  130  interrupted
"""

ISSUES_URL = "https://github.com/tradestats/tradestats/issues"


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"tradestats: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tradestats",
        description="Trade statistics you can check: sourced figures, changes, arithmetic.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"tradestats {tradestats.__version__}")
    p.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    for module in _COMMANDS.values():
        module.add_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    debug = "--debug" in (sys.argv[1:] if argv is None else list(argv))
    try:
        args = _parser().parse_args(argv)
        text, status = _COMMANDS[args.command].run(args)
        sys.stdout.write(text)
        sys.stdout.flush()
        return status
    except TradestatsError as err:
        print(f"tradestats: error: {_one_line(err)}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("tradestats: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `tradestats check big.txt | head`
        return 0
    except Exception as err:  # noqa: BLE001 - the last line of the error contract
        if debug:
            traceback.print_exc()
        else:
            print(
                f"tradestats: internal error: {type(err).__name__}: {_one_line(err)} "
                f"(a bug; please report it at {ISSUES_URL}, with --debug output)",
                file=sys.stderr,
            )
        return EXIT_BUG


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())
