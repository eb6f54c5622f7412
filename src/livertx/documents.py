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
    Regimen,
    Source,
    Stage,
    StageOption,
    Treatment,
)
from livertx.sections import SEPARATOR

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
        "intro": list(source.intro),
    }


def _ref(entry: Entry) -> Document:
    if isinstance(entry, Method):
        return {
            "id": entry.id,
            "name": entry.name,
            "abbreviations": list(entry.abbreviations),
            "status": entry.status,
        }
    if isinstance(entry, Regimen):
        return {"id": entry.id, "name": entry.name, "drugs": list(entry.drug_ids)}
    return {"id": entry.id, "name": entry.name}


def _item(entry: Entry) -> Document:
    """A reference that says what it refers to: in a list that holds drugs and combinations."""
    return {**_ref(entry), "kind": entry.kind.value}


def part_doc(knowledge: Knowledge, part: Part) -> Document:
    return {
        "treatment": part.treatment_id,
        "name": knowledge.entry(part.treatment_id).name,
        "methods": [_ref(knowledge.entry(m)) for m in part.method_ids],
        "drugs": [_ref(knowledge.entry(d)) for d in part.drug_ids],
        "combinations": [_ref(knowledge.regimens[r]) for r in part.regimen_ids],
    }


def stage_section(stage: Stage) -> str:
    """The page's section that lists a stage's options."""
    return stage.section or stage.name


def option_doc(knowledge: Knowledge, stage: Stage, option: StageOption) -> Document:
    doc = part_doc(knowledge, option.main)
    return {
        "treatment": doc.pop("treatment"),
        "name": doc.pop("name"),
        "condition": option.condition,
        "applies_to": list(lookup.stage_ids_of(stage, option)),
        **doc,
        "with": [part_doc(knowledge, part) for part in option.together_with],
        "section": stage_section(stage),
    }


def _statement(knowledge: Knowledge, text: str, expected: str | None) -> Document:
    """A text of the page, with the page section it stands in (None without the capture)."""
    sections = knowledge.sections
    return {"text": text, "section": sections.locate(text, expected) if sections else None}


def entry_section(knowledge: Knowledge, entry: Entry) -> str:
    """The part of the page's treatments section that an entry's own texts come from."""
    treatment = entry if isinstance(entry, Treatment) else knowledge.entry(entry.treatment_id)
    heading = knowledge.source.treatments_section
    return f"{heading}{SEPARATOR}{treatment.name}" if heading else treatment.name


def _appearances(knowledge: Knowledge, entry: Entry) -> list[Document]:
    return [
        {
            "stage": found.stage.id,
            "stage_name": found.stage.name,
            "option": option_doc(knowledge, found.stage, found.option),
        }
        for found in lookup.appearances(knowledge, entry)
    ]


def _statements(knowledge: Knowledge, entry: Entry, texts: list[str]) -> list[Document]:
    """Each statement once, in the order shown: the entry's own texts, then the conditions the
    page attaches where it lists the entry."""
    own = entry_section(knowledge, entry)
    shown = [(text, own) for text in texts]
    for found in lookup.appearances(knowledge, entry):
        if found.option.condition:
            shown.append((found.option.condition, stage_section(found.stage)))
    unique = dict.fromkeys(shown)
    return [_statement(knowledge, text, expected) for text, expected in unique]


def treatments_doc(knowledge: Knowledge, treatments: tuple[Treatment, ...]) -> list[Document]:
    return [
        {
            "id": treatment.id,
            "name": treatment.name,
            "kind": treatment.kind.value,
            "summary": treatment.summary,
            "stages": list(lookup.stage_ids_for(knowledge, treatment)),
            "options": _appearances(knowledge, treatment),
            "statements": _statements(knowledge, treatment, [treatment.summary]),
        }
        for treatment in treatments
    ]


