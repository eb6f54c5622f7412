"""The JSON Schemas of what every document is made of, defined once and referred to (`$defs`):
an entry or a stage as documents refer to them, a statement, a stage option and its parts, the
source, an entry and a stage in full; and how livertx.answers.contract writes a schema.
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
