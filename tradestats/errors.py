"""Exceptions and warnings raised by tradestats.

Every error derives from :class:`TradestatsError`, so one ``except`` clause catches them all.
Errors about bad input also derive from :class:`ValueError` or :class:`LookupError`, so code
that already catches those keeps working::

    TradestatsError
    ├── InputError (ValueError)           bad argument or bad user data
    │   ├── PeriodError                   a period string or span that cannot be parsed
    │   ├── CountryError                  unknown or ambiguous country name or code
    │   │   └── AmbiguousCountryError     a name that matches several countries ("Korea")
    │   └── SchemaError                   a table that does not follow the canonical schema
    │       ├── DuplicateRowsError        the same cell twice with no rule to choose
    │       └── MixedUnitsError           values in more than one unit or currency
    ├── DatasetNotFoundError (LookupError) unknown dataset name
    ├── CoverageError (LookupError)       the data cannot answer for a period
    │   └── UncoveredPeriodError          months of a span that no rows tile
    ├── ReportError                       a report definition is invalid, or would write a
    │                                     sentence that does not check as correct
    └── OutsideError                      a failure outside the user's input (network, disk)
        └── ComtradeError                 the Comtrade API refused a request
            └── FetchError                a chunk still failed after retries (names the chunk)

    TradestatsWarning (UserWarning)
    ├── TilingConflictWarning             two tilings of one span disagree beyond rounding
    ├── DuplicateRowsWarning              identical duplicate rows were dropped (never summed)
    └── TruncationWarning                 a download holds exactly its source's row cap

Messages name the argument, what was expected and what was received.

Exit codes of the command line (each error class carries its own as ``exit_code``):

    0    success
    1    a claim checked as wrong, or an incomplete result the user asked to accept
    2    bad usage or bad input (InputError, DatasetNotFoundError, CoverageError, ReportError)
    3    a failure outside the user's input: network, service, disk (OutsideError)
    70   a bug in tradestats (printed as one line; ``--debug`` shows the traceback)
    130  interrupted (Ctrl-C)
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousCountryError",
    "ComtradeError",
    "FetchError",
    "ReportError",
    "TruncationWarning",
    "CountryError",
    "CoverageError",
    "DatasetNotFoundError",
    "DuplicateRowsError",
    "DuplicateRowsWarning",
    "InputError",
    "MixedUnitsError",
    "OutsideError",
    "PeriodError",
    "SchemaError",
    "TilingConflictWarning",
    "TradestatsError",
    "TradestatsWarning",
    "UncoveredPeriodError",
]


EXIT_OK = 0
EXIT_WRONG = 1
EXIT_USAGE = 2
EXIT_OUTSIDE = 3
EXIT_BUG = 70
EXIT_INTERRUPTED = 130


class TradestatsError(Exception):
    """Base class of every exception raised by tradestats.

    Attributes
    ----------
    exit_code
        The command line's exit status for this error (see the module docstring).
    """

    exit_code: int = EXIT_USAGE


class InputError(TradestatsError, ValueError):
    """An argument or a user table does not have the expected form."""


class PeriodError(InputError):
    """A period could not be parsed, or does not make sense."""


class CountryError(InputError):
    """A country name or code is not known."""


class AmbiguousCountryError(CountryError):
    """A country name matches several countries.

    Attributes
    ----------
    choices
        The ISO3 codes the name could mean.
    """

    def __init__(self, message: str, choices: Sequence[str]) -> None:
        super().__init__(message)
        self.choices = tuple(choices)


class SchemaError(InputError):
    """A table does not follow the canonical schema."""


class DuplicateRowsError(SchemaError):
    """The same cell appears more than once and no rule says which row to use."""


class MixedUnitsError(SchemaError):
    """Values in one column are given in more than one unit or currency."""


class DatasetNotFoundError(TradestatsError, LookupError):
    """No bundled dataset has the requested name."""


class CoverageError(TradestatsError, LookupError):
    """The data do not hold what a computation needs."""


class UncoveredPeriodError(CoverageError):
    """Some months of a span are not covered by any exact tiling of the rows.

    Attributes
    ----------
    months
        The months (``YYYY-MM`` strings) that no row covers on its own terms.
    """

    def __init__(self, message: str, months: Sequence[str]) -> None:
        super().__init__(message)
        self.months = tuple(months)


class TradestatsWarning(UserWarning):
    """Base class of the warnings tradestats emits."""


class TilingConflictWarning(TradestatsWarning):
    """Two ways of adding up the same span give values that disagree beyond their rounding."""


class DuplicateRowsWarning(TradestatsWarning):
    """Identical duplicate rows of a table were dropped (never summed)."""


class OutsideError(TradestatsError):
    """A failure outside the user's input: the network, a remote service, the disk."""

    exit_code = EXIT_OUTSIDE


class ComtradeError(OutsideError):
    """The Comtrade API refused a request (bad key, quota, an error message)."""


class FetchError(ComtradeError):
    """A chunk could not be fetched after retries.

    Attributes
    ----------
    chunk
        The chunk that failed: its periods, flows and commodity codes.
    """

    def __init__(self, message: str, chunk: dict[str, object]) -> None:
        super().__init__(message)
        self.chunk = chunk


class ReportError(TradestatsError):
    """A report definition is invalid, or a sentence it would write does not check as correct."""


class TruncationWarning(TradestatsWarning):
    """A download holds exactly as many rows as its source's cap: it was probably cut."""
