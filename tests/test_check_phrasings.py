"""Claims the extractor reads from sentences written for these tests, one phrasing class each.

The sentences are our own, in the styles of wire copy, broadcast scripts read aloud, translated
Korean and Chinese news and think-tank prose. Each expected claim is what the sentence itself
says (kind, flow from China's side, period, signed value); no data are involved.
"""

from __future__ import annotations

import pytest

from tradestats.check.extract import extract_claims

CASES = [
    # cumulative periods
    (
        "China's shipments to North Korea in the January-to-August period reached $1.2 billion.",
        "2019-09-20",
        [("level", "export", "2019-01/2019-08", "1200000000")],
    ),
    (
        "In the 11 months through November, imports from the North came to $190 million.",
        "2018-12-20",
        [("level", "import", "2018-01/2018-11", "190000000")],
    ),
    (
        "Trade since the start of the year has totalled $700 million, customs said.",
        "2024-06-20",
        [("level", "total", "2024-01/2024-05", "700000000")],
    ),
    (
        "First-quarter exports to North Korea slid 4.5 percent.",
        "2023-04-20",
        [("change_pct", "export", "2023-01/2023-03", "-4.5")],
    ),
    (
        "By the end of September, imports from North Korea had reached $160 million.",
        "2022-10-20",
        [("level", "import", "2022-01/2022-09", "160000000")],
    ),
    # two figures, two periods
    (
        "Exports to North Korea climbed from $80 million in May to $95 million in June.",
        "2021-07-20",
        [
            ("level", "export", "2021-05/2021-05", "80000000"),
            ("level", "export", "2021-06/2021-06", "95000000"),
        ],
    ),
    (
        "Imports from North Korea were $12 million in July, up from $9 million in June but "
        "lower than $20 million a year earlier.",
        "2022-08-20",
        [
            ("level", "import", "2022-07/2022-07", "12000000"),
            ("level", "import", "2022-06/2022-06", "9000000"),
            ("level", "import", "2021-07/2021-07", "20000000"),
        ],
    ),
    (
        "China's exports to and imports from the North stood at $150 million and $30 million, "
        "respectively, in March.",
        "2023-04-20",
        [
            ("level", "export", "2023-03/2023-03", "150000000"),
            ("level", "import", "2023-03/2023-03", "30000000"),
        ],
    ),
    (
        "Two-way trade rose 12% between April and May.",
        "2023-06-20",
        [("change_pct", "total", "2023-05/2023-05", "12")],
    ),
    # perspective
    (
        "The North exported $25 million worth of goods to China in April.",
        "2023-05-20",
        [("level", "import", "2023-04/2023-04", "25000000")],
    ),
    (
        "Exports of North Korean products to China dropped 30 percent in 2021.",
        "2022-01-20",
        [("change_pct", "import", "2021-01/2021-12", "-30")],
    ),
    (
        "SEOUL, March 19 (Yonhap) -- North Korea's imports from China rose to $150 million "
        "in February.",
        "2024-03-19",
        [("level", "export", "2024-02/2024-02", "150000000")],
    ),
    # numbers as broadcasters write them
    (
        "Trade between the two countries fell 40-point-five percent in the first half.",
        "2021-07-20",
        [("change_pct", "total", "2021-01/2021-06", "-40.5")],
    ),
    (
        "North Korea-China trade came to three-point-two-five billion dollars last year.",
        "2020-01-20",
        [("level", "total", "2019-01/2019-12", "3250000000")],
    ),
    (
        "China sold some two billion-150 million dollars' worth of goods to the North in 2019.",
        "2020-01-20",
        [("level", "export", "2019-01/2019-12", "2150000000")],
    ),
    (
        "Imports from North Korea rose 12 per cent to $55.m in 2017.",
        "2018-01-20",
        [
            ("change_pct", "import", "2017-01/2017-12", "12"),
            ("level", "import", "2017-01/2017-12", "55000000"),
        ],
    ),
    # kinds and verbs that carry a sign
    (
        "China's exports to North Korea edged down to $140 million in September from "
        "$150 million the previous month.",
        "2022-10-20",
        [
            ("level", "export", "2022-09/2022-09", "140000000"),
            ("level", "export", "2022-08/2022-08", "150000000"),
        ],
    ),
    (
        "Imports from North Korea slipped 3.1 percent in October.",
        "2022-11-20",
        [("change_pct", "import", "2022-10/2022-10", "-3.1")],
    ),
    (
        "Exports took up three-quarters of the overall volume in May.",
        "2022-06-20",
        [("share", "export", "2022-05/2022-05", "75")],
    ),
    (
        "China's surplus in its trade with North Korea narrowed 10 percent to $1.2 billion in 2023.",
        "2024-01-20",
        [
            ("change_pct", "balance", "2023-01/2023-12", "-10"),
            ("balance", "balance", "2023-01/2023-12", "1200000000"),
        ],
    ),
    # superlatives and streaks
    (
        "Exports to North Korea hit a five-year high in 2023.",
        "2024-01-20",
        [("superlative", "export", "2023-01/2023-12", None)],
    ),
    (
        "Trade with North Korea fell for the third month in a row in June.",
        "2021-07-20",
        [("streak", "total", "2021-06/2021-06", None)],  # checked on June; check_text shows Apr–Jun
    ),
    (
        "Two-way trade in March was the lowest on record going back to January 2015.",
        "2020-04-20",
        [("superlative", "total", "2020-03/2020-03", None)],
    ),
    (
        "Trade in November reached 64.2 percent of the level posted in 2019.",
        "2023-12-20",
        [("ratio", "total", "2023-11/2023-11", "64.2")],
    ),
    # the document model: a subject set by one sentence carries to the next ("Exports" are
    # North Korea's here, so China's imports)
    (
        "North Korea's annual trade with China, its main partner, shrank to $320 million in 2021. "
        "Exports fell 47 percent.",
        "2022-01-20",
        [
            ("level", "total", "2021-01/2021-12", "320000000"),
            ("change_pct", "import", "2021-01/2021-12", "-47"),
        ],
    ),
    (
        "In the opening seven months of 2019, imports from North Korea came to $130 million.",
        "2019-08-20",
        [("level", "import", "2019-01/2019-07", "130000000")],
    ),
    # a move named by a participle before its subject, or by a noun after the figure
    (
        "Contracting by 12 percent, imports from North Korea in 2016 totalled $2.5 billion.",
        "2017-02-01",
        [
            ("change_pct", "import", "2016-01/2016-12", "-12"),
            ("level", "import", "2016-01/2016-12", "2500000000"),
        ],
    ),
    (
        "Having sunk 30 percent, exports to North Korea in 2017 still came to $3.3 billion.",
        "2018-02-01",
        [
            ("change_pct", "export", "2017-01/2017-12", "-30"),
            ("level", "export", "2017-01/2017-12", "3300000000"),
        ],
    ),
    (
        "Exports to North Korea were $80 million in June 2021, a 7 percent retreat from May.",
        "2021-07-25",
        [
            ("level", "export", "2021-06/2021-06", "80000000"),
            ("change_pct", "export", "2021-06/2021-06", "-7"),
        ],
    ),
    (
        "Imports from the North stood at $20 million in May 2018, a 3 percent dip on April.",
        "2018-06-25",
        [
            ("level", "import", "2018-05/2018-05", "20000000"),
            ("change_pct", "import", "2018-05/2018-05", "-3"),
        ],
    ),
    # other currencies
    (
        "In yuan terms, China's imports from the North fell 20 percent to 100 million yuan in 2018.",
        "2019-01-20",
        [
            ("change_pct", "import", "2018-01/2018-12", "-20"),
            ("level", "import", "2018-01/2018-12", "100000000"),
        ],
    ),
]


