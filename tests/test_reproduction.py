"""Every printed percentage whose inputs the data hold is recomputed (issue 2 item 8, issue 10).

The expected list of changes not reproduced or not counted, each with its cause, is
``datasets/reproduction.csv`` (written by ``scripts/reproduction_report.py``); the shares are
stated in ``datasets/README.md``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from tradestats.reproduce import reproduce_published_changes

DATASETS = Path(__file__).resolve().parents[1] / "datasets"
CAUSES = r"(revised base|rounding|source error|unresolved|other series|yuan|hedged \(.+\))"


@pytest.fixture(scope="module")
def result(all_versions: pd.DataFrame) -> pd.DataFrame:
    return reproduce_published_changes(all_versions)


def _row(result: pd.DataFrame, period: str, flow: str, printed: str) -> pd.Series:
    rows = result[(result["period"] == period) & (result["flow"] == flow)
                  & (result["change_pct"] == printed)]  # fmt: skip
    assert len(rows) >= 1, (period, flow, printed)
    return rows.iloc[0]


def test_the_documented_list_and_shares_are_the_recomputation(result: pd.DataFrame) -> None:
    listed = result[result["status"].isin(["not reproduced", "not counted"])]
    documented = pd.read_csv(DATASETS / "reproduction.csv", dtype=str, keep_default_na=False)
    assert list(listed["row_id"]) == list(documented["row_id"])
    assert list(listed["cause"]) == list(documented["cause"])
    assert documented["cause"].str.fullmatch(CAUSES).all()
    assert (listed.loc[listed["status"] == "not reproduced", "cause"] != "").all()

    counted = result[result["status"].isin(["reproduced", "not reproduced"])]
    ok = counted["status"] == "reproduced"
    decisive = counted["decisive"].astype(bool)
    revised = counted["cause"] == "revised base"
    readme = (DATASETS / "README.md").read_text(encoding="utf-8")
    # The share under issue 10's rule: decisive reproductions against them plus every miss
    # not explained by a revised base.
    share = re.search(r"Share: (\d+) of (\d+) \((\d+\.\d)%\) counted dollar changes", readme)
    assert share, "the datasheet states the share"
    decided = int((ok & decisive).sum() + (~ok & ~revised).sum())
    assert (int(share[1]), int(share[2])) == (int((ok & decisive).sum()), decided)
    assert f"{(ok & decisive).sum() / decided:.1%}" == f"{share[3]}%"
    tight = re.search(r"Decisive reproductions: (\d+) of the (\d+) reproductions", readme)
    assert tight and (int(tight[1]), int(tight[2])) == (int((ok & decisive).sum()), int(ok.sum()))
    plain = re.search(r"Plainly: the data reproduce (\d+) of (\d+) \((\d+\.\d)%\)", readme)
    assert plain and (int(plain[1]), int(plain[2])) == (int(ok.sum()), len(counted))


def test_a_printed_change_reproduces_within_its_rounding(result: pd.DataFrame) -> None:
    # 2020 total $539.059m printed with -80.67% against 2019 ($2,789,018,980); both GACC
    # (notes.md §4, update 2026-11): 539.059 / 2789.01898 - 1 = -80.672%.
    row = _row(result, "2020-01/2020-12", "total", "-80.67")
    assert row["status"] == "reproduced" and row["decisive"]
    assert -80.68 < row["computed_lo"] <= row["computed_hi"] < -80.66


def test_rounding_decides_not_a_tolerance(result: pd.DataFrame) -> None:
    # Jan-Feb 2020 imports: Kyodo printed -71.9%; 10.67/38.09 can only give [-72.00, -71.97],
    # which misses [-71.95, -71.85] by 0.02 point: not reproduced, cause rounding.
    row = _row(result, "2020-01/2020-02", "import", "-71.9")
    assert row["status"] == "not reproduced" and row["cause"] == "rounding"
    assert -72.01 < row["computed_lo"] < row["computed_hi"] < -71.96


def test_a_coarse_base_reproduces_but_is_not_decisive(result: pd.DataFrame) -> None:
    # Jan 2017 imports +13.3% (KITA via VOA) against Jan 2016 "1억8천만" ($180m, +/- $5m):
    # the interval is -18.9%..+42.9%; it meets +13.3 but decides nothing.
    row = _row(result, "2017-01/2017-01", "import", "+13.3")
    assert row["status"] == "reproduced" and not row["decisive"]
    assert row["computed_hi"] - row["computed_lo"] > 50


def test_a_change_on_a_revised_base_is_a_miss_with_its_cause(result: pd.DataFrame) -> None:
    # Oct 2023 exports $167.6m, +40.9% y/y (Reuters and Newsis): against the first-release
    # Oct 2022 $132.43m it is +26.6%; the implied base 167.6/1.409 = $119.0m is ~10% lower
    # (notes_add.md §2): customs computed on a revised base.
    row = _row(result, "2023-10/2023-10", "export", "+40.9")
    assert row["status"] == "not reproduced" and row["cause"] == "revised base"
    assert 26.4 < row["computed_lo"] < row["computed_hi"] < 26.8


def test_a_change_on_a_wrong_base_is_a_source_error(result: pd.DataFrame) -> None:
    # Dec 2021 total $50.79m printed +91% m/m: 50.79/26.6 = 1.91, the erroneous November
    # figure (flagged suspect by corrections.csv); against $41.27m it is +23%.
    row = _row(result, "2021-12/2021-12", "total", "+91")
    assert row["status"] == "not reproduced" and row["cause"] == "source error"


def test_yuan_hedged_and_other_series_changes_are_not_counted(result: pd.DataFrame) -> None:
    # Aug 2016 total: +29.9% is the yuan-basis change (notes.md §6.14).
    assert _row(result, "2016-08/2016-08", "total", "+29.9")["cause"] == "yuan"
    # MBN's 2011 total "more than 60%" is a bound.
    assert _row(result, "2011-01/2011-12", "total", "+60")["cause"] == "hedged (more than)"
    # KIEP's 2015 total -14.7%: KIEP's own 2014 base is not held in its series.
    row = _row(result, "2015-01/2015-12", "total", "-14.7")
    assert row["row_series"] == "estimate" and row["cause"] == "other series"
    counted = result[result["status"].isin(["reproduced", "not reproduced"])]
    assert (counted["change_terms"] == "USD").all()
    assert counted["base_used"].notna().all()
