"""A stage number ("stage 4", "IV"), as a doctor may say it: the page lists treatment by its own
groups and numbers none, so livertx says that, names the groups and where NCI explains stages,
and never maps a number to a group. The same for `stage`, `show` and `search`, in words and in
--json."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from livertx.knowledge.names import is_stage_number

from ..conftest import Invoke

REPO = Path(__file__).resolve().parents[2]
GROUPS = (
    "Localized liver cancer; Locally advanced or metastatic liver cancer; Recurrent liver cancer"
)
STAGES_URL = "https://www.cancer.gov/types/liver/stages"


@pytest.mark.parametrize(
    "typed",
    [
        "4",
        "iv",
        "IV",
        "stage 4",
        "Stage IV",
        "stage-4",
        "stage 3b",
        "stage iv liver cancer",
        "stage four",
        "BCLC stage B",
        "BCLC B",
        "stage 0",
        "4a",
        "B",
    ],
)
def test_a_stage_number_is_known_as_one(typed: str) -> None:
    assert is_stage_number(typed, bare=True)
    # Without "stage" (or "BCLC"), only where a stage is asked for: "IV" may mean into a vein.
    named = "stage" in typed.casefold() or "bclc" in typed.casefold()
    assert is_stage_number(typed) == named


@pytest.mark.parametrize(
    "typed",
    [
        "recurrent",
        "stage",
        "lungs",
        "tace",
        "ivy",
        "4 drugs",
        "stage 9",
        "stage e",
        "iiii",
        "e",
        "ab",
    ],
)
def test_a_word_is_not_a_stage_number(typed: str) -> None:
    assert not is_stage_number(typed, bare=True)


def test_the_page_itself_numbers_no_stage() -> None:
    # What the answer says of the page (no stage number or letter) must be true of it.
    page = (REPO / "data/source/nci-liver-cancer-treatment.txt").read_text(encoding="utf-8")
    assert not re.search(r"\b(?:stage|bclc)\s+(?:[0-4a-d]|i{1,3}|iv)\b", page, re.IGNORECASE)


@pytest.mark.parametrize(
    "argv",
    [
        ["stage", "4"],
        ["stage", "stage IV"],
        ["show", "stage 4"],
        ["search", "stage 4 liver cancer"],
    ],
)
def test_a_stage_number_gets_the_page_s_groups_and_nci_s_stages_page(
    invoke: Invoke, argv: list[str]
) -> None:
    result = invoke(*argv)
    assert (result.exit_code, result.stdout) == (1, "")
    message = result.stderr
    assert message.count("\n") == 1 and message.startswith("livertx: ")
    assert f"{argv[1]!r} is a stage number or letter, which the page does not use." in message
    assert f"It lists treatment for: {GROUPS} (livertx stages)." in message
    assert f"{STAGES_URL} (livertx's link, not the page's)." in message


@pytest.mark.parametrize("argv", [["show", "iv"], ["search", "iv"], ["search", "4"]])
def test_a_bare_number_is_no_stage_number_outside_stage(invoke: Invoke, argv: list[str]) -> None:
    result = invoke(*argv)
    assert "stage number" not in result.stderr


def test_its_json_error_gives_the_command_and_the_link_as_livertx_s(invoke: Invoke) -> None:
    result = invoke("stage", "stage 4", "--json")
    assert (result.exit_code, result.stdout) == (1, "")
    error = json.loads(result.stderr)["error"]
    assert error["code"] == "not_found"
    assert error["suggestions"] == ["livertx stages"]
    assert error["links"] == [
        {
            "text": "NCI explains liver cancer stages on its page Liver Cancer Stages",
            "url": STAGES_URL,
            "by": "livertx",
        }
    ]
    assert "localized" not in error["suggestions"]  # no number is mapped to a group


def test_a_file_from_another_page_gets_its_own_groups_and_no_nci_link(invoke: Invoke) -> None:
    garden = str(REPO / "tests/corpus/garden.yaml")
    result = invoke("--data", garden, "stage", "stage 2", "--json")
    assert result.exit_code == 1, result.output
    error = json.loads(result.stderr)["error"]
    assert error["links"] == []
    assert STAGES_URL not in error["message"]
    groups = json.loads(invoke("--data", garden, "stages", "--json").stdout)
    top = [stage["name"] for stage in groups if stage["part_of"] is None]
    assert f"It lists treatment for: {'; '.join(top)} (livertx stages)." in error["message"]
