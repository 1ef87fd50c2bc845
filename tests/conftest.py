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


def without_feb_2019_exports(table: pd.DataFrame) -> pd.DataFrame:
    """The table without any row for February 2019 exports alone.

    February 2019 exports were long known only inside cumulative figures (Jan-Apr 2019 minus
    March and April minus January); tests of derived values use the table as it stood then, so
    they hold whether or not a later-found monthly figure is in the data.
    """
    feb = (
        (table["flow"] == "export")
        & (table["start"] == pd.Period("2019-02", "M"))
        & (table["end"] == pd.Period("2019-02", "M"))
    )
    return table[~feb].reset_index(drop=True)
