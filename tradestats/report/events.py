"""Dated events worth marking on trade charts, each with the pairs it concerns.

- UN Security Council resolutions restricting trade with the DPRK: dates of adoption (UN
  Security Council press releases). They concern trade with North Korea only.
- North Korea closed its border with China at the end of January 2020 against COVID-19
  (widely reported; marked on 31 January; the closure's effect on trade is the subject of
  Yonhap 2020-04-24, ``src-1f5ce808dc``, among the bundled sources).
- Freight trains between Dandong and Sinuiju resumed on 16 January 2022 (Yonhap 2022-03-18,
  ``src-725620061f``; 2023-01-18, ``src-5a48011682``).
- North Korea reopened its border in August 2023: Air Koryo flights to Beijing resumed on
  22 August 2023 and citizens abroad were allowed home.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["EVENTS", "events"]

_PRK = ("PRK",)

#: (date, short label, description, ISO3 codes of the countries whose trade it concerns)
EVENTS: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("2016-03-02", "UNSC 2270", "UN Security Council resolution 2270: coal, iron and iron ore limits", _PRK),
    ("2016-11-30", "UNSC 2321", "UN Security Council resolution 2321: cap on coal exports", _PRK),
    ("2017-08-05", "UNSC 2371", "UN Security Council resolution 2371: ban on coal, iron, seafood exports", _PRK),
    ("2017-09-11", "UNSC 2375", "UN Security Council resolution 2375: ban on textile exports", _PRK),
    ("2017-12-22", "UNSC 2397", "UN Security Council resolution 2397: caps on refined petroleum", _PRK),
    ("2020-01-31", "Border closed", "North Korea closes its border against COVID-19 (end of January 2020)", _PRK),
    ("2022-01-16", "Freight trains resume", "Freight trains between Dandong and Sinuiju resume", _PRK),
    ("2023-08-22", "Border reopens", "North Korea reopens its border (flights to Beijing resume)", _PRK),
]  # fmt: skip


def events(reporter: str | None = None, partner: str | None = None) -> pd.DataFrame:
    """The events as a DataFrame: ``date`` (Timestamp), ``label``, ``description``.

    Parameters
    ----------
    reporter, partner
        When given, only the events concerning one of the two countries.
    """
    pair = {c for c in (reporter, partner) if c}
    rows = [e for e in EVENTS if not pair or pair & set(e[3])]
    return pd.DataFrame(
        {
            "date": pd.to_datetime([e[0] for e in rows]),
            "label": [e[1] for e in rows],
            "description": [e[2] for e in rows],
        }
    )
