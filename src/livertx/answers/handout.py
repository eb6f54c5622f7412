"""A handout's document: a stage's options and, in full, each entry they name; made from the
documents `stage` and `show` answer with, so a handout says nothing they do not. The day it
was made is given (the command line reads the clock), so the answers never depend on it."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.answers.shapes import EntryDoc, HandoutDoc, OptionDoc, SourceDoc, StageDoc


def named_entries(options: list[OptionDoc]) -> list[str]:
    """The id of each entry the options name, in their order, each once: a part's methods, drugs
    and combinations where it names any (the page's "total hepatectomy"), else its treatment."""
    ids: list[str] = []
    for option in options:
        for part in option["parts"]:
            named = part["methods"] + part["drugs"] + part["combinations"] or [part["treatment"]]
            ids += [entry["id"] for entry in named if entry["id"] not in ids]
    return ids


def handout_doc(
    stage: StageDoc, entries: dict[str, EntryDoc], source: SourceDoc, made: str
) -> HandoutDoc:
    """The handout of a stage, made on `made` (an ISO date)."""
    return {
        "made": made,
        "stage": stage,
        "entries": [entries[id_] for id_ in named_entries(stage["options"])],
        "source": source,
    }
