"""Whole small articles (written for these tests) through segmentation and the document model:
bylines, datelines, captions, related links, quotes, lists and cited sources, in Markdown, HTML
and plain text."""

from __future__ import annotations

from tradestats.check.extract import extract_claims
from tradestats.check.segment import segment


def blocks(text: str) -> list[tuple[str, str]]:
    doc = segment(text)
    return [(b.kind, doc.text[b.start : b.end].strip()[:40]) for b in doc.blocks]


def claims(text: str, date: str | None = None) -> list[tuple[str, str, str, str]]:
    found, _ = extract_claims(text, date)
    return [(c.surface, c.kind, c.flow or "", str(c.period)) for c in found]


def notes(text: str, date: str | None = None) -> dict[str, list[str]]:
    found, _ = extract_claims(text, date)
    return {c.surface: c.notes for c in found}


MARKDOWN = """# Trade with the North, first half

*By Park Ji-won, staff reporter*

SEOUL (Yonhap) -- China's trade with North Korea in the first half of 2023 rose 120% to $1.1 billion.

![The bridge](bridge.jpg)
*The bridge at Dandong; exports fell 80 percent in 2020.*

Monthly figures for June, from China's side:

1. Exports rose 10% in June from May.
2. Imports in May fell 5 percent.
3. Total trade rose 9 percent.
   - of which exports to the North: $180 million

> Trade was up 30 percent in June, and it will keep rising.
>
> > an old saying, quoted inside the quote: trade follows the flag
>
> — Lee Han-sol, an economist at a Seoul institute

China's exports to North Korea had risen 8 percent in May.[^1] (Reporting by Park Ji-won; Editing by Kim Na-ri)

## Related stories

- China-North Korea trade jumps 40 percent in April

[^1]: China customs release, 2023-06-20: exports up 7.9 percent.
"""


def test_a_markdown_article_block_by_block() -> None:
    kinds = [k for k, _ in blocks(MARKDOWN)]
    assert kinds == [
        "heading",
        "byline",
        "dateline",
        "paragraph",
        "image",
        "caption",
        "paragraph",
        "item",
        "item",
        "item",
        "item",
        "quote",
        "paragraph",
        "byline",
        "related",
        "related",
        "sources",
    ]


def test_a_markdown_article_claims() -> None:
    assert claims(MARKDOWN, "2023-07-20") == [
        ("120%", "change_pct", "total", "2023-01/2023-06"),
        ("$1.1 billion", "level", "total", "2023-01/2023-06"),
        ("80 percent", "change_pct", "export", "2020-01/2020-12"),  # the caption's own claim
        ("10%", "change_pct", "export", "2023-06/2023-06"),
        ("5 percent", "change_pct", "import", "2023-05/2023-05"),  # the item's own month
        # the next item carries the list lead's June, not the previous item's May
        ("9 percent", "change_pct", "total", "2023-06/2023-06"),
        ("$180 million", "level", "export", "2023-06/2023-06"),
        ("30 percent", "change_pct", "total", "2023-06/2023-06"),  # quoted: still a claim
        ("8 percent", "change_pct", "export", "2023-05/2023-05"),
    ]
    # none of the related headline's "40 percent" or the footnote's "7.9 percent"
    assert notes(MARKDOWN, "2023-07-20")["30 percent"] == [
        "quoted from Lee Han-sol, an economist at a Seoul institute"
    ]


def test_a_caption_neither_takes_nor_leaves_the_subject() -> None:
    text = (
        "China's imports from North Korea fell 5 percent in March.\n\n"
        "Photo: a truck at the Dandong customs office; exports in 2019 were $2.6 billion.\n\n"
        "They rose 3 percent in April."
    )
    assert blocks(text)[1][0] == "caption"
    assert claims(text, "2023-05-20")[-1] == (
        "3 percent",
        "change_pct",
        "import",
        "2023-04/2023-04",
    )


HTML = """<!DOCTYPE html><html><body><article>
<h1>North Korea's trade with China recovers</h1>
<p class="byline">By Choi Hana | NK Economy Desk</p>
<p>Seoul, 12 May 2023 — China&#8217;s imports from North Korea rose 40 percent in April from a
year earlier, to $18 million.</p>
<figure><img src="x.jpg"><figcaption>A freight train leaves Dandong; exports fell 90% in
2020.</figcaption></figure>
<p>A trader in Dandong told reporters:</p>
<blockquote><p>Exports to the North were up 20 percent in April.</p>
<blockquote><p>Words inside words, with no figure.</p></blockquote></blockquote>
<aside class="pull-quote"><p>China&#8217;s imports from North Korea rose 40 percent in April from a
year earlier, to $18 million.</p></aside>
<ul><li>Imports in March: $12 million</li><li>Exports: $140 million</li></ul>
<p>Read more: <a href="/x">Trade hits a three-year high of 60 percent</a></p>
<section class="footnotes"><ol><li>China's exports jumped 50 percent (a wire report),
2023-04-20.</li></ol></section>
</article></body></html>"""


