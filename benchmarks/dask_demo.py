"""The Dask demo: a measure on a panel larger than the workers' memory.

    python benchmarks/dask_demo.py generate --rows 1e8 --out /work/tmp/dask100m/panel
    python benchmarks/dask_demo.py size --data /work/tmp/dask100m/panel
    python benchmarks/dask_demo.py run --data /work/tmp/dask100m/panel --measure ytd \\
        --workers 2 --memory-limit 2GB --out /work/tmp/dask100m/ytd
    python benchmarks/dask_demo.py check --data /work/tmp/dask100m/panel \\
        --result /work/tmp/dask100m/ytd --measure ytd --parts 0 7 90

``generate`` writes the synthetic panel of ``panel.py`` straight into the dataset layout of
``tradestats scale parquet`` (Parquet files indexed by commodity, in sorted order, ~1M rows per
file), one file at a time: 100M rows never sit in memory. ``run`` starts a ``LocalCluster``,
runs the measure through the public function (as ``tradestats scale run`` does) writing the
result to Parquet, and samples every worker's resident memory twice a second. ``size``
measures the dataset (rows, files, disk, in-memory size file by file); ``check`` compares
result partitions with the pandas path on the matching input files. Write the data
outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def generate(rows: float, out: Path, codes_per_file: int = 10, seed: int = 20200324) -> None:
    import pandas as pd
    from panel import _block, hs6_codes, n_codes

    out.mkdir(parents=True, exist_ok=False)
    codes = sorted(hs6_codes(n_codes(rows)))
    total, row0, t0 = 0, 0, time.perf_counter()
    for f, i in enumerate(range(0, len(codes), codes_per_file)):
        frame = pd.concat(
            [_block(c, i + j, seed, row0) for j, c in enumerate(codes[i : i + codes_per_file])],
            ignore_index=True,
        )
        row0 += len(frame)
        frame.set_index("commodity").to_parquet(out / f"part.{f:05d}.parquet")
        total += len(frame)
        if f % 10 == 0:
            print(f"  {total:,} rows, {time.perf_counter() - t0:.0f} s", flush=True)
    print(f"generated {total:,} rows in {f + 1} files, "
          f"{time.perf_counter() - t0:.0f} s -> {out}")  # fmt: skip


def size(data: Path) -> dict:
    """The dataset's size: rows, files, bytes on disk, and bytes as pandas frames in memory.

    Memory is measured file by file (``DataFrame.memory_usage(deep=True)`` of each file as read
    by pandas, summed): the whole panel is never in memory at once.
    """
    import pandas as pd

    files = sorted(data.glob("*.parquet"))
    rows, mem, sizes = 0, 0, [f.stat().st_size for f in files]
    per_file = []
    for f in files:
        frame = pd.read_parquet(f)
        rows += len(frame)
        per_file.append(len(frame))
        mem += int(frame.memory_usage(deep=True).sum())  # index included
    return {
        "rows": rows,
        "files": len(files),
        "rows_per_file": [min(per_file), max(per_file)],
        "disk_mib": round(sum(sizes) / 2**20),
        "file_mib": [round(min(sizes) / 2**20, 1), round(max(sizes) / 2**20, 1)],
        "in_memory_gib": round(mem / 2**30, 2),
    }


def check(data: Path, result: Path, measure: str, parts: list[int]) -> list[str]:
    """Partitions of a run's result against the pandas path on the matching input files.

    ``generate`` writes one file per partition and ``run`` writes one result file per
    partition, so result ``part.N`` must equal the measure computed by pandas on input file N,
    given the whole panel's months (as the Dask engine passes them to every partition).
    """
    import warnings

    import pandas as pd
    import pyarrow.parquet as pq

    import tradestats
    from tradestats.cli.scale import MEASURES
    from tradestats.engines.dask import month_bounds, read_dataset

    warnings.filterwarnings("ignore", message="The inplace keyword")
    fn_name, kwargs, _ = MEASURES[measure]
    fn = getattr(tradestats, fn_name)
    first, last = month_bounds(read_dataset(data))
    months = [str(p) for p in pd.period_range(first, last, freq="M")]
    extra = {"panel_ytd": {"months": months}, "panel_share": {"periods": months},
             "panel_annual": {"years": list(range(first.year, last.year + 1))}}  # fmt: skip
    rows = sum(pq.ParquetFile(f).metadata.num_rows for f in result.glob("*.parquet"))
    lines = [f"{measure} ({fn_name}): {rows:,} result rows in {result}"]
    keys = ["reporter", "partner", "flow", "commodity", "month", "start", "end", "year"]

    def norm(frame: pd.DataFrame) -> pd.DataFrame:
        cats = [c for c, t in frame.dtypes.items() if isinstance(t, pd.CategoricalDtype)]
        frame = frame.astype(dict.fromkeys(cats, "string"))
        return frame.sort_values([k for k in keys if k in frame.columns]).reset_index(drop=True)

    for i in parts:
        table = pd.read_parquet(data / f"part.{i:05d}.parquet").reset_index()
        expected = norm(fn(table, **kwargs, **extra.get(fn_name, {})))
        got = norm(pd.read_parquet(result / f"part.{i}.parquet")).astype(expected.dtypes)
        pd.testing.assert_frame_equal(got, expected)
        lines.append(f"  part.{i}: {len(got):,} rows, equal to pandas on part.{i:05d}.parquet")
    return lines


def run(data: Path, measure: str, workers: int, memory_limit: str, out: Path | None) -> dict:
    import warnings

    import pyarrow.parquet as pq
    from distributed import Client, LocalCluster

    import tradestats
    from tradestats.cli.scale import MEASURES
    from tradestats.engines.dask import read_dataset, write_dataset

    warnings.filterwarnings("ignore", message="The inplace keyword")
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, memory_limit=memory_limit, dashboard_address=None
    )
    client = Client(cluster)
    peaks: dict[str, int] = {}
    stop = threading.Event()

    def sample() -> None:
        import psutil

        while not stop.is_set():
            try:
                for w, rss in client.run(lambda: psutil.Process().memory_info().rss).items():
                    peaks[w] = max(peaks.get(w, 0), rss)
            except Exception:  # noqa: BLE001 - a worker restarting; keep sampling
                pass
            stop.wait(0.5)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    table = read_dataset(data)
    fn_name, kwargs, _ = MEASURES[measure]
    t0 = time.perf_counter()
    result = getattr(tradestats, fn_name)(table, **kwargs)
    if out:
        write_dataset(result, out, index=None)
    else:
        result.count().compute()
    seconds = time.perf_counter() - t0
    stop.set()
    thread.join()
    info = client.scheduler_info()
    report = {
        "measure": measure,
        "function": fn_name,
        "partitions": table.npartitions,
        "rows": sum(pq.ParquetFile(f).metadata.num_rows for f in sorted(data.glob("*.parquet"))),
        "seconds": round(seconds, 1),
        "workers": workers,
        "memory_limit": memory_limit,
        "threads_per_worker": 1,
        "worker_peak_rss_gib": sorted(round(v / 2**30, 2) for v in peaks.values()),
        "worker_memory_limits_gib": sorted(
            round(w["memory_limit"] / 2**30, 2) for w in info["workers"].values()
        ),
    }
    client.close()
    cluster.close()
    return report


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--rows", type=float, default=1e8)
    g.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("run")
    r.add_argument("--data", type=Path, required=True)
    r.add_argument("--measure", default="yoy")
    r.add_argument("--workers", type=int, default=2)
    r.add_argument("--memory-limit", default="2.5GB")
    r.add_argument("--out", type=Path)
    z = sub.add_parser("size")
    z.add_argument("--data", type=Path, required=True)
    c = sub.add_parser("check")
    c.add_argument("--data", type=Path, required=True)
    c.add_argument("--result", type=Path, required=True)
    c.add_argument("--measure", default="yoy")
    c.add_argument("--parts", type=int, nargs="+", default=[0])
    a = p.parse_args()
    if a.cmd == "generate":
        generate(a.rows, a.out)
    elif a.cmd == "check":
        print("\n".join(check(a.data, a.result, a.measure, a.parts)))
    elif a.cmd == "size":
        print(json.dumps(size(a.data)))
    else:
        print(json.dumps(run(a.data, a.measure, a.workers, a.memory_limit, a.out)))


if __name__ == "__main__":
    main()
