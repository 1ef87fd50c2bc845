"""Bundled datasets: list them, load them, and read a user's own table.

The data files live in the top-level ``datasets/`` folder of the repository and are installed
inside the package as ``tradestats/_datasets``; ``datasets/catalog.csv`` lists them.
"""

from __future__ import annotations

import importlib.resources
import os
import warnings
from functools import cache
from pathlib import Path
from typing import Literal

import pandas as pd

from .errors import DatasetNotFoundError, InputError, SchemaError
from .schema import DEFAULT_SERIES, DEFINITIONS, validate_table
from .versions import choose_preferred, known_as_of, preferred_view, resolve_duplicates

__all__ = [
    "data_dir",
    "list_datasets",
    "load_code_list",
    "load_dataset",
    "load_sources",
    "read_table",
]

_CODE_LISTS = ("countries", "areas", "flows", "hs_versions", "qty_units")


@cache
def data_dir() -> Path:
    """The folder holding the bundled data files (inside the installed package or the checkout)."""
    installed = importlib.resources.files("tradestats") / "_datasets"
    if installed.is_dir():
        return Path(str(installed))
    checkout = Path(__file__).resolve().parents[1] / "datasets"
    if (checkout / "catalog.csv").is_file():
        return checkout
    raise DatasetNotFoundError(  # pragma: no cover - a broken installation
        f"The bundled data folder is missing: looked in {installed} and {checkout}."
    )


def list_datasets() -> pd.DataFrame:
    """The bundled datasets with their description, unit and coverage.

    Returns
    -------
    pandas.DataFrame
        One row per dataset: ``name``, ``file``, ``kind``, ``description``, ``unit``,
        ``coverage``.

    Examples
    --------
    >>> "china_dprk" in list_datasets()["name"].tolist()
    True
    """
    return pd.read_csv(data_dir() / "catalog.csv", dtype="string", keep_default_na=False)


def _catalog_entry(name: str) -> pd.Series:
    catalog = list_datasets()
    match = catalog[catalog["name"] == name]
    if not isinstance(name, str) or match.empty:
        names = ", ".join(repr(n) for n in catalog["name"])
        raise DatasetNotFoundError(f"{name!r} is not a bundled dataset; the datasets are {names}.")
    return match.iloc[0]


@cache
def _load_all(name: str) -> pd.DataFrame:
    entry = _catalog_entry(name)
    raw = pd.read_csv(data_dir() / entry["file"], dtype=str, keep_default_na=False)
    if entry["kind"] == "sources":
        return raw.replace("", pd.NA).astype("string")
    return validate_table(raw, name=name)


def load_dataset(
    name: str,
    versions: Literal["preferred", "all"] = "preferred",
    *,
    as_of: str | None = None,
    series: str = DEFAULT_SERIES,
) -> pd.DataFrame:
    """Load a bundled dataset as a canonical table.

    Parameters
    ----------
    name
        A name from :func:`list_datasets`, e.g. ``"china_dprk"``.
    versions
        ``"preferred"`` (default): one row per cell, chosen by the documented rule of
        :mod:`tradestats.versions`; suspect, yuan-only and percentage-only rows are left out.
        ``"all"``: every row as published, including revisions, re-quotes and flagged rows.
    as_of
        A date (``YYYY-MM-DD``): only the rows published on or before it, with the preferred
        row of each cell chosen among them by the same rule (what was known that day). Rows
        without a publication date are left out.
    series
        The definition of the view (column ``series``): ``customs`` (default: China customs'
        own figures), ``kotra_crude``, ``mofcom`` or ``estimate``. A view never mixes them;
        with ``versions="all"`` the ``preferred`` column marks this series' choice.

    Returns
    -------
    pandas.DataFrame
        A new DataFrame in the canonical schema (see :mod:`tradestats.schema`).

    Raises
    ------
    DatasetNotFoundError
        For an unknown name; the message lists the valid names.
    InputError
        For an unknown ``versions`` or ``series``, or an ``as_of`` that is not a date.

    Examples
    --------
    >>> t = load_dataset("china_dprk")
    >>> jan_feb = t[(t["flow"] == "export") & (t["start"] == "2020-01") & (t["end"] == "2020-02")]
    >>> int(jan_feb["value_usd"].iloc[0])
    197390000
    >>> nov = load_dataset("china_dprk", as_of="2021-12-31")
    >>> int(nov.loc[(nov["flow"] == "total") & (nov["start"] == "2021-11")
    ...             & (nov["end"] == "2021-11"), "value_usd"].iloc[0])
    41300000
    """
    if versions not in ("preferred", "all"):
        raise InputError(f"versions must be 'preferred' or 'all'; received {versions!r}.")
    if series not in DEFINITIONS:
        raise InputError(f"series must be one of {list(DEFINITIONS)}; received {series!r}.")
    table = _load_all(name).copy()
    if "preferred" not in table.columns:  # the sources table
        return table
    if as_of is not None:
        table = known_as_of(table, as_of, series)
    elif series != DEFAULT_SERIES:
        table["preferred"] = choose_preferred(table, series)
    if versions == "preferred":
        return preferred_view(table)
    return table


