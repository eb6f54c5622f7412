"""A file with any one field dropped, or of the wrong kind, is held to its page all the same:
`validate` runs the shape check and the proof together, so the proof reads trees the shape check
refuses, and must report, never fail. One case for each field of the shipped file, at its first
place."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import pytest

from livertx.problems import Problem

from ..proof.test_proof import DATA, problems_of_data


def _first_of_each_field(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _first_of_each_field(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _first_of_each_field(value, (*path, index))


def _pattern(path: tuple[Any, ...]) -> str:
    return re.sub(r"\.(\d+)", "[]", ".".join(map(str, path)))


FIELDS = {_pattern(path): path for path in reversed(list(_first_of_each_field(DATA)))}


def _edited(path: tuple[Any, ...], change: str) -> dict[str, Any]:
    data = copy.deepcopy(DATA)
    holder = data
    for step in path[:-1]:
        holder = holder[step]
    value = holder[path[-1]]
    if change == "dropped":
        del holder[path[-1]]
    elif isinstance(value, (dict, list)):
        holder[path[-1]] = "surgery"
    else:
        holder[path[-1]] = {"text": value}
    return data


def test_every_field_of_the_file_has_a_case() -> None:
    assert len(FIELDS) > 50
    assert {"treatments[].id", "stages[].options[].with[].drugs", "source.capture"} <= set(FIELDS)


@pytest.mark.parametrize("change", ["dropped", "of another kind"])
@pytest.mark.parametrize("field", FIELDS)
def test_a_field_dropped_or_of_another_kind_is_reported_never_a_failure(
    field: str, change: str
) -> None:
    problems = problems_of_data(_edited(FIELDS[field], change))
    assert all(isinstance(p, Problem) and p.message for p in problems)
    if change == "of another kind":
        assert problems, field
