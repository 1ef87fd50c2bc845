"""Reports: reproducible byte for byte, every written sentence checks, writes are atomic."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import matplotlib
import numpy
import pandas as pd
import pytest

from tradestats.check.render import to_html
from tradestats.check.run import check_text
from tradestats.report import ReportError, build_report, list_reports

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "reports"


def _pinned() -> dict[str, str]:
    text = (ROOT / ".ci" / "constraints.txt").read_text()
    return dict(re.findall(r"^(\w+)==(\S+)", text, re.M))


def _same_versions() -> bool:
    pins = _pinned()
    return (pins["matplotlib"], pins["pandas"], pins["numpy"]) == (
        matplotlib.__version__, pd.__version__, numpy.__version__,
    )  # fmt: skip


def test_reports_are_listed() -> None:
    assert list_reports(REPORTS) == ["china-dprk-2016-2024", "china-dprk-2020-jan-feb"]


@pytest.mark.skipif(
    not _same_versions(), reason="chart bytes depend on the pinned library versions"
)
@pytest.mark.parametrize("name", ["china-dprk-2016-2024", "china-dprk-2020-jan-feb"])
def test_a_fresh_build_equals_the_committed_report(name: str, tmp_path: Path) -> None:
    work = tmp_path / "reports"
    shutil.copytree(
        REPORTS / name, work / name, ignore=shutil.ignore_patterns("figures", "*.md", "*.html")
    )
    written = build_report(name, work)
    committed = sorted(
        p.relative_to(REPORTS / name) for p in (REPORTS / name).rglob("*") if p.is_file()
    )
    fresh = sorted(p.relative_to(work / name) for p in (work / name).rglob("*") if p.is_file())
    assert fresh == committed
    for rel in committed:
        assert (work / name / rel).read_bytes() == (REPORTS / name / rel).read_bytes(), rel
    assert len(written) == len(committed) - 1  # all but report.toml


def _prose(markdown: str) -> list[str]:
    return [
        line
        for line in markdown.splitlines()
        if line and not line.startswith(("#", "|", "!", "-", "*", ">"))
    ]


@pytest.mark.parametrize("name", ["china-dprk-2016-2024", "china-dprk-2020-jan-feb"])
def test_every_sentence_of_a_report_checks_as_correct(name: str) -> None:
    claims = 0
    for paragraph in _prose((REPORTS / name / "index.md").read_text(encoding="utf-8")):
        result = check_text(paragraph)
        claims += len(result)
        assert (result["verdict"] == "correct").all(), result[["surface", "verdict", "explanation"]]
    assert claims >= 7  # the summary: three flows with change and level, and the balance


@pytest.mark.parametrize("name", ["china-dprk-2016-2024", "china-dprk-2020-jan-feb"])
def test_the_prose_and_chart_titles_check_as_correct_read_together(name: str) -> None:
    # Read as one text, so a period or base carried from one sentence to the next counts; the
    # chart titles are the alt text of the images. Tables and the source list are left out.
    lines = (REPORTS / name / "index.md").read_text(encoding="utf-8").splitlines()
    text = "\n\n".join(
        re.sub(r"^!\[(.*)\]\(.*\)$", r"\1", line)
        for line in lines[: lines.index("## Sources")]
        if line and not line.startswith(("|", "*", "Data:", "#"))
    )
    result = check_text(text)
    assert len(result) >= 7 and (result["verdict"] == "correct").all(), result[
        ["surface", "verdict"]
    ]


def test_the_jan_feb_2020_report_states_the_customs_figures() -> None:
    text = (REPORTS / "china-dprk-2020-jan-feb" / "index.md").read_text(encoding="utf-8")
    # Kyodo 2020-03-24 (GACC): exports $197.39m, -23.2%; total $208.06m, -29.5%.
    assert (
        "China's exports to North Korea fell 23.2% to $197.39 million in January–February 2020"
        in text
    )
    assert "Total trade fell 29.5% to $208.06 million" in text
    # VOA (2020-03-25): imports $10.67m against $38.09m in January-February 2019; Kyodo
    # 2020-03-24 printed -71.9% beside the 2020 figure (src-f39c8c9093), while the two values
    # give -71.99%, "-72.0%".
    assert "| Imports | 10.67 | 38.09 | -72.0% | -71.9% |" in text
    # Jan–Feb 2019 exports were not published as one figure: Jan–Mar 2019 $454.92m (Korea
    # JoongAng Daily 2023-05-04) − March 2019 $197.952m (Yonhap 2020-04-24) = $256.968m, marked
    # derived with its formula; Kyodo printed -23.2% beside the 2020 exports.
    assert "| Exports | 197.39 | 256.97† | -23.2% | -23.2% |" in text
    assert (
        "† Not published as one figure; computed from published ones: Jan–Mar 2019 − Mar 2019."
        in text
    )


def test_the_fact_check_page_has_the_four_verdicts() -> None:
    text = (REPORTS / "china-dprk-2020-jan-feb" / "fact-check.md").read_text(encoding="utf-8")
    verdicts = re.findall(r"^\| \d \| (.+?) \| .+? \| \*\*\S (\w+)", text, re.M)
    assert dict(verdicts) == {"24 percent": "wrong", "$198 million": "wrong", "74 percent": "wrong",
                              "$10 million": "approximately"}  # fmt: skip
    # Kyodo 2020-03-24 (GACC): total trade -29.5%, exports $197.39m.
    assert "The fall in total trade was 29.5%, not 24 percent" in text
    assert "exports were $197.39 million, not $198 million" in text


def test_html_pages_are_self_contained() -> None:
    for page in REPORTS.glob("*/*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<img" not in html and 'src="http' not in html and "<script" not in html
    index = (REPORTS / "china-dprk-2016-2024" / "index.html").read_text(encoding="utf-8")
    charts = list((REPORTS / "china-dprk-2016-2024" / "figures").glob("*.svg"))
    assert index.count("<svg") == 2 * len(charts)  # one for wide screens and print, one for phones
    assert '<a href="https://' in index  # sources linked


@pytest.mark.parametrize("page", sorted(p.relative_to(REPORTS) for p in REPORTS.glob("*/*.html")))
def test_every_page_has_a_viewport_unique_ids_and_named_charts(page: Path) -> None:
    html = (REPORTS / page).read_text(encoding="utf-8")
    assert '<meta name="viewport" content="width=device-width,initial-scale=1">' in html
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for svg in re.findall(r"<svg\b[^>]*>", html):
        labelled = re.search(r'aria-labelledby="(\S+) (\S+)"', svg)
        assert 'role="img"' in svg and labelled, svg[:200]
        title, desc = labelled.groups()
        assert f'<title id="{title}">' in html and f'<desc id="{desc}">' in html
    assert "@media print" in html and "@media (max-width" in html


def test_every_chart_has_its_numbers_beside_it_as_csv() -> None:
    for folder in REPORTS.iterdir():
        if not folder.is_dir():
            continue
        index = (folder / "index.html").read_text(encoding="utf-8")
        for svg in (folder / "figures").glob("*.svg"):
            csv = svg.with_suffix(".csv")
            assert csv.is_file() and f'href="figures/{csv.name}"' in index
            frame = pd.read_csv(csv)
            assert len(frame) and "sources" in frame.columns


def test_the_monthly_csv_has_one_version_per_period_and_jan_feb_as_one_span() -> None:
    frame = pd.read_csv(REPORTS / "china-dprk-2020-jan-feb" / "figures" / "05-monthly.csv")
    assert not frame.duplicated(["start", "flow"]).any()
    jan_feb_2020 = frame[frame["start"].isin(["2020-01", "2020-02"])]
    # Kyodo 2020-03-24 (GACC): exports $197.39m and imports $10.67m for January-February.
    assert jan_feb_2020[["start", "end", "flow", "value_usd", "months"]].values.tolist() == [
        ["2020-01", "2020-02", "export", 197_390_000, 2],
        ["2020-01", "2020-02", "import", 10_670_000, 2],
    ]


def test_the_fact_check_page_names_the_article_links_back_and_has_no_internal_tokens() -> None:
    folder = REPORTS / "china-dprk-2020-jan-feb"
    page = (folder / "fact-check.html").read_text(encoding="utf-8")
    text = re.sub(r"<style>.*?</style>|<[^>]+>", " ", page, flags=re.S)
    assert "North Korea blows up liaison office" in text and "17 June 2020" in text
    assert 'href="index.html"' in page and 'href="fact-check.html"' in (
        folder / "index.html"
    ).read_text(encoding="utf-8")
    for token in ("change_pct", "ytd", "CHN", "PRK", "→", "no_value", "2020-01/2020-02"):
        assert token not in text, token
    assert re.search(r'class="verdict wrong">✘ wrong<', page)  # text and icon, not colour alone


def test_user_text_is_escaped_in_the_check_page() -> None:
    text = (
        "<script>alert(1)</script> China's exports to North Korea fell to $491.06 million in 2020."
    )
    page = to_html(check_text(text), text)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<mark class="correct"' in page


def test_an_interrupted_build_leaves_the_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "reports"
    shutil.copytree(REPORTS / "china-dprk-2020-jan-feb", work / "r")
    before = {p: p.read_bytes() for p in (work / "r").rglob("*") if p.is_file()}
    import tradestats.report.build as report

    calls = {"n": 0}
    real = report._svg

    def failing(draw, size):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(draw, size)

    monkeypatch.setattr(report, "_svg", failing)
    with pytest.raises(KeyboardInterrupt):
        build_report("r", work)
    after = {p: p.read_bytes() for p in (work / "r").rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in work.iterdir()] == ["r"]  # no staging folder left behind


def test_a_report_that_would_write_a_wrong_sentence_fails(tmp_path: Path) -> None:
    folder = tmp_path / "reports" / "bad"
    folder.mkdir(parents=True)
    (folder / "report.toml").write_text(
        'title = "x"\n[[sections]]\nkind = "chart"\nchart = "pie"\n'
    )
    with pytest.raises(ReportError, match="chart must be one of"):
        build_report("bad", tmp_path / "reports")
    with pytest.raises(ReportError, match="No report 'nope'"):
        build_report("nope", tmp_path / "reports")


def test_cli_report_errors_exit_2(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "tradestats", "report", "build", "nope",
                          "--reports-dir", str(tmp_path)], capture_output=True, text=True)  # fmt: skip
    assert (
        out.returncode == 2 and "No report 'nope'" in out.stderr and "Traceback" not in out.stderr
    )


_SMALL_REPORT = """title = "Small"
[[sections]]
heading = "Text"
kind = "text"
text = "Words only."
"""


def _small(root: Path, name: str = "small") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "report.toml").write_text(_SMALL_REPORT, encoding="utf-8")
    return folder


def test_a_build_killed_between_its_two_renames_is_recovered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tradestats.report.build as build

    root = tmp_path / "reports"
    folder = _small(root)
    build_report("small", root)
    before = (folder / "index.html").read_bytes()
    real, calls = build.os.replace, {"n": 0}

    def killed(src, dst):  # type: ignore[no-untyped-def]
        if Path(src).is_dir():
            calls["n"] += 1
            if calls["n"] == 2:  # the old report moved aside, the new one not yet in place
                raise KeyboardInterrupt
        return real(src, dst)

    monkeypatch.setattr(build.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        build_report("small", root)
    monkeypatch.setattr(build.os, "replace", real)
    assert not folder.exists() and (root / ".small-old").is_dir()
    assert list_reports(root) == []  # hidden folders are never reports
    build.build_all(root)  # brings the report back, then rebuilds it
    assert (folder / "index.html").read_bytes() == before
    assert sorted(p.name for p in root.iterdir()) == ["small"]  # nothing left behind


def test_leftover_staging_folders_are_removed_by_the_next_build(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    _small(root)
    (root / ".small-new-abc123").mkdir()
    (root / ".small-new-abc123" / "index.md").write_text("half", encoding="utf-8")
    assert list_reports(root) == ["small"]
    build_report("small", root)
    assert sorted(p.name for p in root.iterdir()) == ["small"]


@pytest.mark.parametrize(
    ("definition", "message"),
    [
        ('title = "x"\nsections = [\n', r"report\.toml, line \d+: expected valid TOML"),
        ('title = "x"\n[[sections]]\nkind = "text"\ntext = "a"\nkind = "b"\n',
         r"report\.toml, line 5: expected valid TOML"),
        ('title = "x"\nsections = "none"\n', r"expected 'sections' as \[\[sections\]\] tables"),
        ('title = "x"\n[[sections]]\nkind = "chart"\nchart = "annual"\nstart = "soon"\n',
         r"'start' of a 'chart' section must be a year"),
        ('title = "x"\n[[sections]]\nkind = "chart"\nchart = "monthly"\nstart = "2016"\n',
         r"'start' of a monthly chart must be a month"),
        ('title = "x"\n[[sections]]\nkind = "summary"\n', r"must give 'period'"),
        ('title = "x"\n[[sections]]\nkind = "poem"\n', r"section kind must be summary"),
        ('title = "x"\n[[sections]]\nkind = "table"\ntable = "pie"\n', r"table must be one of"),
        ('title = "x"\n[[sections]]\nkind = "chart"\nchart = "products"\n',
         r"a products chart needs 'products"),
        ('title = "x"\n[[sections]]\nkind = "lead"\n', r"'lead' section must give 'start'"),
        ('title = "x"\ndataset = "nope"\n[[sections]]\nkind = "text"\ntext = "a"\n',
         r"report\.toml: .*'nope'"),
        ('title = "x"\n[[sections]]\nkind = "text"\ntext = "a"\n[factcheck]\ntitle = "t"\n',
         r"expected a \[factcheck\] table with a 'text'"),
        ('title = "x"\n[[sections]]\nkind = "chart"\nchart = "monthly"\nstart = "1990-01"\n'
         'end = "1990-12"\n', r"the monthly chart has no data between 1990-01 and 1990-12"),
    ],
)  # fmt: skip
def test_a_malformed_definition_is_one_line_naming_the_file(
    tmp_path: Path, definition: str, message: str
) -> None:
    folder = tmp_path / "reports" / "bad"
    folder.mkdir(parents=True)
    (folder / "report.toml").write_text(definition, encoding="utf-8")
    with pytest.raises(ReportError, match=message) as err:
        build_report("bad", tmp_path / "reports")
    assert "\n" not in str(err.value)


def test_a_definition_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "reports" / "bad"
    folder.mkdir(parents=True)
    (folder / "report.toml").write_bytes('title = "Trade"\n'.encode("utf-16"))
    with pytest.raises(ReportError, match=r"report\.toml: expected UTF-8 text"):
        build_report("bad", tmp_path / "reports")


def test_cli_malformed_definition_exits_2_with_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "report.toml").write_text('title = "x"\nsections = [\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "tradestats", "report", "build", "bad",
                          "--reports-dir", str(tmp_path)], capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "report.toml, line" in out.stderr


def test_a_change_only_printed_is_marked_printed_in_the_comparison_table(tmp_path: Path) -> None:
    # July 2016 against July 2015: no July 2015 figure is held, so the change is the one printed
    # beside the July 2016 figures (monthly rows 43-47 of datasets/china_dprk.csv, e.g. exports
    # down 27 percent); the table must not present it as computed.
    folder = tmp_path / "reports" / "july"
    folder.mkdir(parents=True)
    (folder / "report.toml").write_text(
        'title = "July 2016"\ndataset = "china_dprk"\nreporter = "CHN"\npartner = "PRK"\n'
        '[[sections]]\nkind = "table"\ntable = "comparison"\nperiod = "2016-07"\n',
        encoding="utf-8",
    )
    build_report("july", tmp_path / "reports")
    text = (folder / "index.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| Exports")]
    assert len(rows) == 1 and "(printed)" in rows[0], rows
    assert "'(printed)': no base to compute from" in text
