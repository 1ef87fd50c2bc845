"""Charts: what is drawn, asserted on the artists; a few golden images with a tolerance."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from conftest import panel  # noqa: E402
from matplotlib.testing.compare import compare_images  # noqa: E402

import tradestats as ts  # noqa: E402
from tradestats import charts  # noqa: E402

BASELINE = Path(__file__).parent / "baseline"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def test_monthly_gaps_are_gaps_not_interpolation() -> None:
    t = panel([("CHN", "PRK", "export", m, v) for m, v in
               [("2021-01", 10_000_000), ("2021-02", 20_000_000), ("2021-04", 40_000_000)]])  # fmt: skip
    ax = charts.plot_monthly(t, flows=("export",), start="2021-01", end="2021-04", events=False)
    line = ax.get_lines()[0]
    y = np.asarray(line.get_ydata(), dtype=float)
    assert y[0] == 10 and y[1] == 20 and np.isnan(y[2]) and y[3] == 40  # March is a gap
    assert ax.get_ylabel() == "US$ million" and ax.get_ylim()[0] == 0


def test_combined_release_is_a_two_month_span_not_a_fake_month() -> None:
    t = panel(
        [
            ("CHN", "PRK", "import", "2022-01/02", 20_000_000),
            ("CHN", "PRK", "import", "2022-03", 9_000_000),
        ]
    )
    ax = charts.plot_monthly(t, flows=("import",), start="2022-01", end="2022-04", events=False)
    y = np.asarray(ax.get_lines()[0].get_ydata(), dtype=float)
    assert np.isnan(y[0]) and np.isnan(y[1]) and y[2] == 9  # no January or February point
    spans = [c for c in ax.collections if c.get_segments()]
    (segment,) = spans[0].get_segments()
    start, end = matplotlib.dates.num2date(segment[:, 0])
    assert (start.month, end.month) == (1, 3)  # drawn from 1 January to 1 March
    assert segment[0, 1] == pytest.approx(10)  # at the monthly average, 20 / 2
    assert any("Jan–Feb combined" in t.get_text() for t in ax.get_legend().get_texts())


def test_events_and_source_are_on_the_chart(all_versions: pd.DataFrame) -> None:
    ax = charts.plot_monthly(all_versions, start="2017-01", end="2020-12")
    texts = " ".join(t.get_text() for t in ax.texts)
    assert "UNSC 2397" in texts and "Border closed" in texts and "UNSC 2270" not in texts
    notes = " ".join(a.get_text() for a in ax.texts)
    assert "Source: China Customs" in notes


def test_comparison_labels_values_and_how_changes_were_obtained(all_versions: pd.DataFrame) -> None:
    ax = charts.plot_comparison(all_versions, "2020-01/02", "2019-01/02")
    labels = [t.get_text() for t in ax.texts]
    # GACC (Kyodo 2020-03-24): exports 197.39 (-23.2% printed; now computed against the derived
    # Jan-Feb 2019 base), imports 10.67, total 208.06.
    assert any("197.39" in s and "-23.2%" in s for s in labels)
    assert any("10.67" in s and "-72.0%" in s for s in labels)
    assert ax.get_ylim()[0] == 0


def test_annual_bars_start_at_zero_and_use_the_data(all_versions: pd.DataFrame) -> None:
    ax = charts.plot_annual(all_versions, start=2020, end=2021)
    heights = sorted(round(p.get_height(), 3) for p in ax.patches)
    # 2020 exports 491.059, imports 48.001; 2021 exports 260.165, imports 57.874 (US$ million).
    assert heights == [48.001, 57.874, 260.165, 491.059]
    assert ax.get_ylim()[0] == 0


def test_yoy_bars(all_versions: pd.DataFrame) -> None:
    ax = charts.plot_yoy(all_versions, start=2020, end=2021)
    # 2020 total 539.059 vs 2019 2,789.01: -80.7% (GACC printed -80.67%); 2021: -41.0%.
    assert [t.get_text() for t in ax.texts if t.get_text().endswith("%")] == ["-80.7%", "-41.0%"]


def test_products_chart() -> None:
    products = ts.load_dataset("china_dprk_products", versions="all")
    ax = charts.plot_products(products, "2019", "import")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any("HS 6704" in s for s in labels)


def test_no_chart_calls_show(monkeypatch: pytest.MonkeyPatch, all_versions: pd.DataFrame) -> None:
    monkeypatch.setattr(plt, "show", lambda *a, **k: (_ for _ in ()).throw(AssertionError("show")))
    fig, ax = plt.subplots()
    assert charts.plot_annual(all_versions, start=2019, ax=ax) is ax


@pytest.mark.parametrize("name", ["comparison_2020", "annual_2016_2024"])
def test_golden_images(name: str, all_versions: pd.DataFrame, tmp_path: Path) -> None:
    draw = {
        "comparison_2020": lambda: charts.plot_comparison(all_versions, "2020-01/02", "2019-01/02"),
        "annual_2016_2024": lambda: charts.plot_annual(all_versions, start=2016, end=2024),
    }[name]
    with plt.rc_context(charts.figure_style()):
        ax = draw()
        actual = tmp_path / f"{name}.png"
        ax.figure.savefig(actual, dpi=80, metadata={"Software": None})
    expected = BASELINE / f"{name}.png"
    if not expected.exists():  # pragma: no cover - creating a baseline is a deliberate act
        pytest.fail(f"no baseline {expected}; review {actual} and copy it there")
    assert compare_images(str(expected), str(actual), tol=2) is None
