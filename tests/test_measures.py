"""Change measures. Expected percentages are the ones the publishers printed beside the figures."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import panel, without_feb_2019_exports

import tradestats as ts
from tradestats.rounding import written_interval


def _by_flow(df: pd.DataFrame) -> pd.DataFrame:
    return df.set_index("flow")


def test_jan_feb_2020_against_2019(all_versions: pd.DataFrame) -> None:
    c = _by_flow(ts.change(without_feb_2019_exports(all_versions), "2020-01/02", "2019-01/02"))
    assert int(c.loc["export", "value_usd"]) == 197390000
    assert int(c.loc["import", "value_usd"]) == 10670000
    assert int(c.loc["total", "value_usd"]) == 208060000
    # Exports: Jan-Feb 2019 exports alone are not published here, but derive two ways:
    # Jan-Mar 2019 $454.92m (update 2026-11, ytd_add:8) minus March $197.952m = $256.968m
    # (half-width 5,000 + 500), and Jan-Apr $673.68m - March - April $218.70m = $257.028m
    # (half-width 55,500). The narrower is taken; the change computed from it agrees with the
    # -23.2% Kyodo printed (2020-03-24, change_pct of the Jan-Feb 2020 row).
    assert c.loc["export", "change_basis"] == "computed"
    assert int(c.loc["export", "base_value_usd"]) == 454920000 - 197952000
    assert c.loc["export", "base_formula"] == "Jan–Mar 2019 − Mar 2019"
    assert round(float(c.loc["export", "change_pct"]), 1) == -23.2
    assert c.loc["export", "printed_check"] == "agrees"
    # Imports: computed from $10.67m and the Jan-Feb 2019 $38.09m (VOA, 2020-03-25), which VOA
    # itself called a fall of "about 72%".
    assert c.loc["import", "change_basis"] == "computed"
    assert round(float(c.loc["import", "change_pct"])) == -72
    assert int(c.loc["import", "change_abs"]) == 10670000 - 38090000
    # Total: exports + imports = 256.968 + 38.09 = $295.058m; Kyodo printed -29.5%.
    assert c.loc["total", "change_basis"] == "computed"
    assert int(c.loc["total", "base_value_usd"]) == 256968000 + 38090000
    assert round(float(c.loc["total", "change_pct"]), 1) == -29.5
    assert c.loc["total", "printed_check"] == "agrees"
    assert c.loc["balance", "change_basis"] == "computed"
    assert "src-a5c1e912e4" in c.loc["export", "base_sources"]  # the Jan-Mar 2019 figure


@pytest.mark.parametrize(
    ("period", "flow", "printed"),
    [
        # 2020 total $539.059m, -80.67% against 2019 (notes §4).
        ("2020", "total", "-80.67"),
        # 2021: exports -47%, total -41% against 2020, as printed in the source of the 2021 rows.
        ("2021", "export", "-47"),
        ("2021", "total", "-41"),
    ],
)
def test_computed_yoy_agrees_with_the_printed_change(
    all_versions: pd.DataFrame, period: str, flow: str, printed: str
) -> None:
    c = _by_flow(ts.yoy(all_versions, period))
    assert c.loc[flow, "change_basis"] == "computed"
    interval = written_interval(printed)
    assert float(interval.lo) <= float(c.loc[flow, "change_pct"]) <= float(interval.hi)
    assert c.loc[flow, "published_change_pct"].lstrip("+") == printed.lstrip("+")


def test_published_total_within_rounding_of_the_sum_is_no_conflict() -> None:
    t = panel([
        ("CHN", "PRK", "export", "2021-05", 300000),
        ("CHN", "PRK", "import", "2021-05", 100000),
        ("CHN", "PRK", "total", "2021-05", 500000),   # each printed to $100,000
    ])  # fmt: skip
    assert _by_flow(ts.values(t, "2021-05")).loc["total", "conflict"] == ""


def test_total_is_derived_when_no_source_printed_it() -> None:
    t = panel([("CHN", "PRK", "export", "2021-05", 300), ("CHN", "PRK", "import", "2021-05", 100)])
    v = _by_flow(ts.values(t, "2021-05"))
    assert int(v.loc["total", "value_usd"]) == 400
    assert v.loc["total", "derivation"] == "exports + imports"
    assert int(v.loc["balance", "value_usd"]) == 200


def test_published_total_is_used_and_a_disagreeing_sum_is_reported() -> None:
    t = panel([
        ("CHN", "PRK", "export", "2021-05", 300001),
        ("CHN", "PRK", "import", "2021-05", 100002),
        ("CHN", "PRK", "total", "2021-05", 410000),   # printed to $10,000: [405,000, 415,000]
    ])  # fmt: skip
    v = _by_flow(ts.values(t, "2021-05"))
    assert int(v.loc["total", "value_usd"]) == 410000
    assert v.loc["total", "derivation"] == "reported"
    assert "exports + imports" in v.loc["total", "conflict"]


def test_vectorised_over_a_panel_of_pairs() -> None:
    rows = []
    for rep, par in [("CHN", "PRK"), ("CHN", "USA"), ("RUS", "PRK")]:
        for flow in ("export", "import"):
            rows.append((rep, par, flow, "2020-06", 100))
            rows.append((rep, par, flow, "2021-06", 150))
    c = ts.yoy(panel(rows), "2021-06")
    assert len(c) == 3 * 4
    assert (c["change_pct"].dropna().round(6) == 50).all()
    assert (c.groupby(["reporter", "partner"]).size() == 4).all()


def test_base_effects() -> None:
    t = panel([
        ("CHN", "PRK", "export", "2020-11", 0), ("CHN", "PRK", "export", "2021-11", 5),
        ("CHN", "PRK", "import", "2020-11", 10), ("CHN", "PRK", "import", "2021-11", 1000),
    ])  # fmt: skip
    c = _by_flow(ts.yoy(t, "2021-11"))
    assert c.loc["export", "base_effect"] == "zero base" and pd.isna(c.loc["export", "change_pct"])
    assert c.loc["import", "base_effect"] == "tiny base"
    assert c.loc["import", "change_pct"] == pytest.approx(9900)
    # Balance goes from -10 to -995: negative base, no percentage.
    assert c.loc["balance", "base_effect"] == "negative base"


def test_sign_change_of_the_balance() -> None:
    t = panel([
        ("CHN", "PRK", "export", "2020", 50), ("CHN", "PRK", "import", "2020", 80),
        ("CHN", "PRK", "export", "2021", 90), ("CHN", "PRK", "import", "2021", 40),
    ])  # fmt: skip
    c = _by_flow(ts.yoy(t, "2021"))
    assert c.loc["balance", "base_effect"] == "sign change"
    assert pd.isna(c.loc["balance", "change_pct"]) and int(c.loc["balance", "change_abs"]) == 80


def test_mom_and_ytd() -> None:
    months = [("CHN", "PRK", "export", f"{y}-{m:02d}", 100 * y - 201900 + m)
              for y in (2019, 2020) for m in range(1, 13)]  # fmt: skip
    t = panel(months)
    m = _by_flow(ts.mom(t, "2020-06"))
    assert m.loc["export", "base"] == "2020-05/2020-05"
    assert m.loc["export", "change_pct"] == pytest.approx((106 / 105 - 1) * 100)
    y = _by_flow(ts.ytd(t, "2020-03"))
    assert y.loc["export", "period"] == "2020-01/2020-03"
    assert int(y.loc["export", "value_usd"]) == 101 + 102 + 103
    assert int(y.loc["export", "base_value_usd"]) == 1 + 2 + 3
    with pytest.raises(ts.InputError, match="single month"):
        ts.mom(t, "Q1 2020")


def test_monthly_changes_respect_gaps_unlike_positional_pct_change() -> None:
    # 2019-03 is missing: positional pct_change(12) would compare 2020-04 with 2019-05.
    months = [m for m in pd.period_range("2019-01", "2020-12", freq="M") if str(m) != "2019-03"]
    t = panel([("CHN", "PRK", "export", str(m), 1000 + i) for i, m in enumerate(months)])
    out = ts.monthly_changes(t, lag=12).set_index("month")
    assert pd.isna(out.loc[pd.Period("2020-03", "M"), "change_pct"])
    v = dict(zip(t["start"], t["value_usd"]))
    expected = (v[pd.Period("2020-04", "M")] / v[pd.Period("2019-04", "M")] - 1) * 100
    assert out.loc[pd.Period("2020-04", "M"), "change_pct"] == pytest.approx(expected)
    with pytest.raises(ts.InputError, match="lag"):
        ts.monthly_changes(t, lag=0)


def test_rolling_sum_needs_every_month() -> None:
    months = [m for m in pd.period_range("2019-01", "2020-12", freq="M") if str(m) != "2019-06"]
    t = panel([("CHN", "PRK", "import", str(m), 10) for m in months])
    r = ts.rolling_sum(t, 12).set_index("month")["rolling_usd"]
    assert pd.isna(r[pd.Period("2019-12", "M")])  # window includes the missing June 2019
    assert pd.isna(r[pd.Period("2020-05", "M")])
    assert r[pd.Period("2020-06", "M")] == 120  # July 2019 .. June 2020 all present
    assert r[pd.Period("2020-12", "M")] == 120


def test_share_and_contributions(all_versions: pd.DataFrame) -> None:
    s = _by_flow(ts.share(all_versions, "2020"))
    assert s.loc["export", "share_pct"] == pytest.approx(491059000 / 539059000 * 100)
    c = _by_flow(ts.contributions(all_versions, "2021", "2020"))
    total = _by_flow(ts.change(all_versions, "2021", "2020")).loc["total", "change_pct"]
    # The contributions of exports and imports add up to the change of the total (2020 total is
    # exactly exports + imports: 491.059 + 48.001 = 539.060 vs 539.059 published).
    assert c["contribution_pp"].sum() == pytest.approx(total, abs=0.01)
    with pytest.raises(ts.InputError, match="within"):
        ts.share(all_versions, "2020", within="region")  # type: ignore[arg-type]


def test_change_does_not_modify_its_input(all_versions: pd.DataFrame) -> None:
    before = all_versions.copy()
    ts.change(all_versions, "2021", "2020")
    pd.testing.assert_frame_equal(all_versions, before)
    assert np.isfinite(before["value_usd"].dropna().astype(float)).all()


def _random_panel(seed: int = 7) -> pd.DataFrame:
    """Two reporters × (two partners + world) × two flows × 30 months, with gaps."""
    import numpy as np

    rng = np.random.default_rng(seed)
    rows = []
    for rep in ("CHN", "USA"):
        for flow in ("export", "import"):
            for month in pd.period_range("2019-01", "2021-06", freq="M"):
                parts = {p: int(rng.integers(1, 1000)) for p in ("PRK", "KOR")}
                for par, val in [*parts.items(), ("WLD", sum(parts.values()))]:
                    if rng.random() < 0.1:
                        continue
                    rows.append((rep, par, flow, str(month), val))
    return panel(rows)


def _brute(t: pd.DataFrame, start: pd.Period, end: pd.Period) -> dict:
    """Sum of single months over [start, end] per series, or None when a month is absent."""
    want = set(pd.period_range(start, end, freq="M"))
    out = {}
    for key, g in t.groupby(["reporter", "partner", "flow"]):
        got = dict(zip(g["start"], g["value_usd"]))
        out[key] = sum(int(got[m]) for m in want) if want <= set(got) else None
    return out


def test_panel_ytd_is_calendar_correct_with_gaps() -> None:
    t = _random_panel()
    ytd_all = ts.panel_ytd(t)
    for month in ("2020-03", "2021-06"):
        m = pd.Period(month, "M")
        new = _brute(t, pd.Period(f"{m.year}-01", "M"), m)
        old = _brute(t, pd.Period(f"{m.year - 1}-01", "M"), m - 12)
        got = ytd_all[ytd_all["month"] == m].set_index(["reporter", "partner", "flow"])
        for key, value in new.items():
            row = got.loc[key]
            assert (None if pd.isna(row["value_usd"]) else int(row["value_usd"])) == value
            base = old[key]
            assert (None if pd.isna(row["base_value_usd"]) else int(row["base_value_usd"])) == base
            if value is not None and base:
                assert row["change_pct"] == pytest.approx((value / base - 1) * 100)


def test_panel_annual_and_single_period_change_agree() -> None:
    t = _random_panel()
    annual = ts.panel_annual(t, years=[2020]).set_index(["reporter", "partner", "flow"])
    brute = _brute(t, pd.Period("2020-01", "M"), pd.Period("2020-12", "M"))
    for key, value in brute.items():
        got = annual.loc[key, "value_usd"]
        assert (None if pd.isna(got) else int(got)) == value
    one = ts.change(t, "2020", "2019").set_index(["reporter", "partner", "flow"])
    for key in brute:
        a, b = annual.loc[key, "change_pct"], one.loc[key, "change_pct"]
        assert (pd.isna(a) and pd.isna(b)) or a == pytest.approx(b)


def test_panel_share_and_contributions_of_partners() -> None:
    t = _random_panel()
    sh = ts.panel_share(t, ["2020-05"]).set_index(["reporter", "partner", "flow"])
    month = t[t["start"] == pd.Period("2020-05", "M")].set_index(["reporter", "partner", "flow"])
    for (rep, par, flow), row in sh.iterrows():
        part = month["value_usd"].get((rep, par, flow))
        whole = month["value_usd"].get((rep, "WLD", flow))
        if part is None or whole is None:
            assert pd.isna(row["share_pct"])
        else:
            assert row["share_pct"] == pytest.approx(part / whole * 100)
    co = ts.panel_contributions(t, ["2020-05"])
    full = co.groupby(["reporter", "flow"])["contribution_pp"].agg(lambda s: s.notna().all())
    whole = ts.panel_changes(t, ["2020-05"]).set_index(["reporter", "partner", "flow"])
    for (rep, flow), complete in full.items():
        if complete and pd.notna(whole.loc[(rep, "WLD", flow), "change_pct"]):
            total = co[(co["reporter"] == rep) & (co["flow"] == flow)]["contribution_pp"].sum()
            # PRK + KOR = WLD each month, so the contributions add up to the world's change
            assert total == pytest.approx(whole.loc[(rep, "WLD", flow), "change_pct"])


def _in_blocks(t: pd.DataFrame) -> pd.DataFrame:
    """``t`` sorted by series, then month: each series one block of rows (as bulk files are)."""
    return t.sort_values(["reporter", "partner", "flow", "start"], ignore_index=True)


def _chunked_keys(t: pd.DataFrame, pieces: int) -> pd.DataFrame:
    """``t`` with its key columns as Arrow strings held in ``pieces`` chunks (as Parquet gives)."""
    import pyarrow as pa

    out = t.copy()
    cut = np.linspace(0, len(t), pieces + 1).astype(int)
    for col in ("reporter", "partner", "flow", "commodity"):
        values = t[col].astype(object).tolist()
        chunks = [values[a:b] for a, b in zip(cut[:-1], cut[1:])]
        out[col] = pd.array(pa.chunked_array(chunks, type=pa.large_string()), dtype=t[col].dtype)
    return out


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("layout", ["blocks", "shuffled", "falling months", "split series"])
def test_panel_share_and_annual_of_monthly_rows_equal_the_span_engines(
    layout: str, chunked: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The grid shortcuts for tables of single months give the span engine's answers, column
    for column, with gaps, a month without a value and a second, not preferred version of one
    cell: on rows in series blocks of rising months (coded run by run), shuffled (every row
    hashed), in blocks of falling months, and with a series in two blocks; and cut into chunks
    of 37 rows that run in threads (a chunk boundary inside runs of one series and year)."""
    pytest.importorskip("pyarrow")
    from tradestats import panel as panel_module
    from tradestats import threads

    t = _in_blocks(_random_panel(seed=11))
    t["preferred"] = True
    t.loc[len(t) // 3, "value_usd"] = pd.NA
    stale = t.iloc[[5]].assign(value_usd=1, preferred=False)
    t = pd.concat([t, stale], ignore_index=True)
    if layout == "shuffled":
        t = t.sample(frac=1, random_state=3).reset_index(drop=True)
    elif layout == "falling months":
        t = t.iloc[::-1].reset_index(drop=True)
    elif layout == "split series":  # the first series' first ten rows moved to the end
        t = pd.concat([t.iloc[10:], t.iloc[:10]], ignore_index=True)
    if chunked:
        monkeypatch.setattr(threads, "THREADED_ROWS", 1)
        monkeypatch.setattr(threads, "CHUNK_ROWS", 37)
    t = _chunked_keys(t, 7)
    assert t["partner"].array.__arrow_array__().num_chunks == 7
    # (coded run by run unless shuffled)
    assert (panel_module._RowSeries(t).heads is None) == (layout == "shuffled")
    months = ["2018-12", "2020-05", "2019-01", "2020-05", "2021-06", "2021-07"]

    def answers() -> list[pd.DataFrame]:
        return [
            ts.panel_share(t),
            ts.panel_share(t, months),
            ts.panel_share(t, within="flow", whole="export"),
            ts.panel_annual(t),
            ts.panel_annual(t, [2021, 2019, 2018, 2020, 2020]),
        ]

    fast = answers()
    assert fast[3]["value_usd"].notna().any() and fast[3]["value_usd"].isna().any()
    # (the shortcuts were taken)
    assert panel_module._monthly_share(t, None, "partner", "WLD") is not None
    assert panel_module._monthly_annual(t, None) is not None
    monkeypatch.setattr(panel_module, "_monthly_share", lambda *args: None)
    monkeypatch.setattr(panel_module, "_monthly_annual", lambda *args: None)
    for a, b in zip(fast, answers()):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
    # and independently: a share exists exactly where the preferred rows hold the part and its
    # world row in the same month, and is their ratio
    rows = t[t["preferred"] & t["value_usd"].notna()].astype({"partner": object})
    key = ["reporter", "flow", "start"]
    pairs = rows[rows["partner"] != "WLD"].merge(
        rows[rows["partner"] == "WLD"], on=key, suffixes=("", "_whole")
    )
    got = fast[0].dropna(subset=["share_pct"])
    assert len(got) == len(pairs) > 0
    expected = pairs.set_index([*key, "partner"])
    for row in got.itertuples():
        e = expected.loc[(row.reporter, row.flow, row.start, row.partner)]
        assert row.share_pct == pytest.approx(e["value_usd"] / e["value_usd_whole"] * 100)


def test_monthly_shortcuts_leave_duplicate_cells_to_the_engine() -> None:
    # two rows for one series and month: the shortcuts decline and the engine's error names it
    from tradestats.errors import DuplicateRowsError

    t = _in_blocks(_random_panel())
    at_end = pd.concat([t, t.iloc[[4]].assign(value_usd=5)], ignore_index=True)
    # and inside its series' block, next to the row it repeats (one run, months not rising)
    beside = pd.concat([t.iloc[:5], t.iloc[[4]].assign(value_usd=5), t.iloc[5:]])
    for table in (at_end, beside.reset_index(drop=True)):
        with pytest.raises(DuplicateRowsError):
            ts.panel_share(table)
        with pytest.raises(DuplicateRowsError):
            ts.panel_annual(table)


def test_single_month_spans_share_no_unprotected_memory() -> None:
    # start and end of one-month spans are one array in memory (copy-on-write): a write to one
    # column through pandas must leave the other as it was
    t = _random_panel()
    for make in (lambda: ts.panel_share(t), lambda: ts.panel_values(t, ["2020-05", "2020-06"])):
        for written, other in (("end", "start"), ("start", "end")):
            result = make()
            before = result[other].copy()
            result.loc[0, written] = pd.Period("1999-01", "M")
            result.iloc[1, result.columns.get_loc(written)] = pd.Period("1998-01", "M")
            assert result[other].equals(before)
            assert result.loc[0, written] == pd.Period("1999-01", "M")


def test_panel_share_and_annual_of_cumulative_rows_take_the_span_engine() -> None:
    # the bundled China–DPRK table holds cumulative rows (January–February and the like): its
    # months are not all rows of their own, so the grid shortcut declines it
    from tradestats import panel as panel_module

    table = ts.load_dataset("china_dprk")
    assert panel_module._monthly_share(table, None, "partner", "WLD") is None
    assert panel_module._monthly_annual(table, None) is None
    assert not ts.panel_share(table, ["2020-01/02"]).empty


def test_panel_values_use_signed_tilings() -> None:
    t = panel([
        ("CHN", "PRK", "export", "2019-01..2019-04", 673680000),
        ("CHN", "PRK", "export", "2019-03", 197952000),
        ("CHN", "PRK", "export", "2019-04", 218700000),
    ])  # fmt: skip
    v = ts.panel_values(t, ["2019-01/02", "2019-02"], intervals=True)
    assert int(v.loc[0, "value_usd"]) == 257028000 and v.loc[0, "derivation"] == "derived"
    assert v.loc[0, "half_width"] == 55500
    assert pd.isna(v.loc[1, "value_usd"]) and v.loc[1, "derivation"] == "missing"


def test_panel_and_single_span_paths_agree_on_a_mixed_table() -> None:
    t = _random_panel()
    extra = panel([("CHN", "PRK", "export", "2021-01..2021-07", 5000)])
    mixed = pd.concat([t, extra], ignore_index=True)  # one series gains a cumulative row
    spans = ["2020-01..2020-06", "2021-07", "2021-01..2021-07", "2020"]
    whole = ts.panel_values(mixed, spans)
    for span in spans:
        one = ts.span_values(mixed, span, warn=False)
        sp = ts.parse_span(span)
        got = whole[(whole["start"] == sp.start) & (whole["end"] == sp.end)].set_index(
            ["reporter", "partner", "flow", "commodity"]
        )["value_usd"]
        assert got.reindex(one.index).equals(one["value_usd"]), span


def _scattered_panel() -> pd.DataFrame:
    """Six series with random gaps, rows shuffled (no runs of equal keys), keys in 3 chunks."""
    rng = np.random.default_rng(5)
    records = [
        (rep, par, flow, str(m), int(rng.integers(0, 1000)))
        for rep in ("CHN", "RUS")
        for par, flow in (("PRK", "export"), ("PRK", "import"), ("MNG", "export"))
        for m in pd.period_range("2018-01", "2020-12", freq="M")
        if rng.random() > 0.15
    ]
    t = panel(records).sample(frac=1, random_state=3).reset_index(drop=True)
    # three chunks, as a table read from several files (the key columns are taken chunk-wise)
    return pd.concat([t.iloc[:40], t.iloc[40:90], t.iloc[90:]], ignore_index=True)


def test_monthly_changes_and_rolling_sums_match_a_calendar_merge() -> None:
    # The reference is computed independently: bases by a merge on the calendar month (lag)
    # and windows by summing the 12 calendar months, never by row position.
    keys = ["reporter", "partner", "flow", "commodity"]
    shuffled = _scattered_panel()
    in_runs = shuffled.sort_values([*keys, "start"], ignore_index=True)  # series in blocks
    for t in (shuffled, in_runs):
        _check_against_merge(t, keys)


def _check_against_merge(t: pd.DataFrame, keys: list[str]) -> None:
    m = t[[*keys, "start", "value_usd"]].rename(columns={"start": "month"})
    for lag in (1, 12):
        base = m.assign(month=m["month"] + lag).rename(columns={"value_usd": "b"})
        ref = m.merge(base, on=[*keys, "month"], how="left")
        got = ts.monthly_changes(t, lag=lag).merge(ref, on=[*keys, "month"])
        assert len(got) == len(t)
        pd.testing.assert_series_equal(
            got["base_value_usd"], got["b"].astype("Int64"), check_names=False
        )
        expected = (got["value_usd_x"].astype(float) / got["b"].astype(float) - 1) * 100
        assert np.allclose(got["change_pct"].astype(float), expected, equal_nan=True, rtol=0)
    wide = m.pivot_table(index=keys, columns="month", values="value_usd", aggfunc="first")
    r = ts.rolling_sum(t, 12)
    for row in r.sample(40, random_state=1).itertuples(index=False):
        months = pd.period_range(end=row.month, periods=12, freq="M")
        window = wide.loc[(row.reporter, row.partner, row.flow, row.commodity)]
        vals = [window.get(mo, np.nan) for mo in months]
        want = pd.NA if any(pd.isna(v) for v in vals) else int(sum(vals))
        assert (pd.isna(row.rolling_usd) and want is pd.NA) or row.rolling_usd == want
    dup = pd.concat([t, t.iloc[:1]], ignore_index=True)
    for fn in (ts.monthly_changes, ts.rolling_sum):
        with pytest.raises(ts.DuplicateRowsError):
            fn(dup)


def test_key_columns_compared_in_threads_give_the_same_codes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a long table the Arrow key columns are compared and taken in threads
    (threads.each); the series codes and keys are those of the one-thread path."""
    pytest.importorskip("pyarrow")
    from tradestats import threads, tiling

    t = _chunked_keys(_random_panel(seed=5), 3)
    cols = ["reporter", "partner", "flow", "commodity"]
    one = tiling._codes(t, cols)
    calls = []
    real = threads.each

    def spy(fn, items, rows):  # noqa: ANN001, ANN202
        calls.append(len(items))
        return real(fn, items, rows)

    monkeypatch.setattr(threads, "THREADED_ROWS", 1)
    monkeypatch.setattr(threads, "each", spy)
    threaded = tiling._codes(t, cols)
    assert calls and max(calls) == 4  # the four columns went to the threads
    np.testing.assert_array_equal(one[0], threaded[0])
    pd.testing.assert_frame_equal(one[1], threaded[1], check_exact=True)


@pytest.mark.parametrize("threaded", [False, True])
def test_repeat_and_tile_in_threads_equal_numpys(
    threaded: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the long key and span columns of whole-panel results are written in chunks of rows,
    # in threads on long grids: the same arrays as np.repeat / np.tile, dtype kept
    from tradestats import panel as panel_module
    from tradestats import threads

    if threaded:
        monkeypatch.setattr(threads, "THREADED_ROWS", 1)
        monkeypatch.setattr(threads, "CHUNK_ROWS", 7)
    for x in (np.arange(5), np.array([], dtype=np.int64), np.array([3, -1], dtype=np.int8)):
        for n in (0, 1, 4, 13):
            for ours, numpys in ((panel_module._repeat, np.repeat), (panel_module._tile, np.tile)):
                got = ours(x, n)
                assert got.dtype == x.dtype
                np.testing.assert_array_equal(got, numpys(x, n))
