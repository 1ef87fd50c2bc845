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
from tradestats.report import charts  # noqa: E402

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
    assert ax.get_ylabel() == "US$ million, current dollars" and ax.get_ylim()[0] == 0


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


def test_a_combined_release_is_drawn_once_even_when_single_months_exist() -> None:
    # January and February published later as single months, and the combined release: the
    # combined release is drawn, and no point or line for either single month.
    t = panel(
        [
            ("CHN", "PRK", "export", "2020-01/02", 197_390_000),
            ("CHN", "PRK", "export", "2020-01", 186_851_000),
            ("CHN", "PRK", "export", "2020-02", 10_345_000),
            ("CHN", "PRK", "export", "2020-03", 18_000_000),
        ]
    )
    data = charts.monthly_data(t, flows=("export",))
    assert data[["start", "months"]].astype(str).values.tolist() == [
        ["2020-01", "2"],
        ["2020-03", "1"],
    ]
    ax = charts.plot_monthly(t, flows=("export",), events=False, reference=None)
    y = np.asarray(ax.get_lines()[0].get_ydata(), dtype=float)
    assert np.isnan(y[0]) and np.isnan(y[1]) and y[2] == 18
    (segment,) = [c for c in ax.collections if c.get_segments()][0].get_segments()
    assert segment[0, 1] == pytest.approx(98.695)  # 197.39 / 2


def test_a_missing_flow_is_derived_from_the_total_and_marked() -> None:
    # March: total 50 and imports 10 published, exports not: exports = 50 - 10 = 40, derived.
    t = panel(
        [
            ("CHN", "PRK", "export", "2021-02", 30_000_000),
            ("CHN", "PRK", "import", "2021-02", 5_000_000),
            ("CHN", "PRK", "total", "2021-03", 50_000_000),
            ("CHN", "PRK", "import", "2021-03", 10_000_000),
            ("CHN", "PRK", "total", "2021-04", 70_000_000),
        ]
    )
    data = charts.monthly_data(t)
    march = data[(data["start"] == pd.Period("2021-03", "M")) & (data["flow"] == "export")].iloc[0]
    assert march["value_usd"] == 40_000_000 and march["how"] == "derived: total − imports"
    april = data[data["start"] == pd.Period("2021-04", "M")]
    assert april["flow"].tolist() == ["total"] and april["how"].tolist() == ["total only"]
    ax = charts.plot_monthly(t, events=False, reference=None)
    hollow = [ln for ln in ax.get_lines() if ln.get_markerfacecolor() == "white"]
    assert len(hollow) == 1 and np.asarray(hollow[0].get_ydata(), dtype=float).tolist() == [40.0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("derived" in s for s in labels) and any("total trade only" in s for s in labels)


def test_the_axis_and_subtitle_end_with_the_data_drawn() -> None:
    t = panel([("CHN", "PRK", "export", m, 10_000_000) for m in ("2024-01", "2024-05")])
    ax = charts.plot_monthly(t, flows=("export",), end="2024-12", events=False, reference=None)
    right = matplotlib.dates.num2date(ax.get_xlim()[1])
    assert (right.year, right.month) == (2024, 6)  # the end of May, not December
    texts = " ".join(t.get_text() for t in ax.texts)
    assert "Jan 2024–May 2024" in texts and "Dec 2024" not in texts


def test_events_and_source_are_on_the_chart(all_versions: pd.DataFrame) -> None:
    ax = charts.plot_monthly(all_versions, start="2017-01", end="2020-12")
    texts = " ".join(t.get_text() for t in ax.texts)
    assert "UNSC 2397" in texts and "Border closed" in texts and "UNSC 2270" not in texts
    closed = [ln for ln in ax.get_lines() if ln.get_linestyle() == ":"][-1]
    when = pd.Timestamp(closed.get_xdata()[0])
    assert (when.year, when.month, when.day) == (2020, 1, 31)  # the end of January, not the 1st
    notes = " ".join(t.get_text() for t in ax.figure.texts)
    assert "Source: China Customs (GACC)" in notes and "data as of 20" in notes


def test_event_labels_overlap_neither_each_other_nor_the_data(all_versions: pd.DataFrame) -> None:
    with plt.rc_context(charts.figure_style()):
        fig, ax = plt.subplots(figsize=(4.8, 6), layout="constrained")
        charts.plot_monthly(all_versions, start="2016-01", end="2024-12", ax=ax)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        names = set(ts.report.events.events()["label"])
        boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_text() in names]
        assert len(boxes) == 8
        plot = ax.get_window_extent(renderer)
        assert all(b.y0 >= plot.y1 for b in boxes)  # above the plot area: never on the data
        for i, a in enumerate(boxes):
            assert not any(a.overlaps(b) for b in boxes[i + 1 :])


def test_sanctions_are_marked_only_for_the_pairs_they_concern() -> None:
    t = panel([("USA", "CHN", "export", m, 10_000_000) for m in ("2017-01", "2018-06")])
    ax = charts.plot_monthly(t, reporter="USA", partner="CHN", start="2017-01", end="2018-06")
    assert not any("UNSC" in t.get_text() for t in ax.texts)


def test_the_credit_names_the_sources_of_the_rows_drawn(all_versions: pd.DataFrame) -> None:
    # 2000-2005 annual flows are UN Comtrade extracts (China as reporter), not customs releases,
    # and the totals of those years are derived from them.
    ax = charts.plot_annual(all_versions, start=2000, end=2005)
    credit = " ".join(t.get_text() for t in ax.figure.texts)
    assert "UN Comtrade" in credit and "GACC" not in credit


