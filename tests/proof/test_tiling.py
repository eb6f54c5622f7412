"""The page tiled by the file's pieces (livertx.proof.tiling, page_parts): what a problem
says and where it points. The mutation suites of test_proof.py show that every edit is caught;
these pin the words and the place a reader of `validate` is given."""

from __future__ import annotations

import copy
import re

import pytest

from livertx.proof.tiling import MOST_PER_PART

from .test_proof import CAPTURE, DATA, SHIPPED, UNLABELLED, problems_of, problems_of_data

LABELLED = [
    (t, m)
    for t, treatment in enumerate(DATA["treatments"])
    if treatment.get("methods_lead")
    for m in range(len(treatment.get("methods", [])))
]


def test_the_labelled_methods_are_found() -> None:
    assert len(LABELLED) >= 10


@pytest.mark.parametrize(("t", "m"), LABELLED)
def test_a_method_s_label_not_the_page_s_is_named_at_the_method_s_name(t: int, m: int) -> None:
    data = copy.deepcopy(DATA)
    name = data["treatments"][t]["methods"][m]["name"]
    data["treatments"][t]["methods"][m]["name"] = name + "s"
    at = f"treatments[{t}].methods[{m}].name: "
    told = [p.message for p in problems_of_data(data) if p.message.startswith(at)]
    assert len(told) == 1, told
    assert told[0].startswith(f"{at}not the page's words in Types of treatment › ")
    label = r"( \(\w+\))?:"  # "Transarterial embolization (TAE):"
    said = f'the file has "{re.escape(name)}s{label}", the page has "{re.escape(name)}{label}"$'
    assert re.search(said, told[0]), told[0]


@pytest.mark.parametrize(("t", "m"), LABELLED[:3])
def test_every_problem_of_a_changed_label_points_at_a_line_and_column(t: int, m: int) -> None:
    # The method's texts no longer follow its label: each is "not a whole sentence … in its
    # place", at its own line.
    data = copy.deepcopy(DATA)
    data["treatments"][t]["methods"][m]["name"] += "s"
    problems = problems_of_data(data)
    assert any("is not a whole sentence, lead or item" in p.message for p in problems)
    assert all(p.line and p.column for p in problems), problems


def test_a_text_of_an_unlabelled_method_s_learn_more_that_the_page_lacks_is_refused() -> None:
    # Surgery's methods have no labels on the page: their texts are found in the part as they
    # are, `learn_more` too; a text never laid on the page would be shown as the page's.
    data = copy.deepcopy(DATA)
    data["treatments"][UNLABELLED]["methods"][0]["learn_more"] = ["Learn more at a made-up page."]
    at = f"treatments[{UNLABELLED}].methods[0].learn_more[0]: "
    said = f'{at}"Learn more at a made-up page." is not a whole sentence, lead or item of '
    assert [p for p in problems_of_data(data) if p.message.startswith(said)]


@pytest.mark.parametrize("added", ["Then", "Then the"])
def test_words_added_before_a_sentence_on_the_page_are_reported_alone(added: str) -> None:
    # The file's sentence still stands after them: the page's words reported are the added
    # ones, not the whole sentence as a changed text.
    sentence = "High-energy radio waves heat the needles"
    assert CAPTURE.count(sentence) == 1
    page = CAPTURE.replace(sentence, f"{added} {sentence}")
    said = [p.message for p in problems_of(SHIPPED, page)]
    part = "Types of treatment › Ablation therapy"
    assert said == [f'{part}: the page\'s words "{added}" are in no text of the file']


def test_a_part_whose_page_text_is_gone_reports_a_dozen_problems_at_most() -> None:
    ablation = next(t for t, r in enumerate(DATA["treatments"]) if r["id"] == "ablation-therapy")
    start = CAPTURE.index("Different types of ablation therapy are used")
    end = CAPTURE.index("Embolization therapy", start)
    problems = problems_of(SHIPPED, CAPTURE[:start] + "Nothing here. " + CAPTURE[end:])
    assert len(problems) == MOST_PER_PART, problems
    assert problems[0].message.endswith('"Nothing here." are in no text of the file')
    assert all(p.message.startswith(f"treatments[{ablation}].") for p in problems[1:])


def test_an_unlabelled_method_s_text_after_a_sentence_not_naming_it_is_told_so_in_place() -> None:
    data = copy.deepcopy(DATA)
    t = UNLABELLED
    m = next(m for m, r in enumerate(DATA["treatments"][t]["methods"]) if r.get("how"))
    data["treatments"][t]["methods"][m]["name"] = "Partial resection"
    problems = problems_of_data(data)
    said = f"treatments[{t}].methods[{m}].how[0]: the page's sentence before it does not name "
    assert [p for p in problems if p.message == said + "'Partial resection'"]
    assert all(p.line and p.column for p in problems), problems
