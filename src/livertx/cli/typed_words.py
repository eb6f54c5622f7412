"""How people's words are read before a name is looked up: the names a comparison names ("A and
B vs C and D"), and the words of a name that the page does not use at all ("TARE"), which are
said to be so first, never guessed at; and the words of a search that name one of the page's
groups ("came back") (issue #30)."""

from __future__ import annotations

from livertx.text_folding import words_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.knowledge.names import NameIndex

# The words people put between the things they compare: `compare A and B vs C and D`.
VERSUS = ("vs", "vs.", "versus", "v.")


def compared(arguments: list[str]) -> list[str]:
    """The names a comparison names: each argument; or, where "vs" or "versus" stands between
    them, the words on either side of it ("atezolizumab and bevacizumab vs durvalumab and
    tremelimumab": two combinations)."""
    words = [word for argument in arguments for word in argument.split()]
    if not any(word.casefold() in VERSUS for word in words):
        return arguments
    names: list[list[str]] = [[]]
    for word in words:
        if word.casefold() in VERSUS:
            names.append([])
        else:
            names[-1].append(word)
    return [" ".join(name) for name in names if name]


# The shortest word a name is said not to be on the page for: shorter ones ("tac") are starts.
SHORTEST_UNNAMED = 4


def not_on_the_page(page_words: list[str], typed: str) -> list[str]:
    """The words of what was typed (four letters or more), as typed ("TARE"), that the page
    does not use, nor begins a word of; none for a file held to no page, whose words were never
    read."""
    page = set(page_words)
    unnamed = []
    for word in dict.fromkeys(typed.split()):
        folded = words_of(word)
        if (
            page
            and folded
            and all(
                len(part) >= SHORTEST_UNNAMED
                and part not in page
                and not any(known.startswith(part) for known in page)
                for part in folded
            )
        ):
            unnamed.append(word)
    return unnamed


def group_named(index: NameIndex, query: str, whole_only: bool) -> tuple[str, str, str] | None:
    """The words of a search that name one of the page's groups ("came back", "spread",
    "recurrent"), the stage they name, and the other words: the whole query when `whole_only`
    (a search that found something already), else its longest run of words that names one
    ("immunotherapy came back"); None when no run does."""
    from livertx.knowledge.names import find  # the resolver only for a search: not list's path

    words = query.split()
    spans = [
        (start, start + length)
        for length in range(len(words), 0, -1)
        for start in range(len(words) - length + 1)
    ]
    for start, end in spans[:1] if whole_only else spans:
        typed = " ".join(words[start:end])
        stage_id = find(index, typed)
        if stage_id is not None:
            return typed, stage_id, " ".join(words[:start] + words[end:])
    return None
