"""Country codes and names: kept importable here; the code lives in :mod:`tradestats.sources.countries`."""

from __future__ import annotations

from .sources.countries import (
    comtrade_code,
    country_name,
    country_table,
    iso3_from_cc,
    iso3_from_comtrade,
    resolve_country,
)

__all__ = [
    "comtrade_code",
    "country_name",
    "country_table",
    "iso3_from_cc",
    "iso3_from_comtrade",
    "resolve_country",
]
