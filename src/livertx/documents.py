"""The documents livertx answers with: plain data (dicts, lists, strings) built from the model.

They are what `--json` prints, and what every other renderer shows, so a terminal table and a
script see the same answer. Their shapes are a contract for scripts, documented in the README:
change them only on purpose.
"""

from __future__ import annotations

from livertx import lookup, phrasing
from livertx.lookup import StageSelection
from livertx.model import (
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

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

Document = dict[str, "Any"]


def source_doc(source: Source) -> Document:
    return {
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "updated": source.updated.isoformat(),
        "credit": source.credit,
        "condition": source.condition,
        "trial_search": source.trial_search,
    }


def _ref(entry: Entry) -> Document:
    if isinstance(entry, Method):
        return {"id": entry.id, "name": entry.name, "abbreviations": list(entry.abbreviations)}
    return {"id": entry.id, "name": entry.name}


def _combination(knowledge: Knowledge, regimen_id: str) -> Document:
    regimen = knowledge.regimens[regimen_id]
    return {
        "id": regimen.id,
        "name": knowledge.regimen_name(regimen.id),
        "drugs": list(regimen.drug_ids),
    }


def part_doc(knowledge: Knowledge, part: Part) -> Document:
    return {
        "treatment": part.treatment_id,
        "name": knowledge.entry(part.treatment_id).name,
        "methods": [_ref(knowledge.entry(m)) for m in part.method_ids],
        "drugs": [_ref(knowledge.entry(d)) for d in part.drug_ids],
        "combinations": [_combination(knowledge, r) for r in part.regimen_ids],
    }


def option_doc(knowledge: Knowledge, stage: Stage, option: StageOption) -> Document:
    doc = part_doc(knowledge, option.main)
    return {
        "treatment": doc.pop("treatment"),
        "name": doc.pop("name"),
        "condition": option.condition,
        "applies_to": list(lookup.stage_ids_of(stage, option)),
        **doc,
        "with": [part_doc(knowledge, part) for part in option.together_with],
    }


def treatments_doc(knowledge: Knowledge, treatments: tuple[Treatment, ...]) -> list[Document]:
    return [
        {
            "id": treatment.id,
            "name": treatment.name,
            "summary": treatment.summary,
            "stages": list(lookup.stage_ids_for(knowledge, treatment)),
        }
        for treatment in treatments
    ]


def entry_doc(knowledge: Knowledge, entry: Entry) -> Document:
    parent = lookup.parent_of(knowledge, entry)
    described = None if isinstance(entry, Drug) else entry
    treatment = entry if isinstance(entry, Treatment) else None
    given_with = lookup.regimens_with(knowledge, entry) if isinstance(entry, Drug) else ()
    return {
        "id": entry.id,
        "name": entry.name,
        "kind": entry.kind.value,
        "summary": lookup.summary_of(knowledge, entry),
        "status": described.status if described else None,
        "abbreviations": list(described.abbreviations) if described else [],
        "also_called": list(described.also_called) if described else [],
        "part_of": _ref(parent) if parent else None,
        "drug_class": lookup.drug_class_of(knowledge, entry),
        "how": list(described.how) if described else [],
        "used": list(treatment.used) if treatment else [],
        "methods": [_ref(m) for m in treatment.methods] if treatment else [],
        "drugs": [_ref(d) for d in treatment.drugs] if treatment else [],
        "combinations": [_combination(knowledge, r.id) for r in treatment.regimens]
        if treatment
        else [],
        "given_with": [_combination(knowledge, r.id) for r in given_with],
        "stages": list(lookup.stage_ids_for(knowledge, entry)),
        "options": [
            {
                "stage": found.stage.id,
                "stage_name": found.stage.name,
                "option": option_doc(knowledge, found.stage, found.option),
            }
            for found in lookup.appearances(knowledge, entry)
        ],
        "trials": trials_doc(knowledge.source, entry.name),
        "source": source_doc(knowledge.source),
    }


# ClinicalTrials.gov's search, by condition and intervention.
CLINICALTRIALS_GOV = "https://clinicaltrials.gov/search?cond={condition}&intr={intervention}"


def trials_doc(source: Source, intervention: str) -> Document:
    """Where to look for clinical trials of an intervention: links, never a recommendation."""
    from urllib.parse import quote

    registry = None
    if source.condition:
        registry = CLINICALTRIALS_GOV.format(
            condition=quote(source.condition), intervention=quote(intervention)
        )
    return {"clinicaltrials_gov": registry, "nci": source.trial_search}


DRUG_KEYS = ("id", "name", "kind", "drug_class", "part_of", "given_with", "stages", "options")


def drugs_doc(knowledge: Knowledge) -> list[Document]:
    """Every drug the page names, with what it is given with and where it is an option."""
    drugs = [e for e in knowledge.entries.values() if isinstance(e, Drug)]
    return [{key: entry_doc(knowledge, drug)[key] for key in DRUG_KEYS} for drug in drugs]


def _notes(knowledge: Knowledge, stage: Stage, option: StageOption) -> list[str]:
    """What a matrix cell says beyond a mark: the condition, and what the option joins."""
    notes = [option.condition] if option.condition else []
    if option.together_with:
        notes.append(phrasing.option_line(option_doc(knowledge, stage, option)))
    return notes


def matrix_doc(knowledge: Knowledge) -> Document:
    """Treatment types and their methods against every stage: listed or not, with notes."""
    stages = lookup.leaf_stages(knowledge)
    rows = []
    for treatment in knowledge.treatments:
        members: list[Treatment | Method] = [treatment, *treatment.methods]
        for entry in members:
            cells: dict[str, Document] = {sid: {"listed": False, "notes": []} for sid, _ in stages}
            for found in lookup.appearances(knowledge, entry):
                for stage_id in found.stage_ids:
                    cell = cells[stage_id]
                    cell["listed"] = True
                    for note in _notes(knowledge, found.stage, found.option):
                        if note not in cell["notes"]:
                            cell["notes"].append(note)
            rows.append(
                {
                    "id": entry.id,
                    "name": phrasing.display_name(_ref(entry)),
                    "kind": entry.kind.value,
                    "part_of": entry.treatment_id if isinstance(entry, Method) else None,
                    "status": entry.status,
                    "cells": cells,
                }
            )
    return {
        "stages": [{"id": stage_id, "name": name} for stage_id, name in stages],
        "rows": rows,
        "source": source_doc(knowledge.source),
    }


def stage_doc(knowledge: Knowledge, selection: StageSelection) -> Document:
    shown, excluded = lookup.options_for(selection)
    stage = selection.stage
    return {
        "id": selection.id,
        "name": selection.name,
        "group": {"id": stage.id, "name": stage.name},
        "lead": stage.lead,
        "options": [option_doc(knowledge, stage, option) for option in shown],
        "excluded": [option_doc(knowledge, stage, option) for option in excluded],
        "source": source_doc(knowledge.source),
    }
