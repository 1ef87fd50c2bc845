# ruff: noqa: E501  (one written sentence per line reads better than wrapped fragments)
"""Build benchmarks/claims/heldout6.jsonl: a sixth held-out labelled set, written blind.

    python benchmarks/claims/build_heldout6.py           # write heldout6.jsonl, print the counts
    python benchmarks/claims/build_heldout6.py --check   # only compare with the committed file

The sentences here were written for a sixth held-out measurement of the claim checker, without
looking at the checker's code, at its output on these sentences, or at the sentences of
``suite.jsonl``, ``heldout.jsonl`` … ``heldout5.jsonl`` or the dev set. They lean on what real
2013–2025 articles do and test sets rarely do: long sentences that mix trade figures with
politics (sanctions, the border reopening, COVID, summits) and numbers that are no trade claims
(dates, resolution numbers, people, prices, other percentages); paragraphs whose subject or
period is set two sentences earlier; a headline followed by its body sentence; parenthetical
conversions into won or yuan; "up/down X% on the year", "from the same month a year earlier",
"compared with pre-pandemic"; several pairs in one paragraph; negations ("did not exceed",
"failed to reach"); year-on-year changes for cumulative periods; revisions; and deliberate
errors (wrong value, right figure for the wrong month, year or flow, wrong direction, wrong
record or streak), each with a ``note``.

Figures come from the preferred rows of datasets/china_dprk.csv through ``gold.py``, rounded as
writers round them, or deliberately altered (a ``note`` says how). Every verdict is computed by
``gold.py`` from the data alone, never by tradestats.check. Figures about other pairs or in won
or yuan are written as a reporter would quote them; they are labelled unverifiable because the
data hold no such series, and they are not checked against any source.
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
from suitelib import Num, cum, sp, yr

setup(
    "H6-",
    [
        "The numbers below are taken from Chinese customs records of commerce with North Korea.",
        "Beijing's customs agency keeps monthly tallies of what crosses its border with the North.",
        "China publishes its trade with North Korea each month through the customs service.",
    ],
)

X, I, T, BAL = "export", "import", "total", "balance"  # noqa: E741


def share(part: str, whole: str, span: str):
    return m(part, span) / m(whole, span) * 100


def ratio(flow: str, span: str, base: str):
    return m(flow, span) / m(flow, base)


WRONG = "deliberate error: "


# -- cumulative ----------------------------------------------------------------------------------
p = cum(2023, 6)
x = usd("${} billion", m(T, p), "billion", 2)
c = pc("{} percent", "211")
H(
    "cumulative",
    "wire",
    f"With the Dandong–Sinuiju crossing reopened to freight and Pyongyang still refusing to readmit most foreign diplomats, trade between China and North Korea in the first half of 2023 reached {x}, a jump of {c} on the year, though analysts cautioned that the comparison base had been hollowed out by the border closure.",
    [L(T, p, x), C(T, p, ago(p), c)],
    "2023-07-20",
)
p = cum(2023, 11)
x = usd("${} billion", m(X, p), "billion", 2)
c = pc("{}%", "146.6")
H(
    "cumulative",
    "wire",
    f"Chinese goods sold to the North between January and November came to {x}, up {c} year-on-year, while the UN panel monitoring sanctions reported fresh evidence of coal smuggling by sea.",
    [L(X, p, x), C(X, p, ago(p), c)],
    "2023-12-20",
)
p = cum(2020, 9)
x = usd("${} million", m(T, p), "million", 0)
c = pc("{} percent", "-72.8")
H(
    "cumulative",
    "thinktank",
    f"Over the first three quarters of 2020, the period in which Pyongyang sealed its frontier against the coronavirus, bilateral commerce with China slumped {c} from the same stretch of 2019 to roughly {x}.",
    [C(T, p, ago(p), c), L(T, p, x, hedge="roughly")],
    "2020-10-25",
)
p = cum(2018, 10)
x = usd("${} billion", m(X, p), "billion", 2)
c = pc("{} percent", "-43.9")
H(
    "cumulative",
    "wire",
    f"Chinese exports to North Korea in the ten months through October shrank {c} from a year before to {x}, figures from Beijing's customs office showed, as the 2017 Security Council bans on textiles, seafood and coal continued to bite.",
    [C(X, p, ago(p), c), L(X, p, x)],
    "2018-11-23",
    note=WRONG + "the published year-on-year fall was 34.9 percent, not 43.9 (digits swapped)",
    non=[NC("2017", "the year of the Security Council bans")],
)
p = cum(2018, 8)
x = usd("${} million", m(I, p), "million", 1)
c = pc("{}%", "-89.3")
H(
    "cumulative",
    "yonhap",
    f"SEOUL, Sept. 25 (Yonhap) -- China's purchases from North Korea in the January-August period stood at {x}, down {c} from the same period a year earlier, according to data compiled by the Korea International Trade Association.",
    [L(I, p, x, source="KITA"), C(I, p, ago(p), c, source="KITA")],
    "2018-09-25",
)
p = cum(2024, 7)
x = usd("${} billion", m(T, p), "billion", 2)
c = pc("{} percent", "-8.4")
H(
    "cumulative",
    "wire",
    f"Despite a summer of high-profile visits between Moscow and Pyongyang, China remained the North's dominant partner: two-way trade in the seven months to July totalled {x}, although that was {c} lower than a year earlier.",
    [L(T, p, x), C(T, p, ago(p), c)],
    "2024-08-20",
)
p = cum(2017, 9)
x = usd("${} billion", m(X, p), "billion", 2)
c = pc("{} percent", "20.9")
H(
    "cumulative",
    "thinktank",
    f"Chinese shipments to the North for January through September 2017 added up to {x}, a rise of {c} from the year before — this despite Beijing announcing on Sept. 23 that it would cap refined petroleum sales at two million barrels a year.",
    [L(X, p, x), C(X, p, ago(p), c)],
    "2017-10-15",
    non=[
        NC("Sept. 23", "the date of an announcement"),
        NC("two million barrels", "a sanctions cap in barrels"),
    ],
)
p = cum(2023, 5)
x = usd("${} million", m(I, p), "million", 1)
c = pc("{} percent", "214")
H(
    "cumulative",
    "wire",
    f"North Korean goods entering China in the first five months of this year, mostly wigs and false eyelashes, were worth {x}, more than triple the year-earlier level at {c} growth.",
    [L(I, p, x), C(I, p, ago(p), c)],
    "2023-06-20",
)
p = cum(2020, 6)
x = usd("${} million", m(X, p), "million", 0)
c = pc("{}%", "-66.5")
H(
    "cumulative",
    "headline",
    f"China's first-half exports to N. Korea at {x}, down {c} on the year",
    [L(X, p, x), C(X, p, ago(p), c)],
    "2020-07-20",
)
p = cum(2020, 4)
x = usd("${} million", m(I, p), "million", 1)
c = pc("{} percent", "-82.5")
H(
    "cumulative",
    "wire",
    f"From January to April, imports from the North slid {c} on the year to just {x}, the customs data showed; the country had by then quarantined hundreds of foreigners and banned tourists.",
    [C(I, p, ago(p), c), L(I, p, x, hedge="just")],
    "2020-05-20",
)
p = cum(2021, 6)
x = usd("${} million", m(T, p), "million", 1)
c = pc("{} percent", "-84")
H(
    "cumulative",
    "broadcast",
    f"And the first half of twenty twenty-one tells the story: commerce across the border reached only {x}, down {c} on the same six months of last year.",
    [L(T, p, x, hedge="only"), C(T, p, ago(p), c)],
    "2021-07-18",
)
p = cum(2023, 10)
x = usd("${} billion", m(T, p), "billion", 2)
c = pc("{}%", "125.2")
H(
    "cumulative",
    "wire",
    f"Bilateral trade for the year to October was {x}, a {c} increase over the corresponding period of 2022, by the customs tally.",
    [L(T, p, x), C(T, p, ago(p), c)],
    "2023-11-20",
    note=WRONG + "the published cumulative change was +152.2%, written here as 125.2%",
)
p = cum(2024, 11)
x = usd("${} billion", m(T, p), "billion", 2)
c = pc("{} percent", "-6")
H(
    "cumulative",
    "thinktank",
    f"Eleven-month figures confirm the cooling: trade between the neighbours came to {x} through November, {c} short of the same period in 2023, with the 75th anniversary of diplomatic ties passing without the promised 'friendship year' fanfare.",
    [L(T, p, x), C(T, p, ago(p), c, direction="down")],
    "2024-12-20",
    non=[NC("75th", "an anniversary ordinal")],
)
p = cum(2023, 3)
xx = usd("${} million", m(X, p), "million", 0)
xi = usd("${} million", m(I, p), "million", 0)
H(
    "cumulative",
    "wire",
    f"In the opening quarter China sent the North goods worth {xx} and took {xi} in return, each more than double the level of early 2022.",
    [
        L(X, p, xx),
        L(I, p, xi),
        R(X, p, ago(p), word("double", "2"), rung_kind="verbal", hedge="more than", unit="times"),
        R(I, p, ago(p), word("double", "2"), rung_kind="verbal", hedge="more than", unit="times"),
    ],
    "2023-04-20",
)
p = cum(2015, 11)
x = usd("${} billion", m(T, p), "billion", 2)
c = pc("{} percent", "-15")
H(
    "cumulative",
    "wire",
    f"China-North Korea trade in the 11 months to November fell {c} to {x} as coal and iron ore prices sagged, although Chinese officials insisted ties remained 'normal'.",
    [C(T, p, ago(p), c), L(T, p, x)],
    "2015-12-18",
)
p = cum(2018, 11)
x = usd("${} million", m(I, p), "million", 1)
c = pc("{} percent", "-88.6")
H(
    "cumulative",
    "wire",
    f"Three summits between Kim Jong Un and Xi Jinping in 2018 did little for the North's sales to China, which in the first eleven months totalled {x}, {c} less than in the same period of 2017.",
    [L(I, p, x), C(I, p, ago(p), c, direction="down")],
    "2018-12-20",
    non=[NC("Three summits", "a count of meetings")],
)


# -- two figures -----------------------------------------------------------------------------------
a, b = sp("2022-10"), sp("2022-11")
x1, x2 = usd("${} million", m(X, a), "million", 1), usd("${} million", m(X, b), "million", 1)
H(
    "two_figures",
    "wire",
    f"Exports from China to North Korea eased to {x2} in November from {x1} in October, the first full month after freight trains between Dandong and Sinuiju resumed following a five-month COVID halt.",
    [L(X, b, x2, direction="down", base=a), L(X, a, x1)],
    "2022-12-20",
    non=[NC("five-month", "the length of a rail suspension")],
)
a, b = sp("2024-08"), sp("2024-09")
x1, x2 = usd("${} million", m(T, a), "million", 1), usd("${} million", m(T, b), "million", 1)
H(
    "two_figures",
    "wire",
    f"Two-way trade climbed to {x2} in September, up from {x1} in August, the first rebound after a summer in which Kim hosted Putin and signed a mutual defence pact.",
    [L(T, b, x2, direction="up", base=a), L(T, a, x1)],
    "2024-10-20",
)
a, b = sp("2020-05"), sp("2020-06")
x1, x2 = usd("${} million", m(X, a), "million", 1), usd("${} million", m(X, b), "million", 1)
H(
    "two_figures",
    "thinktank",
    f"Chinese exports recovered from {x1} in May to {x2} in June 2020, a brief thaw before Pyongyang tightened quarantine again in late July after a suspected case in Kaesong.",
    [L(X, a, x1), L(X, b, x2, direction="up", base=a)],
    "2020-08-05",
)
a, b = sp("2021-09"), sp("2021-10")
x1, x2 = usd("${} million", m(T, a), "million", 0), usd("${} million", m(T, b), "million", 0)
H(
    "two_figures",
    "wire",
    f"Trade between the two countries dropped to about {x2} in October from roughly {x1} a month earlier, when a rare batch of Chinese fertiliser and medical supplies had crossed by sea.",
    [L(T, b, x2, hedge="about", direction="down", base=a), L(T, a, x1, hedge="roughly")],
    "2021-11-18",
)
a = sp("2023-04")
xx, xi = usd("${} million", m(X, a), "million", 1), usd("${} million", m(I, a), "million", 1)
H(
    "two_figures",
    "yonhap",
    f"In April, China's exports to the North and its imports from the country stood at {xx} and {xi}, respectively, the data showed.",
    [L(X, a, xx), L(I, a, xi)],
    "2023-05-21",
)
a, b = sp("2019-09"), sp("2019-10")
x1, x2 = usd("${} million", m(T, a), "million", 1), usd("${} million", "278.0", "million", 1)
H(
    "two_figures",
    "wire",
    f"Bilateral trade rose to {x2} in October 2019 from {x1} in September, weeks after working-level nuclear talks with Washington collapsed in Stockholm.",
    [L(T, b, x2, direction="up", base=a), L(T, a, x1)],
    "2019-11-25",
    note=WRONG
    + "October 2019 trade was $287.0 million; the digits are transposed to $278.0 million",
)
a, b = sp("2022-10"), sp("2022-11")
x1, x2 = usd("${} million", m(I, a), "million", 1), usd("${} million", m(I, b), "million", 1)
H(
    "two_figures",
    "thinktank",
    f"North Korean shipments into China, mostly ferroalloys and hair products, swung between {x1} in October and {x2} in November 2022, erratic swings typical of a trade this small.",
    [L(I, a, x1), L(I, b, x2)],
    "2022-12-28",
)
a, b = sp("2023-10"), sp("2019-10")
x1, x2 = usd("${} million", m(T, a), "million", 1), usd("${} million", m(T, b), "million", 0)
H(
    "two_figures",
    "thinktank",
    f"Even after the reopening, October 2023 trade of {x1} stood at only about two-thirds of the {x2} recorded in October 2019, before the pandemic shut the border.",
    [
        L(T, a, x1),
        L(T, b, x2),
        R(T, a, b, word("two-thirds", "66.7", 1), rung_kind="fraction", hedge="about"),
    ],
    "2023-11-25",
)
a, b = sp("2017-11"), sp("2017-12")
x1, x2 = usd("${} million", m(I, a), "million", 1), usd("${} million", m(I, b), "million", 1)
H(
    "two_figures",
    "wire",
    f"China's imports from the North fell from {x1} in November to {x2} in December 2017, after Resolution 2397 cut the cap on refined petroleum to 500,000 barrels and ordered North Korean workers home within 24 months.",
    [L(I, a, x1), L(I, b, x2, direction="down", base=a)],
    "2018-01-25",
    non=[
        NC("2397", "a resolution number"),
        NC("500,000 barrels", "a sanctions cap"),
        NC("24 months", "a deadline"),
    ],
)
a, b = sp("2024-09"), sp("2024-10")
x1, x2 = usd("${} million", m(T, a), "million", 0), usd("${} million", m(T, b), "million", 0)
H(
    "two_figures",
    "broadcast",
    f"The total went from {x1} in September to {x2} in October — two months of growth, but still short of what the border carried before 2020.",
    [L(T, a, x1), L(T, b, x2, direction="up", base=a)],
    "2024-11-20",
    context="Chinese customs data out this morning show trade with North Korea picking up into the autumn.",
)
a, b = sp("2025-11"), sp("2025-12")
x1, x2 = usd("${} million", m(X, a), "million", 1), usd("${} million", m(X, b), "million", 1)
H(
    "two_figures",
    "wire",
    f"China's sales to North Korea rose to {x2} in December from {x1} in November, customs figures released on Jan. 20 showed, capping a year in which Kim travelled to Beijing for the first time since 2019.",
    [L(X, b, x2, direction="up", base=a), L(X, a, x1)],
    "2026-01-20",
    non=[NC("Jan. 20", "a release date"), NC("2019", "the year of an earlier visit")],
)
a, b = sp("2016-04"), sp("2016-05")
x1, x2 = usd("${} million", m(I, a), "million", 1), usd("${} million", m(I, b), "million", 1)
H(
    "two_figures",
    "wire",
    f"Chinese imports from North Korea inched up to {x2} in May from {x1} in April 2016, even as Beijing said it was enforcing Resolution 2270, adopted on March 2 after the North's fourth nuclear test.",
    [L(I, b, x2, direction="up", base=a), L(I, a, x1)],
    "2016-06-23",
    non=[
        NC("2270", "a resolution number"),
        NC("March 2", "an adoption date"),
        NC("fourth", "a test's ordinal"),
    ],
)


# -- relative dates --------------------------------------------------------------------------------
a = sp("2023-08")
x = usd("${} million", m(X, a), "million", 1)
c = pc("{}%", chg(X, a, prev(a)))
H(
    "relative_dates",
    "wire",
    f"China's exports to North Korea last month reached {x}, up {c} from July, as the North began letting its own citizens stranded abroad return home.",
    [L(X, a, x), C(X, a, prev(a), c)],
    "2023-09-20",
)
a = sp("2022-09")
x = usd("${} million", m(T, a), "million", 1)
H(
    "relative_dates",
    "wire",
    f"Trade between the two countries totalled {x} in the month just ended, the highest in more than two years, a customs statement said on Thursday.",
    [L(T, a, x)],
    "2022-10-20",
)
a = sp("2023-06")
xi = usd("${} million", m(I, a), "million", 1)
c = word("1,375 percent", "1375")
H(
    "relative_dates",
    "yonhap",
    f"North Korea's exports to China in June amounted to {xi}, up {c} from the same month a year earlier, according to the Korea Trade-Investment Promotion Agency.",
    [L(I, a, xi, source="KOTRA"), C(I, a, ago(a), c, source="KOTRA")],
    "2023-07-19",
)
a = yr(2022)
x = usd("${} billion", m(T, a), "billion", 2)
c = pc("{} percent", chg(T, a, ago(a)))
H(
    "relative_dates",
    "wire",
    f"Last year's trade between Beijing and Pyongyang came to {x}, up {c} on the year, but still far below pre-pandemic levels, customs data showed on Wednesday.",
    [L(T, a, x), C(T, a, ago(a), c)],
    "2023-01-18",
)
a = sp("2024-04")
x = usd("${} million", m(X, a), "million", 1)
H(
    "relative_dates",
    "wire",
    f"Chinese exports across the border reached {x} in April, the same month Zhao Leji, China's third-ranking official, visited Pyongyang to open the 'friendship year'.",
    [L(X, a, x)],
    "2024-05-20",
    non=[NC("third-ranking", "a rank")],
)
a = sp("2021-10")
x = usd("${} million", m(X, a), "million", 1)
c = pc("{} percent", chg(X, a, prev(a)))
H(
    "relative_dates",
    "wire",
    f"China's shipments to its neighbour fell {c} from the previous month to {x} in October, Chinese data showed this week.",
    [C(X, a, prev(a), c), L(X, a, x)],
    "2021-11-18",
)
a = sp("2022-05")
x = usd("${} million", m(T, a), "million", 1)
c = pc("{}%", chg(T, a, prev(a)))
H(
    "relative_dates",
    "wire",
    f"Trade collapsed {c} from April to {x} last month after Pyongyang admitted its first COVID-19 outbreak on May 12 and rail links were suspended again.",
    [C(T, a, prev(a), c), L(T, a, x)],
    "2022-06-20",
    non=[NC("May 12", "the date of an announcement"), NC("COVID-19", "a disease name")],
)
a = sp("2023-07")
x = usd("${} million", m(X, a), "million", 1)
H(
    "relative_dates",
    "wire",
    f"China sold the North goods worth {x} in August, customs data published on Friday showed.",
    [L(X, sp("2023-08"), x)],
    "2023-09-22",
    note=WRONG + "$156.6 million is July 2023's export figure; August was $162.9 million",
)
a = yr(2023)
x = usd("${} billion", m(T, a), "billion", 1)
c = pc("{} percent", chg(T, a, ago(a)))
H(
    "relative_dates",
    "thinktank",
    f"Bilateral trade more than doubled last year, by {c} to {x}, though the North's goods made up a small slice of it.",
    [
        C(T, a, ago(a), c),
        L(T, a, x),
        R(
            T,
            a,
            ago(a),
            word("more than doubled", "2"),
            rung_kind="verbal",
            hedge="more than",
            surface="more than doubled",
            unit="times",
        ),
    ],
    "2024-01-20",
)
a = sp("2024-12")
x = usd("${} million", m(I, a), "million", 1)
H(
    "relative_dates",
    "wire",
    f"Imports from North Korea in the final month of the year were {x}, the data showed, while Beijing did not comment on reports that thousands of North Korean workers remained in Chinese factories.",
    [L(I, a, x)],
    "2025-01-20",
    non=[NC("thousands", "a count of workers")],
)
a = sp("2025-09")
x = usd("${} million", m(I, a), "million", 1)
H(
    "relative_dates",
    "wire",
    f"North Korea's sales to China in September came to {x}, a month in which Kim attended Beijing's Sept. 3 military parade alongside Xi and Putin.",
    [L(I, a, x)],
    "2025-10-20",
    non=[NC("Sept. 3", "a parade date")],
)
a = yr(2024)
x = usd("${} billion", m(T, a), "billion", 2)
c = pc("{} percent", chg(T, a, ago(a)))
H(
    "relative_dates",
    "wire",
    f"China-North Korea trade rose {c} last year to {x}, customs data showed on Monday, as the North deepened military cooperation with Moscow.",
    [C(T, a, ago(a), word(c.surface, c.value.lstrip("-"), 1), direction="up"), L(T, a, x)],
    "2025-01-20",
    note=WRONG + "trade fell 5.0 percent in 2024; the sentence says it rose",
)


# -- perspective -----------------------------------------------------------------------------------
a = sp("2023-11")
xi = usd("${} million", m(I, a), "million", 1)
xx = usd("${} million", m(X, a), "million", 1)
H(
    "perspective",
    "wire",
    f"The North exported {xi} worth of goods to China in November and bought {xx} in return, according to Chinese figures, a gap Pyongyang has long covered through unrecorded flows.",
    [L(I, a, xi), L(X, a, xx)],
    "2023-12-20",
)
a = yr(2021)
x = usd("${} million", m(X, a), "million", 1)
H(
    "perspective",
    "thinktank",
    f"North Korea's imports from China in 2021 amounted to {x}, the lowest level in decades, as the regime rejected even donated vaccines.",
    [L(X, a, x)],
    "2022-02-10",
)
a = sp("2022-08")
x = usd("${} million", m(X, a), "million", 1)
H(
    "perspective",
    "wire",
    f"Pyongyang's purchases from its main ally reached {x} in August 2022, Chinese customs figures showed.",
    [L(X, a, x)],
    "2022-09-20",
)
a = sp("2024-03")
x = usd("${} million", m(I, a), "million", 1)
H(
    "perspective",
    "yonhap",
    f"SEOUL, April 20 (Yonhap) -- North Korea's outbound shipments to China reached {x} in March, according to Chinese data analysed by the unification ministry.",
    [L(I, a, x)],
    "2024-04-20",
    non=[NC("April 20", "a dateline date")],
)
a = sp("2022-12")
x = usd("${} million", m(X, a), "million", 1)
H(
    "perspective",
    "wire",
    f"Shipments of North Korean goods to China rose to {x} in December, a trade analyst in Seoul said.",
    [L(I, a, x)],
    "2023-01-20",
    note=WRONG
    + "$122.4 million is China's export figure for December 2022 (rounded); North Korean goods shipped to China were $19.1 million",
)
a = yr(2020)
x = usd("${} million", m(I, a), "million", 0)
H(
    "perspective",
    "thinktank",
    f"Seen from Pyongyang, exports to China in 2020 earned it a mere {x}, barely enough to cover a few weeks of grain purchases in normal years.",
    [L(I, a, x, hedge="a mere")],
    "2021-02-05",
)
a = sp("2017-10")
x = usd("${} million", m(I, a), "million", 1)
H(
    "perspective",
    "wire",
    f"What the North sold across the Yalu River in October 2017 fell to {x}, the customs data showed, after coal, iron and seafood sales were banned outright.",
    [L(I, a, x, direction="down", base=prev(a))],
    "2017-11-23",
)
a = sp("2023-05")
xx = usd("${} million", m(X, a), "million", 1)
H(
    "perspective",
    "broadcast",
    f"From North Korea's side of the ledger, what it bought from China in May came to {xx} — rice, flour, soybean oil and sugar leading the list.",
    [L(X, a, xx)],
    "2023-06-20",
)
a = cum(2024, 6)
x = usd("${} million", m(I, a), "million", 1)
H(
    "perspective",
    "wire",
    f"North Korea's earnings from sales to China in the first half of 2024 totalled {x}, according to Chinese customs, against a backdrop of reports that Pyongyang was shipping artillery shells to Russia.",
    [L(I, a, x)],
    "2024-07-20",
)
a = sp("2021-12")
x = usd("${} million", m(I, a), "million", 1)
H(
    "perspective",
    "wire",
    f"Chinese purchases of North Korean goods reached {x} in December 2021, the data showed.",
    [L(I, a, x)],
    "2022-01-20",
)


# -- broadcast numbers -------------------------------------------------------------------------------
a = yr(2023)
H(
    "broadcast_numbers",
    "broadcast",
    "Trade between China and North Korea last year: two-point-three billion dollars. That's the most since the pandemic began.",
    [L(T, a, said("two-point-three billion dollars", "2.3", "billion", 1))],
    "2024-01-19",
)
a = sp("2022-04")
H(
    "broadcast_numbers",
    "broadcast",
    "In April, China shipped ninety-eight-point-one million dollars' worth of goods north of the border, before the lockdown in Pyongyang shut things down again.",
    [L(X, a, said("ninety-eight-point-one million dollars", "98.1", "million", 1))],
    "2022-05-20",
)
a = sp("2024-02")
H(
    "broadcast_numbers",
    "broadcast",
    "February's total came in at a hundred and twenty million dollars, down sharply from January, which always gets a Lunar New Year boost.",
    [L(T, a, said("a hundred and twenty million dollars", "120", "million", 0))],
    "2024-03-20",
)
a = sp("2020-10")
H(
    "broadcast_numbers",
    "broadcast",
    "And the October figure for Chinese exports? Two hundred and fifty-three thousand dollars. Yes, thousand, not million.",
    [L(X, a, said("Two hundred and fifty-three thousand dollars", "253", "thousand", 0))],
    "2020-11-20",
)
a = yr(2017)
H(
    "broadcast_numbers",
    "broadcast",
    "For twenty-seventeen as a whole the figure was four-point-nine-eight billion dollars in two-way trade, the year the sanctions really landed.",
    [L(T, a, said("four-point-nine-eight billion dollars", "4.98", "billion", 2))],
    "2018-01-15",
)
a = sp("2022-10")
H(
    "broadcast_numbers",
    "broadcast",
    "Chinese exports in October: one-thirty-two-point-four million dollars, the best month in two and a half years.",
    [L(X, a, said("one-thirty-two-point-four million dollars", "132.4", "million", 1))],
    "2022-11-20",
)
a = sp("2023-09")
H(
    "broadcast_numbers",
    "broadcast",
    "The September number for total trade was two hundred and sixty-one-point-five million dollars, according to the customs release.",
    [L(T, a, said("two hundred and sixty-one-point-five million dollars", "261.5", "million", 1))],
    "2023-10-20",
    note=WRONG + "September 2023 trade was $216.5 million; the read-aloud figure transposes it",
)
a = sp("2021-03")
H(
    "broadcast_numbers",
    "broadcast",
    "March saw exports from China of thirteen million dollars, the first meaningful shipments since the border closed last year.",
    [L(X, a, said("thirteen million dollars", "13", "million", 0))],
    "2021-04-20",
)
a = sp("2024-05")
H(
    "broadcast_numbers",
    "broadcast",
    "North Korea sold China thirty-one million dollars of goods in May, mostly processed hair and wigs.",
    [L(I, a, said("thirty-one million dollars", "31", "million", 0))],
    "2024-06-20",
)
a = yr(2013)
H(
    "broadcast_numbers",
    "broadcast",
    "Back in twenty-thirteen, total trade reached six-point-five-five billion dollars, a record at the time, in the year that ended with the execution of Jang Song Thaek.",
    [L(T, a, said("six-point-five-five billion dollars", "6.55", "billion", 2))],
    "2014-01-25",
)


# -- level and direction ---------------------------------------------------------------------------
a = sp("2022-06")
x = usd("${} million", m(T, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"Trade edged up to {x} in June from May's lockdown-hit low, as the North lifted some restrictions declared on May 12.",
    [L(T, a, x, direction="up", base=prev(a))],
    "2022-07-20",
    non=[NC("May 12", "a date")],
)
a = sp("2023-06")
x = usd("${} million", m(X, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"Chinese exports slipped to {x} in June, down for a second month, as Pyongyang's authorities clamped down on private grain sales.",
    [
        L(X, a, x, direction="down", base=prev(a)),
        ST(X, "2023-05", "2023-06", "down", "for a second month"),
    ],
    "2023-07-20",
)
a = sp("2024-07")
x = usd("${} million", m(T, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"Two-way trade sank to {x} in July, down from June, amid reports that Beijing had ordered North Korean workers home and trimmed flights to Pyongyang.",
    [L(T, a, x, direction="down", base=prev(a))],
    "2024-08-20",
)
a = sp("2021-05")
x = usd("${} million", m(T, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"After a spring uptick, total trade plunged to {x} in May 2021, a sign the North had again frozen cross-border shipments.",
    [L(T, a, x, direction="down", base=prev(a))],
    "2021-06-18",
)
a = sp("2020-11")
x = usd("${} million", m(X, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"Chinese exports to North Korea dwindled to {x} in November 2020, as Pyongyang ordered soldiers to shoot anyone approaching the border.",
    [L(X, a, x, direction="down", base=prev(a))],
    "2020-12-18",
)
a = sp("2023-04")
x = usd("${} million", m(I, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"North Korea's shipments into China jumped to {x} in April, from March, driven by wigs and ferroalloys.",
    [L(I, a, x, direction="up", base=prev(a))],
    "2023-05-20",
)
a = sp("2022-12")
x = usd("${} million", m(T, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"Bilateral trade dipped to {x} in December from November, the customs data showed.",
    [L(T, a, x, direction="down", base=prev(a))],
    "2023-01-20",
    note=WRONG
    + "December 2022 trade ($141.5 million) rose from November ($125.7 million); the sentence says it dipped",
)
a = sp("2024-04")
x = usd("${} million", m(T, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"Trade strengthened to {x} in April from March, Chinese customs data showed, as the two governments marked the 75th year of relations.",
    [L(T, a, x, direction="up", base=prev(a))],
    "2024-05-20",
    non=[NC("75th", "an anniversary")],
)
a = sp("2018-01")
x = usd("${} million", m(I, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"China's imports from North Korea slumped to {x} in January 2018 from a year earlier, the data showed.",
    [L(I, a, x, direction="down", base=ago(a))],
    "2018-02-23",
)
a = sp("2019-05")
x = usd("${} million", m(X, a), "million", 1)
H(
    "level_direction",
    "wire",
    f"Chinese exports to the North rose to {x} in May 2019 from April, a month after Kim's summit in Vladivostok with Putin.",
    [L(X, a, x, direction="up", base=prev(a))],
    "2019-06-20",
)


# -- shares ------------------------------------------------------------------------------------------
a = yr(2023)
c = pc("{} percent", share(X, T, a))
H(
    "shares",
    "thinktank",
    f"Chinese exports made up {c} of the countries' combined trade in 2023, a lopsidedness that has grown since sanctions barred most of what the North used to sell.",
    [S(X, T, a, c)],
    "2024-02-01",
)
a = yr(2016)
c = pc("{}%", share(I, T, a))
H(
    "shares",
    "wire",
    f"In 2016, before Resolution 2371 banned its coal, iron and seafood sales, North Korea's exports accounted for {c} of its trade with China.",
    [S(I, T, a, c)],
    "2017-08-10",
    non=[NC("2371", "a resolution number")],
)
a = sp("2021-01")
H(
    "shares",
    "thinktank",
    "In January 2021 virtually every dollar of the $1.5 million in trade was North Korean goods going into China; Chinese exports that month rounded to zero.",
    [L(T, a, usd("${} million", m(T, a), "million", 1))],
    "2021-03-01",
)
a = sp("2024-05")
c = pc("{} percent", share(I, T, a), 0)
H(
    "shares",
    "wire",
    f"The North's own goods made up about {c} of the month's trade in May 2024, the rest being Chinese food, fertiliser and textiles.",
    [S(I, T, a, c, hedge="about")],
    "2024-06-20",
)
a = yr(2022)
H(
    "shares",
    "thinktank",
    "Chinese exports represented nearly nine-tenths of bilateral trade in 2022.",
    [S(X, T, a, word("nine-tenths", "90"), rung_kind="fraction", hedge="nearly")],
    "2023-02-15",
)
a = cum(2023, 8)
c = pc("{} percent", share(I, T, a))
H(
    "shares",
    "wire",
    f"Of the {usd('${} billion', m(T, a), 'billion', 2)} traded between January and August, North Korean exports to China accounted for {c}, Chinese data showed.",
    [L(T, a, usd("${} billion", m(T, a), "billion", 2)), S(I, T, a, c)],
    "2023-09-20",
)
a = sp("2017-08")
c = pc("{} percent", "38.1")
H(
    "shares",
    "wire",
    f"North Korean shipments were {c} of the two countries' trade in August 2017, the last month before the full coal and seafood bans took effect on Sept. 5.",
    [S(I, T, a, c)],
    "2017-09-25",
    note=WRONG + "imports were 47.7% of August 2017 trade ($288.3m of $604.3m); 38.1% is wrong",
    non=[NC("Sept. 5", "a date")],
)
a = yr(2024)
c = pc("{} percent", share(I, T, a), 0)
H(
    "shares",
    "thinktank",
    f"Imports from the North were about {c} of bilateral trade in 2024, up from roughly 13 percent the year before, still a fraction of the roughly half they made up in 2016.",
    [
        S(I, T, a, c, hedge="about"),
        S(I, T, yr(2023), pc("{} percent", share(I, T, yr(2023)), 0), hedge="roughly"),
        S(I, T, yr(2016), word("roughly half", "50"), rung_kind="fraction", hedge="roughly"),
    ],
    "2025-02-10",
)


# -- balance -----------------------------------------------------------------------------------------
a = yr(2023)
x = usd("${} billion", m(BAL, a), "billion", 2)
H(
    "balance",
    "wire",
    f"China ran a surplus of {x} with North Korea in 2023, a figure that far exceeds anything Pyongyang could finance through legal exports under UN sanctions.",
    [B(a, x)],
    "2024-01-25",
)
a = yr(2017)
x = usd("${} billion", m(BAL, a), "billion", 2)
H(
    "balance",
    "thinktank",
    f"North Korea's deficit with China reached {x} in 2017 — on Chinese figures, a surplus for Beijing — the widest gap since the mid-2000s.",
    [B(a, x)],
    "2018-02-20",
)
a = sp("2021-01")
x = usd("${} million", -m(BAL, a), "million", 1)
H(
    "balance",
    "wire",
    f"In a rare reversal, China recorded a deficit of {x} in its January 2021 trade with North Korea, because it bought a little and sold almost nothing.",
    [B(a, said(x.surface, "-" + x.surface[1:].split()[0], "million", 1))],
    "2021-02-20",
)
a = cum(2023, 6)
x = usd("${} million", m(X, a) - m(I, a), "million", 0)
H(
    "balance",
    "wire",
    f"Beijing's trade surplus with Pyongyang for January-June stood at about {x}, customs data suggest.",
    [B(a, x, hedge="about")],
    "2023-07-25",
)
a = yr(2022)
H(
    "balance",
    "thinktank",
    "The 2022 surplus on China's side did not exceed $700 million, the data show.",
    [B(a, said("$700 million", "700", "million", 0), hedge="less than")],
    "2023-02-01",
    note=WRONG + "China's 2022 surplus was $760.3 million, so it did exceed $700 million",
)
a = sp("2024-03")
x = usd("${} million", m(BAL, a), "million", 1)
H(
    "balance",
    "wire",
    f"China's surplus with the North in March 2024 came to {x}, Chinese data showed, as the two sides prepared to open their 'friendship year'.",
    [B(a, x)],
    "2024-04-20",
)
a = yr(2015)
x = usd("${} million", m(BAL, a), "million", 0)
H(
    "balance",
    "wire",
    f"China's 2015 surplus in trade with North Korea narrowed to {x} as the North sold more coal and ore southward across the Yalu.",
    [B(a, x, direction="down", base=ago(a))],
    "2016-01-25",
)
a = sp("2025-11")
x = usd("${} million", m(BAL, a), "million", 1)
xx, xi = usd("${} million", m(X, a), "million", 1), usd("${} million", m(I, a), "million", 1)
H(
    "balance",
    "wire",
    f"Selling {xx} and buying {xi}, China was left with a surplus of {x} in November, its widest monthly gap with the North in years, weeks after Premier Li Qiang attended the ruling party's 80th anniversary parade in Pyongyang.",
    [L(X, a, xx), L(I, a, xi), B(a, x)],
    "2025-12-20",
    non=[NC("80th", "an anniversary")],
)
a = yr(2020)
x = usd("${} million", m(BAL, a), "million", 0)
H(
    "balance",
    "thinktank",
    f"Even in 2020, when trade collapsed, Beijing still ran a surplus of {x} with its neighbour, most of it earned before the border shut.",
    [B(a, x)],
    "2021-01-30",
)


# -- superlatives and streaks ------------------------------------------------------------------------
H(
    "superlatives_streaks",
    "wire",
    "China's exports to North Korea rose for a fifth straight month in October 2022, the data showed, as rail freight resumed in late September.",
    [ST(X, "2022-06", "2022-10", "up", "for a fifth straight month")],
    "2022-11-20",
)
H(
    "superlatives_streaks",
    "wire",
    "Chinese exports to the North in September 2021 were the highest since June 2020, an early sign the sealed border was loosening.",
    [SU(X, "2021-09", "2020-06", "high", "the highest since June 2020")],
    "2021-10-20",
    note=WRONG
    + "July 2020 exports ($65.9m) were above September 2021 ($55.6m); the record reaches back only to July 2020",
)
H(
    "superlatives_streaks",
    "thinktank",
    "At $55.6 million, September 2021's exports from China were the highest since July 2020.",
    [
        L(X, sp("2021-09"), usd("${} million", m(X, sp("2021-09")), "million", 1)),
        SU(X, "2021-09", "2020-07", "high", "the highest since July 2020"),
    ],
    "2021-10-25",
)
H(
    "superlatives_streaks",
    "wire",
    "North Korea's sales to China sank to just $2.0 million in June 2022, the lowest since February that year, as the lockdown over the Omicron outbreak dragged on.",
    [
        L(I, sp("2022-06"), usd("${} million", m(I, sp("2022-06")), "million", 1), hedge="just"),
        SU(I, "2022-06", "2022-02", "low", "the lowest since February that year"),
    ],
    "2022-07-20",
    note=WRONG
    + "February 2022 imports were a shade below June's $2.0 million, so June was not the lowest since February",
)
H(
    "superlatives_streaks",
    "wire",
    "North Korea's sales to China fell to their lowest since March 2020, customs data showed, when the border had only just closed.",
    [SU(I, "2021-05", "2020-03", "low", "their lowest since March 2020")],
    "2021-06-20",
    context="Imports from North Korea in May 2021 were $0.7 million.",
)
H(
    "superlatives_streaks",
    "thinktank",
    "Total trade increased for a third consecutive month in September 2024, the customs figures show, the longest run of gains that year.",
    [ST(T, "2024-07", "2024-09", "up", "for a third consecutive month")],
    "2024-10-25",
    note=WRONG
    + "the rising run ends in October, not September; the streak is given the wrong end month",
)
H(
    "superlatives_streaks",
    "wire",
    "Chinese exports to North Korea fell in 2024 for the first time since 2021, when the border was sealed almost shut.",
    [FD(X, 2024, 2021, "for the first time since 2021")],
    "2025-01-25",
)
H(
    "superlatives_streaks",
    "wire",
    "Imports from North Korea rose for a second month in a row in August 2022, before falling back in September.",
    [ST(I, "2022-07", "2022-08", "up", "for a second month in a row")],
    "2022-12-20",
)


# -- other pairs and currencies ------------------------------------------------------------------------
a = yr(2023)
x = usd("${} billion", m(T, a), "billion", 2)
H(
    "other_pairs",
    "wire",
    f"China's trade with North Korea reached {x} in 2023 (about 3 trillion won), while Russia, despite the Putin-Kim rapprochement, reported barely $34 million of trade with the North for the year.",
    [
        L(T, a, x),
        L(
            T,
            a,
            said("about 3 trillion won", "3000000", "million", 0),
            currency="KRW",
            hedge="about",
        ),
        other(
            "level",
            T,
            a,
            said("$34 million", "34", "million", 0),
            "RUS",
            "PRK",
            hedge="barely",
            source=None,
        ),
    ],
    "2024-02-15",
)
a = yr(2022)
H(
    "other_pairs",
    "wire",
    "China's total trade with South Korea, by contrast, came to roughly $310 billion in 2022, dwarfing its commerce with the North.",
    [
        other(
            "level",
            T,
            a,
            said("roughly $310 billion", "310", "billion", 0),
            "CHN",
            "KOR",
            hedge="roughly",
        )
    ],
    "2023-01-25",
)
a = cum(2023, 6)
H(
    "other_pairs",
    "xinhua",
    "In RMB terms, China-DPRK trade in the first half rose 226.8 percent year on year to 7.24 billion yuan.",
    [
        C(T, a, ago(a), pc("{} percent", "226.8"), terms="CNY"),
        L(T, a, said("7.24 billion yuan", "7.24", "billion", 2), currency="CNY"),
    ],
    "2023-07-20",
)
a = yr(2019)
H(
    "other_pairs",
    "thinktank",
    "Inter-Korean trade, once worth more than $2 billion a year through the Kaesong complex, was close to zero by 2019, and China accounted for over 95 percent of the North's recorded trade, by KOTRA's count.",
    [
        other(
            "share",
            T,
            a,
            pc("{} percent", "95", 0),
            "PRK",
            "CHN",
            whole=T,
            hedge="over",
            source="KOTRA",
        )
    ],
    "2020-07-20",
    non=[NC("$2 billion", "a historical inter-Korean level with no period")],
)
a = sp("2024-09")
H(
    "other_pairs",
    "wire",
    "Vietnam's exports to North Korea, the next-largest recorded flow, were a fraction of China's at under $10 million in September 2024.",
    [
        other(
            "level",
            X,
            a,
            said("under $10 million", "10", "million", 0),
            "VNM",
            "PRK",
            hedge="under",
            source=None,
            surface="$10 million",
        ),
    ],
    "2024-10-25",
)
a = yr(2024)
H(
    "other_pairs",
    "wire",
    "Mongolia–North Korea trade remained negligible at roughly $1 million in 2024, and Russia's customs service has withheld country-level data since early 2022.",
    [
        other(
            "level",
            T,
            a,
            said("roughly $1 million", "1", "million", 0),
            "MNG",
            "PRK",
            hedge="roughly",
            source=None,
            surface="$1 million",
        )
    ],
    "2025-03-10",
)
a = sp("2023-09")
H(
    "other_pairs",
    "xinhua",
    "Measured in yuan, imports from the DPRK in September reached 203 million yuan, up 110 percent from a year earlier.",
    [
        L(I, a, said("203 million yuan", "203", "million", 0), currency="CNY"),
        C(I, a, ago(a), pc("{} percent", "110", 0), terms="CNY"),
    ],
    "2023-10-20",
)


# -- rounding and hedges ---------------------------------------------------------------------------------
a = yr(2023)
H(
    "rounding_hedges",
    "wire",
    "Trade between China and North Korea topped $2.2 billion last year, the most since the pandemic began.",
    [L(T, a, said("$2.2 billion", "2.2", "billion", 1), hedge="above", surface="$2.2 billion")],
    "2024-01-20",
)
a = yr(2021)
H(
    "rounding_hedges",
    "wire",
    "Trade in 2021 failed to reach even $320 million, the lowest annual total since the early 1990s.",
    [L(T, a, said("$320 million", "320", "million", 0), hedge="less than", surface="$320 million")],
    "2022-01-20",
    non=[NC("1990s", "a decade")],
)
a = yr(2022)
H(
    "rounding_hedges",
    "wire",
    "China sold the North just under $900 million in goods in 2022, customs data showed.",
    [L(X, a, said("just under $900 million", "900", "million", 0), hedge="just under")],
    "2023-01-20",
)
a = sp("2024-06")
H(
    "rounding_hedges",
    "wire",
    "Total trade was about $180 million in June 2024, on a par with the same month a year earlier.",
    [
        L(
            T,
            a,
            said("about $180 million", "180", "million", 0),
            hedge="about",
            surface="$180 million",
        )
    ],
    "2024-07-20",
    note="rounding only: June 2024 trade was $178.45 million, outside $180m's strict interval but within its 'about' band",
)
a = yr(2014)
H(
    "rounding_hedges",
    "thinktank",
    "Bilateral trade in 2014 stood at some $6.4 billion, a slight drop from the record of the previous year, as Beijing cooled towards Kim after Jang Song Thaek's execution.",
    [L(T, a, said("$6.4 billion", "6.4", "billion", 1), hedge="some")],
    "2015-02-01",
)
a = sp("2023-07")
H(
    "rounding_hedges",
    "wire",
    "Chinese exports to North Korea in July exceeded $160 million, the data showed.",
    [L(X, a, said("$160 million", "160", "million", 0), hedge="in excess of")],
    "2023-08-20",
    note=WRONG + "July 2023 exports were $156.6 million, below $160 million",
)
a = sp("2020-09")
H(
    "rounding_hedges",
    "wire",
    "In September 2020 imports from North Korea barely reached $2 million, a rounding error in China's trade with the world.",
    [L(I, a, said("$2 million", "2", "million", 0))],
    "2020-10-25",
)
a = cum(2023, 8)
H(
    "rounding_hedges",
    "wire",
    "China-North Korea trade for January through August came in at nearly $1.43 billion, the customs office said.",
    [L(T, a, said("$1.43 billion", "1.43", "billion", 2), hedge="nearly")],
    "2023-09-20",
)
a = yr(2016)
H(
    "rounding_hedges",
    "wire",
    "China's trade with the North in 2016 amounted to approximately $5.4 billion, by the customs office's revised tables.",
    [L(T, a, said("$5.4 billion", "5.4", "billion", 1), hedge="approximately")],
    "2017-02-10",
)
a = sp("2022-07")
H(
    "rounding_hedges",
    "wire",
    "July's exports from China to the North were around $60 million, the data showed.",
    [L(X, a, said("$60 million", "60", "million", 0), hedge="around")],
    "2022-08-20",
)


# -- multiples -----------------------------------------------------------------------------------------
a, b = yr(2023), yr(2022)
H(
    "multiples",
    "wire",
    "Chinese exports to North Korea more than doubled in 2023 from the year before, as the border reopened to trucks and ferries.",
    [
        R(
            X,
            a,
            b,
            word("more than doubled", "2"),
            rung_kind="verbal",
            hedge="more than",
            unit="times",
        )
    ],
    "2024-01-20",
)
a, b = yr(2023), yr(2021)
H(
    "multiples",
    "thinktank",
    "The 2023 total was roughly seven times the level of 2021, when trade all but stopped.",
    [R(T, a, b, word("seven times", "7"), unit="times", hedge="roughly")],
    "2024-02-01",
)
a, b = sp("2022-10"), sp("2022-05")
H(
    "multiples",
    "wire",
    "October's two-way trade of $153.9 million was more than seven times the level in May, when a COVID wave shut the North down.",
    [
        L(T, a, usd("${} million", m(T, a), "million", 1)),
        R(T, a, b, word("seven times", "7"), unit="times", hedge="more than"),
    ],
    "2022-11-20",
)
a, b = yr(2022), yr(2021)
H(
    "multiples",
    "wire",
    "Imports from the North more than tripled in 2022 from 2021, Chinese customs data showed.",
    [
        R(
            I,
            a,
            b,
            word("more than tripled", "3"),
            rung_kind="verbal",
            hedge="more than",
            unit="times",
        )
    ],
    "2023-01-20",
    note=WRONG + "imports rose from $57.9m to $133.7m, about 2.3 times, not more than threefold",
)
a, b = yr(2024), yr(2023)
x = m(T, a) - m(T, b)
H(
    "multiples",
    "wire",
    f"Trade shrank by {usd('${} million', -x, 'million', 0)} in 2024 from a year earlier, the customs data showed.",
    [
        A(
            T,
            a,
            b,
            said(
                usd("${} million", -x, "million", 0).surface,
                "-" + usd("${} million", -x, "million", 0).surface[1:].split()[0],
                "million",
                0,
            ),
        )
    ],
    "2025-01-20",
)
a, b = yr(2020), yr(2017)
c = pc("{} percent", chg(T, a, b), 0)
H(
    "multiples",
    "thinktank",
    f"At $539 million, 2020 trade was {c} lower than in 2017, the last year before the sectoral bans were fully in force.",
    [L(T, a, said("$539 million", "539", "million", 0)), C(T, a, b, c)],
    "2021-03-01",
)
a, b = cum(2023, 3), ago(cum(2023, 3))
H(
    "multiples",
    "wire",
    "Chinese exports in the first quarter of 2023 were 2.5 times those of a year earlier, when trade was still hobbled by the border closure.",
    [R(X, a, b, word("2.5 times", "2.5", 1), unit="times")],
    "2023-04-20",
)


# -- figures that are not trade claims -------------------------------------------------------------------
for style, sentence, dl, non in [
    (
        "wire",
        "Dandong, a city of about 2.2 million people on the Yalu River, handles roughly 70 percent of the overland traffic with North Korea, local officials say.",
        "2019-04-10",
        [
            NC("2.2 million people", "population"),
            NC("70 percent", "a share of traffic, not of trade value"),
        ],
    ),
    (
        "wire",
        "Resolution 2375, passed on Sept. 11, 2017, capped the North's imports of refined petroleum products at 2 million barrels a year and banned its textile exports.",
        "2017-09-12",
        [
            NC("2375", "a resolution number"),
            NC("Sept. 11, 2017", "a date"),
            NC("2 million barrels", "a quota"),
        ],
    ),
    (
        "broadcast",
        "Rice was selling for about 6,000 won a kilogram in Sinuiju markets last week, our sources tell us, roughly double the price a year ago.",
        "2023-10-05",
        [
            NC("6,000 won a kilogram", "a market price"),
            NC("roughly double", "a change in a price, not trade"),
        ],
    ),
    (
        "wire",
        "About 300 trucks a day crossed the Sino-Korean Friendship Bridge before 2020; by late 2023 traders counted fewer than 100.",
        "2023-12-01",
        [NC("300 trucks", "a traffic count"), NC("fewer than 100", "a traffic count")],
    ),
    (
        "thinktank",
        "Between 50,000 and 100,000 North Korean workers were believed to be in China in 2023, many of them in seafood plants in Liaoning and Jilin.",
        "2024-01-15",
        [NC("50,000 and 100,000", "a range of workers")],
    ),
    (
        "headline",
        "Xi, Kim hold fifth summit in Pyongyang, 14 years after last Chinese leader's visit",
        "2019-06-21",
        [NC("fifth summit", "a meeting count"), NC("14 years", "a duration")],
    ),
    (
        "wire",
        "North Korea's economy grew 3.1 percent in 2023, the Bank of Korea estimated, the first expansion in four years, helped by the resumption of trade with China.",
        "2024-07-26",
        [NC("3.1 percent", "GDP growth, not trade"), NC("four years", "a duration")],
    ),
    (
        "wire",
        "Country-by-country tables from Beijing usually appear on or near the 20th, and traders in Dandong say the detailed product lists follow two days after that.",
        "2023-05-20",
        [NC("20th", "a release day"), NC("two days", "a delay")],
    ),
    (
        "xinhua",
        "The 2024 DPRK-China Friendship Year opened on April 12 in Pyongyang, marking the 75th anniversary of the establishment of diplomatic relations in 1949.",
        "2024-04-13",
        [NC("April 12", "a date"), NC("75th anniversary", "an anniversary"), NC("1949", "a year")],
    ),
    (
        "wire",
        "The won traded at around 8,000 to the dollar in Pyongyang's markets in late 2023, having dipped to about 5,000 in 2021, according to Daily NK price surveys.",
        "2023-11-30",
        [NC("8,000 to the dollar", "an exchange rate"), NC("about 5,000", "an exchange rate")],
    ),
    (
        "wire",
        "Tourists from China, who numbered some 350,000 in 2019, have not returned in any volume since the border reopened, save for a brief opening of Rason to Western tour groups in February 2025.",
        "2025-03-20",
        [NC("350,000", "a count of tourists"), NC("February 2025", "a date")],
    ),
    (
        "thinktank",
        "The Security Council's 1718 Committee, named after the resolution passed in 2006 after the first nuclear test, has 15 members, the same as the council itself.",
        "2019-03-12",
        [
            NC("1718", "a resolution number"),
            NC("2006", "a year"),
            NC("15 members", "a count of members"),
        ],
    ),
]:
    H("non_claims", style, sentence, [], dl, non=non)


# -- further items: headlines with bodies, paragraphs, comparisons with the pandemic and revisions --------
a = sp("2023-11")
c = pc("{}%", chg(T, a, ago(a)), 0)
H(
    "relative_dates",
    "headline",
    f"China-N. Korea trade up {c} on year in November",
    [C(T, a, ago(a), c)],
    "2023-12-20",
)
x = usd("${} million", m(T, a), "million", 1)
H(
    "relative_dates",
    "wire",
    f"Trade between the neighbours totalled {x} last month, among the highest monthly figures since the border reopened, Chinese customs data showed on Wednesday.",
    [L(T, a, x)],
    "2023-12-20",
    context=f"China-N. Korea trade up {c} on year in November",
)
a = sp("2023-04")
c = pc("{} percent", chg(T, a, sp("2019-04")))
H(
    "multiples",
    "thinktank",
    f"Compared with pre-pandemic April 2019, trade in April 2023 was still {c} lower, even though the two sides had resumed cargo flights and some rail traffic.",
    [C(T, a, sp("2019-04"), c)],
    "2023-05-25",
)
a = sp("2024-04")
H(
    "shares",
    "thinktank",
    "By April 2024 monthly trade had recovered to about four-fifths of what it was in April 2019.",
    [R(T, a, sp("2019-04"), word("four-fifths", "80"), rung_kind="fraction", hedge="about")],
    "2024-05-25",
)
a = sp("2024-05")
c = pc("{}%", chg(T, a, ago(a)))
H(
    "relative_dates",
    "wire",
    f"Total trade in May was down {c} from the same month a year earlier at {usd('${} million', m(T, a), 'million', 1)}, the customs figures showed.",
    [C(T, a, ago(a), c), L(T, a, usd("${} million", m(T, a), "million", 1))],
    "2024-06-20",
)
a = sp("2024-03")
H(
    "rounding_hedges",
    "wire",
    "March trade was essentially flat on the year, at $158.1 million against $158.5 million in March 2023.",
    [
        L(T, a, usd("${} million", m(T, a), "million", 1)),
        L(T, ago(a), usd("${} million", m(T, ago(a)), "million", 1)),
    ],
    "2024-04-20",
)
a = sp("2022-10")
c = ratio(X, a, ago(a))
H(
    "multiples",
    "wire",
    "Chinese exports in October 2022 were more than three times their level of October 2021.",
    [R(X, a, ago(a), word("three times", "3"), unit="times", hedge="more than")],
    "2022-11-20",
)
a = sp("2023-08")
c = pc("{} percent", chg(T, a, ago(a)))
H(
    "relative_dates",
    "yonhap",
    f"China-North Korea trade in August came to {usd('US${} million', m(T, a), 'million', 1)}, up {c} from a year earlier, the data showed.",
    [L(T, a, usd("US${} million", m(T, a), "million", 1)), C(T, a, ago(a), c)],
    "2023-09-20",
)
a = yr(2015)
x = usd("${} billion", m(T, a), "billion", 2)
H(
    "rounding_hedges",
    "wire",
    f"Revised customs figures show trade between China and North Korea totalled {x} in 2015, down {pc('{} percent', chg(T, a, ago(a)))} from 2014.",
    [L(T, a, x), C(T, a, ago(a), pc("{} percent", chg(T, a, ago(a))))],
    "2016-03-01",
)
a = yr(2016)
c = pc("{} percent", chg(T, a, ago(a)))
H(
    "level_direction",
    "thinktank",
    f"The revised 2016 total was {usd('${} billion', m(T, a), 'billion', 2)}, {c} below 2015, the customs tables now show.",
    [L(T, a, usd("${} billion", m(T, a), "billion", 2)), C(T, a, ago(a), c)],
    "2017-06-01",
)
a = yr(2020)
c = pc("{} percent", chg(T, a, yr(2017)))
H(
    "two_figures",
    "thinktank",
    f"Trade fell from $4.98 billion in 2017 to $539.1 million in 2020, a drop of {c} across three years of sanctions and pandemic closure.",
    [
        L(T, yr(2017), said("$4.98 billion", "4.98", "billion", 2)),
        L(T, a, said("$539.1 million", "539.1", "million", 1)),
        C(T, a, yr(2017), c),
    ],
    "2021-02-10",
)
a = sp("2016-10")
H(
    "perspective",
    "wire",
    "The North's coal, textiles and seafood earned it $238.3 million in China in October 2016, while it bought Chinese goods worth $286.9 million, customs data showed, weeks after its fifth nuclear test.",
    [
        L(I, a, said("$238.3 million", "238.3", "million", 1)),
        L(X, a, said("$286.9 million", "286.9", "million", 1)),
    ],
    "2016-11-20",
    non=[NC("fifth", "a test's ordinal")],
)
a = sp("2016-07")
H(
    "balance",
    "thinktank",
    "July 2016 was a rare month in which China bought more from North Korea than it sold, leaving Beijing with a deficit of $33 million.",
    [B(a, said("$33 million", "-33", "million", 0), gap="deficit")],
    "2016-08-30",
)
a = sp("2017-04")
H(
    "superlatives_streaks",
    "wire",
    "China's imports from North Korea in April 2017 were $99.3 million, the lowest since at least 2016, after Beijing suspended coal purchases on Feb. 19.",
    [L(I, a, said("$99.3 million", "99.3", "million", 1))],
    "2017-05-23",
    non=[NC("Feb. 19", "a date"), NC("2016", "an unlabelled record's year")],
)
a = sp("2017-12")
H(
    "shares",
    "wire",
    "North Korean goods made up just 17.6 percent of the two countries' trade in December 2017.",
    [S(I, T, a, pc("{} percent", share(I, T, a)), hedge="just")],
    "2018-01-25",
)
a = sp("2019-02")
c = pc("{} percent", chg(T, a, prev(a)))
H(
    "level_direction",
    "wire",
    f"Trade dropped {c} from January to {usd('${} million', m(T, a), 'million', 1)} in February 2019, the month of the failed Hanoi summit between Kim and Trump.",
    [C(T, a, prev(a), c), L(T, a, usd("${} million", m(T, a), "million", 1))],
    "2019-03-23",
)
a = sp("2019-03")
H(
    "perspective",
    "yonhap",
    "North Korea's imports from China in March 2019 reached $198 million, Yonhap learned from KITA data.",
    [L(X, a, said("$198 million", "198", "million", 0), source="KITA")],
    "2019-04-25",
)
a = sp("2018-04")
H(
    "broadcast_numbers",
    "broadcast",
    "In April twenty-eighteen, as Kim prepared to meet Moon Jae-in at Panmunjom, China sold the North one-sixty-one-point-eight million dollars' worth of goods.",
    [L(X, a, said("one-sixty-one-point-eight million dollars", "161.8", "million", 1))],
    "2018-05-23",
)
a = yr(2022)
c = pc("{} percent", chg(X, a, ago(a)))
H(
    "cumulative",
    "wire",
    f"For the full year 2022, China's exports to North Korea rose {c} to {usd('${} million', m(X, a), 'million', 1)} and its imports from the country climbed {pc('{} percent', chg(I, a, ago(a)))} to {usd('${} million', m(I, a), 'million', 1)}.",
    [
        C(X, a, ago(a), c),
        L(X, a, usd("${} million", m(X, a), "million", 1)),
        C(I, a, ago(a), pc("{} percent", chg(I, a, ago(a)))),
        L(I, a, usd("${} million", m(I, a), "million", 1)),
    ],
    "2023-01-20",
)
a = yr(2024)
H(
    "two_figures",
    "wire",
    f"China's exports to the North fell to {usd('${} billion', m(X, a), 'billion', 2)} in 2024 from {usd('${} billion', m(X, ago(a)), 'billion', 2)}, while its imports rose to {usd('${} million', m(I, a), 'million', 0)} from {usd('${} million', m(I, ago(a)), 'million', 0)}.",
    [
        L(X, a, usd("${} billion", m(X, a), "billion", 2), direction="down", base=ago(a)),
        L(X, ago(a), usd("${} billion", m(X, ago(a)), "billion", 2)),
        L(I, a, usd("${} million", m(I, a), "million", 0), direction="up", base=ago(a)),
        L(I, ago(a), usd("${} million", m(I, ago(a)), "million", 0)),
    ],
    "2025-01-20",
)
a = sp("2021-04")
H(
    "two_figures",
    "wire",
    "Exports from China surged to $28.8 million in April 2021 from $13.0 million in March, then collapsed to $2.7 million in May, the customs data showed.",
    [
        L(X, a, said("$28.8 million", "28.8", "million", 1), direction="up", base=prev(a)),
        L(X, prev(a), said("$13.0 million", "13.0", "million", 1)),
        L(X, sp("2021-05"), said("$2.7 million", "2.7", "million", 1), direction="down", base=a),
    ],
    "2021-06-18",
)
a = sp("2023-03")
H(
    "perspective",
    "wire",
    "What China bought from the North in March 2023, $34.2 million, was the most in years, the figures showed.",
    [L(I, a, said("$34.2 million", "34.2", "million", 1))],
    "2023-04-20",
    note=WRONG + "$34.2 million is April 2023's import figure; March was $20.6 million",
)
a = cum(2023, 9)
H(
    "cumulative",
    "wire",
    "Chinese exports to the North for the first nine months of the year totalled $1.4 billion, up 179.8 percent on the year, even as Beijing and Moscow blocked new Security Council action over the North's satellite launches.",
    [
        L(X, a, said("$1.4 billion", "1.4", "billion", 1)),
        C(X, a, ago(a), pc("{} percent", "179.8")),
    ],
    "2023-10-20",
)
a = cum(2017, 7)
H(
    "cumulative",
    "wire",
    "North Korean shipments to China in January-July 2017 fell 16.3 percent year-on-year to $1.04 billion, while total trade rose 10.2 percent to $3.01 billion, customs data showed days before Resolution 2371 was adopted on Aug. 5.",
    [
        C(I, a, ago(a), pc("{} percent", "-16.3")),
        L(I, a, said("$1.04 billion", "1.04", "billion", 2)),
        C(T, a, ago(a), pc("{} percent", "10.2")),
        L(T, a, said("$3.01 billion", "3.01", "billion", 2)),
    ],
    "2017-08-03",
    non=[NC("2371", "a resolution number"), NC("Aug. 5", "a date")],
)
a = cum(2023, 5)
H(
    "cumulative",
    "thinktank",
    "Five-month trade reached $874.2 million, up 174 percent on the year; exports accounted for $768.7 million of it and grew 196 percent.",
    [
        L(T, a, said("$874.2 million", "874.2", "million", 1)),
        C(T, a, ago(a), pc("{} percent", "174")),
        L(X, a, said("$768.7 million", "768.7", "million", 1)),
        C(X, a, ago(a), pc("{} percent", "196")),
    ],
    "2023-06-25",
    context="China's customs office released its May figures for trade with North Korea on Tuesday.",
    note=WRONG
    + "the published year-to-date export growth was 169 percent, not 196 (digits swapped)",
)
a = sp("2022-01")
H(
    "two_figures",
    "wire",
    "Freight trains resumed in mid-January 2022 after nearly two years, and China's exports that month rebounded to $57.5 million from next to nothing a year earlier, with imports at $17.9 million.",
    [
        L(X, a, said("$57.5 million", "57.5", "million", 1), direction="up", base=ago(a)),
        L(I, a, said("$17.9 million", "17.9", "million", 1)),
    ],
    "2022-02-18",
    non=[NC("nearly two years", "a duration")],
)
a = sp("2022-02")
H(
    "level_direction",
    "wire",
    "China's exports to North Korea ticked up to $58.9 million in February 2022, before rail traffic was halted again in late April over an outbreak in Dandong.",
    [L(X, a, said("$58.9 million", "58.9", "million", 1), direction="up", base=prev(a))],
    "2022-03-20",
)
a = sp("2022-04")
H(
    "superlatives_streaks",
    "thinktank",
    "April 2022 exports of $98.1 million were the largest of the first half of that year and came before two months of near-paralysis.",
    [L(X, a, said("$98.1 million", "98.1", "million", 1))],
    "2022-07-25",
)
a = sp("2023-05")
H(
    "balance",
    "wire",
    "China's trade surplus with North Korea widened to $141.7 million in May 2023 from $131.6 million in April, the data showed.",
    [
        B(a, usd("${} million", m(BAL, a), "million", 1), direction="up", base=prev(a)),
        B(prev(a), usd("${} million", m(BAL, prev(a)), "million", 1)),
    ],
    "2023-08-20",
)
a = sp("2024-05")
H(
    "balance",
    "wire",
    "Beijing's surplus with Pyongyang widened to $119.4 million in May from April, the data showed, as Chinese food exports picked up ahead of the lean season.",
    [B(a, usd("${} million", m(BAL, a), "million", 1), direction="up", base=prev(a))],
    "2024-06-20",
    note=WRONG
    + "the May 2024 surplus ($119.4m) narrowed from April ($135.8m); the sentence says it widened",
)
a = sp("2023-06")
H(
    "shares",
    "wire",
    "Imports from the North made up 16 percent of June 2023 trade, and 13.4 percent in May.",
    [S(I, T, a, pc("{} percent", share(I, T, a), 0)), S(I, T, prev(a), pc("{} percent", "13.4"))],
    "2023-07-20",
    note=WRONG + "May 2023 imports were 12.6% of trade ($23.9m of $189.6m), not 13.4%",
)
a = yr(2014)
H(
    "two_figures",
    "wire",
    "China's exports to North Korea slipped to $3.52 billion in 2014 from $3.63 billion in 2013, while imports eased to $2.87 billion from $2.93 billion, as Beijing stopped recording crude oil shipments in its customs data.",
    [
        L(X, a, said("$3.52 billion", "3.52", "billion", 2), direction="down", base=ago(a)),
        L(X, ago(a), said("$3.63 billion", "3.63", "billion", 2)),
        L(I, a, said("$2.87 billion", "2.87", "billion", 2), direction="down", base=ago(a)),
        L(I, ago(a), said("$2.93 billion", "2.93", "billion", 2)),
    ],
    "2015-02-01",
)
a = sp("2020-03")
H(
    "multiples",
    "wire",
    "Chinese exports to North Korea in March 2020 were roughly one-tenth of their level a year earlier at $18.0 million, as the North shut its border on Jan. 22 over the new virus.",
    [
        R(X, a, ago(a), word("one-tenth", "10"), rung_kind="fraction", hedge="roughly"),
        L(X, a, said("$18.0 million", "18.0", "million", 1)),
    ],
    "2020-04-20",
    non=[NC("Jan. 22", "a date")],
)
a = sp("2020-04")
c = pc("{} percent", chg(T, a, ago(a)), 0)
H(
    "relative_dates",
    "broadcast",
    f"April was no better: total trade of twenty-four million dollars, down {c} from April last year.",
    [L(T, a, said("twenty-four million dollars", "24", "million", 0)), C(T, a, ago(a), c)],
    "2020-05-20",
    context="North Korea's border has now been shut for three months.",
    non=[],
)
a = sp("2024-02")
H(
    "level_direction",
    "wire",
    "North Korean imports from China dropped to $93.7 million in February 2024, customs data showed, as the Lunar New Year holiday slowed border traffic.",
    [L(X, a, said("$93.7 million", "93.7", "million", 1))],
    "2024-03-20",
    note=None,
)
a = yr(2021)
H(
    "balance",
    "thinktank",
    "China's surplus in 2021 amounted to $202.3 million, a small fraction of the $1.51 billion of 2017.",
    [
        B(a, usd("${} million", m(BAL, a), "million", 1)),
        B(yr(2017), said("$1.51 billion", "1.51", "billion", 2)),
    ],
    "2022-02-15",
)


# -- further deliberate errors ----------------------------------------------------------------------------
a = yr(2023)
H(
    "rounding_hedges",
    "wire",
    "China's exports to the North did not exceed $1.9 billion in 2023, a sign that the reopening was slower than traders in Dandong had hoped.",
    [L(X, a, said("$1.9 billion", "1.9", "billion", 1), hedge="less than", surface="$1.9 billion")],
    "2024-01-25",
    note=WRONG + "2023 exports were $2.0035 billion, which did exceed $1.9 billion",
)
a = sp("2022-09")
H(
    "relative_dates",
    "wire",
    "Imports from North Korea rose to $14.2 million in September from August, the month the rail link reopened.",
    [L(I, a, said("$14.2 million", "14.2", "million", 1), direction="up", base=prev(a))],
    "2022-10-20",
    note=WRONG
    + "September 2022 imports ($14.2m) fell from August ($18.8m); the sentence says they rose",
)
a = yr(2021)
H(
    "cumulative",
    "headline",
    "China-N. Korea trade sinks to $381 million in 2021 as border stays shut",
    [L(T, a, said("$381 million", "381", "million", 0))],
    "2022-01-18",
    note=WRONG + "2021 trade was $318.0 million; the digits are transposed",
)
H(
    "cumulative",
    "wire",
    "Two-way trade for the whole of last year was the lowest in decades, the customs data showed, with Chinese exports at $260.2 million and imports at $57.9 million.",
    [
        L(X, a, said("$260.2 million", "260.2", "million", 1)),
        L(I, a, said("$57.9 million", "57.9", "million", 1)),
    ],
    "2022-01-18",
    context="China-N. Korea trade sinks to $381 million in 2021 as border stays shut",
)
a = sp("2023-08")
H(
    "shares",
    "thinktank",
    "North Korea's sales made up more than a fifth of the countries' trade in August 2023, the highest share in years.",
    [S(I, T, a, word("a fifth", "20"), rung_kind="fraction", hedge="more than")],
    "2023-09-25",
    note=WRONG + "August 2023 imports were 14.8% of trade ($28.2m of $191.1m), less than a fifth",
)
a = sp("2024-04")
c = pc("{} percent", "3.0")
H(
    "relative_dates",
    "wire",
    f"Total trade in April rose {c} from the same month a year earlier to $194.0 million, customs figures showed, during the visit of Zhao Leji.",
    [C(T, a, ago(a), c), L(T, a, said("$194.0 million", "194.0", "million", 1))],
    "2024-05-20",
    note=WRONG + "April 2024 trade fell 3.0% from April 2023 ($200.0m); the sentence says it rose",
)
a = yr(2022)
H(
    "multiples",
    "wire",
    "China's exports to North Korea roughly quadrupled in 2022 from the previous year, the customs data showed.",
    [
        R(
            X,
            a,
            ago(a),
            word("roughly quadrupled", "4"),
            rung_kind="verbal",
            hedge="roughly",
            unit="times",
        )
    ],
    "2023-01-20",
    note=WRONG
    + "exports rose from $260.2m to $894.0m, about 3.4 times, nearer tripled than quadrupled",
)
H(
    "superlatives_streaks",
    "wire",
    "Trade between China and North Korea fell for a fourth straight month in July 2024, the data showed, a slide that coincided with Pyongyang's ever-closer embrace of Moscow.",
    [ST(T, "2024-04", "2024-07", "down", "for a fourth straight month")],
    "2024-08-20",
    note=WRONG
    + "April 2024 trade rose from March; the fall in July was the third in a row, not the fourth",
)
a = sp("2022-08")
H(
    "perspective",
    "yonhap",
    "North Korea's exports to China in August 2022 came to US$71.5 million, according to KITA.",
    [L(I, a, said("US$71.5 million", "71.5", "million", 1), source="KITA")],
    "2022-09-25",
    note=WRONG
    + "$71.5 million is China's export figure (North Korea's imports); North Korea's exports to China were $18.8 million. The figure is attributed to KITA, whose series is not in the data: semantics.md 2 ('checked against the named source or marked ambiguous') makes ambiguous acceptable too",
    alt={"US$71.5 million": ["ambiguous"]},
)
a = sp("2023-04")
H(
    "balance",
    "wire",
    "China's surplus in trade with North Korea in April 2023 was $113.6 million, the data showed.",
    [B(a, said("$113.6 million", "113.6", "million", 1))],
    "2023-05-20",
    note=WRONG + "the April 2023 surplus was $131.6 million; the digits are transposed",
)
a = sp("2016-01")
H(
    "level_direction",
    "wire",
    "China's exports to North Korea climbed to $210.0 million in January 2016, days after the North's fourth nuclear test, and then fell back to $160.0 million in February.",
    [
        L(X, a, said("$210.0 million", "210.0", "million", 1)),
        L(
            X,
            sp("2016-02"),
            said("$160.0 million", "160.0", "million", 1),
            direction="down",
            base=a,
        ),
    ],
    "2016-03-20",
    non=[NC("fourth", "a test's ordinal")],
)


# -- rounding-only differences and further pairs ----------------------------------------------------------
for cls, style, sentence, flow, span, surface, v, dl, note in [
    (
        "rounding_hedges",
        "wire",
        "China-North Korea trade hit $200 million in September 2024, as the two sides quietly let the 'friendship year' lapse.",
        T,
        sp("2024-09"),
        "$200 million",
        "200",
        "2024-10-20",
        "rounding only: September 2024 trade was $202.0 million",
    ),
    (
        "rounding_hedges",
        "thinktank",
        "China's 2022 exports to its neighbour, at $900 million, were the largest since the pandemic shut the border.",
        X,
        yr(2022),
        "$900 million",
        "900",
        "2023-02-01",
        "rounding only: 2022 exports were $894.0 million",
    ),
    (
        "rounding_hedges",
        "wire",
        "In July 2021 two-way trade was $20 million, almost all of it Chinese goods, the customs figures showed.",
        T,
        sp("2021-07"),
        "$20 million",
        "20",
        "2021-08-20",
        "rounding only: July 2021 trade was $20.9 million",
    ),
    (
        "rounding_hedges",
        "broadcast",
        "Chinese exports in June twenty twenty-three were worth a hundred and fifty million dollars, give or take.",
        X,
        sp("2023-06"),
        "a hundred and fifty million dollars",
        "150",
        "2023-07-20",
        "rounding only: June 2023 exports were $154.7 million",
    ),
]:
    H(cls, style, sentence, [L(flow, span, said(surface, v, "million", 0))], dl, note=note)
H(
    "other_pairs",
    "wire",
    "South Korea's exports to China shrank 19.9 percent in 2023 to $124.8 billion, while China's trade with the North more than doubled, a contrast Seoul's trade ministry did not dwell on.",
    [
        other(
            "change_pct",
            X,
            yr(2023),
            pc("{} percent", "-19.9"),
            "KOR",
            "CHN",
            base=yr(2022),
            direction="down",
            source=None,
        ),
        other(
            "level",
            X,
            yr(2023),
            said("$124.8 billion", "124.8", "billion", 1),
            "KOR",
            "CHN",
            source=None,
        ),
        R(
            T,
            yr(2023),
            yr(2022),
            word("more than doubled", "2"),
            rung_kind="verbal",
            hedge="more than",
            unit="times",
        ),
    ],
    "2024-01-25",
)
H(
    "other_pairs",
    "xinhua",
    "Calculated in RMB, China's exports to the DPRK in 2024 amounted to 13.0 billion yuan, down 6.8 percent from a year earlier.",
    [
        L(X, yr(2024), said("13.0 billion yuan", "13.0", "billion", 1), currency="CNY"),
        C(X, yr(2024), yr(2023), pc("{} percent", "-6.8"), terms="CNY"),
    ],
    "2025-01-20",
)
H(
    "other_pairs",
    "wire",
    "China's exports to the world rose 5.9 percent in 2024 to a record $3.58 trillion, and its shipments to North Korea barely registered.",
    [
        other(
            "change_pct",
            X,
            yr(2024),
            pc("{} percent", "5.9"),
            "CHN",
            "WLD",
            base=yr(2023),
            direction="up",
            source=None,
        ),
        other(
            "level",
            X,
            yr(2024),
            Num("$3.58 trillion", "3580000000000", 2, 10**12),
            "CHN",
            "WLD",
            source=None,
        ),
    ],
    "2025-01-14",
)

a = cum(2024, 6)
H(
    "cumulative",
    "wire",
    "First-half trade in 2024 came to $971 million, down 18 percent from the same period of 2023, as Chinese inspectors tightened checks at Dandong.",
    [
        L(T, a, said("$971 million", "971", "million", 0)),
        C(T, a, ago(a), pc("{} percent", "-18", 0)),
    ],
    "2024-07-20",
    note=WRONG + "the published first-half change was -8 percent, not -18",
)
a = sp("2022-03")
H(
    "level_direction",
    "wire",
    "Chinese exports to North Korea rose to $57.0 million in March 2022 from February, customs data showed.",
    [L(X, a, said("$57.0 million", "57.0", "million", 1), direction="up", base=prev(a))],
    "2022-04-20",
    note=WRONG
    + "March 2022 exports ($57.0m) fell from February ($58.9m); the sentence says they rose",
)
a = yr(2020)
H(
    "multiples",
    "wire",
    "By Beijing's count, what the North sold into China during 2020 came to less than half of what it would sell in 2021.",
    [R(I, a, yr(2021), word("half", "50"), rung_kind="fraction", hedge="less than")],
    "2022-01-25",
    note=WRONG + "2020 imports ($48.0m) were about 83% of 2021's ($57.9m), not less than half",
)


write(Path(__file__).resolve().parent / "heldout6.jsonl", "build_heldout6.py")
