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
    DuplicateRowsDroppedWarning,
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


# -- every flow, partner and code of a real bulk file -----------------------------------------
BULK_COLS = ("datasetCode typeCode freqCode refPeriodId refYear refMonth period reporterCode flowCode partnerCode "  # noqa: SIM905
             "partner2Code classificationSearchCode classificationCode isOriginalClassification cmdCode customsCode "
             "mosCode motCode qtyUnitCode qty isQtyEstimated altQtyUnitCode altQty isAltQtyEstimated netWgt "
             "isnetWgtEstimated grossWgt isGrossWgtEstimated cifValue fobvalue primaryValue legacyEstimationFlag "
             "isReported isAggregate").split()  # fmt: skip


def bulk_text(rows: list[dict[str, str]]) -> str:
    """A bulk file (34 columns, the header spellings of comtrade_api.md §12) from partial rows."""
    lines = ["\t".join(BULK_COLS)]
    for r in rows:
        data = dict.fromkeys(BULK_COLS, "")
        data.update(typeCode="C", freqCode="A", refYear="1990", refMonth="52", period="1990", reporterCode="280",
                    partner2Code="0", classificationSearchCode="HS", classificationCode="H0", cmdCode="TOTAL",
                    customsCode="C00", mosCode="0", motCode="0", isReported="1", isAggregate="0")  # fmt: skip
        data.update(r)
        lines.append("\t".join(data[c] for c in BULK_COLS))
    return "\n".join(lines) + "\n"


# Constructed rows (values invented): reporter 280 Fed. Rep. of Germany 1990, every flow, partners
# that are not countries (899, 837, 838, 412, 0) and the historic 841 and 736.
ALL_FLOWS = [
    dict(flowCode="X", partnerCode="841", primaryValue="1000.0", fobvalue="1000.0"),
    dict(flowCode="M", partnerCode="841", primaryValue="2000.0", cifValue="2000.0", fobvalue="1900.0", qty="5",
         qtyUnitCode="8"),
    dict(flowCode="RX", partnerCode="841", primaryValue="300.0"),
    dict(flowCode="RM", partnerCode="841", primaryValue="400.0"),
    dict(flowCode="DX", partnerCode="841", primaryValue="500.0"),
    dict(flowCode="FM", partnerCode="841", primaryValue="600.0"),
    dict(flowCode="X", partnerCode="899", primaryValue="11.0"),
    dict(flowCode="X", partnerCode="837", primaryValue="12.0"),
    dict(flowCode="X", partnerCode="838", primaryValue="13.0"),
    dict(flowCode="X", partnerCode="412", primaryValue="14.0"),
    dict(flowCode="X", partnerCode="736", primaryValue="15.0"),
    dict(flowCode="X", partnerCode="0", primaryValue="99999.0"),
    dict(flowCode="X", partnerCode="0", primaryValue="77.0", customsCode="C01"),  # a breakdown: left out
]  # fmt: skip


@pytest.mark.parametrize("form", ["txt.gz", "txt"])
def test_bulk_files_with_every_flow_non_country_partners_and_historic_codes(
    form: str, tmp_path: Path
) -> None:
    text = bulk_text(ALL_FLOWS)
    path = tmp_path / f"C_A_280_199001_H0_O.{form}"
    path.write_bytes(gzip.compress(text.encode()) if form == "txt.gz" else text.encode())
    table = read_file(path)  # a decompressed .txt is recognised as a bulk file, needing no --flow
    table2, other = read_comtrade_bulk(
        path, with_other_flows=True, chunk_rows=3
    )  # read 3 rows at a time
    pd.testing.assert_frame_equal(table, table2)
    got = {(p, f): v for p, f, v in zip(table["partner"], table["flow"], table["value_usd"])}
    assert got == {("USA", "export"): 1000, ("USA", "import"): 2000, ("CT899", "export"): 11,
                   ("CT837", "export"): 12, ("CT838", "export"): 13, ("CT412", "export"): 14,
                   ("SDN", "export"): 15, ("WLD", "export"): 99999}  # fmt: skip
    assert set(table["reporter"]) == {"DEU"} and set(table["reporter_code"]) == {"280"}
    assert sorted(other["flow"]) == ["DX", "FM", "RM", "RX"] and sorted(other["value_usd"]) == [
        "300", "400", "500", "600"]  # fmt: skip
    imp = table[table["flow"] == "import"].iloc[0]
    assert (imp["valuation"], imp["cif_usd"], imp["fob_usd"]) == ("CIF", "2000.0", "1900.0")
    assert (imp["quantity"], imp["quantity_unit"]) == ("5", "kg")
    assert table[table["flow"] == "export"].iloc[0]["valuation"] == "FOB"


