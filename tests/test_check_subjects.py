"""Subjects of claims: which reporter and partner a figure belongs to.

Sentences written for these tests in the styles of wire copy, broadcast scripts, translated
Korean and Chinese news and think-tank reports. A figure of another pair (US–China, inter-Korean,
North Korea with the world, China with Vietnam) must carry its own subject, so that it is
unverifiable against the bundled China–North Korea data, never called wrong against it; a
China–North Korea sentence keeps its subject. The expected subjects are what each sentence
itself says; the China–North Korea figures used for verdicts are rows of the bundled
``datasets/china_dprk.csv`` (cited beside each).
"""

from __future__ import annotations

import pytest

from tradestats.check.extract import extract_claims
from tradestats.check.run import check_text


def _subjects(text: str, date: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(surface, reporter, partner, flow, verdict) of every claim of the text."""
    res = check_text(text, date=date)
    return [
        (r.surface, _code(r.reporter), _code(r.partner), _code(r.flow), r.verdict)
        for r in res.itertuples()
        if r.kind != "superlative"
    ]


def _code(v: object) -> str | None:
    return v if isinstance(v, str) and v else None


def _one(text: str, date: str, surface: str) -> tuple[str | None, str | None, str | None, str]:
    hits = [s[1:] for s in _subjects(text, date) if s[0] == surface]
    assert len(hits) == 1, _subjects(text, date)
    return hits[0]


# -- a country's trade with the world: "China's global trade surplus" ---------------------------
@pytest.mark.parametrize(
    ("text", "date", "surface", "flow"),
    [
        # wire
        (
            "BEIJING, Jan 14 (Reuters) - China's global trade surplus swelled to $82.6 billion "
            "in December, customs data showed.",
            "2024-01-14",
            "$82.6 billion",
            "balance",
        ),
        # broadcast
        (
            "Chinese worldwide exports shrank 14.5 percent in July from a year earlier.",
            "2023-08-09",
            "14.5 percent",
            "export",
        ),
        # translated Chinese
        (
            "According to the General Administration of Customs, China's global imports reached "
            "1.28 trillion yuan in February.",
            "2024-03-08",
            "1.28 trillion yuan",
            "import",
        ),
        # think-tank
        (
            "Beijing's worldwide exports grew 1.2 per cent in October, the first rise in six "
            "months.",
            "2023-11-10",
            "1.2 per cent",
            "export",
        ),
    ],
)
def test_a_country_global_trade_is_with_the_world(text, date, surface, flow) -> None:
    assert _one(text, date, surface) == ("CHN", "WLD", flow, "unverifiable")


# -- another partner of China: "Chinese shipments to Vietnam" -----------------------------------
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Chinese shipments to Vietnam jumped 21 percent in April, outpacing sales to the "
            "United States.",
            "2024-05-12",
            {"21 percent": ("CHN", "VNM", "export")},
        ),
        (
            "China's exports to Russia climbed 22 percent in August, while imports from Japan "
            "slid 9 percent.",
            "2023-09-10",
            {"22 percent": ("CHN", "RUS", "export"), "9 percent": ("CHN", "JPN", "import")},
        ),
        (
            "In January, Beijing's imports from Mongolia rose to $1.2 billion, according to "
            "customs.",
            "2024-02-20",
            {"$1.2 billion": ("CHN", "MNG", "import")},
        ),
        (
            "Exports of Chinese goods to India totaled $9.8 billion in May.",
            "2024-06-14",
            {"$9.8 billion": ("CHN", "IND", "export")},
        ),
    ],
)
def test_another_partner_of_china_is_named(text, date, expected) -> None:
    found = {s[0]: s[1:] for s in _subjects(text, date)}
    assert {k: v[:3] for k, v in found.items()} == expected
    assert {v[3] for v in found.values()} == {"unverifiable"}


def test_a_name_inside_another_word_is_no_country() -> None:
    # "Indiana" is not India, "Germane" not Germany: whole words only
    found = _subjects(
        "Indiana's germane exports to North Korea fell to $2 million in May.", "2023-06-20"
    )
    assert [s[1:4] for s in found] == [("CHN", "PRK", "export")]


# -- inter-Korean trade: the two Koreas, seen from the South -------------------------------------
@pytest.mark.parametrize(
    ("text", "date", "surfaces"),
    [
        # wire
        (
            "Inter-Korean trade amounted to just $1.6 million last year, the lowest since "
            "records began.",
            "2024-01-20",
            ["$1.6 million"],
        ),
        # Yonhap: the dateline SEOUL is where the story was filed, the pair is the two Koreas
        (
            "SEOUL, Jan. 25 (Yonhap) -- Trade between the two Koreas plunged 93 percent last "
            "year to $4.2 million, the unification ministry said.",
            "2021-01-25",
            ["93 percent", "$4.2 million"],
        ),
        # translated Korean
        (
            "South-North trade, which reached $2.7 billion in 2015, was halted when Seoul shut "
            "the Kaesong complex.",
            "2016-02-15",
            ["$2.7 billion"],
        ),
        # broadcast
        (
            "Trade between North and South Korea fell to one-point-six million dollars last year.",
            "2024-02-08",
            None,
        ),
        (
            "Trade between the South and the North dropped to $1.6 million last year, the "
            "unification ministry said.",
            "2024-02-08",
            ["$1.6 million"],
        ),
    ],
)
def test_inter_korean_trade_is_the_two_koreas(text, date, surfaces) -> None:
    found = _subjects(text, date)
    if surfaces is not None:
        assert [s[0] for s in found] == surfaces
    assert len(found) >= 1
    assert {s[1:] for s in found} == {("KOR", "PRK", "total", "unverifiable")}


# -- a national agency named as the source implies the reporter ---------------------------------
@pytest.mark.parametrize(
    ("text", "date", "surface", "subject"),
    [
        # wire: the Census Bureau publishes US trade
        (
            "The deficit with China shrank to $279 billion last year, the Census Bureau "
            "reported on Wednesday.",
            "2024-02-08",
            "$279 billion",
            ("USA", "CHN", "balance"),
        ),
        # broadcast
        (
            "WASHINGTON — The goods deficit with Mexico widened by $20 billion in 2023, according "
            "to the Commerce Department.",
            "2024-02-08",
            "$20 billion",
            ("USA", "MEX", "balance"),
        ),
        # translated Japanese/Korean wire
        (
            "Japan's Finance Ministry said exports to China dropped 7.7 percent in March.",
            "2023-04-20",
            "7.7 percent",
            ("JPN", "CHN", "export"),
        ),
        (
            "Imports from North Korea fell to $0.1 million last year, according to the Korea "
            "Customs Service.",
            "2022-11-15",
            "$0.1 million",
            ("KOR", "PRK", "import"),
        ),
    ],
)
def test_a_national_agency_as_source_is_the_reporter(text, date, surface, subject) -> None:
    assert _one(text, date, surface) == (*subject, "unverifiable")


def test_a_cited_source_is_the_reporter_not_the_one_citing() -> None:
    # China's exports to North Korea in December 2022: $122.35 million (datasets/china_dprk.csv,
    # row monthly:451, GACC as reported in press, published 2023-01-18)
    text = (
        "Exports to North Korea came to $122.35 million in December, the unification ministry "
        "said, citing Chinese customs data."
    )
    assert _one(text, "2023-01-20", "$122.35 million") == ("CHN", "PRK", "export", "correct")


def test_an_estimating_agency_implies_no_reporter() -> None:
    # KOTRA estimates North Korea's trade; it does not make South Korea the reporter
    text = "Trade with China fell 10 percent in 2023, KOTRA said."
    reporter = _one(text, "2024-07-20", "10 percent")[0]
    assert reporter != "KOR"


# -- North Korea's total / external / overall trade, no partner named: with the world ------------
# Each after or beside a mention of China, as in articles about the pair: the China named
# elsewhere is not the partner of a country's total trade.
@pytest.mark.parametrize(
    ("text", "date", "surface"),
    [
        # think-tank
        (
            "North Korea's total trade was estimated at $2.3 billion in 2023, KOTRA said, and "
            "China accounted for nearly all of it.",
            "2024-07-20",
            "$2.3 billion",
        ),
        # translated Korean
        (
            "Chinese customs data cover only one partner. The North's external trade stood at "
            "$710 million in 2021, a report by the Korea Trade-Investment Promotion Agency "
            "showed.",
            "2022-07-22",
            "$710 million",
        ),
        # broadcast
        (
            "China's exports to the North fell sharply. Pyongyang's overall foreign trade shrank "
            "48 percent to $3.2 billion in 2019, the think tank estimated.",
            "2020-07-31",
            "$3.2 billion",
        ),
    ],
)
def test_north_korea_total_trade_without_partner_is_with_the_world(text, date, surface) -> None:
    assert _one(text, date, surface) == ("PRK", "WLD", "total", "unverifiable")


def test_the_subject_decides_whether_a_figure_is_checked() -> None:
    # China–North Korea trade in December 2022 was $141.48 million (datasets/china_dprk.csv, row
    # monthly:455, GACC as reported in press, published 2023-01-18). The same $98 million is
    # wrong as the pair's trade and unverifiable as another pair's.
    date = "2023-01-20"
    pair = "North Korea's trade with China came to $98 million in December."
    assert _one(pair, date, "$98 million") == ("CHN", "PRK", "total", "wrong")
    for other in (
        "North Korea's total external trade came to $98 million in December.",
        "Inter-Korean trade came to $98 million in December.",
        "The deficit with China came to $98 million in December, the Commerce Department said.",
    ):
        assert _one(other, date, "$98 million")[3] == "unverifiable", other


# -- China–North Korea sentences keep their subject ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Yonhap dateline is not the reporter; the pair is China's trade with the North
        (
            "SEOUL, Jan. 18 (Yonhap) -- North Korea's trade with China reached $141.48 million "
            "in December, according to Chinese customs data.",
            {"$141.48 million": ("CHN", "PRK", "total", "correct")},
        ),
        # "total" with a partner named stays the pair
        (
            "China's total trade with North Korea came to $141.48 million in December.",
            {"$141.48 million": ("CHN", "PRK", "total", "correct")},
        ),
        # "total exports" with Chinese customs as the source are North Korea's sales to China
        # (China's imports: $19.13 million, datasets/china_dprk.csv row monthly:453)
        (
            "North Korea's total exports rose to $19.13 million in December, Chinese customs data "
            "showed.",
            {"$19.13 million": ("CHN", "PRK", "import", "correct")},
        ),
        # "its exports" continue the country of the sentence before (row monthly:451 and :453)
        (
            "North Korea's imports from China rose to $122.35 million in December. Its exports "
            "came to $19.13 million.",
            {
                "$122.35 million": ("CHN", "PRK", "export", "correct"),
                "$19.13 million": ("CHN", "PRK", "import", "correct"),
            },
        ),
        # bilateral trade after a sentence naming the pair
        (
            "China and North Korea traded more in December. Bilateral trade reached $141.48 "
            "million, Chinese customs said.",
            {"$141.48 million": ("CHN", "PRK", "total", "correct")},
        ),
    ],
)
def test_china_north_korea_sentences_keep_their_subject(text, expected) -> None:
    found = {s[0]: s[1:] for s in _subjects(text, "2023-01-20")}
    assert found == expected


# -- a country named only as a partner is not the owner of the other flows ----------------------
@pytest.mark.parametrize(
    ("text", "date", "surface"),
    [
        # fact-check style: the reporter is never named, so it stays unknown (not China)
        (
            "The $310 billion goods deficit, offset in part by a $41 billion services surplus, "
            "left a $269 billion overall deficit with China in 2019.",
            "2020-03-10",
            "$310 billion",
        ),
        # wire
        (
            "Exports rose 4 percent while imports from Vietnam fell 2 percent in March.",
            "2024-04-20",
            "4 percent",
        ),
        # think-tank
        (
            "A services surplus of $8 billion trimmed the deficit with Japan to $62 billion last "
            "year.",
            "2024-02-10",
            "$8 billion",
        ),
        # the partner of the sentence before
        (
            "Imports from Vietnam fell 2 percent in March. Exports rose 4 percent.",
            "2024-04-20",
            "4 percent",
        ),
    ],
)
def test_a_country_named_only_as_partner_is_not_the_owner(text, date, surface) -> None:
    reporter, partner, _, verdict = _one(text, date, surface)
    assert (reporter, partner) == (None, None)
    assert verdict == "unverifiable"


# -- after a China–North Korea sentence, a figure of China with another partner ------------------
@pytest.mark.parametrize(
    ("second", "surface", "partner"),
    [
        ("Its exports to the European Union fell 3 percent.", "3 percent", "CT97"),
        ("Shipments to ASEAN slipped 3 percent.", "3 percent", "CT975"),
        ("Exports to Russia fell 3 percent.", "3 percent", "RUS"),
        ("Sales to Kazakhstan, by contrast, climbed 12 percent.", "12 percent", "KAZ"),
    ],
)
def test_another_partner_after_the_pair_is_not_the_pair(second, surface, partner) -> None:
    # China's exports to North Korea in December 2022: $122.35 million (datasets/china_dprk.csv,
    # row monthly:451). The next figure continues China's exports, to another partner (the EU
    # and ASEAN by their area ids in datasets/codes/areas.csv).
    text = f"China's exports to North Korea rose to $122.35 million in December. {second}"
    found = {s[0]: s[1:] for s in _subjects(text, "2023-01-20")}
    assert found["$122.35 million"] == ("CHN", "PRK", "export", "correct")
    assert found[surface] == ("CHN", partner, "export", "unverifiable")


# -- after the pair, the same country's trade with the world ---------------------------------------
@pytest.mark.parametrize(
    "second",
    [
        "China's exports worldwide fell 9.9 percent.",  # wire
        "Its global exports fell 9.9 percent.",  # broadcast: "its" is China, "global" the world
        "China's total exports, by contrast, fell 9.9 percent.",  # think-tank
    ],
)
def test_the_same_country_with_the_world_after_the_pair(second) -> None:
    # row monthly:451 as above; the 9.9 percent is China's exports to the world, not to the North
    text = f"China's exports to North Korea rose to $122.35 million in December. {second}"
    found = {s[0]: s[1:] for s in _subjects(text, "2023-01-20")}
    assert found["9.9 percent"] == ("CHN", "WLD", "export", "unverifiable")


@pytest.mark.parametrize(
    "second",
    [
        "North Korea's trade with the outside world shrank 12 percent in 2022.",
        "North Korea's trade with all its partners shrank 12 percent in 2022.",
        "North Korea's trade with the whole world shrank 12 percent in 2022.",
        "North Korea's trade with the entire world shrank 12 percent in 2022.",
    ],
)
def test_the_outside_world_and_all_partners_are_the_world(second) -> None:
    text = f"China's exports to North Korea rose to $122.35 million in December. {second}"
    found = {s[0]: s[1:] for s in _subjects(text, "2023-01-20")}
    assert found["12 percent"] == ("PRK", "WLD", "total", "unverifiable")


def test_its_foreign_trade_is_with_the_world() -> None:
    # translated Korean: "its foreign trade" after the North's trade with China
    text = (
        "The North's trade with China totaled $141.48 million in December, Chinese customs said. "
        "Its foreign trade shrank 12 percent in 2022."
    )
    found = {s[0]: s[1:] for s in _subjects(text, "2023-01-20")}
    assert found["$141.48 million"] == ("CHN", "PRK", "total", "correct")  # row monthly:455
    assert found["12 percent"] == ("PRK", "WLD", "total", "unverifiable")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's trade with countries other than China fell 3 percent in 2022.",
        "North Korea's trade excluding China fell 3 percent in 2022, KOTRA estimated.",
        "Pyongyang's imports from partners apart from China rose 3 percent in 2022.",
    ],
)
def test_trade_excluding_a_country_is_not_with_it(text) -> None:
    # the rest of the world, which no data here holds: never checked against China's figures
    ((_, reporter, partner, _, verdict),) = _subjects(text, "2023-07-20")
    assert (reporter, partner, verdict) == ("PRK", None, "unverifiable")


# -- the pair named by an epithet or an apposition -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # wire: China's exports in December 2022, $122.35 million (row monthly:451)
        (
            "North Korea's top trading partner, China, sold it $122.35 million of goods in "
            "December.",
            "$122.35 million",
            ("CHN", "PRK", "export", "correct"),
        ),
        # think-tank: the apposition names a country itself
        (
            "China, the North's main economic partner, sold it goods worth $122.35 million in "
            "December.",
            "$122.35 million",
            ("CHN", "PRK", "export", "correct"),
        ),
        # translated Korean: China's imports, $19.13 million (row monthly:453)
        (
            "In December, Pyongyang's benefactor, China, bought $19.13 million of its goods.",
            "$19.13 million",
            ("CHN", "PRK", "import", "correct"),
        ),
        # broadcast: the pair's trade, $141.48 million (row monthly:455)
        (
            "Trade between China and its isolated neighbour reached $141.48 million in December.",
            "$141.48 million",
            ("CHN", "PRK", "total", "correct"),
        ),
    ],
)
def test_the_pair_named_by_epithet_or_apposition(text, surface, expected) -> None:
    assert _one(text, "2023-01-20", surface) == expected


def test_bilateral_trade_with_china_customs_as_source_stays_the_pair() -> None:
    # "bilateral" names the pair; the agency does not turn it into China's world trade
    # (China–North Korea trade in December 2022: $141.48 million, row monthly:455)
    text = (
        "Bilateral trade reached $141.48 million in December, the General Administration of "
        "Customs said."
    )
    assert _one(text, "2023-01-20", "$141.48 million") == ("CHN", "PRK", "total", "correct")


# -- North Korea publishes no trade statistics: its trade is seen from the partner ---------------
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # wire
        (
            "North Korea's exports to Russia rose to $5.2 million in 2023.",
            "$5.2 million",
            ("RUS", "PRK", "import"),
        ),
        # broadcast
        (
            "Pyongyang's imports from Moscow jumped 40 percent in 2023.",
            "40 percent",
            ("RUS", "PRK", "export"),
        ),
        # translated Chinese
        (
            "DPRK-ROK trade amounted to only 1.6 million dollars in 2022.",
            "1.6 million dollars",
            ("KOR", "PRK", "total"),
        ),
    ],
)
def test_north_korea_trade_is_seen_from_its_partner(text, surface, expected) -> None:
    assert _one(text, "2024-03-01", surface) == (*expected, "unverifiable")


def test_after_another_pair_the_pair_partner_is_read_from_the_pair() -> None:
    # a US–China figure between two China–North Korea ones: "imports from the North" are
    # China's again (rows monthly:451 and :453), not the United States'
    text = (
        "China's exports to North Korea rose to $122.35 million in December. Meanwhile, the U.S. "
        "trade deficit with China narrowed to $30 billion. Imports from the North were $19.13 "
        "million."
    )
    found = {s[0]: s[1:] for s in _subjects(text, "2023-01-20")}
    assert found["$122.35 million"] == ("CHN", "PRK", "export", "correct")
    assert found["$30 billion"] == ("USA", "CHN", "balance", "unverifiable")
    assert found["$19.13 million"] == ("CHN", "PRK", "import", "correct")


@pytest.mark.parametrize(
    ("text", "surface", "reporter", "partner"),
    [
        # an epithet names the United States
        (
            "Chinese exports to the world's largest economy fell 13 percent in 2023.",
            "13 percent",
            "CHN",
            "USA",
        ),
        # an epithet of a neighbour outside the pair: the partner is left unknown, not the world
        (
            "Mongolia's exports to its southern neighbour rose 30 percent in 2023.",
            "30 percent",
            "MNG",
            None,
        ),
    ],
)
def test_a_partner_named_by_epithet(text, surface, reporter, partner) -> None:
    assert _one(text, "2024-02-08", surface)[1:] == (partner, "export", "unverifiable")
    assert _one(text, "2024-02-08", surface)[0] == reporter


def test_other_pairs_read_in_words_for_a_person() -> None:
    # the text renderer names countries and groupings, never their codes or a placeholder
    from tradestats.check.render import to_text

    text = (
        "Mongolia's exports to its southern neighbour rose 30 percent in 2023. Chinese shipments "
        "to the European Union fell 3 percent in 2023. North Korea's trade with countries other "
        "than China fell 3 percent in 2023."
    )
    out = to_text(check_text(text, date="2024-02-08"), text)
    assert "Mongolia's exports to an unnamed country" in out
    assert "China's exports to European Union" in out
    assert "between North Korea and an unnamed country" in out
    for token in ("CT97", "MNG", "None", "?"):
        assert token not in out, token


# -- "the other way": the flow opposite to the level just stated, in its period ---------------------
# Rows of datasets/china_dprk.csv: May 2016 export $239.3m (monthly:35), import $175.6m
# (monthly:37); July 2016 export $194m (monthly:43), import $227m (monthly:47); 2024 export
# $1.83bn (annual:213), import $350m (annual:215).
OTHER_WAY = [
    (
        "2016-06-30",
        "China sold $239.3 million of goods to North Korea in May 2016; goods travelling in the "
        "opposite direction were worth $175.6 million.",
        [("$239.3 million", "export"), ("$175.6 million", "import")],
        "2016-05/2016-05",
    ),
    (
        "2016-08-30",
        "North Korea's shipments to China reached $227 million in July 2016, compared with "
        "$194 million going the other way.",
        [("$227 million", "import"), ("$194 million", "export")],
        "2016-07/2016-07",
    ),
    (
        "2025-03-01",
        "Everything Beijing sold the North in 2024 came to $1.83 billion, set against a mere "
        "$350 million headed the other way.",
        [("$1.83 billion", "export"), ("$350 million", "import")],
        "2024-01/2024-12",
    ),
    # March 2021: import $1,308,000 (monthly:337), export $12,978,000 (monthly:332)
    (
        "2021-04-20",
        "In March 2021 North Korea sold China goods worth just $1.31 million, against $12.98 "
        "million coming the other way.",
        [("$1.31 million", "import"), ("$12.98 million", "export")],
        "2021-03/2021-03",
    ),
]


@pytest.mark.parametrize(
    ("date", "text", "flows", "period"), OTHER_WAY, ids=[t[1][:40] for t in OTHER_WAY]
)
def test_the_other_way_is_the_opposite_flow(date, text, flows, period) -> None:
    r = check_text(text, date=date)
    assert list(zip(r["surface"], r["flow"], strict=True)) == flows
    assert set(r["reporter"] + r["partner"]) == {"CHNPRK"}
    assert set(r["period"].astype(str)) == {period}
    assert r["base"].isna().all()  # "against $Y the other way" is no base of a change
    assert r["verdict"].tolist() == ["correct", "correct"]


# -- "the isolated country", "the impoverished nation": the other country of the pair -------------
# July 2016 export $194m (monthly:43), import $227m (monthly:47); May 2016 import $175.6m
# (monthly:37), datasets/china_dprk.csv.
EPITHET_PARTNERS = [
    (
        "2016-06-30",
        "China's imports from the impoverished nation totalled $175.6 million in May 2016.",
        "$175.6 million",
        ("CHN", "PRK", "import", "correct"),
    ),
    (
        "2016-08-30",
        "Beijing bought $227 million of goods from the isolated nation in July 2016.",
        "$227 million",
        ("CHN", "PRK", "import", "correct"),
    ),
    (
        "2016-08-30",
        "China published its July 2016 trade figures by country on Tuesday. Its exports to the "
        "reclusive state came to $194 million.",
        "$194 million",
        ("CHN", "PRK", "export", "correct"),
    ),
    (
        # not a country of the pair: the partner stays unnamed, so nothing to check
        "2016-08-30",
        "Mongolia's exports to the isolated country came to $5 million in July 2016.",
        "$5 million",
        ("MNG", None, "export", "unverifiable"),
    ),
]


@pytest.mark.parametrize(
    ("date", "text", "surface", "want"),
    EPITHET_PARTNERS,
    ids=[t[1][:40] for t in EPITHET_PARTNERS],
)
def test_an_epithet_noun_is_the_other_country_of_the_pair(date, text, surface, want) -> None:
    assert _one(text, date, surface) == want


# -- an owner's "sales" and "purchases", and an owner's figure with its flow after it -------------
@pytest.mark.parametrize(
    ("text", "date", "surface", "expected"),
    [
        # imports Oct 2023 $24.82m (monthly:506): the North's own sales are China's imports
        (
            "North Korea's purchases from China eased in October 2023, while its own sales "
            "slipped to $24.8 million.",
            "2023-11-20",
            "$24.8 million",
            ("CHN", "PRK", "import", "correct"),
        ),
        # exports Oct 2023 $167.6m (monthly:501): Pyongyang's purchases are China's exports
        (
            "Pyongyang's purchases came to $167.6 million in October 2023, Chinese customs said.",
            "2023-11-20",
            "$167.6 million",
            ("CHN", "PRK", "export", "correct"),
        ),
        # China's trade with the world, written as the owner's figure "in total exports"
        (
            "Exports to North Korea rose in 2023, a sliver of China's $3.38 trillion in total "
            "exports.",
            "2024-01-20",
            "$3.38 trillion",
            ("CHN", "WLD", "export", "unverifiable"),
        ),
        (
            "Trade with the North reached $2.3 billion, a rounding error beside Beijing's $5.9 "
            "trillion in overall goods trade.",
            "2024-01-20",
            "$5.9 trillion",
            ("CHN", "WLD", "total", "unverifiable"),
        ),
    ],
)
def test_an_owners_sales_and_figures(text, date, surface, expected) -> None:
    assert _one(text, date, surface) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # total trade 2023 $2,295.38m (annual:205) / 2022 $1,027.72m (annual:189) = 2.23 times
        (
            "China-Russia trade up 26.3% in 2023; North Korea trade more than doubles",
            ("CHN", "PRK", "total", "correct"),
        ),
        (
            "Headline: China–Japan trade slips in 2023, DPRK trade more than doubled",
            ("CHN", "PRK", "total", "correct"),
        ),
    ],
)
def test_a_list_of_one_reporters_partners(text, expected) -> None:
    (doubled,) = [s for s in _subjects(text, "2024-01-20") if s[0].startswith("doubl")]
    assert doubled[1:] == expected


def test_a_possessive_country_keeps_its_own_trade() -> None:
    # "North Korea's trade" after a China–US clause is the North's own, not China's with it
    subjects = _subjects(
        "China-US trade fell 11.6% in 2023; North Korea's total trade more than doubled",
        "2024-01-20",
    )
    assert [s[1:3] for s in subjects if s[0].startswith("doubl")] == [("PRK", "WLD")]


@pytest.mark.parametrize(
    "text",
    [
        "China-DPRK trade, 2023 at a glance. Total: $2.30bn (exports $2.00bn; imports $0.29bn).",
        "China-DPRK trade, 2023 at a glance. Total 2023: $2,30bn (exports $2,00bn; imports $0,29bn).",
    ],
)
def test_a_flow_in_brackets_after_a_total_names_its_parts(text: str) -> None:
    got = {
        r.surface: (r.flow, r.period, r.verdict)
        for r in check_text(text, date="2024-02-05").itertuples()
    }
    # annual:205 total 2023 $2,295.38m; annual:197 exports $2,003.5m; annual:200 imports $291.89m
    assert [v[0] for v in got.values()] == ["total", "export", "import"]
    assert all(v[1:] == ("2023-01/2023-12", "correct") for v in got.values())


# -- the country that records the trade, as the subject of "reported" ---------------------------
@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        # a second reporter in a second clause, an aside between it and its verb
        (
            "Chinese exports to North Korea came to $1.83 billion in 2024, whereas Russia, for "
            "all the summitry, recorded only $20 million of trade with Pyongyang.",
            "$20 million",
            ("RUS", "PRK", "total"),
        ),
        (
            "Japan logged $3 million of imports from the North that year.",
            "$3 million",
            ("JPN", "PRK", "import"),
        ),
    ],
)
def test_the_subject_of_a_verb_of_recording_reports_the_trade(text, surface, want) -> None:
    assert _one(text, "2025-02-01", surface)[:3] == want


def test_unowned_two_way_trade_is_the_last_pair_named_before_it() -> None:
    # total Jan–Jul 2024 $1,110m (datasets/china_dprk.csv, ytd:203)
    text = (
        "After a week of talks between Moscow and Pyongyang, China stayed the North's biggest "
        "customer: two-way trade in the first seven months of 2024 came to $1.11 billion."
    )
    assert _one(text, "2024-08-25", "$1.11 billion") == ("CHN", "PRK", "total", "correct")
    # only the Russian pair named before it: Russia's and the North's trade
    text = (
        "Despite talks between Moscow and Pyongyang, two-way trade in the first seven months of "
        "2024 came to $1.11 billion."
    )
    assert _one(text, "2024-08-25", "$1.11 billion")[:2] == ("RUS", "PRK")


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        # an outlet named for a country: "Voice of America" is no trading country
        (
            "Voice of America's Korean desk went through the latest Chinese customs numbers. "
            "Trade in March came to $214.5 million.",
            "$214.5 million",
            ("CHN", "PRK", "total", "correct"),
        ),
        # an event named for its host city: "the Hanoi summit" is no trading country
        (
            "Chinese customs figures were scoured after the Hanoi summit. Trade in March came to "
            "$214.5 million.",
            "$214.5 million",
            ("CHN", "PRK", "total", "correct"),
        ),
    ],
)
def test_an_outlet_or_event_named_for_a_country_is_no_subject(text, surface, want) -> None:
    # March 2019: total $214,507,000 (datasets/china_dprk.csv, monthly:203)
    assert _one(text, "2019-04-25", surface) == want


def test_a_country_named_only_as_the_customs_source_leaves_the_data_pair() -> None:
    # the one country named is the publisher of the figures ("Chinese customs"): an unowned
    # "trade" is the pair of the data checked, not China's trade with the world (March 2019
    # total $214,507,000, datasets/china_dprk.csv, monthly:203)
    text = (
        "A monitoring newsletter went through the latest Chinese customs figures. Trade in March "
        "came to $214.5 million."
    )
    assert _one(text, "2019-04-25", "$214.5 million") == ("CHN", "PRK", "total", "correct")


def test_nk_in_a_headline_is_north_korea() -> None:
    # "NK exports" are North Korea's, China's imports (March 2021: total $14,285,000, imports
    # $1,308,000; datasets/china_dprk.csv, monthly:343 and monthly:337)
    text = "NK-China March trade USD 14.29 mln; NK exports USD 1.31 mln"
    assert _one(text, "2021-04-20", "USD 1.31 mln") == ("CHN", "PRK", "import", "correct")
    assert _one(text, "2021-04-20", "USD 14.29 mln") == ("CHN", "PRK", "total", "correct")


def test_outlets_named_for_a_country_name_none() -> None:
    from tradestats.check.sentence import _countries

    text = "Daily NK and NK News both cited NK exports to China, as did the Voice of America."
    assert [c[2] for c in _countries(text)] == ["PRK", "CHN"]


def test_a_source_the_figure_is_set_against_is_not_its_source() -> None:
    # the figure is KITA's; "the Chinese customs figure" is what it is compared with. China
    # customs gives $260,165,000 for 2021 exports (annual:171): a source mismatch is ambiguous
    # (semantics.md §1.6), never "wrong" against the customs series
    text = (
        "KITA put China's exports to North Korea in 2021 at $270 million, more than the Chinese "
        "customs figure of the same year."
    )
    claims, _ = extract_claims(text, date="2022-07-01")
    assert [(c.surface, c.source) for c in claims] == [("$270 million", "KITA")]
    assert check_text(text, date="2022-07-01")["verdict"].tolist() == ["ambiguous"]


# -- "turnover", "two-way business": the two flows together, as trade reports call them -----
@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # total trade Aug 2023 $191,129,000 and +5.2% on July (datasets/china_dprk.csv,
        # monthly:489/490)
        (
            "Sino-North Korean turnover reached $191.13 million in August 2023, a 5.2 "
            "percent rise on July.",
            "2023-09-20",
            [
                ("$191.13 million", "CHN", "PRK", "total", "correct"),
                ("5.2 percent", "CHN", "PRK", "total", "correct"),
            ],
        ),
        # total trade May 2022 $20.31 million (datasets/china_dprk.csv, monthly:423)
        (
            "Turnover between Beijing and Pyongyang sank to $20.31 million in May 2022.",
            "2022-06-20",
            [("$20.31 million", "CHN", "PRK", "total", "correct")],
        ),
        # total trade 2012 $5,932 million (datasets/china_dprk.csv, annual:63)
        (
            "Bilateral business between Beijing and Pyongyang came to $5.93 billion in 2012.",
            "2013-02-01",
            [("$5.93 billion", "CHN", "PRK", "total", "correct")],
        ),
    ],
)
def test_turnover_is_the_two_way_trade(text, date, want) -> None:
    assert _subjects(text, date) == want


def test_a_staff_or_tax_turnover_is_no_flow() -> None:
    from tradestats.check import vocabulary as V

    assert V.FLOW.search("Trade turnover with the North rose.").lastgroup == "total"
    assert V.FLOW.search("Staff turnover at the mission rose.") is None
    assert V.FLOW.search("The turnover tax was cut.") is None
    assert V.FLOW.search("Leadership turnover hit 40 percent.") is None
    assert V.FLOW.search("Port turnover rose 12 percent to 5 million tonnes.") is None


@pytest.mark.parametrize(
    "text",
    [
        "The turnover of Central Committee members in North Korea reached 40 percent in 2021.",
        "Leadership turnover in Pyongyang hit 40 percent in 2021, analysts said.",
        "Dandong's port turnover rose 12 percent to 5 million tonnes in 2019.",
    ],
)
def test_a_turnover_of_people_or_cargo_is_no_trade_claim(text) -> None:
    assert check_text(text, date="2022-02-01").empty


# -- flows named by sentence shape: a new subject before a second from–to pair, goods "coming the
# other way", "sales by" a country's firms, a gerund of buying in a headline --------------------
@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # exports 2021 $260.165m (annual:171), 2022 $894.04m (annual:181); imports 2021
        # $57.874m (annual:173), 2022 $133.68m (annual:186)
        (
            "Exports to North Korea rose from $260.2 million in 2021 to $894 million in 2022, "
            "while imports from the North climbed from $57.9 million to $133.7 million.",
            "2023-02-01",
            [
                ("$260.2 million", "CHN", "PRK", "export", "correct"),
                ("$894 million", "CHN", "PRK", "export", "correct"),
                ("$57.9 million", "CHN", "PRK", "import", "correct"),
                ("$133.7 million", "CHN", "PRK", "import", "correct"),
            ],
        ),
        (
            "In 2022, $894 million of Chinese goods crossed into North Korea, against $133.7 "
            "million of North Korean goods coming the other way.",
            "2023-02-01",
            [
                ("$894 million", "CHN", "PRK", "export", "correct"),
                ("$133.7 million", "CHN", "PRK", "import", "correct"),
            ],
        ),
        (
            "Sales by North Korean suppliers to China reached $133.7 million in 2022.",
            "2023-02-01",
            [("$133.7 million", "CHN", "PRK", "import", "correct")],
        ),
        # imports Jan–Jul 2024 $198m, +24% (ytd:202)
        (
            "China's Jan–Jul buying from N. Korea: $198 million, up 24%",
            "2024-08-25",
            [
                ("$198 million", "CHN", "PRK", "import", "correct"),
                ("24%", "CHN", "PRK", "import", "correct"),
            ],
        ),
    ],
)
def test_flows_named_by_the_shape_of_the_sentence(text, date, want) -> None:
    assert _subjects(text, date) == want


@pytest.mark.parametrize(
    ("text", "date", "period", "verdict"),
    [
        # Nov 2023 total $224.3m (monthly:518)
        (
            "Cross-border trade with North Korea picked up. November's total of $224.3 million "
            "was cited by the ministry.",
            "2023-12-28",
            "2023-11/2023-11",
            "correct",
        ),
        # 2022 total $1,027.72m (annual:189): "$1.2 billion" is wrong
        (
            "China's trade with the DPRK recovered slowly. 2022's total was $1.2 billion, the "
            "report notes.",
            "2023-05-02",
            "2022-01/2022-12",
            "wrong",
        ),
    ],
)
def test_a_periods_total_is_the_pairs_trade(text, date, period, verdict) -> None:
    # "October's total of $X", "2022's total was $X": both flows of the pair summed
    r = check_text(text, date=date)
    assert r[["kind", "flow", "period", "verdict"]].values.tolist() == [
        ["level", "total", period, verdict]
    ]


def test_bilateral_trade_after_a_country_s_world_trade_is_the_pair_s() -> None:
    # total 2019 $2,789.01m (annual:139, "about" 27억8천901만 달러): the pair's trade, not the
    # North's trade with the world named in the sentence before
    got = _subjects(
        "Chinese customs data cover most of Pyongyang's foreign commerce. Bilateral trade in 2019 "
        "came to $2.79 billion.",
        "2020-03-01",
    )
    assert got == [("$2.79 billion", "CHN", "PRK", "total", "correct")]


def test_an_agency_reporting_a_sentence_s_series_is_not_its_owner() -> None:
    # Jan–Jun 2019: exports $1.14bn (ytd:138), imports $108.4m (ytd:139); the South Korean
    # ministry only relays China's figures, the second clause goes on with China's series
    got = _subjects(
        "In the first half of 2019 China's exports to North Korea came to $1.14 billion while "
        "imports from the North reached $108.4 million, a report by the South Korean unification "
        "ministry said.",
        "2019-08-01",
    )
    assert got == [
        ("$1.14 billion", "CHN", "PRK", "export", "correct"),
        ("$108.4 million", "CHN", "PRK", "import", "correct"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "China is North Korea's main market. Seen from the North Korean side, exports to its "
        "neighbour came to US$133.7 million in 2022.",
        "Looked at from the standpoint of the DPRK, exports to its big neighbour came to "
        "US$133.7 million in 2022.",
    ],
)
def test_a_flow_seen_from_a_country_s_side_is_that_country_s(text) -> None:
    # imports 2022 $133.68m (annual:186): North Korea's exports to China are China's imports
    assert _subjects(text, "2023-03-01") == [
        ("US$133.7 million", "CHN", "PRK", "import", "correct")
    ]
