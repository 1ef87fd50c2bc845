"""Helpers shared by the commands: writing a table to ``--out``."""

from __future__ import annotations

import pandas as pd

from ..atomic import atomic_path
from ..errors import InputError

__all__ = ["write_table"]


def write_table(table: pd.DataFrame, out: str) -> str:
    """Write ``table`` to ``out`` (.csv or .parquet) atomically; return the line to print."""
    path = out.lower()
    frame = table.copy()
    for col in ("start", "end"):
        if col in frame.columns:
            frame[col] = frame[col].astype(str)
    if path.endswith(".parquet"):
        try:
            import pyarrow  # noqa: F401
        except ImportError as err:
            raise InputError(
                "--out FILE.parquet needs pyarrow: pip install pyarrow (or write .csv)."
            ) from err
        with atomic_path(out) as tmp:
            frame.to_parquet(tmp, index=False)
    elif path.endswith(".csv"):
        with atomic_path(out) as tmp:
            frame.to_csv(tmp, index=False, lineterminator="\n")
    else:
        raise InputError(f"--out must end in .csv or .parquet; received {out!r}.")
    return f"wrote {len(frame)} rows to {out}\n"
