"""Files users download themselves, read into the canonical table.

* UN Comtrade bulk files: tab-separated, one header line, booleans as 0/1, header spelling
  case-insensitive; gzip-compressed (``.txt.gz``) or decompressed (``.txt``, as the official
  client writes it). Every flow and partner is read: exports and imports into the canonical
  table, the other flows (re-exports, re-imports, ...) apart; non-country partners (Areas nes,
  Bunkers, Free Zones, Kosovo) and historic codes (841, 280) by the bundled area lists. Files of
  millions of rows are read in chunks, keeping only total rows, so memory stays bounded.
* China Customs query exports (stats.customs.gov.cn): GB18030/GBK text (UTF-8 re-saves accepted),
  every field quoted, quotes inside fields not escaped, a trailing comma on every line, thousands
  separators, English or Chinese headers, an optional ``备注`` (remarks) column; monthly exports
  (a ``Date of data`` column) and cumulative ones (no date column: the months are given by the
  user). Every partner code of the 273-code list is read. An HTML error page saved as ".csv" is
  rejected; a file of exactly 10,000 data rows is probably cut by the platform, and says so.

Identical duplicate rows are dropped with a warning; two different values for one cell are an
error naming the cell and both values. Nothing is summed by accident.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Literal, overload

import pandas as pd

from ..errors import InputError, SchemaError, TruncationWarning
from ..periods import parse_span
from ..schema import validate_table
from .countries import iso3_from_cc, resolve_country
from .records import (
    SOURCE_CELL,
    DuplicateRowsDroppedWarning,
    comtrade_frame_to_table,
    drop_identical_rows,
)

__all__ = [
    "DuplicateRowsDroppedWarning",
    "TruncationWarning",
    "is_comtrade_bulk",
    "read_china_customs",
    "read_comtrade_bulk",
    "read_file",
]

CC_ROW_CAP = 10_000
BULK_CHUNK_ROWS = 200_000
Progress = Callable[[int, int, str], None]
_BULK_HEADER = re.compile(r"(?i)^\ufeff?[^\n]*\breportercode\b[^\n]*\t[^\n]*\bflowcode\b")


def _head(p: Path) -> bytes:
    try:
        with p.open("rb") as fh:
            return fh.read(4096)
    except OSError as err:
        raise InputError(f"file {str(p)!r} cannot be read: {err.strerror or err}.") from err


def is_comtrade_bulk(path: str | Path) -> bool:
    """Whether a file is a Comtrade bulk file: gzip, or text whose header names Comtrade columns."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"file must be an existing file; received {str(path)!r}.")
    head = _head(p)
    return (
        head[:2] == b"\x1f\x8b"
        or p.suffix == ".gz"
        or bool(_BULK_HEADER.match(head.decode("utf-8", "replace")))
    )


def read_file(path: str | Path, *, flow: str | None = None, reporter: str = "CHN", period: str | None = None,
              progress: Progress | None = None) -> pd.DataFrame:  # fmt: skip
    """Read a Comtrade bulk file (``.txt.gz`` or ``.txt``) or a China Customs export, whichever
    the file is (judged by its content, not its name)."""
    p = Path(path)
    if is_comtrade_bulk(p):
        return read_comtrade_bulk(p, progress=progress)
    head = _head(p)
    looks = [head.decode(enc, "replace") for enc in ("utf-8", "gb18030")]
    if not any(_CC_HEADER.search(t) or re.search(r"<(!DOCTYPE|html)", t, re.I) for t in looks):
        raise SchemaError(
            f"file must be a UN Comtrade bulk file or a China Customs export; {p.name} is neither "
            "(no Comtrade header and no 'Date of data' / '数据年月' column in its first lines)."
        )
    if flow is None:
        raise InputError(
            "flow must be given for a China Customs export (the file does not say): --flow export|import"
        )
    return read_china_customs(p, flow=flow, reporter=reporter, period=period)


@overload
def read_comtrade_bulk(path: str | Path, *, with_other_flows: Literal[False] = ..., chunk_rows: int = ...,
                       progress: Progress | None = ...) -> pd.DataFrame: ...  # fmt: skip
@overload
def read_comtrade_bulk(path: str | Path, *, with_other_flows: Literal[True], chunk_rows: int = ...,
                       progress: Progress | None = ...) -> tuple[pd.DataFrame, pd.DataFrame]: ...  # fmt: skip
