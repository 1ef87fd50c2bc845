"""The trade vocabulary of news text: flows, directions, bases, hedges, countries, sources.

Patterns and word tables only; no logic. Kept apart so the extractor reads as rules over named
word classes: a new phrasing of a known kind is one entry in a table here (see "Adding a
phrasing" in :mod:`.frames`).
"""

from __future__ import annotations

import re

from .screen import screened

__all__ = [
    "SUPERLATIVE_BEFORE",
    "REPORTING_SUBJECT_GAP",
    "HEDGE_VERB_BEFORE",
    "TOTAL_AFTER",
    "FRACTION_OF_BEFORE",
    "GOODS_WORD",
    "AHEAD_CLAUSE_BREAK",
    "FRACTION_THE",
    "LIST_JOIN",
    "MONTH_NAMES",
    "SHARE_NOUN_AFTER",
    "LEADING_OF",
    "PART_AFTER_LEAD",
    "WHOLE_YEAR_BEFORE",
    "COMPARATIVES",
    "ATTACHED_VERBS",
    "PARTNER_EPITHETS",
    "PARTNER_EPITHET",
    "STREAK_AFTER_BEFORE",
    "PERIOD_SUBJECT_LEAD",
    "PERIOD_SUBJECT_VERB",
    "PERIOD_CLAUSE_BREAK",
    "PERIOD_OPENS_NEXT_CLAUSE",
    "ARROW_AFTER",
    "QUESTION_END",
    "SAME_MEASURE_YEAR_BEFORE",
    "GOODS_NOUNS",
    "GOODS_AFTER_OF",
    "PAIR_AND",
    "DOWN_WORDS",
    "UP_WORDS",
    "NEUTRAL_WORDS",
    "SHARE_VERBS",
    "COUNTRY_EPITHETS",
    "PAIR_NOUNS",
    "FLOW_VERBS",
    "FLOW_PREPOSITION",
    "FLOW_VERB",
    "THE_PAIR",
    "ITS_BEFORE",
    "FLOW_CLAUSE_END",
    "POSSESSIVE_GAP",
    "NOT_POSSESSIVE",
    "PAIR_JOIN",
    "PAIR_DASH",
    "BOTH_FLOWS",
    "CLAUSE_SPLIT",
    "DIRECTION_NOUNS",
    "DIRECTION_NOUN_AFTER",
    "BASE_ON_BEFORE",
    "SIGN_BEFORE",
    "CHANGE_BY",
    "ADDED_BEFORE",
    "ADDED_AFTER",
    "BY_BEFORE",
    "BARE_MOVE",
    "TO_AT_BEFORE",
    "TO_BEFORE",
    "CHANGE_TO_LEVEL",
    "GAPPED_AFTER",
    "GAPPED_BEFORE",
    "SHARE_LEVEL_BEFORE",
    "COMMITTED",
    "OTHER_PERIOD",
    "SHARE_WORD_BEFORE",
    "COMMA_OF",
    "OF_PERIOD",
    "FRACTION_BEFORE_OF_PERIOD",
    "OWNER_BEFORE_FIGURE",
    "WITH_COUNTRY",
    "ITS_WORLD_WHOLE",
    "EARLIER_ADJ_BEFORE",
    "OWNER_PRONOUN_WHOLE",
    "PRONOUN_PART",
    "FROM_BEFORE",
    "TO_NEXT",
    "PERIOD_LABEL",
    "THE_REMAINDER_BEFORE",
    "COORDINATED_PERCENT",
    "TIMES_FLOW_AFTER",
    "MORE_THAN_OTHER_FLOW",
    "SHARE_PARTICIPLE_LEAD",
    "SHARE_WITH_LEAD",
    "SHARE_WITH_AFTER",
    "APPOSITION_PP_BEFORE",
    "APPOSITION_PP_AFTER",
    "OUTSOLD_BY",
    "MONEY_COMPARED",
    "EXCEED_BY",
    "EXCEED_VERBS",
    "LEADING_FROM",
    "MONEY_CHANGE_NOUN",
    "MONEY_CHANGE_BEFORE",
    "MONEY_MOVED_BEFORE",
    "SIZE_COMPARATIVES",
    "FORMER_LATTER",
    "ERA_PREFIX_BEFORE",
    "AGENT_NOUN",
    "AGENT_NOUN_GAP",
    "SPEND_VERB",
    "BOUND_GAP",
    "IN_BALANCE_GAP",
    "PARTNER_PREPOSITION_BEFORE",
    "OWN_FLOW_AFTER_CUE",
    "PLURAL_FIGURES",
    "FRAGMENT_LEVEL",
    "PART_WITH_AFTER",
    "EACH_AFTER",
    "CURRENCY_NAMED_BEFORE",
    "CURRENCY_LEAD",
    "SENTENCE_SUBJECT_LEAD",
    "SHARE_APPOSITION",
    "DEPENDENCE",
    "BALANCE_OF",
    "WHOLE_NOUN_AFTER",
    "DEMONSTRATIVE_PERIOD",
    "WORLD_TRADE_WORDS",
    "WORLD_TRADE_BEFORE",
    "WORLD_TOTAL",
    "OWNED_FIGURE_GAP",
    "ANAPHORIC_WHOLE",
    "REFERENT_WHOLE",
    "OWN_YEAR",
    "REFUTED_BEFORE",
    "TABLE_BALANCE",
    "TABLE_TOTAL",
    "OWNED_SHARE",
    "BILATERAL",
    "IN_YEARS",
    "TERMS",
    "TIMES_HIGHER",
    "LOWER_HIGHER",
    "SHARE_BEFORE",
    "RATIO_WORDS",
    "PERCENT_OF",
    "UP_FROM_AFTER",
    "FORWARD_FLOW",
    "BASE_MENTION_BEFORE",
    "EVENT_BEFORE_PERIOD",
    "PART_OF_MONTH_BEFORE",
    "STREAK_NTH",
    "REFERENCE",
    "ABBREVIATIONS",
    "APPOSITION",
    "ATTACHED_AFTER",
    "DISCOURSE",
    "PRONOUN",
    "REFERENT",
    "BASE_LEVEL_BEFORE",
    "BASE_MOM",
    "BASE_MOM_AFTER",
    "BASE_YOY_AFTER",
    "COORDINATED",
    "COORDINATED_CHANGE",
    "BASE_YOY",
    "COUNTRY",
    "DOWN",
    "FLOW",
    "HEDGE_BEFORE",
    "HEDGE_SYNONYMS",
    "NEUTRAL_VERB",
    "NON_CLAIM",
    "NON_CLAIM_AFTER",
    "NON_TRADE_SUBJECT",
    "NON_CLAIM_VERB_BEFORE",
    "THRESHOLD_AFTER",
    "THRESHOLD_BEFORE",
    "THRESHOLD_CROSSED",
    "CURRENCY_SUBJECT",
    "NON_TRADE_SUBJECT_BEFORE",
    "MONEY_HEAD",
    "EACH_BEFORE",
    "WHAT_IT_TRADED",
    "SHARE_CLAUSE_AFTER",
    "POSSESSIVE_BEFORE",
    "SOURCE",
    "RESPECTIVELY",
    "REVIEW",
    "SHARE_OF",
    "SHARE_VERB",
    "SHARE_WHOLE",
    "WHOLE_PARTNER_BEFORE",
    "OF_WHICH",
    "FROM_TO_PAIR",
    "OF_WHICH_PART_BEFORE",
    "REMAINDER_BEFORE",
    "OWNED_SHARE_OTHER",
    "PART_AFTER_WHOLE",
    "RELATIVE_CLAUSE",
    "APPOSITION_PP",
    "SHARE_NOUN",
    "SHARE_OF_LEAD",
    "OWNER_AFTER",
    "SOURCES_HEADING",
    "STREAK",
    "SUPERLATIVE",
    "SUPERLATIVE_DOWN",
    "ORDINALS",
    "TABLE_CHANGE",
    "TABLE_SHARE",
    "TRADE_WORD",
    "UP",
    "country_code",
    "pair_of",
    "AGENCY",
    "AGENCY_REPORTERS",
    "CITED_BEFORE",
    "NON_REPORTERS",
    "APPOSED_VERB_GAP",
    "COUNTRY_AGENCY_AFTER",
    "NOT_COUNTRY_AFTER",
    "NOT_COUNTRY_BEFORE",
    "PAIR_PHRASE",
    "PAIR_PHRASES",
    "WORLD_OWNED_WORDS",
    "WORLD_STRONG_WORDS",
    "WORLD_AFTER",
    "EXCLUDING_BEFORE",
    "flow_of",
    "source_of",
]

# Words followed by a full stop that does not end a sentence ("U.S.", "Jan.", "Mr.").
ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "dec",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "no",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "inc",
        "co",
        "corp",
        "ltd",
        "vs",
        "e.g",
        "i.e",
        "etc",
        "gov",
        "n",
        "s",
        "p",
        "approx",
        "est",
    ]
)

# A heading that opens a list of what a document cites, not what it claims.
SOURCES_HEADING = (
    r"sources?|references?|bibliography|further\s+reading|citations?|works\s+cited|"
    r"notes\s+and\s+sources|data\s+sources?"
)

# A list of subjects or periods matched in order with a list of figures.
RESPECTIVELY = screened(re.compile(r"\brespectively\b|\bin\s+that\s+order\b", re.I))

#: Nouns for the part a share is: "the share of imports in ...", "the proportion of imports".
SHARE_NOUN = r"(?:share|proportion|portion)"

# Shares: a verb that makes "X percent of Y" a part of a whole, the words that name a whole,
# and "the share of <part> in <whole> was X percent".
#: Verbs that make "X percent of Y" a part of a whole ("accounted for 59 percent of the total").
SHARE_VERBS = (
    "accounted\\s+for",
    "accounts?\\s+for",
    "accounting\\s+for",
    "made\\s+up",
    "makes?\\s+up",
    "making\\s+up",
    "took\\s+up",
    "takes?\\s+up",
    "taking\\s+up",
    "share",
    "represent(?:s|ed|ing)?",
    "comprised?",
    "constituted?",
)
SHARE_VERB = "|".join(SHARE_VERBS)
SHARE_WHOLE = re.compile(
    # ("the China–North Korea total": a pair joined by a dash)
    r"\s*(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’$.,–—-]+\s+){0,3}?"
    r"(?:total|overall|volume|turnover|two-way|bilateral|combined|commerce)\b"
    # "21 percent of everything China traded with the North"
    r"|\s*(?:everything|all\s+(?:the\s+)?(?:goods|trade|commerce))\b"
    # "a tenth of the cargo that crossed the border": the pair's trade
    r"|\s*(?:the\s+|all\s+(?:the\s+)?)?(?:goods|merchandise|cargo|freight|trade)\s+(?:that\s+|which\s+)?"
    r"(?:crossed|crossing|moved\s+across|moving\s+across|passed\s+(?:over|through))\s+the\s+"
    r"(?:border|frontier)\b",
    re.I,
)
SHARE_OF = re.compile(
    rf"\b{SHARE_NOUN}\s+of\s+(?P<part>[^.;]{{1,50}}?)\s+(?:in|of|within)\s+(?P<whole>[^.;]{{1,50}}?)"
    r"(?:\s+(?:was|were|is|stood\s+at|reached|came\s+to|hit|rose\s+to|fell\s+to|climbed\s+to|"
    r"dropped\s+to)|\s*[,:])\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$",
    re.I,
)

#: A possessive after a country: "in China's trade with ..." names the trade's owner.
OWNER_AFTER = re.compile(r"\w['’]s?(?:\s|$)")
#: Before a country that the whole of a share trades with: "of the trade with North Korea", "of
#: China's total imports from the North", "of the trade between China and the DPRK".
WHOLE_PARTNER_BEFORE = re.compile(
    r"(?:\b(?:with|between|to|from|and)\s+(?:the\s+)?|[-–—/]\s*)$", re.I
)

# "North Korea's share of the two-way trade": a country's share of the pair's trade
OWNED_SHARE = screened(
    re.compile(
        rf"(?P<owner>\b[\w.’' -]{{2,30}}?(?:['’]s?|\b))\s+{SHARE_NOUN}\s+of\s+(?:the\s+|their\s+|its\s+)?"
        r"(?:two-way|bilateral|combined|total|overall|mutual)?\s*(?:trade|commerce|turnover)\b(?:[^.;]|\.\d)*$",
        re.I,
    )
)

#: "China's share of North Korea's foreign trade": a country's share of another country's trade
#: (with the world, or with all its partners), not of the pair's trade.
OWNED_SHARE_OTHER = re.compile(
    rf"(?P<owner>\b[\w.’' -]{{2,30}}?['’]s?)\s+{SHARE_NOUN}\s+(?:of|in)\s+(?P<whole>[\w.’' -]{{2,30}}?['’]s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:trade|commerce|turnover|imports|exports))\b(?:[^.;]|\.\d)*$",
    re.I,
)

# Superlatives. Each alternative is one phrasing; named groups say how its base is read:
#   since      "the highest level since December 2019" (X excluded, semantics.md §1.4)
#   inclusive  "the lowest on record going back to January 2014", "since at least 2014"
#   years      "a six-year high" (the claim's period, N years back)
#   (none)     "a record low", "an all-time high": over the whole series
#   ("the most since July 2020": "most"/"least" only right before "since" and a date)
_SUP_WORD = (
    r"highest|lowest|largest|smallest|biggest|strongest|weakest|record|"
    r"(?:most|least)(?=\s+since\s+(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*\.?\s+(?:19|20)\d\d)\b)"
)
#   series     "the lowest monthly tally", "the highest figure on record": over the whole series
_SERIES_UNIT = r"monthly|annual|yearly|quarterly"
_SUP_REFERENT = r"figure|tally|total|level|reading|amount|value|volume|result"
SUPERLATIVE = screened(
    re.compile(
        rf"\b(?:(?:the|its|a|their)\s+)?(?:(?P<word>{_SUP_WORD})|first\s+(?:\w+\s+)?"
        r"(?P<word4>decline|drop|fall|decrease|contraction|shrinking|slide|dip|downturn|slump|"
        r"increase|rise|gain|growth|expansion|rebound|upturn|time(?=\s+since\b))"
        # "the 2014 decline … was the first since 2009": the change named before it
        r"|(?<=\bthe\s)first(?P<word7>)(?=\s+since\b))\b(?:[^.;]{0,60}?"
        r"(?P<since>\bsince\b(?:\s+(?P<inclusive>at\s+least)\b)?|\b(?P<inclusive2>going\s+back\s+to|dating\s+back\s+to)\b)"
        rf"|(?P<series>\s+(?:{_SERIES_UNIT})\s+(?:{_SUP_REFERENT})s?\b(?!\s+(?:since|in|for|over|going|dating|so|this)\b)"
        rf"|\s+(?:{_SUP_REFERENT})s?\s+(?:on\s+record|ever(?:\s+recorded)?)\b))"
        r"|\b(?:an?\s+)?(?P<years>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"fifteen|twenty)[- ]year\s+(?P<word2>high|low)\b"
        r"|\b(?:an?\s+|the\s+)?(?:record|all[- ]time)\s+(?P<word3>high|low)\b"
        # "the lowest in nearly two decades", "their highest level in more than three years"
        rf"|\b(?:(?:the|its|a|their)\s+)?(?P<word5>{_SUP_WORD})(?:\s+(?:{_SUP_REFERENT}|{_SERIES_UNIT})){{0,2}}"
        r"\s+(?:in|for)\s+(?:(?P<about5>nearly|almost|about|around|some|roughly)\s+|"
        r"(?:more\s+than|over|at\s+least)\s+)?(?:a\s+|(?P<years5>\d{1,2}|two|three|four|five|six|seven|"
        r"eight|nine|ten|eleven|twelve|fifteen|twenty)\s+)(?P<span5>years?|decades?)\b"
        # "the highest this year", "their lowest monthly level so far this year"
        rf"|\b(?:(?:the|its|a|their)\s+)?(?P<word6>{_SUP_WORD})(?:\s+(?:{_SUP_REFERENT}|{_SERIES_UNIT})){{0,2}}"
        r"\s+(?:so\s+far\s+)?this\s+year\b"
        # "the first fall in three years", "the first annual contraction in five years", "the
        # first increase in four months": the first since the period that far back (as "the
        # first decline since 2009")
        r"|\b(?:(?:the|its|a|their)\s+)?first\s+(?:\w+\s+)?(?P<first_word>decline|drop|fall|decrease|"
        r"contraction|shrinking|slide|dip|downturn|slump|increase|rise|gain|growth|expansion|rebound|"
        r"upturn|time)\s+in\s+(?P<first_n>\d{1,2}|two|three|four|five|six|"
        r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?P<first_unit>years|months)\b",
        re.I,
    )
)
SUPERLATIVE_DOWN = frozenset(
    {"lowest", "smallest", "weakest", "low", "decline", "drop", "fall", "decrease", "contraction"}
    | {"least", "shrinking", "slide", "dip", "downturn", "slump"}
)

