"""Curate the bundled China–DPRK datasets from the raw compiled files.

Input (kept in the repository, copied unchanged from the compilation described in
``datasets/raw/china_dprk/notes.md`` and ``datasets/raw/china_dprk/update_2026-11/notes_add.md``)::

    datasets/raw/china_dprk/china_dprk_{monthly,annual,ytd,products}.csv
    datasets/raw/china_dprk/update_2026-11/china_dprk_{monthly,ytd,annual}_add.csv
    datasets/raw/china_dprk/update_2026-11/corrections.csv

Output::

    datasets/china_dprk.csv            every version of every total-trade cell, canonical schema
    datasets/china_dprk_products.csv   product breakdowns, canonical schema + description
    datasets/sources.csv               one row per source (URL and publication date)
    datasets/events.csv                dated events, each with the source stating its date
                                       (from ``datasets/raw/events/events.csv``)
    datasets/README.md                 the generated sections of the datasheet (between
                                       ``<!-- BEGIN generated:NAME -->`` markers)

Nothing is computed into the outputs but keys, labels and the printed precision: values and
printed percentages are copied digit for digit; corrections change flags and notes only; the
``preferred`` column is the documented rule of ``tradestats.versions.choose_preferred``. Run
from the repository root::

    python scripts/curate_china_dprk.py
"""

from __future__ import annotations

import hashlib
import re
import sys
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tradestats.periods import parse_span  # noqa: E402
from tradestats.rounding import half_units  # noqa: E402
from tradestats.schema import CANONICAL_COLUMNS, CELL, validate_table  # noqa: E402
from tradestats.versions import choose_preferred, preferred_view, publication_end  # noqa: E402

RAW = ROOT / "datasets" / "raw" / "china_dprk"
UPDATE = RAW / "update_2026-11"
EVENTS = ROOT / "datasets" / "raw" / "events" / "events.csv"
OUT = ROOT / "datasets"
README = OUT / "README.md"
STEMS = ("monthly", "ytd", "annual")
_DATE = re.compile(r"^(\d{4}(?:-\d\d(?:-\d\d)?)?)\s*(.*)$")

#: Definition of each compiler's figures (column ``series``); anything else is ``customs``.
SERIES_OF_COMPILER = {
    "KOTRA annual": "kotra_crude",
    "China MOFCOM": "mofcom",
    "KIEP": "estimate",
    "KDI": "estimate",
}

#: Flags this curation adds, with the reason (the raw files flag these rows ``interpreted``
#: and their notes say the dollar figure is VOA's own conversion from yuan; notes_add §6).
CURATION_FLAGS = {
    "monthly_add:31": ("40230000", "yuan_converted", "VOA's dollar figure converted from yuan"),
    "monthly_add:32": ("42257000", "yuan_converted", "VOA's own conversion from yuan"),
}

#: Notes this curation adds (rule 4 of the preferred rule: a row that ``supersedes`` another).
CURATION_NOTES = {
    # April 2023 total: VOA 1억9천998만 and Yonhap $199.42m both print five digits; VOA's equals
    # the month's exports + imports (165.78 + 34.20 = 199.98, computed), as the update's notes
    # prefer it.
    "monthly_add:49": (
        "199980000",
        "supersedes monthly_add:50 for the default view: equals April 2023 exports + imports "
        "(165.78 + 34.20 = 199.98, computed)",
    ),
}

#: Corrections of update_2026-11/corrections.csv not applied, with the reason (none so far).
NOT_APPLIED: dict[str, str] = {}


# --------------------------------------------------------------------------------------
# Printed precision and hedges, read from the printed form in ``precision_note``
# --------------------------------------------------------------------------------------

_BIG = {"조": 10**12, "억": 10**8, "億": 10**8, "亿": 10**8, "만": 10**4, "万": 10**4, "萬": 10**4}
_SMALL = {"천": 1000, "千": 1000, "백": 100, "百": 100, "십": 10, "十": 10}
_WORDS = {"trillion": 10**12, "billion": 10**9, "bn": 10**9, "million": 10**6, "mn": 10**6,
          "mln": 10**6, "m": 10**6, "thousand": 1000}  # fmt: skip
