"""The word tables compiled for speed read the same as the tables written out."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tradestats.check import vocabulary as V

ROOT = Path(__file__).resolve().parents[1]


def _plain_country_pattern() -> re.Pattern[str]:
    """The country table as one alternation, in its written order (what COUNTRY must equal)."""
    return re.compile(
        r"\b(?=[^\W\d_])(?:"
        + "|".join(
            rf"(?P<{code}>(?:{pattern}){'' if code in V._WHOLE_WORD_FREE else V._WORD_END})"
            for code, pattern in V._COUNTRIES
        )
        + ")",
        re.I,
    )


def test_the_case_classes_hold_every_character_read_as_their_letter() -> None:
    # the trie's case-sensitive classes must accept what the case-insensitive table accepts
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        same = set(re.findall(letter, every, re.I))
        assert same == {letter, letter.upper(), *V._CASE_EXTRA.get(letter, "")}, letter


_NAME_PIECES = st.sampled_from(
    [
        "North Korea",
        "north korea's",
        "N. Korea",
        "NORTH KOREA",
        "the North",
        "DPRK",
        "ROK",
        "Rok",
        "UK",
        "Uk",
        "U.K.",
        "U.S.",
        "US",
        "us",
        "U.S. dollars",
        "U.A.E.",
        "the Philippines",
        "Philippines'",
        "China",
        "Chinese",
        "Beijing",
        "Seoul",
        "Norway",
        "Nepal",
        "New Delhi",
        "Türkiye",
        "TÜRKIYE",
        "\u212aorea",
        "Paki\u017ftan",
        "\u0130ndia",
        "the world",
        "Russia",
        "Ukraine",
        "UKRAINE",
        " ",
        ", ",
        "-",
        "'s",
        "x",
        "2019",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAME_PIECES, min_size=1, max_size=10).map("".join))
def test_the_country_trie_agrees_with_the_plain_table_on_built_texts(text: str) -> None:
    plain = _plain_country_pattern()
    want = [(m.start(), m.end(), m.lastgroup) for m in plain.finditer(text)]
    got = [(m.start(), m.end(), V.country_code(m)) for m in V.COUNTRY.finditer(text)]
    assert got == want


def test_the_bucketed_country_pattern_finds_what_the_plain_table_finds() -> None:
    plain = _plain_country_pattern()
    texts = [
        "North Korea's exports to China, the Philippines and the ROK; the US, U.S. dollars, "
        "Türkiye, the world, the EU and ASEAN; Pyongyang and Seoul; Hong Kong and Macao.",
    ]
    for line in (ROOT / "benchmarks" / "claims" / "suite.jsonl").read_text().splitlines():
        item = json.loads(line)
        texts += [item["sentence"], item.get("context") or ""]
    found = 0
    for text in texts:
        want = [(m.start(), m.end(), m.lastgroup) for m in plain.finditer(text)]
        got = [(m.start(), m.end(), V.country_code(m)) for m in V.COUNTRY.finditer(text)]
        assert got == want, text
        found += len(got)
    assert found > 500  # the comparison saw many names


def test_period_patterns_skipped_for_a_missing_word_would_have_found_nothing(monkeypatch) -> None:  # noqa: ANN001
    from tradestats.check import dates as D

    texts = [
        "In the same two months of 2019, between March and May, the first half, Q3'22, the year "
        "through September, two years ago, this year, the full year, 2020: the same period.",
    ]
    for line in (ROOT / "benchmarks" / "claims" / "suite.jsonl").read_text().splitlines():
        item = json.loads(line)
        texts += [item["sentence"], item.get("context") or ""]

    def spans(text: str) -> list[tuple[int, int, str]]:
        return [(p.start, p.end, p.text) for p in D.find_periods(text)]

    fast = [spans(t) for t in texts]

    class Unscreened:
        def candidates(self, text: str) -> list[bool]:
            return [True] * len(D._PATTERNS)

    monkeypatch.setattr(D, "_SCREENS", Unscreened())  # every pattern, every text
    assert [spans(t) for t in texts] == fast
    assert sum(map(len, fast)) > 400


def test_a_country_match_names_its_code_by_its_one_named_group() -> None:
    # every alternative of COUNTRY is one named group CODE__n, so the group that closes last is
    # the alternative's: country_code reads it instead of the 150-entry group dictionary
    assert all("__" in name for name in V.COUNTRY.groupindex)
    found = 0
    for line in (ROOT / "benchmarks" / "claims" / "suite.jsonl").read_text().splitlines():
        item = json.loads(line)
        for m in V.COUNTRY.finditer(item["sentence"]):
            named = [k for k, v in m.groupdict().items() if v is not None]
            assert len(named) == 1 and V.country_code(m) == named[0].split("__")[0]
            found += 1
    assert found > 300