# Streaks: "for the seventh consecutive month", "for 11 straight months", "for the fourth month
# in a row", "four consecutive months of gains".
ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_ORD = "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)"
STREAK = screened(
    re.compile(
        r"\b(?:(?:for\s+(?:the\s+)?)?(?P<n>\w+)\s+"
        # "five consecutive months", and "five months running", "five months in a row"
        r"(?=(?:consecutive|straight|successive)\s|(?:month|year|quarter)s\s+(?:running|in\s+a\s+row)\b)"
        r"(?:(?:consecutive|straight|successive)\s+)?(?P<unit>month|year|quarter)s?"
        r"(?:(?<=s)\s+(?:running|in\s+a\s+row))?)\b"
        rf"|\b(?:for\s+)?(?:the\s+|a\s+)?(?P<ord>{_ORD})\s+(?:consecutive\s+|straight\s+|successive\s+)?"
        r"(?P<unit2>month|year|quarter)\s+(?:in\s+a\s+row|running)\b"
        # "the ninth consecutive monthly increase", "a third straight annual decline"
        rf"|\b(?:the\s+|a\s+)?(?P<ord3>{_ORD})\s+(?:consecutive|straight|successive)\s+"
        # ("a second consecutive decline": no unit, the unit of the periods around it)
        r"(?:(?P<unit3>monthly|annual|yearly|quarterly)\s+)?(?:(?P<up3>increase|rise|gain|growth)|"
        r"(?P<down3>decline|fall|drop|decrease|contraction))\b"
        # a count of changes in a row: "five consecutive declines", "four straight monthly
        # gains" (with no unit, the unit of the periods around it: superlatives._streaks)
        # "rose in each of the past three months": a run up to the period in hand
        r"|\bin\s+each\s+of\s+the\s+(?:past|last|previous|preceding)\s+(?P<n6>\w+)\s+"
        r"(?P<unit6>month|year|quarter)s\b"
        r"|\b(?P<n5>\w+)\s+(?:consecutive|straight|successive)\s+"
        r"(?:(?P<unit5>monthly|annual|yearly|quarterly)\s+)?(?:(?P<up5>increases|rises|gains)|"
        r"(?P<down5>declines|falls|drops|decreases|contractions))\b",
        re.I,
    )
)

#: "exports rose for a second month in November": an ordinal run with no "straight" or
#: "consecutive", a run only after a verb that moves (read in superlatives._streaks).
STREAK_NTH = re.compile(
    rf"\bfor\s+(?:a|the)\s+(?P<ord4>{_ORD})\s+(?P<unit4>month|year|quarter)\b"
    r"(?!\s+(?:of|in\s+a\s+row|running)\b)",
    re.I,
)

# Before a streak that ended before the claim's own period: "rose in July after three straight
# months of declines", "following five successive months of gains" (read in superlatives._streaks, with
# STREAK_ENDED below).
STREAK_AFTER_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:what\s+(?:was|were|had\s+been)\s+|"
    r"(?:a|its|their|the)\s+(?:\w+\s+)?(?:run|streak|string|stretch)\s+of\s+|(?:a|the)\s+)?$",
    re.I,
)

# A block that reviews another text's figures (a fact check's verdicts): its numbers are the
# quoted claims and the checker's interval arithmetic, not claims of the document itself.
REVIEW = screened(
    re.compile(
        r"(?:^|\n)[\W_]*(?:the\s+(?:text|article|story|report|sentence)\s+(?:says|said|claims|claimed|"
        r"gives|gave)|(?:what\s+)?customs\s+published|corrected|verdict|most\s+likely\s+cause|"
        r"difference)\s*[:*]|"
        r"\bas\s+written\b[^.;]{0,20}\bstands\s+for\b|"
        r"\bso\s+it\s+is\s+(?:wrong|correct|right|approximately\s+right|ambiguous|unverifiable)\b|"
        r"\bclaimed\s*\[|\breproduc(?:ed\s+by|es\s+it)\b|\bnearest\s+reading\b|"
        r"\[\s*[-−+]?(?:US)?\$?[\d,.]+%?\s*,\s*[-−+]?(?:US)?\$?[\d,.]+%?\s*\]|"
        r"[—–:]\s*\**\s*(?:correct|wrong|approx|ambiguous|unverifiable)\b(?:\s*\([a-z ]+\))?\s*\**\s*[.;]",
        re.I,
    )
)

# Table headers: a column of changes ("change", "y/y", "growth", "% chg") or of shares.
TABLE_CHANGE = re.compile(
    r"\b(?:change|chg|growth|y/y|yoy|m/m|mom|on[- ]year|on[- ]month|year[- ]on[- ]year|"
    r"month[- ]on[- ]month|increase|decrease|var(?:iation)?)\b|%\s*(?:change|chg)|\bΔ",
    re.I,
)
# Row or column headers that name a flow on their own: "Total", "Two-way", "Balance", "Net".
TABLE_TOTAL = re.compile(r"^\s*(?:total|two-way|overall|combined|exports\s*\+\s*imports)\b", re.I)
TABLE_BALANCE = re.compile(r"\bbalance\b|^\s*net\b", re.I)
TABLE_SHARE = re.compile(r"\b(?:share|per\s*cent\s+of|%\s+of)\b", re.I)

#: Goods named by their movement: "goods that went to X", "products moving from China into X".
_GOODS_MOVING = (
    r"(?:goods|products|commodities|merchandise|wares)\s+(?:that\s+)?"
    r"(?:went|go(?:es)?|going|headed|flowed|flowing|moved|moving|travell?ed|travell?ing|crossed|"
    r"crossing)(?=(?:\s+the\s+[\w-]+(?:\s+(?:river|border|bridge))?)?\s+(?:to|into|from)\b)"
)
#: "the gap" as the subject of its clause, with no other two things it lies between: the trade gap
_THE_GAP = (
    r"the\s+gap(?!\s+(?:between|in\s+(?:living|income|wages?)|year)\b)"
    # (not "the gap in China's favour", "the gap of $X in its favour": a surplus, read as such)
    r"(?!\s+(?:of\s+[^.;]{1,40}?\s+)?in\s+[^.;]{1,30}?favou?r)"
)
#: "a gap of $X" (a sum of money right after it): the gap between the flows
_A_GAP_OF = (
    r"an?\s+gap\s+of(?=\s+(?:(?:about|around|nearly|almost|some|roughly|just|only|over|"
    r"more\s+than)\s+)?(?:US\s?\$|USD|\$))"
    # (not "a gap of $X in Pyongyang's favour": a surplus, read as such)
    r"(?![^.;]{1,40}?\s+in\s+(?:[^.;]{1,30}?favou?r|favou?r\s+of)\b)"
)
#: A balance word's definition in brackets, read with it: "Surplus (exports minus imports)".
_BALANCE_DEFINED = (
    r"(?:\s*\(\s*(?:exports?|imports?)\s+(?:minus|less|[−–-])\s+(?:exports?|imports?)\s*\))?"
)
#: "commerce" as a word for trade (not a ministry's, a chamber's or e-commerce).
_COMMERCE = r"(?<!\bof\s)(?<!e-)(?<!\be)commerce(?!\s+(?:department|ministry|secretary|minister)\b)"
#: "turnover" (or "trade turnover") as a word for the two flows together, as trade reports use
#: it; not a firm's sales, staff turnover or a turnover tax.
_TURNOVER = (
    r"(?<!\bstaff\s)(?<!\bemployee\s)(?<!\blabor\s)(?<!\blabour\s)(?<!\bleadership\s)"
    r"(?<!\bpersonnel\s)(?<!\bcadre\s)(?<!\belite\s)(?<!\bmembership\s)(?<!\bmanagement\s)"
    # a port's, a terminal's turnover is its cargo handled, in tonnes or boxes
    r"(?<!\bport\s)(?<!\bcargo\s)(?<!\bfreight\s)(?<!\bcontainer\s)(?<!\bpassenger\s)"
    r"(?<!\bcompany['’]s\s)(?<!\bfirm['’]s\s)"
    r"turnover(?!\s+(?:tax(?:es)?|rates?|ratio)\b)"
    # "the turnover of Central Committee members": people replaced, not goods
    r"(?!\s+(?:of|among|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:members|officials|cadres|personnel|"
    r"staff|workers|leaders|leadership|delegates|ministers|generals|elites?|tonnes|tons|containers|"
    r"passengers)\b)"
)
#: A period's total, said of a figure: "October's total of $192.4 million", "2023's total was
#: $2.3 billion" (both flows summed; not "October's total exports", a flow of its own).
_PERIODS_TOTAL = (
    # ("total" first, the owner checked behind it: a look-behind tried at every position of
    # every sentence would slow the scan)
    "total(?:"
    + "|".join(
        rf"(?<=\b{w}['’]s\stotal)"
        for w in (
            *("January", "February", "March", "April", "May", "June", "July", "August"),
            *("September", "October", "November", "December", "month", "year", "quarter"),
        )
    )
    + r"|(?<=\b(?:19|20)\d\d['’]s\stotal))"
    r"(?=\s+(?:of\s+(?:US|USD|S)?\$|of\s+(?:USD|US\$)|of\s+(?:about\s+|some\s+|nearly\s+)?\d|"
    r"(?:was|stood|came|reached|hit|amounted)\b))"
)
TRADE_WORD = screened(
    re.compile(
        r"\b(?:trade[sd]?|trading(?!\s+(?:compan(?:y|ies)|firms?|houses?)\b)|exports?|exported|exporting|imports?|imported|importing|sold|shipped|sales|"
        r"shipments?|surplus(?:es)?|deficits?|shortfall|sells?|buys?|bought|purchases?|"
        # "China's Jan–Nov buying from N. Korea: $X": the gerund as a noun of trade
        r"(?:buying|selling|purchasing)(?=\s+(?:from|to)\b)|"
        r"intake(?=\s+(?:of\s+[\w\s-]{1,30}?\s+)?from\b)|"
        r"outs(?:old|ells?|elling)|outbound|inbound|customs|exchanged|goods(?!\s+prices?\b)|received\s+from|"
        # "two-way commerce", "cargo to the DPRK", "the imbalance in China's favour"
        rf"{_COMMERCE}|{_TURNOVER}|(?:two-way|bilateral|cross-border)\s+business|cargo(?:es)?|consignments?|deliveries|imbalance|trade\s+balance|{_GOODS_MOVING}|"
        # "the gap widened to $X", "a gap of $X in China's favour": the gap between the flows
        rf"{_THE_GAP}|gap(?=\s+(?:of\s+[^.;]{{1,40}}?\s+)?in\s+[^.;]{{1,30}}?favou?r)|{_PERIODS_TOTAL})\b",
        re.I,
    )
)

#: Before "sales" or "purchases" with no preposition after: an owner ("its own", "Pyongyang's").
_OWNED = r"(?:(?<=\bits\s)|(?<=\bown\s)|(?<=\btheir\s)|(?<='s\s)|(?<=’s\s))"

# Flow words, longest first. The group name says the flow; "balance" words carry a gap side.
FLOW = screened(
    re.compile(
        # "the (trade) gap in China's favour" is a surplus of China: read before the bare "trade gap"
        # "the excess of Chinese sales over purchases": exports less imports, a surplus
        r"(?P<surplus>\bexcess\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:exports|sales|shipments|deliveries)\s+"
        r"over\s+(?:(?:its|their|the)\s+)?(?:imports|purchases)\b"
        r"(?:\s+in\s+(?:its\s+|their\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:trade|commerce)\b)?"
        r"|\b(?:trade\s+)?(?:gap|balance|imbalance)\s+in\s+[\w'’.-]+(?:\s+[\w'’.-]+)?['’]s\s+favou?r\b"
        r"(?:\s+in\s+(?:its|their|the)\s+(?:bilateral\s+|two-way\s+)?(?:trade|commerce)\b)?"
        # "a gap of $977,000 in Pyongyang's favour": the side named after the figure
        r"|\b(?:trade\s+)?(?:gap|balance|imbalance)\s+of\s+[^;]{1,40}?\s+in\s+(?:[\w'’.-]+(?:\s+[\w'’.-]+)?['’]s\s+"
        r"favou?r|favou?r\s+of\s+[\w'’.-]+(?:\s+[\w'’.-]+)?)\b"
        # "a balance of zero", "the trade balance with X was $Y": exports − imports, signed
        r"|\b(?:trade\s+)?balance(?=\s+(?:of|at|was|is|stood|stands|came|comes|with)\b)"
        r"(?!\s+of\s+(?:payments|power|trade\s+(?:in|with)|risks?)\b)"
        r"|\b(?:(?:total\s+|overall\s+)?(?:trade\s+|goods\s+|services\s+)?surplus(?:es)?)"
        # "surplus in its 2024 trade with X": the year dating the trade between
        r"(?:\s+(?:in|on|of)\s+(?:its\s+|their\s+|the\s+)?(?:(?:19|20)\d\d\s+)?(?:bilateral\s+|goods\s+)?"
        r"trade)?\b"
        rf"{_BALANCE_DEFINED})"
        # an unsigned "trade gap" or "imbalance" is the deficit of the country it belongs to
        rf"|(?P<gap>\b(?:trade\s+gap|{_THE_GAP}|(?:trade\s+)?imbalance|{_A_GAP_OF}|"
        r"the\s+gap\s+between\s+what\s+[^,.;]{0,60}?\b"
        r"(?:sells|sold|exports|exported|ships|shipped)\s+"
        # ("the gap between what China sold and bought": one "what" for both verbs)
        r"[^,.;]{0,40}?\band\s+(?:what\s+[^,.;]{0,40}?\b)?(?:buys|bought|imports|imported|purchases|"
        r"purchased)"
        r"(?:\s+abroad)?|"
        # "the gap between Chinese exports and imports", "the 2023 gap between its imports and
        # exports": the gap between the two flows
        r"(?:the\s+)?(?:(?:19|20)\d\d\s+)?gap\s+between\s+(?:[\w'’]+\s+){0,2}?"
        r"(?:exports|sales|shipments|imports|purchases)\s+(?:[^,.;]{0,30}?\s)?and\s+"
        r"(?:[\w'’]+\s+){0,2}?(?:imports|purchases|exports|sales|shipments))\b)"
        r"|(?P<deficit>\bexcess\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:imports|purchases)\s+over\s+"
        r"(?:(?:its|their|the)\s+)?(?:exports|sales)\b"
        r"(?:\s+in\s+(?:its\s+|their\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:trade|commerce)\b)?"
        r"|\b(?:(?:total\s+|overall\s+)?(?:trade\s+|goods\s+|services\s+)?deficits?|shortfall)"
        # "surplus in its 2024 trade with X": the year dating the trade between
        r"(?:\s+(?:in|on|of)\s+(?:its\s+|their\s+|the\s+)?(?:(?:19|20)\d\d\s+)?(?:bilateral\s+|goods\s+)?"
        r"trade)?\b"
        rf"{_BALANCE_DEFINED})"
        r"|(?P<total>\b(?:exports?\s+and\s+imports?|imports?\s+and\s+exports?|two-way\s+trade|"
        r"total\s+trade|bilateral\s+trade|overall\s+trade|"
        # a list's label before its figure: "total US$2.2 bn; exports US$2.01 bn", "Total: $311m"
        # "…, and a total of $1.03 billion", "so a combined $2.18 billion", "| total $412m": the
        # sum of the flows listed before it
        r"(?:^|(?<=[:;,(•|])|(?<=[:;,(•|]\s)|(?<=\band\s)|(?<=\bso\s))(?:an?\s+)?(?:total(?:\s+of)?|combined)"
        r"(?=:?\s+(?:US|USD|S)?\$|:?\s+(?:USD|US\$)|:?\s*\d)|"
        # "the five-month total for 2010", "the annual total": both flows summed over the span
        r"(?<=\bthe\s)(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})[- ]month|"
        r"annual|full-year|yearly|year-to-date|cumulative)\s+total"
        r"(?!\s+(?:of|for)\s+(?:[\w-]+\s+)?(?:exports|imports|shipments|sales|purchases))|"
        rf"{_PERIODS_TOTAL}|"
        rf"(?:two-way\s+|bilateral\s+|cross-border\s+)?(?:{_COMMERCE}|(?:trade\s+)?{_TURNOVER})|"
        # "two-way business": the pair's trade (a bare "business" is any firm's)
        r"(?:two-way|bilateral|cross-border)\s+business|"
        r"(?:trade(?:\s+volume|\s+value)?|trading)(?!\s+(?:partners?|compan(?:y|ies)|firms?|houses?)\b)|exchanged|"
        # "China and North Korea traded $3.27 million worth of goods" (not "the yuan traded at")
        r"traded(?!\s+(?:at|as|on|in|for|hands)\b))\b)"
        # "How much did China sell to …?": the bare verb of a question; "China was the seller of
        # $260.2 million", "the buyer of $57.9 million of goods"
        r"|(?P<export>\b(?:exports?|exported|outbound\s+(?:shipments?|trade)|sales?(?=\s+(?:to|by)\b)|sells?|seller(?=\s+of\b)|"
        rf"sold|shipped|sent|sales(?=\s+of\b)|exporting|selling|{_GOODS_MOVING}|"
        # "their own sales", "the North's sales": an owner's sales are its exports
        rf"{_OWNED}sales)\b)"
        r"|(?P<import>\b(?:imports?|imported|inbound\s+(?:shipments?|trade)|purchases?(?=\s+(?:of|by|from)\b)|"
        rf"{_OWNED}purchases|"
        # "Beijing's intake from the DPRK": what a country takes in from another
        r"intake(?=\s+(?:of\s+[\w\s-]{1,30}?\s+)?from\b)|"
        r"purchased|buys?|bought|received(?=\s+from\b)|importing|buying|purchasing|buyer(?=\s+of\b)|"
        # "spent $3.63 billion on Chinese goods": what a country spends on goods it imports
        r"spen(?:t|ds?|ding)(?=(?:[^.;]|\.(?=\d)){1,40}?\bon\s+(?:[\w-]+\s+){0,2}(?:goods|products|imports|"
        r"commodities|merchandise)\b))\b)"
        r"|(?P<shipment>\b(?:shipments?|cargo(?:es)?|consignments?|deliveries)\b)",
        re.I,
    )
)