_TOKEN = re.compile(
    r"(?P<num>\d[\d,]*(?:\.\d+)?)|(?P<unit>[조억億亿만万萬천千백百십十])"
    r"|(?P<word>(?:trillion|billion|million|thousand|bn|mln|mn|m)\b)|(?P<gap>\s+)",
    re.IGNORECASE,
)
_HEDGE_BEFORE = [
    # "just over $2 million" states a value near $2m, not a bound: read as "about".
    ("about", r"(just|slightly|a little)\s+(over|above|under|below)\s*(us)?\$?\s*$"),
    ("more than", r"(more than|over|above|in excess of)\s*(us)?\$?\s*$"),
    ("less than", r"(less than|under|below)\s*(us)?\$?\s*$"),
    ("nearly", r"(nearly|almost|close to|近)\s*(us)?\$?\s*$"),
    ("about", r"(about|around|approximately|roughly|some|약|约|約)\s*(us)?\$?\s*$"),
]
_HEDGE_AFTER = [
    ("more than", r"^\s*(달러|美元|ドル|dollars?)?\s*(이상|이 넘|가 넘|넘|余|多|以上|超)"),
    ("less than", r"^\s*(달러|美元|ドル|dollars?)?\s*(미만|이하|未満|以下|不到)"),
    ("about", r"^\s*(달러|美元|ドル|dollars?)?\s*(가량|정도|내외|左右|前後)"),
]


def _digit_unit(num: str) -> tuple[Decimal, Decimal]:
    """A written number and the unit of its last significant digit.

    Zeros after a decimal point are significant (``13.0`` -> 0.1); trailing zeros of a whole
    number are not (``4000`` -> 1000), the usual convention.
    """
    text = num.replace(",", "")
    value = Decimal(text)
    if "." in text:
        return value, Decimal(1).scaleb(-len(text.split(".")[1]))
    stripped = text.rstrip("0")
    zeros = len(text) - len(stripped) if stripped else 0
    return value, Decimal(1).scaleb(zeros)


def _runs(text: str) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Maximal runs of number tokens (digits and unit words) in a text, with their span."""
    runs: list[tuple[int, int, list[tuple[str, str]]]] = []
    current: list[tuple[str, str]] = []
    start = end = pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() != pos and current:
            runs.append((start, end, current))
            current = []
        pos = m.end()
        kind = m.lastgroup or ""
        if kind == "gap":
            continue
        if kind == "word" and (not current or current[-1][0] != "num"):
            continue
        if kind == "unit" and not current and m.group() not in _BIG and m.group() not in _SMALL:
            continue
        if not current:
            start = m.start()
        current.append((kind, m.group()))
        end = m.end()
    if current:
        runs.append((start, end, current))
    return runs


def _parse_run(tokens: list[tuple[str, str]]) -> list[tuple[Decimal, Decimal]]:
    """Parse a run into (value, unit of last printed digit); Korean/Chinese/Japanese units
    (``1억 3천 243만``, ``4.91059亿``) and English scale words (``$197.39 million``).

    A run may hold several numbers (``1억 3천만 2억``); each completed number is returned.
    """
    out: list[tuple[Decimal, Decimal]] = []
    total = section = Decimal(0)
    last = sec_last = Decimal(1)
    cur: tuple[Decimal, Decimal] | None = None
    started = False
    for kind, text in tokens:
        if kind == "num":
            if cur is not None:  # two bare numbers in a row: the first one is complete
                section += cur[0]
                sec_last = cur[1]
                out.append((total + section, sec_last))
                total = section = Decimal(0)
            cur = _digit_unit(text)
            started = True
        elif kind == "word":
            if cur is None:
                continue
            scale = _WORDS[text.lower()]
            out.append((total + section + cur[0] * scale, cur[1] * scale))
            total = section = Decimal(0)
            cur = None
            started = False
        elif text in _SMALL:
            n, u = cur if cur is not None else (Decimal(1), Decimal(1))
            section += n * _SMALL[text]
            sec_last = u * _SMALL[text]
            cur = None
            started = True
        elif text in _BIG:
            if cur is not None:
                section += cur[0]
                sec_last = cur[1]
                cur = None
            if section == 0:
                section, sec_last = Decimal(1), Decimal(1)
            total += section * _BIG[text]
            last = sec_last * _BIG[text]
            section = Decimal(0)
            started = True
    if cur is not None:
        section += cur[0]
        sec_last = cur[1]
        cur = None
    if section:
        total += section
        last = sec_last
    if started and total:
        out.append((total, last))
    return out


def _hedge(before: str, after: str) -> str:
    for name, pattern in _HEDGE_BEFORE:
        if re.search(pattern, before[-24:], re.IGNORECASE):
            return name
    for name, pattern in _HEDGE_AFTER:
        if re.search(pattern, after[:12], re.IGNORECASE):
            return name
    return ""


def printed_form(note: str, value: str) -> tuple[str, str]:
    """The half-width of the last printed digit of ``value`` and the source's hedge on it.

    The value's printed form is the number in ``note`` (the compiler's record of how the
    source printed it) that equals ``value``. UN Comtrade extracts are exact (half-width 0.5).
    Returns ``("", "")`` when the printed form cannot be read; the precision is then inferred
    from trailing zeros at run time.
    """
    if not value:
        return "", ""
    target = Decimal(value)
    for start, end, tokens in _runs(note):
        for number, unit in _parse_run(tokens):
            if number == target:
                half = unit / 2
                hedge = _hedge(note[:start], note[end:])
                return f"{half.normalize():f}", hedge
    if re.search(r"\bexact\b", note):
        return "0.5", ""
    spelled = re.match(r"reported as '?(\w+)", note)  # a number spelled out in words
    return "", _hedge(spelled.group(1), "") if spelled else ""


def change_hedge(note: str, change: str) -> str:
    """The source's hedge on a printed percentage (``'more than 60%'`` -> ``more than``)."""
    if not change:
        return ""
    target = Decimal(change.lstrip("+-"))
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(%|퍼센트|percent|per cent)", note, re.IGNORECASE):
        if Decimal(m.group(1)) == target:
            hedge = _hedge(note[: m.start()], note[m.end() :])
            if hedge:
                return hedge
    return ""


