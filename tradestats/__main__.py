"""``python -m tradestats`` and the ``tradestats`` command: the command line.

The entry point lives here, outside :mod:`tradestats.cli`, so that a Ctrl-C while the command
modules (and pandas) are still being imported ends with the same one line and exit code 130 as a
Ctrl-C later on.
"""

import sys

from .errors import EXIT_INTERRUPTED


def run() -> int:
    """Import the command line and run it; returns the exit code."""
    try:
        from .cli import main
    except KeyboardInterrupt:
        print("tradestats: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return main()


if __name__ == "__main__":
    sys.exit(run())
