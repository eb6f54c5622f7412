"""Names, and the one resolver: how a word typed at the prompt finds an entry or a stage.

An index maps each normalized name to [the id it names, the text to suggest for it]; the loader
builds it (livertx.knowledge.lookup), the shipped answers carry it, and `resolve` reads it, so
`show`, `stage`, `compare` and completion all find things the same way. No imports beyond the
standard library's, so that every path can use it.
"""

from __future__ import annotations

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


def normalize(text: str) -> str:
    """The form names are compared in: case, spaces, hyphens and punctuation do not count."""
    return "".join(char for char in text.casefold() if char.isalnum())


def build_index(names: Iterable[tuple[str, str, str, str]]) -> NameIndex:
    """The index of (name, id it names, text to suggest, the id of its family: the treatment
    type it belongs to, itself for a type); the first claim of a name wins (the loader refuses
    files where two entries claim one). Each key keeps [id, suggested text, name, family]."""
    index: NameIndex = {}
    for name, owner, shown, family in names:
        key = normalize(name)
        if key:
            index.setdefault(key, [owner, shown, name, family])
    return index


def words(text: str) -> list[str]:
    """A name's words, each normalized: "Transarterial chemoembolization (TACE)"."""
    return [normalize(word) for word in text.replace("-", " ").split() if normalize(word)]


def find(index: NameIndex, query: str) -> str | None:
    """The id a name stands for exactly, or None."""
    found = index.get(normalize(query))
    return found[0] if found else None


def find_loosely(index: NameIndex, query: str) -> list[str]:
    """The ids whose names have the query as a whole word ("transplant") or begin with it
    ("electro"), in the index's order."""
    key = normalize(query)
    owners: dict[str, None] = {}
    for name_key, (owner, _, name, _) in index.items():
        if key and (key in words(name) or (len(key) >= 3 and name_key.startswith(key))):
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

    key = normalize(query)
    if not key:
        return ()
    close = difflib.get_close_matches(key, list(index), n=MAX_SUGGESTIONS * 2, cutoff=0.75)
    typed = set(words(query))
    shown: dict[str, str] = {}
    for matched in close:
        owner, text, name, _ = index[matched]
        shared_word = any(len(word) >= 4 for word in typed & set(words(name)))
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
