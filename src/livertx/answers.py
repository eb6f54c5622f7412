"""Every `--json` answer and completion list for one knowledge file, worked out once and kept in
the cache (livertx.cache) beside the file's checked data.

Start-up is most of what a `--json` call or a TAB costs, and most of start-up is importing: the
model's dataclasses alone cost more than Python itself. With the answers cached, those paths
read one JSON file and print, importing neither the model, PyYAML, Rich nor Typer. The answers
are made by the same functions as the slow path (livertx.render.json, livertx.lookup), keyed by
the file's content and livertx's version, so they cannot drift from it.
"""

from __future__ import annotations

from livertx import cache
from livertx.names import normalize

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.model import Knowledge

ANSWERS = "answers"  # the cache entry's kind


def build(knowledge: Knowledge) -> dict[str, Any]:
    from livertx import lookup
    from livertx.render import json as documents

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
        "list": documents.treatments_doc(knowledge, knowledge.treatments),
        "entries": {e.id: documents.entry_doc(knowledge, e) for e in knowledge.entries.values()},
        "stages": {s.id: documents.stage_doc(knowledge, s) for s in selections},
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
            if " " not in name and name not in getattr(entry, "search_terms", ()):
                words.setdefault(name.lower(), help_text)
    return [[word, help_text] for word, help_text in words.items()]


def remember(key: str, knowledge: Knowledge) -> None:
    if cache.read(key, ANSWERS) is None:
        cache.write(key, ANSWERS, build(knowledge))


def recall(key: str) -> dict[str, Any] | None:
    answers = cache.read(key, ANSWERS)
    return answers if isinstance(answers, dict) else None


def find(answers: dict[str, Any], command: str, argument: str | None) -> Any:
    """The document `livertx COMMAND ARGUMENT --json` prints, or None when the cached answers
    do not have it (a miss goes the slow way, which also words the error)."""
    if command == "list":
        return answers.get("list")
    if argument is None:
        return None
    key = normalize(argument)
    if command == "show":
        entry_id = answers.get("entry_keys", {}).get(key) if key else None
        return answers.get("entries", {}).get(entry_id)
    if command == "stage":
        stage_id = answers.get("stage_keys", {}).get(key) if key else None
        return answers.get("stages", {}).get(stage_id)
    return None


def print_cached(data_path: str | None, command: str, argument: str | None) -> bool:
    """Print the answer to `livertx COMMAND ARGUMENT --json` if the cache has it."""
    from livertx.json_out import write_json
    from livertx.knowledge_file import read_bytes, resolve_path

    answers = recall(cache.key_for(read_bytes(resolve_path(data_path))))
    document = find(answers, command, argument) if answers else None
    if document is None:
        return False
    write_json(document)
    return True
