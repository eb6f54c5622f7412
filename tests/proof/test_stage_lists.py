"""A stage's list held to its section (livertx.proof.stage_lists): what each problem says,
and that one edit is one problem, at its own option. The mutation suites of test_proof.py show
that every edit is caught; these show where, and in which words (the survivors of a mutation
run that changed the words or the place and kept the count)."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from livertx.problems import shown

from .test_proof import DATA, SHIPPED, first_option, problems_of, problems_of_data

DROPPABLE = [
    (s, o) for s, stage in enumerate(DATA["stages"]) for o in range(len(stage["options"]) - 1)
]


def _without(s: int, o: int) -> dict[str, Any]:
    data = copy.deepcopy(DATA)
    del data["stages"][s]["options"][o]
    return data


def _list_problems(data: dict[str, Any], s: int) -> list[str]:
    """The problems of stage `s`'s list. Others may follow rightly from the same edit: a method
    no option names any more, a part of the stage named only in the dropped option."""
    return [
        p.message
        for p in problems_of_data(data)
        if re.match(rf"stages\[{s}\](\.options\[\d+\])?: the (page lists|file has) ", p.message)
    ]


@pytest.mark.parametrize(("s", "o"), DROPPABLE)
def test_an_option_dropped_is_one_problem_naming_the_page_s_item_at_the_next_option(
    s: int, o: int
) -> None:
    dropped = DATA["stages"][s]["options"][o]
    problems = _list_problems(_without(s, o), s)
    assert len(problems) == 1, problems
    prefix = f'stages[{s}].options[{o}]: the page lists "'
    assert problems[0].startswith(prefix), problems[0]
    assert problems[0].endswith('" before it, and no option has those words')
    listed = problems[0].removeprefix(prefix).split('" before it')[0]
    assert shown(dropped["text"]).removesuffix("…") in listed
    if "condition" in dropped:
        assert listed.endswith(shown(dropped["condition"]).removesuffix("…")) or "…" in listed


@pytest.mark.parametrize("s", range(len(DATA["stages"])))
def test_the_last_option_dropped_is_the_page_s_item_that_no_option_has(s: int) -> None:
    last = DATA["stages"][s]["options"][-1]
    problems = _list_problems(_without(s, len(DATA["stages"][s]["options"]) - 1), s)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f'stages[{s}]: the page lists "{last["text"]}')
    assert problems[0].endswith('", which no option has')


@pytest.mark.parametrize("s", range(len(DATA["stages"])))
def test_a_lead_not_the_page_s_says_how_the_section_begins(s: int) -> None:
    data = copy.deepcopy(DATA)
    lead = data["stages"][s]["lead"]
    data["stages"][s]["lead"] = "Treatment may include"
    problems = [p.message for p in problems_of_data(data)]
    prefix = f'stages[{s}].lead: the section begins "'
    begins = [m for m in problems if m.startswith(f"stages[{s}].lead: ")]
    assert len(begins) == 1 and begins[0].startswith(prefix), problems
    page = begins[0].removeprefix(prefix).removesuffix('"')
    assert len(page) >= len("Treatment may include:") + 20
    assert (lead + ":").startswith(page) or page.startswith(lead + ":")


@pytest.mark.parametrize("s", range(len(DATA["stages"])))
def test_an_option_s_words_not_the_page_s_say_both(s: int) -> None:
    data = copy.deepcopy(DATA)
    option = data["stages"][s]["options"][0]
    option["text"] = option["text"] + " therapy"
    problems = [p.message for p in problems_of_data(data)]
    said = [m for m in problems if m.startswith(f"stages[{s}].options[0]: the file has ")]
    assert len(said) == 1, problems
    assert said[0].startswith(f'stages[{s}].options[0]: the file has "{option["text"][:40]}')
    assert '", the page has "' in said[0]


def test_an_option_naming_a_part_without_its_only_is_told_so_at_its_condition() -> None:
    lines = SHIPPED.splitlines(keepends=True)
    only = next(n for n, line in enumerate(lines) if line.strip() == "only: locally-advanced")
    condition = next(n for n in range(only, 0, -1) if lines[n].strip().startswith("condition: "))
    problems = problems_of("".join(lines[:only] + lines[only + 1 :]))
    told = [p for p in problems if "give it `only: locally-advanced`" in p.message]
    assert len(told) == 1, problems
    assert (told[0].line, told[0].column) == (condition + 1, lines[condition].index(":") + 3)


@pytest.mark.parametrize("s", range(len(DATA["stages"])))
def test_a_stage_name_that_is_only_the_end_of_its_heading_is_not_its_name(s: int) -> None:
    data = copy.deepcopy(DATA)
    data["stages"][s]["name"] = "Liver cancer"
    section = data["stages"][s]["section"]
    said = f'stages[{s}].name: not what the heading "{section}" names'
    assert said in [p.message for p in problems_of_data(data)]


def test_a_part_named_neither_in_the_heading_nor_in_a_condition_is_told_so() -> None:
    s, o = first_option(lambda option: option.get("only"))
    part = next(
        p
        for p, record in enumerate(DATA["stages"][s]["parts"])
        if record["id"] == DATA["stages"][s]["options"][o]["only"]
    )
    section = DATA["stages"][s]["section"]
    said = f'stages[{s}].parts[{part}].name: named neither in "{section}" nor in a condition'
    assert said in [p.message for p in problems_of_data(_without(s, o))]


def test_parts_given_to_a_stage_whose_name_joins_none_are_told_so() -> None:
    data = copy.deepcopy(DATA)
    s = next(s for s, stage in enumerate(DATA["stages"]) if " or " not in stage["name"])
    data["stages"][s]["parts"] = [{"id": "part", "name": "liver cancer"}]
    said = f"stages[{s}].parts: its name gives no parts, the file ['liver cancer']"
    assert said in [p.message for p in problems_of_data(data)]


def test_a_name_inside_a_longer_name_is_read_as_the_longer_one() -> None:
    # "radiation therapy" stands inside "stereotactic body radiation therapy": read shortest
    # first, "or stereotactic body" would seem to join two names.
    s, o = first_option(lambda option: option["text"] == "radiation therapy")
    data = copy.deepcopy(DATA)
    data["stages"][s]["options"][o]["text"] = (
        "radiation therapy or stereotactic body radiation therapy"
    )
    said = [p.message for p in problems_of_data(data)]
    assert (
        f"stages[{s}].options[{o}]: its words name 'Stereotactic body radiation therapy', "
        "which it does not refer to" in said
    )
    assert not [m for m in said if "joins two names" in m], said
    data["stages"][s]["options"][o]["text"] = (
        "radiation therapy stereotactic body radiation therapy"
    )
    assert [
        m
        for m in problems_of_data(data)
        if m.message.endswith("joins two names: two items run together")
    ]
