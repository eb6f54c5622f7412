"""`livertx validate`, `livertx schema`, and every broken or hostile knowledge file: each gives
its exact FILE:LINE:COLUMN message and exit code 3, in bounded time and memory."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import time
import unicodedata
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from livertx.knowledge.checked import check_file
from livertx.knowledge.schema import schema_text
from livertx.knowledge.validation import validate

from ..conftest import REPO, Invoke

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
BROKEN = sorted((CORPUS / "broken").glob("*.yaml"))
HINT = "(run 'livertx validate {}' to see every problem)"


def _expected(path: Path) -> list[str]:
    lines = path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    return [f"{path}:{line}" for line in lines]


def test_the_shipped_file_is_valid(invoke: Invoke) -> None:
    result = invoke("validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("treatments.yaml: no problems found\n")
    assert invoke("validate", "--json").stdout == "[]\n"


def test_the_made_up_file_is_valid(invoke: Invoke) -> None:
    result = invoke("validate", str(CORPUS / "garden.yaml"))
    assert result.exit_code == 0, result.output


def test_the_corpus_covers_every_hostile_kind() -> None:
    names = {path.stem for path in BROKEN}
    for needed in (
        "alias-bomb",
        "deep-nesting",
        "binary-junk",
        "not-utf8",
        "empty",
        "top-level-list",
        "python-tag",
        "duplicate-key",
        "unknown-key",
    ):
        assert needed in names


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_validate_reports_every_problem_in_place(invoke: Invoke, path: Path) -> None:
    result = invoke("validate", str(path))
    expected = _expected(path)
    assert result.exit_code == 3
    assert result.stdout.splitlines() == expected
    count = len(expected)
    assert result.stderr == f"livertx: {path}: {count} problem{'s' if count > 1 else ''}\n"


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_validate_json(invoke: Invoke, path: Path) -> None:
    result = invoke("validate", str(path), "--json")
    assert result.exit_code == 3
    problems = json.loads(result.stdout)
    assert [list(p) for p in problems] == [["file", "line", "column", "check", "message"]] * len(
        problems
    )
    shown = [f"{p['file']}:{p['line']}:{p['column']}: {p['message']}" for p in problems]
    assert shown == _expected(path)


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
@pytest.mark.parametrize("how", ["option", "environment"])
def test_any_command_on_a_broken_file_gives_the_first_problem(
    invoke: Invoke, path: Path, how: str
) -> None:
    if how == "option":
        result = invoke("--data", str(path), "stage", "recurrent", "--json")
    else:
        result = invoke("list", env={"LIVERTX_DATA": str(path)})
    assert result.exit_code == 3
    assert result.stdout == ""
    message = f"{_expected(path)[0]} {HINT.format(path)}"
    if how == "option":  # asked for JSON: the error is a JSON document too
        assert json.loads(result.stderr)["error"] == {
            "code": "data",
            "message": message,
            "suggestions": [],
            "links": [],
        }
    else:
        assert result.stderr == f"livertx: {message}\n"


def test_files_that_cannot_be_read(invoke: Invoke, tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    for path, problem in ((missing, "no such file"), (tmp_path, "is a directory, not a file")):
        result = invoke("validate", str(path))
        assert (result.exit_code, result.stdout) == (3, f"{path}: {problem}\n")
        result = invoke("--data", str(path), "list")
        assert (result.exit_code, result.stderr) == (3, f"livertx: {path}: {problem}\n")


def test_an_unreadable_file(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "k.yaml"
    path.write_text("a: 1\n")

    # The refusal the system gives a user without read permission; root would read a chmod 0 file.
    real_open = os.open

    def refuse(file: str, *args: Any, **kwargs: Any) -> Any:
        if file == str(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    assert invoke("validate", str(path)).stdout == f"{path}: permission denied\n"


def _cost(path: Path) -> tuple[float, int]:
    """Seconds and growth of peak memory (KiB) of checking one file in this process."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    check_file(str(path))
    elapsed = time.perf_counter() - started
    return elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before


