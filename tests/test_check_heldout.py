"""The held-out labelled sets (benchmarks/claims/heldout.jsonl, heldout2.jsonl, heldout3.jsonl,
heldout4.jsonl … heldout9.jsonl) are well-formed and follow from the data.

Each set measures the checker on sentences written without looking at it; this file tests only the
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
#: each set: its builder, id prefix, and the least items and claims it holds
SETS = {
    "heldout.jsonl": ("build_heldout.py", "H-", 150, 220),
    "heldout2.jsonl": ("build_heldout2.py", "H2-", 100, 150),
    "heldout3.jsonl": ("build_heldout3.py", "H3-", 150, 250),
    "heldout4.jsonl": ("build_heldout4.py", "H4-", 180, 300),
    "heldout5.jsonl": ("build_heldout5.py", "H5-", 200, 330),
    "heldout6.jsonl": ("build_heldout6.py", "H6-", 180, 260),
    "heldout7.jsonl": ("build_heldout7.py", "H7-", 230, 380),
    "heldout8.jsonl": ("build_heldout8.py", "H8-", 200, 310),
    "heldout9.jsonl": ("build_heldout9.py", "H9-", 230, 380),
}
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


@pytest.fixture(scope="module", params=sorted(SETS))
def name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def heldout(name: str) -> list[dict]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def test_the_heldout_set_is_well_formed(name: str, heldout: list[dict]) -> None:
    _, prefix, least_items, least_claims = SETS[name]
    assert len(heldout) >= least_items
    assert sum(len(it["claims"]) for it in heldout) >= least_claims
    ids = [it["id"] for it in heldout]
    assert len(ids) == len(set(ids)) and all(i.startswith(prefix) for i in ids)
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


def test_the_heldout_labels_follow_from_the_data(name: str) -> None:
    # gold.py recomputes every verdict from datasets/china_dprk.csv (rebuild with
    # python benchmarks/claims/build_heldout.py, build_heldout2.py, build_heldout3.py,
    # build_heldout4.py … build_heldout9.py)
    out = subprocess.run(
        [sys.executable, str(HERE / SETS[name][0]), "--check"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
