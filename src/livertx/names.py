"""How names are compared. Its own module, with no imports, so that every path can use it."""

from __future__ import annotations

# Besides its id and name, the fields whose words an entry (or a stage) answers to, in the order
# they are tried. The loader checks that no two entries claim one; lookup resolves through them.
ENTRY_NAME_FIELDS = ("search_terms", "abbreviations", "also_called")
STAGE_NAME_FIELDS = ("aliases",)


def normalize(text: str) -> str:
    """The form names are compared in: case, spaces, hyphens and punctuation do not count."""
    return "".join(char for char in text.casefold() if char.isalnum())
