"""Mirror statistics on canonical tables and on data fetched from the local Comtrade stand-in.
Every number here is constructed (conftest.panel rows, and tests/comtrade_server.py values)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from comtrade_server import FakeComtrade, value_for
from conftest import panel

import tradestats as ts
from tradestats.cli import main
from tradestats.sources.comtrade import fetch_comtrade


def test_two_canonical_tables_side_by_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chn = panel([("CHN", "KOR", "export", "2020", 1000), ("CHN", "KOR", "import", "2020", 500)])
    kor = panel([("KOR", "CHN", "import", "2020", 1080), ("KOR", "CHN", "export", "2020", 490)])
    out = ts.mirror(chn, kor, reporter="China", partner="South Korea").set_index("exporter")
    assert out.loc["CHN", ["export_usd", "import_usd", "gap_usd"]].tolist() == [1000, 1080, 80]
    assert out.loc["CHN", "import_export_ratio"] == pytest.approx(1.08)  # 1080 / 1000
    assert out.loc["KOR", ["export_usd", "import_usd", "gap_usd"]].tolist() == [490, 500, 10]
    assert out["note"].isna().all() and any("CIF" in r for r in ts.mirror(chn, kor, reporter="CHN",
                                                                          partner="KOR").attrs["reasons"])  # fmt: skip
    for name, t in (("chn.csv", chn), ("kor.csv", kor)):
        t.assign(start=t["start"].astype(str), end=t["end"].astype(str)).to_csv(
            tmp_path / name, index=False
        )
    code = main(["mirror", "--reporter", "CHN", "--partner", "KOR", "--period", "2020", "--data",
                 str(tmp_path / "chn.csv"), str(tmp_path / "kor.csv")])  # fmt: skip
    cli = capsys.readouterr()
    assert code == 0, cli.err
    assert "1080" in cli.out and "Why a flow and its mirror differ" in cli.out


def test_a_pair_with_no_rows_is_an_error() -> None:
    t = panel([("CHN", "KOR", "export", "2020", 1)])
    with pytest.raises(ts.InputError, match="no rows reported by USA or JPN"):
        ts.mirror(t, reporter="USA", partner="JPN")


def test_fetched_data_both_ways_with_valuation(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        kw = dict(base_url=fake.url, cache_root=tmp_path, min_interval=0, backoff=0)
        chn, _ = fetch_comtrade("CHN", "USA", "2020-01..2020-02", **kw)
        usa, _ = fetch_comtrade("USA", "CHN", "2020-01..2020-02", **kw)
    out = ts.mirror(chn, usa, reporter="CHN", partner="USA")
    jan = out[(out["start"] == "2020-01") & (out["exporter"] == "CHN")].iloc[0]
    x, m = (
        value_for("202001", "X", 156),
        value_for("202001", "M", 842),
    )  # the stand-in's constructed values
    assert (jan["export_usd"], jan["import_usd"], jan["gap_usd"]) == (x, m, m - x)
    assert (jan["export_valuation"], jan["import_valuation"]) == ("FOB", "CIF")
    assert jan["cif_fob_ratio"] == pytest.approx(round(m / x, 4))
    assert len(out) == 4


def test_north_korea_reports_nothing_and_the_cli_says_so(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    with FakeComtrade() as fake:
        monkeypatch.setenv("TRADESTATS_COMTRADE_URL", fake.url)
        monkeypatch.setenv("TRADESTATS_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
        monkeypatch.delenv("COMTRADE_API_KEY", raising=False)
        code = main(["mirror", "--reporter", "CHN", "--partner", "PRK", "--period", "2020-01..2020-02",
                     "--throttle", "0", "--out", str(tmp_path / "m.csv")])  # fmt: skip
        asked_408 = [r for r in fake.data_requests() if r["query"]["reportercode"] == "408"]
    assert asked_408 == []  # the availability call said North Korea released nothing: no data call
    cli = capsys.readouterr()
    assert code == 0, cli.err
    result = pd.read_csv(tmp_path / "m.csv")
    chn, prk = result[result["exporter"] == "CHN"], result[result["exporter"] == "PRK"]
    assert list(chn["export_usd"]) == [value_for("202001", "X"), value_for("202002", "X")]
    assert list(prk["import_usd"]) == [value_for("202001", "M"), value_for("202002", "M")]
    assert chn["import_usd"].isna().all() and prk["export_usd"].isna().all()
    assert result["note"].str.contains("North Korea publishes no trade statistics").all()
    assert "MISSING 4" in cli.err  # PRK → CHN: nothing reported, and said so
