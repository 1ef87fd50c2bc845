"""``tradestats compare``: one period against a base period for one pair."""

from __future__ import annotations

import argparse
import io
import json

import pandas as pd

from ..compare import compare
from ..data import read_table
from ..formatting import format_pct, format_usd
from ..periods import parse_span

NAME = "compare"

_FLOW_LABEL = {"export": "exports", "import": "imports", "total": "total", "balance": "balance"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(NAME, help="compare one period with a base period for one pair")
    c.add_argument("--period", required=True, help="e.g. 'Jan-Feb 2020', '2020-01/02', '2019'")
    c.add_argument("--base", help="the base period (default: the same period a year earlier)")
    c.add_argument("--reporter", default="CHN", help="reporting country (default CHN)")
    c.add_argument("--partner", default="PRK", help="partner country (default PRK)")
    c.add_argument("--commodity", default="TOTAL", help="TOTAL or an HS code")
    c.add_argument(
        "--data", metavar="FILE", help="a canonical CSV to use instead of the bundled data"
    )
    c.add_argument("--format", choices=["table", "json", "csv"], default="table")
    c.add_argument(
        "--allow-mismatch",
        action="store_true",
        help="compare spans of different lengths (e.g. 2020 against Jan-Feb 2019)",
    )


def run(args: argparse.Namespace) -> tuple[str, int]:
    period = parse_span(args.period)
    base = parse_span(args.base) if args.base else period.year_earlier()
    table = read_table(args.data, allow_versions=True) if args.data else None
    result = compare(
        period,
        base,
        table=table,
        reporter=args.reporter,
        partner=args.partner,
        commodity=args.commodity,
        allow_mismatch=args.allow_mismatch,
    )
    if args.format == "json":
        return json.dumps(_records(result), ensure_ascii=False, indent=2) + "\n", 0
    if args.format == "csv":
        flat = pd.DataFrame(_records(result))
        for col in ("value_usd", "base_value_usd", "change_abs_usd"):
            flat[col] = flat[col].astype("Int64")
        flat["sources"] = [";".join(s["id"] for s in rec) for rec in flat["sources"]]
        for col in ("rows", "base_rows"):
            flat[col] = [";".join(ids) for ids in flat[col]]
        flat["change_pct_range"] = [
            "" if r is None else f"{r[0]}..{r[1]}" for r in flat["change_pct_range"]
        ]
        buf = io.StringIO()
        flat.to_csv(buf, index=False, lineterminator="\n")
        return buf.getvalue(), 0
    return _table(result, period.label, base.label), 0


def _none(value: object) -> object:
    return None if pd.isna(value) else value  # type: ignore[arg-type]


def _records(result: pd.DataFrame) -> list[dict[str, object]]:
    records = []
    for _, r in result.iterrows():
        pct = _none(r["change_pct"])
        records.append(
            {
                "reporter": r["reporter"],
                "partner": r["partner"],
                "flow": r["flow"],
                "commodity": r["commodity"],
                "period": r["period"],
                "base": r["base"],
                "value_usd": None if pd.isna(r["value_usd"]) else int(r["value_usd"]),
                "base_value_usd": None
                if pd.isna(r["base_value_usd"])
                else int(r["base_value_usd"]),
                "change_abs_usd": None if pd.isna(r["change_abs"]) else int(r["change_abs"]),
                "change_pct": None if pct is None else round(float(pct), 4),
                "change_basis": _none(r["change_basis"]),
                "published_change_pct": _none(r["published_change_pct"]),
                "base_effect": r["base_effect"] or None,
                "change_pct_range": None
                if pd.isna(r["change_pct_lo"])
                else [round(float(r["change_pct_lo"]), 4), round(float(r["change_pct_hi"]), 4)],
                "printed_check": _none(r["printed_check"]),
                "derivation": _none(r["derivation"]),
                "formula": _none(r["formula"]),
                "half_width_usd": _none(r["half_width"]),
                "mixed_releases": bool(r["mixed_releases"]),
                "base_derivation": _none(r["base_derivation"]),
                "base_formula": _none(r["base_formula"]),
                "base_half_width_usd": _none(r["base_half_width"]),
                "base_mixed_releases": bool(r["base_mixed_releases"])
                if pd.notna(r["base_mixed_releases"])
                else False,
                "rows": list(r["rows"]),
                "base_rows": list(r["base_rows"]) if isinstance(r["base_rows"], tuple) else [],
                "explanation": r["explanation"],
                "sources": r["source_records"],
            }
        )
    return records


def _table(result: pd.DataFrame, period: str, base: str) -> str:
    first = result.iloc[0]
    lines = [
        f"{first['reporter']} trade with {first['partner']} ({first['commodity']}), "
        f"{period} compared with {base}; US dollars, as published by the sources below.",
        "",
        f"{'flow':<9} {period:>16} {base:>16} {'change':>9}  how the change was obtained",
    ]
    refs: dict[str, int] = {}
    for _, r in result.iterrows():
        value, old = _money(r["value_usd"]), _money(r["base_value_usd"])
        pct = "—" if pd.isna(r["change_pct"]) else format_pct(r["change_pct"], 1)
        for sid in r["sources"]:
            refs.setdefault(sid, len(refs) + 1)
        marks = "".join(f"[{refs[s]}]" for s in r["sources"])
        lines.append(
            f"{_FLOW_LABEL[r['flow']]:<9} {value:>16} {old:>16} {pct:>9}  {_how(r)} {marks}"
        )
    lines += ["", "How each figure was obtained:"]
    lines += [f"  {_FLOW_LABEL[r['flow']]}: {r['explanation']}" for _, r in result.iterrows()]
    lines += ["", "Sources:"]
    records = {rec["id"]: rec for recs in result["source_records"] for rec in recs}
    for sid, n in refs.items():
        rec = records.get(sid, {})
        lines.append(f"  [{n}] {rec.get('title', sid)} ({rec.get('published', '?')})")
        lines.append(f"      {rec.get('url', '')}")
    return "\n".join(lines) + "\n"


def _money(value: object) -> str:
    """Millions with the decimals the stored digits need (2 to 3): $197.39m, $0.616m."""
    if pd.isna(value):  # type: ignore[arg-type]
        return "—"
    v = int(value)  # type: ignore[call-overload]
    needed = len(str(abs(v) % 1_000_000).zfill(6).rstrip("0"))
    return format_usd(v, short=True, decimals=min(3, max(2, needed)))


def _how(r: pd.Series) -> str:
    basis = r["change_basis"] if isinstance(r["change_basis"], str) else ""
    if basis == "computed":
        printed = r["published_change_pct"]
        text = "computed" + ("" if pd.isna(printed) else f" (printed {printed}%)")
        derived = [
            name
            for name in ("value", "base")
            if _flag(r["derived" if name == "value" else "base_derived"])
        ]
        if derived:
            text += f"; {' and '.join(derived)} derived"
        if str(r["printed_check"]) == "too coarse to decide":
            text += "; too coarse to confirm"
        return text
    if basis == "published":
        return "as printed by the publisher (base not in data)"
    return "not computable"


def _flag(value: object) -> bool:
    """A boolean cell that may be missing (a flow absent from the base)."""
    return bool(value) if not pd.isna(value) else False  # type: ignore[arg-type]
