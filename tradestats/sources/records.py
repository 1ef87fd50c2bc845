"""Comtrade records (API answers or bulk-file rows) → canonical table rows, vectorised.

Shared by the API client and the bulk-file reader, so both read values, valuation, quantities,
flows and area codes the same way:

- only total rows are kept (customs procedure ``C00``, mode of transport ``0``, second partner
  ``0``); breakdown rows are never summed into totals;
- exports (``X``, legacy ``2``) and imports (``M``, legacy ``1``) become the canonical flows;
  every other flow (re-exports ``RX``, re-imports ``RM``, domestic exports ``DX``, foreign
  imports ``FM``, processing flows) is returned apart, never an error and never mixed in;
- every reporter and partner code of the bundled lists is read, non-country areas included
  (899 Areas nes → ``CT899``, 837 Bunkers → ``CT837``, 0 World → ``WLD``), historic codes as
  Comtrade maps them (841 → USA, 280 → DEU); the raw codes stay in ``reporter_code`` and
  ``partner_code``;
- ``primaryValue`` is rounded to whole dollars (half to even) for ``value_usd`` and kept exactly
  as published in ``primary_value``, beside ``cif_usd``, ``fob_usd``, ``valuation`` (``CIF`` or
  ``FOB``: which of the two the primary value is), ``quantity`` and ``quantity_unit``;
- identical duplicate rows are dropped with a warning; two different values for one cell are an
  error naming the cell and both values.
"""

from __future__ import annotations

import warnings
from decimal import Decimal, InvalidOperation
from functools import cache

import numpy as np
import pandas as pd

from ..errors import CountryError, DuplicateRowsError, SchemaError, TradestatsWarning
from .countries import comtrade_areas

__all__ = ["COMTRADE_COLUMNS", "DuplicateRowsDroppedWarning", "canonical_columns", "comtrade_frame_to_table",
           "drop_identical_rows"]  # fmt: skip

#: Comtrade column spellings, matched case-insensitively (``cifValue``, ``isnetWgtEstimated``).
COMTRADE_COLUMNS = ("reporterCode", "partnerCode", "flowCode", "refYear", "refMonth", "period", "freqCode",
                    "cmdCode", "classificationCode", "primaryValue", "cifvalue", "fobvalue", "qty",
                    "qtyUnitAbbr", "qtyUnitCode", "isReported", "isAggregate", "isQtyEstimated", "customsCode",
                    "motCode", "partner2Code")  # fmt: skip
_CANON_FLOW = {"X": "export", "M": "import", "2": "export", "1": "import"}
_INT64_DIGITS = 18


@cache
def _qty_units() -> dict[str, str]:
    from ..data import data_dir

    units = pd.read_csv(data_dir() / "codes" / "qty_units.csv", dtype=str, keep_default_na=False)
    return dict(zip(units["code"], units["abbr"]))


class DuplicateRowsDroppedWarning(TradestatsWarning):
    """Identical rows for one cell were found in a file or answer; one was kept."""


