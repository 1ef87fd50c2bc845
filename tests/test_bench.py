"""The benchmark's implementations compute the same answers (on a small panel, in-process).

benchmarks/run.py refuses to report times unless every implementation's answer equals the
pandas one; this test runs that comparison on a slice of the benchmark panel (3 reporters × 5
partners and the world × 2 flows × 1 HS6 code × 60 months), so a change to tradestats that alters
an answer fails here, not only in a long benchmark run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

pytest.importorskip("pyarrow")
common = pytest.importorskip("common")
panel = pytest.importorskip("panel")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import pyarrow.parquet as pq

    frame = next(panel.blocks(1))
    keep = frame["reporter"].isin(panel.REPORTERS[:3]) & frame["partner"].isin(
        [*panel.PARTNERS[:5], panel.WORLD]
    )
    path = tmp_path_factory.mktemp("bench") / "panel.parquet"
    pq.write_table(panel.to_arrow(frame[keep].reset_index(drop=True)), path)
    return path


def test_panel_is_canonical_and_comtrade_shaped(data: Path) -> None:
    import tradestats as ts

    frame = panel.read_panel(data)
    assert list(frame.columns) == list(ts.CANONICAL_COLUMNS)
    pd.testing.assert_frame_equal(ts.validate_table(frame), frame)
    assert frame["partner"].eq("WLD").any() and frame["commodity"].str.fullmatch(r"\d{6}").all()
    months = frame["start"].nunique()
    series = frame[common.KEYS].drop_duplicates().shape[0]
    assert months == 60 and series == 3 * 6 * 2
    assert 0.85 < len(frame) / (series * months) < 0.95  # about 10% of series-months missing


@pytest.mark.parametrize("op", common.OPS)
def test_every_implementation_gives_the_pandas_answer(op: str, data: Path) -> None:
    import impl_numpy
    import impl_pandas
    import impl_tradestats

    frame = impl_pandas.load(str(data))
    reference = impl_pandas.normalize(op, impl_pandas.OPS[op](frame))
    assert reference[common.VALUES[op][0]].notna().sum() > 50
    answers = {
        "tradestats": impl_tradestats.normalize(op, impl_tradestats.OPS[op](frame)),
        "numpy": impl_numpy.normalize(op, impl_numpy.OPS[op](frame), frame),
    }
    if pytest.importorskip("polars", reason="bench extra"):
        import impl_polars

        pl_frame = impl_polars.load(str(data))
        answers["polars"] = impl_polars.normalize(op, impl_polars.OPS[op](pl_frame))
        answers["polars-lazy"] = impl_polars.normalize(op, impl_polars.LAZY_OPS[op](pl_frame))
    if pytest.importorskip("duckdb", reason="bench extra"):
        import impl_duckdb

        answers["duckdb"] = impl_duckdb.normalize(
            op, impl_duckdb.OPS[op](impl_duckdb.load(str(data)))
        )
    for name, answer in answers.items():
        assert common.compare(reference, answer, op) is None, name
