"""The documents livertx answers with: plain data (dicts, lists, strings) built from the model.

They are what `--json` prints, and what every other renderer shows, so a terminal table and a
script see the same answer. Their shapes are a contract for scripts, documented in the README:
change them only on purpose.
"""

from __future__ import annotations

from livertx.answers import phrasing
from livertx.answers.contract import DRUG_KEYS
from livertx.answers.notice import DISCLAIMER
from livertx.knowledge import lookup
from livertx.knowledge.lookup import StageSelection
from livertx.knowledge.model import (
    Combination,
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
from livertx.knowledge.sections import SEPARATOR

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
        "disclaimer": DISCLAIMER,
    }


def ref(entry: Entry) -> Document:
    """An entry, as every document refers to one: its id, kind and name, and what a reader needs
    with them (a method's abbreviations and status, a combination's drugs)."""
    doc: Document = {"id": entry.id, "kind": entry.kind.value, "name": entry.name}
    if isinstance(entry, Method):
        doc.update(abbreviations=list(entry.abbreviations), status=entry.status)
    return doc


def _combination_ref(knowledge: Knowledge, combination_id: str) -> Document:
    combination = knowledge.combinations[combination_id]
    return {**ref(combination), "drugs": [ref(knowledge.entry(d)) for d in combination.drug_ids]}


def _any_ref(knowledge: Knowledge, entry: Entry) -> Document:
    return _combination_ref(knowledge, entry.id) if isinstance(entry, Combination) else ref(entry)


def stage_ref(knowledge: Knowledge, stage_id: str) -> Document:
    """A stage, by an id of one set (`localized` … `advanced`), with the stages a group covers."""
    for stage in knowledge.stages:
        if stage.id == stage_id:
            covers = [stage_ref(knowledge, part.id) for part in stage.covers]
            return {"id": stage.id, "kind": "stage", "name": stage.name, "covers": covers}
        for part in stage.covers:
            if part.id == stage_id:
                return {"id": part.id, "kind": "stage", "name": part.name, "covers": []}
    raise KeyError(stage_id)


def part_doc(knowledge: Knowledge, part: Part) -> Document:
    return {
        "treatment": ref(knowledge.entry(part.treatment_id)),
        "methods": [ref(knowledge.entry(m)) for m in part.method_ids],
        "drugs": [ref(knowledge.entry(d)) for d in part.drug_ids],
        "combinations": [_combination_ref(knowledge, r) for r in part.combination_ids],
    }


def stage_section(stage: Stage) -> str:
    """The page's section that lists a stage's options."""
    return stage.section or stage.name


def option_doc(knowledge: Knowledge, stage: Stage, option: StageOption) -> Document:
    """One item of a stage's list on the page: its parts (the treatment the page lists, then
    each it joins with "and"), the whole of it as one line, and its condition."""
    parts = [part_doc(knowledge, part) for part in option.parts]
    return {
        "label": phrasing.option_line({"parts": parts, "text": option.text}),
        "text": option.text,
        "condition": option.condition,
        "stages": [stage_ref(knowledge, sid) for sid in lookup.stage_ids_of(stage, option)],
        "parts": parts,
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
        option_doc(knowledge, found.stage, found.option)
        for found in lookup.appearances(knowledge, entry)
    ]


def _statements(knowledge: Knowledge, entry: Entry, texts: list[str]) -> list[Document]:
    """Each statement once, in the order shown: the entry's own texts, then the conditions the
    page attaches where it lists the entry."""
    own = entry_section(knowledge, entry)
    shown = [(text, own) for text in texts]
    for found in lookup.appearances(knowledge, entry):
        for text in (found.option.text, found.option.condition):
            if text:
                shown.append((text, stage_section(found.stage)))
    unique = dict.fromkeys(shown)
    return [_statement(knowledge, text, expected) for text, expected in unique]


def treatments_doc(knowledge: Knowledge, treatments: tuple[Treatment, ...]) -> list[Document]:
    return [
        {
            **ref(treatment),
            "summary": treatment.summary,
            "options": _appearances(knowledge, treatment),
            "statements": _statements(knowledge, treatment, [treatment.summary]),
        }
        for treatment in treatments
    ]


def listed_doc(knowledge: Knowledge, treatment: Treatment) -> list[Document]:
    """What the page lists under a treatment's drugs, as it lists them: each combination, and
    each drug it names on its own (never a drug of a combination as if alone)."""
    paired = {drug_id for combination in treatment.combinations for drug_id in combination.drug_ids}
    alone: list[Entry] = [drug for drug in treatment.drugs if drug.id not in paired]
    return [_any_ref(knowledge, entry) for entry in [*treatment.combinations, *alone]]


