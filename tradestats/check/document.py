"""Stages 1–5 together: a document's blocks read in order with one document model.

Prose blocks go sentence by sentence through the clause frames (:mod:`.frames`), tables through
:mod:`.tables`; headings, captions and list items are prose; quotes, images, code, datelines and
sources sections are not the document's own claims (see :mod:`.segment`). The claims come back
with spans in the characters the user gave, whatever the format.
"""

from __future__ import annotations

import re

import pandas as pd

from . import vocabulary as V
from .claims import Claim
from .context import Context
from .dates import find_dateline
from .frames import sentence_claims
from .segment import PROSE_KINDS, Document, segment, split_sentences
from .tables import TableContext, table_claims

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
    dateline = _dateline(date, doc.text)
    return _document_claims(doc, text, dateline, default_pair), dateline


def _document_claims(
    doc: Document, source: str, dateline: pd.Period | None, default_pair: tuple[str, str] | None
) -> list[Claim]:
    """The claims of every block, with one context carried through the document."""
    ctx = Context(default_pair=default_pair)
    text = doc.text
    claims: list[Claim] = []
    index = 0
    for block in doc.blocks:
        if block.kind in PROSE_KINDS:
            if V.REVIEW.search(text[block.start : block.end]):
                continue  # a verdict on another text's figure (see vocabulary.REVIEW)
            previous = None
            for s, e in split_sentences(text, block.start, block.end):
                # a piece of a sentence cut for length continues the subject of the piece before
                continued = previous is not None and not _ENDS.search(text, previous, s)
                claims.extend(
                    sentence_claims(text[s:e], s, index, ctx, dateline, default_pair, continued)
                )
                previous = s
                index += 1
        elif block.kind == "table":
            pair = (ctx.reporter, ctx.reporter_partner)
            if pair[0] is None or pair[1] is None:
                known = [c for c in ctx.countries if c != "WLD"]
                pair = (known[0], known[1]) if len(known) >= 2 else (default_pair or (None, None))
            tctx = TableContext(pair[0], pair[1], ctx.period, dateline, ctx.source)
            found = table_claims(text, block.rows, tctx)
            for c in found:
                c.sentence = index
            index += 1
            claims.extend(found)
    if doc._map is not None:
        for c in claims:
            c.start, c.end = doc.original(c.start), doc.original_end(c.end)
            c.surface = source[c.start : c.end]
    return claims


def _dateline(date: str | pd.Period | None, text: str) -> pd.Period | None:
    if date is None:
        return find_dateline(text)
    if isinstance(date, pd.Period):
        return date.asfreq("M")
    try:
        return pd.Period(str(date)[:7], freq="M")
    except (ValueError, TypeError):
        return None
