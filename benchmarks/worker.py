"""Run one operation of one implementation in this process; print time and memory as JSON.

    python benchmarks/worker.py IMPL OP PANEL.parquet RESULT.parquet [--repeat N]

The panel is loaded into the implementation's own in-memory form first (not timed). Then the
peak resident set size is reset (``/proc/self/clear_refs``), the operation runs once and the
memory figure is the peak RSS during it minus the RSS before it: every allocation counts, in
numpy, Arrow, polars or DuckDB alike. The operation is then repeated; the time is the best of
the runs. The answer is written in the common form (``common.normal_frame``) for the harness to
compare; that conversion is not timed.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

IMPLS = {
    "tradestats": ("impl_tradestats", "OPS"),
    "pandas": ("impl_pandas", "OPS"),
    "polars": ("impl_polars", "OPS"),
    "polars-lazy": ("impl_polars", "LAZY_OPS"),
    "duckdb": ("impl_duckdb", "OPS"),
    "numpy": ("impl_numpy", "OPS"),
}


def _status(field: str) -> int:
    """A field of /proc/self/status in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("impl", choices=IMPLS)
    p.add_argument("op")
    p.add_argument("data")
    p.add_argument("out")
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args()
    module_name, table = IMPLS[a.impl]
    module = importlib.import_module(module_name)
    fn = getattr(module, table)[a.op]
    data = module.load(a.data)
    reset = getattr(module, "reset", lambda: None)  # no cache carried from one run to the next
    reset()
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")
    base = _status("VmRSS")
    times = []
    t0 = time.perf_counter()
    try:
        result = fn(data)
    except NotImplementedError:
        print(json.dumps({"error": "not implemented"}))
        return
    times.append(time.perf_counter() - t0)
    peak = _status("VmHWM") - base
    normal = (
        module.normalize(a.op, result, data)
        if a.impl == "numpy"
        else module.normalize(a.op, result)
    )
    normal.to_parquet(a.out)
    del result, normal
    for _ in range(a.repeat - 1):
        reset()
        gc.collect()
        t0 = time.perf_counter()
        r = fn(data)
        times.append(time.perf_counter() - t0)
        del r
    print(json.dumps({"time_s": min(times), "times_s": times, "peak_mib": peak / 2**20}))


if __name__ == "__main__":
    main()
