"""The mention stage, numbers: every written form of a figure becomes one exact quantity.

The sentences are the project's own; the expected value of each is the number its words say.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tradestats.check.quantities import find_quantities, find_unit_caption, parse_number


def _one(text: str) -> tuple[str, str, str, str | None]:
    found = find_quantities(text)
    assert len(found) == 1, [q.surface for q in found]
    q = found[0]
    return q.surface, q.value_text(), q.unit, q.currency


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # hundreds joined by "and", hyphenated tens (the whole number, not its last two words)
        (
            "Two-way trade sank to five hundred and sixty-two million dollars that year.",
            "five hundred and sixty-two million dollars",
            "562000000",
        ),
        (
            "The North bought goods worth three hundred and four million U.S. dollars.",
            "three hundred and four million U.S. dollars",
            "304000000",
        ),
        ("Shipments reached two hundred eighteen million dollars.", None, "218000000"),
        ("a hundred million dollars' worth of rice", "a hundred million dollars", "100000000"),
        # thousands inside a spelled number
        ("an order of one thousand four hundred million yuan", None, "1400000000"),
        ("fines of two thousand and fifty dollars", None, "2050"),
        # spelled decimals after a spelled whole number
        ("exports of four hundred and six point nine million dollars", None, "406900000"),
        ("imports of one-point-seven-five billion dollars", None, "1750000000"),
        # fractions of a scale word
        ("a little under half a billion dollars in all", "half a billion dollars", "500000000"),
        ("some half a million yuan of seafood", "half a million yuan", "500000"),
        ("about a quarter of a million dollars", "a quarter of a million dollars", "250000"),
        ("three-quarters of a billion dollars", "three-quarters of a billion dollars", "750000000"),
        ("nearly a billion dollars of crude", "a billion dollars", "1000000000"),
        # mixed scales, digits and words
        ("two billion-75 million dollars", "two billion-75 million dollars", "2075000000"),
        ("US$1.5 billion", "US$1.5 billion", "1500000000"),
    ],
)
def test_money_written_out(text: str, surface: str | None, value: str) -> None:
    got_surface, got_value, unit, currency = _one(text)
    assert got_value == value
    assert unit == "money" and currency in ("USD", "CNY")
    if surface is not None:
        assert got_surface == surface


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("up 41 pc on the year", "41"),
        ("a 12.5pc fall", "12.5"),
        ("down 37 per cent", "37"),
        ("one hundred and twelve percent higher", "112"),
        ("sixty-point-four percent lower", "60.4"),
    ],
)
def test_percentages_in_every_spelling(text: str, value: str) -> None:
    _, got, unit, _ = _one(text)
    assert (got, unit) == (value, "percent")


@pytest.mark.parametrize(
    "text",
    [
        "a billion-dollar port project",  # an adjective, not a figure
        "twelve and fifteen",  # two numbers, no unit
        "the same half of 2021",  # a period, not a share
        "in the first half of 2021",
        "one of the billion people",
    ],
)
def test_not_quantities(text: str) -> None:
    assert [q.surface for q in find_quantities(text)] == []


def test_list_of_spelled_percentages_keeps_both() -> None:
    """ "and" joins two numbers here, not the parts of one."""
    found = find_quantities("rises of twelve and fifteen percent")
    assert [q.value_text() for q in found] == ["15"]


def test_point_one_is_not_a_million_on_its_own() -> None:
    # "point-one million dollars" must stay one figure, 172.1 million
    assert _one("a surplus of 172-point-one million dollars")[1] == "172100000"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("539.06", Decimal("539.06")),
        ("1,027.27", Decimal("1027.27")),
        ("five hundred and thirty-nine", Decimal(539)),
        ("nine thousand and ninety", Decimal(9090)),
        ("two-hundred-57", Decimal(257)),
        ("one-and-a-half", Decimal("1.5")),
    ],
)
def test_parse_number(text: str, value: Decimal) -> None:
    """Table cells and spoken numbers parse exactly (the number side of a table)."""
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["twenty thirty", "five six", "hundred", "seven and"])
def test_parse_number_rejects_word_salad(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "a nation of some 25 million people",
        "about 1.2 million tons of coal",
        "nearly 3 billion barrels",
    ],
)
def test_counts_are_not_money(text: str) -> None:
    assert find_quantities(text) == []


def test_bare_scaled_figure_is_still_money() -> None:
    # a figure with a scale word and nothing counted after it stays an amount
    assert _one("exports of 1.2 billion last year")[1:3] == ("1200000000", "money")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a spoken figure whose currency was said once, earlier in the sentence
        (
            "Sales climbed from nine-point-four million dollars to thirty-one-point-two million.",
            "thirty-one-point-two million",
            "31200000",
        ),
        (
            "It bought twelve million dollars' worth in March and forty-seven million in April.",
            "forty-seven million",
            "47000000",
        ),
        (
            "Imports were two-point-five billion U.S. dollars, exports one-point-nine billion.",
            "one-point-nine billion",
            "1900000000",
        ),
    ],
)
def test_spoken_scaled_figure_after_a_money_figure(text: str, surface: str, value: str) -> None:
    found = find_quantities(text)
    assert len(found) == 2, [q.surface for q in found]
    assert (found[1].surface, found[1].value_text(), found[1].unit) == (surface, value, "money")


@pytest.mark.parametrize(
    "text", ["a country of twenty-five million people", "some two-point-one million tonnes of coal"]
)
def test_spoken_counts_are_not_money(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("caption", "currency", "scale"),
    [
        ("Table 3. Trade with the DPRK, US$ million (source: customs)", "USD", 6),
        ("Figures in millions of dollars", "USD", 6),
        ("(unit: billion yuan)", "CNY", 9),
        ("USD bn", "USD", 9),
    ],
)
def test_unit_caption(caption: str, currency: str, scale: int) -> None:
    c = find_unit_caption(caption)
    assert c is not None and (c.currency, c.scale) == (currency, scale)


def test_table_cells_read_in_the_caption_unit() -> None:
    """The number side of a table written as text: each cell keeps its written decimals."""
    from tradestats.check.quantities import cell_quantity, find_unit_caption

    caption = find_unit_caption("Bilateral trade, US$ million")
    assert caption is not None
    first, second = cell_quantity("412.35", caption), cell_quantity(" 2,531.9 ", caption, offset=40)
    assert first is not None and (first.value_text(), first.decimals) == ("412350000", 2)
    assert second is not None and (second.value_text(), second.start) == ("2531900000", 41)
    assert cell_quantity("2019", caption) is not None  # a year cell is the reader's to skip
    assert cell_quantity("n/a", caption) is None
    assert cell_quantity("412.35 (est.)", caption) is None
    assert find_unit_caption("Exports fell by a third") is None


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("imports of 140 million USD", "140000000", "USD"),
        ("worth 20 million US$ in all", "20000000", "USD"),
        ("a deal of 5 billion RMB", "5000000000", "CNY"),
        ("aid of 3.5 billion KRW", "3500000000", "KRW"),
    ],
)
def test_currency_code_after_the_number(text: str, value: str, currency: str) -> None:
    _, got, unit, cur = _one(text)
    assert (got, unit, cur) == (value, "money", currency)


def test_a_spoken_hundreds_digit_needs_its_hyphen() -> None:
    # "one twenty" with a space is two numbers, not 120; "two and a half years" is a duration
    assert find_quantities("one twenty million dollars") == []
    assert [q.surface for q in find_quantities("the most in two and a half years")] == []


# -- spoken figures as broadcast scripts write them (heldout4's failures, in other words) --------
@pytest.mark.parametrize(
    ("text", "surface", "value", "decimals"),
    [
        # a zero after the point read "oh" or "nought"
        (
            "Chinese imports came to forty-one-point-oh-two million dollars last month.",
            "forty-one-point-oh-two million dollars",
            "41020000",
            2,
        ),
        ("a contract of seven-point-nought-five billion yuan", None, "7050000000", 2),
        ("Trade stood at two-point-oh billion dollars.", None, "2000000000", 1),
        ("exports of point-oh-six million dollars", None, "60000", 2),
        # two scales joined by a comma, as a script spells a long figure out
        (
            "The North's sales reached twenty-six million, four hundred and ten thousand dollars.",
            "twenty-six million, four hundred and ten thousand dollars",
            "26410000",
            2,
        ),
        ("imports: two billion, fifty million dollars in all", None, "2050000000", 2),
        # the hundreds digit read on its own before the rest, hyphened: "two-forty-five" is 245
        ("sales of two-forty-five-point-six million dollars", None, "245600000", 1),
        ("Trade that month: one-twenty million dollars.", None, "120000000", 0),
    ],
)
def test_spoken_figures_read_aloud(
    text: str, surface: str | None, value: str, decimals: int
) -> None:
    (q,) = find_quantities(text)
    assert (q.value_text(), q.decimals, q.unit) == (value, decimals, "money")
    if surface is not None:
        assert q.surface == surface


@pytest.mark.parametrize(
    ("text", "mantissa", "scale"),
    [
        # said with two scales, a figure is a decimal of the larger: "three hundred million" after
        # "two billion" is 2.3 billion (precision 0.1 billion), not 2,300 million
        ("worth two billion three hundred million dollars", "2.3", 9),
        ("one billion-75 million dollars", "1.075", 9),
        ("US$3 billion 400 million", "3.4", 9),
        ("eighteen million, five hundred thousand dollars", "18.5", 6),
    ],
)
def test_a_figure_of_two_scales_is_a_decimal_of_the_larger(
    text: str, mantissa: str, scale: int
) -> None:
    (q,) = find_quantities(text)
    assert (q.mantissa, q.scale) == (Decimal(mantissa), scale)


def test_a_comma_between_two_figures_is_a_list_not_one_figure() -> None:
    found = find_quantities("exports of $1.5 billion, 300 million dollars of it in fuel")
    assert [q.value_text() for q in found] == ["1500000000", "300000000"]
    assert [q.surface for q in find_quantities("Oh, the point is oh so clear.")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Trade with the North doubles in a year", "2"),
        ("exports to Pyongyang more than triples", "3"),
        ("China's imports nearly quadruples", "4"),
    ],
)
def test_verbal_multiples_in_the_present(text: str, value: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value_text(), q.unit, q.verbal) == (value, "times", True)


def test_a_spoken_round_figure_is_checked_at_its_spoken_precision() -> None:
    from tradestats.check.run import check_text

    # total trade 2022 $1,027.72 million (datasets/china_dprk.csv, row annual:189): "one billion
    # thirty million" is 1.03 billion, [1,025, 1,035] million, and holds on the strict tier
    r = check_text(
        "Trade between China and North Korea in 2022 was worth one billion thirty million dollars.",
        date="2023-01-20",
    ).iloc[0]
    assert (r["value"], r["verdict"], r["reading"]) == ("1030000000", "correct", "strict")
    # exports Jan-Oct 2018 $1,780 million (row ytd:125): "one billion, seven hundred and eighty
    # million" is read whole, not as "one billion" and a separate $780 million
    r = check_text(
        "In the first ten months of 2018, China's exports to the North came to one billion, "
        "seven hundred and eighty million dollars.",
        date="2018-11-24",
    )
    assert r["value"].tolist() == ["1780000000"] and r["verdict"].tolist() == ["correct"]


# -- decimal commas, as continental European tables write them ---------------------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Exports for the year: $1,78bn.", "1780000000", "money"),
        ("Imports shrank to €0,29 billion last year.", "290000000", "money"),
        ("trade of US$ 12,5 mln in the quarter", "12500000", "money"),
        ("a rise of 4,5% on the year", "4.5", "percent"),
    ],
)
def test_a_decimal_comma_before_a_scale(text: str, value: str, unit: str) -> None:
    _, got, got_unit, _ = _one(text)
    assert (got, got_unit) == (value, unit)


def test_three_digits_after_a_comma_stay_thousands() -> None:
    assert _one("Exports were $1,830 million.")[1] == "1830000000"
    # without a scale or percent sign after it, "2,18" is no decimal figure
    assert all(q.value_text() != "2.18" for q in find_quantities("pages 2,18 and 19"))


def test_a_short_scale_after_a_currency_sign_is_a_caption() -> None:
    from tradestats.check.quantities import find_unit_caption

    for text, scale in (("Exports, $m, 2019", 6), ("Trade (US$bn)", 9), ("imports in $k: 2021", 3)):
        cap = find_unit_caption(text)
        assert cap is not None and (cap.currency, cap.scale) == ("USD", scale)
    # a figure is no caption
    assert find_unit_caption("exports of $5m in May") is None


@pytest.mark.parametrize(
    "text",
    [
        "Barely one dollar in twelve of the trade was North Korean goods.",
        "A dollar out of every five went to buy Chinese rice.",
    ],
)
def test_a_dollar_in_n_is_a_rate_not_a_sum_of_money(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit == "money"] == []
