"""The knowledge file proven against its page (livertx.proof.prove), and the mutation suites
that show it: every edit to the shipped file below (every word of every medical text, every
reference, every `only`, option, condition and sentence) is rejected by `validate`'s checks, and
every edit to the capture's treatment content (every list reordered here; every word changed,
removed or added, every sentence deleted, in test_page_edits.py) is reported by
`verify-source`."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from livertx.knowledge.validation import validate_tree
from livertx.problems import Problem
from livertx.proof.page_check import verify
from livertx.proof.prove import prove
from livertx.yaml_tree import Node, read_tree

from ..conftest import REPO, SOURCE_TEXT
from .excerpts import Excerpt, excerpts_of
from .test_page_edits import PAGE, SHIPPED_ROOT

SHIPPED = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
CAPTURE = SOURCE_TEXT.read_text(encoding="utf-8")
DATA: dict[str, Any] = yaml.safe_load(SHIPPED)


def _tree(text: str) -> Node:
    root = read_tree(text)
    assert root is not None
    return root


def problems_of(text: str, page: str = CAPTURE) -> list[Problem]:
    """What `validate` finds in a knowledge file's text held to `page`."""
    root, problems = validate_tree(text.encode("utf-8"))
    if root is None:
        return problems
    return [*problems, *prove(root, page)]


# libyaml's writer where PyYAML has it: the text of PyYAML's own (the check below), five times
# sooner, for the thousand-case suites.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def yaml_text(data: dict[str, Any]) -> str:
    """`data` as a knowledge file's text, as `yaml.safe_dump` writes it."""
    text: str = yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
    return text


def problems_of_data(data: dict[str, Any]) -> list[Problem]:
    return problems_of(yaml_text(data))


def first_option(where: Callable[[dict[str, Any]], object]) -> tuple[int, int]:
    """(stage, option) of the shipped file's first option `where` holds for."""
    return next(
        (s, o)
        for s, stage in enumerate(DATA["stages"])
        for o, option in enumerate(stage["options"])
        if where(option)
    )


# The treatment whose methods the page names without a label (surgery's hepatectomies): their
# summaries are definitions in brackets, and their texts follow a sentence naming them.
UNLABELLED = next(
    t
    for t, record in enumerate(DATA["treatments"])
    if record.get("methods") and not record.get("methods_lead")
)


def _path(problem: Problem) -> str:
    return problem.message.split(": ", 1)[0]


def test_the_shipped_file_is_its_page() -> None:
    assert problems_of(SHIPPED) == []


def test_the_suites_write_the_text_pyyaml_s_own_writer_writes() -> None:
    assert yaml_text(DATA) == yaml.safe_dump(DATA, allow_unicode=True, sort_keys=False)


def test_a_file_that_names_no_page_is_held_to_none() -> None:
    root = _tree(SHIPPED.replace("capture: source/nci-liver-cancer-treatment.txt", ""))
    from livertx.knowledge.checked import page_problems

    assert page_problems(str(REPO / "data" / "treatments.yaml"), root) == []


# What the audit found, each by name ---------------------------------------------------------


AUDIT = {
    # The page's intro has "being tested in clinical trials".
    "status from the intro": (
        "status: being studied in clinical trials",
        "status: being tested in clinical trials",
        "treatments[3].methods[4].status",
    ),
    "another option's words": (
        "        text: radiation therapy\n\n  - id: advanced",
        "        text: ablation therapy\n\n  - id: advanced",
        "stages[0].options[4]",
    ),
    "another treatment, the same words": (
        "      - treatment: radiation-therapy\n        text: radiation therapy\n\n  - id: advanced",
        "      - treatment: ablation-therapy\n        text: radiation therapy\n\n  - id: advanced",
        "stages[0].options[4]",
    ),
    "another drug": ("drugs: [sorafenib]", "drugs: [lenvatinib]", "stages[2].options[3]"),
    "only moved": ("only: locally-advanced", "only: metastatic", "stages[1].options[0]"),
    "a condition of the same section": (
        "condition: in people with locally advanced liver cancer",
        "condition: in people with metastatic liver cancer",
        "stages[1].options[0]",
    ),
    "a condition of another section": (
        "condition: for lesions smaller than 1 centimeter",
        "condition: in people with locally advanced liver cancer",
        "stages[0].options[0]",
    ),
    "a sentence deleted": (
        "          - The doctor may use ultrasound to guide the instrument.\n",
        "",
        "Types of treatment › Ablation therapy",
    ),
    "a sentence moved to another method": (
        "          - Several treatments may be needed.\n",
        "",
        "treatments[3].methods[2].how",
    ),
}


