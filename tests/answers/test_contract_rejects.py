"""The JSON contract refuses what is not a document: a real document of the shipped answers, with
one mistake made in it, fails its schema, for every kind of mistake at every kind of place its
shape (livertx.answers.shapes) has: a required key missing, a key too many, a value of the wrong
type, a word outside its enum; and `compare` with one entry, an option with no part."""

from __future__ import annotations

import copy
import functools
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import jsonschema
import pytest

from livertx.answers import search, shapes
from livertx.answers.contract import schema_for
from livertx.answers.prepared import Answers, for_file

from ..conftest import answered

ANSWERS = for_file(None)  # the shipped answers
Path = tuple[Any, ...]


def _about(_: Answers) -> Any:
    return answered("about", [])[1]


# (the document's name in the contract, its shape, how to get a real one)
DOCUMENTS: list[tuple[str, Any, Callable[[Answers], Any]]] = [
    ("list", list[shapes.TreatmentDoc], lambda answers: answers.treatments),
    ("show", shapes.EntryDoc, lambda answers: answers.entries["transarterial-chemoembolization"]),
    ("show", shapes.EntryDoc, lambda answers: answers.entries["sorafenib"]),
    ("show", shapes.EntryDoc, lambda answers: answers.entries["atezolizumab-with-bevacizumab"]),
    ("stage", shapes.StageDoc, lambda answers: answers.stages["recurrent"]),
    ("stage", shapes.StageDoc, lambda answers: answers.stages["advanced"]),
    ("stages", list[shapes.StageListDoc], lambda answers: answers.stage_list),
    ("drugs", list[shapes.DrugDoc], lambda answers: answers.drugs),
    ("matrix", shapes.MatrixDoc, lambda answers: answers.matrix),
    (
        "compare",
        list[shapes.EntryDoc],
        lambda a: [a.entries["transarterial-chemoembolization"], a.entries["sorafenib"]],
    ),
    ("search", shapes.SearchDoc, lambda answers: search.search(answers, "tace")),
    ("search", shapes.SearchDoc, lambda answers: search.search(answers, "frezze")),
    ("about", shapes.AboutDoc, _about),
]


