"""Recompute every printed percentage of the bundled data and record those that do not reproduce.

Writes ``datasets/reproduction.csv`` (one row per printed change that is counted but does not
reproduce, or that is not counted, with its cause) and the generated ``reproduction`` section
of ``datasets/README.md`` (the shares). ``tests/test_reproduction.py`` checks that a fresh
recomputation gives exactly this list and these shares. Run from the repository root after
curating::

    python scripts/reproduction_report.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from tradestats.data import load_dataset  # noqa: E402
from tradestats.reproduce import reproduce_published_changes  # noqa: E402

README = ROOT / "datasets" / "README.md"
CAUSES = {
    "revised base": "the base the printed change implies lies within 12% of the held first "
    "release: customs computed the change on its revised prior-year figure, which the press "
    "quotes held here do not give",
    "rounding": "within 0.1 point: the source computed from unrounded figures",
    "source error": "the row is flagged suspect, a correction says the source used an "
    "erroneous base, or the change reproduces only against a base flagged suspect",
    "unresolved": "more than 0.1 point off, not explained by the above (a mislabelled period "
    "or an unrecorded error)",
    "other series": "not counted: the base is held only in another series (definition)",
    "yuan": "not counted: the percentage is in yuan terms",
    "hedged": "not counted: the source hedged the percentage ('about', 'more than', 'nearly')",
}


def shares(result: pd.DataFrame) -> dict[str, int]:
    """The counts the datasheet states, from a reproduction result."""
    counted = result[result["status"].isin(["reproduced", "not reproduced"])]
    ok = counted["status"] == "reproduced"
    decisive = counted["decisive"].astype(bool)
    revised = counted["cause"] == "revised base"
    return {
        "printed": len(result),
        "missing": int((result["status"] == "inputs missing").sum()),
        "not_counted": int((result["status"] == "not counted").sum()),
        "counted": len(counted),
        "reproduced": int(ok.sum()),
        "decisive_counted": int(decisive.sum()),
        "decisive_reproduced": int((ok & decisive).sum()),
        "revised": int(revised.sum()),
        "decided": int((ok & decisive).sum() + (~ok & ~revised).sum()),
    }


def section(result: pd.DataFrame) -> str:
    s = shares(result)
    pct = lambda a, b: f"{a / b:.1%}"  # noqa: E731
    missed = result[result["status"].isin(["not reproduced", "not counted"])]
    causes = missed["cause"].str.replace(r" \(.*\)$", "", regex=True)
    table = ["| cause | misses (counted) | not counted | meaning |", "|---|---|---|---|"]
    for cause, meaning in CAUSES.items():
        a = int(((causes == cause) & (missed["status"] == "not reproduced")).sum())
        b = int(((causes == cause) & (missed["status"] == "not counted")).sum())
        if a or b:
            table.append(f"| {cause} | {a} | {b} | {meaning} |")
    return "\n".join(
        [
            f"Of the {s['printed']} percentages printed beside a figure, {s['missing']} lack "
            f"the figure or its base in the data and {s['not_counted']} are not counted (yuan "
            "terms, hedged, or a base held only in another series).",
            "",
            f"**Share: {s['decisive_reproduced']} of {s['decided']} "
            f"({pct(s['decisive_reproduced'], s['decided'])}) counted dollar changes reproduce "
            "decisively**, counting only reproductions whose recomputed interval is tight and "
            f"every miss except the {s['revised']} explained by a revised base (the data hold "
            "first releases; customs computes changes on revised figures).",
            f"**Decisive reproductions: {s['decisive_reproduced']} of the {s['reproduced']} "
            f"reproductions ({pct(s['decisive_reproduced'], s['reproduced'])}) are decisive**; "
            f"{s['reproduced'] - s['decisive_reproduced']} reproduce only because a coarse "
            "figure or base leaves a wide interval.",
            f"Plainly: the data reproduce {s['reproduced']} of {s['counted']} "
            f"({pct(s['reproduced'], s['counted'])}) counted dollar changes, decisive or not; "
            f"{s['decisive_reproduced']} of the {s['decisive_counted']} counted changes with a "
            f"tight interval ({pct(s['decisive_reproduced'], s['decisive_counted'])}).",
            "",
            *table,
        ]
    )


def write_section(body: str) -> None:
    text = README.read_text(encoding="utf-8")
    pattern = re.compile(
        r"(<!-- BEGIN generated:reproduction -->\n).*?(<!-- END generated:reproduction -->)",
        re.S,
    )
    if not pattern.search(text):
        raise SystemExit("datasets/README.md lacks the markers of section 'reproduction'")
    README.write_text(pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2), text))


def main() -> None:
    result = reproduce_published_changes(load_dataset("china_dprk", versions="all"))
    print(result["status"].value_counts().to_string())
    listed = result[result["status"].isin(["not reproduced", "not counted"])]
    out = listed[
        ["row_id", "flow", "period", "base", "change_pct", "computed_lo", "computed_hi",
         "distance_pp", "decisive", "status", "cause"]
    ].round({"computed_lo": 2, "computed_hi": 2, "distance_pp": 2})  # fmt: skip
    out.to_csv(ROOT / "datasets" / "reproduction.csv", index=False, lineterminator="\n")
    write_section(section(result))
    print(section(result))


if __name__ == "__main__":
    main()
