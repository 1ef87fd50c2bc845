"""Readers for files users download themselves, on constructed bytes in each encoding and layout.
Every number in these fixtures is invented (tests/fixtures/gacc, and the bulk file built here)."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import tradestats as ts
from tradestats.sources.readers import (
    TruncationWarning,
    read_china_customs,
    read_comtrade_bulk,
    read_file,
)

GACC = Path(__file__).parent / "fixtures" / "gacc"
SAME = ["reporter", "partner", "flow", "start", "end", "commodity", "value_usd", "note"]


def test_english_and_chinese_twins_read_into_the_same_table() -> None:
    en = read_china_customs(GACC / "exports_en_gb18030.csv", flow="export")
    zh = read_china_customs(GACC / "exports_zh_gbk.csv", flow="export")
    pd.testing.assert_frame_equal(en[SAME], zh[SAME])
    assert list(en["partner"].unique()) == ["PRK"]  # China Customs 109, not Comtrade's 408
    march_oil = en[(en["start"] == "2024-03") & (en["commodity"] == "27101991")].iloc[0]
    assert march_oil["value_usd"] == 11_111 + 1_000 and "sum of 2 rows" in march_oil["note"]
    assert en["value_usd"].dtype == "Int64"


@pytest.mark.parametrize("name", ["exports_en_utf8_bom.csv", "exports_linebreak.csv"])
def test_resaved_and_line_broken_files(name: str) -> None:
    twin = read_china_customs(GACC / "exports_en_gb18030.csv", flow="export")
    other = read_china_customs(GACC / name, flow="export")
    pd.testing.assert_frame_equal(twin[SAME], other[SAME])


def test_html_page_saved_as_csv_is_rejected() -> None:
    with pytest.raises(ts.SchemaError, match="HTML page"):
        read_china_customs(GACC / "error_page.csv", flow="import")


def test_yuan_values_are_refused_not_converted() -> None:
    with pytest.raises(ts.SchemaError, match="yuan"):
        read_china_customs(GACC / "imports_cny.csv", flow="import")


def test_unknown_partner_code_is_not_guessed() -> None:
    with pytest.raises(ts.CountryError, match="998"):
        read_china_customs(GACC / "unknown_partner.csv", flow="export")


def test_ten_thousand_rows_warn_of_the_cap(tmp_path: Path) -> None:
    header = '"数据年月","贸易伙伴编码","贸易伙伴名称","商品编码","商品名称","美元",\n'
    rows = "".join(f'"202401","109","朝鲜","{i:08d}","品","{i + 1:,}",\n' for i in range(10_000))
    path = tmp_path / "cut.csv"
    path.write_bytes((header + rows).encode("gb18030"))
    with pytest.warns(TruncationWarning, match="10000"):
        table = read_china_customs(path, flow="import")
    assert len(table) == 10_000


def _bulk_file(tmp_path: Path) -> Path:
    cols = ("datasetCode typeCode freqCode refPeriodId refYear refMonth period reporterCode flowCode partnerCode "  # noqa: SIM905
            "partner2Code classificationSearchCode classificationCode isOriginalClassification cmdCode customsCode "
            "mosCode motCode qtyUnitCode qty isQtyEstimated altQtyUnitCode altQty isAltQtyEstimated netWgt "
            "isnetWgtEstimated grossWgt isGrossWgtEstimated cifValue fobvalue primaryValue legacyEstimationFlag "
            "isReported isAggregate").split()  # fmt: skip
    assert len(cols) == 34

    def row(month: int, flow: str, customs: str, mot: str, value: str) -> str:
        data = {c: "" for c in cols}
        data.update(typeCode="C", freqCode="M", refPeriodId=f"2023{month:02d}01", refYear="2023",
                    refMonth=str(month), period=f"2023{month:02d}", reporterCode="156", flowCode=flow,
                    partnerCode="408", partner2Code="0", classificationSearchCode="HS",
                    classificationCode="H6", isOriginalClassification="1", cmdCode="TOTAL",
                    customsCode=customs, mosCode="0", motCode=mot, primaryValue=value, isReported="1",
                    isAggregate="0")  # fmt: skip
        return "\t".join(data[c] for c in cols)

    lines = ["\t".join(cols), row(1, "X", "C00", "0", "111111111.0"), row(1, "M", "C00", "0", "22222222.0"),
             row(1, "X", "C01", "0", "99999999.0"), row(1, "X", "C00", "3100", "88888888.0"),
             row(2, "X", "C00", "0", "133333333.5")]  # fmt: skip
    path = tmp_path / "C_M_156_202301_H6_O.txt.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    return path


def test_comtrade_bulk_file_keeps_total_rows_only(tmp_path: Path) -> None:
    table = read_comtrade_bulk(_bulk_file(tmp_path))
    assert len(table) == 3  # the customs-procedure and transport-mode breakdowns are not summed in
    got = dict(zip(zip(table["start"].astype(str), table["flow"]), table["value_usd"]))
    assert got[("2023-01", "export")] == 111111111 and got[("2023-01", "import")] == 22222222
    feb = table[table["start"] == "2023-02"].iloc[0]
    assert feb["value_usd"] == 133333334 and "rounded_to_dollar" in feb["flag"]
    assert feb["primary_value"] == "133333333.5"  # the exact published value is kept beside it
    assert set(table["partner"]) == {"PRK"} and set(table["reporter"]) == {"CHN"}


def test_cli_read(tmp_path: Path) -> None:
    args = [
        "read",
        str(GACC / "exports_zh_gbk.csv"),
        "--flow",
        "export",
        "--out",
        str(tmp_path / "t.csv"),
    ]
    out = subprocess.run(
        [sys.executable, "-m", "tradestats", *args], capture_output=True, text=True
    )
    assert out.returncode == 0 and "wrote 3 rows" in out.stdout
    args = ["read", str(GACC / "error_page.csv"), "--flow", "export"]
    bad = subprocess.run(
        [sys.executable, "-m", "tradestats", *args], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "HTML page" in bad.stderr and "Traceback" not in bad.stderr
    assert len(read_file(_bulk_file(tmp_path))) == 3
