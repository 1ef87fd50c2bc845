"""The Comtrade client against a local stand-in server injecting faults; all offline."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pandas as pd
import pytest
from comtrade_server import FakeComtrade, value_for

import tradestats as ts
from tradestats.cli import main
from tradestats.errors import OutsideError
from tradestats.sources.cache import QueryCache
from tradestats.sources.comtrade import ComtradeError, ComtradeQuery, FetchError, fetch_comtrade
from tradestats.sources.vintages import diff_tables

TESTS = Path(__file__).parent


@pytest.fixture(autouse=True)
def _keyless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keyless unless a test sets a key: no key from the environment or a config file."""
    monkeypatch.delenv("COMTRADE_API_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def fetch(fake: FakeComtrade, tmp_path: Path, period: str = "2019-01..2020-12", **kw: object):
    kw.setdefault("backoff", 0.0)
    kw.setdefault("timeout", 1.0)
    kw.setdefault("min_interval", 0.0)
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
    assert report.chunks == 24 and report.fetched == 24 and not report.missing
    data = fake.data_requests()
    assert [r["query"]["period"] for r in data] == [
        m.replace("-", "") for m in MONTHS_2Y
    ]  # one each
    q = data[0]
    assert q["path"] == "/public/v1/preview/C/M/HS" and q["key"] is None
    assert q["query"]["reportercode"] == "156" and q["query"]["partnercode"] == "408"
    assert q["query"]["maxrecords"] == "500" and q["query"]["flowcode"] == "X,M"
    assert ComtradeQuery("USA", "CHN", "2019").reporter == "USA"  # sent as area 842, not M49 840


def test_the_test_server_refuses_several_periods_on_the_preview_like_the_real_one(
    tmp_path: Path,
) -> None:
    # comtrade_api.md §4: period=2023,2024 on /public/v1/preview answers HTTP 400.
    with FakeComtrade() as fake:
        url = f"{fake.url}/public/v1/preview/C/M/HS?reporterCode=156&partnerCode=408&period=202301,202302"
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url, timeout=5)
        assert err.value.code == 400
        err.value.close()
        with pytest.raises(ts.InputError, match="one period per call"):
            fetch(fake, tmp_path, chunk_periods=12)
        assert len(fake.requests) == 1  # only the call above


def test_keyed_endpoint_with_key_from_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COMTRADE_API_KEY", "secret")
    with FakeComtrade() as fake:
        monkeypatch.setenv("TRADESTATS_COMTRADE_URL", fake.url)
        table, _ = fetch_comtrade(
            "China",
            "North Korea",
            "2020-01..2020-03",
            cache_root=tmp_path,
            backoff=0,
            min_interval=0,
        )
    data = fake.data_requests()
    assert data[0]["path"] == "/data/v1/get/C/M/HS" and data[0]["key"] == "secret"
    assert "secret" not in json.dumps(
        [r["query"] for r in fake.requests]
    )  # the key travels in a header
    assert len(data) == 1 and data[0]["query"]["period"] == "202001,202002,202003"
    assert len(table) == 6


