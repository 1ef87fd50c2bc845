"""The bad-input corpus: every failure a user can cause is one line on stderr and an exit code.

Each case runs the command line in-process (``tradestats.cli.main``) in a fresh folder holding
the files the case needs, with ``TRADESTATS_CACHE_DIR`` pointing into that folder and the
Comtrade URL pointing at a closed local port (no case reaches the network). Each asserts the
exit code, exactly one line on stderr starting ``tradestats: error:``, no traceback, nothing on
stdout, and the words that name the argument or file and what was received.
"""

from __future__ import annotations

import bz2
import gzip
import io
import os
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tradestats.cli import main

# -- the case table --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One bad input: the command line, the files and environment it needs, what must happen."""

    id: str
    argv: tuple[str, ...]
    code: int | tuple[int, ...]  # a tuple: any of these
    words: tuple[str, ...] = ()
    files: dict[str, bytes] = field(default_factory=dict)
    env: dict[str, str | None] = field(default_factory=dict)
    stdin: bytes | None = None


CASES: dict[str, list[Case]] = {}


def case(
    category: str, id: str, argv: list[str] | str, code: int | tuple[int, ...] = 2, words=(), **kw
) -> None:
    args = tuple(argv.split()) if isinstance(argv, str) else tuple(argv)
    CASES.setdefault(category, []).append(Case(id, args, code, tuple(words), **kw))


# -- fixture content -------------------------------------------------------------------------

HEAD = "reporter,partner,flow,period,value_usd\n"
ROWS = (
    "CHN,PRK,export,2020-01,100\nCHN,PRK,export,2019-01,90\n"
    "CHN,PRK,import,2020-01,50\nCHN,PRK,import,2019-01,40\n"
)


def csv(*rows: str, head: str = HEAD) -> bytes:
    return (head + "".join(r + "\n" for r in rows)).encode()


CC_HEAD = (
    '"Date of data","Trading partner code","Trading partner","Commodity code","Commodity",'
    '"Customs Regime code","Customs Regime","Quantity","Unit","Supplimentary Quantity",'
    '"Supplimentary Unit","US dollar",'
)
CC_ROW = (
    '"202403","109","Korea,DPR","27101991","Lubricating oils","10","Ordinary Trade","100",'
    '"Kilogram","0","-","1,000",'
)
CC_HEAD_ZH = (
    '"数据年月","贸易伙伴编码","贸易伙伴名称","商品编码","商品名称","贸易方式编码","贸易方式名称",'
    '"第一数量","第一计量单位","第二数量","第二计量单位","美元",'
)
CC_ROW_ZH = (
    '"202403","109","朝鲜","27101991","润滑油","10","一般贸易","100","千克","0","-","1,000",'
)


def cc(*rows: str, head: str = CC_HEAD, encoding: str = "gb18030") -> bytes:
    return "\n".join([head, *rows, ""]).encode(encoding)


BULK_HEAD = (
    "typeCode\tfreqCode\trefPeriodId\trefYear\trefMonth\tperiod\treporterCode\tflowCode\t"
    "partnerCode\tpartner2Code\tclassificationCode\tcmdCode\tcustomsCode\tmotCode\t"
    "primaryValue\tisReported\tisAggregate\n"
)


def bulk_row(value: str = "1000", reporter: str = "156", flow: str = "X") -> str:
    return (
        f"C\tM\t20200101\t2020\t1\t202001\t{reporter}\t{flow}\t408\t0\tH5\tTOTAL\tC00\t0\t"
        f"{value}\t1\t1\n"
    )


GOOD_BULK = gzip.compress((BULK_HEAD + bulk_row()).encode(), mtime=0)

REPORT_BASE = (
    'title = "T"\ndataset = "china_dprk"\nreporter = "CHN"\npartner = "PRK"\n'
    '[[sections]]\nkind = "text"\ntext = "Prose without figures."\n'
)


def report(toml: str | bytes, name: str = "r") -> dict[str, bytes]:
    data = toml.encode() if isinstance(toml, str) else toml
    return {f"reports/{name}/report.toml": data}


def build(name: str = "r") -> str:
    return f"report build {name} --reports-dir reports"


FETCH = "fetch comtrade --reporter CHN --partner PRK --period 2020-01..2020-02"
FAST = ["--max-retries", "0", "--backoff", "0", "--timeout", "2"]
TEXT = b"China's exports to North Korea fell 88.6 percent in 2018.\n"

# -- periods ---------------------------------------------------------------------------------

_BAD_PERIODS = [
    ("empty", ""),
    ("blank", "   "),
    ("month-13", "2020-13"),
    ("month-00", "2020-00"),
    ("one-digit-month", "2020-1"),
    ("two-digit-year", "20-01"),
    ("slash-year-month", "2020/01"),
    ("month-slash-year", "13/2020"),
    ("combined-backwards", "2020-05/03"),
    ("combined-month-13", "2020-01/13"),
    ("open-range", "2020-01.."),
    ("open-range-start", "..2020-01"),
    ("three-parts", "2020-01/2020-02/2020-03"),
    ("unknown-month-word", "Jan-Foo 2020"),
    ("word-not-month", "Foo 2020"),
    ("truncated-month", "Janu 2020"),
    ("quarter-0", "Q0 2020"),
    ("quarter-5", "Q5 2020"),
    ("half-3", "H3 2020"),
    ("fifteen-months", "first fifteen months of 2020"),
    ("zero-months", "first zero months of 2020"),
    ("superscript-digit", "first ² months of 2020"),
    ("superscript-year", "20²0"),
    ("arabic-indic-months", "first ١٢ months of 2020"),
    ("arabic-indic-month", "2020-٠١"),
    ("long-s-ordinal", "firſt quarter of 2017"),
    ("long-s-month", "Auguſt 2020"),
    ("long-s-abbreviation", "ſept 2020"),
    ("kelvin-sign", "Q1 2020 \u212a"),
    ("fifth-quarter", "fifth quarter of 2020"),
    ("third-half", "third half of 2020"),
    ("year-1850", "1850"),
    ("year-2150", "2150"),
    ("five-digit-year", "20200"),
    ("relative", "last year"),
    ("day", "2020-01-15"),
    ("nul", "2020\x00"),
    ("emoji", "🙂"),
    ("huge-number", "9" * 5000),
    ("huge-month-count", "first " + "9" * 5000 + " months of 2020"),
    ("ym-range-bad-month", "2020-01..2020-14"),
    ("ym-range-backwards", "2020-05..2020-01"),
    ("months-backwards", "Dec 2020 - Jan 2020"),
]
for _id, _text in _BAD_PERIODS:
    case("periods", f"period-{_id}", ["compare", "--period", _text], words=["--period: "])
