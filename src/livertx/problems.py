"""One thing wrong with a knowledge file, where it is and which check found it: what every
check returns, and `validate` prints; and how the page check (livertx.proof.prove) makes its
own, at a place in the file, quoting the page's words."""

from __future__ import annotations

from livertx.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.proof.pieces import Piece
    from livertx.yaml_tree import Node

PAGE_CHECK = "page"
# How much of the page's words a problem quotes; a changed sentence is quoted whole, both the
# file's and the page's, up to WHOLE (the page's longest is under 300 characters).
SHOWN = 200
WHOLE = 1000


class Problem(Record):
    """One thing wrong with a file, where it is (line and column from 1; None for the file as
    a whole, when it cannot be read at all), and which check found it: "file" (reading it),
    "yaml" (the text), "shape" (fields and types, as the JSON Schema), "meaning", or "page"
    (held to the page: livertx.proof.prove)."""

    message: str
    line: int | None = None
    column: int | None = None
    check: str = "shape"
    # A change to the page (the page check's), besides: the page's part it is in, the file's
    # text it is (its path), the file's words there and the page's (None: there are none).
    part: str = ""
    where: str = ""
    file_has: str | None = None
    page_has: str | None = None

    def document(self, path: str) -> dict[str, Any]:
        """What `validate --json` prints for it."""
        return {
            "file": path,
            "line": self.line,
            "column": self.column,
            "check": self.check,
            "message": self.message,
        }

    def change_document(self, path: str) -> dict[str, Any]:
        """What `verify-source --json` prints for it: `validate`'s keys, and where on the page,
        what in the file, and both words."""
        return {
            **self.document(path),
            "part": self.part,
            "where": self.where,
            "file_has": self.file_has,
            "page_has": self.page_has,
        }


def problem_at(
    node: Node | Piece,
    message: str,
    part: str = "",
    where: str = "",
    file_has: str | None = None,
    page_has: str | None = None,
) -> Problem:
    """A problem of holding the file to its page, at a place in the file (a node, or a piece
    of text the page must have); for a change, its part, path and both words."""
    return Problem(message, node.line, node.column, PAGE_CHECK, part, where, file_has, page_has)


def shown(text: str, most: int = SHOWN) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"
