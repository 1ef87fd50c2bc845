"""The word tables compiled for speed read the same as the tables written out."""

from __future__ import annotations

import json
import re
from pathlib import Path

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
