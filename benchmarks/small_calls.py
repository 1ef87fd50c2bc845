"""Time the small calls on the bundled data: ``values``, ``change`` and ``compare``.

One process; for each call, the first call on a freshly loaded table (``cold``: the span engine
and every per-table cache are built) and then ``--repeat`` warm calls on the same table (min and
median). With ``--check FILE`` the checker's ``check_text`` on that text is timed the same way,
and with ``--cli`` the wall time of ``tradestats compare --period 2020`` and (given ``--check``)
``tradestats check FILE`` as separate processes (best of ``--cli-repeat``).

    PYTHONPATH=$PWD python benchmarks/small_calls.py
    PYTHONPATH=$PWD python benchmarks/small_calls.py --check ARTICLE.txt --cli
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import importlib  # noqa: E402

import tradestats as ts  # noqa: E402

measures = importlib.import_module("tradestats.measures")
compare_module = importlib.import_module("tradestats.compare")


def _forget() -> None:
    """Drop every per-table cache, so the next call pays for everything (a cold call).

    (``tradestats.tablecache`` holds them; before it, the caches of measures and compare.)
    """
    try:
        importlib.import_module("tradestats.tablecache").forget()
    except ImportError:
        for name in ("_ENGINES", "_PRINTED"):
            getattr(measures, name, {}).clear()
        getattr(compare_module, "_SELECTIONS", {}).clear()


def _time(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Cold time, then min and median of ``repeat`` warm calls (seconds)."""
    _forget()
    gc.collect()
    t0 = time.perf_counter()
    fn()
    cold = time.perf_counter() - t0
    warm = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        warm.append(time.perf_counter() - t0)
    return cold, min(warm), statistics.median(warm)


def _cli(args: list[str], repeat: int) -> float:
    """Best wall time of ``python -m tradestats ARGS`` as a new process (seconds)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "tradestats", *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=200, help="warm calls per function")
    p.add_argument("--check", metavar="FILE", help="also time the checker on this text")
    p.add_argument("--date", help="the text's publication date, for --check")
    p.add_argument("--cli", action="store_true", help="also time the CLI as separate processes")
    p.add_argument("--cli-repeat", type=int, default=3)
    args = p.parse_args(argv)

    view = ts.load_dataset("china_dprk")
    every = ts.load_dataset("china_dprk", versions="all")
    calls: dict[str, Callable[[], object]] = {
        'values(view, "2019")': lambda: ts.values(view, "2019"),
        'change(view, "2020-01/2020-02", "2019-01/2019-02")': lambda: ts.change(
            view, "2020-01/2020-02", "2019-01/2019-02"
        ),
        'change(all versions, "2020-01/2020-02", "2019-01/2019-02")': lambda: ts.change(
            every, "2020-01/2020-02", "2019-01/2019-02"
        ),
        'compare("2020")': lambda: compare_module.compare("2020"),
        'compare("Jan-Feb 2020")': lambda: compare_module.compare("Jan-Feb 2020"),
    }
    repeats = dict.fromkeys(calls, args.repeat)
    if args.check:
        from tradestats.check.run import check_text

        text = Path(args.check).read_text(encoding="utf-8")
        label = f"check_text({Path(args.check).name})"
        calls[label] = lambda: check_text(text, date=args.date)
        repeats[label] = max(3, args.repeat // 20)

    rows = [(name, *_time(fn, repeats[name]), repeats[name]) for name, fn in calls.items()]
    width = max(len(r[0]) for r in rows)
    print(f"{'call':<{width}}  {'cold ms':>8}  {'min ms':>8}  {'median ms':>9}  {'n':>4}")
    for name, cold, best, med, n in rows:
        print(f"{name:<{width}}  {cold * 1e3:8.2f}  {best * 1e3:8.2f}  {med * 1e3:9.2f}  {n:4d}")
    if args.cli:
        cli = [("tradestats compare --period 2020", ["compare", "--period", "2020"])]
        if args.check:
            date = ["--date", args.date] if args.date else []
            cli.append((f"tradestats check {Path(args.check).name}", ["check", args.check, *date]))
        cli.append(("python -m tradestats --help (start-up)", ["--help"]))
        print()
        print(f"{'command (new process)':<{width}}  {'best s':>8}")
        for name, cmd in cli:
            print(f"{name:<{width}}  {_cli(cmd, args.cli_repeat):8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
