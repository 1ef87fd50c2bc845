"""Numbers as written in trade news: ``$198 million``, ``US$1.7 million``, ``two-point-three
billion U.S. dollars``, ``88.6 percent``, ``3.2-fold``, ``nearly double``.

Every quantity keeps its surface string and an exact :class:`~decimal.Decimal` mantissa with the
number of decimals written, so the precision the writer used decides its rounding interval.
Nothing passes through a binary float.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..words import CARDINALS, ZERO_DIGITS

__all__ = ["Quantity", "UnitCaption", "cell_quantity", "find_quantities", "find_unit_caption"]

_UNITS = CARDINALS
_WORD = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
# A decimal comma, as continental European tables write it ("$2,18bn", "0,35 billion", "4,5%"): a
# comma followed by one or two digits (never three, which is a thousands separator) and then a
# scale or a percent sign.
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=\s?(?:thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn|m|b|%)(?![a-z]))"
_DIGITS = (
    rf"{_DECIMAL_COMMA}|"
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+|\.(?=[a-zA-Z]))?|\.\d+"  # "55.m": a dot before a scale letter
)
# Spoken numbers, as broadcasters write them: "eighty-seven", "two-hundred-57", "one-hundred-22",
# "five hundred and thirty-nine", "one thousand two hundred", "a hundred", "one-and-a-half".
# Words and digits join with hyphens or spaces; "hundred" and "thousand" multiply, and "and" may
# follow them ("three hundred and five"). :func:`_word_number` checks the order of the parts.
_MULT = r"(?:hundred|thousand)"
_TOKEN = rf"(?:{_WORD}|\d{{1,2}}(?![\d,.]))"
_WORDNUM = (
    rf"(?:{_TOKEN}|a(?=[- ]{_MULT}\b))"
    rf"(?:[- ](?:{_TOKEN}|{_MULT}(?:[- ]and(?=[- ]{_TOKEN}))?))*"
    r"(?:[- ]and[- ]a[- ]half|[- ]and[- ](?:a[- ])?quarter)?"
)
# "two-point-three", "99-point-four", "point-eight", "one-point-66", "eighty-seven-point-seven",
# "forty-one-point-oh-two" (a zero after the point read "oh" or "nought": words.ZERO_DIGITS)
_DIGIT_WORD = rf"(?:{_WORD}|(?:{'|'.join(ZERO_DIGITS)})(?=[- ]))"
_SPELLED = (
    rf"(?:(?:{_WORDNUM}|\d+)[- ])?point[- ]"
    rf"(?:(?:{_DIGIT_WORD}|\d+)(?:[- ](?:{_WORD}|\d|{_DIGIT_WORD}))*)"
)
_SCALE = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mn": 6,
    "mln": 6,
    "m": 6,
    "mil": 6,
    "billion": 9,
    "bn": 9,
    "bln": 9,
    "b": 9,
    "trillion": 12,
    "tn": 12,
    "trn": 12,
}
_SCALE_RE = r"(?:thousand|million|billion|trillion|mln|mn|mil|bln|bn|trn|tn|k|m|b)\b"
_CUR_PRE = {
    "us$": "USD",
    "u.s.$": "USD",
    "usd": "USD",
    "$": "USD",
    "s$": "SGD",
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "krw": "KRW",
    "₩": "KRW",
    "€": "EUR",
    "eur": "EUR",
}
_CUR_PRE_RE = r"(?:US\$|U\.S\.\$|USD|S\$|RMB|CNY|KRW|EUR|\$|¥|₩|€)"
_CUR_POST_RE = (
    r"(?:(?:U\.\s?S\.|U-S|US|American)\s+(?:dollars?|dlrs)|dollars?|dlrs|yuan|renminbi|won|euros?|"
    r"Singapore\s+dollars?|US\$|(?-i:USD|CNY|RMB|KRW|EUR)\b)"
)
_PCT_RE = r"(?:%|percent(?:age\s+points?)?|per\s*cent|pct|pc\b|percentage\s+points?|points?\b)"

_NUM = rf"(?:{_SPELLED}|{_DIGITS}|{_WORDNUM})"
_MONEY = re.compile(
    rf"(?P<pre>{_CUR_PRE_RE})\s?(?P<num>{_NUM})(?:\s?-?\s?(?P<scale>{_SCALE_RE}))?"
    rf"(?:\s+(?P<post1>{_CUR_POST_RE}))?"
    rf"|(?P<num2>{_NUM})(?:\s?-?\s?(?P<scale2>{_SCALE_RE}))?\s?-?\s?(?P<post>{_CUR_POST_RE})",
    re.I,
)
# "one billion-28 million dollars", "2 billion 150 million won", and as scripts read aloud with
# a comma, "twenty-six million, four hundred and ten thousand dollars": a larger and a
# smaller scale. Said that way a figure is a decimal of its larger scale ("three billion four
# hundred million" is 3.4 billion, "one billion-28 million" 1.028 billion): its precision is the
# last non-zero digit of the smaller part.
_COMPOUND = re.compile(
    rf"(?:(?P<pre>{_CUR_PRE_RE})\s?)?(?P<n1>{_DIGITS}|{_WORDNUM})\s?(?P<s1>trillion|billion|million)"
    rf"(?:(?P<comma>,\s?)|[- ])(?:and[- ])?"
    rf"(?P<n2>{_SPELLED}|{_DIGITS}|{_WORDNUM})\s?(?P<s2>billion|million|thousand)\b"
    rf"(?:\s?-?\s?(?P<post>{_CUR_POST_RE}))?",
    re.I,
)
_PCT = re.compile(rf"(?P<num>{_NUM})\s?-?\s?(?P<unit>{_PCT_RE})", re.I)
_FOLD = re.compile(
    rf"(?P<num>{_NUM})\s?-?\s?(?P<unit>fold|times)\b|\b(?P<num2>{_WORD})(?P<unit2>fold)\b"
    # "grew by a factor of 2.2": the multiple after "factor of", a number with no unit of its own
    rf"|(?<=\bfactor\sof\s)(?P<num3>{_NUM})\b(?!\s?(?:%|per\s?cent|percent|[mb]n\b|million|billion))",
    re.I,
)
_VERBAL = re.compile(
    r"\b(?P<word>doubled|doubling|doubles|double|tripled|tripling|triples|triple|quadrupled|"
    r"quadruples|quadruple|"
    r"halved|halving|"
    # "twice the 2010 level", "more than twice their exports", "thrice as much as": a multiple
    # of a thing named after it (not "twice a year", "said twice")
    r"(?:twice|thrice)(?=\s+(?:the|its|their|that|those|this|what|last|as\s+(?:much|large|big|high|"
    r"great)|(?:[A-Z][\w.-]*|\d{4})['’]s?)\b))\b",
    re.I,
)
# "one in every five dollars", "one out of every four": a fraction said as a count.
_ONE_IN = re.compile(
    r"\b(?P<num>one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s+"
    # ("nine in ten dollars": with no "every", the dollars said)
    r"(?:every\s+|(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:dollars|yuan)\b))"
    r"(?P<den>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"(?:\s+(?:dollars?|yuan|(?:US\s+)?\$))?\b",
    re.I,
)
# "one dollar in eleven", "a dollar out of every five": a rate, no sum of money (its dollar is
# not a level of $1)
_DOLLAR_IN = re.compile(
    r"\b(?:one|a|each)\s+(?:dollar|yuan)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d{1,3})\b",
    re.I,
)
# "a third", "two-thirds", "a quarter", "half": read as percentages on the fraction ladder.
_FRACTION = re.compile(
    r"\b(?P<num>an?|one|two|three|four|five|seven|nine)[- ]"
    r"(?P<den>half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b"
    r"(?![- ](?:straight|consecutive|successive|month|year|quarter|time|round|week|day|place)s?\b)"
    r"|\b(?P<half>half)\b",
    re.I,
)
# "half a billion dollars", "a quarter of a million", "three-quarters of a billion yuan", "a
# billion dollars": a fraction of a scale word. A bare "a billion" needs its currency after it
# ("a billion-dollar project" is not a figure).
_FRACTION_OF_SCALE = re.compile(
    r"(?<![\w-])(?:(?P<frac>half|(?:a|one|three)[- ]quarters?)(?:\s+of)?\s+an?|(?P<one>a))"
    r"\s+(?P<scale>million|billion|trillion)\b"
    rf"(?:(?(one)\s+|\s?-?\s?)(?P<post>{_CUR_POST_RE}))?",
    re.I,
)
_FRACTION_VALUE = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.75")}
_DENOMINATORS = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "eighth": 8,
    "tenth": 10,
}
# Denominators that are ordinals more often than fractions ("a sixth round of talks"): a
# fraction only before "of" ("a sixth of the trade").
_ORDINAL_DENOMINATORS = ("sixth", "eighth")
# "26 million people", "3 million tons", "1.2 million North Korean workers": a count of
# something, not an amount of money (one word may stand between the number and the noun)
_COUNTED = (
    r"(?:people|persons|residents|inhabitants|citizens|workers|tourists|visitors|households|"
    r"children|tons?|tonnes?|barrels|units|pieces|cars|vehicles|doses|copies|users|subscribers|"
    r"litres|liters|kilograms|hectares|acres|square|cubic|kilo\w*|metric|head|"
    # "about 1 million artillery shells", "2 million rounds", "1.5 million troops"
    r"shells|rounds|missiles|munitions|troops|soldiers|containers|trucks|vessels|ships|"
    r"passengers|masks|bottles|boxes|bags|sacks)\b"
)
# Spoken figures count too ("fifty-eight-point-six million", "forty-two million") when they follow
# a money figure the same way digits do.
_BARE_SCALED = re.compile(
    rf"(?<![\w$.])(?P<num>{_SPELLED}|{_DIGITS}|{_WORDNUM})[-\s]?(?P<scale>million|billion|trillion)\b"
    rf"(?!\s+(?:(?:of|[\w-]+)\s+)?{_COUNTED})",
    re.I,
)
# Where a quantity can start: the first digit of a number, a number word, or a currency sign
# just before either. The full patterns are tried only at these places (linear in the text).
_ANCHOR = re.compile(rf"(?<![\d.,])\.?\d|\b(?:point|{_WORD}|a(?=[- ]{_MULT}\b))\b", re.I)
_PREFIX_BEFORE = re.compile(rf"{_CUR_PRE_RE}\s?$", re.I)
_VERBAL_VALUE = {
    "double": 2,
    "doubles": 2,
    "triples": 3,
    "quadruples": 4,
    "doubled": 2,
    "doubling": 2,
    "triple": 3,
    "tripled": 3,
    "tripling": 3,
    "quadruple": 4,
    "quadrupled": 4,
    "twice": 2,
    "thrice": 3,
    "halved": Fraction(1, 2),
    "halving": Fraction(1, 2),
}


@dataclass(frozen=True)
class Quantity:
    """One number as written.

    Attributes
    ----------
    start, end
        Character offsets of the surface in the text.
    surface
        The text as written (``"$198 million"``).
    mantissa
        The digits as written, exactly (``Decimal("198")``; ``Decimal("10.70")`` keeps 2
        decimals).
    scale
        Power of ten applied by a scale word (6 for million).
    unit
        ``money``, ``percent``, ``pp`` (percentage points) or ``times``.
    currency
        ISO code for money when written (``USD``, ``CNY``); None otherwise.
    verbal
        True for ``doubled``/``halved`` and the like (rung rounding, see semantics §1.4).
    """

    start: int
    end: int
    surface: str
    mantissa: Decimal
    scale: int
    unit: str
    currency: str | None = None
    verbal: bool = False

    @property
    def decimals(self) -> int:
        """Number of written decimals (0 for ``198``, 2 for ``10.70``)."""
        exponent = self.mantissa.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0

    @property
    def value(self) -> Decimal:
        """The value in base units (dollars, percent, times)."""
        return self.mantissa.scaleb(self.scale)

    def value_text(self) -> str:
        """The value as a plain decimal string in base units (``"198000000"``)."""
        v = self.value
        text = format(v, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text or "0"


def _word_number(text: str) -> Decimal | None:
    """ "eighty-seven" → 87, "two-hundred-57" → 257, "five hundred and thirty-nine" → 539,
    "one thousand two hundred" → 1200, "one-and-a-half" → 1.5 (exact); None when the words are
    not one number ("twenty thirty", "five six")."""
    t = text.lower()
    fraction = Decimal(0)
    half = re.search(r"[- ]and[- ](?:a[- ])?(half|quarter)$", t)
    if half:
        fraction = Decimal("0.5") if half.group(1) == "half" else Decimal("0.25")
        t = t[: half.start()]
    total, current = 0, 0
    last = ""  # kind of the previous part: "", "unit" (1-9), "teen" (10-19), "tens", "hundred", "thousand", "and"
    parts = re.split(r"[- ]", t)
    if (
        len(parts) > 1
        and t[len(parts[0])] == "-"
        and parts[0] in _UNITS
        and 0 < _UNITS[parts[0]] < 10
        and parts[1] in _UNITS
        and _UNITS[parts[1]] >= 10
    ):
        # "one-thirty-two" is 132, "one-sixty-one-point-eight" 161.8: a hundreds digit read
        # before the rest, hyphened to it, as broadcasters say a three-digit figure
        current, parts = 100 * _UNITS[parts[0]], parts[1:]
        last = ""
    for part in parts:
        if part == "a" and last == "":
            current, last = 1, "unit"
            continue
        if part == "and":
            if last not in ("hundred", "thousand"):
                return None
            last = "and"
            continue
        if part in _UNITS or part.isdecimal():
            n = _UNITS[part] if part in _UNITS else int(part)
            kind = "unit" if n < 10 else "teen" if n < 20 else "tens"
            if part.isdecimal() and n >= 20 and n % 10:
                kind = "teen"  # "two-hundred-57": a two-digit number closes the group
            if last in ("unit", "teen") or (last == "tens" and kind != "unit"):
                return None
            if last == "tens" and current % 10:
                return None
            current += n
            last = kind
        elif part == "hundred" and last in ("unit", "teen", "tens") and current and current < 100:
            current *= 100
            last = "hundred"
        elif part == "thousand" and last in ("unit", "teen", "tens", "hundred") and current:
            total += current * 1000
            current = 0
            last = "thousand"
        else:
            return None
    if last == "and":
        return None
    total += current
    return Decimal(total) + fraction


_HALF_HEDGE = re.compile(
    r"\b(?:nearly|almost|about|roughly|around|some|approximately|close\s+to|more\s+than|"
    r"less\s+than|over|under|just|barely|fully|only|about)\s+$",
    re.I,
)
_TIME_UNIT = r"(?:hour|day|week|month|quarter|year|decade|century)"


def _hedged_half(before: str, after: str) -> bool:
    """ "nearly half", "roughly half": a hedge makes "half" an amount. Before "a year" it stays a
    length of time ("nearly half a year after the ban") unless the words read as a figure for
    the period a year back ("down from nearly half a year earlier")."""
    hedge = _HALF_HEDGE.search(before)
    if hedge is None:
        return False
    if not re.match(rf"\s+an?\s+{_TIME_UNIT}\b", after, re.I):
        return True
    return bool(
        re.match(
            rf"\s+an?\s+{_TIME_UNIT}\s+(?:earlier|before|previously)\s*(?:[.,;:)]|$)", after, re.I
        )
        and re.search(
            r"\b(?:from|to|than|against|versus|was|were|is|are|at|of)\s+$",
            before[: hedge.start()],
            re.I,
        )
    )


def parse_number(text: str) -> Decimal | None:
    """Parse the number part of a quantity: digits, words or spelled decimals, exactly.

    ``"1,027.72"`` → 1027.72; ``"55."`` → 55; ``"two-point-three"`` → 2.3;
    ``"point-eight"`` → 0.8; ``"one-point-66"`` → 1.66.
    """
    t = text.strip()
    m = re.fullmatch(r"(?:(.+?)[- ])?point[- ](.+)", t, re.I)
    if m:
        whole = Decimal(0)
        if m.group(1):
            w = m.group(1)
            parsed = Decimal(w) if w.isdecimal() else _word_number(w)
            if parsed is None:
                return None
            whole = parsed
        frac_parts = re.split(r"[- ]", m.group(2).lower())
        digits = ""
        for p in frac_parts:
            if p.isdecimal():
                digits += p
            elif p in _UNITS and _UNITS[p] < 10:
                digits += str(_UNITS[p])
            elif p in ZERO_DIGITS:
                digits += "0"
            else:
                return None
        return whole + Decimal("0." + digits) if digits else None
    if re.fullmatch(r"\d{1,3},\d{1,2}", t):  # a decimal comma (_DECIMAL_COMMA): "2,18" is 2.18
        return Decimal(t.replace(",", "."))
    if re.fullmatch(_DIGITS, t.removesuffix(".")):
        t = t.replace(",", "")
        if t.endswith("."):
            t = t[:-1]
        return Decimal(t)
    return _word_number(t)


def _decimal_of_larger_scale(whole: Decimal, part: Decimal, places: int) -> Decimal:
    """ "three billion four hundred million" → 3.4 (billions), "one billion-28 million" → 1.028:
    the smaller part as decimals of the larger scale, its trailing zeros not written."""
    value = whole + part.scaleb(-places)
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0:
        return value
    value = value.normalize()
    exponent = value.as_tuple().exponent
    return value.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else value


def find_quantities(text: str) -> list[Quantity]:
    """All money amounts, percentages, percentage points and multiples in a text, in order.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    list of Quantity
        Non-overlapping quantities ordered by position. Bare numbers without a unit (years,
        resolution numbers, counts) are not quantities.

    Examples
    --------
    >>> [q.value_text() for q in find_quantities("fell to $198 million, down 24 percent")]
    ['198000000', '24']
    """
    found: list[Quantity] = []
    covered = bytearray(len(text) + 1)  # characters already inside a quantity (linear, not O(n²))

    def add(q: Quantity | None) -> None:
        if q is None or any(covered[q.start : q.end]) or not _plausible(q):
            return
        found.append(q)
        covered[q.start : q.end] = b"\x01" * (q.end - q.start)

    starts: list[int] = []
    for a in _ANCHOR.finditer(text):
        pre = _PREFIX_BEFORE.search(text, max(0, a.start() - 6), a.start())
        if pre is not None:
            starts.append(pre.start())
        starts.append(a.start())
    starts = sorted(set(starts))

    def at_starts(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        out, last_end = [], -1
        for s in starts:
            if s < last_end:
                continue
            m = pattern.match(text, s)
            if m:
                out.append(m)
                last_end = m.end()
        return out

    for m in _DOLLAR_IN.finditer(text) if "dollar" in text or "yuan" in text else ():
        covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in (
        _ONE_IN.finditer(text)
        if " every " in text or " out of " in text or ("dollars" in text or "yuan" in text)
        else ()
    ):
        # "one in every five dollars", "two out of every three": a fraction, on the ladder
        num, den = (CARDINALS.get(g.lower()) or int(g) for g in (m.group("num"), m.group("den")))
        if 0 < num < den <= 100:
            pct = (Decimal(num * 100) / Decimal(den)).quantize(Decimal("0.01"))
            add(Quantity(m.start(), m.end(), m.group(0), pct, 0, "percent", verbal=True))
    for m in at_starts(_COMPOUND):
        n1, n2 = parse_number(m.group("n1")), parse_number(m.group("n2"))
        s1, s2 = _SCALE[m.group("s1").lower()], _SCALE[m.group("s2").lower()]
        if n1 is None or n2 is None or s2 >= s1 or not (m.group("pre") or m.group("post")):
            continue
        if n2 >= Decimal(10) ** (s1 - s2):
            continue  # "1 billion-2,000 million" is not one number
        if m.group("comma") and n1 != n1.to_integral_value():
            continue  # "$1.5 billion, 300 million …": two figures in a list
        mantissa = _decimal_of_larger_scale(n1, n2, s1 - s2)
        currency = _currency(m.group("pre"), m.group("post"))
        add(Quantity(m.start(), m.end(), m.group(0).strip(), mantissa, s1, "money", currency))
    if re.search(r"illion", text, re.I):
        for m in _FRACTION_OF_SCALE.finditer(text):
            if m.group("one") and not m.group("post"):
                continue
            frac = (m.group("frac") or "").lower().replace("-", " ").split()
            mantissa = _FRACTION_VALUE[frac[-1]] if frac else Decimal(1)
            if frac and frac[0] == "one" and frac[-1] == "quarters":
                continue  # "one quarters of a million" is not English
            scale = _SCALE[m.group("scale").lower()]
            currency = _currency(None, m.group("post"))
            add(
                Quantity(m.start(), m.end(), m.group(0).strip(), mantissa, scale, "money", currency)
            )
    for m in at_starts(_MONEY):
        num = m.group("num") or m.group("num2")
        mantissa = parse_number(num)
        if mantissa is None:
            continue
        scale_word = (m.group("scale") or m.group("scale2") or "").lower()
        if scale_word in ("m", "b", "k") and not (m.group("pre") or ""):
            continue  # "10 m" without a currency sign is more likely metres
        scale = _SCALE.get(scale_word, 0)
        currency = _currency(m.group("pre"), m.group("post1") or m.group("post"))
        add(Quantity(m.start(), m.end(), m.group(0).strip(), mantissa, scale, "money", currency))
    for m in at_starts(_PCT):
        mantissa = parse_number(m.group("num"))
        if mantissa is None:
            continue
        unit_word = m.group("unit").lower()
        unit = "pp" if "point" in unit_word else "percent"
        if (
            unit_word in ("point", "points")
            and not (
                re.search(r"percentage", text[max(0, m.start() - 30) : m.start()], re.I)
                # "the share of imports slipped 0.3 points": a share moves in percentage points
                or re.search(
                    r"\b(?:share|proportion)\b", text[max(0, m.start() - 80) : m.start()], re.I
                )
            )
        ):
            continue  # "3 points" alone (an index) is not a trade quantity
        add(Quantity(m.start(), m.end(), m.group(0).strip(), mantissa, 0, unit))
    for m in _FOLD.finditer(text) if "fold" in text.lower() else at_starts(_FOLD):
        mantissa = parse_number(m.group("num") or m.group("num2") or m.group("num3"))
        if mantissa is not None:
            add(Quantity(m.start(), m.end(), m.group(0).strip(), mantissa, 0, "times"))
    for m in _VERBAL.finditer(text):
        v = _VERBAL_VALUE[m.group("word").lower()]
        mantissa = (
            Decimal(v.numerator) / Decimal(v.denominator) if isinstance(v, Fraction) else Decimal(v)
        )
        add(Quantity(m.start(), m.end(), m.group(0), mantissa, 0, "times", verbal=True))
    for m in _FRACTION.finditer(text):
        if m.group("half"):
            # "half of …", "fell by (almost) half"; not "the first half" or "half a year"
            before = text[max(0, m.start() - 30) : m.start()]
            if re.search(r"\b(?:first|opening|second|last|latter|other|same)\s+$", before, re.I):
                continue
            after = text[m.end() :]
            if after.startswith("-"):
                continue  # "half-year", "half-yearly"
            if not (
                re.match(r"\s+(?:of|the)\b", after)
                or re.search(r"\bby\s+(?:\w+\s+)?$", before)
                # "half their 2020 level", "half what it was": half of something named after it
                or re.match(r"\s+(?:their|its|that|those|this|these|what)\b", after, re.I)
                or _hedged_half(before, after)
            ):
                continue
            share = Fraction(1, 2)
        elif re.search(
            r"\b(?:first|last|past|final)\s+$", text[max(0, m.start() - 8) : m.start()], re.I
        ):
            continue  # "the first three quarters" is a period
        else:
            den = m.group("den").lower().rstrip("s")
            if den in _ORDINAL_DENOMINATORS and not re.match(r"\s+of\b", text[m.end() :]):
                continue
            num = (
                1
                if m.group("num").lower() in ("a", "an", "one")
                else CARDINALS[m.group("num").lower()]
            )
            share = Fraction(num, _DENOMINATORS[m.group("den").lower().rstrip("s")])
        if share >= 1:
            continue
        pct = (Decimal(share.numerator * 100) / Decimal(share.denominator)).quantize(
            Decimal("0.01")
        )
        surface = m.group(0).strip()
        add(Quantity(m.start(), m.start() + len(surface), surface, pct, 0, "percent", verbal=True))
    for m in at_starts(_BARE_SCALED):
        mantissa = parse_number(m.group("num"))
        if mantissa is not None:
            add(
                Quantity(
                    m.start(),
                    m.end(),
                    m.group(0),
                    mantissa,
                    _SCALE[m.group("scale").lower()],
                    "money",
                )
            )
    found.sort(key=lambda q: q.start)
    return found


#: The most digits and the largest value read as a figure. World trade is about 10^13 dollars a
#: year; "$1,000,000,000,000,000 billion" or a number written with 19 decimals is noise, not a
#: claim, and exact interval arithmetic on it would only produce unreadable bounds.
MAX_DIGITS = 18
MAX_VALUE = Decimal(10) ** 16


def _plausible(q: Quantity) -> bool:
    digits = q.mantissa.as_tuple().digits
    return len(digits) <= MAX_DIGITS and abs(q.value) <= MAX_VALUE


# The unit a table or a list of figures declares once for all its bare numbers: "US$ million",
# "(USD mn)", "in millions of dollars", "million U.S. dollars", "unit: 10,000 dollars" is not
# handled (a scale that is not a power of a thousand).
_CAPTION = re.compile(
    rf"(?P<pre>{_CUR_PRE_RE})\s?(?P<scale>million|billion|thousand|mn|mln|bn|bln)\b"
    # a chart's axis or a table's header: "$m", "US$bn", "$k" before a comma, colon or bracket
    rf"|(?P<pre4>{_CUR_PRE_RE})(?P<scale4>m|b|k)(?=\s*[,;:)\]]|\s*$)"
    rf"|\b(?P<scale2>million|billion|thousand|mn|bn)s?\s+(?:of\s+)?(?P<post>{_CUR_POST_RE})"
    rf"|\bin\s+(?P<scale3>millions|billions|thousands)\s+of\s+(?P<post3>{_CUR_POST_RE})",
    re.I,
)
# a footnote mark may follow the number: "256.97†", "1,027.72*", "539.06[a]", "88.4¹"
_CELL = re.compile(
    rf"\s*(?P<sign>[-−–+])?\s*(?P<num>{_DIGITS})\s*(?:[*†‡§¶#]+|\[\w{{1,2}}\]|[¹²³⁰-⁹]+)?\s*"
)


@dataclass(frozen=True)
class UnitCaption:
    """The unit a caption or header declares for the bare numbers under it (``US$ million``)."""

    start: int
    end: int
    currency: str | None
    scale: int


def find_unit_caption(text: str) -> UnitCaption | None:
    """The first unit declaration in a caption or header, or None.

    Examples
    --------
    >>> c = find_unit_caption("Table 1. Trade, US$ million (China Customs)")
    >>> (c.currency, c.scale)
    ('USD', 6)
    >>> find_unit_caption("Exports fell by a third") is None
    True
    """
    m = _CAPTION.search(text)
    if m is None:
        return None
    word = (m.group("scale") or m.group("scale2") or m.group("scale3") or m.group("scale4")).lower()
    scale = _SCALE[word.rstrip("s") if len(word) > 1 else word]
    currency = _currency(m.group("pre") or m.group("pre4"), m.group("post") or m.group("post3"))
    return UnitCaption(m.start(), m.end(), currency, scale)


def cell_quantity(cell: str, caption: UnitCaption, offset: int = 0) -> Quantity | None:
    """A bare number in a table cell ("539.06", "1,027.27") read in the unit of its caption.

    Only a cell that holds a number and nothing else (but a footnote mark: ``256.97†``) is read;
    its written decimals are kept.
    ``offset`` is the position of the cell in the whole text.

    Examples
    --------
    >>> q = cell_quantity(" 1,027.27 ", find_unit_caption("US$ million"))
    >>> q.value_text(), q.decimals, q.currency
    ('1027270000', 2, 'USD')
    """
    m = _CELL.fullmatch(cell)
    if m is None:
        return None
    mantissa = parse_number(m.group("num"))
    if mantissa is None:
        return None
    if m.group("sign") and m.group("sign") != "+":
        mantissa = -mantissa
    q = Quantity(
        offset + m.start("num"),
        offset + m.end("num"),
        m.group("num"),
        mantissa,
        caption.scale,
        "money",
        caption.currency,
    )
    return q if _plausible(q) else None


def _currency(pre: str | None, post: str | None) -> str | None:
    if pre:
        return _CUR_PRE.get(pre.lower())
    if post:
        p = post.lower()
        if p in _CUR_PRE:
            return _CUR_PRE[p]  # "140 million USD", "20 million US$"
        if "singapore" in p:
            return "SGD"
        if "dollar" in p or p.endswith("dlrs"):
            return "USD"
        if p in ("yuan", "renminbi"):
            return "CNY"
        if p == "won":
            return "KRW"
        if p.startswith("euro"):
            return "EUR"
    return None
