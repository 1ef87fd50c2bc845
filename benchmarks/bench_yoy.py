"""Year-on-year change of every series of a synthetic Comtrade-shaped panel.

tradestats (``monthly_changes``, calendar-aware) against plain pandas
``groupby(...).pct_change(12)`` (positional) on the same data, in one run; time and peak memory
as ratios. Also the time ``import tradestats`` adds over ``import pandas``.

    python benchmarks/bench_yoy.py            # 1M and 10M rows
    python benchmarks/bench_yoy.py --rows 1e6

The panel is deterministic (seeded): reporters × partners × HS6 codes × 60 months, with about
3% of the months dropped at random, so the two methods must disagree wherever a gap shifts
positions (the count of such rows is printed: that is the bug of positional pct_change).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable

import numpy as np
import pandas as pd

import tradestats as ts

MONTHS = 60


def make_panel(rows: int, seed: int = 20200324) -> pd.DataFrame:
    """A canonical monthly panel of about ``rows`` rows (reporter, partner, HS6, month)."""
    rng = np.random.default_rng(seed)
    n_series = max(1, int(rows / MONTHS / 0.97))
    reporters = np.array([f"R{i:02d}" for i in range(20)])
    partners = np.array([f"P{i:03d}" for i in range(200)])
    series = np.arange(n_series)
    month = np.tile(np.arange(MONTHS), n_series)
    sid = np.repeat(series, MONTHS)
    keep = rng.random(len(sid)) > 0.03
    sid, month = sid[keep], month[keep]
    start = pd.PeriodIndex.from_ordinals(month + pd.Period("2019-01", "M").ordinal, freq="M")
    return pd.DataFrame(
        {
            "reporter": pd.Categorical(reporters[sid % 20]),
            "partner": pd.Categorical(partners[(sid // 20) % 200]),
            "flow": pd.Categorical(np.where(sid % 2 == 0, "export", "import")),
            "commodity": pd.Categorical((100000 + (sid // 4000) % 5000).astype(str)),
            "start": start,
            "end": start,
            "value_usd": pd.array(rng.integers(1_000, 10_000_000, len(sid)), dtype="Int64"),
        }
    )


def with_tradestats(panel: pd.DataFrame) -> pd.DataFrame:
    return ts.monthly_changes(panel, lag=12)


def with_pandas(panel: pd.DataFrame) -> pd.DataFrame:
    p = panel.sort_values(["reporter", "partner", "flow", "commodity", "start"])
    values = p["value_usd"].astype("float64")
    keys = [p[c] for c in ("reporter", "partner", "flow", "commodity")]
    return p.assign(change=values.groupby(keys, observed=True).pct_change(12) * 100)


def measure(fn: Callable[[pd.DataFrame], pd.DataFrame], panel: pd.DataFrame) -> tuple[float, float]:
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        fn(panel)
        times.append(time.perf_counter() - t0)
    tracemalloc.start()
    fn(panel)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20


def import_time() -> tuple[float, float]:
    """Seconds to import pandas, and what importing tradestats adds once pandas is loaded.

    Read from ``python -X importtime`` (cumulative time of the top-level module), best of ten
    runs: whole-process timings differ by more than the quantity measured.
    """

    def cumulative(module: str, stmt: str) -> float:
        best = float("inf")
        for _ in range(10):
            err = subprocess.run(
                [sys.executable, "-X", "importtime", "-c", stmt],
                capture_output=True, text=True, check=True,
            ).stderr  # fmt: skip
            for line in err.splitlines():
                parts = [p.strip() for p in line.split("|")]
                if len(parts) == 3 and parts[2] == module:
                    best = min(best, int(parts[1]) / 1e6)
        return best

    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, tradestats; print('matplotlib' in sys.modules)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    print(f"import tradestats loads matplotlib: {loaded}")
    return cumulative("pandas", "import pandas"), cumulative(
        "tradestats", "import pandas; import tradestats"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=float, nargs="*", default=[1e6, 1e7])
    args = parser.parse_args()
    print("| rows | series | tradestats s | pandas s | time ratio | tradestats MiB | pandas MiB "
          "| memory ratio | rows where positional pct_change is wrong |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for rows in args.rows:
        panel = make_panel(int(rows))
        ours = with_tradestats(panel)
        theirs = with_pandas(panel)
        merged = ours.merge(
            theirs[["reporter", "partner", "flow", "commodity", "start", "change"]].rename(
                columns={"start": "month"}
            ),
            on=["reporter", "partner", "flow", "commodity", "month"],
        )
        a, b = merged["change_pct"].astype("float64"), merged["change"]
        wrong = int((~np.isclose(a, b, equal_nan=True)).sum())
        t_ts, m_ts = measure(with_tradestats, panel)
        t_pd, m_pd = measure(with_pandas, panel)
        keys = ["reporter", "partner", "flow", "commodity"]
        n_series = panel.groupby(keys, observed=True).ngroups
        print(f"| {len(panel):,} | {n_series:,} | {t_ts:.2f} | {t_pd:.2f} | {t_ts / t_pd:.2f} "
              f"| {m_ts:,.0f} | {m_pd:,.0f} | {m_ts / m_pd:.2f} | {wrong:,} |")  # fmt: skip
    base, extra = import_time()
    print(f"\nimport pandas: {base * 1000:.0f} ms; import tradestats adds {extra * 1000:.0f} ms")


if __name__ == "__main__":
    main()
