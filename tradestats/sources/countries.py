"""Country codes and names, resolved to ISO 3166-1 alpha-3: the one key tradestats joins on.

The bundled code list (``datasets/codes/countries.csv``, built by ``scripts/build_codelists.py``)
holds for each area its ISO3, ISO2, UN M49 code, UN Comtrade area code (not the same as M49:
USA 842, France 251, Switzerland 757, Norway 579, India 699; 490 "Other Asia, nes"; 0 World),
China Customs partner code where known (North Korea is 109 there; 408 there is Bolivia), and
names in English, Chinese and Korean. Raw codes from two systems are never joined directly:
each is mapped to ISO3 first.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from ..errors import AmbiguousCountryError, CountryError

__all__ = [
    "comtrade_code",
    "country_name",
    "country_table",
    "iso3_from_cc",
    "iso3_from_comtrade",
    "resolve_country",
]

_AMBIGUOUS = {
    "korea": ("PRK", "KOR"),
    "korean": ("PRK", "KOR"),
    "코리아": ("PRK", "KOR"),
    "the koreas": ("PRK", "KOR"),
}


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


@cache
def country_table() -> pd.DataFrame:
    """The bundled code list: ``iso3``, ``iso2``, ``m49``, ``comtrade_code``, ``cc_code``,
    ``name``, ``aliases`` (``|``-separated)."""
    from ..data import data_dir

    t = pd.read_csv(data_dir() / "codes" / "countries.csv", dtype=str, keep_default_na=False)
    for col in ("m49", "comtrade_code", "cc_code"):
        t[col] = pd.array([int(v) if v else pd.NA for v in t[col]], dtype="Int64")
    return t


@cache
def _index() -> dict[str, str]:
    t = country_table()
    index: dict[str, str] = {}
    for iso3, iso2, m49, name, aliases in zip(
        t["iso3"], t["iso2"], t["m49"], t["name"], t["aliases"]
    ):
        keys = (
            [iso3, name, *aliases.split("|")]
            + ([iso2] if iso2 else [])
            + ([str(m49)] if pd.notna(m49) else [])
        )
        for key in keys:
            index.setdefault(_fold(key), iso3)
    return index


def resolve_country(name: str, argument: str = "country") -> str:
    """Return the ISO3 code for a country name, alias or code.

    Parameters
    ----------
    name
        An ISO3 or ISO2 code, an M49 number, or a name in English, Chinese or Korean
        ("North Korea", "DPRK", "Korea, Dem. People's Rep.", "朝鲜", "북한").
    argument
        The name of the argument being resolved, used in error messages.

    Raises
    ------
    AmbiguousCountryError
        For a name that means several countries, such as a bare "Korea"; ``.choices`` lists them.
    CountryError
        For a name or code that is not known.

    Examples
    --------
    >>> resolve_country("North Korea"), resolve_country("朝鲜"), resolve_country("Korea, Rep.")
    ('PRK', 'PRK', 'KOR')
    """
    if not isinstance(name, str) or not name.strip():
        raise CountryError(f"{argument} must be a country name or ISO3 code; received {name!r}.")
    key = _fold(name)
    if key in _AMBIGUOUS:
        choices = _AMBIGUOUS[key]
        listed = ", ".join(f"{c} ({country_name(c)})" for c in choices)
        raise AmbiguousCountryError(
            f"{argument} {name!r} is ambiguous: it could mean {listed}. Use the ISO3 code.", choices
        )
    index = _index()
    if key in index:
        return index[key]
    raise CountryError(
        f"{argument} {name!r} is not a known country. Expected an ISO3 code (e.g. CHN, PRK) or a "
        "name such as 'North Korea'; see tradestats.countries.country_table()."
    )


def country_name(iso3: str) -> str:
    """The English short name of an ISO3 code (the code itself when unknown)."""
    t = country_table()
    hit = t.loc[t["iso3"] == iso3, "name"]
    return str(hit.iloc[0]) if len(hit) else iso3


def _lookup(column: str, code: object, system: str) -> str:
    t = country_table()
    try:
        number = int(str(code).strip())
    except ValueError as err:
        raise CountryError(f"A {system} code must be a whole number; received {code!r}.") from err
    hit = t.loc[t[column] == number, "iso3"]
    if not len(hit):
        raise CountryError(
            f"{system} code {number} is not in the bundled code list; tradestats does not guess "
            "what it means. Map it to ISO3 yourself."
        )
    return str(hit.iloc[0])


def iso3_from_comtrade(code: object) -> str:
    """ISO3 for a UN Comtrade area code (842 → USA, 490 → TWN, 0 → WLD)."""
    return _lookup("comtrade_code", code, "UN Comtrade area")


def iso3_from_cc(code: object) -> str:
    """ISO3 for a China Customs partner code (109 → PRK; 408 is Bolivia there)."""
    return _lookup("cc_code", code, "China Customs partner")


def comtrade_code(iso3: str) -> int:
    """The UN Comtrade area code of an ISO3 code (USA → 842)."""
    t = country_table()
    hit = t.loc[t["iso3"] == resolve_country(iso3), "comtrade_code"]
    if not len(hit) or pd.isna(hit.iloc[0]):
        raise CountryError(f"{iso3!r} has no UN Comtrade area code in the bundled code list.")
    return int(hit.iloc[0])
