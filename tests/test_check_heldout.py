"""The held-out labelled set (benchmarks/claims/heldout.jsonl) is well-formed and follows from
the data.

The set measures the checker on sentences written without looking at it; this file tests only the
labels (never the checker's output on them), so that a change of ``datasets/`` that moves a label
shows here and the set is rebuilt before it is used.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "claims"
HELDOUT = HERE / "heldout.jsonl"
SPAN = re.compile(r"^\d{4}-\d{2}/\d{4}-\d{2}$")
STYLES = {"wire", "broadcast", "yonhap", "xinhua", "thinktank", "headline"}
#: the claim kinds of the labelled dev set's format (../shared/claims/README.md)
KINDS = {
    "level",
    "change_pct",
    "change_abs",
    "ratio",
    "share",
    "pp_change",
    "balance",
    "superlative",
    "streak",
}


@pytest.fixture(scope="module")
def heldout() -> list[dict]:
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]


def test_the_heldout_set_is_well_formed(heldout: list[dict]) -> None:
    assert len(heldout) >= 150
    assert sum(len(it["claims"]) for it in heldout) >= 220
    ids = [it["id"] for it in heldout]
    assert len(ids) == len(set(ids)) and all(i.startswith("H-") for i in ids)
    per_class = Counter(it["class"] for it in heldout)
    assert min(per_class.values()) >= 10, per_class
    assert {it["style"] for it in heldout} == STYLES
    for it in heldout:
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", it["dateline"]), it["id"]
        if it["class"] == "non_claims":  # figures that are not trade claims: nothing to find
            assert not it["claims"], it["id"]
        for nc in it["non_claims"]:
            assert nc["surface"] in it["sentence"] and nc["reason"], it["id"]
        for c in it["claims"]:
            where = (it["id"], c["surface"])
            assert c["kind"] in KINDS, where
            assert c["surface"] in it["sentence"], where
            assert c["period"] is None or SPAN.match(c["period"]), where
            assert c["base"] is None or SPAN.match(c["base"]), where
            assert c["why"], where
            if c["kind"] not in ("superlative", "streak"):
                Decimal(c["value"])


def test_the_heldout_set_has_errors_to_catch(heldout: list[dict]) -> None:
    verdicts = Counter(c["verdict"] for it in heldout for c in it["claims"])
    total = sum(verdicts.values())
    # about one claim in seven is deliberately wrong (value, month, flow, direction); rounding-only
    # differences (approx) and other pairs (unverifiable) are there too
    assert 0.10 <= verdicts["wrong"] / total <= 0.20, verdicts
    assert verdicts["approx"] >= 5 and verdicts["unverifiable"] >= 10, verdicts
    # every deliberately altered figure says what was altered
    for it in heldout:
        if any(c["verdict"] in ("wrong", "approx") for c in it["claims"]):
            assert it["note"], it["id"]


def test_the_heldout_labels_follow_from_the_data() -> None:
    # gold.py recomputes every verdict from datasets/china_dprk.csv (rebuild with
    # python benchmarks/claims/build_heldout.py)
    out = subprocess.run(
        [sys.executable, str(HERE / "build_heldout.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
