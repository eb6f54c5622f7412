"""A handout's document: a stage's options, then each treatment type they name with the
methods, drugs and combinations they name under it, then where to look for clinical trials;
made from the documents `stage` and `show` answer with, so a handout says nothing they do not.
The day it was made is given (the command line reads the clock), so the answers never depend
on it."""

from __future__ import annotations

from urllib.parse import quote

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.answers.shapes import (
        EntryDoc,
        HandoutDoc,
        HandoutTypeDoc,
        OptionDoc,
        SourceDoc,
        StageDoc,
        TrialsDoc,
    )

# ClinicalTrials.gov's search by condition alone: the page's condition, not an intervention.
CONDITION_SEARCH = "https://clinicaltrials.gov/search?cond={condition}"
# The heading of the page's section on clinical trials, whose sentences a handout gives once.
TRIALS_SECTION = "clinical trials"


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


def _type_of(entry: EntryDoc) -> str:
    """The treatment type an entry stands under: its own id for a type."""
    parent = entry["part_of"]
    return parent["id"] if parent and entry["kind"] != "treatment" else entry["id"]


def _referred(entry: EntryDoc, siblings: list[EntryDoc]) -> list[EntryDoc]:
    """The methods of its type an entry's own sentences name by abbreviation or name
    (TACE's "This procedure is like TAE …")."""
    words = " ".join([entry["summary"] or "", *entry["how"]])
    found = []
    for sibling in siblings:
        names = [sibling["name"], *sibling["abbreviations"]]
        if sibling["id"] != entry["id"] and any(_names(words, name) for name in names):
            found.append(sibling)
    return found


def _names(words: str, name: str) -> bool:
    """Whether `words` name `name` as a whole word."""
    at = words.find(name)
    while at >= 0:
        before = words[at - 1 : at]
        after = words[at + len(name) : at + len(name) + 1]
        if not before.isalnum() and not after.isalnum():
            return True
        at = words.find(name, at + 1)
    return False


def types_named(ids: list[str], entries: dict[str, EntryDoc]) -> list[HandoutTypeDoc]:
    """Each treatment type the named entries stand under, in the order they are named, with
    the entries named under it and the methods their words refer to."""
    types: dict[str, HandoutTypeDoc] = {}
    for id_ in ids:
        entry = entries[id_]
        type_id = _type_of(entry)
        group = types.setdefault(
            type_id, {"treatment": entries[type_id], "named": [], "referred": []}
        )
        if entry["kind"] != "treatment":
            group["named"].append(entry)
    for group in types.values():
        methods = [entries[method["id"]] for method in group["treatment"]["methods"]]
        named = [entry["id"] for entry in group["named"]]
        for entry in group["named"]:
            group["referred"] += [
                each
                for each in _referred(entry, methods)
                if each["id"] not in named and each not in group["referred"]
            ]
    return list(types.values())


def clinical_trials(entries: dict[str, EntryDoc]) -> EntryDoc | None:
    """The page's section on clinical trials, which a handout gives once."""
    section = [each for each in entries.values() if each["name"].casefold() == TRIALS_SECTION]
    return section[0] if section else None


def trial_searches(source: SourceDoc) -> TrialsDoc:
    """NCI's trial search, and ClinicalTrials.gov's for the page's condition (no intervention)."""
    condition = source["condition"]
    registry = CONDITION_SEARCH.format(condition=quote(condition)) if condition else None
    return {"clinicaltrials_gov": registry, "nci": source["trial_search"]}


def handout_doc(
    stage: StageDoc, entries: dict[str, EntryDoc], source: SourceDoc, made: str
) -> HandoutDoc:
    """The handout of a stage, made on `made` (an ISO date)."""
    return {
        "made": made,
        "stage": stage,
        "types": types_named(named_entries(stage["options"]), entries),
        "clinical_trials": clinical_trials(entries),
        "trials": trial_searches(source),
        "source": source,
    }
