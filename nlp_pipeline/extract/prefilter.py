"""Pre-tests for regexes that are slow to fail: the characters of which every match holds one.

Python's re tries a pattern that opens with optional parts (calendar_re: `(到|至)?(…年)?…月`) at
every position of a sentence before it gives up, and most sentences hold no deadline at all. Such
a pattern still needs certain characters (calendar_re needs 月, its months and 本月/当月/下月 alike):
when the text has none of them, one scan of a character class proves that the pattern cannot match
anywhere, and the pattern need not run. A pattern needs several such classes at once (days_within_re:
a digit, one of 日/天, and 内): a common one (内 of 辖区内) lets most sentences through, so each class the
pattern needs is tested, the narrowest first, and the pattern runs only on a text that holds them all.
"""

from __future__ import annotations

import re
import sys

# the standard library's own pattern reader (moved into re in 3.11; the old modules then warn)
if sys.version_info >= (3, 11):
    from re import _constants as sre
    from re import _parser as sre_parser
else:
    import sre_constants as sre
    import sre_parse as sre_parser

REPEATS = tuple(
    getattr(sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, name)
)  # POSSESSIVE_REPEAT: Python 3.11+
ATOMIC_GROUP = getattr(sre, "ATOMIC_GROUP", None)  # Python 3.11+
CLASS_LIMIT = 32  # a wider range ([\u4e00-\u9fff]) makes no useful pre-test
GUARD_LIMIT = 3  # classes tested per pattern: past the third a text that holds them all is matched anyway
Options = list[frozenset[str]]  # sets of characters, each of which every match holds one of


def guards(pattern: re.Pattern) -> tuple[re.Pattern, ...]:
    """Character classes that every text `pattern` matches in holds one character of each, the
    narrowest first (at most GUARD_LIMIT); none when the pattern needs no particular character."""
    return _classes(needed_sets(pattern))


def _classes(sets: list[frozenset[str]]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]") for chars in sets)


def needed_sets(pattern: re.Pattern) -> list[frozenset[str]]:
    """`guards` as sets of characters."""
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    options = [] if parsed.state.flags & re.IGNORECASE else _options(parsed)
    distinct = sorted(dict.fromkeys(options), key=len)  # ties in the pattern's order: its first is the old guard
    return distinct[:GUARD_LIMIT]


def _options(sequence) -> Options:
    """A sequence matches only where each of its items does: what any item needs, the sequence needs."""
    return [chars for op, argument in sequence for chars in _options_of(op, argument)]


def _options_of(op, argument) -> Options:
    if op is sre.LITERAL:
        return [frozenset(chr(argument))]
    if op is sre.IN:
        chars = _class_chars(argument)
        return [chars] if chars else []
    if op is sre.SUBPATTERN:  # (group, flags added, flags removed, items)
        return [] if argument[1] & re.IGNORECASE else _options(argument[3])
    if op is ATOMIC_GROUP:
        return _options(argument)
    if op is sre.BRANCH:
        return _branch_options(argument[1])
    if op in REPEATS:
        low, _, item = argument
        return _options(item) if low >= 1 else []
    return []  # anchors and lookarounds consume nothing; ., \s, [^…] need no particular character


def _branch_options(branches) -> Options:
    """One of the branches matches: unions that take one class of what each branch needs (the
    narrowest of each, then the next narrowest, … GUARD_LIMIT of them: whichever branch matches holds
    a character of each union), and any character that every branch needs on its own (本月|当月|下月
    all need 月)."""
    per_branch = [sorted(_options(branch), key=len) for branch in branches]
    if not all(per_branch):
        return []
    unions = [
        frozenset().union(*(options[min(k, len(options) - 1)] for options in per_branch)) for k in range(GUARD_LIMIT)
    ]
    shared = set.intersection(*({next(iter(chars)) for chars in options if len(chars) == 1} for options in per_branch))
    return unions + [frozenset(char) for char in sorted(shared)]


def _class_chars(items) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, argument in items:
        if op is sre.LITERAL:
            chars.add(chr(argument))
        elif op is sre.RANGE and argument[1] - argument[0] < CLASS_LIMIT:
            chars.update(map(chr, range(argument[0], argument[1] + 1)))
        else:  # NEGATE, categories, wide ranges
            return None
    return frozenset(chars)


