"""The JSON contract: a JSON Schema (draft 2020-12) for every document a command prints under
`--json`, and for the error document. `livertx schema DOCUMENT` prints one; the tests hold
every command's output to its schema. A command's answer has its schema written from its shape
(livertx.answers.shapes, by livertx.answers.definitions); the maintainers' commands and the error
document have theirs here. `additionalProperties` is false throughout, so a new key is a
decision: add it to its shape (or here), to the tables of docs/json.md and to CHANGELOG.md, and
raise livertx.JSON_CONTRACT (1.x for an addition, 2.0 for anything else).
"""

from __future__ import annotations

from livertx import JSON_CONTRACT
from livertx.answers import shapes
from livertx.answers.definitions import (
    DEFINITIONS,
    STRING,
    STRINGS,
    TEXT_OR_NULL,
    Schema,
    array,
    obj,
    schema_of,
)

# One problem of a knowledge file, as `validate` lists them and `verify-source` its changes.
PROBLEM = obj(
    {
        "file": STRING,
        "line": {"type": ["integer", "null"]},
        "column": {"type": ["integer", "null"]},
        "check": {"enum": ["file", "yaml", "shape", "meaning", "page", "ids"]},
        "message": STRING,
    }
)

# One change `verify-source` reports: a problem, and (since 2.1) the page's part it is in
# ("" for the page as a whole), the file's text it is (its path, or ""), the file's words
# there and the page's (null: none; a text dropped from the page has no page's words).
CHANGE = obj(
    {
        **PROBLEM["properties"],
        "part": STRING,
        "where": STRING,
        "file_has": TEXT_OR_NULL,
        "page_has": TEXT_OR_NULL,
    }
)

DOCUMENTS: dict[str, Schema] = {
    # What a command answers, written from its shape.
    "list": schema_of(list[shapes.TreatmentDoc]),
    "show": schema_of(shapes.EntryDoc),
    "stage": schema_of(shapes.StageDoc),
    "stages": schema_of(list[shapes.StageListDoc]),
    "drugs": schema_of(list[shapes.DrugDoc]),
    "matrix": schema_of(shapes.MatrixDoc),
    "compare": schema_of(shapes.Compared),
    "search": schema_of(shapes.SearchDoc),
    "about": schema_of(shapes.AboutDoc),
    "handout": schema_of(shapes.HandoutDoc),
    # What the maintainers' commands and a failure print, written here.
    "validate": array(PROBLEM),
    "verify-source": obj(
        {
            "page": STRING,
            "knowledge_file": STRING,
            "page_updated": TEXT_OR_NULL,
            "page_date_written": TEXT_OR_NULL,
            "knowledge_updated": TEXT_OR_NULL,
            "dates": {"enum": ["same", "older", "newer", "unknown"]},
            "changes": array(CHANGE),
            # Since 2.1: the words the page's style sheet hides, left out as a browser leaves
            # them out ("" when none): never a change.
            "hidden_by_style": STRING,
            # Since 2.1: what --update wrote (null without it): the new file, the page's text
            # beside it as its capture (null: the file names none), the changes made in place,
            # and every problem of the new file held to the page, which a person must finish.
            "update": {
                "anyOf": [
                    {"type": "null"},
                    obj(
                        {
                            "file": STRING,
                            "capture": TEXT_OR_NULL,
                            "made": array(CHANGE),
                            "for_a_person": array(PROBLEM),
                        }
                    ),
                ]
            },
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
                    # Each link the message gives, and whose it is: livertx's own, not the page's.
                    "links": array(
                        obj({"text": STRING, "url": STRING, "by": {"enum": ["livertx"]}})
                    ),
                }
            )
        }
    ),
}


def schema_for(document: str) -> Schema:
    """The JSON Schema of one document, with the definitions it uses."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://livertx.invalid/contract/{JSON_CONTRACT}/{document}.schema.json",
        "title": f"livertx {document} --json (JSON contract {JSON_CONTRACT})",
        **DOCUMENTS[document],
        "$defs": DEFINITIONS,
    }
