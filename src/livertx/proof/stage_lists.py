"""A stage's options, held to its section of the page: the section is the stage's lead and its
list, and the list's items are the options' own words, in order, with nothing missing or
added. An option's words are its `text`, the names of its methods where the page lists them
after a colon ("ablation of the tumor using: radiofrequency ablation …"), and its `condition`.

Every treatment, method, drug and combination an option refers to is named in its words, and
every one its words name is referred to (livertx.proof.option_words). A stage's name and its
parts are its heading's. Pure.
"""

from __future__ import annotations

from livertx.problems import Problem, problem_at, shown
from livertx.proof.option_words import Entries, Named, check_option
from livertx.text_folding import fold, listed_after, lower_first, names
from livertx.text_folding import normal_spacing as spaced
from livertx.yaml_tree import Node


def option_words_of(option: Node, index: dict[str, Named]) -> str:
    """The option as the page's list has it."""
    text = option.text("text")
    words = spaced(text.value) if text is not None else ""
    names = [index[m.value].name for m in option.texts("methods") if m.value in index]
    listed = listed_after(words, names) if text is not None else []
    if listed:
        words += ": " + " ".join(listed)
    condition = option.text("condition")
    if condition is not None:
        words += " " + spaced(condition.value)
    return words.strip()


def check_stage(
    region: str, stage: Node, where: str, entries: Entries, words: list[str]
) -> list[Problem]:
    """The stage's lead and options against its section's text (after the heading); `words`,
    each option's (`option_words_of`), as the proof made them once for every check."""
    problems: list[Problem] = []
    lead = stage.text("lead")
    options = stage.records("options")
    expected = spaced(lead.value) + ":" if lead is not None else ""
    position = 0
    if lead is not None:
        if region.startswith(expected) and region[len(expected) : len(expected) + 1] in ("", " "):
            position = len(expected) + 1
        else:
            page = shown(region[: len(expected) + 40])
            message = f'{where}.lead: the section begins "{page}"'
            # The page's lead is its words up to the first colon, where its list starts.
            new = region[: region.find(":") + 1] if ":" in region else None
            problems.append(
                problem_at(lead, message, where=f"{where}.lead", file_has=expected, page_has=new)
            )
            position = len(new) + 1 if new is not None else 0  # its list follows it
    for number, (option, said) in enumerate(zip(options, words, strict=True)):
        found = _find_item(region, said, position)
        if found == position:
            position += len(said) + 1
            continue
        following = [_find_item(region, w, position) for w in words[number + 1 :]]
        stop = min([f for f in following if f >= 0] or [len(region)])
        anchor = option.text("text") or option
        at = f"{where}.options[{number}]"
        if 0 <= found < stop:
            on_page = region[position:found].strip()
            message = (
                f'{at}: the page lists "{shown(on_page)}" before it, and no option has those words'
            )
            position = found + len(said) + 1
            problems.append(problem_at(anchor, message, page_has=on_page))
        else:
            on_page = region[position:stop].strip()
            message = f'{at}: the file has "{shown(said)}", the page has "{shown(on_page)}"'
            position = stop
            problems.append(
                problem_at(anchor, message, where=at, file_has=said, page_has=on_page or None)
            )
    if position < len(region):
        on_page = region[position:].strip()
        message = f'{where}: the page lists "{shown(on_page)}", which no option has'
        problems.append(problem_at(stage, message, page_has=on_page))
    for number, option in enumerate(options):
        problems += check_option(option, stage, f"{where}.options[{number}]", entries)
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


def check_names(stage: Node, section: str, where: str, conditions: str) -> list[Problem]:
    """A stage's name is its section's heading after "Treatment of" (the end of it, under
    another heading); a stage whose name joins two with "or" ("Locally advanced or metastatic
    liver cancer") has those two as its parts, in that order; a part's name stands in the
    heading or in a condition of the stage."""
    problems: list[Problem] = []
    name = stage.text("name")
    named = lower_first(spaced(name.value)) if name is not None else ""
    of = "Treatment of "
    if name is not None and (
        section != of + named if section.startswith(of) else not section.endswith(" " + named)
    ):
        problems.append(problem_at(name, f'{where}.name: not what the heading "{section}" names'))
    if name is not None:
        first, joined, second = spaced(name.value).partition(" or ")
        tail = second.split(" ", 1)[1] if joined and " " in second else ""
        wanted = [f"{first} {tail}".casefold(), second.casefold()] if joined else []
        given = [fold(p.value) for p in (r.text("name") for r in stage.records("parts")) if p]
        if given != wanted:
            message = f"{where}.parts: its name gives {wanted or 'no parts'}, the file {given}"
            problems.append(problem_at(name, message))
    for number, part in enumerate(stage.records("parts")):
        part_name = part.text("name")
        if part_name is not None and not (
            names(section.casefold(), part_name.value) or names(conditions, part_name.value)
        ):
            message = (
                f'{where}.parts[{number}].name: named neither in "{section}" nor in a condition'
            )
            problems.append(problem_at(part_name, message))
    return problems
