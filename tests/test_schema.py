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


def _csv(tmp_path, text: str, name: str = "mine.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


_HEAD = "reporter,partner,flow,period,value_usd"


def test_identical_duplicate_rows_are_dropped_with_a_warning(tmp_path) -> None:
    # Three identical rows (a file concatenated with itself) are one figure, never tripled.
    path = _csv(tmp_path, "\n".join([_HEAD] + ["CHN,PRK,export,2020-01,1000"] * 3))
    with pytest.warns(ts.DuplicateRowsWarning, match=r"mine.csv: dropped 2 identical"):
        t = ts.read_table(path)
    assert t["value_usd"].tolist() == [1000]
    assert issubclass(ts.DuplicateRowsWarning, ts.TradestatsWarning)


def test_conflicting_rows_are_an_error_naming_the_cell_and_both_values(tmp_path) -> None:
    path = _csv(tmp_path, f"{_HEAD}\nCHN,PRK,export,2020-01,1000\nCHN,PRK,export,2020-01,2000\n")
    for allow in (False, True):
        with pytest.raises(ts.DuplicateRowsError) as err:
            ts.read_table(path, allow_versions=allow)
        message = str(err.value)
        assert "CHN-PRK export 2020-01 TOTAL" in message
        assert "1000" in message and "2000" in message and "\n" not in message
        assert err.value.exit_code == 2


def test_versioned_rows_are_chosen_by_the_rule_never_summed(tmp_path) -> None:
    # A first release and a later quote with more digits: the rule keeps both, prefers the
    # more precise one, and the default view holds it alone.
    path = _csv(
        tmp_path,
        f"{_HEAD},published,source_id\n"
        "CHN,PRK,total,2021-11,41300000,2021-12-18,voa\n"
        "CHN,PRK,total,2021-11,41270000,2022-12-19,rfa\n",
    )
    t = ts.read_table(path)
    assert len(t) == 2 and t["preferred"].tolist() == [False, True]
    assert ts.preferred_view(t)["value_usd"].tolist() == [41270000]
    v = ts.values(t, "2021-11").set_index("flow")
    assert int(v.loc["total", "value_usd"]) == 41270000
    # Same digits, same date: the rule cannot choose, so it is an error, not a guess.
    tie = _csv(
        tmp_path,
        f"{_HEAD},published,source_id\n"
        "CHN,PRK,total,2021-11,41300000,2021-12-18,voa\n"
        "CHN,PRK,total,2021-11,41200000,2021-12-18,rfa\n",
        "tie.csv",
    )
    with pytest.raises(ts.DuplicateRowsError, match="cannot choose"):
        ts.read_table(tie)


def test_a_csv_without_the_new_columns_is_read(tmp_path) -> None:
    t = ts.read_table(_csv(tmp_path, f"{_HEAD}\nCHN,PRK,export,2020-01,13000000\n"))
    assert t["series"].isna().all() and not t["series_break"].any()
    assert t["precision_usd"].isna().all()
    assert ts.half_units(t).tolist() == [500000.0]  # inferred from the trailing zeros
    with_precision = _csv(
        tmp_path, f"{_HEAD},precision_usd,hedge\nCHN,PRK,export,2020-01,13000000,50000,about\n",
        "p.csv",
    )  # fmt: skip
    t = ts.read_table(with_precision)
    assert ts.half_units(t).tolist() == [50000.0] and t["hedge"].tolist() == ["about"]


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        (f"{_HEAD}\nCHN,PRK,export,2020-01,9223372036854775808\n", ts.SchemaError,
         "64-bit integer"),
        (f"{_HEAD}\nCHN,PRK,export,2020-01,100000000000000000000000\n", ts.SchemaError,
         "100000000000000000000000"),
        (f'{_HEAD}\nCHN,PRK,export,2020-01,"1000\n', ts.InputError, "well-formed CSV"),
        (f"{_HEAD}\nCHN,PRK,export,2020-01,1000,7,8\n", ts.InputError, "well-formed CSV"),
        ("", ts.InputError, "empty"),
        (f"{_HEAD},precision_usd\nCHN,PRK,export,2020-01,1000,-5\n", ts.SchemaError,
         "precision_usd"),
        (f"{_HEAD},series\nCHN,PRK,export,2020-01,1000,kita\n", ts.SchemaError, "series"),
    ],
)  # fmt: skip
def test_bad_csv_is_one_typed_line(tmp_path, text: str, error: type, words: str) -> None:
    with pytest.raises(error) as err:
        ts.read_table(_csv(tmp_path, text))
    assert words in str(err.value) and "\n" not in str(err.value)


def test_largest_int64_value_is_kept(tmp_path) -> None:
    t = ts.read_table(_csv(tmp_path, f"{_HEAD}\nCHN,PRK,export,2020-01,9223372036854775807\n"))
    assert int(t["value_usd"].iloc[0]) == 9223372036854775807


def test_non_utf8_csv_is_one_typed_line(tmp_path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes(f"{_HEAD}\nCHN,PRK,export,2020-01,1000\n".encode() + "朝鲜".encode("gbk"))
    with pytest.raises(ts.InputError, match="gbk.csv must be a UTF-8 CSV file"):
        ts.read_table(path)


def test_rows_agreeing_on_the_value_are_used_once(tmp_path) -> None:
    # Two rows give $1,000 for one month with different notes: one figure, used once.
    path = _csv(
        tmp_path, f"{_HEAD},note\nCHN,PRK,export,2020-01,1000,a\nCHN,PRK,export,2020-01,1000,b\n"
    )
    with pytest.warns(ts.DuplicateRowsWarning, match="same value"):
        t = ts.read_table(path)
    assert len(t) == 2 and t["preferred"].tolist() == [True, False]
    assert int(ts.values(t, "2020-01").set_index("flow").loc["export", "value_usd"]) == 1000
