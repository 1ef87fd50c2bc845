"""Progress on stderr for commands that may run longer than a few seconds.

One small helper shared by the commands: a line such as ``checking big.txt: 41% (8.2 of 20 MB),
12 s`` rewritten in place on standard error. It is shown only when standard error is a terminal
and ``--quiet`` was not given, only after the work has run for a moment (``delay``), and at most
a few times a second (``interval``), so that quick commands, pipes, logs and tests see nothing.

Two ways to report:

* :meth:`Progress.update` with a count of work done (chunks fetched, bytes read);
* :meth:`Progress.ticking` around one long call that cannot report (the elapsed time is shown
  by a background thread until the call returns).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TextIO

__all__ = ["Progress", "set_quiet"]

_QUIET = False


def set_quiet(quiet: bool) -> None:
    """Hide (``True``) or allow (``False``) every progress line of this process (``--quiet``)."""
    global _QUIET
    _QUIET = bool(quiet)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):  # closed or replaced streams
        return False


class Progress:
    """A throttled, self-erasing progress line on a terminal.

    Parameters
    ----------
    label
        What is being done, e.g. ``"checking big.txt"``.
    total
        The amount of work, when known (shown as a percentage with ``done``).
    unit
        ``"bytes"`` shows sizes in MB; anything else is printed after the counts
        (``3 of 10 chunks``).
    stream
        Where to write (default ``sys.stderr`` at the time of creation).
    enabled
        Force the line on or off; by default on when ``stream`` is a terminal and
        :func:`set_quiet` was not called with ``True``.
    delay
        Seconds of work before the first line appears.
    interval
        Seconds between two lines at the least.
    clock
        The time source (for tests).

    Examples
    --------
    >>> with Progress("reading", total=3, unit="chunks") as p:
    ...     for i in range(3):
    ...         p.update(i + 1)
    """

    def __init__(
        self,
        label: str,
        total: float | None = None,
        *,
        unit: str = "",
        stream: TextIO | None = None,
        enabled: bool | None = None,
        delay: float = 1.0,
        interval: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.total = total
        self.unit = unit
        self.stream = sys.stderr if stream is None else stream
        self.enabled = (not _QUIET and _is_terminal(self.stream)) if enabled is None else enabled
        self.delay = delay
        self.interval = interval
        self._clock = clock
        self._started = clock()
        self._last = float("-inf")
        self._width = 0
        self._done: float = 0
        self._lock = threading.Lock()

    # -- reporting ------------------------------------------------------------------------------
    def update(self, done: float, total: float | None = None) -> None:
        """Record ``done`` units of work (of ``total``, if it changed); redraw when it is time."""
        self._done = done
        if total is not None:
            self.total = total
        if not self.enabled:
            return
        now = self._clock()
        if now - self._started < self.delay or now - self._last < self.interval:
            return
        self._draw(now)

    def advance(self, n: float) -> None:
        """Record ``n`` more units of work (see :meth:`update`)."""
        self.update(self._done + n)

    @contextlib.contextmanager
    def ticking(self) -> Iterator[Progress]:
        """Redraw the elapsed time from a background thread while the body runs."""
        if not self.enabled:
            yield self
            return
        stop = threading.Event()

        def tick() -> None:
            while not stop.wait(self.interval):
                self.update(self._done)

        thread = threading.Thread(target=tick, name="tradestats-progress", daemon=True)
        thread.start()
        try:
            yield self
        finally:
            stop.set()
            thread.join()

    def close(self) -> None:
        """Erase the line, if one was drawn."""
        with self._lock:
            if self._width:
                self._write("\r" + " " * self._width + "\r")
                self._width = 0

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- drawing --------------------------------------------------------------------------------
    def text(self, now: float | None = None) -> str:
        """The progress line (without the carriage return)."""
        elapsed = (self._clock() if now is None else now) - self._started
        parts = [self.label]
        if self.total:
            share = min(1.0, max(0.0, self._done / self.total))
            parts.append(f"{share:.0%} ({self._amount(self._done)} of {self._amount(self.total)})")
        elif self._done:
            parts.append(self._amount(self._done))
        return f"{': '.join(parts)}, {elapsed:.0f} s"

    def _amount(self, n: float) -> str:
        if self.unit == "bytes":
            return f"{n / 1e6:.1f} MB"
        return f"{n:g} {self.unit}".rstrip()

    def _draw(self, now: float) -> None:
        with self._lock:
            line = self.text(now)
            pad = max(0, self._width - len(line))
            self._write("\r" + line + " " * pad)
            self._width = len(line)
            self._last = now

    def _write(self, s: str) -> None:
        try:
            self.stream.write(s)
            self.stream.flush()
        except (OSError, ValueError):  # a closed terminal must not fail the command
            self.enabled = False
