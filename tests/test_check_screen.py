"""Literal screens (tradestats/check/screen.py): a screened pattern finds exactly what the
pattern finds, on the labelled sentences and on texts built to come near its literals."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradestats.check import dates
from tradestats.check import vocabulary as V
from tradestats.check.screen import Screened, ScreenGroup, fold, required_literals

CLAIMS = Path(__file__).resolve().parents[1] / "benchmarks" / "claims"
SCREENED = [name for name in dir(V) if isinstance(getattr(V, name), Screened)]


def _sentences() -> list[str]:
    out = []
    for name in ("suite.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl"):
        for line in (CLAIMS / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            out += [item["sentence"], item.get("context") or ""]
    return out


SENTENCES = _sentences()


def _spans(found: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in found]  # type: ignore[attr-defined]


def test_the_hot_vocabulary_patterns_are_screened() -> None:
    # the patterns every sentence meets (flow words, sources, review marks, superlatives)
    assert {"TRADE_WORD", "FLOW", "SOURCE", "REVIEW", "SUPERLATIVE", "BILATERAL"} <= set(SCREENED)


@pytest.mark.parametrize("name", SCREENED)
def test_a_screened_pattern_finds_what_the_pattern_finds(name: str) -> None:
    screened = getattr(V, name)
    assert screened.keys, f"{name} screens for nothing"
    assert all(screened.keys), f"{name} has an alternative that requires nothing"
    for text in SENTENCES:
        assert _spans(screened.finditer(text)) == _spans(screened.regex.finditer(text))
        window = (len(text) // 3, 2 * len(text) // 3)
        a, b = screened.search(text, *window), screened.regex.search(text, *window)
        assert (a and a.span()) == (b and b.span())


def _skipped_finds_nothing(text: str) -> None:
    """A period pattern skipped on ``text`` finds no mention there: no match at all, or (for
    the kinds screened by what :func:`dates.month_number` reads) none that counts."""
    for (pattern, kind), possible in zip(dates._PATTERNS, dates._SCREENS.candidates(text)):
        if not possible:
            found = [dates._mention(m, kind) for m in pattern.finditer(text)]
            assert not any(found), (kind, text)
            if kind not in dates._NEEDS_A_MONTH:
                assert not found, (kind, text)


def test_the_period_group_skips_only_patterns_that_cannot_match() -> None:
    # a screen with no alternative would skip its pattern on every text
    assert all(s.keys is None or len(s.keys) for s in dates._SCREENS.screens)
    for text in SENTENCES:
        _skipped_finds_nothing(text)


def test_every_month_word_read_holds_a_piece_of_the_month_screen() -> None:
    # month_number reads a name, an abbreviation, or a name of 6+ letters with one letter
    # wrong; every one-letter slip of every long name that it reads holds a screened piece
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = set(dates.MONTHS)
    for name in dates._MONTHS:
        if len(name) < 6:
            continue
        for j in range(len(name) + 1):
            words |= {name[:j] + c + name[j:] for c in letters}  # a letter too many
            if j < len(name):
                words.add(name[:j] + name[j + 1 :])  # a letter missing
                words |= {name[:j] + c + name[j + 1 :] for c in letters}  # a letter wrong
    read = [w for w in words if dates.month_number(w.capitalize())]
    assert len(read) > 2000
    for w in read:
        assert any(piece in w for piece in dates._MONTH_PIECES), w


def test_literals_are_taken_only_where_the_pattern_requires_them() -> None:
    def screen(p: str, flags: int = re.I) -> set[tuple[str, ...]] | None:
        found = required_literals(re.compile(p, flags))
        return None if found is None else {tuple(sorted(a)) for a in found}

    assert screen(r"\b(?:trade[sd]?|exports?)\b") == {("trade",), ("export",)}
    assert screen(r"(?:the\s+)?total") == {("total",)}  # an optional word is not required
    assert screen(r"a?b?") is None  # nothing is required
    assert screen(r"(?!import)\w+") is None  # a negative look-ahead requires nothing
    assert screen(r"x{0,3}y") == {("y",)}  # a repeat that may occur zero times requires nothing
    # every string of one alternative is required: "trade" and "map", or "customs"
    assert screen(r"\btrade\s*map\b|\bcustoms\b") == {("map", "trade"), ("customs",)}
    # whitespace is one space in the screened text: "trade map", and "trade map" on a new line
    assert screen(r"\btrade\s+map\b|\bcustoms\b") == {("trade map",), ("customs",)}
    assert Screened(re.compile(r"\btrade\s+map\b", re.I)).search("Trade\n\t Map") is not None
    assert screen(r"year[ \t]to[ \t]date") == {("year to date",)}
    # a cased non-ASCII letter is never a literal: "ß" breaks the run
    assert screen(r"Stra(?i:ß)e", 0) == {("e", "stra")}
    # an alternative that implies another adds nothing: "exported" holds "export"
    assert screen(r"\bexport(?:ed)?\b|\bexported\b") == {("export",)}
    # of two alternatives that imply each other one stays ("and" holds "a" and "d")
    assert screen(r"[ad]\w*\band\b") in ({("a", "and")}, {("and", "d")})
    # a run of literals and small classes is spelled out: "Q1" … "H4"
    assert screen(r"\b[QH][1-4]\b", 0) == {(c + n,) for c in "qh" for n in "1234"}


def test_case_insensitive_equivalents_arefolded() -> None:
    # Python's case-insensitive matching equates these with ASCII letters ("ſ" with s): the
    # screen must not skip a text that the pattern matches through one of them
    rx = Screened(re.compile(r"\bexports?\b", re.I))
    for text in ("EXPORTS", "Exportſ", "exports", "EXPORTſ"):
        assert rx.search(text) is not None and rx.regex.search(text) is not None
    # every code point the engine reads as an ASCII letter is folded to it by fold()
    letters = re.compile(r"[a-z]", re.I)
    for code in range(0x80, sys.maxunicode + 1):
        ch = chr(code)
        if letters.fullmatch(ch):
            # "İ" lower-cases to "i" and a combining dot, which still holds the i
            assert fold(ch)[:1] == ch.lower()[:1].translate({0x131: "i", 0x17F: "s"}), hex(code)
            assert fold(ch)[:1].isascii(), hex(code)


# pieces that come near the literals: the words, their halves, case and folded letters
_PIECES = st.sampled_from(
    [
        "trade",
        "Trad",
        "EXPORT",
        "ex-port",
        "import",
        "imp",
        "customs",
        "KITA",
        "kotra",
        "surplus",
        "deficit",
        "the two countries",
        "bilateral",
        "highest since",
        "record low",
        "respectively",
        "in that order",
        "between",
        "the same period",
        "first half",
        "Q1",
        "H2",
        "January-March",
        "Jan.",
        "Febuary",
        "Novmber",
        "Moon",
        "North",
        "Octber",
        "2019",
        "last year",
        " ",
        ", ",
        ".",
        ":",
        "*",
        "[",
        "]",
        "\n",
        "ſ",
        "ı",
        "\u212a",
        "$12.5 million",
        "the text says:",
        "what customs published:",
        "—wrong.",
        "\n",
        "\t",
        "  ",
        "\u00a0",
        "\u2009",
        "total trade",
        "so it is right",
        "year to date",
        "in the same period",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12).map("".join))
def test_screens_agree_with_their_patterns_on_built_texts(text: str) -> None:
    for name in SCREENED:
        screened = getattr(V, name)
        assert _spans(screened.finditer(text)) == _spans(screened.regex.finditer(text)), name
    _skipped_finds_nothing(text)


def test_a_group_screens_each_pattern_by_its_own_literals() -> None:
    group = ScreenGroup([re.compile(r"\bquarter\b", re.I), re.compile(r"\d+ percent")])
    assert group.candidates("in the first Quarter") == [True, False]
    assert group.candidates("up 12 PERCENT") == [False, True]
    assert group.candidates("a quarter, 12 percent") == [True, True]
