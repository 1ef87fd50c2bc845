"""A progress line on stderr for long fetches and reads: shown only on a terminal.

The bar names what is being done (the chunk being fetched, a retry and its wait, the share of a
file read) and is rewritten in place; it never goes to stdout and is off when stderr is not a
terminal or the user asked for quiet.
"""

from __future__ import annotations

import sys
from typing import TextIO

__all__ = ["ProgressBar"]


class ProgressBar:
    """``ProgressBar()(done, total, message)`` draws ``[#####     ] 5/10 message``.

    Parameters
    ----------
    stream
        Where to draw (default ``sys.stderr``).
    enabled
        ``None``: only when ``stream`` is a terminal; ``False``: never (``--quiet``).
    minimum
        Draw only when ``total`` is larger than this (a fetch of more than a few calls).
    """

    def __init__(
        self, stream: TextIO | None = None, enabled: bool | None = None, minimum: int = 3
    ) -> None:
        self.stream = stream or sys.stderr
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.enabled = bool(isatty()) if enabled is None else enabled
        self.minimum = minimum
        self.drawn = False

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled or total <= self.minimum:
            return
        bar = "#" * int(20 * done / total) if total else ""
        line = f"\r[{bar:<20}] {done}/{total} {message}"[:110]
        self.stream.write(f"{line:<110}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        """End the line (if one was drawn)."""
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False