def entry_doc(knowledge: Knowledge, entry: Entry) -> Document:
    parent = lookup.parent_of(knowledge, entry)
    described = entry if isinstance(entry, Treatment | Method) else None
    treatment = entry if isinstance(entry, Treatment) else None
    given_with = lookup.combinations_with(knowledge, entry) if isinstance(entry, Drug) else ()
    combinations = treatment.combinations if treatment else ()
    summary = lookup.summary_of(knowledge, entry)
    # A method or drug is used as its treatment type is; a drug's place on the page is in its
    # type's list ("… include: …").
    lister = (
        knowledge.treatment(entry.treatment_id) if isinstance(entry, Method | Drug) else treatment
    )
    used = list(lister.used) if lister else []
    items = list(lister.items) if lister and not isinstance(entry, Method) else []
    texts = [summary] if summary else []
    if described:
        texts += [described.status] if described.status else []
        texts += [treatment.methods_lead] if treatment and treatment.methods_lead else []
        texts += [*described.how, *used, *items, *described.learn_more]
    elif isinstance(entry, Drug):
        texts += [*used, *items]
    if isinstance(entry, Combination):
        drugs = [ref(knowledge.entry(d)) for d in entry.drug_ids]
    else:
        drugs = [ref(d) for d in treatment.drugs] if treatment else []
    return {
        **ref(entry),
        "summary": summary,
        "status": described.status if described else None,
        "abbreviations": list(described.abbreviations) if described else [],
        "also_called": list(described.also_called) if described else [],
        "part_of": ref(parent) if parent else None,
        "drug_class": lookup.drug_class_of(knowledge, entry),
        "methods_lead": treatment.methods_lead if treatment else None,
        "how": list(described.how) if described else [],
        "used": used,
        "methods": [ref(m) for m in treatment.methods] if treatment else [],
        "drugs": drugs,
        "combinations": [_any_ref(knowledge, r) for r in (*given_with, *combinations)],
        "listed": listed_doc(knowledge, lister) if lister and not isinstance(entry, Method) else [],
        "items": items,
        "learn_more": list(described.learn_more) if described else [],
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


def drugs_doc(knowledge: Knowledge) -> list[Document]:
    """Every drug the page names, with what it is given with and where it is an option."""
    drugs = [entry_doc(knowledge, e) for e in knowledge.entries.values() if isinstance(e, Drug)]
    return [{key: drug[key] for key in DRUG_KEYS} for drug in drugs]


def matrix_doc(knowledge: Knowledge) -> Document:
    """Treatment types and their methods against every stage: listed or not, with the page's
    conditions and the options it joins them in."""
    stage_ids = [sid for sid, _ in lookup.leaf_stages(knowledge)]
    rows = []
    for treatment in knowledge.treatments:
        members: list[Treatment | Method] = [treatment, *treatment.methods]
        for entry in members:
            cells: dict[str, Document] = {
                sid: {"listed": False, "conditions": [], "joined": [], "items": []}
                for sid in stage_ids
            }
            for found in lookup.appearances(knowledge, entry):
                option = found.option
                label = phrasing.option_line(
                    {"parts": _parts(knowledge, option), "text": option.text}
                )
                for stage_id in found.stage_ids:
                    cell = cells[stage_id]
                    cell["listed"] = True
                    if option.condition and option.condition not in cell["conditions"]:
                        cell["conditions"].append(option.condition)
                    if option.together_with and label not in cell["joined"]:
                        cell["joined"].append(label)
                    if label not in cell["items"]:
                        cell["items"].append(label)
            rows.append(
                {
                    **ref(entry),
                    "part_of": ref(knowledge.entry(entry.treatment_id))
                    if isinstance(entry, Method)
                    else None,
                    "status": entry.status,
                    "cells": cells,
                }
            )
    return {
        "stages": [stage_ref(knowledge, sid) for sid in stage_ids],
        "rows": rows,
        "source": source_doc(knowledge.source),
    }


def _parts(knowledge: Knowledge, option: StageOption) -> list[Document]:
    return [part_doc(knowledge, part) for part in option.parts]


def stage_doc(knowledge: Knowledge, selection: StageSelection) -> Document:
    shown, excluded = lookup.options_for(selection)
    stage = selection.stage
    section = stage_section(stage)
    texts = [stage.lead]
    for option in (*shown, *excluded):
        texts += [text for text in (option.text, option.condition) if text]
    return {
        **stage_ref(knowledge, selection.id),
        "group": stage_ref(knowledge, stage.id),
        "lead": stage.lead,
        "options": [option_doc(knowledge, stage, option) for option in shown],
        "excluded": [option_doc(knowledge, stage, option) for option in excluded],
        "section": section,
        "statements": [_statement(knowledge, t, section) for t in dict.fromkeys(texts)],
        "source": source_doc(knowledge.source),
    }


def stages_doc(knowledge: Knowledge) -> list[Document]:
    """Every stage `livertx stage` takes: each of the page's stage sections, and each part of a
    section that treats two stages together, with what the section says."""
    documents = []
    for selection in lookup.all_stage_selections(knowledge):
        stage = selection.stage
        doc = stage_ref(knowledge, selection.id)
        doc["part_of"] = stage_ref(knowledge, stage.id) if selection.part else None
        doc.update(section=stage_section(stage), lead=stage.lead)
        documents.append(doc)
    return documents


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
