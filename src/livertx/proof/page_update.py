"""A proposed update of the knowledge file to a new copy of its page (#31, item 2): each change
`verify-source` found that can be made in place (a sentence's, a lead's, an item's or an
option's words, a sentence or an item the page dropped, the page's date) is made at its place in
the file's text, found by yaml.compose's marks, so its comments, order and layout stay as they
are and `git diff` shows only the edits. What needs a person (a heading, a name, a drug or a
method, a list built otherwise, a sentence the page added, whose field is an editor's choice) is
left as it is: the new file fails `validate` there. Pure: the new text is returned.
"""

from __future__ import annotations

import gc
import json
import re
import textwrap

import yaml

from livertx.problems import Problem
from livertx.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from datetime import date

    from yaml.nodes import Node as Composed

# The fields whose text a change of the page's words changes in place.
TEXT_FIELDS = frozenset({"summary", "used", "how", "methods_lead", "learn_more", "intro", "items"})
# The lines of the file are kept to this width where a text is written anew.
WIDTH = 100
MAPPING, SEQUENCE = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_ITEM_OF_A_LIST = re.compile(r"\[\d+\]$")
_LIST_ITEM = re.compile(r"(.+)\.([a-z_]+)\[(\d+)\]")


class Edit(Record):
    """One edit of the file's text: its stretch replaced by `text`."""

    start: int
    end: int
    text: str


class Proposal(Record):
    """The proposed file's text, the changes made in it, and those left for a person."""

    text: str
    made: tuple[Problem, ...]
    for_a_person: tuple[Problem, ...]


def propose(file_text: str, changes: tuple[Problem, ...], newer: date | None) -> Proposal:
    """The file's text with every change made that can be made in place, and the page's date
    (`newer`, when it is newer than the file's) as `source.updated`."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    # As yaml_tree.read_tree composes: nothing in the tree is garbage, and the collector would
    # walk it again and again as it grows (a third of composing the shipped file).
    collecting = gc.isenabled()
    gc.disable()
    try:
        root = yaml.compose(file_text, Loader=loader)
    finally:
        if collecting:
            gc.enable()
    if root is None:
        return Proposal(file_text, (), changes)
    edits: list[Edit] = []
    made: list[Problem] = []
    person: list[Problem] = []
    for change in changes:
        found = _edit(file_text, root, change)
        (made if found else person).append(change)
        edits += found
    edits = _lists_emptied(file_text, root, made, edits)
    if newer is not None:
        updated = _at(root, "source.updated")
        if updated is not None:
            edits.append(_replaced(file_text, updated, newer.isoformat(), quoted=True))
    text = file_text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return Proposal(text, tuple(made), tuple(person))


def _edit(file_text: str, root: Composed, change: Problem) -> list[Edit]:
    """The edits that make `change` in place, or none when it needs a person."""
    where, old, new = change.where, change.file_has, change.page_has
    last = where.rsplit(".", 1)[-1]
    field = _STEP.fullmatch(last)
    if old is None or field is None:
        return []  # words the page added, or a change of the page as a whole
    node = _at(root, where)
    if node is None:
        return []
    if re.fullmatch(r"stages\[\d+\]\.options\[\d+\]", where):
        return _option(file_text, node, old, new)
    if re.fullmatch(r"stages\[\d+\]\.lead", where):
        return _text(file_text, node, old, new) if new is not None else []
    if field.group(1) not in TEXT_FIELDS:
        return []  # a name, a heading, a list's structure: a person's
    name, in_a_list = field.group(1), field.group(2) is not None
    owner = where.rpartition(".")[0]
    if new is not None:
        return _text(file_text, node, old, new)
    if name == "summary":
        return []  # a record's summary is required: which sentence is one is a person's choice
    listed = _at(root, f"{owner}.{name}" if owner else name) if in_a_list else None
    if listed is not None and len(listed.value) > 1:
        return [_removed(file_text, node)]
    # A field, or a list whose only item the page dropped: its key goes too.
    return [_removed(file_text, listed or node, _key(root, owner, name))]


def _lists_emptied(
    file_text: str, root: Composed, made: list[Problem], edits: list[Edit]
) -> list[Edit]:
    """The edits, where every item of a list of texts was dropped, made one: the list with its
    key, as for a list of one item (else `items:` would be left holding nothing)."""
    dropped: dict[str, set[int]] = {}
    for change in made:
        item = _LIST_ITEM.fullmatch(change.where)
        if item and change.page_has is None and item.group(2) in TEXT_FIELDS:
            dropped.setdefault(f"{item.group(1)}.{item.group(2)}", set()).add(int(item.group(3)))
    for path, numbers in dropped.items():
        listed = _at(root, path)
        if listed is None or listed.tag != SEQUENCE or not 2 <= len(listed.value) == len(numbers):
            continue
        owner, _, name = path.rpartition(".")
        whole = _removed(file_text, listed, _key(root, owner, name))
        inside = [e for e in edits if whole.start <= e.start and e.end <= whole.end]
        edits = [e for e in edits if e not in inside] + [whole]
    return edits


def _text(file_text: str, node: Composed, old: str, new: str) -> list[Edit]:
    """A text's words changed, as the page has them now."""
    if old.endswith(":"):  # a lead: the page ends it with the colon, the file does not
        if not new.endswith(":"):
            return []
        new = new[:-1]
    elif old.endswith((".", "?", "!")) != new.endswith((".", "?", "!")):
        return []  # a sentence now a fragment, or the other way: a person reads it
    return [_replaced(file_text, node, new)]


