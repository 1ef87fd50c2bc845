"""The benchmark: six calendar-correct measures, tradestats against pandas, polars, DuckDB, numpy.

    pip install -e ".[bench]"        # polars, duckdb, pyarrow (benchmark only)
    python benchmarks/run.py                   # 1M and 10M rows, every operation
    python benchmarks/run.py --rows 1e6 --ops yoy share --repeat 5

For each panel size the panel is generated once (``panel.py``, seeded) into a Parquet file under
``--workdir``. For each operation every implementation runs in its own process
(``worker.py``): load, reset the peak RSS, run, record time and peak RSS increase, write the
answer. The harness then checks that every answer equals the pandas one (``common.compare``)
before it prints any time; a disagreement is reported and the exit status is 1. Figures and
answers are kept in ``--workdir``, so ``--impls tradestats`` re-runs one implementation and
still compares it with (and tabulates it beside) the others' recorded answers.

Results are printed as Markdown tables and saved as JSON (``--json``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import OPS, compare  # noqa: E402
from panel import write_panel  # noqa: E402

IMPLS = ["tradestats", "pandas", "polars", "polars-lazy", "duckdb", "numpy"]
PEERS = ["pandas", "polars", "polars-lazy", "duckdb"]


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = int(Path("/proc/meminfo").read_text().split()[1]) / 2**20
    return f"{os.cpu_count()} cores, {cpu}, {mem:.0f} GiB RAM, Python {platform.python_version()}"


def versions() -> str:
    out = []
    for name in ("pandas", "numpy", "polars", "duckdb", "pyarrow"):
        try:
            out.append(f"{name} {__import__(name).__version__}")
        except ImportError:
            out.append(f"{name} missing")
    return ", ".join(out)


def run_one(impl: str, op: str, data: Path, out: Path, repeat: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    proc = subprocess.run(
        [
            sys.executable,
            str(HERE / "worker.py"),
            impl,
            op,
            str(data),
            str(out),
            f"--repeat={repeat}",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": last}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def table(size: int, results: dict) -> str:
    head = (
        "| operation | "
        + " | ".join(IMPLS)
        + " | tradestats / fastest peer | tradestats / leanest peer |"
    )
    lines = [
        f"rows: {size:,}; time in s (best of the runs) / peak RSS increase in MiB",
        "",
        head,
        "|" + "---|" * (len(IMPLS) + 3),
    ]
    for op, per in results.items():
        cells = []
        for impl in IMPLS:
            r = per.get(impl, {})
            cells.append(
                f"{r['time_s']:.2f} / {r['peak_mib']:.0f}" if "time_s" in r else r.get("error", "-")
            )
        peers = [per[p] for p in PEERS if "time_s" in per.get(p, {})]
        ts = per.get("tradestats", {})
        if peers and "time_s" in ts:
            t_ratio = ts["time_s"] / min(p["time_s"] for p in peers)
            m_ratio = ts["peak_mib"] / min(p["peak_mib"] for p in peers)
            ratios = [f"{t_ratio:.2f}", f"{m_ratio:.2f}"]
        else:
            ratios = ["-", "-"]
        lines.append(f"| {op} | " + " | ".join(cells + ratios) + " |")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", nargs="+", type=float, default=[1e6, 1e7])
    p.add_argument("--ops", nargs="+", choices=OPS, default=OPS)
    p.add_argument("--impls", nargs="+", choices=IMPLS, default=IMPLS)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--workdir", type=Path, default=Path("/tmp/tradestats-bench"))
    p.add_argument("--json", type=Path, default=None, help="save all figures here")
    a = p.parse_args()
    a.workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}\nversions: {versions()}\ndate: {time.strftime('%Y-%m-%d')}\n")
    report: dict = {"machine": machine(), "versions": versions(), "sizes": {}}
    ok = True
    for rows in a.rows:
        data = a.workdir / f"panel_{int(rows)}.parquet"
        if not data.exists():
            t0 = time.perf_counter()
            n = write_panel(data, rows)
            print(f"generated {n:,} rows in {time.perf_counter() - t0:.0f} s -> {data}")
        size = pd.read_parquet(data, columns=["flow"]).shape[0]
        results: dict = {}
        for op in a.ops:
            for impl in a.impls:
                out = a.workdir / f"answer_{int(rows)}_{op}_{impl}.parquet"
                out.unlink(missing_ok=True)
                r = run_one(impl, op, data, out, a.repeat)
                (a.workdir / f"result_{int(rows)}_{op}_{impl}.json").write_text(json.dumps(r))
                print(f"  {size:,} {op} {impl}: {r}", flush=True)
            # every answer on record for this size (this run's, and earlier runs' with --impls)
            results[op] = {}
            answers = {}
            for impl in IMPLS:
                rec = a.workdir / f"result_{int(rows)}_{op}_{impl}.json"
                out = a.workdir / f"answer_{int(rows)}_{op}_{impl}.parquet"
                if rec.exists():
                    results[op][impl] = json.loads(rec.read_text())
                if out.exists():
                    answers[impl] = pd.read_parquet(out)
            ref_name = "pandas" if "pandas" in answers else next(iter(answers), None)
            for impl, ans in answers.items():
                if impl == ref_name:
                    continue
                diff = compare(answers[ref_name], ans, op)
                if diff:
                    ok = False
                    results[op][impl] = {"error": f"differs from {ref_name}: {diff}"}
                    print(f"  !! {op} {impl} differs from {ref_name}: {diff}", flush=True)
            answers.clear()
        report["sizes"][str(size)] = results
        print("\n" + table(size, results) + "\n", flush=True)
    if a.json:
        a.json.write_text(json.dumps(report, indent=1))
    print("all answers equal" if ok else "SOME ANSWERS DIFFER (see above)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
