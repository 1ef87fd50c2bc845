"""Stage 1, segmentation: blocks, tables, sources, quotes, datelines and sentences."""

from __future__ import annotations

from tradestats.check.segment import MAX_SENTENCE, segment, split_sentences


def kinds(text: str) -> list[str]:
    return [b.kind for b in segment(text).blocks]


def test_markdown_blocks() -> None:
    text = (
        "# Trade in May\n\n"
        "Exports rose. Imports fell.\n\n"
        "- a point in a list\n"
        "- another point\n\n"
        "> a quoted paragraph\n\n"
        "![a chart](chart.svg)\n\n"
        "| flow | May |\n|---|---|\n| Exports | $5 million |\n"
    )
    assert kinds(text) == ["heading", "paragraph", "item", "item", "quote", "image", "table"]
    table = segment(text).blocks[-1]
    cells = [[text[a:b] for a, b in row] for row in table.rows]
    assert cells == [["flow", "May"], ["Exports", "$5 million"]]


def test_a_sources_section_is_not_prose() -> None:
    text = (
        "## Figures\n\nExports rose 5% in May.\n\n## Sources\n\n"
        "- Exports rose 9% in May (a wire headline), 2020-06.\n\n## Method\n\nWe add months."
    )
    assert kinds(text) == ["heading", "paragraph", "sources", "sources", "heading", "paragraph"]


def test_plain_text_table_by_aligned_columns() -> None:
    text = "year    exports         imports\n2019    $2,589 million  $216 million\n"
    (block,) = segment(text).blocks
    assert block.kind == "table"
    assert [[text[a:b] for a, b in row] for row in block.rows][1] == [
        "2019",
        "$2,589 million",
        "$216 million",
    ]


def test_prose_with_double_spaces_is_not_a_table() -> None:
    text = "Exports rose in May.  Imports fell in May.\nTrade was flat.  Nobody knew why.\n"
    assert kinds(text) == ["paragraph"]


def test_html_is_flattened_with_a_map_back_to_the_source() -> None:
    source = (
        "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>"
        "<h2>Figures</h2><p>China&#x27;s exports rose 5%.</p>"
        "<table><tr><th>flow</th><th>May</th></tr><tr><td>Exports</td><td>$5 million</td></tr>"
        "</table><blockquote><p>quoted 9%</p></blockquote></body></html>"
    )
    doc = segment(source)
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "table", "quote"]
    para = doc.blocks[1]
    assert doc.text[para.start : para.end] == "China's exports rose 5%."
    i = doc.text.index("5%")
    assert source[doc.original(i) : doc.original_end(i + 2)] == "5%"
    cell = doc.blocks[2].rows[1][1]
    assert source[doc.original(cell[0]) : doc.original_end(cell[1])] == "$5 million"


def test_a_wire_dateline_is_its_own_block() -> None:
    doc = segment("SEOUL, June 20 (Yonhap) -- Exports to China rose 5% in May.")
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("dateline", "SEOUL, June 20 (Yonhap) -- "),
        ("paragraph", "Exports to China rose 5% in May."),
    ]


def test_sentences_keep_abbreviations_and_decimals() -> None:
    text = "The U.S. data came out. Trade fell 5.5 percent in Jan. and rose later. Done."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "The U.S. data came out. ",
        "Trade fell 5.5 percent in Jan. and rose later. ",
        "Done.",
    ]


def test_a_run_without_full_stops_is_cut_into_bounded_pieces() -> None:
    text = ", ".join(f"${i} million" for i in range(2000))
    spans = split_sentences(text)
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert "".join(text[s:e] for s, e in spans) == text  # nothing lost, nothing repeated


def test_a_fact_checks_own_review_is_not_claimed() -> None:
    # restated claims, verdict labels and refuted figures are the checked text's, not the page's
    from tradestats.check.extract import extract_claims

    text = (
        "Trade fell 29.5%, not 24 percent, in January-February 2020.\n\n"
        "<dl><dt>The text says</dt><dd>Trade fell 24% in January-February 2020.</dd>"
        "<dt>Verdict</dt><dd>Wrong.</dd></dl>"
    )
    found, _ = extract_claims("<p>" + text.replace("\n\n", "</p>", 1))
    assert [c.surface for c in found] == ["29.5%"]


def test_a_date_is_not_a_period() -> None:
    from tradestats.check.dates import find_periods

    assert [p.text for p in find_periods("(a wire, 17 June 2020; June 17, 2020) in June")] == [
        "June"
    ]


def test_reference_entries_without_a_heading_are_sources() -> None:
    text = (
        "Exports rose 5% in May.\n\n"
        "1. Yonhap, “Exports to N. Korea rise 9 percent”, 20 November 2023.\n"
        '2. Kim, J. (2021). "China-North Korea trade up 12%". Seoul: a think tank.\n'
        '3. Imports, "the economic lifeline of the North", rose 5% in 2023.\n'
    )
    # the third line quotes a phrase and states a figure: prose, not a reference
    assert kinds(text) == ["paragraph", "sources", "sources", "item"]


def test_bylines_and_metadata_lines() -> None:
    text = (
        "By Jane Doe in Seoul\n\nUpdated: 12 May 2021\n\n"
        "By March, imports had recovered to $20 million.\n\n"
        "By contrast, exports fell 4 percent.\n\n"
        "Kim Min-ji | Yonhap News Agency\n"
    )
    assert kinds(text) == ["byline", "byline", "paragraph", "paragraph", "byline"]


def test_a_list_after_a_quote_is_not_its_attribution() -> None:
    text = "> Trade is recovering.\n- Exports fell 2 percent in May.\n\n— A trader, Dandong\n"
    assert kinds(text) == ["quote", "item", "paragraph"]
    doc = segment("> Trade rose 3 percent in May.\n— Lee Han-sol, an economist\n")
    assert [(b.kind, b.speaker) for b in doc.blocks] == [
        ("quote", "Lee Han-sol, an economist"),
        ("byline", ""),
    ]


def test_html_line_breaks_inside_an_element_are_spaces() -> None:
    source = "<p>China's exports\nrose 5%\nin May.</p><ul><li>Imports fell\n3%.</li></ul>"
    doc = segment(source)
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("paragraph", "China's exports rose 5% in May."),
        ("item", "Imports fell 3%."),
    ]


def test_a_related_box_without_a_heading_ends_where_the_story_resumes() -> None:
    text = (
        "China's exports to North Korea rose 5 percent in May.\n\nRelated\n\n"
        "- Trade jumps 40 percent in April\n\n"
        "China's imports from North Korea fell 3 percent in May from a year earlier, while the "
        "two countries kept their border closed.\n\nRead more: Exports hit a record\n"
    )
    assert kinds(text) == ["paragraph", "related", "related", "paragraph", "related"]


def test_a_sentence_crediting_research_is_prose() -> None:
    text = "Reporting by the customs office shows exports fell 5 percent in May.\n\nBy Jane Doe\n"
    assert kinds(text) == ["paragraph", "byline"]


def test_an_update_line_is_metadata_only_with_a_date_and_no_figure() -> None:
    assert kinds("Updated: 12 May 2021 10:32 KST\n\nExports rose.") == ["byline", "paragraph"]
    assert kinds("Updated figures show exports rose 5 percent in May 2021.") == ["paragraph"]