@pytest.mark.parametrize("name", AUDIT)
def test_each_edit_the_audit_made_is_rejected_at_its_place(name: str) -> None:
    old, new, where = AUDIT[name]
    assert old in SHIPPED
    text = SHIPPED.replace(old, new, 1)
    if name == "a sentence moved to another method":
        moved = "          - Several treatments may be needed.\n"
        anchor = "          - The doctor may use ultrasound to guide the instrument.\n"
        text = text.replace(anchor, anchor + moved, 1)
        where = "treatments[3].methods[3].how[2]"
    problems = problems_of(text)
    assert problems, name
    assert any(_path(p).startswith(where) or where.startswith(_path(p)) for p in problems), [
        p.message for p in problems
    ]


def test_a_fragment_on_the_page_is_not_a_statement() -> None:
    """ "A liver transplant may be done" is on the page, but not as a whole sentence: its
    condition ("when the disease is in the liver only …") would be lost."""
    whole = (
        "A liver transplant may be done when the disease is in the liver only and a donated liver\n"
        "        can be found."
    )
    assert whole in SHIPPED
    problems = problems_of(SHIPPED.replace(whole, "A liver transplant may be done."))
    assert [_path(p) for p in problems] == [
        "Types of treatment › Liver transplant",  # the page's sentence, in no text
        "treatments[2].used[0]",  # the fragment, nowhere whole
    ]


def test_a_text_found_only_in_another_section_is_refused() -> None:
    # Immunotherapy's summary is on the page, but not in Surveillance's part.
    text = SHIPPED.replace(
        "During active surveillance, certain exams and tests are done on a regular schedule.",
        "Immunotherapy is a treatment that uses the person's immune system to fight cancer.",
    )
    problems = problems_of(text)
    assert "treatments[0].how[0]" in [_path(p) for p in problems]


def test_a_list_in_another_order_is_refused() -> None:
    text = SHIPPED.replace(
        "      - {id: lenvatinib, name: lenvatinib}\n      - {id: ramucirumab, name: ramucirumab}",
        "      - {id: ramucirumab, name: ramucirumab}\n      - {id: lenvatinib, name: lenvatinib}",
    )
    messages = [p.message for p in problems_of(text)]
    assert any("keep the list in the page's order" in m for m in messages), messages


def test_also_called_names_come_from_their_own_sentence() -> None:
    text = SHIPPED.replace("also_called: [cryotherapy, cryosurgery]", "also_called: [cryotherapy]")
    assert [_path(p) for p in problems_of(text)] == ["treatments[3].methods[3].also_called"]


def test_a_definition_in_brackets_is_held_to_its_name() -> None:
    text = SHIPPED.replace(
        "summary: Surgery to remove all of the liver",
        "summary: Surgery to remove part of the liver",
    )
    assert [_path(p) for p in problems_of(text)] == ["treatments[1].methods[1].summary"]


# Every word of every medical text ------------------------------------------------------------

PAGE_WORDS: list[str] = sorted(set(re.findall(r"\b[a-z]{3,}\b", CAPTURE)))
WORD = re.compile(r"[A-Za-z0-9]+")


def _another_page_word(word: str) -> str:
    """A word of the page that is not `word`: the page's next word in alphabetical order."""
    later = [w for w in PAGE_WORDS if w > word.casefold()]
    return later[0] if later else PAGE_WORDS[0]


