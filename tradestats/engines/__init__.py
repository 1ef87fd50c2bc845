"""Engines: one definition of each measure, run by the backend that holds the table.

A measure is written once, for a pandas table (in :mod:`tradestats.measures` and
:mod:`tradestats.panel`). The :func:`on_engines` decorator sends the call to the engine of the
table it receives: :mod:`tradestats.engines.pandas` runs the measure as written;
:mod:`tradestats.engines.dask` runs it on every partition of a ``dask.dataframe.DataFrame``
after making sure the rows a measure must see together (its *co-location keys*: the series, or
the parts and their whole) are in one partition, and returns a Dask DataFrame.

Dask is imported only when a Dask object is passed; ``import tradestats`` never imports it.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

__all__ = ["on_engines", "engine_of", "is_dask", "every_month", "every_year"]

F = TypeVar("F", bound=Callable[..., Any])
#: Co-location keys: a list of columns, or a function of the call's keyword arguments.
Keys = Sequence[str] | Callable[[dict[str, Any]], Sequence[str]]


def is_dask(obj: object) -> bool:
    """True for a Dask DataFrame (checked by type name; Dask is not imported)."""
    module = type(obj).__module__ or ""
    return module.split(".")[0] in ("dask", "dask_expr") and hasattr(obj, "map_partitions")


def engine_of(table: object) -> str:
    """The name of the engine that handles ``table``: ``"dask"`` or ``"pandas"``."""
    return "dask" if is_dask(table) else "pandas"


def on_engines(
    keys: Keys, *, defaults: Callable[..., dict[str, Any]] | None = None
) -> Callable[[F], F]:
    """Decorate a pandas measure so that it runs on the engine of its first argument.

    Parameters
    ----------
    keys
        The columns whose rows the measure must see together (e.g. the series keys), or a
        function of the keyword arguments giving them (e.g. for ``within``).
    defaults
        For a partitioned engine: a function ``(table, kwargs) -> kwargs`` that fills in
        arguments whose default depends on the whole table (e.g. the first and last month),
        so that every partition computes over the same periods.
    """

    def decorate(fn: F) -> F:
        signature = inspect.signature(fn)
        first = next(iter(signature.parameters))

        @functools.wraps(fn)
        def wrapper(table: Any, *args: Any, **kwargs: Any) -> Any:
            if not is_dask(table):
                from . import pandas as engine

                return engine.apply(fn, table, keys, args, kwargs, defaults)
            from . import dask as engine

            # every argument by name, so that defaults can fill in any of them
            bound = signature.bind(table, *args, **kwargs)
            named = {k: v for k, v in bound.arguments.items() if k != first}
            return engine.apply(fn, table, keys, (), named, defaults)

        wrapper.__wrapped_measure__ = fn  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def every_month(param: str) -> Callable[[Any, dict[str, Any]], dict[str, Any]]:
    """A ``defaults`` hook: ``param`` left as None becomes every month of the whole table."""

    def fill(table: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        if kwargs.get(param) is not None:
            return {}
        from .dask import month_bounds

        first, last = month_bounds(table)
        return {param: [str(p) for p in _months(first, last)]}

    return fill


def every_year(param: str) -> Callable[[Any, dict[str, Any]], dict[str, Any]]:
    """A ``defaults`` hook: ``param`` left as None becomes every year the whole table touches."""

    def fill(table: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        if kwargs.get(param) is not None:
            return {}
        from .dask import month_bounds

        first, last = month_bounds(table)
        return {param: list(range(first.year, last.year + 1))}

    return fill


def _months(first: Any, last: Any) -> list[Any]:
    import pandas as pd

    return list(pd.period_range(first, last, freq="M"))
