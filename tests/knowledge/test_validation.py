"""`livertx validate`, `livertx schema`, and every broken or hostile knowledge file: each gives
its exact FILE:LINE:COLUMN message and exit code 3, in bounded time and memory."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from livertx.knowledge.checked import check_file
from livertx.knowledge.schema import schema_text

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
    _, problems = check_file(str(path))
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