def _offset(text: str, line: int, column: int) -> int:
    return sum(len(each) for each in text.splitlines(keepends=True)[: line - 1]) + column - 1


def _word_places(excerpt: Excerpt) -> Iterator[tuple[int, int]]:
    """Where each word of the excerpt stands in the shipped file's text: found in order from
    the text's start, so each is this text's own (a folded block runs over lines)."""
    position = _offset(SHIPPED, excerpt.line, excerpt.column)
    for word in WORD.findall(excerpt.text):
        found = re.compile(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])").search(
            SHIPPED, position
        )
        assert found is not None
        yield found.start(), found.end()
        position = found.end()


EXCERPTS = excerpts_of(_tree(SHIPPED))


@pytest.mark.parametrize("excerpt", EXCERPTS, ids=lambda e: e.where)
def test_every_word_of_every_text_swapped_for_a_page_word_is_caught(excerpt: Excerpt) -> None:
    places = list(_word_places(excerpt))
    assert len(places) == len(WORD.findall(excerpt.text))
    for start, end in places:
        word = SHIPPED[start:end]
        mutated = SHIPPED[:start] + _another_page_word(word) + SHIPPED[end:]
        problems = problems_of(mutated)
        assert problems, (excerpt.where, word)
        paths = [_path(p) for p in problems]
        assert any(excerpt.where.startswith(p) or p.startswith(excerpt.where) for p in paths), (
            excerpt.where,
            word,
            paths,
        )


@pytest.mark.parametrize("excerpt", EXCERPTS, ids=lambda e: e.where)
def test_every_text_cut_short_or_run_on_is_caught(excerpt: Excerpt) -> None:
    places = list(_word_places(excerpt))
    _, end = places[-1]
    if len(places) > 1:  # cut before its last word: a fragment of the page's sentence or item
        before = places[-2][1]
        assert problems_of(SHIPPED[:before] + SHIPPED[end:]), excerpt.where
    # One word more at its end
    assert problems_of(SHIPPED[:end] + " again" + SHIPPED[end:]), excerpt.where


# Sentences deleted and moved -----------------------------------------------------------------


def _lists() -> Iterator[tuple[list[Any], str]]:
    """Every list of texts a record holds, with its path."""
    for t, treatment in enumerate(DATA["treatments"]):
        for field in ("how", "used", "items", "learn_more"):
            if field in treatment:
                yield treatment[field], f"treatments[{t}].{field}"
        for m, method in enumerate(treatment.get("methods", [])):
            for field in ("how", "learn_more"):
                if field in method:
                    yield method[field], f"treatments[{t}].methods[{m}].{field}"
    yield DATA["source"]["intro"], "source.intro"


def _mutations_of_lists() -> Iterator[tuple[str, Callable[[dict[str, Any]], None]]]:
    paths = [path for _, path in _lists()]
    for number, path in enumerate(paths):
        items = _at_path(DATA, path)
        for index in range(len(items)):

            def delete(data: dict[str, Any], path: str = path, index: int = index) -> None:
                del _at_path(data, path)[index]

            yield f"{path}[{index}] deleted", delete
            # To the next list of another record (between two fields of one record, see
            # test_a_sentence_moved_between_two_fields_of_one_record).
            owner = path.rsplit(".", 1)[0]
            target = next(p for p in paths[number + 1 :] + paths if p.rsplit(".", 1)[0] != owner)

            def move(
                data: dict[str, Any], path: str = path, index: int = index, target: str = target
            ) -> None:
                _at_path(data, target).append(_at_path(data, path).pop(index))

            yield f"{path}[{index}] moved to {target}", move
        if len(items) > 1:

            def swap(data: dict[str, Any], path: str = path) -> None:
                texts = _at_path(data, path)
                texts[0], texts[1] = texts[1], texts[0]

            yield f"{path}: first two swapped", swap


