"""For the tests: the medical texts of a knowledge file (livertx.knowledge.format.MEDICAL_TEXT
says which fields hold them), each with where it stands in the file, walked from the format
alone, so that the tests can see that livertx.proof.prove holds every one in its place.
"""

from __future__ import annotations

from collections.abc import Iterator

from livertx.knowledge.format import FIELDS, MEDICAL_TEXT, RECORD_KINDS, RECORDS, STR
from livertx.records import Record
from livertx.yaml_tree import STR_TAG, Node


class Excerpt(Record):
    """One medical text of a knowledge file, where it starts (line and column from 1) and its
    path in the file, like `treatments[3].methods[0].summary`."""

    text: str
    line: int
    column: int
    where: str


def excerpts_of(root: Node) -> list[Excerpt]:
    """Every medical text in the tree, in file order. Parts of the wrong shape are skipped: the
    shape checks report those."""
    return list(_excerpts(root, "file", ""))


def _excerpts(node: Node, kind: str, where: str) -> Iterator[Excerpt]:
    if node.kind != "mapping":
        return
    fields = FIELDS[kind]
    for key, value in node.pairs:
        if key.value not in fields:
            continue
        expected, _ = fields[key.value]
        path = f"{where}.{key.value}".lstrip(".")
        if (kind, key.value) in MEDICAL_TEXT:
            if expected == STR:
                texts = [(value, path)]
            else:
                texts = [(item, f"{path}[{index}]") for index, item in enumerate(value.items)]
            for text, at in texts:
                if text.kind == "scalar" and text.tag == STR_TAG:
                    yield Excerpt(text.value, text.line, text.column, at)
        elif expected == RECORDS:
            for index, item in enumerate(value.items):
                yield from _excerpts(item, RECORD_KINDS[key.value], f"{path}[{index}]")
        elif expected in FIELDS:
            yield from _excerpts(value, expected, path)
