"""Recompute every printed percentage of the bundled data and record those that do not reproduce.

Writes ``datasets/reproduction.csv``: one row per printed change that the data hold the inputs
for but that does not reproduce, with the reason class. ``tests/test_reproduction.py`` checks
that a fresh recomputation gives exactly this list and the share stated in
``datasets/README.md``. Run from the repository root after curating::

    python scripts/reproduction_report.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from tradestats.data import load_dataset  # noqa: E402
from tradestats.reproduce import reproduce_published_changes  # noqa: E402
from tradestats.versions import OTHER_DEFINITION_COMPILERS  # noqa: E402


def reason(row: pd.Series) -> str:
    """Why a printed change does not reproduce, from what the compilation records about it."""
    flag = row["flag"] if isinstance(row["flag"], str) else ""
    compiler = row["compiler"] if isinstance(row["compiler"], str) else ""
    if "yuan" in flag:
        return "yuan basis: the percentage was computed in yuan terms"
    if "suspect" in flag:
        return "source error: the row is flagged suspect in the compilation"
    if compiler.startswith((*OTHER_DEFINITION_COMPILERS, "KITA", "KOTRA")):
        return "other series: the compiler's own base (its definition or vintage) is not held"
    if row["distance_pp"] < 1:
        return "revision: within 1 point; consistent with a revised or unrounded base not held"
    return "unresolved: more than 1 point off; a revision, mislabelled period or source error"


def main() -> None:
    result = reproduce_published_changes(load_dataset("china_dprk", versions="all"))
    counts = result["status"].value_counts()
    held = int(len(result) - counts.get("inputs missing", 0))
    ok = int(counts.get("reproduced", 0) + counts.get("reproduced (other base version)", 0))
    print(
        f"printed changes: {len(result)}; inputs held: {held}; reproduced: {ok} ({ok / held:.1%})"
    )
    print(counts.to_string())
    missed = result[result["status"] == "not reproduced"].copy()
    missed["reason"] = missed.apply(reason, axis=1)
    out = missed[
        ["row_id", "flow", "period", "base", "change_pct", "computed_lo", "computed_hi",
         "distance_pp", "reason"]
    ].round({"computed_lo": 2, "computed_hi": 2, "distance_pp": 2})  # fmt: skip
    out.to_csv(ROOT / "datasets" / "reproduction.csv", index=False, lineterminator="\n")
    print(missed["reason"].str.split(":").str[0].value_counts().to_string())


if __name__ == "__main__":
    main()