def test_bulk_duplicates_are_dropped_or_refused_never_summed(tmp_path: Path) -> None:
    row = dict(flowCode="X", partnerCode="408", primaryValue="1000.0")
    path = tmp_path / "dup.txt"
    path.write_text(bulk_text([row, row, row]))
    with pytest.warns(DuplicateRowsDroppedWarning, match="2 identical"):
        table = read_comtrade_bulk(path)
    assert list(table["value_usd"]) == [1000]  # not 3000
    path.write_text(bulk_text([row, dict(row, primaryValue="2000.0")]))
    with pytest.raises(ts.DuplicateRowsError, match=r"1000\.0 and 2000\.0") as err:
        read_comtrade_bulk(path)
    assert "partner=PRK" in str(err.value) and "flow=export" in str(err.value)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x1f\x8b\x08\x00garbage-not-deflate", "not a readable Comtrade bulk file"),
        (None, "not a readable Comtrade bulk file"),  # a gzip cut in the middle
        (bulk_text([dict(flowCode="X", partnerCode="408", primaryValue="12345678901234567890.0")]).encode(), "int64"),
        (bulk_text([dict(flowCode="X", partnerCode="408", primaryValue="")]).encode(), "no primaryValue"),
        (bulk_text([dict(flowCode="X", partnerCode="998", primaryValue="1.0")]).encode(), "998"),
    ],
)  # fmt: skip
def test_bad_bulk_files_are_one_line_typed_errors(
    content: bytes | None, words: str, tmp_path: Path
) -> None:
    path = tmp_path / "bad.txt.gz"
    if content is None:
        whole = gzip.compress(bulk_text(ALL_FLOWS * 50).encode())
        content = whole[: len(whole) // 2]
    path.write_bytes(content)
    with pytest.raises(ts.InputError, match=words) as err:
        read_file(path)
    assert "\n" not in str(err.value)


# -- China Customs: every partner, cumulative exports, remarks, bad files ------------------------
def test_the_two_kinds_of_real_files_parse_to_their_values() -> None:
    # tests/fixtures/gacc/README.md: layout and the quoted values of CNprj's two real exports
    ceuta = read_china_customs(GACC / "e210201810.csv", flow="export")
    assert list(ceuta["partner"].unique()) == [
        "CC210"
    ]  # Ceuta: no ISO code, never guessed into Spain
    assert ts.countries.country_name("CC210") == "Ceuta"
    assert sorted(ceuta["value_usd"]) == [345, 1161] and set(ceuta["start"].astype(str)) == {
        "2018-10"
    }
    botswana = read_china_customs(GACC / "i20420186.csv", flow="import")
    row = botswana.iloc[0]
    assert (row["partner"], row["flow"], str(row["start"]), row["value_usd"]) == (
        "BWA",
        "import",
        "2018-06",
        507_713,
    )
    assert (row["quantity"], row["quantity_unit"]) == ("891", "Carat")


HEADER = '"贸易伙伴编码","贸易伙伴名称","商品编码","商品名称","美元","备注",\n'


def test_cumulative_export_takes_its_months_from_the_user(tmp_path: Path, capsys) -> None:
    path = tmp_path / "cum.csv"
    path.write_bytes((HEADER + '"109","朝鲜","27101991","润滑油","12,345","",\n').encode("gb18030"))
    with pytest.raises(ts.SchemaError, match="cumulative export.*--period"):
        read_china_customs(path, flow="export")
    table = read_china_customs(path, flow="export", period="2024-01..2024-06")
    row = table.iloc[0]
    assert (str(row["start"]), str(row["end"]), row["value_usd"]) == ("2024-01", "2024-06", 12_345)
    from tradestats.cli import main

    code = main(["read", str(path), "--flow", "export", "--period", "2024-01..2024-06"])
    assert code == 0 and "12345" in capsys.readouterr().out


def test_every_partner_of_the_list_reads(tmp_path: Path) -> None:
    codes = pd.read_csv(Path(ts.data.data_dir()) / "codes" / "areas.csv", dtype=str)
    codes = codes[codes["system"] == "gacc"]["code"]
    assert len(codes) == 273  # the reference list: 273 China Customs partner codes
    body = "".join(f'"202401","{c}","x","01012100","x","{i + 1}",\n' for i, c in enumerate(codes))
    path = tmp_path / "all.csv"
    path.write_bytes(
        ('"数据年月","贸易伙伴编码","贸易伙伴名称","商品编码","商品名称","美元",\n' + body).encode(
            "gb18030"
        )
    )
    table = read_china_customs(path, flow="import")
    assert (
        len(table) == 272
    )  # 409 Bonaire and 436 Saba are both BES: one cell, two rows summed by design
    assert table["value_usd"].sum() == 273 * 274 // 2
    # the one merged cell says which customs partners it adds up
    (note,) = table.loc[table["partner"] == "BES", "note"]
    assert note == "sum of 2 rows of the export, customs partners 409, 436 together"


@pytest.mark.parametrize(
    ("text", "encoding", "words"),
    [
        ('"数据年月","贸易伙伴编码","美元","美元",\n"202401","109","1","2",\n', "gb18030", "more than once"),
        ('"数据年月","贸易伙伴编码","美元",\n"202401","109","12345678901234567890",\n', "gb18030", "int64"),
        ('"数据年月","贸易伙伴编码","商品编码","美元",\n"202401","109","01","1",\n"202401","109","01","2",\n',
         "gb18030", "1 / 2|two different values"),
    ],
)  # fmt: skip
def test_bad_china_customs_files_are_one_line_errors(
    text: str, encoding: str, words: str, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ts.SchemaError, match=words) as err:
        read_china_customs(path, flow="export")
    assert "\n" not in str(err.value)


def test_gbk_file_with_a_utf8_bom_and_identical_rows_not_tripled(tmp_path: Path) -> None:
    line = '"202401","109","朝鲜","01012100","马","1,000",\n'
    head = '"数据年月","贸易伙伴编码","贸易伙伴名称","商品编码","商品名称","美元",\n'
    path = tmp_path / "bom_gbk.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (head + line * 3).encode("gbk"))
    with pytest.warns(DuplicateRowsDroppedWarning, match="2 identical"):
        table = read_china_customs(path, flow="export")
    assert list(table["value_usd"]) == [1000]


def test_cli_read_reports_other_flows_and_writes_them(tmp_path: Path, capsys) -> None:
    from tradestats.cli import main

    path = tmp_path / "bulk.txt"
    path.write_text(bulk_text(ALL_FLOWS))
    code = main(
        [
            "read",
            str(path),
            "--out",
            str(tmp_path / "t.csv"),
            "--other-flows",
            str(tmp_path / "o.csv"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 0 and "DX 1, FM 1, RM 1, RX 1" in err
    assert sorted(pd.read_csv(tmp_path / "o.csv")["flow"]) == ["DX", "FM", "RM", "RX"]
    assert len(pd.read_csv(tmp_path / "t.csv")) == 8


def test_progress_bar_only_on_a_terminal() -> None:
    import io

    from tradestats.sources.progress import ProgressBar

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet, tty = io.StringIO(), Tty()
    for stream in (quiet, tty):
        bar = ProgressBar(stream)
        bar(2, 10, "fetching 202003 X,M TOTAL")
        bar.close()
    assert quiet.getvalue() == "" and "2/10 fetching 202003" in tty.getvalue()
    silenced = Tty()
    ProgressBar(silenced, enabled=False)(2, 10, "x")  # --quiet
    assert silenced.getvalue() == ""


def test_bad_python_calls_are_typed_errors(tmp_path: Path) -> None:
    for call in (
        lambda: read_comtrade_bulk(tmp_path / "missing.txt.gz"),
        lambda: read_china_customs(tmp_path, flow="export"),
        lambda: read_china_customs(
            GACC / "e210201810.csv", flow="export", period="2018-10"
        ),  # has its own
        lambda: ts.mirror(pd.DataFrame(), reporter="CHN", partner="CHN"),
    ):
        with pytest.raises(ts.InputError):
            call()
