"""Checking quoted trade figures in text, in stages, each its own module.

``segment`` cuts a document (plain text, Markdown, HTML) into blocks and sentences; ``quantities``
and ``dates`` find the mentions (numbers as written, periods); ``frames`` builds the clause frames
of a sentence, ``context`` is the document model carried across sentences and blocks, ``tables``
reads table cells by their headers, and ``document`` (``extract`` for short) runs them in order —
all produce :class:`~tradestats.check.claims.Claim` records, using the word classes of
``vocabulary`` only; ``verify`` recomputes each claim from the data with the precision the text
implies; ``consistency`` checks the claims of one text against each other; ``run`` ties them
together and ``render`` writes the verdicts.
"""
