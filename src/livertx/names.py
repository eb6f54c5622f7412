"""How names are compared. Its own module, with no imports, so that every path can use it."""

from __future__ import annotations


def normalize(text: str) -> str:
    """The form names are compared in: case, spaces, hyphens and punctuation do not count."""
    return "".join(char for char in text.casefold() if char.isalnum())
