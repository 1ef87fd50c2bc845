"""``tradestats data``: the bundled datasets, or the coverage of one."""

from __future__ import annotations

import argparse
import json

from ..coverage import coverage
from ..data import list_datasets, load_dataset

NAME = "data"


def add_parser(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser(NAME, help="list the bundled datasets, or show the coverage of one")
    d.add_argument("name", nargs="?", help="dataset name (omit to list them)")
    d.add_argument("--versions", choices=["preferred", "all"], default="preferred")


def run(args: argparse.Namespace) -> tuple[str, int]:
    if args.name is None:
        listing = list_datasets()
        lines = ["Bundled datasets (tradestats data NAME shows coverage):", ""]
        for _, row in listing.iterrows():
            lines.append(f"  {row['name']:<22} {row['description']}")
            if row["unit"]:
                lines.append(f"  {'':<22} unit: {row['unit']}; coverage {row['coverage']}")
        lines += ["", _cached()]
        return "\n".join(lines) + "\n", 0
    table = load_dataset(args.name, versions=args.versions)
    if "value_usd" not in table.columns:
        return table.to_string(index=False) + "\n", 0
    grid = coverage(table)
    head = (
        f"{args.name}: {len(table)} rows ({args.versions} versions), "
        f"{table['source_id'].nunique()} sources.\n"
        "Single months with a value (E exports, I imports, T total; - none), combined "
        "Jan-Feb releases, annual figures and other cumulative spans (MM..MM):\n\n"
    )
    return head + grid.to_string() + "\n", 0


def _cached() -> str:
    """The downloads in the cache, with their vintages."""
    from ..sources.cache import cache_dir

    try:
        root = cache_dir() / "comtrade"
        queries = sorted(root.glob("*/query.json")) if root.is_dir() else []
    except (OSError, RuntimeError) as err:  # unreadable cache folder, no home folder
        return f"Cached downloads: cannot read the cache folder ({err})."
    if not queries:
        note = " is not a folder" if root.parent.exists() and not root.parent.is_dir() else ""
        return f"Cached downloads: none (cache {cache_dir()}{note})."
    lines = [f"Cached downloads ({cache_dir()}):"]
    for qfile in queries:
        try:
            q = json.loads(qfile.read_text(encoding="utf-8"))
            vintages = sorted({p.stem for p in qfile.parent.glob("*/*.json")})
            lines.append(
                f"  comtrade {q['reporter']}-{q['partner']} {q['period']} {q['freq']} "
                f"{','.join(q['flows'])} {','.join(q['cmd'])}: {len(vintages)} vintage(s), "
                f"latest {vintages[-1] if vintages else '-'}"
            )
        except (OSError, ValueError, KeyError, TypeError) as err:  # a damaged cache entry
            lines.append(f"  {qfile.parent.name}: unreadable cache entry ({type(err).__name__})")
    return "\n".join(lines)
