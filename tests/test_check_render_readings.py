"""Readings ranked by trust: which other printed version of a figure may explain a claim.

A small table of our own making: one cell (China's exports to North Korea, March 2021) with the
preferred figure and two other printed versions of $13.5 million — one from a wire report of
the release, one from a blog repost — so the ranking and the date/URL rules can be seen.
"""

from __future__ import annotations

import pandas as pd
import pytest

import tradestats as ts
from tradestats.check.evidence import Evidence, after, same_url
from tradestats.check.run import check_text

TEXT = "China's exports to North Korea were $13.5 million in March 2021."


def _evidence() -> Evidence:
    table = ts.validate_table(
        pd.DataFrame(
            {
                "row_id": ["t:1", "t:2", "t:3"],
                "reporter": ["CHN"] * 3,
                "partner": ["PRK"] * 3,
                "flow": ["export"] * 3,
                "period": ["2021-03"] * 3,
                "value_usd": ["12978000", "13500000", "13500000"],
                "source_id": ["src-a", "src-blog", "src-wire"],
                "published": ["2021-04-20", "2021-04-25", "2021-04-22"],
                "compiler": ["GACC (as reported in press)"] * 3,
                "preferred": [True, False, False],
            }
        )
    )
    sources = pd.DataFrame(
        {
            "source_id": ["src-a", "src-blog", "src-wire"],
            "publisher": ["wire.example", "blog.example", "news.example"],
            "title": ["March trade", "March trade (blog repost)", "March trade release"],
            "url": ["https://wire.example/a", "https://blog.example/b", "https://news.example/c"],
            "published": ["2021-04-20", "2021-04-25", "2021-04-22"],
        }
    )
    return Evidence(table, sources)


def _versions(r: pd.Series) -> list[dict]:
    return [x for x in r["readings"] if x.get("source")]


def test_an_official_release_ranks_above_a_re_quote() -> None:
    r = check_text(TEXT, data=_evidence(), date="2021-05-01").iloc[0]
    assert r["verdict"] == "wrong"  # $12.978m published; $13.5m is another version
    found = _versions(r)
    assert [x["source"] for x in found] == ["src-wire", "src-blog"]
    assert "the official release" in found[0]["reading"]
    assert "a secondary re-quote" in found[1]["reading"]


def test_a_version_printed_after_the_text_is_not_a_reading() -> None:
    r = check_text(TEXT, data=_evidence(), date="2021-04-23").iloc[0]
    assert [x["source"] for x in _versions(r)] == ["src-wire"]  # the blog came two days later
    r = check_text(TEXT, data=_evidence(), date="2021-04-21").iloc[0]
    assert _versions(r) == []


def test_the_text_itself_is_not_a_reading_of_itself() -> None:
    r = check_text(
        TEXT, data=_evidence(), date="2021-05-01", url="http://www.news.example/c/"
    ).iloc[0]
    assert [x["source"] for x in _versions(r)] == ["src-blog"]


def test_dates_and_urls() -> None:
    assert after("2021-04-25", "2021-04-23") and not after("2021-04", "2021-04-23")
    assert not after(None, "2021-04-23") and not after("2021-04-25", None)
    assert same_url("https://m.news.example/c", "http://www.news.example/c/")
    assert not same_url("https://news.example/c", "https://news.example/d")


def test_a_percentage_point_change_is_checked_from_two_shares() -> None:
    # Annual GACC totals (Yonhap/VOA, Jan 2021 and Jan 2022): imports from North Korea $48.001m
    # of $539.059m in 2020 (8.90%), $57.874m of $318.04m in 2021 (18.20%): +9.29 points.
    from tradestats.check.extract import extract_claims
    from tradestats.check.run import _evidence
    from tradestats.check.verify import verify_claim

    text = "North Korea's share of the trade rose 9.3 percentage points in 2021."
    claims, _ = extract_claims(text, "2022-02-01", ("CHN", "PRK"))
    (pp,) = [c for c in claims if c.kind == "pp_change"]
    pp.reporter, pp.partner, pp.flow = "CHN", "PRK", "import"  # the pair as a reader means it
    pp.whole = {"reporter": "CHN", "partner": "PRK", "flow": "total"}
    ev = _evidence(None)
    assert verify_claim(pp, ev, claims).verdict == "correct"
    pp.base = None
    assert verify_claim(pp, ev, claims).verdict == "unverifiable"


