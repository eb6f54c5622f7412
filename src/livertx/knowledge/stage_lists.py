"""A stage's options, held to its section of the page: the section is the stage's lead and its
list, and the list's items are the options' own words, in order, with nothing missing or
added. An option's words are its `text`, the names of its methods where the page lists them
after a colon ("ablation of the tumor using: radiofrequency ablation …"), and its `condition`.

Every treatment, method, drug and combination an option refers to is named in its words, and
every one its words name is referred to; an `only` is backed by a condition that names that
part of the stage, and a condition that names a part has its `only`. Pure.
"""

from __future__ import annotations

from livertx.knowledge.excerpts import normal_spacing as spaced
from livertx.knowledge.pieces import (
    holds,
    listed_after,
    names,
    names_with,
    records_of,
    text_of,
    texts_of,
)
from livertx.knowledge.problems import Problem
from livertx.knowledge.tiling import CHECK, shown
from livertx.knowledge.yaml_tree import Node


class Named:
    """An entry of the file an option may refer to: its kind, its name (and the name folded
    as the check compares it), its treatment's id, and for a combination its drugs' ids."""

    __slots__ = ("drugs", "folded", "kind", "name", "treatment")

    def __init__(self, kind: str, name: str, treatment: str, drugs: tuple[str, ...] = ()) -> None:
        self.kind, self.name, self.treatment, self.drugs = kind, name, treatment, drugs
        self.folded = spaced(name).casefold()


def index_of(root: Node) -> dict[str, Named]:
    index: dict[str, Named] = {}
    for treatment in records_of(root, "treatments"):
        own = text_of(treatment, "id")
        name = text_of(treatment, "name")
        if own is None or name is None:
            continue
        index.setdefault(own.value, Named("treatment", name.value, own.value))
        for kind, key in (("method", "methods"), ("drug", "drugs")):
            for record in records_of(treatment, key):
                rid, rname = text_of(record, "id"), text_of(record, "name")
                if rid is not None and rname is not None:
                    index.setdefault(rid.value, Named(kind, rname.value, own.value))
        for regimen in records_of(treatment, "regimens"):
            rid = text_of(regimen, "id")
            drugs = tuple(d.value for d in texts_of(regimen, "drugs"))
            if rid is not None:
                index.setdefault(rid.value, Named("combination", "", own.value, drugs))
    return index


def words_of(option: Node, index: dict[str, Named]) -> str:
    """The option as the page's list has it."""
    text = text_of(option, "text")
    words = spaced(text.value) if text is not None else ""
    names = [index[m.value].name for m in texts_of(option, "methods") if m.value in index]
    listed = listed_after(words, names) if text is not None else []
    if listed:
        words += ": " + " ".join(listed)
    condition = text_of(option, "condition")
    if condition is not None:
        words += " " + spaced(condition.value)
    return words.strip()


def _at(node: Node, message: str) -> Problem:
    return Problem(message, node.line, node.column, CHECK)


def check_stage(region: str, stage: Node, where: str, index: dict[str, Named]) -> list[Problem]:
    """The stage's lead and options against its section's text (after the heading)."""
    problems: list[Problem] = []
    lead = text_of(stage, "lead")
    options = records_of(stage, "options")
    expected = spaced(lead.value) + ":" if lead is not None else ""
    position = 0
    if lead is not None:
        if region.startswith(expected) and region[len(expected) : len(expected) + 1] in ("", " "):
            position = len(expected) + 1
        else:
            page = shown(region[: len(expected) + 40])
            problems.append(_at(lead, f'{where}.lead: the section begins "{page}"'))
    words = [words_of(option, index) for option in options]
    for number, (option, said) in enumerate(zip(options, words, strict=True)):
        found = _find_item(region, said, position)
        if found == position:
            position += len(said) + 1
            continue
        following = [_find_item(region, w, position) for w in words[number + 1 :]]
        stop = min([f for f in following if f >= 0] or [len(region)])
        anchor = text_of(option, "text") or option
        at = f"{where}.options[{number}]"
        if 0 <= found < stop:
            page = shown(region[position:found].strip())
            message = f'{at}: the page lists "{page}" before it, and no option has those words'
            position = found + len(said) + 1
        else:
            page = shown(region[position:stop].strip())
            message = f'{at}: the file has "{shown(said)}", the page has "{page}"'
            position = stop
        problems.append(_at(anchor, message))
    if position < len(region):
        page = shown(region[position:].strip())
        problems.append(_at(stage, f'{where}: the page lists "{page}", which no option has'))
    for number, (option, said) in enumerate(zip(options, words, strict=True)):
        at = f"{where}.options[{number}]"
        problems += _references(option, said.casefold(), at, index)
        problems += _only(option, stage, at)
    return problems


