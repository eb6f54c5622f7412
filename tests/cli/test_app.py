"""The commands as a user meets them, through Typer's CliRunner: both formats, every error path
and its exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from livertx import __version__

from ..conftest import COMMANDS, Invoke

InvokeJson = Callable[..., Any]
FOOTER = "Liver Cancer Treatment was originally published by the National Cancer"
DISCLAIMER = "not a recommendation for any one person's care."


def test_version(invoke: Invoke) -> None:
    result = invoke("--version")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"livertx {__version__} (JSON contract ")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(invoke: Invoke, command: str) -> None:
    result = invoke(command, "-h")
    assert result.exit_code == 0, result.output
    assert f"Example: livertx {command}" in result.stdout
    assert "--json" in result.stdout or command == "schema"


@pytest.mark.parametrize("width", ["80", "40"])
def test_no_arguments_shows_a_short_usage_that_fits_one_screen(invoke: Invoke, width: str) -> None:
    """The commands, two examples and where the rest is, above the prompt of a 24-row
    terminal; no pager."""
    result = invoke(env={"COLUMNS": width, "LIVERTX_PAGER": "false"})
    assert result.exit_code == 2, result.output
    lines = result.stdout.splitlines()
    assert len(lines) <= 23
    assert all(len(line) <= int(width) for line in lines)
    assert "Information, not medical advice." in " ".join(lines)
    for command in COMMANDS:
        assert command in result.stdout
    assert "  livertx stage recurrent" in lines
    assert lines[-1] == "Run 'livertx --help' for more."


def test_list_table(invoke: Invoke) -> None:
    result = invoke("list")
    assert result.exit_code == 0, result.output
    for name in ("Surveillance", "Liver transplant", "Embolization therapy", "Clinical trials"):
        assert name in result.stdout
    assert FOOTER in result.stdout and DISCLAIMER in result.stdout
    assert result.stderr == ""


def test_list_json(invoke_json: InvokeJson) -> None:
    treatments = invoke_json("list")
    assert [t["id"] for t in treatments][:3] == ["surveillance", "surgery", "liver-transplant"]
    keys = ["id", "kind", "name", "summary", "methods", "options", "statements"]
    assert all(list(t) == keys for t in treatments)
    methods = {t["id"]: [(m["name"], m["status"]) for m in t["methods"]] for t in treatments}
    assert methods["ablation-therapy"][-1] == (
        "Electroporation therapy",
        "being studied in clinical trials",
    )
    assert methods["surgery"] == [("Partial hepatectomy", None), ("Total hepatectomy", None)]
    by_id = {t["id"]: [s["id"] for o in t["options"] for s in o["stages"]] for t in treatments}
    assert by_id["embolization-therapy"] == ["locally-advanced", "recurrent"]
    assert by_id["immunotherapy"] == ["locally-advanced", "metastatic"]
    assert by_id["clinical-trials"] == []


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("tace", "transarterial-chemoembolization"),
        ("Chemo-Embolization", "transarterial-chemoembolization"),
        ("RFA", "radiofrequency-ablation"),
        ("cryotherapy", "cryoablation"),
        ("cryosurgery", "cryoablation"),
        ("SBRT", "stereotactic-body-radiation-therapy"),
        ("stereotaxic radiation therapy", "stereotactic-body-radiation-therapy"),
        ("PEI", "percutaneous-ethanol-injection"),
        ("TAE", "transarterial-embolization"),
        ("Sorafenib", "sorafenib"),
        ("liver transplant", "liver-transplant"),
    ],
)
def test_show_resolves_every_kind_of_name(
    invoke_json: InvokeJson, query: str, entry_id: str
) -> None:
    assert invoke_json("show", query)["id"] == entry_id


WIDE = {"COLUMNS": "200"}


def test_show_table_for_tace(invoke: Invoke) -> None:
    result = invoke("show", "tace", env=WIDE)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Transarterial chemoembolization (TACE)" in out
    assert "chemoembolization" in out
    assert "under Embolization therapy" in out
    assert "in people with locally advanced liver cancer" in out
    assert "as palliative therapy to relieve symptoms and improve quality of life" in out
    assert FOOTER in out


def test_show_marks_what_is_being_studied_in_clinical_trials(invoke: Invoke) -> None:
    result = invoke("show", "electroporation therapy")
    assert result.exit_code == 0, result.output
    assert "Being studied in clinical trials." in result.stdout


def test_show_json_for_a_drug(invoke_json: InvokeJson) -> None:
    sorafenib = invoke_json("show", "sorafenib")
    assert sorafenib["kind"] == "drug"
    assert sorafenib["part_of"] == {
        "id": "targeted-therapy",
        "kind": "treatment",
        "name": "Targeted therapy",
    }
    # No class: the list it is in, "Targeted therapies … include:", is its type's.
    assert "drug_class" not in sorafenib
    stage_ids = [stage["id"] for option in sorafenib["options"] for stage in option["stages"]]
    assert stage_ids == ["locally-advanced", "metastatic", "recurrent"]
    recurrent = [o for o in sorafenib["options"] if o["stages"][0]["id"] == "recurrent"]
    assert recurrent[0]["condition"] == (
        "as palliative therapy to relieve symptoms and improve quality of life"
    )
    assert recurrent[0]["parts"][0]["methods"] == [
        {
            "id": "transarterial-chemoembolization",
            "kind": "method",
            "name": "Transarterial chemoembolization",
            "abbreviations": ["TACE"],
            "status": None,
        }
    ]
    assert recurrent[0]["parts"][1]["drugs"][0]["id"] == "sorafenib"


def test_show_json_for_a_drug_given_in_combination(invoke_json: InvokeJson) -> None:
    atezolizumab = invoke_json("show", "atezolizumab")
    assert [c["name"] for c in atezolizumab["combinations"]] == [
        "atezolizumab with bevacizumab",
        "atezolizumab with cabozantinib",
    ]
    assert atezolizumab["part_of"]["id"] == "immunotherapy"


def test_show_json_for_a_treatment_names_what_is_under_it(invoke_json: InvokeJson) -> None:
    embolization = invoke_json("show", "embolization therapy")
    assert embolization["kind"] == "treatment"
    assert [m["id"] for m in embolization["methods"]] == [
        "transarterial-embolization",
        "transarterial-chemoembolization",
    ]
    assert embolization["part_of"] is None


@pytest.mark.parametrize(
    ("stage", "stage_id", "treatments"),
    [
        (
            "localized",
            "localized",
            [
                "surveillance",
                "surgery",
                "liver-transplant",
                "ablation-therapy",
                "radiation-therapy",
            ],
        ),
        ("Localised", "localized", None),
        (
            "locally-advanced",
            "locally-advanced",
            ["embolization-therapy", "targeted-therapy", "immunotherapy", "radiation-therapy"],
        ),
        ("locally advanced", "locally-advanced", None),
        ("metastatic", "metastatic", ["targeted-therapy", "immunotherapy", "radiation-therapy"]),
        (
            "advanced",
            "advanced",
            ["embolization-therapy", "targeted-therapy", "immunotherapy", "radiation-therapy"],
        ),
        (
            "recurrent",
            "recurrent",
            ["surgery", "surgery", "ablation-therapy", "embolization-therapy"],
        ),
        ("RECURRENCE", "recurrent", None),
    ],
)
def test_stage_json(
    invoke_json: InvokeJson, stage: str, stage_id: str, treatments: list[str] | None
) -> None:
    document = invoke_json("stage", stage)
    assert document["id"] == stage_id
    if treatments is not None:
        assert [o["parts"][0]["treatment"]["id"] for o in document["options"]] == treatments


def test_metastatic_says_what_it_leaves_out(invoke: Invoke, invoke_json: InvokeJson) -> None:
    document = invoke_json("stage", "metastatic")
    excluded = document["excluded"]
    assert [o["parts"][0]["treatment"]["id"] for o in excluded] == ["embolization-therapy"]
    assert [stage["id"] for stage in excluded[0]["stages"]] == ["locally-advanced"]
    table = invoke("stage", "metastatic", env=WIDE).stdout
    assert "Left out here: “transarterial embolization (TAE) or" in table
    assert "which the page lists “in people with locally advanced liver cancer”." in table


def test_stage_table_keeps_conditions(invoke: Invoke) -> None:
    out = invoke("stage", "localized").stdout
    assert "for lesions smaller than 1 centimeter" in out
    assert "percutaneous ethanol injection" in out
    assert "Electroporation" not in out
    recurrent = invoke("stage", "recurrent", env=WIDE).stdout
    assert (
        "total hepatectomy (surgery to remove all of the liver) and liver transplant" in recurrent
    )


@pytest.mark.parametrize(
    ("name", "entry_id"),
    [
        ("electroporation", "electroporation-therapy"),
        ("transplant", "liver-transplant"),
        ("microwave", "microwave-therapy"),
        ("radiofrequency", "radiofrequency-ablation"),
        ("radiation", "radiation-therapy"),  # the type, over its methods with the same word
        ("chemo", "transarterial-chemoembolization"),
    ],
)
def test_a_word_of_one_name_finds_it(invoke_json: InvokeJson, name: str, entry_id: str) -> None:
    assert invoke_json("show", name)["id"] == entry_id


def test_a_word_of_several_names_lists_them(invoke: Invoke) -> None:
    result = invoke("show", "hepatectomy")
    assert result.exit_code == 1
    assert result.stderr == (
        "livertx: 'hepatectomy' could be any of these: livertx show partial-hepatectomy; "
        "livertx show total-hepatectomy.\n"
    )


def test_chemotherapy_is_not_offered_cryotherapy(invoke: Invoke) -> None:
    result = invoke("show", "chemotherapy")
    assert result.exit_code == 1
    assert "cryo" not in result.stderr
    assert result.stderr.endswith("Try: livertx search chemotherapy\n")


def test_unknown_name(invoke: Invoke) -> None:
    result = invoke("show", "sorafinib")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "livertx: the page does not name 'sorafinib'. Names on the page that look like it: "
        "sorafenib. Or try: livertx search sorafinib\n"
    )


def test_unknown_name_with_json_prints_nothing_on_stdout(invoke: Invoke) -> None:
    result = invoke("show", "zzzz", "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads(result.stderr) == {
        "error": {
            "code": "not_found",
            "message": "the page does not name 'zzzz'. Try: livertx search zzzz",
            "suggestions": ["livertx search zzzz"],
            "links": [],
        }
    }


def test_unknown_stage(invoke: Invoke) -> None:
    result = invoke("stage", "metastatik")
    assert result.exit_code == 1
    # Its own name first, then a group whose name has the word.
    assert result.stderr == (
        "livertx: the page does not name 'metastatik'. Names on the page that look like it: "
        "metastatic, advanced.\n"
    )
    result = invoke("stage", "early")
    assert result.stderr == (
        "livertx: the page does not name 'early', nor place that case in one of its groups. "
        "It lists treatment for: Localized liver cancer; Locally advanced or metastatic liver "
        "cancer; Recurrent liver cancer (livertx stages).\n"
    )


def test_usage_error_exits_2(invoke: Invoke) -> None:
    result = invoke("stage")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Missing argument 'STAGE'" in result.stderr


def test_unknown_option_exits_2(invoke: Invoke) -> None:
    result = invoke("list", "--jsn")
    assert result.exit_code == 2
    assert "No such option" in result.stderr


@pytest.mark.parametrize("how", ["option", "env"])
def test_broken_data_file_exits_3(invoke: Invoke, tmp_path: Path, how: str) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("source: [\n", encoding="utf-8")
    if how == "option":
        result = invoke("--data", str(broken), "list")
    else:
        result = invoke("list", env={"LIVERTX_DATA": str(broken)})
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith(f"livertx: {broken}:2:1: ")
    assert result.stderr.count("\n") == 1


def test_missing_data_file_exits_3(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("--data", str(tmp_path / "nope.yaml"), "stage", "recurrent")
    assert result.exit_code == 3
    assert result.stderr == f"livertx: {tmp_path / 'nope.yaml'}: no such file\n"


def test_json_is_one_document_and_utf8(invoke: Invoke) -> None:
    result = invoke("list", "--json")
    assert result.stdout_bytes.decode("utf-8") == result.stdout
    document = json.loads(result.stdout)
    assert result.stdout == json.dumps(document, ensure_ascii=False, indent=2) + "\n"


GARDEN = str(Path(__file__).resolve().parents[1] / "corpus" / "garden.yaml")
# As given, from tests/: a checkout's absolute path ("/work/wt-speed/mutants/…") may wrap at a
# hyphen in the help.
GARDEN_AS_GIVEN = "corpus/garden.yaml"


def test_help_names_the_knowledge_in_use_its_page_date_and_stages(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    bundled = " ".join(invoke("--help").stdout.split())
    assert "“Liver Cancer Treatment”, National Cancer Institute (updated May 15, 2024)" in bundled
    assert "localized, advanced, locally-advanced, metastatic, recurrent" in bundled
    for args, env in (
        (["--data", GARDEN_AS_GIVEN, "--help"], {}),
        (["--color", "never", "--data", GARDEN_AS_GIVEN, "--help"], {}),
        (["--help"], {"LIVERTX_DATA": GARDEN_AS_GIVEN}),
    ):
        shown = " ".join(invoke(*args, env=env).stdout.split())
        about = f"the knowledge file {GARDEN_AS_GIVEN}, which names no page it is checked against"
        assert about in shown
        assert "seedling, grown-or-old, grown, old" in shown
        assert "May 15, 2024" not in shown and "recurrent" not in shown and "tace" not in shown


def test_stage_help_names_no_stage_of_one_file(invoke: Invoke) -> None:
    shown = " ".join(invoke("stage", "--help").stdout.split())
    assert "localized" not in shown and "metastatic" not in shown


def test_version_names_the_knowledge_in_use(invoke: Invoke) -> None:
    garden = f"“The Made-up Garden Guide”, livertx tests, updated 2020-01-02 ({GARDEN}, checked"
    assert garden in invoke("--data", GARDEN, "--version").stdout
    done = subprocess.run(
        [str(Path(sys.executable).with_name("livertx")), "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "LIVERTX_DATA": GARDEN},
        timeout=60,
    )
    assert garden in done.stdout
    assert "updated 2024-05-15" in invoke("--version").stdout