def _plain(v: object) -> str | None:
    if v is None:
        return None
    text = format(v, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@pytest.mark.parametrize(("sentence", "date", "want"), CASES)
def test_phrasing(sentence: str, date: str, want: list[tuple[str, str, str, str | None]]) -> None:
    found, _ = extract_claims(sentence, date)
    got = [
        (
            c.kind,
            c.flow,
            str(c.period),
            None if c.kind in ("superlative", "streak") else _plain(c.value),
        )
        for c in found
    ]
    assert got == want


def test_a_yuan_change_keeps_its_terms() -> None:
    found, _ = extract_claims(
        "China's imports from North Korea were down 40 percent at CNY80 million in 2019.", "2020-01"
    )
    assert [(c.kind, c.terms_implied or c.terms, c.currency) for c in found] == [
        ("change_pct", "CNY", None),
        ("level", None, "CNY"),
    ]


def test_a_streak_is_reported_as_the_months_of_the_run() -> None:
    from tradestats.check.run import check_text

    r = check_text(
        "China's exports to North Korea rose for a fourth straight month in May.", date="2023-06-20"
    )
    assert r[["kind", "period"]].values.tolist() == [["streak", "2023-02/2023-05"]]


def test_a_currency_opening_the_sentence_is_its_figures_currency() -> None:
    from tradestats.check.run import check_text

    # the dataset is in dollars only: yuan figures and yuan changes are not checked against it
    r = check_text(
        "In renminbi, China's exports to North Korea in 2023 came to 14.1 billion, up 150 percent.",
        date="2024-02-01",
    )
    assert r[["kind", "verdict"]].values.tolist() == [
        ["level", "unverifiable"],
        ["change_pct", "unverifiable"],
    ]
    assert r["currency"].iloc[0] == "CNY"
    # exports 2023 $2,003.5m (annual:197): "In dollars, … 2.0 billion" is read in dollars
    r = check_text(
        "In dollars, China's exports to North Korea in 2023 came to 2.0 billion.", date="2024-02-01"
    )
    assert r[["kind", "currency", "verdict"]].values.tolist() == [["level", "USD", "correct"]]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a policy's object and a route's load are not trade figures of a period
        ("In 2017 the Security Council banned nearly 90 percent of the North's exports.", []),
        (
            "The rail link through Dandong handles some 60 percent of China's trade with the North.",
            [],
        ),
        # … but goods carried are traded goods
        (
            "Trucks carried $20 million of Chinese goods to North Korea in May 2023.",
            ["level"],
        ),
    ],
)
def test_policy_and_route_verbs(sentence: str, kinds: list[str]) -> None:
    found, _ = extract_claims(sentence, "2023-06-20")
    assert [c.kind for c in found] == kinds
