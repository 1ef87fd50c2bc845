"""Array work on long tables, split over the machine's cores.

numpy's element-wise loops and fancy indexing, and Arrow's compute kernels, release the
interpreter lock while they run: on a table of half a million rows or more, independent pieces of
such work run in threads, one per core (the engines tradestats is measured against use every
core too). Shorter tables run in the calling thread: a thread costs more than it saves there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Work over at least this many rows goes to threads.
THREADED_ROWS = 500_000
#: The most rows of one chunk in :func:`in_chunks`: its temporaries stay a few megabytes, in
#: the processor's cache.
CHUNK_ROWS = 1 << 18


def _cores() -> int:
    """The cores this process may run on (not every core of the machine)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # (not on every platform)
        return os.cpu_count() or 1


def _workers(pieces: int, rows: int) -> int:
    return 1 if rows < THREADED_ROWS else max(1, min(pieces, _cores()))


def each(fn: Callable[[T], R], items: list[T], rows: int) -> list[R]:
    """``[fn(x) for x in items]``, in threads when ``rows`` (the table's length) is large.

    ``fn`` must spend its time outside the interpreter lock (Arrow kernels, numpy loops).
    """
    workers = _workers(len(items), rows)
    if workers < 2:
        return [fn(x) for x in items]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fn, items))


def in_chunks(fn: Callable[[int, int], R], n: int) -> list[R]:
    """``[fn(lo, hi) ...]`` over consecutive chunks of at most :data:`CHUNK_ROWS` rows, of
    equal size, that cover ``range(n)`` (one empty chunk when ``n`` is 0); in threads when
    ``n`` is large.

    Each call may write only its own part of any shared output.
    """
    k = max(1, -(-n // CHUNK_ROWS))
    bounds = [n * i // k for i in range(k + 1)]
    return each(lambda b: fn(*b), list(zip(bounds[:-1], bounds[1:])), n)