def _at_path(data: Any, path: str) -> Any:
    for key, index in re.findall(r"([a-z_]+)(?:\[(\d+)\])?", path):
        data = data[key]
        if index:
            data = data[int(index)]
    return data


LIST_MUTATIONS = dict(_mutations_of_lists())


@pytest.mark.parametrize("name", LIST_MUTATIONS)
def test_every_sentence_deleted_moved_or_reordered_is_caught(name: str) -> None:
    data = copy.deepcopy(DATA)
    LIST_MUTATIONS[name](data)
    assert problems_of_data(data), name


# Every reference, only, option and condition -------------------------------------------------


def _ids(kind: str) -> list[str]:
    found = []
    for treatment in DATA["treatments"]:
        if kind == "treatment":
            found.append(treatment["id"])
        else:
            found += [record["id"] for record in treatment.get(kind, [])]
    return found


def _parts() -> Iterator[tuple[str, dict[str, Any]]]:
    for s, stage in enumerate(DATA["stages"]):
        for o, option in enumerate(stage["options"]):
            yield f"stages[{s}].options[{o}]", option
            for w, part in enumerate(option.get("with", [])):
                yield f"stages[{s}].options[{o}].with[{w}]", part


def test_a_sentence_moved_between_two_fields_of_one_record_is_caught_by_the_page_s_order() -> None:
    """Which field holds a sentence (`how`, `used`) is livertx's reading, not the page's words;
    what the page does fix is its order, and a record's fields come in the file in that order.
    A move that also moves the field to keep that order (Liver transplant's first `used`
    sentence into a `how` put before `used`) is the one edit of this kind `validate` cannot
    see."""
    data = copy.deepcopy(DATA)
    surveillance = data["treatments"][0]
    surveillance["used"].append(surveillance["how"].pop(0))  # after the summary on the page
    assert "treatments[0]" in [_path(p) for p in problems_of_data(data)]
    data = copy.deepcopy(DATA)
    transplant = data["treatments"][2]
    transplant["how"] = [transplant["used"].pop(0)]  # a field after `used`, first on the page
    assert "treatments[2]" in [_path(p) for p in problems_of_data(data)]
    reordered = {k: v for k, v in transplant.items() if k != "used"}
    data["treatments"][2] = {**reordered, "used": transplant["used"]}
    assert problems_of_data(data) == []


REFERENCE_KINDS = {"methods": "methods", "drugs": "drugs", "regimens": "regimens"}


def _mutations_of_references() -> Iterator[tuple[str, Callable[[dict[str, Any]], None]]]:
    for path, part in _parts():
        for other in _ids("treatment"):
            if other != part["treatment"]:

                def treatment(data: dict[str, Any], path: str = path, other: str = other) -> None:
                    _at_path(data, path)["treatment"] = other

                yield f"{path}.treatment -> {other}", treatment
        for field, kind in REFERENCE_KINDS.items():
            referred = part.get(field, [])
            for index in range(len(referred)):
                for other in _ids(kind):
                    if other not in referred:

                        def swap(
                            data: dict[str, Any],
                            path: str = path,
                            field: str = field,
                            index: int = index,
                            other: str = other,
                        ) -> None:
                            _at_path(data, path)[field][index] = other

                        yield f"{path}.{field}[{index}] -> {other}", swap

                def drop(
                    data: dict[str, Any], path: str = path, field: str = field, index: int = index
                ) -> None:
                    values = _at_path(data, path)[field]
                    del values[index]
                    if not values:
                        del _at_path(data, path)[field]

                yield f"{path}.{field}[{index}] dropped", drop
            for other in _ids(kind):
                if other not in referred:

                    def add(
                        data: dict[str, Any],
                        path: str = path,
                        field: str = field,
                        other: str = other,
                    ) -> None:
                        _at_path(data, path).setdefault(field, []).append(other)

                    yield f"{path}.{field} + {other}", add