def test_times_higher_is_ambiguous_when_k_plus_one_fails() -> None:
    # Exports Aug 2021 $22.541m, Sep 2021 $55.628m (GACC via Yonhap 2021-09-18, 2021-10-18):
    # 2.47 times as much — "2.5 times higher" holds as k, not as k + 1 (3.5).
    text = (
        "China's customs data cover its trade with North Korea. "
        "Exports in September 2021 were 2.5 times higher than in August."
    )
    r = check_text(text, date="2021-10-18").iloc[-1]
    assert r["kind"] == "ratio" and r["verdict"] == "ambiguous"
    assert "k + 1" in r["explanation"]


# -- verdict rules added at integration (own sentences; figures from datasets/china_dprk.csv) --


def test_a_month_before_a_combined_release_is_compared_with_its_monthly_average() -> None:
    # March 2020 total $18.647m (monthly:246's release); January-February 2020 was published
    # only as one release, $208.06m (Kyodo, 2020-03-24): a monthly average of $104.03m, so
    # "fell to" holds, although February alone, derived, was lower.
    r = check_text(
        "Trade between North Korea and China fell to $18.6 million in March 2020.",
        date="2020-04-25",
    ).iloc[0]
    assert r["verdict"] == "correct"
    assert "monthly average" in r["explanation"]


def test_since_an_event_counts_only_the_months_after_it() -> None:
    from tradestats.check.verify import _since_names_an_event

    assert _since_names_an_event("the highest since sanctions took effect in February 2018")
    assert not _since_names_an_event("the highest since February of last year")
    assert not _since_names_an_event("the lowest since June")


def test_a_figure_later_revised_is_correct_as_published_at_the_time() -> None:
    # Two official versions of one cell: $12.978m (2021-04-20) and an exact revision, $13,204,117,
    # published later (2021-06-01). A text of 2021-05-01 quoting $13.0m quoted what was
    # published then; the same words after the revision are wrong.
    table = ts.validate_table(
        pd.DataFrame(
            {
                "row_id": ["t:1", "t:2"],
                "reporter": ["CHN"] * 2,
                "partner": ["PRK"] * 2,
                "flow": ["export"] * 2,
                "period": ["2021-03"] * 2,
                "value_usd": ["12978000", "13204117"],
                "source_id": ["src-a", "src-b"],
                "published": ["2021-04-20", "2021-06-01"],
                "compiler": ["GACC (as reported in press)"] * 2,
                "preferred": [False, True],
            }
        )
    )
    sources = pd.DataFrame(
        {
            "source_id": ["src-a", "src-b"],
            "publisher": ["wire.example", "wire.example"],
            "title": ["March trade", "March trade revised"],
            "url": ["https://wire.example/a", "https://wire.example/b"],
            "published": ["2021-04-20", "2021-06-01"],
        }
    )
    ev = Evidence(table, sources)
    text = "China's exports to North Korea were $13.0 million in March 2021."
    then = check_text(text, data=ev, date="2021-05-01").iloc[0]
    assert then["verdict"] == "correct" and "revised" in then["explanation"]
    later = check_text(text, data=ev, date="2021-07-01").iloc[0]
    assert later["verdict"] == "wrong"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Annual imports from the DPRK (datasets/china_dprk.csv, UN Comtrade annuals): 2005
        # $499.1m, 2006 $467.8m (a fall), then rises every year to 2013 $2,927.5m; 2014 $2,867.9m.
        (
            "China's imports from North Korea slipped in 2014, the first decline since 2006.",
            "correct",
        ),
        # 2009 ($793.0m) rose against 2008 ($760.4m): 2009 held no decline.
        (
            "China's imports from North Korea slipped in 2014, the first decline since 2009.",
            "wrong",
        ),
    ],
)
def test_the_first_decline_since_a_year_is_checked_on_the_run_of_changes(
    text: str, verdict: str
) -> None:
    r = check_text(text, date="2015-02-01")
    assert list(r["kind"]) == ["superlative"] and r.iloc[0]["verdict"] == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the same imports as above: 2006 fell, every year to 2013 rose, 2014 fell
        ("The 2014 slide in China's imports from North Korea was the first since 2006.", "correct"),
        # 2009 ($793.0m) rose against 2008 ($760.4m): 2009 held no decline
        ("The 2014 dip in China's imports from North Korea marked the first since 2009.", "wrong"),
    ],
)
def test_the_first_since_a_year_said_of_a_change_named_before(text: str, verdict: str) -> None:
    # "the 2014 dip … was the first since 2009": the change counted is the subject's noun
    r = check_text(text, date="2015-02-01")
    assert r[["kind", "period", "base", "verdict"]].values.tolist() == [
        [
            "superlative",
            "2014-01/2014-12",
            "2009-01/2009-12" if verdict == "wrong" else "2006-01/2006-12",
            verdict,
        ]
    ]