def _find_item(region: str, words: str, start: int) -> int:
    """Where `words` stand as a whole item of the list from `start`, or -1."""
    at = region.find(words, start)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or region[at - 1] == " ") and (end == len(region) or region[end] == " "):
            return at
        at = region.find(words, at + 1)
    return -1


def _references(option: Node, words: str, at: str, index: dict[str, Named]) -> list[Problem]:
    """What an option refers to is named in its words; what its words name, it refers to."""
    problems: list[Problem] = []
    referred: set[str] = set()
    for part in (option, *records_of(option, "with")):
        treatment = text_of(part, "treatment")
        named_within = False
        for key in ("methods", "drugs", "regimens"):
            for reference in texts_of(part, key):
                entry = index.get(reference.value)
                if entry is None:
                    continue  # the meaning check reports it
                named_within = True
                referred.add(reference.value)
                referred.update(entry.drugs)
                named = [index[d].name for d in entry.drugs if d in index] or [entry.name]
                for name in named:
                    if not names(words, name):
                        problems.append(_at(reference, f"{at}: its words do not name {name!r}"))
                if key == "drugs" and names_with(words, entry.name):
                    message = f"{at}: the page gives {entry.name!r} with another drug"
                    problems.append(_at(reference, f"{message}: refer to the combination"))
        if treatment is not None and treatment.value in index:
            referred.add(treatment.value)
            name = index[treatment.value].name
            if not named_within and not names(words, name):
                problems.append(_at(treatment, f"{at}: its words do not name {name!r}"))
    for identifier, entry in index.items():
        in_words = entry.kind != "combination" and holds(words, entry.folded)
        if in_words and identifier not in referred:
            message = f"{at}: its words name {entry.name!r}, which it does not refer to"
            problems.append(_at(option, message))
    return problems


def _only(option: Node, stage: Node, at: str) -> list[Problem]:
    condition = text_of(option, "condition")
    words = spaced(condition.value).casefold() if condition is not None else ""
    only = text_of(option, "only")
    problems: list[Problem] = []
    for part in records_of(stage, "parts"):
        part_id, name = text_of(part, "id"), text_of(part, "name")
        if part_id is None or name is None:
            continue
        named = names(words, name.value)
        if only is not None and only.value == part_id.value and not named:
            message = f"{at}.only: its condition does not name {name.value!r}"
            problems.append(_at(only, message))
        elif named and (only is None or only.value != part_id.value):
            message = f"{at}: its condition names {name.value!r}: give it `only: {part_id.value}`"
            problems.append(_at(condition or option, message))
    return problems


def check_names(stage: Node, section: str, where: str, conditions: str) -> list[Problem]:
    """A stage's name ends its section's heading; a part's name stands in the heading or in a
    condition of the stage."""
    problems: list[Problem] = []
    name = text_of(stage, "name")
    if name is not None and not section.casefold().endswith(" " + spaced(name.value).casefold()):
        problems.append(_at(name, f'{where}.name: not the end of the heading "{section}"'))
    for number, part in enumerate(records_of(stage, "parts")):
        part_name = text_of(part, "name")
        if part_name is not None and not (
            names(section.casefold(), part_name.value) or names(conditions, part_name.value)
        ):
            message = (
                f'{where}.parts[{number}].name: named neither in "{section}" nor in a condition'
            )
            problems.append(_at(part_name, message))
    return problems