# --------------------------------------------------------------------------------------
# Raw files, corrections, canonical table
# --------------------------------------------------------------------------------------


def _source_id(url: str, date: str) -> str:
    return "src-" + hashlib.sha1(f"{url}|{date}".encode()).hexdigest()[:10]


def _published(raw_date: pd.Series) -> tuple[pd.Series, pd.Series]:
    parts = raw_date.str.extract(_DATE)
    return parts[0], parts[1].str.strip("() ").replace("", pd.NA)


def _read(path: Path, stem: str) -> pd.DataFrame:
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    raw.insert(0, "row_id", [f"{stem}:{i}" for i in range(1, len(raw) + 1)])
    return raw


def read_raw() -> dict[str, pd.DataFrame]:
    """The compiled files and the update, keyed by stem (``monthly``, ``monthly_add``...)."""
    read = {s: _read(RAW / f"china_dprk_{s}.csv", s) for s in (*STEMS, "products")}
    for s in STEMS:
        read[f"{s}_add"] = _read(UPDATE / f"china_dprk_{s}_add.csv", f"{s}_add")
    return read


def apply_corrections(raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Apply ``corrections.csv`` (flags and notes only; values are never changed).

    The corrections name rows by file line (header = line 1); the row id here is the record
    number (line − 1). Each one is checked against the row's current value first.
    """
    corrections = pd.read_csv(UPDATE / "corrections.csv", dtype=str, keep_default_na=False)
    raw = raw.set_index("row_id")
    log = []
    for _, c in corrections.iterrows():
        stem = c["file"].removeprefix("china_dprk_").removesuffix(".csv")
        rid = f"{stem}:{int(c['line']) - 1}"
        row = raw.loc[rid]
        if row["value_usd"] != c["current_value_usd"] or row["flow"] != c["flow"]:
            raise SystemExit(f"correction {c['row_id']} does not match row {rid}: {dict(row)}")
        if c["row_id"] in NOT_APPLIED:
            log.append((c["row_id"], rid, "not applied", NOT_APPLIED[c["row_id"]]))
            continue
        flags = [f for f in row["flag"].split(";") if f]
        new_flag = c["new_flag"]
        if "drop suspect" in new_flag:
            flags = [f for f in flags if f != "suspect"]
        elif new_flag:
            flags += [f for f in new_flag.split(";") if f not in flags]
        raw.loc[rid, "flag"] = ";".join(flags)
        raw.loc[rid, "precision_note"] = (
            f"{row['precision_note']} [correction 2026-11 ({c['row_id']} in "
            f"update_2026-11/corrections.csv): {c['action']}]"
        )
        log.append((c["row_id"], rid, "applied", c["action"]))
    for rid, (value, flag, why) in CURATION_FLAGS.items():
        row = raw.loc[rid]
        if row["value_usd"] != value:
            raise SystemExit(f"curation flag for {rid} expects value {value}: {dict(row)}")
        flags = [f for f in row["flag"].split(";") if f]
        raw.loc[rid, "flag"] = ";".join([*flags, flag])
        raw.loc[rid, "precision_note"] = f"{row['precision_note']} [curation: {flag}, {why}]"
    for rid, (value, text) in CURATION_NOTES.items():
        row = raw.loc[rid]
        if row["value_usd"] != value:
            raise SystemExit(f"curation note for {rid} expects value {value}: {dict(row)}")
        raw.loc[rid, "precision_note"] = f"{row['precision_note']} [curation: {text}]"
    out = raw.reset_index()
    return out, pd.DataFrame(log, columns=["correction", "row_id", "status", "action"])


def _series(compiler: pd.Series) -> pd.Series:
    out = pd.Series("customs", index=compiler.index)
    for prefix, name in SERIES_OF_COMPILER.items():
        out = out.mask(compiler.str.startswith(prefix), name)
    return out


def _canonical(raw: pd.DataFrame) -> pd.DataFrame:
    spans = {p: parse_span(p) for p in raw["period"].unique()}
    published, _ = _published(raw["source_date"])
    flags = raw.get("flag", pd.Series("", index=raw.index)).fillna("")
    basis = raw.get("change_basis", pd.Series("", index=raw.index)).fillna("")
    ytd = raw["period"].map(lambda p: spans[p].is_year_to_date)
    basis = basis.mask((basis == "yoy") & ytd, "ytd")
    change = raw.get("quoted_change_pct", pd.Series("", index=raw.index)).fillna("")
    terms = pd.Series("", index=raw.index).mask(change != "", "USD")
    # A percentage beside a yuan-only figure, a yuan-converted figure, or flagged yuan-based is
    # in yuan terms.
    yuan = flags.str.contains("yuan_basis_pct|yuan_only|yuan_converted")
    terms = terms.mask((change != "") & yuan, "CNY")
    notes = raw["precision_note"]
    printed = [printed_form(n, v) for n, v in zip(notes, raw["value_usd"])]
    table = pd.DataFrame(
        {
            "row_id": raw["row_id"],
            "reporter": "CHN",
            "partner": "PRK",
            "flow": raw["flow"],
            "start": raw["period"].map(lambda p: str(spans[p].start)),
            "end": raw["period"].map(lambda p: str(spans[p].end)),
            # A product the source named without any code stays UNSPECIFIED, never TOTAL.
            "commodity": raw.get("hs_code", pd.Series("TOTAL", index=raw.index)).replace(
                "", "UNSPECIFIED"
            ),
            "hs_version": "",
            "value_usd": raw["value_usd"],
            "change_pct": change,
            "change_basis": basis,
            "change_terms": terms,
            "source_id": [_source_id(u, d) for u, d in zip(raw["source_url"], raw["source_date"])],
            "published": published,
            "compiler": raw["compiler"],
            "flag": flags,
            "preferred": False,
            "note": notes,
            "series": _series(raw["compiler"]),
            "series_break": False,
            "precision_usd": [p for p, _ in printed],
            "hedge": [h for _, h in printed],
            "change_hedge": [change_hedge(n, c) for n, c in zip(notes, change)],
            "release": "",
        }
    )
    return table


def _vintages(table: pd.DataFrame) -> pd.Series:
    """``first`` for the earliest-published rows of a cell in its series, ``later`` after."""
    has = table["value_usd"].notna() & table["published"].notna()
    ends = publication_end(table["published"])
    keys = [*CELL, "series"]
    first = ends[has].groupby([table.loc[has, k] for k in keys]).transform("min")
    out = pd.Series(pd.NA, index=table.index, dtype="string")
    out[has] = (ends[has] == first).map({True: "first", False: "later"})
    return out


def _series_breaks(table: pd.DataFrame) -> pd.Series:
    """True on default-view rows whose definition (UN Comtrade annual extract or customs
    release) differs from the same flow's previous period of the same length."""
    view = table[table["preferred"].fillna(False).astype(bool)].copy()
    view["_months"] = [(e - s).n + 1 for s, e in zip(view["start"], view["end"])]
    view["_kind"] = (
        view["compiler"]
        .str.startswith("UN Comtrade")
        .map({True: "UN Comtrade", False: "customs release"})
    )
    view = view.sort_values(["flow", "_months", "start"])
    prev = view.groupby(["flow", "_months"])["_kind"].shift()
    prev_end = view.groupby(["flow", "_months"])["end"].shift()
    adjacent = [pd.notna(p) and (s - p).n == 1 for s, p in zip(view["start"], prev_end)]
    brk = prev.notna() & (prev != view["_kind"]) & pd.Series(adjacent, index=view.index)
    out = pd.Series(False, index=table.index, dtype="boolean")
    out[view.index[brk.to_numpy()]] = True
    return out


def _write(table: pd.DataFrame, path: Path) -> None:
    out = table.copy()
    for col in ("start", "end"):
        out[col] = out[col].astype(str)
    out["precision_usd"] = out["precision_usd"].map(
        lambda v: "" if pd.isna(v) else f"{Decimal(str(v)).normalize():f}"
    )
    out.to_csv(path, index=False, lineterminator="\n")
    print(f"wrote {path.relative_to(ROOT)} ({len(out)} rows)")


# --------------------------------------------------------------------------------------
# Generated sections of the datasheet
# --------------------------------------------------------------------------------------

_LETTER = {"export": "E", "import": "I", "total": "T"}


def _months(view: pd.DataFrame) -> pd.Series:
    return pd.Series([(e - s).n + 1 for s, e in zip(view["start"], view["end"])], view.index)


def _inside(spans: pd.DataFrame, period: pd.Period) -> bool:
    return bool(((spans["start"] <= period) & (spans["end"] >= period)).any())


def coverage_section(view: pd.DataFrame) -> str:
    """Year × month grid of the default view, and the monthly cells still missing."""
    view = view[view["commodity"] == "TOTAL"].copy()
    view["_months"] = _months(view)
    view["_year"] = [s.year for s in view["start"]]
    single = view[view["_months"] == 1]
    letters = single.groupby(["_year", single["start"].map(lambda p: p.month)])["flow"].agg(
        lambda f: "".join(sorted(_LETTER[x] for x in f))
    )
    combined = view[(view["_months"] == 2) & (view["start"].map(lambda p: p.month) == 1)]
    cumulative = view[(view["_months"] > 1) & (view["_months"] < 12)]
    annual = view[view["_months"] == 12]
    years = range(min(view["_year"]), max(view["_year"]) + 1)
    lines = [
        "| year | " + " | ".join(f"{m:02d}" for m in range(1, 13)) + " | monthly E+I |",
        "|---|" + "---|" * 13,
    ]
    counts = {}
    for y in years:
        cells = []
        n = 0
        for m in range(1, 13):
            got = letters.get((y, m), "")
            n += ("E" in got) + ("I" in got)
            period = pd.Period(f"{y}-{m:02d}", "M")
            if got == "EIT":
                cells.append(got)
                continue
            if _inside(combined, period):
                more = "c"
            elif _inside(cumulative, period):
                more = "y"
            elif _inside(annual, period):
                more = "a"
            else:
                more = "-"
            cells.append(f"{got}·{more}" if got else more)
        counts[y] = n
        lines.append(f"| {y} | " + " | ".join(cells) + f" | {n} |")
    recent = [y for y in years if 2017 <= y <= 2024]
    held = sum(counts[y] for y in recent)
    missing = []
    for y in recent:
        for m in range(1, 13):
            got = letters.get((y, m), "")
            gone = [f for f in "EI" if f not in got]
            if gone:
                missing.append(f"{y}-{m:02d} {'/'.join(gone)}")
    return "\n".join(
        [
            "Letters: the flows with a single-month value (E exports, I imports, T total). After",
            "`·`, or alone, where the month's other flows are only found: `c` inside a combined",
            "January–February release, `y` inside a cumulative or quarterly span, `a` in the",
            "annual figure only, `-` nowhere. The last column counts single-month export and",
            "import cells.",
            "",
            *lines,
            "",
            f"**2017–2024: {held} of {len(recent) * 24} monthly export and import cells hold a "
            f"single-month value.** Still missing ({len(recent) * 24 - held} cells): "
            + ", ".join(missing)
            + ".",
        ]
    )


def _cell_label(row: pd.Series) -> str:
    span = str(row["start"]) if row["start"] == row["end"] else f"{row['start']}..{row['end']}"
    return f"{span} {row['flow']}"


def changes_section(table: pd.DataFrame, raw_suggested: pd.Series, log: pd.DataFrame) -> str:
    """Every cell whose default-view value differs from the view before this update."""
    before = table[raw_suggested.to_numpy() & table["value_usd"].notna().to_numpy()]
    after = preferred_view(table)
    key = [*CELL]
    merged = before.merge(after, on=key, how="outer", suffixes=("_old", "_new"), indicator=True)
    corrections = dict(zip(log["row_id"], log["correction"]))
    sources = pd.read_csv(OUT / "sources.csv", dtype=str, keep_default_na=False)
    publisher = dict(zip(sources["source_id"], sources["publisher"]))
    rows = []
    added = []
    for _, r in merged.sort_values(["start", "end", "flow"]).iterrows():
        old, new = r.get("value_usd_old"), r.get("value_usd_new")
        if r["_merge"] == "right_only":
            added.append(f"{_cell_label(r)} ({r['row_id_new']})")
            continue
        if r["_merge"] == "both" and old == new:
            continue
        why = []
        if r["row_id_old"] in corrections:
            why.append(f"corrections.csv `{corrections[r['row_id_old']]}`")
        if r["_merge"] == "both":
            src = publisher.get(r["source_id_new"], "")
            why.append(
                f"now `{r['row_id_new']}` ({src}, {r['published_new']}; "
                f"{str(r['note_new']).split(' [')[0][:90]})"
            )
            new_text = f"{int(new):,}"
        else:
            new_text = "no value"
            old_row = table.set_index("row_id").loc[r["row_id_old"]]
            why.append(f"`{r['row_id_old']}` is no longer eligible (flag `{old_row['flag']}`)")
        rows.append(f"| {_cell_label(r)} | {int(old):,} | {new_text} | {'; '.join(why)} |")
    return "\n".join(
        [
            f"{len(rows)} cells of the default view changed value with this update (before: the",
            "compiler's suggested preferred rows of the original files, which the old rule",
            "reproduced exactly; after: the rule applied to all rows and corrections):",
            "",
            "| cell | before (USD) | after (USD) | evidence |",
            "|---|---|---|---|",
            *rows,
            "",
            f"{len(added)} cells are new in the default view (a value where there was none): "
            + ", ".join(added)
            + ".",
        ]
    )


def consistency_section(view: pd.DataFrame) -> str:
    """Default-view cells where exports + imports differ from the total beyond rounding."""
    view = view[view["commodity"] == "TOTAL"].assign(_half=half_units(view))
    keys = ["start", "end"]
    wide = view.pivot_table(index=keys, columns="flow", values=["value_usd", "_half"],
                            aggfunc="first")  # fmt: skip
    who = view.pivot_table(index=keys, columns="flow", values="compiler", aggfunc="first")
    value = wide["value_usd"].dropna()
    half = wide["_half"].loc[value.index]
    gap = (value["export"] + value["import"] - value["total"]).abs()
    off = gap > half.sum(axis=1)
    lines = [
        f"Of the {len(value)} default-view cells holding all three flows, {int(off.sum())} do "
        "not add up within the printed precision (exports + imports against the total). Each "
        "figure is as printed; none is adjusted. Some mix vintages of customs' figures (UN "
        "Comtrade's revised annual flows beside a total from the January release), some mix "
        "compilations (a KITA or ITC figure beside press figures), and the others combine "
        "figures of one release printed by different outlets or rounded apart:",
        "",
        "| cell | exports + imports (USD) | total (USD) | gap (USD) | compilers (E, I, T) |",
        "|---|---|---|---|---|",
    ]
    for (start, end), row in value[off].iterrows():
        span = str(start) if start == end else f"{start}..{end}"
        names = " / ".join(
            str(who.loc[(start, end), f]).split(" (")[0] for f in ("export", "import", "total")
        )
        lines.append(
            f"| {span} | {int(row['export'] + row['import']):,} | {int(row['total']):,} | "
            f"{int(gap[(start, end)]):,} | {names} |"
        )
    return "\n".join(lines)


def corrections_section(log: pd.DataFrame) -> str:
    lines = ["| correction | row | status | action |", "|---|---|---|---|"]
    for _, r in log.iterrows():
        lines.append(f"| {r['correction']} | `{r['row_id']}` | {r['status']} | {r['action']} |")
    return "\n".join(lines)


def first_release_section(table: pd.DataFrame) -> str:
    """Summed first-release months against the default view's annual figure."""
    customs = table[
        (table["series"] == "customs")
        & table["value_usd"].notna()
        & ~table["flag"].fillna("").str.contains("suspect|yuan|no_value|out_of_scope")
        & ~table["hedge"].isin(["more than", "less than"]).fillna(False)
        & (table["commodity"] == "TOTAL")
    ].copy()
    customs["_months"] = _months(customs)
    customs["_end_date"] = publication_end(customs["published"])
    view = preferred_view(table)
    view = view[_months(view) == 12]
    lines = [
        "| year | flow | months summed | sum of first releases (USD) | annual (USD) | difference |",
        "|---|---|---|---|---|---|",
    ]
    for (flow, year), annual in view.groupby(["flow", view["start"].map(lambda p: p.year)]):
        in_year = customs["start"].map(lambda p: p.year) == year
        rows = customs[(customs["flow"] == flow) & in_year]
        january = rows["start"].map(lambda p: p.month) == 1
        rows = rows[(rows["_months"] == 1) | ((rows["_months"] == 2) & january)]
        first = rows.sort_values(["_end_date", "row_id"]).drop_duplicates(["start", "end"])
        singles = set(first.loc[first["_months"] == 1, "start"].map(lambda p: p.month))
        if {1, 2} <= singles:  # both months single: the combined release is not needed
            first = first[first["_months"] == 1]
        elif (first["_months"] == 2).any():  # otherwise January-February comes combined
            first = first[(first["_months"] == 2) | ~first["start"].map(lambda p: p.month <= 2)]
        covered = [m for s, e in zip(first["start"], first["end"]) for m in
                   range(s.month, e.month + 1)]  # fmt: skip
        if sorted(covered) != list(range(1, 13)):
            continue
        total = int(first["value_usd"].sum())
        value = int(annual["value_usd"].iloc[0])
        lines.append(
            f"| {year} | {flow} | {len(first)} | {total:,} | {value:,} | "
            f"{(total / value - 1) * 100:+.2f}% |"
        )
    return "\n".join(lines)


def write_sections(sections: dict[str, str]) -> None:
    text = README.read_text(encoding="utf-8")
    for name, body in sections.items():
        pattern = re.compile(
            rf"(<!-- BEGIN generated:{name} -->\n).*?(<!-- END generated:{name} -->)", re.S
        )
        if not pattern.search(text):
            raise SystemExit(f"datasets/README.md lacks the markers of section {name!r}")
        text = pattern.sub(lambda m, body=body: m.group(1) + body + "\n" + m.group(2), text)
    README.write_text(text, encoding="utf-8")
    print(f"wrote datasets/README.md sections {sorted(sections)}")


def main() -> None:
    read = read_raw()
    stems = [*STEMS, *(f"{s}_add" for s in STEMS)]
    raw = pd.concat([read[s] for s in stems], ignore_index=True)
    raw_suggested = raw["preferred"].eq("1") & raw["row_id"].str.match(r"^[a-z]+:")
    raw, log = apply_corrections(raw)
    totals = _canonical(raw)
    table = validate_table(totals.drop(columns="preferred"), name="china_dprk", allow_versions=True)
    table["preferred"] = choose_preferred(table)
    table["release"] = _vintages(table)
    table["series_break"] = _series_breaks(table)
    suggestion = raw["preferred"].eq("1")
    for _, c in pd.read_csv(UPDATE / "corrections.csv", dtype=str).iterrows():
        stem = c["file"].removeprefix("china_dprk_").removesuffix(".csv")
        rid = f"{stem}:{int(c['line']) - 1}"
        suggestion[raw["row_id"] == rid] = c["new_preferred"] == "1"
    differs = table[table["preferred"].astype(bool).to_numpy() != suggestion.to_numpy()]
    print(f"preferred rule vs the compiler's suggestion: {len(differs)} row(s) differ")
    for _, row in differs.iterrows():
        print(
            f"  {row['row_id']} {row['flow']} {row['start']}..{row['end']} {row['value_usd']} "
            f"rule={row['preferred']} {row['compiler']} {row['flag']}"
        )
    _write(table[list(CANONICAL_COLUMNS)], OUT / "china_dprk.csv")

    products_raw = read["products"]
    products = _canonical(products_raw)
    products["change_pct"] = ""
    products["change_hedge"] = ""
    products = validate_table(
        products.drop(columns="preferred"), name="china_dprk_products", allow_versions=True
    )
    products["preferred"] = choose_preferred(products)
    products["release"] = _vintages(products)
    products["description"] = products_raw["description"].to_numpy()
    products["hs_code_basis"] = products_raw["hs_code_basis"].to_numpy()
    _write(
        products[[*CANONICAL_COLUMNS, "description", "hs_code_basis"]],
        OUT / "china_dprk_products.csv",
    )

    sources = _sources(pd.concat([*read.values()], ignore_index=True))
    sources.to_csv(OUT / "sources.csv", index=False, lineterminator="\n")
    print(f"wrote datasets/sources.csv ({len(sources)} rows)")

    events = _events(pd.read_csv(EVENTS, dtype=str, keep_default_na=False))
    events.to_csv(OUT / "events.csv", index=False, lineterminator="\n")
    print(f"wrote datasets/events.csv ({len(events)} rows)")

    view = preferred_view(table)
    write_sections(
        {
            "coverage": coverage_section(view),
            "corrections": corrections_section(log),
            "changes": changes_section(table, raw_suggested, log),
            "first-release": first_release_section(table),
            "consistency": consistency_section(view),
        }
    )


def _sources(raw: pd.DataFrame) -> pd.DataFrame:
    published, published_note = _published(raw["source_date"])
    out = pd.DataFrame(
        {
            "source_id": [_source_id(u, d) for u, d in zip(raw["source_url"], raw["source_date"])],
            "publisher": raw["source_url"].map(lambda u: urlparse(u).netloc.removeprefix("www.")),
            "title": raw["source_title"],
            "url": raw["source_url"],
            "published": published,
            "published_note": published_note,
        }
    )
    return out.drop_duplicates("source_id").sort_values("source_id").reset_index(drop=True)


def _events(raw: pd.DataFrame) -> pd.DataFrame:
    """The dated events, one row each, with the source that states the date: its id (the hash
    ``sources.csv`` uses), publisher (web host), title, URL and publication date."""
    for _, r in raw.iterrows():  # a handful of rows
        pd.Period(r["date"], freq="M")  # a month, as the sources give it; anything else fails
    return pd.DataFrame(
        {
            "event": raw["event"],
            "label": raw["label"],
            "date": raw["date"],
            "date_basis": raw["date_basis"],
            "source_id": [_source_id(u, d) for u, d in zip(raw["source_url"], raw["source_date"])],
            "publisher": raw["source_url"].map(lambda u: urlparse(u).netloc.removeprefix("www.")),
            "title": raw["source_title"],
            "url": raw["source_url"],
            "published": raw["source_date"],
            "row_id": raw["compilation_row"],
        }
    )


if __name__ == "__main__":
    main()
