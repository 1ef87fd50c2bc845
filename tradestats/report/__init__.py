"""Reports: from the bundled data to a page, in one place.

The path from data to page reads in four modules:

- :mod:`.sentences` writes sentences and chart titles from the data, in the vocabulary the
  checker reads (so every headline is checked before it is written);
- :mod:`.charts` draws the charts (each takes ``ax=None`` and returns the Axes);
- :mod:`.events` holds the dated events marked on the charts;
- :mod:`.build` reads ``reports/<name>/report.toml`` and writes the report atomically.

Entry points: :func:`build_report`, :func:`build_all`, :func:`list_reports`.
"""

from __future__ import annotations

from ..errors import ReportError
from .build import build_all, build_report, list_reports

__all__ = ["ReportError", "build_all", "build_report", "list_reports"]

# The page shell, shared with tradestats.check.render (its HTML output uses the same page).
from .build import _html_page  # noqa: E402, F401
