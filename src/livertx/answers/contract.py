"""The JSON contract: a JSON Schema (draft 2020-12) for every document a command prints under
`--json`, and for the error document. `livertx schema DOCUMENT` prints one; the tests hold
every command's output to its schema. `additionalProperties` is false throughout, so a new key
is a decision: add it here, in the README's tables and in CHANGELOG.md, and raise
livertx.JSON_CONTRACT (1.x for an addition, 2.0 for anything else).
"""

from __future__ import annotations

from livertx.knowledge.format import ID_PATTERN

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    Schema = dict[str, Any]

STRING: Schema = {"type": "string"}
BOOLEAN: Schema = {"type": "boolean"}
TEXT_OR_NULL: Schema = {"type": ["string", "null"]}
STRINGS: Schema = {"type": "array", "items": STRING}
KINDS = ["treatment", "method", "drug", "combination"]


def obj(properties: dict[str, Any]) -> Schema:
    """An object with exactly these keys, every one present."""
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def ref(name: str) -> Schema:
    return {"$ref": f"#/$defs/{name}"}


def array(items: Schema) -> Schema:
    return {"type": "array", "items": items}


def nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


DEFINITIONS: dict[str, Schema] = {
    # An entry, wherever a document names one: its id, kind and name; a method adds its
    # abbreviations and status; a combination its drugs.
    "entry_ref": {
        "type": "object",
        "properties": {
            "id": STRING,
            "kind": {"enum": KINDS},
            "name": STRING,
            "abbreviations": STRINGS,
            "status": TEXT_OR_NULL,
            "drugs": array(ref("entry_ref")),
        },
        "required": ["id", "kind", "name"],
        "additionalProperties": False,
    },
    # A stage, by an id of one set; `covers` lists what a group (`advanced`) takes in.
    "stage_ref": obj(
        {
            "id": {
                "type": "string",
                "pattern": ID_PATTERN,
                "description": "For the shipped file one of localized, advanced (the page's "
                "group locally advanced or metastatic), locally-advanced, metastatic, recurrent",
            },
            "kind": {"const": "stage"},
            "name": STRING,
            "covers": array(ref("stage_ref")),
        }
    ),
    "statement": obj({"text": STRING, "section": TEXT_OR_NULL}),
    "part": obj(
        {
            "treatment": ref("entry_ref"),
            "methods": array(ref("entry_ref")),
            "drugs": array(ref("entry_ref")),
            "combinations": array(ref("entry_ref")),
        }
    ),
    "option": obj(
        {
            "label": STRING,
            "text": TEXT_OR_NULL,
            "condition": TEXT_OR_NULL,
            "stages": array(ref("stage_ref")),
            "parts": {"type": "array", "items": ref("part"), "minItems": 1},
            "section": STRING,
        }
    ),
    "source": obj(
        {
            "title": STRING,
            "publisher": STRING,
            "url": STRING,
            "updated": {"type": "string", "format": "date"},
            "credit": STRING,
            "condition": TEXT_OR_NULL,
            "trial_search": TEXT_OR_NULL,
            "intro": STRINGS,
            "checked": BOOLEAN,
            "disclaimer": STRING,
        }
    ),
    "entry": obj(
        {
            "id": STRING,
            "kind": {"enum": KINDS},
            "name": STRING,
            "abbreviations": STRINGS,
            "status": TEXT_OR_NULL,
            "summary": TEXT_OR_NULL,
            "also_called": STRINGS,
            "part_of": nullable(ref("entry_ref")),
            "methods_lead": TEXT_OR_NULL,
            "how": STRINGS,
            "used": STRINGS,
            "methods": array(ref("entry_ref")),
            "drugs": array(ref("entry_ref")),
            "combinations": array(ref("entry_ref")),
            "listed": array(ref("entry_ref")),
            "items": STRINGS,
            "learn_more": STRINGS,
            "options": array(ref("option")),
            "section": STRING,
            "statements": array(ref("statement")),
            "trials": obj({"clinicaltrials_gov": TEXT_OR_NULL, "nci": TEXT_OR_NULL}),
            "source": ref("source"),
        }
    ),
    "stage": obj(
        {
            "id": STRING,
            "kind": {"const": "stage"},
            "name": STRING,
            "covers": array(ref("stage_ref")),
            "group": ref("stage_ref"),
            "lead": STRING,
            "options": array(ref("option")),
            "excluded": array(ref("option")),
            "section": STRING,
            "statements": array(ref("statement")),
            "source": ref("source"),
        }
    ),
}

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
