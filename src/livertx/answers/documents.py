"""The documents livertx answers with: plain data (dicts, lists, strings) built from the model.

They are what `--json` prints, and what every other renderer shows, so a terminal table and a
script see the same answer. Their shapes are a contract for scripts, documented in docs/json.md:
change them only on purpose.
"""

from __future__ import annotations

from livertx.answers import phrasing
from livertx.answers.references import (
    any_ref,
    appearances,
    entry_section,
    option_doc,
    option_texts,
    part_doc,
    ref,
    source_doc,
    stage_ref,
    stage_section,
    statement,
    statements,
)
from livertx.knowledge import lookup
from livertx.knowledge.lookup import StageSelection
from livertx.knowledge.model import (
    Combination,
    Drug,
    Entry,
    Knowledge,
    Method,
    Source,
    StageOption,
    Treatment,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.answers.shapes import (
        CellDoc,
        CountsDoc,
        DrugDoc,
        EntryDoc,
        EntryRef,
        MatrixDoc,
        MatrixRow,
        PartDoc,
        StageDoc,
        StageListDoc,
        TreatmentDoc,
        TrialsDoc,
    )

# What the views (livertx.render) read a document as, until they read livertx.answers.shapes.
Document = dict[str, "Any"]


def treatments_doc(knowledge: Knowledge, treatments: tuple[Treatment, ...]) -> list[TreatmentDoc]:
    return [
        {
            "id": treatment.id,
            "kind": "treatment",
            "name": treatment.name,
            "summary": treatment.summary,
            "methods": [ref(method) for method in treatment.methods],
            "options": appearances(knowledge, treatment),
            "statements": statements(knowledge, treatment, [treatment.summary]),
        }
        for treatment in treatments
    ]


def listed_doc(knowledge: Knowledge, treatment: Treatment) -> list[EntryRef]:
    """What the page lists under a treatment's drugs, as it lists them: each combination, and
    each drug it names on its own (never a drug of a combination as if alone)."""
    paired = {drug_id for combination in treatment.combinations for drug_id in combination.drug_ids}
    alone: list[Entry] = [drug for drug in treatment.drugs if drug.id not in paired]
    return [any_ref(knowledge, entry) for entry in [*treatment.combinations, *alone]]


def entry_doc(knowledge: Knowledge, entry: Entry) -> EntryDoc:
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
    # Where the page points for more: its own "Learn more" sentences, then its treatment type's
    # ("Learn more about targeted therapy and its side effects at …" for a drug), as `used`.
    own = list(described.learn_more) if described else []
    learn_more = own + ([t for t in lister.learn_more if t not in own] if lister else [])
    texts = [summary] if summary else []
    if described:
        texts += [described.status] if described.status else []
        texts += [treatment.methods_lead] if treatment and treatment.methods_lead else []
        texts += [*described.how, *used, *items, *learn_more]
    elif isinstance(entry, Drug):
        texts += [*used, *items, *learn_more]
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
        "methods_lead": treatment.methods_lead if treatment else None,
        "how": list(described.how) if described else [],
        "used": used,
        "methods": [ref(m) for m in treatment.methods] if treatment else [],
        "drugs": drugs,
        "combinations": [any_ref(knowledge, r) for r in (*given_with, *combinations)],
        "listed": listed_doc(knowledge, lister) if lister and not isinstance(entry, Method) else [],
        "items": items,
        "learn_more": learn_more,
        "options": appearances(knowledge, entry),
        "unlisted": [stage_ref(knowledge, s.id) for s in lookup.unlisted_in(knowledge, entry)],
        "type_listed": [
            stage_ref(knowledge, s.id) for s in lookup.type_listed_in(knowledge, entry)
        ],
        "section": entry_section(knowledge, entry),
        "statements": statements(knowledge, entry, texts),
        "trials": trials_doc(knowledge.source, entry.name, _is_intervention(knowledge, entry)),
        "source": source_doc(knowledge.source),
    }


# ClinicalTrials.gov's search, by condition and intervention.
CLINICALTRIALS_GOV = "https://clinicaltrials.gov/search?cond={condition}&intr={intervention}"


