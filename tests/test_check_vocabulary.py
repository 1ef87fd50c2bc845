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
