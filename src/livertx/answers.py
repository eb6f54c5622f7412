"""The answers for one knowledge file: every command's document (livertx.documents) and the
words shell completion offers, worked out once and kept in the cache (livertx.cache).

Start-up is most of what a call costs, and most of start-up is importing: the model's frozen
dataclasses alone cost more than Python itself starts in. With the answers cached, a call reads
one JSON file, finds its document and hands it to a renderer, importing neither the model nor
PyYAML nor Typer. The answers are keyed by the file's content and livertx's version and are made
by the same functions as on a cache miss, so they cannot drift from what the file says.
"""

from __future__ import annotations

from livertx import cache
from livertx.knowledge_file import read_bytes, resolve_path
from livertx.names import normalize

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.model import Knowledge

ANSWERS = "answers"  # the cache entry's kind


def build(knowledge: Knowledge) -> dict[str, Any]:
    from livertx import documents, lookup

    entry_keys: dict[str, str] = {}
    for entry in knowledge.entries.values():  # the order lookup.resolve_entry tries them in
        for key in lookup.entry_keys(entry):
            entry_keys.setdefault(key, entry.id)
    stage_keys: dict[str, str] = {}
    for stage in knowledge.stages:
        for key, selection_id in lookup.stage_keys(stage):
            stage_keys.setdefault(key, selection_id)
    selections = lookup.all_stage_selections(knowledge)
    return {
        "source": documents.source_doc(knowledge.source),
        "list": documents.treatments_doc(knowledge, knowledge.treatments),
        "entries": {e.id: documents.entry_doc(knowledge, e) for e in knowledge.entries.values()},
        "stages": {s.id: documents.stage_doc(knowledge, s) for s in selections},
        "drugs": documents.drugs_doc(knowledge),
        "matrix": documents.matrix_doc(knowledge),
        "entry_keys": entry_keys,
        "stage_keys": stage_keys,
        "complete": {
            "names": completion_names(knowledge),
            "stages": [[s.id, s.name] for s in selections],
        },
    }


def completion_names(knowledge: Knowledge) -> list[list[str]]:
    """[word, help] for every word that completes to an entry: ids, abbreviations and other
    names that are one word (a space would need quoting at the prompt)."""
    from livertx.lookup import entry_names

    words: dict[str, str] = {}
    for entry in knowledge.entries.values():
        help_text = f"{entry.name} ({entry.kind.value})"
        for name in entry_names(entry):
            if " " not in name and name not in entry.search_terms:
                words.setdefault(name.lower(), help_text)
    return [[word, help_text] for word, help_text in words.items()]


def find(answers: dict[str, Any], command: str, argument: str | None) -> Any:
    """The document for `livertx show NAME` or `livertx stage STAGE`, or None."""
    key = normalize(argument or "")
    if command == "show":
        return answers["entries"].get(answers["entry_keys"].get(key))
    return answers["stages"].get(answers["stage_keys"].get(key))


def for_file(data_path: str | None) -> dict[str, Any]:
    """The answers for a knowledge file: from the cache, or worked out (and cached)."""
    where = resolve_path(data_path)
    data = read_bytes(where)
    key = cache.key_for(data)
    cached = cache.read(key, ANSWERS)
    if isinstance(cached, dict):
        return cached
    from livertx.knowledge import load_from_bytes

    answers = build(load_from_bytes(data, where))
    cache.write(key, ANSWERS, answers)
    return answers


def resolve(data_path: str | None, answers: dict[str, Any], command: str, argument: str) -> Any:
    """The document for a name (`show`, `compare`) or a stage (`stage`), or a domain error."""
    document = find(answers, "stage" if command == "stage" else "show", argument)
    if document is not None:
        return document
    from livertx.errors import NotFound
    from livertx.lookup import ENTRY_WHAT, STAGE_WHAT

    # A stage asked for as a name, or a name as a stage: point to the right command.
    other = "show" if command == "stage" else "stage"
    elsewhere = find(answers, other, argument)
    if elsewhere is not None:
        what = STAGE_WHAT if command == "stage" else ENTRY_WHAT
        raise NotFound(what, argument, (f"livertx {other} {elsewhere['id']}",))
    # A miss: the model words the error, with the closest names.
    from livertx import lookup
    from livertx.knowledge import load_knowledge

    knowledge = load_knowledge(data_path)
    if command == "stage":
        lookup.resolve_stage(knowledge, argument)
    else:
        lookup.resolve_entry(knowledge, argument)
    raise AssertionError(f"the cached answers miss {argument!r}, the model finds it")
