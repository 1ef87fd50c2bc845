"""From text to claims: the extraction stages behind one name.

``segment`` (blocks, sentences) → ``quantities``/``dates`` (mentions) → ``frames`` (clause frames)
with the document model of ``context`` → ``tables`` → claims; ``document`` runs them in order.
Kept so that ``from tradestats.check.extract import extract_claims`` goes on working.
"""

from __future__ import annotations

from .document import extract_claims
from .segment import split_sentences

__all__ = ["extract_claims", "split_sentences"]