def test_an_html_article() -> None:
    kinds = [k for k, _ in blocks(HTML)]
    assert kinds == [
        "heading",
        "byline",
        "dateline",
        "paragraph",
        "caption",
        "paragraph",
        "quote",
        "quote",
        "pullquote",
        "item",
        "item",
        "related",
        "sources",
    ]
    found = claims(HTML)  # the date comes from the dateline "12 May 2023"
    assert found == [
        ("40 percent", "change_pct", "import", "2023-04/2023-04"),
        ("$18 million", "level", "import", "2023-04/2023-04"),
        ("90%", "change_pct", "export", "2020-01/2020-12"),
        ("20 percent", "change_pct", "export", "2023-04/2023-04"),
        ("$12 million", "level", "import", "2023-03/2023-03"),
        ("$140 million", "level", "export", "2023-04/2023-04"),  # the lead's April, not March
    ]
    assert notes(HTML)["20 percent"] == ["quoted from a trader in Dandong"]
    # spans point at the characters of the HTML source
    first, _ = extract_claims(HTML)
    assert HTML[first[1].start : first[1].end] == "$18 million"


PLAIN = """(서울=연합뉴스) 김철수 기자 = China's exports to North Korea rose 8 percent in October
from a month earlier to $160 million.

BEIJING, Jan. 18 (Reuters) - China's trade with North Korea in 2023 more than doubled.

新华社北京1月18日电 China's imports from North Korea grew 5% in December.

"Shipments of food to the North grew by a fifth in December," a customs official said.

By March, imports had recovered.

Reporting by Wang Lei in Beijing and Kim Min-ji in Seoul; Editing by Jane Roe

Sources: Korea International Trade Association; China customs, released 2023-11-20, showing exports up 90%.

[1] Yonhap, "Exports to N. Korea rise 9 percent", 2023-11-20.
[2] Reuters, "China trade with North Korea up 12%", 2024-01-18.
"""


def test_a_plain_text_article_with_agency_datelines_and_references() -> None:
    kinds = [k for k, _ in blocks(PLAIN)]
    assert kinds == [
        "dateline",
        "paragraph",
        "dateline",
        "paragraph",
        "dateline",
        "paragraph",
        "paragraph",
        "paragraph",  # "By March, …" is prose, not a byline
        "byline",
        "sources",
        "sources",
    ]
    found = claims(PLAIN, "2024-01-20")
    assert [f[0] for f in found] == ["8 percent", "$160 million", "doubled", "5%", "a fifth"]
    # the agency datelines name where the story was filed: the reporter stays China
    got, _ = extract_claims(PLAIN, "2024-01-20")
    assert {(c.reporter, c.partner) for c in got} == {("CHN", "PRK")}
    assert notes(PLAIN, "2024-01-20")["a fifth"] == ["quoted from a customs official"]


def test_a_dateline_city_is_not_the_reporting_country() -> None:
    for line in (
        "SEOUL, March 7 (Yonhap) -- Exports to China rose 5 percent in February.",
        "Seoul, 12 May 2021 — Exports to China rose 5 percent in February.",
        "SEOUL — Exports to China rose 5 percent in February.",
    ):
        assert blocks(line)[0][0] == "dateline"
        (c,) = extract_claims(line, "2021-05-12")[0]
        assert c.reporter != "KOR" and c.partner != "KOR"


def test_a_pull_quote_in_markdown_is_read_once() -> None:
    sentence = (
        "China's imports from North Korea rose 40 percent in April from a year earlier, to "
        "$18 million, the highest in three years."
    )
    text = f"{sentence}\n\n> {sentence}\n\nExports fell."
    assert [f[0] for f in claims(text, "2023-05-20")].count("40 percent") == 1


def test_a_fact_check_quotes_the_text_it_reviews() -> None:
    # a page reviewing another text quotes it: the quote is under review, not the page's claim
    text = (
        "## The text checked\n\n> Trade fell 24 percent in January-February 2020.\n\n"
        "## Verdict\n\n- 24 percent — As written it stands for a fall of 23.5% to 24.5%.\n"
    )
    assert claims(text) == []