class Guarded:
    """A compiled pattern that tests for the characters it needs before it searches."""

    __slots__ = ("pattern", "needed")

    def __init__(self, pattern: re.Pattern, needed: list[frozenset[str]] | None = None) -> None:
        """`needed`: the pattern's `needed_sets`, when the caller has them already."""
        self.pattern = pattern
        self.needed = _classes(needed_sets(pattern) if needed is None else needed)

    def could_match(self, text: str) -> bool:
        """False when `text` lacks every character of one class the pattern needs: no match anywhere."""
        for needed in self.needed:
            if needed.search(text) is None:
                return False
        return True

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if self.could_match(text) else None

    def finditer(self, text: str):
        # could_match written out: the deadline finder calls this some 50 times a sentence
        for needed in self.needed:
            if needed.search(text) is None:
                return ()
        return self.pattern.finditer(text)


class GuardedFamily:
    """Patterns asked of the same sentence, pre-tested together: one pass over the sentence finds
    which of the characters they need it holds (a bit for each class some pattern needs), and that
    says which patterns can match in it (`live`: a bit for each pattern). The deadline finder asks
    some 50 patterns of every sentence and all but a few fail their pre-test: a test per pattern cost
    more than the patterns that ran, and a finder none of whose patterns is live need not be called.
    A pattern asked alone of a text (`alone`) keeps its own pre-test: one pass for all would cost more."""

    __slots__ = ("patterns", "alone", "_index", "_needs", "_bits", "_any_needed")

    def __init__(self, patterns: dict[str, re.Pattern]) -> None:
        self.patterns = patterns
        self.alone: dict[str, Guarded] = {}
        self._index = {key: index for index, key in enumerate(patterns)}  # a pattern's bit in `live`
        bit_of: dict[frozenset[str], int] = {}
        self._needs: list[int] = []  # each pattern's classes as bits; 0: it needs nothing and always runs
        for key, pattern in patterns.items():
            sets = needed_sets(pattern)
            self.alone[key] = Guarded(pattern, sets)
            need = 0
            for chars in sets:
                need |= bit_of.setdefault(chars, 1 << len(bit_of))
            self._needs.append(need)
        self._bits: dict[str, int] = {}  # a character's bits: the classes that hold it
        for chars, bit in bit_of.items():
            for char in chars:
                self._bits[char] = self._bits.get(char, 0) | bit
        self._any_needed = re.compile("[" + "".join(map(re.escape, sorted(self._bits))) + "]")

    def live(self, text: str) -> int:
        """A bit for each pattern (`mask`) whose every needed class `text` holds a character of."""
        held = 0
        for char in set(self._any_needed.findall(text)):
            held |= self._bits[char]
        live = 0
        for index, need in enumerate(self._needs):
            if held & need == need:
                live |= 1 << index
        return live

    def mask(self, keys: tuple[str, ...]) -> int:
        """The bits of `keys`' patterns in `live`."""
        mask = 0
        for key in keys:
            mask |= 1 << self._index[key]
        return mask

    def finditer(self, key: str, text: str, live: int):
        """The matches of pattern `key` in `text`, whose live patterns are `live`."""
        return self.patterns[key].finditer(text) if live >> self._index[key] & 1 else ()


class OpeningOrAnywhere:
    """A list of words asked only whether a text holds one of them (task_cues.toml exclude_sentence). Its
    words anchored at the text's start (^…) can match there alone, so they are matched once at the start
    instead of being tried, and failing, at every position of a search for the whole list; the others are
    searched for behind their pre-test."""

    __slots__ = ("opening", "anywhere")

    def __init__(self, words: list[str]) -> None:
        opening = [word for word in words if _anchored(word)]
        anywhere = [word for word in words if not _anchored(word)]
        self.opening = re.compile("|".join(f"(?:{word})" for word in opening)) if opening else None
        self.anywhere = Guarded(re.compile("|".join(f"(?:{word})" for word in anywhere))) if anywhere else None

    def found_in(self, text: str) -> bool:
        return bool(
            (self.opening is not None and self.opening.match(text))
            or (self.anywhere is not None and self.anywhere.search(text))
        )


def _anchored(word: str) -> bool:
    """Every match of `word` starts at the text's start: it opens with ^, not one branch of several (a
    list joined by | takes no multi-line flag, which must open a whole pattern)."""
    parsed = sre_parser.parse(word)
    return len(parsed) > 0 and parsed[0] == (sre.AT, sre.AT_BEGINNING)
