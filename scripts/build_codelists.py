"""Build the bundled code lists in datasets/codes/ from their raw inputs.

Inputs (all in ``datasets/raw/codes/``, kept in the repository):

- ``iso3166-1.json``: ISO 3166-1 (alpha-2, alpha-3, numeric, names), the Debian iso-codes data
  as shipped in pycountry 26.2.16 (LGPL-2.1).
- ``comtrade_partner_areas.csv``, ``comtrade_reporter_areas.csv`` (+ ``comtrade_areas_README.md``):
  UN Comtrade's partner (310) and reporter (255) area lists with ISO codes, groups, nes areas,
  historic codes and the years each code is valid, as served by the Comtrade API's reference
  files on 2025-06-05 and cached by rOpenSci's comtradr.
- ``gacc_partner_codes.csv`` (+ ``gacc_partner_codes_README.md``): the 273 China Customs (GACC)
  trading-partner codes with Chinese and English names and hand-assigned ISO3, cross-checked
  between independent sources.
- The alias and flow tables below, transcribed from the project's code-list reference.

Outputs:

- ``datasets/codes/countries.csv``: one row per ISO 3166-1 country (plus ``WLD``, the world) with
  its current UN Comtrade area code and China Customs code.
- ``datasets/codes/areas.csv``: every Comtrade and China Customs area code, one row per
  (system, code): the ``area`` id that tradestats tables use for it (an ISO3; a withdrawn ISO 3166-3
  code such as ``SUN`` or ``DDR`` for historic areas; ``CT<code>`` for a Comtrade area that is not
  a country, e.g. ``CT899`` Areas, nes, ``CT837`` Bunkers, ``CT412`` Kosovo, ``CT97`` European
  Union; ``CC<code>`` for a China Customs code with no ISO3, e.g. ``CC210`` Ceuta), its kind
  (country, historic, world, group, nes, special, other, territory, unknown) and validity years.
  Non-country areas are never mapped to a country.
- ``datasets/codes/flows.csv``, ``hs_versions.csv``, ``qty_units.csv`` (Comtrade quantity units).

Run from the repository root: ``python scripts/build_codelists.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "datasets" / "raw" / "codes"
OUT = ROOT / "datasets" / "codes"

# Comtrade reports Taiwan as 490 "Other Asia, nes" (code-list reference §1b: "in practice only
# Taiwan"); 158 is Taiwan in the partner list. tradestats has always read 490 as TWN.
TAIWAN_490 = "TWN"
# Areas with no UN M49 code although ISO gives a numeric one (§1: Taiwan).
NO_M49 = {"TWN"}
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
# China Customs codes of areas that no longer exist, whose withdrawn ISO 3166-3 code the partner
# list's README names (gacc_partner_codes_README.md, "Historic or split entities").
GACC_WITHDRAWN_ISO = {"349": "SCG", "449": "ANT"}
# Comtrade areas that are neither countries nor regional residuals (code-list reference §1b).
SPECIAL = {"837", "838", "839"}

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
# Comtrade quantity units (code-list reference §6; codes 26-35 are listed there only as a group,
# so they are left out rather than matched up by position). -1 and legacy 1: no quantity.
QTY_UNITS = [
    (-1, "N/A"), (1, "N/A"), (2, "m²"), (3, "1000 kWh"), (4, "m"), (5, "u"), (6, "2u"), (7, "l"), (8, "kg"),
    (9, "1000u"), (10, "U (jeu/pack)"), (11, "12u"), (12, "m³"), (13, "carat"), (14, "km"), (15, "g"),
    (16, "hive"), (17, "1000 m³"), (18, "TJ"), (19, "BBL"), (20, "1000 L"), (21, "1000 KG"), (22, "kWH"),
    (23, "l alc 100%"), (24, "head"), (25, "kg/net eda"), (36, "ct/l"), (37, "Bq"), (38, "gi F/S"),
    (39, "GRT"), (40, "GT"), (41, "ce/el"),
]  # fmt: skip
AREA_COLUMNS = ["system", "code", "area", "kind", "name", "name_zh", "given_iso3", "entry_year",
                "exit_year", "reporter", "partner", "note"]  # fmt: skip


def _read(name: str) -> list[dict[str, str]]:
    with (RAW / name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def comtrade_areas(iso: set[str]) -> list[dict[str, object]]:
    """One row per Comtrade area code, from the partner and reporter lists."""
    partners = {r["comtrade_code"]: r for r in _read("comtrade_partner_areas.csv")}
    reporters = {r["comtrade_code"]: r for r in _read("comtrade_reporter_areas.csv")}
    rows = []
    for code in sorted(set(partners) | set(reporters), key=int):
        r = partners.get(code) or reporters[code]
        given = r["iso3"]
        group = "True" in (
            partners.get(code, {}).get("is_group"),
            reporters.get(code, {}).get("is_group"),
        )
        note = r["note"] if r["note"] != r["name"] else ""
        if code == "0":
            area, kind = "WLD", "world"
        elif code == "490":
            area, kind = TAIWAN_490, "country"
            note = "Other Asia, nes: in practice Taiwan (code-list reference §1b)"
        elif group:
            area, kind = f"CT{code}", "group"
        elif given in iso:
            area, kind = given, ("historic" if r["exit_year"] else "country")
        elif len(given) == 3 and given.isalpha() and given.isupper() and r["exit_year"]:
            area, kind = given, "historic"  # a withdrawn ISO 3166-3 code: SUN, DDR, CSK, YUG, ...
        elif code in SPECIAL:
            area, kind = f"CT{code}", "special"
        elif "nes" in r["name"].replace(",", " ").split():
            area, kind = f"CT{code}", "nes"
        else:
            area, kind = f"CT{code}", "other"  # Kosovo, Channel Islands, Sarawak, ...
        rows.append({
            "system": "comtrade", "code": code, "area": area, "kind": kind, "name": r["name"],
            "name_zh": "", "given_iso3": given, "entry_year": r["entry_year"], "exit_year": r["exit_year"],
            "reporter": code in reporters, "partner": code in partners, "note": note,
        })  # fmt: skip
    return rows


def gacc_areas() -> list[dict[str, object]]:
    """One row per China Customs partner code."""
    rows = []
    for r in _read("gacc_partner_codes.csv"):
        code, iso3, note = r["gacc_code"], r["iso3"], r["note"]
        if iso3:
            area, kind = iso3, "country"
        elif code in GACC_WITHDRAWN_ISO:
            area, kind = GACC_WITHDRAWN_ISO[code], "historic"
        else:
            area = f"CC{code}"
            if not r["name_en"]:
                kind = "unknown"
            elif code.endswith("99") or code == "701":
                kind = "nes"
            elif code in ("702", "999"):
                kind = "special"
            elif "historic" in note:
                kind = "historic"
            else:
                kind = "territory"
        name = r["name_en"] or f"China Customs partner {code} (name not known)"
        rows.append({
            "system": "gacc", "code": code, "area": area, "kind": kind, "name": " ".join(name.split()),
            "name_zh": r["name_zh"], "given_iso3": iso3, "entry_year": "", "exit_year": "",
            "reporter": False, "partner": True, "note": note,
        })  # fmt: skip
    return rows


def current_comtrade_code(areas: list[dict[str, object]]) -> dict[str, int]:
    """ISO3 → the Comtrade code in use now (a reporter code without an end year)."""
    out: dict[str, int] = {}
    for a in areas:
        if a["kind"] == "country" and not a["exit_year"]:
            iso3, code = str(a["area"]), int(str(a["code"]))
            # prefer the reporter code (842 USA, 251 France) over partner-only ones (840, 250)
            if iso3 not in out or (a["reporter"] and code != 158):
                out[iso3] = code
    return out


def main() -> None:
    records = json.loads((RAW / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    iso = {r["alpha_3"] for r in records}
    ct = comtrade_areas(iso)
    cc = gacc_areas()
    ct_code = current_comtrade_code(ct)
    cc_code: dict[str, int] = {}
    for a in cc:
        if a["kind"] == "country":
            cc_code.setdefault(str(a["area"]), int(str(a["code"])))  # BES: 409 (436 Saba too)
    rows = []
    for r in sorted(records, key=lambda r: r["alpha_3"]):
        iso3 = r["alpha_3"]
        numeric = int(r["numeric"])
        names = [r["name"], r.get("common_name"), r.get("official_name"), *ALIASES.get(iso3, [])]
        aliases = list(dict.fromkeys(n for n in names if n))
        rows.append({
            "iso3": iso3, "iso2": r["alpha_2"], "m49": "" if iso3 in NO_M49 else numeric,
            "comtrade_code": ct_code.get(iso3, ""), "cc_code": cc_code.get(iso3, ""),
            "name": r.get("common_name") or r["name"], "aliases": "|".join(aliases),
        })  # fmt: skip
    rows.append({"iso3": "WLD", "iso2": "", "m49": "", "comtrade_code": 0, "cc_code": "",
                 "name": "World", "aliases": "World|W00|the world"})  # fmt: skip
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "countries.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with (OUT / "areas.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=AREA_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(ct + cc)
    with (OUT / "flows.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "system", "flow", "text"])
        w.writerows(FLOWS)
    with (OUT / "qty_units.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "abbr"])
        w.writerows(QTY_UNITS)
    with (OUT / "hs_versions.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "edition", "in_force_from"])
        w.writerows(HS_VERSIONS)
    print(f"wrote {len(rows)} countries, {len(ct)} Comtrade and {len(cc)} China Customs area codes, "
          f"{len(FLOWS)} flow codes, {len(HS_VERSIONS)} HS versions")  # fmt: skip


if __name__ == "__main__":
    main()
