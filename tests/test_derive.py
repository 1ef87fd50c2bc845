"""Values derived with + and − from published rows, checked against changes customs printed.

Every printed change cited below is the ``change_pct`` column of ``datasets/china_dprk.csv`` on
the row named, with that row's ``source_id``; the derived base is never published itself, so the
printed change is the independent check.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import panel, without_feb_2019_exports

import tradestats as ts

ROOT = Path(__file__).resolve().parents[1]


def _flow(c: pd.DataFrame, flow: str) -> pd.Series:
    return c.set_index("flow").loc[flow]


@pytest.mark.parametrize(
    ("period", "flow", "printed", "base_value", "formula"),
    [
        # monthly:231 (src-f39c8c9093, Kyodo 2020-03-24): Jan-Feb 2020 exports -23.2% ytd; base
        # Jan-Mar 2019 454.92m (ytd_add:8) - Mar 197.952m, the narrowest of the derivations.
        ("2020-01/02", "export", "-23.2", 256968000, "Jan–Mar 2019 − Mar 2019"),
        # ytd:202 (src-cb23cffac7): Jan-Jul 2024 imports +24% ytd; base Jan-Aug 2023 minus Aug.
        ("2024-01..2024-07", "import", "+24", None, "Jan–Aug 2023 − Aug 2023"),
    ],
)
def test_derived_bases_agree_with_the_printed_change(
    all_versions: pd.DataFrame,
    period: str,
    flow: str,
    printed: str,
    base_value: int | None,
    formula: str,
) -> None:
    row = _flow(ts.change(without_feb_2019_exports(all_versions), period), flow)
    assert row["published_change_pct"] == printed
    assert row["base_formula"] == formula and row["base_derived"]
    if base_value is not None:
        assert int(row["base_value_usd"]) == base_value
    assert row["change_basis"] == "computed"
    assert row["printed_check"] == "agrees"
    lo, hi = float(row["change_pct_lo"]), float(row["change_pct_hi"])
    assert lo <= float(row["change_pct"]) <= hi


def test_a_derivation_too_coarse_to_decide_says_so(all_versions: pd.DataFrame) -> None:
    # ytd:78 (src-b1086f2642): Jan-Apr 2017 exports "$1 billion", +32% ytd. The base Jan-Apr 2016
    # is known only as Jan-May 2016 ("about $1 billion", ytd:68) minus May 2016 ($239.3m,
    # monthly:35), so the change can lie anywhere from about -60% to +475%: the printed +32% can
    # be neither confirmed nor refuted.
    row = _flow(ts.change(all_versions, "2017-01..2017-04"), "export")
    assert row["base_formula"] == "Jan–May 2016 − May 2016"
    assert row["printed_check"] == "too coarse to decide"
    assert row["change_pct_lo"] < 31.5 and row["change_pct_hi"] > 32.5
    assert row["change_pct_hi"] - row["change_pct_lo"] > 100


def test_coarse_synthetic_difference_is_undecided() -> None:
    t = panel([
        ("CHN", "PRK", "export", "2019-01..2019-04", 700000000),  # "$0.7 billion"
        ("CHN", "PRK", "export", "2019-03", 197952000),
        ("CHN", "PRK", "export", "2019-04", 218700000),
        ("CHN", "PRK", "export", "2020-01/02", 197390000),
    ])  # fmt: skip
    row = _flow(ts.change(t, "2020-01/02"), "export")
    assert int(row["base_value_usd"]) == 700000000 - 197952000 - 218700000
    # the difference inherits the ±50m of the coarse cumulative figure
    assert row["base_half_width"] == 50_000_000 + 500 + 50_000
    assert row["change_pct_hi"] - row["change_pct_lo"] > 20


def test_one_flow_as_total_minus_the_other() -> None:
    t = panel([
        ("CHN", "PRK", "total", "2021-05", 1000),
        ("CHN", "PRK", "import", "2021-05", 300),
    ])  # fmt: skip
    v = ts.values(t, "2021-05").set_index("flow")
    assert int(v.loc["export", "value_usd"]) == 700
    assert v.loc["export", "derivation"] == "total − imports" and v.loc["export", "derived"]
    assert int(v.loc["balance", "value_usd"]) == 400


def test_cumulative_minus_cumulative_gives_a_month() -> None:
    t = panel([
        ("CHN", "PRK", "export", "2021-01..2021-05", 5000),
        ("CHN", "PRK", "export", "2021-01..2021-06", 6200),
    ])  # fmt: skip
    r = ts.span_values(t, "2021-06").iloc[0]
    assert int(r["value_usd"]) == 1200 and r["formula"] == "Jan–Jun 2021 − Jan–May 2021"


def test_a_published_value_wins_over_a_derivation() -> None:
    t = panel([
        ("CHN", "PRK", "export", "2021-01..2021-03", 3000),
        ("CHN", "PRK", "export", "2021-03", 1000),
        ("CHN", "PRK", "export", "2021-01/02", 2000),
    ])  # fmt: skip
    r = ts.span_values(t, "2021-01/02").iloc[0]
    assert r["derivation"] == "reported" and not r["mixed_releases"]


def test_compare_json_gives_every_base(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tradestats", "compare", "--period", "Jan-Feb 2020",
         "--base", "Jan-Feb 2019", "--format", "json"],
        capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    rows = {r["flow"]: r for r in json.loads(out.stdout)}
    assert all(r["base_value_usd"] is not None and r["change_pct"] is not None
               for r in rows.values())  # fmt: skip
    # Jan-Feb 2019 exports can be had three ways: Jan-Mar $454.92m - Mar $197.952m = $256.968m
    # (+-5,500), Jan-Apr $673.68m - Mar - Apr $218.70m = $257.028m (+-55,500), and Jan $168m +
    # Feb $89.03m = $257.03m (+-505,000). The narrowest is taken (issue 14: a published value
    # first, then the narrowest interval); the others lie within its rounding plus theirs.
    ex = rows["export"]
    assert ex["base_value_usd"] == 256_968_000 and ex["base_half_width_usd"] == 5_500
    for other, half in ((673_680_000 - 197_952_000 - 218_700_000, 55_500), (257_030_000, 505_000)):
        assert abs(ex["base_value_usd"] - other) <= ex["base_half_width_usd"] + half


def test_mismatched_spans_are_an_error_unless_asked(all_versions: pd.DataFrame) -> None:
    with pytest.raises(ts.InputError, match="2020.*Jan–Feb 2019"):
        ts.change(all_versions, "2020", "Jan-Feb 2019")
    c = ts.change(all_versions, "2020", "Jan-Feb 2019", allow_mismatch=True)
    assert len(c) == 4


def test_compare_outside_the_data_names_its_range() -> None:
    with pytest.raises(ts.CoverageError, match=r"outside the data.*\w{3} \d{4}–\w{3} \d{4}"):
        ts.compare("2090")


def test_coverage_status_marks_derived_months(all_versions: pd.DataFrame) -> None:
    grid = ts.coverage_status(without_feb_2019_exports(all_versions))
    # Jan 2019 exports published ($168m); Feb 2019 only as Jan-Apr - Mar - Apr - Jan.
    assert grid.loc[("CHN", "PRK", "export", 2019), "01"] == "direct"
    assert grid.loc[("CHN", "PRK", "export", 2019), "02"] == "derived"
    assert set(grid.to_numpy().ravel()) <= {"direct", "derived", "missing"}


def test_a_derivation_within_one_release_is_preferred() -> None:
    t = panel([
        ("CHN", "PRK", "export", "2021-01..2021-04", 400000),
        ("CHN", "PRK", "export", "2021-03", 100000),
        ("CHN", "PRK", "export", "2021-04", 100000),
        ("CHN", "PRK", "export", "2021-03..2021-04", 220000),
    ])  # fmt: skip
    t["published"] = pd.array(["2021-05-20", "2021-05-20", "2021-05-20", "2022-01-10"])
    r = ts.span_values(t, "2021-01/02").iloc[0]
    # one subtraction (400 - 220, two releases) gives way to two within the May 2021 release
    assert int(r["value_usd"]) == 400000 - 100000 - 100000
    assert r["formula"] == "Jan–Apr 2021 − Mar 2021 − Apr 2021" and not r["mixed_releases"]
    t["published"] = pd.array(["2021-05-20", "2021-04-20", "2021-05-20", "2022-01-10"])
    r = ts.span_values(t, "2021-01/02").iloc[0]
    assert int(r["value_usd"]) == 400000 - 220000 and r["mixed_releases"]


def test_the_narrowest_derivation_wins_over_a_coarse_sum() -> None:
    # The Jan-Feb 2019 exports case in small: Jan "$168 million" (+-500,000) + Feb $89.03m
    # (+-5,000) against Jan-Mar $454.92m - Mar $197.952m (+-5,000 + 500). Issue 14: a published
    # value first, then the narrowest interval, whether a sum or a difference.
    t = panel([
        ("CHN", "PRK", "export", "2019-01", 168000000),
        ("CHN", "PRK", "export", "2019-02", 89030000),
        ("CHN", "PRK", "export", "2019-01..2019-03", 454920000),
        ("CHN", "PRK", "export", "2019-03", 197952000),
    ])  # fmt: skip
    r = ts.span_values(t, "2019-01/02").iloc[0]
    assert int(r["value_usd"]) == 454920000 - 197952000
    assert r["formula"] == "Jan–Mar 2019 − Mar 2019" and r["half_width"] == 5_500
    # equally precise parts: the sum (no subtraction) is taken
    t = panel([
        ("CHN", "PRK", "export", "2019-01", 168010000),
        ("CHN", "PRK", "export", "2019-02", 89030000),
        ("CHN", "PRK", "export", "2019-01..2019-03", 454990000),
        ("CHN", "PRK", "export", "2019-03", 197950000),
    ])  # fmt: skip
    r = ts.span_values(t, "2019-01/02").iloc[0]
    assert r["formula"] == "Jan 2019 + Feb 2019" and int(r["value_usd"]) == 257040000


def test_first_releases_ending_in_one_month_are_one_release() -> None:
    # January-March and March as first released both come from April's customs release, even
    # when quoted by articles of different dates; March and April first releases do not.
    t = panel([
        ("CHN", "PRK", "export", "2021-01..2021-03", 3000),
        ("CHN", "PRK", "export", "2021-03", 1000),
        ("CHN", "PRK", "export", "2021-01..2021-04", 4100),
        ("CHN", "PRK", "export", "2021-04", 1050),
    ])  # fmt: skip
    t["published"] = pd.array(["2021-04-20", "2021-04-28", "2021-05-20", "2021-05-20"])
    t["release"] = pd.array(["first"] * 4)
    r = ts.span_values(t, "2021-01/02").iloc[0]
    assert int(r["value_usd"]) == 2000 and not r["mixed_releases"]
    r = ts.span_values(t, "2021-04").iloc[0]
    assert r["derivation"] == "reported"
    # Jan-Apr - Jan-Mar (two releases) is flagged; no one-release derivation of it exists here
    r = ts.span_values(t.iloc[[0, 2]], "2021-04").iloc[0]
    assert int(r["value_usd"]) == 1100 and r["mixed_releases"]


@pytest.mark.filterwarnings("ignore::tradestats.errors.TilingConflictWarning")
def test_whole_panel_values_derive_as_values_does(all_versions: pd.DataFrame) -> None:
    # One derivation everywhere: every month and a few spans of the bundled data give the same
    # export, import and total through panel_values as through values.
    from tradestats.measures import values_many

    view = ts.load_dataset("china_dprk")
    periods = [str(p) for p in pd.period_range("2010-01", "2025-06", freq="M")]
    periods += ["2019-01/2019-02", "2019", "2017-01/2017-09"]
    p = ts.panel_values(view, periods)
    p["period"] = [f"{s}/{e}" for s, e in zip(p["start"].astype(str), p["end"].astype(str))]
    v = values_many(view, periods)
    both = p.merge(v[v["flow"] != "balance"], on=["flow", "period"], suffixes=("_p", "_v"))
    assert len(both) == len(p) > 500
    pv, vv = both["value_usd_p"], both["value_usd_v"]
    assert ((pv == vv).fillna(False) | (pv.isna() & vv.isna())).all()
    # April 2016 exports were never published alone: total $430m (monthly:32, src-4011af714d)
    # minus imports $167.7m (monthly:29, src-b1086f2642).
    apr = p[(p["period"] == "2016-04/2016-04") & (p["flow"] == "export")].iloc[0]
    assert int(apr["value_usd"]) == 430_000_000 - 167_700_000
    assert apr["derivation"] == "derived"


@pytest.mark.filterwarnings("ignore::tradestats.errors.TilingConflictWarning")
def test_the_checker_verifies_a_span_known_only_by_difference_and_says_so() -> None:
    # Our own sentences. Jan-Feb 2019 exports: Jan-Mar $454.92m (ytd_add:8, Korea JoongAng Daily,
    # 2023-05-04) - Mar $197.952m (monthly:200, Yonhap, 2020-04-24) = $256.968m +-5,500.
    from tradestats.check.render import to_text

    text = (
        "China's shipments to North Korea came to $257 million in January and February 2019. "
        "Another outlet put China's January-February 2019 exports to the North at $287 million."
    )
    result = ts.check_text(text)
    assert list(result["verdict"]) == ["correct", "wrong"]
    assert set(result["derivation"]) == {"derived: Jan–Mar 2019 − Mar 2019"}
    assert list(result["data_value"]) == ["256968000"] * 2
    plain = to_text(result, text)
    assert plain.count("no single figure for Jan–Feb 2019") == 2
    assert "(Jan–Mar 2019 − Mar 2019)" in plain
