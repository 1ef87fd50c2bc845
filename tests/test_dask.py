"""The Dask engine: the same public measures on a dask DataFrame give the pandas answers.

The expected results are the pandas path's own (the contract is "identical to pandas"), plus
one change worked out by hand from the values written into a constructed Comtrade bulk file.
Every number here is invented.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import tradestats as ts

dd = pytest.importorskip("dask.dataframe")
dask = pytest.importorskip("dask")
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from tradestats.engines import engine_of, is_dask  # noqa: E402
from tradestats.engines.dask import read_dataset, write_dataset  # noqa: E402

KEYS = ["reporter", "partner", "flow", "commodity"]
# Dask's own set_index passes inplace= to pandas, which pandas 3.1 deprecates (not our code).
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword:DeprecationWarning")


def _panel(seed: int = 3) -> pd.DataFrame:
    """3 reporters × (3 partners + WLD) × 2 flows × 3 HS6 codes × 36 months, 15% missing."""
    rng = np.random.default_rng(seed)
    r, p, f, c, t = np.meshgrid(
        ["USA", "DEU", "JPN"], ["CHN", "KOR", "PRK", "WLD"], ["export", "import"],
        ["847130", "270900", "100199"], np.arange(36), indexing="ij",
    )  # fmt: skip
    keep = rng.random(r.shape) > 0.15
    n = int(keep.sum())
    months = pd.PeriodIndex.from_ordinals(t[keep] + pd.Period("2021-01", "M").ordinal, freq="M")
    value = rng.integers(1_000, 1_000_000, n) * np.where(p[keep] == "WLD", 5, 1)
    table = pd.DataFrame(
        {
            "reporter": r[keep], "partner": p[keep], "flow": f[keep], "commodity": c[keep],
            "start": months, "end": months, "hs_version": "H6", "value_usd": value,
        }
    )  # fmt: skip
    return ts.validate_table(table, name="panel")


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in key order. The panel measures give keys as categoricals whose categories are in
    order of appearance, which a shuffle changes; the values are compared, as strings."""
    frame = frame.copy()
    for k in KEYS:
        if isinstance(frame[k].dtype, pd.CategoricalDtype):
            frame[k] = frame[k].astype("string")
    keys = [k for k in [*KEYS, "month", "start", "end", "year"] if k in frame.columns]
    return frame.sort_values(keys).reset_index(drop=True)


CASES = [
    ("monthly_changes", {"lag": 12}),
    ("monthly_changes", {"lag": 1}),
    ("rolling_sum", {"window": 12}),
    ("panel_ytd", {}),
    ("panel_annual", {}),
    ("panel_share", {"within": "partner"}),
]


@pytest.fixture(scope="module")
def panel() -> pd.DataFrame:
    return _panel()


