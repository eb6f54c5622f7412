"""The JSON contract: a JSON Schema (draft 2020-12) for every document a command prints under
`--json`, and for the error document. `livertx schema DOCUMENT` prints one; the tests hold
every command's output to its schema. `additionalProperties` is false throughout, so a new key
is a decision: add it here (or in livertx.answers.definitions, what documents are made of), in
its shape (livertx.answers.shapes), in the README's tables and in CHANGELOG.md, and raise
livertx.JSON_CONTRACT (1.x for an addition, 2.0 for anything else).
"""

from __future__ import annotations

from livertx.answers.definitions import (
    DEFINITIONS,
    KINDS,
    STRING,
    STRINGS,
    TEXT_OR_NULL,
    array,
    nullable,
    obj,
    ref,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.answers.definitions import Schema

ENTRY_KEYS = DEFINITIONS["entry"]["properties"]
DRUG_KEYS = (
    "id",
    "kind",
    "name",
    "part_of",
    "used",
    "listed",
    "items",
    "combinations",
    "options",
    "statements",
)

# One problem of a knowledge file, as `validate` lists them and `verify-source` its changes.
PROBLEM = obj(
    {
        "file": STRING,
        "line": {"type": ["integer", "null"]},
        "column": {"type": ["integer", "null"]},
        "check": {"enum": ["file", "yaml", "shape", "meaning", "page"]},
        "message": STRING,
    }
)

DOCUMENTS: dict[str, Schema] = {
    "list": array(
        obj(
            {
                "id": STRING,
                "kind": {"const": "treatment"},
                "name": STRING,
                "summary": STRING,
                "options": array(ref("option")),
                "statements": array(ref("statement")),
            }
        )
    ),
    "show": ref("entry"),
    "stage": ref("stage"),
    "stages": array(
        obj(
            {
                "id": STRING,
                "kind": {"const": "stage"},
                "name": STRING,
                "covers": array(ref("stage_ref")),
                "part_of": nullable(ref("stage_ref")),
                "section": STRING,
                "lead": STRING,
            }
        )
    ),
    "drugs": array(obj({key: ENTRY_KEYS[key] for key in DRUG_KEYS})),
    "matrix": obj(
        {
            "stages": array(ref("stage_ref")),
            "rows": array(
                {
                    "type": "object",
                    "properties": {
                        "id": STRING,
                        "kind": {"enum": ["treatment", "method"]},
                        "name": STRING,
                        "abbreviations": STRINGS,
                        "status": TEXT_OR_NULL,
                        "part_of": nullable(ref("entry_ref")),
                        "cells": {
                            "type": "object",
                            "additionalProperties": obj(
                                {
                                    "listed": {"type": "boolean"},
                                    "conditions": STRINGS,
                                    "joined": STRINGS,
                                    "items": STRINGS,
                                }
                            ),
                        },
                    },
                    "required": ["id", "kind", "name", "status", "part_of", "cells"],
                    "additionalProperties": False,
                }
            ),
            "source": ref("source"),
        }
    ),
    "compare": {"type": "array", "items": ref("entry"), "minItems": 2},
    "search": obj(
        {
            "query": STRING,
            "read_as": array(obj({"typed": STRING, "read_as": STRING})),
            "hits": array(
                obj(
                    {
                        "id": STRING,
                        "kind": {"enum": [*KINDS, "stage", "page"]},
                        "name": STRING,
                        "command": STRING,
                        "score": {"type": "integer"},
                        "field": {"enum": ["name", "summary", "details"]},
                        "snippet": STRING,
                        "section": TEXT_OR_NULL,
                    }
                )
            ),
        }
    ),
    "about": obj(
        {
            "version": STRING,
            "json_contract": STRING,
            "knowledge_file": STRING,
            "source": ref("source"),
            "disclaimer": STRING,
            "license": STRING,
            "notice": STRING,
            "counts": obj(
                {
                    key: {"type": "integer"}
                    for key in (
                        "treatments",
                        "methods",
                        "drugs",
                        "combinations",
                        "stage_sections",
                        "stages",
                    )
                }
            ),
        }
    ),
    "validate": array(PROBLEM),
    "verify-source": obj(
        {
            "page": STRING,
            "knowledge_file": STRING,
            "page_updated": TEXT_OR_NULL,
            "page_date_written": TEXT_OR_NULL,
            "knowledge_updated": TEXT_OR_NULL,
            "dates": {"enum": ["same", "older", "newer", "unknown"]},
            "changes": array(PROBLEM),
        }
    ),
    # On stderr, under --json, when a command fails (stdout stays empty).
    "error": obj(
        {
            "error": obj(
                {
                    "code": {
                        "enum": ["not_found", "usage", "data", "io", "internal", "interrupted"]
                    },
                    "message": STRING,
                    "suggestions": STRINGS,
                }
            )
        }
    ),
}


def schema_for(document: str) -> Schema:
    """The JSON Schema of one document, with the definitions it uses."""
    from livertx import JSON_CONTRACT

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://livertx.invalid/contract/{JSON_CONTRACT}/{document}.schema.json",
        "title": f"livertx {document} --json (JSON contract {JSON_CONTRACT})",
        **DOCUMENTS[document],
        "$defs": DEFINITIONS,
    }
