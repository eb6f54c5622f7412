"""What the page must have, piece by piece, for a knowledge file to be its own: each medical
text of the file as the page writes it (a sentence; a lead with its colon; a method's label; a
list item), with where it stands in the file and in which of the page's sections it belongs.

A text that ends with ".", "?" or "!" is a sentence; one that does not is a lead, which the page
ends with ":" before its list. livertx.proof.tiling lays the pieces over the page. Pure.
"""

from __future__ import annotations

from livertx.text_folding import normal_spacing as spaced
from livertx.yaml_tree import Node

SENTENCE, LEAD, LABEL, ITEM = "sentence", "lead", "label", "item"
SENTENCE_ENDS = (".", "?", "!")


class Piece:
    """One text the page must have, exactly, at one place of its section. (A plain class with
    slots: a dataclass costs a millisecond to define, on the path of every load.)"""

    __slots__ = ("column", "exact", "field", "kind", "line", "order", "owner", "text", "where")

    def __init__(
        self,
        text: str,  # as the page has it: a lead or a label with its colon
        kind: str,  # SENTENCE, LEAD, LABEL or ITEM
        where: str,  # its path in the file, like `treatments[3].methods[0].summary`
        line: int,
        column: int,
        owner: str,  # the record it belongs to, like `treatments[3].methods[0]`
        field: str,  # pieces of one list field are met on the page in the list's order
        order: int,
        exact: bool = True,  # whether the file writes it as the page is compared: single spaces
    ) -> None:
        self.text, self.kind, self.where = text, kind, where
        self.line, self.column = line, column
        self.owner, self.field, self.order = owner, field, order
        self.exact = exact


def kind_of(text: str) -> str:
    return SENTENCE if text.endswith(SENTENCE_ENDS) else LEAD


def piece(node: Node, kind: str, where: str, owner: str, field: str, order: int = 0) -> Piece:
    text = spaced(node.value)
    exact = text == node.value
    if kind == LEAD:
        text += ":"
    return Piece(text, kind, where, node.line, node.column, owner, field, order, exact)


def statements(record: Node, owner: str, fields: tuple[str, ...]) -> list[Piece]:
    """The record's texts in `fields`, each a sentence or a lead by its last character."""
    found: list[Piece] = []
    for field in fields:
        single = record.text(field)
        nodes = [single] if single is not None else record.texts(field)
        for index, node in enumerate(nodes):
            suffix = "" if single is not None else f"[{index}]"
            where = f"{owner}.{field}{suffix}"
            found.append(piece(node, kind_of(node.value), where, owner, field, index))
    return found


def label_of(method: Node) -> str | None:
    """A method's label as the page heads its text: "Transarterial embolization (TAE):"."""
    name = method.text("name")
    if name is None:
        return None
    abbreviations = "".join(f" ({a.value})" for a in method.texts("abbreviations"))
    return f"{spaced(name.value)}{abbreviations}:"
