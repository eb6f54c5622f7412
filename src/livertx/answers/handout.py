"""A handout's document: a stage's options and, in full, each entry they name; made from the
documents `stage` and `show` answer with, so a handout says nothing they do not. The day it
was made is given (the command line reads the clock), so the answers never depend on it."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.answers.shapes import EntryDoc, HandoutDoc, OptionDoc, SourceDoc, StageDoc


def named_entries(options: list[OptionDoc]) -> list[str]:
    """The id of each entry the options name, each once: a part's methods, drugs and
    combinations where it names any (the page's "total hepatectomy"), else its treatment; in
    the order the option's words give them ("atezolizumab with … or pembrolizumab")."""
    ids: list[str] = []
    for option in options:
        words = (option["text"] or option["label"]).casefold()  # the page's words, where given
        for part in option["parts"]:
            named = part["methods"] + part["drugs"] + part["combinations"] or [part["treatment"]]
            named.sort(key=lambda entry: _place(words, entry["name"].casefold()))
            ids += [entry["id"] for entry in named if entry["id"] not in ids]
    return ids


def _place(words: str, name: str) -> int:
    """Where an option's words name an entry: its whole name, or for a combination the page
    gives in short ("atezolizumab with bevacizumab or cabozantinib"), its last drug's; else
    after the rest."""
    for looked_for in (name, name.split()[-1]):
        found = words.find(looked_for)
        if found >= 0:
            return found
    return len(words)


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
