"""What every document is made of: references to entries and stages, a stage's options and
their parts, and statements with the page section each stands in (livertx.answers.documents
builds each command's document from them)."""

from __future__ import annotations

from livertx.answers import phrasing
from livertx.answers.notice import DISCLAIMER, UNCHECKED_DISCLAIMER
from livertx.knowledge import lookup
from livertx.knowledge.model import (
    Combination,
    Entry,
    Knowledge,
    Method,
    Part,
    Source,
    Stage,
    StageOption,
    Treatment,
)
from livertx.proof.sections import SEPARATOR
from livertx.text_folding import listed_after

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.answers.shapes import (
        EntryRef,
        OptionDoc,
        PartDoc,
        SourceDoc,
        StageRef,
        StatementDoc,
    )


def source_doc(source: Source) -> SourceDoc:
    return {
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "updated": source.updated.isoformat(),
        "credit": source.credit,
        "condition": source.condition,
        "trial_search": source.trial_search,
        "intro": list(source.intro),
        # A file that names its page's capture is held to it on every load; one that names
        # none is shown, but its text is never attributed to a page.
        "checked": source.capture is not None,
        "disclaimer": DISCLAIMER if source.capture is not None else UNCHECKED_DISCLAIMER,
    }


def ref(entry: Entry) -> EntryRef:
    """An entry, as every document refers to one: its id, kind and name, and what a reader needs
    with them (a method's abbreviations and status, a combination's drugs)."""
    doc: EntryRef = {"id": entry.id, "kind": entry.kind.value, "name": entry.name}
    if isinstance(entry, Method):
        doc.update({"abbreviations": list(entry.abbreviations), "status": entry.status})
    return doc


def _combination_ref(knowledge: Knowledge, combination_id: str) -> EntryRef:
    combination = knowledge.combinations[combination_id]
    return {**ref(combination), "drugs": [ref(knowledge.entry(d)) for d in combination.drug_ids]}


def any_ref(knowledge: Knowledge, entry: Entry) -> EntryRef:
    return _combination_ref(knowledge, entry.id) if isinstance(entry, Combination) else ref(entry)


def stage_ref(knowledge: Knowledge, stage_id: str) -> StageRef:
    """A stage, by an id of one set (`localized` … `advanced`), with the stages a group covers."""
    for stage in knowledge.stages:
        if stage.id == stage_id:
            covers = [stage_ref(knowledge, part.id) for part in stage.covers]
            return {"id": stage.id, "kind": "stage", "name": stage.name, "covers": covers}
        for part in stage.covers:
            if part.id == stage_id:
                return {"id": part.id, "kind": "stage", "name": part.name, "covers": []}
    raise KeyError(stage_id)


def part_doc(knowledge: Knowledge, part: Part) -> PartDoc:
    return {
        "treatment": ref(knowledge.entry(part.treatment_id)),
        "methods": [ref(knowledge.entry(m)) for m in part.method_ids],
        "drugs": [ref(knowledge.entry(d)) for d in part.drug_ids],
        "combinations": [_combination_ref(knowledge, r) for r in part.combination_ids],
    }


def stage_section(stage: Stage) -> str:
    """The page's section that lists a stage's options."""
    return stage.section or stage.name


def option_doc(knowledge: Knowledge, stage: Stage, option: StageOption) -> OptionDoc:
    """One item of a stage's list on the page: its parts (the treatment the page lists, then
    each it joins with "and"), the whole of it as one line, its condition, and the list's lead,
    which every placement of it outside its stage's own view quotes."""
    parts = [part_doc(knowledge, part) for part in option.parts]
    label = phrasing.option_line({"parts": parts, "text": option.text})
    return {
        "label": label,
        "text": option.text,
        "condition": option.condition,
        "stages": [stage_ref(knowledge, sid) for sid in lookup.stage_ids_of(stage, option)],
        "parts": parts,
        "section": stage_section(stage),
        "item": f"{label} {option.condition}" if option.condition else label,
        "lead": stage.lead,
    }


def statement(knowledge: Knowledge, text: str, expected: str | None) -> StatementDoc:
    """A text of the page, with the page section it stands in (None without the capture)."""
    sections = knowledge.sections
    return {"text": text, "section": sections.locate(text, expected) if sections else None}


def option_texts(knowledge: Knowledge, option: StageOption) -> list[str]:
    """The page's words of a stage list's item: its text, the names it lists after it
    ("ablation of the tumor using:" radiofrequency ablation, …), its condition."""
    texts = []
    if option.text:
        texts += [option.text, *listed_after(option.text, lookup.method_names(knowledge, option))]
    return texts + ([option.condition] if option.condition else [])


def entry_section(knowledge: Knowledge, entry: Entry) -> str:
    """The part of the page's treatments section that an entry's own texts come from."""
    treatment = entry if isinstance(entry, Treatment) else knowledge.entry(entry.treatment_id)
    heading = knowledge.source.treatments_section
    return f"{heading}{SEPARATOR}{treatment.name}" if heading else treatment.name


def appearances(knowledge: Knowledge, entry: Entry) -> list[OptionDoc]:
    return [
        option_doc(knowledge, found.stage, found.option)
        for found in lookup.appearances(knowledge, entry)
    ]


def statements(knowledge: Knowledge, entry: Entry, texts: list[str]) -> list[StatementDoc]:
    """Each statement once, in the order shown: the entry's own texts, then the conditions the
    page attaches where it lists the entry."""
    own = entry_section(knowledge, entry)
    shown = [(text, own) for text in texts]
    for found in lookup.appearances(knowledge, entry):
        shown += [
            (text, stage_section(found.stage)) for text in option_texts(knowledge, found.option)
        ]
    unique = dict.fromkeys(shown)
    return [statement(knowledge, text, expected) for text, expected in unique]
