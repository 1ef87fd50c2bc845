"""Measure the claim checker on labelled sentences.

    python -m tradestats.evaluate FILE.jsonl [FILE.jsonl …] [-v] [--markdown]

FILE.jsonl has one item per line in the schema of the labelled dev set: ``sentence``,
``context`` (text before it, or null), ``dateline`` and ``claims`` (each with ``kind``,
``subject`` {reporter, partner, flow}, ``period``, ``value``, ``verdict`` and optional ``alt_verdicts``); items may
carry a ``class`` (the phrasing class, as in benchmarks/claims/suite.jsonl). The checker reads
context + sentence; claims found in the sentence are scored.

A found claim matches a labelled one when kind, flow, period and value agree (issue 8's
definition); the figures are also given with reporter and partner required to agree (a value written
with decimals, such as "33.33" for "a third", matches a found value that rounds to it; a streak
labelled with the span of its run matches its last month and length). Printed:
claim precision, recall and F1; verdict accuracy over matched claims (a verdict in
``alt_verdicts`` counts); sensitivity (labelled wrong, called wrong) and specificity (labelled
correct or approx, not called wrong); how many claims within their rounding were called wrong;
and, when items carry classes, the same figures per class (``--markdown`` prints that table as
Markdown).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .check.run import check_text

__all__ = ["evaluate", "main", "markdown_table"]


def _value(v: object) -> Decimal | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return None


def _months(span: object) -> tuple[str, str, int] | None:
    """(first, last, number of months) of a ``YYYY-MM/YYYY-MM`` span."""
    if not isinstance(span, str) or "/" not in span:
        return None
    a, b = span.split("/")
    try:
        n = (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7]) + 1
    except ValueError:
        return None
    return a, b, n


def _matches(p: Any, label: dict[str, Any], subject: bool = False) -> bool:
    """A found claim is the labelled one: kind, flow, period and value agree (and reporter and
    partner, with ``subject``). A streak is labelled with the span of its run ("2021-06/2021-09",
    no value); the checker may give the last month and the run's length instead (period
    "2021-09/2021-09", value 4)."""
    who = label["subject"]
    if (p.kind, p.flow) != (label["kind"], who["flow"]):
        return False
    if subject and (p.reporter, p.partner) != (who.get("reporter"), who.get("partner")):
        return False
    if label["kind"] == "streak" and label["value"] is None:
        run, found = _months(label["period"]), _months(p.period)
        if run is None or found is None or found[1] != run[1]:
            return False
        if found[2] > 1:
            return found[2] == run[2]
        v = _value(p.value)
        return v is None or v == run[2]
    return p.period == label["period"] and _same_value(p.value, label["value"])


def _same_value(found: object, label: object) -> bool:
    """Equal values; a labelled value with decimals also matches a found one that rounds to it."""
    f, g = _value(found), _value(label)
    if f is None or g is None:
        return f is None and g is None
    if f == g:
        return True
    exp = g.as_tuple().exponent
    if not isinstance(exp, int) or exp >= 0:
        return False
    try:
        return f.quantize(Decimal(1).scaleb(exp)) == g
    except InvalidOperation:
        return False


@dataclass
class _Tally:
    items: int = 0
    gold: int = 0
    found: int = 0
    matched: int = 0
    verdict_ok: int = 0
    wrong_gold: int = 0
    wrong_caught: int = 0
    right_gold: int = 0
    right_kept: int = 0
    rounding_wrong: int = 0
    subject_ok: int = 0

    def figures(self) -> dict[str, float | int]:
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        ps = self.subject_ok / self.found if self.found else 0.0
        rs = self.subject_ok / self.gold if self.gold else 0.0
        return {
            "items": self.items,
            "claims_labelled": self.gold,
            "claims_found": self.found,
            "matched": self.matched,
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "subject_matched": self.subject_ok,
            "f1_subject": 2 * ps * rs / (ps + rs) if ps + rs else 0.0,
            "verdict_accuracy": self.verdict_ok / self.matched if self.matched else 0.0,
            "labelled_wrong": self.wrong_gold,
            "sensitivity": self.wrong_caught / self.wrong_gold if self.wrong_gold else float("nan"),
            "labelled_right": self.right_gold,
            "specificity": self.right_kept / self.right_gold if self.right_gold else float("nan"),
            "wrong_within_rounding": self.rounding_wrong,
        }


def evaluate(items: list[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    """Score the checker on labelled items.

    Parameters
    ----------
    items
        Labelled items (one JSON object of a ``.jsonl`` file each).
    verbose
        Print every miss, wrong verdict and extra claim.

    Returns
    -------
    dict
        The overall figures (``precision``, ``recall``, ``f1``, ``verdict_accuracy``,
        ``sensitivity``, ``specificity``, ``wrong_within_rounding``, ``f1_subject`` (reporter
        and partner agreeing too) and the counts behind them)
        and ``classes``: the same figures per phrasing class, in order of first appearance.
    """
    total = _Tally()
    classes: dict[str, _Tally] = {}
    for item in items:
        tallies = [total]
        if item.get("class"):
            tallies.append(classes.setdefault(str(item["class"]), _Tally()))
        sentence = item["sentence"]
        context = item.get("context") or ""
        text = f"{context} {sentence}" if context else sentence
        offset = len(text) - len(sentence)
        result = check_text(text, date=item.get("dateline"))
        predicted = result[result["start"] >= offset]
        labels = item.get("claims", [])
        unused = list(predicted.itertuples())
        counts = _Tally(items=1, gold=len(labels), found=len(predicted))
        for label in labels:
            flow = label["subject"]["flow"]
            hit = next((p for p in unused if _matches(p, label, subject=True)), None)
            counts.subject_ok += hit is not None
            hit = hit or next((p for p in unused if _matches(p, label)), None)
            if hit is None:
                if verbose:
                    print(
                        f"{item['id']}: MISSED {(label['kind'], flow, label['period'])} "
                        f"{label['surface']!r}"
                    )
                continue
            unused.remove(hit)
            counts.matched += 1
            accepted = {label["verdict"], *label.get("alt_verdicts", [])}
            if hit.verdict in accepted:
                counts.verdict_ok += 1
            elif verbose:
                print(
                    f"{item['id']}: VERDICT {label['surface']!r}: got {hit.verdict}, want "
                    f"{label['verdict']} — {hit.explanation[:300]}"
                )
            if label["verdict"] == "wrong":
                counts.wrong_gold += 1
                counts.wrong_caught += hit.verdict == "wrong"
            if label["verdict"] in ("correct", "approx"):
                counts.right_gold += 1
                counts.right_kept += hit.verdict != "wrong"
                counts.rounding_wrong += hit.verdict == "wrong"
        if verbose:
            for p in unused:
                print(f"{item['id']}: EXTRA {p.kind} {p.flow} {p.period} {p.value} {p.surface!r}")
        for t in tallies:
            for name in counts.__dataclass_fields__:
                setattr(t, name, getattr(t, name) + getattr(counts, name))
    out: dict[str, Any] = total.figures()
    out["classes"] = {name: t.figures() for name, t in classes.items()}
    return out


def _fmt(x: float) -> str:
    return "–" if x != x else f"{x:.2f}"


def markdown_table(result: dict[str, Any]) -> str:
    """The per-class figures of :func:`evaluate` as a Markdown table (plus an "all" row)."""
    lines = [
        "| class | items | claims | extraction P | R | F1 | verdict accuracy | "
        "wrong called wrong | right not called wrong |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows = [*result["classes"].items(), ("**all**", result)]
    for name, r in rows:
        lines.append(
            f"| {name} | {r['items']} | {r['claims_labelled']} | {_fmt(r['precision'])} | "
            f"{_fmt(r['recall'])} | {_fmt(r['f1'])} | {_fmt(r['verdict_accuracy'])} | "
            f"{_fmt(r['sensitivity'])} ({r['labelled_wrong']}) | "
            f"{_fmt(r['specificity'])} ({r['labelled_right']}) |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tradestats.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("files", type=Path, nargs="+", help="labelled JSONL files", metavar="FILE")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    parser.add_argument(
        "--markdown", action="store_true", help="print the per-class table as Markdown"
    )
    args = parser.parse_args(argv)
    status = 0
    for n, path in enumerate(args.files):
        if len(args.files) > 1:
            print(("\n" if n else "") + f"{'## ' if args.markdown else ''}{path}\n")
        status = max(status, _report(path, args.verbose, args.markdown))
    return status


def _report(path: Path, verbose: bool, as_markdown: bool) -> int:
    try:
        items = [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    except (OSError, json.JSONDecodeError) as err:
        print(f"tradestats.evaluate: error: cannot read {path}: {err}", file=sys.stderr)
        return 2
    r = evaluate(items, verbose=verbose)
    if as_markdown and r["classes"]:
        print(markdown_table(r), end="")
        return 0
    print(
        f"items {r['items']}; claims labelled {r['claims_labelled']}, found {r['claims_found']}, "
        f"matched {r['matched']}"
    )
    print(f"extraction precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}")
    print(
        f"with reporter and partner also agreeing: matched {r['subject_matched']}, "
        f"F1 {r['f1_subject']:.3f}"
    )
    print(f"verdict accuracy {r['verdict_accuracy']:.3f} (over matched claims)")
    print(
        f"wrong claims called wrong (sensitivity) {_fmt(r['sensitivity'])} of "
        f"{r['labelled_wrong']}; right claims not called wrong (specificity) "
        f"{_fmt(r['specificity'])} of {r['labelled_right']}"
    )
    print(f"claims within their rounding called wrong: {r['wrong_within_rounding']}")
    if r["classes"] and not as_markdown:
        print()
        print(markdown_table(r), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
