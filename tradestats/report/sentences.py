"""Sentences written from the data, in the vocabulary the checker reads.

Each sentence states figures as the data hold them (rounded, so the rounding interval of what is
written contains the value) and a change with the basis it has: computed, or as the publisher
printed it. :func:`sentences_for_comparison` is what reports write; a report build checks every
sentence it writes with :func:`tradestats.check_text` and fails unless all are correct.
"""

from __future__ import annotations

import pandas as pd

from ..countries import country_name as _full_name
from ..formatting import format_pct, format_usd
from ..periods import Span

__all__ = [
    "country_name",
    "headline_comparison",
    "headline_extremes",
    "headline_products",
    "headline_years",
    "money",
    "sentences_for_comparison",
]

_SHORT = {"PRK": "North Korea", "KOR": "South Korea", "USA": "the United States", "CHN": "China",
          "WLD": "the world"}  # fmt: skip


def country_name(iso3: str) -> str:
    """A short English name for an ISO3 code ("North Korea" for PRK)."""
    return _SHORT.get(iso3) or _full_name(iso3)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def money(value: int, billions: bool = True) -> str:
    """Dollars written to the precision the stored digits have, no more.

    ``197390000`` → ``$197.39 million``; ``1830000000`` → ``$1.83 billion`` (``$1,830 million``
    with ``billions=False``); ``350000000`` → ``$350 million``; ``57874000`` →
    ``$57.874 million``.
    """
    v = abs(value)
    if billions and v >= 1_000_000_000 and v % 10_000_000 == 0:
        needed = len(str(v % 1_000_000_000).zfill(9).rstrip("0"))
        return format_usd(value, scale="billion", decimals=needed)
    needed = len(str(v % 1_000_000).zfill(6).rstrip("0"))
    return format_usd(value, decimals=min(3, needed))


def _money(value: int, billions: bool) -> str:
    return money(value, billions)


def sentences_for_comparison(result: pd.DataFrame) -> list[str]:
    """Sentences for the flows of a :func:`tradestats.compare` (or ``change``) result.

    The first sentence names the subject, the period and the base in full; the next ones say
    only what changes (the flow), so the period is not repeated in every sentence. The report
    checks the sentences together, as a paragraph.

    Returns
    -------
    list of str
        E.g. "China's exports to North Korea fell 23.2% to $197.39 million in January–February
        2020 compared with January–February 2019, as published." then "Imports from North Korea
        fell 72.0% to $10.67 million."
    """
    out: list[str] = []
    # One scale in one paragraph: billions only if every value of a billion or more has them.
    big = [abs(int(v)) for v in result["value_usd"] if pd.notna(v) and abs(int(v)) >= 1_000_000_000]
    billions = all(v % 10_000_000 == 0 for v in big)

    def money(value: int) -> str:
        return _money(value, billions)

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
        pct = r["change_pct"]
        if pd.isna(pct):
            out.append(f"{_subject(r['reporter'], r['partner'], flow)} came to {money(value)} in "
                       f"{period}; the data hold no comparable figure for {base}.")  # fmt: skip
            continue
        pct = float(pct)
        if r["change_basis"] == "published":
            change_text = f"{str(r['published_change_pct']).lstrip('+-')}%"
            tail = ", as published"
        else:
            change_text = format_pct(abs(pct), 1, sign=False)
            tail = ""
        verb = "fell" if pct < 0 else "rose"
        if not out:
            out.append(f"{_subject(r['reporter'], r['partner'], flow)} {verb} {change_text} to "
                       f"{money(value)} in {period} compared with {base}{tail}.")  # fmt: skip
        else:
            short = {"export": f"Exports to {par}", "import": f"Imports from {par}",
                     "total": "Total trade"}[flow]  # fmt: skip
            out.append(f"{short} {verb} {change_text} to {money(value)}{tail}.")
    return out


#: Short names of the HS chapters (Harmonized System nomenclature) that product rows use.
HS_CHAPTERS = {
    "03": "fish and seafood", "10": "cereals", "11": "milling products", "15": "fats and oils",
    "17": "sugar", "24": "tobacco", "25": "salt, earths, stone", "26": "ores",
    "27": "mineral fuels, electricity", "28": "inorganic chemicals", "31": "fertilisers",
    "39": "plastics", "40": "rubber", "54": "man-made filaments", "61": "knitted clothing",
    "62": "clothing, not knitted", "67": "feathers, wigs, false eyelashes", "72": "iron and steel",
    "81": "other base metals", "84": "machinery", "85": "electrical machinery",
    "87": "vehicles", "91": "clocks and watches",
}  # fmt: skip


# ----------------------------------------------------------------------------- chart headlines
# A chart's title states its finding in a sentence written here, from the data, in the same
# vocabulary as the report's sentences: the report build checks every headline before drawing.


def _subject(reporter: str, partner: str, flow: str) -> str:
    rep, par = country_name(reporter), country_name(partner)
    return {
        "export": f"{_possessive(rep)} exports to {par}",
        "import": f"{_possessive(rep)} imports from {par}",
        "total": f"{_possessive(rep)} trade with {par}",
    }[flow]


def _pct_text(row: pd.Series) -> str:
    """The change computed from the two values, or as printed when it cannot be computed."""
    if row["change_basis"] == "published" and pd.notna(row.get("published_change_pct")):
        return f"{str(row['published_change_pct']).lstrip('+-')}%"
    return format_pct(abs(float(row["change_pct"])), 1, sign=False)


