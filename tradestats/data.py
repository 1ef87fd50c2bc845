"""Bundled datasets: list them, load them, and read a user's own table.

The data files live in the top-level ``datasets/`` folder of the repository and are installed
inside the package as ``tradestats/_datasets``; ``datasets/catalog.csv`` lists them.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path
from typing import Literal

import pandas as pd

from .errors import DatasetNotFoundError, InputError
from .schema import validate_table
from .versions import preferred_view

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


def load_dataset(name: str, versions: Literal["preferred", "all"] = "preferred") -> pd.DataFrame:
    """Load a bundled dataset as a canonical table.

    Parameters
    ----------
    name
        A name from :func:`list_datasets`, e.g. ``"china_dprk"``.
    versions
        ``"preferred"`` (default): one row per cell, chosen by the documented rule of
        :mod:`tradestats.versions`; suspect, yuan-only and percentage-only rows are left out.
        ``"all"``: every row as published, including revisions, re-quotes and flagged rows.

    Returns
    -------
    pandas.DataFrame
        A new DataFrame in the canonical schema (see :mod:`tradestats.schema`).

    Raises
    ------
    DatasetNotFoundError
        For an unknown name; the message lists the valid names.
    InputError
        For an unknown ``versions``.

    Examples
    --------
    >>> t = load_dataset("china_dprk")
    >>> jan_feb = t.query("flow == 'export' and start == '2020-01' and end == '2020-02'")
    >>> int(jan_feb["value_usd"].iloc[0])
    197390000
    """
    if versions not in ("preferred", "all"):
        raise InputError(f"versions must be 'preferred' or 'all'; received {versions!r}.")
    table = _load_all(name).copy()
    if versions == "preferred" and "preferred" in table.columns:
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

    Parameters
    ----------
    path
        A CSV file with at least ``reporter``, ``partner``, ``flow``, ``value_usd`` and either
        ``period`` or ``start``/``end``.
    allow_versions
        Accept several rows per cell (see :func:`tradestats.schema.validate_table`).

    Returns
    -------
    pandas.DataFrame
        The validated canonical table.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"path must be an existing CSV file; received {str(path)!r}.")
    raw = pd.read_csv(p, dtype=str, keep_default_na=False)
    return validate_table(raw, name=p.name, allow_versions=allow_versions)
