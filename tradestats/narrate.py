"""Sentences written from the data, in the vocabulary the checker reads.

Each sentence states figures as the data hold them (rounded, so the rounding interval of what is
written contains the value) and a change with the basis it has: computed, or as the publisher
printed it. :func:`sentences_for_comparison` is what reports write; a report build checks every
sentence it writes with :func:`tradestats.check_text` and fails unless all are correct.
"""

from __future__ import annotations

import pandas as pd

from .countries import country_name as _full_name
from .formatting import format_pct, format_usd
from .periods import Span

__all__ = ["country_name", "money", "sentences_for_comparison"]

_SHORT = {"PRK": "North Korea", "KOR": "South Korea", "USA": "the United States", "CHN": "China",
          "WLD": "the world"}  # fmt: skip


def country_name(iso3: str) -> str:
    """A short English name for an ISO3 code ("North Korea" for PRK)."""
    return _SHORT.get(iso3) or _full_name(iso3)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def money(value: int) -> str:
    """Dollars written to the precision the stored digits have, no more.

    ``197390000`` → ``$197.39 million``; ``1830000000`` → ``$1.83 billion``; ``350000000`` →
    ``$350 million``; ``57874000`` → ``$57.874 million``.
    """
    v = abs(value)
    if v >= 1_000_000_000 and v % 10_000_000 == 0:
        needed = len(str(v % 1_000_000_000).zfill(9).rstrip("0"))
        return format_usd(value, scale="billion", decimals=needed)
    needed = len(str(v % 1_000_000).zfill(6).rstrip("0"))
    return format_usd(value, decimals=min(3, needed))


def sentences_for_comparison(result: pd.DataFrame) -> list[str]:
    """One sentence per flow of a :func:`tradestats.compare` (or ``change``) result.

    Returns
    -------
    list of str
        E.g. "China's exports to North Korea fell 23.2% to $197.39 million in January–February
        2020 compared with January–February 2019, as published."
    """
    out = []
    for _, r in result.iterrows():
        rep, par = country_name(r["reporter"]), country_name(r["partner"])
        period = Span.parse(r["period"]).describe(long=True)
        base = Span.parse(r["base"]).describe(long=True)
        flow = r["flow"]
        if pd.isna(r["value_usd"]):
            continue
        value = int(r["value_usd"])
        if flow == "balance":
            word = "surplus" if value >= 0 else "deficit"
            out.append(
                f"{_possessive(rep)} trade {word} with {par} was {money(abs(value))} in {period}."
            )
            continue
        subject = {
            "export": f"{_possessive(rep)} exports to {par}",
            "import": f"{_possessive(rep)} imports from {par}",
            "total": f"{_possessive(rep)} trade with {par}",
        }[flow]
        pct = r["change_pct"]
        if pd.isna(pct):
            out.append(f"{subject} came to {money(value)} in {period}; the data hold no comparable "
                       f"figure for {base}.")  # fmt: skip
            continue
        pct = float(pct)
        if r["change_basis"] == "published":
            printed = str(r["published_change_pct"]).lstrip("+-")
            change_text = f"{printed}%"
            tail = ", as published"
        else:
            change_text = format_pct(abs(pct), 1, sign=False)
            tail = ""
        verb = "fell" if pct < 0 else "rose"
        out.append(
            f"{subject} {verb} {change_text} to {money(value)} in {period} compared with {base}{tail}."
        )
    return out
