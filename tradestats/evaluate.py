"""Measure the claim checker on labelled sentences.

    python -m tradestats.evaluate FILE.jsonl [-v]

FILE.jsonl has one item per line in the schema of the labelled dev set: ``sentence``,
``context`` (text before it, or null), ``dateline`` and ``claims`` (each with ``kind``,
``subject.flow``, ``period``, ``value``, ``verdict`` and optional ``alt_verdicts``). The checker
reads context + sentence; claims found in the sentence are scored.

A found claim matches a labelled one when kind, flow, period and value agree. Printed: claim
precision, recall and F1; verdict accuracy over matched claims (a verdict in ``alt_verdicts``
counts); and how many claims within their rounding were called wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .check.run import check_text

__all__ = ["evaluate", "main"]


def _value(v: object) -> Decimal | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return None


def _key(kind: object, flow: object, period: object, value: object) -> tuple[object, ...]:
    return (kind, flow, period, _value(value))


def evaluate(items: list[dict[str, Any]], verbose: bool = False) -> dict[str, float]:
    """Score the checker on labelled items; returns the figures (and prints details if verbose)."""
    found = gold = matched = verdict_ok = rounding_wrong = 0
    for item in items:
        sentence = item["sentence"]
        context = item.get("context") or ""
        text = f"{context} {sentence}" if context else sentence
        offset = len(text) - len(sentence)
        result = check_text(text, date=item.get("dateline"))
        predicted = result[result["start"] >= offset]
        labels = item.get("claims", [])
        found += len(predicted)
        gold += len(labels)
        unused = list(predicted.itertuples())
        for label in labels:
            key = _key(label["kind"], label["subject"]["flow"], label["period"], label["value"])
            hit = next((p for p in unused if _key(p.kind, p.flow, p.period, p.value) == key), None)
            if hit is None:
                if verbose:
                    print(f"{item['id']}: MISSED {key[:3]} {label['surface']!r}")
                continue
            unused.remove(hit)
            matched += 1
            accepted = {label["verdict"], *label.get("alt_verdicts", [])}
            if hit.verdict in accepted:
                verdict_ok += 1
            elif verbose:
                print(
                    f"{item['id']}: VERDICT {label['surface']!r}: got {hit.verdict}, want {label['verdict']}"
                    f" — {hit.explanation[:300]}"
                )
            if hit.verdict == "wrong" and label["verdict"] in ("correct", "approx"):
                rounding_wrong += 1
        if verbose:
            for p in unused:
                print(f"{item['id']}: EXTRA {p.kind} {p.flow} {p.period} {p.value} {p.surface!r}")
    precision = matched / found if found else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "items": len(items),
        "claims_labelled": gold,
        "claims_found": found,
        "matched": matched,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "verdict_accuracy": verdict_ok / matched if matched else 0.0,
        "wrong_within_rounding": rounding_wrong,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tradestats.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("file", type=Path, help="labelled JSONL")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    try:
        items = [
            json.loads(line)
            for line in args.file.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    except (OSError, json.JSONDecodeError) as err:
        print(f"tradestats.evaluate: error: cannot read {args.file}: {err}", file=sys.stderr)
        return 2
    r = evaluate(items, verbose=args.verbose)
    print(
        f"items {r['items']}; claims labelled {r['claims_labelled']}, found {r['claims_found']}, "
        f"matched {r['matched']}"
    )
    print(f"extraction precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}")
    print(f"verdict accuracy {r['verdict_accuracy']:.3f} (over matched claims)")
    print(f"claims within their rounding called wrong: {r['wrong_within_rounding']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
