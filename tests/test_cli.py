"""The command line, run as a user runs it: a subprocess, output on stdout, errors on stderr."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tradestats", *args], capture_output=True, text=True, cwd=cwd
    )


def test_compare_json_jan_feb_2020(tmp_path: Path) -> None:
    out = run(
        "compare",
        "--period",
        "2020-01/02",
        "--base",
        "2019-01/02",
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    rows = {r["flow"]: r for r in json.loads(out.stdout)}
    assert set(rows) == {"export", "import", "total", "balance"}
    # GACC original release as printed by Kyodo, 2020-03-24.
    assert rows["export"]["value_usd"] == 197390000
    assert rows["import"]["value_usd"] == 10670000
    assert rows["total"]["value_usd"] == 208060000
    # Jan-Feb 2019 exports were never published as one figure. The narrowest derivation is
    # Jan-Mar 2019 $454.92m (Korea JoongAng Daily, 2023-05-04) - Mar 2019 $197.952m (Yonhap via
    # Korea Economic TV, 2020-04-24) = $256.968m, +-5,500 from the rounding of the two; the change
    # computed from it rounds to the -23.2% customs printed (Kyodo, 2020-03-24) and its whole
    # range agrees with that print.
    ex = rows["export"]
    assert ex["change_basis"] == "computed"
    assert round(ex["change_pct"], 1) == -23.2
    assert ex["base_value_usd"] == 454_920_000 - 197_952_000
    assert ex["base_formula"] == "Jan–Mar 2019 − Mar 2019"
    assert ex["base_half_width_usd"] == 5_500 and not ex["base_mixed_releases"]
    assert ex["printed_check"] == "agrees"
    assert set(ex["base_rows"]) == {"ytd_add:8", "monthly:200"}
    assert rows["import"]["change_basis"] == "computed"
    assert rows["import"]["base_value_usd"] == 38090000  # VOA, 2020-03-25
    assert rows["total"]["change_basis"] == "computed"
    assert round(rows["total"]["change_pct"], 1) == -29.5  # printed -29.5% (Kyodo)
    # exports as above + imports Jan-Feb 2019 $38.09m (VOA): "about $295.1m" in the issue
    assert rows["total"]["base_value_usd"] == 256_968_000 + 38_090_000
    assert rows["balance"]["change_pct"] is not None
    for r in rows.values():
        assert {"flow", "period", "base", "value_usd", "base_value_usd", "change_pct",
                "change_basis", "sources", "explanation"} <= set(r)  # fmt: skip
        assert r["period"] == "2020-01/2020-02" and r["base"] == "2019-01/2019-02"
    src = rows["export"]["sources"][0]
    assert src["url"].startswith("https://") and src["published"] == "2020-03-24"
    ids = {s["id"] for s in rows["export"]["sources"]}
    if rows["export"]["base_formula"] == "Jan–Apr 2019 − Mar 2019 − Apr 2019":
        assert "derived (not published)" in rows["export"]["explanation"]
        assert {"src-7ff176f611", "src-1f5ce808dc", "src-2083dafabc"} <= ids


def test_compare_default_base_is_a_year_earlier() -> None:
    out = run("compare", "--period", "Jan-Feb 2020", "--format", "json")
    assert json.loads(out.stdout)[0]["base"] == "2019-01/2019-02"


def test_compare_table_and_csv() -> None:
    table = run("compare", "--period", "2021")
    assert table.returncode == 0
    assert "exports" in table.stdout and "Sources:" in table.stdout and "-47.0%" in table.stdout
    csv = run("compare", "--period", "2021", "--format", "csv")
    assert csv.stdout.splitlines()[0].startswith("reporter,partner,flow")
    assert len(csv.stdout.splitlines()) == 5


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["compare", "--period", "2020-13"], "2020-13"),
        (["compare", "--period", "2020", "--partner", "Korea"], "ambiguous"),
        (["compare", "--period", "2020", "--reporter", "USA"], "no TOTAL rows"),
        (["data", "nope"], "'china_dprk'"),
        (["compare", "--period", "2020", "--data", "/nonexistent.csv"], "nonexistent"),
    ],
)
def test_errors_go_to_stderr_without_traceback(args: list[str], words: str) -> None:
    out = run(*args)
    assert out.returncode == 2
    assert out.stdout == ""
    assert words in out.stderr and "Traceback" not in out.stderr


def test_data_lists_and_shows_coverage() -> None:
    listing = run("data")
    assert "china_dprk" in listing.stdout and "sources" in listing.stdout
    cov = run("data", "china_dprk")
    assert cov.returncode == 0
    line_2020 = next(line for line in cov.stdout.splitlines() if line.startswith("2020"))
    assert "EIT" in line_2020


def test_compare_reads_a_user_table(tmp_path: Path) -> None:
    path = tmp_path / "pair.csv"
    path.write_text(
        "reporter,partner,flow,period,value_usd\n"
        "CHN,USA,export,2023-06,100\nCHN,USA,export,2024-06,112\n"
        "CHN,USA,import,2023-06,50\nCHN,USA,import,2024-06,40\n",
        encoding="utf-8",
    )
    out = run(
        "compare", "--period", "June 2024", "--reporter", "China",
        "--partner", "United States", "--data", str(path), "--format", "json",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    rows = {r["flow"]: r for r in json.loads(out.stdout)}
    assert rows["export"]["change_pct"] == 12.0 and rows["total"]["value_usd"] == 152
    assert rows["total"]["derivation"] == "exports + imports"


def test_compare_refuses_spans_of_different_lengths_unless_asked(tmp_path: Path) -> None:
    out = run("compare", "--period", "2020", "--base", "Jan-Feb 2019", cwd=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1
    assert "2020 (12 months)" in out.stderr and "Jan–Feb 2019 (2 months)" in out.stderr
    ok = run("compare", "--period", "2020", "--base", "Jan-Feb 2019", "--allow-mismatch",
             "--format", "json", cwd=tmp_path)  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert {r["base"] for r in json.loads(ok.stdout)} == {"2019-01/2019-02"}


def test_compare_outside_the_data_is_an_error_naming_its_range(tmp_path: Path) -> None:
    out = run("compare", "--period", "2090", cwd=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1
    assert "2090" in out.stderr
    assert re.search(r"holds values for \w{3} (19|20)\d\d–\w{3} (19|20)\d\d", out.stderr)


def test_compare_table_shows_no_dash_for_jan_feb_2020(tmp_path: Path) -> None:
    # The README's first command: every base is now known (Jan-Feb 2019 exports derived).
    out = run("compare", "--period", "Jan-Feb 2020", "--base", "Jan-Feb 2019", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    table = out.stdout.split("How each figure")[0]
    assert "—" not in table
    # Jan-Feb 2019 exports: Jan-Mar $454.92m - Mar $197.952m (see the JSON test for sources)
    assert "$256.968m" in table and "base derived" in table
