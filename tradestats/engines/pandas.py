"""The pandas engine: a measure runs as written, on the whole table in memory."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["apply"]


def apply(
    fn: Callable[..., Any],
    table: Any,
    keys: Any,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    defaults: Callable[..., dict[str, Any]] | None = None,
) -> Any:
    """Call ``fn(table, *args, **kwargs)``; ``keys`` and ``defaults`` matter only to partitioned engines."""
    return fn(table, *args, **kwargs)
