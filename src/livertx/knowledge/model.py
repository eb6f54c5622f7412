"""The knowledge as records (livertx.records): what the page says, with nothing computed in."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum

from livertx.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.proof.sections import PageSections


class Kind(str, Enum):
    TREATMENT = "treatment"
    METHOD = "method"
    DRUG = "drug"
    COMBINATION = "combination"


class Source(Record):
    title: str
    publisher: str
    url: str
    updated: date
    credit: str
    condition: str | None = None  # what the page is about, as trial registries name it
    trial_search: str | None = None  # the trial search the page points to
    intro: tuple[str, ...] = ()  # the page's opening sentences, about every treatment
    capture: str | None = None  # the page's text as captured, relative to the knowledge file
    treatments_section: str | None = None  # the heading of the section on each treatment


class Method(Record):
    """A named way of giving a treatment (a procedure, a technique)."""

    id: str
    name: str
    summary: str
    treatment_id: str
    how: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    also_called: tuple[str, ...] = ()
    search_terms: tuple[str, ...] = ()
    status: str | None = None
    learn_more: tuple[str, ...] = ()

    @property
    def kind(self) -> Kind:
        return Kind.METHOD


class Drug(Record):
    id: str
    name: str
    treatment_id: str
    search_terms: tuple[str, ...] = ()

    @property
    def kind(self) -> Kind:
        return Kind.DRUG


class Combination(Record):
    """A combination: drugs the page names as given together ("nivolumab with ipilimumab"),
    an entry of its own that `show` finds by that wording."""

    id: str
    drug_ids: tuple[str, ...]
    treatment_id: str
    name: str  # its drugs' names joined by "with", as the page writes them

    @property
    def kind(self) -> Kind:
        return Kind.COMBINATION


class Treatment(Record):
    id: str
    name: str
    summary: str
    how: tuple[str, ...] = ()
    used: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    also_called: tuple[str, ...] = ()
    search_terms: tuple[str, ...] = ()
    status: str | None = None
    methods_lead: str | None = None  # the sentence that introduces its methods
    items: tuple[str, ...] = ()  # the page's own list after its "… include:", item by item
    learn_more: tuple[str, ...] = ()  # titles of the pages the page points to
    intervention: bool = True  # false: no treatment of the disease (surveillance, trials)
    methods: tuple[Method, ...] = ()
    drugs: tuple[Drug, ...] = ()
    combinations: tuple[Combination, ...] = ()

    @property
    def kind(self) -> Kind:
        return Kind.TREATMENT


Entry = Treatment | Method | Drug | Combination


class Part(Record):
    """One treatment within a stage option, narrowed to the methods, drugs or combinations named."""

    treatment_id: str
    method_ids: tuple[str, ...] = ()
    drug_ids: tuple[str, ...] = ()
    combination_ids: tuple[str, ...] = ()


class StageOption(Record):
    """One item of a stage's list on the page, with every qualifier the page attaches."""

    main: Part
    together_with: tuple[Part, ...] = ()
    condition: str | None = None
    text: str | None = None  # the page's list item itself, word for word
    only: str | None = None  # the id of the one part of a stage group the page limits it to

    @property
    def parts(self) -> tuple[Part, ...]:
        return (self.main, *self.together_with)


class CoveredStage(Record):
    """A part of a stage group the page treats together ("locally advanced or metastatic")."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


class Stage(Record):
    id: str
    name: str
    lead: str
    options: tuple[StageOption, ...]
    aliases: tuple[str, ...] = ()
    covers: tuple[CoveredStage, ...] = ()
    section: str | None = None  # the heading of the page's section that lists its options


class Knowledge(Record):
    """The whole file, with indexes by id built once by the loader; and, when the page's
    capture could be read, where each statement stands on the page."""

    source: Source
    treatments: tuple[Treatment, ...]
    stages: tuple[Stage, ...]
    entries: Mapping[str, Entry]
    combinations: Mapping[str, Combination]
    sections: PageSections | None = None

    def entry(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def treatment(self, treatment_id: str) -> Treatment:
        found = self.entries[treatment_id]
        assert isinstance(found, Treatment)
        return found
