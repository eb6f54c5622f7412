"""Stage options in words, from their documents (livertx.documents): shared by the documents
(a matrix cell's notes) and by the human-facing renderers, so an option reads the same
everywhere. Derived from the data only."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    Document = dict[str, Any]


def display_name(reference: Document) -> str:
    """A name with the page's abbreviation: "Transarterial chemoembolization (TACE)"."""
    abbreviations = reference.get("abbreviations") or []
    return (
        f"{reference['name']} ({', '.join(abbreviations)})" if abbreviations else reference["name"]
    )


def part_items(part: Document, focus: Document | None = None) -> list[str]:
    """The methods, combinations and drugs a stage option names, in the page's order.

    With a focus (a method's or drug's own document), a part that names it keeps only what
    concerns it.
    """
    methods, combinations, drugs = part["methods"], part["combinations"], part["drugs"]
    if focus is not None and focus["kind"] == "method":
        if any(m["id"] == focus["id"] for m in methods):
            methods = [m for m in methods if m["id"] == focus["id"]]
            combinations, drugs = [], []
    elif focus is not None and focus["kind"] == "combination":
        if any(c["id"] == focus["id"] for c in combinations):
            methods, combinations, drugs = [], [focus], []
    elif focus is not None and focus["kind"] == "drug":
        with_focus = [c for c in combinations if focus["id"] in c["drugs"]]
        alone = [d for d in drugs if d["id"] == focus["id"]]
        if with_focus or alone:
            methods, combinations, drugs = [], with_focus, alone
    return (
        [display_name(m) for m in methods]
        + [c["name"] for c in combinations]
        + [d["name"] for d in drugs]
    )


def parts(option: Document) -> list[Document]:
    return [option, *option["with"]]


def part_title(part: Document) -> str:
    """ "Surgery: Partial hepatectomy" when one item is named, else the treatment's name."""
    items = part_items(part)
    return f"{part['name']}: {items[0]}" if len(items) == 1 else part["name"]


def option_title(option: Document) -> str:
    return " and ".join(part_title(part) for part in parts(option))


def option_items(option: Document) -> list[str]:
    """The items to list under an option's title (those not already in it)."""
    items: list[str] = []
    for part in parts(option):
        named = part_items(part)
        if len(named) > 1:
            items += named
    return items


def option_line(option: Document, focus: Document | None = None) -> str:
    """An option on one line: "Embolization therapy: TACE and Targeted therapy: sorafenib"."""
    lines = []
    for part in parts(option):
        items = part_items(part, focus)
        lines.append(f"{part['name']}: {'; '.join(items)}" if items else part["name"])
    return " and ".join(lines)