def read_comtrade_bulk(
    path: str | Path,
    *,
    with_other_flows: bool = False,
    chunk_rows: int = BULK_CHUNK_ROWS,
    progress: Progress | None = None,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """A UN Comtrade bulk file (``.txt.gz`` or ``.txt``, tab-separated) → canonical table.

    Only total rows are kept (customs procedure C00, mode of transport 0, second partner 0):
    breakdowns are never summed into totals. Exports (X) and imports (M) form the table; the
    other flows (RX, RM, DX, FM, MIP, ...) are returned apart when ``with_other_flows`` is true
    (their ``flow`` column holds the Comtrade code), never an error.

    Parameters
    ----------
    path
        The bulk file.
    with_other_flows
        Also return the rows of the other flows, as a second table.
    chunk_rows
        Rows read at a time (memory stays bounded by this and the total rows kept).
    progress
        Called as ``progress(bytes_read, file_size, message)`` after each chunk.

    Returns
    -------
    pandas.DataFrame or (pandas.DataFrame, pandas.DataFrame)
        The canonical table (with ``reporter_code``, ``partner_code``, ``primary_value``,
        ``cif_usd``, ``fob_usd``, ``valuation``, ``quantity``, ``quantity_unit``), and with
        ``with_other_flows`` the rows of the other flows.

    Raises
    ------
    SchemaError
        For a damaged or non-Comtrade file, a missing column, a record without a value, a value
        above the int64 range, or two different values for one cell.
    CountryError
        For an area code that is not in the bundled lists (never guessed).
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"path must be an existing Comtrade bulk file; received {str(path)!r}.")
    if not isinstance(chunk_rows, int) or chunk_rows < 1:
        raise InputError(f"chunk_rows must be a positive whole number; received {chunk_rows!r}.")
    size = max(1, p.stat().st_size)
    tables, others = [], []
    try:
        with p.open("rb") as raw:
            gz = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            stream = gzip.GzipFile(fileobj=raw) if gz else raw
            text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
            reader = pd.read_csv(text, sep="\t", dtype=str, keep_default_na=False, chunksize=chunk_rows,
                                 quoting=csv.QUOTE_NONE)  # fmt: skip
            for chunk in reader:
                table, other = comtrade_frame_to_table(
                    chunk, source_id=f"comtrade-bulk:{p.name}", name=p.name
                )
                if len(table):
                    tables.append(table)
                if len(other):
                    others.append(other)
                if progress:
                    progress(raw.tell(), size, f"reading {p.name}")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, pd.errors.ParserError,
            pd.errors.EmptyDataError) as err:  # fmt: skip
        detail = " ".join(str(err).split())[:160]
        raise SchemaError(
            f"{p.name} is not a readable Comtrade bulk file (tab-separated text, optionally gzip): {detail}."
        ) from err
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame()
    if table.empty:
        table = pd.DataFrame(columns=["reporter", "partner", "flow", "period", "value_usd"])
    else:
        table = drop_identical_rows(table, SOURCE_CELL, "primary_value", p.name)
    table = validate_table(table, name=p.name)
    if not with_other_flows:
        return table
    other = pd.concat(others, ignore_index=True) if others else pd.DataFrame()
    return table, other


_CC_HEADERS = {
    "date of data": "period", "数据年月": "period",
    "commodity code": "commodity", "商品编码": "commodity",
    "commodity": "commodity_name", "商品名称": "commodity_name",
    "trading partner code": "partner_cc", "贸易伙伴编码": "partner_cc",
    "trading partner": "partner_name", "贸易伙伴名称": "partner_name",
    "customs regime code": "regime", "贸易方式编码": "regime",
    "customs regime": "regime_name", "贸易方式名称": "regime_name",
    "locations of importers and exporters code": "province", "注册地编码": "province", "收发货人注册地编码": "province",
    "locations of importers and exporters": "province_name", "注册地名称": "province_name",
    "收发货人注册地名称": "province_name",
    "quantity": "quantity_1", "第一数量": "quantity_1", "unit": "unit_1", "第一计量单位": "unit_1",
    "supplimentary quantity": "quantity_2", "supplementary quantity": "quantity_2", "第二数量": "quantity_2",
    "supplimentary unit": "unit_2", "supplementary unit": "unit_2", "第二计量单位": "unit_2",
    "us dollar": "value_usd", "美元": "value_usd", "renminbi yuan": "value_cny", "人民币": "value_cny",
    "备注": "remarks", "remarks": "remarks", "remark": "remarks", "": "remarks",
}  # fmt: skip


#: A China Customs export's header line names one of these columns.
_CC_HEADER = re.compile(
    r"Date of data|数据年月|Trading partner code|贸易伙伴编码|Commodity code|商品编码", re.I
)


def _decode(raw: bytes, name: str) -> str:
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    for encoding in ("utf-8", "gb18030"):  # a GBK file re-saved with a UTF-8 BOM is GBK after it
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SchemaError(
        f"{name} is neither GB18030/GBK nor UTF-8 text; save it again as GB18030 or UTF-8."
    )


def _logical_lines(text: str) -> list[str]:
    """Lines of the file, a quoted field's line break joined back (a record ends with '"' or '",')."""
    out: list[str] = []
    pending = ""
    for physical in text.splitlines():
        pending = f"{pending} {physical}" if pending else physical
        stripped = pending.rstrip()
        if not stripped.startswith('"') or stripped.endswith(('",', '"')):
            if stripped:
                out.append(stripped)
            pending = ""
    if pending.strip():
        out.append(pending.rstrip())
    return out


def _split(line: str) -> list[str]:
    """Split a China Customs line: fields quoted, separated by '","', inner quotes unescaped."""
    line = line.rstrip("\r")
    if line.endswith(","):
        line = line[:-1]
    if line.startswith('"') and line.endswith('"'):
        return [cell.replace('"', "'") for cell in line[1:-1].split('","')]
    return next(csv.reader([line]))


def read_china_customs(path: str | Path, *, flow: str, reporter: str = "CHN", period: str | None = None
                       ) -> pd.DataFrame:  # fmt: skip
    """A China Customs query export → canonical table (China as reporter by default).

    Rows of one month, partner and commodity split by customs regime or province in the file
    are added up, and the note says how many rows each value sums; identical duplicate rows are
    dropped with a warning, and two rows that differ only in value are an error. Values are in
    US dollars; a file in yuan is refused rather than converted. Quantities are kept with their
    unit where the file gives one (``quantity``, ``quantity_unit``) and all rows of a value share
    the unit.

    Parameters
    ----------
    path
        The exported CSV.
    flow
        ``export`` or ``import`` (the file does not say).
    reporter
        The reporting country (China).
    period
        The months a cumulative export covers (``2024-01..2024-06``): such a file has no date
        column. Not used for a monthly export, which has one.

    Raises
    ------
    SchemaError
        For an HTML page saved as CSV, unknown or repeated headers, lines whose cell count does
        not match the header, a yuan-valued file, a cumulative file without ``period``, a value
        above the int64 range, or two different values for one cell.
    CountryError
        For a partner code not in the 273-code list (never guessed).

    Warns
    -----
    TruncationWarning
        When the file holds exactly 10,000 data rows (the platform's download cap).
    DuplicateRowsDroppedWarning
        When identical rows were dropped.
    """
    p = Path(path)
    if flow not in ("export", "import"):
        raise InputError(f"flow must be 'export' or 'import'; received {flow!r}.")
    try:
        raw = p.read_bytes()
    except OSError as err:
        raise InputError(f"file {str(p)!r} cannot be read: {err.strerror or err}.") from err
    text = _decode(raw, p.name).lstrip("\ufeff")
    if re.match(r"\s*<(!DOCTYPE|html)", text, re.I):
        raise SchemaError(
            f"{p.name} is an HTML page, not a data export: the download failed (the platform returns "
            "its web page when a session expires). Download the file again."
        )
    lines = _logical_lines(text)
    start = next((i for i, line in enumerate(lines[:20]) if _CC_HEADER.search(line)), None)
    if start is None:
        raise SchemaError(
            f"{p.name} has no China Customs header (a 'Date of data' / '数据年月' or 'Trading partner code' / "
            "'贸易伙伴编码' column)."
        )
    header = [h.strip() for h in _split(lines[start])]
    columns = [_CC_HEADERS.get(h.lower(), h) for h in header]
    unknown = [h for h, c in zip(header, columns) if c == h and h]
    if unknown:
        raise SchemaError(
            f"{p.name} has unknown header(s) {unknown}; expected China Customs export columns."
        )
    repeated = sorted(
        {h for h, c in zip(header, columns) if c != "remarks" and columns.count(c) > 1}
    )
    if repeated:
        raise SchemaError(
            f"{p.name} has the column(s) {repeated} more than once; expected each once."
        )
    rows, bad = [], []
    for number, line in enumerate(lines[start + 1 :], start + 2):
        cells = _split(line)
        if len(cells) == len(columns) - 1 and columns[-1] == "remarks":
            cells.append("")  # an empty last (remarks) column the line's trailing comma swallowed
        if len(cells) != len(columns):
            bad.append(number)
            continue
        rows.append(cells)
    if bad:
        raise SchemaError(
            f"{p.name}: {len(bad)} line(s) do not have {len(columns)} cells (first: line {bad[0]}); the file "
            "may be corrupted by unescaped quotes. Nothing was guessed."
        )
    if len(rows) == CC_ROW_CAP:
        warnings.warn(f"{p.name} holds exactly {CC_ROW_CAP} rows, the platform's download cap: it was probably cut.",
                      TruncationWarning, stacklevel=2)  # fmt: skip
    frame = pd.DataFrame(rows, columns=columns).drop(columns="remarks", errors="ignore")
    if "value_usd" not in frame.columns:
        raise SchemaError(
            f"{p.name} gives values in yuan (人民币); the canonical table holds US dollars. Export the query in "
            "US dollars (美元) — tradestats does not convert currencies silently."
        )
    if "period" in frame.columns:
        if period is not None:
            raise InputError(
                f"period is for cumulative exports (no date column); {p.name} has its own 'Date of data' column."
            )
        if not frame["period"].str.fullmatch(r"\d{6}").all():
            raise SchemaError(
                f"{p.name}: 'Date of data' must be YYYYMM; found {sorted(set(frame['period']))[:3]}."
            )
        frame["period"] = frame["period"].str[:4] + "-" + frame["period"].str[4:]
    else:
        if period is None:
            raise SchemaError(
                f"{p.name} is a cumulative export (no 'Date of data' / '数据年月' column): give the months it "
                "covers, e.g. --period 2024-01..2024-06 (period= in Python)."
            )
        frame["period"] = str(parse_span(period))
    frame["value"] = frame["value_usd"].str.replace(",", "", regex=False).str.strip()
    if not frame["value"].str.fullmatch(r"\d+").all():
        raise SchemaError(
            f"{p.name}: values must be whole dollars; found {list(frame['value'][:3])}."
        )
    too_big = frame["value"].str.lstrip("0").str.len() > 18
    if too_big.any():
        raise SchemaError(
            f"{p.name}: the value {frame['value_usd'][too_big].iloc[0]} is above the range of whole dollars "
            "tradestats stores (int64); nothing was cut."
        )
    if "partner_cc" not in frame.columns:
        raise SchemaError(f"{p.name} has no trading-partner column; tradestats needs the partner.")
    codes = {c: iso3_from_cc(c) for c in frame["partner_cc"].unique()}
    frame["partner"] = frame["partner_cc"].map(codes)
    if "commodity" not in frame.columns:
        frame["commodity"] = "TOTAL"
    frame["value"] = frame["value"].astype("int64")
    # identical rows are dropped; rows that differ only in their numbers are a conflict
    detail = [c for c in ("period", "partner_cc", "commodity", "regime", "province", "unit_1", "unit_2")
              if c in frame.columns]  # fmt: skip
    numbers = [c for c in ("quantity_1", "quantity_2", "value_usd") if c in frame.columns]
    frame = _dedupe_cc(frame, detail, numbers, p.name)
    has_qty = "quantity_1" in frame.columns and "unit_1" in frame.columns
    if has_qty:
        frame["qty"] = pd.to_numeric(
            frame["quantity_1"].str.replace(",", "", regex=False), errors="coerce"
        )
    keys = ["period", "partner", "commodity"]
    agg = {"value": ("value", "sum"), "n": ("value", "size"), "ccs": ("partner_cc", "nunique")}
    if has_qty:
        agg.update(
            qty=("qty", "sum"),
            qty_n=("qty", "count"),
            units=("unit_1", "nunique"),
            unit=("unit_1", "first"),
        )
    grouped = frame.groupby(keys, sort=True).agg(**agg).reset_index()
    iso = resolve_country(reporter, "reporter")
    table = pd.DataFrame(
        {
            "reporter": iso,
            "partner": grouped["partner"],
            "flow": flow,
            "period": grouped["period"],
            "commodity": grouped["commodity"],
            "value_usd": grouped["value"].astype(str),
            "source_id": f"gacc-export:{p.name}",
            "compiler": "GACC query export",
            "note": [
                f"sum of {n} rows of the export" if n > 1 else "one row of the export"
                for n in grouped["n"]
            ],
        }
    )
    merged = grouped["ccs"] > 1
    if merged.any():  # two customs partners one ISO code covers (409 Bonaire, 436 Saba: BES)
        ccs = frame.groupby(keys, sort=True)["partner_cc"].unique()
        table.loc[merged.to_numpy(), "note"] = [
            f"sum of {n} rows of the export, customs partners {', '.join(sorted(c))} together"
            for n, c in zip(grouped.loc[merged, "n"], ccs[merged.to_numpy()])
        ]
    if has_qty:
        ok = (grouped["units"] == 1) & (grouped["qty_n"] == grouped["n"])
        table["quantity"] = grouped["qty"].astype("Int64").astype("string").where(ok, None)
        table["quantity_unit"] = grouped["unit"].where(ok, None)
    return validate_table(table, name=p.name)


def _dedupe_cc(
    frame: pd.DataFrame, detail: list[str], numbers: list[str], name: str
) -> pd.DataFrame:
    """Drop identical rows (warning); raise when rows equal in every detail differ in a number."""
    if not frame.duplicated(detail, keep=False).any():
        return frame
    frame = frame.assign(_numbers=frame[numbers].agg(" / ".join, axis=1))
    frame = drop_identical_rows(frame, detail, "_numbers", name)
    return frame.drop(columns="_numbers")
