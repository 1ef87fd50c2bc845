"""The canonical table: one documented schema for every trade figure tradestats handles.

One row is one number as one source published it. Columns:

=============  ==============  ==========================================================
column         dtype           meaning
=============  ==============  ==========================================================
row_id         string          stable id of the row (``monthly:12`` = line 12 of the raw file)
reporter       string          ISO3 of the country whose customs published the figure
partner        string          ISO3 of the partner country
flow           string          ``export``, ``import`` or ``total``, from the reporter's side
                               (``total`` only where a source published it; ``balance`` is
                               always derived)
start, end     period[M]       first and last month of the period (inclusive)
commodity      string          ``TOTAL``, an HS code, or ``UNSPECIFIED`` (a product group
                               the source named without a code)
hs_version     string          HS version of the code (``H0``..``H6``), missing for TOTAL
value_usd      Int64           value in US dollars as published (exact integer; missing when
                               the source printed only a percentage or a yuan value)
change_pct     string          the percentage change printed beside the figure, signed, as
                               written (``-23.2``); kept as text so no digit is lost
change_basis   string          ``yoy``, ``mom`` or ``ytd`` for ``change_pct``
change_terms   string          currency terms of ``change_pct``: ``USD`` or ``CNY``
source_id      string          key into the sources table
published      string          publication date: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``
compiler       string          who compiled the figure (``GACC (as reported in press)``, ...)
flag           string          ``;``-separated flags: suspect, interpreted, yuan_only,
                               yuan_basis_pct, yuan_converted, no_value, out_of_scope
preferred      boolean         the row the default view uses for its cell
note           string          how the source printed the number, and caveats
series         string          the definition the figure belongs to: ``customs`` (China
                               customs' own figures, whoever compiled them), ``kotra_crude``
                               (KOTRA's estimate adding crude oil), ``mofcom`` (China's
                               commerce ministry), ``estimate`` (other estimates); empty
                               means ``customs``. The default view never mixes series.
series_break   boolean         true where the default view's figures change definition
                               against the previous period of the same flow and span length
                               (e.g. UN Comtrade annuals give way to customs releases), so a
                               chart draws a break before this point
precision_usd  Float64         half-width, in dollars, of the last digit the source printed
                               (``$197.39 million`` -> 5000; an exact figure -> 0.5); empty
                               when the printed form was not read, and then
                               :func:`tradestats.rounding.half_units` infers it
hedge          string          the source's hedge on the value: ``about``, ``nearly``,
                               ``more than``, ``less than`` (a bound, never preferred)
change_hedge   string          the same for ``change_pct`` ("more than 60%")
release        string          ``first`` for the earliest published version of a cell in its
                               series, ``later`` for later quotes (comparators, revisions)
=============  ==============  ==========================================================

Columns from ``series`` on are optional for user tables: a CSV without them is read with
them empty (``series_break`` false).

Optional columns (``OPTIONAL_COLUMNS``), kept as text when a source gives them, never required:
``primary_value`` (the value exactly as published, before rounding to whole dollars),
``cif_usd`` and ``fob_usd`` (the CIF and FOB values where the source gives them),
``valuation`` (``CIF``, ``FOB`` or ``CIF=FOB``: which one ``value_usd`` is), ``quantity`` and
``quantity_unit``, ``reporter_code`` and ``partner_code`` (the source's own area codes), and
``retrieved_at``, ``vintage``, ``checksum`` (the release a fetched row comes from). Reporter and
partner may also be areas that are not countries, with ids of their own (``CT899`` Areas nes,
``WLD`` World, ``CC210`` Ceuta; see :mod:`tradestats.sources.countries`).

A *cell* is (reporter, partner, flow, start, end, commodity). Several rows may give the same
cell (an original release, a revision, rounded re-quotes); ``preferred`` marks one of them.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pandas as pd

from .countries import resolve_country
from .errors import DuplicateRowsError, DuplicateRowsWarning, MixedUnitsError, SchemaError
from .periods import parse_span

__all__ = [
    "CANONICAL_COLUMNS",
    "CELL",
    "DEFAULT_SERIES",
    "DEFINITIONS",
    "HEDGES",
    "OPTIONAL_COLUMNS",
    "SERIES",
    "FLOWS",
    "cell_label",
    "drop_identical_rows",
    "validate_table",
]

CANONICAL_COLUMNS: dict[str, str] = {
    "row_id": "string",
    "reporter": "string",
    "partner": "string",
    "flow": "string",
    "start": "period[M]",
    "end": "period[M]",
    "commodity": "string",
    "hs_version": "string",
    "value_usd": "Int64",
    "change_pct": "string",
    "change_basis": "string",
    "change_terms": "string",
    "source_id": "string",
    "published": "string",
    "compiler": "string",
    "flag": "string",
    "preferred": "boolean",
    "note": "string",
    "series": "string",
    "series_break": "boolean",
    "precision_usd": "Float64",
    "hedge": "string",
    "change_hedge": "string",
    "release": "string",
}
#: Optional columns a source may add (kept as text; see the module docstring).
OPTIONAL_COLUMNS: dict[str, str] = {
    "primary_value": "string",
    "cif_usd": "string",
    "fob_usd": "string",
    "valuation": "string",
    "quantity": "string",
    "quantity_unit": "string",
    "reporter_code": "string",
    "partner_code": "string",
    "retrieved_at": "string",
    "vintage": "string",
    "checksum": "string",
}
#: Columns that identify one series (a line on a chart).
SERIES = ["reporter", "partner", "flow", "commodity"]
#: Columns that identify one cell (one number in the ideal table).
CELL = [*SERIES, "start", "end"]
FLOWS = ("export", "import", "total")
#: The definitions a figure may belong to (column ``series``); empty means the default.
DEFINITIONS = ("customs", "kotra_crude", "mofcom", "estimate")
DEFAULT_SERIES = "customs"
#: Hedges a source may put on a value or a percentage ("about", "more than"...).
HEDGES = ("about", "nearly", "more than", "less than")
_RELEASES = ("first", "later")
_BASES = ("yoy", "mom", "ytd")
_TERMS = ("USD", "CNY")
_REQUIRED = ("reporter", "partner", "flow", "value_usd")
_UNIT_COLUMNS = ("currency", "unit", "units")
_INT64_MAX = np.iinfo(np.int64).max


def validate_table(
    table: pd.DataFrame, *, name: str = "table", allow_versions: bool = False
) -> pd.DataFrame:
    """Check a table against the canonical schema and return it in canonical dtypes.

    The input is never modified. Missing optional columns are added with empty values
    (``commodity`` defaults to ``TOTAL``; ``row_id`` to ``<name>:<position>``). A ``period``
    column may stand in for ``start``/``end``; any period form of :func:`parse_span` works.

    Parameters
    ----------
    table
        The table to check.
    name
        How to call the table in error messages.
    allow_versions
        Accept several rows per cell without a ``preferred`` column (a table of versions
        waiting for :func:`tradestats.versions.choose_preferred`).

    Returns
    -------
    pandas.DataFrame
        A new table with the canonical columns first, in canonical dtypes, followed by any
        extra columns of the input.

    Raises
    ------
    SchemaError
        For missing columns, unknown flows, negative, fractional or non-numeric values,
        malformed periods or countries.
    MixedUnitsError
        When a unit or currency column holds anything but US dollars.
    DuplicateRowsError
        When one cell has two different values and no ``preferred`` column picks one row
        (identical duplicate rows are dropped with a :class:`DuplicateRowsWarning`; rows are
        never summed).
    """
    if not isinstance(table, pd.DataFrame):
        raise SchemaError(f"{name} must be a pandas DataFrame; received {type(table).__name__}.")
    df = table.copy()
    _check_units(df, name)
    has_period = "period" in df.columns
    missing = [c for c in _REQUIRED if c not in df.columns]
    if not has_period and not {"start", "end"} <= set(df.columns):
        missing.append("period (or start and end)")
    if missing:
        raise SchemaError(
            f"{name} is missing required column(s) {missing}; received columns "
            f"{list(table.columns)}."
        )
    out = pd.DataFrame(index=df.index)
    out["row_id"] = _text(df, "row_id", default=None)
    if out["row_id"].isna().any():
        out.loc[out["row_id"].isna(), "row_id"] = [
            f"{name}:{i}" for i in np.flatnonzero(out["row_id"].isna().to_numpy())
        ]
    for col in ("reporter", "partner"):
        out[col] = _countries(df[col], col, name)
    out["flow"] = _choice(df, "flow", FLOWS, name, required=True)
    out["start"], out["end"] = _periods(df, name)
    out["commodity"] = _text(df, "commodity", default="TOTAL")
    if out["commodity"].isna().any():
        raise SchemaError(
            f"Column 'commodity' of {name} must be 'TOTAL' or a product code in every row; "
            f"{int(out['commodity'].isna().sum())} row(s) are empty. Nothing is filled in silently."
        )
    out["hs_version"] = _text(df, "hs_version", default=None)
    out["value_usd"] = _values(df["value_usd"], name)
    out["change_pct"] = _changes(df, name)
    out["change_basis"] = _choice(df, "change_basis", _BASES, name)
    out["change_terms"] = _choice(df, "change_terms", _TERMS, name)
    for col in ("source_id", "published", "compiler", "flag", "note"):
        out[col] = _text(df, col, default=None)
    out["preferred"] = _preferred(df, name)
    out["series"] = _choice(df, "series", DEFINITIONS, name)
    out["series_break"] = _flag_column(df, "series_break", name, default=False)
    out["precision_usd"] = _precision(df, name)
    out["hedge"] = _choice(df, "hedge", HEDGES, name)
    out["change_hedge"] = _choice(df, "change_hedge", HEDGES, name)
    out["release"] = _choice(df, "release", _RELEASES, name)
    extra = [c for c in df.columns if c not in out.columns and c != "period"]
    out = pd.concat([out, df[extra]], axis=1) if extra else out
    out = out[[*CANONICAL_COLUMNS, *extra]].astype(CANONICAL_COLUMNS)
    out = drop_identical_rows(out, name=name)
    if not allow_versions:
        _check_duplicates(out, has_preferred="preferred" in df.columns, name=name)
    return out.reset_index(drop=True)


def cell_label(row: pd.Series) -> str:
    """A cell in words: ``CHN-PRK export 2020-01/2020-02 TOTAL``."""
    span = str(row["start"]) if row["start"] == row["end"] else f"{row['start']}/{row['end']}"
    return f"{row['reporter']}-{row['partner']} {row['flow']} {span} {row['commodity']}"


def drop_identical_rows(table: pd.DataFrame, *, name: str = "table") -> pd.DataFrame:
    """Drop rows that repeat another row in every column but ``row_id``, with a warning.

    Identical rows are one figure given twice (a file concatenated with itself, an export
    repeated); they are dropped, never summed. Rows that differ in any column are kept.

    Parameters
    ----------
    table
        A canonical table.
    name
        How to call the table in the warning.

    Returns
    -------
    pandas.DataFrame
        The table without the repeated rows (the first of each kept).

    Warns
    -----
    DuplicateRowsWarning
        Naming how many rows were dropped and the first cell concerned.
    """
    cols = [c for c in table.columns if c != "row_id"]
    dup = table.duplicated(subset=cols, keep="first")
    if not dup.any():
        return table
    first = table[dup].iloc[0]
    value = "no value" if pd.isna(first["value_usd"]) else f"{int(first['value_usd'])}"
    warnings.warn(
        f"{name}: dropped {int(dup.sum())} identical duplicate row(s), e.g. "
        f"{cell_label(first)} {value}; duplicates are never summed.",
        DuplicateRowsWarning,
        stacklevel=3,
    )
    return table[~dup]


def _text(df: pd.DataFrame, col: str, default: Any) -> pd.Series:
    if col not in df.columns:
        return pd.Series(default, index=df.index, dtype="string")
    s = df[col].astype("string").str.strip()
    return s.mask(s == "", pd.NA)


def _choice(
    df: pd.DataFrame, col: str, allowed: tuple[str, ...], name: str, *, required: bool = False
) -> pd.Series:
    s = _text(df, col, default=None)
    s = s.str.upper() if col in ("change_terms",) else s.str.lower()
    bad = s.notna() & ~s.isin(allowed)
    if required:
        bad |= s.isna()
    if bad.any():
        received = sorted(set(df.loc[bad, col].astype(str)))[:5]
        raise SchemaError(
            f"Column {col!r} of {name} must be one of {list(allowed)}; received {received} "
            f"in {int(bad.sum())} row(s) (first at row {int(np.flatnonzero(bad)[0])})."
        )
    return s


def _countries(s: pd.Series, col: str, name: str) -> pd.Series:
    codes = {v: resolve_country(str(v), argument=f"{name}.{col}") for v in s.dropna().unique()}
    if s.isna().any():
        raise SchemaError(f"Column {col!r} of {name} must not be empty; found empty rows.")
    return s.map(codes).astype("string")


def _periods(df: pd.DataFrame, name: str) -> tuple[pd.Series, pd.Series]:
    if "start" in df.columns and "end" in df.columns:
        try:
            return (
                df["start"].astype("period[M]"),
                df["end"].astype("period[M]"),
            )
        except (ValueError, TypeError):
            pass
        text = df["start"].astype(str) + ".." + df["end"].astype(str)
    else:
        text = df["period"].astype(str)
    spans = {t: parse_span(t) for t in text.unique()}
    start = text.map(lambda t: spans[t].start).astype("period[M]")
    end = text.map(lambda t: spans[t].end).astype("period[M]")
    return start, end


def _values(s: pd.Series, name: str) -> pd.Series:
    if pd.api.types.is_integer_dtype(s.dtype):
        values = s.astype("Int64")
    else:
        text = s.astype("string").str.strip()
        text = text.mask(text == "", pd.NA)
        ok = text.isna() | text.str.fullmatch(r"[+-]?\d+(?:\.0*)?")
        if not ok.all():
            bad = text[~ok]
            raise SchemaError(
                f"Column 'value_usd' of {name} must hold whole US dollars written as digits; "
                f"received {list(bad.head(3))} (row {int(np.flatnonzero(~ok.to_numpy())[0])}). "
                "Convert units explicitly before loading; nothing is rounded or parsed silently."
            )
        digits = text.str.replace(r"\.0*$", "", regex=True)
        magnitude = digits.str.lstrip("+-").str.lstrip("0").fillna("")
        length = magnitude.str.len()
        too_big = (length > 19) | ((length == 19) & (magnitude > str(_INT64_MAX)))
        too_big = too_big.fillna(False).astype(bool)
        if too_big.any():
            raise SchemaError(
                f"Column 'value_usd' of {name} must fit a 64-bit integer (at most "
                f"{_INT64_MAX:,} dollars); received {list(text[too_big].head(3))} "
                f"(row {int(np.flatnonzero(too_big.to_numpy())[0])})."
            )
        values = digits.astype("Int64")
    negative = values.fillna(0) < 0
    if negative.any():
        raise SchemaError(
            f"Column 'value_usd' of {name} must not be negative; received "
            f"{list(values[negative].head(3))} (row {int(np.flatnonzero(negative.to_numpy())[0])})."
        )
    return values


def _changes(df: pd.DataFrame, name: str) -> pd.Series:
    s = _text(df, "change_pct", default=None)
    bad = s.notna() & ~s.str.fullmatch(r"[+-]?\d+(?:\.\d+)?").fillna(False)
    if bad.any():
        raise SchemaError(
            f"Column 'change_pct' of {name} must hold signed decimal percentages such as "
            f"'-23.2'; received {list(s[bad].head(3))}."
        )
    return s


def _preferred(df: pd.DataFrame, name: str) -> pd.Series:
    return _flag_column(df, "preferred", name, default=True)


def _precision(df: pd.DataFrame, name: str) -> pd.Series:
    s = _text(df, "precision_usd", default=None)
    number = pd.to_numeric(s, errors="coerce")
    bad = s.notna() & ~(number > 0)
    if bad.any():
        raise SchemaError(
            f"Column 'precision_usd' of {name} must hold positive half-widths in dollars such "
            f"as '5000' or '0.5'; received {list(s[bad].head(3))}."
        )
    return number.astype("Float64")


def _flag_column(df: pd.DataFrame, col: str, name: str, *, default: bool) -> pd.Series:
    if col not in df.columns:
        return pd.Series(default, index=df.index, dtype="boolean")
    s = df[col]
    if pd.api.types.is_bool_dtype(s.dtype):
        return s.astype("boolean")
    mapped = (
        s.astype("string")
        .str.strip()
        .str.lower()
        .map({"1": True, "true": True, "0": False, "false": False, "": False})
    )
    mapped = mapped.where(s.notna(), False)
    if mapped.isna().any():
        raise SchemaError(
            f"Column {col!r} of {name} must be true/false or 1/0; received "
            f"{sorted(set(s[mapped.isna()].astype(str)))[:5]}."
        )
    return mapped.astype("boolean")


def _check_units(df: pd.DataFrame, name: str) -> None:
    for col in _UNIT_COLUMNS:
        if col in df.columns:
            units = sorted(set(df[col].dropna().astype(str).str.strip().str.upper()))
            if len(units) > 1:
                raise MixedUnitsError(
                    f"Column {col!r} of {name} mixes units {units}; a table must hold one unit "
                    "(US dollars). Split it or convert explicitly."
                )
            if units and units[0] not in ("USD", "US$", "US DOLLARS", "DOLLARS"):
                raise MixedUnitsError(
                    f"Column {col!r} of {name} must be USD for column 'value_usd'; "
                    f"received {units[0]!r}."
                )


def _check_duplicates(out: pd.DataFrame, *, has_preferred: bool, name: str) -> None:
    keys = CELL
    if has_preferred:
        chosen = out[out["preferred"].fillna(False)]
        what = "rows marked preferred"
    else:
        chosen = out[out["value_usd"].notna()]
        what = "rows"
    dup = chosen.duplicated(keys, keep=False)
    if dup.any():
        raise DuplicateRowsError(conflict_message(chosen[dup], name=name, what=what))


def conflict_message(rows: pd.DataFrame, *, name: str, what: str = "rows") -> str:
    """One line naming the first conflicting cell of ``rows`` and two of its values."""
    first = rows.iloc[0]
    same = rows[(rows[CELL] == first[CELL]).all(axis=1)]
    values = [("no value" if pd.isna(v) else f"{int(v)}") for v in same["value_usd"].head(2)]
    ids = list(same["row_id"].head(2))
    return (
        f"{name} has {len(same)} {what} for one cell, {cell_label(first)}: {values[0]} "
        f"({ids[0]}) and {values[1]} ({ids[1]}); rows are never summed. Expected one per "
        "cell: drop the extra rows, add a 'preferred' column, or give each row its "
        "'published' date or 'source_id' so the preferred-row rule can choose."
    )
