"""The JSON contract: every command's `--json` output, for every entry and stage and each kind of
error, holds to the schema `livertx schema DOCUMENT` prints (additionalProperties false, so an
unplanned key fails here)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from livertx.answers.contract import DOCUMENTS, schema_for
from livertx.answers.prepared import for_file

from ..conftest import REPO, Invoke

InvokeJson = Callable[..., Any]
ANSWERS = {"answers": for_file(None)}  # the shipped answers
ENTRIES = list(ANSWERS["answers"].entries)
STAGES = ["localized", "advanced", "locally-advanced", "metastatic", "recurrent"]


def _valid(document_name: str, document: Any) -> None:
    schema = schema_for(document_name)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, f"{document_name}: {errors[0].message} at {list(errors[0].path)}"


def test_every_document_has_a_schema_and_the_schema_command_prints_it(invoke: Invoke) -> None:
    # Which documents there are is the command table's to say (tests/cli/test_commands.py).
    for name in DOCUMENTS:
        result = invoke("schema", name)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == schema_for(name)


@pytest.mark.parametrize("entry_id", ENTRIES)
def test_show_for_every_entry(invoke_json: InvokeJson, entry_id: str) -> None:
    _valid("show", invoke_json("show", entry_id))


@pytest.mark.parametrize("stage_id", STAGES)
def test_stage_for_every_stage(invoke_json: InvokeJson, stage_id: str) -> None:
    document = invoke_json("stage", stage_id)
    assert document["id"] == stage_id
    _valid("stage", document)


@pytest.mark.parametrize(
    ("document_name", "args"),
    [
        ("list", ["list"]),
        ("stages", ["stages"]),
        ("drugs", ["drugs"]),
        ("matrix", ["matrix"]),
        ("compare", ["compare", "tae", "tace", "sorafenib", "atezolizumab+bevacizumab"]),
        ("search", ["search", "hepatic artery"]),
        ("search", ["search", "frezze"]),
        ("search", ["search", "metastatic"]),
        ("about", ["about"]),
        *(("handout", ["handout", stage]) for stage in STAGES),
        ("handout", ["--data", "tests/corpus/garden.yaml", "handout", "grown"]),
        ("validate", ["validate"]),
        ("validate", ["validate", "tests/corpus/broken/unknown-key.yaml"]),
        ("list", ["--data", "tests/corpus/garden.yaml", "list"]),
    ],
)
def test_every_other_document(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, document_name: str, args: list[str]
) -> None:
    monkeypatch.chdir(REPO)
    result = invoke(*args, "--json")
    assert result.exit_code in (0, 3), result.output
    _valid(document_name, json.loads(result.stdout))


def test_verify_source(invoke: Invoke, tmp_path: Path) -> None:
    capture = (REPO / "data" / "source" / "nci-liver-cancer-treatment.txt").read_text("utf-8")
    page = tmp_path / "page.txt"
    page.write_text(capture.replace("Follow-up every 3 months", "Follow-up yearly"), "utf-8")
    for path, code in ((REPO / "data" / "source" / "nci-liver-cancer-treatment.txt", 0), (page, 1)):
        result = invoke("verify-source", str(path), "--json")
        assert result.exit_code == code, result.output
        _valid("verify-source", json.loads(result.stdout))


def _errors(tmp_path: Path) -> Iterator[tuple[str, list[str], int]]:
    broken = tmp_path / "broken.yaml"
    broken.write_text("source: [\n", encoding="utf-8")
    yield "not_found", ["show", "sorafinib"], 1
    yield "not_found", ["stage", "early"], 1
    yield "not_found", ["search", "keytruda"], 1
    yield "usage", ["stage"], 2
    yield "usage", ["list", "--nonsense"], 2
    yield "usage", ["compare", "tace"], 2
    yield "data", ["--data", str(broken), "list"], 3
    yield "data", ["--data", str(tmp_path / "missing.yaml"), "about"], 3


def test_every_kind_of_error_is_one_json_document_on_stderr(invoke: Invoke, tmp_path: Path) -> None:
    for code, args, exit_code in _errors(tmp_path):
        result = invoke(*args, "--json")
        assert (result.exit_code, result.stdout) == (exit_code, ""), (args, result.output)
        assert result.stderr.count("\n") == 1
        document = json.loads(result.stderr)
        _valid("error", document)
        assert document["error"]["code"] == code, args
    suggested = json.loads(invoke("show", "sorafinib", "--json").stderr)["error"]
    assert suggested["suggestions"] == ["sorafenib", "livertx search sorafinib"]


def test_an_io_error_is_a_json_document_too(tmp_path: Path) -> None:
    import subprocess
    import sys

    livertx = str(Path(sys.executable).with_name("livertx"))
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [livertx, "list", "--json"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60
        )
    assert done.returncode == 74
    _valid("error", json.loads(done.stderr))


def test_nothing_ties_tace_to_a_stage_the_page_does_not(invoke_json: InvokeJson) -> None:
    tace = invoke_json("show", "tace")
    stage_ids = {value["id"] for option in tace["options"] for value in option["stages"]}
    assert stage_ids == {"locally-advanced", "recurrent"}
    text = json.dumps(tace)
    assert '"metastatic"' not in text and "locally-advanced-or-metastatic" not in text
