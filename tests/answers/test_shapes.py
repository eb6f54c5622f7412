"""The documents' TypedDicts (livertx.answers.shapes) and their JSON Schemas
(livertx.answers.contract) say the same: each shape's keys, which of them are required, and the
type of each, held equal to its schema. What a type cannot say (a date's format, an id's
pattern, how many items at least) is left to the schemas and tested in test_contract.py."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pytest

from livertx.answers import shapes
from livertx.answers.contract import DOCUMENTS
from livertx.answers.definitions import DEFINITIONS

# Each shape the schemas define once and refer to, by its name in `$defs`.
DEFINED: dict[Any, str] = {
    shapes.EntryRef: "entry_ref",
    shapes.StageRef: "stage_ref",
    shapes.StatementDoc: "statement",
    shapes.PartDoc: "part",
    shapes.OptionDoc: "option",
    shapes.SourceDoc: "source",
    shapes.EntryDoc: "entry",
    shapes.StageDoc: "stage",
}
# Each document the answers make, by the name `livertx schema` knows it by.
DOCUMENT_SHAPES: dict[str, Any] = {
    "list": list[shapes.TreatmentDoc],
    "show": shapes.EntryDoc,
    "stage": shapes.StageDoc,
    "stages": list[shapes.StageListDoc],
    "drugs": list[shapes.DrugDoc],
    "matrix": shapes.MatrixDoc,
    "compare": list[shapes.EntryDoc],
    "search": shapes.SearchDoc,
    "about": shapes.AboutDoc,
}
# What a type cannot say, left out of the schemas before they are compared.
REFINEMENTS = ("format", "pattern", "description", "minItems")
SCALARS = {str: "string", bool: "boolean", int: "integer"}


def _object(shape: Any) -> dict[str, Any]:
    hints = get_type_hints(shape)
    return {
        "type": "object",
        "properties": {key: schema_of(hint) for key, hint in hints.items()},
        "required": sorted(shape.__required_keys__),
        "additionalProperties": False,
    }


def schema_of(hint: Any) -> dict[str, Any]:
    """The JSON Schema a type says, written as livertx.answers.contract writes it."""
    if hint in DEFINED:
        return {"$ref": f"#/$defs/{DEFINED[hint]}"}
    if typing.is_typeddict(hint):
        return _object(hint)
    if hint in SCALARS:
        return {"type": SCALARS[hint]}
    origin, args = get_origin(hint), get_args(hint)
    if origin is list:
        return {"type": "array", "items": schema_of(args[0])}
    if origin is dict:
        return {"type": "object", "additionalProperties": schema_of(args[1])}
    if origin is Literal:
        return {"const": args[0]} if len(args) == 1 else {"enum": list(args)}
    if origin in (Union, types.UnionType) and type(None) in args:
        (present,) = [arg for arg in args if arg is not type(None)]
        if present in SCALARS:
            return {"type": [SCALARS[present], "null"]}
        return {"anyOf": [schema_of(present), {"type": "null"}]}
    raise AssertionError(f"no JSON Schema for {hint}")


def _comparable(schema: Any) -> Any:
    """A schema without its refinements, its required keys in one order."""
    if isinstance(schema, list):
        return [_comparable(each) for each in schema]
    if not isinstance(schema, dict):
        return schema
    found = {key: _comparable(value) for key, value in schema.items() if key not in REFINEMENTS}
    if "required" in schema:
        found["required"] = sorted(schema["required"])
    if "properties" in schema:  # a key named like a refinement is a property, never left out
        found["properties"] = {
            key: _comparable(value) for key, value in schema["properties"].items()
        }
    return found


@pytest.mark.parametrize("shape", list(DEFINED), ids=list(DEFINED.values()))
def test_each_defined_shape_is_its_schema(shape: Any) -> None:
    assert _object(shape) == _comparable(DEFINITIONS[DEFINED[shape]])


@pytest.mark.parametrize("document", list(DOCUMENT_SHAPES))
def test_each_document_shape_is_its_schema(document: str) -> None:
    assert schema_of(DOCUMENT_SHAPES[document]) == _comparable(DOCUMENTS[document])


def test_every_definition_and_answered_document_has_its_shape() -> None:
    assert set(DEFINED.values()) == set(DEFINITIONS)
    # validate, verify-source and error are the maintainers' commands' and the exits' own.
    assert set(DOCUMENT_SHAPES) == set(DOCUMENTS) - {"validate", "verify-source", "error"}


def test_the_comparison_sees_a_key_made_optional() -> None:
    """The comparison itself: a schema that requires one key less is not its shape's."""
    loose = dict(DEFINITIONS["option"], required=DEFINITIONS["option"]["required"][1:])
    assert _object(shapes.OptionDoc) != _comparable(loose)
