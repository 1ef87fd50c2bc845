"""tradestats: trade statistics you can check.

Load sourced trade figures as plain pandas objects, compute the changes news articles quote,
and see where every number comes from::

    >>> import tradestats as ts
    >>> table = ts.load_dataset("china_dprk", versions="all")
    >>> ts.change(table, "Jan-Feb 2020", "Jan-Feb 2019")  # doctest: +SKIP
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING

from .errors import (
    AmbiguousCountryError,
    ComtradeError,
    CountryError,
    CoverageError,
    DatasetNotFoundError,
    DuplicateRowsError,
    DuplicateRowsWarning,
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

if TYPE_CHECKING:  # the same names, for type checkers and IDEs
    from .check.run import check_text
    from .compare import compare
    from .countries import resolve_country
    from .coverage import coverage, coverage_status
    from .data import list_datasets, load_code_list, load_dataset, load_sources, read_table
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
    from .mirror import mirror
    from .panel import (
        panel_annual,
        panel_changes,
        panel_contributions,
        panel_share,
        panel_values,
        panel_ytd,
    )
    from .periods import Span, parse_span
    from .rounding import Interval, half_units, written_interval
    from .schema import CANONICAL_COLUMNS, validate_table
    from .sources.comtrade import fetch_comtrade
    from .sources.readers import read_china_customs, read_comtrade_bulk
    from .sources.vintages import diff_tables
    from .tiling import span_values, value_over
    from .versions import choose_preferred, preferred_view

# Everything but the exceptions is imported on first use (PEP 562): `import tradestats` and the
# command line start without pandas, so a Ctrl-C in the first second ends as cleanly as a later one
# and `tradestats --help` is instant. The table below is the public API, module by module.
_LAZY: dict[str, str] = {
    "check_text": "tradestats.check.run",
    "compare": "tradestats.compare",
    "resolve_country": "tradestats.countries",
    "coverage": "tradestats.coverage",
    "coverage_status": "tradestats.coverage",
    "list_datasets": "tradestats.data",
    "load_code_list": "tradestats.data",
    "load_dataset": "tradestats.data",
    "load_sources": "tradestats.data",
    "read_table": "tradestats.data",
    "format_pct": "tradestats.formatting",
    "format_usd": "tradestats.formatting",
    "change": "tradestats.measures",
    "contributions": "tradestats.measures",
    "mom": "tradestats.measures",
    "monthly_changes": "tradestats.measures",
    "published_changes": "tradestats.measures",
    "rolling_sum": "tradestats.measures",
    "share": "tradestats.measures",
    "values": "tradestats.measures",
    "yoy": "tradestats.measures",
    "ytd": "tradestats.measures",
    "mirror": "tradestats.mirror",
    "panel_annual": "tradestats.panel",
    "panel_changes": "tradestats.panel",
    "panel_contributions": "tradestats.panel",
    "panel_share": "tradestats.panel",
    "panel_values": "tradestats.panel",
    "panel_ytd": "tradestats.panel",
    "Span": "tradestats.periods",
    "parse_span": "tradestats.periods",
    "Interval": "tradestats.rounding",
    "half_units": "tradestats.rounding",
    "written_interval": "tradestats.rounding",
    "CANONICAL_COLUMNS": "tradestats.schema",
    "validate_table": "tradestats.schema",
    "fetch_comtrade": "tradestats.sources.comtrade",
    "read_china_customs": "tradestats.sources.readers",
    "read_comtrade_bulk": "tradestats.sources.readers",
    "diff_tables": "tradestats.sources.vintages",
    "span_values": "tradestats.tiling",
    "value_over": "tradestats.tiling",
    "choose_preferred": "tradestats.versions",
    "preferred_view": "tradestats.versions",
}


def __getattr__(name: str) -> object:
    """``__version__`` from the installed metadata and the lazily imported functions."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # looked up once
        return value
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("tradestats")
        except PackageNotFoundError:  # pragma: no cover - a checkout without install
            return "0+unknown"
    import importlib.util

    if importlib.util.find_spec(f"tradestats.{name}") is not None:  # a submodule, as before
        return importlib.import_module(f"tradestats.{name}")
    raise AttributeError(f"module 'tradestats' has no attribute {name!r}")


class _Package(ModuleType):
    """The package module, kept from losing a public function to its namesake submodule.

    ``compare``, ``coverage`` and ``mirror`` are functions named like the modules that hold them;
    importing such a module makes Python bind it on the package, which would hide the function.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, ModuleType) and _LAZY.get(name) == value.__name__:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
    "DuplicateRowsWarning",
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
    "half_units",
    "mirror",
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
