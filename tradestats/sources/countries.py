"""Country and area codes and names, resolved to one key: ISO 3166-1 alpha-3 where there is one.

Two bundled lists, built by ``scripts/build_codelists.py`` from raw files kept in
``datasets/raw/codes/``:

- ``datasets/codes/countries.csv``: each country's ISO3, ISO2, UN M49 code, current UN Comtrade
  area code (not the same as M49: USA 842, France 251, Switzerland 757, Norway 579, India 699;
  490 "Other Asia, nes" for Taiwan; 0 World), China Customs partner code (North Korea is 109
  there; 408 there is Bolivia), and names in English, Chinese and Korean.
- ``datasets/codes/areas.csv``: every UN Comtrade area code (310 partner and 255 reporter codes)
  and every China Customs partner code (273), with the id tradestats tables use for it.

An area that is not a country keeps an id of its own and is never guessed into a country:
``CT899`` (Comtrade 899 Areas, nes), ``CT837`` Bunkers, ``CT838`` Free Zones, ``CT412`` Kosovo,
``CT97`` European Union, ``WLD`` World; ``CC210`` (China Customs 210 Ceuta), ``CC199`` other Asia
n.e.s. Historic Comtrade codes carry their validity years: 841 "USA and Puerto Rico" until 1980
and 280 "Fed. Rep. of Germany" until 1990 read as USA and DEU, and :func:`comtrade_code` sends
them for queries of those years; areas that no longer exist keep their withdrawn ISO 3166-3
code (``SUN``, ``DDR``, ``CSK``, ``YUG``, ``ANT``). Raw codes of two systems are never joined
directly: each is mapped to its id first.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from ..errors import AmbiguousCountryError, CountryError

__all__ = [
    "area_kind",
    "area_table",
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
    """The bundled country list: ``iso3``, ``iso2``, ``m49``, ``comtrade_code``, ``cc_code``,
    ``name``, ``aliases`` (``|``-separated)."""
    from ..data import data_dir

    t = pd.read_csv(data_dir() / "codes" / "countries.csv", dtype=str, keep_default_na=False)
    for col in ("m49", "comtrade_code", "cc_code"):
        t[col] = pd.array([int(v) if v else pd.NA for v in t[col]], dtype="Int64")
    return t


@cache
def area_table() -> pd.DataFrame:
    """Every UN Comtrade and China Customs area code: ``system`` (``comtrade``/``gacc``),
    ``code``, ``area`` (the id used in tables), ``kind`` (country, historic, world, group, nes,
    special, other, territory, unknown), ``name``, ``name_zh``, ``given_iso3`` (as the source gives
    it), ``entry_year``, ``exit_year``, ``reporter``, ``partner``, ``note``."""
    from ..data import data_dir

    t = pd.read_csv(data_dir() / "codes" / "areas.csv", dtype=str, keep_default_na=False)
    for col in ("code", "entry_year", "exit_year"):
        t[col] = pd.array([int(v) if v else pd.NA for v in t[col]], dtype="Int64")
    for col in ("reporter", "partner"):
        t[col] = t[col] == "True"
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
    a = area_table()
    own = a[~a["area"].isin(set(t["iso3"]))]  # areas that are not ISO countries
    for area in own["area"]:
        index.setdefault(_fold(area), area)
    for area, name, name_zh in zip(own["area"], own["name"], own["name_zh"]):
        for key in (name, name_zh):
            if key:
                index.setdefault(_fold(key), area)
    return index


@cache
def _names() -> dict[str, str]:
    t = country_table()
    names = dict(zip(t["iso3"], t["name"]))
    a = area_table()
    for area, name in zip(a["area"], a["name"]):
        names.setdefault(area, name)
    return names


def resolve_country(name: str, argument: str = "country") -> str:
    """Return the id of a country or area: its ISO3 code, or the id of a non-country area.

    Parameters
    ----------
    name
        An ISO3 or ISO2 code, an M49 number, or a name in English, Chinese or Korean
        ("North Korea", "DPRK", "Korea, Dem. People's Rep.", "朝鲜", "북한"); or a non-country
        area's id or name ("CT899", "Areas, nes", "Bunkers", "Ceuta").
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
    >>> resolve_country("Areas, nes"), resolve_country("Ceuta")
    ('CT899', 'CC210')
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
    """The English short name of a country or area id (the id itself when unknown)."""
    return _names().get(iso3, iso3)