def test_a_50_mb_file_is_refused_without_reading_it_all(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(b"source:\n  title: " + b"x" * (50 * 1024 * 1024) + b"\n")
    assert invoke("validate", str(path)).stdout == f"{path}: larger than 2 MiB\n"
    seconds, grown = _cost(path)
    assert seconds < 1
    assert grown < 10 * 1024  # KiB: a 2 MiB read at most, never the 50


@pytest.mark.parametrize("name", ["alias-bomb", "deep-nesting", "binary-junk"])
def test_hostile_files_cost_little(name: str) -> None:
    seconds, grown = _cost(CORPUS / "broken" / f"{name}.yaml")
    assert seconds < 1
    assert grown < 10 * 1024


def test_the_schema_command_prints_the_schema_made_from_the_table(invoke: Invoke) -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    assert result.stdout == schema_text()
    assert (REPO / "schema" / "treatments.schema.json").read_text(encoding="utf-8") == schema_text()


def test_the_schema_command_reads_no_schema_file(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    """So `livertx schema > schema/treatments.schema.json` cannot empty the file it reads."""
    real_open = open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        assert not str(file).endswith("schema.json"), f"livertx schema read {file}"
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    result = invoke("schema")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["$defs"]["treatment"]


def _schema_accepts(path: Path) -> bool | None:
    """What the JSON Schema says of a file, or None when PyYAML cannot even load it."""
    try:
        data = yaml.safe_load(path.read_bytes())
    except (yaml.YAMLError, UnicodeDecodeError):
        return None
    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    return bool(validator.is_valid(data))


AGREEMENT = [*BROKEN, CORPUS / "garden.yaml", REPO / "data" / "treatments.yaml"]


@pytest.mark.parametrize("path", AGREEMENT, ids=[p.stem for p in AGREEMENT])
def test_the_schema_and_the_loader_agree(path: Path) -> None:
    """Same verdict on shape. The loader alone sees YAML-level problems (duplicate keys, tags,
    aliases) and meaning (references, names); for those files the schema's verdict is pinned
    by name, so every case asserts something."""
    _, _, problems = check_file(str(path))
    checks = {problem.check for problem in problems}
    verdict = _schema_accepts(path)
    if "shape" in checks:
        assert verdict is False
    elif checks <= {"meaning"}:
        assert verdict is True
    else:
        assert checks == {"yaml"}
        assert verdict is YAML_ONLY[path.stem]


# What the schema says of the files whose only problems the YAML reader finds: None where PyYAML
# cannot load them at all; True where PyYAML quietly accepts what livertx refuses.
YAML_ONLY: dict[str, bool | None] = {
    "alias-bomb": False,
    "anchor-and-alias": True,
    "binary-junk": None,
    "deep-nesting": False,
    "duplicate-key": True,
    "empty": False,
    "not-utf8": None,
    "nul-byte": None,
    "python-tag": None,
    "syntax-error": None,
    "two-documents": None,
}


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("null", "got nothing"),  # not "a null": a person wrote nothing there
        ('"  Early"', "got the text '  Early'"),
        ("yes", "got the boolean yes (quote it to make it text)"),
    ],
)
def test_a_value_of_the_wrong_kind_is_named_plainly_at_its_place(
    invoke: Invoke, tmp_path: Path, value: str, said: str
) -> None:
    garden = (REPO / "tests" / "corpus" / "garden.yaml").read_text(encoding="utf-8")
    path = tmp_path / "garden.yaml"
    path.write_text(
        garden.replace("    how:\n      - Early in the morning.\n", f"    how: {value}\n")
    )
    result = invoke("validate", str(path))
    assert result.exit_code == 3
    assert (
        f"garden.yaml:15:10: treatments[0].how: expected a list of texts, {said}\n" in result.stdout
    )