def listed_doc(treatment: Treatment) -> list[Document]:
    """What the page lists under a treatment's drugs, as it lists them: each combination, and
    each drug it names on its own (never a drug of a combination as if alone)."""
    paired = {drug_id for regimen in treatment.regimens for drug_id in regimen.drug_ids}
    alone: list[Entry] = [drug for drug in treatment.drugs if drug.id not in paired]
    return [_item(entry) for entry in [*treatment.regimens, *alone]]


def entry_doc(knowledge: Knowledge, entry: Entry) -> Document:
    parent = lookup.parent_of(knowledge, entry)
    described = entry if isinstance(entry, Treatment | Method) else None
    treatment = entry if isinstance(entry, Treatment) else None
    given_with = lookup.regimens_with(knowledge, entry) if isinstance(entry, Drug) else ()
    summary = lookup.summary_of(knowledge, entry)
    texts = [summary] if summary else []
    if described:
        texts += [described.status] if described.status else []
        texts += [treatment.methods_lead] if treatment and treatment.methods_lead else []
        texts += [*described.how, *(treatment.used if treatment else ()), *described.learn_more]
    if isinstance(entry, Regimen):
        drugs = [_ref(knowledge.entry(d)) for d in entry.drug_ids]
    else:
        drugs = [_ref(d) for d in treatment.drugs] if treatment else []
    return {
        "id": entry.id,
        "name": entry.name,
        "kind": entry.kind.value,
        "summary": summary,
        "status": described.status if described else None,
        "abbreviations": list(described.abbreviations) if described else [],
        "also_called": list(described.also_called) if described else [],
        "part_of": _ref(parent) if parent else None,
        "drug_class": lookup.drug_class_of(knowledge, entry),
        "methods_lead": treatment.methods_lead if treatment else None,
        "how": list(described.how) if described else [],
        "used": list(treatment.used) if treatment else [],
        "methods": [_ref(m) for m in treatment.methods] if treatment else [],
        "drugs": drugs,
        "combinations": [_ref(r) for r in treatment.regimens] if treatment else [],
        "listed": listed_doc(treatment) if treatment else [],
        "given_with": [_ref(r) for r in given_with],
        "learn_more": list(described.learn_more) if described else [],
        "stages": list(lookup.stage_ids_for(knowledge, entry)),
        "options": _appearances(knowledge, entry),
        "section": entry_section(knowledge, entry),
        "statements": _statements(knowledge, entry, texts),
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


DRUG_KEYS = (
    "id",
    "name",
    "kind",
    "drug_class",
    "part_of",
    "given_with",
    "stages",
    "options",
    "statements",
)


def drugs_doc(knowledge: Knowledge) -> list[Document]:
    """Every drug the page names, with what it is given with and where it is an option."""
    drugs = [entry_doc(knowledge, e) for e in knowledge.entries.values() if isinstance(e, Drug)]
    return [{key: drug[key] for key in DRUG_KEYS} for drug in drugs]


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
    section = stage_section(stage)
    texts = [stage.lead, *(o.condition for o in (*shown, *excluded) if o.condition)]
    return {
        "id": selection.id,
        "name": selection.name,
        "group": {"id": stage.id, "name": stage.name},
        "lead": stage.lead,
        "options": [option_doc(knowledge, stage, option) for option in shown],
        "excluded": [option_doc(knowledge, stage, option) for option in excluded],
        "section": section,
        "statements": [_statement(knowledge, t, section) for t in dict.fromkeys(texts)],
        "source": source_doc(knowledge.source),
    }


def counts_doc(knowledge: Knowledge) -> Document:
    """How much the file holds: the page's three stage sections give four stages."""
    kinds = [entry.kind.value for entry in knowledge.entries.values()]
    return {
        "treatments": kinds.count("treatment"),
        "methods": kinds.count("method"),
        "drugs": kinds.count("drug"),
        "combinations": kinds.count("combination"),
        "stage_sections": len(knowledge.stages),
        "stages": len(lookup.leaf_stages(knowledge)),
    }
