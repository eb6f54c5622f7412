"""What the page's sentences say of ids and combinations (livertx.proof.sentence_parts), in
the words `validate` gives: an id made of its name's words, a combination its list gives, a
combination's id made of its drugs. The mutation suites of test_proof.py show that such edits
are caught; these pin what the reader is told, and where."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from livertx.proof.option_words import unbracketed
from livertx.proof.sentence_parts import _called_names

from .test_proof import DATA, UNLABELLED, first_option, problems_of_data

IMMUNOTHERAPY = next(t for t, record in enumerate(DATA["treatments"]) if record.get("regimens"))


def _messages(data: dict[str, Any]) -> list[str]:
    return [problem.message for problem in problems_of_data(data)]


def _named_records() -> list[tuple[str, tuple[Any, ...]]]:
    """The first treatment, method and drug: each kind of record whose id is its name's."""
    found: list[tuple[str, tuple[Any, ...]]] = [("treatments[0]", (0,))]
    for key in ("methods", "drugs"):
        t = next(t for t, record in enumerate(DATA["treatments"]) if record.get(key))
        found.append((f"treatments[{t}].{key}[0]", (t, key, 0)))
    return found


@pytest.mark.parametrize(("at", "path"), _named_records())
def test_an_id_not_made_of_its_name_s_words_is_told_so(at: str, path: tuple[Any, ...]) -> None:
    data = copy.deepcopy(DATA)
    record = data["treatments"][path[0]]
    if len(path) == 3:
        record = record[path[1]][path[2]]
    record["id"] = "other-" + record["id"]
    said = f"{at}.id: {record['id']!r} is not made of words of its name {record['name']!r}"
    assert said in _messages(data)


def test_a_combination_its_list_does_not_give_is_named_by_its_drugs() -> None:
    data = copy.deepcopy(DATA)
    data["treatments"][IMMUNOTHERAPY]["regimens"][0]["drugs"] = ["atezolizumab", "lenvatinib"]
    said = f"treatments[{IMMUNOTHERAPY}].regimens[0]: its list does not give "
    messages = _messages(data)
    assert said + "'atezolizumab with lenvatinib'" in messages
    # and the one its list gives, that no combination is now
    gives = f"treatments[{IMMUNOTHERAPY}].regimens: its list gives atezolizumab with bevacizumab"
    assert gives in messages


def test_a_combination_s_id_is_its_drugs_in_the_list_s_order() -> None:
    data = copy.deepcopy(DATA)
    data["treatments"][IMMUNOTHERAPY]["regimens"][0]["id"] = "bevacizumab-with-atezolizumab"
    said = f"treatments[{IMMUNOTHERAPY}].regimens[0].id: it is 'atezolizumab-with-bevacizumab', "
    assert said + "by its drugs" in _messages(data)


def test_an_option_s_words_are_read_without_what_they_say_in_brackets() -> None:
    # What an option joins ("and") or combines ("with") is read outside its brackets, to the end.
    said = "total hepatectomy (surgery to remove all of the liver) and liver transplant (TL)"
    assert unbracketed(said) == "total hepatectomy and liver transplant"
    assert unbracketed("a (b (c) d) e") == "a e"
    assert unbracketed("a) b") == "a) b"


def test_a_part_s_id_that_is_a_stage_s_is_told_so() -> None:
    data = copy.deepcopy(DATA)
    s = next(s for s, stage in enumerate(DATA["stages"]) if stage.get("parts"))
    data["stages"][s]["parts"][0]["id"] = DATA["stages"][0]["id"]
    said = f"stages[{s}].parts[0].id: {DATA['stages'][0]['id']!r} names another stage too"
    assert said in _messages(data)


def test_a_record_without_a_name_does_not_end_the_check_of_the_ids_after_it() -> None:
    data = copy.deepcopy(DATA)
    surgery = next(record for record in data["treatments"] if record.get("methods"))
    del surgery["methods"][0]["name"]
    data["stages"][0]["id"] = "other-" + data["stages"][0]["id"]
    said = f"stages[0].id: {data['stages'][0]['id']!r} is not made of words of its name "
    assert [m for m in _messages(data) if m.startswith(said)]


def test_what_an_option_joins_with_is_named_in_its_words() -> None:
    data = copy.deepcopy(DATA)
    s, o = first_option(
        lambda option: option.get("with") and set(option["with"][0]) == {"treatment"}
    )
    data["stages"][s]["options"][o]["with"][0]["treatment"] = "radiation-therapy"
    assert f"stages[{s}].options[{o}]: its words do not name 'Radiation therapy'" in _messages(data)


def test_an_abbreviation_the_page_does_not_write_is_told_so() -> None:
    data = copy.deepcopy(DATA)
    t = UNLABELLED
    data["treatments"][t]["methods"][0]["abbreviations"] = ["PH"]
    said = 'the page does not write "partial hepatectomy (PH)"'
    assert f"treatments[{t}].methods[0].abbreviations: {said}" in _messages(data)


def test_an_option_referring_to_other_combinations_is_told_what_its_words_give() -> None:
    data = copy.deepcopy(DATA)
    s, o = first_option(
        lambda option: "atezolizumab-with-bevacizumab" in option.get("regimens", [])
    )
    data["stages"][s]["options"][o]["regimens"].remove("atezolizumab-with-bevacizumab")
    gives = "atezolizumab with bevacizumab, atezolizumab with cabozantinib"
    said = f"stages[{s}].options[{o}]: its words give {gives}, "
    assert [m for m in _messages(data) if m.startswith(said)]


def test_the_names_an_also_called_sentence_gives() -> None:
    assert _called_names("It is also called A, B, or C.") == ["A", "B", "C"]
    assert _called_names("It is also called A, B, and C.") == ["A", "B", "C"]
    assert _called_names("It is also called A or B.") == ["A", "B"]


def _studied() -> tuple[int, int]:
    """(treatment, method) of the method whose own sentence gives it a status."""
    return next(
        (t, m)
        for t, record in enumerate(DATA["treatments"])
        for m, method in enumerate(record.get("methods", []))
        if method.get("status")
    )


def test_a_status_sentence_filed_as_the_summary_still_needs_its_status() -> None:
    """Issue #29: "Electroporation therapy is being studied in clinical trials." moved from
    `how` to `summary`, and `status` deleted, passed; `show` and `matrix` then showed the method
    without "(being studied in clinical trials)"."""
    t, m = _studied()
    data = copy.deepcopy(DATA)
    method = data["treatments"][t]["methods"][m]
    sentence = next(s for s in method["how"] if s.endswith(f"is {method['status']}."))
    method["how"] = [method["summary"]]
    method["summary"] = sentence
    del method["status"]
    at = f"treatments[{t}].methods[{m}]"
    assert f"{at}: its sentence “{sentence}” gives it a status" in _messages(data)
