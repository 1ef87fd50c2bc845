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
UPDATE = RAW / "update_2026-11"
TOTALS = ("monthly", "ytd", "annual", "monthly_add", "ytd_add", "annual_add")


def _raw(*stems: str) -> pd.DataFrame:
    """The raw compiled files, as text, in the order the curation script reads them
    (``monthly_add`` etc. are the files of ``update_2026-11/``)."""
    frames = [
        pd.read_csv(
            (UPDATE if s.endswith("_add") else RAW) / f"china_dprk_{s}.csv",
            dtype=str,
            keep_default_na=False,
        )
        for s in stems
    ]
    return pd.concat(frames, ignore_index=True)


def _cell(view: pd.DataFrame, start: str, end: str, flow: str) -> list[int]:
    rows = view[(view["start"] == start) & (view["end"] == end) & (view["flow"] == flow)]
    return [int(v) for v in rows["value_usd"]]


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
    raw = _raw(*TOTALS)
    suggested = raw["preferred"].eq("1").to_numpy().copy()
    # corrections.csv sets new_preferred for the rows it names (row id = file line - 1).
    corrections = pd.read_csv(UPDATE / "corrections.csv", dtype=str, keep_default_na=False)
    for _, c in corrections.iterrows():
        stem = c["file"].removeprefix("china_dprk_").removesuffix(".csv")
        suggested[all_versions["row_id"].to_numpy() == f"{stem}:{int(c['line']) - 1}"] = (
            c["new_preferred"] == "1"
        )
    ours = choose_preferred(all_versions).astype(bool).to_numpy()
    differs = all_versions[ours != suggested]
    # The datasheet: 16 rows (8 cells) differ, and in each cell both rows print the same
    # value (the rule's dated tie-break picks the other one of the pair).
    assert len(differs) == 16
    per_cell = differs.groupby(["flow", "start", "end"])["value_usd"].nunique()
    assert len(per_cell) == 8 and (per_cell == 1).all()
    # April 2023 total: VOA's 1억9천998만 equals exports + imports (165.78 + 34.20).
    view = ts.load_dataset("china_dprk")
    assert _cell(view, "2023-04", "2023-04", "total") == [199980000]
    assert _cell(view, "2023-04", "2023-04", "export")[0] + _cell(
        view, "2023-04", "2023-04", "import")[0] == 199980000  # fmt: skip


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
    raw = _raw(*TOTALS, "products")
    undated = set(raw.loc[raw["source_date"] == "", "source_url"])
    assert set(used.loc[used["published"].isna(), "url"]) == undated


def test_values_are_exactly_the_raw_digits(all_versions: pd.DataFrame) -> None:
    raw = _raw(*TOTALS)
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
    """Running the curation script on the raw files gives the committed files byte for byte
    (the curated tables and the generated sections of the datasheet)."""
    root = Path(__file__).resolve().parents[1]
    script = root / "scripts" / "curate_china_dprk.py"
    files = [*(root / "datasets").glob("*.csv"), root / "datasets" / "README.md"]
    before = {p.name: p.read_bytes() for p in files}
    subprocess.run([sys.executable, str(script)], check=True, capture_output=True)
    after = {p.name: p.read_bytes() for p in files}
    assert before == after


def test_installed_package_loads_data_from_another_directory(tmp_path: Path) -> None:
    code = "import tradestats as ts; print(len(ts.load_dataset('china_dprk')))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    assert int(out.stdout) > 400


def test_the_update_and_its_corrections_give_the_customs_figures(
    default_view: pd.DataFrame,
) -> None:
    v = default_view
    # Nov 2021 total: RFA (2022-12-19) prints 4127만 달러; VOA's first release 4천130만 (issue 10).
    assert _cell(v, "2021-11", "2021-11", "total") == [41270000]
    # Q1 2019 imports: JoongAng Daily (2023-05-04) prints $54.59m; 68.89m was Q1 2018.
    assert _cell(v, "2019-01", "2019-03", "import") == [54590000]
    assert _cell(v, "2018-01", "2018-03", "import") == [68890000]
    # 2019: RFA citing GACC data prints $2,573,821,663 + $215,197,317 = $2,789,018,980.
    e, i, t = (_cell(v, "2019-01", "2019-12", f) for f in ("export", "import", "total"))
    assert (e, i, t) == ([2573821663], [215197317], [2789018980])
    assert e[0] + i[0] == t[0]
    # The 26.6m is kept, flagged suspect, with the correction in its note.
    all_rows = ts.load_dataset("china_dprk", versions="all").set_index("row_id")
    assert "suspect" in all_rows.loc["monthly:409", "flag"]
    assert "corrections.csv" in all_rows.loc["monthly:409", "note"]


def test_row_ids_of_the_original_rows_did_not_change(all_versions: pd.DataFrame) -> None:
    raw = _raw("monthly", "ytd", "annual")
    original = all_versions.iloc[: len(raw)]
    stems = ["monthly"] * 554 + ["ytd"] * 205 + ["annual"] * 223  # notes.md §1 row counts
    counters: dict[str, int] = {}
    expected = []
    for s in stems:
        counters[s] = counters.get(s, 0) + 1
        expected.append(f"{s}:{counters[s]}")
    assert list(original["row_id"]) == expected
    assert (original["value_usd"].astype("string").fillna("").to_numpy() == raw["value_usd"]).all()


