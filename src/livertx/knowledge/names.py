"""Names, and the one resolver: how a word typed at the prompt finds an entry or a stage.

An index maps each name's key to [the id it names, the text to suggest for it]; the loader
builds it (livertx.knowledge.lookup), the shipped answers carry it, and `resolve` reads it, so
`show`, `stage`, `compare` and completion all find things the same way. Names are compared
as livertx.text_folding folds them. No imports beyond that and the standard library's, so that
every path can use it.
"""

from __future__ import annotations

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
    for name, owner, shown, family in names:
        key = name_key(name)
        if key:
            index.setdefault(key, [owner, shown, name, family])
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
JOINED = (" with ", " and ", "+", "&")
MOST_JOINED = 4


def _in_other_orders(query: str) -> list[str]:
    """The keys of a query's joined names put in every other order, "+" between them."""
    from itertools import permutations

    parts = [query.casefold()]
    for joint in JOINED:
        parts = [piece for part in parts for piece in part.split(joint)]
    keys = [name_key(part) for part in parts]
    if not 2 <= len(keys) <= MOST_JOINED or not all(keys):
        return []
    return ["".join(order) for order in permutations(keys)][1:]


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
    from livertx.errors import NotFound, shown

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
    """Names spelled like a miss that share a word or a stem with it (at least four letters:
    "chemotherapy" is not "cryotherapy"). Each thing named is suggested once."""
    import difflib  # only a miss needs it

    key = name_key(query)
    if not key:
        return ()
    close = difflib.get_close_matches(key, list(index), n=MAX_SUGGESTIONS * 2, cutoff=0.75)
    typed = set(name_words(query))
    shown: dict[str, str] = {}
    for matched in close:
        owner, text, name, _ = index[matched]
        shared_word = any(len(word) >= 4 for word in typed & set(name_words(name)))
        if shared_word or _stem(key, matched) >= 4:
            shown.setdefault(owner, text)
    return tuple(shown.values())[:MAX_SUGGESTIONS]


def _stem(one: str, other: str) -> int:
    """How many letters two names begin with alike."""
    length = 0
    for left, right in zip(one, other, strict=False):
        if left != right:
            break
        length += 1
    return length
