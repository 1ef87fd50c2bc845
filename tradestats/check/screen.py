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

__all__ = ["ScreenGroup", "Screened", "fold", "normalise", "required_literals", "screened"]

_C = _sre_constants
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}


#: Letters that case-insensitive matching equates with an ASCII letter although ``str.lower``
#: does not (the long s, the dotless i); the Kelvin sign and the dotted capital I lower-case
#: to ASCII already. ``tests/test_check_screen.py`` checks this against every code point.
_FOLD = {0x017F: "s", 0x0131: "i"}


def fold(text: str) -> str:
    """Lower-cased, with the letters case-insensitive matching equates with ASCII folded."""
    low = text.lower()
    if low.isascii() or not any(chr(c) in low for c in _FOLD):
        return low
    return low.translate(_FOLD)


def normalise(text: str) -> str:
    """The text as the screens compare it: lower-cased, case-insensitive equivalents folded,
    every run of whitespace one space, and a space at each end (so a pattern's ``\\s+`` is one
    space in a screen's strings: "total trade" is screened as one string)."""
    return " " + " ".join(fold(text).split()) + " "


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


#: A screen: alternatives, each a set of strings that must all be in the text. A match of the
#: pattern holds every string of at least one alternative.
Screen = frozenset[frozenset[str]]
_TRUE: Screen = frozenset({frozenset()})  # requires nothing

#: Bounds that keep a screen small: alternatives per screen, strings per alternative.
_MAX_ALTERNATIVES = 96
_MAX_STRINGS = 3


def _and(left: Screen, right: Screen) -> Screen | None:
    """Both screens (None when the product would be too big: the caller keeps one of them)."""
    if len(left) * len(right) > _MAX_ALTERNATIVES:
        return None
    return _simplest(frozenset(a | b for a in left for b in right))


def _simplest(screen: Screen) -> Screen:
    """Drop alternatives that hold another one (it is met whenever they are), and cut each to
    its longest strings (fewer required strings only ever admit more texts)."""
    cut = {frozenset(sorted(a, key=len, reverse=True)[:_MAX_STRINGS]) for a in screen}
    return frozenset(a for a in cut if not any(o < a for o in cut))


def _implies(a: frozenset[str], o: frozenset[str]) -> bool:
    """A text holding every string of ``a`` holds every string of ``o``."""
    return all(any(x in y for y in a) for x in o)


def _strength(screen: Screen) -> tuple[int, int]:
    """How well a screen screens: fewer alternatives, longer strings."""
    return (-len(screen), min((max(map(len, a), default=0) for a in screen), default=0))


_SPACE = [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_SPACE)])]


def _chars(op: object, av: object) -> list[str] | None:
    """The few characters a literal or a small class matches, as the screened text has them
    (whitespace as one space); None for anything else. ``\\s+`` is one space too."""
    if op in _REPEATS and av[0] >= 1 and list(av[2]) == _SPACE:  # type: ignore[index]
        return [" "]
    if op is _C.LITERAL:
        ch = chr(av)  # type: ignore[arg-type]
        return [" " if ch.isspace() else ch] if _plain(ch) else None
    if op is not _C.IN:
        return None
    if list(av) == _SPACE[0][1]:  # type: ignore[arg-type]
        return [" "]
    out: list[str] = []
    for o, a in av:  # type: ignore[union-attr]
        if o is _C.LITERAL:
            out.append(" " if chr(a).isspace() else chr(a))
        elif o is _C.RANGE and a[1] - a[0] < 10:
            out += [chr(c) for c in range(a[0], a[1] + 1)]
        else:
            return None
    return out if len(out) <= 10 and all(map(_plain, out)) else None


#: The most strings a run of literals and small classes may spell before it is cut.
_MAX_SPELLINGS = 16


def _required(items: list[tuple[object, object]]) -> Screen:
    """The screen of a sequence of parsed pattern items."""
    parts: list[Screen] = []
    run: set[str] = {""}  # the strings the literals and small classes since the last break spell

    def flush() -> None:
        if run != {""} and all(r.strip() for r in run):
            parts.append(frozenset(frozenset({fold(r)}) for r in run))
        run.clear()
        run.add("")

    for op, av in items:
        chars = _chars(op, av)
        if chars is not None:
            if len(run) * len(set(chars)) > _MAX_SPELLINGS:
                flush()
            # (a space after a space is the same run of whitespace in the screened text)
            spelled = {r if c == " " and r.endswith(" ") else r + c for r in run for c in chars}
            run.clear()
            run.update(spelled)
            continue
        flush()
        if op is _C.SUBPATTERN:
            parts.append(_required(list(av[-1])))  # type: ignore[index]
        elif op is _C.BRANCH:
            alternatives = [_required(list(alt)) for alt in av[1]]  # type: ignore[index]
            if _TRUE not in alternatives:
                union = frozenset().union(*alternatives)
                if len(union) > _MAX_ALTERNATIVES:
                    # too many: each alternative by its longest string alone
                    union = frozenset(frozenset({max(a, key=len)}) for a in union)
                parts.append(_simplest(union))
        elif op in _REPEATS:
            low, _, body = av  # type: ignore[misc]
            if low >= 1:
                parts.append(_required(list(body)))
        elif op is _C.ASSERT and av[0] == 1:  # type: ignore[index]
            parts.append(_required(list(av[1])))  # type: ignore[index]
    flush()
    screen = _TRUE
    for part in sorted((p for p in parts if p != _TRUE), key=_strength, reverse=True):
        both = _and(screen, part)
        if both is not None:
            screen = both
    return screen