for _id, _text in _BAD_PERIODS[:12]:
    case(
        "periods",
        f"base-{_id}",
        ["compare", "--period", "2020", "--base", _text],
        words=["--base: "],
    )
case("periods", "fetch-period-word", [*FETCH.split()[:-1], "soon", *FAST], words=["'soon'"])
case("periods", "fetch-period-13", [*FETCH.split()[:-1], "2020-13", *FAST], words=["2020-13"])
case("periods", "fetch-annual-not-years", [*FETCH.split(), "--freq", "A", *FAST], words=["annual"])
case("periods", "outside-data-2090", "compare --period 2090", words=["2090"])
case("periods", "outside-data-1950", "compare --period 1950", words=["1950"])
case(
    "periods", "base-shorter", ["compare", "--period", "2020", "--base", "Jan-Feb 2019"],
)  # fmt: skip
case(
    "periods", "base-month-vs-year", ["compare", "--period", "2019", "--base", "2018-06"],
)  # fmt: skip

# -- countries -------------------------------------------------------------------------------

for _opt in ("--partner", "--reporter"):
    for _id, _name, _word in [
        ("unknown", "Narnia", "'Narnia'"),
        ("empty", "", "''"),
        ("code-unknown", "XXX", "'XXX'"),
        ("digits", "123456", "'123456'"),
        ("nul", "P\x00RK", "P\\x00RK"),
        ("ambiguous-korea", "Korea", "Korea"),
    ]:
        case("countries", f"compare{_opt}-{_id}", ["compare", "--period", "2020", _opt, _name],
             words=[_opt.strip("-"), _word])  # fmt: skip
case("countries", "pair-not-in-data", "compare --period 2020 --reporter PRK --partner CHN",
     words=["PRK", "CHN"])  # fmt: skip
case("countries", "commodity-not-in-data", "compare --period 2020 --commodity 99", words=["99"])
case("countries", "read-reporter-unknown", [
    "read", "x.csv", "--flow", "export", "--reporter", "Narnia"],
    words=["reporter", "'Narnia'"], files={"x.csv": cc(CC_ROW)})  # fmt: skip
case("countries", "fetch-reporter-unknown", [*FETCH.replace("CHN", "Narnia").split(), *FAST],
     words=["reporter", "'Narnia'"])  # fmt: skip
case("countries", "fetch-partner-empty", [*FETCH.split()[:4], "", *FETCH.split()[5:], *FAST],
     words=["partner"])  # fmt: skip
case("countries", "fetch-partner-ambiguous", [*FETCH.replace("PRK", "Korea").split(), *FAST],
     words=["Korea"])  # fmt: skip
case("countries", "csv-partner-unknown", "compare --period 2020-01 --data x.csv",
     words=["x.csv", "'Narnia'"], files={"x.csv": csv("CHN,Narnia,export,2020-01,100")})  # fmt: skip
case("countries", "bulk-area-unknown", "read x.gz", words=["999"],
     files={"x.gz": gzip.compress((BULK_HEAD + bulk_row(reporter="999")).encode())})  # fmt: skip
case("countries", "cc-partner-code-unknown", "read x.csv --flow export",
     words=["998"], files={"x.csv": cc(CC_ROW.replace('"109","Korea,DPR"', '"998","Nowhere"'))})  # fmt: skip

# -- user CSV tables (--data) ----------------------------------------------------------------


def data_case(id: str, content: bytes, words=("x.csv",)) -> None:
    case("csv", id, "compare --period 2020-01 --data x.csv", words=words,
         files={"x.csv": content})  # fmt: skip


data_case("negative", csv("CHN,PRK,export,2020-01,-5"), words=["x.csv", "value_usd", "-5"])
data_case("letters", csv("CHN,PRK,export,2020-01,abc"), words=["x.csv", "value_usd", "abc"])
data_case("decimal", csv("CHN,PRK,export,2020-01,1.5"), words=["x.csv", "value_usd", "1.5"])
data_case("nan", csv("CHN,PRK,export,2020-01,nan"), words=["x.csv", "value_usd", "nan"])
data_case("inf", csv("CHN,PRK,export,2020-01,inf"), words=["x.csv", "value_usd", "inf"])
data_case("thousands", csv('CHN,PRK,export,2020-01,"1,000"'), words=["x.csv", "1,000"])
data_case("exponent", csv("CHN,PRK,export,2020-01,1e6"), words=["x.csv", "1e6"])
data_case("hex", csv("CHN,PRK,export,2020-01,0x10"), words=["x.csv", "0x10"])
data_case("nul-in-value", csv("CHN,PRK,export,2020-01,1\x0000"), words=["x.csv", "value_usd"])
data_case("bad-flow", csv("CHN,PRK,sideways,2020-01,100"), words=["x.csv", "flow", "sideways"])
data_case("empty-flow", csv("CHN,PRK,,2020-01,100"), words=["x.csv", "flow"])
data_case("bad-period", csv("CHN,PRK,export,2020-13,100"), words=["2020-13"])
data_case("period-word", csv("CHN,PRK,export,soon,100"), words=["soon"])
data_case("missing-flow-column", b"reporter,partner,period,value_usd\nCHN,PRK,2020-01,100\n",
          words=["x.csv", "flow"])  # fmt: skip
