"""The file's `source` block held to its page (livertx.proof.prove): the credit, the title,
the introduction, in the words `validate` gives and at their places."""

from __future__ import annotations

import copy

from ..proof.test_proof import DATA, SHIPPED, problems_of, problems_of_data


def _messages_of(data: dict[str, object]) -> list[str]:
    return [problem.message for problem in problems_of_data(data)]


def test_a_credit_the_page_does_not_ask_for_is_told_so() -> None:
    data = copy.deepcopy(DATA)
    data["source"]["credit"] = data["source"]["credit"].replace("originally", "first")
    said = "source.credit: not the credit the page asks for, in its quotes"
    assert _messages_of(data)[:1] == [said]


def test_a_title_the_credit_names_but_does_not_begin_with_is_told_so() -> None:
    data = copy.deepcopy(DATA)
    data["source"]["title"] = data["source"]["title"].split(" ", 1)[1]  # "Cancer Treatment"
    assert "source.title: the credit does not begin with it" in _messages_of(data)


def test_a_sentence_of_the_introduction_missing_is_told_at_the_introduction() -> None:
    lines = SHIPPED.splitlines(keepends=True)
    first = next(n for n, line in enumerate(lines) if line.strip().startswith("- There are"))
    last = first + 1  # the second sentence: "- >-" and its two lines
    assert lines[last].strip() == "- >-"
    problems = problems_of("".join(lines[:last] + lines[last + 3 :]))
    missing = [p for p in problems if "are in no text of the file" in p.message]
    assert len(missing) == 1, problems
    assert missing[0].message.startswith(f"{DATA['source']['title']}: the page's words \"Some ")
    assert (missing[0].line, missing[0].column) == (first + 1, lines[first].index("-") + 1)


def test_a_title_or_publisher_the_credit_does_not_name_is_told_so() -> None:
    for key, other in (("title", "Liver Treatment"), ("publisher", "National Institutes")):
        data = copy.deepcopy(DATA)
        data["source"][key] = other
        assert f"source.{key}: not the {key} its credit names" in _messages_of(data), key


def test_a_heading_the_page_does_not_have_is_told_with_the_one_before_it() -> None:
    data = copy.deepcopy(DATA)
    data["stages"][-1]["section"] = "Treatment of unknown liver cancer"
    before = DATA["stages"][-2]["section"]
    said = f'the page has no heading "Treatment of unknown liver cancer" after "{before}"'
    messages = _messages_of(data)
    # Its texts are found all the same, after the page's own heading, which is quoted.
    here = '; the page has "Treatment of recurrent liver cancer" there'
    assert f"stages[{len(DATA['stages']) - 1}].section: {said}{here}" in messages
    contents = "source.treatments_section: the page's contents read \"On This Page Types of "
    assert [m for m in messages if m.startswith(contents) and before in m]
