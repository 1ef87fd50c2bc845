"""Superlatives anchored to a dated event, and a bare "record" (semantics.md §1.4)."""

from __future__ import annotations

import csv
from pathlib import Path

from tradestats.check.run import check_text

ROOT = Path(__file__).resolve().parents[1]


def verdicts(text: str, date: str) -> list[tuple[str, str, str]]:
    found = check_text(text, date=date)
    rows = found[found["kind"] == "superlative"]
    return [(r["surface"], r["verdict"], r["explanation"]) for _, r in rows.iterrows()]


def test_every_event_row_names_the_source_that_dates_it() -> None:
    with open(ROOT / "datasets" / "events.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(ROOT / "datasets" / "sources.csv", encoding="utf-8") as f:
        sources = {r["source_id"]: r for r in csv.DictReader(f)}
    assert {r["event"] for r in rows} >= {"border_closure", "covid_outbreak"}
    for r in rows:
        assert r["source_id"] in sources and sources[r["source_id"]]["url"] == r["url"]
        assert r["publisher"] and r["title"] and r["published"] and r["date_basis"]


def test_highest_since_the_pandemic_on_the_annual_grid() -> None:
    # annual totals (Yonhap 2021-01-18, 2023-01-18, 2024-01-18 in the bundled data): 2020
    # $539.06m, 2021 $318.04m, 2022 $1,027.72m, 2023 $2,295.38m; the outbreak is dated January
    # 2020 by hankyung.com 2023-10-18, so 2023 beats every year from 2020
    ((surface, verdict, why),) = verdicts(
        "Trade between China and North Korea last year reached its highest level since the "
        "coronavirus pandemic began.",
        "2024-01-20",
    )
    assert surface.endswith("since the coronavirus pandemic began")
    assert verdict == "correct"
    assert "January 2020" in why and "hankyung.com" in why


def test_since_the_border_closure_counts_the_months_after_it() -> None:
    # October 2022 total $153.86m is "the highest since the Jan 2020 border closure" (VOA Korean
    # 2022-11-18, which is also the source dating the closure); September 2022 was lower
    ((_, verdict, why),) = verdicts(
        "China's trade with North Korea in October hit its highest since the COVID-19 border "
        "closure.",
        "2022-11-20",
    )
    assert verdict == "correct" and "voakorea.com" in why
    # China's imports from North Korea in March 2021 were $1.308m (Business Recorder/Reuters
    # 2021-05-18): April to June 2020, after the closure, stood higher
    ((_, verdict, why),) = verdicts(
        "North Korea's exports to China in March 2021 were the highest since the border closure.",
        "2021-04-20",
    )
    assert verdict == "wrong"
    assert "Apr 2020" in why


def test_an_event_without_a_dated_source_stays_unverifiable() -> None:
    ((surface, verdict, why),) = verdicts(
        "China's exports to North Korea in October were the largest since the border reopened.",
        "2023-11-20",
    )
    assert surface.endswith("since the border reopened")
    assert verdict == "unverifiable" and "date is not in the data" in why


def test_a_bare_record_low_is_decided_by_the_period_grid() -> None:
    # March 2020 China exports $18.031m (Yonhap 2020-04-24). Feb 2020 alone was $10.345m
    # (Yonhap 2021-04-18, single months published later); GACC first released January and
    # February 2020 together ($197.39m, Kyodo 2020-03-24): single months contradict the record,
    # the release grid does not -> ambiguous
    ((_, verdict, why),) = verdicts(
        "Pyongyang's imports from China sank to a record low in March.", "2020-09-16"
    )
    assert verdict == "ambiguous"
    assert "Feb 2020" in why and "released" in why


def test_highest_on_record_over_every_year_held() -> None:
    # 2010 $3.47bn and 2013 $6.55bn (annual rows of the bundled data) exceed 2023's $2,295.38m
    ((_, verdict, why),) = verdicts(
        "China's trade with North Korea in 2023 was the highest on record.", "2024-02-01"
    )
    assert verdict == "wrong" and "2010" in why


def streaks(text: str, date: str) -> list[tuple[str, str, str]]:
    found = check_text(text, date=date)
    rows = found[found["kind"] == "streak"]
    return [(r["surface"], r["period"], r["verdict"]) for _, r in rows.iterrows()]


def test_a_streak_the_sentence_ended_runs_to_the_month_before() -> None:
    # monthly totals: Jun 2021 $14.136m, Jul $20.924m, Aug $28.782m ("three months in a row",
    # VOA Korean 2021-09-18), Sep $69.99m (Newspim 2021-10-19): four gains that October ended
    assert streaks(
        "Trade between China and North Korea fell in October, ending four straight months of "
        "gains.",
        "2021-11-20",
    ) == [("four straight months of gains", "2021-06/2021-09", "correct")]
    # the run was four gains, not three: June 2021 rose from May too
    ((_, _, verdict),) = streaks(
        "Trade between China and North Korea fell in October, snapping three consecutive months "
        "of growth.",
        "2021-11-20",
    )
    assert verdict == "wrong"


def test_event_phrasings() -> None:
    from tradestats.check.vocabulary import event_after

    cases = {
        "since the start of the pandemic": "covid_outbreak",
        "since COVID-19": "covid_outbreak",
        "since the coronavirus outbreak": "covid_outbreak",
        "since the COVID-19 pandemic broke out": "covid_outbreak",
        "since the border closed": "border_closure",
        "since the pandemic border closure": "border_closure",
        "since North Korea shut its borders": "border_closure",
        "since the borders reopened": "border_reopening",
        "since North Korea's first COVID outbreak": "nk_covid_outbreak",
        "since the resumption of freight trains": "freight_trains_resumed",
    }
    for text, key in cases.items():
        found = event_after(text, len("since"))
        assert found is not None and found == (key, len(text)), text
    assert event_after("since January 2020", len("since")) is None