def required_literals(pattern: re.Pattern[str]) -> Screen | None:
    """The screen of a compiled pattern: alternatives of lowercase strings, every string of one
    alternative held by each match; None when the pattern requires no literal (it is then
    always run)."""
    screen = _required(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    if screen == _TRUE:
        return None
    # an alternative that implies another (its strings hold the other's: "exported", "export")
    # adds nothing; of two that imply each other the first in order stays
    order = sorted(screen, key=lambda a: (len(a), sorted(a)))
    kept: list[frozenset[str]] = []
    for a in order:
        if not any(_implies(a, o) for o in kept):
            kept = [o for o in kept if not _implies(o, a)] + [a]
    return frozenset(kept)


class _Test:
    """A screen made quick to test: the alternatives of one string, and the others filed under
    their longest string (an alternative can be met only when that one is there)."""

    __slots__ = ("by_longest", "singles")

    def __init__(self, screen: Screen) -> None:
        self.singles = frozenset(next(iter(a)) for a in screen if len(a) == 1)
        by_longest: dict[str, list[frozenset[str]]] = {}
        for a in screen:
            if len(a) > 1:
                by_longest.setdefault(max(sorted(a), key=len), []).append(a)
        self.by_longest = by_longest


def _strings(screen: Screen | None) -> frozenset[str]:
    return frozenset() if screen is None else frozenset().union(*screen)


class Screened:
    """A compiled pattern that is not run on a text holding none of its required literals.

    ``search``, ``match``, ``fullmatch``, ``finditer`` and ``findall`` behave as the pattern's
    own (with ``pos``/``endpos`` too: a text that cannot match cannot match in any window of
    it); every other attribute is the pattern's. The last text screened is remembered, so the
    many windowed calls the clause rules make on one sentence screen it once.
    """

    __slots__ = ("_keys", "_last", "_last_ok", "_test", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._keys = required_literals(regex)
        self._test = None if self._keys is None else _Test(self._keys)
        self._last: str | None = None
        self._last_ok = True

    @property
    def keys(self) -> Screen | None:
        """The screen (None: the pattern is always run)."""
        return self._keys

    def possible(self, text: str) -> bool:
        """False when ``text`` cannot hold a match."""
        if self._test is None:
            return True
        if text is not self._last:
            low = _normalised(text)
            test = self._test
            ok = any(k in low for k in test.singles) or any(
                k in low and any(all(x in low for x in a) for a in alternatives)
                for k, alternatives in test.by_longest.items()
            )
            self._last, self._last_ok = text, ok
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
    :mod:`.dates`): the literals of all their screens are looked for once per text, and the
    alternatives are filed under their longest string, so only those whose longest string the
    text holds are tested."""

    def __init__(
        self, regexes: list[re.Pattern[str]], given: dict[int, Screen] | None = None
    ) -> None:
        """``given``: a further screen of a pattern (by index), known from what its matches
        must be to count; the pattern is run only when both screens are met."""
        self.screens = [Screened(r) for r in regexes]
        # (pattern, screen) pairs: a pattern runs when every one of its screens is met
        pairs = [(i, s.keys) for i, s in enumerate(self.screens) if s.keys is not None]
        pairs += list((given or {}).items())
        self._owner = [i for i, _ in pairs]
        self._needed = [0] * len(self.screens)
        for i in self._owner:
            self._needed[i] += 1
        self._keys = sorted(frozenset().union(*(_strings(screen) for _, screen in pairs)))
        self._filed: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for j, (_, screen) in enumerate(pairs):
            for alt in screen:
                self._filed.setdefault(max(sorted(alt), key=len), []).append((j, alt))

    def candidates(self, text: str) -> list[bool]:
        """For each pattern, whether ``text`` may hold a match of it."""
        low = _normalised(text)
        present = {k for k in self._keys if k in low}
        met: set[int] = set()
        filed = self._filed
        for k in present:
            for j, alt in filed.get(k, ()):
                if j not in met and alt <= present:
                    met.add(j)
        left = list(self._needed)
        for j in met:
            left[self._owner[j]] -= 1
        return [n == 0 for n in left]
