"""What the data say about a claim's subject and period: values, printed changes, versions.

A thin, cached view of a canonical table for the checker: one :func:`~tradestats.measures.values`
call per (pair, span), reused by every claim that needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property

import pandas as pd

from ..errors import TradestatsError
from ..measures import values_many
from ..periods import Span
from ..rounding import Interval, half_units, written_interval
from ..versions import known_as_of, preferred_view

__all__ = ["Datum", "Evidence", "Printed", "Version", "after", "same_url"]


@dataclass(frozen=True)
class Datum:
    """A value from the data with its rounding interval and provenance."""

    value: int
    half: Fraction
    derivation: str
    rows: tuple[str, ...]
    sources: tuple[str, ...]

    @cached_property
    def interval(self) -> Interval:
        return Interval(Fraction(self.value) - self.half, Fraction(self.value) + self.half)


@dataclass(frozen=True)
class Printed:
    """A percentage change printed beside a figure in one row of the data."""

    pct: str
    basis: str
    row: str
    source: str
    published: str | None
    counted: bool  # printed with the preferred figure (or the same figure): it counts as data
    flag: str
    compiler: str | None = None

    @cached_property
    def interval(self) -> Interval:
        return written_interval(self.pct)


@dataclass(frozen=True)
class Version:
    """One published value of a cell, with who printed it and how far to trust it."""

    datum: Datum
    published: str | None
    flag: str
    source: str
    compiler: str | None
    tier: int  # 0 official release, 1 a compilation of it (KITA, KOTRA, ITC…), 2 a re-quote
    trust: str  # the tier in words, for explanations


#: Words in a source's title or publisher that mark a re-quote of someone else's report.
_SECONDARY = ("repost", "via ", "blog", "citing", "quoted", "daum", "5ch", "note.com", "forum")
#: Compilers whose figures are the official release itself (China customs, its UN filing, MOFCOM).
_OFFICIAL = ("GACC", "UN Comtrade", "China MOFCOM")


def after(published: str | None, date: str | None) -> bool:
    """True when ``published`` is certainly later than ``date`` (both ``YYYY[-MM[-DD]]``); a
    date known only to the month or year is later only when that whole month or year is."""
    if not published or not date:
        return False
    n = min(len(published), len(date))
    return published[:n] > date[:n]


def same_url(a: str | None, b: str | None) -> bool:
    """Two URLs of one page (scheme, ``www.``, ``m.`` and a trailing slash aside)."""
    if not a or not b:
        return False

    def norm(u: str) -> str:
        u = u.strip().lower().split("://", 1)[-1].rstrip("/")
        for prefix in ("www.", "m.", "mobile."):
            if u.startswith(prefix):
                u = u[len(prefix) :]
        return u

    return norm(a) == norm(b)


class Evidence:
    """Cached access to a canonical table for checking claims.

    Parameters
    ----------
    table
        A canonical table with every version (``load_dataset(name, versions="all")``) or a
        default view.
    sources
        The sources table, to name sources in explanations (optional).
    events
        The dated events (``datasets/events.csv``: ``event``, ``label``, ``date`` as ``YYYY-MM``,
        ``publisher``, ``title``, ``url``, ``published``), to date "since the border closure"
        (optional; without it such a claim is unverifiable).
    """

    def __init__(
        self,
        table: pd.DataFrame,
        sources: pd.DataFrame | None = None,
        events: pd.DataFrame | None = None,
    ) -> None:
        self.table = table
        self.events = (
            {str(r["event"]): r for _, r in events.iterrows()} if events is not None else {}
        )
        has_versions = "preferred" in table.columns and not table["preferred"].fillna(False).all()
        self.view = preferred_view(table) if has_versions else table[table["value_usd"].notna()]
        self.pairs = set(zip(self.view["reporter"], self.view["partner"]))
        self.sources = sources.set_index("source_id") if sources is not None else None
        self._values: dict[tuple[str, str, str], pd.DataFrame] = {}
        self._cells: dict[tuple[str, str], dict[tuple[str, str, str], object]] = {}
        self._memo: dict[tuple[object, ...], object] = {}
        self._source_info: dict[str, tuple[str, str, str | None, str | None]] = {}
        self._totals: dict[tuple[str, str], pd.DataFrame] = {}
        self._by_pair = {
            pair: g for pair, g in self.view.groupby(["reporter", "partner"], sort=False)
        }
        self._all_by_pair = {
            pair: g for pair, g in table.groupby(["reporter", "partner"], sort=False)
        }

    def event(self, key: str) -> tuple[pd.Period, str, str] | None:
        """The month of a dated event, its label and the source that states the date
        (``publisher, published``), or None when no source in the data dates it."""
        row = self.events.get(key)
        if row is None:
            return None
        source = f"{row['publisher']}, {row['published']}"
        return pd.Period(str(row["date"]), freq="M"), str(row["label"]), source

    def has_pair(self, reporter: str | None, partner: str | None) -> bool:
        return (reporter, partner) in self.pairs

    def prefetch(self, wanted: set[tuple[str, str, Span]]) -> None:
        """Compute the values of many (reporter, partner, span) at once, one pass per pair."""
        by_pair: dict[tuple[str, str], list[Span]] = {}
        for rep, par, span in wanted:
            if (rep, par, str(span)) not in self._values and (rep, par) in self._by_pair:
                by_pair.setdefault((rep, par), []).append(span)
        for (rep, par), spans in by_pair.items():
            view = self._by_pair[(rep, par)]
            if (rep, par) not in self._totals:  # one object per pair: its span engine is kept
                self._totals[(rep, par)] = view[view["commodity"] == "TOTAL"]
            v = values_many(self._totals[(rep, par)], spans)
            for period, g in v.groupby("period", sort=False):
                self._values[(rep, par, str(period))] = g.set_index("flow")
            for span in spans:  # spans with no series at all
                self._values.setdefault((rep, par, str(span)), v.iloc[0:0].set_index("flow"))

    def value(self, reporter: str, partner: str, flow: str, span: Span) -> Datum | None:
        """The value of one flow over a span (total and balance derived when needed)."""
        memo = ("value", reporter, partner, flow, str(span))
        if memo not in self._memo:
            self._memo[memo] = self._value(reporter, partner, flow, span)
        return self._memo[memo]  # type: ignore[return-value]

    def _value(self, reporter: str, partner: str, flow: str, span: Span) -> Datum | None:
        key = (reporter, partner, str(span))
        if key not in self._values:
            if (reporter, partner) not in self._by_pair:
                return None
            self.prefetch({(reporter, partner, span)})
        table = self._values[key]
        if flow not in table.index or pd.isna(table.loc[flow]["value_usd"]):
            return self._difference(reporter, partner, flow, span)
        row = table.loc[flow]
        if str(row["derivation"]).startswith("derived") and pd.notna(row["half_width"]):
            # a month derived from cumulative spans, when the month's own total less its other
            # flow pins it closer, is that difference (two figures of the month itself)
            diff = self._difference(reporter, partner, flow, span)
            if diff is not None and diff.half < Fraction(float(row["half_width"])):
                return diff
        rows = tuple(row["rows"]) if isinstance(row["rows"], tuple) else ()
        sources = tuple(row["sources"]) if isinstance(row["sources"], tuple) else ()
        if str(row["derivation"]).startswith("sum") and pd.notna(row["half_width"]):
            # Jan–Apr imports as Jan–Mar plus April, when the span's own published total less
            # its exports says otherwise: both are exact derivations the labels admit (README:
            # "months into a span; total − exports"), so the data hold the span only to within
            # both; a claim meeting either is not wrong
            diff = self._difference(reporter, partner, flow, span)
            if diff is not None:
                half = Fraction(float(row["half_width"])).limit_denominator(10)
                summed = Interval(int(row["value_usd"]) - half, int(row["value_usd"]) + half)
                other = diff.interval
                if summed.hi < other.lo or other.hi < summed.lo:
                    lo, hi = min(summed.lo, other.lo), max(summed.hi, other.hi)
                    mid = int((lo + hi) / 2)
                    return Datum(
                        mid,
                        max(hi - mid, mid - lo),
                        f"{row['derivation']} or {diff.derivation} (they disagree)",
                        rows + diff.rows,
                        sources + diff.sources,
                    )
        if not sources and str(row["derivation"]) == "reported":
            cell = self._cell(reporter, partner, flow, span)
            pref = cell[cell["preferred"].fillna(False).astype(bool) & cell["value_usd"].notna()]
            if "preferred" in cell.columns and len(pref) == 1:
                rows = (str(pref["row_id"].iloc[0]),)
                sources = (str(pref["source_id"].iloc[0]),)
        return Datum(
            int(row["value_usd"]),
            Fraction(float(row["half_width"])).limit_denominator(10)
            if pd.notna(row["half_width"])
            else Fraction(0),
            str(row["derivation"]),
            rows,
            sources,
        )

    def _difference(self, reporter: str, partner: str, flow: str, span: Span) -> Datum | None:
        """Exports or imports as total minus the other flow of the same span: exact subtraction
        of two published figures (README of the labels: "total − exports for imports")."""
        if flow not in ("export", "import"):
            return None
        other = "import" if flow == "export" else "export"
        table = self._values.get((reporter, partner, str(span)))
        if table is None or "total" not in table.index or other not in table.index:
            return None
        t, o = table.loc["total"], table.loc[other]
        if pd.isna(t["value_usd"]) or pd.isna(o["value_usd"]):
            return None
        if "derived" in str(t["derivation"]) or "+" in str(t["derivation"]):
            return None  # a total summed from the flows themselves says nothing new
        halves = [
            Fraction(float(r["half_width"])).limit_denominator(10)
            if pd.notna(r["half_width"])
            else Fraction(0)
            for r in (t, o)
        ]

        def _tuple(x: object) -> tuple[str, ...]:
            return tuple(x) if isinstance(x, tuple) else ()

        return Datum(
            int(t["value_usd"]) - int(o["value_usd"]),
            halves[0] + halves[1],
            f"total − {other}s",
            _tuple(t["rows"]) + _tuple(o["rows"]),
            _tuple(t["sources"]) + _tuple(o["sources"]),
        )

    def preferred_as_of(
        self, reporter: str, partner: str, flow: str, span: Span, as_of: str
    ) -> tuple[Interval, pd.Series] | None:
        """The preferred version of a cell among the versions published by ``as_of``, with its
        interval: the figure the data held on that date. None when the cell has a single
        version (nothing was revised) or none was published by then."""
        key = ("as_of", reporter, partner, flow, str(span), as_of)
        if key not in self._memo:
            self._memo[key] = None
            if len(self.versions(reporter, partner, flow, span)) > 1:
                try:
                    then = known_as_of(self._cell(reporter, partner, flow, span), as_of)
                except TradestatsError:  # an as_of the version rule cannot read
                    then = self.table.iloc[0:0]
                chosen = then["preferred"].fillna(False).astype(bool) & then["value_usd"].notna()
                then = then[chosen]
                if not then.empty:
                    row = then.iloc[0]
                    half = Fraction(float(half_units(then).iloc[0]))
                    self._memo[key] = (Interval.around(int(row["value_usd"]), half), row)
        return self._memo[key]  # type: ignore[return-value]

    def _cell(self, reporter: str, partner: str, flow: str, span: Span) -> pd.DataFrame:
        t = self._all_by_pair.get((reporter, partner))
        if t is None:
            return self.table.iloc[0:0]
        if (reporter, partner) not in self._cells:
            total = t[t["commodity"] == "TOTAL"]
            self._cells[(reporter, partner)] = total.groupby(
                ["flow", total["start"].astype(str), total["end"].astype(str)], sort=False
            ).indices
        positions = self._cells[(reporter, partner)].get((flow, str(span.start), str(span.end)))
        if positions is None:
            return t.iloc[0:0]
        return t[t["commodity"] == "TOTAL"].iloc[positions]

    def printed(
        self, reporter: str, partner: str, flow: str, span: Span, base: Span
    ) -> list[Printed]:
        """Every change printed for the cell whose basis fits ``base`` (yoy/ytd or mom)."""
        key = ("printed", reporter, partner, flow, str(span), str(base))
        if key not in self._memo:
            self._memo[key] = self._printed(reporter, partner, flow, span, base)
        return self._memo[key]  # type: ignore[return-value]

    def _printed(
        self, reporter: str, partner: str, flow: str, span: Span, base: Span
    ) -> list[Printed]:
        if base == span.year_earlier():
            bases = ("yoy", "ytd")
        elif span.is_month and base == span.previous():
            bases = ("mom",)
        else:
            return []
        cell = self._cell(reporter, partner, flow, span)
        cell = cell[cell["change_pct"].notna() & cell["change_basis"].isin(bases)]
        if cell.empty:
            return []
        preferred_values = set(
            cell.loc[cell["preferred"].fillna(False).astype(bool), "value_usd"].dropna()
        )
        pref = self.value(reporter, partner, flow, span)
        if pref is not None:
            preferred_values.add(pref.value)
        out = []
        for _, r in cell.iterrows():  # a handful of rows of one cell
            flag = r["flag"] if isinstance(r["flag"], str) else ""
            usd = (r["change_terms"] if isinstance(r["change_terms"], str) else "USD") == "USD"
            counted = (
                usd
                and "suspect" not in flag
                and (bool(r["preferred"]) or _same_figure(r["value_usd"], preferred_values))
            )
            out.append(
                Printed(
                    str(r["change_pct"]),
                    str(r["change_basis"]),
                    str(r["row_id"]),
                    str(r["source_id"]),
                    _opt(r["published"]),
                    counted,
                    flag,
                    _opt(r.get("compiler")),
                )
            )
        return out

    def versions(self, reporter: str, partner: str, flow: str, span: Span) -> list[Version]:
        """Every published value of the cell, each with its source and trust tier."""
        key = ("versions", reporter, partner, flow, str(span))
        if key not in self._memo:
            self._memo[key] = self._versions(reporter, partner, flow, span)
        return self._memo[key]  # type: ignore[return-value]

    def _versions(self, reporter: str, partner: str, flow: str, span: Span) -> list[Version]:
        cell = self._cell(reporter, partner, flow, span)
        cell = cell[cell["value_usd"].notna()]
        halves = half_units(cell)
        out = []
        for (_, r), half in zip(cell.iterrows(), halves):  # the few versions of one cell
            source = str(r["source_id"])
            d = Datum(
                int(r["value_usd"]),
                Fraction(float(half)).limit_denominator(10),
                "reported",
                (str(r["row_id"]),),
                (source,),
            )
            flag = r["flag"] if isinstance(r["flag"], str) else ""
            compiler = _opt(r.get("compiler"))
            tier, trust = self.trust(source, compiler)
            out.append(Version(d, _opt(r["published"]), flag, source, compiler, tier, trust))
        return out

    def trust(self, source_id: str, compiler: str | None) -> tuple[int, str]:
        """How far a printed figure can be trusted: 0 an official release (China customs, as
        reported when it was released; UN Comtrade; MOFCOM), 1 a compilation of it by another
        body (KITA, KOTRA, ITC, …), 2 a re-quote of someone else's report (a repost, a blog, an
        aggregator "via" another outlet)."""
        publisher, title, _url, _date = self.source_info(source_id)
        text = f"{publisher} {title}".lower()
        if any(w in text for w in _SECONDARY):
            return 2, "a secondary re-quote"
        if compiler and compiler.startswith(_OFFICIAL):
            return 0, "the official release"
        if compiler:
            return 1, f"a compilation ({compiler.split(' (')[0]})"
        return 1, "a published report"

    def source_info(self, source_id: str) -> tuple[str, str, str | None, str | None]:
        """(publisher, title, url, published) of a source; the id itself when unknown."""
        known = self._source_info.get(source_id)
        if known is not None:
            return known
        if self.sources is None or source_id not in self.sources.index:
            info: tuple[str, str, str | None, str | None] = (source_id, "", None, None)
        else:
            row = self.sources.loc[source_id]
            info = (
                str(row.get("publisher") or source_id),
                str(row.get("title") or ""),
                _opt(row.get("url")),
                _opt(row.get("published")),
            )
        self._source_info[source_id] = info
        return info

    def months(self, reporter: str, partner: str, flow: str) -> dict[pd.Period, int]:
        """The single-month values of a series in the default view."""
        view = self._by_pair.get((reporter, partner))
        if view is None:
            return {}
        m = view[
            (view["flow"] == flow) & (view["start"] == view["end"]) & (view["commodity"] == "TOTAL")
        ]
        return dict(zip(m["start"], m["value_usd"].astype(int)))

    def describe_source(self, source_id: str) -> str:
        """``publisher, YYYY-MM-DD`` for a source id (the id itself when unknown)."""
        memo = ("source", source_id)
        if memo not in self._memo:
            if self.sources is None or source_id not in self.sources.index:
                self._memo[memo] = source_id
            else:
                row = self.sources.loc[source_id]
                date = row.get("published")
                publisher = str(row.get("publisher"))
                self._memo[memo] = f"{publisher}, {date}" if isinstance(date, str) else publisher
        return self._memo[memo]  # type: ignore[return-value]


def _same_figure(value: object, preferred: set[int]) -> bool:
    """A row printed the preferred figure: exactly, or rounded from it to 4+ significant digits
    (191,130,000 for 191,129,000). A rough re-quote ("$10 million") is not the same figure."""
    if pd.isna(value):  # type: ignore[arg-type]
        return False
    v = int(value)  # type: ignore[call-overload]
    if v in preferred:
        return True
    digits = str(v).rstrip("0")
    if len(digits) < 4:
        return False
    half = 10 ** (len(str(v)) - len(digits)) / 2
    return any(abs(v - p) <= half for p in preferred)


def _opt(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value):
        return None
    return None if pd.isna(value) else str(value)  # type: ignore[arg-type]
