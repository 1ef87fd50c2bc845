"""Words for months and numbers, shared by the period parser, the claim extractor and the
sentences reports write. Lower-case keys; values are month numbers or integers."""

from __future__ import annotations

__all__ = [
    "CARDINALS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTHS",
    "ORDINALS",
    "ZERO_DIGITS",
    "number_word",
]

#: January … December, as written in sentences.
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
#: Jan … Dec.
MONTH_ABBREVIATIONS = [name[:3] for name in MONTH_NAMES]
#: Every way of writing a month that tradestats reads: "january", "jan", "sept" → 1, 1, 9.
MONTHS: dict[str, int] = (
    {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
    | {abbr.lower(): i for i, abbr in enumerate(MONTH_ABBREVIATIONS, 1)}
    | {"sept": 9}
)
#: zero … twenty, and the tens to ninety.
CARDINALS: dict[str, int] = {
    **{
        word: n
        for n, word in enumerate(
            [
                "zero",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
                "twenty",
            ]  # fmt: skip
        )
    },
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: The digit zero as read aloud after a decimal point: "forty-one-point-oh-two" is 41.02,
#: "one-point-nought-three" 1.03 (only there: "oh" is no number anywhere else).
ZERO_DIGITS: tuple[str, ...] = ("oh", "o", "nought", "naught")
#: first … twelfth.
ORDINALS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
        ],  # fmt: skip
        1,
    )
}


def number_word(word: str) -> int | None:
    """A small whole number written in digits or words ("7", "seven", "seventh"), else None."""
    w = word.strip().lower()
    if w.isascii() and w.isdigit():  # not "²" or "١٢": str.isdigit accepts them, int() may not
        return int(w) if len(w.lstrip("0")) <= 9 else None
    return CARDINALS.get(w, ORDINALS.get(w))
