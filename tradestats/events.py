"""Events worth marking on China–North Korea trade charts.

Dates of adoption of the UN Security Council resolutions that restricted trade with the DPRK
(UN Security Council press releases), and North Korea's closing of its border in January 2020
against COVID-19 (widely reported in the last week of January 2020; marked at the month).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["EVENTS", "events"]

#: (date, short label, description)
EVENTS: list[tuple[str, str, str]] = [
    (
        "2016-03-02",
        "UNSC 2270",
        "UN Security Council resolution 2270: coal, iron and iron ore limits",
    ),
    ("2016-11-30", "UNSC 2321", "UN Security Council resolution 2321: cap on coal exports"),
    (
        "2017-08-05",
        "UNSC 2371",
        "UN Security Council resolution 2371: ban on coal, iron, seafood exports",
    ),
    ("2017-09-11", "UNSC 2375", "UN Security Council resolution 2375: ban on textile exports"),
    ("2017-12-22", "UNSC 2397", "UN Security Council resolution 2397: caps on refined petroleum"),
    (
        "2020-01-01",
        "Border closed",
        "North Korea closes its border with China against COVID-19 (late January 2020)",
    ),
]


def events() -> pd.DataFrame:
    """The events as a DataFrame: ``date`` (Timestamp), ``label``, ``description``."""
    return pd.DataFrame(
        {
            "date": pd.to_datetime([e[0] for e in EVENTS]),
            "label": [e[1] for e in EVENTS],
            "description": [e[2] for e in EVENTS],
        }
    )