def _option_set(s: int, o: int, field: str, value: str | None) -> Callable[[dict[str, Any]], None]:
    """A mutation: the option's `field` set to `value`, or taken away (None)."""

    def mutate(data: dict[str, Any]) -> None:
        target = data["stages"][s]["options"][o]
        target.pop(field, None)
        if value is not None:
            target[field] = value

    return mutate


def _mutations_of_options() -> Iterator[tuple[str, Callable[[dict[str, Any]], None]]]:
    options = [(path, option) for path, option in _parts() if ".with[" not in path]
    conditions = sorted({o["condition"] for _, o in options if "condition" in o})
    for s, stage in enumerate(DATA["stages"]):
        parts = [part["id"] for part in stage.get("parts", [])]
        for o, option in enumerate(stage["options"]):
            path = f"stages[{s}].options[{o}]"
            for field, values in (("only", [*parts, None]), ("condition", [*conditions, None])):
                for value in values:
                    if value != option.get(field):
                        yield f"{path}.{field} -> {value}", _option_set(s, o, field, value)

            def dropped(data: dict[str, Any], s: int = s, o: int = o) -> None:
                del data["stages"][s]["options"][o]

            yield f"{path} dropped", dropped

            def doubled(data: dict[str, Any], s: int = s, o: int = o) -> None:
                stage_options = data["stages"][s]["options"]
                stage_options.insert(o, copy.deepcopy(stage_options[o]))

            yield f"{path} twice", doubled
            for other in range(len(DATA["stages"])):
                if other != s:

                    def added(
                        data: dict[str, Any], s: int = s, o: int = o, other: int = other
                    ) -> None:
                        moved = copy.deepcopy(data["stages"][s]["options"][o])
                        moved.pop("only", None)
                        data["stages"][other]["options"].append(moved)

                    yield f"{path} added to stages[{other}]", added
            if o + 1 < len(stage["options"]):

                def swapped(data: dict[str, Any], s: int = s, o: int = o) -> None:
                    stage_options = data["stages"][s]["options"]
                    stage_options[o], stage_options[o + 1] = stage_options[o + 1], stage_options[o]

                yield f"{path} and the next swapped", swapped


REFERENCE_MUTATIONS = dict(_mutations_of_references())
OPTION_MUTATIONS = dict(_mutations_of_options())


@pytest.mark.parametrize("name", REFERENCE_MUTATIONS)
def test_every_reference_swapped_dropped_or_added_is_caught(name: str) -> None:
    data = copy.deepcopy(DATA)
    REFERENCE_MUTATIONS[name](data)
    assert problems_of_data(data), name


@pytest.mark.parametrize("name", OPTION_MUTATIONS)
def test_every_only_option_and_condition_moved_dropped_or_added_is_caught(name: str) -> None:
    data = copy.deepcopy(DATA)
    OPTION_MUTATIONS[name](data)
    assert problems_of_data(data), name


def test_the_suites_cover_every_text_and_reference() -> None:
    """Counted, so a suite that quietly lost its cases would fail here (docs/maintaining.md
    gives the counts)."""
    words = sum(len(WORD.findall(e.text)) for e in EXCERPTS)
    assert (len(EXCERPTS), words) == (100, 1369)
    assert len(LIST_MUTATIONS) == 115
    assert len(REFERENCE_MUTATIONS) > 500
    assert len(OPTION_MUTATIONS) > 100


# The capture's lists and sections changed (every word and sentence: test_page_edits.py) -----

