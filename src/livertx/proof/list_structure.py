"""The page's lists as it builds them, held to the knowledge file's (#31, item 4): a saved HTML
page keeps its list items and their nesting (livertx.proof.saved_page), which the page's text
alone does not show. A stage's options are one list, an option whose methods the page gives
after a colon ("ablation of the tumor using:") holding them as a list of its own; a treatment's
`items` (or its drugs' names) are one list. A list of the page with the same words as one of the
file's, in the file's list's own part, built otherwise (an item moved into or out of a sublist,
split, or two merged), is a change, told with both structures; one of its words elsewhere on
the page never stands for it. A list whose words changed is the text's change, which the proof
reports. Pure.
"""

from __future__ import annotations

from livertx.problems import Problem, problem_at
from livertx.proof.option_words import Named, index_of
from livertx.proof.saved_page import ListItem
from livertx.proof.sections import SEPARATOR
from livertx.text_folding import listed_after
from livertx.text_folding import normal_spacing as spaced
from livertx.yaml_tree import Node

Items = tuple[ListItem, ...]


class FileList:
    """One of the file's lists as the page must build it: its part of the page, its path and
    node in the file, and its items."""

    __slots__ = ("items", "node", "part", "where")

    def __init__(self, part: str, where: str, node: Node, items: Items) -> None:
        self.part, self.where, self.node, self.items = part, where, node, items


def file_lists(root: Node) -> list[FileList]:
    """The file's lists, in the page's order: each treatment's, then each stage's options."""
    heading = root.record("source").text("treatments_section")
    opening = heading.value if heading is not None else ""
    index = index_of(root)
    found: list[FileList] = []
    for number, treatment in enumerate(root.records("treatments")):
        name = treatment.text("name")
        items = treatment.texts("items")
        field = "items" if items else "drugs"
        if not items:
            items = [n for n in (d.text("name") for d in treatment.records("drugs")) if n]
        node = treatment.get(field)
        if name is not None and items and node is not None:
            part = f"{opening}{SEPARATOR}{name.value}"
            own = tuple(ListItem(spaced(item.value)) for item in items)
            found.append(FileList(part, f"treatments[{number}].{field}", node, own))
    for number, stage in enumerate(root.records("stages")):
        section = stage.text("section")
        node = stage.get("options")
        options = stage.records("options")
        if section is None or node is None or not options:
            continue
        own = tuple(_option_item(option, index) for option in options)
        found.append(FileList(section.value, f"stages[{number}].options", node, own))
    return found


def _option_item(option: Node, index: dict[str, Named]) -> ListItem:
    """An option as the page's list builds it: its words, the names it lists after a colon as
    a list in it, its condition after its words."""
    text = option.text("text")
    words = spaced(text.value) if text is not None else ""
    names = [index[m.value].name for m in option.texts("methods") if m.value in index]
    listed = listed_after(words, names) if text is not None else []
    condition = option.text("condition")
    if condition is not None:
        words += " " + spaced(condition.value)
    if listed:
        return ListItem(words.strip() + ":", tuple(ListItem(name) for name in listed))
    return ListItem(words.strip())


def flat(items: Items) -> str:
    """A list's words, as the page's text has them."""
    return " ".join(w for item in items for w in (item.words, flat(item.items)) if w)


def shape(items: Items) -> str:
    """A list's structure in one line: each item's words in quotes, a nested list in brackets."""
    return "[" + ", ".join(_shape(item) for item in items) + "]"


def _shape(item: ListItem) -> str:
    return f'"{item.words}"' + (" " + shape(item.items) if item.items else "")


def every_list(lists: tuple[Items, ...]) -> list[Items]:
    """Every list of a page, those nested in an item too."""
    found = list(lists)
    for items in found:  # grows as it is walked: each list's sublists after the lists before
        found += [item.items for item in items if item.items]
    return found


def placed(page_lists: tuple[Items, ...], text: str) -> list[tuple[int, Items]]:
    """Every list of a page with where it stands in the page's text (spaced): each list's words
    found after the list's before it, as the page gives them in its order; a list nested in an
    item where its list stands; -1 for a list whose words the text does not give so. A list's
    words found too soon (in a sentence before it) can only be placed early, never past the
    lists after it."""
    found: list[tuple[int, Items]] = []
    after = 0
    for items in page_lists:
        at = text.find(spaced(flat(items)), after)
        after = at + 1 if at >= 0 else after
        found += [(at, each) for each in every_list((items,))]
    return found


def list_changes(
    root: Node,
    page_lists: tuple[Items, ...],
    text: str = "",
    spans: dict[str, tuple[int, int]] | None = None,
) -> list[Problem]:
    """Each of the file's lists that a list of the page holds word for word, built otherwise
    (and by none built as the file's), with both structures. Given the page's `text` (spaced)
    and the `spans` of its parts in it (livertx.proof.prove), each list is held to the lists in
    its own part: one of the same words elsewhere on the page does not stand for it."""
    if not page_lists:
        return []  # plain text, or a page with no lists: nothing to hold the structure to
    lists = [(at, flat(items), items) for at, items in placed(page_lists, text)]
    problems: list[Problem] = []
    for own in file_lists(root):
        start, end = (spans or {}).get(own.part, (-1, -1))
        words = flat(own.items)
        # Held to the lists of its words in its own part, when the proof found the part (a list
        # of them elsewhere, or in a part moved, is the text's change, which the proof reports).
        same_words = [
            items for at, said, items in lists if said == words and (start < 0 or start <= at < end)
        ]
        if not same_words or own.items in same_words:
            continue
        page, file = shape(same_words[0]), shape(own.items)
        message = (
            f"{own.where}: the page builds this list of {own.part} otherwise; "
            f"the file has {file}, the page has {page}"
        )
        problems.append(problem_at(own.node, message, own.part, own.where, file, page))
    return problems