#: Verbs and words that say a figure went down / up, one form (or stem with its endings) a
#: line. A new direction word is one more entry here; the patterns below are built from these.
DOWN_WORDS = (
    "fell",
    "fall(?:s|ing|en)?",
    "drop(?:ped|s|ping)?",
    "declin(?:e|ed|es|ing)",
    "tumbl(?:e|ed|es|ing)",
    "slump(?:ed|s|ing)?",
    "plung(?:e|ed|es|ing)",
    "plummet(?:ed|ing|s)?",
    "nose-?dived?",
    "tank(?:ed|s)?",
    "collaps(?:e|ed|es|ing)",
    "crash(?:ed|es|ing)?",
    "dwindl(?:e|ed|es|ing)",
    "dived?",
    "sank",
    "sunk",
    "dove",
    "sink(?:s|ing)?",
    "slipp?(?:ed|s|ing)?",
    "eas(?:ed|es|ing)",
    "edged\\s+down",
    "retreat(?:ed|s|ing)?",
    "shr[au]nk",
    "shrink(?:s|ing)?",
    "narrow(?:ed|s|ing)?",
    "down",
    "lower",
    "decreas(?:e|ed|es|ing)",
    "contract(?:ed|ion|s|ing)?",
    "slid(?:e|es|ing)?",
    "dipp?(?:ed|s)?",
    "reduc(?:ed|tion)",
    "lost",
    "slow(?:ed)?\\s+to",
    "halved",
    "halving",
    "skid(?:s|ded|ding)?",
    "shed(?:s|ding)?",
    "pull(?:ed|s|ing)?\\s+back",
    "weaken(?:ed|s|ing)?",
    "sagg?(?:ed|s|ing)?",
    "wan(?:ed|es|ing)",
    "ebb(?:ed|s|ing)",
    "tail(?:ed|s|ing)\\s+off",
    "soften(?:ed|s|ing)",
    "trimm(?:ed|ing)",
    "pared",
    "(?<=\\bwas\\s)cut",
    "(?<=\\bwere\\s)cut",
    # "were off 10.7 percent": only right before a figure
    "off(?=\\s+(?:by\\s+)?(?:about\\s+|nearly\\s+|some\\s+|almost\\s+)?(?:$|[\\d$]))",
)
UP_WORDS = (
    "rose",
    "ris(?:e|es|en|ing)",
    "grew",
    "grow(?:s|n|ing|th)?",
    "jump(?:ed|s|ing)?",
    "surg(?:e|ed|es|ing)",
    "climb(?:ed|s|ing)?",
    "expand(?:ed|s|ing)?",
    "widen(?:ed|s|ing)?",
    "advanc(?:e|ed|es|ing)",
    # not "made up", "took up" (shares and levels, not moves), "added up to" (a sum, a level)
    "(?<!\\bby\\s)(?<!made\\s)(?<!makes\\s)(?<!make\\s)(?<!making\\s)(?<!took\\s)(?<!takes\\s)"
    "(?<!take\\s)(?<!taking\\s)(?<!\\badd\\s)(?<!adds\\s)(?<!added\\s)(?<!adding\\s)(?<!\\bsum\\s)"
    "(?<!sums\\s)(?<!summed\\s)(?<!totted\\s)(?<!tallied\\s)up",
    "higher",
    "increas(?:e|ed|es|ing)",
    "gain(?:ed|s|ing)?",
    "soar(?:ed|s|ing)?",
    "rebound(?:ed|s)?",
    "boost(?:ed)?",
    "spik(?:e|ed)",
    "doubl(?:ed|ing|es)",
    "tripl(?:ed|ing|es)",
    "quadrupl(?:ed|ing|es)",
    "recover(?:ed|s|y)?",
    "bounc(?:e|ed|es|ing)\\s+back",
    "rall(?:y|ied|ies|ying)",
    "leap(?:t|ed|s|ing)?",
    "balloon(?:ed|s|ing)?",
    "swell(?:ed|s|ing)?",
    "skyrocket(?:ed|s|ing)?",
    "mushroom(?:ed|s|ing)?",
    "firm(?:ed|ing)",
    "strengthen(?:ed|s|ing)",
)
#: Verbs that state a level without a direction: "stood at", "came to", "was".
NEUTRAL_WORDS = (
    "was",
    "were",
    "is",
    "are",
    "stood",
    "stands",
    "totall?(?:ed|ing|s)",
    "came",
    "comes",
    "amount(?:ed|s|ing)",
    "reached",
    "reach(?:es)?",
    "valued",
    "hit",
    "worth",
    "registered",
    "recorded",
    "posted",
    "represent(?:s|ed|ing)?",
)


def _words(words: tuple[str, ...]) -> str:
    """One alternation of a word table, as a regex group body."""
    return "|".join(words)


DOWN = re.compile(rf"\b(?:{_words(DOWN_WORDS)})\b", re.I)
UP = re.compile(rf"\b(?:{_words(UP_WORDS)})\b", re.I)
NEUTRAL_VERB = re.compile(rf"\b(?:{_words(NEUTRAL_WORDS)})\b", re.I)

#: "The share of North Korean goods in the two-way trade rose 9.3 percentage points to 18.2
#: percent": the part and the whole of a share named before the verb that moves it.
SHARE_OF_LEAD = re.compile(
    rf"\b{SHARE_NOUN}\s+of\s+(?P<part>[^.;]{{1,50}}?)\s+(?:in|within)\s+(?P<whole>[^.;]{{1,50}}?)\s+"
    rf"(?=(?:{_words(DOWN_WORDS)}|{_words(UP_WORDS)}|{_words(NEUTRAL_WORDS)})\b)",
    re.I,
)

#: "Exports' share of the total rose 12.4 percentage points", "the import share in bilateral
#: trade fell to 35 percent": a flow's share of a whole, the flow named before "share".
FLOW_SHARE = re.compile(
    rf"(?P<part>\b(?:[\w.’'-]+\s+)?(?:exports?|imports?|shipments?|sales|purchases)['’]?s?|"
    rf"\b(?:export|import))\s+{SHARE_NOUN}\s+(?:of|in)\s+(?P<whole>(?:[^.;]|\.(?=\s?\w)){{1,50}}?)"
    rf"(?:\s+(?=(?:{_words(DOWN_WORDS)}|{_words(UP_WORDS)}|{_words(NEUTRAL_WORDS)})\b)"
    # a label with no verb: "Imports' share of China–N. Korea trade, Jan–Jul 2024: 17.8%"
    r"|(?=(?:,\s*[^;:,]{1,30}?)?:\s*(?:(?:about|around|nearly|some|roughly|just)\s+)?$))",
    re.I,
)

BASE_YOY = re.compile(
    r"\b(?:year[- ]on[- ]year|on[- ]year|on\s+the\s+year|year[- ]over[- ]year|y/y|yoy|"
    r"from\s+a\s+year\s+(?:earlier|ago|before)|"
    r"a\s+year\s+(?:earlier|ago|before)|(?:from|than|over)\s+(?:the\s+)?(?:previous|prior|preceding)\s+year|"
    r"of\s+(?:the\s+)?(?:previous|prior|preceding)\s+year['’]s|"
    # "about a fifth the previous year's", "twice the prior year's"
    r"(?:half|double|twice|triple|times|thirds?|quarters?|fifths?|tenths?)\s+(?:the\s+)?"
    r"(?:previous|prior|preceding)\s+year['’]s|"
    # "less than half the year before", "three times the year before"
    r"(?:half|double|twice|triple|times|thirds?|quarters?|fifths?|tenths?|than|from|over)\s+"
    r"(?:(?:that|those)\s+of\s+)?the\s+year\s+(?:before|earlier|prior)(?!\s+last\b)|"
    r"(?:compared\s+(?:to|with)|from|versus|over|than|of)\s+(?:the\s+)?same\s+(?:period|month|time|"
    r"quarter)\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago))|"
    r"from\s+(?:last|the\s+previous)\s+year|"
    # "less than 2% of year-earlier level", "the year-ago figure"
    r"(?:the\s+|its\s+|a\s+)?year[- ](?:earlier|ago)\s+(?:level|figure|total|value|period|months?))\b",
    re.I,
)
BASE_MOM = re.compile(
    r"\b(?:month[- ]on[- ]month|on[- ]month|on\s+the\s+month|month[- ]over[- ]month|m/m|mom|"
    r"(?:from|than|over|versus|compared\s+(?:to|with))\s+(?:the\s+|a\s+)?(?:previous|preceding|prior)\s+month|"
    r"(?:from\s+)?the\s+month\s+(?:prior|before)|from\s+a\s+month\s+(?:earlier|ago|before)|"
    r"last\s+month['’]s|"
    r"(?:the\s+)?(?:previous|preceding|prior)\s+month)\b",
    re.I,
)

# Sentence openers that do not change the subject: "However, the figure ...".
DISCOURSE = (
    r"however|but|meanwhile|still|and|also|in\s+addition|moreover|by\s+contrast|in\s+contrast|"
    r"overall|in\s+all|in\s+total|altogether|even\s+so|yet|nonetheless|nevertheless|"
    r"by\s+comparison|in\s+comparison|all\s+the\s+same"
)
# Nouns that stand for the last figure's series: "the figure", "the October reading".
REFERENT = r"figure|amount|value|total|number|reading|tally|result|sum|volume"
#: Referents that stand for a whole already named: "98 percent of the figure".
REFERENT_WHOLE = r"figure|amount|sum|value|tally"
#: pronouns that carry the last sentence's series: "They reached $20.55 million"
PRONOUN = r"it|they|this|that|these|those"
# Between two figures that say the same thing twice: "$914 million, or 13.3 percent".
#: A relative clause set off by commas: ", which made up 87 percent of bilateral trade,".
RELATIVE_CLAUSE = re.compile(r",\s*(?:which|that|who)\b[^,;]*,", re.I)
#: "87 percent of the two-way trade consisted of Chinese exports": the part named after the whole.
PART_AFTER_WHOLE = re.compile(
    # "… of the goods that crossed the border went from China to North Korea": the part is the
    # direction named next (:data:`FROM_TO_PAIR`)
    r"\b(?:went|flowed|moved|travell?ed|headed)(?=\s+from\s)|"
    r"\b(?:consist(?:ed|s)\s+of|(?:was|were|is|are)\s+(?:made\s+up\s+of|accounted\s+for\s+by|"
    r"(?:in|from)\s+the\s+form\s+of)|"
    # "87 percent of the trade last year was Chinese exports" (the part must be a flow named next)
    # ("… was a North Korean sale to China": one item of the flow)
    r"(?:was|were|is|are)(?=\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:exports?|imports?|shipments?|"
    r"sales?|purchases?|goods|products)\b))\s+",
    re.I,
)
#: A direction between two countries: "from China to North Korea" (the first one's exports).
FROM_TO_PAIR = re.compile(r"\s*from\s+(?P<a>.{2,40}?)\s+(?:to|into)\s+(?P<b>.{2,40})", re.I)
#: "$2.3 billion, 87 percent of which was Chinese exports": the part after "of which".
OF_WHICH = re.compile(
    r"which\s+(?:was|were|is|are|came\s+from|consist(?:ed|s)\s+of|went\s+to)\s+", re.I
)
#: "…'s overall trade came to $1.59 billion, of which trade with China made up 96.7%": a share of
#: the level just stated, its part named after "of which" (the share verb before the figure).
OF_WHICH_PART_BEFORE = re.compile(
    rf",\s*of\s+which\s+[^,;\d]{{1,60}}?\b(?:{'|'.join(SHARE_VERBS)})\s+"
    r"(?:(?:just|only|about|around|nearly|almost|some|roughly|over|more\s+than|a\s+mere)\s+)?$",
    re.I,
)
#: "imports took up the remaining 16 percent": the rest of the whole of the share before.
REMAINDER_BEFORE = re.compile(r"\b(?:remaining|other|rest\s+of\s+the)\s+(?:\w+\s+)?$", re.I)
#: "...; North Korean exports, the remaining 13 percent": the rest, with the share verb elided.
THE_REMAINDER_BEFORE = re.compile(r"\bthe\s+(?:remaining|other)\s+(?:\w+\s+)?$", re.I)
#: "87.3 percent and 12.7 percent of bilateral trade": a percentage whose "of" follows the next.
COORDINATED_PERCENT = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:about\s+|some\s+|nearly\s+|just\s+)?[\d.,]+\s*(?:%|percent|per\s*cent)"
    r"(?=\s+of\b)",
    re.I,
)
#: "…, up 9.3 percentage points": a move in points set beside the share before it.
APPOSITION_PP = re.compile(
    r",\s*(?:up|down|rising|falling|higher|lower|an?\s+(?:increase|rise|gain|drop|fall|"
    r"decline)\s+of)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)
#: After a share, its move in points set off by a comma and compared after the figure: "were 17.8
#: percent of trade, 5.1 percentage points more than in 2023" (the comma before, this after).
APPOSITION_PP_BEFORE = re.compile(r",\s*(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+)?$", re.I)
APPOSITION_PP_AFTER = re.compile(
    r"\s+(?:more|less|higher|lower|above|below)\b(?:\s+than(?:\s+(?:that\s+of|the\s+share\s+of))?\s+)?",
    re.I,
)
APPOSITION = re.compile(
    r"\s*,?\s*(?:or|i\.e\.,?|that\s+is,?)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?", re.I
)

# Between a figure and the period written right after it: "$X in July", "$X for 2019", "$X, in May".
#: Verbs between a figure and its own period: "$X recorded in May", "the $X it bought in July".
ATTACHED_VERBS = (
    "tallied",
    "recorded",
    "posted",
    "registered",
    "reported",
    "seen",
    "logged",
    "booked",
    "bought",
    "sold",
    "imported",
    "exported",
    "shipped",
    "purchased",
)
ATTACHED_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:that\s+|which\s+)?(?:it|they)\s+(?=(?:{_words(ATTACHED_VERBS)})\b))?"
    rf"(?:(?:{_words(ATTACHED_VERBS)})\s+)?"
    # "$220 million of the first half of 2013"
    r"(?:(?:in|for|during|over|through|of)\s+)?(?:the\s+)?",
    re.I,
)
# Between two base figures: "from $X in 2022 and (a mark of) $Y in 2019".
COORDINATED = re.compile(
    r"\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:(?:a|an|the)\s+[\w-]+\s+of\s+)?"
    r"(?:(?:just|only|about|around|nearly|almost|some|roughly)\s+)?",
    re.I,
)
#: Between two changes of one list, the second without a verb of its own: the period or basis of
#: the first, then "and" or a comma, and perhaps a new subject ("fell 5.3 percent in March and
#: 9.1 percent in April", "slid 20% in May, 15% in June", "fell 5 percent and imports 9
#: percent"): the second moves the way the first did.
COORDINATED_CHANGE = re.compile(
    r"(?:\s+(?:in|for|during|over|on)\s+[^,;.:()]{1,40}?"
    r"|\s+(?:year[- ]on[- ]year|on[- ]year|y/y|yoy|month[- ]on[- ]month|on[- ]month|m/m)"
    r"|\s+(?:from|on|over|against)\s+(?:a|the)\s+(?:year|month)\s+(?:earlier|ago|before))?"
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)"
    r"(?:(?:its|their|the|china's|chinese|north\s+korea's|north\s+korean)\s+)?"
    r"(?:(?:exports?|imports?|shipments|sales|purchases|(?:total\s+|two-way\s+)?trade)\s+)?"
    r"(?:by\s+)?(?:(?:just|only|about|around|nearly|almost|some|roughly|more\s+than)\s+)?",
    re.I,
)
# Between a period and the figure it owns: "October's $334.89 million", "2019's nearly $2.8 billion".
POSSESSIVE_BEFORE = re.compile(
    r"['’]s?\s+(?:(?:just|only|about|around|nearly|almost|some|roughly|a\s+mere)\s+)?", re.I
)
_HEDGE_WORDS = r"(?:just|only|about|around|nearly|almost|some|roughly|approximately|a\s+mere|an?)"
# Before a figure that is the starting point of a change: "from $X", "than $X", "compared to $X".
BASE_LEVEL_BEFORE = re.compile(
    r"(?:\bfrom|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)(?<!rather\s)\bthan|"
    # ("the 2023 total compares with $6.55 billion a decade earlier": the verb of official prose)
    r"\bcompared\s+(?:to|with)|\bcompares?\s+with|\bversus|\bvs\.?|\bagainst|\bup\s+on|\bdown\s+on|"
    # the figure a multiple is of: "three times the $220 million of 2013", "twice its $X"
    r"\b(?:times|twice|thrice|double|triple|quadruple)(?:\s+as\s+(?:much|large|big|high)\s+as)?|"
    r"(?:%|\bpercent|\bper\s*cent)\s+(?:below|above|under|over|behind|ahead\s+of))\s+"
    rf"(?:{_HEDGE_WORDS}\s+)*(?:(?:the|a|an|its|their)\s+)?(?:(?:[\w-]+\s+)?[\w-]+['’]s?\s+)?"
    # "from a year-earlier $894 million"
    r"(?:(?:year|month)[- ](?:earlier|ago|before)\s+)?"
    rf"(?:{_HEDGE_WORDS}\s+)*"
    r"(?:(?:level|figure|total|value|amount)\s+of\s+)?$"
    # "$257.4 million in December after $243.6 million in November": the month before
    r"|(?<![Jj]ust\s)(?<![Ss]oon\s)(?<![Ss]hortly\s)\bafter\s+(?:(?:just|only|about|around|nearly|some)\s+)?"
    r"(?:[\w-]+['’]s\s+)?$",
    re.I,
)
#: After a base cue ("versus", "against", "compared with") and before the figure, a flow word
#: of its own: "versus imports of $1.731bn" sets the other flow beside the first.
OWN_FLOW_AFTER_CUE = re.compile(
    r"\b(?:versus|vs\.?|against|compared\s+(?:to|with))\s+(?:\w+\s+)?(?:exports?|imports?|"
    r"purchases|sales|shipments)\s+(?:of\s+|at\s+|worth\s+)?(?:\w+\s+)?$",
    re.I,
)
#: Before the first of two figures, a plural referent: "the figures had been $X and $Y", "the
#: two totals were": the flows just stated, in order.
PLURAL_FIGURES = re.compile(
    r"\bthe\s+(?:two\s+|respective\s+|corresponding\s+|same\s+)?(?:figures|numbers|totals|values|"
    r"amounts)\s+(?:had\s+been|have\s+been|were|stood\s+at|came\s+to|was)\s+"
    r"(?:(?:about|around|roughly|some|just)\s+)?$",
    re.I,
)
#: "$100 million, the month before resolution 2397 was adopted", "the year before the
#: pandemic": the month (year) before an event names when the figure was, not a base
_BEFORE_EVENT = (
    r"(?!\s+(?:the|a|an|its|their|resolution|sanctions?|(?-i:[A-Z][a-z]+))\b"
    r"(?!\s*[,.;:]))"
)
# Right after a base figure: the base is the previous month / the same span a year earlier.
BASE_MOM_AFTER = re.compile(
    r"^\s*,?\s*(?:in\s+|during\s+)?(?:the\s+|a\s+)?(?:previous|preceding|prior|last)\s+month\b|"
    r"^\s*,?\s*(?:(?:a|one)\s+month\s+(?:earlier|ago|before)|the\s+month\s+(?:before|earlier|prior))"
    rf"\b(?!\s+last\b){_BEFORE_EVENT}",
    re.I,
)
BASE_YOY_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year\s+(?:before|earlier|prior)"
    rf"(?!\s+last\b){_BEFORE_EVENT}|(?:in\s+|during\s+)?the\s+same\s+"
    r"(?:period|month|time|quarter)|(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year)\b",
    re.I,
)