def test_titles_state_a_finding_that_checks(all_versions: pd.DataFrame) -> None:
    ax = charts.plot_annual(all_versions, start=2016, end=2024)
    title = ax.get_title(loc="left").replace("\n", " ")
    # GACC: 2020 total $539.059m against 2019 $2,789.01m, -80.67% (printed -80.67%).
    assert title.startswith("China's trade with North Korea fell 80.7% in 2020 compared with 2019")
    assert (ts.check_text(title)["verdict"] == "correct").all()


def test_comparison_labels_values_and_how_changes_were_obtained(all_versions: pd.DataFrame) -> None:
    ax = charts.plot_comparison(all_versions, "2020-01/02", "2019-01/02")
    labels = [t.get_text() for t in ax.texts]
    # GACC (Kyodo 2020-03-24): exports 197.39 (-23.2%), imports 10.67 (-72.0% against VOA's
    # 38.09), total 208.06.
    assert any("197.39" in s and "-23.2%" in s for s in labels)
    assert any("10.67" in s and "-72.0%" in s for s in labels)
    # No source states January-February 2019 exports or total (notes.md 3b): their bars are
    # either "not published" or a value marked derived, never a plain published figure.
    base = charts.comparison_data(all_versions, "2020-01/02", "2019-01/02").set_index("flow")
    for flow in ("export", "total"):
        assert pd.isna(base.loc[flow, "base_value_usd"]) or base.loc[flow, "base_how"].startswith(
            "derived"
        )
    unmarked = sum("not\npublished" in s for s in labels) + sum("(derived)" in s for s in labels)
    assert unmarked == 2
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
    colours = {matplotlib.colors.to_hex(p.get_facecolor()).upper() for p in ax.patches}
    assert colours == {charts.FALL} and not colours & set(charts.COLORS.values())


def test_products_chart_never_draws_a_heading_beside_its_own_sub_heading() -> None:
    products = ts.load_dataset("china_dprk_products", versions="all")
    # 2019 imports were published as HS 91 (clocks and watches, $49.0m) and as its own
    # sub-heading HS 9102 (wrist-watches, $49.18m): only the heading is drawn.
    data = charts.products_data(products, "import", [2019, 2023, 2024])
    assert not data.duplicated(["year", "chapter"]).any()
    row = data[(data["year"] == 2019) & (data["chapter"] == "91")].iloc[0]
    assert (row["commodity"], row["value_usd"]) == ("91", 49_000_000)
    ax = charts.plot_products(products, "import", years=[2019, 2023, 2024])
    labels = [t.get_text() for t in ax.texts]
    assert "49  (2019)" in labels and "180.21  (2024, HS 6704)" in labels  # values labelled
    assert sum(s.startswith("HS 91:") for s in labels) == 1 and len(ax.patches) == len(data)


def test_no_chart_calls_show(monkeypatch: pytest.MonkeyPatch, all_versions: pd.DataFrame) -> None:
    monkeypatch.setattr(plt, "show", lambda *a, **k: (_ for _ in ()).throw(AssertionError("show")))
    fig, ax = plt.subplots(layout="constrained")
    assert charts.plot_annual(all_versions, start=2019, ax=ax) is ax


_GOLDEN_PANEL = [  # made-up figures: the image tests the drawing, not the bundled data
    ("CHN", "PRK", "export", "2019-01/02", 250_000_000),
    ("CHN", "PRK", "import", "2019-01/02", 38_090_000),
    ("CHN", "PRK", "export", "2020-01/02", 197_390_000),
    ("CHN", "PRK", "import", "2020-01/02", 10_670_000),
    ("CHN", "PRK", "total", "2020-01/02", 208_060_000),
]


@pytest.mark.parametrize("name", ["comparison_panel", "annual_2016_2024"])
def test_golden_images(name: str, all_versions: pd.DataFrame, tmp_path: Path) -> None:
    draw = {
        "comparison_panel": lambda: charts.plot_comparison(
            panel(_GOLDEN_PANEL), "2020-01/02", "2019-01/02"
        ),
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


def test_a_derived_value_in_the_comparison_is_hatched_and_labelled() -> None:
    # The 2019 total is not published: it is derived as exports + imports, 30 + 10 = 40.
    t = panel(
        [
            ("CHN", "PRK", "export", "2019-01/02", 30_000_000),
            ("CHN", "PRK", "import", "2019-01/02", 10_000_000),
            ("CHN", "PRK", "export", "2020-01/02", 20_000_000),
            ("CHN", "PRK", "import", "2020-01/02", 5_000_000),
            ("CHN", "PRK", "total", "2020-01/02", 25_000_000),
        ]
    )
    data = charts.comparison_data(t, "2020-01/02", "2019-01/02").set_index("flow")
    assert data.loc["total", "base_value_usd"] == 40_000_000
    assert data.loc["total", "base_how"].startswith("derived")
    assert data.loc["total", "value_how"] == "published"
    ax = charts.plot_comparison(t, "2020-01/02", "2019-01/02")
    hatched = [p.get_height() for p in ax.patches if p.get_hatch()]
    assert hatched == [40.0] and "40.00\n(derived)" in [x.get_text() for x in ax.texts]


def test_the_annual_chart_marks_the_break_between_definitions(all_versions: pd.DataFrame) -> None:
    # datasets/china_dprk.csv: the annual figures up to 2017 are UN Comtrade's, those from 2018
    # customs releases, and the 2018 rows carry series_break (datasheet, "Series").
    ax = charts.plot_annual(all_versions, start=2016, end=2024)
    breaks = [line.get_xdata()[0] for line in ax.get_lines() if line.get_linestyle() == ":"]
    assert breaks == [1.5]  # between 2017 (position 1) and 2018 (position 2)
    assert any(t.get_text() == "series break" for t in ax.texts)
