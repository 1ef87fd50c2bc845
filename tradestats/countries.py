"""Country names and codes resolved to ISO 3166-1 alpha-3, the one key tradestats joins on.

Only the areas of the bundled data and their usual neighbours in trade news are listed here;
names are matched case-insensitively after folding punctuation and white space.
"""

from __future__ import annotations

import re

from .errors import AmbiguousCountryError, CountryError

__all__ = ["resolve_country", "COUNTRIES"]

#: ISO3 -> (ISO2, M49, English name, aliases). M49 is not the Comtrade area code (see issue 5).
COUNTRIES: dict[str, tuple[str, int, str, tuple[str, ...]]] = {
    "CHN": ("CN", 156, "China", ("china", "prc", "people's republic of china", "中国", "중국")),
    "PRK": (
        "KP",
        408,
        "Democratic People's Republic of Korea",
        (
            "north korea", "dprk", "d.p.r.k.", "n. korea", "nk",
            "korea, dem. people's rep.", "dem. people's rep. of korea",
            "democratic people's republic of korea", "korea dpr", "朝鲜", "북한", "조선",
        ),
    ),
    "KOR": (
        "KR",
        410,
        "Republic of Korea",
        ("south korea", "rok", "korea, rep.", "rep. of korea", "republic of korea", "韩国", "한국"),
    ),
    "USA": ("US", 840, "United States", ("united states", "us", "u.s.", "usa", "america", "美国")),
    "JPN": ("JP", 392, "Japan", ("japan", "日本")),
    "RUS": ("RU", 643, "Russian Federation", ("russia", "russian federation", "俄罗斯", "러시아")),
    "HKG": ("HK", 344, "Hong Kong, China", ("hong kong", "china, hong kong sar", "中国香港")),
    "MAC": ("MO", 446, "Macao, China", ("macao", "macau", "china, macao sar", "中国澳门")),
    "TWN": ("TW", 158, "Taiwan, China", ("taiwan", "other asia, nes", "中国台湾")),
}  # fmt: skip

_AMBIGUOUS = {"korea": ("PRK", "KOR"), "korean": ("PRK", "KOR"), "코리아": ("PRK", "KOR")}


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


_INDEX: dict[str, str] = {}
for _iso3, (_iso2, _m49, _name, _aliases) in COUNTRIES.items():
    for _key in (_iso3, _iso2, str(_m49), _name, *_aliases):
        _INDEX[_fold(_key)] = _iso3


def resolve_country(name: str, argument: str = "country") -> str:
    """Return the ISO3 code for a country name, alias or code.

    Parameters
    ----------
    name
        An ISO3 or ISO2 code, an M49 number, or a name ("North Korea", "DPRK", "朝鲜").
    argument
        The name of the argument being resolved, used in error messages.

    Returns
    -------
    str
        The ISO 3166-1 alpha-3 code.

    Raises
    ------
    AmbiguousCountryError
        For a name that means several countries, such as a bare "Korea".
    CountryError
        For a name or code that is not known.

    Examples
    --------
    >>> resolve_country("North Korea")
    'PRK'
    """
    if not isinstance(name, str) or not name.strip():
        raise CountryError(f"{argument} must be a country name or ISO3 code; received {name!r}.")
    key = _fold(name)
    if key in _AMBIGUOUS:
        choices = _AMBIGUOUS[key]
        listed = ", ".join(f"{c} ({COUNTRIES[c][2]})" for c in choices)
        raise AmbiguousCountryError(
            f"{argument} {name!r} is ambiguous: it could mean {listed}. Use the ISO3 code.",
            choices,
        )
    if key in _INDEX:
        return _INDEX[key]
    known = ", ".join(sorted(COUNTRIES))
    raise CountryError(
        f"{argument} {name!r} is not a known country. Expected an ISO3 code or name; "
        f"known codes: {known}."
    )
