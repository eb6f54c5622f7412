"""The knowledge as frozen dataclasses: what the page says, with nothing computed in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.knowledge.sections import PageSections


class Kind(str, Enum):
    TREATMENT = "treatment"
    METHOD = "method"
    DRUG = "drug"
    COMBINATION = "combination"


@dataclass(frozen=True)
class Source:
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


@dataclass(frozen=True)
class Method:
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
    kind: Kind = field(default=Kind.METHOD, init=False)


@dataclass(frozen=True)
class Drug:
    id: str
    name: str
    treatment_id: str
    search_terms: tuple[str, ...] = ()
    kind: Kind = field(default=Kind.DRUG, init=False)


@dataclass(frozen=True)
class Combination:
    """A combination: drugs the page names as given together ("nivolumab with ipilimumab"),
    an entry of its own that `show` finds by that wording."""

    id: str
    drug_ids: tuple[str, ...]
    treatment_id: str
    name: str  # its drugs' names joined by "with", as the page writes them
    kind: Kind = field(default=Kind.COMBINATION, init=False)


@dataclass(frozen=True)
class Treatment:
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
    methods: tuple[Method, ...] = ()
    drugs: tuple[Drug, ...] = ()
    combinations: tuple[Combination, ...] = ()
    kind: Kind = field(default=Kind.TREATMENT, init=False)


Entry = Treatment | Method | Drug | Combination


@dataclass(frozen=True)
class Part:
    """One treatment within a stage option, narrowed to the methods, drugs or combinations named."""

    treatment_id: str
    method_ids: tuple[str, ...] = ()
    drug_ids: tuple[str, ...] = ()
    combination_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class StageOption:
    """One item of a stage's list on the page, with every qualifier the page attaches."""

    main: Part
    together_with: tuple[Part, ...] = ()
    condition: str | None = None
    text: str | None = None  # the page's list item itself, word for word
    only: str | None = None  # the id of the one part of a stage group the page limits it to

    @property
    def parts(self) -> tuple[Part, ...]:
        return (self.main, *self.together_with)


@dataclass(frozen=True)
class CoveredStage:
    """A part of a stage group the page treats together ("locally advanced or metastatic")."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    lead: str
    options: tuple[StageOption, ...]
    aliases: tuple[str, ...] = ()
    covers: tuple[CoveredStage, ...] = ()
    section: str | None = None  # the heading of the page's section that lists its options


@dataclass(frozen=True)
class Knowledge:
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
