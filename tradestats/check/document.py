"""Stages 1–5 together: a document's blocks read in order with one document model.

Prose blocks go sentence by sentence through the clause frames (:mod:`.frames`), tables through
:mod:`.tables`; headings, captions and list items are prose; quotes, images, code, datelines and
sources sections are not the document's own claims (see :mod:`.segment`). The claims come back
with spans in the characters the user gave, whatever the format.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right

import pandas as pd

from ..periods import Span
from . import vocabulary as V
from .claims import Claim
from .context import Context
from .dates import find_date, find_dateline, find_periods, latest_release, unstated_periods
from .frames import sentence_claims
from .quantities import UnitCaption, find_unit_caption
from .segment import PROSE_KINDS, Block, Document, segment, speaker_in, split_sentences
from .tables import TableContext, inline_table, series_table, table_claims

__all__ = ["extract_claims"]

_PAIR_DEFAULT = ("CHN", "PRK")
_ENDS = re.compile(r"[.!?][\"”’)\]]*\s*$|\n\s*\n")


def extract_claims(
    text: str,
    date: str | pd.Period | None = None,
    default_pair: tuple[str, str] | None = _PAIR_DEFAULT,
) -> tuple[list[Claim], pd.Period | None]:
    """Find the quantitative trade claims of a text.

    Parameters
    ----------
    text
        Any text: a sentence, a paragraph, an article.
    date
        The publication date (``YYYY-MM-DD`` or ``YYYY-MM``), used to resolve "last year",
        "in November". When omitted, a date near the top of the text is used if there is one.
    default_pair
        The (reporter, partner) assumed when the text names no countries at all.

    Returns
    -------
    (list of Claim, dateline)
        The claims in text order, and the dateline used (None when there was none).
    """
    doc = segment(text)
    dateline = _dateline(date, doc)
    return _document_claims(doc, text, dateline, default_pair, _release(date, doc)), dateline


def _document_claims(
    doc: Document,
    source: str,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
    release: pd.Period | None = None,
) -> list[Claim]:
    """The claims of every block, with one context carried through the document.

    - Prose (paragraphs, headings) reads sentence by sentence with the running context.
    - A list item starts from the context its list's lead left (the paragraph before the
      list): each item carries the lead's period and flow, not the previous item's.
    - A caption reads with a copy of the context: it neither takes nor leaves a subject.
    - A quote is a claim of its speaker: read as prose, each claim noted as quoted (and by whom,
      when the text says). A pull quote (a quote repeating the body's words) is read once, in
      the body; in a fact check (a document reviewing another text's figures) a block quote is
      the text under review, not a claim.
    - Datelines, bylines, images, code, sources and related-story links are not claims.
    - A figure whose sentence and context state no period takes the period of the latest China
      Customs release out at the dateline (``release``; see :func:`.dates.unstated_periods`),
      and the claim carries the readings assumed (``Claim.assumed_periods``).
    """
    ctx = Context(default_pair=default_pair)
    text = doc.text
    claims: list[Claim] = []
    index = 0
    lead: Context | None = None  # the context at the start of the current list
    introduced = False  # the list's lead ends with a colon: its items continue the lead
    previous_block = None
    body: set[tuple[str, ...]] | None = None  # the body's runs of words, made at the first quote
    # a verdict on another text's figure (see vocabulary.REVIEW), block by block; a fact check
    # quotes the text it reviews: its block quotes are that text, under review
    review = [
        b.kind in READ_KINDS and V.REVIEW.search(text[b.start : b.end]) is not None
        for b in doc.blocks
    ]
    reviewing = any(r for r, b in zip(review, doc.blocks) if b.kind in PROSE_KINDS)
    caption: Block | None = None  # the heading or paragraph right before a table: its unit
    for block, reviewed in zip(doc.blocks, review):
        if block.kind != "table":
            caption = block if block.kind in ("heading", "paragraph", "caption") else None
        if block.kind != "item":
            lead = None
            if block.kind not in ("dateline", "byline"):
                previous_block = block
        if block.kind in READ_KINDS:
            if reviewed:
                continue
            if block.kind == "quote":
                if body is None and not reviewing:
                    body = _body_text(doc)
                if reviewing or _repeats(text[block.start : block.end], body or set()):
                    continue  # the text under review, or a pull quote the body says and is read in
            if block.kind == "item":
                if lead is None:
                    lead = copy.deepcopy(ctx)
                    introduced = previous_block is not None and text[
                        previous_block.start : previous_block.end
                    ].rstrip().endswith(":")
                run = copy.deepcopy(lead)
            elif block.kind == "caption":
                run = copy.deepcopy(ctx)
            else:
                run = ctx
            found, index = _prose_claims(
                doc,
                block.start,
                block.end,
                run,
                dateline,
                default_pair,
                index,
                block.kind == "item" and introduced,
                release,
            )
            if block.kind == "quote":
                who = block.speaker
                for c in found:
                    c.notes.append(f"quoted from {who}" if who else "inside a quotation")
            else:
                _attribute_inline_quotes(text, block.start, block.end, found)
            if block.kind == "item":
                ctx = copy.deepcopy(lead)  # what the list's lead said stays the context after it
            claims.extend(found)
        elif block.kind == "table":
            unit = None if caption is None else find_unit_caption(text[caption.start : caption.end])
            found = table_claims(
                text, block.rows, _table_context(ctx, dateline, default_pair, unit)
            )
            for c in found:
                c.sentence = index
            index += 1
            claims.extend(found)
    if doc._map is not None:
        for c in claims:
            c.start, c.end = doc.original(c.start), doc.original_end(c.end)
            c.surface = source[c.start : c.end]
    return claims


def _table_context(
    ctx: Context,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
    unit: UnitCaption | None,
) -> TableContext:
    """What the document model gives a table: the pair, the period, the source, the unit (a
    period the text never stated is not given: a table's cells take their headers' periods)."""
    pair = (ctx.reporter, ctx.reporter_partner)
    if pair[0] is None or pair[1] is None:
        known = [c for c in ctx.countries if c != "WLD"]
        pair = (known[0], known[1]) if len(known) >= 2 else (default_pair or (None, None))
    period = None if ctx.assumed and ctx.period == ctx.assumed[0] else ctx.period
    return TableContext(pair[0], pair[1], period, dateline, ctx.source, unit)


def _inline_table_claims(
    text: str,
    s: int,
    inline: tuple[int, tuple[tuple[tuple[int, int], ...], ...]],
    index: int,
    ctx: Context,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
) -> list[Claim]:
    """A table written in a sentence ("(US$ million): 2020 | 539.06; 2021 | 318.04"): its lead
    is read as prose (it sets the series, the pair and the unit), its items as table rows."""
    lead_end, rows = inline
    lead = text[s:lead_end]
    found = sentence_claims(lead, s, index, ctx, dateline, default_pair)
    tctx = _table_context(ctx, dateline, default_pair, find_unit_caption(lead))
    if V.FLOW.search(lead):
        # "North Korea's exports to China (US$ million): …": the headers speak from the side
        # the lead names; the claims are from the reporter's side
        tctx.flip = ctx.actor is not None and ctx.reporter is not None and ctx.actor != ctx.reporter
    else:
        tctx.flow = ctx.flow
    for c in table_claims(text, rows, tctx):
        c.sentence = index
        found.append(c)
    return found


#: Block kinds read as running prose (see :mod:`.segment`): quotes are their speaker's claims.
READ_KINDS = (*PROSE_KINDS, "quote")


def _prose_claims(
    doc: Document,
    start: int,
    end: int,
    ctx: Context,
    dateline: pd.Period | None,
    default_pair: tuple[str, str] | None,
    index: int,
    introduced: bool = False,
    release: pd.Period | None = None,
) -> tuple[list[Claim], int]:
    """The claims of a run of prose; ``introduced``: a list item whose lead ("China's exports
    in 2023:") gives the subject its first sentence continues; ``release``: the latest customs
    month out at the dateline, the period of figures the text gives none for."""
    text = doc.text
    found: list[Claim] = []
    previous = None
    for s, e in split_sentences(text, start, end):
        # a piece of a sentence cut for length continues the subject of the piece before
        continued = (previous is None and introduced) or (
            previous is not None and not _ENDS.search(text, previous, s)
        )
        if release is not None and (
            ctx.period is None or (ctx.assumed and ctx.period == ctx.assumed[0])
        ):
            ctx.assumed = unstated_periods(text[s:e], release)
            ctx.period = ctx.assumed[0]
        inline = inline_table(text, s, e, dateline) if "|" in text[s:e] else None
        series = series_table(text, s, e) if inline is None and "/" in text[s:e] else None
        table = inline_table(series[0], 0, len(series[0]), dateline) if series else None
        if inline is not None:
            claims = _inline_table_claims(text, s, inline, index, ctx, dateline, default_pair)
        elif series is not None and table is not None:
            # a chart caption's series ("…, $m, 2020–2024 — 491.1 / 260.2 / …") read as the
            # inline table it stands for, its claims placed back on the caption's figures
            written, offsets = series
            claims = _inline_table_claims(written, 0, table, index, ctx, dateline, default_pair)
            for c in claims:
                c.start, c.end = offsets.get(c.start, s + c.start), offsets.get(c.end, s + c.end)
        else:
            claims = sentence_claims(text[s:e], s, index, ctx, dateline, default_pair, continued)
        if ctx.assumed:
            _mark_assumed(text[s:e], claims, ctx, dateline)
        found.extend(claims)
        previous = s
        index += 1
    return found, index


def _mark_assumed(
    sentence: str, claims: list[Claim], ctx: Context, dateline: pd.Period | None
) -> None:
    """Note the claims of a sentence that took the assumed period (not one the sentence states),
    and stop assuming once the text states a period."""
    stated = {p.resolve(dateline, None) for p in find_periods(sentence)}
    if V.RESPECTIVELY.search(sentence):
        # a year written in a list ("in 2011 and 2012 respectively") is stated too
        stated |= {Span.year(int(y)) for y in _YEARS.findall(sentence)}
    for c in claims:
        if c.period is not None and c.period == ctx.assumed[0] and c.period not in stated:
            c.assumed_periods = ctx.assumed
    if ctx.period != ctx.assumed[0] or ctx.period in stated:
        ctx.assumed = ()


_WORDS = re.compile(r"[a-z0-9]+")
_YEARS = re.compile(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d,.]\d)")


_SHINGLE = 5


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[k : k + _SHINGLE]) for k in range(len(words) - _SHINGLE + 1)}


def _body_text(doc: Document) -> set[tuple[str, ...]]:
    """The runs of five words of the document's own prose, to recognise a pull quote repeating
    it (linear in the length of the document)."""
    out: set[tuple[str, ...]] = set()
    for b in doc.blocks:
        if b.kind in PROSE_KINDS:
            out |= _shingles(_WORDS.findall(doc.text[b.start : b.end].lower()))
    return out


def _repeats(quote: str, body: set[tuple[str, ...]]) -> bool:
    """Every run of five words of the quote is in the body: a pull quote."""
    words = _WORDS.findall(quote.lower())
    return len(words) >= _SHINGLE and _shingles(words) <= body


#: Quotation marks: an opening mark and its closing one.
_QUOTED = re.compile(r"“[^”]{3,}”|\"[^\"\n]{3,}\"|‘[^’]{3,}’(?!\w)|「[^」]{2,}」")


def _attribute_inline_quotes(text: str, start: int, end: int, claims: list[Claim]) -> None:
    """A figure inside quotation marks in prose is the speaker's claim: note it, and who.
    Quotation marks pair from the start of the block, so a closing mark never opens one."""
    if not claims:
        return
    spans = [(q.start(), q.end()) for q in _QUOTED.finditer(text, start, end)]
    starts = [a for a, _ in spans]
    for c in claims:
        k = bisect_right(starts, c.start) - 1
        if k < 0 or not (spans[k][0] < c.start and c.end <= spans[k][1]):
            continue
        a, b = spans[k]
        lo = max(start, a - 120)
        q = _QUOTED.match(text, a, b)
        if q is None or not _is_speech(q.group(0), text[max(start, a - 60) : min(end, b + 60)]):
            continue
        who = speaker_in(text[lo:a] + " " + text[b : min(end, b + 120)])
        c.notes.append(f"quoted from {who}" if who else "inside a quotation")


def _is_speech(quote: str, near: str) -> bool:
    """A quotation, not a title in quotes: several words, and a verb of saying beside them."""
    return len(quote.split()) >= 4 and bool(_SAYING.search(near))


_SAYING = re.compile(r"\b(?:said|says|told|wrote|writes|added|noted|according\s+to|stated)\b")


def _release(date: str | pd.Period | None, doc: Document) -> pd.Period | None:
    """The latest China Customs month out at the given date, else at the story's dateline."""
    if date is not None:
        return latest_release(date)
    for b in doc.blocks:
        if b.kind == "dateline":
            found = find_date(doc.text[b.start : b.end])
            if found is not None:
                return latest_release(found)
    found = find_date(doc.text)
    return None if found is None else latest_release(found)


def _dateline(date: str | pd.Period | None, doc: Document) -> pd.Period | None:
    """The given date, else the date of the story's dateline ("Seoul, 12 May 2021 —"), else a
    date near the top of the text."""
    if date is None:
        for b in doc.blocks:
            if b.kind == "dateline":
                found = find_dateline(doc.text[b.start : b.end])
                if found is not None:
                    return found
        return find_dateline(doc.text)
    if isinstance(date, pd.Period):
        return date.asfreq("M")
    try:
        return pd.Period(str(date)[:7], freq="M")
    except (ValueError, TypeError):
        return None
