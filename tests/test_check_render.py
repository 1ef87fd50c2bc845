"""Verdicts a person can read: the text, Markdown and HTML renderers, on our own sentences.

Figures are China Customs' as recorded in datasets/china_dprk.csv (sources cited at each case).
"""

from __future__ import annotations

import re

import pytest

from tradestats.check.render import to_html, to_json, to_markdown, to_text
from tradestats.check.run import check_text

# The June 2020 article in our own words (the same text as tests/test_check.py).
ARTICLE = (
    "Customs figures from Beijing showed a 24 percent drop in trade with North Korea for January "
    "and February 2020. Shipments from China slid to $198 million, while North Korea's sales to "
    "China shrank to only $10 million, down 74 percent from a year earlier."
)
INTERNAL = re.compile(
    r"change_pct|change_abs|pp_change|\bytd\b|\byoy\b|\bmom\b|[A-Z]{3}→[A-Z]{3}|flagged|no_value"
    r"|off by \d"
)


@pytest.fixture(scope="module")
def seed() -> tuple[str, str]:
    result = check_text(ARTICLE, date="2020-06-17")
    return to_text(result, ARTICLE), to_markdown(result, ARTICLE)


def _block(text: str, n: int) -> str:
    return re.split(r"^\[\d+\] ", text, flags=re.M)[n]


def test_the_seed_article_reads_in_plain_words(seed: tuple[str, str]) -> None:
    text, _ = seed
    # Kyodo 2020-03-24 (GACC): total -29.5%, exports $197.39m (-23.2%), imports $10.67m.
    one = _block(text, 1)
    assert "WRONG" in one and "a fall of 29.5%" in one and "2020-03-24" in one
    assert "5.5 percentage points apart (−24% in the text, −29.5% published)" in one
    assert "the figure matches exports, not total trade" in one
    assert "“Customs figures from Beijing showed a 29.5 percent drop" in one
    two = _block(text, 2)
    assert "$197.39 million for Jan–Feb 2020" in two
    assert "$610,000 more than the published one" in two  # 198 − 197.39, in dollars
    assert "a secondary re-quote" in two  # the KEI blog repost of 2020-04-26 printed $198m
    assert "slid to $197 million" in two  # corrected to the precision written
    three = _block(text, 3)
    assert "APPROX" in three and "Rounding" in three and "only $11 million" in three
    four = _block(text, 4)
    assert "percentage points apart" in four and "text's own $10 million" in four


def test_no_internal_tokens_and_no_explanation_twice(seed: tuple[str, str]) -> None:
    text, markdown = seed
    for out in seed:
        assert not INTERNAL.search(out), INTERNAL.search(out)
    for block in re.split(r"^\[\d+\] ", text, flags=re.M)[1:]:
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        assert len(lines) == len(set(lines))
        labels = [ln.split(":")[0] for ln in lines[1:]]
        assert len(labels) == len(set(labels)), labels  # each heading at most once per claim
    assert markdown.count("*Most likely cause:*") == 4


def test_json_keeps_the_internal_fields() -> None:
    out = to_json(check_text(ARTICLE, date="2020-06-17"), "2020-06-17")
    assert '"change_pct"' in out and '"explanation"' in out


def test_a_change_with_the_wrong_sign_gets_no_corrected_sentence() -> None:
    # Nov 2022 exports $113.88m, -14% m/m (GACC via Yonhap, 2022-12-20).
    text = "China's exports to North Korea rose 14 percent in November 2022 from October."
    out = to_text(check_text(text, date="2022-12-20"), text)
    assert "WRONG" in out and "28 percentage points apart" in out
    assert "Corrected" not in out


def test_a_figure_pinned_to_the_wrong_month_is_named() -> None:
    # Imports Oct 2022 $21.42m, Nov 2022 $11.84m (VOA, Newsis 2022-11/12).
    text = "China's imports from North Korea came to $11.84 million in October 2022."
    out = to_text(check_text(text, date="2022-12-20"), text)
    assert "pinned to the wrong period: it is the figure for Nov 2022, not Oct 2022" in out
    assert "$21.42 million for Oct 2022" in out and "Corrected" not in out


def test_html_is_escaped_and_structured() -> None:
    text = "<b>China's</b> exports to North Korea rose to $166 million in April 2023 from March."
    page = to_html(check_text(text, date="2023-05-20"), text)
    assert "<b>China" not in page and "&lt;b&gt;" in page
    assert "<dt>The text says</dt>" in page and "<dt>Verdict</dt>" in page
    assert not INTERNAL.search(page)