LISTS = {
    "targeted therapies": "bevacizumab cabozantinib lenvatinib ramucirumab regorafenib sorafenib",
    "immune checkpoint inhibitors": (
        "bevacizumab or cabozantinib durvalumab with tremelimumab nivolumab with ipilimumab "
        "pembrolizumab"
    ),
    "localized": "liver transplant ablation of the tumor using: radiofrequency ablation microwave "
    "therapy percutaneous ethanol injection cryoablation radiation therapy",
}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("ramucirumab regorafenib", "regorafenib ramucirumab"),  # items reordered
        ("ramucirumab regorafenib", "regorafenib"),  # an item removed
        ("ramucirumab regorafenib", "ramucirumab tivozanib regorafenib"),  # an item added
        ("microwave therapy percutaneous", "percutaneous ethanol injection microwave therapy"),
        ("percutaneous ethanol injection cryoablation", "cryoablation"),
        ("liver transplant ablation of the tumor", "ablation of the tumor"),
        (
            "partial hepatectomy (surgery to remove the part of the liver where cancer is found) "
            "ablation therapy",
            "ablation therapy partial hepatectomy (surgery to remove the part of the liver where "
            "cancer is found)",
        ),
        ("Follow-up every 3 months is common.", "Follow-up every 6 months is common."),
        ("lesions smaller than 1 centimeter found", "lesions smaller than 2 centimeter found"),
        (
            "Treatment of recurrent liver cancer Treatment options",
            "Treatment of liver cancer in children Treatment may include: surgery "
            "Treatment of recurrent liver cancer Treatment options",
        ),  # a section added
        (
            "Clinical trials For some people",
            "Chemotherapy Chemotherapy uses drugs. Clinical trials For some people",
        ),  # a treatment added
    ],
)
def test_a_list_or_section_changed_on_the_page_is_reported(old: str, new: str) -> None:
    assert old in PAGE
    report = verify(SHIPPED_ROOT, PAGE.replace(old, new, 1))
    assert not report.ok
    assert report.changes


# What a hostile review found, each edit refused ----------------------------------------------


def _advanced(data: dict[str, Any]) -> list[dict[str, Any]]:
    options: list[dict[str, Any]] = data["stages"][1]["options"]
    return options


def _condition_moved(data: dict[str, Any]) -> None:
    first, second = _advanced(data)[:2]
    del first["condition"], first["only"]
    second["text"] = "in people with"
    second["condition"] = "locally advanced liver cancer " + second["text"]


def _condition_in_text(data: dict[str, Any]) -> None:
    first = _advanced(data)[0]
    first["text"] += " " + first.pop("condition")
    del first["only"]
    data["stages"][1]["parts"][0]["name"] = "Locally advanced"


def _split(data: dict[str, Any]) -> None:
    recurrent = data["stages"][2]["options"]
    first = recurrent[0]
    first["text"] = "total hepatectomy (surgery to remove all of the liver)"
    del first["with"]
    recurrent.insert(1, {"treatment": "liver-transplant", "text": "and liver transplant"})


def _merged(data: dict[str, Any]) -> None:
    recurrent = data["stages"][2]["options"]
    ablation, tace = recurrent[2], recurrent.pop(3)
    ablation["text"] += " " + tace["text"]
    ablation["condition"] = tace["condition"]
    ablation["with"] = [{"treatment": "embolization-therapy", "methods": tace["methods"]}]
    ablation["with"] += tace["with"]


def _invented_combination(data: dict[str, Any]) -> None:
    data["treatments"][5]["regimens"] = [
        {"id": "bevacizumab-with-sorafenib", "drugs": ["bevacizumab", "sorafenib"]}
    ]


def _combination_within_the_or(data: dict[str, Any]) -> None:
    data["treatments"][6]["regimens"].append(
        {"id": "bevacizumab-with-cabozantinib", "drugs": ["bevacizumab", "cabozantinib"]}
    )


def _combination_dropped(data: dict[str, Any]) -> None:
    option = _advanced(data)[2]
    option["regimens"].remove("atezolizumab-with-cabozantinib")
    option["with"] = [{"treatment": "targeted-therapy", "drugs": ["cabozantinib"]}]


def _combination_reversed(data: dict[str, Any]) -> None:
    data["treatments"][6]["regimens"][2]["drugs"] = ["tremelimumab", "durvalumab"]


def _sentences_to_another_method(data: dict[str, Any]) -> None:
    surgery = data["treatments"][1]["methods"]
    surgery[1]["how"] = surgery[0].pop("how")