def test_the_first_since_a_year_needs_a_change_to_count() -> None:
    # "the first since 2009" said of no change (a fair, a visit) is no claim about trade
    r = check_text(
        "The 2014 trade fair with North Korea was the first since 2009.", date="2015-02-01"
    )
    assert "superlative" not in set(r["kind"])


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # imports (datasets/china_dprk.csv): 2019 $215.2m (annual_add:2), up on 2018 $213.2m;
        # 2020 $48.0m (annual:155), a fall; 2021 $57.9m (annual:173), a rise: the first since 2019
        (
            "China's imports from North Korea rose in 2021, the first increase in two years.",
            "correct",
        ),
        # exports 2020 $491.1m (annual:150) fell on 2019 $2,573.8m (annual_add:1), which rose on
        # 2018 $2,218.1m (annual:116): 2019 held no decline, and 2020 did
        ("China's exports to North Korea fell in 2021, the first fall in two years.", "wrong"),
    ],
)
def test_the_first_decline_in_n_years_is_the_first_since_that_year(text: str, verdict: str) -> None:
    r = check_text(text, date="2022-02-01")
    assert r[["kind", "base", "verdict"]].values.tolist() == [
        ["superlative", "2019-01/2019-12", verdict]
    ]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # exports (datasets/china_dprk.csv): Aug 2023 $162.9m (monthly:481), Sep $188.7m
        # (monthly:493), a rise; Oct $167.6m (monthly:501), a fall; Nov $198.2m (monthly:515)
        (
            "China's exports to North Korea rose in November 2023, the first increase in two months.",
            "2023-12-25",
            ["2023-09/2023-09", "correct"],
        ),
        # May 2023 $165.63m fell on April's $165.78m (monthly:473, 470), and June's $154.7m
        # (monthly:476) fell again: May was not the last fall before October
        (
            "China's exports to North Korea fell in October 2023, the first monthly decline in "
            "five months.",
            "2023-11-25",
            ["2023-05/2023-05", "wrong"],
        ),
    ],
)
def test_the_first_move_in_n_months(text: str, date: str, want: list[str]) -> None:
    r = check_text(text, date=date)
    assert r[["kind", "base", "verdict"]].values.tolist() == [["superlative", *want]]


def test_a_month_published_through_its_other_flows_is_no_combined_release() -> None:
    # June 2023: total $184.2m (monthly:478) and exports $154.7m (monthly:477) were published, so
    # imports were $29.5m; the cumulative Jan-Jun 2023 release ($135.0m, ytd:180) is not the month.
    # July 2023 imports: total $181.6m (monthly:480) - exports $156.6m (monthly:479) = $25.0m.
    fell = check_text(
        "Imports from North Korea eased to $25 million in July 2023 from June.", date="2023-08-20"
    ).iloc[0]
    assert fell["verdict"] == "correct"
    assert "$29,500,000" in fell["explanation"] and "monthly average" not in fell["explanation"]
    rose = check_text(
        "Imports from North Korea rose to $25 million in July 2023 from June.", date="2023-08-20"
    ).iloc[0]
    assert rose["verdict"] == "wrong" and "$29,500,000" in rose["explanation"]
