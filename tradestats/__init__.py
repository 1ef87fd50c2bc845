"""tradestats: trade statistics you can check.

Load sourced trade figures as plain pandas objects, compute the changes news articles quote,
and see where every number comes from::

    >>> import tradestats as ts
    >>> table = ts.load_dataset("china_dprk", versions="all")
    >>> ts.change(table, "Jan-Feb 2020", "Jan-Feb 2019")  # doctest: +SKIP
"""

from __future__ import annotations

from .compare import compare
from .countries import resolve_country
from .coverage import coverage, coverage_status
from .data import list_datasets, load_code_list, load_dataset, load_sources, read_table
from .errors import (
    AmbiguousCountryError,
    ComtradeError,
    CountryError,
    CoverageError,
    DatasetNotFoundError,
    DuplicateRowsError,
    FetchError,
    InputError,
    MixedUnitsError,
    PeriodError,
    ReportError,
    SchemaError,
    TilingConflictWarning,
    TradestatsError,
    TradestatsWarning,
    TruncationWarning,
    UncoveredPeriodError,
)
from .formatting import format_pct, format_usd
from .measures import (
    change,
    contributions,
    mom,
    monthly_changes,
    published_changes,
    rolling_sum,
    share,
    values,
    yoy,
    ytd,
)
from .panel import (
    panel_annual,
    panel_changes,
    panel_contributions,
    panel_share,
    panel_values,
    panel_ytd,
)
from .periods import Span, parse_span
from .rounding import Interval, written_interval
from .schema import CANONICAL_COLUMNS, validate_table
from .tiling import span_values, value_over
from .versions import choose_preferred, preferred_view
from .vintages import diff_tables

# Imported on first use: the checker's patterns and the HTTP client cost more to load than
# the rest of the package together, and most sessions need neither.
_LAZY = {
    "check_text": ("tradestats.check.run", "check_text"),
    "fetch_comtrade": ("tradestats.comtrade", "fetch_comtrade"),
    "read_china_customs": ("tradestats.readers", "read_china_customs"),
    "read_comtrade_bulk": ("tradestats.readers", "read_comtrade_bulk"),
}


def __getattr__(name: str) -> object:
    """``__version__`` from the installed metadata and the lazily imported functions."""
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("tradestats")
        except PackageNotFoundError:  # pragma: no cover - a checkout without install
            return "0+unknown"
    raise AttributeError(f"module 'tradestats' has no attribute {name!r}")


__all__ = [
    "AmbiguousCountryError",
    "ComtradeError",
    "FetchError",
    "ReportError",
    "TruncationWarning",
    "CANONICAL_COLUMNS",
    "CountryError",
    "CoverageError",
    "DatasetNotFoundError",
    "DuplicateRowsError",
    "InputError",
    "Interval",
    "MixedUnitsError",
    "PeriodError",
    "SchemaError",
    "Span",
    "TilingConflictWarning",
    "TradestatsError",
    "TradestatsWarning",
    "UncoveredPeriodError",
    "change",
    "check_text",
    "choose_preferred",
    "compare",
    "contributions",
    "coverage",
    "coverage_status",
    "diff_tables",
    "fetch_comtrade",
    "format_pct",
    "format_usd",
    "list_datasets",
    "load_code_list",
    "load_dataset",
    "load_sources",
    "mom",
    "monthly_changes",
    "panel_annual",
    "panel_changes",
    "panel_contributions",
    "panel_share",
    "panel_values",
    "panel_ytd",
    "parse_span",
    "preferred_view",
    "published_changes",
    "read_china_customs",
    "read_comtrade_bulk",
    "read_table",
    "resolve_country",
    "rolling_sum",
    "share",
    "span_values",
    "validate_table",
    "value_over",
    "values",
    "written_interval",
    "yoy",
    "ytd",
]