def area_kind(area: str) -> str:
    """``country`` for an ISO country, else the kind of the area (``world``, ``nes``,
    ``special``, ``group``, ``historic``, ``territory``, ``other``, ``unknown``)."""
    if area in set(country_table()["iso3"]) and area != "WLD":
        return "country"
    a = area_table()
    hit = a.loc[a["area"] == area, "kind"]
    return str(hit.iloc[0]) if len(hit) else "unknown"


def _number(code: object, system: str) -> int:
    try:
        return int(str(code).strip())
    except ValueError as err:
        raise CountryError(f"A {system} code must be a whole number; received {code!r}.") from err


@cache
def comtrade_areas() -> dict[int, str]:
    """Comtrade area code → area id, for every code in the bundled lists."""
    a = area_table()
    a = a[a["system"] == "comtrade"]
    return dict(zip(a["code"].astype(int), a["area"]))


@cache
def gacc_areas() -> dict[int, str]:
    """China Customs partner code → area id, for all 273 codes."""
    a = area_table()
    a = a[a["system"] == "gacc"]
    return dict(zip(a["code"].astype(int), a["area"]))


def iso3_from_comtrade(code: object) -> str:
    """The id of a UN Comtrade area code (842 → USA, 841 → USA, 490 → TWN, 0 → WLD,
    899 → CT899 "Areas, nes"); an unknown code is an error, never guessed."""
    number = _number(code, "UN Comtrade area")
    hit = comtrade_areas().get(number)
    if hit is None:
        raise CountryError(
            f"UN Comtrade area code {number} is not in the bundled code list; tradestats does not "
            "guess what it means. Map it to ISO3 yourself."
        )
    return hit


def iso3_from_cc(code: object) -> str:
    """The id of a China Customs partner code (109 → PRK; 408 is Bolivia there; 210 → CC210
    Ceuta); an unknown code is an error, never guessed."""
    number = _number(code, "China Customs partner")
    hit = gacc_areas().get(number)
    if hit is None:
        raise CountryError(
            f"China Customs partner code {number} is not in the bundled code list (273 codes); "
            "tradestats does not guess what it means. Map it to ISO3 yourself."
        )
    return hit


def comtrade_code(iso3: str, year: int | None = None) -> int:
    """The UN Comtrade area code of a country or area, in a given year if one is given.

    Historic codes are used for the years they cover: USA is 841 until 1980 and 842 from 1981,
    Germany 280 until 1990 and 276 from 1991.

    Examples
    --------
    >>> comtrade_code("USA"), comtrade_code("USA", 1975), comtrade_code("DEU", 1985)
    (842, 841, 280)
    """
    return _comtrade_code(resolve_country(iso3), year, iso3)


@cache
def _comtrade_code(area: str, year: int | None, iso3: str) -> int:
    a = area_table()
    rows = a[(a["system"] == "comtrade") & (a["area"] == area)]
    if year is not None and len(rows):
        valid = rows[
            (rows["entry_year"].fillna(0) <= year) & (rows["exit_year"].fillna(9999) >= year)
        ]
        if len(valid):
            # a reporter code first (842 before partner-only 840), the current one on a tie
            valid = valid.assign(_r=~valid["reporter"], _h=valid["exit_year"].notna())
            return int(valid.sort_values(["_r", "_h"], kind="stable")["code"].iloc[0])
        raise CountryError(f"{area!r} has no UN Comtrade area code valid in {year}.")
    t = country_table()
    hit = t.loc[t["iso3"] == area, "comtrade_code"]
    if len(hit) and pd.notna(hit.iloc[0]):
        return int(hit.iloc[0])
    current = rows[rows["exit_year"].isna()]
    if len(current) and area not in set(t["iso3"]):
        return int(current["code"].iloc[0])
    raise CountryError(f"{iso3!r} has no current UN Comtrade area code in the bundled code list.")
