# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/heldout4.jsonl: a fourth held-out labelled set, written blind.

    python benchmarks/claims/build_heldout4.py           # write heldout4.jsonl, print the counts
    python benchmarks/claims/build_heldout4.py --check   # only compare with the committed file

The sentences here were written for a fourth held-out measurement of the claim checker, without
looking at the checker's code, at its output on these sentences, or at the sentences of
``suite.jsonl``, ``heldout.jsonl``, ``heldout2.jsonl``, ``heldout3.jsonl`` or the dev set. They
imitate other outlets' habits than the earlier sets lean on: terse Bloomberg-style copy, AFP/AP
wire leads, NK News and Yonhap datelines, VOA/RFA/KBS scripts read aloud, Xinhua and Global Times
copy translated from Chinese, Korean ministry and think-tank briefs with figures in parentheses,
bullet points and table lines, and headlines.

Figures come from the preferred rows of datasets/china_dprk.csv through ``gold.py``, rounded as
writers round them, or deliberately altered (a ``note`` says how). Every verdict is computed by
``gold.py`` from the data alone, never by tradestats.check. Figures about other pairs or in yuan
are written as a reporter would quote them; they are labelled unverifiable because the data hold
no such series, and they are not checked against any source.
"""

from __future__ import annotations

from pathlib import Path

from heldoutlib import (
    FD,
    NC,
    ST,
    SU,
    A,
    B,
    C,
    H,
    L,
    R,
    S,
    ago,
    chg,
    m,
    other,
    pc,
    prev,
    said,
    setup,
    usd,
    word,
    write,
)
from suitelib import Num, claim, cum, sp, yr

setup(
    "H4-",
    [
        "China's customs bureau breaks its monthly trade figures down by partner, North Korea among them.",
        "The numbers come from Beijing's customs administration and concern commerce with North Korea.",
        "Chinese customs releases a country-by-country table each month that includes North Korea.",
    ],
)


def bn(x, dec=2, tmpl="${} billion"):
    """A figure in billions of dollars, rounded from the datum (or a written mantissa)."""
    return usd(tmpl, x, "billion", dec)


def mn(x, dec=1, tmpl="${} million"):
    """A figure in millions of dollars, rounded from the datum (or a written mantissa)."""
    return usd(tmpl, x, "million", dec)


def ch(tmpl, flow, span, base, dec=1):
    """A change recomputed from two levels, rounded as written."""
    return pc(tmpl, chg(flow, span, base), dec)


def neg(surface, value, dec, scale):
    """A written money figure whose gold value is negative (a fall, a deficit on China's side)."""
    return Num(surface, value, dec, scale)


def times(surface, value, dec=1, **kw):
    """A multiple written as a number ("2.3-fold", "2.2 times")."""
    return word(surface, value, dec)


def verbal(flow, span, base, surface, k, **kw):
    """A verbal multiple ("doubled", "more than tripled") on the nearest-rung ladder."""
    return R(flow, span, base, word(surface, k), unit="times", rung_kind="verbal", **kw)


def frac(flow, whole, span, surface, pct_value, **kw):
    """A share written as a fraction ("about two-thirds")."""
    return S(flow, whole, span, word(surface, pct_value), rung_kind="fraction", **kw)


# == cumulative periods ==========================================================================
K = "cumulative"

p = cum(2023, 6)
H(
    K,
    "wire",
    f"BEIJING, July 13 (AP) — China's shipments to North Korea totalled {mn(m('export', p), tmpl='${} million')} in the first half, up {pc('{}%', '204', 0)} from a year earlier, while purchases from the North reached {mn(m('import', p), tmpl='${} million')}, Chinese customs figures showed Thursday.",
    [
        L("export", p, mn(m("export", p))),
        C("export", p, ago(p), pc("{}%", "204", 0)),
        L("import", p, mn(m("import", p))),
    ],
    "2023-07-13",
)

p = cum(2018, 8)
H(
    K,
    "wire",
    f"North Korea's imports from China slid {pc('{}%', '-38.9')} to {bn(m('export', p))} in January-August; its exports to China plunged {pc('{}%', '-89.3')} to {mn(m('import', p))}.",
    [
        C("export", p, ago(p), pc("{}%", "-38.9")),
        L("export", p, bn(m("export", p))),
        C("import", p, ago(p), pc("{}%", "-89.3")),
        L("import", p, mn(m("import", p))),
    ],
    "2018-09-20",
)

p = cum(2024, 7)
H(
    K,
    "thinktank",
    f"In the January–July period of 2024, China–DPRK trade amounted to {bn(m('total', p), tmpl='US${} billion')} (down {pc('{}%', '-8.4')} on the same period of 2023), comprising Chinese exports of {mn(m('export', p), 0, 'US${} million')} ({pc('−{}%', '-13.3')}) and imports of {mn(m('import', p), 0, 'US${} million')} ({pc('+{}%', '24', 0)}).",
    [
        L("total", p, bn(m("total", p), tmpl="US${} billion")),
        C("total", p, ago(p), pc("{}%", "-8.4")),
        L("export", p, mn(m("export", p), 0, "US${} million")),
        C("export", p, ago(p), pc("−{}%", "-13.3")),
        L("import", p, mn(m("import", p), 0, "US${} million")),
        C("import", p, ago(p), pc("+{}%", "24", 0)),
    ],
    "2024-08-26",
)

p = cum(2020, 9)
H(
    K,
    "yonhap",
    f"SEOUL, Oct. 26 (Yonhap) -- Trade between North Korea and China for the January-September period came to {mn(m('total', p), 2, 'US${} million')}, marking a {pc('{} percent', '-72.8')} on-year drop, with the North's shipments to China falling {pc('{} percent', '-72.1')} to {mn(m('import', p), 2, 'US${} million')}.",
    [
        L("total", p, mn(m("total", p), 2, "US${} million")),
        C("total", p, ago(p), pc("{} percent", "-72.8")),
        C("import", p, ago(p), pc("{} percent", "-72.1")),
        L("import", p, mn(m("import", p), 2, "US${} million")),
    ],
    "2020-10-26",
)

p = cum(2023, 11)
H(
    K,
    "xinhua",
    f"From January to November, the total import and export value of China-DPRK trade reached {bn(m('total', p), 4, '{} billion U.S. dollars')}, a year-on-year increase of {pc('{} percent', '246.2')}, of which China's exports to the DPRK stood at {bn(m('export', p), 4, '{} billion U.S. dollars')}.",
    [
        L("total", p, bn(m("total", p), 4, "{} billion U.S. dollars")),
        C("total", p, ago(p), pc("{} percent", "246.2")),
        L("export", p, bn(m("export", p), 4, "{} billion U.S. dollars")),
    ],
    "2023-12-20",
)

p = cum(2018, 10)
H(
    K,
    "headline",
    f"China-N.Korea trade Jan-Oct: {bn(m('total', p), 2, '${} bln')}, down {pc('{}%', '-57.8')}",
    [
        L("total", p, bn(m("total", p), 2, "${} bln")),
        C("total", p, ago(p), pc("{}%", "-57.8")),
    ],
    "2018-11-23",
    note="-57.8% is the January-August change of the total; January-October's was -54.7%, so the change is wrong (the level is right).",
)

p = cum(2017, 6)
H(
    K,
    "broadcast",
    "For the first six months of the year, trade between China and North Korea grew ten-point-five percent, to two-point-five-five billion dollars, Chinese customs officials said today.",
    [
        C("total", p, ago(p), word("ten-point-five percent", "10.5", 1)),
        L("total", p, said("two-point-five-five billion dollars", "2.55", "billion", 2)),
    ],
    "2017-07-13",
)

p = cum(2017, 9)
H(
    K,
    "wire",
    f"Chinese exports to the North in the nine months to September were worth {bn(m('export', p))}, up {pc('{} percent', '20.9')}, while imports sank {pc('{} percent', '-16.7')} to {bn(m('import', p))} as the coal, iron ore and seafood bans of Resolution 2371 bit, customs data showed.",
    [
        L("export", p, bn(m("export", p))),
        C("export", p, ago(p), pc("{} percent", "20.9")),
        C("import", p, ago(p), pc("{} percent", "-16.7")),
        L("import", p, bn(m("import", p))),
    ],
    "2017-10-13",
    non=[NC("2371", "a resolution number")],
)

p = "2016-07/2016-09"
H(
    K,
    "wire",
    f"In the July-September quarter China's trade with North Korea rose {pc('{} per cent', '3.4')} from a year earlier to {bn(m('total', p), 2, '${}bn')}, with exports up {pc('{} per cent', '5.2')} at {mn(m('export', p), 0, '${}m')} and imports up {pc('{} per cent', '1.6')} at {mn(m('import', p), 0, '${}m')}.",
    [
        C("total", p, ago(p), pc("{} per cent", "3.4")),
        L("total", p, bn(m("total", p), 2, "${}bn")),
        C("export", p, ago(p), pc("{} per cent", "5.2")),
        L("export", p, mn(m("export", p), 0, "${}m")),
        C("import", p, ago(p), pc("{} per cent", "1.6")),
        L("import", p, mn(m("import", p), 0, "${}m")),
    ],
    "2016-10-13",
)

p = cum(2021, 6)
H(
    K,
    "broadcast",
    f"Bilateral trade in the first half of the year totalled just {mn(m('total', p), 2, '{} million dollars')}, eighty-four percent less than in the same period last year, Radio Free Asia has learned from Chinese customs.",
    [
        L("total", p, mn(m("total", p), 2, "{} million dollars"), hedge="just"),
        C("total", p, ago(p), word("eighty-four percent", "-84", 0)),
    ],
    "2021-07-20",
)

p = cum(2023, 3)
H(
    K,
    "headline",
    f"Q1 2023: China sold {mn(m('export', p), 1, '${}m')} to N. Korea (+{pc('{}%', '153', 0)} y/y), bought {mn(m('import', p), 1, '${}m')} (+{pc('{}%', '102', 0)})",
    [
        L("export", p, mn(m("export", p), 1, "${}m")),
        C("export", p, ago(p), pc("{}%", "153", 0)),
        L("import", p, mn(m("import", p), 1, "${}m")),
        C("import", p, ago(p), pc("{}%", "102", 0)),
    ],
    "2023-04-20",
)

p = cum(2020, 2)
H(
    K,
    "wire",
    f"In January and February combined, China's exports to North Korea came to {mn(m('export', p), 2)}, down {pc('{} percent', '-23.2')}, and imports collapsed {pc('{} percent', '-71.9')} to {mn(m('import', p), 2)}, after Pyongyang sealed the border against the coronavirus in late January.",
    [
        L("export", p, mn(m("export", p), 2)),
        C("export", p, ago(p), pc("{} percent", "-23.2")),
        C("import", p, ago(p), pc("{} percent", "-71.9")),
        L("import", p, mn(m("import", p), 2)),
    ],
    "2020-03-07",
    non=[NC("late January", "when the border closed, a date")],
)

p = cum(2024, 2)
H(
    K,
    "thinktank",
    f"• Jan–Feb 2024 two-way trade: {mn(m('total', p), 2, 'USD {} mn')} ({ch('−{}%', 'total', p, ago(p))} y/y; exports {mn(m('export', p), 2, 'USD {} mn')}, imports {mn(m('import', p), 1, 'USD {} mn')})",
    [
        L("total", p, mn(m("total", p), 2, "USD {} mn")),
        C("total", p, ago(p), ch("−{}%", "total", p, ago(p))),
        L("export", p, mn(m("export", p), 2, "USD {} mn")),
        L("import", p, mn(m("import", p), 1, "USD {} mn")),
    ],
    "2024-03-20",
)

p = cum(2023, 10)
H(
    K,
    "wire",
    f"Over the first ten months, China's exports to its isolated neighbour climbed {pc('{} percent', '179.8')} to {bn(m('export', p))}, customs data released on Monday showed.",
    [
        C("export", p, ago(p), pc("{} percent", "179.8")),
        L("export", p, bn(m("export", p))),
    ],
    "2023-11-20",
    note="179.8% is the January-September change of China's exports; January-October's was 155.2%, so the change is wrong.",
)

p = cum(2017, 8)
H(
    K,
    "wire",
    f"China-North Korea trade rose {pc('{}%', '7.5')} to {bn(m('total', p))} in the first eight months, even as Beijing said it was enforcing a ban on North Korean coal.",
    [C("total", p, ago(p), pc("{}%", "7.5")), L("total", p, bn(m("total", p)))],
    "2017-09-22",
)

p = cum(2018, 5)
H(
    K,
    "yonhap",
    f"North Korea's exports to China in the January-May period nosedived {pc('{} percent', '-87', 0)} from a year earlier to {mn(m('import', p), 1, 'US${} million')}, dragging total bilateral trade down {pc('{} percent', '-56.8')} to {mn(m('total', p), 1, 'US${} million')}, according to the General Administration of Customs.",
    [
        C("import", p, ago(p), pc("{} percent", "-87", 0)),
        L("import", p, mn(m("import", p), 1, "US${} million")),
        C("total", p, ago(p), pc("{} percent", "-56.8")),
        L("total", p, mn(m("total", p), 1, "US${} million")),
    ],
    "2018-06-25",
)

p = cum(2014, 7)
H(
    K,
    "wire",
    f"Chinese exports to North Korea edged up {pc('{}%', '1.8')} to {bn(m('export', p))} in the seven months through July, while imports slipped {pc('{}%', '-4.3')} to {bn(m('import', p))}.",
    [
        C("export", p, ago(p), pc("{}%", "1.8")),
        L("export", p, bn(m("export", p))),
        C("import", p, ago(p), pc("{}%", "-4.3")),
        L("import", p, bn(m("import", p))),
    ],
    "2014-08-22",
)

p = cum(2013, 6)
H(
    K,
    "xinhua",
    f"In the first half of 2013, China exported {bn(m('export', p), 2, '{} billion U.S. dollars')} of goods to the DPRK, a year-on-year decrease of {pc('{} percent', '-13.6')}, while imports from the DPRK rose {pc('{} percent', '5.3')} to {bn(m('import', p), 2, '{} billion U.S. dollars')}.",
    [
        L("export", p, bn(m("export", p), 2, "{} billion U.S. dollars")),
        C("export", p, ago(p), pc("{} percent", "-13.6")),
        C("import", p, ago(p), pc("{} percent", "5.3")),
        L("import", p, bn(m("import", p), 2, "{} billion U.S. dollars")),
    ],
    "2013-07-19",
)

p = cum(2019, 6)
H(
    K,
    "thinktank",
    f"First-half figures for 2019 show a modest recovery: exports {bn(m('export', p), 2)} (+{pc('{}%', '15.5')} on H1 2018), imports {mn(m('import', p), 1)} (+{pc('{}%', '21', 0)}).",
    [
        L("export", p, bn(m("export", p), 2)),
        C("export", p, ago(p), pc("{}%", "15.5")),
        L("import", p, mn(m("import", p), 1)),
        C("import", p, ago(p), pc("{}%", "21", 0)),
    ],
    "2019-07-24",
    note="imports in H1 2019 rose 12% (published, and 108.4/107.3 recomputed is +1.0%); the 21% is transposed digits, so wrong.",
)

p = cum(2024, 6)
H(
    K,
    "wire",
    f"Two-way trade for the six months ended June shrank {pc('{}%', '-8', 0)} to {mn(m('total', p), 0)}, Chinese customs said.",
    [C("total", p, ago(p), pc("{}%", "-8", 0)), L("total", p, mn(m("total", p), 0))],
    "2024-07-20",
)

# == two figures in one clause ===================================================================
K = "two_figures"

H(
    K,
    "broadcast",
    "Chinese exports to the North slumped from sixty-five-point-nine million dollars in July to nineteen-point-three million in August, a drop of more than seventy percent in a single month.",
    [
        L(
            "export",
            sp("2020-07"),
            said("sixty-five-point-nine million dollars", "65.9", "million", 1),
        ),
        L(
            "export",
            sp("2020-08"),
            said("nineteen-point-three million", "19.3", "million", 1),
            direction="down",
            base=sp("2020-07"),
        ),
        C(
            "export",
            sp("2020-08"),
            sp("2020-07"),
            word("seventy percent", "-70", 0),
            hedge="more than",
        ),
    ],
    "2020-09-18",
)

p = sp("2023-04")
H(
    K,
    "wire",
    f"Exports and imports stood at {mn(m('export', p), 2)} and {mn(m('import', p), 1)}, respectively, in April, the customs administration said on its website.",
    [L("export", p, mn(m("export", p), 2)), L("import", p, mn(m("import", p), 1))],
    "2023-05-20",
    context="China's trade with North Korea kept growing in the spring.",
)

H(
    K,
    "wire",
    f"The value of goods China shipped across the border in May, {mn(m('export', sp('2022-05')), 2, '{} million dollars')}, was a fraction of April's {mn(m('export', sp('2022-04')), 2, '{} million')}, as a COVID-19 outbreak in Dandong halted the freight trains.",
    [
        L("export", sp("2022-05"), mn(m("export", sp("2022-05")), 2, "{} million dollars")),
        L("export", sp("2022-04"), mn(m("export", sp("2022-04")), 2, "{} million")),
    ],
    "2022-06-20",
    non=[NC("COVID-19", "the name of a disease")],
    context="China's exports to North Korea fell sharply in May.",
)

H(
    K,
    "yonhap",
    f"Imports from North Korea jumped to {mn(m('import', sp('2023-04')), 1, 'US${} million')} in April this year from {mn(m('import', sp('2022-04')), 2, 'US${} million')} a year earlier.",
    [
        L(
            "import",
            sp("2023-04"),
            mn(m("import", sp("2023-04")), 1, "US${} million"),
            direction="up",
            base=sp("2022-04"),
        ),
        L("import", sp("2022-04"), mn(m("import", sp("2022-04")), 2, "US${} million")),
    ],
    "2023-05-22",
    context="China's imports of North Korean goods have recovered.",
)

H(
    K,
    "wire",
    "In June, China's exports and imports were $29.5 million and $154.7 million respectively.",
    [
        L("export", sp("2023-06"), mn("29.5")),
        L("import", sp("2023-06"), mn("154.7")),
    ],
    "2023-07-20",
    context="Beijing's customs office updated its North Korea figures on Thursday.",
    note="the two figures are swapped: June 2023 exports were $154.7 million and imports $29.5 million, so both are wrong.",
)

H(
    K,
    "wire",
    f"Between September and October, China's exports to North Korea jumped from {mn(m('export', sp('2022-09')), 2)} to {mn(m('export', sp('2022-10')), 2)}, as demand for building materials picked up.",
    [
        L("export", sp("2022-09"), mn(m("export", sp("2022-09")), 2)),
        L(
            "export",
            sp("2022-10"),
            mn(m("export", sp("2022-10")), 2),
            direction="up",
            base=sp("2022-09"),
        ),
    ],
    "2022-11-18",
)

H(
    K,
    "headline",
    f"China–North Korea trade more than doubles to {bn(m('total', yr(2023)), 1, '${}bn')} in 2023 from {bn(m('total', yr(2022)), 2, '${}bn')}",
    [
        L("total", yr(2023), bn(m("total", yr(2023)), 1, "${}bn"), direction="up", base=yr(2022)),
        L("total", yr(2022), bn(m("total", yr(2022)), 2, "${}bn")),
        R(
            "total",
            yr(2023),
            yr(2022),
            word("more than doubles", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
    ],
    "2024-01-18",
)

H(
    K,
    "wire",
    f"China's exports to the North came to {bn(m('export', yr(2024)), 2)} last year, down from {bn(m('export', yr(2023)), 1)} in 2023.",
    [
        L("export", yr(2024), bn(m("export", yr(2024)), 2), direction="down", base=yr(2023)),
        L("export", yr(2023), bn(m("export", yr(2023)), 1)),
    ],
    "2025-01-20",
)

H(
    K,
    "wire",
    "Chinese imports of North Korean goods fell to $14.2 million in September from $18.78 million in July, the data showed.",
    [
        L("import", sp("2022-09"), mn("14.2"), direction="down", base=sp("2022-07")),
        L("import", sp("2022-07"), mn("18.78", 2)),
    ],
    "2022-10-20",
    note="$18.78 million was August's figure, not July's ($12.0 million): the second figure is wrong; September's $14.2 million is right, but the fall it claims is from July, the base the text names, and July ($12.0 million) was lower: the direction is wrong too.",
)

p = sp("2017-10")
H(
    K,
    "wire",
    f"Total trade dropped {pc('{} percent', '-20', 0)} to {mn(m('total', p), 1)} in October from {mn(m('total', prev(p)), 2)} in September, the month of the North's sixth nuclear test.",
    [
        C("total", p, prev(p), pc("{} percent", "-20", 0)),
        L("total", p, mn(m("total", p), 1), direction="down", base=prev(p)),
        L("total", prev(p), mn(m("total", prev(p)), 2)),
    ],
    "2017-11-23",
    non=[NC("sixth", "the ordinal of a nuclear test")],
    context="China's trade with North Korea shrank again last month as sanctions tightened.",
)

H(
    K,
    "wire",
    f"China's exports to North Korea were {mn(m('export', sp('2025-11')), 1)} in November and {mn(m('export', sp('2025-12')), 1)} in December.",
    [
        L("export", sp("2025-11"), mn(m("export", sp("2025-11")), 1)),
        L("export", sp("2025-12"), mn(m("export", sp("2025-12")), 1)),
    ],
    "2026-01-20",
)

p = sp("2024-04")
H(
    K,
    "thinktank",
    f"North Korea bought {mn(m('export', p), 1)} of Chinese goods in April and sold {mn(m('import', p), 2)} in return, according to GACC figures.",
    [L("export", p, mn(m("export", p), 1)), L("import", p, mn(m("import", p), 2))],
    "2024-05-20",
)

p = sp("2024-04")
H(
    K,
    "wire",
    f"Exports rose {pc('{} percent', '28.9')} between March and April to {mn(m('export', p), 1)}, after climbing {pc('{}%', '36.6')} between February and March.",
    [
        C("export", p, prev(p), pc("{} percent", "28.9")),
        L("export", p, mn(m("export", p), 1), direction="up", base=prev(p)),
        C("export", sp("2024-03"), sp("2024-02"), pc("{}%", "36.6")),
    ],
    "2024-05-20",
    context="China's sales to North Korea picked up through the spring of 2024.",
)

H(
    K,
    "xinhua",
    f"In 2021, China's exports to the DPRK and imports from the DPRK were {mn(m('export', yr(2021)), 2, '{} million U.S. dollars')} and {mn(m('import', yr(2021)), 2, '{} million U.S. dollars')}, down {pc('{} percent', '-47', 0)} and up {pc('{} percent', '20.7')} respectively.",
    [
        L("export", yr(2021), mn(m("export", yr(2021)), 2, "{} million U.S. dollars")),
        L("import", yr(2021), mn(m("import", yr(2021)), 2, "{} million U.S. dollars")),
        C("export", yr(2021), yr(2020), pc("{} percent", "-47", 0)),
        C("import", yr(2021), yr(2020), pc("{} percent", "20.7")),
    ],
    "2022-01-18",
)

H(
    K,
    "wire",
    f"Imports from the North in March 2023 ({mn(m('import', sp('2023-03')), 2)}) were more than double February's {mn(m('import', sp('2023-02')), 2)}, but exports of {mn(m('export', sp('2023-03')), 1)} still dwarfed them.",
    [
        L("import", sp("2023-03"), mn(m("import", sp("2023-03")), 2)),
        L("import", sp("2023-02"), mn(m("import", sp("2023-02")), 2)),
        L("export", sp("2023-03"), mn(m("export", sp("2023-03")), 1)),
        R(
            "import",
            sp("2023-03"),
            sp("2023-02"),
            word("more than double", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
    ],
    "2023-04-20",
    context="Chinese customs published March figures for its trade with North Korea on Thursday.",
)

H(
    K,
    "wire",
    f"Chinese exports to North Korea climbed to {mn(m('export', sp('2017-06')), 2)} in June from {mn('309.8', 1)} in May.",
    [
        L(
            "export",
            sp("2017-06"),
            mn(m("export", sp("2017-06")), 2),
            direction="up",
            base=sp("2017-05"),
        ),
        L("export", sp("2017-05"), mn("309.8", 1)),
    ],
    "2017-07-13",
    note="May 2017 exports were $319.8 million; $309.8 million is a mistyped digit, so the second figure is wrong (June's $326.85 million is right and above May).",
)

# == relative dates =================================================================================
K = "relative_dates"

p = sp("2022-10")
H(
    K,
    "wire",
    f"China's exports to North Korea rose to {mn(m('export', p), 2)} last month, more than triple the level a year earlier, customs data showed on Friday.",
    [
        L("export", p, mn(m("export", p), 2), direction="up", base=prev(p)),
        R(
            "export",
            p,
            ago(p),
            word("more than triple", "3"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
    ],
    "2022-11-18",
)

p = sp("2023-05")
H(
    K,
    "yonhap",
    f"North Korea's exports to China dropped {pc('{} percent', '-30', 0)} from the previous month to {mn(m('import', p), 2, 'US${} million')} last month, data from the General Administration of Customs of China showed Tuesday.",
    [
        C("import", p, prev(p), pc("{} percent", "-30", 0)),
        L("import", p, mn(m("import", p), 2, "US${} million"), direction="down", base=prev(p)),
    ],
    "2023-06-20",
)

H(
    K,
    "wire",
    f"Last year's trade totalled {bn(m('total', yr(2023)), 1)}, up {pc('{}%', '137', 0)} from the year before.",
    [
        L("total", yr(2023), bn(m("total", yr(2023)), 1)),
        C("total", yr(2023), yr(2022), pc("{}%", "137", 0)),
    ],
    "2024-01-18",
    context="China's trade with North Korea rebounded strongly once the border reopened.",
)

H(
    K,
    "wire",
    "Trade last year came to $539.06 million, Chinese customs said on Tuesday.",
    [L("total", yr(2021), mn("539.06", 2))],
    "2022-01-18",
    context="China's trade with North Korea fell again as the border stayed shut.",
    note="$539.06 million was 2020's total; in a January 2022 story 'last year' is 2021 ($318.04 million), so the figure is wrong.",
)

p = sp("2020-11")
H(
    K,
    "wire",
    "China shipped just $148,000 worth of goods to North Korea last month, down from $253,000 the month before, 11 months after the border closed.",
    [
        L(
            "export",
            p,
            usd("${},000", "148", "thousand", 0),
            hedge="just",
            direction="down",
            base=prev(p),
        ),
        L("export", prev(p), usd("${},000", "253", "thousand", 0)),
    ],
    "2020-12-18",
    non=[NC("11 months", "a duration")],
)

p = sp("2023-08")
H(
    K,
    "wire",
    f"August exports of {mn(m('export', p), 1)} compared with {mn(m('export', ago(p)), 2)} a year ago.",
    [L("export", p, mn(m("export", p), 1)), L("export", ago(p), mn(m("export", ago(p)), 2))],
    "2023-09-20",
    context="China's exports to North Korea have more than doubled on the year.",
)

H(
    K,
    "wire",
    f"Last month, China's exports to the North reached {mn(m('export', sp('2023-03')), 1)}, customs figures published on Friday showed.",
    [L("export", sp("2023-04"), mn(m("export", sp("2023-03")), 1))],
    "2023-05-19",
    context="Trade between China and North Korea continues to recover.",
    note="$137.9 million is March's figure; in a May 19 story 'last month' is April ($165.78 million), so it is wrong.",
)

p = sp("2022-09")
H(
    K,
    "wire",
    f"Exports in September jumped {pc('{}%', '62.5')} from the same month last year to {mn(m('export', p), 2)}.",
    [C("export", p, ago(p), pc("{}%", "62.5")), L("export", p, mn(m("export", p), 2))],
    "2022-10-20",
    context="China's trade with North Korea has been rising since the freight trains restarted.",
)

p = sp("2024-04")
H(
    K,
    "wire",
    f"April's exports of {mn(m('export', p), 1)} compare with just {mn(m('export', sp('2022-04')), 2)} two years earlier, when the Dandong freight line had barely reopened.",
    [
        L("export", p, mn(m("export", p), 1)),
        L("export", sp("2022-04"), mn(m("export", sp("2022-04")), 2), hedge="just"),
    ],
    "2024-05-20",
    context="China's exports to North Korea have recovered to pre-pandemic levels.",
)

p = sp("2021-09")
H(
    K,
    "broadcast",
    "China's imports from the North more than doubled from the previous month to fourteen-point-two-seven million dollars in September.",
    [
        R(
            "import",
            p,
            prev(p),
            word("more than doubled", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
        L("import", p, said("fourteen-point-two-seven million dollars", "14.27", "million", 2)),
    ],
    "2021-10-18",
)

H(
    K,
    "yonhap",
    f"The volume of trade between the two countries was {bn(m('total', yr(2024)), 2, 'US${} billion')} last year, compared with {bn(m('total', yr(2022)), 2, 'US${} billion')} the year before last.",
    [
        L("total", yr(2024), bn(m("total", yr(2024)), 2, "US${} billion")),
        L("total", yr(2023), bn(m("total", yr(2022)), 2, "US${} billion")),
    ],
    "2025-01-20",
    context="North Korea's trade with China shrank slightly last year after a strong rebound.",
    note="'the year before last' at a January 2025 dateline is 2023 (total $2,295.38 million); US$1.03 billion is 2022's figure, so the second claim is wrong.",
)

p = cum(2023, 10)
H(
    K,
    "wire",
    f"So far this year, through October, China's exports to North Korea total {bn(m('export', p), 2)}, already above the whole of last year.",
    [L("export", p, bn(m("export", p), 2))],
    "2023-11-20",
)

p = sp("2022-12")
H(
    K,
    "xinhua",
    f"Last December, China exported {mn(m('export', p), 2, '{} million U.S. dollars')} worth of goods to the DPRK, up {pc('{} percent', '7', 0)} month on month.",
    [
        L("export", p, mn(m("export", p), 2, "{} million U.S. dollars")),
        C("export", p, prev(p), pc("{} percent", "7", 0)),
    ],
    "2023-01-20",
)

p = sp("2024-03")
H(
    K,
    "wire",
    f"Imports from North Korea reached {mn(m('import', p), 2)} this month a year ago and {mn(m('import', sp('2024-03')), 2)} in the latest figures.",
    [L("import", sp("2023-04"), mn(m("import", p), 2)), L("import", p, mn(m("import", p), 2))],
    "2024-04-20",
    context="China's March trade figures with North Korea were released on Saturday.",
    note="$30.02 million is March 2024's figure given for 'this month a year ago', which at an April 2024 dateline is April 2023 ($34.2 million): the first claim is wrong.",
)

p = sp("2021-08")
H(
    K,
    "wire",
    f"Shipments from China last month were up {pc('{}%', '34.1')} from the month before, at {mn(m('export', p), 2)}.",
    [C("export", p, prev(p), pc("{}%", "34.1")), L("export", p, mn(m("export", p), 2))],
    "2021-09-18",
    context="China's trade with North Korea remains far below normal.",
)

H(
    K,
    "broadcast",
    "Two years ago, in twenty twenty-one, the figure was just two hundred and sixty million dollars.",
    [
        L(
            "export",
            yr(2021),
            said("two hundred and sixty million dollars", "260", "million", 0),
            hedge="just",
        )
    ],
    "2023-01-18",
    context="China's exports to North Korea rose to about two billion dollars last year.",
)

# == whose exports ==================================================================================
K = "perspective"

p = sp("2023-04")
H(
    K,
    "wire",
    f"SEOUL, May 22 (NK News) — North Korea's exports to China rose to {mn(m('import', p), 1)} in April, as the country shipped more wigs and false eyelashes across the border.",
    [L("import", p, mn(m("import", p), 1), direction="up", base=prev(p))],
    "2023-05-22",
)

p = sp("2024-02")
H(
    K,
    "wire",
    f"Pyongyang imported {mn(m('export', p), 2)} worth of goods from Beijing in February, according to Chinese customs.",
    [L("export", p, mn(m("export", p), 2))],
    "2024-03-20",
)

p = sp("2023-06")
H(
    K,
    "wire",
    f"They came to {mn(m('export', p), 1)}, down {pc('{}%', '-6.6')} on May.",
    [
        L("export", p, mn(m("export", p), 1), direction="down", base=prev(p)),
        C("export", p, prev(p), pc("{}%", "-6.6")),
    ],
    "2023-07-20",
    context="China's exports to North Korea slipped in June for the first time in three months.",
)

H(
    K,
    "thinktank",
    f"Its imports from China rose {pc('{} percent', '244', 0)} to {mn(m('export', yr(2022)), 0)}, while its exports to China more than doubled to {mn(m('import', yr(2022)), 1)}.",
    [
        C("export", yr(2022), yr(2021), pc("{} percent", "244", 0)),
        L("export", yr(2022), mn(m("export", yr(2022)), 0)),
        R(
            "import",
            yr(2022),
            yr(2021),
            word("more than doubled", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
        L("import", yr(2022), mn(m("import", yr(2022)), 1)),
    ],
    "2023-02-15",
    context="North Korea's trade with China began to recover in 2022, a Korea Development Institute review found.",
)

p = sp("2023-11")
H(
    K,
    "xinhua",
    f"China imported {mn(m('import', p), 1, '{} million U.S. dollars')} worth of goods from the DPRK in November, up {pc('{} percent', '5.2')} month on month.",
    [
        L("import", p, mn(m("import", p), 1, "{} million U.S. dollars")),
        C("import", p, prev(p), pc("{} percent", "5.2")),
    ],
    "2023-12-20",
)

p = sp("2024-05")
H(
    K,
    "wire",
    f"North Korea's exports to China were {mn(m('export', p), 2)} in May, the customs data showed.",
    [L("import", p, mn(m("export", p), 2))],
    "2024-06-20",
    note="$150.37 million is what China exported to North Korea in May 2024; North Korea's exports to China (China's imports) were $30.96 million, so the figure is wrong.",
)

H(
    K,
    "yonhap",
    f"North Korea's imports of Chinese goods fell {pc('{} percent', '-8.5')} on-year to {mn(m('import', yr(2024)), 0, 'US${} million')} in 2024.",
    [
        C("export", yr(2024), yr(2023), pc("{} percent", "-8.5")),
        L("export", yr(2024), mn(m("import", yr(2024)), 0, "US${} million")),
    ],
    "2025-01-20",
    note="the -8.5% is right for China's exports (the North's imports), but $350 million is China's imports from the North; the North's imports were $1.83 billion, so the level is wrong.",
)

p = sp("2022-08")
H(
    K,
    "wire",
    f"Inbound shipments from North Korea, mostly wigs, ferrosilicon and electricity, came to {mn(m('import', p), 2)} in August.",
    [L("import", p, mn(m("import", p), 2))],
    "2022-09-20",
    context="China's customs office released its August trade data for North Korea on Tuesday.",
)

p = sp("2023-07")
H(
    K,
    "broadcast",
    "Goods sent from China to North Korea in July totaled one hundred fifty-six point six million dollars.",
    [
        L(
            "export",
            p,
            said("one hundred fifty-six point six million dollars", "156.6", "million", 1),
        )
    ],
    "2023-08-18",
)

H(
    K,
    "xinhua",
    f"Goods the DPRK sold to China over the whole of 2021 were valued at {mn(m('import', yr(2021)), 2, '{} million U.S. dollars')}, up {pc('{} percent', '20.7')} year on year.",
    [
        L("import", yr(2021), mn(m("import", yr(2021)), 2, "{} million U.S. dollars")),
        C("import", yr(2021), yr(2020), pc("{} percent", "20.7")),
    ],
    "2022-01-20",
)

p = sp("2021-09")
H(
    K,
    "wire",
    f"What the North sold to China in September — {mn(m('import', p), 2)} — was a quarter of what it bought, {mn(m('export', p), 2)}.",
    [
        L("import", p, mn(m("import", p), 2)),
        L("export", p, mn(m("export", p), 2)),
        S("import", "export", p, word("a quarter", "25"), rung_kind="fraction"),
    ],
    "2021-10-18",
    context="China's trade with North Korea picked up in September.",
)

p = sp("2022-10")
H(
    K,
    "wire",
    f"Pyongyang's purchases from its main ally jumped to {mn(m('export', p), 1)} in October, while its own sales climbed {pc('{}%', '51', 0)} from September to {mn(m('import', p), 2)}.",
    [
        L("export", p, mn(m("export", p), 1), direction="up", base=prev(p)),
        C("import", p, prev(p), pc("{}%", "51", 0)),
        L("import", p, mn(m("import", p), 2)),
    ],
    "2022-11-18",
)

p = sp("2023-08")
H(
    K,
    "yonhap",
    f"BEIJING, Sept. 20 (Yonhap) -- North Korea's imports from China reached {mn(m('import', p), 2, 'US${} million')} last month, up {pc('{} percent', '12.7')} from July.",
    [
        L("export", p, mn(m("import", p), 2, "US${} million")),
        C("export", p, prev(p), pc("{} percent", "12.7")),
    ],
    "2023-09-20",
    note="$28.23 million and +12.7% are China's imports from the North in August 2023; the North's imports from China (China's exports) were $162.9 million, up 4.1%, so both are wrong.",
)

p = cum(2024, 7)
H(
    K,
    "thinktank",
    f"North Korea's exports to China over January–July ({mn(m('import', p), 0, 'US${} million')}) rose {pc('{}%', '24', 0)}, while its imports from China fell {pc('{}%', '-13.3')}.",
    [
        L("import", p, mn(m("import", p), 0, "US${} million")),
        C("import", p, ago(p), pc("{}%", "24", 0)),
        C("export", p, ago(p), pc("{}%", "-13.3")),
    ],
    "2024-08-26",
)

p = sp("2021-03")
H(
    K,
    "wire",
    f"China's exports across the Yalu resumed in March, reaching {mn(m('export', p), 2)} after almost nothing in February, while goods coming the other way were worth {mn(m('import', p), 2)}.",
    [
        L("export", p, mn(m("export", p), 2), direction="up", base=prev(p)),
        L("import", p, mn(m("import", p), 2)),
    ],
    "2021-04-20",
)

# == numbers as read aloud or typed =================================================================
K = "broadcast_numbers"

H(
    K,
    "broadcast",
    "China's exports to North Korea last year came to about one-point-eight-three billion dollars, according to Chinese customs data.",
    [
        L(
            "export",
            yr(2024),
            said("one-point-eight-three billion dollars", "1.83", "billion", 2),
            hedge="about",
        )
    ],
    "2025-01-21",
)

H(
    K,
    "broadcast",
    "All told, trade between the two countries last year was worth two billion three hundred million dollars.",
    [
        L(
            "total",
            yr(2023),
            Num("two billion three hundred million dollars", "2300000000", 0, 10**8),
        )
    ],
    "2024-01-19",
    context="China is by far North Korea's biggest trading partner.",
)

H(
    K,
    "broadcast",
    "North Korea's sales to China, meanwhile, reached three hundred and fifty million dollars in twenty twenty-four.",
    [L("import", yr(2024), said("three hundred and fifty million dollars", "350", "million", 0))],
    "2025-01-21",
)

H(
    K,
    "broadcast",
    "In April, China's shipments to the North hit ninety-eight-point-oh-nine million dollars.",
    [
        L(
            "export",
            sp("2022-04"),
            said("ninety-eight-point-oh-nine million dollars", "98.09", "million", 2),
        )
    ],
    "2022-05-20",
)

H(
    K,
    "broadcast",
    "In October, Chinese exports to North Korea came to a hundred and thirty-two point four million dollars, as freight trains ran more often.",
    [
        L(
            "export",
            sp("2022-10"),
            said("a hundred and thirty-two point four million dollars", "132.4", "million", 1),
        )
    ],
    "2022-11-19",
)

H(
    K,
    "broadcast",
    "China's September exports to North Korea: eighteen million, eight hundred and eighty-two thousand dollars.",
    [
        L(
            "export",
            sp("2020-09"),
            Num(
                "eighteen million, eight hundred and eighty-two thousand dollars",
                "18882000",
                0,
                1000,
            ),
        )
    ],
    "2020-10-20",
)

H(
    K,
    "broadcast",
    "Last month China exported only point-one-five million dollars' worth of goods to the North.",
    [
        L(
            "export",
            sp("2020-11"),
            said("point-one-five million dollars", "0.15", "million", 2),
            hedge="only",
        )
    ],
    "2020-12-19",
)

H(
    K,
    "broadcast",
    "Chinese exports to North Korea in November came to one hundred eighty-nine point two million dollars.",
    [
        L(
            "export",
            sp("2023-11"),
            said("one hundred eighty-nine point two million dollars", "189.2", "million", 1),
        )
    ],
    "2023-12-20",
    note="November 2023 exports were $198.2 million; 'one hundred eighty-nine point two' swaps the digits, so it is wrong.",
)

H(
    K,
    "broadcast",
    "In the first half, China's exports to the North rose by two-hundred-and-four percent.",
    [C("export", cum(2023, 6), ago(cum(2023, 6)), word("two-hundred-and-four percent", "204", 0))],
    "2023-07-14",
)

H(
    K,
    "broadcast",
    "For the full year, exports plunged eighty-point-nine-two percent, and imports fell seventy-seven-point-six-nine percent.",
    [
        C("export", yr(2020), yr(2019), word("eighty-point-nine-two percent", "-80.92", 2)),
        C("import", yr(2020), yr(2019), word("seventy-seven-point-six-nine percent", "-77.69", 2)),
    ],
    "2021-01-20",
    context="China's trade with North Korea collapsed in 2020 after the border closed.",
)

H(
    K,
    "headline",
    "China's 2024 exports to DPRK US$1,830mn; imports USD 350m",
    [
        L("export", yr(2024), Num("US$1,830mn", "1830000000", 0, 10**6)),
        L("import", yr(2024), Num("USD 350m", "350000000", 0, 10**6)),
    ],
    "2025-01-20",
)

H(
    K,
    "thinktank",
    "Feb. 2018 imports from the DPRK: 9.42 mn USD; Mar.: 12.37 mn USD.",
    [
        L("import", sp("2018-02"), Num("9.42 mn USD", "9420000", 2, 10**6)),
        L("import", sp("2018-03"), Num("12.37 mn USD", "12370000", 2, 10**6)),
    ],
    "2018-04-23",
)

H(
    K,
    "broadcast",
    "That is up from one-point-oh-three billion dollars the year before, says Chinese customs.",
    [L("total", yr(2022), said("one-point-oh-three billion dollars", "1.03", "billion", 2))],
    "2024-01-19",
    context="Trade between China and North Korea reached two-point-three billion dollars last year.",
)

H(
    K,
    "wire",
    "China's exports to North Korea in March were $128.03mln, up 36.6pct from February.",
    [
        L(
            "export",
            sp("2024-03"),
            Num("$128.03mln", "128030000", 2, 10**6),
            direction="up",
            base=sp("2024-02"),
        ),
        C("export", sp("2024-03"), sp("2024-02"), Num("36.6pct", "36.6", 1)),
    ],
    "2024-04-20",
)

H(
    K,
    "broadcast",
    "Imports from North Korea over the twelve months of twenty twenty-one came to fifty-seven-point-nine million dollars.",
    [L("import", yr(2021), said("fifty-seven-point-nine million dollars", "57.9", "million", 1))],
    "2022-01-19",
    context="China's customs agency released full-year figures for North Korea trade on Tuesday.",
)

H(
    K,
    "broadcast",
    "Exports hit two hundred forty-three point six million dollars in November.",
    [
        L(
            "export",
            sp("2025-11"),
            said("two hundred forty-three point six million dollars", "243.6", "million", 1),
        )
    ],
    "2025-12-20",
    context="China's trade with North Korea has kept climbing this year.",
)

# == levels with a direction ========================================================================
K = "level_direction"

p = sp("2017-05")
H(
    K,
    "wire",
    f"China's exports to North Korea climbed to {mn(m('export', p), 1)} in May from April, the data showed.",
    [L("export", p, mn(m("export", p), 1), direction="up", base=prev(p))],
    "2017-06-23",
)

p = sp("2022-05")
H(
    K,
    "wire",
    f"Chinese exports to the North sank to {mn(m('export', p), 2)} in May from the month before as lockdowns spread.",
    [L("export", p, mn(m("export", p), 2), direction="down", base=prev(p))],
    "2022-06-20",
)

p = sp("2023-06")
H(
    K,
    "wire",
    f"China's exports to North Korea rebounded to {mn(m('export', p), 1)} in June, customs data showed.",
    [L("export", p, mn(m("export", p), 1), direction="up", base=prev(p))],
    "2023-07-20",
    note="June 2023 exports ($154.7 million) were below May's ($165.63 million): 'rebounded' is the wrong direction, so wrong.",
)

p = sp("2024-05")
H(
    K,
    "wire",
    f"Total trade eased to {mn(m('total', p), 1)} in May from {mn(m('total', prev(p)), 1)} in April.",
    [
        L("total", p, mn(m("total", p), 1), direction="down", base=prev(p)),
        L("total", prev(p), mn(m("total", prev(p)), 1)),
    ],
    "2024-06-20",
    context="China's trade with North Korea softened in May.",
)

p = sp("2023-07")
H(
    K,
    "wire",
    f"Imports from North Korea slipped to {mn(m('import', p), 0)} in July from June.",
    [L("import", p, mn(m("import", p), 0), direction="down", base=prev(p))],
    "2023-08-18",
    context="China's trade with the North was broadly flat in July.",
)

p = sp("2020-05")
H(
    K,
    "wire",
    f"Chinese shipments to the North surged to {mn(m('export', p), 2)} in May from {mn(m('export', prev(p)), 1)} in April, as some border trade resumed.",
    [
        L("export", p, mn(m("export", p), 2), direction="up", base=prev(p)),
        L("export", prev(p), mn(m("export", prev(p)), 1)),
    ],
    "2020-06-18",
)

p = sp("2021-02")
H(
    K,
    "wire",
    "China's exports to North Korea dwindled to just $3,000 in February, down from $29,000 in January.",
    [
        L(
            "export",
            p,
            usd("${},000", "3", "thousand", 0),
            hedge="just",
            direction="down",
            base=prev(p),
        ),
        L("export", prev(p), usd("${},000", "29", "thousand", 0)),
    ],
    "2021-03-18",
)

p = sp("2021-10")
H(
    K,
    "wire",
    f"Exports retreated to {mn(m('export', p), 1)} in October after a strong September.",
    [L("export", p, mn(m("export", p), 1), direction="down", base=prev(p))],
    "2021-11-18",
    context="China's trade with North Korea lost momentum in October.",
)

p = sp("2023-08")
H(
    K,
    "wire",
    f"China's exports to North Korea crept up to {mn(m('export', p), 1)} in August from July.",
    [L("export", p, mn(m("export", p), 1), direction="up", base=prev(p))],
    "2023-09-20",
)

p = sp("2023-08")
H(
    K,
    "wire",
    "Imports rose to $28.32 million in August from $25 million in July.",
    [
        L("import", p, mn("28.32", 2), direction="up", base=prev(p)),
        L("import", prev(p), mn(m("import", prev(p)), 0)),
    ],
    "2023-09-20",
    context="China bought more from North Korea in August.",
    note="August 2023 imports were $28.23 million; $28.32 million transposes two digits, so wrong (July's $25 million is right).",
)

p = sp("2023-11")
H(
    K,
    "wire",
    f"Total trade shot up to {mn(m('total', p), 1)} in November from October, the customs agency said.",
    [L("total", p, mn(m("total", p), 1), direction="up", base=prev(p))],
    "2023-12-20",
    context="China's trade with North Korea accelerated towards the end of 2023.",
)

p = sp("2024-03")
H(
    K,
    "wire",
    f"Chinese exports to North Korea declined to {mn(m('export', p), 2)} in March from February.",
    [L("export", p, mn(m("export", p), 2), direction="down", base=prev(p))],
    "2024-04-20",
    note="March 2024 exports ($128.03 million) were above February's ($93.71 million): 'declined' is the wrong direction, so wrong.",
)

H(
    K,
    "wire",
    f"China's exports to the North slid to {bn(m('export', yr(2024)), 2)} last year from 2023.",
    [L("export", yr(2024), bn(m("export", yr(2024)), 2), direction="down", base=yr(2023))],
    "2025-01-20",
)

p = sp("2018-10")
H(
    K,
    "wire",
    f"China's shipments to North Korea picked up to {mn(m('export', p), 2)} in October from {mn(m('export', prev(p)), 2)} in September, despite the sanctions.",
    [
        L("export", p, mn(m("export", p), 2), direction="up", base=prev(p)),
        L("export", prev(p), mn(m("export", prev(p)), 2)),
    ],
    "2018-11-23",
)

p = sp("2019-02")
H(
    K,
    "wire",
    f"Chinese exports to North Korea halved to {mn(m('export', p), 2)} in February from January, when Lunar New Year holidays slowed trade.",
    [
        L("export", p, mn(m("export", p), 2), direction="down", base=prev(p)),
        verbal("export", p, prev(p), "halved", "0.5"),
    ],
    "2019-03-22",
)

p = sp("2022-11")
H(
    K,
    "xinhua",
    f"In November, China's exports to the DPRK decreased to {mn(m('export', p), 2, '{} million U.S. dollars')}, and imports dropped to {mn(m('import', p), 2, '{} million U.S. dollars')}.",
    [
        L(
            "export",
            p,
            mn(m("export", p), 2, "{} million U.S. dollars"),
            direction="down",
            base=prev(p),
        ),
        L(
            "import",
            p,
            mn(m("import", p), 2, "{} million U.S. dollars"),
            direction="down",
            base=prev(p),
        ),
    ],
    "2022-12-20",
)

# == shares ============================================================================================
K = "shares"

H(
    K,
    "wire",
    f"Imports from North Korea accounted for just {pc('{} percent', m('import', yr(2020)) / m('total', yr(2020)) * 100)} of two-way trade in 2020.",
    [
        S(
            "import",
            "total",
            yr(2020),
            pc("{} percent", m("import", yr(2020)) / m("total", yr(2020)) * 100),
            hedge="just",
        )
    ],
    "2021-01-20",
)

H(
    K,
    "thinktank",
    "Chinese exports made up some 87 percent of bilateral trade in 2023, underscoring how lopsided the relationship has become.",
    [S("export", "total", yr(2023), word("87 percent", "87"), hedge="some")],
    "2024-02-05",
    context="China's trade with North Korea recovered in 2023 to roughly its pre-pandemic level.",
)

H(
    K,
    "thinktank",
    "Roughly nine-tenths of the goods that crossed the border in 2022 went from China to North Korea.",
    [frac("export", "total", yr(2022), "nine-tenths", "90", hedge="roughly")],
    "2023-03-02",
)

H(
    K,
    "wire",
    "North Korean goods were less than a fifth of the two countries' trade in 2021.",
    [frac("import", "total", yr(2021), "a fifth", "20", hedge="less than")],
    "2022-01-20",
    context="China's trade with North Korea fell to its lowest in decades in 2021.",
)

H(
    K,
    "wire",
    f"Shipments from the North made up about {pc('{} percent', m('import', yr(2024)) / m('total', yr(2024)) * 100, 0)} of trade last year, up from {pc('{} percent', m('import', yr(2023)) / m('total', yr(2023)) * 100, 0)} in 2023.",
    [
        S(
            "import",
            "total",
            yr(2024),
            pc("{} percent", m("import", yr(2024)) / m("total", yr(2024)) * 100, 0),
            hedge="about",
        ),
        S(
            "import",
            "total",
            yr(2023),
            pc("{} percent", m("import", yr(2023)) / m("total", yr(2023)) * 100, 0),
        ),
    ],
    "2025-01-20",
    context="China's trade with North Korea dipped in 2024.",
)

p = cum(2023, 6)
H(
    K,
    "thinktank",
    f"Imports represented {pc('{} per cent', m('import', p) / m('total', p) * 100)} of first-half trade in 2023, well below the 40-plus per cent typical before the 2017 sanctions.",
    [S("import", "total", p, pc("{} per cent", m("import", p) / m("total", p) * 100))],
    "2023-07-20",
    context="China's trade with North Korea tripled in the first half of 2023.",
    non=[
        NC("40-plus per cent", "a typical share before 2017, no period to check"),
        NC("2017", "a year naming the sanctions"),
    ],
)

H(
    K,
    "thinktank",
    "Chinese exports were 93 percent of total trade in 2017, according to the ministry's annual review.",
    [S("export", "total", yr(2017), word("93 percent", "93"))],
    "2018-02-10",
    context="China's trade with North Korea shrank after the UN sanctions of 2017.",
    note="China's exports were $3.245 billion of $4.976 billion in 2017, 65.2%; 93% is wrong.",
)

H(
    K,
    "wire",
    "About two-thirds of the year's trade consisted of Chinese exports.",
    [frac("export", "total", yr(2017), "two-thirds", "66.67", hedge="about")],
    "2018-01-12",
    context="China's trade with North Korea fell in 2017, with imports hit hardest by sanctions.",
)

p = sp("2020-11")
H(
    K,
    "wire",
    f"In November, North Korean goods accounted for {pc('{}%', m('import', p) / m('total', p) * 100, 0)} of the month's meagre trade, a rare reversal of the usual pattern.",
    [S("import", "total", p, pc("{}%", m("import", p) / m("total", p) * 100, 0))],
    "2020-12-18",
    context="China's trade with North Korea all but stopped in November 2020.",
)

p = cum(2016, 5)
H(
    K,
    "wire",
    "Exports were about half of China's trade with North Korea in the first five months of 2016.",
    [frac("export", "total", p, "half", "50", hedge="about")],
    "2016-06-20",
)

H(
    K,
    "thinktank",
    "In 2013 the North's exports were nearly 45 percent of its trade with China.",
    [S("import", "total", yr(2013), word("45 percent", "45"), hedge="nearly")],
    "2014-03-05",
)

H(
    K,
    "thinktank",
    f"North Korea's exports to China in 2020 were only {pc('{} percent', m('import', yr(2020)) / m('import', yr(2017)) * 100, 0)} of their 2017 level, and China's exports {pc('{} percent', m('export', yr(2020)) / m('export', yr(2017)) * 100, 0)}.",
    [
        R(
            "import",
            yr(2020),
            yr(2017),
            pc("{} percent", m("import", yr(2020)) / m("import", yr(2017)) * 100, 0),
            hedge="only",
        ),
        R(
            "export",
            yr(2020),
            yr(2017),
            pc("{} percent", m("export", yr(2020)) / m("export", yr(2017)) * 100, 0),
        ),
    ],
    "2021-02-15",
)

H(
    K,
    "thinktank",
    "The North's share of bilateral trade rose by 3.3 percentage points in 2024 from 2023.",
    [
        claim(
            "pp_change",
            "import",
            yr(2024),
            word("3.3 percentage points", "3.3", 1),
            base=yr(2023),
            whole="total",
            unit="pp",
            direction="up",
        )
    ],
    "2025-02-10",
    context="North Korea's trade with China edged down in 2024.",
)

p = sp("2024-04")
H(
    K,
    "wire",
    f"Imports from the North were about {pc('{}%', m('import', p) / m('total', p) * 100, 0)} of April's {mn(m('total', p), 1)} total.",
    [
        S("import", "total", p, pc("{}%", m("import", p) / m("total", p) * 100, 0), hedge="about"),
        L("total", p, mn(m("total", p), 1)),
    ],
    "2024-05-20",
    context="China's trade with North Korea rose in April.",
)

p = cum(2023, 6)
H(
    K,
    "wire",
    "Imports were a quarter of first-half trade.",
    [frac("import", "total", p, "a quarter", "25")],
    "2023-07-14",
    context="China's trade with North Korea in the first half of 2023 rose to $1.06 billion.",
    note="imports were $135.0 million of $1,055.75 million in H1 2023, 12.8%, not a quarter: wrong.",
)

# == balances ==========================================================================================
K = "balance"

H(
    K,
    "wire",
    f"Beijing's 2023 books showed a surplus of {bn(m('balance', yr(2023)), 2)} on its North Korea account, the widest in years.",
    [B(yr(2023), bn(m("balance", yr(2023)), 2))],
    "2024-01-18",
)

H(
    K,
    "yonhap",
    f"North Korea's trade deficit with China narrowed to {bn(m('balance', yr(2024)), 2, 'US${} billion')} last year from a year earlier.",
    [B(yr(2024), bn(m("balance", yr(2024)), 2, "US${} billion"), base=yr(2023), direction="down")],
    "2025-01-20",
)

H(
    K,
    "wire",
    "China recorded a rare deficit of $977,000 in its trade with North Korea in November, as the North's exports outstripped the trickle of goods going the other way.",
    [B(sp("2020-11"), neg("$977,000", "-977000", 0, 1000), gap="deficit")],
    "2020-12-18",
)

H(
    K,
    "wire",
    "China's surplus with the North was $165.6 million in May.",
    [B(sp("2023-05"), mn("165.6"))],
    "2023-06-20",
    context="Trade between China and North Korea dipped in May 2023.",
    note="$165.6 million is May 2023's exports; the surplus was $141.69 million, so wrong.",
)

H(
    K,
    "thinktank",
    f"The DPRK's deficit with China swelled {ch('{}%', 'balance', yr(2023), yr(2022), 0)} in 2023 to {bn(m('balance', yr(2023)), 1, 'US${} billion')} (2022: {mn(m('balance', yr(2022)), 0, 'US${} million')}).",
    [
        C("balance", yr(2023), yr(2022), ch("{}%", "balance", yr(2023), yr(2022), 0)),
        B(yr(2023), bn(m("balance", yr(2023)), 1, "US${} billion")),
        B(yr(2022), mn(m("balance", yr(2022)), 0, "US${} million")),
    ],
    "2024-02-20",
)

p = sp("2023-04")
H(
    K,
    "wire",
    f"That left China with a surplus of {mn(m('balance', p), 1)} for the month.",
    [B(p, mn(m("balance", p), 1))],
    "2023-05-20",
    context="China exported $165.78 million of goods to North Korea in April and imported $34.2 million.",
)

H(
    K,
    "wire",
    "North Korea's deficit with China in 2021 came to roughly $200 million, as the border stayed shut.",
    [B(yr(2021), usd("${} million", "200", "million", 0), hedge="roughly")],
    "2022-01-20",
    note="the 2021 surplus was $202.29 million: 'roughly $200 million' holds on the loose tier of the round figure, so approx.",
)

H(
    K,
    "wire",
    "In January 2016 the surplus was just $30 million.",
    [B(sp("2016-01"), usd("${} million", "30", "million", 0), hedge="just")],
    "2016-02-20",
    context="China's trade with North Korea was roughly balanced in early 2016.",
)

p = sp("2022-05")
H(
    K,
    "wire",
    f"China's surplus shrank to {mn(m('balance', p), 2)} in May from {mn(m('balance', prev(p)), 2)} in April.",
    [
        B(p, mn(m("balance", p), 2), base=prev(p), direction="down"),
        B(prev(p), mn(m("balance", prev(p)), 2)),
    ],
    "2022-06-20",
    context="Trade with North Korea collapsed in May as China fought a COVID-19 outbreak in Dandong.",
)

H(
    K,
    "xinhua",
    f"In 2017, China's trade surplus with the DPRK was {bn(m('balance', yr(2017)), 3, '{} billion U.S. dollars')}.",
    [B(yr(2017), bn(m("balance", yr(2017)), 3, "{} billion U.S. dollars"))],
    "2018-01-15",
)

p = cum(2018, 6)
H(
    K,
    "thinktank",
    f"H1 2018: the North's deficit with China reached {mn(m('balance', p), 0, 'US${} million')} as its exports collapsed under sanctions.",
    [B(p, mn(m("balance", p), 0, "US${} million"))],
    "2018-07-25",
)

p = cum(2020, 9)
H(
    K,
    "yonhap",
    f"North Korea's trade deficit with China for the January-September period stood at {mn(m('balance', p), 1, 'US${} million')}.",
    [B(p, mn(m("balance", p), 1, "US${} million"))],
    "2020-10-26",
)

H(
    K,
    "wire",
    "Beijing's surplus with Pyongyang in 2014 was $650 million.",
    [B(yr(2014), usd("${} million", "650", "million", 0))],
    "2015-01-23",
    note="the 2014 surplus was $651.72 million; '$650 million' holds only on the loose tier of a round number (645-655), so approx.",
)

p = sp("2024-04")
H(
    K,
    "wire",
    f"The surplus widened to {mn(m('balance', p), 1)} in April from {mn(m('balance', prev(p)), 1)} in March.",
    [
        B(p, mn(m("balance", p), 1), base=prev(p), direction="up"),
        B(prev(p), mn(m("balance", prev(p)), 1)),
    ],
    "2024-05-20",
    context="China's exports to North Korea outpaced imports again in April.",
)

H(
    K,
    "wire",
    "China's surplus in 2020 fell to $443.1 million.",
    [B(yr(2020), mn("443.1"), base=yr(2019), direction="down")],
    "2021-01-20",
    context="China's trade with North Korea collapsed in 2020.",
)

# == superlatives and streaks ========================================================================
K = "superlatives_streaks"

H(
    K,
    "wire",
    f"China's exports to North Korea jumped to {mn(m('export', sp('2021-09')), 1)} in September, the highest since July 2020.",
    [
        L(
            "export",
            sp("2021-09"),
            mn(m("export", sp("2021-09")), 1),
            direction="up",
            base=sp("2021-08"),
        ),
        SU("export", "2021-09", "2020-07", "high", "the highest since July 2020"),
    ],
    "2021-10-18",
)

H(
    K,
    "wire",
    "Imports from the North in May were the smallest since March of last year.",
    [SU("import", "2021-05", "2020-03", "low", "the smallest since March of last year")],
    "2021-06-18",
    context="China's trade with North Korea sagged again in May.",
)

H(
    K,
    "wire",
    "July's total was the lowest monthly figure since February.",
    [SU("total", "2024-07", "2024-02", "low", "the lowest monthly figure since February")],
    "2024-08-20",
    context="China's trade with North Korea fell in July 2024.",
)

H(
    K,
    "broadcast",
    "September's exports from China to the North were the lowest since March.",
    [SU("export", "2020-09", "2020-03", "low", "the lowest since March")],
    "2020-10-20",
    context="China's trade with North Korea kept shrinking as the border stayed closed.",
)

H(
    K,
    "yonhap",
    "The North's exports to China in December rose to their highest level since January.",
    [SU("import", "2018-12", "2018-01", "high", "their highest level since January")],
    "2019-01-23",
    context="North Korea's trade with China remained depressed by sanctions in 2018.",
)

H(
    K,
    "wire",
    "Shipments north in September peaked at the highest since March.",
    [SU("export", "2022-09", "2022-03", "high", "the highest since March")],
    "2022-10-20",
    context="China's shipments to North Korea kept rising after the freight line reopened.",
    note="April 2022 exports ($98.09 million) were above September's ($90.07 million): not the highest since March, so wrong (it was the highest since April).",
)

H(
    K,
    "wire",
    "August's two-way figure climbed to the highest since March.",
    [SU("total", "2023-08", "2023-03", "high", "the highest since March")],
    "2023-09-20",
    context="China's trade with North Korea rose in August 2023.",
    note="March 2023's total ($158.46 million) was below August's ($191.13 million), and April's ($199.98 million) was above it: the highest since April, not March, so wrong.",
)

H(
    K,
    "wire",
    "Chinese exports to North Korea rose for a fourth straight month in June.",
    [ST("export", "2020-03", "2020-06", "up", "for a fourth straight month")],
    "2020-07-20",
)

H(
    K,
    "wire",
    "November brought a drop in China's sales to the North for a fifth consecutive month.",
    [ST("export", "2020-07", "2020-11", "down", "for a fifth consecutive month")],
    "2020-12-18",
    context="China's trade with North Korea was close to zero in November 2020.",
)

H(
    K,
    "broadcast",
    "That was the third month in a row that Chinese exports to the North declined.",
    [ST("export", "2020-09", "2020-11", "down", "the third month in a row")],
    "2020-12-19",
    context="China sold less than two hundred thousand dollars' worth of goods to North Korea in November.",
    note="exports to North Korea fell five months running (July-November 2020), not three: the streak is too short, so wrong.",
)

H(
    K,
    "wire",
    "China's exports to North Korea grew for the fourth month running in September.",
    [ST("export", "2021-06", "2021-09", "up", "for the fourth month running")],
    "2021-10-18",
)

H(
    K,
    "thinktank",
    "Beijing's outbound trade with Pyongyang in 2014 showed the first annual decline in China's exports to the North since 2009, KDI researchers wrote.",
    [
        FD(
            "export",
            2014,
            2009,
            "the first annual decline in China's exports to the North since 2009",
        )
    ],
    "2015-02-12",
)

H(
    K,
    "wire",
    "China–North Korea trade fell in 2015, the first yearly drop since 2009.",
    [FD("total", 2015, 2009, "the first yearly drop since 2009")],
    "2016-01-20",
    note="total trade had already fallen in 2014 ($6.36 billion after $6.55 billion): 2015's drop was not the first since 2009, so wrong.",
)

H(
    K,
    "wire",
    "North Korean exports to China in August 2021 were the highest in a year, since August 2020.",
    [SU("import", "2021-08", "2020-08", "high", "since August 2020")],
    "2021-09-18",
)

H(
    K,
    "wire",
    "Exports rose for a second month in November.",
    [ST("export", "2018-10", "2018-11", "up", "for a second month")],
    "2018-12-20",
    context="China's trade with North Korea edged up in late 2018 despite the sanctions.",
)

H(
    K,
    "wire",
    "Trade in July was the weakest since March.",
    [SU("total", "2023-07", "2023-03", "low", "the weakest since March")],
    "2023-08-18",
    context="China's trade with North Korea softened slightly in July 2023.",
)

# == other pairs and currencies =====================================================================
K = "other_pairs"

H(
    K,
    "xinhua",
    "China's total foreign trade in goods reached 41.76 trillion yuan in 2023, up 0.2 percent year on year, the General Administration of Customs said.",
    [
        other(
            "level",
            "total",
            yr(2023),
            Num("41.76 trillion yuan", "41760000000000", 2, 10**12),
            "CHN",
            "WLD",
            currency="CNY",
        ),
        other(
            "change_pct",
            "total",
            yr(2023),
            word("0.2 percent", "0.2", 1),
            "CHN",
            "WLD",
            base=yr(2022),
            terms="CNY",
            direction="up",
        ),
    ],
    "2024-01-12",
)

H(
    K,
    "wire",
    f"Trade with North Korea rose to {bn(m('total', yr(2023)), 2)} in 2023, a sliver of China's $5.94 trillion in total goods trade.",
    [
        L("total", yr(2023), bn(m("total", yr(2023)), 2)),
        other(
            "level",
            "total",
            yr(2023),
            Num("$5.94 trillion", "5940000000000", 2, 10**12),
            "CHN",
            "WLD",
        ),
    ],
    "2024-01-18",
)

H(
    K,
    "yonhap",
    "Inter-Korean trade, by comparison, came to just US$1.1 million in 2023, according to South Korea's unification ministry.",
    [
        other(
            "level",
            "total",
            yr(2023),
            Num("US$1.1 million", "1100000", 1, 10**6),
            "KOR",
            "PRK",
            hedge="just",
            source="Ministry of Unification",
        )
    ],
    "2024-02-14",
)

H(
    K,
    "wire",
    "In yuan terms, China's exports to North Korea rose 128.5 percent last year to 12.6 billion yuan.",
    [
        C("export", yr(2023), yr(2022), word("128.5 percent", "128.5", 1), terms="CNY"),
        L("export", yr(2023), Num("12.6 billion yuan", "12600000000", 1, 10**9), currency="CNY"),
    ],
    "2024-01-18",
    context="China's customs office also publishes its North Korea figures in yuan.",
)

H(
    K,
    "wire",
    "Russia's trade with North Korea, by contrast, was worth about $34 million in 2023, according to Russian estimates cited by analysts.",
    [
        other(
            "level",
            "total",
            yr(2023),
            Num("$34 million", "34000000", 0, 10**6),
            "RUS",
            "PRK",
            hedge="about",
            source=None,
        )
    ],
    "2024-06-18",
)

H(
    K,
    "thinktank",
    "KOTRA put North Korea's total external trade in 2023 at US$2.77 billion, of which trade with China made up 98.3%.",
    [
        other(
            "level",
            "total",
            yr(2023),
            Num("US$2.77 billion", "2770000000", 2, 10**9),
            "PRK",
            "WLD",
            source="KOTRA",
        ),
        other(
            "share",
            "total",
            yr(2023),
            word("98.3%", "98.3", 1),
            "PRK",
            "CHN",
            whole="total",
            source="KOTRA",
        ),
    ],
    "2024-07-25",
)

H(
    K,
    "wire",
    "China's trade with South Korea, its third-largest trading partner, totalled $267.7 billion in 2023, down 13.5% from a year earlier.",
    [
        other(
            "level",
            "total",
            yr(2023),
            Num("$267.7 billion", "267700000000", 1, 10**9),
            "CHN",
            "KOR",
        ),
        other(
            "change_pct",
            "total",
            yr(2023),
            word("13.5%", "-13.5", 1),
            "CHN",
            "KOR",
            base=yr(2022),
            direction="down",
        ),
    ],
    "2024-01-13",
    non=[NC("third-largest", "a rank, not a figure")],
)

H(
    K,
    "headline",
    "China-US trade falls 11.6% to $664.5 bln in 2023; DPRK trade more than doubles",
    [
        other(
            "change_pct",
            "total",
            yr(2023),
            word("11.6%", "-11.6", 1),
            "CHN",
            "USA",
            base=yr(2022),
            direction="down",
        ),
        other(
            "level", "total", yr(2023), Num("$664.5 bln", "664500000000", 1, 10**9), "CHN", "USA"
        ),
        R(
            "total",
            yr(2023),
            yr(2022),
            word("more than doubles", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
    ],
    "2024-01-13",
)

H(
    K,
    "xinhua",
    "In RMB terms, China-DPRK trade in the first 11 months reached 14.35 billion yuan.",
    [L("total", cum(2023, 11), Num("14.35 billion yuan", "14350000000", 2, 10**9), currency="CNY")],
    "2023-12-20",
)

H(
    K,
    "wire",
    "Mongolia's trade with China, another neighbour heavily dependent on Beijing, rose 32% to about $16 billion over the same period.",
    [
        other(
            "change_pct",
            "total",
            yr(2023),
            word("32%", "32", 0),
            "MNG",
            "CHN",
            base=yr(2022),
            direction="up",
        ),
        other(
            "level",
            "total",
            yr(2023),
            Num("$16 billion", "16000000000", 0, 10**9),
            "MNG",
            "CHN",
            hedge="about",
        ),
    ],
    "2024-01-25",
    context="China's trade with North Korea more than doubled in 2023.",
)

H(
    K,
    "wire",
    "Japan, which has banned all trade with the North since 2009, recorded zero imports, while China's trade with the world fell 5 percent in dollar terms.",
    [
        other(
            "change_pct",
            "total",
            yr(2023),
            word("5 percent", "-5", 0),
            "CHN",
            "WLD",
            base=yr(2022),
            direction="down",
            terms="USD",
        )
    ],
    "2024-01-20",
    non=[
        NC("2009", "the year Japan's ban began"),
        NC("zero", "Japan's imports, not China–DPRK trade and no figure to check"),
    ],
)

H(
    K,
    "yonhap",
    "Vietnam's exports to North Korea amounted to just US$6.8 million last year, according to KOTRA.",
    [
        other(
            "level",
            "export",
            yr(2023),
            Num("US$6.8 million", "6800000", 1, 10**6),
            "VNM",
            "PRK",
            hedge="just",
            source="KOTRA",
        )
    ],
    "2024-07-25",
)

# == hedges and rounding ===========================================================================
K = "rounding_hedges"

H(
    K,
    "wire",
    "Two-way trade last year came to nearly $2.2 billion, down from 2023.",
    [L("total", yr(2024), bn("2.2", 1), hedge="nearly", direction="down", base=yr(2023))],
    "2025-01-20",
    context="China's trade with North Korea slipped in 2024.",
)

H(
    K,
    "headline",
    "China-N. Korea trade tops $1 bln in 2022 as rail freight resumes",
    [L("total", yr(2022), usd("${} bln", "1", "billion", 0), hedge="more than")],
    "2023-01-18",
    note="'tops' is recorded as a 'more than' hedge; 2022's total was $1.028 billion, so correct.",
)

H(
    K,
    "wire",
    "China's exports to the North came to just over $2 billion in 2023.",
    [L("export", yr(2023), bn("2", 0), hedge="just over")],
    "2024-01-18",
)

H(
    K,
    "wire",
    "Two-way trade in May was around $180 million.",
    [L("total", sp("2024-05"), mn("180", 0), hedge="around")],
    "2024-06-20",
    context="China's trade with North Korea eased in May 2024.",
    note="May 2024's total was $181.34 million: 'around $180 million' holds only on the loose tier of the round figure, so approx.",
)

H(
    K,
    "thinktank",
    "Chinese exports to the DPRK were roughly USD 3.5 billion in 2014.",
    [L("export", yr(2014), usd("USD {} billion", "3.5", "billion", 1), hedge="roughly")],
    "2015-03-10",
)

H(
    K,
    "wire",
    "Imports from the North were over $290 million in 2023.",
    [L("import", yr(2023), mn("290", 0), hedge="over")],
    "2024-01-18",
    context="China's trade with North Korea recovered strongly in 2023.",
)

H(
    K,
    "wire",
    "Chinese buyers took less than $50 million of North Korean goods across the whole pandemic year of 2020.",
    [L("import", yr(2020), mn("50", 0), hedge="less than")],
    "2021-01-20",
)

H(
    K,
    "wire",
    "Exports in May stood at $165.7 million.",
    [L("export", sp("2023-05"), mn("165.7"))],
    "2023-06-20",
    context="China's trade with North Korea dipped in May 2023.",
    note="May 2023 exports were $165.63 million, which rounds to $165.6 million; '$165.7 million' is neither a rounding nor a truncation of it, so wrong.",
)

H(
    K,
    "wire",
    "Trade between the neighbours reached $2.29 billion in 2023.",
    [L("total", yr(2023), bn("2.29"))],
    "2024-01-18",
    note="2023's total was $2,295.38 million, which rounds to $2.30 billion; '$2.29 billion' is a truncation, so approx.",
)

H(
    K,
    "headline",
    "N.Korea-China trade up a whopping 246% in Jan-Nov",
    [C("total", cum(2023, 11), ago(cum(2023, 11)), word("246%", "246", 0), hedge="a whopping")],
    "2023-12-20",
)

H(
    K,
    "wire",
    "China sold a mere $29,000 worth of goods to North Korea in January.",
    [L("export", sp("2021-01"), usd("${},000", "29", "thousand", 0), hedge="a mere")],
    "2021-02-18",
)

H(
    K,
    "wire",
    "Exports to North Korea totalled almost $900 million in 2022.",
    [L("export", yr(2022), mn("900", 0), hedge="almost")],
    "2023-01-18",
)

H(
    K,
    "wire",
    "China's surplus with the North in 2017 was some $1.5 billion.",
    [B(yr(2017), bn("1.5", 1), hedge="some")],
    "2018-01-12",
)

H(
    K,
    "wire",
    "Exports in February came close to $60 million.",
    [L("export", sp("2022-02"), mn("60", 0), hedge="close to")],
    "2022-03-18",
    context="China resumed freight train services to North Korea in January 2022.",
)

H(
    K,
    "wire",
    "Monthly trade was in excess of $200 million in November.",
    [L("total", sp("2023-11"), mn("200", 0), hedge="in excess of")],
    "2023-12-20",
    context="China's trade with North Korea picked up in late 2023.",
)

H(
    K,
    "wire",
    "Two-way trade in March was more than $160 million, the data showed.",
    [L("total", sp("2024-03"), mn("160", 0), hedge="more than")],
    "2024-04-20",
    context="China's trade with North Korea rose in March 2024.",
    note="March 2024's total was $158.05 million, under $160 million, so 'more than $160 million' is wrong.",
)

H(
    K,
    "wire",
    "Imports from North Korea were exactly $47.09 million in January.",
    [L("import", sp("2018-01"), mn("47.09", 2), hedge="exactly")],
    "2018-02-23",
)

# == multiples ======================================================================================
K = "multiples"

H(
    K,
    "wire",
    "Beijing's sales to Pyongyang more than tripled in 2022 as trains ran again, on the customs tally.",
    [verbal("export", yr(2022), yr(2021), "more than tripled", "3", hedge="more than")],
    "2023-01-18",
)

H(
    K,
    "wire",
    f"Imports from the North grew {times('2.3-fold', '2.3')} in 2022.",
    [R("import", yr(2022), yr(2021), times("2.3-fold", "2.3"), unit="times")],
    "2023-01-18",
    context="China's trade with North Korea recovered in 2022.",
)

H(
    K,
    "wire",
    "Bilateral commerce in 2023 ran at 2.2 times its 2022 value.",
    [R("total", yr(2023), yr(2022), times("2.2 times", "2.2"), unit="times")],
    "2024-01-18",
    context="China's trade with North Korea rose sharply in 2023.",
)

H(
    K,
    "wire",
    "China's exports to the North rose by some $1.1 billion in 2023.",
    [A("export", yr(2023), yr(2022), usd("${} billion", "1.1", "billion", 1), hedge="some")],
    "2024-01-18",
)

H(
    K,
    "wire",
    f"Exports surged {pc('{}%', '168.6')} on the month in May.",
    [C("export", sp("2020-05"), sp("2020-04"), pc("{}%", "168.6"))],
    "2020-06-18",
    context="China's exports to North Korea rebounded in May 2020.",
)

H(
    K,
    "wire",
    f"China's exports to North Korea in August were up {pc('{} percent', '217.7')} from a year earlier.",
    [C("export", sp("2022-08"), ago(sp("2022-08")), pc("{} percent", "217.7"))],
    "2022-09-20",
)

H(
    K,
    "thinktank",
    "China's exports in 2021 were about half the previous year's.",
    [
        R(
            "export",
            yr(2021),
            yr(2020),
            word("about half", "50"),
            rung_kind="fraction",
            hedge="about",
        )
    ],
    "2022-02-15",
)

H(
    K,
    "wire",
    "Imports from North Korea in April were nearly seven times their level two years earlier.",
    [
        R(
            "import",
            sp("2024-04"),
            sp("2022-04"),
            times("seven times", "7", 0),
            unit="times",
            hedge="nearly",
        )
    ],
    "2024-05-20",
    context="China's imports of North Korean goods have grown strongly.",
)

H(
    K,
    "wire",
    f"Imports in the first half of 2018 were {pc('{} percent', '87.9')} lower than a year earlier.",
    [C("import", cum(2018, 6), ago(cum(2018, 6)), pc("{} percent", "-87.9"))],
    "2018-07-13",
    context="China's imports from North Korea collapsed under UN sanctions.",
)

H(
    K,
    "wire",
    "Chinese exports to North Korea in October were four times their level a year earlier.",
    [R("export", sp("2022-10"), ago(sp("2022-10")), times("four times", "4", 0), unit="times")],
    "2022-11-18",
    note="October 2022 exports ($132.43 million) were 3.33 times October 2021's ($39.8 million); 'four times' is wrong.",
)

c = R("export", yr(2023), yr(2022), times("2.2 times higher", "2.2"), unit="times")
c["_times_higher"] = True
H(
    K,
    "wire",
    "China's exports to North Korea in 2023 were 2.2 times higher than in 2022.",
    [c],
    "2024-01-18",
    note="2023 exports were 2.24 times 2022's: '2.2 times higher' holds read as 2.2x but not as 3.2x, so ambiguous by the k / k + 1 rule.",
)

H(
    K,
    "wire",
    "Imports from the North more than doubled in 2023.",
    [verbal("import", yr(2023), yr(2022), "more than doubled", "2", hedge="more than")],
    "2024-01-18",
    context="China's trade with North Korea recovered in 2023.",
)

H(
    K,
    "wire",
    "China's exports to the North fell by $173.5 million in 2024 from 2023.",
    [A("export", yr(2024), yr(2023), neg("$173.5 million", "-173500000", 1, 10**6))],
    "2025-01-20",
)

H(
    K,
    "wire",
    f"Trade in January and February 2021 collapsed {pc('{}%', '-98.4')} from a year earlier.",
    [C("total", cum(2021, 2), ago(cum(2021, 2)), pc("{}%", "-98.4"))],
    "2021-03-18",
    context="China's trade with North Korea has nearly stopped since the border closed.",
)

H(
    K,
    "wire",
    "Exports to North Korea in 2023 more than quadrupled from 2021.",
    [verbal("export", yr(2023), yr(2021), "more than quadrupled", "4", hedge="more than")],
    "2024-01-18",
    note="2023 exports ($2,003.5 million) were 7.7 times 2021's ($260.17 million); 'more than quadrupled' is a lower bound and holds, so correct.",
)

H(
    K,
    "wire",
    "Imports in 2022 were up 231 percent from 2021.",
    [C("import", yr(2022), yr(2021), word("231 percent", "231", 0))],
    "2023-01-18",
    context="China's imports of North Korean goods rose in 2022.",
    note="2022 imports rose 131% (published; 133.68/57.874 recomputed +131.0%); 231% adds a hundred, so wrong.",
)

# == more of each class: later additions with their deliberate errors ===============================
p = cum(2013, 3)
H(
    "cumulative",
    "wire",
    f"In the first quarter of 2013, China's exports to North Korea fell {pc('{} percent', '-13.6')} to {mn(m('export', p), 0)} after Pyongyang's third nuclear test in February.",
    [C("export", p, ago(p), pc("{} percent", "-13.6")), L("export", p, mn(m("export", p), 0))],
    "2013-04-19",
    note="-13.6% is the first-half change of China's exports; the first quarter's was -13.8%, so the change is wrong (the level is right).",
    non=[NC("third", "the ordinal of a nuclear test")],
)

p = cum(2018, 11)
H(
    "cumulative",
    "thinktank",
    f"January–November 2018: total {bn(m('total', p), 1, 'US${} bn')} ({pc('−{}%', '-52.9')}); exports {bn(m('export', p), 2, 'US${} bn')} ({pc('−{}%', '-33', 0)}); imports US$171.69 mn ({pc('−{}%', '-88.6')}).",
    [
        L("total", p, bn(m("total", p), 1, "US${} bn")),
        C("total", p, ago(p), pc("−{}%", "-52.9")),
        L("export", p, bn(m("export", p), 2, "US${} bn")),
        C("export", p, ago(p), pc("−{}%", "-33", 0)),
        L("import", p, Num("US$171.69 mn", "171690000", 2, 10**6)),
        C("import", p, ago(p), pc("−{}%", "-88.6")),
    ],
    "2018-12-24",
    note="US$171.69 million is the January-October import figure; January-November's was US$191.75 million, so that level is wrong.",
)

H(
    "relative_dates",
    "wire",
    f"Last month's exports came to {mn(m('export', sp('2024-04')), 1)}, the figures showed.",
    [L("export", sp("2024-05"), mn(m("export", sp("2024-04")), 1))],
    "2024-06-20",
    context="China's trade with North Korea has been recovering steadily.",
    note="$164.9 million is April 2024's exports; in a June 20 story 'last month' is May ($150.37 million), so wrong.",
)

H(
    "relative_dates",
    "wire",
    f"Imports from North Korea rose {pc('{}%', '118', 0)} last year, the customs agency said.",
    [C("import", yr(2022), yr(2021), pc("{}%", "118", 0))],
    "2023-01-18",
    context="China's trade with North Korea rebounded in 2022 as freight trains ran again.",
    note="118% is 2023's import growth; in a January 2023 story 'last year' is 2022, when imports rose 131%, so wrong.",
)

H(
    "perspective",
    "wire",
    f"North Korea bought {bn(m('import', yr(2017)), 2)} of goods from China in 2017, as sanctions began to bite.",
    [L("export", yr(2017), bn(m("import", yr(2017)), 2))],
    "2018-01-12",
    note="$1.73 billion is what China bought from North Korea in 2017; the North's purchases from China were $3.25 billion, so wrong.",
)

H(
    "two_figures",
    "wire",
    f"China's exports were {mn(m('export', sp('2022-01')), 2)} in January and {mn(m('export', sp('2022-02')), 2)} in February, while imports were $2.02 million and $17.94 million respectively.",
    [
        L("export", sp("2022-01"), mn(m("export", sp("2022-01")), 2)),
        L("export", sp("2022-02"), mn(m("export", sp("2022-02")), 2)),
        L("import", sp("2022-01"), mn("2.02", 2)),
        L("import", sp("2022-02"), mn("17.94", 2)),
    ],
    "2022-03-18",
    context="Freight trains between Dandong and Sinuiju resumed in January 2022.",
    note="the two import figures are swapped: January 2022 imports were $17.94 million and February's $2.02 million, so both are wrong (the export figures are right).",
)

H(
    "broadcast_numbers",
    "broadcast",
    "Over the first ten months, Chinese exports to the North came to one billion, three hundred and sixty million dollars.",
    [
        L(
            "export",
            cum(2018, 10),
            Num("one billion, three hundred and sixty million dollars", "1360000000", 0, 10**7),
        )
    ],
    "2018-11-24",
    context="China's trade with North Korea has fallen by more than half this year under sanctions.",
    note="1.36 billion dollars is the January-August figure; January-October exports were 1.78 billion, so wrong.",
)

p = sp("2022-11")
H(
    "level_direction",
    "wire",
    f"China's exports fell to {mn(m('export', p), 2)} in November, while imports rose to {mn(m('import', p), 2)}.",
    [
        L("export", p, mn(m("export", p), 2), direction="down", base=prev(p)),
        L("import", p, mn(m("import", p), 2), direction="up", base=prev(p)),
    ],
    "2022-12-20",
    context="China's trade with North Korea cooled in November 2022.",
    note="November 2022 imports ($11.84 million) were below October's ($21.42 million): 'rose to' is the wrong direction, so that claim is wrong.",
)

H(
    "superlatives_streaks",
    "wire",
    "Imports from the North in October were the lowest since May, and exports in September 2020 the lowest since February.",
    [
        SU("import", "2023-10", "2023-05", "low", "the lowest since May"),
        SU("export", "2020-09", "2020-02", "low", "the lowest since February"),
    ],
    "2023-11-20",
    context="China's purchases from North Korea slipped in October 2023.",
    note="September 2020 exports ($18.88 million) were above March 2020's ($18.03 million): not the lowest since February, so the second claim is wrong.",
)

p = cum(2020, 9)
H(
    "shares",
    "wire",
    "Chinese exports made up 96 percent of the nine-month total.",
    [S("export", "total", p, word("96 percent", "96"))],
    "2020-10-26",
    context="China's trade with North Korea in January-September 2020 fell to $531.2 million.",
    note="exports were $487.33 million of $531.18 million, 91.7%; 96 percent is wrong.",
)

H(
    "balance",
    "yonhap",
    f"North Korea's trade deficit with China in 2023 amounted to {bn(m('balance', yr(2024)), 2, 'US${} billion')}.",
    [B(yr(2023), bn(m("balance", yr(2024)), 2, "US${} billion"))],
    "2024-02-20",
    note="US$1.48 billion is 2024's deficit; 2023's was US$1.71 billion, so wrong.",
)

H(
    "multiples",
    "wire",
    "Exports to North Korea in 2022 were 3.4 times those of 2021, and imports from it in 2023 were 2.8 times 2022's.",
    [
        R("export", yr(2022), yr(2021), times("3.4 times", "3.4"), unit="times"),
        R("import", yr(2023), yr(2022), times("2.8 times", "2.8"), unit="times"),
    ],
    "2024-01-18",
    note="2023 imports were 2.18 times 2022's; '2.8 times' is wrong (the 3.4 times for exports is right).",
)

H(
    "rounding_hedges",
    "wire",
    "China's trade with North Korea last year was $2.1 billion, and imports in April were about $30 million.",
    [
        L("total", yr(2024), bn("2.1", 1)),
        L("import", sp("2024-04"), mn("30", 0), hedge="about"),
    ],
    "2025-01-20",
    note="2024's total was $2,180.39 million, which rounds to $2.2 billion: '$2.1 billion' is a truncation, so approx; April 2024 imports were $29.09 million: 'about $30 million' holds only on the loose tier, so approx.",
)

H(
    "rounding_hedges",
    "wire",
    "China's exports to North Korea in the first ten months of 2023 were some $1.6 billion, and in the first eleven around $1.7 billion.",
    [
        L("export", cum(2023, 10), bn("1.6", 1), hedge="some"),
        L("export", cum(2023, 11), bn("1.7", 1), hedge="around"),
    ],
    "2023-12-20",
    note="January-November exports were $1,782.1 million: 'around $1.7 billion' is 4.8% off, inside the 5% band of 'around', so approx.",
)

# == further outlets' habits: Global Times, bullets, table lines, terse copy ========================
H(
    "rounding_hedges",
    "xinhua",
    f"China-DPRK trade in 2022 surged {pc('{} percent', '233', 0)} year-on-year to about 1.03 billion U.S. dollars, according to the General Administration of Customs, a sign that cross-border exchanges were gradually resuming, the Global Times said.",
    [
        C("total", yr(2022), yr(2021), pc("{} percent", "233", 0)),
        L("total", yr(2022), bn("1.03", 2, "{} billion U.S. dollars"), hedge="about"),
    ],
    "2023-01-20",
)

H(
    "two_figures",
    "thinktank",
    "Table 3. China's trade with the DPRK (US$ million) — Jun 2022 | exports 19.05 | imports 2.00 — Jul 2022 | exports 59.74 | imports 12.00",
    [
        L("export", sp("2022-06"), Num("19.05", "19050000", 2, 10**6)),
        L("import", sp("2022-06"), Num("2.00", "2000000", 2, 10**6)),
        L("export", sp("2022-07"), Num("59.74", "59740000", 2, 10**6)),
        L("import", sp("2022-07"), Num("12.00", "12000000", 2, 10**6)),
    ],
    "2022-09-05",
)

p = sp("2023-10")
H(
    "level_direction",
    "thinktank",
    f"• Imports from the DPRK, Oct. 2023: {mn(m('import', p), 2, 'US${}m')} ({pc('−{}%', '-10.7')} m/m), the lowest since May",
    [
        L("import", p, mn(m("import", p), 2, "US${}m")),
        C("import", p, prev(p), pc("−{}%", "-10.7")),
        SU("import", "2023-10", "2023-05", "low", "the lowest since May"),
    ],
    "2023-11-21",
)

p = sp("2023-11")
H(
    "relative_dates",
    "yonhap",
    f"North Korea-China trade last month hit {mn(m('total', p), 1, 'US${} million')}, up {pc('{} percent', '16.6')} from a month earlier, according to Chinese customs data.",
    [
        L("total", p, mn(m("total", p), 1, "US${} million")),
        C("total", p, prev(p), pc("{} percent", "16.6")),
    ],
    "2023-12-21",
)

H(
    "level_direction",
    "headline",
    f"N. Korea-China trade climbs {pc('{}%', '13.3')} m/m to {mn(m('total', sp('2023-09')), 1, '${} mln')} in Sept.",
    [
        C("total", sp("2023-09"), sp("2023-08"), pc("{}%", "13.3")),
        L(
            "total",
            sp("2023-09"),
            mn(m("total", sp("2023-09")), 1, "${} mln"),
            direction="up",
            base=sp("2023-08"),
        ),
    ],
    "2023-10-20",
)

H(
    "broadcast_numbers",
    "broadcast",
    "That's up twenty-two-point-five percent from July, when trade sank to one hundred forty-four point seven five million dollars.",
    [
        C("total", sp("2024-08"), sp("2024-07"), word("twenty-two-point-five percent", "22.5", 1)),
        L(
            "total",
            sp("2024-07"),
            said("one hundred forty-four point seven five million dollars", "144.75", "million", 2),
            direction="down",
            base=sp("2024-06"),
        ),
    ],
    "2024-09-20",
    context="Trade between China and North Korea rose to about one hundred seventy-seven million dollars in August.",
)

H(
    "two_figures",
    "headline",
    "Exports to N. Korea: $257.4m in Dec. vs $243.6m in Nov.",
    [
        L("export", sp("2025-12"), Num("$257.4m", "257400000", 1, 10**6)),
        L("export", sp("2025-11"), Num("$243.6m", "243600000", 1, 10**6)),
    ],
    "2026-01-20",
)

H(
    "two_figures",
    "wire",
    "North Korea's official trade with its sole major ally fell to $318 million in 2021 from $539 million in 2020, AFP calculated from the customs data.",
    [
        L("total", yr(2021), mn("318", 0), direction="down", base=yr(2020)),
        L("total", yr(2020), mn("539", 0)),
    ],
    "2022-01-18",
)

p = cum(2024, 4)
H(
    "cumulative",
    "yonhap",
    f"China's exports to North Korea in the January-April period reached {mn(m('export', p), 2, 'US${} million')}, down {pc('{} percent', '-8.5')} compared with the same period a year ago.",
    [
        L("export", p, mn(m("export", p), 2, "US${} million")),
        C("export", p, ago(p), pc("{} percent", "-8.5")),
    ],
    "2024-05-21",
)

H(
    "broadcast_numbers",
    "broadcast",
    "Imports from the North last year stood at three hundred fifty million dollars, up nineteen-point-one percent.",
    [
        L("import", yr(2024), said("three hundred fifty million dollars", "350", "million", 0)),
        C("import", yr(2024), yr(2023), word("nineteen-point-one percent", "19.1", 1)),
    ],
    "2025-01-21",
    context="China's customs administration released its 2024 figures for trade with North Korea on Monday.",
)

p = sp("2023-07")
H(
    "level_direction",
    "wire",
    f"Exports edged up {pc('{}%', '1.2')} month-on-month in July to {mn(m('export', p), 1)}, while imports fell {ch('{}%', 'import', p, prev(p))} m/m to {mn(m('import', p), 0)}.",
    [
        C("export", p, prev(p), pc("{}%", "1.2")),
        L("export", p, mn(m("export", p), 1), direction="up", base=prev(p)),
        C("import", p, prev(p), ch("{}%", "import", p, prev(p))),
        L("import", p, mn(m("import", p), 0), direction="down", base=prev(p)),
    ],
    "2023-08-18",
    context="China's trade with North Korea was little changed in July 2023.",
)

p = cum(2020, 6)
H(
    "cumulative",
    "wire",
    f"Total trade for the first six months was down {pc('{}%', '-67', 0)} from a year earlier at {mn(m('total', p), 0)}, with exports off {pc('{}%', '-76.5')}.",
    [
        C("total", p, ago(p), pc("{}%", "-67", 0)),
        L("total", p, mn(m("total", p), 0)),
        C("export", p, ago(p), pc("{}%", "-76.5")),
    ],
    "2020-07-20",
    context="China's trade with North Korea slumped in the first half of 2020 as the border stayed shut.",
    note="exports fell 66.5% in H1 2020 (published); -76.5% is a mistyped digit, so wrong.",
)

p = cum(2019, 3)
H(
    "cumulative",
    "headline",
    f"China Q1 exports to N.Korea {mn(m('export', p), 2, '${}M')}",
    [L("export", p, mn(m("export", p), 2, "${}M"))],
    "2019-04-18",
)

p = cum(2023, 2)
H(
    "perspective",
    "yonhap",
    f"North Korea's imports from China in the first two months of the year more than doubled from a year earlier to {mn(m('export', p), 1, 'US${} million')}, a {pc('{} percent', '161.5')} jump.",
    [
        R(
            "export",
            p,
            ago(p),
            word("more than doubled", "2"),
            unit="times",
            rung_kind="verbal",
            hedge="more than",
        ),
        L("export", p, mn(m("export", p), 1, "US${} million")),
        C("export", p, ago(p), pc("{} percent", "161.5")),
    ],
    "2023-03-20",
)

p = cum(2023, 11)
H(
    "balance",
    "xinhua",
    f"China's trade surplus with the DPRK in the first 11 months of 2023 reached {bn(m('balance', p), 4, '{} billion dollars')}.",
    [B(p, bn(m("balance", p), 4, "{} billion dollars"))],
    "2023-12-20",
)

H(
    "balance",
    "headline",
    "China's surplus with N. Korea Jan-Aug 2023: $1.15 bn",
    [B(cum(2023, 8), Num("$1.15 bn", "1150000000", 2, 10**9))],
    "2023-09-20",
    note="the January-August 2023 surplus was $1,050.69 million ($1.05 billion); $1.15 bn is wrong.",
)

H(
    "superlatives_streaks",
    "yonhap",
    "Imports from the North in July were the highest since December, while China's exports rose for a fifth straight month in October.",
    [
        SU("import", "2022-07", "2021-12", "high", "the highest since December"),
        ST("export", "2022-06", "2022-10", "up", "for a fifth straight month"),
    ],
    "2022-11-21",
    context="North Korea's trade with China recovered through the second half of 2022.",
    note="January 2022 imports ($17.94 million) were above July's ($12.0 million): not the highest since December, so that claim is wrong; the export streak (June-October 2022) is right.",
)

H(
    "other_pairs",
    "broadcast",
    "Russia's exports to the North, by some estimates, were worth around thirty-five million dollars last year, a small fraction of China's.",
    [
        other(
            "level",
            "export",
            yr(2024),
            said("thirty-five million dollars", "35", "million", 0),
            "RUS",
            "PRK",
            hedge="around",
            source=None,
        )
    ],
    "2025-02-12",
)

p = cum(2023, 5)
H(
    "cumulative",
    "xinhua",
    f"In the first five months, China's exports to the DPRK rose {pc('{} percent', '196', 0)} year on year to {mn(m('export', p), 2, '{} million U.S. dollars')}, and imports grew {pc('{} percent', '214', 0)} to {mn(m('import', p), 2, '{} million U.S. dollars')}.",
    [
        C("export", p, ago(p), pc("{} percent", "196", 0)),
        L("export", p, mn(m("export", p), 2, "{} million U.S. dollars")),
        C("import", p, ago(p), pc("{} percent", "214", 0)),
        L("import", p, mn(m("import", p), 2, "{} million U.S. dollars")),
    ],
    "2023-06-20",
    note="January-May 2023 exports rose 169% (published); '196 percent' swaps two digits, so wrong.",
)

p = cum(2023, 6)
H(
    "cumulative",
    "headline",
    f"China-N.Korea trade H1 2023: {bn(m('total', p), 2, '${}B')}, +121% y/y",
    [L("total", p, bn(m("total", p), 2, "${}B")), C("total", p, ago(p), word("+121%", "121", 0))],
    "2023-07-14",
    note="first-half 2023 trade rose 211% (published); +121% swaps two digits, so wrong.",
)

H(
    "perspective",
    "wire",
    f"North Korea's exports to China in March reached {mn(m('export', sp('2024-03')), 2)}, the data showed.",
    [L("import", sp("2024-03"), mn(m("export", sp("2024-03")), 2))],
    "2024-04-20",
    context="China released its March trade figures with North Korea on Saturday.",
    note="$128.03 million is China's exports to North Korea in March 2024; North Korea's exports to China were $30.02 million, so wrong.",
)

H(
    "relative_dates",
    "wire",
    f"Exports last month came to {mn(m('export', sp('2021-10')), 1)}, customs data showed on Monday.",
    [L("export", sp("2021-09"), mn(m("export", sp("2021-10")), 1))],
    "2021-10-18",
    context="China's trade with North Korea is slowly reviving.",
    note="$39.8 million is October 2021's exports; in an October 18 story 'last month' is September ($55.63 million), so wrong.",
)


# == numbers that are not trade claims =============================================================
K = "non_claims"
NCL = [
    (
        "wire",
        "UN Security Council Resolution 2397, adopted in December 2017, capped refined petroleum deliveries to North Korea at 500,000 barrels a year.",
        "2023-02-10",
        [("2397", "a resolution number"), ("500,000 barrels", "a sanctions cap in barrels")],
    ),
    (
        "wire",
        "The New Yalu River Bridge, a 3-kilometre span between Dandong and Sinuiju that cost about 2.2 billion yuan, has yet to open more than a decade after it was finished.",
        "2024-10-08",
        [("3-kilometre", "a length"), ("2.2 billion yuan", "the cost of a bridge, not trade")],
    ),
    (
        "broadcast",
        "North Korea's population is estimated at about twenty-six million.",
        "2021-05-12",
        [("twenty-six million", "a population")],
    ),
    (
        "wire",
        "Rice sold for around 6,000 won a kilogram in Pyongyang markets in March, according to market trackers.",
        "2023-04-03",
        [("6,000 won", "a market price")],
    ),
    (
        "yonhap",
        "Freight trains resumed on the Dandong-Sinuiju line on Jan. 16, 2022, after a 17-month suspension.",
        "2022-01-17",
        [("17-month", "a duration")],
    ),
    (
        "xinhua",
        "2024 marks the 75th anniversary of the establishment of diplomatic relations between China and the DPRK.",
        "2024-01-02",
        [("75th", "an anniversary")],
    ),
    (
        "wire",
        "The won traded at about 8,000 to the dollar in North Korean markets late last year, roughly double its level in 2022.",
        "2024-02-06",
        [("8,000", "an exchange rate"), ("double", "a change in an exchange rate")],
    ),
    (
        "thinktank",
        "Some 100,000 North Korean workers were estimated to be in China before the 2017 sanctions required their repatriation within 24 months.",
        "2020-03-18",
        [("100,000", "a count of workers"), ("24 months", "a deadline")],
    ),
    (
        "wire",
        "Chinese tour groups of up to 300 people a day crossed into Sinuiju from Dandong before the pandemic.",
        "2023-08-29",
        [("300", "a count of tourists")],
    ),
    (
        "wire",
        "China's customs agency publishes its country tables around the 20th of each month, about three weeks after the month ends.",
        "2023-06-20",
        [("20th", "a day of the month"), ("three weeks", "a duration")],
    ),
    (
        "yonhap",
        "North Korea's economy shrank 4.5 percent in 2020, its steepest contraction in 23 years, the Bank of Korea estimated.",
        "2021-07-30",
        [("4.5 percent", "a GDP growth rate, not trade"), ("23 years", "a duration")],
    ),
    (
        "wire",
        "A 2,000-tonne consignment of Chinese fertiliser was seen being unloaded at Nampo, satellite images showed.",
        "2022-07-14",
        [("2,000-tonne", "a tonnage")],
    ),
    (
        "thinktank",
        "Kim Jong Un made four visits to China between March 2018 and June 2019, meeting Xi Jinping five times in all.",
        "2019-07-01",
        [("four visits", "a count of visits"), ("five times", "a count of meetings")],
    ),
    (
        "headline",
        "China forecasts 5% growth for 2025 as Pyongyang eyes new border crossings",
        "2025-03-05",
        [("5%", "a forecast of China's GDP growth"), ("2025", "a year")],
    ),
]
for style, sentence, dateline, ncs in NCL:
    H(K, style, sentence, [], dateline, non=[NC(s, r) for s, r in ncs])

write(Path(__file__).resolve().parent / "heldout4.jsonl", "build_heldout4.py")