def test_the_default_view_never_mixes_series(all_versions: pd.DataFrame) -> None:
    view = ts.load_dataset("china_dprk")
    assert set(view["series"]) == {"customs"}
    kotra = ts.load_dataset("china_dprk", series="kotra_crude")
    assert set(kotra["compiler"]) == {"KOTRA annual NK-trade report (adds estimated crude oil)"}
    # notes.md §6.2: KOTRA (with crude oil) $3.09bn for 2019 against customs' $2.789bn.
    assert _cell(kotra, "2019-01", "2019-12", "total")[0] > _cell(view, "2019-01", "2019-12",
                                                                   "total")[0]  # fmt: skip
    with pytest.raises(ts.InputError, match="series"):
        ts.load_dataset("china_dprk", series="kita")


def test_the_definition_break_is_flagged(default_view: pd.DataFrame) -> None:
    # Annual figures come from UN Comtrade records up to 2017 and from customs releases after.
    breaks = default_view[default_view["series_break"].astype(bool)]
    assert set(zip(breaks["flow"], breaks["start"].astype(str))) == {
        ("export", "2018-01"),
        ("import", "2018-01"),
        ("total", "2018-01"),
    }
    before = default_view[(default_view["start"] == "2017-01") & (default_view["end"] == "2017-12")]
    assert before["compiler"].str.startswith("UN Comtrade").all()


def test_printed_precision_is_stored(all_versions: pd.DataFrame) -> None:
    t = all_versions.set_index("row_id")
    # "$13.0 million" (monthly:336): the printed zero after the point makes it +/- $50,000,
    # where trailing zeros alone would say +/- $500,000.
    assert "$13.0 million" in t.loc["monthly:336", "note"]
    assert t.loc["monthly:336", "precision_usd"] == 50000
    # A UN Comtrade extract value is exact; "1억 3천 243만" is good to 만 (10^4).
    assert t.loc["annual:1", "precision_usd"] == 0.5
    assert "1억 3천 243만" in t.loc["monthly:433", "note"]
    assert t.loc["monthly:433", "precision_usd"] == 5000
    # half_units uses the stored precision and infers it only where it is missing.
    rows = all_versions[all_versions["row_id"].isin(["monthly:336", "annual:1"])]
    assert sorted(ts.half_units(rows)) == [0.5, 50000.0]
    bare = rows[["value_usd"]]
    assert sorted(ts.half_units(bare)) == [0.5, 500000.0]  # 602297933 exact; 13000000
    assert sorted(ts.rounding.data_half_unit(rows["value_usd"])) == [0.5, 500000.0]


def test_hedges_are_kept(all_versions: pd.DataFrame, default_view: pd.DataFrame) -> None:
    t = all_versions.set_index("row_id")
    # MBN: 2011 total "'more than 60%' above 2010", stored as +60 with its hedge.
    assert t.loc["annual:54", "change_pct"] == "+60"
    assert t.loc["annual:54", "change_hedge"] == "more than"
    # "약 3억2천만 달러" (VOA/KITA, Feb 2016 total) is approximate.
    assert t.loc["monthly_add:3", "hedge"] == "about"
    # RFA printed the Nov 2019 total only as a lower bound: kept, never in the default view.
    assert t.loc["monthly_add:18", "hedge"] == "more than"
    assert _cell(default_view, "2019-11", "2019-11", "total") == []


def test_as_of_gives_what_was_known_that_day() -> None:
    # On 2021-12-31 the Nov 2021 total was VOA's first release (4천130만, Dec 2021); RFA's
    # 4127만 came a year later.
    early = ts.load_dataset("china_dprk", as_of="2021-12-31")
    assert _cell(early, "2021-11", "2021-11", "total") == [41300000]
    assert early["published"].notna().all()
    # Customs' exact 2019 flows were printed on 2020-02-04 (RFA via 자주시보).
    assert _cell(ts.load_dataset("china_dprk", as_of="2020-02-03"), "2019-01", "2019-12",
                 "export") == []  # fmt: skip
    assert _cell(ts.load_dataset("china_dprk", as_of="2020-02-04"), "2019-01", "2019-12",
                 "export") == [2573821663]  # fmt: skip
    old = ts.load_dataset("china_dprk", versions="all", as_of="2021-12-31")
    assert old["preferred"].sum() == len(early)
    diff = ts.diff_tables(early, ts.load_dataset("china_dprk"))
    nov = diff[(diff["start"] == "2021-11") & (diff["flow"] == "total")]
    assert list(nov["status"]) == ["revised"]
    with pytest.raises(ts.InputError, match="as_of"):
        ts.load_dataset("china_dprk", as_of="last year")


def test_coverage_count_matches_the_datasheet(default_view: pd.DataFrame) -> None:
    # notes_add.md §3: 151 of the 192 monthly export and import cells of 2017-2024 after the update.
    v = default_view[(default_view["start"] == default_view["end"])]
    v = v[v["flow"].isin(["export", "import"]) & v["start"].map(lambda p: 2017 <= p.year <= 2024)]
    assert len(v) == 151
    readme = (RAW.parents[1] / "README.md").read_text(encoding="utf-8")
    assert (
        "**2017–2024: 151 of 192 monthly export and import cells hold a single-month value.**"
        in readme
    )


def test_datasheet_counts_match_the_data(all_versions: pd.DataFrame) -> None:
    readme = (RAW.parents[1] / "README.md").read_text(encoding="utf-8")
    valued = all_versions[all_versions["value_usd"].notna()]
    read = int(valued["precision_usd"].notna().sum())
    assert f"It is read for {read} of the {len(valued)} rows with a value" in readme
    for series, n in all_versions["series"].value_counts().items():
        assert f"| `{series}` | {n} |" in readme
    assert f"| `china_dprk.csv` | {len(all_versions)} |" in readme