data_case("missing-value-column", b"reporter,partner,flow,period\nCHN,PRK,export,2020-01\n",
          words=["x.csv", "value_usd"])  # fmt: skip
data_case("no-period-column", b"reporter,partner,flow,value_usd\nCHN,PRK,export,100\n",
          words=["x.csv", "period"])  # fmt: skip
data_case("semicolons", b"reporter;partner;flow;period;value_usd\nCHN;PRK;export;2020-01;100\n",
          words=["x.csv", "reporter"])  # fmt: skip
data_case("header-only", csv(), words=["CHN", "PRK"])
data_case("short-row", csv("CHN,PRK"), words=["x.csv"])
data_case("html-page", b"<!DOCTYPE html><html><body>session expired</body></html>\n")
data_case("spreadsheet-xml", b'<?xml version="1.0"?><Workbook></Workbook>\n')
# read_table: malformed CSV, int64 overflow, duplicates and conflicts (branch data)
data_case("empty-file", b"")
data_case("unclosed-quote", csv('CHN,PRK,"export,2020-01,100'))
data_case("extra-cells", csv("CHN,PRK,export,2020-01,100,extra,more"))
data_case("empty-value", csv("CHN,PRK,export,2020-01,"), words=["x.csv", "value_usd"])
data_case("above-int64", csv("CHN,PRK,export,2020-01,99999999999999999999999"),
          words=["x.csv", "99999999999999999999999"])  # fmt: skip
data_case("int64-max-plus-one", csv("CHN,PRK,export,2020-01,9223372036854775808"),
          words=["x.csv", "9223372036854775808"])  # fmt: skip
data_case("conflicting-rows", csv("CHN,PRK,export,2020-01,1000", "CHN,PRK,export,2020-01,2000"),
          words=["x.csv:2", "x.csv:3", "1000", "2000"])  # fmt: skip
data_case("conflicting-rows-total", csv(*ROWS.split("\n")[:-1], "CHN,PRK,import,2020-01,51"),
          words=["x.csv", "50", "51"])  # fmt: skip
data_case("duplicate-column", b"reporter,partner,flow,period,value_usd,value_usd\n"
          b"CHN,PRK,export,2020-01,100,200\n", words=["x.csv", "value_usd"])  # fmt: skip
data_case("end-before-start", b"reporter,partner,flow,start,end,value_usd\n"
          b"CHN,PRK,export,2020-03,2020-01,100\n", words=["2020-03", "2020-01"])  # fmt: skip
data_case("binary-noise", bytes(range(256)) * 4)
case("csv", "data-missing-file", "compare --period 2020 --data nope.csv", words=["nope.csv"])
case("csv", "data-is-folder", "compare --period 2020 --data sub", words=["sub"],
     files={"sub/keep": b""})  # fmt: skip
case("csv", "data-empty-name", ["compare", "--period", "2020", "--data", ""], words=["''"])
case("csv", "check-data-missing", "check t.txt --data nope.csv", words=["nope.csv"],
     files={"t.txt": TEXT})  # fmt: skip
case("csv", "check-data-letters", "check t.txt --data x.csv", words=["x.csv", "abc"],
     files={"t.txt": TEXT, "x.csv": csv("CHN,PRK,export,2020-01,abc")})  # fmt: skip
case("csv", "check-data-empty-file", "check t.txt --data x.csv", words=["x.csv"],
     files={"t.txt": TEXT, "x.csv": b""})  # fmt: skip

# -- encodings -------------------------------------------------------------------------------

case("encodings", "check-latin1", "check t.txt", words=["'t.txt'", "utf-8", "0xe9", "--encoding"],
     files={"t.txt": "Exports rose 5% in Tréville.".encode("latin-1")})  # fmt: skip
case("encodings", "check-cp1252-quotes", "check t.txt", words=["'t.txt'", "0x93"],
     files={"t.txt": "\u201cExports\u201d rose".encode("cp1252")})  # fmt: skip
case("encodings", "check-gbk", "check t.txt", words=["'t.txt'", "utf-8"],
     files={"t.txt": "中国对朝鲜出口".encode("gbk")})  # fmt: skip
case("encodings", "check-utf16-no-bom", "check t.txt", words=["'t.txt'", "NUL"],
     files={"t.txt": "Exports rose".encode("utf-16-le")})  # fmt: skip
case("encodings", "check-unknown-encoding", "check t.txt --encoding klingon",
     words=["--encoding", "'klingon'"], files={"t.txt": TEXT})  # fmt: skip
case("encodings", "check-wrong-encoding", "check t.txt --encoding ascii",
     words=["'t.txt'", "ascii"], files={"t.txt": "5% more in Tréville".encode()})  # fmt: skip
case("encodings", "check-utf16-odd-bytes", "check t.txt --encoding utf-16",
     words=["'t.txt'", "utf-16"], files={"t.txt": b"\xff\xfeE\x00x\x00p"})  # fmt: skip
case("encodings", "check-stdin-latin1", "check -", words=["standard input", "0xe9"],
     stdin="Exports rose 5% in Tréville.".encode("latin-1"))  # fmt: skip
case("encodings", "check-stdin-binary", "check -", words=["standard input", "NUL"],
     stdin=b"\x00\x01\x02binary")  # fmt: skip
data_case("latin1", HEAD.encode() + "CHN,PRK,export,2020-02,1é\n".encode("latin-1"))  # fmt: skip
data_case("utf16", (HEAD + "CHN,PRK,export,2020-01,100\n").encode("utf-16"))
data_case("gbk-header", "报告国,partner,flow,period,value_usd\nCHN,PRK,export,2020-01,1\n"
          .encode("gbk"))  # fmt: skip