def _is_intervention(knowledge: Knowledge, entry: Entry) -> bool:
    """A method, drug or combination is one where its treatment type is (the file's choice)."""
    treatment = entry if isinstance(entry, Treatment) else knowledge.entry(entry.treatment_id)
    return isinstance(treatment, Treatment) and treatment.intervention


def trials_doc(source: Source, intervention: str, searched: bool = True) -> TrialsDoc:
    """Where to look for clinical trials of an intervention: links, never a recommendation. No
    registry search for what is not one (`searched` false: "intr=Surveillance")."""
    from urllib.parse import quote  # only an entry's registry search: not a stage's path

    registry = None
    if source.condition and searched:
        registry = CLINICALTRIALS_GOV.format(
            condition=quote(source.condition), intervention=quote(intervention)
        )
    return {"clinicaltrials_gov": registry, "nci": source.trial_search}


def drugs_doc(knowledge: Knowledge) -> list[DrugDoc]:
    """Every drug the page names, with what it is given with and where it is an option."""
    drugs = [entry_doc(knowledge, e) for e in knowledge.entries.values() if isinstance(e, Drug)]
    return [
        {
            "id": drug["id"],
            "kind": drug["kind"],
            "name": drug["name"],
            "part_of": drug["part_of"],
            "used": drug["used"],
            "listed": drug["listed"],
            "items": drug["items"],
            "combinations": drug["combinations"],
            "options": drug["options"],
            "statements": drug["statements"],
        }
        for drug in drugs
    ]


def matrix_doc(knowledge: Knowledge) -> MatrixDoc:
    """Treatment types and their methods against every stage: listed or not, with the page's
    conditions and the options it joins them in."""
    stage_ids = [sid for sid, _ in lookup.leaf_stages(knowledge)]
    rows = []
    for treatment in knowledge.treatments:
        members: list[Treatment | Method] = [treatment, *treatment.methods]
        for entry in members:
            cells: dict[str, CellDoc] = {
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
            rows.append(_row(knowledge, entry, cells))
    return {
        "stages": [stage_ref(knowledge, sid) for sid in stage_ids],
        "rows": rows,
        "source": source_doc(knowledge.source),
    }


def _row(knowledge: Knowledge, entry: Treatment | Method, cells: dict[str, CellDoc]) -> MatrixRow:
    """A row of the matrix, its keys in the order they have always had (a method's as its
    reference has them)."""
    if isinstance(entry, Method):
        return {
            "id": entry.id,
            "kind": "method",
            "name": entry.name,
            "abbreviations": list(entry.abbreviations),
            "status": entry.status,
            "part_of": ref(knowledge.entry(entry.treatment_id)),
            "cells": cells,
        }
    return {
        "id": entry.id,
        "kind": "treatment",
        "name": entry.name,
        "part_of": None,
        "status": entry.status,
        "cells": cells,
    }


def _parts(knowledge: Knowledge, option: StageOption) -> list[PartDoc]:
    return [part_doc(knowledge, part) for part in option.parts]


def stage_doc(knowledge: Knowledge, selection: StageSelection) -> StageDoc:
    shown, excluded = lookup.options_for(selection)
    stage = selection.stage
    section = stage_section(stage)
    texts = [stage.lead]
    for option in (*shown, *excluded):
        texts += option_texts(knowledge, option)
    return {
        **stage_ref(knowledge, selection.id),
        "group": stage_ref(knowledge, stage.id),
        "lead": stage.lead,
        "options": [option_doc(knowledge, stage, option) for option in shown],
        "excluded": [option_doc(knowledge, stage, option) for option in excluded],
        "section": section,
        "statements": [statement(knowledge, t, section) for t in dict.fromkeys(texts)],
        "source": source_doc(knowledge.source),
        "read_as": None,
    }


def stages_doc(knowledge: Knowledge) -> list[StageListDoc]:
    """Every stage `livertx stage` takes: each of the page's stage sections, and each part of a
    section that treats two stages together, with what the section says."""
    return [
        {
            **stage_ref(knowledge, selection.id),
            "part_of": stage_ref(knowledge, selection.stage.id) if selection.part else None,
            "section": stage_section(selection.stage),
            "lead": selection.stage.lead,
        }
        for selection in lookup.all_stage_selections(knowledge)
    ]


def counts_doc(knowledge: Knowledge) -> CountsDoc:
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
