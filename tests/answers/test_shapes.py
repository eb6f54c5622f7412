"""The contract's schemas are written from the documents' shapes (livertx.answers.shapes): every
answered document's schema comes from its TypedDict, a key is required unless its shape makes it
optional, and what `Annotated` adds lands in the schema. test_contract_rejects.py holds the
schemas to refusing every mistake a shape rules out."""

from __future__ import annotations

from typing import Any

import pytest

from livertx.answers import shapes
from livertx.answers.contract import DOCUMENTS
from livertx.answers.definitions import DEFINED, DEFINITIONS, schema_of

# The maintainers' commands and the error document: not answers, their schemas written by hand.
NOT_ANSWERS = {"validate", "verify-source", "error"}


def test_every_definition_is_a_shape() -> None:
    assert list(DEFINITIONS) == list(DEFINED.values())
    assert DOCUMENTS["show"] == {"$ref": "#/$defs/entry"}
    assert DOCUMENTS["stage"] == {"$ref": "#/$defs/stage"}


@pytest.mark.parametrize("document", sorted(set(DOCUMENTS) - NOT_ANSWERS))
def test_every_answered_document_has_its_schema_from_a_shape(document: str) -> None:
    shape = {
        "list": list[shapes.TreatmentDoc],
        "show": shapes.EntryDoc,
        "stage": shapes.StageDoc,
        "stages": list[shapes.StageListDoc],
        "drugs": list[shapes.DrugDoc],
        "matrix": shapes.MatrixDoc,
        "compare": shapes.Compared,
        "search": shapes.SearchDoc,
        "about": shapes.AboutDoc,
        "handout": shapes.HandoutDoc,
    }[document]
    assert DOCUMENTS[document] == schema_of(shape)


def test_a_key_is_required_unless_its_shape_makes_it_optional() -> None:
    entry_ref = DEFINITIONS["entry_ref"]
    assert entry_ref["required"] == ["id", "kind", "name"]
    assert list(entry_ref["properties"]) == [
        "id",
        "kind",
        "name",
        "abbreviations",
        "status",
        "drugs",
    ]
    row = DOCUMENTS["matrix"]["properties"]["rows"]["items"]
    assert row["required"] == ["id", "kind", "name", "status", "part_of", "cells"]
    assert "abbreviations" in row["properties"]
    for name, schema in DEFINITIONS.items():
        assert schema["additionalProperties"] is False, name
        if name != "entry_ref":
            assert schema["required"] == list(schema["properties"]), name


def test_what_annotated_adds_lands_in_the_schema() -> None:
    assert DEFINITIONS["source"]["properties"]["updated"] == {"type": "string", "format": "date"}
    assert DEFINITIONS["option"]["properties"]["parts"]["minItems"] == 1
    assert DEFINITIONS["stage_ref"]["properties"]["id"]["pattern"]
    assert DOCUMENTS["compare"] == {
        "type": "array",
        "items": {"$ref": "#/$defs/entry"},
        "minItems": 2,
    }


@pytest.mark.parametrize("hint", [float, str | int, list[Any] | None, tuple[str, str]])
def test_a_type_no_schema_is_written_for_is_refused(hint: Any) -> None:
    with pytest.raises(TypeError):
        schema_of(hint)