def canonical_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Rename Comtrade columns to their canonical spelling, whatever their case."""
    canon = {c.lower(): c for c in COMTRADE_COLUMNS}
    return frame.rename(columns={c: canon.get(str(c).lower(), c) for c in frame.columns})


def _text(frame: pd.DataFrame, col: str) -> pd.Series:
    if col not in frame.columns:
        return pd.Series("", index=frame.index, dtype=object)
    s = frame[col]
    return (
        s.where(s.notna(), "").astype(str).str.strip().replace({"None": "", "nan": "", "null": ""})
    )


def _is_true(s: pd.Series) -> pd.Series:
    return s.str.lower().isin(["true", "1"])


def _round_half_even(value: pd.Series, name: str) -> tuple[pd.Series, pd.Series]:
    """Whole dollars (half to even) from decimal strings, and whether a fraction was dropped."""
    parts = value.str.extract(r"^\+?(\d+)(?:\.(\d*))?$")
    plain = parts[0].notna()
    if not plain.all():  # exponents ("1.2E9") or garbage: exact Decimal for those rows only
        odd = value[~plain]
        fixed = {}
        for v in odd.unique():
            try:
                d = Decimal(v)
            except InvalidOperation:
                raise SchemaError(
                    f"{name}: primaryValue must be a number; received {v!r}."
                ) from None
            if d < 0 or not d.is_finite():
                raise SchemaError(
                    f"{name}: primaryValue must be a non-negative number; received {v!r}."
                )
            fixed[v] = format(d, "f")
        parts.loc[~plain] = odd.map(fixed).str.extract(r"^(\d+)(?:\.(\d*))?$").to_numpy()
    whole, frac = parts[0], parts[1].fillna("").str.rstrip("0")
    big = whole.str.lstrip("0").str.len() > _INT64_DIGITS
    if big.any():
        raise SchemaError(
            f"{name}: primaryValue {value[big].iloc[0]!r} is above the range of whole dollars "
            "tradestats stores (int64); nothing was rounded or cut."
        )
    n = whole.astype("int64")
    first = frac.str[:1]
    up = (first > "5") | ((first == "5") & (frac.str.len() > 1)) | ((frac == "5") & (n % 2 == 1))
    return n + up.astype("int64"), frac != ""


#: A cell of a source's file: the canonical cell with the source's own area codes.
SOURCE_CELL = [
    "reporter",
    "partner",
    "flow",
    "start",
    "end",
    "commodity",
    "reporter_code",
    "partner_code",
]


def drop_identical_rows(
    table: pd.DataFrame, keys: list[str], value: str, name: str
) -> pd.DataFrame:
    """Drop identical duplicates of a cell (with a warning); raise on conflicting values.

    Raises
    ------
    DuplicateRowsError
        When one cell has two different values; the message names the cell and both values.
    """
    dup = table.duplicated(keys, keep=False)
    if not dup.any():
        return table
    rows = table[dup]
    distinct = rows.drop_duplicates([*keys, value])
    clash = distinct.duplicated(keys, keep=False)
    if clash.any():
        first = distinct[clash].iloc[0]
        same = distinct[clash]
        for k in keys:
            same = same[same[k] == first[k]]
        cell = " ".join(f"{k}={first[k]}" for k in keys)
        values = " and ".join(str(v) for v in same[value].head(2))
        raise DuplicateRowsError(
            f"{name} gives two different values for one cell ({cell}): {values}. tradestats never "
            "adds or picks between them; remove the wrong row."
        )
    extra = int(table.duplicated(keys).sum())
    warnings.warn(f"{name}: {extra} identical duplicate row(s) dropped (one kept per cell).",
                  DuplicateRowsDroppedWarning, stacklevel=3)  # fmt: skip
    return table.drop_duplicates(keys).reset_index(drop=True)


def comtrade_frame_to_table(frame: pd.DataFrame, *, source_id: str | pd.Series, name: str, published: str = "",
                            extra: dict[str, object] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:  # fmt: skip
    """Comtrade records as a frame → (canonical rows not yet validated, rows of other flows).

    Parameters
    ----------
    frame
        One row per Comtrade record, columns named as Comtrade names them (any case).
    source_id
        The source id of every row (or one per row).
    name
        How to call the input in messages (a file name, a chunk).
    published
        The release date to put in ``published``.
    extra
        Constant columns to add (``retrieved_at``, ``vintage``, ``checksum``).

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        The export and import total rows in canonical columns (plus ``reporter_code``,
        ``partner_code``, ``primary_value``, ``cif_usd``, ``fob_usd``, ``valuation``,
        ``quantity``, ``quantity_unit``), and the total rows of every other flow (the same
        columns, ``flow`` holding the Comtrade flow code).
    """
    frame = canonical_columns(frame)
    missing = [
        c
        for c in ("reporterCode", "partnerCode", "flowCode", "primaryValue")
        if c not in frame.columns
    ]
    if missing:
        raise SchemaError(
            f"{name} lacks Comtrade columns {missing}; found {list(frame.columns)[:10]}."
        )
    total = pd.Series(True, index=frame.index)
    for col, ok in (
        ("customsCode", ("C00", "", "None")),
        ("motCode", ("0", "")),
        ("partner2Code", ("0", "")),
    ):
        if col in frame.columns:
            total &= _text(frame, col).isin(ok)
    frame = frame[total]
    if frame.empty:
        empty = pd.DataFrame(columns=["reporter", "partner", "flow", "period", "value_usd"])
        return empty, empty.copy()
    value = _text(frame, "primaryValue")
    if (value == "").any():
        bad = frame[value == ""].iloc[0]
        raise SchemaError(
            f"{name}: a record has no primaryValue (null) for reporter {bad['reporterCode']}, partner "
            f"{bad['partnerCode']}, flow {bad['flowCode']}, period {bad.get('period', bad.get('refYear'))}; "
            "nothing is filled in."
        )
    usd, fraction = _round_half_even(value, name)
    codes = {}
    areas = comtrade_areas()
    for col in ("reporterCode", "partnerCode"):
        raw = _text(frame, col).str.replace(r"\.0$", "", regex=True)
        num = pd.to_numeric(raw, errors="coerce")
        ids = num.map(areas)
        if ids.isna().any():
            unknown = sorted(set(raw[ids.isna()]))[:5]
            raise CountryError(
                f"{name}: UN Comtrade area code(s) {unknown} in {col} are not in the bundled code list; "
                "tradestats does not guess what they mean."
            )
        codes[col] = (raw, ids)
    flow_code = _text(frame, "flowCode").str.upper()
    freq = _text(frame, "freqCode").str.upper()
    ref_month = _text(frame, "refMonth")
    period = _text(frame, "period").str.replace(r"\.0$", "", regex=True)
    year = _text(frame, "refYear").where(_text(frame, "refYear") != "", period.str[:4])
    freq = freq.where(
        freq != "", np.where(ref_month.isin(["52", ""]) & (period.str.len() != 6), "A", "M")
    )
    month = ref_month.where(~ref_month.isin(["", "52"]), period.str[4:6]).str.zfill(2)
    annual = freq == "A"
    start = year + "-" + month.where(~annual, "01")
    end = year + "-" + month.where(~annual, "12")
    cmd = _text(frame, "cmdCode").str.upper().replace("", "TOTAL")
    cls = _text(frame, "classificationCode")
    primary = value
    cif, fob = _text(frame, "cifvalue"), _text(frame, "fobvalue")
    pnum = pd.to_numeric(primary, errors="coerce")
    is_cif = (cif != "") & (pd.to_numeric(cif, errors="coerce") == pnum)
    is_fob = (fob != "") & (pd.to_numeric(fob, errors="coerce") == pnum)
    valuation = pd.Series(np.select([is_cif & ~is_fob, is_fob & ~is_cif, is_cif & is_fob], ["CIF", "FOB", "CIF=FOB"],
                                    default=""), index=frame.index).replace("", None)  # fmt: skip
    qty, unit = _text(frame, "qty"), _text(frame, "qtyUnitAbbr")
    if (
        "qtyUnitAbbr" not in frame.columns and "qtyUnitCode" in frame.columns
    ):  # bulk files: the code only
        unit = (
            _text(frame, "qtyUnitCode")
            .map(_qty_units())
            .fillna("unit " + _text(frame, "qtyUnitCode"))
        )
    has_qty = (qty != "") & ~unit.isin(["", "N/A", "-1"])
    flags = pd.Series("", index=frame.index)
    for mask, flag in ((fraction, "rounded_to_dollar"), (_text(frame, "isReported").str.lower().isin(["false", "0"]),
                       "not_reported"), (_is_true(_text(frame, "isAggregate")), "aggregate"),
                       (_is_true(_text(frame, "isQtyEstimated")), "qty_estimated")):  # fmt: skip
        flags = flags.where(~mask, flags + ";" + flag)
    flags = flags.str.lstrip(";").replace("", None)
    out = pd.DataFrame({
        "reporter": codes["reporterCode"][1], "partner": codes["partnerCode"][1],
        "flow": flow_code.map(_CANON_FLOW).fillna(flow_code), "start": start, "end": end, "commodity": cmd,
        "hs_version": cls.where((cmd != "TOTAL") & (cls != ""), None), "value_usd": usd.astype(str),
        "source_id": source_id.loc[frame.index] if isinstance(source_id, pd.Series) else source_id,
        "published": published or None, "compiler": "UN Comtrade", "flag": flags,
        "note": ("Comtrade " + cls + " primaryValue " + primary).str.replace("  ", " ", regex=False),
        "reporter_code": codes["reporterCode"][0], "partner_code": codes["partnerCode"][0],
        "primary_value": primary, "cif_usd": cif.replace("", None), "fob_usd": fob.replace("", None),
        "valuation": valuation, "quantity": qty.where(has_qty, None), "quantity_unit": unit.where(has_qty, None),
    })  # fmt: skip
    for k, v in (extra or {}).items():
        out[k] = v.loc[out.index] if isinstance(v, pd.Series) else v
    canonical = flow_code.isin(list(_CANON_FLOW))
    table = out[canonical].reset_index(drop=True)
    other = out[~canonical].reset_index(drop=True)
    table = drop_identical_rows(table, SOURCE_CELL, "primary_value", name)
    return table, other
