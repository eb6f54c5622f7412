"""The shape of every document livertx answers with (what `--json` prints), as TypedDicts: the
one source of the types mypy checks and of the JSON Schemas scripts read (livertx.answers.contract,
written from them by livertx.answers.definitions, with what `Annotated` adds: a format, a pattern,
how many items at least). Their keys are in the order the schemas list them.

Imported for type checking only where start-up counts (livertx.answers.prepared and .search
are on the shipped path): `typing` costs more to import than a `--json` answer takes to print.
Python 3.10 has no NotRequired: a shape with optional keys adds them in a `total=False` class.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal, TypedDict

from livertx.answers import key_notes as notes
from livertx.answers.search_shapes import Found as Found  # re-exported: one module of shapes
from livertx.answers.search_shapes import GroupDoc as GroupDoc
from livertx.answers.search_shapes import HitDoc as HitDoc
from livertx.answers.search_shapes import ReadAsDoc as ReadAsDoc
from livertx.answers.search_shapes import SearchDoc as SearchDoc
from livertx.knowledge.format import ID_PATTERN

Kind = Literal["treatment", "method", "drug", "combination"]
# Any document, read by key: what livertx.answers.phrasing reads, from these shapes or from the
# views (livertx.render reads documents as plain dicts).
Readable = Mapping[str, Any]
# Completion's words, by what they complete ("names", "stages"): [word, help] each.
CompletionWords = dict[str, list[list[str]]]


# What every document is made of (livertx.answers.references) --------------------------------


class _EntryName(TypedDict):
    id: str
    kind: Kind
    name: str


class EntryRef(_EntryName, total=False):
    """An entry, wherever a document names one: a method adds its abbreviations and status, a
    combination its drugs."""

    abbreviations: list[str]
    status: str | None
    drugs: list[EntryRef]


class StageRef(TypedDict):
    """A stage, by an id of one set; `covers` lists what a group (`advanced`) takes in."""

    id: Annotated[
        str,
        {
            "pattern": ID_PATTERN,
            "description": "For the shipped file one of localized, advanced (the page's "
            "group locally advanced or metastatic), locally-advanced, metastatic, recurrent",
        },
    ]
    kind: Literal["stage"]
    name: str
    covers: list[StageRef]


class StatementDoc(TypedDict):
    text: str
    section: str | None


# What the keys contract 2.1 added hold.


class PartDoc(TypedDict):
    treatment: EntryRef
    methods: list[EntryRef]
    drugs: list[EntryRef]
    combinations: list[EntryRef]


class OptionDoc(TypedDict):
    label: str
    text: str | None
    condition: str | None
    stages: list[StageRef]
    parts: Annotated[list[PartDoc], {"minItems": 1}]
    section: str
    item: Annotated[str, {"description": notes.ITEM}]
    lead: Annotated[str, {"description": notes.LEAD}]


class SourceDoc(TypedDict):
    title: str
    publisher: str
    url: str
    updated: Annotated[str, {"format": "date"}]
    credit: str
    condition: str | None
    trial_search: str | None
    intro: list[str]
    checked: bool
    disclaimer: str


class TrialsDoc(TypedDict):
    clinicaltrials_gov: str | None
    nci: str | None


# Each command's document (livertx.answers.documents, .search) --------------------------------


class TreatmentDoc(TypedDict):
    """One treatment type of `livertx list`."""

    id: str
    kind: Literal["treatment"]
    name: str
    summary: str
    methods: Annotated[list[EntryRef], {"description": "Its methods, with status (2.1)."}]
    options: list[OptionDoc]
    statements: list[StatementDoc]


class EntryDoc(TypedDict):
    """`livertx show`; `livertx compare` answers a list of them."""

    id: str
    kind: Kind
    name: str
    abbreviations: list[str]
    status: str | None
    summary: str | None
    also_called: list[str]
    part_of: EntryRef | None
    methods_lead: str | None
    how: list[str]
    used: list[str]
    methods: list[EntryRef]
    drugs: list[EntryRef]
    combinations: list[EntryRef]
    listed: list[EntryRef]
    items: list[str]
    learn_more: list[str]
    options: list[OptionDoc]
    unlisted: Annotated[list[StageRef], {"description": notes.UNLISTED}]
    type_listed: Annotated[list[StageRef], {"description": notes.TYPE_LISTED}]
    section: str
    statements: list[StatementDoc]
    trials: TrialsDoc
    source: SourceDoc


# `livertx compare`: two entries at least.
Compared = Annotated[list[EntryDoc], {"minItems": 2}]


class DrugDoc(TypedDict):
    """One drug of `livertx drugs`: the keys of its EntryDoc that say where it is given."""

    id: str
    kind: Kind
    name: str
    part_of: EntryRef | None
    used: list[str]
    listed: list[EntryRef]
    items: list[str]
    combinations: list[EntryRef]
    options: list[OptionDoc]
    statements: list[StatementDoc]


class StageDoc(TypedDict):
    """`livertx stage`."""

    id: str
    kind: Literal["stage"]
    name: str
    covers: list[StageRef]
    group: StageRef
    lead: str
    options: list[OptionDoc]
    excluded: list[OptionDoc]
    section: str
    statements: list[StatementDoc]
    source: SourceDoc
    read_as: Annotated[ReadAsDoc | None, {"description": notes.READ_AS}]


class HandoutTypeDoc(TypedDict):
    """A type a handout's options name: what they name under it (in their order, each once),
    and the type's methods whose names those entries' sentences use (TACE's "like TAE")."""

    treatment: EntryDoc
    named: list[EntryDoc]
    referred: list[EntryDoc]


class HandoutDoc(TypedDict):
    """`livertx handout` (3.0: `types`, `clinical_trials`, `trials` replace `entries`): the page's
    section on clinical trials and the trial searches (the page's condition), once."""

    made: Annotated[str, {"format": "date"}]
    stage: StageDoc
    types: list[HandoutTypeDoc]
    clinical_trials: EntryDoc | None
    trials: TrialsDoc
    source: SourceDoc


class StageListDoc(TypedDict):
    """One stage of `livertx stages`."""

    id: str
    kind: Literal["stage"]
    name: str
    covers: list[StageRef]
    part_of: StageRef | None
    section: str
    lead: str


class CellDoc(TypedDict):
    listed: bool
    conditions: list[str]
    joined: list[str]
    items: list[str]


class _MatrixRowName(TypedDict):
    id: str
    kind: Literal["treatment", "method"]
    name: str


class _MatrixRowAbbreviations(_MatrixRowName, total=False):
    abbreviations: list[str]


class MatrixRow(_MatrixRowAbbreviations):
    """A treatment type or method against every stage; a method adds its abbreviations."""

    status: str | None
    part_of: EntryRef | None
    cells: dict[str, CellDoc]


class MatrixDoc(TypedDict):
    """`livertx matrix`."""

    stages: list[StageRef]
    rows: list[MatrixRow]
    source: SourceDoc


class CountsDoc(TypedDict):
    treatments: int
    methods: int
    drugs: int
    combinations: int
    stage_sections: int
    stages: int


class AboutDoc(TypedDict):
    """`livertx about` (made by livertx.cli.commands, of the answers' source and counts)."""

    version: str
    json_contract: str
    knowledge_file: str
    source: SourceDoc
    disclaimer: str
    license: str
    notice: str
    counts: CountsDoc
