"""The mutation suite of what livertx adds around the page's words (issue #29), as
test_proof.py's is for the page's own: on the shipped file, every added word moved to every
other record of its kind, every link's scheme, user, port and host changed, every status
removed or moved out of its record's own sentence, every sentence an editor filed swapped with
another field's; each must be refused by `validate`, or named by it as what no rule checks
(and then held by the reviewed tables of test_added_words.py)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from livertx.knowledge.added_words import editor_choices
from livertx.knowledge.validation import validate_tree

from ..proof.test_proof import DATA, problems_of_data, yaml_text
from .test_added_words import PINNED, PINNED_FIELDS


def _validated(data: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(every problem's message, the added words validate says no rule checks)."""
    text = yaml_text(data)
    root, problems = validate_tree(text.encode("utf-8"))
    unfound = editor_choices(root)[1] if root is not None and not problems else []
    return [problem.message for problem in problems], unfound


def _records(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(the field added words stand in, id, record) of every entry but combinations, and of
    every stage and part."""
    for treatment in data["treatments"]:
        for record in [treatment, *treatment.get("methods", []), *treatment.get("drugs", [])]:
            yield "search_terms", record["id"], record
    for stage in data["stages"]:
        for record in [stage, *stage.get("parts", [])]:
            yield "aliases", record["id"], record


def _moves() -> list[tuple[str, str, str]]:
    """(word, from, to): every added word of the shipped file to every other record of its kind."""
    owners = {identifier: field for field, identifier, _ in _records(DATA)}
    return [
        (word, owner, other)
        for word, (owner, _) in PINNED.items()
        for other, field in owners.items()
        if other != owner and field == owners[owner]
    ]


MOVES = _moves()


def test_every_added_word_moved_to_another_record_is_refused_or_named_unchecked() -> None:
    refused = named = 0
    for word, owner, other in MOVES:
        data = copy.deepcopy(DATA)
        records = {identifier: (field, record) for field, identifier, record in _records(data)}
        field, record = records[owner]
        record[field] = [w for w in record[field] if w != word] or None
        if record[field] is None:
            del record[field]
        target = records[other][1]
        target[field] = [*target.get(field, []), word]
        messages, unfound = _validated(data)
        if any(m.startswith(f"{field} {word!r}:") for m in messages):
            refused += 1
        else:
            assert word in unfound, (word, other)
            named += 1
    assert refused + named == len(MOVES) > 300
    assert refused > named  # the rule, not the table, holds most of them


LINKS = {
    "scheme": lambda link: link.replace("https://", "http://"),
    "user": lambda link: link.replace("https://", "https://reader@"),
    "password": lambda link: link.replace("https://", "https://reader:secret@"),
    "port": lambda link: link.replace(".gov/", ".gov:8443/"),
    "look-alike domain": lambda link: link.replace(".gov/", ".gov.example.net/"),
    "another domain": lambda link: link.replace("www.cancer.gov", "www.example.net"),
    "Cyrillic letter": lambda link: link.replace("cancer", "c\u0430ncer"),
    "punycode": lambda link: link.replace("www.cancer.gov", "www.xn--cncer-3ve.gov"),
    "IP address": lambda link: link.replace("www.cancer.gov", "151.101.1.10"),
    "no-break space": lambda link: link.replace("/", "/\u00a0", 3)[:-1],
}


@pytest.mark.parametrize("field", ["url", "trial_search"])
@pytest.mark.parametrize("change", list(LINKS))
def test_every_link_s_scheme_user_port_and_host_changed_is_refused(field: str, change: str) -> None:
    data = copy.deepcopy(DATA)
    data["source"][field] = LINKS[change](data["source"][field])
    assert data["source"][field] != DATA["source"][field]
    messages, _ = _validated(data)
    assert [m for m in messages if m.startswith(f"source.{field}: ")], messages


def _with_status() -> list[tuple[int, int | None]]:
    """(treatment, method or None) of every record the shipped file gives a status."""
    found: list[tuple[int, int | None]] = []
    for t, treatment in enumerate(DATA["treatments"]):
        found += [(t, None)] if treatment.get("status") else []
        found += [
            (t, m) for m, method in enumerate(treatment.get("methods", [])) if method.get("status")
        ]
    return found


@pytest.mark.parametrize(("t", "m"), _with_status())
@pytest.mark.parametrize("filed_as", ["how", "summary", "used"])
def test_every_status_removed_is_refused_wherever_its_sentence_is_filed(
    t: int, m: int | None, filed_as: str
) -> None:
    data = copy.deepcopy(DATA)
    record = data["treatments"][t] if m is None else data["treatments"][t]["methods"][m]
    sentence = next(s for s in record["how"] if s.endswith(f"is {record['status']}."))
    del record["status"]
    if filed_as != "how":
        record["how"] = [s for s in record["how"] if s != sentence] or None
        if filed_as == "summary":
            record["how"] = [record["summary"], *(record["how"] or [])]
            record["summary"] = sentence
        else:
            record["used"] = [sentence]
        if record["how"] is None:
            del record["how"]
    messages = [problem.message for problem in problems_of_data(data)]
    status = f"its sentence “{sentence}” gives it a status"
    unknown = "unknown field 'used'"  # a method has none: refused for that first
    assert any(message.endswith((status, unknown)) for message in messages)


def _swaps() -> list[tuple[str, str, int]]:
    """(id, field, index): every sentence filed as how or used, to swap with the summary."""
    records = [r for t in DATA["treatments"] for r in [t, *t.get("methods", [])]]
    return [
        (record["id"], field, index)
        for record in records
        for field in ("how", "used")
        for index in range(len(record.get(field, [])))
        if not record[field][index].startswith("Learn more")
    ]


def test_every_summary_swapped_with_another_field_s_sentence_is_refused_or_pinned() -> None:
    refused = pinned = 0
    for identifier, field, index in _swaps():
        data = copy.deepcopy(DATA)
        records = [r for t in data["treatments"] for r in [t, *t.get("methods", [])]]
        record = next(r for r in records if r["id"] == identifier)
        record["summary"], record[field][index] = record[field][index], record["summary"]
        messages, _ = _validated(data)
        page = [problem.message for problem in problems_of_data(data)]
        if messages or page:
            refused += 1
            continue
        filed = " ".join(record["summary"].split()[:5])
        assert PINNED_FIELDS[identifier]["summary"] != [filed]
        pinned += 1
    assert refused + pinned == len(_swaps()) > 30
