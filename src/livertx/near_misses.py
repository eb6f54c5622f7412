"""The one rule for what a word typed is a near miss of: a name, a stage or a word of the page.

A suggestion must be a slip of what was typed, never a different thing that looks alike: a
person who typed "chemotherapy" must not be offered "cryotherapy" as if it were the same. So a
known word is a near miss of a typed one when either
  - the typed word is the start of it, and at least three letters long ("chemo", "recur"); or
  - it is at most a few slips of the keyboard away: letters left out, added, changed or two
    swapped (Damerau-Levenshtein, the optimal-string-alignment kind), at most 1 for a typed
    word of 3 to 5 letters, 2 for a longer one, none for a shorter one; and its first letter
    is the typed word's (a slip is rarely there, and "tare" must not become "are").
Near misses are ranked by their number of slips (a start counts as none), then by the order they
were given in. Names, stages (livertx.knowledge.names) and search (livertx.answers.search) all
read this rule; nothing else here, so every path can import it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Iterable

SHORTEST_START = 3  # "ch" starts too many words to mean one


def slips_allowed(typed: str) -> int:
    """How many slips a typed word may hold and still be a near miss."""
    if len(typed) < 3:
        return 0
    return 1 if len(typed) <= 5 else 2


def slips(typed: str, known: str, most: int) -> int:
    """The slips between two words (left out, added, changed, two swapped), or most + 1 when
    there are more than `most`."""
    if abs(len(typed) - len(known)) > most:
        return most + 1
    before: list[int] = []
    previous = list(range(len(known) + 1))
    for i, letter in enumerate(typed, 1):
        current = [i] + [0] * len(known)
        for j, other in enumerate(known, 1):
            current[j] = min(
                previous[j] + 1,  # a letter added
                current[j - 1] + 1,  # a letter left out
                previous[j - 1] + (letter != other),  # a letter changed
            )
            if i > 1 and j > 1 and letter == known[j - 2] and typed[i - 2] == other:
                current[j] = min(current[j], before[j - 2] + 1)  # two letters swapped
        if min(current) > most:
            return most + 1
        before, previous = previous, current
    return previous[-1]


def miss(typed: str, known: str) -> int | None:
    """How far `known` is from `typed` as a near miss (0 for a start), or None when it is not
    one. Both are compared as given: fold them first (livertx.text_folding)."""
    if not typed or typed == known:
        return None
    if len(typed) >= SHORTEST_START and known.startswith(typed):
        return 0
    if known[:1] != typed[:1]:
        return None
    most = slips_allowed(typed)
    found = slips(typed, known, most)
    return found if found <= most else None


def near_misses(typed: str, known: Iterable[str], most: int = 5) -> list[str]:
    """The known words that are near misses of `typed`, nearest first, at most `most`."""
    ranked = []
    for order, word in enumerate(dict.fromkeys(known)):
        distance = miss(typed, word)
        if distance is not None:
            ranked.append((distance, order, word))
    return [word for _, _, word in sorted(ranked)[:most]]
