"""Bad input gets a typed error naming what was expected and what was received."""

from __future__ import annotations

import pandas as pd
import pytest

import tradestats as ts
from tradestats.countries import resolve_country


def _raw(**overrides: object) -> pd.DataFrame:
    row = {"reporter": "CHN", "partner": "PRK", "flow": "export", "period": "2020-01/02",
           "value_usd": "197390000"}  # fmt: skip
    row.update(overrides)
    return pd.DataFrame([row])


def test_valid_table_keeps_every_digit() -> None:
    t = ts.validate_table(_raw(value_usd="3519651278"))
    assert t["value_usd"].dtype == "Int64"
    assert int(t["value_usd"].iloc[0]) == 3519651278
    assert str(t["start"].iloc[0]) == "2020-01" and str(t["end"].iloc[0]) == "2020-02"
    assert t["commodity"].iloc[0] == "TOTAL"


def test_validation_does_not_modify_its_input() -> None:
    raw = _raw(partner="North Korea")
    before = raw.copy()
    t = ts.validate_table(raw)
    pd.testing.assert_frame_equal(raw, before)
    assert t["partner"].iloc[0] == "PRK"


@pytest.mark.parametrize(
    ("overrides", "error", "words"),
    [
        ({"period": "2020-13"}, ts.PeriodError, "2020-13"),
        ({"period": "sometime"}, ts.PeriodError, "sometime"),
        ({"partner": "Korea"}, ts.AmbiguousCountryError, "KOR"),
        ({"partner": "Atlantis"}, ts.CountryError, "Atlantis"),
        ({"value_usd": "-5"}, ts.SchemaError, "negative"),
        ({"value_usd": "197.39"}, ts.SchemaError, "197.39"),
        ({"value_usd": "1,000"}, ts.SchemaError, "1,000"),
        ({"value_usd": "ten"}, ts.SchemaError, "ten"),
        ({"flow": "re-export"}, ts.SchemaError, "re-export"),
        ({"change_pct": "about 5"}, ts.SchemaError, "about 5"),
        ({"preferred": "maybe"}, ts.SchemaError, "maybe"),
        ({"commodity": ""}, ts.SchemaError, "commodity"),
    ],
)
def test_bad_input_is_a_typed_error(overrides: dict, error: type, words: str) -> None:
    with pytest.raises(error) as err:
        ts.validate_table(_raw(**overrides))
    assert words in str(err.value)


def test_missing_columns_are_named() -> None:
    with pytest.raises(ts.SchemaError, match=r"value_usd"):
        ts.validate_table(_raw().drop(columns="value_usd"))


def test_duplicated_cells_are_an_error_not_a_silent_choice() -> None:
    raw = pd.concat([_raw(), _raw(value_usd="197400000")])
    with pytest.raises(ts.DuplicateRowsError, match="one cell, CHN-PRK export 2020-01/2020-02"):
        ts.validate_table(raw)
    # With a preferred column saying which row to use, both versions are kept.
    raw["preferred"] = ["1", "0"]
    t = ts.validate_table(raw)
    assert len(t) == 2 and list(t["preferred"]) == [True, False]


def test_mixed_units_are_an_error() -> None:
    raw = pd.concat([_raw(currency="USD"), _raw(period="2020-03", currency="CNY")])
    with pytest.raises(ts.MixedUnitsError, match="CNY"):
        ts.validate_table(raw)
    with pytest.raises(ts.MixedUnitsError, match="CNY"):
        ts.validate_table(_raw(currency="CNY"))


def test_read_table_reads_a_user_csv(tmp_path) -> None:
    path = tmp_path / "mine.csv"
    _raw().to_csv(path, index=False)
    t = ts.read_table(path)
    assert int(t["value_usd"].iloc[0]) == 197390000
    with pytest.raises(ts.InputError, match="nope.csv"):
        ts.read_table(tmp_path / "nope.csv")


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("North Korea", "PRK"), ("DPRK", "PRK"), ("Korea, Dem. People's Rep.", "PRK"), ("朝鲜", "PRK"),
     ("북한", "PRK"), ("south korea", "KOR"), ("CN", "CHN"), ("156", "CHN"), ("prk", "PRK")],
)  # fmt: skip
def test_resolve_country(name: str, iso3: str) -> None:
    assert resolve_country(name) == iso3


def test_bare_korea_lists_the_choices() -> None:
    with pytest.raises(ts.AmbiguousCountryError) as err:
        resolve_country("Korea", "partner")
    assert err.value.choices == ("PRK", "KOR")
    assert "partner" in str(err.value)