HEDGE_BEFORE = re.compile(
    # "no more than $X" is at most $X (not "more than"); "a shade under $X" is just under it
    r"(?P<hedge>no[t]?\s+more\s+than|no[t]?\s+less\s+than|"
    r"(?:a\s+(?:shade|touch|little|bit)|slightly|marginally)\s+(?:under|below|over|above|more\s+than|less\s+than)|"
    r"more\s+than|in\s+excess\s+of|just\s+over|just\s+under|nearly|almost|close\s+to|"
    r"(?:just\s+)?shy\s+of|just\s+short\s+of|north\s+of|upwards?\s+of|south\s+of|"
    r"in\s+the\s+(?:region|neighbou?rhood)\s+of|on\s+the\s+order\s+of|"
    r"about|around|roughly|approximately|some|less\s+than|at\s+least|at\s+most|over|above|under|"
    r"below|just|only|a\s+mere|mere|a\s+whopping|whopping|an?\s+estimated|estimated)\s+(?:an?\s+)?$",
    re.I,
)

#: Hedges written in other words, as the one they mean.
HEDGE_SYNONYMS = {
    "no more than": "at most",
    "not more than": "at most",
    "no less than": "at least",
    "not less than": "at least",
}
for _size in ("a shade", "a touch", "a little", "a bit", "slightly", "marginally"):
    for _word, _meant in (
        ("under", "just under"),
        ("below", "just under"),
        ("less than", "just under"),
    ):
        HEDGE_SYNONYMS[f"{_size} {_word}"] = _meant
    for _word in ("over", "above", "more than"):
        HEDGE_SYNONYMS[f"{_size} {_word}"] = "just over"

# A figure that is denied or replaced is not claimed: "29.5%, not 24 percent", "rather than $X".
REFUTED_BEFORE = re.compile(
    r"(?:\bnot|\brather\s+than|\binstead\s+of|\bnot\s+the)\s+(?:about\s+|some\s+)?$", re.I
)

NON_CLAIM = re.compile(
    r"\b(?:next\s+(?:year|month|quarter)|forecasts?|forecasted|outlooks?|projections?|expect(?:ed|s|ing|ations?)?|estimat(?:es|ed)\s+(?:that|to)|projected|"
    r"predicted|predicts?|targets?(?:ed)?|goals?|aims?\s+to|plans?\s+to|will|would|could|might|"
    r"poll(?:ed)?|economists?|analysts?\s+(?:had\s+)?expected|consensus|"
    # a tariff's rate and the goods it covers are policy, not trade figures
    r"(?:tariffs?|duties|levies)\s+(?:of|on|rates?\s+of)|(?:tariffs?|duties)\s+on\s+|"
    # a price is not a trade value: "the price of a kilogram of rice rose above 8,000 won"
    r"prices?\s+of)\b",
    re.I,
)

#: Right before a figure, a verb that makes it the object of a policy or the load of a route, not
#: a trade figure: "the UN banned 90 percent of its exports", "the bridge carries about 70 percent
#: of the trade".
#: (the route verbs only before a percentage: "trucks carried $20 million of goods" is trade)
NON_CLAIM_VERB_BEFORE = re.compile(
    r"\b(?:bann(?:ed|ing)|bans|prohibit(?:ed|ing|s)|outlaw(?:ed|ing|s)|embargo(?:ed|ing|es)|"
    r"(?P<route>carr(?:ies|ied|ying)|handl(?:es|ed|ing)))\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|an\s+estimated)\s+)?(?:US)?$",
    re.I,
)
# the figure is the subject of a verb in the future or a modal ("some 40 percent will be sold",
# "$2 billion is expected to flow"): a plan or forecast, not a figure of what was traded ("may"
# in lower case only: "four times May's" names the month)
NON_CLAIM_AFTER = re.compile(
    r"\s*(?:(?:of|in)\s+(?:the\s+|its\s+|their\s+)?\w+\s+)?(?:will|would|could|might|(?-i:may)|"
    r"(?:is|are)\s+(?:expected|set|forecast|projected|likely|due|planned|slated)\s+to)\b"
    # a price per unit ("3,200 won a kilogram", "$80 per barrel") or a rate ("to the dollar")
    r"|\s+(?:a|an|per|each)\s+(?:kilo(?:gram)?s?|kg|grams?|tons?|tonnes?|barrels?|lit(?:re|er)s?|"
    r"pounds?|bags?|sacks?|units?|pieces?|heads?|items?|bottles?|packs?|dozen)\b"
    r"|\s+to\s+the\s+(?:US\s+|U\.S\.\s+)?(?:dollar|yuan|euro)\b",
    re.I,
)
#: A round figure named as a line the figures are measured against: "either side of the $190
#: million mark", "well short of the $1 billion threshold" (no figure of a period) — unless a verb
#: says the trade crossed it ("topped the $1 billion mark": a bound, read as "more than").
THRESHOLD_AFTER = re.compile(r"\s+(?:mark|threshold|barrier|milestone|line)\b", re.I)
THRESHOLD_BEFORE = re.compile(r"\bthe\s+$", re.I)
THRESHOLD_CROSSED = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|cross(?:es|ed|ing)?|"
    r"br(?:oke|eaks?|eaking)(?:\s+through)?|breach(?:es|ed|ing)?|pass(?:es|ed|ing)?|hit(?:s|ting)?|reach(?:es|ed|ing)?|"
    r"(?:went|gone|going|rose|climbed|fell|dropped|slipped|sank|dipped)\s+(?:above|beyond|past|below|under)|"
    r"above|below|under|over|(?:more|less)\s+than)\s+the\s+$",
    re.I,
)
#: A sentence whose subject is a currency's rate ("The won stood at about 8,200 to the dollar,
#: roughly double its level a year earlier"): its figures are exchange rates, not trade.
CURRENCY_SUBJECT = re.compile(
    r"\W*(?:the\s+)?(?:(?:north\s+korean|north\s+korea['’]s|chinese|china['’]s|us|u\.s\.)\s+)?"
    r"(?:won|yuan|renminbi|dollar)(?:['’]s\s+(?:exchange\s+)?rate)?\s+"
    r"(?:traded|was\s+trading|was\s+quoted|stood|fetched|changed\s+hands|weakened|strengthened|"
    r"depreciated|appreciated)\b",
    re.I,
)

#: Before a change or multiple said of every figure before it: "…, each more than double",
#: "…, both up about 20 percent".
EACH_BEFORE = re.compile(
    r"[,;]\s*(?:each|both)\s+(?:(?:up|down|rising|falling|having\s+\w+)\s+)?"
    r"(?:(?:more\s+than|less\s+than|nearly|almost|about|around|roughly|over|some|just)\s+)?$",
    re.I,
)
#: After a share, a relative clause whose verb makes it one: "a fraction of the roughly half
#: they made up in 2016", "the 13 percent it accounted for a year earlier".
SHARE_CLAUSE_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:they|it)\s+(?:had\s+)?(?:made\s+up|accounted\s+for|represented|"
    r"took\s+up)\b",
    re.I,
)
#: After "of", the same trade said again as a clause: "half of what it would sell in 2021",
#: "a third of what they bought a year earlier" (a ratio to another period, not a share).
WHAT_IT_TRADED = re.compile(
    r"(?:the\s+(?:value|amount|level)\s+of\s+)?what\s+(?:it|they|the\s+\w+|\w+)\s+"
    r"(?:(?:would|had|did|could)\s+)?(?:sell|sold|buy|bought|export(?:ed)?|import(?:ed)?|"
    r"ship(?:ped)?|purchas(?:e|ed))\b",
    re.I,
)
#: A figure in money opening the words after "of": "two-thirds of the $287 million recorded in …".
MONEY_HEAD = re.compile(r"(?:the\s+)?(?:US|U\.S\.)?\$\s?\d", re.I)
_NON_TRADE_NOUNS = r"economy|economies|GDP|gross\s+domestic\s+product|population|inflation"
#: A subject that is no trade: "North Korea's economy grew 3.1 percent, the first expansion in four
#: years" (a superlative after it, with no flow named between, is said of it).
NON_TRADE_SUBJECT = re.compile(rf"\b(?:{_NON_TRADE_NOUNS})\b", re.I)
#: Before a change, a subject that is no trade: "North Korea's economy grew 3.1 percent", "GDP
#: shrank by 4.5%", "its population rose 0.5 percent" (a verb of change right after it).
NON_TRADE_SUBJECT_BEFORE = re.compile(
    rf"\b(?:{_NON_TRADE_NOUNS}|"
    # "rice prices in Sinuiju rose about 30 percent", "wages at the zone rose 10%"
    r"prices|wages|(?:exchange|market)\s+rates?)"
    r"(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:local\s+)?[\w-]+(?:\s+(?:zone|markets?|city))?)?\s+"
    r"(?:(?:has|had|have)\s+)?(?:grew|grown|expanded|shrank|shrunk|contracted|rose|risen|fell|"
    r"fallen|increased|decreased|declined|slowed|jumped|climbed|soared|surged|dropped|plunged)\s+"
    r"(?:by\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|an\s+estimated|an?)\s+)?$",
    re.I,
)

_COUNTRIES: list[tuple[str, str]] = [
    (
        "PRK",
        r"north\s+korea(?:n|'s|’s)?|n\.\s*korea(?:'s|’s)?|dprk(?:'s|’s)?|pyongyang(?:'s|’s)?|"
        r"the\s+north(?:'s|’s)?|democratic\s+people's\s+republic\s+of\s+korea|"
        # "NK exports", "NK-China trade" (headlines of NK-focused outlets)
        r"(?-i:NK)(?:'s|’s)?(?!\w)",
    ),
    (
        "KOR",
        r"south\s+korea(?:n|'s|’s)?|seoul(?:'s|’s)?|republic\s+of\s+korea|"
        r"(?-i:ROK)(?:'s|’s)?(?!\w)",
    ),
    (
        "CHN",
        r"china(?:'s|’s)?|chinese|beijing(?:'s|’s)?|prc|"
        r"the\s+world(?:'s|’s)\s+(?:second|no\.\s*2|number\s+two)[- ](?:largest|biggest)\s+economy|"
        r"sino(?=[-–])",
    ),
    (
        "USA",
        r"the\s+united\s+states(?:'s|’s)?|united\s+states|u\.s\.(?:'s|’s)?(?=\W)(?!\s*dollars?)|"
        r"\bus(?:'s|’s)?(?=\s)(?!\s*dollars?)|"
        r"america(?:n|'s|’s)?|washington(?:'s|’s)?|"
        r"the\s+world(?:'s|’s)\s+(?:largest|biggest|top)\s+economy",
    ),
    ("RUS", r"russia(?:n|'s|’s)?|moscow(?:'s|’s)?"),
    ("JPN", r"japan(?:ese|'s|’s)?|tokyo(?:'s|’s)?"),
    # other trading partners news about the pair names ("Chinese shipments to Vietnam"): a figure
    # of another pair gets its own subject and stays unverifiable, never read as the pair's
    ("VNM", r"vietnam(?:ese|'s|’s)?|viet\s+nam(?:'s|’s)?|hanoi(?:'s|’s)?"),
    ("TWN", r"taiwan(?:ese|'s|’s)?|taipei(?:'s|’s)?"),
    ("HKG", r"hong\s+kong(?:'s|’s)?"),
    ("MAC", r"maca[uo](?:'s|’s)?"),
    ("MNG", r"mongolia(?:n|'s|’s)?|ulaanbaatar(?:'s|’s)?"),
    ("IND", r"india(?:n|'s|’s)?|new\s+delhi(?:'s|’s)?"),
    ("DEU", r"germany(?:'s|’s)?|german|berlin(?:'s|’s)?"),
    (
        "GBR",
        r"britain(?:'s|’s)?|british|the\s+united\s+kingdom(?:'s|’s)?|u\.k\.(?:'s|’s)?(?=\W)|"
        r"(?-i:UK)(?:'s|’s)?",
    ),
    ("FRA", r"france(?:'s|’s)?|french"),
    ("AUS", r"australia(?:n|'s|’s)?|canberra(?:'s|’s)?"),
    ("CAN", r"canada(?:'s|’s)?|canadian|ottawa(?:'s|’s)?"),
    ("MEX", r"mexico(?:'s|’s)?|mexican"),
    ("BRA", r"brazil(?:ian|'s|’s)?"),
    ("IDN", r"indonesia(?:n|'s|’s)?|jakarta(?:'s|’s)?"),
    ("THA", r"thailand(?:'s|’s)?|thai"),
    ("MYS", r"malaysia(?:n|'s|’s)?"),
    ("SGP", r"singapore(?:an|'s|’s)?"),
    ("PHL", r"(?:the\s+)?philippines(?:'|’)?|philippine|filipino|manila(?:'s|’s)?"),
    ("SAU", r"saudi\s+arabia(?:n|'s|’s)?|saudi|riyadh(?:'s|’s)?"),
    ("IRN", r"iran(?:ian|'s|’s)?|tehran(?:'s|’s)?"),
    ("PAK", r"pakistan(?:i|'s|’s)?"),
    ("BGD", r"bangladesh(?:i|'s|’s)?"),
    ("MMR", r"myanmar(?:'s|’s)?|burma(?:'s|’s)?|burmese"),
    ("KHM", r"cambodia(?:n|'s|’s)?"),
    ("LAO", r"laos(?:'|’)?|laotian"),
    ("NPL", r"nepal(?:i|ese|'s|’s)?"),
    ("LKA", r"sri\s+lanka(?:n|'s|’s)?"),
    ("KAZ", r"kazakhstan(?:i|'s|’s)?|kazakh"),
    ("UZB", r"uzbekistan(?:'s|’s)?|uzbek"),
    ("KGZ", r"kyrgyzstan(?:'s|’s)?|kyrgyz"),
    ("TJK", r"tajikistan(?:'s|’s)?"),
    ("AFG", r"afghanistan(?:'s|’s)?|afghan"),
    ("IRQ", r"iraq(?:i|'s|’s)?"),
    ("SYR", r"syria(?:n|'s|’s)?|damascus(?:'|’)?"),
    ("ISR", r"israel(?:i|'s|’s)?"),
    ("ARE", r"the\s+united\s+arab\s+emirates(?:'|’)?|u\.a\.e\.|uae|emirati"),
    ("QAT", r"qatar(?:i|'s|’s)?"),
    ("KWT", r"kuwait(?:i|'s|’s)?"),
    ("TUR", r"turkey(?:'s|’s)?|türkiye(?:'s|’s)?|turkish|ankara(?:'s|’s)?"),
    ("EGY", r"egypt(?:ian|'s|’s)?"),
    ("NGA", r"nigeria(?:n|'s|’s)?"),
    ("ZAF", r"south\s+africa(?:n|'s|’s)?"),
    ("KEN", r"kenya(?:n|'s|’s)?"),
    ("ETH", r"ethiopia(?:n|'s|’s)?"),
    ("ITA", r"italy(?:'s|’s)?|italian"),
    ("ESP", r"spain(?:'s|’s)?|spanish"),
    ("NLD", r"the\s+netherlands(?:'|’)?|netherlands|dutch"),
    ("POL", r"poland(?:'s|’s)?"),
    ("CHE", r"switzerland(?:'s|’s)?|swiss"),
    ("SWE", r"sweden(?:'s|’s)?|swedish"),
    ("NOR", r"norway(?:'s|’s)?|norwegian"),
    ("UKR", r"ukraine(?:'s|’s)?|ukrainian|kyiv(?:'s|’s)?"),
    ("BLR", r"belarus(?:ian)?(?:'|’)?|minsk(?:'s|’s)?"),
    ("ARG", r"argentina(?:'s|’s)?|argentine|argentinian"),
    ("CHL", r"chile(?:an|'s|’s)?"),
    ("PER", r"peru(?:vian|'s|’s)?"),
    ("COL", r"colombia(?:n|'s|’s)?"),
    ("VEN", r"venezuela(?:n|'s|’s)?"),
    ("CUB", r"cuba(?:n|'s|’s)?|havana(?:'s|’s)?"),
    ("NZL", r"new\s+zealand(?:'s|’s)?"),
    # groupings, by their area ids in datasets/codes/areas.csv (Comtrade 97 and 975)
    ("CT97", r"the\s+european\s+union(?:'s|’s)?|european\s+union|the\s+eu(?:'s|’s)?|eu"),
    ("CT975", r"asean(?:'s|’s)?|the\s+association\s+of\s+southeast\s+asian\s+nations"),
    (
        "WLD",
        r"the\s+(?:outside\s+|wider\s+|whole\s+|entire\s+)?world|abroad|worldwide|global(?:ly)?|"
        r"all\s+(?:of\s+)?(?:its\s+|their\s+)?(?:trading\s+)?partners|all\s+(?:other\s+)?countries",
    ),
]
#: The first tables, written before whole-word ends were checked (their patterns end as they need).
_WHOLE_WORD_FREE = frozenset({"PRK", "KOR", "CHN", "USA", "RUS", "JPN", "WLD"})
_WORD_END = r"(?!\w)"


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern split at its top-level ``|``."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: skip to its end
            i = pattern.index("]", i + 2) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


