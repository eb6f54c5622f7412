"""Pure functions over the knowledge: resolve names and stages, suggest near misses, find where
an entry is an option. Nothing here prints or exits."""

from __future__ import annotations

from collections.abc import Iterable

from livertx.knowledge.model import (
    Combination,
    CoveredStage,
    Drug,
    Entry,
    Knowledge,
    Method,
    Stage,
    StageOption,
)
from livertx.knowledge.names import (
    ENTRY_NAME_FIELDS,
    ENTRY_WHAT,
    STAGE_NAME_FIELDS,
    STAGE_WHAT,
    build_index,
    resolve,
)
from livertx.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.knowledge.names import NameIndex


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in items if item))


def entry_names(entry: Entry, knowledge: Knowledge | None = None) -> tuple[str, ...]:
    """Every name an entry answers to, as written: id, name, abbreviations, also-called names;
    and, for a combination (given the knowledge), its drugs joined by "+"."""
    extra = [name for field in ENTRY_NAME_FIELDS for name in getattr(entry, field, ())]
    if isinstance(entry, Combination) and knowledge is not None:
        extra.append("+".join(knowledge.entry(d).name for d in entry.drug_ids))
    return _unique([entry.id, entry.name, *extra])


class StageSelection(Record):
    """A stage as the user asked for it: a whole group, or one part of a group."""

    stage: Stage
    part: CoveredStage | None = None

    @property
    def id(self) -> str:
        return self.part.id if self.part else self.stage.id

    @property
    def name(self) -> str:
        return self.part.name if self.part else self.stage.name


def entry_index(knowledge: Knowledge) -> NameIndex:
    """Every name of every entry. A search term is not the page's word: a miss that comes
    close to one is offered the id it leads to instead."""
    return build_index(
        (
            name,
            entry.id,
            entry.id if name in terms else name,
            getattr(entry, "treatment_id", entry.id),
        )
        for entry in knowledge.entries.values()
        # A set: a file with thousands of search terms must not cost their square.
        for terms in (frozenset(getattr(entry, "search_terms", ())),)
        for name in entry_names(entry, knowledge)
    )


def stage_index(knowledge: Knowledge) -> NameIndex:
    """Every name of every stage: each group, and each part of a group, by its id."""
    triples = []
    for stage in knowledge.stages:
        records: list[Stage | CoveredStage] = [stage, *stage.covers]
        for record in records:
            extra = (name for field in STAGE_NAME_FIELDS for name in getattr(record, field))
            names = (record.id, record.name, *extra)
            triples += [(name, record.id, record.id, record.id) for name in names]
    return build_index(triples)


def stage_choices(knowledge: Knowledge) -> tuple[str, ...]:
    return tuple(selection.id for selection in all_stage_selections(knowledge))


# A model's own resolvers, for livertx as a library; the command line resolves on the indexes
# its answers carry (livertx.cli.commands), with the same livertx.knowledge.names.resolve.
def resolve_entry(knowledge: Knowledge, query: str) -> Entry:
    return knowledge.entry(resolve(entry_index(knowledge), query, ENTRY_WHAT))


def resolve_stage(knowledge: Knowledge, query: str) -> StageSelection:
    index = stage_index(knowledge)
    found = resolve(index, query, STAGE_WHAT, stage_choices(knowledge), "livertx stage")
    return next(s for s in all_stage_selections(knowledge) if s.id == found)


def all_stage_selections(knowledge: Knowledge) -> tuple[StageSelection, ...]:
    """Every stage a user can ask for: each group, and each part of a group, in page order."""
    selections: list[StageSelection] = []
    for stage in knowledge.stages:
        selections.append(StageSelection(stage))
        selections += [StageSelection(stage, part) for part in stage.covers]
    return tuple(selections)


def leaf_stages(knowledge: Knowledge) -> tuple[tuple[str, str], ...]:
    """(id, name) of every stage at the finest grain the page gives, in page order."""
    leaves: list[tuple[str, str]] = []
    for stage in knowledge.stages:
        leaves += [(p.id, p.name) for p in stage.covers] or [(stage.id, stage.name)]
    return tuple(leaves)


