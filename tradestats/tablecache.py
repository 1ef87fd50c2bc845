"""Work derived from a table, kept between calls while the table lives and is unchanged.

A measure called again on the same table (the checker, ``tradestats compare``, a notebook)
reuses the span engine, the printed changes and the selections it built the first time. An entry
is tied to one table object:

* **It is never served stale.** The entry holds a shallow copy of the table, so under pandas'
  copy-on-write any later write into the table (``t.loc[...] = ...``, ``t[col] = ...``,
  ``t.sort_values(inplace=True)``, ...) gives the table new column arrays; the entry records the
  table's arrays and columns, and the check on every call is that they are the same objects
  (microseconds, whatever the size of the table). Without copy-on-write (pandas 2 with the
  option off) the check also compares the value column's sum and count and the number of
  preferred rows.
* **It never keeps a table alive.** The entry holds no reference to the table itself (a weak
  one); when the table is garbage-collected a finalizer drops its entry. At most
  :data:`SIZE` entries are kept (the least recently used goes first).

Writing into a column's array behind pandas' back (``t["value_usd"].array[0] = 1``) bypasses
copy-on-write and is not detected; pandas' own indexers are.
"""

from __future__ import annotations

import itertools
import threading
import weakref
from collections import OrderedDict

import pandas as pd

__all__ = ["SIZE", "ENTRIES", "state", "forget"]

#: How many tables keep their entries.
SIZE = 16

_PANDAS3 = int(pd.__version__.split(".")[0]) >= 3


class _Entry:
    __slots__ = ("ref", "columns", "arrays", "content", "snapshot", "finalizer", "serial", "data")

    def __init__(self, table: pd.DataFrame, serial: int) -> None:
        self.ref = weakref.ref(table)
        # a shallow copy: no data copied, but a write into the table now copies what it writes
        self.snapshot = table.copy(deep=False)
        self.columns = table.columns
        self.arrays = _arrays(table)
        self.content = None if _copy_on_write() else _content(table)
        self.serial = serial
        self.finalizer: weakref.finalize | None = None
        #: what callers keep for this table: ``"engine"``, ``"printed"``, ...
        self.data: dict = {"snapshot": self.snapshot}

    def valid(self, table: pd.DataFrame) -> bool:
        if self.ref() is not table:
            return False
        cols = table.columns
        if cols is not self.columns and not cols.equals(self.columns):
            return False
        arrays = _arrays(table)
        if arrays is None or self.arrays is None or len(arrays) != len(self.arrays):
            return False
        if not all(a is b for a, b in zip(arrays, self.arrays)):
            return False
        return self.content is None or self.content == _content(table)


#: id(table) -> its entry, least recently used first.
ENTRIES: OrderedDict[int, _Entry] = OrderedDict()
_LOCK = threading.Lock()
_SERIAL = itertools.count()


def _copy_on_write() -> bool:
    return _PANDAS3 or pd.options.mode.copy_on_write is True


def _arrays(table: pd.DataFrame) -> tuple | None:
    """The table's column arrays (its blocks), as objects: replaced by any copy-on-write."""
    try:
        return tuple(table._mgr.arrays)
    except AttributeError:  # pragma: no cover - another pandas internals layout: never cached
        return None


def _content(table: pd.DataFrame) -> tuple:
    """A digest of the values, for pandas without copy-on-write (it misses swapped values)."""
    v = table["value_usd"] if "value_usd" in table.columns else pd.Series(dtype="Int64")
    pref = table["preferred"] if "preferred" in table.columns else None
    return (
        len(table),
        int(v.sum(skipna=True)) if len(v) else 0,
        int(v.notna().sum()),
        None if pref is None else int(pref.fillna(False).astype(bool).sum()),
    )


def _drop(key: int, serial: int) -> None:
    """Finalizer of a table: drop its entry (if it is still the one made for that table)."""
    with _LOCK:
        entry = ENTRIES.get(key)
        if entry is not None and entry.serial == serial:
            del ENTRIES[key]


def _evict(entry: _Entry) -> None:
    if entry.finalizer is not None:
        entry.finalizer.detach()


def state(table: pd.DataFrame) -> dict:
    """The dict of work kept for ``table``: empty for a new or changed table.

    Parameters
    ----------
    table
        Any DataFrame.

    Returns
    -------
    dict
        Kept until the table changes, is garbage-collected or is evicted; ``"snapshot"`` is a
        shallow copy of the table (compute from it, not from the table, so nothing cached
        refers to the table itself).
    """
    key = id(table)
    with _LOCK:
        entry = ENTRIES.get(key)
        if entry is not None:
            if entry.valid(table):
                ENTRIES.move_to_end(key)
                return entry.data
            del ENTRIES[key]
            _evict(entry)
    entry = _Entry(table, next(_SERIAL))
    entry.finalizer = weakref.finalize(table, _drop, key, entry.serial)
    entry.finalizer.atexit = False
    with _LOCK:
        old = ENTRIES.pop(key, None)
        if old is not None:
            _evict(old)
        ENTRIES[key] = entry
        while len(ENTRIES) > SIZE:
            _, gone = ENTRIES.popitem(last=False)
            _evict(gone)
    return entry.data


def forget(table: pd.DataFrame | None = None) -> None:
    """Drop the entry of ``table`` (every entry when ``None``)."""
    with _LOCK:
        if table is None:
            gone = list(ENTRIES.values())
            ENTRIES.clear()
        else:
            entry = ENTRIES.pop(id(table), None)
            gone = [] if entry is None else [entry]
    for entry in gone:
        _evict(entry)
