"""Stage 1 of the checker: cut a document into blocks and sentences.

A document is plain text, Markdown or HTML. HTML is first flattened into Markdown-like plain text
(``<h2>`` → ``## ``, ``<li>`` → ``- ``, ``<tr>``/``<td>`` → ``| cell |``, ``<blockquote>`` → ``> ``)
with an offset map back to the original characters, so every later stage works on one kind of
text and every claim still points at the characters the user wrote.

Blocks are paragraphs, headings, list items, quotes, tables (Markdown pipes or plain-text columns
aligned by runs of spaces or tabs), images, code and *sources* (everything under a heading such as
"Sources" or "References": a list of what the document cites, not what it claims). Sentences are
cut inside paragraph-like blocks. Standard library only; linear in the length of the text.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import vocabulary as V

__all__ = ["Block", "Document", "segment", "split_sentences"]

#: Block kinds whose text is read as running prose by the claim stages.
PROSE_KINDS = ("paragraph", "heading", "item", "caption")


@dataclass(frozen=True)
class Block:
    """One block of a document; ``start``/``end`` index :attr:`Document.text`.

    ``rows`` (tables only) holds the cells of each row as ``(start, end)`` spans, header first.
    """

    kind: str  # paragraph, heading, item, quote, table, image, code, sources
    start: int
    end: int
    level: int = 0  # heading level
    rows: tuple[tuple[tuple[int, int], ...], ...] = ()


@dataclass
class Document:
    """The text every stage reads, its blocks, and the map back to the original characters."""

    text: str
    blocks: list[Block]
    _map: list[int] | None = field(default=None, repr=False)  # text index → original index

    def original(self, i: int) -> int:
        """The position in the original input of position ``i`` of :attr:`text`."""
        if self._map is None:
            return i
        if i >= len(self._map):
            return self._map[-1] if self._map else i
        return self._map[i]

    def original_end(self, i: int) -> int:
        """The original position just after character ``i - 1`` of :attr:`text`."""
        if self._map is None or i == 0:
            return i
        return self.original(i - 1) + 1


# -- HTML -------------------------------------------------------------------------------------
_HTML_HINT = re.compile(
    r"^\s*(?:<!doctype\s+html|<html\b)|<(?:p|table|body|div|h[1-6])\b[^>]*>", re.I
)
_SKIP_ELEMENTS = re.compile(
    r"<(?P<tag>script|style|svg|head|noscript|template)\b[^>]*>.*?</(?P=tag)\s*>|<!--.*?-->|<![^>]*>",
    re.I | re.S,
)
_TAG = re.compile(r"<(?P<close>/)?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*?>", re.S)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_BLOCK_OPEN = {
    "p": "\n\n",
    "div": "\n\n",
    "section": "\n\n",
    "article": "\n\n",
    "figcaption": "\n\n",
    "li": "\n- ",
    "blockquote": "\n\n> ",
    "tr": "\n|",
    "td": " ",
    "th": " ",
    "br": "\n",
    "table": "\n\n",
    "pre": "\n\n```\n",
    "ul": "\n",
    "ol": "\n",
    "dt": "\n\n",  # a term and its description read as one paragraph: "Label: text"
    "dd": ": ",
}
_BLOCK_CLOSE = {
    "td": " |",
    "th": " |",
    "table": "\n\n",
    "p": "\n\n",
    "li": "\n",
    "blockquote": "\n\n",
    "pre": "\n```\n\n",
    "h1": "\n\n",
    "h2": "\n\n",
    "h3": "\n\n",
    "h4": "\n\n",
    "h5": "\n\n",
    "h6": "\n\n",
    "div": "\n\n",
    "figcaption": "\n\n",
}


def looks_like_html(text: str) -> bool:
    """True for a document written in HTML (a doctype, or block tags such as ``<p>``)."""
    return bool(_HTML_HINT.search(text[:5000]))


def _flatten_html(source: str) -> tuple[str, list[int]]:
    """Markdown-like plain text of an HTML document and, per character, its original offset."""
    out: list[str] = []
    where: list[int] = []
    quote_depth = 0

    def emit(s: str, at: int) -> None:
        out.append(s)
        where.extend([at] * len(s))

    def emit_text(s: str, at: int) -> None:
        # entities become their characters; each maps to the entity's first character
        pos = 0
        for m in _ENTITY.finditer(s):
            chunk = s[pos : m.start()]
            if quote_depth:
                chunk = chunk.replace("\n", "\n> ")
            out.append(chunk)
            where.extend(range(at + pos, at + pos + len(chunk)))
            emit(html.unescape(m.group(0)), at + m.start())
            pos = m.end()
        chunk = s[pos:]
        out.append(chunk)
        where.extend(range(at + pos, at + pos + len(chunk)))

    skip = [(m.start(), m.end()) for m in _SKIP_ELEMENTS.finditer(source)]
    pos = 0
    for a, b in [*skip, (len(source), len(source))]:
        segment_text = source[pos:a]
        cursor = 0
        for t in _TAG.finditer(segment_text):
            emit_text(segment_text[cursor : t.start()], pos + cursor)
            name = t.group("name").lower()
            at = pos + t.start()
            if t.group("close"):
                if name == "blockquote":
                    quote_depth = max(0, quote_depth - 1)
                    emit(_BLOCK_CLOSE[name], at)
                elif quote_depth and name in _BLOCK_CLOSE:
                    emit("\n> ", at)  # a paragraph inside a quote stays inside it
                else:
                    emit(_BLOCK_CLOSE.get(name, ""), at)
            else:
                if quote_depth and name in ("p", "br", "li", "div"):
                    emit("\n> ", at)
                elif re.fullmatch(r"h[1-6]", name):
                    emit("\n\n" + "#" * int(name[1]) + " ", at)
                else:
                    emit(_BLOCK_OPEN.get(name, ""), at)
                if name == "blockquote":
                    quote_depth += 1
            cursor = t.end()
        emit_text(segment_text[cursor:], pos + cursor)
        emit("\n\n", a)
        pos = b
    where.append(len(source))
    return "".join(out), where


# -- blocks -----------------------------------------------------------------------------------
#: A wire dateline opening a story: "SEOUL, June 20 (Yonhap) --", "BEIJING/SHANGHAI (Reuters) -",
#: "PYONGYANG, Jan. 5 (KCNA):". It says where and by whom the story was filed.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’ -]{1,30}(?:/[A-Z][A-Z.'’ -]{1,30})*"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?)?"
    r"\s*\([A-Za-z][\w .&'’-]{1,30}\)\s*(?:[-–—]{1,2}|:)\s*"
)

_HEADING = re.compile(r"^(#{1,6})\s+\S")
_ITEM = re.compile(r"^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+")
_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_COLUMNS = re.compile(r"\t+|\s{2,}")
_SOURCES_LINE = re.compile(rf"^\s*(?:#{{1,6}}\s+)?(?:{V.SOURCES_HEADING})\s*:?\s*$", re.I)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _pipe_cells(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    line = text[s:e]
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    bars = (bars if bars else [0]) if line.strip().startswith("|") else [-1, *bars]
    if not line.rstrip().endswith("|"):
        bars.append(len(line))
    cells = []
    for a, b in zip(bars, bars[1:]):
        lo, hi = a + 1, b
        while lo < hi and line[lo].isspace():
            lo += 1
        while hi > lo and line[hi - 1].isspace():
            hi -= 1
        cells.append((s + lo, s + hi))
    return tuple(cells)


def _column_cells(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    line = text[s:e]
    cells, pos = [], 0
    lead = len(line) - len(line.lstrip())
    pos = lead
    for m in _COLUMNS.finditer(line, lead):
        if m.start() > pos:
            cells.append((s + pos, s + m.start()))
        pos = m.end()
    if pos < len(line.rstrip()):
        cells.append((s + pos, s + len(line.rstrip())))
    return tuple(cells)


def _is_column_row(text: str, s: int, e: int) -> bool:
    line = text[s:e]
    if not line.strip() or len(line) > 400:
        return False
    cells = _column_cells(text, s, e)
    if len(cells) < 2 or line.rstrip().endswith((".", ",", ";", ":")):
        return False
    # prose has single spaces: a column row has at least one run of 2+ spaces or a tab between
    # short cells
    return all(b - a <= 40 for a, b in cells)


def segment(source: str) -> Document:
    """Cut a document (plain text, Markdown or HTML) into blocks.

    Parameters
    ----------
    source
        The document as the user gave it.

    Returns
    -------
    Document
        Its text (HTML flattened to Markdown-like text, else the source itself), the blocks in
        order, and the map from that text back to ``source``.

    Examples
    --------
    >>> doc = segment("# Trade\\n\\nExports fell.\\n\\n| year | exports |\\n|---|---|\\n| 2020 | $1 million |")
    >>> [b.kind for b in doc.blocks]
    ['heading', 'paragraph', 'table']
    """
    if looks_like_html(source):
        text, where = _flatten_html(source)
        doc = Document(text, [], where)
    else:
        text = source
        doc = Document(text, [])
    lines = _lines(text)
    blocks: list[Block] = []
    i, n = 0, len(lines)
    sources_level: int | None = None  # inside a "Sources" section of this heading level
    para: list[tuple[int, int]] = []
    in_code = False

    def flush_para(kind: str = "paragraph") -> None:
        if para:
            s, e = para[0][0], para[-1][1]
            if sources_level is None:
                d = DATELINE.match(text, s, e)
                if d is not None:  # "SEOUL, June 20 (Yonhap) --": where it was filed, not a subject
                    blocks.append(Block("dateline", s, d.end()))
                    s = d.end()
            blocks.append(Block("sources" if sources_level is not None else kind, s, e))
            para.clear()

    while i < n:
        s, e = lines[i]
        line = text[s:e]
        stripped = line.strip()
        if in_code:
            if stripped.startswith("```"):
                in_code = False
            i += 1
            continue
        if stripped.startswith("```"):
            flush_para()
            in_code = True
            i += 1
            continue
        if not stripped:
            flush_para()
            i += 1
            continue
        heading = _HEADING.match(stripped)
        if heading or _SOURCES_LINE.match(stripped):
            flush_para()
            level = len(heading.group(1)) if heading else 7
            if sources_level is not None and level <= sources_level:
                sources_level = None
            if _SOURCES_LINE.match(stripped):
                sources_level = level
                blocks.append(Block("sources", s, e, level=level))
            else:
                kind = "sources" if sources_level is not None else "heading"
                blocks.append(Block(kind, s + len(line) - len(line.lstrip()), e, level=level))
            i += 1
            continue
        if _PIPE_ROW.match(line) or (
            i + 1 < n and "|" in line and _RULE_ROW.match(text[lines[i + 1][0] : lines[i + 1][1]])
        ):
            flush_para()
            rows = []
            j = i
            while j < n:
                ls, le = lines[j]
                row = text[ls:le]
                if not row.strip() or "|" not in row:
                    break
                if not _RULE_ROW.match(row):
                    rows.append(_pipe_cells(text, ls, le))
                j += 1
            kind = "sources" if sources_level is not None else "table"
            blocks.append(Block(kind, s, lines[j - 1][1], rows=tuple(rows)))
            i = j
            continue
        if (
            not para
            and i + 1 < n
            and _is_column_row(text, s, e)
            and _is_column_row(text, *lines[i + 1])
            and len(_column_cells(text, s, e)) == len(_column_cells(text, *lines[i + 1]))
        ):
            width = len(_column_cells(text, s, e))
            rows = []
            j = i
            while j < n and _is_column_row(text, *lines[j]):
                cells = _column_cells(text, *lines[j])
                if len(cells) != width and not (j > i and len(cells) == width - 1):
                    break
                rows.append(cells)
                j += 1
            kind = "sources" if sources_level is not None else "table"
            blocks.append(Block(kind, s, lines[j - 1][1], rows=tuple(rows)))
            i = j
            continue
        if stripped.startswith(">"):
            flush_para()
            j = i
            while j < n and text[lines[j][0] : lines[j][1]].strip().startswith(">"):
                j += 1
            blocks.append(Block("quote", s, lines[j - 1][1]))
            i = j
            continue
        if _IMAGE.match(line):
            flush_para()
            blocks.append(Block("image", s, e))
            i += 1
            continue
        if _ITEM.match(line):
            flush_para()
            start = s + _ITEM.match(line).end()  # type: ignore[union-attr]
            j = i + 1
            # continuation lines: indented, not a new item, not blank
            while j < n:
                nxt = text[lines[j][0] : lines[j][1]]
                if not nxt.strip() or _ITEM.match(nxt) or not nxt.startswith((" ", "\t")):
                    break
                j += 1
            kind = "sources" if sources_level is not None else "item"
            blocks.append(Block(kind, start, lines[j - 1][1]))
            i = j
            continue
        para.append((s, e))
        i += 1
    flush_para()
    doc.blocks = blocks
    return doc


# -- sentences --------------------------------------------------------------------------------
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")
_ABBREVIATION_BEFORE = re.compile(r"([\w.]+)\.$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text[start:end]`` ("U.S." does not end one)."""
    end = len(text) if end is None else end
    spans, s0 = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        before = text[max(s0, m.start() - 40) : m.start()].rstrip('"”’)')
        word = _ABBREVIATION_BEFORE.search(before)
        if word and word.group(1).lower().rstrip(".") in V.ABBREVIATIONS and "\n" not in m.group(0):
            continue
        if (
            before[-2:-1].isdigit()
            and before.endswith(".")
            and text[m.end() : m.end() + 1].isdigit()
        ):
            continue
        spans.append((s0, m.start() + len(m.group(0)) - len(m.group(0).lstrip())))
        s0 = m.end()
    spans.append((s0, end))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if text[s:e].strip():
            out.extend(_bounded(text, s, e))
    return out


#: The longest piece of text read as one sentence. A longer run (a list of thousands of figures,
#: text without full stops) is cut at clause boundaries, so each figure is read in a window of
#: bounded size and the checker stays linear in the length of the text.
MAX_SENTENCE = 600
_CLAUSE_CUT = re.compile(r"[;,]\s+|\s+(?:and|while|but|whereas)\s+|\s+")


def _bounded(text: str, s: int, e: int) -> list[tuple[int, int]]:
    if e - s <= MAX_SENTENCE:
        return [(s, e)]
    pieces = []
    while e - s > MAX_SENTENCE:
        window = text[s + MAX_SENTENCE // 2 : s + MAX_SENTENCE]
        cuts = [m.end() for m in _CLAUSE_CUT.finditer(window) if not m.group(0).isspace()]
        if not cuts:
            cuts = [m.end() for m in re.finditer(r"\s+", window)]
        cut = s + MAX_SENTENCE // 2 + (cuts[-1] if cuts else len(window))
        pieces.append((s, cut))
        s = cut
    pieces.append((s, e))
    return pieces


def block_index(blocks: list[Block], pos: int) -> int:
    """The index of the block containing ``pos`` (blocks are in order)."""
    return max(0, bisect_right([b.start for b in blocks], pos) - 1)
