"""The page's parts, and the pieces of the knowledge file each must hold (livertx.proof.
pieces): a treatment's part holds its texts, its list (the page's items, or its drugs' names)
and its methods' texts, each method under its label where the page introduces them with a lead.
livertx.proof.tiling lays each part with its pieces. Pure.
"""

from __future__ import annotations

from livertx.problems import Problem, problem_at
from livertx.proof.pieces import ITEM, LABEL, Piece, label_of, statements
from livertx.text_folding import normal_spacing as spaced
from livertx.yaml_tree import Node

# A part's own texts, each a sentence or a lead; a method's the same but its name is its label.
TREATMENT_FIELDS = ("summary", "used", "how", "methods_lead", "learn_more")
METHOD_FIELDS = ("summary", "how", "learn_more")
# How the page's sentences that point to another page begin ("Learn more about … at TITLE."):
# those are a record's `learn_more`, which the views show apart, as pages to read.
POINTER = "Learn more"


class Part:
    """One part of the page and the pieces that must tile it: its label, its stretch of the
    page's text, and what the file says of its records: the methods it heads with a label
    (label text -> the method's path), the methods it does not (path -> name), the order of
    each record's fields in the file (path -> fields), the treatment it is (path, name), and
    where in the file a problem of the part as a whole is."""

    __slots__ = (
        "anchor",
        "end",
        "label",
        "labelled",
        "orders",
        "pieces",
        "start",
        "treatment",
        "unlabelled",
    )

    def __init__(
        self,
        label: str,
        start: int,
        end: int,
        pieces: list[Piece],
        anchor: tuple[int, int],
        labelled: dict[str, str] | None = None,
        unlabelled: dict[str, str] | None = None,
        orders: dict[str, list[str]] | None = None,
        treatment: tuple[str, str] = ("", ""),
    ) -> None:
        self.label, self.start, self.end = label, start, end
        self.pieces, self.anchor = pieces, anchor
        self.labelled = labelled or {}
        self.unlabelled = unlabelled or {}
        self.orders = orders or {}
        self.treatment = treatment


def treatment_part(treatment: Node, index: int, part: Part) -> None:
    """A treatment's pieces, into `part`: its texts, its list (the page's items, or its drugs'
    names), and its methods' texts, labelled where the page introduces them with a lead."""
    owner = f"treatments[{index}]"
    name_node = treatment.text("name")
    part.treatment = (owner, name_node.value if name_node is not None else "")
    part.orders[owner] = _order(treatment)
    pieces = statements(treatment, owner, TREATMENT_FIELDS)
    items = treatment.texts("items")
    if items:
        pieces += [
            _item(node, f"{owner}.items[{i}]", owner, "items", i) for i, node in enumerate(items)
        ]
    else:
        for i, drug in enumerate(treatment.records("drugs")):
            name = drug.text("name")
            if name is not None:
                pieces.append(_item(name, f"{owner}.drugs[{i}].name", owner, "drugs", i))
    has_lead = treatment.text("methods_lead") is not None
    for i, method in enumerate(treatment.records("methods")):
        method_owner = f"{owner}.methods[{i}]"
        part.orders[method_owner] = _order(method)
        label = label_of(method)
        name = method.text("name")
        if has_lead and label is not None and name is not None:
            part.labelled[label] = method_owner
            where = f"{method_owner}.name"
            pieces.append(Piece(label, LABEL, where, name.line, name.column, owner, "methods", i))
            pieces += statements(method, method_owner, METHOD_FIELDS)
        else:  # unlabelled: its summary is the page's definition in brackets, checked apart
            part.unlabelled[method_owner] = name.value if name is not None else ""
            pieces += statements(method, method_owner, ("how", "learn_more"))
    part.pieces = pieces


def _order(record: Node) -> list[str]:
    """The record's fields in the order the file gives them: the page's order, where it holds
    texts of the record (items are held under `drugs` where the page lists drugs' names)."""
    return [key.value for key, _ in record.pairs] if record.kind == "mapping" else []


def _item(node: Node, where: str, owner: str, field_: str, order: int) -> Piece:
    text = spaced(node.value)
    exact = text == node.value
    return Piece(text, ITEM, where, node.line, node.column, owner, field_, order, exact)


def misfiled(pieces: list[Piece]) -> list[Problem]:
    """Each text in the wrong field for what it is: a `learn_more` text that is not one of the
    page's "Learn more …" sentences, or one of them in another field. The tiling holds each text
    to its place on the page, not to its field; the views show each field under its own label."""
    problems = []
    for piece in pieces:
        points = piece.text.startswith(POINTER)
        if piece.field == "learn_more" and not points:
            message = f'not one of the page\'s "{POINTER} …" sentences, which alone go here'
        elif points and piece.field != "learn_more":
            message = f'the page\'s "{POINTER} …" sentences go in learn_more, not here'
        else:
            continue
        problems.append(problem_at(piece, f"{piece.where}: {message}"))
    return problems
