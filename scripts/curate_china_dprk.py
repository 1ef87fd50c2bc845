"""Curate the bundled China–DPRK datasets from the raw compiled files.

Input (kept in the repository, copied unchanged from the compilation described in
``datasets/raw/china_dprk/notes.md``)::

    datasets/raw/china_dprk/china_dprk_{monthly,annual,ytd,products}.csv

Output::

    datasets/china_dprk.csv            every version of every total-trade cell, canonical schema
    datasets/china_dprk_products.csv   product breakdowns, canonical schema + description
    datasets/sources.csv               one row per source (URL and publication date)

Nothing is computed into the outputs but keys and labels: values and printed percentages are
copied digit for digit; the ``preferred`` column is the documented rule of
``tradestats.versions.choose_preferred``. Run from the repository root::

    python scripts/curate_china_dprk.py
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tradestats.periods import parse_span  # noqa: E402
from tradestats.schema import CANONICAL_COLUMNS, validate_table  # noqa: E402
from tradestats.versions import choose_preferred  # noqa: E402

RAW = ROOT / "datasets" / "raw" / "china_dprk"
OUT = ROOT / "datasets"
_DATE = re.compile(r"^(\d{4}(?:-\d\d(?:-\d\d)?)?)\s*(.*)$")


def _source_id(url: str, date: str) -> str:
    return "src-" + hashlib.sha1(f"{url}|{date}".encode()).hexdigest()[:10]


def _published(raw_date: pd.Series) -> tuple[pd.Series, pd.Series]:
    parts = raw_date.str.extract(_DATE)
    return parts[0], parts[1].str.strip("() ").replace("", pd.NA)


def _canonical(raw: pd.DataFrame, stem: str) -> pd.DataFrame:
    spans = {p: parse_span(p) for p in raw["period"].unique()}
    published, _ = _published(raw["source_date"])
    flags = raw.get("flag", pd.Series("", index=raw.index)).fillna("")
    basis = raw.get("change_basis", pd.Series("", index=raw.index)).fillna("")
    ytd = raw["period"].map(lambda p: spans[p].is_year_to_date)
    basis = basis.mask((basis == "yoy") & ytd, "ytd")
    change = raw.get("quoted_change_pct", pd.Series("", index=raw.index)).fillna("")
    terms = pd.Series("", index=raw.index).mask(change != "", "USD")
    terms = terms.mask((change != "") & flags.str.contains("yuan_basis_pct"), "CNY")
    table = pd.DataFrame(
        {
            "row_id": [f"{stem}:{i}" for i in range(1, len(raw) + 1)],
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
            "note": raw["precision_note"],
        }
    )
    return table


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


def _write(table: pd.DataFrame, path: Path) -> None:
    out = table.copy()
    for col in ("start", "end"):
        out[col] = out[col].astype(str)
    out.to_csv(path, index=False, lineterminator="\n")
    print(f"wrote {path.relative_to(ROOT)} ({len(out)} rows)")


def main() -> None:
    read = {
        stem: pd.read_csv(RAW / f"china_dprk_{stem}.csv", dtype=str, keep_default_na=False)
        for stem in ("monthly", "ytd", "annual", "products")
    }
    totals = pd.concat(
        [_canonical(read[s], s) for s in ("monthly", "ytd", "annual")], ignore_index=True
    )
    table = validate_table(totals.drop(columns="preferred"), name="china_dprk", allow_versions=True)
    table["preferred"] = choose_preferred(table)
    raw_pref = pd.concat(
        [read[s]["preferred"] for s in ("monthly", "ytd", "annual")], ignore_index=True
    ).eq("1")
    differs = table[table["preferred"].astype(bool) != raw_pref.to_numpy()]
    print(f"preferred rule vs the compiler's suggestion: {len(differs)} row(s) differ")
    for _, row in differs.iterrows():
        print(
            f"  {row['row_id']} {row['flow']} {row['start']}..{row['end']} {row['value_usd']} "
            f"rule={row['preferred']} {row['compiler']} {row['flag']}"
        )
    _write(table[list(CANONICAL_COLUMNS)], OUT / "china_dprk.csv")

    products_raw = read["products"]
    products = _canonical(products_raw, "products")
    products["change_pct"] = ""
    products = validate_table(
        products.drop(columns="preferred"), name="china_dprk_products", allow_versions=True
    )
    products["preferred"] = choose_preferred(products)
    products["description"] = products_raw["description"].to_numpy()
    products["hs_code_basis"] = products_raw["hs_code_basis"].to_numpy()
    _write(
        products[[*CANONICAL_COLUMNS, "description", "hs_code_basis"]],
        OUT / "china_dprk_products.csv",
    )

    sources = _sources(pd.concat(list(read.values()), ignore_index=True))
    sources.to_csv(OUT / "sources.csv", index=False, lineterminator="\n")
    print(f"wrote datasets/sources.csv ({len(sources)} rows)")


if __name__ == "__main__":
    main()
