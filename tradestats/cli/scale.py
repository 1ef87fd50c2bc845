"""``tradestats scale``: Comtrade bulk files to a partitioned Parquet dataset, and measures on it.

    tradestats scale parquet BULKFILES... --out DIR
    tradestats scale run MEASURE --data DIR [--scheduler ADDRESS] [--out DIR]

``parquet`` reads every bulk file (one task per file), keeps the canonical columns and writes a
Parquet dataset sorted and partitioned by commodity, so every series lies in one partition and
the measures run without moving data. ``run`` computes a measure with the same function the
pandas path uses, on a ``distributed`` cluster: a ``LocalCluster`` on this machine by default
(``--workers``, ``--memory-limit``), or the cluster whose scheduler is at ``--scheduler``.
Needs the ``scale`` extra: ``pip install "tradestats[scale]"``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from ..errors import InputError

NAME = "scale"

#: MEASURE name -> (public function, keyword arguments, one-line description)
MEASURES: dict[str, tuple[str, dict[str, Any], str]] = {
    "yoy": ("monthly_changes", {"lag": 12}, "change of every series-month on the year before"),
    "mom": ("monthly_changes", {"lag": 1}, "change of every series-month on the month before"),
    "rolling": ("rolling_sum", {"window": 12}, "trailing 12-month sum of every series-month"),
    "ytd": ("panel_ytd", {}, "year to date through every month, and its yearly change"),
    "annual": ("panel_annual", {}, "calendar-year totals and their change"),
    "share": ("panel_share", {"within": "partner"}, "every partner's share of the world"),
}


def add_parser(sub: argparse._SubParsersAction) -> None:
    sc = sub.add_parser(
        NAME,
        help="Comtrade bulk files to Parquet, and measures on a Dask cluster",
        description=__doc__.split("\n\n")[2].replace("\n", " "),
    )
    ssub = sc.add_subparsers(dest="scale_command", required=True, metavar="SUBCOMMAND")
    pq = ssub.add_parser("parquet", help="Comtrade bulk files -> partitioned Parquet dataset")
    pq.add_argument("files", nargs="+", metavar="BULKFILE", help="Comtrade bulk files (.txt.gz)")
    pq.add_argument(
        "--out", dest="out_dir", required=True, metavar="DIR", help="the new dataset folder"
    )
    rn = ssub.add_parser("run", help="run a measure on a Parquet dataset")
    rn.add_argument(
        "measure",
        choices=MEASURES,
        metavar="MEASURE",
        help="; ".join(f"{k}: {v[2]}" for k, v in MEASURES.items()),
    )
    rn.add_argument("--data", required=True, metavar="DIR", help="a dataset from 'scale parquet'")
    rn.add_argument("--scheduler", metavar="ADDRESS", help="e.g. tcp://scheduler-host:8786")
    rn.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    rn.add_argument(
        "--memory-limit", default="3GB", help="LocalCluster memory per worker (default 3GB)"
    )
    rn.add_argument(
        "--out", dest="out_dir", metavar="DIR", help="write the result as a Parquet dataset"
    )


def _needs_scale() -> None:
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as err:
        raise InputError(
            f"'tradestats scale' needs Dask, distributed and pyarrow; {err.name} is missing. "
            'Install them with: pip install "tradestats[scale]".'
        ) from err


def _canonical(path: str) -> Any:
    from ..schema import CANONICAL_COLUMNS
    from ..sources.readers import read_comtrade_bulk

    return read_comtrade_bulk(path)[list(CANONICAL_COLUMNS)]


def to_parquet(files: list[str], out: str) -> str:
    """Read Comtrade bulk files (in parallel) into a Parquet dataset; return the line to print."""
    _needs_scale()
    import dask
    import dask.dataframe as dd

    from ..engines.dask import write_dataset

    for f in files:
        if not Path(f).is_file():
            raise InputError(f"BULKFILE {f!r} must be a Comtrade bulk file; no such file.")
    meta = _canonical_meta()
    parts = [dask.delayed(_canonical)(f) for f in files]
    ddf = dd.from_delayed(parts, meta=meta, verify_meta=False)
    t0 = time.perf_counter()
    path = write_dataset(ddf, out)
    rows = len(_read(path))
    return (
        f"wrote {rows:,} rows from {len(files)} bulk file(s) to {path} "
        f"(Parquet, partitioned by commodity) in {time.perf_counter() - t0:.1f} s\n"
    )


def _canonical_meta() -> Any:
    import pandas as pd

    from ..schema import CANONICAL_COLUMNS

    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in CANONICAL_COLUMNS.items()})


def _read(path: str | Path) -> Any:
    from ..engines.dask import read_dataset

    return read_dataset(path)


def run_measure(
    measure: str,
    data: str,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    memory_limit: str = "3GB",
    out: str | None = None,
) -> str:
    """Run ``measure`` on the dataset at ``data`` on a cluster; return the lines to print."""
    _needs_scale()
    import tradestats

    from ..engines.dask import write_dataset

    fn_name, kwargs, _ = MEASURES[measure]
    fn = getattr(tradestats, fn_name)
    table = _read(data)
    client, cluster = _client(scheduler, workers, memory_limit)
    try:
        t0 = time.perf_counter()
        result = fn(table, **kwargs)
        if out:
            write_dataset(result, out, index=None)
            what = f"wrote the result to {out}"
        else:
            counts = result.count().compute()
            what = "values computed: " + ", ".join(f"{k} {int(v):,}" for k, v in counts.items())
        seconds = time.perf_counter() - t0
        where = scheduler or f"LocalCluster({workers} workers × {memory_limit})"
        return (
            f"{measure} ({fn_name}) on {table.npartitions} partitions at {where}: "
            f"{seconds:.1f} s\n{what}\n"
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _client(scheduler: str | None, workers: int, memory_limit: str) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    from ..errors import OutsideError

    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), None
        except OSError as err:
            raise OutsideError(
                f"--scheduler {scheduler!r}: no Dask scheduler answered ({err})."
            ) from err
    if workers < 1:
        raise InputError(f"--workers must be 1 or more; received {workers}.")
    try:
        from dask.utils import parse_bytes

        parse_bytes(memory_limit)
    except (ValueError, TypeError) as err:
        raise InputError(
            f"--memory-limit must be a size such as 3GB or 512MiB; received {memory_limit!r}."
        ) from err
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        memory_limit=memory_limit,
        dashboard_address=None,
    )
    return Client(cluster), cluster


def run(args: argparse.Namespace) -> tuple[str, int]:
    if args.scale_command == "parquet":
        return to_parquet(args.files, args.out_dir), 0
    return (
        run_measure(
            args.measure,
            args.data,
            scheduler=args.scheduler,
            workers=args.workers,
            memory_limit=args.memory_limit,
            out=args.out_dir,
        ),
        0,
    )