def headline_years(
    table: pd.DataFrame, reporter: str, partner: str, flow: str, first: int, last: int
) -> str:
    """The finding of an annual series: its steepest fall, and where the last year stands.

    E.g. "China's trade with North Korea fell 80.7% in 2020 compared with 2019; in 2024 it was
    21.8% lower than in 2019." Without a fall: the change from the first year to the last.

    Parameters
    ----------
    table
        A canonical table.
    reporter, partner, flow
        The series (``flow`` is ``export``, ``import`` or ``total``).
    first, last
        The years shown.
    """
    from ..measures import change

    t = table[(table["reporter"] == reporter) & (table["partner"] == partner)]
    subject = _subject(reporter, partner, flow)
    falls = []
    for year in range(first, last + 1):  # one change per year shown: a handful of calls
        c = change(t, Span.year(year), Span.year(year - 1)).set_index("flow")
        if flow in c.index and pd.notna(c.loc[flow, "change_pct"]):
            falls.append((float(c.loc[flow, "change_pct"]), year, c.loc[flow]))
    if falls and min(falls)[0] < 0:
        pct, year, row = min(falls, key=lambda f: (f[0], f[1]))
        text = f"{subject} fell {_pct_text(row)} in {year} compared with {year - 1}"
        if last > year:
            c = change(t, Span.year(last), Span.year(year - 1)).set_index("flow")
            if flow in c.index and pd.notna(c.loc[flow, "change_pct"]):
                p = float(c.loc[flow, "change_pct"])
                word = "lower" if p < 0 else "higher"
                pronoun = "it was" if flow == "total" else "they were"
                text += (f"; in {last} {pronoun} {format_pct(abs(p), 1, sign=False)} {word} than "
                         f"in {year - 1}")  # fmt: skip
        return text + "."
    c = change(t, Span.year(last), Span.year(first)).set_index("flow")
    if flow in c.index and pd.notna(c.loc[flow, "change_pct"]):
        row = c.loc[flow]
        verb = "fell" if float(row["change_pct"]) < 0 else "rose"
        return f"{subject} {verb} {_pct_text(row)} in {last} compared with {first}."
    return f"{subject}, {first}–{last}."


def headline_extremes(
    table: pd.DataFrame, reporter: str, partner: str, flow: str, first: int, last: int
) -> str:
    """The finding of a year-on-year chart: its steepest fall and its steepest rise.

    E.g. "China's trade with North Korea fell 80.7% year on year in 2020; in 2022 it rose
    223.1% year on year."
    """
    from ..measures import change

    t = table[(table["reporter"] == reporter) & (table["partner"] == partner)]
    changes = []
    for year in range(first, last + 1):  # one change per year shown: a handful of calls
        c = change(t, Span.year(year), Span.year(year - 1)).set_index("flow")
        if flow in c.index and pd.notna(c.loc[flow, "change_pct"]):
            changes.append((float(c.loc[flow, "change_pct"]), year, c.loc[flow]))
    if not changes:
        return f"{_subject(reporter, partner, flow)}, {first}–{last}."
    low, high = min(changes, key=lambda x: x[0]), max(changes, key=lambda x: x[0])
    first, *rest = sorted({id(x): x for x in (low, high)}.values(), key=lambda x: x[1])
    verb = "fell" if first[0] < 0 else "rose"
    text = f"{_subject(reporter, partner, flow)} {verb} {_pct_text(first[2])} year on year in {first[1]}"
    for pct, year, row in rest:  # a clause of its own: the checker reads each change's own year
        pronoun = "it" if flow == "total" else "they"
        verb = "fell" if pct < 0 else "rose"
        text += f"; in {year} {pronoun} {verb} {_pct_text(row)} year on year"
    return text + "."


def headline_comparison(
    table: pd.DataFrame, period: Span, base: Span, reporter: str, partner: str
) -> str:
    """The finding of a two-period comparison: the change in total trade (else in exports)."""
    from ..measures import change

    t = table[(table["reporter"] == reporter) & (table["partner"] == partner)]
    c = change(t, period, base).set_index("flow")
    for flow in ("total", "export", "import"):
        if flow in c.index and pd.notna(c.loc[flow, "change_pct"]):
            row = c.loc[flow]
            verb = "fell" if float(row["change_pct"]) < 0 else "rose"
            tail = ", as published" if row["change_basis"] == "published" else ""
            return (f"{_subject(reporter, partner, flow)} {verb} {_pct_text(row)} in "
                    f"{period.describe(long=True)} compared with {base.describe(long=True)}{tail}.")  # fmt: skip
    return f"{_subject(reporter, partner, 'total')}: {period.label} against {base.label}."


def headline_products(data: pd.DataFrame, flow: str, partner_name: str) -> str:
    """The finding of a products chart: the largest chapter in the latest year shown.

    ``data`` is :func:`tradestats.report.charts.products_data`. The sentence names the product
    group and year and states no figure (the figures are labelled on the bars).
    """
    word = {"import": f"China's imports from {partner_name}",
            "export": f"China's exports to {partner_name}"}.get(flow, flow)  # fmt: skip
    if data.empty:
        return f"{word} by product: no figures published."
    last = int(data["year"].max())
    top = data[data["year"] == last].sort_values("value_usd", ascending=False).iloc[0]
    name = HS_CHAPTERS.get(str(top["chapter"]), str(top["description"]))
    return (
        f"In {last} the largest product group published in {word} was HS {top['chapter']}: {name}."
    )
