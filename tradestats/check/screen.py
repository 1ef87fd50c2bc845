"""Literal screens: a pattern is not run on a text that cannot match it.

Python's regular-expression engine tries a case-insensitive alternation at every position of a
text, so scanning every sentence of a long article with the vocabulary's big patterns (flow
words, sources, review marks, period expressions) cost most of the checker's time, although
most sentences hold none of their words. A pattern's *screen* is a set of lowercase strings at
least one of which every match contains, read off the pattern's parse tree: a text holding none
of them cannot match, and the scan is skipped. A substring test runs at memory speed.

The screen is exact by construction (it only ever skips texts that cannot match): a literal is
taken only where the pattern requires it — never inside an optional part, a negative look-around
or a repeat that may occur zero times — and both the literals and the text are compared after
lower-casing and folding the letters Python's case-insensitive matching treats as equal ("ſ" and
"s", "ı" and "i"). ``tests/test_check_screen.py`` checks it against the unscreened patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # Python 3.11+
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["ScreenGroup", "Screened", "required_literals", "screened"]

_C = _sre_constants
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}


#: Letters that case-insensitive matching equates with an ASCII letter although ``str.lower``
#: does not (the long s, the dotless i); the Kelvin sign and the dotted capital I lower-case
#: to ASCII already. ``tests/test_check_screen.py`` checks this against every code point.
_FOLD = {0x017F: "s", 0x0131: "i"}


def normalise(text: str) -> str:
    """The text as the screens compare it: lower-cased, with case-insensitive equivalents folded."""
    low = text.lower()
    return low if low.isascii() else low.translate(_FOLD)


# The last text normalised: every screen reads the same sentence in turn.
_LAST: list[str] = ["", ""]


def _normalised(text: str) -> str:
    if text is not _LAST[0]:
        _LAST[0], _LAST[1] = text, normalise(text)
    return _LAST[1]


def _plain(ch: str) -> bool:
    """A literal the screen may use: ASCII, or a character without case (a dash, a quote mark).
    Cased non-ASCII letters have case-insensitive equivalents ``str.lower`` does not give."""
    return ch.isascii() or ch.lower() == ch.upper()


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets of which each must be met, the one that screens best: longest shortest
    string, then fewest strings."""
    usable = [c for c in candidates if c and all(c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _required(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """A set of strings one of which every match of the sequence ``items`` contains."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({normalise("".join(run))}))
            run.clear()

    for op, av in items:
        if op is _C.LITERAL and _plain(chr(av)):  # type: ignore[arg-type]
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        flush()
        if op is _C.SUBPATTERN:
            found = _required(list(av[-1]))  # type: ignore[index]
        elif op is _C.BRANCH:
            alternatives = [_required(list(alt)) for alt in av[1]]  # type: ignore[index]
            found = (
                None if any(a is None for a in alternatives) else frozenset().union(*alternatives)  # type: ignore[arg-type]
            )
        elif op in _REPEATS:
            low, _, body = av  # type: ignore[misc]
            found = _required(list(body)) if low >= 1 else None
        elif op is _C.ASSERT and av[0] == 1:  # type: ignore[index]
            found = _required(list(av[1]))  # type: ignore[index]
        elif (
            op is _C.IN
            and len(av) <= 4  # type: ignore[arg-type]
            and all(o is _C.LITERAL and _plain(chr(a)) for o, a in av)  # type: ignore[union-attr]
        ):
            found = frozenset(normalise(chr(a)) for _, a in av)  # type: ignore[union-attr]
        else:
            found = None
        if found is not None:
            candidates.append(found)
    flush()
    return _best(candidates)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The screen of a compiled pattern: lowercase strings of which every match holds one, or
    None when the pattern requires no literal (it is then always run)."""
    keys = _required(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    # a string that contains another screens no better than it
    if keys is not None:
        keys = frozenset(k for k in keys if not any(o != k and o in k for o in keys))
    return keys


class Screened:
    """A compiled pattern that is not run on a text holding none of its required literals.

    ``search``, ``match``, ``fullmatch``, ``finditer`` and ``findall`` behave as the pattern's
    own (with ``pos``/``endpos`` too: a text that cannot match cannot match in any window of
    it); every other attribute is the pattern's. The last text screened is remembered, so the
    many windowed calls the clause rules make on one sentence screen it once.
    """

    __slots__ = ("_keys", "_last", "_last_ok", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._keys = required_literals(regex)
        self._last: str | None = None
        self._last_ok = True

    @property
    def keys(self) -> frozenset[str] | None:
        """The literals screened for (None: the pattern is always run)."""
        return self._keys

    def possible(self, text: str) -> bool:
        """False when ``text`` cannot hold a match."""
        if self._keys is None:
            return True
        if text is not self._last:
            low = _normalised(text)
            self._last, self._last_ok = text, any(k in low for k in self._keys)
        return self._last_ok

    def search(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos) if self.possible(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos) if self.possible(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos) if self.possible(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, endpos) if self.possible(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> list[object]:
        return self.regex.findall(text, pos, endpos) if self.possible(text) else []

    def __getattr__(self, name: str) -> object:
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"screened({self.regex!r})"


def screened(regex: re.Pattern[str]) -> Screened:
    """``regex`` behind its literal screen (see :class:`Screened`)."""
    return Screened(regex)


class ScreenGroup:
    """Several patterns read in turn over the same texts (the period expressions of
    :mod:`.dates`): the literals of all their screens are looked for once per text, and each
    pattern is then screened by a set test instead of its own scan."""

    def __init__(self, regexes: list[re.Pattern[str]]) -> None:
        self.screens = [Screened(r) for r in regexes]
        self._sets = [s.keys for s in self.screens]
        self._keys = sorted(set().union(*(k for k in self._sets if k is not None)))

    def candidates(self, text: str) -> list[bool]:
        """For each pattern, whether ``text`` may hold a match of it."""
        low = _normalised(text)
        present = {k for k in self._keys if k in low}
        return [keys is None or not keys.isdisjoint(present) for keys in self._sets]
