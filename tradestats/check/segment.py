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
from dataclasses import dataclass, field, replace

from . import vocabulary as V

__all__ = ["Block", "Document", "segment", "split_sentences"]

#: Block kinds whose text is read as running prose by the claim stages.
PROSE_KINDS = ("paragraph", "heading", "item", "caption")


@dataclass(frozen=True)
class Block:
    """One block of a document; ``start``/``end`` index :attr:`Document.text`.

    ``rows`` (tables only) holds the cells of each row as ``(start, end)`` spans, header first.
    """

    kind: str  # paragraph, heading, item, quote, caption, table, image, sources, related,
    # byline, dateline, pullquote
    start: int
    end: int
    level: int = 0  # heading level; a list item's indent; a quote's nesting depth
    rows: tuple[tuple[tuple[int, int], ...], ...] = ()
    speaker: str = ""  # a quote: who is quoted, when the text says


@dataclass
class Document:
    """The text every stage reads, its blocks, and the map back to the original characters."""

    text: str
    blocks: list[Block]
    _map: list[int] | None = field(default=None, repr=False)  # text index → original index
    #: (kind, start, end) of HTML elements that say what they hold: ``<figcaption>`` (caption),
    #: a class or id naming footnotes, references or sources (sources), related stories or
    #: "read more" (related), a pull quote (pullquote), a byline or author (byline)
    regions: list[tuple[str, int, int]] = field(default_factory=list, repr=False)

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
    "q": "“",  # an inline quotation keeps its marks: the figures inside are the speaker's
    "dt": "\n\n",  # a term and its description read as one paragraph: "Label: text"
    "dd": ": ",
}
_BLOCK_CLOSE = {
    "q": "”",
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


#: What an element's class or id says it holds (its text is not the document's running prose).
_REGION_CLASS = (
    ("pullquote", re.compile(r"pull[-_ ]?quote|pullout|blockquote--pull", re.I)),
    ("sources", re.compile(r"foot[-_ ]?notes?|references?|sources?|citations?|bibliograph", re.I)),
    (
        "related",
        re.compile(r"related|read[-_ ]?more|more[-_ ]stories|recommended|see[-_ ]also", re.I),
    ),
    ("byline", re.compile(r"byline|author|contributor|reporter", re.I)),
    ("caption", re.compile(r"caption", re.I)),
)
_ATTR = re.compile(r"""\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def _region_kind(name: str, tag: str) -> str | None:
    if name == "figcaption":
        return "caption"
    if name == "address":
        return "byline"
    attrs = " ".join(next(g for g in m.groups() if g is not None) for m in _ATTR.finditer(tag))
    if not attrs:
        return None
    for kind, pattern in _REGION_CLASS:
        if pattern.search(attrs):
            return kind
    return None


def _flatten_html(source: str) -> tuple[str, list[int], list[tuple[str, int, int]]]:
    """Markdown-like plain text of an HTML document, per character its original offset, and the
    regions of elements whose class says what they hold (see :attr:`Document.regions`)."""
    out: list[str] = []
    where: list[int] = []
    quote_depth = 0
    open_regions: list[tuple[str, str, int, int]] = []  # kind, tag name, depth, start
    depth: dict[str, int] = {}
    regions: list[tuple[str, int, int]] = []

    def emit(s: str, at: int) -> None:
        out.append(s)
        where.extend([at] * len(s))

    def emit_text(s: str, at: int) -> None:
        # entities become their characters; each maps to the entity's first character. A line
        # break in HTML text is a space (outside <pre>): only tags break blocks
        if not depth.get("pre"):
            s = s.replace("\n", " ")
        pos = 0
        for m in _ENTITY.finditer(s):
            chunk = s[pos : m.start()]
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
                depth[name] = max(0, depth.get(name, 0) - 1)
                if (
                    open_regions
                    and open_regions[-1][1] == name
                    and open_regions[-1][2] == depth[name]
                ):
                    kind, _, _, begin = open_regions.pop()
                    regions.append((kind, begin, len(where)))
            elif name not in ("br", "img", "hr", "meta", "link", "input", "source", "wbr"):
                kind = _region_kind(name, t.group(0))
                if kind is not None:
                    open_regions.append((kind, name, depth.get(name, 0), len(where)))
                depth[name] = depth.get(name, 0) + 1
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
    regions.extend((kind, begin, len(where) - 1) for kind, _, _, begin in open_regions)
    return "".join(out), where, sorted(regions, key=lambda r: r[1])


# -- blocks -----------------------------------------------------------------------------------
#: A wire dateline opening a story: "SEOUL, June 20 (Yonhap) --", "BEIJING/SHANGHAI (Reuters) -",
#: "PYONGYANG, Jan. 5 (KCNA):". It says where and by whom the story was filed.
#: "Seoul, 12 May 2021 —", "SEOUL, March 7 --" and the Korean and Chinese agency forms
#: "(서울=연합뉴스) 홍길동 기자 =", "新华社北京1月18日电（记者 张三）".
_DATE_IN_DATELINE = (
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
    r"(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d-\d\d-\d\d)"
)
_CITY = r"[A-Z][A-Za-z.'’ -]{1,30}(?:/[A-Z][A-Za-z.'’ -]{1,30})*"
DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'’ -]{1,30}(?:/[A-Z][A-Z.'’ -]{1,30})*"
    rf"(?:,\s+{_DATE_IN_DATELINE})?"
    r"\s*\([A-Za-z][\w .&'’-]{1,30}\)\s*(?:[-–—]{1,2}|:)\s*"
    rf"|{_CITY},\s+{_DATE_IN_DATELINE}(?:\s*\([A-Za-z][\w .&'’-]{{1,30}}\))?\s*(?:[-–—]{{1,2}}|:)\s+"
    # a city in capitals and a dash, with no date or agency: "SEOUL — ", "SEOUL, Korea -- "
    r"|[A-Z]{2}[A-Z.'’-]{1,20}(?:[ /][A-Z]{2}[A-Z.'’-]{1,20}){0,2}(?:,\s+[A-Z][a-z]{2,20})?\s+[-–—]{1,2}\s+"
    r"|[(（]\s*[가-힣A-Za-z]{1,12}\s*=\s*[가-힣A-Za-z ]{1,20}[)）]\s*"
    r"(?:[가-힣]{2,4}\s*(?:기자|특파원)(?:\s*=|\s+(?=\S)))?\s*"
    r"|[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日(?:电|電)\s*(?:[（(][^）)\n]{1,30}[）)])?\s*)"
)

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|bin))*"
_ROLE = (
    r"(?:[A-Z][\w.'’&-]*|in|of|and|the|for|at|from|staff|senior|chief|reporter|writer|"
    r"correspondent|editor|contributor|analyst|news|agency)"
)
#: A byline or credit line: "By Jane Doe", "By Jane Doe and Kim Min-ji, Reuters",
#: "(Reporting by X in Seoul; Editing by Y)", "Jane Doe | Yonhap News Agency", "Staff reporter".
BYLINE = re.compile(
    rf"^\s*[(\[]?\s*(?:(?:(?i:by|written\s+by|story\s+by))\s+{_NAME}"
    rf"(?:\s*(?:,|and|&)\s+{_NAME})*(?:\s+in\s+{_NAME})?"
    rf"(?:\s*[,|/–—-]\s*{_ROLE}(?:\s+{_ROLE})*)?"
    r"|(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|"
    r"graphics|photos?)\s+by)\b[^\n\d%$]{0,300}?"
    rf"|{_NAME}\s*(?:,|\||/|–|—)\s*(?i:(?:staff\s+)?(?:reporter|writer|correspondent)|"
    r"(?:[\w.]+\s+){0,3}(?:news\s+agency|reuters|yonhap|associated\s+press|afp|kyodo|xinhua|"
    r"nk\s+news|voa|bloomberg))"
    r"|(?i:staff\s+(?:reporter|writer)|[\w ]{0,20}news\s+agency))"
    r"\s*[)\]]?\s*\.?\s*$"
)
#: A credit line at the end of a paragraph: "… rose 5%. (Reporting by X; Editing by Y)".
_TRAILING_CREDIT = re.compile(
    r"\s*[(\[]\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by)\b[^()\[\]]{0,300}[)\]]\s*$"
)
#: A caption line: "Photo: …", "PHOTO: …", "Caption: …", "(Photo: …)"; after an image, also an
#: italic line ("*A truck crosses the bridge.*").
_CAPTION = re.compile(
    r"^\s*[(\[]?\s*(?i:photo|picture|image|caption|pictured|file\s+photo)\s*[:：]"
)
_ITALIC_LINE = re.compile(r"^\s*(?:\*[^*\n]+\*|_[^_\n]+_)\s*$")
#: Links to other stories: "Related: …", "Read more: …", "See also: …".
_RELATED_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:\*\*)?(?i:related|read\s+more|see\s+also|also\s+read|more\s+on\s+this|"
    r"recommended|related\s+(?:stories|articles|news|coverage|links))(?:\*\*)?\s*[:：»>-]"
)
_RELATED_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s+)?(?i:related(?:\s+(?:stories|articles|news|coverage|links|reading))?|"
    r"read\s+more|see\s+also|more\s+(?:on\s+this|stories|from\s+[\w ]{1,30})|you\s+may\s+also\s+like)"
    r"\s*:?\s*$"
)
#: A reference entry: a publisher or author, a title in quotation marks, a date ("Yonhap,
#: “Exports to N. Korea rise”, 20 November 2023." or "Kim, J. (2021). “…”").
_CITATION = re.compile(
    r"^\s*[A-Z][^“\"\n]{0,80}?[,.)]\s*[“\"](?P<title>[^”\"\n]{5,})[”\"](?P<rest>[^\n]{0,120})$"
)
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
_FIGURE = re.compile(r"\d\s*(?:%|percent|per\s+cent)|\$\s*\d|\b(?:million|billion)\b", re.I)


def _is_citation(line: str) -> bool:
    """A reference entry: a publisher or author, a title of three words or more in quotation
    marks, a year, and no figure outside the title."""
    m = _CITATION.match(line)
    return bool(
        m
        and len(m.group("title").split()) >= 3
        and _YEAR_WORD.search(line)
        and not _FIGURE.search(line[: m.start("title")] + m.group("rest"))
    )


#: A line that cites a source: "Sources: …", "Source: China customs", a footnote "[^1]: …",
#: "[1] …", "¹ …".
_SOURCES_INLINE = re.compile(
    r"^\s*(?:(?:\*\*)?(?i:sources?|references?|data\s+sources?|citations?)(?:\*\*)?\s*[:：]\s*\S"
    r"|\[(?:\^\w{1,6}|\d{1,3})\]\s*:?\s+\S|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S)"
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
    regions: list[tuple[str, int, int]] = []
    if looks_like_html(source):
        text, where, regions = _flatten_html(source)
    else:
        text, where = source, None
    lines = _lines(text)
    # quote markers ("> ", "> > ") become spaces: the quoted words keep their places, and every
    # later stage reads them as plain prose
    quoted: dict[int, int] = {}  # line index → nesting depth of the quote
    chars = None
    for k, (ls, le) in enumerate(lines):
        marker = _QUOTE_MARKER.match(text, ls, le)
        if marker is not None and ">" in marker.group(0):
            quoted[k] = marker.group(0).count(">")
            if chars is None:
                chars = list(text)
            for c in range(marker.start(), marker.end()):
                if chars[c] == ">":
                    chars[c] = " "
    if chars is not None:
        text = "".join(chars)
    doc = Document(text, [], where, regions)
    blocks: list[Block] = []
    i, n = 0, len(lines)
    section: tuple[int, str] | None = None  # inside a "Sources"/"Related" section: (level, kind)
    para: list[tuple[int, int]] = []
    in_code = False

    def flush_para(kind: str = "paragraph") -> None:
        nonlocal section
        if not para:
            return
        if section == (7, "related") and _is_prose(text[para[0][0] : para[-1][1]]):
            section = None  # a "Related:" box without a heading ends where the story resumes
        if section is not None or _FOOTNOTE.match(text, para[0][0], para[-1][1]):
            kind = "sources" if section is None or _FOOTNOTE.match(text, para[0][0]) else section[1]
            blocks.append(Block(kind, para[0][0], para[-1][1]))
            para.clear()
            return
        first = 0
        # bylines and credit lines above the story ("By Jane Doe", "Updated 12 May 2021")
        while first < len(para) and _is_byline(text[para[first][0] : para[first][1]]):
            blocks.append(Block("byline", *_trim(text, *para[first])))
            first += 1
        last = len(para)
        tail: list[Block] = []
        while last > first and _is_byline(text[para[last - 1][0] : para[last - 1][1]]):
            tail.insert(0, Block("byline", *_trim(text, *para[last - 1])))
            last -= 1
        if first < last:
            s, e = para[first][0], para[last - 1][1]
            # (a credit ends the paragraph with its bracket: only such a paragraph is searched)
            credit = (
                _TRAILING_CREDIT.search(text, s, e)
                if text[s:e].rstrip()[-1:] in (")", "]")
                else None
            )
            if credit is not None and credit.start() > s:  # "… (Reporting by X; Editing by Y)"
                tail.insert(0, Block("byline", *_trim(text, credit.start(), e)))
                e = credit.start()
            d = DATELINE.match(text, s, e)
            if d is not None and d.end() < e:  # "SEOUL, June 20 (Yonhap) --": where it was filed
                blocks.append(Block("dateline", s, d.end()))
                s = d.end()
            head = text[s:e]
            if _SOURCES_INLINE.match(head) or _all_citations(head):
                kind = "sources"  # "Sources: …", a footnote "[1] …"
            elif _RELATED_LINE.match(head):
                kind = "related"
            elif _CAPTION.match(head) or (
                blocks and blocks[-1].kind == "image" and _ITALIC_LINE.match(head)
            ):
                kind = "caption"
            blocks.append(Block(kind, s, e))
        blocks.extend(tail)
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
        special = _SOURCES_LINE.match(stripped) or (
            _RELATED_HEADING.match(stripped) and (heading or len(stripped) < 40)
        )
        if heading or special:
            flush_para()
            level = len(heading.group(1)) if heading else 7
            if section is not None and level <= section[0]:
                section = None
            if special:
                section = (level, "sources" if _SOURCES_LINE.match(stripped) else "related")
                blocks.append(Block(section[1], s, e, level=level))
            else:
                kind = section[1] if section is not None else "heading"
                blocks.append(Block(kind, s + len(line) - len(line.lstrip()), e, level=level))
            i += 1
            continue
        if i not in quoted and (
            _PIPE_ROW.match(line)
            or (
                i + 1 < n
                and "|" in line
                and _RULE_ROW.match(text[lines[i + 1][0] : lines[i + 1][1]])
            )
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
            kind = section[1] if section is not None else "table"
            blocks.append(Block(kind, s, lines[j - 1][1], rows=tuple(rows)))
            i = j
            continue
        if (
            i not in quoted
            and not para
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
            kind = section[1] if section is not None else "table"
            blocks.append(Block(kind, s, lines[j - 1][1], rows=tuple(rows)))
            i = j
            continue
        if i in quoted:
            flush_para()
            j = i
            while j < n and j in quoted:
                j += 1
            start = s + len(line) - len(line.lstrip())
            speaker = _speaker_before(text, blocks)
            end = lines[j - 1][1]
            # "— Kim Min-ji, a trade analyst" closing the quote, or right below it
            inside = _ATTRIBUTION_LINE.match(text[lines[j - 1][0] : lines[j - 1][1]])
            if inside is not None and j - 1 > i:
                speaker = inside.group("who").strip()
                end = lines[j - 2][1]
            elif j < n and (below := _ATTRIBUTION_LINE.match(text[lines[j][0] : lines[j][1]])):
                speaker = below.group("who").strip()
                blocks.append(
                    Block(
                        "quote",
                        start,
                        end,
                        speaker=speaker,
                        level=max(quoted[k] for k in range(i, j)),
                    )
                )
                blocks.append(Block("byline", *_trim(text, *lines[j])))
                i = j + 1
                continue
            kind = section[1] if section is not None else "quote"
            blocks.append(
                Block(kind, start, end, speaker=speaker, level=max(quoted[k] for k in range(i, j)))
            )
            i = j
            continue
        if _IMAGE.match(line):
            flush_para()
            blocks.append(Block("image", s, e))
            i += 1
            continue
        if _RELATED_LINE.match(line) or (
            not para and _is_byline(line) and _near_edge(i, lines, text)
        ):
            flush_para()
            kind = "related" if _RELATED_LINE.match(line) else "byline"
            blocks.append(Block(kind, *_trim(text, s, e)))
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
            indent = len(line) - len(line.lstrip())
            if section is not None:
                kind = section[1]
            elif _SOURCES_INLINE.match(text[start : lines[j - 1][1]]) or _all_citations(
                text[start : lines[j - 1][1]]
            ):
                kind = "sources"
            else:
                kind = "item"
            blocks.append(Block(kind, start, lines[j - 1][1], level=indent))
            i = j
            continue
        para.append((s, e))
        i += 1
    flush_para()
    doc.blocks = _apply_regions(blocks, regions)
    return doc


_FOOTNOTE = re.compile(r"\s*\[\^\w{1,6}\]:")  # a Markdown footnote: "[^1]: …"
_QUOTE_MARKER = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+")
#: "— Kim Min-ji, a trade analyst at KITA" closing or following a block quote.
_ATTRIBUTION_LINE = re.compile(r"^\s*(?:[—–―]|--)\s*(?P<who>[A-Z][^\n\d]{1,100}?)\s*$")
#: "…, said Kim Min-ji", "Kim Min-ji, a trade analyst, said:", "according to Kim".
_SAID = re.compile(
    r"(?:\b(?:said|says|told\s+[\w ]{1,30}?|wrote|writes|added|noted|according\s+to)\s+"
    r"(?P<after>(?:[Aa]n?|[Tt]he)\s+\w[\w'’ -]{2,50}?(?=[,.;:]|$)|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"|(?P<before>(?:[Aa]n?|[Tt]he)\s+[a-z][\w'’ -]{2,50}?|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)"
    r"(?:,[^,\n]{1,60},)?\s+(?:said|says|told|wrote|writes|added|noted)\b)"
)
_METADATA = re.compile(
    r"^\s*(?i:published|updated|posted|last\s+updated|first\s+published|edited)\b[^\n]{0,60}$"
)


def speaker_in(text: str) -> str | None:
    """Who speaks in a sentence that quotes someone ("…," said Kim Min-ji), or None."""
    m = _SAID.search(text)
    if m is None:
        return None
    who = (m.group("after") or m.group("before") or "").strip().rstrip(".,;:")
    if re.match(r"(?:An?|The)\s+[a-z]", who):
        who = who[0].lower() + who[1:]  # "A trader in Dandong" → "a trader in Dandong"
    return who or None


def _speaker_before(text: str, blocks: list[Block]) -> str:
    """The speaker a paragraph introducing a block quote names ("Kim said:")."""
    if not blocks or blocks[-1].kind not in ("paragraph", "item"):
        return ""
    lead = text[blocks[-1].start : blocks[-1].end].rstrip()
    if not lead.endswith(":"):
        return ""
    return speaker_in(lead.rsplit(". ", 1)[-1]) or ""


def _is_prose(block: str) -> bool:
    """Running prose: a long paragraph of sentences."""
    return len(block) > 120 and block.rstrip().endswith((".", '."', ".”"))


def _all_citations(block: str) -> bool:
    """Every line of the block is a reference entry (see :data:`_CITATION`)."""
    if len(block) > 4000:
        return False  # a run of prose, not a few reference lines
    rows = [r for r in block.splitlines() if r.strip()]
    return bool(rows) and all(len(r) <= 400 and _is_citation(r) for r in rows)


def _is_byline(line: str) -> bool:
    line = line.strip().strip("*_").strip()  # "*By Jane Doe, staff reporter*"
    if len(line) > 300 or not line:
        return False
    if BYLINE.match(line):
        return True
    # "Updated: 12 May 2021 10:32": a date or a time, and no figure
    return bool(
        _METADATA.match(line)
        and re.search(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b", line)
        and not _FIGURE.search(line)
    )


def _near_edge(i: int, lines: list[tuple[int, int]], text: str) -> bool:
    """A byline stands alone near the top or the end of a document."""
    return i < 12 or i >= len(lines) - 6


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _apply_regions(blocks: list[Block], regions: list[tuple[str, int, int]]) -> list[Block]:
    """Blocks inside an HTML element whose class says what it holds take that kind."""
    if not regions:
        return blocks
    out = []
    for b in blocks:
        kind = b.kind
        for rk, rs, re_ in regions:
            if rs <= b.start and b.end <= re_:
                if rk == "caption" and kind not in ("paragraph", "heading"):
                    continue
                if rk in ("sources", "related", "pullquote", "byline") or (
                    rk == "caption" and kind in ("paragraph", "heading")
                ):
                    kind = rk
        out.append(b if kind == b.kind else replace(b, kind=kind))
    return out


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
