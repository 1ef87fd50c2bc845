"""The clause-frame stage: which figure belongs to which verb, subject, period and base.

Sentences written for these tests (wire, broadcast and think-tank styles); the expected frames
are what each sentence itself says, no data involved.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradestats.check import vocabulary as V
from tradestats.check.claims import claim_from_frame
from tradestats.check.extract import extract_claims
from tradestats.check.frames import sentence_frames
from tradestats.check.run import check_text
from tradestats.periods import Span


def _frames(text: str, date: str = "2022-05-20"):
    return {f.quantity.surface: f for f in sentence_frames(text, date)}


def test_a_frame_holds_verb_subject_period_hedge_and_source() -> None:
    f = _frames(
        "Chinese customs data showed exports to North Korea slid nearly 12 percent in March."
    )["12 percent"]
    assert (f.verb, f.direction) == ("slid", "down")
    assert (f.reporter, f.partner, f.flow) == ("CHN", "PRK", "export")
    assert f.period == Span.parse("2022-03")
    assert f.hedge == "nearly"
    assert f.source == "China customs"
    assert not f.base_figure


def test_the_subject_is_seen_from_the_reporter_side() -> None:
    # "North Korea's imports from China" are China's exports to North Korea
    f = _frames("North Korea's imports from China rose to $41 million in April.")["$41 million"]
    assert (f.reporter, f.partner, f.flow) == ("CHN", "PRK", "export")


def test_a_figure_after_from_is_the_base_of_the_next() -> None:
    frames = _frames(
        "Imports from North Korea went from $3.1 million in January to $4.4 million in February."
    )
    assert frames["$3.1 million"].base_figure and not frames["$4.4 million"].base_figure
    assert frames["$3.1 million"].period == Span.parse("2022-01")
    assert frames["$4.4 million"].period == Span.parse("2022-02")


def test_a_forecast_has_no_frame() -> None:
    text = "Analysts expect trade to reach $2 billion, after it came to $1.5 billion last year."
    assert list(_frames(text)) == ["$1.5 billion"]


def test_claim_from_frame_is_the_plain_level() -> None:
    (f,) = sentence_frames("Two-way trade stood at $95 million in June.", "2022-07-10")
    claim = claim_from_frame(f)
    assert (claim.kind, claim.value, claim.unit) == ("level", Decimal(95_000_000), "money")
    assert (claim.flow, claim.period, claim.start, claim.end) == (
        "total",
        Span.parse("2022-06"),
        f.quantity.start,
        f.quantity.end,
    )


# -- the word tables: a phrasing is one entry ----------------------------------------------------
@pytest.mark.parametrize(
    "word, down, up",
    [
        ("shrank", True, False),
        ("slipped", True, False),
        ("edged down", True, False),
        ("nosedived", True, False),
        ("skidded", True, False),
        ("rebounded", False, True),
        ("widened", False, True),
        ("quadrupled", False, True),
        ("stood", False, False),
    ],
)
def test_the_direction_tables_sort_words(word, down, up) -> None:
    assert bool(V.DOWN.fullmatch(word)) is down
    assert bool(V.UP.fullmatch(word)) is up
    assert bool(V.NEUTRAL_VERB.fullmatch(word)) is (not down and not up)


@pytest.mark.parametrize(
    "text, value",
    [
        # the worked example of "Adding a phrasing" (frames.py): "skidded" is in DOWN_WORDS
        ("Exports to North Korea skidded 8 percent in May, customs figures showed.", "-8"),
        ("Trade with the North skids 3.5 percent in the first quarter.", "-3.5"),
    ],
)
def test_the_worked_example_new_direction_verb(text, value) -> None:
    claims, _ = extract_claims(text, date="2022-06-20")
    assert [(c.kind, str(c.value)) for c in claims] == [("change_pct", value)]


@pytest.mark.parametrize(
    "text, sign",
    [
        ("China's imports from North Korea posted a 6 percent contraction in 2021.", -1),
        ("Exports to the North recorded a 14 percent rebound last year.", 1),
        ("Bilateral trade was 9 percent lower than a year earlier.", -1),
    ],
)
def test_direction_nouns_after_a_percentage(text, sign) -> None:
    (c,) = extract_claims(text, date="2022-03-01")[0]
    assert c.kind == "change_pct" and (c.value > 0) == (sign > 0)


@pytest.mark.parametrize(
    "text",
    [
        "China's exports to the reclusive North Korea totalled $30 million in June.",
        "Beijing's shipments to the impoverished DPRK totalled $30 million in June.",
    ],
)
def test_an_epithet_does_not_hide_the_partner(text) -> None:
    (c,) = extract_claims(text, date="2022-07-20")[0]
    assert (c.reporter, c.partner, c.flow) == ("CHN", "PRK", "export")


# -- subjects, signs and lists (fourth held-out set's classes) ----------------------------------
def _got(text: str, date: str) -> list[tuple[str, str, str, str]]:
    r = check_text(text, date=date)
    return [(x.kind, x.flow, x.period, x.value) for x in r.itertuples()]


def test_a_bare_total_labelling_a_figure_is_total_trade() -> None:
    # a brief's list "total $X (…); exports $Y (…)": ytd:87/81/84 (Jan–Jun 2017 total $2.55bn
    # +10.5%, exports $1.67bn +29.1%, imports $880m -13.2%)
    got = _got(
        "China's customs office published its North Korea table on Thursday. January–June "
        "2017: total $2.55 bn (+10.5%); exports $1.67 bn (+29.1%); imports $880 mn (-13.2%).",
        "2017-07-20",
    )
    assert [(k, f, v) for k, f, _, v in got] == [
        ("level", "total", "2550000000"),
        ("change_pct", "total", "10.5"),
        ("level", "export", "1670000000"),
        ("change_pct", "export", "29.1"),
        ("level", "import", "880000000"),
        ("change_pct", "import", "-13.2"),
    ]
    # "total" as a verb after its subject stays the subject's flow
    got = _got(
        "China's exports to North Korea total $1.67 billion in the first half of 2017.",
        "2017-07-20",
    )
    assert [(k, f) for k, f, _, _ in got] == [("level", "export")]


def test_a_sign_word_after_and_belongs_to_the_next_figure() -> None:
    # ytd:81 exports Jan–Jun 2017 +29.1%; ytd:84 imports Jan–Jun 2017 -13.2%
    got = _got(
        "China's exports to and imports from North Korea came to $1.67 billion and $880 "
        "million in the first half of 2017, up 29.1 percent and down 13.2 percent respectively.",
        "2017-07-20",
    )
    assert [(k, f, v) for k, f, _, v in got if k == "change_pct"] == [
        ("change_pct", "export", "29.1"),
        ("change_pct", "import", "-13.2"),
    ]
    assert V.DIRECTION_NOUN_AFTER.match(" and up 20.7 percent") is None
    assert V.DIRECTION_NOUN_AFTER.match(" decline on the year") is not None


def test_respectively_pairs_the_list_of_its_own_clause() -> None:
    # the months named in the first clause go to the second clause's figures in order
    # (monthly:400/407 imports Sep/Oct 2021; monthly:396, monthly_add:29 exports Sep/Oct 2021)
    got = _got(
        "China's imports from North Korea were $14.27 million in September 2021 and $2 million "
        "in October, while its exports were $55.63 million and $39.8 million respectively.",
        "2021-11-20",
    )
    assert [(f, p) for _, f, p, _ in got] == [
        ("import", "2021-09/2021-09"),
        ("import", "2021-10/2021-10"),
        ("export", "2021-09/2021-09"),
        ("export", "2021-10/2021-10"),
    ]
    # a clause break after the whole list leaves it whole (ytd:81/84, Jan–Jun 2017)
    got = _got(
        "China's exports to and imports from North Korea came to $1.67 billion and $880 million "
        "in the first half of 2017: up 29.1 percent and down 13.2 percent, respectively.",
        "2017-07-20",
    )
    assert [(k, f, v) for k, f, _, v in got] == [
        ("level", "export", "1670000000"),
        ("level", "import", "880000000"),
        ("change_pct", "export", "29.1"),
        ("change_pct", "import", "-13.2"),
    ]


@pytest.mark.parametrize(
    ("text", "flow", "value"),
    [
        # annual:171 exports 2021 -47%; annual:173 imports 2021 +20.7%
        ("Beijing's outbound trade with Pyongyang shrank 47 percent in 2021.", "export", "-47"),
        ("China's inbound trade from North Korea rose 20.7 percent in 2021.", "import", "20.7"),
    ],
)
def test_outbound_and_inbound_trade_are_a_flow(text, flow, value) -> None:
    r = check_text(text, date="2022-01-20")
    assert (r.flow[0], r.period[0], r.value[0], r.verdict[0]) == (
        flow,
        "2021-01/2021-12",
        value,
        "correct",
    )


# -- superlatives and streaks (fourth held-out set's classes) -----------------------------------
@pytest.mark.parametrize(
    ("text", "date", "period", "verdict"),
    [
        # "for a fourth month" after a verb that moves is a run: monthly exports 2021 Apr
        # $28.751m (monthly:346), May $2.71m (355), Jun $12.318m (362), Jul $16.8m (375), Aug
        # $22.541m (384), Sep $55.628m (396): four rises ending in September, not five
        (
            "China's exports to North Korea rose for a fourth month in September 2021.",
            "2021-10-20",
            "2021-06/2021-09",
            "correct",
        ),
        (
            "China's exports to North Korea grew for a fifth month in September 2021.",
            "2021-10-20",
            "2021-05/2021-09",
            "wrong",
        ),
        # the month written after the run is its last, not the month of the clause before
        # (monthly 2022 exports May $14.51m (421), Jun $19.05m (424), Jul $59.74m (427), Aug
        # $71.54m (431), Sep $90.07m (432); monthly:430 imports Jul 2022 $12.0m)
        (
            "China's imports from North Korea in July 2022 were $12 million, while its exports "
            "climbed for a fourth straight month in September.",
            "2022-10-25",
            "2022-06/2022-09",
            "correct",
        ),
    ],
)
def test_a_run_of_months_and_the_month_it_ends_in(text, date, period, verdict) -> None:
    r = check_text(text, date=date)
    streak = r[r.kind == "streak"]
    assert (streak.period.iloc[0], streak.verdict.iloc[0]) == (period, verdict)


def test_for_a_second_month_without_a_verb_that_moves_is_no_run() -> None:
    r = check_text(
        "Customs kept its North Korea table unpublished for a second month in March.",
        date="2023-04-20",
    )
    assert "streak" not in set(r.kind)


@pytest.mark.parametrize(
    ("text", "date", "base", "verdict"),
    [
        # "since January" reaches back from the claimed month, not from the dateline: monthly
        # exports 2020 Jan $186.851m (monthly:228), Feb $10.345m (246), Mar $18.031m (248), Apr
        # $21.8m (monthly_add:20), May $58.567m (monthly_add:22), Jun $87.679m (262)
        (
            "China's exports to North Korea in June 2020 were the highest since January.",
            "2021-03-01",
            "2020-01/2020-01",
            "correct",
        ),
        # Aug 2020 $19.3m (281) is above March's $18.031m: not the lowest since February
        (
            "China's exports to North Korea in August 2020 were the lowest since February.",
            "2021-05-01",
            "2020-02/2020-02",
            "wrong",
        ),
        # a period's figure as the subject, with a verb that moves: monthly exports 2022 Apr
        # $98.09m (417) above Sep $90.07m (432), May–Aug below it
        (
            "China's exports to North Korea kept recovering in 2022. September's export figure "
            "rose to the highest since April.",
            "2022-10-20",
            "2022-04/2022-04",
            "correct",
        ),
        # … and with no trade word in the sentence: monthly totals 2022 Apr $102.34m
        # (monthly:420), May $20.31m (423), Jun $21.82m (monthly_add:43), Jul $72.72m (44)
        (
            "China's trade with North Korea picked up in mid-2022. July's two-way figure climbed "
            "to the highest since April.",
            "2022-08-20",
            "2022-04/2022-04",
            "correct",
        ),
    ],
)
def test_highest_since_a_month_counted_from_the_claimed_month(text, date, base, verdict) -> None:
    r = check_text(text, date=date)
    sup = r[r.kind == "superlative"]
    assert (sup.base.iloc[0], sup.verdict.iloc[0]) == (base, verdict)


def test_a_month_derived_from_cumulative_spans_yields_to_its_own_total_less_exports() -> None:
    # July 2023 imports are published in no row; Jan–Aug less Jan–Jun less August leaves them
    # within about ±$0.5 million, total less exports of July itself within ±$0.1 million:
    # monthly:480 total Jul 2023 $181.6m − monthly:479 exports Jul 2023 $156.6m = $25.0m
    r = check_text(
        "China bought $25 million of goods from North Korea in July 2023.", date="2023-08-25"
    )
    assert (r.period[0], r.verdict[0]) == ("2023-07/2023-07", "correct")
    assert "(total − exports): $25,000,000 ±$100,000" in r.explanation[0]


def test_exports_and_imports_respectively_take_their_figures_in_order() -> None:
    text = (
        "Last year China's exports and imports with North Korea came to $230 million and "
        "$45 million, respectively."
    )
    claims, _ = extract_claims(text, date="2022-02-01")
    assert [(c.flow, c.value) for c in claims] == [
        ("export", Decimal(230_000_000)),
        ("import", Decimal(45_000_000)),
    ]


def test_the_document_model_carries_the_series_to_the_next_sentence() -> None:
    # the second sentence names no flow: "They" continues the series set by the first
    text = (
        "North Korea's exports to China picked up sharply in October. "
        "They reached $18.5 million, customs data show."
    )
    (c,) = extract_claims(text, date="2022-11-20")[0]
    assert (c.reporter, c.partner, c.flow, c.period) == (
        "CHN",
        "PRK",
        "import",
        Span.parse("2022-10"),
    )


# -- phrasing classes added with the frame stage (each with sentences of our own) ----------------
def _read(text: str, date: str) -> list[tuple]:
    claims, _ = extract_claims(text, date=date)
    return [
        (c.kind, c.reporter, c.partner, c.flow, str(c.period) if c.period else None, c.value)
        for c in claims
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # goods between the flow word and its preposition
        (
            "Imports of goods from China came to $150 million in 2022.",
            ("level", "CHN", "PRK", "export", "2022-01/2022-12", Decimal(150_000_000)),
        ),
        (
            "Exports of farm products to North Korea rose 15 percent in 2022.",
            ("change_pct", "CHN", "PRK", "export", "2022-01/2022-12", Decimal(15)),
        ),
        # "between X and Y" names the pair, whatever other country the sentence names
        (
            "Seoul's unification ministry said trade between North Korea and China fell 30% in 2020.",
            ("change_pct", "CHN", "PRK", "total", "2020-01/2020-12", Decimal(-30)),
        ),
        (
            "Trade between the United States and China came to $690 billion in 2022.",
            ("level", "USA", "CHN", "total", "2022-01/2022-12", Decimal(690_000_000_000)),
        ),
    ],
)
def test_subject_phrasings(text, expected) -> None:
    assert _read(text, "2023-02-15") == [expected]


@pytest.mark.parametrize(
    "text, periods",
    [
        (
            "Exports to North Korea reached $300 million in January-September; a year earlier "
            "the figure was $410 million.",
            ["2022-01/2022-09", "2021-01/2021-09"],
        ),
        (
            "From January to June, the two countries exchanged goods worth $80 million: last "
            "year the total was $95 million.",
            ["2022-01/2022-06", "2021-01/2021-06"],
        ),
    ],
)
def test_the_figure_a_year_earlier_is_the_same_span(text, periods) -> None:
    assert [r[4] for r in _read(text, "2022-10-20")] == periods


def test_two_countries_exchanged_is_their_trade() -> None:
    text = "North Korea's trade with China picked up. The two neighbours exchanged $55 million in goods in March."
    assert _read(text, "2022-04-20") == [
        ("level", "CHN", "PRK", "total", "2022-03/2022-03", Decimal(55_000_000))
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "China's imports from North Korea slumped in April. April was the lowest since "
            "January 2010.",
            ("superlative", "import", "2022-04/2022-04", "2010-01/2010-01"),
        ),
        (
            "Exports to the North dropped again in March. March marked the third straight month "
            "of declines.",
            ("streak", "export", "2022-03/2022-03", None),
        ),
    ],
)
def test_a_period_as_subject_continues_the_series(text, expected) -> None:
    claims, _ = extract_claims(text, date="2022-05-20")
    assert [(c.kind, c.flow, str(c.period), c.base and str(c.base)) for c in claims] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Trade with North Korea came to $1.2 million in August, the lowest monthly figure.",
        "Two-way trade hit $1.2 million in August. The August reading was the lowest monthly tally.",
    ],
)
def test_the_lowest_monthly_figure_is_over_the_whole_series(text) -> None:
    claims, _ = extract_claims(text, date="2022-09-20")
    (sup,) = [c for c in claims if c.kind == "superlative"]
    assert (sup.flow, str(sup.period), sup.base, sup.direction) == (
        "total",
        "2022-08/2022-08",
        None,
        "down",
    )


def test_a_lowest_level_in_years_is_not_over_the_whole_series() -> None:
    # "in five years" is a base the series rule does not read: no whole-series claim from it
    claims, _ = extract_claims(
        "Exports fell to their lowest level in five years.", date="2022-09-20"
    )
    assert [c for c in claims if c.kind == "superlative" and c.base is None] == []


@pytest.mark.parametrize(
    "text, end",
    [
        (
            "Exports to North Korea fell 12 percent in May following five consecutive months of growth.",
            "2022-04/2022-04",
        ),
        (
            "China's imports from the North rose 3 percent in July after three straight months "
            "of declines.",
            "2022-06/2022-06",
        ),
    ],
)
def test_a_streak_the_period_ended_ends_the_month_before(text, end) -> None:
    claims, _ = extract_claims(text, date="2022-08-20")
    (streak,) = [c for c in claims if c.kind == "streak"]
    assert str(streak.period) == end


@pytest.mark.parametrize(
    "text, value",
    [
        # a change of a deficit or surplus is signed as the text says, as its percent change is:
        # the labelled dev set signs "the US deficit in goods fell by nearly $20 billion" −20
        # billion (../shared/claims/dev.jsonl, U4; README: change_abs "signed")
        ("The US deficit with China narrowed by $25 billion last year.", Decimal(-25_000_000_000)),
        (
            "Japan's trade deficit with China widened by $4 billion last year.",
            Decimal(4_000_000_000),
        ),
        ("China's surplus with North Korea shrank by $50 million last year.", Decimal(-50_000_000)),
    ],
)
def test_an_absolute_change_of_a_balance_is_signed_as_the_text_says(text, value) -> None:
    (c,) = extract_claims(text, date="2023-03-01")[0]
    assert (c.kind, c.flow, c.value) == ("change_abs", "balance", value)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # 2019 exports $2,573,821,663 − imports $215,197,317 = $2,358,624,346 against 2018's
        # $2,004,932,000 (datasets/china_dprk.csv, annual rows): China's surplus, which is North
        # Korea's deficit, grew by $353.69 million
        ("North Korea's trade deficit with China widened by $354 million in 2019.", "correct"),
        ("China's trade surplus with North Korea grew by $354 million in 2019.", "correct"),
        ("China's trade surplus with North Korea shrank by $354 million in 2019.", "wrong"),
    ],
)
def test_the_change_of_a_surplus_or_deficit_is_checked_on_the_data(text, verdict) -> None:
    (row,) = check_text(text, date="2020-03-01").itertuples()
    assert (row.kind, row.verdict) == ("change_abs", verdict)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the partner named by an epithet: the other country of the pair
        (
            "Pyongyang shipped goods worth $3.2 million to its neighbour in the first two months.",
            ("level", "CHN", "PRK", "import", "2021-01/2021-02", Decimal(3_200_000)),
        ),
        (
            "China's exports to its impoverished ally rose 5 percent in February.",
            ("change_pct", "CHN", "PRK", "export", "2021-02/2021-02", Decimal(5)),
        ),
        # "trading partner" is no flow word: the flow is the imports
        (
            "North Korea's imports from its main trading partner came to $30 million in February.",
            ("level", "CHN", "PRK", "export", "2021-02/2021-02", Decimal(30_000_000)),
        ),
        # "Sino-" is China in a pair written with a hyphen
        (
            "Sino-North Korean trade reached $2.8 billion in 2020.",
            ("level", "CHN", "PRK", "total", "2020-01/2020-12", Decimal(2_800_000_000)),
        ),
        (
            "Sino-DPRK trade slumped 80 percent in 2020.",
            ("change_pct", "CHN", "PRK", "total", "2020-01/2020-12", Decimal(-80)),
        ),
        # goods that "went to" a country are its partner's exports
        (
            "Around 90 million dollars' worth of Chinese goods went to the North in February.",
            ("level", "CHN", "PRK", "export", "2021-02/2021-02", Decimal(90_000_000)),
        ),
        (
            "The value of Chinese goods sent to North Korea in February was $88 million.",
            ("level", "CHN", "PRK", "export", "2021-02/2021-02", Decimal(88_000_000)),
        ),
    ],
)
def test_partner_and_flow_phrasings(text, expected) -> None:
    assert _read(text, "2021-03-20") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In July, China imported $16 million of North Korean goods, 90% below the $160 million "
        "it bought in July 2017.",
        "China's July imports from the North came to $16 million, 90 percent under the "
        "$160 million it imported in July 2017.",
    ],
)
def test_a_base_figure_keeps_the_period_of_its_relative_clause(text) -> None:
    # "90% below the $X it bought in July 2017": the change is July 2018's, against July 2017
    claims, _ = extract_claims(text, date="2018-08-20")
    change = next(c for c in claims if c.kind == "change_pct")
    assert (str(change.period), str(change.base), change.value) == (
        "2018-07/2018-07",
        "2017-07/2017-07",
        Decimal(-90),
    )


@pytest.mark.parametrize(
    "text, base",
    [
        (
            "Over the first 11 months, bilateral trade with North Korea totalled $2.06 billion, "
            "more than double the figure for the whole of 2022.",
            "2022-01/2022-12",
        ),
        (
            "China's exports to North Korea in January-November were 1.5 times the full-year "
            "2022 total.",
            "2022-01/2022-12",
        ),
    ],
)
def test_a_whole_year_base_stays_whole(text, base) -> None:
    claims, _ = extract_claims(text, date="2023-12-20")
    ratio = next(c for c in claims if c.kind == "ratio")
    assert (str(ratio.period), str(ratio.base)) == ("2023-01/2023-11", base)


@pytest.mark.parametrize(
    "text, periods",
    [
        (
            "In January and February, exports to North Korea stood at $50 million and "
            "$46 million respectively.",
            ["2022-01/2022-01", "2022-02/2022-02"],
        ),
        (
            "China's imports from the North in October, November and December came to "
            "$2 million, $3 million and $4 million, respectively.",
            ["2021-10/2021-10", "2021-11/2021-11", "2021-12/2021-12"],
        ),
        # a range is one period, whatever the list of flows
        (
            "China's exports and imports with North Korea in the January-February period were "
            "$100 million and $5 million, respectively.",
            ["2022-01/2022-02", "2022-01/2022-02"],
        ),
    ],
)
def test_respectively_pairs_listed_months(text, periods) -> None:
    assert [r[4] for r in _read(text, "2022-03-20")] == periods


@pytest.mark.parametrize(
    "text",
    [
        "Of North Korea's external trade in 2021, China took up a 95.6% share.",
        "China held a 95.6 percent share of North Korea's trade with the world in 2021.",
    ],
)
def test_a_percentage_named_a_share(text) -> None:
    (c,) = extract_claims(text, date="2022-03-20")[0]
    assert (c.kind, c.value, str(c.period)) == ("share", Decimal("95.6"), "2021-01/2021-12")
    assert c.whole == {"reporter": "PRK", "partner": "WLD", "flow": "total"}


# -- classes found on the held-out set (sentences of our own for each) ---------------------------
@pytest.mark.parametrize(
    "text, date, period",
    [
        (
            "China's exports to North Korea rose 31% against the same half of 2022, to $500 million "
            "in January-June.",
            "2023-07-20",
            "2023-01/2023-06",
        ),
        (
            "Over the first three quarters, bilateral trade fell 40 percent on the same stretch of "
            "2019.",
            "2020-10-20",
            "2020-01/2020-09",
        ),
        (
            "Imports from North Korea in the year to the end of April came to $9 million.",
            "2020-05-20",
            "2020-01/2020-04",
        ),
        (
            "In the year through March, exports to the North slid 12 percent.",
            "2021-04-20",
            "2021-01/2021-03",
        ),
    ],
)
def test_cumulative_spans_and_their_same_span_a_year_before(text, date, period) -> None:
    claims, _ = extract_claims(text, date=date)
    assert {str(c.period) for c in claims if not c.base_of} == {period}
    assert not any(c.surface == "half" for c in claims)


def test_the_last_year_before_is_not_last_year() -> None:
    text = "In 2016, the last year before the sanctions, exports to North Korea were $2.8 billion."
    (c,) = extract_claims(text, date="2019-05-01")[0]
    assert str(c.period) == "2016-01/2016-12"


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "China's trade with the North fell last year to six hundred and twelve million dollars.",
            612,
        ),
        ("Exports to North Korea reached one hundred and five million dollars last year.", 105),
    ],
)
def test_spoken_hundreds_with_and(text, value) -> None:
    (c,) = extract_claims(text, date="2021-01-20")[0]
    assert c.value == Decimal(value) * 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        "North Korea-China trade rose to USD1.2 billion in 2022, up 30 pc on 2021.",
        "Exports to North Korea gained 30 pc last year.",
    ],
)
def test_pc_is_percent(text) -> None:
    claims, _ = extract_claims(text, date="2023-01-20")
    assert any(c.kind == "change_pct" and c.value == 30 for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea, a country of some 26 million people, bought $1.9 billion of Chinese goods last year.",
        "China shipped 3 million tonnes of goods worth $1.9 billion to North Korea last year.",
    ],
)
def test_counts_are_not_money(text) -> None:
    claims, _ = extract_claims(text, date="2024-01-20")
    assert [c.value for c in claims] == [Decimal(1_900_000_000)]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("China's exports to the North in 2021 fell to about half the 2020 figure.", "ratio", 50),
        (
            "Imports from North Korea in 2021 were roughly a third the 2019 level.",
            "ratio",
            Decimal("33.33"),
        ),
    ],
)
def test_a_fraction_the_level_is_a_ratio(text, kind, value) -> None:
    (c,) = extract_claims(text, date="2022-03-01")[0]
    assert (c.kind, c.value, str(c.period)) == (kind, value, "2021-01/2021-12")
    assert c.base is not None and c.base.start.year in (2019, 2020) and c.base.n_months == 12


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Trade for January-August stood at $4 billion, of which Chinese exports made up "
            "$2.2 billion.",
            Decimal(2_200_000_000),
        ),
        ("Purchases of North Korean goods by China slipped to $11.8 million in November.", None),
    ],
)
def test_made_up_and_by_country_are_no_changes(text, value) -> None:
    claims, _ = extract_claims(text, date="2022-12-20")
    assert all(c.kind == "level" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect trade between China and North Korea to top $2.5 billion this year.",
        "Tariffs of 25 percent on $250 billion of Chinese goods took effect in 2019.",
        # the figure as the subject of a future or modal verb: a plan, not traded goods
        "Most of the bonds go to state firms, but some 30 percent will be sold to traders.",
        "About $300 million of goods is expected to cross the Yalu bridge this quarter.",
        "Half of the shipments could be delayed, and $40 million of exports may never leave.",
        # an outlook or projection is a forecast
        "Bankers set the outlook for China's trade with North Korea at $3 billion for 2025.",
        "Customs projections put imports from the North near 600 million dollars in 2026.",
    ],
)
def test_forecasts_and_tariffs_are_no_claims(text) -> None:
    assert extract_claims(text, date="2024-03-01")[0] == []


def test_a_figure_followed_by_a_later_future_clause_is_still_a_claim() -> None:
    # only the figure's own verb decides: "and exports will recover" is another clause.
    # Kyodo 2020-03-24 (src-f39c8c9093): Jan–Feb 2020 total trade $208.06 million, -29.5%.
    text = "Trade fell 29.5 percent in January and February, and exports will recover, traders say."
    (c,) = extract_claims(text, date="2020-04-01")[0]
    assert (c.kind, c.flow, str(c.period), c.value) == (
        "change_pct",
        "total",
        "2020-01/2020-02",
        Decimal("-29.5"),
    )


def test_a_flow_word_in_the_next_clause_does_not_take_the_figure() -> None:
    text = (
        "North Korea's exports to China held steady in May. They came to about $31 million, "
        "while the North bought $150 million of Chinese goods."
    )
    claims, _ = extract_claims(text, date="2024-06-20")
    assert [(c.flow, c.value) for c in claims] == [
        ("import", Decimal(31_000_000)),
        ("export", Decimal(150_000_000)),
    ]


@pytest.mark.parametrize(
    "text, flow",
    [
        (
            "Pyongyang's purchases from China reached $2 billion in 2023, against sales of $292 million.",
            "import",
        ),
        ("What North Korea received from China in December came to $122 million.", "export"),
    ],
)
def test_sales_of_and_received_from(text, flow) -> None:
    claims, _ = extract_claims(text, date="2024-02-15")
    assert claims[-1].flow == flow and claims[-1].reporter == "CHN"


@pytest.mark.parametrize(
    "text, periods",
    [
        (
            "Exports to North Korea were $61 million and $70 million in March and April, "
            "respectively.",
            ["2022-03/2022-03", "2022-04/2022-04"],
        ),
        (
            "China's imports from the North came to $2.5 million and $3.1 million in January "
            "and February respectively.",
            ["2022-01/2022-01", "2022-02/2022-02"],
        ),
    ],
)
def test_respectively_with_the_months_after_the_figures(text, periods) -> None:
    assert [r[4] for r in _read(text, "2022-05-20")] == periods


@pytest.mark.parametrize(
    "text",
    [
        "Exports to North Korea and imports from it fell 5.5% and 12.1% on the year in March, respectively.",
        "China's exports to the North and its imports from it declined 5.5 percent and 12.1 percent.",
    ],
)
def test_a_coordinated_percentage_keeps_the_verb_sign(text) -> None:
    claims, _ = extract_claims(text, date="2022-04-20")
    assert [c.value for c in claims] == [Decimal("-5.5"), Decimal("-12.1")]


@pytest.mark.parametrize(
    "text",
    [
        "China's trade with North Korea more than doubled in 2023. Last year's total was "
        "two-point-three billion dollars.",
        "Trade between China and North Korea recovered in 2023. Last year's figure came to "
        "$2.3 billion.",
    ],
)
def test_a_period_owned_total_continues_the_series(text) -> None:
    claims, _ = extract_claims(text, date="2024-01-20")
    level = next(c for c in claims if c.kind == "level")
    assert (level.flow, str(level.period), level.value) == (
        "total",
        "2023-01/2023-12",
        Decimal(2_300_000_000),
    )


@pytest.mark.parametrize(
    "text, n, end",
    [
        (
            "China's exports to the North have now dropped five months running, through November.",
            5,
            "2020-11/2020-11",
        ),
        (
            "Imports from North Korea rose three months in a row through October.",
            3,
            "2020-10/2020-10",
        ),
    ],
)
def test_months_running(text, n, end) -> None:
    claims, _ = extract_claims(text, date="2020-12-18")
    (streak,) = [c for c in claims if c.kind == "streak"]
    assert (streak.value, str(streak.period)) == (n, end)


@pytest.mark.parametrize(
    "text, earlier",
    [
        (
            "Exports to North Korea slipped to $11.8 million in November, having been "
            "$21.4 million a month earlier.",
            "2022-10/2022-10",
        ),
        (
            "Imports from the North came to $9 million in November, against $14 million a year "
            "earlier.",
            "2021-11/2021-11",
        ),
    ],
)
def test_a_level_a_month_or_year_earlier(text, earlier) -> None:
    claims, _ = extract_claims(text, date="2022-12-20")
    assert str(claims[1].period) == earlier


@pytest.mark.parametrize(
    "text, flow, whole_flow",
    [
        (
            "Chinese exports made up about 82 percent of the $318 million total in 2021.",
            "export",
            "total",
        ),
        (
            "In 2023, North Korean goods accounted for only 12.7 percent of the two-way trade.",
            "import",
            "total",
        ),
        (
            "North Korean goods were roughly one-fifth of the two-way total in September.",
            "import",
            "total",
        ),
        (
            "Of the trade in the first six months, Chinese exports accounted for 87.2 percent.",
            "export",
            "total",
        ),
    ],
)
def test_share_phrasings(text, flow, whole_flow) -> None:
    context = "Customs published China's trade with North Korea. "
    claims, _ = extract_claims(context + text, date="2023-10-20")
    share = next(c for c in claims if c.kind == "share")
    assert (share.reporter, share.partner, share.flow) == ("CHN", "PRK", flow)
    assert share.whole is not None and share.whole["flow"] == whole_flow
    if "$318 million" in text:
        assert [c.flow for c in claims if c.kind == "level"] == ["total"]


@pytest.mark.parametrize(
    "text, base",
    [
        (
            "Trade with North Korea in 2022 was only about a fifth of its 2016 level.",
            "2016-01/2016-12",
        ),
        ("Exports to the North in 2022 came to 40 percent of the 2019 figure.", "2019-01/2019-12"),
    ],
)
def test_a_fraction_of_a_years_level_is_a_ratio_to_that_year(text, base) -> None:
    (c,) = extract_claims(text, date="2023-04-10")[0]
    assert (c.kind, str(c.period), str(c.base)) == ("ratio", "2022-01/2022-12", base)


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "In 2016 China's trade with North Korea was nearly even: the gap in China's favour "
            "was only $303.9 million.",
            Decimal(303_900_000),
        ),
        (
            "In 2016 China's trade with North Korea tilted the other way, the trade balance in "
            "North Korea's favour being $20 million.",
            Decimal(-20_000_000),
        ),
    ],
)
def test_a_gap_in_a_countrys_favour_is_its_surplus(text, value) -> None:
    (c,) = extract_claims(text, date="2019-05-01")[0]
    assert (c.kind, c.reporter, c.partner, c.value) == ("balance", "CHN", "PRK", value)


@pytest.mark.parametrize(
    "text, base",
    [
        (
            "Trade sank from $5.38 billion in 2016 to $539.1 million in 2020, a drop of about "
            "90 percent.",
            "2016-01/2016-12",
        ),
        (
            "China's imports from North Korea jumped to $288.3 million in August from "
            "$156.3 million in July, up 84.4 percent.",
            "2017-07/2017-07",
        ),
    ],
)
def test_a_percentage_after_two_figures_is_their_change(text, base) -> None:
    claims, _ = extract_claims(text, date="2021-02-10" if "2016" in text else "2017-09-25")
    change = next(c for c in claims if c.kind == "change_pct")
    assert str(change.base) == base


@pytest.mark.parametrize(
    "text",
    [
        "Trade with North Korea in September exceeded $100 million.",
        "China's exports to the North topped $100 million in September.",
    ],
)
def test_exceeded_is_more_than(text) -> None:
    (c,) = extract_claims(text, date="2022-10-20")[0]
    assert c.hedge == "more than"


@pytest.mark.parametrize(
    "text",
    [
        "Imports from North Korea reached $37.6 million in December, and $350 million for the year as a whole.",
        "Imports from North Korea reached $37.6 million in December and $350 million over the full year.",
    ],
)
def test_the_year_as_a_whole(text) -> None:
    assert [r[4] for r in _read(text, "2025-01-20")] == ["2024-12/2024-12", "2024-01/2024-12"]


@pytest.mark.parametrize(
    "text",
    [
        "Exports to North Korea fell 8.5 percent last year, while the price of a kilogram of rice "
        "in Pyongyang rose above eight thousand won.",
        "China's imports from the North rose 3 percent last year, though the price of coal at the "
        "border fell to $90 a tonne.",
    ],
)
def test_prices_are_not_trade_values(text) -> None:
    claims, _ = extract_claims(text, date="2025-01-20")
    assert [c.kind for c in claims] == ["change_pct"]


def test_goods_prices_are_not_trade() -> None:
    # "goods" makes a sentence about trade; "goods prices" do not
    assert (
        extract_claims("Consumer goods prices rose 2 percent in May.", date="2022-06-20")[0] == []
    )
    (c,) = extract_claims(
        "Chinese goods sent to North Korea came to $80 million in May.", date="2022-06-20"
    )[0]
    assert (c.flow, c.value) == ("export", Decimal(80_000_000))


@pytest.mark.parametrize(
    "text",
    [
        "Two-way trade with North Korea grew 15% last year to $2.79 billion, the highest in three years.",
        "China's exports to the North rose 15 percent last year, their biggest gain in three years.",
    ],
)
def test_in_three_years_after_a_superlative_is_no_base(text) -> None:
    claims, _ = extract_claims(text, date="2020-02-20")
    change = next(c for c in claims if c.kind == "change_pct")
    assert str(change.base) == "2018-01/2018-12"


# -- heldout4's failures, each phrasing in other words ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Corn fetched roughly 3,200 won a kilogram at Hyesan's market in May, traders said.",
        "Diesel sold for about 14 yuan per litre in Sinuiju during May.",
        "Border traders paid $95 a tonne for anthracite in May.",
        "The yuan traded at around 1,150 won in Pyongyang in May, nearly triple its 2020 level.",
        "The won stood at about 8,200 to the dollar in May, roughly double its level a year earlier.",
    ],
)
def test_prices_and_exchange_rates_are_no_claims(text) -> None:
    assert extract_claims(text, date="2023-06-20")[0] == []


@pytest.mark.parametrize(
    ("text", "date", "base"),
    [
        # a year written after "from" or "than" is the base of the multiple or change before it
        ("Total trade in 2023 more than doubled from 2021.", "2024-01-20", "2021-01/2021-12"),
        (
            "China's exports to North Korea in 2022 more than tripled from 2020, customs data show.",
            "2023-01-20",
            "2020-01/2020-12",
        ),
        # "their level two years earlier": the same month two years back
        (
            "Imports from North Korea in March 2024 were more than eight times their level two "
            "years earlier.",
            "2024-04-20",
            "2022-03/2022-03",
        ),
        # "triple the previous year's", "a fifth the previous year's": a year on year ratio
        (
            "Exports to North Korea in 2022 were more than triple the previous year's.",
            "2023-01-20",
            "2021-01/2021-12",
        ),
    ],
)
def test_the_base_of_a_multiple_written_after_it(text, date, base) -> None:
    (c,) = extract_claims(text, date=date)[0]
    assert c.kind == "ratio" and str(c.base) == base


def test_multiples_against_a_named_base_are_checked_against_it() -> None:
    # total trade 2023 $2,295.38m (annual:205), 2021 $318.04m (annual:175): 7.2 times, "more
    # than doubled" holds; exports 2022 $894.04m (annual:181), 2020 $491.059m (annual:150): 1.82
    # times, "more than tripled" does not
    r = check_text(
        "China's trade with North Korea in 2023 more than doubled from 2021.", date="2024-01-20"
    )
    assert r["verdict"].tolist() == ["correct"]
    assert check_text(
        "China's exports to North Korea in 2022 more than tripled from 2020.", date="2023-01-20"
    )["verdict"].tolist() == ["wrong"]
    # imports Mar 2024 $30.02m (monthly:528), Mar 2022 $3.5m (monthly:416): 8.6 times
    r = check_text(
        "Imports from North Korea in March 2024 were more than eight times their level two years "
        "earlier.",
        date="2024-04-20",
    )
    assert r["verdict"].tolist() == ["correct"]
    # total 2020 $539.059m (annual:161), 2019 $2,789.02m (annual_add:3): 0.19, "about a fifth"
    r = check_text(
        "China's trade with North Korea in 2020 was about a fifth the previous year's.",
        date="2021-01-20",
    )
    assert r["base"].tolist() == ["2019-01/2019-12"] and r["verdict"].tolist() == ["correct"]


def test_a_year_range_after_from_is_no_base() -> None:
    from tradestats.check.dates import find_periods
    from tradestats.periods import Span

    # not a lone base "from 2019": the pair, the later year compared with the earlier
    (p,) = find_periods("Exports rose from 2019 through 2021.")
    assert p.text == "from 2019 through 2021" and p.base is not None
    assert (p.resolve(None, None), p.base(None, None)) == (Span.year(2021), Span.year(2019))
    # said of every year between, no single period and no base at all
    (p,) = find_periods("Exports rose every year from 2019 to 2021.")
    assert p.base is None and p.resolve(None, None) is None


@pytest.mark.parametrize(
    ("text", "date", "base"),
    [
        (
            "Exports slid 11.2% to $167.6 million in October from $188.74 million in September.",
            "2023-11-20",
            "2023-09/2023-09",
        ),
        (
            "China's imports from the North rose 20 percent to about $30 million in March 2024 "
            "from $25 million in February.",
            "2024-04-20",
            "2024-02/2024-02",
        ),
    ],
)
def test_a_change_to_a_level_from_a_base_figure_takes_its_base(text, date, base) -> None:
    claims = extract_claims(text, date=date)[0]
    change = next(c for c in claims if c.kind == "change_pct")
    assert str(change.base) == base


def test_the_verdict_of_a_change_to_a_level_uses_the_named_month() -> None:
    # exports Oct 2023 $167.6m, -11.2% m/m (monthly:501); Sep 2023 $188.74m (monthly_add:51)
    r = check_text(
        "Exports to North Korea slid 11.2% to $167.6 million in October from $188.74 million in "
        "September.",
        date="2023-11-20",
    )
    assert r["verdict"].tolist() == ["correct", "correct", "correct"]


@pytest.mark.parametrize(
    ("text", "date", "kinds", "bases"),
    [
        # exports 2021 $260.165m (annual:171) / 2019 $2,573.82m (annual_add:1) = 10.1 percent;
        # imports 2021 $57.874m (annual:173) / 2019 $215.20m (annual_add:2) = 26.9 percent
        (
            "Chinese exports to the North in 2021 were 10 percent of their 2019 level, and "
            "imports 27 percent.",
            "2022-01-20",
            ["ratio", "ratio"],
            ["2019-01/2019-12", "2019-01/2019-12"],
        ),
        (
            "In 2020 China's imports from North Korea were about 22 percent of their 2019 level; "
            "while its exports about 19 percent.",
            "2021-01-20",
            ["ratio", "ratio"],
            ["2019-01/2019-12", "2019-01/2019-12"],
        ),
    ],
)
def test_a_gapped_clause_repeats_the_ratio_before(text, date, kinds, bases) -> None:
    r = check_text(text, date=date)
    assert r["kind"].tolist() == kinds and r["base"].tolist() == bases
    assert set(r["verdict"]) == {"correct"}


def test_a_gapped_clause_needs_no_verb_of_its_own() -> None:
    # "and imports rose 27 percent": a change with its own verb, not a second ratio
    claims = extract_claims(
        "Chinese exports to the North in 2021 were 10 percent of their 2019 level, and imports "
        "rose 27 percent.",
        date="2022-01-20",
    )[0]
    assert [c.kind for c in claims] == ["ratio", "change_pct"]


@pytest.mark.parametrize(
    ("text", "date", "periods"),
    [
        # exports 2023 $2,003.5m (annual:197), 2022 $894.04m (annual:181)
        (
            "China's exports to the North came to $2.0 billion in 2023. That is up from $894 "
            "million the year before.",
            "2024-01-20",
            ["2023-01/2023-12", "2022-01/2022-12"],
        ),
        # exports Oct 2023 $167.6m (monthly:501), Sep 2023 $188.74m (monthly_add:51)
        (
            "Chinese exports to North Korea reached $167.6 million in October 2023. That was down "
            "from $188.7 million the month before.",
            "2023-11-20",
            ["2023-10/2023-10", "2023-09/2023-09"],
        ),
    ],
)
def test_a_base_figure_the_year_or_month_before(text, date, periods) -> None:
    r = check_text(text, date=date)
    assert r["period"].tolist() == periods
    assert set(r["verdict"]) == {"correct"}


def test_more_than_doubled_is_a_ratio_above_two() -> None:
    # semantics.md §1.3: "more than doubled" is r > 2, not above the rung's lower edge 1.75.
    # Exports 2022 $894.04m (annual:181) / 2020 $491.059m (annual:150) = 1.82: wrong;
    # imports 2023 $291.89m (annual:200) / 2022 $133.68m (annual:186) = 2.18: correct
    r = check_text(
        "China's exports to North Korea in 2022 more than doubled from 2020.", date="2023-01-20"
    ).iloc[0]
    assert (r["verdict"], r["claimed_interval"][0]) == ("wrong", "2")
    r = check_text(
        "China's imports from North Korea in 2023 more than doubled from 2022.", date="2024-01-20"
    ).iloc[0]
    assert r["verdict"] == "correct"


# -- fifth held-out set: whose flow, shares, balances, multiples, absolute changes -------------
@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # exports 2019 $2,573.82m (annual_add:1) − 2018 $2,218.14m (annual_add:4) = +$355.68m
        (
            "China's exports to North Korea were $355.7 million higher in 2019 than in 2018.",
            "2020-02-01",
            ("change_abs", "export", "2019-01/2019-12", "2018-01/2018-12", "correct"),
        ),
        # total May 2022 $20.31m (monthly:423) − Apr 2022 $102.34m (monthly:420) = −$82.03m
        (
            "Two-way trade in May 2022 was $82.0 million less than in April.",
            "2022-06-20",
            ("change_abs", "total", "2022-05/2022-05", "2022-04/2022-04", "correct"),
        ),
        # imports 2022 $133.68m (annual:186) − 2021 $57.874m (annual:173) = +$75.8m, not $95.8m
        (
            "Chinese purchases from the North came to $95.8 million more in 2022 than in 2021.",
            "2023-02-01",
            ("change_abs", "import", "2022-01/2022-12", "2021-01/2021-12", "wrong"),
        ),
    ],
)
def test_a_sum_lower_or_higher_than_another_period_is_an_absolute_change(text, date, want) -> None:
    (r,) = check_text(text, date=date).itertuples()
    assert (r.kind, r.flow, r.period, r.base, r.verdict) == want


def test_a_sum_more_than_the_other_flow_stays_a_balance() -> None:
    # "imported $X more than it exported" is the gap between the flows, not a change over time
    (r,) = check_text(
        "North Korea bought $2.36 billion more from China than it sold there in 2019.",
        date="2020-02-01",
    ).itertuples()
    # balance 2019: $2,573.82m − $215.20m (annual_add:1, annual_add:2) = $2,358.6m
    assert (r.kind, r.flow, r.verdict) == ("balance", "balance", "correct")


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # imports 2022 $133.68m (annual:186) / 2021 $57.874m (annual:173) = 2.31
        (
            "Imports from North Korea rose by a factor of 2.3 in 2022 from a year earlier.",
            "2023-02-01",
            ("2022-01/2022-12", "2021-01/2021-12", "correct"),
        ),
        (
            "Imports from North Korea rose by a factor of 1.5 in 2022 from a year earlier.",
            "2023-02-01",
            ("2022-01/2022-12", "2021-01/2021-12", "wrong"),
        ),
        # exports 2019 $2,573.82m (annual_add:1) / 2018 $2,218.14m (annual_add:4) = 1.16
        (
            "In 2019 Chinese shipments to the DPRK grew by a factor of 1.2 over 2018.",
            "2020-02-01",
            ("2019-01/2019-12", "2018-01/2018-12", "correct"),
        ),
    ],
)
def test_a_factor_of_n_is_a_multiple(text, date, want) -> None:
    (r,) = check_text(text, date=date).itertuples()
    assert (r.kind, r.period, r.base, r.verdict) == ("ratio", *want)


@pytest.mark.parametrize(
    ("text", "date", "period"),
    [
        # 2021: exports $260.165m (annual:171), imports $57.874m (annual:173), total $318.04m
        # (annual:175)
        (
            "For 2021 China's customs tables show exports to North Korea of $260.2 million, "
            "imports of $57.9 million and a total of $318.0 million.",
            "2022-02-01",
            "2021-01/2021-12",
        ),
        # Sep 2021: exports $55.628m (monthly:396), imports $14.272m (monthly:400), total $69.99m
        # (monthly:405)
        (
            "In September 2021 China's exports to the DPRK were $55.6 million and imports "
            "$14.3 million, so a combined $70.0 million.",
            "2021-10-20",
            "2021-09/2021-09",
        ),
        # Apr 2022: exports $98.09m (monthly:417), imports $4.37m (monthly:419), total $102.34m
        # (monthly:420)
        (
            "Apr 2022 | exports to DPRK $98.1m | imports $4.4m | total $102.3m",
            "2022-05-20",
            "2022-04/2022-04",
        ),
    ],
)
def test_a_total_after_a_list_of_flows_is_their_sum(text, date, period) -> None:
    r = check_text(text, date=date)
    assert r["flow"].tolist() == ["export", "import", "total"]
    assert set(r["period"]) == {period}
    assert set(r["verdict"]) == {"correct"}


def test_a_total_of_after_a_flow_verb_stays_that_flow() -> None:
    # exports Apr 2022 $98.09m (monthly:417)
    (r,) = check_text(
        "China exported a total of $98.1 million to North Korea in April 2022.", date="2022-05-20"
    ).itertuples()
    assert (r.flow, r.verdict) == ("export", "correct")


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # balance Apr 2022: exports $98.09m (monthly:417) − imports $4.37m (monthly:419) = $93.72m
        (
            "China's trade with North Korea is lopsided. In April 2022 the gap came to $93.7 million.",
            "2022-05-25",
            ("2022-04/2022-04", "93700000", "correct"),
        ),
        (
            "China buys little from North Korea. In April 2022 the gap narrowed to $73.7 million "
            "from March.",
            "2022-05-25",
            ("2022-04/2022-04", "73700000", "wrong"),
        ),
        # balance 2021: exports $260.165m (annual:171) − imports $57.874m (annual:173) = $202.29m
        (
            "China's trade with North Korea runs one way. In 2021 the gap in China's favour stood "
            "at $202.3 million.",
            "2022-02-01",
            ("2021-01/2021-12", "202300000", "correct"),
        ),
    ],
)
def test_the_gap_is_the_trade_balance(text, date, want) -> None:
    (r,) = check_text(text, date=date).itertuples()
    assert (r.kind, r.flow, r.reporter, r.partner) == ("balance", "balance", "CHN", "PRK")
    assert (r.period, r.value, r.verdict) == want


def test_the_gap_between_two_things_is_no_balance() -> None:
    assert check_text("The gap between the two years was $5 million.", date="2022-05-25").empty


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 2021: imports $57.874m (annual:173), exports $260.165m (annual:171)
        (
            "Chinese imports from North Korea recovered a little in 2021. Exports to the North "
            "slumped. The former came to $57.9 million, the latter to $260.2 million.",
            [("import", "correct"), ("export", "correct")],
        ),
        (
            "In 2021 China's shipments to North Korea and its purchases from the North both "
            "shrank. The latter, at $57.9 million, was a fraction of the pre-2017 level.",
            [("import", "correct")],
        ),
        # "the former" is exports, $260.2m: $57.9m (the imports) is wrong for it
        (
            "China's exports to the DPRK fell in 2021, and so did imports. The former was "
            "$57.9 million.",
            [("export", "wrong")],
        ),
    ],
)
def test_the_former_and_the_latter_are_the_last_two_flows_named(text, want) -> None:
    r = check_text(text, date="2022-02-01")
    assert list(zip(r["flow"], r["verdict"], strict=True)) == want
    assert set(r["period"]) == {"2021-01/2021-12"}  # "pre-2017" is an era, not the period


def test_the_former_before_a_noun_is_an_adjective() -> None:
    assert V.FORMER_LATTER.search("The former envoy said exports rose.") is None
    assert V.FORMER_LATTER.search("the former Soviet Union traded with it") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # May 2022: exports $14.51m (monthly:421), imports $5.79m (monthly:422)
        (
            "SINUIJU — Goods crossing the river into North Korea were worth $14.5 million in May "
            "2022, Chinese customs data show.",
            [("export", "correct")],
        ),
        (
            "Goods crossing the border into China from North Korea were worth $5.8 million in "
            "May 2022.",
            [("import", "correct")],
        ),
        (
            "North Korea sold $5.8 million of goods to China in May 2022, against $14.5 million "
            "of Chinese products moving the other way.",
            [("import", "correct"), ("export", "correct")],
        ),
    ],
)
def test_goods_moving_across_a_border_are_the_flow_they_make(text, want) -> None:
    r = check_text(text, date="2022-06-20")
    assert list(zip(r["flow"], r["verdict"], strict=True)) == want


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # 2021: imports $57.874m (annual:173), exports $260.165m (annual:171)
        (
            "Seen from Pyongyang, China was the buyer of $57.9 million of goods in 2021 and the "
            "seller of $260.2 million.",
            "2022-01-25",
            [("import", "correct"), ("export", "correct")],
        ),
        (
            "In 2021, North Korea spent $260.2 million on Chinese products and sold $57.9 million "
            "of goods to China.",
            "2022-01-25",
            [("export", "correct"), ("import", "correct")],
        ),
        # Aug 2020 exports $19.3m (monthly:281)
        (
            "China→DPRK exports, Aug 2020: $19.3M.",
            "2020-09-19",
            [("export", "correct")],
        ),
        (
            "China->North Korea exports in August 2020: $19.3 million.",
            "2020-09-19",
            [("export", "correct")],
        ),
    ],
)
def test_who_buys_and_who_sells(text, date, want) -> None:
    r = check_text(text, date=date)
    assert list(zip(r["flow"], r["verdict"], strict=True)) == want
    assert set(zip(r["reporter"], r["partner"])) == {("CHN", "PRK")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # May 2022: exports $14.51m (monthly:421), imports $5.79m (monthly:422)
        ("China-bound shipments from North Korea reached $5.8 million in May 2022.", ["import"]),
        ("Pyongyang-bound exports from China were $14.5 million in May 2022.", ["export"]),
        ("DPRK-bound exports, May 2022: $14.5m", ["export"]),
        # the figure "in return" is the flow opposite to the one before it
        (
            "In May 2022 North Korea sold China $5.8 million of goods and got $14.5 million of "
            "goods in return.",
            ["import", "export"],
        ),
        (
            "China shipped $14.5 million of goods to North Korea in May 2022 and took in $5.8 "
            "million in return.",
            ["export", "import"],
        ),
    ],
)
def test_bound_for_a_country_and_in_return(text, want) -> None:
    r = check_text(text, date="2022-06-20")
    assert r["flow"].tolist() == want
    assert set(r["verdict"]) == {"correct"}
    assert set(zip(r["reporter"], r["partner"])) == {("CHN", "PRK")}


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # Jan 2021: exports $0.029m (monthly:315) − imports $1.484m (monthly:318) = −$1.455m
        (
            "Trade with North Korea all but stopped in January 2021, with China in deficit by "
            "$1.46 million.",
            "2021-02-20",
            ("-1460000", "correct"),
        ),
        # Oct 2020: exports $0.253m (monthly:294) − imports $1.406m (monthly_add:26) = −$1.153m
        (
            "In October 2020 China was in a rare deficit of $1.2 million with North Korea.",
            "2020-11-20",
            ("-1200000", "correct"),
        ),
        (
            "In October 2020 North Korea ran into surplus by $1.2 million with China.",
            "2020-11-20",
            ("-1200000", "correct"),
        ),
        # Apr 2022: exports $98.09m (monthly:417) − imports $4.37m (monthly:419) = $93.72m
        (
            "China's trade balance with North Korea in April 2022 was $93.7 million.",
            "2022-05-20",
            ("93700000", "correct"),
        ),
    ],
)
def test_a_country_in_deficit_owns_the_balance(text, date, want) -> None:
    (r,) = check_text(text, date=date).itertuples()
    assert (r.kind, r.reporter, r.partner) == ("balance", "CHN", "PRK")
    assert (r.value, r.verdict) == want


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # balance 2021: $260.165m (annual:171) − $57.874m (annual:173) = $202.29m
        (
            "Table 3. China's trade with North Korea. Surplus (exports minus imports), 2021: "
            "US$202.3 million.",
            "2022-05-20",
            ("2021-01/2021-12", "202300000", "correct"),
        ),
        # balance Apr 2022: $98.09m (monthly:417) − $4.37m (monthly:419) = $93.72m
        (
            "China–North Korea trade. Trade surplus (exports - imports), April 2022: $83.7m",
            "2022-05-20",
            ("2022-04/2022-04", "83700000", "wrong"),
        ),
    ],
)
def test_a_balance_defined_in_brackets_stays_a_balance(text, date, want) -> None:
    (r,) = check_text(text, date=date).itertuples()
    assert (r.kind, r.flow, r.reporter, r.partner) == ("balance", "balance", "CHN", "PRK")
    assert (r.period, r.value, r.verdict) == want


def test_the_partner_of_a_flow_does_not_own_the_next_flow_word() -> None:
    # a caption run into its row: "… with North Korea Surplus …" is not North Korea's surplus.
    # balance 2021: $260.165m (annual:171) − $57.874m (annual:173) = $202.29m
    (r,) = check_text(
        "China's trade with North Korea Surplus (exports less imports), 2021: $202.3 million",
        date="2022-05-20",
    ).itertuples()
    assert (r.kind, r.reporter, r.partner, r.value, r.verdict) == (
        "balance",
        "CHN",
        "PRK",
        "202300000",
        "correct",
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 2021: imports $57.874m (annual:173), exports $260.165m (annual:171); 2022: imports
        # $133.68m (annual:186), exports $894.04m (annual:181)
        (
            "China's imports from North Korea were $57.9 million in 2021 and its exports $260.2 "
            "million; in 2022 the figures were $133.7 million and $894.0 million.",
            ["import", "export", "import", "export"],
        ),
        (
            "In 2022 China sold $894.0 million of goods to North Korea versus purchases of $133.7 "
            "million; in 2021 the two totals had been $260.2 million and $57.9 million.",
            ["export", "import", "export", "import"],
        ),
    ],
)
def test_the_figures_were_x_and_y_are_the_flows_just_stated(text, want) -> None:
    r = check_text(text, date="2023-02-01")
    assert r["flow"].tolist() == want
    assert set(r["verdict"]) == {"correct"}


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # exports 2021 $260.165m (annual:171)
        (
            "China's exports to North Korea fell again in 2021. Way down. To $260.2 million.",
            "2022-02-01",
            ("export", "2021-01/2021-12", "correct"),
        ),
        # imports 2022 $133.68m (annual:186): $113.7m is wrong
        (
            "China's imports from the North more than doubled in 2022. To about $113.7 million.",
            "2023-02-01",
            ("import", "2022-01/2022-12", "wrong"),
        ),
    ],
)
def test_a_fragment_to_a_level_continues_the_sentence_before(text, date, want) -> None:
    r = check_text(text, date=date)
    r = r[r["kind"] == "level"]
    assert list(zip(r["flow"], r["period"], r["verdict"], strict=True)) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Nov 2025: exports $243.6m (monthly:547), total $281.0m (monthly:550)
        (
            "China's trade with North Korea rose late in 2025. In yuan, November's exports were "
            "roughly 1.7 billion yuan; in dollars, they were 243.6 million.",
            [("CNY", "unverifiable"), ("USD", "correct")],
        ),
        (
            "China's trade with North Korea rose late in 2025. In dollar terms, the November total "
            "was two hundred ninety-one million.",
            [("USD", "wrong")],
        ),
    ],
)
def test_a_currency_named_before_a_bare_figure_is_its_own(text, want) -> None:
    r = check_text(text, date="2025-12-20")
    assert list(zip(r["currency"], r["verdict"], strict=True)) == want


@pytest.mark.parametrize(
    ("text", "date", "gap", "hedge", "verdict"),
    [
        # July 2016: exports $194m (monthly:43) against imports $227m (monthly:47), a $33m
        # deficit for China; "leaving Beijing with a deficit" names whose deficit it is
        (
            "China's purchases from North Korea in July 2016 outran its sales there, leaving "
            "Beijing with a deficit of $33 million.",
            "2016-08-30",
            "deficit",
            None,
            "correct",
        ),
        # 2022: China's surplus was $760.36m (exports minus imports, annual rows); "on China's
        # side" is China's own surplus, and a negated "exceed" bounds the figure from above
        (
            "China trades mostly with North Korea across the Yalu. Last year's surplus on "
            "China's side did not exceed $750 million.",
            "2023-03-01",
            "surplus",
            "less than",
            "wrong",
        ),
    ],
)
def test_whose_balance_and_a_negated_bound(text, date, gap, hedge, verdict) -> None:
    claims, _ = extract_claims(text, date=date)
    (claim,) = [c for c in claims if c.kind == "balance"]
    assert (claim.reporter, claim.gap, claim.hedge) == ("CHN", gap, hedge)
    got = check_text(text, date=date)
    assert list(got["verdict"]) == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang's economy shrank an estimated 4.5 percent in 2020 as its border with China shut.",
        "The North's GDP has contracted by about 0.1 percent, a Seoul bank said of the year.",
    ],
)
def test_growth_of_an_economy_is_no_trade_claim(text) -> None:
    assert extract_claims(text, date="2021-08-01")[0] == []


@pytest.mark.parametrize(
    "text",
    [
        # market prices and wages beside a trade figure: no trade claims
        "Chinese exports to North Korea rose in December, while corn prices in Hyesan climbed "
        "about 25 percent.",
        "Imports from the North slipped in May; wages at the Rason zone rose 12 percent.",
        # a count of goods that are no money: "about 2 million artillery shells"
        "North Korea's imports from China were steady, while Moscow took some 2 million "
        "artillery shells from Pyongyang.",
    ],
)
def test_prices_wages_and_counted_things_beside_trade_are_no_claims(text) -> None:
    assert extract_claims(text, date="2024-02-01")[0] == []


def test_growth_of_a_flow_is_still_a_claim() -> None:
    # imports fell from about $216m in 2019 (annual:136) to $48.0m in 2020, so "grew" is wrong —
    # but a claim all the same
    (claim,) = extract_claims(
        "China's imports from North Korea grew 3.1 percent in 2020.", date="2021-08-01"
    )[0]
    assert (claim.kind, claim.flow) == ("change_pct", "import")


def test_a_fraction_of_a_figure_with_its_own_period_compares_the_two_periods() -> None:
    # April 2023 total $199.98m (monthly_add:49) against April 2019 $241.46m (monthly:208):
    # 82.8%, "about four-fifths"; the fraction is April 2023's, its base April 2019
    text = (
        "Trade between China and North Korea in April 2023, at $200 million, was about "
        "four-fifths of the $241.5 million seen in April 2019."
    )
    got = check_text(text, date="2023-05-25")
    ratio = got[got["kind"] == "ratio"]
    assert list(zip(ratio["period"], ratio["base"], ratio["verdict"])) == [
        ("2023-04/2023-04", "2019-04/2019-04", "correct")
    ]


def test_a_multiple_said_of_each_figure_is_a_claim_for_each() -> None:
    # Q1 2023 exports $438.42m (ytd:171) and imports $47.43m (ytd:172) against Q1 2022's
    # $173.4m and $23.5m: both more than double
    text = (
        "In the first quarter of 2023 China exported $438.4 million of goods to North Korea and "
        "imported $47.4 million from it, both more than double the same quarter of 2022."
    )
    got = check_text(text, date="2023-04-25")
    ratios = got[got["kind"] == "ratio"]
    assert sorted(zip(ratios["flow"], ratios["base"], ratios["verdict"])) == [
        ("export", "2022-01/2022-03", "correct"),
        ("import", "2022-01/2022-03", "correct"),
    ]


def test_a_fraction_of_what_it_traded_in_another_year_is_a_ratio() -> None:
    # imports 2021 $57.874m (annual:173) against 2019 $215.197m (annual_add:2): 26.9%, "about a
    # quarter" — a ratio of the same flow to another year, not a share
    got = check_text(
        "China's imports from North Korea in 2021 were about a quarter of what it had bought in "
        "2019.",
        date="2022-01-25",
    )
    assert list(zip(got["kind"], got["flow"], got["period"], got["base"], got["verdict"])) == [
        ("ratio", "import", "2021-01/2021-12", "2019-01/2019-12", "correct")
    ]


def test_years_listed_after_the_figures_then_a_parallel_clause() -> None:
    # "$X and $Y in 2011 and 2012 respectively; … $A and $B": both lists are the two years in
    # order (exports 2011 $3,164,703,511, annual:48; 2012 $3,532,383,242, annual:56; imports
    # 2011 $2,475,459,898, annual:51; 2012 $2,502,530,976, annual:60)
    text = (
        "In yearly terms, China sold its neighbour goods worth $3.16 billion and $3.53 billion in "
        "2011 and 2012 respectively; its purchases from the North came to $2.48 billion and "
        "$2.50 billion."
    )
    r = check_text(text, date="2013-03-01")
    assert [(x.surface, x.flow, x.period, x.verdict) for x in r.itertuples()] == [
        ("$3.16 billion", "export", "2011-01/2011-12", "correct"),
        ("$3.53 billion", "export", "2012-01/2012-12", "correct"),
        ("$2.48 billion", "import", "2011-01/2011-12", "correct"),
        ("$2.50 billion", "import", "2012-01/2012-12", "correct"),
    ]
