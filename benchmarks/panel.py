"""A Comtrade-shaped monthly panel in the full canonical schema, for benchmarks and the Dask demo.

20 reporters × (50 partners + the world, ``WLD``) × 2 flows × HS6 codes × 60 months
(2019-01..2023-12), with about 10% of the series-months missing at random. Keys are strings as
Comtrade gives them (ISO3 countries, six-digit HS codes); every column of
:data:`tradestats.schema.CANONICAL_COLUMNS` is present. The world row of a month is the sum of
the 50 partners' full values times a factor in [1.0, 1.5) (the partners not in the panel), so
shares of the world are below 100%.

The numbers are synthetic (seeded, reproducible): this is a load generator, not data.

On disk (``write_panel``) the panel is Parquet with ``start``/``end`` as ``date32`` (the first
day of the month), which every engine reads natively; :func:`read_panel` turns them back into
``period[M]``. Large panels are generated and written one HS6 code block at a time, so 100M rows
never sit in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

MONTHS = 60
FIRST_MONTH = "2019-01"
MISSING = 0.10
REPORTERS = [
    "USA", "CHN", "DEU", "JPN", "GBR", "FRA", "KOR", "ITA", "NLD", "CAN", "IND", "MEX", "ESP",
    "BRA", "AUS", "CHE", "RUS", "SGP", "BEL", "POL",
]  # fmt: skip
PARTNERS = [
    "ARE", "ARG", "AUT", "BGD", "CHL", "COL", "CZE", "DNK", "EGY", "FIN", "GRC", "HKG", "HUN",
    "IDN", "IRL", "IRN", "ISR", "KAZ", "KWT", "MAR", "MYS", "NGA", "NOR", "NZL", "PAK", "PER",
    "PHL", "PRT", "QAT", "ROU", "SAU", "SWE", "THA", "TUR", "TWN", "UKR", "VNM", "ZAF", "DZA",
    "ECU", "ETH", "GHA", "IRQ", "KEN", "LKA", "LUX", "MMR", "OMN", "SVK", "URY",
]  # fmt: skip
WORLD = "WLD"
FLOWS = ("export", "import")
#: series per HS6 code: reporters × (partners + world) × flows
SERIES_PER_CODE = len(REPORTERS) * (len(PARTNERS) + 1) * len(FLOWS)
ROWS_PER_CODE = SERIES_PER_CODE * MONTHS * (1 - MISSING)


def hs6_codes(n: int, seed: int = 7) -> list[str]:
    """``n`` distinct six-digit HS codes (chapter 01..97, heading, subheading), as strings."""
    rng = np.random.default_rng(seed)
    codes: dict[str, None] = {}
    while len(codes) < n:
        ch = rng.integers(1, 98, 4 * n)
        hd = rng.integers(1, 100, 4 * n)
        sb = rng.integers(0, 100, 4 * n)
        for c, h, s in zip(ch, hd, sb):
            codes[f"{c:02d}{h:02d}{s:02d}"] = None
            if len(codes) == n:
                break
    return list(codes)


def n_codes(rows: float) -> int:
    """Number of HS6 codes for a panel of about ``rows`` rows."""
    return max(1, round(rows / ROWS_PER_CODE))


def _block(code: str, index: int, seed: int, row0: int) -> pd.DataFrame:
    """All series of one HS6 code: a canonical frame (start/end as period[M])."""
    rng = np.random.default_rng([seed, index])
    n_r, n_p, n_f = len(REPORTERS), len(PARTNERS), len(FLOWS)
    # Full values: reporter × partner × flow × month, log-normal around a partner scale.
    scale = rng.lognormal(13, 1.5, (n_r, n_p, n_f, 1))
    full = np.rint(scale * rng.lognormal(0, 0.3, (n_r, n_p, n_f, MONTHS))) + 1000
    world = np.rint(full.sum(axis=1, keepdims=True) * rng.uniform(1.0, 1.5, (n_r, 1, n_f, 1)))
    vals = np.concatenate([full, world], axis=1)  # partner axis: 50 partners + WLD
    n_p1 = n_p + 1
    r, p, f, t = np.meshgrid(
        np.arange(n_r), np.arange(n_p1), np.arange(n_f), np.arange(MONTHS), indexing="ij"
    )
    keep = rng.random(vals.shape) >= MISSING
    r, p, f, t, v = r[keep], p[keep], f[keep], t[keep], vals[keep].astype(np.int64)
    n = len(v)
    partners = np.array([*PARTNERS, WORLD], dtype=object)
    months = pd.PeriodIndex.from_ordinals(t + pd.Period(FIRST_MONTH, "M").ordinal, freq="M")
    string = "string"
    return pd.DataFrame(
        {
            "row_id": pd.array(
                np.char.add("comtrade:", np.arange(row0, row0 + n).astype(str)), dtype=string
            ),
            "reporter": pd.array(np.array(REPORTERS, dtype=object)[r], dtype=string),
            "partner": pd.array(partners[p], dtype=string),
            "flow": pd.array(np.array(FLOWS, dtype=object)[f], dtype=string),
            "start": months,
            "end": months,
            "commodity": pd.array(np.full(n, code, dtype=object), dtype=string),
            "hs_version": pd.array(np.full(n, "H5", dtype=object), dtype=string),
            "value_usd": pd.array(v, dtype="Int64"),
            "change_pct": pd.array([pd.NA] * n, dtype=string),
            "change_basis": pd.array([pd.NA] * n, dtype=string),
            "change_terms": pd.array([pd.NA] * n, dtype=string),
            "source_id": pd.array(
                np.full(n, "comtrade_bulk_synthetic", dtype=object), dtype=string
            ),
            "published": pd.array(np.full(n, "2024-06-30", dtype=object), dtype=string),
            "compiler": pd.array(np.full(n, "UN Comtrade", dtype=object), dtype=string),
            "flag": pd.array([pd.NA] * n, dtype=string),
            "preferred": pd.array(np.ones(n, dtype=bool), dtype="boolean"),
            "note": pd.array([pd.NA] * n, dtype=string),
            "series": pd.array(np.full(n, "customs", dtype=object), dtype=string),
            "series_break": pd.array(np.zeros(n, dtype=bool), dtype="boolean"),
            "precision_usd": pd.array(np.full(n, 0.5), dtype="Float64"),
            "hedge": pd.array([pd.NA] * n, dtype=string),
            "change_hedge": pd.array([pd.NA] * n, dtype=string),
            "release": pd.array(np.full(n, "first", dtype=object), dtype=string),
        }
    )


def blocks(rows: float, seed: int = 20200324) -> Iterator[pd.DataFrame]:
    """The panel of about ``rows`` rows, one HS6 code at a time (canonical frames)."""
    row0 = 0
    for i, code in enumerate(hs6_codes(n_codes(rows))):
        b = _block(code, i, seed, row0)
        row0 += len(b)
        yield b


def make_panel(rows: float, seed: int = 20200324) -> pd.DataFrame:
    """The whole panel of about ``rows`` rows as one canonical DataFrame."""
    return pd.concat(list(blocks(rows, seed)), ignore_index=True)


def to_arrow(frame: pd.DataFrame) -> pa.Table:
    """A canonical frame as an Arrow table with ``start``/``end`` as date32 (month starts)."""
    out = frame.copy()
    for col in ("start", "end"):
        out[col] = out[col].dt.to_timestamp().astype("datetime64[s]")
    table = pa.Table.from_pandas(out, preserve_index=False)
    for col in ("start", "end"):
        i = table.schema.get_field_index(col)
        table = table.set_column(i, col, table.column(col).cast(pa.date32()))
    return table


def write_panel(path: str | Path, rows: float, seed: int = 20200324) -> int:
    """Generate the panel block by block straight into one Parquet file; returns the row count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    writer = None
    total = 0
    try:
        for b in blocks(rows, seed):
            t = to_arrow(b)
            if writer is None:
                writer = pq.ParquetWriter(tmp, t.schema)
            writer.write_table(t, row_group_size=1_000_000)
            total += len(b)
    finally:
        if writer is not None:
            writer.close()
    tmp.replace(path)
    return total


def from_arrow(table: pa.Table) -> pd.DataFrame:
    """The inverse of :func:`to_arrow`: a canonical frame (``period[M]`` months)."""
    frame = table.to_pandas(types_mapper=_types)
    for col in ("start", "end"):
        frame[col] = frame[col].astype("datetime64[s]").dt.to_period("M")
    return frame


def _types(t: pa.DataType) -> object:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return pd.StringDtype()
    if pa.types.is_integer(t):
        return pd.Int64Dtype()
    if pa.types.is_boolean(t):
        return pd.BooleanDtype()
    return None


def read_panel(path: str | Path) -> pd.DataFrame:
    """Read a panel written by :func:`write_panel` as a canonical pandas DataFrame."""
    return from_arrow(pq.read_table(path))
