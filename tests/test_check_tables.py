"""The table stage: a cell's flow, period and base come from its headers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tradestats.check.extract import extract_claims
from tradestats.check.run import check_text


def claims(text: str, date: str | None = None) -> list[tuple[str, str, str, str, str | None]]:
    found, _ = extract_claims(text, date)
    return [
        (c.surface, c.kind, c.flow or "", str(c.period), str(c.base) if c.base else None)
        for c in found
    ]


def test_years_down_the_side_flows_across_the_top() -> None:
    text = (
        "China's trade with North Korea, by year.\n\n"
        "| year | Exports | Exports change | Imports |\n"
        "|---|---|---|---|\n"
        "| 2018 | $2,218 million | -31.6% | $213.15 million |\n"
        "| 2019 | $2,589 million | +16.7% | — |\n"
    )
    assert claims(text) == [
        ("$2,218 million", "level", "export", "2018-01/2018-12", None),
        ("31.6%", "change_pct", "export", "2018-01/2018-12", "2017-01/2017-12"),
        ("$213.15 million", "level", "import", "2018-01/2018-12", None),
        ("$2,589 million", "level", "export", "2019-01/2019-12", None),
        ("16.7%", "change_pct", "export", "2019-01/2019-12", "2018-01/2018-12"),
    ]
    found, _ = extract_claims(text)
    assert [str(c.value) for c in found if c.kind == "change_pct"] == ["-31.6", "16.7"]
    assert {(c.reporter, c.partner) for c in found} == {("CHN", "PRK")}


def test_flows_down_the_side_periods_across_the_top_and_a_change_between_them() -> None:
    text = (
        "| flow | Jan–Feb 2020 | Jan–Feb 2019 | change |\n"
        "|---|---|---|---|\n"
        "| Exports | $197.39 million | — | -23.2% |\n"
        "| Total | $208.06 million | — | -29.5% |\n"
        "| Balance | $186.72 million | — | — |\n"
    )
    assert claims(text) == [
        ("$197.39 million", "level", "export", "2020-01/2020-02", None),
        ("23.2%", "change_pct", "export", "2020-01/2020-02", "2019-01/2019-02"),
        ("$208.06 million", "level", "total", "2020-01/2020-02", None),
        ("29.5%", "change_pct", "total", "2020-01/2020-02", "2019-01/2019-02"),
        ("$186.72 million", "balance", "balance", "2020-01/2020-02", None),
    ]


def test_html_and_plain_text_tables_read_the_same_way() -> None:
    html = (
        "<p>China's trade with North Korea.</p><table><tr><th>year</th><th>Imports</th></tr>"
        "<tr><td>2021</td><td>$57.874 million</td></tr></table>"
    )
    plain = "year      Imports\n2021      $57.874 million\n"
    for text in (html, plain):
        ((surface, kind, flow, period, _),) = claims(text)
        assert (kind, flow, period) == ("level", "import", "2021-01/2021-12")
        assert text[text.index(surface) :].startswith("$57.874 million")


def test_a_table_without_trade_headers_has_no_claims() -> None:
    text = (
        "| # | claim | verdict |\n|---|---|---|\n| 1 | 24 percent | wrong |\n"
        "| 2 | $198 million | wrong |\n"
    )
    assert claims(text) == []


def test_headlines_under_sources_are_not_claims() -> None:
    text = (
        "China's exports to North Korea rose 16.7% in 2019.\n\n## Sources\n\n"
        "- China's exports to North Korea jump 40 percent (a wire story), 2019-05.\n"
    )
    assert [c[0] for c in claims(text)] == ["16.7%"]


REPORTS = sorted(
    p
    for p in (Path(__file__).resolve().parents[1] / "reports").rglob("*")
    if p.suffix in (".md", ".html") and p.name != "README.md"
)


@pytest.mark.parametrize("page", REPORTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_projects_own_reports_check_clean(page: Path) -> None:
    # Every figure of a report is a customs figure or computed from them: none may be called
    # wrong. The fact-check page quotes another text's wrong figures in a block quote and its
    # verdicts; those are not the page's own claims (README, "What is left out").
    from tradestats.check.run import check_text

    result = check_text(page.read_text(encoding="utf-8"))
    assert not (result["verdict"] == "wrong").any(), result[result["verdict"] == "wrong"][
        ["surface", "explanation"]
    ].values.tolist()
    if page.stem == "index":
        assert len(result) >= 10  # the figures of the prose and of the tables are found


@pytest.mark.parametrize(
    ("caption", "header"),
    [
        ("China's trade with North Korea, US$ million", "Year    Exports    Imports"),
        (
            "China's trade with North Korea",
            "Year    Exports (US$ million)    Imports (US$ million)",
        ),
        ("China's trade with North Korea (unit: million dollars)", "Year    Exports    Imports"),
    ],
)
def test_bare_cells_take_the_unit_of_their_header_or_caption(caption: str, header: str) -> None:
    # A plain-text table whose cells are bare numbers: the unit is said once, above the table or
    # in the column header. 2019: exports $2,573,821,663 and imports $215,197,317 (annual_add:1
    # and annual_add:2, src-325bde5cbf), written to two decimals of a million.
    text = f"{caption}\n\n{header}\n2019    2,573.82    215.20\n"
    found, _ = extract_claims(text, "2020-03-01")
    got = [(c.surface, c.kind, c.flow, str(c.period), c.currency, int(c.value)) for c in found]
    assert got == [
        ("2,573.82", "level", "export", "2019-01/2019-12", "USD", 2_573_820_000),
        ("215.20", "level", "import", "2019-01/2019-12", "USD", 215_200_000),
    ]


def test_bare_cells_without_a_declared_unit_are_not_money() -> None:
    text = (
        "China's trade with North Korea\n\nYear    Exports    Imports\n2019    2,573.82    215.20\n"
    )
    found, _ = extract_claims(text, "2020-03-01")
    assert found == []


@pytest.mark.parametrize("mark", ["†", "*", "[a]", "¹"])
def test_a_footnote_mark_after_a_cell_does_not_hide_its_number(mark: str) -> None:
    # Tables mark derived or provisional figures with a footnote sign. Jan–Feb 2019 exports are
    # derived, $454.92 million (Jan–Mar, ytd_add:8) − $197.952 million (March, monthly:200) =
    # $256.968 million, written to two decimals.
    text = (
        "| flow | Jan–Feb 2019 (US$ million) |\n|---|---|\n"
        f"| Exports | 256.97{mark} |\n\n{mark} Not published as one figure.\n"
    )
    found, _ = extract_claims(text, "2020-04-01")
    got = [(c.surface, c.flow, str(c.period), int(c.value)) for c in found]
    assert got == [("256.97", "export", "2019-01/2019-02", 256_970_000)]


@pytest.mark.parametrize("head", ["printed by customs", "%", "as published"])
def test_a_percentage_beside_two_period_columns_is_the_later_against_the_earlier(head: str) -> None:
    # Kyodo 2020-03-24 (src-f39c8c9093): exports $197.39 million in Jan–Feb 2020, down 23.2%
    # on the same months of 2019, printed beside the figure.
    text = (
        "China's trade with North Korea, US$ million\n\n"
        f"| flow | Jan–Feb 2020 | Jan–Feb 2019 | {head} |\n|---|---|---|---|\n"
        "| Exports | 197.39 | 256.97 | -23.2% |\n"
    )
    found, _ = extract_claims(text, "2020-04-01")
    (pct,) = [c for c in found if c.kind == "change_pct"]
    assert (pct.flow, str(pct.period), str(pct.base), pct.value) == (
        "export",
        "2020-01/2020-02",
        "2019-01/2019-02",
        Decimal("-23.2"),
    )


def test_an_inline_table_with_dashes_between_rows_and_named_cells() -> None:
    # "— Sep 2021 | exports 55.63 | imports 14.27 — Oct 2021 | …": each cell names its column
    # (monthly:396 exports Sep 2021 $55.628m; monthly:400 imports Sep 2021 $14.272m;
    # monthly_add:29 exports Oct 2021 $39.8m; monthly:407 imports Oct 2021 $2.0m)
    got = claims(
        "China-DPRK trade, US$ million — Sep 2021 | exports 55.63 | imports 14.27 — Oct 2021 | "
        "exports 39.80 | imports 2.00",
        "2021-11-20",
    )
    assert [(c[0], c[2], c[3]) for c in got] == [
        ("55.63", "export", "2021-09/2021-09"),
        ("14.27", "import", "2021-09/2021-09"),
        ("39.80", "export", "2021-10/2021-10"),
        ("2.00", "import", "2021-10/2021-10"),
    ]
    verdicts = check_text(
        "China-DPRK trade, US$ million — Sep 2021 | exports 55.63 | imports 14.27 — Oct 2021 | "
        "exports 39.80 | imports 2.00",
        date="2021-11-20",
    ).verdict
    assert set(verdicts) == {"correct"}


# -- a chart caption's series: one figure a year, apart by slashes -------------------------------
def test_a_chart_caption_series_gives_each_year_its_figure() -> None:
    text = (
        "Graphic: China's imports from North Korea, US$m, 2020-2023 — 48.0 / 57.9 / 133.7 / 291.9"
    )
    got = check_text(text, date="2024-03-01")
    # annual:155 imports 2020 $48.001m; annual:173 2021 $57.874m; annual:186 2022 $133.68m;
    # annual:200 2023 $291.89m
    assert [(r.surface, r.flow, r.period, r.verdict) for r in got.itertuples()] == [
        ("48.0", "import", "2020-01/2020-12", "correct"),
        ("57.9", "import", "2021-01/2021-12", "correct"),
        ("133.7", "import", "2022-01/2022-12", "correct"),
        ("291.9", "import", "2023-01/2023-12", "correct"),
    ]
    # each claim points at its own figure in the caption
    assert [text[r.start : r.end] for r in got.itertuples()] == ["48.0", "57.9", "133.7", "291.9"]


def test_a_series_with_too_few_figures_for_its_years_is_no_table() -> None:
    text = "Chart: China-North Korea trade, $bn, 2019–2023 — 2.79 / 0.54 / 0.32"
    assert check_text(text, date="2024-03-01").empty