def _option(file_text: str, option: Composed, old: str, new: str | None) -> list[Edit]:
    """An option's words changed (its `text`, or its `condition`, the other as it was), or the
    option removed."""
    if new is None:
        return [_removed(file_text, option)]
    text, condition = _at(option, "text"), _at(option, "condition")
    if text is None or str(text.value) + (" " + condition.value if condition else "") != old:
        return []  # the names it lists after a colon are in its words: a person's
    if condition is not None and new.startswith(text.value + " "):
        return [_replaced(file_text, condition, new[len(text.value) + 1 :])]
    if condition is not None and new.endswith(" " + condition.value):
        return [_replaced(file_text, text, new[: -len(condition.value) - 1])]
    return [_replaced(file_text, text, new)] if condition is None else []


def _key(root: Composed, owner: str, field: str) -> Composed | None:
    """The key node of `field` in the record at `owner`."""
    record = _at(root, owner) if owner else root
    if record is None or record.tag != MAPPING:
        return None
    return next((k for k, _ in record.value if k.value == field), None)


def _at(root: Composed, where: str) -> Composed | None:
    """The node at a path like `treatments[3].methods[2].how[0]`, if the file has it."""
    node: Composed | None = root
    for step in where.split("."):
        matched = _STEP.fullmatch(step)
        if matched is None or node is None or node.tag != MAPPING:
            return None
        node = next((v for k, v in node.value if k.value == matched.group(1)), None)
        if matched.group(2) is not None:
            number = int(matched.group(2))
            if node is None or node.tag != SEQUENCE or number >= len(node.value):
                return None
            node = node.value[number]
    return node


def _replaced(file_text: str, node: Composed, value: str, quoted: bool = False) -> Edit:
    """A scalar written anew in its place: plain when it reads back as itself and fits on its
    line, as a folded block (">-") when it does not fit, double-quoted when it cannot be plain."""
    start, end = node.start_mark.index, _end(file_text, node)
    column = node.start_mark.column
    line_start = file_text.rfind("\n", 0, start) + 1
    if quoted:
        return Edit(start, end, json.dumps(value, ensure_ascii=False))
    if column + len(value) <= WIDTH and _plain(value):
        return Edit(start, end, value)
    if not _plain(value) and column + len(value) + 2 <= WIDTH:
        return Edit(start, end, json.dumps(value, ensure_ascii=False))
    before = file_text[line_start:start]
    # A list's item is indented as the item; a field's text two past its key.
    indent = column if before.strip() == "-" else len(before) - len(before.lstrip(" -")) + 2
    # Greedy, at spaces only: a word longer than the line, or a hyphenated one, stays whole.
    lines = textwrap.wrap(value, WIDTH - indent, break_long_words=False, break_on_hyphens=False)
    return Edit(start, end, ">-" + "".join("\n" + " " * indent + line for line in lines))


def _plain(value: str) -> bool:
    """Whether `value` reads back as itself written plain after a key."""
    try:
        return bool(yaml.safe_load(f"k: {value}") == {"k": value})
    except yaml.YAMLError:
        return False


def _removed(file_text: str, node: Composed, first: Composed | None = None) -> Edit:
    """A text removed, whole lines: from the start of its line (or of `first`'s, its key's when
    the list it was alone in goes too) to the end of its last line."""
    start = file_text.rfind("\n", 0, (first or node).start_mark.index) + 1
    end = file_text.find("\n", _end(file_text, node))
    return Edit(start, len(file_text) if end < 0 else end + 1, "")


def _end(file_text: str, node: Composed) -> int:
    """Where a node's text ends: its last scalar's last character. (A block's end mark is at
    the next token, after any blank lines and comments.)"""
    while node.tag in (MAPPING, SEQUENCE) and node.value:
        node = node.value[-1][1] if node.tag == MAPPING else node.value[-1]
    end = node.end_mark.index
    while end > node.start_mark.index and file_text[end - 1] in " \n":
        end -= 1
    return end
