"""Every check of a knowledge file's text, each problem with its line and column (holding it to
its page is livertx.knowledge.checked's).

In order: UTF-8 text; one plain YAML document (livertx.knowledge.yaml_tree: no tags, anchors,
aliases or duplicate keys); its shape (livertx.knowledge.format.FIELDS: required and unknown fields,
types, ids); its meaning (ids unique, every reference resolves to the right kind and the right
treatment, no two entries answer to the same name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from livertx.knowledge.format import (
    DATE_PATTERN,
    FIELDS,
    ID_PATTERN,
    ISO_DATE,
    LINK,
    LINK_PATTERN,
    RECORD_KINDS,
    RECORDS,
    STR,
    TEXTS,
)
from livertx.knowledge.names import ENTRY_NAME_FIELDS, STAGE_NAME_FIELDS
from livertx.knowledge.problems import Problem
from livertx.knowledge.yaml_tree import STR_TAG, Node, YamlProblem, read_tree
from livertx.text_folding import name_key

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any


def validate(data: bytes) -> tuple[Any, list[Problem]]:
    """(the file's data as plain dicts, lists and strings, every problem of its text, shape and
    meaning). The data is None when there are problems."""
    root, problems = validate_tree(data)
    return (None if problems or root is None else root.to_data()), problems


def validate_tree(data: bytes) -> tuple[Node | None, list[Problem]]:
    """(the file as a tree, or None when it is not one plain YAML document; every problem)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        message = f"not UTF-8 text (byte 0x{data[error.start]:02x})"
        return None, [Problem(message, line, column, "yaml")]
    try:
        root = read_tree(text)
    except YamlProblem as problem:
        return None, [Problem(problem.message, problem.line, problem.column, "yaml")]
    if root is None:
        message = "the file is empty: a knowledge file is a mapping of fields"
        return None, [Problem(message, 1, 1, "yaml")]
    problems = list(_check_record(root, "file", ""))
    problems += [Problem(p.message, p.line, p.column, "meaning") for p in _check_meaning(root)]
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return root, problems


# The shape ------------------------------------------------------------------------------------


def _at(node: Node, message: str) -> Problem:
    return Problem(message, node.line, node.column)


def _describe(node: Node) -> str:
    if node.kind != "scalar":
        return "a list" if node.kind == "sequence" else "a mapping"
    kind = node.tag.rsplit(":", 1)[-1]
    if kind == "null":
        return "nothing"
    if kind == "str":
        shown = node.value if len(node.value) <= 30 else node.value[:29] + "…"
        return f"the text {shown!r}" if node.value.strip() else "empty text"
    named = {"bool": "the boolean", "int": "the number", "float": "the number"}
    noun = named.get(kind, "the date" if kind == "timestamp" else f"a {kind}")
    return f"{noun} {node.value} (quote it to make it text)"


def _is_text(node: Node) -> bool:
    return node.kind == "scalar" and node.tag == STR_TAG and bool(node.value.strip())


def _check_record(node: Node, kind: str, where: str) -> Iterator[Problem]:
    label = f"{where}: " if where else ""
    if node.kind != "mapping":
        yield _at(node, f"{label}expected a mapping of fields, got {_describe(node)}")
        return
    fields = FIELDS[kind]
    for key, value in node.pairs:
        if key.value not in fields:
            yield _at(key, f"{label}unknown field {key.value!r}")
            continue
        expected, _ = fields[key.value]
        yield from _check_value(value, expected, key.value, f"{where}.{key.value}".lstrip("."))
    for name, (_, required) in fields.items():
        if required and node.get(name) is None:
            yield _at(node, f"{label}missing required field {name!r}")
    identifier = node.get("id")
    if (
        "id" in fields
        and identifier is not None
        and _is_text(identifier)
        and not re.fullmatch(ID_PATTERN, identifier.value)
    ):
        message = f"{identifier.value!r} is not a lowercase slug like 'liver-transplant'"
        yield _at(identifier, f"{where}.id: {message}")


def _one_line(node: Node, where: str) -> Iterator[Problem]:
    """A text is shown on one line of a pipe, with nothing after it: a line break or a space at
    either end would split or pad what a script reads."""
    if _is_text(node) and ("\n" in node.value or node.value != node.value.strip()):
        yield _at(
            node, f"{where}: a text must be one line with no spaces at its ends (fold it with >-)"
        )


def _check_value(node: Node, expected: str, key: str, where: str) -> Iterator[Problem]:
    if expected == STR:
        if not _is_text(node):
            yield _at(node, f"{where}: expected text, got {_describe(node)}")
        yield from _one_line(node, where)
    elif expected == LINK:
        # A link shows what it goes to: no character that shows nothing (U+200B) or reorders.
        link = _is_text(node) and re.fullmatch(LINK_PATTERN, node.value) is not None
        if not link or not node.value.isprintable():
            yield _at(node, f"{where}: expected a link like https://…, got {_describe(node)}")
    elif expected == ISO_DATE:
        if not _is_text(node) or not _is_iso_date(node.value):
            got = "an unquoted date" if node.tag.endswith("timestamp") else _describe(node)
            yield _at(node, f'{where}: expected a quoted date like "2024-05-15", got {got}')
    elif expected == TEXTS:
        if node.kind != "sequence":
            yield _at(node, f"{where}: expected a list of texts, got {_describe(node)}")
            return
        for index, item in enumerate(node.items):
            if not _is_text(item):
                yield _at(item, f"{where}[{index}]: expected text, got {_describe(item)}")
            yield from _one_line(item, f"{where}[{index}]")
    elif expected == RECORDS:
        if node.kind != "sequence":
            yield _at(node, f"{where}: expected a list, got {_describe(node)}")
            return
        for index, item in enumerate(node.items):
            yield from _check_record(item, RECORD_KINDS[key], f"{where}[{index}]")
    else:
        yield from _check_record(node, expected, where)


