"""One thing wrong with a knowledge file, where it is and which check found it: what every
check returns, and `validate` prints; and how the page check (livertx.knowledge.proof) makes its
own, at a place in the file, quoting the page's words."""

from __future__ import annotations

from livertx.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.knowledge.pieces import Piece
    from livertx.knowledge.yaml_tree import Node

PAGE_CHECK = "page"
# How much of the page's words a problem quotes.
SHOWN = 200


class Problem(Record):
    """One thing wrong with a file, where it is (line and column from 1; None for the file as
    a whole, when it cannot be read at all), and which check found it: "file" (reading it),
    "yaml" (the text), "shape" (fields and types, as the JSON Schema), "meaning" or "excerpt"
    (medical text that is not the page's own words: livertx.knowledge.excerpts)."""

    message: str
    line: int | None = None
    column: int | None = None
    check: str = "shape"

    def document(self, path: str) -> dict[str, Any]:
        """What `validate --json` prints for it."""
        return {
            "file": path,
            "line": self.line,
            "column": self.column,
            "check": self.check,
            "message": self.message,
        }


def problem_at(node: Node | Piece, message: str) -> Problem:
    """A problem of holding the file to its page, at a place in the file (a node, or a piece
    of text the page must have)."""
    return Problem(message, node.line, node.column, PAGE_CHECK)


def shown(text: str) -> str:
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