case("encodings", "cc-binary", "read x.csv --flow export", words=["x.csv"],
     files={"x.csv": bytes(range(128, 256)) * 10})  # fmt: skip
case("encodings", "cc-utf16", "read x.csv --flow export", words=["x.csv"],
     files={"x.csv": cc(CC_ROW, encoding="utf-16")})  # fmt: skip
case("encodings", "cc-html-page", "read x.csv --flow export", words=["x.csv", "HTML"],
     files={"x.csv": "<!DOCTYPE html><html><title>登录</title></html>\n".encode()})  # fmt: skip
case("encodings", "bulk-latin1", "read x.gz", words=["x.gz"],
     files={"x.gz": gzip.compress(BULK_HEAD.encode() + bulk_row().replace("H5", "H\xe9")
                                  .encode("latin-1"))})  # fmt: skip
case("encodings", "report-gbk", build(), words=["report.toml"],
     files=report('title = "中朝贸易"\n'.encode("gbk") + REPORT_BASE[9:].encode()))  # fmt: skip
case("encodings", "report-utf16", build(), words=["report.toml"],
     files=report(REPORT_BASE.encode("utf-16")))  # fmt: skip

# -- China Customs exports and other files given to read -------------------------------------

case("files", "read-missing", "read nope.csv --flow export", words=["nope.csv"])
case("files", "read-folder", "read sub --flow export", words=["sub"], files={"sub/k": b""})
case("files", "read-no-flow", "read x.csv", words=["flow", "--flow"], files={"x.csv": cc(CC_ROW)})
case("files", "cc-no-header", "read x.csv --flow export", words=["x.csv", "Date of data"],
     files={"x.csv": b"hello\nworld\n"})  # fmt: skip
case("files", "cc-empty", "read x.csv --flow export", words=["x.csv"], files={"x.csv": b""})
case("files", "cc-letters-in-value", "read x.csv --flow export", words=["x.csv", "1x000"],
     files={"x.csv": cc(CC_ROW.replace('"1,000"', '"1x000"'))})  # fmt: skip
case("files", "cc-month-13", "read x.csv --flow export", words=["2024-13"],
     files={"x.csv": cc(CC_ROW.replace("202403", "202413"))})  # fmt: skip
case("files", "cc-cut-line", "read x.csv --flow export", words=["x.csv", "line"],
     files={"x.csv": cc(CC_ROW, CC_ROW[:40])})  # fmt: skip
case("files", "cc-negative", "read x.csv --flow export", words=["x.csv"],
     files={"x.csv": cc(CC_ROW.replace('"1,000"', '"-1,000"'))})  # fmt: skip
case("files", "cc-yuan-only", "read x.csv --flow export", words=["x.csv"],
     files={"x.csv": cc(CC_ROW, head=CC_HEAD.replace("US dollar", "RMB Yuan"))})  # fmt: skip
case("files", "cc-duplicated-usd-column", "read x.csv --flow export", words=["x.csv", "US dollar"],
     files={"x.csv": cc(CC_ROW + '"1,000",', head=CC_HEAD + '"US dollar",')})  # fmt: skip
case("files", "cc-above-int64", "read x.csv --flow export", words=["x.csv"],
     files={"x.csv": cc(CC_ROW.replace('"1,000"', '"99,999,999,999,999,999,999"'))})  # fmt: skip

# -- compressed files ------------------------------------------------------------------------

case("compressed", "not-gzip", "read x.gz", words=["x.gz"], files={"x.gz": b"hello world"})
case("compressed", "gz-of-binary", "read x.gz", words=["x.gz"],
     files={"x.gz": gzip.compress(bytes(range(128, 256)) * 4)})  # fmt: skip
case("compressed", "missing-columns", "read x.gz", words=["x.gz", "reporterCode"],
     files={"x.gz": gzip.compress(b"a\tb\n1\t2\n")})  # fmt: skip
case("compressed", "conflicting-rows", "read x.gz", words=["x.gz"],
     files={"x.gz": gzip.compress((BULK_HEAD + bulk_row() + bulk_row("2000")).encode())})  # fmt: skip
case("compressed", "gz-to-check", "check x.gz", words=["'x.gz'"], files={"x.gz": GOOD_BULK})
case("compressed", "zip-to-check", "check x.zip", words=["'x.zip'"],
     files={"x.zip": (lambda b: (zipfile.ZipFile(b, "w").writestr("a.txt", "x" * 50), b)[1])(
         io.BytesIO()).getvalue() + b"\x00"})  # fmt: skip
case("compressed", "bz2-to-read", "read x.txt.bz2 --flow export", words=["x.txt.bz2"],
     files={"x.txt.bz2": bz2.compress(cc(CC_ROW))})  # fmt: skip
