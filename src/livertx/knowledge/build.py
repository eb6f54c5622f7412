"""Read the knowledge file safely, check it, and build the model with its indexes."""

from __future__ import annotations

import os
from datetime import date

from livertx.errors import KnowledgeError
from livertx.knowledge.checked import checked_tree
from livertx.knowledge.file import read_capture, resolve_path
from livertx.knowledge.format import BOOL, FIELDS, STR, TEXTS
from livertx.knowledge.model import (
    Combination,
    CoveredStage,
    Drug,
    Entry,
    Knowledge,
    Method,
    Part,
    Source,
    Stage,
    StageOption,
    Treatment,
)
from livertx.proof.sections import page_sections
from livertx.safe_read import read_bytes

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the --json path skips it
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any


def load_knowledge(path: str | os.PathLike[str] | None = None) -> Knowledge:
    """Read, check and build the knowledge in `path` (the bundled file when None)."""
    where = resolve_path(path)
    return load_from_bytes(read_bytes(where), where)


def load_from_bytes(data: bytes, where: str) -> Knowledge:
    """Check and build the knowledge in `data`, read from the file `where`."""
    return build(checked_tree(data, where).to_data())


def build(raw: dict[str, Any]) -> Knowledge:
    """Turn a structurally valid file into the model (references are checked afterwards)."""
    source_raw = raw["source"]
    source = Source(
        title=source_raw["title"],
        publisher=source_raw["publisher"],
        url=source_raw["url"],
        updated=date.fromisoformat(source_raw["updated"]),
        credit=source_raw["credit"],
        condition=source_raw.get("condition"),
        trial_search=source_raw.get("trial_search"),
        intro=_texts(source_raw, "intro"),
        capture=source_raw.get("capture"),
        treatments_section=source_raw.get("treatments_section"),
    )
    built = tuple(_build_treatment(item) for item in raw["treatments"])
    stages = tuple(_build_stage(item) for item in raw["stages"])
    entries: dict[str, Entry] = {}
    combinations: dict[str, Combination] = {}
    drug_names = {d.id: d.name for t in built for d in t.drugs}
    treatments = tuple(
        t._replace(combinations=tuple(_named(r, drug_names) for r in t.combinations)) for t in built
    )
    for treatment in treatments:
        named = treatment.combinations
        members: list[Entry] = [treatment, *treatment.methods, *treatment.drugs, *named]
        for entry in members:
            entries.setdefault(entry.id, entry)
        for combination in named:
            combinations.setdefault(combination.id, combination)
    return Knowledge(source, treatments, stages, entries, combinations)


def _named(combination: Combination, drug_names: dict[str, str]) -> Combination:
    """A combination with its name: "atezolizumab with bevacizumab", as the page writes it."""
    return combination._replace(name=" with ".join(drug_names[d] for d in combination.drug_ids))


def _texts(raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(raw.get(key) or ())


def _plain_fields(raw: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """Every text and list of texts the format gives this kind of record (livertx.knowledge.
    format.FIELDS), as the model holds it: a field the format and the model gain is built with
    no change here. Records within it (methods, drugs) are built by the callers."""
    values: dict[str, Any] = {}
    for name, (type_, _) in FIELDS[kind].items():
        if type_ == TEXTS:
            values[name] = _texts(raw, name)
        elif type_ == STR:
            values[name] = raw.get(name)
        elif type_ == BOOL and name in raw:
            values[name] = raw[name]
    return values


def _build_treatment(raw: dict[str, Any]) -> Treatment:
    treatment_id = raw["id"]
    return Treatment(
        **_plain_fields(raw, "treatment"),
        methods=tuple(
            Method(**_plain_fields(item, "method"), treatment_id=treatment_id)
            for item in raw.get("methods") or ()
        ),
        drugs=tuple(
            Drug(**_plain_fields(item, "drug"), treatment_id=treatment_id)
            for item in raw.get("drugs") or ()
        ),
        combinations=tuple(
            Combination(item["id"], _texts(item, "drugs"), treatment_id, name="")
            for item in raw.get("regimens") or ()
        ),
    )


def _build_part(raw: dict[str, Any]) -> Part:
    return Part(
        treatment_id=raw["treatment"],
        method_ids=_texts(raw, "methods"),
        drug_ids=_texts(raw, "drugs"),
        combination_ids=_texts(raw, "regimens"),
    )


def _build_stage(raw: dict[str, Any]) -> Stage:
    return Stage(
        id=raw["id"],
        name=raw["name"],
        lead=raw["lead"],
        section=raw.get("section"),
        aliases=_texts(raw, "aliases"),
        covers=tuple(
            CoveredStage(item["id"], item["name"], _texts(item, "aliases"))
            for item in raw.get("parts") or ()
        ),
        options=tuple(
            StageOption(
                main=_build_part(item),
                together_with=tuple(_build_part(part) for part in item.get("with") or ()),
                condition=item.get("condition"),
                text=item.get("text"),
                only=item.get("only"),
            )
            for item in raw["options"]
        ),
    )


def with_page_sections(knowledge: Knowledge, where: str) -> Knowledge:
    """The knowledge with where each statement stands on the page, when the file names a
    capture that can be read and whose headings are found; else as it is."""
    source = knowledge.source
    if not source.capture or not source.treatments_section:
        return knowledge
    try:
        page = read_capture(where, source.capture)
    except KnowledgeError:  # the statements are shown all the same, without their sections
        return knowledge
    sections = page_sections(
        page,
        source.title,
        source.treatments_section,
        [treatment.name for treatment in knowledge.treatments],
        [stage.section or stage.name for stage in knowledge.stages],
    )
    return knowledge._replace(sections=sections)