@pytest.mark.parametrize("fault", ["429", "429msg", "500", "timeout", "truncated", "empty", "gzip"])
def test_each_fault_ends_with_the_complete_table(fault: str, tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        fake.script = {"202001": [fault]}
        table, report = fetch(fake, tmp_path, period="2019-11..2020-02")
    assert_complete(table, ["2019-11", "2019-12", "2020-01", "2020-02"])
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
    # 2019 came from the cache: only the twelve months from the failed one on are asked
    assert [r["query"]["period"] for r in fake.data_requests()] == [
        f"2020{m:02d}" for m in range(1, 13)
    ]
    assert report.cached == 12 and report.fetched == 12
    assert_complete(table, MONTHS_2Y)


def test_refused_key_and_quota_are_errors_not_retries(tmp_path: Path) -> None:
    for fault, words in (("401", "refused the key"), ("403quota", "quota used up")):
        with FakeComtrade() as fake:
            fake.script = {"201901": [fault]}
            with pytest.raises(ComtradeError, match=words):
                fetch(fake, tmp_path / fault)
            assert len(fake.data_requests()) == 1


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
        assert report.cached == 6 and len(fake.data_requests()) == 6  # answered from the cache
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
    assert len(cache.all_vintages()) == 7  # six months, one of them revised


def _run_cli(
    url: str, cache: Path, out: Path, period: str = "2019-01..2021-12", *extra: str
) -> subprocess.Popen[str]:
    env = dict(os.environ, TRADESTATS_COMTRADE_URL=url, TRADESTATS_CACHE_DIR=str(cache))
    env.pop("COMTRADE_API_KEY", None)
    return subprocess.Popen(
        [sys.executable, "-m", "tradestats", "fetch", "comtrade", "--reporter", "CHN", "--partner", "PRK",
         "--period", period, "--out", str(out), "--backoff", "0", "--timeout", "5", "--throttle", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def test_killed_download_resumes_to_the_same_table(tmp_path: Path) -> None:
    # A server process that hangs on the second chunk; the download is killed mid-way.
    script = json.dumps({"202001": ["hang"]})
    server = subprocess.Popen([sys.executable, str(TESTS / "comtrade_server.py"), script, "60"],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        url = server.stdout.readline().strip()
        proc = _run_cli(url, tmp_path / "cache", tmp_path / "a.csv", "2019-09..2020-04")
        manifests = list((tmp_path / "cache").glob("comtrade/*/manifest.json"))
        deadline = time.time() + 20
        while time.time() < deadline:
            manifests = list((tmp_path / "cache").glob("comtrade/*/manifest.json"))
            if manifests and len(json.loads(manifests[0].read_text())["done"]) == 4:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        assert proc.returncode == -signal.SIGKILL and not (tmp_path / "a.csv").exists()
    finally:
        server.kill()
        server.communicate()
    with FakeComtrade() as fake:
        resumed = _run_cli(fake.url, tmp_path / "cache", tmp_path / "a.csv", "2019-09..2020-04")
        out, err = resumed.communicate(timeout=60)
        assert resumed.returncode == 0, err
        asked = [r["query"]["period"] for r in fake.data_requests()]
        assert asked == [
            str(m).replace("-", "") for m in pd.period_range("2020-01", "2020-04", freq="M")
        ]
        clean = _run_cli(fake.url, tmp_path / "clean-cache", tmp_path / "b.csv", "2019-09..2020-04")
        clean.communicate(timeout=60)
        assert clean.returncode == 0
    a = pd.read_csv(tmp_path / "a.csv").drop(
        columns=["retrieved_at", "vintage", "published", "source_id"]
    )
    b = pd.read_csv(tmp_path / "b.csv").drop(
        columns=["retrieved_at", "vintage", "published", "source_id"]
    )
    pd.testing.assert_frame_equal(a, b)
    assert len(a) == 16 and not a.duplicated(["start", "flow"]).any()
    assert "every period and flow present" in err


def test_cli_fails_naming_what_is_missing(tmp_path: Path, monkeypatch, capsys) -> None:
    args = ["fetch", "comtrade", "--reporter", "CHN", "--partner", "PRK", "--period", "2019-01..2019-06",
            "--throttle", "0", "--backoff", "0", "--out", str(tmp_path / "t.csv")]  # fmt: skip
    with FakeComtrade() as fake:
        monkeypatch.setenv("TRADESTATS_COMTRADE_URL", fake.url)
        monkeypatch.setenv("TRADESTATS_CACHE_DIR", str(tmp_path / "cache"))
        fake.omit = {("201903", "X")}
        code = main(args)
        err = capsys.readouterr().err
        # without --accept-incomplete nothing is written: exit 3, the missing month named
        assert code == 3 and "MISSING 1: 201903 export TOTAL" in err and "201903 export" in err
        assert not (tmp_path / "t.csv").exists()
        code = main([*args, "--accept-incomplete"])
    assert code == 1 and len(pd.read_csv(tmp_path / "t.csv")) == 11


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


def test_an_answer_cut_at_the_preview_cap_is_asked_again_in_parts(tmp_path: Path) -> None:
    # 300 product codes × 2 flows = 600 records: the preview cuts at 500 without saying so.
    codes = tuple(f"{c:06d}" for c in range(10_100, 10_400))
    with FakeComtrade() as fake:
        table, report = fetch(fake, tmp_path, period="2020-01", cmd=codes)
    assert report.split == 1 and not report.missing and len(table) == 600
    assert [r["query"]["flowcode"] for r in fake.data_requests()] == ["X,M", "X", "M"]
    row = table[(table["commodity"] == "010123") & (table["flow"] == "import")].iloc[0]
    assert row["value_usd"] == value_for("202001", "M", cmd="010123")
    assert row["quantity"] == str(1000 + 10123) and row["quantity_unit"] == "kg"


def test_urls_over_4096_characters_are_split_before_sending(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COMTRADE_API_KEY", "secret")
    codes = tuple(f"{c:06d}" for c in range(10_100, 10_800))  # 700 codes: ~4,900 characters
    with FakeComtrade() as fake:
        table, report = fetch(fake, tmp_path, period="2020-01..2020-02", cmd=codes)
        lengths = [len(fake.url) + len(r["path"]) + len(urllib.parse.urlencode(r["query"]))
                   for r in fake.data_requests()]  # fmt: skip
    assert report.chunks == 2 and len(lengths) == 2 and max(lengths) < 4096
    assert len(table) == 700 * 2 * 2 and not report.missing


@pytest.mark.parametrize(
    ("fault", "words"), [("datanull", "Invalid parameter"), ("nullvalue", "primaryValue null")]
)
def test_null_answers_are_typed_errors_with_the_server_message(
    fault: str, words: str, tmp_path: Path
) -> None:
    with FakeComtrade() as fake:
        fake.script = {"202001": [fault]}
        with pytest.raises(ComtradeError, match=words) as err:
            fetch(fake, tmp_path, period="2020-01..2020-02")
    assert err.value.exit_code == 3 and "\n" not in str(err.value)


def test_source_id_names_reporter_and_partner(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        prk, _ = fetch(fake, tmp_path, period="2010-01")
        kor, _ = fetch_comtrade(
            "CHN", "KOR", "2010-01", base_url=fake.url, cache_root=tmp_path, min_interval=0
        )
    assert set(prk["source_id"]).isdisjoint(set(kor["source_id"]))
    assert prk["source_id"].iloc[0].startswith("comtrade-156-408-") and kor["source_id"].iloc[
        0
    ].startswith("comtrade-156-410-")


def test_historic_area_codes_are_sent_for_the_years_they_cover(tmp_path: Path) -> None:
    # code lists: USA is 841 "USA and Puerto Rico" until 1980 and 842 from 1981
    with FakeComtrade() as fake:
        table, report = fetch_comtrade("USA", "CHN", "1979-01..1982-12", freq="A", base_url=fake.url,
                                       cache_root=tmp_path, min_interval=0, backoff=0)  # fmt: skip
        sent = [(r["query"]["reportercode"], r["query"]["period"]) for r in fake.data_requests()]
    assert sent == [("841", "1979"), ("841", "1980"), ("842", "1981"), ("842", "1982")]
    assert set(table["reporter"]) == {"USA"} and sorted(set(table["reporter_code"])) == [
        "841",
        "842",
    ]
    assert not report.missing and len(table) == 8


def test_if_newer_asks_for_releases_and_refetches_only_what_changed(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        first, _ = fetch(fake, tmp_path, period="2020-01..2020-04")
        assert set(first["published"]) == {"2026-01-11"}  # the release date, not the retrieval date
        assert set(first["checksum"]) == {str(-1349955130 + 7)}
        fake.requests.clear()
        same, report = fetch(fake, tmp_path, period="2020-01..2020-04", if_newer=True)
        assert (
            report.newer == [] and fake.data_requests() == [] and len(fake.requests) == 1
        )  # getDa only
        fake.releases[(156, "202003")] = 2
        fake.override = {("202003", "X"): 123_456_789}
        newer, report = fetch(fake, tmp_path, period="2020-01..2020-04", if_newer=True)
        assert [r["query"]["period"] for r in fake.data_requests()] == ["202003"]
    assert report.newer == ["202003 X,M TOTAL"] and "newer release for 1 chunk" in report.summary()
    march = newer[(newer["start"] == "2020-03") & (newer["flow"] == "export")].iloc[0]
    assert march["value_usd"] == 123_456_789 and march["published"] == "2026-01-12"
    assert march["vintage"].startswith("20260112T041254-")


def test_calls_are_throttled_and_progress_names_chunks_and_retries(tmp_path: Path) -> None:
    waits: list[float] = []
    events: list[str] = []
    with FakeComtrade() as fake:
        fake.script = {"202002": ["500"]}
        fetch(fake, tmp_path, period="2020-01..2020-03", min_interval=2.0, sleep=waits.append,
              progress=lambda done, total, what: events.append(f"{done}/{total} {what}"))  # fmt: skip
    # 1 availability call + 4 data calls (one retried); each waits its turn (no real sleep here)
    assert len([w for w in waits if 1.5 < w <= 2.0]) == 4
    assert "1/3 fetching 202002 X,M TOTAL" in events
    assert any(e.startswith("1/3 202002 X,M TOTAL: retry 1 after HTTP 500") for e in events)


def test_an_unusable_cache_folder_is_one_outside_error(tmp_path: Path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with FakeComtrade() as fake, pytest.raises(OutsideError, match="cache folder") as err:
        fetch_comtrade(
            "CHN", "PRK", "2020-01", base_url=fake.url, cache_root=blocker / "cache", min_interval=0
        )
    assert err.value.exit_code == 3
    monkeypatch.setenv("TRADESTATS_CACHE_DIR", str(blocker))
    code = main(
        ["fetch", "comtrade", "--reporter", "CHN", "--partner", "PRK", "--period", "2020-01"]
    )
    err = capsys.readouterr().err
    assert code == 3 and "TRADESTATS_CACHE_DIR" in err and len(err.strip().splitlines()) == 1


def test_cli_if_newer(tmp_path: Path, monkeypatch, capsys) -> None:
    args = ["fetch", "comtrade", "--reporter", "CHN", "--partner", "PRK", "--period", "2020-01..2020-02",
            "--throttle", "0", "--quiet", "--out", str(tmp_path / "t.csv")]  # fmt: skip
    with FakeComtrade() as fake:
        monkeypatch.setenv("TRADESTATS_COMTRADE_URL", fake.url)
        monkeypatch.setenv("TRADESTATS_CACHE_DIR", str(tmp_path / "cache"))
        assert main(args) == 0
        assert main([*args, "--if-newer"]) == 0
        assert "no newer release than the cached one" in capsys.readouterr().err
        fake.releases[(156, "202002")] = 3
        assert main([*args, "--if-newer"]) == 0
        assert "newer release for 1 chunk(s): 202002 X,M TOTAL" in capsys.readouterr().err
    assert set(pd.read_csv(tmp_path / "t.csv", dtype=str)["published"]) == {
        "2026-01-11",
        "2026-01-13",
    }


def test_a_failed_download_leaves_a_good_out_file_as_it_was(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    out = tmp_path / "t.csv"
    out.write_text("a good table\n")
    with FakeComtrade() as fake:
        monkeypatch.setenv("TRADESTATS_COMTRADE_URL", fake.url)
        monkeypatch.setenv("TRADESTATS_CACHE_DIR", str(tmp_path / "cache"))
        fake.script = {"202002": ["500"] * 5}
        code = main(["fetch", "comtrade", "--reporter", "CHN", "--partner", "PRK", "--period", "2020-01..2020-03",
                     "--throttle", "0", "--backoff", "0", "--max-retries", "1", "--out", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 3 and "Chunk 202002 X,M TOTAL failed after 2 attempts" in err
    assert out.read_text() == "a good table\n"


def test_availability_asked_period_by_period_when_the_service_wants_it(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        fake.da_one_period = True
        table, report = fetch(fake, tmp_path, period="2020-01..2020-03")
        da = [r["query"]["period"] for r in fake.requests if "/getDa/" in r["path"]]
    assert da == ["202001,202002,202003", "202001", "202002", "202003"]
    assert set(table["published"]) == {"2026-01-11"} and not report.missing


def test_the_throttle_keeps_within_the_rate_limit(tmp_path: Path) -> None:
    with FakeComtrade() as fake:
        fake.min_gap = 0.1  # the stand-in answers 429 to calls closer than this
        _, spaced = fetch(fake, tmp_path / "a", period="2020-01..2020-04", min_interval=0.4)
        fake.last_call = 0.0
        table, rushed = fetch(fake, tmp_path / "b", period="2020-01..2020-04", min_interval=0.0)
    assert spaced.retried == 0 and rushed.retried > 0  # too fast: refused, retried, still complete
    assert_complete(table, ["2020-01", "2020-02", "2020-03", "2020-04"])


def test_keyed_calls_ask_at_most_twelve_periods(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COMTRADE_API_KEY", "secret")
    with FakeComtrade() as fake:
        table, report = fetch(fake, tmp_path, period="2019-01..2020-12")
    sent = [r["query"]["period"].split(",") for r in fake.data_requests()]
    assert [len(p) for p in sent] == [12, 12] and sent[1][0] == "202001"
    assert_complete(table, MONTHS_2Y)
