"""Files users download themselves, read into the canonical table.

* UN Comtrade bulk files: gzip-compressed, tab-separated, one header line, booleans as 0/1,
  header spelling case-insensitive.
* China Customs query exports (stats.customs.gov.cn): GB18030/GBK text (UTF-8 re-saves accepted),
  every field quoted, quotes inside fields not escaped, a trailing comma on every line, thousands
  separators, English or Chinese headers. An HTML error page saved as ".csv" is rejected; a file
  of exactly 10,000 data rows is probably cut by the platform, and says so.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import warnings
from pathlib import Path

import pandas as pd

from ..errors import InputError, SchemaError, TruncationWarning
from ..schema import validate_table
from .comtrade import records_to_table
from .countries import iso3_from_cc, resolve_country

__all__ = ["TruncationWarning", "read_china_customs", "read_comtrade_bulk", "read_file"]

CC_ROW_CAP = 10_000


def read_file(path: str | Path, *, flow: str | None = None, reporter: str = "CHN") -> pd.DataFrame:
    """Read a Comtrade bulk file or a China Customs export, whichever the file is."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"file must be an existing file; received {str(path)!r}.")
    head = p.read_bytes()[:2]
    if head == b"\x1f\x8b" or p.suffix == ".gz":
        return read_comtrade_bulk(p)
    if flow is None:
        raise InputError(
            "flow must be given for a China Customs export (the file does not say): --flow export|import"
        )
    return read_china_customs(p, flow=flow, reporter=reporter)


def read_comtrade_bulk(path: str | Path) -> pd.DataFrame:
    """A UN Comtrade bulk file (``.txt.gz``, tab-separated) → canonical table (total rows only).

    Rows that are breakdowns (a customs procedure, mode of transport or second partner other than
    the total) are not summed into totals; only the total rows are kept.
    """
    p = Path(path)
    raw = p.read_bytes()
    try:
        text = (
            gzip.decompress(raw).decode("utf-8-sig")
            if raw[:2] == b"\x1f\x8b"
            else raw.decode("utf-8-sig")
        )
    except (OSError, UnicodeDecodeError) as err:
        raise SchemaError(f"{p.name} is not a readable Comtrade bulk file: {err}") from err
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    canon = {c.lower(): c for c in ("reporterCode", "partnerCode", "flowCode", "refYear", "refMonth", "period",
                                    "freqCode", "cmdCode", "classificationCode", "primaryValue", "qty",
                                    "qtyUnitAbbr", "isReported", "isAggregate", "isQtyEstimated",
                                    "customsCode", "motCode", "partner2Code")}  # fmt: skip
    frame = frame.rename(columns={c: canon.get(c.lower(), c) for c in frame.columns})
    missing = [
        c
        for c in ("reporterCode", "partnerCode", "flowCode", "primaryValue")
        if c not in frame.columns
    ]
    if missing:
        raise SchemaError(
            f"{p.name} lacks Comtrade bulk columns {missing}; found {list(frame.columns)[:10]}."
        )
    for col, total in (("customsCode", "C00"), ("motCode", "0"), ("partner2Code", "0")):
        if col in frame.columns:
            frame = frame[frame[col].isin([total, ""])]
    records = frame.replace("", None).to_dict("records")
    table = records_to_table(records, source_id=f"comtrade-bulk:{p.name}")
    return validate_table(table, name=p.name)


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
}  # fmt: skip


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SchemaError(f"{name} is neither GB18030/GBK nor UTF-8 text.")


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


def read_china_customs(path: str | Path, *, flow: str, reporter: str = "CHN") -> pd.DataFrame:
    """A China Customs query export → canonical table (China as reporter by default).

    Rows of one month, partner and commodity (split by customs regime or province in the file)
    are added up; the note says how many rows each value sums. Values are in US dollars; a file
    in yuan is refused rather than converted.

    Parameters
    ----------
    path
        The exported CSV.
    flow
        ``export`` or ``import`` (the file does not say).
    reporter
        The reporting country (China).

    Raises
    ------
    SchemaError
        For an HTML page saved as CSV, unknown headers, lines whose cell count does not match the
        header, a yuan-valued file, or a partner code not in the code list.

    Warns
    -----
    TruncationWarning
        When the file holds exactly 10,000 data rows (the platform's download cap).
    """
    p = Path(path)
    if flow not in ("export", "import"):
        raise InputError(f"flow must be 'export' or 'import'; received {flow!r}.")
    raw = p.read_bytes()
    text = _decode(raw, p.name).lstrip("\ufeff")
    if re.match(r"\s*<(!DOCTYPE|html)", text, re.I):
        raise SchemaError(
            f"{p.name} is an HTML page, not a data export: the download failed (the platform returns "
            "its web page when a session expires). Download the file again."
        )
    lines = _logical_lines(text)
    start = next(
        (i for i, line in enumerate(lines[:20]) if re.search(r"Date of data|数据年月", line)), None
    )
    if start is None:
        raise SchemaError(
            f"{p.name} has no China Customs header (a 'Date of data' / '数据年月' column)."
        )
    header = [h.strip() for h in _split(lines[start])]
    columns = [_CC_HEADERS.get(h.lower(), h) for h in header]
    unknown = [h for h, c in zip(header, columns) if c == h and h]
    if unknown:
        raise SchemaError(
            f"{p.name} has unknown header(s) {unknown}; expected China Customs export columns."
        )
    rows, bad = [], []
    for number, line in enumerate(lines[start + 1 :], start + 2):
        cells = _split(line)
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
    frame = pd.DataFrame(rows, columns=columns)
    if "value_usd" not in frame.columns:
        raise SchemaError(
            f"{p.name} gives values in yuan (人民币); the canonical table holds US dollars. Export the query in "
            "US dollars (美元) — tradestats does not convert currencies silently."
        )
    if not frame["period"].str.fullmatch(r"\d{6}").all():
        raise SchemaError(
            f"{p.name}: 'Date of data' must be YYYYMM; found {sorted(set(frame['period']))[:3]}."
        )
    frame["value"] = frame["value_usd"].str.replace(",", "", regex=False)
    if not frame["value"].str.fullmatch(r"\d+").all():
        raise SchemaError(
            f"{p.name}: values must be whole dollars; found {list(frame['value'][:3])}."
        )
    if "partner_cc" not in frame.columns:
        raise SchemaError(f"{p.name} has no trading-partner column; tradestats needs the partner.")
    codes = {c: iso3_from_cc(c) for c in frame["partner_cc"].unique()}
    frame["partner"] = frame["partner_cc"].map(codes)
    if "commodity" not in frame.columns:
        frame["commodity"] = "TOTAL"
    frame["value"] = frame["value"].astype("int64")
    keys = ["period", "partner", "commodity"]
    grouped = (
        frame.groupby(keys, sort=True)
        .agg(value=("value", "sum"), n=("value", "size"))
        .reset_index()
    )
    iso = resolve_country(reporter, "reporter")
    table = pd.DataFrame(
        {
            "reporter": iso,
            "partner": grouped["partner"],
            "flow": flow,
            "period": grouped["period"].str[:4] + "-" + grouped["period"].str[4:],
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
    return validate_table(table, name=p.name)
