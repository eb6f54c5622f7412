"""A knowledge file's answers worked out in memory from its model, part by part as
livertx.answers.prepared.Answers asks for them (and as data/answers.json ships them for the
shipped file). Never imported on the shipped file's path: it needs the model."""

from __future__ import annotations

from livertx.answers import documents, references
from livertx.knowledge import lookup
from livertx.text_folding import words_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from livertx.answers.shapes import CompletionWords, EntryDoc, StageDoc
    from livertx.knowledge.model import Knowledge


def builders() -> dict[str, Callable[[Knowledge], Any]]:
    """How each part of the answers is worked out from the knowledge, by its key."""

    def stages(knowledge: Knowledge) -> dict[str, StageDoc]:
        selections = lookup.all_stage_selections(knowledge)
        return {s.id: documents.stage_doc(knowledge, s) for s in selections}

    def entries(knowledge: Knowledge) -> dict[str, EntryDoc]:
        return {e.id: documents.entry_doc(knowledge, e) for e in knowledge.entries.values()}

    def complete(knowledge: Knowledge) -> CompletionWords:
        selections = lookup.all_stage_selections(knowledge)
        return {
            "names": completion_names(knowledge),
            "stages": [[s.id, s.name] for s in selections],
        }

    return {
        "source": lambda knowledge: references.source_doc(knowledge.source),
        "list": lambda knowledge: documents.treatments_doc(knowledge, knowledge.treatments),
        "entries": entries,
        "stages": stages,
        # `livertx stages`: a list, beside "stages", the documents `livertx stage` shows.
        "stage_list": documents.stages_doc,
        "drugs": documents.drugs_doc,
        "matrix": documents.matrix_doc,
        "counts": documents.counts_doc,
        "page_words": page_words,
        "entry_index": lookup.entry_index,
        "stage_index": lookup.stage_index,
        "stage_choices": lambda knowledge: list(lookup.stage_choices(knowledge)),
        "complete": complete,
    }


def parts(knowledge: Knowledge) -> Callable[[str], Any]:
    """Each part of a file's answers by its key, worked out when asked for."""
    made = builders()
    return lambda key: made[key](knowledge)


def page_words(knowledge: Knowledge) -> list[str]:
    """Every word of the page's capture: search never reads one of them as a typo."""
    sections = knowledge.sections
    return sorted(set(words_of(sections.folded))) if sections else []


def completion_names(knowledge: Knowledge) -> list[list[str]]:
    """[word, help] for every word that completes to an entry: ids, abbreviations and other
    names that are one word (a space would need quoting at the prompt)."""
    words: dict[str, str] = {}
    for entry in knowledge.entries.values():
        help_text = f"{entry.name} ({entry.kind.value})"
        terms = frozenset(getattr(entry, "search_terms", ()))  # a set: thousands must not cost
        for name in lookup.entry_names(entry, knowledge):
            if " " not in name and name not in terms:
                words.setdefault(name.lower(), help_text)
    return [[word, help_text] for word, help_text in words.items()]
