"""The bundled data: catalog, default view, provenance, and the curation it came from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import tradestats as ts
from tradestats.versions import choose_preferred

RAW = Path(__file__).resolve().parents[1] / "datasets" / "raw" / "china_dprk"


def _raw(*stems: str) -> pd.DataFrame:
    """The raw compiled files, as text, in the order the curation script reads them."""
    frames = [
        pd.read_csv(RAW / f"china_dprk_{s}.csv", dtype=str, keep_default_na=False) for s in stems
    ]
    return pd.concat(frames, ignore_index=True)


def test_list_datasets_names() -> None:
    names = ts.list_datasets()["name"].tolist()
    assert names == ["china_dprk", "china_dprk_products", "sources"]


def test_unknown_dataset_lists_the_valid_names() -> None:
    with pytest.raises(ts.DatasetNotFoundError) as err:
        ts.load_dataset("china_prk")
    assert "'china_prk'" in str(err.value) and "'china_dprk'" in str(err.value)
    with pytest.raises(ts.InputError, match="versions"):
        ts.load_dataset("china_dprk", versions="latest")  # type: ignore[arg-type]


def test_default_view_has_one_row_per_cell(default_view: pd.DataFrame) -> None:
    assert not default_view.duplicated(
        ["reporter", "partner", "flow", "start", "end", "commodity"]
    ).any()
    assert default_view["value_usd"].notna().all()
    flagged = default_view["flag"].fillna("").str.contains("suspect|yuan_only|out_of_scope")
    assert not flagged.any()


def test_all_versions_keep_flagged_and_revised_rows(all_versions: pd.DataFrame) -> None:
    jan_feb = all_versions[
        (all_versions["start"] == "2020-01") & (all_versions["end"] == "2020-02")
    ]
    totals = set(jan_feb.loc[jan_feb["flow"] == "total", "value_usd"].dropna().astype(int))
    # Notes §3c: the original release (208.06m, Kyodo 2020-03-24) and the later figure
    # (207.87m, Yonhap 2022-03-18) are both kept.
    assert {208060000, 207870000} <= totals
    assert all_versions["flag"].fillna("").str.contains("suspect").sum() > 0


def test_original_release_is_preferred_for_jan_feb_2020(default_view: pd.DataFrame) -> None:
    # Figures of the GACC original release as printed by Kyodo (2020-03-24), notes §3a.
    v = default_view[(default_view["start"] == "2020-01") & (default_view["end"] == "2020-02")]
    got = dict(zip(v["flow"], v["value_usd"].astype(int)))
    assert got == {"export": 197390000, "import": 10670000, "total": 208060000}


def test_formal_release_supersedes_the_briefing(default_view: pd.DataFrame) -> None:
    # Notes §6.1: December 2017 formal release exports $257.73m beat the briefing's $260m.
    v = default_view[(default_view["start"] == "2017-12") & (default_view["end"] == "2017-12")]
    assert int(v.loc[v["flow"] == "export", "value_usd"].iloc[0]) == 257730000


def test_rule_agrees_with_the_compilers_suggestion(all_versions: pd.DataFrame) -> None:
    raw = _raw("monthly", "ytd", "annual")
    ours = choose_preferred(all_versions).astype(bool).to_numpy()
    assert (ours == raw["preferred"].eq("1").to_numpy()).all()


def test_every_row_has_a_complete_source(all_versions: pd.DataFrame) -> None:
    sources = ts.load_sources().set_index("source_id")
    assert set(all_versions["source_id"]) <= set(sources.index)
    used = sources.loc[sorted(set(all_versions["source_id"]))]
    for col in ("publisher", "title", "url"):
        assert used[col].notna().all(), col
    assert used["url"].str.match(r"https?://").all()
    dated = used["published"].dropna()
    assert dated.str.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?").all()
    # A date is never invented: the sources without one are exactly those the raw files leave
    # undated (listed in datasets/README.md).
    raw = _raw("monthly", "ytd", "annual", "products")
    undated = set(raw.loc[raw["source_date"] == "", "source_url"])
    assert set(used.loc[used["published"].isna(), "url"]) == undated


def test_values_are_exactly_the_raw_digits(all_versions: pd.DataFrame) -> None:
    raw = _raw("monthly", "ytd", "annual")
    ours = all_versions["value_usd"].astype("string").fillna("")
    assert (ours.to_numpy() == raw["value_usd"].to_numpy()).all()
    assert (
        all_versions["change_pct"].fillna("").to_numpy() == raw["quoted_change_pct"].to_numpy()
    ).all()


def test_products_dataset_loads() -> None:
    p = ts.load_dataset("china_dprk_products", versions="all")
    assert len(p) == 175
    assert {"description", "hs_code_basis"} <= set(p.columns)
    # 19 raw product rows name a product without a code: they stay UNSPECIFIED, never TOTAL.
    assert (p["commodity"] == "UNSPECIFIED").sum() == 19
    assert (p["commodity"] == "TOTAL").sum() == 0


def test_curation_is_reproducible(tmp_path: Path) -> None:
    """Running the curation script on the raw files gives the committed files byte for byte."""
    root = Path(__file__).resolve().parents[1]
    script = root / "scripts" / "curate_china_dprk.py"
    before = {p.name: p.read_bytes() for p in (root / "datasets").glob("*.csv")}
    subprocess.run([sys.executable, str(script)], check=True, capture_output=True)
    after = {p.name: p.read_bytes() for p in (root / "datasets").glob("*.csv")}
    assert before == after


def test_installed_package_loads_data_from_another_directory(tmp_path: Path) -> None:
    code = "import tradestats as ts; print(len(ts.load_dataset('china_dprk')))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    assert int(out.stdout) > 400