def load_code_list(name: str) -> pd.DataFrame:
    """A bundled code list: ``countries`` (ISO3, ISO2, M49, Comtrade and China Customs codes,
    names and aliases), ``flows`` (Comtrade, legacy Comtrade and China Customs flow codes) or
    ``hs_versions`` (H0–H6 and their HS editions)."""
    if name not in _CODE_LISTS:
        raise DatasetNotFoundError(
            f"{name!r} is not a code list; the code lists are {', '.join(map(repr, _CODE_LISTS))}."
        )
    return pd.read_csv(data_dir() / "codes" / f"{name}.csv", dtype=str, keep_default_na=False)


def load_sources() -> pd.DataFrame:
    """The sources table: ``source_id``, ``publisher``, ``title``, ``url``, ``published``."""
    return _load_all("sources").copy()


def read_table(path: str | Path, *, allow_versions: bool = False) -> pd.DataFrame:
    """Read a user's CSV file into the canonical table, validating it.

    Rows are never summed. Identical duplicate rows are dropped with a
    :class:`~tradestats.errors.DuplicateRowsWarning`. Two different values for one cell are a
    :class:`~tradestats.errors.DuplicateRowsError` naming the cell and both values, unless a
    ``preferred`` column says which to use or the rows carry versions — ``published`` dates
    or ``source_id`` — that the preferred-row rule of :mod:`tradestats.versions` can choose
    between (:func:`tradestats.versions.resolve_duplicates`).

    Parameters
    ----------
    path
        A CSV file with at least ``reporter``, ``partner``, ``flow``, ``value_usd`` and either
        ``period`` or ``start``/``end``. The other canonical columns are optional.
    allow_versions
        With a ``preferred`` column: accept several rows per cell, one of them preferred.

    Returns
    -------
    pandas.DataFrame
        The validated canonical table.

    Raises
    ------
    InputError
        When the file is missing or is not a readable CSV (one line naming the file).
    SchemaError
        For bad columns or values (e.g. a value above the 64-bit integer range).
    DuplicateRowsError
        For conflicting rows the table does not say how to choose between.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InputError(f"path must be a file path (str or Path); received {type(path).__name__}.")
    p = Path(path)
    if not p.is_file():
        raise InputError(f"path must be an existing CSV file; received {str(path)!r}.")
    try:
        with warnings.catch_warnings():  # a row longer than the header would be misread
            warnings.simplefilter("error", pd.errors.ParserWarning)
            raw = pd.read_csv(p, dtype=str, keep_default_na=False, index_col=False)
    except UnicodeDecodeError as err:
        raise InputError(
            f"{p.name} must be a UTF-8 CSV file; byte {err.start} cannot be decoded ({err.reason})."
        ) from err
    except pd.errors.EmptyDataError as err:
        raise InputError(f"{p.name} must be a CSV file with a header row; it is empty.") from err
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError) as err:
        detail = " ".join(str(err).split())
        raise InputError(f"{p.name} must be a well-formed CSV file; {detail}") from err
    header = list(raw.columns)
    mangled = [c for c in header if isinstance(c, str) and c.rpartition(".")[0] in header]
    if mangled:  # pandas renames a repeated column "x" to "x.1"
        name = mangled[0].rpartition(".")[0]
        raise SchemaError(f"{p.name}: each column must appear once; {name!r} appears twice.")
    if "value_usd" in raw.columns:
        empty = raw["value_usd"].fillna("").str.strip() == ""
        if empty.any():
            line = int(empty.to_numpy().argmax()) + 2  # the header is line 1
            raise SchemaError(
                f"{p.name}: value_usd must be a whole number of dollars in every row; "
                f"line {line} has none."
            )
    if "row_id" not in raw.columns:  # name each row by its line in the file (header: line 1)
        raw.insert(0, "row_id", [f"{p.name}:{i + 2}" for i in range(len(raw))])
    if "preferred" in raw.columns:  # the user says which row of a cell to use
        return validate_table(raw, name=p.name, allow_versions=allow_versions)
    table = validate_table(raw, name=p.name, allow_versions=True)
    return resolve_duplicates(table, name=p.name)