@pytest.fixture(scope="module")
def dataset(panel: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> object:
    out = tmp_path_factory.mktemp("ds") / "panel"
    write_dataset(dd.from_pandas(panel, npartitions=3), out)
    return read_dataset(out)


def _implemented(name: str, panel: pd.DataFrame, kwargs: dict) -> pd.DataFrame:
    try:
        return getattr(ts, name)(panel, **kwargs)
    except NotImplementedError:
        pytest.skip(f"{name} has no pandas implementation yet")


@pytest.mark.parametrize(("name", "kwargs"), CASES, ids=[f"{n}{k}" for n, k in CASES])
def test_dask_equals_pandas(name: str, kwargs: dict, panel: pd.DataFrame, dataset: object) -> None:
    expected = _sorted(_implemented(name, panel, kwargs))
    assert len(expected) > 0
    shuffled = dd.from_pandas(panel.sample(frac=1, random_state=1), npartitions=4)
    with dask.config.set(scheduler="sync"):
        for source in (shuffled, dataset):  # unsorted: shuffled by series; dataset: by divisions
            result = getattr(ts, name)(source, **kwargs)
            assert is_dask(result)
            pd.testing.assert_frame_equal(_sorted(result.compute()), expected)


def test_panel_ytd_on_a_cluster_keeps_no_partition_engine(
    panel: pd.DataFrame, dataset: object
) -> None:
    """panel_ytd on a distributed cluster equals pandas, and a worker keeps nothing per partition.

    A worker that kept each partition's span engine grew by ~0.3 GiB per partition of 1.1M
    rows until it paused at its memory limit (the stall of the 37.5M-row demo)."""
    from distributed import Client, LocalCluster

    from tradestats import measures

    expected = _sorted(ts.panel_ytd(panel))
    measures._ENGINES.clear()
    # threads in this process: the worker's module state is the one checked below
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        got = ts.panel_ytd(dataset).compute()
    assert dataset.npartitions > 1
    assert measures._ENGINES == {}
    pd.testing.assert_frame_equal(_sorted(got), expected)


def test_a_panel_result_is_written_as_parquet(
    dataset: object, panel: pd.DataFrame, tmp_path: Path
) -> None:
    expected = _sorted(ts.panel_share(panel))
    with dask.config.set(scheduler="sync"):
        write_dataset(ts.panel_share(dataset), tmp_path / "share", index=None)
    got = pd.read_parquet(tmp_path / "share")
    cats = [c for c, t in expected.dtypes.items() if isinstance(t, pd.CategoricalDtype)]
    expected = expected.astype(dict.fromkeys(cats, "string"))  # written as strings
    pd.testing.assert_frame_equal(_sorted(got), expected, check_dtype=False)


def test_dataset_keeps_every_series_in_one_partition(panel: pd.DataFrame, dataset: object) -> None:
    assert dataset.known_divisions and dataset.npartitions > 1
    parts = [p.reset_index() for p in dataset.to_delayed()]
    with dask.config.set(scheduler="sync"):
        series = [
            set(map(tuple, p[KEYS].drop_duplicates().to_numpy())) for p in dask.compute(*parts)
        ]
    assert sum(len(s) for s in series) == len(set().union(*series))
    assert sum(len(s) for s in series) == len(panel[KEYS].drop_duplicates())


def test_engine_dispatch_without_importing_dask() -> None:
    code = (
        "import sys, pandas as pd, tradestats as ts; "
        "t = ts.validate_table(pd.DataFrame({'reporter': ['CHN'], 'partner': ['PRK'], "
        "'flow': ['export'], 'period': ['2020-01'], 'value_usd': [1]})); "
        "ts.monthly_changes(t); print('dask' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert engine_of(pd.DataFrame()) == "pandas" and not is_dask(pd.DataFrame())


_COLS = [
    "typeCode",
    "freqCode",
    "refPeriodId",
    "refYear",
    "refMonth",
    "period",
    "reporterCode",
    "flowCode",
    "partnerCode",
    "partner2Code",
    "classificationCode",
    "cmdCode",
    "customsCode",
    "motCode",
    "primaryValue",
    "isReported",
    "isAggregate",
]


def _bulk(folder: Path, year: int, values: dict[tuple[str, str, int], int]) -> Path:
    """A Comtrade bulk file of China's (156) monthly HS6 trade with partners 408 and 410."""
    lines = ["\t".join(_COLS)]
    for (partner, cmd, month), value in values.items():
        row = dict(typeCode="C", freqCode="M", refPeriodId=f"{year}{month:02d}01", refYear=str(year),
                   refMonth=str(month), period=f"{year}{month:02d}", reporterCode="156",
                   flowCode="X", partnerCode=partner, partner2Code="0", classificationCode="H6",
                   cmdCode=cmd, customsCode="C00", motCode="0", primaryValue=f"{value}.0",
                   isReported="1", isAggregate="0")  # fmt: skip
        lines.append("\t".join(row[c] for c in _COLS))
    path = folder / f"C_M_156_{year}_H6_O.txt.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    return path


def test_cli_scale_parquet_and_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tradestats.cli import main

    def vals(year: int) -> dict[tuple[str, str, int], int]:
        return {
            (p, c, m): 1000 * year + 100 * m + 10 * int(p == "410") + int(c == "270900")
            for p in ("408", "410") for c in ("847130", "270900") for m in range(1, 13)
            if not (year == 2023 and m == 5 and p == "408")  # one month missing
        }  # fmt: skip

    files = [str(_bulk(tmp_path, y, vals(y))) for y in (2022, 2023)]
    data, out = tmp_path / "data", tmp_path / "yoy"
    cmd = [sys.executable, "-m", "tradestats", "scale"]
    assert main(["scale", "parquet", *files, "--out", str(data)]) == 0
    assert "wrote 94 rows from 2 bulk file(s)" in capsys.readouterr().out  # 2 × 2 × 2 × 12 − 2
    ran = subprocess.run(
        [*cmd, "run", "yoy", "--data", str(data), "--workers", "1", "--memory-limit", "1GB",
         "--out", str(out)], capture_output=True, text=True,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    got = pd.read_parquet(out)
    from tradestats.sources.readers import read_comtrade_bulk

    table = pd.concat([read_comtrade_bulk(f) for f in files], ignore_index=True)
    expected = _sorted(ts.monthly_changes(table, lag=12))
    got = _sorted(got.astype(expected.dtypes.to_dict()))
    pd.testing.assert_frame_equal(got, expected)
    # By hand from the values written above: PRK (408), HS 847130, March 2023 against March 2022.
    row = got[(got["partner"] == "PRK") & (got["commodity"] == "847130")]
    mar = row[row["month"] == pd.Period("2023-03", "M")].iloc[0]
    assert mar["change_pct"] == pytest.approx((2023 * 1000 + 300) / (2022 * 1000 + 300) * 100 - 100)
    assert row[row["month"] == pd.Period("2023-05", "M")].empty  # the missing month has no row
    assert main(["scale", "run", "yoy", "--data", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert "must be a folder of Parquet files" in err and len(err.splitlines()) == 1