def test_list_items_continue_the_subject_of_their_lead() -> None:
    text = (
        "China's exports to North Korea in 2023, month by month:\n\n"
        "- March: up 5 percent to $150 million\n"
        "- April: down 3 percent\n\n"
        "Imports in 2022:\n\n"
        "* $134 million in total\n"
    )
    assert claims(text, "2024-02-01") == [
        ("5 percent", "change_pct", "export", "2023-03/2023-03"),
        ("$150 million", "level", "export", "2023-03/2023-03"),
        ("3 percent", "change_pct", "export", "2023-04/2023-04"),
        ("$134 million", "level", "import", "2022-01/2022-12"),
    ]


def test_the_story_dateline_dates_the_text() -> None:
    # a headline longer than the top of the text the date search reads, then the dateline
    text = "# " + "A long headline about trade " * 20 + "\n\n"
    text += "Seoul, 12 May 2021 — China's exports to North Korea rose 5 percent in April."
    found, dateline = extract_claims(text)
    assert str(dateline) == "2021-05"
    assert [(c.surface, str(c.period)) for c in found] == [("5 percent", "2021-04/2021-04")]


def test_a_quoted_figure_is_checked_and_says_whose_it_is() -> None:
    import json

    from tradestats.check.render import to_json, to_text
    from tradestats.check.run import check_text

    # October 2022 total $153.86m, "highest since the Jan 2020 border closure" (VOA Korean
    # 2022-11-18, the source that dates the closure)
    text = (
        '"Trade between the two countries in October was the highest since the COVID-19 border '
        'closure," said Kim Min-ji, an analyst.'
    )
    result = check_text(text, date="2022-11-20")
    assert list(result["verdict"]) == ["correct"] and list(result["quoted"]) == ["Kim Min-ji"]
    assert "quoted" not in result["explanation"].iloc[0]  # said once, where it belongs
    shown = to_text(result, text)
    assert "highest since the COVID-19 border closure (in the words of Kim Min-ji)" in shown
    assert json.loads(to_json(result))["claims"][0]["quoted"] == "Kim Min-ji"


def test_a_figure_between_two_quotations_is_the_texts_own() -> None:
    text = (
        '"Trade is recovering slowly this spring," a customs official said. China\'s imports '
        'from North Korea fell 5 percent in May, "a bad month for the border towns," he added.'
    )
    assert notes(text, "2023-06-20")["5 percent"] == []
    nested = (
        "“Officials told me ‘exports to the North rose 9 percent in May’ and I believe them,” "
        "said Kim Min-ji."
    )
    assert notes(nested, "2023-06-20")["9 percent"] == ["quoted from Kim Min-ji"]


def test_an_html_inline_quotation_is_attributed() -> None:
    source = "<p><q>Exports to the North rose 9 percent in May this year</q>, said Kim Min-ji.</p>"
    found, _ = extract_claims(source, "2023-06-20")
    assert [(source[c.start : c.end], c.notes) for c in found] == [
        ("9 percent", ["quoted from Kim Min-ji"])
    ]


# -- an answer takes the series and period of the question before it ---------------------------
def test_an_answer_continues_the_question_it_answers() -> None:
    # annual:181 China's exports to North Korea 2022 $894.04m (what the North bought from China)
    assert claims(
        "Q: What did North Korea buy from China in 2022? A: Goods worth about $894 million.",
        "2023-02-01",
    ) == [("$894 million", "level", "export", "2022-01/2022-12")]
    # annual:173 China's imports from North Korea 2021 $57.874m
    assert claims(
        "How much did China buy from North Korea last year? Roughly $57.9 million, customs "
        "figures show.",
        "2022-02-20",
    ) == [("$57.9 million", "level", "import", "2021-01/2021-12")]
    # ytd:171 exports Jan–Mar 2023 $438.42m, in a broadcast transcript
    assert claims(
        "Host: And how much did China sell to the North in the first quarter of 2023? "
        "Guest: $438.4 million.",
        "2023-04-25",
    ) == [("$438.4 million", "level", "export", "2023-01/2023-03")]


def test_a_question_without_trade_carries_nothing() -> None:
    # the figure after a question about something else names no trade
    assert claims("How many trucks crossed the bridge in 2022? About 1,200.", "2023-02-01") == []


def test_a_pronoun_after_an_opening_period_without_a_comma_continues_the_series() -> None:
    # monthly:236 China's imports from North Korea Jan–Feb 2020 $10.67m
    assert claims(
        "China's customs released its January-February figures for trade with North Korea. "
        "Imports were tiny. Over those two months they came to $10.67 million.",
        "2020-03-20",
    ) == [("$10.67 million", "level", "import", "2020-01/2020-02")]
    # ytd:149 China's exports to North Korea Jan–Jun 2020 $383m
    assert claims(
        "Beijing published half-year data on its commerce with Pyongyang for 2020. Exports held "
        "up best. In the first half they reached $383 million.",
        "2020-07-20",
    ) == [("$383 million", "level", "export", "2020-01/2020-06")]