case("compressed", "truncated", "read x.gz", words=["x.gz"],
     files={"x.gz": GOOD_BULK[: len(GOOD_BULK) // 2]})  # fmt: skip
case("compressed", "corrupted", "read x.gz", words=["x.gz"],
     files={"x.gz": GOOD_BULK[:20] + b"\x00" * 10 + GOOD_BULK[30:]})  # fmt: skip
case("compressed", "empty-file", "read x.gz", words=["x.gz"], files={"x.gz": b""})  # fmt: skip
case("compressed", "gzip-of-nothing", "read x.gz", words=["x.gz"],
     files={"x.gz": gzip.compress(b"")})  # fmt: skip
case("compressed", "header-only-gz", "read x.gz", words=["x.gz"],
     files={"x.gz": gzip.compress(b"\n\n")})  # fmt: skip
case("compressed", "value-letters", "read x.gz", words=["x.gz", "abc"],
     files={"x.gz": gzip.compress((BULK_HEAD + bulk_row("abc")).encode())})  # fmt: skip
case("compressed", "value-above-int64", "read x.gz", words=["x.gz"],
     files={"x.gz": gzip.compress((BULK_HEAD + bulk_row("99999999999999999999999")).encode())})  # fmt: skip
# a gzipped table named .csv (a .csv.gz is read, as pandas decompresses it by its name)
case("compressed", "gzip-named-csv", "compare --period 2020 --data x.csv", words=["x.csv"],
     files={"x.csv": gzip.compress(csv(*ROWS.split("\n")[:-1]))})  # fmt: skip

# -- report definitions ----------------------------------------------------------------------

case("reports", "unknown-report", build("nope"), words=["'nope'"], files=report(REPORT_BASE))
case("reports", "no-name-no-all", "report build --reports-dir reports", words=["--all"],
     files=report(REPORT_BASE))  # fmt: skip
case("reports", "name-and-all", "report build r --all --reports-dir reports", words=["--all"],
     files=report(REPORT_BASE))  # fmt: skip
case("reports", "reports-dir-missing", "report build --all --reports-dir nope", words=["nope"])
case("reports", "reports-dir-empty", "report build --all --reports-dir sub", words=["sub"],
     files={"sub/k": b""})  # fmt: skip
case("reports", "list-dir-missing", "report list --reports-dir nope", words=["nope"])
case("reports", "list-dir-is-file", "report list --reports-dir f", words=["'f'"], files={"f": b""})
case("reports", "empty-definition", build(), words=["report.toml", "title"], files=report(""))
case("reports", "invalid-toml", build(), words=["report.toml", "TOML"], files=report("title = \n"))
case("reports", "no-sections", build(), words=["report.toml", "sections"],
     files=report('title = "T"\n'))  # fmt: skip
case("reports", "section-without-kind", build(), words=["kind"],
     files=report(REPORT_BASE + '[[sections]]\nheading = "x"\n'))  # fmt: skip
case("reports", "section-unknown-kind", build(), words=["kind", "'poem'"],
     files=report(REPORT_BASE + '[[sections]]\nkind = "poem"\n'))  # fmt: skip
case("reports", "summary-without-period", build(), words=["period"],
     files=report(REPORT_BASE + '[[sections]]\nkind = "summary"\n'))  # fmt: skip
case("reports", "summary-bad-period", build(), words=["2020-13"],
     files=report(REPORT_BASE + '[[sections]]\nkind = "summary"\nperiod = "2020-13"\n'))  # fmt: skip
case("reports", "unknown-chart", build(), words=["chart", "'pie'"],
     files=report(REPORT_BASE + '[[sections]]\nkind = "chart"\nchart = "pie"\n'))  # fmt: skip
case("reports", "unknown-table", build(), words=["table", "'pivot'"],
     files=report(REPORT_BASE + '[[sections]]\nkind = "table"\ntable = "pivot"\n'))  # fmt: skip
case("reports", "unknown-dataset", build(), words=["'nope'"],
     files=report(REPORT_BASE.replace('"china_dprk"', '"nope"')))  # fmt: skip
case("reports", "unknown-reporter", build(), words=["'Narnia'"],
     files=report(REPORT_BASE.replace('"CHN"', '"Narnia"')))  # fmt: skip
case("reports", "sections-not-a-list", build(), words=["report.toml", "sections"],
     files=report('title = "T"\nsections = "x"\n'))  # fmt: skip
case("reports", "text-missing", build(), words=["report.toml", "text"],
     files=report(REPORT_BASE + '[[sections]]\nkind = "text"\n'))  # fmt: skip
case("reports", "text-not-string", build(), words=["report.toml", "text"],
     files=report(REPORT_BASE + '[[sections]]\nkind = "text"\ntext = 5\n'))  # fmt: skip
case("reports", "annual-start-not-year", build(), words=["start", "'abc'"],
     files=report(REPORT_BASE + '[[sections]]\nkind = "table"\ntable = "annual"\nstart = "abc"\n'))  # fmt: skip
case("reports", "monthly-bad-start", build(), words=["start", "'x'"],
     files=report(REPORT_BASE + '[[sections]]\nkind = "chart"\nchart = "monthly"\nstart = "x"\n'
                  'end = "2020-12"\n'))  # fmt: skip
case("reports", "binary-definition", build(), words=["report.toml"],
     files=report(bytes(range(128, 256))))  # fmt: skip
case("reports", "factcheck-without-text", build(), words=["report.toml", "factcheck"],
     files=report(REPORT_BASE + '[factcheck]\ntitle = "F"\n'))  # fmt: skip
case("reports", "title-not-string", build(), words=["report.toml", "title"],
     files=report(REPORT_BASE.replace('"T"', "[1, 2]")))  # fmt: skip

# -- texts (check) ---------------------------------------------------------------------------

case("texts", "missing-file", "check nope.txt", words=["'nope.txt'", "No such file"])
case("texts", "folder", "check sub", words=["'sub'"], files={"sub/k": b""})
case("texts", "empty-name", ["check", ""], words=["''"])
case("texts", "binary", "check x.bin", words=["'x.bin'", "NUL"],
     files={"x.bin": bytes(range(256))})  # fmt: skip
case("texts", "pdf", "check x.pdf", words=["'x.pdf'"],
     files={"x.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\x00\nendobj\n"})  # fmt: skip
for _id, _date in [
    ("month-13", "2020-13-01"),
    ("feb-30", "2020-02-30"),
    ("word", "yesterday"),
    ("empty", ""),
    ("huge-year", "99999999-01-01"),
    ("nul", "2020-01-01\x00"),
]:
    case("texts", f"date-{_id}", ["check", "t.txt", "--date", _date], words=["--date"],
         files={"t.txt": TEXT})  # fmt: skip
case("texts", "format-unknown", "check t.txt --format pdf", words=["--format", "'pdf'"],
     files={"t.txt": TEXT})  # fmt: skip
case("texts", "no-file-argument", "check", words=["file"])

# -- environment variables -------------------------------------------------------------------

case("environment", "cache-dir-is-file", [*FETCH.split(), *FAST], code=3,
     words=["TRADESTATS_CACHE_DIR", "is a file"], files={"cachefile": b""},
     env={"TRADESTATS_CACHE_DIR": "cachefile"})  # fmt: skip
case("environment", "cache-dir-inside-file", [*FETCH.split(), *FAST], code=3,
     words=["TRADESTATS_CACHE_DIR", "cachefile"], files={"cachefile": b""},
     env={"TRADESTATS_CACHE_DIR": "cachefile/sub"})  # fmt: skip
case("environment", "cache-dir-is-file-as-of", [*FETCH.split(), "--as-of", "2024-01-01"], code=3,
     words=["TRADESTATS_CACHE_DIR"], files={"cachefile": b""},
     env={"TRADESTATS_CACHE_DIR": "cachefile"})  # fmt: skip
case("environment", "xdg-cache-is-file", [*FETCH.split(), *FAST], code=3,
     words=["XDG_CACHE_HOME", "cachefile"], files={"cachefile": b""},
     env={"TRADESTATS_CACHE_DIR": None, "XDG_CACHE_HOME": "cachefile"})  # fmt: skip
case("environment", "cache-dir-in-proc", [*FETCH.split(), *FAST], code=3,
     words=["cache", "TRADESTATS_CACHE_DIR"], env={"TRADESTATS_CACHE_DIR": "/proc/tradestats"})  # fmt: skip
for _id, _url in [
    ("no-scheme", "notaurl"),
    ("ftp", "ftp://example.org"),
    ("no-host", "http://"),
    ("file", "file:///etc/passwd"),
    ("spaces", "  "),
]:
    case("environment", f"comtrade-url-{_id}", [*FETCH.split(), *FAST],
         words=["TRADESTATS_COMTRADE_URL"], env={"TRADESTATS_COMTRADE_URL": _url})  # fmt: skip
# (the fetch command of this branch prints an empty line before the error)
case("environment", "comtrade-url-refused", [*FETCH.split(), *FAST], code=3,
     words=["202001"])  # fmt: skip
for _id, _key in [("newline", "abc\ndef"), ("space", "abc def"), ("non-ascii", "clé")]:
    case("environment", f"api-key-{_id}", [*FETCH.split(), *FAST], words=["COMTRADE_API_KEY"],
         env={"COMTRADE_API_KEY": _key})  # fmt: skip
case("environment", "config-not-toml", [*FETCH.split(), *FAST], words=["config.toml", "TOML"],
     files={"config/tradestats/config.toml": b"comtrade_api_key = \n"})  # fmt: skip
case("environment", "config-binary", [*FETCH.split(), *FAST], words=["config.toml"],
     files={"config/tradestats/config.toml": bytes(range(128, 256))})  # fmt: skip
case("environment", "config-key-newline", [*FETCH.split(), *FAST], words=["config.toml"],
     files={"config/tradestats/config.toml": b'comtrade_api_key = "a\\nb"\n'})  # fmt: skip
case("environment", "cache-manifest-damaged", [*FETCH.split(), *FAST], code=(2, 3),
     words=["manifest.json"], files={"cache/comtrade/663561ef111610bc/manifest.json": b"{garb"})  # fmt: skip


# -- usage (argparse) ------------------------------------------------------------------------

for _id, _argv, _words in [
    ("no-command", [], ["COMMAND"]),
    ("unknown-command", ["frobnicate"], ["'frobnicate'"]),
    ("unknown-option", ["compare", "--period", "2020", "--colour", "red"], ["--colour"]),
    ("compare-no-period", ["compare"], ["--period"]),
    ("compare-format", ["compare", "--period", "2020", "--format", "xml"], ["--format", "'xml'"]),
    ("compare-period-no-value", ["compare", "--period"], ["--period"]),
    ("data-versions", ["data", "china_dprk", "--versions", "x"], ["--versions", "'x'"]),
    ("data-unknown", ["data", "nope"], ["'nope'"]),
    ("data-empty-name", ["data", ""], ["''"]),
    ("data-two-names", ["data", "a", "b"], ["unrecognized arguments: b"]),
    ("fetch-no-source", ["fetch"], ["SOURCE"]),
    ("fetch-unknown-source", ["fetch", "eurostat"], ["'eurostat'"]),
    (
        "fetch-no-reporter",
        ["fetch", "comtrade", "--partner", "PRK", "--period", "2020"],
        ["--reporter"],
    ),
    ("fetch-freq", [*FETCH.split(), "--freq", "Q"], ["--freq", "'Q'"]),
    ("fetch-chunk-zero", [*FETCH.split(), "--chunk-months", "0"], ["--chunk-months", "received 0"]),
    ("fetch-chunk-word", [*FETCH.split(), "--chunk-months", "x"], ["--chunk-months", "'x'"]),
    ("fetch-chunk-13", [*FETCH.split(), "--chunk-months", "13", *FAST], ["13"]),
    ("fetch-retries-negative", [*FETCH.split(), "--max-retries", "-1"], ["--max-retries"]),
    ("fetch-timeout-negative", [*FETCH.split(), "--timeout", "-1"], ["--timeout", "-1"]),
    ("fetch-timeout-nan", [*FETCH.split(), "--timeout", "nan"], ["--timeout", "nan"]),
    ("fetch-timeout-inf", [*FETCH.split(), "--timeout", "inf"], ["--timeout", "inf"]),
    ("fetch-backoff-negative", [*FETCH.split(), "--backoff", "-2"], ["--backoff"]),
    ("fetch-as-of-word", [*FETCH.split(), "--as-of", "garbage"], ["--as-of", "'garbage'"]),
    ("fetch-as-of-month-13", [*FETCH.split(), "--as-of", "2024-13-01"], ["--as-of"]),
    ("fetch-flow-empty", [*FETCH.split(), "--flow", "", *FAST], ["flow"]),
    ("fetch-flow-unknown", [*FETCH.split(), "--flow", "Q", *FAST], ["'Q'"]),
    ("fetch-cmd-empty", [*FETCH.split(), "--cmd", "", *FAST], ["cmd"]),
    ("fetch-cmd-letters", [*FETCH.split(), "--cmd", "ab", *FAST], ["cmd"]),
    ("read-no-file", ["read"], ["file"]),
    ("read-flow-unknown", ["read", "x.csv", "--flow", "sideways"], ["--flow", "'sideways'"]),
    ("report-no-action", ["report"], ["ACTION"]),
    ("report-unknown-action", ["report", "publish"], ["'publish'"]),
    ("ambiguous-option", ["compare", "--p", "2020"], ["--p"]),
]:
    case("usage", _id, _argv, words=_words)

# -- output files (--out) --------------------------------------------------------------------

for _id, _out, _words in [
    ("txt", "x.txt", ["--out", "'x.txt'"]),
    ("no-extension", "x", ["--out", "'x'"]),
    ("folder", "sub.csv", ["--out", "'sub.csv'"]),
    ("missing-folder", "nope/x.csv", ["--out", "'nope'"]),
    ("empty", "", ["--out", "''"]),
    ("inside-file", "f/x.csv", ["--out", "'f'"]),
]:
    case("out", f"read-{_id}", ["read", "x.gz", "--out", _out], words=_words,
         files={"x.gz": GOOD_BULK, "sub.csv/k": b"", "f": b""})  # fmt: skip
    case("out", f"fetch-{_id}", [*FETCH.split(), "--out", _out, *FAST], words=_words,
         files={"sub.csv/k": b"", "f": b""})  # fmt: skip
# a file that is neither kind: said so, not "give --flow" (with or without --flow)
case("file", "read-neither-kind", ["read", "notes.txt"], words=["notes.txt", "neither"],
     files={"notes.txt": b"root:x:0:0:root:/root:/bin/bash\nnobody:x:65534\n"})  # fmt: skip
case("file", "read-neither-kind-with-flow", ["read", "notes.txt", "--flow", "export"],
     words=["notes.txt", "neither"], files={"notes.txt": b"# a note\nsome text\n"})  # fmt: skip
case("out", "read-unwritable", ["read", "x.gz", "--out", "/proc/x.csv"], code=3,
     words=["'/proc/x.csv'"], files={"x.gz": GOOD_BULK})  # fmt: skip


ALL = [(cat, c) for cat, cases in CASES.items() for c in cases]


def _param(cat: str, c: Case):  # noqa: ANN202
    return pytest.param(c, id=f"{cat}/{c.id}")


# -- running a case --------------------------------------------------------------------------


def run_case(
    c: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> tuple[int, str, str]:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRADESTATS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TRADESTATS_COMTRADE_URL", "http://127.0.0.1:9")  # discard port: refused
    monkeypatch.delenv("COMTRADE_API_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name, value in c.env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    for name, content in c.files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    stdin = c.stdin if c.stdin is not None else b""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(list(c.argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("c", [_param(cat, c) for cat, c in ALL])
def test_bad_input(c: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # noqa: ANN001
    code, out, err = run_case(c, tmp_path, monkeypatch, capsys)
    detail = f"exit {code}; stderr: {err!r}"
    assert "Traceback" not in err, detail
    assert out == "", f"stdout {out[:200]!r}; {detail}"
    lines = err.splitlines()
    assert len(lines) == 1, detail
    assert lines[0].startswith("tradestats: error: "), detail
    assert code in (c.code if isinstance(c.code, tuple) else (c.code,)), detail
    for word in c.words:
        assert word in lines[0], f"{word!r} not named; {detail}"


def test_corpus_is_large_and_covers_every_category() -> None:
    # the issue asks for at least 200 bad inputs across these kinds
    assert len(ALL) >= 200
    assert {
        "periods", "countries", "csv", "encodings", "compressed", "reports", "texts",
        "environment", "usage", "out", "files",
    } <= set(CASES)  # fmt: skip
    assert len({(cat, c.id) for cat, c in ALL}) == len(ALL)  # ids are unique


# -- bad calls in Python: the package's own errors, one line each ----------------------------

_PY: list[tuple[str, object, str]] = []  # (id, call, word)


def py(id: str, call: object, word: str) -> None:
    _PY.append((id, call, word))


def _ts():  # noqa: ANN202
    import tradestats

    return tradestats


py("parse_span-int", lambda: _ts().parse_span(5), "period")
py("parse_span-none", lambda: _ts().parse_span(None), "period")
py("span-none", lambda: _ts().Span(None, None), "start")
py("span-int", lambda: _ts().Span(2020, 2020), "start")
py("span-backwards", lambda: _ts().Span("2020-05", "2020-01"), "end")
py("span-year-str", lambda: _ts().Span.year("x"), "year")
py("span-shift-str", lambda: _ts().Span("2020-01", "2020-02").shift("x"), "years")
py("load_dataset-int", lambda: _ts().load_dataset(5), "5")
py("load_dataset-versions", lambda: _ts().load_dataset("china_dprk", versions=None), "versions")
py("load_code_list-unknown", lambda: _ts().load_code_list("nope"), "'nope'")
py("resolve_country-none", lambda: _ts().resolve_country(None), "country")
py("resolve_country-unknown", lambda: _ts().resolve_country("Narnia"), "'Narnia'")
py("format_usd-str", lambda: _ts().format_usd("x"), "value")
py("format_usd-none", lambda: _ts().format_usd(None), "value")
py("format_usd-bool", lambda: _ts().format_usd(True), "value")
py("format_usd-nan", lambda: _ts().format_usd(float("nan")), "finite")
py("format_usd-scale", lambda: _ts().format_usd(1, scale="x"), "scale")
py("format_pct-str", lambda: _ts().format_pct("x"), "value")
py("format_pct-inf", lambda: _ts().format_pct(float("inf")), "finite")
py("format_pct-negative-decimals", lambda: _ts().format_pct(1.0, decimals=-1), "decimals")
py("format_pct-float-decimals", lambda: _ts().format_pct(1.0, decimals=1.5), "decimals")
py("compare-period-word", lambda: _ts().compare("x", "y"), "'x'")
py("compare-period-int", lambda: _ts().compare(2020, 2019), "period")
py("compare-reporter-none", lambda: _ts().compare("2020", "2019", reporter=None), "reporter")
py("validate_table-int", lambda: _ts().validate_table(5), "table")
py("validate_table-empty", lambda: _ts().validate_table(__import__("pandas").DataFrame()),
   "reporter")  # fmt: skip
py("values-period-int", lambda: _ts().values(_ts().load_dataset("china_dprk"), 5), "period")
py("compare-table-int", lambda: _ts().compare("2020", table=5), "table")
py("compare-table-empty", lambda: _ts().compare("2020", table=__import__("pandas").DataFrame()),
   "reporter")  # fmt: skip
py("coverage-int", lambda: _ts().coverage(5), "table")
py("coverage-empty", lambda: _ts().coverage(__import__("pandas").DataFrame()), "reporter")
py("read_table-none", lambda: _ts().read_table(None), "path")
py("read_table-int", lambda: _ts().read_table(5), "path")
py("read_comtrade_bulk-missing", lambda: _ts().read_comtrade_bulk("/nonexistent/x.gz"),
   "/nonexistent/x.gz")  # fmt: skip
py("read_china_customs-missing",
   lambda: _ts().read_china_customs("/nonexistent/x.csv", flow="export"), "/nonexistent/x.csv")  # fmt: skip
py("check_text-none", lambda: _ts().check_text(None), "text")
py("check_text-int", lambda: _ts().check_text(5), "text")
py("check_text-data-int", lambda: _ts().check_text("Exports rose 5% in 2019.", data=5), "data")


@pytest.mark.parametrize(
    ("call", "word"),
    [pytest.param(call, word, id=f"python/{id}") for id, call, word in _PY],
)
def test_bad_python_call(call, word: str) -> None:  # noqa: ANN001
    from tradestats.errors import TradestatsError

    with pytest.raises(TradestatsError) as err:
        call()
    message = str(err.value)
    assert "\n" not in message and word in message, message


def test_corpus_with_python_calls_is_over_200() -> None:
    assert len(ALL) + len(_PY) >= 230


# -- duplicates are dropped with a warning, never summed -------------------------------------


def test_identical_rows_in_a_china_customs_export_are_not_summed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # noqa: ANN001
    c = Case("cc-triple", ("read", "x.csv", "--flow", "export", "--out", "t.csv"), 0,
             files={"x.csv": cc(CC_ROW, CC_ROW, CC_ROW)})  # fmt: skip
    code, out, err = run_case(c, tmp_path, monkeypatch, capsys)
    assert code == 0, err
    table = (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()
    # CC_ROW says "1,000" US dollars; three copies of it are one row of 1000, not 3000
    assert len(table) == 2 and ",1000," in table[1], table
    assert err and all(line.startswith("tradestats: warning: ") for line in err.splitlines())


def test_identical_rows_in_a_user_table_are_not_summed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # noqa: ANN001
    rows = ("CHN,PRK,export,2020-01,1000", "CHN,PRK,export,2020-01,1000",
            "CHN,PRK,export,2019-01,500")  # fmt: skip
    c = Case("data-twice", ("compare", "--period", "2020-01", "--data", "x.csv", "--format",
             "csv"), 0, files={"x.csv": csv(*rows)})  # fmt: skip
    code, out, err = run_case(c, tmp_path, monkeypatch, capsys)
    assert code == 0, err
    export = next(line for line in out.splitlines() if ",export," in line)
    # the file gives January 2020 as $1,000 twice: the value is 1000, the change +100%
    assert ",1000,500,500,100.0," in export, export
    assert err and all(line.startswith("tradestats: warning: ") for line in err.splitlines())


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="permissions do not bind root"
)  # fmt: skip
def test_an_unwritable_cache_folder_is_an_outside_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # noqa: ANN001
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        c = Case("cache-read-only", (*FETCH.split(), *FAST), 3,
                 env={"TRADESTATS_CACHE_DIR": str(locked / "cache")})  # fmt: skip
        code, out, err = run_case(c, tmp_path, monkeypatch, capsys)
    finally:
        locked.chmod(0o700)
    assert code == 3 and len(err.splitlines()) == 1, err
    assert "TRADESTATS_CACHE_DIR" in err and "Permission denied" in err


def test_a_gbk_export_with_a_utf8_bom_is_read_or_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # noqa: ANN001
    # a GBK file that an editor prefixed with a UTF-8 BOM: issue 11 saw a traceback
    raw = b"\xef\xbb\xbf" + cc(CC_ROW_ZH, head=CC_HEAD_ZH, encoding="gbk")
    c = Case("cc-gbk-bom", ("read", "x.csv", "--flow", "export"), 0, files={"x.csv": raw})
    code, out, err = run_case(c, tmp_path, monkeypatch, capsys)
    assert code in (0, 2) and "Traceback" not in err, err
    if code == 0:  # read: the row's 1,000 US dollars
        assert " 1000 " in out, out
    else:
        assert len(err.splitlines()) == 1 and "x.csv" in err, err
