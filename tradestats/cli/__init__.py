"""The ``tradestats`` command line: a thin layer over the library.

One module per command (``data``, ``compare``, ``check``, ``fetch``, ``read``, ``report``); each
has ``add_parser(subparsers)`` and ``run(args) -> (text, status)``. This module assembles them and
keeps the error contract: every failure a user can cause is one line on stderr and an exit code
(see ``tradestats --help`` and :mod:`tradestats.errors`); a bug prints one line and where to
report it, and its traceback only with ``--debug``.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
import warnings
from collections.abc import Sequence

import tradestats

from ..errors import EXIT_BUG, EXIT_INTERRUPTED, EXIT_USAGE, TradestatsError
from . import check, compare, data, fetch, mirror, read, report, scale

__all__ = ["main"]

_COMMANDS = {m.NAME: m for m in (data, compare, check, fetch, read, mirror, report, scale)}

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
    """argparse with usage errors as one line and exit code 2, and the exit codes in every
    command's ``--help``."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("epilog", _EPILOG)
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        kwargs.setdefault("conflict_handler", "resolve")  # a command may define its own --quiet
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # accepted before or after the command name; SUPPRESS keeps a command's parser from
        # resetting what the main parser read
        self.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS,
            help="show the traceback of an unexpected error",
        )  # fmt: skip
        self.add_argument(
            "-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
            help="no progress lines on stderr (they are shown only on a terminal anyway)",
        )  # fmt: skip

    def error(self, message: str) -> None:  # type: ignore[override]
        message = " ".join(message.split())
        self.exit(EXIT_USAGE, f"tradestats: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="tradestats",
        description="Trade statistics you can check: sourced figures, changes, arithmetic.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"tradestats {tradestats.__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    for module in _COMMANDS.values():
        module.add_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Parameters
    ----------
    argv
        The arguments (default ``sys.argv[1:]``).

    Returns
    -------
    int
        The exit code: 0 success, 1 a wrong claim or an accepted incomplete result, 2 bad
        usage or input, 3 an outside failure, 70 a bug, 130 interrupted. ``--help``,
        ``--version`` and usage errors return their code too (no ``SystemExit``).
    """
    argv = sys.argv[1:] if argv is None else [str(a) for a in argv]
    debug = "--debug" in argv
    from ..errors import TradestatsWarning

    with warnings.catch_warnings():
        warnings.simplefilter("always", TradestatsWarning)  # what the user should know, each time
        if not debug:
            warnings.showwarning = _show_warning
        return _main(argv, debug)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001
    """tradestats' own warnings as one line on stderr; other libraries' only with --debug."""
    from ..errors import TradestatsWarning

    if issubclass(category, TradestatsWarning):
        print(f"tradestats: warning: {_one_line(message)}", file=sys.stderr)  # type: ignore[arg-type]


def _main(argv: list[str], debug: bool) -> int:
    from ..progress import set_quiet
    from ._output import preflight

    try:
        try:
            args = _parser().parse_args(argv)
        except SystemExit as stop:  # --help, --version, a usage error: already printed
            return stop.code if isinstance(stop.code, int) else EXIT_USAGE
        set_quiet(getattr(args, "quiet", False))
        preflight(args)
        text, status = _COMMANDS[args.command].run(args)
        sys.stdout.write(text)
        sys.stdout.flush()
        return status
    except TradestatsError as err:
        message = _name_argument(str(err), argv) if str(err).strip() else type(err).__name__
        print(f"tradestats: error: {_one_line(message)}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("tradestats: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `tradestats data china_dprk | head`: the reader has enough
        _silence_stdout()
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
    """The message on one line, whatever its newlines; the class name when it is empty."""
    return " ".join(str(err).split()) or type(err).__name__


def _options(argv: list[str]) -> list[tuple[str, str]]:
    """The ``(--option, value)`` pairs as typed: ``--period 2020`` and ``--period=2020``."""
    pairs = []
    for i, token in enumerate(argv):
        if token.startswith("--") and "=" in token:
            option, value = token.split("=", 1)
            pairs.append((option, value))
        elif token.startswith("--") and i + 1 < len(argv):
            pairs.append((token, argv[i + 1]))
    return pairs


def _quoted(value: str, message: str) -> bool:
    """Whether ``message`` quotes ``value``, whole or cut short (long values are shortened)."""
    return repr(value) in message or (len(value) > 40 and repr(value[:40])[:-1] in message)


def _name_argument(message: str, argv: list[str]) -> str:
    """Prefix the option whose value the message quotes, unless the message names it already.

    A library error says ``Cannot read period '2020-13'``; on the command line the user wants to
    know which option held it: ``--base: Cannot read period '2020-13' …``.
    """
    matches = {
        option
        for option, value in _options(argv)
        if _quoted(value, message) and option not in message
    }
    named = any(option in message for option, _ in _options(argv))
    # an error about a file given with another option (--data x.csv) is about that file
    files = any(
        os.path.basename(value) in message
        for option, value in _options(argv)
        if option not in matches and os.path.basename(value).strip() and os.path.exists(value)
    )
    if len(matches) == 1 and not named and not files:
        return f"{matches.pop()}: {message}"
    return message


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # pragma: no cover - stdout is not a file
        pass