def _is_iso_date(text: str) -> bool:
    if not re.fullmatch(DATE_PATTERN, text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


# The meaning ----------------------------------------------------------------------------------


def _records(node: Node | None) -> list[Node]:
    return [item for item in node.items if item.kind == "mapping"] if node else []


def _text(node: Node | None, key: str) -> Node | None:
    found = node.get(key) if node is not None and node.kind == "mapping" else None
    return found if found is not None and _is_text(found) else None


def _texts(node: Node | None, key: str) -> list[Node]:
    found = node.get(key) if node is not None and node.kind == "mapping" else None
    return [i for i in found.items if _is_text(i)] if found and found.kind == "sequence" else []


def _names(record: Node, fields: tuple[str, ...]) -> list[Node]:
    single = [n for n in (_text(record, "id"), _text(record, "name")) if n is not None]
    return single + [n for field in fields for n in _texts(record, field)]


def _check_meaning(root: Node) -> list[Problem]:
    """Ids unique; references resolve to the right kind, in the right treatment; no name twice.
    Works on whatever parts of the file have the right shape, so that it can run beside the
    shape checks and report everything at once."""
    problems: list[Problem] = []
    owners: dict[str, tuple[str, str]] = {}  # id -> (kind, the treatment it belongs to)
    claimed: dict[str, str] = {}  # a name's key -> the id that answers to it
    treatments = _records(root.get("treatments"))
    for treatment in treatments:
        treatment_id = _text(treatment, "id")
        if treatment_id is None:
            continue
        members = [("treatment", treatment)]
        members += [("method", m) for m in _records(treatment.get("methods"))]
        members += [("drug", d) for d in _records(treatment.get("drugs"))]
        members += [("combination", r) for r in _records(treatment.get("regimens"))]
        for kind, record in members:
            identifier = _text(record, "id")
            if identifier is None:
                continue
            if identifier.value in owners:
                problems.append(_at(identifier, f"id {identifier.value!r} is used twice"))
                continue
            owners[identifier.value] = (kind, treatment_id.value)
            if kind == "combination":
                continue
            for name in _names(record, ENTRY_NAME_FIELDS):
                key = name_key(name.value)
                other = claimed.setdefault(key, identifier.value)
                if other != identifier.value:
                    message = f"{identifier.value!r} and {other!r} both answer to {name.value!r}"
                    problems.append(_at(name, message))
    for treatment in treatments:
        for regimen in _records(treatment.get("regimens")):
            for drug in _texts(regimen, "drugs"):
                if owners.get(drug.value, ("",))[0] != "drug":
                    problems.append(_at(drug, f"no drug with id {drug.value!r}"))
    problems += _check_stages(root, owners)
    return problems


def _check_stages(root: Node, owners: dict[str, tuple[str, str]]) -> list[Problem]:
    problems: list[Problem] = []
    stage_names: dict[str, str] = {}
    for stage in _records(root.get("stages")):
        stage_id = _text(stage, "id")
        parts = _records(stage.get("parts"))
        for record in (stage, *parts):
            identifier = _text(record, "id")
            if identifier is None:
                continue
            for name in _names(record, STAGE_NAME_FIELDS):
                other = stage_names.setdefault(name_key(name.value), identifier.value)
                if other != identifier.value:
                    message = (
                        f"stages {identifier.value!r} and {other!r} both answer to {name.value!r}"
                    )
                    problems.append(_at(name, message))
        part_ids = {i.value for i in (_text(p, "id") for p in parts) if i is not None}
        for option in _records(stage.get("options")):
            only = _text(option, "only")
            if only is not None and only.value not in part_ids:
                where = stage_id.value if stage_id else "this stage"
                message = f"'only' names {only.value!r}, which is not a part of {where!r}"
                problems.append(_at(only, message))
            for part in (option, *_records(option.get("with"))):
                problems += _check_part(part, owners)
    return problems


def _check_part(part: Node, owners: dict[str, tuple[str, str]]) -> list[Problem]:
    treatment = _text(part, "treatment")
    if treatment is None:
        return []
    if owners.get(treatment.value, ("",))[0] != "treatment":
        return [_at(treatment, f"no treatment with id {treatment.value!r}")]
    problems = []
    for field, kind in (("methods", "method"), ("drugs", "drug"), ("regimens", "combination")):
        for reference in _texts(part, field):
            found_kind, owner = owners.get(reference.value, ("", ""))
            if found_kind != kind:
                problems.append(_at(reference, f"no {kind} with id {reference.value!r}"))
            elif owner != treatment.value:
                message = (
                    f"{kind} {reference.value!r} belongs to {owner!r}, not to {treatment.value!r}"
                )
                problems.append(_at(reference, message))
    return problems