def options_for(
    selection: StageSelection,
) -> tuple[tuple[StageOption, ...], tuple[StageOption, ...]]:
    """The options the page lists for a selection, and those it limits to another part."""
    shown: list[StageOption] = []
    excluded: list[StageOption] = []
    for option in selection.stage.options:
        applies = selection.part is None or option.only in (None, selection.part.id)
        (shown if applies else excluded).append(option)
    return tuple(shown), tuple(excluded)


def stage_ids_of(stage: Stage, option: StageOption) -> tuple[str, ...]:
    """The stages an option applies to, at the finest grain the page gives."""
    if not stage.covers:
        return (stage.id,)
    if option.only:
        return (option.only,)
    return tuple(part.id for part in stage.covers)


def mentions(knowledge: Knowledge, option: StageOption, entry: Entry) -> bool:
    for part in option.parts:
        if isinstance(entry, Method):
            if entry.id in part.method_ids:
                return True
        elif isinstance(entry, Combination):
            if entry.id in part.combination_ids:
                return True
        elif isinstance(entry, Drug):
            in_combination = any(
                entry.id in knowledge.combinations[r].drug_ids for r in part.combination_ids
            )
            if entry.id in part.drug_ids or in_combination:
                return True
        elif part.treatment_id == entry.id:
            return True
    return False


class Appearance(Record):
    """One place on the page where an entry is listed as an option for a stage."""

    stage: Stage
    option: StageOption

    @property
    def stage_ids(self) -> tuple[str, ...]:
        return stage_ids_of(self.stage, self.option)


def appearances(knowledge: Knowledge, entry: Entry) -> tuple[Appearance, ...]:
    return tuple(
        Appearance(stage, option)
        for stage in knowledge.stages
        for option in stage.options
        if mentions(knowledge, option, entry)
    )


def unlisted_in(knowledge: Knowledge, entry: Entry) -> tuple[Stage, ...]:
    """The page's stage lists that do not name an entry, in the page's order: a fact about the
    page ("The list for recurrent liver cancer does not name it"), never "not used"."""
    return tuple(
        stage
        for stage in knowledge.stages
        if not any(mentions(knowledge, option, entry) for option in stage.options)
    )


def type_listed_in(knowledge: Knowledge, entry: Entry) -> tuple[Stage, ...]:
    """For a method, drug or combination no stage list names: the lists that name its treatment
    type on its own (an item "radiation therapy", narrowed to no method or drug), in the page's
    order. What such an item includes the page does not say, so livertx says only that."""
    if not isinstance(entry, Method | Drug | Combination) or appearances(knowledge, entry):
        return ()
    return tuple(
        stage
        for stage in knowledge.stages
        if any(
            part.treatment_id == entry.treatment_id
            and not (part.method_ids or part.drug_ids or part.combination_ids)
            for option in stage.options
            for part in option.parts
        )
    )


def combinations_with(knowledge: Knowledge, drug: Drug) -> tuple[Combination, ...]:
    """The combinations the page names a drug in."""
    return tuple(r for r in knowledge.combinations.values() if drug.id in r.drug_ids)


def summary_of(knowledge: Knowledge, entry: Entry) -> str | None:
    """A drug or a combination has no text of its own on the page: it is named in its treatment
    type's list (and a class the page gives some drugs, "the targeted therapy drug", is not a
    sentence about each)."""
    if isinstance(entry, Drug | Combination):
        return None
    return entry.summary


def parent_of(knowledge: Knowledge, entry: Entry) -> Entry | None:
    if isinstance(entry, Method | Drug | Combination):
        return knowledge.entry(entry.treatment_id)
    return None


def method_names(knowledge: Knowledge, option: StageOption) -> list[str]:
    """The names of the methods a stage list's item names, in its order."""
    return [knowledge.entry(method_id).name for method_id in option.main.method_ids]
