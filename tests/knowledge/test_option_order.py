"""An option's references in the order its words name them (livertx.proof.option_words):
its parts, and each part's methods, combinations and drugs. Issue #29: swapping TACE and
sorafenib's parts, or reversing a drug list, changed every view and passed."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from ..proof.test_proof import DATA, first_option, problems_of_data


def _messages(data: dict[str, Any]) -> list[str]:
    return [problem.message for problem in problems_of_data(data)]


def test_parts_in_another_order_than_the_item_s_words_are_refused() -> None:
    s, o = first_option(lambda option: bool(option.get("with")))
    data = copy.deepcopy(DATA)
    option = data["stages"][s]["options"][o]
    joined = option.pop("with")[0]
    first = {key: option.pop(key) for key in ("treatment", "methods", "drugs") if key in option}
    option.update(joined)
    option["with"] = [first]
    ids = [first["treatment"], joined["treatment"]]
    said = f"stages[{s}].options[{o}]: its parts are not in the order its words name them"
    assert f"{said} ({', '.join(ids)})" in _messages(data)


@pytest.mark.parametrize("key", ["drugs", "regimens", "methods"])
def test_a_part_s_references_in_another_order_are_refused(key: str) -> None:
    # Methods its text names ("transarterial embolization (TAE) or … (TACE)"); the names an
    # item lists after its colon are the page's words, which the stage list's check holds.
    s, o = first_option(
        lambda option: len(option.get(key, [])) > 1 and not option["text"].endswith("using")
    )
    data = copy.deepcopy(DATA)
    option = data["stages"][s]["options"][o]
    option[key] = option[key][::-1]
    said = f"stages[{s}].options[{o}].{key}: not in the order its words name them"
    assert f"{said} ({', '.join(DATA['stages'][s]['options'][o][key])})" in _messages(data)


def test_the_shipped_options_are_in_their_words_order() -> None:
    assert not [m for m in _messages(copy.deepcopy(DATA)) if "order its words" in m]
