"""Names, and the one resolver: how a word typed at the prompt finds an entry or a stage.

An index maps each normalized name to [the id it names, the text to suggest for it]; the
loader builds it (livertx.lookup), the shipped answers carry it, and `resolve` reads it, so
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

ENTRY_WHAT = "treatment, method or drug"
STAGE_WHAT = "stage"
MAX_SUGGESTIONS = 5


def normalize(text: str) -> str:
    """The form names are compared in: case, spaces, hyphens and punctuation do not count."""
    return "".join(char for char in text.casefold() if char.isalnum())


def build_index(names: Iterable[tuple[str, str, str]]) -> NameIndex:
    """The index of (name, id it names, text to suggest) triples; the first claim of a name
    wins (the loader refuses files where two entries claim one)."""
    index: NameIndex = {}
    for name, owner, shown in names:
        key = normalize(name)
        if key:
            index.setdefault(key, [owner, shown])
    return index


def find(index: NameIndex, query: str) -> str | None:
    """The id a name stands for, or None."""
    found = index.get(normalize(query))
    return found[0] if found else None


def resolve(index: NameIndex, query: str, what: str, choices: tuple[str, ...] = ()) -> str:
    """The id a name stands for; NotFound with the closest names when it stands for none."""
    found = find(index, query)
    if found is not None:
        return found
    from livertx.errors import NotFound

    raise NotFound(what, query, suggest(query, index), choices)


def suggest(query: str, index: NameIndex) -> tuple[str, ...]:
    """The closest names to a miss: near spellings first, then prefixes and partial words.
    Each thing named is suggested once, by the text that matched best."""
    import difflib  # only a miss needs it

    key = normalize(query)
    if not key:
        return ()
    close = difflib.get_close_matches(key, list(index), n=MAX_SUGGESTIONS, cutoff=0.75)
    partial = [k for k in index if len(key) >= 3 and (k.startswith(key) or key in k)]
    shown: dict[str, str] = {}
    for matched in [*close, *sorted(partial, key=len)]:
        owner, text = index[matched]
        shown.setdefault(owner, text)
    return tuple(shown.values())[:MAX_SUGGESTIONS]
