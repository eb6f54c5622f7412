"""JSON Schemas written from the documents' shapes (livertx.answers.shapes, the one source of
both): a shape's keys, which are required, each key's type and what `Annotated` adds to it.
What every document is made of is defined once and referred to (`$defs`, DEFINITIONS). Imported
by livertx.answers.contract alone: `livertx schema` and the tests, never a command's answer.
"""

from __future__ import annotations

import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints
from typing import is_typeddict as is_shape

from livertx.answers import shapes

Schema = dict[str, Any]

STRING: Schema = {"type": "string"}
TEXT_OR_NULL: Schema = {"type": ["string", "null"]}
STRINGS: Schema = {"type": "array", "items": STRING}
SCALARS = {str: "string", bool: "boolean", int: "integer"}

# What every document is made of, by its name in `$defs`, in the order they are written there.
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


def shape_schema(shape: Any) -> Schema:
    """A shape's own schema: its keys and no other, the required ones in its order."""
    hints = get_type_hints(shape, include_extras=True)
    schema = obj({key: schema_of(hint) for key, hint in hints.items()})
    schema["required"] = [key for key in hints if key in shape.__required_keys__]
    return schema


def schema_of(hint: Any) -> Schema:
    """The schema of a type: a shape of DEFINED by reference, any other written in place."""
    if is_shape(hint):
        return ref(DEFINED[hint]) if hint in DEFINED else shape_schema(hint)
    if _scalar(hint):
        return {"type": _scalar(hint)}
    origin, args = get_origin(hint), get_args(hint)
    if origin is Annotated:
        return {**schema_of(args[0]), **hint.__metadata__[0]}
    if origin is list:
        return array(schema_of(args[0]))
    if origin is dict:
        return {"type": "object", "additionalProperties": schema_of(args[1])}
    if origin is Literal:
        return {"const": args[0]} if len(args) == 1 else {"enum": list(args)}
    if origin in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        present = args[0] if args[1] is type(None) else args[1]
        scalar = _scalar(present)
        return {"type": [scalar, "null"]} if scalar else nullable(schema_of(present))
    raise TypeError(f"no JSON Schema is written for {hint}")


def _scalar(hint: Any) -> str | None:
    """A JSON type's name for str, bool and int (an Annotated type is no key: it cannot hash)."""
    return SCALARS.get(hint) if isinstance(hint, type) else None


DEFINITIONS: dict[str, Schema] = {name: shape_schema(shape) for shape, name in DEFINED.items()}
