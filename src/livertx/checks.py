"""The checks a knowledge file must pass: its shape (fields, types, ids), then its meaning
(ids unique, references resolve, no two entries answer to one name)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from livertx.lookup import entry_keys, stage_keys
from livertx.model import Knowledge, Part

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

STR, TEXTS, RECORDS, ISO_DATE = "text", "list of texts", "list", "date"

# For each kind of record: its fields, each with its type and whether it is required.
FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "file": {"source": ("source", True), "treatments": (RECORDS, True), "stages": (RECORDS, True)},
    "source": {
        "title": (STR, True),
        "publisher": (STR, True),
        "url": (STR, True),
        "updated": (ISO_DATE, True),
        "credit": (STR, True),
    },
    "treatment": {
        "id": (STR, True),
        "name": (STR, True),
        "summary": (STR, True),
        "how": (TEXTS, False),
        "used": (TEXTS, False),
        "abbreviations": (TEXTS, False),
        "also_called": (TEXTS, False),
        "search_terms": (TEXTS, False),
        "status": (STR, False),
        "drug_class": (STR, False),
        "methods": (RECORDS, False),
        "drugs": (RECORDS, False),
        "regimens": (RECORDS, False),
    },
    "method": {
        "id": (STR, True),
        "name": (STR, True),
        "summary": (STR, True),
        "how": (TEXTS, False),
        "abbreviations": (TEXTS, False),
        "also_called": (TEXTS, False),
        "search_terms": (TEXTS, False),
        "status": (STR, False),
    },
    "drug": {"id": (STR, True), "name": (STR, True), "search_terms": (TEXTS, False)},
    "regimen": {"id": (STR, True), "drugs": (TEXTS, True)},
    "stage": {
        "id": (STR, True),
        "name": (STR, True),
        "lead": (STR, True),
        "aliases": (TEXTS, False),
        "parts": (RECORDS, False),
        "options": (RECORDS, True),
    },
    "part": {"id": (STR, True), "name": (STR, True), "aliases": (TEXTS, False)},
    "option": {
        "treatment": (STR, True),
        "methods": (TEXTS, False),
        "drugs": (TEXTS, False),
        "regimens": (TEXTS, False),
        "with": (RECORDS, False),
        "condition": (STR, False),
        "only": (STR, False),
    },
    "with": {
        "treatment": (STR, True),
        "methods": (TEXTS, False),
        "drugs": (TEXTS, False),
        "regimens": (TEXTS, False),
    },
}


def check_structure(raw: Any) -> Iterator[str]:
    """Every problem of shape: missing or unknown fields, wrong types, malformed ids."""
    yield from _check_record(raw, "file", "the file")


def _check_record(raw: Any, kind: str, where: str) -> Iterator[str]:
    if not isinstance(raw, dict):
        yield f"{where}: expected a mapping of fields"
        return
    fields = FIELDS[kind]
    for key in raw:
        if key not in fields:
            yield f"{where}: unknown field {key!r}"
    for key, (expected, required) in fields.items():
        if key not in raw or raw[key] is None:
            if required:
                yield f"{where}: missing required field {key!r}"
            continue
        yield from _check_value(raw[key], expected, key, f"{where}.{key}")
    if "id" in fields and isinstance(raw.get("id"), str) and not ID_PATTERN.fullmatch(raw["id"]):
        yield f"{where}.id: {raw['id']!r} is not a lowercase slug like 'liver-transplant'"


def _check_value(value: Any, expected: str, key: str, where: str) -> Iterator[str]:
    if expected == STR:
        if not isinstance(value, str) or not value.strip():
            yield f"{where}: expected text, got {_describe(value)}"
    elif expected == ISO_DATE:
        if not isinstance(value, str) or not _is_iso_date(value):
            yield f'{where}: expected a quoted date like "2024-05-15", got {_describe(value)}'
    elif expected == TEXTS:
        if not isinstance(value, list):
            yield f"{where}: expected a list of texts, got {_describe(value)}"
        else:
            for index, item in enumerate(value):
                if not isinstance(item, str) or not item.strip():
                    yield f"{where}[{index}]: expected text, got {_describe(item)}"
    elif expected == RECORDS:
        if not isinstance(value, list):
            yield f"{where}: expected a list, got {_describe(value)}"
        else:
            kind = _RECORD_KINDS[key]
            for index, item in enumerate(value):
                yield from _check_record(item, kind, f"{where}[{index}]")
    else:
        yield from _check_record(value, expected, where)


_RECORD_KINDS = {
    "treatments": "treatment",
    "methods": "method",
    "drugs": "drug",
    "regimens": "regimen",
    "stages": "stage",
    "parts": "part",
    "options": "option",
    "with": "with",
}


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the boolean {value} (quote it to make it text)"
    if isinstance(value, date):
        return f"the date {value} (quote it to make it text)"
    if isinstance(value, str):
        return "empty text"
    return {dict: "a mapping", list: "a list", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


@dataclass(frozen=True)
class _Owner:
    """What a referenced id is, and which treatment it belongs to."""

    kind: str
    treatment_id: str


def check_references(knowledge: Knowledge) -> Iterator[str]:
    """Every problem of meaning: duplicate ids or names, references that do not resolve."""
    owners: dict[str, _Owner] = {}
    for treatment in knowledge.treatments:
        items: list[tuple[str, str]] = [("treatment", treatment.id)]
        items += [("method", m.id) for m in treatment.methods]
        items += [("drug", d.id) for d in treatment.drugs]
        items += [("combination", r.id) for r in treatment.regimens]
        for kind, item_id in items:
            if item_id in owners:
                yield f"id {item_id!r} is used twice"
            owners.setdefault(item_id, _Owner(kind, treatment.id))
    for regimen in knowledge.regimens.values():
        for drug_id in regimen.drug_ids:
            if getattr(owners.get(drug_id), "kind", None) != "drug":
                yield f"combination {regimen.id!r}: no drug with id {drug_id!r}"

    yield from _check_unique_keys(knowledge)

    stage_ids: set[str] = set()
    for stage in knowledge.stages:
        for stage_id in (stage.id, *(part.id for part in stage.parts)):
            if stage_id in stage_ids:
                yield f"stage id {stage_id!r} is used twice"
            stage_ids.add(stage_id)
        part_ids = {part.id for part in stage.parts}
        for number, option in enumerate(stage.options, start=1):
            where = f"stage {stage.id!r}, option {number}"
            if option.only is not None and option.only not in part_ids:
                yield f"{where}: 'only' names {option.only!r}, which is not a part of this stage"
            for part in option.parts:
                yield from _check_part(part, owners, where)


def _check_part(part: Part, owners: Mapping[str, _Owner], where: str) -> Iterator[str]:
    owner = owners.get(part.treatment_id)
    if owner is None or owner.kind != "treatment":
        yield f"{where}: no treatment with id {part.treatment_id!r}"
        return
    wanted = (
        ("method", part.method_ids),
        ("drug", part.drug_ids),
        ("combination", part.regimen_ids),
    )
    for kind, ids in wanted:
        for item_id in ids:
            found = owners.get(item_id)
            if found is None or found.kind != kind:
                yield f"{where}: no {kind} with id {item_id!r}"
            elif found.treatment_id != part.treatment_id:
                owner_id, wanted_id = found.treatment_id, part.treatment_id
                yield f"{where}: {kind} {item_id!r} belongs to {owner_id!r}, not to {wanted_id!r}"


def _check_unique_keys(knowledge: Knowledge) -> Iterator[str]:
    claimed: dict[str, str] = {}
    for entry in knowledge.entries.values():
        for key in entry_keys(entry):
            if claimed.setdefault(key, entry.id) != entry.id:
                yield f"{entry.id!r} and {claimed[key]!r} both answer to the name {key!r}"
    claimed = {}
    for stage in knowledge.stages:
        for key, selection in stage_keys(stage):
            if claimed.setdefault(key, selection) != selection:
                yield f"stages {selection!r} and {claimed[key]!r} both answer to {key!r}"
