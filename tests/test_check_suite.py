"""The labelled suite (benchmarks/claims/suite.jsonl) is well-formed, and the scorer runs on it."""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from tradestats.check.claims import KINDS
from tradestats.evaluate import evaluate, markdown_table

SUITE = Path(__file__).resolve().parents[1] / "benchmarks" / "claims" / "suite.jsonl"
CLASSES = {
    "cumulative",
    "two_figures",
    "relative_dates",
    "perspective",
    "broadcast_numbers",
    "level_direction",
    "shares",
    "balance",
    "superlatives_streaks",
    "other_pairs",
    "rounding_hedges",
    "multiples",
}
VERDICTS = {"correct", "approx", "wrong", "ambiguous", "unverifiable"}
SPAN = re.compile(r"^\d{4}-\d{2}/\d{4}-\d{2}$")


@pytest.fixture(scope="module")
def suite() -> list[dict]:
    return [json.loads(line) for line in SUITE.read_text(encoding="utf-8").splitlines() if line]


def test_the_suite_is_well_formed(suite: list[dict]) -> None:
    assert len(suite) >= 300
    ids = [it["id"] for it in suite]
    assert len(ids) == len(set(ids))
    per_class = Counter(it["class"] for it in suite)
    assert set(per_class) == CLASSES, set(per_class) ^ CLASSES
    assert min(per_class.values()) >= 10, per_class
    sentences = [it["sentence"] for it in suite]
    assert len(set(sentences)) >= len(sentences) - 15  # a few deliberate twins (right vs wrong)
    for it in suite:
        assert it["style"] and it["claims"], it["id"]
        assert it["dateline"] is None or re.match(r"^\d{4}-\d{2}(-\d{2})?$", it["dateline"])
        for c in it["claims"]:
            where = (it["id"], c["surface"])
            assert c["kind"] in KINDS, where
            assert c["verdict"] in VERDICTS, where
            assert c["surface"] in it["sentence"], where
            assert c["period"] is None or SPAN.match(c["period"]), where
            assert c["base"] is None or SPAN.match(c["base"]), where
            assert set(c["subject"]) == {"reporter", "partner", "flow"}, where
            assert c["why"], where
            if c["kind"] not in ("superlative", "streak"):
                Decimal(c["value"])  # parses


def test_the_suite_measures_sensitivity(suite: list[dict]) -> None:
    verdicts = Counter(c["verdict"] for it in suite for c in it["claims"])
    # deliberately wrong figures, rounding-only (approx) cases and unverifiable pairs are all there
    assert verdicts["wrong"] >= 30 and verdicts["approx"] >= 5 and verdicts["unverifiable"] >= 20


def test_evaluate_scores_a_slice_per_class(suite: list[dict]) -> None:
    picked = [it for it in suite if it["class"] in ("relative_dates", "rounding_hedges")][:3]
    r = evaluate(picked)
    assert r["items"] == 3 and set(r["classes"]) <= {"relative_dates", "rounding_hedges"}
    assert sum(c["items"] for c in r["classes"].values()) == 3
    for key in ("precision", "recall", "f1", "verdict_accuracy"):
        assert 0.0 <= r[key] <= 1.0
    table = markdown_table(r)
    assert table.splitlines()[0].startswith("| class |") and "**all**" in table


def test_the_labels_follow_from_the_data() -> None:
    # gold.py recomputes every verdict from datasets/china_dprk.csv; a change of the data that
    # moves a label shows here (rebuild with python benchmarks/claims/build_suite.py)
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, str(SUITE.parent / "build_suite.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
