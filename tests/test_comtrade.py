"""The Comtrade client against a local stand-in server injecting faults; all offline."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from comtrade_server import FakeComtrade, value_for

import tradestats as ts
from tradestats.sources.cache import QueryCache
from tradestats.sources.comtrade import ComtradeError, ComtradeQuery, FetchError, fetch_comtrade
from tradestats.sources.vintages import diff_tables

TESTS = Path(__file__).parent


def fetch(fake: FakeComtrade, tmp_path: Path, period: str = "2019-01..2020-12", **kw: object):
    kw.setdefault("backoff", 0.0)
    kw.setdefault("timeout", 1.0)
    return fetch_comtrade(
        "CHN", "PRK", period, base_url=fake.url, cache_root=tmp_path / "cache", **kw
    )


def assert_complete(table: pd.DataFrame, months: list[str]) -> None:
    got = sorted(zip(table["start"].astype(str), table["flow"]))
    assert got == sorted((m, f) for m in months for f in ("export", "import")), (
        "each month and flow exactly once"
    )
    for m, f, v in zip(table["start"].astype(str), table["flow"], table["value_usd"]):
        assert v == value_for(m.replace("-", ""), "X" if f == "export" else "M")


MONTHS_2Y = [str(m) for m in pd.period_range("2019-01", "2020-12", freq="M")]


def test_parameters_are_checked_before_any_request(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        for bad, error in [
            (dict(period="2019-13"), ts.PeriodError), (dict(partner="Korea"), ts.AmbiguousCountryError),
            (dict(partner="Atlantis"), ts.CountryError), (dict(flows=("RX",)), ts.InputError),
            (dict(cmd=("12a",)), ts.InputError), (dict(freq="Q"), ts.InputError),
            (dict(freq="A", period="2019-03..2019-08"), ts.InputError),
        ]:  # fmt: skip
            args = {"reporter": "CHN", "partner": "PRK", "period": "2019-01..2019-12", **bad}
            with pytest.raises(error):
                fetch_comtrade(args.pop("reporter"), args.pop("partner"), args.pop("period"), base_url=fake.url,
                               cache_root=tmp_path, **args)  # fmt: skip
        assert fake.requests == []


def test_query_uses_comtrade_area_codes_and_the_preview_without_a_key(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("COMTRADE_API_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    with FakeComtrade() as fake:
        table, report = fetch(fake, tmp_path)
    assert_complete(table, MONTHS_2Y)
    assert report.chunks == 2 and report.fetched == 2 and not report.missing
    q = fake.requests[0]
    assert q["path"] == "/public/v1/preview/C/M/HS" and q["key"] is None
    assert q["query"]["reportercode"] == "156" and q["query"]["partnercode"] == "408"
    assert (
        q["query"]["period"].split(",")[:2] == ["201901", "201902"]
        and q["query"]["maxrecords"] == "500"
    )
    assert ComtradeQuery("USA", "CHN", "2019").reporter == "USA"  # sent as area 842, not M49 840


def test_keyed_endpoint_with_key_from_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COMTRADE_API_KEY", "secret")
    with FakeComtrade() as fake:
        monkeypatch.setenv("TRADESTATS_COMTRADE_URL", fake.url)
        table, _ = fetch_comtrade(
            "China", "North Korea", "2020-01..2020-03", cache_root=tmp_path, backoff=0
        )
    assert fake.requests[0]["path"] == "/data/v1/get/C/M/HS" and fake.requests[0]["key"] == "secret"
    assert "secret" not in json.dumps(fake.requests[0]["query"])  # the key travels in a header
    assert len(table) == 6


@pytest.mark.parametrize("fault", ["429", "429msg", "500", "timeout", "truncated", "empty", "gzip"])
def test_each_fault_ends_with_the_complete_table(fault: str, tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        fake.script = {"202001": [fault]}
        table, report = fetch(fake, tmp_path)
    assert_complete(table, MONTHS_2Y)
    assert not report.missing
    if fault == "empty":
        assert report.empty_retried == 1
    elif fault != "gzip":
        assert report.retried == 1


def test_a_chunk_that_keeps_failing_is_named_and_a_rerun_resumes(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        fake.script = {"202001": ["500"] * 10}
        with pytest.raises(FetchError) as err:
            fetch(fake, tmp_path, max_retries=2)
        assert "202001" in str(err.value) and err.value.chunk["periods"][0] == "202001"
        fake.requests.clear()
        fake.script = {}
        table, report = fetch(fake, tmp_path)
    assert [r["query"]["period"][:6] for r in fake.requests] == [
        "202001"
    ]  # 2019 came from the cache
    assert report.cached == 1 and report.fetched == 1
    assert_complete(table, MONTHS_2Y)


def test_refused_key_and_quota_are_errors_not_retries(tmp_path: Path) -> None:
    for fault, words in (("401", "refused the key"), ("403quota", "quota used up")):
        with FakeComtrade() as fake:
            fake.script = {"201901": [fault]}
            with pytest.raises(ComtradeError, match=words):
                fetch(fake, tmp_path / fault)
            assert len(fake.requests) == 1


def test_missing_months_are_reported(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        fake.omit = {("201905", "M")}
        table, report = fetch(fake, tmp_path)
    assert report.missing == [("201905", "import", "TOTAL")]
    assert len(table) == 47 and "MISSING 1: 201905 import TOTAL" in report.summary()


def test_cache_and_vintages(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        first, _ = fetch(fake, tmp_path, period="2020-01..2020-06")
        time.sleep(0.01)
        again, report = fetch(fake, tmp_path, period="2020-01..2020-06")
        assert report.cached == 1 and len(fake.requests) == 1  # answered from the cache
        cut = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
        time.sleep(1.1)
        fake.override = {("202003", "X"): 123_456_789}
        revised, _ = fetch(fake, tmp_path, period="2020-01..2020-06", refresh=True)
    old, _ = fetch(fake, tmp_path, period="2020-01..2020-06", as_of=cut)
    pd.testing.assert_frame_equal(
        old[["start", "flow", "value_usd"]], first[["start", "flow", "value_usd"]]
    )
    diff = diff_tables(old, revised)
    assert len(diff) == 1
    row = diff.iloc[0]
    assert (str(row["start"]), row["flow"], row["status"]) == ("2020-03", "export", "revised")
    assert row["change_usd"] == 123_456_789 - value_for("202003", "X")
    cache = QueryCache(
        "comtrade", ComtradeQuery("CHN", "PRK", "2020-01..2020-06").as_dict(), tmp_path / "cache"
    )
    assert len(cache.all_vintages()) == 2


def _run_cli(
    url: str, cache: Path, out: Path, period: str = "2019-01..2021-12"
) -> subprocess.Popen[str]:
    env = dict(os.environ, TRADESTATS_COMTRADE_URL=url, TRADESTATS_CACHE_DIR=str(cache))
    env.pop("COMTRADE_API_KEY", None)
    return subprocess.Popen(
        [sys.executable, "-m", "tradestats", "fetch", "comtrade", "--reporter", "CHN", "--partner", "PRK",
         "--period", period, "--out", str(out), "--backoff", "0", "--timeout", "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def test_killed_download_resumes_to_the_same_table(tmp_path: Path) -> None:
    # A server process that hangs on the second chunk; the download is killed mid-way.
    script = json.dumps({"202001": ["hang"]})
    server = subprocess.Popen([sys.executable, str(TESTS / "comtrade_server.py"), script, "60"],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        url = server.stdout.readline().strip()
        proc = _run_cli(url, tmp_path / "cache", tmp_path / "a.csv")
        manifests = list((tmp_path / "cache").glob("comtrade/*/manifest.json"))
        deadline = time.time() + 20
        while time.time() < deadline:
            manifests = list((tmp_path / "cache").glob("comtrade/*/manifest.json"))
            if manifests and len(json.loads(manifests[0].read_text())["done"]) == 1:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        assert proc.returncode == -signal.SIGKILL and not (tmp_path / "a.csv").exists()
    finally:
        server.kill()
        server.communicate()
    with FakeComtrade() as fake:
        resumed = _run_cli(fake.url, tmp_path / "cache", tmp_path / "a.csv")
        out, err = resumed.communicate(timeout=60)
        assert resumed.returncode == 0, err
        assert [r["query"]["period"][:6] for r in fake.requests] == ["202001", "202101"]
        clean = _run_cli(fake.url, tmp_path / "clean-cache", tmp_path / "b.csv")
        clean.communicate(timeout=60)
        assert clean.returncode == 0
    a = pd.read_csv(tmp_path / "a.csv").drop(
        columns=["retrieved_at", "vintage", "published", "source_id"]
    )
    b = pd.read_csv(tmp_path / "b.csv").drop(
        columns=["retrieved_at", "vintage", "published", "source_id"]
    )
    pd.testing.assert_frame_equal(a, b)
    assert len(a) == 72 and not a.duplicated(["start", "flow"]).any()
    assert "every period and flow present" in err


def test_cli_fails_naming_what_is_missing(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        fake.omit = {("201903", "X")}
        proc = _run_cli(fake.url, tmp_path / "cache", tmp_path / "t.csv", period="2019-01..2019-06")
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1 and "MISSING 1: 201903 export TOTAL" in err


def test_downstream_works_on_a_fetched_table(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        table, _ = fetch(fake, tmp_path)
    c = ts.yoy(table, "2020-06").set_index("flow")
    expected = (value_for("202006", "X") / value_for("201906", "X") - 1) * 100
    assert c.loc["export", "change_pct"] == pytest.approx(expected)
    pct = f"{expected:.1f}"
    r = ts.check_text(
        f"China's exports to North Korea rose {pct} percent in June 2020.", data=table
    )
    assert r.iloc[0]["verdict"] == "correct"