def test_each_problem_names_the_check_that_found_it(invoke: Invoke, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("source: [\n", encoding="utf-8")
    found = json.loads(invoke("validate", str(broken), "--json").stdout)
    assert [problem["check"] for problem in found] == ["yaml"]
    # A sentence of the page changed in a copy of the shipped file, beside its capture.
    shutil.copytree(REPO / "data" / "source", tmp_path / "source")
    shipped = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
    changed = tmp_path / "treatments.yaml"
    changed.write_text(shipped.replace("Surgery to remove all of", "Surgery to take all of"))
    found = json.loads(invoke("validate", str(changed), "--json").stdout)
    assert found and {problem["check"] for problem in found} == {"page"}


# Rules planted into the shipped file's text, each refused at its line by the same checks every
# --data load runs (validate_tree); what the form of a link must be is test_validation_links.py's.

SHIPPED = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")


def planted(old: str, new: str) -> tuple[str, int]:
    """The shipped file's text with `old` (found once) made `new`, and the line of the edit."""
    assert SHIPPED.count(old) == 1, old
    return SHIPPED.replace(old, new), SHIPPED[: SHIPPED.index(old)].count("\n") + 1


def refused_at(old: str, new: str, message: str) -> None:
    """Planted, the edit is refused once, at its line, by a problem whose message starts so."""
    text, line = planted(old, new)
    _, problems = validate(text.encode("utf-8"))
    assert [p.line for p in problems if p.message.startswith(message)] == [line], problems


def test_the_shipped_file_has_no_problem_of_text_shape_or_meaning() -> None:
    assert validate(SHIPPED.encode("utf-8"))[1] == []


SPACES = [
    pytest.param(
        "condition: for lesions smaller than 1 centimeter",
        "condition: for lesions smaller than 1\u00a0centimeter",
        "stages[0].options[0].condition: a no-break space (U+00A0) where a plain space belongs "
        "(after 'smaller than 1')",
        id="option-condition",
    ),
    pytest.param(
        "text: liver transplant",
        "text: liver\u202ftransplant",
        "stages[0].options[2].text: a narrow no-break space (U+202F) where a plain space belongs "
        "(after 'liver')",
        id="option-text",
    ),
    pytest.param(
        "title: Liver Cancer Treatment",
        "title: Liver\u3000Cancer Treatment",
        "source.title: an ideographic space (U+3000) where a plain space belongs",
        id="title",
    ),
    pytest.param(
        "publisher: National Cancer Institute",
        "publisher: National\u205fCancer Institute",
        "source.publisher: a medium mathematical space (U+205F)",
        id="publisher",
    ),
    pytest.param(
        "credit: Liver Cancer Treatment was",
        "credit: Liver Cancer Treatment\u2009was",
        "source.credit: a thin space (U+2009)",
        id="credit",
    ),
    pytest.param(
        "    - There are different types",
        "    - There are\u2007different types",
        "source.intro[0]: a figure space (U+2007)",
        id="intro",
    ),
    pytest.param(
        "    name: Surveillance\n",
        '    name: "Surveil\\Llance"\n',  # YAML's escape for U+2028
        "treatments[0].name: a line separator (U+2028) where a plain space belongs "
        "(after 'Surveil')",
        id="name-escaped",
    ),
    pytest.param(
        "{id: sorafenib, name: sorafenib}",
        "{id: sorafenib, name: sora\u2002fenib}",
        "treatments[5].drugs[5].name: an en space (U+2002)",
        id="drug-name",
    ),
    pytest.param(
        "  - id: surveillance\n",
        '  - id: "surveil\\_lance"\n',  # YAML's escape for U+00A0
        "treatments[0].id: a no-break space (U+00A0)",
        id="id",
    ),
    pytest.param(
        "search_terms: [RFA]",
        'search_terms: ["R\\PFA"]',
        "treatments[3].methods[0].search_terms[0]: a paragraph separator (U+2029)",
        id="search-term",
    ),
    pytest.param(
        "search_terms: [PEI]",
        'search_terms: ["\\NPEI"]',
        "treatments[3].methods[2].search_terms[0]: a next line character (U+0085) where a plain "
        "space belongs (at its start)",
        id="search-term-start",
    ),
    pytest.param(
        "aliases: [localised, local]",
        "aliases: [localised, lo\u1680cal]",
        "stages[0].aliases[1]: an ogham space mark (U+1680)",
        id="alias",
    ),
    pytest.param(
        "/clinical-trials-search",
        "/clinical-trials\u00a0search",
        "source.trial_search: expected a link like https://…, got the text "
        "'https://www.cancer.gov/resear…', which has a no-break space (U+00A0)",
        id="link",
    ),
    pytest.param(
        'updated: "2024-05-15"',
        'updated: "2024-05-15\\_"',
        'source.updated: expected a quoted date like "2024-05-15", got the text '
        "'2024-05-15\\xa0', which has a no-break space (U+00A0)",
        id="date",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), SPACES)
def test_a_space_that_is_not_a_plain_one_is_named_at_its_text(
    old: str, new: str, message: str
) -> None:
    """It looks like a space, yet the page's words, a name typed and a search all miss it."""
    refused_at(old, new, message)


# Every space but U+0020 (Unicode's Zs, Zl and Zp) and U+0085, which Python counts as white space.
ODD_SPACES = [
    char
    for char in map(chr, range(0x110000))
    if (unicodedata.category(char) in ("Zs", "Zl", "Zp") and char != " ") or char == "\x85"
]


@pytest.mark.parametrize("char", ODD_SPACES, ids=lambda char: f"U+{ord(char):04X}")
def test_every_space_but_the_plain_one_is_refused(char: str) -> None:
    escaped = f"\\u{ord(char):04x}"  # an escape: YAML reads a raw U+2028 as a line's end
    text, line = planted(
        "condition: for lesions smaller than 1 centimeter",
        f'condition: "for lesions smaller than 1{escaped}centimeter"',
    )
    named = f"(U+{ord(char):04X}) where a plain space belongs (after 'smaller than 1')"
    assert [(p.line, p.message.endswith(named)) for p in validate(text.encode())[1]] == [
        (line, True)
    ]


CONDITIONS = [
    ("breast cancer", False),
    ("liver canc", False),  # not a whole word
    ("liver cancer treatment options", False),
    ("Liver Cancer", True),  # case aside
    ("cancer treatment", True),  # the title's
    ("treatment for people", True),  # the intro's
]


@pytest.mark.parametrize(("condition", "accepted"), CONDITIONS)
def test_the_trial_search_condition_is_a_phrase_of_the_page_s_title_or_intro(
    condition: str, accepted: bool
) -> None:
    """The clinical trial links search for it: another disease's phrase would list its trials."""
    old = "condition: liver cancer\n"
    if accepted:
        assert validate(planted(old, f"condition: {condition}\n")[0].encode("utf-8"))[1] == []
    else:
        message = f"source.condition: {condition!r} is not a phrase of source.title or "
        refused_at(old, f"condition: {condition}\n", message)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  - id: localized\n",
            "  - id: surgery\n",
            "id 'surgery' names both a stage and an entry (a treatment)",
        ),
        (
            "  - id: recurrent\n",
            "  - id: sorafenib\n",
            "id 'sorafenib' names both a stage and an entry (a drug)",
        ),
        (
            "      - id: locally-advanced\n",
            "      - id: cryoablation\n",
            "id 'cryoablation' names both a stage and an entry (a method)",
        ),
        (
            "      - id: metastatic\n",
            "      - id: nivolumab-with-ipilimumab\n",
            "id 'nivolumab-with-ipilimumab' names both a stage and an entry (a combination)",
        ),
    ],
    ids=["stage-treatment", "stage-drug", "part-method", "part-combination"],
)
def test_no_stage_or_part_shares_an_entry_s_id(old: str, new: str, message: str) -> None:
    """`livertx show ID` and `livertx stage ID` would answer one id with two things."""
    refused_at(old, new, message)


def test_a_blank_id_is_named_by_the_shape_check_alone() -> None:
    """Two ids of only white space are each "not a lowercase slug"; the meaning check reads no
    id in them, so it does not say the blank id is "used twice" as well."""
    text = SHIPPED.replace("  - id: surveillance\n", "  - id: ' '\n", 1)
    text = text.replace("  - id: surgery\n", "  - id: ' '\n", 1)
    messages = [p.message for p in validate(text.encode("utf-8"))[1]]
    assert sum("' ' is not a lowercase slug" in m for m in messages) == 2
    assert not [m for m in messages if "used twice" in m]
