"""Work kept per table between calls (tradestats.tablecache): never stale, never keeping a table.

The figures are the bundled rows' own: exports March 2019 $197.952m (row monthly:200), April 2019
$218.70m (monthly:204), Jan-Mar 2019 $454.92m (update 2026-11, ytd_add:8); the change printed
beside the Jan-Feb 2020 exports is Kyodo's -23.2% (monthly:231).
"""

from __future__ import annotations

import gc
import importlib
import weakref

import pandas as pd

import tradestats as ts
from tradestats import tablecache

compare = importlib.import_module("tradestats.compare")

MARCH_2019, APRIL_2019, JAN_MAR_2019 = 197952000, 218700000, 454920000


def _export(table: pd.DataFrame, period: str) -> int:
    v = ts.values(table, period).set_index("flow")
    return int(v.loc["export", "value_usd"])


def _row(table: pd.DataFrame, row_id: str) -> int:
    return int((table["row_id"] == row_id).to_numpy().argmax())


def test_a_value_changed_in_place_gives_the_new_answer(default_view: pd.DataFrame) -> None:
    t = default_view.copy()
    assert _export(t, "2019-03") == MARCH_2019
    assert _export(t, "2019-01/2019-02") == JAN_MAR_2019 - MARCH_2019  # derived from March
    t.loc[t.index[_row(t, "monthly:200")], "value_usd"] = MARCH_2019 + 1000
    assert _export(t, "2019-03") == MARCH_2019 + 1000
    assert _export(t, "2019-01/2019-02") == JAN_MAR_2019 - MARCH_2019 - 1000
    fresh = ts.change(t.copy(), "2019-01/2019-03", "2018-01/2018-03")
    pd.testing.assert_frame_equal(ts.change(t, "2019-01/2019-03", "2018-01/2018-03"), fresh)


def test_swapped_values_are_not_served_stale(default_view: pd.DataFrame) -> None:
    """Swapping two months keeps the sum, the count and the length of the table the same."""
    t = default_view.copy()
    assert _export(t, "2019-03") == MARCH_2019
    march, april = t.index[_row(t, "monthly:200")], t.index[_row(t, "monthly:204")]
    t.loc[[march, april], "value_usd"] = [APRIL_2019, MARCH_2019]
    assert _export(t, "2019-03") == APRIL_2019
    assert _export(t, "2019-04") == MARCH_2019
    # every column (half-widths from the rounding of each row, formulas) as on a fresh table
    for period in ("2019-03", "2019-01/2019-02", "2019"):
        pd.testing.assert_frame_equal(ts.values(t, period), ts.values(t.copy(), period))


def test_a_printed_change_edited_in_place_is_seen(all_versions: pd.DataFrame) -> None:
    t = all_versions.copy()
    c = ts.change(t, "2020-01/2020-02", "2019-01/2019-02").set_index("flow")
    assert c.loc["export", "published_change_pct"] == "-23.2"
    t.loc[t.index[_row(t, "monthly:231")], "change_pct"] = "-23.3"
    c = ts.change(t, "2020-01/2020-02", "2019-01/2019-02").set_index("flow")
    assert c.loc["export", "published_change_pct"] == "-23.3"
    p = ts.published_changes(t, "2020-01/2020-02", "2019-01/2019-02")
    assert p.loc[("CHN", "PRK", "export", "TOTAL"), "published_change_pct"] == "-23.3"


def test_compare_on_a_table_changed_in_place(default_view: pd.DataFrame) -> None:
    t = default_view.copy()
    c = compare.compare("2019-03", "2018-03", table=t).set_index("flow")
    assert int(c.loc["export", "value_usd"]) == MARCH_2019
    t["value_usd"] = t["value_usd"].where(t["row_id"] != "monthly:200", MARCH_2019 + 1000)
    c = compare.compare("2019-03", "2018-03", table=t).set_index("flow")
    assert int(c.loc["export", "value_usd"]) == MARCH_2019 + 1000


def test_the_cache_does_not_keep_a_table_alive(default_view: pd.DataFrame) -> None:
    t = default_view.copy()
    ts.change(t, "2020", "2019")
    key, ref = id(t), weakref.ref(t)
    assert key in tablecache.ENTRIES
    del t
    gc.collect()
    assert ref() is None
    assert key not in tablecache.ENTRIES


def test_the_cache_is_bounded(default_view: pd.DataFrame) -> None:
    tables = [default_view.copy() for _ in range(tablecache.SIZE + 3)]
    for t in tables:
        ts.values(t, "2019")
    assert len(tablecache.ENTRIES) <= tablecache.SIZE
    assert id(tables[-1]) in tablecache.ENTRIES
    assert id(tables[0]) not in tablecache.ENTRIES
    assert _export(tables[0], "2019-03") == MARCH_2019  # rebuilt when needed again
