"""The Dask engine: a measure runs on every partition of a ``dask.dataframe.DataFrame``.

Each measure is the pandas definition, applied with ``map_partitions``; what this engine adds is
the guarantee that every partition holds *all* the rows the measure must see together (a
series for a change, a rolling sum or a year total; the parts and their whole for a share):

* a frame indexed by one of the measure's co-location keys, with known divisions (as written by
  :func:`write_dataset` and read by :func:`read_dataset`), already has it: no data moves;
* any other frame is shuffled on the co-location keys first (``DataFrame.shuffle``).

Arguments whose default depends on the whole table (the first and last month) are computed over
the whole frame first, so the partitions agree. The result is a lazy Dask DataFrame with the
columns and dtypes of the pandas result; its rows are those of the pandas result, in another
order.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError, OutsideError
from ..schema import CANONICAL_COLUMNS

__all__ = ["apply", "colocate", "month_bounds", "read_dataset", "write_dataset"]

#: The column a dataset written by :func:`write_dataset` is indexed (and partitioned) by.
DATASET_INDEX = "commodity"


def _as_table(part: pd.DataFrame) -> pd.DataFrame:
    """A partition as a canonical table: an index that is a column goes back to the columns."""
    if part.index.name in CANONICAL_COLUMNS:
        return part.reset_index()
    return part


def colocate(ddf: Any, keys: Sequence[str]) -> Any:
    """``ddf`` partitioned so that the rows of each combination of ``keys`` share a partition."""
    if ddf.index.name in keys and ddf.known_divisions:
        return ddf
    if ddf.index.name in CANONICAL_COLUMNS:
        ddf = ddf.reset_index()
    missing = [k for k in keys if k not in ddf.columns]
    if missing:
        raise InputError(
            f"table must have column(s) {missing} to be partitioned by series; received "
            f"columns {list(ddf.columns)}."
        )
    if ddf.npartitions == 1:
        return ddf
    return ddf.shuffle(on=list(keys))


def month_bounds(ddf: Any) -> tuple[pd.Period, pd.Period]:
    """The first ``start`` and the last ``end`` month of a Dask table (one pass)."""
    import dask

    if ddf.index.name in ("start", "end"):
        ddf = ddf.reset_index()
    first, last = dask.compute(ddf["start"].min(), ddf["end"].max())
    return pd.Period(first, "M"), pd.Period(last, "M")


def _call(part: pd.DataFrame, fn: Callable[..., Any], args: tuple, kwargs: dict) -> pd.DataFrame:
    table = _as_table(part)
    try:
        return fn(table, *args, **kwargs)
    finally:
        _forget_span_engine(table)


def _forget_span_engine(table: pd.DataFrame) -> None:
    """Drop the span engine a measure kept for this partition (``measures.span_engine``).

    On one table the pandas path keeps the engine for the next call; a worker sees each
    partition once, and kept engines (about 0.3 GiB for a partition of 1.1M rows) would pile up
    until the worker pauses at its memory limit — the stall of ``panel_ytd`` on a cluster.
    """
    from .. import tablecache

    tablecache.forget(table)


def apply(
    fn: Callable[..., Any],
    table: Any,
    keys: Any,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    defaults: Callable[..., dict[str, Any]] | None = None,
) -> Any:
    """Run the pandas measure ``fn`` on every partition of ``table``; returns a Dask DataFrame."""
    cols = list(keys(kwargs) if callable(keys) else keys)
    ddf = colocate(table, cols)
    if defaults is not None:
        kwargs = {**kwargs, **defaults(ddf, kwargs)}
    meta = _call(ddf._meta, fn, args, kwargs)
    call = functools.partial(_call, fn=fn, args=args, kwargs=kwargs)
    return ddf.map_partitions(call, meta=meta, align_dataframes=False)


def write_dataset(ddf: Any, out: str | Path, *, index: str | None = DATASET_INDEX) -> Path:
    """Write a Dask table as a Parquet dataset, sorted and partitioned by ``index``.

    With ``index=None`` the partitions are written as they are (e.g. a measure's result;
    categorical columns are written as strings). The
    dataset appears whole or not at all: it is written beside ``out`` and renamed into place.
    ``out`` must not exist yet.
    """
    import os
    import shutil
    import tempfile

    out = Path(out)
    if out.exists():
        raise InputError(f"--out {str(out)!r} must be a new folder; it exists already.")
    parent = out.parent if str(out.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=parent))
    except OSError as err:
        raise OutsideError(f"cannot write {str(out)!r}: {err.strerror or err}.") from err
    try:
        if index is None:
            # categorical keys (the panel measures') have other categories in every partition
            cats = [c for c, t in ddf.dtypes.items() if isinstance(t, pd.CategoricalDtype)]
            if cats:
                ddf = ddf.astype(dict.fromkeys(cats, "string"))
            ddf.to_parquet(tmp, write_index=False)
        else:
            if ddf.index.name != index:
                if ddf.index.name in CANONICAL_COLUMNS:
                    ddf = ddf.reset_index()
                ddf = ddf.set_index(index, sort=True)
            ddf.to_parquet(tmp, write_index=True)
        os.replace(tmp, out)
    except OSError as err:
        raise OutsideError(f"cannot write {str(out)!r}: {err.strerror or err}.") from err
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def read_dataset(path: str | Path, *, index: str = DATASET_INDEX) -> Any:
    """Read a dataset written by :func:`write_dataset` as a Dask DataFrame with known divisions."""
    import dask.dataframe as dd

    path = Path(path)
    if not path.is_dir() or not any(path.glob("*.parquet")):
        raise InputError(
            f"--data {str(path)!r} must be a folder of Parquet files written by "
            "'tradestats scale parquet'; none found."
        )
    return dd.read_parquet(path, index=index, calculate_divisions=True)
