"""Build the bundled code lists in datasets/codes/ from their raw inputs.

Inputs:
- ``datasets/raw/codes/iso3166-1.json``: ISO 3166-1 (alpha-2, alpha-3, numeric, names), the
  Debian iso-codes data as shipped in pycountry 26.2.16 (LGPL-2.1).
- The tables below, transcribed from the project's code-list reference (UN Comtrade reference
  tables as copied by ropensci/comtradr; China Customs partner lists as copied by
  sherrisherry/CNprj and turbanisch/chinautils). Only codes stated there are listed: a China
  Customs code not below is unknown to tradestats, never guessed.

Outputs: ``datasets/codes/countries.csv``, ``flows.csv``, ``hs_versions.csv``.
Run from the repository root: ``python scripts/build_codelists.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "datasets" / "raw" / "codes" / "iso3166-1.json"
OUT = ROOT / "datasets" / "codes"

# Comtrade area codes that differ from ISO numeric / M49 (code-list reference §1a, §1b).
COMTRADE_EXCEPTIONS = {"USA": 842, "FRA": 251, "CHE": 757, "NOR": 579, "IND": 699, "TWN": 490}
# Areas with no UN M49 code although ISO gives a numeric one (§1: Taiwan).
NO_M49 = {"TWN"}
# China Customs partner codes stated in the reference (§4); unrelated to M49 and Comtrade codes.
CC_CODES = {
    "PRK": 109, "HKG": 110, "JPN": 116, "MAC": 121, "KOR": 133, "CHN": 142, "TWN": 143,
    "RUS": 344, "USA": 502, "TGO": 248, "GHA": 220, "BEN": 203, "ETH": 217, "BFA": 251,
    "UGA": 250, "KEN": 224, "NGA": 236, "BOL": 408, "BRA": 410, "DEU": 304, "MNG": 124,
    "VGB": 446,
}  # fmt: skip
# Names used by statistics offices and the press, in English, Chinese and Korean (§1e and §4).
ALIASES = {
    "PRK": ["North Korea", "DPRK", "D.P.R.K.", "N. Korea", "N Korea", "Korea, Dem. People's Rep.",
            "Dem. People's Rep. of Korea", "Democratic People's Republic of Korea", "Korea, Dem. Rep.",
            "Korea DPR", "Korea,DPR", "D.P.R. of Korea", "DPR of Korea", "朝鲜", "朝鲜民主主义人民共和国",
            "북한", "조선", "조선민주주의인민공화국"],
    "KOR": ["South Korea", "Korea, Rep.", "Rep. of Korea", "Republic of Korea", "Korea, Republic of",
            "ROK", "韩国", "한국", "대한민국"],
    "CHN": ["China", "PRC", "People's Republic of China", "中国", "중국"],
    "USA": ["United States", "US", "U.S.", "USA", "America", "United States of America", "美国", "미국"],
    "HKG": ["Hong Kong", "China, Hong Kong SAR", "Hong Kong，China", "中国香港", "香港"],
    "MAC": ["Macao", "Macau", "China, Macao SAR", "Macau，China", "中国澳门", "澳门"],
    "TWN": ["Taiwan", "Other Asia, nes", "Taiwan，China", "中国台湾", "台湾"],
    "RUS": ["Russia", "Russian Federation", "俄罗斯", "俄罗斯联邦", "러시아"],
    "JPN": ["Japan", "日本", "일본"],
}  # fmt: skip

FLOWS = [
    # code, system, canonical flow, text (code-list reference §2)
    ("X", "comtrade", "export", "Export"), ("M", "comtrade", "import", "Import"),
    ("RX", "comtrade", "", "Re-export"), ("RM", "comtrade", "", "Re-import"),
    ("DX", "comtrade", "", "Domestic Export"), ("FM", "comtrade", "", "Foreign Import"),
    ("MIP", "comtrade", "", "Import of goods for inward processing"),
    ("MOP", "comtrade", "", "Import of goods after outward processing"),
    ("XIP", "comtrade", "", "Export of goods after inward processing"),
    ("XOP", "comtrade", "", "Export of goods for outward processing"),
    ("1", "comtrade_legacy", "import", "Imports"), ("2", "comtrade_legacy", "export", "Exports"),
    ("3", "comtrade_legacy", "", "Re-Exports"), ("4", "comtrade_legacy", "", "Re-Imports"),
    ("0", "china_customs_ietype", "export", "出口 export"), ("1", "china_customs_ietype", "import", "进口 import"),
]  # fmt: skip
HS_VERSIONS = [("H0", "HS 1988/92", 1988), ("H1", "HS 1996", 1996), ("H2", "HS 2002", 2002),
               ("H3", "HS 2007", 2007), ("H4", "HS 2012", 2012), ("H5", "HS 2017", 2017),
               ("H6", "HS 2022", 2022)]  # fmt: skip


def main() -> None:
    records = json.loads(RAW.read_text(encoding="utf-8"))["3166-1"]
    rows = []
    for r in sorted(records, key=lambda r: r["alpha_3"]):
        iso3 = r["alpha_3"]
        numeric = int(r["numeric"])
        names = [r["name"], r.get("common_name"), r.get("official_name"), *ALIASES.get(iso3, [])]
        aliases = list(dict.fromkeys(n for n in names if n))
        rows.append({
            "iso3": iso3, "iso2": r["alpha_2"], "m49": "" if iso3 in NO_M49 else numeric,
            "comtrade_code": COMTRADE_EXCEPTIONS.get(iso3, numeric), "cc_code": CC_CODES.get(iso3, ""),
            "name": r.get("common_name") or r["name"], "aliases": "|".join(aliases),
        })  # fmt: skip
    rows.append({"iso3": "WLD", "iso2": "", "m49": "", "comtrade_code": 0, "cc_code": "",
                 "name": "World", "aliases": "World|W00|the world"})  # fmt: skip
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "countries.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with (OUT / "flows.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "system", "flow", "text"])
        w.writerows(FLOWS)
    with (OUT / "hs_versions.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "edition", "in_force_from"])
        w.writerows(HS_VERSIONS)
    print(f"wrote {len(rows)} countries, {len(FLOWS)} flow codes, {len(HS_VERSIONS)} HS versions")


if __name__ == "__main__":
    main()