def _into_a_labelled_summary(data: dict[str, Any]) -> None:
    embolization = data["treatments"][4]
    moved = embolization["how"].pop()
    embolization["how"].append(embolization["methods"][0]["summary"])
    embolization["methods"][0]["summary"] = moved


def _learn_more_to_a_method(data: dict[str, Any]) -> None:
    radiation = data["treatments"][7]
    radiation["methods"][2]["learn_more"] = radiation.pop("learn_more")


def _sections_in_one_text(data: dict[str, Any]) -> None:
    trials = data["treatments"].pop()
    texts = [
        "Clinical trials " + trials["summary"],
        trials["methods_lead"],
        *trials["how"],
        *trials["learn_more"],
    ]
    data["treatments"][7]["learn_more"].append(" ".join(texts))


def _status(value: str | None) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        method = data["treatments"][3]["methods"][4]
        method.pop("status")
        if value is not None:
            method["status"] = value

    return edit


def _pei_status(data: dict[str, Any]) -> None:
    data["treatments"][3]["methods"][2]["status"] = "may be needed"


def _renamed_method(data: dict[str, Any]) -> None:
    data["treatments"][1]["methods"][1]["name"] = "Hepatectomy"


def _abbreviation(data: dict[str, Any]) -> None:
    data["treatments"][7]["abbreviations"] = ["RT"]


def _bogus_drug(data: dict[str, Any]) -> None:
    data["treatments"][6]["drugs"].append(
        {"id": "targeted-therapy-drug", "name": "targeted therapy drug"}
    )


def _part_deleted(data: dict[str, Any]) -> None:
    del data["stages"][1]["parts"][1]


def _upper_case(data: dict[str, Any]) -> None:
    data["treatments"][1]["methods"][1]["summary"] = "SURGERY TO REMOVE ALL OF THE LIVER"


def _carriage_return(data: dict[str, Any]) -> None:
    data["treatments"][0]["used"][1] = "Follow-up every 3\rmonths is common."


def _id_of(path: str, value: str) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        _at_path(data, path)["id"] = value

    return edit


def _stage_name(data: dict[str, Any]) -> None:
    data["stages"][2]["name"] = "Liver cancer"


def _credit(data: dict[str, Any]) -> None:
    data["source"]["credit"] = "Surveillance is closely watching a person's condition"


def _title(data: dict[str, Any]) -> None:
    data["source"]["title"] = "Cancer Treatment"


HOSTILE_EDITS: dict[str, Callable[[dict[str, Any]], None]] = {
    "a condition moved to the next option": _condition_moved,
    "a condition folded into its text": _condition_in_text,
    "an item split in two": _split,
    "two items merged": _merged,
    "a combination the page does not give": _invented_combination,
    "a combination within an 'or'": _combination_within_the_or,
    "a combination's drug referred to alone": _combination_dropped,
    "a combination's drugs reversed": _combination_reversed,
    "sentences moved to another unlabelled method": _sentences_to_another_method,
    "a treatment's sentence as a labelled method's summary": _into_a_labelled_summary,
    "a treatment's Learn more given to its last method": _learn_more_to_a_method,
    "a treatment's whole section in one text": _sections_in_one_text,
    "a status dropped": _status(None),
    "a status from another sentence": _pei_status,
    "an unlabelled method renamed to a word of its definition": _renamed_method,
    "an abbreviation the page does not give": _abbreviation,
    "a drug made of an item's words": _bogus_drug,
    "a part deleted": _part_deleted,
    "a definition in capitals": _upper_case,
    "a carriage return in a text": _carriage_return,
    "a part's id another stage's": _id_of("stages[1].parts[1]", "recurrent"),
    "two stage ids swapped": _id_of("stages[0]", "recurrent"),
    "a part's id swapped": _id_of("stages[1].parts[0]", "metastatic"),
    "a combination's id another's": _id_of(
        "treatments[6].regimens[2]", "nivolumab-with-ipilimumab"
    ),
    "a stage named by the heading's last words": _stage_name,
    "a credit the page does not ask for": _credit,
    "a title that is part of the page's": _title,
}


