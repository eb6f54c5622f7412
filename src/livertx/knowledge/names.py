"""Names, and the one resolver: how a word typed at the prompt finds an entry or a stage.

An index maps each name's key to [the id it names, the text to suggest for it]; the loader
builds it (livertx.knowledge.lookup), the shipped answers carry it, and `resolve` reads it, so
`show`, `stage`, `compare` and completion all find things the same way. Names are compared
as livertx.text_folding folds them. No imports beyond that, livertx.errors and the standard
library's, so that every path can use it.
"""

from __future__ import annotations

import re
from itertools import permutations

from livertx.errors import NotFound, shown
from livertx.text_folding import name_key, name_words

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Iterable

    NameIndex = dict[str, list[str]]

# Besides its id and name, the fields whose words an entry (or a stage) answers to, in the order
# they are tried. The loader checks that no two entries claim one; lookup resolves through them.
ENTRY_NAME_FIELDS = ("search_terms", "abbreviations", "also_called")
STAGE_NAME_FIELDS = ("aliases",)

ENTRY_WHAT = "treatment, method, drug or combination"
STAGE_WHAT = "stage"
MAX_SUGGESTIONS = 5
MAX_CANDIDATES = 8


def build_index(names: Iterable[tuple[str, str, str, str]]) -> NameIndex:
    """The index of (name, id it names, text to suggest, the id of its family: the treatment
    type it belongs to, itself for a type); the first claim of a name wins (the loader refuses
    files where two entries claim one). Each key keeps [id, suggested text, name, family]."""
    index: NameIndex = {}
    for name, owner, suggested, family in names:
        key = name_key(name)
        if key:
            index.setdefault(key, [owner, suggested, name, family])
    return index


def find(index: NameIndex, query: str) -> str | None:
    """The id a name stands for exactly, or None. Drugs given together may be named in any
    order ("bevacizumab+atezolizumab", "tremelimumab with durvalumab"): the order in which a
    person types them carries no meaning, and a combination answers to its drugs joined by
    "+" (livertx.knowledge.lookup.entry_names)."""
    found = index.get(name_key(query))
    if found is None:
        found = next(filter(None, map(index.get, _in_other_orders(query))), None)
    return found[0] if found else None


# What joins two drugs typed together; at most this many are put in every order.
JOINED = (" with ", " and ", " plus ", "+", "&")
MOST_JOINED = 4


def _in_other_orders(query: str) -> list[str]:
    """The keys of a query's joined names in every order, the typed one too ("atezolizumab
    and bevacizumab" is no key; "atezolizumab+bevacizumab" is)."""
    parts = [query.casefold()]
    for joint in JOINED:
        parts = [piece for part in parts for piece in part.split(joint)]
    keys = [name_key(part) for part in parts]
    if not 2 <= len(keys) <= MOST_JOINED or not all(keys):
        return []
    return ["".join(order) for order in permutations(keys)]


def find_loosely(index: NameIndex, query: str) -> list[str]:
    """The ids whose names have the query as a whole word ("transplant") or begin with it
    ("electro"), in the index's order."""
    key = name_key(query)
    owners: dict[str, None] = {}
    for indexed, (owner, _, name, _) in index.items():
        if key and (key in name_words(name) or (len(key) >= 3 and indexed.startswith(key))):
            owners.setdefault(owner)
    return list(owners)


def families(index: NameIndex) -> dict[str, str]:
    return {owner: family for owner, _, _, family in index.values()}


def resolve(
    index: NameIndex,
    query: str,
    what: str,
    choices: tuple[str, ...] = (),
    command: str = "livertx show",
) -> str:
    """The id a name stands for: exactly; else by a whole word or the start of a name, when one
    thing has it, or a treatment type and its own methods have it (the type). NotFound with the
    candidates when several things have it, or with the closest names when none does."""
    found = find(index, query)
    if found is not None:
        return found
    owners = find_loosely(index, query)
    family = families(index)
    types = [owner for owner in owners if family[owner] == owner]
    if len(owners) == 1:
        return owners[0]
    if len(types) == 1 and all(family[owner] == types[0] for owner in owners):
        return types[0]
    if owners:
        commands = tuple(f"{command} {owner}" for owner in owners[:MAX_CANDIDATES])
        lead = f"{shown(query)!r} could be any of these:"
        raise NotFound(what, query, lead=lead, candidates=commands)
    # No name fits an entry: the next step is to search the words.
    raise NotFound(what, query, suggest(query, index), choices, search=not choices)


def suggest(query: str, index: NameIndex) -> tuple[str, ...]:
    """Names that are near misses of a miss (livertx.near_misses: a slip of the keyboard or the
    start of a name, so "chemotherapy" is not offered "cryotherapy"), nearest first; a typed
    word may also be a near miss of one word of a name ("embolisation"). Each thing named is
    suggested once, by the text of its nearest name."""
    from livertx.near_misses import miss  # only a name not found: not a found name's path

    key = name_key(query)
    one_word = len(name_words(query)) == 1
    # owner: (slips, 0 for its whole name or 1 for one word of it, order, text), least first
    nearest: dict[str, tuple[int, int, int, str]] = {}
    for order, (indexed, (owner, text, name, _)) in enumerate(index.items()):
        misses = [(miss(key, indexed), 0)]
        if one_word:
            misses += [(miss(key, word), 1) for word in name_words(name)]
        found = [(slips, part, order, text) for slips, part in misses if slips is not None]
        if found and (owner not in nearest or min(found) < nearest[owner]):
            nearest[owner] = min(found)
    ranked = sorted(nearest.values())
    return tuple(ranked_text for *_, ranked_text in ranked[:MAX_SUGGESTIONS])


# A stage as numbered elsewhere ("4", "stage IV", "stage 3b liver cancer", "BCLC stage B"):
# the page does not number its stages, so these get the page's own groups, never a mapping.
_BARE = r"(?:(?:[0-4]|i{1,3}|iv)(?:\s*[a-c][12]?)?|[a-d])"  # "4", "IIIb", "B"
_NAMED = rf"(?:(?:ajcc|bclc|tnm)\s*(?:stage\s*)?|stage\s*)(?:{_BARE}|zero|one|two|three|four)"
_CANCER = r"(?:\s+(?:primary\s+)?(?:liver\s+)?(?:cancer|hcc))?"  # "… liver cancer"
# A bare number or letter ("4", "IV", "B") is a stage number only where a stage is asked for:
# elsewhere "IV" may mean into a vein, and "4" anything. Patterns, not compiled ones: compiling
# both took 1.7 ms of every call's start, and they are needed only once a name is not found
# (`re` compiles a pattern on its first use and keeps it).
_STAGE_NUMBER = _NAMED + _CANCER
_BARE_STAGE_NUMBER = f"(?:{_NAMED}|{_BARE}){_CANCER}"


def is_stage_number(query: str, bare: bool = False) -> bool:
    """Whether what was typed is a stage number: "stage 4", "stage IV liver cancer"; and, with
    `bare` (where a stage is asked for), "4" or "IV" too."""
    folded = " ".join(query.casefold().replace("-", " ").split())
    return re.fullmatch(_BARE_STAGE_NUMBER if bare else _STAGE_NUMBER, folded) is not None