#: Characters Python's case-insensitive matching reads as an ASCII letter besides its two cases
#: (checked against every code point in tests/test_check_vocabulary.py).
_CASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _letter(ch: str) -> str:
    """A class of what case-insensitive matching reads as ``ch``, matched case-sensitively: an
    alternative that begins with a case-sensitive class is skipped in one step when the
    character differs (Python's engine tries a case-insensitive one the slow way)."""
    if not ch.isalpha():
        return re.escape(ch)
    low = ch.lower()
    return f"(?-i:[{low}{low.upper()}{_CASE_EXTRA.get(low, '')}])"


#: What may follow a first character for it to be an atom of its own (not a quantified one).
_QUANTIFIERS = ("?", "*", "+", "{")


def _atom(alternative: str) -> tuple[str, str] | None:
    """The first character of an alternative, when it is a plain letter or an escaped full stop
    standing alone, and the rest; None otherwise."""
    if alternative[:1].isascii() and alternative[:1].isalpha():
        first, rest = alternative[0].lower(), alternative[1:]
    elif alternative.startswith("\\."):
        first, rest = ".", alternative[2:]
    else:
        return None
    return None if rest.startswith(_QUANTIFIERS) else (first, rest)


def _country_alternatives() -> list[tuple[str, str]]:
    """The country table's alternatives in its written order as (group name, pattern), an
    optional leading "the" written out as two alternatives, each ending as the table needs."""
    out: list[tuple[str, str]] = []
    for code, pattern in _COUNTRIES:
        end = "" if code in _WHOLE_WORD_FREE else _WORD_END
        for alt in _top_level_alternatives(pattern):
            alt = alt.removeprefix("\\b")
            if alt.startswith("(?:the\\s+)?"):
                rest = alt[len("(?:the\\s+)?") :]
                variants = [f"the\\s+{rest}", rest]
            else:
                variants = [alt]
            for v in variants:
                out.append((f"{code}__{len(out) + 1}", v + end))
    return out


def _country_pattern() -> str:
    """The country table as a two-level trie on the first two characters of each name.

    Python's regex engine tries every alternative at every word start; with some 150
    alternatives that dominated the checker's time on long texts. Here each word start meets
    one case-sensitive class per first letter, then one per second character, and only the
    handful of names that begin with both are tried. Alternatives whose start is not two plain
    characters (a case-sensitive "ROK", "UK") are tried after the others of their first letter;
    no text matches one of them and another of the same letter at one place. Within a group the
    alternatives keep the table's order, so the first name listed still wins. Group names are
    ``CODE__n`` (:func:`country_code` reads the code before the ``__``), and the whole match is
    the name (``tests/test_check_vocabulary.py`` checks it against the table as one alternation).
    """
    tree: dict[str, tuple[dict[str, list[str]], list[str]]] = {}
    for name, alt in _country_alternatives():
        if alt.startswith("(?-i:"):  # "(?-i:ROK)…": its first letter, case-sensitive
            first = alt[5].lower()
            keyed, other = tree.setdefault(first, ({}, []))
            other.append(rf"(?P<{name}>(?-i:(?<={alt[5]})){alt[:5]}{alt[6:]})")
            continue
        one = _atom(alt)
        if one is None:
            raise ValueError(f"a country name must begin with a letter: {alt!r}")
        first, rest = one
        keyed, other = tree.setdefault(first, ({}, []))
        two = _atom(rest)
        if two is None:
            other.append(rf"(?P<{name}>{rest})")
        else:
            keyed.setdefault(two[0], []).append(rf"(?P<{name}>{two[1]})")
    branches = []
    for first, (keyed, other) in tree.items():
        inner = [f"{_letter(k)}(?:{'|'.join(alts)})" for k, alts in keyed.items()] + other
        branches.append(f"{_letter(first)}(?:{'|'.join(inner)})")
    return r"\b(?:" + "|".join(branches) + ")"


COUNTRY = re.compile(_country_pattern(), re.I)
#: After a country name, a word that makes the name an event's or an outlet's, not a trading
#: country's: "the Singapore summit", "the Beijing Olympics", "NK News".
NOT_COUNTRY_AFTER = re.compile(
    r"\s+(?:summit(?:s|ry)?|Olympics|Winter\s+Games|declaration|(?-i:News)(?!\s+[Aa]gency))\b", re.I
)
#: Before a country name, words that make it part of an outlet's name: "Voice of America",
#: "Daily NK" (searched in the few characters before the name).
NOT_COUNTRY_BEFORE = re.compile(r"\b(?:Voice\s+of\s+(?:the\s+)?|(?-i:Daily)\s+)$", re.I)

SOURCE = screened(
    re.compile(
        r"(?P<kita>\bKITA\b|Korea\s+International\s+Trade\s+Association)"
        r"|(?P<kotra>\bKOTRA\b|Korea\s+Trade[- ]Investment\s+Promotion\s+Agency)"
        r"|(?P<itc>\bITC\b|International\s+Trade\s+Cent(?:er|re)|Trade\s+Map)"
        r"|(?P<census>Commerce\s+Department|Census\s+Bureau|Department\s+of\s+Commerce)"
        r"|(?P<customs>\bcustoms\b|General\s+Administration\s+of\s+Customs|\bGACC?\b)",
        re.I,
    )
)
#: A national agency that publishes its own country's trade: named as the source of a figure
#: whose reporter the text leaves unsaid ("The deficit with China narrowed, the Commerce
#: Department said"), it is the reporter. Agencies that estimate or re-quote another country's
#: trade (KOTRA, KITA, the ITC) are not here. A new agency is one line.
AGENCY_REPORTERS: tuple[tuple[str, str], ...] = (
    (
        "USA",
        r"(?:U\.?S\.?\s+)?(?:Commerce\s+Department|Department\s+of\s+Commerce|Census\s+Bureau|"
        r"Bureau\s+of\s+Economic\s+Analysis|Trade\s+Representative|USTR)",
    ),
    (
        "KOR",
        r"(?:(?:South\s+Korea(?:'s|’s)?|Seoul(?:'s|’s)?|South\s+Korean)\s+)?(?:unification\s+ministry|"
        r"Ministry\s+of\s+Unification|Unification\s+Ministry)|Korea\s+Customs\s+Service|"
        r"Ministry\s+of\s+Trade,\s+Industry\s+and\s+Energy",
    ),
    ("CHN", r"General\s+Administration\s+of\s+Customs|\bGACC?\b"),
)
#: A country (adjective or possessive) before an agency that publishes its trade: "Japan's
#: Finance Ministry", "South Korean customs", "Chinese customs", "Vietnam's statistics office".
COUNTRY_AGENCY_AFTER = re.compile(
    r"\s+(?:(?:trade|finance|commerce|economy)\s+ministry|ministry\s+of\s+(?:finance|commerce|trade)|"
    r"customs(?:\s+(?:service|agency|administration|office|bureau|authorit(?:y|ies)))?|"
    r"(?:statistics|statistical)\s+(?:office|bureau|agency))\b",
    re.I,
)
#: Between a country and the flow verb it is the subject of, across an apposition: "China, its
#: main partner, sold", "North Korea's neighbour, China, bought" (the comma closes "…, China,").
APPOSED_VERB_GAP = re.compile(r"\s*,\s*(?:[^,;.]{1,40},\s*)?")
#: Between a country and a flow word with a partner ("trade with the North") that the country
#: reports as the subject of a verb of recording: "Russia, despite …, reported barely $34
#: million of trade with the North", "Japan recorded $2 million in imports from".
REPORTING_SUBJECT_GAP = re.compile(
    r"(?:\s*,\s*[^,;:]{1,60},)?\s+(?:also\s+)?(?:reported|recorded|registered|logged|booked|"
    r"posted)\s+(?:[^,;:]|,(?=\d)){0,50}$",
    re.I,
)
#: Before the source a sentence cites for another's statement: "the ministry said, citing Chinese
#: customs data" (the cited source is where the figure comes from).
CITED_BEFORE = re.compile(r"\b(?:citing|quoting|based\s+on|drawing\s+on)\s+(?:\w+\s+){0,3}$", re.I)
AGENCY = screened(
    re.compile(
        "|".join(rf"(?P<{code}>\b(?:{pattern}))" for code, pattern in AGENCY_REPORTERS), re.I
    )
)
#: Countries that publish no trade statistics: a figure of their trade with a partner is the
#: partner's (mirror) figure, seen from the partner ("North Korea's exports to Russia" are
#: Russia's imports from North Korea).
NON_REPORTERS: tuple[str, ...] = ("PRK",)
#: Two countries in one adjective: "inter-Korean trade", "trade between the two Koreas",
#: "South-North trade" (reporter first). A new phrase is one line.
PAIR_PHRASES: tuple[tuple[tuple[str, str], str], ...] = (
    (
        ("KOR", "PRK"),
        r"inter-?\s?korean|(?:the\s+)?two\s+koreas|south-north|north-south|"
        r"(?:north\s+and\s+south|south\s+and\s+north)\s+korea|"
        r"(?:the\s+)?(?:south\s+and\s+(?:the\s+)?north|north\s+and\s+(?:the\s+)?south)(?!\s+korea)",
    ),
)
PAIR_PHRASE = screened(
    re.compile(
        "|".join(rf"(?P<{a}_{b}>\b(?:{pattern})\b)" for (a, b), pattern in PAIR_PHRASES),
        re.I,
    )
)
#: Between a country's possessive and its trade: "North Korea's total external trade", "China's
#: overall imports": with no partner named, its trade with the world.
WORLD_OWNED_WORDS = re.compile(
    r"\b(?:total|overall|external|foreign|outside|overseas|international|global|worldwide|"
    r"entire|aggregate)\b",
    re.I,
)
#: The same after "its"/"their", where only words that name the world count: "its foreign trade".
WORLD_STRONG_WORDS = re.compile(
    r"\b(?:external|foreign|overseas|international|global|worldwide)\b", re.I
)
#: Right after the flow word: "China's exports worldwide", "its imports globally".
WORLD_AFTER = re.compile(r"\s*(?:worldwide|globally|abroad)\b", re.I)
#: Before a country the flow excludes: "trade with countries other than China", "imports
#: excluding Japan" (the rest of the world, which no data here holds).
EXCLUDING_BEFORE = re.compile(
    r"\b(?:other\s+than|excluding|except(?:\s+for)?|apart\s+from|aside\s+from|besides|beyond|"
    r"outside(?:\s+of)?|not\s+counting|minus|leaving\s+out|save\s+for|but)\s+(?:the\s+)?$|\bex-$",
    re.I,
)

_SOURCE_NAMES = {
    "kita": "KITA",
    "kotra": "KOTRA",
    "itc": "ITC",
    "census": "US Census",
    "customs": "China customs",
}


