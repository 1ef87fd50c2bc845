"""Internal consistency: the claims of one text checked against each other, without data.

Parts against totals (exports + imports = total trade) and a balance against its parts
(exports − imports), for claims about the same pair and period, with the same interval
arithmetic as the data checks.
"""

from __future__ import annotations

from collections import defaultdict

from ..formatting import format_usd
from ..rounding import Interval
from .claims import Claim
from .intervals import claim_interval

__all__ = ["internal_inconsistencies"]


def _iv(iv: Interval) -> str:
    return f"[{format_usd(iv.lo, scale='unit')}, {format_usd(iv.hi, scale='unit')}]"


def internal_inconsistencies(claims: list[Claim]) -> dict[int, str]:
    """Notes on claims that disagree with other figures of the same text.

    Returns
    -------
    dict
        Claim index → a sentence explaining the inconsistency.
    """
    groups: dict[tuple[object, ...], dict[str, int]] = defaultdict(dict)
    for i, c in enumerate(claims):
        if (
            c.kind in ("level", "balance")
            and c.quantity is not None
            and not c.converted
            and c.period is not None
        ):
            key = (c.reporter, c.partner, str(c.period), c.currency or "USD")
            flow = "balance" if c.kind == "balance" else c.flow
            if flow is not None:
                groups[key].setdefault(flow, i)
    notes: dict[int, str] = {}
    for members in groups.values():
        ivs = {f: claim_interval(claims[i], "strict") for f, i in members.items()}
        x, m = ivs.get("export"), ivs.get("import")
        if x is None or m is None:
            continue
        t = ivs.get("total")
        if t is not None and not t.meets(x + m):
            notes[members["total"]] = (
                f"internal: the text's exports + imports give {_iv(x + m)}, which does not meet its "
                f"total {_iv(t)}"
            )
        b = ivs.get("balance")
        if b is not None and claims[members["balance"]].unsigned_gap:
            # "a gap of $X": its size only, so either side's surplus meets it
            b = b if b.meets(x - m) else Interval(-b.hi, -b.lo)
        if b is not None and not b.meets(x - m):
            notes[members["balance"]] = (
                f"internal: the text's exports − imports give {_iv(x - m)}, which does not meet its "
                f"balance {_iv(b)}"
            )
    return notes