@functools.cache
def _validator(document_name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema_for(document_name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _valid(document_name: str, document: Any) -> bool:
    return bool(_validator(document_name).is_valid(document))


def _arms(hint: Any) -> tuple[Any, ...]:
    """The types a value may have: each arm of a union, or the one type."""
    return get_args(hint) if get_origin(hint) in (Union, types.UnionType) else (hint,)


def _admits(hint: Any, value: Any) -> bool:
    """Whether a value has a JSON type the hint allows (its words aside)."""
    for arm in _arms(hint):
        origin = get_origin(arm) or arm
        if arm is type(None) and value is None:
            return True
        if origin is Literal and value in get_args(arm):
            return True
        if typing.is_typeddict(arm) or origin is dict:
            if isinstance(value, dict):
                return True
        elif origin is bool or origin is str or origin is list:
            if isinstance(value, origin):
                return True
        elif origin is int and isinstance(value, int) and not isinstance(value, bool):
            return True
    return False


def _wrong(hint: Any) -> Any:
    """A value of a JSON type the hint does not allow."""
    return next(value for value in (7, "seven", [7], {"seven": 7}) if not _admits(hint, value))


def _present(hint: Any) -> Any:
    """The type a value has when it is there (`str` of `str | None`)."""
    (present,) = [arm for arm in _arms(hint) if arm is not type(None)] or [type(None)]
    return present


def _mistakes(value: Any, hint: Any, path: Path) -> Iterator[tuple[str, Path, Any]]:
    """(what kind of mistake, where, the value put there; None to take the key out) for
    everything in the node at `path`, each kind named by the shape and key it is made in."""
    present = _present(hint)
    if typing.is_typeddict(present) and isinstance(value, dict):
        shape, hints = present.__name__, get_type_hints(present)
        yield f"{shape}: a key too many", (*path, "unexpected"), "?"
        for key in sorted(present.__required_keys__ & set(value)):
            yield f"{shape}.{key} missing", (*path, key), None
        children = [(f"{shape}.{key}", key, item, hints[key]) for key, item in value.items()]
    elif get_origin(present) in (list, dict) and isinstance(value, list | dict):
        item_hint = get_args(present)[-1]
        steps = value.items() if isinstance(value, dict) else enumerate(value)
        children = [(f"an item of {present}", step, item, item_hint) for step, item in steps]
    else:
        children = []
    for name, step, item, item_hint in children:
        yield f"{name} of a wrong type", (*path, step), _wrong(item_hint)
        if get_origin(_present(item_hint)) is Literal and isinstance(item, str):
            yield f"{name}: a word outside its enum", (*path, step), "unknown-word"
        yield from _mistakes(item, item_hint, (*path, step))


def _with(document: Any, path: Path, value: Any) -> Any:
    """A copy of the document with the node at `path` set to value (taken out for None where
    the path ends in a key)."""
    changed = copy.deepcopy(document)
    *parents, last = path
    node = changed
    for step in parents:
        node = node[step]
    if value is None and isinstance(node, dict):
        del node[last]
    else:
        node[last] = value
    return changed


def _each_kind_once(document: Any, shape: Any) -> dict[str, tuple[Path, Any]]:
    """Every kind of mistake the document's shape allows, each at the first place it can be."""
    found: dict[str, tuple[Path, Any]] = {}
    for kind, path, value in _mistakes(document, shape, ()):
        found.setdefault(kind, (path, value))
    return found


@pytest.mark.parametrize(("name", "shape", "real"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_every_mistake_in_a_real_document_is_refused(
    name: str, shape: Any, real: Callable[[Answers], Any]
) -> None:
    document = real(ANSWERS)
    assert _valid(name, document)
    mistakes = _each_kind_once(document, shape)
    kinds = " ".join(mistakes)
    assert "missing" in kinds and "too many" in kinds and "wrong type" in kinds
    accepted = [
        kind
        for kind, (path, value) in mistakes.items()
        if _valid(name, _with(document, path, value))
    ]
    assert accepted == []


def test_the_mistakes_are_made_in_every_shape() -> None:
    """Each key of every shape the documents are made of, and each enum, meets its mistakes."""
    kinds: set[str] = set()
    for _, shape, real in DOCUMENTS:
        kinds |= set(_each_kind_once(real(ANSWERS), shape))
    for name in ("EntryRef.kind", "StageRef.kind", "MatrixRow.kind", "HitDoc.kind"):
        assert f"{name}: a word outside its enum" in kinds
    for name in ("EntryRef.drugs", "MatrixRow.abbreviations", "SourceDoc.updated", "CellDoc"):
        assert any(kind.startswith(name) for kind in kinds), name


def test_compare_takes_two_entries_at_least() -> None:
    tace, sorafenib = (
        ANSWERS.entries["transarterial-chemoembolization"],
        ANSWERS.entries["sorafenib"],
    )
    assert _valid("compare", [tace, sorafenib])
    assert not _valid("compare", [tace])
    assert not _valid("compare", [])


def test_an_option_names_one_part_at_least() -> None:
    stage = ANSWERS.stages["recurrent"]
    assert stage["options"][0]["parts"]
    assert not _valid("stage", _with(stage, ("options", 0, "parts"), []))


def test_a_date_is_a_date_and_an_id_an_id() -> None:
    stage = ANSWERS.stages["recurrent"]
    assert not _valid("stage", _with(stage, ("source", "updated"), "15 May 2024"))
    assert not _valid("stage", _with(stage, ("covers",), [{**stage["group"], "id": "Not An Id"}]))


def test_every_schema_names_its_draft_and_its_document() -> None:
    # A validator reads "$schema" to know the rules: draft 2020-12, by its exact address.
    from livertx.answers.contract import DOCUMENTS, schema_for

    for document in DOCUMENTS:
        schema = schema_for(document)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", document
