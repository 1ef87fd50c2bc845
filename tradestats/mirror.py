"""Mirror statistics: what A says it sold to B beside what B says it bought from A.

Two customs offices record the same shipments, yet their figures rarely agree. :func:`mirror`
sets each flow beside its mirror (A's exports to B beside B's imports from A, and A's imports
from B beside B's exports to A), with the gap and the ratio of the import figure to the export
figure (the CIF/FOB ratio when, as usual, imports are valued CIF and exports FOB), and says when
one side reported nothing: North Korea publishes no trade statistics, so its trade is known only
from its partners' reports (mirror data).

It works on any canonical tables (fetched from UN Comtrade, read from files, or the user's own),
given together or as two tables, one per reporter.
"""

from __future__ import annotations

import pandas as pd

from .countries import country_name, resolve_country
from .errors import InputError
from .periods import parse_span
from .schema import validate_table

__all__ = ["ASYMMETRY_REASONS", "NON_REPORTERS", "mirror"]

#: The usual reasons why a flow and its mirror differ (written for tradestats).
ASYMMETRY_REASONS = (
    "valuation: imports are usually valued CIF (cost, insurance and freight to the border) and exports FOB "
    "(free on board at the exporter's border), so the import figure is normally a few percent higher",
    "timing: goods shipped at the end of one period arrive in the next, so monthly figures are shifted",
    "partner attribution: importers record the country of origin, exporters the last known destination; goods "
    "re-exported through a third country (e.g. Hong Kong) land on a different partner",
    "coverage: thresholds for small shipments, confidential or military goods, goods for processing and "
    "trade outside customs control (smuggling) are treated differently by the two offices",
    "currency: each office converts from its own currency at its own exchange rates",
    "revisions: the two figures may come from releases of different dates",
)
#: Areas known not to report their trade: their side of a mirror is always empty.
NON_REPORTERS = {
    "PRK": "North Korea publishes no trade statistics and reports nothing to UN Comtrade: its side is known only "
    "from its partners' reports, as mirror statistics",
}

_COLUMNS = ["start", "end", "commodity", "exporter", "importer", "export_usd", "import_usd", "gap_usd",
            "import_export_ratio", "cif_fob_ratio", "export_valuation", "import_valuation", "note"]  # fmt: skip


def _side(
    table: pd.DataFrame, reporter: str, partner: str, flow: str, commodity: str
) -> pd.DataFrame:
    rows = table[(table["reporter"] == reporter) & (table["partner"] == partner) & (table["flow"] == flow)
                 & (table["commodity"] == commodity) & table["preferred"].fillna(False)]  # fmt: skip
    keep = rows[["start", "end", "value_usd"]].copy()
    keep["valuation"] = rows["valuation"] if "valuation" in rows.columns else pd.NA
    return keep


def mirror(table: pd.DataFrame, other: pd.DataFrame | None = None, *, reporter: str, partner: str,
           period: str | None = None, commodity: str = "TOTAL") -> pd.DataFrame:  # fmt: skip
    """Each flow between ``reporter`` and ``partner`` beside its mirror.

    Parameters
    ----------
    table, other
        Canonical tables holding the reports of either side (one table with both, or one each).
    reporter, partner
        The two countries (A and B); names or codes.
    period
        Keep only periods inside this span (default: all).
    commodity
        ``TOTAL`` or an HS code.

    Returns
    -------
    pandas.DataFrame
        One row per period and direction: ``start``, ``end``, ``commodity``, ``exporter``,
        ``importer``, ``export_usd`` (as the exporter reported it), ``import_usd`` (as the
        importer reported it), ``gap_usd`` (import − export), ``import_export_ratio`` (import ÷
        export), ``cif_fob_ratio`` (the same ratio where the sources say the import is valued CIF and
        the export FOB), ``export_valuation``, ``import_valuation`` (where the source says) and
        ``note`` (a side not reported, and why). ``attrs["reasons"]`` lists the usual reasons for asymmetry.

    Raises
    ------
    InputError
        When neither side has any row for the pair.

    Examples
    --------
    >>> import tradestats as ts
    >>> import pandas as pd
    >>> t = ts.validate_table(pd.DataFrame({"reporter": ["CHN", "KOR"], "partner": ["KOR", "CHN"],
    ...     "flow": ["export", "import"], "period": ["2020", "2020"], "value_usd": [100, 108]}))
    >>> ts.mirror(t, reporter="CHN", partner="KOR").loc[0, ["export_usd", "import_usd", "gap_usd"]].tolist()
    [100, 108, 8]
    """
    a, b = resolve_country(reporter, "reporter"), resolve_country(partner, "partner")
    if a == b:
        raise InputError(f"reporter and partner must differ; received {a} twice.")
    frames = [validate_table(t, name=name, allow_versions=True)
              for t, name in ((table, "table"), (other, "other")) if t is not None]  # fmt: skip
    data = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    if period is not None:
        span = parse_span(period)
        data = data[(data["start"] >= span.start) & (data["end"] <= span.end)]
    reported = {c: bool((data["reporter"] == c).any()) for c in (a, b)}
    if not any(reported.values()):
        raise InputError(
            f"the tables hold no rows reported by {a} or {b}"
            + (f" within {period}" if period else "")
            + "; expected one side's figures at least."
        )
    out = []
    for exporter, importer in ((a, b), (b, a)):
        x = _side(data, exporter, importer, "export", commodity)
        m = _side(data, importer, exporter, "import", commodity)
        both = x.merge(m, on=["start", "end"], how="outer", suffixes=("_x", "_m"))
        if both.empty:
            continue
        frame = pd.DataFrame({
            "start": both["start"], "end": both["end"], "commodity": commodity, "exporter": exporter,
            "importer": importer, "export_usd": both["value_usd_x"].astype("Int64"),
            "import_usd": both["value_usd_m"].astype("Int64"),
        })  # fmt: skip
        frame["gap_usd"] = frame["import_usd"] - frame["export_usd"]
        ratio = frame["import_usd"].astype("Float64") / frame["export_usd"].astype("Float64")
        frame["import_export_ratio"] = ratio.where(frame["export_usd"] != 0).round(4)
        frame["export_valuation"] = both["valuation_x"].astype("string")
        frame["import_valuation"] = both["valuation_m"].astype("string")
        cif_fob = (frame["import_valuation"] == "CIF") & (frame["export_valuation"] == "FOB")
        frame["cif_fob_ratio"] = frame["import_export_ratio"].where(cif_fob.fillna(False))
        frame["note"] = pd.Series(pd.NA, index=frame.index, dtype="string")
        for side, country, flow in (
            ("export_usd", exporter, "exports"),
            ("import_usd", importer, "imports"),
        ):
            why = NON_REPORTERS.get(country) if not reported[country] else None
            text = f"{country_name(country)} reported no {flow} for this period" + (
                f" ({why})" if why else ""
            )
            frame["note"] = frame["note"].mask(frame[side].isna(), text)
        out.append(frame)
    if not out:
        raise InputError(f"the tables hold no {commodity} exports or imports between {a} and {b}.")
    result = pd.concat(out, ignore_index=True).sort_values(["start", "exporter"], kind="stable")
    result = result[_COLUMNS].reset_index(drop=True)
    result.attrs["reasons"] = list(ASYMMETRY_REASONS)
    result.attrs["not_reporting"] = {
        c: NON_REPORTERS.get(c, "no rows") for c, ok in reported.items() if not ok
    }
    return result