@pytest.mark.parametrize("name", HOSTILE_EDITS)
def test_each_edit_a_hostile_review_made_is_refused(name: str) -> None:
    data = copy.deepcopy(DATA)
    HOSTILE_EDITS[name](data)
    assert problems_of_data(data), name


def _method_named(data: dict[str, Any], name: str) -> tuple[str, dict[str, Any]]:
    """(its path, the method) of the method called `name`."""
    return next(
        (f"treatments[{t}].methods[{m}]", method)
        for t, treatment in enumerate(data["treatments"])
        for m, method in enumerate(treatment.get("methods", []))
        if method["name"] == name
    )


def test_a_sentence_filed_as_learn_more_is_refused_where_it_stands() -> None:
    """The tiling holds each text to its place on the page, not to its field: a method's last
    sentence moved into its learn_more sat in the same place, and the views would have shown
    it as a page to read."""
    data = copy.deepcopy(DATA)
    path, method = _method_named(data, "Partial hepatectomy")
    assert "learn_more" not in method
    method["learn_more"] = [method["how"].pop()]
    assert [_path(p) for p in problems_of_data(data)] == [f"{path}.learn_more[0]"]
    [problem] = problems_of_data(data)
    assert problem.message.endswith(
        'not one of the page\'s "Learn more …" sentences, which alone go here'
    )


def test_a_learn_more_sentence_filed_under_another_field_is_refused() -> None:
    data = copy.deepcopy(DATA)
    path, method = _method_named(data, "Cryoablation")
    method["how"].append(method.pop("learn_more")[0])
    where = f"{path}.how[{len(method['how']) - 1}]"
    [problem] = problems_of_data(data)
    assert problem.message == (
        f'{where}: the page\'s "Learn more …" sentences go in learn_more, not here'
    )


def test_a_capture_that_is_the_file_itself_is_refused(tmp_path: Path) -> None:
    """Else any text could be made "the page's" by writing it into the file as a comment."""
    knowledge = tmp_path / "k.yaml"
    knowledge.write_text(
        SHIPPED.replace("capture: source/nci-liver-cancer-treatment.txt", "capture: k.yaml"),
        encoding="utf-8",
    )
    from livertx.knowledge.checked import check_file

    _, _, problems = check_file(str(knowledge))
    assert [p.message for p in problems] == [
        "the page's capture k.yaml: is the knowledge file itself, not a page"
    ]


def test_sentences_of_one_record_reordered_on_the_page_are_reported() -> None:
    summary = "Special needles are inserted directly through the skin or through an incision in"
    how = "High-energy radio waves heat the needles and tumor which kills cancer cells."
    start = PAGE.index(summary)
    first = PAGE[start : PAGE.index(how)]
    page = PAGE.replace(first + how, how + " " + first.rstrip(), 1)
    assert page != PAGE
    assert not verify(SHIPPED_ROOT, page).ok


def test_the_shipped_capture_is_the_page_as_captured() -> None:
    """The one capture livertx attributes to NCI is the page's text as captured on its date
    (shared/source, May 15, 2024): a change to it is a change to what the file is held to, and
    must be made on purpose, here."""
    import hashlib

    digest = hashlib.sha256(SOURCE_TEXT.read_bytes()).hexdigest()
    assert digest == "7087358e41e2f57864628176ed3e4ba00a9154a49ac80dcd355f3c28411f0caa"


@pytest.mark.parametrize("written", ["2024-05-16", "2023-05-15"])
def test_a_date_other_than_the_page_s_is_refused_at_its_line(written: str) -> None:
    text = SHIPPED.replace('updated: "2024-05-15"', f'updated: "{written}"')
    problems = problems_of(text)
    assert [p.message for p in problems] == [
        "source.updated: the page says it was updated 2024-05-15"
    ]
    assert problems[0].line == SHIPPED.splitlines().index('  updated: "2024-05-15"') + 1
