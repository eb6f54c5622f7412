"""Read the knowledge file safely, check it, and build the model with its indexes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from livertx.errors import KnowledgeError
from livertx.lookup import entry_keys, stage_keys
from livertx.model import (
    Drug,
    Entry,
    Knowledge,
    Method,
    Part,
    Regimen,
    Source,
    Stage,
    StageOption,
    SubStage,
    Treatment,
)

# The real file is a few KB; anything this large is a mistake or an attack, not knowledge.
MAX_BYTES = 2 * 1024 * 1024
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


def bundled_path() -> Path:
    """The knowledge file shipped inside the package (a link to data/ in a source checkout)."""
    return Path(str(resources.files("livertx") / "data" / "treatments.yaml"))


def load_knowledge(path: Path | None = None) -> Knowledge:
    """Read, check and build the knowledge in `path` (the bundled file when None)."""
    path = path or bundled_path()
    raw = parse_yaml(read_text(path), str(path))
    problems = list(check_structure(raw))
    if problems:
        raise KnowledgeError(str(path), problems[0])
    knowledge = build(raw)
    problems = list(check_references(knowledge))
    if problems:
        raise KnowledgeError(str(path), problems[0])
    return knowledge


def read_text(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise KnowledgeError(str(path), "no such file") from None
    except IsADirectoryError:
        raise KnowledgeError(str(path), "is a directory, not a file") from None
    except PermissionError:
        raise KnowledgeError(str(path), "permission denied") from None
    except OSError as error:
        raise KnowledgeError(str(path), error.strerror or "cannot be read") from None
    except ValueError:  # a path no file can have, such as one with a NUL byte
        raise KnowledgeError(str(path), "not a usable file name") from None
    if len(data) > MAX_BYTES:
        raise KnowledgeError(str(path), f"larger than {MAX_BYTES // 1024 // 1024} MiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise KnowledgeError(str(path), f"not UTF-8 text (byte {error.start})") from None


def parse_yaml(text: str, where: str) -> Any:
    # Imported here so that commands which never read the file do not pay for PyYAML.
    import yaml

    # The C loader is ten times faster; PyYAML built without libyaml lacks it.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, chosen above
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        at = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise KnowledgeError(where, f"{at}{error.problem or 'invalid YAML'}") from None
    except yaml.YAMLError as error:
        raise KnowledgeError(where, f"invalid YAML: {error}") from None
    except RecursionError:
        raise KnowledgeError(where, "nested too deeply") from None


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


def build(raw: dict[str, Any]) -> Knowledge:
    """Turn a structurally valid file into the model (references are checked afterwards)."""
    source_raw = raw["source"]
    source = Source(
        title=source_raw["title"],
        publisher=source_raw["publisher"],
        url=source_raw["url"],
        updated=date.fromisoformat(source_raw["updated"]),
        credit=source_raw["credit"],
    )
    treatments = tuple(_build_treatment(item) for item in raw["treatments"])
    stages = tuple(_build_stage(item) for item in raw["stages"])
    entries: dict[str, Entry] = {}
    regimens: dict[str, Regimen] = {}
    for treatment in treatments:
        members: list[Entry] = [treatment, *treatment.methods, *treatment.drugs]
        for entry in members:
            entries.setdefault(entry.id, entry)
        for regimen in treatment.regimens:
            regimens.setdefault(regimen.id, regimen)
    return Knowledge(source, treatments, stages, entries, regimens)


def _texts(raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(raw.get(key) or ())


def _build_treatment(raw: dict[str, Any]) -> Treatment:
    treatment_id = raw["id"]
    return Treatment(
        id=treatment_id,
        name=raw["name"],
        summary=raw["summary"],
        how=_texts(raw, "how"),
        used=_texts(raw, "used"),
        abbreviations=_texts(raw, "abbreviations"),
        also_called=_texts(raw, "also_called"),
        search_terms=_texts(raw, "search_terms"),
        status=raw.get("status"),
        drug_class=raw.get("drug_class"),
        methods=tuple(
            Method(
                id=item["id"],
                name=item["name"],
                summary=item["summary"],
                treatment_id=treatment_id,
                how=_texts(item, "how"),
                abbreviations=_texts(item, "abbreviations"),
                also_called=_texts(item, "also_called"),
                search_terms=_texts(item, "search_terms"),
                status=item.get("status"),
            )
            for item in raw.get("methods") or ()
        ),
        drugs=tuple(
            Drug(item["id"], item["name"], treatment_id, _texts(item, "search_terms"))
            for item in raw.get("drugs") or ()
        ),
        regimens=tuple(
            Regimen(item["id"], _texts(item, "drugs"), treatment_id)
            for item in raw.get("regimens") or ()
        ),
    )


def _build_part(raw: dict[str, Any]) -> Part:
    return Part(
        treatment_id=raw["treatment"],
        method_ids=_texts(raw, "methods"),
        drug_ids=_texts(raw, "drugs"),
        regimen_ids=_texts(raw, "regimens"),
    )


def _build_stage(raw: dict[str, Any]) -> Stage:
    return Stage(
        id=raw["id"],
        name=raw["name"],
        lead=raw["lead"],
        aliases=_texts(raw, "aliases"),
        parts=tuple(
            SubStage(item["id"], item["name"], _texts(item, "aliases"))
            for item in raw.get("parts") or ()
        ),
        options=tuple(
            StageOption(
                main=_build_part(item),
                together_with=tuple(_build_part(part) for part in item.get("with") or ()),
                condition=item.get("condition"),
                only=item.get("only"),
            )
            for item in raw["options"]
        ),
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
