"""The page's names of one kind of record (name, abbreviations, "also called" names, initials,
combinations), indexed for the two questions livertx.knowledge.added_words asks of a word: what
the page's own names find by it, and which one record `livertx show` or `stage` would open for
it. Pure."""

from __future__ import annotations

from bisect import bisect_left

from livertx.near_misses import SHORTEST_START, miss, slips_allowed
from livertx.text_folding import name_key, name_words

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    # (a page name's text, the id it names, the id of its family: its treatment type or group)
    PageName = tuple[str, str, str]

# What an entry is called, for the resolver's rule that a type found with its own methods is
# the type (a stage's parts are no such thing).
ENTRY = "an entry"
# The fewest letters two words share at their start to be read as one word's forms
# ("metastases", "metastatic"; "recurrence", "recurrent").
STEM = 6


class PageNames:
    """The page's names of one kind of record (name, abbreviations, "also called" names,
    initials), indexed for what an added word is looked up by: exactly; else by a whole word or
    the start of a name (as livertx.knowledge.names resolves); else, for one word, as a near
    miss (livertx.near_misses), or as another form of a word of a name (its stem). Indexed
    so that W words against N names cost about W + N, not W times N: every load runs it."""

    __slots__ = (
        "_buckets",
        "_exact",
        "_keys",
        "_known",
        "_known_ids",
        "_resolved",
        "_stems",
        "_words",
        "families",
    )

    def __init__(self, names: list[PageName]) -> None:
        self.families: dict[str, str] = {}
        self._exact: dict[str, set[str]] = {}  # a name's key
        self._words: dict[str, set[str]] = {}  # each word of a name
        self._stems: dict[str, set[str]] = {}  # the start of each long word of a name
        self._known_ids: dict[str, set[str]] = {}  # a name's key and each of its words
        # What `resolved` gave each word: the checks ask it of each word of every added name,
        # and words repeat ("liver", "therapy"). Nothing above changes once made, so neither can it.
        self._resolved: dict[tuple[str, str, str | None], str | None] = {}
        for text, identifier, family in names:
            self.families[identifier] = family
            key, words = name_key(text), name_words(text)
            self._exact.setdefault(key, set()).add(identifier)
            for known in (key, *words):
                self._known_ids.setdefault(known, set()).add(identifier)
            for word in words:
                self._words.setdefault(word, set()).add(identifier)
                if len(word) >= STEM:
                    self._stems.setdefault(word[:STEM], set()).add(identifier)
        self._keys = sorted(self._exact)
        self._known = sorted(self._known_ids)
        # A near miss keeps the first letter and is at most two letters longer or shorter.
        self._buckets: dict[tuple[str, int], list[str]] = {}
        for known in self._known:
            self._buckets.setdefault((known[:1], len(known)), []).append(known)

    def resolved(self, word: str, what: str, also: str | None = None) -> str | None:
        """The one record `livertx show` or `stage` opens for a word by a whole word or the
        start of a name (livertx.knowledge.names.resolve), `also` found by it too; None when
        several are, or an exact name, which nothing added changes."""
        asked = (word, what, also)
        if asked not in self._resolved:
            self._resolved[asked] = self._resolve(word, what, also)
        return self._resolved[asked]

    def _resolve(self, word: str, what: str, also: str | None) -> str | None:
        key = name_key(word)
        if not key or key in self._exact:
            return None
        found = set(self._words.get(key, ()))
        if len(key) >= SHORTEST_START:
            found |= _starting(self._keys, key, self._exact)
        if not found:
            return None
        found |= {also} if also else set()
        return one_meant(found, self.families, what)

    def found(self, word: str) -> set[str]:
        """The ids the page's names find for a word."""
        key = name_key(word)
        if not key:
            return set()
        if key in self._exact:
            return set(self._exact[key])
        loose = set(self._words.get(key, ()))
        if len(key) >= SHORTEST_START:
            loose |= _starting(self._keys, key, self._exact)
        # A near miss or another form is of one word ("metastases"), as a name's typed slip is.
        if loose or len(name_words(word)) > 1:
            return loose
        near = _starting(self._known, key, self._known_ids) if len(key) >= SHORTEST_START else set()
        most = slips_allowed(key)
        for length in range(len(key) - most, len(key) + most + 1):
            for known in self._buckets.get((key[:1], length), ()):
                if miss(key, known) is not None:
                    near |= self._known_ids[known]
        if near or len(key) < STEM:
            return near
        return set(self._stems.get(key[:STEM], ()))


def _starting(ordered: list[str], start: str, ids: dict[str, set[str]]) -> set[str]:
    """The ids of every string of `ordered` (sorted) that begins with `start`."""
    found: set[str] = set()
    for known in ordered[bisect_left(ordered, start) :]:
        if not known.startswith(start):
            break
        found |= ids[known]
    return found


def one_meant(found: set[str], families: dict[str, str], what: str) -> str | None:
    """The one record of those found, or the treatment type they are with its own methods or
    drugs (for entries); None when several are meant."""
    if len(found) == 1:
        return next(iter(found))
    types = {families.get(identifier, identifier) for identifier in found}
    if what == ENTRY and len(found) > 1 and len(types) == 1 and types <= found:
        return next(iter(types))
    return None
