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
