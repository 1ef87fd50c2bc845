"""Shared fixtures: the bundled data, loaded once per session (tests copy before mutating)."""

from __future__ import annotations

import pandas as pd
import pytest

import tradestats as ts


@pytest.fixture(scope="session")
def all_versions() -> pd.DataFrame:
    return ts.load_dataset("china_dprk", versions="all")


@pytest.fixture(scope="session")
def default_view() -> pd.DataFrame:
    return ts.load_dataset("china_dprk")


def panel(records: list[tuple[str, str, str, str, int]]) -> pd.DataFrame:
    """A small canonical table from (reporter, partner, flow, period, value) tuples."""
    return ts.validate_table(
        pd.DataFrame.from_records(
            records, columns=["reporter", "partner", "flow", "period", "value_usd"]
        )
    )