# -- clause frames: the phrasing around a figure ------------------------------------------------
# (moved from the extractor so that every phrasing the checker knows is named here)
REFERENCE = re.compile(
    rf"^\W*(?:(?:{DISCOURSE})\s*,?\s+)?(?:{PRONOUN}|the\s+(?:[\w-]+\s+)?(?:{REFERENT}))\b",
    re.I,
)
#: A sentence that is only the end of the one before: "It fell 5%. To $2.18bn."
FRAGMENT_LEVEL = re.compile(
    r"^\W*(?:(?:down|up|all\s+the\s+way)\s+)?(?:to|at)\s+(?:(?:about|around|just|only|some|roughly)\s+)?"
    r"(?:US\s?|USD\s?)?[$¥€£]",
    re.I,
)
#: Verbs by which one period's figure beats or trails another's by a margin: "exports in April
#: beat the March figure by 28.9 percent", "trailed the year-earlier total by $5 million".
EXCEED_UP = (
    "beat",
    "beats",
    "beating",
    "exceed(?:ed|s|ing)?",
    "surpass(?:ed|es|ing)?",
    "outstrip(?:ped|s|ping)?",
    "outpac(?:ed|es|ing)",
    "topp(?:ed|ing)",
)
EXCEED_DOWN = ("trail(?:ed|s|ing)?", r"lagg?(?:ed|s|ing)?(?:\s+behind)?", r"fell\s+short\s+of")
EXCEED_VERBS = "|".join((*EXCEED_UP, *EXCEED_DOWN))
#: "beat the March figure by", "trailed April's by": the margin's direction.
EXCEED_BY = re.compile(
    rf"\b(?:(?P<up>{'|'.join(EXCEED_UP)})|(?P<down>{'|'.join(EXCEED_DOWN)}))\s+"
    r"[^,.;]{1,50}?\bby\s+(?:(?:about|around|nearly|almost|some|roughly|just|only)\s+)?$",
    re.I,
)
BASE_MENTION_BEFORE = re.compile(
    r"(?:(?:\bfrom|compared\s+(?:to|with)|versus|vs\.?|\bthan|against)\s+(?:in|for|during)|"
    r"\bfrom|compared\s+(?:to|with)|versus|vs\.?|\bthan|\bsince|against|"
    # "beat the March figure by 28.9 percent", "trailed April's by 5 percent"
    rf"\b(?:{EXCEED_VERBS})|"
    r"comparable\s+(?:figure|level|period)\s+(?:for|of|in)|(?:figure|level|amount|value)s?\s+"
    r"(?:posted|recorded|seen)?\s*(?:for|in|of))\s+(?:the\s+)?(?:level\s+(?:of|in)\s+)?"
    # "the figure for the whole of 2022", "the level of the entire year 2019"
    r"(?:(?:whole|entire|full)\s+(?:of\s+)?(?:the\s+)?(?:year\s+(?:of\s+)?)?)?"
    # "compared with pre-pandemic April 2019", "than post-reopening 2023"
    r"(?:(?:pre|post)-[a-z]+(?:-[a-z]+)?\s+)?$"
    # "the level posted in 2019": the mention carries its own "in"
    r"|\b(?:figure|level|amount|value|mark|total)s?\s+(?:posted|recorded|seen|registered|reached|"
    r"set|hit)\s+$|\b(?:that|those)\s+(?:(?:of|in|for)\s+)?$"
    # "1.5 times the full-year 2022 total", "double the whole of 2021"
    # "one-fifth of what it had been in 2019"
    r"|\bwhat\s+(?:it|they)\s+(?:had\s+been|was|were)\s+(?:in\s+)?$"
    # "22 percent below their 2019 level", "18 percent short of the 2019 figure"
    # "22 percent below their 2019 level", "18 percent short of the 2019 figure", and the same
    # after a sum of money: "$49.6 million above September's", or a fraction: "two-thirds
    # below its 2013 level"
    r"|(?:%|\bpercent|\bper\s*cent|\b(?:thousand|million|billion|mn|mln|bn|bln)|"
    r"\b(?:half|thirds?|quarters?|fifths?|tenths?))\s+"
    r"(?:below|above|under|short\s+of|shy\s+of|behind|ahead\s+of)\s+(?:the|its|their)?\s*$"
    r"|\b(?:times|double|triple|half|thirds?|quarters?|fifths?|tenths?)\s+(?:the|its|their)\s+"
    r"(?:(?:whole|entire|full)[\s-]+(?:of\s+)?(?:the\s+)?(?:year\s+(?:of\s+)?)?)?$"
    # "eight times their level two years earlier", "half its value a year before"
    r"|\b(?:times|double|triple|half|thirds?|quarters?|fifths?|tenths?|percent|per\s*cent|%)\s+"
    r"(?:of\s+)?(?:its|their)\s+(?:level|figure|value|total|amount)s?\s+$",
    re.I,
)
FORWARD_FLOW = re.compile(
    r"^\s*(?:(?:decline|drop|fall|increase|rise|growth|gain|jump|surge|plunge|slump|"
    r"contraction|slide|the|total|overall|goods|services|its|their|in|of|"
    # a period between the figure and its flow: "$281 million in November 2025 trade"
    r"(?:19|20)\d\d|(?:jan|febr)uary|march|april|may|june|july|august|september|october|"
    r"november|december)\s+){0,4}",
    re.I,
)
UP_FROM_AFTER = re.compile(
    r"^[^,;]{0,40}?,?\s*(?P<dir>up|down|higher|lower|rising|falling|increasing|decreasing|rose|fell)"
    r"\s+from\s+(?=\S)",
    re.I,
)
PERCENT_OF = re.compile(r"^\s+of\s+(?P<rest>.{0,90})", re.I | re.S)
#: "half the 2020 figure", "a third the size of", "half their 2020 level": a fraction of a
#: whole without "of"
FRACTION_THE = re.compile(
    r"^\s+(?P<rest>(?:the|their|its|that|those|this|these|what)\s.{0,90})", re.I | re.S
)
RATIO_WORDS = re.compile(
    r"\b(?:figure|level|amount|value|pre-pandemic|before\s+the|a\s+year|last\s+year|comparable|"
    r"year[- ](?:earlier|ago|before)|"
    r"(?:last|previous|prior|preceding|the\s+same)\s+(?:month|year|quarter|period)['’]s|"
    r"committed|pledged|target|(?:19|20)\d\d)\b",
    re.I,
)
#: A sentence opened by a share's participle clause, up to its comma: "Accounting for 56 percent
#: of their 2011 trade, Chinese exports …" (the part is the subject after the comma).
SHARE_PARTICIPLE_LEAD = re.compile(
    # ("At 87.3 percent of 2023's trade, Chinese exports …": the figure set before its subject)
    r"\W*(?:accounting\s+for|making\s+up|taking\s+up|representing|comprising|constituting|at|"
    r"with\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?share\s+of)\s+"
    r"[^,;]{1,90},\s*",
    re.I,
)
#: A sentence opened by "With a share of" up to its figure, and after the figure the whole (if
#: named) up to the comma: "With a share of 87.3 percent (of the trade), Chinese exports …".
SHARE_WITH_LEAD = re.compile(
    r"\W*with\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?share\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than)\s+)?",
    re.I,
)
SHARE_WITH_AFTER = re.compile(r"(?:\s+of\s+(?P<rest>[^,;]{1,80}))?\s*,\s*", re.I)
SHARE_BEFORE = re.compile(
    rf"\b(?:{SHARE_VERB})\b[^.;]{{0,30}}$",
    re.I,
)
#: "X percent lower/below/under ...": a change read as N/O = 1 ∓ X/100, signed by the word.
COMPARATIVES = {
    "short": "down",  # "18 percent short of the 2019 figure"
    "lower": "down",
    "higher": "up",
    "less": "down",
    "more": "up",
    "below": "down",
    "above": "up",
    "under": "down",
    "behind": "down",  # "8 percent behind the same months of 2023"
    "ahead": "up",  # "5 percent ahead of last year's pace"
}
LOWER_HIGHER = re.compile(
    rf"^\s*(?P<w>{'|'.join(COMPARATIVES)})\b(?!\s+than\s+(?:doubled|tripled))", re.I
)
TIMES_HIGHER = re.compile(
    r"^\s*(?:higher|more|greater|larger|bigger)\b(?=[^.;]{0,60}\bthan\b)", re.I
)
TERMS = re.compile(
    r"\b(?:in\s+(?P<t>dollar|u\.?s\.?\s+dollar|usd|yuan|rmb|renminbi)\s+terms|"
    r"(?:measured|counted|calculated|expressed)\s+in\s+(?P<t2>dollars?|u\.?s\.?\s+dollars?|yuan|rmb|renminbi))\b"
    # "In yuan, imports came to 2.49 billion, up 20.7 percent": the sentence's opening phrase
    r"|^\W*in\s+(?P<t3>dollars?|u\.?s\.?\s+dollars?|yuan|rmb|renminbi)(?=\s*,)",
    re.I,
)
#: A sentence opened by the currency of all its figures: "In yuan, imports came to 2.49 billion".
CURRENCY_LEAD = re.compile(
    r"\W*in\s+(?P<c>(?:u\.?s\.?\s+)?dollars?|yuan|renminbi|rmb)(?:\s+terms)?\s*,[^;]*$", re.I
)
#: Before a figure written with no currency, the currency named for it: "in dollars, that's two
#: hundred eighty-one million", "in yuan terms, it was 1.99 billion".
CURRENCY_NAMED_BEFORE = re.compile(
    r"\bin\s+(?P<c>(?:u\.?s\.?\s+)?dollars?|yuan|renminbi|rmb)(?:\s+terms)?\s*,?\s+"
    r"(?:[\w'’]+\s+){0,3}(?:(?:about|around|roughly|some|nearly|just)\s+)?$",
    re.I,
)
IN_YEARS = re.compile(r"\b(?:in|over)\s+(?P<n>\w+)\s+years\b", re.I)
BILATERAL = screened(
    re.compile(
        r"\b(?:(?:the|both)\s+two\s+(?:\w+\s+)?(?:countries|nations|sides|neighbou?rs)|"
        r"both\s+(?:countries|nations|sides)|bilateral|two-way)\b",
        re.I,
    )
)


