"""The JSON Schema of a knowledge file, made from the same table the loader checks with
(livertx.knowledge.format.FIELDS), so the two cannot drift. The schema says what an editor can check
as you type (fields, types, ids); the loader also checks meaning (references, unique names)."""

from __future__ import annotations

import json

from livertx.knowledge.format import (
    BOOL,
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

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

SCHEMA_ID = "https://livertx.invalid/treatments.schema.json"  # a name, never fetched
TEXT: dict[str, Any] = {"type": "string", "pattern": r"\S"}


def _property(expected: str, key: str) -> dict[str, Any]:
    if expected == STR:
        return {"$ref": "#/$defs/id"} if key == "id" else dict(TEXT)
    if expected == LINK:
        return {"type": "string", "pattern": LINK_PATTERN, "format": "uri"}
    if expected == BOOL:
        return {"type": "boolean"}
    if expected == ISO_DATE:
        return {"type": "string", "pattern": DATE_PATTERN, "format": "date"}
    if expected == TEXTS:
        return {"type": "array", "items": dict(TEXT)}
    if expected == RECORDS:
        return {"type": "array", "items": {"$ref": f"#/$defs/{RECORD_KINDS[key]}"}}
    return {"$ref": f"#/$defs/{expected}"}


def _record(kind: str) -> dict[str, Any]:
    fields = FIELDS[kind]
    return {
        "type": "object",
        "properties": {key: _property(expected, key) for key, (expected, _) in fields.items()},
        "required": [key for key, (_, required) in fields.items() if required],
        "additionalProperties": False,
    }


def build_schema() -> dict[str, Any]:
    definitions: dict[str, Any] = {"id": {"type": "string", "pattern": ID_PATTERN}}
    definitions.update({kind: _record(kind) for kind in FIELDS if kind != "file"})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "livertx knowledge file",
        "description": (
            "The treatment options from one source page, for livertx. Generated from "
            "livertx.knowledge.format.FIELDS: run `livertx schema` to print it."
        ),
        **_record("file"),
        "$defs": definitions,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"