# -- clause frames: the phrasing tables the frame rules read ----------------------------------------
#: Adjectives journalists put before a country after a preposition: "exports to the isolated
#: North Korea" still name North Korea as the partner.
COUNTRY_EPITHETS = ("isolated", "impoverished", "reclusive", "neighbou?ring")
#: Nouns for "the two countries" in "trade between the two neighbours".
PAIR_NOUNS = ("countries", "nations", "sides", "neighbou?rs")
#: Flow verbs whose prepositional phrase may stand further from the verb ("exported ... to X").
FLOW_VERBS = ("exported", "imported", "shipped", "sold", "sent", "bought", "purchased")
#: Prepositions after a flow word that name a country: "exports to X", "imports from X",
#: "trade with X", "purchases of X's goods by Y".
_EPITHETS = "|".join(w + r"\s+" for w in COUNTRY_EPITHETS)
FLOW_PREPOSITION = re.compile(
    rf"\b(?P<prep>to|into|from|with|between|of|in|by)\s+(?:the\s+)?(?:{_EPITHETS})?", re.I
)
FLOW_VERB = re.compile(rf"(?i){_words(FLOW_VERBS)}")
#: Between a period and a figure in another clause: "...; in 2019", "From January to August, X
#: ...: last year the figure was $Y" (a period across a break is the farther choice).
#: Between a figure and a period after it, a clause that dates an event rather than the figure:
#: "fell 72 percent to $10.7 million, after the border was sealed in January", "before the
#: test in February" (no figure between the conjunction and the period).
EVENT_BEFORE_PERIOD = re.compile(
    r"\b(?:after|before|following|when|once|until|amid)\s+[^$\d;:%]*$", re.I
)
#: Before a year, "pre-"/"post-": an era ("a fraction of the pre-2017 level"), not a period a
#: figure belongs to.
ERA_PREFIX_BEFORE = re.compile(r"\b(?:pre|post)[-‐–]$", re.I)
#: Before a month, a part of it: "in late January", "by mid-March" dates an event, not a figure.
PART_OF_MONTH_BEFORE = re.compile(r"\b(?:early|late|mid)[\s-]+$", re.I)
PERIOD_CLAUSE_BREAK = re.compile(r"[;]|:\s|,\s*while\b|\bwhile\b")
#: Between a figure and a period after it: the period opens the next clause (", and this January
#: they were …", ", but in March …"), which is not the figure's.
PERIOD_OPENS_NEXT_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas|yet)\s+(?:(?:in|during|for|by|over)\s+)?(?:(?:the|this|last|that)\s+)?$",
    re.I,
)
#: "last year the figure was", "the total a year earlier was": the same measure (the same span of
#: months) a year before, not the whole of last year.
_YEAR_BEFORE = (
    r"(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|"
    r"the\s+year\s+(?:before|earlier)(?!\s+last\b))"
)
SAME_MEASURE_YEAR_BEFORE = re.compile(
    rf"\b{_YEAR_BEFORE},?\s+(?:(?:the|that|this|its|their)\s+(?:comparable\s+|same\s+)?(?:{REFERENT})|they|it)\b"
    rf"|\b(?:the|that|this|its|their)\s+(?:comparable\s+|same\s+)?(?:{REFERENT})\s+(?:for\s+|in\s+)?{_YEAR_BEFORE}",
    re.I,
)
#: A sentence whose subject is a period continues the series of the sentence before: "October
#: was the lowest on record", "March marked the third straight month of gains".
PERIOD_SUBJECT_LEAD = re.compile(rf"\W*(?:(?:{DISCOURSE})\s*,?\s+)?", re.I)
PERIOD_SUBJECT_VERB = re.compile(
    rf"(?:['’]s?\s+(?:[\w-]+\s+)?(?:{REFERENT})"
    # "Last month's total of $275 million was …": the figure named between the total and its verb
    r"(?:\s+of\s+(?:US\$?\s?|USD\s?|\$\s?)?\d[\d.,]*(?:\s+[\w.]+){0,3}?)?)?['’]?\s+"
    r"(?:was|were|is|marked|saw|became|brought|remained|came|stood|reached|hit|"
    # "August's two-way figure climbed to the highest since March"
    rf"{_words(UP_WORDS)}|{_words(DOWN_WORDS)})\b",
    re.I,
)
#: Before a year that is meant whole, even as the base of a part-year: "double the figure for the
#: whole of 2022", "the full-year 2021 total".
WHOLE_YEAR_BEFORE = re.compile(
    r"\b(?:whole|entire|full)[\s-]+(?:of\s+)?(?:the\s+)?(?:year\s+(?:of\s+)?)?$", re.I
)
#: "a 95.6% share (of North Korea's trade)": a percentage that names itself a share; its whole
#: follows "share of", or leads the sentence ("Of North Korea's trade in 2021, China took up ...").
SHARE_NOUN_AFTER = re.compile(
    r"\s*(?:market\s+)?share\b(?:\s+(?:of|in)\s+(?P<rest>[^.;]{1,90}))?", re.I
)
LEADING_OF = re.compile(r"\W*(?:out\s+)?of\s+(?P<rest>[^,;]{1,90}),", re.I)
#: After a percentage whose whole led the sentence, the verb before its part: "Of the $2.3
#: billion traded, 87.3 percent were Chinese exports", "..., 13 percent came from the North".
PART_AFTER_LEAD = re.compile(
    r"\s+(?:(?:was|were|is|are)(?:\s+(?:made\s+up\s+of|accounted\s+for\s+by))?|came\s+from|"
    r"went\s+to|consisted\s+of)\s+(?:the\s+)?",
    re.I,
)
#: Month names, for lists read in order ("in January and February, ... $X and $Y, respectively").
MONTH_NAMES = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
#: Between the items of a list: "January, February and March".
LIST_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?")
#: Between a figure and a flow word ahead of it that belongs to another clause: "They came to $31
#: million, while the North bought ...".
AHEAD_CLAUSE_BREAK = re.compile(r"[;]|,\s*(?:while|whereas|but)\b|\b(?:while|whereas)\b")
#: "the $318 million total": a figure that names itself the total of the pair's trade.
TOTAL_AFTER = re.compile(r"\s+(?:total|two-way\s+total|combined\s+total)\b", re.I)
#: "a fifth of its 2016 level", "82 percent of the 2019 figure": the period after is a base.
FRACTION_OF_BEFORE = re.compile(
    r"(?:(?:%|percent|per\s*cent|half|thirds?|quarters?|fifths?|tenths?|fraction)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?|(?:half|thirds?|quarters?|fifths?|tenths?)\s+(?:the|its|their)\s+"
    # "2.5 times April's", "twice the March figure": the period a multiple is of
    r"|\b(?:times|twice|thrice)\s+(?:the\s+|its\s+|their\s+)?)$",
    re.I,
)
#: "North Korean goods accounted for 12.7 percent": goods of a country are its exports.
GOODS_WORD = screened(re.compile(r"\b(?:goods|products|commodities|merchandise|wares)\b", re.I))
#: Verbs that bound a figure: from below as "more than" does ("exceeded $100 million", "topped
#: $1 billion"), or, negated, from above as "less than" does ("did not exceed $700 million",
#: "failed to reach even $320 million", "never topped $1 billion"; a negated verb of reaching
#: bounds too, where "reached $X" alone is the level). ``not`` is the negation when there is one.
HEDGE_VERB_BEFORE = re.compile(
    r"\b(?:(?P<not>(?:did|does|do|has|have|had|will|would|could)(?:\s+not|n['’]t)|never|"
    r"fail(?:s|ed|ing)?\s+to)\s+(?:even\s+)?(?:exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|"
    r"surpass(?:es|ed|ing)?|reach(?:ed)?|hit|pass(?:ed)?|crack(?:ed)?|break|broke|"
    r"go\s+(?:above|beyond|past)|(?:went|gone)\s+(?:above|beyond|past))"
    r"|exceed(?:s|ed|ing)?|topp(?:ed|ing)|tops|surpass(?:es|ed|ing)?|"
    # "crossed the $1 billion mark", "broke through $2 billion", "passed $900 million"
    r"cross(?:es|ed|ing)|passed|breach(?:es|ed|ing)|br(?:oke|eaks|eaking)(?:\s+through)?|"
    r"(?:went|gone|going|rose|climbed)\s+(?:above|beyond|past))\s+(?:even\s+)?(?:the\s+)?$",
    re.I,
)
#: Before "in three years" that measures a superlative, not a change: "the highest in three years".
SUPERLATIVE_BEFORE = re.compile(rf"\b(?:{_SUP_WORD}|first)(?:\s+[\w-]+){{0,2}}\s*$", re.I)
#: Nouns for what is traded, between a flow word and its preposition: "imports of commodities
#: from China", "exports of farm products to the North".
GOODS_NOUNS = ("goods", "commodities", "products", "items", "merchandise", "wares", "materials")
GOODS_AFTER_OF = re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?:{_words(GOODS_NOUNS)})\b\s*", re.I)
#: Between the two countries of "trade between North Korea and China".
PAIR_AND = re.compile(r"\s+and\s+(?:the\s+)?")
#: A country whose side the figures are seen from: "Measured from the North Korean side,
#: exports …", "from Pyongyang's perspective", "from the point of view of the DPRK". Before and
#: after the country's name.
PERSPECTIVE_BEFORE = re.compile(
    r"\b(?:from|on)\s+(?:the\s+)?$"
    r"|\bfrom\s+the\s+(?P<of>perspective|point\s+of\s+view|standpoint|side)\s+of\s+(?:the\s+)?$",
    re.I,
)
PERSPECTIVE_AFTER = re.compile(
    # ("the North Korean side": the country's name may be read without its adjective's end)
    r"(?:['’]s?)?(?:\s+Korean)?\s+(?:side|perspective|point\s+of\s+view|standpoint)\b",
    re.I,
)
#: Words for the other country of the pair: "exports to its neighbour", "imports from its main
#: trading partner", "trade with its impoverished ally".
PARTNER_EPITHETS = (
    "neighbou?r",
    "ally",
    "partner",
    "lifeline",
    "benefactor",
    "patron",
)
PARTNER_EPITHET = re.compile(
    rf"(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_words(PARTNER_EPITHETS)})\b", re.I
)
#: The noun after an epithet that stands for the partner: "exports to the isolated country",
#: "imports from the impoverished nation" (the other country of the pair, as "its neighbour").
EPITHET_NOUN = re.compile(r"(?:country|nation|state|regime)\b", re.I)
ENDS_WITH_EPITHET = re.compile(rf"(?:{_EPITHETS})$", re.I)
#: "the two countries", "both sides" after "between".
THE_PAIR = re.compile(
    rf"(?:the\s+|both\s+)?(?:two\s+)?(?:\w+\s+)?(?:{_words(PAIR_NOUNS)})\b",
    re.I,
)
#: "its imports", "their trade": the flow of the country named last.
ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?$", re.I)
#: What ends the clause a flow word's prepositional phrases can stand in.
FLOW_CLAUSE_END = re.compile(r"[,;]|\b(?:while|whereas|and|but|as)\b")
#: Between a country and its trade, words that make it the country's trade with the world:
#: "North Korea's total external trade", "China's foreign trade", "the North's overseas sales".
WORLD_TRADE_WORDS = ("external", "foreign", "overseas", "international", "global", "worldwide")
WORLD_TRADE_BEFORE = re.compile(rf"\b(?:{'|'.join(WORLD_TRADE_WORDS)})\b", re.I)
#: "North Korea's total trade" with no partner after it: the country's trade with the world.
WORLD_TOTAL = re.compile(r"(?:total|overall)\s+trade", re.I)
#: A whole written as a pronoun or a referent for the figure before: "accounting for 98.3
#: percent of it", "87 percent of that", "a fifth of the total" (after a level of that total).
ANAPHORIC_WHOLE = re.compile(
    rf"^\s*(?:it|that|this|them|which|the\s+(?:{REFERENT_WHOLE}))\b(?!\s+(?:for|in|of)\b)", re.I
)
#: After "X percent of", the whole as a pronoun and the part as the partner it is traded with:
#: "98.3 percent of it done with China", "most of which was with China".
PART_WITH_AFTER = re.compile(
    r"\s*(?:it|that|this|which)\s+(?:(?:was|is|were|being|been|done|conducted|carried\s+out|"
    r"transacted)\s+){0,2}with\s+(?:the\s+)?",
    re.I,
)
#: Between a country and the flow word it qualifies: a possessive or adjective, no preposition.
POSSESSIVE_GAP = re.compile(r"[\s\w'’-]{0,25}")
#: A country's figure with its flow word after it: "Beijing's $5.9 trillion in overall goods
#: trade", "China's $3.38 trillion in total exports" (the owner before the figure; "total"
#: with no partner named after it makes it the country's trade with the world).
OWNED_FIGURE_GAP = re.compile(
    r"(?<=['’]s)\s+(?:US|U\.S\.)?[$¥€₩]?\s?\d[\d.,]*\s*(?:trillion|billion|million|tn|bn|mn|mln|bln)?"
    r"(?:\s+(?:dollars|yuan))?\s+(?:worth\s+)?(?:in|of)\s+"
    r"(?P<total>(?:total|overall)\s+)?(?:(?:goods|merchandise|annual|two-way)\s+)?",
    re.I,
)
NOT_POSSESSIVE = re.compile(
    r"\b(?:to|from|with|of|and|by|in|while|whereas|but|during|since|was|were|is|are|its|their|"
    r"versus|vs|against)\b"
)
#: "The former reached $2.0bn", "the latter, at $291.9 million": one of the last two flows named,
#: as the subject of a verb or set off by a comma (not "the former Soviet Union", "the former
#: envoy": a noun after it makes it an adjective)
FORMER_LATTER = screened(
    re.compile(
        r"\bthe\s+(?P<w>former|latter)\b(?=\s*[,;:(—–]|\s+(?:was|were|is|are|had|has|have|rose|"
        r"fell|grew|came|stood|shrank|sank|hit|reached|remained|totall?ed|amounted|climbed|jumped|"
        r"dropped|slipped|slid|declined|increased|decreased|edged|surged|plunged|tumbled|"
        r"accounted|made|ran|ended|at|to)\b)",
        re.I,
    )
)
#: A flow named by the one who does it ("China was the buyer of $57.9 million"), and the words
#: between its subject and it: the subject is its owner.
AGENT_NOUN = re.compile(r"(?:buyer|seller)", re.I)
AGENT_NOUN_GAP = re.compile(
    r"\s+(?:was|is|were|are|became|becomes|remained|remains|has\s+been|had\s+been)\s+"
    r"(?:the|a|an)\s+(?:[\w-]+\s+)?",
    re.I,
)
#: "spent $X on Chinese goods": a verb of buying whose subject is the importer.
SPEND_VERB = re.compile(r"spen(?:t|ds?|ding)", re.I)
#: What may come before a sentence's subject: nothing, or an opening phrase and its comma ("In
#: 2013, Pyongyang earned …").
SENTENCE_SUBJECT_LEAD = re.compile(r"\s*(?:[^,;:]{1,40},\s*)?(?:the\s+)?", re.I)
#: Between a country and a flow word, "-bound": the country is where the goods go.
BOUND_GAP = re.compile(r"\s*[-‐–]?\s*bound\s+(?:[\w-]+\s+)?", re.I)
#: Between a country and "deficit"/"surplus", the state it is in: "with China in deficit by
#: $X", "North Korea went into surplus", "leaving Beijing with a deficit of $X": the country's
#: own balance.
IN_BALANCE_GAP = re.compile(
    r"\s+(?:(?:was|is|were|are|ran|runs|remained|remains|stayed|stays|went|fell|slipped|"
    r"moved|swung)\s+)?(?:in|into)\s+(?:a\s+)?(?:(?:small|slight|tiny|rare)\s+)?"
    r"|\s+with\s+(?:a|an)\s+(?:(?:small|slight|tiny|rare|modest|large|big|huge)\s+)?",
    re.I,
)
#: Before a country, a flow word and the preposition that makes the country its partner:
#: "trade with North Korea", "exports to the DPRK".
PARTNER_PREPOSITION_BEFORE = re.compile(
    r"\b(?:trade|commerce|exports?|imports?|shipments?|sales|goods|products)\s+(?:with|to|from)\s+"
    r"(?:the\s+)?$",
    re.I,
)
#: Between the two countries of a pair written together: "North Korea-China trade", "China to DPRK".
PAIR_JOIN = re.compile(r"\s*(?:[-–—/]|->|[→⟶➔➡]\ufe0f?)\s*|\s+to\s+")
PAIR_DASH = re.compile(r"\s*[-–—/]\s*")
#: "exports and imports came to $X and $Y, respectively": two flows named in one phrase.
BOTH_FLOWS = re.compile(r"(?P<a>exports?|imports?)\s+and\s+(?P<b>exports?|imports?)", re.I)
#: After two flows named together, "each": what follows is said of each of them.
EACH_AFTER = re.compile(r"\s+(?:(?:to|from)\s+[\w. -]{1,30}?\s+)?each\b", re.I)
#: Where a clause ends inside the text before a figure (forecasts are read in their own clause).
CLAUSE_SPLIT = re.compile(r"[,;]|\bwhile\b|\bwhereas\b")
#: Nouns (or comparatives) after a percentage that give its direction: "a 12 percent decline".
#: Nouns (or comparatives) after a percentage that give its direction: "a 12 percent decline",
#: "a 3 percent gain", "7 percent lower". Read in this order; a new noun is one entry here.
DIRECTION_NOUNS = {
    "decline": "down",
    "drop": "down",
    "fall": "down",
    "decrease": "down",
    "contraction": "down",
    "plunge": "down",
    "slump": "down",
    "slide": "down",
    "retreat": "down",
    "dip": "down",
    "downturn": "down",
    "reduction": "down",
    "tumble": "down",
    "increase": "up",
    "rise": "up",
    "growth": "up",
    "gain": "up",
    "jump": "up",
    "surge": "up",
    "rebound": "up",
    "climb": "up",
    "advance": "up",
    "expansion": "up",
    "upturn": "up",
    "leap": "up",
    "lower": "down",
    "higher": "up",
    "less": "down",
    "more": "up",
    "down": "down",
    "up": "up",
}
#: Before a period that a move is measured against: "an 8 percent slide on the first half of
#: 2023", "up 12 percent on March", "a gain on the year before".
BASE_ON_BEFORE = re.compile(
    # "a 147% rise over the first quarter of 2022": a change noun's base, as with "on"
    rf"\b(?:{'|'.join(DIRECTION_NOUNS)})\s+(?:on|over)\s+(?:the\s+)?$"
    r"|(?:%|\b(?:percent|per\s*cent|pct|pc))\s+on\s+(?:the\s+)?$",
    re.I,
)
DIRECTION_NOUN_AFTER = re.compile(
    # not across a conjunction: in "down 47 percent and up 20.7 percent" the "up" is the next one's
    rf"^\s*(?:(?!(?:and|or|but|while|whereas)\b)[\w-]+\s+){{0,2}}?(?P<w>{'|'.join(DIRECTION_NOUNS)})\b",
    re.I,
)
#: A written sign before a percentage: "(-8% y/y)", "+14.2%".
SIGN_BEFORE = re.compile(r"(?:^|[\s(\[])([-−–+])\s?$")
#: "fell by $X", "down by $X", "up $X": an absolute change, not a level.
# ("by China slipped to $X" is not a change: the words after "by" may not hold a "to")
CHANGE_BY = re.compile(r"\bby\s+(?:(?!(?<!\bup\s)\bto\b)[\w\s]){0,20}$", re.I)
BY_BEFORE = re.compile(r"\bby\s+(?:\w+\s+)?$", re.I)
# ("made up $2.2 billion", "took up" are shares and levels, not moves)
BARE_MOVE = re.compile(
    r"\b(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!took\s)(?<!take\s)(?<!takes\s)"
    r"(?<!taking\s)(?:up|down)\s+(?:by\s+)?(?:(?!to\b|from\b|at\b)[a-z]+\s+)?$",
    re.I,
)
#: A sum a period adds to a flow or takes off it: "the rebound added $1.27 billion to trade",
#: "the closure wiped $200 million off exports" (an absolute change, up or down).
ADDED_BEFORE = re.compile(
    r"\b(?P<w>add(?:ed|s|ing)?|shav(?:ed|es|ing)|knock(?:ed|s|ing)|wip(?:ed|es|ing)|lopp(?:ed|ing))"
    r"\s+(?:(?:about|around|nearly|almost|roughly|some|just|an\s+estimated|a\s+further|another|"
    r"more\s+than|over)\s+)?$",
    re.I,
)
ADDED_AFTER = re.compile(
    r"\s+(?P<w>to|off)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:trade|exports?|imports?|shipments|sales|purchases|total|commerce)\b",
    re.I,
)
#: "to $X", "at $X": a level the verb ends at.
TO_AT_BEFORE = re.compile(r"\b(?:to|at)\s+(?:\w+\s+){0,3}$", re.I)
TO_BEFORE = re.compile(r"\bto\s+(?:\w+\s+)?$", re.I)
#: A figure whose verb is left out because the clause before gave it ("exports in 2021 were 10
#: percent of their 2019 level, and imports 27 percent"): a new subject after "and",
#: "while" or "but", no verb of its own, and the clause ends at the figure.
GAPPED_BEFORE = re.compile(
    r"[,;]\s*(?:and|while|whereas|but)\s+"
    r"(?![^,;]*\b(?:was|were|is|are|been|be|stood|stands|came|comes|reached|reaches|made|makes|"
    r"accounted|accounts|took|takes|totall?ed|totals|hit|hits|of|by|from|to|than)\b)[^,;\d]{3,60}$"
    # "…, with imports at 46.6%": the new subject set at the figure
    r"|[,;]\s*with\s+[^,;\d]{3,40}?\s+at\s+(?:(?:about|around|nearly|almost|just|only|some)\s+)?$",
    re.I,
)
GAPPED_AFTER = re.compile(r"\s*(?:[.;)]|,\s|$)")
#: A figure whose subject and verb are both left out, only its period said: "made up 16 percent
#: of June's trade, and 13.4 percent in May" — the clause before, said of another period.
ELIDED_BEFORE = re.compile(
    # (a bare "and" too: "… 65 percent of the trade in 2017 and 82 percent in 2021"; the
    # comparing words of official prose: "vis-à-vis", "relative to", "as against")
    r"(?:[,;]\s*(?:and|but|against|versus|vs\.?|vis-[àa]-vis|relative\s+to|as\s+against|"
    r"compared\s+(?:with|to))|\s(?:and|vis-[àa]-vis))\s+"
    r"(?:(?:only|just|about|around|roughly|nearly|almost|some|under|below|over|above|"
    r"(?:less|more|fewer)\s+than)\s+)?$",
    re.I,
)
ELIDED_PERIOD_AFTER = re.compile(
    r"\s+(?:in|for|during)\s+(?:the\s+)?(?:[A-Z][a-z]+|\d{4}|last|previous|prior|first|second)\b"
)
#: Between a change and the level its verb reaches: "slid 11.2% to $167.6 million (in
#: October) from $188.74 million in September" — the level's base is the change's too.
CHANGE_TO_LEVEL = re.compile(rf"\s*,?\s+to\s+(?:{_HEDGE_WORDS}\s+)?", re.I)
#: A share's whole stated by a level verb: "was 14.6 percent of", "rose to 59 percent of".
SHARE_LEVEL_BEFORE = re.compile(
    # (or a label's colon: "Imports' share of bilateral trade, 2023: 12.7%")
    r"\b(?:to|at|was|were|is|of|reached|reaches|hit|hits|stood|stands)\s+(?:\w+\s+)?$|:\s*$",
    re.I,
)
#: The share's own year after its whole: "12.7 percent of the total in 2023".
OWN_YEAR = re.compile(r"\b(?:in|for|during|over)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b", re.I)
#: A period named by a demonstrative ("that period", "this stretch"): the period just named.
DEMONSTRATIVE_PERIOD = re.compile(
    r"(?:that|this|those|these)\b(?![^,;]*\b(?:last|a)\s+year\b)", re.I
)
#: After "last year's" in a share's whole: a whole named by trade words ("of last year's bilateral
#: trade", "of last year's total"), not a level or figure of another period.
WHOLE_NOUN_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:trade|exports?|imports?|commerce|turnover|total|volume)\b", re.I
)
#: From a balance word to its figure: "deficit of $X", "surplus of about $X", "gap of nearly $X".
BALANCE_OF = re.compile(
    rf"\w+(?:\s+\w+)?\s+of\s+(?:{_HEDGE_WORDS}\s+|more\s+than\s+|less\s+than\s+)?(?:US)?", re.I
)
#: "North Korea's (trade) dependence on China": the second country's share of the first's trade.
DEPENDENCE = re.compile(
    r"(?P<owner>\b[\w.’' -]{2,30}?['’]s?)\s+(?:trade\s+|economic\s+)?(?:dependence|dependency|"
    r"reliance)\s+on\s+(?P<on>(?:the\s+)?[\w.’' -]{2,30}?)(?=\s+(?:for|in|was|stood|reached|"
    r"hit|rose|climbed|fell|edged|is|remained|has)\b|[,]|$)",
    re.I,
)
#: A share named in words, then in figures: "accounted for the bulk of the trade, some 87
#: percent", "made up the lion's share of bilateral trade, or 87 percent".
SHARE_APPOSITION = re.compile(
    rf"\b(?:(?:{SHARE_VERB})\s+(?:the\s+|a\s+)?(?:bulk|lion['’]s\s+share|majority|most|"
    r"(?:large|small|tiny|big|major|minor)\w*\s+(?:part|portion|share|fraction))\s+of\s+|"
    # "were almost half of all bilateral trade, at 47.2 percent": a fraction, then its figure
    r"(?:(?:just|only|about|around|nearly|almost|roughly|over|under|more\s+than|less\s+than)\s+)?"
    # (not a period: "the first half of the year", "the first three quarters of 2017")
    r"(?<!first\s)(?<!second\s)(?<!third\s)(?<!final\s)(?<!last\s)(?<!latter\s)"
    r"(?:half|(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))\s+of\s+"
    # (not "a third of the 2019 level, or 35 percent": a ratio to another period; no figure)
    r"(?![^,;]*(?:\b(?:levels?|figures?|values?|what|earlier|ago|before|year)\b|\d)))"
    r"(?P<rest>[^,;]{1,60}),\s+(?:or\s+|at\s+|i\.e\.,?\s+)?"
    r"(?:(?:just|only|about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?$",
    re.I,
)
#: After a figure of one flow, the other flow it exceeds: "imported $1.71 billion more from China
#: than it exported there", "bought $X less from the North than it sold there": a balance.
MORE_THAN_OTHER_FLOW = re.compile(
    r"\s+(?:(?:worth|of\s+goods)\s+)?(?P<cmp>more|less|fewer)\b[^.;]{0,50}?\bthan\s+(?:it|they|\w+(?:\s+\w+)?)\s+"
    r"(?:exported|imported|sold|bought|shipped|purchased|sent|received|exports|imports|sells|buys)\b",
    re.I,
)
#: After a sum of money, a comparative with "than" and no clause break between: "$173.5 million
#: lower in 2024 than in 2023", "$32.7 million more than in November": the difference between
#: two periods, an absolute change signed by the word (``COMPARATIVES``).
#: Comparatives of size after a money figure: "$402.5 million smaller than in 2016".
SIZE_COMPARATIVES = {
    **COMPARATIVES,
    "smaller": "down",
    "larger": "up",
    "bigger": "up",
    "greater": "up",
}
MONEY_COMPARED = re.compile(
    rf"\s+(?P<w>{'|'.join(SIZE_COMPARATIVES)})\b"
    r"(?:\s+(?:in|during|over|for)\s+[^,.;()]{1,30}?)?\s+than\b(?!\s+(?:double|doubled|tripled|half)\b)"
    # "$49.6 million above September's", "$12 million below the same month of 2019": a period
    # (or its figure) right after "above"/"below", with no "than"
    r"|\s+(?P<w2>above|below|under)\s+(?=(?:(?:that|those)\s+of\s+|the\s+(?:figure|level|total)s?\s+"
    r"(?:of|for|in)\s+)?(?:the\s+(?:same|previous|prior|preceding|year-earlier|month-earlier)\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"(?:19|20)\d\d\b|(?:last|a)\s+(?:year|month)['’]s\b|a\s+(?:year|month)\s+(?:earlier|before|ago)\b))",
    re.I,
)
#: After a money figure, a noun that makes it a change: "a $75.8 million rise in imports", "the
#: $20 million drop from May" (the figure is how much the flow moved, not a level).
MONEY_CHANGE_NOUN = re.compile(
    r"\s*(?:-\s*)?(?P<w>rise|increase|gain|jump|surge|climb|growth|drop|fall|decline|decrease|"
    r"slide|plunge|slump|contraction|reduction|dip|retreat)\b(?=\s+(?:in|of|from|on|over|for|since)\b|\s*[,.;]|\s*$)",
    re.I,
)
#: Before a money figure, what makes it the size of a move: a noun of movement and "of" ("an
#: increase of $75.8 million", "a fall of some $20 million") or a verb that adds or loses an amount
#: ("gained $75.8 million", "added $1.27 billion to trade", "shed $40 million").
MONEY_MOVED_BEFORE = re.compile(
    r"\b(?:(?:an?\s+|the\s+)?(?:(?P<up>increase|rise|gain|jump|surge|climb|growth)|"
    r"(?P<down>drop|fall|decline|decrease|slide|plunge|slump|contraction|reduction|dip|retreat))\s+of"
    r"|(?P<up2>gain(?:ed|s|ing)|add(?:ed|s|ing)(?!\s+up\b))"
    r"|(?P<down2>lost|los(?:es|ing)|shed(?:s|ding)?))"
    rf"\s+(?:(?:{_HEDGE_WORDS}|more\s+than|over|nearly|almost)\s+)?(?:US|USD\s?)?$",
    re.I,
)
#: Before a figure made a change by the noun after it: "a", "an", "the", "its".
MONEY_CHANGE_BEFORE = re.compile(
    rf"(?:^|\b(?:an?|the|its|their|this|that))\s+(?:{_HEDGE_WORDS}\s+)?(?:US|USD\s?)?$",
    re.I,
)
#: Before a figure, one flow exceeding the other "by" it: "exports exceeded its imports from the
#: North by $X", "purchases outstripped sales by some $X": the gap between the flows, a balance.
EXCEEDED_OTHER_FLOW = re.compile(
    r"\b(?P<first>exports?|imports?|sales|purchases|shipments)\b[^.;$]{0,40}?\s(?:exceeded|exceeds|"
    r"outstripped|outstrips|outpaced|outpaces|topped|tops|surpassed|surpasses|outweighed)\s+"
    r"(?:its\s+|their\s+|the\s+|those\s+of\s+)?(?:[\w'’-]+\s+){0,2}?(?:exports?|imports?|sales|"
    r"purchases)\b[^.;$]{0,50}?\bby\s+(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|"
    r"just|only)\s+)?(?:US)?$",
    re.I,
)
#: Before a figure, one side's goods outselling the other's "by" it: "Chinese goods outsold North
#: Korean ones by $X", "China outsold the North by some $X": the gap between the flows, a balance
#: in favour of the seller named first (``first``).
OUTSOLD_BY = re.compile(
    r"(?P<first>\b[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:outsold|outsells?|outselling)\s+"
    r"[^.;$]{0,50}?\bby\s+(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|just|only)\s+)?"
    r"(?:US)?$",
    re.I,
)
#: The flow opposite to the one just stated: "$X flowing the other way", "goods moving in the
#: opposite direction were worth $Y", "shipments the other way round".
OTHER_WAY = re.compile(
    # ("$150.4m of Chinese goods going the other way": the goods between the figure and the verb)
    r"\b(?:(?:worth\s+)?of\s+(?:[\w-]+\s+){0,2}?(?:goods|products|commodities|merchandise|cargo)\s+)?"
    r"(?:(?:flowing|flowed|moving|moved|going|went|coming|came|crossing|crossed|travell?ing|travell?ed|headed|heading|"
    r"shipped|sent|sold)\s+)?(?:the\s+other\s+way(?:\s+round)?|in\s+the\s+(?:other|opposite|"
    r"reverse)\s+direction|in\s+return)\b",
    re.I,
)
#: After a balance word, the country it belongs to: "a deficit of $66.43 million for Pyongyang",
#: "a surplus for China of $X", "the surplus on China's side" (the country's name follows the
#: match; after "on" it must be followed by ``BALANCE_SIDE``).
BALANCE_FOR_AFTER = re.compile(
    r"(?:\s+(?:of|at|worth)\s+[^;]{1,40}?)?\s+(?:for|(?P<on>on|in))\s+(?:the\s+)?", re.I
)
#: After the country of "the surplus on China's side": the side of the ledger it names.
BALANCE_SIDE = re.compile(r"(?:['’]s?)?\s+(?:side|part|books|ledger|account|column)\b", re.I)
#: Between a multiple and the other flow it multiplies: "6.9 times North Korean exports", "seven
#: times its imports", "five times the value of its imports".
TIMES_FLOW_AFTER = re.compile(
    r"\s+(?:(?:as\s+(?:much|large|big)\s+as|that\s+of|those\s+of)\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:value|volume|amount|level)\s+of\s+(?:the\s+|its\s+|their\s+)?)?"
    r"(?:(?:North\s+Korean|South\s+Korean|Chinese|American|Russian|Japanese|Pyongyang['’]s|"
    r"Beijing['’]s|China['’]s|North\s+Korea['’]s)\s+)?"
    # "seven times what it bought from the North"
    r"(?:what\s+(?:it|they|the\s+\w+|\w+)\s+)?"
    r"(?=(?:exports?|imports?|shipments?|purchases?|sales|bought|sold|imported|exported|purchased|"
    r"shipped)\b)",
    re.I,
)
#: Between a period and the figure it labels: "in May: $X", "August, when trade stood at $X".
PERIOD_LABEL = re.compile(
    # ("2023 — US$ 2,003.5 million": a table's dash between its year and its sum)
    r"\s*(?::\s*|\s[—–]\s*(?=(?:(?:about|around|nearly|some|just|only)\s+)?(?:US\s?\$|USD|\$|RMB|CNY|¥|\d)))"
    r"(?:(?:about|around|nearly|some|just|only)\s+)?"
    # "exports in 2021 ($260.2 million) were …": the figure in brackets right after a period
    r"|\s*\(\s*(?:(?:about|around|nearly|some|just|only)\s+)?"
    # "the 2021 figure of $202.3 million", "the April total of $X": the figure the period's noun names
    r"|(?:(?<=figure)|(?<=figures)|(?<=level)|(?<=total)|(?:\s+(?:figure|level|total)s?))\s+of\s+"
    r"(?:(?:about|around|nearly|some|just|only)\s+)?"
    rf"|\s*,\s*when\s+[^,;:]{{0,40}}?\b(?:{_words(NEUTRAL_WORDS)}|{_words(DOWN_WORDS)}|{_words(UP_WORDS)})"
    r"(?:\s+(?:at|to))?\s+(?:(?:about|around|nearly|some|just|only)\s+)?",
    re.I,
)
#: A sentence that asks a question ("How much did China sell …?"); the next one answers it.
QUESTION_END = re.compile(r"\?[\s\"'’”)]*$")
#: An arrow from one figure to the next, as charts and posts write a change: "$21.4m → $11.8m".
ARROW_AFTER = re.compile(r"\s*(?:→|->|⟶|➝)\s*(?=\S)")
#: "from 57 percent in 2008 to 98 percent": "from" before the first figure, "to" before the second.
#: A sentence (or clause) that opens on the figure a move started from: "From $202 million in
#: September, …", "Up from $X in May, …", "Compared with $X in April, …".
LEADING_FROM = re.compile(
    r"(?:^|.*[;:—–]\s*)\W*(?:(?:up|down|rising|falling|climbing|sliding)\s+)?"
    r"(?:from|after|compared\s+(?:with|to)|against|versus)\s+(?:(?:about|around|nearly|some|just|only)\s+)?$",
    re.I | re.S,
)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|some|just|only)\s+)?$", re.I)
TO_NEXT = re.compile(
    r"(?:\s+(?:in|for|during)\s+[^,;]{1,25}?)?\s*,?\s+to\s+(?:(?:about|around|nearly|some|just|only|a\s+record)\s+)?",
    re.I,
)
#: A sentence whose subject is the figure before: "That's about 87 percent of ...", "This was".
#: A share's whole that is the part's owner's other flow: "what the North sold ... was a quarter
#: of what it bought" (the pronoun is the part's owner, so "bought" is its imports).
OWNER_PRONOUN_WHOLE = re.compile(r"\s*(?:of\s+)?what\s+(?:it|they|the\s+country)\b", re.I)
PRONOUN_PART = re.compile(
    rf"^\W*(?:(?:{DISCOURSE})\s*,?\s+)?(?:it|that|this)(?:['’]s\b|\s+(?:is|was|represents?|"
    r"represented|amounts?\s+to|amounted\s+to|made\s+up|makes\s+up|accounted\s+for|accounts\s+for)\b)",
    re.I,
)
#: Before a base figure, an adjective that dates it: "from a year-earlier $894 million".
EARLIER_ADJ_BEFORE = re.compile(
    r"\b(?P<unit>year|month)[- ](?:earlier|ago|before)\s+(?:(?:level|figure|total)\s+of\s+)?$", re.I
)
#: A share's whole that is its part's owner's trade with the world: "of its total exports".
ITS_WORLD_WHOLE = re.compile(
    r"\s*(?:its|their)\s+(?:(?:total|overall|global|worldwide|entire|foreign|external|overseas)\s+)+"
    r"(?P<flow>trade|exports|imports|commerce|turnover)\b(?!\s+(?:with|to|from|between)\b)",
    re.I,
)
#: A country's possessive right before a figure: "North Korea's $2.77 billion in trade".
OWNER_BEFORE_FIGURE = re.compile(
    r"(?P<country>\b[\w.’' -]{2,30}?['’]s?)\s+(?:(?:about|around|nearly|some|roughly|just)\s+)?$",
    re.I,
)
#: "..., 98 percent was with China": the partner of the part.
WITH_COUNTRY = re.compile(r"with\s+", re.I)
#: A period mention that carries its "of" ("of 2019"), and the fraction or multiple before it.
OF_PERIOD = re.compile(r"of\s", re.I)
FRACTION_BEFORE_OF_PERIOD = re.compile(
    # ("the first half of 2021", "the second quarter of 2021" are periods, not fractions)
    r"(?:%|\bpercent|\bper\s*cent|(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)"
    r"(?:\bhalf|\bquarters?)|\bthirds?|\bfifths?|\bsixths?|\beighths?|"
    r"\btenths?|\btimes|\bdouble|\btriple)"
    # "seven times the level of 2021", "half the figure of 2019"
    r"(?:\s+(?:the|its|their)\s+(?:level|figure|total|value|volume|amount)s?)?\s*$",
    re.I,
)
#: A share word before a percentage set off by commas, and the "of" after it.
SHARE_WORD_BEFORE = re.compile(
    r"\b(?:fraction|majority|bulk|share|portion|proportion|part)\s*,\s*(?:(?:at|or|some|about|"
    r"around|nearly|just|only)\s+)*$",
    re.I,
)
COMMA_OF = re.compile(r"^\s*,\s+of\s+(?P<rest>.{0,90})", re.I | re.S)
#: "X percent of" a pledge or target: a ratio to a promise, never a share.
COMMITTED = re.compile(r"\b(?:committed|pledged|promised|agreed|target)", re.I)
#: "X percent of last year's figure": a ratio to another period, never a share.
OTHER_PERIOD = re.compile(
    r"\b(?:last|previous|prior|preceding)\s+(?:month|year|quarter)['’]s\b|\b(?:level|figure)s?\b"
)


def country_code(match: re.Match[str]) -> str:
    """The ISO3 code (or ``WLD``) of a :data:`COUNTRY` match."""
    # each alternative is one named group, the outermost there is: it closes last
    name = match.lastgroup
    if name is None:  # pragma: no cover - every alternative is named
        name = next(k for k, v in match.groupdict().items() if v is not None)
    return name.split("__")[0]


def flow_of(match: re.Match[str]) -> str:
    """``total``, ``export``, ``import``, ``deficit``, ``surplus``, ``gap`` or ``shipment``."""
    return next(k for k, v in match.groupdict().items() if v is not None)


def pair_of(match: re.Match[str]) -> tuple[str, str]:
    """The (reporter, partner) of a :data:`PAIR_PHRASE` match."""
    a, b = next(k for k, v in match.groupdict().items() if v is not None).split("_")
    return a, b


def source_of(match: re.Match[str]) -> str:
    """The source name of a :data:`SOURCE` match."""
    return _SOURCE_NAMES[next(k for k, v in match.groupdict().items() if v is not None)]


# -- events a superlative can be anchored to ("the highest since the border closure") -----------
# Each key names a row of ``datasets/events.csv`` (the date and the source that states it). A key
# missing from that table is an event whose date the data do not hold: the claim stays
# unverifiable and says so. The more specific phrasings come first.
_COVID = r"(?:covid(?:-19)?|coronavirus|the\s+virus)"
EVENT_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "border_reopening",
        re.compile(
            r"\b(?:the\s+)?(?:(?:re-?opening|re-?opened)\s+(?:of\s+)?(?:its\s+|the\s+)?borders?|"
            r"borders?\s+(?:re-?opened|re-?opening|(?:was|were)\s+re-?opened)|"
            r"(?:north\s+korea|pyongyang|it)\s+re-?opened\s+(?:its\s+|the\s+)?borders?)\b",
            re.I,
        ),
    ),
    (
        "freight_trains_resumed",
        re.compile(
            r"\b(?:the\s+)?(?:resumption\s+of\s+(?:the\s+)?(?:cross-border\s+)?freight\s+(?:trains?|rail)|"
            r"(?:cross-border\s+)?freight\s+(?:trains?|rail)\s+(?:services?\s+)?(?:resumed|restarted))\b",
            re.I,
        ),
    ),
    (
        "border_closure",
        re.compile(
            rf"\b(?:the\s+|its\s+)?(?:(?:pandemic|{_COVID})[- ](?:induced\s+|related\s+|era\s+)?)?"
            r"(?:border\s+(?:closures?|shutdowns?|lockdowns?)|"
            r"borders?\s+(?:(?:was|were)\s+)?(?:closed|shut|sealed)|"
            r"closure\s+of\s+(?:its\s+|the\s+)?borders?)"
            r"|\b(?:north\s+korea|pyongyang|it)\s+(?:closed|shut|sealed)\s+(?:its\s+|the\s+)?borders?",
            re.I,
        ),
    ),
    (
        "nk_covid_outbreak",
        re.compile(
            rf"\b(?:north\s+korea['’]s|pyongyang['’]s)\s+(?:first\s+)?(?:{_COVID}\s+)?outbreak"
            rf"|\b(?:the\s+)?(?:first\s+)?{_COVID}\s+outbreak\s+in\s+(?:north\s+korea|the\s+north)\b",
            re.I,
        ),
    ),
    (
        "covid_outbreak",
        re.compile(
            rf"\b(?:the\s+)?(?:{_COVID}\s+)?pandemic(?:\s+(?:broke\s+out|began|started|hit|struck|erupted))?"
            rf"|\b(?:the\s+)?(?:outbreak|start|beginning|onset)\s+of\s+(?:the\s+)?"
            rf"(?:{_COVID}(?:\s+pandemic)?|pandemic)"
            rf"|\b(?:the\s+)?{_COVID}(?:\s+pandemic)?(?:\s+(?:broke\s+out|began|started|outbreak|"
            r"emerged|hit))?\b",
            re.I,
        ),
    ),
)

# "the lowest on record", "its highest ever": a superlative over the whole series, no "since".
RECORD_PLAIN = screened(
    re.compile(
        r"\b(?:(?:the|its|a|their)\s+)?(?P<word>highest|lowest|largest|smallest|biggest)\s+"
        r"(?:(?:monthly|annual|yearly|level|figure|tally|value|amount|total)\s+){0,2}"
        r"(?:on\s+record|ever(?:\s+recorded)?)\b(?!\s+(?:going|dating)\s+back)"
        # "the lowest monthly tally": a superlative whose scope the text leaves unstated
        r"|\b(?:the|its|their)\s+(?P<bare>highest|lowest)\s+(?:monthly|annual|yearly|quarterly)\s+"
        r"(?:level|figure|tally|value|amount|total|reading)\b"
        r"(?!\s+(?:since|on\s+record|ever|in\s+\w+\s+years|for\s+\w+\s+years|going|dating))",
        re.I,
    )
)

__all__ += ["EVENT_PHRASES", "RECORD_PLAIN", "event_after"]


def event_after(text: str, pos: int) -> tuple[str, int] | None:
    """The event named right after "since" at ``pos`` ("since the border closure"): its key in
    :data:`EVENT_PHRASES` and the position where its phrase ends, or None."""
    head = text[pos : pos + 90]
    lead = len(head) - len(head.lstrip())
    for key, pattern in EVENT_PHRASES:
        found = pattern.match(head, lead)
        if found is not None:
            return key, pos + found.end()
    return None


# A streak that the sentence's own change ended: "ending four consecutive months of gains",
# "snapping a three-month run". The run ends the month before the sentence's period.
STREAK_ENDED = re.compile(
    r"\b(?:end(?:ing|ed|s)?|snap(?:ping|ped|s)?|break(?:ing|s)?|broke|halt(?:ing|ed|s)?|"
    r"stop(?:ping|ped|s)?|interrupt(?:ing|ed|s)?)\b[^.;]{0,30}$",
    re.I,
)
# What the run was made of, said after it: "four consecutive months of steady gains".
STREAK_OF = re.compile(
    r"\s+of\s+(?:\w+\s+)?(?:(?P<up>gains?|growth|increases?|rises?|expansion)|"
    r"(?P<down>declines?|falls?|decreases?|drops?|contraction|losses))\b",
    re.I,
)

__all__ += ["STREAK_ENDED", "STREAK_OF"]
